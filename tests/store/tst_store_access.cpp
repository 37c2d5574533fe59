// The access policy, cell by cell: every actor situation x declaration kind x action (list, open,
// forward, audit log, purge, acknowledge), and which forwards the law allows; the store-wide steps (filing,
// the directory, procedures, the whole trail); the same for the entretien déontologique's and the collège's
// avis' actions; who may record a reminder letter to a magistrate. Pure functions: no database, no keys.
#include "AccessPolicy.h"
#include "AuditActions.h"
#include "Directory.h"

#include <QtTest>

using namespace probitas;
using namespace probitas::store;

Q_DECLARE_METATYPE(probitas::store::Actor)
Q_DECLARE_METATYPE(probitas::store::DeclarationFacts)
Q_DECLARE_METATYPE(probitas::store::Action)
Q_DECLARE_METATYPE(probitas::store::StoreAction)
Q_DECLARE_METATYPE(probitas::DeclarationKind)
Q_DECLARE_METATYPE(probitas::store::EntretienAction)
Q_DECLARE_METATYPE(probitas::store::EntretienFacts)
Q_DECLARE_METATYPE(probitas::store::AvisAction)
Q_DECLARE_METATYPE(probitas::store::AvisFacts)
Q_DECLARE_METATYPE(probitas::store::ControlAction)
Q_DECLARE_METATYPE(probitas::store::ControlFacts)
Q_DECLARE_METATYPE(probitas::store::ReminderFacts)

class TestAccessPolicy : public QObject
{
    Q_OBJECT

private slots:
    void matrix_data();
    void matrix();
    void forwardTargets_data();
    void forwardTargets();
    void acknowledgeReasons_data();
    void acknowledgeReasons();
    void storeMatrix_data();
    void storeMatrix();
    void storeReasons_data();
    void storeReasons();
    void storeActionIds();
    void postingMatrix_data();
    void postingMatrix();
    void entretienMatrix_data();
    void entretienMatrix();
    void entretienScheduling_data();
    void entretienScheduling();
    void delegates_data();
    void delegates();
    void avisMatrix_data();
    void avisMatrix();
    void avisRequests_data();
    void avisRequests();
    void controlMatrix_data();
    void controlMatrix();
    void controlActs_data();
    void controlActs();
    void reminders_data();
    void reminders();
};

namespace {

struct Situation
{
    const char* name;
    Actor actor;
    QStringList filedTo;
    QStringList forwardedTo;
    std::set<ProcedureKind> procedures;
    // Allowed actions, in the order list, open, forward (to the collège), audit log, purge, acknowledge: '1'
    // allowed.
    const char* di;
    const char* dsp;
};

const QString kDeclarant = QStringLiteral("declarant");

std::vector<Situation> situations()
{
    const QString filed = QStringLiteral("receiving");
    return {
        {"declarant herself", {kDeclarant, Role::Declarant, {}}, {filed}, {}, {}, "110100", "110100"},
        {"another declarant",
         {QStringLiteral("other"), Role::Declarant, {}},
         {filed},
         {},
         {},
         "000000",
         "000000"},
        {"a head of court who is the declarant",
         {kDeclarant, Role::Authority, QStringLiteral("tj-nanterre:president")},
         {QStringLiteral("ca")},
         {},
         {},
         "110100",
         "110100"},
        {"the authority it was filed to",
         {filed, Role::Authority, QStringLiteral("tj-nanterre:president")},
         {filed},
         {},
         {},
         "111001",
         "110001"},
        {"another head of court",
         {QStringLiteral("head"), Role::Authority, QStringLiteral("tj-nanterre:procureur")},
         {filed},
         {},
         {},
         "000000",
         "000000"},
        {"collège, nothing forwarded",
         {QStringLiteral("college"), Role::Authority, authorities::College},
         {filed},
         {},
         {},
         "000000",
         "000000"},
        {"collège, forwarded for an avis (7-2 II)",
         {QStringLiteral("college"), Role::Authority, authorities::College},
         {filed},
         {QStringLiteral("college")},
         {},
         "110000",
         "000000"},
        {"collège, filed to it (7-2 I 7°)",
         {QStringLiteral("college"), Role::Authority, authorities::College},
         {QStringLiteral("college")},
         {},
         {},
         "111001",
         "110001"},
        {"CSM, forwarded, no procedure",
         {QStringLiteral("csm"), Role::Authority, authorities::Csm},
         {filed},
         {QStringLiteral("csm")},
         {},
         "000000",
         "000000"},
        {"CSM, forwarded, disciplinary procedure",
         {QStringLiteral("csm"), Role::Authority, authorities::Csm},
         {filed},
         {QStringLiteral("csm")},
         {ProcedureKind::Disciplinaire},
         "110000",
         "000000"},
        {"CSM, disciplinary procedure, nothing forwarded",
         {QStringLiteral("csm"), Role::Authority, authorities::Csm},
         {filed},
         {},
         {ProcedureKind::Disciplinaire},
         "000000",
         "000000"},
        {"garde des sceaux, forwarded, disciplinary procedure",
         {QStringLiteral("gds"), Role::Authority, authorities::GardeDesSceaux},
         {filed},
         {QStringLiteral("gds")},
         {ProcedureKind::Disciplinaire},
         "110000",
         "000000"},
        {"garde des sceaux, forwarded, criminal procedure only",
         {QStringLiteral("gds"), Role::Authority, authorities::GardeDesSceaux},
         {filed},
         {QStringLiteral("gds")},
         {ProcedureKind::Penale},
         "000000",
         "000000"},
        {"IGJ, forwarded, disciplinary procedure only",
         {QStringLiteral("igj"), Role::Authority, authorities::Igj},
         {filed},
         {QStringLiteral("igj")},
         {ProcedureKind::Disciplinaire},
         "000000",
         "000000"},
        {"IGJ, forwarded, enquête",
         {QStringLiteral("igj"), Role::Authority, authorities::Igj},
         {filed},
         {QStringLiteral("igj")},
         {ProcedureKind::EnqueteIgj},
         "110000",
         "000000"},
        {"HATVP, filed to it",
         {QStringLiteral("hatvp"), Role::Authority, authorities::Hatvp},
         {QStringLiteral("hatvp")},
         {},
         {},
         "111001",
         "110001"},
        {"HATVP, not a recipient",
         {QStringLiteral("hatvp"), Role::Authority, authorities::Hatvp},
         {filed},
         {},
         {},
         "000000",
         "000000"},
        {"auditor", {QStringLiteral("auditor"), Role::Auditor, {}}, {filed}, {}, {}, "100100", "100100"},
        {"administrator", {QStringLiteral("admin"), Role::Admin, {}}, {filed}, {}, {}, "100110", "100110"},
        {"no one (empty actor)", {QString(), Role::Declarant, {}}, {filed}, {}, {}, "000000", "000000"},
    };
}

} // namespace

void TestAccessPolicy::matrix_data()
{
    QTest::addColumn<Actor>("actor");
    QTest::addColumn<DeclarationFacts>("facts");
    QTest::addColumn<Action>("action");
    QTest::addColumn<bool>("allowed");
    const Action actions[] = {Action::List,     Action::Open,  Action::Forward,
                              Action::AuditLog, Action::Purge, Action::Acknowledge};
    for (const Situation& situation : situations()) {
        for (DeclarationKind kind : {DeclarationKind::Interets, DeclarationKind::Patrimoine}) {
            const char* expected = kind == DeclarationKind::Interets ? situation.di : situation.dsp;
            QCOMPARE(qstrlen(expected), 6U);
            const DeclarationFacts facts{kDeclarant, kind, situation.filedTo, situation.forwardedTo,
                                         situation.procedures};
            for (int i = 0; i < 6; ++i) {
                QTest::addRow("%s | %s | %s", situation.name, qPrintable(kindId(kind)),
                              qPrintable(actionId(actions[i])))
                    << situation.actor << facts << actions[i] << (expected[i] == '1');
            }
        }
    }
}

void TestAccessPolicy::matrix()
{
    QFETCH(Actor, actor);
    QFETCH(DeclarationFacts, facts);
    QFETCH(Action, action);
    QFETCH(bool, allowed);
    const Decision decision = decide(actor, action, facts, authorities::College);
    QVERIFY2(decision.allowed == allowed, qPrintable(decision.reason));
    QVERIFY(!decision.reason.isEmpty());
}

void TestAccessPolicy::forwardTargets_data()
{
    QTest::addColumn<DeclarationKind>("kind");
    QTest::addColumn<QString>("target");
    QTest::addColumn<int>("procedure"); // -1 none
    QTest::addColumn<bool>("allowed");
    QTest::addColumn<QString>("reason");
    const auto DI = DeclarationKind::Interets;
    const auto DSP = DeclarationKind::Patrimoine;
    const int none = -1;
    const int disc = int(ProcedureKind::Disciplinaire);
    const int penale = int(ProcedureKind::Penale);
    const int enquete = int(ProcedureKind::EnqueteIgj);
    QTest::newRow("DI to the collège for an avis")
        << DI << authorities::College << none << true << "art-7-2-II";
    QTest::newRow("DI to the CSM without procedure")
        << DI << authorities::Csm << none << false << "no-disciplinary-procedure";
    QTest::newRow("DI to the CSM, disciplinary")
        << DI << authorities::Csm << disc << true << "art-7-2-III-disciplinaire";
    QTest::newRow("DI to the CSM, criminal only")
        << DI << authorities::Csm << penale << false << "no-disciplinary-procedure";
    QTest::newRow("DI to the garde des sceaux, disciplinary")
        << DI << authorities::GardeDesSceaux << disc << true << "art-7-2-III-disciplinaire";
    QTest::newRow("DI to the IGJ, disciplinary only")
        << DI << authorities::Igj << disc << false << "no-enquete";
    QTest::newRow("DI to the IGJ, enquête")
        << DI << authorities::Igj << enquete << true << "art-7-2-III-enquete";
    QTest::newRow("DI to another court head")
        << DI << QStringLiteral("tj-nanterre:procureur") << disc << false << "no-legal-basis";
    QTest::newRow("DI to the HATVP") << DI << authorities::Hatvp << none << false << "no-legal-basis";
    QTest::newRow("DSP to the collège") << DSP << authorities::College << none << false << "art-7-3-III";
    QTest::newRow("DSP to the CSM, disciplinary")
        << DSP << authorities::Csm << disc << false << "art-7-3-III";
    QTest::newRow("DSP to a court head")
        << DSP << QStringLiteral("tj-nanterre:president") << disc << false << "art-7-3-III";
    QTest::newRow("DSP to the IGJ, enquête") << DSP << authorities::Igj << enquete << false << "art-7-3-III";
}

void TestAccessPolicy::forwardTargets()
{
    QFETCH(DeclarationKind, kind);
    QFETCH(QString, target);
    QFETCH(int, procedure);
    QFETCH(bool, allowed);
    QFETCH(QString, reason);
    std::set<ProcedureKind> procedures;
    if (procedure >= 0) {
        procedures.insert(ProcedureKind(procedure));
    }
    const Decision decision = forwardAllowed(kind, target, procedures);
    QCOMPARE(decision.allowed, allowed);
    QCOMPARE(decision.reason, reason);
    // The receiving authority asks: the same answer; anyone else: refused whatever the target.
    const DeclarationFacts facts{kDeclarant, kind, {QStringLiteral("receiving")}, {}, procedures};
    QCOMPARE(decide({QStringLiteral("receiving"), Role::Authority, QStringLiteral("x")}, Action::Forward,
                    facts, target)
                 .allowed,
             allowed);
    QVERIFY(!decide({kDeclarant, Role::Declarant, {}}, Action::Forward, facts, target).allowed);
    QVERIFY(!decide({QStringLiteral("admin"), Role::Admin, {}}, Action::Forward, facts, target).allowed);
}

void TestAccessPolicy::acknowledgeReasons_data()
{
    QTest::addColumn<Actor>("actor");
    QTest::addColumn<QStringList>("filedTo");
    QTest::addColumn<bool>("allowed");
    QTest::addColumn<QString>("reason");
    const Actor receiving{QStringLiteral("receiving"), Role::Authority,
                          QStringLiteral("tj-nanterre:president")};
    QTest::newRow("the authority it was filed to")
        << receiving << QStringList{QStringLiteral("receiving")} << true << "filed-to";
    QTest::newRow("an authority it was not filed to")
        << receiving << QStringList{QStringLiteral("ca")} << false << "not-the-receiving-authority";
    // Even were she named among the recipients, the declarant does not acknowledge her own declaration: her
    // receipt would prove nothing (attack 7 of issue 12).
    QTest::newRow("a head of court named for her own declaration")
        << Actor{kDeclarant, Role::Authority, QStringLiteral("tj-nanterre:president")}
        << QStringList{kDeclarant, QStringLiteral("ca")} << false << "not-the-receiving-authority";
    QTest::newRow("a declarant named as a recipient")
        << Actor{QStringLiteral("receiving"), Role::Declarant, {}} << QStringList{QStringLiteral("receiving")}
        << false << "not-the-receiving-authority";
    QTest::newRow("the administrator")
        << Actor{QStringLiteral("admin"), Role::Admin, {}} << QStringList{QStringLiteral("admin")} << false
        << "not-the-receiving-authority";
}

void TestAccessPolicy::acknowledgeReasons()
{
    QFETCH(Actor, actor);
    QFETCH(QStringList, filedTo);
    QFETCH(bool, allowed);
    QFETCH(QString, reason);
    for (DeclarationKind kind : {DeclarationKind::Interets, DeclarationKind::Patrimoine}) {
        const Decision decision = decide(actor, Action::Acknowledge, {kDeclarant, kind, filedTo, {}, {}});
        QCOMPARE(decision.allowed, allowed);
        QCOMPARE(decision.reason, reason);
    }
}

namespace {

// The store-wide steps, in the order of StoreAction.
const StoreAction kStoreActions[] = {
    StoreAction::File,           StoreAction::AddPerson,      StoreAction::RenewCertificate,
    StoreAction::RemovePerson,   StoreAction::AdoptDirectory, StoreAction::RecordProcedure,
    StoreAction::CloseProcedure, StoreAction::ReadWholeTrail, StoreAction::ListEveryDeclaration,
    StoreAction::StatePosting,   StoreAction::DecidePosting,  StoreAction::SetRegime,
};

} // namespace

void TestAccessPolicy::postingMatrix_data()
{
    QTest::addColumn<Actor>("actor");
    QTest::addColumn<bool>("ownPosting");
    QTest::addColumn<QString>("allowed"); // state, request, read, decide: '1' allowed
    QTest::addColumn<QString>("requestReason");
    const Actor declarant{kDeclarant, Role::Declarant, {}};
    const Actor head{QStringLiteral("head"), Role::Authority, QStringLiteral("tj-x:president")};
    QTest::newRow("a declarant, her own posting") << declarant << true << "0110"
                                                  << "own-posting";
    QTest::newRow("a declarant, someone else's") << declarant << false << "0000"
                                                 << "not-own-posting";
    QTest::newRow("a head of court, his own") << head << true << "0110"
                                              << "own-posting";
    QTest::newRow("a head of court, a juge's") << head << false << "0000"
                                               << "not-own-posting";
    QTest::newRow("the auditor") << Actor{QStringLiteral("auditor"), Role::Auditor, {}} << false << "0010"
                                 << "not-a-magistrate";
    QTest::newRow("an administrator") << Actor{QStringLiteral("admin"), Role::Admin, {}} << false << "1011"
                                      << "not-a-magistrate";
    QTest::newRow("an administrator's role with no one behind it")
        << Actor{QString(), Role::Admin, {}} << false << "0000"
        << "not-a-magistrate";
}

// Who states a posting, asks for a change of it, reads the requests and decides them.
void TestAccessPolicy::postingMatrix()
{
    QFETCH(Actor, actor);
    QFETCH(bool, ownPosting);
    QFETCH(QString, allowed);
    QFETCH(QString, requestReason);
    const QString subject = ownPosting ? actor.personId : QStringLiteral("someone-else");
    const PostingAction actions[] = {PostingAction::State, PostingAction::Request, PostingAction::Read,
                                     PostingAction::Decide};
    for (size_t i = 0; i < std::size(actions); ++i) {
        const Decision decision = decidePosting(actor, actions[i], subject);
        QVERIFY2(decision.allowed == (allowed.at(qsizetype(i)) == QLatin1Char('1')),
                 qPrintable(postingActionId(actions[i]) + QStringLiteral(": ") + decision.reason));
        QVERIFY(!decision.reason.isEmpty());
    }
    QCOMPARE(decidePosting(actor, PostingAction::Request, subject).reason, requestReason);
}

void TestAccessPolicy::storeMatrix_data()
{
    QTest::addColumn<Actor>("actor");
    QTest::addColumn<StoreAction>("action");
    QTest::addColumn<bool>("allowed");
    // Order: file, add a person, renew a certificate, remove a person, adopt the directory, record a
    // procedure, close it, read the whole trail, list every declaration, state a posting, decide a request,
    // change the store's regime.
    struct Row
    {
        const char* name;
        Actor actor;
        const char* allowed;
    };
    const std::vector<Row> rows = {
        {"a declarant", {kDeclarant, Role::Declarant, {}}, "100000000000"},
        {"a head of court",
         {QStringLiteral("head"), Role::Authority, QStringLiteral("tj-x:president")},
         "100000000000"},
        {"the collège", {QStringLiteral("college"), Role::Authority, authorities::College}, "100000000000"},
        {"the HATVP", {QStringLiteral("hatvp"), Role::Authority, authorities::Hatvp}, "100000000000"},
        {"the auditor", {QStringLiteral("auditor"), Role::Auditor, {}}, "000000011000"},
        {"an administrator", {QStringLiteral("admin"), Role::Admin, {}}, "011111111111"},
        // A role without a directory entry grants nothing.
        {"no one (empty actor)", {QString(), Role::Declarant, {}}, "000000000000"},
        {"an administrator's role with no one behind it", {QString(), Role::Admin, {}}, "000000000000"},
    };
    for (const Row& row : rows) {
        QCOMPARE(qstrlen(row.allowed), std::size(kStoreActions));
        for (size_t i = 0; i < std::size(kStoreActions); ++i) {
            QTest::addRow("%s | %s", row.name, qPrintable(storeActionId(kStoreActions[i])))
                << row.actor << kStoreActions[i] << (row.allowed[i] == '1');
        }
    }
}

void TestAccessPolicy::storeMatrix()
{
    QFETCH(Actor, actor);
    QFETCH(StoreAction, action);
    QFETCH(bool, allowed);
    const Decision decision = decideStore(actor, action);
    QVERIFY2(decision.allowed == allowed, qPrintable(decision.reason));
    QVERIFY(!decision.reason.isEmpty());
}

// The reasons the store writes into its refusals (audited for procedures and whole-trail reading): stable.
void TestAccessPolicy::storeReasons_data()
{
    QTest::addColumn<Actor>("actor");
    QTest::addColumn<StoreAction>("action");
    QTest::addColumn<QString>("reason");
    const Actor declarant{kDeclarant, Role::Declarant, {}};
    const Actor auditor{QStringLiteral("auditor"), Role::Auditor, {}};
    const Actor admin{QStringLiteral("admin"), Role::Admin, {}};
    QTest::newRow("a magistrate files") << declarant << StoreAction::File << "magistrate";
    QTest::newRow("the auditor does not file") << auditor << StoreAction::File << "not-a-magistrate";
    QTest::newRow("the administrator does not file") << admin << StoreAction::File << "not-a-magistrate";
    QTest::newRow("a declarant adds no one") << declarant << StoreAction::AddPerson << "not-admin";
    QTest::newRow("the auditor removes no one") << auditor << StoreAction::RemovePerson << "not-admin";
    QTest::newRow("the administrator renews")
        << admin << StoreAction::RenewCertificate << "directory-administrator";
    QTest::newRow("a declarant records no procedure")
        << declarant << StoreAction::RecordProcedure << "not-admin";
    QTest::newRow("the auditor closes no procedure") << auditor << StoreAction::CloseProcedure << "not-admin";
    QTest::newRow("the administrator closes one")
        << admin << StoreAction::CloseProcedure << "procedure-administrator";
    QTest::newRow("a declarant reads her part of the trail only")
        << declarant << StoreAction::ReadWholeTrail << "not-auditor";
    QTest::newRow("the auditor reads it all") << auditor << StoreAction::ReadWholeTrail << "audit";
    QTest::newRow("the auditor lists every declaration")
        << auditor << StoreAction::ListEveryDeclaration << "metadata";
    QTest::newRow("no one") << Actor{} << StoreAction::File << "not-in-directory";
}

void TestAccessPolicy::storeReasons()
{
    QFETCH(Actor, actor);
    QFETCH(StoreAction, action);
    QFETCH(QString, reason);
    QCOMPARE(decideStore(actor, action).reason, reason);
}

// Each step has its own id; the directory's and the procedures' are the audit actions they write, so that a
// refusal names the step the trail would have shown.
void TestAccessPolicy::storeActionIds()
{
    QSet<QString> ids;
    for (StoreAction action : kStoreActions) {
        QVERIFY(!storeActionId(action).isEmpty());
        ids.insert(storeActionId(action));
    }
    QCOMPARE(ids.size(), qsizetype(std::size(kStoreActions)));
    QCOMPARE(storeActionId(StoreAction::File), actions::File);
    QCOMPARE(storeActionId(StoreAction::AddPerson), statements::Add);
    QCOMPARE(storeActionId(StoreAction::RenewCertificate), statements::Renew);
    QCOMPARE(storeActionId(StoreAction::RemovePerson), statements::Remove);
    QCOMPARE(storeActionId(StoreAction::RecordProcedure), actions::Procedure);
    QCOMPARE(storeActionId(StoreAction::CloseProcedure), actions::ProcedureClose);
    QCOMPARE(actionId(Action::Acknowledge), actions::Acknowledge);
}

namespace {

// One actor's situation towards an entretien or an avis request, and the actions allowed ('1'), in the order
// of the actions' enum.
struct Party
{
    const char* name;
    Actor actor;
    const char* allowed;
};

const QString kReceiving = QStringLiteral("receiving");
const QString kDelegate = QStringLiteral("delegate");
const QString kCollege = QStringLiteral("college");

} // namespace

void TestAccessPolicy::entretienMatrix_data()
{
    QTest::addColumn<Actor>("actor");
    QTest::addColumn<EntretienAction>("action");
    QTest::addColumn<bool>("allowed");
    // A DI filed to "receiving", who scheduled the entretien and delegated it to "delegate".
    // Order: list, open, schedule, record, acknowledge, invite.
    const std::vector<Party> parties = {
        {"the declarant", {kDeclarant, Role::Declarant, {}}, "110010"},
        {"the declarant, a head of court",
         {kDeclarant, Role::Authority, QStringLiteral("tj-x:president")},
         "110010"},
        {"the authority it was filed to",
         {kReceiving, Role::Authority, QStringLiteral("tj-nanterre:president")},
         "111101"},
        {"its delegate, a magistrate", {kDelegate, Role::Declarant, {}}, "110100"},
        {"another declarant", {QStringLiteral("other"), Role::Declarant, {}}, "000000"},
        {"another head of court",
         {QStringLiteral("head"), Role::Authority, QStringLiteral("tj-nanterre:procureur")},
         "000000"},
        {"the collège", {kCollege, Role::Authority, authorities::College}, "000000"},
        {"the CSM", {QStringLiteral("csm"), Role::Authority, authorities::Csm}, "000000"},
        {"auditor", {QStringLiteral("auditor"), Role::Auditor, {}}, "100000"},
        {"administrator", {QStringLiteral("admin"), Role::Admin, {}}, "100000"},
        {"no one (empty actor)", {QString(), Role::Declarant, {}}, "000000"},
    };
    const EntretienAction actions[] = {EntretienAction::List,        EntretienAction::Open,
                                       EntretienAction::Schedule,    EntretienAction::Record,
                                       EntretienAction::Acknowledge, EntretienAction::Invite};
    for (const Party& party : parties) {
        QCOMPARE(qstrlen(party.allowed), 6U);
        for (int i = 0; i < 6; ++i) {
            QTest::addRow("%s | %s", party.name, qPrintable(entretienActionId(actions[i])))
                << party.actor << actions[i] << (party.allowed[i] == '1');
        }
    }
}

void TestAccessPolicy::entretienMatrix()
{
    QFETCH(Actor, actor);
    QFETCH(EntretienAction, action);
    QFETCH(bool, allowed);
    const EntretienFacts facts{kDeclarant, DeclarationKind::Interets, {kReceiving}, kReceiving, kDelegate};
    const Decision decision = decideEntretien(actor, action, facts);
    QVERIFY2(decision.allowed == allowed, qPrintable(decision.reason));
    QVERIFY(!decision.reason.isEmpty());
}

void TestAccessPolicy::entretienScheduling_data()
{
    QTest::addColumn<Actor>("actor");
    QTest::addColumn<EntretienFacts>("facts");
    QTest::addColumn<EntretienAction>("action");
    QTest::addColumn<bool>("allowed");
    QTest::addColumn<QString>("reason");
    const Actor receiving{kReceiving, Role::Authority, QStringLiteral("tj-nanterre:president")};
    const Actor hatvp{QStringLiteral("hatvp"), Role::Authority, authorities::Hatvp};
    const Actor college{kCollege, Role::Authority, authorities::College};
    const EntretienFacts di{kDeclarant, DeclarationKind::Interets, {kReceiving}, {}, {}};
    QTest::newRow("the receiving authority convokes")
        << receiving << di << EntretienAction::Schedule << true << "art-7-2-entretien";
    QTest::newRow("no entretien about a DSP (HATVP)")
        << hatvp << EntretienFacts{kDeclarant, DeclarationKind::Patrimoine, {QStringLiteral("hatvp")}, {}, {}}
        << EntretienAction::Schedule << false << "no-entretien-for-a-dsp";
    QTest::newRow("the collège, filed to it (7-2 I 7°), convokes")
        << college << EntretienFacts{kDeclarant, DeclarationKind::Interets, {kCollege}, {}, {}}
        << EntretienAction::Schedule << true << "art-7-2-entretien";
    QTest::newRow("the collège, forwarded for an avis, does not")
        << college << di << EntretienAction::Schedule << false << "not-the-receiving-authority";
    QTest::newRow("the declarant does not convoke herself")
        << Actor{kDeclarant, Role::Declarant, {}} << di << EntretienAction::Schedule << false
        << "not-the-receiving-authority";
    QTest::newRow("not delegated: no delegate records")
        << Actor{kDelegate, Role::Declarant, {}}
        << EntretienFacts{kDeclarant, DeclarationKind::Interets, {kReceiving}, kReceiving, {}}
        << EntretienAction::Record << false << "not-the-receiving-authority";
    QTest::newRow("a delegate does not invite")
        << Actor{kDelegate, Role::Authority, QStringLiteral("tj-nanterre:premier-vice-president")}
        << EntretienFacts{kDeclarant, DeclarationKind::Interets, {kReceiving}, kReceiving, kDelegate}
        << EntretienAction::Invite << false << "not-the-receiving-authority";
}

void TestAccessPolicy::entretienScheduling()
{
    QFETCH(Actor, actor);
    QFETCH(EntretienFacts, facts);
    QFETCH(EntretienAction, action);
    QFETCH(bool, allowed);
    QFETCH(QString, reason);
    const Decision decision = decideEntretien(actor, action, facts);
    QCOMPARE(decision.allowed, allowed);
    QCOMPARE(decision.reason, reason);
}

// Who the authority may name as its delegate for an entretien (the delegate then reads the fiche).
void TestAccessPolicy::delegates_data()
{
    QTest::addColumn<Actor>("candidate");
    QTest::addColumn<bool>("allowed");
    QTest::addColumn<QString>("reason");
    QTest::newRow("a magistrate") << Actor{kDelegate, Role::Declarant, {}} << true << "magistrate-delegate";
    QTest::newRow("a vice-president holding an authority id")
        << Actor{kDelegate, Role::Authority, QStringLiteral("tj-nanterre:premier-vice-president")} << true
        << "magistrate-delegate";
    QTest::newRow("the declarant herself")
        << Actor{kDeclarant, Role::Declarant, {}} << false << "the-declarant";
    QTest::newRow("the authority itself")
        << Actor{kReceiving, Role::Authority, QStringLiteral("tj-nanterre:president")} << false
        << "the-authority";
    QTest::newRow("the auditor") << Actor{QStringLiteral("auditor"), Role::Auditor, {}} << false
                                 << "not-a-magistrate";
    QTest::newRow("an administrator")
        << Actor{QStringLiteral("admin"), Role::Admin, {}} << false << "not-a-magistrate";
    QTest::newRow("no one") << Actor{} << false << "not-in-directory";
}

void TestAccessPolicy::delegates()
{
    QFETCH(Actor, candidate);
    QFETCH(bool, allowed);
    QFETCH(QString, reason);
    const EntretienFacts facts{kDeclarant, DeclarationKind::Interets, {kReceiving}, kReceiving, {}};
    const Decision decision = delegateAllowed(candidate, facts);
    QCOMPARE(decision.allowed, allowed);
    QCOMPARE(decision.reason, reason);
}

void TestAccessPolicy::avisMatrix_data()
{
    QTest::addColumn<Actor>("actor");
    QTest::addColumn<AvisAction>("action");
    QTest::addColumn<bool>("allowed");
    // A DI filed to "receiving", who asked the collège ("college") for its avis. Order: list, open, request,
    // record.
    const std::vector<Party> parties = {
        {"the declarant", {kDeclarant, Role::Declarant, {}}, "1000"},
        {"the requesting authority",
         {kReceiving, Role::Authority, QStringLiteral("tj-nanterre:president")},
         "1110"},
        {"the collège asked", {kCollege, Role::Authority, authorities::College}, "1101"},
        {"another holder of the collège's id",
         {QStringLiteral("new-college"), Role::Authority, authorities::College},
         "0000"},
        {"the delegate of an entretien", {kDelegate, Role::Declarant, {}}, "0000"},
        {"another head of court",
         {QStringLiteral("head"), Role::Authority, QStringLiteral("tj-nanterre:procureur")},
         "0000"},
        {"the CSM", {QStringLiteral("csm"), Role::Authority, authorities::Csm}, "0000"},
        {"the HATVP", {QStringLiteral("hatvp"), Role::Authority, authorities::Hatvp}, "0000"},
        {"another declarant", {QStringLiteral("other"), Role::Declarant, {}}, "0000"},
        {"auditor", {QStringLiteral("auditor"), Role::Auditor, {}}, "1000"},
        {"administrator", {QStringLiteral("admin"), Role::Admin, {}}, "1000"},
        {"no one (empty actor)", {QString(), Role::Declarant, {}}, "0000"},
    };
    const AvisAction actions[] = {AvisAction::List, AvisAction::Open, AvisAction::Request,
                                  AvisAction::Record};
    for (const Party& party : parties) {
        QCOMPARE(qstrlen(party.allowed), 4U);
        for (int i = 0; i < 4; ++i) {
            QTest::addRow("%s | %s", party.name, qPrintable(avisActionId(actions[i])))
                << party.actor << actions[i] << (party.allowed[i] == '1');
        }
    }
}

void TestAccessPolicy::avisMatrix()
{
    QFETCH(Actor, actor);
    QFETCH(AvisAction, action);
    QFETCH(bool, allowed);
    const AvisFacts facts{kDeclarant, DeclarationKind::Interets, {kReceiving}, kReceiving, kCollege};
    const Decision decision = decideAvis(actor, action, facts);
    QVERIFY2(decision.allowed == allowed, qPrintable(decision.reason));
    QVERIFY(!decision.reason.isEmpty());
}

void TestAccessPolicy::avisRequests_data()
{
    QTest::addColumn<Actor>("actor");
    QTest::addColumn<AvisFacts>("facts");
    QTest::addColumn<bool>("allowed");
    QTest::addColumn<QString>("reason");
    const Actor receiving{kReceiving, Role::Authority, QStringLiteral("tj-nanterre:president")};
    QTest::newRow("the receiving authority, a DI")
        << receiving << AvisFacts{kDeclarant, DeclarationKind::Interets, {kReceiving}, {}, {}} << true
        << "art-7-2-II";
    QTest::newRow("a DSP goes to no one (7-3 III)")
        << Actor{QStringLiteral("hatvp"), Role::Authority, authorities::Hatvp}
        << AvisFacts{kDeclarant, DeclarationKind::Patrimoine, {QStringLiteral("hatvp")}, {}, {}} << false
        << "art-7-3-III";
    QTest::newRow("the collège, filed to it, asks no avis of itself")
        << Actor{kCollege, Role::Authority, authorities::College}
        << AvisFacts{kDeclarant, DeclarationKind::Interets, {kCollege}, {}, {}} << false
        << "college-is-the-authority";
    QTest::newRow("another head of court")
        << Actor{QStringLiteral("head"), Role::Authority, QStringLiteral("tj-nanterre:procureur")}
        << AvisFacts{kDeclarant, DeclarationKind::Interets, {kReceiving}, {}, {}} << false
        << "not-the-receiving-authority";
    QTest::newRow("the declarant") << Actor{kDeclarant, Role::Declarant, {}}
                                   << AvisFacts{kDeclarant, DeclarationKind::Interets, {kReceiving}, {}, {}}
                                   << false << "not-the-receiving-authority";
}

void TestAccessPolicy::avisRequests()
{
    QFETCH(Actor, actor);
    QFETCH(AvisFacts, facts);
    QFETCH(bool, allowed);
    QFETCH(QString, reason);
    const Decision decision = decideAvis(actor, AvisAction::Request, facts);
    QCOMPARE(decision.allowed, allowed);
    QCOMPARE(decision.reason, reason);
}

void TestAccessPolicy::controlMatrix_data()
{
    QTest::addColumn<Actor>("actor");
    QTest::addColumn<ControlAction>("action");
    QTest::addColumn<bool>("allowed");
    // A DSP filed to the HATVP ("hatvp"), whose control it opened. Order: list, open, request, injonction,
    // tax-returns, conclude, answer (art. 7-3 IV to VI: "la Haute Autorité peut demander au magistrat ...").
    const std::vector<Party> parties = {
        {"the declarant", {kDeclarant, Role::Declarant, {}}, "1100001"},
        {"the declarant, herself a head of court",
         {kDeclarant, Role::Authority, QStringLiteral("tj-nanterre:president")},
         "1100001"},
        {"the HATVP that controls",
         {QStringLiteral("hatvp"), Role::Authority, authorities::Hatvp},
         "1111110"},
        {"another holder of the HATVP's id",
         {QStringLiteral("new-hatvp"), Role::Authority, authorities::Hatvp},
         "0000000"},
        {"the CSM", {QStringLiteral("csm"), Role::Authority, authorities::Csm}, "0000000"},
        {"the garde des sceaux",
         {QStringLiteral("gds"), Role::Authority, authorities::GardeDesSceaux},
         "0000000"},
        {"a head of court",
         {kReceiving, Role::Authority, QStringLiteral("tj-nanterre:president")},
         "0000000"},
        {"another declarant", {QStringLiteral("other"), Role::Declarant, {}}, "0000000"},
        {"auditor: metadata only", {QStringLiteral("auditor"), Role::Auditor, {}}, "1000000"},
        {"administrator: nothing", {QStringLiteral("admin"), Role::Admin, {}}, "0000000"},
        {"no one (empty actor)", {QString(), Role::Declarant, {}}, "0000000"},
    };
    const ControlAction actions[] = {
        ControlAction::List,       ControlAction::Open,     ControlAction::Request, ControlAction::Injonction,
        ControlAction::TaxReturns, ControlAction::Conclude, ControlAction::Answer};
    for (const Party& party : parties) {
        QCOMPARE(qstrlen(party.allowed), 7U);
        for (int i = 0; i < 7; ++i) {
            QTest::addRow("%s | %s", party.name, qPrintable(controlActionId(actions[i])))
                << party.actor << actions[i] << (party.allowed[i] == '1');
        }
    }
}

void TestAccessPolicy::controlMatrix()
{
    QFETCH(Actor, actor);
    QFETCH(ControlAction, action);
    QFETCH(bool, allowed);
    const ControlFacts facts{
        kDeclarant, DeclarationKind::Patrimoine, {QStringLiteral("hatvp")}, QStringLiteral("hatvp")};
    const Decision decision = decideControl(actor, action, facts);
    QVERIFY2(decision.allowed == allowed, qPrintable(decision.reason));
    QVERIFY(!decision.reason.isEmpty());
}

// Who opens a control with its first act, and why a refusal is one.
void TestAccessPolicy::controlActs_data()
{
    QTest::addColumn<Actor>("actor");
    QTest::addColumn<ControlAction>("action");
    QTest::addColumn<ControlFacts>("facts");
    QTest::addColumn<bool>("allowed");
    QTest::addColumn<QString>("reason");
    const Actor hatvp{QStringLiteral("hatvp"), Role::Authority, authorities::Hatvp};
    const ControlFacts dsp{kDeclarant, DeclarationKind::Patrimoine, {QStringLiteral("hatvp")}, {}};
    QTest::newRow("IV: the HATVP asks for explanations on a DSP filed to it")
        << hatvp << ControlAction::Request << dsp << true << "art-7-3-IV";
    QTest::newRow("IV: the HATVP enjoins")
        << hatvp << ControlAction::Injonction << dsp << true << "art-7-3-IV";
    QTest::newRow("V: the HATVP asks for the tax returns")
        << hatvp << ControlAction::TaxReturns << dsp << true << "art-7-3-V";
    QTest::newRow("VI: the HATVP appreciates the variation")
        << hatvp << ControlAction::Conclude << dsp << true << "art-7-3-VI";
    QTest::newRow("a DI is not the HATVP's to control")
        << hatvp << ControlAction::Request
        << ControlFacts{kDeclarant, DeclarationKind::Interets, {QStringLiteral("hatvp")}, {}} << false
        << "not-a-dsp";
    QTest::newRow("a DSP not filed to this HATVP")
        << hatvp << ControlAction::Request
        << ControlFacts{kDeclarant, DeclarationKind::Patrimoine, {QStringLiteral("former-hatvp")}, {}}
        << false << "not-filed-to-the-hatvp";
    QTest::newRow("another HATVP than the one controlling") << hatvp << ControlAction::Conclude
                                                            << ControlFacts{kDeclarant,
                                                                            DeclarationKind::Patrimoine,
                                                                            {QStringLiteral("hatvp")},
                                                                            QStringLiteral("former-hatvp")}
                                                            << false << "not-the-controller";
    QTest::newRow("the CSM is not the HATVP")
        << Actor{QStringLiteral("csm"), Role::Authority, authorities::Csm} << ControlAction::Request
        << ControlFacts{kDeclarant, DeclarationKind::Patrimoine, {QStringLiteral("csm")}, {}} << false
        << "not-the-hatvp";
    QTest::newRow("the declarant answers") << Actor{kDeclarant, Role::Declarant, {}} << ControlAction::Answer
                                           << dsp << true << "own-declaration";
    QTest::newRow("nobody answers for her")
        << hatvp << ControlAction::Answer << dsp << false << "not-the-declarant";
}

void TestAccessPolicy::controlActs()
{
    QFETCH(Actor, actor);
    QFETCH(ControlAction, action);
    QFETCH(ControlFacts, facts);
    QFETCH(bool, allowed);
    QFETCH(QString, reason);
    const Decision decision = decideControl(actor, action, facts);
    QCOMPARE(decision.allowed, allowed);
    QCOMPARE(decision.reason, reason);
}

// A reminder letter (the compliance dashboard's): the authority the overdue declaration is owed to, alone.
void TestAccessPolicy::reminders_data()
{
    QTest::addColumn<Actor>("actor");
    QTest::addColumn<ReminderFacts>("facts");
    QTest::addColumn<bool>("allowed");
    QTest::addColumn<QString>("reason");
    const QString president = QStringLiteral("tj-nanterre:president");
    const Actor receiving{kReceiving, Role::Authority, president};
    const ReminderFacts overdueDi{kDeclarant, {president}, true};
    QTest::newRow("the président, a DI owed to him, overdue")
        << receiving << overdueDi << true << "overdue-declaration";
    QTest::newRow("the HATVP, a DSP owed to it, overdue")
        << Actor{QStringLiteral("hatvp"), Role::Authority, authorities::Hatvp}
        << ReminderFacts{kDeclarant, {authorities::Hatvp}, true} << true << "overdue-declaration";
    QTest::newRow("a declaration owed to two authorities, each may remind")
        << receiving
        << ReminderFacts{kDeclarant, {QStringLiteral("cour-de-cassation:premier-president"), president}, true}
        << true << "overdue-declaration";
    QTest::newRow("not overdue yet, or filed")
        << receiving << ReminderFacts{kDeclarant, {president}, false} << false << "not-overdue";
    QTest::newRow("another court's authority")
        << Actor{QStringLiteral("head"), Role::Authority, QStringLiteral("tj-versailles:president")}
        << overdueDi << false << "not-the-receiving-authority";
    QTest::newRow("the procureur of the same court")
        << Actor{QStringLiteral("head"), Role::Authority, QStringLiteral("tj-nanterre:procureur")}
        << overdueDi << false << "not-the-receiving-authority";
    QTest::newRow("the HATVP, for a DI")
        << Actor{QStringLiteral("hatvp"), Role::Authority, authorities::Hatvp} << overdueDi << false
        << "not-the-receiving-authority";
    QTest::newRow("no such declaration owed")
        << receiving << ReminderFacts{kDeclarant, {}, true} << false << "not-the-receiving-authority";
    QTest::newRow("a head of court, about herself")
        << Actor{kDeclarant, Role::Authority, president} << overdueDi << false << "own-obligation";
    QTest::newRow("the declarant") << Actor{kDeclarant, Role::Declarant, {}} << overdueDi << false
                                   << "not-an-authority";
    QTest::newRow("another declarant")
        << Actor{QStringLiteral("other"), Role::Declarant, {}} << overdueDi << false << "not-an-authority";
    QTest::newRow("the auditor") << Actor{QStringLiteral("auditor"), Role::Auditor, {}} << overdueDi << false
                                 << "not-an-authority";
    QTest::newRow("an administrator")
        << Actor{QStringLiteral("admin"), Role::Admin, {}} << overdueDi << false << "not-an-authority";
    QTest::newRow("no one (empty actor)")
        << Actor{QString(), Role::Authority, president} << overdueDi << false << "not-in-directory";
}

void TestAccessPolicy::reminders()
{
    QFETCH(Actor, actor);
    QFETCH(ReminderFacts, facts);
    QFETCH(bool, allowed);
    QFETCH(QString, reason);
    const Decision decision = decideReminder(actor, facts);
    QCOMPARE(decision.allowed, allowed);
    QCOMPARE(decision.reason, reason);
}

QTEST_GUILESS_MAIN(TestAccessPolicy)
#include "tst_store_access.moc"
