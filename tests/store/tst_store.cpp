// The store against each backend: SQLite always, PostgreSQL when PROBITAS_TEST_POSTGRESQL names a server.
// Filing, listing and opening per role (policy AND cryptography), forwards and procedures, receipts,
// supersede chains, audit tampering, retention under a moved clock, migrations, and (SQLite) that no
// plaintext reaches the database files or the temporary folder.
#include "AuditCrossCheck.h"
#include "Clock.h"
#include "Envelope.h"
#include "Receipt.h"
#include "Signature.h"
#include "StoreTestSupport.h"

#include <QSqlQuery>
#include <QtTest>

using namespace probitas;
using namespace probitas::store;
using namespace probitas::store::testing;

class TestStore : public QObject
{
    Q_OBJECT

public:
    explicit TestStore(Deployment deployment)
        : m_stores{deployment}
    {}

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void migrations();
    void coveredIndexesDropped();
    void filingsCopiedBesideTheirRecipients();
    void refusesNewerSchema();
    void fileListOpen();
    void openMatrix_data();
    void openMatrix();
    void unknownIdentity();
    void forwardsAndProcedures();
    void listPageReadsPastWhatThePolicyRefuses();
    void acknowledge();
    void receiptSwappedBySqlRefused_data();
    void receiptSwappedBySqlRefused();
    void supersedeChain();
    void missingAuthority();
    void invalidRefused();
    void onlyMagistratesFile();
    void unknownStatusRefused_data();
    void unknownStatusRefused();
    void drafts();
    void bordereau();
    void auditTamper_data();
    void auditTamper();
    void auditNewestSignature();
    void auditRowsInAnotherForm_data();
    void auditRowsInAnotherForm();
    void auditLogInPages();
    void auditBrokenTrailTakesNoEntry();
    void auditAnchorDetectsTruncation();
    void auditClockBehindRefused();
    void auditTimeGoingBackwardsNamed();
    void auditCrossCheck_data();
    void auditCrossCheck();
    void tablesReadBesideTheTrail();
    void checkpointAnchorsTheTrail();
    void readableAfterCertificatesExpire();
    void directoryAdditionsAudited();
    void retentionAndHold();
    void closeProcedureRefused_data();
    void closeProcedureRefused();
    void closingTheLastHoldLetsRetentionApply();
    void closedProcedureEndsItsForwards();
    void noPlaintextAnywhere();

private:
    std::unique_ptr<PersonalStores> openStore();
    // A fresh store with the organisation registered.
    std::unique_ptr<PersonalStores> openStoreWithOrg();
    QString fileOrFail(PersonalStores& store, const Declaration& declaration,
                       const crypto::Identity& identity);

    FreshStores m_stores;
};

void TestStore::initTestCase()
{
    QVERIFY(loadBuiltInData().ok());
    if (!m_stores.available()) {
        QSKIP(kNoPostgres);
    }
    static_cast<void>(org()); // the organisation's keys, once
}

void TestStore::init()
{
    QVERIFY(m_stores.next());
}

void TestStore::cleanup()
{
    Clock::reset();
}

std::unique_ptr<PersonalStores> TestStore::openStore()
{
    return m_stores.open();
}

std::unique_ptr<PersonalStores> TestStore::openStoreWithOrg()
{
    auto store = openStore();
    if (store) {
        registerOrg(*store);
    }
    return store;
}

QString TestStore::fileOrFail(PersonalStores& store, const Declaration& declaration,
                              const crypto::Identity& identity)
{
    auto id = store.declarations().file(declaration, identity);
    if (!id) {
        qWarning("file: %s", why(id).constData());
        return {};
    }
    return *id;
}

void TestStore::migrations()
{
    if (m_stores.deployment == Deployment::Server) {
        QSKIP("a server store's schema is migrated by `server setup`, as its owner "
              "(tst_store_server::aClientLeavesTheUpgradeToTheOwner)");
    }
    {
        auto store = openStore();
        QVERIFY(store);
        QCOMPARE(store->schemaReport().outcome, SchemaManager::Outcome::Upgraded);
        QCOMPARE(store->schemaReport().fromVersion, 0);
        QCOMPARE(store->schemaReport().toVersion, SchemaManager::kLatestVersion);
    }
    {
        auto store = openStore();
        QVERIFY(store);
        QCOMPARE(store->schemaReport().outcome, SchemaManager::Outcome::UpToDate);
    }
    // Upgrade from version 1: a store made by the first release.
    init();
    {
        auto location = Location::parse(m_stores.location);
        QVERIFY(location.ok());
        auto connection = Connection::open(*location);
        QVERIFY(connection.ok());
        const auto report = SchemaManager(**connection).upgrade(1);
        QCOMPARE(report.outcome, SchemaManager::Outcome::Upgraded);
        QCOMPARE(report.toVersion, 1);
        QVERIFY(!(*connection)->database().tables().contains(QStringLiteral("procedures")));
    }
    auto store = openStore();
    QVERIFY(store);
    QCOMPARE(store->schemaReport().outcome, SchemaManager::Outcome::Upgraded);
    QCOMPARE(store->schemaReport().fromVersion, 1);
    QCOMPARE(store->schemaReport().toVersion, SchemaManager::kLatestVersion);
    QVERIFY(store->connection().database().tables().contains(QStringLiteral("procedures")));
    QVERIFY(store->connection().database().tables().contains(QStringLiteral("entretiens")));
    QVERIFY(store->connection().database().tables().contains(QStringLiteral("avis_requests")));
    QVERIFY(store->connection().database().tables().contains(QStringLiteral("controls")));
    QVERIFY(store->connection().database().tables().contains(QStringLiteral("control_acts")));
}

// Migration 7 drops two indexes that a version 3 index covers (its prefix). What reads person_id or
// declarant_id must still search an index, never scan the table: the plans are read on both backends
// (PostgreSQL with sequential scans discouraged, as its plans for a few rows would not tell).
void TestStore::coveredIndexesDropped()
{
    if (m_stores.deployment == Deployment::Server) {
        QSKIP("a server store's schema is migrated by `server setup`, as its owner "
              "(tst_store_server::aClientLeavesTheUpgradeToTheOwner)");
    }
    auto location = Location::parse(m_stores.location);
    QVERIFY(location.ok());
    const auto indexes = [](const Connection& connection) {
        auto rows = connection.exec(
            connection.backend() == Backend::Sqlite
                ? QStringLiteral(
                      "SELECT name FROM sqlite_master WHERE type = 'index' AND name NOT LIKE 'sqlite_%'")
                : QStringLiteral("SELECT indexname FROM pg_indexes WHERE schemaname = current_schema() AND "
                                 "indexname NOT LIKE '%_pkey' AND indexname NOT LIKE '%_key'"));
        QStringList names;
        while (rows && rows.value().next()) {
            names << rows.value().value(0).toString();
        }
        return names;
    };
    const QStringList dropped{QStringLiteral("envelope_recipients_person"),
                              QStringLiteral("declarations_declarant")};
    const QStringList covering{QStringLiteral("envelope_recipients_listing"),
                               QStringLiteral("declarations_declarant_filed")};
    {
        auto connection = Connection::open(*location);
        QVERIFY(connection.ok());
        QCOMPARE(SchemaManager(**connection).upgrade(6).toVersion, 6);
        const QStringList before = indexes(**connection);
        for (const QString& name : dropped + covering) {
            QVERIFY2(before.contains(name), qPrintable(name));
        }
    }
    auto store = openStoreWithOrg();
    QVERIFY(store);
    QCOMPARE(store->schemaReport().fromVersion, 6);
    QCOMPARE(store->schemaReport().toVersion, SchemaManager::kLatestVersion);
    const QStringList after = indexes(store->connection());
    for (const QString& name : dropped) {
        QVERIFY2(!after.contains(name), qPrintable(name));
    }
    for (const QString& name : covering) {
        QVERIFY2(after.contains(name), qPrintable(name));
    }
    QVERIFY(!fileOrFail(*store, juge(), org().juge).isEmpty());

    // The store's queries on those columns (Store.cpp, StoreReceipts.cpp, StoreEntretien.cpp), with values
    // written in: PostgreSQL cannot prepare an EXPLAIN. Each names the table that must be searched by an
    // index and the index expected, if one is.
    struct Plan
    {
        QString query;
        QString table;
        QString alias;
        QString index;
    };
    const QList<Plan> plans{
        {QStringLiteral(
             "SELECT d.id, r.forwarded FROM envelope_recipients r JOIN declarations d ON d.id = "
             "r.declaration_id JOIN people p ON p.id = d.declarant_id WHERE r.person_id = 'x' ORDER BY "
             "r.filed_at, r.declaration_id, r.forwarded"),
         QStringLiteral("envelope_recipients"), QStringLiteral("r"),
         QStringLiteral("envelope_recipients_listing")},
        {QStringLiteral("SELECT d.id FROM declarations d JOIN people p ON p.id = d.declarant_id WHERE "
                        "d.declarant_id = 'x' ORDER BY d.filed_at, d.id"),
         QStringLiteral("declarations"), QStringLiteral("d"), QStringLiteral("declarations_declarant_filed")},
        {QStringLiteral(
             "SELECT id FROM declarations WHERE declarant_id = 'x' AND status <> 'destroyed' ORDER BY "
             "filed_at"),
         QStringLiteral("declarations"), QStringLiteral("declarations"),
         QStringLiteral("declarations_declarant_filed")},
        {QStringLiteral(
             "SELECT sequence FROM audit WHERE actor_id = 'x' OR declaration_id IN (SELECT id FROM "
             "declarations WHERE declarant_id = 'x') ORDER BY sequence"),
         QStringLiteral("declarations"), QStringLiteral("declarations"),
         QStringLiteral("declarations_declarant_filed")},
        {QStringLiteral("SELECT e.sealed FROM envelopes e JOIN envelope_recipients r ON r.envelope_id = e.id "
                        "WHERE e.declaration_id = 'x' AND r.person_id = 'y' AND r.forwarded = 0"),
         QStringLiteral("envelope_recipients"), QStringLiteral("r"), QString()},
    };
    auto explainer = Connection::open(*location);
    QVERIFY(explainer.ok());
    const bool sqlite = (*explainer)->backend() == Backend::Sqlite;
    if (!sqlite) {
        QVERIFY((*explainer)->exec(QStringLiteral("SET enable_seqscan = off")).ok());
    }
    for (const Plan& plan : plans) {
        auto explained =
            (*explainer)
                ->exec((sqlite ? QStringLiteral("EXPLAIN QUERY PLAN ") : QStringLiteral("EXPLAIN ")) +
                       plan.query);
        QVERIFY2(explained.ok(), why(explained).constData());
        QStringList lines;
        while (explained.value().next()) {
            lines << explained.value().value(sqlite ? 3 : 0).toString();
        }
        const QString text = lines.join(QLatin1Char('\n'));
        if (sqlite) {
            // "SEARCH r USING INDEX envelope_recipients_listing (person_id=?)"; a scan is "SCAN r".
            QVERIFY2(!text.contains(QRegularExpression(QStringLiteral("SCAN %1( |$)").arg(plan.alias))),
                     qPrintable(plan.query + QLatin1Char('\n') + text));
            QVERIFY2(text.contains(QStringLiteral("SEARCH %1 USING ").arg(plan.alias)),
                     qPrintable(plan.query + QLatin1Char('\n') + text));
        } else {
            QVERIFY2(!text.contains(QStringLiteral("Seq Scan on %1").arg(plan.table)),
                     qPrintable(plan.query + QLatin1Char('\n') + text));
        }
        if (!plan.index.isEmpty()) {
            QVERIFY2(text.contains(plan.index), qPrintable(plan.query + QLatin1Char('\n') + text));
        }
    }
    // Migration 8: the auditor's first page of declarations in filing order, read in the order of an index
    // rather than all of them sorted.
    const QString firstPage = QStringLiteral("SELECT d.id FROM declarations d JOIN people p ON p.id = "
                                             "d.declarant_id ORDER BY d.filed_at, d.id LIMIT 200");
    auto explained =
        (*explainer)
            ->exec((sqlite ? QStringLiteral("EXPLAIN QUERY PLAN ") : QStringLiteral("EXPLAIN ")) + firstPage);
    QVERIFY2(explained.ok(), why(explained).constData());
    QStringList lines;
    while (explained.value().next()) {
        lines << explained.value().value(sqlite ? 3 : 0).toString();
    }
    const QString text = lines.join(QLatin1Char('\n'));
    QVERIFY2(text.contains(QLatin1String("declarations_filed")), qPrintable(text));
    QVERIFY2(!text.contains(QLatin1String("TEMP B-TREE FOR ORDER BY")) &&
                 !text.contains(QLatin1String("Sort")),
             qPrintable(text));

    // Migration 9: each magistrate's newest filing (DirectoryView::declaredChanges) read from
    // audit_action_actor alone, for one magistrate or grouped for all, never from the rows of the trail.
    for (const QString& newestFiling :
         {QStringLiteral("SELECT MAX(sequence) FROM audit WHERE action = 'file' AND actor_id IN ('x', 'y') "
                         "GROUP BY actor_id"),
          QStringLiteral("SELECT MAX(sequence) FROM audit WHERE action = 'file' GROUP BY actor_id")}) {
        auto newestPlan =
            (*explainer)
                ->exec((sqlite ? QStringLiteral("EXPLAIN QUERY PLAN ") : QStringLiteral("EXPLAIN ")) +
                       newestFiling);
        QVERIFY2(newestPlan.ok(), why(newestPlan).constData());
        QStringList newestLines;
        while (newestPlan.value().next()) {
            newestLines << newestPlan.value().value(sqlite ? 3 : 0).toString();
        }
        const QString newestText = newestLines.join(QLatin1Char('\n'));
        QVERIFY2(newestText.contains(QLatin1String("audit_action_actor")), qPrintable(newestText));
        if (sqlite) {
            QVERIFY2(newestText.contains(QLatin1String("COVERING INDEX audit_action_actor")),
                     qPrintable(newestText));
        }
    }
}

// Migration 11 copies each declaration's declarant, kind, event and recipients beside its envelopes'
// recipients, so that the compliance dashboard's listing reads one index range. A store of version 10 with
// filings and a forward is made by taking the copies back off a new one; its upgrade fills them in, and the
// listing, `audit verify` and the plan read them.
void TestStore::filingsCopiedBesideTheirRecipients()
{
    if (m_stores.deployment == Deployment::Server) {
        QSKIP("a server store's schema is migrated by `server setup`, as its owner "
              "(tst_store_server::aClientLeavesTheUpgradeToTheOwner)");
    }
    const Org& o = org();
    QString forwarded;
    QString president;
    {
        auto store = openStoreWithOrg();
        QVERIFY(store);
        forwarded = fileOrFail(*store, juge(), o.juge);
        QVERIFY(!forwarded.isEmpty());
        QVERIFY(!fileOrFail(*store, substitutDi(), o.substitut).isEmpty());
        QVERIFY(!fileOrFail(*store, presidentDsp(), o.president).isEmpty());
        QVERIFY(store->procedures()
                    .record(o.admin, QStringLiteral("Hélène Juge"), ProcedureKind::Disciplinaire, false)
                    .ok());
        QVERIFY(store->declarations()
                    .forward(forwarded, o.president, authorities::Csm, QStringLiteral("art. 7-2 III"))
                    .ok());
        auto rows = store->connection().exec(
            QStringLiteral("SELECT count(*) FROM envelope_recipients WHERE declarant_id IS NULL"));
        QVERIFY(rows.ok() && rows.value().next());
        QCOMPARE(rows.value().value(0).toInt(), 0);
    }
    {
        auto location = Location::parse(m_stores.location);
        QVERIFY(location.ok());
        auto connection = Connection::open(*location);
        QVERIFY(connection.ok());
        for (const char* statement :
             {"DROP INDEX envelope_recipients_listing",
              "ALTER TABLE envelope_recipients DROP COLUMN declarant_id",
              "ALTER TABLE envelope_recipients DROP COLUMN kind",
              "ALTER TABLE envelope_recipients DROP COLUMN event",
              "ALTER TABLE envelope_recipients DROP COLUMN recipients",
              "CREATE INDEX envelope_recipients_listing ON envelope_recipients(person_id, filed_at, "
              "declaration_id, forwarded)",
              "DELETE FROM schema_version WHERE version = 11"}) {
            auto done = (*connection)->exec(QString::fromUtf8(statement));
            QVERIFY2(done.ok(), why(done).constData());
        }
    }
    auto store = openStore();
    QVERIFY(store);
    QCOMPARE(store->schemaReport().fromVersion, 10);
    QCOMPARE(store->schemaReport().toVersion, SchemaManager::kLatestVersion);
    auto copies = store->connection().exec(QStringLiteral(
        "SELECT count(*), sum(CASE WHEN r.declarant_id = d.declarant_id AND r.kind = d.kind AND r.event = "
        "d.event AND r.recipients = d.recipients THEN 1 ELSE 0 END) FROM envelope_recipients r JOIN "
        "declarations d ON d.id = r.declaration_id"));
    QVERIFY2(copies.ok(), why(copies).constData());
    QVERIFY(copies.value().next());
    QVERIFY(copies.value().value(0).toInt() >=
            7); // each filing's recipients (the declarant among them), the forward
    QCOMPARE(copies.value().value(1).toInt(), copies.value().value(0).toInt());
    copies.value().finish();
    // The juge's DI listed to the président, the substitut's to the procureur, as the listing lists them.
    for (const crypto::Identity* identity : {&o.president, &o.procureur}) {
        auto filings = store->declarations().filingsFiledTo(*identity);
        QVERIFY2(filings.ok(), why(filings).constData());
        auto records = store->declarations().list(*identity);
        QVERIFY2(records.ok(), why(records).constData());
        QVERIFY(!filings->empty());
        for (const Filing& filing : *filings) {
            QVERIFY(std::any_of(records->begin(), records->end(), [&filing](const DeclarationRecord& record) {
                return record.id == filing.declarationId && record.declarantId == filing.declarantId &&
                       record.kind == filing.kind && record.event == filing.event &&
                       record.recipients == filing.recipients;
            }));
        }
    }
    auto verified = store->audit().verify();
    QVERIFY2(verified.ok(), why(verified).constData());
    QVERIFY2(verified->firstBad == 0, qPrintable(verified->problem));

    // The dashboard's listing: one range of the listing's index, in its order, without the declarations.
    const bool sqlite = store->connection().backend() == Backend::Sqlite;
    if (!sqlite) {
        // A few rows: PostgreSQL would read them all and sort them.
        QVERIFY(store->connection().exec(QStringLiteral("SET enable_seqscan = off")).ok());
    }
    auto plan = store->connection().exec(
        (sqlite ? QStringLiteral("EXPLAIN QUERY PLAN ") : QStringLiteral("EXPLAIN ")) +
        QStringLiteral(
            "SELECT declaration_id, declarant_id, kind, event, recipients, filed_at, forwarded FROM "
            "envelope_recipients WHERE person_id = 'x' ORDER BY filed_at, declaration_id, forwarded"));
    QVERIFY2(plan.ok(), why(plan).constData());
    QStringList lines;
    while (plan.value().next()) {
        lines << plan.value().value(sqlite ? 3 : 0).toString();
    }
    const QString text = lines.join(QLatin1Char('\n'));
    QVERIFY2(text.contains(sqlite ? QLatin1String("COVERING INDEX envelope_recipients_listing")
                                  : QLatin1String("envelope_recipients_listing")),
             qPrintable(text));
    QVERIFY2(!text.contains(QLatin1String("TEMP B-TREE")) && !text.contains(QLatin1String("Sort")),
             qPrintable(text));
}

void TestStore::refusesNewerSchema()
{
    {
        auto store = openStore();
        QVERIFY(store);
        // A later release that stays readable by us (min_compatible: ours) is accepted...
        QVERIFY(store->connection()
                    .exec(QStringLiteral("INSERT INTO schema_version VALUES (?, ?, '2030-01-01T00:00:00Z')"),
                          {SchemaManager::kLatestVersion + 1, SchemaManager::kLatestVersion})
                    .ok());
    }
    {
        auto store = openStore();
        QVERIFY(store);
        QCOMPARE(store->schemaReport().outcome, SchemaManager::Outcome::UpToDate);
        QVERIFY(store->connection()
                    .exec(QStringLiteral("INSERT INTO schema_version VALUES (?, ?, '2031-01-01T00:00:00Z')"),
                          {SchemaManager::kLatestVersion + 2, SchemaManager::kLatestVersion + 2})
                    .ok());
    }
    // ...one that is not is refused with a clear message.
    auto refused = m_stores.openShared();
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().code, QString(errors::TooNew));
    QVERIFY2(
        refused.error().message.contains(QStringLiteral("version %1").arg(SchemaManager::kLatestVersion + 2)),
        why(refused).constData());
}

void TestStore::fileListOpen()
{
    auto store = openStoreWithOrg();
    QVERIFY(store);
    const Org& o = org();
    const QString di = fileOrFail(*store, juge(), o.juge);
    QVERIFY(!di.isEmpty());
    const QString presidentDiId = fileOrFail(*store, presidentDi(), o.president);
    const QString dsp = fileOrFail(*store, presidentDsp(), o.president);
    QVERIFY(!presidentDiId.isEmpty() && !dsp.isEmpty());

    auto record = store->declarations().record(di);
    QVERIFY(record.ok());
    QCOMPARE(record->recipients, QStringList{QStringLiteral("tj-nanterre:president")});
    QCOMPARE(record->status, DeclarationStatus::Filed);
    QCOMPARE(store->declarations().record(dsp)->recipients, QStringList{QStringLiteral("hatvp")});
    QCOMPARE(store->declarations().record(presidentDiId)->recipients,
             QStringList{QStringLiteral("ca-versailles:premier-president")});

    auto ids = [&](const crypto::Identity& identity) {
        QStringList list;
        const auto records = store->declarations().list(identity);
        for (const DeclarationRecord& r : *records) {
            list << r.id;
        }
        list.sort();
        return list;
    };
    auto sorted = [](QStringList list) {
        list.sort();
        return list;
    };
    QCOMPARE(ids(o.juge), QStringList{di});
    QCOMPARE(ids(o.president), sorted({di, presidentDiId, dsp}));
    QCOMPARE(ids(o.premierPresident), QStringList{presidentDiId});
    QCOMPARE(ids(o.hatvp), QStringList{dsp});
    QCOMPARE(ids(o.substitut), QStringList{});
    QCOMPARE(ids(o.college), QStringList{});
    QCOMPARE(ids(o.auditor), sorted({di, presidentDiId, dsp}));
    QCOMPARE(ids(o.admin), sorted({di, presidentDiId, dsp}));

    auto opened = store->declarations().open(di, o.president);
    QVERIFY2(opened.ok(), why(opened).constData());
    QCOMPARE(opened->toByteArrayUnwiped(), DeclarationCodec::encode(juge()));
    // An export hands over the envelope sealed to the actor (for `openssl cms`), audited; never to others.
    auto exported = store->declarations().exportEnvelope(di, o.president);
    QVERIFY2(exported.ok(), why(exported).constData());
    QVERIFY(crypto::Envelope::open(*exported, o.president).ok());
    QVERIFY(!store->declarations().exportEnvelope(di, o.auditor).ok());
    QVERIFY(store->audit().verify()->firstBad == 0);
    const auto log = store->audit().log(o.auditor);
    QStringList actions;
    for (const AuditEntry& entry : *log) {
        if (!statements::isStatement(entry.action)) { // registerOrg's
            actions << entry.action;
        }
    }
    QCOMPARE(actions, (QStringList{"file", "file", "file", "open", "export", "denied"}));
    // A declarant sees the entries about her own declarations, not the others'.
    QCOMPARE(store->audit().log(o.juge)->size(), 4);
}

void TestStore::openMatrix_data()
{
    QTest::addColumn<QString>("who");
    QTest::addColumn<bool>("di");
    QTest::addColumn<bool>("dsp");
    QTest::newRow("declarant of the DI") << "juge" << true << false;
    QTest::newRow("président: receives the DI, files the DSP") << "president" << true << true;
    QTest::newRow("another magistrate") << "substitut" << false << false;
    QTest::newRow("procureur (another head)") << "procureur" << false << false;
    QTest::newRow("premier président") << "pp" << false << false;
    QTest::newRow("collège") << "college" << false << false;
    QTest::newRow("HATVP") << "hatvp" << false << true;
    QTest::newRow("CSM") << "csm" << false << false;
    QTest::newRow("auditor") << "auditor" << false << false;
    QTest::newRow("admin") << "admin" << false << false;
}

void TestStore::openMatrix()
{
    QFETCH(QString, who);
    QFETCH(bool, di);
    QFETCH(bool, dsp);
    const Org& o = org();
    const std::map<QString, const crypto::Identity*> identities = {
        {"juge", &o.juge},           {"president", &o.president},
        {"substitut", &o.substitut}, {"procureur", &o.procureur},
        {"pp", &o.premierPresident}, {"college", &o.college},
        {"hatvp", &o.hatvp},         {"csm", &o.csm},
        {"auditor", &o.auditor},     {"admin", &o.admin}};
    auto store = openStoreWithOrg();
    QVERIFY(store);
    const qint64 registered = auditCount(*store);
    const QString diId = fileOrFail(*store, juge(), o.juge);
    const QString dspId = fileOrFail(*store, presidentDsp(), o.president);
    const crypto::Identity& identity = *identities.at(who);
    for (const auto& [id, expected] : {std::pair{diId, di}, std::pair{dspId, dsp}}) {
        auto opened = store->declarations().open(id, identity);
        QVERIFY2(opened.ok() == expected, opened.ok() ? "opened" : why(opened).constData());
        if (!expected) {
            QCOMPARE(opened.error().kind, ErrorKind::AccessDenied);
        }
        // The cryptography agrees: the stored envelopes are sealed to exactly those who may read.
        auto rows = store->connection().exec(
            QStringLiteral("SELECT sealed FROM envelopes WHERE declaration_id = ?"), {id});
        QVERIFY(rows.ok());
        bool cryptoOpens = false;
        while (rows.value().next()) {
            cryptoOpens =
                cryptoOpens || crypto::Envelope::open(rows.value().value(0).toByteArray(), identity).ok();
        }
        QCOMPARE(cryptoOpens, expected);
    }
    // Every attempt is in the audit trail, which stays whole.
    auto report = store->audit().verify();
    QVERIFY(report.ok());
    QCOMPARE(report->firstBad, 0);
    QCOMPARE(report->checked, registered + 4);
}

void TestStore::unknownIdentity()
{
    auto store = openStoreWithOrg();
    QVERIFY(store);
    const QString di = fileOrFail(*store, juge(), org().juge);
    auto opened = store->declarations().open(di, org().outsider);
    QVERIFY(!opened.ok());
    QCOMPARE(opened.error().kind, ErrorKind::AccessDenied);
    QCOMPARE(opened.error().code, QString(errors::NotInDirectory));
    QVERIFY(!store->declarations().list(org().outsider).ok());
    QVERIFY(!store->declarations().file(juge(), org().outsider).ok());
}

void TestStore::listPageReadsPastWhatThePolicyRefuses()
{
    // A page reads a bounded number of rows (ListFilter::limit), and reads further when the policy refused
    // them: the CSM keeps 70 envelopes forwarded under a disciplinary procedure since closed, which it may
    // no longer list, before the one forwarded under a procedure still open.
    auto store = openStoreWithOrg();
    QVERIFY(store);
    const Org& o = org();
    auto closed = store->procedures().record(o.admin, QStringLiteral("Hélène Juge"),
                                             ProcedureKind::Disciplinaire, false);
    QVERIFY2(closed.ok(), why(closed));
    for (int i = 0; i < 70; ++i) {
        const QString di = fileOrFail(*store, juge(), o.juge);
        QVERIFY(store->declarations()
                    .forward(di, o.president, QStringLiteral("csm"), QStringLiteral("art. 7-2 III"))
                    .ok());
    }
    QVERIFY(store->procedures().close(o.admin, *closed).ok());
    auto open = store->procedures().record(o.admin, QStringLiteral("Thomas Substitut"),
                                           ProcedureKind::Disciplinaire, false);
    QVERIFY2(open.ok(), why(open));
    const QString listable = fileOrFail(*store, substitutDi(), o.substitut);
    QVERIFY(store->declarations()
                .forward(listable, o.procureur, QStringLiteral("csm"), QStringLiteral("art. 7-2 III"))
                .ok());
    for (int limit : {1, 2}) {
        ListFilter page;
        page.limit = limit;
        auto listed = store->declarations().list(o.csm, page);
        QVERIFY2(listed.ok(), why(listed));
        QCOMPARE(listed->size(), 1);
        QCOMPARE(listed->front().id, listable);
    }
    // And a page of the président's own inbox holds what it asks for, oldest first.
    ListFilter page;
    page.limit = 3;
    page.offset = 67;
    auto listed = store->declarations().list(o.president, page);
    QVERIFY2(listed.ok(), why(listed));
    auto all = store->declarations().list(o.president);
    QVERIFY2(all.ok(), why(all));
    QCOMPARE(all->size(), 70);
    QCOMPARE(listed->size(), 3);
    QCOMPARE(listed->front().id, all->at(67).id);
    QCOMPARE(listed->back().id, all->at(69).id);
}

void TestStore::forwardsAndProcedures()
{
    auto store = openStoreWithOrg();
    QVERIFY(store);
    const Org& o = org();
    const QString di = fileOrFail(*store, juge(), o.juge);
    const QString dsp = fileOrFail(*store, presidentDsp(), o.president);

    // Avis of the collège (art. 7-2 II): the receiving authority forwards.
    QVERIFY(!store->declarations().open(di, o.college).ok());
    QVERIFY(!store->declarations()
                 .forward(di, o.juge, authorities::College, QStringLiteral("x"))
                 .ok()); // not the authority
    QVERIFY(
        !store->declarations().forward(di, o.president, authorities::College, QString()).ok()); // no basis
    auto forwarded = store->declarations().forward(di, o.president, authorities::College,
                                                   QStringLiteral("art. 7-2 II, avis"));
    QVERIFY2(forwarded.ok(), why(forwarded).constData());
    QVERIFY(store->declarations().open(di, o.college).ok());
    QVERIFY(!store->declarations().forward(di, o.college, authorities::Csm, QStringLiteral("x")).ok());

    // CSM and garde des sceaux: only under a recorded disciplinary procedure.
    auto refused =
        store->declarations().forward(di, o.president, authorities::Csm, QStringLiteral("art. 7-2 III"));
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().kind, ErrorKind::AccessDenied);
    QVERIFY(!store->procedures()
                 .record(o.president, QStringLiteral("Hélène Juge"), ProcedureKind::Disciplinaire, false)
                 .ok());
    QVERIFY(store->procedures()
                .record(o.admin, QStringLiteral("Hélène Juge"), ProcedureKind::Disciplinaire, false)
                .ok());
    QVERIFY(store->declarations()
                .forward(di, o.president, authorities::Csm, QStringLiteral("art. 7-2 III, disciplinaire"))
                .ok());
    QVERIFY(store->declarations()
                .forward(di, o.president, authorities::GardeDesSceaux, QStringLiteral("art. 7-2 III"))
                .ok());
    QVERIFY(store->declarations().open(di, o.csm).ok());
    QVERIFY(store->declarations().open(di, o.gds).ok());
    // The IGJ needs an enquête.
    QVERIFY(!store->declarations()
                 .forward(di, o.president, authorities::Igj, QStringLiteral("art. 7-2 III"))
                 .ok());
    QVERIFY(store->procedures()
                .record(o.admin, QStringLiteral("Hélène Juge"), ProcedureKind::EnqueteIgj, false)
                .ok());
    QVERIFY(store->declarations()
                .forward(di, o.president, authorities::Igj, QStringLiteral("art. 7-2 III, enquête"))
                .ok());
    QVERIFY(store->declarations().open(di, o.igj).ok());

    // A DSP never goes to a court head, nor to anyone else (art. 7-3 III).
    for (const QString& target :
         {QStringLiteral("tj-nanterre:president"), authorities::College, authorities::Csm}) {
        auto dspForward = store->declarations().forward(dsp, o.hatvp, target, QStringLiteral("x"));
        QVERIFY(!dspForward.ok());
        QCOMPARE(dspForward.error().kind, ErrorKind::AccessDenied);
    }
    QVERIFY(!store->declarations().open(dsp, o.csm).ok());

    // Each forward records its basis and who authorised it.
    auto basis = store->connection().exec(QStringLiteral(
        "SELECT basis, authorised_by FROM envelopes WHERE forwarded_by IS NOT NULL ORDER BY created_at"));
    QVERIFY(basis.ok());
    QVERIFY(basis.value().next());
    QCOMPARE(basis.value().value(0).toString(), QStringLiteral("art. 7-2 II, avis"));
    QCOMPARE(basis.value().value(1).toString(), store->directory().personFor(o.president.certificate())->id);
    QCOMPARE(store->audit().verify()->firstBad, 0);
}

void TestStore::acknowledge()
{
    auto store = openStoreWithOrg();
    QVERIFY(store);
    const Org& o = org();
    const QString di = fileOrFail(*store, juge(), o.juge);
    // Another head of court, and the declarant herself: refused by the policy's own step, each refusal
    // audited under that step with its reason.
    for (const crypto::Identity* refused : {&o.procureur, &o.juge}) {
        auto receipt = store->declarations().acknowledge(di, *refused);
        QVERIFY(!receipt.ok());
        QCOMPARE(receipt.error().kind, ErrorKind::AccessDenied);
        const AuditEntry denial = store->audit().log(o.auditor)->last();
        QCOMPARE(denial.action, QStringLiteral("denied"));
        QCOMPARE(denial.actorId, store->directory().personFor(refused->certificate())->id);
        QCOMPARE(denial.details.value("action").toString(), QStringLiteral("acknowledge"));
        // On a server store the procureur may not even see the declaration: the server's refusal.
        QCOMPARE(denial.details.value("reason").toString(),
                 m_stores.deployment == Deployment::Server && refused == &o.procureur
                     ? QStringLiteral("hidden-by-the-server")
                     : QStringLiteral("not-the-receiving-authority"));
    }
    auto receipt = store->declarations().acknowledge(di, o.president);
    QVERIFY2(receipt.ok(), why(receipt).constData());
    QCOMPARE(store->declarations().record(di)->status, DeclarationStatus::ReceiptHeld);
    auto envelope = store->connection().exec(
        QStringLiteral("SELECT sealed FROM envelopes WHERE declaration_id = ? AND forwarded_by IS NULL"),
        {di});
    QVERIFY(envelope.ok() && envelope.value().next());
    auto verified = crypto::Receipt::verify(*receipt, envelope.value().value(0).toByteArray(),
                                            {o.ca.certificate()}, o.juge.certificate());
    QVERIFY2(verified.ok(), why(verified).constData());
    QCOMPARE(store->declarations()
                 .receipt(di, store->directory().personFor(o.president.certificate())->id)
                 .value(),
             *receipt);
    QCOMPARE(verified->authorityId, QStringLiteral("tj-nanterre:president"));
    QVERIFY(verified->authority == o.president.certificate());
    QVERIFY(!store->declarations().acknowledge(di, o.president).ok()); // once
}

void TestStore::receiptSwappedBySqlRefused_data()
{
    QTest::addColumn<QString>("swap");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QStringList>("named"); // what the message must name
    const QString wrong = QStringLiteral("crypto.receipt-wrong-authority");
    QTest::newRow("the declarant's own receipt, as the président")
        << "self-signed" << wrong << QStringList{"Hélène Juge", "Jean Président"};
    QTest::newRow("another authority's genuine receipt")
        << "other-authority" << wrong << QStringList{"Claire Procureur", "Jean Président"};
    QTest::newRow("the président's receipt for another declaration")
        << "other-declaration" << QStringLiteral("crypto.receipt-mismatch") << QStringList{};
    QTest::newRow("the row given to an authority it was not filed to")
        << "other-row" << wrong << QStringList{"Claire Procureur"};
}

void TestStore::receiptSwappedBySqlRefused()
{
    QFETCH(QString, swap);
    QFETCH(QString, code);
    QFETCH(QStringList, named);
    auto store = openStoreWithOrg();
    QVERIFY(store);
    const Org& o = org();
    const QString di = fileOrFail(*store, juge(), o.juge);
    QVERIFY(store->declarations().acknowledge(di, o.president).ok());
    QString authorityId = store->directory().personFor(o.president.certificate())->id;
    QVERIFY(store->declarations().receipt(di, authorityId).ok());
    QByteArray replacement;
    if (swap == QLatin1String("self-signed")) {
        // Hélène signs, with her own key and stock openssl, what the président's receipt says.
        auto envelope = store->connection().exec(
            QStringLiteral("SELECT sealed FROM envelopes WHERE declaration_id = ? AND forwarded_by IS NULL"),
            {di});
        QVERIFY(envelope.ok() && envelope.value().next());
        replacement = signWithOpenssl(o.juge, receiptDocument(envelope.value().value(0).toByteArray(),
                                                              o.juge.certificate(), o.president.certificate(),
                                                              QStringLiteral("tj-nanterre:president")));
        envelope.value().finish();
    } else if (swap == QLatin1String("other-authority")) {
        const QString substitut = fileOrFail(*store, substitutDi(), o.substitut);
        auto other = store->declarations().acknowledge(substitut, o.procureur);
        QVERIFY2(other.ok(), why(other).constData());
        replacement = *other;
    } else if (swap == QLatin1String("other-declaration")) {
        Declaration second = juge();
        second.event = DeclarationEvent::ModificationApresEntretien;
        second.supersedes = di;
        const QString v2 = fileOrFail(*store, second, o.juge);
        auto other = store->declarations().acknowledge(v2, o.president);
        QVERIFY2(other.ok(), why(other).constData());
        replacement = *other;
    } else {
        authorityId = store->directory().personFor(o.procureur.certificate())->id;
        QVERIFY(store->connection()
                    .exec(QStringLiteral("UPDATE receipts SET authority_id = ? WHERE declaration_id = ?"),
                          {authorityId, di})
                    .ok());
    }
    if (!replacement.isEmpty()) {
        QVERIFY(store->connection()
                    .exec(QStringLiteral("UPDATE receipts SET receipt = ? WHERE declaration_id = ?"),
                          {replacement, di})
                    .ok());
    }
    QVERIFY(swap == QLatin1String("other-row") || !replacement.isEmpty());
    auto refused = store->declarations().receipt(di, authorityId);
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().kind, ErrorKind::Integrity); // exit 4
    QVERIFY2(refused.error().code == code, qPrintable(refused.error().code + ": " + refused.error().message));
    for (const QString& name : named) {
        QVERIFY2(refused.error().message.contains(name), qPrintable(refused.error().message));
    }
}

void TestStore::supersedeChain()
{
    auto store = openStoreWithOrg();
    QVERIFY(store);
    const Org& o = org();
    const QString v1 = fileOrFail(*store, juge(), o.juge);
    Declaration second = juge();
    second.event = DeclarationEvent::ModificationApresEntretien;
    second.supersedes = v1;
    const QString v2 = fileOrFail(*store, second, o.juge);
    QVERIFY(!v2.isEmpty());
    QCOMPARE(store->declarations().record(v1)->status, DeclarationStatus::Superseded);
    QCOMPARE(store->declarations().record(v2)->supersedes, v1);
    QCOMPARE(store->declarations().record(v2)->recipients,
             QStringList{QStringLiteral("tj-nanterre:president")});
    // The old version is still there and still readable: never overwritten.
    QVERIFY(store->declarations().open(v1, o.juge).ok());
    // A superseded version cannot be superseded again; another declarant's cannot be superseded at all.
    auto again = store->declarations().file(second, o.juge);
    QVERIFY(!again.ok());
    QCOMPARE(again.error().code, QString(errors::Superseded));
    Declaration foreign = substitutDi();
    foreign.supersedes = v2;
    QVERIFY(!store->declarations().file(foreign, o.substitut).ok());
    Declaration third = second;
    third.supersedes = v2;
    const QString v3 = fileOrFail(*store, third, o.juge);
    QVERIFY(!v3.isEmpty());
    QCOMPARE(store->declarations().record(v2)->status, DeclarationStatus::Superseded);
    QCOMPARE(store->declarations().list(o.juge)->size(), 3);
}

void TestStore::missingAuthority()
{
    auto store = openStore();
    QVERIFY(store);
    QVERIFY(store->administration()
                .addPerson(org().admin, QStringLiteral("Admin"), Role::Admin, {}, org().admin.certificate())
                .ok());
    QVERIFY(store->administration()
                .addPerson(org().admin, QStringLiteral("Hélène Juge"), Role::Declarant, {},
                           org().juge.certificate(), juge().profile)
                .ok());
    auto filed = store->declarations().file(juge(), org().juge);
    QVERIFY(!filed.ok());
    QCOMPARE(filed.error().code, QString(errors::MissingAuthority));
    QVERIFY2(filed.error().message.contains(QLatin1String("tj-nanterre:president")), why(filed).constData());
}

void TestStore::invalidRefused()
{
    auto store = openStoreWithOrg();
    QVERIFY(store);
    Declaration incomplete = juge();
    incomplete.items.erase(QStringLiteral("mandatsElectifs"));
    auto filed = store->declarations().file(incomplete, org().juge);
    QVERIFY(!filed.ok());
    QCOMPARE(filed.error().kind, ErrorKind::Invalid);
    QVERIFY(store->declarations().list(org().auditor)->isEmpty());
}

// The auditor and the administrator are not magistrates: a declaration in their name is refused (exit 3)
// before anything is sealed or written.
void TestStore::onlyMagistratesFile()
{
    auto store = openStoreWithOrg();
    QVERIFY(store);
    const Org& o = org();
    const qint64 before = auditCount(*store);
    for (const crypto::Identity* notMagistrate : {&o.auditor, &o.admin}) {
        auto filed = store->declarations().file(juge(), *notMagistrate);
        QVERIFY(!filed.ok());
        QCOMPARE(filed.error().kind, ErrorKind::AccessDenied);
        QCOMPARE(filed.error().code, QString(errors::Denied));
    }
    auto declarations = store->connection().exec(QStringLiteral("SELECT COUNT(*) FROM declarations"));
    QVERIFY(declarations.ok() && declarations.value().next());
    QCOMPARE(declarations.value().value(0).toInt(), 0);
    QCOMPARE(auditCount(*store), before);
    fileOrFail(*store, juge(), o.juge); // the magistrate herself files
}

// Someone with write access to the store sets a declaration's status to a value no Probitas writes (raw SQL).
// Every reading of that row is refused as Integrity (exit 4), naming the declaration and the value: it is
// never read as some default status, and nothing crashes.
void TestStore::unknownStatusRefused_data()
{
    QTest::addColumn<QString>("reader");
    for (const char* reader :
         {"record", "list by the declarant", "list by the authority", "list by the auditor",
          "list filtered by status", "audit verify", "supersede it"}) {
        QTest::newRow(reader) << reader;
    }
}

void TestStore::unknownStatusRefused()
{
    QFETCH(QString, reader);
    auto store = openStoreWithOrg();
    QVERIFY(store);
    const Org& o = org();
    const QString di = fileOrFail(*store, juge(), o.juge);
    QVERIFY(store->connection()
                .exec(QStringLiteral("UPDATE declarations SET status = 'bogus' WHERE id = ?"), {di})
                .ok());

    const auto failure = [](const auto& result) {
        return result.ok() ? Error{ErrorKind::Unusable, QStringLiteral("read without an error"), {}}
                           : result.error();
    };
    Error error;
    if (reader == "record") {
        error = failure(store->declarations().record(di));
    } else if (reader == "list by the declarant") {
        error = failure(store->declarations().list(o.juge));
    } else if (reader == "list by the authority") {
        error = failure(store->declarations().list(o.president));
    } else if (reader == "list by the auditor") {
        error = failure(store->declarations().list(o.auditor));
    } else if (reader == "list filtered by status") {
        ListFilter filter;
        filter.status = DeclarationStatus::Filed;
        QCOMPARE(store->declarations().list(o.auditor, filter)->size(), 0); // 'bogus' is not filed
        error = failure(store->declarations().list(o.auditor, ListFilter{}));
    } else if (reader == "audit verify") {
        error = failure(store->audit().verify());
    } else {
        Declaration next = juge();
        next.event = DeclarationEvent::ModificationApresEntretien;
        next.supersedes = di;
        error = failure(store->declarations().file(next, o.juge));
        // Nothing filed, and the row left as it was.
        auto rows =
            store->connection().exec(QStringLiteral("SELECT COUNT(*), MAX(status) FROM declarations"));
        QVERIFY(rows.ok() && rows.value().next());
        QCOMPARE(rows.value().value(0).toInt(), 1);
        QCOMPARE(rows.value().value(1).toString(), QStringLiteral("bogus"));
    }
    QCOMPARE(error.kind, ErrorKind::Integrity);
    QCOMPARE(error.code, QString(errors::UnknownStatus));
    QVERIFY2(error.message.contains(di), qPrintable(error.message));
    QVERIFY2(error.message.contains(QStringLiteral("\"bogus\"")), qPrintable(error.message));
}

void TestStore::drafts()
{
    auto store = openStoreWithOrg();
    QVERIFY(store);
    const QByteArray draft = DeclarationCodec::encode(juge());
    QVERIFY(store->drafts().save(org().juge, draft).ok());
    QCOMPARE(store->drafts().open(org().juge)->toByteArrayUnwiped(), draft);
    QVERIFY(!store->drafts().open(org().substitut).ok());
    auto sealed = store->connection().exec(QStringLiteral("SELECT sealed FROM drafts"));
    QVERIFY(sealed.ok() && sealed.value().next());
    QVERIFY(!crypto::Envelope::open(sealed.value().value(0).toByteArray(), org().president).ok());

    // Discarding removes the declarant's draft only; discarding none is not an error.
    QVERIFY(store->drafts().save(org().substitut, draft).ok());
    QVERIFY(store->drafts().discard(org().juge).ok());
    const auto gone = store->drafts().open(org().juge);
    QVERIFY(!gone.ok());
    QCOMPARE(gone.error().code, QString(errors::NotFound));
    QVERIFY(store->drafts().open(org().substitut).ok());
    QVERIFY(store->drafts().discard(org().juge).ok());
    QCOMPARE(store->drafts().discard(org().outsider).error().kind, ErrorKind::AccessDenied);
}

void TestStore::bordereau()
{
    auto store = openStoreWithOrg();
    QVERIFY(store);
    const Org& o = org();
    const QString di = fileOrFail(*store, juge(), o.juge);
    auto before = store->declarations().bordereau(di, o.auditor);
    QVERIFY(before.ok());
    QCOMPARE(before->mayOpen, (QStringList{QStringLiteral("Hélène Juge"), QStringLiteral("Jean Président")}));
    QVERIFY(before->lastOpenedBy.isEmpty());
    QVERIFY(store->declarations().open(di, o.president).ok());
    QVERIFY(
        store->declarations().forward(di, o.president, authorities::College, QStringLiteral("avis")).ok());
    auto after = store->declarations().bordereau(di, o.juge);
    QVERIFY(after.ok());
    QCOMPARE(after->lastOpenedBy, QStringLiteral("Jean Président"));
    QVERIFY(after->mayOpen.contains(QStringLiteral("Collège")));
    // Its readers see it too: the authority it was filed to, and the collège it was forwarded to.
    auto president = store->declarations().bordereau(di, o.president);
    QVERIFY(president.ok());
    QCOMPARE(president->lastOpenedBy, QStringLiteral("Jean Président"));
    QVERIFY(store->declarations().bordereau(di, o.college).ok());
    QVERIFY(!store->declarations().bordereau(di, o.substitut).ok());
    QVERIFY(!store->declarations().bordereau(di, o.procureur).ok());
}

void TestStore::auditTamper_data()
{
    QTest::addColumn<QStringList>("statements");
    QTest::addColumn<qint64>("firstBad");
    QTest::newRow("modified details")
        << QStringList{"UPDATE audit SET details = '{\"declaration\":\"patrimoine\"}' "
                       "WHERE sequence = 3"}
        << qint64(3);
    QTest::newRow("modified actor")
        << QStringList{"UPDATE audit SET actor_id = (SELECT actor_id FROM audit WHERE "
                       "sequence = 1) WHERE sequence = 4"}
        << qint64(4);
    QTest::newRow("removed") << QStringList{"DELETE FROM audit WHERE sequence = 3"} << qint64(3);
    QTest::newRow("reordered") << QStringList{"UPDATE audit SET sequence = -2 WHERE sequence = 2",
                                              "UPDATE audit SET sequence = 2 WHERE sequence = 3",
                                              "UPDATE audit SET sequence = 3 WHERE sequence = -2"}
                               << qint64(2);
    QTest::newRow("signature replaced")
        << QStringList{"UPDATE audit SET signature = (SELECT signature FROM audit "
                       "WHERE sequence = 1) WHERE sequence = 5"}
        << qint64(5);
}

void TestStore::auditTamper()
{
    QFETCH(QStringList, statements);
    QFETCH(qint64, firstBad);
    auto store = openStoreWithOrg();
    QVERIFY(store);
    // The sequence numbers below count from the first filing: registering the people came before.
    const qint64 registered = auditCount(*store);
    firstBad += registered;
    for (QString& statement : statements) {
        statement = shiftSequences(statement, registered);
    }
    const Org& o = org();
    const QString di = fileOrFail(*store, juge(), o.juge);               // 1
    QVERIFY(!fileOrFail(*store, presidentDsp(), o.president).isEmpty()); // 2
    QVERIFY(store->declarations().open(di, o.president).ok());           // 3
    QVERIFY(!store->declarations().open(di, o.substitut).ok());          // 4 (denied)
    QVERIFY(store->declarations().acknowledge(di, o.president).ok());    // 5
    QVERIFY(!fileOrFail(*store, substitutDi(), o.substitut).isEmpty());  // 6
    QCOMPARE(store->audit().verify()->firstBad, 0);
    QCOMPARE(store->audit().verify()->checked, registered + 6);
    for (const QString& statement : statements) {
        QVERIFY2(store->connection().exec(statement).ok(), qPrintable(statement));
    }
    for (AuditVerification verification : {AuditVerification::Chain, AuditVerification::EverySignature}) {
        auto report = store->audit().verify(verification);
        QVERIFY(report.ok());
        QVERIFY2(report->firstBad == firstBad, qPrintable(report->problem));
        QVERIFY(report->problem.contains(QString::number(firstBad)));
    }
}

// `audit verify` hashes each row from its bytes as stored, and decodes a row only when those do not give its
// hash: a row rewritten by hand in another form than Probitas writes (its details spaced, its time with an
// offset) is judged by the entry it decodes to, as before, and a change of content is still named.
void TestStore::auditRowsInAnotherForm_data()
{
    QTest::addColumn<QString>("statement");
    QTest::addColumn<bool>("whole");
    QTest::newRow("details spaced, same content")
        << QStringLiteral("UPDATE audit SET details = REPLACE(details, '{\"', '{ \"') WHERE sequence = ?")
        << true;
    QTest::newRow("time with an offset, same instant")
        << QStringLiteral("UPDATE audit SET at = REPLACE(at, 'Z', '+00:00') WHERE sequence = ?") << true;
    QTest::newRow("time with an offset, another instant")
        << QStringLiteral("UPDATE audit SET at = REPLACE(at, 'Z', '+01:00') WHERE sequence = ?") << false;
    QTest::newRow("details spaced and changed")
        << QStringLiteral("UPDATE audit SET details = REPLACE(REPLACE(details, '{\"', '{ \"'), 'interets', "
                          "'patrimoine') WHERE sequence = ?")
        << false;
}

void TestStore::auditRowsInAnotherForm()
{
    QFETCH(QString, statement);
    QFETCH(bool, whole);
    auto store = openStoreWithOrg();
    QVERIFY(store);
    const Org& o = org();
    const QString di = fileOrFail(*store, juge(), o.juge);
    const qint64 filing = auditCount(*store);
    QVERIFY(store->declarations().open(di, o.president).ok());
    QVERIFY(store->connection().exec(statement, {filing}).ok());
    for (AuditVerification verification : {AuditVerification::Chain, AuditVerification::EverySignature}) {
        auto report = store->audit().verify(verification);
        QVERIFY(report.ok());
        if (whole) {
            QVERIFY2(report->firstBad == 0, qPrintable(report->problem));
        } else {
            QCOMPARE(report->firstBad, filing);
            QCOMPARE(report->problem, QStringLiteral("audit entry %1 was modified").arg(filing));
        }
    }
}

// The newest entry has no successor to commit to its signature: the chain check verifies it directly.
void TestStore::auditNewestSignature()
{
    auto store = openStoreWithOrg();
    QVERIFY(store);
    const Org& o = org();
    const QString di = fileOrFail(*store, juge(), o.juge);
    QVERIFY(store->declarations().open(di, o.president).ok());
    QVERIFY(store->declarations().open(di, o.juge).ok());
    auto whole = store->audit().verify();
    QVERIFY(whole.ok());
    QCOMPARE(whole->firstBad, 0);
    QCOMPARE(whole->signaturesVerified, 1); // every entry is witnessed: the newest vouches for the rest
    QVERIFY(store->connection()
                .exec(QStringLiteral("UPDATE audit SET signature = (SELECT signature FROM audit WHERE "
                                     "sequence = 1) WHERE sequence = 3"))
                .ok());
    auto report = store->audit().verify();
    QVERIFY(report.ok());
    QVERIFY2(report->firstBad == 3, qPrintable(report->problem));
    QVERIFY(report->problem.contains(QLatin1String("signature")));
}

// The trail a page at a time, newest first (the auditor's workspace): the same entries as the whole log, for
// each reader what the policy lets them read, and the actions counted without reading the entries.
void TestStore::auditLogInPages()
{
    auto store = openStoreWithOrg();
    QVERIFY(store);
    const Org& o = org();
    const QString di = fileOrFail(*store, juge(), o.juge);
    QVERIFY(!fileOrFail(*store, substitutDi(), o.substitut).isEmpty());
    QVERIFY(store->declarations().open(di, o.president).ok());
    QVERIFY(!store->declarations().open(di, o.substitut).ok()); // denied
    for (const crypto::Identity* reader : {&o.auditor, &o.juge, &o.substitut}) {
        auto whole = store->audit().log(*reader);
        QVERIFY2(whole.ok(), why(whole).constData());
        QList<AuditEntry> paged;
        for (qint64 before = 0;;) {
            auto page = store->audit().logPage(*reader, before, 3);
            QVERIFY2(page.ok(), why(page).constData());
            QVERIFY(page->size() <= 3);
            if (page->isEmpty()) {
                break;
            }
            for (qsizetype i = 1; i < page->size(); ++i) {
                QVERIFY(page->at(i).sequence < page->at(i - 1).sequence); // newest first
            }
            paged << *page;
            before = page->last().sequence;
        }
        QCOMPARE(paged.size(), whole->size());
        std::map<QString, qint64> counted;
        for (qsizetype i = 0; i < whole->size(); ++i) {
            QCOMPARE(paged.at(i).sequence, whole->at(whole->size() - 1 - i).sequence);
            QCOMPARE(paged.at(i).hash, whole->at(whole->size() - 1 - i).hash);
            ++counted[whole->at(i).action];
        }
        auto actions = store->audit().logActions(*reader);
        QVERIFY2(actions.ok(), why(actions).constData());
        QCOMPARE(*actions, counted);
    }
    // The juge reads her own entries and those about her declaration, not the substitut's filing.
    auto own = store->audit().logPage(o.juge, 0, 100);
    QVERIFY(own.ok());
    for (const AuditEntry& entry : *own) {
        QVERIFY2(entry.declarationId == di ||
                     entry.actorId == store->directory().personFor(o.juge.certificate())->id ||
                     statements::isStatement(entry.action),
                 qPrintable(entry.action));
    }
    // Someone outside the directory reads nothing.
    QCOMPARE(store->audit().logPage(o.outsider, 0, 10).error().kind, ErrorKind::AccessDenied);
}

// An entry slipped in at the end without a valid signature: the next writer refuses to vouch for it, so
// nothing more is recorded on top of it, and verification names it.
void TestStore::auditBrokenTrailTakesNoEntry()
{
    auto store = openStoreWithOrg();
    QVERIFY(store);
    const Org& o = org();
    const qint64 registered = auditCount(*store);
    const QString di = fileOrFail(*store, juge(), o.juge);
    auto head = store->audit().verify();
    QVERIFY(head.ok());
    QVERIFY(
        store->connection()
            .exec(shiftSequences(
                QStringLiteral(
                    "INSERT INTO audit (sequence, at, actor_id, action, declaration_id, details, "
                    "previous_hash, hash, signature, version, previous_signature) SELECT %1, at, actor_id, "
                    "'open', declaration_id, '{}', hash, hash, signature, 2, previous_signature FROM "
                    "audit WHERE sequence = 1")
                    .arg(registered + 2),
                registered))
            .ok());
    auto opened = store->declarations().open(di, o.president);
    if (m_stores.deployment == Deployment::Server) {
        // On a server store a writer may not refuse to go on (any login could then stop everyone): it links
        // its entry to the forged one without vouching for it (version 3), and verification names the
        // forgery.
        QVERIFY2(opened.ok(), why(opened).constData());
        auto linked = store->connection().exec(QStringLiteral("SELECT version FROM audit WHERE sequence = ?"),
                                               {registered + 3});
        QVERIFY(linked.ok() && linked.value().next());
        QCOMPARE(linked.value().value(0).toInt(), AuditEntry::kLinkedVersion);
        linked.value().finish();
        auto report = store->audit().verify();
        QVERIFY(report.ok());
        QVERIFY2(report->firstBad == registered + 2, qPrintable(report->problem));
        return;
    }
    QVERIFY(!opened.ok());
    QCOMPARE(opened.error().kind, ErrorKind::Integrity);
    QCOMPARE(opened.error().code, QString(errors::AuditBroken));
    auto filed = store->declarations().file(substitutDi(), o.substitut);
    QVERIFY(!filed.ok());
    QCOMPARE(filed.error().code, QString(errors::AuditBroken));
    auto count = store->connection().exec(QStringLiteral("SELECT COUNT(*) FROM audit"));
    QVERIFY(count.ok() && count.value().next());
    QCOMPARE(count.value().value(0).toInt(), registered + 2);
    count.value().finish();
    auto report = store->audit().verify();
    QVERIFY(report.ok());
    QVERIFY2(report->firstBad == registered + 2, qPrintable(report->problem));
}

// Cutting the newest entries leaves a shorter chain that is whole in itself; an anchor taken earlier
// (the head that audit verify printed) shows the cut.
void TestStore::auditAnchorDetectsTruncation()
{
    auto store = openStoreWithOrg();
    QVERIFY(store);
    const Org& o = org();
    const qint64 registered = auditCount(*store);
    const QString di = fileOrFail(*store, juge(), o.juge);
    QVERIFY(store->declarations().open(di, o.president).ok());
    QVERIFY(store->declarations().open(di, o.president).ok());
    auto before = store->audit().verify();
    QVERIFY(before.ok());
    QCOMPARE(before->checked, registered + 3);
    const AuditAnchor anchor{before->checked, before->headHash};
    QCOMPARE(AuditAnchor::parse(anchor.toString())->hash, anchor.hash);
    QVERIFY(!AuditAnchor::parse(QStringLiteral("3:nothex")).ok());
    QVERIFY(store->declarations().open(di, o.president).ok());
    auto grown = store->audit().verify(AuditVerification::Chain, anchor);
    QVERIFY(grown.ok());
    QCOMPARE(grown->firstBad, 0); // the anchored entry is still there, with more after it
    QVERIFY(store->connection()
                .exec(shiftSequences(QStringLiteral("DELETE FROM audit WHERE sequence >= 3"), registered))
                .ok());
    auto alone = store->audit().verify();
    QVERIFY(alone.ok());
    QCOMPARE(alone->firstBad, 0); // what the chain alone cannot see
    auto anchored = store->audit().verify(AuditVerification::Chain, anchor);
    QVERIFY(anchored.ok());
    QCOMPARE(anchored->firstBad, registered + 3);
    QVERIFY2(anchored->problem.contains(QLatin1String("removed")), qPrintable(anchored->problem));
}

// Audit times never go backwards. A writer whose clock is behind the trail's newest entry records nothing (a
// late filer who sets the clock back cannot file "on time"); the message says whose clock: this computer's on
// SQLite, the database server's on PostgreSQL, where the audit time and the filing time come from the server.
void TestStore::auditClockBehindRefused()
{
    auto store = openStoreWithOrg();
    QVERIFY(store);
    const Org& o = org();
    const QString di = fileOrFail(*store, juge(), o.juge);
    QVERIFY(!di.isEmpty());
    // The filing time is its audit entry's, exactly.
    const auto log = store->audit().log(o.auditor);
    QVERIFY(log.ok());
    QCOMPARE(log->last().action, QStringLiteral("file"));
    QCOMPARE(store->declarations().record(di)->filedAt, log->last().at);
    const qint64 before = auditCount(*store);

    // The filer's clock two minutes behind (within the certificates' allowance for skew, so that sealing
    // works and only the store refuses).
    Clock::setForTesting(QDateTime::currentDateTimeUtc().addSecs(-120));
    auto backdated = store->declarations().file(substitutDi(), o.substitut);
    QVERIFY(!backdated.ok());
    if (m_stores.deployment == Deployment::Server) {
        // On a server store the time is the server's own: a client's clock behind, or ahead, is refused by
        // the server itself, and nothing is recorded.
        QCOMPARE(backdated.error().kind, ErrorKind::AccessDenied);
        QVERIFY2(backdated.error().message.contains(QLatin1String("server's time")),
                 why(backdated).constData());
        Clock::setForTesting(QDateTime::currentDateTimeUtc().addSecs(3600));
        auto ahead = store->declarations().open(di, o.president);
        QVERIFY(!ahead.ok());
        QCOMPARE(ahead.error().kind, ErrorKind::AccessDenied);
        Clock::reset();
        QCOMPARE(store->declarations().list(o.auditor)->size(), 1);
        QCOMPARE(auditCount(*store), before);
        return;
    }
    QCOMPARE(backdated.error().kind, ErrorKind::Environment);
    QCOMPARE(backdated.error().code, QString(errors::ClockBehind));
    QVERIFY2(backdated.error().message.contains(QLatin1String("clock")), why(backdated).constData());
    QCOMPARE(store->declarations().list(o.auditor)->size(), 1); // nothing filed
    QVERIFY(!store->declarations().open(di, o.president).ok()); // nor any other entry
    QCOMPARE(auditCount(*store), before);

    // An entry dated an hour ahead (a clock ahead), then the real clock: behind it.
    Clock::setForTesting(QDateTime::currentDateTimeUtc().addSecs(3600));
    QVERIFY(store->declarations().open(di, o.president).ok());
    Clock::reset();
    auto opened = store->declarations().open(di, o.president);
    QVERIFY(!opened.ok());
    QCOMPARE(opened.error().code, QString(errors::ClockBehind));
    const QString whose = m_stores.backend == Backend::PostgreSql
                              ? QStringLiteral("the database server's clock")
                              : QStringLiteral("this computer's clock");
    QVERIFY2(opened.error().message.contains(whose), why(opened).constData());
    QCOMPARE(auditCount(*store), before + 1);
    QCOMPARE(store->audit().verify(AuditVerification::EverySignature)->firstBad, 0);
}

// Someone who holds a member's key and can write to the database appends an entry, validly signed, dated
// before its predecessor: verification names it.
void TestStore::auditTimeGoingBackwardsNamed()
{
    auto store = openStoreWithOrg();
    QVERIFY(store);
    const Org& o = org();
    const QString di = fileOrFail(*store, juge(), o.juge);
    QVERIFY(store->declarations().open(di, o.president).ok());
    const auto log = store->audit().log(o.auditor);
    QVERIFY(log.ok());
    const AuditEntry& last = log->last();
    AuditEntry forged;
    forged.sequence = last.sequence + 1;
    forged.at = last.at.addSecs(-70);
    forged.actorId = store->directory().personFor(o.president.certificate())->id;
    forged.action = QStringLiteral("open");
    forged.declarationId = di;
    forged.previousHash = last.hash;
    forged.previousSignatureHash = auditHash(last.signature);
    forged.hash = auditHash(forged.canonical());
    const QByteArray signature = crypto::Signature::sign(forged.canonical(), o.president).value();
    QVERIFY(store->connection()
                .exec(QStringLiteral("INSERT INTO audit (sequence, at, actor_id, action, declaration_id, "
                                     "details, previous_hash, hash, signature, version, previous_signature) "
                                     "VALUES (?, ?, ?, ?, ?, '{}', ?, ?, ?, 2, ?)"),
                      {forged.sequence, forged.at.toString(Qt::ISODateWithMs), forged.actorId, forged.action,
                       di, forged.previousHash, forged.hash, signature, forged.previousSignatureHash})
                .ok());
    for (AuditVerification verification : {AuditVerification::Chain, AuditVerification::EverySignature}) {
        auto report = store->audit().verify(verification);
        QVERIFY(report.ok());
        QVERIFY2(report->firstBad == forged.sequence, qPrintable(report->problem));
        QVERIFY2(report->problem.contains(QLatin1String("backwards")), qPrintable(report->problem));
    }
}

// The tables and the trail must tell the same story. Each row: raw SQL by someone with write access to the
// store, which the chain alone does not see (no entry is changed, or only entries cut from the end), and
// what verification names. Placeholders: {di} (the juge's DI: opened, acknowledged, forwarded to the
// collège and the CSM, with an entretien and an avis request), {dsp} (the président's DSP), {sub} (the
// substitut's DI, filed last), {csm} (the forward to the CSM), {entretien}, {request}, {procedure}
// (recorded against the juge), {procureur} (a person id).
void TestStore::auditCrossCheck_data()
{
    QTest::addColumn<QStringList>("statements");
    QTest::addColumn<QString>("named");
    // The attack of issue 12: the newest three entries, a refusal and a filing among them, cut off.
    QTest::newRow("last 3 entries removed")
        << QStringList{"DELETE FROM audit WHERE sequence > (SELECT MAX(sequence) - 3 FROM audit)"}
        << "declaration {sub} has no \"file\" entry";
    QTest::newRow("declaration added")
        << QStringList{"INSERT INTO declarations (id, declarant_id, kind, event, recipients, filed_at, "
                       "status) "
                       "SELECT 'forged-declaration', declarant_id, kind, event, recipients, filed_at, status "
                       "FROM declarations WHERE id = '{di}'"}
        << "declaration forged-declaration has no \"file\" entry";
    QTest::newRow("declaration backdated")
        << QStringList{"UPDATE declarations SET filed_at = '2026-01-02T09:00:00.000Z' WHERE id = '{sub}'"}
        << "declaration {sub} says it was filed at 2026-01-02T09:00:00.000Z";
    QTest::newRow("declaration's event changed")
        << QStringList{"UPDATE declarations SET event = 'modification' WHERE id = '{dsp}'"}
        << "declaration {dsp} does not match its \"file\" entry";
    // Its recipients, and their copies beside the envelope alike (schema 11): what a dashboard counts.
    QTest::newRow("declaration's recipients changed")
        << QStringList{"UPDATE declarations SET recipients = 'csm' WHERE id = '{dsp}'",
                       "UPDATE envelope_recipients SET recipients = 'csm' WHERE declaration_id = '{dsp}'"}
        << "declaration {dsp} does not match its \"file\" entry";
    QTest::newRow("recipient's copy changed")
        << QStringList{"UPDATE envelope_recipients SET kind = 'interets' WHERE declaration_id = '{dsp}'"}
        << "the envelope of declaration {dsp} sealed for";
    QTest::newRow("declaration destroyed without a purge")
        << QStringList{"UPDATE declarations SET status = 'destroyed' WHERE id = '{dsp}'"}
        << "declaration {dsp} is destroyed, but no \"purge\" entry";
    QTest::newRow("envelope replaced")
        << QStringList{"UPDATE envelopes SET sealed = (SELECT sealed FROM envelopes WHERE declaration_id = "
                       "'{dsp}' AND forwarded_by IS NULL) WHERE declaration_id = '{di}' AND forwarded_by IS "
                       "NULL"}
        << "the envelope of declaration {di} is not the one its \"file\" entry recorded";
    QTest::newRow("envelope removed")
        << QStringList{"DELETE FROM envelope_recipients WHERE declaration_id = '{sub}'",
                       "DELETE FROM envelopes WHERE declaration_id = '{sub}'"}
        << "records the filing of declaration {sub}, whose envelope is not in the store";
    QTest::newRow("forward added")
        << QStringList{"INSERT INTO envelopes (id, declaration_id, sealed, created_at, forwarded_by, basis, "
                       "authorised_by) SELECT 'forged-envelope', declaration_id, sealed, created_at, "
                       "forwarded_by, basis, authorised_by FROM envelopes WHERE id = '{csm}'"}
        << "envelope forged-envelope, forwarded from declaration {di}, has no \"forward\" or \"reseal\" "
           "entry";
    QTest::newRow("forward removed") << QStringList{"DELETE FROM envelopes WHERE id = '{csm}'"}
                                     << "records a forward of declaration {di} (envelope {csm})";
    QTest::newRow("receipt added")
        << QStringList{"INSERT INTO receipts SELECT declaration_id, '{procureur}', receipt, received_at FROM "
                       "receipts WHERE declaration_id = '{di}'"}
        << "the receipt of {procureur} for declaration {di} has no matching \"acknowledge\" entry";
    QTest::newRow("receipt replaced")
        << QStringList{"UPDATE receipts SET receipt = (SELECT sealed FROM envelopes WHERE declaration_id = "
                       "'{dsp}' AND forwarded_by IS NULL)"}
        << "for declaration {di} has no matching \"acknowledge\" entry";
    QTest::newRow("receipt removed") << QStringList{"DELETE FROM receipts"}
                                     << "records a receipt for declaration {di}";
    QTest::newRow("entretien removed")
        << QStringList{"DELETE FROM entretiens"} << "records entretien {entretien}";
    QTest::newRow("entretien added")
        << QStringList{"INSERT INTO entretiens (id, declaration_id, authority_id, scheduled_at, status, "
                       "convocation, created_at) SELECT 'forged-entretien', declaration_id, authority_id, "
                       "scheduled_at, 'held', convocation, created_at FROM entretiens"}
        << "entretien forged-entretien has no \"entretien-schedule\" entry";
    QTest::newRow("avis request removed")
        << QStringList{"DELETE FROM avis_requests"} << "records avis request {request}";
    QTest::newRow("procedure removed")
        << QStringList{"DELETE FROM procedures"} << "records procedure {procedure}";
    QTest::newRow("procedure added")
        << QStringList{"INSERT INTO procedures SELECT 'forged-procedure', declarant_id, kind, legal_hold, "
                       "recorded_at, recorded_by, closed_at FROM procedures"}
        << "procedure forged-procedure has no \"procedure\" entry";
}

void TestStore::auditCrossCheck()
{
    QFETCH(QStringList, statements);
    QFETCH(QString, named);
    auto store = openStoreWithOrg();
    QVERIFY(store);
    const Org& o = org();
    const QString di = fileOrFail(*store, juge(), o.juge);
    const QString dsp = fileOrFail(*store, presidentDsp(), o.president);
    QVERIFY(store->declarations().open(di, o.president).ok());
    QVERIFY(store->declarations().acknowledge(di, o.president).ok());
    auto procedure = store->procedures().record(o.admin, QStringLiteral("Hélène Juge"),
                                                ProcedureKind::Disciplinaire, false);
    QVERIFY(procedure.ok());
    auto csm =
        store->declarations().forward(di, o.president, QStringLiteral("csm"), QStringLiteral("art. 7-2 III"));
    QVERIFY2(csm.ok(), why(csm).constData());
    auto entretien = store->entretiens().schedule(di, o.president, QDateTime::currentDateTimeUtc().addDays(7),
                                                  QStringLiteral("Cabinet du président"));
    QVERIFY2(entretien.ok(), why(entretien).constData());
    auto request = store->avis().request(di, o.president, QStringLiteral("Un doute sur une participation."));
    QVERIFY2(request.ok(), why(request).constData());
    QVERIFY(!store->declarations().open(di, o.substitut).ok());         // denied
    const QString sub = fileOrFail(*store, substitutDi(), o.substitut); // file
    QVERIFY(!sub.isEmpty());
    QVERIFY(store->declarations().open(sub, o.procureur).ok()); // open
    for (AuditVerification verification : {AuditVerification::Chain, AuditVerification::EverySignature}) {
        auto whole = store->audit().verify(verification);
        QVERIFY(whole.ok());
        QVERIFY2(whole->firstBad == 0, qPrintable(whole->problem));
    }

    const auto fill = [&](QString text) {
        return text.replace("{di}", di)
            .replace("{dsp}", dsp)
            .replace("{sub}", sub)
            .replace("{csm}", *csm)
            .replace("{entretien}", *entretien)
            .replace("{request}", *request)
            .replace("{procedure}", *procedure)
            .replace("{procureur}", store->directory().personFor(o.procureur.certificate())->id);
    };
    for (const QString& statement : statements) {
        QVERIFY2(store->connection().exec(fill(statement)).ok(), qPrintable(fill(statement)));
    }
    for (AuditVerification verification : {AuditVerification::Chain, AuditVerification::EverySignature}) {
        auto report = store->audit().verify(verification);
        QVERIFY(report.ok());
        QVERIFY2(report->firstBad != 0, "the tampering went unnoticed");
        QVERIFY2(report->problem.contains(fill(named)), qPrintable(report->problem));
    }
}

// audit verify reads the tables on a connection of its own while it reads the trail (AuditTrail::verify), so
// either may be read first while someone files. What was written after the tables were read is compared by
// the next verification; what was written after the trail was read is read as later entries; and an entry the
// tables were read after still needs its object.
void TestStore::tablesReadBesideTheTrail()
{
    auto store = openStoreWithOrg();
    QVERIFY(store);
    const Org& o = org();
    QVERIFY(!fileOrFail(*store, juge(), o.juge).isEmpty());
    // The entries that record an object, and the trail's length, as audit verify reads them.
    const auto readTrail = [&](std::vector<AuditEntry>* recording) {
        const QList<AuditEntry> log = store->audit().log(o.auditor).value();
        recording->clear();
        std::copy_if(log.begin(), log.end(), std::back_inserter(*recording),
                     [](const AuditEntry& entry) { return recordsAnObject(entry.action); });
        return qint64(log.size());
    };
    std::vector<AuditEntry> recording;

    // The tables first: the filing after them has no row in what was read, and is not compared.
    auto tablesFirst = readAuditObjects(store->connection());
    QVERIFY2(tablesFirst.ok(), why(tablesFirst).constData());
    const QString filedBetween = fileOrFail(*store, substitutDi(), o.substitut);
    QVERIFY(!filedBetween.isEmpty());
    qint64 length = readTrail(&recording);
    QVERIFY(length > tablesFirst->head);
    auto report = crossCheckStore(store->connection(), recording, length, *tablesFirst);
    QVERIFY2(report.ok(), why(report).constData());
    QVERIFY2(report->firstBad == 0, qPrintable(report->problem));

    // The trail first: the rows filed after it are backed by the entries read after it.
    length = readTrail(&recording);
    const QString filedAfter = fileOrFail(*store, presidentDsp(), o.president);
    QVERIFY(!filedAfter.isEmpty());
    auto tablesAfter = readAuditObjects(store->connection());
    QVERIFY2(tablesAfter.ok(), why(tablesAfter).constData());
    QVERIFY(tablesAfter->head > length);
    report = crossCheckStore(store->connection(), recording, length, *tablesAfter);
    QVERIFY2(report.ok(), why(report).constData());
    QVERIFY2(report->firstBad == 0, qPrintable(report->problem));

    // An entry the tables were read after is compared: its declaration missing from them is found.
    AuditObjects withoutOne = *tablesAfter;
    std::erase_if(withoutOne.declarations,
                  [&](const AuditObjects::Declaration& row) { return row.id == filedBetween; });
    QCOMPARE(withoutOne.declarations.size() + 1, tablesAfter->declarations.size());
    report = crossCheckStore(store->connection(), recording, length, withoutOne);
    QVERIFY2(report.ok(), why(report).constData());
    QVERIFY(report->firstBad != 0);
    QVERIFY2(report->problem.contains(filedBetween) &&
                 report->problem.contains(QStringLiteral("not in the store")),
             qPrintable(report->problem));
}

// A checkpoint: only for those who read the whole trail (a refusal is audited); a signed file naming its own
// entry, whose details name the head it vouches for; an anchor that shows a trail cut back to before it.
void TestStore::checkpointAnchorsTheTrail()
{
    auto store = openStoreWithOrg();
    QVERIFY(store);
    const Org& o = org();
    const QString di = fileOrFail(*store, juge(), o.juge);
    const qint64 before = auditCount(*store);
    auto refused = store->audit().checkpoint(o.juge);
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().kind, ErrorKind::AccessDenied);
    QCOMPARE(store->audit().log(o.auditor)->last().action, QStringLiteral("denied"));
    QCOMPARE(store->audit().log(o.auditor)->last().details.value("action").toString(),
             QStringLiteral("checkpoint"));

    auto checkpoint = store->audit().checkpoint(o.auditor);
    QVERIFY2(checkpoint.ok(), why(checkpoint).constData());
    QCOMPARE(checkpoint->head.sequence, before + 2);
    const AuditEntry entry = store->audit().log(o.auditor)->last();
    QCOMPARE(entry.action, QStringLiteral("checkpoint"));
    QCOMPARE(checkpoint->head.hash, entry.hash);
    QCOMPARE(checkpoint->at, entry.at);
    const AuditAnchor vouched{before + 1, store->audit().log(o.auditor)->at(before).hash};
    QCOMPARE(entry.details.value("head").toString(), vouched.toString());
    QCOMPARE(checkpoint->store, store->directory().storeId().value()); // the store it vouches for
    QVERIFY(checkpoint->verify({o.ca.certificate()}).ok());
    auto read = AuditCheckpoint::fromJson(checkpoint->toJson());
    QVERIFY2(read.ok(), why(read).constData());
    QVERIFY(read->verify().ok());
    QCOMPARE(read->head.toString(), checkpoint->head.toString());
    QVERIFY(store->audit().checkpoint(o.admin).ok()); // the administrator too

    // Edited by hand: the signature no longer verifies. Re-signed by another key: not the organisation's.
    QJsonObject edited = QJsonDocument::fromJson(checkpoint->toJson()).object();
    edited["head"] = AuditAnchor{checkpoint->head.sequence - 1, checkpoint->head.hash}.toString();
    auto changed = AuditCheckpoint::fromJson(QJsonDocument(edited).toJson(QJsonDocument::Compact));
    QVERIFY(changed.ok());
    QCOMPARE(changed->verify().error().kind, ErrorKind::Integrity);
    auto strangerCa = crypto::CertificateAuthority::createRoot("Autre CA", "Ailleurs");
    QVERIFY(strangerCa.ok());
    AuditCheckpoint forged = *checkpoint;
    const crypto::Identity stranger = issue(*strangerCa, QStringLiteral("Auditeur"));
    forged.certificate = stranger.certificate();
    forged.signature = crypto::Signature::sign(forged.canonical(), stranger).value();
    QVERIFY(forged.verify().ok());                                                    // whole in itself...
    QCOMPARE(forged.verify({o.ca.certificate()}).error().kind, ErrorKind::Integrity); // ...but not trusted
    QVERIFY(!AuditCheckpoint::fromJson("{\"head\": \"1:00\"}").ok());

    // The trail cut back to before the checkpoint: whole in itself, but the anchor is gone.
    QVERIFY(store->connection()
                .exec(QStringLiteral("DELETE FROM audit WHERE sequence >= ?"), {checkpoint->head.sequence})
                .ok());
    QCOMPARE(store->audit().verify()->firstBad, 0);
    auto anchored = store->audit().verify(AuditVerification::Chain, checkpoint->head);
    QVERIFY(anchored.ok());
    QCOMPARE(anchored->firstBad, checkpoint->head.sequence);
    QVERIFY2(anchored->problem.contains(QLatin1String("removed")), qPrintable(anchored->problem));

    // A trail that does not verify gets no checkpoint.
    QVERIFY(store->connection().exec(QStringLiteral("DELETE FROM audit WHERE sequence = 2")).ok());
    auto broken = store->audit().checkpoint(o.auditor);
    QVERIFY(!broken.ok());
    QCOMPARE(broken.error().kind, ErrorKind::Integrity);
    QVERIFY(!di.isEmpty());
}

// Retention lasts five years after the magistrate leaves office; certificates last two. A filed envelope is
// judged at its filing time (the audit trail's "file" entry), so it stays readable; outside the store the
// same envelope, judged now, is refused as expired.
void TestStore::readableAfterCertificatesExpire()
{
    if (m_stores.deployment == Deployment::Server) {
        QSKIP("moves the clock years ahead: on a server store the time is the server's, which refuses any "
              "other "
              "(tst_store_server::appendingOffTheHeadOrBackdated)");
    }
    auto store = openStoreWithOrg();
    QVERIFY(store);
    const Org& o = org();
    const QString di = fileOrFail(*store, juge(), o.juge);
    auto exported = store->declarations().exportEnvelope(di, o.president);
    QVERIFY(exported.ok());
    QVERIFY(store->declarations().acknowledge(di, o.president).ok());
    // Twelve years later (the audit trail's time only moves forward): the CA too has expired.
    Clock::setForTesting(QDateTime::currentDateTimeUtc().addYears(12));
    auto opened = store->declarations().open(di, o.president);
    QVERIFY2(opened.ok(), why(opened).constData());
    QVERIFY(QByteArrayView(opened->view()).contains("Juge"));
    // So is the président's receipt, judged when the trail says it was given.
    auto receipt =
        store->declarations().receipt(di, store->directory().personFor(o.president.certificate())->id);
    QVERIFY2(receipt.ok(), why(receipt).constData());
    auto outside = crypto::Envelope::open(*exported, o.president);
    Clock::reset();
    QVERIFY(!outside.ok());
    QCOMPARE(outside.error().code, QStringLiteral("crypto.expired-certificate"));
    // A filing time before the signature is a contradiction, refused.
    auto backdated =
        crypto::Envelope::open(*exported, o.president, {}, QDateTime::currentDateTimeUtc().addDays(-1));
    QVERIFY(!backdated.ok());
    QVERIFY2(backdated.error().message.contains(QLatin1String("later than its filing")),
             qPrintable(backdated.error().message));
}

void TestStore::directoryAdditionsAudited()
{
    auto store = openStore();
    QVERIFY(store);
    const Org& o = org();
    // The first person is the administrator, adding themselves.
    auto notAdmin = store->administration().addPerson(o.juge, QStringLiteral("Hélène Juge"), Role::Declarant,
                                                      {}, o.juge.certificate());
    QVERIFY(!notAdmin.ok());
    QCOMPARE(notAdmin.error().kind, ErrorKind::Invalid);
    auto someoneElse = store->administration().addPerson(o.juge, QStringLiteral("Admin"), Role::Admin, {},
                                                         o.admin.certificate());
    QVERIFY(!someoneElse.ok());
    QVERIFY(store->administration()
                .addPerson(o.admin, QStringLiteral("Admin"), Role::Admin, {}, o.admin.certificate())
                .ok());
    QVERIFY(store->administration()
                .addPerson(o.admin, QStringLiteral("Hélène Juge"), Role::Declarant, {}, o.juge.certificate())
                .ok());
    // Only an administrator adds people.
    auto byDeclarant = store->administration().addPerson(o.juge, QStringLiteral("Thomas Substitut"),
                                                         Role::Declarant, {}, o.substitut.certificate());
    QVERIFY(!byDeclarant.ok());
    QCOMPARE(byDeclarant.error().kind, ErrorKind::AccessDenied);
    auto byOutsider = store->administration().addPerson(o.outsider, QStringLiteral("Thomas Substitut"),
                                                        Role::Declarant, {}, o.substitut.certificate());
    QCOMPARE(byOutsider.error().kind, ErrorKind::AccessDenied);
    QCOMPARE(store->directory().people()->size(), 2);
    auto log = store->audit().log(o.admin);
    QVERIFY(log.ok());
    QCOMPARE(log->size(), 2);
    // The store's anchor statement (the administrator adding themselves), then the addition.
    QCOMPARE(log->at(0).action, statements::Anchor);
    QCOMPARE(log->at(1).action, statements::Add);
    for (const AuditEntry& entry : *log) {
        QCOMPARE(entry.actorId, store->directory().personFor(o.admin.certificate())->id);
    }
    QCOMPARE(log->at(1).details.value("name").toString(), QStringLiteral("Hélène Juge"));
    QCOMPARE(store->audit().verify()->firstBad, 0);
}

void TestStore::retentionAndHold()
{
    if (m_stores.deployment == Deployment::Server) {
        QSKIP("moves the clock years ahead: on a server store the time is the server's, which refuses any "
              "other "
              "(tst_store_server::appendingOffTheHeadOrBackdated)");
    }
    auto store = openStoreWithOrg();
    QVERIFY(store);
    const Org& o = org();
    const QString di = fileOrFail(*store, juge(), o.juge);
    const QString other = fileOrFail(*store, substitutDi(), o.substitut);
    // The juge leaves office on 30 June 2027.
    Profile ceased = *juge().profile;
    ceased.ceasedOn = QDate(2027, 6, 30);
    // The administrator states her cessation: retention runs from the official posting.
    QVERIFY(store->postings().set(o.admin, QStringLiteral("Hélène Juge"), ceased).ok());
    QVERIFY(!store->procedures().purge(o.juge, true).ok()); // only the administrator

    Clock::setForTesting(QDateTime(QDate(2032, 6, 30), QTime(12, 0), Qt::UTC));
    QVERIFY(store->procedures().purge(o.admin, true)->destroyed.isEmpty()); // exactly five years: still kept
    Clock::setForTesting(QDateTime(QDate(2032, 7, 1), QTime(12, 0), Qt::UTC));
    auto dryRun = store->procedures().purge(o.admin, true);
    QVERIFY(dryRun.ok());
    QCOMPARE(dryRun->destroyed, QStringList{di});
    QCOMPARE(store->declarations().record(di)->status,
             DeclarationStatus::Filed); // a dry run destroys nothing

    // A legal hold for a criminal procedure suspends destruction.
    auto hold =
        store->procedures().record(o.admin, QStringLiteral("Hélène Juge"), ProcedureKind::Penale, true);
    QVERIFY(hold.ok());
    auto held = store->procedures().purge(o.admin, false);
    QVERIFY(held.ok());
    QVERIFY(held->destroyed.isEmpty());
    QCOMPARE(held->held, QStringList{di});
    QVERIFY(store->procedures().close(o.admin, *hold).ok());
    auto purged = store->procedures().purge(o.admin, false);
    QVERIFY(purged.ok());
    QCOMPARE(purged->destroyed, QStringList{di});
    QCOMPARE(store->declarations().record(di)->status, DeclarationStatus::Destroyed);
    QCOMPARE(store->declarations().record(other)->status, DeclarationStatus::Filed);
    auto left = store->connection().exec(
        QStringLiteral("SELECT COUNT(*) FROM envelopes WHERE declaration_id = ?"), {di});
    QVERIFY(left.ok() && left.value().next());
    QCOMPARE(left.value().value(0).toInt(), 0);
    // Still in 2032: audit times never go backwards, so the refusal is recorded after the purge.
    auto destroyed = store->declarations().open(di, o.juge);
    QVERIFY(!destroyed.ok());
    QCOMPARE(destroyed.error().kind, ErrorKind::AccessDenied);
    Clock::reset();
    // The audit trail stays, whole, with the purge in it.
    auto report = store->audit().verify();
    QCOMPARE(report->firstBad, 0);
    auto log = store->audit().log(o.auditor);
    QVERIFY(std::any_of(log->begin(), log->end(), [&](const AuditEntry& e) {
        return e.action == QLatin1String("purge") && e.declarationId == di;
    }));
}

// Closing a procedure is the administrator's, once, on a procedure that exists; every refusal of an identity
// in the directory is audited, and nothing is closed.
void TestStore::closeProcedureRefused_data()
{
    QTest::addColumn<QString>("who");
    QTest::addColumn<QString>("which"); // "open", "closed" or "unknown"
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("code");
    QTest::addColumn<bool>("auditedDenial");
    const int denied = int(ErrorKind::AccessDenied);
    QTest::newRow("the declarant") << "juge"
                                   << "open" << denied << QString(errors::Denied) << true;
    QTest::newRow("the authority") << "president"
                                   << "open" << denied << QString(errors::Denied) << true;
    QTest::newRow("the auditor") << "auditor"
                                 << "open" << denied << QString(errors::Denied) << true;
    QTest::newRow("the CSM") << "csm"
                             << "open" << denied << QString(errors::Denied) << true;
    QTest::newRow("not in the directory") << "outsider"
                                          << "open" << denied << QString(errors::NotInDirectory) << false;
    QTest::newRow("unknown procedure")
        << "admin"
        << "unknown" << int(ErrorKind::Unusable) << QString(errors::NotFound) << false;
    QTest::newRow("already closed") << "admin"
                                    << "closed" << int(ErrorKind::Invalid) << QString(errors::WrongState)
                                    << false;
}

void TestStore::closeProcedureRefused()
{
    QFETCH(QString, who);
    QFETCH(QString, which);
    QFETCH(int, kind);
    QFETCH(QString, code);
    QFETCH(bool, auditedDenial);
    auto store = openStore();
    QVERIFY(store);
    registerOrg(*store);
    const Org& o = org();
    const std::map<QString, const crypto::Identity*> identities{
        {"juge", &o.juge}, {"president", &o.president}, {"auditor", &o.auditor},
        {"csm", &o.csm},   {"outsider", &o.outsider},   {"admin", &o.admin}};
    auto open =
        store->procedures().record(o.admin, QStringLiteral("Hélène Juge"), ProcedureKind::Penale, true);
    QVERIFY(open.ok());
    auto closed = store->procedures().record(o.admin, QStringLiteral("Hélène Juge"),
                                             ProcedureKind::Disciplinaire, true);
    QVERIFY(closed.ok());
    QVERIFY(store->procedures().close(o.admin, *closed).ok());
    const QString target = which == "open"     ? *open
                           : which == "closed" ? *closed
                                               : QStringLiteral("no-such-id");
    const qint64 before = auditCount(*store);

    auto refused = store->procedures().close(*identities.at(who), target);
    QVERIFY(!refused.ok());
    QCOMPARE(int(refused.error().kind), kind);
    QCOMPARE(refused.error().code, code);
    // Nothing changed: the open procedure is still open, and only a denial may have been recorded.
    auto procedures = store->procedures().list(o.admin, true);
    QVERIFY(procedures.ok());
    QCOMPARE(procedures->size(), 1);
    QCOMPARE(procedures->first().id, *open);
    QVERIFY(procedures->first().isOpen());
    // procedures() itself is read by the administrator, and audits nothing.
    QCOMPARE(auditCount(*store), before + (auditedDenial ? 1 : 0));
    if (auditedDenial) {
        const auto log = store->audit().log(o.auditor);
        QCOMPARE(log->last().action, QStringLiteral("denied"));
        QCOMPARE(log->last().details.value("reason").toString(), QStringLiteral("not-admin"));
        QCOMPARE(log->last().details.value("action").toString(), QStringLiteral("procedure-close"));
    }
    QCOMPARE(store->audit().verify()->firstBad, 0);
}

// Two legal holds on one magistrate past retention: closing one keeps her declaration; closing the last lets
// the next purge destroy it. Each closing is audited with the holds left, and listed as closed.
void TestStore::closingTheLastHoldLetsRetentionApply()
{
    if (m_stores.deployment == Deployment::Server) {
        QSKIP("moves the clock years ahead: on a server store the time is the server's, which refuses any "
              "other "
              "(tst_store_server::appendingOffTheHeadOrBackdated)");
    }
    auto store = openStore();
    QVERIFY(store);
    registerOrg(*store);
    const Org& o = org();
    const QString di = fileOrFail(*store, juge(), o.juge);
    Profile ceased = *juge().profile;
    ceased.ceasedOn = QDate(2027, 6, 30);
    // The administrator states her cessation: retention runs from the official posting.
    QVERIFY(store->postings().set(o.admin, QStringLiteral("Hélène Juge"), ceased).ok());
    auto criminal =
        store->procedures().record(o.admin, QStringLiteral("Hélène Juge"), ProcedureKind::Penale, true);
    auto disciplinary = store->procedures().record(o.admin, QStringLiteral("Hélène Juge"),
                                                   ProcedureKind::Disciplinaire, true);
    // A procedure without a hold does not keep anything.
    auto enquete =
        store->procedures().record(o.admin, QStringLiteral("Hélène Juge"), ProcedureKind::EnqueteIgj, false);
    QVERIFY(criminal.ok() && disciplinary.ok() && enquete.ok());
    QCOMPARE(store->procedures().list(o.auditor)->size(), 3); // the auditor reads them too
    QVERIFY(!store->procedures().list(o.juge).ok());

    Clock::setForTesting(QDateTime(QDate(2032, 7, 1), QTime(12, 0), Qt::UTC));
    QCOMPARE(store->procedures().purge(o.admin, false)->held, QStringList{di});

    auto first = store->procedures().close(o.admin, *criminal);
    QVERIFY2(first.ok(), why(first).constData());
    QCOMPARE(first->id, *criminal);
    QCOMPARE(first->kind, ProcedureKind::Penale);
    QVERIFY(first->legalHold);
    QCOMPARE(first->closedAt, Clock::nowUtc());
    auto stillHeld = store->procedures().purge(o.admin, false);
    QVERIFY(stillHeld.ok());
    QVERIFY(stillHeld->destroyed.isEmpty());
    QCOMPARE(stillHeld->held, QStringList{di});
    QCOMPARE(store->declarations().record(di)->status, DeclarationStatus::Filed);
    QVERIFY(store->procedures().close(o.admin, *enquete).ok());
    QCOMPARE(store->procedures().purge(o.admin, true)->held, QStringList{di});

    QVERIFY(store->procedures().close(o.admin, *disciplinary).ok());
    auto purged = store->procedures().purge(o.admin, false);
    QVERIFY(purged.ok());
    QCOMPARE(purged->destroyed, QStringList{di});
    QVERIFY(purged->held.isEmpty());
    QCOMPARE(store->declarations().record(di)->status, DeclarationStatus::Destroyed);

    // The list says which are closed, and when; --open narrows to none.
    auto all = store->procedures().list(o.admin);
    QVERIFY(all.ok());
    QCOMPARE(all->size(), 3);
    for (const ProcedureRecord& procedure : *all) {
        QVERIFY(!procedure.isOpen());
        QCOMPARE(procedure.declarant, QStringLiteral("Hélène Juge"));
        QCOMPARE(procedure.toJson().value("closed_at").toString(),
                 Clock::nowUtc().toString(Qt::ISODateWithMs));
    }
    QVERIFY(store->procedures().list(o.admin, true)->isEmpty());
    // Audited in order, signed by the administrator, with the holds still open after each.
    QList<int> holdsLeft;
    const auto log = store->audit().log(o.auditor);
    QVERIFY(log.ok());
    for (const AuditEntry& entry : *log) {
        if (entry.action == QLatin1String("procedure-close")) {
            QCOMPARE(entry.actorId, store->directory().personFor(o.admin.certificate())->id);
            holdsLeft << entry.details.value("legal-holds-left").toInt();
        }
    }
    QCOMPARE(holdsLeft, (QList<int>{1, 1, 0}));
    Clock::reset();
    QCOMPARE(store->audit().verify(AuditVerification::EverySignature)->firstBad, 0);
}

// What an open procedure allowed ends with it: the CSM no longer reads the DI forwarded to it.
void TestStore::closedProcedureEndsItsForwards()
{
    auto store = openStore();
    QVERIFY(store);
    registerOrg(*store);
    const Org& o = org();
    const QString di = fileOrFail(*store, juge(), o.juge);
    auto procedure = store->procedures().record(o.admin, QStringLiteral("Hélène Juge"),
                                                ProcedureKind::Disciplinaire, false);
    QVERIFY(procedure.ok());
    QVERIFY(store->declarations()
                .forward(di, o.president, authorities::Csm, QStringLiteral("art. 7-2 III"))
                .ok());
    QVERIFY(store->declarations().open(di, o.csm).ok());
    QVERIFY(store->procedures().close(o.admin, *procedure).ok());
    auto after = store->declarations().open(di, o.csm);
    QVERIFY(!after.ok());
    QCOMPARE(after.error().kind, ErrorKind::AccessDenied);
    auto forward = store->declarations().forward(di, o.president, authorities::GardeDesSceaux,
                                                 QStringLiteral("art. 7-2 III"));
    QCOMPARE(forward.error().kind, ErrorKind::AccessDenied);
    QVERIFY(store->declarations().open(di, o.president).ok()); // the authority it was filed to still reads it
}

void TestStore::noPlaintextAnywhere()
{
    if (m_stores.backend != Backend::Sqlite) {
        QSKIP("the files are the server's: SQLite only");
    }
    auto store = openStoreWithOrg();
    QVERIFY(store);
    const QString marker = randomMarker();
    Declaration declaration = juge();
    declaration.observations = marker;
    const QString id = fileOrFail(*store, declaration, org().juge);
    QVERIFY(!id.isEmpty());
    auto opened = store->declarations().open(id, org().president);
    QVERIFY(opened.ok());
    QVERIFY(opened->toByteArrayUnwiped().contains(marker.toUtf8()));
    QVERIFY(store->drafts().save(org().juge, DeclarationCodec::encode(declaration)).ok());
    QVERIFY(store->declarations().acknowledge(id, org().president).ok());

    const QStringList found = contentFound(m_stores.location, {marker});
    QVERIFY2(found.isEmpty(), qPrintable(found.join(QStringLiteral("; "))));
}

int main(int argc, char* argv[])
{
    return runAgainstEachBackend<TestStore>(argc, argv, QStringLiteral("probitas-store-test-XXXXXX"));
}

#include "tst_store.moc"
