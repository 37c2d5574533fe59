// The jurisdiction directory: 36 cours, every cour with its tribunals, every tribunal in exactly one cour.
#include "Jurisdictions.h"
#include "Obligations.h"
#include "TextFolding.h"

#include <QSet>
#include <QTest>

using namespace probitas;

class TestJurisdictions : public QObject
{
    Q_OBJECT

private slots:
    void thirtySixCours()
    {
        const auto& directory = JurisdictionDirectory::builtIn();
        QCOMPARE(directory.cours().size(), std::size_t(36));
        QVERIFY(directory.source().contains(QStringLiteral("D. 211-1")));
    }

    void everyCourHasItsTribunals()
    {
        const auto& directory = JurisdictionDirectory::builtIn();
        std::size_t tribunals = 0;
        for (const Court* cour : directory.cours()) {
            const auto ressort = directory.tribunalsOf(*cour);
            QVERIFY2(!ressort.empty(), qPrintable(cour->seat));
            tribunals += ressort.size();
            QCOMPARE(&directory.appealCourtOf(*cour), cour);
        }
        std::size_t counted = 0;
        for (const Court& court : directory.courts()) {
            if (court.type == CourtType::TribunalJudiciaire ||
                court.type == CourtType::TribunalPremiereInstance) {
                ++counted;
                QCOMPARE(directory.appealCourtOf(court).type, CourtType::CourAppel);
            }
        }
        QCOMPARE(tribunals, counted);            // every tribunal belongs to exactly one cour
        QCOMPARE(counted, std::size_t(164 + 3)); // 164 tribunaux judiciaires, 3 overseas TPI
    }

    void idsAreUnique()
    {
        QSet<QString> ids;
        for (const Court& court : JurisdictionDirectory::builtIn().courts()) {
            QVERIFY2(!ids.contains(court.id()), qPrintable(court.id()));
            ids.insert(court.id());
        }
    }

    void ressorts_data()
    {
        QTest::addColumn<QString>("type");
        QTest::addColumn<QString>("seat");
        QTest::addColumn<QString>("cour");
        QTest::newRow("Nanterre") << "tj"
                                  << "Nanterre"
                                  << "ca-versailles";
        QTest::newRow("Bobigny") << "tj"
                                 << "Bobigny"
                                 << "ca-paris";
        QTest::newRow("Le Puy-en-Velay") << "tj"
                                         << "le puy en velay"
                                         << "ca-riom";
        QTest::newRow("Saint-Pierre (La Réunion)") << "tj"
                                                   << "Saint-Pierre"
                                                   << "ca-saint-denis";
        QTest::newRow("Mamoudzou") << "tj"
                                   << "Mamoudzou"
                                   << "ca-saint-denis";
        QTest::newRow("Pointe-à-Pitre") << "tj"
                                        << "POINTE-A-PITRE"
                                        << "ca-basse-terre";
        QTest::newRow("Ajaccio") << "tj"
                                 << "Ajaccio"
                                 << "ca-bastia";
        QTest::newRow("Mata-Utu") << "tpi"
                                  << "Mata-Utu"
                                  << "ca-noumea";
        QTest::newRow("Papeete") << "tpi"
                                 << "Papeete"
                                 << "ca-papeete";
        QTest::newRow("Cayenne") << "tj"
                                 << "Cayenne"
                                 << "ca-cayenne";
    }

    void ressorts()
    {
        QFETCH(QString, type);
        QFETCH(QString, seat);
        QFETCH(QString, cour);
        const auto& directory = JurisdictionDirectory::builtIn();
        const Court* court = directory.find(*courtTypeFromId(type), seat);
        QVERIFY2(court, qPrintable(seat));
        QCOMPARE(directory.appealCourtOf(*court).id(), cour);
    }

    void slugs_data()
    {
        QTest::addColumn<QString>("seat");
        QTest::addColumn<QString>("slug");
        QTest::newRow("accents") << "Nîmes"
                                 << "nimes";
        QTest::newRow("hyphens") << "Aix-en-Provence"
                                 << "aix-en-provence";
        QTest::newRow("spaces and hyphens") << "Le Puy-en-Velay"
                                            << "le-puy-en-velay";
        QTest::newRow("capital accent") << "Évry-Courcouronnes"
                                        << "evry-courcouronnes";
        QTest::newRow("apostrophe") << "L'Isle-d'Abeau"
                                    << "l-isle-d-abeau";
        QTest::newRow("ligature") << "Bœuf"
                                  << "boeuf";
        QTest::newRow("runs of punctuation") << "  Saint -- Denis  "
                                             << "saint-denis";
    }

    void slugs()
    {
        QFETCH(QString, seat);
        QFETCH(QString, slug);
        QCOMPARE(text::slug(seat), slug);
    }

    void unknownCourtNamesClosestMatches()
    {
        const auto& directory = JurisdictionDirectory::builtIn();
        const auto missing = directory.resolve(CourtType::TribunalJudiciaire, QStringLiteral("Nanter"));
        QVERIFY(!missing.ok());
        QCOMPARE(missing.error().kind, ErrorKind::Unusable);
        QCOMPARE(directory.closestSeats(CourtType::TribunalJudiciaire, QStringLiteral("Nanter")).front(),
                 QStringLiteral("Nanterre"));
        QVERIFY(missing.error().message.contains(QStringLiteral("Nanterre")));
        QCOMPARE(directory.closestSeats(CourtType::CourAppel, QStringLiteral("aix")).front(),
                 QStringLiteral("Aix-en-Provence"));
        // Riom is a cour, but its town has no tribunal judiciaire.
        QVERIFY(directory.find(CourtType::CourAppel, QStringLiteral("Riom")));
        QVERIFY(!directory.find(CourtType::TribunalJudiciaire, QStringLiteral("Riom")));
    }

    // Issue 14 §2: the authorities outside the courts that the rules send declarations to are in the data,
    // each with the text that makes it a recipient.
    void namedAuthoritiesAreInTheData_data()
    {
        QTest::addColumn<QString>("id");
        QTest::addColumn<QString>("institution");
        QTest::addColumn<QString>("source");
        QTest::newRow("ord. 58-1067 art. 3-1: « remettent à son président »")
            << "conseil-constitutionnel:president"
            << "Conseil constitutionnel"
            << "art. 3-1";
        QTest::newRow("LO 2023-1058: the other IGJ magistrates' DI to the chef de l'IGJ (not confirmed)")
            << "inspection-generale-de-la-justice:chef"
            << "Inspection générale de la justice"
            << "non confirmée";
    }

    void namedAuthoritiesAreInTheData()
    {
        QFETCH(QString, id);
        QFETCH(QString, institution);
        QFETCH(QString, source);
        const JurisdictionDirectory& directory = JurisdictionDirectory::builtIn();
        const NamedAuthority* authority = directory.namedAuthority(id);
        QVERIFY2(authority, qPrintable(id));
        QCOMPARE(authority->institution, institution);
        QVERIFY2(authority->source.contains(source), qPrintable(authority->source));
        // Named for people, never by its raw id.
        const QString label = authorityLabel(id, directory);
        QVERIFY2(!label.isEmpty() && label != id, qPrintable(label));
        // Neither a court nor in a ressort: no court has its id as its prefix.
        const QString prefix = id.left(id.indexOf(QLatin1Char(':')));
        for (const Court& court : directory.courts()) {
            QVERIFY(court.id() != prefix);
        }
    }

    // Every authority outside the courts that a rule of any regime sends a declaration to is in the
    // directory's data: a rule naming one the data does not know fails here, not in a store.
    void everyRecipientOutsideTheCourtsIsKnown()
    {
        const JurisdictionDirectory& directory = JurisdictionDirectory::builtIn();
        const QStringList national{"hatvp", "college-de-deontologie"};
        int checked = 0;
        for (const QString& id : ObligationRules::builtIn().namedAuthorities()) {
            if (national.contains(id) || id.startsWith("cour-de-cassation:")) {
                continue;
            }
            QVERIFY2(directory.namedAuthority(id), qPrintable(id));
            ++checked;
        }
        QCOMPARE(checked, 2);
    }

    void malformedDirectoriesAreRefused_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::newRow("not JSON") << QByteArray("{");
        QTest::newRow("cour without tribunals")
            << QByteArray(R"({"cours": [{"seat": "Agen", "tribunals": []}]})");
        QTest::newRow("tribunal twice")
            << QByteArray(R"({"cours": [{"seat": "A", "tribunals": [{"type": "tj", "seat": "X"}]},
                                                                     {"seat": "B", "tribunals": [{"type": "tj", "seat": "x"}]}]})");
        QTest::newRow("unknown tribunal type")
            << QByteArray(R"({"cours": [{"seat": "A", "tribunals": [{"type": "ti", "seat": "X"}]}]})");
        const QByteArray cour = R"("cours": [{"seat": "A", "tribunals": [{"type": "tj", "seat": "X"}]}])";
        QTest::newRow("authority without its source") << QByteArray(
            R"({"authorities": [{"id": "c:p", "institution": "C", "label": "p"}], )" + cour + "}");
        QTest::newRow("authority id without its head") << QByteArray(
            R"({"authorities": [{"id": "c", "institution": "C", "label": "p", "source": "s"}], )" + cour +
            "}");
        QTest::newRow("authority twice")
            << QByteArray(R"({"authorities": [{"id": "c:p", "institution": "C", "label": "p", "source": "s"},
                                              {"id": "c:p", "institution": "C", "label": "p", "source": "s"}], )" +
                          cour + "}");
    }

    void malformedDirectoriesAreRefused()
    {
        QFETCH(QByteArray, json);
        QVERIFY(!JurisdictionDirectory::fromJson(json).ok());
    }
};

QTEST_GUILESS_MAIN(TestJurisdictions)
#include "tst_jurisdictions.moc"
