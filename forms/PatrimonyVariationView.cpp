#include "PatrimonyVariationView.h"

#include "Quantities.h"

#include <QTextBrowser>
#include <QVBoxLayout>

namespace probitas {

namespace {

const QLatin1String headerStyle("background-color: #e8ecf2; text-align: left;");
const QLatin1String totalStyle("background-color: #f3f5f8; font-weight: bold;");
const QLatin1String shareStyle("color: #444444;");

QString td(const QString& html, bool numeric, const QString& style = {})
{
    return QStringLiteral("<td style=\"text-align: %1; %2\">%3</td>")
        .arg(numeric ? QStringLiteral("right") : QStringLiteral("left"), style, html);
}

QString euros(qint64 cents)
{
    return formatEuros(cents).toHtmlEscaped();
}

// "+12 000,00 €" in green, "−3 000,00 €" in red, "—" for no change: the sign is in the text too.
QString signedEuros(qint64 cents)
{
    if (cents == 0) {
        return QStringLiteral("<span style=\"color: #666666;\">—</span>");
    }
    const QString text = cents > 0 ? QStringLiteral("+") + formatEuros(cents) : formatEuros(cents);
    return QStringLiteral("<span style=\"color: %1;\">%2</span>")
        .arg(cents > 0 ? QStringLiteral("#146c2e") : QStringLiteral("#a30016"), text.toHtmlEscaped());
}

// "Bien propre" -> "bien propre", inside a sentence: "dont bien propre".
QString inSentence(QString label)
{
    if (!label.isEmpty()) {
        label[0] = label.at(0).toLower();
    }
    return label;
}

} // namespace

PatrimonyVariationView::PatrimonyVariationView(QWidget* parent)
    : QWidget(parent)
    , m_browser(new QTextBrowser(this))
{
    setObjectName(QStringLiteral("patrimonyVariationView"));
    m_browser->setObjectName(QStringLiteral("variationBrowser"));
    m_browser->setAccessibleName(tr("Variation of the assets"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_browser);
}

void PatrimonyVariationView::setVariation(const PatrimonyVariation& variation, const QString& previousCaption,
                                          const QString& currentCaption)
{
    m_browser->setHtml(toHtml(variation, previousCaption, currentCaption, true));
}

void PatrimonyVariationView::setTotalsOnly(const PatrimonyVariation& totals, const QString& caption,
                                           const QString& message)
{
    m_browser->setHtml(QStringLiteral("<p><b>%1</b></p>").arg(message.toHtmlEscaped()) +
                       toHtml(totals, QString(), caption, false));
}

void PatrimonyVariationView::showMessage(const QString& message)
{
    m_browser->setHtml(QStringLiteral("<p>%1</p>").arg(message.toHtmlEscaped()));
}

QString PatrimonyVariationView::toHtml(const PatrimonyVariation& variation, const QString& previousCaption,
                                       const QString& currentCaption, bool compare)
{
    QString html =
        QStringLiteral("<h2>%1</h2>")
            .arg((compare ? tr("Variation of the assets (art. 7-3, VI)") : tr("Assets declared (art. 7-3)"))
                     .toHtmlEscaped());
    if (compare) {
        html +=
            QStringLiteral("<p style=\"color: #444444;\">%1</p>")
                .arg(tr("Amounts as declared, without re-estimation. The split between separate, community "
                        "and jointly owned property follows the regime given for each entry.")
                         .toHtmlEscaped());
    }
    html += QStringLiteral("<table width=\"99%\" border=\"1\" cellspacing=\"0\" cellpadding=\"4\" "
                           "style=\"border-collapse: collapse; border-color: #8a94a6;\">");
    html += QStringLiteral("<tr>") + td(tr("Category").toHtmlEscaped(), false, headerStyle);
    if (compare) {
        html += td(previousCaption.toHtmlEscaped(), true, headerStyle);
    }
    html += td(currentCaption.toHtmlEscaped(), true, headerStyle);
    if (compare) {
        html += td(tr("Variation").toHtmlEscaped(), true, headerStyle);
    }
    html += QStringLiteral("</tr>");

    auto row = [&](const QString& label, qint64 before, qint64 after, const QString& style) {
        html += QStringLiteral("<tr>") + td(label, false, style);
        if (compare) {
            html += td(euros(before), true, style);
        }
        html += td(euros(after), true, style);
        if (compare) {
            html += td(signedEuros(after - before), true, style);
        }
        html += QStringLiteral("</tr>");
    };
    auto shares = [&](const OwnershipAmounts& before, const OwnershipAmounts& after, bool always) {
        // One line per regime, only when the category mixes regimes or always for the totals.
        int regimes = 0;
        for (const QString& id : variation.ownerships) {
            regimes += before.share(id) != 0 || after.share(id) != 0 ? 1 : 0;
        }
        if (regimes < 2 && !always) {
            return;
        }
        for (int index = 0; index < variation.ownerships.size(); ++index) {
            const QString& id = variation.ownerships.at(index);
            if (before.share(id) == 0 && after.share(id) == 0) {
                continue;
            }
            row(QStringLiteral("&nbsp;&nbsp;&nbsp;&nbsp;") +
                    tr("of which %1").arg(inSentence(variation.ownershipLabels.value(index))).toHtmlEscaped(),
                before.share(id), after.share(id), shareStyle);
        }
    };
    auto regimeOf = [&](const CategoryVariation& category) {
        // A category held under one regime says which in its own line.
        QString only;
        int regimes = 0;
        for (int index = 0; index < variation.ownerships.size(); ++index) {
            const QString& id = variation.ownerships.at(index);
            if (category.before.share(id) != 0 || category.after.share(id) != 0) {
                ++regimes;
                only = inSentence(variation.ownershipLabels.value(index));
            }
        }
        return regimes == 1
                   ? QStringLiteral(" <span style=\"color: #555555;\">(%1)</span>").arg(only.toHtmlEscaped())
                   : QString();
    };

    for (const CategoryVariation& category : variation.categories) {
        if (category.liability) {
            continue;
        }
        row((category.number + QLatin1Char(' ') + category.title).toHtmlEscaped() + regimeOf(category),
            category.before.total, category.after.total, {});
        shares(category.before, category.after, false);
    }
    row(tr("Total assets").toHtmlEscaped(), variation.assetsBefore.total, variation.assetsAfter.total,
        totalStyle);
    for (const CategoryVariation& category : variation.categories) {
        if (!category.liability) {
            continue;
        }
        row((category.number + QLatin1Char(' ') + category.title).toHtmlEscaped() + regimeOf(category),
            category.before.total, category.after.total, {});
        shares(category.before, category.after, false);
    }
    row(tr("Total liabilities").toHtmlEscaped(), variation.liabilitiesBefore.total,
        variation.liabilitiesAfter.total, totalStyle);
    row(tr("Net assets (assets minus liabilities)").toHtmlEscaped(), variation.netBefore(),
        variation.netAfter(), totalStyle);
    for (int index = 0; index < variation.ownerships.size(); ++index) {
        const QString& id = variation.ownerships.at(index);
        row(QStringLiteral("&nbsp;&nbsp;&nbsp;&nbsp;") +
                tr("of which %1").arg(inSentence(variation.ownershipLabels.value(index))).toHtmlEscaped(),
            variation.netBefore(id), variation.netAfter(id), shareStyle);
    }
    html += QStringLiteral("</table>");
    return html;
}

} // namespace probitas
