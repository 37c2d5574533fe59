// The documents of the entretien déontologique and of the collège's avis: round trips through the
// canonical form, and rejection of what does not fit, each with its exact path.
#include "BuiltInData.h"
#include "CanonicalJson.h"
#include "EntretienFiche.h"
#include "Fixtures.h"

#include <QJsonObject>
#include <QTest>

using namespace probitas;

namespace {

QJsonObject ficheFixture()
{
    return json::parse(readFixture(QStringLiteral("fiche-navette-valid.json")))->toObject();
}

// Sets (or, with an undefined value, removes) the member at a dotted path.
QJsonObject with(QJsonObject object, const QString& path, const QJsonValue& value)
{
    const QString head = path.section(QLatin1Char('.'), 0, 0);
    const QString rest = path.section(QLatin1Char('.'), 1);
    if (!rest.isEmpty()) {
        object[head] = with(object.value(head).toObject(), rest, value);
    } else if (value.isUndefined()) {
        object.remove(head);
    } else {
        object[head] = value;
    }
    return object;
}

const QJsonObject kConvocation{{"schema", "fr.probitas.convocation-entretien/1"},
                               {"declaration", "d-1"},
                               {"at", "2026-03-10T13:00:00Z"},
                               {"place", "Cabinet du président"},
                               {"delegate", QJsonValue::Null}};
const QJsonObject kRequest{{"schema", "fr.probitas.demande-avis/1"},
                           {"declaration", "d-1"},
                           {"authority", "tj-nanterre:president"},
                           {"question", "Le déport suffit-il ?"}};
const QJsonObject kAvis{{"schema", "fr.probitas.avis-college/1"},
                        {"declaration", "d-1"},
                        {"request", "r-1"},
                        {"date", "2026-04-02"},
                        {"avis", "Le déport suffit."},
                        {"conclusion", "precautions"}};

} // namespace

class TestEntretienFiche : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QVERIFY(loadBuiltInData().ok()); }
    void ficheRoundTrip();
    void ficheDelegated();
    void ficheRejected_data();
    void ficheRejected();
    void otherDocumentsRoundTrip();
    void otherDocumentsRejected_data();
    void otherDocumentsRejected();
};

void TestEntretienFiche::ficheRoundTrip()
{
    const QByteArray fixture = readFixture(QStringLiteral("fiche-navette-valid.json"));
    auto fiche = EntretienCodec::decodeFiche(fixture);
    QVERIFY2(fiche.ok(), fiche.ok() ? "" : qPrintable(fiche.error().message));
    QCOMPARE(fiche->authority, QStringLiteral("tj-nanterre:president"));
    QCOMPARE(fiche->date, QDate(2026, 3, 10));
    QVERIFY(!fiche->delegated());
    QCOMPARE(fiche->points.size(), size_t(2));
    QVERIFY(fiche->points.count(QStringLiteral("organesDirigeants")));
    QCOMPARE(fiche->conclusion, EntretienConclusion::Precautions);
    QVERIFY(fiche->conclusionDetails.startsWith(QStringLiteral("Déport")));
    QVERIFY(!fiche->collegeConsulted);
    // The canonical bytes are the fixture's, canonicalised; decoding them again gives the same bytes.
    const QByteArray canonical = EntretienCodec::encode(*fiche);
    QCOMPARE(canonical, json::serialize(*json::parse(fixture)));
    QCOMPARE(EntretienCodec::encode(*EntretienCodec::decodeFiche(canonical)), canonical);
}

void TestEntretienFiche::ficheDelegated()
{
    const QJsonObject document =
        with(ficheFixture(), QStringLiteral("delegation"),
             QJsonObject{{"to", "Anne Vidal"}, {"function", "première vice-présidente"}});
    auto fiche = EntretienCodec::ficheFromJson(document);
    QVERIFY(fiche.ok());
    QVERIFY(fiche->delegated());
    QCOMPARE(fiche->delegatedTo, QStringLiteral("Anne Vidal"));
    QCOMPARE(EntretienCodec::toJson(*fiche), document);
    // No conflict needs no details.
    QJsonObject plain = with(ficheFixture(), QStringLiteral("conclusion"), QStringLiteral("aucun-conflit"));
    plain = with(plain, QStringLiteral("conclusionDetails"), QJsonValue::Undefined);
    plain = with(plain, QStringLiteral("points"), QJsonObject());
    auto none = EntretienCodec::ficheFromJson(plain);
    QVERIFY2(none.ok(), none.ok() ? "" : qPrintable(none.error().message));
    QCOMPARE(none->conclusion, EntretienConclusion::NoConflict);
    QVERIFY(none->points.empty());
}

void TestEntretienFiche::ficheRejected_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QJsonValue>("value"); // undefined: the member is removed
    QTest::addColumn<QString>("expected"); // the start of the error message
    const QJsonValue removed = QJsonValue::Undefined;
    QTest::newRow("unknown key") << "entendu" << QJsonValue(true) << "entendu: unknown key";
    QTest::newRow("missing place") << "place" << removed << "place: missing";
    QTest::newRow("blank place") << "place" << QJsonValue("  ") << "place: empty";
    QTest::newRow("place on two lines") << "place" << QJsonValue("a\nb") << "place: a one-line field";
    QTest::newRow("other schema") << "schema" << QJsonValue("fr.probitas.fiche-navette/2")
                                  << "schema: expected";
    QTest::newRow("form of a DSP") << "form" << QJsonValue("fr.probitas.patrimoine/2017-1")
                                   << "form: not the form";
    QTest::newRow("impossible date") << "date" << QJsonValue("2026-02-30") << "date: not a date";
    QTest::newRow("unknown item") << "points.immeubles" << QJsonValue("x") << "points.immeubles: not an item";
    QTest::newRow("point not text") << "points.mandatsElectifs" << QJsonValue(3)
                                    << "points.mandatsElectifs: not text";
    QTest::newRow("points not an object") << "points" << QJsonValue("rien") << "points: expected an object";
    QTest::newRow("unknown conclusion")
        << "conclusion" << QJsonValue("conflit") << "conclusion: \"conflit\" is not";
    QTest::newRow("precautions without details")
        << "conclusionDetails" << removed << "conclusionDetails: missing";
    QTest::newRow("college not a flag")
        << "collegeConsulted" << QJsonValue("non") << "collegeConsulted: not true";
    QTest::newRow("delegation, no function")
        << "delegation" << QJsonValue(QJsonObject{{"to", "Anne Vidal"}}) << "delegation.function: missing";
    QTest::newRow("delegation, a name only")
        << "delegation" << QJsonValue("Anne Vidal") << "delegation: expected null";
    QTest::newRow("delegation absent") << "delegation" << removed << "delegation: missing";
    QTest::newRow("observations too long")
        << "observations" << QJsonValue(QString(8001, QLatin1Char('x'))) << "observations: longer than 8000";
    QTest::newRow("declaration id with spaces")
        << "declaration" << QJsonValue(" d-1 ") << "declaration: an id";
}

void TestEntretienFiche::ficheRejected()
{
    QFETCH(QString, path);
    QFETCH(QJsonValue, value);
    QFETCH(QString, expected);
    auto fiche = EntretienCodec::decodeFiche(json::serialize(with(ficheFixture(), path, value)));
    QVERIFY(!fiche.ok());
    QCOMPARE(fiche.error().kind, ErrorKind::Unusable);
    QVERIFY2(fiche.error().message.startsWith(expected), qPrintable(fiche.error().message));
}

void TestEntretienFiche::otherDocumentsRoundTrip()
{
    auto convocation = EntretienCodec::decodeConvocation(json::serialize(kConvocation));
    QVERIFY(convocation.ok());
    QCOMPARE(convocation->at, QDateTime(QDate(2026, 3, 10), QTime(13, 0), Qt::UTC));
    QVERIFY(convocation->delegate.isEmpty());
    QCOMPARE(EntretienCodec::encode(*convocation), json::serialize(kConvocation));

    auto request = EntretienCodec::decodeAvisRequest(json::serialize(kRequest));
    QVERIFY(request.ok());
    QCOMPARE(EntretienCodec::encode(*request), json::serialize(kRequest));

    auto avis = EntretienCodec::decodeAvis(json::serialize(kAvis));
    QVERIFY(avis.ok());
    QCOMPARE(avis->conclusion, EntretienConclusion::Precautions);
    QCOMPARE(EntretienCodec::encode(*avis), json::serialize(kAvis));
}

void TestEntretienFiche::otherDocumentsRejected_data()
{
    QTest::addColumn<QString>("document");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QJsonValue>("value");
    QTest::addColumn<QString>("expected");
    QTest::newRow("convocation in local time")
        << "convocation"
        << "at" << QJsonValue("2026-03-10T14:00:00") << "at: not a UTC time";
    QTest::newRow("convocation, delegate not text")
        << "convocation"
        << "delegate" << QJsonValue(false) << "delegate: not text";
    QTest::newRow("request without question")
        << "request"
        << "question" << QJsonValue(QJsonValue::Undefined) << "question: missing";
    QTest::newRow("request of another schema")
        << "request"
        << "schema" << QJsonValue("fr.probitas.avis-college/1") << "schema: expected";
    QTest::newRow("avis without date") << "avis"
                                       << "date" << QJsonValue(QJsonValue::Undefined) << "date: missing";
    QTest::newRow("avis, unknown conclusion")
        << "avis"
        << "conclusion" << QJsonValue("favorable") << "conclusion: \"favorable\" is not";
    QTest::newRow("avis, unknown key") << "avis"
                                       << "signataire" << QJsonValue("x") << "signataire: unknown key";
}

void TestEntretienFiche::otherDocumentsRejected()
{
    QFETCH(QString, document);
    QFETCH(QString, path);
    QFETCH(QJsonValue, value);
    QFETCH(QString, expected);
    QString message;
    if (document == QLatin1String("convocation")) {
        auto decoded = EntretienCodec::decodeConvocation(json::serialize(with(kConvocation, path, value)));
        QVERIFY(!decoded.ok());
        message = decoded.error().message;
    } else if (document == QLatin1String("request")) {
        auto decoded = EntretienCodec::decodeAvisRequest(json::serialize(with(kRequest, path, value)));
        QVERIFY(!decoded.ok());
        message = decoded.error().message;
    } else {
        auto decoded = EntretienCodec::decodeAvis(json::serialize(with(kAvis, path, value)));
        QVERIFY(!decoded.ok());
        message = decoded.error().message;
    }
    QVERIFY2(message.startsWith(expected), qPrintable(message));
}

QTEST_GUILESS_MAIN(TestEntretienFiche)
#include "tst_entretienfiche.moc"
