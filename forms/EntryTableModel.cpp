#include "EntryTableModel.h"

#include "FieldFormat.h"

#include <QApplication>
#include <QStyle>

namespace probitas {

bool isNumericField(FieldType type)
{
    switch (type) {
    case FieldType::Amount:
    case FieldType::Percent:
    case FieldType::Surface:
    case FieldType::Integer:
    case FieldType::Year:
        return true;
    default:
        return false;
    }
}

EntryTableModel::EntryTableModel(std::vector<FieldDefinition> columns, QObject* parent)
    : QAbstractTableModel(parent)
    , m_columns(std::move(columns))
{}

void EntryTableModel::setEntries(const EntryList& entries, std::vector<QList<ValidationIssue>> issues)
{
    beginResetModel();
    m_entries = entries;
    m_issues = std::move(issues);
    m_issues.resize(m_entries.size());
    endResetModel();
}

QList<ValidationIssue> EntryTableModel::rowIssues(int row) const
{
    return row >= 0 && std::size_t(row) < m_issues.size() ? m_issues[std::size_t(row)]
                                                          : QList<ValidationIssue>();
}

int EntryTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int EntryTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_columns.size());
}

QVariant EntryTableModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || std::size_t(index.row()) >= m_entries.size()) {
        return {};
    }
    const Entry& entry = m_entries[std::size_t(index.row())];
    const FieldDefinition& field = m_columns[std::size_t(index.column())];
    const QList<ValidationIssue>& issues = m_issues[std::size_t(index.row())];
    const auto found = entry.values.find(field.id);
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        return found == entry.values.end() ? QString() : displayText(field, found->second, true);
    case Qt::TextAlignmentRole:
        return QVariant::fromValue(Qt::Alignment(isNumericField(field.type)
                                                     ? Qt::AlignRight | Qt::AlignVCenter
                                                     : Qt::AlignLeft | Qt::AlignVCenter));
    case Qt::DecorationRole:
        if (index.column() == 0 && !issues.isEmpty()) {
            const bool error = std::any_of(issues.begin(), issues.end(), [](const ValidationIssue& issue) {
                return issue.severity == Severity::Error;
            });
            return QApplication::style()->standardIcon(error ? QStyle::SP_MessageBoxCritical
                                                             : QStyle::SP_MessageBoxWarning);
        }
        return {};
    case Qt::ToolTipRole: {
        QStringList lines;
        for (const ValidationIssue& issue : issues) {
            lines << issue.message;
        }
        if (!lines.isEmpty()) {
            return lines.join(QLatin1Char('\n'));
        }
        // Long text is elided in its cell: the tool tip shows it whole.
        return found == entry.values.end() ? QVariant() : QVariant(displayText(field, found->second, false));
    }
    default:
        return {};
    }
}

QVariant EntryTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || std::size_t(section) >= m_columns.size()) {
        return {};
    }
    if (role == Qt::DisplayRole) {
        return m_columns[std::size_t(section)].label.text();
    }
    if (role == Qt::TextAlignmentRole) {
        return QVariant::fromValue(Qt::Alignment(isNumericField(m_columns[std::size_t(section)].type)
                                                     ? Qt::AlignRight | Qt::AlignVCenter
                                                     : Qt::AlignLeft | Qt::AlignVCenter));
    }
    return {};
}

} // namespace probitas
