// Local hardening (issue 12, section 6), from the side of a colleague who holds a valid identity of the
// organisation or can write the store's files: a SQLite store is created owner-only whatever the umask, and
// one that others may write is refused. SQLite always; PostgreSQL, where a test applies, when
// PROBITAS_TEST_POSTGRESQL names a server.
#include "AuditActions.h"
#include "Envelope.h"
#include "StoreTestSupport.h"

#include <QFileDevice>
#include <QtTest>
#include <sys/stat.h>

using namespace probitas;
using namespace probitas::store;
using namespace probitas::store::testing;

namespace {

// The permission bits of a file or folder, as `ls -l` shows them (0600).
int modeOf(const QString& path)
{
    struct stat status = {};
    if (::stat(QFile::encodeName(path).constData(), &status) != 0) {
        return -1;
    }
    return int(status.st_mode & 07777);
}

bool setMode(const QString& path, int mode)
{
    return ::chmod(QFile::encodeName(path).constData(), mode_t(mode)) == 0;
}

} // namespace

class TestStoreHardening : public QObject
{
    Q_OBJECT

public:
    explicit TestStoreHardening(Deployment deployment)
        : m_stores{deployment}
    {}

private slots:
    void initTestCase();
    void init();

    void newStoreIsOwnerOnly_data();
    void newStoreIsOwnerOnly();
    void storeWritableByOthersRefused_data();
    void storeWritableByOthersRefused();
    void draftSignedBySomeoneElseRefused_data();
    void draftSignedBySomeoneElseRefused();
    void sealedDraftFromElsewhereRefused_data();
    void sealedDraftFromElsewhereRefused();
    void disclosureRecorded_data();
    void disclosureRecorded();
    void ficheDisclosureRecorded();
    void alteredEnvelopeRefused_data();
    void alteredEnvelopeRefused();

private:
    std::unique_ptr<PersonalStores> openStore();
    std::unique_ptr<PersonalStores> openStoreWithOrg();

    FreshStores m_stores;
};

void TestStoreHardening::initTestCase()
{
    QVERIFY(loadBuiltInData().ok());
    if (!m_stores.available()) {
        QSKIP(kNoPostgres);
    }
    static_cast<void>(org());
}

void TestStoreHardening::init()
{
    QVERIFY(m_stores.next());
}

std::unique_ptr<PersonalStores> TestStoreHardening::openStore()
{
    return m_stores.open();
}

std::unique_ptr<PersonalStores> TestStoreHardening::openStoreWithOrg()
{
    auto store = openStore();
    if (store) {
        registerOrg(*store);
    }
    return store;
}

// ---- 1. The SQLite files ---------------------------------------------------------------------------------

void TestStoreHardening::newStoreIsOwnerOnly_data()
{
    QTest::addColumn<int>("umask");
    QTest::newRow("umask 000") << 0;
    QTest::newRow("umask 022") << 022;
    QTest::newRow("umask 002") << 02;
}

void TestStoreHardening::newStoreIsOwnerOnly()
{
    if (m_stores.backend != Backend::Sqlite) {
        QSKIP("the files are the server's: SQLite only");
    }
    QFETCH(int, umask);
    // Two folders Probitas creates, below one that exists.
    const QString folder = m_stores.dir->filePath(QStringLiteral("created"));
    const QString path = folder + QStringLiteral("/inner/store.sqlite");
    const mode_t previous = ::umask(mode_t(umask));
    auto store = Store::open(path);
    ::umask(previous);
    QVERIFY2(store.ok(), why(store).constData());
    registerOrg(**store); // writes through the WAL: -wal and -shm exist while the store is open
    for (const QString& suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")}) {
        QVERIFY2(QFile::exists(path + suffix), qPrintable(path + suffix));
        QCOMPARE(modeOf(path + suffix), 0600);
    }
    QCOMPARE(modeOf(folder), 0700);
    QCOMPARE(modeOf(folder + QStringLiteral("/inner")), 0700);
    // A folder that was there is left as it was.
    QCOMPARE(modeOf(m_stores.dir->path()), 0700);
}

void TestStoreHardening::storeWritableByOthersRefused_data()
{
    QTest::addColumn<QString>("suffix"); // "", "-wal", "-shm", or "/" for the folder
    QTest::addColumn<int>("mode");
    QTest::addColumn<QString>("fix");
    QTest::newRow("file 0666, as chmod'ed by hand") << QString() << 0666 << QStringLiteral("chmod 600");
    QTest::newRow("file writable by its group") << QString() << 0620 << QStringLiteral("chmod 600");
    QTest::newRow("file writable by others only") << QString() << 0602 << QStringLiteral("chmod 600");
    QTest::newRow("-wal 0666") << QStringLiteral("-wal") << 0666 << QStringLiteral("chmod 600");
    QTest::newRow("-shm 0660") << QStringLiteral("-shm") << 0660 << QStringLiteral("chmod 600");
    QTest::newRow("folder 0777") << QStringLiteral("/") << 0777 << QStringLiteral("chmod 700");
    QTest::newRow("folder 1777, as /tmp") << QStringLiteral("/") << 01777 << QStringLiteral("chmod 700");
    QTest::newRow("folder writable by its group")
        << QStringLiteral("/") << 0770 << QStringLiteral("chmod 700");
}

void TestStoreHardening::storeWritableByOthersRefused()
{
    if (m_stores.backend != Backend::Sqlite) {
        QSKIP("the files are the server's: SQLite only");
    }
    QFETCH(QString, suffix);
    QFETCH(int, mode);
    QFETCH(QString, fix);
    QVERIFY(openStoreWithOrg()); // closed: SQLite removes its -wal and -shm
    const bool folder = suffix == QLatin1String("/");
    const QString target = folder ? m_stores.dir->path() : m_stores.location + suffix;
    if (!QFile::exists(target)) {
        // A -wal or -shm left by a crash, or put there by someone else.
        QFile file(target);
        QVERIFY(file.open(QIODevice::WriteOnly));
    }
    const int before = modeOf(target);
    QVERIFY(setMode(target, mode));

    auto refused = Store::open(m_stores.location);
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().kind, ErrorKind::Environment);
    QCOMPARE(refused.error().code, QString(errors::UnsafePermissions));
    // Why, and how to fix it.
    QVERIFY2(refused.error().message.contains(fix + QLatin1Char(' ') + target), why(refused).constData());
    QVERIFY2(refused.error().message.contains(QStringLiteral("other users")), why(refused).constData());

    // The mode was the only reason.
    QVERIFY(setMode(target, folder ? before : 0600));
    auto reopened = Store::open(m_stores.location);
    QVERIFY2(reopened.ok(), why(reopened).constData());
    QVERIFY((*reopened)->audit().verify().ok());
}

// ---- 4. Drafts -------------------------------------------------------------------------------------------

void TestStoreHardening::draftSignedBySomeoneElseRefused_data()
{
    QTest::addColumn<QString>("signer");
    QTest::addColumn<bool>("alsoSealedToSigner");
    QTest::addColumn<bool>("refused");
    QTest::newRow("her own draft") << "juge" << false << false;
    QTest::newRow("signed by another member, sealed to her") << "substitut" << false << true;
    QTest::newRow("signed by another member, sealed to both") << "substitut" << true << true;
    QTest::newRow("signed by her président") << "president" << false << true;
    QTest::newRow("signed by someone outside the directory") << "outsider" << false << true;
}

// Thomas can write the store: he replaces the sealed column of Hélène's draft, with raw SQL, by an envelope
// sealed to her and signed by him. She must not resume it as her own; the row stays for her to discard.
void TestStoreHardening::draftSignedBySomeoneElseRefused()
{
    QFETCH(QString, signer);
    QFETCH(bool, alsoSealedToSigner);
    QFETCH(bool, refused);
    const Org& o = org();
    const std::map<QString, const crypto::Identity*> identities{{"juge", &o.juge},
                                                                {"substitut", &o.substitut},
                                                                {"president", &o.president},
                                                                {"outsider", &o.outsider}};
    const crypto::Identity& forger = *identities.at(signer);
    auto store = openStoreWithOrg();
    QVERIFY(store);
    QVERIFY(store->drafts().save(o.juge, DeclarationCodec::encode(juge())).ok());

    Declaration planted = juge();
    planted.observations = QStringLiteral("Ce brouillon n'est pas le sien");
    QList<crypto::Certificate> recipients{o.juge.certificate()};
    if (alsoSealedToSigner) {
        recipients << forger.certificate();
    }
    auto forged = crypto::Envelope::seal(DeclarationCodec::encode(planted), forger, recipients);
    QVERIFY2(forged.ok(), why(forged).constData());
    auto juge = store->directory().personFor(o.juge.certificate());
    QVERIFY(juge.ok());
    QVERIFY(
        store->connection()
            .exec(QStringLiteral("UPDATE drafts SET sealed = ? WHERE declarant_id = ?"), {*forged, juge->id})
            .ok());

    auto opened = store->drafts().open(o.juge);
    if (!refused) {
        QVERIFY2(opened.ok(), why(opened).constData());
        QVERIFY(opened->toByteArrayUnwiped().contains("pas le sien"));
        return;
    }
    QVERIFY(!opened.ok());
    QCOMPARE(opened.error().kind, ErrorKind::Integrity);
    QCOMPARE(opened.error().code, QStringLiteral("store.wrong-signer"));
    QVERIFY2(opened.error().message.contains(QStringLiteral("not signed by you")), why(opened).constData());
    // Not silently lost: the row is there until she discards it.
    auto rows = store->connection().exec(QStringLiteral("SELECT COUNT(*) FROM drafts WHERE declarant_id = ?"),
                                         {juge->id});
    QVERIFY(rows.ok());
    QSqlQuery& count = rows.value();
    QVERIFY(count.next());
    QCOMPARE(count.value(0).toInt(), 1);
    count.finish();
    QVERIFY(store->drafts().discard(o.juge).ok());
    QCOMPARE(store->drafts().open(o.juge).error().code, QString(errors::NotFound));
}

void TestStoreHardening::sealedDraftFromElsewhereRefused_data()
{
    QTest::addColumn<QString>("forgery");
    QTest::addColumn<QString>("code"); // empty: stored
    QTest::newRow("her own, sealed by Drafts::seal") << "none"
                                                     << "";
    QTest::newRow("signed by another member, sealed to her") << "substitut"
                                                             << "store.wrong-signer";
    QTest::newRow("signed by someone outside the directory") << "outsider"
                                                             << "store.wrong-signer";
    QTest::newRow("one byte changed") << "flipped"
                                      << "crypto.tampered";
    QTest::newRow("cut in half") << "truncated"
                                 << "";
    QTest::newRow("sealed to someone else") << "other-recipient"
                                            << "crypto.not-recipient";
}

// The desktop client keeps a draft it could not store on its own disk (sealed by Drafts::seal) and stores it
// later with saveSealed: whoever can write that disk hands it other bytes. Only an envelope that opens for
// her and that she signed becomes her draft; anything else is refused and her stored draft stays as it was.
void TestStoreHardening::sealedDraftFromElsewhereRefused()
{
    QFETCH(QString, forgery);
    QFETCH(QString, code);
    const Org& o = org();
    auto store = openStoreWithOrg();
    QVERIFY(store);
    QVERIFY(store->drafts().save(o.juge, DeclarationCodec::encode(juge())).ok());

    Declaration kept = juge();
    kept.observations = QStringLiteral("Gardé sur ce poste");
    const QByteArray canonical = DeclarationCodec::encode(kept);
    auto sealed = Drafts::seal(o.juge, canonical);
    QVERIFY2(sealed.ok(), why(sealed).constData());
    QByteArray bytes = *sealed;
    if (forgery == QLatin1String("substitut") || forgery == QLatin1String("outsider")) {
        const crypto::Identity& forger = forgery == QLatin1String("substitut") ? o.substitut : o.outsider;
        auto forged = crypto::Envelope::seal(canonical, forger, {o.juge.certificate()});
        QVERIFY2(forged.ok(), why(forged).constData());
        bytes = *forged;
    } else if (forgery == QLatin1String("flipped")) {
        bytes[bytes.size() - 40] = char(bytes.at(bytes.size() - 40) ^ 0x01);
    } else if (forgery == QLatin1String("truncated")) {
        bytes.truncate(bytes.size() / 2);
    } else if (forgery == QLatin1String("other-recipient")) {
        auto other = crypto::Envelope::seal(canonical, o.juge, {o.substitut.certificate()});
        QVERIFY2(other.ok(), why(other).constData());
        bytes = *other;
    }

    const Status stored = store->drafts().saveSealed(o.juge, bytes);
    auto opened = store->drafts().open(o.juge);
    QVERIFY2(opened.ok(), why(opened).constData());
    if (forgery == QLatin1String("none")) {
        QVERIFY2(stored.ok(), why(stored).constData());
        QVERIFY(opened->toByteArrayUnwiped().contains("Gardé sur ce poste"));
        return;
    }
    QVERIFY(!stored.ok());
    if (!code.isEmpty()) {
        QCOMPARE(stored.error().code, code);
    }
    QVERIFY(stored.error().kind == ErrorKind::Integrity || stored.error().kind == ErrorKind::Unusable ||
            stored.error().kind == ErrorKind::AccessDenied);
    // Her stored draft is the one she saved before, untouched.
    QCOMPARE(opened->toByteArrayUnwiped(), DeclarationCodec::encode(juge()));
}

// ---- 5. Plaintexts leaving the store ---------------------------------------------------------------------

void TestStoreHardening::disclosureRecorded_data()
{
    QTest::addColumn<QString>("who");
    QTest::addColumn<QString>("action");
    QTest::addColumn<QString>("format");
    QTest::addColumn<QString>("sha256");
    QTest::addColumn<int>("expected");    // -1: recorded; otherwise the ErrorKind
    QTest::addColumn<QString>("audited"); // the entry appended, if any
    const QString hash = QString(64, QLatin1Char('a'));
    QTest::newRow("the declarant, her PDF")
        << "juge" << actions::ExportPdf << "pdf" << hash << -1 << "export-pdf";
    QTest::newRow("the authority, the HATVP's XML")
        << "president" << actions::ExportHatvp << "hatvp-xml" << hash << -1 << "export-hatvp";
    QTest::newRow("no file written") << "president" << actions::ExportPdf << "pdf" << QString() << -1
                                     << "export-pdf";
    QTest::newRow("another declarant: refused, audited")
        << "substitut" << actions::ExportPdf << "pdf" << hash << int(ErrorKind::AccessDenied) << "denied";
    QTest::newRow("the auditor reads metadata only")
        << "auditor" << actions::ExportPdf << "pdf" << hash << int(ErrorKind::AccessDenied) << "denied";
    QTest::newRow("not in the directory")
        << "outsider" << actions::ExportPdf << "pdf" << hash << int(ErrorKind::AccessDenied) << QString();
    QTest::newRow("not a disclosure")
        << "president" << QStringLiteral("open") << "pdf" << hash << int(ErrorKind::Unusable) << QString();
    QTest::newRow("a path as the format") << "president" << actions::ExportPdf << "/home/juge/di.pdf" << hash
                                          << int(ErrorKind::Unusable) << QString();
    QTest::newRow("content as the hash")
        << "president" << actions::ExportPdf << "pdf" << QStringLiteral("Lorem ipsum")
        << int(ErrorKind::Unusable) << QString();
}

// Every plaintext that leaves the store is its own audit entry, for one who may open the declaration only,
// with metadata only in its details.
void TestStoreHardening::disclosureRecorded()
{
    QFETCH(QString, who);
    QFETCH(QString, action);
    QFETCH(QString, format);
    QFETCH(QString, sha256);
    QFETCH(int, expected);
    QFETCH(QString, audited);
    const Org& o = org();
    const std::map<QString, const crypto::Identity*> identities{{"juge", &o.juge},
                                                                {"substitut", &o.substitut},
                                                                {"president", &o.president},
                                                                {"auditor", &o.auditor},
                                                                {"outsider", &o.outsider}};
    auto store = openStoreWithOrg();
    QVERIFY(store);
    auto di = store->declarations().file(juge(), o.juge);
    QVERIFY2(di.ok(), why(di).constData());
    const qint64 before = auditCount(*store);

    const Status recorded =
        store->declarations().recordDisclosure(*di, *identities.at(who), action, format, sha256);
    if (expected < 0) {
        QVERIFY2(recorded.ok(), why(recorded).constData());
    } else {
        QVERIFY(!recorded.ok());
        QCOMPARE(int(recorded.error().kind), expected);
    }
    QCOMPARE(auditCount(*store), before + (audited.isEmpty() ? 0 : 1));
    if (audited.isEmpty()) {
        return;
    }
    auto log = store->audit().log(o.auditor);
    QVERIFY(log.ok());
    const AuditEntry& entry = log->last();
    QCOMPARE(entry.action, audited);
    QCOMPARE(entry.declarationId, *di);
    QCOMPARE(entry.actorId, store->directory().personFor(identities.at(who)->certificate())->id);
    if (expected < 0) {
        QJsonObject details{{"format", format}};
        if (!sha256.isEmpty()) {
            details.insert("sha256", sha256);
        }
        QCOMPARE(entry.details, details);
    }
    QVERIFY(store->audit().verify(AuditVerification::EverySignature).ok());
}

// The fiche navette in clear, as a PDF: for the parties to the entretien only, on the record with the DI and
// the entretien.
void TestStoreHardening::ficheDisclosureRecorded()
{
    const Org& o = org();
    auto store = openStoreWithOrg();
    QVERIFY(store);
    auto di = store->declarations().file(juge(), o.juge);
    QVERIFY2(di.ok(), why(di).constData());
    auto entretien = store->entretiens().schedule(
        *di, o.president, QDateTime::currentDateTimeUtc().addDays(1), QStringLiteral("Cabinet du président"));
    QVERIFY2(entretien.ok(), why(entretien).constData());
    const QString hash = QString(64, QLatin1Char('b'));
    for (const crypto::Identity* party : {&o.juge, &o.president}) {
        QVERIFY(
            store->entretiens().recordDisclosure(*entretien, *party, actions::ExportPdf, "pdf", hash).ok());
        auto log = store->audit().log(o.auditor);
        QVERIFY(log.ok());
        QCOMPARE(log->last().action, actions::ExportPdf);
        QCOMPARE(log->last().declarationId, *di);
        QCOMPARE(log->last().details,
                 (QJsonObject{{"format", "pdf"}, {"sha256", hash}, {"entretien", *entretien}}));
    }
    for (const crypto::Identity* other : {&o.substitut, &o.auditor, &o.procureur}) {
        const qint64 before = auditCount(*store);
        const Status refused =
            store->entretiens().recordDisclosure(*entretien, *other, actions::ExportPdf, "pdf", hash);
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().kind, ErrorKind::AccessDenied);
        QCOMPARE(auditCount(*store), before + 1); // the refusal
    }
    QCOMPARE(store->entretiens()
                 .recordDisclosure(*entretien, o.juge, QStringLiteral("entretien-open"), "pdf", hash)
                 .error()
                 .kind,
             ErrorKind::Unusable);
    QVERIFY(store->audit().verify(AuditVerification::EverySignature).ok());
}

// (c) CMS authenticates an envelope's content and signature, not its other recipients' RecipientInfo: a
// colleague with write access to the store changes one (here the serial number naming its recipient) and
// the reader's own still opens. The store holds each copy's hash in the signed entry that wrote it, and
// compares it on every open and export. Rows: which copy, whose RecipientInfo is changed (none: the
// control), who reads it and how.
void TestStoreHardening::alteredEnvelopeRefused_data()
{
    QTest::addColumn<bool>("forwarded");
    QTest::addColumn<QString>("altered");
    QTest::addColumn<QString>("reader");
    QTest::addColumn<QString>("step");
    QTest::newRow("filed, the président's changed, the juge opens") << false << "president"
                                                                    << "juge"
                                                                    << "open";
    QTest::newRow("filed, the juge's changed, the président opens") << false << "juge"
                                                                    << "president"
                                                                    << "open";
    QTest::newRow("filed, the juge's changed, the président exports") << false << "juge"
                                                                      << "president"
                                                                      << "export";
    QTest::newRow("filed, unchanged, the juge opens") << false << ""
                                                      << "juge"
                                                      << "open";
    QTest::newRow("forwarded to the CSM, changed, the CSM opens") << true << "csm"
                                                                  << "csm"
                                                                  << "open";
    QTest::newRow("forwarded to the CSM, changed, the CSM exports") << true << "csm"
                                                                    << "csm"
                                                                    << "export";
    QTest::newRow("forwarded to the CSM, unchanged, the CSM exports") << true << ""
                                                                      << "csm"
                                                                      << "export";
}

void TestStoreHardening::alteredEnvelopeRefused()
{
    QFETCH(bool, forwarded);
    QFETCH(QString, altered);
    QFETCH(QString, reader);
    QFETCH(QString, step);
    const Org& o = org();
    const std::map<QString, const crypto::Identity*> identities{
        {"juge", &o.juge}, {"president", &o.president}, {"csm", &o.csm}};
    auto store = openStoreWithOrg();
    QVERIFY(store);
    auto di = store->declarations().file(juge(), o.juge);
    QVERIFY2(di.ok(), why(di).constData());
    if (forwarded) {
        // A forward to the CSM needs a disciplinary procedure against the declarant.
        QVERIFY(store->procedures()
                    .record(o.admin, QStringLiteral("Hélène Juge"), ProcedureKind::Disciplinaire, false)
                    .ok());
        auto forward =
            store->declarations().forward(*di, o.president, authorities::Csm, QStringLiteral("art. 7-2 III"));
        QVERIFY2(forward.ok(), why(forward).constData());
    }
    if (!altered.isEmpty()) {
        auto rows = store->connection().exec(
            QStringLiteral("SELECT id, sealed FROM envelopes WHERE declaration_id = ? AND forwarded_by IS %1")
                .arg(forwarded ? QStringLiteral("NOT NULL") : QStringLiteral("NULL")),
            {*di});
        QVERIFY(rows && rows.value().next());
        const QString envelopeId = rows.value().value(0).toString();
        QByteArray bytes = rows.value().value(1).toByteArray();
        rows.value().finish();
        // The recipient's issuer-and-serial-number: its last byte flipped.
        const QByteArray serial =
            QByteArray::fromHex(identities.at(altered)->certificate().serialNumberHex().toLatin1());
        const qsizetype at = bytes.indexOf(serial);
        QVERIFY(at > 0);
        QCOMPARE(bytes.indexOf(serial, at + 1), qsizetype(-1));
        bytes[at + serial.size() - 1] = char(bytes[at + serial.size() - 1] ^ 0x01);
        QVERIFY(rawSql(*store, QStringLiteral("UPDATE envelopes SET sealed = ? WHERE id = ?"),
                       {bytes, envelopeId}));
    }
    const crypto::Identity& identity = *identities.at(reader);
    const qint64 before = auditCount(*store);
    Error failure;
    if (step == QLatin1String("open")) {
        auto opened = store->declarations().open(*di, identity);
        if (altered.isEmpty()) {
            QVERIFY2(opened.ok(), why(opened).constData());
        } else {
            QVERIFY(!opened.ok());
            failure = opened.error();
        }
    } else {
        auto exported = store->declarations().exportEnvelope(*di, identity);
        if (altered.isEmpty()) {
            QVERIFY2(exported.ok(), why(exported).constData());
        } else {
            QVERIFY(!exported.ok());
            failure = exported.error();
        }
    }
    QCOMPARE(auditCount(*store), before + 1);
    auto log = store->audit().log(o.auditor);
    QVERIFY(log.ok());
    if (altered.isEmpty()) {
        QCOMPARE(log->last().action, step);
        return;
    }
    QCOMPARE(failure.kind, ErrorKind::Integrity);
    QCOMPARE(failure.code, QString(errors::EnvelopeAltered));
    QVERIFY2(
        failure.message.contains(QStringLiteral("the envelope of declaration %1 in the store is not the one "
                                                "audit entry")
                                     .arg(*di)),
        qPrintable(failure.message));
    // Refused before any plaintext, and on the record.
    QCOMPARE(log->last().action, QStringLiteral("open-failed"));
    QCOMPARE(log->last().details.value("code").toString(), QString(errors::EnvelopeAltered));
}

int main(int argc, char* argv[])
{
    return runAgainstEachBackend<TestStoreHardening>(argc, argv,
                                                     QStringLiteral("probitas-store-hardening-XXXXXX"));
}

#include "tst_store_hardening.moc"
