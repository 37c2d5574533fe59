// The statuses of declarations, entretiens, invitations and avis requests: each id reads back as its value
// (the store and the JSON keep these ids), and a value no id matches is refused as Integrity, naming the row
// and the value, rather than read as a default. Pure functions: no database.
#include "RecordStatus.h"

#include <QSet>
#include <QtTest>

using namespace probitas;
using namespace probitas::store;

class TestRecordStatus : public QObject
{
    Q_OBJECT

private slots:
    void idsRoundTrip();
    void idsAreTheStoredOnes();
    void unknownValues_data();
    void unknownValues();
    void finalStatuses();
};

namespace {

// Every value's id reads back as that value, and no two values share an id.
template <typename Enum, size_t N>
void checkRoundTrip(const Enum (&values)[N], QString (*toId)(Enum),
                    std::optional<Enum> (*fromId)(const QString&))
{
    QSet<QString> ids;
    for (Enum value : values) {
        const std::optional<Enum> back = fromId(toId(value));
        QVERIFY2(back.has_value(), qPrintable(toId(value)));
        QVERIFY(*back == value);
        ids.insert(toId(value));
    }
    QCOMPARE(ids.size(), qsizetype(N));
}

} // namespace

void TestRecordStatus::idsRoundTrip()
{
    const DeclarationStatus declarations[] = {DeclarationStatus::Filed, DeclarationStatus::ReceiptHeld,
                                              DeclarationStatus::Superseded, DeclarationStatus::Destroyed};
    checkRoundTrip(declarations, &declarationStatusId, &declarationStatusFromId);
    const EntretienStatus entretiens[] = {EntretienStatus::Scheduled, EntretienStatus::Held,
                                          EntretienStatus::Acknowledged, EntretienStatus::Destroyed};
    checkRoundTrip(entretiens, &entretienStatusId, &entretienStatusFromId);
    const InvitationState invitations[] = {InvitationState::None, InvitationState::Open,
                                           InvitationState::Answered};
    checkRoundTrip(invitations, &invitationStateId, &invitationStateFromId);
    const AvisStatus avis[] = {AvisStatus::Requested, AvisStatus::Answered, AvisStatus::Destroyed};
    checkRoundTrip(avis, &avisStatusId, &avisStatusFromId);
    const ControlStatus controls[] = {ControlStatus::Open, ControlStatus::Concluded,
                                      ControlStatus::Destroyed};
    checkRoundTrip(controls, &controlStatusId, &controlStatusFromId);
}

// The ids are the strings the store's columns and the CLI's JSON have always held: no schema change, and
// scripts reading `list --json` see the same statuses.
void TestRecordStatus::idsAreTheStoredOnes()
{
    QCOMPARE(declarationStatusId(DeclarationStatus::Filed), QStringLiteral("filed"));
    QCOMPARE(declarationStatusId(DeclarationStatus::ReceiptHeld), QStringLiteral("receipt-held"));
    QCOMPARE(declarationStatusId(DeclarationStatus::Superseded), QStringLiteral("superseded"));
    QCOMPARE(declarationStatusId(DeclarationStatus::Destroyed), QStringLiteral("destroyed"));
    QCOMPARE(entretienStatusId(EntretienStatus::Scheduled), QStringLiteral("scheduled"));
    QCOMPARE(entretienStatusId(EntretienStatus::Held), QStringLiteral("held"));
    QCOMPARE(entretienStatusId(EntretienStatus::Acknowledged), QStringLiteral("acknowledged"));
    QCOMPARE(entretienStatusId(EntretienStatus::Destroyed), QStringLiteral("destroyed"));
    QCOMPARE(invitationStateId(InvitationState::None), QString());
    QCOMPARE(invitationStateId(InvitationState::Open), QStringLiteral("open"));
    QCOMPARE(invitationStateId(InvitationState::Answered), QStringLiteral("answered"));
    QCOMPARE(avisStatusId(AvisStatus::Requested), QStringLiteral("requested"));
    QCOMPARE(avisStatusId(AvisStatus::Answered), QStringLiteral("answered"));
    QCOMPARE(avisStatusId(AvisStatus::Destroyed), QStringLiteral("destroyed"));
    QCOMPARE(controlStatusId(ControlStatus::Open), QStringLiteral("open"));
    QCOMPARE(controlStatusId(ControlStatus::Concluded), QStringLiteral("concluded"));
    QCOMPARE(controlStatusId(ControlStatus::Destroyed), QStringLiteral("destroyed"));
    // NULL and '' both read as no invitation.
    QVERIFY(invitationStateFromId(QString()) == InvitationState::None);
    QVERIFY(invitationStateFromId(QStringLiteral("")) == InvitationState::None);
}

void TestRecordStatus::unknownValues_data()
{
    QTest::addColumn<QString>("which");
    QTest::addColumn<QString>("stored");
    // Another table's word, another case, a space, nothing at all where a status is required.
    for (const char* which : {"declaration", "entretien", "invitation", "avis", "control"}) {
        for (const char* stored : {"bogus", "Filed", "FILED", "held ", "requested;", "open-ish"}) {
            QTest::addRow("%s | %s", which, stored) << which << stored;
        }
    }
    QTest::newRow("declaration | answered") << "declaration"
                                            << "answered";
    QTest::newRow("entretien | receipt-held") << "entretien"
                                              << "receipt-held";
    QTest::newRow("invitation | held") << "invitation"
                                       << "held";
    QTest::newRow("avis | superseded") << "avis"
                                       << "superseded";
    QTest::newRow("declaration | empty") << "declaration"
                                         << "";
    QTest::newRow("entretien | empty") << "entretien"
                                       << "";
    QTest::newRow("avis | empty") << "avis"
                                  << "";
    QTest::newRow("control | empty") << "control"
                                     << "";
    QTest::newRow("control | answered") << "control"
                                        << "answered";
}

void TestRecordStatus::unknownValues()
{
    QFETCH(QString, which);
    QFETCH(QString, stored);
    const QString row = QStringLiteral("row-42");
    Error error;
    if (which == QLatin1String("declaration")) {
        auto parsed = parseDeclarationStatus(stored, row);
        QVERIFY(!parsed.ok());
        error = parsed.error();
    } else if (which == QLatin1String("entretien")) {
        auto parsed = parseEntretienStatus(stored, row);
        QVERIFY(!parsed.ok());
        error = parsed.error();
    } else if (which == QLatin1String("invitation")) {
        auto parsed = parseInvitationState(stored, row);
        QVERIFY(!parsed.ok());
        error = parsed.error();
    } else if (which == QLatin1String("control")) {
        auto parsed = parseControlStatus(stored, row);
        QVERIFY(!parsed.ok());
        error = parsed.error();
    } else {
        auto parsed = parseAvisStatus(stored, row);
        QVERIFY(!parsed.ok());
        error = parsed.error();
    }
    QCOMPARE(error.kind, ErrorKind::Integrity);
    QCOMPARE(error.code, QString(errors::UnknownStatus));
    QVERIFY2(error.message.contains(row), qPrintable(error.message));
    QVERIFY2(error.message.contains(QLatin1Char('"') + stored + QLatin1Char('"')), qPrintable(error.message));
}

void TestRecordStatus::finalStatuses()
{
    QVERIFY(!isFinal(DeclarationStatus::Filed));
    QVERIFY(!isFinal(DeclarationStatus::ReceiptHeld));
    QVERIFY(isFinal(DeclarationStatus::Superseded));
    QVERIFY(isFinal(DeclarationStatus::Destroyed));
}

QTEST_GUILESS_MAIN(TestRecordStatus)
#include "tst_record_status.moc"
