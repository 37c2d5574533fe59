// The outbox of drafts the server could not take, without any store: written whole and owner-only, read back
// only as written, and never lost. From the side of someone who can write the folder: a file edited by hand,
// cut short, emptied, or brought from another store or person is refused with a message naming it, and stays
// byte for byte; a newer draft sets it aside instead of overwriting it.
#include "DraftOutbox.h"
#include "StoreTypes.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtTest>
#include <sys/stat.h>

using namespace probitas;
using namespace probitas::gui;

namespace {

const QString kStore = QStringLiteral("postgresql://juge@db.example.fr:5432/probitas?sslmode=verify-full");
const QString kDeclarant = QStringLiteral("3f1c9a");

// Opaque bytes standing for an envelope: the outbox never reads inside them.
QByteArray sealedBytes(char fill = 'x')
{
    QByteArray bytes(700, fill);
    bytes.prepend(QByteArray::fromHex("3082"));
    return bytes;
}

int modeOf(const QString& path)
{
    struct stat status = {};
    if (::stat(QFile::encodeName(path).constData(), &status) != 0) {
        return -1;
    }
    return int(status.st_mode & 07777);
}

QByteArray readAll(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

bool writeAll(const QString& path, const QByteArray& bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(bytes) == bytes.size();
}

QByteArray editedJson(const QByteArray& original, const QString& key, const QJsonValue& value)
{
    QJsonObject object = QJsonDocument::fromJson(original).object();
    object.insert(key, value);
    return QJsonDocument(object).toJson();
}

} // namespace

class TestDraftOutbox : public QObject
{
    Q_OBJECT

    QTemporaryDir m_directory;
    int m_case = 0;

    QString freshFolder() { return m_directory.filePath(QStringLiteral("outbox-%1").arg(++m_case)); }

private slots:
    void initTestCase() { QVERIFY(m_directory.isValid()); }

    // Kept and read back as given, owner-only in an owner-only folder, then removed once sent.
    void keptWholeAndOwnerOnly()
    {
        const QString folder = freshFolder();
        const DraftOutbox outbox(folder, kStore, kDeclarant);
        QVERIFY(!outbox.isWaiting());
        QCOMPARE(outbox.take().error().code, QString(store::errors::NotFound));

        auto put = outbox.put(sealedBytes());
        QVERIFY2(put.ok(), qPrintable(put ? QString() : put.error().message));
        QVERIFY(put->isEmpty()); // nothing set aside
        QVERIFY(outbox.isWaiting());
        QCOMPARE(modeOf(outbox.filePath()), 0600);
        QCOMPARE(modeOf(folder), 0700);
        // The file's name says neither the store nor the person.
        QVERIFY(!outbox.filePath().contains(QStringLiteral("juge")));
        QVERIFY(!outbox.filePath().contains(kDeclarant));
        auto taken = outbox.take();
        QVERIFY(taken.ok());
        QCOMPARE(*taken, sealedBytes());
        // Taking does not remove: only a store that holds the draft does.
        QVERIFY(outbox.isWaiting());

        // A newer draft replaces the one waiting.
        QVERIFY(outbox.put(sealedBytes('y')).ok());
        QCOMPARE(*outbox.take(), sealedBytes('y'));
        QCOMPARE(QDir(folder).entryList(QDir::Files).size(), 1);

        QVERIFY(outbox.remove().ok());
        QVERIFY(!outbox.isWaiting());
        QVERIFY(outbox.remove().ok()); // nothing there: nothing to do
    }

    // One file per store and per person: another's outbox does not see it.
    void onePerStoreAndPerson()
    {
        const QString folder = freshFolder();
        const DraftOutbox juge(folder, kStore, kDeclarant);
        const DraftOutbox otherStore(folder, kStore + QStringLiteral("x"), kDeclarant);
        const DraftOutbox otherPerson(folder, kStore, QStringLiteral("77aa"));
        QVERIFY(juge.put(sealedBytes()).ok());
        QVERIFY(!otherStore.isWaiting());
        QVERIFY(!otherPerson.isWaiting());
        QVERIFY(juge.filePath() != otherStore.filePath());
        QVERIFY(juge.filePath() != otherPerson.filePath());
    }

    void editedFileRefusedAndKept_data()
    {
        QTest::addColumn<QString>("edit");
        QTest::addColumn<QString>("code");
        QTest::newRow("cut in half") << "truncated" << QString(outbox::Damaged);
        QTest::newRow("cut to its first byte") << "first-byte" << QString(outbox::Damaged);
        QTest::newRow("emptied") << "empty" << QString(outbox::Damaged);
        QTest::newRow("not JSON") << "garbage" << QString(outbox::Damaged);
        QTest::newRow("envelope edited, hash kept") << "sealed" << QString(outbox::Damaged);
        QTest::newRow("envelope and hash edited, base64 broken") << "bad-base64" << QString(outbox::Damaged);
        QTest::newRow("envelope removed") << "no-sealed" << QString(outbox::Damaged);
        QTest::newRow("another format") << "format" << QString(outbox::Damaged);
        QTest::newRow("a future version") << "version" << QString(outbox::Damaged);
        QTest::newRow("another store's draft") << "store" << QString(outbox::Elsewhere);
        QTest::newRow("another person's draft") << "declarant" << QString(outbox::Elsewhere);
    }

    // Whoever can write the folder edits the file: it is refused with a message that names it and says it is
    // kept; it stays byte for byte; and a newer draft sets it aside rather than overwriting it.
    void editedFileRefusedAndKept()
    {
        QFETCH(QString, edit);
        QFETCH(QString, code);
        const QString folder = freshFolder();
        const DraftOutbox outbox(folder, kStore, kDeclarant);
        QVERIFY(outbox.put(sealedBytes()).ok());
        const QByteArray original = readAll(outbox.filePath());
        QByteArray edited;
        if (edit == QLatin1String("truncated")) {
            edited = original.left(original.size() / 2);
        } else if (edit == QLatin1String("first-byte")) {
            edited = original.left(1);
        } else if (edit == QLatin1String("garbage")) {
            edited = QByteArrayLiteral("\x30\x82\x01\x00 not an outbox file");
        } else if (edit == QLatin1String("sealed")) {
            edited = editedJson(original, QStringLiteral("sealed"),
                                QString::fromLatin1(sealedBytes('z').toBase64()));
        } else if (edit == QLatin1String("bad-base64")) {
            edited = editedJson(original, QStringLiteral("sealed"), QStringLiteral("@@@not base64@@@"));
        } else if (edit == QLatin1String("no-sealed")) {
            QJsonObject object = QJsonDocument::fromJson(original).object();
            object.remove(QStringLiteral("sealed"));
            edited = QJsonDocument(object).toJson();
        } else if (edit == QLatin1String("format")) {
            edited = editedJson(original, QStringLiteral("format"), QStringLiteral("probitas-draft"));
        } else if (edit == QLatin1String("version")) {
            edited = editedJson(original, QStringLiteral("version"), 2);
        } else if (edit == QLatin1String("store")) {
            edited = editedJson(original, QStringLiteral("store"), QStringLiteral("postgresql://x@y/z"));
        } else if (edit == QLatin1String("declarant")) {
            edited = editedJson(original, QStringLiteral("declarant"), QStringLiteral("77aa"));
        }
        QVERIFY(writeAll(outbox.filePath(), edited));

        auto taken = outbox.take();
        QVERIFY(!taken.ok());
        QCOMPARE(taken.error().code, code);
        QCOMPARE(taken.error().kind, ErrorKind::Integrity);
        QVERIFY2(taken.error().message.contains(QDir::toNativeSeparators(outbox.filePath())),
                 qPrintable(taken.error().message));
        QVERIFY2(taken.error().message.contains(QStringLiteral("kept there")),
                 qPrintable(taken.error().message));
        QCOMPARE(readAll(outbox.filePath()), edited); // nothing lost, nothing "repaired"

        // The next draft goes in; the unreadable file is set aside beside it, unchanged.
        auto put = outbox.put(sealedBytes('n'));
        QVERIFY2(put.ok(), qPrintable(put ? QString() : put.error().message));
        QVERIFY(!put->isEmpty());
        QCOMPARE(readAll(*put), edited);
        QCOMPARE(modeOf(*put), 0600);
        QCOMPARE(*outbox.take(), sealedBytes('n'));
    }

    // Two versions of a draft, one chosen: the other is never removed. The one waiting is moved aside, and
    // the store's is written aside, each in the outbox's own format, owner-only, beside the waiting file:
    // renamed to its name, either is the draft waiting again, byte for byte. Neither takes the waiting file's
    // place.
    void otherVersionKeptAside()
    {
        const QString folder = freshFolder();
        const DraftOutbox outbox(folder, kStore, kDeclarant);
        QVERIFY(outbox.put(sealedBytes('l')).ok());
        auto older = outbox.setAside(QStringLiteral("older"));
        QVERIFY2(older.ok(), qPrintable(older ? QString() : older.error().message));
        QVERIFY(!outbox.isWaiting());
        QVERIFY(older->startsWith(outbox.filePath() + QStringLiteral(".older-")));
        QCOMPARE(modeOf(*older), 0600);

        auto fromServer = outbox.keepAside(sealedBytes('s'), QStringLiteral("from-server"));
        QVERIFY2(fromServer.ok(), qPrintable(fromServer ? QString() : fromServer.error().message));
        QVERIFY(!outbox.isWaiting());
        QVERIFY(fromServer->startsWith(outbox.filePath() + QStringLiteral(".from-server-")));
        QCOMPARE(modeOf(*fromServer), 0600);

        for (const auto& [path, bytes] :
             {std::pair{*older, sealedBytes('l')}, std::pair{*fromServer, sealedBytes('s')}}) {
            QVERIFY(QFile::rename(path, outbox.filePath()));
            auto taken = outbox.take();
            QVERIFY(taken.ok());
            QCOMPARE(*taken, bytes);
            QVERIFY(outbox.remove().ok());
        }
        // Nothing waiting to move aside: said so, nothing made.
        QVERIFY(!outbox.setAside(QStringLiteral("older")).ok());
        QCOMPARE(QDir(folder).entryList(QDir::Files).size(), 0);
    }

    // A file the outbox cannot read at all (permissions) is an Environment error, and is not set aside:
    // it may be fine once readable.
    void unreadableFileIsNotSetAside()
    {
        if (::geteuid() == 0) {
            QSKIP("root reads every file");
        }
        const QString folder = freshFolder();
        const DraftOutbox outbox(folder, kStore, kDeclarant);
        QVERIFY(outbox.put(sealedBytes()).ok());
        QVERIFY(QFile::setPermissions(outbox.filePath(), QFileDevice::WriteOwner));
        QCOMPARE(outbox.take().error().kind, ErrorKind::Environment);
        QVERIFY(QFile::setPermissions(outbox.filePath(), QFileDevice::ReadOwner | QFileDevice::WriteOwner));
    }
};

QTEST_GUILESS_MAIN(TestDraftOutbox)
#include "tst_draftoutbox.moc"
