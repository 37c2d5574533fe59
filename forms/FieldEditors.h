#pragma once

#include "Declaration.h"
#include "FormDefinition.h"

#include <QWidget>
#include <optional>

class QLineEdit;
class QPushButton;
class QTableView;

namespace probitas {

class EntryTableModel;

// The editor of one field of an entry, made from its FieldDefinition by createFieldEditor(). It reads and
// writes a FieldValue, absent when the field is empty. The control the person types into (input()) is named
// after the field id and carries the field's label as accessible name and its help as tool tip and "What's
// this": tests and screen readers find it the same way.
class FieldEditor : public QWidget
{
    Q_OBJECT

public:
    const FieldDefinition& field() const { return m_field; }
    QWidget* input() const { return m_input; }

    virtual std::optional<FieldValue> value() const = 0;
    virtual void setValue(const std::optional<FieldValue>& value) = 0;
    // What is typed but cannot be read as the field's type ("31/02/2024", "12,5,3 €"), for people;
    // empty when the input is fine. value() is then absent.
    virtual QString inputError() const { return {}; }

signals:
    void edited();

protected:
    FieldEditor(const FieldDefinition& field, QWidget* parent);
    // Puts the control in place and gives it the field's name, label and help.
    void setInput(QWidget* input, bool stretch = true);

private:
    FieldDefinition m_field;
    QWidget* m_input = nullptr;
};

// One editor per field type: line edits for text and the fixed-point quantities, a masked line edit for
// dates and months, a combo box for choices, a check box for booleans, a small table for lists. `definition`
// must outlive the editor (lists validate their lines with it).
FieldEditor* createFieldEditor(const FieldDefinition& field, const FormDefinition& definition,
                               QWidget* parent = nullptr);

// A list field (yearly remunerations, the buildings of an SCI): a small table whose lines are added,
// changed and removed through a nested EntryDialog.
class ListFieldEditor : public FieldEditor
{
    Q_OBJECT

public:
    ListFieldEditor(const FieldDefinition& field, const FormDefinition& definition,
                    QWidget* parent = nullptr);

    std::optional<FieldValue> value() const override;
    void setValue(const std::optional<FieldValue>& value) override;
    // The list's lines as an item of their own, which is what the nested dialog edits.
    const ItemDefinition& lineDefinition() const { return m_lines; }

public slots:
    void addLine();
    void editLine();
    void removeLine();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void updateButtons();

    const FormDefinition& m_definition;
    ItemDefinition m_lines;
    EntryTableModel* m_model;
    QTableView* m_view;
    QPushButton* m_add;
    QPushButton* m_edit;
    QPushButton* m_remove;
};

} // namespace probitas
