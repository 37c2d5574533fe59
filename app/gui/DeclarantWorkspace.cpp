#include "DeclarantWorkspace.h"

#include "DeclarationView.h"
#include "DeclarationWizard.h"
#include "Jurisdictions.h"
#include "Obligations.h"
#include "ObligationsPanel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>

namespace {

// What a magistrate reads for the store's status ids.
QString filingStatusLabel(const QString& status)
{
    if (status == QLatin1String("filed")) {
        return probitas::gui::DeclarantWorkspace::tr("filed, awaiting acknowledgement");
    }
    if (status == QLatin1String("receipt-held")) {
        return probitas::gui::DeclarantWorkspace::tr("receipt held");
    }
    if (status == QLatin1String("entretien-held")) {
        return probitas::gui::DeclarantWorkspace::tr("ethics interview held");
    }
    if (status == QLatin1String("superseded")) {
        return probitas::gui::DeclarantWorkspace::tr("superseded");
    }
    if (status == QLatin1String("destroyed")) {
        return probitas::gui::DeclarantWorkspace::tr("destroyed");
    }
    return status;
}

QString recipientsLabel(const QStringList& authorityIds)
{
    QStringList labels;
    for (const QString& id : authorityIds) {
        labels << probitas::authorityLabel(id, probitas::JurisdictionDirectory::builtIn());
    }
    return labels.join(QLatin1Char('\n'));
}

} // namespace

namespace probitas::gui {

DeclarantWorkspace::DeclarantWorkspace(Session& session, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
    , m_declarations(session)
    , m_drafts(new SaveDraftCommand(session, this))
{
    setObjectName(QStringLiteral("declarantWorkspace"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("workspaceTabs"));
    m_tabs->addTab(makeObligationsTab(), tr("My &obligations"));
    m_tabs->addTab(makeDeclarationsTab(), tr("My &declarations"));
    m_tabs->addTab(makeNewTab(), tr("&New declaration"));
    layout->addWidget(m_tabs);
    refreshList();

    // The draft left at the last session is offered back.
    m_draft = m_drafts->load();
    if (m_draft) {
        m_draftBar->show();
        m_tabs->setCurrentIndex(2);
    }
}

DeclarantWorkspace::~DeclarantWorkspace()
{
    m_drafts->flush();
}

QWidget* DeclarantWorkspace::makeObligationsTab()
{
    auto* page = new QWidget(this);
    page->setObjectName(QStringLiteral("tab.obligations"));
    auto* layout = new QVBoxLayout(page);
    auto* panel = new ObligationsPanel(page);
    panel->setObjectName(QStringLiteral("obligationsPanel"));
    if (m_session.person.profile) {
        panel->setProfile(*m_session.person.profile);
    }
    layout->addWidget(panel);
    return page;
}

QWidget* DeclarantWorkspace::makeDeclarationsTab()
{
    auto* page = new QWidget(this);
    page->setObjectName(QStringLiteral("tab.declarations"));
    auto* layout = new QVBoxLayout(page);
    m_table = new QTableWidget(0, 5, page);
    m_table->setObjectName(QStringLiteral("declarations"));
    m_table->setHorizontalHeaderLabels(
        {tr("Declaration"), tr("Event"), tr("Filed at"), tr("Recipients"), tr("Status")});
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->verticalHeader()->hide();
    m_table->setAccessibleName(tr("My filed declarations"));
    layout->addWidget(m_table, 1);
    m_listMessage = new QLabel(page);
    m_listMessage->setObjectName(QStringLiteral("listMessage"));
    m_listMessage->setWordWrap(true);
    layout->addWidget(m_listMessage);
    auto* buttons = new QHBoxLayout;
    auto* open = new QPushButton(tr("&Open"), page);
    open->setObjectName(QStringLiteral("openDeclaration"));
    auto* exportButton = new QPushButton(tr("&Export as PDF…"), page);
    exportButton->setObjectName(QStringLiteral("exportPdf"));
    buttons->addStretch();
    buttons->addWidget(open);
    buttons->addWidget(exportButton);
    layout->addLayout(buttons);
    connect(m_table, &QTableWidget::cellDoubleClicked, this, [this](int row, int) { openDeclaration(row); });
    connect(open, &QPushButton::clicked, this, [this] { openDeclaration(m_table->currentRow()); });
    connect(exportButton, &QPushButton::clicked, this, &DeclarantWorkspace::exportSelected);
    return page;
}

QWidget* DeclarantWorkspace::makeNewTab()
{
    auto* page = new QWidget(this);
    page->setObjectName(QStringLiteral("tab.new"));
    auto* layout = new QVBoxLayout(page);

    m_draftBar = new QWidget(page);
    m_draftBar->setObjectName(QStringLiteral("draftBar"));
    auto* draftLayout = new QHBoxLayout(m_draftBar);
    auto* draftText = new QLabel(tr("A draft from your last session is waiting."), m_draftBar);
    draftLayout->addWidget(draftText, 1);
    auto* resume = new QPushButton(tr("&Resume the draft"), m_draftBar);
    resume->setObjectName(QStringLiteral("resumeDraft"));
    draftLayout->addWidget(resume);
    m_draftBar->setStyleSheet(QStringLiteral("#draftBar { background: #cfe2ff; }"));
    m_draftBar->hide();
    layout->addWidget(m_draftBar);
    connect(resume, &QPushButton::clicked, this, &DeclarantWorkspace::resumeDraft);

    auto* chooser = new QHBoxLayout;
    chooser->addWidget(new QLabel(tr("Declaration due:"), page));
    m_kind = new QComboBox(page);
    m_kind->setObjectName(QStringLiteral("newKind"));
    if (m_session.person.profile) {
        const ObligationRules& rules = ObligationRules::builtIn();
        auto report =
            rules.compute(*m_session.person.profile, JurisdictionDirectory::builtIn(), rules.defaultRegime());
        if (report) {
            for (const Obligation& obligation : report->obligations) {
                m_kind->addItem(tr("%1 (%2), due %3")
                                    .arg(kindLabel(obligation.declaration), eventLabel(obligation.event),
                                         QLocale().toString(obligation.due, QLocale::ShortFormat)),
                                QStringList{kindId(obligation.declaration), eventId(obligation.event)});
            }
        }
    }
    chooser->addWidget(m_kind, 1);
    m_fromLast = new QCheckBox(tr("Start from my last filed declaration of this kind"), page);
    m_fromLast->setObjectName(QStringLiteral("fromLast"));
    chooser->addWidget(m_fromLast);
    auto* startButton = new QPushButton(tr("&Start"), page);
    startButton->setObjectName(QStringLiteral("startNew"));
    startButton->setEnabled(m_kind->count() > 0);
    chooser->addWidget(startButton);
    layout->addLayout(chooser);
    m_newMessage = new QLabel(page);
    m_newMessage->setObjectName(QStringLiteral("newMessage"));
    m_newMessage->setWordWrap(true);
    m_newMessage->setTextInteractionFlags(Qt::TextSelectableByMouse);
    if (m_kind->count() == 0) {
        m_newMessage->setText(tr("Your profile owes no declaration at present."));
    }
    layout->addWidget(m_newMessage);
    m_wizardArea = new QVBoxLayout;
    layout->addLayout(m_wizardArea, 1);
    connect(startButton, &QPushButton::clicked, this, &DeclarantWorkspace::startNew);
    return page;
}

void DeclarantWorkspace::refreshList()
{
    auto records = m_declarations.list();
    m_records.clear();
    m_table->setRowCount(0);
    if (!records) {
        m_listMessage->setText(records.error().message);
        return;
    }
    for (const store::DeclarationRecord& record : *records) {
        if (record.declarantId != m_session.person.id) {
            continue;
        }
        const int row = m_table->rowCount();
        m_table->insertRow(row);
        m_records << record;
        const QStringList cells{kindLabel(record.kind), eventLabel(record.event),
                                QLocale().toString(record.filedAt.toLocalTime(), QLocale::ShortFormat),
                                recipientsLabel(record.recipients), filingStatusLabel(record.status)};
        for (int column = 0; column < cells.size(); ++column) {
            m_table->setItem(row, column, new QTableWidgetItem(cells.at(column)));
        }
    }
    m_table->resizeColumnsToContents();
    m_table->resizeRowsToContents();
    m_listMessage->setText(tr("%n declaration(s) filed.", nullptr, int(m_records.size())));
}

void DeclarantWorkspace::openDeclaration(int row)
{
    if (row < 0 || row >= m_records.size()) {
        return;
    }
    auto declaration = m_declarations.open(m_records.at(row).id);
    if (!declaration) {
        m_listMessage->setText(declaration.error().message);
        return;
    }
    auto* dialog = new QDialog(this);
    dialog->setObjectName(QStringLiteral("declarationViewer"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(
        tr("%1 — filed %2")
            .arg(kindLabel(declaration->kind),
                 QLocale().toString(m_records.at(row).filedAt.toLocalTime(), QLocale::ShortFormat)));
    auto* layout = new QVBoxLayout(dialog);
    auto* view = new DeclarationView(dialog);
    view->setDeclaration(*declaration);
    layout->addWidget(view);
    auto* box = new QDialogButtonBox(QDialogButtonBox::Close, dialog);
    connect(box, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    layout->addWidget(box);
    dialog->resize(900, 700);
    dialog->show();
}

void DeclarantWorkspace::exportSelected()
{
    const int row = m_table->currentRow();
    if (row < 0 || row >= m_records.size()) {
        m_listMessage->setText(tr("Select a declaration first."));
        return;
    }
    const QString path = pdfPathProvider ? pdfPathProvider()
                                         : QFileDialog::getSaveFileName(this, tr("Export as PDF"), QString(),
                                                                        tr("PDF documents (*.pdf)"));
    if (path.isEmpty()) {
        return;
    }
    const Status exported = m_declarations.exportPdf(m_records.at(row).id, path);
    m_listMessage->setText(exported ? tr("Exported to %1.").arg(QDir::toNativeSeparators(path))
                                    : exported.error().message);
}

void DeclarantWorkspace::startNew()
{
    const QStringList choice = m_kind->currentData().toStringList();
    if (choice.size() != 2) {
        return;
    }
    const auto kind = kindFromId(choice.at(0));
    const auto event = eventFromId(choice.at(1));
    if (!kind || !event) {
        return;
    }
    if (m_fromLast->isChecked()) {
        if (auto last = m_declarations.latestOwn(*kind)) {
            auto previous = m_declarations.open(last->id);
            if (!previous) {
                m_newMessage->setText(previous.error().message);
                return;
            }
            Declaration declaration = *previous;
            declaration.supersedes = last->id;
            showWizard(declaration, *previous);
            return;
        }
    }
    const FormDefinition* definition = FormCatalog::builtIn().current(*kind, QDate::currentDate());
    if (!definition) {
        m_newMessage->setText(tr("No form is in force for this declaration."));
        return;
    }
    Declaration declaration;
    declaration.schema = definition->schema();
    declaration.kind = *kind;
    declaration.event = *event;
    if (m_session.person.profile) {
        declaration.profile = *m_session.person.profile;
    }
    // The header (name, functions, court…) from the declarant's latest filed declaration.
    if (auto last = m_declarations.latestOwn(std::nullopt)) {
        if (auto previous = m_declarations.open(last->id)) {
            declaration.declarant = previous->declarant;
            declaration.profile = previous->profile;
        }
    }
    showWizard(declaration, std::nullopt);
}

void DeclarantWorkspace::resumeDraft()
{
    if (!m_draft) {
        return;
    }
    m_draftBar->hide();
    showWizard(*m_draft, std::nullopt);
    m_draft.reset();
}

void DeclarantWorkspace::showWizard(const Declaration& declaration, std::optional<Declaration> previous)
{
    const FormDefinition* definition = FormCatalog::builtIn().find(declaration.schema);
    if (!definition) {
        m_newMessage->setText(tr("Unknown form %1.").arg(declaration.schema));
        return;
    }
    delete m_wizard;
    m_wizard = new DeclarationWizard(this);
    m_wizard->setObjectName(QStringLiteral("wizard"));
    m_wizard->setDeclaration(declaration, *definition, std::move(previous));
    m_wizardArea->addWidget(m_wizard);
    m_newMessage->setText(tr("Your work is saved as a draft, sealed to you, as you type."));
    connect(m_wizard, &DeclarationWizard::changed, this,
            [this] { m_drafts->schedule(m_wizard->declaration()); });
    connect(m_wizard, &DeclarationWizard::signAndFileRequested, this, &DeclarantWorkspace::onSignAndFile);
    m_tabs->setCurrentIndex(2);
}

void DeclarantWorkspace::onSignAndFile(const Declaration& declaration)
{
    const auto record = FileDeclarationCommand(m_session).run(declaration);
    if (!record) {
        m_newMessage->setText(tr("The declaration was not filed: %1").arg(record.error().message));
        return;
    }
    // Filing removed the store's draft; nothing pending may bring it back.
    m_drafts->cancel();
    m_wizard->hide();
    m_wizard->deleteLater(); // it is emitting the signal being handled
    m_wizard = nullptr;
    m_newMessage->setText(
        tr("Filed: declaration %1, status %2, for %3.")
            .arg(record->id, filingStatusLabel(record->status),
                 recipientsLabel(record->recipients).replace(QLatin1Char('\n'), QStringLiteral(", "))));
    refreshList();
    emit filed(record->id);
}

} // namespace probitas::gui
