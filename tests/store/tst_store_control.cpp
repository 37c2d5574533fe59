// The HATVP's control of a DSP in the store (Controls.h), against each deployment (SQLite; PostgreSQL as its
// superuser; a server store with personal logins): the acts and their deadlines, who may take and read them
// (policy AND cryptography), the rules its outcomes follow, and the attacks: raw SQL changing a deadline, a
// status or a sealed document, an answer replayed onto another control, an act forged by another identity.
#include "AuditActions.h"
#include "Clock.h"
#include "Envelope.h"
#include "StoreSql.h"
#include "StoreTestSupport.h"

#include <QSqlQuery>
#include <QtTest>

using namespace probitas;
using namespace probitas::store;
using namespace probitas::store::testing;

namespace {

// A second président of tribunal, whose DSP is a second control.
const crypto::Identity& secondPresident()
{
    static const crypto::Identity identity = issue(org().ca, QStringLiteral("Paul Second"));
    return identity;
}

QStringList actionsOf(const QList<AuditEntry>& entries)
{
    QStringList actions;
    for (const AuditEntry& entry : entries) {
        if (!statements::isStatement(entry.action)) {
            actions << entry.action;
        }
    }
    return actions;
}

QDate parisDate(const QDateTime& at)
{
    return at.toTimeZone(QTimeZone(QByteArrayLiteral("Europe/Paris"))).date();
}

} // namespace

class TestStoreControl : public QObject
{
    Q_OBJECT

public:
    explicit TestStoreControl(Deployment deployment)
        : m_stores{deployment}
    {}

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void controlRoundTrip();
    void accessAsEachRole_data();
    void accessAsEachRole();
    void actsRefused_data();
    void actsRefused();
    void outcomesFollowTheActs();
    void gardeDesSceauxOnceTheMonthHasRun();
    void rawSqlRefused_data();
    void rawSqlRefused();
    void answerReplayedOntoAnotherControl();
    void actForgedByAnotherIdentity();
    void serverRefusesOtherLogins();
    void pdfDisclosureIsAudited();
    void auditVerifyCrossChecksTheControl_data();
    void auditVerifyCrossChecksTheControl();
    void retentionDestroysTheActs();
    void noContentInTheDatabase();

private:
    // The organisation, a second président, and the DSPs of both présidents filed to the HATVP, the juge's
    // DI.
    bool prepare();
    // The control of m_dsp with a request answered and an injonction: (control, request, answer, injonction).
    struct Fixture
    {
        QString control, request, answer, injonction;
    };
    std::optional<Fixture> requestAnswerEnjoin();
    // A control's record as the HATVP reads it (on a server store, through her own login).
    Result<ControlRecord> controlAsHatvp(const QString& id) const
    {
        return m_store->as(org().hatvp).controls().get(id);
    }

    FreshStores m_stores;
    std::unique_ptr<PersonalStores> m_store;
    QString m_dsp, m_secondDsp, m_di;
};

void TestStoreControl::initTestCase()
{
    QVERIFY(loadBuiltInData().ok());
    if (!m_stores.available()) {
        QSKIP(kNoPostgres);
    }
    static_cast<void>(org());
    static_cast<void>(secondPresident());
}

void TestStoreControl::init()
{
    m_store.reset();
    QVERIFY(m_stores.next());
}

void TestStoreControl::cleanup()
{
    m_store.reset();
    Clock::reset();
}

bool TestStoreControl::prepare()
{
    m_store = m_stores.open();
    if (!m_store) {
        return false;
    }
    registerOrg(*m_store);
    if (!m_store->administration().addPerson(org().admin, QStringLiteral("Paul Second"), Role::Declarant, {},
                                             secondPresident().certificate(), presidentDsp().profile)) {
        return false;
    }
    auto dsp = m_store->declarations().file(presidentDsp(), org().president);
    auto second = m_store->declarations().file(presidentDsp(), secondPresident());
    auto di = m_store->declarations().file(juge(), org().juge);
    if (!dsp || !second || !di) {
        qWarning("file: %s %s %s", why(dsp).constData(), why(second).constData(), why(di).constData());
        return false;
    }
    m_dsp = *dsp;
    m_secondDsp = *second;
    m_di = *di;
    return true;
}

std::optional<TestStoreControl::Fixture> TestStoreControl::requestAnswerEnjoin()
{
    const Org& o = org();
    Fixture fixture;
    auto request =
        m_store->controls().requestExplanation(m_dsp, o.hatvp, QStringLiteral("Origine du livret A ?"));
    if (!request) {
        qWarning("request: %s", why(request).constData());
        return std::nullopt;
    }
    auto answer = m_store->controls().answer(*request, o.president, QStringLiteral("Une donation de 2019."));
    auto injonction = m_store->controls().enjoin(m_dsp, o.hatvp, InjonctionGrounds::Incomplete,
                                                 QStringLiteral("Complétez la rubrique des comptes."));
    if (!answer || !injonction) {
        qWarning("answer: %s; injonction: %s", why(answer).constData(), why(injonction).constData());
        return std::nullopt;
    }
    auto id = m_store->as(o.hatvp).controls().controlOf(m_dsp);
    if (!id) {
        return std::nullopt;
    }
    fixture.control = *id;
    fixture.request = *request;
    fixture.answer = *answer;
    fixture.injonction = *injonction;
    return fixture;
}

void TestStoreControl::controlRoundTrip()
{
    QVERIFY(prepare());
    const Org& o = org();
    auto request =
        m_store->controls().requestExplanation(m_dsp, o.hatvp, QStringLiteral("Origine du livret A ?"));
    QVERIFY2(request.ok(), why(request).constData());
    auto controlId = m_store->as(o.hatvp).controls().controlOf(m_dsp);
    QVERIFY(controlId.ok() && !controlId->isEmpty());
    auto control = controlAsHatvp(*controlId);
    QVERIFY2(control.ok(), why(control).constData());
    auto filed = m_store->as(o.hatvp).declarations().record(m_dsp);
    QVERIFY(filed.ok());
    // VI: "dans un délai de six mois à compter de la réception de la déclaration".
    QCOMPARE(control->dueOn, parisDate(filed->filedAt).addMonths(6));
    QCOMPARE(control->status, ControlStatus::Open);
    QCOMPARE(control->acts.size(), 1);
    QCOMPARE(control->acts.front().kind, ControlActKind::ExplanationRequest);

    // The declarant reads the request in her list and answers it.
    auto mine = m_store->controls().list(o.president);
    QVERIFY2(mine.ok(), why(mine).constData());
    QCOMPARE(mine->size(), 1);
    auto opened = m_store->controls().open(*controlId, o.president);
    QVERIFY2(opened.ok(), why(opened).constData());
    QCOMPARE(opened->acts.front().text, QStringLiteral("Origine du livret A ?"));
    auto answer = m_store->controls().answer(*request, o.president, QStringLiteral("Une donation de 2019."));
    QVERIFY2(answer.ok(), why(answer).constData());
    // Once only.
    auto again = m_store->controls().answer(*request, o.president, QStringLiteral("Encore."));
    QCOMPARE(again.error().code, QString(errors::WrongState));

    // The tax returns (V), then an injonction (IV) whose month both sides see.
    QVERIFY(m_store->controls()
                .requestTaxReturns(m_dsp, o.hatvp, true, QStringLiteral("Avis d'imposition 2024 et 2025."))
                .ok());
    auto injonction = m_store->controls().enjoin(m_dsp, o.hatvp, InjonctionGrounds::Incomplete,
                                                 QStringLiteral("Complétez la rubrique des comptes."));
    QVERIFY2(injonction.ok(), why(injonction).constData());
    for (const crypto::Identity* side : {&o.hatvp, &o.president}) {
        auto seen = m_store->controls().list(*side, true);
        QVERIFY2(seen.ok(), why(seen).constData());
        QCOMPARE(seen->size(), 1);
        const ControlActRecord* pending = seen->front().pendingInjonction();
        QVERIFY(pending);
        QCOMPARE(pending->dueOn, parisDate(pending->at).addMonths(1));
        QCOMPARE(pending->grounds, InjonctionGrounds::Incomplete);
    }
    auto completed =
        m_store->controls().answer(*injonction, o.president, QStringLiteral("Rubrique complétée ci-joint."));
    QVERIFY2(completed.ok(), why(completed).constData());

    // The HATVP reads everything: her acts and the declarant's answers, in order.
    auto read = m_store->controls().open(*controlId, o.hatvp);
    QVERIFY2(read.ok(), why(read).constData());
    QCOMPARE(read->acts.size(), 5);
    QCOMPARE(read->acts.at(1).text, QStringLiteral("Une donation de 2019."));
    QCOMPARE(read->acts.at(1).record.answers, *request);
    QVERIFY(read->acts.at(2).includingPartner);
    QCOMPARE(read->record.acts.at(0).answeredBy, *answer);

    // The appreciation ends it: the declarant is informed; no act follows.
    auto concluded = m_store->controls().conclude(m_dsp, o.hatvp, ControlOutcome::Justified,
                                                  QStringLiteral("La variation est justifiée."));
    QVERIFY2(concluded.ok(), why(concluded).constData());
    control = controlAsHatvp(*controlId);
    QVERIFY2(control.ok(), why(control).constData());
    QCOMPARE(control->status, ControlStatus::Concluded);
    QCOMPARE(control->outcome, ControlOutcome::Justified);
    QVERIFY(m_store->controls().list(o.hatvp, true)->isEmpty());
    QCOMPARE(m_store->controls().list(o.hatvp, false)->size(), 1);
    auto late = m_store->controls().requestExplanation(m_dsp, o.hatvp, QStringLiteral("Autre question"));
    QCOMPARE(late.error().code, QString(errors::WrongState));
    auto informed = m_store->controls().open(*controlId, o.president);
    QVERIFY2(informed.ok(), why(informed).constData());
    QCOMPARE(informed->acts.last().text, QStringLiteral("La variation est justifiée."));

    // Each act its own action, each reading audited; the trail stays whole.
    const QStringList actions = actionsOf(*m_store->audit().log(o.auditor));
    for (const QString& action : actions::ControlActs) {
        QVERIFY2(actions.contains(action), qPrintable(action));
    }
    QVERIFY(actions.contains(actions::ControlOpen));
    QCOMPARE(m_store->audit().verify()->firstBad, 0);
}

// Who lists the control and who reads its acts; the documents are sealed to exactly those who may read.
void TestStoreControl::accessAsEachRole_data()
{
    QTest::addColumn<QString>("who");
    QTest::addColumn<bool>("lists");
    QTest::addColumn<bool>("opens");
    QTest::newRow("the declarant (IV: the magistrate questioned)") << "president" << true << true;
    QTest::newRow("the HATVP (IV: \"la Haute Autorité peut demander\")") << "hatvp" << true << true;
    QTest::newRow("the auditor: metadata, never content") << "auditor" << true << false;
    QTest::newRow("another magistrate") << "juge" << false << false;
    QTest::newRow("another président owing a DSP") << "second" << false << false;
    QTest::newRow("the CSM") << "csm" << false << false;
    QTest::newRow("the garde des sceaux (until seized)") << "gds" << false << false;
    QTest::newRow("an administrator") << "admin" << false << false;
}

void TestStoreControl::accessAsEachRole()
{
    QFETCH(QString, who);
    QFETCH(bool, lists);
    QFETCH(bool, opens);
    const Org& o = org();
    const std::map<QString, const crypto::Identity*> identities = {
        {"president", &o.president},    {"hatvp", &o.hatvp}, {"auditor", &o.auditor}, {"juge", &o.juge},
        {"second", &secondPresident()}, {"csm", &o.csm},     {"gds", &o.gds},         {"admin", &o.admin}};
    const crypto::Identity& identity = *identities.at(who);
    QVERIFY(prepare());
    const auto fixture = requestAnswerEnjoin();
    QVERIFY(fixture);

    auto listed = m_store->controls().list(identity);
    QVERIFY2(listed.ok(), why(listed).constData());
    QCOMPARE(listed->size(), lists ? 1 : 0);
    auto opened = m_store->controls().open(fixture->control, identity);
    QVERIFY2(opened.ok() == opens, opened.ok() ? "opened" : why(opened).constData());
    if (!opens) {
        QCOMPARE(opened.error().kind, ErrorKind::AccessDenied);
    }
    // The cryptography agrees, act by act.
    auto documents = m_store->connection().exec(
        QStringLiteral("SELECT document FROM control_acts WHERE control_id = ?"), {fixture->control});
    QVERIFY(documents.ok());
    int count = 0;
    while (documents.value().next()) {
        ++count;
        QCOMPARE(crypto::Envelope::open(documents.value().value(0).toByteArray(), identity).ok(), opens);
    }
    QCOMPARE(count, 3);
    const QStringList actions = actionsOf(*m_store->audit().log(o.auditor));
    QCOMPARE(actions.last(), opens ? actions::ControlOpen : QStringLiteral("denied"));
    QCOMPARE(m_store->audit().verify()->firstBad, 0);
}

// Every act by someone the law does not name is refused, and the refusal audited.
void TestStoreControl::actsRefused_data()
{
    QTest::addColumn<QString>("who");
    QTest::addColumn<QString>("act");
    QTest::addColumn<QString>("on"); // "dsp" or "di"
    QTest::newRow("the declarant questions herself") << "president"
                                                     << "request"
                                                     << "dsp";
    QTest::newRow("the CSM asks for explanations") << "csm"
                                                   << "request"
                                                   << "dsp";
    QTest::newRow("the garde des sceaux enjoins") << "gds"
                                                  << "injonction"
                                                  << "dsp";
    QTest::newRow("the auditor asks for the tax returns") << "auditor"
                                                          << "tax-returns"
                                                          << "dsp";
    QTest::newRow("an administrator concludes") << "admin"
                                                << "conclude"
                                                << "dsp";
    QTest::newRow("the HATVP on a DI (no control of interests)") << "hatvp"
                                                                 << "request"
                                                                 << "di";
    QTest::newRow("another magistrate answers for the declarant") << "juge"
                                                                  << "answer"
                                                                  << "dsp";
    QTest::newRow("the HATVP answers its own request") << "hatvp"
                                                       << "answer"
                                                       << "dsp";
}

void TestStoreControl::actsRefused()
{
    QFETCH(QString, who);
    QFETCH(QString, act);
    QFETCH(QString, on);
    const Org& o = org();
    const std::map<QString, const crypto::Identity*> identities = {
        {"president", &o.president}, {"hatvp", &o.hatvp}, {"auditor", &o.auditor},
        {"juge", &o.juge},           {"csm", &o.csm},     {"gds", &o.gds},
        {"admin", &o.admin}};
    const crypto::Identity& identity = *identities.at(who);
    QVERIFY(prepare());
    auto request = m_store->controls().requestExplanation(m_dsp, o.hatvp, QStringLiteral("Question"));
    QVERIFY(request.ok());
    const QString declaration = on == QLatin1String("di") ? m_di : m_dsp;
    const QString text = QStringLiteral("Texte");
    Result<QString> result = QString();
    if (act == QLatin1String("request")) {
        result = m_store->controls().requestExplanation(declaration, identity, text);
    } else if (act == QLatin1String("injonction")) {
        result = m_store->controls().enjoin(declaration, identity, InjonctionGrounds::Incomplete, text);
    } else if (act == QLatin1String("tax-returns")) {
        result = m_store->controls().requestTaxReturns(declaration, identity, false, text);
    } else if (act == QLatin1String("conclude")) {
        result = m_store->controls().conclude(declaration, identity, ControlOutcome::NoObservation, text);
    } else {
        result = m_store->controls().answer(*request, identity, text);
    }
    QVERIFY(!result.ok());
    QCOMPARE(result.error().kind, ErrorKind::AccessDenied);
    QCOMPARE(actionsOf(*m_store->audit().log(o.auditor)).last(), QStringLiteral("denied"));
    // Nothing was written: the control holds its request alone.
    auto control = controlAsHatvp(*m_store->as(o.hatvp).controls().controlOf(m_dsp));
    QVERIFY2(control.ok(), why(control).constData());
    QCOMPARE(control->acts.size(), 1);
}

void TestStoreControl::outcomesFollowTheActs()
{
    QVERIFY(prepare());
    const Org& o = org();
    // VI: the parquet only "après que le magistrat a été mis en mesure de produire ses observations".
    QVERIFY(m_store->controls().requestTaxReturns(m_dsp, o.hatvp, false, QStringLiteral("Avis 2025")).ok());
    auto parquet = m_store->controls().conclude(m_dsp, o.hatvp, ControlOutcome::Parquet, QStringLiteral("x"));
    QCOMPARE(parquet.error().code, QString(errors::WrongState));
    // IV: an injonction for an unanswered request needs such a request.
    auto unanswered =
        m_store->controls().enjoin(m_dsp, o.hatvp, InjonctionGrounds::Unanswered, QStringLiteral("x"));
    QCOMPARE(unanswered.error().code, QString(errors::WrongState));
    auto request = m_store->controls().requestExplanation(m_dsp, o.hatvp, QStringLiteral("Question"));
    QVERIFY(request.ok());
    auto enjoined =
        m_store->controls().enjoin(m_dsp, o.hatvp, InjonctionGrounds::Unanswered, QStringLiteral("x"));
    QVERIFY2(enjoined.ok(), why(enjoined).constData());
    // The garde des sceaux is not seized while the injonction's month runs.
    auto early =
        m_store->controls().conclude(m_dsp, o.hatvp, ControlOutcome::GardeDesSceaux, QStringLiteral("x"));
    QCOMPARE(early.error().code, QString(errors::WrongState));
    // An act without text is refused.
    QCOMPARE(m_store->controls().requestExplanation(m_dsp, o.hatvp, QStringLiteral("  ")).error().kind,
             ErrorKind::Invalid);
    auto sent = m_store->controls().conclude(m_dsp, o.hatvp, ControlOutcome::Parquet,
                                             QStringLiteral("Explications insuffisantes."));
    QVERIFY2(sent.ok(), why(sent).constData());
    auto control = controlAsHatvp(*m_store->as(o.hatvp).controls().controlOf(m_dsp));
    QVERIFY2(control.ok(), why(control).constData());
    QCOMPARE(control->outcome, ControlOutcome::Parquet);
    // The other DSP's control is its own, with its own six months.
    auto other = m_store->controls().requestExplanation(m_secondDsp, o.hatvp, QStringLiteral("Question"));
    QVERIFY2(other.ok(), why(other).constData());
    QCOMPARE(m_store->controls().list(o.hatvp, true)->size(), 1);
    QCOMPARE(m_store->controls().list(secondPresident())->size(), 1);
}

void TestStoreControl::gardeDesSceauxOnceTheMonthHasRun()
{
    if (m_stores.deployment == Deployment::Server) {
        QSKIP("moves the clock a month ahead: on a server store the time is the server's");
    }
    QVERIFY(prepare());
    const Org& o = org();
    auto injonction = m_store->controls().enjoin(m_dsp, o.hatvp, InjonctionGrounds::Incomplete,
                                                 QStringLiteral("Complétez la déclaration."));
    QVERIFY(injonction.ok());
    Clock::setForTesting(QDateTime(Clock::today().addMonths(1).addDays(2), QTime(12, 0), Qt::UTC));
    // Answered late, it is answered: no garde des sceaux then. Unanswered, VI al. 4 applies.
    auto seized = m_store->controls().conclude(m_dsp, o.hatvp, ControlOutcome::GardeDesSceaux,
                                               QStringLiteral("Défaut de réponse à l'injonction."));
    QVERIFY2(seized.ok(), why(seized).constData());
    QCOMPARE(controlAsHatvp(*m_store->as(o.hatvp).controls().controlOf(m_dsp))->outcome,
             ControlOutcome::GardeDesSceaux);
}

// Raw SQL on the store, as whoever holds the file (or the server's superuser): every reading of the control
// is then refused as Integrity, naming it, never read as the HATVP wrote it.
void TestStoreControl::rawSqlRefused_data()
{
    QTest::addColumn<QString>("statement"); // %1: control, %2: request, %3: answer, %4: injonction
    QTest::addColumn<QString>("code");
    QTest::newRow("the appreciation's deadline pushed back")
        << "UPDATE controls SET due_on = '2099-12-31' WHERE id = '%1'"
        << "store.control-tampered";
    QTest::newRow("the injonction's month pushed back")
        << "UPDATE control_acts SET due_on = '2099-12-31' WHERE id = '%4'"
        << "store.control-tampered";
    QTest::newRow("concluded without its conclusion")
        << "UPDATE controls SET status = 'concluded', outcome = 'no-observation', concluded_at = "
           "'2026-01-01T00:00:00.000Z' WHERE id = '%1'"
        << "store.control-tampered";
    QTest::newRow("a status no Probitas writes") << "UPDATE controls SET status = 'bogus' WHERE id = '%1'"
                                                 << "store.unknown-status";
    QTest::newRow("the request's document replaced by the injonction's")
        << "UPDATE control_acts SET document = (SELECT document FROM control_acts WHERE id = '%4') WHERE id "
           "= "
           "'%2'"
        << "store.control-tampered";
    QTest::newRow("the answer deleted") << "DELETE FROM control_acts WHERE id = '%3'"
                                        << "store.control-tampered";
    QTest::newRow("the answer now by the HATVP")
        << "UPDATE control_acts SET kind = 'explanation-request', answers = NULL WHERE id = '%3'"
        << "store.control-tampered";
    QTest::newRow("the controller swapped for the CSM")
        << "UPDATE controls SET controller_id = (SELECT id FROM people WHERE authority_id = 'csm') WHERE id "
           "= "
           "'%1'"
        << "store.control-tampered";
    QTest::newRow("the injonction's grounds changed")
        << "UPDATE control_acts SET grounds = 'unanswered' WHERE id = '%4'"
        << "store.control-tampered";
}

void TestStoreControl::rawSqlRefused()
{
    QFETCH(QString, statement);
    QFETCH(QString, code);
    QVERIFY(prepare());
    const Org& o = org();
    const auto fixture = requestAnswerEnjoin();
    QVERIFY(fixture);
    QVERIFY(m_store->controls().open(fixture->control, o.hatvp).ok());
    statement.replace(QStringLiteral("%1"), fixture->control)
        .replace(QStringLiteral("%2"), fixture->request)
        .replace(QStringLiteral("%3"), fixture->answer)
        .replace(QStringLiteral("%4"), fixture->injonction);
    auto done = m_store->connection().exec(statement);
    QVERIFY2(done.ok(), why(done).constData());

    const auto failure = [](const auto& result) {
        return result.ok() ? Error{ErrorKind::Unusable, QStringLiteral("read without an error"), {}}
                           : result.error();
    };
    for (const Error& error :
         {failure(controlAsHatvp(fixture->control)), failure(m_store->controls().list(o.hatvp)),
          failure(m_store->controls().list(o.president)),
          failure(m_store->controls().open(fixture->control, o.president)),
          failure(m_store->controls().requestExplanation(m_dsp, o.hatvp, QStringLiteral("Question")))}) {
        QCOMPARE(error.kind, ErrorKind::Integrity);
        QCOMPARE(error.code, code);
        QVERIFY2(error.message.contains(fixture->control), qPrintable(error.message));
    }
}

// The declarant's answer to one control copied, by raw SQL, onto another's request: the entry that recorded
// it names its own control, and the document says which act it is.
void TestStoreControl::answerReplayedOntoAnotherControl()
{
    QVERIFY(prepare());
    const Org& o = org();
    const auto fixture = requestAnswerEnjoin();
    QVERIFY(fixture);
    auto otherRequest =
        m_store->controls().requestExplanation(m_secondDsp, o.hatvp, QStringLiteral("Question"));
    QVERIFY(otherRequest.ok());
    const QString otherControl = *m_store->as(o.hatvp).controls().controlOf(m_secondDsp);
    // Through the API, an answer is the declarant's own: the other président cannot answer with it.
    QCOMPARE(m_store->controls().answer(*otherRequest, o.president, QStringLiteral("x")).error().kind,
             ErrorKind::AccessDenied);
    // By raw SQL: the answer's row and document copied onto the other control's request.
    auto copied = m_store->connection().exec(
        QStringLiteral(
            "INSERT INTO control_acts (id, control_id, declaration_id, kind, author_id, at, due_on, "
            "grounds, answers, document) SELECT 'replayed', ?, ?, kind, (SELECT id FROM people WHERE "
            "name = 'Paul Second'), at, due_on, grounds, ?, document FROM control_acts WHERE id = ?"),
        {otherControl, m_secondDsp, *otherRequest, fixture->answer});
    QVERIFY2(copied.ok(), why(copied).constData());
    auto read = controlAsHatvp(otherControl);
    QVERIFY(!read.ok());
    QCOMPARE(read.error().kind, ErrorKind::Integrity);
    QCOMPARE(m_store->controls().open(otherControl, secondPresident()).error().kind, ErrorKind::Integrity);
    // And moved rather than copied: both controls refuse.
    QVERIFY(
        m_store->connection().exec(QStringLiteral("DELETE FROM control_acts WHERE id = 'replayed'")).ok());
    QVERIFY(
        m_store->connection()
            .exec(QStringLiteral("UPDATE control_acts SET control_id = ?, declaration_id = ?, answers = ? "
                                 "WHERE id = ?"),
                  {otherControl, m_secondDsp, *otherRequest, fixture->answer})
            .ok());
    QCOMPARE(controlAsHatvp(fixture->control).error().kind, ErrorKind::Integrity);
    QCOMPARE(controlAsHatvp(otherControl).error().kind, ErrorKind::Integrity);
}

// The CSM, with its own key, forges a conclusion: its document sealed and signed by it, and an audit entry it
// signed, both written by raw SQL. The act is not the controlling HATVP's: refused.
void TestStoreControl::actForgedByAnotherIdentity()
{
    QVERIFY(prepare());
    const Org& o = org();
    const auto fixture = requestAnswerEnjoin();
    QVERIFY(fixture);
    // Through the API it is refused, and audited.
    QCOMPARE(m_store->controls()
                 .conclude(m_dsp, o.csm, ControlOutcome::NoObservation, QStringLiteral("Rien à signaler."))
                 .error()
                 .kind,
             ErrorKind::AccessDenied);

    auto attacker = m_stores.attackersStore();
    QVERIFY(attacker);
    auto csm = attacker->directory().actorFor(o.csm);
    auto president = attacker->directory().personFor(o.president.certificate());
    auto hatvp = attacker->directory().personFor(o.hatvp.certificate());
    QVERIFY(csm.ok() && president.ok() && hatvp.ok());
    const QJsonObject document{{QStringLiteral("type"), QStringLiteral("probitas-control-act")},
                               {QStringLiteral("version"), 1},
                               {QStringLiteral("control"), fixture->control},
                               {QStringLiteral("declaration"), m_dsp},
                               {QStringLiteral("act"), QStringLiteral("forged")},
                               {QStringLiteral("kind"), QStringLiteral("conclusion")},
                               {QStringLiteral("outcome"), QStringLiteral("no-observation")},
                               {QStringLiteral("text"), QStringLiteral("Rien à signaler.")}};
    auto sealed = crypto::Envelope::seal(QJsonDocument(document).toJson(QJsonDocument::Compact), o.csm,
                                         {hatvp->certificate, president->certificate});
    QVERIFY(sealed.ok());
    {
        Transaction transaction(attacker->connection());
        QVERIFY(transaction.begin().ok());
        auto at = sql::writeTime(attacker->connection());
        QVERIFY(at.ok());
        QVERIFY(attacker->connection()
                    .exec(QStringLiteral(
                              "INSERT INTO control_acts (id, control_id, declaration_id, kind, author_id, "
                              "at, document) VALUES ('forged', ?, ?, 'conclusion', ?, ?, ?)"),
                          {fixture->control, m_dsp, csm->personId, sql::timestamp(*at), *sealed})
                    .ok());
        QVERIFY(
            attacker->connection()
                .exec(QStringLiteral("UPDATE controls SET status = 'concluded', outcome = 'no-observation', "
                                     "concluded_at = ? WHERE id = ?"),
                      {sql::timestamp(*at), fixture->control})
                .ok());
        QVERIFY(attacker->audit()
                    .append(*csm, o.csm, actions::ControlConclude, m_dsp,
                            {{QStringLiteral("control"), fixture->control},
                             {QStringLiteral("act"), QStringLiteral("forged")},
                             {QStringLiteral("outcome"), QStringLiteral("no-observation")},
                             {QStringLiteral("document-sha256"), sql::sha256Hex(*sealed)}},
                            *at)
                    .ok());
        QVERIFY(transaction.commit().ok());
    }
    for (const auto& error : {controlAsHatvp(fixture->control).error(),
                              m_store->controls().open(fixture->control, o.president).error(),
                              m_store->controls().list(o.president).error()}) {
        QCOMPARE(error.kind, ErrorKind::Integrity);
        QCOMPARE(error.code, QStringLiteral("store.control-tampered"));
    }
}

// On a server store each login's raw SQL meets the server's own rules: another magistrate sees no row of the
// control; the declarant cannot conclude it; the HATVP cannot change a deadline or a sealed act; the CSM
// cannot add an act. The control reads as the HATVP wrote it afterwards.
void TestStoreControl::serverRefusesOtherLogins()
{
    if (m_stores.deployment != Deployment::Server) {
        QSKIP("the server's rules: a server store only");
    }
    QVERIFY(prepare());
    const Org& o = org();
    const auto fixture = requestAnswerEnjoin();
    QVERIFY(fixture);
    const auto rowsOf = [&](const crypto::Identity& who, const QString& table) {
        auto rows = m_store->as(who).connection().exec(QStringLiteral("SELECT COUNT(*) FROM %1").arg(table));
        return rows.ok() && rows.value().next() ? rows.value().value(0).toInt() : -1;
    };
    QCOMPARE(rowsOf(o.juge, QStringLiteral("controls")), 0);
    QCOMPARE(rowsOf(o.juge, QStringLiteral("control_acts")), 0);
    // (the administrator reads the rows the trail she reads records, as metadata: her `audit verify`
    // cross-checks them; the client's policy lists them to the auditor alone)
    QCOMPARE(rowsOf(o.admin, QStringLiteral("control_acts")), 3);
    QCOMPARE(rowsOf(o.auditor, QStringLiteral("control_acts")), 3);
    QCOMPARE(rowsOf(o.president, QStringLiteral("control_acts")), 3);
    // Each attempt is refused by the server (an error) or touches no row.
    const auto refused = [&](const crypto::Identity& who, const QString& statement) {
        auto done = m_store->as(who).connection().exec(statement);
        return !done.ok() || done.value().numRowsAffected() == 0;
    };
    const QString id = fixture->control;
    QVERIFY(refused(o.hatvp,
                    QStringLiteral("UPDATE controls SET due_on = '2099-12-31' WHERE id = '%1'").arg(id)));
    QVERIFY(refused(o.hatvp, QStringLiteral("UPDATE control_acts SET due_on = '2099-12-31' WHERE id = '%1'")
                                 .arg(fixture->injonction)));
    QVERIFY(refused(
        o.hatvp,
        QStringLiteral("UPDATE control_acts SET document = NULL WHERE id = '%1'").arg(fixture->request)));
    QVERIFY(
        refused(o.hatvp, QStringLiteral("DELETE FROM control_acts WHERE id = '%1'").arg(fixture->answer)));
    QVERIFY(refused(o.president, QStringLiteral("UPDATE controls SET status = 'concluded', outcome = "
                                                "'no-observation' WHERE id = '%1'")
                                     .arg(id)));
    QVERIFY(refused(o.csm, QStringLiteral("INSERT INTO control_acts (id, control_id, declaration_id, kind, "
                                          "author_id, at) SELECT 'forged', id, declaration_id, 'conclusion', "
                                          "(SELECT id FROM people WHERE authority_id = 'csm'), '%1' FROM "
                                          "controls")
                               .arg(sql::timestamp(QDateTime::currentDateTimeUtc()))));
    auto control = controlAsHatvp(id);
    QVERIFY2(control.ok(), why(control).constData());
    QCOMPARE(control->status, ControlStatus::Open);
    QCOMPARE(control->acts.size(), 3);
}

// An act's PDF leaving the store is its own entry, naming the control and the act, never their content; for
// the two parties alone.
void TestStoreControl::pdfDisclosureIsAudited()
{
    QVERIFY(prepare());
    const Org& o = org();
    const auto fixture = requestAnswerEnjoin();
    QVERIFY(fixture);
    const QString sha256 = QString(64, QLatin1Char('a'));
    QVERIFY(m_store->controls()
                .recordDisclosure(fixture->control, fixture->injonction, o.president, sha256)
                .ok());
    const AuditEntry last = m_store->audit().log(o.auditor)->last();
    QCOMPARE(last.action, actions::ExportPdf);
    QCOMPARE(last.declarationId, m_dsp);
    QCOMPARE(last.details.value(QStringLiteral("control")).toString(), fixture->control);
    QCOMPARE(last.details.value(QStringLiteral("act")).toString(), fixture->injonction);
    QCOMPARE(last.details.value(QStringLiteral("file-sha256")).toString(), sha256);
    QVERIFY(m_store->controls().recordDisclosure(fixture->control, fixture->request, o.hatvp).ok());
    for (const crypto::Identity* other : {&o.juge, &o.auditor}) {
        QCOMPARE(
            m_store->controls().recordDisclosure(fixture->control, fixture->request, *other).error().kind,
            ErrorKind::AccessDenied);
        QCOMPARE(m_store->audit().log(o.auditor)->last().action, QStringLiteral("denied"));
    }
}

// `audit verify` cross-checks the control's rows and the entries that recorded them: a row deleted, a whole
// control deleted (which would leave the HATVP's dashboard until someone acts on it), an act added by hand.
void TestStoreControl::auditVerifyCrossChecksTheControl_data()
{
    QTest::addColumn<QStringList>("statements"); // %1: control, %3: answer
    QTest::newRow("an answer deleted") << QStringList{"DELETE FROM control_acts WHERE id = '%3'"};
    QTest::newRow("the whole control deleted") << QStringList{
        "DELETE FROM control_acts WHERE control_id = '%1'", "DELETE FROM controls WHERE id = '%1'"};
    QTest::newRow("an act added by hand") << QStringList{
        "INSERT INTO control_acts (id, control_id, declaration_id, kind, author_id, at, document) "
        "SELECT 'added', control_id, declaration_id, kind, author_id, at, document FROM "
        "control_acts WHERE id = '%3'"};
}

void TestStoreControl::auditVerifyCrossChecksTheControl()
{
    QFETCH(QStringList, statements);
    QVERIFY(prepare());
    const Org& o = org();
    const auto fixture = requestAnswerEnjoin();
    QVERIFY(fixture);
    for (const crypto::Identity* reader : {&o.auditor, &o.admin}) {
        auto whole = m_store->as(*reader).audit().verify();
        QVERIFY2(whole.ok() && whole->firstBad == 0,
                 whole.ok() ? qPrintable(whole->problem) : why(whole).constData());
    }
    for (QString statement : statements) {
        statement.replace(QStringLiteral("%1"), fixture->control)
            .replace(QStringLiteral("%3"), fixture->answer);
        QVERIFY2(m_store->connection().exec(statement).ok(), qPrintable(statement));
    }
    for (const crypto::Identity* reader : {&o.auditor, &o.admin}) {
        auto broken = m_store->as(*reader).audit().verify();
        QVERIFY2(broken.ok(), why(broken).constData());
        QVERIFY2(broken->firstBad != 0, "the cross-check found nothing");
    }
}

void TestStoreControl::retentionDestroysTheActs()
{
    if (m_stores.deployment == Deployment::Server) {
        QSKIP("moves the clock years ahead: on a server store the time is the server's");
    }
    QVERIFY(prepare());
    const Org& o = org();
    const auto fixture = requestAnswerEnjoin();
    QVERIFY(fixture);
    Profile ceased = *presidentDsp().profile;
    ceased.ceasedOn = Clock::today().addDays(-1);
    QVERIFY(m_store->postings().set(o.admin, QStringLiteral("Jean Président"), ceased).ok());
    Clock::setForTesting(QDateTime(Clock::today().addYears(5).addDays(1), QTime(12, 0), Qt::UTC));
    auto purged = m_store->procedures().purge(o.admin, false);
    QVERIFY2(purged.ok(), why(purged).constData());
    QVERIFY(purged->destroyed.contains(m_dsp));
    auto control = controlAsHatvp(fixture->control);
    QVERIFY2(control.ok(), why(control).constData());
    QCOMPARE(control->status, ControlStatus::Destroyed);
    QCOMPARE(control->acts.size(), 3); // the metadata stays
    auto left = m_store->connection().exec(
        QStringLiteral("SELECT COUNT(*) FROM control_acts WHERE document IS NOT NULL AND declaration_id = ?"),
        {m_dsp});
    QVERIFY(left.ok() && left.value().next());
    QCOMPARE(left.value().value(0).toInt(), 0);
    QVERIFY(!m_store->controls().open(fixture->control, o.hatvp).ok());
    QCOMPARE(m_store->audit().verify()->firstBad, 0);
}

void TestStoreControl::noContentInTheDatabase()
{
    if (m_stores.backend != Backend::Sqlite) {
        QSKIP("the files are the server's: SQLite only");
    }
    QVERIFY(prepare());
    const Org& o = org();
    const QString inRequest = randomMarker(), inAnswer = randomMarker(), inConclusion = randomMarker();
    auto request = m_store->controls().requestExplanation(m_dsp, o.hatvp, inRequest);
    QVERIFY(request.ok());
    QVERIFY(m_store->controls().answer(*request, o.president, inAnswer).ok());
    QVERIFY(m_store->controls().conclude(m_dsp, o.hatvp, ControlOutcome::NoObservation, inConclusion).ok());
    auto opened = m_store->controls().open(*m_store->controls().controlOf(m_dsp), o.president);
    QVERIFY(opened.ok());
    QVERIFY(opened->toCanonicalJson().contains(inAnswer.toUtf8()));
    const QStringList found = contentFound(m_stores.location, {inRequest, inAnswer, inConclusion});
    QVERIFY2(found.isEmpty(), qPrintable(found.join(QStringLiteral("; "))));
}

int main(int argc, char* argv[])
{
    return runAgainstEachBackend<TestStoreControl>(argc, argv,
                                                   QStringLiteral("probitas-control-test-XXXXXX"));
}

#include "tst_store_control.moc"
