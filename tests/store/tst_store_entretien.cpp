// The entretien déontologique and the collège's avis in the store, against each backend (SQLite always,
// PostgreSQL when PROBITAS_TEST_POSTGRESQL names a server): scheduling, the fiche navette, opening per role
// (policy AND cryptography), the declarant's acknowledgement, the invitation answered by a superseding
// declaration, the avis round trip, the audit trail, retention, and (SQLite) that no content of the fiche
// reaches the database files or the temporary folder.
#include "Clock.h"
#include "Envelope.h"
#include "Receipt.h"
#include "StoreTestSupport.h"

#include <QSqlQuery>
#include <QtTest>

using namespace probitas;
using namespace probitas::store;
using namespace probitas::store::testing;

namespace {

// The authority's delegate for the entretien: a magistrate of the tribunal, issued once.
const crypto::Identity& vicePresident()
{
    static const crypto::Identity identity = issue(org().ca, QStringLiteral("Anne Vidal"));
    return identity;
}

EntretienFiche ficheFor(const QString& declarationId)
{
    auto fiche = EntretienCodec::decodeFiche(readFile(dataPath(QStringLiteral("fiche-navette-valid.json"))));
    if (!fiche) {
        qFatal("the fiche fixture: %s", qPrintable(fiche.error().message));
    }
    fiche.value().declarationId = declarationId;
    return std::move(fiche).value();
}

CollegeAvis avisFor(const QString& declarationId, const QString& requestId)
{
    return {declarationId, requestId, Clock::today(),
            QStringLiteral("Le déport proposé suffit à prévenir tout conflit d'intérêts."),
            EntretienConclusion::Precautions};
}

QDateTime tomorrowAtTen()
{
    return QDateTime(Clock::today().addDays(1), QTime(10, 0), Qt::UTC);
}

QStringList actionsOf(const QList<AuditEntry>& entries)
{
    QStringList actions;
    for (const AuditEntry& entry : entries) {
        if (!statements::isStatement(entry.action)) { // the organisation's registration
            actions << entry.action;
        }
    }
    return actions;
}

} // namespace

class TestStoreEntretien : public QObject
{
    Q_OBJECT

public:
    explicit TestStoreEntretien(Deployment deployment)
        : m_stores{deployment}
    {}

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void scheduleAndRecord();
    void scheduleRefused_data();
    void scheduleRefused();
    void openAsEachRole_data();
    void openAsEachRole();
    void delegatedEntretien();
    void acknowledge();
    void writtenBeforeTheWritersRenewal();
    void readableAfterCertificatesExpire();
    void invitationAnsweredBySupersedingDeclaration();
    void avisRoundTrip();
    void avisRefused();
    void auditTrail();
    void retentionDestroysTheRecords();
    void unknownStatusRefused_data();
    void unknownStatusRefused();
    void noContentInTheDatabase();

private:
    // A store with the organisation, the delegate, the juge's DI and the président's DSP filed.
    bool prepare();
    QString scheduleOrFail(const crypto::Identity& authority, const QString& delegate = {});

    FreshStores m_stores;
    std::unique_ptr<PersonalStores> m_store;
    QString m_di;  // the juge's DI, filed to the président of TJ Nanterre
    QString m_dsp; // the président's DSP, filed to the HATVP
};

void TestStoreEntretien::initTestCase()
{
    QVERIFY(loadBuiltInData().ok());
    if (!m_stores.available()) {
        QSKIP(kNoPostgres);
    }
    static_cast<void>(org());
    static_cast<void>(vicePresident());
}

void TestStoreEntretien::init()
{
    m_store.reset();
    QVERIFY(m_stores.next());
}

void TestStoreEntretien::cleanup()
{
    m_store.reset();
    Clock::reset();
}

bool TestStoreEntretien::prepare()
{
    m_store = m_stores.open();
    if (!m_store) {
        return false;
    }
    registerOrg(*m_store);
    if (!m_store->administration().addPerson(org().admin, QStringLiteral("Anne Vidal"), Role::Declarant, {},
                                             vicePresident().certificate())) {
        return false;
    }
    auto di = m_store->declarations().file(juge(), org().juge);
    auto dsp = m_store->declarations().file(presidentDsp(), org().president);
    if (!di || !dsp) {
        qWarning("file: %s %s", why(di).constData(), why(dsp).constData());
        return false;
    }
    m_di = *di;
    m_dsp = *dsp;
    return true;
}

QString TestStoreEntretien::scheduleOrFail(const crypto::Identity& authority, const QString& delegate)
{
    auto id = m_store->entretiens().schedule(m_di, authority, tomorrowAtTen(),
                                             QStringLiteral("Cabinet du président"), delegate);
    if (!id) {
        qWarning("schedule: %s", why(id).constData());
        return {};
    }
    return *id;
}

void TestStoreEntretien::scheduleAndRecord()
{
    QVERIFY(prepare());
    const Org& o = org();
    const QString id = scheduleOrFail(o.president);
    QVERIFY(!id.isEmpty());
    auto scheduled = m_store->entretiens().get(id);
    QVERIFY(scheduled.ok());
    QCOMPARE(scheduled->declarationId, m_di);
    QCOMPARE(scheduled->authority, QStringLiteral("tj-nanterre:president"));
    QCOMPARE(scheduled->status, EntretienStatus::Scheduled);
    QCOMPARE(scheduled->scheduledAt, tomorrowAtTen());
    QCOMPARE(scheduled->invitation, InvitationState::None);
    // The convocation is read before the entretien: when and where.
    auto convocation = m_store->entretiens().open(id, o.juge);
    QVERIFY2(convocation.ok(), why(convocation).constData());
    QVERIFY(convocation->convocation.has_value());
    QCOMPARE(convocation->convocation->place, QStringLiteral("Cabinet du président"));
    QCOMPARE(convocation->convocation->at, tomorrowAtTen());
    QVERIFY(!convocation->fiche.has_value());

    // One scheduled entretien at a time.
    auto again =
        m_store->entretiens().schedule(m_di, o.president, tomorrowAtTen(), QStringLiteral("Salle 2"));
    QVERIFY(!again.ok());
    QCOMPARE(again.error().code, QString(errors::WrongState));

    // The fiche must be about this declaration, by this authority, and dated today at the latest.
    EntretienFiche other = ficheFor(m_dsp);
    auto wrongDeclaration = m_store->entretiens().record(id, o.president, other);
    QVERIFY(!wrongDeclaration.ok());
    QCOMPARE(wrongDeclaration.error().code, QString(errors::Mismatch));
    EntretienFiche wrongAuthority = ficheFor(m_di);
    wrongAuthority.authority = QStringLiteral("tj-nanterre:procureur");
    QCOMPARE(m_store->entretiens().record(id, o.president, wrongAuthority).error().code,
             QString(errors::Mismatch));
    EntretienFiche future = ficheFor(m_di);
    future.date = Clock::today().addDays(1);
    QCOMPARE(m_store->entretiens().record(id, o.president, future).error().kind, ErrorKind::Invalid);
    EntretienFiche blank = ficheFor(m_di);
    blank.place = QStringLiteral(" ");
    QCOMPARE(m_store->entretiens().record(id, o.president, blank).error().kind, ErrorKind::Unusable);
    // Only the authority holding it records it.
    auto byJuge = m_store->entretiens().record(id, o.juge, ficheFor(m_di));
    QVERIFY(!byJuge.ok());
    QCOMPARE(byJuge.error().kind, ErrorKind::AccessDenied);

    const EntretienFiche fiche = ficheFor(m_di);
    auto recorded = m_store->entretiens().record(id, o.president, fiche);
    QVERIFY2(recorded.ok(), why(recorded).constData());
    QCOMPARE(m_store->entretiens().get(id)->status, EntretienStatus::Held);
    QVERIFY(m_store->entretiens().get(id)->heldAt.isValid());
    auto opened = m_store->entretiens().open(id, o.president);
    QVERIFY2(opened.ok(), why(opened).constData());
    QVERIFY(opened->fiche.has_value());
    QCOMPARE(EntretienCodec::encode(*opened->fiche), EntretienCodec::encode(fiche));
    // Recorded once.
    QCOMPARE(m_store->entretiens().record(id, o.president, fiche).error().code, QString(errors::WrongState));
    // Once held, the entretien may be renewed ("L'entretien peut être renouvelé à tout moment").
    QVERIFY(!scheduleOrFail(o.president).isEmpty());
    QCOMPARE(m_store->entretiens().list(o.president, m_di)->size(), 2);
}

void TestStoreEntretien::scheduleRefused_data()
{
    QTest::addColumn<QString>("who");
    QTest::addColumn<bool>("dsp");
    QTest::addColumn<QString>("delegate");
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("code");
    const int denied = int(ErrorKind::AccessDenied);
    const int invalid = int(ErrorKind::Invalid);
    QTest::newRow("the declarant") << "juge" << false << "" << denied << QString(errors::Denied);
    QTest::newRow("another head of court") << "procureur" << false << "" << denied << QString(errors::Denied);
    QTest::newRow("the collège, not filed to it")
        << "college" << false << "" << denied << QString(errors::Denied);
    QTest::newRow("the auditor") << "auditor" << false << "" << denied << QString(errors::Denied);
    QTest::newRow("a DSP, by the HATVP") << "hatvp" << true << "" << denied << QString(errors::Denied);
    QTest::newRow("delegated to the declarant")
        << "president" << false << "Hélène Juge" << invalid << QString();
    QTest::newRow("delegated to the auditor") << "president" << false << "Auditeur" << invalid << QString();
    QTest::newRow("delegated to no one known")
        << "president" << false << "Personne" << int(ErrorKind::Unusable) << QString(errors::NotFound);
}

void TestStoreEntretien::scheduleRefused()
{
    QFETCH(QString, who);
    QFETCH(bool, dsp);
    QFETCH(QString, delegate);
    QFETCH(int, kind);
    QFETCH(QString, code);
    QVERIFY(prepare());
    const Org& o = org();
    const std::map<QString, const crypto::Identity*> identities = {
        {"juge", &o.juge},       {"procureur", &o.procureur}, {"college", &o.college},
        {"auditor", &o.auditor}, {"hatvp", &o.hatvp},         {"president", &o.president}};
    auto scheduled = m_store->entretiens().schedule(dsp ? m_dsp : m_di, *identities.at(who), tomorrowAtTen(),
                                                    QStringLiteral("Cabinet"), delegate);
    QVERIFY(!scheduled.ok());
    QCOMPARE(int(scheduled.error().kind), kind);
    if (!code.isEmpty()) {
        QCOMPARE(scheduled.error().code, code);
    }
    QVERIFY(m_store->entretiens().list(o.auditor)->isEmpty());
    // A refusal by the policy is audited.
    if (kind == int(ErrorKind::AccessDenied)) {
        QCOMPARE(actionsOf(*m_store->audit().log(o.auditor)).last(), QStringLiteral("denied"));
    }
}

void TestStoreEntretien::openAsEachRole_data()
{
    QTest::addColumn<QString>("who");
    QTest::addColumn<bool>("opens");
    QTest::addColumn<bool>("lists");
    QTest::newRow("the declarant") << "juge" << true << true;
    QTest::newRow("the authority it was filed to") << "president" << true << true;
    QTest::newRow("another magistrate") << "substitut" << false << false;
    QTest::newRow("another head of court") << "procureur" << false << false;
    QTest::newRow("the premier président") << "pp" << false << false;
    QTest::newRow("the collège") << "college" << false << false;
    QTest::newRow("the CSM") << "csm" << false << false;
    QTest::newRow("the auditor: metadata only") << "auditor" << false << true;
    QTest::newRow("the administrator: metadata only") << "admin" << false << true;
}

void TestStoreEntretien::openAsEachRole()
{
    QFETCH(QString, who);
    QFETCH(bool, opens);
    QFETCH(bool, lists);
    const Org& o = org();
    const std::map<QString, const crypto::Identity*> identities = {{"juge", &o.juge},
                                                                   {"president", &o.president},
                                                                   {"substitut", &o.substitut},
                                                                   {"procureur", &o.procureur},
                                                                   {"pp", &o.premierPresident},
                                                                   {"college", &o.college},
                                                                   {"csm", &o.csm},
                                                                   {"auditor", &o.auditor},
                                                                   {"admin", &o.admin}};
    const crypto::Identity& identity = *identities.at(who);
    QVERIFY(prepare());
    const QString id = scheduleOrFail(o.president);
    QVERIFY(m_store->entretiens().record(id, o.president, ficheFor(m_di)).ok());

    auto opened = m_store->entretiens().open(id, identity);
    QVERIFY2(opened.ok() == opens, opened.ok() ? "opened" : why(opened).constData());
    if (!opens) {
        QCOMPARE(opened.error().kind, ErrorKind::AccessDenied);
    } else {
        QVERIFY(opened->fiche.has_value() && opened->convocation.has_value());
    }
    QCOMPARE(m_store->entretiens().list(identity)->size(), lists ? 1 : 0);
    // The cryptography agrees: the fiche is sealed to exactly those who may read it.
    auto sealed = m_store->connection().exec(
        QStringLiteral("SELECT convocation, fiche FROM entretiens WHERE id = ?"), {id});
    QVERIFY(sealed.ok() && sealed.value().next());
    QCOMPARE(crypto::Envelope::open(sealed.value().value(0).toByteArray(), identity).ok(), opens);
    QCOMPARE(crypto::Envelope::open(sealed.value().value(1).toByteArray(), identity).ok(), opens);
    // Every opening and every refusal is in the audit trail, which stays whole.
    const QStringList actions = actionsOf(*m_store->audit().log(o.auditor));
    QCOMPARE(actions.last(), opens ? QStringLiteral("entretien-open") : QStringLiteral("denied"));
    QCOMPARE(m_store->audit().verify()->firstBad, 0);
}

void TestStoreEntretien::delegatedEntretien()
{
    QVERIFY(prepare());
    const Org& o = org();
    const QString id = scheduleOrFail(o.president, QStringLiteral("Anne Vidal"));
    QVERIFY(!id.isEmpty());
    QVERIFY(!m_store->entretiens().get(id)->delegateId.isEmpty());
    // The delegate is convoked too, and may record the fiche of the entretien she held.
    auto convocation = m_store->entretiens().open(id, vicePresident());
    QVERIFY2(convocation.ok(), why(convocation).constData());
    QCOMPARE(convocation->convocation->delegate, QStringLiteral("Anne Vidal"));
    EntretienFiche fiche = ficheFor(m_di);
    // A delegate records only what the fiche says she held.
    QCOMPARE(m_store->entretiens().record(id, vicePresident(), fiche).error().code,
             QString(errors::Mismatch));
    EntretienFiche unknown = fiche;
    unknown.delegatedTo = QStringLiteral("Personne");
    unknown.delegateFunction = QStringLiteral("vice-présidente");
    QCOMPARE(m_store->entretiens().record(id, o.president, unknown).error().code, QString(errors::NotFound));
    fiche.delegatedTo = QStringLiteral("Anne Vidal");
    fiche.delegateFunction = QStringLiteral("première vice-présidente");
    auto recorded = m_store->entretiens().record(id, vicePresident(), fiche);
    QVERIFY2(recorded.ok(), why(recorded).constData());
    for (const crypto::Identity* reader : {&vicePresident(), &o.president, &o.juge}) {
        auto opened = m_store->entretiens().open(id, *reader);
        QVERIFY2(opened.ok(), why(opened).constData());
        QCOMPARE(opened->fiche->delegatedTo, QStringLiteral("Anne Vidal"));
    }
    QVERIFY(!m_store->entretiens().open(id, o.substitut).ok());
    // The delegate holds the entretien; inviting the declarant stays the authority's.
    QCOMPARE(m_store->entretiens().inviteModification(id, vicePresident()).error().kind,
             ErrorKind::AccessDenied);
    QVERIFY(m_store->entretiens().inviteModification(id, o.president).ok());

    // A delegate named in the fiche alone (not convoked) reads the fiche, not the convocation.
    const QString second = scheduleOrFail(o.president);
    QVERIFY(m_store->entretiens().record(second, o.president, fiche).ok());
    auto ficheOnly = m_store->entretiens().open(second, vicePresident());
    QVERIFY2(ficheOnly.ok(), why(ficheOnly).constData());
    QVERIFY(!ficheOnly->convocation.has_value());
    QVERIFY(ficheOnly->fiche.has_value());
}

void TestStoreEntretien::acknowledge()
{
    QVERIFY(prepare());
    const Org& o = org();
    const QString id = scheduleOrFail(o.president);
    QCOMPARE(m_store->entretiens().acknowledge(id, o.juge).error().code,
             QString(errors::WrongState)); // not held
    QVERIFY(m_store->entretiens().record(id, o.president, ficheFor(m_di)).ok());
    QCOMPARE(m_store->entretiens().acknowledge(id, o.president).error().kind, ErrorKind::AccessDenied);
    QCOMPARE(m_store->entretiens().acknowledge(id, o.substitut).error().kind, ErrorKind::AccessDenied);
    auto receipt = m_store->entretiens().acknowledge(id, o.juge);
    QVERIFY2(receipt.ok(), why(receipt).constData());
    QCOMPARE(m_store->entretiens().get(id)->status, EntretienStatus::Acknowledged);
    QVERIFY(m_store->entretiens().get(id)->acknowledgedAt.isValid());
    // The declarant's signed acknowledgement names exactly the fiche's envelope and its writer.
    auto fiche =
        m_store->connection().exec(QStringLiteral("SELECT fiche FROM entretiens WHERE id = ?"), {id});
    QVERIFY(fiche.ok() && fiche.value().next());
    auto verified = crypto::Receipt::verify(*receipt, fiche.value().value(0).toByteArray(),
                                            {o.ca.certificate()}, o.president.certificate());
    QVERIFY2(verified.ok(), why(verified).constData());
    QCOMPARE(verified->authority.sha256Fingerprint(), o.juge.certificate().sha256Fingerprint());
    QCOMPARE(m_store->entretiens().acknowledgement(id, o.president).value(), *receipt);
    QVERIFY(!m_store->entretiens().acknowledgement(id, o.auditor).ok());
    QCOMPARE(m_store->entretiens().acknowledge(id, o.juge).error().code, QString(errors::WrongState)); // once

    // Replaced by raw SQL with one the substitut signed (stock openssl): refused, naming both.
    const QByteArray forged = signWithOpenssl(
        o.substitut, receiptDocument(fiche.value().value(0).toByteArray(), o.president.certificate(),
                                     o.substitut.certificate(), {}));
    fiche.value().finish();
    QVERIFY(!forged.isEmpty());
    QVERIFY(m_store->connection()
                .exec(QStringLiteral("UPDATE entretiens SET acknowledgement = ? WHERE id = ?"), {forged, id})
                .ok());
    auto refused = m_store->entretiens().acknowledgement(id, o.president);
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().kind, ErrorKind::Integrity);
    QCOMPARE(refused.error().code, QStringLiteral("crypto.receipt-wrong-authority"));
    QVERIFY2(refused.error().message.contains(QStringLiteral("Thomas Substitut")) &&
                 refused.error().message.contains(QStringLiteral("Hélène Juge")),
             qPrintable(refused.error().message));
}

void TestStoreEntretien::writtenBeforeTheWritersRenewal()
{
    // The président convokes, then his certificate is renewed: the convocation he signed with his former key
    // stays his, and the juge still reads it. A document signed by someone else is still refused (above).
    QVERIFY(prepare());
    const Org& o = org();
    const QString id = scheduleOrFail(o.president);
    QVERIFY(!id.isEmpty());
    const crypto::Identity renewed = issue(o.ca, QStringLiteral("Jean Président (2028)"));
    auto done = m_store->administration().renewCertificate(o.admin, QStringLiteral("Jean Président"),
                                                           renewed.certificate());
    QVERIFY2(done.ok(), why(done));
    auto opened = m_store->entretiens().open(id, o.juge);
    QVERIFY2(opened.ok(), why(opened));
    QVERIFY(opened->convocation.has_value());
    QCOMPARE(opened->convocation->declarationId, m_di);
}

void TestStoreEntretien::readableAfterCertificatesExpire()
{
    if (m_stores.deployment == Deployment::Server) {
        QSKIP("moves the clock years ahead: on a server store the time is the server's, which refuses any "
              "other "
              "(tst_store_server::appendingOffTheHeadOrBackdated)");
    }
    // The fiche and the avis are kept as long as the declaration (five years after the magistrate leaves);
    // certificates last two. Each document is judged when the trail says it was written, so twelve years on
    // the convocation, the fiche, the request and the avis still open; a document no entry records does not.
    QVERIFY(prepare());
    const Org& o = org();
    const QString id = scheduleOrFail(o.president);
    QVERIFY(!id.isEmpty());
    QVERIFY(m_store->entretiens().record(id, o.president, ficheFor(m_di)).ok());
    auto requested = m_store->avis().request(m_di, o.president, QStringLiteral("Le déport suffit-il ?"));
    QVERIFY2(requested.ok(), why(requested).constData());
    QVERIFY(m_store->avis().record(*requested, o.college, avisFor(m_di, *requested)).ok());
    Clock::setForTesting(QDateTime::currentDateTimeUtc().addYears(12));
    auto entretien = m_store->entretiens().open(id, o.juge);
    QVERIFY2(entretien.ok(), why(entretien).constData());
    QVERIFY(entretien->convocation.has_value() && entretien->fiche.has_value());
    auto avis = m_store->avis().open(*requested, o.president);
    QVERIFY2(avis.ok(), why(avis).constData());
    QVERIFY(avis->avis.has_value());

    // (c) The entry that records the fiche is gone from what names it: the fiche is no longer vouched for.
    QVERIFY(m_store->connection()
                .exec(QStringLiteral("UPDATE audit SET details = '{}' WHERE action = 'entretien-record'"))
                .ok());
    auto unrecorded = m_store->entretiens().open(id, o.juge);
    QVERIFY(!unrecorded.ok());
    QCOMPARE(unrecorded.error().kind, ErrorKind::Integrity);
}

void TestStoreEntretien::invitationAnsweredBySupersedingDeclaration()
{
    QVERIFY(prepare());
    const Org& o = org();
    const QString id = scheduleOrFail(o.president);
    QCOMPARE(m_store->entretiens().inviteModification(id, o.president).error().code,
             QString(errors::WrongState)); // not held
    QVERIFY(m_store->entretiens().record(id, o.president, ficheFor(m_di)).ok());
    QCOMPARE(m_store->entretiens().inviteModification(id, o.juge).error().kind, ErrorKind::AccessDenied);
    QVERIFY(m_store->entretiens().inviteModification(id, o.president).ok());
    auto invited = m_store->entretiens().get(id);
    QCOMPARE(invited->invitation, InvitationState::Open);
    QVERIFY(invited->invitedAt.isValid());
    QCOMPARE(m_store->entretiens().list(o.juge)->first().invitation,
             InvitationState::Open); // her client sees it
    QCOMPARE(m_store->entretiens().inviteModification(id, o.president).error().code,
             QString(errors::WrongState)); // once

    Declaration modified = juge();
    modified.event = DeclarationEvent::ModificationApresEntretien;
    modified.supersedes = m_di;
    modified.observations = QStringLiteral("Déclaration modifiée à l'issue de l'entretien déontologique.");
    auto filed = m_store->declarations().file(modified, o.juge);
    QVERIFY2(filed.ok(), why(filed).constData());
    QCOMPARE(m_store->declarations().record(m_di)->status, DeclarationStatus::Superseded);
    auto answered = m_store->entretiens().get(id);
    QCOMPARE(answered->invitation, InvitationState::Answered);
    QCOMPARE(answered->answeredBy, *filed);
    const QStringList actions = actionsOf(*m_store->audit().log(o.auditor));
    QCOMPARE(actions.mid(actions.size() - 2), (QStringList{"file", "entretien-invitation-answered"}));
    // No new entretien about a superseded declaration.
    auto late = m_store->entretiens().schedule(m_di, o.president, tomorrowAtTen(), QStringLiteral("Cabinet"));
    QCOMPARE(late.error().code, QString(errors::WrongState));
    auto next =
        m_store->entretiens().schedule(*filed, o.president, tomorrowAtTen(), QStringLiteral("Cabinet"));
    QVERIFY2(next.ok(), why(next).constData());
}

void TestStoreEntretien::avisRoundTrip()
{
    QVERIFY(prepare());
    const Org& o = org();
    QVERIFY(!m_store->declarations().open(m_di, o.college).ok());
    const QString question = QStringLiteral("Le déport proposé suffit-il ?");
    auto requested = m_store->avis().request(m_di, o.president, question);
    QVERIFY2(requested.ok(), why(requested).constData());
    const QString id = *requested;
    // The certified copy was forwarded to the collège, with its basis.
    QVERIFY(m_store->declarations().open(m_di, o.college).ok());
    auto basis = m_store->connection().exec(
        QStringLiteral("SELECT basis FROM envelopes WHERE declaration_id = ? AND forwarded_by IS NOT NULL"),
        {m_di});
    QVERIFY(basis.ok() && basis.value().next());
    QCOMPARE(basis.value().value(0).toString(), QStringLiteral("art. 7-2 II"));
    basis.value().finish();
    auto metadata = m_store->avis().get(id);
    QCOMPARE(metadata->status, AvisStatus::Requested);
    QCOMPARE(metadata->requestedBy, QStringLiteral("tj-nanterre:president"));
    auto forwarded = m_store->connection().exec(
        QStringLiteral("SELECT id FROM envelopes WHERE declaration_id = ? AND forwarded_by IS NOT NULL"),
        {m_di});
    QVERIFY(forwarded.ok() && forwarded.value().next());
    QCOMPARE(metadata->envelopeId, forwarded.value().value(0).toString());
    // The collège reads the question; nothing answered yet.
    auto asked = m_store->avis().open(id, o.college);
    QVERIFY2(asked.ok(), why(asked).constData());
    QCOMPARE(asked->request.question, question);
    QVERIFY(!asked->avis.has_value());
    // Who lists, who reads.
    QCOMPARE(m_store->avis().list(o.juge)->size(), 1); // that an avis was asked about her DI
    QCOMPARE(m_store->avis().open(id, o.juge).error().kind, ErrorKind::AccessDenied);
    QCOMPARE(m_store->avis().list(o.auditor)->size(), 1);
    QCOMPARE(m_store->avis().open(id, o.auditor).error().kind, ErrorKind::AccessDenied);
    QCOMPARE(m_store->avis().list(o.substitut)->size(), 0);
    QCOMPARE(m_store->avis().open(id, o.procureur).error().kind, ErrorKind::AccessDenied);

    // The avis answers this request about this declaration, once, by the collège.
    QCOMPARE(m_store->avis().record(id, o.president, avisFor(m_di, id)).error().kind,
             ErrorKind::AccessDenied);
    QCOMPARE(m_store->avis().record(id, o.college, avisFor(m_dsp, id)).error().code,
             QString(errors::Mismatch));
    QCOMPARE(m_store->avis().record(id, o.college, avisFor(m_di, QStringLiteral("x"))).error().code,
             QString(errors::Mismatch));
    auto recorded = m_store->avis().record(id, o.college, avisFor(m_di, id));
    QVERIFY2(recorded.ok(), why(recorded).constData());
    QCOMPARE(m_store->avis().get(id)->status, AvisStatus::Answered);
    QVERIFY(m_store->avis().get(id)->answeredAt.isValid());
    QCOMPARE(m_store->avis().record(id, o.college, avisFor(m_di, id)).error().code,
             QString(errors::WrongState));
    for (const crypto::Identity* reader : {&o.president, &o.college}) {
        auto opened = m_store->avis().open(id, *reader);
        QVERIFY2(opened.ok(), why(opened).constData());
        QVERIFY(opened->avis.has_value());
        QCOMPARE(EntretienCodec::encode(*opened->avis), EntretienCodec::encode(avisFor(m_di, id)));
    }
    // The cryptography agrees: the avis is sealed to the collège and the requesting authority only.
    auto sealed =
        m_store->connection().exec(QStringLiteral("SELECT avis FROM avis_requests WHERE id = ?"), {id});
    QVERIFY(sealed.ok() && sealed.value().next());
    const QByteArray avis = sealed.value().value(0).toByteArray();
    QVERIFY(crypto::Envelope::open(avis, o.president).ok());
    QVERIFY(!crypto::Envelope::open(avis, o.juge).ok());

    // A second question reuses the certified copy already forwarded.
    auto second = m_store->avis().request(m_di, o.president, QStringLiteral("Et pour l'item 5° ?"));
    QVERIFY2(second.ok(), why(second).constData());
    QCOMPARE(m_store->avis().get(*second)->envelopeId, m_store->avis().get(id)->envelopeId);
    auto forwards = m_store->connection().exec(
        QStringLiteral(
            "SELECT COUNT(*) FROM envelopes WHERE declaration_id = ? AND forwarded_by IS NOT NULL"),
        {m_di});
    QVERIFY(forwards.ok() && forwards.value().next());
    QCOMPARE(forwards.value().value(0).toInt(), 1);
}

void TestStoreEntretien::avisRefused()
{
    QVERIFY(prepare());
    const Org& o = org();
    // Only the authority the DI was filed to asks; a DSP goes to no one (art. 7-3 III).
    QCOMPARE(m_store->avis().request(m_di, o.procureur, QStringLiteral("?")).error().kind,
             ErrorKind::AccessDenied);
    QCOMPARE(m_store->avis().request(m_di, o.juge, QStringLiteral("?")).error().kind,
             ErrorKind::AccessDenied);
    QCOMPARE(m_store->avis().request(m_dsp, o.hatvp, QStringLiteral("?")).error().kind,
             ErrorKind::AccessDenied);
    QCOMPARE(m_store->avis().request(m_di, o.president, QStringLiteral(" ")).error().kind,
             ErrorKind::Unusable);
    QVERIFY(m_store->avis().list(o.auditor)->isEmpty());
    QVERIFY(!m_store->declarations().open(m_di, o.college).ok()); // nothing was forwarded
}

void TestStoreEntretien::auditTrail()
{
    QVERIFY(prepare());
    const Org& o = org();
    const QString id = scheduleOrFail(o.president);
    QVERIFY(m_store->entretiens().record(id, o.president, ficheFor(m_di)).ok());
    QVERIFY(m_store->entretiens().open(id, o.juge).ok());
    QVERIFY(!m_store->entretiens().open(id, o.substitut).ok());
    QVERIFY(m_store->entretiens().acknowledge(id, o.juge).ok());
    QVERIFY(m_store->entretiens().inviteModification(id, o.president).ok());
    auto request = m_store->avis().request(m_di, o.president, QStringLiteral("Question"));
    QVERIFY(request.ok());
    QVERIFY(m_store->avis().open(*request, o.college).ok());
    QVERIFY(m_store->avis().record(*request, o.college, avisFor(m_di, *request)).ok());

    const auto whole = m_store->audit().log(o.auditor);
    QVERIFY(whole.ok());
    QList<AuditEntry> log;
    for (const AuditEntry& entry : whole.value()) {
        if (!statements::isStatement(entry.action)) { // the organisation's registration
            log << entry;
        }
    }
    QCOMPARE(actionsOf(log),
             (QStringList{"file", "file", "entretien-schedule", "entretien-record", "entretien-open",
                          "denied", "entretien-acknowledge", "entretien-invite", "forward", "avis-request",
                          "avis-open", "avis-record"}));
    // Each entry is about the DI and names the entretien or the request; its details are metadata only. On a
    // server store the substitut may not even see the entretien: his denial names it, not its declaration.
    const bool hidden = m_stores.deployment == Deployment::Server;
    for (const AuditEntry& entry : log.mid(2)) {
        if (hidden && entry.action == QLatin1String("denied")) {
            QVERIFY(entry.declarationId.isEmpty());
            QCOMPARE(entry.details.value("entretien").toString(), id);
            QCOMPARE(entry.details.value("reason").toString(), QStringLiteral("hidden-by-the-server"));
            continue;
        }
        QCOMPARE(entry.declarationId, m_di);
        const QByteArray details = QJsonDocument(entry.details).toJson();
        QVERIFY2(!details.contains("Enfance"), details.constData());
        QVERIFY2(!details.contains("Question"), details.constData());
    }
    QCOMPARE(log.at(2).details.value("entretien").toString(), id);
    QCOMPARE(log.at(5).details.value("action").toString(), QStringLiteral("entretien-open"));
    QCOMPARE(log.at(9).details.value("request").toString(), *request);
    // The declarant sees the entries about her declaration.
    const QStringList own = actionsOf(*m_store->audit().log(o.juge));
    QVERIFY(own.contains("entretien-record") && own.contains("avis-request"));
    auto report = m_store->audit().verify();
    QVERIFY(report.ok());
    QCOMPARE(report->firstBad, 0);
    QCOMPARE(report->checked, qint64(whole->size()));
}

void TestStoreEntretien::retentionDestroysTheRecords()
{
    if (m_stores.deployment == Deployment::Server) {
        QSKIP("moves the clock years ahead: on a server store the time is the server's, which refuses any "
              "other "
              "(tst_store_server::appendingOffTheHeadOrBackdated)");
    }
    QVERIFY(prepare());
    const Org& o = org();
    const QString id = scheduleOrFail(o.president);
    QVERIFY(m_store->entretiens().record(id, o.president, ficheFor(m_di)).ok());
    QVERIFY(m_store->entretiens().acknowledge(id, o.juge).ok());
    auto request = m_store->avis().request(m_di, o.president, QStringLiteral("Question"));
    QVERIFY(request.ok());
    Profile ceased = *juge().profile;
    ceased.ceasedOn = Clock::today().addDays(-1);
    // The administrator states her cessation: retention runs from the official posting.
    QVERIFY(m_store->postings().set(o.admin, QStringLiteral("Hélène Juge"), ceased).ok());
    // Five years after she left office the declaration goes, and its entretien's and avis' documents with it.
    Clock::setForTesting(QDateTime(Clock::today().addYears(5).addDays(1), QTime(12, 0), Qt::UTC));
    auto purged = m_store->procedures().purge(o.admin, false);
    QVERIFY2(purged.ok(), why(purged).constData());
    QCOMPARE(purged->destroyed, QStringList{m_di});
    Clock::reset();
    QCOMPARE(m_store->entretiens().get(id)->status, EntretienStatus::Destroyed);
    QCOMPARE(m_store->avis().get(*request)->status, AvisStatus::Destroyed);
    auto left =
        m_store->connection().exec(QStringLiteral("SELECT COUNT(*) FROM entretiens WHERE convocation IS NOT "
                                                  "NULL OR fiche IS NOT NULL OR acknowledgement IS "
                                                  "NOT NULL"));
    QVERIFY(left.ok() && left.value().next());
    QCOMPARE(left.value().value(0).toInt(), 0);
    QVERIFY(!m_store->entretiens().open(id, o.juge).ok());
    QVERIFY(!m_store->avis().open(*request, o.college).ok());
    QCOMPARE(m_store->audit().verify()->firstBad, 0);
}

// Raw SQL sets an entretien's status, its invitation or an avis request's status to a value no Probitas
// writes. Every reading of the row, and every step on it, is refused as Integrity (exit 4), naming the row
// and the value: never read as a default, never a crash.
void TestStoreEntretien::unknownStatusRefused_data()
{
    QTest::addColumn<QString>("column"); // table.column
    QTest::addColumn<QString>("reader");
    for (const char* column : {"entretiens.status", "entretiens.invitation"}) {
        for (const char* reader : {"entretien", "entretiens by the authority", "entretiens by the declarant",
                                   "record the fiche"}) {
            QTest::addRow("%s | %s", column, reader) << column << reader;
        }
    }
    for (const char* reader : {"avis request", "avis requests by the authority",
                               "avis requests by the collège", "record the avis"}) {
        QTest::addRow("avis_requests.status | %s", reader) << "avis_requests.status" << reader;
    }
}

void TestStoreEntretien::unknownStatusRefused()
{
    QFETCH(QString, column);
    QFETCH(QString, reader);
    QVERIFY(prepare());
    const Org& o = org();
    const bool avis = column.startsWith(QLatin1String("avis_requests"));
    QString id;
    if (avis) {
        auto requested = m_store->avis().request(m_di, o.president, QStringLiteral("Le déport suffit-il ?"));
        QVERIFY2(requested.ok(), why(requested).constData());
        id = *requested;
    } else {
        id = scheduleOrFail(o.president);
        QVERIFY(!id.isEmpty());
    }
    QVERIFY(m_store->connection()
                .exec(QStringLiteral("UPDATE %1 SET %2 = 'bogus' WHERE id = ?")
                          .arg(column.section(QLatin1Char('.'), 0, 0), column.section(QLatin1Char('.'), 1)),
                      {id})
                .ok());

    const auto failure = [](const auto& result) {
        return result.ok() ? Error{ErrorKind::Unusable, QStringLiteral("read without an error"), {}}
                           : result.error();
    };
    Error error;
    if (reader == "entretien") {
        error = failure(m_store->entretiens().get(id));
    } else if (reader == "entretiens by the authority") {
        error = failure(m_store->entretiens().list(o.president));
    } else if (reader == "entretiens by the declarant") {
        error = failure(m_store->entretiens().list(o.juge, m_di));
    } else if (reader == "record the fiche") {
        error = failure(m_store->entretiens().record(id, o.president, ficheFor(m_di)));
    } else if (reader == "avis request") {
        error = failure(m_store->avis().get(id));
    } else if (reader == "avis requests by the authority") {
        error = failure(m_store->avis().list(o.president));
    } else if (reader == "avis requests by the collège") {
        error = failure(m_store->avis().list(o.college, m_di));
    } else {
        error = failure(m_store->avis().record(id, o.college, avisFor(m_di, id)));
    }
    QCOMPARE(error.kind, ErrorKind::Integrity);
    QCOMPARE(error.code, QString(errors::UnknownStatus));
    QVERIFY2(error.message.contains(id), qPrintable(error.message));
    QVERIFY2(error.message.contains(QStringLiteral("\"bogus\"")), qPrintable(error.message));
}

void TestStoreEntretien::noContentInTheDatabase()
{
    if (m_stores.backend != Backend::Sqlite) {
        QSKIP("the files are the server's: SQLite only");
    }
    QVERIFY(prepare());
    const Org& o = org();
    // Distinctive values, one per sealed document.
    const QString inPlace = randomMarker(), inFiche = randomMarker(), inQuestion = randomMarker(),
                  inAvis = randomMarker();
    auto id = m_store->entretiens().schedule(m_di, o.president, tomorrowAtTen(), inPlace);
    QVERIFY(id.ok());
    EntretienFiche fiche = ficheFor(m_di);
    fiche.points[QStringLiteral("participationsFinancieres")] = inFiche;
    fiche.conclusionDetails = inFiche;
    QVERIFY(m_store->entretiens().record(*id, o.president, fiche).ok());
    auto opened = m_store->entretiens().open(*id, o.juge);
    QVERIFY(opened.ok());
    QVERIFY(opened->toCanonicalJson().contains(inFiche.toUtf8()));
    QVERIFY(m_store->entretiens().acknowledge(*id, o.juge).ok());
    auto request = m_store->avis().request(m_di, o.president, inQuestion);
    QVERIFY(request.ok());
    CollegeAvis avis = avisFor(m_di, *request);
    avis.avis = inAvis;
    QVERIFY(m_store->avis().record(*request, o.college, avis).ok());
    QVERIFY(m_store->avis().open(*request, o.president)->toCanonicalJson().contains(inAvis.toUtf8()));

    const QStringList found = contentFound(m_stores.location, {inPlace, inFiche, inQuestion, inAvis});
    QVERIFY2(found.isEmpty(), qPrintable(found.join(QStringLiteral("; "))));
}

int main(int argc, char* argv[])
{
    return runAgainstEachBackend<TestStoreEntretien>(argc, argv,
                                                     QStringLiteral("probitas-entretien-test-XXXXXX"));
}

#include "tst_store_entretien.moc"
