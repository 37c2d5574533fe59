// The store's command line, end to end on the demo organisation: exit codes 0 / 1 / 2 / 3 / 4, the list's
// JSON contract, the --store forms of open and forward, the entretien and avis commands, audit verify naming
// a tampered entry, forged auditor's bundles refused.
#include "BundleForgery.h"
#include "Clock.h"
#include "Database.h"
#include "Demo.h"
#include "SuiteParts.h"
#include "TestTimeouts.h"

#include <QCryptographicHash>
#include <QDirIterator>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTimeZone>
#include <QUrl>
#include <QtTest>
#include <unistd.h>

class TestStoreCli : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void listJsonPerRole();
    void obligationsOfTheIdentity();
    void obligationsRefuseWhatTheTrailDoesNotVouchFor_data();
    void obligationsRefuseWhatTheTrailDoesNotVouchFor(); // on copies of the store
    void storeWritableByOthersRefused();
    void everyStoreCommandNeedsADirectoryMember_data();
    void everyStoreCommandNeedsADirectoryMember();
    void everyStoreCommandIsInTheTable();
    void onlyInitMakesAStore_data();
    void onlyInitMakesAStore();
    void foreignDatabaseIsLeftUntouched();
    void storesSayTheyAreProbitas(); // on a copy of the store
    void openAndForward();
    void invalidDeclarationRefused();
    void entretienCommands();
    void avisCommands();
    void controlCommands();
    void controlCommandsOnPostgreSql();
    void peopleCommands();
    void auditExportAndVerifyBundle();
    void forgedBundlesRefused_data();
    void forgedBundlesRefused();
    void bundleAfterRenewal(); // on a copy of the store
    void auditExportKilled();
    void auditStatistics();
    void exportEnvelope_data();
    void exportEnvelope();
    void exportedEnvelopeOpensAndMatches();
    void acknowledgementBoundToTheAuthority();
    void procedureCloseRefused_data();
    void procedureCloseRefused();
    void procedureCloseLiftsTheHold(); // destroys the substitut's DI
    void auditCheckpoint();
    void auditVerifyComparesTheHeadSeenBefore();
    void auditVerifyCrossChecksTheTables(); // on a copy of the store
    void unknownStatusExits4_data();
    void unknownStatusExits4();           // on copies of the store
    void directoryStatements();           // on a copy of the demo store
    void postingCommands();               // on a copy of the demo store
    void regimeCommands();                // on a copy of the demo store, and new stores
    void readOnlyStoreListsAndVerifies(); // on a copy of the store, on a read-only mount
    void fullDiskLeavesNoFile_data();
    void fullDiskLeavesNoFile(); // on copies of the store
    void fullDiskKeepsTheStoreWhole_data();
    void fullDiskKeepsTheStoreWhole(); // on copies of the store
    void killedAtEveryWrite_data();
    void killedAtEveryWrite();            // on copies of the store
    void auditVerifyNamesTamperedEntry(); // last: it breaks the trail

private:
    struct Run
    {
        int code = -1;
        QByteArray out, err;
    };
    // `passphrase` replaces the identity's own (demo.json) when given.
    Run cli(const QStringList& arguments, const QString& identity = {}, const QString& passphrase = {});
    QJsonObject lastAuditEntry();
    QByteArray storedEnvelope(const QString& declarationId);
    QString id(const QString& identity, const QString& kind);
    QJsonArray listJson(const QString& command, const QString& identity);
    QString writeFile(const QString& name, const QByteArray& bytes);
    // The test data's DI of the juge (di-valid.json), her installation dated as the demo store states it.
    QByteArray jugesDi();
    QString jugesDiFile() { return writeFile(QStringLiteral("juges-di.json"), jugesDi()); }
    static QByteArray readFile(const QString& path);
    // The certificate of a demo identity, written to `name` in the test folder.
    QString exportCertificate(const QString& identity, const QString& name);
    // A copy of the store (its -wal and -shm too), for attacks that would break it for the other tests.
    QString copyStore(const QString& name, const QString& from = QString());
    // Raw SQL on a SQLite store, as someone with write access to the file.
    bool tamper(const QString& store, const QStringList& statements);
    // The demo CA's certificate in ca.pem, for the commands that take one.
    void exportCaCertificate();
    // A demo identity, unlocked with its passphrase (for an attacker who holds that key).
    probitas::crypto::Identity demoIdentity(const QString& identity);

    // Every command of probitas-cli that acts on a store as someone (--store and --identity), with arguments
    // it accepts: ids, files and outputs as {placeholders}.
    static QList<QStringList> storeCommandsActingAsSomeone();
    QStringList resolved(QStringList arguments);
    QMap<QString, QString> placeholders();
    QMap<QString, QString> m_placeholders;
    // Set for every run while not empty: the faults of tests/fault/FaultShim.cpp (its variables and values).
    QMap<QString, QString> m_faults;
    // The runs of a full-disk campaign, for its report.
    int m_fullDiskRuns = 0;
    // Whether a store copy is whole: `audit verify --full` and SQLite's integrity check pass.
    bool storeIsWhole(const QString& store);
    // The rows of the store commands the full-disk and kill campaigns both run.
    static void addStoreWritingRows();
    qint64 auditEntries(const QString& store);
    // For a command that acts on what an earlier one made (the entretien it records, the procedure it
    // closes): a copy of the store where that was made, and the ids and files the command takes
    // ({prepared}, {prepared-file}). The store itself and nothing for the others.
    bool prepareToKill(const QString& command, QString& base, QMap<QString, QString>& prepared);
    // The collège's avis on a declaration, answering a request: the document `avis record` takes.
    static QJsonObject collegesAvis(const QString& declaration, const QString& request)
    {
        return {{"schema", "fr.probitas.avis-college/1"},
                {"declaration", declaration},
                {"request", request},
                {"date", QDate::currentDate().toString(Qt::ISODate)},
                {"avis", "Le déport suffit."},
                {"conclusion", "precautions"}};
    }

    QTemporaryDir m_dir;
    QString m_store;
    QMap<QString, QString> m_passphrases; // identity file -> passphrase
};

TestStoreCli::Run TestStoreCli::cli(const QStringList& arguments, const QString& identity,
                                    const QString& passphrase)
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    QStringList all = arguments;
    if (!identity.isEmpty()) {
        environment.insert("PROBITAS_PASSPHRASE",
                           passphrase.isEmpty() ? m_passphrases.value(identity) : passphrase);
        // A demo identity by its file name, or any other by its path.
        all << "--identity"
            << (QFileInfo(identity).isAbsolute() ? identity : m_dir.filePath("demo/" + identity));
    }
    // Copies of one store are the same store (one id) at other moments: each store file is seen from a
    // computer of its own (the application data where a client remembers the heads it saw).
    if (const qsizetype store = arguments.indexOf("--store"); store >= 0 && store + 1 < arguments.size()) {
        environment.insert("XDG_DATA_HOME",
                           m_dir.filePath("computers/" + QFileInfo(arguments.at(store + 1)).fileName()));
    }
    if (!m_faults.isEmpty()) {
        environment.insert("LD_PRELOAD", PROBITAS_FAULT_SHIM);
        for (auto fault = m_faults.cbegin(); fault != m_faults.cend(); ++fault) {
            environment.insert(fault.key(), fault.value());
        }
    }
    process.setProcessEnvironment(environment);
    process.start(PROBITAS_CLI_PATH, all);
    process.waitForFinished(probitas::testing::scaledTimeout(60000));
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
            process.readAllStandardOutput(), process.readAllStandardError()};
}

void TestStoreCli::initTestCase()
{
    m_store = m_dir.filePath("store.sqlite");
    const Run init = cli({"init", "--store", m_store, "--demo", m_dir.filePath("demo")});
    QVERIFY2(init.code == 0, init.err.constData());
    // The demo keeps lo-2016, and says so.
    QVERIFY2(init.out.contains("regime: lo-2016 (Loi organique n° 2016-1090"), init.out.constData());
    QVERIFY2(init.out.contains("the law in force today is lo-2023"), init.out.constData());
    QFile file(m_dir.filePath("demo/demo.json"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QJsonArray members = QJsonDocument::fromJson(file.readAll()).array();
    QVERIFY(members.size() >= 12);
    QStringList roles;
    for (const QJsonValue& member : members) {
        const QJsonObject object = member.toObject();
        m_passphrases.insert(object["identity"].toString(), object["passphrase"].toString());
        roles << object["role"].toString();
        QVERIFY(QFile::exists(m_dir.filePath("demo/" + object["identity"].toString())));
    }
    for (const char* role : {"declarant", "authority", "auditor", "admin"}) {
        QVERIFY(roles.contains(role));
    }
    QVERIFY(roles.count("declarant") >= 2);
}

// A store file chmod'ed 0666 by hand: anyone could rewrite it under the audit trail. Refused with exit 5,
// saying why and how to fix it, until it is owner-only again.
void TestStoreCli::storeWritableByOthersRefused()
{
    QCOMPARE(QFileInfo(m_store).permissions() & (QFileDevice::WriteGroup | QFileDevice::WriteOther),
             QFileDevice::Permissions());
    QVERIFY(QFile::setPermissions(m_store, QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                               QFileDevice::ReadGroup | QFileDevice::WriteGroup |
                                               QFileDevice::ReadOther | QFileDevice::WriteOther));
    const Run list = cli({"list", "--store", m_store}, "helene-durand-lefevre.p12");
    const Run verify = cli({"audit", "verify", "--store", m_store});
    QVERIFY(QFile::setPermissions(m_store, QFileDevice::ReadOwner | QFileDevice::WriteOwner));
    for (const Run& refused : {list, verify}) {
        QCOMPARE(refused.code, 5);
        QVERIFY2(refused.err.startsWith("probitas-cli: ") && refused.err.count('\n') == 1,
                 refused.err.constData());
        QVERIFY2(refused.err.contains(("chmod 600 " + m_store).toUtf8()), refused.err.constData());
    }
    QCOMPARE(cli({"list", "--store", m_store}, "helene-durand-lefevre.p12").code, 0);
}

QList<QStringList> TestStoreCli::storeCommandsActingAsSomeone()
{
    return {
        {"file", "--store", "{store}", "{declaration.json}"},
        {"list", "--store", "{store}", "--json"},
        {"obligations", "--store", "{store}"},
        {"open", "--store", "{store}", "{di}"},
        {"forward", "--store", "{store}", "{di}", "--to", "college-de-deontologie", "--basis", "art. 7-2 II"},
        {"acknowledge", "--store", "{store}", "{di}"},
        {"export", "{di}", "--store", "{store}", "--out", "{out}"},
        {"hatvp", "export", "{di}", "--store", "{store}", "--out", "{out}"},
        {"audit", "log", "--store", "{store}"},
        {"audit", "bordereau", "--store", "{store}", "{di}"},
        {"audit", "export", "--store", "{store}", "--out", "{out}"},
        {"audit", "stats", "--store", "{store}", "--out", "{out}"},
        {"purge", "--store", "{store}", "--dry-run"},
        {"reseal", "--store", "{store}", "--dry-run"},
        {"procedure", "record", "--store", "{store}", "--declarant", "Hélène Durand-Lefèvre", "--kind",
         "disciplinaire", "--hold"},
        {"procedure", "close", "--store", "{store}", "00000000-0000-0000-0000-000000000000"},
        {"procedure", "list", "--store", "{store}"},
        {"people", "add", "--store", "{store}", "--name", "Intrus", "--role", "admin", "--certificate",
         "{certificate}"},
        {"people", "list", "--store", "{store}"},
        {"entretien", "schedule", "--store", "{store}", "{di}", "--at", "2026-09-01T10:00", "--place",
         "Cabinet"},
        {"entretien", "record", "--store", "{store}", "{entretien}", "{fiche.json}"},
        {"entretien", "show", "--store", "{store}", "{entretien}"},
        {"entretien", "acknowledge", "--store", "{store}", "{entretien}"},
        {"entretien", "invite", "--store", "{store}", "{entretien}"},
        {"entretien", "list", "--store", "{store}"},
        {"avis", "request", "--store", "{store}", "{di}", "{question.txt}"},
        {"avis", "record", "--store", "{store}", "{avis}", "{avis.json}"},
        {"avis", "show", "--store", "{store}", "{avis}"},
        {"avis", "list", "--store", "{store}"},
        {"control", "request", "--store", "{store}", "{dsp}", "{question.txt}"},
        {"control", "injonction", "--store", "{store}", "--grounds", "incomplete", "{dsp}", "{question.txt}"},
        {"control", "tax-returns", "--store", "{store}", "--partner", "{dsp}", "{question.txt}"},
        {"control", "conclude", "--store", "{store}", "--outcome", "justified", "{dsp}", "{question.txt}"},
        {"control", "answer", "--store", "{store}", "00000000-0000-0000-0000-000000000000", "{question.txt}"},
        {"control", "show", "--store", "{store}", "00000000-0000-0000-0000-000000000000"},
        {"control", "list", "--store", "{store}", "--open"},
        {"posting", "show", "--store", "{store}"},
        {"regime", "--store", "{store}", "--set", "lo-2023"},
        // init acts as someone only to anchor a new store; on this one, it is a member's or nobody's.
        {"init", "--store", "{store}", "--regime", "lo-2023", "--name", "Intrus"},
        {"posting", "set", "--store", "{store}", "--name", "Hélène Durand-Lefèvre", "--profile",
         "{posting.json}"},
        {"posting", "request", "--store", "{store}", "--profile", "{posting.json}"},
        {"posting", "requests", "--store", "{store}"},
        {"posting", "grant", "--store", "{store}", "00000000-0000-0000-0000-000000000000"},
        {"posting", "reject", "--store", "{store}", "--reason", "non",
         "00000000-0000-0000-0000-000000000000"},
    };
}

QStringList TestStoreCli::resolved(QStringList arguments)
{
    if (m_placeholders.isEmpty()) {
        m_placeholders = placeholders();
    }
    for (QString& argument : arguments) {
        argument = m_placeholders.value(argument, argument);
    }
    return m_placeholders.isEmpty() ? QStringList() : arguments;
}

QMap<QString, QString> TestStoreCli::placeholders()
{
    const QString di = id("helene-durand-lefevre.p12", "interets");
    const QJsonArray entretiens = listJson("entretien", "helene-durand-lefevre.p12");
    const QJsonArray avis = listJson("avis", "claire-fontaine.p12");
    if (di.isEmpty() || entretiens.isEmpty() || avis.isEmpty()) {
        return {};
    }
    QFile demoAvis(QStringLiteral(PROBITAS_SOURCE_DIR "/store/demo/avis-substitut.json"));
    QFile fiche(QString(PROBITAS_TEST_DATA) + "/fiche-navette-valid.json");
    if (!demoAvis.open(QIODevice::ReadOnly) || !fiche.open(QIODevice::ReadOnly)) {
        return {};
    }
    return {
        {"{store}", m_store},
        {"{di}", di},
        {"{dsp}", id("jean-baptiste-moreau.p12", "patrimoine")},
        {"{entretien}", entretiens.first().toObject()["id"].toString()},
        {"{avis}", avis.first().toObject()["id"].toString()},
        {"{out}", m_dir.filePath("refused-output")},
        {"{declaration.json}", QString(PROBITAS_TEST_DATA) + "/di-valid.json"},
        {"{fiche.json}", writeFile("refused-fiche.json", fiche.readAll())},
        {"{avis.json}", writeFile("refused-avis.json", demoAvis.readAll())},
        {"{question.txt}", writeFile("refused-question.txt", "Une question ?\n")},
        {"{certificate}", m_dir.filePath("ca.pem")},
        {"{posting.json}",
         writeFile("refused-posting.json",
                   R"({"status": "titulaire", "formation": "siege", "court": {"type": "tj", "seat": )"
                   R"("Nanterre"}, "rank": "chef", "installed_on": "2026-01-15"})")},
    };
}

void TestStoreCli::everyStoreCommandNeedsADirectoryMember_data()
{
    QTest::addColumn<QStringList>("arguments");
    for (const QStringList& arguments : storeCommandsActingAsSomeone()) {
        const qsizetype words =
            arguments.value(1).startsWith("--") || arguments.value(1).startsWith("{") ? 1 : 2;
        QTest::newRow(qPrintable(arguments.mid(0, words).join(' '))) << arguments;
    }
}

// The CA's own identity is a valid identity of the organisation, but no member of its directory: every store
// command refuses it with exit 3 before it reads or writes anything, reading the directory included.
void TestStoreCli::everyStoreCommandNeedsADirectoryMember()
{
    PROBITAS_SKIP_WHEN_RUN_ELSEWHERE();
    QFETCH(QStringList, arguments);
    const QString ca = "ca-probitas-demo.p12";
    exportCaCertificate();
    const QStringList command = resolved(arguments);
    QVERIFY(!command.isEmpty());
    const QByteArray headBefore = cli({"audit", "verify", "--store", m_store}).out;

    const Run refused = cli(command, ca);
    QVERIFY2(refused.code == 3, refused.err.constData());
    QVERIFY2(refused.err.contains("not in the store's directory"), refused.err.constData());
    QVERIFY2(refused.out.isEmpty(), refused.out.constData());
    QVERIFY(!QFileInfo::exists(m_dir.filePath("refused-output")));
    QCOMPARE(cli({"audit", "verify", "--store", m_store}).out, headBefore); // nothing appended
    // A member of the directory gets past that point with the same arguments (whatever the policy says).
    const Run member = cli(command + QStringList{"--help"}, "helene-durand-lefevre.p12");
    QCOMPARE(member.code, 0);
    QVERIFY2(member.out.contains("--store") && member.out.contains("--identity"), member.out.constData());
}

void TestStoreCli::exportCaCertificate()
{
    const QString ca = "ca-probitas-demo.p12";
    if (!QFile::exists(m_dir.filePath("ca.pem"))) {
        qputenv("PROBITAS_PASSPHRASE", m_passphrases.value(ca).toUtf8());
        const Run exported =
            cli({"identity", "export-cert", m_dir.filePath("demo/" + ca), "--out", m_dir.filePath("ca.pem")});
        qunsetenv("PROBITAS_PASSPHRASE");
        QVERIFY2(exported.code == 0, exported.err.constData());
    }
}

void TestStoreCli::onlyInitMakesAStore_data()
{
    everyStoreCommandNeedsADirectoryMember_data();
}

// A typo in a store's path: every command but init says there is no store there (exit 5, one line), and makes
// nothing, not even the folder. Before, it made an empty store, which `audit verify` then called whole.
void TestStoreCli::onlyInitMakesAStore()
{
    PROBITAS_SKIP_WHEN_RUN_ELSEWHERE();
    QFETCH(QStringList, arguments);
    const QString folder = m_dir.filePath("typo");
    const QString missing = folder + "/nowhere.sqlite";
    const auto removeFolder = qScopeGuard([folder] { QDir(folder).removeRecursively(); });
    arguments.replaceInStrings(QRegularExpression("^\\{store\\}$"), missing);
    exportCaCertificate();
    const QStringList command = resolved(arguments);
    QVERIFY(!command.isEmpty());
    const Run refused = cli(command, "helene-durand-lefevre.p12");
    if (arguments.first() == "init") {
        QVERIFY2(!refused.err.contains("no store at"), refused.err.constData());
        QVERIFY(QFileInfo::exists(missing));
        return;
    }
    QVERIFY2(refused.code == 5, refused.err.constData());
    QCOMPARE(refused.err, ("probitas-cli: no store at " + missing + ": probitas-cli init --store " + missing +
                           " makes one\n")
                              .toUtf8());
    QVERIFY(!QFileInfo::exists(folder));
    if (QTest::currentDataTag() == QByteArray("file")) {
        // Neither does a command that acts as no one, nor an empty file someone touched there.
        const Run verify = cli({"audit", "verify", "--store", missing});
        QVERIFY2(verify.code == 5 && verify.err.contains("no store at"), verify.err.constData());
        QVERIFY(!QFileInfo::exists(folder));
        QVERIFY(QDir().mkpath(folder));
        QFile touched(missing);
        QVERIFY(touched.open(QIODevice::WriteOnly));
        touched.close();
        QCOMPARE(cli({"audit", "verify", "--store", missing}).code, 5);
        QCOMPARE(QFileInfo(missing).size(), 0);
        // init makes it.
        const Run init = cli({"init", "--store", missing});
        QVERIFY2(init.code == 0, init.err.constData());
        QCOMPARE(readFile(missing).mid(68, 4), QByteArray("PRBT"));
        QVERIFY(!cli({"audit", "verify", "--store", missing}).err.contains("no store at"));
    }
}

// Another program's SQLite database given as the store: refused before anything is written to it, by every
// command, init included.
void TestStoreCli::foreignDatabaseIsLeftUntouched()
{
    const QString foreignFolder = m_dir.filePath("foreign");
    QVERIFY(QDir().mkpath(foreignFolder));
    QFile::setPermissions(foreignFolder,
                          QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    const QString notes = foreignFolder + "/notes.sqlite";
    const QString marked = foreignFolder + "/marked.sqlite";
    QVERIFY(tamper(notes, {"CREATE TABLE notes (text TEXT)", "INSERT INTO notes VALUES ('mes notes')"}));
    // An empty database, but marked as another program's.
    QVERIFY(tamper(marked, {"PRAGMA application_id = 1234"}));
    for (const QString& database : {notes, marked}) {
        QFile::setPermissions(database, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        const QByteArray before = readFile(database);
        const QStringList filesBefore = QDir(foreignFolder).entryList(QDir::Files);
        for (const Run& refused :
             {cli({"list", "--store", database}, "helene-durand-lefevre.p12"),
              cli({"audit", "verify", "--store", database}), cli({"init", "--store", database})}) {
            QVERIFY2(refused.code == 2, refused.err.constData());
            QVERIFY2(refused.err.contains("is not a Probitas store but another program's database") &&
                         refused.err.count('\n') == 1,
                     refused.err.constData());
        }
        QCOMPARE(readFile(database), before);
        QCOMPARE(QDir(foreignFolder).entryList(QDir::Files), filesBefore);
    }
}

// A store's SQLite header names Probitas ("PRBT", what file(1) shows as its application id); a store made
// before it did is marked when it is next opened, and works as before.
void TestStoreCli::storesSayTheyAreProbitas()
{
    QCOMPARE(readFile(m_store).mid(68, 4), QByteArray("PRBT"));
    const QString older = copyStore("older.sqlite");
    QVERIFY(tamper(older, {"PRAGMA application_id = 0"}));
    QCOMPARE(readFile(older).mid(68, 4), QByteArray(4, '\0'));
    const Run verify = cli({"audit", "verify", "--store", older});
    QVERIFY2(verify.code == 0, verify.err.constData());
    QCOMPARE(readFile(older).mid(68, 4), QByteArray("PRBT"));
}

// The table above holds every command that takes --store and --identity: a new top-level command must be
// put in it, or among the commands that act on no store as someone.
void TestStoreCli::everyStoreCommandIsInTheTable()
{
    const QSet<QString> withoutStoreIdentity{"validate", "courts", "ca",     "identity", "seal",
                                             "receipt",  "server", "--help", "-h"};
    QSet<QString> inTable;
    for (const QStringList& arguments : storeCommandsActingAsSomeone()) {
        inTable << arguments.first();
    }
    const Run help = cli({"--help"});
    QCOMPARE(help.code, 0);
    int commands = 0;
    for (const QByteArray& line : help.out.split('\n')) {
        if (!line.startsWith("  ")) {
            continue;
        }
        const QString name = QString::fromUtf8(line.trimmed().split(' ').first());
        ++commands;
        QVERIFY2(inTable.contains(name) || withoutStoreIdentity.contains(name), qPrintable(name));
        if (withoutStoreIdentity.contains(name)) {
            const Run own = cli({name, "--help"});
            QVERIFY2(!(own.out.contains("--store") && own.out.contains("--identity")), qPrintable(name));
        }
    }
    QVERIFY(commands >= 20);
}

QString TestStoreCli::id(const QString& identity, const QString& kind)
{
    const Run list = cli({"list", "--store", m_store, "--json"}, identity);
    for (const QJsonValue& value : QJsonDocument::fromJson(list.out).array()) {
        if (value.toObject()["declaration"].toString() == kind) {
            return value.toObject()["id"].toString();
        }
    }
    return {};
}

void TestStoreCli::listJsonPerRole()
{
    const Run juge = cli({"list", "--store", m_store, "--json"}, "helene-durand-lefevre.p12");
    QCOMPARE(juge.code, 0);
    const QJsonArray own = QJsonDocument::fromJson(juge.out).array();
    QCOMPARE(own.size(), 1);
    const QJsonObject record = own.first().toObject();
    for (const char* key :
         {"id", "declarant", "declaration", "event", "recipients", "filed_at", "supersedes", "status"}) {
        QVERIFY2(record.contains(key), key);
    }
    QCOMPARE(record["recipients"].toArray().first().toString(), QString("tj-nanterre:president"));
    QCOMPARE(record["status"].toString(), QString("receipt-held"));
    QCOMPARE(
        QJsonDocument::fromJson(cli({"list", "--store", m_store, "--json"}, "jean-baptiste-moreau.p12").out)
            .array()
            .size(),
        3); // the juge's DI, his own DI and DSP
    QCOMPARE(QJsonDocument::fromJson(cli({"list", "--store", m_store, "--json"}, "auditeur-interne.p12").out)
                 .array()
                 .size(),
             6); // the demo's: four DIs, two DSPs
    const QJsonArray hatvp =
        QJsonDocument::fromJson(cli({"list", "--store", m_store, "--json"},
                                    "haute-autorite-pour-la-transparence-de-la-vie-publique.p12")
                                    .out)
            .array();
    QCOMPARE(hatvp.size(), 2); // the président's DSP and the member of the Conseil constitutionnel's
    for (const QJsonValue& received : hatvp) {
        QCOMPARE(received.toObject()["declaration"].toString(), QString("patrimoine"));
    }
    // A certificate that is not in the directory: the CA's own identity.
    QCOMPARE(cli({"list", "--store", m_store}, "ca-probitas-demo.p12").code, 3);
}

// obligations --store: her own official posting from the directory (nothing typed), under the store's
// regime, each obligation with the filing of hers that met it (its id, time, lateness and receipts) or due.
void TestStoreCli::obligationsOfTheIdentity()
{
    const QString store = copyStore("obligations.sqlite");
    const auto obligations = [&](const QString& identity) {
        const Run run = cli({"obligations", "--store", store}, identity);
        if (run.code != 0) {
            qWarning("%s", run.err.constData());
        }
        return QJsonDocument::fromJson(run.out).object();
    };
    const QJsonObject juge = obligations("helene-durand-lefevre.p12");
    QCOMPARE(juge["regime"].toString(), "lo-2016");
    QCOMPARE(juge["declarant"].toString(), QString::fromUtf8("Hélène Durand-Lefèvre"));
    QCOMPARE(juge["posting"].toObject()["court"].toObject()["seat"].toString(), "Nanterre");
    const QJsonArray owed = juge["obligations"].toArray();
    QCOMPARE(owed.size(), 1);
    const QJsonObject di = owed[0].toObject();
    QCOMPARE(di.keys(), (QStringList{"basis", "days_late", "declaration", "due", "event", "filing",
                                     "follow_up", "recipients", "status"}));
    QCOMPARE(di["recipients"].toArray(), QJsonArray{"tj-nanterre:president"});
    QCOMPARE(di["basis"].toString(), QString::fromUtf8("art. 7-2, I, 1°"));
    const QJsonObject filing = di["filing"].toObject();
    QCOMPARE(filing["id"].toString(), id("helene-durand-lefevre.p12", "interets"));
    // The demo files on its creation, long after the deadline: late by the days between them.
    const QDate due = QDate::fromString(di["due"].toString(), Qt::ISODate);
    const QDate filedOn =
        QDateTime::fromString(filing["filed_at"].toString(), Qt::ISODate).toLocalTime().date();
    QCOMPARE(di["status"].toString(), filedOn > due ? "late" : "on-time");
    QCOMPARE(di["days_late"].toInt(), std::max<qint64>(0, due.daysTo(filedOn)));
    // The président acknowledged it in the demo.
    QCOMPARE(filing["receipts"].toArray(), QJsonArray{"tj-nanterre:president"});
    QCOMPARE(filing["receipt_held"].toBool(), true);

    // The président of the tribunal owes a DI to the premier président and a DSP to the HATVP (art. 7-3 I 5°
    // under lo-2016): both filed, neither acknowledged yet, until the premier président acknowledges his DI.
    QJsonArray president = obligations("jean-baptiste-moreau.p12")["obligations"].toArray();
    QCOMPARE(president.size(), 2);
    QCOMPARE(president[0].toObject()["recipients"].toArray(), QJsonArray{"ca-versailles:premier-president"});
    QCOMPARE(president[1].toObject()["recipients"].toArray(), QJsonArray{"hatvp"});
    QCOMPARE(president[1].toObject()["basis"].toString(), QString::fromUtf8("art. 7-3, I, 5°"));
    for (const QJsonValue& each : president) {
        QCOMPARE(each.toObject()["filing"].toObject()["receipt_held"].toBool(), false);
    }
    const QString presidentDi = president[0].toObject()["filing"].toObject()["id"].toString();
    const Run acknowledged = cli({"acknowledge", "--store", store, presidentDi}, "bernard-lacoste.p12");
    QVERIFY2(acknowledged.code == 0, acknowledged.err.constData());
    president = obligations("jean-baptiste-moreau.p12")["obligations"].toArray();
    QCOMPARE(president[0].toObject()["filing"].toObject()["receipts"].toArray(),
             QJsonArray{"ca-versailles:premier-president"});
    QCOMPARE(president[0].toObject()["filing"].toObject()["receipt_held"].toBool(), true);
    QCOMPARE(president[1].toObject()["filing"].toObject()["receipt_held"].toBool(), false);

    // For people: the posting, the text applied and why, and under each obligation what met it.
    const Run text = cli({"obligations", "--store", store, "--text"}, "jean-baptiste-moreau.p12");
    QCOMPARE(text.code, 0);
    const QString printed = QString::fromUtf8(text.out);
    QVERIFY2(printed.contains(QString::fromUtf8("Rules applied: Loi organique n° 2016-1090 du 8 août 2016 "
                                                "(texte adopté), the text this store applies")),
             text.out.constData());
    QVERIFY2(printed.contains("; receipt held\n") && printed.contains("; no receipt yet\n"),
             text.out.constData());
    QVERIFY2(printed.contains(QString("filed on %1").arg(QLocale().toString(filedOn, QLocale::LongFormat))),
             text.out.constData());

    // The store's regime applies: --regime belongs to --profile.
    const Run regime =
        cli({"obligations", "--store", store, "--regime", "lo-2023"}, "helene-durand-lefevre.p12");
    QCOMPARE(regime.code, 2);
    QVERIFY2(regime.err.contains("--regime goes with --profile"), regime.err.constData());
    // Someone of the directory without an official posting (an authority's holder) is told so.
    const Run noPosting =
        cli({"obligations", "--store", store}, "haute-autorite-pour-la-transparence-de-la-vie-publique.p12");
    QCOMPARE(noPosting.code, 1);
    QVERIFY2(noPosting.err.contains("states no official posting"), noPosting.err.constData());
    QVERIFY(noPosting.out.isEmpty());
}

void TestStoreCli::obligationsRefuseWhatTheTrailDoesNotVouchFor_data()
{
    QTest::addColumn<QString>("statement"); // %1: the juge's DI, %2: the substitut's
    QTest::addColumn<QString>("message");
    // Her late DI moved before its deadline in the table: "on-time" unless the signed entry is read.
    QTest::newRow("backdated")
        << "UPDATE declarations SET filed_at = '2026-02-01T09:00:00.000Z' WHERE id = '%1'"
        << "is not what its declarant filed";
    // Another kind, or recipients rewritten to meet an obligation owed elsewhere.
    QTest::newRow("kind") << "UPDATE declarations SET kind = 'patrimoine' WHERE id = '%1'"
                          << "is not what its declarant filed";
    QTest::newRow("recipients")
        << "UPDATE declarations SET recipients = 'tj-nanterre:procureur' WHERE id = '%1'"
        << "is not what its declarant filed";
    // The receipt of her DI swapped for the one the procureur gave for the substitut's: held, but not the
    // président's, so neither shown as held nor as missing.
    QTest::newRow("receipt swapped")
        << "UPDATE receipts SET receipt = (SELECT receipt FROM receipts WHERE declaration_id = '%2') WHERE "
           "declaration_id = '%1'"
        << "is not valid";
}

// Raw SQL on a copy of the store, as someone who may write its file: the obligations are not shown met, on
// time or acknowledged on the table's word. Exit 4, one line, nothing on stdout.
void TestStoreCli::obligationsRefuseWhatTheTrailDoesNotVouchFor()
{
    PROBITAS_SKIP_WHEN_RUN_ELSEWHERE();
    QFETCH(QString, statement);
    QFETCH(QString, message);
    const QString substitutDi = id("thomas-nguyen.p12", "interets");
    // A copy of its own for each row: each is seen from a computer of its own, which remembers its head.
    const QString store =
        copyStore(QString("obligations-%1.sqlite").arg(QString(QTest::currentDataTag()).replace(' ', '-')));
    // The procureur's receipt for the substitut's DI, in the copy (openAndForward acknowledges it in the
    // store itself).
    QCOMPARE(cli({"acknowledge", "--store", store, substitutDi}, "claire-fontaine.p12").code, 0);
    QCOMPARE(cli({"obligations", "--store", store}, "helene-durand-lefevre.p12").code, 0);
    QVERIFY(tamper(store, {QString(statement)
                               .replace("%1", id("helene-durand-lefevre.p12", "interets"))
                               .replace("%2", substitutDi)}));
    const Run run = cli({"obligations", "--store", store}, "helene-durand-lefevre.p12");
    QCOMPARE(run.code, 4);
    QVERIFY2(run.err.contains(message.toUtf8()), run.err.constData());
    QCOMPARE(run.err.count('\n'), 1);
    QVERIFY2(run.out.isEmpty(), run.out.constData());
}

void TestStoreCli::openAndForward()
{
    PROBITAS_SKIP_WHEN_RUN_ELSEWHERE();
    const QString di = id("helene-durand-lefevre.p12", "interets");
    QVERIFY(!di.isEmpty());
    const Run opened = cli({"open", "--store", m_store, di}, "jean-baptiste-moreau.p12");
    QCOMPARE(opened.code, 0);
    QVERIFY(QJsonDocument::fromJson(opened.out).object()["items"].toObject().size() == 8);
    QCOMPARE(cli({"open", "--store", m_store, di}, "thomas-nguyen.p12").code, 3);
    QCOMPARE(cli({"open", "--store", m_store, di}, "auditeur-interne.p12").code, 3);
    QCOMPARE(cli({"open", "--store", m_store, di}, "college-de-deontologie-des-magistrats.p12").code, 3);
    QCOMPARE(
        cli({"forward", "--store", m_store, di, "--to", "college-de-deontologie", "--basis", "art. 7-2 II"},
            "jean-baptiste-moreau.p12")
            .code,
        0);
    QCOMPARE(cli({"open", "--store", m_store, di}, "college-de-deontologie-des-magistrats.p12").code, 0);
    QCOMPARE(cli({"forward", "--store", m_store, di, "--to", "csm", "--basis", "art. 7-2 III"},
                 "jean-baptiste-moreau.p12")
                 .code,
             3);
    const QString dsp = id("jean-baptiste-moreau.p12", "patrimoine");
    QCOMPARE(cli({"forward", "--store", m_store, dsp, "--to", "tj-nanterre:president", "--basis", "x"},
                 "haute-autorite-pour-la-transparence-de-la-vie-publique.p12")
                 .code,
             3);
    QCOMPARE(cli({"procedure", "record", "--store", m_store, "--declarant", "Hélène Durand-Lefèvre", "--kind",
                  "disciplinaire"},
                 "administrateur.p12")
                 .code,
             0);
    QCOMPARE(cli({"forward", "--store", m_store, di, "--to", "csm", "--basis", "art. 7-2 III"},
                 "jean-baptiste-moreau.p12")
                 .code,
             0);
    QCOMPARE(cli({"open", "--store", m_store, di}, "conseil-superieur-de-la-magistrature.p12").code, 0);
    QCOMPARE(
        cli({"acknowledge", "--store", m_store, id("thomas-nguyen.p12", "interets")}, "claire-fontaine.p12")
            .code,
        0);
    QCOMPARE(cli({"purge", "--store", m_store, "--dry-run"}, "auditeur-interne.p12").code, 3);
    QCOMPARE(cli({"purge", "--store", m_store, "--dry-run"}, "administrateur.p12").code, 0);
}

void TestStoreCli::invalidDeclarationRefused()
{
    const QString path = m_dir.filePath("incomplete.json");
    QFile out(path);
    QVERIFY(out.open(QIODevice::WriteOnly));
    QJsonObject document = QJsonDocument::fromJson(jugesDi()).object();
    QJsonObject items = document["items"].toObject();
    items.remove("mandatsElectifs");
    document["items"] = items;
    out.write(QJsonDocument(document).toJson());
    out.close();
    QCOMPARE(cli({"file", "--store", m_store, path}, "helene-durand-lefevre.p12").code, 1);
    QCOMPARE(
        cli({"file", "--store", m_store, m_dir.filePath("missing.json")}, "helene-durand-lefevre.p12").code,
        2);
    const Run filed = cli({"file", "--store", m_store, jugesDiFile()}, "helene-durand-lefevre.p12");
    QCOMPARE(filed.code, 0);
    QCOMPARE(filed.out.trimmed().size(), 36); // the new id
}

QJsonArray TestStoreCli::listJson(const QString& command, const QString& identity)
{
    const Run list = cli({command, "list", "--store", m_store, "--json"}, identity);
    if (list.code != 0) {
        qWarning("%s list: %s", qPrintable(command), list.err.constData());
    }
    return QJsonDocument::fromJson(list.out).array();
}

QString TestStoreCli::writeFile(const QString& name, const QByteArray& bytes)
{
    QFile file(m_dir.filePath(name));
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size()) {
        qFatal("cannot write %s", qPrintable(name));
    }
    return file.fileName();
}

QByteArray TestStoreCli::jugesDi()
{
    QJsonObject document =
        QJsonDocument::fromJson(readFile(QString(PROBITAS_TEST_DATA) + "/di-valid.json")).object();
    const QString installed =
        probitas::store::demoInstalledOn(QStringLiteral("di-juge.json"), probitas::Clock::today())
            .toString(Qt::ISODate);
    QJsonObject profile = document["profile"].toObject();
    profile["installed_on"] = installed;
    document["profile"] = profile;
    QJsonObject declarant = document["declarant"].toObject();
    declarant["dateInstallation"] = installed;
    document["declarant"] = declarant;
    return QJsonDocument(document).toJson();
}

QByteArray TestStoreCli::readFile(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QString TestStoreCli::exportCertificate(const QString& identity, const QString& name)
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert("PROBITAS_PASSPHRASE", m_passphrases.value(identity));
    process.setProcessEnvironment(environment);
    const QString path = m_dir.filePath(name);
    QFile::remove(path);
    process.start(PROBITAS_CLI_PATH,
                  {"identity", "export-cert", m_dir.filePath("demo/" + identity), "--out", path});
    if (!process.waitForFinished(probitas::testing::scaledTimeout(60000)) || process.exitCode() != 0) {
        qWarning("export-cert %s: %s", qPrintable(identity), process.readAllStandardError().constData());
    }
    return path;
}

QString TestStoreCli::copyStore(const QString& name, const QString& from)
{
    const QString original = from.isEmpty() ? m_store : from;
    const QString copy = m_dir.filePath(name);
    for (const QString& suffix : {QString(), QString("-wal"), QString("-shm")}) {
        QFile::remove(copy + suffix);
        if (QFile::exists(original + suffix) && !QFile::copy(original + suffix, copy + suffix)) {
            qWarning("cannot copy %s", qPrintable(original + suffix));
        }
    }
    return copy;
}

bool TestStoreCli::tamper(const QString& store, const QStringList& statements)
{
    bool done = true;
    {
        QSqlDatabase database = QSqlDatabase::addDatabase("QSQLITE", "attacker");
        database.setDatabaseName(store);
        done = database.open();
        for (const QString& statement : statements) {
            QSqlQuery query(database);
            if (done && !query.exec(statement)) {
                qWarning("%s: %s", qPrintable(statement), qPrintable(query.lastError().text()));
                done = false;
            }
        }
        database.close();
    }
    QSqlDatabase::removeDatabase("attacker");
    return done;
}

void TestStoreCli::entretienCommands()
{
    PROBITAS_SKIP_WHEN_RUN_ELSEWHERE();
    const QString juge = "helene-durand-lefevre.p12";
    const QString substitut = "thomas-nguyen.p12";
    const QString procureur = "claire-fontaine.p12";
    // The demo's entretien: the juge's DI, held by the président and acknowledged.
    const QJsonArray demo = listJson("entretien", juge);
    QCOMPARE(demo.size(), 1);
    const QJsonObject held = demo.first().toObject();
    for (const char* key :
         {"id", "declaration", "declarant", "authority", "delegated", "scheduled_at", "status", "held_at",
          "acknowledged_at", "invitation", "invited_at", "answered_by"}) {
        QVERIFY2(held.contains(key), key);
    }
    QCOMPARE(held["status"].toString(), QString("acknowledged"));
    const Run shown = cli({"entretien", "show", "--store", m_store, held["id"].toString()}, juge);
    QCOMPARE(shown.code, 0);
    const QJsonObject fiche = QJsonDocument::fromJson(shown.out).object()["fiche"].toObject();
    QCOMPARE(fiche["conclusion"].toString(), QString("precautions"));
    QCOMPARE(fiche["declaration"].toString(), held["declaration"].toString());
    QCOMPARE(cli({"entretien", "show", "--store", m_store, held["id"].toString()}, substitut).code, 3);
    QCOMPARE(
        cli({"entretien", "show", "--store", m_store, held["id"].toString()}, "auditeur-interne.p12").code,
        3);
    QCOMPARE(listJson("entretien", "auditeur-interne.p12").size(), 1); // metadata only
    QCOMPARE(listJson("entretien", substitut).size(), 0);
    QCOMPARE(cli({"entretien", "--store", m_store}, juge).code, 2);

    // The procureur convokes the substitut, records the fiche, invites him to modify his DI.
    const QString di = id(substitut, "interets");
    QVERIFY(!di.isEmpty());
    QCOMPARE(cli({"entretien", "schedule", "--store", m_store, di, "--at", "2026-03-10T14:30", "--place",
                  "Parquet de Nanterre"},
                 "jean-baptiste-moreau.p12")
                 .code,
             3);
    QCOMPARE(cli({"entretien", "schedule", "--store", m_store, di, "--at", "mardi", "--place", "Parquet"},
                 procureur)
                 .code,
             2);
    const Run scheduled = cli({"entretien", "schedule", "--store", m_store, di, "--at", "2026-03-10T14:30",
                               "--place", "Parquet de Nanterre, bureau du procureur"},
                              procureur);
    QVERIFY2(scheduled.code == 0, scheduled.err.constData());
    const QString entretien = QString::fromUtf8(scheduled.out.trimmed());
    QCOMPARE(entretien.size(), 36);
    QFile fixture(QString(PROBITAS_TEST_DATA) + "/fiche-navette-valid.json");
    QVERIFY(fixture.open(QIODevice::ReadOnly));
    QJsonObject document = QJsonDocument::fromJson(fixture.readAll()).object();
    document["declaration"] = di;
    document["authority"] = "tj-nanterre:procureur";
    document["points"] = QJsonObject{{"activitesAnterieures", "Juriste à la DGFiP jusqu'en août 2023."}};
    const QString ficheFile = writeFile("fiche.json", QJsonDocument(document).toJson());
    QCOMPARE(
        cli({"entretien", "record", "--store", m_store, entretien, writeFile("bad.json", "{\"schema\":")},
            procureur)
            .code,
        2);
    QCOMPARE(cli({"entretien", "record", "--store", m_store, entretien, ficheFile}, substitut).code, 3);
    const Run recorded = cli({"entretien", "record", "--store", m_store, entretien, ficheFile}, procureur);
    QVERIFY2(recorded.code == 0, recorded.err.constData());
    QCOMPARE(cli({"entretien", "record", "--store", m_store, entretien, ficheFile}, procureur).code,
             1); // once
    const Run read = cli({"entretien", "show", "--store", m_store, entretien}, substitut);
    QCOMPARE(read.code, 0);
    QCOMPARE(QJsonDocument::fromJson(read.out).object()["fiche"].toObject()["points"].toObject().keys(),
             QStringList{"activitesAnterieures"});
    QCOMPARE(cli({"entretien", "acknowledge", "--store", m_store, entretien}, procureur).code, 3);
    const QString receipt = m_dir.filePath("entretien-receipt.p7s");
    QCOMPARE(
        cli({"entretien", "acknowledge", "--store", m_store, entretien, "--out", receipt}, substitut).code,
        0);
    QVERIFY(QFileInfo(receipt).size() > 100);
    QCOMPARE(cli({"entretien", "invite", "--store", m_store, entretien}, substitut).code, 3);
    QCOMPARE(cli({"entretien", "invite", "--store", m_store, entretien}, procureur).code, 0);
    auto mine = [&] {
        for (const QJsonValue& value : listJson("entretien", substitut)) {
            if (value.toObject()["id"].toString() == entretien) {
                return value.toObject();
            }
        }
        return QJsonObject();
    };
    QCOMPARE(mine()["invitation"].toString(), QString("open"));

    // He files his DI modified after the entretien: the invitation is answered.
    const Run opened = cli({"open", "--store", m_store, di}, substitut);
    QCOMPARE(opened.code, 0);
    QJsonObject modified = QJsonDocument::fromJson(opened.out).object();
    modified["event"] = "modification-apres-entretien";
    modified["supersedes"] = di;
    const Run filed =
        cli({"file", "--store", m_store, writeFile("modified.json", QJsonDocument(modified).toJson())},
            substitut);
    QVERIFY2(filed.code == 0, filed.err.constData());
    QCOMPARE(mine()["invitation"].toString(), QString("answered"));
    QCOMPARE(mine()["answered_by"].toString(), QString::fromUtf8(filed.out.trimmed()));
    QCOMPARE(cli({"audit", "verify", "--store", m_store}).code, 0);
}

void TestStoreCli::avisCommands()
{
    const QString college = "college-de-deontologie-des-magistrats.p12";
    const QString president = "jean-baptiste-moreau.p12";
    // The demo's avis: the procureur asked about the substitut's DI, the collège answered.
    const QJsonArray demo = listJson("avis", "claire-fontaine.p12");
    QCOMPARE(demo.size(), 1);
    QCOMPARE(demo.first().toObject()["status"].toString(), QString("answered"));
    const QString demoRequest = demo.first().toObject()["id"].toString();
    for (const QString& reader : {college, QString("claire-fontaine.p12")}) {
        const Run shown = cli({"avis", "show", "--store", m_store, demoRequest}, reader);
        QCOMPARE(shown.code, 0);
        const QJsonObject both = QJsonDocument::fromJson(shown.out).object();
        QVERIFY(!both["request"].toObject()["question"].toString().isEmpty());
        QCOMPARE(both["avis"].toObject()["conclusion"].toString(), QString("precautions"));
    }
    QCOMPARE(cli({"avis", "show", "--store", m_store, demoRequest}, "thomas-nguyen.p12").code, 3);
    QCOMPARE(cli({"avis", "show", "--store", m_store, demoRequest}, "auditeur-interne.p12").code, 3);
    QCOMPARE(listJson("avis", "thomas-nguyen.p12").size(), 1); // that an avis was asked about his DI

    // The président asks about the juge's DI (a certified copy is forwarded), the collège answers.
    const QString di = id("helene-durand-lefevre.p12", "interets");
    const QString question = writeFile("question.txt", "Le déport envisagé suffit-il ?\n");
    QCOMPARE(cli({"avis", "request", "--store", m_store, di, question}, "claire-fontaine.p12").code, 3);
    const Run requested = cli({"avis", "request", "--store", m_store, di, question}, president);
    QVERIFY2(requested.code == 0, requested.err.constData());
    const QString request = QString::fromUtf8(requested.out.trimmed());
    QCOMPARE(cli({"open", "--store", m_store, di}, college).code, 0);
    const QString avisFile = writeFile("avis.json", QJsonDocument(collegesAvis(di, request)).toJson());
    QCOMPARE(cli({"avis", "record", "--store", m_store, request, avisFile}, president).code, 3);
    QCOMPARE(cli({"avis", "record", "--store", m_store, request, m_dir.filePath("none.json")}, college).code,
             2);
    const Run recorded = cli({"avis", "record", "--store", m_store, request, avisFile}, college);
    QVERIFY2(recorded.code == 0, recorded.err.constData());
    QCOMPARE(cli({"avis", "record", "--store", m_store, request, avisFile}, college).code, 1); // once
    const Run shown = cli({"avis", "show", "--store", m_store, request}, president);
    QCOMPARE(shown.code, 0);
    QCOMPARE(QJsonDocument::fromJson(shown.out).object()["avis"].toObject()["avis"].toString(),
             QString("Le déport suffit."));
    QCOMPARE(cli({"audit", "verify", "--store", m_store}).code, 0);
}

// The HATVP's control of the président's DSP, act by act: only the HATVP acts, only on a DSP; the declarant
// reads the acts, answers, and sees the injonction's month; the auditor lists it and reads nothing; another
// magistrate sees nothing. Wrong words exit 2, a second answer 1, a refusal 3; the trail stays whole.
void TestStoreCli::controlCommands()
{
    PROBITAS_SKIP_WHEN_RUN_ELSEWHERE();
    const QString hatvp = "haute-autorite-pour-la-transparence-de-la-vie-publique.p12";
    const QString president = "jean-baptiste-moreau.p12";
    const QString juge = "helene-durand-lefevre.p12";
    const QString dsp = id(president, "patrimoine");
    const QString di = id(juge, "interets");
    QVERIFY(!dsp.isEmpty() && !di.isEmpty());
    const QString question = writeFile("control-question.txt", "D'où proviennent les fonds du livret A ?\n");
    QCOMPARE(cli({"control", "request", "--store", m_store, dsp, question}, president).code, 3);
    QCOMPARE(cli({"control", "request", "--store", m_store, di, question}, hatvp).code, 3);
    const Run requested = cli({"control", "request", "--store", m_store, dsp, question}, hatvp);
    QVERIFY2(requested.code == 0, requested.err.constData());
    const QString request = QString::fromUtf8(requested.out.trimmed());
    QCOMPARE(lastAuditEntry()["action"].toString(), QString("control-request"));

    // The control of this DSP, as its declarant lists it: its six months.
    const auto controlOf = [&](const QString& identity) {
        for (const QJsonValue& value : listJson("control", identity)) {
            if (value.toObject()["declaration"].toString() == dsp) {
                return value.toObject();
            }
        }
        return QJsonObject();
    };
    const QJsonObject listed = controlOf(president);
    QVERIFY(!listed.isEmpty());
    const QString control = listed["id"].toString();
    QCOMPARE(QDate::fromString(listed["due_on"].toString(), Qt::ISODate),
             QDateTime::fromString(listed["received_at"].toString(), Qt::ISODate)
                 .toTimeZone(QTimeZone("Europe/Paris"))
                 .date()
                 .addMonths(6));
    QVERIFY(controlOf(juge).isEmpty());
    QCOMPARE(controlOf("auditeur-interne.p12")["id"].toString(), control);
    QCOMPARE(cli({"control", "show", "--store", m_store, control}, juge).code, 3);
    QCOMPARE(cli({"control", "show", "--store", m_store, control}, "auditeur-interne.p12").code, 3);

    // She answers, once.
    const QString answer = writeFile("control-answer.txt", "Une donation de ma mère en 2019.\n");
    QCOMPARE(cli({"control", "answer", "--store", m_store, request, answer}, juge).code, 3);
    const Run answered = cli({"control", "answer", "--store", m_store, request, answer}, president);
    QVERIFY2(answered.code == 0, answered.err.constData());
    QCOMPARE(cli({"control", "answer", "--store", m_store, request, answer}, president).code, 1);

    // An injonction's month, shown to both sides; the tax returns; words the law does not use exit 2.
    QCOMPARE(
        cli({"control", "injonction", "--store", m_store, "--grounds", "late", dsp, question}, hatvp).code,
        2);
    const Run enjoined =
        cli({"control", "injonction", "--store", m_store, "--grounds", "incomplete", dsp, question}, hatvp);
    QVERIFY2(enjoined.code == 0, enjoined.err.constData());
    for (const QString& side : {hatvp, president}) {
        const Run lines = cli({"control", "list", "--store", m_store, "--open"}, side);
        QCOMPARE(lines.code, 0);
        QVERIFY2(lines.out.contains(control.toUtf8()) && lines.out.contains("injonction"),
                 lines.out.constData());
    }
    QCOMPARE(cli({"control", "tax-returns", "--store", m_store, "--partner", dsp, question}, hatvp).code, 0);
    QCOMPARE(
        cli({"control", "conclude", "--store", m_store, "--outcome", "maybe", dsp, question}, hatvp).code, 2);
    const QString conclusion = writeFile("control-conclusion.txt", "La variation est justifiée.\n");
    const Run concluded =
        cli({"control", "conclude", "--store", m_store, "--outcome", "justified", dsp, conclusion}, hatvp);
    QVERIFY2(concluded.code == 0, concluded.err.constData());
    QCOMPARE(cli({"control", "request", "--store", m_store, dsp, question}, hatvp).code, 1);

    // Both read every act; the outcome is the declarant's to know.
    for (const QString& reader : {hatvp, president}) {
        const Run shown = cli({"control", "show", "--store", m_store, control}, reader);
        QVERIFY2(shown.code == 0, shown.err.constData());
        const QJsonObject opened = QJsonDocument::fromJson(shown.out).object();
        QCOMPARE(opened["status"].toString(), QString("concluded"));
        QCOMPARE(opened["outcome"].toString(), QString("justified"));
        // The demo's request opened the control; this test's request and its answer follow.
        const QJsonArray acts = opened["acts"].toArray();
        QCOMPARE(acts.size(), 6);
        QCOMPARE(acts.at(1).toObject()["id"].toString(), request);
        QCOMPARE(acts.at(2).toObject()["text"].toString(), QString("Une donation de ma mère en 2019."));
        QCOMPARE(acts.at(2).toObject()["answers"].toString(), request);
    }
    const Run stats = cli({"audit", "stats", "--store", m_store}, "auditeur-interne.p12");
    QVERIFY(stats.out.contains(",control_acts\n"));
    QCOMPARE(cli({"audit", "verify", "--store", m_store}).code, 0);
}

// The same commands on a demo store in PostgreSQL (a database of the throwaway server, made and dropped
// here): the HATVP asks, the président answers and reads, another magistrate is refused, the HATVP concludes.
void TestStoreCli::controlCommandsOnPostgreSql()
{
    const QString server = qEnvironmentVariable("PROBITAS_TEST_POSTGRESQL");
    if (server.isEmpty()) {
        QSKIP("PROBITAS_TEST_POSTGRESQL not set: no PostgreSQL server");
    }
    auto cluster = probitas::store::Connection::open(*probitas::store::Location::parse(server));
    QVERIFY(cluster.ok());
    const QString database =
        QString("probitas_cli_control_%1").arg(QRandomGenerator::global()->bounded(1000000));
    QVERIFY((*cluster)->exec("CREATE DATABASE " + database).ok());
    QUrl url(server);
    url.setPath("/" + database);
    const QString store = url.toString();
    const QString demo = m_dir.filePath("pg-demo");
    const Run init = cli({"init", "--store", store, "--demo", demo});
    QVERIFY2(init.code == 0, init.err.constData());
    QFile file(demo + "/demo.json");
    QVERIFY(file.open(QIODevice::ReadOnly));
    QMap<QString, QString> passphrases;
    for (const QJsonValue& member : QJsonDocument::fromJson(file.readAll()).array()) {
        passphrases.insert(member.toObject()["identity"].toString(),
                           member.toObject()["passphrase"].toString());
    }
    const auto as = [&](const QStringList& arguments, const QString& identity) {
        return cli(arguments, demo + "/" + identity, passphrases.value(identity));
    };
    const QString hatvp = "haute-autorite-pour-la-transparence-de-la-vie-publique.p12";
    const QString president = "jean-baptiste-moreau.p12";
    QString dsp;
    for (const QJsonValue& value :
         QJsonDocument::fromJson(as({"list", "--store", store, "--json"}, president).out).array()) {
        if (value.toObject()["declaration"].toString() == "patrimoine") {
            dsp = value.toObject()["id"].toString();
        }
    }
    QVERIFY(!dsp.isEmpty());
    const QString question = writeFile("pg-question.txt", "D'où proviennent les fonds ?\n");
    const Run requested = as({"control", "request", "--store", store, dsp, question}, hatvp);
    QVERIFY2(requested.code == 0, requested.err.constData());
    const QString request = QString::fromUtf8(requested.out.trimmed());
    const QJsonArray listed =
        QJsonDocument::fromJson(as({"control", "list", "--store", store, "--json"}, president).out).array();
    QCOMPARE(listed.size(), 1);
    const QString control = listed.first().toObject()["id"].toString();
    QCOMPARE(as({"control", "show", "--store", store, control}, "helene-durand-lefevre.p12").code, 3);
    const Run answered = as({"control", "answer", "--store", store, request, question}, president);
    QVERIFY2(answered.code == 0, answered.err.constData());
    QCOMPARE(
        as({"control", "conclude", "--store", store, "--outcome", "no-observation", dsp, question}, hatvp)
            .code,
        0);
    const Run shown = as({"control", "show", "--store", store, control}, president);
    QVERIFY2(shown.code == 0, shown.err.constData());
    QCOMPARE(QJsonDocument::fromJson(shown.out).object()["outcome"].toString(), QString("no-observation"));
    // The demo's request, this one, its answer, the conclusion.
    QCOMPARE(QJsonDocument::fromJson(shown.out).object()["acts"].toArray().size(), 4);
    QCOMPARE(cli({"audit", "verify", "--store", store}).code, 0);
    QVERIFY((*cluster)->exec("DROP DATABASE " + database + " WITH (FORCE)").ok());
}

// The directory from the command line: a new store's administrator adds themselves, then only an
// administrator adds anyone; every addition is in the audit trail.
void TestStoreCli::peopleCommands()
{
    const QString admin = "administrateur.p12";
    const QString certificate = m_dir.filePath("admin.pem");
    qputenv("PROBITAS_PASSPHRASE", m_passphrases.value(admin).toUtf8()); // export-cert opens the file
    const Run exported =
        cli({"identity", "export-cert", m_dir.filePath("demo/" + admin), "--out", certificate});
    qunsetenv("PROBITAS_PASSPHRASE");
    QVERIFY2(exported.code == 0, exported.err.constData());
    const QString fresh = m_dir.filePath("fresh.sqlite");
    QCOMPARE(cli({"init", "--store", fresh}).code, 0);
    // Not an administrator: refused, even in an empty store.
    QCOMPARE(cli({"people", "add", "--store", fresh, "--name", "Someone", "--role", "declarant",
                  "--certificate", certificate},
                 "thomas-nguyen.p12")
                 .code,
             1);
    const Run added = cli({"people", "add", "--store", fresh, "--name", "Administrateur", "--role", "admin",
                           "--certificate", certificate},
                          admin);
    QVERIFY2(added.code == 0, added.err.constData());
    const Run listed = cli({"people", "list", "--store", fresh, "--json"}, admin);
    QCOMPARE(listed.code, 0);
    const QJsonArray people = QJsonDocument::fromJson(listed.out).array();
    QCOMPARE(people.size(), 1);
    QCOMPARE(people.first().toObject()["role"].toString(), QString("admin"));
    QCOMPARE(cli({"people", "add", "--store", fresh, "--name", "Administrateur", "--role", "admin",
                  "--certificate", certificate},
                 admin)
                 .code,
             1); // already there
    // In the demo store a declarant may list but not add.
    QCOMPARE(cli({"people", "list", "--store", m_store}, "thomas-nguyen.p12").code, 0);
    QCOMPARE(cli({"people", "add", "--store", m_store, "--name", "X", "--role", "declarant", "--certificate",
                  certificate},
                 "thomas-nguyen.p12")
                 .code,
             3);
    QCOMPARE(cli({"people", "add", "--store", m_store, "--name", "X", "--role", "nobody"}, admin).code, 2);
    const Run log = cli({"audit", "log", "--store", fresh, "--json"}, admin);
    QCOMPARE(QJsonDocument::fromJson(log.out).array().first().toObject()["action"].toString(),
             QString("directory-anchor"));
}

void TestStoreCli::auditExportAndVerifyBundle()
{
    const QString bundle = m_dir.filePath("bundle");
    const Run exported =
        cli({"audit", "export", "--store", m_store, "--out", bundle}, "auditeur-interne.p12");
    QVERIFY2(exported.code == 0, exported.err.constData());
    QVERIFY2(exported.out.contains("head: "), exported.out.constData());
    const Run verified = cli({"audit", "verify-bundle", bundle});
    QVERIFY2(verified.code == 0, verified.err.constData());
    QVERIFY2(verified.out.contains("every signature verified"), verified.out.constData());

    // Against the organisation's CA, and against another one.
    const auto run = [](const QStringList& arguments, const QString& passphrase) {
        QProcess process;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert("PROBITAS_PASSPHRASE", passphrase);
        process.setProcessEnvironment(environment);
        process.start(PROBITAS_CLI_PATH, arguments);
        return process.waitForFinished(probitas::testing::scaledTimeout(60000)) &&
                       process.exitStatus() == QProcess::NormalExit
                   ? process.exitCode()
                   : -1;
    };
    const QString ca = m_dir.filePath("ca.pem");
    QCOMPARE(run({"identity", "export-cert", m_dir.filePath("demo/ca-probitas-demo.p12"), "--out", ca},
                 m_passphrases.value("ca-probitas-demo.p12")),
             0);
    QCOMPARE(cli({"audit", "verify-bundle", bundle, "--ca", ca}).code, 0);
    const QString otherCa = m_dir.filePath("other-ca.p12");
    QCOMPARE(run({"ca", "create", "--name", "Autre CA", "--out", otherCa}, "another-ca-passphrase"), 0);
    QCOMPARE(run({"identity", "export-cert", otherCa, "--out", m_dir.filePath("other-ca.pem")},
                 "another-ca-passphrase"),
             0);
    QCOMPARE(cli({"audit", "verify-bundle", bundle, "--ca", m_dir.filePath("other-ca.pem")}).code, 4);

    // The exporter expected: by certificate, by fingerprint (with or without colons); anyone else is exit 4
    // naming who really signed it.
    const QString auditor = exportCertificate("auditeur-interne.p12", "auditor.pem");
    const Run pinned = cli({"audit", "verify-bundle", bundle, "--ca", ca, "--exporter", auditor});
    QVERIFY2(pinned.code == 0, pinned.err.constData());
    QVERIFY2(pinned.out.contains("signed by Auditeur interne"), pinned.out.constData());
    // The certificate's SHA-256 fingerprint, as `openssl x509 -fingerprint -sha256` prints it.
    QByteArray der;
    for (const QByteArray& line : readFile(auditor).split('\n')) {
        if (!line.startsWith("-----")) {
            der += QByteArray::fromBase64(line.trimmed());
        }
    }
    const QByteArray fingerprint = QCryptographicHash::hash(der, QCryptographicHash::Sha256);
    QCOMPARE(cli({"audit", "verify-bundle", bundle, "--exporter", fingerprint.toHex(':').toUpper()}).code, 0);
    QCOMPARE(cli({"audit", "verify-bundle", bundle, "--exporter", fingerprint.toHex()}).code, 0);
    const QString admin = exportCertificate("administrateur.p12", "admin.pem");
    const Run other = cli({"audit", "verify-bundle", bundle, "--ca", ca, "--exporter", admin});
    QCOMPARE(other.code, 4);
    QVERIFY2(other.err.contains("signed by Auditeur interne") && other.err.contains("expected exporter"),
             other.err.constData());
    QCOMPARE(cli({"audit", "verify-bundle", bundle, "--exporter", "not-a-fingerprint"}).code, 2);
    // The store's first administrator pinned: the demo's administrator anchors it; the auditor does not.
    QCOMPARE(cli({"audit", "verify-bundle", bundle, "--ca", ca, "--administrator", admin}).code, 0);
    const Run notAnchored = cli({"audit", "verify-bundle", bundle, "--administrator", auditor});
    QCOMPARE(notAnchored.code, 4);
    QVERIFY2(notAnchored.err.contains("first administrator"), notAnchored.err.constData());
    QCOMPARE(cli({"audit", "verify-bundle", bundle, "--administrator", "not-a-fingerprint"}).code, 2);

    // A changed receipt, then a removed trail: exit 4, naming the file.
    QDir receipts(bundle + "/receipts");
    const QStringList files = receipts.entryList(QDir::Files);
    QVERIFY(!files.isEmpty());
    QFile receipt(receipts.filePath(files.first()));
    QVERIFY(receipt.open(QIODevice::ReadWrite));
    QByteArray bytes = receipt.readAll();
    bytes[10] = char(bytes.at(10) ^ 0x20);
    QVERIFY(receipt.seek(0) && receipt.write(bytes) == bytes.size());
    receipt.close();
    Run broken = cli({"audit", "verify-bundle", bundle});
    QCOMPARE(broken.code, 4);
    QVERIFY2(broken.err.contains(("receipts/" + files.first() + " was changed").toUtf8()),
             broken.err.constData());
    QCOMPARE(broken.err.count('\n'), 1); // one line
    QVERIFY(QFile::remove(bundle + "/audit.jsonl"));
    broken = cli({"audit", "verify-bundle", bundle});
    QCOMPARE(broken.code, 4);
    QVERIFY2(broken.err.contains("audit.jsonl was removed"), broken.err.constData());

    // Not into a folder that holds something; not for a declarant; not a folder at all.
    QCOMPARE(cli({"audit", "export", "--store", m_store, "--out", bundle}, "auditeur-interne.p12").code, 2);
    const QString byJuge = m_dir.filePath("by-juge");
    QCOMPARE(cli({"audit", "export", "--store", m_store, "--out", byJuge}, "helene-durand-lefevre.p12").code,
             3);
    QVERIFY(!QFileInfo::exists(byJuge));
    QCOMPARE(cli({"audit", "export", "--store", m_store}, "auditeur-interne.p12").code, 2);
    QCOMPARE(cli({"audit", "verify-bundle", m_dir.filePath("nowhere")}).code, 2);
    QCOMPARE(cli({"audit", "nonsense"}).code, 2);
    QCOMPARE(cli({"audit", "--help"}).code, 0);
}

probitas::crypto::Identity TestStoreCli::demoIdentity(const QString& identity)
{
    using namespace probitas;
    auto loaded = crypto::Identity::load(m_dir.filePath("demo/" + identity),
                                         crypto::SecureBytes(m_passphrases.value(identity).toUtf8()));
    if (!loaded) {
        qFatal("cannot load %s: %s", qPrintable(identity), qPrintable(loaded.error().message));
    }
    return *loaded;
}

// Attack 4 of issue 12 and its kin, from the attacker's side: a bundle the auditor exported, its files edited
// by hand and signed again with the keys the attacker holds. verify-bundle --ca is exit 4, one line naming
// the statement, the entry or the person.
void TestStoreCli::forgedBundlesRefused_data()
{
    QTest::addColumn<QString>("forgery");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("attack 4: an entry removed, the trail and the manifest re-signed by a magistrate")
        << "resigned"
        << QStringList{"directory statement 1", "audit entry 1 ", "the manifest is signed by Thomas Nguyen"};
    QTest::newRow("attack 4: the trail cut and exported anew by a magistrate")
        << "cut" << QStringList{"exported by Thomas Nguyen, who is not an auditor or an administrator"};
    QTest::newRow("a certificate swapped in a directory-add")
        << "swapped" << QStringList{"directory statement", "the signature does not verify"};
    QTest::newRow("the directory statements re-signed by a magistrate")
        << "statements" << QStringList{"who was not an administrator of this store then"};
}

void TestStoreCli::forgedBundlesRefused()
{
    QFETCH(QString, forgery);
    QFETCH(QStringList, expected);
    using namespace probitas;
    using namespace probitas::store;
    using namespace probitas::store::testing::forgery;
    const QString clean = m_dir.filePath("bundle-to-forge");
    if (!QFileInfo::exists(clean)) {
        const Run exported =
            cli({"audit", "export", "--store", m_store, "--out", clean}, "auditeur-interne.p12");
        QVERIFY2(exported.code == 0, exported.err.constData());
    }
    const QString ca = exportCertificate("ca-probitas-demo.p12", "demo-ca.pem");
    const QString copy = m_dir.filePath("forged-" + QString::number(QRandomGenerator::global()->generate()));
    QVERIFY(QDir().mkpath(copy));
    QDirIterator files(clean, QDir::Files, QDirIterator::Subdirectories);
    while (files.hasNext()) {
        const QString file = files.next();
        QVERIFY(putFile(copy + "/" + QDir(clean).relativeFilePath(file), fileBytes(file)));
    }
    const crypto::Identity thomas = demoIdentity("thomas-nguyen.p12");
    const crypto::Identity auditor = demoIdentity("auditeur-interne.p12");
    QMap<QString, QString> ids; // name -> person id
    for (const QJsonValue& person : QJsonDocument::fromJson(fileBytes(copy + "/people.json")).array()) {
        ids.insert(person["name"].toString(), person["id"].toString());
    }
    const QString thomasId = ids.value("Thomas Nguyen");
    QVERIFY(!thomasId.isEmpty());
    std::vector<AuditEntry> entries = readTrail(copy);
    const crypto::Identity* manifestSigner = &auditor;
    if (forgery == "resigned") {
        // The trail without one entry (his own filing), every entry signed again with Thomas's key, his
        // certificate as the exporter's, labelled "Auditeur interne".
        const auto filing = std::find_if(entries.begin(), entries.end(), [&](const AuditEntry& entry) {
            return entry.action == "file" && entry.actorId == thomasId;
        });
        QVERIFY(filing != entries.end());
        entries.erase(filing);
        QVERIFY(writeTrail(copy, entries, [&thomas](const AuditEntry&) { return &thomas; }));
        QVERIFY(putFile(copy + "/exporter.pem", thomas.certificate().toPem()));
        manifestSigner = &thomas;
    } else if (forgery == "cut") {
        // The last entries cut, an export of his own appended, signed with the key the directory gives him.
        AuditEntry exported = entries.back();
        entries.pop_back();
        entries.pop_back();
        exported.actorId = thomasId;
        entries.push_back(exported);
        QVERIFY(writeTrail(copy, entries, [&thomas](const AuditEntry& entry) {
            return entry.action == "export-bundle" ? &thomas : nullptr;
        }));
        QVERIFY(putFile(copy + "/exporter.pem", thomas.certificate().toPem()));
        manifestSigner = &thomas;
    } else if (forgery == "swapped") {
        // The président's certificate, where the administrator added him, replaced by Thomas's; the
        // signatures stay as their writers made them.
        const QString president = ids.value("Jean-Baptiste Moreau");
        const auto added = std::find_if(entries.begin(), entries.end(), [&](const AuditEntry& entry) {
            return entry.action == "directory-add" && entry.details["person"].toString() == president;
        });
        QVERIFY(added != entries.end());
        added->details["fingerprint"] = fingerprintOf(thomas.certificate());
        QVERIFY(writeTrail(copy, entries, [](const AuditEntry&) { return nullptr; }));
    } else {
        // Every statement after the anchor made Thomas's and signed with his key.
        const auto restated = [](const AuditEntry& entry) {
            return entry.action.startsWith("directory-") && entry.action != "directory-anchor";
        };
        for (AuditEntry& entry : entries) {
            if (restated(entry)) {
                entry.actorId = thomasId;
            }
        }
        QVERIFY(writeTrail(copy, entries,
                           [&](const AuditEntry& entry) { return restated(entry) ? &thomas : nullptr; }));
    }
    QVERIFY(resignManifest(copy, *manifestSigner,
                           manifestSigner == &thomas ? exporterAs("Auditeur interne", thomas.certificate(),
                                                                  forgery == "cut" ? thomasId : QString())
                                                     : std::function<void(QJsonObject&)>()));

    const Run refused = cli({"audit", "verify-bundle", copy, "--ca", ca});
    QCOMPARE(refused.code, 4);
    QVERIFY2(refused.err.startsWith("probitas-cli: ") && refused.err.count('\n') == 1,
             refused.err.constData());
    for (const QString& text : expected) {
        QVERIFY2(refused.err.contains(text.toUtf8()), refused.err.constData());
    }
    const QString auditorPem = exportCertificate("auditeur-interne.p12", "auditor.pem");
    QCOMPARE(cli({"audit", "verify-bundle", copy, "--ca", ca, "--exporter", auditorPem}).code, 4);
    QCOMPARE(cli({"audit", "verify-bundle", clean, "--ca", ca, "--exporter", auditorPem}).code, 0);
}

// The président's certificate renewed (people renew), then a new entry signed with his new key, and his
// copies sealed again for it (reseal --former); the auditor's bundle verifies against the CA: his older
// entries and his receipt with the certificate he held then, the newer one with the new certificate. On a
// copy of the demo store.
void TestStoreCli::bundleAfterRenewal()
{
    using namespace probitas;
    const QString store = copyStore("renewal.sqlite");
    const QString caPassphrase = m_passphrases.value("ca-probitas-demo.p12");
    const QString renewed = m_dir.filePath("renewed/jean-baptiste-moreau.p12");
    const QString passphrase = "a new passphrase for the renewed key";
    QVERIFY(QDir().mkpath(m_dir.filePath("renewed")));
    {
        QProcess process;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert("PROBITAS_CA_PASSPHRASE", caPassphrase);
        environment.insert("PROBITAS_PASSPHRASE", passphrase);
        process.setProcessEnvironment(environment);
        process.start(PROBITAS_CLI_PATH,
                      {"identity", "create", "--ca", m_dir.filePath("demo/ca-probitas-demo.p12"), "--name",
                       "Jean-Baptiste Moreau", "--out", renewed});
        QVERIFY(process.waitForFinished(probitas::testing::scaledTimeout(60000)));
        QVERIFY2(process.exitCode() == 0, process.readAllStandardError().constData());
    }
    auto identity = crypto::Identity::load(renewed, crypto::SecureBytes(passphrase.toUtf8()));
    QVERIFY(identity);
    const QString certificate = writeFile("renewed-president.pem", identity->certificate().toPem());
    const Run renewal = cli(
        {"people", "renew", "--store", store, "--name", "Jean-Baptiste Moreau", "--certificate", certificate},
        "administrateur.p12");
    QVERIFY2(renewal.code == 0, renewal.err.constData());
    // An entry signed with the new key: his attempt to open the substitut's DI, filed to the procureur.
    const QString thomasDi = id("thomas-nguyen.p12", "interets");
    QVERIFY(!thomasDi.isEmpty());
    const Run denied =
        cli({"open", "--store", store, thomasDi}, "../renewed/jean-baptiste-moreau.p12", passphrase);
    QCOMPARE(denied.code, 3);

    // The DI filed to him is sealed to his former key: he seals his copy again, with both identities.
    const QString heleneDi = id("helene-durand-lefevre.p12", "interets");
    QVERIFY(!heleneDi.isEmpty());
    const Run unreadable =
        cli({"open", "--store", store, heleneDi}, "../renewed/jean-baptiste-moreau.p12", passphrase);
    QVERIFY2(unreadable.code != 0, unreadable.out.constData());
    const Run pending =
        cli({"reseal", "--store", store, "--dry-run"}, "../renewed/jean-baptiste-moreau.p12", passphrase);
    QVERIFY2(pending.code == 0, pending.err.constData());
    QVERIFY2(!pending.out.startsWith("0 "), pending.out.constData());
    const Run noFormer = cli({"reseal", "--store", store}, "../renewed/jean-baptiste-moreau.p12", passphrase);
    QCOMPARE(noFormer.code, 2);
    {
        QProcess process;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert("PROBITAS_PASSPHRASE", passphrase);
        environment.insert("PROBITAS_FORMER_PASSPHRASE", m_passphrases.value("jean-baptiste-moreau.p12"));
        environment.insert("XDG_DATA_HOME", m_dir.filePath("computers/renewal.sqlite"));
        process.setProcessEnvironment(environment);
        process.start(PROBITAS_CLI_PATH, {"reseal", "--store", store, "--identity", renewed, "--former",
                                          m_dir.filePath("demo/jean-baptiste-moreau.p12")});
        QVERIFY(process.waitForFinished(probitas::testing::scaledTimeout(60000)));
        const QByteArray out = process.readAllStandardOutput();
        QVERIFY2(process.exitCode() == 0, process.readAllStandardError().constData());
        QVERIFY2(out.contains("sealed again"), out.constData());
    }
    const Run readable =
        cli({"open", "--store", store, heleneDi}, "../renewed/jean-baptiste-moreau.p12", passphrase);
    QVERIFY2(readable.code == 0, readable.err.constData());
    const Run none =
        cli({"reseal", "--store", store, "--dry-run"}, "../renewed/jean-baptiste-moreau.p12", passphrase);
    QVERIFY2(none.out.startsWith("0 "), none.out.constData());

    const QString bundle = m_dir.filePath("bundle-after-renewal");
    const Run exported = cli({"audit", "export", "--store", store, "--out", bundle}, "auditeur-interne.p12");
    QVERIFY2(exported.code == 0, exported.err.constData());
    const QString ca = exportCertificate("ca-probitas-demo.p12", "demo-ca.pem");
    const QString auditor = exportCertificate("auditeur-interne.p12", "auditor.pem");
    const Run verified = cli({"audit", "verify-bundle", bundle, "--ca", ca, "--exporter", auditor});
    QVERIFY2(verified.code == 0, verified.err.constData());
    QVERIFY2(verified.out.contains("its directory anchored by Administrateur"), verified.out.constData());
    const QString old = QString::fromLatin1(
        demoIdentity("jean-baptiste-moreau.p12").certificate().sha256Fingerprint().toHex());
    QVERIFY(QFile::exists(bundle + "/directory-certificates/" + old + ".pem"));
}

// SIGKILL at different moments of an export: the folder is whole or absent, never half-written, and the next
// export to that name cleans up after the killed one.
void TestStoreCli::auditExportKilled()
{
    const QString bundle = m_dir.filePath("killed");
    for (int delay : {100, 250, 400, 550, 700, 900, 1200}) {
        QProcess process;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert("PROBITAS_PASSPHRASE", m_passphrases.value("auditeur-interne.p12"));
        process.setProcessEnvironment(environment);
        process.start(PROBITAS_CLI_PATH, {"audit", "export", "--store", m_store, "--out", bundle,
                                          "--identity", m_dir.filePath("demo/auditeur-interne.p12")});
        QVERIFY(process.waitForStarted());
        QTest::qSleep(delay);
        process.kill();
        process.waitForFinished(probitas::testing::scaledTimeout(10000));
        if (QFileInfo::exists(bundle)) {
            const Run verified = cli({"audit", "verify-bundle", bundle});
            QVERIFY2(verified.code == 0, verified.err.constData());
            QVERIFY(QDir(bundle).removeRecursively());
        }
    }
    const Run exported =
        cli({"audit", "export", "--store", m_store, "--out", bundle}, "auditeur-interne.p12");
    QVERIFY2(exported.code == 0, exported.err.constData());
    QCOMPARE(cli({"audit", "verify-bundle", bundle}).code, 0);
    QCOMPARE(QDir(m_dir.path()).entryList({".killed.partial-*"}, QDir::AllEntries | QDir::Hidden),
             QStringList());
    QCOMPARE(cli({"audit", "verify", "--store", m_store, "--full"}).code, 0);
}

void TestStoreCli::auditStatistics()
{
    const Run csv = cli({"audit", "stats", "--store", m_store}, "auditeur-interne.p12");
    QVERIFY2(csv.code == 0, csv.err.constData());
    QVERIFY(csv.out.startsWith("# "));
    QVERIFY(csv.out.contains("jurisdiction,jurisdiction_name,year,due,"));
    QVERIFY(csv.out.contains("\ntj-nanterre,"));
    for (const char* name : {"Durand", "Moreau", "Nguyen"}) {
        QVERIFY2(!csv.out.contains(name), name);
    }
    const Run json = cli({"audit", "stats", "--store", m_store, "--format", "json"}, "auditeur-interne.p12");
    QCOMPARE(json.code, 0);
    const QJsonObject document = QJsonDocument::fromJson(json.out).object();
    QVERIFY(document["note"].toString().contains("fewer than 3"));
    QVERIFY(!document["rows"].toArray().isEmpty());
    const QString out = m_dir.filePath("stats.csv");
    QCOMPARE(cli({"audit", "stats", "--store", m_store, "--out", out}, "administrateur.p12").code, 0);
    QFile file(out);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(file.readAll().contains("tj-nanterre,"));
    QCOMPARE(cli({"audit", "stats", "--store", m_store}, "thomas-nguyen.p12").code, 3);
    QCOMPARE(cli({"audit", "stats", "--store", m_store, "--format", "xml"}, "auditeur-interne.p12").code, 2);
}

QJsonObject TestStoreCli::lastAuditEntry()
{
    const Run log = cli({"audit", "log", "--store", m_store, "--json"}, "auditeur-interne.p12");
    const QJsonArray entries = QJsonDocument::fromJson(log.out).array();
    return entries.isEmpty() ? QJsonObject() : entries.last().toObject();
}

// The original envelope of a declaration, as the store holds it.
QByteArray TestStoreCli::storedEnvelope(const QString& declarationId)
{
    QByteArray sealed;
    {
        QSqlDatabase database = QSqlDatabase::addDatabase("QSQLITE", "envelope-reader");
        database.setDatabaseName(m_store);
        if (database.open()) {
            QSqlQuery query(database);
            query.prepare("SELECT sealed FROM envelopes WHERE declaration_id = ? AND forwarded_by IS NULL");
            query.addBindValue(declarationId);
            if (query.exec() && query.next()) {
                sealed = query.value(0).toByteArray();
            }
        }
    }
    QSqlDatabase::removeDatabase("envelope-reader");
    return sealed;
}

// export: who may, and what each refusal costs. Nothing is written unless the export succeeds.
void TestStoreCli::exportEnvelope_data()
{
    QTest::addColumn<QString>("identity");
    QTest::addColumn<QString>("declaration"); // "juge" (her DI), "unknown"
    QTest::addColumn<QString>("passphrase");  // empty: the right one
    QTest::addColumn<int>("code");
    QTest::addColumn<QString>("audited"); // the last audit entry's action afterwards; empty: none added
    QTest::newRow("the declarant") << "helene-durand-lefevre.p12"
                                   << "juge"
                                   << "" << 0 << "export";
    QTest::newRow("the authority it was filed to") << "jean-baptiste-moreau.p12"
                                                   << "juge"
                                                   << "" << 0 << "export";
    QTest::newRow("another magistrate") << "thomas-nguyen.p12"
                                        << "juge"
                                        << "" << 3 << "denied";
    QTest::newRow("the auditor") << "auditeur-interne.p12"
                                 << "juge"
                                 << "" << 3 << "denied";
    QTest::newRow("the HATVP") << "haute-autorite-pour-la-transparence-de-la-vie-publique.p12"
                               << "juge"
                               << "" << 3 << "denied";
    QTest::newRow("not in the directory") << "ca-probitas-demo.p12"
                                          << "juge"
                                          << "" << 3 << "";
    QTest::newRow("unknown id") << "jean-baptiste-moreau.p12"
                                << "unknown"
                                << "" << 2 << "";
    QTest::newRow("wrong passphrase") << "jean-baptiste-moreau.p12"
                                      << "juge"
                                      << "not the passphrase 0123" << 3 << "";
}

void TestStoreCli::exportEnvelope()
{
    PROBITAS_SKIP_WHEN_RUN_ELSEWHERE();
    QFETCH(QString, identity);
    QFETCH(QString, declaration);
    QFETCH(QString, passphrase);
    QFETCH(int, code);
    QFETCH(QString, audited);
    const QString id = declaration == "juge" ? this->id("helene-durand-lefevre.p12", "interets")
                                             : QString("00000000-0000-0000-0000-000000000000");
    QVERIFY(!id.isEmpty());
    const QString out =
        m_dir.filePath("export-" + QString(QTest::currentDataTag()).replace(' ', '-') + ".p7m");
    const qint64 before = lastAuditEntry()["sequence"].toInteger();

    const Run exported = cli({"export", id, "--store", m_store, "--out", out}, identity, passphrase);
    QVERIFY2(exported.code == code, exported.err.constData());
    const QJsonObject last = lastAuditEntry();
    if (audited.isEmpty()) {
        QCOMPARE(last["sequence"].toInteger(), before);
    } else {
        QCOMPARE(last["sequence"].toInteger(), before + 1);
        QCOMPARE(last["action"].toString(), audited);
        QCOMPARE(last["declaration"].toString(), id);
    }
    if (code != 0) {
        QVERIFY(!QFileInfo::exists(out));
        QCOMPARE(exported.err.count('\n'), 1); // one line
        QVERIFY(exported.out.isEmpty());
        return;
    }
    // stdout: "SHA256  FILE", the hash the audit entry records, of the bytes written.
    QFile file(out);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    const QByteArray sha256 = QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex();
    QCOMPARE(exported.out.trimmed(), sha256 + "  " + out.toUtf8());
    QCOMPARE(last["details"].toObject()["envelope-sha256"].toString().toLatin1(), sha256);
    QCOMPARE(file.permissions() &
                 (QFile::ReadGroup | QFile::ReadOther | QFile::WriteGroup | QFile::WriteOther),
             QFile::Permissions());
}

// The file is the stored envelope itself, byte for byte, sealed (no plaintext in it), and `open` outside the
// store gives what `open --store` gives. An existing file is kept unless --force.
void TestStoreCli::exportedEnvelopeOpensAndMatches()
{
    const QString president = "jean-baptiste-moreau.p12";
    const QString id = this->id("helene-durand-lefevre.p12", "interets");
    const QString out = m_dir.filePath("di-juge.p7m");
    QCOMPARE(cli({"export", id, "--store", m_store, "--out", out}, president).code, 0);
    QFile file(out);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    file.close();
    const QByteArray stored = storedEnvelope(id);
    QVERIFY(!stored.isEmpty());
    QCOMPARE(bytes, stored);
    QVERIFY(!bytes.contains("Durand-Lef")); // sealed: not even the declarant's name in clear

    const Run inStore = cli({"open", "--store", m_store, id}, president);
    QCOMPARE(inStore.code, 0);
    const Run outside = cli({"open", out}, president);
    QVERIFY2(outside.code == 0, outside.err.constData());
    QCOMPARE(outside.out + "\n", inStore.out);
    // Sealed to its readers only: the substitut cannot open the file either.
    QCOMPARE(cli({"open", out}, "thomas-nguyen.p12").code, 3);

    writeFile("kept.p7m", "mine");
    const Run refused =
        cli({"export", id, "--store", m_store, "--out", m_dir.filePath("kept.p7m")}, president);
    QCOMPARE(refused.code, 2);
    QVERIFY(refused.err.contains("--force"));
    QFile kept(m_dir.filePath("kept.p7m"));
    QVERIFY(kept.open(QIODevice::ReadOnly));
    QCOMPARE(kept.readAll(), QByteArray("mine"));
    kept.close();
    QCOMPARE(
        cli({"export", id, "--store", m_store, "--out", m_dir.filePath("kept.p7m"), "--force"}, president)
            .code,
        0);
    QVERIFY(kept.open(QIODevice::ReadOnly));
    QCOMPARE(kept.readAll(), stored);
    // Usage errors: no --out, no id.
    QCOMPARE(cli({"export", id, "--store", m_store}, president).code, 2);
    QCOMPARE(cli({"export", "--store", m_store, "--out", m_dir.filePath("x.p7m")}, president).code, 2);
}

// `acknowledge` makes a receipt naming the authority id of the directory, which `receipt verify --authority`
// checks; swapped by raw SQL into another declaration's row, the bundle verifier names its signer.
void TestStoreCli::acknowledgementBoundToTheAuthority()
{
    const auto exportCertificate = [this](const QString& identity) {
        const QString pem = m_dir.filePath(QFileInfo(identity).baseName() + ".pem");
        QProcess process;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert("PROBITAS_PASSPHRASE", m_passphrases.value(identity));
        process.setProcessEnvironment(environment);
        process.start(PROBITAS_CLI_PATH,
                      {"identity", "export-cert", m_dir.filePath("demo/" + identity), "--out", pem});
        return process.waitForFinished(probitas::testing::scaledTimeout(60000)) && process.exitCode() == 0
                   ? pem
                   : QString();
    };
    const QString procureur = exportCertificate("claire-fontaine.p12");
    const QString president = exportCertificate("jean-baptiste-moreau.p12");
    QVERIFY(!procureur.isEmpty() && !president.isEmpty());
    const QString substitutDi = id("thomas-nguyen.p12", "interets");
    QVERIFY(!substitutDi.isEmpty());
    // The procureur acknowledges it (openAndForward may have: then exit 1); the receipt as the store keeps
    // it.
    const int acknowledged =
        cli({"acknowledge", "--store", m_store, substitutDi}, "claire-fontaine.p12").code;
    QVERIFY(acknowledged == 0 || acknowledged == 1);
    QByteArray stored;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase("QSQLITE", "receipt-reader");
        db.setDatabaseName(m_store);
        QVERIFY(db.open());
        QSqlQuery query(db);
        QVERIFY(query.prepare("SELECT receipt FROM receipts WHERE declaration_id = ?"));
        query.addBindValue(substitutDi);
        QVERIFY(query.exec() && query.next());
        stored = query.value(0).toByteArray();
    }
    QSqlDatabase::removeDatabase("receipt-reader");
    const QString receipt = writeFile("receipt-procureur.p7s", stored);
    const QString envelope = writeFile("di-substitut.p7m", storedEnvelope(substitutDi));

    Run verified = cli({"receipt", "verify", "--envelope", envelope, "--authority", procureur,
                        "--authority-id", "tj-nanterre:procureur", receipt});
    QVERIFY2(verified.code == 0, verified.err.constData());
    QVERIFY2(verified.out.contains("Authority id: tj-nanterre:procureur"), verified.out.constData());
    verified = cli({"receipt", "verify", "--envelope", envelope, "--authority", procureur, "--authority-id",
                    "tj-nanterre:president", receipt});
    QCOMPARE(verified.code, 4);
    verified = cli({"receipt", "verify", "--envelope", envelope, "--authority", president, receipt});
    QCOMPARE(verified.code, 4);
    QVERIFY2(verified.err.contains("signed by Claire Fontaine, not by Jean-Baptiste Moreau"),
             verified.err.constData());

    // The procureur's receipt put in the row of the juge's DI, acknowledged by the président.
    const QString jugeDi = id("helene-durand-lefevre.p12", "interets");
    QByteArray original;
    const auto replaceReceipt = [&](const QByteArray& bytes) {
        bool done = false;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase("QSQLITE", "swap");
            db.setDatabaseName(m_store);
            done = db.open();
            QSqlQuery query(db);
            if (done && original.isEmpty()) {
                done = query.exec("SELECT receipt FROM receipts WHERE declaration_id = '" + jugeDi + "'") &&
                       query.next();
                original = done ? query.value(0).toByteArray() : QByteArray();
                query.finish();
            }
            done = done && query.prepare("UPDATE receipts SET receipt = ? WHERE declaration_id = ?");
            query.addBindValue(bytes);
            query.addBindValue(jugeDi);
            done = done && query.exec() && query.numRowsAffected() == 1;
        }
        QSqlDatabase::removeDatabase("swap");
        return done;
    };
    QVERIFY(replaceReceipt(stored));
    const QString bundle = m_dir.filePath("bundle-swapped");
    const Run exported =
        cli({"audit", "export", "--store", m_store, "--out", bundle}, "auditeur-interne.p12");
    QVERIFY(replaceReceipt(original));
    QVERIFY2(exported.code == 0, exported.err.constData());
    const Run broken = cli({"audit", "verify-bundle", bundle});
    QCOMPARE(broken.code, 4);
    QVERIFY2(broken.err.contains("is not a valid receipt from Jean-Baptiste Moreau: the receipt is signed by "
                                 "Claire Fontaine, not by Jean-Baptiste Moreau"),
             broken.err.constData());
    QCOMPARE(broken.err.count('\n'), 1);
}

// procedure close: the administrator's only, once, on a procedure that exists.
void TestStoreCli::procedureCloseRefused_data()
{
    QTest::addColumn<QString>("identity");
    QTest::addColumn<QString>("which"); // "open", "closed", "unknown"
    QTest::addColumn<int>("code");
    QTest::addColumn<QString>("message");
    QTest::newRow("the declarant") << "thomas-nguyen.p12"
                                   << "open" << 3 << "access denied";
    QTest::newRow("the auditor") << "auditeur-interne.p12"
                                 << "open" << 3 << "access denied";
    QTest::newRow("an authority") << "jean-baptiste-moreau.p12"
                                  << "open" << 3 << "access denied";
    QTest::newRow("unknown procedure") << "administrateur.p12"
                                       << "unknown" << 2 << "no procedure";
    QTest::newRow("already closed") << "administrateur.p12"
                                    << "closed" << 1 << "already closed";
    QTest::newRow("wrong passphrase") << "administrateur.p12"
                                      << "open" << 3 << "passphrase";
}

void TestStoreCli::procedureCloseRefused()
{
    PROBITAS_SKIP_WHEN_RUN_ELSEWHERE();
    QFETCH(QString, identity);
    QFETCH(QString, which);
    QFETCH(int, code);
    QFETCH(QString, message);
    const QString admin = "administrateur.p12";
    const QStringList record{"procedure",       "record", "--store", m_store, "--declarant",
                             "Claire Fontaine", "--kind", "penale",  "--hold"};
    const Run opened = cli(record, admin);
    QCOMPARE(opened.code, 0);
    const QString open = QString::fromUtf8(opened.out.trimmed());
    const Run second = cli(record, admin);
    const QString closed = QString::fromUtf8(second.out.trimmed());
    QCOMPARE(cli({"procedure", "close", "--store", m_store, closed}, admin).code, 0);
    const QString target = which == "open" ? open : which == "closed" ? closed : QString("no-such-procedure");

    const Run refused = cli({"procedure", "close", "--store", m_store, target}, identity,
                            QString(QTest::currentDataTag()) == "wrong passphrase" ? "not it 0123" : "");
    QCOMPARE(refused.code, code);
    QVERIFY2(refused.err.contains(message.toUtf8()), refused.err.constData());
    QCOMPARE(refused.err.count('\n'), 1);
    // The open one stays open.
    const Run list = cli({"procedure", "list", "--store", m_store, "--open", "--json"}, admin);
    QCOMPARE(list.code, 0);
    QStringList openIds;
    for (const QJsonValue& value : QJsonDocument::fromJson(list.out).array()) {
        openIds << value["id"].toString();
    }
    QVERIFY(openIds.contains(open));
    QVERIFY(!openIds.contains(closed));
    QVERIFY(cli({"procedure", "close", "--store", m_store, open}, admin).code ==
            0); // tidy up for the next row
}

// Two legal holds on the substitut, who left office long ago: the purge keeps his DI while either is open;
// closing the last lets it go. The closings are audited, and listed.
void TestStoreCli::procedureCloseLiftsTheHold()
{
    const QString admin = "administrateur.p12";
    const QString substitutDi = id("thomas-nguyen.p12", "interets");
    QVERIFY(!substitutDi.isEmpty());
    {
        // Thomas left office in 2015: he asks for the cessation, the administrator grants it.
        const Run shown = cli({"posting", "show", "--store", m_store, "--json"}, "thomas-nguyen.p12");
        QCOMPARE(shown.code, 0);
        QJsonObject posting = QJsonDocument::fromJson(shown.out).object()["posting"].toObject();
        QVERIFY(!posting.isEmpty());
        posting["ceased_on"] = "2015-01-31";
        const Run asked = cli({"posting", "request", "--store", m_store, "--profile",
                               writeFile("thomas-ceased.json", QJsonDocument(posting).toJson())},
                              "thomas-nguyen.p12");
        QVERIFY2(asked.code == 0, asked.err.constData());
        const Run granted =
            cli({"posting", "grant", "--store", m_store, QString::fromUtf8(asked.out.trimmed())}, admin);
        QVERIFY2(granted.code == 0, granted.err.constData());
    }
    const auto record = [&](const char* kind) {
        const Run run = cli({"procedure", "record", "--store", m_store, "--declarant", "Thomas Nguyen",
                             "--kind", kind, "--hold"},
                            admin);
        return run.code == 0 ? QString::fromUtf8(run.out.trimmed()) : QString();
    };
    const QString criminal = record("penale");
    const QString disciplinary = record("disciplinaire");
    QVERIFY(!criminal.isEmpty() && !disciplinary.isEmpty());

    const Run held = cli({"purge", "--store", m_store}, admin);
    QCOMPARE(held.code, 0);
    QVERIFY2(held.out.contains("kept under legal hold " + substitutDi.toUtf8()), held.out.constData());
    QVERIFY(!held.out.contains("destroyed " + substitutDi.toUtf8()));

    const Run first = cli({"procedure", "close", "--store", m_store, criminal}, admin);
    QCOMPARE(first.code, 0);
    QVERIFY2(first.out.contains("closed procedure " + criminal.toUtf8()), first.out.constData());
    QVERIFY2(first.out.contains("1 other hold"), first.out.constData());
    QJsonObject entry = lastAuditEntry();
    QCOMPARE(entry["action"].toString(), QString("procedure-close"));
    QCOMPARE(entry["details"].toObject()["procedure"].toString(), criminal);
    QCOMPARE(entry["details"].toObject()["legal-holds-left"].toInt(), 1);
    QCOMPARE(entry["actor_name"].toString(), QString("Administrateur"));
    const Run stillHeld = cli({"purge", "--store", m_store, "--dry-run"}, admin);
    QVERIFY2(stillHeld.out.contains("kept under legal hold " + substitutDi.toUtf8()),
             stillHeld.out.constData());

    const Run last = cli({"procedure", "close", "--store", m_store, disciplinary}, admin);
    QCOMPARE(last.code, 0);
    QVERIFY2(last.out.contains("retention applies again"), last.out.constData());
    QCOMPARE(lastAuditEntry()["details"].toObject()["legal-holds-left"].toInt(), 0);

    // The list, for the administrator and the auditor, never a magistrate.
    const Run list = cli({"procedure", "list", "--store", m_store, "--json"}, "auditeur-interne.p12");
    QCOMPARE(list.code, 0);
    int closedHolds = 0;
    for (const QJsonValue& value : QJsonDocument::fromJson(list.out).array()) {
        if (value["id"].toString() == criminal || value["id"].toString() == disciplinary) {
            QCOMPARE(value["declarant"].toString(), QString("Thomas Nguyen"));
            QVERIFY(value["legal_hold"].toBool());
            QVERIFY(!value["closed_at"].toString().isEmpty());
            ++closedHolds;
        }
    }
    QCOMPARE(closedHolds, 2);
    QCOMPARE(cli({"procedure", "list", "--store", m_store}, "thomas-nguyen.p12").code, 3);
    const Run text = cli({"procedure", "list", "--store", m_store}, admin);
    QVERIFY(text.out.contains(criminal.toUtf8() + "  Thomas Nguyen  penale"));

    const Run purged = cli({"purge", "--store", m_store}, admin);
    QCOMPARE(purged.code, 0);
    QVERIFY2(purged.out.contains("destroyed " + substitutDi.toUtf8()), purged.out.constData());
    QCOMPARE(cli({"open", "--store", m_store, substitutDi}, "thomas-nguyen.p12").code, 3);
    QCOMPARE(cli({"audit", "verify", "--store", m_store}).code, 0);
    // Usage: no subcommand, an unknown one, no id.
    QCOMPARE(cli({"procedure"}).code, 2);
    QCOMPARE(cli({"procedure", "reopen", "--store", m_store, criminal}, admin).code, 2);
    QCOMPARE(cli({"procedure", "close", "--store", m_store}, admin).code, 2);
}

void TestStoreCli::directoryStatements()
{
    // Two copies of the demo store: one attacked by hand, one changed by its administrator.
    const QString attacked = m_dir.filePath("attacked.sqlite");
    const QString managed = m_dir.filePath("managed.sqlite");
    for (const QString& copy : {attacked, managed}) {
        for (const QString& suffix : {QString(), QString("-wal"), QString("-shm")}) {
            QFile::remove(copy + suffix);
            if (QFile::exists(m_store + suffix)) {
                QVERIFY(QFile::copy(m_store + suffix, copy + suffix));
            }
        }
    }
    {
        // Thomas swaps the président's certificate for his own (and his for the président's).
        QSqlDatabase db = QSqlDatabase::addDatabase("QSQLITE", "attack");
        db.setDatabaseName(attacked);
        QVERIFY(db.open());
        QSqlQuery query(db);
        QVERIFY(query.exec(
            "UPDATE people SET fingerprint = 'swap', certificate = (SELECT certificate FROM people "
            "WHERE authority_id = 'tj-nanterre:president') WHERE name = 'Thomas Nguyen'"));
        QVERIFY(
            query.exec("UPDATE people SET (fingerprint, certificate) = (SELECT fingerprint, certificate FROM "
                       "certificates WHERE person_id = (SELECT id FROM people WHERE name = 'Thomas Nguyen')) "
                       "WHERE authority_id = 'tj-nanterre:president'"));
        query.finish();
        db.close();
    }
    QSqlDatabase::removeDatabase("attack");
    const QString di = writeFile("di-refile.json", jugesDi());
    const Run filed = cli({"file", "--store", attacked, di}, "helene-durand-lefevre.p12");
    QCOMPARE(filed.code, 4);
    QVERIFY2(filed.err.contains("Jean-Baptiste Moreau"), filed.err.constData());
    QCOMPARE(cli({"audit", "verify", "--store", attacked}).code, 4);

    // The administrator renews Thomas's certificate, then removes him.
    qputenv("PROBITAS_CA_PASSPHRASE", m_passphrases.value("ca-probitas-demo.p12").toUtf8());
    qputenv("PROBITAS_PASSPHRASE", "a new passphrase for Thomas");
    const QString renewedP12 = m_dir.filePath("thomas-2028.p12");
    const Run issued = cli({"identity", "create", "--ca", m_dir.filePath("demo/ca-probitas-demo.p12"),
                            "--name", "Thomas Nguyen", "--out", renewedP12});
    QVERIFY2(issued.code == 0, issued.err.constData());
    const QString renewedPem = m_dir.filePath("thomas-2028.pem");
    QCOMPARE(cli({"identity", "export-cert", renewedP12, "--out", renewedPem}).code, 0);
    qunsetenv("PROBITAS_CA_PASSPHRASE");
    qunsetenv("PROBITAS_PASSPHRASE");
    // Only the administrator renews.
    QCOMPARE(
        cli({"people", "renew", "--store", managed, "--name", "Thomas Nguyen", "--certificate", renewedPem},
            "thomas-nguyen.p12")
            .code,
        3);
    const Run renewed =
        cli({"people", "renew", "--store", managed, "--name", "Thomas Nguyen", "--certificate", renewedPem},
            "administrateur.p12");
    QVERIFY2(renewed.code == 0, renewed.err.constData());
    QCOMPARE(cli({"list", "--store", managed}, "thomas-nguyen.p12").code, 3); // the replaced certificate
    const Run removed =
        cli({"people", "remove", "--store", managed, "--name", "Thomas Nguyen"}, "administrateur.p12");
    QVERIFY2(removed.code == 0, removed.err.constData());
    QCOMPARE(
        cli({"people", "remove", "--store", managed, "--name", "Thomas Nguyen"}, "administrateur.p12").code,
        1);
    const Run verified = cli({"audit", "verify", "--store", managed, "--full"});
    QVERIFY2(verified.code == 0, verified.err.constData());
    const Run log = cli({"audit", "log", "--store", managed, "--json"}, "administrateur.p12");
    const QJsonArray entries = QJsonDocument::fromJson(log.out).array();
    QCOMPARE(entries.at(entries.size() - 2).toObject()["action"].toString(), QString("directory-renew"));
    QCOMPARE(entries.last().toObject()["action"].toString(), QString("directory-remove"));
}

// A checkpoint of the head, signed by the auditor or the administrator only (anyone else exit 3, audited);
// `audit verify --anchor` takes the file, checks its signature (and with --ca its signer) and that the trail
// still holds it.
void TestStoreCli::auditCheckpoint()
{
    const QString store = copyStore("checkpoint.sqlite");
    const QString file = m_dir.filePath("checkpoint.json");
    const Run made = cli({"audit", "checkpoint", "--store", store, "--out", file}, "auditeur-interne.p12");
    QVERIFY2(made.code == 0, made.err.constData());
    QVERIFY2(made.out.contains("head: "), made.out.constData());
    const QJsonObject checkpoint = QJsonDocument::fromJson(readFile(file)).object();
    QCOMPARE(checkpoint["type"].toString(), QString("probitas-audit-checkpoint"));
    QCOMPARE(checkpoint["signer"].toString(), QString("Auditeur interne"));
    QVERIFY(checkpoint.contains("store")); // the placeholder for the store's id
    QVERIFY2(made.out.contains(checkpoint["head"].toString().toUtf8()), made.out.constData());

    const QString ca = exportCertificate("ca-probitas-demo.p12", "ca-for-checkpoint.pem");
    Run verified = cli({"audit", "verify", "--store", store, "--anchor", file, "--ca", ca});
    QVERIFY2(verified.code == 0, verified.err.constData());
    QVERIFY2(verified.out.contains("still in the audit trail"), verified.out.constData());
    QCOMPARE(cli({"audit", "verify", "--store", store, "--anchor", file, "--full"}).code, 0);
    QCOMPARE(cli({"audit", "verify", "--store", store, "--anchor", checkpoint["head"].toString()}).code, 0);
    QCOMPARE(cli({"audit", "checkpoint", "--store", store, "--out", file}, "administrateur.p12").code, 2);
    QCOMPARE(
        cli({"audit", "checkpoint", "--store", store, "--out", file, "--force"}, "administrateur.p12").code,
        0);
    // Nobody else; the refusal is in the trail.
    const QString refused = m_dir.filePath("refused.json");
    QCOMPARE(cli({"audit", "checkpoint", "--store", store, "--out", refused}, "thomas-nguyen.p12").code, 3);
    QVERIFY(!QFile::exists(refused));
    const Run log = cli({"audit", "log", "--store", store, "--json"}, "auditeur-interne.p12");
    const QJsonObject last = QJsonDocument::fromJson(log.out).array().last().toObject();
    QCOMPARE(last["action"].toString(), QString("denied"));
    QCOMPARE(last["details"].toObject()["action"].toString(), QString("checkpoint"));

    // Against another CA; edited by hand; not a checkpoint at all; --ca without a checkpoint file.
    const QString current = m_dir.filePath("current.json");
    QVERIFY(QFile::copy(file, current));
    QCOMPARE(cli({"audit", "verify", "--store", store, "--anchor", current, "--ca",
                  m_dir.filePath("other-ca.pem")})
                 .code,
             4);
    QJsonObject edited = QJsonDocument::fromJson(readFile(current)).object();
    edited["signer"] = "Quelqu'un d'autre";
    const QString forged = writeFile("forged-checkpoint.json", QJsonDocument(edited).toJson());
    const Run bad = cli({"audit", "verify", "--store", store, "--anchor", forged});
    QCOMPARE(bad.code, 4);
    QVERIFY2(bad.err.contains("signature"), bad.err.constData());
    QCOMPARE(cli({"audit", "verify", "--store", store, "--anchor", writeFile("junk.json", "{}")}).code, 2);
    QCOMPARE(cli({"audit", "verify", "--store", store, "--ca", ca}).code, 2);

    // The trail cut back to before the checkpoint: whole in itself, not with the checkpoint as anchor.
    const qint64 sequence = QJsonDocument::fromJson(readFile(current))
                                .object()["head"]
                                .toString()
                                .section(':', 0, 0)
                                .toLongLong();
    QVERIFY(tamper(store, {QString("DELETE FROM audit WHERE sequence >= %1").arg(sequence)}));
    // The chain left is whole in itself: only what was seen of it before shows the cut, on this computer
    // (which remembers the head it saw) and, for anyone, with the checkpoint.
    const Run remembered = cli({"audit", "verify", "--store", store});
    QCOMPARE(remembered.code, 4);
    QVERIFY2(remembered.err.contains("this computer saw"), remembered.err.constData());
    const Run cut = cli({"audit", "verify", "--store", store, "--anchor", current});
    QCOMPARE(cut.code, 4);
    QVERIFY2(cut.err.contains("removed"), cut.err.constData());
}

// After the chain verified whole, `audit verify` does not read it again to check that it extends what this
// computer saw: it reads the entry seen then, and the entries from the verified head on. A head seen before
// that the trail does not hold (the file edited here, as if this computer had seen another trail) is still
// exit 4; a computer that saw nothing remembers the verified head.
void TestStoreCli::auditVerifyComparesTheHeadSeenBefore()
{
    const QString store = copyStore("seen-before.sqlite");
    const QString heads =
        m_dir.filePath("computers/seen-before.sqlite/Probitas/probitas-cli/known-heads.json");
    const auto remembered = [&heads]() -> std::pair<QString, QJsonObject> {
        const QJsonObject all = QJsonDocument::fromJson(readFile(heads)).object();
        return all.size() == 1 ? std::pair{all.keys().front(), all.begin()->toObject()}
                               : std::pair{QString(), QJsonObject()};
    };
    const auto printedHead = [](const QByteArray& out) {
        return QString::fromUtf8(out).section(QStringLiteral("head: "), 1).section(QLatin1Char('\n'), 0, 0);
    };
    QVERIFY(!QFile::exists(heads));
    Run first = cli({"audit", "verify", "--store", store});
    QVERIFY2(first.code == 0, first.err.constData());
    const auto [storeId, seen] = remembered();
    QVERIFY(!storeId.isEmpty());
    const QJsonObject seenHead = seen["head"].toObject();
    QCOMPARE(QStringLiteral("%1:%2").arg(seenHead["sequence"].toInteger()).arg(seenHead["hash"].toString()),
             printedHead(first.out));

    // The trail grows (a checkpoint is an entry): the head seen before is now below the verified one.
    QCOMPARE(cli({"audit", "checkpoint", "--store", store, "--out", m_dir.filePath("seen-before.json")},
                 "auditeur-interne.p12")
                 .code,
             0);
    QJsonObject other = seen;
    QJsonObject otherHead = seenHead;
    otherHead["hash"] = QString(64, QLatin1Char('a'));
    other["head"] = otherHead;
    const QByteArray honest = readFile(heads);
    writeFile(QStringLiteral("computers/seen-before.sqlite/Probitas/probitas-cli/known-heads.json"),
              QJsonDocument(QJsonObject{{storeId, other}}).toJson());
    const Run rewritten = cli({"audit", "verify", "--store", store});
    QCOMPARE(rewritten.code, 4);
    QVERIFY2(rewritten.err.contains("is not the one this computer saw"), rewritten.err.constData());

    // The head this computer really saw: whole, and the newer head remembered.
    writeFile(QStringLiteral("computers/seen-before.sqlite/Probitas/probitas-cli/known-heads.json"), honest);
    const Run grown = cli({"audit", "verify", "--store", store});
    QVERIFY2(grown.code == 0, grown.err.constData());
    const QJsonObject now = remembered().second["head"].toObject();
    QVERIFY(now["sequence"].toInteger() > seenHead["sequence"].toInteger());
    QCOMPARE(QStringLiteral("%1:%2").arg(now["sequence"].toInteger()).arg(now["hash"].toString()),
             printedHead(grown.out));
}

void TestStoreCli::unknownStatusExits4_data()
{
    QTest::addColumn<QString>("statement");
    QTest::addColumn<QStringList>("command");
    QTest::addColumn<QString>("identity");
    QTest::newRow("declaration, list")
        << "UPDATE declarations SET status = 'bogus'" << QStringList{"list"} << "helene-durand-lefevre.p12";
    QTest::newRow("declaration, list --json") << "UPDATE declarations SET status = 'bogus'"
                                              << QStringList{"list", "--json"} << "auditeur-interne.p12";
    QTest::newRow("declaration, audit verify")
        << "UPDATE declarations SET status = 'bogus'" << QStringList{"audit", "verify"} << QString();
    QTest::newRow("entretien, entretien list")
        << "UPDATE entretiens SET status = 'bogus'" << QStringList{"entretien", "list"}
        << "helene-durand-lefevre.p12";
    QTest::newRow("invitation, entretien list --json")
        << "UPDATE entretiens SET invitation = 'bogus'" << QStringList{"entretien", "list", "--json"}
        << "jean-baptiste-moreau.p12";
    QTest::newRow("avis, avis list") << "UPDATE avis_requests SET status = 'bogus'"
                                     << QStringList{"avis", "list"} << "jean-baptiste-moreau.p12";
}

// A status no Probitas writes, set by hand in a copy of the store: the commands that read it exit 4 with one
// line naming the value, and print no row as if it had some other status.
void TestStoreCli::unknownStatusExits4()
{
    QFETCH(QString, statement);
    QFETCH(QStringList, command);
    QFETCH(QString, identity);
    const QString store = copyStore("unknown-status.sqlite");
    QVERIFY(tamper(store, {statement}));
    const Run run = cli(command + QStringList{"--store", store}, identity);
    QCOMPARE(run.code, 4);
    QVERIFY2(run.err.contains("bogus"), run.err.constData()); // quoted as the locale quotes
    QCOMPARE(run.err.count('\n'), 1);
    QVERIFY2(run.out.isEmpty(), run.out.constData());
}

// The attack of issue 12: the newest three entries removed, a refusal and a filing among them. The chain
// that is left is whole; the tables are not: exit 4, with and without --full, naming the declaration.
void TestStoreCli::auditVerifyCrossChecksTheTables()
{
    const QString store = copyStore("truncated.sqlite");
    const QString di = id("helene-durand-lefevre.p12", "interets");
    QCOMPARE(cli({"open", "--store", store, di}, "thomas-nguyen.p12").code, 3); // denied
    const Run filed = cli({"file", "--store", store, jugesDiFile()}, "helene-durand-lefevre.p12");
    QCOMPARE(filed.code, 0);
    const QString filedId = QString::fromUtf8(filed.out.trimmed());
    QCOMPARE(cli({"open", "--store", store, filedId}, "helene-durand-lefevre.p12").code, 0);
    QCOMPARE(cli({"audit", "verify", "--store", store, "--full"}).code, 0);
    QVERIFY(tamper(store, {"DELETE FROM audit WHERE sequence > (SELECT MAX(sequence) - 3 FROM audit)"}));
    for (const QStringList& extra : {QStringList(), QStringList{"--full"}}) {
        const Run verify = cli(QStringList{"audit", "verify", "--store", store} + extra);
        QCOMPARE(verify.code, 4);
        QVERIFY2(verify.err.contains(filedId.toUtf8()), verify.err.constData());
        QCOMPARE(verify.err.count('\n'), 1);
    }

    // A late filing backdated in the table: its signed "file" entry says otherwise.
    const QString backdated = copyStore("backdated.sqlite");
    QVERIFY(tamper(backdated,
                   {QString("UPDATE declarations SET filed_at = '2026-01-02T09:00:00.000Z' WHERE id = '%1'")
                        .arg(id("helene-durand-lefevre.p12", "interets"))}));
    const Run verify = cli({"audit", "verify", "--store", backdated});
    QCOMPARE(verify.code, 4);
    QVERIFY2(verify.err.contains("filed at 2026-01-02"), verify.err.constData());
}

// The store's regime: read by everyone in the directory, changed only by an administrator's signed
// statement; the regime chosen at init is the first administrator's signature, never a proposal left
// unsigned.
void TestStoreCli::regimeCommands()
{
    const QString store = copyStore("regime.sqlite");
    const QString juge = "helene-durand-lefevre.p12";
    const QString admin = "administrateur.p12";
    const Run shown = cli({"regime", "--store", store, "--json"}, juge);
    QVERIFY2(shown.code == 0, shown.err.constData());
    const QJsonObject demo = QJsonDocument::fromJson(shown.out).object();
    QCOMPARE(demo["regime"].toString(), QString("lo-2016"));
    QCOMPARE(demo["statement"].toInt(), 1); // the demo's anchor statement states it
    QCOMPARE(demo["stated_by"].toString(), QString("Administrateur"));

    QCOMPARE(cli({"regime", "--store", store, "--set", "lo-2023"}, juge).code, 3);
    QCOMPARE(cli({"regime", "--store", store, "--set", "lo-2023"}, "jean-baptiste-moreau.p12").code, 3);
    const Run unknown = cli({"regime", "--store", store, "--set", "lo-2099"}, admin);
    QCOMPARE(unknown.code, 2);
    QVERIFY2(unknown.err.contains("lo-2023"), unknown.err.constData());
    QCOMPARE(cli({"regime", "--store", store, "--set", "lo-2016"}, admin).code, 1); // already
    const Run changed = cli({"regime", "--store", store, "--set", "lo-2023"}, admin);
    QVERIFY2(changed.code == 0, changed.err.constData());
    QVERIFY2(changed.out.contains("regime: lo-2023 (Loi organique n° 2023-1058"), changed.out.constData());
    QVERIFY2(changed.out.contains("stated by Administrateur"), changed.out.constData());
    const Run read = cli({"regime", "--store", store}, juge);
    QCOMPARE(read.code, 0);
    QVERIFY2(read.out.startsWith("regime: lo-2023"), read.out.constData());
    QCOMPARE(cli({"audit", "verify", "--store", store}).code, 0);

    // Someone with write access puts lo-2016 back by hand: the statement no longer verifies.
    QVERIFY(tamper(store, {"UPDATE audit SET details = REPLACE(details, '\"regime\":\"lo-2023\"', "
                           "'\"regime\":\"lo-2016\"') WHERE action = 'directory-anchor'"}));
    const Run tampered = cli({"regime", "--store", store}, juge);
    QCOMPARE(tampered.code, 4);
    QVERIFY2(tampered.out.isEmpty(), tampered.out.constData());
    QCOMPARE(cli({"audit", "verify", "--store", store}).code, 4);

    // A new store: its regime is its first administrator's to sign, at init, or the default.
    const QString fresh = m_dir.filePath("regime-new.sqlite");
    const Run unsigned_ = cli({"init", "--store", fresh, "--regime", "lo-2023"});
    QCOMPARE(unsigned_.code, 2);
    QVERIFY2(unsigned_.err.contains("first administrator"), unsigned_.err.constData());
    const Run anchored =
        cli({"init", "--store", fresh, "--regime", "lo-2023", "--name", "Administrateur"}, admin);
    QVERIFY2(anchored.code == 0, anchored.err.constData());
    QVERIFY2(anchored.out.contains("regime: lo-2023"), anchored.out.constData());
    QVERIFY(cli({"regime", "--store", fresh}, admin).out.startsWith("regime: lo-2023"));
    const Run again =
        cli({"init", "--store", fresh, "--regime", "lo-2016", "--name", "Administrateur"}, admin);
    QCOMPARE(again.code, 1);
    QVERIFY2(again.err.contains("regime --set"), again.err.constData());
    QCOMPARE(cli({"init", "--store", fresh, "--regime", "lo-2099", "--name", "X"}, juge).code, 3);
    const QString unknownNew = m_dir.filePath("regime-unknown.sqlite");
    QCOMPARE(
        cli({"init", "--store", unknownNew, "--regime", "lo-2099", "--name", "Administrateur"}, admin).code,
        2);
    // The demo organisation keeps lo-2016.
    const Run demoRegime = cli({"init", "--store", m_dir.filePath("regime-demo.sqlite"), "--demo",
                                m_dir.filePath("regime-demo"), "--regime", "lo-2023"});
    QCOMPARE(demoRegime.code, 2);
    QVERIFY2(demoRegime.err.contains("lo-2016"), demoRegime.err.constData());
    QVERIFY(!QFileInfo::exists(m_dir.filePath("regime-demo.sqlite")));
}

// A store on read-only media (an archive disk, a write-protected mount): listed and verified as it is,
// read-only; an opening, which its trail must record, is refused in one line (exit 5). The mount is made in
// a mount namespace of its own (unshare), so nothing outlives the test.
void TestStoreCli::readOnlyStoreListsAndVerifies()
{
    PROBITAS_SKIP_WHEN_RUN_ELSEWHERE();
    const QString unshare = QStandardPaths::findExecutable("unshare");
    if (unshare.isEmpty() || QProcess::execute(unshare, {::getuid() == 0 ? "-m" : "-rm", "true"}) != 0) {
        QSKIP("no mount namespace here (unshare): a read-only mount cannot be made");
    }
    const QString di = id("helene-durand-lefevre.p12", "interets");
    QVERIFY(!di.isEmpty());
    const QString source = copyStore("read-only.sqlite");
    const QString mount = m_dir.filePath("read-only-media");
    QVERIFY(QDir().mkpath(mount));
    const QString store = mount + "/store.sqlite";
    // probitas-cli runs inside the namespace, where the copy sits on a tmpfs remounted read-only.
    const auto onReadOnlyMedia = [&](const QStringList& arguments, const QString& identity) {
        QProcess process;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert("PROBITAS_PASSPHRASE", m_passphrases.value(identity));
        environment.insert("XDG_DATA_HOME", m_dir.filePath("computers/read-only"));
        process.setProcessEnvironment(environment);
        process.start(unshare,
                      QStringList{::getuid() == 0 ? "-m" : "-rm", "sh", "-c",
                                  "mount -t tmpfs -o size=64m tmpfs \"$1\" && cp \"$2\" \"$1/store.sqlite\" "
                                  "&& mount -o remount,ro \"$1\" && shift 2 && exec \"$@\"",
                                  "sh", mount, source, PROBITAS_CLI_PATH}
                          << arguments
                          << (identity.isEmpty()
                                  ? QStringList()
                                  : QStringList{"--identity", m_dir.filePath("demo/" + identity)}));
        process.waitForFinished(60000);
        return Run{process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
                   process.readAllStandardOutput(), process.readAllStandardError()};
    };
    const Run writable = cli({"list", "--store", source, "--json"}, "helene-durand-lefevre.p12");
    QCOMPARE(writable.code, 0);
    const Run listed = onReadOnlyMedia({"list", "--store", store, "--json"}, "helene-durand-lefevre.p12");
    QVERIFY2(listed.code == 0, listed.err.constData());
    QCOMPARE(QJsonDocument::fromJson(listed.out), QJsonDocument::fromJson(writable.out));
    const Run verified = onReadOnlyMedia({"audit", "verify", "--store", store, "--full"}, QString());
    QVERIFY2(verified.code == 0, verified.err.constData());
    QVERIFY2(verified.out.contains("audit trail whole"), verified.out.constData());
    const Run opened = onReadOnlyMedia({"open", "--store", store, di}, "helene-durand-lefevre.p12");
    QCOMPARE(opened.code, 5);
    QVERIFY(opened.out.isEmpty()); // no plaintext without its audit entry
    QCOMPARE(opened.err.count('\n'), 1);
    QVERIFY2(opened.err.contains("the store is read-only"), opened.err.constData());
}

// ---- Killed anywhere (issue 16): each command that writes to the store is run once to count its writes
// to files, then killed (SIGKILL, tests/fault/FaultShim.cpp) just before its first write, its last, and
// writes spread between. After each kill the store is whole: SQLite's integrity check and `audit verify
// --full`, whose cross-check finds an object without its audit entry or an entry without its object.
void TestStoreCli::killedAtEveryWrite_data()
{
    addStoreWritingRows();
    QTest::newRow("people add") << QStringList{"people",        "add",     "--store",
                                               "{store}",       "--name",  "Nouvelle Greffière",
                                               "--role",        "auditor", "--certificate",
                                               "{newcomer.pem}"}
                                << "administrateur.p12";
    QTest::newRow("avis request") << QStringList{"avis",    "request", "--store",
                                                 "{store}", "{di}",    "{question.txt}"}
                                  << "jean-baptiste-moreau.p12";
    QTest::newRow("export") << QStringList{"export", "{di}", "--store", "{store}", "--out", "{out}"}
                            << "helene-durand-lefevre.p12";
    // These act on what an earlier command made (prepareToKill).
    QTest::newRow("entretien record")
        << QStringList{"entretien", "record", "--store", "{store}", "{prepared}", "{prepared-file}"}
        << "claire-fontaine.p12";
    QTest::newRow("entretien acknowledge")
        << QStringList{"entretien", "acknowledge", "--store", "{store}", "{prepared}"} << "thomas-nguyen.p12";
    QTest::newRow("avis record") << QStringList{"avis",    "record",     "--store",
                                                "{store}", "{prepared}", "{prepared-file}"}
                                 << "college-de-deontologie-des-magistrats.p12";
    QTest::newRow("procedure close") << QStringList{"procedure", "close", "--store", "{store}", "{prepared}"}
                                     << "administrateur.p12";
    QTest::newRow("purge") << QStringList{"purge", "--store", "{store}"} << "administrateur.p12";
}

bool TestStoreCli::prepareToKill(const QString& command, QString& base, QMap<QString, QString>& prepared)
{
    base = m_store;
    prepared.clear();
    const QStringList preparedCommands{"entretien record", "entretien acknowledge", "avis record",
                                       "procedure close", "purge"};
    if (!preparedCommands.contains(command)) {
        return true;
    }
    base = copyStore(QString("kill-base-%1.sqlite").arg(preparedCommands.indexOf(command)));
    const auto step = [&](QStringList arguments, const QString& identity) {
        arguments.replaceInStrings("{base}", base);
        const Run run = cli(arguments, identity);
        if (run.code != 0) {
            qWarning("%s: %s", qPrintable(arguments.mid(0, 2).join(' ')), run.err.constData());
        }
        return run.code == 0 ? QString::fromUtf8(run.out.trimmed()) : QString();
    };
    const QString admin = "administrateur.p12";
    if (command.startsWith("entretien")) {
        // The procureur convokes the substitut about his DI; killed while she records the fiche, or while
        // he acknowledges it.
        const QString di = id("thomas-nguyen.p12", "interets");
        const QString entretien = step({"entretien", "schedule", "--store", "{base}", di, "--at",
                                        "2026-03-10T14:30", "--place", "Parquet de Nanterre"},
                                       "claire-fontaine.p12");
        QJsonObject fiche =
            QJsonDocument::fromJson(readFile(QString(PROBITAS_TEST_DATA) + "/fiche-navette-valid.json"))
                .object();
        fiche["declaration"] = di;
        fiche["authority"] = "tj-nanterre:procureur";
        prepared = {{"{prepared}", entretien},
                    {"{prepared-file}", writeFile("kill-fiche.json", QJsonDocument(fiche).toJson())}};
        if (command == "entretien acknowledge" && !entretien.isEmpty() &&
            cli({"entretien", "record", "--store", base, entretien, prepared.value("{prepared-file}")},
                "claire-fontaine.p12")
                    .code != 0) {
            return false;
        }
        return !di.isEmpty() && !entretien.isEmpty();
    }
    if (command == "avis record") {
        // The président asks about the juge's DI; killed while the collège records its avis.
        const QString di = id("helene-durand-lefevre.p12", "interets");
        const QString request = step({"avis", "request", "--store", "{base}", di,
                                      writeFile("kill-question.txt", "Le déport envisagé suffit-il ?\n")},
                                     "jean-baptiste-moreau.p12");
        prepared = {{"{prepared}", request},
                    {"{prepared-file}",
                     writeFile("kill-avis.json", QJsonDocument(collegesAvis(di, request)).toJson())}};
        return !di.isEmpty() && !request.isEmpty();
    }
    if (command == "procedure close") {
        const QString procedure = step({"procedure", "record", "--store", "{base}", "--declarant",
                                        "Thomas Nguyen", "--kind", "disciplinaire", "--hold"},
                                       admin);
        prepared = {{"{prepared}", procedure}};
        return !procedure.isEmpty();
    }
    // purge: the substitut left office in 2015, so his declarations' retention has run out.
    const Run shown = cli({"posting", "show", "--store", base, "--json"}, "thomas-nguyen.p12");
    QJsonObject posting = QJsonDocument::fromJson(shown.out).object()["posting"].toObject();
    posting["ceased_on"] = "2015-01-31";
    const QString asked = step({"posting", "request", "--store", "{base}", "--profile",
                                writeFile("kill-ceased.json", QJsonDocument(posting).toJson())},
                               "thomas-nguyen.p12");
    return !asked.isEmpty() && cli({"posting", "grant", "--store", base, asked}, admin).code == 0;
}

void TestStoreCli::killedAtEveryWrite()
{
    PROBITAS_SKIP_WHEN_RUN_ELSEWHERE();
    QFETCH(QStringList, arguments);
    QFETCH(QString, identity);
    if (m_placeholders.isEmpty()) {
        m_placeholders = placeholders();
    }
    QVERIFY(!m_placeholders.isEmpty());
    const QString newcomer = m_dir.filePath("newcomer.pem");
    if (arguments.contains("{newcomer.pem}") && !QFile::exists(newcomer)) {
        qputenv("PROBITAS_CA_PASSPHRASE", m_passphrases.value("ca-probitas-demo.p12").toUtf8());
        qputenv("PROBITAS_PASSPHRASE", "a passphrase for the new greffière");
        const QString p12 = m_dir.filePath("newcomer.p12");
        const Run issued = cli({"identity", "create", "--ca", m_dir.filePath("demo/ca-probitas-demo.p12"),
                                "--name", "Nouvelle Greffière", "--out", p12});
        const Run exported = cli({"identity", "export-cert", p12, "--out", newcomer});
        qunsetenv("PROBITAS_CA_PASSPHRASE");
        qunsetenv("PROBITAS_PASSPHRASE");
        QVERIFY2(issued.code == 0 && exported.code == 0, (issued.err + exported.err).constData());
    }
    const QString jugesDi = jugesDiFile();
    QString base;
    QMap<QString, QString> prepared;
    QVERIFY(prepareToKill(QTest::currentDataTag(), base, prepared));
    QStringList command = this->resolved(arguments);
    for (auto value = prepared.cbegin(); value != prepared.cend(); ++value) {
        command.replaceInStrings(value.key(), value.value());
    }
    const QString counted = m_dir.filePath("writes-counted");
    const auto run = [&](const QMap<QString, QString>& faults) {
        const QString store = copyStore(QString("killed-%1.sqlite").arg(m_fullDiskRuns), base);
        QFile::remove(m_placeholders.value("{out}"));
        QStringList resolved = command;
        resolved.replaceInStrings(m_store, store);
        resolved.replaceInStrings("{newcomer.pem}", newcomer);
        resolved.replaceInStrings("{juges-di.json}", jugesDi);
        m_faults = faults;
        ++m_fullDiskRuns;
        const Run result = cli(resolved, identity);
        m_faults.clear();
        return std::pair{result, store};
    };
    const auto [control, controlStore] = run({{"PROBITAS_WRITE_COUNT_FILE", counted}});
    QVERIFY2(control.code == 0, control.err.constData());
    QFile count(counted);
    QVERIFY(count.open(QIODevice::ReadOnly));
    const long writes = count.readAll().trimmed().toLong();
    QVERIFY2(writes > 0, "the command wrote nothing to a file");
    const qint64 entriesBefore = auditEntries(base);
    const qint64 entriesAfter = auditEntries(controlStore);
    QVERIFY(entriesAfter > entriesBefore);
    QSet<long> moments{1, writes};
    for (long step = std::max(1L, writes / 6), at = 1; at < writes; at += step) {
        moments.insert(at);
    }
    QList<long> ordered(moments.cbegin(), moments.cend());
    std::sort(ordered.begin(), ordered.end());
    int killed = 0;
    for (const long at : ordered) {
        const auto [result, store] = run({{"PROBITAS_KILL_AT_WRITE", QString::number(at)}});
        const QString why = QString("killed before write %1 of %2: exit %3, %4")
                                .arg(at)
                                .arg(writes)
                                .arg(result.code)
                                .arg(result.err);
        QVERIFY2(result.code == -1 || result.code == 0, qPrintable(why));
        killed += result.code == -1 ? 1 : 0;
        QVERIFY2(storeIsWhole(store), qPrintable(why));
        // All of the command's work, or none of it; but two commands are several steps by design, each
        // whole with its entry, and the next run does what is left: an avis request makes the collège's
        // certified copy (a forward), then records the request; a purge destroys each declaration in turn.
        const qint64 entries = auditEntries(store);
        const bool resumable =
            (arguments.mid(0, 2) == QStringList{"avis", "request"} || arguments.first() == "purge") &&
            entries > entriesBefore && entries < entriesAfter;
        QVERIFY2(entries == entriesBefore || entries == entriesAfter || resumable, qPrintable(why));
        if (resumable) {
            const Run again = cli(QStringList(command).replaceInStrings(m_store, store), identity);
            QVERIFY2(again.code == 0, again.err.constData());
            QCOMPARE(auditEntries(store), entriesAfter);
            QVERIFY2(storeIsWhole(store), qPrintable(why));
        }
    }
    QVERIFY(killed > 0);
}

// ---- A full disk (issue 16): every write of the process fails with ENOSPC after a number of bytes, from
// none to more than the command needs (tests/fault/FaultShim.cpp, preloaded into probitas-cli).

bool TestStoreCli::storeIsWhole(const QString& store)
{
    const QMap<QString, QString> saved = std::exchange(m_faults, {});
    const Run verified = cli({"audit", "verify", "--store", store, "--full"});
    m_faults = saved;
    if (verified.code != 0) {
        qWarning("audit verify: %s", verified.err.constData());
        return false;
    }
    bool whole = false;
    {
        QSqlDatabase database = QSqlDatabase::addDatabase("QSQLITE", "integrity");
        database.setDatabaseName(store);
        database.setConnectOptions("QSQLITE_OPEN_READONLY");
        if (database.open()) {
            QSqlQuery query(database);
            whole = query.exec("PRAGMA integrity_check") && query.next() && query.value(0).toString() == "ok";
        }
    }
    QSqlDatabase::removeDatabase("integrity");
    return whole;
}

qint64 TestStoreCli::auditEntries(const QString& store)
{
    qint64 count = -1;
    {
        QSqlDatabase database = QSqlDatabase::addDatabase("QSQLITE", "counter");
        database.setDatabaseName(store);
        database.setConnectOptions("QSQLITE_OPEN_READONLY");
        if (database.open()) {
            QSqlQuery query(database);
            if (query.exec("SELECT count(*) FROM audit") && query.next()) {
                count = query.value(0).toLongLong();
            }
        }
    }
    QSqlDatabase::removeDatabase("counter");
    return count;
}

// Each command that writes a file: on a full disk it exits 5 with one line saying so, and leaves no file
// (nor a temporary one); with room enough, the whole file. Never a cut or empty file with exit 0.
void TestStoreCli::fullDiskLeavesNoFile_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("identity"); // its passphrase is given; --identity only with --store
    const QString hatvp = QStringLiteral(PROBITAS_SOURCE_DIR "/tests/declaration/fixtures/hatvp/di.xml");
    QTest::newRow("identity export-cert")
        << QStringList{"identity", "export-cert", "{demo}/helene-durand-lefevre.p12", "--out", "{out}"}
        << "helene-durand-lefevre.p12";
    QTest::newRow("hatvp import") << QStringList{"hatvp", "import", hatvp, "--out", "{out}"} << "";
    QTest::newRow("export") << QStringList{"export", "{di}", "--store", "{store}", "--out", "{out}"}
                            << "helene-durand-lefevre.p12";
    QTest::newRow("hatvp export") << QStringList{"hatvp",   "export", "{dsp}", "--store",
                                                 "{store}", "--out",  "{out}"}
                                  << "jean-baptiste-moreau.p12";
    QTest::newRow("audit stats") << QStringList{"audit", "stats", "--store", "{store}", "--out", "{out}"}
                                 << "auditeur-interne.p12";
    QTest::newRow("audit export") << QStringList{"audit", "export", "--store", "{store}", "--out", "{out}"}
                                  << "auditeur-interne.p12";
}

void TestStoreCli::fullDiskLeavesNoFile()
{
    PROBITAS_SKIP_WHEN_RUN_ELSEWHERE();
    QFETCH(QStringList, arguments);
    QFETCH(QString, identity);
    const QString di = id("helene-durand-lefevre.p12", "interets");
    const QString dsp = id("jean-baptiste-moreau.p12", "patrimoine");
    QVERIFY(!di.isEmpty() && !dsp.isEmpty());
    const QString folder =
        m_dir.filePath(QString("full-disk-%1").arg(QTest::currentDataTag()).replace(' ', '-'));
    QVERIFY(QDir().mkpath(folder));
    const bool onStore = arguments.contains("--store");
    const auto run = [&](const QString& budget, const QString& out) {
        const QString store = copyStore(QString("full-disk-%1.sqlite").arg(m_fullDiskRuns));
        QStringList resolved;
        for (QString argument : arguments) {
            resolved << argument.replace("{demo}", m_dir.filePath("demo"))
                            .replace("{out}", out)
                            .replace("{store}", store)
                            .replace("{di}", di)
                            .replace("{dsp}", dsp);
        }
        m_faults = budget.isEmpty() ? QMap<QString, QString>()
                                    : QMap<QString, QString>{{"PROBITAS_FULL_DISK_AFTER", budget}};
        ++m_fullDiskRuns;
        Run result = onStore ? cli(resolved, identity) : cli(resolved, QString(), QString()); // no --identity
        m_faults.clear();
        return std::pair{result, store};
    };
    if (!onStore && !identity.isEmpty()) {
        qputenv("PROBITAS_PASSPHRASE", m_passphrases.value(identity).toUtf8());
    }
    const QString wholeFile = folder + "/whole";
    const auto [control, controlStore] = run(QString(), wholeFile);
    QVERIFY2(control.code == 0, control.err.constData());
    const qint64 size = QFileInfo(wholeFile).size();
    QVERIFY(size > 0);
    for (const qint64 budget :
         {qint64(0), qint64(1), qint64(4096), size / 2, size - 1, 4 * size + (1 << 20)}) {
        if (!onStore && !identity.isEmpty()) {
            qputenv("PROBITAS_PASSPHRASE", m_passphrases.value(identity).toUtf8());
        }
        const QString out = folder + QString("/after-%1").arg(budget);
        const auto [result, store] = run(QString::number(budget), out);
        const QString why =
            QString("after %1 bytes: exit %2, %3").arg(budget).arg(result.code).arg(result.err);
        const QStringList left = QDir(folder).entryList({QFileInfo(out).fileName() + "*"},
                                                        QDir::Files | QDir::Dirs | QDir::NoDotAndDotDot);
        if (result.code == 0) {
            // Room enough: the whole file.
            QVERIFY2(budget > size, qPrintable(why));
            if (!QFileInfo(out).isDir()) { // audit export writes a folder
                QCOMPARE(QFileInfo(out).size(), size);
            }
            QCOMPARE(left, QStringList{QFileInfo(out).fileName()});
        } else {
            QVERIFY2(result.code == 5, qPrintable(why));
            QVERIFY2(result.err.count('\n') == 1, qPrintable(why));
            QVERIFY2(result.err.contains("No space left on device") || result.err.contains("disk is full") ||
                         result.err.contains("disk holding the store"),
                     qPrintable(why));
            QVERIFY2(left.isEmpty(), qPrintable(why + " left " + left.join(' ')));
            QVERIFY2(!result.out.contains(out.toUtf8()), qPrintable(why)); // says nothing was written
        }
        if (onStore) {
            QVERIFY2(storeIsWhole(store), qPrintable(why));
        }
    }
    qunsetenv("PROBITAS_PASSPHRASE");
}

// Each command that writes to the store: on a full disk at any of these moments it exits 0 or 5, and the
// store is whole after it: the object and its audit entry both there, or neither (audit verify --full
// cross-checks the tables against the trail).
// The store commands both campaigns run: columns arguments and identity, one row each.
void TestStoreCli::addStoreWritingRows()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("identity");
    QTest::newRow("file") << QStringList{"file", "--store", "{store}", "{juges-di.json}"}
                          << "helene-durand-lefevre.p12";
    QTest::newRow("forward") << QStringList{"forward", "--store",    "{store}",
                                            "{di}",    "--to",       "college-de-deontologie",
                                            "--basis", "art. 7-2 II"}
                             << "jean-baptiste-moreau.p12";
    QTest::newRow("acknowledge") << QStringList{"acknowledge", "--store", "{store}", "{dsp}"}
                                 << "haute-autorite-pour-la-transparence-de-la-vie-publique.p12";
    QTest::newRow("procedure record") << QStringList{"procedure", "record",        "--store",
                                                     "{store}",   "--declarant",   "Hélène Durand-Lefèvre",
                                                     "--kind",    "disciplinaire", "--hold"}
                                      << "administrateur.p12";
    QTest::newRow("entretien schedule")
        << QStringList{"entretien", "schedule",         "--store", "{store}", "{di}",
                       "--at",      "2026-09-01T10:00", "--place", "Cabinet"}
        << "jean-baptiste-moreau.p12";
}

void TestStoreCli::fullDiskKeepsTheStoreWhole_data()
{
    addStoreWritingRows();
}

void TestStoreCli::fullDiskKeepsTheStoreWhole()
{
    PROBITAS_SKIP_WHEN_RUN_ELSEWHERE();
    QFETCH(QStringList, arguments);
    QFETCH(QString, identity);
    QVERIFY(QFile::exists(m_dir.filePath("demo/" + identity)));
    if (m_placeholders.isEmpty()) {
        m_placeholders = placeholders();
    }
    QVERIFY(!m_placeholders.isEmpty());
    int failed = 0;
    int done = 0;
    for (const qint64 budget : {0, 1, 4096, 8192, 16384, 32768, 65536, 1 << 22}) {
        const QString store = copyStore(QString("full-disk-%1.sqlite").arg(m_fullDiskRuns));
        const qint64 before = auditEntries(store);
        QStringList resolved = this->resolved(arguments);
        resolved.replaceInStrings(m_store, store);
        resolved.replaceInStrings("{juges-di.json}", jugesDiFile());
        m_faults = {{"PROBITAS_FULL_DISK_AFTER", QString::number(budget)}};
        ++m_fullDiskRuns;
        const Run result = cli(resolved, identity);
        m_faults.clear();
        const QString why =
            QString("after %1 bytes: exit %2, %3").arg(budget).arg(result.code).arg(result.err);
        QVERIFY2(result.code == 0 || result.code == 5, qPrintable(why));
        QVERIFY2(storeIsWhole(store), qPrintable(why));
        if (result.code == 5) {
            ++failed;
            QVERIFY2(result.err.count('\n') == 1, qPrintable(why));
            QCOMPARE(auditEntries(store), before);
        } else {
            ++done;
            QVERIFY2(auditEntries(store) > before, qPrintable(why));
        }
    }
    // The campaign saw both: a disk too full, and one with room.
    QVERIFY(failed > 0);
    QVERIFY(done > 0);
}

void TestStoreCli::auditVerifyNamesTamperedEntry()
{
    QCOMPARE(cli({"audit", "verify", "--store", m_store}).code, 0);
    QCOMPARE(cli({"audit", "log", "--store", m_store, "--json"}, "auditeur-interne.p12").code, 0);
    const QString edited = copyStore("tampered-head.sqlite"); // whole, for the last attack below
    {
        QSqlDatabase db = QSqlDatabase::addDatabase("QSQLITE", "tamper");
        db.setDatabaseName(m_store);
        QVERIFY(db.open());
        QSqlQuery query(db);
        QVERIFY(query.exec("UPDATE audit SET at = '2020-01-01T00:00:00.000Z' WHERE sequence = 2"));
        db.close();
    }
    QSqlDatabase::removeDatabase("tamper");
    const Run verify = cli({"audit", "verify", "--store", m_store});
    QCOMPARE(verify.code, 4);
    QVERIFY2(verify.err.contains("entry 2"), verify.err.constData());

    // The newest entry edited, on a computer that never saw the store: a write refuses it in one line. What
    // the libraries log on the way stays in their categories, off on the command line unless asked for.
    QVERIFY(tamper(edited, {"UPDATE audit SET at = '2020-01-01T00:00:00.000Z' WHERE sequence = "
                            "(SELECT max(sequence) FROM audit)"}));
    const Run write = cli({"file", "--store", edited, jugesDiFile()}, "helene-durand-lefevre.p12");
    QVERIFY2(write.code == 4, write.err.constData());
    QVERIFY2(write.err.startsWith("probitas-cli: ") && write.err.count('\n') == 1, write.err.constData());
    qputenv("QT_LOGGING_RULES", "probitas.*=true");
    const Run logged = cli({"file", "--store", edited, jugesDiFile()}, "helene-durand-lefevre.p12");
    qunsetenv("QT_LOGGING_RULES");
    QCOMPARE(logged.code, 4);
    QVERIFY2(logged.err.contains("probitas.store: ") && logged.err.endsWith(write.err),
             logged.err.constData());
}

// Attack 1 of issue 12 from the command line, and the posting's commands: the declared situation routes
// nothing and destroys nothing; the magistrate asks, the administrator decides.
void TestStoreCli::postingCommands()
{
    const QString store = m_dir.filePath("posting.sqlite");
    for (const QString& suffix : {QString(), QString("-wal"), QString("-shm")}) {
        QFile::remove(store + suffix);
        if (QFile::exists(m_store + suffix)) {
            QVERIFY(QFile::copy(m_store + suffix, store + suffix));
        }
    }
    const QString helene = "helene-durand-lefevre.p12";
    const QString admin = "administrateur.p12";
    QJsonObject declaration = QJsonDocument::fromJson(jugesDi()).object();

    // She declares herself "chef": exit 1, naming the rank; nothing filed.
    const QByteArray headBefore = cli({"audit", "verify", "--store", store}).out;
    QJsonObject profile = declaration["profile"].toObject();
    profile["rank"] = "chef";
    declaration["profile"] = profile;
    const Run chef = cli(
        {"file", "--store", store, writeFile("di-chef.json", QJsonDocument(declaration).toJson())}, helene);
    QCOMPARE(chef.code, 1);
    QVERIFY2(chef.err.contains("official posting") && chef.err.contains("rank"), chef.err.constData());
    QCOMPARE(chef.err.count('\n'), 1);
    QCOMPARE(cli({"audit", "verify", "--store", store}).out, headBefore);
    // She declares a cessation in 2020: exit 1; the purge destroys nothing of hers.
    profile["rank"] = "magistrat";
    profile["ceased_on"] = "2020-01-01";
    declaration["profile"] = profile;
    const Run ceased = cli(
        {"file", "--store", store, writeFile("di-ceased.json", QJsonDocument(declaration).toJson())}, helene);
    QCOMPARE(ceased.code, 1);
    QVERIFY2(ceased.err.contains("ceased on"), ceased.err.constData());
    const Run purge = cli({"purge", "--store", store, "--dry-run"}, admin);
    QCOMPARE(purge.code, 0);
    QVERIFY2(!purge.out.contains("would destroy"), purge.out.constData());

    // She asks for the cessation instead; she and the administrator see the request, Thomas does not.
    const QString posting = writeFile("helene-ceased.json", QJsonDocument(profile).toJson());
    const Run asked = cli({"posting", "request", "--store", store, "--profile", posting, "--note",
                           "Admise à la retraite, décret du 2 décembre 2019"},
                          helene);
    QVERIFY2(asked.code == 0, asked.err.constData());
    const QString request = QString::fromUtf8(asked.out.trimmed());
    const Run mine = cli({"posting", "show", "--store", store, "--json"}, helene);
    QCOMPARE(mine.code, 0);
    const QJsonObject shown = QJsonDocument::fromJson(mine.out).object();
    QCOMPARE(shown["posting"].toObject()["rank"].toString(), QString("magistrat"));
    QVERIFY(!shown["posting"].toObject().contains("ceased_on"));
    QCOMPARE(shown["requests"].toArray().size(), 1);
    QCOMPARE(shown["requests"].toArray().first()["status"].toString(), QString("pending"));
    const Run pending = cli({"posting", "requests", "--store", store, "--json"}, admin);
    QCOMPARE(pending.code, 0);
    QCOMPARE(QJsonDocument::fromJson(pending.out).array().size(), 1);
    QCOMPARE(QJsonDocument::fromJson(pending.out).array().first()["id"].toString(), request);
    const Run others = cli({"posting", "requests", "--store", store, "--json"}, "thomas-nguyen.p12");
    QCOMPARE(others.code, 0);
    QCOMPARE(QJsonDocument::fromJson(others.out).array().size(), 0);
    // Only an administrator decides.
    const Run self = cli({"posting", "grant", "--store", store, request}, helene);
    QCOMPARE(self.code, 3);
    const Run byPresident =
        cli({"posting", "set", "--store", store, "--name", "Hélène Durand-Lefèvre", "--profile", posting},
            "jean-baptiste-moreau.p12");
    QCOMPARE(byPresident.code, 3);
    // Rejected, with the reason she reads; then asked again and granted: the purge follows the posting.
    const Run rejected =
        cli({"posting", "reject", "--store", store, "--reason", "Décret non publié", request}, admin);
    QVERIFY2(rejected.code == 0, rejected.err.constData());
    const Run again = cli({"posting", "grant", "--store", store, request}, admin);
    QCOMPARE(again.code, 1);
    const Run reason = cli({"posting", "show", "--store", store}, helene);
    QVERIFY2(reason.out.contains("Décret non publié"), reason.out.constData());
    const Run second = cli({"posting", "request", "--store", store, "--profile", posting}, helene);
    QVERIFY2(second.code == 0, second.err.constData());
    const Run granted =
        cli({"posting", "grant", "--store", store, QString::fromUtf8(second.out.trimmed())}, admin);
    QVERIFY2(granted.code == 0, granted.err.constData());
    QVERIFY2(granted.out.contains("Hélène Durand-Lefèvre"), granted.out.constData());
    const Run purgeNow = cli({"purge", "--store", store, "--dry-run"}, admin);
    QCOMPARE(purgeNow.code, 0);
    QVERIFY2(purgeNow.out.contains("would destroy"), purgeNow.out.constData());
    // The same posting twice is refused.
    const Run same = cli(
        {"posting", "set", "--store", store, "--name", "Hélène Durand-Lefèvre", "--profile", posting}, admin);
    QCOMPARE(same.code, 1);
    QCOMPARE(cli({"audit", "verify", "--store", store, "--full"}).code, 0);
}

QTEST_GUILESS_MAIN(TestStoreCli)
#include "tst_store_cli.moc"
