#include "ItemPage.h"

#include "EntryDialog.h"
#include "EntryTableModel.h"
#include "Quantities.h"

#include <QAction>
#include <QButtonGroup>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QRadioButton>
#include <QTableView>
#include <QToolButton>
#include <QUndoCommand>
#include <QUndoStack>
#include <QVBoxLayout>

namespace probitas {

namespace {

const QString hintStyle = QStringLiteral(
    "QLabel { color: #5c3d00; background: #fff4d6; border-left: 3px solid #d99a00; padding: 3px 6px; }");
const QString calmStyle = QStringLiteral("QLabel { color: palette(placeholder-text); padding: 3px 0px; }");
const QString helpStyle = QStringLiteral(
    "QLabel { background: palette(alternate-base); border: 1px solid palette(mid); padding: 6px 8px; }");

// French quotation marks hold their text with no-break spaces.
QString quoted(const QString& text)
{
    return QStringLiteral("«\u00A0") + text + QStringLiteral("\u00A0»");
}

std::vector<FieldDefinition> columnFields(const ItemDefinition& item)
{
    std::vector<FieldDefinition> columns;
    for (const QString& id : item.columns) {
        if (const FieldDefinition* field = item.findField(id)) {
            columns.push_back(*field);
        }
    }
    // A definition always names its columns; should one not, the first fields stand in.
    for (std::size_t index = 0; columns.empty() && index < item.fields.size() && index < 4; ++index) {
        columns.push_back(item.fields[index]);
    }
    return columns;
}

} // namespace

class ItemPage::StateCommand : public QUndoCommand
{
public:
    StateCommand(ItemPage* page, State before, State after, const QString& text)
        : QUndoCommand(text)
        , m_page(page)
        , m_before(std::move(before))
        , m_after(std::move(after))
    {}
    void undo() override { m_page->apply(m_before); }
    void redo() override { m_page->apply(m_after); }

private:
    ItemPage* m_page;
    State m_before;
    State m_after;
};

ItemPage::ItemPage(const FormDefinition& definition, const ItemDefinition& item, QWidget* parent)
    : QWidget(parent)
    , m_definition(definition)
    , m_item(item)
    , m_validator(definition)
    , m_heading(new QLabel(this))
    , m_law(new QLabel(this))
    , m_helpToggle(new QToolButton(this))
    , m_help(new QLabel(this))
    , m_neant(new QRadioButton(tr("Nothing to d&eclare"), this))
    , m_hasEntries(new QRadioButton(tr("&I have something to declare"), this))
    , m_modes(new QButtonGroup(this))
    , m_hint(new QLabel(this))
    , m_model(new EntryTableModel(columnFields(item), this))
    , m_view(new QTableView(this))
    , m_add(new QPushButton(tr("&Add…"), this))
    , m_edit(new QPushButton(tr("Chan&ge…"), this))
    , m_remove(new QPushButton(tr("&Remove"), this))
    , m_undoButton(new QToolButton(this))
    , m_redoButton(new QToolButton(this))
    , m_totals(new QLabel(this))
    , m_undo(new QUndoStack(this))
    , m_undoAction(new QAction(tr("Undo"), this))
    , m_redoAction(new QAction(tr("Redo"), this))
{
    setObjectName(QStringLiteral("itemPage.") + item.id);
    m_confirm = [this](const QString& question) {
        QMessageBox box(QMessageBox::Question, tr("Answer \"Nothing to declare\""), question,
                        QMessageBox::NoButton, this);
        QPushButton* clear = box.addButton(tr("Clear the entries"), QMessageBox::DestructiveRole);
        box.setDefaultButton(box.addButton(tr("Keep them"), QMessageBox::RejectRole));
        box.exec();
        return box.clickedButton() == clear;
    };

    const QString title = m_item.number + QLatin1Char(' ') + m_item.title.text();
    m_heading->setObjectName(QStringLiteral("heading"));
    m_heading->setText(title);
    m_heading->setWordWrap(true);
    m_heading->setAccessibleName(title);
    QFont headingFont = m_heading->font();
    headingFont.setBold(true);
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.4);
    m_heading->setFont(headingFont);

    m_law->setObjectName(QStringLiteral("law"));
    m_law->setWordWrap(true);
    m_law->setTextFormat(Qt::RichText);
    m_law->setText(QStringLiteral("<i>%1</i> <span style=\"color: #555555\">(%2)</span>")
                       .arg(quoted(m_item.law).toHtmlEscaped(), m_item.article.toHtmlEscaped()));
    m_law->setAccessibleName(tr("The law: %1 (%2)").arg(m_item.law, m_item.article));
    m_law->setVisible(!m_item.law.isEmpty());

    m_helpToggle->setObjectName(QStringLiteral("helpToggle"));
    m_helpToggle->setText(tr("Help"));
    m_helpToggle->setCheckable(true);
    m_helpToggle->setChecked(true);
    m_helpToggle->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_helpToggle->setArrowType(Qt::DownArrow);
    m_helpToggle->setAutoRaise(true);
    m_helpToggle->setAccessibleName(tr("Show the help"));
    m_help->setObjectName(QStringLiteral("help"));
    m_help->setText(m_item.help.text());
    m_help->setWordWrap(true);
    m_help->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_help->setStyleSheet(helpStyle);
    m_helpToggle->setVisible(!m_item.help.isEmpty());
    m_help->setVisible(!m_item.help.isEmpty());
    connect(m_helpToggle, &QToolButton::toggled, this, [this](bool shown) {
        m_help->setVisible(shown);
        m_helpToggle->setArrowType(shown ? Qt::DownArrow : Qt::RightArrow);
    });

    m_neant->setObjectName(QStringLiteral("neant"));
    m_hasEntries->setObjectName(QStringLiteral("hasEntries"));
    m_modes->addButton(m_neant);
    m_modes->addButton(m_hasEntries);
    // The radio buttons say what the person chose; programmatic changes go through apply().
    connect(m_neant, &QRadioButton::clicked, this, [this] { chooseMode(Mode::Neant); });
    connect(m_hasEntries, &QRadioButton::clicked, this, [this] { chooseMode(Mode::Entries); });
    m_hint->setObjectName(QStringLiteral("hint"));
    m_hint->setWordWrap(true);

    m_view->setObjectName(QStringLiteral("entries"));
    m_view->setAccessibleName(tr("Entries of %1").arg(title));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->setTextElideMode(Qt::ElideRight);
    m_view->setTabKeyNavigation(false);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setHighlightSections(false);
    for (int column = 0; column < m_model->columnCount(); ++column) {
        const FieldDefinition& field = m_model->columnField(column);
        // Text takes the room; numbers, dates and choices keep the width of what they show.
        const bool narrow = field.type != FieldType::Text && field.type != FieldType::Multiline;
        m_view->horizontalHeader()->setSectionResizeMode(column, narrow ? QHeaderView::ResizeToContents
                                                                        : QHeaderView::Stretch);
    }
    m_view->installEventFilter(this);
    connect(m_view, &QTableView::doubleClicked, this, &ItemPage::editCurrentWithDialog);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, &ItemPage::updateButtons);

    m_add->setObjectName(QStringLiteral("addEntry"));
    m_edit->setObjectName(QStringLiteral("editEntry"));
    m_remove->setObjectName(QStringLiteral("removeEntry"));
    m_add->setToolTip(tr("Add an entry (Insert)"));
    m_edit->setToolTip(tr("Change the selected entry (Enter or double-click)"));
    m_remove->setToolTip(tr("Remove the selected entry (Delete); Ctrl+Z brings it back"));
    connect(m_add, &QPushButton::clicked, this, &ItemPage::addWithDialog);
    connect(m_edit, &QPushButton::clicked, this, &ItemPage::editCurrentWithDialog);
    connect(m_remove, &QPushButton::clicked, this, &ItemPage::removeCurrent);

    m_undoAction->setObjectName(QStringLiteral("undo"));
    m_redoAction->setObjectName(QStringLiteral("redo"));
    m_undoAction->setShortcut(QKeySequence::Undo);
    m_redoAction->setShortcuts(
        {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z), QKeySequence(Qt::CTRL | Qt::Key_Y)});
    for (QAction* action : {m_undoAction, m_redoAction}) {
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        action->setEnabled(false);
        addAction(action);
    }
    connect(m_undoAction, &QAction::triggered, m_undo, &QUndoStack::undo);
    connect(m_redoAction, &QAction::triggered, m_undo, &QUndoStack::redo);
    connect(m_undo, &QUndoStack::canUndoChanged, m_undoAction, &QAction::setEnabled);
    connect(m_undo, &QUndoStack::canRedoChanged, m_redoAction, &QAction::setEnabled);
    connect(m_undo, &QUndoStack::undoTextChanged, this, [this](const QString& text) {
        m_undoAction->setToolTip(text.isEmpty() ? tr("Undo (Ctrl+Z)") : tr("Undo: %1 (Ctrl+Z)").arg(text));
    });
    connect(m_undo, &QUndoStack::redoTextChanged, this, [this](const QString& text) {
        m_redoAction->setToolTip(text.isEmpty() ? tr("Redo (Ctrl+Shift+Z)")
                                                : tr("Redo: %1 (Ctrl+Shift+Z)").arg(text));
    });
    m_undoButton->setDefaultAction(m_undoAction);
    m_redoButton->setDefaultAction(m_redoAction);
    m_undoButton->setObjectName(QStringLiteral("undoButton"));
    m_redoButton->setObjectName(QStringLiteral("redoButton"));

    m_totals->setObjectName(QStringLiteral("totals"));
    m_totals->setTextFormat(Qt::RichText);
    m_totals->setWordWrap(true);
    m_totals->setVisible(!m_item.valueField.isEmpty());

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_heading);
    layout->addWidget(m_law);
    auto* helpRow = new QHBoxLayout;
    helpRow->addWidget(m_helpToggle);
    helpRow->addStretch(1);
    layout->addLayout(helpRow);
    layout->addWidget(m_help);
    layout->addSpacing(6);
    auto* modeRow = new QHBoxLayout;
    modeRow->addWidget(m_neant);
    modeRow->addSpacing(24);
    modeRow->addWidget(m_hasEntries);
    modeRow->addStretch(1);
    layout->addLayout(modeRow);
    layout->addWidget(m_hint);
    layout->addWidget(m_view, 1);
    auto* buttonRow = new QHBoxLayout;
    buttonRow->addWidget(m_add);
    buttonRow->addWidget(m_edit);
    buttonRow->addWidget(m_remove);
    buttonRow->addStretch(1);
    buttonRow->addWidget(m_undoButton);
    buttonRow->addWidget(m_redoButton);
    layout->addLayout(buttonRow);
    layout->addWidget(m_totals);

    apply(State{});
}

void ItemPage::setAnswer(const ItemAnswer* answer)
{
    State state;
    if (answer) {
        state.mode = answer->neant ? Mode::Neant : Mode::Entries;
        state.entries = answer->neant ? EntryList() : answer->entries;
    }
    m_undo->clear();
    apply(state);
}

std::optional<ItemAnswer> ItemPage::answer() const
{
    switch (m_state.mode) {
    case Mode::Neant:
        return ItemAnswer{true, {}};
    case Mode::Entries:
        if (m_state.entries.empty()) {
            return std::nullopt;
        }
        return ItemAnswer{false, m_state.entries};
    case Mode::Unanswered:
        break;
    }
    return std::nullopt;
}

std::optional<ItemTotals> ItemPage::totals() const
{
    return computeTotals(m_item, m_state.entries);
}

void ItemPage::setConfirmation(std::function<bool(const QString&)> confirm)
{
    m_confirm = std::move(confirm);
}

void ItemPage::setMode(Mode mode)
{
    if (mode == m_state.mode) {
        return;
    }
    if (mode != Mode::Entries && !m_state.entries.empty()) {
        const QString question = tr(
            "Answering \"Nothing to declare\" clears the %n entry(ies) of this item. You can bring them back "
            "with Undo (Ctrl+Z).",
            nullptr, int(m_state.entries.size()));
        if (!m_confirm(question)) {
            return;
        }
    }
    State next{mode, mode == Mode::Entries ? m_state.entries : EntryList()};
    const QString text = mode == Mode::Neant     ? tr("Answer \"Nothing to declare\"")
                         : mode == Mode::Entries ? tr("Declare entries")
                                                 : tr("Clear the answer");
    push(next, text);
}

void ItemPage::addEntry(const Entry& entry)
{
    State next{Mode::Entries, m_state.entries};
    next.entries.push_back(entry);
    push(next, tr("Add an entry"));
    m_view->selectRow(int(m_state.entries.size()) - 1);
}

void ItemPage::replaceEntry(int row, const Entry& entry)
{
    if (row < 0 || std::size_t(row) >= m_state.entries.size() || m_state.entries[std::size_t(row)] == entry) {
        return;
    }
    State next = m_state;
    next.entries[std::size_t(row)] = entry;
    push(next, tr("Change an entry"));
    m_view->selectRow(row);
}

void ItemPage::removeEntry(int row)
{
    if (row < 0 || std::size_t(row) >= m_state.entries.size()) {
        return;
    }
    State next = m_state;
    next.entries.erase(next.entries.begin() + row);
    push(next, tr("Remove an entry"));
    if (!next.entries.empty()) {
        m_view->selectRow(std::min(row, int(next.entries.size()) - 1));
    }
}

void ItemPage::push(const State& next, const QString& text)
{
    if (next == m_state) {
        return;
    }
    m_undo->push(new StateCommand(this, m_state, next, text));
}

void ItemPage::apply(const State& state)
{
    const int previousRow = currentRow();
    m_state = state;

    std::vector<QList<ValidationIssue>> issues;
    for (std::size_t index = 0; index < m_state.entries.size(); ++index) {
        issues.push_back(m_validator.validateEntry(m_item, m_state.entries[index],
                                                   QStringLiteral("items.%1[%2]").arg(m_item.id).arg(index)));
    }
    m_model->setEntries(m_state.entries, std::move(issues));
    if (!m_state.entries.empty()) {
        m_view->selectRow(std::clamp(previousRow, 0, int(m_state.entries.size()) - 1));
    }

    // An exclusive group cannot show "nothing chosen" once something was: lift it while clearing.
    m_modes->setExclusive(false);
    m_neant->setChecked(m_state.mode == Mode::Neant);
    m_hasEntries->setChecked(m_state.mode == Mode::Entries);
    m_modes->setExclusive(true);

    switch (m_state.mode) {
    case Mode::Unanswered:
        m_hint->setText(tr("Not answered yet. The declaration must be exhaustive: declare what you have, or "
                           "answer \"Nothing to declare\"."));
        m_hint->setStyleSheet(hintStyle);
        break;
    case Mode::Neant:
        m_hint->setText(tr("You declare that you have nothing to declare under this item."));
        m_hint->setStyleSheet(calmStyle);
        break;
    case Mode::Entries:
        if (m_state.entries.empty()) {
            m_hint->setText(tr("Add at least one entry, or answer \"Nothing to declare\"."));
            m_hint->setStyleSheet(hintStyle);
        } else {
            QString text = tr("%n entry(ies) declared.", nullptr, int(m_state.entries.size()));
            int flagged = 0;
            for (int row = 0; row < m_model->rowCount(); ++row) {
                flagged += m_model->rowIssues(row).isEmpty() ? 0 : 1;
            }
            if (flagged > 0) {
                text += QLatin1Char(' ') +
                        tr("%n of them marked with an icon need checking: point at it to read why.", nullptr,
                           flagged);
            }
            m_hint->setText(text);
            m_hint->setStyleSheet(flagged > 0 ? hintStyle : calmStyle);
        }
        break;
    }
    m_view->setEnabled(m_state.mode != Mode::Neant);
    updateButtons();
    updateTotals();
    emit changed();
}

void ItemPage::chooseMode(Mode mode)
{
    setMode(mode);
    // Refused (the person kept their entries): the radio buttons go back to what holds.
    m_modes->setExclusive(false);
    m_neant->setChecked(m_state.mode == Mode::Neant);
    m_hasEntries->setChecked(m_state.mode == Mode::Entries);
    m_modes->setExclusive(true);
}

void ItemPage::updateButtons()
{
    const bool selected = currentRow() >= 0;
    // Adding from an unanswered item answers it: no need to tick the radio button first.
    m_add->setEnabled(m_state.mode != Mode::Neant);
    m_edit->setEnabled(selected && m_state.mode == Mode::Entries);
    m_remove->setEnabled(selected && m_state.mode == Mode::Entries);
}

void ItemPage::updateTotals()
{
    const auto totals = computeTotals(m_item, m_state.entries);
    if (!totals) {
        return;
    }
    QStringList shares;
    for (const OwnershipShare& share : ownershipShares(m_item, *totals)) {
        shares << tr("%1: %2").arg(share.label.toHtmlEscaped(), formatEuros(share.cents));
    }
    const QString total =
        m_item.liability
            ? tr("<b>Total liabilities: %1</b> (deducted from the assets)").arg(formatEuros(totals->total))
            : tr("<b>Total of this item: %1</b>").arg(formatEuros(totals->total));
    m_totals->setText(shares.isEmpty() ? total
                                       : total + QStringLiteral(" — ") + shares.join(QStringLiteral(" · ")));
}

int ItemPage::currentRow() const
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    return rows.isEmpty() ? -1 : rows.first().row();
}

void ItemPage::addWithDialog()
{
    if (m_state.mode == Mode::Neant) {
        return;
    }
    EntryDialog dialog(m_definition, m_item, this);
    if (dialog.exec() == QDialog::Accepted) {
        addEntry(dialog.entry());
    }
}

void ItemPage::editCurrentWithDialog()
{
    const int row = currentRow();
    if (row < 0 || m_state.mode != Mode::Entries) {
        return;
    }
    EntryDialog dialog(m_definition, m_item, this);
    dialog.setEntry(m_state.entries[std::size_t(row)]);
    if (dialog.exec() == QDialog::Accepted) {
        replaceEntry(row, dialog.entry());
    }
}

void ItemPage::removeCurrent()
{
    // No question: Undo brings the entry back, which is kinder than asking each time.
    removeEntry(currentRow());
}

bool ItemPage::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_view && event->type() == QEvent::KeyPress) {
        const auto* key = static_cast<QKeyEvent*>(event);
        if (key->modifiers() == Qt::NoModifier || key->modifiers() == Qt::KeypadModifier) {
            switch (key->key()) {
            case Qt::Key_Insert:
                addWithDialog();
                return true;
            case Qt::Key_Delete:
                removeCurrent();
                return true;
            case Qt::Key_Return:
            case Qt::Key_Enter:
                editCurrentWithDialog();
                return true;
            default:
                break;
            }
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace probitas
