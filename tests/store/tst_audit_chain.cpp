// verifyAuditChain on trails built in memory: version 1 (unwitnessed) and version 2 (witnessed) entries,
// alone and mixed, each tampered in one way, under both verification modes.
#include "AuditChain.h"
#include "Signature.h"
#include "StoreTestSupport.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QTimeZone>
#include <QtTest>
#include <set>

using namespace probitas;
using namespace probitas::store;
using namespace probitas::store::testing;

Q_DECLARE_METATYPE(std::set<int>)

namespace {

const QDateTime kStart(QDate(2026, 11, 22), QTime(9, 0), Qt::UTC);

// A trail of `count` entries alternating between two actors; entries before `firstWitnessed` are version 1.
// Entry i is dated kStart + i seconds, unless `dated` gives its time: each is signed as its writer dated it.
// Entries in `linked` are version 3: their writer committed to the predecessor without seeing it. Entries in
// `forged` were signed by their writer with a signature of other bytes, as an attacker appending through a
// server that cannot verify signatures would.
std::vector<AuditEntry> trail(int count, int firstWitnessed, const std::map<int, QDateTime>& dated = {},
                              const std::set<int>& linked = {}, const std::set<int>& forged = {})
{
    std::vector<AuditEntry> entries;
    QString previousHash = auditGenesisHash();
    QString previousSignatureHash = auditGenesisHash();
    for (int i = 1; i <= count; ++i) {
        AuditEntry entry;
        entry.version = i < firstWitnessed ? 1
                        : linked.count(i)  ? AuditEntry::kLinkedVersion
                                           : AuditEntry::kWitnessedVersion;
        entry.sequence = i;
        entry.at = dated.count(i) ? dated.at(i) : kStart.addSecs(i);
        entry.actorId = i % 2 ? "juge" : "president";
        entry.action = "open";
        entry.declarationId = "d1";
        entry.previousHash = previousHash;
        if (entry.version >= AuditEntry::kWitnessedVersion) {
            entry.previousSignatureHash = previousSignatureHash;
        }
        const QByteArray canonical = entry.canonical();
        entry.hash = auditHash(canonical);
        entry.signature = crypto::Signature::sign(forged.count(i) ? QByteArray("other bytes") : canonical,
                                                  i % 2 ? org().juge : org().president)
                              .value();
        previousHash = entry.hash;
        previousSignatureHash = auditHash(entry.signature);
        entries.push_back(entry);
    }
    return entries;
}

std::map<QString, crypto::Certificate> certificates()
{
    return {{"juge", org().juge.certificate()}, {"president", org().president.certificate()}};
}

// Replaces entry `sequence`'s signature by a valid signature of other bytes.
void resign(std::vector<AuditEntry>& entries, qint64 sequence)
{
    entries[size_t(sequence - 1)].signature = crypto::Signature::sign("other bytes", org().juge).value();
}

} // namespace

Q_DECLARE_METATYPE(probitas::store::AuditEntry)

class TestAuditChain : public QObject
{
    Q_OBJECT

private slots:
    void wholeTrails_data();
    void wholeTrails();
    void tampered_data();
    void tampered();
    void jsonRoundTrip();
    void canonicalIsTheSortedCompactJson_data();
    void canonicalIsTheSortedCompactJson();
    void hashIsSha256();
    void timeGoesBackwards_data();
    void timeGoesBackwards();
    void linkedEntriesVouchForNothing_data();
    void linkedEntriesVouchForNothing();
};

void TestAuditChain::wholeTrails_data()
{
    QTest::addColumn<int>("firstWitnessed");
    QTest::addColumn<qint64>("chainSignatures"); // what the chain mode verifies
    QTest::newRow("all witnessed") << 1 << qint64(1);
    QTest::newRow("all version 1") << 21 << qint64(20);
    QTest::newRow("upgraded at 8") << 8 << qint64(8); // 7 version 1 entries and the newest
}

void TestAuditChain::wholeTrails()
{
    QFETCH(int, firstWitnessed);
    QFETCH(qint64, chainSignatures);
    const auto entries = trail(20, firstWitnessed);
    const AuditReport chain = verifyAuditChain(entries, certificates(), AuditVerification::Chain);
    QVERIFY2(chain.firstBad == 0, qPrintable(chain.problem));
    QCOMPARE(chain.checked, 20);
    QCOMPARE(chain.signaturesVerified, chainSignatures);
    QCOMPARE(chain.headHash, entries.back().hash);
    const AuditReport every = verifyAuditChain(entries, certificates(), AuditVerification::EverySignature);
    QCOMPARE(every.firstBad, 0);
    QCOMPARE(every.signaturesVerified, 20);
}

void TestAuditChain::tampered_data()
{
    QTest::addColumn<int>("firstWitnessed");
    QTest::addColumn<QString>("change");
    QTest::addColumn<qint64>("firstBad");
    for (int firstWitnessed : {1, 8, 21}) {
        const QByteArray suffix = QByteArray(" (witnessed from ") + QByteArray::number(firstWitnessed) + ")";
        QTest::newRow("details" + suffix) << firstWitnessed << "details" << qint64(5);
        QTest::newRow("rehashed" + suffix) << firstWitnessed << "rehashed" << qint64(5);
        QTest::newRow("signature" + suffix) << firstWitnessed << "signature" << qint64(5);
        QTest::newRow("newest signature" + suffix) << firstWitnessed << "newest" << qint64(20);
        QTest::newRow("removed" + suffix) << firstWitnessed << "removed" << qint64(5);
        QTest::newRow("unknown actor" + suffix) << firstWitnessed << "actor" << qint64(5);
    }
}

void TestAuditChain::tampered()
{
    QFETCH(int, firstWitnessed);
    QFETCH(QString, change);
    QFETCH(qint64, firstBad);
    auto entries = trail(20, firstWitnessed);
    auto certs = certificates();
    if (change == "details") {
        entries[4].details = {{"note", "changed"}};
    } else if (change == "rehashed") {
        // Entry 5 changed and every hash after it recomputed: only signatures can tell.
        entries[4].details = {{"note", "changed"}};
        for (size_t i = 4; i < entries.size(); ++i) {
            if (i > 4) {
                entries[i].previousHash = entries[i - 1].hash;
            }
            entries[i].hash = auditHash(entries[i].canonical());
        }
    } else if (change == "signature") {
        resign(entries, 5);
    } else if (change == "newest") {
        resign(entries, 20);
    } else if (change == "removed") {
        entries.erase(entries.begin() + 4);
    } else if (change == "actor") {
        certs.erase(entries[4].actorId == "juge" ? QString("juge") : QString("president"));
        firstBad = entries[4].actorId == entries[0].actorId ? 1 : 2; // the first entry of that actor
    }
    for (AuditVerification verification : {AuditVerification::Chain, AuditVerification::EverySignature}) {
        const AuditReport report = verifyAuditChain(entries, certs, verification);
        QVERIFY2(report.firstBad == firstBad,
                 qPrintable(QString::number(report.firstBad) + ": " + report.problem));
        QVERIFY(report.problem.contains(QString::number(firstBad)));
    }
}

void TestAuditChain::jsonRoundTrip()
{
    const auto entries = trail(3, 2);
    for (const AuditEntry& entry : entries) {
        auto back = AuditEntry::fromJson(entry.toJson());
        QVERIFY(back.ok());
        QCOMPARE(back->canonical(), entry.canonical());
        QCOMPARE(back->signature, entry.signature);
        QCOMPARE(back->hash, entry.hash);
    }
    QJsonObject broken = entries[0].toJson();
    broken.insert("signature", "not base64 !");
    QVERIFY(!AuditEntry::fromJson(broken).ok());
}

// The trail's and the envelopes' hashes (OpenSSL's SHA-256, crypto::sha256): FIPS 180-2 vectors, and a
// megabyte against Qt's own implementation.
void TestAuditChain::canonicalIsTheSortedCompactJson_data()
{
    QTest::addColumn<AuditEntry>("entry");
    AuditEntry plain;
    plain.sequence = 1234567890123;
    plain.at = QDateTime(QDate(2026, 12, 6), QTime(9, 30, 1, 7), Qt::UTC);
    plain.actorId = QStringLiteral("0b0e5d4e-61c2-4a53-9e8c-2d9b3f0c1a77");
    plain.action = QStringLiteral("file");
    plain.declarationId = QStringLiteral("7f6d2c1e-0000-4000-8000-000000000001");
    plain.details = {{QStringLiteral("recipients"), QJsonArray{QStringLiteral("tj-paris:president")}},
                     {QStringLiteral("changed-on"), QJsonValue()},
                     {QStringLiteral("note"), QStringLiteral("Écrit à \"Paris\"\n\\ fin")}};
    plain.previousHash = auditGenesisHash();
    plain.previousSignatureHash = QString(64, QLatin1Char('f'));
    QTest::newRow("plain, details escaped") << plain;
    AuditEntry noDeclaration = plain;
    noDeclaration.declarationId.clear();
    noDeclaration.details = {};
    QTest::newRow("no declaration, no details") << noDeclaration;
    AuditEntry version1 = plain;
    version1.version = 1;
    QTest::newRow("version 1: no previous signature") << version1;
    AuditEntry noTime = plain;
    noTime.at = QDateTime();
    QTest::newRow("no time") << noTime;
    // Fields that JSON escapes go the long way; each must still come out as the JSON writer makes it.
    for (const auto& [name, value] :
         std::vector<std::pair<const char*, QString>>{{"quote", QStringLiteral("a\"b")},
                                                      {"backslash", QStringLiteral("a\\b")},
                                                      {"control", QStringLiteral("a\tb")},
                                                      {"delete", QString(QChar(0x7f))},
                                                      {"accent", QStringLiteral("Hélène")},
                                                      {"beyond the BMP", QString::fromUcs4(U"\U0001F600")}}) {
        AuditEntry escaped = plain;
        escaped.actorId = value;
        QTest::newRow(qPrintable(QStringLiteral("actor: %1").arg(QLatin1String(name)))) << escaped;
        escaped = plain;
        escaped.action = value;
        QTest::newRow(qPrintable(QStringLiteral("action: %1").arg(QLatin1String(name)))) << escaped;
        escaped = plain;
        escaped.declarationId = value;
        QTest::newRow(qPrintable(QStringLiteral("declaration: %1").arg(QLatin1String(name)))) << escaped;
        escaped = plain;
        escaped.previousHash = value;
        QTest::newRow(qPrintable(QStringLiteral("previous: %1").arg(QLatin1String(name)))) << escaped;
        escaped = plain;
        escaped.previousSignatureHash = value;
        QTest::newRow(qPrintable(QStringLiteral("previous signature: %1").arg(QLatin1String(name))))
            << escaped;
        // Read eight bytes at a time: the byte inside a word, and in the bytes after the last whole word.
        escaped = plain;
        escaped.actorId = QStringLiteral("0b0e5d4e-61c") + value + QStringLiteral("2-4a53-9e8c-2d9b3f0c1a77");
        QTest::newRow(qPrintable(QStringLiteral("actor: %1 inside a word").arg(QLatin1String(name))))
            << escaped;
        escaped = plain;
        escaped.previousHash = plain.previousHash + value;
        QTest::newRow(qPrintable(QStringLiteral("previous: %1 at the end").arg(QLatin1String(name))))
            << escaped;
    }
}

void TestAuditChain::canonicalIsTheSortedCompactJson()
{
    // What every signature and hash of the trail covers: the entry as one JSON object, keys sorted, compact,
    // as Qt's writer makes it. The oracle builds that object; canonical() writes plain fields directly.
    QFETCH(AuditEntry, entry);
    QJsonObject object{
        {QStringLiteral("type"), QStringLiteral("probitas-audit")},
        {QStringLiteral("version"), entry.version},
        {QStringLiteral("sequence"), entry.sequence},
        {QStringLiteral("at"), entry.at.toString(Qt::ISODateWithMs)},
        {QStringLiteral("actor"), entry.actorId},
        {QStringLiteral("action"), entry.action},
        {QStringLiteral("declaration"), entry.declarationId},
        {QStringLiteral("details"), entry.details},
        {QStringLiteral("previous"), entry.previousHash},
    };
    if (entry.version >= AuditEntry::kWitnessedVersion) {
        object.insert(QStringLiteral("previous_signature"), entry.previousSignatureHash);
    }
    const QByteArray expected = QJsonDocument(object).toJson(QJsonDocument::Compact);
    QCOMPARE(entry.canonical(), expected);

    // `audit verify` assembles the same bytes from the row as stored (StoredAuditEntry), without decoding it.
    StoredAuditEntry stored;
    stored.sequence = entry.sequence;
    stored.version = entry.version;
    stored.at = entry.at.toString(Qt::ISODateWithMs).toUtf8();
    stored.actor = entry.actorId.toUtf8();
    stored.action = entry.action.toUtf8();
    stored.declaration = entry.declarationId.toUtf8();
    stored.details = QJsonDocument(entry.details).toJson(QJsonDocument::Compact);
    stored.previousHash = entry.previousHash.toUtf8();
    stored.previousSignatureHash = entry.previousSignatureHash.toUtf8();
    QCOMPARE(stored.canonical(), expected);
}

void TestAuditChain::hashIsSha256()
{
    QCOMPARE(auditHash(""), QString("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"));
    QCOMPARE(auditHash("abc"), QString("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"));
    QByteArray megabyte(1 << 20, Qt::Uninitialized);
    for (int i = 0; i < megabyte.size(); ++i) {
        megabyte[i] = char(i * 31 + 7);
    }
    QCOMPARE(auditHash(megabyte),
             QString::fromLatin1(QCryptographicHash::hash(megabyte, QCryptographicHash::Sha256).toHex()));
}

void TestAuditChain::timeGoesBackwards_data()
{
    QTest::addColumn<int>("firstWitnessed");
    QTest::addColumn<int>("resigned"); // an entry whose signature is also replaced; 0: none
    QTest::addColumn<qint64>("firstBad");
    QTest::newRow("witnessed") << 1 << 0 << qint64(7);
    QTest::newRow("version 1") << 21 << 0 << qint64(7);
    QTest::newRow("a bad signature before it") << 1 << 3 << qint64(3);
    QTest::newRow("a bad signature after it") << 1 << 12 << qint64(7);
}

// Each entry whole and signed by its writer, but one writer's clock was behind: entry 7 stamped 23:19:04
// after entry 6 at 23:20:14 (a late filing made to look on time). The first bad entry is named, in both
// modes.
void TestAuditChain::timeGoesBackwards()
{
    QFETCH(int, firstWitnessed);
    QFETCH(int, resigned);
    QFETCH(qint64, firstBad);
    const QDateTime evening(QDate(2026, 3, 15), QTime(23, 20, 14), Qt::UTC);
    std::map<int, QDateTime> dated;
    for (int i = 1; i <= 20; ++i) {
        dated[i] = evening.addSecs(i - 6);
    }
    dated[7] = QDateTime(QDate(2026, 3, 15), QTime(23, 19, 4), Qt::UTC);
    auto entries = trail(20, firstWitnessed, dated);
    if (resigned != 0) {
        resign(entries, resigned);
    }
    for (AuditVerification verification : {AuditVerification::Chain, AuditVerification::EverySignature}) {
        const AuditReport report = verifyAuditChain(entries, certificates(), verification);
        QVERIFY2(report.firstBad == firstBad,
                 qPrintable(QString::number(report.firstBad) + ": " + report.problem));
        QVERIFY2(report.problem.contains(QString::number(firstBad)), qPrintable(report.problem));
        if (resigned == 0 || resigned > 7) {
            QVERIFY2(report.problem.contains("23:19:04") && report.problem.contains("backwards"),
                     qPrintable(report.problem));
        }
    }
    // Two entries in the same millisecond are in order.
    dated[7] = dated[6];
    const AuditReport same =
        verifyAuditChain(trail(20, firstWitnessed, dated), certificates(), AuditVerification::EverySignature);
    QVERIFY2(same.firstBad == 0, qPrintable(same.problem));
}

void TestAuditChain::linkedEntriesVouchForNothing_data()
{
    QTest::addColumn<std::set<int>>("linked");
    QTest::addColumn<std::set<int>>("forged");
    QTest::addColumn<qint64>("firstBad");
    QTest::addColumn<qint64>("chainSignatures"); // on the sound trail
    QTest::newRow("sound, one linked") << std::set<int>{9} << std::set<int>{} << qint64(0) << qint64(2);
    QTest::newRow("sound, two linked in a row")
        << std::set<int>{9, 10} << std::set<int>{} << qint64(0) << qint64(3);
    QTest::newRow("forged below a linked entry")
        << std::set<int>{9} << std::set<int>{8} << qint64(8) << qint64(2);
    QTest::newRow("forged below the newest, linked")
        << std::set<int>{20} << std::set<int>{19} << qint64(19) << qint64(2);
}

// An attacker with a login of a server store appends an entry whose signature is not theirs: the server
// cannot tell, the next writer cannot see it and links to it unseen (version 3). The chain mode still finds
// it, because a linked entry vouches for nothing below it.
void TestAuditChain::linkedEntriesVouchForNothing()
{
    QFETCH(std::set<int>, linked);
    QFETCH(std::set<int>, forged);
    QFETCH(qint64, firstBad);
    QFETCH(qint64, chainSignatures);
    const auto entries = trail(20, 1, {}, linked, forged);
    const AuditReport chain = verifyAuditChain(entries, certificates(), AuditVerification::Chain);
    QCOMPARE(chain.firstBad, firstBad);
    if (firstBad == 0) {
        QCOMPARE(chain.signaturesVerified, chainSignatures);
    } else {
        QVERIFY(chain.problem.contains(QString::number(firstBad)));
    }
    const AuditReport every = verifyAuditChain(entries, certificates(), AuditVerification::EverySignature);
    QCOMPARE(every.firstBad, firstBad);
}

QTEST_GUILESS_MAIN(TestAuditChain)
#include "tst_audit_chain.moc"
