// Declaration documents: round trips through the canonical form, and rejection of what does not fit the
// form definition, each with its exact path.
#include "CanonicalJson.h"
#include "Declaration.h"
#include "Fixtures.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QTest>

using namespace probitas;

namespace {

// Applies `edit` to the fixture's JSON and returns the modified document.
QByteArray edited(const QString& fixture, const std::function<void(QJsonObject&)>& edit)
{
    QJsonObject root = json::parse(readFixture(fixture))->toObject();
    edit(root);
    return json::serialize(root);
}

void setPath(QJsonObject& root, const QStringList& path, const QJsonValue& value);

QJsonValue withPath(QJsonValue node, QStringList path, const QJsonValue& value)
{
    if (path.isEmpty()) {
        return value;
    }
    const QString head = path.takeFirst();
    bool isIndex = false;
    const int index = head.toInt(&isIndex);
    if (isIndex) {
        QJsonArray array = node.toArray();
        array[index] = withPath(array.at(index), path, value);
        return array;
    }
    QJsonObject object = node.toObject();
    if (path.isEmpty() && value.isUndefined()) {
        object.remove(head);
    } else {
        object[head] = withPath(object.value(head), path, value);
    }
    return object;
}

void setPath(QJsonObject& root, const QStringList& path, const QJsonValue& value)
{
    root = withPath(root, path, value).toObject();
}

// The encoder DeclarationCodec::encode replaced, kept as the test oracle: the QJsonObject of toJson(),
// serialised canonically.
QByteArray oracle(const Declaration& declaration)
{
    return json::serialize(DeclarationCodec::toJson(declaration));
}

// Declarations no form would accept, built directly: what the canonical writer must still write exactly as
// the oracle does (escapes, UTF-16 order, surrogates, extreme numbers, empty lists, notes among fields).
class DeclarationGenerator
{
public:
    explicit DeclarationGenerator(quint32 seed, std::optional<Profile> profile)
        : m_random(seed)
        , m_profile(std::move(profile))
    {}

    Declaration next()
    {
        Declaration declaration;
        declaration.schema = text();
        declaration.kind = m_random.bounded(2) ? DeclarationKind::Interets : DeclarationKind::Patrimoine;
        declaration.event = DeclarationEvent(m_random.bounded(4));
        declaration.declarant = entry(0);
        if (m_random.bounded(2)) {
            declaration.profile = m_profile;
        }
        const int items = m_random.bounded(5);
        for (int i = 0; i < items; ++i) {
            ItemAnswer answer;
            answer.neant = m_random.bounded(3) == 0;
            const int entries = m_random.bounded(4);
            for (int e = 0; e < entries; ++e) {
                answer.entries.push_back(entry(0));
            }
            declaration.items[key()] = std::move(answer);
        }
        if (m_random.bounded(2)) {
            declaration.observations = text();
        }
        if (m_random.bounded(2)) {
            declaration.supersedes = text();
        }
        return declaration;
    }

private:
    QString text()
    {
        static const QList<QString> pieces{
            QStringLiteral("a"),    QStringLiteral("Z"),    QStringLiteral(" "),    QStringLiteral("\""),
            QStringLiteral("\\"),   QStringLiteral("/"),    QStringLiteral("\n"),   QStringLiteral("\t"),
            QString(QChar(0)),      QString(QChar(0x1f)),   QString(QChar(0x7f)),   QStringLiteral("é"),
            QString(QChar(0x2028)), QString(QChar(0xfb00)), QString(QChar(0xffff)), QStringLiteral("漢"),
            QStringLiteral("😀"),    QString(QChar(0xd800)), QString(QChar(0xdc00)), QStringLiteral("_notes"),
            QString(QChar(0x7ff)),  QString(QChar(0x800)),  QString(QChar(0x80))};
        QString result;
        const int length = m_random.bounded(8);
        for (int i = 0; i < length; ++i) {
            result += pieces.at(m_random.bounded(int(pieces.size())));
        }
        return result;
    }

    QString key()
    {
        static const QStringList common{
            QStringLiteral("_notes"), QStringLiteral("_note"), QStringLiteral("_notes0"), QStringLiteral("_"),
            QStringLiteral("A"),      QStringLiteral("z"),     QStringLiteral("valeur"),  QString()};
        return m_random.bounded(2) ? common.at(m_random.bounded(int(common.size()))) : text();
    }

    qint64 number()
    {
        static const qint64 edges[] = {0,
                                       -1,
                                       1,
                                       std::numeric_limits<qint64>::min(),
                                       std::numeric_limits<qint64>::max(),
                                       9007199254740991LL,
                                       -9007199254740992LL,
                                       1275000};
        return m_random.bounded(2) ? edges[m_random.bounded(8)] : qint64(m_random.generate64());
    }

    FieldValue value(int depth)
    {
        switch (m_random.bounded(depth < 2 ? 7 : 6)) {
        case 0:
            return text();
        case 1:
            return number();
        case 2:
            return bool(m_random.bounded(2));
        case 3:
            return m_random.bounded(4) ? QDate(1900 + m_random.bounded(200), 1 + m_random.bounded(12), 1)
                                       : QDate(); // invalid: written as ""
        case 4:
            return YearMonth{m_random.bounded(10000), m_random.bounded(13)};
        case 5:
            return QString(); // null, not empty
        default: {
            EntryList list; // often empty
            const int entries = m_random.bounded(3);
            for (int e = 0; e < entries; ++e) {
                list.push_back(entry(depth + 1));
            }
            return list;
        }
        }
    }

    Entry entry(int depth)
    {
        Entry result;
        const int fields = m_random.bounded(6);
        for (int f = 0; f < fields; ++f) {
            result.values[key()] = value(depth);
        }
        const int notes = m_random.bounded(3) == 0 ? 1 + m_random.bounded(2) : 0;
        for (int n = 0; n < notes; ++n) {
            result.notes.push_back({m_random.bounded(2) ? key() : QString(), text(), text(), text()});
        }
        return result;
    }

    QRandomGenerator m_random;
    std::optional<Profile> m_profile;
};

} // namespace

class TestDeclarationCodec : public QObject
{
    Q_OBJECT

private slots:
    void builtInDefinitionsLoad()
    {
        const FormCatalog& catalog = FormCatalog::builtIn();
        const FormDefinition* di = catalog.find(QStringLiteral("fr.probitas.interets/2017-1"));
        const FormDefinition* dsp = catalog.find(QStringLiteral("fr.probitas.patrimoine/2017-1"));
        QVERIFY(di && dsp);
        QCOMPARE(di->itemsFor(DeclarationEvent::Installation).size(),
                 std::size_t(8)); // art. 7-2 III 1° to 8°
        QCOMPARE(dsp->itemsFor(DeclarationEvent::Installation).size(),
                 std::size_t(10)); // art. 7-3 II 1° to 10°
        QCOMPARE(dsp->itemsFor(DeclarationEvent::Cessation).size(), std::size_t(12)); // + événements, revenus
        QCOMPARE(catalog.current(DeclarationKind::Interets, QDate(2026, 1, 1)), di);
        QCOMPARE(catalog.current(DeclarationKind::Patrimoine, QDate(2026, 1, 1)), dsp);
        QCOMPARE(di->items().front().number, QStringLiteral("1°"));
        QVERIFY(di->items().front().law.startsWith(QStringLiteral("Les activités professionnelles")));
        for (const ItemDefinition& item : dsp->items()) {
            if (item.appliesTo(DeclarationEvent::Installation)) {
                QVERIFY2(!item.ownershipField.isEmpty(),
                         qPrintable(item.id)); // propre, communauté or indivis
            }
        }
    }

    void roundTrip_data()
    {
        QTest::addColumn<QString>("fixture");
        QTest::newRow("DI") << "di-valid.json";
        QTest::newRow("DSP") << "dsp-valid.json";
    }

    void roundTrip()
    {
        QFETCH(QString, fixture);
        const QByteArray original = readFixture(fixture);
        const auto decoded = DeclarationCodec::decode(original);
        QVERIFY2(decoded.ok(), qPrintable(decoded.ok() ? QString() : decoded.error().message));
        const QByteArray canonical = DeclarationCodec::encode(*decoded);
        // The canonical bytes are those of the input document, re-serialised canonically: nothing lost or
        // added.
        QCOMPARE(canonical, json::serialize(*json::parse(original)));
        const auto again = DeclarationCodec::decode(canonical);
        QVERIFY(again.ok());
        QCOMPARE(DeclarationCodec::encode(*again), canonical);
        QVERIFY(again->items == decoded->items);
        QVERIFY(again->declarant == decoded->declarant);
    }

    // The canonical writer gives the oracle's bytes exactly: on the sample declarations, one with notes...
    void encodeMatchesOracle_data()
    {
        QTest::addColumn<QString>("fixture");
        QTest::newRow("DI") << "di-valid.json";
        QTest::newRow("DSP") << "dsp-valid.json";
    }

    void encodeMatchesOracle()
    {
        QFETCH(QString, fixture);
        Declaration declaration = loadFixture(fixture);
        QCOMPARE(DeclarationCodec::encode(declaration), oracle(declaration));
        declaration.declarant.notes.push_back(
            {QStringLiteral("nom"), QStringLiteral("\"x\""), QStringLiteral("r"), QStringLiteral("s")});
        declaration.observations = QStringLiteral("Observations: «\t»\n😀");
        declaration.supersedes = QStringLiteral("1b4e28ba-2fa1-11d2-883f-0016d3cca427");
        QCOMPARE(DeclarationCodec::encode(declaration), oracle(declaration));
        declaration.profile.reset();
        QCOMPARE(DeclarationCodec::encode(declaration), oracle(declaration));
    }

    // ...and on thousands of generated ones.
    void encodeMatchesOracleOnGenerated()
    {
        DeclarationGenerator generator(20261206, loadFixture(QStringLiteral("di-valid.json")).profile);
        for (int round = 0; round < 3000; ++round) {
            const Declaration declaration = generator.next();
            const QByteArray expected = oracle(declaration);
            const QByteArray written = DeclarationCodec::encode(declaration);
            if (written != expected) {
                QFAIL(qPrintable(QStringLiteral("round %1:\n%2\n%3")
                                     .arg(round)
                                     .arg(QString::fromLatin1(written.toPercentEncoding(" {}[]:,\"")),
                                          QString::fromLatin1(expected.toPercentEncoding(" {}[]:,\"")))));
            }
        }
    }

    void typedValues()
    {
        const auto di = DeclarationCodec::decode(readFixture(QStringLiteral("di-valid.json")));
        QVERIFY(di.ok());
        const Entry& participation = di->answer(QStringLiteral("participationsFinancieres"))->entries.front();
        QCOMPARE(participation.number(QStringLiteral("capitalDetenu")), qint64(2550)); // 25,50 %
        QCOMPARE(participation.number(QStringLiteral("valeur")), qint64(1275000));     // 12 750,00 €
        const Entry& previous = di->answer(QStringLiteral("activitesAnterieures"))->entries.front();
        QCOMPARE(previous.month(QStringLiteral("debut"))->toString(), QStringLiteral("2016-09"));
        QCOMPARE(previous.list(QStringLiteral("remunerations"))->size(), std::size_t(2));
        QVERIFY(di->answer(QStringLiteral("mandatsElectifs"))->neant);
        QCOMPARE(di->declarant.date(QStringLiteral("dateNaissance")), QDate(1979, 4, 12));
        QCOMPARE(di->profile->court->seat, QStringLiteral("Nanterre"));
    }

    void notesAndMissingProfileRoundTrip()
    {
        // A draft imported from elsewhere: no profile yet, and a value that could not be read kept as a note,
        // on an item entry, on a sub-entry and on the declarant.
        const QJsonObject note{
            {"field", "valeur"},
            {"value", "10€98 POUR 2023"},
            {"reason", "not an amount"},
            {"source", "hatvp:declaration/participationFinanciereDto/items/items[1]/evaluation"}};
        const QByteArray document = edited(QStringLiteral("di-valid.json"), [&](QJsonObject& root) {
            root.remove("profile");
            setPath(root, {"items", "participationsFinancieres", "0", "_notes"}, QJsonArray{note});
            setPath(root, {"items", "activitesAnterieures", "0", "remunerations", "0", "_notes"},
                    QJsonArray{QJsonObject{{"value", "x"}, {"reason", "r"}, {"source", "s"}}});
            setPath(root, {"declarant", "_notes"},
                    QJsonArray{QJsonObject{{"value", "GVT"}, {"reason", "no place"}, {"source", "s"}}});
        });
        const auto decoded = DeclarationCodec::decode(document);
        QVERIFY2(decoded.ok(), qPrintable(decoded.ok() ? QString() : decoded.error().message));
        QVERIFY(!decoded->profile);
        const Entry& participation = decoded->answer("participationsFinancieres")->entries.front();
        QCOMPARE(participation.notes.size(), std::size_t(1));
        QCOMPARE(participation.notes.front().field, QString("valeur"));
        QCOMPARE(participation.notes.front().value, QString("10€98 POUR 2023"));
        QCOMPARE(decoded->declarant.notes.front().field, QString());
        QCOMPARE(DeclarationCodec::encode(*decoded), json::serialize(*json::parse(document)));
    }

    void rejects_data()
    {
        QTest::addColumn<QString>("fixture");
        QTest::addColumn<QStringList>("path");
        QTest::addColumn<QJsonValue>("value");
        QTest::addColumn<QString>("message");

        const QString di = QStringLiteral("di-valid.json");
        const QString dsp = QStringLiteral("dsp-valid.json");
        QTest::newRow("percentage above 100")
            << di << QStringList{"items", "participationsFinancieres", "0", "capitalDetenu"}
            << QJsonValue(10001) << "items.participationsFinancieres[0].capitalDetenu: not a percentage";
        QTest::newRow("percentage as text")
            << di << QStringList{"items", "participationsFinancieres", "0", "capitalDetenu"}
            << QJsonValue("25,5 %") << "items.participationsFinancieres[0].capitalDetenu: not a percentage";
        QTest::newRow("amount as text")
            << di << QStringList{"items", "participationsFinancieres", "0", "valeur"}
            << QJsonValue("12 750 €") << "items.participationsFinancieres[0].valeur: not an amount";
        QTest::newRow("unknown field")
            << di << QStringList{"items", "participationsFinancieres", "0", "couleur"} << QJsonValue("bleu")
            << "items.participationsFinancieres[0].couleur: unknown field";
        QTest::newRow("unknown item") << di << QStringList{"items", "immeubles"} << QJsonValue("neant")
                                      << "items.immeubles: unknown item";
        QTest::newRow("empty list") << di << QStringList{"items", "fonctionsBenevoles"}
                                    << QJsonValue(QJsonArray()) << "items.fonctionsBenevoles: an empty list";
        QTest::newRow("neant misspelt") << di << QStringList{"items", "fonctionsBenevoles"}
                                        << QJsonValue("néant") << "items.fonctionsBenevoles: expected a list";
        QTest::newRow("impossible date") << di << QStringList{"declarant", "dateNaissance"}
                                         << QJsonValue("1979-02-30") << "declarant.dateNaissance: not a date";
        QTest::newRow("month 13") << di << QStringList{"items", "activitesAnterieures", "0", "debut"}
                                  << QJsonValue("2016-13")
                                  << "items.activitesAnterieures[0].debut: not a month";
        QTest::newRow("nested list value")
            << di << QStringList{"items", "activitesAnterieures", "0", "remunerations", "1", "nature"}
            << QJsonValue("brutes")
            << "items.activitesAnterieures[0].remunerations[1].nature: \"brutes\" is not one of";
        QTest::newRow("unknown choice")
            << dsp << QStringList{"items", "immeubles", "0", "regime"} << QJsonValue("commun")
            << "items.immeubles[0].regime: \"commun\" is not one of: propre, communaute, indivis";
        QTest::newRow("surface negative")
            << dsp << QStringList{"items", "immeubles", "0", "surfaceHabitable"} << QJsonValue(-5)
            << "items.immeubles[0].surfaceHabitable: not a surface";
        QTest::newRow("null value") << dsp << QStringList{"items", "immeubles", "0", "commune"}
                                    << QJsonValue(QJsonValue::Null) << "items.immeubles[0].commune: not text";
        QTest::newRow("line break in one-line field")
            << di << QStringList{"declarant", "nom"} << QJsonValue("Durand\nLefèvre")
            << "declarant.nom: a one-line field";
        QTest::newRow("unknown schema")
            << di << QStringList{"schema"} << QJsonValue("fr.probitas.interets/1999")
            << "schema: unknown form definition";
        QTest::newRow("kind does not match schema")
            << di << QStringList{"declaration"} << QJsonValue("patrimoine")
            << "declaration: expected \"interets\"";
        QTest::newRow("unknown event")
            << di << QStringList{"event"} << QJsonValue("mutation") << "event: expected";
        QTest::newRow("unknown top-level key")
            << di << QStringList{"signature"} << QJsonValue("x") << "signature: unknown key";
        QTest::newRow("bad profile") << di << QStringList{"profile", "rank"} << QJsonValue("doyen")
                                     << "profile.rank";
        const QJsonObject note{{"value", "x"}, {"reason", "r"}, {"source", "s"}};
        QTest::newRow("empty notes") << di << QStringList{"declarant", "_notes"} << QJsonValue(QJsonArray())
                                     << "declarant._notes: expected a non-empty list of notes";
        QTest::newRow("note with unknown key")
            << di << QStringList{"declarant", "_notes"}
            << QJsonValue(
                   QJsonArray{QJsonObject{{"value", "x"}, {"reason", "r"}, {"source", "s"}, {"lu", "oui"}}})
            << "declarant._notes[0].lu: unknown key";
        QTest::newRow("note for an unknown field")
            << di << QStringList{"items", "participationsFinancieres", "0", "_notes"}
            << QJsonValue(QJsonArray{
                   QJsonObject{{"field", "couleur"}, {"value", "x"}, {"reason", "r"}, {"source", "s"}}})
            << "items.participationsFinancieres[0]._notes[0].field: unknown field";
        QTest::newRow("note without reason")
            << di << QStringList{"declarant", "_notes"}
            << QJsonValue(QJsonArray{QJsonObject{{"value", "x"}, {"source", "s"}}})
            << "declarant._notes[0]: a note needs";
        QTest::newRow("note value not text")
            << di << QStringList{"declarant", "_notes"}
            << QJsonValue(QJsonArray{QJsonObject{{"value", 12}, {"reason", "r"}, {"source", "s"}}})
            << "declarant._notes[0].value: not text";
        QTest::newRow("float amount") << dsp << QStringList{"items", "vehicules", "0", "valeur"}
                                      << QJsonValue(14500.5) << "not an integer";
    }

    void rejects()
    {
        QFETCH(QString, fixture);
        QFETCH(QStringList, path);
        QFETCH(QJsonValue, value);
        QFETCH(QString, message);
        const QByteArray document = edited(fixture, [&](QJsonObject& root) { setPath(root, path, value); });
        const auto decoded = DeclarationCodec::decode(document);
        QVERIFY(!decoded.ok());
        QCOMPARE(decoded.error().kind, ErrorKind::Unusable);
        QVERIFY2(decoded.error().message.startsWith(message) || decoded.error().message.contains(message),
                 qPrintable(decoded.error().message));
    }

    void floatsAreRejectedBeforeDecoding()
    {
        QByteArray document = readFixture(QStringLiteral("dsp-valid.json"));
        document.replace("\"valeur\": 1450000", "\"valeur\": 14500.00");
        const auto decoded = DeclarationCodec::decode(document);
        QVERIFY(!decoded.ok());
        QVERIFY2(decoded.error().message.contains(QStringLiteral("not an integer")),
                 qPrintable(decoded.error().message));
    }

    void randomMutationsNeverCrash()
    {
        const QByteArray valid = readFixture(QStringLiteral("dsp-valid.json"));
        QRandomGenerator random(7);
        int decoded = 0;
        for (int round = 0; round < 3000; ++round) {
            QByteArray input = valid;
            for (int mutation = 0; mutation < 3; ++mutation) {
                const int position = random.bounded(int(input.size()));
                input[position] = "0123456789\"{}[],:-aé "[random.bounded(21)];
            }
            const auto result = DeclarationCodec::decode(input);
            if (result.ok()) {
                ++decoded;
                QVERIFY(DeclarationCodec::decode(DeclarationCodec::encode(*result)).ok());
            } else {
                QVERIFY(!result.error().message.isEmpty());
            }
        }
        QVERIFY(decoded < 3000);
    }
};

QTEST_GUILESS_MAIN(TestDeclarationCodec)
#include "tst_declarationcodec.moc"
