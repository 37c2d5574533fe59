#include "FieldEditors.h"

#include "EntryDialog.h"
#include "EntryTableModel.h"
#include "FieldFormat.h"
#include "Quantities.h"

#include <QCheckBox>
#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QRegularExpressionValidator>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace probitas {

namespace {

// The widest text a short field holds, to size it: a date field as wide as the whole text bar looks like
// it wants a sentence.
int widthFor(const QWidget* widget, const QString& sample)
{
    return widget->fontMetrics().horizontalAdvance(sample) + 2 * widget->fontMetrics().averageCharWidth() +
           16;
}

// Line edits: text and every type typed as one line (dates, months, years, integers, amounts, percentages,
// surfaces). Each type parses what is typed and, for quantities, rewrites it in French form once the person
// leaves the field.
// The editors below have no Q_OBJECT of their own: their strings are FieldEditor's, named so for lupdate.
class LineFieldEditor : public FieldEditor
{
public:
    LineFieldEditor(const FieldDefinition& field, QWidget* parent)
        : FieldEditor(field, parent)
        , m_edit(new QLineEdit(this))
    {
        const FieldType type = field.type;
        switch (type) {
        case FieldType::Text:
            m_edit->setMaxLength(field.maxLength > 0 ? field.maxLength : 200);
            if (field.maxLength > 0 && field.maxLength <= 40) {
                m_edit->setMaximumWidth(widthFor(m_edit, QString(field.maxLength + 1, QLatin1Char('0'))));
            }
            break;
        case FieldType::Date:
            // Blanks are allowed everywhere in the mask, so an empty date stays representable.
            m_edit->setInputMask(QStringLiteral("99/99/9999;_"));
            m_edit->setMaximumWidth(widthFor(m_edit, QStringLiteral("00/00/00000")));
            break;
        case FieldType::Month:
            m_edit->setInputMask(QStringLiteral("99/9999;_"));
            m_edit->setMaximumWidth(widthFor(m_edit, QStringLiteral("00/00000")));
            break;
        case FieldType::Year:
            m_edit->setValidator(
                new QRegularExpressionValidator(QRegularExpression(QStringLiteral("\\d{0,4}")), m_edit));
            m_edit->setPlaceholderText(FieldEditor::tr("yyyy"));
            m_edit->setMaximumWidth(widthFor(m_edit, QStringLiteral("00000")));
            break;
        case FieldType::Integer: {
            const bool negative = !field.minimum || *field.minimum < 0;
            m_edit->setValidator(new QRegularExpressionValidator(
                QRegularExpression(negative ? QStringLiteral("[-−]?[\\d\\s\\x{00A0}\\x{202F}]{0,20}")
                                            : QStringLiteral("[\\d\\s\\x{00A0}\\x{202F}]{0,20}")),
                m_edit));
            m_edit->setMaximumWidth(widthFor(m_edit, QStringLiteral("000 000 000")));
            break;
        }
        case FieldType::Amount:
            // Permissive on purpose: what is typed is read by parseEuros, which names what is wrong.
            m_edit->setValidator(new QRegularExpressionValidator(
                QRegularExpression(QStringLiteral("[-−\\d\\s\\x{00A0}\\x{202F}.,€eurEUR]{0,30}")), m_edit));
            m_edit->setPlaceholderText(FieldEditor::tr("in euros"));
            m_edit->setMaximumWidth(widthFor(m_edit, QStringLiteral("000 000 000,00 €")));
            break;
        case FieldType::Percent:
            m_edit->setValidator(new QRegularExpressionValidator(
                QRegularExpression(QStringLiteral("[\\d\\s.,%\\x{00A0}\\x{202F}]{0,12}")), m_edit));
            m_edit->setPlaceholderText(QStringLiteral("%"));
            m_edit->setMaximumWidth(widthFor(m_edit, QStringLiteral("100,00 %")));
            break;
        case FieldType::Surface:
            m_edit->setValidator(new QRegularExpressionValidator(
                QRegularExpression(QStringLiteral("[\\d\\s.,m²2\\x{00A0}\\x{202F}]{0,20}")), m_edit));
            m_edit->setPlaceholderText(QStringLiteral("m²"));
            m_edit->setMaximumWidth(widthFor(m_edit, QStringLiteral("000 000,00 m²")));
            break;
        default:
            break;
        }
        if (isNumericField(type)) {
            m_edit->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
        }
        setInput(m_edit, type == FieldType::Text && m_edit->maximumWidth() == QWIDGETSIZE_MAX);
        m_edit->installEventFilter(this);
        connect(m_edit, &QLineEdit::textEdited, this, &FieldEditor::edited);
        connect(m_edit, &QLineEdit::editingFinished, this, [this] { reformat(); });
    }

    std::optional<FieldValue> value() const override
    {
        const QString text = m_edit->text().trimmed();
        switch (field().type) {
        case FieldType::Text:
            if (text.isEmpty()) {
                return std::nullopt;
            }
            // A pasted line break has no place in a one-line field.
            return FieldValue(QString(text).replace(QLatin1Char('\n'), QLatin1Char(' ')));
        case FieldType::Date:
            if (const auto date = parseDate()) {
                return FieldValue(*date);
            }
            return std::nullopt;
        case FieldType::Month:
            if (const auto month = parseMonth()) {
                return FieldValue(*month);
            }
            return std::nullopt;
        default:
            if (const auto number = parseNumber()) {
                return FieldValue(*number);
            }
            return std::nullopt;
        }
    }

    void setValue(const std::optional<FieldValue>& value) override
    {
        m_edit->setText(value ? displayText(field(), *value, false) : QString());
        if (field().type == FieldType::Integer && value) {
            // Digit grouping is for reading; a plain number is easier to change.
            if (const auto* number = std::get_if<qint64>(&*value)) {
                m_edit->setText(QString::number(*number));
            }
        }
    }

    QString inputError() const override
    {
        const FieldType type = field().type;
        if (isBlank() || type == FieldType::Text) {
            return {};
        }
        switch (type) {
        case FieldType::Date:
            return parseDate() ? QString()
                               : FieldEditor::tr("not a date: type it as dd/mm/yyyy, e.g. 15/01/2026");
        case FieldType::Month:
            return parseMonth() ? QString()
                                : FieldEditor::tr("not a month: type it as mm/yyyy, e.g. 09/2016");
        case FieldType::Year:
            return parseNumber() ? QString() : FieldEditor::tr("not a year: type four digits, e.g. 2024");
        case FieldType::Integer:
            return parseNumber() ? QString() : FieldEditor::tr("not a whole number");
        case FieldType::Amount:
            return parseNumber() ? QString()
                                 : FieldEditor::tr(
                                       "not an amount in euros: type e.g. 12 750 or 12 750,50 (two decimals "
                                       "at most)");
        case FieldType::Percent:
            return parseNumber() ? QString()
                                 : FieldEditor::tr(
                                       "not a percentage between 0 and 100: type e.g. 25,5 (two decimals at "
                                       "most)");
        case FieldType::Surface:
            return parseNumber() ? QString() : FieldEditor::tr("not a surface in m²: type e.g. 85,5");
        default:
            return {};
        }
    }

protected:
    bool eventFilter(QObject* watched, QEvent* event) override
    {
        // Clicking into an empty masked field would leave the cursor where the click fell, in the middle of
        // the blanks: start at the beginning instead.
        if (watched == m_edit && event->type() == QEvent::FocusIn && !m_edit->inputMask().isEmpty() &&
            isBlank()) {
            QTimer::singleShot(0, m_edit, [edit = m_edit] { edit->setCursorPosition(0); });
        }
        return FieldEditor::eventFilter(watched, event);
    }

private:
    bool isBlank() const
    {
        QString text = m_edit->text();
        if (!m_edit->inputMask().isEmpty()) {
            text.remove(QLatin1Char('/'));
        }
        return text.trimmed().isEmpty();
    }

    std::optional<QDate> parseDate() const
    {
        static const QRegularExpression shape(
            QStringLiteral("^\\s*(\\d{1,2})\\s*/\\s*(\\d{1,2})\\s*/(\\d{4})$"));
        const auto match = shape.match(m_edit->text());
        if (!match.hasMatch()) {
            return std::nullopt;
        }
        const QDate date(match.captured(3).toInt(), match.captured(2).toInt(), match.captured(1).toInt());
        return date.isValid() ? std::optional<QDate>(date) : std::nullopt;
    }

    std::optional<YearMonth> parseMonth() const
    {
        static const QRegularExpression shape(QStringLiteral("^\\s*(\\d{1,2})\\s*/(\\d{4})$"));
        const auto match = shape.match(m_edit->text());
        const int month = match.captured(1).toInt();
        if (!match.hasMatch() || month < 1 || month > 12) {
            return std::nullopt;
        }
        return YearMonth{match.captured(2).toInt(), month};
    }

    std::optional<qint64> parseNumber() const
    {
        const QString text = m_edit->text().trimmed();
        if (text.isEmpty()) {
            return std::nullopt;
        }
        switch (field().type) {
        case FieldType::Amount:
            return parseEuros(text);
        case FieldType::Percent:
            return parsePercent(text);
        case FieldType::Surface:
            return parseSurface(text);
        case FieldType::Year: {
            bool ok = false;
            const int year = text.toInt(&ok);
            // The range the codec accepts.
            return ok && text.size() == 4 && year >= 1900 && year <= 2200 ? std::optional<qint64>(year)
                                                                          : std::nullopt;
        }
        case FieldType::Integer: {
            // Through the fixed-point parser so that "1 200" reads as people mean it; no decimals.
            const auto hundredths = parseFixed2(text);
            if (!hundredths || *hundredths % 100 != 0 || text.contains(QLatin1Char(',')) ||
                text.contains(QLatin1Char('.'))) {
                return std::nullopt;
            }
            return *hundredths / 100;
        }
        default:
            return std::nullopt;
        }
    }

    // Once the person leaves a quantity, show it as it will read everywhere else ("12 750 €").
    void reformat()
    {
        const FieldType type = field().type;
        if (type != FieldType::Amount && type != FieldType::Percent && type != FieldType::Surface &&
            type != FieldType::Date && type != FieldType::Month) {
            return;
        }
        if (const auto current = value()) {
            const QString formatted = displayText(field(), *current, false);
            if (formatted != m_edit->text()) {
                m_edit->setText(formatted);
            }
        }
    }

    QLineEdit* m_edit;
};

class MultilineFieldEditor : public FieldEditor
{
public:
    MultilineFieldEditor(const FieldDefinition& field, QWidget* parent)
        : FieldEditor(field, parent)
        , m_edit(new QPlainTextEdit(this))
    {
        // Tab moves to the next field, as everywhere else in the form; a tab character has no place here.
        m_edit->setTabChangesFocus(true);
        const QFontMetrics metrics(m_edit->font());
        m_edit->setFixedHeight(metrics.lineSpacing() * 3 + 2 * m_edit->frameWidth() + 12);
        setInput(m_edit);
        connect(m_edit, &QPlainTextEdit::textChanged, this, &FieldEditor::edited);
    }

    std::optional<FieldValue> value() const override
    {
        const QString text = m_edit->toPlainText().trimmed();
        if (text.isEmpty()) {
            return std::nullopt;
        }
        return FieldValue(text);
    }

    void setValue(const std::optional<FieldValue>& value) override
    {
        const auto* text = value ? std::get_if<QString>(&*value) : nullptr;
        m_edit->setPlainText(text ? *text : QString());
    }

    QString inputError() const override
    {
        const int limit = field().maxLength > 0 ? field().maxLength : 4000;
        const qsizetype length = m_edit->toPlainText().trimmed().size();
        return length > limit ? FieldEditor::tr("too long: %1 characters, %2 at most").arg(length).arg(limit)
                              : QString();
    }

private:
    QPlainTextEdit* m_edit;
};

class ChoiceFieldEditor : public FieldEditor
{
public:
    ChoiceFieldEditor(const FieldDefinition& field, QWidget* parent)
        : FieldEditor(field, parent)
        , m_combo(new QComboBox(this))
    {
        if (!field.required) {
            m_combo->addItem(QStringLiteral("—"), QString());
        }
        for (const Choice& choice : field.choices) {
            m_combo->addItem(choice.label.text(), choice.id);
        }
        // A required choice starts unchosen: a default would be declared without anyone choosing it.
        m_combo->setPlaceholderText(FieldEditor::tr("Choose…"));
        m_combo->setCurrentIndex(field.required ? -1 : 0);
        m_combo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
        setInput(m_combo, false);
        connect(m_combo, &QComboBox::currentIndexChanged, this, &FieldEditor::edited);
    }

    std::optional<FieldValue> value() const override
    {
        const QString id = m_combo->currentData().toString();
        if (id.isEmpty()) {
            return std::nullopt;
        }
        return FieldValue(id);
    }

    void setValue(const std::optional<FieldValue>& value) override
    {
        const auto* id = value ? std::get_if<QString>(&*value) : nullptr;
        const int index = id ? m_combo->findData(*id) : -1;
        m_combo->setCurrentIndex(index >= 0 ? index : (field().required ? -1 : 0));
    }

private:
    QComboBox* m_combo;
};

class BooleanFieldEditor : public FieldEditor
{
public:
    BooleanFieldEditor(const FieldDefinition& field, QWidget* parent)
        : FieldEditor(field, parent)
        , m_box(new QCheckBox(field.label.text(), this))
    {
        setInput(m_box);
        connect(m_box, &QCheckBox::toggled, this, &FieldEditor::edited);
    }

    // Unticked is absent: documents carry only what was declared.
    std::optional<FieldValue> value() const override
    {
        return m_box->isChecked() ? std::optional<FieldValue>(FieldValue(true)) : std::nullopt;
    }

    void setValue(const std::optional<FieldValue>& value) override
    {
        const auto* flag = value ? std::get_if<bool>(&*value) : nullptr;
        m_box->setChecked(flag && *flag);
    }

private:
    QCheckBox* m_box;
};

} // namespace

FieldEditor::FieldEditor(const FieldDefinition& field, QWidget* parent)
    : QWidget(parent)
    , m_field(field)
{
    setObjectName(field.id + QStringLiteral(".editor"));
}

void FieldEditor::setInput(QWidget* input, bool stretch)
{
    m_input = input;
    input->setObjectName(m_field.id);
    input->setAccessibleName(m_field.label.text());
    const QString help = m_field.help.text();
    if (!help.isEmpty()) {
        input->setToolTip(help);
        input->setWhatsThis(help);
        input->setAccessibleDescription(help);
    }
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(input, stretch ? 1 : 0);
    if (!stretch) {
        layout->addStretch(1);
    }
    setFocusProxy(input);
}

FieldEditor* createFieldEditor(const FieldDefinition& field, const FormDefinition& definition,
                               QWidget* parent)
{
    switch (field.type) {
    case FieldType::Multiline:
        return new MultilineFieldEditor(field, parent);
    case FieldType::Choice:
        return new ChoiceFieldEditor(field, parent);
    case FieldType::Boolean:
        return new BooleanFieldEditor(field, parent);
    case FieldType::List:
        return new ListFieldEditor(field, definition, parent);
    default:
        return new LineFieldEditor(field, parent);
    }
}

ListFieldEditor::ListFieldEditor(const FieldDefinition& field, const FormDefinition& definition,
                                 QWidget* parent)
    : FieldEditor(field, parent)
    , m_definition(definition)
    , m_model(new EntryTableModel(field.fields, this))
    , m_view(new QTableView(this))
    , m_add(new QPushButton(tr("Add a line…"), this))
    , m_edit(new QPushButton(tr("Change…"), this))
    , m_remove(new QPushButton(tr("Remove"), this))
{
    m_lines.id = field.id;
    m_lines.title = field.label;
    m_lines.help = field.help;
    m_lines.fields = field.fields;
    for (const FieldDefinition& subField : field.fields) {
        m_lines.columns << subField.id;
    }

    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_view->setTabKeyNavigation(false);
    m_view->setMinimumWidth(360);
    // Room for the header and four lines: a list here is a handful of years, not a register.
    m_view->setFixedHeight(m_view->horizontalHeader()->sizeHint().height() +
                           4 * m_view->verticalHeader()->defaultSectionSize() + 2 * m_view->frameWidth());
    m_view->installEventFilter(this);

    m_add->setObjectName(field.id + QStringLiteral(".add"));
    m_edit->setObjectName(field.id + QStringLiteral(".edit"));
    m_remove->setObjectName(field.id + QStringLiteral(".remove"));
    m_add->setAccessibleName(tr("Add a line to \"%1\"").arg(field.label.text()));
    m_edit->setAccessibleName(tr("Change the selected line of \"%1\"").arg(field.label.text()));
    m_remove->setAccessibleName(tr("Remove the selected line of \"%1\"").arg(field.label.text()));
    for (QPushButton* button : {m_add, m_edit, m_remove}) {
        button->setAutoDefault(false); // Enter in the dialog saves the entry; it does not add a line
    }

    setInput(m_view, false);
    auto* buttons = new QVBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_edit);
    buttons->addWidget(m_remove);
    buttons->addStretch(1);
    static_cast<QHBoxLayout*>(layout())->insertLayout(1, buttons);

    connect(m_add, &QPushButton::clicked, this, &ListFieldEditor::addLine);
    connect(m_edit, &QPushButton::clicked, this, &ListFieldEditor::editLine);
    connect(m_remove, &QPushButton::clicked, this, &ListFieldEditor::removeLine);
    connect(m_view, &QTableView::doubleClicked, this, &ListFieldEditor::editLine);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &ListFieldEditor::updateButtons);
    connect(m_model, &QAbstractItemModel::modelReset, this, &ListFieldEditor::updateButtons);
    updateButtons();
}

std::optional<FieldValue> ListFieldEditor::value() const
{
    if (m_model->entries().empty()) {
        return std::nullopt;
    }
    return FieldValue(m_model->entries());
}

void ListFieldEditor::setValue(const std::optional<FieldValue>& value)
{
    const auto* list = value ? std::get_if<EntryList>(&*value) : nullptr;
    m_model->setEntries(list ? *list : EntryList());
}

void ListFieldEditor::addLine()
{
    EntryDialog dialog(m_definition, m_lines, this);
    if (dialog.exec() != QDialog::Accepted) {
        return;
    }
    EntryList entries = m_model->entries();
    entries.push_back(dialog.entry());
    m_model->setEntries(entries);
    m_view->selectRow(int(entries.size()) - 1);
    emit edited();
}

void ListFieldEditor::editLine()
{
    const QModelIndex current = m_view->currentIndex();
    if (!current.isValid()) {
        return;
    }
    EntryList entries = m_model->entries();
    EntryDialog dialog(m_definition, m_lines, this);
    dialog.setEntry(entries[std::size_t(current.row())]);
    if (dialog.exec() != QDialog::Accepted) {
        return;
    }
    entries[std::size_t(current.row())] = dialog.entry();
    m_model->setEntries(entries);
    m_view->selectRow(current.row());
    emit edited();
}

void ListFieldEditor::removeLine()
{
    const QModelIndex current = m_view->currentIndex();
    if (!current.isValid()) {
        return;
    }
    EntryList entries = m_model->entries();
    entries.erase(entries.begin() + current.row());
    m_model->setEntries(entries);
    if (!entries.empty()) {
        m_view->selectRow(std::min(current.row(), int(entries.size()) - 1));
    }
    emit edited();
}

bool ListFieldEditor::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_view && event->type() == QEvent::KeyPress) {
        const auto* key = static_cast<QKeyEvent*>(event);
        if (key->modifiers() == Qt::NoModifier || key->modifiers() == Qt::KeypadModifier) {
            switch (key->key()) {
            case Qt::Key_Insert:
                addLine();
                return true;
            case Qt::Key_Delete:
                removeLine();
                return true;
            case Qt::Key_Return:
            case Qt::Key_Enter:
                if (m_view->currentIndex().isValid()) {
                    editLine();
                    return true;
                }
                break;
            default:
                break;
            }
        }
    }
    return FieldEditor::eventFilter(watched, event);
}

void ListFieldEditor::updateButtons()
{
    const bool selected = m_view->selectionModel()->hasSelection();
    m_edit->setEnabled(selected);
    m_remove->setEnabled(selected);
}

} // namespace probitas
