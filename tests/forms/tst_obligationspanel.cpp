// The obligations panel, driven as a person would: choose a situation, read the declarations due.
#include "Clock.h"
#include "GuiTestSupport.h"
#include "ObligationsPanel.h"
#include "ProductFrench.h"
#include "Profile.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QLabel>
#include <QLocale>
#include <QTableWidget>
#include <QTest>

using namespace probitas;
using namespace probitas::testing;

namespace {

QStringList column(const QTableWidget& table, int index)
{
    QStringList cells;
    for (int row = 0; row < table.rowCount(); ++row) {
        cells << table.item(row, index)->text();
    }
    return cells;
}

} // namespace

class TestObligationsPanel : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QLocale::setDefault(QLocale(QLocale::French, QLocale::France));
        QCoreApplication::installTranslator(&m_french);
        Clock::setForTesting(QDateTime(QDate(2026, 4, 1), QTime(9, 0), Qt::UTC));
    }
    void cleanupTestCase() { Clock::reset(); }

    void presidentOfATribunal()
    {
        ObligationsPanel panel;
        panel.resize(1000, 600);
        panel.show();
        auto* status = panel.findChild<QComboBox*>("status");
        auto* courtType = panel.findChild<QComboBox*>("courtType");
        auto* seat = panel.findChild<QComboBox*>("seat");
        auto* rank = panel.findChild<QComboBox*>("rank");
        auto* installedOn = panel.findChild<QDateEdit*>("installedOn");
        auto* table = panel.findChild<QTableWidget*>("obligationsTable");
        QVERIFY(status && courtType && seat && rank && installedOn && table);

        courtType->setCurrentIndex(courtType->findData("tj"));
        seat->setCurrentText("Nanterre");
        rank->setCurrentIndex(rank->findData("chef"));
        installedOn->setDate(QDate(2026, 1, 15));
        QCOMPARE(table->rowCount(), 2);
        QCOMPARE(column(*table, 4), (QStringList{"art. 7-2, I, 3°", "art. 7-3, I, 5°"}));
        QVERIFY2(table->item(0, 2)->text().contains("Versailles"), qPrintable(table->item(0, 2)->text()));
        // Due on 15 March 2026, and the clock says 1 April: overdue, so highlighted.
        QVERIFY(table->item(0, 0)->background().color() != QColor(Qt::white));
        QVERIFY(table->item(0, 0)->toolTip().contains("2026"));
        // A président de chambre does not exist at a tribunal: the panel does not offer it.
        QCOMPARE(rank->findData("president-de-chambre"), -1);
        saveScreenshot(panel, "obligations-president-tj");
    }

    // What the magistrate filed answers what she owes, as the authorities' dashboard matches it: the DI
    // filed on 2 March is shown filed that day, not overdue; the DSP, not filed, still is.
    void filedObligationIsShownFiled()
    {
        ObligationsPanel panel;
        panel.resize(1000, 600);
        panel.show();
        panel.findChild<QComboBox*>("courtType")
            ->setCurrentIndex(panel.findChild<QComboBox*>("courtType")->findData("tj"));
        panel.findChild<QComboBox*>("seat")->setCurrentText("Nanterre");
        auto* rank = panel.findChild<QComboBox*>("rank");
        rank->setCurrentIndex(rank->findData("chef"));
        panel.findChild<QDateEdit*>("installedOn")->setDate(QDate(2026, 1, 15));
        auto* table = panel.findChild<QTableWidget*>("obligationsTable");
        QCOMPARE(table->rowCount(), 2);
        const QColor overdue = table->item(0, 0)->background().color();
        QCOMPARE(table->item(1, 0)->background().color(), overdue);

        panel.setFilings(
            {Filing{QStringLiteral("p1"), DeclarationKind::Interets, DeclarationEvent::Installation,
                    QDateTime(QDate(2026, 3, 2), QTime(10, 0), Qt::UTC), QStringLiteral("d1")},
             // Another kind's filing, and one of the right kind for another event, answer nothing.
             Filing{QStringLiteral("p1"), DeclarationKind::Interets, DeclarationEvent::Cessation,
                    QDateTime(QDate(2026, 3, 3), QTime(10, 0), Qt::UTC), QStringLiteral("d2")}});
        QCOMPARE(table->rowCount(), 2);
        QVERIFY2(table->item(0, 3)->text().contains("02/03/2026"), qPrintable(table->item(0, 3)->text()));
        QVERIFY2(table->item(0, 3)->text().contains(QString::fromUtf8("déposée")),
                 qPrintable(table->item(0, 3)->text()));
        QVERIFY(table->item(0, 0)->background().color() != overdue);
        QVERIFY2(table->item(0, 0)->toolTip().contains(QString::fromUtf8("Déposée")),
                 qPrintable(table->item(0, 0)->toolTip()));
        QCOMPARE(table->item(1, 0)->background().color(), overdue);
        QVERIFY(!table->item(1, 3)->text().contains(QString::fromUtf8("déposée")));
        saveScreenshot(panel, "obligations-filed");
    }

    // A substantial change dated on the panel calls for the complementary declarations, and profile()
    // carries it (the new declaration the workspace starts follows that situation).
    void substantialChangeCallsForComplementaryDeclarations_data()
    {
        QTest::addColumn<QString>("rank");
        QTest::addColumn<QStringList>("bases"); // of the complementary declarations
        QTest::newRow("juge") << "magistrat" << QStringList{"art. 7-2, III"};
        QTest::newRow("président") << "chef" << QStringList{"art. 7-2, III", "art. 7-3, III"};
    }

    void substantialChangeCallsForComplementaryDeclarations()
    {
        QFETCH(QString, rank);
        QFETCH(QStringList, bases);
        ObligationsPanel panel;
        auto* courtType = panel.findChild<QComboBox*>("courtType");
        courtType->setCurrentIndex(courtType->findData("tj"));
        panel.findChild<QComboBox*>("seat")->setCurrentText("Nanterre");
        auto* ranks = panel.findChild<QComboBox*>("rank");
        ranks->setCurrentIndex(ranks->findData(rank));
        panel.findChild<QDateEdit*>("installedOn")->setDate(QDate(2026, 1, 15));
        auto* table = panel.findChild<QTableWidget*>("obligationsTable");
        const int before = table->rowCount();
        QVERIFY(panel.profile());
        QVERIFY(!panel.profile()->changedOn.isValid());
        auto* changedOn = panel.findChild<QDateEdit*>("changedOn");
        QVERIFY(!changedOn->isEnabled());

        panel.findChild<QCheckBox*>("hasChange")->setChecked(true);
        QVERIFY(changedOn->isEnabled());
        changedOn->setDate(QDate(2026, 3, 20));
        QCOMPARE(panel.profile()->changedOn, QDate(2026, 3, 20));
        QCOMPARE(table->rowCount(), before + int(bases.size()));
        const QStringList shown = column(*table, 4);
        for (const QString& basis : bases) {
            QVERIFY2(shown.contains(basis), qPrintable(shown.join(", ")));
        }
        // Due two months after the change.
        QVERIFY2(column(*table, 3).contains(QLocale().toString(QDate(2026, 5, 20), QLocale::ShortFormat)),
                 qPrintable(column(*table, 3).join(", ")));
    }

    void regimeWithoutStruckDownProvisions()
    {
        ObligationsPanel panel;
        Profile profile;
        profile.status = MagistrateStatus::Titulaire;
        profile.formation = Formation::Parquet;
        profile.court = CourtReference{CourtType::CourAppel, "Rennes"};
        profile.rank = Rank::Chef;
        profile.installedOn = QDate(2026, 3, 1);
        panel.setProfile(profile);
        QCOMPARE(panel.obligationCount(), 2);
        auto* regime = panel.findChild<QComboBox*>("regime");
        regime->setCurrentIndex(regime->findData("en-vigueur"));
        QCOMPARE(panel.obligationCount(), 1);
    }

    void unknownSeatIsExplained()
    {
        ObligationsPanel panel;
        panel.resize(1000, 600);
        panel.show();
        auto* seat = panel.findChild<QComboBox*>("seat");
        auto* message = panel.findChild<QLabel*>("message");
        seat->setCurrentText("Nanter");
        QCOMPARE(panel.obligationCount(), 0);
        QVERIFY2(message->text().contains("Nanterre"), qPrintable(message->text()));
        saveScreenshot(panel, "obligations-unknown-seat");
    }

    void csmMemberNeedsNoCourt()
    {
        ObligationsPanel panel;
        auto* status = panel.findChild<QComboBox*>("status");
        status->setCurrentIndex(status->findData("membre-csm"));
        QVERIFY(!panel.findChild<QComboBox*>("seat")->isEnabled());
        QCOMPARE(panel.obligationCount(), 2);
    }

    void fieldsHaveAccessibleNames()
    {
        ObligationsPanel panel;
        for (const char* name :
             {"status", "formation", "courtType", "seat", "rank", "regime", "installedOn"}) {
            auto* widget = panel.findChild<QWidget*>(name);
            QVERIFY2(widget && !widget->accessibleName().isEmpty(), name);
        }
    }

private:
    ProductFrench m_french;
};

QTEST_MAIN(TestObligationsPanel)
#include "tst_obligationspanel.moc"
