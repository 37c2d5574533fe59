#pragma once

// Helpers for the tests that drive the whole client: a demo store made once per test process and copied
// for each test, its members from demo.json, and starting and unlocking a MainWindow as a person would.
#include "BuiltInData.h"
#include "CryptoInit.h"
#include "Demo.h"
#include "GuiTestSupport.h"
#include "MainWindow.h"
#include "ProductFrench.h"
#include "Store.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLineEdit>
#include <QProgressBar>
#include <QSignalSpy>
#include <QTest>

namespace probitas::testing {

// What every GUI suite of the application starts with: the interface in French, as a magistrate sees it
// (`french`, which the suite keeps), the crypto self-test, and the built-in courts, forms and rules.
inline bool prepareFrenchApplication(ProductFrench& french)
{
    QLocale::setDefault(QLocale(QLocale::French, QLocale::France));
    QCoreApplication::installTranslator(&french);
    if (!crypto::initialize()) {
        qWarning("the cryptographic self-test failed");
        return false;
    }
    if (Status loaded = loadBuiltInData(); !loaded) {
        qWarning("%s", qPrintable(loaded.error().message));
        return false;
    }
    return true;
}

inline QJsonObject demoMember(const QString& demoDirectory, const QString& namePrefix)
{
    QFile file(demoDirectory + "/demo.json");
    if (!file.open(QIODevice::ReadOnly)) {
        qFatal("no %s", qPrintable(file.fileName()));
    }
    for (const QJsonValue& value : QJsonDocument::fromJson(file.readAll()).array()) {
        if (value["name"].toString().startsWith(namePrefix)) {
            return value.toObject();
        }
    }
    qFatal("no demo member %s", qPrintable(namePrefix));
}

// A store and its identities, as `probitas-cli init --demo` leaves them.
struct DemoCopy
{
    QString directory;
    QString storePath() const { return directory + "/probitas.sqlite"; }
    QString demoDirectory() const { return directory + "/demo"; }
    QJsonObject member(const QString& namePrefix) const { return demoMember(demoDirectory(), namePrefix); }
    QString identityPath(const QString& namePrefix) const
    {
        return demoDirectory() + "/" + member(namePrefix)["identity"].toString();
    }
    QString passphrase(const QString& namePrefix) const
    {
        return member(namePrefix)["passphrase"].toString();
    }
};

// Creating the demo costs a PBKDF2 per identity: it is made once, closed (so SQLite folds its WAL into the
// file), and copied for each test.
class DemoTemplate
{
public:
    bool create(const QString& directory)
    {
        m_directory = directory;
        auto opened = store::Store::open(directory + "/probitas.sqlite");
        if (!opened) {
            qWarning("%s", qPrintable(opened.error().message));
            return false;
        }
        auto demo = store::createDemo(**opened, directory + "/demo");
        if (!demo) {
            qWarning("%s", qPrintable(demo.error().message));
        }
        return demo.ok();
    }

    DemoCopy copyTo(const QString& directory) const
    {
        QDir().mkpath(directory + "/demo");
        for (const QString& name : QDir(m_directory).entryList(QDir::Files)) {
            QFile::copy(m_directory + "/" + name, directory + "/" + name);
        }
        for (const QString& name : QDir(m_directory + "/demo").entryList(QDir::Files)) {
            QFile::copy(m_directory + "/demo/" + name, directory + "/demo/" + name);
        }
        return {directory};
    }

private:
    QString m_directory;
};

inline void startWindow(MainWindow& window, const DemoCopy& demo)
{
    // Each copy of the demo store is the same store (one id) at another moment: a client that remembered
    // the head of a copy taken further would rightly refuse an earlier one. Each copy is therefore seen from
    // a computer of its own (the application data, where the heads are remembered).
    qputenv("XDG_DATA_HOME", QFile::encodeName(demo.directory + "/application-data"));
    QSignalSpy ready(&window, &MainWindow::storeReady);
    window.resize(1280, 800);
    window.show();
    window.start(demo.storePath(), demo.demoDirectory());
    QTRY_VERIFY_WITH_TIMEOUT(ready.count() == 1, 60000);
}

// Chooses the demo member whose name starts with `namePrefix`, types the passphrase and clicks "Unlock";
// returns once the key derivation is over (unlocked or refused).
inline void unlockAs(MainWindow& window, const QString& namePrefix, const QString& passphrase)
{
    auto* identity = child<QComboBox>(window, "identity");
    QVERIFY(identity);
    const int index = identity->findText(namePrefix, Qt::MatchStartsWith);
    QVERIFY2(index >= 0, qPrintable(namePrefix));
    identity->setCurrentIndex(index);
    child<QLineEdit>(window, "passphrase")->setText(passphrase);
    QTest::mouseClick(child<QPushButton>(window, "unlock"), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(child<QPushButton>(window, "unlock")->isEnabled(), 60000);
}

} // namespace probitas::testing
