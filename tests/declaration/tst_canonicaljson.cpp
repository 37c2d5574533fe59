// The canonical JSON codec: one representation per value, strict parsing, never a crash on any input.
#include "CanonicalJson.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QTest>

using namespace probitas;

class TestCanonicalJson : public QObject
{
    Q_OBJECT

private slots:
    void canonicalForm_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<QByteArray>("canonical");
        QTest::newRow("keys sorted, spaces dropped")
            << QByteArray(R"({ "b" : 1, "a" : [ true, false, null ] })")
            << QByteArray(R"({"a":[true,false,null],"b":1})");
        QTest::newRow("nested objects sorted") << QByteArray(R"({"z": {"y": 1, "x": {"b": 2, "a": 1}}})")
                                               << QByteArray(R"({"z":{"x":{"a":1,"b":2},"y":1}})");
        QTest::newRow("UTF-16 order (RFC 8785 §3.2.3): uppercase before lowercase, é after z")
            << QByteArray(R"({"é": 1, "z": 2, "Z": 3, "a": 4})")
            << QByteArray("{\"Z\":3,\"a\":4,\"z\":2,\"\xc3\xa9\":1}");
        QTest::newRow("UTF-16 order: astral (surrogates) before U+FB00")
            << QByteArray("{\"\xef\xac\x80\": 1, \"\xf0\x9f\x98\x80\": 2}")
            << QByteArray("{\"\xf0\x9f\x98\x80\":2,\"\xef\xac\x80\":1}");
        QTest::newRow("escapes are minimal")
            << QByteArray("[\"\\u0041\\/\\u00e9\", \"a\\\"b\\\\c\", \"\\u001f\\b\\n\"]")
            << QByteArray("[\"A/\xc3\xa9\",\"a\\\"b\\\\c\",\"\\u001f\\b\\n\"]");
        QTest::newRow("negative zero is zero") << QByteArray("[-0]") << QByteArray("[0]");
        QTest::newRow("largest safe integer") << QByteArray("[9007199254740991, -9007199254740991]")
                                              << QByteArray("[9007199254740991,-9007199254740991]");
        QTest::newRow("surrogate pair escape")
            << QByteArray(R"(["\ud83d\ude00"])") << QByteArray("[\"\xf0\x9f\x98\x80\"]");
        QTest::newRow("U+2028 stays raw")
            << QByteArray("[\"\xe2\x80\xa8\"]") << QByteArray("[\"\xe2\x80\xa8\"]");
    }

    void canonicalForm()
    {
        QFETCH(QByteArray, input);
        QFETCH(QByteArray, canonical);
        const auto parsed = json::parse(input);
        QVERIFY2(parsed.ok(), qPrintable(parsed.ok() ? QString() : parsed.error().message));
        QCOMPARE(json::serialize(*parsed), canonical);
        // The canonical form is a fixed point.
        const auto again = json::parse(canonical);
        QVERIFY(again.ok());
        QCOMPARE(json::serialize(*again), canonical);
    }

    void rejects_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<QString>("reason");
        QTest::newRow("empty") << QByteArray() << "end of input";
        QTest::newRow("truncated") << QByteArray(R"({"a": [1, 2)") << "expected";
        QTest::newRow("trailing comma") << QByteArray(R"([1, 2,])") << "unexpected character";
        QTest::newRow("duplicate key") << QByteArray(R"({"a": 1, "a": 2})") << "duplicate key";
        QTest::newRow("fraction") << QByteArray("[1.5]") << "not an integer";
        QTest::newRow("exponent") << QByteArray("[1e3]") << "not an integer";
        QTest::newRow("leading zero") << QByteArray("[01]") << "leading zeros";
        QTest::newRow("too large") << QByteArray("[9007199254740992]") << "out of range";
        QTest::newRow("invalid UTF-8") << QByteArray("[\"\xc3\x28\"]") << "UTF-8";
        QTest::newRow("overlong UTF-8") << QByteArray("[\"\xc0\xaf\"]") << "UTF-8";
        QTest::newRow("lone high surrogate") << QByteArray(R"(["\ud800"])") << "surrogate";
        QTest::newRow("lone low surrogate") << QByteArray(R"(["\udc00"])") << "surrogate";
        QTest::newRow("raw control character") << QByteArray("[\"a\tb\"]") << "control character";
        QTest::newRow("bad escape") << QByteArray(R"(["\x"])") << "escape";
        QTest::newRow("single quotes") << QByteArray("['a']") << "unexpected character";
        QTest::newRow("two documents") << QByteArray("{} {}") << "after the end";
        QTest::newRow("bare word") << QByteArray("nope") << "literal";
        QTest::newRow("too deep") << QByteArray(200, '[') << "levels deep";
        QTest::newRow("byte order mark") << QByteArray("\xef\xbb\xbf{}") << "unexpected character";
    }

    void rejects()
    {
        QFETCH(QByteArray, input);
        QFETCH(QString, reason);
        const auto parsed = json::parse(input);
        QVERIFY(!parsed.ok());
        QCOMPARE(parsed.error().kind, ErrorKind::Unusable);
        QVERIFY2(parsed.error().message.contains(reason), qPrintable(parsed.error().message));
        QVERIFY2(parsed.error().message.contains(QStringLiteral("line")), "the error names its position");
    }

    void errorPosition()
    {
        const auto parsed = json::parse("{\n  \"a\": 1,\n  \"b\": x\n}");
        QVERIFY(!parsed.ok());
        QVERIFY2(parsed.error().message.contains(QStringLiteral("line 3, column 8")),
                 qPrintable(parsed.error().message));
    }

    // CanonicalWriter's typed calls (what DeclarationCodec::encode uses, with the writer's own string
    // escaping) write what serialize() writes, on random values.
    void writerMatchesSerialize()
    {
        QRandomGenerator random(20261206);
        const std::function<QJsonValue(int)> generate = [&](int depth) -> QJsonValue {
            static const QList<QString> strings{QStringLiteral(""),
                                                QStringLiteral("a\"b\\c"),
                                                QString(QChar(0x1f)) + QChar(0) +
                                                    QStringLiteral("\b\f\n\r\t"),
                                                QStringLiteral("é😀漢\u2028"),
                                                QString(QChar(0xd800)),
                                                QString(QChar(0xdc00)) + QStringLiteral("x"),
                                                QStringLiteral("Z")};
            switch (random.bounded(depth < 3 ? 7 : 5)) {
            case 0:
                return QJsonValue(QJsonValue::Null);
            case 1:
                return bool(random.bounded(2));
            case 2: {
                static const qint64 numbers[] = {0,
                                                 -1,
                                                 json::maximumSafeInteger,
                                                 -json::maximumSafeInteger,
                                                 std::numeric_limits<qint64>::min(),
                                                 std::numeric_limits<qint64>::max()};
                return random.bounded(3) ? QJsonValue(numbers[random.bounded(6)]) : QJsonValue(1.5);
            }
            case 3:
            case 4:
                return strings.at(random.bounded(int(strings.size())));
            case 5: {
                QJsonArray array;
                for (int i = random.bounded(4); i > 0; --i) {
                    array.append(generate(depth + 1));
                }
                return array;
            }
            default: {
                QJsonObject object;
                for (int i = random.bounded(5); i > 0; --i) {
                    object.insert(strings.at(random.bounded(int(strings.size()))) + QString::number(i),
                                  generate(depth + 1));
                }
                return object;
            }
            }
        };
        // Walks a value through the typed calls, keys sorted as the codec writes them; only a fraction, which
        // the typed calls cannot write, goes through value().
        const std::function<void(json::CanonicalWriter&, const QJsonValue&)> write =
            [&write](json::CanonicalWriter& writer, const QJsonValue& value) {
                if (value.isNull()) {
                    writer.null();
                } else if (value.isBool()) {
                    writer.boolean(value.toBool());
                } else if (value.isDouble()) {
                    const qint64 integer = value.toInteger(std::numeric_limits<qint64>::min());
                    if (integer != std::numeric_limits<qint64>::min() ||
                        value.toDouble() == double(integer)) {
                        writer.integer(integer);
                    } else {
                        writer.value(value);
                    }
                } else if (value.isString()) {
                    writer.string(value.toString());
                } else if (value.isArray()) {
                    writer.beginArray();
                    for (const QJsonValue& element : value.toArray()) {
                        write(writer, element);
                    }
                    writer.endArray();
                } else {
                    const QJsonObject object = value.toObject();
                    QStringList keys = object.keys();
                    std::sort(keys.begin(), keys.end());
                    writer.beginObject();
                    for (const QString& key : keys) {
                        writer.key(key);
                        write(writer, object.value(key));
                    }
                    writer.endObject();
                }
            };
        for (int round = 0; round < 5000; ++round) {
            const QJsonValue value = generate(0);
            json::CanonicalWriter writer;
            write(writer, value);
            QCOMPARE(writer.take(), json::serialize(value));
        }
    }

    // Random bytes and random mutations of a valid document: every input gets an answer, never a crash
    // (run under the sanitize preset this also proves no out-of-bounds read).
    void randomInputNeverCrashes()
    {
        QRandomGenerator random(20261122);
        const QByteArray valid = R"({"a": [1, -2, "tr\u00e9s", {"b": null, "c": true}], "d": "x"})";
        int accepted = 0;
        for (int round = 0; round < 20000; ++round) {
            QByteArray input;
            if (round % 2 == 0) {
                input.resize(random.bounded(64));
                for (char& byte : input) {
                    byte = char(random.bounded(256));
                }
            } else {
                input = valid;
                const int mutations = 1 + random.bounded(4);
                for (int mutation = 0; mutation < mutations; ++mutation) {
                    const int position = random.bounded(int(input.size()));
                    switch (random.bounded(3)) {
                    case 0:
                        input[position] = char(random.bounded(256));
                        break;
                    case 1:
                        input.remove(position, 1);
                        break;
                    default:
                        input.insert(position, char(random.bounded(256)));
                    }
                }
            }
            const auto parsed = json::parse(input);
            if (parsed.ok()) {
                ++accepted;
                // Whatever is accepted re-serialises to something that parses to the same canonical bytes.
                const QByteArray canonical = json::serialize(*parsed);
                QCOMPARE(json::serialize(*json::parse(canonical)), canonical);
            } else {
                QVERIFY(!parsed.error().message.isEmpty());
            }
        }
        QVERIFY2(accepted > 0, "some mutations stay valid JSON, so the round trip above was exercised");
    }
};

QTEST_GUILESS_MAIN(TestCanonicalJson)
#include "tst_canonicaljson.moc"
