// The authenticated directory, attacked from the side of someone who holds a valid identity of the
// organisation and write access to the store (raw SQL on the SQLite file or with the shared PostgreSQL
// login): swapped certificates, changed roles, rows nobody added, forged and edited statements, a self-signed
// key signing as someone else. Each must be refused (Integrity, exit 4) where it is used, never obeyed.
// SQLite, and PostgreSQL when PROBITAS_TEST_POSTGRESQL names a server.
#include "AuditActions.h"
#include "Clock.h"
#include "Envelope.h"
#include "Signature.h"
#include "StoreSql.h"
#include "StoreTestSupport.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QtTest>

using namespace probitas;
using namespace probitas::store;
using namespace probitas::store::testing;

// The whole trail as stored, for an attacker's rewrite.
template <typename AnyStore> std::vector<AuditEntry> readTrail(const AnyStore& store)
{
    std::vector<AuditEntry> entries;
    auto rows =
        store.connection().exec(QStringLiteral("SELECT sequence, at, actor_id, action, declaration_id, "
                                               "details, version, signature FROM audit ORDER BY "
                                               "sequence"));
    if (!rows) {
        return entries;
    }
    while (rows.value().next()) {
        AuditEntry entry;
        entry.sequence = rows.value().value(0).toLongLong();
        entry.at = QDateTime::fromString(rows.value().value(1).toString(), Qt::ISODateWithMs);
        entry.actorId = rows.value().value(2).toString();
        entry.action = rows.value().value(3).toString();
        entry.declarationId = rows.value().value(4).toString();
        entry.details = QJsonDocument::fromJson(rows.value().value(5).toString().toUtf8()).object();
        entry.version = rows.value().value(6).toInt();
        entry.signature = rows.value().value(7).toByteArray();
        entries.push_back(entry);
    }
    rows.value().finish();
    return entries;
}

class TestStoreDirectory : public QObject
{
    Q_OBJECT

public:
    explicit TestStoreDirectory(Deployment deployment)
        : m_stores{deployment}
    {}

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void newStoreIsAnchored();
    void swappedCertificateNeverSealsForTheIntruder();
    void certificateRowSwappedSignsNothingInTheTrail();
    void roleChangedByHandIsRefused();
    void rowNobodyAddedIsRefused();
    void forgedStatementByNonAdministrator();
    void editedStatementIsRefused();
    void removedStatementIsSeen();
    void truncationSeenByThisComputer();
    void rewrittenTrailSeen();
    void appendedEntriesAreAccepted();
    void selfSignedKeyCannotSignAsSomeoneElse();
    void certificateFromAnotherCaIsRefused();
    void renewal();
    void renewedHolderReseals();
    void resealRefusesAnotherHoldersKey();
    void resealReportsTamperedCopy();
    void resealCarriesTheDraftOver();
    void declarationMovedToAnotherDeclarantIsRefused();
    void removal();
    void lastAdministratorStays();
    void legacyStoreIsAdoptedOnce();

    // The official posting (issue 12, attack 1 and part 2).
    void declaredRankDoesNotRoute();
    void declaredCessationDestroysNothing();
    void declaredChangeComesFromTheSignedFiling();
    void declaredChangeForgedByAnotherKeyIsRefused();
    void declaredChangeVerifiedBeforeIsCheckedAgain_data();
    void declaredChangeVerifiedBeforeIsCheckedAgain();
    void postingChangedByHandIsRefused();
    void postingStatedByNonAdministratorIsRefused();
    void postingStatedByAdministratorRoutes();
    void noPostingNoFiling();
    void requestGrantedThenPurged();
    void requestRejectedStaysRejected();
    void newerRequestReplacesPending();
    void forgedRequestCannotBeGranted();
    void editedRequestCannotBeGranted();
    void onlyAdministratorsDecide();
    // The store's regime (issue 14): signed by an administrator, never a row anyone could change.
    void regimeIsStatedAndChangedByAnAdministrator();
    void regimeEditedBySqlIsRefused_data();
    void regimeEditedBySqlIsRefused();
    void regimeStatedByNonAdministratorIsRefused();
    void regimeStatementOutOfTheRulesIsRefused_data();
    void regimeStatementOutOfTheRulesIsRefused();

private:
    template <typename AnyStore> qint64 count(AnyStore& store, const QString& table);
    std::unique_ptr<PersonalStores> openWithOrg();
    // Appends an audit entry as `actorId` signed by `signer`, linked like a real one (what a colleague with
    // write access and the source code can do).
    bool appendForged(PersonalStores& store, const QString& actorId, const crypto::Identity& signer,
                      const QString& action, const QJsonObject& details);
    QString personId(PersonalStores& store, const QString& name);
    // The président's certificate renewed by the administrator: his new identity (null on failure).
    crypto::Identity renewPresident(PersonalStores& store);
    std::unique_ptr<Store> attackersConnection();
    // The hash of the newest directory statement: what a forged one links to.
    QString lastStatementHash(PersonalStores& store);
    // A regime statement (an anchor statement stating `regime`, replacing `from`) signed by `signer` as
    // `actorId`, linked like a real one.
    bool appendRegimeStatement(PersonalStores& store, const QString& actorId, const crypto::Identity& signer,
                               const QString& regime, const QString& from);
    // Whether a client opening the store now refuses its regime and a filing (Integrity), the message naming
    // `expected`; at open already for a SQLite store whose trail was rewritten under it.
    void checkRegimeRefused(const QString& expected);

    FreshStores m_stores;
};

void TestStoreDirectory::initTestCase()
{
    QVERIFY(loadBuiltInData().ok());
    if (!m_stores.available()) {
        QSKIP(kNoPostgres);
    }
    static_cast<void>(org());
}

void TestStoreDirectory::init()
{
    QVERIFY(m_stores.next());
}

void TestStoreDirectory::cleanup()
{
    Clock::reset();
}

std::unique_ptr<PersonalStores> TestStoreDirectory::openWithOrg()
{
    auto store = m_stores.open();
    if (store) {
        registerOrg(*store);
    }
    return store;
}

QString TestStoreDirectory::personId(PersonalStores& store, const QString& name)
{
    auto rows = store.connection().exec(QStringLiteral("SELECT id FROM people WHERE name = ?"), {name});
    if (!rows || !rows.value().next()) {
        return {};
    }
    return rows.value().value(0).toString();
}

crypto::Identity TestStoreDirectory::renewPresident(PersonalStores& store)
{
    const crypto::Identity renewed = issue(org().ca, QStringLiteral("Jean Président (2028)"));
    auto done = store.administration().renewCertificate(org().admin, QStringLiteral("Jean Président"),
                                                        renewed.certificate());
    if (!done) {
        qWarning("%s", why(done).constData());
        return {};
    }
    return renewed;
}

bool TestStoreDirectory::appendForged(PersonalStores& store, const QString& actorId,
                                      const crypto::Identity& signer, const QString& action,
                                      const QJsonObject& details)
{
    auto last = store.connection().exec(
        QStringLiteral("SELECT sequence, hash, signature, at FROM audit ORDER BY sequence DESC LIMIT 1"));
    if (!last || !last.value().next()) {
        return false;
    }
    AuditEntry entry;
    entry.sequence = last.value().value(0).toLongLong() + 1;
    entry.previousHash = last.value().value(1).toString();
    entry.previousSignatureHash = auditHash(last.value().value(2).toByteArray());
    entry.at = QDateTime::fromString(last.value().value(3).toString(), Qt::ISODateWithMs).addSecs(1);
    last.value().finish();
    entry.actorId = actorId;
    entry.action = action;
    entry.details = details;
    const QByteArray canonical = entry.canonical();
    auto signature = crypto::Signature::sign(canonical, signer);
    if (!signature) {
        return false;
    }
    return rawSql(
        store,
        QStringLiteral("INSERT INTO audit (sequence, at, actor_id, action, declaration_id, details, "
                       "previous_hash, hash, signature, version, previous_signature) VALUES (?, ?, ?, ?, "
                       "NULL, ?, ?, ?, ?, ?, ?)"),
        {entry.sequence, entry.at.toString(Qt::ISODateWithMs), actorId, action,
         QString::fromUtf8(QJsonDocument(details).toJson(QJsonDocument::Compact)), entry.previousHash,
         auditHash(canonical), *signature, entry.version, entry.previousSignatureHash});
}

void TestStoreDirectory::newStoreIsAnchored()
{
    auto store = openWithOrg();
    QVERIFY(store);
    QVERIFY(store->directory().isAdopted().value());
    auto anchors = store->directory().trustAnchors();
    QVERIFY2(anchors.ok(), why(anchors));
    QCOMPARE(anchors->size(), 1);
    QVERIFY(anchors->front() == org().ca.certificate());
    QVERIFY(!store->directory().storeId()->isEmpty());
    QVERIFY2(store->directory().verify().ok(), why(store->directory().verify()));
    QCOMPARE(store->audit().verify(AuditVerification::EverySignature)->firstBad, 0);
}

void TestStoreDirectory::swappedCertificateNeverSealsForTheIntruder()
{
    // Attack 2 of issue 12: Thomas puts his certificate on the président's row (and the président's on his
    // own, the fingerprint column being unique), so that Hélène's next DI would be sealed to him.
    auto store = openWithOrg();
    QVERIFY(store);
    const Org& o = org();
    const QString president = personId(*store, QStringLiteral("Jean Président"));
    const QString thomas = personId(*store, QStringLiteral("Thomas Substitut"));
    QVERIFY(rawSql(*store,
                   QStringLiteral("UPDATE people SET fingerprint = 'x', certificate = ? WHERE id = ?"),
                   {o.president.certificate().toDer(), thomas}));
    QVERIFY(rawSql(
        *store, QStringLiteral("UPDATE people SET fingerprint = ?, certificate = ? WHERE id = ?"),
        {certificateFingerprint(o.substitut.certificate()), o.substitut.certificate().toDer(), president}));
    QVERIFY(rawSql(*store, QStringLiteral("UPDATE people SET fingerprint = ? WHERE id = ?"),
                   {certificateFingerprint(o.president.certificate()), thomas}));

    auto filed = store->declarations().file(juge(), o.juge);
    QVERIFY(!filed.ok());
    QCOMPARE(filed.error().kind, ErrorKind::Integrity);
    QCOMPARE(filed.error().code, QString(errors::DirectoryUnbacked));
    QVERIFY2(filed.error().message.contains(QStringLiteral("Jean Président")), why(filed));
    QVERIFY2(filed.error().message.contains(QStringLiteral("certificate")), why(filed));
    // Nothing was filed, and Thomas cannot act as the président either.
    auto count = store->connection().exec(QStringLiteral("SELECT COUNT(*) FROM declarations"));
    QVERIFY(count && count.value().next());
    QCOMPARE(count.value().value(0).toInt(), 0);
    count.value().finish();
    auto asPresident = store->declarations().list(o.substitut);
    QVERIFY(!asPresident.ok());
    QCOMPARE(asPresident.error().kind, ErrorKind::Integrity);
    QVERIFY(!store->directory().verify().ok());
}

void TestStoreDirectory::roleChangedByHandIsRefused()
{
    auto store = openWithOrg();
    QVERIFY(store);
    const Org& o = org();
    QVERIFY(rawSql(*store, QStringLiteral("UPDATE people SET role = 'admin' WHERE name = ?"),
                   {QStringLiteral("Thomas Substitut")}));
    auto added = store->administration().addPerson(o.substitut, QStringLiteral("Complice"), Role::Admin, {},
                                                   o.outsider.certificate());
    QVERIFY(!added.ok());
    QCOMPARE(added.error().kind, ErrorKind::Integrity);
    QVERIFY2(added.error().message.contains(QStringLiteral("role")), why(added));
    // The authority id too: the président's moved to the juge.
    QVERIFY(rawSql(*store, QStringLiteral("UPDATE people SET role = 'declarant' WHERE name = ?"),
                   {QStringLiteral("Thomas Substitut")}));
    QVERIFY(rawSql(*store, QStringLiteral("UPDATE people SET authority_id = NULL WHERE name = ?"),
                   {QStringLiteral("Jean Président")}));
    QVERIFY(rawSql(*store,
                   QStringLiteral("UPDATE people SET role = 'authority', authority_id = "
                                  "'tj-nanterre:president' WHERE name = ?"),
                   {QStringLiteral("Thomas Substitut")}));
    auto filed = store->declarations().file(juge(), o.juge);
    QVERIFY(!filed.ok());
    QCOMPARE(filed.error().kind, ErrorKind::Integrity);
}

void TestStoreDirectory::rowNobodyAddedIsRefused()
{
    auto store = openWithOrg();
    QVERIFY(store);
    const Org& o = org();
    QVERIFY(rawSql(
        *store,
        QStringLiteral("INSERT INTO people (id, name, role, authority_id, fingerprint, certificate, profile) "
                       "VALUES ('intruder', 'Intrus', 'auditor', NULL, ?, ?, '')"),
        {certificateFingerprint(o.outsider.certificate()), o.outsider.certificate().toDer()}));
    auto listed = store->declarations().list(o.outsider);
    QVERIFY(!listed.ok());
    QCOMPARE(listed.error().kind, ErrorKind::Integrity);
    QCOMPARE(listed.error().code, QString(errors::DirectoryUnbacked));
    QVERIFY(!store->directory().verify().ok());
    QVERIFY(!store->audit().verify().ok());
}

void TestStoreDirectory::certificateRowSwappedSignsNothingInTheTrail()
{
    // Thomas, with write access to the store, puts his own certificate in the row that holds the juge's
    // (its fingerprint column unchanged), then appends an entry in her name that his key signs. `audit
    // verify` reads every certificate in one query (Directory::takeCertificates): each counts only under the
    // fingerprint of its own bytes, so the entry has no signer the statements name.
    auto store = openWithOrg();
    QVERIFY(store);
    const Org& o = org();
    const QString juge = personId(*store, QStringLiteral("Hélène Juge"));
    QVERIFY(rawSql(*store, QStringLiteral("UPDATE certificates SET certificate = ? WHERE fingerprint = ?"),
                   {o.substitut.certificate().toDer(), certificateFingerprint(o.juge.certificate())}));
    QVERIFY(appendForged(*store, juge, o.substitut, QStringLiteral("open"), {}));
    auto reopened = m_stores.openShared();
    QVERIFY(reopened);
    auto report = (*reopened)->audit().verify();
    QVERIFY(report.ok() ? report->firstBad != 0 : report.error().kind == ErrorKind::Integrity);
}

void TestStoreDirectory::forgedStatementByNonAdministrator()
{
    // Thomas signs, with his own valid key, a statement renewing the président's certificate to his own,
    // linked exactly as a real one, and updates the row to match.
    auto store = openWithOrg();
    QVERIFY(store);
    const Org& o = org();
    const QString thomas = personId(*store, QStringLiteral("Thomas Substitut"));
    const QString president = personId(*store, QStringLiteral("Jean Président"));
    auto last = store->connection().exec(QStringLiteral(
        "SELECT hash FROM audit WHERE action LIKE 'directory-%' ORDER BY sequence DESC LIMIT 1"));
    QVERIFY(last && last.value().next());
    const QString previousStatement = last.value().value(0).toString();
    last.value().finish();
    QVERIFY(appendForged(*store, thomas, o.substitut, statements::Renew,
                         {{"person", president},
                          {"fingerprint", certificateFingerprint(o.outsider.certificate())},
                          {"previous_statement", previousStatement}}));
    QVERIFY(rawSql(
        *store,
        QStringLiteral("INSERT INTO certificates (fingerprint, person_id, certificate) VALUES (?, ?, ?)"),
        {certificateFingerprint(o.outsider.certificate()), president, o.outsider.certificate().toDer()}));
    QVERIFY(rawSql(
        *store, QStringLiteral("UPDATE people SET fingerprint = ?, certificate = ? WHERE id = ?"),
        {certificateFingerprint(o.outsider.certificate()), o.outsider.certificate().toDer(), president}));

    auto reopened = m_stores.openShared();
    QVERIFY(reopened);
    auto filed = (*reopened)->declarations().file(juge(), o.juge);
    QVERIFY(!filed.ok());
    QCOMPARE(filed.error().kind, ErrorKind::Integrity);
    QVERIFY2(filed.error().message.contains(QStringLiteral("not an administrator")), why(filed));
}

void TestStoreDirectory::editedStatementIsRefused()
{
    auto store = openWithOrg();
    QVERIFY(store);
    const Org& o = org();
    // The addition of Thomas, rewritten to make him an administrator (and the row to match).
    QVERIFY(rawSql(*store,
                   QStringLiteral("UPDATE audit SET details = REPLACE(details, '\"role\":\"declarant\"', "
                                  "'\"role\":\"admin\"') WHERE action = 'directory-add' AND details LIKE ?"),
                   {QStringLiteral("%Thomas Substitut%")}));
    QVERIFY(
        rawSql(*store, QStringLiteral("UPDATE people SET role = 'admin' WHERE name = 'Thomas Substitut'")));
    // In the store already open, and in another client opening it.
    auto added = store->administration().addPerson(o.substitut, QStringLiteral("Complice"), Role::Declarant,
                                                   {}, o.outsider.certificate());
    QVERIFY(!added.ok());
    QCOMPARE(added.error().kind, ErrorKind::Integrity);
    QVERIFY2(added.error().message.contains(QStringLiteral("role")), why(added));
    auto reopened = m_stores.openShared();
    if (m_stores.deployment == Deployment::Server) {
        // A server store's client checks the links of what was appended since it last looked, not what each
        // entry says (any login could otherwise stop every client with one bad entry): the edited statement
        // is refused where the directory is read.
        QVERIFY2(reopened.ok(), why(reopened));
        auto verified = (*reopened)->directory().verify();
        QVERIFY(!verified.ok());
        QCOMPARE(verified.error().kind, ErrorKind::Integrity);
        return;
    }
    QVERIFY(!reopened.ok());
    QCOMPARE(reopened.error().kind, ErrorKind::Integrity);
    QVERIFY2(reopened.error().message.contains(QStringLiteral("was modified")), why(reopened));
}

void TestStoreDirectory::removedStatementIsSeen()
{
    // The administrator removed Thomas; Thomas deletes that statement (and restores his row).
    auto store = openWithOrg();
    QVERIFY(store);
    const Org& o = org();
    QVERIFY(store->administration().removePerson(o.admin, QStringLiteral("Thomas Substitut")).ok());
    QVERIFY(store->administration()
                .addPerson(o.admin, QStringLiteral("Anne Nouvelle"), Role::Declarant, {},
                           o.outsider.certificate())
                .ok());
    QVERIFY(!store->declarations().list(o.substitut).ok());
    QVERIFY(rawSql(*store, QStringLiteral("DELETE FROM audit WHERE action = 'directory-remove'")));
    QVERIFY(rawSql(*store,
                   QStringLiteral("UPDATE people SET removed_at = NULL WHERE name = 'Thomas Substitut'")));
    auto listed = store->declarations().list(o.substitut);
    QVERIFY(!listed.ok());
    QCOMPARE(listed.error().kind, ErrorKind::Integrity);
    QVERIFY2(listed.error().message.contains(QStringLiteral("removal")), why(listed));
    // Another client: the trail has a hole where the statement was.
    auto reopened = m_stores.openShared();
    QVERIFY(!reopened.ok());
    QCOMPARE(reopened.error().kind, ErrorKind::Integrity);
    QVERIFY2(reopened.error().message.contains(QStringLiteral("missing")), why(reopened));
}

std::unique_ptr<Store> TestStoreDirectory::attackersConnection()
{
    return m_stores.attackersStore();
}

void TestStoreDirectory::truncationSeenByThisComputer()
{
    // Attack 3 of issue 12: the last entries (a refusal and a filing among them) deleted by hand, with the
    // filing's rows, so that nothing else points at them.
    const QString heads = m_stores.dir->filePath(QStringLiteral("heads.json"));
    const Org& o = org();
    QString declaration;
    {
        auto store = m_stores.open(Store::OpenOptions{heads, true});
        QVERIFY(store);
        registerOrg(*store);
        QVERIFY(store->declarations().file(juge(), o.juge).ok());
        auto di = store->declarations().file(substitutDi(), o.substitut);
        QVERIFY(di.ok());
        declaration = *di;
        QVERIFY(!store->declarations().open(*di, o.juge).ok()); // a refusal, audited
    }                                                           // closing remembers the head
    {
        auto again = m_stores.openShared(Store::OpenOptions{heads, true});
        QVERIFY2(again.ok(), why(again)); // whole and unchanged: opens
    }
    auto attacker = attackersConnection();
    QVERIFY(attacker);
    const qint64 last = auditCount(*attacker);
    QVERIFY(rawSql(*attacker, QStringLiteral("DELETE FROM audit WHERE sequence > ?"), {last - 2}));
    QVERIFY(rawSql(*attacker, QStringLiteral("DELETE FROM envelope_recipients WHERE declaration_id = ?"),
                   {declaration}));
    QVERIFY(
        rawSql(*attacker, QStringLiteral("DELETE FROM envelopes WHERE declaration_id = ?"), {declaration}));
    QVERIFY(rawSql(*attacker, QStringLiteral("DELETE FROM declarations WHERE id = ?"), {declaration}));
    attacker.reset();

    auto refused = m_stores.openShared(Store::OpenOptions{heads, true});
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().kind, ErrorKind::Integrity);
    QCOMPARE(refused.error().code, QString(errors::NotAppendOnly));
    QVERIFY2(refused.error().message.contains(QString::number(last)), why(refused));
    // Another computer, which never saw the store, sees a whole (shorter) trail: the head kept elsewhere
    // (audit verify --anchor, a checkpoint) is what shows it there.
    auto elsewhere =
        m_stores.openShared(Store::OpenOptions{m_stores.dir->filePath(QStringLiteral("other.json")), true});
    QVERIFY2(elsewhere.ok(), why(elsewhere));
}

void TestStoreDirectory::rewrittenTrailSeen()
{
    // Someone with write access rewrites an old entry and re-hashes everything after it, so that the chain
    // of hashes is whole again: the head this computer saw is not in it any more.
    const QString heads = m_stores.dir->filePath(QStringLiteral("heads.json"));
    {
        auto store = m_stores.open(Store::OpenOptions{heads, true});
        QVERIFY(store);
        registerOrg(*store);
        QVERIFY(store->declarations().file(juge(), org().juge).ok());
    }
    auto attacker = attackersConnection();
    QVERIFY(attacker);
    std::vector<AuditEntry> entries = readTrail(*attacker);
    entries.back().details.insert(QStringLiteral("recipients"), QJsonArray{QStringLiteral("hatvp")});
    QString previous = auditGenesisHash();
    QByteArray previousSignature;
    for (AuditEntry& entry : entries) {
        entry.previousHash = previous;
        entry.previousSignatureHash =
            previousSignature.isEmpty() ? auditGenesisHash() : auditHash(previousSignature);
        previous = auditHash(entry.canonical());
        previousSignature = entry.signature;
        QVERIFY(rawSql(
            *attacker,
            QStringLiteral("UPDATE audit SET details = ?, previous_hash = ?, hash = ? WHERE sequence = ?"),
            {QString::fromUtf8(QJsonDocument(entry.details).toJson(QJsonDocument::Compact)),
             entry.previousHash, previous, entry.sequence}));
    }
    attacker.reset();
    auto refused = m_stores.openShared(Store::OpenOptions{heads, true});
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().code, QString(errors::NotAppendOnly));
    QVERIFY2(refused.error().message.contains(QStringLiteral("rewritten")), why(refused));
}

void TestStoreDirectory::appendedEntriesAreAccepted()
{
    // What others append since (an extension of the trail) is fine, and the remembered head moves on.
    const QString heads = m_stores.dir->filePath(QStringLiteral("heads.json"));
    QString storeId;
    {
        auto store = m_stores.open(Store::OpenOptions{heads, true});
        QVERIFY(store);
        registerOrg(*store);
        storeId = *store->directory().storeId();
    }
    const qint64 before = KnownHeads(heads).find(storeId).value()->head.sequence;
    {
        auto other = m_stores.open(); // another client, with its own memory
        QVERIFY(other);
        QVERIFY(other->declarations().file(juge(), org().juge).ok());
    }
    auto store = m_stores.openShared(Store::OpenOptions{heads, true});
    QVERIFY2(store.ok(), why(store));
    QCOMPARE(KnownHeads(heads).find(storeId).value()->head.sequence, before + 1);
    QVERIFY(QFileInfo(heads).permissions() == (QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                               QFileDevice::ReadUser | QFileDevice::WriteUser));
}

void TestStoreDirectory::selfSignedKeyCannotSignAsSomeoneElse()
{
    // A key the organisation never issued takes the garde des sceaux's row and signs an "open" in that name.
    auto store = openWithOrg();
    QVERIFY(store);
    auto selfSigned = crypto::CertificateAuthority::createRoot(QStringLiteral("Garde des sceaux"),
                                                               QStringLiteral("Probitas"));
    QVERIFY(selfSigned);
    const QString gds = personId(*store, QStringLiteral("Garde des sceaux"));
    QVERIFY(
        rawSql(*store, QStringLiteral("UPDATE people SET fingerprint = ?, certificate = ? WHERE id = ?"),
               {certificateFingerprint(selfSigned->certificate()), selfSigned->certificate().toDer(), gds}));
    QVERIFY(rawSql(
        *store,
        QStringLiteral("INSERT INTO certificates (fingerprint, person_id, certificate) VALUES (?, ?, ?)"),
        {certificateFingerprint(selfSigned->certificate()), gds, selfSigned->certificate().toDer()}));
    QVERIFY(appendForged(*store, gds, *selfSigned, QStringLiteral("open"), {{"reason", "forged"}}));
    const qint64 forged = auditCount(*store);

    auto reopened = m_stores.openShared();
    QVERIFY(reopened);
    for (AuditVerification mode : {AuditVerification::Chain, AuditVerification::EverySignature}) {
        auto report = (*reopened)->audit().verify(mode);
        if (report.ok()) {
            QCOMPARE(report->firstBad, forged);
        } else {
            QCOMPARE(report.error().kind, ErrorKind::Integrity); // the row refused first
        }
    }
    auto asGds = (*reopened)->declarations().list(*selfSigned);
    QVERIFY(!asGds.ok());
    QCOMPARE(asGds.error().kind, ErrorKind::Integrity);
}

void TestStoreDirectory::certificateFromAnotherCaIsRefused()
{
    auto store = openWithOrg();
    QVERIFY(store);
    auto otherCa =
        crypto::CertificateAuthority::createRoot(QStringLiteral("Autre CA"), QStringLiteral("Ailleurs"));
    QVERIFY(otherCa);
    const crypto::Identity stranger = issue(*otherCa, QStringLiteral("Étranger"));
    auto added = store->administration().addPerson(org().admin, QStringLiteral("Étranger"), Role::Declarant,
                                                   {}, stranger.certificate());
    QVERIFY(!added.ok());
    QCOMPARE(added.error().kind, ErrorKind::Integrity);
    QVERIFY(!store->administration()
                 .renewCertificate(org().admin, QStringLiteral("Hélène Juge"), stranger.certificate())
                 .ok());
}

void TestStoreDirectory::renewal()
{
    auto store = openWithOrg();
    QVERIFY(store);
    const Org& o = org();
    auto before = store->declarations().file(juge(), o.juge);
    QVERIFY2(before.ok(), why(before));
    const crypto::Identity renewed = issue(o.ca, QStringLiteral("Hélène Juge (2028)"));
    // Only an administrator renews.
    auto byHerself = store->administration().renewCertificate(o.juge, QStringLiteral("Hélène Juge"),
                                                              renewed.certificate());
    QVERIFY(!byHerself.ok());
    QCOMPARE(byHerself.error().kind, ErrorKind::AccessDenied);
    auto done = store->administration().renewCertificate(o.admin, QStringLiteral("Hélène Juge"),
                                                         renewed.certificate());
    QVERIFY2(done.ok(), why(done));
    // The new identity acts; the replaced one no longer does.
    QVERIFY(store->declarations().list(renewed).ok());
    auto old = store->declarations().list(o.juge);
    QVERIFY(!old.ok());
    QCOMPARE(old.error().kind, ErrorKind::AccessDenied);
    // What she filed before the renewal is still hers: her président opens it, its signature checked against
    // the certificate she held when she filed it.
    auto earlier = store->declarations().open(*before, o.president);
    QVERIFY2(earlier.ok(), why(earlier));
    // She files the next version with the new identity: recognised, and the version is hers.
    Declaration next = juge();
    next.supersedes = *before;
    auto after = store->declarations().file(next, renewed);
    QVERIFY2(after.ok(), why(after));
    // Her entries signed with the old key still verify: each is checked against the certificate of its time.
    auto report = store->audit().verify(AuditVerification::EverySignature);
    QVERIFY2(report->firstBad == 0, qPrintable(report->problem));
    QVERIFY2(store->directory().verify().ok(), why(store->directory().verify()));
}

void TestStoreDirectory::renewedHolderReseals()
{
    // After the président's certificate is renewed, the DI filed to him is sealed to his former key: with
    // both identities he seals his copy again for the new one, and reads, acknowledges and forwards as
    // before.
    auto store = openWithOrg();
    QVERIFY(store);
    const Org& o = org();
    auto di = store->declarations().file(juge(), o.juge);
    QVERIFY2(di.ok(), why(di));
    const crypto::Identity renewed = renewPresident(*store);
    QVERIFY(!renewed.isNull());
    auto unreadable = store->declarations().open(*di, renewed);
    QVERIFY(!unreadable.ok());
    auto pending = store->declarations().sealedToFormerCertificate(renewed);
    QVERIFY2(pending.ok(), why(pending));
    QCOMPARE(*pending, 1);

    auto report = store->declarations().resealFormer(o.president, renewed);
    QVERIFY2(report.ok(), why(report));
    QCOMPARE(report->resealed, QStringList{*di});
    QVERIFY(report->failed.isEmpty());
    auto opened = store->declarations().open(*di, renewed);
    QVERIFY2(opened.ok(), why(opened));
    QCOMPARE(opened->toByteArrayUnwiped(), DeclarationCodec::encode(juge()));
    auto receipt = store->declarations().acknowledge(*di, renewed);
    QVERIFY2(receipt.ok(), why(receipt));
    // Done once: nothing more to re-seal, and running it again re-seals nothing.
    QCOMPARE(*store->declarations().sealedToFormerCertificate(renewed), 0);
    auto again = store->declarations().resealFormer(o.president, renewed);
    QVERIFY2(again.ok(), why(again));
    QVERIFY(again->resealed.isEmpty());
    // The copy is recorded, and the tables and the trail still tell the same story.
    auto entries = store->audit().entries(QStringList{actions::Reseal});
    QVERIFY2(entries.ok(), why(entries));
    QCOMPARE(entries->size(), size_t(1));
    QCOMPARE(entries->front().declarationId, *di);
    auto verified = store->audit().verify(AuditVerification::EverySignature);
    QVERIFY2(verified.ok(), why(verified));
    QVERIFY2(verified->firstBad == 0, qPrintable(verified->problem));
    // The juge, who was not renewed, has nothing to re-seal.
    QCOMPARE(*store->declarations().sealedToFormerCertificate(o.juge), 0);
}

void TestStoreDirectory::resealRefusesAnotherHoldersKey()
{
    // (b) The président, renewed, offers the juge's key (another recipient of the same DI) as his "former"
    // identity: refused, nothing sealed. Only a certificate the statements say he held counts.
    auto store = openWithOrg();
    QVERIFY(store);
    const Org& o = org();
    QVERIFY(store->declarations().file(juge(), o.juge).ok());
    const crypto::Identity renewed = renewPresident(*store);
    QVERIFY(!renewed.isNull());
    const qint64 envelopes = count(*store, QStringLiteral("envelopes"));
    for (const crypto::Identity* former : {&o.juge, &renewed, &o.substitut}) {
        auto refused = store->declarations().resealFormer(*former, renewed);
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().kind, ErrorKind::AccessDenied);
    }
    // The replaced key alone cannot act either.
    auto formerAlone = store->declarations().resealFormer(o.president, o.president);
    QVERIFY(!formerAlone.ok());
    QCOMPARE(formerAlone.error().kind, ErrorKind::AccessDenied);
    QCOMPARE(count(*store, QStringLiteral("envelopes")), envelopes);
}

void TestStoreDirectory::resealReportsTamperedCopy()
{
    // (c) The copy was changed by hand: it is not re-sealed, the report says why, nothing is written.
    auto store = openWithOrg();
    QVERIFY(store);
    const Org& o = org();
    auto di = store->declarations().file(juge(), o.juge);
    QVERIFY(di.ok());
    const crypto::Identity renewed = renewPresident(*store);
    QVERIFY(!renewed.isNull());
    auto sealed = store->connection().exec(QStringLiteral("SELECT id, sealed FROM envelopes"));
    QVERIFY(sealed && sealed.value().next());
    const QString envelopeId = sealed.value().value(0).toString();
    QByteArray bytes = sealed.value().value(1).toByteArray();
    sealed.value().finish();
    bytes[bytes.size() - 40] = char(bytes[bytes.size() - 40] ^ 0x01);
    QVERIFY(
        rawSql(*store, QStringLiteral("UPDATE envelopes SET sealed = ? WHERE id = ?"), {bytes, envelopeId}));
    auto report = store->declarations().resealFormer(o.president, renewed);
    QVERIFY2(report.ok(), why(report));
    QVERIFY(report->resealed.isEmpty());
    QCOMPARE(report->failed, QStringList{*di});
    QCOMPARE(report->reasons.size(), 1);
    QCOMPARE(count(*store, QStringLiteral("envelopes")), 1);
    auto entries = store->audit().entries(QStringList{actions::Reseal});
    QVERIFY(entries.ok() && entries->empty());
}

void TestStoreDirectory::resealCarriesTheDraftOver()
{
    // Hélène's draft, saved before her renewal, is sealed to her former key: re-sealing carries it over,
    // signed again by her current one. A draft someone else signed is not carried over.
    auto store = openWithOrg();
    QVERIFY(store);
    const Org& o = org();
    const QByteArray draft = DeclarationCodec::encode(juge());
    QVERIFY(store->drafts().save(o.juge, draft).ok());
    const crypto::Identity renewed = issue(o.ca, QStringLiteral("Hélène Juge (2028)"));
    QVERIFY(store->administration()
                .renewCertificate(o.admin, QStringLiteral("Hélène Juge"), renewed.certificate())
                .ok());
    QVERIFY(!store->drafts().open(renewed).ok());
    auto report = store->resealFormer(o.juge, renewed);
    QVERIFY2(report.ok(), why(report));
    QVERIFY(report->draft);
    auto resumed = store->drafts().open(renewed);
    QVERIFY2(resumed.ok(), why(resumed));
    QCOMPARE(resumed->toByteArrayUnwiped(), draft);
    auto again = store->resealFormer(o.juge, renewed);
    QVERIFY2(again.ok(), why(again));
    QVERIFY(!again->draft);

    // (b)+(c) Thomas seals a draft for Hélène's former key, signed by himself, into her row.
    auto forged = crypto::Envelope::seal(draft, o.substitut, {o.juge.certificate()});
    QVERIFY(forged.ok());
    QVERIFY(rawSql(*store, QStringLiteral("UPDATE drafts SET sealed = ? WHERE declarant_id = ?"),
                   {*forged, personId(*store, QStringLiteral("Hélène Juge"))}));
    auto refused = store->resealFormer(o.juge, renewed);
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().code, QStringLiteral("store.wrong-signer"));
}

void TestStoreDirectory::declarationMovedToAnotherDeclarantIsRefused()
{
    // (c) Thomas's own DI, filed to the procureur, is moved by raw SQL into Hélène's name: the procureur
    // would read his words as hers. Its filing entry is Thomas's, signed by him: refused, exit 4.
    auto store = openWithOrg();
    QVERIFY(store);
    const Org& o = org();
    auto di = store->declarations().file(substitutDi(), o.substitut);
    QVERIFY2(di.ok(), why(di));
    QVERIFY(store->declarations().open(*di, o.procureur).ok());
    QVERIFY(rawSql(*store, QStringLiteral("UPDATE declarations SET declarant_id = ? WHERE id = ?"),
                   {personId(*store, QStringLiteral("Hélène Juge")), *di}));
    auto moved = store->declarations().open(*di, o.procureur);
    QVERIFY(!moved.ok());
    QCOMPARE(moved.error().kind, ErrorKind::Integrity);
    QVERIFY2(moved.error().message.contains(*di), why(moved));
}

void TestStoreDirectory::removal()
{
    auto store = openWithOrg();
    QVERIFY(store);
    const Org& o = org();
    auto di = store->declarations().file(juge(), o.juge);
    QVERIFY(di.ok());
    auto removed = store->administration().removePerson(o.admin, QStringLiteral("Jean Président"));
    QVERIFY2(removed.ok(), why(removed));
    // The removed président can no longer open what was sealed to him.
    auto opened = store->declarations().open(*di, o.president);
    QVERIFY(!opened.ok());
    QCOMPARE(opened.error().kind, ErrorKind::AccessDenied);
    // Nothing more is sealed for him: a filing now finds no one holding the authority, until a successor.
    auto refiled = store->declarations().file(substitutDi(), o.substitut);
    QVERIFY(refiled.ok()); // to the procureur, untouched
    auto orphan = store->declarations().file(juge(), o.juge);
    QVERIFY(!orphan.ok());
    QCOMPARE(orphan.error().code, QString(errors::MissingAuthority));
    const crypto::Identity successor = issue(o.ca, QStringLiteral("Nouveau Président"));
    QVERIFY(store->administration()
                .addPerson(o.admin, QStringLiteral("Nouveau Président"), Role::Authority,
                           QStringLiteral("tj-nanterre:president"), successor.certificate())
                .ok());
    Declaration modified = juge();
    modified.supersedes = *di;
    modified.event = DeclarationEvent::Modification;
    auto second = store->declarations().file(modified, o.juge);
    QVERIFY2(second.ok(), why(second));
    QVERIFY(store->declarations().open(*second, successor).ok());
    QVERIFY(!store->declarations().open(*second, o.president).ok());
    QCOMPARE(store->audit().verify(AuditVerification::EverySignature)->firstBad, 0);
    QVERIFY2(store->directory().verify().ok(), why(store->directory().verify()));
}

void TestStoreDirectory::lastAdministratorStays()
{
    auto store = openWithOrg();
    QVERIFY(store);
    auto removed = store->administration().removePerson(org().admin, QStringLiteral("Admin"));
    QVERIFY(!removed.ok());
    QCOMPARE(removed.error().code, QString(errors::WrongState));
}

void TestStoreDirectory::legacyStoreIsAdoptedOnce()
{
    if (m_stores.deployment == Deployment::Server) {
        QSKIP("a server store is set up at the current schema, its directory anchored from its first "
              "statement: "
              "it never held a directory to adopt");
    }
    // A store as the previous version made it: people rows and unlinked "directory-add" entries, no anchor.
    auto store = openWithOrg();
    QVERIFY(store);
    const Org& o = org();
    QVERIFY(store->declarations().file(juge(), o.juge).ok());
    QVERIFY(rawSql(*store, QStringLiteral("DELETE FROM trust_anchors")));
    // Where migration 6 puts what an older version kept: the situation each person last declared.
    QVERIFY(rawSql(*store, QStringLiteral("UPDATE people SET declared_profile = profile, profile = ''")));
    // Rewrite the trail as an unlinked one would be: drop the anchor and the links, re-hash, re-sign.
    std::vector<AuditEntry> entries = readTrail(*store);
    const QString adminId = personId(*store, QStringLiteral("Admin"));
    const QString jugeId = personId(*store, QStringLiteral("Hélène Juge"));
    QVERIFY(rawSql(*store, QStringLiteral("DELETE FROM audit")));
    QString previous = auditGenesisHash();
    QByteArray previousSignature;
    for (AuditEntry entry : entries) {
        if (entry.action == statements::Anchor) {
            entry.action = statements::Add;
            entry.details = {{"person", adminId},
                             {"name", "Admin"},
                             {"role", "admin"},
                             {"authority", ""},
                             {"fingerprint", certificateFingerprint(o.admin.certificate())}};
        }
        entry.details.remove(QStringLiteral("previous_statement"));
        entry.previousHash = previous;
        entry.previousSignatureHash =
            previousSignature.isEmpty() ? auditGenesisHash() : auditHash(previousSignature);
        const QByteArray canonical = entry.canonical();
        const crypto::Identity& signer = entry.actorId == adminId ? o.admin : o.juge;
        QVERIFY(entry.actorId == adminId || entry.actorId == jugeId);
        auto signature = crypto::Signature::sign(canonical, signer);
        QVERIFY(signature);
        QVERIFY(rawSql(
            *store,
            QStringLiteral("INSERT INTO audit (sequence, at, actor_id, action, declaration_id, details, "
                           "previous_hash, hash, signature, version, previous_signature) VALUES (?, ?, ?, "
                           "?, ?, ?, ?, ?, ?, ?, ?)"),
            {entry.sequence, entry.at.toString(Qt::ISODateWithMs), entry.actorId, entry.action,
             entry.declarationId.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : entry.declarationId,
             QString::fromUtf8(QJsonDocument(entry.details).toJson(QJsonDocument::Compact)),
             entry.previousHash, auditHash(canonical), *signature, entry.version,
             entry.previousSignatureHash}));
        previous = auditHash(canonical);
        previousSignature = *signature;
    }

    auto legacy = m_stores.openShared();
    QVERIFY(legacy);
    QVERIFY(!(*legacy)->directory().isAdopted().value());
    auto refused = (*legacy)->declarations().list(o.juge);
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().code, QString(errors::DirectoryNotAdopted));
    QVERIFY2(refused.error().message.contains(QStringLiteral("people adopt")), why(refused));
    // Only an administrator of the table adopts it, once.
    QVERIFY(!(*legacy)->administration().adoptDirectory(o.juge, {o.ca.certificate()}).ok());
    auto adopted = (*legacy)->administration().adoptDirectory(o.admin, {o.ca.certificate()});
    QVERIFY2(adopted.ok(), why(adopted));
    QCOMPARE(adopted->size(), 12);
    QVERIFY2((*legacy)->declarations().list(o.juge).ok(), why((*legacy)->declarations().list(o.juge)));
    // The situation Hélène last declared is her official posting now, signed by the administrator.
    auto declared = (*legacy)->directory().personByName(QStringLiteral("Hélène Juge"));
    QVERIFY2(declared.ok(), why(declared));
    QVERIFY(declared->profile);
    QVERIFY(declared->profile->postingDifferences(*juge().profile).isEmpty());
    QVERIFY2((*legacy)->declarations().file(juge(), o.juge).ok(), "filed on the adopted posting");
    QCOMPARE((*legacy)->audit().verify(AuditVerification::EverySignature)->firstBad, 0);
    auto again = (*legacy)->administration().adoptDirectory(o.admin, {o.ca.certificate()});
    QVERIFY(!again.ok());
    QCOMPARE(again.error().code, QString(errors::WrongState));
}

template <typename AnyStore> qint64 TestStoreDirectory::count(AnyStore& store, const QString& table)
{
    auto rows = store.connection().exec(QStringLiteral("SELECT COUNT(*) FROM %1").arg(table));
    if (!rows || !rows.value().next()) {
        return -1;
    }
    const qint64 value = rows.value().value(0).toLongLong();
    rows.value().finish();
    return value;
}

namespace {

Profile jugePosting()
{
    return *juge().profile;
}

Profile ceasedPosting(const QString& on)
{
    Profile posting = jugePosting();
    posting.ceasedOn = QDate::fromString(on, Qt::ISODate);
    return posting;
}

} // namespace

void TestStoreDirectory::declaredRankDoesNotRoute()
{
    // Attack 1 of issue 12: Hélène declares herself "chef" so that her DI goes to the premier président
    // alone, past her own président. Refused, naming the rank; nothing sealed, nothing superseded.
    auto store = openWithOrg();
    QVERIFY(store);
    auto first = store->declarations().file(juge(), org().juge);
    QVERIFY2(first.ok(), why(first));
    Declaration chef = juge();
    chef.profile->rank = Rank::Chef;
    chef.supersedes = *first;
    auto filed = store->declarations().file(chef, org().juge);
    QVERIFY(!filed.ok());
    QCOMPARE(filed.error().kind, ErrorKind::Invalid);
    QCOMPARE(filed.error().code, QString(errors::PostingMismatch));
    QVERIFY2(filed.error().message.contains(QStringLiteral("rank")), why(filed));
    QVERIFY2(filed.error().message.contains(QStringLiteral("Hélène Juge")), why(filed));
    QCOMPARE(count(*store, QStringLiteral("declarations")), 1);
    auto record = store->declarations().record(*first);
    QVERIFY(record);
    QCOMPARE(record->status, DeclarationStatus::Filed);
    // The président still receives it.
    auto presidentList = store->declarations().list(org().president);
    QVERIFY2(presidentList.ok(), why(presidentList));
    QCOMPARE(presidentList->size(), 1);
}

void TestStoreDirectory::declaredCessationDestroysNothing()
{
    // Attack 1, continued: a ceased_on typed by the declarant is refused at filing, and purge (which reads
    // only the administrators' statements) destroys nothing.
    auto store = openWithOrg();
    QVERIFY(store);
    QVERIFY(store->declarations().file(juge(), org().juge).ok());
    Declaration ceased = juge();
    ceased.profile->ceasedOn = QDate(2020, 1, 1);
    auto filed = store->declarations().file(ceased, org().juge);
    QVERIFY(!filed.ok());
    QCOMPARE(filed.error().code, QString(errors::PostingMismatch));
    QVERIFY2(filed.error().message.contains(QStringLiteral("ceased on")), why(filed));
    auto purged = store->procedures().purge(org().admin, false);
    QVERIFY2(purged.ok(), why(purged));
    QVERIFY(purged->destroyed.isEmpty());
}

void TestStoreDirectory::declaredChangeComesFromTheSignedFiling()
{
    // The date of a substantial change only the magistrate knows, and it adds a complementary declaration to
    // the dashboard: read from her newest signed "file" entry, never from a row anyone with write access can
    // change.
    auto store = openWithOrg();
    QVERIFY(store);
    auto first = store->declarations().file(juge(), org().juge);
    QVERIFY2(first.ok(), why(first));
    const QString jugeId = personId(*store, QStringLiteral("Hélène Juge"));
    auto none = store->directory().declaredChanges();
    QVERIFY2(none.ok(), why(none));
    QVERIFY(!none->count(jugeId));

    Declaration changed = juge();
    changed.event = DeclarationEvent::Modification;
    changed.supersedes = *first;
    changed.profile->changedOn = QDate(2026, 4, 1);
    auto second = store->declarations().file(changed, org().juge);
    QVERIFY2(second.ok(), why(second));
    auto person = store->directory().personFor(org().juge.certificate());
    QVERIFY2(person.ok(), why(person));
    auto declared = store->directory().withDeclaredChange(*person);
    QVERIFY2(declared.ok(), why(declared));
    QCOMPARE(declared->declaredChangeOn, QDate(2026, 4, 1));
    QCOMPARE(declared->obligationsProfile()->changedOn, QDate(2026, 4, 1));

    // (c) The old column, written by hand: it decides nothing.
    QVERIFY(rawSql(*store, QStringLiteral("UPDATE people SET declared_profile = ? WHERE id = ?"),
                   {QStringLiteral(R"({"changed_on":"2026-11-30"})"), jugeId}));
    auto listed = store->directory().people();
    QVERIFY2(listed.ok(), why(listed));
    auto everyone = store->directory().withDeclaredChanges(*listed);
    QVERIFY2(everyone.ok(), why(everyone));
    for (const Person& someone : *everyone) {
        QCOMPARE(someone.declaredChangeOn, someone.id == jugeId ? QDate(2026, 4, 1) : QDate());
    }

    // (c) The signed entry, edited by hand: refused, naming it.
    auto newest = store->connection().exec(QStringLiteral(
        "SELECT sequence, details FROM audit WHERE action = 'file' ORDER BY sequence DESC LIMIT 1"));
    QVERIFY(newest && newest.value().next());
    const qint64 sequence = newest.value().value(0).toLongLong();
    QJsonObject details = QJsonDocument::fromJson(newest.value().value(1).toString().toUtf8()).object();
    newest.value().finish();
    QCOMPARE(details.value(QStringLiteral("changed-on")).toString(), QStringLiteral("2026-04-01"));
    details.insert(QStringLiteral("changed-on"), QStringLiteral("2026-11-30"));
    QVERIFY(rawSql(*store, QStringLiteral("UPDATE audit SET details = ? WHERE sequence = ?"),
                   {QString::fromUtf8(QJsonDocument(details).toJson(QJsonDocument::Compact)), sequence}));
    auto edited = store->directory().declaredChanges();
    QVERIFY(!edited.ok());
    QCOMPARE(edited.error().kind, ErrorKind::Integrity);
    QCOMPARE(edited.error().code, QString(errors::AuditBroken));
    QVERIFY2(edited.error().message.contains(QString::number(sequence)), why(edited));
    QVERIFY(!store->directory().withDeclaredChange(*person).ok());
}

void TestStoreDirectory::declaredChangeForgedByAnotherKeyIsRefused()
{
    // (b) Thomas appends a "file" entry in Hélène's name, signed with his own valid key, to give her a change
    // she never declared: the entry is not hers, and the dashboard refuses to count on it.
    auto store = openWithOrg();
    QVERIFY(store);
    QVERIFY(store->declarations().file(juge(), org().juge).ok());
    const QString jugeId = personId(*store, QStringLiteral("Hélène Juge"));
    QVERIFY(appendForged(*store, jugeId, org().substitut, QStringLiteral("file"),
                         {{QStringLiteral("changed-on"), QStringLiteral("2026-11-30")}}));
    auto forged = store->directory().declaredChanges(jugeId);
    QVERIFY(!forged.ok());
    QCOMPARE(forged.error().kind, ErrorKind::Integrity);
    QVERIFY2(forged.error().message.contains(QStringLiteral("signer")) ||
                 forged.error().message.contains(QStringLiteral("signature")),
             why(forged));
}

void TestStoreDirectory::declaredChangeVerifiedBeforeIsCheckedAgain_data()
{
    QTest::addColumn<QString>("tampering");
    QTest::newRow("details") << QStringLiteral(
        "UPDATE audit SET details = REPLACE(details, '2026-04-01', '2026-11-30') WHERE sequence = ?");
    QTest::newRow("another entry's signature") << QStringLiteral(
        "UPDATE audit SET signature = (SELECT signature FROM audit WHERE sequence = 1) WHERE "
        "sequence = ?");
    QTest::newRow("hash") << QStringLiteral(
        "UPDATE audit SET hash = (SELECT hash FROM audit WHERE sequence = 1) WHERE sequence = ?");
}

void TestStoreDirectory::declaredChangeVerifiedBeforeIsCheckedAgain()
{
    // (c) The newest filings verified once are not verified again while their bytes stay the same (a
    // dashboard of 9,000 magistrates refreshes): the same view, after raw SQL changed one of them, refuses
    // it.
    QFETCH(QString, tampering);
    auto store = openWithOrg();
    QVERIFY(store);
    Declaration changed = juge();
    changed.event = DeclarationEvent::Modification;
    changed.profile->changedOn = QDate(2026, 4, 1);
    QVERIFY(store->declarations().file(changed, org().juge).ok());
    const QString jugeId = personId(*store, QStringLiteral("Hélène Juge"));
    for (int i = 0; i < 2; ++i) { // verified, then remembered
        auto changes = store->directory().declaredChanges();
        QVERIFY2(changes.ok(), why(changes));
        QCOMPARE(changes->at(jugeId), QDate(2026, 4, 1));
    }
    auto newest = store->connection().exec(
        QStringLiteral("SELECT MAX(sequence) FROM audit WHERE action = 'file' AND actor_id = ?"), {jugeId});
    QVERIFY(newest && newest.value().next());
    const qint64 sequence = newest.value().value(0).toLongLong();
    newest.value().finish();
    QVERIFY(rawSql(*store, tampering, {sequence}));
    auto edited = store->directory().declaredChanges();
    QVERIFY(!edited.ok());
    QCOMPARE(edited.error().kind, ErrorKind::Integrity);
    QVERIFY2(edited.error().message.contains(QString::number(sequence)), why(edited));
}

void TestStoreDirectory::postingChangedByHandIsRefused()
{
    // The same with raw SQL: Hélène writes a cessation into her own row. Purge refuses to rest on it.
    auto store = openWithOrg();
    QVERIFY(store);
    QVERIFY(store->declarations().file(juge(), org().juge).ok());
    QVERIFY(rawSql(*store, QStringLiteral("UPDATE people SET profile = ? WHERE name = ?"),
                   {QString::fromUtf8(QJsonDocument(ceasedPosting(QStringLiteral("2015-01-31")).toJson())
                                          .toJson(QJsonDocument::Compact)),
                    QStringLiteral("Hélène Juge")}));
    auto purged = store->procedures().purge(org().admin, false);
    QVERIFY(!purged.ok());
    QCOMPARE(purged.error().kind, ErrorKind::Integrity);
    QVERIFY2(purged.error().message.contains(QStringLiteral("official posting")), why(purged));
    QCOMPARE(count(*store, QStringLiteral("envelopes")), 1);
    // And a rank typed into the row does not route either: her identity is refused.
    QVERIFY(rawSql(
        *store, QStringLiteral("UPDATE people SET profile = ? WHERE name = ?"),
        {QString::fromUtf8(QJsonDocument(presidentDsp().profile->toJson()).toJson(QJsonDocument::Compact)),
         QStringLiteral("Hélène Juge")}));
    Declaration chef = juge();
    chef.profile = presidentDsp().profile;
    auto filed = store->declarations().file(chef, org().juge);
    QVERIFY(!filed.ok());
    QCOMPARE(filed.error().kind, ErrorKind::Integrity);
}

void TestStoreDirectory::postingStatedByNonAdministratorIsRefused()
{
    // Hélène signs, with her own valid key, a posting statement giving herself a cessation, linked exactly
    // as a real one, and updates her row to match.
    auto store = openWithOrg();
    QVERIFY(store);
    QVERIFY(store->declarations().file(juge(), org().juge).ok());
    const QString helene = personId(*store, QStringLiteral("Hélène Juge"));
    auto last = store->connection().exec(QStringLiteral(
        "SELECT hash FROM audit WHERE action LIKE 'directory-%' ORDER BY sequence DESC LIMIT 1"));
    QVERIFY(last && last.value().next());
    const QString previousStatement = last.value().value(0).toString();
    last.value().finish();
    const QJsonObject posting = ceasedPosting(QStringLiteral("2015-01-31")).toJson();
    QVERIFY(
        appendForged(*store, helene, org().juge, statements::Posting,
                     {{"person", helene}, {"posting", posting}, {"previous_statement", previousStatement}}));
    QVERIFY(rawSql(*store, QStringLiteral("UPDATE people SET profile = ? WHERE id = ?"),
                   {QString::fromUtf8(QJsonDocument(posting).toJson(QJsonDocument::Compact)), helene}));
    auto reopened = m_stores.openShared();
    QVERIFY2(reopened.ok(), why(reopened));
    auto purged = (*reopened)->procedures().purge(org().admin, false);
    QVERIFY(!purged.ok());
    QCOMPARE(purged.error().kind, ErrorKind::Integrity);
    QVERIFY2(purged.error().message.contains(QStringLiteral("not an administrator")), why(purged));
    QCOMPARE(count(**reopened, QStringLiteral("envelopes")), 1);
}

void TestStoreDirectory::postingStatedByAdministratorRoutes()
{
    // Hélène becomes présidente of the tribunal: once the administrator states it, her DI goes to the premier
    // président, and the situation she used to declare is refused.
    auto store = openWithOrg();
    QVERIFY(store);
    Profile chef = jugePosting();
    chef.rank = Rank::Chef;
    // Jean Président holds the authority id; Hélène's new rank is hers in the directory all the same.
    auto stated = store->postings().set(org().admin, QStringLiteral("Hélène Juge"), chef);
    QVERIFY2(stated.ok(), why(stated));
    QCOMPARE(stated->profile->rank, Rank::Chef);
    QVERIFY2(store->directory().verify().ok(), why(store->directory().verify()));
    auto old = store->declarations().file(juge(), org().juge);
    QVERIFY(!old.ok());
    QCOMPARE(old.error().code, QString(errors::PostingMismatch));
    Declaration asChef = juge();
    asChef.profile = chef;
    auto filed = store->declarations().file(asChef, org().juge);
    QVERIFY2(filed.ok(), why(filed));
    QCOMPARE(store->declarations().record(*filed)->recipients,
             QStringList{QStringLiteral("ca-versailles:premier-president")});
    // The same posting twice is no statement at all.
    auto again = store->postings().set(org().admin, QStringLiteral("Hélène Juge"), chef);
    QVERIFY(!again.ok());
    QCOMPARE(again.error().code, QString(errors::WrongState));
    // Another client sees the same.
    auto reopened = m_stores.openShared();
    QVERIFY2(reopened.ok(), why(reopened));
    auto helene = (*reopened)->directory().personByName(QStringLiteral("Hélène Juge"));
    QVERIFY2(helene.ok(), why(helene));
    QCOMPARE(helene->profile->rank, Rank::Chef);
}

void TestStoreDirectory::noPostingNoFiling()
{
    auto store = openWithOrg();
    QVERIFY(store);
    QVERIFY(store->administration()
                .addPerson(org().admin, QStringLiteral("Anne Vidal"), Role::Declarant, {},
                           org().outsider.certificate())
                .ok());
    auto filed = store->declarations().file(juge(), org().outsider);
    QVERIFY(!filed.ok());
    QCOMPARE(filed.error().kind, ErrorKind::Invalid);
    QCOMPARE(filed.error().code, QString(errors::NoPosting));
    QVERIFY2(filed.error().message.contains(QStringLiteral("Anne Vidal")), why(filed));
}

void TestStoreDirectory::requestGrantedThenPurged()
{
    auto store = openWithOrg();
    QVERIFY(store);
    auto declaration = store->declarations().file(juge(), org().juge);
    QVERIFY2(declaration.ok(), why(declaration));
    auto request =
        store->postings().request(org().juge, ceasedPosting(QStringLiteral("2020-01-01")),
                                  QStringLiteral("Admise à la retraite, décret du 2 décembre 2019"));
    QVERIFY2(request.ok(), why(request));
    QCOMPARE(request->status, PostingRequestStatus::Pending);
    // The administrator, the auditor and Hélène see it; Thomas does not.
    for (const crypto::Identity* reader : {&org().admin, &org().auditor, &org().juge}) {
        auto pending = store->postings().requests(*reader, true);
        QVERIFY2(pending.ok(), why(pending));
        QCOMPARE(pending->size(), 1);
        QCOMPARE(pending->front().name, QStringLiteral("Hélène Juge"));
        QCOMPARE(pending->front().posting.ceasedOn, QDate(2020, 1, 1));
        QCOMPARE(pending->front().note, QStringLiteral("Admise à la retraite, décret du 2 décembre 2019"));
    }
    QVERIFY(store->postings().requests(org().substitut)->isEmpty());
    // Nothing is destroyed on a request.
    QVERIFY(store->procedures().purge(org().admin, false)->destroyed.isEmpty());

    auto granted = store->postings().grant(org().admin, request->id);
    QVERIFY2(granted.ok(), why(granted));
    QCOMPARE(granted->profile->ceasedOn, QDate(2020, 1, 1));
    auto all = store->postings().requests(org().juge);
    QCOMPARE(all->front().status, PostingRequestStatus::Granted);
    QCOMPARE(all->front().decidedBy, QStringLiteral("Admin"));
    QVERIFY(store->postings().requests(org().admin, true)->isEmpty());
    // Granted once only.
    auto twice = store->postings().grant(org().admin, request->id);
    QVERIFY(!twice.ok());
    QCOMPARE(twice.error().code, QString(errors::WrongState));
    // Retention now runs from the stated cessation (2020 + 5 years < today).
    auto purged = store->procedures().purge(org().admin, false);
    QVERIFY2(purged.ok(), why(purged));
    QCOMPARE(purged->destroyed, QStringList{*declaration});
    QVERIFY2(store->audit().verify(AuditVerification::EverySignature)->firstBad == 0,
             why(store->audit().verify(AuditVerification::EverySignature)));
}

void TestStoreDirectory::requestRejectedStaysRejected()
{
    auto store = openWithOrg();
    QVERIFY(store);
    auto request = store->postings().request(org().juge, ceasedPosting(QStringLiteral("2020-01-01")));
    QVERIFY2(request.ok(), why(request));
    auto noReason = store->postings().reject(org().admin, request->id, QStringLiteral("  "));
    QVERIFY(!noReason.ok());
    QCOMPARE(noReason.error().kind, ErrorKind::Unusable);
    auto rejected = store->postings().reject(org().admin, request->id,
                                             QStringLiteral("Aucun décret de cessation au Journal officiel"));
    QVERIFY2(rejected.ok(), why(rejected));
    QCOMPARE(rejected->status, PostingRequestStatus::Rejected);
    auto seen = store->postings().requests(org().juge);
    QCOMPARE(seen->size(), 1);
    QCOMPARE(seen->front().status, PostingRequestStatus::Rejected);
    QCOMPARE(seen->front().reason, QStringLiteral("Aucun décret de cessation au Journal officiel"));
    auto granted = store->postings().grant(org().admin, request->id);
    QVERIFY(!granted.ok());
    QCOMPARE(granted.error().code, QString(errors::WrongState));
    QVERIFY(!store->directory().personByName(QStringLiteral("Hélène Juge"))->profile->ceasedOn.isValid());
}

void TestStoreDirectory::newerRequestReplacesPending()
{
    auto store = openWithOrg();
    QVERIFY(store);
    auto first = store->postings().request(org().juge, ceasedPosting(QStringLiteral("2026-01-31")));
    QVERIFY2(first.ok(), why(first));
    auto second = store->postings().request(org().juge, ceasedPosting(QStringLiteral("2026-02-28")));
    QVERIFY2(second.ok(), why(second));
    auto pending = store->postings().requests(org().admin, true);
    QCOMPARE(pending->size(), 1);
    QCOMPARE(pending->front().id, second->id);
    auto replaced = store->postings().grant(org().admin, first->id);
    QVERIFY(!replaced.ok());
    QCOMPARE(replaced.error().code, QString(errors::WrongState));
    // Asking for the posting already stated is no request.
    auto same = store->postings().request(org().juge, jugePosting());
    QVERIFY(!same.ok());
    QCOMPARE(same.error().code, QString(errors::WrongState));
}

void TestStoreDirectory::forgedRequestCannotBeGranted()
{
    // Thomas writes a request in Hélène's name (her person id as the actor), signed with his own key: the
    // administrator sees it listed, but granting it is refused.
    auto store = openWithOrg();
    QVERIFY(store);
    const QString helene = personId(*store, QStringLiteral("Hélène Juge"));
    QVERIFY(appendForged(
        *store, helene, org().substitut, QStringLiteral("posting-request"),
        {{"request", "forged-request"}, {"posting", ceasedPosting(QStringLiteral("2015-01-31")).toJson()}}));
    auto granted = store->postings().grant(org().admin, QStringLiteral("forged-request"));
    QVERIFY(!granted.ok());
    QCOMPARE(granted.error().kind, ErrorKind::Integrity);
    QVERIFY2(granted.error().message.contains(QStringLiteral("Hélène Juge")), why(granted));
    QVERIFY(!store->directory().personByName(QStringLiteral("Hélène Juge"))->profile->ceasedOn.isValid());
}

void TestStoreDirectory::editedRequestCannotBeGranted()
{
    // Hélène asked for a cessation in 2026; someone with write access moves it to 2015 before it is granted.
    auto store = openWithOrg();
    QVERIFY(store);
    auto request = store->postings().request(org().juge, ceasedPosting(QStringLiteral("2026-01-31")));
    QVERIFY2(request.ok(), why(request));
    QVERIFY(
        rawSql(*store,
               QStringLiteral("UPDATE audit SET details = REPLACE(details, '2026-01-31', '2015-01-31') WHERE "
                              "action = 'posting-request'")));
    auto granted = store->postings().grant(org().admin, request->id);
    QVERIFY(!granted.ok());
    QCOMPARE(granted.error().kind, ErrorKind::Integrity);
    QVERIFY(!store->directory().personByName(QStringLiteral("Hélène Juge"))->profile->ceasedOn.isValid());
}

void TestStoreDirectory::onlyAdministratorsDecide()
{
    auto store = openWithOrg();
    QVERIFY(store);
    auto request = store->postings().request(org().juge, ceasedPosting(QStringLiteral("2026-01-31")));
    QVERIFY2(request.ok(), why(request));
    auto stated = store->postings().set(org().juge, QStringLiteral("Hélène Juge"),
                                        ceasedPosting(QStringLiteral("2015-01-31")));
    QVERIFY(!stated.ok());
    QCOMPARE(stated.error().kind, ErrorKind::AccessDenied);
    auto granted = store->postings().grant(org().juge, request->id);
    QVERIFY(!granted.ok());
    QCOMPARE(granted.error().kind, ErrorKind::AccessDenied);
    auto rejected = store->postings().reject(org().president, request->id, QStringLiteral("non"));
    QVERIFY(!rejected.ok());
    QCOMPARE(rejected.error().kind, ErrorKind::AccessDenied);
    // The auditor has no posting to ask for; the administrator cannot state one for a non-magistrate.
    auto auditor = store->postings().request(org().auditor, jugePosting());
    QVERIFY(!auditor.ok());
    QCOMPARE(auditor.error().kind, ErrorKind::AccessDenied);
    auto forAuditor = store->postings().set(org().admin, QStringLiteral("Auditeur"), jugePosting());
    QVERIFY(!forAuditor.ok());
    QCOMPARE(forAuditor.error().kind, ErrorKind::Invalid);
    // An unknown court is named.
    Profile unknown = jugePosting();
    unknown.court->seat = QStringLiteral("Atlantis");
    auto nowhere = store->postings().set(org().admin, QStringLiteral("Hélène Juge"), unknown);
    QVERIFY(!nowhere.ok());
    QCOMPARE(nowhere.error().kind, ErrorKind::Unusable);
}

QString TestStoreDirectory::lastStatementHash(PersonalStores& store)
{
    auto last = store.connection().exec(QStringLiteral(
        "SELECT hash FROM audit WHERE action LIKE 'directory-%' ORDER BY sequence DESC LIMIT 1"));
    if (!last || !last.value().next()) {
        return {};
    }
    const QString hash = last.value().value(0).toString();
    last.value().finish();
    return hash;
}

bool TestStoreDirectory::appendRegimeStatement(PersonalStores& store, const QString& actorId,
                                               const crypto::Identity& signer, const QString& regime,
                                               const QString& from)
{
    auto storeId = store.directory().storeId();
    if (!storeId) {
        return false;
    }
    return appendForged(store, actorId, signer, statements::Anchor,
                        {{"store", *storeId},
                         {"anchors", QJsonArray()},
                         {"regime", regime},
                         {"from", from},
                         {"previous_statement", lastStatementHash(store)}});
}

void TestStoreDirectory::checkRegimeRefused(const QString& expected)
{
    auto reopened = m_stores.openShared();
    if (!reopened) {
        QCOMPARE(reopened.error().kind, ErrorKind::Integrity);
        return;
    }
    auto regime = (*reopened)->directory().regime();
    QVERIFY(!regime.ok());
    QCOMPARE(regime.error().kind, ErrorKind::Integrity);
    QCOMPARE(regime.error().code, QString(errors::DirectoryUnbacked));
    QVERIFY2(regime.error().message.contains(expected), why(regime));
    // Nothing is routed on it: the président's DSP is neither filed nor refused as owed by no one.
    auto filed = (*reopened)->declarations().file(presidentDsp(), org().president);
    QVERIFY(!filed.ok());
    QCOMPARE(filed.error().kind, ErrorKind::Integrity);
    QCOMPARE(count(**reopened, QStringLiteral("declarations")), 0);
    QVERIFY(!(*reopened)->directory().verify().ok());
}

void TestStoreDirectory::regimeIsStatedAndChangedByAnAdministrator()
{
    auto store = openWithOrg();
    QVERIFY(store);
    const Org& o = org();
    // A new store states its regime in its anchor statement: the default, lo-2016.
    auto regime = store->directory().regime();
    QVERIFY2(regime.ok(), why(regime));
    QCOMPARE(regime->regime, QStringLiteral("lo-2016"));
    QCOMPARE(regime->sequence, 1);
    QCOMPARE(regime->statedBy, personId(*store, QStringLiteral("Admin")));
    auto anchor = store->connection().exec(
        QStringLiteral("SELECT details FROM audit WHERE action = 'directory-anchor' ORDER BY sequence"));
    QVERIFY(anchor && anchor.value().next());
    QVERIFY(anchor.value().value(0).toString().contains(QStringLiteral("\"regime\":\"lo-2016\"")));
    anchor.value().finish();

    // Only an administrator changes it, to a regime this Probitas knows, and not to the one in force.
    for (const crypto::Identity* notAdmin : {&o.juge, &o.auditor, &o.president}) {
        auto refused = store->administration().setRegime(*notAdmin, QStringLiteral("lo-2023"));
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().kind, ErrorKind::AccessDenied);
    }
    auto unknown = store->administration().setRegime(o.admin, QStringLiteral("lo-2099"));
    QVERIFY(!unknown.ok());
    QCOMPARE(unknown.error().kind, ErrorKind::Unusable);
    QVERIFY2(unknown.error().message.contains(QStringLiteral("lo-2023")), why(unknown)); // the known ones
    auto same = store->administration().setRegime(o.admin, QStringLiteral("lo-2016"));
    QVERIFY(!same.ok());
    QCOMPARE(same.error().code, QString(errors::WrongState));
    QCOMPARE(store->directory().regime()->sequence, 1);

    // Under lo-2016 a président of tribunal owes a DSP (art. 7-3, I); under lo-2023 no magistrate does.
    QVERIFY(store->declarations().file(presidentDsp(), o.president).ok());
    auto changed = store->administration().setRegime(o.admin, QStringLiteral("lo-2023"));
    QVERIFY2(changed.ok(), why(changed));
    QCOMPARE(changed->regime, QStringLiteral("lo-2023"));
    QVERIFY(changed->sequence > 1);
    auto notOwed = store->declarations().file(presidentDsp(), o.president);
    QVERIFY(!notOwed.ok());
    QCOMPARE(notOwed.error().code, QString(errors::NoObligation));
    // A DI is routed as before.
    QVERIFY(store->declarations().file(juge(), o.juge).ok());

    // Another client reads the same regime from the same statements, and the trail verifies.
    auto reopened = m_stores.openShared();
    QVERIFY2(reopened.ok(), why(reopened));
    auto read = (*reopened)->directory().regime();
    QVERIFY2(read.ok(), why(read));
    QCOMPARE(read->regime, QStringLiteral("lo-2023"));
    QCOMPARE(read->sequence, changed->sequence);
    QVERIFY2((*reopened)->directory().verify().ok(), why((*reopened)->directory().verify()));
    QCOMPARE((*reopened)->audit().verify(AuditVerification::EverySignature)->firstBad, 0);
    // Everyone still acts (the statement adds no anchor and changes no one).
    QVERIFY((*reopened)->declarations().list(o.juge).ok());

    // And back.
    QVERIFY(store->administration().setRegime(o.admin, QStringLiteral("lo-2016")).ok());
    QVERIFY(store->declarations().file(presidentDsp(), o.president).ok());
}

void TestStoreDirectory::regimeEditedBySqlIsRefused_data()
{
    QTest::addColumn<bool>("rehashed");
    QTest::newRow("the statement's details edited") << false;
    QTest::newRow("its details edited and its hash computed again") << true;
}

void TestStoreDirectory::regimeEditedBySqlIsRefused()
{
    // The administrator chose lo-2016; Thomas, with write access, turns the anchor statement's regime into
    // lo-2023, under which the président owes no DSP (and the HATVP receives none).
    QFETCH(bool, rehashed);
    auto store = openWithOrg();
    QVERIFY(store);
    QVERIFY(
        rawSql(*store, QStringLiteral("UPDATE audit SET details = REPLACE(details, '\"regime\":\"lo-2016\"', "
                                      "'\"regime\":\"lo-2023\"') WHERE action = 'directory-anchor'")));
    if (rehashed) {
        const std::vector<AuditEntry> trail = readTrail(*store);
        QVERIFY(!trail.empty());
        AuditEntry anchor = trail.front();
        QCOMPARE(anchor.action, statements::Anchor);
        auto previous = store->connection().exec(
            QStringLiteral("SELECT previous_hash, previous_signature FROM audit WHERE sequence = 1"));
        QVERIFY(previous && previous.value().next());
        anchor.previousHash = previous.value().value(0).toString();
        anchor.previousSignatureHash = previous.value().value(1).toString();
        previous.value().finish();
        QVERIFY(rawSql(*store, QStringLiteral("UPDATE audit SET hash = ? WHERE sequence = 1"),
                       {auditHash(anchor.canonical())}));
    }
    // The statements replayed from the trail as it now stands, as every client replays them: the regime
    // they state is refused, whatever else (the known heads, a store's open) notices the edit first.
    auto statementsNow = sql::auditEntries(store->connection(), statements::all());
    QVERIFY2(statementsNow.ok(), why(statementsNow));
    Directory replayed([](const QString& fingerprint) {
        for (const crypto::Identity* identity : {&org().ca, &org().admin}) {
            if (certificateFingerprint(identity->certificate()) == fingerprint) {
                return identity->certificate();
            }
        }
        return crypto::Certificate();
    });
    replayed.append(*statementsNow);
    auto edited = replayed.regime();
    QVERIFY(!edited.ok());
    QCOMPARE(edited.error().kind, ErrorKind::Integrity);
    QVERIFY2(edited.error().message.contains(rehashed
                                                 ? QStringLiteral("does not follow the statement before it")
                                                 : QStringLiteral("changed after it was signed")),
             why(edited));
    // The store already open keeps the regime it verified before the edit.
    QCOMPARE(store->directory().regime()->regime, QStringLiteral("lo-2016"));
    // Another client refuses it.
    checkRegimeRefused(QStringLiteral("directory statement"));
}

void TestStoreDirectory::regimeStatedByNonAdministratorIsRefused()
{
    // Thomas signs, with his own valid key, a regime statement linked exactly as a real one.
    auto store = openWithOrg();
    QVERIFY(store);
    QVERIFY(appendRegimeStatement(*store, personId(*store, QStringLiteral("Thomas Substitut")),
                                  org().substitut, QStringLiteral("lo-2023"), QStringLiteral("lo-2016")));
    checkRegimeRefused(QStringLiteral("not an administrator"));
}

void TestStoreDirectory::regimeStatementOutOfTheRulesIsRefused_data()
{
    QTest::addColumn<QString>("regime");
    QTest::addColumn<QString>("from");
    QTest::addColumn<QString>("expected");
    QTest::newRow("a regime this Probitas does not know")
        << QStringLiteral("lo-2099") << QStringLiteral("lo-2016") << QStringLiteral("lo-2099");
    QTest::newRow("a change from a regime that was not in force")
        << QStringLiteral("lo-2023") << QStringLiteral("en-vigueur") << QStringLiteral("in force was");
}

void TestStoreDirectory::regimeStatementOutOfTheRulesIsRefused()
{
    // An administrator's statement, signed and linked, that states a regime this Probitas does not know
    // (made by hand, or by a later Probitas), or replaces one that was not in force: nothing is routed on a
    // guess.
    QFETCH(QString, regime);
    QFETCH(QString, from);
    QFETCH(QString, expected);
    auto store = openWithOrg();
    QVERIFY(store);
    QVERIFY(
        appendRegimeStatement(*store, personId(*store, QStringLiteral("Admin")), org().admin, regime, from));
    checkRegimeRefused(expected);
    // The people it does not concern still act.
    auto reopened = m_stores.openShared();
    QVERIFY2(reopened.ok(), why(reopened));
    QVERIFY((*reopened)->declarations().list(org().juge).ok());
}

int main(int argc, char* argv[])
{
    return runAgainstEachBackend<TestStoreDirectory>(argc, argv,
                                                     QStringLiteral("tst_store_directory-XXXXXX"));
}

#include "tst_store_directory.moc"
