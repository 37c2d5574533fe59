// The HATVP's control of a DSP (art. 7-3 IV to VI of ord. 58-1270; art. 3-2 IV to VI of ord. 58-1067) driven
// through the GUI, each party in their own window on the same demo store, in French: the HATVP finds the
// demo's control of the président's DSP awaiting his answer and the member of the Conseil constitutionnel's
// DSP not controlled yet; it asks her for explanations (under art. 3-2), enjoins the président and asks for
// his tax returns; the président reads what is awaited of him in "Mes propres déclarations", answers both
// acts and exports the injonction with his answer as a PDF; the HATVP reads the answers and concludes; the
// président reads the outcome. Screenshots land in PROBITAS_TEST_ARTIFACTS ("control-*").
#include "AppTestSupport.h"
#include "AuditActions.h"
#include "AuthorityWorkspace.h"
#include "Clock.h"
#include "ControlWorkspace.h"
#include "DeclarantWorkspace.h"
#include "GuiTestSupport.h"
#include "MainWindow.h"
#include "ProductFrench.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QProcess>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTextBrowser>

using namespace probitas;
using namespace probitas::testing;

namespace {

const QString kHatvp = QStringLiteral("Haute Autorité");
const QString kPresident = QStringLiteral("Jean-Baptiste");
const QString kMember = QStringLiteral("Mathilde Vasseur");

const QString kInjonctionText =
    QStringLiteral("Faute de réponse à notre demande d'explications, nous vous enjoignons de nous les "
                   "communiquer dans le délai d'un mois.");
const QString kAnswerText = QStringLiteral("L'apport de 120 000 euros provient de la donation de ma mère, "
                                           "enregistrée en 2008 ; l'acte notarié est joint.");
const QString kConclusionText =
    QStringLiteral("Au vu de l'acte de donation produit, la variation de votre patrimoine est justifiée.");

QDateTime at(const char* iso)
{
    return QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODate);
}

QString pdfText(const QString& path)
{
    return probitas::testing::pdfText(path, QStringLiteral("control-")).simplified();
}

int rowOf(const gui::ControlWorkspace& controls, const QString& declarant)
{
    QTableWidget& table = *controls.table();
    for (int row = 0; row < table.rowCount(); ++row) {
        if (table.item(row, gui::ControlWorkspace::DeclarantColumn)->text() == declarant) {
            return row;
        }
    }
    return -1;
}

// French puts a no-break space before a colon: compared as a space.
QString plain(QString text)
{
    return text.replace(QChar(0x00A0), QLatin1Char(' '));
}

QString cellText(const gui::ControlWorkspace& controls, int row, int column)
{
    return plain(controls.table()->item(row, column)->text());
}

// Selects the row and waits until its control is opened.
void openRow(gui::ControlWorkspace& controls, int row)
{
    QSignalSpy opened(&controls, &gui::ControlWorkspace::controlOpened);
    controls.selectRow(row);
    QTRY_VERIFY_WITH_TIMEOUT(opened.count() == 1, 30000);
}

// Runs an act through the view with what `input` says, and waits for the list read again after it.
void act(gui::ControlWorkspace& controls, store::ControlActKind kind, gui::ControlActInput input)
{
    QSignalSpy acted(&controls, &gui::ControlWorkspace::acted);
    QSignalSpy listed(&controls, &gui::ControlWorkspace::listed);
    controls.actInputProvider = [input](store::ControlActKind asked, const QString&) {
        gui::ControlActInput given = input;
        given.kind = asked;
        return std::optional<gui::ControlActInput>(given);
    };
    controls.act(kind);
    QTRY_VERIFY_WITH_TIMEOUT(acted.count() == 1, 30000);
    QTRY_VERIFY_WITH_TIMEOUT(listed.count() >= 1 && !controls.isBusy(), 30000);
}

int countActions(const store::Store& store, const QString& action)
{
    auto entries = store.audit().entries({action});
    return entries ? int(entries->size()) : -1;
}

} // namespace

class TestGuiControl : public QObject
{
    Q_OBJECT

    QTemporaryDir m_directory;
    DemoTemplate m_demo;
    ProductFrench m_french;

    static void openAs(MainWindow& window, const DemoCopy& demo, const QString& who)
    {
        startWindow(window, demo);
        unlockAs(window, who, demo.passphrase(who));
        QVERIFY(window.session());
    }

    // The HATVP's tab of controls, shown and read.
    static gui::ControlWorkspace& hatvpControls(MainWindow& window)
    {
        gui::AuthorityWorkspace& workspace = *window.authorityWorkspace();
        workspace.tabs()->setCurrentIndex(workspace.controlsTabIndex());
        gui::ControlWorkspace* controls = workspace.controls();
        if (!QTest::qWaitFor([controls] { return !controls->isBusy(); }, 30000)) {
            qWarning("the controls are still being read");
        }
        return *controls;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_directory.isValid());
        qputenv("TZ", "UTC");
        QVERIFY(prepareFrenchApplication(m_french));
        // The demo is made on Monday 1 June 2026: the HATVP's request to the président is of that day.
        Clock::setForTesting(at("2026-06-01T09:00:00Z"));
        QVERIFY(m_demo.create(m_directory.path()));
    }

    void cleanupTestCase() { Clock::reset(); }

    void controlFromRequestToConclusion()
    {
        const DemoCopy demo = m_demo.copyTo(m_directory.filePath("copy"));

        // ---- Tuesday 9 June: the HATVP's dashboard of controls.
        Clock::setForTesting(at("2026-06-09T08:00:00Z"));
        {
            MainWindow window;
            openAs(window, demo, kHatvp);
            QVERIFY(window.authorityWorkspace()->controls());
            gui::ControlWorkspace& controls = hatvpControls(window);
            // The demo's control first (in progress), then the member's DSP, not controlled yet.
            QCOMPARE(controls.table()->rowCount(), 2);
            QCOMPARE(rowOf(controls, "Jean-Baptiste Moreau"), 0);
            QCOMPARE(rowOf(controls, kMember), 1);
            QCOMPARE(cellText(controls, 0, gui::ControlWorkspace::StatusColumn), QString("en cours"));
            QCOMPARE(cellText(controls, 0, gui::ControlWorkspace::StateColumn),
                     QString("réponse attendue à la demande du 01/06/2026"));
            QVERIFY2(cellText(controls, 0, gui::ControlWorkspace::DeadlineColumn).contains("avant le "),
                     qPrintable(cellText(controls, 0, gui::ControlWorkspace::DeadlineColumn)));
            QCOMPARE(cellText(controls, 1, gui::ControlWorkspace::StatusColumn), QString("non contrôlée"));
            QVERIFY2(controls.message()->text().contains("1 contrôle en cours"),
                     qPrintable(controls.message()->text()));
            QVERIFY(mnemonicConflicts(&window).isEmpty());

            // A member of the Conseil constitutionnel: the request's basis is ord. 58-1067 art. 3-2 IV.
            controls.selectRow(1);
            QVERIFY(controls.actView()->toPlainText().contains("Aucun contrôle"));
            QVERIFY(child<QPushButton>(window, "controlRequest")->isEnabled());
            saveScreenshot(window, "control-01-hatvp-dashboard");
            act(controls, store::ControlActKind::ExplanationRequest,
                {store::ControlActKind::ExplanationRequest,
                 "Merci de préciser la valeur retenue pour la maison de Sceaux.",
                 {},
                 {},
                 false,
                 {}});
            const int member = rowOf(controls, kMember);
            QCOMPARE(cellText(controls, member, gui::ControlWorkspace::StatusColumn), QString("en cours"));
            QTRY_VERIFY_WITH_TIMEOUT(controls.opened().has_value(), 30000);
            QVERIFY2(controls.actView()->toPlainText().contains("Art. 3-2 IV de l'ordonnance n° 58-1067"),
                     qPrintable(controls.actView()->toPlainText()));

            // The président: an injonction to answer the request, and his tax returns with his spouse's.
            openRow(controls, rowOf(controls, "Jean-Baptiste Moreau"));
            QCOMPARE(controls.acts()->count(), 1);
            QVERIFY(controls.actView()->toPlainText().contains("apport personnel"));
            // The garde des sceaux is seized only once an injonction's month ran out: refused, said so.
            QSignalSpy failed(&controls, &gui::ControlWorkspace::failed);
            controls.actInputProvider = [](store::ControlActKind, const QString&) {
                gui::ControlActInput input;
                input.kind = store::ControlActKind::Conclusion;
                input.outcome = store::ControlOutcome::GardeDesSceaux;
                input.text = "Saisine.";
                return std::optional<gui::ControlActInput>(input);
            };
            controls.act(store::ControlActKind::Conclusion);
            QTRY_VERIFY_WITH_TIMEOUT(failed.count() == 1, 30000);
            QVERIFY2(controls.message()->text().contains("garde des sceaux"),
                     qPrintable(controls.message()->text()));

            gui::ControlActInput injonction;
            injonction.text = kInjonctionText;
            injonction.grounds = store::InjonctionGrounds::Unanswered;
            act(controls, store::ControlActKind::Injonction, injonction);
            gui::ControlActInput taxReturns;
            taxReturns.text = "Merci de nous adresser vos deux dernières déclarations de revenus.";
            taxReturns.includingPartner = true;
            act(controls, store::ControlActKind::TaxReturnsRequest, taxReturns);
            const int president = rowOf(controls, "Jean-Baptiste Moreau");
            QVERIFY2(cellText(controls, president, gui::ControlWorkspace::DeadlineColumn)
                         .contains("injonction : avant le 09/07/2026"),
                     qPrintable(cellText(controls, president, gui::ControlWorkspace::DeadlineColumn)));
            QCOMPARE(cellText(controls, president, gui::ControlWorkspace::StateColumn),
                     QString("réponse à l'injonction attendue avant le 09/07/2026"));
            QTRY_COMPARE_WITH_TIMEOUT(controls.acts()->count(), 3, 30000);
            saveScreenshot(window, "control-02-hatvp-injonction");
        }

        // ---- Wednesday 10 June: the président reads what the HATVP awaits, answers, exports the injonction.
        Clock::setForTesting(at("2026-06-10T08:00:00Z"));
        QString pdfPath = m_directory.filePath("injonction.pdf");
        {
            MainWindow window;
            openAs(window, demo, kPresident);
            gui::DeclarantWorkspace& own = *window.authorityWorkspace()->ownDeclarations();
            window.authorityWorkspace()->tabs()->setCurrentWidget(&own);
            own.tabs()->setCurrentIndex(1);
            gui::ControlWorkspace& controls = *own.controls();
            QTRY_VERIFY_WITH_TIMEOUT(!controls.isBusy() && controls.isVisible(), 30000);
            QVERIFY(controls.awaitedText()->isVisible());
            const QString awaited = plain(controls.awaitedText()->text());
            QVERIFY2(
                awaited.contains("une demande d'explications du 01/06/2026") &&
                    awaited.contains("une injonction du 09/06/2026, à laquelle répondre avant le 09/07/2026"),
                qPrintable(awaited));
            QVERIFY(mnemonicConflicts(&window).isEmpty());
            saveScreenshot(window, "control-03-declarant-awaited");

            QSignalSpy opened(&controls, &gui::ControlWorkspace::controlOpened);
            QTest::mouseClick(child<QPushButton>(window, "readAwaitedAct"), Qt::LeftButton);
            QTRY_VERIFY_WITH_TIMEOUT(opened.count() == 1, 30000);
            // The first act awaiting his answer is selected: the request.
            QCOMPARE(controls.acts()->currentRow(), 0);
            QVERIFY(child<QPushButton>(window, "controlAnswer")->isEnabled());
            // The HATVP's acts cannot be written from his side.
            QVERIFY(!window.findChild<QPushButton*>("controlRequest"));
            QString shownToHim;
            controls.actInputProvider = [&shownToHim](store::ControlActKind kind, const QString& answered) {
                shownToHim = answered;
                gui::ControlActInput input;
                input.kind = kind;
                input.text = kAnswerText;
                return std::optional<gui::ControlActInput>(input);
            };
            QSignalSpy acted(&controls, &gui::ControlWorkspace::acted);
            controls.act(store::ControlActKind::Answer);
            QTRY_VERIFY_WITH_TIMEOUT(acted.count() == 1 && !controls.isBusy(), 30000);
            QVERIFY(shownToHim.contains("apport personnel")); // he answers with the request before him
            QTRY_VERIFY_WITH_TIMEOUT(controls.opened() && controls.opened()->acts.size() == 4, 30000);
            // Now the injonction is the one awaiting him.
            QVERIFY2(controls.awaitedText()->text().contains("injonction") &&
                         !controls.awaitedText()->text().contains("demande d'explications"),
                     qPrintable(controls.awaitedText()->text()));
            controls.act(store::ControlActKind::Answer);
            QTRY_VERIFY_WITH_TIMEOUT(acted.count() == 2 && !controls.isBusy(), 30000);
            QTRY_VERIFY_WITH_TIMEOUT(controls.opened() && controls.opened()->acts.size() == 5, 30000);
            QVERIFY(!controls.awaitedText()->isVisible());
            QVERIFY(!child<QPushButton>(window, "controlAnswer")->isEnabled());

            // His answer to the injonction: exported, it is the injonction with his answer, as a PDF; the
            // export is in the trail.
            int answerRow = -1;
            for (int row = 0; row < controls.acts()->count(); ++row) {
                if (plain(controls.acts()->item(row)->text())
                        .contains("Réponse à : Injonction du 09/06/2026")) {
                    answerRow = row;
                }
            }
            QVERIFY(answerRow >= 0);
            controls.acts()->setCurrentRow(answerRow);
            QVERIFY(controls.actView()->toPlainText().contains(kAnswerText));
            saveScreenshot(window, "control-04-declarant-answered");
            const int exportsBefore = countActions(*window.session()->store, store::actions::ExportPdf);
            QString suggested;
            controls.pdfPathProvider = [&suggested, pdfPath](const QString& name) {
                suggested = name;
                return pdfPath;
            };
            QTest::mouseClick(child<QPushButton>(window, "controlExportPdf"), Qt::LeftButton);
            QCOMPARE(suggested, QString("HATVP-Injonction-Jean-Baptiste-Moreau-2026-06-09.pdf"));
            QVERIFY2(controls.message()->text().contains("journal d'audit"),
                     qPrintable(controls.message()->text()));
            QCOMPARE(countActions(*window.session()->store, store::actions::ExportPdf), exportsBefore + 1);
        }
        const QString text = pdfText(pdfPath);
        QVERIFY2(text.contains("Injonction") && text.contains("09/07/2026") &&
                     text.contains("Art. 7-3 IV de l'ordonnance n° 58-1270") &&
                     text.contains("L'apport de 120 000 euros provient de la donation"),
                 qPrintable(text));

        // ---- Thursday 11 June: the HATVP reads the answers and concludes.
        Clock::setForTesting(at("2026-06-11T08:00:00Z"));
        {
            MainWindow window;
            openAs(window, demo, kHatvp);
            gui::ControlWorkspace& controls = hatvpControls(window);
            const int president = rowOf(controls, "Jean-Baptiste Moreau");
            QCOMPARE(cellText(controls, president, gui::ControlWorkspace::StateColumn),
                     QString("réponse reçue le 10/06/2026"));
            openRow(controls, president);
            QCOMPARE(controls.acts()->count(), 5);
            gui::ControlActInput conclusion;
            conclusion.text = kConclusionText;
            conclusion.outcome = store::ControlOutcome::Justified;
            act(controls, store::ControlActKind::Conclusion, conclusion);
            const int concluded = rowOf(controls, "Jean-Baptiste Moreau");
            QCOMPARE(cellText(controls, concluded, gui::ControlWorkspace::StatusColumn),
                     QString("conclu le 11/06/2026"));
            // Concluded: listed after the control in progress, and nothing more can be done on it.
            QCOMPARE(concluded, 1);
            QTRY_VERIFY_WITH_TIMEOUT(controls.opened() && controls.opened()->acts.size() == 6, 30000);
            QVERIFY(!child<QPushButton>(window, "controlRequest")->isEnabled());
            QVERIFY(!child<QPushButton>(window, "controlConclude")->isEnabled());
            QVERIFY(controls.actView()->toPlainText().contains(
                "L'évolution de la situation patrimoniale est justifiée."));
            saveScreenshot(window, "control-05-hatvp-concluded");
        }

        // ---- The président reads the outcome; the member reads the request made to her.
        {
            MainWindow window;
            openAs(window, demo, kPresident);
            gui::ControlWorkspace& controls = *window.authorityWorkspace()->ownDeclarations()->controls();
            QTRY_VERIFY_WITH_TIMEOUT(!controls.isBusy() && controls.table()->rowCount() == 1, 30000);
            QCOMPARE(cellText(controls, 0, gui::ControlWorkspace::StatusColumn),
                     QString("conclu le 11/06/2026"));
            QCOMPARE(cellText(controls, 0, gui::ControlWorkspace::StateColumn),
                     QString("L'évolution de la situation patrimoniale est justifiée."));
        }
        {
            MainWindow window;
            openAs(window, demo, kMember);
            gui::DeclarantWorkspace& workspace = *window.declarantWorkspace();
            workspace.tabs()->setCurrentIndex(1);
            gui::ControlWorkspace& controls = *workspace.controls();
            QTRY_VERIFY_WITH_TIMEOUT(!controls.isBusy() && controls.isVisible(), 30000);
            // Under her own text: ord. 58-1067 art. 3-2, not art. 7-3.
            const QString awaited = plain(controls.awaitedText()->text());
            QVERIFY2(awaited.contains("une demande d'explications du 09/06/2026") &&
                         awaited.contains("art. 3-2 de l'ordonnance n° 58-1067, IV et VI"),
                     qPrintable(awaited));
            // Her DI went to the président of the Conseil constitutionnel, never to the HATVP.
            QCOMPARE(controls.table()->rowCount(), 1);
            saveScreenshot(window, "control-06-member-awaited");
        }
    }

    // The dialog each act is written in: "Signer et envoyer" waits for a text; an injonction's grounds, a
    // conclusion's outcomes (never the garde des sceaux for a member of the Conseil constitutionnel, whom
    // art. 3-2 VI does not send to him), the partner's returns; what it says becomes the act's input.
    void actDialogAsksWhatTheActNeeds()
    {
        {
            gui::ControlActDialog dialog(store::ControlActKind::Injonction, false, QString());
            dialog.show();
            auto* sign = child<QPushButton>(dialog, "signAct");
            QVERIFY(!sign->isEnabled());
            auto* grounds = child<QComboBox>(dialog, "injonctionGrounds");
            QCOMPARE(grounds->count(), 2);
            grounds->setCurrentIndex(grounds->findData("unanswered"));
            child<QPlainTextEdit>(dialog, "controlActText")->setPlainText("  Répondez dans le mois.  ");
            QVERIFY(sign->isEnabled());
            saveScreenshot(dialog, "control-07-injonction-dialog");
            QVERIFY(mnemonicConflicts(&dialog).isEmpty());
            const gui::ControlActInput input = dialog.input();
            QCOMPARE(input.kind, store::ControlActKind::Injonction);
            QCOMPARE(input.grounds, store::InjonctionGrounds::Unanswered);
            QCOMPARE(input.text, QString("Répondez dans le mois."));
        }
        const auto outcomes = [](bool conseilConstitutionnel) {
            gui::ControlActDialog dialog(store::ControlActKind::Conclusion, conseilConstitutionnel,
                                         QString());
            QStringList ids;
            auto* outcome = child<QComboBox>(dialog, "controlOutcome");
            for (int index = 0; index < outcome->count(); ++index) {
                ids << outcome->itemData(index).toString();
            }
            return ids;
        };
        QCOMPARE(outcomes(false),
                 (QStringList{"no-observation", "justified", "parquet", "garde-des-sceaux"}));
        QCOMPARE(outcomes(true), (QStringList{"no-observation", "justified", "parquet"}));
        {
            gui::ControlActDialog dialog(store::ControlActKind::TaxReturnsRequest, true, QString());
            child<QCheckBox>(dialog, "includingPartner")->setChecked(true);
            child<QPlainTextEdit>(dialog, "controlActText")->setPlainText("Vos déclarations de revenus.");
            QVERIFY(dialog.input().includingPartner);
            // Her text, not a magistrate's: art. 3-2 of ord. 58-1067.
            bool cited = false;
            for (QLabel* label : dialog.findChildren<QLabel*>()) {
                cited = cited || plain(label->text()).contains("art. 3-2 de l'ordonnance n° 58-1067, V");
            }
            QVERIFY(cited);
        }
        {
            // The answer: the act answered shown above her text.
            gui::ControlActDialog dialog(store::ControlActKind::Answer, false,
                                         "<h1>Injonction</h1><p>Texte</p>");
            dialog.show();
            QVERIFY(child<QTextBrowser>(dialog, "answeredAct")->toPlainText().contains("Injonction"));
            saveScreenshot(dialog, "control-08-answer-dialog");
            QVERIFY(mnemonicConflicts(&dialog).isEmpty());
        }
    }

    // A declarant with no control sees no control section at all.
    void noControlNoSection()
    {
        const DemoCopy demo = m_demo.copyTo(m_directory.filePath("quiet"));
        MainWindow window;
        openAs(window, demo, QStringLiteral("Hélène"));
        gui::DeclarantWorkspace& workspace = *window.declarantWorkspace();
        workspace.tabs()->setCurrentIndex(1);
        QSignalSpy listed(workspace.controls(), &gui::ControlWorkspace::listed);
        workspace.refreshList();
        QTRY_VERIFY_WITH_TIMEOUT(listed.count() >= 1, 30000);
        QVERIFY(workspace.controls()->isEmpty());
        QVERIFY(!workspace.controls()->isVisible());
    }
};

QTEST_MAIN(TestGuiControl)
#include "tst_gui_control.moc"
