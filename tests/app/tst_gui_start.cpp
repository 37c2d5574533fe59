// The probitas executable starts in either interface language, shows its main window and renders it.
#include <QDir>
#include <QImage>
#include <QProcess>
#include <QTest>

class TestGuiStart : public QObject
{
    Q_OBJECT

private slots:
    void startsAndRenders_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("French") << "fr";
        QTest::newRow("English") << "en";
    }

    void startsAndRenders()
    {
        QFETCH(QString, language);
        const QString directory = qEnvironmentVariable("PROBITAS_TEST_ARTIFACTS", QDir::tempPath());
        const QString path = QDir(directory).filePath("main-window-" + language + ".png");
        QFile::remove(path);
        QProcess process;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert("QT_QPA_PLATFORM", "offscreen");
        environment.insert("LANGUAGE", language);
        environment.insert("LC_ALL", language == "fr" ? "fr_FR.UTF-8" : "en_GB.UTF-8");
        environment.insert("XDG_CONFIG_HOME", QDir::tempPath() + "/probitas-gui-test-config");
        process.setProcessEnvironment(environment);
        process.start(QStringLiteral(PROBITAS_GUI_PATH), {"--screenshot", path});
        QVERIFY(process.waitForFinished(60000));
        QCOMPARE(process.exitStatus(), QProcess::NormalExit);
        QVERIFY2(process.exitCode() == 0, process.readAllStandardError().constData());
        const QImage image(path);
        QVERIFY2(!image.isNull(), qPrintable(path));
        QVERIFY(image.width() >= 800 && image.height() >= 500);
    }
};

QTEST_GUILESS_MAIN(TestGuiStart)
#include "tst_gui_start.moc"
