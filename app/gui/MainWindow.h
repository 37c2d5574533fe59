#pragma once

#include "Commands.h"

#include <QMainWindow>
#include <QStringList>

class QComboBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QStackedWidget;

namespace probitas {

namespace gui {
class AuthorityWorkspace;
class DeclarantWorkspace;
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
    gui::Session* session() const { return m_session.get(); }
    gui::DeclarantWorkspace* declarantWorkspace() const { return m_workspace; }
    gui::AuthorityWorkspace* authorityWorkspace() const { return m_authorityWorkspace; }

    // For tests and scripts: "Other file…" asks this instead of a QFileDialog when set.
    std::function<QString()> identityFileProvider;
    // For tests and scripts: "Seal them again…" asks these for the former identity instead of a QFileDialog
    // and a passphrase prompt when set (an empty path: cancelled).
    std::function<QString()> formerIdentityFileProvider;
    std::function<QString()> formerPassphraseProvider;
    // The bar offering to seal again what is sealed to a renewed certificate (shown only when there is some).
    QWidget* resealBar() const { return m_resealBar; }

signals:
    void storeReady();
    void storeEmpty(); // a PostgreSQL database with no store in it: nothing was created
    void unlocked();

private:
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
