#pragma once

#include "Commands.h"

#include <QMainWindow>
#include <QStringList>
#include <QTimer>
#include <chrono>
#include <functional>
#include <optional>

class QAction;
class QComboBox;
class QMenu;
class QToolButton;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QStackedWidget;
class QTabWidget;

namespace probitas {

namespace gui {
class AuthorityWorkspace;
class CreateRegisterWizard;
class DeclarantWorkspace;
class OpenStoreDialog;
class PreferencesDialog;
class StoreConnection;
} // namespace gui

// The probitas main window: start (open or create the store), unlock (identity and passphrase), then the
// workspace of the unlocked person's role.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget* parent = nullptr);
    ~MainWindow() override;

    // Opens the store at `storePath`, creating the demo (identities in `demoDirectory`) when it names a
    // SQLite file that does not exist yet; a PostgreSQL database without a store is said empty and left so.
    void start(const QString& storePath, const QString& demoDirectory);
    // At launch: the store opened last (storeToReopen; a server's password asked again), else the one the
    // command line names, else the default one with its demonstration in `demoDirectory` when it exists. On
    // a first start (none of them), the welcome page offers the demonstration, the organisation's register,
    // or creating it. `demoAsked` (probitas --demo, packaging/dev.sh run): the demonstration at once.
    void startAtLaunch(const std::optional<QString>& storeGiven, const QString& defaultStore,
                       const QString& demoDirectory, bool demoAsked = false);
    // The welcome page of a first start; "Try the demonstration" then starts `defaultStore`.
    void showWelcome(const QString& defaultStore, const QString& demoDirectory);
    // "Create the organisation's register…": the wizard, then the register opened, its administrator's
    // identity listed first to unlock. False when cancelled.
    bool createRegister();
    // For tests and scripts: fills in and answers the wizard instead of showing it (false: cancelled).
    std::function<bool(gui::CreateRegisterWizard& wizard)> createRegisterWizardDriver;
    // "Open a store…" and the recent stores: closes the store open (its drafts saved first) and opens
    // `store` (a path or a postgresql:// URL). A server's password is asked first, each time, unless a client
    // certificate stands for it; it stays in memory only. With `sealCertificateLogin` (by default: as
    // remembered for that store), the identity is unlocked first, and its certificate logs in to the server
    // (Location::clientIdentity): no password. False when the person cancelled.
    bool openStore(const QString& store, std::optional<bool> sealCertificateLogin = std::nullopt);
    // "Open a store…": the dialog, then openStore.
    void chooseStore();
    // The stores opened lately, most recent first, and the last one (QSettings; never a password).
    static QStringList recentStores();
    static QString lastStore();
    // Whether the person logged in to the server `store` with the certificate of her seal when she last
    // opened it (QSettings: the choice, never a secret).
    static bool logsInWithSeal(const QString& store);
    // The store to reopen at start: the last one, unless the command line names one (`storeGiven`), it is
    // the default store anyway, or it is a local file gone since (not made again elsewhere).
    static std::optional<QString> storeToReopen(bool storeGiven, const QString& defaultStore);
    // Why the window locked: asked for ("Lock", "Change identity…"), nobody used it for the idle delay, or
    // the desktop locked the session or is putting the machine to sleep (gui::SessionWatch).
    enum class LockReason { Asked, Idle, Desktop };
    // Lets the unlocked identity and every decrypted view go, as a password manager does: the draft is saved,
    // sealed, first (as when the store closes), the workspace and its dialogs are destroyed, the identity is
    // wiped from the session, and the unlock page comes back with the same identity chosen. Once unlocked
    // again, the workspace offers the draft back. Nothing happens when no identity is unlocked.
    void lock(LockReason reason = LockReason::Asked);
    // "Change identity…": locks, then the unlock page waits for another identity.
    void changeIdentity();
    bool isUnlocked() const;
    // The idle delay before locking: QSettings "security/idleLockMinutes" (10 minutes by default; 0: never),
    // read at each unlock. Tests set it directly (zero: never).
    void setIdleLockDelay(std::chrono::milliseconds delay);
    std::chrono::milliseconds idleLockDelay() const;
    gui::Session* session() const { return m_session.get(); }
    gui::StoreConnection* storeConnection() const { return m_connection; }
    gui::DeclarantWorkspace* declarantWorkspace() const { return m_workspace; }
    gui::AuthorityWorkspace* authorityWorkspace() const { return m_authorityWorkspace; }

    // For tests and scripts: "Other file…" asks this instead of a QFileDialog when set.
    std::function<QString()> identityFileProvider;
    // For tests and scripts: "Seal them again…" asks these for the former identity instead of a QFileDialog
    // and a passphrase prompt when set (an empty path: cancelled).
    std::function<QString()> formerIdentityFileProvider;
    std::function<QString()> formerPassphraseProvider;
    // For tests and scripts: the server's password is asked this (with the server's description) instead of
    // the password dialog when set; nullopt: cancelled.
    std::function<std::optional<QString>(const QString& server)> serverPasswordProvider;
    // "Preferences…": the dialog, and its choices kept (QSettings).
    void editPreferences();
    // For tests and scripts: fills in and answers "Preferences…" instead of showing it (false: cancelled).
    std::function<bool(gui::PreferencesDialog& dialog)> preferencesDialogDriver;
    // "About Probitas": the version, the algorithms in use, and the libraries with their licences.
    static QString aboutText();
    // For tests and scripts: fills in and answers "Open a store…" instead of showing it (false: cancelled).
    std::function<bool(gui::OpenStoreDialog& dialog)> openStoreDialogDriver;
    // Whether the stores opened and the identity files unlocked are remembered in QSettings (the application;
    // tests opt in). Never a password or a passphrase.
    bool remembersStores = false;
    // The window's size and place as it was last closed (QSettings; the application calls it).
    void restoreWindowState();
    // The identity files unlocked lately, most recent first: the unlock page lists them.
    static QStringList recentIdentityFiles();
    // The bar offering to seal again what is sealed to a renewed certificate (shown only when there is some).
    QWidget* resealBar() const { return m_resealBar; }

signals:
    void storeReady();
    void storeEmpty(); // a PostgreSQL database with no store in it: nothing was created
    void unlocked();
    void locked();

protected:
    // Any input to the application restarts the idle delay.
    bool eventFilter(QObject* watched, QEvent* event) override;
    // Its size and place kept (when it remembers stores: the application).
    void closeEvent(QCloseEvent* event) override;

private:
    void startWith(const QString& storePath, std::shared_ptr<const crypto::SecureBytes> password);
    // A server logged in to with the seal's certificate: the identity is unlocked first (unlock page), then
    // the store opened with it (startWith), then her workspace.
    void unlockBeforeServer(const QString& storePath);
    // The unlocked identity's person in the store's directory, and her workspace.
    void enterAs(const crypto::Identity& identity);
    std::optional<QString> askServerPassword(const store::Location& location);
    void closeSession();
    // The workspace and all it shows, its draft saved first (closing a store, locking).
    void tearDownWorkspace();
    void startIdleLock();
    void resetUnlockCommand();
    void rememberIdentityFile(const QString& path);
    QTabWidget* workspaceTabs() const;
    // lock(), once the dialogs open have been closed and the event loops they ran (at `dialogLoopLevel`)
    // have returned.
    void lockOnceDialogsReturn(LockReason reason, std::optional<int> dialogLoopLevel);
    void showStartFailure(const QString& problem);
    void rememberStore(const QString& store);
    void fillRecentStores();
    void showConnectionState();
    QWidget* makeStartPage();
    QWidget* makeUnlockPage();
    void onStarted(const Result<gui::StartResult>& result);
    void fillIdentities();
    void onIdentityChosen(int index);
    void unlock();
    void onUnlocked(const Result<crypto::Identity>& identity);
    void showWorkspace();
    // After a renewal: says how many declarations are still sealed to the former certificate, and offers to
    // seal them again.
    void showResealBar();
    void reseal();
    void onResealed(const Result<store::ResealReport>& report);

    QString m_storePath;
    QString m_demoDirectory;
    QString m_firstStorePath; // the store start() was given, and its demo
    QString m_firstDemoDirectory;
    // The identity file fillIdentities chooses first, once (the one a register was just created with).
    QString m_pendingIdentityFile;
    std::shared_ptr<const crypto::SecureBytes> m_password; // typed for the server open now, if any
    bool m_sealLogin = false; // the server open now (or being opened) is logged in to with the seal
    std::shared_ptr<const crypto::Identity> m_sealIdentity; // unlocked for it, until the store is open
    QLabel* m_unlockNote = nullptr;
    QLabel* m_lockedNote = nullptr; // why the window locked, and that the draft waits
    QTimer* m_idleLock = nullptr;
    std::optional<std::chrono::milliseconds> m_idleLockDelay; // set by a test; else QSettings
    QAction* m_lockAction = nullptr;
    QAction* m_changeIdentityAction = nullptr;
    gui::StoreConnection* m_connection = nullptr;
    QLabel* m_connectionState = nullptr;
    QLabel* m_savingState = nullptr;
    QToolButton* m_retryButton = nullptr;
    QAction* m_retryAction = nullptr;
    QMenu* m_recentMenu = nullptr;
    std::unique_ptr<gui::Session> m_session;
    gui::StartCommand* m_start = nullptr;
    gui::UnlockCommand* m_unlock = nullptr;
    gui::ResealCommand* m_reseal = nullptr;
    QWidget* m_resealBar = nullptr;
    QLabel* m_resealMessage = nullptr;
    QPushButton* m_resealButton = nullptr;

    QLabel* m_banner;
    QStackedWidget* m_pages;
    QLabel* m_startMessage = nullptr;
    QProgressBar* m_startBusy = nullptr;
    QWidget* m_startActions = nullptr; // "Try again", "Open another store…"
    QComboBox* m_identity = nullptr;
    QLineEdit* m_passphrase = nullptr;
    QLabel* m_unlockMessage = nullptr;
    QProgressBar* m_unlockBusy = nullptr;
    QPushButton* m_unlockButton = nullptr;
    int m_lastIdentityIndex = 0;
    gui::DeclarantWorkspace* m_workspace = nullptr;
    gui::AuthorityWorkspace* m_authorityWorkspace = nullptr;
};

} // namespace probitas
