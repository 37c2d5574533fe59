#include "DeclarationView.h"

#include "EntryTableModel.h"
#include "FieldFormat.h"
#include "Quantities.h"

#include <QTextBrowser>
#include <QVBoxLayout>
#include <algorithm>

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

QString cell(const QString& html, bool numeric = false, bool header = false, const QString& attributes = {},
             const QString& extraStyle = {})
{
    const QString tag = header ? QStringLiteral("th") : QStringLiteral("td");
    QString style = numeric ? QStringLiteral("text-align: right;") : QStringLiteral("text-align: left;");
    style += extraStyle;
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

// The highlight colours: pale enough to read through, each with a word in the "Change" column.
QString markStyle(ViewHighlights::Mark mark)
{
    switch (mark) {
    case ViewHighlights::Mark::Added:
        return QStringLiteral(" background-color: #d4efdc;");
    case ViewHighlights::Mark::Removed:
        return QStringLiteral(" background-color: #f8d9dc; color: #5a1a20;");
    case ViewHighlights::Mark::Changed:
        return QStringLiteral(" background-color: #fff1bf;");
    case ViewHighlights::Mark::None:
        break;
    }
    return {};
}
const QLatin1String changedFieldStyle(" background-color: #ffd866; font-weight: bold;");

QString markWord(ViewHighlights::Mark mark)
{
    switch (mark) {
    case ViewHighlights::Mark::Added:
        return DeclarationView::tr("new");
    case ViewHighlights::Mark::Removed:
        return DeclarationView::tr("removed");
    case ViewHighlights::Mark::Changed:
        return DeclarationView::tr("changed");
    case ViewHighlights::Mark::None:
        break;
    }
    return {};
}

// Beyond this many columns a table of entries no longer fits 1280 px, nor an A4 page, without cutting
// words ("Apparte|ment"): each entry is then shown as a card.
constexpr std::size_t kMaxTableColumns = 6;

// How the entries of one item are marked against another version (all null/empty when not compared).
struct EntryMarks
{
    const std::vector<ViewHighlights::Mark>* marks = nullptr;
    const std::vector<QStringList>* changedFields = nullptr;

    ViewHighlights::Mark mark(std::size_t index) const
    {
        return marks && index < marks->size() ? (*marks)[index] : ViewHighlights::Mark::None;
    }
    bool fieldChanged(std::size_t index, const QString& field) const
    {
        return changedFields && index < changedFields->size() && (*changedFields)[index].contains(field);
    }
    bool any() const
    {
        return marks && std::any_of(marks->begin(), marks->end(), [](ViewHighlights::Mark mark) {
                   return mark != ViewHighlights::Mark::None;
               });
    }
};

// One row per entry, one column per field (and a "Change" column when compared).
QString entriesTable(const std::vector<const FieldDefinition*>& columns, const EntryList& entries,
                     const EntryMarks& marks)
{
    const bool anyMark = marks.any();
    QString html = tableStart() + QStringLiteral("<tr>");
    if (anyMark) {
        html += cell(DeclarationView::tr("Change").toHtmlEscaped(), false, true);
    }
    for (const FieldDefinition* field : columns) {
        html += cell(field->label.text().toHtmlEscaped(), isNumericField(field->type), true);
    }
    html += QStringLiteral("</tr>");
    for (std::size_t index = 0; index < entries.size(); ++index) {
        const Entry& entry = entries[index];
        const ViewHighlights::Mark mark = marks.mark(index);
        html += QStringLiteral("<tr>");
        if (anyMark) {
            html += cell(QStringLiteral("<b>%1</b>").arg(markWord(mark).toHtmlEscaped()), false, false, {},
                         markStyle(mark));
        }
        for (const FieldDefinition* field : columns) {
            const auto found = entry.values.find(field->id);
            html += cell(found == entry.values.end() ? QString() : valueHtml(*field, found->second),
                         isNumericField(field->type), false, {},
                         marks.fieldChanged(index, field->id) ? QString(changedFieldStyle) : markStyle(mark));
        }
        html += QStringLiteral("</tr>");
    }
    return html + QStringLiteral("</table>");
}

// One card per entry: its fields as label and value, two pairs a row, in the form's order; a compared
// entry's card says how it changed in its first row.
QString entryCards(const std::vector<const FieldDefinition*>& columns, const EntryList& entries,
                   const EntryMarks& marks)
{
    QString html;
    const int count = int(entries.size());
    for (int number = 1; number <= count; ++number) {
        const std::size_t index = std::size_t(number - 1);
        const Entry& entry = entries[index];
        const ViewHighlights::Mark mark = marks.mark(index);
        std::vector<const FieldDefinition*> present;
        for (const FieldDefinition* field : columns) {
            if (entry.has(field->id)) {
                present.push_back(field);
            }
        }
        html += tableStart();
        if (count > 1 || mark != ViewHighlights::Mark::None) {
            QString heading = DeclarationView::tr("Entry %1 of %2").arg(number).arg(count).toHtmlEscaped();
            if (mark != ViewHighlights::Mark::None) {
                heading += QStringLiteral(" — ") + markWord(mark).toHtmlEscaped();
            }
            html += QStringLiteral("<tr>") +
                    cell(QStringLiteral("<b>%1</b>").arg(heading), false, false,
                         QStringLiteral("colspan=\"4\""), markStyle(mark)) +
                    QStringLiteral("</tr>");
        }
        for (std::size_t pair = 0; pair < present.size(); pair += 2) {
            html += QStringLiteral("<tr>");
            for (std::size_t at = pair; at < pair + 2; ++at) {
                if (at < present.size()) {
                    const FieldDefinition& field = *present[at];
                    const QString style =
                        marks.fieldChanged(index, field.id) ? QString(changedFieldStyle) : markStyle(mark);
                    html += cell(field.label.text().toHtmlEscaped(), false, true,
                                 QStringLiteral("width=\"20%\"")) +
                            cell(valueHtml(field, entry.values.at(field.id)), false, false,
                                 QStringLiteral("width=\"30%\""), style);
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

QString DeclarationView::toHtml(const Declaration& declaration, const FormDefinition& definition,
                                const ViewHighlights* highlights)
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
        const bool changed = highlights && highlights->headerFields.contains(field.id);
        html +=
            QStringLiteral("<tr>") +
            cell(field.label.text().toHtmlEscaped(), false, true, QStringLiteral("width=\"30%\"")) +
            cell(changed ? value + QStringLiteral(" <i>(%1)</i>").arg(markWord(ViewHighlights::Mark::Changed))
                         : value,
                 false, false, {}, changed ? QString(changedFieldStyle) : QString()) +
            QStringLiteral("</tr>");
    }
    html += QStringLiteral("</table>");

    // The items, in the law's order.
    qint64 assets = 0;
    qint64 liabilities = 0;
    QStringList summaryRows;
    for (const ItemDefinition* item : definition.itemsFor(declaration.event)) {
        const QString title = item->number + QLatin1Char(' ') + item->title.text();
        html += QStringLiteral("<a name=\"item-%1\"></a><h2>%2</h2>").arg(item->id, title.toHtmlEscaped());
        const std::vector<ViewHighlights::Mark>* marks = nullptr;
        const std::vector<QStringList>* changedFields = nullptr;
        if (highlights) {
            if (const auto found = highlights->entries.find(item->id); found != highlights->entries.end()) {
                marks = &found->second;
            }
            if (const auto found = highlights->changedFields.find(item->id);
                found != highlights->changedFields.end()) {
                changedFields = &found->second;
            }
        }
        const QString answerStyle =
            highlights && highlights->answers.contains(item->id)
                ? markStyle(ViewHighlights::Mark::Changed) + QStringLiteral(" padding: 4px;")
                : QString();
        html += QStringLiteral("<p style=\"color: #555555;\"><i>%1</i> (%2)</p>")
                    .arg((QStringLiteral("«\u00A0") + item->law + QStringLiteral("\u00A0»")).toHtmlEscaped(),
                         item->article.toHtmlEscaped());

        const ItemAnswer* answer = declaration.answer(item->id);
        const bool answered = answer && (answer->neant || !answer->entries.empty());
        if (!answered) {
            html += QStringLiteral("<p style=\"%1\">%2</p>")
                        .arg(missingStyle, tr("Not answered").toHtmlEscaped());
        } else if (answer->neant) {
            html +=
                QStringLiteral("<p style=\"%1\"><b>%2</b>%3</p>")
                    .arg(answerStyle, tr("Nothing to declare").toHtmlEscaped(),
                         answerStyle.isEmpty()
                             ? QString()
                             : QStringLiteral(" <i>(%1)</i>").arg(markWord(ViewHighlights::Mark::Changed)));
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
            if (!answerStyle.isEmpty()) {
                html +=
                    QStringLiteral("<p style=\"%1\"><i>%2</i></p>")
                        .arg(answerStyle, tr("Answered differently in the other version").toHtmlEscaped());
            }
            const EntryMarks entryMarks{marks, changedFields};
            html += columns.size() <= kMaxTableColumns ? entriesTable(columns, answer->entries, entryMarks)
                                                       : entryCards(columns, answer->entries, entryMarks);
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
    const QString observationsStyle =
        highlights && highlights->observations
            ? markStyle(ViewHighlights::Mark::Changed) + QStringLiteral(" padding: 4px;")
            : QString();
    html += declaration.observations.trimmed().isEmpty()
                ? QStringLiteral("<p style=\"%1\">—</p>").arg(observationsStyle)
                : QStringLiteral("<p style=\"%1\">%2</p>")
                      .arg(observationsStyle, escaped(declaration.observations));
    html += QStringLiteral("</body></html>");
    return html;
}

} // namespace probitas
