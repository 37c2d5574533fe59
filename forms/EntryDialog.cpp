#include "EntryDialog.h"

#include "FieldEditors.h"
#include "FieldFormat.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QRegularExpression>
#include <QScrollArea>
#include <QScrollBar>
#include <QVBoxLayout>

namespace probitas {

namespace {

// The path validateEntry is given; issues under it name a field of this entry.
const QString entryPath = QStringLiteral("entry");

// Amber and red that keep a contrast of at least 4.5:1 on their pale backgrounds (WCAG AA).
const QString errorStyle = QStringLiteral(
    "QLabel { color: #8f1d1d; background: #fdecec; border-left: 3px solid #c62828; padding: 3px 6px; }");
const QString warningStyle = QStringLiteral(
    "QLabel { color: #5c3d00; background: #fff4d6; border-left: 3px solid #d99a00; padding: 3px 6px; }");
const QString helpStyle = QStringLiteral("QLabel { color: palette(placeholder-text); }");

// "entry.remunerations[1].montant" -> 1 (the line of a list), -1 when the issue is the field's own.
int lineOfPath(const QString& path, const QString& fieldId)
{
    static const QRegularExpression line(QStringLiteral("^\\[(\\d+)\\]"));
    const auto match = line.match(path.mid(entryPath.size() + 1 + fieldId.size()));
    return match.hasMatch() ? match.captured(1).toInt() : -1;
}

} // namespace

EntryDialog::EntryDialog(const FormDefinition& definition, const ItemDefinition& item, QWidget* parent)
    : QDialog(parent)
    , m_definition(definition)
    , m_item(item)
    , m_validator(definition)
    , m_form(new QFormLayout)
    , m_scroll(new QScrollArea(this))
    , m_banner(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("entryDialog"));
    const QString title = m_item.number.isEmpty() ? m_item.title.text()
                                                  : m_item.number + QLatin1Char(' ') + m_item.title.text();
    setWindowTitle(title);

    auto* heading = new QLabel(title, this);
    heading->setObjectName(QStringLiteral("heading"));
    heading->setWordWrap(true);
    QFont headingFont = heading->font();
    headingFont.setBold(true);
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.15);
    heading->setFont(headingFont);

    m_banner->setObjectName(QStringLiteral("banner"));
    m_banner->setWordWrap(true);
    m_banner->hide();

    auto* fields = new QWidget;
    auto* fieldsColumn = new QVBoxLayout(fields);
    fieldsColumn->addLayout(m_form);
    // Spare height goes below the last field, not between a field and its help.
    fieldsColumn->addStretch(1);
    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_form->setRowWrapPolicy(QFormLayout::DontWrapRows);
    m_form->setLabelAlignment(Qt::AlignRight | Qt::AlignTop);

    QWidget* previous = nullptr;
    for (const FieldDefinition& field : m_item.fields) {
        Row row;
        row.container = new QWidget(fields);
        auto* column = new QVBoxLayout(row.container);
        column->setContentsMargins(0, 0, 0, 0);
        column->setSpacing(2);
        row.editor = createFieldEditor(field, m_definition, row.container);
        column->addWidget(row.editor);
        if (!field.help.isEmpty() && field.type != FieldType::List) {
            auto* help = new QLabel(field.help.text(), row.container);
            help->setObjectName(field.id + QStringLiteral(".help"));
            help->setWordWrap(true);
            help->setStyleSheet(helpStyle);
            QFont small = help->font();
            small.setPointSizeF(small.pointSizeF() * 0.9);
            help->setFont(small);
            column->addWidget(help);
        }
        row.message = new QLabel(row.container);
        row.message->setObjectName(field.id + QStringLiteral(".message"));
        row.message->setWordWrap(true);
        row.message->setTextFormat(Qt::PlainText);
        row.message->hide();
        column->addWidget(row.message);

        if (field.type == FieldType::Boolean) {
            // The check box carries its own label.
            m_form->addRow(QString(), row.container);
        } else {
            // The mark of a required field is part of its label, so screen readers say it too.
            auto* label =
                new QLabel(field.required ? tr("%1 *").arg(field.label.text()) : field.label.text(), fields);
            label->setObjectName(field.id + QStringLiteral(".label"));
            label->setBuddy(row.editor->input());
            label->setWordWrap(true);
            // Wide enough for most labels on one line ("Part du capital détenue *"), the longest on two.
            label->setFixedWidth(label->fontMetrics().averageCharWidth() * 28);
            m_form->addRow(label, row.container);
            if (field.required) {
                row.editor->input()->setAccessibleName(tr("%1 (required)").arg(field.label.text()));
            }
        }
        // Tab follows the form's order, even when a list editor puts buttons in between.
        if (previous) {
            setTabOrder(previous, row.editor->input());
        }
        previous = row.editor->input();
        if (field.type == FieldType::List) {
            const QString id = field.id;
            for (const char* suffix : {".add", ".edit", ".remove"}) {
                if (auto* button = row.editor->findChild<QWidget*>(id + QLatin1String(suffix))) {
                    setTabOrder(previous, button);
                    previous = button;
                }
            }
        }
        // Only a choice can drive another field's visibility.
        if (field.type == FieldType::Choice) {
            connect(row.editor, &FieldEditor::edited, this, &EntryDialog::updateVisibility);
        }
        m_rows.push_back(row);
    }

    m_scroll->setWidget(fields);
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_scroll->setFocusPolicy(Qt::NoFocus); // Tab goes from field to field; the area follows the focus
    m_scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);

    const bool anyRequired = std::any_of(m_item.fields.begin(), m_item.fields.end(),
                                         [](const FieldDefinition& field) { return field.required; });
    auto* legend = new QLabel(tr("* required"), this);
    legend->setObjectName(QStringLiteral("legend"));
    legend->setStyleSheet(helpStyle);
    legend->setVisible(anyRequired);

    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("OK"));
    m_buttons->button(QDialogButtonBox::Ok)->setDefault(true);
    m_buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &EntryDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &EntryDialog::reject);
    if (previous) {
        setTabOrder(previous, m_buttons);
    }

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(heading);
    layout->addWidget(m_banner);
    layout->addWidget(m_scroll, 1);
    auto* bottom = new QHBoxLayout;
    bottom->addWidget(legend);
    bottom->addStretch(1);
    bottom->addWidget(m_buttons);
    layout->addLayout(bottom);

    updateVisibility();
    // As tall as the fields need, within a 1280x800 screen; the rest scrolls.
    const int wanted = fields->sizeHint().height() + heading->sizeHint().height() + 120;
    resize(760, std::clamp(wanted, 300, 700));
    if (!m_rows.empty()) {
        m_rows.front().editor->input()->setFocus();
    }
}

void EntryDialog::setEntry(const Entry& entry)
{
    for (const Row& row : m_rows) {
        const auto found = entry.values.find(row.editor->field().id);
        row.editor->setValue(found == entry.values.end() ? std::nullopt
                                                         : std::optional<FieldValue>(found->second));
    }
    updateVisibility();
    clearMessages();
    m_seenWarnings.clear();
    // Warnings the entry already carries were accepted once: show them, and let OK through.
    QList<ValidationIssue> warnings;
    for (const ValidationIssue& issue : m_validator.validateEntry(m_item, this->entry(), entryPath)) {
        if (issue.severity == Severity::Warning) {
            warnings << issue;
            m_seenWarnings.insert(issue.path + QLatin1Char('\n') + issue.message);
        }
    }
    showIssues(warnings);
}

Entry EntryDialog::entry() const
{
    Entry entry;
    for (const Row& row : m_rows) {
        if (!isFieldShown(row.editor->field().id)) {
            continue; // a hidden field is absent
        }
        if (auto value = row.editor->value()) {
            entry.values[row.editor->field().id] = std::move(*value);
        }
    }
    return entry;
}

FieldEditor* EntryDialog::editor(const QString& fieldId) const
{
    const Row* row = rowOf(fieldId);
    return row ? row->editor : nullptr;
}

QString EntryDialog::message(const QString& fieldId) const
{
    const Row* row = rowOf(fieldId);
    return row && !row->message->isHidden() ? row->message->text() : QString();
}

bool EntryDialog::isFieldShown(const QString& fieldId) const
{
    const Row* row = rowOf(fieldId);
    return row && !row->container->isHidden();
}

const EntryDialog::Row* EntryDialog::rowOf(const QString& fieldId) const
{
    for (const Row& row : m_rows) {
        if (row.editor->field().id == fieldId) {
            return &row;
        }
    }
    return nullptr;
}

void EntryDialog::updateVisibility()
{
    // Visibility depends on the choices as they stand, hidden fields included (they only depend on
    // choices that are themselves unconditional in the built-in definitions, but follow the rule anyway).
    Entry current;
    for (const Row& row : m_rows) {
        if (auto value = row.editor->value()) {
            current.values[row.editor->field().id] = std::move(*value);
        }
    }
    for (const Row& row : m_rows) {
        const bool visible = isFieldVisible(row.editor->field(), current);
        m_form->setRowVisible(row.container, visible);
        row.container->setVisible(visible);
    }
    // Close the gaps of hidden rows now rather than at the next event loop pass.
    m_scroll->widget()->layout()->activate();
}

void EntryDialog::clearMessages()
{
    for (const Row& row : m_rows) {
        row.message->clear();
        row.message->hide();
        row.editor->input()->setAccessibleDescription(row.editor->field().help.text());
    }
    m_banner->hide();
}

QList<ValidationIssue> EntryDialog::check()
{
    QList<ValidationIssue> issues;
    QSet<QString> unreadable;
    for (const Row& row : m_rows) {
        const QString id = row.editor->field().id;
        if (!isFieldShown(id)) {
            continue;
        }
        const QString problem = row.editor->inputError();
        if (!problem.isEmpty()) {
            unreadable.insert(id);
            issues << ValidationIssue{Severity::Error, entryPath + QLatin1Char('.') + id,
                                      QStringLiteral("input"),
                                      tr("%1: %2").arg(row.editor->field().label.text(), problem)};
        }
    }
    // What cannot be read is reported as such, not also as missing.
    for (const ValidationIssue& issue : m_validator.validateEntry(m_item, entry(), entryPath)) {
        if (!unreadable.contains(topFieldOfPath(issue.path, entryPath))) {
            issues << issue;
        }
    }
    return issues;
}

void EntryDialog::showIssues(const QList<ValidationIssue>& issues)
{
    for (const Row& row : m_rows) {
        const QString id = row.editor->field().id;
        QStringList lines;
        bool error = false;
        for (const ValidationIssue& issue : issues) {
            if (topFieldOfPath(issue.path, entryPath) != id) {
                continue;
            }
            const int line = lineOfPath(issue.path, id);
            lines << (line >= 0 ? tr("Line %1: %2").arg(line + 1).arg(issue.message) : issue.message);
            error = error || issue.severity == Severity::Error;
        }
        if (lines.isEmpty()) {
            continue;
        }
        row.message->setText(lines.join(QLatin1Char('\n')));
        row.message->setStyleSheet(error ? errorStyle : warningStyle);
        row.message->setProperty("severity", error ? QStringLiteral("error") : QStringLiteral("warning"));
        row.message->show();
        row.editor->input()->setAccessibleDescription(row.message->text());
    }
}

void EntryDialog::accept()
{
    clearMessages();
    const QList<ValidationIssue> issues = check();
    showIssues(issues);

    const auto firstRowWith = [&](Severity severity) -> const Row* {
        for (const Row& row : m_rows) {
            for (const ValidationIssue& issue : issues) {
                if (issue.severity == severity &&
                    topFieldOfPath(issue.path, entryPath) == row.editor->field().id) {
                    return &row;
                }
            }
        }
        return nullptr;
    };
    const auto focus = [this](const Row* row) {
        if (row) {
            row->editor->input()->setFocus(Qt::OtherFocusReason);
            m_scroll->ensureWidgetVisible(row->container, 0, 40);
        }
    };

    if (std::any_of(issues.begin(), issues.end(),
                    [](const ValidationIssue& issue) { return issue.severity == Severity::Error; })) {
        m_banner->setText(tr("This entry cannot be saved yet: correct the fields marked in red."));
        m_banner->setStyleSheet(errorStyle);
        m_banner->show();
        focus(firstRowWith(Severity::Error));
        return;
    }

    QSet<QString> warnings;
    bool opinion = false;
    for (const ValidationIssue& issue : issues) {
        warnings.insert(issue.path + QLatin1Char('\n') + issue.message);
        opinion = opinion || issue.code == QLatin1String("art-7-2-III");
    }
    if (!warnings.isEmpty() && !m_seenWarnings.contains(warnings)) {
        // New warnings: the person sees them before deciding; the next OK keeps the entry as it is.
        m_seenWarnings.unite(warnings);
        m_banner->setText(
            opinion
                ? tr("Art. 7-2, III: the passages marked in amber may reveal an opinion or activity that a "
                     "declaration of interests does not mention. Correct them, or click OK again to save the "
                     "entry as it is.")
                : tr("Check the points marked in amber, then click OK again to save the entry as it is."));
        m_banner->setStyleSheet(warningStyle);
        m_banner->show();
        focus(firstRowWith(Severity::Warning));
        return;
    }
    QDialog::accept();
}

} // namespace probitas
