#include "EntretienDialogs.h"

#include "Clock.h"
#include "FichePdf.h"
#include "FieldFormat.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QScrollArea>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace probitas::gui {

namespace {

// The codec's limits (docs/store.md): one line of 200 characters, 4,000 per point or question, 8,000 for
// the observations and the avis.
constexpr int kLineLimit = 200;
constexpr int kTextLimit = 4000;
constexpr int kLongTextLimit = 8000;

const QLatin1String errorStyle("color: #b02a37;");

QLabel* wrapped(const QString& text, QWidget* parent)
{
    auto* label = new QLabel(text, parent);
    label->setWordWrap(true);
    return label;
}

QLabel* errorLabel(QWidget* parent)
{
    auto* label = new QLabel(parent);
    label->setObjectName(QStringLiteral("dialogError"));
    label->setWordWrap(true);
    label->setStyleSheet(errorStyle);
    label->hide();
    return label;
}

void showError(QLabel* label, const QString& text)
{
    label->setText(text);
    label->setVisible(!text.isEmpty());
}

QPlainTextEdit* textBox(const QString& objectName, const QString& accessibleName, int lines, QWidget* parent)
{
    auto* edit = new QPlainTextEdit(parent);
    edit->setObjectName(objectName);
    edit->setAccessibleName(accessibleName);
    edit->setTabChangesFocus(true);
    // As tall as the text expected; longer text scrolls inside.
    edit->setFixedHeight(lines * edit->fontMetrics().lineSpacing() + 2 * edit->frameWidth() + 10);
    return edit;
}

QString tooLong(const QString& what, qsizetype length, int limit)
{
    return FicheNavetteDialog::tr("%1 is too long: %2 characters, at most %3.")
        .arg(what)
        .arg(length)
        .arg(limit);
}

// The three conclusions of art. 7-2 as radio buttons, in `layout`; each button's id is the enum's value.
QButtonGroup* conclusionButtons(QVBoxLayout* layout, QWidget* parent, const QString& prefix)
{
    auto* group = new QButtonGroup(parent);
    for (EntretienConclusion conclusion : {EntretienConclusion::NoConflict, EntretienConclusion::Precautions,
                                           EntretienConclusion::EndConflict}) {
        auto* button = new QRadioButton(conclusionLabel(conclusion), parent);
        button->setObjectName(prefix + conclusionId(conclusion));
        group->addButton(button, int(conclusion));
        layout->addWidget(button);
    }
    group->button(int(EntretienConclusion::NoConflict))->setChecked(true);
    return group;
}

QDateTime nextWorkingMorning()
{
    QDate day = Clock::today().addDays(1);
    while (day.dayOfWeek() > 5) {
        day = day.addDays(1);
    }
    return QDateTime(day, QTime(10, 0));
}

QDialogButtonBox* buttons(QDialog* dialog, const QString& okText)
{
    auto* box = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, dialog);
    box->button(QDialogButtonBox::Ok)->setText(okText);
    box->button(QDialogButtonBox::Cancel)->setText(FicheNavetteDialog::tr("Cancel"));
    QObject::connect(box, &QDialogButtonBox::accepted, dialog, &QDialog::accept);
    QObject::connect(box, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    return box;
}

} // namespace

// ---- scheduling ------------------------------------------------------------------------------------------

ScheduleEntretienDialog::ScheduleEntretienDialog(const QString& declarant, const QStringList& delegates,
                                                 QWidget* parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("scheduleEntretienDialog"));
    setWindowTitle(tr("Schedule the ethics interview"));
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(wrapped(tr("Convocation of %1 to the ethics interview that follows the filing of the "
                                 "declaration of interests (art. 7-2 I of ordonnance n° 58-1270). The "
                                 "magistrate sees the date, the place and the delegate in Probitas.")
                                  .arg(declarant),
                              this));
    auto* form = new QFormLayout;
    m_at = new QDateTimeEdit(nextWorkingMorning(), this);
    m_at->setObjectName(QStringLiteral("entretienAt"));
    m_at->setCalendarPopup(true);
    m_at->setDisplayFormat(QStringLiteral("dd/MM/yyyy HH:mm"));
    form->addRow(tr("&Date and time:"), m_at);
    m_place = new QLineEdit(this);
    m_place->setObjectName(QStringLiteral("entretienPlace"));
    m_place->setMaxLength(kLineLimit);
    m_place->setPlaceholderText(tr("e.g. Tribunal judiciaire de Nanterre, cabinet du président"));
    m_place->setMinimumWidth(420);
    form->addRow(tr("&Place:"), m_place);
    auto* delegateRow = new QHBoxLayout;
    m_delegated = new QCheckBox(tr("&Delegated to:"), this);
    m_delegated->setObjectName(QStringLiteral("entretienDelegated"));
    m_delegate = new QComboBox(this);
    m_delegate->setObjectName(QStringLiteral("entretienDelegate"));
    m_delegate->setAccessibleName(tr("Delegate"));
    m_delegate->addItems(delegates);
    m_delegate->setEnabled(false);
    delegateRow->addWidget(m_delegated);
    delegateRow->addWidget(m_delegate, 1);
    form->addRow(tr("Held by:"), delegateRow);
    m_delegated->setEnabled(!delegates.isEmpty());
    m_delegated->setToolTip(tr("The interview may be held by a magistrate of your jurisdiction, by "
                               "delegation; otherwise you hold it yourself."));
    if (delegates.isEmpty()) {
        m_delegate->setPlaceholderText(tr("no magistrate of your jurisdiction in the directory"));
    }
    layout->addLayout(form);
    m_error = errorLabel(this);
    layout->addWidget(m_error);
    layout->addWidget(buttons(this, tr("&Send the convocation")));
    connect(m_delegated, &QCheckBox::toggled, m_delegate, &QWidget::setEnabled);
    connect(m_place, &QLineEdit::textEdited, m_error, &QWidget::hide);
    resize(620, sizeHint().height());
}

QDateTime ScheduleEntretienDialog::at() const
{
    QDateTime at = m_at->dateTime();
    at.setTime(QTime(at.time().hour(), at.time().minute()));
    return at.toUTC();
}

QString ScheduleEntretienDialog::place() const
{
    return m_place->text().simplified();
}

QString ScheduleEntretienDialog::delegate() const
{
    return m_delegated->isChecked() ? m_delegate->currentText() : QString();
}

void ScheduleEntretienDialog::accept()
{
    if (place().isEmpty()) {
        showError(m_error, tr("Say where the interview takes place."));
        m_place->setFocus();
        return;
    }
    if (m_at->dateTime() < Clock::nowUtc()) {
        showError(m_error, tr("The date and time are past: a convocation is for an interview to come."));
        m_at->setFocus();
        return;
    }
    QDialog::accept();
}

// ---- the fiche navette -----------------------------------------------------------------------------------

FicheNavetteDialog::FicheNavetteDialog(const FicheDialogInput& input, QWidget* parent)
    : QDialog(parent)
    , m_input(input)
{
    setObjectName(QStringLiteral("ficheDialog"));
    setWindowTitle(tr("Fiche navette — %1").arg(input.declarant));
    auto* layout = new QVBoxLayout(this);
    auto* intro = wrapped(tr("<b>Record of the ethics interview with %1</b> (art. 7-2 I). Once recorded, "
                             "the fiche is signed with your identity and sealed for you, the magistrate and "
                             "the delegate, if any; the magistrate acknowledges it. It cannot be changed "
                             "afterwards.")
                              .arg(input.declarant.toHtmlEscaped()),
                          this);
    layout->addWidget(intro);

    auto* scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("ficheScroll"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto* body = new QWidget(scroll);
    auto* bodyLayout = new QVBoxLayout(body);
    bodyLayout->setContentsMargins(0, 0, 8, 0);

    // When, where, by whom.
    auto* held = new QGroupBox(tr("The interview"), body);
    auto* heldLayout = new QFormLayout(held);
    m_date = new QDateEdit(input.date.isValid() && input.date <= Clock::today() ? input.date : Clock::today(),
                           held);
    m_date->setObjectName(QStringLiteral("ficheDate"));
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(QStringLiteral("dd/MM/yyyy"));
    m_date->setMaximumDate(Clock::today());
    heldLayout->addRow(tr("&Date:"), m_date);
    m_place = new QLineEdit(input.place, held);
    m_place->setObjectName(QStringLiteral("fichePlace"));
    m_place->setMaxLength(kLineLimit);
    heldLayout->addRow(tr("&Place:"), m_place);
    auto* byWhom = new QVBoxLayout;
    m_inPerson = new QRadioButton(tr("Held by me in &person"), held);
    m_inPerson->setObjectName(QStringLiteral("ficheInPerson"));
    m_delegated = new QRadioButton(tr("Held by &delegation, by:"), held);
    m_delegated->setObjectName(QStringLiteral("ficheDelegated"));
    auto* delegateRow = new QHBoxLayout;
    m_delegate = new QComboBox(held);
    m_delegate->setObjectName(QStringLiteral("ficheDelegate"));
    m_delegate->setAccessibleName(tr("Delegate"));
    m_delegate->addItems(input.delegates);
    if (!input.delegate.isEmpty() && m_delegate->findText(input.delegate) < 0) {
        m_delegate->addItem(input.delegate);
    }
    m_delegateFunction = new QLineEdit(held);
    m_delegateFunction->setObjectName(QStringLiteral("ficheDelegateFunction"));
    m_delegateFunction->setAccessibleName(tr("Function of the delegate"));
    m_delegateFunction->setPlaceholderText(tr("function, e.g. premier vice-président"));
    m_delegateFunction->setMaxLength(kLineLimit);
    delegateRow->addSpacing(24);
    delegateRow->addWidget(m_delegate, 1);
    delegateRow->addWidget(m_delegateFunction, 1);
    byWhom->addWidget(m_inPerson);
    byWhom->addWidget(m_delegated);
    byWhom->addLayout(delegateRow);
    heldLayout->addRow(tr("Held by:"), byWhom);
    if (input.delegate.isEmpty()) {
        m_inPerson->setChecked(true);
    } else {
        m_delegated->setChecked(true);
        m_delegate->setCurrentText(input.delegate);
    }
    m_delegated->setEnabled(m_delegate->count() > 0);
    auto refreshDelegate = [this] {
        m_delegate->setEnabled(m_delegated->isChecked());
        m_delegateFunction->setEnabled(m_delegated->isChecked());
    };
    refreshDelegate();
    connect(m_delegated, &QRadioButton::toggled, this, refreshDelegate);
    bodyLayout->addWidget(held);

    // The points, item by item, in the order of the form.
    auto* points = new QGroupBox(tr("Points discussed, item by item"), body);
    auto* pointsLayout = new QVBoxLayout(points);
    pointsLayout->addWidget(wrapped(tr("Write only about the items discussed: the boxes left empty are not "
                                       "part of the fiche. What the magistrate declared is recalled beside "
                                       "each item."),
                                    points));
    const FormDefinition* definition = FormCatalog::builtIn().find(input.declaration.schema);
    if (definition) {
        for (const ItemDefinition* item : definition->itemsFor(input.declaration.event)) {
            const ItemAnswer* answer = input.declaration.answer(item->id);
            const bool declaredSomething = answer && !answer->neant && !answer->entries.empty();
            const QString title = QStringLiteral("%1 %2").arg(item->number, item->title.text()).trimmed();
            QString heading = QStringLiteral("<b>%1</b>").arg(title.toHtmlEscaped());
            if (!declaredSomething) {
                heading += QStringLiteral(" <span style=\"color: #555555;\">— %1</span>")
                               .arg((answer ? tr("declared: néant") : tr("not answered")).toHtmlEscaped());
            } else {
                // What was declared, in a line per entry (its first columns), so the fiche is written
                // with the declaration in view.
                QStringList lines;
                for (const Entry& entry : answer->entries) {
                    if (lines.size() == 3) {
                        lines << tr("and %n more", nullptr, int(answer->entries.size()) - 3);
                        break;
                    }
                    QStringList values;
                    for (const QString& column : item->columns.mid(0, 2)) {
                        const FieldDefinition* field = item->findField(column);
                        const auto value = entry.values.find(column);
                        if (field && value != entry.values.end()) {
                            values << displayText(*field, value->second).simplified();
                        }
                    }
                    lines << values.join(QStringLiteral(" — "));
                }
                heading += QStringLiteral("<br/><span style=\"color: #555555;\">%1 %2</span>")
                               .arg(tr("Declared:").toHtmlEscaped(),
                                    lines.join(QStringLiteral(" ; ")).toHtmlEscaped());
            }
            auto* label = new QLabel(heading, points);
            label->setWordWrap(true);
            pointsLayout->addWidget(label);
            auto* edit =
                textBox(QStringLiteral("point.") + item->id, title, declaredSomething ? 4 : 2, points);
            // No buddy: a buddy label reads "&" in what was declared ("Martin & Associés") as a mnemonic.
            pointsLayout->addWidget(edit);
            m_points[item->id] = edit;
        }
    }
    bodyLayout->addWidget(points);

    // The conclusion of art. 7-2: prevent, or end, a conflict of interests.
    auto* conclusion = new QGroupBox(tr("Conclusion"), body);
    auto* conclusionLayout = new QVBoxLayout(conclusion);
    m_conclusion = conclusionButtons(conclusionLayout, conclusion, QStringLiteral("conclusion."));
    m_detailsLabel = new QLabel(conclusion);
    m_detailsLabel->setWordWrap(true);
    conclusionLayout->addWidget(m_detailsLabel);
    m_details = textBox(QStringLiteral("conclusionDetails"), tr("Details of the conclusion"), 4, conclusion);
    m_detailsLabel->setBuddy(m_details);
    conclusionLayout->addWidget(m_details);
    connect(m_conclusion, &QButtonGroup::idToggled, this, [this](int, bool checked) {
        if (checked) {
            refreshConclusion();
        }
    });
    refreshConclusion();
    bodyLayout->addWidget(conclusion);

    auto* college = new QGroupBox(tr("Collège de déontologie"), body);
    auto* collegeLayout = new QVBoxLayout(college);
    m_collegeConsulted =
        new QCheckBox(tr("The collège de déontologie was &consulted (art. 7-2 II)"), college);
    m_collegeConsulted->setObjectName(QStringLiteral("collegeConsulted"));
    m_collegeConsulted->setChecked(input.collegeConsulted);
    collegeLayout->addWidget(m_collegeConsulted);
    bodyLayout->addWidget(college);

    auto* observations = new QGroupBox(tr("Observations"), body);
    auto* observationsLayout = new QVBoxLayout(observations);
    m_observations = textBox(QStringLiteral("ficheObservations"), tr("Observations"), 4, observations);
    observationsLayout->addWidget(m_observations);
    bodyLayout->addWidget(observations);
    bodyLayout->addStretch();

    scroll->setWidget(body);
    layout->addWidget(scroll, 1);
    m_error = errorLabel(this);
    layout->addWidget(m_error);
    layout->addWidget(buttons(this, tr("&Record and seal the fiche")));
    // What was refused is said until the next attempt, or until what it was about is written.
    connect(m_place, &QLineEdit::textEdited, m_error, &QWidget::hide);
    connect(m_details, &QPlainTextEdit::textChanged, m_error, &QWidget::hide);
    resize(980, 720);
}

void FicheNavetteDialog::refreshConclusion()
{
    const auto conclusion = EntretienConclusion(m_conclusion->checkedId());
    switch (conclusion) {
    case EntretienConclusion::NoConflict:
        m_detailsLabel->setText(tr("D&etails (optional):"));
        break;
    case EntretienConclusion::Precautions:
        m_detailsLabel->setText(
            tr("The precautions agreed (déport in which cases, for how long…), requir&ed:"));
        break;
    case EntretienConclusion::EndConflict:
        m_detailsLabel->setText(tr("The situation to end, and how and by when, requir&ed:"));
        break;
    }
}

QPlainTextEdit* FicheNavetteDialog::pointEditor(const QString& itemId) const
{
    const auto found = m_points.find(itemId);
    return found == m_points.end() ? nullptr : found->second;
}

EntretienFiche FicheNavetteDialog::fiche() const
{
    EntretienFiche fiche;
    fiche.declarationId = m_input.declarationId;
    fiche.form = m_input.declaration.schema;
    fiche.authority = m_input.authorityId;
    fiche.date = m_date->date();
    fiche.place = m_place->text().simplified();
    if (m_delegated->isChecked()) {
        fiche.delegatedTo = m_delegate->currentText();
        fiche.delegateFunction = m_delegateFunction->text().simplified();
    }
    for (const auto& [itemId, edit] : m_points) {
        const QString text = edit->toPlainText().trimmed();
        if (!text.isEmpty()) {
            fiche.points[itemId] = text;
        }
    }
    fiche.conclusion = EntretienConclusion(m_conclusion->checkedId());
    fiche.conclusionDetails = m_details->toPlainText().trimmed();
    fiche.collegeConsulted = m_collegeConsulted->isChecked();
    fiche.observations = m_observations->toPlainText().trimmed();
    return fiche;
}

QString FicheNavetteDialog::problem() const
{
    const EntretienFiche written = fiche();
    if (written.place.isEmpty()) {
        return tr("Say where the interview took place.");
    }
    if (m_delegated->isChecked() && written.delegatedTo.isEmpty()) {
        return tr("Choose the delegate who held the interview.");
    }
    for (const auto& [itemId, text] : written.points) {
        if (text.size() > kTextLimit) {
            const FormDefinition* definition = FormCatalog::builtIn().find(written.form);
            const ItemDefinition* item = definition ? definition->findItem(itemId) : nullptr;
            return tooLong(tr("The point on %1").arg(item ? item->title.text() : itemId), text.size(),
                           kTextLimit);
        }
    }
    if (written.conclusion != EntretienConclusion::NoConflict && written.conclusionDetails.isEmpty()) {
        return written.conclusion == EntretienConclusion::Precautions
                   ? tr("Describe the precautions agreed (the déport, its cases and its duration).")
                   : tr("Describe the situation of conflict of interests to end, and how.");
    }
    if (written.conclusionDetails.size() > kTextLimit) {
        return tooLong(tr("The details of the conclusion"), written.conclusionDetails.size(), kTextLimit);
    }
    if (written.observations.size() > kLongTextLimit) {
        return tooLong(tr("The observations"), written.observations.size(), kLongTextLimit);
    }
    return {};
}

void FicheNavetteDialog::accept()
{
    const QString why = problem();
    showError(m_error, why);
    if (why.isEmpty()) {
        QDialog::accept();
    }
}

// ---- the avis --------------------------------------------------------------------------------------------

AvisRequestDialog::AvisRequestDialog(const QString& declarant, QWidget* parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("avisRequestDialog"));
    setWindowTitle(tr("Ask the collège de déontologie's avis"));
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(wrapped(
        tr("When there is a doubt about a possible conflict of interests, you may ask the avis of the "
           "collège de déontologie des magistrats de l'ordre judiciaire on the declaration of %1 "
           "(art. 7-2 II). A certified copy of the declaration is forwarded to the collège with your "
           "question (décret n° 93-21, art. 11-3); the avis is sealed for you and the collège.")
            .arg(declarant),
        this));
    auto* label = new QLabel(tr("Your &question to the collège:"), this);
    layout->addWidget(label);
    m_question = textBox(QStringLiteral("avisQuestion"), tr("Question to the collège"), 8, this);
    m_question->setMaximumHeight(QWIDGETSIZE_MAX);
    label->setBuddy(m_question);
    layout->addWidget(m_question, 1);
    m_error = errorLabel(this);
    layout->addWidget(m_error);
    layout->addWidget(buttons(this, tr("&Send to the collège")));
    resize(720, 480);
}

QString AvisRequestDialog::question() const
{
    return m_question->toPlainText().trimmed();
}

void AvisRequestDialog::accept()
{
    const QString text = question();
    if (text.isEmpty()) {
        showError(m_error, tr("Write the question the collège is to answer."));
        return;
    }
    if (text.size() > kTextLimit) {
        showError(m_error, tooLong(tr("The question"), text.size(), kTextLimit));
        return;
    }
    QDialog::accept();
}

CollegeAvisDialog::CollegeAvisDialog(const QString& declarant, const QString& requestedBy,
                                     const QString& question, QWidget* parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("collegeAvisDialog"));
    setWindowTitle(tr("Avis of the collège de déontologie — %1").arg(declarant));
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(wrapped(tr("<b>Question on the declaration of interests of %1</b> (art. 7-2 II), asked "
                                 "by: %2.")
                                  .arg(declarant.toHtmlEscaped(), requestedBy.toHtmlEscaped()),
                              this));
    auto* questionView = new QTextBrowser(this);
    questionView->setObjectName(QStringLiteral("avisQuestionView"));
    questionView->setPlainText(question);
    questionView->setMaximumHeight(130);
    layout->addWidget(questionView);
    auto* form = new QFormLayout;
    m_date = new QDateEdit(Clock::today(), this);
    m_date->setObjectName(QStringLiteral("avisDate"));
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(QStringLiteral("dd/MM/yyyy"));
    m_date->setMaximumDate(Clock::today());
    form->addRow(tr("&Date of the avis:"), m_date);
    layout->addLayout(form);
    auto* label = new QLabel(tr("The &avis:"), this);
    layout->addWidget(label);
    m_avis = textBox(QStringLiteral("avisText"), tr("The avis"), 8, this);
    m_avis->setMaximumHeight(QWIDGETSIZE_MAX);
    label->setBuddy(m_avis);
    layout->addWidget(m_avis, 1);
    auto* conclusion = new QGroupBox(tr("Conclusion"), this);
    auto* conclusionLayout = new QVBoxLayout(conclusion);
    m_conclusion = conclusionButtons(conclusionLayout, conclusion, QStringLiteral("avisConclusion."));
    layout->addWidget(conclusion);
    layout->addWidget(
        wrapped(tr("Once given, the avis is signed with the collège's identity and sealed for the "
                   "collège and the authority that asked it; it cannot be changed."),
                this));
    m_error = errorLabel(this);
    layout->addWidget(m_error);
    layout->addWidget(buttons(this, tr("&Give the avis")));
    resize(780, 640);
}

CollegeAvis CollegeAvisDialog::avis() const
{
    CollegeAvis avis;
    avis.date = m_date->date();
    avis.avis = m_avis->toPlainText().trimmed();
    avis.conclusion = EntretienConclusion(m_conclusion->checkedId());
    return avis;
}

void CollegeAvisDialog::accept()
{
    const CollegeAvis written = avis();
    if (written.avis.isEmpty()) {
        showError(m_error, tr("Write the avis."));
        return;
    }
    if (written.avis.size() > kLongTextLimit) {
        showError(m_error, tooLong(tr("The avis"), written.avis.size(), kLongTextLimit));
        return;
    }
    QDialog::accept();
}

// ---- the declarant's reading ------------------------------------------------------------------------------

EntretienViewer::EntretienViewer(QWidget* parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("entretienViewer"));
    setWindowTitle(tr("Ethics interview"));
    auto* layout = new QVBoxLayout(this);
    m_browser = new QTextBrowser(this);
    m_browser->setObjectName(QStringLiteral("entretienText"));
    m_browser->setPlainText(tr("Opening…"));
    layout->addWidget(m_browser, 1);
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("entretienMessage"));
    m_message->setWordWrap(true);
    layout->addWidget(m_message);
    auto* row = new QHBoxLayout;
    m_acknowledge = new QPushButton(tr("&Acknowledge receipt of the fiche"), this);
    m_acknowledge->setObjectName(QStringLiteral("acknowledgeFiche"));
    m_acknowledge->setToolTip(tr("Signs with your identity that you received the fiche; the authority sees "
                                 "the acknowledgement."));
    m_acknowledge->setEnabled(false);
    m_pdf = new QPushButton(tr("Export the fiche as &PDF…"), this);
    m_pdf->setObjectName(QStringLiteral("exportFichePdf"));
    m_pdf->setEnabled(false);
    auto* close = new QPushButton(tr("&Close"), this);
    close->setObjectName(QStringLiteral("closeEntretien"));
    row->addWidget(m_acknowledge);
    row->addWidget(m_pdf);
    row->addStretch();
    row->addWidget(close);
    layout->addLayout(row);
    connect(close, &QPushButton::clicked, this, &QDialog::reject);
    resize(900, 680);
}

} // namespace probitas::gui
