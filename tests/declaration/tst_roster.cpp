// The roster a chef de juridiction imports into the compliance dashboard: every row or none, each bad row
// named by its line with the reason.
#include "Roster.h"
#include "ShownInput.h"

#include <QTest>

using namespace probitas;

namespace {

const QByteArray kHeader = "name;status;formation;court_type;court_seat;rank;installed_on\n";

} // namespace

class TestRoster : public QObject
{
    Q_OBJECT

private slots:
    void accepted_data()
    {
        QTest::addColumn<QByteArray>("csv");
        QTest::addColumn<QString>("authority");
        QTest::addColumn<QStringList>("names");
        QTest::addColumn<QList<int>>("lines");

        QTest::newRow("semicolons, as French spreadsheets write")
            << kHeader + "Hélène Durand-Lefèvre;titulaire;siege;tj;Nanterre;magistrat;2026-01-15\n"
                         "Paul Martin;titulaire;siege;tj;Nanterre;magistrat;01/03/2026\n"
            << "tj-nanterre:president" << QStringList{"Hélène Durand-Lefèvre", "Paul Martin"}
            << QList<int>{2, 3};
        QTest::newRow("commas, BOM, CRLF, columns in another order, quotes, blank lines")
            << QByteArray("\xEF\xBB\xBFinstalled_on,name,status,formation,court_type,court_seat\r\n"
                          "2026-01-15,\"Durand-Lefèvre, Hélène\",titulaire,siege,tj,NANTERRE\r\n"
                          "\r\n"
                          "2025-09-01,\"Jean \"\"Jo\"\" Morel\",titulaire,siege,tj,nanterre\r\n")
            << "tj-nanterre:president" << QStringList{"Durand-Lefèvre, Hélène", "Jean \"Jo\" Morel"}
            << QList<int>{2, 4};
        QTest::newRow("a quoted line break keeps the next row's line number")
            << kHeader + "\"Anne\nBrun\";titulaire;siege;tj;Nanterre;magistrat;2026-01-15\n"
                         "Marc Petit;titulaire;siege;tj;Nanterre;magistrat;2026-01-15\n"
            << "" << QStringList{"Anne Brun", "Marc Petit"} << QList<int>{2, 4};
        QTest::newRow("the HATVP's roster: heads of court")
            << QByteArray("name;status;formation;court_type;court_seat;rank;installed_on;ceased_on\n"
                          "Jean-Baptiste Moreau;titulaire;siege;tj;Nanterre;chef;2026-01-15;\n"
                          "Louise Garnier;titulaire;parquet;ca;Versailles;chef;2024-09-02;2026-02-28\n")
            << "hatvp" << QStringList{"Jean-Baptiste Moreau", "Louise Garnier"} << QList<int>{2, 3};
        // Ord. 58-1067 art. 3-2: a member of the Conseil constitutionnel files his DSP with the HATVP; he has
        // no court, so both court cells are empty.
        QTest::newRow("the HATVP's roster: a member of the Conseil constitutionnel")
            << QByteArray("name;status;formation;court_type;court_seat;rank;installed_on\n"
                          "Claire Fontaine;membre-conseil-constitutionnel;;;;;2025-03-10\n")
            << "hatvp" << QStringList{"Claire Fontaine"} << QList<int>{2};
        QTest::newRow("the président of the Conseil constitutionnel's roster")
            << QByteArray("name;status;formation;court_type;court_seat;rank;installed_on\n"
                          "Claire Fontaine;membre-conseil-constitutionnel;;;;;2025-03-10\n")
            << "conseil-constitutionnel:president" << QStringList{"Claire Fontaine"} << QList<int>{2};
    }

    void accepted()
    {
        QFETCH(QByteArray, csv);
        QFETCH(QString, authority);
        QFETCH(QStringList, names);
        QFETCH(QList<int>, lines);

        const RosterImport roster = Roster::parse(csv, authority);
        QVERIFY2(roster.accepted(), roster.accepted() ? ""
                                                      : qPrintable(QString::number(roster.problems[0].line) +
                                                                   ": " + roster.problems[0].reason));
        QStringList gotNames;
        QList<int> gotLines;
        for (const RosterEntry& entry : roster.entries) {
            gotNames << entry.name.simplified();
            gotLines << entry.line;
        }
        QStringList expected;
        for (const QString& name : names) {
            expected << name.simplified();
        }
        QCOMPARE(gotNames, expected);
        QCOMPARE(gotLines, lines);
    }

    // The roster is checked under the store's regime: the IGJ's magistrates declare to their chef only
    // under LO 2023-1058 (art. 7-2, I as it amended it), and a chef de juridiction owes the HATVP a DSP
    // only while art. 7-3 stands (lo-2016).
    void checkedUnderTheStoresRegime()
    {
        const QByteArray igj = kHeader + "Paul Martin;titulaire;;igj;;magistrat;2026-03-01\n";
        QVERIFY(Roster::parse(igj, "inspection-generale-de-la-justice:chef", "lo-2023").accepted());
        QVERIFY(!Roster::parse(igj, "inspection-generale-de-la-justice:chef", "lo-2016").accepted());
        const QByteArray chef = kHeader + "Anne Roy;titulaire;siege;tj;Nanterre;chef;2026-03-01\n";
        QVERIFY(Roster::parse(chef, "hatvp", "lo-2016").accepted());
        const RosterImport underLo2023 = Roster::parse(chef, "hatvp", "lo-2023");
        QVERIFY(!underLo2023.accepted());
        QCOMPARE(underLo2023.problems.at(0).line, 2);
    }

    void frenchDatesAndProfiles()
    {
        const RosterImport roster =
            Roster::parse(kHeader + "Paul Martin;titulaire;parquet;tj;Nanterre;magistrat;01/03/2026\n",
                          "tj-nanterre:procureur");
        QVERIFY(roster.accepted());
        const Profile& profile = roster.entries.at(0).profile;
        QCOMPARE(profile.installedOn, QDate(2026, 3, 1));
        QCOMPARE(profile.formation, std::optional<Formation>(Formation::Parquet));
        QCOMPARE(profile.court->seat, QStringLiteral("Nanterre"));
    }

    void refused_data()
    {
        QTest::addColumn<QByteArray>("csv");
        QTest::addColumn<QString>("authority");
        QTest::addColumn<QList<int>>("lines");
        QTest::addColumn<QStringList>("reasons"); // a fragment of each reason, in line order

        QTest::newRow("bad rows among good ones")
            << kHeader + "Hélène Durand-Lefèvre;titulaire;siege;tj;Nanterre;magistrat;2026-01-15\n"
                         "Paul Martin;stagiaire;siege;tj;Nanterre;magistrat;2026-01-15\n"
                         "Anne Brun;titulaire;siege;tj;Nanterr;magistrat;2026-01-15\n"
                         "Marc Petit;titulaire;siege;tj;Nanterre;president-de-chambre;2026-01-15\n"
                         "Luc Noir;titulaire;siege;tj;Nanterre;magistrat;2026-02-30\n"
                         "Hélène DURAND-LEFEVRE;titulaire;siege;tj;Nanterre;magistrat;2026-01-15\n"
                         "Eve Blanc;titulaire;siege;tj;Nanterre\n"
                         ";titulaire;siege;tj;Nanterre;magistrat;2026-01-15\n"
            << "" << QList<int>{3, 4, 5, 6, 7, 8, 9}
            << QStringList{"status: expected one of",
                           "Nanterre",
                           "rank: there is no president-de-chambre",
                           "installed_on",
                           "already on line 2",
                           "5 fields where the header has 7",
                           "name: missing"};
        QTest::newRow("a magistrate of another court")
            << kHeader + "Hélène Durand-Lefèvre;titulaire;siege;tj;Nanterre;magistrat;2026-01-15\n"
                         "Thomas Nguyen;titulaire;parquet;tj;Nanterre;magistrat;2026-01-15\n"
                         "Rémi Vidal;titulaire;siege;tj;Pontoise;magistrat;2026-01-15\n"
            << "tj-nanterre:president" << QList<int>{3, 4} << QStringList{"procureur", "Pontoise"};
        QTest::newRow("the DI of a juge is not the HATVP's")
            << kHeader + "Hélène Durand-Lefèvre;titulaire;siege;tj;Nanterre;magistrat;2026-01-15\n"
            << "hatvp" << QList<int>{2} << QStringList{"not to this authority"};
        QTest::newRow("an unknown column and a missing one")
            << QByteArray("name;statut;formation;court_type;court_seat;installed_on\n"
                          "Paul Martin;titulaire;siege;tj;Nanterre;2026-01-15\n")
            << "" << QList<int>{1, 1} << QStringList{"unknown column \"statut\"", "\"status\" is missing"};
        QTest::newRow("a quote never closed")
            << kHeader + "Paul Martin;titulaire;siege;tj;Nanterre;magistrat;2026-01-15\n"
                         "\"Anne Brun;titulaire;siege;tj;Nanterre;magistrat;2026-01-15\n"
            << "" << QList<int>{3} << QStringList{"never closed"};
        QTest::newRow("a header alone") << kHeader << "" << QList<int>{1} << QStringList{"no magistrate"};
        QTest::newRow("an empty file") << QByteArray() << "" << QList<int>{1} << QStringList{"empty"};
        QTest::newRow("not UTF-8") << QByteArray(kHeader +
                                                 "Ren\xE9 Roy;titulaire;siege;tj;Nanterre;;2026-01-15\n")
                                   << "" << QList<int>{0} << QStringList{"UTF-8"};

        // What a reason quotes of the file is at most 80 characters, control characters escaped (a roster
        // holds 4 MB at most: its values, 3 MB).
        const QByteArray huge(3 * 1024 * 1024, 'x');
        QTest::newRow("an unknown column of 3 MB")
            << QByteArray("name;status;court_type;court_seat;installed_on;" + huge + "\n") << ""
            << QList<int>{1} << QStringList{"unknown column \"" + QString(80, 'x') + "\u2026\" (expected:"};
        QTest::newRow("a seat of 3 MB")
            << kHeader + "Paul Martin;titulaire;siege;tj;" + huge + ";magistrat;2026-01-15\n"
            << "" << QList<int>{2}
            << QStringList{"no tribunal judiciaire at \"" + QString(80, 'x') + "\u2026\""};
        QTest::newRow("the same name of 1 MB twice")
            << kHeader + huge.left(1024 * 1024) + ";titulaire;siege;tj;Nanterre;magistrat;2026-01-15\n" +
                   huge.left(1024 * 1024) + ";titulaire;siege;tj;Nanterre;magistrat;2026-01-15\n"
            << "" << QList<int>{3} << QStringList{QString(80, 'x') + "\u2026 is already on line 2"};
        QTest::newRow("a name with ESC, BEL or NUL")
            << kHeader + "Paul\x1B[2JMartin;titulaire;siege;tj;Nanterre;magistrat;2026-01-15\n" +
                   "Anne\x07"
                   "Brun;titulaire;siege;tj;Nanterre;magistrat;2026-01-15\n" +
                   QByteArray("Luc\0Noir;titulaire;siege;tj;Nanterre;magistrat;2026-01-15\n", 58)
            << "" << QList<int>{2, 3, 4}
            << QStringList{"name: holds a control character (\\x1b)", "(\\x07)", "(\\x00)"};
        QTest::newRow("a date with ESC")
            << kHeader + "Paul Martin;titulaire;siege;tj;Nanterre;magistrat;2026\x1B[31m-01-15\n"
            << "" << QList<int>{2} << QStringList{"installed_on: \"2026\\x1b[31m-01-15\" is not a date"};
        QTest::newRow("a seat with C1 controls and DEL")
            << kHeader + "Paul Martin;titulaire;siege;tj;Nant\xC2\x9B"
                         "31m\x7F"
                         "erre;magistrat;2026-01-15\n"
            << "" << QList<int>{2} << QStringList{"at \"Nant\\x9b31m\\x7ferre\""};
    }

    void refused()
    {
        QFETCH(QByteArray, csv);
        QFETCH(QString, authority);
        QFETCH(QList<int>, lines);
        QFETCH(QStringList, reasons);

        const RosterImport roster = Roster::parse(csv, authority);
        QVERIFY(!roster.accepted());
        // Nothing half-imported.
        QVERIFY(roster.entries.empty());
        QList<int> gotLines;
        for (const RosterProblem& problem : roster.problems) {
            gotLines << problem.line;
        }
        QCOMPARE(gotLines, lines);
        for (int index = 0; index < reasons.size(); ++index) {
            QVERIFY2(roster.problems[index].reason.contains(reasons[index]),
                     qPrintable(shownInput(roster.problems[index].reason)));
        }
        // Every reason on one line, bounded, with nothing in it to drive a terminal.
        for (const RosterProblem& problem : roster.problems) {
            QVERIFY2(problem.reason.size() <= 400 &&
                         std::none_of(problem.reason.begin(), problem.reason.end(), isControlCharacter),
                     qPrintable(shownInput(problem.reason)));
        }
    }
};

QTEST_GUILESS_MAIN(TestRoster)
#include "tst_roster.moc"
