// The declarant's client beyond the first filing: a draft that survives a kill -9, filing off the GUI
// thread, resuming or discarding the offered draft, declarations that start from the last one filed (a
// complementary one, the one due at a new posting), every filed version with its status, an autosave the
// store refuses, the keyboard alone, the page of the other roles and the "Other file…" identity. Each test
// works on its own copy of one demo store; screenshots land in PROBITAS_TEST_ARTIFACTS.
#include "AppTestSupport.h"
#include "AuthorityWorkspace.h"
#include "BuiltInData.h"
#include "CertificateAuthority.h"
#include "CryptoInit.h"
#include "DeclarantWorkspace.h"
#include "DeclarationWizard.h"
#include "Demo.h"
#include "EntretienCommands.h"
#include "EntryDialog.h"
#include "Envelope.h"
#include "FieldEditors.h"
#include "GuiTestSupport.h"
#include "ItemPage.h"
#include "MainWindow.h"
#include "ObligationsPanel.h"
#include "ProductFrench.h"

#include <QAccessible>
#include <QApplication>
#include <QCheckBox>
#include <QDateEdit>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QProcess>
#include <QProgressBar>
#include <QRadioButton>
#include <QScopeGuard>
#include <QSet>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTabBar>
#include <QTabWidget>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTextBrowser>
#include <QTimer>
#include <csignal>
#include <map>
#include <sys/types.h>

using namespace probitas;
using namespace probitas::testing;

namespace {

const QString kJuge = QStringLiteral("Hélène");
const QString kPresident = QStringLiteral("Jean-Baptiste");

// A second connection to the store's file, as another process would hold one: it takes the write lock, or
// makes the store refuse a write, behind the client's back.
class StoreMeddler
{
public:
    explicit StoreMeddler(const QString& path)
    {
        QSqlDatabase database = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name());
        database.setDatabaseName(path);
        if (!database.open()) {
            qFatal("cannot open %s", qPrintable(path));
        }
    }
    ~StoreMeddler() { QSqlDatabase::removeDatabase(name()); }

    bool exec(const QString& sql)
    {
        QSqlQuery query(QSqlDatabase::database(name()));
        if (!query.exec(sql)) {
            qWarning("%s: %s", qPrintable(sql), qPrintable(query.lastError().text()));
            return false;
        }
        return true;
    }

private:
    static QString name() { return QStringLiteral("meddler"); }
};

QString plain(QString text)
{
    return text.replace(QChar(0x00A0), QLatin1Char(' ')).replace(QChar(0x202F), QLatin1Char(' '));
}

// The focusable controls under `root` that a screen reader could not name (no accessible name of their
// own, no text, no buddy label).
QStringList unnamedControls(QWidget* root)
{
    QStringList unnamed;
    const QList<QWidget*> widgets = root->findChildren<QWidget*>();
    for (QWidget* widget : widgets) {
        if (!widget->isVisible() || !widget->isEnabled() || !(widget->focusPolicy() & Qt::TabFocus) ||
            widget->focusProxy()) {
            continue;
        }
        QAccessibleInterface* accessible = QAccessible::queryAccessibleInterface(widget);
        if (!accessible || accessible->text(QAccessible::Name).trimmed().isEmpty()) {
            unnamed
                << QStringLiteral("%1 \"%2\"").arg(widget->metaObject()->className(), widget->objectName());
        }
    }
    return unnamed;
}

// Runs `drive` on the modal dialog that a key press is about to open (a mnemonic opens it 100 ms later).
void onNextDialog(QObject* context, std::function<void(QDialog&)> drive, bool& done)
{
    auto* poll = new QTimer(context);
    QObject::connect(poll, &QTimer::timeout, context, [poll, drive, &done] {
        // Once it is the active window: the keys typed go where its focus is.
        auto* dialog = qobject_cast<QDialog*>(QApplication::activeModalWidget());
        if (!dialog || QApplication::activeWindow() != dialog) {
            return;
        }
        poll->deleteLater();
        poll->stop();
        // A failed check returns early: the dialog must not stay open and block the test.
        const auto closeAnyway = qScopeGuard([dialog] {
            if (dialog->isVisible()) {
                dialog->reject();
            }
        });
        drive(*dialog);
        done = true;
    });
    poll->start(20);
}

} // namespace

class TestGuiWorkspace : public QObject
{
    Q_OBJECT

    QTemporaryDir m_directory;
    DemoTemplate m_demo;
    ProductFrench m_french;
    int m_copies = 0;

    DemoCopy freshDemo() { return m_demo.copyTo(m_directory.filePath(QString("copy-%1").arg(++m_copies))); }

    // A window on `demo`, unlocked as the juge, on "New declaration".
    void openAsJuge(MainWindow& window, const DemoCopy& demo)
    {
        startWindow(window, demo);
        unlockAs(window, kJuge, demo.passphrase(kJuge));
        QVERIFY(window.declarantWorkspace());
        window.declarantWorkspace()->tabs()->setCurrentIndex(2);
    }

    // Types into the observations of the declaration being filled, and waits for the autosave.
    void typeObservations(gui::DeclarantWorkspace& workspace, const QString& text)
    {
        QSignalSpy saved(workspace.drafts(), &gui::SaveDraftCommand::saved);
        workspace.wizard()->setCurrentStep(0);
        auto* observations = workspace.wizard()->findChild<QPlainTextEdit*>("observations");
        QVERIFY(observations);
        observations->moveCursor(QTextCursor::End);
        QTest::keyClicks(observations, text);
        QTRY_VERIFY_WITH_TIMEOUT(saved.count() >= 1, 10000);
        QVERIFY2(saved.last().at(0).toBool(), qPrintable(saved.last().at(1).toString()));
    }

    void signAndFile(gui::DeclarantWorkspace& workspace)
    {
        DeclarationWizard* wizard = workspace.wizard();
        wizard->setCurrentStep(wizard->stepCount() - 1);
        auto* attestation = wizard->findChild<QWidget*>("step.attestation");
        child<QCheckBox>(*attestation, "attest")->setChecked(true);
        auto* sign = child<QPushButton>(*attestation, "signAndFile");
        QVERIFY2(sign->isEnabled(),
                 qPrintable(wizard->report().issues.isEmpty() ? QString()
                                                              : wizard->report().issues.first().message));
        QSignalSpy filed(&workspace, &gui::DeclarantWorkspace::filed);
        QTest::mouseClick(sign, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(filed.count() == 1, 30000);
    }

    static int rowOfEvent(QComboBox* kinds, const QString& kind, const QString& event)
    {
        return kinds->findData(QStringList{kind, event});
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_directory.isValid());
        QVERIFY(probitas::testing::prepareFrenchApplication(m_french));
        QDir().mkpath(m_directory.filePath("template"));
        QVERIFY(m_demo.create(m_directory.filePath("template")));
    }

    // The draft after a real kill: a child process (tests/app/gui_typist.cpp, the client's own window and
    // workspace) unlocks the juge, starts a declaration and types into it with key events; once the
    // autosave reached the store it keeps typing, and is killed there with SIGKILL (no destructor, no
    // flush). The next start of the client on the same store offers the draft, and it holds what was typed.
    void draftSurvivesAKill()
    {
        const DemoCopy demo = freshDemo();
        const QString typed = "Tape avant le kill 42";
        QProcess typist;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert("QT_QPA_PLATFORM", "offscreen");
        environment.insert("PROBITAS_PASSPHRASE", demo.passphrase(kJuge));
        typist.setProcessEnvironment(environment);
        typist.setProcessChannelMode(QProcess::SeparateChannels);
        typist.start(QStringLiteral(PROBITAS_GUI_TYPIST_PATH),
                     {"--store", demo.storePath(), "--demo", demo.demoDirectory(), "--identity",
                      demo.identityPath(kJuge), "--text", typed});
        QVERIFY(typist.waitForStarted());
        QByteArray output;
        QTRY_VERIFY2_WITH_TIMEOUT((output += typist.readAllStandardOutput()).contains("draft-saved"),
                                  typist.readAllStandardError().constData(), 120000);
        QTest::qWait(300); // mid-typing: keys are still coming when the kill lands
        QCOMPARE(typist.state(), QProcess::Running);
        QCOMPARE(::kill(pid_t(typist.processId()), SIGKILL), 0);
        QVERIFY(typist.waitForFinished(10000));
        QCOMPARE(typist.exitStatus(), QProcess::CrashExit);

        MainWindow window;
        startWindow(window, demo);
        unlockAs(window, kJuge, demo.passphrase(kJuge));
        gui::DeclarantWorkspace* workspace = window.declarantWorkspace();
        QVERIFY(workspace);
        QCOMPARE(workspace->tabs()->currentIndex(), 2);
        QVERIFY(child<QWidget>(window, "draftBar")->isVisible());
        saveScreenshot(window, "workspace-01-draft-after-kill");
        QTest::mouseClick(child<QPushButton>(window, "resumeDraft"), Qt::LeftButton);
        QVERIFY(workspace->wizard());
        const QString recovered = workspace->wizard()->declaration().observations;
        QVERIFY2(recovered.contains(typed), qPrintable(recovered));
    }

    // Signing, sealing and filing happen on a worker: while another connection holds the store's write
    // lock, the filing waits and the window goes on painting and handling events, with its busy bar.
    void filingRunsOffTheGuiThread()
    {
        const DemoCopy demo = freshDemo();
        MainWindow window;
        openAsJuge(window, demo);
        gui::DeclarantWorkspace* workspace = window.declarantWorkspace();
        QTest::mouseClick(child<QPushButton>(window, "startNew"), Qt::LeftButton);
        QVERIFY(workspace->wizard());
        typeObservations(*workspace, "Deposee pendant un verrou");

        StoreMeddler other(demo.storePath());
        QVERIFY(other.exec("BEGIN IMMEDIATE"));
        DeclarationWizard* wizard = workspace->wizard();
        wizard->setCurrentStep(wizard->stepCount() - 1);
        child<QCheckBox>(*wizard, "attest")->setChecked(true);
        QSignalSpy filed(workspace, &gui::DeclarantWorkspace::filed);
        QTest::mouseClick(child<QPushButton>(*wizard, "signAndFile"), Qt::LeftButton);

        auto* busy = child<QProgressBar>(window, "filingBusy");
        QVERIFY(busy->isVisible());
        QVERIFY(workspace->filing()->isRunning());
        QVERIFY(!wizard->isEnabled());
        QVERIFY(!child<QPushButton>(window, "startNew")->isEnabled());
        int ticks = 0;
        QTimer ticker;
        connect(&ticker, &QTimer::timeout, this, [&ticks] { ++ticks; });
        ticker.start(20);
        QTest::qWait(1000);
        QVERIFY2(ticks >= 20, qPrintable(QString::number(ticks)));
        QCOMPARE(filed.count(), 0);
        QVERIFY(workspace->filing()->isRunning());
        saveScreenshot(window, "workspace-02-filing-busy");

        QVERIFY(other.exec("ROLLBACK"));
        QTRY_VERIFY_WITH_TIMEOUT(filed.count() == 1, 30000);
        QVERIFY(!busy->isVisible());
        QVERIFY(!workspace->wizard());
        QCOMPARE(child<QTableWidget>(window, "declarations")->rowCount(), 2);
        // The filed declaration's draft is gone: it is not offered back.
        const auto draft = window.session()->store->drafts().open(window.session()->identity);
        QVERIFY(!draft.ok());
        QCOMPARE(draft.error().code, QString(store::errors::NotFound));
    }

    // The draft offered at the start: resumed, kept, discarded, or replaced by a new declaration.
    void offeredDraft_data()
    {
        QTest::addColumn<QString>("action");
        QTest::addColumn<bool>("answer");    // to the question asked, if any
        QTest::addColumn<bool>("draftKept"); // in the store afterwards
        QTest::addColumn<bool>("wizardShown");
        QTest::newRow("resume") << "resume" << true << true << true;
        QTest::newRow("discard, then cancel") << "discard" << false << true << false;
        QTest::newRow("discard") << "discard" << true << false << false;
        QTest::newRow("new, then cancel") << "new" << false << true << false;
        QTest::newRow("new instead") << "new" << true << true << true;
    }

    void offeredDraft()
    {
        QFETCH(QString, action);
        QFETCH(bool, answer);
        QFETCH(bool, draftKept);
        QFETCH(bool, wizardShown);
        const DemoCopy demo = freshDemo();
        const QString typed = "Brouillon de la veille";
        {
            MainWindow window;
            openAsJuge(window, demo);
            QVERIFY(!child<QWidget>(window, "draftBar")->isVisible());
            QTest::mouseClick(child<QPushButton>(window, "startNew"), Qt::LeftButton);
            typeObservations(*window.declarantWorkspace(), typed);
        }
        MainWindow window;
        startWindow(window, demo);
        unlockAs(window, kJuge, demo.passphrase(kJuge));
        gui::DeclarantWorkspace* workspace = window.declarantWorkspace();
        QVERIFY(child<QWidget>(window, "draftBar")->isVisible());
        QVERIFY2(mnemonicConflicts(&window).isEmpty(),
                 qPrintable(QStringList(mnemonicConflicts(&window).values()).join("; ")));
        if (action == "resume" && answer) {
            saveScreenshot(window, "workspace-03-draft-offered");
        }
        QStringList questions;
        workspace->confirmation = [&questions, answer](const QString& question) {
            questions << question;
            return answer;
        };
        const char* button = action == "resume"    ? "resumeDraft"
                             : action == "discard" ? "discardDraft"
                                                   : "startNew";
        QTest::mouseClick(child<QPushButton>(window, button), Qt::LeftButton);

        QCOMPARE(questions.size(), action == "resume" ? 0 : 1);
        QCOMPARE(bool(workspace->wizard()), wizardShown);
        QCOMPARE(child<QWidget>(window, "draftBar")->isVisible(), !wizardShown && draftKept);
        const auto stored = window.session()->store->drafts().open(window.session()->identity);
        QCOMPARE(stored.ok(), draftKept);
        if (action == "resume") {
            QVERIFY(workspace->wizard()->declaration().observations.endsWith(typed));
        }
        if (action == "new" && answer) {
            QVERIFY(!workspace->wizard()->declaration().observations.contains(typed));
        }
        if (action == "discard" && answer) {
            QVERIFY(child<QLabel>(window, "newMessage")->isVisible());
            saveScreenshot(window, "workspace-04-draft-discarded");
            // Gone for good: the next start offers nothing.
            MainWindow again;
            startWindow(again, demo);
            unlockAs(again, kJuge, demo.passphrase(kJuge));
            QVERIFY(again.declarantWorkspace());
            QVERIFY(!child<QWidget>(again, "draftBar")->isVisible());
        }
    }

    // Thomas can write the store's file: he replaces Hélène's draft by one sealed to her and signed by him.
    // The client never resumes it as hers: it says why, offers to discard it, and keeps it until she does
    // (a new declaration replaces it only once she agrees).
    void draftSignedBySomeoneElse()
    {
        const DemoCopy demo = freshDemo();
        {
            MainWindow window;
            openAsJuge(window, demo);
            QTest::mouseClick(child<QPushButton>(window, "startNew"), Qt::LeftButton);
            typeObservations(*window.declarantWorkspace(), "Son propre brouillon");
        }
        auto thomas = crypto::Identity::load(demo.identityPath("Thomas"),
                                             crypto::SecureBytes::fromUtf8(demo.passphrase("Thomas")));
        auto helene = crypto::Identity::load(demo.identityPath(kJuge),
                                             crypto::SecureBytes::fromUtf8(demo.passphrase(kJuge)));
        QVERIFY(thomas.ok() && helene.ok());
        QFile sample(QStringLiteral(PROBITAS_TEST_DATA_DIR "/di-valid.json"));
        QVERIFY(sample.open(QIODevice::ReadOnly));
        auto decoded = DeclarationCodec::decode(sample.readAll());
        QVERIFY(decoded.ok());
        Declaration planted = *decoded;
        planted.observations = "Ce brouillon n'est pas le sien";
        auto forged =
            crypto::Envelope::seal(DeclarationCodec::encode(planted), *thomas, {helene->certificate()});
        QVERIFY(forged.ok());
        const auto draftRows = [&demo] {
            QSqlDatabase database = QSqlDatabase::addDatabase("QSQLITE", "forger");
            database.setDatabaseName(demo.storePath());
            int rows = -1;
            if (database.open()) {
                QSqlQuery query(database);
                if (query.exec("SELECT COUNT(*) FROM drafts") && query.next()) {
                    rows = query.value(0).toInt();
                }
            }
            database = QSqlDatabase();
            QSqlDatabase::removeDatabase("forger");
            return rows;
        };
        QCOMPARE(draftRows(), 1);
        {
            QSqlDatabase database = QSqlDatabase::addDatabase("QSQLITE", "forger");
            database.setDatabaseName(demo.storePath());
            QVERIFY(database.open());
            QSqlQuery query(database);
            QVERIFY(query.prepare("UPDATE drafts SET sealed = ?"));
            query.addBindValue(*forged);
            QVERIFY2(query.exec(), qPrintable(query.lastError().text()));
            query.finish();
            database = QSqlDatabase();
            QSqlDatabase::removeDatabase("forger");
        }

        MainWindow window;
        startWindow(window, demo);
        unlockAs(window, kJuge, demo.passphrase(kJuge));
        gui::DeclarantWorkspace* workspace = window.declarantWorkspace();
        QVERIFY(workspace);
        QCOMPARE(workspace->tabs()->currentIndex(), 2);
        QVERIFY(child<QWidget>(window, "draftBar")->isVisible());
        // Red, as what cannot be resumed: as painted, not only as asked.
        const QColor painted = child<QWidget>(window, "draftBar")->grab().toImage().pixelColor(4, 4);
        QVERIFY2(painted == QColor(0xf8, 0xd7, 0xda), qPrintable(painted.name()));
        QVERIFY(!child<QPushButton>(window, "resumeDraft")->isVisible());
        QVERIFY(child<QPushButton>(window, "discardDraft")->isVisible());
        const auto refusal = window.session()->store->drafts().open(window.session()->identity);
        QVERIFY(!refusal.ok());
        QCOMPARE(refusal.error().code, QString("store.wrong-signer"));
        const QString text = child<QLabel>(window, "draftText")->text();
        QVERIFY2(text.contains(refusal.error().message.toHtmlEscaped()), qPrintable(text));
        QVERIFY(!workspace->wizard());
        QVERIFY2(mnemonicConflicts(&window).isEmpty(),
                 qPrintable(QStringList(mnemonicConflicts(&window).values()).join("; ")));
        saveScreenshot(window, "workspace-draft-not-signed-by-her");

        // A new declaration would replace it: asked first; declined, the draft stays.
        QStringList questions;
        bool answer = false;
        workspace->confirmation = [&questions, &answer](const QString& question) {
            questions << question;
            return answer;
        };
        QTest::mouseClick(child<QPushButton>(window, "startNew"), Qt::LeftButton);
        QCOMPARE(questions.size(), 1);
        QVERIFY(!workspace->wizard());
        QVERIFY(child<QWidget>(window, "draftBar")->isVisible());
        QCOMPARE(draftRows(), 1);
        // She discards it.
        answer = true;
        QTest::mouseClick(child<QPushButton>(window, "discardDraft"), Qt::LeftButton);
        QCOMPARE(questions.size(), 2);
        QVERIFY(!child<QWidget>(window, "draftBar")->isVisible());
        QCOMPARE(draftRows(), 0);
    }

    // "Mes obligations" says what met each obligation: the président's DI and DSP, filed when the demo was
    // made, within their two months, neither acknowledged; then his DI acknowledged by the premier
    // président. It names the text applied and why. "Nouvelle déclaration" offers neither again, only the
    // complementary declarations.
    void myObligationsSayWhatMetThem()
    {
        const DemoCopy demo = freshDemo();
        MainWindow window;
        startWindow(window, demo);
        unlockAs(window, kPresident, demo.passphrase(kPresident));
        // He is an authority who declares too: his own declarations are a tab of his workspace.
        QVERIFY(window.authorityWorkspace());
        gui::DeclarantWorkspace* workspace = window.authorityWorkspace()->ownDeclarations();
        QVERIFY(workspace);
        window.authorityWorkspace()->tabs()->setCurrentIndex(
            window.authorityWorkspace()->tabs()->indexOf(workspace));
        workspace->tabs()->setCurrentIndex(0);
        auto* panel = child<ObligationsPanel>(window, "obligationsPanel");
        auto* table = child<QTableWidget>(*panel, "obligationsTable");
        QCOMPARE(table->rowCount(), 2);
        const auto records = window.session()->store->declarations().list(window.session()->identity);
        QVERIFY(records);
        QString di;
        QDate filedOn;
        for (const store::DeclarationRecord& record : *records) {
            if (record.declarantId == window.session()->person.id &&
                record.kind == DeclarationKind::Interets) {
                di = record.id;
                filedOn = record.filedAt.toLocalTime().date();
            }
        }
        QVERIFY(!di.isEmpty());
        // The demo made him take office 40 days before it was made, the day he filed: within his two months.
        QCOMPARE(store::demoInstalledOn(QStringLiteral("di-president.json"), filedOn).daysTo(filedOn), 40);
        const QString date = QLocale().toString(filedOn, QLocale::ShortFormat);
        using P = ObligationsPanel;
        const QString filed = P::tr("filed on %1, on time").arg(date);
        for (int row = 0; row < 2; ++row) {
            QCOMPARE(table->item(row, P::FilingColumn)->text(),
                     P::tr("%1; %2").arg(filed, P::tr("no receipt yet")));
        }
        QCOMPARE(panel->obligationStandings().at(0).declarationId, di);
        auto* regime = child<QLabel>(*panel, "regimeText");
        QVERIFY(regime->isVisible());
        QVERIFY2(regime->text().contains(QString::fromUtf8("Loi organique n° 2016-1090")) &&
                     regime->text().contains("le texte que ce registre applique"),
                 qPrintable(regime->text()));
        QVERIFY(!child<QComboBox>(*panel, "regime")->isVisible());
        QVERIFY(!child<QLabel>(window, "filingsProblem")->isVisible());
        saveScreenshot(window, "workspace-obligations-1-met");

        // The premier président of the cour d'appel acknowledges the DI (from his own client).
        auto premier = crypto::Identity::load(demo.identityPath("Bernard"),
                                              crypto::SecureBytes::fromUtf8(demo.passphrase("Bernard")));
        QVERIFY(premier);
        auto receipt = window.session()->store->declarations().acknowledge(di, *premier);
        QVERIFY2(receipt, qPrintable(receipt ? QString() : receipt.error().message));
        workspace->refreshList();
        QTRY_COMPARE(table->item(0, P::FilingColumn)->text(),
                     P::tr("%1; %2").arg(filed, P::tr("receipt held")));
        QCOMPARE(table->item(1, P::FilingColumn)->text(),
                 P::tr("%1; %2").arg(filed, P::tr("no receipt yet")));
        saveScreenshot(window, "workspace-obligations-2-receipt");

        workspace->tabs()->setCurrentIndex(2);
        auto* kinds = child<QComboBox>(window, "newKind");
        QCOMPARE(kinds->count(), 2);
        QCOMPARE(rowOfEvent(kinds, "interets", "installation"), -1);
        QCOMPARE(rowOfEvent(kinds, "patrimoine", "installation"), -1);
        QVERIFY(rowOfEvent(kinds, "interets", "modification") >= 0);
        QVERIFY(rowOfEvent(kinds, "patrimoine", "modification") >= 0);
        saveScreenshot(window, "workspace-obligations-3-new-only-what-is-due");
    }

    // Raw SQL on her store: her DI's filing date rewritten in the table (as someone hiding a late filing
    // would). Its signed filing entry says otherwise, so nothing is shown met on that row's word: said in
    // red, and the DI still due.
    void obligationsNotMetOnATamperedRow()
    {
        const DemoCopy demo = freshDemo();
        {
            StoreMeddler other(demo.storePath());
            QVERIFY(other.exec("UPDATE declarations SET filed_at = '2026-02-01T09:00:00.000Z'"));
        }
        MainWindow window;
        openAsJuge(window, demo);
        gui::DeclarantWorkspace* workspace = window.declarantWorkspace();
        workspace->tabs()->setCurrentIndex(0);
        auto* problem = child<QLabel>(window, "filingsProblem");
        QVERIFY(problem->isVisible());
        QVERIFY2(problem->text().contains(
                     gui::DeclarantWorkspace::tr("Your filings cannot all be shown: %1").arg(QString())),
                 qPrintable(problem->text()));
        auto* panel = child<ObligationsPanel>(window, "obligationsPanel");
        QCOMPARE(panel->obligationStandings().size(), std::size_t(1));
        QVERIFY(!panel->obligationStandings().front().met());
        saveScreenshot(window, "workspace-obligations-4-tampered");
        workspace->tabs()->setCurrentIndex(2);
        QVERIFY(rowOfEvent(child<QComboBox>(window, "newKind"), "interets", "installation") >= 0);
    }

    // A substantial change: the complementary DI starts from the DI filed, replaces it as version 2, and
    // "My declarations" shows both versions with their statuses.
    void complementaryDeclarationStartsFromTheLastFiled()
    {
        const DemoCopy demo = freshDemo();
        MainWindow window;
        openAsJuge(window, demo);
        gui::DeclarantWorkspace* workspace = window.declarantWorkspace();
        const QString firstId =
            window.session()->store->declarations().list(window.session()->identity)->first().id;
        auto previous = window.session()->store->declarations().open(firstId, window.session()->identity);
        QVERIFY(previous);
        const Declaration filed = *DeclarationCodec::decode(previous->toByteArrayUnwiped());

        auto* kinds = child<QComboBox>(window, "newKind");
        // The DI filed at her installation is not offered again; the complementary one is, whatever the
        // change (art. 7-2 III), until a change is dated: then it is the one due, once.
        QCOMPARE(rowOfEvent(kinds, "interets", "installation"), -1);
        QVERIFY(rowOfEvent(kinds, "interets", "modification") >= 0);
        QCOMPARE(kinds->itemText(rowOfEvent(kinds, "interets", "modification")),
                 gui::DeclarantWorkspace::tr("complementary %1 (after a substantial change)")
                     .arg(kindLabel(DeclarationKind::Interets)));
        workspace->tabs()->setCurrentIndex(0);
        child<QCheckBox>(window, "hasChange")->setChecked(true);
        saveScreenshot(window, "workspace-05-situation-changed");
        workspace->tabs()->setCurrentIndex(2);
        const int row = rowOfEvent(kinds, "interets", "modification");
        QVERIFY(row >= 0);
        QCOMPARE(kinds->findText(gui::DeclarantWorkspace::tr("complementary %1 (after a substantial change)")
                                     .arg(kindLabel(DeclarationKind::Interets))),
                 -1);
        kinds->setCurrentIndex(row);
        QVERIFY(child<QCheckBox>(window, "fromLast")->isEnabled());
        QVERIFY(child<QCheckBox>(window, "fromLast")->isChecked());
        QTest::mouseClick(child<QPushButton>(window, "startNew"), Qt::LeftButton);
        DeclarationWizard* wizard = workspace->wizard();
        QVERIFY(wizard);
        Declaration started = wizard->declaration();
        QCOMPARE(started.event, DeclarationEvent::Modification);
        QCOMPARE(started.supersedes, firstId);
        QCOMPARE(started.profile->changedOn, QDate::currentDate());
        QCOMPARE(DeclarationCodec::toJson(started)["items"], DeclarationCodec::toJson(filed)["items"]);
        QCOMPARE(started.declarant.values, filed.declarant.values);

        wizard->setCurrentStep(wizard->stepCount() - 2);
        auto* changes = child<QTextBrowser>(*wizard, "changes");
        QVERIFY(changes->isVisible());
        QVERIFY2(plain(changes->toPlainText()).contains("Aucune modification"),
                 qPrintable(changes->toPlainText()));
        typeObservations(*workspace, "Nouvelle fonction benevole");
        wizard->setCurrentStep(wizard->stepCount() - 2);
        QVERIFY2(!plain(changes->toPlainText()).contains("Aucune modification"),
                 qPrintable(changes->toPlainText()));
        saveScreenshot(window, "workspace-06-complementary-summary");
        signAndFile(*workspace);

        workspace->tabs()->setCurrentIndex(1);
        auto* table = child<QTableWidget>(window, "declarations");
        QCOMPARE(table->rowCount(), 2);
        using W = gui::DeclarantWorkspace;
        // Newest first: version 2, filed; version 1, superseded by it (its receipt was held).
        QCOMPARE(table->item(0, W::VersionColumn)->text(), QString("2"));
        QCOMPARE(table->item(0, W::EventColumn)->text(), eventLabel(DeclarationEvent::Modification));
        QCOMPARE(table->item(0, W::StatusColumn)->text(), W::tr("filed, awaiting acknowledgement"));
        QCOMPARE(table->item(1, W::VersionColumn)->text(), QString("1"));
        QCOMPARE(table->item(1, W::StatusColumn)->text(),
                 W::tr("superseded by version %1 of %2, receipt held")
                     .arg(2)
                     .arg(table->item(0, W::FiledColumn)->text()));
        // The demo held the entretien on the first version, and the juge acknowledged its fiche; none yet on
        // the second (tst_gui_entretien drives the whole entretien).
        QCOMPARE(table->item(0, W::EntretienColumn)->text(), QString("—"));
        auto entretiens = window.session()->store->entretiens().list(window.session()->identity, firstId);
        QVERIFY(entretiens && entretiens->size() == 1);
        QCOMPARE(table->item(1, W::EntretienColumn)->text(),
                 gui::EntretienText::summary(entretiens->first()));
        QVERIFY(table->item(1, W::EntretienColumn)
                    ->text()
                    .startsWith(gui::EntretienText::tr("held on %1")
                                    .arg(QLocale().toString(entretiens->first().heldAt.toLocalTime().date(),
                                                            "dd/MM/yyyy"))));
        QCOMPARE(table->horizontalHeaderItem(W::EntretienColumn)->text(), W::tr("Ethics interview"));
        saveScreenshot(window, "workspace-07-declarations-versions");
        // Both versions open read-only.
        for (int r = 0; r < 2; ++r) {
            workspace->openDeclaration(r);
            auto* viewer = window.findChild<QDialog*>("declarationViewer");
            QVERIFY(viewer);
            QVERIFY(viewer->findChild<QTextBrowser*>()->toPlainText().contains("Durand-Lefèvre"));
            if (r == 1) {
                saveScreenshot(*viewer, "workspace-08-version-1-read-only");
            }
            delete viewer;
        }
    }

    // A new posting (conseiller at the cour d'appel of Versailles): the DI due there starts from the one
    // filed at Nanterre, goes to the new premier président, and replaces nothing.
    void newPostingStartsFromTheLastFiled()
    {
        const DemoCopy demo = freshDemo();
        MainWindow window;
        openAsJuge(window, demo);
        gui::DeclarantWorkspace* workspace = window.declarantWorkspace();
        const QString firstId =
            window.session()->store->declarations().list(window.session()->identity)->first().id;

        workspace->tabs()->setCurrentIndex(0);
        auto* panel = child<ObligationsPanel>(window, "obligationsPanel");
        auto* courtType = child<QComboBox>(*panel, "courtType");
        courtType->setCurrentIndex(courtType->findData("ca"));
        child<QComboBox>(*panel, "seat")->setCurrentText("Versailles");
        child<QDateEdit>(*panel, "installedOn")->setDate(QDate::currentDate().addDays(-3));
        QVERIFY(panel->profile());
        // The directory does not know the new posting yet: the difference is named, and she asks for it.
        auto* difference = child<QLabel>(window, "postingDifference");
        QVERIFY(difference->isVisible());
        QVERIFY2(difference->text().contains("cour d'appel de Versailles"), qPrintable(difference->text()));
        auto* ask = child<QPushButton>(window, "requestPosting");
        QVERIFY(ask->isVisible());
        workspace->postingNoteProvider = [] { return std::optional<QString>("Décret du 1er décembre 2026"); };
        QTest::mouseClick(ask, Qt::LeftButton);
        auto* requestText = child<QLabel>(window, "postingRequestText");
        QVERIFY(requestText->isVisible());
        QVERIFY2(requestText->text().contains("awaiting") || requestText->text().contains("attente"),
                 qPrintable(requestText->text()));
        saveScreenshot(window, "workspace-09-new-posting");
        // The administrator grants it (from their own client).
        auto admin = crypto::Identity::load(demo.identityPath("Administrateur"),
                                            crypto::SecureBytes::fromUtf8(demo.passphrase("Administrateur")));
        QVERIFY(admin);
        auto pending = window.session()->store->postings().requests(*admin, true);
        QVERIFY(pending && pending->size() == 1);
        auto granted = window.session()->store->postings().grant(*admin, pending->front().id);
        QVERIFY2(granted, qPrintable(granted ? QString() : granted.error().message));
        workspace->refreshPosting();
        QVERIFY(!difference->isVisible());
        QVERIFY2(child<QLabel>(window, "postingText")->text().contains("Versailles"),
                 qPrintable(child<QLabel>(window, "postingText")->text()));

        workspace->tabs()->setCurrentIndex(2);
        auto* kinds = child<QComboBox>(window, "newKind");
        const int row = rowOfEvent(kinds, "interets", "installation");
        QVERIFY(row >= 0);
        kinds->setCurrentIndex(row);
        QVERIFY(child<QCheckBox>(window, "fromLast")->isChecked());
        QTest::mouseClick(child<QPushButton>(window, "startNew"), Qt::LeftButton);
        DeclarationWizard* wizard = workspace->wizard();
        QVERIFY(wizard);
        const Declaration started = wizard->declaration();
        QVERIFY(started.supersedes.isEmpty());
        QCOMPARE(started.profile->court->type, CourtType::CourAppel);
        QCOMPARE(started.profile->court->seat, QString("Versailles"));
        QVERIFY(started.answer("participationsFinancieres"));
        QCOMPARE(started.declarant.date("dateInstallation"), QDate::currentDate().addDays(-3));
        QVERIFY(wizard->report().at("declarant.dateInstallation").isEmpty());
        wizard->setCurrentStep(wizard->stepCount() - 2);
        QVERIFY(child<QTextBrowser>(*wizard, "changes")->isVisible());
        wizard->setCurrentStep(wizard->stepCount() - 1);
        const QString recipients = plain(child<QLabel>(*wizard, "recipients")->text());
        QVERIFY2(recipients.contains("cour d'appel de Versailles"), qPrintable(recipients));
        saveScreenshot(window, "workspace-10-new-posting-attestation");
        signAndFile(*workspace);

        const auto records = window.session()->store->declarations().list(window.session()->identity);
        QVERIFY(records);
        QCOMPARE(records->size(), 2);
        for (const store::DeclarationRecord& record : *records) {
            if (record.id == firstId) {
                QCOMPARE(record.status, store::DeclarationStatus::ReceiptHeld);
            } else {
                QCOMPARE(record.recipients, QStringList{"ca-versailles:premier-president"});
                QVERIFY(record.supersedes.isEmpty());
            }
        }
    }

    // The store refuses the draft (a trigger aborts the insert): the banner says so and stays, what was
    // typed is kept, and "Save the draft now" saves it once the store accepts again.
    void refusedAutosaveIsShown()
    {
        const DemoCopy demo = freshDemo();
        MainWindow window;
        openAsJuge(window, demo);
        gui::DeclarantWorkspace* workspace = window.declarantWorkspace();
        QTest::mouseClick(child<QPushButton>(window, "startNew"), Qt::LeftButton);
        QVERIFY(workspace->wizard());
        StoreMeddler other(demo.storePath());
        QVERIFY(other.exec("CREATE TRIGGER refuse_drafts BEFORE INSERT ON drafts "
                           "BEGIN SELECT RAISE(ABORT, 'disk full'); END"));

        QSignalSpy saved(workspace->drafts(), &gui::SaveDraftCommand::saved);
        workspace->wizard()->setCurrentStep(0);
        QTest::keyClicks(workspace->wizard()->findChild<QPlainTextEdit*>("observations"), "Ne pas perdre");
        QTRY_VERIFY_WITH_TIMEOUT(saved.count() == 1, 10000);
        QVERIFY(!saved.last().at(0).toBool());
        auto* problem = child<QWidget>(window, "saveProblem");
        QVERIFY(problem->isVisible());
        // The store's refusal in the interface's language, like the rest of the banner.
        const QString refusal = child<QLabel>(window, "saveProblemText")->text();
        QVERIFY2(refusal.contains(QStringLiteral("erreur de la base du registre")), qPrintable(refusal));
        QVERIFY(workspace->drafts()->hasUnsaved());
        QVERIFY2(mnemonicConflicts(&window).isEmpty(),
                 qPrintable(QStringList(mnemonicConflicts(&window).values()).join("; ")));
        saveScreenshot(window, "workspace-11-autosave-refused");
        // Still refused at the retry: still shown.
        QTest::mouseClick(child<QPushButton>(window, "retrySave"), Qt::LeftButton);
        QCOMPARE(saved.count(), 2);
        QVERIFY(problem->isVisible());

        QVERIFY(other.exec("DROP TRIGGER refuse_drafts"));
        QTest::mouseClick(child<QPushButton>(window, "retrySave"), Qt::LeftButton);
        QCOMPARE(saved.count(), 3);
        QVERIFY(saved.last().at(0).toBool());
        QVERIFY(!problem->isVisible());
        QVERIFY(!workspace->drafts()->hasUnsaved());
        const auto stored = window.session()->store->drafts().open(window.session()->identity);
        QVERIFY(stored);
        QVERIFY(
            DeclarationCodec::decode(stored->toByteArrayUnwiped())->observations.contains("Ne pas perdre"));
    }

    // From the unlock page to a filed declaration with key events only: mnemonics (Alt+letter), Tab,
    // Enter, Ctrl+PgDown; and every control on the way has a name a screen reader can say.
    void keyboardOnly()
    {
        const DemoCopy demo = freshDemo();
        MainWindow window;
        startWindow(window, demo);
        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        QVERIFY2(unnamedControls(&window).isEmpty(), qPrintable(unnamedControls(&window).join(", ")));
        QSet<QString> mnemonics = mnemonicConflicts(&window);
        // Keys go where the focus is. The offscreen platform has no window manager to activate the window
        // again once a dialog closes: the test does it.
        const auto key = [&window](int k, Qt::KeyboardModifiers modifiers = Qt::NoModifier) {
            if (!QApplication::activeWindow()) {
                window.activateWindow();
            }
            QTRY_VERIFY(QApplication::focusWidget());
            QTest::keyClick(QApplication::focusWidget(), Qt::Key(k), modifiers);
        };

        key(Qt::Key_I, Qt::AltModifier); // "&Identité :"
        auto* identity = child<QComboBox>(window, "identity");
        QCOMPARE(QApplication::focusWidget(), identity);
        key(Qt::Key_Home);
        while (!identity->currentText().startsWith(kJuge)) {
            const int before = identity->currentIndex();
            key(Qt::Key_Down);
            QVERIFY(identity->currentIndex() != before);
        }
        key(Qt::Key_P, Qt::AltModifier); // "&Phrase de passe :"
        QCOMPARE(QApplication::focusWidget(), child<QLineEdit>(window, "passphrase"));
        QTest::keyClicks(QApplication::focusWidget(), demo.passphrase(kJuge));
        QSignalSpy unlocked(&window, &MainWindow::unlocked);
        key(Qt::Key_Return);
        QTRY_VERIFY_WITH_TIMEOUT(unlocked.count() == 1, 60000);
        gui::DeclarantWorkspace* workspace = window.declarantWorkspace();

        for (int tab = 0; tab < 2; ++tab) {
            workspace->tabs()->setCurrentIndex(tab);
            QVERIFY2(unnamedControls(&window).isEmpty(), qPrintable(unnamedControls(&window).join(", ")));
            mnemonics.unite(mnemonicConflicts(&window));
        }
        key(Qt::Key_U, Qt::AltModifier); // "No&uvelle déclaration"
        QCOMPARE(workspace->tabs()->currentIndex(), 2);
        QVERIFY2(unnamedControls(&window).isEmpty(), qPrintable(unnamedControls(&window).join(", ")));
        // A mnemonic "animates" the click: the button goes down, and is clicked 100 ms later.
        key(Qt::Key_C, Qt::AltModifier); // "&Commencer"
        QTRY_VERIFY(workspace->wizard());
        DeclarationWizard* wizard = workspace->wizard();
        mnemonics.unite(mnemonicConflicts(&window));

        // Tab into the wizard, then step by step to 5° (financial holdings), checking each step on the way.
        const auto tabTo = [&key](const std::function<bool(QWidget*)>& arrived) {
            for (int presses = 0; presses < 60 && !arrived(QApplication::focusWidget()); ++presses) {
                key(Qt::Key_Tab);
            }
            return arrived(QApplication::focusWidget());
        };
        QVERIFY(tabTo([wizard](QWidget* focus) { return focus && wizard->isAncestorOf(focus); }));
        ItemPage* shares = wizard->itemPage("participationsFinancieres");
        while (wizard->findChild<QStackedWidget*>("stepPages")->currentWidget() != shares) {
            QVERIFY2(unnamedControls(wizard).isEmpty(), qPrintable(unnamedControls(wizard).join(", ")));
            mnemonics.unite(mnemonicConflicts(&window));
            const int before = wizard->currentStep();
            key(Qt::Key_PageDown, Qt::ControlModifier);
            QCOMPARE(wizard->currentStep(), before + 1);
        }
        mnemonics.unite(mnemonicConflicts(&window));
        const int entriesBefore = int(shares->entries().size());

        // "Ajouter…" (Tab to it, Space) opens the entry dialog; Tab from field to field, Enter accepts.
        bool done = false;
        onNextDialog(
            wizard,
            [&](QDialog& dialog) {
                auto* entry = qobject_cast<EntryDialog*>(&dialog);
                QVERIFY(entry);
                QVERIFY2(unnamedControls(entry).isEmpty(), qPrintable(unnamedControls(entry).join(", ")));
                mnemonics.unite(mnemonicConflicts(entry));
                // The generated editors say their field's label, and "required" when it is.
                for (FieldEditor* editor : entry->findChildren<FieldEditor*>()) {
                    const QString label = editor->field().label.text();
                    const QString name = editor->input()->accessibleName();
                    QVERIFY2(name == label || name == EntryDialog::tr("%1 (required)").arg(label),
                             qPrintable(name + " / " + label));
                }
                QCOMPARE(QApplication::focusWidget(), child<QLineEdit>(*entry, "societe"));
                QTest::keyClicks(QApplication::focusWidget(), "Clavier Seul SA");
                key(Qt::Key_Tab);
                QCOMPARE(QApplication::focusWidget(), child<QLineEdit>(*entry, "capitalDetenu"));
                QTest::keyClicks(QApplication::focusWidget(), "3");
                key(Qt::Key_Tab);
                QTest::keyClicks(QApplication::focusWidget(), "30");
                key(Qt::Key_Tab);
                QCOMPARE(QApplication::focusWidget(), child<QLineEdit>(*entry, "valeur"));
                QTest::keyClicks(QApplication::focusWidget(), "900");
                saveScreenshot(*entry, "workspace-12-keyboard-entry");
                key(Qt::Key_Return);
            },
            done);
        QVERIFY(
            tabTo([shares](QWidget* focus) { return focus == shares->findChild<QPushButton*>("addEntry"); }));
        key(Qt::Key_Space);
        QTRY_VERIFY(done);
        QCOMPARE(int(shares->entries().size()), entriesBefore + 1);
        QCOMPARE(shares->entries().back().text("societe"), QString("Clavier Seul SA"));

        // On to the attestation: Tab to the attestation, Space, and "&Signer et déposer…".
        while (wizard->currentStep() < wizard->stepCount() - 1) {
            key(Qt::Key_PageDown, Qt::ControlModifier);
            QVERIFY2(unnamedControls(wizard).isEmpty(), qPrintable(unnamedControls(wizard).join(", ")));
            mnemonics.unite(mnemonicConflicts(&window));
        }
        auto* attest = child<QCheckBox>(*wizard, "attest");
        QVERIFY(tabTo([attest](QWidget* focus) { return focus == attest; }));
        key(Qt::Key_Space);
        QVERIFY(attest->isChecked());
        mnemonics.unite(mnemonicConflicts(&window));
        QSignalSpy filed(workspace, &gui::DeclarantWorkspace::filed);
        key(Qt::Key_S, Qt::AltModifier);
        QTRY_VERIFY_WITH_TIMEOUT(filed.count() == 1, 30000);

        // Alt+letter reaches one control per screen only when no two share the letter.
        QVERIFY2(mnemonics.isEmpty(), qPrintable(QStringList(mnemonics.values()).join("; ")));
    }

    // The administrator gets their own workspace (the directory), not the declarant's.
    void administratorGetsTheDirectory()
    {
        const DemoCopy demo = freshDemo();
        MainWindow window;
        startWindow(window, demo);
        unlockAs(window, "Administrateur", demo.passphrase("Administrateur"));
        QVERIFY(!window.declarantWorkspace());
        QVERIFY(!window.authorityWorkspace());
        auto* pages = child<QStackedWidget>(window, "pages");
        QCOMPARE(pages->currentWidget()->objectName(), QString("page.workspace"));
        auto* workspace = pages->currentWidget()->findChild<QWidget*>("administratorWorkspace");
        QVERIFY(workspace && workspace->isVisible());
        const QString status = window.statusBar()->currentMessage();
        QVERIFY2(status.contains("Administrateur") && status.contains(MainWindow::tr("administrator")),
                 qPrintable(status));
    }

    // "Other file…" asks for a PKCS#12 file, lists it and selects it; cancelling goes back to the previous
    // choice.
    void otherIdentityFile_data()
    {
        QTest::addColumn<bool>("chosen");
        QTest::newRow("a file chosen") << true;
        QTest::newRow("cancelled") << false;
    }

    void otherIdentityFile()
    {
        QFETCH(bool, chosen);
        const DemoCopy demo = freshDemo();
        const QString own = demo.directory + "/mon-identite.p12";
        QVERIFY(QFile::copy(demo.identityPath(kJuge), own));
        MainWindow window;
        int asked = 0;
        window.identityFileProvider = [&asked, chosen, own] {
            ++asked;
            return chosen ? own : QString();
        };
        startWindow(window, demo);
        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        auto* identity = child<QComboBox>(window, "identity");
        const int before = identity->currentIndex();
        const int other = identity->count() - 1;
        identity->setFocus();
        QTest::keyClick(identity, Qt::Key_End); // "Autre fichier…", the last choice
        QCOMPARE(asked, 1);
        if (!chosen) {
            QCOMPARE(identity->currentIndex(), before);
            QCOMPARE(identity->count(), other + 1);
            return;
        }
        QCOMPARE(identity->count(), other + 2);
        QCOMPARE(identity->currentText(), QString("mon-identite.p12"));
        QCOMPARE(identity->currentData().toString(), own);
        saveScreenshot(window, "workspace-14-other-identity-file");
        child<QLineEdit>(window, "passphrase")->setText(demo.passphrase(kJuge));
        QSignalSpy unlocked(&window, &MainWindow::unlocked);
        QTest::mouseClick(child<QPushButton>(window, "unlock"), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(unlocked.count() == 1, 60000);
        QVERIFY(window.declarantWorkspace());
        QVERIFY(window.session()->person.name.startsWith(kJuge));
    }

    // After her certificate was renewed, Hélène unlocks with the new identity: a bar says how many of her
    // declarations are still sealed to the former one, and seals them again with her former identity file.
    void renewedIdentitySealsAgain()
    {
        const DemoCopy demo = freshDemo();
        qputenv("XDG_DATA_HOME", QFile::encodeName(demo.directory + "/application-data"));
        const QString renewedPath = demo.directory + "/helene-2028.p12";
        const QString renewedPassphrase = QStringLiteral("une nouvelle phrase de passe pour 2028");
        QStringList heleneDeclarations;
        {
            auto store = store::Store::open(demo.storePath());
            QVERIFY(store);
            auto ca = crypto::Identity::load(demo.identityPath("CA Probitas"),
                                             crypto::SecureBytes::fromUtf8(demo.passphrase("CA Probitas")));
            auto admin =
                crypto::Identity::load(demo.identityPath("Administrateur"),
                                       crypto::SecureBytes::fromUtf8(demo.passphrase("Administrateur")));
            auto helene = crypto::Identity::load(demo.identityPath(kJuge),
                                                 crypto::SecureBytes::fromUtf8(demo.passphrase(kJuge)));
            QVERIFY(ca && admin && helene);
            auto own = (*store)->declarations().list(*helene);
            QVERIFY(own && !own->isEmpty());
            for (const store::DeclarationRecord& record : *own) {
                if (record.declarantId == (*store)->directory().personFor(helene->certificate())->id) {
                    heleneDeclarations << record.id;
                }
            }
            const QString name = (*store)->directory().personFor(helene->certificate())->name;
            auto renewed =
                crypto::CertificateAuthority::issue(*ca, {name, QStringLiteral("Probitas (démo)")});
            QVERIFY(renewed);
            auto pkcs12 = renewed->toPkcs12(crypto::SecureBytes::fromUtf8(renewedPassphrase));
            QVERIFY(pkcs12);
            QFile file(renewedPath);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(*pkcs12);
            file.close();
            auto done = (*store)->administration().renewCertificate(*admin, name, renewed->certificate());
            QVERIFY2(done, qPrintable(done ? QString() : done.error().message));
        }
        MainWindow window;
        window.identityFileProvider = [renewedPath] { return renewedPath; };
        int askedFormer = 0;
        window.formerIdentityFileProvider = [&askedFormer, &demo] {
            ++askedFormer;
            return demo.identityPath(kJuge);
        };
        window.formerPassphraseProvider = [&demo] { return demo.passphrase(kJuge); };
        startWindow(window, demo);
        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        auto* identity = child<QComboBox>(window, "identity");
        identity->setFocus();
        QTest::keyClick(identity, Qt::Key_End); // "Autre fichier…"
        child<QLineEdit>(window, "passphrase")->setText(renewedPassphrase);
        QSignalSpy unlocked(&window, &MainWindow::unlocked);
        QTest::mouseClick(child<QPushButton>(window, "unlock"), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(unlocked.count() == 1, 60000);
        QVERIFY(window.declarantWorkspace());
        QVERIFY(window.resealBar());
        QVERIFY(window.resealBar()->isVisible());
        auto* message = child<QLabel>(window, "resealMessage");
        QVERIFY2(message->text().contains(QString::number(heleneDeclarations.size())),
                 qPrintable(message->text()));
        store::Store& store = *window.session()->store;
        const crypto::Identity current = window.session()->identity;
        QVERIFY(!store.declarations().open(heleneDeclarations.first(), current).ok());
        saveScreenshot(window, "workspace-15-reseal-offered");

        auto* button = child<QPushButton>(window, "resealButton");
        QTest::mouseClick(button, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!button->isVisible(), 60000);
        QCOMPARE(askedFormer, 1);
        QVERIFY2(message->text().contains(QString::number(heleneDeclarations.size())),
                 qPrintable(message->text()));
        saveScreenshot(window, "workspace-16-resealed");
        for (const QString& id : heleneDeclarations) {
            auto opened = store.declarations().open(id, current);
            QVERIFY2(opened.ok(), qPrintable(opened ? QString() : opened.error().message));
        }
        QCOMPARE(*store.declarations().sealedToFormerCertificate(current), 0);
    }
};

QTEST_MAIN(TestGuiWorkspace)
#include "tst_gui_workspace.moc"
