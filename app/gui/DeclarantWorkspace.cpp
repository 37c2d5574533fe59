#include "DeclarantWorkspace.h"

#include "AuthorityCommands.h"
#include "BusyBar.h"
#include "ControlWorkspace.h"
#include "DeclarationView.h"
#include "DeclarationWizard.h"
#include "EntretienDialogs.h"
#include "FichePdf.h"
#include "Jurisdictions.h"
#include "Obligations.h"
#include "ObligationsPanel.h"
#include "OwnObligations.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QTabWidget>
#include <QTableWidget>
#include <QTextBrowser>
#include <QVBoxLayout>
#include <algorithm>
#include <map>

namespace {

bool isComplementary(probitas::DeclarationEvent event)
{
    return event == probitas::DeclarationEvent::Modification ||
           event == probitas::DeclarationEvent::ModificationApresEntretien;
}

// The bar offering the last session's draft back: red when it cannot be resumed.
const QString kDraftColours = QStringLiteral("background: #cfe2ff;");
const QString kUnusableDraftColours = QStringLiteral("background: #f8d7da; border: 1px solid #f1aeb5;");

QString recipientsLabel(const QStringList& authorityIds)
{
    QStringList labels;
    for (const QString& id : authorityIds) {
        // A column's cells start with a capital, as the courts' "Président — …" do.
        labels << probitas::gui::capitalized(
            probitas::authorityLabel(id, probitas::JurisdictionDirectory::builtIn()));
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
    , m_filing(new FileDeclarationCommand(session, this))
    , m_openEntretien(new OpenEntretienCommand(session, this))
    , m_acknowledgeFiche(new AcknowledgeFicheCommand(session, this))
{
    setObjectName(QStringLiteral("declarantWorkspace"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("workspaceTabs"));
    m_tabs->addTab(makeObligationsTab(), tr("My &obligations"));
    m_tabs->addTab(makeDeclarationsTab(), tr("My &declarations"));
    m_tabs->addTab(makeNewTab(), tr("&New declaration"));
    m_reminderBar = new QWidget(this);
    m_reminderBar->setObjectName(QStringLiteral("reminderBar"));
    auto* reminderRow = new QHBoxLayout(m_reminderBar);
    m_reminderText = new QLabel(m_reminderBar);
    m_reminderText->setObjectName(QStringLiteral("reminderText"));
    m_reminderText->setWordWrap(true);
    auto* showObligations = new QPushButton(tr("See my obligations"), m_reminderBar);
    showObligations->setObjectName(QStringLiteral("showObligations"));
    connect(showObligations, &QPushButton::clicked, this, [this] { m_tabs->setCurrentIndex(0); });
    reminderRow->addWidget(m_reminderText, 1);
    reminderRow->addWidget(showObligations);
    layout->addWidget(m_reminderBar);
    layout->addWidget(m_tabs);
    connect(m_obligations, &ObligationsPanel::remindersChanged, this, &DeclarantWorkspace::showReminderBar);
    showReminderBar(m_obligations->overdueCount(),
                    int(m_obligations->reminders().size()) - m_obligations->overdueCount());
    refreshList();
    refreshDue();
    connect(m_drafts, &SaveDraftCommand::saved, this, &DeclarantWorkspace::onDraftSaved);
    connect(m_drafts, &SaveDraftCommand::keptLocally, this, &DeclarantWorkspace::onDraftKeptLocally);
    connect(m_drafts, &SaveDraftCommand::waitingRefused, this, &DeclarantWorkspace::onWaitingDraftRefused);
    connect(m_drafts, &SaveDraftCommand::conflicted, this, &DeclarantWorkspace::onDraftConflict);
    connect(m_filing, &FileDeclarationCommand::finished, this, &DeclarantWorkspace::onFiled);
    connect(m_openEntretien, &StoreStepBase::done, this, &DeclarantWorkspace::onEntretienOpened);
    connect(m_acknowledgeFiche, &StoreStepBase::done, this, &DeclarantWorkspace::onFicheAcknowledged);

    // A draft kept on this computer while the server could not be reached goes first: it is newer than the
    // one in the store (its outcome told by the signals above: kept here still, refused, or in conflict with
    // the store's). Then the draft left at the last session is offered back. On a server store both are
    // asked on the session's worker, in that order, the window free meanwhile; at once on a local store.
    m_drafts->sendWaitingInBackground();
    m_drafts->loadInBackground(
        [this](const Result<std::optional<Declaration>>& draft) { offerStoredDraft(draft); });
    updateStart(); // not before the draft is read: starting would replace it unasked
}

void DeclarantWorkspace::showReminderBar(int overdue, int dueSoon)
{
    QStringList parts;
    if (overdue > 0) {
        parts << tr("%n declaration(s) overdue", nullptr, overdue);
    }
    if (dueSoon > 0) {
        parts << tr("%n declaration(s) due within 30 days", nullptr, dueSoon);
    }
    m_reminderText->setText(tr("Reminder: %1.").arg(parts.join(tr("; "))));
    m_reminderBar->setStyleSheet(overdue > 0
                                     ? QStringLiteral("#reminderBar { background: #f8d7da; border: 1px solid "
                                                      "#f1aeb5; } #reminderText { color: #58151c; }")
                                     : QStringLiteral("#reminderBar { background: #fff3cd; border: 1px solid "
                                                      "#ffda6a; } #reminderText { color: #664d03; }"));
    m_reminderBar->setVisible(!parts.isEmpty());
}

void DeclarantWorkspace::updateStart()
{
    m_start->setEnabled(m_kind->count() > 0 && !m_filing->isRunning() && !m_drafts->isLoading());
    m_start->setToolTip(m_drafts->isLoading() ? tr("Reading the draft from your last session…") : QString());
}

void DeclarantWorkspace::offerStoredDraft(const Result<std::optional<Declaration>>& draft)
{
    updateStart();
    if (m_drafts->conflict() || m_wizard) {
        return; // offered through the choice between the two versions; or resumed from that choice
    }
    // One that cannot be resumed is said so (red), and kept until the declarant discards it.
    m_unusableDraft = !draft;
    setBannerColours(m_draftBar, m_unusableDraft ? kUnusableDraftColours : kDraftColours);
    if (!draft) {
        m_draftText->setText(tr("<b>The draft from your last session cannot be resumed</b>: %1. It stays in "
                                "the store until you discard it; a new declaration would replace it.")
                                 .arg(draft.error().message.toHtmlEscaped()));
        m_resumeDraft->hide();
        m_draftBar->show();
        m_tabs->setCurrentIndex(2);
    } else if (draft->has_value()) {
        m_draft = **draft;
        m_draftBar->show();
        m_tabs->setCurrentIndex(2);
    }
}

DeclarantWorkspace::~DeclarantWorkspace()
{
    // The last edits go into the store; nothing is left to show a failure on (the command logs it).
    disconnect(m_drafts, nullptr, this, nullptr);
    m_drafts->abandonLoad();
    m_drafts->flush();
}

QWidget* DeclarantWorkspace::makeObligationsTab()
{
    auto* page = new QWidget(this);
    page->setObjectName(QStringLiteral("tab.obligations"));
    auto* layout = new QVBoxLayout(page);
    // The posting the administrators stated: it alone decides where a declaration goes and by when.
    auto* postingBox = makeBanner(QStringLiteral("postingBox"),
                                  QStringLiteral("background: #e7f1ff; border: 1px solid #9ec5fe;"), page);
    auto* postingLayout = new QVBoxLayout(postingBox);
    m_postingText = new QLabel(postingBox);
    m_postingText->setObjectName(QStringLiteral("postingText"));
    m_postingText->setWordWrap(true);
    m_postingText->setTextInteractionFlags(Qt::TextSelectableByMouse);
    postingLayout->addWidget(m_postingText);
    m_requestText = new QLabel(postingBox);
    m_requestText->setObjectName(QStringLiteral("postingRequestText"));
    m_requestText->setWordWrap(true);
    m_requestText->setTextInteractionFlags(Qt::TextSelectableByMouse);
    postingLayout->addWidget(m_requestText);
    layout->addWidget(postingBox);
    auto* intro = new QLabel(tr("Below, the declarations your posting calls for. After a new posting, a "
                                "cessation or a substantial change, describe your situation: if the posting "
                                "differs, ask the administrator to record it; a declaration is filed on the "
                                "official posting only."),
                             page);
    intro->setObjectName(QStringLiteral("situationIntro"));
    intro->setWordWrap(true);
    layout->addWidget(intro);
    auto* differenceRow = new QHBoxLayout;
    m_postingDifference = new QLabel(page);
    m_postingDifference->setObjectName(QStringLiteral("postingDifference"));
    m_postingDifference->setWordWrap(true);
    m_postingDifference->setStyleSheet(QStringLiteral("color: #664d03;"));
    m_requestPosting = new QPushButton(tr("As&k the administrator for this change…"), page);
    m_requestPosting->setObjectName(QStringLiteral("requestPosting"));
    differenceRow->addWidget(m_postingDifference, 1);
    differenceRow->addWidget(m_requestPosting);
    layout->addLayout(differenceRow);
    m_obligations = new ObligationsPanel(page);
    m_obligations->setObjectName(QStringLiteral("obligationsPanel"));
    m_posting = m_session.person.profile;
    if (const auto obliged = m_session.person.obligationsProfile()) {
        m_obligations->setProfile(*obliged); // with the substantial change she last declared
    }
    layout->addWidget(m_obligations, 1);
    // Her filings that cannot be shown as meeting anything: a row or a receipt the trail does not vouch for.
    m_filingsProblem = new QLabel(page);
    m_filingsProblem->setObjectName(QStringLiteral("filingsProblem"));
    m_filingsProblem->setWordWrap(true);
    m_filingsProblem->setStyleSheet(QStringLiteral("color: #b02a37;"));
    m_filingsProblem->hide();
    layout->addWidget(m_filingsProblem);
    connect(m_obligations, &ObligationsPanel::obligationsChanged, this, [this] {
        if (m_kind) {
            refreshDue();
        }
        showPostingDifference(); // the store is asked only when the posting or the requests may have changed
    });
    connect(m_requestPosting, &QPushButton::clicked, this, &DeclarantWorkspace::requestPostingChange);
    refreshPosting();
    return page;
}

void DeclarantWorkspace::refreshPosting()
{
    if (!m_postingText) {
        return;
    }
    // Read on the session's worker (a server store), the window free meanwhile; at once on a local store.
    struct PostingRead
    {
        std::optional<Profile> posting;
        bool personRead = false;
        Result<QList<store::PostingRequest>> requests = QList<store::PostingRequest>();
    };
    const QString personId = m_session.person.id;
    const crypto::Identity identity = m_session.identity;
    runOnStore<PostingRead>(
        m_session.worker.get(), *m_session.store, this,
        [personId, identity](store::Store& store) -> Result<PostingRead> {
            PostingRead read;
            if (auto self = store.directory().personById(personId)) {
                read.posting = self->profile;
                read.personRead = true;
            }
            read.requests = store.postings().requests(identity);
            return read;
        },
        [this](const Result<PostingRead>& read) {
            if (read->personRead) {
                m_posting = read->posting;
            }
            showPosting(read->requests);
        });
}

void DeclarantWorkspace::showPosting(const Result<QList<store::PostingRequest>>& requests)
{
    m_postingText->setText(
        m_posting
            ? tr("<b>Your official posting</b>, as the directory states it: %1.")
                  .arg(postingSummary(*m_posting).toHtmlEscaped())
            : tr("<b>The directory states no official posting for you yet.</b> Your declarations can be "
                 "filed once the administrator has recorded it: describe your situation below and ask "
                 "for it."));
    // The newest request says where things stand: awaiting a decision, or rejected and why.
    QString requestLine;
    if (!requests) {
        requestLine = tr("Your requests cannot be read: %1").arg(requests.error().message.toHtmlEscaped());
    } else if (!requests->isEmpty()) {
        const store::PostingRequest& last = requests->constLast();
        const QString on = QLocale().toString(last.requestedAt.toLocalTime().date(), QLocale::ShortFormat);
        switch (last.status) {
        case store::PostingRequestStatus::Pending:
            requestLine = tr("Request sent on %1, awaiting the administrator: %2.")
                              .arg(on, postingSummary(last.posting).toHtmlEscaped());
            break;
        case store::PostingRequestStatus::Rejected:
            requestLine = tr("Your request of %1 was rejected by %2: “%3”.")
                              .arg(on, last.decidedBy.toHtmlEscaped(), last.reason.toHtmlEscaped());
            break;
        case store::PostingRequestStatus::Granted:
        case store::PostingRequestStatus::Replaced:
            break;
        }
    }
    m_requestText->setText(requestLine);
    m_requestText->setVisible(!requestLine.isEmpty());
    showPostingDifference();
}

void DeclarantWorkspace::showPostingDifference()
{
    if (!m_postingDifference) {
        return;
    }
    const auto described = m_obligations->profile();
    QString difference;
    if (described && !m_posting) {
        difference = tr("The situation described is not yet your official posting.");
    } else if (described && m_posting) {
        const QStringList differences = described->postingDifferences(*m_posting);
        if (!differences.isEmpty()) {
            difference = tr("The situation described differs from your official posting (described / "
                            "official): %1. A declaration is filed on the official posting only.")
                             .arg(differences.join(QStringLiteral("; ")));
        }
    }
    m_postingDifference->setText(difference);
    m_postingDifference->setVisible(!difference.isEmpty());
    m_requestPosting->setVisible(!difference.isEmpty());
}

void DeclarantWorkspace::requestPostingChange()
{
    const auto described = m_obligations->profile();
    if (!described) {
        return;
    }
    std::optional<QString> note;
    if (postingNoteProvider) {
        note = postingNoteProvider();
    } else {
        bool ok = false;
        const QString text = QInputDialog::getMultiLineText(
            this, tr("Ask for a change of posting"),
            tr("The administrator will record this posting once granted: %1.\n\nA note for the administrator "
               "(the decree or order, the date of installation…), kept in the audit trail:")
                .arg(postingSummary(described->posting())),
            QString(), &ok);
        if (ok) {
            note = text;
        }
    }
    if (!note) {
        return;
    }
    auto request = m_session.store->postings().request(m_session.identity, *described, *note);
    if (!request) {
        m_requestText->setText(
            tr("The request was not sent: %1").arg(request.error().message.toHtmlEscaped()));
        m_requestText->show();
        return;
    }
    refreshPosting();
}

QWidget* DeclarantWorkspace::makeDeclarationsTab()
{
    auto* page = new QWidget(this);
    page->setObjectName(QStringLiteral("tab.declarations"));
    auto* layout = new QVBoxLayout(page);

    // What the authority expects of the magistrate after the entretien déontologique (art. 7-2 I).
    m_ficheBar = makeBanner(QStringLiteral("ficheBar"),
                            QStringLiteral("background: #fff3cd; border: 1px solid #ffe69c;"), page);
    auto* ficheLayout = new QHBoxLayout(m_ficheBar);
    m_ficheBarText = new QLabel(m_ficheBar);
    m_ficheBarText->setObjectName(QStringLiteral("ficheBarText"));
    m_ficheBarText->setWordWrap(true);
    ficheLayout->addWidget(m_ficheBarText, 1);
    auto* readFiche = new QPushButton(tr("&Read the fiche and acknowledge it…"), m_ficheBar);
    readFiche->setObjectName(QStringLiteral("readPendingFiche"));
    ficheLayout->addWidget(readFiche);
    m_ficheBar->hide();
    layout->addWidget(m_ficheBar);
    m_invitationBar = makeBanner(QStringLiteral("invitationBar"),
                                 QStringLiteral("background: #cfe2ff; border: 1px solid #9ec5fe;"), page);
    auto* invitationLayout = new QHBoxLayout(m_invitationBar);
    m_invitationBarText = new QLabel(m_invitationBar);
    m_invitationBarText->setObjectName(QStringLiteral("invitationBarText"));
    m_invitationBarText->setWordWrap(true);
    invitationLayout->addWidget(m_invitationBarText, 1);
    auto* modify = new QPushButton(tr("&Modify my declaration…"), m_invitationBar);
    modify->setObjectName(QStringLiteral("startInvitedModification"));
    invitationLayout->addWidget(modify);
    m_invitationBar->hide();
    layout->addWidget(m_invitationBar);
    connect(readFiche, &QPushButton::clicked, this, &DeclarantWorkspace::openPendingFiche);
    connect(modify, &QPushButton::clicked, this, &DeclarantWorkspace::startInvitedModification);

    m_table = new QTableWidget(0, ColumnCount, page);
    m_table->setObjectName(QStringLiteral("declarations"));
    m_table->setHorizontalHeaderLabels({tr("Declaration"), tr("Event"), tr("Version"), tr("Filed at"),
                                        tr("Recipients"), tr("Status"), tr("Ethics interview")});
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->verticalHeader()->hide();
    m_table->setAccessibleName(tr("My filed declarations"));
    layout->addWidget(m_table, 1);
    m_listBusy =
        makeBusyBar(page, QStringLiteral("listBusy"), tr("Reading your declarations from the server"));
    m_listBusy->setMaximumHeight(8);
    m_listBusy->setTextVisible(false);
    m_listBusy->hide();
    layout->addWidget(m_listBusy);
    m_listMessage = new QLabel(page);
    m_listMessage->setObjectName(QStringLiteral("listMessage"));
    m_listMessage->setWordWrap(true);
    layout->addWidget(m_listMessage);
    auto* buttons = new QHBoxLayout;
    auto* open = new QPushButton(tr("O&pen"), page);
    open->setObjectName(QStringLiteral("openDeclaration"));
    auto* exportButton = new QPushButton(tr("&Export as PDF…"), page);
    exportButton->setObjectName(QStringLiteral("exportPdf"));
    m_entretienButton = new QPushButton(tr("Ethics &interview…"), page);
    m_entretienButton->setObjectName(QStringLiteral("openEntretien"));
    m_entretienButton->setToolTip(
        tr("The convocation and the fiche navette of the ethics interview about the "
           "selected declaration."));
    m_entretienButton->setEnabled(false);
    buttons->addStretch();
    buttons->addWidget(m_entretienButton);
    buttons->addWidget(open);
    buttons->addWidget(exportButton);
    layout->addLayout(buttons);
    connect(m_entretienButton, &QPushButton::clicked, this, [this] { openEntretien(m_table->currentRow()); });
    connect(m_table, &QTableWidget::currentCellChanged, this, [this](int row) {
        m_entretienButton->setEnabled(row >= 0 && row < m_records.size() &&
                                      m_latestEntretiens.count(m_records.at(row).id) > 0);
    });
    connect(m_table, &QTableWidget::cellDoubleClicked, this, [this](int row, int) { openDeclaration(row); });
    connect(open, &QPushButton::clicked, this, [this] { openDeclaration(m_table->currentRow()); });
    connect(exportButton, &QPushButton::clicked, this, &DeclarantWorkspace::exportSelected);
    // The HATVP's control of her DSPs (art. 7-3 IV to VI): shown once there is one.
    m_controls = new ControlWorkspace(m_session, ControlWorkspace::Side::Declarant, page);
    m_controls->hide();
    layout->addWidget(m_controls, 1);
    connect(m_controls, &ControlWorkspace::listed, this,
            [this] { m_controls->setVisible(!m_controls->isEmpty()); });
    return page;
}

QWidget* DeclarantWorkspace::makeNewTab()
{
    auto* page = new QWidget(this);
    page->setObjectName(QStringLiteral("tab.new"));
    auto* layout = new QVBoxLayout(page);

    m_draftBar = makeBanner(QStringLiteral("draftBar"), kDraftColours, page);
    auto* draftLayout = new QHBoxLayout(m_draftBar);
    m_draftText = new QLabel(tr("A draft from your last session is waiting."), m_draftBar);
    m_draftText->setObjectName(QStringLiteral("draftText"));
    m_draftText->setWordWrap(true);
    draftLayout->addWidget(m_draftText, 1);
    auto* resume = m_resumeDraft = new QPushButton(tr("&Resume the draft"), m_draftBar);
    resume->setObjectName(QStringLiteral("resumeDraft"));
    draftLayout->addWidget(resume);
    auto* discard = new QPushButton(tr("D&iscard the draft…"), m_draftBar);
    discard->setObjectName(QStringLiteral("discardDraft"));
    draftLayout->addWidget(discard);
    m_draftBar->hide();
    layout->addWidget(m_draftBar);
    connect(resume, &QPushButton::clicked, this, &DeclarantWorkspace::resumeDraft);
    connect(discard, &QPushButton::clicked, this, &DeclarantWorkspace::discardDraft);

    // A draft the store refused stays on screen until a save succeeds: what was typed is only in memory.
    m_saveProblem = makeBanner(QStringLiteral("saveProblem"),
                               QStringLiteral("background: #f8d7da; border: 1px solid #f1aeb5;"), page);
    auto* problemLayout = new QHBoxLayout(m_saveProblem);
    m_saveProblemText = new QLabel(m_saveProblem);
    m_saveProblemText->setObjectName(QStringLiteral("saveProblemText"));
    m_saveProblemText->setWordWrap(true);
    m_saveProblemText->setStyleSheet(QStringLiteral("color: #58151c;"));
    m_saveProblemText->setTextInteractionFlags(Qt::TextSelectableByMouse);
    problemLayout->addWidget(m_saveProblemText, 1);
    auto* retry = new QPushButton(tr("Save the draft no&w"), m_saveProblem);
    retry->setObjectName(QStringLiteral("retrySave"));
    problemLayout->addWidget(retry);
    m_saveProblem->hide();
    layout->addWidget(m_saveProblem);
    connect(retry, &QPushButton::clicked, m_drafts, &SaveDraftCommand::saveNow);

    // Two versions of the draft: neither is written over until she chooses.
    m_conflictBar = makeBanner(QStringLiteral("draftConflict"),
                               QStringLiteral("background: #fff3cd; border: 1px solid #ffda6a;"), page);
    auto* conflictLayout = new QHBoxLayout(m_conflictBar);
    m_conflictText = new QLabel(m_conflictBar);
    m_conflictText->setObjectName(QStringLiteral("draftConflictText"));
    m_conflictText->setWordWrap(true);
    conflictLayout->addWidget(m_conflictText, 1);
    m_keepStored = new QPushButton(tr("Keep the one in the &store"), m_conflictBar);
    m_keepStored->setObjectName(QStringLiteral("keepStoredDraft"));
    conflictLayout->addWidget(m_keepStored);
    m_keepLocal = new QPushButton(tr("Keep the one from &this computer"), m_conflictBar);
    m_keepLocal->setObjectName(QStringLiteral("keepLocalDraft"));
    conflictLayout->addWidget(m_keepLocal);
    m_choosingBusy =
        makeBusyBar(m_conflictBar, QStringLiteral("draftChoiceBusy"), tr("Keeping the draft chosen"));
    m_choosingBusy->setMaximumWidth(80);
    m_choosingBusy->setTextVisible(false);
    m_choosingBusy->hide();
    conflictLayout->addWidget(m_choosingBusy);
    m_conflictBar->hide();
    layout->addWidget(m_conflictBar);
    connect(m_keepStored, &QPushButton::clicked, this, [this] { keepDraft(false); });
    connect(m_keepLocal, &QPushButton::clicked, this, [this] { keepDraft(true); });

    auto* chooser = new QHBoxLayout;
    auto* kindLabelWidget = new QLabel(tr("Declaration d&ue:"), page);
    kindLabelWidget->setObjectName(QStringLiteral("newKindLabel"));
    m_kindLabel = kindLabelWidget;
    chooser->addWidget(kindLabelWidget);
    m_kind = new QComboBox(page);
    m_kind->setObjectName(QStringLiteral("newKind"));
    m_kind->setAccessibleName(tr("Declaration due"));
    m_kind->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    kindLabelWidget->setBuddy(m_kind);
    chooser->addWidget(m_kind, 1);
    m_fromLast = new QCheckBox(tr("Start from my &last filed declaration of this kind"), page);
    m_fromLast->setObjectName(QStringLiteral("fromLast"));
    m_fromLast->setToolTip(tr("A complementary declaration, or the one due at a new posting, starts from "
                              "what you last filed; the summary shows what you changed."));
    chooser->addWidget(m_fromLast);
    m_start = new QPushButton(tr("S&tart"), page);
    m_start->setObjectName(QStringLiteral("startNew"));
    chooser->addWidget(m_start);
    layout->addLayout(chooser);
    m_newMessage = new QLabel(page);
    m_newMessage->setObjectName(QStringLiteral("newMessage"));
    m_newMessage->setWordWrap(true);
    m_newMessage->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_newMessage);
    m_filingBusy = makeBusyBar(page, QStringLiteral("filingBusy"), tr("Signing, sealing and filing"));
    m_filingBusy->hide();
    layout->addWidget(m_filingBusy);
    m_wizardArea = new QVBoxLayout;
    layout->addLayout(m_wizardArea, 1);
    // Without a wizard, the spare height stays below the messages instead of spreading between them.
    layout->addStretch(0);
    connect(m_start, &QPushButton::clicked, this, &DeclarantWorkspace::startNew);
    connect(m_kind, &QComboBox::currentIndexChanged, this, &DeclarantWorkspace::refreshFromLast);
    return page;
}

void DeclarantWorkspace::refreshDue()
{
    const QVariant previous = m_kind->currentData();
    QSignalBlocker blocker(m_kind);
    m_kind->clear();
    if (m_obligations->profile()) {
        // What is still due, as "My obligations" shows it: never a declaration already filed.
        const std::vector<Obligation>& obligations = m_obligations->obligations();
        const std::vector<ObligationStanding>& standings = m_obligations->obligationStandings();
        std::vector<DeclarationKind> complementaryDue;
        for (size_t index = 0; index < obligations.size() && index < standings.size(); ++index) {
            const Obligation& obligation = obligations[index];
            if (standings[index].met()) {
                continue;
            }
            m_kind->addItem(tr("%1 (%2), due %3")
                                .arg(kindLabel(obligation.declaration), eventLabel(obligation.event),
                                     QLocale().toString(obligation.due, QLocale::ShortFormat)),
                            QStringList{kindId(obligation.declaration), eventId(obligation.event)});
            if (obligation.event == DeclarationEvent::Modification) {
                complementaryDue.push_back(obligation.declaration);
            }
        }
        // The complementary declaration (art. 7-2 III, 7-3 III) may follow any substantial change: offered
        // for each kind the posting owes and she has filed, unless one is already due above.
        std::vector<DeclarationKind> kinds;
        for (const Obligation& obligation : obligations) {
            if (std::find(kinds.begin(), kinds.end(), obligation.declaration) == kinds.end()) {
                kinds.push_back(obligation.declaration);
            }
        }
        for (const DeclarationKind kind : kinds) {
            const bool filed = std::any_of(m_ownFilings.begin(), m_ownFilings.end(),
                                           [kind](const Filing& filing) { return filing.kind == kind; });
            if (filed &&
                std::find(complementaryDue.begin(), complementaryDue.end(), kind) == complementaryDue.end()) {
                m_kind->addItem(tr("complementary %1 (after a substantial change)").arg(kindLabel(kind)),
                                QStringList{kindId(kind), eventId(DeclarationEvent::Modification)});
            }
        }
    }
    m_kind->setCurrentIndex(std::max(0, m_kind->findData(previous)));
    const bool any = m_kind->count() > 0;
    updateStart();
    // Refreshed after each filing too: only its own message goes, never the filing's confirmation.
    const QString nothingDue = tr("Your situation owes no declaration at present.");
    if (!any) {
        m_newMessage->setText(nothingDue);
    } else if (!m_wizard && m_newMessage->text() == nothingDue) {
        m_newMessage->clear();
    }
    refreshFromLast();
}

void DeclarantWorkspace::refreshFromLast()
{
    const QStringList choice = m_kind->currentData().toStringList();
    const auto kind = choice.size() == 2 ? kindFromId(choice.at(0)) : std::nullopt;
    // From her declarations as last listed (read on the session's worker): called when the listing
    // arrives, it must not ask the store on this thread, which a slow server would hold.
    const bool available =
        kind &&
        std::any_of(m_records.begin(), m_records.end(), [&kind](const store::DeclarationRecord& record) {
            return record.kind == *kind && !store::isFinal(record.status);
        });
    // Starting from what was filed is the default whenever there is something to start from.
    m_fromLast->setEnabled(available);
    m_fromLast->setChecked(available);
}

bool DeclarantWorkspace::confirm(const QString& title, const QString& question, const QString& yes)
{
    if (confirmation) {
        return confirmation(question);
    }
    QMessageBox box(QMessageBox::Question, title, question, QMessageBox::NoButton, this);
    QPushButton* accept = box.addButton(yes, QMessageBox::DestructiveRole);
    box.setDefaultButton(box.addButton(tr("Cancel"), QMessageBox::RejectRole));
    box.exec();
    return box.clickedButton() == accept;
}

// What "My declarations" shows, read from one store (the session's worker's, on a server).
struct DeclarantListing
{
    Result<QList<store::DeclarationRecord>> records = QList<store::DeclarationRecord>();
    QList<store::EntretienRecord> entretiens;               // hers; none when they cannot be read
    QHash<QString, DeclarationsCommand::Receipts> receipts; // by declaration
    // Hers, checked against the trail, with the receipts verified: what "My obligations" matches.
    Result<std::vector<Filing>> ownFilings = std::vector<Filing>();
    // The text "My obligations" applies: the store's, as its administrators stated it.
    Result<store::AppliedRegime> regime = store::AppliedRegime();
};

static Result<DeclarantListing> readListing(const store::Store& store, const crypto::Identity& identity,
                                            const QString& personId)
{
    DeclarantListing listing;
    listing.records = store.declarations().list(identity);
    listing.ownFilings = store.declarations().ownFilings(identity);
    listing.regime = store::obligationsRegime(store);
    if (auto entretiens = store.entretiens().list(identity, QString())) {
        for (const store::EntretienRecord& entretien : *entretiens) {
            if (entretien.declarantId == personId) {
                listing.entretiens << entretien;
            }
        }
    }
    if (listing.records) {
        for (const store::DeclarationRecord& record : *listing.records) {
            if (record.declarantId == personId) {
                listing.receipts.insert(record.id, DeclarationsCommand::receiptsIn(store, record));
            }
        }
    }
    return listing;
}

namespace {} // namespace

void DeclarantWorkspace::refreshList()
{
    // On a server, read in the background: the list says it is being read meanwhile.
    m_listBusy->setVisible(m_session.worker != nullptr);
    const crypto::Identity identity = m_session.identity;
    const QString personId = m_session.person.id;
    runOnStore<DeclarantListing>(
        m_session.worker.get(), *m_session.store, this,
        [identity, personId](store::Store& store) { return readListing(store, identity, personId); },
        [this](const Result<DeclarantListing>& listing) {
            m_listBusy->hide();
            showList(*listing);
        });
    m_controls->refresh();
}

void DeclarantWorkspace::showList(const DeclarantListing& listing)
{
    const auto& records = listing.records;
    m_records.clear();
    m_table->setRowCount(0);
    m_entretiens = listing.entretiens;
    m_latestEntretiens = latestEntretiens(m_entretiens);
    if (!records) {
        m_listMessage->setText(records.error().message);
        return;
    }
    for (const store::DeclarationRecord& record : *records) {
        if (record.declarantId == m_session.person.id) {
            m_records << record;
        }
    }
    // "My obligations": what she filed meets what she owes; nothing is shown met on a row the trail does not
    // vouch for.
    m_ownFilings = listing.ownFilings ? *listing.ownFilings : std::vector<Filing>();
    QString filingsProblem = listing.ownFilings ? QString() : listing.ownFilings.error().message;
    for (const Filing& filing : m_ownFilings) {
        if (filingsProblem.isEmpty() && !filing.receiptProblem.isEmpty()) {
            filingsProblem = filing.receiptProblem;
        }
    }
    // The text applied is the store's, as its administrators stated it, read with the listing on the
    // session's worker: named with why (issue 14 §1).
    if (listing.regime) {
        m_obligations->setRegime(listing.regime->id, listing.regime->why);
        m_regime = listing.regime->id;
        if (m_wizard) {
            m_wizard->setRegime(m_regime);
        }
    } else if (filingsProblem.isEmpty()) {
        filingsProblem = listing.regime.error().message;
    }
    m_filingsProblem->setText(filingsProblem.isEmpty()
                                  ? QString()
                                  : tr("Your filings cannot all be shown: %1").arg(filingsProblem));
    m_filingsProblem->setVisible(!filingsProblem.isEmpty());
    m_obligations->setFilings(m_ownFilings);
    refreshDue();
    // Newest first; each version numbered along its chain of supersessions.
    std::sort(m_records.begin(), m_records.end(),
              [](const store::DeclarationRecord& a, const store::DeclarationRecord& b) {
                  return a.filedAt > b.filedAt;
              });
    std::map<QString, const store::DeclarationRecord*> byId;
    std::map<QString, const store::DeclarationRecord*> successor;
    for (const store::DeclarationRecord& record : m_records) {
        byId[record.id] = &record;
        if (!record.supersedes.isEmpty()) {
            successor[record.supersedes] = &record;
        }
    }
    const auto version = [&byId](const store::DeclarationRecord& record) {
        int number = 1;
        for (auto found = byId.find(record.supersedes); found != byId.end() && number <= int(byId.size());
             found = byId.find(found->second->supersedes)) {
            ++number;
        }
        return number;
    };
    const QLocale locale;
    for (const store::DeclarationRecord& record : m_records) {
        const DeclarationsCommand::Receipts receipts = listing.receipts.value(record.id);
        // "Receipt held" only for a receipt that verifies; one that does not is said, in red.
        QString status =
            declarationStatusLabel(record.status == store::DeclarationStatus::ReceiptHeld && !receipts.held
                                       ? store::DeclarationStatus::Filed
                                       : record.status);
        if (const auto next = successor.find(record.id); next != successor.end()) {
            status = (receipts.held ? tr("superseded by version %1 of %2, receipt held")
                                    : tr("superseded by version %1 of %2"))
                         .arg(version(*next->second))
                         .arg(locale.toString(next->second->filedAt.toLocalTime(), QLocale::ShortFormat));
        }
        if (!receipts.problem.isEmpty()) {
            status = tr("%1 — receipt not valid").arg(status);
        }
        const auto found = m_latestEntretiens.find(record.id);
        const QString entretien =
            found == m_latestEntretiens.end() ? QStringLiteral("—") : EntretienText::summary(found->second);
        QStringList cells(ColumnCount);
        cells[KindColumn] = kindLabel(record.kind);
        cells[EventColumn] = eventLabel(record.event);
        cells[VersionColumn] = QString::number(version(record));
        cells[FiledColumn] = locale.toString(record.filedAt.toLocalTime(), QLocale::ShortFormat);
        cells[RecipientsColumn] = recipientsLabel(record.recipients);
        cells[StatusColumn] = status;
        cells[EntretienColumn] = entretien;
        const int row = m_table->rowCount();
        m_table->insertRow(row);
        for (int column = 0; column < ColumnCount; ++column) {
            auto* item = new QTableWidgetItem(cells.at(column));
            if (column == VersionColumn || (column == EntretienColumn && cells.at(column).size() == 1)) {
                item->setTextAlignment(Qt::AlignCenter);
            }
            if (column == StatusColumn && !receipts.problem.isEmpty()) {
                item->setForeground(QBrush(QColor(0xb0, 0x2a, 0x37)));
                item->setToolTip(capitalized(receipts.problem));
            }
            m_table->setItem(row, column, item);
        }
    }
    m_table->resizeColumnsToContents();
    // The longest events and statuses wrap, so the ethics interview stays in view at 1280 pixels.
    for (int column : {int(EventColumn), int(StatusColumn)}) {
        m_table->setColumnWidth(column, std::min(m_table->columnWidth(column), 230));
    }
    m_table->resizeRowsToContents();
    m_listMessage->setText(tr("%n declaration(s) filed.", nullptr, int(m_records.size())));
    m_entretienButton->setEnabled(false);
    refreshEntretienBanners();
    showWhatIsAwaitedOnce();
}

void DeclarantWorkspace::showWhatIsAwaitedOnce()
{
    // A fiche to acknowledge or an invitation to modify: what the authority awaits is shown first, when the
    // first list is shown (on a server store it arrives after the workspace is built), unless the draft left
    // at the last session is offered.
    if (m_awaitedShown) {
        return;
    }
    m_awaitedShown = true;
    if ((!m_ficheBar->isHidden() || !m_invitationBar->isHidden()) && m_draftBar->isHidden()) {
        m_tabs->setCurrentIndex(1);
    }
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
    // Our own word, as in the entry dialog: French even where Qt's translations are not installed.
    box->button(QDialogButtonBox::Close)->setText(tr("Close"));
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
    if (choice.size() != 2 || m_filing->isRunning()) {
        return;
    }
    const auto kind = kindFromId(choice.at(0));
    const auto event = eventFromId(choice.at(1));
    if (!kind || !event || !mayReplaceWork()) {
        return;
    }
    std::optional<store::DeclarationRecord> base;
    if (m_fromLast->isChecked()) {
        base = m_declarations.latestOwn(*kind);
    }
    // A complementary declaration is a new version of the same declaration; the one due at a new posting is
    // a declaration of its own, to the new authorities.
    startFrom(*kind, *event, base, isComplementary(*event));
}

bool DeclarantWorkspace::mayReplaceWork()
{
    if ((m_draft || m_unusableDraft) &&
        !confirm(tr("Start a new declaration"),
                 tr("A draft from your last session is waiting. A new declaration replaces it "
                    "as soon as you type. Start a new declaration?"),
                 tr("Start a new one"))) {
        return false;
    }
    if (m_wizard && !m_draft && !m_unusableDraft &&
        !confirm(tr("Start a new declaration"),
                 tr("The declaration you are filling will be replaced by a new one. Start a new "
                    "declaration?"),
                 tr("Start a new one"))) {
        return false;
    }
    return true;
}

void DeclarantWorkspace::startFrom(DeclarationKind kind, DeclarationEvent event,
                                   const std::optional<store::DeclarationRecord>& base, bool supersede)
{
    const FormDefinition* definition = FormCatalog::builtIn().current(kind, QDate::currentDate());
    if (!definition) {
        m_newMessage->setText(tr("No form is in force for this declaration."));
        return;
    }
    Declaration declaration;
    declaration.schema = definition->schema();
    declaration.kind = kind;
    declaration.event = event;
    // The situation described on "My obligations" decides the recipients (a new posting, a change).
    if (const auto situation = m_obligations->profile()) {
        declaration.profile = *situation;
    } else if (const auto obliged = m_session.person.obligationsProfile()) {
        declaration.profile = *obliged;
    }
    std::optional<Declaration> previous;
    QString note;
    if (base) {
        auto opened = m_declarations.open(base->id);
        if (!opened) {
            m_newMessage->setText(opened.error().message);
            return;
        }
        declaration.declarant = opened->declarant;
        if (opened->schema == declaration.schema) {
            declaration.items = opened->items;
            declaration.observations = opened->observations;
            previous = *opened;
        } else {
            note = tr("The form has changed since your last declaration: only your identity is carried "
                      "over.");
        }
        if (supersede) {
            declaration.supersedes = base->id;
        }
    } else if (auto last = m_declarations.latestOwn(std::nullopt)) {
        // The header (name, functions, court…) from the declarant's latest filed declaration.
        if (auto opened = m_declarations.open(last->id)) {
            declaration.declarant = opened->declarant;
        }
    }
    // The installation date in the header is the situation's, not the one of the posting declared last.
    const QString installedField = QStringLiteral("dateInstallation");
    if (definition->findHeaderField(installedField) && declaration.profile &&
        declaration.profile->installedOn.isValid()) {
        declaration.declarant.values[installedField] = declaration.profile->installedOn;
    }
    m_draft.reset();
    m_unusableDraft = false;
    m_draftBar->hide();
    showWizard(declaration, std::move(previous));
    if (!note.isEmpty()) {
        m_newMessage->setText(note + QLatin1Char(' ') + m_newMessage->text());
    }
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

void DeclarantWorkspace::discardDraft()
{
    if ((!m_draft && !m_unusableDraft) ||
        !confirm(tr("Discard the draft"),
                 tr("Discard the draft from your last session? What it holds cannot be "
                    "recovered."),
                 tr("Discard the draft"))) {
        return;
    }
    m_drafts->cancel();
    if (const Status discarded = DiscardDraftCommand(m_session).run(); !discarded) {
        m_newMessage->setText(tr("The draft was not discarded: %1").arg(discarded.error().message));
        return;
    }
    m_draft.reset();
    m_unusableDraft = false;
    m_draftBar->hide();
    m_newMessage->setText(tr("The draft was discarded."));
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
    m_wizard->setRegime(m_regime); // the recipients it shows are the ones the store will route to
    m_wizard->setDeclaration(declaration, *definition, std::move(previous));
    m_wizardArea->addWidget(m_wizard);
    m_wizard->show();
    // The chooser above no longer describes the declaration below it: it now offers to start another one.
    m_kindLabel->setText(tr("Or start another d&ue declaration:"));
    m_newMessage->setText(tr("Your work is saved as a draft, sealed to you, as you type."));
    connect(m_wizard, &DeclarationWizard::changed, this,
            [this] { m_drafts->schedule(m_wizard->declaration()); });
    connect(m_wizard, &DeclarationWizard::signAndFileRequested, this, &DeclarantWorkspace::onSignAndFile);
    m_tabs->setCurrentIndex(2);
}

void DeclarantWorkspace::onSignAndFile(const Declaration& declaration)
{
    if (m_filing->isRunning()) {
        return;
    }
    // No draft write while filing: the filing removes the draft, and a failure puts it back below.
    m_drafts->cancel();
    m_wizard->setEnabled(false);
    m_start->setEnabled(false);
    m_filingBusy->show();
    m_newMessage->setText(tr("Signing, sealing and filing your declaration…"));
    m_filing->run(declaration);
}

void DeclarantWorkspace::onFiled(const Result<store::DeclarationRecord>& record)
{
    m_filingBusy->hide();
    updateStart();
    if (!record) {
        m_newMessage->setText(tr("The declaration was not filed: %1").arg(record.error().message));
        if (m_wizard) {
            m_wizard->setEnabled(true);
            m_drafts->schedule(m_wizard->declaration());
        }
        return;
    }
    if (m_wizard) {
        m_wizard->hide();
        m_wizard->deleteLater();
        m_wizard = nullptr;
        m_kindLabel->setText(tr("Declaration d&ue:"));
    }
    m_saveProblem->hide();
    m_newMessage->setText(
        tr("Filed: declaration %1, status %2, for %3.")
            .arg(record->id, declarationStatusLabel(record->status),
                 recipientsLabel(record->recipients).replace(QLatin1Char('\n'), QStringLiteral(", "))));
    refreshList();
    refreshFromLast();
    emit filed(record->id);
}

void DeclarantWorkspace::onDraftSaved(bool ok, const QString& problem)
{
    m_saveProblemText->setToolTip(QString());
    m_saveProblem->findChild<QPushButton*>(QStringLiteral("retrySave"))->show();
    if (ok) {
        m_saveProblem->hide();
        if (m_wizard) {
            m_newMessage->setText(tr("Your work is saved as a draft, sealed to you, as you type. Last saved "
                                     "at %1.")
                                      .arg(QLocale().toString(QTime::currentTime(), QLocale::ShortFormat)));
        }
        return;
    }
    m_saveProblemText->setText(
        tr("<b>Your draft could not be saved</b> (%1). What you typed is still on screen; Probitas tries "
           "again in %2 seconds. Do not close Probitas until the draft is saved.")
            .arg(problem.toHtmlEscaped())
            .arg(SaveDraftCommand::kRetryMs / 1000));
    m_saveProblem->show();
}

void DeclarantWorkspace::onDraftKeptLocally(const QString& problem)
{
    // The driver's words are for whoever fixes the server: under the pointer, not in the banner.
    m_saveProblemText->setText(tr(
        "<b>The server cannot be reached.</b> Your draft is kept on this computer, sealed to you, and waits "
        "for the server: it is sent as soon as the server answers again. You may go on typing, or close "
        "Probitas: nothing is lost."));
    m_saveProblemText->setToolTip(problem);
    m_saveProblem->findChild<QPushButton*>(QStringLiteral("retrySave"))->show();
    m_saveProblem->show();
    if (m_wizard) {
        m_newMessage->setText(
            tr("Your work is kept on this computer, sealed to you, until the server answers. "
               "Last kept at %1.")
                .arg(QLocale().toString(QTime::currentTime(), QLocale::ShortFormat)));
    }
}

void DeclarantWorkspace::onWaitingDraftRefused(const QString& problem)
{
    m_saveProblemText->setText(
        tr("<b>The draft kept on this computer cannot be sent</b>: %1.").arg(problem.toHtmlEscaped()));
    // Trying again would not change it: the file stays for whoever looks into it; a new draft replaces it.
    m_saveProblem->findChild<QPushButton*>(QStringLiteral("retrySave"))->hide();
    m_saveProblem->show();
}

void DeclarantWorkspace::onDraftConflict()
{
    const std::optional<DraftConflict>& conflict = m_drafts->conflict();
    if (!conflict) {
        return;
    }
    // To the minute, or to the second when that alone tells them apart.
    const bool sameMinute =
        conflict->storedAt.toSecsSinceEpoch() / 60 == conflict->keptAt.toSecsSinceEpoch() / 60;
    const auto when = [sameMinute](const QDateTime& at) {
        const QDateTime local = at.toLocalTime();
        return sameMinute ? QLocale().toString(local.date(), QLocale::ShortFormat) + QLatin1Char(' ') +
                                QLocale().toString(local.time(), QStringLiteral("HH:mm:ss"))
                          : QLocale().toString(local, QLocale::ShortFormat);
    };
    m_conflictText->setText(
        conflict->storedIsNewer()
            ? tr("<b>Your draft exists in two versions.</b> The one in the store was saved on %1 (on another "
                 "computer, or here after the server came back): it is <b>the newer</b>. The one kept "
                 "on this computer was saved on %2, while the server could not be reached. Neither has been "
                 "written over. Which one do you keep? The other stays on this computer, sealed to you.")
                  .arg(when(conflict->storedAt), when(conflict->keptAt))
            : tr("<b>Your draft exists in two versions.</b> The one kept on this computer was saved on %1, "
                 "while the server could not be reached: it is <b>the newer</b>. The one in the store was "
                 "saved on %2, on another computer, meanwhile. Neither has been written over. Which one do "
                 "you keep? The other stays on this computer, sealed to you.")
                  .arg(when(conflict->keptAt), when(conflict->storedAt)));
    m_saveProblem->hide();
    m_draftBar->hide();
    m_conflictBar->show();
    if (m_wizard) {
        m_newMessage->setText(tr("What you type is kept on this computer, sealed to you, until you choose."));
    }
    m_tabs->setCurrentIndex(2);
}

void DeclarantWorkspace::keepDraft(bool fromThisComputer)
{
    // On a server the choice is made in the background: its buttons and the form wait for it meanwhile.
    const auto waiting = [this](bool wait) {
        m_keepStored->setEnabled(!wait);
        m_keepLocal->setEnabled(!wait);
        if (m_wizard) {
            m_wizard->setEnabled(!wait);
        }
        m_choosingBusy->setVisible(wait && m_session.worker != nullptr);
    };
    waiting(true);
    m_drafts->choose(fromThisComputer, [this, fromThisComputer, waiting](const DraftChoice& choice) {
        waiting(false);
        showDraftChosen(fromThisComputer, choice);
    });
}

void DeclarantWorkspace::showDraftChosen(bool fromThisComputer, const DraftChoice& choice)
{
    const Result<QString>& aside = choice.aside;
    if (!aside) {
        m_newMessage->setText(tr("Nothing was changed: %1").arg(aside.error().message));
        return;
    }
    m_conflictBar->hide();
    // The draft kept is the store's now: resumed where she was typing, else offered back.
    const auto& draft = choice.kept;
    if (draft && draft->has_value()) {
        if (m_wizard) {
            showWizard(**draft, std::nullopt);
        } else {
            m_draft = **draft;
            m_draftText->setText(tr("A draft from your last session is waiting."));
            m_resumeDraft->show();
            m_draftBar->show();
        }
    }
    const QString kept =
        fromThisComputer ? tr("Kept: the draft from this computer.") : tr("Kept: the draft in the store.");
    m_newMessage->setText(aside->isEmpty()
                              ? kept
                              : kept + QLatin1Char(' ') +
                                    tr("The other is set aside on this computer, sealed to you: %1")
                                        .arg(QDir::toNativeSeparators(*aside)));
}

// ---- the entretien déontologique
// ---------------------------------------------------------------------------

namespace {

QString dayText(const QDateTime& at)
{
    return QLocale().toString(at.toLocalTime().date(), QStringLiteral("dd/MM/yyyy"));
}

QString authorityText(const QString& authorityId)
{
    return probitas::authorityLabel(authorityId, probitas::JurisdictionDirectory::builtIn());
}

} // namespace

void DeclarantWorkspace::refreshEntretienBanners()
{
    const store::EntretienRecord* toAcknowledge = nullptr;
    const store::EntretienRecord* invitation = nullptr;
    for (const store::EntretienRecord& entretien : m_entretiens) {
        if (!toAcknowledge && entretien.status == store::EntretienStatus::Held) {
            toAcknowledge = &entretien;
        }
        if (!invitation && entretien.invitation == store::InvitationState::Open) {
            invitation = &entretien;
        }
    }
    if (toAcknowledge) {
        m_ficheBarText->setText(
            tr("<b>The fiche navette of your ethics interview awaits your acknowledgement.</b> Recorded on "
               "%1 "
               "by: %2.")
                .arg(dayText(toAcknowledge->heldAt),
                     capitalized(authorityText(toAcknowledge->authority)).toHtmlEscaped()));
    }
    m_ficheBar->setVisible(toAcknowledge != nullptr);
    if (invitation) {
        const auto filed = std::find_if(m_records.begin(), m_records.end(), [invitation](const auto& record) {
            return record.id == invitation->declarationId;
        });
        m_invitationBarText->setText(
            tr("<b>Invitation to modify your declaration of interests.</b> After your ethics interview of "
               "%1, "
               "the authority (%2) invites you to modify your declaration filed on %3 (art. 7-2 I). The "
               "modification starts from that declaration and replaces it once filed.")
                .arg(dayText(invitation->heldAt),
                     capitalized(authorityText(invitation->authority)).toHtmlEscaped(),
                     filed == m_records.end() ? QStringLiteral("—") : dayText(filed->filedAt)));
    }
    m_invitationBar->setVisible(invitation != nullptr);
}

void DeclarantWorkspace::openEntretien(int row)
{
    if (row < 0 || row >= m_records.size()) {
        m_listMessage->setText(tr("Select a declaration first."));
        return;
    }
    const auto found = m_latestEntretiens.find(m_records.at(row).id);
    if (found == m_latestEntretiens.end()) {
        m_listMessage->setText(tr("No ethics interview about this declaration."));
        return;
    }
    showEntretien(found->second);
}

void DeclarantWorkspace::openPendingFiche()
{
    for (const store::EntretienRecord& entretien : m_entretiens) {
        if (entretien.status == store::EntretienStatus::Held) {
            showEntretien(entretien);
            return;
        }
    }
}

void DeclarantWorkspace::showEntretien(const store::EntretienRecord& entretien)
{
    if (m_openEntretien->isRunning() || m_acknowledgeFiche->isRunning()) {
        return;
    }
    delete m_viewer;
    m_viewer = new EntretienViewer(this);
    m_viewer->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_viewer, &QObject::destroyed, this, [this] { m_viewer = nullptr; });
    connect(m_viewer->acknowledgeButton(), &QPushButton::clicked, this,
            &DeclarantWorkspace::acknowledgeFiche);
    connect(m_viewer->pdfButton(), &QPushButton::clicked, this, &DeclarantWorkspace::exportFichePdf);
    const auto filed = std::find_if(m_records.begin(), m_records.end(), [&entretien](const auto& record) {
        return record.id == entretien.declarationId;
    });
    m_viewer->setWindowTitle(
        tr("Ethics interview — declaration of interests filed on %1")
            .arg(filed == m_records.end() ? QStringLiteral("—") : dayText(filed->filedAt)));
    m_viewed = entretien;
    m_viewedDocuments.reset();
    m_openEntretien->run(entretien.id);
    m_viewer->show();
}

void DeclarantWorkspace::onEntretienOpened()
{
    const Result<store::OpenedEntretien> opened = m_openEntretien->result();
    if (!m_viewer || !m_viewed) {
        return;
    }
    if (!opened) {
        m_viewer->browser()->setPlainText(
            tr("The ethics interview cannot be read: %1").arg(opened.error().message));
        emit entretienOpened(m_viewed->id);
        return;
    }
    m_viewedDocuments = *opened;
    const store::EntretienRecord& entretien = *m_viewed;
    QString html = QStringLiteral("<html><body>");
    if (const auto& convocation = opened->convocation) {
        QString line = tr("%1, %2.").arg(dateTimeLabel(convocation->at), convocation->place);
        if (!convocation->delegate.isEmpty()) {
            line += QLatin1Char(' ') + tr("Held by %1, by delegation.").arg(convocation->delegate);
        }
        html +=
            QStringLiteral("<p><b>%1</b> %2<br/>%3</p>")
                .arg(tr("Convocation of the authority:").toHtmlEscaped(),
                     capitalized(authorityText(entretien.authority)).toHtmlEscaped(), line.toHtmlEscaped());
    }
    if (const auto& fiche = opened->fiche) {
        const FicheDocument document = ExportFichePdfCommand(m_session).document(entretien, *fiche);
        QString body = ficheHtml(document);
        body.remove(QStringLiteral("<html><body>")).remove(QStringLiteral("</body></html>"));
        html += body;
    } else {
        html += QStringLiteral("<p><i>%1</i></p>")
                    .arg(tr("The fiche navette will be here once the interview is held and recorded.")
                             .toHtmlEscaped());
    }
    html += QStringLiteral("</body></html>");
    m_viewer->browser()->setHtml(html);
    const bool toAcknowledge = entretien.status == store::EntretienStatus::Held && opened->fiche;
    m_viewer->acknowledgeButton()->setVisible(opened->fiche.has_value());
    m_viewer->acknowledgeButton()->setEnabled(toAcknowledge);
    m_viewer->pdfButton()->setEnabled(opened->fiche.has_value());
    if (entretien.status == store::EntretienStatus::Acknowledged) {
        m_viewer->message()->setText(
            tr("You acknowledged this fiche on %1.").arg(dateTimeLabel(entretien.acknowledgedAt)));
    } else if (toAcknowledge) {
        m_viewer->message()->setText(
            tr("Read the fiche, then acknowledge its receipt: your acknowledgement is "
               "signed with your identity and the authority sees it."));
    }
    emit entretienOpened(entretien.id);
}

void DeclarantWorkspace::acknowledgeFiche()
{
    if (!m_viewed || !m_viewedDocuments || !m_viewedDocuments->fiche || m_acknowledgeFiche->isRunning()) {
        return;
    }
    m_viewer->acknowledgeButton()->setEnabled(false);
    m_viewer->message()->setText(tr("Signing the acknowledgement…"));
    m_acknowledgeFiche->run(m_viewed->id);
}

void DeclarantWorkspace::onFicheAcknowledged()
{
    const Result<QByteArray> receipt = m_acknowledgeFiche->result();
    const QString id = m_viewed ? m_viewed->id : QString();
    if (!receipt) {
        if (m_viewer) {
            m_viewer->message()->setText(tr("Not acknowledged: %1").arg(receipt.error().message));
            m_viewer->acknowledgeButton()->setEnabled(true);
        }
        return;
    }
    refreshList();
    for (const store::EntretienRecord& entretien : m_entretiens) {
        if (entretien.id == id) {
            m_viewed = entretien;
        }
    }
    if (m_viewer) {
        m_viewer->acknowledgeButton()->setEnabled(false);
        m_viewer->message()->setText(
            tr("Receipt of the fiche acknowledged on %1; the authority sees your acknowledgement.")
                .arg(m_viewed ? dateTimeLabel(m_viewed->acknowledgedAt) : QString()));
    }
    emit ficheAcknowledged(id);
}

void DeclarantWorkspace::exportFichePdf()
{
    if (!m_viewer || !m_viewed || !m_viewedDocuments || !m_viewedDocuments->fiche) {
        return;
    }
    const EntretienFiche& fiche = *m_viewedDocuments->fiche;
    const QString path =
        pdfPathProvider ? pdfPathProvider()
                        : QFileDialog::getSaveFileName(m_viewer, tr("Export the fiche navette as PDF"),
                                                       QDir::home().filePath(fichePdfName(*m_viewed, fiche)),
                                                       tr("PDF documents (*.pdf)"));
    if (path.isEmpty()) {
        return;
    }
    const Status exported = ExportFichePdfCommand(m_session).run(*m_viewed, fiche, path);
    m_viewer->message()->setText(exported ? tr("Exported to %1.").arg(QDir::toNativeSeparators(path))
                                          : exported.error().message);
}

void DeclarantWorkspace::startInvitedModification()
{
    const store::EntretienRecord* invitation = nullptr;
    for (const store::EntretienRecord& entretien : m_entretiens) {
        if (entretien.invitation == store::InvitationState::Open) {
            invitation = &entretien;
            break;
        }
    }
    if (!invitation || m_filing->isRunning()) {
        return;
    }
    const auto invited = std::find_if(m_records.begin(), m_records.end(), [invitation](const auto& record) {
        return record.id == invitation->declarationId;
    });
    if (invited == m_records.end()) {
        m_listMessage->setText(tr("The declaration you are invited to modify is not in your list."));
        return;
    }
    const store::DeclarationRecord base = *invited;
    const QDateTime heldAt = invitation->heldAt;
    if (!mayReplaceWork()) {
        return;
    }
    startFrom(DeclarationKind::Interets, DeclarationEvent::ModificationApresEntretien, base, true);
    if (m_wizard) {
        m_newMessage->setText(
            tr("<b>Modification after your ethics interview of %1.</b> It starts from your "
               "declaration filed on %2 and replaces it once filed. Change what the interview "
               "called for, then sign and file it.")
                .arg(dayText(heldAt), dayText(base.filedAt)) +
            QLatin1Char(' ') + m_newMessage->text().toHtmlEscaped());
    }
}

} // namespace probitas::gui
