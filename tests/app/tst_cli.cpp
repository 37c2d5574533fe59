// The probitas-cli contract as scripts and outside tests see it: output shape and exit codes.
#include "Identity.h"
#include "TestTimeouts.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

class TestCli : public QObject
{
    Q_OBJECT

    struct Run
    {
        int exitCode;
        QByteArray out;
        QByteArray err;
    };

    Run run(const QStringList& arguments, const QByteArray& input = {})
    {
        QProcess process;
        process.start(QStringLiteral(PROBITAS_CLI_PATH), arguments);
        process.write(input);
        process.closeWriteChannel();
        if (!process.waitForFinished(probitas::testing::scaledTimeout(30000))) {
            qFatal("probitas-cli did not finish");
        }
        // Never a crash: every outcome is an ordinary exit with a documented code.
        if (process.exitStatus() != QProcess::NormalExit) {
            qFatal("probitas-cli crashed on %s", qPrintable(arguments.join(QLatin1Char(' '))));
        }
        return {process.exitCode(), process.readAllStandardOutput(), process.readAllStandardError()};
    }

    QString writeFile(const QString& name, const QByteArray& content)
    {
        const QString path = m_directory.filePath(name);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly)) {
            qFatal("cannot write %s", qPrintable(path));
        }
        file.write(content);
        return path;
    }

    QTemporaryDir m_directory;

private slots:
    void obligationsContract()
    {
        const QString profile = writeFile("conseiller.json", R"({"status": "titulaire", "formation": "siege",
            "court": {"type": "ca", "seat": "Versailles"}, "rank": "magistrat", "installed_on": "2026-01-15"})");
        const Run result = run({"obligations", "--profile", profile});
        QCOMPARE(result.exitCode, 0);
        QVERIFY(result.err.isEmpty());
        QCOMPARE(
            result.out.trimmed(),
            QByteArray(
                R"({"regime": "lo-2016", "obligations": [{"declaration": "interets", "event": "installation", )"
                R"("recipients": ["ca-versailles:premier-president"], "due": "2026-03-15", "basis": "art. 7-2, I, 3°", )"
                R"("follow_up": {"kind": "entretien", "basis": "art. 7-2, III"}}]})"));
    }

    // The authorities and bases of LO 2023-1058 and ord. 58-1067 art. 3-1 / 3-2, as issue 14 writes them.
    void obligationsNewAuthoritiesAndBases_data()
    {
        QTest::addColumn<QString>("regime");
        QTest::addColumn<QByteArray>("profile");
        QTest::addColumn<QByteArray>("expected");
        for (const char* regime : {"lo-2016", "en-vigueur", "lo-2023"}) {
            QTest::newRow(qPrintable(QStringLiteral("%1 Conseil constitutionnel").arg(regime)))
                << QString(regime)
                << QByteArray(
                       R"({"status": "membre-conseil-constitutionnel", "installed_on": "2026-01-15", "ceased_on": "2035-03-31"})")
                << QByteArray(
                       R"([{"declaration": "interets", "event": "installation", "recipients": ["conseil-constitutionnel:president"], )"
                       R"("due": "2026-03-15", "basis": "ord. 58-1067 art. 3-1", "follow_up": {"kind": "entretien", "basis": "ord. 58-1067 art. 3-1, III"}}, )"
                       R"({"declaration": "patrimoine", "event": "installation", "recipients": ["hatvp"], "due": "2026-03-15", "basis": "ord. 58-1067 art. 3-2"}, )"
                       R"({"declaration": "patrimoine", "event": "cessation", "recipients": ["hatvp"], "due": "2035-05-31", "basis": "ord. 58-1067 art. 3-2"}])");
            QTest::newRow(qPrintable(QStringLiteral("%1 member de droit").arg(regime)))
                << QString(regime)
                << QByteArray(
                       R"({"status": "membre-conseil-constitutionnel", "de_droit": true, "installed_on": "2026-01-15"})")
                << QByteArray("[]");
        }
        for (const char* regime : {"lo-2023"}) {
            QTest::newRow(qPrintable(QStringLiteral("%1 IGJ magistrat").arg(regime)))
                << QString(regime)
                << QByteArray(
                       R"({"status": "titulaire", "court": {"type": "igj"}, "rank": "magistrat", "installed_on": "2026-01-15", "changed_on": "2027-04-10"})")
                << QByteArray(
                       R"([{"declaration": "interets", "event": "installation", "recipients": ["inspection-generale-de-la-justice:chef"], )"
                       R"("due": "2026-03-15", "basis": "art. 7-2, I", "follow_up": {"kind": "entretien", "basis": "art. 7-2, III bis"}}, )"
                       R"({"declaration": "interets", "event": "modification", "recipients": ["inspection-generale-de-la-justice:chef"], )"
                       R"("due": "2027-06-10", "basis": "art. 7-2, III ter"}])");
            QTest::newRow(qPrintable(QStringLiteral("%1 chef de l'IGJ").arg(regime)))
                << QString(regime)
                << QByteArray(
                       R"({"status": "titulaire", "court": {"type": "igj"}, "rank": "chef", "installed_on": "2026-01-15"})")
                << QByteArray(
                       R"([{"declaration": "interets", "event": "installation", "recipients": ["college-de-deontologie"], )"
                       R"("due": "2026-03-15", "basis": "art. 7-2, I", "follow_up": {"kind": "observations", "basis": "décret n° 93-21 art. 11-4"}}])");
            QTest::newRow(qPrintable(QStringLiteral("%1 premier président: no art. 7-3").arg(regime)))
                << QString(regime)
                << QByteArray(
                       R"({"status": "titulaire", "formation": "siege", "court": {"type": "ca", "seat": "Lyon"}, "rank": "chef", "installed_on": "2026-01-15"})")
                << QByteArray(
                       R"([{"declaration": "interets", "event": "installation", "recipients": ["cour-de-cassation:premier-president"], )"
                       R"("due": "2026-03-15", "basis": "art. 7-2, I, 5°", "follow_up": {"kind": "entretien", "basis": "art. 7-2, III bis"}}])");
        }
    }

    void obligationsNewAuthoritiesAndBases()
    {
        QFETCH(QString, regime);
        QFETCH(QByteArray, profile);
        QFETCH(QByteArray, expected);
        const Run result = run({"obligations", "--profile", "-", "--regime", regime}, profile);
        QCOMPARE(result.exitCode, 0);
        const QByteArray whole =
            QByteArray("{\"regime\": \"") + regime.toUtf8() + "\", \"obligations\": " + expected + "}";
        QCOMPARE(result.out.trimmed(), whole);
    }

    void obligationsTextNamesTheNewAuthorities()
    {
        Run result = run(
            {"obligations", "--profile", "-", "--regime", "lo-2023", "--text"},
            R"({"status": "titulaire", "court": {"type": "igj"}, "rank": "chef", "installed_on": "2026-01-15"})");
        QCOMPARE(result.exitCode, 0);
        QVERIFY2(result.out.contains("collège de déontologie"), result.out.constData());
        QVERIFY2(result.out.contains("written observations (décret n° 93-21 art. 11-4)"),
                 result.out.constData());
        result = run({"obligations", "--profile", "-", "--regime", "lo-2023", "--text"},
                     R"({"status": "titulaire", "court": {"type": "igj"}, "installed_on": "2026-01-15"})");
        QVERIFY2(result.out.contains("chef of the inspection générale de la justice"),
                 result.out.constData());
        QVERIFY2(result.out.contains("not confirmed by a text at hand"), result.out.constData());
        result = run({"obligations", "--profile", "-", "--text"},
                     R"({"status": "membre-conseil-constitutionnel", "installed_on": "2026-01-15"})");
        QVERIFY2(result.out.contains("président of the Conseil constitutionnel"), result.out.constData());
        QVERIFY2(result.out.contains("entretien déontologique"), result.out.constData());
        result = run(
            {"obligations", "--profile", "-", "--text"},
            R"({"status": "membre-conseil-constitutionnel", "de_droit": true, "installed_on": "2026-01-15"})");
        QCOMPARE(result.exitCode, 0);
        QVERIFY2(result.out.contains("No declaration is owed (ord. 58-1067 art. 3-1, I et 3-2, I)"),
                 result.out.constData());
    }

    void obligationsRegimeAndStdin()
    {
        const QByteArray profile = R"({"status": "titulaire", "formation": "parquet",
            "court": {"type": "tj", "seat": "Le Puy-en-Velay"}, "rank": "chef", "installed_on": "2025-12-31"})";
        Run result = run({"obligations", "--profile", "-"}, profile);
        QCOMPARE(result.exitCode, 0);
        QJsonObject object = QJsonDocument::fromJson(result.out).object();
        QCOMPARE(object.value("regime").toString(), QString("lo-2016"));
        QJsonArray obligations = object.value("obligations").toArray();
        QCOMPARE(obligations.size(), 2);
        QCOMPARE(obligations.at(0)["recipients"].toArray().at(0).toString(),
                 QString("ca-riom:procureur-general"));
        QCOMPARE(obligations.at(0)["due"].toString(), QString("2026-02-28"));
        QCOMPARE(obligations.at(1)["declaration"].toString(), QString("patrimoine"));
        QCOMPARE(obligations.at(1)["basis"].toString(), QString("art. 7-3, I, 6°"));

        result = run({"obligations", "--profile", "-", "--regime", "en-vigueur"}, profile);
        QCOMPARE(result.exitCode, 0);
        object = QJsonDocument::fromJson(result.out).object();
        QCOMPARE(object.value("regime").toString(), QString("en-vigueur"));
        QCOMPARE(object.value("obligations").toArray().size(), 1);
    }

    void exitCodes_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("inMessage");
        QTest::newRow("malformed JSON") << QStringList{"obligations", "--profile", "-"}
                                        << QByteArray("{\"status\":") << 2 << "malformed JSON";
        QTest::newRow("unknown court")
            << QStringList{"obligations", "--profile", "-"}
            << QByteArray(
                   R"({"status": "titulaire", "formation": "siege", "court": {"type": "tj", "seat": "Nanter"}, "rank": "magistrat", "installed_on": "2026-01-15"})")
            << 2 << "Nanterre";
        QTest::newRow("impossible date")
            << QStringList{"obligations", "--profile", "-"}
            << QByteArray(
                   R"({"status": "titulaire", "formation": "siege", "court": {"type": "tj", "seat": "Lyon"}, "rank": "magistrat", "installed_on": "2026-02-30"})")
            << 2 << "installed_on";
        QTest::newRow("président de chambre at a tribunal")
            << QStringList{"obligations", "--profile", "-"}
            << QByteArray(
                   R"({"status": "titulaire", "formation": "siege", "court": {"type": "tj", "seat": "Lyon"}, "rank": "president-de-chambre", "installed_on": "2026-01-15"})")
            << 2 << "rank";
        QTest::newRow("unknown regime")
            << QStringList{"obligations", "--profile", "-", "--regime", "1958"}
            << QByteArray(R"({"status": "membre-csm", "installed_on": "2026-01-15"})") << 2 << "regime";
        QTest::newRow("incoherent dates")
            << QStringList{"obligations", "--profile", "-"}
            << QByteArray(
                   R"({"status": "membre-csm", "installed_on": "2026-01-15", "ceased_on": "2025-01-01"})")
            << 1 << "precedes";
        QTest::newRow("missing profile file")
            << QStringList{"obligations", "--profile", "/nonexistent/profile.json"} << QByteArray() << 2
            << "no such file";
        QTest::newRow("missing option") << QStringList{"obligations"} << QByteArray() << 2 << "usage";
        QTest::newRow("unknown option")
            << QStringList{"obligations", "--profil", "x"} << QByteArray() << 2 << "profil";
        QTest::newRow("unknown command") << QStringList{"oblige"} << QByteArray() << 2 << "unknown command";
        QTest::newRow("random bytes")
            << QStringList{"validate", "-"} << QByteArray("\x00\xff\xfe{[\"\x01", 7) << 2 << "malformed";
        QTest::newRow("validate: not a declaration")
            << QStringList{"validate", "-"} << QByteArray("[]") << 2 << "JSON object";
    }

    void exitCodes()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QByteArray, input);
        QFETCH(int, exitCode);
        QFETCH(QString, inMessage);
        const Run result = run(arguments, input);
        QCOMPARE(result.exitCode, exitCode);
        const QString message = QString::fromUtf8(result.err);
        QVERIFY2(message.contains(inMessage), qPrintable(message));
        QVERIFY2(message.startsWith("probitas-cli: "), qPrintable(message));
        QVERIFY2(!message.contains("Aborted") && !message.contains("terminate"), "no crash trace");
    }

    void validate()
    {
        const QString valid = QStringLiteral(PROBITAS_TEST_DATA_DIR "/di-valid.json");
        Run result = run({"validate", valid});
        QCOMPARE(result.exitCode, 0);
        QVERIFY2(result.out.contains("valid"), result.out.constData());

        QFile file(valid);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QByteArray document = file.readAll();
        document.replace("\"mandatsElectifs\": \"neant\"",
                         "\"mandatsElectifs\": [{\"mandat\": \"Conseillère municipale\"}]");
        document.replace("Déclaration établie",
                         "Adhérente de l'Union syndicale des magistrats. Déclaration établie");
        result = run({"validate", "--json", "-"}, document);
        QCOMPARE(result.exitCode, 1);
        const QJsonObject report = QJsonDocument::fromJson(result.out).object();
        QCOMPARE(report.value("valid").toBool(true), false);
        QStringList found;
        for (const QJsonValue& issue : report.value("issues").toArray()) {
            found << issue["severity"].toString() + " " + issue["path"].toString() + " " +
                         issue["code"].toString();
        }
        QVERIFY2(found.contains("error items.mandatsElectifs[0].collectivite required"),
                 qPrintable(found.join('\n')));
        QVERIFY2(found.contains("warning observations art-7-2-III"), qPrintable(found.join('\n')));
        QVERIFY(result.err.contains("not valid"));

        document.replace("\"capitalDetenu\": 2550", "\"capitalDetenu\": 25500");
        result = run({"validate", "-"}, document);
        QCOMPARE(result.exitCode, 2);
        QVERIFY2(result.err.contains("items.participationsFinancieres[0].capitalDetenu: not a percentage"),
                 result.err.constData());
    }

    // A hostile document: a 10 MB unknown key with terminal escapes in it, and a name holding ESC and BEL.
    // The message quotes at most 80 characters of the key, every control character escaped; the name is an
    // error naming the character, never sent to the terminal raw.
    void hostileInputIsQuotedBounded()
    {
        QFile file(QStringLiteral(PROBITAS_TEST_DATA_DIR "/di-valid.json"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray valid = file.readAll();
        QJsonObject document = QJsonDocument::fromJson(valid).object();
        const QString hugeKey =
            QStringLiteral("\u001b]0;pwned\u0007") + QString(10 * 1024 * 1024, QLatin1Char('k'));
        document.insert(hugeKey, 1);
        Run result = run({"validate", "-"}, QJsonDocument(document).toJson(QJsonDocument::Compact));
        QCOMPARE(result.exitCode, 2);
        QVERIFY2(result.err.size() < 400, qPrintable(QString::number(result.err.size())));
        QVERIFY(!result.err.contains('\x1b') && !result.err.contains('\x07'));
        QVERIFY2(result.err.contains("\\x1b]0;pwned\\x07kkk") && result.err.contains("\u2026"),
                 result.err.constData());
        QCOMPARE(result.err.count('\n'), 1);

        document = QJsonDocument::fromJson(valid).object();
        QJsonObject declarant = document.value("declarant").toObject();
        declarant.insert("nom", QStringLiteral("Durand\u001b[31m\u0007"));
        document.insert("declarant", declarant);
        result = run({"validate", "--json", "-"}, QJsonDocument(document).toJson());
        QCOMPARE(result.exitCode, 1);
        QVERIFY(!result.out.contains('\x1b') && !result.err.contains('\x1b'));
        QStringList found;
        for (const QJsonValue& issue :
             QJsonDocument::fromJson(result.out).object().value("issues").toArray()) {
            found << issue["path"].toString() + " " + issue["code"].toString();
        }
        QVERIFY2(found.contains("declarant.nom control-character"), qPrintable(found.join('\n')));
    }

    void courts()
    {
        Run result = run({"courts", "Le Puy-en-Velay", "--json"});
        QCOMPARE(result.exitCode, 0);
        const QJsonArray rows = QJsonDocument::fromJson(result.out).array();
        QCOMPARE(rows.size(), 1);
        QCOMPARE(rows.at(0)["cour"].toString(), QString("ca-riom"));
        result = run({"courts", "Atlantis"});
        QCOMPARE(result.exitCode, 2);
        // The authorities outside the courts that receive declarations follow the courts.
        result = run({"courts", "--json"});
        QCOMPARE(result.exitCode, 0);
        QStringList authorities;
        for (const QJsonValue& row : QJsonDocument::fromJson(result.out).array()) {
            if (row["type"].toString() == "authority") {
                authorities << row["id"].toString();
                QVERIFY(!row["source"].toString().isEmpty());
            }
        }
        QVERIFY2(authorities.contains("conseil-constitutionnel:president") &&
                     authorities.contains("inspection-generale-de-la-justice:chef"),
                 qPrintable(authorities.join(", ")));
        result = run({"courts", "Conseil constitutionnel"});
        QCOMPARE(result.exitCode, 0);
        QVERIFY2(result.out.startsWith("conseil-constitutionnel:president") &&
                     result.out.contains("président du Conseil constitutionnel"),
                 result.out.constData());
    }

    void helpAndVersion()
    {
        QCOMPARE(run({"--help"}).exitCode, 0);
        // A build for the tests alone (fewer PBKDF2 iterations, CMakeLists.txt) says so; the product does
        // not.
        const Run version = run({"--version"});
        QCOMPARE(version.exitCode, 0);
        QVERIFY2(version.out.startsWith("probitas-cli "), version.out.constData());
        QCOMPARE(version.out.contains("test-only build"), probitas::crypto::kTestOnlyBuild);
        QCOMPARE(run({}).exitCode, 2);
        const Run help = run({"obligations", "--help"});
        QCOMPARE(help.exitCode, 0);
        QVERIFY(help.out.contains("--regime"));
        QVERIFY(help.out.contains("lo-2023"));
    }

    // A command made of subcommands answers --help and -h with its usage on stdout and exit 0; a missing or
    // unknown subcommand is a usage error on stderr.
    void subcommandHelp_data()
    {
        QTest::addColumn<QString>("command");
        QTest::addColumn<QString>("subcommand");
        for (const char* command :
             {"audit", "procedure", "people", "entretien", "avis", "hatvp", "identity", "receipt", "ca"}) {
            QTest::newRow(command) << command << "";
        }
        QTest::newRow("procedure close") << "procedure"
                                         << "close";
    }

    void subcommandHelp()
    {
        QFETCH(QString, command);
        QFETCH(QString, subcommand);
        for (const char* flag : {"--help", "-h"}) {
            const QStringList arguments =
                subcommand.isEmpty() ? QStringList{command, flag} : QStringList{command, subcommand, flag};
            const Run help = run(arguments);
            QCOMPARE(help.exitCode, 0);
            QVERIFY2(help.out.toLower().contains("usage") && help.out.contains(command.toUtf8()),
                     help.out.constData());
            QVERIFY2(help.err.isEmpty(), help.err.constData());
        }
        const Run unknown = run({command, "nonsense"});
        QCOMPARE(unknown.exitCode, 2);
        QVERIFY(unknown.out.isEmpty());
        QVERIFY(unknown.err.contains("probitas-cli"));
    }

    // Every command and subcommand of the man page answers --help with its options on stdout and exit 0,
    // before asking for anything (a passphrase, a store); what it must name is checked where it was missed.
    void everyCommandAnswersHelp_data()
    {
        QTest::addColumn<QStringList>("command");
        QTest::addColumn<QStringList>("mentions");
        const std::vector<std::pair<const char*, std::vector<const char*>>> commands{
            {"acknowledge", {}},
            {"audit", {"verify", "checkpoint", "log", "bordereau", "export", "verify-bundle", "stats"}},
            {"avis", {"request", "record", "show", "list"}},
            {"ca", {"create"}},
            {"control", {"request", "injonction", "tax-returns", "conclude", "answer", "show", "list"}},
            {"courts", {}},
            {"entretien", {"schedule", "record", "show", "acknowledge", "invite", "list"}},
            {"export", {}},
            {"file", {}},
            {"forward", {}},
            {"hatvp", {"export", "import"}},
            {"identity", {"create", "show", "passwd", "export-cert", "import"}},
            {"init", {}},
            {"list", {}},
            {"obligations", {}},
            {"open", {}},
            {"people", {"add", "list", "renew", "remove", "adopt"}},
            {"posting", {"show", "set", "request", "requests", "grant", "reject"}},
            {"procedure", {"record", "close", "list"}},
            {"purge", {}},
            {"receipt", {"create", "verify"}},
            {"regime", {}},
            {"reseal", {}},
            {"seal", {}},
            {"server", {"setup", "ident-map"}},
            {"validate", {}},
        };
        const QMap<QString, QStringList> mentions{
            {QStringLiteral("audit verify-bundle"), {QStringLiteral("DIR")}},
            {QStringLiteral("obligations"), {QStringLiteral("--store"), QStringLiteral("--identity")}},
            {QStringLiteral("server ident-map"), {QStringLiteral("--map")}},
            {QStringLiteral("identity create"), {QStringLiteral("--rsa")}},
            {QStringLiteral("receipt create"), {QStringLiteral("--authority-id")}},
            {QStringLiteral("ca create"), {QStringLiteral("--days")}},
        };
        for (const auto& [command, subcommands] : commands) {
            if (subcommands.empty()) {
                const QString name = QString::fromLatin1(command);
                QTest::newRow(command) << QStringList{name} << mentions.value(name);
            }
            for (const char* subcommand : subcommands) {
                const QString name =
                    QStringLiteral("%1 %2").arg(QLatin1String(command), QLatin1String(subcommand));
                QTest::newRow(qPrintable(name)) << name.split(QLatin1Char(' ')) << mentions.value(name);
            }
        }
    }

    void everyCommandAnswersHelp()
    {
        QFETCH(QStringList, command);
        QFETCH(QStringList, mentions);
        const Run help = run(command + QStringList{QStringLiteral("--help")});
        QVERIFY2(
            help.exitCode == 0,
            qPrintable(QStringLiteral("exit %1: %2").arg(help.exitCode).arg(QString::fromUtf8(help.err))));
        QVERIFY2(help.err.isEmpty(), help.err.constData());
        QVERIFY2(help.out.contains("--help"), help.out.constData());
        for (const QString& mention : mentions) {
            QVERIFY2(help.out.contains(mention.toUtf8()),
                     qPrintable(mention + QStringLiteral(" in: ") + QString::fromUtf8(help.out)));
        }
    }

    // `server ident-map --help` describes ident-map, not setup.
    void identMapHelpIsItsOwn()
    {
        const Run setup = run({"server", "setup", "--help"});
        const Run identMap = run({"server", "ident-map", "--help"});
        QCOMPARE(setup.exitCode, 0);
        QCOMPARE(identMap.exitCode, 0);
        QVERIFY(setup.out != identMap.out);
        QVERIFY2(!identMap.out.contains("--administrator"), identMap.out.constData());
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
