// Validation: exhaustiveness, required fields, coherent dates and amounts, the 10 000 € threshold, and the
// art. 7-2 III warning on the right field.
#include "CanonicalJson.h"
#include "Clock.h"
#include "Fixtures.h"
#include "Validator.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

using namespace probitas;

namespace {

ValidationReport validate(const Declaration& declaration)
{
    return Validator(*FormCatalog::builtIn().find(declaration.schema)).validate(declaration);
}

QStringList codesAt(const ValidationReport& report, const QString& path)
{
    QStringList codes;
    for (const ValidationIssue& issue : report.at(path)) {
        codes << issue.code;
    }
    return codes;
}

QString describeAll(const ValidationReport& report)
{
    QStringList lines;
    for (const ValidationIssue& issue : report.issues) {
        lines << issue.path + QStringLiteral(": ") + issue.message;
    }
    return lines.join(QLatin1Char('\n'));
}

} // namespace

class TestValidator : public QObject
{
    Q_OBJECT

private slots:
    void init() { Clock::setForTesting(QDateTime(QDate(2026, 2, 1), QTime(10, 0), Qt::UTC)); }
    void cleanup() { Clock::reset(); }

    void validFixtures_data()
    {
        QTest::addColumn<QString>("fixture");
        QTest::newRow("DI") << "di-valid.json";
        QTest::newRow("DSP") << "dsp-valid.json";
    }

    void validFixtures()
    {
        QFETCH(QString, fixture);
        const ValidationReport report = validate(loadFixture(fixture));
        QVERIFY2(report.issues.isEmpty(), qPrintable(describeAll(report)));
    }

    void everyItemMustBeAnswered()
    {
        Declaration declaration = loadFixture(QStringLiteral("di-valid.json"));
        declaration.items.erase(QStringLiteral("fonctionsBenevoles"));
        declaration.items.erase(QStringLiteral("mandatsElectifs"));
        const ValidationReport report = validate(declaration);
        QCOMPARE(report.count(Severity::Error), 2);
        QCOMPARE(codesAt(report, QStringLiteral("items.fonctionsBenevoles")), QStringList{"not-answered"});
        QCOMPARE(codesAt(report, QStringLiteral("items.mandatsElectifs")), QStringList{"not-answered"});
        QVERIFY(report.at(QStringLiteral("items.mandatsElectifs"))
                    .front()
                    .message.contains(QStringLiteral("8°")));
    }

    void cessationItemsOnlyAtCessation()
    {
        Declaration declaration = loadFixture(QStringLiteral("dsp-valid.json"));
        // At installation, the end-of-functions sections may not appear.
        declaration.items[QStringLiteral("evenementsMajeurs")] = ItemAnswer{true, {}};
        QCOMPARE(codesAt(validate(declaration), QStringLiteral("items.evenementsMajeurs")),
                 QStringList{"not-in-event"});
        // At cessation they are required like the others.
        declaration.items.erase(QStringLiteral("evenementsMajeurs"));
        declaration.event = DeclarationEvent::Cessation;
        const ValidationReport report = validate(declaration);
        QCOMPARE(codesAt(report, QStringLiteral("items.evenementsMajeurs")), QStringList{"not-answered"});
        QCOMPARE(codesAt(report, QStringLiteral("items.revenus")), QStringList{"not-answered"});
    }

    void eventMustSuitTheKind()
    {
        Declaration di = loadFixture(QStringLiteral("di-valid.json"));
        di.event = DeclarationEvent::Cessation;
        QCOMPARE(codesAt(validate(di), QStringLiteral("event")), QStringList{"event"});
        Declaration dsp = loadFixture(QStringLiteral("dsp-valid.json"));
        dsp.event = DeclarationEvent::ModificationApresEntretien;
        QCOMPARE(codesAt(validate(dsp), QStringLiteral("event")), QStringList{"event"});
    }

    void requiredFields()
    {
        Declaration declaration = loadFixture(QStringLiteral("di-valid.json"));
        declaration.declarant.values.erase(QStringLiteral("nom"));
        auto& entry = declaration.items[QStringLiteral("participationsFinancieres")].entries.front();
        entry.values[QStringLiteral("societe")] = QStringLiteral("   ");
        const ValidationReport report = validate(declaration);
        QCOMPARE(codesAt(report, QStringLiteral("declarant.nom")), QStringList{"required"});
        QCOMPARE(codesAt(report, QStringLiteral("items.participationsFinancieres[0].societe")),
                 QStringList{"required"});
    }

    // Text that would drive a terminal or cut a string short is refused where it is typed or imported: one
    // row per control character, in a name and in free text; a newline and a tab stay allowed.
    void controlCharactersRefused_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("shown"); // how the message names it, or empty: accepted
        const QString name = QStringLiteral("declarant.nom");
        const QString company = QStringLiteral("items.participationsFinancieres[0].societe");
        QTest::newRow("NUL in a name") << name << QStringLiteral("Dur\u0000and") << QStringLiteral("\\x00");
        QTest::newRow("ESC in a name")
            << name << QStringLiteral("\u001b[2JDurand") << QStringLiteral("\\x1b");
        QTest::newRow("BEL in free text")
            << company << QStringLiteral("Société\u0007") << QStringLiteral("\\x07");
        QTest::newRow("DEL in free text")
            << company << QStringLiteral("Soc\u007fiété") << QStringLiteral("\\x7f");
        QTest::newRow("C1 CSI in free text")
            << company << QStringLiteral("Soc\u009biété") << QStringLiteral("\\x9b");
        QTest::newRow("newline and tab") << company << QStringLiteral("Société\n\tanonyme") << QString();
    }

    void controlCharactersRefused()
    {
        QFETCH(QString, path);
        QFETCH(QString, text);
        QFETCH(QString, shown);
        Declaration declaration = loadFixture(QStringLiteral("di-valid.json"));
        if (path.startsWith(QStringLiteral("declarant."))) {
            declaration.declarant.values[QStringLiteral("nom")] = text;
        } else {
            declaration.items[QStringLiteral("participationsFinancieres")]
                .entries.front()
                .values[QStringLiteral("societe")] = text;
        }
        const ValidationReport report = validate(declaration);
        if (shown.isEmpty()) {
            QVERIFY2(!codesAt(report, path).contains(QStringLiteral("control-character")),
                     qPrintable(describeAll(report)));
            return;
        }
        QCOMPARE(codesAt(report, path), QStringList{"control-character"});
        const QString message = report.at(path).front().message;
        QVERIFY2(message.contains(shown) && !message.contains(QChar(0x1b)), qPrintable(message));
    }

    void importNotesAndMissingProfileBlock()
    {
        Declaration declaration = loadFixture(QStringLiteral("dsp-valid.json"));
        declaration.profile.reset();
        auto& vehicle = declaration.items[QStringLiteral("vehicules")].entries.front();
        vehicle.notes.push_back({"valeur", "10€98 POUR 2023", "not an amount", "hatvp:x"});
        declaration.declarant.notes.push_back({"", "GVT", "no place in the form", "hatvp:y"});
        const ValidationReport report = validate(declaration);
        QCOMPARE(codesAt(report, QStringLiteral("profile")), QStringList{"required"});
        QCOMPARE(codesAt(report, QStringLiteral("items.vehicules[0].valeur")), QStringList{"import-note"});
        QVERIFY(report.at(QStringLiteral("items.vehicules[0].valeur"))
                    .front()
                    .message.contains("10€98 POUR 2023"));
        QCOMPARE(codesAt(report, QStringLiteral("declarant")), QStringList{"import-note"});
        QCOMPARE(report.count(Severity::Error), 3);
    }

    // A member of the Conseil constitutionnel, or a magistrate of the IGJ, names no court: the validator does
    // not ask the directory for one. A titulaire's unknown court is still an error.
    void profilesWithoutACourt_data()
    {
        QTest::addColumn<QByteArray>("profile");
        QTest::addColumn<QStringList>("courtCodes");
        QTest::newRow("membre du Conseil constitutionnel")
            << QByteArray(R"({"status": "membre-conseil-constitutionnel", "installed_on": "%1"})")
            << QStringList{};
        QTest::newRow("chef de l'IGJ")
            << QByteArray(
                   R"({"status": "titulaire", "court": {"type": "igj"}, "rank": "chef", "installed_on": "%1"})")
            << QStringList{};
        QTest::newRow("a titulaire at an unknown tribunal")
            << QByteArray(
                   R"({"status": "titulaire", "formation": "siege", "court": {"type": "tj", "seat": "Atlantis"}, "installed_on": "%1"})")
            << QStringList{"court.unknown"};
    }

    // A profile's unknown key is named in the message as any input is: at most 80 characters, its control
    // characters escaped (a hostile file's 1 MB key, or an ESC sequence for the terminal).
    void profileUnknownKeyShownBounded_data()
    {
        QTest::addColumn<QString>("court");
        QTest::newRow("in the profile") << QString();
        QTest::newRow("in its court") << QStringLiteral("court");
    }

    void profileUnknownKeyShownBounded()
    {
        QFETCH(QString, court);
        const QString key = QStringLiteral("\x1b[2J") + QString(1 << 20, QLatin1Char('k'));
        QJsonObject courtObject{{QStringLiteral("type"), QStringLiteral("tj")},
                                {QStringLiteral("seat"), QStringLiteral("Nanterre")}};
        QJsonObject profile{{QStringLiteral("status"), QStringLiteral("titulaire")},
                            {QStringLiteral("formation"), QStringLiteral("siege")},
                            {QStringLiteral("installed_on"), QStringLiteral("2026-01-15")}};
        (court.isEmpty() ? profile : courtObject).insert(key, true);
        profile.insert(QStringLiteral("court"), courtObject);
        auto parsed = Profile::fromJson(profile);
        QVERIFY(!parsed.ok());
        const QString message = parsed.error().message;
        QVERIFY2(message.endsWith(QStringLiteral(": unknown key")), qPrintable(message.left(200)));
        QVERIFY2(message.size() < 160, qPrintable(message.left(200)));
        QVERIFY(message.contains(QStringLiteral("\\x1b[2J")));
        QVERIFY(!message.contains(QChar(0x1b)));
        QVERIFY(message.contains(QChar(0x2026)));
    }

    void profilesWithoutACourt()
    {
        QFETCH(QByteArray, profile);
        QFETCH(QStringList, courtCodes);
        Declaration declaration = loadFixture(QStringLiteral("di-valid.json"));
        const QString installed = declaration.profile->installedOn.toString(Qt::ISODate);
        auto parsed = Profile::fromJson(*json::parse(QString::fromUtf8(profile).arg(installed).toUtf8()));
        QVERIFY(parsed.ok());
        declaration.profile = *parsed;
        const ValidationReport report = validate(declaration);
        QCOMPARE(codesAt(report, QStringLiteral("profile.court")), courtCodes);
        QCOMPARE(report.count(Severity::Error), int(courtCodes.size()));
    }

    void visibleWhen()
    {
        Declaration declaration = loadFixture(QStringLiteral("dsp-valid.json"));
        auto& account = declaration.items[QStringLiteral("comptesBancaires")].entries.front();
        // quotePart exists only for an indivis asset: required then, refused otherwise.
        account.values[QStringLiteral("quotePart")] = qint64(5000);
        QCOMPARE(codesAt(validate(declaration), QStringLiteral("items.comptesBancaires[0].quotePart")),
                 QStringList{"hidden"});
        account.values.erase(QStringLiteral("quotePart"));
        account.values[QStringLiteral("regime")] = QStringLiteral("indivis");
        QCOMPARE(codesAt(validate(declaration), QStringLiteral("items.comptesBancaires[0].quotePart")),
                 QStringList{"required"});
        account.values[QStringLiteral("quotePart")] = qint64(5000);
        QVERIFY(validate(declaration).issues.isEmpty());
    }

    void coherentDates()
    {
        Declaration declaration = loadFixture(QStringLiteral("di-valid.json"));
        auto& activity = declaration.items[QStringLiteral("activitesAnterieures")].entries.front();
        activity.values[QStringLiteral("fin")] = YearMonth{2015, 12}; // before its start, 2016-09
        ValidationReport report = validate(declaration);
        QCOMPARE(codesAt(report, QStringLiteral("items.activitesAnterieures[0].fin")), QStringList{"dates"});

        declaration = loadFixture(QStringLiteral("di-valid.json"));
        declaration.declarant.values[QStringLiteral("dateNaissance")] = QDate(2027, 1, 1);
        report = validate(declaration);
        QVERIFY(codesAt(report, QStringLiteral("declarant.dateNaissance")).contains(QStringLiteral("dates")));

        declaration = loadFixture(QStringLiteral("di-valid.json"));
        declaration.declarant.values[QStringLiteral("dateInstallation")] = QDate(2026, 1, 20);
        report = validate(declaration);
        QCOMPARE(report.count(Severity::Error), 0);
        QCOMPARE(codesAt(report, QStringLiteral("declarant.dateInstallation")),
                 QStringList{"dates"}); // differs from the profile
    }

    void amounts()
    {
        Declaration declaration = loadFixture(QStringLiteral("dsp-valid.json"));
        // A bank balance may be negative; a vehicle's value may not.
        declaration.items[QStringLiteral("comptesBancaires")].entries.front().values[QStringLiteral(
            "solde")] = qint64(-250000);
        declaration.items[QStringLiteral("vehicules")].entries.front().values[QStringLiteral("valeur")] =
            qint64(-1);
        const ValidationReport report = validate(declaration);
        QCOMPARE(codesAt(report, QStringLiteral("items.comptesBancaires[0].solde")), QStringList{});
        QCOMPARE(codesAt(report, QStringLiteral("items.vehicules[0].valeur")), QStringList{"range"});
    }

    void threshold_data()
    {
        QTest::addColumn<qint64>("value");
        QTest::addColumn<bool>("refused");
        QTest::newRow("9 999,99 €") << qint64(999999) << true;
        QTest::newRow("10 000,00 €") << qint64(1000000) << false;
        QTest::newRow("25 000 €") << qint64(2500000) << false;
    }

    void threshold()
    {
        QFETCH(qint64, value);
        QFETCH(bool, refused);
        Declaration declaration = loadFixture(QStringLiteral("dsp-valid.json"));
        Entry painting;
        painting.values = {
            {QStringLiteral("nature"), QStringLiteral("oeuvres-d-art")},
            {QStringLiteral("description"), QStringLiteral("Huile sur toile, école de Barbizon")},
            {QStringLiteral("methodeEstimation"), QStringLiteral("expertise")},
            {QStringLiteral("regime"), QStringLiteral("propre")},
            {QStringLiteral("valeur"), value}};
        declaration.items[QStringLiteral("biensMobiliers")] = ItemAnswer{false, {painting}};
        const ValidationReport report = validate(declaration);
        const QStringList codes = codesAt(report, QStringLiteral("items.biensMobiliers[0].valeur"));
        QCOMPARE(codes.contains(QStringLiteral("threshold")), refused);
        if (refused) {
            const QString message =
                report.at(QStringLiteral("items.biensMobiliers[0].valeur")).front().message;
            QVERIFY2(
                message.contains(QStringLiteral("10\u202f000 €").replace(QLatin1Char(' '), QChar(0x00A0))),
                qPrintable(message));
        }
    }

    void guardWarnsOnTheRightField_data()
    {
        QTest::addColumn<QString>("item");
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("heldPublicly");
        QTest::addColumn<bool>("warned");
        QTest::newRow("religious body in 4°")
            << "organesDirigeants"
            << "organisme"
            << "Conseil presbytéral de l'Église protestante unie" << false << true;
        QTest::newRow("union in 4°") << "organesDirigeants"
                                     << "fonction"
                                     << "Secrétaire nationale de l'Union syndicale des magistrats" << false
                                     << true;
        QTest::newRow("held publicly: exempt")
            << "organesDirigeants"
            << "fonction"
            << "Secrétaire nationale de l'Union syndicale des magistrats" << true << false;
        QTest::newRow("lodge in 7°") << "fonctionsBenevoles"
                                     << "structure"
                                     << "Grande Loge de France, loge Les Amis Réunis" << false << true;
        QTest::newRow("party in 1°") << "activitesProfessionnelles"
                                     << "employeur"
                                     << "Fédération du Parti socialiste" << false << true;
        QTest::newRow("nothing to say")
            << "organesDirigeants"
            << "organisme"
            << "Association des parents d'élèves du collège Jean Moulin" << false << false;
        QTest::newRow("co-owners' syndicate is not a union")
            << "organesDirigeants"
            << "organisme"
            << "Syndicat des copropriétaires de la résidence Les Tilleuls" << false << false;
        QTest::newRow("item 8° is exempt")
            << "mandatsElectifs"
            << "mandat"
            << "Conseillère municipale (liste Parti socialiste)" << false << false;
    }

    void guardWarnsOnTheRightField()
    {
        QFETCH(QString, item);
        QFETCH(QString, field);
        QFETCH(QString, text);
        QFETCH(bool, heldPublicly);
        QFETCH(bool, warned);
        const FormDefinition& definition =
            *FormCatalog::builtIn().find(QStringLiteral("fr.probitas.interets/2017-1"));
        const ItemDefinition* itemDefinition = definition.findItem(item);
        QVERIFY(itemDefinition);
        Entry entry;
        entry.values[field] = text;
        if (heldPublicly) {
            entry.values[itemDefinition->publicFunctionField] = true;
        }
        const QString path = QStringLiteral("items.%1[0]").arg(item);
        const auto issues = Validator(definition).validateEntry(*itemDefinition, entry, path);
        QList<ValidationIssue> guard;
        for (const ValidationIssue& issue : issues) {
            if (issue.code == QLatin1String("art-7-2-III")) {
                guard << issue;
            }
        }
        QCOMPARE(!guard.isEmpty(), warned);
        for (const ValidationIssue& issue : guard) {
            QCOMPARE(issue.path, path + QLatin1Char('.') + field);
            QCOMPARE(issue.severity, Severity::Warning);
            QVERIFY(issue.message.contains(QStringLiteral("sauf lorsque leur révélation résulte")));
            QVERIFY(issue.message.contains(QStringLiteral("art. 7-2, III")));
        }
    }

    void guardInObservationsAndNotInDsp()
    {
        Declaration di = loadFixture(QStringLiteral("di-valid.json"));
        di.observations = QStringLiteral("Je suis adhérent du Syndicat de la magistrature.");
        ValidationReport report = validate(di);
        QCOMPARE(codesAt(report, QStringLiteral("observations")), QStringList{"art-7-2-III"});
        QCOMPARE(report.count(Severity::Error), 0); // a warning: the magistrate decides

        Declaration dsp = loadFixture(QStringLiteral("dsp-valid.json"));
        dsp.observations = di.observations;
        QVERIFY(codesAt(validate(dsp), QStringLiteral("observations")).isEmpty()); // 7-2 III is about the DI
    }
};

QTEST_GUILESS_MAIN(TestValidator)
#include "tst_validator.moc"
