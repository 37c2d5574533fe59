#pragma once

#include "Commands.h"
#include "EntretienCommands.h"

#include <QWidget>
#include <functional>
#include <map>

class QCheckBox;
class QComboBox;
class QLabel;
class QProgressBar;
class QPushButton;
class QTabWidget;
class QTableWidget;
class QVBoxLayout;

namespace probitas {
class DeclarationWizard;
class ObligationsPanel;
} // namespace probitas

namespace probitas::gui {

class ControlWorkspace;
class EntretienViewer;

// The declarant's workspace: "My obligations" (the situation, which the new declarations follow), "My
// declarations" (every filed version with its status, read-only view, PDF export) and "New declaration"
// (the wizard, its autosaved draft, signing and filing off the GUI thread). All store and crypto work goes
// through the commands.
struct DeclarantListing;

class DeclarantWorkspace : public QWidget
{
    Q_OBJECT

public:
    // The columns of "My declarations".
    enum Column {
        KindColumn,
        EventColumn,
        VersionColumn,
        FiledColumn,
        RecipientsColumn,
        StatusColumn,
        EntretienColumn,
        ColumnCount
    };

    DeclarantWorkspace(Session& session, QWidget* parent = nullptr);
    ~DeclarantWorkspace() override;

    QTabWidget* tabs() const { return m_tabs; }
    DeclarationWizard* wizard() const { return m_wizard; }
    SaveDraftCommand* drafts() const { return m_drafts; }
    FileDeclarationCommand* filing() const { return m_filing; }
    // "My declarations" read again (in the background on a server: listBusy meanwhile).
    void refreshList();
    void openDeclaration(int row);
    void startNew();
    void resumeDraft();
    void discardDraft();
    // The entretien of the declaration in `row`, opened read-only (convocation, fiche) with the
    // acknowledgement; and the one the banner names.
    void openEntretien(int row);
    void openPendingFiche();
    // Starts the modification the authority invited after the entretien: pre-filled from the invited
    // declaration, which it supersedes.
    void startInvitedModification();
    const QList<store::EntretienRecord>& entretiens() const { return m_entretiens; }
    // "My obligations": the official posting as the directory states it, and the magistrate's requests; a
    // situation described that differs from it can be sent to the administrator as a signed request.
    void refreshPosting(); // asks the store
    void requestPostingChange();
    EntretienViewer* entretienViewer() const { return m_viewer; }
    // The HATVP's control of her DSPs, in "My declarations".
    ControlWorkspace* controls() const { return m_controls; }

    // For tests: "Export as PDF…" asks this instead of a QFileDialog when set.
    std::function<QString()> pdfPathProvider;
    // For tests: questions that need a yes (discarding a draft, replacing one) are asked through this
    // instead of a message box when set.
    std::function<bool(const QString& question)> confirmation;
    // For tests: the note sent with a posting request, asked instead of a QInputDialog (nullopt: cancelled).
    std::function<std::optional<QString>()> postingNoteProvider;

signals:
    void filed(const QString& id);
    // The entretien viewer shows what the store returned (or why it could not).
    void entretienOpened(const QString& entretienId);
    void ficheAcknowledged(const QString& entretienId);

private:
    QWidget* makeObligationsTab();
    QWidget* makeDeclarationsTab();
    QWidget* makeNewTab();
    void refreshDue();
    // Above every tab, from the moment she unlocks: what is overdue, or due within 30 days.
    void showReminderBar(int overdue, int dueSoon);
    // Whether the situation described differs from the posting last read: no store access (each edit).
    void showPostingDifference();
    void refreshFromLast();
    bool confirm(const QString& title, const QString& question, const QString& yes);
    void showWizard(const Declaration& declaration, std::optional<Declaration> previous);
    // Asks before a new declaration replaces the waiting draft or the one being filled.
    bool mayReplaceWork();
    // The wizard on a new declaration; with `base`, pre-filled from that filed declaration (and replacing
    // it when `supersede`), else with the header of the latest one filed.
    void startFrom(DeclarationKind kind, DeclarationEvent event,
                   const std::optional<store::DeclarationRecord>& base, bool supersede);
    void refreshEntretienBanners();
    void showWhatIsAwaitedOnce();
    void showEntretien(const store::EntretienRecord& entretien);
    void onEntretienOpened();
    void acknowledgeFiche();
    void onFicheAcknowledged();
    void exportFichePdf();
    void exportSelected();
    void onSignAndFile(const Declaration& declaration);
    void onFiled(const Result<store::DeclarationRecord>& record);
    void onDraftSaved(bool ok, const QString& problem);
    void onDraftKeptLocally(const QString& problem);
    void onWaitingDraftRefused(const QString& problem);
    // Two versions of the draft (SaveDraftCommand::conflict): which is newer, and her choice.
    void onDraftConflict();
    // The draft left at the last session, read at unlock (SaveDraftCommand::loadInBackground): offered back,
    // or said to be unusable.
    void offerStoredDraft(const Result<std::optional<Declaration>>& draft);
    // "Start" while something owes a declaration, nothing is being filed, and the last draft has been read.
    void updateStart();
    // The posting banner, from what refreshPosting read: the posting stated, and her requests.
    void showPosting(const Result<QList<store::PostingRequest>>& requests);
    void keepDraft(bool fromThisComputer);
    void showDraftChosen(bool fromThisComputer, const DraftChoice& choice);

    Session& m_session;
    DeclarationsCommand m_declarations;
    SaveDraftCommand* m_drafts;
    FileDeclarationCommand* m_filing;
    QTabWidget* m_tabs;
    QWidget* m_reminderBar = nullptr;
    QLabel* m_reminderText = nullptr;
    ObligationsPanel* m_obligations = nullptr;
    QLabel* m_filingsProblem = nullptr;
    std::vector<Filing> m_ownFilings; // hers, as the store vouches for them
    std::optional<Profile> m_posting; // the official posting, as the directory last said
    QLabel* m_postingText = nullptr;
    QLabel* m_requestText = nullptr;
    QLabel* m_postingDifference = nullptr;
    QPushButton* m_requestPosting = nullptr;
    QTableWidget* m_table = nullptr;
    QLabel* m_listMessage = nullptr;
    QProgressBar* m_listBusy = nullptr;
    void showList(const DeclarantListing& listing);
    QComboBox* m_kind = nullptr;
    QCheckBox* m_fromLast = nullptr;
    QPushButton* m_start = nullptr;
    QWidget* m_draftBar = nullptr;
    QLabel* m_draftText = nullptr;
    QPushButton* m_resumeDraft = nullptr;
    QWidget* m_saveProblem = nullptr;
    QLabel* m_saveProblemText = nullptr;
    QWidget* m_conflictBar = nullptr;
    QPushButton* m_keepStored = nullptr;
    QPushButton* m_keepLocal = nullptr;
    QProgressBar* m_choosingBusy = nullptr;
    QLabel* m_conflictText = nullptr;
    QLabel* m_newMessage = nullptr;
    QLabel* m_kindLabel = nullptr;
    QProgressBar* m_filingBusy = nullptr;
    QVBoxLayout* m_wizardArea = nullptr;
    DeclarationWizard* m_wizard = nullptr;
    std::optional<Declaration> m_draft;
    // A stored draft that cannot be resumed (signed by someone else, unreadable): offered for discarding
    // only, and replaced by a new declaration only once the declarant agrees.
    bool m_unusableDraft = false;
    bool m_awaitedShown = false; // showWhatIsAwaitedOnce
    QList<store::DeclarationRecord> m_records;
    QList<store::EntretienRecord> m_entretiens;
    std::map<QString, store::EntretienRecord> m_latestEntretiens; // by declaration id
    QWidget* m_ficheBar = nullptr;
    QLabel* m_ficheBarText = nullptr;
    QWidget* m_invitationBar = nullptr;
    QLabel* m_invitationBarText = nullptr;
    QPushButton* m_entretienButton = nullptr;
    OpenEntretienCommand* m_openEntretien;
    AcknowledgeFicheCommand* m_acknowledgeFiche;
    EntretienViewer* m_viewer = nullptr;
    std::optional<store::EntretienRecord> m_viewed; // the entretien the viewer shows
    std::optional<store::OpenedEntretien> m_viewedDocuments;
    ControlWorkspace* m_controls = nullptr;
    QString m_regime; // the store's, as the listing last read it; empty: not read yet
};

} // namespace probitas::gui
