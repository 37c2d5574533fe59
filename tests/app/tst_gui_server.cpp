// The desktop client on a server store, against a throwaway PostgreSQL cluster of this test's own (password
// logins, SCRAM-SHA-256, on a free port in 55600-55700), which it stops under the client (pg_ctl -m
// immediate) and starts again. "Open a store…" applies the store's URL policy and keeps no secret: the
// settings file and every file the client wrote are read back for the password. A lost server is shown in the
// status bar, retried, and a draft typed meanwhile waits on this computer, sealed, and reaches the server
// when it is back. Skipped where no PostgreSQL server is installed.
#include "AdministratorWorkspace.h"
#include "AppTestSupport.h"
#include "AuditorWorkspace.h"
#include "AuthorityWorkspace.h"
#include "Clock.h"
#include "ComplianceDashboard.h"
#include "ControlWorkspace.h"
#include "DeclarantWorkspace.h"
#include "DeclarationWizard.h"
#include "Envelope.h"
#include "OpenStoreDialog.h"
#include "ServerSetup.h"
#include "StoreConnection.h"

#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDirIterator>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QPlainTextEdit>
#include <QProcess>
#include <QPushButton>
#include <QRadioButton>
#include <QRandomGenerator>
#include <QSettings>
#include <QSortFilterProxyModel>
#include <QSpinBox>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QThread>
#include <QToolButton>
#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

using namespace probitas;
using namespace probitas::testing;

namespace {

const QString kJuge = QStringLiteral("Hélène");
// Quotes, a space and an accent: the password reaches libpq through QtSql's connection string intact.
const QString kPassword = QStringLiteral("s3cret d'accès 7Q");

bool portIsFree(int port)
{
    const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
    if (fd < 0) {
        return false;
    }
    sockaddr_in address = {};
    address.sin_family = AF_INET;
    address.sin_port = htons(quint16(port));
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    const bool free = ::bind(fd, reinterpret_cast<sockaddr*>(&address), sizeof address) == 0;
    ::close(fd);
    return free;
}

// Runs openssl with `arguments`; false (and why, as a warning) when it fails.
bool openssl(const QStringList& arguments)
{
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(QStringLiteral("openssl"), arguments);
    if (!process.waitForFinished(60000) || process.exitStatus() != QProcess::NormalExit ||
        process.exitCode() != 0) {
        qWarning("openssl %s: %s", qPrintable(arguments.join(' ')), process.readAll().constData());
        return false;
    }
    return true;
}

// A CA (P-256) in `folder` as NAME.pem and NAME.key.
bool makeCa(const QString& folder, const QString& name)
{
    return openssl({"req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1", "-nodes",
                    "-keyout", folder + "/" + name + ".key", "-out", folder + "/" + name + ".pem", "-subj",
                    "/CN=" + name, "-days", "2"});
}

// A certificate for `commonName` issued by the CA `ca` in `folder`, as NAME.pem and NAME.key (0600).
bool issue(const QString& folder, const QString& ca, const QString& name, const QString& commonName,
           const QString& subjectAltName)
{
    const QString base = folder + "/" + name;
    QFile extensions(base + ".ext");
    if (!extensions.open(QIODevice::WriteOnly) ||
        extensions.write(subjectAltName.isEmpty()
                             ? QByteArray("\n")
                             : ("subjectAltName=" + subjectAltName + "\n").toUtf8()) < 0) {
        return false;
    }
    extensions.close();
    return openssl({"req", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1", "-nodes", "-keyout",
                    base + ".key", "-out", base + ".csr", "-subj", "/CN=" + commonName}) &&
           openssl({"x509", "-req", "-in", base + ".csr", "-CA", folder + "/" + ca + ".pem", "-CAkey",
                    folder + "/" + ca + ".key", "-set_serial",
                    QString::number(QRandomGenerator::global()->bounded(1, 1 << 30)), "-out", base + ".pem",
                    "-days", "2", "-extfile", base + ".ext"}) &&
           QFile::setPermissions(base + ".key", QFileDevice::ReadOwner | QFileDevice::WriteOwner);
}

// A PostgreSQL cluster in a temporary folder, run as the postgres user when the test runs as root (initdb
// refuses root), whose superuser logs in over TCP with kPassword only.
class ThrowawayCluster
{
public:
    ~ThrowawayCluster()
    {
        if (m_started) {
            stop();
        }
    }

    // Empty on success, else why not (the test is then skipped).
    QString start()
    {
        QDir versions(QStringLiteral("/usr/lib/postgresql"));
        QStringList installed = versions.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
        std::sort(installed.begin(), installed.end(),
                  [](const QString& a, const QString& b) { return a.toInt() < b.toInt(); });
        if (installed.isEmpty()) {
            return QStringLiteral("no PostgreSQL server installed");
        }
        m_bin = versions.filePath(installed.last() + QStringLiteral("/bin"));
        if (!m_directory.isValid()) {
            return QStringLiteral("no temporary folder");
        }
        m_asPostgres = ::geteuid() == 0;
        const QString passwordFile = m_directory.filePath(QStringLiteral("password"));
        QFile file(passwordFile);
        if (!file.open(QIODevice::WriteOnly) || file.write(kPassword.toUtf8() + '\n') <= 0) {
            return QStringLiteral("cannot write the password file");
        }
        file.close();
        // TLS: the server's certificate for localhost and 127.0.0.1, issued by the test's CA.
        const QString tls = m_directory.filePath(QStringLiteral("tls"));
        if (!QDir().mkpath(tls) || !makeCa(tls, QStringLiteral("ca")) ||
            !issue(tls, QStringLiteral("ca"), QStringLiteral("server"), QStringLiteral("localhost"),
                   QStringLiteral("DNS:localhost,IP:127.0.0.1"))) {
            return QStringLiteral("cannot make the server's certificates with openssl");
        }
        // The CAs whose client certificates the server takes (the organisation's is added once it exists).
        if (!QFile::copy(tls + QStringLiteral("/ca.pem"), tls + QStringLiteral("/client-cas.pem"))) {
            return QStringLiteral("cannot write the client CAs");
        }
        if (m_asPostgres &&
            QProcess::execute(QStringLiteral("chown"),
                              {QStringLiteral("-R"), QStringLiteral("postgres:"), m_directory.path()}) != 0) {
            return QStringLiteral("cannot give the cluster's folder to postgres");
        }
        if (!run(m_bin + QStringLiteral("/initdb"),
                 {QStringLiteral("-D"), dataDirectory(), QStringLiteral("-U"), QStringLiteral("postgres"),
                  QStringLiteral("--pwfile=") + passwordFile, QStringLiteral("--auth-local=trust"),
                  QStringLiteral("--auth-host=scram-sha-256"), QStringLiteral("-E"), QStringLiteral("UTF8"),
                  QStringLiteral("--no-sync")})) {
            return QStringLiteral("initdb failed");
        }
        // A person with a client certificate logs in with it alone; everyone else with a password.
        QFile hba(dataDirectory() + QStringLiteral("/pg_hba.conf"));
        if (!hba.open(QIODevice::WriteOnly | QIODevice::Truncate) ||
            hba.write("local all all trust\n"
                      "hostssl all juge_cert 127.0.0.1/32 cert\n"
                      "host all all 127.0.0.1/32 scram-sha-256\n") < 0) {
            return QStringLiteral("cannot write pg_hba.conf");
        }
        hba.close();
        m_hba = hba.fileName();
        for (m_port = 55600; m_port <= 55700 && !portIsFree(m_port); ++m_port) {
        }
        if (m_port > 55700) {
            return QStringLiteral("no free port in 55600-55700");
        }
        if (!resume()) {
            return QStringLiteral("the server did not start: ") + m_directory.filePath(QStringLiteral("log"));
        }
        if (!psql(QStringLiteral("CREATE ROLE juge_cert LOGIN SUPERUSER"))) {
            return QStringLiteral("cannot create the certificate's role");
        }
        return {};
    }

    // Stops the server at once, as a crash or a cut cable would (no goodbye to the clients).
    bool stop()
    {
        m_started = !run(m_bin + QStringLiteral("/pg_ctl"),
                         {QStringLiteral("-D"), dataDirectory(), QStringLiteral("-m"),
                          QStringLiteral("immediate"), QStringLiteral("stop")});
        return !m_started;
    }

    bool resume()
    {
        m_started =
            run(m_bin + QStringLiteral("/pg_ctl"),
                {QStringLiteral("-D"), dataDirectory(), QStringLiteral("-w"), QStringLiteral("-t"),
                 QStringLiteral("60"), QStringLiteral("-l"), m_directory.filePath(QStringLiteral("log")),
                 QStringLiteral("-o"),
                 QStringLiteral("-k %1 -p %2 -c listen_addresses=127.0.0.1 -c fsync=off -c ssl=on "
                                "-c ssl_cert_file=%1/tls/server.pem -c ssl_key_file=%1/tls/server.key "
                                "-c ssl_ca_file=%1/tls/client-cas.pem")
                     .arg(m_directory.path())
                     .arg(m_port),
                 QStringLiteral("start")});
        return m_started;
    }

    // docs/deployment.md's certificate logins for `logins` (role names; superusers here, as the others):
    // the organisation's CA trusted for client certificates, `cert clientname=DN map=probitas` for them,
    // and `identMap` as pg_ident.conf.
    bool acceptCertificates(const QList<crypto::Certificate>& organisationCas, const QString& identMap,
                            const QStringList& logins)
    {
        QFile cas(tlsFolder() + QStringLiteral("/client-cas.pem"));
        QFile ident(dataDirectory() + QStringLiteral("/pg_ident.conf"));
        QFile hba(m_hba);
        if (!hba.open(QIODevice::ReadOnly)) {
            return false;
        }
        const QByteArray rules = hba.readAll();
        hba.close();
        if (!cas.open(QIODevice::Append) || !ident.open(QIODevice::WriteOnly | QIODevice::Truncate) ||
            ident.write(identMap.toUtf8()) < 0 || !hba.open(QIODevice::WriteOnly | QIODevice::Truncate) ||
            hba.write(QStringLiteral("hostssl all %1 127.0.0.1/32 cert clientname=DN map=probitas\n")
                          .arg(logins.join(QLatin1Char(',')))
                          .toUtf8() +
                      rules) < 0) {
            return false;
        }
        for (const crypto::Certificate& ca : organisationCas) {
            cas.write(ca.toPem());
        }
        // Written out before the server reads them.
        if (!cas.flush() || !ident.flush() || !hba.flush()) {
            return false;
        }
        for (const QString& login : logins) {
            if (!psql(QStringLiteral("CREATE ROLE \"%1\" LOGIN SUPERUSER").arg(login))) {
                return false;
            }
        }
        return run(m_bin + QStringLiteral("/pg_ctl"),
                   {QStringLiteral("-D"), dataDirectory(), QStringLiteral("reload")});
    }

    // The CA that issued the server's certificate (and may issue clients').
    QString tlsFolder() const { return m_directory.filePath(QStringLiteral("tls")); }
    QString url() const { return QStringLiteral("postgresql://postgres@127.0.0.1:%1/postgres").arg(m_port); }
    int port() const { return m_port; }

private:
    QString dataDirectory() const { return m_directory.filePath(QStringLiteral("data")); }

    bool psql(const QString& sql) const
    {
        return run(m_bin + QStringLiteral("/psql"),
                   {QStringLiteral("-h"), m_directory.path(), QStringLiteral("-p"), QString::number(m_port),
                    QStringLiteral("-U"), QStringLiteral("postgres"), QStringLiteral("-d"),
                    QStringLiteral("postgres"), QStringLiteral("-c"), sql});
    }

    bool run(const QString& program, const QStringList& arguments) const
    {
        QProcess process;
        process.setProcessChannelMode(QProcess::MergedChannels);
        if (m_asPostgres) {
            process.start(
                QStringLiteral("runuser"),
                QStringList{QStringLiteral("-u"), QStringLiteral("postgres"), QStringLiteral("--"), program} +
                    arguments);
        } else {
            process.start(program, arguments);
        }
        if (!process.waitForFinished(120000) || process.exitStatus() != QProcess::NormalExit ||
            process.exitCode() != 0) {
            qWarning("%s failed: %s", qPrintable(program), process.readAll().constData());
            return false;
        }
        return true;
    }

    QTemporaryDir m_directory{QDir::tempPath() + QStringLiteral("/probitas-gui-pg-XXXXXX")};
    QString m_bin;
    QString m_hba;
    int m_port = 0;
    bool m_asPostgres = false;
    bool m_started = false;
};

// A TCP relay to the cluster on a thread of its own (the client's GUI thread blocks in libpq while it
// connects, and must not hold the relay). Silenced, it keeps every connection open and reads nothing, and
// accepts new ones the same way: a server that takes the bytes and never answers, which no TCP timeout
// notices (the kernel acknowledges what it receives). Held, it relays nothing either way, and released, all
// it holds: a server that answers late, but answers.
class SilentableRelay : public QObject
{
public:
    explicit SilentableRelay(quint16 target)
        : m_target(target)
    {
        moveToThread(&m_thread);
        m_thread.start();
        QMetaObject::invokeMethod(
            this,
            [this] {
                m_server = new QTcpServer(this);
                connect(m_server, &QTcpServer::newConnection, this, &SilentableRelay::accept);
                m_server->listen(QHostAddress::LocalHost);
                m_port = m_server->serverPort();
            },
            Qt::BlockingQueuedConnection);
    }
    ~SilentableRelay() override
    {
        QMetaObject::invokeMethod(
            this,
            [this] {
                closeAll();
                delete m_server;
                moveToThread(QCoreApplication::instance()->thread());
            },
            Qt::BlockingQueuedConnection);
        m_thread.quit();
        m_thread.wait();
    }

    quint16 port() const { return m_port; }
    void silence()
    {
        QMetaObject::invokeMethod(
            this,
            [this] {
                m_silent = true;
                for (QTcpSocket* socket : std::as_const(m_sockets)) {
                    socket->disconnect(this); // nothing read, nothing relayed
                }
            },
            Qt::BlockingQueuedConnection);
    }
    // Nothing relayed until release(), on the connections open and on new ones.
    void hold()
    {
        QMetaObject::invokeMethod(
            this, [this] { m_held = true; }, Qt::BlockingQueuedConnection);
    }
    // What was held goes on both ways, and the relay relays again.
    void release()
    {
        QMetaObject::invokeMethod(
            this,
            [this] {
                m_held = false;
                for (const auto& [client, upstream] : std::as_const(m_pairs)) {
                    relay(client, upstream);
                    relay(upstream, client);
                }
            },
            Qt::BlockingQueuedConnection);
    }
    // Relays again, for new connections; those silenced are cut (their clients then see the server gone).
    void speak()
    {
        QMetaObject::invokeMethod(
            this,
            [this] {
                closeAll();
                m_silent = false;
            },
            Qt::BlockingQueuedConnection);
    }

private:
    void accept()
    {
        while (QTcpSocket* client = m_server->nextPendingConnection()) {
            m_sockets << client;
            if (m_silent) {
                continue;
            }
            auto* upstream = new QTcpSocket(this);
            m_sockets << upstream;
            m_pairs << std::pair{client, upstream};
            upstream->connectToHost(QHostAddress::LocalHost, m_target);
            connect(client, &QTcpSocket::readyRead, this,
                    [this, client, upstream] { relay(client, upstream); });
            connect(upstream, &QTcpSocket::readyRead, this,
                    [this, client, upstream] { relay(upstream, client); });
            connect(client, &QTcpSocket::disconnected, upstream, &QTcpSocket::disconnectFromHost);
            connect(upstream, &QTcpSocket::disconnected, client, &QTcpSocket::disconnectFromHost);
        }
    }
    void relay(QTcpSocket* from, QTcpSocket* to)
    {
        if (!m_held && from->bytesAvailable() > 0) {
            to->write(from->readAll());
        }
    }
    void closeAll()
    {
        m_pairs.clear();
        for (QTcpSocket* socket : std::as_const(m_sockets)) {
            socket->disconnect(this);
            socket->abort();
            socket->deleteLater();
        }
        m_sockets.clear();
    }

    QThread m_thread;
    QTcpServer* m_server = nullptr;
    QList<QTcpSocket*> m_sockets;
    QList<std::pair<QTcpSocket*, QTcpSocket*>> m_pairs; // client, upstream
    quint16 m_target;
    quint16 m_port = 0;
    bool m_silent = false;
    bool m_held = false;
};

// Every file under `folder` whose bytes contain `needle`.
QStringList filesContaining(const QString& folder, const QByteArray& needle)
{
    QStringList found;
    QDirIterator files(folder, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (files.hasNext()) {
        QFile file(files.next());
        if (file.open(QIODevice::ReadOnly) && file.readAll().contains(needle)) {
            found << file.fileName();
        }
    }
    return found;
}

} // namespace

class TestGuiServer : public QObject
{
    Q_OBJECT

    QTemporaryDir m_directory;
    ProductFrench m_french;
    ThrowawayCluster m_cluster;
    QString m_demo; // the demo organisation's identities, its store on the cluster
    QString m_skip;
    bool m_certificateLogins = false;

    // The juge logs in as "helene" and the substitut as "thomas" with their seals' certificates (the demo's
    // CA trusted by the server, each subject mapped to its login).
    void acceptSealCertificates()
    {
        if (m_certificateLogins) {
            return;
        }
        const crypto::Identity juge = identityOf(m_demo, kJuge);
        const crypto::Identity substitut = identityOf(m_demo, "Thomas");
        const QString map = store::server::identMap(
            {{juge.certificate().subjectAsciiRfc2253(), QStringLiteral("helene"), kJuge},
             {substitut.certificate().subjectAsciiRfc2253(), QStringLiteral("thomas"),
              QStringLiteral("Thomas")}});
        QVERIFY(m_cluster.acceptCertificates(juge.caCertificates(), map, {"helene", "thomas"}));
        m_certificateLogins = true;
    }

    store::Location serverLocation() const
    {
        store::Location location = *store::Location::parse(m_cluster.url());
        location.password =
            std::make_shared<const crypto::SecureBytes>(crypto::SecureBytes::fromUtf8(kPassword));
        return location;
    }

    // The window opened on the cluster's store through a relay on `port`, the password typed: true once the
    // store is ready.
    bool openThroughRelay(MainWindow& window, quint16 port, QSize size)
    {
        window.openStoreDialogDriver = [this, port](gui::OpenStoreDialog& dialog) {
            fillServer(dialog, "127.0.0.1", port);
            return true;
        };
        window.serverPasswordProvider = [](const QString&) -> std::optional<QString> { return kPassword; };
        QSignalSpy ready(&window, &MainWindow::storeReady);
        window.resize(size);
        window.show();
        window.chooseStore();
        return QTest::qWaitFor([&ready] { return ready.count() == 1; }, 60000);
    }

    // The turns of the GUI thread's event loop, counted from its construction.
    struct EventLoopTicks
    {
        int count = 0;
        QTimer timer;
        EventLoopTicks()
        {
            timer.setInterval(0);
            QObject::connect(&timer, &QTimer::timeout, [this] { ++count; });
            timer.start();
        }
    };

    // `ask` asks the server while the relay holds its answers: `busy()` from then on, and the window turns
    // its event loop meanwhile (a hundred turns counted while still busy: the wait is the worker's, not the
    // window's; a window blocked in libpq would not come back from `ask` before the server's timeout, no
    // longer busy). The answers released, the work ends. `screenshot`: `window` (or a dialog), while it
    // waits.
    void waitsWithoutHoldingTheWindow(SilentableRelay& relay, QWidget& window,
                                      const std::function<void()>& ask, const std::function<bool()>& busy,
                                      const QString& screenshot)
    {
        relay.hold();
        EventLoopTicks ticks;
        ask();
        QVERIFY(busy());
        QTRY_VERIFY_WITH_TIMEOUT(ticks.count >= 100, 10000);
        QVERIFY(busy());
        if (!screenshot.isEmpty()) {
            saveScreenshot(window, screenshot);
        }
        relay.release();
        QTRY_VERIFY_WITH_TIMEOUT(!busy(), 30000);
        ticks.timer.stop();
    }

    // Every cell of `model`, row by row.
    static QStringList cellsOf(const QAbstractItemModel& model)
    {
        QStringList cells;
        for (int row = 0; row < model.rowCount(); ++row) {
            QStringList line;
            for (int column = 0; column < model.columnCount(); ++column) {
                line << model.index(row, column).data().toString();
            }
            cells << line.join(QLatin1Char('|'));
        }
        return cells;
    }

    // Fills "Open a store…" for the cluster, as a person would.
    void fillServer(gui::OpenStoreDialog& dialog, const QString& host, int port)
    {
        dialog.show();
        dialog.findChild<QRadioButton*>("serverStore")->click();
        dialog.findChild<QLineEdit*>("serverHost")->setText(host);
        dialog.findChild<QSpinBox*>("serverPort")->setValue(port);
        dialog.findChild<QLineEdit*>("serverDatabase")->setText("postgres");
        dialog.findChild<QLineEdit*>("serverUser")->setText("postgres");
        // A password login unless the test chooses the seal (the dialog offers the last store's way).
        if (auto* password = dialog.findChild<QRadioButton*>("passwordLogin"); !password->isChecked()) {
            password->click();
        }
    }

    // Opens the cluster's store through "Open a store…", the password typed once.
    void openServer(MainWindow& window, int& asked)
    {
        window.remembersStores = true;
        window.openStoreDialogDriver = [this](gui::OpenStoreDialog& dialog) {
            fillServer(dialog, "127.0.0.1", m_cluster.port());
            saveScreenshot(dialog, "server-01-open-store-dialog");
            return true;
        };
        window.serverPasswordProvider = [&asked](const QString& server) -> std::optional<QString> {
            ++asked;
            if (!server.contains("127.0.0.1")) {
                return std::nullopt;
            }
            return kPassword;
        };
        QSignalSpy ready(&window, &MainWindow::storeReady);
        window.resize(1280, 800);
        window.show();
        window.chooseStore();
        QTRY_VERIFY_WITH_TIMEOUT(ready.count() == 1, 60000);
    }

    // Unlocks the demo member whose name starts with `name`, through "Other file…".
    void unlockMember(MainWindow& window, const QString& name)
    {
        const QJsonObject member = demoMember(m_demo, name);
        const QString path = m_demo + "/" + member["identity"].toString();
        window.identityFileProvider = [path] { return path; };
        auto* identity = child<QComboBox>(window, "identity");
        // A server's store lists no demo: the identity files unlocked lately on this computer (an earlier
        // window of the same test), then "Other file…".
        const int other = identity->count() - 1;
        QVERIFY(identity->itemData(other).isNull());
        for (int index = 0; index < other; ++index) {
            QVERIFY(MainWindow::recentIdentityFiles().contains(identity->itemData(index).toString()));
        }
        emit identity->activated(other);
        unlockAs(window, QFileInfo(path).fileName(), member["passphrase"].toString());
        QVERIFY(window.session());
    }

    void unlockJuge(MainWindow& window)
    {
        unlockMember(window, kJuge);
        QVERIFY(window.declarantWorkspace());
    }

    QString connectionText(MainWindow& window) { return child<QLabel>(window, "connectionState")->text(); }

    crypto::Identity identityOf(const QString& demo, const QString& name)
    {
        const QJsonObject member = demoMember(demo, name);
        auto loaded = crypto::Identity::load(demo + "/" + member["identity"].toString(),
                                             crypto::SecureBytes::fromUtf8(member["passphrase"].toString()));
        if (!loaded) {
            qFatal("%s", qPrintable(loaded.error().message));
        }
        return *loaded;
    }

    // A draft of hers whose observations say `text`, sealed as if at `at` (its signed time).
    static QByteArray draftSealedAt(const crypto::Identity& juge, const QString& text, const QDateTime& at)
    {
        Declaration declaration;
        declaration.schema = QStringLiteral("fr.probitas.interets/2017-1");
        declaration.observations = text;
        Clock::setForTesting(at);
        auto sealed = store::Drafts::seal(juge, DeclarationCodec::encode(declaration));
        Clock::reset();
        return sealed ? *sealed : QByteArray();
    }

    static QString observationsOf(store::Store& store, const crypto::Identity& juge)
    {
        auto opened = store.drafts().open(juge);
        if (!opened) {
            return QStringLiteral("(none: %1)").arg(opened.error().code);
        }
        return DeclarationCodec::decode(opened->toByteArrayUnwiped())->observations;
    }

    // The unlocked declarant starts a new declaration at its first step: its observations field (null when
    // the wizard did not open).
    static QPlainTextEdit* startNewDeclaration(MainWindow& window)
    {
        gui::DeclarantWorkspace* workspace = window.declarantWorkspace();
        workspace->tabs()->setCurrentIndex(2);
        // "Commencer" waits for the draft of her last session, read in the background.
        auto* start = child<QPushButton>(window, "startNew");
        if (!QTest::qWaitFor([&] { return start->isEnabled(); }, 30000)) {
            return nullptr;
        }
        QTest::mouseClick(start, Qt::LeftButton);
        if (!workspace->wizard()) {
            return nullptr;
        }
        workspace->wizard()->setCurrentStep(0);
        return workspace->wizard()->findChild<QPlainTextEdit*>("observations");
    }

private slots:
    // Each test starts without the identity files an earlier one unlocked (the windows here remember them):
    // the unlock page of a server's store then lists "Other file…" alone.
    void init() { QSettings().remove("identities/recent"); }

    void initTestCase()
    {
        QVERIFY(m_directory.isValid());
        // Before anything reads them: the settings and the application's data of this test alone.
        qputenv("XDG_CONFIG_HOME", QFile::encodeName(m_directory.filePath("config")));
        qputenv("XDG_DATA_HOME", QFile::encodeName(m_directory.filePath("data")));
        QCoreApplication::setOrganizationName("Probitas");
        QCoreApplication::setApplicationName("Probitas");
        QVERIFY(prepareFrenchApplication(m_french));
        m_skip = m_cluster.start();
        if (!m_skip.isEmpty()) {
            return;
        }
        // The store and its demo organisation, made as probitas-cli init --demo would (the GUI itself makes
        // no demo in a server's database).
        m_demo = m_directory.filePath("demo");
        auto made = store::Store::open(serverLocation());
        QVERIFY2(made, qPrintable(made ? QString() : made.error().message));
        auto demo = store::createDemo(**made, m_demo);
        QVERIFY2(demo, qPrintable(demo ? QString() : demo.error().message));
    }

    // The dialog's own checks and the store's URL policy, shown in the dialog (no server needed).
    void dialogAppliesTheStorePolicy_data()
    {
        QTest::addColumn<QString>("host");
        QTest::addColumn<QString>("ca");
        QTest::addColumn<QString>("certificate");
        QTest::addColumn<QString>("says"); // empty: accepted
        QTest::newRow("this computer") << "127.0.0.1"
                                       << ""
                                       << ""
                                       << "";
        QTest::newRow("another computer without its CA") << "db.ca-versailles.justice.fr"
                                                         << ""
                                                         << ""
                                                         << "pas sur cet ordinateur";
        QTest::newRow("another computer, CA file missing") << "db.ca-versailles.justice.fr"
                                                           << "/nonexistent/ca.pem"
                                                           << ""
                                                           << "/nonexistent/ca.pem";
        QTest::newRow("another computer with its CA") << "db.ca-versailles.justice.fr"
                                                      << "CA"
                                                      << ""
                                                      << "";
        QTest::newRow("a certificate without its key") << "127.0.0.1"
                                                       << ""
                                                       << "CERT"
                                                       << "va avec sa clé";
    }

    void dialogAppliesTheStorePolicy()
    {
        QFETCH(QString, host);
        QFETCH(QString, ca);
        QFETCH(QString, certificate);
        QFETCH(QString, says);
        const QString caFile = m_directory.filePath("ca.pem");
        QFile(caFile).open(QIODevice::WriteOnly);
        gui::OpenStoreDialog dialog;
        fillServer(dialog, host, 5432);
        dialog.findChild<QLineEdit*>("serverCaCertificate")->setText(ca == "CA" ? caFile : ca);
        dialog.findChild<QLineEdit*>("clientCertificate")
            ->setText(certificate == "CERT" ? caFile : certificate);
        dialog.accept();
        auto* message = dialog.findChild<QLabel*>("openStoreMessage");
        if (says.isEmpty()) {
            QCOMPARE(dialog.result(), int(QDialog::Accepted));
            QVERIFY(dialog.store().ok());
            QVERIFY(store::Location::parse(*dialog.store()).ok());
            if (!ca.isEmpty()) {
                QVERIFY(dialog.store()->contains("sslmode=verify-full"));
            }
            return;
        }
        QVERIFY(dialog.result() != QDialog::Accepted);
        QVERIFY(message->isVisible());
        // The store's own words (translated already: the product's French is installed).
        // (The dialog's own words for a server without its CA, until their French is in the catalogue.)
        QVERIFY2(message->text().contains(says) ||
                     (says == "pas sur cet ordinateur" && message->text().contains("not on this computer")),
                 qPrintable(message->text()));
        if (says == "pas sur cet ordinateur") {
            saveScreenshot(dialog, "server-00-open-store-refused");
        }
    }

    // A local file through "Open a store…": a new one gets the demonstration beside it; the status bar
    // names the file; both stores are remembered, the last first, and the recent menu lists them without
    // any password.
    void localStoreAndRecentStores()
    {
        const QString first = m_directory.filePath("local/first.sqlite");
        const QString second = m_directory.filePath("local/second.sqlite");
        MainWindow window;
        window.remembersStores = true;
        window.resize(1100, 720);
        window.show();
        for (const QString& path : {first, second}) {
            window.openStoreDialogDriver = [path](gui::OpenStoreDialog& dialog) {
                dialog.findChild<QRadioButton*>("localStore")->click();
                dialog.findChild<QLineEdit*>("storeFile")->setText(path);
                return true;
            };
            QSignalSpy ready(&window, &MainWindow::storeReady);
            window.chooseStore();
            QTRY_VERIFY_WITH_TIMEOUT(ready.count() == 1, 60000);
            QCOMPARE(window.storeConnection()->state(), gui::StoreConnection::State::Local);
            QVERIFY2(connectionText(window).contains(path), qPrintable(connectionText(window)));
            QVERIFY(!child<QToolButton>(window, "retryConnection")->isVisible());
            // The demonstration made beside the new file, its identities offered.
            QVERIFY(QFile::exists(QFileInfo(path).path() + "/" + QFileInfo(path).completeBaseName() +
                                  "-demo/demo.json"));
            QVERIFY(child<QComboBox>(window, "identity")->count() > 1);
        }
        QCOMPARE(MainWindow::lastStore(), second);
        QCOMPARE(MainWindow::recentStores().mid(0, 2), QStringList({second, first}));
        auto* recent = window.findChild<QMenu*>("recentStoresMenu");
        QVERIFY(recent);
        emit recent->aboutToShow();
        QStringList shown;
        for (QAction* action : recent->actions()) {
            shown << action->text();
        }
        QVERIFY2(shown.mid(0, 2) == QStringList({second, first}), qPrintable(shown.join(", ")));
        saveScreenshot(window, "server-07-local-store");
        // Reopened from the menu: the first file again, at the head of the list.
        recent->actions().at(1)->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(connectionText(window).contains(first), 60000);
        QCOMPARE(MainWindow::lastStore(), first);

        // Another store opened while the juge types, before the autosave: what she typed goes into the store
        // she typed it for, sealed, before that store is closed.
        const QString demo = QFileInfo(first).path() + "/first-demo";
        unlockAs(window, kJuge, demoMember(demo, kJuge)["passphrase"].toString());
        gui::DeclarantWorkspace* workspace = window.declarantWorkspace();
        QVERIFY(workspace);
        QPlainTextEdit* typed = startNewDeclaration(window);
        QVERIFY(typed);
        QTest::keyClicks(typed, "Avant de changer.");
        QVERIFY(workspace->drafts()->hasUnsaved());
        QSignalSpy ready(&window, &MainWindow::storeReady);
        recent->aboutToShow();
        recent->actions().at(1)->trigger(); // the second store
        QTRY_VERIFY_WITH_TIMEOUT(ready.count() == 1, 60000);
        QVERIFY(!window.declarantWorkspace());
        auto reopened = store::Store::open(first);
        QVERIFY(reopened);
        auto juge = crypto::Identity::load(
            demo + "/" + demoMember(demo, kJuge)["identity"].toString(),
            crypto::SecureBytes::fromUtf8(demoMember(demo, kJuge)["passphrase"].toString()));
        QVERIFY(juge);
        auto kept = (*reopened)->drafts().open(*juge);
        QVERIFY2(kept, qPrintable(kept ? QString() : kept.error().message));
        QVERIFY(
            DeclarationCodec::decode(kept->toByteArrayUnwiped())->observations.contains("Avant de changer."));
    }

    void storeReopenedAtStart_data()
    {
        QTest::addColumn<QString>("last");
        QTest::addColumn<bool>("storeGiven");
        QTest::addColumn<bool>("reopened");
        QTest::newRow("an existing local file") << "existing" << false << true;
        QTest::newRow("a local file gone since") << "gone" << false << false;
        QTest::newRow("a server") << "postgresql://juge@127.0.0.1:5432/probitas" << false << true;
        QTest::newRow("the default store") << "default" << false << false;
        QTest::newRow("--store given") << "existing" << true << false;
        QTest::newRow("nothing remembered") << "" << false << false;
    }

    // What main() reopens at start: the last store, unless --store names one, it is the default one, or a
    // local file gone since (which would otherwise be made again, with a demonstration, elsewhere).
    void storeReopenedAtStart()
    {
        QFETCH(QString, last);
        QFETCH(bool, storeGiven);
        QFETCH(bool, reopened);
        const QString existing = m_directory.filePath("reopen/existing.sqlite");
        QDir().mkpath(QFileInfo(existing).path());
        QFile(existing).open(QIODevice::WriteOnly);
        const QString defaultStore = m_directory.filePath("reopen/default.sqlite");
        const QString remembered = last == "existing"  ? existing
                                   : last == "gone"    ? m_directory.filePath("reopen/gone.sqlite")
                                   : last == "default" ? defaultStore
                                                       : last;
        const QVariant before = QSettings().value("stores/last");
        QSettings().setValue("stores/last", remembered);
        const auto chosen = MainWindow::storeToReopen(storeGiven, defaultStore);
        QSettings().setValue("stores/last", before);
        QCOMPARE(chosen.has_value(), reopened);
        if (reopened) {
            QCOMPARE(*chosen, remembered);
        }
    }

    // With a client certificate, the certificate stands for the password: none is asked.
    void clientCertificateAsksNoPassword()
    {
        const QString url = QStringLiteral("postgresql://juge@127.0.0.1:1/probitas?sslcert=%1&sslkey=%2")
                                .arg(m_directory.filePath("juge.crt"), m_directory.filePath("juge.key"));
        MainWindow window;
        int asked = 0;
        window.serverPasswordProvider = [&asked](const QString&) -> std::optional<QString> {
            ++asked;
            return std::nullopt;
        };
        window.show();
        QVERIFY(window.openStore(url));
        QCOMPARE(asked, 0);
        // And without one, it is asked (here: cancelled, so nothing is opened).
        QVERIFY(!window.openStore(QStringLiteral("postgresql://juge@127.0.0.1:1/probitas")));
        QCOMPARE(asked, 1);
    }

    void tlsThroughTheDialog_data()
    {
        QTest::addColumn<QString>("ca");
        QTest::addColumn<bool>("clientCertificate");
        QTest::addColumn<bool>("connects");
        QTest::addColumn<int>("asked");
        QTest::newRow("server verified, password") << "ca" << false << true << 1;
        QTest::newRow("a CA that did not issue the server's certificate") << "other" << false << false << 1;
        QTest::newRow("client certificate, no password") << "ca" << true << true << 0;
    }

    // The dialog's TLS fields against the cluster's TLS: the server verified against the CA given
    // (sslmode=verify-full), refused against another CA; with a client certificate and its key, logged in as
    // the certificate's person with no password asked.
    void tlsThroughTheDialog()
    {
        if (!m_skip.isEmpty()) {
            QSKIP(qPrintable(m_skip));
        }
        QFETCH(QString, ca);
        QFETCH(bool, clientCertificate);
        QFETCH(bool, connects);
        QFETCH(int, asked);
        const QString client = m_directory.filePath("client");
        QDir().mkpath(client);
        if (!QFile::exists(client + "/other.pem")) {
            QVERIFY(makeCa(client, "other"));
            QFile::copy(m_cluster.tlsFolder() + "/ca.pem", client + "/ca.pem");
            QFile::copy(m_cluster.tlsFolder() + "/ca.key", client + "/ca.key");
            QVERIFY(issue(client, "ca", "juge_cert", "juge_cert", QString()));
        }
        const QString user = clientCertificate ? "juge_cert" : "postgres";
        MainWindow window;
        int passwords = 0;
        window.serverPasswordProvider = [&passwords](const QString&) -> std::optional<QString> {
            ++passwords;
            return kPassword;
        };
        window.openStoreDialogDriver = [&](gui::OpenStoreDialog& dialog) {
            fillServer(dialog, "127.0.0.1", m_cluster.port());
            dialog.findChild<QLineEdit*>("serverUser")->setText(user);
            dialog.findChild<QLineEdit*>("serverCaCertificate")->setText(client + "/" + ca + ".pem");
            if (clientCertificate) {
                dialog.findChild<QLineEdit*>("clientCertificate")->setText(client + "/juge_cert.pem");
                dialog.findChild<QLineEdit*>("clientKey")->setText(client + "/juge_cert.key");
                saveScreenshot(dialog, "server-08-client-certificate-dialog");
            }
            return true;
        };
        QSignalSpy ready(&window, &MainWindow::storeReady);
        window.resize(1100, 720);
        window.show();
        window.chooseStore();
        auto* busy = child<QWidget>(window, "startBusy");
        QTRY_VERIFY_WITH_TIMEOUT(ready.count() == 1 || busy->isHidden(), 60000);
        QCOMPARE(passwords, asked);
        if (!connects) {
            QCOMPARE(ready.count(), 0);
            const QString refused = child<QLabel>(window, "startMessage")->text();
            QVERIFY2(refused.contains("certificate"), qPrintable(refused));
            QCOMPARE(window.storeConnection()->state(), gui::StoreConnection::State::None);
            saveScreenshot(window, "server-09-unverified-server-refused");
            return;
        }
        QCOMPARE(ready.count(), 1);
        QCOMPARE(window.storeConnection()->state(), gui::StoreConnection::State::Connected);
        QVERIFY2(connectionText(window).contains("connecté en tant que " + user),
                 qPrintable(connectionText(window)));
        auto used = window.session()->store->connection().exec(
            "SELECT ssl, current_user FROM pg_stat_ssl JOIN pg_stat_activity USING (pid) "
            "WHERE pid = pg_backend_pid()");
        QVERIFY(used);
        QVERIFY(used.value().next());
        QCOMPARE(used.value().value(0).toBool(), true);
        QCOMPARE(used.value().value(1).toString(), user);
    }

    void sealCertificateLogsIn_data()
    {
        QTest::addColumn<QString>("login");
        QTest::addColumn<bool>("connects");
        QTest::newRow("her own login") << "helene" << true;
        QTest::newRow("another person's login") << "thomas" << false;
    }

    // "The certificate of my seal": the identity is unlocked first (one passphrase), its certificate logs in
    // to the server (no password asked), the status bar says so, and the choice is remembered without any
    // secret. The server refuses her certificate for another person's login, and the window says so.
    void sealCertificateLogsIn()
    {
        if (!m_skip.isEmpty()) {
            QSKIP(qPrintable(m_skip));
        }
        QFETCH(QString, login);
        QFETCH(bool, connects);
        acceptSealCertificates();
        const QJsonObject juge = demoMember(m_demo, kJuge);
        const QString path = m_demo + "/" + juge["identity"].toString();
        const QString passphrase = juge["passphrase"].toString();
        MainWindow window;
        window.remembersStores = true;
        int passwords = 0;
        window.serverPasswordProvider = [&passwords](const QString&) -> std::optional<QString> {
            ++passwords;
            return kPassword;
        };
        window.openStoreDialogDriver = [&](gui::OpenStoreDialog& dialog) {
            fillServer(dialog, "127.0.0.1", m_cluster.port());
            dialog.findChild<QLineEdit*>("serverUser")->setText(login);
            if (auto* seal = dialog.findChild<QRadioButton*>("sealCertificateLogin"); !seal->isChecked()) {
                seal->click();
            }
            // Without the server's CA the certificate would go to an unverified server: refused until given.
            if (auto* ca = dialog.findChild<QLineEdit*>("serverCaCertificate"); ca->text().isEmpty()) {
                if (dialog.store().ok()) {
                    return false;
                }
                ca->setText(m_cluster.tlsFolder() + "/ca.pem");
            }
            // The seal stands for the client certificate: its fields are set aside.
            if (dialog.findChild<QLineEdit*>("clientCertificate")->isEnabled()) {
                return false;
            }
            saveScreenshot(dialog, "server-20-seal-certificate-dialog");
            return true;
        };
        window.identityFileProvider = [path] { return path; };
        QSignalSpy ready(&window, &MainWindow::storeReady);
        QSignalSpy unlocked(&window, &MainWindow::unlocked);
        window.resize(1280, 800);
        window.show();
        window.chooseStore();
        // Her identity first: its certificate is what logs her in.
        QCOMPARE(child<QStackedWidget>(window, "pages")->currentWidget()->objectName(),
                 QString("page.unlock"));
        auto* note = child<QLabel>(window, "unlockServerNote");
        QVERIFY(note->isVisible());
        QVERIFY2(note->text().contains(login), qPrintable(note->text()));
        emit child<QComboBox>(window, "identity")->activated(0);
        saveScreenshot(window, "server-21-seal-unlock-first");
        unlockAs(window, QFileInfo(path).fileName(), passphrase);
        auto* busy = child<QWidget>(window, "startBusy");
        QTRY_VERIFY_WITH_TIMEOUT(unlocked.count() == 1 || busy->isHidden(), 60000);
        QCOMPARE(passwords, 0);
        if (!connects) {
            QCOMPARE(ready.count(), 0);
            QVERIFY(!window.session());
            QCOMPARE(window.storeConnection()->state(), gui::StoreConnection::State::None);
            const QString refused = child<QLabel>(window, "startMessage")->text();
            QVERIFY2(refused.contains("certificat") && refused.contains(login) &&
                         (refused.contains("sceau") || refused.contains("seal")),
                     qPrintable(refused));
            QVERIFY2(refused.contains("certificate authentication failed"), qPrintable(refused));
            QVERIFY(child<QPushButton>(window, "retryStart")->isVisible());
            saveScreenshot(window, "server-23-seal-certificate-refused");
            return;
        }
        QCOMPARE(ready.count(), 1);
        QVERIFY(window.declarantWorkspace());
        QCOMPARE(window.storeConnection()->state(), gui::StoreConnection::State::Connected);
        QVERIFY2(connectionText(window).contains("certificat") && connectionText(window).contains(login),
                 qPrintable(connectionText(window)));
        auto used = window.session()->store->connection().exec(
            "SELECT ssl, current_user, client_dn FROM pg_stat_ssl JOIN pg_stat_activity USING (pid) "
            "WHERE pid = pg_backend_pid()");
        QVERIFY(used);
        QVERIFY(used.value().next());
        QCOMPARE(used.value().value(0).toBool(), true);
        QCOMPARE(used.value().value(1).toString(), login);
        QVERIFY(!used.value().value(2).toString().isEmpty()); // logged in by her certificate
        saveScreenshot(window, "server-22-connected-by-certificate");

        // Remembered: the store and the way she logs in to it, never her passphrase or her key.
        QVERIFY2(MainWindow::lastStore().startsWith("postgresql://" + login + "@"),
                 qPrintable(MainWindow::lastStore()));
        QVERIFY(MainWindow::logsInWithSeal(MainWindow::lastStore()));
        for (const QString& folder : {m_directory.filePath("config"), m_directory.filePath("data")}) {
            QCOMPARE(filesContaining(folder, passphrase.toUtf8()), QStringList());
            QCOMPARE(filesContaining(folder, "PRIVATE KEY"), QStringList());
        }
        // The next "Open a store…" offers the same choice.
        MainWindow next;
        bool sealOffered = false;
        next.openStoreDialogDriver = [&sealOffered](gui::OpenStoreDialog& dialog) {
            sealOffered = dialog.findChild<QRadioButton*>("sealCertificateLogin")->isChecked();
            return false;
        };
        next.chooseStore();
        QVERIFY(sealOffered);
        QSettings().remove("stores"); // the next tests start without a store remembered
    }

    // Opened through the dialog with the password typed once; the status bar says where and as whom; the
    // store is remembered, its password nowhere: not in the settings file, not in any file the client wrote.
    void serverStoreOpensAndKeepsNoSecret()
    {
        if (!m_skip.isEmpty()) {
            QSKIP(qPrintable(m_skip));
        }
        int asked = 0;
        MainWindow window;
        openServer(window, asked);
        QCOMPARE(asked, 1);
        QCOMPARE(window.storeConnection()->state(), gui::StoreConnection::State::Connected);
        const QString state = connectionText(window);
        QVERIFY2(state.contains(QStringLiteral("127.0.0.1:%1").arg(m_cluster.port())), qPrintable(state));
        QVERIFY2(state.contains("postgres"), qPrintable(state));
        QVERIFY(!child<QToolButton>(window, "retryConnection")->isVisible());
        unlockJuge(window);
        saveScreenshot(window, "server-02-connected");

        // Remembered: the store, not the password.
        QSettings settings;
        settings.sync();
        QVERIFY(MainWindow::recentStores().contains(MainWindow::lastStore()));
        QVERIFY2(MainWindow::lastStore().contains(QStringLiteral("127.0.0.1:%1").arg(m_cluster.port())),
                 qPrintable(MainWindow::lastStore()));
        QFile file(settings.fileName());
        QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(settings.fileName()));
        const QByteArray written = file.readAll();
        QVERIFY(written.contains("127.0.0.1"));
        QVERIFY(!written.contains(kPassword.toUtf8()));
        QVERIFY(!written.contains("s3cret"));
        QVERIFY(!written.contains(QByteArray("s3cret").toBase64()));
        for (const QString& folder : {m_directory.filePath("config"), m_directory.filePath("data")}) {
            QCOMPARE(filesContaining(folder, "s3cret"), QStringList());
        }

        // A wrong password: refused, said so, without repeating it; nothing open.
        MainWindow other;
        other.serverPasswordProvider = [](const QString&) -> std::optional<QString> {
            return QStringLiteral("wrong-guess-9");
        };
        QSignalSpy ready(&other, &MainWindow::storeReady);
        other.show();
        QVERIFY(other.openStore(MainWindow::lastStore()));
        auto* busy = child<QWidget>(other, "startBusy");
        QTRY_VERIFY_WITH_TIMEOUT(busy->isHidden(), 60000);
        QCOMPARE(ready.count(), 0);
        const QString refused = child<QLabel>(other, "startMessage")->text();
        QVERIFY2(!refused.contains("wrong-guess"), qPrintable(refused));
        QVERIFY2(refused.contains("password") || refused.contains("mot de passe"), qPrintable(refused));
        QCOMPARE(other.storeConnection()->state(), gui::StoreConnection::State::None);

        // Cancelled: nothing opened, and said how to open one.
        MainWindow cancelled;
        cancelled.serverPasswordProvider = [](const QString&) -> std::optional<QString> {
            return std::nullopt;
        };
        QVERIFY(!cancelled.openStore(MainWindow::lastStore()));
        QVERIFY(!cancelled.session());
    }

    // The server stops under the client while the juge types: shown in the status bar, retried (in vain while
    // it is down), the draft kept sealed on this computer and said so; the server back, "Retry" reconnects,
    // and the draft waiting reaches the store.
    void lostServerKeepsTheDraft()
    {
        if (!m_skip.isEmpty()) {
            QSKIP(qPrintable(m_skip));
        }
        int asked = 0;
        MainWindow window;
        openServer(window, asked);
        unlockJuge(window);
        gui::DeclarantWorkspace* workspace = window.declarantWorkspace();
        QPlainTextEdit* observations = startNewDeclaration(window);
        QVERIFY(observations);
        QSignalSpy saved(workspace->drafts(), &gui::SaveDraftCommand::saved);
        QSignalSpy kept(workspace->drafts(), &gui::SaveDraftCommand::keptLocally);
        QTest::keyClicks(observations, "Avant la coupure.");
        QTRY_VERIFY_WITH_TIMEOUT(saved.count() == 1, 10000);
        QVERIFY(saved.last().at(0).toBool());

        QVERIFY(m_cluster.stop());
        QTest::keyClicks(observations, " Ne pas perdre ceci.");
        QTRY_VERIFY_WITH_TIMEOUT(kept.count() == 1, 10000);
        // Kept, sealed: not pending any more, waiting on this computer, never in clear on its disk.
        QVERIFY(!workspace->drafts()->hasUnsaved());
        QVERIFY(workspace->drafts()->isWaiting());
        const QString waitingFile = workspace->drafts()->outbox()->filePath();
        QVERIFY(QFile::exists(waitingFile));
        QCOMPARE(QFile::permissions(waitingFile), QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                                      QFileDevice::ReadUser | QFileDevice::WriteUser);
        QCOMPARE(filesContaining(m_directory.filePath("data"), "Ne pas perdre"), QStringList());
        QCOMPARE(filesContaining(m_directory.filePath("data"), "s3cret"), QStringList());
        // Shown: the banner over the form, and the status bar.
        QVERIFY(child<QWidget>(window, "saveProblem")->isVisible());
        const QString banner = child<QLabel>(window, "saveProblemText")->text();
        QVERIFY2(banner.contains("conservé sur cet ordinateur"), qPrintable(banner));
        QVERIFY(!child<QLabel>(window, "saveProblemText")->toolTip().isEmpty()); // the driver's words
        QTRY_COMPARE(window.storeConnection()->state(), gui::StoreConnection::State::Lost);
        QVERIFY2(connectionText(window).contains("Déconnecté"), qPrintable(connectionText(window)));
        auto* retry = child<QToolButton>(window, "retryConnection");
        QVERIFY(retry->isVisible() && retry->isEnabled());
        saveScreenshot(window, "server-03-lost-draft-kept");

        // Retried while it is still down: lost again, the next try further off.
        const int firstDelay = window.storeConnection()->secondsUntilRetry();
        QTest::mouseClick(retry, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(window.storeConnection()->state() == gui::StoreConnection::State::Lost &&
                                     window.storeConnection()->attempts() == 1,
                                 30000);
        QVERIFY(window.storeConnection()->secondsUntilRetry() > firstDelay);
        QVERIFY(workspace->drafts()->isWaiting());

        // Typing goes on while it is down: the newer draft replaces the one waiting.
        QTest::keyClicks(observations, " Encore.");
        QTRY_VERIFY_WITH_TIMEOUT(kept.count() == 2, 10000);

        // Back: "Retry" reconnects (the session's store opened again), and the draft waiting is sent.
        QVERIFY(m_cluster.resume());
        QTest::mouseClick(retry, Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(window.storeConnection()->state(), gui::StoreConnection::State::Connected,
                                  30000);
        QTRY_VERIFY_WITH_TIMEOUT(!workspace->drafts()->isWaiting(), 10000);
        QVERIFY(saved.last().at(0).toBool());
        QVERIFY(!child<QWidget>(window, "saveProblem")->isVisible());
        QVERIFY(!retry->isVisible());
        QCOMPARE(asked, 1); // the password typed once, kept in memory for the retries
        const auto stored = window.session()->store->drafts().open(window.session()->identity);
        QVERIFY2(stored, qPrintable(stored ? QString() : stored.error().message));
        const auto declaration = DeclarationCodec::decode(stored->toByteArrayUnwiped());
        QVERIFY(declaration);
        QVERIFY2(declaration->observations.contains("Ne pas perdre ceci. Encore."),
                 qPrintable(declaration->observations));
        saveScreenshot(window, "server-04-reconnected");
    }

    // Probitas closed while the server was down: the draft waits on this computer, and the next session on
    // that server sends it before offering it back.
    void draftWaitingFromAnEarlierSessionIsSent()
    {
        if (!m_skip.isEmpty()) {
            QSKIP(qPrintable(m_skip));
        }
        int asked = 0;
        {
            MainWindow window;
            openServer(window, asked);
            unlockJuge(window);
            gui::DeclarantWorkspace* workspace = window.declarantWorkspace();
            workspace->confirmation = [](const QString&) { return true; }; // replaces the last test's draft
            QPlainTextEdit* observations = startNewDeclaration(window);
            QVERIFY(observations);
            QVERIFY(m_cluster.stop());
            QTest::keyClicks(observations, "Saisi hors ligne, puis Probitas ferme.");
            // Closed before the autosave: the workspace's last save goes to this computer.
        }
        QVERIFY(m_cluster.resume());
        MainWindow window;
        openServer(window, asked);
        unlockJuge(window);
        gui::DeclarantWorkspace* workspace = window.declarantWorkspace();
        QTRY_VERIFY_WITH_TIMEOUT(!workspace->drafts()->isWaiting() && !workspace->drafts()->isLoading(),
                                 30000);
        const auto stored = window.session()->store->drafts().open(window.session()->identity);
        QVERIFY(stored);
        QVERIFY(DeclarationCodec::decode(stored->toByteArrayUnwiped())
                    ->observations.contains("Saisi hors ligne, puis Probitas ferme."));
        QVERIFY(child<QWidget>(window, "draftBar")->isVisible()); // offered back
        saveScreenshot(window, "server-05-draft-from-offline-session");
    }

    // The file waiting edited by hand (here: sealed by someone else) before the client sends it: refused,
    // said so, left on the disk; the draft in the store is unchanged.
    void forgedWaitingDraftIsRefused()
    {
        if (!m_skip.isEmpty()) {
            QSKIP(qPrintable(m_skip));
        }
        const QJsonObject substitut = demoMember(m_demo, "Thomas");
        auto forger =
            crypto::Identity::load(m_demo + "/" + substitut["identity"].toString(),
                                   crypto::SecureBytes::fromUtf8(substitut["passphrase"].toString()));
        QVERIFY(forger);
        const QJsonObject juge = demoMember(m_demo, kJuge);
        auto jugeIdentity =
            crypto::Identity::load(m_demo + "/" + juge["identity"].toString(),
                                   crypto::SecureBytes::fromUtf8(juge["passphrase"].toString()));
        QVERIFY(jugeIdentity);
        Declaration planted;
        {
            auto opened = store::Store::open(serverLocation());
            QVERIFY(opened);
            auto before = (*opened)->drafts().open(*jugeIdentity);
            QVERIFY(before);
            planted = *DeclarationCodec::decode(before->toByteArrayUnwiped());
        }
        const QByteArray storedBefore = DeclarationCodec::encode(planted);
        planted.observations = QStringLiteral("Ce brouillon n'est pas le sien");
        auto forged =
            crypto::Envelope::seal(DeclarationCodec::encode(planted), *forger, {jugeIdentity->certificate()});
        QVERIFY(forged);
        const gui::DraftOutbox outbox(gui::DraftOutbox::defaultFolder(), serverLocation().describe(),
                                      jugeIdentity->certificate().sha256FingerprintHex());
        QVERIFY(outbox.put(*forged));
        const QByteArray fileBefore = [&] {
            QFile file(outbox.filePath());
            return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
        }();

        int asked = 0;
        MainWindow window;
        openServer(window, asked);
        unlockJuge(window);
        window.declarantWorkspace()->tabs()->setCurrentIndex(2);
        QTRY_VERIFY_WITH_TIMEOUT(child<QWidget>(window, "saveProblem")->isVisible(), 30000);
        const QString banner = child<QLabel>(window, "saveProblemText")->text();
        QVERIFY2(banner.contains("ne peut pas être envoyé") && banner.contains("pas signé par vous") &&
                     banner.contains(outbox.filePath()),
                 qPrintable(banner));
        window.declarantWorkspace()->tabs()->setCurrentIndex(2);
        QVERIFY(window.declarantWorkspace()->drafts()->isWaiting());
        QFile file(outbox.filePath());
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), fileBefore);
        const auto stored = window.session()->store->drafts().open(window.session()->identity);
        QVERIFY(stored);
        QCOMPARE(stored->toByteArrayUnwiped(), storedBefore);
        saveScreenshot(window, "server-06-forged-waiting-draft");
        QVERIFY(outbox.remove());
    }

    void olderDraftNeverOverwritesNewer_data()
    {
        QTest::addColumn<QString>("backend");
        QTest::newRow("SQLite") << "sqlite";
        QTest::newRow("PostgreSQL") << "postgresql";
    }

    // The store's side: which of two drafts is newer is the time each was signed at. An older one sent
    // later (kept on a computer while the server was away) leaves the newer stored draft as it is, even with
    // the store's own saved_at column moved back by raw SQL; a newer one replaces an older one; and the
    // declarant's explicit choice (Any) replaces whatever is stored.
    void olderDraftNeverOverwritesNewer()
    {
        QFETCH(QString, backend);
        std::unique_ptr<store::Store> store;
        QString demo;
        if (backend == "sqlite") {
            demo = m_directory.filePath("conflict-sqlite-demo");
            auto opened = store::Store::open(m_directory.filePath("conflict.sqlite"));
            QVERIFY(opened);
            store = std::move(opened).value();
            QVERIFY(store::createDemo(*store, demo));
        } else {
            if (!m_skip.isEmpty()) {
                QSKIP(qPrintable(m_skip));
            }
            demo = m_demo;
            auto opened = store::Store::open(serverLocation());
            QVERIFY(opened);
            store = std::move(opened).value();
        }
        const crypto::Identity juge = identityOf(demo, kJuge);
        const QDateTime now = QDateTime::currentDateTimeUtc();
        const QByteArray older = draftSealedAt(juge, "Plus ancien", now);
        const QByteArray newer = draftSealedAt(juge, "Plus récent", now.addSecs(60));
        QVERIFY(!older.isEmpty() && !newer.isEmpty());

        QVERIFY(store->drafts().saveSealed(juge, newer));
        // The store's own note of when it was saved, moved back: it is not what decides.
        QVERIFY(store->connection().exec("UPDATE drafts SET saved_at = '2001-01-01T00:00:00Z'"));
        const Status refused = store->drafts().saveSealed(juge, older);
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, QString(store::errors::NewerDraftStored));
        QCOMPARE(refused.error().kind, ErrorKind::Invalid);
        QCOMPARE(observationsOf(*store, juge), QString("Plus récent"));
        auto stored = store->drafts().stored(juge);
        QVERIFY(stored);
        QCOMPARE(stored->sealed, newer);
        QCOMPARE(stored->savedAt.toSecsSinceEpoch(), now.addSecs(60).toSecsSinceEpoch());
        QCOMPARE(store->drafts().savedAt(juge, older)->toSecsSinceEpoch(), now.toSecsSinceEpoch());

        // The same bytes again: nothing to compare, nothing lost.
        QVERIFY(store->drafts().saveSealed(juge, newer));
        // Typed on top of the stored one on a computer whose clock is behind: it continues that one, which
        // is still there as it was, so it is newer whatever its time says...
        const QByteArray continued = draftSealedAt(juge, "Suite du plus récent", now.addSecs(30));
        QVERIFY(store->drafts().saveSealed(juge, continued, store::DraftReplacement::OnlyAnOlderOne, newer));
        QCOMPARE(observationsOf(*store, juge), QString("Suite du plus récent"));
        QVERIFY(store->drafts().saveSealed(juge, newer, store::DraftReplacement::Any));
        // ...but naming as continued a draft that is no longer there moves nothing: the times decide.
        const Status stale =
            store->drafts().saveSealed(juge, older, store::DraftReplacement::OnlyAnOlderOne, continued);
        QCOMPARE(stale.error().code, QString(store::errors::NewerDraftStored));
        QCOMPARE(observationsOf(*store, juge), QString("Plus récent"));
        // Only over the one it continues: another stays, even older than this one.
        const QByteArray latest = draftSealedAt(juge, "Le dernier", now.addSecs(90));
        const Status other =
            store->drafts().saveSealed(juge, latest, store::DraftReplacement::OnlyTheContinued, older);
        QCOMPARE(other.error().code, QString(store::errors::OtherDraftStored));
        QCOMPARE(other.error().kind, ErrorKind::Invalid);
        QCOMPARE(observationsOf(*store, juge), QString("Plus récent"));
        QVERIFY(store->drafts().saveSealed(juge, latest, store::DraftReplacement::OnlyTheContinued, newer));
        QCOMPARE(observationsOf(*store, juge), QString("Le dernier"));
        QVERIFY(store->drafts().discard(juge));
        QVERIFY(store->drafts().saveSealed(juge, newer, store::DraftReplacement::OnlyTheContinued, older));
        QVERIFY(store->drafts().saveSealed(juge, newer, store::DraftReplacement::Any));
        // Her choice: the older one replaces it.
        QVERIFY(store->drafts().saveSealed(juge, older, store::DraftReplacement::Any));
        QCOMPARE(observationsOf(*store, juge), QString("Plus ancien"));
        // And a newer one replaces an older one, as every save does.
        QVERIFY(store->drafts().saveSealed(juge, newer));
        QCOMPARE(observationsOf(*store, juge), QString("Plus récent"));
        QVERIFY(store->drafts().discard(juge));
    }

    void olderDraftWaitingIsNotSent_data()
    {
        QTest::addColumn<QString>("choice"); // "newer", "local"
        QTest::addColumn<bool>("fileEditedToLookNewer");
        QTest::addColumn<bool>("otherIsOlder"); // the other computer's draft signed before this one's
        QTest::newRow("she keeps the newer one") << "newer" << false << false;
        QTest::newRow("she keeps the one from this computer") << "local" << false << false;
        QTest::newRow("the file waiting edited to look newer") << "newer" << true << false;
        QTest::newRow("another computer's older draft, kept") << "newer" << false << true;
    }

    // The client's side: a draft kept on this computer while the server was away, and meanwhile a newer one
    // from another computer reached the server. When the server is back, the one from here is not sent over
    // it: both are kept, the banner says which is newer (by the times signed inside the drafts; a file whose
    // sealed_at was edited to a later date changes nothing), what she types meanwhile keeps waiting here,
    // and she chooses. Whichever she keeps, the other is written aside on this computer, sealed, and opens.
    // Within the session, which knows the stored draft the one waiting continues, another computer's draft
    // saved meanwhile is not written over either, even older: the banner then says this computer's is newer.
    void olderDraftWaitingIsNotSent()
    {
        if (!m_skip.isEmpty()) {
            QSKIP(qPrintable(m_skip));
        }
        QFETCH(QString, choice);
        QFETCH(bool, fileEditedToLookNewer);
        QFETCH(bool, otherIsOlder);
        // No draft waiting from an earlier test: this one makes its own, over a stored draft she resumes.
        const crypto::Identity juge = identityOf(m_demo, kJuge);
        QVERIFY(gui::DraftOutbox(gui::DraftOutbox::defaultFolder(), serverLocation().describe(),
                                 juge.certificate().sha256FingerprintHex())
                    .remove());
        {
            auto before = store::Store::open(serverLocation());
            QVERIFY(before);
            QVERIFY((*before)->drafts().saveSealed(
                juge, draftSealedAt(juge, "Brouillon de départ.", QDateTime::currentDateTimeUtc()),
                store::DraftReplacement::Any));
        }
        int asked = 0;
        MainWindow window;
        openServer(window, asked);
        unlockJuge(window);
        gui::DeclarantWorkspace* workspace = window.declarantWorkspace();
        workspace->confirmation = [](const QString&) { return true; };
        QPlainTextEdit* observations = startNewDeclaration(window);
        QVERIFY(observations);
        QSignalSpy kept(workspace->drafts(), &gui::SaveDraftCommand::keptLocally);
        QSignalSpy conflicted(workspace->drafts(), &gui::SaveDraftCommand::conflicted);
        QVERIFY(m_cluster.stop());
        QTest::keyClicks(observations, "Tape sur ce poste hors ligne.");
        QTRY_VERIFY_WITH_TIMEOUT(kept.count() == 1, 10000);
        QVERIFY(m_cluster.resume());
        const gui::DraftOutbox* outbox = workspace->drafts()->outbox();
        QVERIFY(outbox->isWaiting());

        // Meanwhile, on another computer: its clock a minute ahead of this one's last save, or (older) its
        // draft saved a second before the one kept here.
        {
            auto other = store::Store::open(serverLocation());
            QVERIFY(other);
            auto keptAt = (*other)->drafts().savedAt(juge, *outbox->take());
            QVERIFY(keptAt);
            const QByteArray fromElsewhere = draftSealedAt(
                juge, "Tapé sur l'autre poste.",
                otherIsOlder ? keptAt->addSecs(-1) : QDateTime::currentDateTimeUtc().addSecs(60));
            QVERIFY((*other)->drafts().saveSealed(juge, fromElsewhere, store::DraftReplacement::Any));
        }
        if (fileEditedToLookNewer) {
            QFile file(outbox->filePath());
            QVERIFY(file.open(QIODevice::ReadOnly));
            QJsonObject object = QJsonDocument::fromJson(file.readAll()).object();
            file.close();
            object["sealed_at"] = "2099-12-31T23:59:59Z";
            QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
            file.write(QJsonDocument(object).toJson());
            file.close();
            QVERIFY(outbox->take()); // still reads back: only the note was moved
        }

        // The server back: nothing is written over, and she is told which is newer.
        QTest::mouseClick(child<QToolButton>(window, "retryConnection"), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(window.storeConnection()->state(), gui::StoreConnection::State::Connected,
                                  30000);
        QTRY_VERIFY_WITH_TIMEOUT(conflicted.count() >= 1, 10000);
        QVERIFY(workspace->drafts()->conflict());
        QCOMPARE(workspace->drafts()->conflict()->storedIsNewer(), !otherIsOlder);
        QVERIFY(outbox->isWaiting());
        QCOMPARE(observationsOf(*window.session()->store, juge), QString("Tapé sur l'autre poste."));
        QVERIFY(child<QWidget>(window, "draftConflict")->isVisible());
        const QString banner = child<QLabel>(window, "draftConflictText")->text();
        // Both times, the newer first, as the magistrate reads them (to the second within the same minute).
        const auto shown = [](const QDateTime& at, const QString& format) {
            return QLocale().toString(at.toLocalTime().time(), format);
        };
        const QDateTime storedTime = workspace->drafts()->conflict()->storedAt;
        const QDateTime keptTime = workspace->drafts()->conflict()->keptAt;
        const QString format = shown(storedTime, "HH:mm") == shown(keptTime, "HH:mm") ? "HH:mm:ss" : "HH:mm";
        const qsizetype storedAt = banner.indexOf(shown(storedTime, format));
        const qsizetype keptAt = banner.indexOf(shown(keptTime, format));
        QVERIFY2(storedAt >= 0 && keptAt >= 0 && (storedAt < keptAt) == !otherIsOlder, qPrintable(banner));
        QVERIFY(!child<QWidget>(window, "saveProblem")->isVisible());
        saveScreenshot(window, otherIsOlder ? "server-10b-two-versions-this-one-newer"
                                            : "server-10-two-versions-of-the-draft");

        // What she types before choosing goes on waiting here, not over the store's.
        QTest::keyClicks(observations, " Et ceci.");
        QTRY_VERIFY_WITH_TIMEOUT(conflicted.count() >= 2, 10000);
        QCOMPARE(observationsOf(*window.session()->store, juge), QString("Tapé sur l'autre poste."));

        const bool local = choice == "local";
        QTest::mouseClick(child<QPushButton>(window, local ? "keepLocalDraft" : "keepStoredDraft"),
                          Qt::LeftButton);
        // Made on the session's worker: done once the server has answered.
        QTRY_VERIFY_WITH_TIMEOUT(
            !workspace->drafts()->conflict() && !child<QWidget>(window, "draftConflict")->isVisible(), 30000);
        QVERIFY(!child<QWidget>(window, "draftConflict")->isVisible());
        QVERIFY(!outbox->isWaiting());
        const QString ours = "Tape sur ce poste hors ligne. Et ceci.";
        const QString theirs = "Tapé sur l'autre poste.";
        // (What she typed went before the text the form starts with.)
        QVERIFY(observationsOf(*window.session()->store, juge).startsWith(local ? ours : theirs));
        // The one in the wizard is the one kept.
        QVERIFY(workspace->wizard()
                    ->findChild<QPlainTextEdit*>("observations")
                    ->toPlainText()
                    .startsWith(local ? ours : theirs));
        // The other is on this computer, sealed to her, and opens as hers.
        const QStringList aside = QDir(QFileInfo(outbox->filePath()).path())
                                      .entryList({QFileInfo(outbox->filePath()).fileName() +
                                                  (local ? ".from-server-*" : ".older-*")},
                                                 QDir::Files, QDir::Time);
        QVERIFY(!aside.isEmpty());
        const QString asidePath = QFileInfo(outbox->filePath()).path() + "/" + aside.first();
        const QString message = child<QLabel>(window, "newMessage")->text();
        QVERIFY2(message.contains(QDir::toNativeSeparators(asidePath)), qPrintable(message));
        QVERIFY(QFile::rename(asidePath, outbox->filePath()));
        auto other = outbox->take();
        QVERIFY(other);
        auto opened = crypto::Envelope::open(*other, juge);
        QVERIFY(opened);
        QVERIFY(DeclarationCodec::decode(opened->content.toByteArrayUnwiped())
                    ->observations.startsWith(local ? theirs : ours));
        QVERIFY(outbox->remove());
        if (!otherIsOlder) {
            saveScreenshot(window, local ? "server-12-kept-the-draft-from-this-computer"
                                         : "server-11-kept-the-newer-draft");
        }

        // Typing goes on over the draft kept, here a minute behind the other computer's clock: it continues
        // that draft, and is stored over it.
        QSignalSpy saved(workspace->drafts(), &gui::SaveDraftCommand::saved);
        observations = workspace->wizard()->findChild<QPlainTextEdit*>("observations");
        QTest::keyClicks(observations, "Suite. ");
        QTRY_VERIFY_WITH_TIMEOUT(!saved.isEmpty() && !workspace->drafts()->hasUnsaved(), 10000);
        QVERIFY(saved.last().at(0).toBool());
        QVERIFY(!workspace->drafts()->conflict());
        QVERIFY(!outbox->isWaiting());
        QVERIFY(
            observationsOf(*window.session()->store, juge).startsWith("Suite. " + (local ? ours : theirs)));
    }

    // A server that stops answering without refusing (it takes the bytes, never replies): the probe waits
    // for it on a thread of its own, and the window goes on handling its events meanwhile (counted by a
    // timer on the GUI thread, while the probe is still unanswered); once the probe has waited long enough
    // the status bar says the server is lost, "Réessayer" waits the same way, and when the server answers
    // again the session is back on it.
    void unansweringServerNeverHoldsTheWindow()
    {
        if (!m_skip.isEmpty()) {
            QSKIP(qPrintable(m_skip));
        }
        SilentableRelay relay(quint16(m_cluster.port()));
        QVERIFY(relay.port() != 0);
        MainWindow window;
        QVERIFY(openThroughRelay(window, relay.port(), QSize(1100, 720)));
        gui::StoreConnection* connection = window.storeConnection();
        QCOMPARE(connection->state(), gui::StoreConnection::State::Connected);
        connection->answerTimeoutMs = 3000;
        // A first probe, answered: the probe's own connection is open.
        connection->check();
        QVERIFY(connection->isProbing());
        QTRY_VERIFY_WITH_TIMEOUT(!connection->isProbing(), 30000);
        QCOMPARE(connection->state(), gui::StoreConnection::State::Connected);

        relay.silence();
        EventLoopTicks ticks;
        connection->check();
        // check() came back at once: the window turns its event loop while the probe waits for an answer.
        QVERIFY(connection->isProbing());
        QTRY_VERIFY_WITH_TIMEOUT(ticks.count >= 100, 2000);
        QVERIFY(connection->isProbing());
        QCOMPARE(connection->state(), gui::StoreConnection::State::Connected);
        // Unanswered long enough: lost, said so, with "Réessayer".
        QTRY_COMPARE_WITH_TIMEOUT(connection->state(), gui::StoreConnection::State::Lost, 30000);
        QVERIFY2(connectionText(window).contains("Déconnecté"), qPrintable(connectionText(window)));
        QVERIFY(!connection->problem().isEmpty());
        auto* retry = child<QToolButton>(window, "retryConnection");
        QVERIFY(retry->isVisible() && retry->isEnabled());
        saveScreenshot(window, "server-13-server-not-answering");

        // "Réessayer" while it still does not answer: the window goes on too, and the try gives up.
        const int before = ticks.count;
        QTest::mouseClick(retry, Qt::LeftButton);
        QCOMPARE(connection->state(), gui::StoreConnection::State::Reconnecting);
        QTRY_VERIFY_WITH_TIMEOUT(ticks.count >= before + 100, 2000);
        QVERIFY(connection->isProbing());
        QTRY_COMPARE_WITH_TIMEOUT(connection->state(), gui::StoreConnection::State::Lost, 30000);
        QCOMPARE(connection->attempts(), 1);

        // It answers again: the session is back on it.
        relay.speak();
        QSignalSpy reconnected(connection, &gui::StoreConnection::reconnected);
        QTest::mouseClick(retry, Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(connection->state(), gui::StoreConnection::State::Connected, 30000);
        QCOMPARE(reconnected.count(), 1);
        QVERIFY(window.session()->store->connection().exec("SELECT 1"));
        ticks.timer.stop();
        window.storeConnection()->attach(nullptr);
    }

    // The draft's autosave and "My declarations" wait for a server that takes the bytes and never answers:
    // both in the background (the session's worker), the window turning its event loop meanwhile (counted
    // by a timer on the GUI thread while both are still under way), "Saving…" in the status bar and the list
    // marked busy. Once the server cuts those connections, the draft is kept on this computer, and reaches
    // the store after the reconnection: nothing typed is lost.
    void autosaveAndListNeverHoldTheWindow()
    {
        if (!m_skip.isEmpty()) {
            QSKIP(qPrintable(m_skip));
        }
        SilentableRelay relay(quint16(m_cluster.port()));
        QVERIFY(relay.port() != 0);
        MainWindow window;
        QVERIFY(openThroughRelay(window, relay.port(), QSize(1280, 800)));
        unlockJuge(window);
        gui::DeclarantWorkspace* workspace = window.declarantWorkspace();
        workspace->confirmation = [](const QString&) { return true; }; // a draft of earlier tests replaced
        QVERIFY(window.session()->worker);
        auto* listBusy = child<QWidget>(window, "listBusy");
        QTRY_VERIFY_WITH_TIMEOUT(listBusy->isHidden(), 30000); // the first listing, through the worker
        QPlainTextEdit* observations = startNewDeclaration(window);
        QVERIFY(observations);
        QSignalSpy saved(workspace->drafts(), &gui::SaveDraftCommand::saved);
        QSignalSpy kept(workspace->drafts(), &gui::SaveDraftCommand::keptLocally);
        QTest::keyClicks(observations, "Avant le silence.");
        QTRY_VERIFY_WITH_TIMEOUT(saved.count() == 1, 30000);
        QVERIFY(saved.last().at(0).toBool());

        relay.silence();
        EventLoopTicks ticks;
        QTest::keyClicks(observations, " Pendant le silence.");
        QTRY_VERIFY_WITH_TIMEOUT(workspace->drafts()->isSaving(), 10000);
        workspace->tabs()->setCurrentIndex(1);
        workspace->refreshList();
        QVERIFY(listBusy->isVisible());
        auto* saving = child<QLabel>(window, "savingState");
        QVERIFY(saving->isVisible());
        // Both wait for the server; the window goes on.
        const int before = ticks.count;
        QTRY_VERIFY_WITH_TIMEOUT(ticks.count >= before + 100, 5000);
        QVERIFY(workspace->drafts()->isSaving());
        QVERIFY(workspace->drafts()->hasUnsaved());
        QVERIFY(listBusy->isVisible());
        QCOMPARE(saved.count(), 1);
        saveScreenshot(window, "server-24-saving-while-the-server-is-silent");

        // The server cuts them: the draft is kept on this computer, the list says why it is not there.
        relay.speak();
        QTRY_VERIFY_WITH_TIMEOUT(kept.count() == 1, 30000);
        QVERIFY(!workspace->drafts()->isSaving());
        QVERIFY(!saving->isVisible());
        QVERIFY(workspace->drafts()->isWaiting());
        QTRY_VERIFY_WITH_TIMEOUT(listBusy->isHidden(), 30000);
        QCOMPARE(filesContaining(m_directory.filePath("data"), "Pendant le silence"), QStringList());
        // Reconnected: the draft waiting reaches the store, and the list is read again.
        QTRY_COMPARE_WITH_TIMEOUT(window.storeConnection()->state(), gui::StoreConnection::State::Lost,
                                  30000);
        window.storeConnection()->retry();
        QTRY_COMPARE_WITH_TIMEOUT(window.storeConnection()->state(), gui::StoreConnection::State::Connected,
                                  30000);
        QTRY_VERIFY_WITH_TIMEOUT(!workspace->drafts()->isWaiting(), 30000);
        ticks.timer.stop();
        const QString stored = observationsOf(*window.session()->store, window.session()->identity);
        QVERIFY2(stored.contains("Avant le silence. Pendant le silence."), qPrintable(stored));
        workspace->refreshList();
        QTRY_VERIFY_WITH_TIMEOUT(listBusy->isHidden(), 30000);
        QVERIFY2(child<QLabel>(window, "listMessage")->text().contains("déclaration"),
                 qPrintable(child<QLabel>(window, "listMessage")->text()));
        window.storeConnection()->attach(nullptr);
    }

    // The administrator's directory and the requests to change a posting, read on the session's worker: the
    // window turns while the server holds its answer, the directory marked busy; once it answers, the same
    // directory as before.
    void administratorListsNeverHoldTheWindow()
    {
        if (!m_skip.isEmpty()) {
            QSKIP(qPrintable(m_skip));
        }
        SilentableRelay relay(quint16(m_cluster.port()));
        QVERIFY(relay.port() != 0);
        MainWindow window;
        QVERIFY(openThroughRelay(window, relay.port(), QSize(1280, 800)));
        unlockMember(window, "Administrateur");
        QVERIFY(window.session()->worker);
        auto* workspace = window.findChild<gui::AdministratorWorkspace*>();
        QVERIFY(workspace);
        auto* busy = child<QWidget>(window, "directoryBusy");
        QTRY_VERIFY_WITH_TIMEOUT(busy->isHidden(), 30000); // the first reading, through the worker
        const QStringList people = cellsOf(*workspace->directory()->model());
        QVERIFY2(people.size() >= 13 && people.join(' ').contains("Hélène"), qPrintable(people.join('\n')));
        const QString count = child<QLabel>(window, "directoryCount")->text();
        const int requests = workspace->postingRequests()->rowCount();

        bool refreshed = false;
        waitsWithoutHoldingTheWindow(
            relay, window, [&] { workspace->refresh([&refreshed] { refreshed = true; }); },
            [&] { return busy->isVisible(); }, "server-25-directory-read-while-the-server-waits");
        QVERIFY(refreshed); // what follows a refresh waits for it
        QCOMPARE(cellsOf(*workspace->directory()->model()), people);
        QCOMPARE(child<QLabel>(window, "directoryCount")->text(), count);
        QCOMPARE(workspace->postingRequests()->rowCount(), requests);
        window.storeConnection()->attach(nullptr);
    }

    // The administrator's statements go through the session's worker too: "Official posting…" reads the
    // magistrate while the window turns (the directory busy, its buttons waiting), and the posting signed in
    // the dialog is recorded while the window turns, the dialog's buttons waiting and the dialog staying
    // until the store answers. The same posting again is refused by the store, and said in the dialog.
    void administratorStatementsNeverHoldTheWindow()
    {
        if (!m_skip.isEmpty()) {
            QSKIP(qPrintable(m_skip));
        }
        SilentableRelay relay(quint16(m_cluster.port()));
        QVERIFY(relay.port() != 0);
        MainWindow window;
        QVERIFY(openThroughRelay(window, relay.port(), QSize(1280, 800)));
        unlockMember(window, "Administrateur");
        auto* workspace = window.findChild<gui::AdministratorWorkspace*>();
        QVERIFY(workspace);
        auto* busy = child<QWidget>(window, "directoryBusy");
        QTRY_VERIFY_WITH_TIMEOUT(busy->isHidden(), 30000);
        QTableView* table = workspace->directory();
        int row = -1;
        for (int i = 0; i < table->model()->rowCount(); ++i) {
            const QModelIndex name = table->model()->index(i, gui::AdministratorWorkspace::NameColumn);
            if (name.data().toString().contains("Hélène") &&
                name.data(gui::AdministratorWorkspace::MagistrateRole).toBool()) {
                row = i;
            }
        }
        QVERIFY(row >= 0);
        table->selectRow(row);
        auto* postingButton = child<QPushButton>(window, "statePosting");
        QVERIFY(postingButton->isEnabled());

        waitsWithoutHoldingTheWindow(
            relay, window, [&] { workspace->statePosting(); },
            [&] { return busy->isVisible() && !postingButton->isEnabled(); }, QString());
        auto* dialog = window.findChild<gui::PostingDialog*>();
        QTRY_VERIFY_WITH_TIMEOUT(dialog && dialog->isVisible(), 10000);
        QVERIFY(postingButton->isEnabled());
        auto* buttons = dialog->findChild<QDialogButtonBox*>();
        QVERIFY(buttons);
        auto* error = dialog->findChild<QLabel*>("postingError");

        waitsWithoutHoldingTheWindow(
            relay, *dialog,
            [&] {
                dialog->accept();
                dialog->reject(); // not while the store has not answered
            },
            [&] {
                return dialog->isVisible() && !buttons->isEnabled() && error->isHidden() &&
                       buttons->button(QDialogButtonBox::Ok)->text() == "Enregistrement…";
            },
            "server-26-posting-recorded-while-the-server-waits");
        QTRY_VERIFY_WITH_TIMEOUT(!error->isHidden(), 10000);
        QVERIFY2(error->text().contains("Hélène"), qPrintable(error->text())); // the store's refusal
        QVERIFY(dialog->isVisible());
        QVERIFY(buttons->isEnabled());
        dialog->reject();
        QTRY_VERIFY(!dialog->isVisible());
        window.storeConnection()->attach(nullptr);
    }

    // "Add a person…" on a server: the addition is sent on the session's worker, the window turning, and the
    // dialog stays ("Ajout…", its buttons waiting) until the store answers; here it refuses a certificate
    // already in the directory, said in the dialog, which then closes on Cancel.
    void addPersonNeverHoldsTheWindow()
    {
        if (!m_skip.isEmpty()) {
            QSKIP(qPrintable(m_skip));
        }
        SilentableRelay relay(quint16(m_cluster.port()));
        QVERIFY(relay.port() != 0);
        MainWindow window;
        QVERIFY(openThroughRelay(window, relay.port(), QSize(1280, 800)));
        unlockMember(window, "Administrateur");
        auto* workspace = window.findChild<gui::AdministratorWorkspace*>();
        QVERIFY(workspace);
        QTRY_VERIFY_WITH_TIMEOUT(child<QWidget>(window, "directoryBusy")->isHidden(), 30000);
        const int rows = workspace->directory()->model()->rowCount();
        QTemporaryDir folder;
        const QString pem = folder.filePath("juge.pem");
        QFile file(pem);
        QVERIFY(file.open(QIODevice::WriteOnly) &&
                file.write(identityOf(m_demo, kJuge).certificate().toPem()) > 0);
        file.close();
        workspace->certificateFileProvider = [pem] { return pem; };
        workspace->addPerson();
        auto* dialog = window.findChild<gui::AddPersonDialog*>();
        QTRY_VERIFY_WITH_TIMEOUT(dialog && dialog->isVisible(), 10000);
        child<QLineEdit>(*dialog, "personName")->setText("Doublon du juge");
        auto* role = child<QComboBox>(*dialog, "personRole");
        role->setCurrentIndex(role->findData(QStringLiteral("declarant")));
        QTest::mouseClick(child<QPushButton>(*dialog, "chooseCertificate"), Qt::LeftButton);
        QVERIFY2(dialog->problem().isEmpty(), qPrintable(dialog->problem()));
        auto* buttons = dialog->findChild<QDialogButtonBox*>();
        QVERIFY(buttons);
        auto* error = child<QLabel>(*dialog, "dialogError");

        waitsWithoutHoldingTheWindow(
            relay, *dialog,
            [&] {
                dialog->accept();
                dialog->reject(); // not while the store has not answered
            },
            [&] {
                return dialog->isVisible() && !buttons->isEnabled() &&
                       buttons->button(QDialogButtonBox::Ok)->text() == "Ajout…";
            },
            "server-27-person-added-while-the-server-waits");
        QTRY_VERIFY_WITH_TIMEOUT(error->isVisible(), 10000);
        QVERIFY2(error->text().contains("Doublon du juge"), qPrintable(error->text())); // the store's refusal
        QVERIFY(buttons->isEnabled());
        QVERIFY(dialog->isVisible());
        dialog->reject();
        QTRY_VERIFY(!dialog->isVisible());
        QCOMPARE(workspace->directory()->model()->rowCount(), rows);
        window.storeConnection()->attach(nullptr);
    }

    // The compliance dashboard of the président (the magistrates the directory says owe him, what they
    // filed, the entretiens), read on the session's worker when its tab is shown: the window turns while the
    // server holds its answer, the dashboard marked busy; once it answers, the same rows and counts.
    void complianceDashboardNeverHoldsTheWindow()
    {
        if (!m_skip.isEmpty()) {
            QSKIP(qPrintable(m_skip));
        }
        SilentableRelay relay(quint16(m_cluster.port()));
        QVERIFY(relay.port() != 0);
        MainWindow window;
        QVERIFY(openThroughRelay(window, relay.port(), QSize(1400, 860)));
        unlockMember(window, "Jean-Baptiste");
        gui::AuthorityWorkspace* workspace = window.authorityWorkspace();
        QVERIFY(workspace);
        gui::ComplianceDashboard* dashboard = workspace->dashboard();
        QTRY_VERIFY_WITH_TIMEOUT(!dashboard->isReading(), 30000); // the directory's, at the start
        const QStringList rows = cellsOf(*dashboard->proxy());
        QVERIFY2(rows.join(' ').contains("Hélène"), qPrintable(rows.join('\n')));
        const QString source = child<QLabel>(window, "complianceSource")->text();
        const QString counts = child<QLabel>(window, "complianceCounts")->text();
        QVERIFY(!counts.isEmpty());
        auto* busy = child<QWidget>(window, "complianceBusy");

        // Shown: read again (Source::Kept), then the directory chosen again.
        waitsWithoutHoldingTheWindow(
            relay, window,
            [&] { workspace->tabs()->setCurrentIndex(gui::AuthorityWorkspace::ComplianceTab); },
            [&] { return dashboard->isReading() && busy->isVisible(); },
            "server-26-compliance-read-while-the-server-waits");
        QCOMPARE(cellsOf(*dashboard->proxy()), rows);
        QCOMPARE(child<QLabel>(window, "complianceSource")->text(), source);
        QCOMPARE(child<QLabel>(window, "complianceCounts")->text(), counts);
        waitsWithoutHoldingTheWindow(
            relay, window,
            [&] { QTest::mouseClick(child<QPushButton>(window, "useDirectory"), Qt::LeftButton); },
            [&] { return dashboard->isReading() && busy->isVisible(); }, QString());
        QCOMPARE(cellsOf(*dashboard->proxy()), rows);
        QCOMPARE(child<QLabel>(window, "complianceSource")->text(), source);
        window.storeConnection()->attach(nullptr);
    }

    // The collège's requests for its avis, read on the session's worker: at the start (its tab brought
    // forward, one awaiting the avis) and on "Refresh", the window turning while the server holds its
    // answer, the list marked busy; once it answers, the same requests.
    void avisRequestsNeverHoldTheWindow()
    {
        if (!m_skip.isEmpty()) {
            QSKIP(qPrintable(m_skip));
        }
        // The président asks the collège about the juge's declaration of interests.
        {
            auto opened = store::Store::open(serverLocation());
            QVERIFY(opened);
            const crypto::Identity president = identityOf(m_demo, "Jean-Baptiste");
            auto records = (*opened)->declarations().list(president);
            QVERIFY(records);
            QString di;
            for (const store::DeclarationRecord& record : *records) {
                if (record.kind == DeclarationKind::Interets && record.declarant.startsWith(kJuge) &&
                    !store::isFinal(record.status)) {
                    di = record.id;
                }
            }
            QVERIFY(!di.isEmpty());
            auto requested =
                (*opened)->avis().request(di, president, QStringLiteral("Le déport suffit-il ?"));
            QVERIFY2(requested, qPrintable(requested ? QString() : requested.error().message));
        }
        SilentableRelay relay(quint16(m_cluster.port()));
        QVERIFY(relay.port() != 0);
        MainWindow window;
        QVERIFY(openThroughRelay(window, relay.port(), QSize(1280, 800)));
        unlockMember(window, "Collège");
        gui::AuthorityWorkspace* workspace = window.authorityWorkspace();
        QVERIFY(workspace && workspace->avisRequests());
        auto* busy = child<QWidget>(window, "avisRequestsBusy");
        QTRY_VERIFY_WITH_TIMEOUT(busy->isHidden(), 30000);
        QCOMPARE(workspace->tabs()->currentIndex(), workspace->avisTabIndex()); // one awaits the avis
        const QStringList requests = cellsOf(*workspace->avisRequests()->model());
        QVERIFY2(requests.size() >= 1 && requests.join(' ').contains("Hélène"),
                 qPrintable(requests.join('\n')));
        const QString message = child<QLabel>(window, "avisRequestsMessage")->text();

        waitsWithoutHoldingTheWindow(
            relay, window,
            [&] { QTest::mouseClick(child<QPushButton>(window, "refreshAvisRequests"), Qt::LeftButton); },
            [&] { return busy->isVisible(); }, "server-27-avis-requests-read-while-the-server-waits");
        QCOMPARE(cellsOf(*workspace->avisRequests()->model()), requests);
        QCOMPARE(child<QLabel>(window, "avisRequestsMessage")->text(), message);
        window.storeConnection()->attach(nullptr);
    }

    // The HATVP's control on a server store: its tab of controls read on the session's worker (the window
    // turning while the server holds its answer, the same rows once it answers), an act signed and sealed
    // off the GUI thread on a Store of its own; the président's answer from his own declarations the same
    // way.
    void controlsNeverHoldTheWindow()
    {
        if (!m_skip.isEmpty()) {
            QSKIP(qPrintable(m_skip));
        }
        SilentableRelay relay(quint16(m_cluster.port()));
        QVERIFY(relay.port() != 0);
        {
            MainWindow window;
            QVERIFY(openThroughRelay(window, relay.port(), QSize(1280, 800)));
            unlockMember(window, "Haute Autorité");
            gui::AuthorityWorkspace* workspace = window.authorityWorkspace();
            QVERIFY(workspace && workspace->controls());
            gui::ControlWorkspace& controls = *workspace->controls();
            QTRY_VERIFY_WITH_TIMEOUT(!controls.isBusy(), 30000);
            const QStringList rows = cellsOf(*controls.table()->model());
            QVERIFY2(rows.join(' ').contains("Jean-Baptiste Moreau|") &&
                         rows.join(' ').contains("Mathilde Vasseur|"),
                     qPrintable(rows.join('\n')));
            auto* busy = child<QWidget>(window, "controlsBusy");
            waitsWithoutHoldingTheWindow(
                relay, window, [&] { workspace->tabs()->setCurrentIndex(workspace->controlsTabIndex()); },
                [&] { return controls.isBusy() && busy->isVisible(); },
                "server-28-controls-read-while-the-server-waits");
            QCOMPARE(cellsOf(*controls.table()->model()), rows);

            // Enjoined to answer the demo's request, from the server.
            int president = -1;
            for (int row = 0; row < controls.table()->rowCount(); ++row) {
                if (controls.table()->item(row, gui::ControlWorkspace::DeclarantColumn)->text() ==
                    "Jean-Baptiste Moreau") {
                    president = row;
                }
            }
            QVERIFY(president >= 0);
            QSignalSpy opened(&controls, &gui::ControlWorkspace::controlOpened);
            controls.selectRow(president);
            QTRY_VERIFY_WITH_TIMEOUT(opened.count() == 1, 30000);
            controls.actInputProvider = [](store::ControlActKind kind, const QString&) {
                gui::ControlActInput input;
                input.kind = kind;
                input.grounds = store::InjonctionGrounds::Unanswered;
                input.text = QStringLiteral("Merci de répondre dans le mois.");
                return std::optional<gui::ControlActInput>(input);
            };
            QSignalSpy acted(&controls, &gui::ControlWorkspace::acted);
            controls.act(store::ControlActKind::Injonction);
            QTRY_VERIFY_WITH_TIMEOUT(acted.count() == 1, 30000);
            QTRY_VERIFY_WITH_TIMEOUT(
                !controls.isBusy() && controls.opened() && controls.opened()->acts.size() == 2, 30000);
            window.storeConnection()->attach(nullptr);
        }
        {
            MainWindow window;
            QVERIFY(openThroughRelay(window, relay.port(), QSize(1280, 800)));
            unlockMember(window, "Jean-Baptiste");
            gui::ControlWorkspace& controls = *window.authorityWorkspace()->ownDeclarations()->controls();
            QTRY_VERIFY_WITH_TIMEOUT(!controls.isBusy() && controls.table()->rowCount() == 1, 30000);
            QVERIFY(controls.awaitedText()->text().contains("injonction"));
            QSignalSpy opened(&controls, &gui::ControlWorkspace::controlOpened);
            controls.selectRow(0);
            QTRY_VERIFY_WITH_TIMEOUT(opened.count() == 1, 30000);
            controls.actInputProvider = [](store::ControlActKind kind, const QString&) {
                gui::ControlActInput input;
                input.kind = kind;
                input.text = QStringLiteral("Les fonds proviennent d'une donation.");
                return std::optional<gui::ControlActInput>(input);
            };
            QSignalSpy acted(&controls, &gui::ControlWorkspace::acted);
            controls.act(store::ControlActKind::Answer);
            QTRY_VERIFY_WITH_TIMEOUT(acted.count() == 1, 30000);
            QTRY_VERIFY_WITH_TIMEOUT(
                !controls.isBusy() && controls.opened() && controls.opened()->acts.size() == 3, 30000);
            QCOMPARE(controls.opened()->acts.last().text, QString("Les fonds proviennent d'une donation."));
            window.storeConnection()->attach(nullptr);
        }
    }

    // The auditor's workspace reads the trail a page at a time on a connection of its own (its load
    // command's thread): the window turns while the server holds its answer, and once it answers, the same
    // count of entries.
    void auditorTrailNeverHoldsTheWindow()
    {
        if (!m_skip.isEmpty()) {
            QSKIP(qPrintable(m_skip));
        }
        SilentableRelay relay(quint16(m_cluster.port()));
        QVERIFY(relay.port() != 0);
        MainWindow window;
        QVERIFY(openThroughRelay(window, relay.port(), QSize(1280, 800)));
        unlockMember(window, "Auditeur");
        auto* workspace = window.findChild<gui::AuditorWorkspace*>();
        QVERIFY(workspace);
        QTRY_VERIFY_WITH_TIMEOUT(!workspace->isLoading(), 60000);
        const QString count = child<QLabel>(window, "logCount")->text();
        const int entries = child<QTableView>(window, "auditLog")->model()->rowCount();
        QVERIFY(entries > 0);

        waitsWithoutHoldingTheWindow(
            relay, window, [&] { workspace->refresh(); }, [&] { return workspace->isLoading(); }, QString());
        QCOMPARE(child<QTableView>(window, "auditLog")->model()->rowCount(), entries);
        QCOMPARE(child<QLabel>(window, "logCount")->text(), count);
        window.storeConnection()->attach(nullptr);
    }

    // At unlock, the draft of her last session is read on the session's worker: the workspace is built and
    // the window turns while the server holds its answer, "Commencer" waiting for it (starting then would
    // replace the draft unasked); once the server answers, the draft is offered back.
    void unlockNeverHoldsTheWindow()
    {
        if (!m_skip.isEmpty()) {
            QSKIP(qPrintable(m_skip));
        }
        SilentableRelay relay(quint16(m_cluster.port()));
        QVERIFY(relay.port() != 0);
        MainWindow window;
        QVERIFY(openThroughRelay(window, relay.port(), QSize(1280, 800)));
        unlockJuge(window);
        const crypto::Identity juge = identityOf(m_demo, kJuge);
        {
            auto other = store::Store::open(serverLocation());
            QVERIFY(other);
            QVERIFY((*other)->drafts().saveSealed(
                juge, draftSealedAt(juge, "Laissé la veille.", QDateTime::currentDateTimeUtc()),
                store::DraftReplacement::Any));
        }
        std::unique_ptr<gui::DeclarantWorkspace> workspace;
        QPushButton* start = nullptr;
        QWidget* draftBar = nullptr;
        waitsWithoutHoldingTheWindow(
            relay, window,
            [&] {
                workspace = std::make_unique<gui::DeclarantWorkspace>(*window.session());
                start = workspace->findChild<QPushButton*>("startNew");
                draftBar = workspace->findChild<QWidget*>("draftBar");
            },
            [&] { return workspace->drafts()->isLoading() && !start->isEnabled() && draftBar->isHidden(); },
            QString());
        QVERIFY(!draftBar->isHidden());
        QCOMPARE(workspace->tabs()->currentIndex(), 2);
        QTRY_VERIFY_WITH_TIMEOUT(start->isEnabled(), 30000);
        workspace->resumeDraft();
        QVERIFY(workspace->wizard());
        QCOMPARE(workspace->wizard()->findChild<QPlainTextEdit*>("observations")->toPlainText(),
                 QString("Laissé la veille."));
        workspace.reset();
        window.storeConnection()->attach(nullptr);
    }

    // The connection back, the draft waiting on this computer is sent on the session's worker: "Saving…"
    // while the server holds its answer, the window turning; once it answers, the store holds that draft
    // and nothing waits any more.
    void waitingDraftIsSentInTheBackground()
    {
        if (!m_skip.isEmpty()) {
            QSKIP(qPrintable(m_skip));
        }
        SilentableRelay relay(quint16(m_cluster.port()));
        QVERIFY(relay.port() != 0);
        MainWindow window;
        QVERIFY(openThroughRelay(window, relay.port(), QSize(1280, 800)));
        unlockJuge(window);
        gui::DeclarantWorkspace* workspace = window.declarantWorkspace();
        const gui::DraftOutbox* outbox = workspace->drafts()->outbox();
        QVERIFY(outbox && !outbox->isWaiting());
        const crypto::Identity juge = identityOf(m_demo, kJuge);
        QVERIFY(outbox->put(draftSealedAt(juge, "Attendait sur ce poste.", QDateTime::currentDateTimeUtc())));
        QSignalSpy saved(workspace->drafts(), &gui::SaveDraftCommand::saved);
        auto* saving = child<QLabel>(window, "savingState");

        waitsWithoutHoldingTheWindow(
            relay, window, [&] { emit window.storeConnection()->reconnected(); },
            [&] {
                return workspace->drafts()->isSaving() && saving->isVisible() && outbox->isWaiting() &&
                       saved.isEmpty();
            },
            QString());
        QCOMPARE(saved.count(), 1);
        QVERIFY(saved.last().at(0).toBool());
        QVERIFY(!saving->isVisible());
        QVERIFY(!outbox->isWaiting());
        QCOMPARE(observationsOf(*window.session()->store, juge), QString("Attendait sur ce poste."));
        window.storeConnection()->attach(nullptr);
    }

    // Two versions of the draft (another computer saved one signed later): her choice of the one from this
    // computer is made on the session's worker, the bar and the form waiting for it while the server holds
    // its answer, the window turning; once it answers, the same outcome as on a local store: hers in the
    // store and in the form, the other set aside on this computer, sealed to her.
    void draftChoiceNeverHoldsTheWindow()
    {
        if (!m_skip.isEmpty()) {
            QSKIP(qPrintable(m_skip));
        }
        SilentableRelay relay(quint16(m_cluster.port()));
        QVERIFY(relay.port() != 0);
        MainWindow window;
        QVERIFY(openThroughRelay(window, relay.port(), QSize(1280, 800)));
        unlockJuge(window);
        gui::DeclarantWorkspace* workspace = window.declarantWorkspace();
        workspace->confirmation = [](const QString&) { return true; };
        QPlainTextEdit* observations = startNewDeclaration(window);
        QVERIFY(observations);
        QSignalSpy saved(workspace->drafts(), &gui::SaveDraftCommand::saved);
        QSignalSpy conflicted(workspace->drafts(), &gui::SaveDraftCommand::conflicted);
        QTest::keyClicks(observations, "Choisi ici.");
        QTRY_VERIFY_WITH_TIMEOUT(!saved.isEmpty() && !workspace->drafts()->hasUnsaved(), 30000);
        QVERIFY(saved.last().at(0).toBool());
        const crypto::Identity juge = identityOf(m_demo, kJuge);
        {
            auto other = store::Store::open(serverLocation());
            QVERIFY(other);
            QVERIFY((*other)->drafts().saveSealed(
                juge, draftSealedAt(juge, "Tapé ailleurs.", QDateTime::currentDateTimeUtc().addSecs(60)),
                store::DraftReplacement::Any));
        }
        QTest::keyClicks(observations, " Et encore.");
        QTRY_VERIFY_WITH_TIMEOUT(conflicted.count() >= 1 && workspace->drafts()->conflict(), 30000);
        QVERIFY(workspace->drafts()->conflict()->storedIsNewer());
        auto* bar = child<QWidget>(window, "draftConflict");
        QVERIFY(bar->isVisible());

        auto* busy = child<QWidget>(window, "draftChoiceBusy");
        waitsWithoutHoldingTheWindow(
            relay, window,
            [&] { QTest::mouseClick(child<QPushButton>(window, "keepLocalDraft"), Qt::LeftButton); },
            [&] {
                return busy->isVisible() && !child<QPushButton>(window, "keepLocalDraft")->isEnabled() &&
                       !child<QPushButton>(window, "keepStoredDraft")->isEnabled() &&
                       !workspace->wizard()->isEnabled() && workspace->drafts()->conflict().has_value();
            },
            "server-28-draft-choice-while-the-server-waits");
        // The conflict ends when the draft is replaced; the choice, once the draft kept is read back too.
        QTRY_VERIFY_WITH_TIMEOUT(busy->isHidden(), 30000);
        QVERIFY(!workspace->drafts()->conflict());
        QVERIFY(!bar->isVisible());
        QVERIFY(workspace->wizard()->isEnabled());
        QVERIFY(child<QPushButton>(window, "keepLocalDraft")->isEnabled());
        const QString ours = "Choisi ici. Et encore.";
        QVERIFY(observationsOf(*window.session()->store, juge).startsWith(ours));
        QVERIFY(
            workspace->wizard()->findChild<QPlainTextEdit*>("observations")->toPlainText().startsWith(ours));
        const gui::DraftOutbox* outbox = workspace->drafts()->outbox();
        QVERIFY(!outbox->isWaiting());
        const QString message = child<QLabel>(window, "newMessage")->text();
        const QString folder = QFileInfo(outbox->filePath()).path();
        const QStringList aside = QDir(folder).entryList(
            {QFileInfo(outbox->filePath()).fileName() + ".from-server-*"}, QDir::Files, QDir::Time);
        QVERIFY(!aside.isEmpty());
        QVERIFY2(message.contains(QDir::toNativeSeparators(folder + "/" + aside.first())),
                 qPrintable(message));
        saveScreenshot(window, "server-29-draft-chosen-after-the-server-answered");
        // The other, set aside, opens as hers.
        QVERIFY(QFile::rename(folder + "/" + aside.first(), outbox->filePath()));
        auto other = outbox->take();
        QVERIFY(other);
        auto opened = crypto::Envelope::open(*other, juge);
        QVERIFY(opened);
        QCOMPARE(DeclarationCodec::decode(opened->content.toByteArrayUnwiped())->observations,
                 QString("Tapé ailleurs."));
        QVERIFY(outbox->remove());
        window.storeConnection()->attach(nullptr);
    }

    // Probitas started with a server store remembered in the settings (its URL, no secret): the password is
    // asked in its dialog, a wrong one is said so with "Try again" and "Open another store…" (nothing
    // open, nothing crashes), the right one lands on the store, the status bar saying where and as whom.
    void startsOnTheRememberedServerStore()
    {
        if (!m_skip.isEmpty()) {
            QSKIP(qPrintable(m_skip));
        }
        QSettings().setValue("stores/last", m_cluster.url());
        QSettings().setValue("stores/recent", QStringList{m_cluster.url()});
        const QString defaultStore = m_directory.filePath("launch/default.sqlite");
        MainWindow window;
        window.remembersStores = true;
        window.resize(1100, 720);
        window.show();
        // The password dialog itself, answered as a person would: first a wrong password.
        QStringList asked;
        QString typed = "wrong-guess-9";
        QTimer answerer;
        answerer.setInterval(20);
        connect(&answerer, &QTimer::timeout, [&] {
            auto* dialog = qobject_cast<QDialog*>(QApplication::activeModalWidget());
            if (!dialog || dialog->objectName() != "serverPasswordDialog" || typed.isEmpty()) {
                return;
            }
            QStringList texts;
            for (QLabel* label : dialog->findChildren<QLabel*>()) {
                texts << label->text();
            }
            asked << texts.join(' ');
            dialog->findChild<QLineEdit*>("serverPassword")->setText(typed);
            saveScreenshot(*dialog, "server-14-password-asked-at-start");
            typed.clear();
            dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok)->click();
        });
        answerer.start();
        QSignalSpy ready(&window, &MainWindow::storeReady);
        window.startAtLaunch(std::nullopt, defaultStore, m_directory.filePath("launch/demo"));
        QCOMPARE(asked.size(), 1);
        QVERIFY2(asked.first().contains("postgres") &&
                     asked.first().contains(QStringLiteral("127.0.0.1:%1").arg(m_cluster.port())),
                 qPrintable(asked.first()));
        auto* busy = child<QWidget>(window, "startBusy");
        QTRY_VERIFY_WITH_TIMEOUT(busy->isHidden(), 60000);
        QCOMPARE(ready.count(), 0);
        QVERIFY(!window.session());
        QVERIFY(!QFile::exists(defaultStore)); // nothing made in its place
        const QString refused = child<QLabel>(window, "startMessage")->text();
        QVERIFY2(refused.contains("postgres") && !refused.contains("wrong-guess"), qPrintable(refused));
        QVERIFY2(refused.contains("password") || refused.contains("mot de passe"), qPrintable(refused));
        auto* again = child<QPushButton>(window, "retryStart");
        auto* another = child<QPushButton>(window, "openAnotherStore");
        QVERIFY(again->isVisible() && another->isVisible());
        QCOMPARE(window.storeConnection()->state(), gui::StoreConnection::State::None);
        saveScreenshot(window, "server-15-wrong-password-at-start");

        // "Open another store…", cancelled: still nothing open, the offer still there.
        window.openStoreDialogDriver = [](gui::OpenStoreDialog& dialog) {
            // Filled from the store remembered.
            return !dialog.findChild<QRadioButton*>("serverStore")->isChecked() ||
                   dialog.findChild<QLineEdit*>("serverUser")->text() != "postgres";
        };
        QTest::mouseClick(another, Qt::LeftButton);
        QVERIFY(!window.session());
        QVERIFY(again->isVisible());

        // "Try again", the right password: the store, and the status bar says where and as whom.
        typed = kPassword;
        QTest::mouseClick(again, Qt::LeftButton);
        QCOMPARE(asked.size(), 2);
        QTRY_VERIFY_WITH_TIMEOUT(ready.count() == 1, 60000);
        answerer.stop();
        QVERIFY(!again->isVisible());
        QCOMPARE(window.storeConnection()->state(), gui::StoreConnection::State::Connected);
        const QString state = connectionText(window);
        QVERIFY2(state.contains(QStringLiteral("127.0.0.1:%1").arg(m_cluster.port())) &&
                     state.contains("connecté en tant que postgres"),
                 qPrintable(state));
        QCOMPARE(MainWindow::lastStore(), m_cluster.url());
        saveScreenshot(window, "server-16-started-on-the-remembered-server");
        unlockJuge(window);
        saveScreenshot(window, "server-17-unlocked-on-the-remembered-server");
    }
};

QTEST_MAIN(TestGuiServer)
#include "tst_gui_server.moc"
