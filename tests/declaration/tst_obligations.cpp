// The routing of every line of art. 7-2 I, 41-13, 41-28, LO 94-100 art. 10-1-1 A and 10-1-1, and 7-3 I,
// under the 2016 regimes, with month-end deadlines and the six-month exemption of 7-3 III; then what LO
// n° 2023-1058 changed (lo-2023, en-vigueur), and the members of the Conseil constitutionnel (ord. 58-1067
// art. 3-1 and 3-2) under every regime.
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

// describe() with what follows the remise and what is owed nothing:
// "interets installation tj-nanterre:president 2026-03-15 art. 7-2, I, 1° [entretien art. 7-2, III bis]",
// "nothing art. 7-2, I", "exempt patrimoine cessation ord. 58-1067 art. 3-2, III".
QStringList describeAll(const ObligationReport& report)
{
    QStringList lines;
    for (const Obligation& obligation : report.obligations) {
        QString line = QStringLiteral("%1 %2 %3 %4 %5")
                           .arg(kindId(obligation.declaration), eventId(obligation.event),
                                obligation.recipients.join(QLatin1Char('+')),
                                obligation.due.toString(Qt::ISODate), obligation.basis);
        if (obligation.followUp) {
            line += QStringLiteral(" [%1 %2]")
                        .arg(followUpKindId(obligation.followUp->kind), obligation.followUp->basis);
        }
        lines << line;
    }
    for (const NothingOwed& nothing : report.nothingOwed) {
        lines << QStringLiteral("nothing ") + nothing.basis;
    }
    for (const Exemption& exemption : report.exemptions) {
        lines << QStringLiteral("exempt %1 %2 %3")
                     .arg(kindId(exemption.declaration), eventId(exemption.event), exemption.basis);
    }
    return lines;
}

const QStringList allRegimes = {QStringLiteral("lo-2016"), QStringLiteral("en-vigueur"),
                                QStringLiteral("lo-2023")};

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
        QStringList ids;
        for (const Regime& regime : regimes) {
            ids << regime.id;
        }
        QCOMPARE(ids, allRegimes);
        QCOMPARE(ObligationRules::builtIn().defaultRegime(), QStringLiteral("lo-2016"));
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
        const QString ev = QStringLiteral("en-vigueur"); // the law in force from 2016 to 2023

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

    // Decision 2016-732 DC struck art. 7-3 I's list and nothing else: for every profile above, the law in
    // force from 2016 to 2023 owes exactly what lo-2016 owes minus the DSPs based on that list.
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

    // LO n° 2023-1058 and ord. 58-1067 art. 3-1 / 3-2: each new rule under each regime. The row names quote
    // the text; the expected lines give the recipients, the deadline, the basis and what follows the remise.
    void newRules_data()
    {
        QTest::addColumn<QByteArray>("profile");
        QTest::addColumn<QString>("regime");
        QTest::addColumn<QStringList>("expected");

        const QByteArray igj =
            R"({"status": "titulaire", "court": {"type": "igj"}, "rank": "magistrat", "installed_on": "2026-01-15"})";
        const QByteArray igjChef =
            R"({"status": "titulaire", "court": {"type": "igj"}, "rank": "chef", "installed_on": "2026-01-15"})";
        const QByteArray igjChanged =
            R"({"status": "titulaire", "court": {"type": "igj"}, "rank": "magistrat", "installed_on": "2026-01-15",
                "changed_on": "2027-04-10"})";
        for (const QString& regime : {QStringLiteral("lo-2016"), QStringLiteral("en-vigueur")}) {
            // 2016: art. 7-2 I, 1° to 7°, names no recipient for the IGJ; LO 2023-1058 "ajoute seulement à la
            // liste des magistrats qui avaient été omis" (CL136).
            QTest::newRow(qPrintable(regime + " IGJ magistrat: omitted from art. 7-2 I"))
                << igj << regime << QStringList{"nothing art. 7-2, I"};
            QTest::newRow(qPrintable(regime + " chef de l'IGJ: omitted from art. 7-2 I"))
                << igjChef << regime << QStringList{"nothing art. 7-2, I"};
        }
        for (const QString& regime : {QStringLiteral("lo-2023")}) {
            // Décret 2024-637: "l'extension de cette obligation aux magistrats de l'inspection générale de la
            // justice"; their recipient, the chef de l'IGJ, is inferred (not confirmed by a text at hand).
            QTest::newRow(qPrintable(regime + " IGJ magistrat: to the chef de l'IGJ, entretien III bis"))
                << igj << regime
                << QStringList{"interets installation inspection-generale-de-la-justice:chef 2026-03-15 "
                               "art. 7-2, I [entretien art. 7-2, III bis]"};
            // Décret 93-21 art. 11-4: "Après réception de la déclaration remise par l'inspecteur général,
            // chef de l'inspection générale de la justice, et, le cas échéant, après avoir adressé à ce
            // dernier des observations, le collège de déontologie".
            QTest::newRow(qPrintable(regime + " chef de l'IGJ: to the collège, written observations"))
                << igjChef << regime
                << QStringList{"interets installation college-de-deontologie 2026-03-15 art. 7-2, I "
                               "[observations décret n° 93-21 art. 11-4]"};
            // Annexe 2 of décret 2024-637: "En application du III ter de l'article 7-2 [...] déclaration
            // complémentaire [...] magistrats exerçant des fonctions en juridiction et à l'inspection
            // générale".
            QTest::newRow(qPrintable(regime + " IGJ: complementary declaration, III ter"))
                << igjChanged << regime
                << QStringList{"interets installation inspection-generale-de-la-justice:chef 2026-03-15 "
                               "art. 7-2, I [entretien art. 7-2, III bis]",
                               "interets modification inspection-generale-de-la-justice:chef 2027-06-10 "
                               "art. 7-2, III ter"};
            // Art. 7-3 suppressed (bill art. 10, COM-148): no DSP for any head of court.
            QTest::newRow(qPrintable(regime + " président TJ: art. 7-3 gone, DI only"))
                << titulaire("siege", "tj", "Nanterre", "chef", R"(, "ceased_on": "2028-06-30")") << regime
                << QStringList{
                       "interets installation ca-versailles:premier-president 2026-03-15 art. 7-2, I, "
                       "3° [entretien art. 7-2, III bis]"};
            QTest::newRow(qPrintable(regime + " premier président Cass.: art. 7-3 gone, DI to the collège"))
                << titulaire("siege", "cour-de-cassation", "", "chef") << regime
                << QStringList{"interets installation college-de-deontologie 2026-03-15 art. 7-2, I, 7° "
                               "[entretien art. 7-2, III bis]"};
            QTest::newRow(qPrintable(regime + " procureur général CA: art. 7-3 gone"))
                << titulaire("parquet", "ca", "Rennes", "chef", R"(, "last_dsp_on": "2025-12-01")") << regime
                << QStringList{"interets installation cour-de-cassation:procureur-general 2026-03-15 "
                               "art. 7-2, I, 6° [entretien art. 7-2, III bis]"};
            // Renumbered: entretien "prévu au III bis de l'article 7-2" (décret 93-21 art. 11-4),
            // complementary declaration "III ter" (annexe 2).
            QTest::newRow(qPrintable(regime + " juge TJ: III bis and III ter"))
                << titulaire("siege", "tj", "Nanterre", "magistrat", R"(, "changed_on": "2027-04-10")")
                << regime
                << QStringList{"interets installation tj-nanterre:president 2026-03-15 art. 7-2, I, 1° "
                               "[entretien art. 7-2, III bis]",
                               "interets modification tj-nanterre:president 2027-06-10 art. 7-2, III ter"};
            QTest::newRow(qPrintable(regime + " 41-13 temporaire: entretien III bis"))
                << QByteArray(
                       R"({"status": "temporaire", "court": {"type": "tj", "seat": "Lille"}, "installed_on": "2026-01-15"})")
                << regime
                << QStringList{"interets installation tj-lille:president 2026-03-15 art. 41-13 "
                               "[entretien art. 7-2, III bis]"};
            // The CSM keep theirs, under the numbers in force: LO 94-100 art. 10-1-1 (DI) and 10-1-2 (DSP,
            // décret 2017-465: "lors de leur désignation, lors de la cessation de leurs fonctions").
            QTest::newRow(qPrintable(regime + " CSM: LO 94-100 art. 10-1-1 and 10-1-2"))
                << QByteArray(
                       R"({"status": "membre-csm", "installed_on": "2026-01-15", "ceased_on": "2030-01-15", "last_dsp_on": "2025-12-01"})")
                << regime
                << QStringList{"interets installation "
                               "cour-de-cassation:premier-president+cour-de-cassation:procureur-general "
                               "2026-03-15 LO 94-100 art. 10-1-1",
                               "patrimoine installation hatvp 2026-03-15 LO 94-100 art. 10-1-2",
                               "patrimoine cessation hatvp 2030-03-15 LO 94-100 art. 10-1-2"};
        }
        // The 2016 text's numbers: the entretien in art. 7-2 III.
        QTest::newRow("lo-2016 juge TJ: entretien art. 7-2, III")
            << titulaire("siege", "tj", "Nanterre", "magistrat", R"(, "changed_on": "2027-04-10")")
            << "lo-2016"
            << QStringList{"interets installation tj-nanterre:president 2026-03-15 art. 7-2, I, 1° "
                           "[entretien art. 7-2, III]",
                           "interets modification tj-nanterre:president 2027-06-10 art. 7-2, III"};

        // Ord. 58-1067, the same in every regime.
        for (const QString& regime : allRegimes) {
            // 3-1 I: "les membres du Conseil constitutionnel, autres que les membres de droit, remettent à
            // son président une déclaration [...] de leurs intérêts"; III: "un entretien déontologique du
            // membre du Conseil constitutionnel avec le président". 3-2 I: "dans les deux mois qui suivent
            // leur entrée en fonctions et dans les deux mois qui suivent la cessation de leurs fonctions
            // [...] au président de la Haute Autorité".
            QTest::newRow(
                qPrintable(regime + " Conseil constitutionnel: DI to the président, DSP to the HATVP"))
                << QByteArray(R"({"status": "membre-conseil-constitutionnel", "installed_on": "2026-01-15"})")
                << regime
                << QStringList{"interets installation conseil-constitutionnel:president 2026-03-15 "
                               "ord. 58-1067 art. 3-1 [entretien ord. 58-1067 art. 3-1, III]",
                               "patrimoine installation hatvp 2026-03-15 ord. 58-1067 art. 3-2"};
            QTest::newRow(qPrintable(regime + " Conseil constitutionnel: DSP at the end of office (3-2 I)"))
                << QByteArray(
                       R"({"status": "membre-conseil-constitutionnel", "installed_on": "2026-01-15", "ceased_on": "2035-03-31"})")
                << regime
                << QStringList{"interets installation conseil-constitutionnel:president 2026-03-15 "
                               "ord. 58-1067 art. 3-1 [entretien ord. 58-1067 art. 3-1, III]",
                               "patrimoine installation hatvp 2026-03-15 ord. 58-1067 art. 3-2",
                               "patrimoine cessation hatvp 2035-05-31 ord. 58-1067 art. 3-2"};
            // 3-1 III and 3-2 III: "Toute modification substantielle [...] fait l'objet, dans un délai de
            // deux mois, d'une déclaration complémentaire dans les mêmes formes".
            QTest::newRow(qPrintable(regime + " Conseil constitutionnel: complementary declarations (III)"))
                << QByteArray(
                       R"({"status": "membre-conseil-constitutionnel", "installed_on": "2026-01-15", "changed_on": "2027-04-10"})")
                << regime
                << QStringList{"interets installation conseil-constitutionnel:president 2026-03-15 "
                               "ord. 58-1067 art. 3-1 [entretien ord. 58-1067 art. 3-1, III]",
                               "patrimoine installation hatvp 2026-03-15 ord. 58-1067 art. 3-2",
                               "interets modification conseil-constitutionnel:president 2027-06-10 "
                               "ord. 58-1067 art. 3-1, III",
                               "patrimoine modification hatvp 2027-06-10 ord. 58-1067 art. 3-2, III"};
            // 3-2 III: "Aucune nouvelle déclaration n'est exigée du membre du Conseil constitutionnel qui a
            // établi depuis moins de six mois une déclaration" (here one made as a CSM member).
            QTest::newRow(qPrintable(regime + " Conseil constitutionnel: six-month exemption (3-2 III)"))
                << QByteArray(
                       R"({"status": "membre-conseil-constitutionnel", "installed_on": "2026-01-15", "last_dsp_on": "2025-09-01"})")
                << regime
                << QStringList{"interets installation conseil-constitutionnel:president 2026-03-15 "
                               "ord. 58-1067 art. 3-1 [entretien ord. 58-1067 art. 3-1, III]",
                               "exempt patrimoine installation ord. 58-1067 art. 3-2, III"};
            QTest::newRow(
                qPrintable(regime + " Conseil constitutionnel: exempt at the end of office (3-2 III)"))
                << QByteArray(
                       R"({"status": "membre-conseil-constitutionnel", "installed_on": "2026-01-15", "ceased_on": "2026-06-30", "last_dsp_on": "2026-03-01"})")
                << regime
                << QStringList{"interets installation conseil-constitutionnel:president 2026-03-15 "
                               "ord. 58-1067 art. 3-1 [entretien ord. 58-1067 art. 3-1, III]",
                               "patrimoine installation hatvp 2026-03-15 ord. 58-1067 art. 3-2",
                               "exempt patrimoine cessation ord. 58-1067 art. 3-2, III"};
            // "autres que les membres de droit": a former Président de la République owes nothing, président
            // or not.
            QTest::newRow(qPrintable(regime + " Conseil constitutionnel: member de droit owes nothing"))
                << QByteArray(
                       R"({"status": "membre-conseil-constitutionnel", "de_droit": true, "installed_on": "2026-01-15", "ceased_on": "2027-01-15"})")
                << regime << QStringList{"nothing ord. 58-1067 art. 3-1, I et 3-2, I"};
            QTest::newRow(qPrintable(regime + " Conseil constitutionnel: a président de droit owes nothing"))
                << QByteArray(
                       R"({"status": "membre-conseil-constitutionnel", "de_droit": true, "rank": "chef", "installed_on": "2026-01-15"})")
                << regime << QStringList{"nothing ord. 58-1067 art. 3-1, I et 3-2, I"};
            // The président's own DI, which the text does not settle (docs/regimes.md): owed, filed under his
            // own office, without an entretien with himself; his DSP as any member's.
            QTest::newRow(qPrintable(regime + " président du Conseil constitutionnel: own DI, no entretien"))
                << QByteArray(
                       R"({"status": "membre-conseil-constitutionnel", "rank": "chef", "installed_on": "2026-01-15"})")
                << regime
                << QStringList{"interets installation conseil-constitutionnel:president 2026-03-15 "
                               "ord. 58-1067 art. 3-1",
                               "patrimoine installation hatvp 2026-03-15 ord. 58-1067 art. 3-2"};
        }
    }

    void newRules()
    {
        QFETCH(QByteArray, profile);
        QFETCH(QString, regime);
        QFETCH(QStringList, expected);
        const auto report = compute(profile, regime);
        QVERIFY2(report.ok(), qPrintable(report.ok() ? QString() : report.error().message));
        QCOMPARE(describeAll(*report), expected);
        for (const Obligation& obligation : report->obligations) {
            QVERIFY2(!obligation.law.isEmpty() && !obligation.source.isEmpty() &&
                         obligation.validFrom.isValid(),
                     qPrintable(obligation.ruleId));
            QVERIFY2(obligation.confirmed || !obligation.note.isEmpty(),
                     "an unconfirmed reading says why in its note");
        }
    }

    // The président's own DI (docs/regimes.md): the rule says it is Probitas's choice, not the text's.
    void presidentOfTheConseilConstitutionnelChoiceIsMarked()
    {
        for (const QString& regime : allRegimes) {
            const auto report = compute(
                R"({"status": "membre-conseil-constitutionnel", "rank": "chef", "installed_on": "2026-01-15"})",
                regime);
            QVERIFY(report.ok());
            const Obligation& di = report->obligations.front();
            QCOMPARE(di.ruleId, QStringLiteral("cc-3-1-president"));
            QVERIFY(!di.confirmed);
            QVERIFY(!di.followUp); // no entretien "avec le président" with himself
            QVERIFY(di.note.contains(QStringLiteral("Choix de Probitas")));
            QVERIFY(di.source.contains(QStringLiteral("docs/regimes.md")));
            // An ordinary member's routing is the text's own.
            const auto member = compute(
                R"({"status": "membre-conseil-constitutionnel", "installed_on": "2026-01-15"})", regime);
            QVERIFY(member->obligations.front().confirmed);
        }
    }

    // The heads of the Cour de cassation: the 7° of the 2016 commission text is not in the consolidated art.
    // 7-2 I read (1° to 6° only), so under lo-2023 their routing to the collège is marked as not confirmed.
    void collegeForTheHeadsOfTheCourDeCassationIsMarkedUnconfirmed()
    {
        const QByteArray premierPresident = titulaire("siege", "cour-de-cassation", "", "chef");
        const auto lo2023 = compute(premierPresident, QStringLiteral("lo-2023"));
        QVERIFY(lo2023.ok());
        QCOMPARE(lo2023->obligations.front().ruleId, QStringLiteral("7-2-I-7"));
        QVERIFY(!lo2023->obligations.front().confirmed);
        QVERIFY(lo2023->obligations.front().note.contains(QStringLiteral("1° à 6°")));
        // The text as adopted has its 7°.
        QVERIFY(compute(premierPresident, QStringLiteral("lo-2016"))->obligations.front().confirmed);
    }

    // The IGJ magistrates' recipient is an inference: its rule says so, in its source note too.
    void igjReadingIsMarkedUnconfirmed()
    {
        const auto report = compute(
            R"({"status": "titulaire", "court": {"type": "igj"}, "rank": "magistrat", "installed_on": "2026-01-15"})",
            QStringLiteral("lo-2023"));
        QVERIFY(report.ok());
        QCOMPARE(report->obligations.front().ruleId, QStringLiteral("7-2-igj"));
        QVERIFY(!report->obligations.front().confirmed);
        QVERIFY(report->obligations.front().source.contains(QStringLiteral("NON CONFIRMÉE")));
        QCOMPARE(report->obligations.front().validFrom, QDate(2023, 11, 22));
        // The chef's is read in décret 93-21 art. 11-4.
        const auto chef = compute(
            R"({"status": "titulaire", "court": {"type": "igj"}, "rank": "chef", "installed_on": "2026-01-15"})",
            QStringLiteral("lo-2023"));
        QVERIFY(chef->obligations.front().confirmed);
        QVERIFY(chef->obligations.front().source.contains(QStringLiteral("art. 11-4")));
    }

    // LO 2023-1058 changed the numbering, the IGJ and art. 7-3, nothing else: for every profile of the
    // routing table, lo-2023 owes what en-vigueur owes, under the new numbers.
    void lo2023RenumbersAndChangesNothingElse()
    {
        int compared = 0;
        for (const QByteArray& profile : profilesOfTheRoutingTable()) {
            const auto before = compute(profile, QStringLiteral("en-vigueur"));
            const auto after = compute(profile, QStringLiteral("lo-2023"));
            QVERIFY2(before.ok() && after.ok(), profile.constData());
            QStringList renumbered;
            for (QString line : describe(*before)) {
                if (line.endsWith(QStringLiteral("art. 7-2, III"))) {
                    line += QStringLiteral(" ter");
                } else if (line.startsWith(QStringLiteral("patrimoine"))) {
                    line.replace(QStringLiteral("LO 94-100 art. 10-1-1"),
                                 QStringLiteral("LO 94-100 art. 10-1-2"));
                } else {
                    line.replace(QStringLiteral("LO 94-100 art. 10-1-1 A"),
                                 QStringLiteral("LO 94-100 art. 10-1-1"));
                }
                renumbered << line;
            }
            QCOMPARE(describe(*after), renumbered);
            for (const Obligation& obligation : after->obligations) {
                if (obligation.followUp) {
                    QCOMPARE(obligation.followUp->basis, QStringLiteral("art. 7-2, III bis"));
                }
            }
            ++compared;
        }
        QVERIFY(compared >= 25);
    }

    // en-vigueur is the law from 2016 to LO 2023-1058 (legal-update-2023.md §1.3); lo-2023 the law after it.
    void regimesAreDated()
    {
        const auto regimes = ObligationRules::builtIn().regimes();
        const auto find = [&regimes](const char* id) {
            return std::find_if(regimes.begin(), regimes.end(),
                                [id](const Regime& regime) { return regime.id == QLatin1String(id); });
        };
        QCOMPARE(find("en-vigueur")->validFrom, QDate(2016, 8, 11));
        QCOMPARE(find("en-vigueur")->validUntil, QDate(2023, 11, 21));
        QCOMPARE(find("lo-2023")->validFrom, QDate(2023, 11, 22));
        QVERIFY(!find("lo-2023")->validUntil.isValid());
        QCOMPARE(find("lo-2023")->basedOn, QStringLiteral("en-vigueur"));
    }

    // Each rule keeps its dates and sources as data.
    void everyRuleHasItsDateAndSource()
    {
        const ObligationRules& rules = ObligationRules::builtIn();
        for (const QString& regime : allRegimes) {
            const auto regimeRules = rules.rulesOf(regime);
            QVERIFY(!regimeRules.empty());
            for (const ObligationRules::Rule& rule : regimeRules) {
                const QString what = regime + QLatin1Char(' ') + rule.id;
                QVERIFY2(!rule.source.isEmpty() && rule.validFrom.isValid() && !rule.law.isEmpty(),
                         qPrintable(what));
                QVERIFY2(rule.confirmed || !rule.note.isEmpty(), qPrintable(what));
                if (regime == QLatin1String("lo-2023") && (rule.id.startsWith(QStringLiteral("7-2")) ||
                                                           rule.id.startsWith(QStringLiteral("41-")))) {
                    QVERIFY2(rule.validFrom == QDate(2023, 11, 22), qPrintable(what));
                    QVERIFY2(rule.source.contains(QStringLiteral("2023-1058")), qPrintable(what));
                }
                if (rule.id.startsWith(QStringLiteral("cc-"))) {
                    QVERIFY2(rule.source.contains(QStringLiteral("58-1067")), qPrintable(what));
                }
            }
            // No regime after 2023 keeps a rule of art. 7-3.
            if (regime == QLatin1String("lo-2023")) {
                for (const ObligationRules::Rule& rule : regimeRules) {
                    QVERIFY2(!rule.id.startsWith(QStringLiteral("7-3")), qPrintable(rule.id));
                    for (const auto& event : rule.events) {
                        QVERIFY2(!event.basis.contains(QStringLiteral("7-3")), qPrintable(rule.id));
                    }
                    QVERIFY2(!rule.exemptionBasis.contains(QStringLiteral("7-3")), qPrintable(rule.id));
                }
            }
        }
        const QStringList named = rules.namedAuthorities();
        for (const char* authority : {"hatvp", "college-de-deontologie", "conseil-constitutionnel:president",
                                      "inspection-generale-de-la-justice:chef"}) {
            QVERIFY2(named.contains(QLatin1String(authority)), authority);
        }
        QVERIFY(!named.contains(QStringLiteral("tribunal:president")));
    }

    void newProfiles_data()
    {
        QTest::addColumn<QByteArray>("profile");
        QTest::addColumn<QString>("expectedInMessage");
        QTest::newRow("IGJ with a seat")
            << QByteArray(
                   R"({"status": "titulaire", "court": {"type": "igj", "seat": "Paris"}, "installed_on": "2026-01-15"})")
            << "seat";
        QTest::newRow("IGJ with a formation")
            << QByteArray(
                   R"({"status": "titulaire", "formation": "siege", "court": {"type": "igj"}, "installed_on": "2026-01-15"})")
            << "formation";
        QTest::newRow("IGJ président de chambre")
            << QByteArray(
                   R"({"status": "titulaire", "court": {"type": "igj"}, "rank": "president-de-chambre", "installed_on": "2026-01-15"})")
            << "rank";
        QTest::newRow("temporary magistrate at the IGJ")
            << QByteArray(
                   R"({"status": "temporaire", "court": {"type": "igj"}, "installed_on": "2026-01-15"})")
            << "inspection";
        QTest::newRow("Conseil constitutionnel with a court")
            << QByteArray(
                   R"({"status": "membre-conseil-constitutionnel", "court": {"type": "tj", "seat": "Paris"}, "installed_on": "2026-01-15"})")
            << "court";
        QTest::newRow("Conseil constitutionnel premier avocat général")
            << QByteArray(
                   R"({"status": "membre-conseil-constitutionnel", "rank": "premier-avocat-general", "installed_on": "2026-01-15"})")
            << "rank";
        QTest::newRow("de_droit not a boolean")
            << QByteArray(
                   R"({"status": "membre-conseil-constitutionnel", "de_droit": "oui", "installed_on": "2026-01-15"})")
            << "de_droit";
        QTest::newRow("de_droit for a magistrate")
            << titulaire("siege", "tj", "Lyon", "magistrat", R"(, "de_droit": true)") << "de_droit";
        QTest::newRow("Conseil constitutionnel without installation")
            << QByteArray(R"({"status": "membre-conseil-constitutionnel"})") << "installed_on";
    }

    void newProfiles()
    {
        QFETCH(QByteArray, profile);
        QFETCH(QString, expectedInMessage);
        for (const QString& regime : allRegimes) {
            const auto report = compute(profile, regime);
            QVERIFY(!report.ok());
            QCOMPARE(report.error().kind, ErrorKind::Unusable);
            QVERIFY2(report.error().message.contains(expectedInMessage), qPrintable(report.error().message));
        }
    }

    // What a store writes and reads back: the JSON form keeps the IGJ, de droit and the présidence.
    void newProfilesRoundTrip_data()
    {
        QTest::addColumn<QByteArray>("profile");
        QTest::newRow("IGJ chef") << QByteArray(
            R"({"status": "titulaire", "court": {"type": "igj"}, "rank": "chef", "installed_on": "2026-01-15"})");
        QTest::newRow("président du Conseil constitutionnel") << QByteArray(
            R"({"status": "membre-conseil-constitutionnel", "rank": "chef", "installed_on": "2026-01-15", "ceased_on": "2035-01-15"})");
        QTest::newRow("member de droit") << QByteArray(
            R"({"status": "membre-conseil-constitutionnel", "de_droit": true, "installed_on": "2026-01-15"})");
    }

    void newProfilesRoundTrip()
    {
        QFETCH(QByteArray, profile);
        auto parsed = Profile::fromJson(*json::parse(profile));
        QVERIFY(parsed.ok());
        auto again = Profile::fromJson(parsed->toJson());
        QVERIFY2(again.ok(), qPrintable(again.ok() ? QString() : again.error().message));
        QCOMPARE(again->toJson(), parsed->toJson());
        QCOMPARE(again->atInspection, parsed->atInspection);
        QCOMPARE(again->deDroit, parsed->deDroit);
        QCOMPARE(again->rank, parsed->rank);
        QVERIFY(!again->servesInACourt());
        QVERIFY(again->posting().postingDifferences(*again).isEmpty());
        // The official posting a store keeps: de droit and the présidence are part of it.
        QCOMPARE(again->posting().toJson(), again->toJson());
        for (const QString& regime : allRegimes) {
            QCOMPARE(describeAll(*ObligationRules::builtIn().compute(*again, JurisdictionDirectory::builtIn(),
                                                                     regime)),
                     describeAll(*compute(profile, regime)));
        }
        const QString summary = postingSummary(*again);
        QVERIFY2(summary.contains(QStringLiteral("inspection")) ||
                     summary.contains(QStringLiteral("Conseil")),
                 qPrintable(summary));
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
        const QByteArray rule =
            R"({"id": "r", "declaration": "interets", "law": "l", "when": {"status": ["titulaire"]},
                "recipients": ["hatvp"], "events": [{"event": "installation", "from": "installed_on", "basis": "x"}]})";
        const auto regimes = [](const QByteArray& rest) {
            return QByteArray(
                       R"({"regimes": [{"id": "a", "source": "s", "validFrom": "2016-08-11", "rules": [)") +
                   rest + "]}";
        };
        QVERIFY(ObligationRules::fromJson(regimes(rule + "]}")).ok());
        const auto broken = ObligationRules::fromJson(
            regimes(rule + R"(]}, {"id": "b", "basedOn": "a", "withoutRules": ["nope"]})"));
        QVERIFY(!broken.ok());
        QVERIFY(broken.error().message.contains(QStringLiteral("nope")));
        // A rule restated without removing the inherited one would apply twice.
        const auto twice = ObligationRules::fromJson(
            regimes(rule + R"(]}, {"id": "b", "basedOn": "a", "rules": [)" + rule + "]}"));
        QVERIFY(!twice.ok());
        QVERIFY(twice.error().message.contains(QStringLiteral("twice")));
        const auto restated = ObligationRules::fromJson(regimes(
            rule +
            R"(]}, {"id": "b", "source": "t", "validFrom": "2023-11-22", "basedOn": "a", "withoutRules": ["r"], "rules": [)" +
            rule + "]}"));
        QVERIFY(restated.ok());
        QCOMPARE(restated->rulesOf(QStringLiteral("b")).front().source, QStringLiteral("t"));
        QCOMPARE(restated->rulesOf(QStringLiteral("a")).front().validFrom, QDate(2016, 8, 11));
        // A rule without a source or date, a follow-up of an unknown kind, a rule owing nothing that names a
        // recipient: refused.
        QVERIFY(
            !ObligationRules::fromJson(QByteArray(R"({"regimes": [{"id": "a", "rules": [)") + rule + "]}]}")
                 .ok());
        QByteArray unknownFollowUp = rule;
        unknownFollowUp.replace(R"("basis": "x"})",
                                R"("basis": "x", "followUp": {"kind": "visite", "basis": "y"}})");
        QVERIFY(!ObligationRules::fromJson(regimes(unknownFollowUp + "]}")).ok());
        QVERIFY(
            !ObligationRules::fromJson(
                 regimes(
                     R"({"id": "n", "owes": "nothing", "basis": "b", "law": "l", "when": {"status": ["titulaire"]}, "recipients": ["hatvp"]}]})"))
                 .ok());
        QVERIFY(
            ObligationRules::fromJson(
                regimes(
                    R"({"id": "n", "owes": "nothing", "basis": "b", "law": "l", "when": {"status": ["titulaire"]}}]})"))
                .ok());
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
        // The recipients outside the courts (LO 2023-1058, ord. 58-1067 art. 3-1).
        QVERIFY(authorityLabel(QStringLiteral("inspection-generale-de-la-justice:chef"), directory)
                    .contains(QStringLiteral("chef")));
        QVERIFY(authorityLabel(QStringLiteral("conseil-constitutionnel:president"), directory)
                    .contains(QStringLiteral("Conseil constitutionnel")));
    }
};

QTEST_GUILESS_MAIN(TestObligations)
#include "tst_obligations.moc"
