// The routing of every line of art. 7-2 I, 41-13, 41-28, LO 94-100 art. 10-1-1 A and 10-1-1, and 7-3 I,
// under both regimes, with month-end deadlines and the six-month exemption of 7-3 III.
#include "BuiltInData.h"
#include "CanonicalJson.h"
#include "Obligations.h"

#include <QTest>

using namespace probitas;

namespace {

// "interets installation ca-versailles:premier-president 2026-03-15 art. 7-2, I, 3°"
QStringList describe(const ObligationReport& report)
{
    QStringList lines;
    for (const Obligation& obligation : report.obligations) {
        lines << QStringLiteral("%1 %2 %3 %4 %5")
                     .arg(kindId(obligation.declaration), eventId(obligation.event),
                          obligation.recipients.join(QLatin1Char('+')), obligation.due.toString(Qt::ISODate),
                          obligation.basis);
    }
    return lines;
}

Result<ObligationReport> compute(const QByteArray& profileJson, const QString& regime)
{
    auto document = json::parse(profileJson);
    if (!document) {
        return document.error();
    }
    auto profile = Profile::fromJson(*document);
    if (!profile) {
        return profile.error();
    }
    return ObligationRules::builtIn().compute(*profile, JurisdictionDirectory::builtIn(), regime);
}

QByteArray titulaire(const char* formation, const char* type, const char* seat, const char* rank,
                     const char* extra = "")
{
    return QStringLiteral(R"({"status": "titulaire", "formation": "%1", "court": {"type": "%2", "seat": "%3"},
                             "rank": "%4", "installed_on": "2026-01-15"%5})")
        .arg(QLatin1String(formation), QLatin1String(type), QString::fromUtf8(seat), QLatin1String(rank),
             QString::fromUtf8(extra))
        .toUtf8();
}

} // namespace

class TestObligations : public QObject
{
    Q_OBJECT

private slots:
    void builtInRulesLoad()
    {
        const Status data = loadBuiltInData();
        QVERIFY2(data.ok(), qPrintable(data.ok() ? QString() : data.error().message));
        const auto regimes = ObligationRules::builtIn().regimes();
        QCOMPARE(regimes.size(), std::size_t(2));
        QCOMPARE(ObligationRules::builtIn().defaultRegime(), QStringLiteral("lo-2016"));
        QVERIFY(ObligationRules::builtIn().hasRegime(QStringLiteral("en-vigueur")));
    }

    static QList<QByteArray> profilesOfTheRoutingTable()
    {
        QList<QByteArray> profiles;
        for (const char* formation : {"siege", "parquet"}) {
            for (const char* rank : {"magistrat", "chef"}) {
                profiles << titulaire(formation, "tj", "Nanterre", rank)
                         << titulaire(formation, "tpi", "Papeete", rank)
                         << titulaire(formation, "ca", "Versailles", rank)
                         << titulaire(formation, "cour-de-cassation", "", rank)
                         << titulaire(formation, "cour-de-cassation", "", "service-extraordinaire")
                         << titulaire(formation, "tj", "Lyon", rank,
                                      R"(, "ceased_on": "2028-01-01", "changed_on": "2027-01-01")");
            }
        }
        profiles
            << titulaire("siege", "ca", "Lyon", "president-de-chambre")
            << titulaire("siege", "cour-de-cassation", "", "president-de-chambre")
            << titulaire("parquet", "ca", "Lyon", "premier-avocat-general")
            << titulaire("parquet", "cour-de-cassation", "", "premier-avocat-general")
            << QByteArray(
                   R"({"status": "temporaire", "court": {"type": "tj", "seat": "Lille"}, "installed_on": "2026-01-15"})")
            << QByteArray(
                   R"({"status": "honoraire", "court": {"type": "ca", "seat": "Douai"}, "installed_on": "2026-01-15"})")
            << QByteArray(
                   R"({"status": "membre-csm", "installed_on": "2026-01-15", "ceased_on": "2030-01-15"})");
        return profiles;
    }

    void routing_data()
    {
        QTest::addColumn<QByteArray>("profile");
        QTest::addColumn<QString>("regime");
        QTest::addColumn<QStringList>("expected");

        const QString lo = QStringLiteral("lo-2016");
        const QString ev = QStringLiteral("en-vigueur");

        // art. 7-2, I, 1° and 2°: the magistrates of a tribunal, to its head.
        QTest::newRow("7-2 I 1° juge TJ")
            << titulaire("siege", "tj", "Nanterre", "magistrat") << lo
            << QStringList{"interets installation tj-nanterre:president 2026-03-15 art. 7-2, I, 1°"};
        QTest::newRow("7-2 I 1° juge TPI")
            << titulaire("siege", "tpi", "Nouméa", "magistrat") << lo
            << QStringList{"interets installation tpi-noumea:president 2026-03-15 art. 7-2, I, 1°"};
        QTest::newRow("7-2 I 2° substitut")
            << titulaire("parquet", "tj", "Le Puy-en-Velay", "magistrat") << lo
            << QStringList{"interets installation tj-le-puy-en-velay:procureur 2026-03-15 art. 7-2, I, 2°"};
        // 3° and 4°: the magistrates of a cour, and the heads of the tribunals of its ressort.
        QTest::newRow("7-2 I 3° conseiller CA")
            << titulaire("siege", "ca", "Versailles", "magistrat") << lo
            << QStringList{
                   "interets installation ca-versailles:premier-president 2026-03-15 art. 7-2, I, 3°"};
        QTest::newRow("7-2 I 3° président de chambre CA")
            << titulaire("siege", "ca", "Aix-en-Provence", "president-de-chambre") << lo
            << QStringList{
                   "interets installation ca-aix-en-provence:premier-president 2026-03-15 art. 7-2, I, 3°"};
        QTest::newRow("7-2 I 3° président TJ (+ 7-3 I 5°)")
            << titulaire("siege", "tj", "Nanterre", "chef") << lo
            << QStringList{"interets installation ca-versailles:premier-president 2026-03-15 art. 7-2, I, 3°",
                           "patrimoine installation hatvp 2026-03-15 art. 7-3, I, 5°"};
        QTest::newRow("7-2 I 4° substitut général")
            << titulaire("parquet", "ca", "Douai", "magistrat") << lo
            << QStringList{"interets installation ca-douai:procureur-general 2026-03-15 art. 7-2, I, 4°"};
        QTest::newRow("7-2 I 4° premier avocat général CA")
            << titulaire("parquet", "ca", "Paris", "premier-avocat-general") << lo
            << QStringList{"interets installation ca-paris:procureur-general 2026-03-15 art. 7-2, I, 4°"};
        QTest::newRow("7-2 I 4° procureur (+ 7-3 I 6°)")
            << titulaire("parquet", "tj", "Bobigny", "chef") << lo
            << QStringList{"interets installation ca-paris:procureur-general 2026-03-15 art. 7-2, I, 4°",
                           "patrimoine installation hatvp 2026-03-15 art. 7-3, I, 6°"};
        QTest::newRow("7-2 I 4° procureur TPI Papeete")
            << titulaire("parquet", "tpi", "Papeete", "chef") << ev
            << QStringList{"interets installation ca-papeete:procureur-general 2026-03-15 art. 7-2, I, 4°"};
        // 5° and 6°: the Cour de cassation, its extraordinary members, and the heads of the cours.
        QTest::newRow("7-2 I 5° conseiller Cour de cassation")
            << titulaire("siege", "cour-de-cassation", "", "magistrat") << lo
            << QStringList{
                   "interets installation cour-de-cassation:premier-president 2026-03-15 art. 7-2, I, 5°"};
        QTest::newRow("7-2 I 5° service extraordinaire")
            << titulaire("siege", "cour-de-cassation", "Paris", "service-extraordinaire") << lo
            << QStringList{
                   "interets installation cour-de-cassation:premier-president 2026-03-15 art. 7-2, I, 5°"};
        QTest::newRow("7-2 I 5° premier président CA (+ 7-3 I 3°)")
            << titulaire("siege", "ca", "Lyon", "chef") << lo
            << QStringList{
                   "interets installation cour-de-cassation:premier-president 2026-03-15 art. 7-2, I, 5°",
                   "patrimoine installation hatvp 2026-03-15 art. 7-3, I, 3°"};
        QTest::newRow("7-2 I 5° président de chambre Cass. (+ 7-3 I 1°)")
            << titulaire("siege", "cour-de-cassation", "", "president-de-chambre") << lo
            << QStringList{
                   "interets installation cour-de-cassation:premier-president 2026-03-15 art. 7-2, I, 5°",
                   "patrimoine installation hatvp 2026-03-15 art. 7-3, I, 1°"};
        QTest::newRow("7-2 I 6° avocat général Cass.")
            << titulaire("parquet", "cour-de-cassation", "", "magistrat") << lo
            << QStringList{
                   "interets installation cour-de-cassation:procureur-general 2026-03-15 art. 7-2, I, 6°"};
        QTest::newRow("7-2 I 6° avocat général service extraordinaire")
            << titulaire("parquet", "cour-de-cassation", "", "service-extraordinaire") << lo
            << QStringList{
                   "interets installation cour-de-cassation:procureur-general 2026-03-15 art. 7-2, I, 6°"};
        QTest::newRow("7-2 I 6° premier avocat général Cass. (+ 7-3 I 2°)")
            << titulaire("parquet", "cour-de-cassation", "", "premier-avocat-general") << lo
            << QStringList{
                   "interets installation cour-de-cassation:procureur-general 2026-03-15 art. 7-2, I, 6°",
                   "patrimoine installation hatvp 2026-03-15 art. 7-3, I, 2°"};
        QTest::newRow("7-2 I 6° procureur général CA (+ 7-3 I 4°)")
            << titulaire("parquet", "ca", "Rennes", "chef") << lo
            << QStringList{
                   "interets installation cour-de-cassation:procureur-general 2026-03-15 art. 7-2, I, 6°",
                   "patrimoine installation hatvp 2026-03-15 art. 7-3, I, 4°"};
        // 7°: the two heads of the Cour de cassation, to the collège de déontologie.
        QTest::newRow("7-2 I 7° premier président Cass. (+ 7-3 I 1°)")
            << titulaire("siege", "cour-de-cassation", "", "chef") << lo
            << QStringList{"interets installation college-de-deontologie 2026-03-15 art. 7-2, I, 7°",
                           "patrimoine installation hatvp 2026-03-15 art. 7-3, I, 1°"};
        QTest::newRow("7-2 I 7° procureur général Cass. (+ 7-3 I 2°)")
            << titulaire("parquet", "cour-de-cassation", "", "chef") << lo
            << QStringList{"interets installation college-de-deontologie 2026-03-15 art. 7-2, I, 7°",
                           "patrimoine installation hatvp 2026-03-15 art. 7-3, I, 2°"};

        // 41-13: temporary magistrates, to the président of their tribunal, whatever their functions.
        QTest::newRow("41-13 temporaire")
            << QByteArray(
                   R"({"status": "temporaire", "formation": "siege", "court": {"type": "tj", "seat": "Évry-Courcouronnes"}, "installed_on": "2026-01-15"})")
            << lo
            << QStringList{"interets installation tj-evry-courcouronnes:president 2026-03-15 art. 41-13"};
        QTest::newRow("41-13 temporaire without formation")
            << QByteArray(
                   R"({"status": "temporaire", "court": {"type": "tj", "seat": "Lille"}, "installed_on": "2026-01-15"})")
            << ev << QStringList{"interets installation tj-lille:president 2026-03-15 art. 41-13"};
        // 41-28: honorary magistrates, to the président of the tribunal or the premier président of the cour.
        QTest::newRow("41-28 honoraire substitut at a TJ")
            << QByteArray(
                   R"({"status": "honoraire", "formation": "parquet", "court": {"type": "tj", "seat": "Créteil"}, "installed_on": "2026-01-15"})")
            << lo << QStringList{"interets installation tj-creteil:president 2026-03-15 art. 41-28"};
        QTest::newRow("41-28 honoraire at a cour")
            << QByteArray(
                   R"({"status": "honoraire", "formation": "parquet", "court": {"type": "ca", "seat": "Nîmes"}, "installed_on": "2026-01-15"})")
            << lo << QStringList{"interets installation ca-nimes:premier-president 2026-03-15 art. 41-28"};

        // LO 94-100: members of the CSM file a DI to both heads of the Cour de cassation, and a DSP.
        const QByteArray csm = R"({"status": "membre-csm", "installed_on": "2026-01-15"})";
        const QStringList csmObligations = {
            "interets installation cour-de-cassation:premier-president+cour-de-cassation:procureur-general "
            "2026-03-15 LO 94-100 art. 10-1-1 A",
            "patrimoine installation hatvp 2026-03-15 LO 94-100 art. 10-1-1"};
        QTest::newRow("CSM lo-2016") << csm << lo << csmObligations;
        QTest::newRow("CSM en-vigueur keeps the DSP") << csm << ev << csmObligations;
        QTest::newRow("CSM end of mandate")
            << QByteArray(
                   R"({"status": "membre-csm", "installed_on": "2023-01-15", "ceased_on": "2027-01-14"})")
            << lo
            << QStringList{"interets installation "
                           "cour-de-cassation:premier-president+cour-de-cassation:procureur-general "
                           "2023-03-15 LO 94-100 art. 10-1-1 A",
                           "patrimoine installation hatvp 2023-03-15 LO 94-100 art. 10-1-1",
                           "patrimoine cessation hatvp 2027-03-14 LO 94-100 art. 10-1-1"};

        // en-vigueur: decision 2016-732 DC struck 7-3 I's list: the heads file their DI only.
        QTest::newRow("en-vigueur président TJ")
            << titulaire("siege", "tj", "Nanterre", "chef") << ev
            << QStringList{
                   "interets installation ca-versailles:premier-president 2026-03-15 art. 7-2, I, 3°"};
        QTest::newRow("en-vigueur premier président Cass.")
            << titulaire("siege", "cour-de-cassation", "", "chef") << ev
            << QStringList{"interets installation college-de-deontologie 2026-03-15 art. 7-2, I, 7°"};
        QTest::newRow("en-vigueur procureur général CA")
            << titulaire("parquet", "ca", "Rennes", "chef") << ev
            << QStringList{
                   "interets installation cour-de-cassation:procureur-general 2026-03-15 art. 7-2, I, 6°"};

        // Cessation: the DSP within two months of the end of functions; the DI has no end-of-functions
        // version.
        QTest::newRow("7-3 I 5° cessation")
            << titulaire("siege", "tj", "Nanterre", "chef", R"(, "ceased_on": "2028-06-30")") << lo
            << QStringList{"interets installation ca-versailles:premier-president 2026-03-15 art. 7-2, I, 3°",
                           "patrimoine installation hatvp 2026-03-15 art. 7-3, I, 5°",
                           "patrimoine cessation hatvp 2028-08-30 art. 7-3, I, 5°"};
        QTest::newRow("juge cessation: nothing more")
            << titulaire("siege", "tj", "Nanterre", "magistrat", R"(, "ceased_on": "2028-06-30")") << lo
            << QStringList{"interets installation tj-nanterre:president 2026-03-15 art. 7-2, I, 1°"};
        // A substantial change: the complementary declarations, within two months.
        QTest::newRow("complementary declarations")
            << titulaire("parquet", "tj", "Bobigny", "chef", R"(, "changed_on": "2027-04-10")") << lo
            << QStringList{"interets installation ca-paris:procureur-general 2026-03-15 art. 7-2, I, 4°",
                           "patrimoine installation hatvp 2026-03-15 art. 7-3, I, 6°",
                           "interets modification ca-paris:procureur-general 2027-06-10 art. 7-2, III",
                           "patrimoine modification hatvp 2027-06-10 art. 7-3, III"};
    }

    void routing()
    {
        QFETCH(QByteArray, profile);
        QFETCH(QString, regime);
        QFETCH(QStringList, expected);
        const auto report = compute(profile, regime);
        QVERIFY2(report.ok(), qPrintable(report.ok() ? QString() : report.error().message));
        QCOMPARE(report->regime, regime);
        QCOMPARE(describe(*report), expected);
        for (const Obligation& obligation : report->obligations) {
            QVERIFY2(!obligation.law.isEmpty(), "every obligation carries the words of the law behind it");
        }
    }

    // Decision 2016-732 DC struck art. 7-3 I's list and nothing else: for every profile above, the regime in
    // force owes exactly what lo-2016 owes minus the DSPs based on that list.
    void regimesDifferOnlyByTheStruckDownList()
    {
        int compared = 0;
        const auto profiles = profilesOfTheRoutingTable();
        for (const QByteArray& profile : profiles) {
            const auto adopted = compute(profile, QStringLiteral("lo-2016"));
            const auto inForce = compute(profile, QStringLiteral("en-vigueur"));
            QVERIFY2(adopted.ok() && inForce.ok(), profile.constData());
            ObligationReport withoutList = *adopted;
            std::erase_if(withoutList.obligations, [](const Obligation& obligation) {
                return obligation.ruleId.startsWith(QStringLiteral("7-3-I-"));
            });
            const QStringList expected = describe(withoutList);
            QCOMPARE(describe(*inForce), expected);
            ++compared;
        }
        QVERIFY(compared >= 25);
    }

    void deadlines_data()
    {
        QTest::addColumn<QString>("installed");
        QTest::addColumn<QString>("due");
        QTest::newRow("ordinary") << "2026-01-15"
                                  << "2026-03-15";
        QTest::newRow("31 December -> 28 February") << "2025-12-31"
                                                    << "2026-02-28";
        QTest::newRow("31 December -> 29 February (leap year)") << "2027-12-31"
                                                                << "2028-02-29";
        QTest::newRow("30 December -> 28 February") << "2026-12-30"
                                                    << "2027-02-28";
        QTest::newRow("31 July -> 30 September") << "2026-07-31"
                                                 << "2026-09-30";
        QTest::newRow("31 August -> 31 October") << "2026-08-31"
                                                 << "2026-10-31";
        QTest::newRow("crosses the year") << "2026-11-30"
                                          << "2027-01-30";
    }

    void deadlines()
    {
        QFETCH(QString, installed);
        QFETCH(QString, due);
        QCOMPARE(ObligationRules::deadline(QDate::fromString(installed, Qt::ISODate), 2),
                 QDate::fromString(due, Qt::ISODate));
        const QByteArray profile =
            QStringLiteral(
                R"({"status": "titulaire", "formation": "siege", "court": {"type": "tj", "seat": "Nanterre"}, "rank": "magistrat", "installed_on": "%1"})")
                .arg(installed)
                .toUtf8();
        const auto report = compute(profile, QStringLiteral("lo-2016"));
        QVERIFY(report.ok());
        QCOMPARE(report->obligations.front().due.toString(Qt::ISODate), due);
    }

    void exemption_data()
    {
        QTest::addColumn<QString>("lastDsp");
        QTest::addColumn<bool>("exempt");
        // Installed on 2026-01-15: exempt when the last DSP is less than six months before.
        QTest::newRow("two months before") << "2025-11-15" << true;
        QTest::newRow("the day before six months") << "2025-07-16" << true;
        QTest::newRow("exactly six months before") << "2025-07-15" << false;
        QTest::newRow("seven months before") << "2025-06-15" << false;
        QTest::newRow("the day of installation") << "2026-01-15" << true;
        QTest::newRow("after installation (the installation DSP itself)") << "2026-02-01" << false;
    }

    void exemption()
    {
        QFETCH(QString, lastDsp);
        QFETCH(bool, exempt);
        const QByteArray extra = QStringLiteral(R"(, "last_dsp_on": "%1")").arg(lastDsp).toUtf8();
        const auto report = compute(titulaire("parquet", "ca", "Rennes", "chef", extra.constData()),
                                    QStringLiteral("lo-2016"));
        QVERIFY(report.ok());
        const bool dspDue =
            std::any_of(report->obligations.begin(), report->obligations.end(),
                        [](const Obligation& o) { return o.declaration == DeclarationKind::Patrimoine; });
        QCOMPARE(dspDue, !exempt);
        QCOMPARE(report->exemptions.size(), std::size_t(exempt ? 1 : 0));
        if (exempt) {
            QCOMPARE(report->exemptions.front().basis, QStringLiteral("art. 7-3, III"));
        }
        // The DI is never waived.
        QCOMPARE(report->obligations.front().declaration, DeclarationKind::Interets);
    }

    void exemptionAtCessation()
    {
        // Ceased less than six months after the installation DSP: no end-of-functions DSP.
        const auto report = compute(titulaire("siege", "ca", "Lyon", "chef",
                                              R"(, "ceased_on": "2026-05-01", "last_dsp_on": "2026-02-20")"),
                                    QStringLiteral("lo-2016"));
        QVERIFY(report.ok());
        QCOMPARE(describe(*report),
                 (QStringList{
                     "interets installation cour-de-cassation:premier-president 2026-03-15 art. 7-2, I, 5°",
                     "patrimoine installation hatvp 2026-03-15 art. 7-3, I, 3°"}));
        QCOMPARE(report->exemptions.size(), std::size_t(1));
        QCOMPARE(report->exemptions.front().event, DeclarationEvent::Cessation);
    }

    void unusableProfiles_data()
    {
        QTest::addColumn<QByteArray>("profile");
        QTest::addColumn<QString>("expectedInMessage");
        QTest::addColumn<int>("kind");
        const int unusable = int(ErrorKind::Unusable);
        QTest::newRow("unknown court")
            << titulaire("siege", "tj", "Nanterr", "magistrat") << "Nanterre" << unusable;
        QTest::newRow("a cour that does not exist")
            << titulaire("siege", "ca", "Marseille", "magistrat") << "unknown court" << unusable;
        QTest::newRow("impossible date")
            << QByteArray(
                   R"({"status": "titulaire", "formation": "siege", "court": {"type": "tj", "seat": "Lyon"}, "rank": "magistrat", "installed_on": "2026-02-30"})")
            << "installed_on" << unusable;
        QTest::newRow("président de chambre at a tribunal")
            << titulaire("siege", "tj", "Lyon", "president-de-chambre") << "rank" << unusable;
        QTest::newRow("premier avocat général at the siège")
            << titulaire("siege", "ca", "Lyon", "premier-avocat-general") << "rank" << unusable;
        QTest::newRow("service extraordinaire at a cour d'appel")
            << titulaire("siege", "ca", "Lyon", "service-extraordinaire") << "rank" << unusable;
        QTest::newRow("unknown status")
            << QByteArray(R"({"status": "stagiaire", "installed_on": "2026-01-15"})") << "status" << unusable;
        QTest::newRow("missing formation")
            << QByteArray(
                   R"({"status": "titulaire", "court": {"type": "tj", "seat": "Lyon"}, "rank": "magistrat", "installed_on": "2026-01-15"})")
            << "formation" << unusable;
        QTest::newRow("temporary magistrate at a cour")
            << QByteArray(
                   R"({"status": "temporaire", "court": {"type": "ca", "seat": "Lyon"}, "installed_on": "2026-01-15"})")
            << "court" << unusable;
        QTest::newRow("honorary magistrate as chef")
            << QByteArray(
                   R"({"status": "honoraire", "formation": "siege", "court": {"type": "tj", "seat": "Lyon"}, "rank": "chef", "installed_on": "2026-01-15"})")
            << "rank" << unusable;
        QTest::newRow("unknown key") << titulaire("siege", "tj", "Lyon", "magistrat",
                                                  R"(, "grade": "premier")")
                                     << "grade" << unusable;
        QTest::newRow("Cour de cassation elsewhere than Paris")
            << titulaire("siege", "cour-de-cassation", "Lyon", "magistrat") << "Paris" << unusable;
        QTest::newRow("ceased before installed")
            << titulaire("siege", "tj", "Lyon", "magistrat", R"(, "ceased_on": "2025-01-01")") << "precedes"
            << int(ErrorKind::Invalid);
    }

    void unusableProfiles()
    {
        QFETCH(QByteArray, profile);
        QFETCH(QString, expectedInMessage);
        QFETCH(int, kind);
        const auto report = compute(profile, QStringLiteral("lo-2016"));
        QVERIFY(!report.ok());
        QCOMPARE(int(report.error().kind), kind);
        QVERIFY2(report.error().message.contains(expectedInMessage), qPrintable(report.error().message));
    }

    void unknownRegime()
    {
        const auto report = compute(titulaire("siege", "tj", "Lyon", "magistrat"), QStringLiteral("2030"));
        QVERIFY(!report.ok());
        QCOMPARE(report.error().kind, ErrorKind::Unusable);
        QVERIFY(report.error().message.contains(QStringLiteral("en-vigueur")));
    }

    void rulesDataIsChecked()
    {
        // A regime that removes a rule that does not exist is refused, not silently applied.
        const auto broken = ObligationRules::fromJson(R"({"regimes": [
            {"id": "a", "rules": [{"id": "r", "declaration": "interets", "when": {"status": ["titulaire"]},
                                   "recipients": ["hatvp"], "events": [{"event": "installation", "from": "installed_on", "basis": "x"}]}]},
            {"id": "b", "basedOn": "a", "withoutRules": ["nope"]}]})");
        QVERIFY(!broken.ok());
        QVERIFY(broken.error().message.contains(QStringLiteral("nope")));
        const auto incomplete = ObligationRules::fromJson(
            R"({"regimes": [{"id": "a", "rules": [{"id": "r", "declaration": "interets"}]}]})");
        QVERIFY(!incomplete.ok());
    }

    void authorityLabels()
    {
        const auto& directory = JurisdictionDirectory::builtIn();
        QVERIFY(authorityLabel(QStringLiteral("tj-nanterre:president"), directory)
                    .contains(QStringLiteral("Nanterre")));
        QVERIFY(authorityLabel(QStringLiteral("ca-aix-en-provence:procureur-general"), directory)
                    .contains(QStringLiteral("Aix-en-Provence")));
        QVERIFY(authorityLabel(QStringLiteral("hatvp"), directory).contains(QStringLiteral("transparence")));
        // The authorities a declaration is forwarded to under a procedure have names too.
        QVERIFY(authorityLabel(QStringLiteral("csm"), directory).contains(QStringLiteral("magistrature")));
        QVERIFY(authorityLabel(QStringLiteral("garde-des-sceaux"), directory)
                    .contains(QStringLiteral("sceaux,")));
        QVERIFY(authorityLabel(QStringLiteral("inspection-generale-de-la-justice"), directory)
                    .contains(QStringLiteral("Inspection")));
    }
};

QTEST_GUILESS_MAIN(TestObligations)
#include "tst_obligations.moc"
