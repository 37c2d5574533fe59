#include "DocumentPdf.h"

#include "SaveFile.h"

#include <QAbstractTextDocumentLayout>
#include <QBuffer>
#include <QCoreApplication>
#include <QLocale>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <QTextDocument>
#include <QtMath>

namespace probitas {

namespace {

// The declaration's PDF says the same things: one translation context for both.
class DocumentPdfText
{
    Q_DECLARE_TR_FUNCTIONS(DeclarationPdf)
};

constexpr int dpi = 300;

qreal millimetres(qreal mm)
{
    return mm * dpi / 25.4;
}

} // namespace

Result<QByteArray> renderHtmlPdf(const QString& html, const PdfPage& options, const QString& path)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    {
        QPdfWriter writer(&buffer);
        writer.setPageSize(QPageSize(QPageSize::A4));
        writer.setPageOrientation(options.landscape ? QPageLayout::Landscape : QPageLayout::Portrait);
        writer.setPageMargins(QMarginsF(0, 0, 0, 0), QPageLayout::Millimeter);
        writer.setResolution(dpi);
        writer.setCreator(QStringLiteral("Probitas"));
        writer.setTitle(options.title);

        const QRectF page(QPointF(0, 0), writer.pageLayout().fullRectPixels(dpi).size());
        const QRectF body(millimetres(18), millimetres(24), page.width() - millimetres(36),
                          page.height() - millimetres(24 + 24));

        QTextDocument document;
        document.documentLayout()->setPaintDevice(&writer);
        QFont base(QStringLiteral("DejaVu Sans"));
        base.setPointSizeF(9);
        document.setDefaultFont(base);
        for (auto image = options.images.begin(); image != options.images.end(); ++image) {
            document.addResource(QTextDocument::ImageResource, image.key(), image.value());
        }
        document.setHtml(html);
        document.setPageSize(body.size());
        const int pageCount = std::max(1, document.pageCount());

        QPainter painter;
        if (!painter.begin(&writer)) {
            return Error::environment(
                DocumentPdfText::tr("Cannot write %1: the PDF could not be started").arg(path));
        }
        for (int index = 0; index < pageCount; ++index) {
            if (index > 0) {
                writer.newPage();
            }
            if (options.draft) {
                // Across the page's diagonal, painted first and opaque but pale, so the declaration prints
                // over it and the mark stays real text (PDF readers drop or flatten translucent text).
                painter.save();
                QFont mark(QStringLiteral("DejaVu Sans"));
                mark.setPointSizeF(40);
                mark.setBold(true);
                painter.setFont(mark);
                painter.setPen(QColor(0xf3, 0xc4, 0xc4));
                painter.translate(page.center());
                painter.rotate(-qRadiansToDegrees(std::atan2(page.height(), page.width())));
                const QString text = DocumentPdfText::tr("Draft version");
                const QRectF box(-page.height() / 2, -millimetres(20), page.height(), millimetres(40));
                painter.drawText(box, Qt::AlignCenter, text);
                painter.restore();
            }
            // The body: the slice of the document that falls on this page.
            painter.save();
            painter.translate(body.left(), body.top() - index * body.height());
            document.drawContents(&painter, QRectF(0, index * body.height(), body.width(), body.height()));
            painter.restore();

            // Header and footer.
            QFont small(QStringLiteral("DejaVu Sans"));
            small.setPointSizeF(7.5);
            painter.setFont(small);
            painter.setPen(QColor(0x33, 0x33, 0x33));
            const QRectF headerBox(body.left(), millimetres(10), body.width(), millimetres(8));
            painter.drawText(headerBox, Qt::AlignLeft | Qt::AlignVCenter, options.heading);
            if (!options.generatedAt.isEmpty()) {
                painter.drawText(headerBox, Qt::AlignRight | Qt::AlignVCenter,
                                 DocumentPdfText::tr("Generated on %1").arg(options.generatedAt));
            }
            painter.drawLine(QPointF(body.left(), headerBox.bottom()),
                             QPointF(body.right(), headerBox.bottom()));
            const QRectF footerBox(body.left(), page.height() - millimetres(18), body.width(),
                                   millimetres(10));
            painter.drawLine(QPointF(body.left(), footerBox.top()), QPointF(body.right(), footerBox.top()));
            QFont bold = small;
            bold.setBold(true);
            painter.setFont(bold);
            painter.drawText(footerBox.adjusted(0, 0, -millimetres(28), 0),
                             Qt::AlignLeft | Qt::AlignVCenter | Qt::TextWordWrap, options.notice);
            painter.setFont(small);
            painter.drawText(footerBox, Qt::AlignRight | Qt::AlignVCenter,
                             DocumentPdfText::tr("Page %1 / %2").arg(index + 1).arg(pageCount));
        }
        if (!painter.end()) {
            return Error::environment(
                DocumentPdfText::tr("Cannot write %1: the PDF could not be finished").arg(path));
        }
    }

    return buffer.data();
}

Status writeDocumentFile(QByteArrayView document, const QString& path)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        return Error::environment(DocumentPdfText::tr("Cannot write %1: %2").arg(path, file.errorString()));
    }
    // A declaration is confidential: the owner alone may read the file.
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    if (file.write(document.data(), document.size()) != document.size()) {
        return Error::environment(DocumentPdfText::tr("Cannot write %1: %2").arg(path, file.errorString()));
    }
    if (const QString reason = whyNotCommitted(file); !reason.isEmpty()) {
        return Error::environment(DocumentPdfText::tr("Cannot write %1: %2").arg(path, reason));
    }
    return success();
}

Status exportHtmlPdf(const QString& html, const PdfPage& options, const QString& path)
{
    // The whole document is made in memory first: a half-written PDF never replaces a good one.
    auto document = renderHtmlPdf(html, options, path);
    if (!document) {
        return document.error();
    }
    if (options.beforeWriting) {
        if (Status allowed = options.beforeWriting(QByteArrayView(*document)); !allowed) {
            return allowed;
        }
    }
    return writeDocumentFile(*document, path);
}

namespace documenthtml {

QString day(const QDate& date)
{
    return date.isValid() ? QLocale().toString(date, QStringLiteral("dd/MM/yyyy")) : QStringLiteral("—");
}

QString day(const QDateTime& at)
{
    return day(at.toLocalTime().date());
}

QString moment(const QDateTime& at)
{
    return at.isValid() ? QLocale().toString(at.toLocalTime(), QStringLiteral("dd/MM/yyyy HH:mm"))
                        : QStringLiteral("—");
}

QString paragraphs(const QString& text)
{
    return text.trimmed().toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br/>"));
}

QString row(const QString& label, const QString& valueHtml)
{
    return QStringLiteral(
               "<tr><th style=\"background-color: #e8ecf2; text-align: left;\" width=\"30%\">%1</th>"
               "<td>%2</td></tr>")
        .arg(label.toHtmlEscaped(), valueHtml);
}

} // namespace documenthtml

} // namespace probitas
