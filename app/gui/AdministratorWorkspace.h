#pragma once

#include "AdministratorCommands.h"

#include <QDialog>
#include <QWidget>
#include <functional>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QSortFilterProxyModel;
class QStandardItemModel;
class QTableView;
class QTableWidget;
class QGroupBox;

namespace probitas {
class ObligationsPanel;
}

namespace probitas::gui {

// The administrator's workspace: the store's directory (everyone who may sign in, their role, the authority
// they hold and their certificate, which is highlighted when it has expired or expires within 90 days),
// searched by name, and "Add a person…".
class AdministratorWorkspace : public QWidget
{
    Q_OBJECT

public:
    enum Column {
        NameColumn,
        RoleColumn,
        AuthorityColumn,
        PostingColumn,
        KeyColumn,
        ValidUntilColumn,
        ColumnCount
    };
    enum DataRole {
        SortRole = Qt::UserRole,
        PersonIdRole,         // on the name column
        FoldedNameRole,       // on the name column: what the search compares with
        CertificateStateRole, // on the valid-until column: "valid", "expiring" or "expired"
        RemovedRole,          // on the name column: removed from the directory
        MagistrateRole,       // on the name column: a declarant or an authority, who has a posting
    };
    // The pending requests to change a posting.
    enum RequestColumn { RequestNameColumn, RequestPostingColumn, RequestNoteColumn, RequestDateColumn };

    explicit AdministratorWorkspace(Session& session, QWidget* parent = nullptr);
    ~AdministratorWorkspace() override;

    QTableView* directory() const { return m_table; }
    // Reads the directory and the requests to change a posting again (in the background on a server:
    // directoryBusy meanwhile), then runs `then`, whether they could be read or not.
    void refresh(std::function<void()> then = {});
    // Opens "Add a person…" (window-modal); on success the table shows and selects the new person.
    void addPerson();

    // The selected person gets a new certificate (a statement signed by the administrator), or is removed
    // from the directory after a confirmation: they can no longer act, nothing more is sealed for them.
    void renewCertificate();
    void removePerson();
    // "Official posting…": the selected magistrate's posting, stated in a window-modal PostingDialog.
    void statePosting();
    // The selected pending request to change a posting is granted, or rejected with the reason given.
    void grantRequest();
    void rejectRequest();
    QTableWidget* postingRequests() const { return m_requests; }

    // For tests: the dialog's "Certificate file…" (and the renewal's) asks this instead of a QFileDialog when
    // set; the removal asks this instead of a QMessageBox.
    std::function<QString()> certificateFileProvider;
    std::function<bool(const QString& name)> confirmRemoval;
    // For tests: the rejection's reason, asked instead of a QInputDialog (empty: cancelled).
    std::function<QString(const QString& name)> rejectionReasonProvider;

signals:
    void personAdded(const QString& personId);
    void personChanged(const QString& personId);

private:
    void applyFilter();
    void selectPerson(const QString& personId);
    void showMessage(const QString& text, bool problem);
    // The selected row's person id and name; empty when none is selected.
    std::pair<QString, QString> selectedPerson() const;
    void updateActions();
    // The directory (unless `withDirectory` is false) and the requests, read from the store.
    void readLists(bool withDirectory, std::function<void()> then);
    void fillDirectory(const Result<QList<store::Person>>& people);
    void fillRequests(const Result<QList<store::PostingRequest>>& pending);
    QString selectedRequest() const;
    void openPostingDialog(const store::Person& person);
    // One of the administrator's statements (a certificate renewed, a person removed, a request granted or
    // rejected), written on the session's worker on a server store (StoreWorker.h): the directory is marked
    // busy and its buttons wait until `done`, while the window turns.
    template <typename T> // not "class T", which lupdate takes for a class of that name
    void runStatement(std::function<Result<T>(store::Store&)> statement,
                      std::function<void(const Result<T>&)> done);

    Session& m_session;
    QStandardItemModel* m_model;
    QSortFilterProxyModel* m_proxy;
    QTableView* m_table;
    QLineEdit* m_search;
    QLabel* m_count;
    QProgressBar* m_busy;
    int m_reading = 0; // reads under way
    int m_stating = 0; // statements under way
    QLabel* m_message;
    QPushButton* m_addButton;
    QPushButton* m_renewButton;
    QPushButton* m_removeButton;
    QPushButton* m_postingButton;
    QGroupBox* m_requestsBox;
    QTableWidget* m_requests;
    QPushButton* m_grantButton;
    QPushButton* m_rejectButton;
    QList<store::PostingRequest> m_pending;
    int m_expired = 0;
    int m_expiring = 0;
};

// A dialog whose OK waits for the store's answer (on the session's worker on a server store): meanwhile its
// buttons are disabled, OK says what is under way, and the dialog is neither accepted again nor closed.
class StoreAnswerWait
{
public:
    void setButtons(QDialogButtonBox* buttons) { m_buttons = buttons; }
    bool isWaiting() const { return m_waiting; }
    void start(const QString& underWay);
    void end(); // the buttons as they were

private:
    QDialogButtonBox* m_buttons = nullptr;
    QString m_okText;
    bool m_waiting = false;
};

// "Official posting…": the posting of one magistrate (status, formation, court, rank, installation and
// cessation), which decides where their declarations go, by when, and when they are destroyed. Accepting
// states it (a statement signed by the administrator); a refusal of the store is shown here.
class PostingDialog : public QDialog
{
    Q_OBJECT

public:
    PostingDialog(Session& session, const store::Person& person, QWidget* parent = nullptr);
    ObligationsPanel* panel() const { return m_panel; }
    const store::Person& stated() const { return m_stated; }
    // Signs and records the posting (on the session's worker on a server store: the dialog's buttons wait,
    // and it cannot be closed, until the store answers).
    void accept() override;
    void reject() override;

private:
    Session& m_session;
    store::Person m_person;
    ObligationsPanel* m_panel;
    QLabel* m_error;
    StoreAnswerWait m_wait;
    store::Person m_stated;
};

// "Add a person…": the name, the role, the authority held (authorities only) and the certificate, read and
// shown before anything is added. Accepting adds the person through AddPersonCommand; a refusal of the store
// (a certificate already in the directory…) is shown here and nothing is added.
class AddPersonDialog : public QDialog
{
    Q_OBJECT

public:
    explicit AddPersonDialog(Session& session, QWidget* parent = nullptr);

    // Reads the certificate at `path` and shows what it says; pre-fills an empty name with its holder's.
    void loadCertificate(const QString& path);
    // Why the person cannot be added yet; empty when they can.
    QString problem() const;
    QString authorityId() const;
    // The directory entry made, once accepted.
    const store::Person& added() const { return m_added; }

    // Adds the person (on the session's worker on a server store, as PostingDialog::accept).
    void accept() override;
    void reject() override;

    // For tests: "Certificate file…" asks this instead of a QFileDialog when set.
    std::function<QString()> certificateFileProvider;

private:
    struct Problem
    {
        QString text;
        QWidget* field = nullptr; // where to type or choose what is missing
    };
    Problem findProblem() const;
    void chooseCertificate();
    void onRoleChanged();
    void showAuthorityHint();
    void showError(const QString& text, QWidget* field = nullptr);
    void fitHeight();
    store::Role role() const;

    Session& m_session;
    QLineEdit* m_name;
    QComboBox* m_role;
    QComboBox* m_authority;
    QLabel* m_authorityHint;
    QLineEdit* m_certificatePath;
    QPushButton* m_chooseCertificate;
    QLabel* m_certificateDetails;
    QLabel* m_error;
    StoreAnswerWait m_wait;
    crypto::Certificate m_certificate;
    QString m_certificateProblem; // why the file chosen is no certificate
    store::Person m_added;
};

} // namespace probitas::gui
