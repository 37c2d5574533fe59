// The probitas window driven as the auditor would: the demo store, the auditor unlocked, the declarations'
// metadata with nothing to open, the audit log filtered, the chain verified, the bundle exported (and an
// export cancelled), the statistics exported; a long trail loaded while the window stays responsive.
// Screenshots at 1280x800.
#include "AppTestSupport.h"
#include "AuditBundle.h"
#include "AuditChain.h"
#include "AuditorWorkspace.h"
#include "BuiltInData.h"
#include "CryptoInit.h"
#include "GuiTestSupport.h"
#include "MainWindow.h"
#include "ProductFrench.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QProgressBar>
#include <QProgressDialog>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTimer>

using namespace probitas;
using namespace probitas::testing;

namespace {

QJsonObject member(const QString& directory, const QString& namePrefix)
{
    QFile file(directory + "/demo.json");
    if (!file.open(QIODevice::ReadOnly)) {
        qFatal("no demo.json");
    }
    for (const QJsonValue& value : QJsonDocument::fromJson(file.readAll()).array()) {
        if (value["name"].toString().startsWith(namePrefix)) {
            return value.toObject();
        }
    }
    qFatal("no demo member %s", qPrintable(namePrefix));
}

} // namespace

class TestGuiAuditor : public QObject
{
    Q_OBJECT

    QTemporaryDir m_directory;
    ProductFrench m_french;

    QString storePath() const { return m_directory.filePath("probitas.sqlite"); }
    QString demoDirectory() const { return m_directory.filePath("demo"); }

    // The workspace once unlocked; with `loaded`, once its first load has finished too.
    gui::AuditorWorkspace* unlockAuditor(MainWindow& window, bool loaded = true)
    {
        QSignalSpy ready(&window, &MainWindow::storeReady);
        window.resize(1280, 800);
        window.show();
        window.start(storePath(), demoDirectory());
        if (!QTest::qWaitFor([&] { return ready.count() == 1; }, 180000)) {
            return nullptr;
        }
        auto* identity = child<QComboBox>(window, "identity");
        identity->setCurrentIndex(identity->findText(QStringLiteral("Auditeur"), Qt::MatchStartsWith));
        child<QLineEdit>(window, "passphrase")
            ->setText(member(demoDirectory(), "Auditeur")["passphrase"].toString());
        QSignalSpy unlocked(&window, &MainWindow::unlocked);
        QTest::mouseClick(child<QPushButton>(window, "unlock"), Qt::LeftButton);
        if (!QTest::qWaitFor([&] { return unlocked.count() == 1; }, 60000)) {
            return nullptr;
        }
        auto* workspace = window.findChild<gui::AuditorWorkspace*>();
        if (workspace && loaded && !QTest::qWaitFor([&] { return !workspace->isLoading(); }, 60000)) {
            return nullptr;
        }
        return workspace;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_directory.isValid());
        QVERIFY(probitas::testing::prepareFrenchApplication(m_french));
    }

    void metadataAndLog()
    {
        MainWindow window;
        gui::AuditorWorkspace* workspace = unlockAuditor(window);
        QVERIFY(workspace);
        QVERIFY(workspace->isVisible());
        // The demo's six declarations, as metadata: nothing to open, no content shown.
        auto* declarations = child<QTableWidget>(*workspace, "auditorDeclarations");
        QCOMPARE(declarations->rowCount(), 6);
        for (QPushButton* button : workspace->findChildren<QPushButton*>()) {
            QVERIFY2(!button->text().contains("open", Qt::CaseInsensitive) &&
                         !button->text().contains("ouvrir", Qt::CaseInsensitive),
                     qPrintable(button->text()));
        }
        QStringList declarants;
        for (int row = 0; row < declarations->rowCount(); ++row) {
            declarants << declarations->item(row, 0)->text();
        }
        QVERIFY(declarants.contains(QStringLiteral("Hélène Durand-Lefèvre")));
        saveScreenshot(window, "gui-auditor-01-declarations");
        QSet<QString> mnemonics = mnemonicConflicts(&window);

        // The log: every entry, then filtered by action, then the entries of one declaration.
        workspace->tabs()->setCurrentIndex(1);
        auto* log = child<QTableView>(*workspace, "auditLog");
        const int all = log->model()->rowCount();
        QVERIFY(all >= 5); // four filings and an acknowledgement
        saveScreenshot(window, "gui-auditor-02-log");
        // Every action of the demo's trail (filings, receipts, the entretien, the avis) says what it was in
        // words, never by its id.
        for (int row = 0; row < all; ++row) {
            const QModelIndex action = log->model()->index(row, 2);
            QVERIFY2(action.data().toString() != action.data(Qt::UserRole).toString(),
                     qPrintable(action.data().toString()));
        }
        // The HATVP's request to the président (the demo's control in progress), in words.
        QStringList controlActions;
        for (int row = 0; row < all; ++row) {
            const QModelIndex action = log->model()->index(row, 2);
            if (action.data(Qt::UserRole).toString() == "control-request") {
                controlActions << action.data().toString().replace(QChar(0x00A0), QLatin1Char(' '));
            }
        }
        QCOMPARE(controlActions, QStringList{"contrôle HATVP : explications demandées"});
        // Alt+letter reaches one control per screen only when no two share the letter.
        mnemonics.unite(mnemonicConflicts(&window));
        QVERIFY2(mnemonics.isEmpty(), qPrintable(QStringList(mnemonics.values()).join("; ")));
        choose(*workspace, "logAction", "acknowledge");
        QCOMPARE(log->model()->rowCount(), 1);
        choose(*workspace, "logAction", "");
        QCOMPARE(log->model()->rowCount(), all);
        type(*workspace, "logFilter", "Moreau");
        QVERIFY(log->model()->rowCount() > 0 && log->model()->rowCount() < all);
        workspace->tabs()->setCurrentIndex(0);
        int juge = -1;
        for (int row = 0; row < declarations->rowCount(); ++row) {
            if (declarations->item(row, 0)->text().startsWith(QStringLiteral("Hélène"))) {
                juge = row;
            }
        }
        workspace->showEntriesOf(juge);
        QCOMPARE(workspace->tabs()->currentIndex(), 1);
        // Filed, acknowledged, and the demo's entretien on it (scheduled, recorded, acknowledged).
        const int ofJuge = log->model()->rowCount();
        QVERIFY2(ofJuge >= 2 && ofJuge < all, qPrintable(QString::number(ofJuge)));
        QVERIFY(child<QLabel>(*workspace, "logCount")->text().contains(QString::number(ofJuge)));
        saveScreenshot(window, "gui-auditor-03-log-one-declaration");
    }

    void verifiesAndExports()
    {
        MainWindow window;
        gui::AuditorWorkspace* workspace = unlockAuditor(window);
        QVERIFY(workspace);
        auto* message = child<QLabel>(*workspace, "auditorMessage");

        QSignalSpy verified(workspace, &gui::AuditorWorkspace::chainVerified);
        QTest::mouseClick(child<QPushButton>(*workspace, "verifyChain"), Qt::LeftButton);
        QVERIFY(child<QProgressBar>(*workspace, "auditorBusy")->isVisible()); // off the GUI thread
        QVERIFY(!child<QPushButton>(*workspace, "verifyChain")->isEnabled());
        QTRY_VERIFY_WITH_TIMEOUT(verified.count() == 1, 60000);
        QVERIFY2(verified.first().first().toBool(), qPrintable(message->text()));
        QVERIFY(!child<QProgressBar>(*workspace, "auditorBusy")->isVisible());
        saveScreenshot(window, "gui-auditor-04-chain-verified");

        // The bundle: progress in a dialog, then a folder that verifies.
        const QString bundle = m_directory.filePath("dossier");
        workspace->bundlePathProvider = [bundle] { return bundle; };
        QSignalSpy exported(workspace, &gui::AuditorWorkspace::bundleExported);
        QTest::mouseClick(child<QPushButton>(*workspace, "exportBundle"), Qt::LeftButton);
        auto* progress = workspace->findChild<QProgressDialog*>("bundleProgress");
        QVERIFY(progress);
        // The export is quick: the dialog is shown here, before the event loop can report the end.
        progress->setValue(0);
        progress->show();
        progress->grab().save(qEnvironmentVariable("PROBITAS_TEST_ARTIFACTS", QDir::tempPath()) +
                              "/gui-auditor-05-bundle-progress.png");
        QTRY_VERIFY_WITH_TIMEOUT(exported.count() == 1, 60000);
        QVERIFY2(exported.first().first().toBool(), qPrintable(message->text()));
        auto whole = store::verifyBundle(bundle);
        QVERIFY2(whole, qPrintable(whole ? QString() : whole.error().message));
        QVERIFY(message->text().contains(QDir::toNativeSeparators(bundle)));
        // The export is in the log the workspace shows, once reloaded.
        QTRY_VERIFY_WITH_TIMEOUT(!workspace->isLoading(), 60000);
        choose(*workspace, "logAction", "export-bundle");
        QCOMPARE(child<QTableView>(*workspace, "auditLog")->model()->rowCount(), 1);
        saveScreenshot(window, "gui-auditor-06-bundle-exported");

        // Cancelled at once: no folder, or (had it already finished) a whole one; never a partial one.
        const QString cancelled = m_directory.filePath("annule");
        workspace->bundlePathProvider = [cancelled] { return cancelled; };
        QTest::mouseClick(child<QPushButton>(*workspace, "exportBundle"), Qt::LeftButton);
        workspace->findChild<QProgressDialog*>("bundleProgress")->cancel();
        QTRY_VERIFY_WITH_TIMEOUT(exported.count() == 2, 60000);
        if (exported.last().first().toBool()) {
            QVERIFY(store::verifyBundle(cancelled));
        } else {
            QVERIFY(!QFileInfo::exists(cancelled));
            QVERIFY2(message->text().contains(QStringLiteral("nothing was written")) ||
                         message->text().contains(QStringLiteral("rien")),
                     qPrintable(message->text()));
        }
        const QStringList partial =
            QDir(m_directory.path()).entryList({".annule.partial-*"}, QDir::AllEntries | QDir::Hidden);
        QVERIFY2(partial.isEmpty(), qPrintable(partial.join(", ")));

        // The statistics, as CSV.
        const QString csv = m_directory.filePath("statistiques.csv");
        workspace->statisticsPathProvider = [csv] { return csv; };
        QSignalSpy statistics(workspace, &gui::AuditorWorkspace::statisticsExported);
        QTest::mouseClick(child<QPushButton>(*workspace, "exportStatistics"), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(statistics.count() == 1, 60000);
        QVERIFY2(statistics.first().first().toBool(), qPrintable(message->text()));
        QFile file(csv);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray text = file.readAll();
        QVERIFY(text.contains("tj-nanterre,"));
        QVERIFY(text.contains("fewer than 3") || text.contains("moins de 3"));
        QVERIFY(!text.contains("Durand"));
        saveScreenshot(window, "gui-auditor-07-statistics-exported");
    }

    // A long trail (the demo's entries copied over 40,000 times, as a store of a few years would hold) is
    // read and laid out off the GUI thread: while it loads, the event loop keeps running, the progress bar
    // says how far it is, and the log fills batch by batch, the newest entries first. Last: the copies do not
    // verify, and a trail that does not verify takes no new entry.
    void longTrailLoadsOffTheGuiThread()
    {
        qint64 total = 0;
        {
            QSqlDatabase database = QSqlDatabase::addDatabase("QSQLITE", "lengthen");
            database.setDatabaseName(storePath());
            QVERIFY(database.open());
            // Copies of the demo's entries (not its directory statements), linked and hashed like real ones
            // so that the trail stays an extension of what the client saw; their signatures are the
            // originals', over other bytes, so they do not verify.
            QSqlQuery query(database);
            QVERIFY(
                query.exec("SELECT sequence, at, actor_id, action, declaration_id, details, hash, signature, "
                           "version FROM audit ORDER BY sequence"));
            std::vector<store::AuditEntry> demo;
            store::AuditEntry last;
            while (query.next()) {
                store::AuditEntry entry;
                entry.sequence = query.value(0).toLongLong();
                entry.at = QDateTime::fromString(query.value(1).toString(), Qt::ISODateWithMs);
                entry.actorId = query.value(2).toString();
                entry.action = query.value(3).toString();
                entry.declarationId = query.value(4).toString();
                entry.details = QJsonDocument::fromJson(query.value(5).toString().toUtf8()).object();
                entry.hash = query.value(6).toString();
                entry.signature = query.value(7).toByteArray();
                entry.version = query.value(8).toInt();
                last = entry;
                if (!entry.action.startsWith("directory-")) {
                    demo.push_back(entry);
                }
            }
            query.finish();
            QVERIFY(database.transaction());
            QSqlQuery copy(database);
            copy.prepare(
                "INSERT INTO audit (sequence, at, actor_id, action, declaration_id, details, previous_hash, "
                "hash, signature, version, previous_signature) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
            while (last.sequence < 40000) {
                for (store::AuditEntry entry : demo) {
                    entry.sequence = last.sequence + 1;
                    entry.previousHash = last.hash;
                    entry.previousSignatureHash = store::auditHash(last.signature);
                    entry.hash = store::auditHash(entry.canonical());
                    copy.addBindValue(entry.sequence);
                    copy.addBindValue(entry.at.toString(Qt::ISODateWithMs));
                    copy.addBindValue(entry.actorId);
                    copy.addBindValue(entry.action);
                    copy.addBindValue(entry.declarationId.isEmpty() ? QVariant(QMetaType(QMetaType::QString))
                                                                    : QVariant(entry.declarationId));
                    copy.addBindValue(
                        QString::fromUtf8(QJsonDocument(entry.details).toJson(QJsonDocument::Compact)));
                    copy.addBindValue(entry.previousHash);
                    copy.addBindValue(entry.hash);
                    copy.addBindValue(entry.signature);
                    copy.addBindValue(entry.version);
                    copy.addBindValue(entry.previousSignatureHash);
                    QVERIFY2(copy.exec(), qPrintable(copy.lastError().text()));
                    last = entry;
                }
            }
            QVERIFY(database.commit());
            QVERIFY(query.exec("SELECT COUNT(*) FROM audit") && query.next());
            total = query.value(0).toLongLong();
        }
        QSqlDatabase::removeDatabase("lengthen");
        QVERIFY(total > 40000);

        MainWindow window;
        gui::AuditorWorkspace* workspace = unlockAuditor(window, false);
        QVERIFY(workspace);
        QVERIFY(workspace->isLoading()); // unlocked, shown, and still loading: the reading is elsewhere
        auto* progress = child<QProgressBar>(*workspace, "auditorLoading");
        QVERIFY(progress->isVisible());
        workspace->tabs()->setCurrentIndex(1);
        auto* log = child<QTableView>(*workspace, "auditLog");
        QList<int> filled; // the log's row count after each batch
        connect(log->model(), &QAbstractItemModel::rowsInserted, this,
                [&] { filled << log->model()->rowCount(); });
        int ticks = 0;
        QTimer heartbeat;
        QElapsedTimer sinceTick;
        qint64 longestStall = 0; // ms the GUI thread could not answer
        sinceTick.start();
        connect(&heartbeat, &QTimer::timeout, this, [&] {
            ++ticks;
            longestStall = std::max(longestStall, sinceTick.restart());
        });
        heartbeat.start(5);
        QElapsedTimer loading;
        loading.start();
        bool shotTaken = false;
        QVERIFY(QTest::qWaitFor(
            [&] {
                if (!shotTaken && !filled.isEmpty() && workspace->isLoading()) {
                    saveScreenshot(window, "gui-auditor-08-long-trail-loading");
                    shotTaken = true;
                }
                return !workspace->isLoading();
            },
            120000));
        heartbeat.stop();
        qInfo("%lld entries loaded in %lld ms: %d batches, %d ticks of a 5 ms timer meanwhile, the longest "
              "stall %lld ms",
              total, qint64(loading.elapsed()), int(filled.size()), ticks, longestStall);
        QVERIFY2(ticks >= 5, qPrintable(QString::number(ticks))); // the event loop ran throughout
        QVERIFY2(filled.size() >= int(total / gui::LoadAuditorDataCommand::kRowsPerBatch),
                 qPrintable(QString::number(filled.size())));
        QVERIFY(filled.first() < total);
        QCOMPARE(log->model()->rowCount(), int(total));
        QVERIFY(!progress->isVisible());
        QVERIFY2(child<QLabel>(*workspace, "logCount")->text().contains(QLocale().toString(total)),
                 qPrintable(child<QLabel>(*workspace, "logCount")->text()));
        // The newest entry on top, as before.
        QCOMPARE(log->model()->index(0, 0).data(Qt::UserRole).toLongLong(), total);
        QCOMPARE(child<QTableWidget>(*workspace, "auditorDeclarations")->rowCount(), 6);
        saveScreenshot(window, "gui-auditor-09-long-trail-loaded");

        // Filtering the whole trail works on the laid-out rows.
        choose(*workspace, "logAction", "acknowledge");
        const int acknowledged = log->model()->rowCount();
        QVERIFY(acknowledged > 1 && acknowledged < total / 10);

        // Reloading while a load runs drops the first one: one end, every entry once, the filter kept.
        QSignalSpy loaded(workspace, &gui::AuditorWorkspace::loaded);
        workspace->refresh();
        QTRY_VERIFY_WITH_TIMEOUT(!filled.isEmpty() && log->model()->rowCount() > 0, 60000);
        filled.clear();
        QTRY_VERIFY_WITH_TIMEOUT(!filled.isEmpty(), 60000); // rows of the first reload are arriving
        workspace->refresh();
        QTRY_VERIFY_WITH_TIMEOUT(!workspace->isLoading(), 120000);
        QTest::qWait(100); // nothing of the dropped load may arrive late
        QCOMPARE(loaded.count(), 1);
        QVERIFY(loaded.first().first().toBool());
        QCOMPARE(log->model()->rowCount(), acknowledged);
        choose(*workspace, "logAction", "");
        QCOMPARE(log->model()->rowCount(), int(total));
    }
};

QTEST_MAIN(TestGuiAuditor)
#include "tst_gui_auditor.moc"
