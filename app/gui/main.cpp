// probitas: the desktop client.
#include "BuiltInData.h"
#include "CryptoInit.h"
#include "MainWindow.h"
#include "PreferencesDialog.h"
#include "Store.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QIcon>
#include <QLibraryInfo>
#include <QLocale>
#include <QMessageBox>
#include <QSettings>
#include <QStandardPaths>
#include <QTimer>
#include <QTranslator>

int main(int argc, char* argv[])
{
    // Before anything else, and so before any secret exists: no core dump, no ptrace by other users.
    const probitas::Status hardened = probitas::crypto::hardenProcess();
    QApplication application(argc, argv);
    QApplication::setApplicationName(QStringLiteral("Probitas"));
    QApplication::setOrganizationName(QStringLiteral("Probitas"));
    QApplication::setApplicationVersion(QStringLiteral(PROBITAS_VERSION));
    // The desktop entry the package installs: the desktop names and groups the window by it.
    QApplication::setDesktopFileName(QStringLiteral("fr.probitas.Probitas"));

    // The interface speaks French; English is a translation chosen in the settings or by an English locale.
    const QString language = probitas::gui::PreferencesDialog::language();
    QLocale::setDefault(QLocale(language == QLatin1String("en") ? QLocale::English : QLocale::French,
                                language == QLatin1String("en") ? QLocale::UnitedKingdom : QLocale::France));
    QTranslator qtTranslator;
    if (qtTranslator.load(QLocale(), QStringLiteral("qtbase"), QStringLiteral("_"),
                          QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QApplication::installTranslator(&qtTranslator);
    }
    QTranslator translator;
    if (translator.load(QLocale(), QStringLiteral("probitas"), QStringLiteral("_"),
                        QStringLiteral(":/i18n"))) {
        QApplication::installTranslator(&translator);
    }

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main",
                                                             "Declarations of interests and of assets of "
                                                             "judicial magistrates."));
    parser.addHelpOption();
    parser.addVersionOption();
    // For documentation and tests: render the main window into a PNG file and quit.
    const QCommandLineOption screenshotOption(
        QStringLiteral("screenshot"), QApplication::translate("main", "Save the window as a PNG and quit."),
        QStringLiteral("FILE"));
    parser.addOption(screenshotOption);
    const QCommandLineOption storeOption(
        QStringLiteral("store"),
        QApplication::translate(
            "main", "The store to open: a SQLite file (default: %1) or postgresql://user@host:port/db. "
                    "When the file does not exist, the demonstration store is created there; never "
                    "in a PostgreSQL database.")
            .arg(probitas::store::Store::defaultPath()),
        QStringLiteral("PATH"));
    parser.addOption(storeOption);
    const QCommandLineOption demoOption(
        QStringLiteral("demo"),
        QApplication::translate("main", "Open the demonstration store (created at its first use) at once, "
                                        "without the first start's choice."));
    parser.addOption(demoOption);
    parser.process(application);

    if (!hardened) {
        QMessageBox::critical(nullptr, QApplication::translate("main", "Probitas cannot start"),
                              hardened.error().message);
        return 5;
    }
    // The known-answer self-test: no signing or sealing with a library that fails it.
    if (const probitas::Status selfTest = probitas::crypto::initialize(); !selfTest) {
        QMessageBox::critical(nullptr, QApplication::translate("main", "Probitas cannot start"),
                              selfTest.error().message);
        return 5;
    }
    if (const probitas::Status data = probitas::loadBuiltInData(); !data) {
        QMessageBox::critical(nullptr, QApplication::translate("main", "Probitas cannot start"),
                              data.error().message);
        return 5;
    }

    QApplication::setWindowIcon(QIcon::fromTheme(QStringLiteral("fr.probitas.Probitas"))); // the package's
    probitas::MainWindow window;
    window.remembersStores = true;
    window.restoreWindowState();
    window.show();
    // A screenshot shows the window as it opens, without touching any store.
    if (!parser.isSet(screenshotOption)) {
        const QString appData = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
        const QString defaultStore = probitas::store::Store::defaultPath();
        // The store opened last reopens (a server's password asked again), unless --store names one.
        window.startAtLaunch(
            parser.isSet(storeOption) ? std::optional<QString>(parser.value(storeOption)) : std::nullopt,
            defaultStore, QDir(appData).filePath(QStringLiteral("demo")), parser.isSet(demoOption));
    } else {
        const QString path = parser.value(screenshotOption);
        QTimer::singleShot(0, &window,
                           [&window, path] { QApplication::exit(window.grab().save(path, "PNG") ? 0 : 5); });
    }
    return QApplication::exec();
}
