// The auditor's bundle (store/AuditBundle.h) and the anonymised statistics (store/Statistics.h): a bundle
// verifies; a changed byte in any of its files, a removed file, an added file, a removed audit entry and a
// manifest re-signed by someone else are each found and named; a bundle forged with a key of the CA (attack
// 4 of issue 12), or whose directory statements were edited or signed by someone who is not an
// administrator, is refused against the CA alone; an honest bundle after a renewal verifies (SQLite and
// PostgreSQL); no declaration content is in it; only the auditor and the administrator may export; a
// cancelled or killed export leaves no half-written folder. The statistics count with a set clock and
// withhold small cells.
#include "AuditActions.h"
#include "AuditBundle.h"
#include "BundleForgery.h"
#include "Clock.h"
#include "Signature.h"
#include "Statistics.h"
#include "StoreTestSupport.h"

#include <QCryptographicHash>
#include <QDirIterator>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QStringEncoder>
#include <QTemporaryDir>
#include <QtTest>
#include <signal.h>
#include <unistd.h>

using namespace probitas;
using namespace probitas::store;
using namespace probitas::store::testing;
using namespace probitas::store::testing::forgery;

namespace {

QStringList bundleFiles(const QString& directory)
{
    QStringList files;
    QDirIterator it(directory, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        files << QDir(directory).relativeFilePath(it.next());
    }
    files.sort();
    return files;
}

bool copyTree(const QString& from, const QString& to)
{
    for (const QString& file : bundleFiles(from)) {
        const QString target = QDir(to).filePath(file);
        if (!QDir().mkpath(QFileInfo(target).absolutePath()) ||
            !QFile::copy(QDir(from).filePath(file), target)) {
            return false;
        }
    }
    return true;
}

void writeBytes(const QString& path, const QByteArray& bytes)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    QCOMPARE(file.write(bytes), bytes.size());
}

QString marker(const char* stem)
{
    // Accented, so that the UTF-16 search differs from a Latin-1 one; random, so no earlier run leaves it.
    return QString::fromUtf8(stem) + QStringLiteral("-Zéphyrine-") +
           QString::number(QRandomGenerator::global()->generate64(), 36);
}

// Rewrites the manifest after a change: the listed file's hash and size, and a signature by `signer`.
void relist(const QString& bundle, const QString& file, const crypto::Identity& signer,
            const std::function<void(QJsonObject&)>& more = {})
{
    QJsonObject manifest = QJsonDocument::fromJson(readFile(bundle + "/manifest.json")).object();
    QJsonArray files = manifest["files"].toArray();
    const QByteArray bytes = readFile(bundle + "/" + file);
    for (int i = 0; i < files.size(); ++i) {
        QJsonObject listed = files[i].toObject();
        if (listed["path"].toString() == file) {
            listed["sha256"] =
                QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
            listed["size"] = bytes.size();
            files[i] = listed;
        }
    }
    manifest["files"] = files;
    if (more) {
        more(manifest);
    }
    const QByteArray manifestBytes = QJsonDocument(manifest).toJson(QJsonDocument::Compact);
    writeBytes(bundle + "/manifest.json", manifestBytes);
    writeBytes(bundle + "/manifest.sig", crypto::Signature::sign(manifestBytes, signer).value());
}

Profile profileAt(const QString& seat, Rank rank, QDate installed)
{
    Profile profile;
    profile.status = MagistrateStatus::Titulaire;
    profile.formation = Formation::Siege;
    profile.court = CourtReference{CourtType::TribunalJudiciaire, seat};
    profile.rank = rank;
    profile.installedOn = installed;
    return profile;
}

} // namespace

class TestAuditBundle : public QObject
{
    Q_OBJECT

    QTemporaryDir m_directory;
    std::unique_ptr<Store> m_store;
    QString m_bundle;      // a good bundle, exported once
    QStringList m_markers; // distinctive values of the declarations' content
    QString m_jugeDeclaration;

    QString freshCopy()
    {
        static int count = 0;
        const QString copy = m_directory.filePath(QStringLiteral("copy-%1").arg(++count));
        if (!copyTree(m_bundle, copy)) {
            qFatal("cannot copy the bundle");
        }
        return copy;
    }

    QString verifyProblem(const QString& bundle, const QList<crypto::Certificate>& anchors = {},
                          const std::optional<QByteArray>& exporter = std::nullopt)
    {
        auto verified = verifyBundle(bundle, anchors, exporter);
        if (verified) {
            return {};
        }
        if (verified.error().kind != ErrorKind::Integrity) {
            return QStringLiteral("wrong kind: ") + verified.error().message;
        }
        return verified.error().message;
    }

private slots:
    void initTestCase();
    void cleanupTestCase();
    void bundleVerifies();
    void everyFileChanged_data();
    void everyFileChanged();
    void everyFileRemoved_data();
    void everyFileRemoved();
    void addedFiles_data();
    void addedFiles();
    void removedAuditEntry();
    void editsBackedByNoEntry_data();
    void editsBackedByNoEntry();
    void resignedBySomeoneElse();
    void receiptSignedByAnotherRefused();
    void forgedWithAnotherKeyOfTheCa_data();
    void forgedWithAnotherKeyOfTheCa();
    void truncatedAndExportedByAMagistrate();
    void directoryStatementsForged_data();
    void directoryStatementsForged();
    void wholeDirectoryForged_data();
    void wholeDirectoryForged();
    void signerOutsideTheAnchors();
    void bundleAfterRenewal_data();
    void bundleAfterRenewal();
    void backdatedDeclaration();
    void trustAnchor();
    void noContentInBundle();
    void exportRefusedForDeclarant();
    void targetMustBeNewOrEmpty();
    void cancelledExportLeavesNothing_data();
    void cancelledExportLeavesNothing();
    void staleStagingRemoved();
    void staleStagingNeverFollowsALink_data();
    void staleStagingNeverFollowsALink();
    void statistics_data();
    void statistics();
    void statisticsThroughTheStore();
};

void TestAuditBundle::initTestCase()
{
    QVERIFY(loadBuiltInData());
    QVERIFY(m_directory.isValid());
    auto opened = Store::open(m_directory.filePath("store.sqlite"));
    QVERIFY2(opened, why(opened).constData());
    m_store = std::move(opened).value();
    registerOrg(*m_store);
    const Org& o = org();

    // The juge's DI carries distinctive values in its header, an item and the observations.
    Declaration di = juge();
    m_markers = {marker("adresse"), marker("societe"), marker("observations")};
    di.declarant.values["adressePostale"] = m_markers[0];
    di.items["participationsFinancieres"].entries.at(0).values["societe"] = m_markers[1];
    di.observations = m_markers[2];
    auto filed = m_store->declarations().file(di, o.juge);
    QVERIFY2(filed, why(filed).constData());
    m_jugeDeclaration = *filed;
    Declaration substitut = substitutDi();
    substitut.observations = marker("substitut");
    m_markers << substitut.observations;
    QVERIFY(m_store->declarations().file(substitut, o.substitut));
    Declaration dsp = presidentDsp();
    dsp.observations = marker("dsp");
    m_markers << dsp.observations;
    QVERIFY(m_store->declarations().file(dsp, o.president));
    // Opened, acknowledged, forwarded for an avis, refused to another: every kind of entry.
    QVERIFY(m_store->declarations().open(m_jugeDeclaration, o.president));
    QVERIFY(m_store->declarations().acknowledge(m_jugeDeclaration, o.president));
    QVERIFY(
        m_store->declarations().forward(m_jugeDeclaration, o.president, authorities::College, "art. 7-2 II"));
    QVERIFY(!m_store->declarations().open(m_jugeDeclaration, o.substitut));

    m_bundle = m_directory.filePath("bundle");
    auto exported = exportBundle(*m_store, o.auditor, m_bundle);
    QVERIFY2(exported, why(exported).constData());
}

void TestAuditBundle::cleanupTestCase()
{
    m_store.reset();
    Clock::reset();
}

void TestAuditBundle::bundleVerifies()
{
    auto verified = verifyBundle(m_bundle);
    QVERIFY2(verified, why(verified).constData());
    QCOMPARE(verified->declarations, 3);
    QCOMPARE(verified->envelopes, 4); // three originals and the forward to the collège
    QCOMPARE(verified->receipts, 1);
    QCOMPARE(verified->exporter, QString("Auditeur"));
    // The trail in the bundle is the store's, up to the export's own entry, which the store now ends with.
    auto report = m_store->audit().verify(AuditVerification::EverySignature);
    QVERIFY(report && report->firstBad == 0);
    QCOMPARE(verified->head.sequence, report->checked);
    QCOMPARE(verified->head.hash, report->headHash);
    auto log = m_store->audit().log(org().auditor);
    QVERIFY(log);
    QCOMPARE(log->last().action, actions::ExportBundle);
    QCOMPARE(log->last().details["declarations"].toInt(), 3);
    // Every file is listed and none is the manifest's own.
    const QJsonObject manifest = QJsonDocument::fromJson(readFile(m_bundle + "/manifest.json")).object();
    QCOMPARE(manifest["files"].toArray().size() + 2, bundleFiles(m_bundle).size());
    QVERIFY(QFile::exists(m_bundle + "/receipts/" + m_jugeDeclaration + "_" +
                          m_store->directory().personFor(org().president.certificate())->id + ".p7s"));
    // The manifest's exact bytes are what is signed, and they are canonical.
    QCOMPARE(QJsonDocument(manifest).toJson(QJsonDocument::Compact), readFile(m_bundle + "/manifest.json"));
}

void TestAuditBundle::everyFileChanged_data()
{
    QTest::addColumn<QString>("file");
    for (const QString& file : bundleFiles(m_directory.filePath("bundle"))) {
        QTest::newRow(qPrintable(file)) << file;
    }
}

void TestAuditBundle::everyFileChanged()
{
    QFETCH(QString, file);
    const QString copy = freshCopy();
    QByteArray bytes = readFile(copy + "/" + file);
    QVERIFY(!bytes.isEmpty());
    bytes[bytes.size() / 2] = char(bytes.at(bytes.size() / 2) ^ 0x01);
    writeBytes(copy + "/" + file, bytes);
    const QString problem = verifyProblem(copy);
    QVERIFY2(!problem.isEmpty(), "a changed byte went unnoticed");
    QVERIFY2(problem.contains(file), qPrintable(problem));
    QVERIFY2(!problem.startsWith("wrong kind"), qPrintable(problem));
}

void TestAuditBundle::everyFileRemoved_data()
{
    everyFileChanged_data();
}

void TestAuditBundle::everyFileRemoved()
{
    QFETCH(QString, file);
    const QString copy = freshCopy();
    QVERIFY(QFile::remove(copy + "/" + file));
    const QString problem = verifyProblem(copy);
    QVERIFY2(problem.contains(file), qPrintable(problem));
    QVERIFY2(!problem.startsWith("wrong kind"), qPrintable(problem));
}

void TestAuditBundle::addedFiles_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<bool>("folder");
    QTest::newRow("at the top") << "notes.txt" << false;
    QTest::newRow("hidden") << ".hidden" << false;
    QTest::newRow("among the certificates") << "certificates/someone-else.pem" << false;
    QTest::newRow("among the receipts") << "receipts/forged.p7s" << false;
    QTest::newRow("an empty folder") << "annexes" << true;
}

void TestAuditBundle::addedFiles()
{
    QFETCH(QString, path);
    QFETCH(bool, folder);
    const QString copy = freshCopy();
    if (folder) {
        QVERIFY(QDir(copy).mkdir(path));
    } else {
        writeBytes(copy + "/" + path, "added\n");
    }
    const QString problem = verifyProblem(copy);
    QVERIFY2(problem.contains(path + (folder ? "/ was added" : " was added")), qPrintable(problem));
}

void TestAuditBundle::removedAuditEntry()
{
    // The line alone: the file no longer matches the manifest.
    const QString copy = freshCopy();
    QList<QByteArray> lines = readFile(copy + "/audit.jsonl").split('\n');
    lines.removeAt(2); // entry 3
    writeBytes(copy + "/audit.jsonl", lines.join('\n'));
    QString problem = verifyProblem(copy);
    QVERIFY2(problem.contains("audit.jsonl was changed"), qPrintable(problem));

    // An exporter who rewrites and re-signs the manifest after removing an entry: the chain tells.
    relist(copy, "audit.jsonl", org().auditor);
    problem = verifyProblem(copy);
    QVERIFY2(problem.contains("audit.jsonl") && problem.contains("entry 3"), qPrintable(problem));

    // The newest entries cut off, the head in the manifest moved back: the export's own entry is missing.
    const QString cut = freshCopy();
    lines = readFile(cut + "/audit.jsonl").split('\n');
    lines.removeAt(lines.size() - 2); // the last entry (the file ends with a newline)
    writeBytes(cut + "/audit.jsonl", lines.join('\n'));
    const auto previous = AuditEntry::fromJson(QJsonDocument::fromJson(lines.at(lines.size() - 2)).object());
    QVERIFY(previous);
    relist(cut, "audit.jsonl", org().auditor, [&](QJsonObject& manifest) {
        manifest["audit_head"] = AuditAnchor{previous->sequence, previous->hash}.toString();
    });
    problem = verifyProblem(cut);
    QVERIFY2(problem.contains("not signed by the exporter the audit trail records"), qPrintable(problem));
}

void TestAuditBundle::editsBackedByNoEntry_data()
{
    QTest::addColumn<QString>("change");
    QTest::addColumn<QString>("expected");
    QTest::newRow("a declaration's event") << "event"
                                           << "has no matching \"file\" entry";
    QTest::newRow("a declaration added") << "added declaration"
                                         << "has no matching \"file\" entry";
    QTest::newRow("an envelope's hash") << "envelope"
                                        << "does not match the audit trail";
    QTest::newRow("a receipt replaced") << "receipt"
                                        << "does not match the audit trail's acknowledgement";
    QTest::newRow("a person's role in people.json") << "role"
                                                    << "people.json: the entry of Thomas Substitut differs "
                                                       "from what the administrators signed (its role)";
}

// Edits by someone who can re-sign the manifest (the exporter): the signed trail still contradicts them.
void TestAuditBundle::editsBackedByNoEntry()
{
    QFETCH(QString, change);
    QFETCH(QString, expected);
    const QString copy = freshCopy();
    QString file;
    if (change == "event" || change == "added declaration") {
        file = "declarations.json";
        QJsonArray declarations = QJsonDocument::fromJson(readFile(copy + "/" + file)).array();
        QJsonObject first = declarations.at(0).toObject();
        if (change == "event") {
            first["event"] = "modification";
            declarations[0] = first;
        } else {
            first["id"] = "00000000-0000-0000-0000-000000000000";
            declarations.append(first);
        }
        writeBytes(copy + "/" + file, QJsonDocument(declarations).toJson());
    } else if (change == "envelope") {
        file = "envelopes.json";
        QJsonArray envelopes = QJsonDocument::fromJson(readFile(copy + "/" + file)).array();
        QJsonObject first = envelopes.at(0).toObject();
        first["sha256"] = QString(64, 'a');
        envelopes[0] = first;
        writeBytes(copy + "/" + file, QJsonDocument(envelopes).toJson());
    } else if (change == "role") {
        file = "people.json";
        QJsonArray people = QJsonDocument::fromJson(readFile(copy + "/" + file)).array();
        for (int i = 0; i < people.size(); ++i) {
            QJsonObject person = people.at(i).toObject();
            if (person["name"].toString() == "Thomas Substitut") {
                person["role"] = "auditor";
                people[i] = person;
            }
        }
        writeBytes(copy + "/" + file, QJsonDocument(people).toJson());
    } else {
        file = "receipts/" + QDir(copy + "/receipts").entryList(QDir::Files).first();
        writeBytes(copy + "/" + file, readFile(copy + "/" + file) + QByteArray(1, '\0'));
    }
    relist(copy, file, org().auditor);
    const QString problem = verifyProblem(copy);
    QVERIFY2(problem.contains(expected), qPrintable(problem));
}

void TestAuditBundle::resignedBySomeoneElse()
{
    // Another key over the same manifest: the signature fails against exporter.pem.
    QString copy = freshCopy();
    writeBytes(copy + "/manifest.sig",
               crypto::Signature::sign(readFile(copy + "/manifest.json"), org().juge).value());
    QString problem = verifyProblem(copy);
    QVERIFY2(problem.contains("manifest.sig") && problem.contains("manifest.json"), qPrintable(problem));

    // Someone else's certificate put in as the exporter's, the manifest rewritten and re-signed with it: the
    // trail's export entry names another signer.
    copy = freshCopy();
    const crypto::Identity& other = org().juge;
    writeBytes(copy + "/exporter.pem", other.certificate().toPem());
    relist(copy, "exporter.pem", other, [&](QJsonObject& manifest) {
        QJsonObject exporter = manifest["exporter"].toObject();
        exporter["certificate_sha256"] = QString::fromLatin1(other.certificate().sha256Fingerprint().toHex());
        manifest["exporter"] = exporter;
    });
    problem = verifyProblem(copy);
    QVERIFY2(problem.contains("the manifest is signed by Hélène Juge") &&
                 problem.contains("not with the certificate the directory gives Auditeur"),
             qPrintable(problem));

    // An outsider with their own CA: the organisation's CA refuses them as well.
    auto strangerCa = crypto::CertificateAuthority::createRoot("Autre CA", "Ailleurs");
    QVERIFY(strangerCa);
    const crypto::Identity stranger = issue(*strangerCa, "Quelqu'un d'autre");
    copy = freshCopy();
    writeBytes(copy + "/exporter.pem", stranger.certificate().toPem());
    relist(copy, "exporter.pem", stranger, [&](QJsonObject& manifest) {
        QJsonObject exporter = manifest["exporter"].toObject();
        exporter["certificate_sha256"] =
            QString::fromLatin1(stranger.certificate().sha256Fingerprint().toHex());
        manifest["exporter"] = exporter;
    });
    problem = verifyProblem(copy, {org().ca.certificate()});
    QVERIFY2(problem.contains("signer is not trusted"), qPrintable(problem));
}

// A receipt must be signed by the authority its index names, whatever else the bundle says.
void TestAuditBundle::receiptSignedByAnotherRefused()
{
    const Org& o = org();
    const QString expected =
        "is not a valid receipt from Jean Président: the receipt is signed by Hélène Juge, "
        "not by Jean Président";
    // In the store, by raw SQL: the président's receipt replaced by the juge's own, forged with openssl.
    QString problem;
    {
        auto opened = Store::open(m_directory.filePath("swapped.sqlite"));
        QVERIFY2(opened, why(opened).constData());
        Store& store = **opened;
        registerOrg(store);
        auto di = store.declarations().file(juge(), o.juge);
        QVERIFY2(di, why(di).constData());
        QVERIFY(store.declarations().acknowledge(*di, o.president));
        auto envelope = store.connection().exec(
            "SELECT sealed FROM envelopes WHERE declaration_id = ? AND forwarded_by IS NULL", {*di});
        QVERIFY(envelope && envelope.value().next());
        const QByteArray forged = signWithOpenssl(
            o.juge, receiptDocument(envelope.value().value(0).toByteArray(), o.juge.certificate(),
                                    o.president.certificate(), "tj-nanterre:president"));
        envelope.value().finish();
        QVERIFY(!forged.isEmpty());
        QVERIFY(store.connection().exec("UPDATE receipts SET receipt = ? WHERE declaration_id = ?",
                                        {forged, *di}));
        QCOMPARE(store.declarations()
                     .receipt(*di, store.directory().personFor(o.president.certificate())->id)
                     .error()
                     .kind,
                 ErrorKind::Integrity);
        auto exported = exportBundle(store, o.auditor, m_directory.filePath("swapped-bundle"));
        QVERIFY2(exported, why(exported).constData());
        problem = verifyProblem(m_directory.filePath("swapped-bundle"));
        QVERIFY2(problem.contains(expected), qPrintable(problem));
        problem = verifyProblem(m_directory.filePath("swapped-bundle"), {o.ca.certificate()});
        QVERIFY2(problem.contains(expected), qPrintable(problem));
    }
    // In the bundle, by an exporter who re-signs the manifest: the trail's acknowledgement contradicts it,
    // and its signer is named.
    const QString copy = freshCopy();
    const QString file = "receipts/" + QDir(copy + "/receipts").entryList(QDir::Files).first();
    auto envelopes = m_store->connection().exec(
        "SELECT sealed FROM envelopes WHERE declaration_id = ? AND forwarded_by IS NULL",
        {m_jugeDeclaration});
    QVERIFY(envelopes && envelopes.value().next());
    writeBytes(copy + "/" + file,
               signWithOpenssl(o.juge,
                               receiptDocument(envelopes.value().value(0).toByteArray(), o.juge.certificate(),
                                               o.president.certificate(), "tj-nanterre:president")));
    envelopes.value().finish();
    relist(copy, file, o.auditor);
    problem = verifyProblem(copy);
    QVERIFY2(problem.contains("does not match the audit trail's acknowledgement"), qPrintable(problem));
    QVERIFY2(problem.contains(expected), qPrintable(problem));
}

// The attack of issue 12: a magistrate holding a key the organisation's CA issued (not an administrator)
// removes from a bundle the entry that records their refused attempt, re-chains the trail and signs every
// entry again with their key, and signs the manifest under the label of the internal auditor; in one row
// they also put their certificate in place of every certificate the bundle carries. Against the CA alone it
// is refused: the directory statements are no longer an administrator's, and each entry must verify with
// the certificate the statements give its actor. The exporter expected names the real signer as well.
void TestAuditBundle::forgedWithAnotherKeyOfTheCa_data()
{
    QTest::addColumn<bool>("everyCertificateReplaced");
    QTest::newRow("trail and manifest re-signed") << false;
    QTest::newRow("every certificate replaced by the forger's too") << true;
}

void TestAuditBundle::forgedWithAnotherKeyOfTheCa()
{
    QFETCH(bool, everyCertificateReplaced);
    const QString copy = freshCopy();
    const crypto::Identity& forger = org().substitut;
    const QByteArray forgerPem = forger.certificate().toPem();

    // The trail without the refusal (the substitut's attempt to open the juge's DI), re-chained, re-signed.
    std::vector<AuditEntry> entries = readTrail(copy);
    const auto denied = std::find_if(entries.begin(), entries.end(),
                                     [](const AuditEntry& entry) { return entry.action == actions::Denied; });
    QVERIFY(denied != entries.end());
    entries.erase(denied);
    QVERIFY(writeTrail(copy, entries, [&forger](const AuditEntry&) { return &forger; }));
    if (everyCertificateReplaced) {
        QJsonArray people = QJsonDocument::fromJson(readFile(copy + "/people.json")).array();
        for (int i = 0; i < people.size(); ++i) {
            QJsonObject person = people[i].toObject();
            person["certificate_sha256"] = fingerprintOf(forger.certificate());
            people[i] = person;
        }
        QVERIFY(putFile(copy + "/people.json", QJsonDocument(people).toJson()));
        for (const QString& file : bundleFiles(copy)) {
            if (file.startsWith("certificates/") || file.startsWith("directory-certificates/")) {
                QVERIFY(putFile(copy + "/" + file, forgerPem));
            }
        }
    }
    QVERIFY(putFile(copy + "/exporter.pem", forgerPem));
    QVERIFY(resignManifest(copy, forger, exporterAs("Auditeur interne", forger.certificate())));

    // Against the CA alone: refused, naming the statement, the entry and its actor, and the manifest's
    // signer.
    const QString problem = verifyProblem(copy, {org().ca.certificate()});
    QVERIFY2(problem.contains("directory statement 1"), qPrintable(problem));
    QVERIFY2(problem.contains("audit entry 1 ") && problem.contains("in the name of Admin"),
             qPrintable(problem));
    QVERIFY2(problem.contains("the manifest is signed by Thomas Substitut"), qPrintable(problem));
    QVERIFY2(!verifyProblem(copy).isEmpty(), "refused without the CA too");

    // The exporter expected, by certificate fingerprint: refused, naming the real signer.
    const QByteArray auditor = org().auditor.certificate().sha256Fingerprint();
    const QString pinned = verifyProblem(copy, {org().ca.certificate()}, auditor);
    QVERIFY2(pinned.contains("signed by Thomas Substitut"), qPrintable(pinned));
    QVERIFY2(pinned.contains(forger.certificate().sha256FingerprintHex()), qPrintable(pinned));
    QVERIFY2(pinned.contains("Auditeur interne"), qPrintable(pinned));
    // The genuine bundle, with its exporter expected: whole.
    auto genuine = verifyBundle(m_bundle, {org().ca.certificate()}, auditor);
    QVERIFY2(genuine, why(genuine).constData());
}

// Attack 4 with only what a magistrate's own key can sign: the substitut cuts the end of the trail (his
// refused attempt and the auditor's export) and appends an export of his own, signed with the key the
// directory does give him, under a manifest of his labelled "Auditeur interne". The chain and every
// signature verify: the directory is what says that he may not export, and what his name is.
void TestAuditBundle::truncatedAndExportedByAMagistrate()
{
    const QString copy = freshCopy();
    const crypto::Identity& forger = org().substitut;
    const QString forgerId = m_store->directory().personFor(forger.certificate())->id;
    std::vector<AuditEntry> entries = readTrail(copy);
    AuditEntry exported = entries.back();
    QCOMPARE(exported.action, actions::ExportBundle);
    entries.pop_back();
    QCOMPARE(entries.back().action, actions::Denied);
    QCOMPARE(entries.back().actorId, forgerId);
    entries.pop_back();
    exported.actorId = forgerId;
    entries.push_back(exported);
    QVERIFY(writeTrail(copy, entries, [&forger](const AuditEntry& entry) {
        return entry.action == actions::ExportBundle ? &forger : nullptr;
    }));
    QVERIFY(putFile(copy + "/exporter.pem", forger.certificate().toPem()));
    QVERIFY(resignManifest(copy, forger, exporterAs("Auditeur interne", forger.certificate(), forgerId)));

    const QString problem = verifyProblem(copy, {org().ca.certificate()});
    QVERIFY2(
        problem.contains("exported by Thomas Substitut, who is not an auditor or an administrator in the "
                         "directory at entry " +
                         QString::number(entries.back().sequence)),
        qPrintable(problem));
    QVERIFY2(problem.contains("manifest.json says it was exported by \"Auditeur interne\", but the directory "
                              "names its exporter Thomas Substitut"),
             qPrintable(problem));
    QVERIFY2(!problem.contains("audit entry"), qPrintable(problem)); // every entry verifies
}

// The directory statements a bundle carries, forged by hand. Whoever holds the auditor's key (the exporter)
// signs the manifest, so pinning the exporter does not help: the statements must be an administrator's.
void TestAuditBundle::directoryStatementsForged_data()
{
    QTest::addColumn<QString>("forgery");
    QTest::addColumn<QString>("expected"); // %1: the forged statement's sequence
    QTest::newRow("a certificate swapped in a directory-add")
        << "swap"
        << "directory statement %1: the signature does not verify";
    QTest::newRow("the swapped statement re-signed by a magistrate")
        << "swap re-signed"
        << "directory statement %1 is signed by Thomas Substitut, who was not an administrator of this store "
           "then";
    QTest::newRow("a renewal appended and signed by the auditor")
        << "renewal"
        << "directory statement %1 is signed by Auditeur, who was not an administrator of this store then";
}

void TestAuditBundle::directoryStatementsForged()
{
    QFETCH(QString, forgery);
    QFETCH(QString, expected);
    const Org& o = org();
    const QString copy = freshCopy();
    const QString president = m_store->directory().personFor(o.president.certificate())->id;
    const QString substitut = m_store->directory().personFor(o.substitut.certificate())->id;
    std::vector<AuditEntry> entries = readTrail(copy);
    qint64 forged = 0;
    if (forgery == "renewal") {
        // The président's certificate renewed to one the CA issued to someone else, in a statement the
        // auditor appends before their own export, which they sign again (as they may).
        const AuditEntry exported = entries.back();
        entries.pop_back();
        AuditEntry renewal;
        renewal.sequence = qint64(entries.size()) + 1;
        renewal.at = entries.back().at;
        renewal.actorId = exported.actorId;
        renewal.action = "directory-renew";
        renewal.details = {{"person", president},
                           {"fingerprint", fingerprintOf(o.outsider.certificate())},
                           {"previous_fingerprint", fingerprintOf(o.president.certificate())},
                           {"previous_statement", lastStatementHash(entries, renewal.sequence)}};
        forged = renewal.sequence;
        entries.push_back(renewal);
        entries.push_back(exported);
        QVERIFY(putFile(copy + "/directory-certificates/" + fingerprintOf(o.outsider.certificate()) + ".pem",
                        o.outsider.certificate().toPem()));
        QVERIFY(writeTrail(copy, entries, [&](const AuditEntry& entry) {
            return entry.sequence >= forged ? &o.auditor : nullptr;
        }));
    } else {
        // The président's certificate, in the statement that added him, swapped for the substitut's (attack
        // 2 of issue 12, in a bundle); every later entry keeps its signature, which its writer made.
        const auto added = std::find_if(entries.begin(), entries.end(), [&](const AuditEntry& entry) {
            return entry.action == "directory-add" && entry.details["person"].toString() == president;
        });
        QVERIFY(added != entries.end());
        added->details["fingerprint"] = fingerprintOf(o.substitut.certificate());
        if (forgery == "swap re-signed") {
            added->actorId = substitut;
        }
        forged = added->sequence;
        QVERIFY(writeTrail(copy, entries, [&](const AuditEntry& entry) {
            return forgery == "swap re-signed" && entry.sequence == forged ? &o.substitut : nullptr;
        }));
    }
    QVERIFY(resignManifest(copy, o.auditor));

    const QByteArray auditor = o.auditor.certificate().sha256Fingerprint();
    for (const QString& problem :
         {verifyProblem(copy, {o.ca.certificate()}), verifyProblem(copy, {o.ca.certificate()}, auditor)}) {
        QVERIFY2(problem.contains(expected.arg(forged)), qPrintable(problem));
    }
}

// What the CA alone cannot tell: a directory written anew from its anchor statement by someone whose key
// the CA issued, naming themselves the store's first administrator, with a trail of what they alone can
// sign. A certificate belongs to one person: while their own entry still names it, the bundle is refused.
// Without it, the bundle is whole in itself; its summary names the forger's certificate as the first
// administrator's (probitas-cli prints it), and the exporter expected refuses it.
void TestAuditBundle::wholeDirectoryForged_data()
{
    QTest::addColumn<bool>("keepsOwnEntry");
    QTest::newRow("his own entry kept: his certificate stated twice") << true;
    QTest::newRow("his own entry dropped") << false;
}

void TestAuditBundle::wholeDirectoryForged()
{
    QFETCH(bool, keepsOwnEntry);
    const Org& o = org();
    const crypto::Identity& forger = o.substitut;
    const QString copy = freshCopy();
    const QString substitut = m_store->directory().personFor(forger.certificate())->id;
    std::vector<AuditEntry> forged;
    QString administrator;
    for (AuditEntry entry : readTrail(copy)) {
        if (entry.action == "directory-anchor") {
            QJsonObject stated = entry.details["administrator"].toObject();
            administrator = stated["person"].toString();
            stated["fingerprint"] = fingerprintOf(forger.certificate());
            stated["name"] = "Auditeur interne";
            entry.details["administrator"] = stated;
        } else if (!entry.action.startsWith("directory-") ||
                   (entry.details["person"].toString() == substitut && !keepsOwnEntry)) {
            continue;
        }
        entry.actorId = administrator;
        forged.push_back(entry);
    }
    AuditEntry exported = readTrail(copy).back();
    exported.actorId = administrator;
    forged.push_back(exported);
    QVERIFY(writeTrail(
        copy, forged, [&forger](const AuditEntry&) { return &forger; }, true));
    for (const char* file : {"declarations.json", "envelopes.json", "receipts.json"}) {
        QVERIFY(putFile(copy + "/" + file, "[]"));
    }
    QVERIFY(QDir(copy + "/receipts").removeRecursively());
    QJsonArray people;
    for (const QJsonValue& value : QJsonDocument::fromJson(readFile(copy + "/people.json")).array()) {
        QJsonObject person = value.toObject();
        if (person["id"].toString() == administrator) {
            person["name"] = "Auditeur interne";
            person["certificate_sha256"] = fingerprintOf(forger.certificate());
            QVERIFY(putFile(copy + "/" + person["certificate"].toString(), forger.certificate().toPem()));
        }
        if (person["id"].toString() != substitut || keepsOwnEntry) {
            people.append(person);
        }
    }
    QVERIFY(putFile(copy + "/people.json", QJsonDocument(people).toJson()));
    QVERIFY(putFile(copy + "/exporter.pem", forger.certificate().toPem()));
    QVERIFY(
        resignManifest(copy, forger, exporterAs("Auditeur interne", forger.certificate(), administrator)));

    if (keepsOwnEntry) {
        const QString problem = verifyProblem(copy, {o.ca.certificate()});
        QVERIFY2(problem.contains("gives Thomas Substitut the certificate of Auditeur interne"),
                 qPrintable(problem));
        return;
    }
    auto alone = verifyBundle(copy, {o.ca.certificate()});
    QVERIFY2(alone, why(alone).constData());
    QCOMPARE(alone->administrator, QString("Auditeur interne"));
    QVERIFY(alone->administratorCertificate ==
            forger.certificate()); // shown: "… Thomas Substitut (SHA-256 …)"
    auto genuine = verifyBundle(m_bundle, {o.ca.certificate()});
    QVERIFY2(genuine, why(genuine).constData());
    QVERIFY(genuine->administratorCertificate == o.admin.certificate());
    QCOMPARE(alone->storeId, genuine->storeId); // the forger copied the store's id

    const QString pinned =
        verifyProblem(copy, {o.ca.certificate()}, o.auditor.certificate().sha256Fingerprint());
    QVERIFY2(pinned.contains("signed by Thomas Substitut"), qPrintable(pinned));
    // Or the store's first administrator is pinned, whoever exported it: the made-up directory is refused,
    // the genuine one passes.
    auto anchoredElsewhere =
        verifyBundle(copy, {o.ca.certificate()}, std::nullopt, o.admin.certificate().sha256Fingerprint());
    QVERIFY(!anchoredElsewhere);
    QCOMPARE(anchoredElsewhere.error().kind, ErrorKind::Integrity);
    QVERIFY2(anchoredElsewhere.error().message.contains("not by the store's first administrator"),
             why(anchoredElsewhere).constData());
    auto anchoredHere =
        verifyBundle(m_bundle, {o.ca.certificate()}, std::nullopt, o.admin.certificate().sha256Fingerprint());
    QVERIFY2(anchoredHere, why(anchoredHere).constData());
}

// An administrator's key used to state, for a while, a certificate another CA issued (then renewed to one of
// the organisation's, so that the directory as it stands is clean): what was signed with it meanwhile is
// refused, naming the entry and its actor. Every signer's certificate must come from the store's anchors.
void TestAuditBundle::signerOutsideTheAnchors()
{
    const Org& o = org();
    auto strangerCa = crypto::CertificateAuthority::createRoot("Autre CA", "Ailleurs");
    QVERIFY(strangerCa);
    const crypto::Identity stranger = issue(*strangerCa, "Intrus");
    const QString copy = freshCopy();
    std::vector<AuditEntry> entries = readTrail(copy);
    const AuditEntry exported = entries.back();
    entries.pop_back();
    const QString administrator = entries.front().actorId;
    const auto append = [&entries](const QString& actor, const QString& action, const QJsonObject& details) {
        AuditEntry entry;
        entry.sequence = qint64(entries.size()) + 1;
        entry.at = entries.back().at;
        entry.actorId = actor;
        entry.action = action;
        entry.details = details;
        entries.push_back(entry);
        return entry.sequence;
    };
    append(administrator, "directory-add",
           {{"person", "intrus"},
            {"name", "Intrus"},
            {"role", "declarant"},
            {"authority", ""},
            {"fingerprint", fingerprintOf(stranger.certificate())}});
    const qint64 intruderEntry =
        append("intrus", "denied", {{"action", "open"}, {"reason", "not-a-recipient"}});
    append(administrator, "directory-renew",
           {{"person", "intrus"},
            {"fingerprint", fingerprintOf(o.outsider.certificate())},
            {"previous_fingerprint", fingerprintOf(stranger.certificate())}});
    entries.push_back(exported);
    for (const crypto::Certificate& certificate : {stranger.certificate(), o.outsider.certificate()}) {
        QVERIFY(putFile(copy + "/directory-certificates/" + fingerprintOf(certificate) + ".pem",
                        certificate.toPem()));
    }
    QVERIFY(writeTrail(
        copy, entries,
        [&](const AuditEntry& entry) -> const crypto::Identity* {
            if (entry.actorId == "intrus") {
                return &stranger;
            }
            if (entry.action == actions::ExportBundle) {
                return &o.auditor;
            }
            return entry.sequence >= exported.sequence ? &o.admin : nullptr;
        },
        true));
    QVERIFY(resignManifest(copy, o.auditor));
    const QString problem = verifyProblem(copy);
    QVERIFY2(
        problem.contains(QString("audit.jsonl: entry %1 is signed by Intrus with a certificate the store's "
                                 "trust anchors did not issue")
                             .arg(intruderEntry)),
        qPrintable(problem));
}

// An honest bundle after the président's certificate was renewed: what he signed before (an opening, his
// receipt) verifies with the old certificate, what he signed after (his DSP) with the new one; the bundle
// carries both. An entry after the renewal signed with the old key is refused, naming it. On SQLite and
// PostgreSQL (the export reads the store's certificates and trust anchors).
void TestAuditBundle::bundleAfterRenewal_data()
{
    QTest::addColumn<QString>("backend");
    QTest::newRow("sqlite") << "sqlite";
    QTest::newRow("postgresql") << "postgresql";
}

void TestAuditBundle::bundleAfterRenewal()
{
    QFETCH(QString, backend);
    QTemporaryDir directory;
    QString location = directory.filePath("store.sqlite");
    if (backend == "postgresql") {
        const QString url = ownPostgresDatabase();
        if (url.isEmpty()) {
            QSKIP("PROBITAS_TEST_POSTGRESQL not set: no PostgreSQL server");
        }
        location = freshStoreLocation(Backend::PostgreSql, directory, url);
        QVERIFY(!location.isEmpty());
    }
    const Org& o = org();
    const crypto::Identity renewed = issue(o.ca, "Jean Président");
    const QString bundle = directory.filePath("bundle");
    qint64 dspFiling = 0;
    {
        auto opened = Store::open(location);
        QVERIFY2(opened, why(opened).constData());
        Store& store = **opened;
        registerOrg(store);
        auto di = store.declarations().file(juge(), o.juge);
        QVERIFY2(di, why(di).constData());
        QVERIFY(store.declarations().open(*di, o.president));
        QVERIFY(store.declarations().acknowledge(*di, o.president));
        auto renewal =
            store.administration().renewCertificate(o.admin, "Jean Président", renewed.certificate());
        QVERIFY2(renewal, why(renewal).constData());
        auto dsp = store.declarations().file(presidentDsp(), renewed);
        QVERIFY2(dsp, why(dsp).constData());
        dspFiling = auditCount(store);
        auto exported = exportBundle(store, o.auditor, bundle);
        QVERIFY2(exported, why(exported).constData());
    }
    for (const crypto::Certificate& held : {o.president.certificate(), renewed.certificate()}) {
        QVERIFY(QFile::exists(bundle + "/directory-certificates/" + fingerprintOf(held) + ".pem"));
    }
    QVERIFY(QFile::exists(bundle + "/anchors/" + fingerprintOf(o.ca.certificate()) + ".pem"));
    auto verified = verifyBundle(bundle, {o.ca.certificate()}, o.auditor.certificate().sha256Fingerprint());
    QVERIFY2(verified, why(verified).constData());
    QCOMPARE(verified->receipts, 1);
    QCOMPARE(verified->declarations, 2);

    // The DSP's filing, signed again with the président's old key by someone who may re-sign the export
    // (its own entry, which follows) and the manifest.
    QTemporaryDir copies;
    const QString copy = copies.filePath("old-key");
    QVERIFY(copyTree(bundle, copy));
    std::vector<AuditEntry> entries = readTrail(copy);
    QCOMPARE(entries.at(size_t(dspFiling - 1)).action, actions::File);
    QVERIFY(writeTrail(copy, entries, [&](const AuditEntry& entry) -> const crypto::Identity* {
        if (entry.sequence == dspFiling) {
            return &o.president;
        }
        return entry.sequence > dspFiling ? &o.auditor : nullptr;
    }));
    QVERIFY(resignManifest(copy, o.auditor));
    const QString problem = verifyProblem(copy, {o.ca.certificate()});
    QVERIFY2(problem.contains(QString("audit entry %1 has a signature that does not verify (in the name of "
                                      "Jean Président)")
                                  .arg(dspFiling)),
             qPrintable(problem));
}

// Someone who can re-sign the manifest (the exporter) moves a declaration's filing time back before its
// deadline: the signed "file" entry still records when it was filed.
void TestAuditBundle::backdatedDeclaration()
{
    const QString copy = freshCopy();
    QJsonArray declarations = QJsonDocument::fromJson(readFile(copy + "/declarations.json")).array();
    QJsonObject first = declarations.at(0).toObject();
    first["filed_at"] = "2026-01-02T09:00:00.000Z";
    declarations[0] = first;
    writeBytes(copy + "/declarations.json", QJsonDocument(declarations).toJson());
    relist(copy, "declarations.json", org().auditor);
    const QString problem = verifyProblem(copy);
    QVERIFY2(problem.contains(first["id"].toString()) && problem.contains("has no matching \"file\" entry"),
             qPrintable(problem));
}

void TestAuditBundle::trustAnchor()
{
    auto trusted = verifyBundle(m_bundle, {org().ca.certificate()});
    QVERIFY2(trusted, why(trusted).constData());
    auto otherCa = crypto::CertificateAuthority::createRoot("Autre CA", "Ailleurs");
    QVERIFY(otherCa);
    const QString problem = verifyProblem(m_bundle, {otherCa->certificate()});
    QVERIFY2(problem.contains("not trusted"), qPrintable(problem));
    QVERIFY2(problem.contains("certificates/"), qPrintable(problem));
    // The store's own anchor, as its directory statements name it, is not that CA either.
    QVERIFY2(problem.contains("the store's trust anchor CA de test"), qPrintable(problem));
}

void TestAuditBundle::noContentInBundle()
{
    const QStringList files = bundleFiles(m_bundle);
    QVERIFY(files.size() > 8);
    QByteArray everything;
    for (const QString& file : files) {
        everything += readFile(m_bundle + "/" + file);
    }
    // The search can succeed: metadata such as the declarant's name is there, in UTF-8.
    QVERIFY(everything.contains(QString("Hélène Juge").toUtf8()));
    for (const QString& value : m_markers) {
        QStringEncoder bigEndian(QStringEncoder::Utf16BE);
        const QList<QByteArray> encodings{
            value.toUtf8(), QByteArray(reinterpret_cast<const char*>(value.utf16()), value.size() * 2),
            QByteArray(bigEndian.encode(value))};
        for (const QByteArray& encoded : encodings) {
            for (const QString& file : files) {
                QVERIFY2(!readFile(m_bundle + "/" + file).contains(encoded),
                         qPrintable(file + " holds " + value));
            }
        }
        // Nor a recognisable part of it.
        const QByteArray stem = value.section('-', -1).toUtf8();
        QVERIFY2(!everything.contains(stem), qPrintable(value));
    }
}

void TestAuditBundle::exportRefusedForDeclarant()
{
    const QString target = m_directory.filePath("by-the-juge");
    auto refused = exportBundle(*m_store, org().juge, target);
    QVERIFY(!refused);
    QCOMPARE(refused.error().kind, ErrorKind::AccessDenied);
    QVERIFY(!QFileInfo::exists(target));
    auto log = m_store->audit().log(org().auditor);
    QVERIFY(log);
    QCOMPARE(log->last().action, actions::Denied);
    QCOMPARE(log->last().details["action"].toString(), actions::ExportBundle);
    auto authority = exportBundle(*m_store, org().president, target);
    QVERIFY(!authority);
    QCOMPARE(authority.error().kind, ErrorKind::AccessDenied);
    // The administrator may.
    const QString byAdmin = m_directory.filePath("by-the-admin");
    auto admin = exportBundle(*m_store, org().admin, byAdmin);
    QVERIFY2(admin, why(admin).constData());
    QVERIFY(verifyBundle(byAdmin));
}

void TestAuditBundle::targetMustBeNewOrEmpty()
{
    auto again = exportBundle(*m_store, org().auditor, m_bundle);
    QVERIFY(!again);
    QCOMPARE(again.error().kind, ErrorKind::Unusable);
    QVERIFY(verifyBundle(m_bundle)); // untouched
    const QString empty = m_directory.filePath("empty");
    QVERIFY(QDir().mkdir(empty));
    auto intoEmpty = exportBundle(*m_store, org().auditor, empty);
    QVERIFY2(intoEmpty, why(intoEmpty).constData());
    QVERIFY(verifyBundle(empty));
    writeBytes(m_directory.filePath("a-file"), "x");
    auto ontoFile = exportBundle(*m_store, org().auditor, m_directory.filePath("a-file"));
    QVERIFY(!ontoFile);
    QCOMPARE(ontoFile.error().kind, ErrorKind::Unusable);
}

void TestAuditBundle::cancelledExportLeavesNothing_data()
{
    QTest::addColumn<int>("cancelAtCall");
    for (int call : {1, 2, 3, 5, 8, 1000}) {
        QTest::newRow(qPrintable(QString("call %1").arg(call))) << call;
    }
}

void TestAuditBundle::cancelledExportLeavesNothing()
{
    QFETCH(int, cancelAtCall);
    QTemporaryDir parent;
    const QString target = parent.filePath("bundle");
    int calls = 0;
    qint64 lastTotal = 0;
    auto exported = exportBundle(*m_store, org().auditor, target, [&](qint64 done, qint64 total) {
        lastTotal = total;
        return done <= total && ++calls < cancelAtCall;
    });
    const QStringList left =
        QDir(parent.path()).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot);
    if (exported) {
        // Cancelling after the last report is too late: then the bundle is whole.
        QVERIFY(cancelAtCall > calls);
        QCOMPARE(left, QStringList{"bundle"});
        QVERIFY(verifyBundle(target));
        return;
    }
    QCOMPARE(exported.error().code, QString(bundle::Cancelled));
    QVERIFY2(left.isEmpty(), qPrintable(left.join(", ")));
}

void TestAuditBundle::staleStagingRemoved()
{
    QTemporaryDir parent;
    // What a killed export leaves: its hidden sibling, named after a process that is gone.
    const QString stale = parent.filePath(".bundle.partial-2147483646-0badc0de");
    QVERIFY(QDir().mkpath(stale + "/receipts"));
    writeBytes(stale + "/audit.jsonl", "half\n");
    // One of a process still running is left alone.
    const QString running =
        parent.filePath(QString(".bundle.partial-%1-00000001").arg(QCoreApplication::applicationPid()));
    QVERIFY(QDir().mkpath(running));
    QVERIFY(!verifyBundle(parent.path())); // never taken for a bundle
    auto exported = exportBundle(*m_store, org().auditor, parent.filePath("bundle"));
    QVERIFY2(exported, why(exported).constData());
    QVERIFY(!QFileInfo::exists(stale));
    QVERIFY(QFileInfo::exists(running));
}

// Someone who may write beside the target names a link, or a folder of their own, like a killed export's
// leftover: the export's clean-up must not wipe what it leads to.
void TestAuditBundle::staleStagingNeverFollowsALink_data()
{
    QTest::addColumn<QString>("attack");
    QTest::newRow("a link to the victim's folder named as a leftover") << "link";
    QTest::newRow("a leftover of ours holding links to the victim's folder and file") << "inner-links";
    QTest::newRow("a leftover folder of another user") << "other-user";
}

void TestAuditBundle::staleStagingNeverFollowsALink()
{
    QFETCH(QString, attack);
    QTemporaryDir parent;
    const QString victim = parent.filePath("victim");
    QVERIFY(QDir().mkpath(victim + "/inside"));
    writeBytes(victim + "/evidence.txt", "keep me");
    writeBytes(victim + "/inside/more.txt", "keep me too");
    const QString leftover = parent.filePath(".bundle.partial-999999-x");
    QVERIFY2(::kill(999999, 0) != 0, "process 999999 exists: its leftover would not be touched anyway");
    if (attack == "link") {
        QVERIFY(QFile::link(victim, leftover));
    } else if (attack == "inner-links") {
        QVERIFY(QDir().mkpath(leftover));
        QVERIFY(QFile::link(victim, leftover + "/folder"));
        QVERIFY(QFile::link(victim + "/evidence.txt", leftover + "/file"));
    } else {
        if (::geteuid() != 0) {
            QSKIP("only root can give a folder to another user");
        }
        QVERIFY(QDir().mkpath(leftover));
        writeBytes(leftover + "/theirs.txt", "theirs");
        QVERIFY(::chown(QFile::encodeName(leftover).constData(), 65534, 65534) == 0);
        QVERIFY(::chown(QFile::encodeName(leftover + "/theirs.txt").constData(), 65534, 65534) == 0);
    }

    auto exported = exportBundle(*m_store, org().auditor, parent.filePath("bundle"));
    QVERIFY2(exported, why(exported).constData());
    QVERIFY(verifyBundle(parent.filePath("bundle")));
    QCOMPARE(readFile(victim + "/evidence.txt"), QByteArray("keep me"));
    QCOMPARE(readFile(victim + "/inside/more.txt"), QByteArray("keep me too"));
    if (attack == "link") {
        QVERIFY(QFileInfo(leftover).isSymLink()); // left as it is
    } else if (attack == "inner-links") {
        QVERIFY(!QFileInfo::exists(leftover) && !QFileInfo(leftover).isSymLink()); // ours: removed
    } else {
        QCOMPARE(readFile(leftover + "/theirs.txt"), QByteArray("theirs")); // not ours: left
    }
}

void TestAuditBundle::statistics_data()
{
    QTest::addColumn<QString>("jurisdiction");
    QTest::addColumn<int>("year");
    QTest::addColumn<QStringList>("figures"); // due, on time, late, missing, not yet due, entretiens, avis,
                                              // acts of HATVP controls
    // Nanterre 2026: 4 on time, 3 late, the président's two declarations missing (one magistrate: "<3"),
    // so late, the smallest other part of the total, is withheld too ("s"). Four entretiens with three
    // magistrates, an avis for one, three acts of controls about three magistrates.
    QTest::newRow("nanterre 2026") << "tj-nanterre" << 2026
                                   << QStringList{"9", "4", "s", "<3", "0", "4", "<3", "3"};
    // Nanterre 2025: three magistrates, one declaration each, all on time.
    QTest::newRow("nanterre 2025") << "tj-nanterre" << 2025
                                   << QStringList{"3", "3", "0", "0", "0", "0", "0", "0"};
    // Pontoise 2026: two magistrates only: the whole line is withheld, zeros included.
    QTest::newRow("pontoise 2026") << "tj-pontoise" << 2026
                                   << QStringList{"<3", "<3", "<3", "<3", "<3", "<3", "<3", "<3"};
    // Meaux 2026: three magistrates, whose declarations are not due until July.
    QTest::newRow("meaux 2026") << "tj-meaux" << 2026 << QStringList{"3", "0", "0", "0", "3", "0", "0", "0"};
}

void TestAuditBundle::statistics()
{
    QFETCH(QString, jurisdiction);
    QFETCH(int, year);
    QFETCH(QStringList, figures);
    QList<Person> people;
    QList<DeclarationRecord> records;
    QList<AuditEntry> trail;
    int next = 0;
    const auto magistrate = [&](const QString& seat, Rank rank, QDate installed) {
        Person person;
        person.id = QString("person-%1").arg(++next);
        person.name = QString("Magistrat %1").arg(next);
        person.profile = profileAt(seat, rank, installed);
        people << person;
        return person.id;
    };
    const auto file = [&](const QString& who, DeclarationKind kind, QDateTime at) {
        DeclarationRecord record;
        record.id = QString("declaration-%1").arg(records.size() + 1);
        record.declarantId = who;
        record.kind = kind;
        record.event = DeclarationEvent::Installation;
        record.filedAt = at;
        record.status = DeclarationStatus::Filed;
        records << record;
        return record.id;
    };
    const auto audit = [&](const QString& action, const QString& declaration, QDateTime at) {
        AuditEntry entry;
        entry.sequence = trail.size() + 1;
        entry.action = action;
        entry.declarationId = declaration;
        entry.at = at;
        trail << entry;
    };
    const QDate installed(2026, 1, 15);                                 // DI due 15 March 2026
    const QDateTime onTime(QDate(2026, 3, 15), QTime(22, 30), Qt::UTC); // 23:30 in Paris: still the 15th
    const QDateTime late(QDate(2026, 3, 15), QTime(23, 30), Qt::UTC);   // 00:30 on the 16th in Paris
    QStringList withEntretien;
    for (int i = 0; i < 4; ++i) {
        const QString id =
            file(magistrate("Nanterre", Rank::Magistrat, installed), DeclarationKind::Interets, onTime);
        if (i < 3) {
            withEntretien << id;
        }
    }
    for (int i = 0; i < 3; ++i) {
        file(magistrate("Nanterre", Rank::Magistrat, installed), DeclarationKind::Interets, late);
    }
    magistrate("Nanterre", Rank::Chef, installed); // DI and DSP, neither filed
    for (const QString& id : withEntretien) {
        audit(actions::EntretienRecord, id, QDateTime(QDate(2026, 4, 2), QTime(9, 0), Qt::UTC));
    }
    audit(actions::EntretienRecord, withEntretien.first(),
          QDateTime(QDate(2026, 4, 9), QTime(9, 0), Qt::UTC));
    audit(actions::AvisRequest, withEntretien.first(), QDateTime(QDate(2026, 4, 3), QTime(9, 0), Qt::UTC));
    audit("open", withEntretien.last(), QDateTime(QDate(2026, 4, 3), QTime(9, 0), Qt::UTC)); // not counted
    audit(actions::ControlRequest, withEntretien.at(0), QDateTime(QDate(2026, 5, 4), QTime(9, 0), Qt::UTC));
    audit(actions::ControlAnswer, withEntretien.at(1), QDateTime(QDate(2026, 5, 5), QTime(9, 0), Qt::UTC));
    audit(actions::ControlConclude, withEntretien.at(2), QDateTime(QDate(2026, 5, 6), QTime(9, 0), Qt::UTC));
    audit(actions::ControlOpen, withEntretien.at(2),
          QDateTime(QDate(2026, 5, 6), QTime(9, 0), Qt::UTC)); // no
    for (int i = 0; i < 3; ++i) {
        file(magistrate("Nanterre", Rank::Magistrat, QDate(2025, 3, 1)), DeclarationKind::Interets,
             QDateTime(QDate(2025, 4, 1), QTime(9, 0), Qt::UTC));
    }
    for (int i = 0; i < 2; ++i) {
        magistrate("Pontoise", Rank::Magistrat, installed);
    }
    for (int i = 0; i < 3; ++i) {
        magistrate("Meaux", Rank::Magistrat, QDate(2026, 5, 4));
    }
    Person authority; // no profile: not a magistrate of any jurisdiction
    authority.id = "authority";
    people << authority;

    const QDateTime now(QDate(2026, 6, 1), QTime(8, 0), Qt::UTC);
    const Statistics statistics = computeStatistics(people, records, trail, now, QStringLiteral("lo-2016"));
    const StatisticsRow* row = nullptr;
    for (const StatisticsRow& candidate : statistics.rows) {
        if (candidate.jurisdiction == jurisdiction && candidate.year == year) {
            row = &candidate;
        }
    }
    QVERIFY2(row, qPrintable(jurisdiction));
    const QStringList published{row->due,       row->filedOnTime, row->filedLate,     row->missing,
                                row->notYetDue, row->entretiens,  row->avisRequested, row->controlActs};
    QCOMPARE(published, figures);
    QCOMPARE(statistics.rows.size(), 4);

    // No names and no ids in either export, and the note says why figures are withheld.
    for (const QByteArray& output : {statistics.toCsv(), statistics.toJson()}) {
        QVERIFY(!output.contains("person-"));
        QVERIFY(!output.contains("Magistrat "));
        QVERIFY(!output.contains("declaration-"));
        QVERIFY(output.contains("fewer than 3"));
    }
    const QList<QByteArray> lines = statistics.toCsv().split('\n');
    QVERIFY(lines.at(0).startsWith("# "));
    QCOMPARE(lines.at(2),
             QByteArray("jurisdiction,jurisdiction_name,year,due,filed_on_time,filed_late,missing,"
                        "not_yet_due,entretiens,avis_requested,control_acts"));
    const QJsonArray rows = QJsonDocument::fromJson(statistics.toJson()).object()["rows"].toArray();
    QCOMPARE(rows.size(), 4);
    QCOMPARE(rows.at(0)["jurisdiction"].toString(), QString("tj-meaux"));
    QCOMPARE(rows.at(0)["not_yet_due"].toInt(), 3); // published figures are numbers
    QCOMPARE(rows.at(3)["due"].toString(), QString("<3"));
}

void TestAuditBundle::statisticsThroughTheStore()
{
    // The refusal is audited now: audit times never go backwards, so before the clock is set back to count.
    auto refused = probitas::store::statistics(*m_store, org().juge);
    QVERIFY(!refused);
    QCOMPARE(refused.error().kind, ErrorKind::AccessDenied);
    Clock::setForTesting(QDateTime(QDate(2026, 6, 1), QTime(8, 0), Qt::UTC));
    auto computed = probitas::store::statistics(*m_store, org().auditor);
    QVERIFY2(computed, why(computed).constData());
    // The three magistrates of the organisation, all at TJ Nanterre: four declarations due in 2026, three
    // filed (when the test ran: on time or late depending on the day), the président's DI missing.
    QCOMPARE(computed->rows.size(), 1);
    QCOMPARE(computed->rows.first().jurisdiction, QString("tj-nanterre"));
    QCOMPARE(computed->rows.first().due, QString("4"));
    QCOMPARE(computed->rows.first().missing, QString("<3"));
    Clock::reset();
}

QTEST_GUILESS_MAIN(TestAuditBundle)
#include "tst_audit_bundle.moc"
