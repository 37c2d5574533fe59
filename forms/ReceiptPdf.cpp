#include "ReceiptPdf.h"

#include "DeclarationPdf.h"
#include "DocumentPdf.h"

#include <QCoreApplication>
#include <QLocale>

namespace probitas {

namespace {

class ReceiptText
{
    Q_DECLARE_TR_FUNCTIONS(ReceiptPdf)
};

QString when(const QDateTime& at)
{
    return at.isValid() ? QLocale().toString(at.toLocalTime(), QStringLiteral("dd/MM/yyyy HH:mm:ss"))
                        : QStringLiteral("—");
}

// A fingerprint in groups of eight, so it can be read aloud and wraps in a table cell.
QString grouped(const QString& hex)
{
    QStringList groups;
    for (qsizetype index = 0; index < hex.size(); index += 8) {
        groups << hex.mid(index, 8);
    }
    return groups.join(QLatin1Char(' '));
}

QString row(const QString& label, const QString& value, bool monospace = false)
{
    return QStringLiteral(
               "<tr><th style=\"background-color: #e8ecf2; text-align: left;\" width=\"34%\">%1</th>"
               "<td%3>%2</td></tr>")
        .arg(label.toHtmlEscaped(), value.toHtmlEscaped(),
             monospace ? QStringLiteral(" style=\"font-family: 'DejaVu Sans Mono';\"") : QString());
}

} // namespace

QString receiptHtml(const ReceiptDocument& receipt)
{
    QString html = QStringLiteral("<html><body>");
    html += QStringLiteral("<h1>%1</h1>").arg(ReceiptText::tr("Acknowledgement of receipt").toHtmlEscaped());
    html += QStringLiteral("<p>%1</p>")
                .arg(ReceiptText::tr("Receipt of the %1 (%2) of %3, filed on %4, is acknowledged by the "
                                     "authority below.")
                         .arg(kindLabel(receipt.kind), eventLabel(receipt.event), receipt.declarant,
                              when(receipt.filedAt))
                         .toHtmlEscaped());
    html += QStringLiteral("<table width=\"99%\" border=\"1\" cellspacing=\"0\" cellpadding=\"5\" "
                           "style=\"border-collapse: collapse; border-color: #8a94a6;\">");
    html += row(ReceiptText::tr("Declaration"), receipt.declarationId, true);
    html += row(ReceiptText::tr("Declarant"), receipt.declarant);
    html += row(ReceiptText::tr("Declarant's certificate"), receipt.declarantSubject);
    html += row(ReceiptText::tr("Filed on"), when(receipt.filedAt));
    html += row(ReceiptText::tr("Received by"), receipt.authority);
    html += row(ReceiptText::tr("Signed by"), receipt.authoritySigner);
    html += row(ReceiptText::tr("Signing certificate"), receipt.authoritySubject);
    html += row(ReceiptText::tr("Receipt dated"), when(receipt.receivedAt));
    html += row(ReceiptText::tr("SHA-256 of the sealed declaration"), grouped(receipt.envelopeSha256), true);
    html += row(ReceiptText::tr("SHA-256 of this receipt"), grouped(receipt.receiptSha256), true);
    html += QStringLiteral("</table>");
    html +=
        QStringLiteral("<p>%1</p>")
            .arg(ReceiptText::tr("The receipt is a CMS signature by the authority over the fingerprint of "
                                 "the sealed declaration. Its signature was verified on %1. The receipt "
                                 "states that the declaration was received; it does not reproduce its "
                                 "content.")
                     .arg(when(receipt.verifiedAt))
                     .toHtmlEscaped());
    html += QStringLiteral("</body></html>");
    return html;
}

Status exportReceiptPdf(const ReceiptDocument& receipt, const QString& path)
{
    PdfPage page;
    page.title = ReceiptText::tr("Acknowledgement of receipt");
    page.heading = ReceiptText::tr("Acknowledgement of receipt — %1 — %2")
                       .arg(receipt.declarant, kindLabel(receipt.kind));
    page.generatedAt = when(receipt.verifiedAt);
    page.notice = confidentialityNotice(receipt.kind);
    return exportHtmlPdf(receiptHtml(receipt), page, path);
}

} // namespace probitas
