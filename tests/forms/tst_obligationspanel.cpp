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
#include <QSignalSpy>
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

    // What is overdue, or due within 30 days, is said above the table; what is filed or further off is not.
    // The clock says 1 April 2026: installed on 15 January, the DI and DSP were due on 15 March (overdue);
    // installed on 15 February, due on 15 April (in 14 days); installed on 1 April, due on 1 June (later).
    void remindersAboveTheTable_data()
    {
        QTest::addColumn<QDate>("installedOn");
        QTest::addColumn<int>("overdue");
        QTest::addColumn<int>("dueSoon");
        QTest::addColumn<QString>("said");
        QTest::newRow("overdue") << QDate(2026, 1, 15) << 2 << 0 << QStringLiteral("En retard");
        QTest::newRow("due within 30 days")
            << QDate(2026, 2, 15) << 0 << 2 << QStringLiteral("dans 14 jours");
        QTest::newRow("further off") << QDate(2026, 4, 1) << 0 << 0 << QString();
    }

    void remindersAboveTheTable()
    {
        QFETCH(QDate, installedOn);
        QFETCH(int, overdue);
        QFETCH(int, dueSoon);
        QFETCH(QString, said);
        ObligationsPanel panel;
        panel.resize(1000, 600);
        panel.show();
        QSignalSpy reminded(&panel, &ObligationsPanel::remindersChanged);
        panel.findChild<QComboBox*>("courtType")
            ->setCurrentIndex(panel.findChild<QComboBox*>("courtType")->findData("tj"));
        panel.findChild<QComboBox*>("seat")->setCurrentText("Nanterre");
        auto* rank = panel.findChild<QComboBox*>("rank");
        rank->setCurrentIndex(rank->findData("chef"));
        panel.findChild<QDateEdit*>("installedOn")->setDate(installedOn);
        QCOMPARE(panel.overdueCount(), overdue);
        QCOMPARE(int(panel.reminders().size()), overdue + dueSoon);
        QVERIFY(!reminded.isEmpty());
        QCOMPARE(reminded.last().at(0).toInt(), overdue);
        QCOMPARE(reminded.last().at(1).toInt(), dueSoon);
        auto* reminders = panel.findChild<QLabel*>("reminders");
        QCOMPARE(reminders->isVisible(), !said.isEmpty());
        if (!said.isEmpty()) {
            QVERIFY2(reminders->text().contains(said) && reminders->text().contains("déclaration d'intérêts"),
                     qPrintable(reminders->text()));
            saveScreenshot(panel, QStringLiteral("obligations-reminders-") + QTest::currentDataTag());
        }
        // Filed: no longer a reminder.
        if (overdue + dueSoon > 0) {
            const QString president = QStringLiteral("ca-versailles:premier-president");
            panel.setFilings({Filing{QStringLiteral("p1"),
                                     DeclarationKind::Interets,
                                     DeclarationEvent::Installation,
                                     QDateTime(QDate(2026, 3, 30), QTime(10, 0), Qt::UTC),
                                     QStringLiteral("d1"),
                                     {president},
                                     {},
                                     {}}});
            QCOMPARE(int(panel.reminders().size()), overdue + dueSoon - 1);
        }
    }

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

        const QString president = QStringLiteral("ca-versailles:premier-president");
        panel.setFilings(
            {Filing{QStringLiteral("p1"),
                    DeclarationKind::Interets,
                    DeclarationEvent::Installation,
                    QDateTime(QDate(2026, 3, 2), QTime(10, 0), Qt::UTC),
                    QStringLiteral("d1"),
                    {president},
                    {president},
                    {}},
             // Another kind's filing, and one of the right kind for another event, answer nothing.
             Filing{QStringLiteral("p1"),
                    DeclarationKind::Interets,
                    DeclarationEvent::Cessation,
                    QDateTime(QDate(2026, 3, 3), QTime(10, 0), Qt::UTC),
                    QStringLiteral("d2"),
                    {president},
                    {},
                    {}}});
        QCOMPARE(table->rowCount(), 2);
        using P = ObligationsPanel;
        QCOMPARE(table->item(0, P::DueColumn)->text(), QString("15/03/2026"));
        QCOMPARE(table->item(0, P::FilingColumn)->text(),
                 QString::fromUtf8("déposée le 02/03/2026, dans le délai\xc2\xa0; accusé de réception reçu"));
        QVERIFY(table->item(0, 0)->background().color() != overdue);
        QVERIFY2(table->item(0, 0)->toolTip().contains(QString::fromUtf8("Déposée")),
                 qPrintable(table->item(0, 0)->toolTip()));
        QCOMPARE(table->item(1, 0)->background().color(), overdue);
        QCOMPARE(table->item(1, P::FilingColumn)->text(),
                 QString::fromUtf8("non déposée, en retard de 17 jours"));
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

    // Filed late, and a DSP not yet due: what each reads, in French.
    void lateFilingAndNotYetDue()
    {
        ObligationsPanel panel;
        panel.resize(1100, 500);
        panel.show();
        Profile profile;
        profile.status = MagistrateStatus::Titulaire;
        profile.formation = Formation::Siege;
        profile.court = CourtReference{CourtType::TribunalJudiciaire, "Nanterre"};
        profile.rank = Rank::Chef;
        profile.installedOn = QDate(2026, 3, 1); // due 1 May 2026, a month after the clock's 1 April
        panel.setProfile(profile);
        panel.setFilings({Filing{QStringLiteral("p1"),
                                 DeclarationKind::Interets,
                                 DeclarationEvent::Installation,
                                 QDateTime(QDate(2026, 5, 4), QTime(10, 0), Qt::UTC),
                                 QStringLiteral("d1"),
                                 {QStringLiteral("ca-versailles:premier-president")},
                                 {},
                                 {}}});
        auto* table = panel.findChild<QTableWidget*>("obligationsTable");
        QCOMPARE(table->rowCount(), 2);
        QCOMPARE(
            table->item(0, ObligationsPanel::FilingColumn)->text(),
            QString::fromUtf8("déposée le 04/05/2026, 3 jours de retard\xc2\xa0; sans accusé de réception"));
        QCOMPARE(table->item(1, ObligationsPanel::FilingColumn)->text(),
                 QString::fromUtf8("à déposer au plus tard le 01/05/2026"));
        QCOMPARE(panel.obligationStandings().at(0).state, ComplianceState::FiledLate);
        QCOMPARE(panel.obligationStandings().at(1).state, ComplianceState::NotYetDue);
        saveScreenshot(panel, "obligations-late-and-due");
    }

    // ord. 58-1067 art. 3-1 and 3-2: a member of the Conseil constitutionnel has no court, formation or seat;
    // he may preside it, or sit de droit and owe nothing.
    void conseilConstitutionnelMember()
    {
        ObligationsPanel panel;
        panel.resize(1100, 600);
        panel.show();
        auto* status = panel.findChild<QComboBox*>("status");
        auto* rank = panel.findChild<QComboBox*>("rank");
        auto* deDroit = panel.findChild<QCheckBox*>("deDroit");
        QVERIFY(deDroit && !deDroit->isVisible());
        status->setCurrentIndex(status->findData("membre-conseil-constitutionnel"));
        panel.findChild<QDateEdit*>("installedOn")->setDate(QDate(2026, 3, 8));
        for (const char* name : {"formation", "courtType", "seat"}) {
            QVERIFY2(!panel.findChild<QWidget*>(name)->isEnabled(), name);
        }
        QVERIFY(rank->isEnabled() && deDroit->isVisible());
        QCOMPARE(rank->count(), 2);
        auto* table = panel.findChild<QTableWidget*>("obligationsTable");
        QCOMPARE(column(*table, ObligationsPanel::BasisColumn),
                 (QStringList{"ord. 58-1067 art. 3-1", "ord. 58-1067 art. 3-2"}));
        QVERIFY2(
            table->item(0, ObligationsPanel::RecipientsColumn)->text().contains("Conseil constitutionnel"),
            qPrintable(table->item(0, ObligationsPanel::RecipientsColumn)->text()));
        QVERIFY(panel.profile() && panel.profile()->status == MagistrateStatus::MembreConseilConstitutionnel);
        saveScreenshot(panel, "obligations-conseil-constitutionnel");
        // The président: his own DI (Probitas's choice, docs/regimes.md) and his DSP.
        rank->setCurrentIndex(rank->findData("chef"));
        QCOMPARE(panel.profile()->rank, Rank::Chef);
        QCOMPARE(panel.obligationCount(), 2);
        // A member de droit owes nothing, and the panel says why.
        deDroit->setChecked(true);
        QCOMPARE(panel.obligationCount(), 0);
        QVERIFY(panel.profile()->deDroit);
        QVERIFY2(panel.findChild<QLabel*>("message")->text().contains("58-1067"),
                 qPrintable(panel.findChild<QLabel*>("message")->text()));
        // setProfile reads back what the panel describes.
        ObligationsPanel other;
        other.setProfile(*panel.profile());
        QCOMPARE(other.profile()->toJson(), panel.profile()->toJson());
    }

    // LO n° 2023-1058: the IGJ, a service without seat or formation, with its magistrates and its chef.
    void inspectionGenerale_data()
    {
        QTest::addColumn<QString>("rank");
        QTest::addColumn<QString>("regime");
        QTest::addColumn<QStringList>("recipients");
        QTest::newRow("lo-2016: an IGJ magistrate owes nothing") << "magistrat"
                                                                 << "lo-2016" << QStringList();
        QTest::newRow("lo-2023 7-2 I: the magistrate, to the chef")
            << "magistrat"
            << "lo-2023" << QStringList{"inspection-generale-de-la-justice:chef"};
        QTest::newRow("lo-2023 7-2 I: the chef, to the collège")
            << "chef"
            << "lo-2023" << QStringList{"college-de-deontologie"};
    }

    void inspectionGenerale()
    {
        QFETCH(QString, rank);
        QFETCH(QString, regime);
        QFETCH(QStringList, recipients);
        ObligationsPanel panel;
        panel.resize(1100, 600);
        panel.show();
        auto* courtType = panel.findChild<QComboBox*>("courtType");
        courtType->setCurrentIndex(courtType->findData("igj"));
        QVERIFY(!panel.findChild<QWidget*>("seat")->isEnabled());
        QVERIFY(!panel.findChild<QWidget*>("formation")->isEnabled());
        auto* ranks = panel.findChild<QComboBox*>("rank");
        QCOMPARE(ranks->count(), 2);
        ranks->setCurrentIndex(ranks->findData(rank));
        auto* regimes = panel.findChild<QComboBox*>("regime");
        regimes->setCurrentIndex(regimes->findData(regime));
        QVERIFY(panel.profile() && panel.profile()->atInspection);
        QCOMPARE(panel.obligations().size(), std::size_t(recipients.size()));
        if (!recipients.isEmpty()) {
            QCOMPARE(panel.obligations().front().recipients, recipients);
        }
        ObligationsPanel other;
        other.setProfile(*panel.profile());
        QCOMPARE(other.profile()->toJson(), panel.profile()->toJson());
        if (rank == "chef" && regime == "lo-2023") {
            saveScreenshot(panel, "obligations-igj-chef");
        }
    }

    // The store's regime is named, with why, and no longer chosen.
    void regimeNamedWithWhy()
    {
        ObligationsPanel panel;
        panel.resize(1100, 600);
        panel.show();
        panel.setRegime("lo-2023", QString::fromUtf8("le texte que ce registre applique"));
        auto* text = panel.findChild<QLabel*>("regimeText");
        QVERIFY(text->isVisible());
        QVERIFY(!panel.findChild<QComboBox*>("regime")->isVisible());
        QCOMPARE(text->text(),
                 QString::fromUtf8("<b>Texte appliqué</b>\xc2\xa0: Loi organique n° 2023-1058 du 20 novembre "
                                   "2023, le texte que ce registre applique."));
        QVERIFY(!text->toolTip().isEmpty());
        QCOMPARE(panel.findChild<QComboBox*>("regime")->currentData().toString(), "lo-2023");
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
