// The compliance dashboard's arithmetic: which declarations a magistrate owes this authority, whether they
// were filed, and how many days late.
#include "Compliance.h"

#include <QJsonDocument>
#include <QTest>
#include <climits>

using namespace probitas;

namespace {

Profile profileOf(const char* json)
{
    auto profile = Profile::fromJson(QJsonDocument::fromJson(json).object());
    if (!profile) {
        qFatal("%s", qPrintable(profile.error().message));
    }
    return *profile;
}

// A juge of TJ Nanterre installed on 15 January 2026: a DI due on 15 March 2026 to the président.
const char* const kJuge = R"({"status": "titulaire", "formation": "siege", "court": {"type": "tj",
    "seat": "Nanterre"}, "rank": "magistrat", "installed_on": "2026-01-15"})";
const char* const kJugeChanged = R"({"status": "titulaire", "formation": "siege", "court": {"type": "tj",
    "seat": "Nanterre"}, "rank": "magistrat", "installed_on": "2026-01-15", "changed_on": "2026-06-10"})";
const QString kPresident = QStringLiteral("tj-nanterre:president");

// Filed to the président unless said otherwise, as the rules route a juge's DI.
Filing filing(const char* declarant, DeclarationKind kind, DeclarationEvent event, const char* at,
              const QStringList& recipients = {kPresident})
{
    return {QString::fromLatin1(declarant),
            kind,
            event,
            QDateTime::fromString(QLatin1String(at), Qt::ISODate),
            QString::fromLatin1(at),
            recipients,
            {},
            {}};
}

} // namespace

Q_DECLARE_METATYPE(std::vector<Filing>)
Q_DECLARE_METATYPE(ComplianceState)

class TestCompliance : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { qputenv("TZ", "UTC"); }

    void state_data()
    {
        QTest::addColumn<QByteArray>("profile");
        QTest::addColumn<std::vector<Filing>>("filings");
        QTest::addColumn<QDate>("today");
        QTest::addColumn<int>("row");
        QTest::addColumn<QDate>("due");
        QTest::addColumn<ComplianceState>("state");
        QTest::addColumn<int>("daysLate");

        using K = DeclarationKind;
        using E = DeclarationEvent;
        const std::vector<Filing> none;
        QTest::newRow("not filed, deadline ahead") << QByteArray(kJuge) << none << QDate(2026, 3, 1) << 0
                                                   << QDate(2026, 3, 15) << ComplianceState::NotYetDue << 0;
        QTest::newRow("not filed, on the deadline") << QByteArray(kJuge) << none << QDate(2026, 3, 15) << 0
                                                    << QDate(2026, 3, 15) << ComplianceState::NotYetDue << 0;
        QTest::newRow("not filed, ten days after")
            << QByteArray(kJuge) << none << QDate(2026, 3, 25) << 0 << QDate(2026, 3, 15)
            << ComplianceState::Outstanding << 10;
        QTest::newRow("filed on the deadline, late in the evening")
            << QByteArray(kJuge)
            << std::vector<Filing>{filing("juge", K::Interets, E::Installation, "2026-03-15T23:30:00Z")}
            << QDate(2026, 9, 1) << 0 << QDate(2026, 3, 15) << ComplianceState::FiledOnTime << 0;
        QTest::newRow("filed three days late")
            << QByteArray(kJuge)
            << std::vector<Filing>{filing("juge", K::Interets, E::Installation, "2026-03-18T09:00:00Z")}
            << QDate(2026, 9, 1) << 0 << QDate(2026, 3, 15) << ComplianceState::FiledLate << 3;
        QTest::newRow("a later version does not move the filing date")
            << QByteArray(kJuge)
            << std::vector<Filing>{filing("juge", K::Interets, E::Installation, "2026-04-20T09:00:00Z"),
                                   filing("juge", K::Interets, E::Installation, "2026-02-01T09:00:00Z")}
            << QDate(2026, 9, 1) << 0 << QDate(2026, 3, 15) << ComplianceState::FiledOnTime << 0;
        QTest::newRow("someone else's filing does not count")
            << QByteArray(kJuge)
            << std::vector<Filing>{filing("other", K::Interets, E::Installation, "2026-02-01T09:00:00Z")}
            << QDate(2026, 3, 20) << 0 << QDate(2026, 3, 15) << ComplianceState::Outstanding << 5;
        QTest::newRow("a modification answers the change that follows it, not an earlier one")
            << QByteArray(kJugeChanged)
            << std::vector<Filing>{filing("juge", K::Interets, E::Installation, "2026-02-01T09:00:00Z"),
                                   filing("juge", K::Interets, E::Modification, "2026-05-01T09:00:00Z")}
            << QDate(2026, 8, 31) << 1 << QDate(2026, 8, 10) << ComplianceState::Outstanding << 21;
        QTest::newRow("the modification after the entretien answers the modification")
            << QByteArray(kJugeChanged)
            << std::vector<Filing>{filing("juge", K::Interets, E::Installation, "2026-02-01T09:00:00Z"),
                                   filing("juge", K::Interets, E::ModificationApresEntretien,
                                          "2026-08-12T09:00:00Z")}
            << QDate(2026, 8, 31) << 1 << QDate(2026, 8, 10) << ComplianceState::FiledLate << 2;
    }

    void state()
    {
        QFETCH(QByteArray, profile);
        QFETCH(std::vector<Filing>, filings);
        QFETCH(QDate, today);
        QFETCH(int, row);
        QFETCH(QDate, due);
        QFETCH(ComplianceState, state);
        QFETCH(int, daysLate);

        const ComplianceReport report = computeCompliance(
            {{QStringLiteral("Hélène Durand-Lefèvre"), QStringLiteral("juge"), profileOf(profile)}}, filings,
            kPresident, today);
        QVERIFY(report.skipped.isEmpty());
        QVERIFY(row < int(report.rows.size()));
        const ComplianceRow& got = report.rows[std::size_t(row)];
        QCOMPARE(got.kind, DeclarationKind::Interets);
        QCOMPARE(got.due, due);
        QCOMPARE(complianceStateId(got.state), complianceStateId(state));
        QCOMPARE(got.daysLate, daysLate);
        // The row names the filing that answers it (the test's filings are named by their time).
        QCOMPARE(got.declarationId.isEmpty(), !got.filed());
        if (got.filed()) {
            QVERIFY2(got.declarationId.startsWith(got.filedOn.toString(Qt::ISODate)),
                     qPrintable(got.declarationId));
        }
        QVERIFY2(got.court.contains(QStringLiteral("Nanterre")), qPrintable(got.court));
    }

    // Which filing meets which obligation (standings, the one function behind the dashboard, "Mes
    // obligations" and `obligations --store`): the kind, the event, every recipient the obligation names,
    // and the event's window; then when, how late, and the receipts held.
    void standing_data()
    {
        QTest::addColumn<QByteArray>("profile");
        QTest::addColumn<std::vector<Filing>>("filings");
        QTest::addColumn<int>("row");               // of the obligations, in their order
        QTest::addColumn<QString>("metBy");         // the declaration id; empty while still due
        QTest::addColumn<ComplianceState>("state"); // on 1 September 2026
        QTest::addColumn<int>("daysLate");
        QTest::addColumn<QStringList>("acknowledgedBy");
        QTest::addColumn<bool>("receiptHeld");

        using K = DeclarationKind;
        using E = DeclarationEvent;
        const QString cassPp = QStringLiteral("cour-de-cassation:premier-president");
        const QString cassPg = QStringLiteral("cour-de-cassation:procureur-general");
        const auto acknowledged = [](Filing filing, QStringList by) {
            filing.acknowledgedBy = std::move(by);
            return filing;
        };
        // art. 7-2 I 1°: the juge's DI to the président, due 15 March 2026.
        QTest::newRow("7-2 I 1°: filed on time, the président's receipt held")
            << QByteArray(kJuge)
            << std::vector<Filing>{acknowledged(
                   filing("juge", K::Interets, E::Installation, "2026-02-01T09:00:00Z"), {kPresident})}
            << 0 << "2026-02-01T09:00:00Z" << ComplianceState::FiledOnTime << 0 << QStringList{kPresident}
            << true;
        QTest::newRow("7-2 I 1°: filed 17 days late, no receipt yet")
            << QByteArray(kJuge)
            << std::vector<Filing>{filing("juge", K::Interets, E::Installation, "2026-04-01T09:00:00Z")} << 0
            << "2026-04-01T09:00:00Z" << ComplianceState::FiledLate << 17 << QStringList() << false;
        QTest::newRow("7-2 I 1°: a receipt from an authority it was forwarded to is not the président's")
            << QByteArray(kJuge)
            << std::vector<Filing>{acknowledged(
                   filing("juge", K::Interets, E::Installation, "2026-02-01T09:00:00Z"),
                   {QStringLiteral("college-de-deontologie")})}
            << 0 << "2026-02-01T09:00:00Z" << ComplianceState::FiledOnTime << 0 << QStringList() << false;
        QTest::newRow("a DI filed at a former posting (to the président of Versailles) meets nothing here")
            << QByteArray(kJuge)
            << std::vector<Filing>{filing("juge", K::Interets, E::Installation, "2026-02-01T09:00:00Z",
                                          {QStringLiteral("tj-versailles:president")})}
            << 0 << "" << ComplianceState::Outstanding << 170 << QStringList() << false;
        QTest::newRow("a DI filed before this installation belongs to an earlier one")
            << QByteArray(kJuge)
            << std::vector<Filing>{filing("juge", K::Interets, E::Installation, "2026-01-14T09:00:00Z")} << 0
            << "" << ComplianceState::Outstanding << 170 << QStringList() << false;
        QTest::newRow("filed on the day of the installation")
            << QByteArray(kJuge)
            << std::vector<Filing>{filing("juge", K::Interets, E::Installation, "2026-01-15T08:00:00Z")} << 0
            << "2026-01-15T08:00:00Z" << ComplianceState::FiledOnTime << 0 << QStringList() << false;
        QTest::newRow("a DSP does not meet a DI")
            << QByteArray(kJuge)
            << std::vector<Filing>{filing("juge", K::Patrimoine, E::Installation, "2026-02-01T09:00:00Z")}
            << 0 << "" << ComplianceState::Outstanding << 170 << QStringList() << false;
        QTest::newRow("a DI at the end of functions does not meet the installation's")
            << QByteArray(kJuge)
            << std::vector<Filing>{filing("juge", K::Interets, E::Cessation, "2026-02-01T09:00:00Z")} << 0
            << "" << ComplianceState::Outstanding << 170 << QStringList() << false;
        // art. 7-2 III: the complementary DI, due 10 August 2026, after the change of 10 June 2026.
        QTest::newRow("7-2 III: one filing meets one obligation: the installation's, not the change's too")
            << QByteArray(kJugeChanged)
            << std::vector<Filing>{filing("juge", K::Interets, E::Installation, "2026-06-20T09:00:00Z")} << 1
            << "" << ComplianceState::Outstanding << 22 << QStringList() << false;
        QTest::newRow("7-2 III: the complementary declaration filed after the change meets it")
            << QByteArray(kJugeChanged)
            << std::vector<Filing>{filing("juge", K::Interets, E::Installation, "2026-02-01T09:00:00Z"),
                                   filing("juge", K::Interets, E::Modification, "2026-07-01T09:00:00Z")}
            << 1 << "2026-07-01T09:00:00Z" << ComplianceState::FiledOnTime << 0 << QStringList() << false;
        QTest::newRow("not filed, the deadline still ahead")
            << QByteArray(R"({"status": "titulaire", "formation": "siege", "court": {"type": "tj",
                "seat": "Nanterre"}, "rank": "magistrat", "installed_on": "2026-08-01"})")
            << std::vector<Filing>{} << 0 << "" << ComplianceState::NotYetDue << 0 << QStringList() << false;
        // LO 94-100 art. 10-1-1 A: the CSM member's DI goes to both heads of the Cour de cassation.
        const QByteArray csm(R"({"status": "membre-csm", "installed_on": "2026-01-15"})");
        QTest::newRow("10-1-1 A: a receipt from one of the two recipients is not the receipt held")
            << csm
            << std::vector<Filing>{acknowledged(
                   filing("membre", K::Interets, E::Installation, "2026-02-01T09:00:00Z", {cassPp, cassPg}),
                   {cassPg})}
            << 0 << "2026-02-01T09:00:00Z" << ComplianceState::FiledOnTime << 0 << QStringList{cassPg}
            << false;
        QTest::newRow("10-1-1 A: both receipts held")
            << csm
            << std::vector<Filing>{acknowledged(
                   filing("membre", K::Interets, E::Installation, "2026-02-01T09:00:00Z", {cassPp, cassPg}),
                   {cassPg, cassPp})}
            << 0 << "2026-02-01T09:00:00Z" << ComplianceState::FiledOnTime << 0 << QStringList{cassPp, cassPg}
            << true;
        QTest::newRow("10-1-1 A: filed to one of the two only meets nothing")
            << csm
            << std::vector<Filing>{filing("membre", K::Interets, E::Installation, "2026-02-01T09:00:00Z",
                                          {cassPp})}
            << 0 << "" << ComplianceState::Outstanding << 170 << QStringList() << false;
        // ord. 58-1067 art. 3-2: the Conseil constitutionnel member's DSP to the HATVP at the end of office.
        const QByteArray member(R"({"status": "membre-conseil-constitutionnel", "installed_on": "2025-03-08",
            "ceased_on": "2026-06-30"})");
        QTest::newRow("3-2: the DSP at the end of office, filed after it, on time")
            << member
            << std::vector<Filing>{filing("membre", K::Patrimoine, E::Installation, "2025-04-01T09:00:00Z",
                                          {QStringLiteral("hatvp")}),
                                   acknowledged(filing("membre", K::Patrimoine, E::Cessation,
                                                       "2026-07-15T09:00:00Z", {QStringLiteral("hatvp")}),
                                                {QStringLiteral("hatvp")})}
            << 2 << "2026-07-15T09:00:00Z" << ComplianceState::FiledOnTime << 0
            << QStringList{QStringLiteral("hatvp")} << true;
        QTest::newRow("3-2: one filed before the end of office does not meet it")
            << member
            << std::vector<Filing>{filing("membre", K::Patrimoine, E::Cessation, "2026-06-01T09:00:00Z",
                                          {QStringLiteral("hatvp")})}
            << 2 << "" << ComplianceState::Outstanding << 2 << QStringList() << false;
    }

    void standing()
    {
        QFETCH(QByteArray, profile);
        QFETCH(std::vector<Filing>, filings);
        QFETCH(int, row);
        QFETCH(QString, metBy);
        QFETCH(ComplianceState, state);
        QFETCH(int, daysLate);
        QFETCH(QStringList, acknowledgedBy);
        QFETCH(bool, receiptHeld);

        const ObligationRules& rules = ObligationRules::builtIn();
        auto report =
            rules.compute(profileOf(profile), JurisdictionDirectory::builtIn(), QStringLiteral("lo-2016"));
        QVERIFY2(report, report ? "" : qPrintable(report.error().message));
        QVERIFY(row < int(report->obligations.size()));
        const std::vector<ObligationStanding> got =
            standings(report->obligations, filings, QDate(2026, 9, 1));
        QCOMPARE(got.size(), report->obligations.size());
        const ObligationStanding& standing = got[std::size_t(row)];
        QCOMPARE(standing.declarationId, metBy);
        QCOMPARE(standing.met(), !metBy.isEmpty());
        if (standing.met()) {
            QCOMPARE(standing.filedAt, QDateTime::fromString(metBy, Qt::ISODate));
        }
        QCOMPARE(complianceStateId(standing.state), complianceStateId(state));
        QCOMPARE(standing.daysLate, daysLate);
        QCOMPARE(standing.acknowledgedBy, acknowledgedBy);
        QCOMPARE(standing.receiptHeld, receiptHeld);
    }

    // A receipt the store could not verify travels with the filing that met the obligation.
    void receiptProblemIsCarried()
    {
        Filing filed =
            filing("juge", DeclarationKind::Interets, DeclarationEvent::Installation, "2026-02-01T09:00:00Z");
        filed.receiptProblem = QStringLiteral("the receipt held from X is not valid");
        auto report = ObligationRules::builtIn().compute(profileOf(kJuge), JurisdictionDirectory::builtIn(),
                                                         QStringLiteral("lo-2016"));
        QVERIFY(report);
        const auto got = standings(report->obligations, {filed}, QDate(2026, 9, 1));
        QCOMPARE(got.front().receiptProblem, filed.receiptProblem);
        QVERIFY(!got.front().receiptHeld);
    }

    void onlyWhatIsOwedToThisAuthority()
    {
        // The président's own DI goes to the premier président of the CA, his DSP to the HATVP: neither is
        // owed to the président of the tribunal, and the substitut's DI is the procureur's.
        const Profile chef =
            profileOf(R"({"status": "titulaire", "formation": "siege", "court": {"type": "tj",
            "seat": "Nanterre"}, "rank": "chef", "installed_on": "2026-01-15"})");
        const Profile substitut = profileOf(R"({"status": "titulaire", "formation": "parquet", "court":
            {"type": "tj", "seat": "Nanterre"}, "rank": "magistrat", "installed_on": "2026-01-15"})");
        const std::vector<FollowedMagistrate> magistrates{
            {QStringLiteral("Jean-Baptiste Moreau"), QStringLiteral("chef"), chef},
            {QStringLiteral("Thomas Nguyen"), QStringLiteral("substitut"), substitut},
            {QStringLiteral("Hélène Durand-Lefèvre"), QStringLiteral("juge"), profileOf(kJuge)},
        };
        const std::vector<Filing> filings{
            filing("juge", DeclarationKind::Interets, DeclarationEvent::Installation, "2026-03-20T09:00:00Z"),
            filing("chef", DeclarationKind::Patrimoine, DeclarationEvent::Installation,
                   "2026-02-01T09:00:00Z", {QStringLiteral("hatvp")})};
        const QDate today(2026, 4, 1);

        const ComplianceReport president = computeCompliance(magistrates, filings, kPresident, today);
        QCOMPARE(int(president.rows.size()), 1);
        QCOMPARE(president.rows[0].magistrate, QStringLiteral("Hélène Durand-Lefèvre"));
        const ComplianceCounts counts = president.counts();
        QCOMPARE(counts.due, 1);
        QCOMPARE(counts.filed, 1);
        QCOMPARE(counts.late, 1);
        QCOMPARE(counts.onTime, 0);

        const ComplianceReport hatvp =
            computeCompliance(magistrates, filings, QStringLiteral("hatvp"), today);
        QCOMPARE(int(hatvp.rows.size()), 1);
        QCOMPARE(hatvp.rows[0].kind, DeclarationKind::Patrimoine);
        QCOMPARE(hatvp.rows[0].state, ComplianceState::FiledOnTime);
        QCOMPARE(hatvp.counts().onTime, 1);

        const ComplianceReport procureur =
            computeCompliance(magistrates, filings, QStringLiteral("tj-nanterre:procureur"), today);
        QCOMPARE(int(procureur.rows.size()), 1);
        QCOMPARE(procureur.rows[0].magistrate, QStringLiteral("Thomas Nguyen"));
        QCOMPARE(procureur.rows[0].state, ComplianceState::Outstanding);
        QCOMPARE(procureur.rows[0].daysLate, 17);

        QVERIFY(routesTo(substitut, QStringLiteral("tj-nanterre:procureur")));
        QVERIFY(!routesTo(substitut, kPresident));
    }

    // localDates gives what toLocalTime().date() gives, in zones with daylight saving time (on either side of
    // each change), a zone of 45 minutes, one of a POSIX rule, and before 1970.
    // What the magistrate is reminded of: not filed, and past its deadline or within 30 days of it.
    void reminders_data()
    {
        QTest::addColumn<QDate>("due");
        QTest::addColumn<bool>("filed");
        QTest::addColumn<int>("daysLeft"); // INT_MIN: no reminder
        const QDate today(2026, 4, 1);
        QTest::newRow("overdue by 5 days") << today.addDays(-5) << false << -5;
        QTest::newRow("due today") << today << false << 0;
        QTest::newRow("due in 30 days") << today.addDays(30) << false << 30;
        QTest::newRow("due in 31 days") << today.addDays(31) << false << INT_MIN;
        QTest::newRow("overdue but filed") << today.addDays(-5) << true << INT_MIN;
        QTest::newRow("due soon but filed") << today.addDays(3) << true << INT_MIN;
        QTest::newRow("no deadline") << QDate() << false << INT_MIN;
    }

    void reminders()
    {
        QFETCH(QDate, due);
        QFETCH(bool, filed);
        QFETCH(int, daysLeft);
        Obligation owed;
        owed.due = due;
        ObligationStanding standing;
        if (filed) {
            standing.filedOn = QDate(2026, 3, 1);
        }
        const std::vector<Reminder> reminders =
            remindersOf({Obligation(), owed}, {ObligationStanding(), standing}, QDate(2026, 4, 1));
        if (daysLeft == INT_MIN) {
            QVERIFY(reminders.empty());
            return;
        }
        QCOMPARE(reminders.size(), size_t(1));
        QCOMPARE(reminders[0].index, size_t(1));
        QCOMPARE(reminders[0].daysLeft, daysLeft);
        QCOMPARE(reminders[0].overdue(), daysLeft < 0);
    }

    void localDatesAreTheLocalTimesDates_data()
    {
        QTest::addColumn<QByteArray>("zone");
        for (const char* zone : {"UTC", "Europe/Paris", "America/Sao_Paulo", "Pacific/Chatham",
                                 "Australia/Lord_Howe", "CET-1CEST,M3.5.0,M10.5.0/3"}) {
            QTest::newRow(zone) << QByteArray(zone);
        }
    }
    void localDatesAreTheLocalTimesDates()
    {
        QFETCH(QByteArray, zone);
        const QByteArray before = qgetenv("TZ");
        qputenv("TZ", zone);
        std::vector<QDateTime> instants;
        for (const QDateTime& around : {QDateTime(QDate(2026, 3, 29), QTime(0, 0), Qt::UTC),
                                        QDateTime(QDate(2026, 10, 25), QTime(0, 0), Qt::UTC),
                                        QDateTime(QDate(2026, 4, 5), QTime(14, 0), Qt::UTC),
                                        QDateTime(QDate(2026, 12, 31), QTime(10, 0), Qt::UTC),
                                        QDateTime(QDate(1965, 6, 30), QTime(22, 0), Qt::UTC)}) {
            for (int minutes = -26 * 60; minutes <= 26 * 60; minutes += 15) {
                instants.push_back(around.addSecs(minutes * 60));
                instants.push_back(around.addSecs(minutes * 60).addMSecs(-1));
            }
        }
        instants.push_back(QDateTime(QDate(2026, 7, 14), QTime(12, 0), Qt::LocalTime)); // not UTC
        const std::vector<QDate> dates = localDates(instants);
        QCOMPARE(dates.size(), instants.size());
        int differentFromUtc = 0;
        for (size_t i = 0; i < instants.size(); ++i) {
            QCOMPARE(dates[i], instants[i].toLocalTime().date());
            differentFromUtc += dates[i] != instants[i].toUTC().date() ? 1 : 0;
        }
        if (zone != "UTC") {
            QVERIFY2(differentFromUtc > 0, "the zone was not in force");
        }
        qputenv("TZ", before);
    }
};

QTEST_GUILESS_MAIN(TestCompliance)
#include "tst_compliance.moc"
