#include "DeclarationWizard.h"

#include "DeclarationView.h"
#include "FieldEditors.h"
#include "ItemPage.h"
#include "Jurisdictions.h"
#include "Obligations.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QScrollArea>
#include <QScrollBar>
#include <QShortcut>
#include <QStackedWidget>
#include <QTableView>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace probitas {

namespace {

constexpr int stateRole = Qt::UserRole + 1;
constexpr int kChangesMaxHeight = 190;

const QString errorStyle = QStringLiteral("QLabel { color: #a30000; }");
const QString warningStyle = QStringLiteral("QLabel { color: #7a4f00; }");
const QString boxStyle = QStringLiteral(
    "QLabel { background: palette(alternate-base); border: 1px solid palette(mid); padding: 8px 10px; }");

QLabel* heading(const QString& text, QWidget* parent)
{
    auto* label = new QLabel(text, parent);
    label->setObjectName(QStringLiteral("heading"));
    label->setWordWrap(true);
    QFont font = label->font();
    font.setBold(true);
    font.setPointSizeF(font.pointSizeF() * 1.4);
    label->setFont(font);
    return label;
}

QLabel* sectionTitle(const QString& text, QWidget* parent)
{
    auto* label = new QLabel(text, parent);
    QFont font = label->font();
    font.setBold(true);
    label->setFont(font);
    return label;
}

QString capitalized(QString text)
{
    if (!text.isEmpty()) {
        text[0] = text[0].toUpper();
    }
    return text;
}

QString quoted(const QString& text)
{
    return QStringLiteral("«\u00A0") + text + QStringLiteral("\u00A0»");
}

// "items.participationsFinancieres[2].valeur" -> "participationsFinancieres".
QString itemOfPath(const QString& path)
{
    if (!path.startsWith(QLatin1String("items."))) {
        return {};
    }
    QString rest = path.mid(6);
    const qsizetype end = rest.indexOf(QRegularExpression(QStringLiteral("[.\\[]")));
    return end < 0 ? rest : rest.left(end);
}

DeclarationEvent routingEvent(DeclarationEvent event)
{
    // The declaration modified after the entretien goes where a complementary one goes.
    return event == DeclarationEvent::ModificationApresEntretien ? DeclarationEvent::Modification : event;
}

} // namespace

DeclarationWizard::DeclarationWizard(QWidget* parent)
    : QWidget(parent)
    , m_navigation(new QListWidget(this))
    , m_stack(new QStackedWidget(this))
    , m_previousButton(new QPushButton(tr("< &Previous"), this))
    , m_nextButton(new QPushButton(tr("Ne&xt >"), this))
    , m_position(new QLabel(this))
{
    setObjectName(QStringLiteral("declarationWizard"));
    m_navigation->setObjectName(QStringLiteral("steps"));
    m_navigation->setAccessibleName(tr("Steps of the declaration"));
    m_navigation->setAccessibleDescription(
        tr("✓ answered, ! to correct, ⚠ to check (art. 7-2, III), • not answered yet"));
    m_navigation->setWordWrap(true);
    m_navigation->setTextElideMode(Qt::ElideNone);
    m_navigation->setFixedWidth(330);
    m_navigation->setSpacing(2);
    connect(m_navigation, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row >= 0 && row != m_stack->currentIndex()) {
            setCurrentStep(row);
        }
    });

    m_stack->setObjectName(QStringLiteral("stepPages"));
    m_previousButton->setObjectName(QStringLiteral("previousStep"));
    m_nextButton->setObjectName(QStringLiteral("nextStep"));
    m_previousButton->setAccessibleName(tr("Previous step"));
    m_nextButton->setAccessibleName(tr("Next step"));
    m_previousButton->setToolTip(tr("Previous step (Ctrl+PgUp)"));
    m_nextButton->setToolTip(tr("Next step (Ctrl+PgDown)"));
    m_position->setObjectName(QStringLiteral("position"));
    connect(m_previousButton, &QPushButton::clicked, this, &DeclarationWizard::previous);
    connect(m_nextButton, &QPushButton::clicked, this, &DeclarationWizard::next);

    auto* nextShortcut = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_PageDown), this);
    auto* previousShortcut = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_PageUp), this);
    for (QShortcut* shortcut : {nextShortcut, previousShortcut}) {
        shortcut->setContext(Qt::WidgetWithChildrenShortcut);
    }
    connect(nextShortcut, &QShortcut::activated, this, &DeclarationWizard::next);
    connect(previousShortcut, &QShortcut::activated, this, &DeclarationWizard::previous);

    auto* right = new QVBoxLayout;
    right->addWidget(m_stack, 1);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_position);
    buttons->addStretch(1);
    buttons->addWidget(m_previousButton);
    buttons->addWidget(m_nextButton);
    right->addLayout(buttons);
    auto* layout = new QHBoxLayout(this);
    layout->addWidget(m_navigation);
    layout->addLayout(right, 1);
    updateButtons();
}

DeclarationWizard::~DeclarationWizard() = default;

void DeclarationWizard::clearSteps()
{
    m_navigation->clear();
    while (m_stack->count() > 0) {
        QWidget* page = m_stack->widget(0);
        m_stack->removeWidget(page);
        delete page;
    }
    m_header.clear();
    m_items.clear();
    m_observations = nullptr;
    m_changes = nullptr;
    m_summary = nullptr;
    m_recipients = nullptr;
    m_attest = nullptr;
    m_errors = nullptr;
    m_errorsTitle = nullptr;
    m_sign = nullptr;
}

void DeclarationWizard::setDeclaration(const Declaration& declaration, const FormDefinition& definition,
                                       std::optional<Declaration> previous)
{
    m_loading = true;
    clearSteps();
    m_definition = &definition;
    m_validator = std::make_unique<Validator>(definition);
    m_base = declaration;
    m_previous = std::move(previous);

    m_stack->addWidget(makeDeclarantPage());
    m_navigation->addItem(tr("Declarant"));
    for (const ItemDefinition* item : definition.itemsFor(declaration.event)) {
        auto* page = new ItemPage(definition, *item);
        page->setAnswer(declaration.answer(item->id));
        connect(page, &ItemPage::changed, this, &DeclarationWizard::onEdited);
        m_items.push_back(page);
        m_stack->addWidget(page);
        auto* entry = new QListWidgetItem(item->number + QLatin1Char(' ') + item->title.text());
        entry->setToolTip(item->title.text() + QStringLiteral(" (") + item->article + QLatin1Char(')'));
        m_navigation->addItem(entry);
    }
    m_stack->addWidget(makeSummaryPage());
    m_navigation->addItem(tr("Summary"));
    m_stack->addWidget(makeAttestationPage());
    m_navigation->addItem(tr("Attestation and filing"));

    for (int row = 0; row < m_navigation->count(); ++row) {
        m_navigation->item(row)->setData(Qt::UserRole, m_navigation->item(row)->text());
    }
    m_loading = false;
    refresh();
    setCurrentStep(0);
}

QWidget* DeclarationWizard::makeDeclarantPage()
{
    auto* page = new QWidget;
    page->setObjectName(QStringLiteral("step.declarant"));
    auto* layout = new QVBoxLayout(page);
    layout->addWidget(heading(tr("Declarant"), page));
    auto* intro =
        new QLabel(tr("Who declares, and the functions in which you were installed. Fields marked * "
                      "are required."),
                   page);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    auto* scroll = new QScrollArea(page);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    // Not a Tab stop of its own: Tab goes from field to field, and the area follows the focus.
    scroll->setFocusPolicy(Qt::NoFocus);
    auto* inner = new QWidget(scroll);
    auto* innerLayout = new QVBoxLayout(inner);
    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    innerLayout->addLayout(form);
    innerLayout->addStretch(1); // spare height below the form, not inside the address box
    for (const FieldDefinition& field : m_definition->headerFields()) {
        FieldEditor* editor = createFieldEditor(field, *m_definition, inner);
        const auto found = m_base.declarant.values.find(field.id);
        editor->setValue(found == m_base.declarant.values.end() ? std::optional<FieldValue>()
                                                                : std::optional<FieldValue>(found->second));
        connect(editor, &FieldEditor::edited, this, &DeclarationWizard::onEdited);
        auto* message = new QLabel(inner);
        message->setObjectName(QStringLiteral("message.") + field.id);
        message->setWordWrap(true);
        message->hide();
        auto* cell = new QWidget(inner);
        auto* cellLayout = new QVBoxLayout(cell);
        cellLayout->setContentsMargins(0, 0, 0, 0);
        cellLayout->setSpacing(2);
        cellLayout->addWidget(editor);
        cellLayout->addWidget(message);
        auto* label =
            new QLabel(field.label.text() + (field.required ? QStringLiteral(" *") : QString()), inner);
        label->setBuddy(editor->input());
        form->addRow(label, cell);
        m_header.push_back({editor, message});
    }
    m_observations = new QPlainTextEdit(inner);
    m_observations->setObjectName(QStringLiteral("observations"));
    m_observations->setAccessibleName(tr("Observations"));
    m_observations->setToolTip(tr("Anything you wish to add to the declaration as a whole (optional)."));
    m_observations->setTabChangesFocus(true);
    m_observations->setPlainText(m_base.observations);
    m_observations->setMinimumHeight(90);
    connect(m_observations, &QPlainTextEdit::textChanged, this, &DeclarationWizard::onEdited);
    auto* observationsLabel = new QLabel(tr("Observations"), inner);
    observationsLabel->setBuddy(m_observations);
    form->addRow(observationsLabel, m_observations);
    scroll->setWidget(inner);
    layout->addWidget(scroll, 1);
    return page;
}

QWidget* DeclarationWizard::makeSummaryPage()
{
    auto* page = new QWidget;
    page->setObjectName(QStringLiteral("step.summary"));
    auto* layout = new QVBoxLayout(page);
    layout->addWidget(heading(tr("Summary"), page));
    auto* intro = new QLabel(tr("Read your declaration as it will be signed. To correct it, go back to its "
                                "step from the list on the left."),
                             page);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    m_changes = new QTextBrowser(page);
    m_changes->setObjectName(QStringLiteral("changes"));
    m_changes->setAccessibleName(tr("Changes since the previous declaration"));
    m_changes->setMaximumHeight(kChangesMaxHeight);
    m_changes->setVisible(m_previous.has_value());
    layout->addWidget(m_changes);
    m_summary = new DeclarationView(page);
    layout->addWidget(m_summary, 1);
    return page;
}

QWidget* DeclarationWizard::makeAttestationPage()
{
    auto* page = new QWidget;
    page->setObjectName(QStringLiteral("step.attestation"));
    auto* outer = new QVBoxLayout(page);
    outer->addWidget(heading(tr("Attestation and filing"), page));
    auto* scroll = new QScrollArea(page);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    // Not a Tab stop of its own: Tab goes from field to field, and the area follows the focus.
    scroll->setFocusPolicy(Qt::NoFocus);
    auto* inner = new QWidget(scroll);
    auto* layout = new QVBoxLayout(inner);

    layout->addWidget(sectionTitle(tr("Recipients"), inner));
    m_recipients = new QLabel(inner);
    m_recipients->setObjectName(QStringLiteral("recipients"));
    m_recipients->setTextFormat(Qt::RichText);
    m_recipients->setWordWrap(true);
    m_recipients->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_recipients);

    layout->addSpacing(8);
    layout->addWidget(sectionTitle(tr("Attestation"), inner));
    auto* attestation = new QLabel(m_definition->attestation().text(), inner);
    attestation->setObjectName(QStringLiteral("attestationText"));
    attestation->setWordWrap(true);
    attestation->setStyleSheet(boxStyle);
    layout->addWidget(attestation);
    auto* penalty = new QLabel(inner);
    penalty->setObjectName(QStringLiteral("penalty"));
    penalty->setWordWrap(true);
    penalty->setTextFormat(Qt::RichText);
    penalty->setText(QStringLiteral("<b>%1</b> <i>%2</i>")
                         .arg(tr("Penalty (%1):").arg(m_definition->penaltyArticle()).toHtmlEscaped(),
                              quoted(m_definition->penalty().text()).toHtmlEscaped()));
    layout->addWidget(penalty);
    m_attest = new QCheckBox(tr("I &attest on my honour the statement above"), inner);
    m_attest->setObjectName(QStringLiteral("attest"));
    m_attest->setAccessibleDescription(m_definition->attestation().text());
    connect(m_attest, &QCheckBox::toggled, this, &DeclarationWizard::updateButtons);
    connect(m_attest, &QCheckBox::toggled, this, &DeclarationWizard::refreshNavigation);
    layout->addWidget(m_attest);

    layout->addSpacing(8);
    m_errorsTitle = sectionTitle(QString(), inner);
    m_errorsTitle->setObjectName(QStringLiteral("errorsTitle"));
    layout->addWidget(m_errorsTitle);
    m_errors = new QListWidget(inner);
    m_errors->setObjectName(QStringLiteral("errors"));
    m_errors->setAccessibleName(tr("What remains to be corrected"));
    m_errors->setToolTip(tr("Click, or press Enter, to go where it is corrected"));
    m_errors->setWordWrap(true);
    m_errors->setMinimumHeight(110);
    const auto jump = [this](QListWidgetItem* item) {
        if (item) {
            goToPath(item->data(Qt::UserRole).toString());
        }
    };
    connect(m_errors, &QListWidget::itemClicked, this, jump);
    connect(m_errors, &QListWidget::itemActivated, this, jump);
    layout->addWidget(m_errors, 1);

    auto* signRow = new QHBoxLayout;
    signRow->addStretch(1);
    m_sign = new QPushButton(tr("&Sign and file…"), inner);
    m_sign->setObjectName(QStringLiteral("signAndFile"));
    m_sign->setAccessibleName(tr("Sign and file the declaration"));
    m_sign->setToolTip(tr("Available once the declaration has no error and you have ticked the attestation"));
    connect(m_sign, &QPushButton::clicked, this, [this] {
        if (m_attest->isChecked() && !m_report.hasErrors()) {
            emit signAndFileRequested(declaration());
        }
    });
    signRow->addWidget(m_sign);
    layout->addLayout(signRow);
    // Without errors the list is hidden: the spare height goes below the button, not between the sections.
    layout->addStretch(1);
    scroll->setWidget(inner);
    outer->addWidget(scroll, 1);
    return page;
}

Declaration DeclarationWizard::declaration() const
{
    Declaration result = m_base;
    result.declarant = {};
    for (const HeaderRow& row : m_header) {
        if (const auto value = row.editor->value()) {
            result.declarant.values[row.editor->field().id] = *value;
        }
    }
    result.items.clear();
    for (const ItemPage* page : m_items) {
        if (const auto answer = page->answer()) {
            result.items[page->item().id] = *answer;
        }
    }
    result.observations = m_observations ? m_observations->toPlainText() : m_base.observations;
    return result;
}

int DeclarationWizard::stepCount() const
{
    return m_stack->count();
}

int DeclarationWizard::currentStep() const
{
    return m_stack->currentIndex();
}

void DeclarationWizard::setCurrentStep(int step)
{
    if (step < 0 || step >= m_stack->count()) {
        return;
    }
    m_stack->setCurrentIndex(step);
    if (m_navigation->currentRow() != step) {
        m_navigation->setCurrentRow(step);
    }
    const int last = m_stack->count() - 1;
    if (step >= last - 1) {
        // The summary and the attestation show the declaration as it is now.
        refreshSummary();
        refreshAttestation();
    }
    updateButtons();
}

void DeclarationWizard::next()
{
    setCurrentStep(currentStep() + 1);
}

void DeclarationWizard::previous()
{
    setCurrentStep(currentStep() - 1);
}

ItemPage* DeclarationWizard::itemPage(const QString& itemId) const
{
    for (ItemPage* page : m_items) {
        if (page->item().id == itemId) {
            return page;
        }
    }
    return nullptr;
}

FieldEditor* DeclarationWizard::headerEditor(const QString& fieldId) const
{
    for (const HeaderRow& row : m_header) {
        if (row.editor->field().id == fieldId) {
            return row.editor;
        }
    }
    return nullptr;
}

DeclarationWizard::StepState DeclarationWizard::stepState(int step) const
{
    if (step < 0 || step >= m_stack->count() || !m_definition) {
        return StepState::None;
    }
    bool errors = false;
    bool warnings = false;
    if (step == 0) {
        for (const ValidationIssue& issue : m_report.issues) {
            if (issue.path.startsWith(QLatin1String("declarant.")) ||
                issue.path == QLatin1String("observations")) {
                (issue.severity == Severity::Error ? errors : warnings) = true;
            }
        }
        const bool empty = std::all_of(m_header.begin(), m_header.end(),
                                       [](const HeaderRow& row) { return !row.editor->value(); });
        return errors ? (empty ? StepState::Unanswered : StepState::Errors)
                      : (warnings ? StepState::Warnings : StepState::Answered);
    }
    if (step <= int(m_items.size())) {
        const ItemPage* page = m_items[std::size_t(step - 1)];
        const auto answer = page->answer();
        if (!answer) {
            return StepState::Unanswered;
        }
        const QString id = page->item().id;
        for (const ValidationIssue& issue : m_report.issues) {
            if (itemOfPath(issue.path) == id) {
                (issue.severity == Severity::Error ? errors : warnings) = true;
            }
        }
        return errors     ? StepState::Errors
               : warnings ? StepState::Warnings
                          : (answer->neant ? StepState::Neant : StepState::Answered);
    }
    if (step == int(m_items.size()) + 2) {
        return m_report.hasErrors()
                   ? StepState::Errors
                   : (m_attest && m_attest->isChecked() ? StepState::Answered : StepState::Unanswered);
    }
    return StepState::None;
}

void DeclarationWizard::onEdited()
{
    if (m_loading) {
        return;
    }
    // What was attested is no longer what would be signed.
    if (m_attest && m_attest->isChecked()) {
        m_attest->setChecked(false);
    }
    refresh();
    emit changed();
}

void DeclarationWizard::refresh()
{
    if (!m_definition) {
        return;
    }
    m_report = m_validator->validate(declaration());
    refreshDeclarantMessages();
    refreshNavigation();
    const int step = currentStep();
    if (step >= m_stack->count() - 2) {
        refreshSummary();
        refreshAttestation();
    }
    updateButtons();
}

void DeclarationWizard::refreshNavigation()
{
    for (int row = 0; row < m_navigation->count(); ++row) {
        QListWidgetItem* item = m_navigation->item(row);
        const QString title = item->data(Qt::UserRole).toString();
        const StepState state = stepState(row);
        QString mark;
        QString spoken;
        QColor colour = palette().color(QPalette::Text);
        switch (state) {
        case StepState::None:
            break;
        case StepState::Unanswered:
            mark = QStringLiteral("•");
            spoken = tr("not answered");
            colour = QColor(0x6b, 0x6b, 0x6b);
            break;
        case StepState::Answered:
            mark = QStringLiteral("✓");
            spoken = tr("answered");
            colour = QColor(0x1e, 0x6b, 0x2f);
            break;
        case StepState::Neant:
            mark = QStringLiteral("✓");
            spoken = tr("nothing to declare");
            colour = QColor(0x1e, 0x6b, 0x2f);
            break;
        case StepState::Warnings:
            mark = QStringLiteral("⚠");
            spoken = tr("to check (art. 7-2, III)");
            colour = QColor(0x8a, 0x5a, 0x00);
            break;
        case StepState::Errors:
            mark = QStringLiteral("!");
            spoken = tr("to correct");
            colour = QColor(0xa3, 0x00, 0x00);
            break;
        }
        QString text = mark.isEmpty() ? QStringLiteral("     ") + title : mark + QStringLiteral("  ") + title;
        if (state == StepState::Neant) {
            text += QStringLiteral(" — ") + tr("Nothing to declare");
        }
        item->setText(text);
        item->setForeground(colour);
        item->setData(stateRole, int(state));
        item->setData(Qt::AccessibleTextRole,
                      spoken.isEmpty() ? title : title + QStringLiteral(", ") + spoken);
    }
}

void DeclarationWizard::refreshDeclarantMessages()
{
    for (const HeaderRow& row : m_header) {
        const QString inputError = row.editor->inputError();
        QStringList errors;
        QStringList warnings;
        if (!inputError.isEmpty()) {
            errors << inputError;
        }
        // "Required" is said by the step's mark and the list before signing; under an untouched field it
        // would only shout at someone who has not started yet.
        for (const ValidationIssue& issue :
             m_report.at(QStringLiteral("declarant.") + row.editor->field().id)) {
            if (issue.code == QLatin1String("required") && !row.editor->value()) {
                continue;
            }
            (issue.severity == Severity::Error ? errors : warnings) << issue.message;
        }
        const QStringList shown = errors + warnings;
        row.message->setText(shown.join(QLatin1Char('\n')));
        row.message->setStyleSheet(errors.isEmpty() ? warningStyle : errorStyle);
        row.message->setVisible(!shown.isEmpty());
    }
}

void DeclarationWizard::refreshSummary()
{
    if (!m_summary || !m_definition) {
        return;
    }
    const Declaration current = declaration();
    const int scroll = m_summary->browser()->verticalScrollBar()->value();
    m_summary->setDeclaration(current, *m_definition);
    m_summary->browser()->verticalScrollBar()->setValue(scroll);
    if (m_previous) {
        m_changes->setHtml(changesHtml(current));
        // As tall as the list of changes, up to a few lines: the declaration below keeps the room.
        const int wanted = int(m_changes->document()->size().height()) + 2 * m_changes->frameWidth() + 4;
        m_changes->setFixedHeight(std::min(kChangesMaxHeight, wanted));
    }
}

QString DeclarationWizard::changesHtml(const Declaration& current) const
{
    const DeclarationDiff diff = diffDeclarations(*m_previous, current);
    QString html =
        QStringLiteral("<h3>%1</h3>").arg(tr("Changes since the previous declaration").toHtmlEscaped());
    if (diff.isEmpty()) {
        return html + QStringLiteral("<p>%1</p>")
                          .arg(tr("No change since the previous declaration.").toHtmlEscaped());
    }
    QStringList lines;
    if (!diff.declarantFields.isEmpty()) {
        QStringList labels;
        for (const QString& id : diff.declarantFields) {
            const FieldDefinition* field = m_definition->findHeaderField(id);
            labels << (field ? field->label.text() : id);
        }
        lines << tr("Declarant: %1 changed").arg(labels.join(QStringLiteral(", ")));
    }
    // In the law's order, not the ids'.
    for (const ItemDefinition* item : m_definition->itemsFor(current.event)) {
        const ItemDiff* change = diff.find(item->id);
        if (!change) {
            continue;
        }
        QString what;
        const int entries = change->added + change->changed + change->unchanged;
        if (!change->isAnswered) {
            what = tr("no longer answered");
        } else if (!change->wasAnswered) {
            what = change->isNeant ? tr("answered: nothing to declare")
                                   : tr("answered: %n entry(ies)", nullptr, entries);
        } else if (change->wasNeant && !change->isNeant) {
            what = tr("was \"Nothing to declare\", now %n entry(ies)", nullptr, entries);
        } else if (!change->wasNeant && change->isNeant) {
            what = tr("now \"Nothing to declare\" (%n entry(ies) removed)", nullptr, change->removed);
        } else {
            QStringList parts;
            if (change->added > 0) {
                parts << tr("%n entry(ies) added", nullptr, change->added);
            }
            if (change->changed > 0) {
                parts << tr("%n entry(ies) changed", nullptr, change->changed);
            }
            if (change->removed > 0) {
                parts << tr("%n entry(ies) removed", nullptr, change->removed);
            }
            what = parts.join(QStringLiteral(", "));
        }
        lines << QStringLiteral("%1 %2 — %3").arg(item->number, item->title.text(), what);
    }
    if (diff.observationsChanged) {
        lines << tr("Observations changed");
    }
    html += QStringLiteral("<ul>");
    for (const QString& line : lines) {
        html += QStringLiteral("<li>%1</li>").arg(line.toHtmlEscaped());
    }
    return html + QStringLiteral("</ul>");
}

void DeclarationWizard::setRegime(const QString& regimeId)
{
    m_regime = regimeId;
}

QString DeclarationWizard::recipientsHtml() const
{
    const JurisdictionDirectory& directory = JurisdictionDirectory::builtIn();
    const ObligationRules& rules = ObligationRules::builtIn();
    if (!m_base.profile) {
        return QStringLiteral("<p style=\"color: #a30000;\">%1</p>")
            .arg(tr("The recipients cannot be determined: your situation (status, court, installation date) "
                    "is not known.")
                     .toHtmlEscaped());
    }
    const auto report =
        rules.compute(*m_base.profile, directory, m_regime.isEmpty() ? rules.defaultRegime() : m_regime);
    if (!report) {
        return QStringLiteral("<p style=\"color: #a30000;\">%1</p>")
            .arg(tr("The recipients cannot be determined from your situation: %1")
                     .arg(report.error().message)
                     .toHtmlEscaped());
    }
    // The obligation of this kind and event; failing that, any of this kind: a rule routes all its events to
    // the same authorities, only the article differs.
    const Obligation* chosen = nullptr;
    for (const Obligation& obligation : report->obligations) {
        if (obligation.declaration == m_base.kind) {
            if (obligation.event == routingEvent(m_base.event)) {
                chosen = &obligation;
                break;
            }
            if (!chosen) {
                chosen = &obligation;
            }
        }
    }
    if (!chosen || chosen->recipients.isEmpty()) {
        return QStringLiteral("<p style=\"color: #a30000;\">%1</p>")
            .arg(tr("According to your situation, the law does not require this declaration of you.")
                     .toHtmlEscaped());
    }
    QString html = QStringLiteral("<p>%1</p><ul>")
                       .arg(tr("This declaration will be sealed so that only these authorities and you can "
                               "read it:")
                                .toHtmlEscaped());
    for (const QString& recipient : chosen->recipients) {
        html += QStringLiteral("<li><b>%1</b> — %2</li>")
                    .arg(capitalized(authorityLabel(recipient, directory)).toHtmlEscaped(),
                         chosen->basis.toHtmlEscaped());
    }
    html += QStringLiteral("</ul>");
    if (chosen->due.isValid()) {
        html += QStringLiteral("<p>%1</p>")
                    .arg(tr("To be filed by %1.")
                             .arg(QLocale().toString(chosen->due, QStringLiteral("dd/MM/yyyy")))
                             .toHtmlEscaped());
    }
    return html;
}

void DeclarationWizard::refreshAttestation()
{
    if (!m_errors || !m_definition) {
        return;
    }
    m_recipients->setText(recipientsHtml());
    m_errors->clear();
    const int errorCount = m_report.count(Severity::Error);
    const int warningCount = m_report.count(Severity::Warning);
    for (const ValidationIssue& issue : m_report.issues) {
        QString where;
        const QString itemId = itemOfPath(issue.path);
        if (const ItemDefinition* item = itemId.isEmpty() ? nullptr : m_definition->findItem(itemId)) {
            where = item->number + QLatin1Char(' ') + item->title.text();
        } else if (issue.path.startsWith(QLatin1String("declarant."))) {
            const FieldDefinition* field = m_definition->findHeaderField(issue.path.mid(10));
            where = tr("Declarant") + (field ? QStringLiteral(" — ") + field->label.text() : QString());
        } else if (issue.path == QLatin1String("observations")) {
            where = tr("Observations");
        } else {
            where = issue.path;
        }
        const bool error = issue.severity == Severity::Error;
        auto* item = new QListWidgetItem(
            QStringLiteral("%1  %2 : %3")
                .arg(error ? QStringLiteral("!") : QStringLiteral("⚠"), where, issue.message)
                .replace(QStringLiteral(" : "), QStringLiteral("\u00A0: ")));
        item->setData(Qt::UserRole, issue.path);
        item->setForeground(error ? QColor(0xa3, 0x00, 0x00) : QColor(0x8a, 0x5a, 0x00));
        item->setToolTip(tr("Go to the step where this is corrected"));
        m_errors->addItem(item);
    }
    if (errorCount > 0) {
        m_errorsTitle->setText(tr("%n error(s) to correct before signing", nullptr, errorCount));
    } else if (warningCount > 0) {
        m_errorsTitle->setText(
            tr("No error. %n point(s) to check, which do not prevent signing", nullptr, warningCount));
    } else {
        m_errorsTitle->setText(tr("No error: the declaration can be signed."));
    }
    m_errors->setVisible(m_errors->count() > 0);
}

void DeclarationWizard::updateButtons()
{
    const int step = currentStep();
    m_previousButton->setEnabled(step > 0);
    m_nextButton->setEnabled(step >= 0 && step < m_stack->count() - 1);
    m_position->setText(m_stack->count() > 0 ? tr("Step %1 of %2").arg(step + 1).arg(m_stack->count())
                                             : QString());
    if (m_sign) {
        m_sign->setEnabled(m_attest->isChecked() && !m_report.hasErrors());
    }
}

void DeclarationWizard::goToPath(const QString& path)
{
    if (path.startsWith(QLatin1String("declarant.")) || path == QLatin1String("observations")) {
        setCurrentStep(0);
        if (path == QLatin1String("observations")) {
            m_observations->setFocus(Qt::OtherFocusReason);
        } else if (FieldEditor* editor = headerEditor(path.mid(10))) {
            editor->input()->setFocus(Qt::OtherFocusReason);
        }
        return;
    }
    const QString itemId = itemOfPath(path);
    for (std::size_t index = 0; index < m_items.size(); ++index) {
        if (m_items[index]->item().id == itemId) {
            setCurrentStep(int(index) + 1);
            // The table, where the row with the issue is marked and Enter changes it.
            if (auto* table = m_items[index]->findChild<QTableView*>(QStringLiteral("entries"))) {
                const QRegularExpressionMatch row =
                    QRegularExpression(QStringLiteral("^items\\.\\w+\\[(\\d+)\\]")).match(path);
                if (row.hasMatch()) {
                    table->selectRow(row.captured(1).toInt());
                }
                table->setFocus(Qt::OtherFocusReason);
            }
            return;
        }
    }
    // "profile.court" and the like: the recipients are on the attestation step.
    setCurrentStep(m_stack->count() - 1);
}

} // namespace probitas
