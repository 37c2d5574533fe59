// probitas: the desktop client.
#include "MainWindow.h"

#include <QApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QSettings>
#include <QTranslator>

int main(int argc, char* argv[])
{
    QApplication application(argc, argv);
    QApplication::setApplicationName(QStringLiteral("Probitas"));
    QApplication::setOrganizationName(QStringLiteral("Probitas"));
    QApplication::setApplicationVersion(QStringLiteral(PROBITAS_VERSION));

    // The interface speaks French; English is a translation chosen in the settings or by an English locale.
    const QString language =
        QSettings()
            .value(QStringLiteral("interface/language"),
                   QLocale().language() == QLocale::English ? QStringLiteral("en") : QStringLiteral("fr"))
            .toString();
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

    probitas::MainWindow window;
    window.show();
    return QApplication::exec();
}
