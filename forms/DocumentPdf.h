#pragma once

#include "Result.h"

#include <QDateTime>
#include <QImage>
#include <QMap>
#include <QString>
#include <QUrl>
#include <functional>

namespace probitas {

// An A4 document made from HTML, paged like the declaration's PDF: on every page a header, "Page n / N"
// and a notice at the foot (the confidentiality notice). `images` are the pictures the HTML names by URL
// (<img src="chart:counts">). Written through QSaveFile, readable by its owner only: the file at `path` is
// the whole new document or untouched. A failure is an Environment error naming the path.
struct PdfPage
{
    QString title;       // the PDF's title metadata
    QString heading;     // printed at the top left of every page
    QString generatedAt; // printed at the top right when given
    QString notice;      // printed, in bold, at the foot of every page
    bool landscape = false;
    bool draft = false; // the "Draft version" mark across every page, under the text
    QMap<QUrl, QImage> images;
    // Called with the whole document once made, before the file is touched: a failure (the audit trail
    // refusing to record the export, say) is returned and nothing is written.
    std::function<Status(QByteArrayView pdf)> beforeWriting = nullptr;
};

Status exportHtmlPdf(const QString& html, const PdfPage& page, const QString& path);

// exportHtmlPdf's two halves, for a caller that records the document (asynchronously, say) between them:
// the whole document made in memory (`page.beforeWriting` is not called; a failure names `name`), and a
// document written through QSaveFile, readable by its owner only (the file at `path` is the whole document or
// untouched; a failure is an Environment error naming the path).
Result<QByteArray> renderHtmlPdf(const QString& html, const PdfPage& page, const QString& name);
Status writeDocumentFile(QByteArrayView document, const QString& path);

// The pieces of HTML the documents (the fiche, the control's acts, the review) are made of, one style for
// all.
namespace documenthtml {
QString day(const QDate& date);                              // "02/03/2026", or "—"
QString day(const QDateTime& at);                            // its local date, as above
QString moment(const QDateTime& at);                         // "02/03/2026 14:05", local time, or "—"
QString paragraphs(const QString& text);                     // recorded text, escaped, its line breaks kept
QString row(const QString& label, const QString& valueHtml); // a labelled row of a two-column table
} // namespace documenthtml

} // namespace probitas
