#pragma once

#include "Declaration.h"
#include "FormDefinition.h"
#include "Validator.h"

#include <QDialog>
#include <QSet>
#include <vector>

class QDialogButtonBox;
class QFormLayout;
class QLabel;
class QScrollArea;

namespace probitas {

class FieldEditor;

// One entry of an item (or one line of a list field), its fields laid out in the definition's order.
// Fields whose visibleWhen condition fails are hidden as the choice they depend on changes, and are absent
// from entry(). OK runs Validator::validateEntry: errors appear under their field in red and keep the dialog
// open; warnings (the art. 7-2 III guard, a date in the future) appear in amber and do not block, but the
// first OK that meets new ones shows them and waits for a second OK.
class EntryDialog : public QDialog
{
    Q_OBJECT

public:
    // `definition` must outlive the dialog; `item` is copied.
    EntryDialog(const FormDefinition& definition, const ItemDefinition& item, QWidget* parent = nullptr);

    // Fills the editors; warnings the entry already has are shown at once, so they count as seen.
    void setEntry(const Entry& entry);
    Entry entry() const;

    FieldEditor* editor(const QString& fieldId) const;
    // The message shown under a field ("" when none), and whether it is an error or a warning.
    QString message(const QString& fieldId) const;
    bool isFieldShown(const QString& fieldId) const;

public slots:
    void accept() override;

private:
    struct Row
    {
        FieldEditor* editor = nullptr;
        QLabel* message = nullptr;
        QWidget* container = nullptr;
    };

    void updateVisibility();
    // Validates what is typed; shows every issue; returns them.
    QList<ValidationIssue> check();
    void showIssues(const QList<ValidationIssue>& issues);
    void clearMessages();
    const Row* rowOf(const QString& fieldId) const;

    const FormDefinition& m_definition;
    ItemDefinition m_item;
    Validator m_validator;
    std::vector<Row> m_rows;
    QFormLayout* m_form;
    QScrollArea* m_scroll;
    QLabel* m_banner;
    QDialogButtonBox* m_buttons;
    QSet<QString> m_seenWarnings; // path + message of the warnings already shown
};

} // namespace probitas
