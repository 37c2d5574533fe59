// "Préférences…" and "À propos": the language, the idle delay and the store opened at start, kept in
// QSettings (in a configuration folder of the test's own), and what "About" says of the version, the
// algorithms and the libraries' licences.
#include "AppTestSupport.h"
#include "GuiTestSupport.h"
#include "MainWindow.h"
#include "PreferencesDialog.h"

#include <QComboBox>
#include <QSettings>
#include <QSpinBox>
#include <QTemporaryDir>

using namespace probitas;
using namespace probitas::testing;

class TestGuiPreferences : public QObject
{
    Q_OBJECT

    ProductFrench m_french;
    QTemporaryDir m_directory;
    QString m_otherStore; // a store file that exists, among the recent ones

private slots:
    void initTestCase()
    {
        QVERIFY(m_directory.isValid());
        qputenv("XDG_CONFIG_HOME", QFile::encodeName(m_directory.filePath(QStringLiteral("config"))));
        QVERIFY(prepareFrenchApplication(m_french));
        QCoreApplication::setApplicationVersion(QStringLiteral(PROBITAS_VERSION)); // as main() does
        m_otherStore = m_directory.filePath(QStringLiteral("tribunal.sqlite"));
        QFile file(m_otherStore);
        QVERIFY(file.open(QIODevice::WriteOnly));
    }

    void init()
    {
        QSettings settings;
        settings.clear();
        settings.setValue(QStringLiteral("stores/recent"),
                          QStringList{m_directory.filePath(QStringLiteral("dernier.sqlite")), m_otherStore});
        settings.setValue(QStringLiteral("stores/last"),
                          m_directory.filePath(QStringLiteral("dernier.sqlite")));
    }

    void defaults()
    {
        QCOMPARE(gui::PreferencesDialog::language(), QStringLiteral("fr"));
        QCOMPARE(gui::PreferencesDialog::idleLockMinutes(), 10);
        QCOMPARE(gui::PreferencesDialog::storeAtStart(), QString());
        MainWindow window;
        QCOMPARE(window.idleLockDelay(), std::chrono::milliseconds(std::chrono::minutes(10)));
    }

    void choicesAreKeptAndUsed()
    {
        MainWindow window;
        bool shown = false;
        QString languageBefore, atStartBefore;
        int idleBefore = -1, storesOffered = -1;
        window.preferencesDialogDriver = [&](gui::PreferencesDialog& dialog) {
            dialog.show();
            auto* language = child<QComboBox>(dialog, "language");
            auto* idle = child<QSpinBox>(dialog, "idleLockMinutes");
            auto* atStart = child<QComboBox>(dialog, "storeAtStart");
            languageBefore = language->currentData().toString();
            idleBefore = idle->value();
            storesOffered = atStart->count();
            atStartBefore = atStart->currentText();
            saveScreenshot(dialog, QStringLiteral("gui-preferences-01"));
            language->setCurrentIndex(language->findData(QStringLiteral("en")));
            idle->setValue(25);
            atStart->setCurrentIndex(atStart->findData(m_otherStore));
            shown = true;
            return true;
        };
        window.editPreferences();
        QVERIFY(shown);
        // As they were: French, 10 minutes, the last store opened, then the two recent ones.
        QCOMPARE(languageBefore, QStringLiteral("fr"));
        QCOMPARE(idleBefore, 10);
        QCOMPARE(storesOffered, 3);
        QCOMPARE(atStartBefore, QStringLiteral("Le dernier registre ouvert"));
        QCOMPARE(gui::PreferencesDialog::language(), QStringLiteral("en"));
        QCOMPARE(gui::PreferencesDialog::idleLockMinutes(), 25);
        QCOMPARE(gui::PreferencesDialog::storeAtStart(), m_otherStore);
        QCOMPARE(window.idleLockDelay(), std::chrono::milliseconds(std::chrono::minutes(25)));
        // The store named opens at the next start, rather than the last one opened.
        QCOMPARE(MainWindow::storeToReopen(false, QStringLiteral("/nowhere/default.sqlite")),
                 std::optional<QString>(m_otherStore));
        QCOMPARE(MainWindow::storeToReopen(true, QStringLiteral("/nowhere/default.sqlite")), std::nullopt);

        // "Never": no idle lock at all.
        QString neverShownAs;
        window.preferencesDialogDriver = [&neverShownAs](gui::PreferencesDialog& dialog) {
            child<QSpinBox>(dialog, "idleLockMinutes")->setValue(0);
            neverShownAs = child<QSpinBox>(dialog, "idleLockMinutes")->text();
            return true;
        };
        window.editPreferences();
        QCOMPARE(neverShownAs, QStringLiteral("Jamais"));
        QCOMPARE(window.idleLockDelay(), std::chrono::milliseconds(0));
    }

    void cancelKeepsNothing()
    {
        MainWindow window;
        window.preferencesDialogDriver = [](gui::PreferencesDialog& dialog) {
            child<QSpinBox>(dialog, "idleLockMinutes")->setValue(42);
            child<QComboBox>(dialog, "language")->setCurrentIndex(1);
            return false;
        };
        window.editPreferences();
        QCOMPARE(gui::PreferencesDialog::idleLockMinutes(), 10);
        QCOMPARE(gui::PreferencesDialog::language(), QStringLiteral("fr"));
        QVERIFY(!QSettings().contains(QStringLiteral("security/idleLockMinutes")));
    }

    // "À propos de Probitas": the version, the algorithms in use, the libraries and their licences.
    void aboutSaysWhatIsInUse()
    {
        const QString about = MainWindow::aboutText();
        for (const QString& expected :
             {QStringLiteral(PROBITAS_VERSION), QStringLiteral("ECDSA P-256"), QStringLiteral("SHA-256"),
              QStringLiteral("AES-256-GCM"), QStringLiteral("RSA-OAEP"), QStringLiteral("PBKDF2"),
              QStringLiteral("OpenSSL 3."), QStringLiteral("Apache-2.0"), QStringLiteral("LGPL-3.0"),
              QStringLiteral("Qt 6."), QStringLiteral("Cryptographie")}) {
            QVERIFY2(about.contains(expected), qPrintable(expected + QStringLiteral(" in ") + about));
        }
    }
};

QTEST_MAIN(TestGuiPreferences)
#include "tst_gui_preferences.moc"
