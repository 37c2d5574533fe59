// French formatting and parsing of amounts, percentages and surfaces, in integers only.
#include "Quantities.h"

#include <QTest>

using namespace probitas;

class TestQuantities : public QObject
{
    Q_OBJECT

private slots:
    void euros_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<qint64>("cents");
        QTest::newRow("plain") << "12345" << qint64(1234500);
        QTest::newRow("comma decimals") << "12345,67" << qint64(1234567);
        QTest::newRow("point decimals") << "12345.6" << qint64(1234560);
        QTest::newRow("space thousands and euro") << "12 345,67 €" << qint64(1234567);
        QTest::newRow("narrow no-break space (HATVP files)")
            << QStringLiteral("1\u202F250\u202F000") << qint64(125000000);
        QTest::newRow("no-break space") << QStringLiteral("3\u00A0500 euros") << qint64(350000);
        QTest::newRow("negative") << "-250" << qint64(-25000);
        QTest::newRow("typographic minus") << QStringLiteral("\u22121 000,50") << qint64(-100050);
    }

    void euros()
    {
        QFETCH(QString, text);
        QFETCH(qint64, cents);
        QCOMPARE(parseEuros(text), std::optional<qint64>(cents));
        QCOMPARE(parseEuros(formatEuros(cents)), std::optional<qint64>(cents)); // formatting round-trips
    }

    void formatting()
    {
        QCOMPARE(formatEuros(1234567), QStringLiteral("12\u202F345,67\u00A0€"));
        QCOMPARE(formatEuros(1000000), QStringLiteral("10\u202F000\u00A0€"));
        QCOMPARE(formatEuros(-5), QStringLiteral("\u22120,05\u00A0€"));
        QCOMPARE(formatPercent(2550), QStringLiteral("25,5\u00A0%"));
        QCOMPARE(formatPercent(10000), QStringLiteral("100\u00A0%"));
        QCOMPARE(formatSurface(8550), QStringLiteral("85,5\u00A0m²"));
    }

    void refusals_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("three decimals are not rounded") << "12,345";
        QTest::newRow("prose") << "10€98 POUR 2023";
        QTest::newRow("néant") << "néant";
        QTest::newRow("empty") << "";
        QTest::newRow("absurdly large") << "99999999999999999999";
    }

    void refusals()
    {
        QFETCH(QString, text);
        QCOMPARE(parseEuros(text), std::nullopt);
    }

    void percentBounds()
    {
        QCOMPARE(parsePercent(QStringLiteral("25,5 %")), std::optional<qint64>(2550));
        QCOMPARE(parsePercent(QStringLiteral("100")), std::optional<qint64>(10000));
        QCOMPARE(parsePercent(QStringLiteral("100,01")), std::nullopt);
        QCOMPARE(parsePercent(QStringLiteral("-1")), std::nullopt);
        QCOMPARE(parseSurface(QStringLiteral("85,5 m²")), std::optional<qint64>(8550));
    }
};

QTEST_GUILESS_MAIN(TestQuantities)
#include "tst_quantities.moc"
