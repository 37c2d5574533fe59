#pragma once

#include "Declaration.h"
#include "FormDefinition.h"
#include "Validator.h"

#include <QAbstractTableModel>
#include <vector>

namespace probitas {

// The entries of an item (or the lines of a list field) as a read-only table: one column per field given,
// values formatted as people read them (displayText). Rows with validation issues carry an icon and the
// messages as tool tip in their first column, so an art. 7-2 III mention is visible in the table.
class EntryTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    explicit EntryTableModel(std::vector<FieldDefinition> columns, QObject* parent = nullptr);

    void setEntries(const EntryList& entries, std::vector<QList<ValidationIssue>> issues = {});
    const EntryList& entries() const { return m_entries; }
    const FieldDefinition& columnField(int column) const { return m_columns.at(std::size_t(column)); }
    // The issues of one row, as given to setEntries.
    QList<ValidationIssue> rowIssues(int row) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    std::vector<FieldDefinition> m_columns;
    EntryList m_entries;
    std::vector<QList<ValidationIssue>> m_issues;
};

// Whether a field type reads as a number (right-aligned, sized to its contents).
bool isNumericField(FieldType type);

} // namespace probitas
