// The screening of a case's parties against a declaration of interests (art. 7-1 of ordonnance n° 58-1270):
// names normalised, SIREN and SIRET read and checked, one party matched with one declared entity, the parties
// file read; and the matcher measured against party-pairs.csv, a set of pairs labelled by hand.
#include "Fixtures.h"
#include "PartyMatching.h"
#include "ShownInput.h"

#include <QFile>
#include <QTest>
#include <algorithm>
#include <array>
#include <map>

using namespace probitas;

Q_DECLARE_METATYPE(MatchStrength)
Q_DECLARE_METATYPE(ErrorKind)
Q_DECLARE_METATYPE(PartyRole)

namespace {

std::optional<CompanyNumber> numberOrNone(const QString& text)
{
    if (text.trimmed().isEmpty()) {
        return std::nullopt;
    }
    auto number = parseCompanyNumber(text);
    return number ? std::optional<CompanyNumber>(*number) : std::nullopt;
}

const char* strengthName(MatchStrength strength)
{
    switch (strength) {
    case MatchStrength::None:
        return "none";
    case MatchStrength::Close:
        return "close";
    case MatchStrength::Normalized:
        return "normalized";
    case MatchStrength::Identifier:
        return "identifier";
    }
    return "?";
}

std::optional<MatchStrength> strengthFromLabel(const QString& label)
{
    for (const MatchStrength strength :
         {MatchStrength::None, MatchStrength::Close, MatchStrength::Normalized, MatchStrength::Identifier}) {
        if (label == QLatin1String(strengthName(strength))) {
            return strength;
        }
    }
    return std::nullopt;
}

bool exactOrNormalized(MatchStrength strength)
{
    return strength == MatchStrength::Identifier || strength == MatchStrength::Normalized;
}

// Precision and recall of one kind of answer: `truth` and `guess` say, for each pair, whether the label and
// the prediction are of that kind.
struct Tally
{
    int truePositives = 0;
    int falsePositives = 0;
    int falseNegatives = 0;

    void add(bool truth, bool guess)
    {
        truePositives += truth && guess;
        falsePositives += !truth && guess;
        falseNegatives += truth && !guess;
    }
    double precision() const
    {
        return truePositives + falsePositives == 0 ? 1.0
                                                   : double(truePositives) / (truePositives + falsePositives);
    }
    double recall() const
    {
        return truePositives + falseNegatives == 0 ? 1.0
                                                   : double(truePositives) / (truePositives + falseNegatives);
    }
};

} // namespace

class TestPartyMatching : public QObject
{
    Q_OBJECT

private slots:
    void normalized_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("normalized");
        QTest::addColumn<QString>("key");

        QTest::newRow("case and accents") << "SOCIÉTÉ Générale"
                                          << "societe generale"
                                          << "generale societe";
        QTest::newRow("ligatures") << "Œuvres sociales Lætitia"
                                   << "oeuvres sociales laetitia"
                                   << "laetitia oeuvres sociales";
        QTest::newRow("punctuation and spaces") << "  Hôtel-Restaurant « Le  Relais », Brest. "
                                                << "hotel restaurant le relais brest"
                                                << "brest hotel le relais restaurant";
        QTest::newRow("an elided article joins its word") << "L'Oréal"
                                                          << "loreal"
                                                          << "loreal";
        QTest::newRow("typographic apostrophe") << "Jean d’Ormesson"
                                                << "jean dormesson"
                                                << "dormesson jean";
        QTest::newRow("word order, for the key") << "DUPONT Jean"
                                                 << "dupont jean"
                                                 << "dupont jean";
        QTest::newRow("word order, the other way") << "Jean Dupont"
                                                   << "jean dupont"
                                                   << "dupont jean";
        QTest::newRow("legal form before") << "SARL  Boulangerie   Morel"
                                           << "boulangerie morel"
                                           << "boulangerie morel";
        QTest::newRow("legal form after, dotted") << "Boulangerie Morel S.A.R.L."
                                                  << "boulangerie morel"
                                                  << "boulangerie morel";
        QTest::newRow("S.A.") << "S.A. Ateliers Fournier"
                              << "ateliers fournier"
                              << "ateliers fournier";
        QTest::newRow("a legal form within a word stays") << "Transports Sassenage SAS"
                                                          << "transports sassenage"
                                                          << "sassenage transports";
        QTest::newRow("SAS, SASU, EURL, SCI, SELARL, SNC, GIE") << "SAS SASU EURL SCI SELARL SNC GIE Morel"
                                                                << "morel"
                                                                << "morel";
        QTest::newRow("et associés") << "Cabinet Roussel et Associés"
                                     << "cabinet roussel"
                                     << "cabinet roussel";
        QTest::newRow("& associés") << "Roussel, Carré & Associés"
                                    << "roussel carre"
                                    << "carre roussel";
        QTest::newRow("association") << "Association Les Amis du Vieux Rouen"
                                     << "les amis du vieux rouen"
                                     << "amis du les rouen vieux";
        QTest::newRow("spelt out") << "Cristallerie du Vexin, société par actions simplifiée"
                                   << "cristallerie du vexin"
                                   << "cristallerie du vexin";
        QTest::newRow("a legal form alone stays") << "SCI"
                                                  << "sci"
                                                  << "sci";
        QTest::newRow("civility") << "M. Jean-Pierre Dupont"
                                  << "jean pierre dupont"
                                  << "dupont jean pierre";
        QTest::newRow("Maître") << "Me Claire Vasseur"
                                << "claire vasseur"
                                << "claire vasseur";
        QTest::newRow("a civility alone stays") << "Monsieur"
                                                << "monsieur"
                                                << "monsieur";
        QTest::newRow("an initial") << "J. Martin"
                                    << "j martin"
                                    << "j martin";
        QTest::newRow("dotted initials are one word") << "J.P. Martin"
                                                      << "jp martin"
                                                      << "jp martin";
        QTest::newRow("hyphenated initials are two") << "J.-P. Martin"
                                                     << "j p martin"
                                                     << "j martin p";
        QTest::newRow("an acronym") << "Groupe A.B.C."
                                    << "groupe abc"
                                    << "abc groupe";
        QTest::newRow("nothing") << "  ., "
                                 << ""
                                 << "";
    }

    void normalized()
    {
        QFETCH(QString, name);
        QFETCH(QString, normalized);
        QFETCH(QString, key);
        QCOMPARE(normalizedName(name), normalized);
        QCOMPARE(nameKey(name), key);
    }

    void companyNumbers_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("shown"); // empty: refused
        QTest::addColumn<QString>("siren");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("message"); // the start of the error's

        QTest::newRow("SIREN") << "552100554"
                               << "552 100 554"
                               << "552100554"
                               << ""
                               << "";
        QTest::newRow("SIREN with spaces") << " 552 100  554 "
                                           << "552 100 554"
                                           << "552100554"
                                           << ""
                                           << "";
        QTest::newRow("SIREN with non-breaking spaces")
            << QStringLiteral("552\u00A0100\u202F554") << "552 100 554"
            << "552100554"
            << ""
            << "";
        QTest::newRow("SIRET") << "552 100 554 00013"
                               << "552 100 554 00013"
                               << "552100554"
                               << ""
                               << "";
        QTest::newRow("SIREN, wrong check digit") << "552 100 553"
                                                  << ""
                                                  << ""
                                                  << "company-number.check-digit"
                                                  << "the check digit of 552 100 553 is wrong: not a SIREN";
        QTest::newRow("SIRET, wrong check digit")
            << "55210055400014"
            << ""
            << ""
            << "company-number.check-digit"
            << "the check digit of 552 100 554 00014 is wrong: not a SIRET";
        QTest::newRow("SIRET whose SIREN is wrong")
            << "55210055300014"
            << ""
            << ""
            << "company-number.check-digit"
            << "the check digit of 552 100 553 00014 is wrong: not a SIREN";
        // La Poste's establishments: the digits add up to a multiple of 5 (3+5+6+1+2+3+4+1 = 25); Luhn
        // refuses it.
        QTest::newRow("La Poste, an establishment") << "356 000 000 12341"
                                                    << "356 000 000 12341"
                                                    << "356000000"
                                                    << ""
                                                    << "";
        QTest::newRow("La Poste, its head office (Luhn)") << "35600000000048"
                                                          << "356 000 000 00048"
                                                          << "356000000"
                                                          << ""
                                                          << "";
        QTest::newRow("La Poste, a sum of 26")
            << "35600000012342"
            << ""
            << ""
            << "company-number.check-digit"
            << "the check digit of 356 000 000 12342 is wrong: not a SIRET";
        QTest::newRow("another company's SIRET, a sum of 30: Luhn alone decides")
            << "55210055400003"
            << ""
            << ""
            << "company-number.check-digit"
            << "the check digit of 552 100 554 00003 is wrong: not a SIRET";
        QTest::newRow("the placeholder 000 000 000") << "000 000 000"
                                                     << ""
                                                     << ""
                                                     << "company-number.placeholder"
                                                     << "000 000 000 is no SIREN";
        QTest::newRow("8 digits") << "55210055"
                                  << ""
                                  << ""
                                  << "company-number.format"
                                  << "\"55210055\" is neither a SIREN (9 digits) nor a SIRET (14 digits)";
        QTest::newRow("10 digits") << "5521005540"
                                   << ""
                                   << ""
                                   << "company-number.format"
                                   << "\"5521005540\"";
        QTest::newRow("dashes") << "552-100-554"
                                << ""
                                << ""
                                << "company-number.format"
                                << "\"552-100-554\"";
        QTest::newRow("letters") << "FR552100554"
                                 << ""
                                 << ""
                                 << "company-number.format"
                                 << "\"FR552100554\"";
        QTest::newRow("Arabic-Indic digits")
            << QStringLiteral("\u0665\u0665\u0662\u0661\u0660\u0660\u0665\u0665\u0664") << ""
            << ""
            << "company-number.format"
            << "\"";
        QTest::newRow("ESC, escaped") << "552\x1B[2J100554"
                                      << ""
                                      << ""
                                      << "company-number.format"
                                      << "\"552\\x1b[2J100554\" is neither";
        QTest::newRow("a megabyte, quoted 80 characters")
            << QString(1024 * 1024, QLatin1Char('7')) << ""
            << ""
            << "company-number.format"
            << "\"" + QString(80, QLatin1Char('7')) + "\u2026\" is neither";
    }

    void companyNumbers()
    {
        QFETCH(QString, text);
        QFETCH(QString, shown);
        QFETCH(QString, siren);
        QFETCH(QString, code);
        QFETCH(QString, message);

        const auto number = parseCompanyNumber(text);
        if (shown.isEmpty()) {
            QVERIFY(!number.ok());
            QCOMPARE(number.error().kind, ErrorKind::Invalid);
            QCOMPARE(number.error().code, code);
            QVERIFY2(number.error().message.startsWith(message), qPrintable(number.error().message));
            QVERIFY(number.error().message.size() <= 200);
            return;
        }
        QVERIFY2(number.ok(), number.ok() ? "" : qPrintable(number.error().message));
        QCOMPARE(number->shown(), shown);
        QCOMPARE(number->siren, siren);
        QCOMPARE(number->isSiret(), shown.size() > 11);
    }

    void luhn()
    {
        QVERIFY(luhnValid(u"552100554"));
        QVERIFY(luhnValid(u"0"));
        QVERIFY(!luhnValid(u"552100555"));
        QVERIFY(!luhnValid(u""));
        QVERIFY(!luhnValid(u"55210055a"));
    }

    void matched_data()
    {
        QTest::addColumn<QString>("party");
        QTest::addColumn<QString>("partyNumber");
        QTest::addColumn<QString>("declared");
        QTest::addColumn<QString>("declaredNumber");
        QTest::addColumn<MatchStrength>("strength");
        QTest::addColumn<QString>("reason"); // the start of it

        QTest::newRow("the same SIREN, a company renamed")
            << "Nexalis Conseil"
            << "552100554"
            << "Cabinet Hoarau"
            << "552 100 554" << MatchStrength::Identifier << "same SIREN 552 100 554";
        QTest::newRow("a SIRET and its SIREN")
            << "Imprimerie Lacroix"
            << "55210055400013"
            << "Imprimerie Lacroix"
            << "552100554" << MatchStrength::Identifier << "same SIREN 552 100 554";
        QTest::newRow("two SIRENs, one name")
            << "Boulangerie Morel"
            << "552100554"
            << "BOULANGERIE MOREL"
            << "552120222" << MatchStrength::Close
            << "same name once normalised, but another SIREN (552 100 554, declared 552 120 222)";
        QTest::newRow("two SIRENs, two names") << "Boulangerie Morel"
                                               << "552100554"
                                               << "Garage Chevalier"
                                               << "552120222" << MatchStrength::None << "another SIREN";
        QTest::newRow("one SIREN, the names decide")
            << "Dupont Jean"
            << ""
            << "jean DUPONT"
            << "552100554" << MatchStrength::Normalized << "same name once normalised";
        QTest::newRow("a legal form") << "Boulangerie Morel S.A.R.L."
                                      << ""
                                      << "SAS Boulangerie Morel"
                                      << "" << MatchStrength::Normalized << "same name once normalised";
        QTest::newRow("an initial is close, not the same name")
            << "J. Dupont"
            << ""
            << "Jean Dupont"
            << "" << MatchStrength::Close << "close name, score 0.94";
        QTest::newRow("a slip of one letter") << "Jean Dupond"
                                              << ""
                                              << "Jean Dupont"
                                              << "" << MatchStrength::Close << "close name, score 0.96";
        // A subsidiary is another legal person: never the same name; close, so that someone looks
        // (docs/screening.md).
        QTest::newRow("a subsidiary")
            << "Société Générale Securities Services"
            << ""
            << "Société Générale"
            << "" << MatchStrength::Close << "close name, score 0.90: one name holds all";
        QTest::newRow("the group in the subsidiary's place")
            << "Société Générale"
            << ""
            << "Société Générale Securities Services"
            << "" << MatchStrength::Close << "close name, score 0.90: one name holds all";
        QTest::newRow("an acronym") << "BRO"
                                    << ""
                                    << "Banque Régionale de l'Ouest"
                                    << "" << MatchStrength::Close
                                    << "close name, score 0.90: one name is the initials of the other";
        QTest::newRow("a shared word") << "Banque Populaire"
                                       << ""
                                       << "Banque de France"
                                       << "" << MatchStrength::None << "another name, score 0.";
        QTest::newRow("another first name") << "Louis Martin"
                                            << ""
                                            << "Louise Martin"
                                            << "" << MatchStrength::None << "another name";
        QTest::newRow("a homonym") << "Jean Dupont"
                                   << ""
                                   << "Marie Dupont"
                                   << "" << MatchStrength::None << "another name";
        QTest::newRow("one brand word is not a group") << "Orange Bleue Fitness"
                                                       << ""
                                                       << "Orange"
                                                       << "" << MatchStrength::None << "another name";
    }

    void matched()
    {
        QFETCH(QString, party);
        QFETCH(QString, partyNumber);
        QFETCH(QString, declared);
        QFETCH(QString, declaredNumber);
        QFETCH(MatchStrength, strength);
        QFETCH(QString, reason);

        const PartyMatch match = matchParty(Party{0, party, numberOrNone(partyNumber), PartyRole::Party},
                                            DeclaredEntity{declared, numberOrNone(declaredNumber)});
        QVERIFY2(match.strength == strength, strengthName(match.strength));
        QVERIFY2(match.reason.startsWith(reason), qPrintable(match.reason));
        QVERIFY(match.score >= 0 && match.score <= 1);
        if (strength == MatchStrength::Close) {
            QVERIFY(match.score >= kCloseNameThreshold);
        }
    }

    void similarityScores()
    {
        QCOMPARE(nameSimilarity(QStringLiteral("Jean Dupont"), QStringLiteral("DUPONT Jean")), 1.0);
        QCOMPARE(nameSimilarity(QStringLiteral("Jean Dupont"), QStringLiteral("Boulangerie Morel")), 0.0);
        QCOMPARE(nameSimilarity(QString(), QStringLiteral("Morel")), 0.0);
        // "dupont": 6 of 10 letters on one side, 6 of 11 on the other.
        QCOMPARE(nameSimilarity(QStringLiteral("Jean Dupont"), QStringLiteral("Marie Dupont")), 12.0 / 21.0);
        // Initials: 0.8 for "J" and "jean", both weighing 1 + 4.
        QCOMPARE(nameSimilarity(QStringLiteral("J. Dupont"), QStringLiteral("Jean Dupont")),
                 (0.8 * 5 + 12) / 17.0);
        // The group within the subsidiary: 0.9 times the share of the shorter name held.
        QCOMPARE(nameSimilarity(QStringLiteral("Société Générale"),
                                QStringLiteral("Société Générale Securities Services")),
                 0.9);
        QVERIFY(kCloseNameThreshold > 0.5 && kCloseNameThreshold < 1);
    }

    void partiesAccepted_data()
    {
        QTest::addColumn<QByteArray>("csv");
        QTest::addColumn<QStringList>("names");
        QTest::addColumn<QStringList>("sirens"); // "" when none
        QTest::addColumn<QList<int>>("lines");
        QTest::addColumn<QList<PartyRole>>("roles");

        QTest::newRow("semicolons, as French spreadsheets write")
            << QByteArray("nom;siren;qualite\n"
                          "Boulangerie Morel SARL;552 100 554;partie\n"
                          "Me Claire Vasseur;;conseil\n"
                          "Imprimerie Lacroix;552 100 554 00013;\n"
                          "Paul Girard;;expert\n"
                          "Maître Roux, mandataire;;autre\n")
            << QStringList{"Boulangerie Morel SARL", "Me Claire Vasseur", "Imprimerie Lacroix", "Paul Girard",
                           "Maître Roux, mandataire"}
            << QStringList{"552100554", "", "552100554", "", ""} << QList<int>{2, 3, 4, 5, 6}
            << QList<PartyRole>{PartyRole::Party, PartyRole::Counsel, PartyRole::Party, PartyRole::Expert,
                                PartyRole::Other};
        QTest::newRow("commas, BOM, CRLF, columns in another order, their names in any case, quotes")
            << QByteArray("\xEF\xBB\xBF"
                          "Qualité,NOM,Siren\r\n"
                          "Conseil,\"Roussel, Carré & Associés\",\r\n"
                          "\r\n"
                          "PARTIE,\"Jean \"\"Jo\"\" Morel\",\"552100554\"\r\n")
            << QStringList{"Roussel, Carré & Associés", "Jean \"Jo\" Morel"} << QStringList{"", "552100554"}
            << QList<int>{2, 4} << QList<PartyRole>{PartyRole::Counsel, PartyRole::Party};
        QTest::newRow("the name alone")
            << QByteArray("nom\nJean Dupont\nMarie Dupont\n") << QStringList{"Jean Dupont", "Marie Dupont"}
            << QStringList{"", ""} << QList<int>{2, 3}
            << QList<PartyRole>{PartyRole::Party, PartyRole::Party};
        QTest::newRow("a quoted line break keeps the next row's line")
            << QByteArray("nom;siren\n\"Anne\nBrun\";\nMarc Petit;552100554\n")
            << QStringList{"Anne Brun", "Marc Petit"} << QStringList{"", "552100554"} << QList<int>{2, 4}
            << QList<PartyRole>{PartyRole::Party, PartyRole::Party};
        QTest::newRow("La Poste's SIRET")
            << QByteArray("nom;siren\nLa Poste;356 000 000 12341\n") << QStringList{"La Poste"}
            << QStringList{"356000000"} << QList<int>{2} << QList<PartyRole>{PartyRole::Party};
    }

    void partiesAccepted()
    {
        QFETCH(QByteArray, csv);
        QFETCH(QStringList, names);
        QFETCH(QStringList, sirens);
        QFETCH(QList<int>, lines);
        QFETCH(QList<PartyRole>, roles);

        const auto parties = PartiesFile::parse(csv);
        QVERIFY2(parties.ok(), parties.ok() ? "" : qPrintable(parties.error().message));
        QStringList gotNames, gotSirens;
        QList<int> gotLines;
        QList<PartyRole> gotRoles;
        for (const Party& party : *parties) {
            gotNames << party.name;
            gotSirens << (party.number ? party.number->siren : QString());
            gotLines << party.line;
            gotRoles << party.role;
        }
        QCOMPARE(gotNames, names);
        QCOMPARE(gotSirens, sirens);
        QCOMPARE(gotLines, lines);
        QCOMPARE(gotRoles, roles);
    }

    void partiesRejected_data()
    {
        QTest::addColumn<QByteArray>("csv");
        QTest::addColumn<ErrorKind>("kind");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("message"); // the start of it

        const QByteArray header = "nom;siren;qualite\n";
        // The file's shape.
        QTest::newRow("larger than 4 MB")
            << QByteArray(4 * 1024 * 1024 + 1, 'x') << ErrorKind::Unusable << "parties.size"
            << "the file is larger than 4 MB";
        QTest::newRow("not UTF-8") << header + "Ren\xE9 Roy;;\n"
                                   << ErrorKind::Unusable << "parties.encoding"
                                   << "the file is not UTF-8 text";
        QTest::newRow("empty") << QByteArray("\n\n") << ErrorKind::Unusable << "parties.empty"
                               << "the file is empty: a header line is expected";
        QTest::newRow("a quote never closed") << header + "Paul Martin;;\n\"Anne Brun;;\n"
                                              << ErrorKind::Unusable << "parties.quote"
                                              << "line 3: a quoted field is never closed";
        QTest::newRow("an unknown column")
            << QByteArray("nom;raison sociale\nMorel;Boulangerie\n") << ErrorKind::Unusable
            << "parties.header"
            << "line 1: unknown column \"raison sociale\" (expected: nom, siren, qualite)";
        QTest::newRow("a column twice")
            << QByteArray("nom;siren;Nom\nMorel;;Morel\n") << ErrorKind::Unusable << "parties.header"
            << "line 1: the column \"nom\" appears twice";
        QTest::newRow("no name column")
            << QByteArray("siren;qualite\n552100554;partie\n") << ErrorKind::Unusable << "parties.header"
            << "line 1: the column \"nom\" is missing";
        QTest::newRow("a row short of a field") << header + "Paul Martin;;\nAnne Brun;\n"
                                                << ErrorKind::Unusable << "parties.fields"
                                                << "line 3: 2 fields where the header has 3";
        QTest::newRow("a row with a field too many") << header + "Paul Martin;;;\n"
                                                     << ErrorKind::Unusable << "parties.fields"
                                                     << "line 2: 4 fields where the header has 3";
        // A row's values.
        QTest::newRow("a header alone") << header << ErrorKind::Invalid << "parties.none"
                                        << "line 1: the file lists no party";
        QTest::newRow("a name missing") << header + "Paul Martin;;\n  ;552100554;partie\n"
                                        << ErrorKind::Invalid << "parties.name"
                                        << "line 3: nom: missing";
        QTest::newRow("a name with ESC")
            << header + "Paul\x1B[2JMartin;;\n"
            << ErrorKind::Invalid << "parties.name"
            << "line 2: nom: holds a control character (\\x1b), which no name may hold";
        QTest::newRow("a name with a C1 control") << header + "Paul \xC2\x9B"
                                                              "31m Martin;;\n"
                                                  << ErrorKind::Invalid << "parties.name"
                                                  << "line 2: nom: holds a control character (\\x9b)";
        QTest::newRow("a name too long") << header + QByteArray(301, 'x') + ";;\n"
                                         << ErrorKind::Invalid << "parties.name"
                                         << "line 2: nom: longer than 300 characters";
        QTest::newRow("a SIREN's check digit")
            << header + "Paul Martin;;\nBoulangerie Morel;552 100 553;partie\n"
            << ErrorKind::Invalid << "parties.siren"
            << "line 3: siren: the check digit of 552 100 553 is wrong: not a SIREN";
        QTest::newRow("a SIRET's check digit")
            << header + "Imprimerie Lacroix;55210055400014;\n"
            << ErrorKind::Invalid << "parties.siren"
            << "line 2: siren: the check digit of 552 100 554 00014 is wrong: not a SIRET";
        QTest::newRow("La Poste's SIRET, a sum of 26")
            << header + "La Poste;35600000012342;\n"
            << ErrorKind::Invalid << "parties.siren"
            << "line 2: siren: the check digit of 356 000 000 12342 is wrong: not a SIRET";
        QTest::newRow("neither SIREN nor SIRET")
            << header + "Boulangerie Morel;5521005;\n"
            << ErrorKind::Invalid << "parties.siren"
            << "line 2: siren: \"5521005\" is neither a SIREN (9 digits) nor a SIRET (14 digits)";
        QTest::newRow("a placeholder") << header + "Boulangerie Morel;000000000;\n"
                                       << ErrorKind::Invalid << "parties.siren"
                                       << "line 2: siren: 000 000 000 is no SIREN";
        QTest::newRow("an unknown role")
            << header + "Paul Martin;;juge\n"
            << ErrorKind::Invalid << "parties.role"
            << "line 2: qualite: \"juge\" is not one of partie, conseil, expert, autre";
        QTest::newRow("the first problem is named")
            << header + "Paul Martin;;\nAnne Brun;123;\nMarc Petit;;juge\n"
            << ErrorKind::Invalid << "parties.siren"
            << "line 3: siren:";
        QTest::newRow("a quoted line break before the bad row")
            << header + "\"Anne\nBrun\";;\nMarc Petit;;avocat\n"
            << ErrorKind::Invalid << "parties.role"
            << "line 4: qualite: \"avocat\"";
        // What a message quotes of the file: at most 80 characters, control characters escaped.
        const QByteArray huge(1024 * 1024, 'x');
        QTest::newRow("an unknown column of 1 MB")
            << QByteArray("nom;" + huge + "\nMorel;x\n") << ErrorKind::Unusable << "parties.header"
            << "line 1: unknown column \"" + QString(80, QLatin1Char('x')) +
                   "\u2026\" (expected: nom, siren, qualite)";
        QTest::newRow("a SIREN of 1 MB")
            << header + "Morel;" + huge + ";\n"
            << ErrorKind::Invalid << "parties.siren"
            << "line 2: siren: \"" + QString(80, QLatin1Char('x')) + "\u2026\" is neither";
        QTest::newRow("a role with ESC") << header + "Morel;;part\x1B[2Jie\n"
                                         << ErrorKind::Invalid << "parties.role"
                                         << "line 2: qualite: \"part\\x1b[2Jie\" is not one of";
        QTest::newRow("a role with BEL") << header + "Morel;;part\x07ie\n"
                                         << ErrorKind::Invalid << "parties.role"
                                         << "line 2: qualite: \"part\\x07ie\" is not one of";
    }

    void partiesRejected()
    {
        QFETCH(QByteArray, csv);
        QFETCH(ErrorKind, kind);
        QFETCH(QString, code);
        QFETCH(QString, message);

        const auto parties = PartiesFile::parse(csv);
        QVERIFY(!parties.ok());
        QCOMPARE(parties.error().kind, kind);
        QCOMPARE(parties.error().code, code);
        QVERIFY2(parties.error().message.startsWith(message),
                 qPrintable(shownInput(parties.error().message, 400)));
        // One line, bounded, with nothing in it to drive a terminal.
        const QString& text = parties.error().message;
        QVERIFY2(text.size() <= 400 && std::none_of(text.begin(), text.end(), isControlCharacter),
                 qPrintable(shownInput(text, 400)));
    }

    // The matcher against the pairs labelled by hand (tests/declaration/data/party-pairs.csv, whose header
    // says how it was written): the expectation comes from the label, the prediction from matchParty.
    void precisionAndRecall()
    {
        QFile file(QStringLiteral(PROBITAS_TEST_DATA_DIR "/party-pairs.csv"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QStringList lines = QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'));
        Tally exact;
        Tally close;
        std::map<std::pair<MatchStrength, MatchStrength>, int> confusion; // (label, prediction) -> pairs
        int pairs = 0;
        int droppedNumbers = 0;
        bool headerSeen = false;
        for (qsizetype index = 0; index < lines.size(); ++index) {
            const QString& line = lines[index];
            if (line.trimmed().isEmpty() || line.startsWith(QLatin1Char('#'))) {
                continue;
            }
            const QStringList cells = line.split(QLatin1Char(';'));
            const QString where = QStringLiteral("party-pairs.csv:%1").arg(index + 1);
            QVERIFY2(cells.size() == 6, qPrintable(where));
            if (!headerSeen) {
                QCOMPARE(cells, QStringList({"party", "party_siren", "declared", "declared_siren", "expected",
                                             "category"}));
                headerSeen = true;
                continue;
            }
            const auto expected = strengthFromLabel(cells[4]);
            QVERIFY2(expected, qPrintable(where + ": unknown label " + cells[4]));
            // A number that fails its check is no number (the parties file refuses it): only the rows written
            // with a wrong check digit have one.
            int dropped = 0;
            for (const QString& number : {cells[1], cells[3]}) {
                dropped += !number.trimmed().isEmpty() && !numberOrNone(number);
            }
            QVERIFY2((dropped > 0) == (cells[5] == QLatin1String("check-digit")), qPrintable(where));
            droppedNumbers += dropped;

            const PartyMatch match = matchParty(Party{0, cells[0], numberOrNone(cells[1]), PartyRole::Party},
                                                DeclaredEntity{cells[2], numberOrNone(cells[3])});
            ++pairs;
            ++confusion[{*expected, match.strength}];
            exact.add(exactOrNormalized(*expected), exactOrNormalized(match.strength));
            close.add(*expected == MatchStrength::Close, match.strength == MatchStrength::Close);
            if (*expected != match.strength) {
                qInfo("line %lld, %s: \"%s\" / \"%s\": labelled %s, matched %s (%s)", qlonglong(index + 1),
                      qPrintable(cells[5]), qPrintable(cells[0]), qPrintable(cells[2]), qPrintable(cells[4]),
                      strengthName(match.strength), qPrintable(match.reason));
            }
        }
        QVERIFY2(pairs >= 300, qPrintable(QString::number(pairs)));
        const std::array strengths{MatchStrength::Identifier, MatchStrength::Normalized, MatchStrength::Close,
                                   MatchStrength::None};
        qInfo("%d pairs (%d numbers with a wrong check digit dropped); rows: label, columns: prediction",
              pairs, droppedNumbers);
        qInfo("%12s %10s %10s %10s %10s", "", "identifier", "normalized", "close", "none");
        for (const MatchStrength label : strengths) {
            qInfo("%12s %10d %10d %10d %10d", strengthName(label), confusion[{label, strengths[0]}],
                  confusion[{label, strengths[1]}], confusion[{label, strengths[2]}],
                  confusion[{label, strengths[3]}]);
        }
        qInfo("exact or normalised: precision %.3f (%d of %d), recall %.3f (%d of %d)", exact.precision(),
              exact.truePositives, exact.truePositives + exact.falsePositives, exact.recall(),
              exact.truePositives, exact.truePositives + exact.falseNegatives);
        qInfo("close: precision %.3f (%d of %d), recall %.3f (%d of %d); threshold %.2f", close.precision(),
              close.truePositives, close.truePositives + close.falsePositives, close.recall(),
              close.truePositives, close.truePositives + close.falseNegatives, kCloseNameThreshold);
        QVERIFY2(exact.precision() >= 0.95, qPrintable(QString::number(exact.precision())));
        QVERIFY2(exact.recall() >= 0.90, qPrintable(QString::number(exact.recall())));
    }

    // The sample DI's screened names, in the form's order, each with where it is and what it is to her.
    void declaredInterestsOfTheSample()
    {
        const std::vector<DeclaredInterest> interests = declaredInterests(loadFixture("di-valid.json"));
        const std::vector<std::array<QString, 3>> expected{
            {"activitesAnterieures", "employeur", "Cabinet Martin & Associés"},
            {"organesDirigeants", "organisme", "Association Enfance et Partage 92"},
            {"participationsFinancieres", "societe", "Lumière Conseil SAS"},
            {"activitesConjoint", "identite", "Marc Lefèvre"},
            {"activitesConjoint", "employeur", "Vinci Construction"},
        };
        QCOMPARE(interests.size(), expected.size());
        for (std::size_t i = 0; i < expected.size(); ++i) {
            QCOMPARE(interests[i].itemId, expected[i][0]);
            QCOMPARE(interests[i].field, expected[i][1]);
            QCOMPARE(interests[i].entity.name, expected[i][2]);
            QCOMPARE(interests[i].entry, 0);
            QVERIFY(!interests[i].itemTitle.isEmpty() && !interests[i].what.isEmpty());
        }
        QVERIFY(interests[4].what.contains("conjoint"));
        // A DSP names no interest to screen.
        QVERIFY(declaredInterests(loadFixture("dsp-valid.json")).empty());
    }

    // A case's parties against the sample DI: her spouse, his employer and the company she holds shares in
    // are found, the strongest first, each naming its item; a stranger is not.
    void screeningNamesTheItemItTouches()
    {
        const auto parties = PartiesFile::parse("nom;qualite\n"
                                                "Boulangerie Morel;partie\n"
                                                "VINCI CONSTRUCTION S.A.S.;partie\n"
                                                "LEFEVRE Marc;partie\n"
                                                "Lumiere Conseil;partie\n"
                                                "Cabinet Martin et associés;conseil\n");
        QVERIFY2(parties.ok(), parties ? "" : qPrintable(parties.error().message));
        const std::vector<DeclaredInterest> interests = declaredInterests(loadFixture("di-valid.json"));
        const std::vector<ScreeningMatch> matches = screenParties(*parties, interests);
        std::map<QString, QString> found; // party name -> item.field
        for (const ScreeningMatch& match : matches) {
            QCOMPARE(match.match.strength, MatchStrength::Normalized);
            found[parties->at(match.party).name] =
                interests[match.interest].itemId + "." + interests[match.interest].field;
        }
        const std::map<QString, QString> expected{
            {"VINCI CONSTRUCTION S.A.S.", "activitesConjoint.employeur"},
            {"LEFEVRE Marc", "activitesConjoint.identite"},
            {"Lumiere Conseil", "participationsFinancieres.societe"},
            {"Cabinet Martin et associés", "activitesAnterieures.employeur"},
        };
        QCOMPARE(found, expected);
        QCOMPARE(matches.size(), expected.size());
    }

    // A form that screens a field it lacks, or one that holds no name, is refused as it loads.
    void screenedFieldMustBeAText_data()
    {
        QTest::addColumn<QString>("field");
        QTest::newRow("a field the item lacks") << "employeurs";
        QTest::newRow("a month") << "debut";
    }
    void screenedFieldMustBeAText()
    {
        QFETCH(QString, field);
        QFile file(":/probitas/forms/interets-2017-1.json");
        QVERIFY(file.open(QIODevice::ReadOnly));
        QByteArray json = file.readAll();
        const QByteArray screened = R"("screened": [
        {"field": "employeur")";
        QVERIFY(json.contains(screened));
        json.replace(screened, QByteArray(screened).replace("employeur", field.toUtf8()));
        const auto definition = FormDefinition::fromJson(json);
        QVERIFY(!definition.ok());
        QCOMPARE(definition.error().kind, ErrorKind::Unusable);
        QVERIFY2(definition.error().message.contains("screens '" + field + "'"),
                 qPrintable(definition.error().message));
    }
};

QTEST_GUILESS_MAIN(TestPartyMatching)
#include "tst_partymatching.moc"
