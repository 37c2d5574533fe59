#pragma once

#include "AuthorityCommands.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QSortFilterProxyModel;
class QStackedWidget;
class QStandardItemModel;
class QTabWidget;
class QTableView;
class QTableWidget;

namespace probitas::gui {

class ComplianceDashboard;
class ControlWorkspace;
class DeclarantWorkspace;
class DeclarationReview;
struct AuthorityInbox;

// The workspace of an authority (chef de juridiction, collège de déontologie, HATVP…): the inbox of the
// declarations filed or forwarded to it, each opened for review with its entretien déontologique; the
// compliance dashboard; for the collège, the requests for its avis; and, when the holder is a magistrate
// who declares too, their own declarations.
class AuthorityWorkspace : public QWidget
{
    Q_OBJECT

public:
    enum Column {
        DeclarantColumn,
        KindColumn,
        EventColumn,
        FiledColumn,
        StatusColumn,
        EntretienColumn,
        ReadColumn,
        ColumnCount
    };
    // The collège's requests for an avis.
    enum AvisColumn { AvisDeclarantColumn, AvisRequestedByColumn, AvisRequestedColumn, AvisStatusColumn };
    enum TabIndex { InboxTab, ComplianceTab, OwnTab };

    explicit AuthorityWorkspace(Session& session, QWidget* parent = nullptr);
    ~AuthorityWorkspace() override;

    QTabWidget* tabs() const { return m_tabs; }
    QTableView* inbox() const { return m_table; }
    QSortFilterProxyModel* inboxProxy() const { return m_proxy; }
    const QList<InboxEntry>& entries() const { return m_entries; }
    DeclarationReview* review() const { return m_review; }
    ComplianceDashboard* dashboard() const { return m_dashboard; }
    DeclarantWorkspace* ownDeclarations() const { return m_own; }
    // The collège's requests for an avis (null for any other authority), and their tab.
    QTableWidget* avisRequests() const { return m_avisTable; }
    int avisTabIndex() const { return m_avisTabIndex; }
    // The HATVP's controls of the DSPs it received (null for any other authority), and their tab.
    ControlWorkspace* controls() const { return m_controls; }
    int controlsTabIndex() const { return m_controlsTabIndex; }
    bool isReviewing() const;

    void refreshInbox();
    // Whether the requests' tab is brought forward when one awaits the avis (at the start).
    enum class AvisTabChoice { Stay, WhenOneAwaits };
    // Reads the requests (in the background on a server: avisRequestsBusy meanwhile).
    void refreshAvisRequests(AvisTabChoice tab = AvisTabChoice::Stay);
    // Opens the declaration a request is about, with the question (the collège).
    void openAvisRequest(int row);
    // Opens a declaration of the inbox for review (off the GUI thread).
    void openDeclaration(const QString& id);
    void showInbox();

private:
    QWidget* makeInboxTab();
    QWidget* makeAvisTab();
    void openSelected();
    void refreshInboxMessage();

    Session& m_session;
    QList<InboxEntry> m_entries;
    QTabWidget* m_tabs;
    QStackedWidget* m_inboxPages = nullptr;
    QStandardItemModel* m_model = nullptr;
    QSortFilterProxyModel* m_proxy = nullptr;
    QTableView* m_table = nullptr;
    QLineEdit* m_search = nullptr;
    QComboBox* m_kind = nullptr;
    QComboBox* m_event = nullptr;
    QComboBox* m_status = nullptr;
    QComboBox* m_period = nullptr;
    QCheckBox* m_unreadOnly = nullptr;
    QLabel* m_inboxMessage = nullptr;
    QProgressBar* m_inboxBusy = nullptr;
    void fillInbox(const Result<AuthorityInbox>& inbox);
    DeclarationReview* m_review = nullptr;
    ComplianceDashboard* m_dashboard = nullptr;
    DeclarantWorkspace* m_own = nullptr;
    QTableWidget* m_avisTable = nullptr;
    QLabel* m_avisMessage = nullptr;
    QProgressBar* m_avisBusy = nullptr;
    int m_avisReading = 0; // reads under way
    void fillAvisRequests(const Result<QList<store::AvisRecord>>& requests);
    QList<store::AvisRecord> m_avisRecords;
    int m_avisTabIndex = -1;
    ControlWorkspace* m_controls = nullptr;
    int m_controlsTabIndex = -1;
};

} // namespace probitas::gui
