#pragma once

#include "AuthorityCommands.h"
#include "EntretienCommands.h"

#include <QWidget>
#include <functional>
#include <optional>

class QGroupBox;
class QLabel;
class QProgressBar;
class QPushButton;
class QScrollArea;
class QTabWidget;

namespace probitas {
class DeclarationCompareView;
class DeclarationView;
class PatrimonyVariationView;
} // namespace probitas

namespace probitas::gui {

// One declaration under review by its authority: read-only in the form's layout, beside the previous
// version with the changes highlighted, and for a DSP the variation of the assets; at the side the
// bordereau d'émargement (who may open it, who opened it last), the actions (acknowledge, PDF of the
// declaration, PDF of the receipt), and for a DI the entretien déontologique (schedule it, record the fiche
// navette, invite to modify, the fiche read back and as a PDF) and the collège's avis (ask it; the collège
// gives it; both read it). Opening and every step run off the GUI thread and are audited by the store.
class DeclarationReview : public QWidget
{
    Q_OBJECT

public:
    enum Tab { DeclarationTab, CompareTab, VariationTab };

    explicit DeclarationReview(Session& session, QWidget* parent = nullptr);

    // Opens `entry` and, when given, the version before it (both audited as opened).
    void open(const InboxEntry& entry, const std::optional<store::DeclarationRecord>& previous);
    bool isBusy() const;
    QString currentId() const { return m_entry.record.id; }
    const InboxEntry& entry() const { return m_entry; }

    QTabWidget* tabs() const { return m_tabs; }
    DeclarationView* view() const { return m_view; }
    DeclarationCompareView* compare() const { return m_compare; }
    PatrimonyVariationView* variation() const { return m_variation; }
    // The entretien déontologique (art. 7-2 I), for the authority the DI was filed to.
    QGroupBox* entretienBox() const { return m_entretienBox; }
    // The collège's avis (art. 7-2 II): asked by that authority, given by the collège.
    QGroupBox* avisBox() const { return m_avisBox; }
    // What the store says about this DI's entretien and avis, once loaded (after `opened`).
    const std::optional<EntretienFile>& entretienFile() const { return m_file; }

    void acknowledge();
    void exportDeclarationPdf();
    void exportReceiptPdf();
    // Each opens its dialog (window-modal, not blocking); the step runs once it is accepted.
    void scheduleEntretien();
    void recordFiche();
    void inviteModification();
    void exportFichePdf();
    void requestAvis();
    void giveAvis();

    // For tests: asked instead of a QFileDialog when set; receives the dialog's title and a file name.
    std::function<QString(const QString& title, const QString& suggestedName)> savePathProvider;
    // For tests: asked instead of a message box (inviting to modify) when set.
    std::function<bool(const QString& question)> confirmation;

signals:
    void backRequested();
    void opened(const QString& id);
    void openFailed(const QString& message);
    void acknowledged(const QString& id);
    // The entretien and avis of the declaration shown are loaded (or reloaded after a step).
    void entretienLoaded(const QString& id);
    // A step of the entretien or the avis was taken: lists that show their state are out of date.
    void entretienChanged(const QString& id);

private:
    QWidget* makeSidePanel();
    void onOpened(const Result<OpenedForReview>& result);
    void onAcknowledged(const Result<QByteArray>& receipt);
    void refreshSidePanel();
    void relayoutSidePanel();
    void setMessage(const QString& text, bool error = false, const QString& detail = {});
    QString savePath(const QString& title, const QString& suggestedName);
    QGroupBox* makeEntretienBox(QWidget* panel);
    QGroupBox* makeAvisBox(QWidget* panel);
    void loadEntretienFile();
    void onEntretienFile();
    void refreshEntretienBox();
    void refreshAvisBox();
    // Runs `step` (already started) to its end: the busy bar meanwhile, then the message and a reload.
    void follow(StoreStepBase* step, const QString& success, QLabel* messageLabel);
    bool mayHoldEntretien() const;
    bool isCollege() const;
    bool stepRunning() const;

    Session& m_session;
    OpenForReviewCommand* m_open;
    AcknowledgeCommand* m_acknowledge;
    OpenEntretienFileCommand* m_openFile;
    ScheduleEntretienCommand* m_schedule;
    RecordFicheCommand* m_record;
    InviteModificationCommand* m_invite;
    RequestAvisCommand* m_requestAvis;
    RecordAvisCommand* m_recordAvis;
    std::optional<EntretienFile> m_file;
    InboxEntry m_entry;
    std::optional<store::DeclarationRecord> m_previousRecord;
    std::optional<Declaration> m_declaration;

    QLabel* m_title;
    QLabel* m_subtitle;
    QProgressBar* m_busy;
    QTabWidget* m_tabs;
    DeclarationView* m_view;
    DeclarationCompareView* m_compare;
    PatrimonyVariationView* m_variation;
    QScrollArea* m_sideScroll = nullptr;
    QWidget* m_sidePanel = nullptr;
    QLabel* m_mayOpen = nullptr;
    QLabel* m_lastOpened = nullptr;
    QLabel* m_receiptState = nullptr;
    QPushButton* m_acknowledgeButton = nullptr;
    QPushButton* m_pdfButton = nullptr;
    QPushButton* m_receiptButton = nullptr;
    QLabel* m_message = nullptr;
    QGroupBox* m_entretienBox = nullptr;
    QLabel* m_entretienState = nullptr;
    QPushButton* m_scheduleButton = nullptr;
    QPushButton* m_recordButton = nullptr;
    QPushButton* m_inviteButton = nullptr;
    QPushButton* m_fichePdfButton = nullptr;
    QLabel* m_ficheView = nullptr;
    QLabel* m_entretienMessage = nullptr;
    QGroupBox* m_avisBox = nullptr;
    QLabel* m_avisView = nullptr;
    QPushButton* m_requestAvisButton = nullptr;
    QPushButton* m_giveAvisButton = nullptr;
    QLabel* m_avisMessage = nullptr;
};

} // namespace probitas::gui
