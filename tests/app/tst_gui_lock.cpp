// Locking, as a magistrate who leaves her desk meets it: "Verrouiller" (Ctrl+L), the idle delay, and
// "Changer d'identité…". After the lock no widget holds what the declaration said, the identity is gone from
// the session, and the draft comes back once she unlocks again.
#include "AppTestSupport.h"
#include "Clock.h"
#include "DeclarantWorkspace.h"
#include "DeclarationWizard.h"
#include "EntryDialog.h"
#include "GuiTestSupport.h"
#include "ItemPage.h"
#include "MainWindow.h"
#include "ObligationsPanel.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDBusConnection>
#include <QDBusMessage>
#include <QDBusObjectPath>
#include <QDateEdit>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QProcess>
#include <QScopeGuard>
#include <QSettings>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTextEdit>
#include <QThread>
#include <QTimer>

using namespace probitas;
using namespace probitas::testing;

namespace {

const QString kMarker = QStringLiteral("Marqueur Verrou Industries SA");

// Every text a widget of the application shows or holds: labels, fields, buttons, lists and tables (their
// models' every cell), window titles and tool tips.
QStringList everyTextShown()
{
    QStringList texts;
    const auto modelTexts = [&texts](const QAbstractItemModel* model, const QModelIndex& parent,
                                     const auto& self) -> void {
        for (int row = 0; row < model->rowCount(parent); ++row) {
            for (int column = 0; column < model->columnCount(parent); ++column) {
                const QModelIndex index = model->index(row, column, parent);
                texts << index.data(Qt::DisplayRole).toString() << index.data(Qt::ToolTipRole).toString();
                if (model->hasChildren(index)) {
                    self(model, index, self);
                }
            }
        }
    };
    for (QWidget* widget : QApplication::allWidgets()) {
        texts << widget->windowTitle() << widget->toolTip();
        if (auto* label = qobject_cast<QLabel*>(widget)) {
            texts << label->text();
        } else if (auto* line = qobject_cast<QLineEdit*>(widget)) {
            texts << line->text();
        } else if (auto* button = qobject_cast<QAbstractButton*>(widget)) {
            texts << button->text();
        } else if (auto* plain = qobject_cast<QPlainTextEdit*>(widget)) {
            texts << plain->toPlainText();
        } else if (auto* rich = qobject_cast<QTextEdit*>(widget)) {
            texts << rich->toPlainText();
        } else if (auto* combo = qobject_cast<QComboBox*>(widget)) {
            for (int i = 0; i < combo->count(); ++i) {
                texts << combo->itemText(i);
            }
        } else if (auto* view = qobject_cast<QAbstractItemView*>(widget); view && view->model()) {
            modelTexts(view->model(), QModelIndex(), modelTexts);
        }
    }
    return texts;
}

bool anyTextContains(const QString& needle)
{
    const QStringList texts = everyTextShown();
    return std::any_of(texts.begin(), texts.end(),
                       [&needle](const QString& text) { return text.contains(needle); });
}

const QString kSessionPath = QStringLiteral("/org/freedesktop/login1/session/_3142");

} // namespace

// systemd-logind as far as SessionWatch asks it: which session a process is in.
class FakeLogin1Manager : public QObject
{
    Q_OBJECT
    Q_CLASSINFO("D-Bus Interface", "org.freedesktop.login1.Manager")

public slots:
    QDBusObjectPath GetSessionByPID(uint) { return QDBusObjectPath(kSessionPath); }
};

class TestGuiLock : public QObject
{
    Q_OBJECT

    ProductFrench m_french;
    QTemporaryDir m_directory;
    DemoTemplate m_demo;
    int m_copies = 0;
    // A private D-Bus daemon standing for both the system bus and the session bus, where this test is
    // logind (its manager answering on a thread of its own) and sends what the desktop would.
    QProcess m_bus;
    QString m_busAddress;
    QThread m_login1Thread;
    FakeLogin1Manager m_login1;

    DemoCopy freshDemo()
    {
        return m_demo.copyTo(m_directory.filePath(QStringLiteral("copy-%1").arg(++m_copies)));
    }

    // The demo store opened, and Hélène unlocked.
    void openAsHelene(MainWindow& window, const DemoCopy& demo)
    {
        startWindow(window, demo);
        unlockAs(window, QStringLiteral("Hélène"), demo.passphrase(QStringLiteral("Hélène")));
        QVERIFY(window.isUnlocked());
    }

    // Hélène starts a new DI and declares a shareholding named kMarker; the autosave seals it into the store.
    void startDraftWithMarker(MainWindow& window)
    {
        gui::DeclarantWorkspace* workspace = window.declarantWorkspace();
        QVERIFY(workspace);
        workspace->tabs()->setCurrentIndex(2);
        child<QCheckBox>(window, "fromLast")->setChecked(false);
        QTest::mouseClick(child<QPushButton>(window, "startNew"), Qt::LeftButton);
        QVERIFY(workspace->wizard());
        QSignalSpy saved(workspace->drafts(), &gui::SaveDraftCommand::saved);
        ItemPage* page = workspace->wizard()->itemPage(QStringLiteral("participationsFinancieres"));
        QVERIFY(page);
        bool added = false;
        QTimer::singleShot(0, page, [&] {
            auto* dialog = qobject_cast<EntryDialog*>(QApplication::activeModalWidget());
            QVERIFY(dialog);
            type(*dialog, "societe", kMarker);
            type(*dialog, "capitalDetenu", "1");
            type(*dialog, "nombreParts", "10");
            type(*dialog, "valeur", "500");
            clickOk(*dialog);
            added = true;
        });
        QTest::mouseClick(child<QPushButton>(*page, "addEntry"), Qt::LeftButton);
        QVERIFY(added);
        QTRY_VERIFY_WITH_TIMEOUT(saved.count() >= 1, 10000);
        QVERIFY2(saved.last().at(0).toBool(), qPrintable(saved.last().at(1).toString()));
    }

    void verifyLockedAndWiped(MainWindow& window)
    {
        QVERIFY(!window.isUnlocked());
        QVERIFY(window.session());
        QVERIFY(window.session()->identity.isNull());
        QVERIFY(window.session()->person.id.isEmpty());
        QVERIFY(!window.declarantWorkspace());
        QCOMPARE(child<QStackedWidget>(window, "pages")->currentWidget()->objectName(),
                 QStringLiteral("page.unlock"));
        QVERIFY(child<QLabel>(window, "lockedNote")->isVisible());
        QVERIFY(child<QLineEdit>(window, "passphrase")->text().isEmpty());
        QVERIFY2(!anyTextContains(kMarker), "a widget still shows what the draft said");
        QVERIFY(!window.findChild<QAction*>("lockAction")->isEnabled());
    }

    // She unlocks again with the identity the lock left chosen, and resumes her draft.
    void unlockAndResume(MainWindow& window, const DemoCopy& demo)
    {
        QVERIFY(child<QComboBox>(window, "identity")->currentText().startsWith(QStringLiteral("Hélène")));
        unlockAs(window, QStringLiteral("Hélène"), demo.passphrase(QStringLiteral("Hélène")));
        QVERIFY(window.isUnlocked());
        QVERIFY(!child<QLabel>(window, "lockedNote")->isVisible());
        gui::DeclarantWorkspace* workspace = window.declarantWorkspace();
        QVERIFY(workspace);
        QTRY_VERIFY_WITH_TIMEOUT(child<QWidget>(window, "draftBar")->isVisible(), 10000);
        QTest::mouseClick(child<QPushButton>(window, "resumeDraft"), Qt::LeftButton);
        QVERIFY(workspace->wizard());
        const ItemAnswer* shares = workspace->wizard()->declaration().answer("participationsFinancieres");
        QVERIFY(shares && shares->entries.size() == 1);
        QCOMPARE(shares->entries[0].text("societe"), kMarker);
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_directory.isValid());
        QVERIFY(prepareFrenchApplication(m_french));
        QVERIFY(m_demo.create(m_directory.filePath(QStringLiteral("template"))));
        // The settings (recent identity files) in a folder of the test's own.
        qputenv("XDG_CONFIG_HOME", QFile::encodeName(m_directory.filePath(QStringLiteral("config"))));
        // Before the first window: Qt connects to the buses once, at their first use.
        m_bus.start(QStringLiteral("dbus-daemon"), {QStringLiteral("--session"), QStringLiteral("--nofork"),
                                                    QStringLiteral("--print-address")});
        QVERIFY2(m_bus.waitForStarted(), "dbus-daemon (Debian's dbus-daemon) cannot start");
        QTRY_VERIFY(m_bus.canReadLine());
        m_busAddress = QString::fromUtf8(m_bus.readLine()).trimmed();
        qputenv("DBUS_SYSTEM_BUS_ADDRESS", m_busAddress.toUtf8());
        qputenv("DBUS_SESSION_BUS_ADDRESS", m_busAddress.toUtf8());
        QDBusConnection logind = QDBusConnection::connectToBus(m_busAddress, QStringLiteral("logind"));
        QVERIFY(logind.isConnected());
        m_login1.moveToThread(&m_login1Thread);
        m_login1Thread.start();
        QVERIFY(logind.registerObject(QStringLiteral("/org/freedesktop/login1"), &m_login1,
                                      QDBusConnection::ExportAllSlots));
        QVERIFY(logind.registerService(QStringLiteral("org.freedesktop.login1")));
    }

    void cleanupTestCase()
    {
        m_login1Thread.quit();
        m_login1Thread.wait();
        m_bus.kill();
        m_bus.waitForFinished();
    }

    void lockWipesAndTheDraftComesBack()
    {
        const DemoCopy demo = freshDemo();
        MainWindow window;
        startWindow(window, demo);
        QVERIFY(!window.isUnlocked());
        window.lock(); // nothing unlocked: nothing to do
        QVERIFY(!child<QLabel>(window, "lockedNote")->isVisible());
        unlockAs(window, QStringLiteral("Hélène"), demo.passphrase(QStringLiteral("Hélène")));
        QVERIFY(window.isUnlocked());
        startDraftWithMarker(window);
        QVERIFY2(anyTextContains(kMarker), "the walk finds the draft's text while unlocked");

        // Ctrl+L, from the keyboard.
        QAction* lockAction = window.findChild<QAction*>("lockAction");
        QVERIFY(lockAction && lockAction->isEnabled());
        QCOMPARE(lockAction->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_L));
        QSignalSpy locked(&window, &MainWindow::locked);
        QApplication::setActiveWindow(&window);
        QVERIFY(QTest::qWaitForWindowActive(&window));
        QTest::keyClick(&window, Qt::Key_L, Qt::ControlModifier);
        QTRY_COMPARE(locked.count(), 1);
        verifyLockedAndWiped(window);
        QVERIFY(child<QLabel>(window, "lockedNote")->text().contains(QStringLiteral("verrouillé")));
        saveScreenshot(window, QStringLiteral("gui-lock-01-locked"));

        unlockAndResume(window, demo);
    }

    // A dialog open over the workspace (an entry being typed) is closed by the lock, and its text goes too.
    void lockClosesAnOpenDialog()
    {
        const DemoCopy demo = freshDemo();
        MainWindow window;
        openAsHelene(window, demo);
        startDraftWithMarker(window);
        ItemPage* page =
            window.declarantWorkspace()->wizard()->itemPage(QStringLiteral("participationsFinancieres"));
        bool typed = false;
        QTimer::singleShot(0, page, [&] {
            auto* dialog = qobject_cast<EntryDialog*>(QApplication::activeModalWidget());
            QVERIFY(dialog);
            type(*dialog, "societe", QStringLiteral("Second Marqueur SARL"));
            typed = true;
            window.lock(); // as the idle delay would, while the dialog runs
        });
        QTest::mouseClick(child<QPushButton>(*page, "addEntry"), Qt::LeftButton);
        QVERIFY(typed);
        QTRY_VERIFY(!window.isUnlocked());
        QVERIFY(!QApplication::activeModalWidget());
        verifyLockedAndWiped(window);
        QVERIFY(!anyTextContains(QStringLiteral("Second Marqueur SARL")));
        unlockAndResume(window, demo); // the entry never confirmed is not in the draft
    }

    // Nobody touches the application for the idle delay: it locks. Input postpones it.
    void idleDelayLocks()
    {
        const DemoCopy demo = freshDemo();
        MainWindow window;
        openAsHelene(window, demo);
        QCOMPARE(window.idleLockDelay(), std::chrono::milliseconds(std::chrono::minutes(10))); // the default
        startDraftWithMarker(window);
        window.setIdleLockDelay(std::chrono::milliseconds(2000));
        // Moving the mouse every 200 ms for 4 s, twice the delay: still unlocked.
        for (int i = 0; i < 20; ++i) {
            QTest::mouseMove(window.centralWidget(), QPoint(100 + (i % 2) * 10, 100));
            QTest::qWait(200);
        }
        QVERIFY(window.isUnlocked());
        QSignalSpy locked(&window, &MainWindow::locked);
        QTRY_VERIFY_WITH_TIMEOUT(locked.count() == 1, 10000);
        verifyLockedAndWiped(window);
        QVERIFY2(child<QLabel>(window, "lockedNote")->text().contains(QStringLiteral("sans utilisation")),
                 qPrintable(child<QLabel>(window, "lockedNote")->text()));
        saveScreenshot(window, QStringLiteral("gui-lock-02-idle"));
        unlockAndResume(window, demo);
    }

    // "Changer d'identité…": the same lock, then another identity; the président unlocks in her place.
    void changeIdentityWithoutQuitting()
    {
        const DemoCopy demo = freshDemo();
        MainWindow window;
        openAsHelene(window, demo);
        QAction* change = window.findChild<QAction*>("changeIdentityAction");
        QVERIFY(change && change->isEnabled());
        change->trigger();
        QVERIFY(!window.isUnlocked());
        QVERIFY(window.session()->identity.isNull());
        unlockAs(window, QStringLiteral("Jean-Baptiste"), demo.passphrase(QStringLiteral("Jean-Baptiste")));
        QVERIFY(window.isUnlocked());
        QVERIFY(window.authorityWorkspace());
        QVERIFY(window.session()->person.name.startsWith(QStringLiteral("Jean-Baptiste")));
    }

    // The identity files unlocked are remembered (their paths, never a passphrase) and listed on the unlock
    // page, also where no demo names them.
    void recentIdentityFiles()
    {
        const DemoCopy demo = freshDemo();
        const QString path = demo.identityPath(QStringLiteral("Hélène"));
        const QString passphrase = demo.passphrase(QStringLiteral("Hélène"));
        {
            MainWindow window;
            window.remembersStores = true;
            startWindow(window, demo);
            unlockAs(window, QStringLiteral("Hélène"), passphrase);
            QVERIFY(window.isUnlocked());
        }
        QCOMPARE(MainWindow::recentIdentityFiles().value(0), path);
        QFile settings(QSettings().fileName());
        QVERIFY2(settings.open(QIODevice::ReadOnly), qPrintable(settings.fileName()));
        const QByteArray kept = settings.readAll();
        QVERIFY(kept.contains(QFileInfo(path).fileName().toUtf8()));
        QVERIFY(!kept.contains(passphrase.toUtf8()));

        MainWindow window;
        QSignalSpy ready(&window, &MainWindow::storeReady);
        window.show();
        window.start(demo.storePath(), QString()); // no demo folder: only what this computer remembers
        QTRY_VERIFY_WITH_TIMEOUT(ready.count() == 1, 60000);
        auto* identity = child<QComboBox>(window, "identity");
        const int index = identity->findData(path);
        QVERIFY(index >= 0);
        QVERIFY(identity->itemText(index).startsWith(QFileInfo(path).fileName()));
        identity->setCurrentIndex(index);
        child<QLineEdit>(window, "passphrase")->setText(passphrase);
        QTest::mouseClick(child<QPushButton>(window, "unlock"), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(window.isUnlocked(), 60000);
    }

    // What is overdue or due within 30 days is said above every tab from the moment she unlocks, and follows
    // "My obligations": 40 days from now, a substantial change declared for tomorrow calls for a
    // complementary DI due two months after it, within 30 days by then (her DI filed today does not meet it).
    void remindersAtUnlock()
    {
        const DemoCopy demo = freshDemo();
        const QDate tomorrow = QDate::currentDate().addDays(1);
        Clock::setForTesting(QDateTime::currentDateTimeUtc().addDays(40));
        const auto realTime = qScopeGuard([] { Clock::reset(); });
        MainWindow window;
        openAsHelene(window, demo);
        gui::DeclarantWorkspace* workspace = window.declarantWorkspace();
        QVERIFY(workspace);
        auto* panel = child<ObligationsPanel>(window, "obligationsPanel");
        auto* bar = child<QWidget>(window, "reminderBar");
        QTRY_COMPARE(bar->isVisible(), !panel->reminders().empty());
        const size_t before = panel->reminders().size();
        child<QCheckBox>(window, "hasChange")->setChecked(true);
        child<QDateEdit>(window, "changedOn")->setDate(tomorrow);
        QTRY_VERIFY(panel->reminders().size() > before);
        QVERIFY(bar->isVisible());
        const QString text = child<QLabel>(window, "reminderText")->text();
        QVERIFY2(text.startsWith(QStringLiteral("Rappel")) &&
                     text.contains(QStringLiteral("dans les 30 jours")),
                 qPrintable(text));
        workspace->tabs()->setCurrentIndex(2);
        QVERIFY(bar->isVisible()); // above every tab
        saveScreenshot(window, QStringLiteral("gui-reminders-01"));
        QTest::mouseClick(child<QPushButton>(window, "showObligations"), Qt::LeftButton);
        QCOMPARE(workspace->tabs()->currentIndex(), 0);
    }

    // The window keeps its size, and each role's workspace the tab last shown; its title names the store.
    void windowRemembersItsSizeAndTab()
    {
        const DemoCopy demo = freshDemo();
        const QString passphrase = demo.passphrase(QStringLiteral("Hélène"));
        {
            MainWindow window;
            window.remembersStores = true;
            startWindow(window, demo);
            QVERIFY2(window.windowTitle().contains(QStringLiteral("probitas.sqlite")),
                     qPrintable(window.windowTitle()));
            unlockAs(window, QStringLiteral("Hélène"), passphrase);
            QCOMPARE(window.declarantWorkspace()->tabs()->currentIndex(), 0);
            window.declarantWorkspace()->tabs()->setCurrentIndex(1);
            window.resize(1200, 760);
            window.lock(); // her tab kept as the workspace goes
            window.close();
        }
        MainWindow window;
        window.remembersStores = true;
        window.restoreWindowState();
        QCOMPARE(window.size(), QSize(1200, 760));
        startWindow(window, demo);
        unlockAs(window, QStringLiteral("Hélène"), passphrase);
        QCOMPARE(window.declarantWorkspace()->tabs()->currentIndex(), 1);
    }

    // The desktop says the session locks, the screen saver starts or the machine goes to sleep: Probitas
    // locks. Waking up, the screen saver stopping, or a Lock sent by anyone but logind: it does not.
    void theDesktopLocksIt_data()
    {
        QTest::addColumn<QString>("connection"); // who sends: "logind" owns org.freedesktop.login1
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("interface");
        QTest::addColumn<QString>("name");
        QTest::addColumn<QVariantList>("arguments");
        QTest::addColumn<bool>("locks");
        const QString manager = QStringLiteral("/org/freedesktop/login1");
        QTest::newRow("the machine goes to sleep") << "logind" << manager << "org.freedesktop.login1.Manager"
                                                   << "PrepareForSleep" << QVariantList{true} << true;
        QTest::newRow("the machine wakes up") << "logind" << manager << "org.freedesktop.login1.Manager"
                                              << "PrepareForSleep" << QVariantList{false} << false;
        QTest::newRow("the session is locked") << "logind" << kSessionPath << "org.freedesktop.login1.Session"
                                               << "Lock" << QVariantList{} << true;
        QTest::newRow("a Lock sent by another program")
            << "another" << kSessionPath << "org.freedesktop.login1.Session"
            << "Lock" << QVariantList{} << false;
        QTest::newRow("the screen saver starts") << "another"
                                                 << "/org/freedesktop/ScreenSaver"
                                                 << "org.freedesktop.ScreenSaver"
                                                 << "ActiveChanged" << QVariantList{true} << true;
        QTest::newRow("the screen saver stops") << "another"
                                                << "/org/freedesktop/ScreenSaver"
                                                << "org.freedesktop.ScreenSaver"
                                                << "ActiveChanged" << QVariantList{false} << false;
    }

    void theDesktopLocksIt()
    {
        QFETCH(QString, connection);
        QFETCH(QString, path);
        QFETCH(QString, interface);
        QFETCH(QString, name);
        QFETCH(QVariantList, arguments);
        QFETCH(bool, locks);
        const DemoCopy demo = freshDemo();
        MainWindow window;
        openAsHelene(window, demo);
        QVERIFY(window.isUnlocked());
        QSignalSpy locked(&window, &MainWindow::locked);
        QDBusConnection sender = QDBusConnection::connectToBus(m_busAddress, connection);
        QVERIFY(sender.isConnected());
        QDBusMessage signal = QDBusMessage::createSignal(path, interface, name);
        signal.setArguments(arguments);
        QVERIFY(sender.send(signal));
        if (locks) {
            QTRY_COMPARE(locked.count(), 1);
            verifyLockedAndWiped(window);
            QVERIFY(child<QLabel>(window, "lockedNote")->text().contains(QStringLiteral("votre session")));
        } else {
            // A round trip on the same connection: the signal before it has been delivered by then.
            QDBusMessage ping = QDBusMessage::createMethodCall(
                QStringLiteral("org.freedesktop.DBus"), QStringLiteral("/org/freedesktop/DBus"),
                QStringLiteral("org.freedesktop.DBus"), QStringLiteral("GetId"));
            QCOMPARE(sender.call(ping).type(), QDBusMessage::ReplyMessage);
            QTest::qWait(300);
            QCOMPARE(locked.count(), 0);
            QVERIFY(window.isUnlocked());
        }
    }

    // Hélène's identity file as another tool exports it (1,000 PBKDF2 iterations): it unlocks, Probitas
    // writes it again with its own parameters and the same passphrase, and the status bar says so.
    void weakIdentityFileProtectedAgain()
    {
        const DemoCopy demo = freshDemo();
        const QString file = demo.identityPath(QStringLiteral("Hélène"));
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("HELENE_PASS"), demo.passphrase(QStringLiteral("Hélène")));
        QProcess unpack;
        unpack.setProcessEnvironment(environment);
        unpack.start(QStringLiteral("openssl"),
                     {QStringLiteral("pkcs12"), QStringLiteral("-in"), file, QStringLiteral("-passin"),
                      QStringLiteral("env:HELENE_PASS"), QStringLiteral("-nodes")});
        QVERIFY2(unpack.waitForFinished() && unpack.exitCode() == 0,
                 unpack.readAllStandardError().constData());
        const QByteArray pem = unpack.readAllStandardOutput();
        const QString pemFile = demo.directory + QStringLiteral("/helene-clear.pem");
        {
            QFile clear(pemFile);
            QVERIFY(clear.open(QIODevice::WriteOnly));
            clear.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
            clear.write(pem);
        }
        QProcess pack;
        pack.setProcessEnvironment(environment);
        pack.start(QStringLiteral("openssl"),
                   {QStringLiteral("pkcs12"), QStringLiteral("-export"), QStringLiteral("-in"), pemFile,
                    QStringLiteral("-iter"), QStringLiteral("1000"), QStringLiteral("-passout"),
                    QStringLiteral("env:HELENE_PASS"), QStringLiteral("-out"), file});
        QVERIFY2(pack.waitForFinished() && pack.exitCode() == 0, pack.readAllStandardError().constData());
        QFile::remove(pemFile);
        const crypto::SecureBytes passphrase =
            crypto::SecureBytes::fromUtf8(demo.passphrase(QStringLiteral("Hélène")));
        auto weak = crypto::Identity::load(file, passphrase);
        QVERIFY(weak.ok() && weak->protection() && weak->protection()->weakestIterations == 1000);

        MainWindow window;
        openAsHelene(window, demo);
        const QString message = window.statusBar()->currentMessage();
        QVERIFY2(message.contains(QStringLiteral("protégé à nouveau")), qPrintable(message));
        QVERIFY2(message.contains(QLocale().toString(1000)), qPrintable(message)); // "1 000" in French
        saveScreenshot(window, QStringLiteral("gui-lock-03-identity-protected-again"));
        auto strong = crypto::Identity::load(file, passphrase);
        QVERIFY(strong.ok() && strong->protection());
        QVERIFY(strong->protection()->meetsPolicy());
        QVERIFY(strong->certificate() == weak->certificate());
    }
};

QTEST_MAIN(TestGuiLock)
#include "tst_gui_lock.moc"
