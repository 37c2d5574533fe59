#pragma once

#include "AuthorityCommands.h"

#include <QWidget>
#include <functional>
#include <optional>

class QGroupBox;
class QLabel;
class QProgressBar;
class QPushButton;
class QTabWidget;

namespace probitas {
class DeclarationCompareView;
class DeclarationView;
class PatrimonyVariationView;
} // namespace probitas

namespace probitas::gui {

// One declaration under review by its authority: read-only in the form's layout, beside the previous
// version with the changes highlighted, and for a DSP the variation of the assets; at the side the
// bordereau d'émargement (who may open it, who opened it last) and the actions (acknowledge, PDF of the
// declaration, PDF of the receipt). Opening runs off the GUI thread and is audited by the store.
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
    // Where the entretien déontologique's actions go (art. 7-2: schedule, record the fiche navette, invite
    // to modify): hidden until they exist.
    QGroupBox* entretienBox() const { return m_entretienBox; }

    void acknowledge();
    void exportDeclarationPdf();
    void exportReceiptPdf();

    // For tests: asked instead of a QFileDialog when set; receives the dialog's title and a file name.
    std::function<QString(const QString& title, const QString& suggestedName)> savePathProvider;

signals:
    void backRequested();
    void opened(const QString& id);
    void openFailed(const QString& message);
    void acknowledged(const QString& id);

private:
    QWidget* makeSidePanel();
    void onOpened(const Result<OpenedForReview>& result);
    void onAcknowledged(const Result<QByteArray>& receipt);
    void refreshSidePanel();
    void relayoutSidePanel();
    void setMessage(const QString& text, bool error = false, const QString& detail = {});
    QString savePath(const QString& title, const QString& suggestedName);

    Session& m_session;
    OpenForReviewCommand* m_open;
    AcknowledgeCommand* m_acknowledge;
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
    QWidget* m_sidePanel = nullptr;
    QLabel* m_mayOpen = nullptr;
    QLabel* m_lastOpened = nullptr;
    QLabel* m_receiptState = nullptr;
    QPushButton* m_acknowledgeButton = nullptr;
    QPushButton* m_pdfButton = nullptr;
    QPushButton* m_receiptButton = nullptr;
    QLabel* m_message = nullptr;
    QGroupBox* m_entretienBox = nullptr;
};

} // namespace probitas::gui
