#include "DeclarationView.h"

#include "EntryTableModel.h"
#include "FieldFormat.h"
#include "Quantities.h"

#include <QTextBrowser>
#include <QVBoxLayout>

namespace probitas {

namespace {

// Colours that print well in black and white too: the highlight is also a word ("Not answered").
const QLatin1String headerCell("background-color: #e8ecf2;");
const QLatin1String
    missingStyle("background-color: #fff4d6; color: #5c3d00; font-weight: bold; padding: 4px;");

QString escaped(const QString& text)
{
    // Line breaks the declarant typed stay line breaks.
    return text.toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br/>"));
}

QString cell(const QString& html, bool numeric = false, bool header = false, const QString& attributes = {})
{
    const QString tag = header ? QStringLiteral("th") : QStringLiteral("td");
    QString style = numeric ? QStringLiteral("text-align: right;") : QStringLiteral("text-align: left;");
    if (header) {
        style += headerCell;
        // A one-word heading ("Mensualité") is never cut in the middle of the word.
        if (!html.contains(QLatin1Char(' '))) {
            style += QStringLiteral(" white-space: nowrap;");
        }
    }
    return QStringLiteral("<%1 %4 style=\"%2\">%3</%1>").arg(tag, style, html, attributes);
}

QString tableStart()
{
    return QStringLiteral("<table width=\"99%\" border=\"1\" cellspacing=\"0\" cellpadding=\"4\" "
                          "style=\"border-collapse: collapse; border-color: #8a94a6; margin-bottom: 6px;\">");
}

QString valueHtml(const FieldDefinition& field, const FieldValue& value)
{
    return escaped(displayText(field, value, false));
}

// Beyond this many columns a table of entries no longer fits 1280 px, nor an A4 page, without cutting
// words ("Apparte|ment"): each entry is then shown as a card.
constexpr std::size_t kMaxTableColumns = 6;

// One row per entry, one column per field.
QString entriesTable(const std::vector<const FieldDefinition*>& columns, const EntryList& entries)
{
    QString html = tableStart() + QStringLiteral("<tr>");
    for (const FieldDefinition* field : columns) {
        html += cell(field->label.text().toHtmlEscaped(), isNumericField(field->type), true);
    }
    html += QStringLiteral("</tr>");
    for (const Entry& entry : entries) {
        html += QStringLiteral("<tr>");
        for (const FieldDefinition* field : columns) {
            const auto found = entry.values.find(field->id);
            html += cell(found == entry.values.end() ? QString() : valueHtml(*field, found->second),
                         isNumericField(field->type));
        }
        html += QStringLiteral("</tr>");
    }
    return html + QStringLiteral("</table>");
}

// One card per entry: its fields as label and value, two pairs a row, in the form's order.
QString entryCards(const std::vector<const FieldDefinition*>& columns, const EntryList& entries)
{
    QString html;
    const int count = int(entries.size());
    for (int number = 1; number <= count; ++number) {
        const Entry& entry = entries[std::size_t(number - 1)];
        std::vector<const FieldDefinition*> present;
        for (const FieldDefinition* field : columns) {
            if (entry.has(field->id)) {
                present.push_back(field);
            }
        }
        html += tableStart();
        if (count > 1) {
            html +=
                QStringLiteral("<tr>") +
                cell(QStringLiteral("<b>%1</b>")
                         .arg(DeclarationView::tr("Entry %1 of %2").arg(number).arg(count).toHtmlEscaped()),
                     false, false, QStringLiteral("colspan=\"4\"")) +
                QStringLiteral("</tr>");
        }
        for (std::size_t index = 0; index < present.size(); index += 2) {
            html += QStringLiteral("<tr>");
            for (std::size_t pair = index; pair < index + 2; ++pair) {
                if (pair < present.size()) {
                    const FieldDefinition& field = *present[pair];
                    html += cell(field.label.text().toHtmlEscaped(), false, true,
                                 QStringLiteral("width=\"20%\"")) +
                            cell(valueHtml(field, entry.values.at(field.id)), false, false,
                                 QStringLiteral("width=\"30%\""));
                } else {
                    html += QStringLiteral("<td></td><td></td>");
                }
            }
            html += QStringLiteral("</tr>");
        }
        html += QStringLiteral("</table>");
    }
    return html;
}

} // namespace

DeclarationView::DeclarationView(QWidget* parent)
    : QWidget(parent)
    , m_browser(new QTextBrowser(this))
{
    setObjectName(QStringLiteral("declarationView"));
    m_browser->setObjectName(QStringLiteral("declarationBrowser"));
    m_browser->setOpenLinks(false);
    m_browser->setAccessibleName(tr("The declaration as it will be signed"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_browser);
}

void DeclarationView::setDeclaration(const Declaration& declaration)
{
    const FormDefinition* definition = FormCatalog::builtIn().find(declaration.schema);
    if (!definition) {
        m_browser->setPlainText(
            tr("This declaration was made with a form this version of the program does not know (%1).")
                .arg(declaration.schema));
        return;
    }
    setDeclaration(declaration, *definition);
}

void DeclarationView::setDeclaration(const Declaration& declaration, const FormDefinition& definition)
{
    m_browser->setHtml(toHtml(declaration, definition));
}

QString DeclarationView::toHtml(const Declaration& declaration, const FormDefinition& definition)
{
    QString html;
    html += QStringLiteral("<html><body>");
    html += QStringLiteral("<h1>%1</h1>").arg(definition.title().text().toHtmlEscaped());
    html +=
        QStringLiteral("<p>%1</p>")
            .arg(tr("Event: %1 — %2").arg(eventLabel(declaration.event), definition.basis()).toHtmlEscaped());

    // The declarant.
    html += QStringLiteral("<h2>%1</h2>").arg(tr("Declarant").toHtmlEscaped());
    html += tableStart();
    for (const FieldDefinition& field : definition.headerFields()) {
        const auto found = declaration.declarant.values.find(field.id);
        const QString value = found == declaration.declarant.values.end() ? QStringLiteral("—")
                                                                          : valueHtml(field, found->second);
        html += QStringLiteral("<tr>") +
                cell(field.label.text().toHtmlEscaped(), false, true, QStringLiteral("width=\"30%\"")) +
                cell(value) + QStringLiteral("</tr>");
    }
    html += QStringLiteral("</table>");

    // The items, in the law's order.
    qint64 assets = 0;
    qint64 liabilities = 0;
    QStringList summaryRows;
    for (const ItemDefinition* item : definition.itemsFor(declaration.event)) {
        const QString title = item->number + QLatin1Char(' ') + item->title.text();
        html += QStringLiteral("<h2>%1</h2>").arg(title.toHtmlEscaped());
        html += QStringLiteral("<p style=\"color: #555555;\"><i>%1</i> (%2)</p>")
                    .arg((QStringLiteral("«\u00A0") + item->law + QStringLiteral("\u00A0»")).toHtmlEscaped(),
                         item->article.toHtmlEscaped());

        const ItemAnswer* answer = declaration.answer(item->id);
        const bool answered = answer && (answer->neant || !answer->entries.empty());
        if (!answered) {
            html += QStringLiteral("<p style=\"%1\">%2</p>")
                        .arg(missingStyle, tr("Not answered").toHtmlEscaped());
        } else if (answer->neant) {
            html += QStringLiteral("<p><b>%1</b></p>").arg(tr("Nothing to declare").toHtmlEscaped());
        } else {
            // Columns: every field filled in at least one entry, in the definition's order. Hidden fields
            // are absent from entries, so they never make a column.
            std::vector<const FieldDefinition*> columns;
            for (const FieldDefinition& field : item->fields) {
                if (std::any_of(answer->entries.begin(), answer->entries.end(),
                                [&field](const Entry& entry) { return entry.has(field.id); })) {
                    columns.push_back(&field);
                }
            }
            if (columns.size() <= kMaxTableColumns) {
                html += entriesTable(columns, answer->entries);
            } else {
                html += entryCards(columns, answer->entries);
            }
        }

        const auto totals = computeTotals(*item, answered ? answer->entries : EntryList());
        if (totals && answered && !answer->neant) {
            QStringList shares;
            for (const OwnershipShare& share : ownershipShares(*item, *totals)) {
                if (share.cents != 0) {
                    shares << tr("%1: %2").arg(share.label, formatEuros(share.cents)).toHtmlEscaped();
                }
            }
            const QString total = item->liability
                                      ? tr("Total liabilities: %1").arg(formatEuros(totals->total))
                                      : tr("Total: %1").arg(formatEuros(totals->total));
            html += QStringLiteral("<p><b>%1</b>%2</p>")
                        .arg(total.toHtmlEscaped(),
                             shares.isEmpty() ? QString()
                                              : QStringLiteral(" — ") + shares.join(QStringLiteral(" · ")));
        }
        if (totals) {
            (item->liability ? liabilities : assets) += totals->total;
            summaryRows << QStringLiteral("<tr>") + cell(title.toHtmlEscaped()) +
                               cell((item->liability ? QStringLiteral("−\u00A0") : QString()) +
                                        formatEuros(totals->total).toHtmlEscaped(),
                                    true) +
                               QStringLiteral("</tr>");
        }
    }

    if (!summaryRows.isEmpty()) {
        html += QStringLiteral("<h2>%1</h2>").arg(tr("Summary of assets and liabilities").toHtmlEscaped());
        html += tableStart();
        html += QStringLiteral("<tr>") + cell(tr("Item").toHtmlEscaped(), false, true) +
                cell(tr("Total").toHtmlEscaped(), true, true) + QStringLiteral("</tr>");
        html += summaryRows.join(QString());
        html += QStringLiteral("<tr>") +
                cell(QStringLiteral("<b>%1</b>").arg(tr("Total assets").toHtmlEscaped())) +
                cell(QStringLiteral("<b>%1</b>").arg(formatEuros(assets).toHtmlEscaped()), true) +
                QStringLiteral("</tr>");
        html += QStringLiteral("<tr>") +
                cell(QStringLiteral("<b>%1</b>").arg(tr("Total liabilities").toHtmlEscaped())) +
                cell(QStringLiteral("<b>%1</b>").arg(formatEuros(liabilities).toHtmlEscaped()), true) +
                QStringLiteral("</tr>");
        html +=
            QStringLiteral("<tr>") +
            cell(QStringLiteral("<b>%1</b>")
                     .arg(tr("Net assets (assets minus liabilities)").toHtmlEscaped())) +
            cell(QStringLiteral("<b>%1</b>").arg(formatEuros(assets - liabilities).toHtmlEscaped()), true) +
            QStringLiteral("</tr>");
        html += QStringLiteral("</table>");
    }

    html += QStringLiteral("<h2>%1</h2>").arg(tr("Observations").toHtmlEscaped());
    html += declaration.observations.trimmed().isEmpty()
                ? QStringLiteral("<p>—</p>")
                : QStringLiteral("<p>%1</p>").arg(escaped(declaration.observations));
    html += QStringLiteral("</body></html>");
    return html;
}

} // namespace probitas
