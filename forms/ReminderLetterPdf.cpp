#include "ReminderLetterPdf.h"

#include "Clock.h"
#include "DocumentPdf.h"
#include "Jurisdictions.h"
#include "Obligations.h"

#include <QCoreApplication>
#include <QLocale>
#include <QRegularExpression>
#include <map>

namespace probitas {

using namespace documenthtml;

namespace {

class ReminderText
{
    Q_DECLARE_TR_FUNCTIONS(ReminderLetterPdf)
};

// "déclaration d'intérêts" -> "Déclaration d'intérêts".
QString capitalized(QString text)
{
    if (!text.isEmpty()) {
        text[0] = text[0].toUpper();
    }
    return text;
}

// The seat of the court whose authority id this is ("tj-nanterre:president" -> "Nanterre"); empty for an
// authority outside the courts, or the Cour de cassation, which the directory gives no seat.
QString seatOf(const QString& authorityId)
{
    const QString courtId = authorityId.section(QLatin1Char(':'), 0, 0);
    for (const Court& court : JurisdictionDirectory::builtIn().courts()) {
        if (court.id() == courtId) {
            return court.seat;
        }
    }
    return {};
}

QString cell(const QString& html, const char* align = "left")
{
    return QStringLiteral("<td align=\"%1\" valign=\"top\">%2</td>").arg(QLatin1String(align), html);
}

} // namespace

std::vector<ReminderLetter> reminderLetters(const std::vector<ComplianceRow>& rows,
                                            const QString& authorityId, const QString& authorityName,
                                            QDate date)
{
    std::vector<ReminderLetter> letters;
    std::map<QString, size_t> byMagistrate; // person id, or name: the letter's index
    const QString authority = authorityLabel(authorityId, JurisdictionDirectory::builtIn());
    const QString place = seatOf(authorityId);
    for (const ComplianceRow& row : rows) {
        if (row.state != ComplianceState::Outstanding) {
            continue;
        }
        const QString key = row.personId.isEmpty() ? QStringLiteral("name:") + row.magistrate
                                                   : QStringLiteral("id:") + row.personId;
        auto [found, added] = byMagistrate.try_emplace(key, letters.size());
        if (added) {
            ReminderLetter letter;
            letter.authorityId = authorityId;
            letter.authority = authority;
            letter.authorityName = authorityName;
            letter.place = place;
            letter.date = date;
            letter.magistrate = row.magistrate;
            letter.personId = row.personId;
            letter.court = row.court;
            letter.function = row.function;
            letters.push_back(std::move(letter));
        }
        ComplianceRow overdue = row;
        overdue.daysLate = std::max<qint64>(0, row.due.daysTo(date));
        letters[found->second].overdue.push_back(std::move(overdue));
    }
    for (ReminderLetter& letter : letters) {
        std::stable_sort(letter.overdue.begin(), letter.overdue.end(),
                         [](const ComplianceRow& a, const ComplianceRow& b) { return a.due < b.due; });
    }
    return letters;
}

QString legalBasisText(const QString& basis)
{
    // The rules write an article of ord. 58-1270 bare, and name the other texts before the article.
    static const QRegularExpression ordonnance1067(QStringLiteral("^ord\\. 58-1067 (art\\. .+)$"));
    static const QRegularExpression organic94100(QStringLiteral("^LO 94-100 (art\\. .+)$"));
    if (const auto match = ordonnance1067.match(basis); match.hasMatch()) {
        return ReminderText::tr("%1 of ordonnance n° 58-1067 of 7 November 1958").arg(match.captured(1));
    }
    if (const auto match = organic94100.match(basis); match.hasMatch()) {
        return ReminderText::tr("%1 of loi organique n° 94-100 of 5 February 1994").arg(match.captured(1));
    }
    if (basis.startsWith(QLatin1String("art. "))) {
        return ReminderText::tr("%1 of ordonnance n° 58-1270 of 22 December 1958").arg(basis);
    }
    return basis;
}

QString reminderLetterHtml(const ReminderLetter& letter)
{
    const QString authority = capitalized(letter.authority);
    // A letter's date is written out, as on any letter ("Nanterre, le 1 mai 2026").
    const QString writtenOut = QLocale().toString(letter.date, QStringLiteral("d MMMM yyyy"));
    const QString when = letter.place.isEmpty()
                             ? ReminderText::tr("On %1").arg(writtenOut)
                             : ReminderText::tr("%1, on %2", "the place and the date of the letter")
                                   .arg(letter.place, writtenOut);
    const int count = int(letter.overdue.size());

    QString html = QStringLiteral("<html><body>");
    // Who writes, and when: the letterhead.
    html += QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"0\"><tr>");
    html +=
        QStringLiteral("<td width=\"60%\" valign=\"top\"><b style=\"font-size: 11pt;\">%1</b><br/>%2</td>")
            .arg(authority.toHtmlEscaped(), letter.authorityName.toHtmlEscaped());
    html +=
        QStringLiteral("<td width=\"40%\" align=\"right\" valign=\"top\">%1</td>").arg(when.toHtmlEscaped());
    html += QStringLiteral("</tr></table>");
    // To whom: the address block, on the right.
    html += QStringLiteral("<p>&nbsp;</p><table width=\"100%\" cellspacing=\"0\" cellpadding=\"0\"><tr>"
                           "<td width=\"55%\"></td><td width=\"45%\" valign=\"top\">");
    html += QStringLiteral("%1<br/><b style=\"font-size: 10.5pt;\">%2</b>")
                .arg(ReminderText::tr("To").toHtmlEscaped(), letter.magistrate.toHtmlEscaped());
    for (const QString& line : {letter.function, letter.court}) {
        if (!line.isEmpty()) {
            html += QStringLiteral("<br/>") + line.toHtmlEscaped();
        }
    }
    html += QStringLiteral("</td></tr></table><p>&nbsp;</p>");

    const QString subject =
        count == 1 ? ReminderText::tr("Reminder: %1 not filed").arg(kindLabel(letter.overdue.front().kind))
                   : ReminderText::tr("Reminder: %n declaration(s) not filed", nullptr, count);
    html += QStringLiteral("<p><b>%1</b> %2</p>")
                .arg(ReminderText::tr("Subject:").toHtmlEscaped(), subject.toHtmlEscaped());
    html += QStringLiteral("<p>&nbsp;</p><p>%1</p>").arg(ReminderText::tr("Dear colleague,").toHtmlEscaped());
    html +=
        QStringLiteral("<p>%1</p>")
            .arg(ReminderText::tr("According to the records of Probitas on %1, you have not filed with me "
                                  "the following declaration(s), which the law requires of you, by the "
                                  "deadline it sets:",
                                  nullptr, count)
                     .arg(day(letter.date))
                     .toHtmlEscaped());

    html += QStringLiteral("<table width=\"99%\" border=\"1\" cellspacing=\"0\" cellpadding=\"5\" "
                           "style=\"border-collapse: collapse; border-color: #8a94a6;\">");
    html += QStringLiteral("<tr style=\"background-color: #e8ecf2;\">");
    const QStringList headers{ReminderText::tr("Declaration"), ReminderText::tr("Event"),
                              ReminderText::tr("Due by"), ReminderText::tr("Days late")};
    for (const QString& header : headers) {
        html += QStringLiteral("<th align=\"left\">%1</th>").arg(header.toHtmlEscaped());
    }
    html += QStringLiteral("</tr>");
    for (const ComplianceRow& row : letter.overdue) {
        html += QStringLiteral("<tr>");
        html += cell(capitalized(kindLabel(row.kind)).toHtmlEscaped());
        html += cell(ReminderText::tr("%1 on %2", "the event and its date")
                         .arg(capitalized(eventLabel(row.event)), day(row.triggeredOn))
                         .toHtmlEscaped());
        html += cell(QStringLiteral("<b>%1</b>").arg(day(row.due).toHtmlEscaped()));
        html += cell(QStringLiteral("<b>%1</b>").arg(row.daysLate), "right");
        html += QStringLiteral("</tr>");
    }
    html += QStringLiteral("</table>");

    // The text that makes each one due, as the store's regime reads the law.
    html += QStringLiteral("<p><b>%1</b></p><ul>").arg(ReminderText::tr("Legal basis").toHtmlEscaped());
    for (const ComplianceRow& row : letter.overdue) {
        html += QStringLiteral("<li>%1</li>")
                    .arg(ReminderText::tr("%1, %2: %3.", "the declaration, its event: the article")
                             .arg(capitalized(kindLabel(row.kind)), eventLabel(row.event),
                                  legalBasisText(row.basis))
                             .toHtmlEscaped());
    }
    html += QStringLiteral("</ul>");

    html +=
        QStringLiteral("<p>%1</p>")
            .arg(ReminderText::tr("The article cited sets each deadline from the event that calls for the "
                                  "declaration. I ask you to file the declaration(s) "
                                  "without delay in Probitas (\"My declarations\", then \"New "
                                  "declaration\"), which seals it for the authorities the law names.",
                                  nullptr, count)
                     .toHtmlEscaped());
    html += QStringLiteral("<p>%1</p>")
                .arg(ReminderText::tr("If you have filed it since %1, please disregard this letter.", nullptr,
                                      count)
                         .arg(day(letter.date))
                         .toHtmlEscaped());
    html += QStringLiteral("<p>%1</p>")
                .arg(ReminderText::tr("Please accept the assurance of my distinguished consideration.")
                         .toHtmlEscaped());

    // The signature block, on the right, with room to sign.
    html += QStringLiteral("<p>&nbsp;</p><table width=\"100%\" cellspacing=\"0\" cellpadding=\"0\"><tr>"
                           "<td width=\"55%\"></td><td width=\"45%\" valign=\"top\">");
    html += QStringLiteral("%1<br/><b>%2</b><br/><br/><br/><br/>%3")
                .arg(authority.toHtmlEscaped(), letter.authorityName.toHtmlEscaped(),
                     ReminderText::tr("Signature: ______________________").toHtmlEscaped());
    html += QStringLiteral("</td></tr></table>");

    html +=
        QStringLiteral("<p>&nbsp;</p><p style=\"color: #555555; font-size: 7.5pt;\">%1</p>")
            .arg(ReminderText::tr("This reminder is recorded in the audit trail of Probitas. It says only "
                                  "which declarations are owed and by when; it contains nothing "
                                  "declared.")
                     .toHtmlEscaped());
    html += QStringLiteral("</body></html>");
    return html;
}

namespace {

PdfPage letterPage(const ReminderLetter& letter)
{
    PdfPage page;
    page.title = ReminderText::tr("Reminder to %1").arg(letter.magistrate);
    page.heading =
        ReminderText::tr("%1 — reminder of the declarations owed").arg(capitalized(letter.authority));
    page.generatedAt = moment(Clock::nowUtc());
    page.notice = ReminderText::tr("Personal — addressed to %1 alone").arg(letter.magistrate);
    return page;
}

} // namespace

Result<QByteArray> renderReminderLetterPdf(const ReminderLetter& letter)
{
    const PdfPage page = letterPage(letter);
    return renderHtmlPdf(reminderLetterHtml(letter), page, page.title);
}

Status exportReminderLetterPdf(const ReminderLetter& letter, const QString& path,
                               std::function<Status(QByteArrayView pdf)> beforeWriting)
{
    PdfPage page = letterPage(letter);
    page.beforeWriting = std::move(beforeWriting);
    return exportHtmlPdf(reminderLetterHtml(letter), page, path);
}

} // namespace probitas
