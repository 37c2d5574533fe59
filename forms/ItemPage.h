#pragma once

#include "Declaration.h"
#include "FieldFormat.h"
#include "FormDefinition.h"
#include "Validator.h"

#include <QWidget>
#include <functional>
#include <optional>

class QAction;
class QButtonGroup;
class QLabel;
class QPushButton;
class QRadioButton;
class QTableView;
class QToolButton;
class QUndoStack;

namespace probitas {

class EntryTableModel;

// The page of one item of a declaration, generated from its ItemDefinition: its number and title, the words
// of the law, the help, the answer ("Néant" or entries), the entries' table with add / change / remove, and
// for DSP items the total split by ownership. Every change is undoable (Ctrl+Z, Ctrl+Shift+Z).
class ItemPage : public QWidget
{
    Q_OBJECT

public:
    enum class Mode { Unanswered, Neant, Entries };

    // `definition` must outlive the page; `item` is copied.
    ItemPage(const FormDefinition& definition, const ItemDefinition& item, QWidget* parent = nullptr);

    const ItemDefinition& item() const { return m_item; }

    // nullptr: not answered yet. Loading is not an edit: the undo history starts again.
    void setAnswer(const ItemAnswer* answer);
    // nullopt while unanswered, or while "I have something to declare" is chosen with no entry yet.
    std::optional<ItemAnswer> answer() const;

    Mode mode() const { return m_state.mode; }
    const EntryList& entries() const { return m_state.entries; }
    std::optional<ItemTotals> totals() const;
    QUndoStack* undoStack() const { return m_undo; }

    // The edits the buttons make once their dialog is accepted; each is one undo step.
    void setMode(Mode mode);
    void addEntry(const Entry& entry);
    void replaceEntry(int row, const Entry& entry);
    void removeEntry(int row);

    // How the page asks before discarding entries (default: a question box). Tests answer in advance.
    void setConfirmation(std::function<bool(const QString& question)> confirm);

signals:
    void changed();

public slots:
    void addWithDialog();
    void editCurrentWithDialog();
    void removeCurrent();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    struct State
    {
        Mode mode = Mode::Unanswered;
        EntryList entries;
        bool operator==(const State&) const = default;
    };
    class StateCommand;

    void push(const State& next, const QString& text);
    void apply(const State& state);
    void chooseMode(Mode mode); // from the radio buttons: may ask, may be refused
    void updateButtons();
    void updateTotals();
    int currentRow() const;

    const FormDefinition& m_definition;
    ItemDefinition m_item;
    Validator m_validator;
    State m_state;
    std::function<bool(const QString&)> m_confirm;

    QLabel* m_heading;
    QLabel* m_law;
    QToolButton* m_helpToggle;
    QLabel* m_help;
    QRadioButton* m_neant;
    QRadioButton* m_hasEntries;
    QButtonGroup* m_modes;
    QLabel* m_hint;
    EntryTableModel* m_model;
    QTableView* m_view;
    QPushButton* m_add;
    QPushButton* m_edit;
    QPushButton* m_remove;
    QToolButton* m_undoButton;
    QToolButton* m_redoButton;
    QLabel* m_totals;
    QUndoStack* m_undo;
    QAction* m_undoAction;
    QAction* m_redoAction;
};

} // namespace probitas
