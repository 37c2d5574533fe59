#include "FieldFormat.h"

#include "Quantities.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace probitas {

namespace {

struct FieldFormat
{
    Q_DECLARE_TR_FUNCTIONS(FieldFormat)
};

QString oneLine(QString text)
{
    // Tables show one line per entry: line breaks become a visible separator rather than vanishing.
    text.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    return text.trimmed().replace(QLatin1Char('\n'), QStringLiteral(" · "));
}

} // namespace

QString displayText(const FieldDefinition& field, const FieldValue& value, bool compact)
{
    switch (field.type) {
    case FieldType::Text:
    case FieldType::Multiline: {
        const auto* text = std::get_if<QString>(&value);
        if (!text) {
            return {};
        }
        return compact ? oneLine(*text) : *text;
    }
    case FieldType::Choice: {
        const auto* id = std::get_if<QString>(&value);
        if (!id) {
            return {};
        }
        const Choice* choice = field.findChoice(*id);
        return choice ? choice->label.text() : *id;
    }
    case FieldType::Date: {
        const auto* date = std::get_if<QDate>(&value);
        return date ? date->toString(QStringLiteral("dd/MM/yyyy")) : QString();
    }
    case FieldType::Month: {
        const auto* month = std::get_if<YearMonth>(&value);
        return month ? QStringLiteral("%1/%2").arg(month->month, 2, 10, QLatin1Char('0')).arg(month->year)
                     : QString();
    }
    case FieldType::Year:
    case FieldType::Integer:
    case FieldType::Amount:
    case FieldType::Percent:
    case FieldType::Surface: {
        const auto* number = std::get_if<qint64>(&value);
        if (!number) {
            return {};
        }
        if (field.type == FieldType::Amount) {
            return formatEuros(*number);
        }
        if (field.type == FieldType::Percent) {
            return formatPercent(*number);
        }
        if (field.type == FieldType::Surface) {
            return formatSurface(*number);
        }
        if (field.type == FieldType::Integer) {
            // Integers are counts and durations: French digit grouping, no decimals.
            return formatFixed2(*number * 100, false);
        }
        return QString::number(*number);
    }
    case FieldType::Boolean: {
        const auto* flag = std::get_if<bool>(&value);
        return flag ? (*flag ? FieldFormat::tr("Yes") : FieldFormat::tr("No")) : QString();
    }
    case FieldType::List: {
        const auto* list = std::get_if<EntryList>(&value);
        if (!list) {
            return {};
        }
        if (compact) {
            return FieldFormat::tr("%n line(s)", nullptr, int(list->size()));
        }
        // Each sub-entry on its own line, its values separated by " — ".
        QStringList lines;
        for (const Entry& entry : *list) {
            QStringList parts;
            for (const FieldDefinition& subField : field.fields) {
                const auto found = entry.values.find(subField.id);
                if (found != entry.values.end()) {
                    parts << displayText(subField, found->second, true);
                }
            }
            lines << parts.join(QStringLiteral(" — "));
        }
        return lines.join(QLatin1Char('\n'));
    }
    }
    return {};
}

bool isFieldVisible(const FieldDefinition& field, const Entry& entry)
{
    return field.visibleWhenField.isEmpty() ||
           field.visibleWhenValues.contains(entry.text(field.visibleWhenField));
}

QString topFieldOfPath(const QString& path, const QString& prefix)
{
    if (!path.startsWith(prefix + QLatin1Char('.'))) {
        return {};
    }
    QString rest = path.mid(prefix.size() + 1);
    const qsizetype end = rest.indexOf(QRegularExpression(QStringLiteral("[.\\[]")));
    return end < 0 ? rest : rest.left(end);
}

std::optional<ItemTotals> computeTotals(const ItemDefinition& item, const EntryList& entries)
{
    if (item.valueField.isEmpty()) {
        return std::nullopt;
    }
    ItemTotals totals;
    for (const Entry& entry : entries) {
        const auto value = entry.number(item.valueField);
        if (!value) {
            continue;
        }
        totals.total += *value;
        totals.byOwnership[item.ownershipField.isEmpty() ? QString() : entry.text(item.ownershipField)] +=
            *value;
        ++totals.counted;
    }
    return totals;
}

std::vector<OwnershipShare> ownershipShares(const ItemDefinition& item, const ItemTotals& totals)
{
    std::vector<OwnershipShare> shares;
    const FieldDefinition* ownership = item.findField(item.ownershipField);
    if (ownership) {
        for (const Choice& choice : ownership->choices) {
            const auto found = totals.byOwnership.find(choice.id);
            shares.push_back(
                {choice.id, choice.label.text(), found == totals.byOwnership.end() ? 0 : found->second});
        }
    }
    // Entries without an ownership (possible in a draft) are not silently folded into a regime.
    const auto unknown = totals.byOwnership.find(QString());
    if (unknown != totals.byOwnership.end()) {
        shares.push_back({QString(), FieldFormat::tr("Ownership not given"), unknown->second});
    }
    return shares;
}

} // namespace probitas
