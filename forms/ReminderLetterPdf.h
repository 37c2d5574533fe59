#pragma once

#include "Compliance.h"
#include "Result.h"

#include <QByteArray>
#include <QDate>
#include <QString>
#include <functional>
#include <vector>

namespace probitas {

// The letter an authority sends a magistrate whose declarations owed to it are overdue (the compliance
// dashboard's "Reminder letters"): who writes, to whom, and each declaration not filed past its deadline, as
// the compliance rows say. Nothing declared: the rows carry the obligations' metadata alone.
struct ReminderLetter
{
    QString authorityId;   // "tj-nanterre:president"
    QString authority;     // "président du tribunal judiciaire de Nanterre" (authorityLabel)
    QString authorityName; // who holds it: "Jean-Baptiste Moreau"
    QString place;         // where it is written, the authority's seat ("Nanterre"); empty when it has none
    QDate date;            // the day it is written; the days late are counted to it
    QString magistrate;
    QString personId; // the directory's id: what the reminder is recorded against; empty for a roster's name
    QString court;    // "tribunal judiciaire de Nanterre"
    QString function; // "juge (siège)"
    std::vector<ComplianceRow> overdue; // each declaration not filed past its deadline, by due date
};

// One letter per magistrate with a declaration not filed once its deadline passed (ComplianceState::
// Outstanding) among `rows`, in the order of the rows' first overdue declaration of each; a magistrate is one
// person id, or one name when the rows have none. The days late are counted to `date`.
std::vector<ReminderLetter> reminderLetters(const std::vector<ComplianceRow>& rows,
                                            const QString& authorityId, const QString& authorityName,
                                            QDate date);

// The text an obligation's basis (ObligationRules: "art. 7-2, I, 1°", "ord. 58-1067 art. 3-2",
// "LO 94-100 art. 10-1-1") stands for, with the text it is an article of: "art. 7-2, I, 1° of ordonnance
// n° 58-1270 of 22 December 1958". A basis of another shape is given as it is.
QString legalBasisText(const QString& basis);

// The letter as HTML, every name escaped.
QString reminderLetterHtml(const ReminderLetter& letter);

// The letter as an A4 PDF in the house style of the other documents (exportHtmlPdf): the header, "Page n / N"
// and a personal notice at the foot of every page. render: in memory (what is recorded before it is
// written); export: written as exportHtmlPdf does, `beforeWriting` as PdfPage's.
Result<QByteArray> renderReminderLetterPdf(const ReminderLetter& letter);
Status exportReminderLetterPdf(const ReminderLetter& letter, const QString& path,
                               std::function<Status(QByteArrayView pdf)> beforeWriting = {});

} // namespace probitas
