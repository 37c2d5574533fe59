#include "MainWindow.h"

#include "AdministratorWorkspace.h"
#include "AuditorWorkspace.h"
#include "AuthorityWorkspace.h"
#include "BusyBar.h"
#include "CreateRegisterWizard.h"
#include "CryptoInit.h"
#include "DeclarantWorkspace.h"
#include "Obligations.h"
#include "OpenStoreDialog.h"
#include "PreferencesDialog.h"
#include "SessionWatch.h"
#include "StoreConnection.h"
#include "WelcomePage.h"

#include <QApplication>
#include <QCloseEvent>
#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTabWidget>
#include <QThread>
#include <QToolButton>
#include <QVBoxLayout>
#include <algorithm>

namespace probitas {

namespace {

enum Page { StartPage, UnlockPage, WorkspacePage, WelcomePage };

constexpr int kRecentStores = 8;
const QString kRecentStoresKey = QStringLiteral("stores/recent");
const QString kLastStoreKey = QStringLiteral("stores/last");
// `list` with `latest` first, once, and at most `limit` long: a list of what was opened lately.
QStringList mostRecentFirst(QStringList list, const QString& latest, int limit)
{
    list.removeAll(latest);
    list.prepend(latest);
    while (list.size() > limit) {
        list.removeLast();
    }
    return list;
}

const QString kRecentIdentitiesKey = QStringLiteral("identities/recent");
const QString kGeometryKey = QStringLiteral("window/geometry");
// The tab last shown in each role's workspace, by its role's id.
const QString kLastTabKey = QStringLiteral("window/tab/%1");
constexpr int kRecentIdentities = 8;
// The servers she logs in to with her seal's certificate (their URLs: the choice, no secret).
const QString kSealLoginStoresKey = QStringLiteral("stores/sealCertificateLogin");

using gui::roleName;

} // namespace

MainWindow::MainWindow(QWidget* parent)
    : QMainWindow(parent)
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("Probitas — declarations of magistrates"));

    auto* central = new QWidget(this);
    auto* layout = new QVBoxLayout(central);
    m_banner = new QLabel(central);
    m_banner->setObjectName(QStringLiteral("demoBanner"));
    m_banner->setWordWrap(true);
    m_banner->setStyleSheet(
        QStringLiteral("background: #fff3cd; color: #664d03; border: 1px solid #ffda6a; padding: 6px;"));
    m_banner->hide();
    layout->addWidget(m_banner);
    m_pages = new QStackedWidget(central);
    m_pages->setObjectName(QStringLiteral("pages"));
    m_pages->addWidget(makeStartPage());
    m_pages->addWidget(makeUnlockPage());
    auto* workspaceHolder = new QWidget(m_pages);
    workspaceHolder->setObjectName(QStringLiteral("page.workspace"));
    new QVBoxLayout(workspaceHolder);
    m_pages->addWidget(workspaceHolder);
    auto* welcome = new gui::WelcomePage(m_pages);
    m_pages->addWidget(welcome);
    connect(welcome, &gui::WelcomePage::demoChosen, this,
            [this] { start(m_firstStorePath, m_firstDemoDirectory); });
    connect(welcome, &gui::WelcomePage::openChosen, this, &MainWindow::chooseStore);
    connect(welcome, &gui::WelcomePage::createChosen, this, &MainWindow::createRegister);
    layout->addWidget(m_pages, 1);
    setCentralWidget(central);

    QMenu* fileMenu = menuBar()->addMenu(tr("&File"));
    QAction* openAction =
        fileMenu->addAction(tr("&Open a store…"), QKeySequence::Open, this, &MainWindow::chooseStore);
    openAction->setObjectName(QStringLiteral("openStoreAction"));
    QAction* createAction =
        fileMenu->addAction(tr("&Create the organisation's register…"), this, &MainWindow::createRegister);
    createAction->setObjectName(QStringLiteral("createRegisterAction"));
    m_recentMenu = fileMenu->addMenu(tr("Recent s&tores"));
    m_recentMenu->setObjectName(QStringLiteral("recentStoresMenu"));
    connect(m_recentMenu, &QMenu::aboutToShow, this, &MainWindow::fillRecentStores);
    m_retryAction = fileMenu->addAction(tr("&Retry the connection"), QKeySequence::Refresh);
    m_retryAction->setObjectName(QStringLiteral("retryConnectionAction"));
    m_retryAction->setEnabled(false);
    fileMenu->addSeparator();
    m_lockAction = fileMenu->addAction(tr("&Lock"), QKeySequence(Qt::CTRL | Qt::Key_L), this,
                                       [this] { lock(LockReason::Asked); });
    m_lockAction->setObjectName(QStringLiteral("lockAction"));
    m_lockAction->setEnabled(false);
    m_changeIdentityAction = fileMenu->addAction(tr("Change &identity…"), this, &MainWindow::changeIdentity);
    m_changeIdentityAction->setObjectName(QStringLiteral("changeIdentityAction"));
    m_changeIdentityAction->setEnabled(false);
    fileMenu->addSeparator();
    QAction* preferences = fileMenu->addAction(tr("&Preferences…"), QKeySequence::Preferences, this,
                                               &MainWindow::editPreferences);
    preferences->setObjectName(QStringLiteral("preferencesAction"));
    fileMenu->addSeparator();
    fileMenu->addAction(tr("&Quit"), QKeySequence::Quit, qApp, &QApplication::quit);

    // Where the work goes, always in sight: a local file, a server (as whom), or a server lost and retried.
    m_connection = new gui::StoreConnection(this);
    m_connectionState = new QLabel(this);
    m_connectionState->setObjectName(QStringLiteral("connectionState"));
    m_connectionState->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_retryButton = new QToolButton(this);
    m_retryButton->setObjectName(QStringLiteral("retryConnection"));
    m_retryButton->setText(tr("Retry"));
    m_retryButton->setToolTip(tr("Try to reach the server now"));
    m_retryButton->setAutoRaise(false);
    m_retryButton->hide();
    // Work under way with the server (an autosave), beside where it goes.
    m_savingState = new QLabel(tr("Saving…"), this);
    m_savingState->setObjectName(QStringLiteral("savingState"));
    m_savingState->hide();
    statusBar()->addPermanentWidget(m_savingState);
    statusBar()->addPermanentWidget(m_connectionState);
    statusBar()->addPermanentWidget(m_retryButton);
    connect(m_retryAction, &QAction::triggered, m_connection, &gui::StoreConnection::retry);
    connect(m_retryButton, &QToolButton::clicked, m_connection, &gui::StoreConnection::retry);
    connect(m_connection, &gui::StoreConnection::stateChanged, this, &MainWindow::showConnectionState);
    connect(m_connection, &gui::StoreConnection::reconnected, this, [this] {
        // The drafts kept on this computer while the server was away go now.
        if (m_workspace) {
            m_workspace->drafts()->sendWaitingInBackground();
        }
    });
    showConnectionState();
    QMenu* helpMenu = menuBar()->addMenu(tr("&Help"));
    QAction* about = helpMenu->addAction(
        tr("&About Probitas"), this, [this] { QMessageBox::about(this, tr("About Probitas"), aboutText()); });
    about->setObjectName(QStringLiteral("aboutAction"));
    helpMenu->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);

    m_unlock = new gui::UnlockCommand(this);
    connect(m_unlock, &gui::UnlockCommand::finished, this, &MainWindow::onUnlocked);
    m_idleLock = new QTimer(this);
    m_idleLock->setSingleShot(true);
    connect(m_idleLock, &QTimer::timeout, this, [this] { lock(LockReason::Idle); });
    qApp->installEventFilter(this);
    auto* sessionWatch = new gui::SessionWatch(this);
    connect(sessionWatch, &gui::SessionWatch::lockAsked, this, [this] { lock(LockReason::Desktop); });
    resize(1100, 720);
}

MainWindow::~MainWindow()
{
    m_connection->attach(nullptr);
    // The workspaces flush pending drafts into the store: they go before the session.
    delete m_workspace;
    m_workspace = nullptr;
    delete m_authorityWorkspace;
    m_authorityWorkspace = nullptr;
}

QWidget* MainWindow::makeStartPage()
{
    auto* page = new QWidget(this);
    page->setObjectName(QStringLiteral("page.start"));
    auto* layout = new QVBoxLayout(page);
    layout->addStretch();
    m_startMessage = new QLabel(tr("Opening the store…"), page);
    m_startMessage->setObjectName(QStringLiteral("startMessage"));
    m_startMessage->setAlignment(Qt::AlignCenter);
    m_startMessage->setWordWrap(true);
    layout->addWidget(m_startMessage);
    m_startBusy = gui::makeBusyBar(page, QStringLiteral("startBusy"), tr("Opening the store"));
    layout->addWidget(m_startBusy);
    // When the store could not be opened: the same again (a server's password asked anew), or another.
    m_startActions = new QWidget(page);
    m_startActions->setObjectName(QStringLiteral("startActions"));
    auto* actions = new QHBoxLayout(m_startActions);
    actions->addStretch();
    auto* again = new QPushButton(tr("&Try again"), m_startActions);
    again->setObjectName(QStringLiteral("retryStart"));
    actions->addWidget(again);
    auto* another = new QPushButton(tr("&Open another store…"), m_startActions);
    another->setObjectName(QStringLiteral("openAnotherStore"));
    actions->addWidget(another);
    actions->addStretch();
    m_startActions->hide();
    layout->addWidget(m_startActions);
    connect(again, &QPushButton::clicked, this, [this] {
        if (!m_storePath.isEmpty()) {
            openStore(m_storePath, m_sealLogin);
        }
    });
    connect(another, &QPushButton::clicked, this, &MainWindow::chooseStore);
    layout->addStretch();
    return page;
}

QWidget* MainWindow::makeUnlockPage()
{
    auto* page = new QWidget(this);
    page->setObjectName(QStringLiteral("page.unlock"));
    auto* outer = new QVBoxLayout(page);
    outer->addStretch();
    auto* title = new QLabel(tr("<h2>Unlock your identity</h2><p>Choose your identity file and type its "
                                "passphrase. Your declarations are signed and sealed with it.</p>"),
                             page);
    title->setWordWrap(true);
    outer->addWidget(title);
    auto* form = new QFormLayout;
    m_identity = new QComboBox(page);
    m_identity->setObjectName(QStringLiteral("identity"));
    form->addRow(tr("&Identity:"), m_identity);
    m_passphrase = new QLineEdit(page);
    m_passphrase->setObjectName(QStringLiteral("passphrase"));
    m_passphrase->setEchoMode(QLineEdit::Password);
    form->addRow(tr("&Passphrase:"), m_passphrase);
    m_lockedNote = new QLabel(page);
    m_lockedNote->setObjectName(QStringLiteral("lockedNote"));
    m_lockedNote->setWordWrap(true);
    m_lockedNote->setStyleSheet(
        QStringLiteral("background: #e7f1ff; border: 1px solid #9ec5fe; padding: 6px; color: #052c65;"));
    m_lockedNote->hide();
    outer->addWidget(m_lockedNote);
    m_unlockNote = new QLabel(page);
    m_unlockNote->setObjectName(QStringLiteral("unlockServerNote"));
    m_unlockNote->setWordWrap(true);
    m_unlockNote->hide();
    form->addRow(QString(), m_unlockNote);
    m_unlockMessage = new QLabel(page);
    m_unlockMessage->setObjectName(QStringLiteral("unlockMessage"));
    m_unlockMessage->setWordWrap(true);
    m_unlockMessage->setStyleSheet(QStringLiteral("color: #b02a37;"));
    m_unlockMessage->hide();
    form->addRow(QString(), m_unlockMessage);
    m_unlockBusy = gui::makeBusyBar(page, QStringLiteral("unlockBusy"), tr("Unlocking"));
    m_unlockBusy->hide();
    form->addRow(QString(), m_unlockBusy);
    m_unlockButton = new QPushButton(tr("&Unlock"), page);
    m_unlockButton->setObjectName(QStringLiteral("unlock"));
    m_unlockButton->setDefault(true);
    form->addRow(QString(), m_unlockButton);
    outer->addLayout(form);
    outer->addStretch();

    connect(m_unlockButton, &QPushButton::clicked, this, &MainWindow::unlock);
    connect(m_passphrase, &QLineEdit::returnPressed, this, &MainWindow::unlock);
    connect(m_identity, &QComboBox::activated, this, &MainWindow::onIdentityChosen);
    return page;
}

void MainWindow::start(const QString& storePath, const QString& demoDirectory)
{
    m_firstStorePath = storePath;
    m_firstDemoDirectory = demoDirectory;
    m_demoDirectory = demoDirectory;
    startWith(storePath, nullptr);
}

bool MainWindow::openStore(const QString& storeText, std::optional<bool> sealCertificateLogin)
{
    auto location = store::Location::parse(storeText);
    if (!location) {
        QMessageBox::warning(this, tr("Open a store"), location.error().message);
        return false;
    }
    // The seal's certificate logs in to a server only, and only where no other client certificate is named.
    const bool sealLogin = sealCertificateLogin.value_or(logsInWithSeal(storeText)) &&
                           location->backend == store::Backend::PostgreSql && location->sslCert.isEmpty();
    std::shared_ptr<const crypto::SecureBytes> password;
    if (location->backend == store::Backend::PostgreSql && location->sslCert.isEmpty() && !sealLogin) {
        std::optional<QString> typed = askServerPassword(*location);
        if (!typed) {
            if (!m_session) {
                m_storePath = storeText; // "Try again" asks again
                m_startBusy->hide();
                m_startMessage->setText(QStringLiteral("<p><b>%1</b></p>").arg(tr("No store is open.")));
                m_startActions->show();
            }
            return false;
        }
        // An empty answer leaves libpq its own sources (PGPASSWORD, ~/.pgpass).
        if (!typed->isEmpty()) {
            password = std::make_shared<const crypto::SecureBytes>(crypto::SecureBytes::fromUtf8(*typed));
        }
        typed->fill(QChar(0));
        typed->clear();
    }
    // The identities listed to unlock: the demo's, when this store is the demo's or has one beside it.
    if (!m_firstStorePath.isEmpty() && storeText == m_firstStorePath) {
        m_demoDirectory = m_firstDemoDirectory;
    } else if (location->backend == store::Backend::Sqlite) {
        const QFileInfo file(location->path);
        m_demoDirectory = file.dir().filePath(file.completeBaseName() + QStringLiteral("-demo"));
    } else {
        m_demoDirectory.clear();
    }
    closeSession();
    m_sealLogin = sealLogin;
    if (sealLogin) {
        unlockBeforeServer(storeText);
        return true;
    }
    startWith(storeText, std::move(password));
    return true;
}

void MainWindow::unlockBeforeServer(const QString& storePath)
{
    m_storePath = storePath;
    m_startActions->hide();
    fillIdentities();
    const auto location = store::Location::parse(storePath);
    m_unlockNote->setText(
        tr("The certificate of your seal logs you in to the server %1 as %2: unlock your identity to open "
           "the store.")
            .arg(QStringLiteral("%1:%2").arg(location->host).arg(location->port), location->user));
    m_unlockNote->show();
    m_pages->setCurrentIndex(UnlockPage);
    m_passphrase->setFocus();
}

void MainWindow::chooseStore()
{
    gui::OpenStoreDialog dialog(this);
    const QString shown = m_storePath.isEmpty() ? lastStore() : m_storePath;
    dialog.setStore(shown, m_storePath.isEmpty() ? logsInWithSeal(shown) : m_sealLogin);
    const bool accepted = openStoreDialogDriver ? openStoreDialogDriver(dialog) && dialog.store().ok()
                                                : dialog.exec() == QDialog::Accepted;
    if (!accepted) {
        return;
    }
    openStore(*dialog.store(), dialog.sealCertificateLogin());
}

std::optional<QString> MainWindow::askServerPassword(const store::Location& location)
{
    if (serverPasswordProvider) {
        return serverPasswordProvider(location.describe());
    }
    QDialog dialog(this);
    dialog.setObjectName(QStringLiteral("serverPasswordDialog"));
    dialog.setMinimumWidth(460);
    dialog.setWindowTitle(tr("Server password"));
    auto* layout = new QVBoxLayout(&dialog);
    auto* text =
        new QLabel(tr("The password of <b>%1</b> on the server %2 (database %3). It is not kept: "
                      "it is asked each time the store is opened.")
                       .arg(location.user.toHtmlEscaped(),
                            QStringLiteral("%1:%2").arg(location.host).arg(location.port).toHtmlEscaped(),
                            location.database.toHtmlEscaped()),
                   &dialog);
    text->setWordWrap(true);
    layout->addWidget(text);
    auto* form = new QFormLayout;
    auto* field = new QLineEdit(&dialog);
    field->setObjectName(QStringLiteral("serverPassword"));
    field->setEchoMode(QLineEdit::Password);
    form->addRow(tr("&Password:"), field);
    layout->addLayout(form);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    if (dialog.exec() != QDialog::Accepted) {
        return std::nullopt;
    }
    QString typed = field->text();
    field->setText(QString());
    return typed;
}

void MainWindow::closeSession()
{
    m_connection->attach(nullptr);
    // An unlocking under way was for the store that goes: its result is not for the next one.
    resetUnlockCommand();
    m_unlockBusy->hide();
    m_unlockButton->setEnabled(true);
    // The workspaces save their drafts as they go: before the session and its store.
    tearDownWorkspace();
    m_lockedNote->hide();
    m_session.reset();
    m_password.reset();
    m_sealIdentity.reset();
    m_unlockNote->hide();
    m_savingState->hide();
    m_banner->hide();
    setWindowTitle(tr("Probitas — declarations of magistrates"));
    m_identity->clear();
    m_unlockMessage->hide();
    statusBar()->clearMessage();
}

void MainWindow::startWith(const QString& storePath, std::shared_ptr<const crypto::SecureBytes> password)
{
    m_storePath = storePath;
    m_password = std::move(password);
    m_startActions->hide();
    m_startBusy->show();
    m_startMessage->setText(tr("Opening the store…"));
    m_startMessage->setToolTip(QString());
    m_pages->setCurrentIndex(StartPage);
    const auto location = store::Location::parse(storePath);
    if (location && location->backend == store::Backend::Sqlite && !QFileInfo::exists(location->path)) {
        m_startMessage->setText(tr(
            "No store yet: creating the demonstration store and its identities. This takes a few seconds…"));
    }
    delete m_start;
    m_start = new gui::StartCommand(storePath, m_demoDirectory, this);
    m_start->setPassword(m_password);
    m_start->setClientIdentity(m_sealIdentity);
    connect(m_start, &gui::StartCommand::finished, this, &MainWindow::onStarted);
    m_start->run();
}

void MainWindow::onStarted(const Result<gui::StartResult>& result)
{
    if (!result) {
        showStartFailure(result.error().message);
        return;
    }
    if (result->emptyStore) {
        m_sealIdentity.reset();
        m_startBusy->hide();
        m_startMessage->setText(
            tr("The store %1 is empty. Probitas creates no demonstration in a PostgreSQL database: "
               "\"probitas-cli init --store %1\" makes the store, and \"probitas-cli people add\" fills its "
               "directory.")
                .arg(store::Location::parse(m_storePath)->describe()));
        emit storeEmpty();
        return;
    }
    auto location = store::Location::parse(m_storePath);
    if (!location) {
        showStartFailure(location.error().message);
        return;
    }
    store::Location withPassword = *location;
    withPassword.password = m_password;
    withPassword.clientIdentity = m_sealIdentity;
    auto opened = store::Store::open(withPassword);
    if (!opened) {
        showStartFailure(opened.error().message);
        return;
    }
    m_session = std::make_unique<gui::Session>();
    m_session->store = std::move(opened).value();
    if (location->backend == store::Backend::PostgreSql) {
        // What the session asks the server in the background: a slow server never holds the window.
        m_session->worker = std::make_unique<gui::StoreWorker>(withPassword);
    }
    m_connection->attach(m_session.get());
    rememberStore(m_storePath);
    // The store in the title: where the work goes, also in the desktop's list of windows.
    setWindowTitle(tr("%1 — Probitas").arg(location->describe()));
    fillIdentities();
    const bool demo = !m_demoDirectory.isEmpty() &&
                      QFile::exists(QDir(m_demoDirectory).filePath(QStringLiteral("demo.json")));
    if (demo) {
        // The regime its statements state (the demo's is lo-2016), said where the demo is shown.
        auto regime = m_session->store->directory().regime();
        const QString regimeId = regime ? regime->regime : ObligationRules::builtIn().defaultRegime();
        const QString regimeText =
            regimeId == QLatin1String("lo-2016")
                ? tr("It follows the regime lo-2016: the organic law of 2016 as adopted, the text Probitas "
                     "was asked to implement, not the law in force today (lo-2023).")
                : tr("It follows the regime %1.").arg(regimeId.toHtmlEscaped());
        m_banner->setText(tr("<b>Demonstration store</b> — for trying Probitas only, never for real "
                             "declarations. Identities: %1")
                              .arg(QDir::toNativeSeparators(m_demoDirectory).toHtmlEscaped()) +
                          QStringLiteral("<br>") + regimeText);
        m_banner->show();
    }
    if (result->createdDemo) {
        statusBar()->showMessage(tr("Demonstration store created."));
    }
    m_pages->setCurrentIndex(UnlockPage);
    m_passphrase->setFocus();
    emit storeReady();
    if (m_sealIdentity) {
        // Unlocked already, to log in: her workspace at once. The store's Location keeps the identity.
        const crypto::Identity identity = *m_sealIdentity;
        m_sealIdentity.reset();
        m_unlockNote->hide();
        enterAs(identity);
    }
}

void MainWindow::resetUnlockCommand()
{
    // Its future keeps the identity it loaded as its result: it goes with it.
    delete m_unlock;
    m_unlock = new gui::UnlockCommand(this);
    connect(m_unlock, &gui::UnlockCommand::finished, this, &MainWindow::onUnlocked);
}

void MainWindow::tearDownWorkspace()
{
    m_idleLock->stop();
    if (QTabWidget* tabs = workspaceTabs(); tabs && remembersStores && m_session) {
        QSettings().setValue(kLastTabKey.arg(store::roleId(m_session->person.role)), tabs->currentIndex());
    }
    m_lockAction->setEnabled(false);
    m_changeIdentityAction->setEnabled(false);
    delete m_workspace;
    m_workspace = nullptr;
    delete m_authorityWorkspace;
    m_authorityWorkspace = nullptr;
    QWidget* holder = m_pages->widget(WorkspacePage);
    qDeleteAll(holder->findChildren<QWidget*>(QString(), Qt::FindDirectChildrenOnly));
    m_resealBar = nullptr;
    m_resealMessage = nullptr;
    m_resealButton = nullptr;
    delete m_reseal;
    m_reseal = nullptr;
}

QTabWidget* MainWindow::workspaceTabs() const
{
    // Each role's workspace is its tabs: the first QTabWidget below it.
    const QWidget* holder = m_pages->widget(WorkspacePage);
    for (QWidget* workspace : holder->findChildren<QWidget*>(QString(), Qt::FindDirectChildrenOnly)) {
        if (auto* tabs = workspace->findChild<QTabWidget*>()) {
            return tabs;
        }
    }
    return nullptr;
}

bool MainWindow::isUnlocked() const
{
    return m_session && !m_session->identity.isNull() && m_pages->currentIndex() == WorkspacePage;
}

void MainWindow::lock(LockReason reason)
{
    lockOnceDialogsReturn(reason, std::nullopt);
}

void MainWindow::lockOnceDialogsReturn(LockReason reason, std::optional<int> dialogLoopLevel)
{
    if (!isUnlocked()) {
        return;
    }
    // A dialog open over the workspace (a declaration, an entry being typed) is closed first, and the
    // workspace that owns it goes only once the event loop the dialog ran (exec()) has returned: the code
    // that opened it goes on after it, as after a "Cancel".
    if (QWidget* modal = QApplication::activeModalWidget()) {
        const int level = QThread::currentThread()->loopLevel();
        if (auto* dialog = qobject_cast<QDialog*>(modal)) {
            dialog->reject();
        } else {
            modal->close();
        }
        QTimer::singleShot(0, this, [this, reason, level] { lockOnceDialogsReturn(reason, level); });
        return;
    }
    if (dialogLoopLevel && QThread::currentThread()->loopLevel() >= *dialogLoopLevel) {
        QTimer::singleShot(
            0, this, [this, reason, dialogLoopLevel] { lockOnceDialogsReturn(reason, dialogLoopLevel); });
        return;
    }
    const QString name = m_session->person.name;
    tearDownWorkspace();
    // The private key goes with the last copy of the identity (OpenSSL clears it as it frees it).
    resetUnlockCommand();
    m_session->identity = crypto::Identity();
    m_session->person = store::Person();
    m_passphrase->clear();
    m_unlockMessage->hide();
    const auto why = [this, reason] {
        switch (reason) {
        case LockReason::Idle:
            return tr("Probitas locked itself after %n minute(s) without use.", nullptr,
                      int(std::chrono::ceil<std::chrono::minutes>(idleLockDelay()).count()));
        case LockReason::Desktop:
            return tr("Probitas locked itself with your session.");
        case LockReason::Asked:
            break;
        }
        return tr("Probitas is locked.");
    };
    m_lockedNote->setText(
        why() + QLatin1Char(' ') +
        tr("The identity of %1 is no longer in memory, nor anything Probitas showed. A draft in "
           "progress was saved, sealed; it is offered back once you unlock.")
            .arg(name));
    m_lockedNote->show();
    statusBar()->clearMessage();
    m_pages->setCurrentIndex(UnlockPage);
    m_passphrase->setFocus();
    emit locked();
}

QString MainWindow::aboutText()
{
    return tr("<p><b>Probitas</b> %1</p>"
              "<p>Declarations of interests (art. 7-2) and of assets (art. 7-3) of the ordonnance n° 58-1270 "
              "of 22 December 1958, and of ordonnance n° 58-1067 (art. 3-1, 3-2).</p>"
              "<p><b>Cryptography</b> (as ANSSI recommends): signatures ECDSA P-256 with SHA-256; "
              "declarations sealed with AES-256-GCM, their key for each reader with ECDH P-256 or RSA-OAEP "
              "(3072 bits and more); identity files PKCS#12 under PBKDF2-HMAC-SHA256 and AES-256; the audit "
              "trail chained by SHA-256.</p>"
              "<p><b>Built on</b> Qt %2 (LGPL-3.0), %3 (Apache-2.0), SQLite (public domain) and PostgreSQL's "
              "libpq (PostgreSQL licence), as Debian ships them.</p>")
        .arg(QApplication::applicationVersion(), QString::fromLatin1(qVersion()), crypto::openSslVersion());
}

void MainWindow::editPreferences()
{
    gui::PreferencesDialog dialog(recentStores(), this);
    const bool accepted =
        preferencesDialogDriver ? preferencesDialogDriver(dialog) : dialog.exec() == QDialog::Accepted;
    if (!accepted) {
        return;
    }
    dialog.save();
    if (isUnlocked()) {
        startIdleLock(); // the new delay, from now
    }
}

void MainWindow::changeIdentity()
{
    lock(LockReason::Asked);
    if (!isUnlocked()) {
        m_identity->setFocus();
    }
}

void MainWindow::setIdleLockDelay(std::chrono::milliseconds delay)
{
    m_idleLockDelay = delay;
    if (isUnlocked()) {
        startIdleLock();
    }
}

std::chrono::milliseconds MainWindow::idleLockDelay() const
{
    if (m_idleLockDelay) {
        return *m_idleLockDelay;
    }
    return std::chrono::minutes(gui::PreferencesDialog::idleLockMinutes());
}

void MainWindow::startIdleLock()
{
    const auto delay = idleLockDelay();
    if (delay.count() > 0) {
        m_idleLock->start(delay);
    } else {
        m_idleLock->stop();
    }
}

void MainWindow::restoreWindowState()
{
    const QByteArray geometry = QSettings().value(kGeometryKey).toByteArray();
    if (geometry.isEmpty() || !restoreGeometry(geometry)) {
        resize(1100, 720);
    }
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    if (remembersStores) {
        QSettings().setValue(kGeometryKey, saveGeometry());
    }
    QMainWindow::closeEvent(event);
}

bool MainWindow::eventFilter(QObject* watched, QEvent* event)
{
    switch (event->type()) {
    case QEvent::KeyPress:
    case QEvent::MouseButtonPress:
    case QEvent::MouseMove:
    case QEvent::Wheel:
    case QEvent::TouchBegin:
        if (m_idleLock->isActive()) {
            m_idleLock->start(); // the same delay, from now
        }
        break;
    default:
        break;
    }
    return QMainWindow::eventFilter(watched, event);
}

void MainWindow::showStartFailure(const QString& problem)
{
    m_startBusy->hide();
    m_password.reset();     // a password refused is not tried again: "Try again" asks it anew
    m_sealIdentity.reset(); // nor an identity: "Try again" unlocks it anew
    m_unlockNote->hide();
    m_pages->setCurrentIndex(StartPage);
    QString headline = tr("The store cannot be opened.");
    const auto location = store::Location::parse(m_storePath);
    // The server's words (libpq's, or the server's own in its language) name a refused password; the
    // person is told so first, in hers.
    if (location && location->backend == store::Backend::PostgreSql &&
        (problem.contains(QLatin1String("password authentication failed")) ||
         problem.contains(QLatin1String("authentification par mot de passe")))) {
        headline = tr("The server refused the password of %1. Check it, and try again.").arg(location->user);
    } else if (location && m_sealLogin &&
               (problem.contains(QLatin1String("certificate")) ||
                problem.contains(QLatin1String("certificat")))) {
        headline = tr("The server refused the certificate of your seal as %1. Whoever administers the server "
                      "maps each person's certificate to her login: ask them.")
                       .arg(location->user);
    }
    // The headline in her words; the driver's below it, smaller, for whoever looks after the server.
    m_startMessage->setText(QStringLiteral("<p><b>%1</b></p><p><small>%2</small></p>")
                                .arg(headline.toHtmlEscaped(), problem.toHtmlEscaped()));
    m_startActions->show();
}

void MainWindow::startAtLaunch(const std::optional<QString>& storeGiven, const QString& defaultStore,
                               const QString& demoDirectory, bool demoAsked)
{
    if (demoAsked) {
        start(defaultStore, demoDirectory);
        return;
    }
    if (const auto last = storeToReopen(storeGiven.has_value(), defaultStore)) {
        openStore(*last);
        return;
    }
    if (!storeGiven && !QFileInfo::exists(defaultStore)) {
        showWelcome(defaultStore, demoDirectory);
        return;
    }
    start(storeGiven.value_or(defaultStore), demoDirectory);
}

void MainWindow::showWelcome(const QString& defaultStore, const QString& demoDirectory)
{
    m_firstStorePath = defaultStore;
    m_firstDemoDirectory = demoDirectory;
    m_pages->setCurrentIndex(WelcomePage);
}

bool MainWindow::createRegister()
{
    gui::CreateRegisterWizard wizard(this);
    const bool accepted =
        createRegisterWizardDriver ? createRegisterWizardDriver(wizard) : wizard.exec() == QDialog::Accepted;
    if (!accepted || wizard.result() != QDialog::Accepted) {
        return false;
    }
    const gui::CreatedRegister created = wizard.created();
    // Unlocked first on the page that follows: the identity that signed the register's first statement.
    rememberIdentityFile(created.administratorFile);
    m_pendingIdentityFile = created.administratorFile;
    openStore(created.storePath);
    statusBar()->showMessage(tr("Register created. Unlock your identity to add the organisation's people."));
    return true;
}

QStringList MainWindow::recentStores()
{
    return QSettings().value(kRecentStoresKey).toStringList();
}

QString MainWindow::lastStore()
{
    return QSettings().value(kLastStoreKey).toString();
}

bool MainWindow::logsInWithSeal(const QString& storeText)
{
    return QSettings().value(kSealLoginStoresKey).toStringList().contains(storeText);
}

std::optional<QString> MainWindow::storeToReopen(bool storeGiven, const QString& defaultStore)
{
    // The store the preferences name, else the last one opened.
    const QString chosen = gui::PreferencesDialog::storeAtStart();
    const QString last = chosen.isEmpty() ? lastStore() : chosen;
    if (storeGiven || last.isEmpty() || last == defaultStore) {
        return std::nullopt;
    }
    const auto location = store::Location::parse(last);
    if (!location || (location->backend == store::Backend::Sqlite && !QFileInfo::exists(location->path))) {
        return std::nullopt;
    }
    return last;
}

void MainWindow::rememberStore(const QString& storeText)
{
    if (!remembersStores) {
        return;
    }
    // Location::parse refused any password in the text: what is kept names the store, never a secret.
    const QStringList recent = mostRecentFirst(recentStores(), storeText, kRecentStores);
    QSettings settings;
    settings.setValue(kRecentStoresKey, recent);
    settings.setValue(kLastStoreKey, storeText);
    QStringList sealLogins = settings.value(kSealLoginStoresKey).toStringList();
    sealLogins.removeAll(storeText);
    if (m_sealLogin) {
        sealLogins.prepend(storeText);
    }
    // Only the stores still listed as recent.
    sealLogins.erase(std::remove_if(sealLogins.begin(), sealLogins.end(),
                                    [&recent](const QString& store) { return !recent.contains(store); }),
                     sealLogins.end());
    settings.setValue(kSealLoginStoresKey, sealLogins);
}

void MainWindow::fillRecentStores()
{
    m_recentMenu->clear();
    const QStringList recent = recentStores();
    for (const QString& storeText : recent) {
        auto location = store::Location::parse(storeText);
        const QString shown = location ? QDir::toNativeSeparators(location->describe()) : storeText;
        m_recentMenu->addAction(shown, this, [this, storeText] { openStore(storeText); });
    }
    if (recent.isEmpty()) {
        m_recentMenu->addAction(tr("(none yet)"))->setEnabled(false);
    }
}

void MainWindow::showConnectionState()
{
    using State = gui::StoreConnection::State;
    const State state = m_connection->state();
    m_connectionState->setText(m_connection->text());
    m_connectionState->setToolTip(m_connection->problem());
    const bool lost = state == State::Lost;
    m_connectionState->setStyleSheet(lost ? QStringLiteral("color: #b02a37; font-weight: bold;") : QString());
    m_retryButton->setVisible(lost || state == State::Reconnecting);
    m_retryButton->setEnabled(lost);
    m_retryAction->setEnabled(lost);
}

void MainWindow::fillIdentities()
{
    m_identity->clear();
    QFile file(QDir(m_demoDirectory).filePath(QStringLiteral("demo.json")));
    if (!m_demoDirectory.isEmpty() && file.open(QIODevice::ReadOnly)) {
        const QJsonArray members = QJsonDocument::fromJson(file.readAll()).array();
        for (const QJsonValue& member : members) {
            if (member[QStringLiteral("role")].toString() == QLatin1String("ca")) {
                continue;
            }
            const auto role = store::roleFromId(member[QStringLiteral("role")].toString());
            m_identity->addItem(
                tr("%1 (%2)").arg(member[QStringLiteral("name")].toString(),
                                  role ? roleName(*role) : QString()),
                QDir(m_demoDirectory).filePath(member[QStringLiteral("identity")].toString()));
        }
    }
    // The identity files unlocked lately on this computer (their paths only).
    for (const QString& path : recentIdentityFiles()) {
        if (m_identity->findData(path) < 0 && QFileInfo::exists(path)) {
            m_identity->addItem(tr("%1 (%2)").arg(QFileInfo(path).fileName(),
                                                  QDir::toNativeSeparators(QFileInfo(path).path())),
                                path);
        }
    }
    m_identity->addItem(tr("Other file…"));
    m_lastIdentityIndex = 0;
    // The identity a register was just created with: chosen already.
    if (!m_pendingIdentityFile.isEmpty()) {
        int index = m_identity->findData(m_pendingIdentityFile);
        if (index < 0) {
            m_identity->insertItem(
                0,
                tr("%1 (%2)").arg(QFileInfo(m_pendingIdentityFile).fileName(),
                                  QDir::toNativeSeparators(QFileInfo(m_pendingIdentityFile).path())),
                m_pendingIdentityFile);
            index = 0;
        }
        m_identity->setCurrentIndex(index);
        m_lastIdentityIndex = index;
        m_pendingIdentityFile.clear();
    }
}

QStringList MainWindow::recentIdentityFiles()
{
    return QSettings().value(kRecentIdentitiesKey).toStringList();
}

void MainWindow::rememberIdentityFile(const QString& path)
{
    if (!remembersStores || path.isEmpty()) {
        return;
    }
    QSettings().setValue(kRecentIdentitiesKey,
                         mostRecentFirst(recentIdentityFiles(), path, kRecentIdentities));
}

void MainWindow::onIdentityChosen(int index)
{
    if (!m_identity->itemData(index).isNull()) {
        m_lastIdentityIndex = index;
        return;
    }
    const QString path = identityFileProvider
                             ? identityFileProvider()
                             : QFileDialog::getOpenFileName(this, tr("Identity file"), QString(),
                                                            tr("PKCS#12 identities (*.p12 *.pfx)"));
    if (path.isEmpty()) {
        m_identity->setCurrentIndex(m_lastIdentityIndex);
        return;
    }
    m_identity->insertItem(index, QFileInfo(path).fileName(), path);
    m_identity->setCurrentIndex(index);
    m_lastIdentityIndex = index;
}

void MainWindow::unlock()
{
    // Before the store is open only for a server logged in to with this identity's certificate.
    if (m_unlock->isRunning() || (!m_session && !m_sealLogin)) {
        return;
    }
    const QString path = m_identity->currentData().toString();
    if (path.isEmpty()) {
        m_unlockMessage->setText(tr("Choose an identity file."));
        m_unlockMessage->show();
        return;
    }
    QString passphrase = m_passphrase->text();
    m_passphrase->clear();
    m_unlockMessage->hide();
    m_unlockBusy->show();
    m_unlockButton->setEnabled(false);
    m_unlock->run(path, passphrase);
}

void MainWindow::onUnlocked(const Result<crypto::Identity>& identity)
{
    m_unlockBusy->hide();
    m_unlockButton->setEnabled(true);
    if (!identity) {
        m_unlockMessage->setText(identity.error().code == QLatin1String("crypto.wrong-passphrase")
                                     ? tr("Wrong passphrase. Check it and try again.")
                                     : identity.error().message);
        m_unlockMessage->show();
        m_passphrase->setFocus();
        return;
    }
    rememberIdentityFile(m_identity->currentData().toString());
    if (!m_session) {
        // Its certificate logs in to the server: the store is opened with it now.
        m_sealIdentity = std::make_shared<const crypto::Identity>(*identity);
        startWith(m_storePath, nullptr);
        return;
    }
    enterAs(*identity);
}

void MainWindow::enterAs(const crypto::Identity& identity)
{
    auto person = m_session->store->directory().personFor(identity.certificate());
    if (person) {
        person = m_session->store->directory().withDeclaredChange(*person); // for "My obligations"
    }
    if (!person) {
        m_unlockMessage->setText(
            tr("This identity is not in the store's directory: %1").arg(person.error().message));
        m_unlockMessage->show();
        return;
    }
    m_session->identity = identity;
    m_session->person = *person;
    m_lockedNote->hide();
    m_passphrase->clear();
    showWorkspace();
    if (const QString note = m_unlock ? m_unlock->protectionNote() : QString(); !note.isEmpty()) {
        statusBar()->showMessage(note);
    }
    m_lockAction->setEnabled(true);
    m_changeIdentityAction->setEnabled(true);
    startIdleLock();
    emit unlocked();
}

void MainWindow::showWorkspace()
{
    const store::Person& person = m_session->person;
    statusBar()->showMessage(tr("%1 — %2").arg(person.name, roleName(person.role)));
    QWidget* holder = m_pages->widget(WorkspacePage);
    QWidget* workspace = nullptr;
    switch (person.role) {
    case store::Role::Declarant:
        workspace = m_workspace = new gui::DeclarantWorkspace(*m_session, holder);
        // A draft the server could not take: is the server lost?
        connect(m_workspace->drafts(), &gui::SaveDraftCommand::keptLocally, m_connection,
                &gui::StoreConnection::sessionFailed);
        connect(m_workspace->drafts(), &gui::SaveDraftCommand::savingChanged, m_savingState,
                &QWidget::setVisible);
        break;
    case store::Role::Authority:
        workspace = m_authorityWorkspace = new gui::AuthorityWorkspace(*m_session, holder);
        break;
    case store::Role::Auditor:
        workspace = new gui::AuditorWorkspace(*m_session, holder);
        break;
    case store::Role::Admin:
        workspace = new gui::AdministratorWorkspace(*m_session, holder);
        break;
    }
    showResealBar();
    holder->layout()->addWidget(workspace);
    // The tab she left last time, unless the workspace opened on another one for a reason (a draft offered).
    if (QTabWidget* tabs = workspaceTabs(); tabs && tabs->currentIndex() == 0) {
        const int last = QSettings().value(kLastTabKey.arg(store::roleId(person.role)), 0).toInt();
        if (last > 0 && last < tabs->count()) {
            tabs->setCurrentIndex(last);
        }
    }
    m_pages->setCurrentIndex(WorkspacePage);
}

void MainWindow::showResealBar()
{
    if (!m_reseal) {
        m_reseal = new gui::ResealCommand(*m_session, this);
        connect(m_reseal, &gui::ResealCommand::finished, this, &MainWindow::onResealed);
    }
    auto pending = m_reseal->pending();
    if (!pending || *pending == 0) {
        if (!pending) {
            qCWarning(lcGui) << "declarations sealed to a former certificate not counted:"
                             << pending.error().code;
        }
        return;
    }
    QWidget* holder = m_pages->widget(WorkspacePage);
    m_resealBar = new QWidget(holder);
    m_resealBar->setObjectName(QStringLiteral("resealBar"));
    m_resealBar->setStyleSheet(
        QStringLiteral("#resealBar { background: #cfe2ff; border: 1px solid #9ec5fe; }"));
    auto* row = new QHBoxLayout(m_resealBar);
    m_resealMessage = new QLabel(m_resealBar);
    m_resealMessage->setObjectName(QStringLiteral("resealMessage"));
    m_resealMessage->setWordWrap(true);
    m_resealMessage->setText(
        tr("Your certificate was renewed: %n declaration(s) you may read are still sealed to the former one. "
           "Seal them again for your current certificate, with your former identity file.",
           nullptr, *pending));
    m_resealButton = new QPushButton(tr("Seal them &again…"), m_resealBar);
    m_resealButton->setObjectName(QStringLiteral("resealButton"));
    connect(m_resealButton, &QPushButton::clicked, this, &MainWindow::reseal);
    row->addWidget(m_resealMessage, 1);
    row->addWidget(m_resealButton);
    holder->layout()->addWidget(m_resealBar);
}

void MainWindow::reseal()
{
    if (m_reseal->isRunning()) {
        return;
    }
    const QString path = formerIdentityFileProvider
                             ? formerIdentityFileProvider()
                             : QFileDialog::getOpenFileName(this, tr("Your former identity file"), QString(),
                                                            tr("PKCS#12 identities (*.p12 *.pfx)"));
    if (path.isEmpty()) {
        return;
    }
    bool accepted = true;
    QString passphrase = formerPassphraseProvider
                             ? formerPassphraseProvider()
                             : QInputDialog::getText(this, tr("Your former identity"),
                                                     tr("Passphrase for %1:").arg(QFileInfo(path).fileName()),
                                                     QLineEdit::Password, QString(), &accepted);
    if (!accepted) {
        return;
    }
    m_resealButton->setEnabled(false);
    m_resealMessage->setText(tr("Sealing again for your current certificate…"));
    m_reseal->run(path, passphrase);
}

void MainWindow::onResealed(const Result<store::ResealReport>& report)
{
    m_resealButton->setEnabled(true);
    if (!report) {
        m_resealMessage->setText(
            report.error().code == QLatin1String("crypto.wrong-passphrase")
                ? tr("Wrong passphrase for your former identity. Nothing was sealed again.")
                : tr("Nothing was sealed again: %1").arg(report.error().message));
        return;
    }
    QString text = tr("%n declaration(s) sealed again for your current certificate.", nullptr,
                      int(report->resealed.size()));
    if (report->draft) {
        text += QLatin1Char(' ') + tr("Your draft too.");
    }
    if (!report->failed.isEmpty()) {
        text += QLatin1Char(' ') + tr("%n could not be, and stay sealed to the former one: %1", nullptr,
                                      int(report->failed.size()))
                                       .arg(report->reasons.join(QStringLiteral("; ")));
    }
    m_resealMessage->setText(text);
    auto pending = m_reseal->pending();
    m_resealButton->setVisible(pending && *pending > 0);
}

} // namespace probitas
