// The variation of the patrimony between two DSPs (art. 7-3, VI): per category, in total, and split
// propre / communauté / indivis.
#include "Fixtures.h"
#include "PatrimonyVariation.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace probitas;

namespace {

// The sample DSP with one item's answer replaced (JSON text: an array of entries or "neant").
Declaration withItem(const QString& itemId, const QByteArray& answer)
{
    QJsonObject document = QJsonDocument::fromJson(readFixture(QStringLiteral("dsp-valid.json"))).object();
    QJsonObject items = document.value(QStringLiteral("items")).toObject();
    const QJsonDocument parsed = QJsonDocument::fromJson("{\"a\":" + answer + "}");
    items.insert(itemId, parsed.object().value(QStringLiteral("a")));
    document.insert(QStringLiteral("items"), items);
    auto decoded = DeclarationCodec::fromJson(document);
    if (!decoded) {
        qFatal("%s", qPrintable(decoded.error().message));
    }
    return *decoded;
}

// The sample: a flat (communauté) 615 000 €, a life insurance (propre) 87 230,45 €, an account (communauté)
// -125 €, a car (communauté) 14 500 €; a loan (communauté) 42 000 € still owed.
constexpr qint64 kAssets = 61500000 + 8723045 - 12500 + 1450000;
constexpr qint64 kLiabilities = 4200000;

} // namespace

class TestPatrimonyVariation : public QObject
{
    Q_OBJECT

private slots:
    void totalsOfOneDeclaration()
    {
        const Declaration dsp = loadFixture(QStringLiteral("dsp-valid.json"));
        auto totals = computeTotals(dsp);
        QVERIFY(totals);
        QCOMPARE(totals->assetsAfter.total, kAssets);
        QCOMPARE(totals->liabilitiesAfter.total, kLiabilities);
        QCOMPARE(totals->netAfter(), kAssets - kLiabilities);
        QCOMPARE(totals->netChange(), qint64(0));
        QCOMPARE(totals->netAfter(QStringLiteral("propre")), qint64(8723045));
        QCOMPARE(totals->netAfter(QStringLiteral("communaute")),
                 qint64(61500000 - 12500 + 1450000 - kLiabilities));
        // Ten categories with amounts, in the form's order; the regimes met, in the form's order.
        QCOMPARE(int(totals->categories.size()), 10);
        QCOMPARE(totals->categories.front().itemId, QStringLiteral("immeubles"));
        QVERIFY(totals->categories.back().liability);
        QCOMPARE(totals->ownerships, (QStringList{QStringLiteral("propre"), QStringLiteral("communaute")}));
        QCOMPARE(totals->ownershipLabels.size(), 2);
    }

    void variation_data()
    {
        QTest::addColumn<QString>("itemId");
        QTest::addColumn<QByteArray>("answer");
        QTest::addColumn<qint64>("categoryChange");
        QTest::addColumn<qint64>("netChange");
        QTest::addColumn<QString>("ownership");
        QTest::addColumn<qint64>("ownershipNetChange");

        QTest::newRow("nothing changed")
            << "vehicules"
            << QByteArray(R"([{"nature": "automobile", "marque": "Peugeot 308", "anneeAchat": 2021,
                             "valeurAchat": 2800000, "regime": "communaute", "valeur": 1450000}])")
            << qint64(0) << qint64(0) << "communaute" << qint64(0);
        QTest::newRow("the flat sold") << "immeubles" << QByteArray(R"("neant")") << qint64(-61500000)
                                       << qint64(-61500000) << "communaute" << qint64(-61500000);
        QTest::newRow("an inherited share, indivis")
            << "immeubles"
            << QByteArray(R"([{"nature": "appartement", "commune": "Versailles", "departement": "78",
                  "surfaceHabitable": 8550, "anneeAcquisition": 2009, "modeAcquisition": "achat",
                  "regime": "communaute", "droitReel": "pleine-propriete", "quotePart": 10000,
                  "prixAcquisition": 42000000, "valeurVenale": 61500000},
                 {"nature": "maison", "commune": "Angers", "departement": "49", "surfaceHabitable": 12000,
                  "anneeAcquisition": 2026, "modeAcquisition": "succession", "regime": "indivis",
                  "droitReel": "pleine-propriete", "quotePart": 5000, "valeurVenale": 15000000}])")
            << qint64(15000000) << qint64(15000000) << "indivis" << qint64(15000000);
        QTest::newRow("the loan partly repaid")
            << "passif" << QByteArray(R"([{"creancier": "Crédit Agricole", "nature": "emprunt-immobilier",
                  "objet": "Acquisition de la résidence principale", "dateContraction": "2009-06-15",
                  "montantInitial": 30000000, "duree": 240, "mensualite": 165000, "regime": "communaute",
                  "montantRestant": 3000000}])")
            << qint64(-1200000) << qint64(1200000) << "communaute" << qint64(1200000);
        QTest::newRow("a separate account emptied")
            << "assurancesVie" << QByteArray(R"("neant")") << qint64(-8723045) << qint64(-8723045) << "propre"
            << qint64(-8723045);
    }

    void variation()
    {
        QFETCH(QString, itemId);
        QFETCH(QByteArray, answer);
        QFETCH(qint64, categoryChange);
        QFETCH(qint64, netChange);
        QFETCH(QString, ownership);
        QFETCH(qint64, ownershipNetChange);

        const Declaration previous = loadFixture(QStringLiteral("dsp-valid.json"));
        const Declaration current = withItem(itemId, answer);
        auto variation = computeVariation(previous, current);
        QVERIFY(variation);
        const CategoryVariation* category = variation->find(itemId);
        QVERIFY(category);
        QCOMPARE(category->change(), categoryChange);
        QCOMPARE(variation->netChange(), netChange);
        QCOMPARE(variation->netAfter(ownership) - variation->netBefore(ownership), ownershipNetChange);
        QCOMPARE(variation->netBefore(), kAssets - kLiabilities);
        QVERIFY(variation->ownerships.contains(ownership));
        // The split adds up to the total, on both sides.
        qint64 before = 0;
        qint64 after = 0;
        for (const QString& id : variation->ownerships) {
            before += variation->netBefore(id);
            after += variation->netAfter(id);
        }
        QCOMPARE(before, variation->netBefore());
        QCOMPARE(after, variation->netAfter());
        // Every other category is unchanged.
        for (const CategoryVariation& other : variation->categories) {
            if (other.itemId != itemId) {
                QCOMPARE(other.change(), qint64(0));
            }
        }
    }

    void onlyDspsHaveAVariation()
    {
        const Declaration di = loadFixture(QStringLiteral("di-valid.json"));
        const Declaration dsp = loadFixture(QStringLiteral("dsp-valid.json"));
        auto refused = computeVariation(di, dsp);
        QVERIFY(!refused);
        QCOMPARE(refused.error().kind, ErrorKind::Invalid);
        QVERIFY(!computeVariation(dsp, di));
    }
};

QTEST_GUILESS_MAIN(TestPatrimonyVariation)
#include "tst_patrimonyvariation.moc"
