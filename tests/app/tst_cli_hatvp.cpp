// probitas-cli hatvp export|import as scripts see it: exit codes, the files written (atomically, owner-only,
// never over an existing one without --force), the report on stderr, and the round trip through the CLI.
#include "TestTimeouts.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

class TestCliHatvp : public QObject
{
    Q_OBJECT

    struct Run
    {
        int exitCode = -1;
        QByteArray out;
        QByteArray err;
    };

    Run run(const QStringList& arguments, const QString& passphrase = {})
    {
        QProcess process;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        if (!passphrase.isEmpty()) {
            environment.insert("PROBITAS_PASSPHRASE", passphrase);
        }
        process.setProcessEnvironment(environment);
        process.start(QStringLiteral(PROBITAS_CLI_PATH), arguments);
        process.closeWriteChannel();
        if (!process.waitForFinished(probitas::testing::scaledTimeout(60000)) ||
            process.exitStatus() != QProcess::NormalExit) {
            qFatal("probitas-cli did not finish normally: %s", qPrintable(arguments.join(' ')));
        }
        return {process.exitCode(), process.readAllStandardOutput(), process.readAllStandardError()};
    }

    static QString fixture(const QString& name) { return QStringLiteral(PROBITAS_HATVP_FIXTURES "/") + name; }
    static QString sample(const QString& name) { return QStringLiteral(PROBITAS_TEST_DATA_DIR "/") + name; }
    QString path(const QString& name) const { return m_dir.filePath(name); }

    static QJsonObject readJson(const QString& file)
    {
        QFile input(file);
        if (!input.open(QIODevice::ReadOnly)) {
            return {};
        }
        return QJsonDocument::fromJson(input.readAll()).object();
    }

    QTemporaryDir m_dir;
    QMap<QString, QString> m_passphrases;

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        const Run init = run({"init", "--store", path("store.sqlite"), "--demo", path("demo")});
        QVERIFY2(init.exitCode == 0, init.err.constData());
        QFile demo(path("demo/demo.json"));
        QVERIFY(demo.open(QIODevice::ReadOnly));
        for (const QJsonValue& member : QJsonDocument::fromJson(demo.readAll()).array()) {
            m_passphrases.insert(member["identity"].toString(), member["passphrase"].toString());
        }
    }

    void exitCodes_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("inMessage");
        QTest::addColumn<QString>("written"); // a file that must exist afterwards, or none

        QTest::newRow("import a real DSP")
            << QStringList{"hatvp", "import", fixture("dsp-membre-gouvernement.xml"), "--out", "@barrot.json"}
            << 0 << "not in our list"
            << "barrot.json";
        QTest::newRow("import a real DI")
            << QStringList{"hatvp", "import", fixture("di.xml"), "--out", "@abad.json"} << 0 << "a draft"
            << "abad.json";
        QTest::newRow("import: not XML")
            << QStringList{"hatvp", "import", sample("di-valid.json"), "--out", "@x.json"} << 2
            << "not well-formed XML"
            << "";
        QTest::newRow("import: no such file")
            << QStringList{"hatvp", "import", "@missing.xml", "--out", "@y.json"} << 2 << "no such file"
            << "";
        QTest::newRow("import: no --out") << QStringList{"hatvp", "import", fixture("di.xml")} << 2 << "usage"
                                          << "";
        QTest::newRow("export a file")
            << QStringList{"hatvp", "export", "--declaration", sample("dsp-valid.json"), "--out", "@dsp.xml"}
            << 0 << ""
            << "dsp.xml";
        QTest::newRow("export: malformed JSON")
            << QStringList{"hatvp", "export", "--declaration", fixture("di.xml"), "--out", "@z.xml"} << 2
            << "JSON"
            << "";
        QTest::newRow("export: no --out")
            << QStringList{"hatvp", "export", "--declaration", sample("dsp-valid.json")} << 2 << "usage"
            << "";
        QTest::newRow("export: a stored declaration needs an identity")
            << QStringList{"hatvp", "export", "some-id", "--store", "@store.sqlite", "--out", "@w.xml"} << 2
            << "usage"
            << "";
        QTest::newRow("unknown subcommand") << QStringList{"hatvp", "convert"} << 2 << "usage"
                                            << "";
    }

    void exitCodes()
    {
        QFETCH(QStringList, arguments);
        QFETCH(int, exitCode);
        QFETCH(QString, inMessage);
        QFETCH(QString, written);
        for (QString& argument : arguments) {
            if (argument.startsWith('@')) {
                argument = path(argument.mid(1));
            }
        }
        const Run result = run(arguments);
        QVERIFY2(result.exitCode == exitCode, result.err.constData());
        QVERIFY2(QString::fromUtf8(result.err).contains(inMessage), result.err.constData());
        QVERIFY(result.out.isEmpty());
        if (exitCode != 0) {
            // One line, never a partial output file.
            QCOMPARE(result.err.count('\n'), 1);
            QVERIFY(result.err.startsWith("probitas-cli: "));
            for (const QString& argument : arguments) {
                if (argument.startsWith(m_dir.path()) && argument != path("store.sqlite")) {
                    QVERIFY2(!QFile::exists(argument), qPrintable(argument));
                }
            }
        } else {
            QVERIFY(QFile::exists(path(written)));
            // A declaration in clear: its owner's only.
            QVERIFY(!(QFile::permissions(path(written)) & (QFile::ReadGroup | QFile::ReadOther)));
        }
    }

    void importReport()
    {
        const Run result =
            run({"hatvp", "import", fixture("dsp-membre-gouvernement.xml"), "--out", path("report.json")});
        QCOMPARE(result.exitCode, 0);
        const QString err = QString::fromUtf8(result.err);
        // Each value not taken: where, why, what, and the entry that keeps it.
        QVERIFY2(err.contains("declaration/passifDto/items/items[2]/nature: not in our list") &&
                     err.contains("\"Droits de succession\" (kept as a note on items.passif[1])"),
                 result.err.constData());
        QCOMPARE(err.count("kept as a note"), 14);
        QVERIFY(err.contains("107 value(s) withheld in the published file"));
        QVERIFY(err.contains("To complete before it can be signed: the magistrate's situation (profile)"));
        QVERIFY(err.contains("14 note(s) to resolve"));
        QVERIFY(!err.contains("[Données non publiées]\""));
        const QJsonObject draft = readJson(path("report.json"));
        QCOMPARE(draft["declaration"].toString(), QString("patrimoine"));
        QVERIFY(!draft.contains("profile"));
        QCOMPARE(draft["items"]["immeubles"].toArray().size(), 9);

        // The draft is a document `validate` reads: exit 1, a rule is broken (the profile is missing), not 2.
        const Run validate = run({"validate", path("report.json")});
        QCOMPARE(validate.exitCode, 1);
        QVERIFY(validate.out.contains("error: profile:"));
        QVERIFY(validate.out.contains("items.passif[1].nature"));

        const Run verbose = run({"hatvp", "import", fixture("dsp-membre-gouvernement.xml"), "--out",
                                 path("report.json"), "--force", "--verbose"});
        QCOMPARE(verbose.exitCode, 0);
        QCOMPARE(QString::fromUtf8(verbose.err).count("withheld in the published file: \""), 107);
    }

    // A file's entities are never resolved (the external one names a file whose content must not reach the
    // draft nor the report, the internal one stands for a name), and each is listed as every value not taken
    // is, with
    // --verbose or without.
    void entitiesListedNeverResolved()
    {
        QFile secret(path("secret.txt"));
        QVERIFY(secret.open(QIODevice::WriteOnly) && secret.write("SECRET") == 6);
        secret.close();
        QFile xml(path("entities.xml"));
        QVERIFY(xml.open(QIODevice::WriteOnly));
        xml.write("<?xml version=\"1.0\"?>\n<!DOCTYPE declarations [<!ENTITY ext SYSTEM \"file://" +
                  secret.fileName().toUtf8() +
                  "\"><!ENTITY int \"Durand\">]>\n<declarations><declaration><immeubleDto><items><items>"
                  "<nature>Appart&ext;ement</nature><valeurVenale>100</valeurVenale></items></items>"
                  "<neant>false</neant></immeubleDto><general><typeDeclaration><id>DSP</id></typeDeclaration>"
                  "<declarant><nom>&int;</nom></declarant></general></declaration></declarations>\n");
        xml.close();
        for (const bool verbose : {false, true}) {
            QStringList arguments{"hatvp",  "import", xml.fileName(), "--out", path("entities.json"),
                                  "--force"};
            if (verbose) {
                arguments << "--verbose";
            }
            const Run result = run(arguments);
            QVERIFY2(result.exitCode == 0, result.err.constData());
            const QString err = QString::fromUtf8(result.err);
            QVERIFY2(err.contains(
                         "!DOCTYPE: a document type declaration, which is never read: no entity it declares "
                         "is resolved: \"<!DOCTYPE declarations [<!ENTITY ext SYSTEM"),
                     result.err.constData());
            QVERIFY2(
                err.contains("declaration/immeubleDto/items/items[1]/nature: holds a reference to the entity "
                             "&ext;, which is never resolved: \"Appart&ext;ement\" (kept as a note on "
                             "items.immeubles[0])"),
                result.err.constData());
            QVERIFY2(err.contains("declaration/general/declarant/nom: holds a reference to the entity &int;"),
                     result.err.constData());
            QVERIFY2(err.contains("3 value(s) not taken as such"), result.err.constData());
            QVERIFY(!err.contains("SECRET"));
            QFile draft(path("entities.json"));
            QVERIFY(draft.open(QIODevice::ReadOnly));
            const QByteArray written = draft.readAll();
            QVERIFY(!written.contains("SECRET") && !written.contains("Durand"));
            const QJsonObject building =
                QJsonDocument::fromJson(written)["items"]["immeubles"].toArray().first().toObject();
            QVERIFY(!building.contains("nature"));
            QCOMPARE(building["_notes"].toArray().first()["value"].toString(), QString("Appart&ext;ement"));
        }
    }

    // What the report and the error line quote of a file is bounded and escaped, each on one line.
    void hostileValuesQuotedBounded()
    {
        const QByteArray huge(10 * 1024 * 1024, 'x');
        QFile xml(path("hostile.xml"));
        QVERIFY(xml.open(QIODevice::WriteOnly));
        xml.write(
            "<declarations><declaration><immeubleDto><items><items><nombrePieces>\xC2\x9B"
            "31m\x7F" +
            huge +
            "</nombrePieces></items></items><neant>false</neant></immeubleDto><general><typeDeclaration>"
            "<id>DSP</id></typeDeclaration></general></declaration></declarations>");
        xml.close();
        QFile unknown(path("unknown-form.xml"));
        QVERIFY(unknown.open(QIODevice::WriteOnly));
        unknown.write("<declaration xmlns:p=\"urn:probitas:hatvp:1\"><p:document><p:schema>\xC2\x9B" + huge +
                      "</p:schema></p:document></declaration>");
        unknown.close();

        const Run report = run({"hatvp", "import", xml.fileName(), "--out", path("hostile.json")});
        QCOMPARE(report.exitCode, 0);
        const Run refused = run({"hatvp", "import", unknown.fileName(), "--out", path("unknown.json")});
        QCOMPARE(refused.exitCode, 2);
        QCOMPARE(refused.err.count('\n'), 1);
        for (const Run* result : {&report, &refused}) {
            const QString err = QString::fromUtf8(result->err);
            QVERIFY2(err.contains("\\x9b"), result->err.left(2000).constData());
            for (const QString& line : err.split('\n', Qt::SkipEmptyParts)) {
                QVERIFY2(line.size() < 600, qPrintable(line.left(600)));
                QVERIFY2(std::none_of(line.begin(), line.end(),
                                      [](QChar c) {
                                          return c < QChar(0x20) || (c >= QChar(0x7f) && c <= QChar(0x9f));
                                      }),
                         qPrintable(line.left(600)));
            }
        }
        QVERIFY(report.err.contains(
            "nombrePieces: our form has no place for <nombrePieces>: \"\\x9b31m\\x7fxxx"));
    }

    void neverOverwritesWithoutForce()
    {
        QFile existing(path("kept.json"));
        QVERIFY(existing.open(QIODevice::WriteOnly));
        existing.write("mine");
        existing.close();
        Run result = run({"hatvp", "import", fixture("di.xml"), "--out", path("kept.json")});
        QCOMPARE(result.exitCode, 2);
        QVERIFY(result.err.contains("--force"));
        QVERIFY(existing.open(QIODevice::ReadOnly));
        QCOMPARE(existing.readAll(), QByteArray("mine"));
        existing.close();
        result =
            run({"hatvp", "export", "--declaration", sample("di-valid.json"), "--out", path("kept.json")});
        QCOMPARE(result.exitCode, 2);
        result = run({"hatvp", "import", fixture("di.xml"), "--out", path("kept.json"), "--force"});
        QCOMPARE(result.exitCode, 0);
        QCOMPARE(readJson(path("kept.json"))["declaration"].toString(), QString("interets"));
    }

    void roundTripThroughTheCli_data()
    {
        QTest::addColumn<QString>("document");
        QTest::newRow("DI") << "di-valid.json";
        QTest::newRow("DSP") << "dsp-valid.json";
    }

    void roundTripThroughTheCli()
    {
        QFETCH(QString, document);
        const QString xml = path(document + ".xml");
        const QString back = path(document + ".back.json");
        QCOMPARE(run({"hatvp", "export", "--declaration", sample(document), "--out", xml}).exitCode, 0);
        const Run imported = run({"hatvp", "import", xml, "--out", back});
        QCOMPARE(imported.exitCode, 0);
        QVERIFY2(!imported.err.contains("kept as a note"), imported.err.constData());
        QCOMPARE(readJson(back), readJson(sample(document)));
        QCOMPARE(run({"validate", back}).exitCode, 0);
    }

    void exportAStoredDeclaration()
    {
        const QString juge = "helene-durand-lefevre.p12";
        const Run list =
            run({"list", "--store", path("store.sqlite"), "--identity", path("demo/" + juge), "--json"},
                m_passphrases.value(juge));
        QCOMPARE(list.exitCode, 0);
        const QString id = QJsonDocument::fromJson(list.out).array().first()["id"].toString();
        QVERIFY(!id.isEmpty());

        const Run exported = run({"hatvp", "export", id, "--store", path("store.sqlite"), "--identity",
                                  path("demo/" + juge), "--out", path("stored.xml")},
                                 m_passphrases.value(juge));
        QVERIFY2(exported.exitCode == 0, exported.err.constData());
        QFile file(path("stored.xml"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QString xml = QString::fromUtf8(file.readAll());
        QVERIFY(xml.contains("<activProfCinqDerniereDto>"));
        QVERIFY(xml.contains("<probitas:profile>"));

        // The clear XML that left the store is on the record: opened, then exported, with the file's hash
        // and nothing of its content or path.
        const QString auditor = "auditeur-interne.p12";
        const Run log = run({"audit", "log", "--store", path("store.sqlite"), "--identity",
                             path("demo/" + auditor), "--json"},
                            m_passphrases.value(auditor));
        QCOMPARE(log.exitCode, 0);
        const QJsonArray entries = QJsonDocument::fromJson(log.out).array();
        QVERIFY(entries.size() >= 2);
        const QJsonObject opened = entries.at(entries.size() - 2).toObject();
        const QJsonObject disclosed = entries.last().toObject();
        QCOMPARE(opened["action"].toString(), QString("open"));
        QCOMPARE(disclosed["action"].toString(), QString("export-hatvp"));
        QCOMPARE(disclosed["declaration"].toString(), id);
        QCOMPARE(disclosed["actor"].toString(), opened["actor"].toString());
        file.seek(0);
        const QJsonObject details = disclosed["details"].toObject();
        QCOMPARE(details["format"].toString(), QString("hatvp-xml"));
        QCOMPARE(details["sha256"].toString(),
                 QString(QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256).toHex()));
        QCOMPARE(details.keys(), (QStringList{"format", "sha256"}));
        QCOMPARE(run({"audit", "verify", "--store", path("store.sqlite")}).exitCode, 0);

        // The substitut may not open the juge's declaration: exit 3, and nothing written.
        const QString substitut = "thomas-nguyen.p12";
        const Run refused = run({"hatvp", "export", id, "--store", path("store.sqlite"), "--identity",
                                 path("demo/" + substitut), "--out", path("refused.xml")},
                                m_passphrases.value(substitut));
        QCOMPARE(refused.exitCode, 3);
        QVERIFY(!QFile::exists(path("refused.xml")));
    }
};

QTEST_GUILESS_MAIN(TestCliHatvp)
#include "tst_cli_hatvp.moc"
