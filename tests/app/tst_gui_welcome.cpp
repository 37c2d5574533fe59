// The first start: the welcome page's three choices (the demonstration, the organisation's register, creating
// it), and "Create the organisation's register", driven as its administrator would and attacked with what an
// administrator gets wrong (a short or mistyped passphrase, a file that exists, a wrong passphrase, a CA that
// is not one, an identity another CA issued): each refused with its reason, and nothing left behind.
#include "AdministratorWorkspace.h"
#include "AppTestSupport.h"
#include "CertificateAuthority.h"
#include "CreateRegisterWizard.h"
#include "GuiTestSupport.h"
#include "MainWindow.h"
#include "OpenStoreDialog.h"
#include "RegisterCreation.h"

#include <QAbstractButton>
#include <QCommandLinkButton>
#include <QDirIterator>
#include <QRadioButton>
#include <QSettings>
#include <QStackedWidget>
#include <QTemporaryDir>

using namespace probitas;
using namespace probitas::testing;

namespace {

const QString kCaPassphrase = QStringLiteral("autorité de la cour 2026");
const QString kAdminPassphrase = QStringLiteral("greffe en chef, bureau 12");

QString currentPage(MainWindow& window)
{
    return child<QStackedWidget>(window, "pages")->currentWidget()->objectName();
}

void setText(QWizard& wizard, const char* name, const QString& text)
{
    auto* field = wizard.findChild<QLineEdit*>(QString::fromLatin1(name));
    QVERIFY2(field, name);
    field->setText(text);
}

// The files in `directory`, recursively, as relative paths.
QStringList filesIn(const QString& directory)
{
    QStringList files;
    QDirIterator found(directory, QDir::Files, QDirIterator::Subdirectories);
    while (found.hasNext()) {
        files << QDir(directory).relativeFilePath(found.next());
    }
    files.sort();
    return files;
}

} // namespace

class TestGuiWelcome : public QObject
{
    Q_OBJECT

    ProductFrench m_french;
    QTemporaryDir m_directory;
    DemoTemplate m_demo;
    int m_case = 0;
    QString m_here; // a folder of this test function's own

    // Fills the three pages for a new CA and a new identity, each page's screenshot kept when `pictures`.
    void fillNewCa(gui::CreateRegisterWizard& wizard, bool pictures)
    {
        wizard.show();
        QCOMPARE(wizard.currentId(), int(gui::CreateRegisterWizard::CaPageId));
        auto* organisation = wizard.findChild<QLineEdit*>("organisation");
        organisation->setText(QStringLiteral("Cour d'appel de Versailles"));
        emit organisation->textEdited(organisation->text());
        // The authority's name and its file follow the organisation.
        QCOMPARE(wizard.findChild<QLineEdit*>("caName")->text(),
                 QStringLiteral("Autorité de certification — Cour d'appel de Versailles"));
        QVERIFY(wizard.findChild<QLineEdit*>("newCaFile")
                    ->text()
                    .endsWith("probitas-ca-cour-d-appel-de-versailles.p12"));
        setText(wizard, "newCaFile", m_here + "/ca.p12");
        setText(wizard, "caPassphrase", kCaPassphrase);
        setText(wizard, "caPassphraseAgain", kCaPassphrase);
        if (pictures) {
            saveScreenshot(wizard, "welcome-03-wizard-ca");
        }
        wizard.next();
        QVERIFY2(wizard.currentId() == gui::CreateRegisterWizard::AdministratorPageId,
                 qPrintable(problems(wizard)));
        auto* name = wizard.findChild<QLineEdit*>("administratorName");
        name->setText(QStringLiteral("Aurélie Lambert"));
        emit name->textEdited(name->text());
        QVERIFY(wizard.findChild<QLineEdit*>("newIdentityFile")->text().endsWith("aurelie-lambert.p12"));
        setText(wizard, "newIdentityFile", m_here + "/aurelie-lambert.p12");
        setText(wizard, "identityPassphrase", kAdminPassphrase);
        setText(wizard, "identityPassphraseAgain", kAdminPassphrase);
        if (pictures) {
            saveScreenshot(wizard, "welcome-04-wizard-administrator");
        }
        wizard.next();
        QVERIFY2(wizard.currentId() == gui::CreateRegisterWizard::RegisterPageId,
                 qPrintable(problems(wizard)));
        setText(wizard, "storeFile", m_here + "/registre.sqlite");
        // The law in force by default.
        QCOMPARE(wizard.findChild<QComboBox*>("regime")->currentData().toString(), QStringLiteral("lo-2023"));
        if (pictures) {
            saveScreenshot(wizard, "welcome-05-wizard-register");
        }
    }

    // "Create the register", then its end: accepted, or the failure shown.
    static bool finish(gui::CreateRegisterWizard& wizard)
    {
        wizard.button(QWizard::FinishButton)->click();
        if (!QTest::qWaitFor([&wizard] { return !wizard.isCreating(); }, 60000)) {
            return false;
        }
        return wizard.result() == QDialog::Accepted;
    }

    static QString problems(gui::CreateRegisterWizard& wizard)
    {
        const auto* page = wizard.currentPage()->findChild<QLabel*>("pageProblems");
        return page && page->isVisibleTo(&wizard) ? page->text() : QString();
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_directory.isValid());
        qputenv("XDG_CONFIG_HOME", QFile::encodeName(m_directory.filePath("config")));
        QVERIFY(prepareFrenchApplication(m_french));
        QVERIFY(m_demo.create(m_directory.filePath("template")));
    }

    void init()
    {
        QSettings().clear();
        m_here = m_directory.filePath(QStringLiteral("case%1").arg(++m_case));
        QVERIFY(QDir().mkpath(m_here));
        qputenv("XDG_DATA_HOME", QFile::encodeName(m_here + "/application-data"));
    }

    void firstStartOffersThreeChoices()
    {
        MainWindow window;
        window.resize(1100, 720);
        window.show();
        const QString defaultStore = m_here + "/probitas.sqlite";
        window.startAtLaunch(std::nullopt, defaultStore, m_here + "/demo");
        QCOMPARE(currentPage(window), QStringLiteral("page.welcome"));
        QVERIFY(!QFile::exists(defaultStore)); // nothing made before a choice
        QVERIFY(!window.session());
        const QString text = child<QLabel>(window, "welcomeText")->text();
        QVERIFY2(text.contains(QStringLiteral("Aucun registre")), qPrintable(text));
        QCOMPARE(child<QCommandLinkButton>(window, "tryDemo")->text(),
                 QStringLiteral("&Essayer la démonstration"));
        QVERIFY(child<QCommandLinkButton>(window, "openRegister")->isVisible());
        QVERIFY(child<QCommandLinkButton>(window, "createRegister")->isVisible());
        saveScreenshot(window, "welcome-01-first-start");

        // "Try the demonstration": the demo, as packaging/dev.sh run shows it.
        QSignalSpy ready(&window, &MainWindow::storeReady);
        QTest::mouseClick(child<QCommandLinkButton>(window, "tryDemo"), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(ready.count() == 1, 60000);
        QVERIFY(QFile::exists(defaultStore));
        QVERIFY(QFile::exists(m_here + "/demo/demo.json"));
        QVERIFY(child<QLabel>(window, "demoBanner")->isVisible());
        QCOMPARE(currentPage(window), QStringLiteral("page.unlock"));
    }

    void laterStartsSkipTheChoice()
    {
        // The demo tried once: the next start opens it, no choice asked again.
        const DemoCopy demo = m_demo.copyTo(m_here + "/tried");
        {
            MainWindow window;
            QSignalSpy ready(&window, &MainWindow::storeReady);
            window.startAtLaunch(std::nullopt, demo.storePath(), demo.demoDirectory());
            QVERIFY(currentPage(window) != QStringLiteral("page.welcome"));
            QTRY_VERIFY_WITH_TIMEOUT(ready.count() == 1, 60000);
        }
        // --demo (packaging/dev.sh run): the demonstration at once, made on its first use.
        {
            MainWindow window;
            QSignalSpy ready(&window, &MainWindow::storeReady);
            window.startAtLaunch(std::nullopt, m_here + "/new.sqlite", m_here + "/new-demo", true);
            QVERIFY(currentPage(window) != QStringLiteral("page.welcome"));
            QTRY_VERIFY_WITH_TIMEOUT(ready.count() == 1, 60000);
            QVERIFY(QFile::exists(m_here + "/new-demo/demo.json"));
        }
        // --store naming a file: that file (the demo made there when it is new, as before).
        {
            MainWindow window;
            QSignalSpy ready(&window, &MainWindow::storeReady);
            window.startAtLaunch(demo.storePath(), m_here + "/absent.sqlite", m_here + "/absent-demo");
            QVERIFY(currentPage(window) != QStringLiteral("page.welcome"));
            QTRY_VERIFY_WITH_TIMEOUT(ready.count() == 1, 60000);
            QVERIFY(!QFile::exists(m_here + "/absent.sqlite"));
        }
    }

    void joiningOpensTheRegisterAndAsksForOnesIdentity()
    {
        const DemoCopy court = m_demo.copyTo(m_here + "/court");
        MainWindow window;
        window.show();
        window.startAtLaunch(std::nullopt, m_here + "/probitas.sqlite", m_here + "/demo");
        QCOMPARE(currentPage(window), QStringLiteral("page.welcome"));
        // Cancelled: still the choice.
        window.openStoreDialogDriver = [](gui::OpenStoreDialog&) { return false; };
        QTest::mouseClick(child<QCommandLinkButton>(window, "openRegister"), Qt::LeftButton);
        QCOMPARE(currentPage(window), QStringLiteral("page.welcome"));
        // The register's location: the unlock page, with "Other file…" to give one's identity file.
        window.openStoreDialogDriver = [&court](gui::OpenStoreDialog& dialog) {
            dialog.findChild<QLineEdit*>("storeFile")->setText(court.storePath());
            return true;
        };
        QSignalSpy ready(&window, &MainWindow::storeReady);
        QTest::mouseClick(child<QCommandLinkButton>(window, "openRegister"), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(ready.count() == 1, 60000);
        QCOMPARE(currentPage(window), QStringLiteral("page.unlock"));
        auto* identity = child<QComboBox>(window, "identity");
        QCOMPARE(identity->itemText(identity->count() - 1), QStringLiteral("Autre fichier…"));
        QVERIFY(!QFile::exists(m_here + "/probitas.sqlite")); // no demo made meanwhile
    }

    void administratorCreatesTheRegister()
    {
        MainWindow window;
        window.resize(1100, 720);
        window.show();
        window.startAtLaunch(std::nullopt, m_here + "/probitas.sqlite", m_here + "/demo");
        bool driven = false;
        QString failure;
        window.createRegisterWizardDriver = [&](gui::CreateRegisterWizard& wizard) {
            fillNewCa(wizard, true);
            driven = finish(wizard);
            failure = problems(wizard);
            return driven;
        };
        QSignalSpy ready(&window, &MainWindow::storeReady);
        QTest::mouseClick(child<QCommandLinkButton>(window, "createRegister"), Qt::LeftButton);
        QVERIFY2(driven, qPrintable(failure));
        QTRY_VERIFY_WITH_TIMEOUT(ready.count() == 1, 60000);

        // The files, the identities readable only by their owner.
        for (const QString name : {"ca.p12", "aurelie-lambert.p12"}) {
            const QFileInfo file(m_here + "/" + name);
            QVERIFY2(file.exists(), qPrintable(name));
            QCOMPARE(file.permissions() & (QFile::ReadGroup | QFile::ReadOther | QFile::WriteOther),
                     QFile::Permissions());
        }
        QVERIFY(QFile::exists(m_here + "/registre.sqlite"));
        QVERIFY(!QFile::exists(m_here + "/probitas.sqlite")); // no demo
        QVERIFY(!child<QLabel>(window, "demoBanner")->isVisible());
        QVERIFY2(window.windowTitle().contains("registre.sqlite"), qPrintable(window.windowTitle()));

        // Unlocked with the identity chosen already: the administrator's workspace.
        QCOMPARE(currentPage(window), QStringLiteral("page.unlock"));
        auto* identity = child<QComboBox>(window, "identity");
        QCOMPARE(identity->currentData().toString(), m_here + "/aurelie-lambert.p12");
        saveScreenshot(window, "welcome-06-created-unlock");
        child<QLineEdit>(window, "passphrase")->setText(kAdminPassphrase);
        QTest::mouseClick(child<QPushButton>(window, "unlock"), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(window.findChild<gui::AdministratorWorkspace*>(), 60000);
        saveScreenshot(window, "welcome-07-administrator");
        QCOMPARE(window.session()->person.name, QStringLiteral("Aurélie Lambert"));
        QCOMPARE(window.session()->person.role, store::Role::Admin);
        auto regime = window.session()->store->directory().regime();
        QVERIFY(regime);
        QCOMPARE(regime->regime, QStringLiteral("lo-2023"));

        // The CA made is the register's anchor: it issues the next person, whom the register accepts.
        auto ca = crypto::Identity::load(m_here + "/ca.p12", crypto::SecureBytes::fromUtf8(kCaPassphrase));
        QVERIFY(ca);
        QCOMPARE(window.session()->identity.caCertificates().first().sha256FingerprintHex(),
                 ca->certificate().sha256FingerprintHex());
        auto judge = crypto::CertificateAuthority::issue(*ca, {QStringLiteral("Paul Martin"), {}});
        QVERIFY(judge);
        auto added = window.session()->store->administration().addPerson(
            window.session()->identity, QStringLiteral("Paul Martin"), store::Role::Declarant, {},
            judge->certificate());
        QVERIFY2(added, added ? "" : qPrintable(added.error().message));
    }

    void wizardRefusesWhatIsWrong_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("value");
        QTest::addColumn<int>("page");
        QTest::addColumn<QString>("said");
        QTest::newRow("no organisation") << "organisation"
                                         << "" << 0 << "Nommez l'organisation";
        QTest::newRow("short passphrase") << "caPassphrase"
                                          << "court" << 0 << "au moins 12 caractères";
        QTest::newRow("mistyped passphrase") << "caPassphraseAgain"
                                             << "autre chose encore" << 0 << "diffèrent";
        QTest::newRow("CA file exists") << "newCaFile"
                                        << "EXISTING" << 0 << "existe déjà";
        QTest::newRow("no folder") << "newCaFile"
                                   << "/nowhere/at/all/ca.p12" << 0 << "n'existe pas";
        QTest::newRow("no name") << "administratorName"
                                 << "" << 1 << "Saisissez votre nom";
        QTest::newRow("identity mistyped") << "identityPassphraseAgain"
                                           << "pas la même phrase" << 1 << "diffèrent";
        QTest::newRow("identity = CA") << "newIdentityFile"
                                       << "CAFILE" << 1 << "deux fichiers différents";
        QTest::newRow("register exists") << "storeFile"
                                         << "EXISTING" << 2 << "existe déjà";
    }

    void wizardRefusesWhatIsWrong()
    {
        QFETCH(QString, field);
        QFETCH(QString, value);
        QFETCH(int, page);
        QFETCH(QString, said);
        const QString existing = m_here + "/already-here.sqlite";
        QFile file(existing);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.close();
        if (value == "EXISTING") {
            value = existing;
        } else if (value == "CAFILE") {
            value = m_here + "/ca.p12";
        }
        gui::CreateRegisterWizard wizard;
        fillNewCa(wizard, false);
        QCOMPARE(wizard.currentId(), int(gui::CreateRegisterWizard::RegisterPageId));
        // Back to the page, the field made wrong, then on.
        while (wizard.currentId() > page) {
            wizard.back();
        }
        QCOMPARE(wizard.currentId(), page);
        setText(wizard, qPrintable(field), value);
        wizard.currentId() == gui::CreateRegisterWizard::RegisterPageId
            ? wizard.button(QWizard::FinishButton)->click()
            : wizard.next();
        QCOMPARE(wizard.currentId(), page); // not on
        QVERIFY(!wizard.isCreating());
        const QString shown = problems(wizard);
        QVERIFY2(shown.contains(said), qPrintable(shown));
        if (QTest::currentDataTag() == QByteArray("short passphrase")) {
            saveScreenshot(wizard, "welcome-08-wizard-refuses");
        }
        QCOMPARE(filesIn(m_here), QStringList{"already-here.sqlite"}); // nothing written
    }

    void failureLeavesNothingBehind_data()
    {
        QTest::addColumn<QString>("how");
        QTest::addColumn<QString>("said");
        QTest::newRow("wrong CA passphrase") << "wrong-passphrase"
                                             << "autorité de certification de l'organisation";
        QTest::newRow("an identity, not a CA") << "not-a-ca"
                                               << "n'est pas une AC";
        QTest::newRow("another CA's identity") << "foreign-identity"
                                               << "Le registre";
    }

    void failureLeavesNothingBehind()
    {
        QFETCH(QString, how);
        QFETCH(QString, said);
        // The organisation's CA, and a person it issued, made beforehand (the CLI's "ca create").
        auto ca = crypto::CertificateAuthority::createRoot(QStringLiteral("AC de la cour"), {}, 3650);
        QVERIFY(ca);
        QVERIFY(ca->save(m_here + "/org-ca.p12", crypto::SecureBytes::fromUtf8(kCaPassphrase)));
        auto other = crypto::CertificateAuthority::createRoot(QStringLiteral("AC d'ailleurs"), {}, 3650);
        QVERIFY(other);
        auto foreign = crypto::CertificateAuthority::issue(*other, {QStringLiteral("Aurélie Lambert"), {}});
        QVERIFY(foreign);
        QVERIFY(foreign->save(m_here + "/foreign.p12", crypto::SecureBytes::fromUtf8(kAdminPassphrase)));
        const QStringList before = filesIn(m_here);

        gui::CreateRegisterWizard wizard;
        wizard.show();
        wizard.findChild<QRadioButton*>("importCa")->setChecked(true);
        if (how == "foreign-identity") {
            // Only the CA's certificate, its key kept elsewhere: the identity must be one it issued.
            QFile pem(m_here + "/org-ca.pem");
            QVERIFY(pem.open(QIODevice::WriteOnly));
            pem.write(ca->certificate().toPem());
            pem.close();
            setText(wizard, "existingCaFile", m_here + "/org-ca.pem");
            QVERIFY(!wizard.findChild<QLineEdit*>("existingCaPassphrase")->isEnabled());
        } else {
            setText(wizard, "existingCaFile", m_here + (how == "not-a-ca" ? "/foreign.p12" : "/org-ca.p12"));
            setText(wizard, "existingCaPassphrase",
                    how == "wrong-passphrase" ? QStringLiteral("pas la bonne phrase")
                    : how == "not-a-ca"       ? kAdminPassphrase
                                              : kCaPassphrase);
        }
        wizard.next();
        QCOMPARE(wizard.currentId(), int(gui::CreateRegisterWizard::AdministratorPageId));
        setText(wizard, "administratorName", QStringLiteral("Aurélie Lambert"));
        if (how == "foreign-identity") {
            wizard.findChild<QRadioButton*>("existingIdentity")->setChecked(true);
            setText(wizard, "existingIdentityFile", m_here + "/foreign.p12");
            setText(wizard, "existingIdentityPassphrase", kAdminPassphrase);
        } else {
            setText(wizard, "newIdentityFile", m_here + "/aurelie.p12");
            setText(wizard, "identityPassphrase", kAdminPassphrase);
            setText(wizard, "identityPassphraseAgain", kAdminPassphrase);
        }
        wizard.next();
        QCOMPARE(wizard.currentId(), int(gui::CreateRegisterWizard::RegisterPageId));
        setText(wizard, "storeFile", m_here + "/registre.sqlite");
        QVERIFY(!finish(wizard));
        const QString shown = problems(wizard);
        QVERIFY2(shown.contains("aucun fichier n'en reste") && shown.contains(said), qPrintable(shown));
        if (how == "foreign-identity") {
            saveScreenshot(wizard, "welcome-09-wizard-failed");
            QCOMPARE(filesIn(m_here), before + QStringList{"org-ca.pem"});
        } else {
            QCOMPARE(filesIn(m_here), before);
        }
    }
};

QTEST_MAIN(TestGuiWelcome)
#include "tst_gui_welcome.moc"
