// Where the client starts: the demonstration organisation is created only in a new local file, never in a
// PostgreSQL database. A database with no store in it is said to be empty (probitas-cli init makes the
// store) and is left exactly as it was; an existing store there opens as it is. The PostgreSQL rows run when
// PROBITAS_TEST_POSTGRESQL names a throwaway server (its store tables are dropped).
#include "AppTestSupport.h"
#include "BuiltInData.h"
#include "CryptoInit.h"
#include "GuiTestSupport.h"
#include "MainWindow.h"
#include "ProductFrench.h"
#include "Store.h"

#include <QDir>
#include <QLabel>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace probitas;
using namespace probitas::testing;

namespace {

QString postgresUrl()
{
    return qEnvironmentVariable("PROBITAS_TEST_POSTGRESQL");
}

// The tables of the database at `url` (empty when none, or when it cannot be reached).
QStringList tablesAt(const QString& url)
{
    auto location = store::Location::parse(url);
    if (!location) {
        return {QStringLiteral("(bad URL)")};
    }
    auto connection = store::Connection::open(*location);
    if (!connection) {
        return {QStringLiteral("(unreachable)")};
    }
    return (*connection)->database().tables();
}

bool dropStoreTables(const QString& url)
{
    auto location = store::Location::parse(url);
    if (!location) {
        return false;
    }
    auto connection = store::Connection::open(*location);
    return connection &&
           (*connection)
               ->exec(QStringLiteral(
                   "DROP TABLE IF EXISTS schema_version, control_acts, controls, avis_requests, entretiens, "
                   "procedures, "
                   "audit, drafts, receipts, envelope_recipients, envelopes, declarations, certificates, "
                   "trust_anchors, "
                   "people CASCADE"))
               .ok();
}

} // namespace

class TestGuiStartStore : public QObject
{
    Q_OBJECT

    QTemporaryDir m_directory;
    ProductFrench m_french;

    // Starts a window on `store`; returns once the start is over, with the message it shows.
    QString start(MainWindow& window, const QString& store, const QString& demoDirectory, bool& ready)
    {
        QSignalSpy readySpy(&window, &MainWindow::storeReady);
        QSignalSpy emptySpy(&window, &MainWindow::storeEmpty);
        window.resize(1100, 720);
        window.show();
        window.start(store, demoDirectory);
        auto* busy = window.findChild<QWidget*>("startBusy");
        if (!QTest::qWaitFor([&] { return readySpy.count() + emptySpy.count() > 0 || busy->isHidden(); },
                             60000)) {
            return QStringLiteral("(still starting)");
        }
        ready = readySpy.count() == 1;
        return window.findChild<QLabel*>("startMessage")->text();
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_directory.isValid());
        QVERIFY(probitas::testing::prepareFrenchApplication(m_french));
    }

    // A new local file: the demonstration, as on a first start.
    void newLocalFileGetsTheDemo()
    {
        const QString demo = m_directory.filePath("local-demo");
        MainWindow window;
        bool ready = false;
        start(window, m_directory.filePath("local/probitas.sqlite"), demo, ready);
        QVERIFY(ready);
        QVERIFY(QFile::exists(demo + "/demo.json"));
        const QLabel* banner = window.findChild<QLabel*>("demoBanner");
        QVERIFY(banner->isVisible());
        // The demo keeps lo-2016, and the banner says so (issue 14).
        QVERIFY2(banner->text().contains("lo-2016") && banner->text().contains("lo-2023"),
                 qPrintable(banner->text()));
    }

    // An empty PostgreSQL database: said so, with the command that makes the store; no table, no demo.
    void emptyPostgresqlDatabaseIsLeftEmpty()
    {
        if (postgresUrl().isEmpty()) {
            QSKIP("PROBITAS_TEST_POSTGRESQL not set: no PostgreSQL server");
        }
        QVERIFY(dropStoreTables(postgresUrl()));
        QCOMPARE(tablesAt(postgresUrl()), QStringList());
        const QString demo = m_directory.filePath("postgres-demo");
        MainWindow window;
        bool ready = false;
        const QString message = start(window, postgresUrl(), demo, ready);
        QVERIFY(!ready);
        QVERIFY2(message.contains("empty") || message.contains("vide"), qPrintable(message));
        QVERIFY2(message.contains("probitas-cli init --store " +
                                  store::Location::parse(postgresUrl())->describe()),
                 qPrintable(message));
        QCOMPARE(window.findChild<QStackedWidget*>("pages")->currentIndex(), 0); // nothing to unlock
        QVERIFY(!window.findChild<QLabel*>("demoBanner")->isVisible());
        saveScreenshot(window, "start-empty-postgresql");
        QCOMPARE(tablesAt(postgresUrl()), QStringList());
        QVERIFY(!QFileInfo::exists(demo));
    }

    // A store made by probitas-cli init (here: Store::open) opens as it is: still no demo in it.
    void postgresqlStoreOpensWithoutDemo()
    {
        if (postgresUrl().isEmpty()) {
            QSKIP("PROBITAS_TEST_POSTGRESQL not set: no PostgreSQL server");
        }
        QVERIFY(dropStoreTables(postgresUrl()));
        {
            auto made = store::Store::open(postgresUrl());
            QVERIFY(made);
        }
        const QString demo = m_directory.filePath("postgres-demo-2");
        MainWindow window;
        bool ready = false;
        start(window, postgresUrl(), demo, ready);
        QVERIFY(ready);
        QVERIFY(!QFileInfo::exists(demo));
        auto opened = store::Store::open(postgresUrl());
        QVERIFY(opened);
        auto people = (*opened)->directory().people();
        QVERIFY(people && people->isEmpty());
        QVERIFY(dropStoreTables(postgresUrl()));
    }
};

QTEST_MAIN(TestGuiStartStore)
#include "tst_gui_start_store.moc"
