// The compliance dashboard at the scale of a cour d'appel (docs/benchmarks.md, "Scale"), attacked from the
// side of someone with write access to the store: the magistrates it follows are chosen on the
// administrators' verified statements, so a row edited or deleted by hand cannot take one of them off it
// (refused, naming her); each one's newest filing is verified and checked against her declarations, so an
// entry removed or moved to another actor cannot make a declared change vanish; and what this computer
// verified before is remembered by the SHA-256 of exactly the bytes verified, so that any byte changed since
// is verified again. The reminder letters it writes are recorded for the authority the overdue declaration is
// owed to alone. SQLite, and PostgreSQL when PROBITAS_TEST_POSTGRESQL names a server.
#include "AuditActions.h"
#include "Clock.h"
#include "Compliance.h"
#include "StoreTestSupport.h"
#include "VerifiedMemory.h"

#include <QCryptographicHash>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtEndian>
#include <QtTest>

using namespace probitas;
using namespace probitas::store;
using namespace probitas::store::testing;

namespace {
const QString kPresident = QStringLiteral("tj-nanterre:president");
const QString kProcureur = QStringLiteral("tj-nanterre:procureur");
const QString kPremierPresident = QStringLiteral("ca-versailles:premier-president");

bool follows(const Result<QList<Person>>& followed, const QString& name)
{
    return followed && std::any_of(followed->begin(), followed->end(),
                                   [&name](const Person& person) { return person.name == name; });
}
} // namespace

class TestStoreDashboard : public QObject
{
    Q_OBJECT

public:
    explicit TestStoreDashboard(Deployment deployment)
        : m_stores{deployment}
    {}

private slots:
    void initTestCase();
    void init();

    void followedChosenOnTheStatements();
    void followedUnderTheStoresRegime();
    void rowCannotTakeAMagistrateOffTheDashboard_data();
    void rowCannotTakeAMagistrateOffTheDashboard();
    void newestFilingRemovedOrMovedIsRefused_data();
    void newestFilingRemovedOrMovedIsRefused();
    void rememberedVerificationsAreOfExactlyTheBytes_data();
    void rememberedVerificationsAreOfExactlyTheBytes();
    void unreadableMemoryIsIgnored();
    void routingFollowsThePostingStated_data();
    void routingFollowsThePostingStated();
    void filingsFiledToAreTheListingsRows_data();
    void filingsFiledToAreTheListingsRows();
    void filingsAreNotTheirStatus();
    void copyEditedByHandIsFound_data();
    void copyEditedByHandIsFound();
    void filingRemovedByHandLeavesHerOnTheDashboard_data();
    void filingRemovedByHandLeavesHerOnTheDashboard();
    void verifiedDigestIsTheSha256OfTheSizedParts();
    void ownFilingsAreWhatHerTrailSays_data();
    void ownFilingsAreWhatHerTrailSays();
    void remindersAreTheReceivingAuthoritysAlone();

private:
    // A client of this computer: its known heads, and what it verified, in this test's folder.
    std::unique_ptr<PersonalStores> open();
    QString personId(const PersonalStores& store, const QString& name);
    qint64 newest(const PersonalStores& store, const QString& action, const QString& about);
    // Hélène files her DI, then a modification declaring a change on 2026-04-01.
    bool fileWithChange(PersonalStores& store);

    // Filings to several authorities: Hélène's two (filedWithChange) to the président, Thomas's to the
    // procureur, the président's own DI and DSP, and Hélène's first forwarded to the CSM under a procedure.
    // The id of Hélène's newest.
    QString fileToSeveral(PersonalStores& store);

    FreshStores m_stores;
    std::unique_ptr<QTemporaryDir> m_computer;
};

void TestStoreDashboard::initTestCase()
{
    QVERIFY(loadBuiltInData().ok());
    if (!m_stores.available()) {
        QSKIP(kNoPostgres);
    }
    static_cast<void>(org());
}

void TestStoreDashboard::init()
{
    QVERIFY(m_stores.next());
    m_computer = std::make_unique<QTemporaryDir>();
    QVERIFY(m_computer->isValid());
}

std::unique_ptr<PersonalStores> TestStoreDashboard::open()
{
    return m_stores.open(Store::OpenOptions{m_computer->filePath(QStringLiteral("heads.json")), true});
}

QString TestStoreDashboard::personId(const PersonalStores& store, const QString& name)
{
    auto rows = store.connection().exec(QStringLiteral("SELECT id FROM people WHERE name = ?"), {name});
    if (!rows || !rows.value().next()) {
        return {};
    }
    const QString id = rows.value().value(0).toString();
    rows.value().finish();
    return id;
}

// The newest entry of that action whose details name `about` as person (a statement), or whose actor it is.
qint64 TestStoreDashboard::newest(const PersonalStores& store, const QString& action, const QString& about)
{
    auto rows = store.connection().exec(
        QStringLiteral(
            "SELECT sequence, actor_id, details FROM audit WHERE action = ? ORDER BY sequence DESC"),
        {action});
    qint64 found = 0;
    while (rows && rows.value().next() && found == 0) {
        const QJsonObject details =
            QJsonDocument::fromJson(rows.value().value(2).toString().toUtf8()).object();
        if (rows.value().value(1).toString() == about ||
            details.value(QStringLiteral("person")).toString() == about) {
            found = rows.value().value(0).toLongLong();
        }
    }
    if (rows) {
        rows.value().finish();
    }
    return found;
}

bool TestStoreDashboard::fileWithChange(PersonalStores& store)
{
    auto first = store.declarations().file(juge(), org().juge);
    if (!first) {
        qWarning("%s", why(first).constData());
        return false;
    }
    Declaration changed = juge();
    changed.event = DeclarationEvent::Modification;
    changed.supersedes = *first;
    changed.profile->changedOn = QDate(2026, 4, 1);
    auto second = store.declarations().file(changed, org().juge);
    if (!second) {
        qWarning("%s", why(second).constData());
    }
    return second.ok();
}

void TestStoreDashboard::followedChosenOnTheStatements()
{
    auto store = open();
    QVERIFY(store);
    registerOrg(*store);
    QVERIFY(fileWithChange(*store));
    auto followed = store->directory().peopleFollowedBy(kPresident);
    QVERIFY2(followed.ok(), why(followed));
    QCOMPARE(followed->size(), 1);
    QCOMPARE(followed->front().name, QStringLiteral("Hélène Juge"));
    auto withChange = store->directory().withDeclaredChanges(*followed);
    QVERIFY2(withChange.ok(), why(withChange));
    QCOMPARE(withChange->front().declaredChangeOn, QDate(2026, 4, 1));
    auto procureur = store->directory().peopleFollowedBy(kProcureur);
    QVERIFY2(procureur.ok(), why(procureur));
    QCOMPARE(procureur->size(), 1);
    QCOMPARE(procureur->front().name, QStringLiteral("Thomas Substitut"));
}

// The HATVP follows the président of the tribunal for his DSP under lo-2016 (art. 7-3, I), not under lo-2023
// (art. 7-3 repealed): the dashboard follows and counts under the store's regime, as its administrator's
// statements state it, each decision remembered under that regime.
void TestStoreDashboard::followedUnderTheStoresRegime()
{
    auto store = open();
    QVERIFY(store);
    registerOrg(*store);
    const QString hatvp = QStringLiteral("hatvp");
    QVERIFY(follows(store->directory().peopleFollowedBy(hatvp), QStringLiteral("Jean Président")));
    auto changed = store->administration().setRegime(org().admin, QStringLiteral("lo-2023"));
    QVERIFY2(changed.ok(), why(changed));
    auto underLo2023 = store->directory().peopleFollowedBy(hatvp);
    QVERIFY2(underLo2023.ok(), why(underLo2023));
    QVERIFY(!follows(underLo2023, QStringLiteral("Jean Président")));
    // The same in a new session of this computer, which remembered the decisions of both regimes.
    {
        auto again = open();
        QVERIFY(again);
        QVERIFY(!follows(again->directory().peopleFollowedBy(hatvp), QStringLiteral("Jean Président")));
        // His own président's dashboard is unchanged: a DI is owed under both.
        QVERIFY(follows(again->directory().peopleFollowedBy(kPremierPresident),
                        QStringLiteral("Jean Président")));
    }
    QVERIFY(store->administration().setRegime(org().admin, QStringLiteral("lo-2016")).ok());
    QVERIFY(follows(store->directory().peopleFollowedBy(hatvp), QStringLiteral("Jean Président")));

    // What the dashboard counts: his DSP is due under one regime, owed under no other.
    const std::vector<FollowedMagistrate> president{
        {QStringLiteral("Jean Président"), QStringLiteral("president"), *presidentDsp().profile}};
    const QDate today(2026, 12, 1);
    QVERIFY(!computeCompliance(president, {}, hatvp, today, QStringLiteral("lo-2016")).rows.empty());
    QVERIFY(computeCompliance(president, {}, hatvp, today, QStringLiteral("lo-2023")).rows.empty());
}

void TestStoreDashboard::rowCannotTakeAMagistrateOffTheDashboard_data()
{
    QTest::addColumn<QStringList>("tampering"); // each with the person's id bound where it has a '?'
    // Her row moved to the parquet by hand: by her row she would go to the procureur's dashboard.
    QTest::newRow("posting edited") << QStringList{QStringLiteral(
        "UPDATE people SET profile = (SELECT profile FROM people WHERE name = 'Thomas Substitut') WHERE id = "
        "?")};
    QTest::newRow("row deleted") << QStringList{
        QStringLiteral("DELETE FROM certificates WHERE person_id = ?"),
        QStringLiteral("DELETE FROM people WHERE id = ?")};
    QTest::newRow("name edited") << QStringList{
        QStringLiteral("UPDATE people SET name = 'Hélène Autre' WHERE id = ?")};
    // The statement itself rewritten with its hash recomputed is a changed statement: see
    // tst_store_directory::editedStatementIsRefused (the whole directory is refused).
}

void TestStoreDashboard::rowCannotTakeAMagistrateOffTheDashboard()
{
    QFETCH(QStringList, tampering);
    auto store = open();
    QVERIFY(store);
    registerOrg(*store);
    const QString jugeId = personId(*store, QStringLiteral("Hélène Juge"));
    auto before = store->directory().peopleFollowedBy(kPresident); // verified, and remembered
    QVERIFY2(before.ok(), why(before));
    QCOMPARE(before->size(), 1);
    for (const QString& statement : tampering) {
        QVERIFY(rawSql(*store, statement, {jugeId}));
    }
    // In the same session, and in a new one that remembers what it verified.
    for (int session = 0; session < 2; ++session) {
        if (session == 1) {
            store = open();
            QVERIFY(store);
        }
        auto after = store->directory().peopleFollowedBy(kPresident);
        QVERIFY2(!after.ok(), "the dashboard was listed without her");
        QCOMPARE(after.error().kind, ErrorKind::Integrity);
        QCOMPARE(after.error().code, QString(errors::DirectoryUnbacked));
        QVERIFY2(after.error().message.contains(QStringLiteral("Hélène Juge")), why(after));
        // The procureur's dashboard does not gain her either: it is refused too, or lists Thomas alone.
        auto procureur = store->directory().peopleFollowedBy(kProcureur);
        if (procureur) {
            QCOMPARE(procureur->size(), 1);
            QCOMPARE(procureur->front().name, QStringLiteral("Thomas Substitut"));
        }
    }
}

void TestStoreDashboard::newestFilingRemovedOrMovedIsRefused_data()
{
    QTest::addColumn<QString>("tampering"); // binds the newest filing's sequence, then Thomas's id
    QTest::newRow("removed") << QStringLiteral("DELETE FROM audit WHERE sequence = ? AND ? <> ''");
    QTest::newRow("moved to another actor")
        << QStringLiteral("UPDATE audit SET actor_id = ? WHERE sequence = ?");
}

void TestStoreDashboard::newestFilingRemovedOrMovedIsRefused()
{
    // Her newest filing gone, or made Thomas's (who is followed by another authority): her change of
    // 2026-04-01 would silently fall back to her first filing's "no change". Her declaration still says she
    // filed it: refused.
    QFETCH(QString, tampering);
    auto store = open();
    QVERIFY(store);
    registerOrg(*store);
    QVERIFY(fileWithChange(*store));
    const QString jugeId = personId(*store, QStringLiteral("Hélène Juge"));
    const QString thomasId = personId(*store, QStringLiteral("Thomas Substitut"));
    const qint64 sequence = newest(*store, QStringLiteral("file"), jugeId);
    QVERIFY(sequence > 0);
    auto followed = store->directory().peopleFollowedBy(kPresident);
    QVERIFY2(followed.ok(), why(followed));
    QVERIFY(store->directory().withDeclaredChanges(*followed).ok());
    if (tampering.startsWith(QLatin1String("DELETE"))) {
        QVERIFY(rawSql(*store, tampering, {sequence, thomasId}));
    } else {
        QVERIFY(rawSql(*store, tampering, {thomasId, sequence}));
    }
    auto changes = store->directory().withDeclaredChanges(*followed);
    QVERIFY2(!changes.ok(), "her declared change fell back silently");
    QCOMPARE(changes.error().kind, ErrorKind::Integrity);
    QCOMPARE(changes.error().code, QString(errors::AuditBroken));
    QVERIFY2(changes.error().message.contains(jugeId), why(changes));
    auto one = store->directory().withDeclaredChange(followed->front());
    QVERIFY(!one.ok());
    QCOMPARE(one.error().kind, ErrorKind::Integrity);
}

void TestStoreDashboard::rememberedVerificationsAreOfExactlyTheBytes_data()
{
    QTest::addColumn<QString>("action"); // the entry tampered with: hers
    QTest::addColumn<QString>("tampering");
    // Another entry's signature in place of hers: the entry's hash is untouched, the next entry's link to
    // it too (it is older than the head this computer saw, so the check on open does not read it).
    const QString swapSignature = QStringLiteral(
        "UPDATE audit SET signature = (SELECT signature FROM audit WHERE sequence = 1) WHERE sequence = ?");
    QTest::newRow("her statement's signature") << QStringLiteral("directory-add") << swapSignature;
    QTest::newRow("her newest filing's signature") << QStringLiteral("file") << swapSignature;
    QTest::newRow("her newest filing's details")
        << QStringLiteral("file")
        << QStringLiteral(
               "UPDATE audit SET details = REPLACE(details, '2026-04-01', '2026-11-30') WHERE sequence = ?");
}

void TestStoreDashboard::rememberedVerificationsAreOfExactlyTheBytes()
{
    QFETCH(QString, action);
    QFETCH(QString, tampering);
    QString storeId;
    qint64 sequence = 0;
    {
        auto store = open();
        QVERIFY(store);
        registerOrg(*store);
        QVERIFY(fileWithChange(*store));
        // Thomas files after her: her entries are older than the head this computer remembers.
        QVERIFY(store->declarations().file(substitutDi(), org().substitut).ok());
    }
    {
        // A session verifies the dashboard, and this computer remembers it.
        auto store = open();
        QVERIFY(store);
        auto followed = store->directory().peopleFollowedBy(kPresident);
        QVERIFY2(followed.ok(), why(followed));
        QVERIFY2(store->directory().withDeclaredChanges(*followed).ok(), "declared changes");
        storeId = *store->directory().storeId();
        const QString jugeId = personId(*store, QStringLiteral("Hélène Juge"));
        sequence = newest(*store, action, jugeId);
        QVERIFY(sequence > 0);
    }
    const QFileInfo memory(
        VerifiedMemory::pathFor(m_computer->filePath(QStringLiteral("heads.json")), storeId));
    QVERIFY2(memory.exists(), qPrintable(memory.filePath()));
    QVERIFY(memory.size() > 32);
    QCOMPARE(memory.permissions() & (QFileDevice::ReadGroup | QFileDevice::WriteGroup |
                                     QFileDevice::ReadOther | QFileDevice::WriteOther),
             QFileDevice::Permissions());
    {
        // The next session, with the memory: the same bytes pass without their signatures verified...
        auto store = open();
        QVERIFY(store);
        auto followed = store->directory().peopleFollowedBy(kPresident);
        QVERIFY2(followed.ok(), why(followed));
        auto changes = store->directory().withDeclaredChanges(*followed);
        QVERIFY2(changes.ok(), why(changes));
        QCOMPARE(changes->front().declaredChangeOn, QDate(2026, 4, 1));
        // ... and changed bytes do not.
        QVERIFY(rawSql(*store, tampering, {sequence}));
    }
    auto store = open();
    QVERIFY(store);
    auto followed = store->directory().peopleFollowedBy(kPresident);
    Status refused = success();
    if (!followed) {
        refused = followed.error();
    } else if (auto changes = store->directory().withDeclaredChanges(*followed); !changes) {
        refused = changes.error();
    }
    QVERIFY2(!refused.ok(), "the tampered entry passed as remembered");
    QCOMPARE(refused.error().kind, ErrorKind::Integrity);
    QVERIFY2(refused.error().message.contains(QString::number(sequence)),
             qPrintable(refused.error().message));
}

void TestStoreDashboard::unreadableMemoryIsIgnored()
{
    QString storeId;
    {
        auto store = open();
        QVERIFY(store);
        registerOrg(*store);
        QVERIFY(fileWithChange(*store));
        storeId = *store->directory().storeId();
    }
    const QString path = VerifiedMemory::pathFor(m_computer->filePath(QStringLiteral("heads.json")), storeId);
    QVERIFY(QDir().mkpath(QFileInfo(path).absolutePath()));
    for (const QByteArray& garbage :
         {QByteArray("not a memory at all"), QByteArray("probitas verified 1\nxyz")}) {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(garbage);
        file.close();
        auto store = open();
        QVERIFY(store);
        auto followed = store->directory().peopleFollowedBy(kPresident);
        QVERIFY2(followed.ok(), why(followed));
        QCOMPARE(followed->size(), 1);
        auto changes = store->directory().withDeclaredChanges(*followed);
        QVERIFY2(changes.ok(), why(changes));
        QCOMPARE(changes->front().declaredChangeOn, QDate(2026, 4, 1));
    }
    // Written afresh, whole digests only.
    QVERIFY((QFileInfo(path).size() - 20) % VerifiedMemory::kDigestSize == 0);
}

void TestStoreDashboard::routingFollowsThePostingStated_data()
{
    // Her posting as the administrator states it next, and whose dashboards then follow her. The courts at
    // which no posting reaches an authority are remembered by this computer (a posting there is not run
    // through the rules): what a new statement says is decided on it, in this session and the next.
    QTest::addColumn<QString>("seat");
    QTest::addColumn<int>("rank");
    QTest::addColumn<bool>("president");
    QTest::addColumn<bool>("premierPresident");
    QTest::newRow("présidente at Nanterre") << QStringLiteral("Nanterre") << int(Rank::Chef) << false << true;
    QTest::newRow("at Paris, another ressort")
        << QStringLiteral("Paris") << int(Rank::Magistrat) << false << false;
    // Not the directory's spelling of a court whose postings never reach the premier président of
    // Versailles: the rules decide, and resolve it to Nanterre.
    QTest::newRow("seat spelt otherwise")
        << QStringLiteral("NANTERRE") << int(Rank::Magistrat) << true << false;
    // Spaces around the seat: stated as the row reads it back (trimmed), so her row stays backed.
    QTest::newRow("seat with spaces") << QStringLiteral("  Nanterre ") << int(Rank::Chef) << false << true;
}

void TestStoreDashboard::routingFollowsThePostingStated()
{
    QFETCH(QString, seat);
    QFETCH(int, rank);
    QFETCH(bool, president);
    QFETCH(bool, premierPresident);
    const QString helene = QStringLiteral("Hélène Juge");
    {
        auto store = open();
        QVERIFY(store);
        registerOrg(*store);
        // This computer decides on every court for both authorities, and remembers it.
        QVERIFY(follows(store->directory().peopleFollowedBy(kPresident), helene));
        auto versailles = store->directory().peopleFollowedBy(kPremierPresident);
        QVERIFY2(versailles.ok(), why(versailles));
        QVERIFY(!follows(versailles, helene));
        Profile posting = *juge().profile;
        posting.court = CourtReference{CourtType::TribunalJudiciaire, seat};
        posting.rank = Rank(rank);
        auto stated = store->postings().set(org().admin, helene, posting);
        QVERIFY2(stated.ok(), why(stated));
        // The same session decides on her new posting.
        auto again = store->directory().peopleFollowedBy(kPresident);
        QVERIFY2(again.ok(), why(again));
        QCOMPARE(follows(again, helene), president);
        QCOMPARE(follows(store->directory().peopleFollowedBy(kPremierPresident), helene), premierPresident);
    }
    // A new session, with what this computer remembers.
    auto store = open();
    QVERIFY(store);
    auto followed = store->directory().peopleFollowedBy(kPresident);
    QVERIFY2(followed.ok(), why(followed));
    QCOMPARE(follows(followed, helene), president);
    auto versailles = store->directory().peopleFollowedBy(kPremierPresident);
    QVERIFY2(versailles.ok(), why(versailles));
    QCOMPARE(follows(versailles, helene), premierPresident);
    // The rules say the same of her, as the statements state her posting.
    auto person = store->directory().personByName(helene);
    QVERIFY2(person.ok(), why(person));
    QCOMPARE(routesTo(*person->profile, kPresident), president);
    QCOMPARE(routesTo(*person->profile, kPremierPresident), premierPresident);
}

QString TestStoreDashboard::fileToSeveral(PersonalStores& store)
{
    const Org& o = org();
    if (!fileWithChange(store) || !store.declarations().file(substitutDi(), o.substitut) ||
        !store.declarations().file(presidentDi(), o.president) ||
        !store.declarations().file(presidentDsp(), o.president)) {
        return {};
    }
    const QString jugeId = personId(store, QStringLiteral("Hélène Juge"));
    auto records = store.declarations().list(o.juge);
    if (!records || records->size() != 2 ||
        !store.procedures()
             .record(o.admin, QStringLiteral("Hélène Juge"), ProcedureKind::Disciplinaire, false)
             .ok() ||
        !store.declarations()
             .forward(records->front().id, o.president, authorities::Csm, QStringLiteral("art. 7-2 III"))
             .ok()) {
        return {};
    }
    return records->back().id;
}

namespace {

// What the dashboard read before its own listing: list()'s rows whose recipients name the authority, not its
// own.
Result<std::vector<Filing>> filingsAsListed(PersonalStores& store, const crypto::Identity& identity)
{
    auto actor = store.directory().personFor(identity.certificate());
    if (!actor) {
        return actor.error();
    }
    auto records = store.declarations().list(identity);
    if (!records) {
        return records.error();
    }
    std::vector<Filing> filings;
    for (const DeclarationRecord& record : *records) {
        if (record.declarantId != actor->id && record.recipients.contains(actor->authorityId)) {
            filings.push_back({record.declarantId,
                               record.kind,
                               record.event,
                               record.filedAt,
                               record.id,
                               record.recipients,
                               {},
                               {}});
        }
    }
    return filings;
}

QString describe(const Result<std::vector<Filing>>& filings)
{
    if (!filings) {
        return QStringLiteral("refused: ") + filings.error().message;
    }
    QStringList rows;
    for (const Filing& filing : *filings) {
        rows << QStringLiteral("%1 %2 %3 %4 %5 %6")
                    .arg(filing.declarationId, filing.declarantId, kindId(filing.kind), eventId(filing.event),
                         filing.filedAt.toString(Qt::ISODateWithMs),
                         filing.recipients.join(QLatin1Char(',')));
    }
    return rows.join(QLatin1Char('\n'));
}

} // namespace

void TestStoreDashboard::filingsFiledToAreTheListingsRows_data()
{
    // Rows edited by hand (bound to Hélène's newest declaration), the declaration's and the copy of its facts
    // beside each recipient alike: the dashboard's listing gives what the listing gives, row for row.
    QTest::addColumn<QStringList>("tampering");
    QTest::newRow("as filed") << QStringList{};
    QTest::newRow("recipients rewritten") << QStringList{
        QStringLiteral("UPDATE declarations SET recipients = 'csm' WHERE id = ?"),
        QStringLiteral("UPDATE envelope_recipients SET recipients = 'csm' WHERE declaration_id = ?")};
    QTest::newRow("recipient added") << QStringList{
        QStringLiteral("UPDATE declarations SET recipients = recipients || ' hatvp' WHERE id = ?"),
        QStringLiteral(
            "UPDATE envelope_recipients SET recipients = recipients || ' hatvp' WHERE declaration_id = ?")};
    QTest::newRow("filed to the président no more") << QStringList{QStringLiteral(
        "DELETE FROM envelope_recipients WHERE declaration_id = ? AND person_id = (SELECT id FROM people "
        "WHERE authority_id = 'tj-nanterre:president')")};
}

void TestStoreDashboard::filingsFiledToAreTheListingsRows()
{
    QFETCH(QStringList, tampering);
    auto store = open();
    QVERIFY(store);
    registerOrg(*store);
    const QString newest = fileToSeveral(*store);
    QVERIFY(!newest.isEmpty());
    for (const QString& statement : tampering) {
        QVERIFY(rawSql(*store, statement, {newest}));
    }
    const Org& o = org();
    int filed = 0;
    for (const crypto::Identity* identity :
         {&o.president, &o.procureur, &o.premierPresident, &o.hatvp, &o.csm, &o.college}) {
        const auto listed = filingsAsListed(*store, *identity);
        const auto filings = store->declarations().filingsFiledTo(*identity);
        QCOMPARE(describe(filings), describe(listed));
        filed += filings ? int(filings->size()) : 0;
    }
    if (tampering.isEmpty()) {
        // Hélène's two to the président, Thomas's to the procureur, the président's DI and DSP.
        QVERIFY2(filed >= 5, "the filings were listed to their authorities");
    }
    // Nothing is filed to a magistrate who holds no authority (she has no dashboard).
    auto none = store->declarations().filingsFiledTo(o.juge);
    QVERIFY2(none.ok(), why(none));
    QVERIFY(none->empty());
}

void TestStoreDashboard::filingsAreNotTheirStatus()
{
    // A declaration superseded or destroyed since was filed all the same: the dashboard's listing does not
    // read the status, so one the listing refuses (not a status of this program) leaves it as it was.
    auto store = open();
    QVERIFY(store);
    registerOrg(*store);
    const QString newest = fileToSeveral(*store);
    QVERIFY(!newest.isEmpty());
    const auto before = describe(store->declarations().filingsFiledTo(org().president));
    QVERIFY(before.contains(newest));
    QVERIFY(
        rawSql(*store, QStringLiteral("UPDATE declarations SET status = 'forged' WHERE id = ?"), {newest}));
    QVERIFY(!store->declarations().list(org().president).ok());
    QCOMPARE(describe(store->declarations().filingsFiledTo(org().president)), before);
}

void TestStoreDashboard::copyEditedByHandIsFound_data()
{
    // The copy of Hélène's newest declaration's facts beside its envelope's recipients, edited by hand (raw
    // SQL, as someone who may write the store): `audit verify` names the row; a copy that is no
    // declaration's (no declarant, a kind or event this program does not know) is refused by the dashboard's
    // listing too, naming the declaration; one that is another declaration's is listed as it says until
    // `audit verify` runs (the listing reads one index, not 5,500 rows of another table).
    QTest::addColumn<QString>("tampering");
    QTest::addColumn<bool>("listingRefuses");
    QTest::newRow("declarant moved") << QStringLiteral(
                                            "UPDATE envelope_recipients SET declarant_id = (SELECT id FROM "
                                            "people WHERE name = 'Thomas Substitut') "
                                            "WHERE declaration_id = ?")
                                     << false;
    QTest::newRow("kind rewritten")
        << QStringLiteral("UPDATE envelope_recipients SET kind = 'patrimoine' WHERE declaration_id = ?")
        << false;
    QTest::newRow("event rewritten")
        << QStringLiteral("UPDATE envelope_recipients SET event = 'installation' WHERE declaration_id = ?")
        << false;
    QTest::newRow("recipients rewritten")
        << QStringLiteral("UPDATE envelope_recipients SET recipients = 'csm' WHERE declaration_id = ?")
        << false;
    QTest::newRow("backdated") << QStringLiteral("UPDATE envelope_recipients SET filed_at = "
                                                 "'2026-01-02T09:00:00.000Z' WHERE declaration_id = ?")
                               << false;
    QTest::newRow("emptied") << QStringLiteral("UPDATE envelope_recipients SET declarant_id = NULL, kind = "
                                               "NULL, event = NULL, recipients = NULL "
                                               "WHERE declaration_id = ?")
                             << true;
    QTest::newRow("kind unknown")
        << QStringLiteral("UPDATE envelope_recipients SET kind = 'forged' WHERE declaration_id = ?") << true;
}

void TestStoreDashboard::copyEditedByHandIsFound()
{
    QFETCH(QString, tampering);
    QFETCH(bool, listingRefuses);
    auto store = open();
    QVERIFY(store);
    registerOrg(*store);
    const QString newest = fileToSeveral(*store);
    QVERIFY(!newest.isEmpty());
    auto verified = store->audit().verify();
    QVERIFY2(verified.ok(), why(verified));
    QVERIFY2(verified->firstBad == 0, qPrintable(verified->problem));
    QVERIFY(rawSql(*store, tampering, {newest}));

    auto listed = store->declarations().filingsFiledTo(org().president);
    QCOMPARE(!listed.ok(), listingRefuses);
    if (listingRefuses) {
        QCOMPARE(listed.error().kind, ErrorKind::Integrity);
        QVERIFY2(listed.error().message.contains(newest), qPrintable(listed.error().message));
    }
    verified = store->audit().verify();
    QVERIFY2(verified.ok(), why(verified));
    QVERIFY(verified->firstBad != 0);
    QVERIFY2(verified->problem.contains(newest), qPrintable(verified->problem));
    QVERIFY2(verified->problem.contains(QStringLiteral("does not repeat")), qPrintable(verified->problem));
}

void TestStoreDashboard::filingRemovedByHandLeavesHerOnTheDashboard_data()
{
    QTest::addColumn<QStringList>("tampering"); // bound to Hélène's newest declaration
    QTest::newRow("declaration deleted")
        << QStringList{QStringLiteral("DELETE FROM envelope_recipients WHERE declaration_id = ?"),
                       QStringLiteral("DELETE FROM envelopes WHERE declaration_id = ?"),
                       QStringLiteral("DELETE FROM declarations WHERE id = ?")};
    QTest::newRow("recipients rewritten") << QStringList{
        QStringLiteral("UPDATE declarations SET recipients = 'csm' WHERE id = ?"),
        QStringLiteral("UPDATE envelope_recipients SET recipients = 'csm' WHERE declaration_id = ?")};
}

void TestStoreDashboard::filingRemovedByHandLeavesHerOnTheDashboard()
{
    // Her complementary declaration's row deleted, or no longer naming the président: she is not filed, and
    // still on his dashboard, her change's declaration shown as not filed (not taken off it).
    QFETCH(QStringList, tampering);
    auto store = open();
    QVERIFY(store);
    registerOrg(*store);
    const QString newest = fileToSeveral(*store);
    QVERIFY(!newest.isEmpty());
    const auto dashboard = [&store]() -> Result<ComplianceReport> {
        auto people = store->directory().peopleFollowedBy(kPresident);
        if (people) {
            people = store->directory().withDeclaredChanges(*people);
        }
        if (!people) {
            return people.error();
        }
        std::vector<FollowedMagistrate> magistrates;
        for (const Person& person : *people) {
            if (const auto obliged = person.obligationsProfile()) {
                magistrates.push_back({person.name, person.id, *obliged});
            }
        }
        auto filings = store->declarations().filingsFiledTo(org().president);
        if (!filings) {
            return filings.error();
        }
        return computeCompliance(magistrates, *filings, kPresident, QDate(2026, 12, 1));
    };
    const auto stateOf = [](const ComplianceReport& report, DeclarationEvent event) {
        for (const ComplianceRow& row : report.rows) {
            if (row.magistrate == QStringLiteral("Hélène Juge") && row.event == event) {
                return std::optional<ComplianceState>(row.state);
            }
        }
        return std::optional<ComplianceState>();
    };
    auto before = dashboard();
    QVERIFY2(before.ok(), why(before));
    const auto filedBefore = stateOf(*before, DeclarationEvent::Modification);
    QVERIFY(filedBefore);
    QVERIFY(*filedBefore == ComplianceState::FiledOnTime || *filedBefore == ComplianceState::FiledLate);
    for (const QString& statement : tampering) {
        QVERIFY(rawSql(*store, statement, {newest}));
    }
    auto after = dashboard();
    QVERIFY2(after.ok(), why(after));
    const auto filedAfter = stateOf(*after, DeclarationEvent::Modification);
    QVERIFY2(filedAfter, "she was taken off the dashboard");
    QVERIFY(*filedAfter == ComplianceState::Outstanding || *filedAfter == ComplianceState::NotYetDue);
    QVERIFY(stateOf(*after, DeclarationEvent::Installation));
}

void TestStoreDashboard::verifiedDigestIsTheSha256OfTheSizedParts()
{
    // What this computer remembered before stays found: the digest is SHA-256 over the label and each part,
    // each after its length (8 bytes, big-endian), whatever computes it.
    const auto sized = [](QByteArrayView bytes) {
        QByteArray length(8, '\0');
        qToBigEndian(quint64(bytes.size()), length.data());
        return length + bytes.toByteArray();
    };
    const QByteArray part(300, 'x');
    QCOMPARE(verifiedDigest(QLatin1StringView("newest filing"), {QByteArrayView("ab"), QByteArrayView(part)}),
             QCryptographicHash::hash(sized("newest filing") + sized("ab") + sized(part),
                                      QCryptographicHash::Sha256));
    QCOMPARE(verifiedDigest(QLatin1StringView("x"), {}).size(), VerifiedMemory::kDigestSize);
    // Another split of the same bytes is another digest.
    QVERIFY(verifiedDigest(QLatin1StringView("x"), {QByteArrayView("ab"), QByteArrayView("c")}) !=
            verifiedDigest(QLatin1StringView("x"), {QByteArrayView("a"), QByteArrayView("bc")}));
}

void TestStoreDashboard::ownFilingsAreWhatHerTrailSays_data()
{
    // Raw SQL on Hélène's newest declaration (her complementary DI), as someone who may write the store.
    QTest::addColumn<QString>("tampering");
    QTest::addColumn<bool>("refused");   // Integrity, naming the declaration
    QTest::addColumn<bool>("receiptOk"); // the président's receipt counted as held
    QTest::newRow("as filed") << QString() << false << true;
    // Moved before the change it answers, or its deadline: "on time" on the row's word.
    QTest::newRow("backdated") << "UPDATE declarations SET filed_at = '2026-01-02T09:00:00.000Z' WHERE id = ?"
                               << true << false;
    QTest::newRow("event rewritten") << "UPDATE declarations SET event = 'cessation' WHERE id = ?" << true
                                     << false;
    QTest::newRow("kind rewritten") << "UPDATE declarations SET kind = 'patrimoine' WHERE id = ?" << true
                                    << false;
    QTest::newRow("recipients rewritten")
        << "UPDATE declarations SET recipients = 'csm' WHERE id = ?" << true << false;
    // The président's receipt cut short: named, never held.
    QTest::newRow("receipt altered")
        << "UPDATE receipts SET receipt = substr(receipt, 2) WHERE declaration_id = ?" << false << false;
}

// What "My obligations" matches: her own rows only, each as her signed "file" entry records it, with the
// receipts that verify. SQLite, and PostgreSQL where she logs in as herself.
void TestStoreDashboard::ownFilingsAreWhatHerTrailSays()
{
    QFETCH(QString, tampering);
    QFETCH(bool, refused);
    QFETCH(bool, receiptOk);
    auto store = open();
    QVERIFY(store);
    registerOrg(*store);
    const QString newest = fileToSeveral(*store);
    QVERIFY(!newest.isEmpty());
    const Org& o = org();
    auto receipt = store->declarations().acknowledge(newest, o.president);
    QVERIFY2(receipt.ok(), why(receipt));
    if (!tampering.isEmpty()) {
        QVERIFY(rawSql(*store, tampering, {newest}));
    }
    auto filings = store->declarations().ownFilings(o.juge);
    if (refused) {
        QVERIFY(!filings);
        QCOMPARE(filings.error().kind, ErrorKind::Integrity);
        QVERIFY2(filings.error().message.contains(newest), qPrintable(filings.error().message));
        return;
    }
    QVERIFY2(filings.ok(), why(filings));
    // Her DI and her complementary DI, not Thomas's nor the président's.
    QCOMPARE(filings->size(), std::size_t(2));
    const Filing& last = filings->back();
    QCOMPARE(last.declarationId, newest);
    QCOMPARE(last.event, DeclarationEvent::Modification);
    QCOMPARE(last.recipients, QStringList{kPresident});
    QCOMPARE(last.acknowledgedBy, receiptOk ? QStringList{kPresident} : QStringList());
    QCOMPARE(last.receiptProblem.isEmpty(), receiptOk);
    QVERIFY(filings->front().acknowledgedBy.isEmpty());
    for (const Filing& filing : *filings) {
        QCOMPARE(filing.declarantId, personId(*store, QStringLiteral("Hélène Juge")));
    }
    // The président's own: his DI and DSP, nobody else's.
    auto his = store->declarations().ownFilings(o.president);
    QVERIFY2(his.ok(), why(his));
    QCOMPARE(his->size(), std::size_t(2));
}

// A reminder letter (Declarations::recordReminder): the authority an overdue declaration is owed to records
// one, before the letter is written, naming the magistrate, the declaration and its due date and the
// letter's hash, nothing else; nobody else may, each refusal audited: the declarant, the auditor, the
// procureur of the same court, the premier président of the cour, the HATVP for a DI, a head of court about
// herself. A declaration filed since, or a due date the rules do not give, is refused too. `audit verify`
// still finds the trail whole: a reminder is an entry with no row.
void TestStoreDashboard::remindersAreTheReceivingAuthoritysAlone()
{
    auto store = open();
    QVERIFY(store);
    registerOrg(*store);
    const Org& o = org();
    const QString helene = personId(*store, QStringLiteral("Hélène Juge"));
    const QString president = personId(*store, QStringLiteral("Jean Président"));
    QVERIFY(!helene.isEmpty() && !president.isEmpty());
    // Installed on 15 January 2026: her DI was due to the président on 15 March.
    const std::vector<ReminderItem> di{
        {DeclarationKind::Interets, DeclarationEvent::Installation, QDate(2026, 3, 15)}};
    const QString letter(64, QLatin1Char('c'));
    const auto newestOf = [&](const QString& action) {
        auto rows = store->connection().exec(
            QStringLiteral("SELECT actor_id, declaration_id, details FROM audit WHERE action = ? "
                           "ORDER BY sequence DESC"),
            {action});
        QStringList found; // actor, declaration, details
        if (rows && rows.value().next()) {
            found = QStringList{rows.value().value(0).toString(), rows.value().value(1).toString(),
                                rows.value().value(2).toString()};
        }
        if (rows) {
            rows.value().finish();
        }
        return found;
    };

    auto recorded = store->declarations().recordReminder(helene, di, o.president, letter);
    QVERIFY2(recorded.ok(), why(recorded));
    const QStringList entry = newestOf(actions::ReminderLetter);
    QCOMPARE(entry.size(), 3);
    QCOMPARE(entry[0], president);
    QVERIFY(entry[1].isEmpty()); // no declaration: none was filed
    const QJsonObject details = QJsonDocument::fromJson(entry[2].toUtf8()).object();
    QCOMPARE(details.value("magistrate").toString(), helene);
    QCOMPARE(details.value("sha256").toString(), letter);
    const QJsonArray declarations = details.value("declarations").toArray();
    QCOMPARE(declarations.size(), 1);
    QCOMPARE(declarations[0].toObject(),
             (QJsonObject{{"kind", "interets"}, {"event", "installation"}, {"due", "2026-03-15"}}));
    QCOMPARE(details.keys(), (QStringList{"declarations", "magistrate", "sha256"}));

    // His DSP, owed to the HATVP under the store's regime (lo-2016): the HATVP's to remind, not the président
    // of the cour's, to whom his DI is owed.
    const std::vector<FollowedMagistrate> him{
        {QStringLiteral("Jean Président"), president, *presidentDsp().profile}};
    const ComplianceReport hatvp = computeCompliance(him, {}, QStringLiteral("hatvp"), Clock::today());
    QCOMPARE(hatvp.rows.size(), std::size_t(1));
    QCOMPARE(hatvp.rows[0].state, ComplianceState::Outstanding);
    const std::vector<ReminderItem> dsp{
        {DeclarationKind::Patrimoine, hatvp.rows[0].event, hatvp.rows[0].due}};
    auto assets = store->declarations().recordReminder(president, dsp, o.hatvp);
    QVERIFY2(assets.ok(), why(assets));
    QCOMPARE(QJsonDocument::fromJson(newestOf(actions::ReminderLetter)[2].toUtf8())
                 .object()
                 .value("declarations")
                 .toArray()[0]
                 .toObject()
                 .value("kind")
                 .toString(),
             QStringLiteral("patrimoine"));

    const qint64 reminders = [&] {
        auto rows = store->connection().exec(QStringLiteral("SELECT COUNT(*) FROM audit WHERE action = ?"),
                                             {actions::ReminderLetter});
        qint64 count = -1;
        if (rows && rows.value().next()) {
            count = rows.value().value(0).toLongLong();
            rows.value().finish();
        }
        return count;
    }();
    QCOMPARE(reminders, 2);

    struct Refusal
    {
        const char* who;
        const crypto::Identity* identity;
        QString magistrate;
        std::vector<ReminderItem> items;
        const char* reason;
    };
    const std::vector<Refusal> refusals{
        {"the declarant herself", &o.juge, helene, di, "not-an-authority"},
        {"another declarant", &o.substitut, helene, di, "not-an-authority"},
        {"the auditor", &o.auditor, helene, di, "not-an-authority"},
        {"the procureur of the same court", &o.procureur, helene, di, "not-the-receiving-authority"},
        {"the premier président of the cour", &o.premierPresident, helene, di, "not-the-receiving-authority"},
        {"the HATVP, for a DI", &o.hatvp, helene, di, "not-the-receiving-authority"},
        {"the président, for the DSP owed to the HATVP", &o.president, president, dsp, "own-obligation"},
        {"the président, a due date the rules do not give",
         &o.president,
         helene,
         {{DeclarationKind::Interets, DeclarationEvent::Installation, QDate(2026, 3, 16)}},
         "not-the-receiving-authority"},
        {"the président, a declaration she does not owe",
         &o.president,
         helene,
         {{DeclarationKind::Patrimoine, DeclarationEvent::Installation, QDate(2026, 3, 15)}},
         "not-the-receiving-authority"},
    };
    for (const Refusal& refusal : refusals) {
        auto refused =
            store->declarations().recordReminder(refusal.magistrate, refusal.items, *refusal.identity);
        QVERIFY2(!refused.ok(), refusal.who);
        QCOMPARE(refused.error().kind, ErrorKind::AccessDenied);
        QVERIFY2(refused.error().message.contains(QLatin1String(refusal.reason)),
                 qPrintable(refused.error().message));
        // Audited, as the refusal of the one who asked, naming the magistrate.
        const QStringList denied = newestOf(QStringLiteral("denied"));
        QCOMPARE(denied.size(), 3);
        auto actor = store->directory().personFor(refusal.identity->certificate());
        QVERIFY(actor);
        QCOMPARE(denied[0], actor->id);
        const QJsonObject why = QJsonDocument::fromJson(denied[2].toUtf8()).object();
        QCOMPARE(why.value("action").toString(), actions::ReminderLetter);
        QCOMPARE(why.value("reason").toString(), QString::fromLatin1(refusal.reason));
        QCOMPARE(why.value("magistrate").toString(), refusal.magistrate);
    }
    // Nothing more was recorded as a reminder.
    auto counted = store->connection().exec(QStringLiteral("SELECT COUNT(*) FROM audit WHERE action = ?"),
                                            {actions::ReminderLetter});
    QVERIFY(counted && counted.value().next());
    QCOMPARE(counted.value().value(0).toLongLong(), 2);
    counted.value().finish();

    // Not a reminder the trail records: no declaration, a hash that is not one.
    QCOMPARE(
        store->declarations().recordReminder(helene, std::vector<ReminderItem>(), o.president).error().kind,
        ErrorKind::Unusable);
    QCOMPARE(store->declarations().recordReminder(helene, di, o.president, "not-a-hash").error().kind,
             ErrorKind::Unusable);

    // Once she files it (late), there is nothing to remind her of.
    QVERIFY(store->declarations().file(juge(), o.juge).ok());
    auto filed = store->declarations().recordReminder(helene, di, o.president);
    QVERIFY(!filed.ok());
    QVERIFY2(filed.error().message.contains(QLatin1String("not-overdue")), qPrintable(filed.error().message));

    // The trail, reminders and refusals included, verifies.
    auto verified = store->audit().verify(AuditVerification::EverySignature);
    QVERIFY2(verified.ok(), why(verified));
    QVERIFY2(verified->firstBad == 0, qPrintable(verified->problem));
}

int main(int argc, char* argv[])
{
    return runAgainstEachBackend<TestStoreDashboard>(argc, argv,
                                                     QStringLiteral("tst_store_dashboard-XXXXXX"));
}

#include "tst_store_dashboard.moc"
