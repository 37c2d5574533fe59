// The guided filling, driven as a magistrate would: by object name, typing, clicking, the keyboard alone.
// Screenshots of every step and the first page of each PDF land in PROBITAS_TEST_ARTIFACTS.
#include "Clock.h"
#include "DeclarationPdf.h"
#include "DeclarationView.h"
#include "DeclarationWizard.h"
#include "EntryDialog.h"
#include "FieldEditors.h"
#include "FieldFormat.h"
#include "GuiTestSupport.h"
#include "ItemPage.h"
#include "ProductFrench.h"
#include "Quantities.h"
#include "Validator.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPlainTextEdit>
#include <QProcess>
#include <QPushButton>
#include <QRadioButton>
#include <QScrollBar>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTextBrowser>
#include <QTextDocument>
#include <QTextLayout>
#include <QTimer>

using namespace probitas;
using namespace probitas::testing;

namespace {

QString artifacts()
{
    const QString directory = qEnvironmentVariable("PROBITAS_TEST_ARTIFACTS", QDir::tempPath());
    QDir().mkpath(directory);
    return directory;
}

// A new DI for a juge of the siège at the tribunal judiciaire of Nanterre: nothing filled in yet.
Declaration newInterets()
{
    const Declaration filled = sample(QStringLiteral("di-valid.json"));
    Declaration declaration;
    declaration.schema = filled.schema;
    declaration.kind = DeclarationKind::Interets;
    declaration.event = DeclarationEvent::Installation;
    declaration.profile = filled.profile;
    return declaration;
}

// Clicks "Ajouter…" on an item's page and fills the dialog that opens with `fill`.
void addThroughDialog(ItemPage& page, const std::function<void(EntryDialog&)>& fill)
{
    bool done = false;
    QTimer::singleShot(0, &page, [&] {
        auto* dialog = qobject_cast<EntryDialog*>(QApplication::activeModalWidget());
        QVERIFY(dialog);
        fill(*dialog);
        clickOk(*dialog);
        QCOMPARE(dialog->result(), int(QDialog::Accepted));
        done = true;
    });
    QTest::mouseClick(child<QPushButton>(page, "addEntry"), Qt::LeftButton);
    QVERIFY(done);
}

QString stepSlug(const DeclarationWizard& wizard, int step)
{
    const QWidget* page = wizard.findChild<QStackedWidget*>(QStringLiteral("stepPages"))->widget(step);
    return page->objectName().section(QLatin1Char('.'), 1);
}

void screenshotEverySteps(DeclarationWizard& wizard, const QString& prefix)
{
    for (int step = 0; step < wizard.stepCount(); ++step) {
        wizard.setCurrentStep(step);
        saveScreenshot(wizard, QStringLiteral("wizard-%1-%2-%3")
                                   .arg(prefix)
                                   .arg(step + 1, 2, 10, QLatin1Char('0'))
                                   .arg(stepSlug(wizard, step)));
    }
}

// No-break spaces (French typography) read as spaces in the assertions.
QString plain(QString text)
{
    return text.replace(QChar(0x00A0), QLatin1Char(' ')).replace(QChar(0x202F), QLatin1Char(' '));
}

QString pdfText(const QString& pdf, bool layout = true)
{
    QProcess process;
    // -layout keeps the footer on one line but drops diagonal text (the watermark), which -raw keeps.
    process.start(QStringLiteral("pdftotext"),
                  layout ? QStringList{QStringLiteral("-layout"), pdf, QStringLiteral("-")}
                         : QStringList{QStringLiteral("-raw"), pdf, QStringLiteral("-")});
    if (!process.waitForFinished(30000) || process.exitCode() != 0) {
        return {};
    }
    // Compatibility forms: the PDF's text keeps the font's ligatures ("ﬁ" in "Confidentiel").
    return plain(
        QString::fromUtf8(process.readAllStandardOutput()).normalized(QString::NormalizationForm_KC));
}

// Where a line of the laid-out document starts inside a word ("Mensualit|é", "12,|50 €"): a line may start
// after a space, a hyphen or a slash, never elsewhere.
QStringList cutWords(QTextDocument& document)
{
    QStringList cuts;
    for (QTextBlock block = document.begin(); block.isValid(); block = block.next()) {
        const QTextLayout* layout = block.layout();
        const QString text = block.text();
        for (int line = 1; layout && line < layout->lineCount(); ++line) {
            const int start = layout->lineAt(line).textStart();
            if (start <= 0 || start >= text.size()) {
                continue;
            }
            const QChar before = text.at(start - 1);
            if (!before.isSpace() && !QStringLiteral("-/\u2010\u2013\u2014").contains(before)) {
                cuts << text.left(start) + QStringLiteral("|") + text.mid(start);
            }
        }
    }
    return cuts;
}

} // namespace

class TestDeclarationWizard : public QObject
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

    // A DI from nothing to "Signer et déposer": header, two items through their dialogs, the rest néant.
    void fillsAndFilesADeclarationOfInterests()
    {
        DeclarationWizard wizard;
        QSignalSpy changed(&wizard, &DeclarationWizard::changed);
        QSignalSpy filed(&wizard, &DeclarationWizard::signAndFileRequested);
        wizard.setDeclaration(newInterets(), interets());
        wizard.resize(1280, 800);
        wizard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&wizard));

        const int itemCount = int(interets().itemsFor(DeclarationEvent::Installation).size());
        QCOMPARE(wizard.stepCount(), itemCount + 3);
        auto* steps = child<QListWidget>(wizard, "steps");
        QCOMPARE(steps->count(), wizard.stepCount());
        QCOMPARE(steps->item(0)->data(Qt::UserRole).toString(), QString("Déclarant"));
        QCOMPARE(steps->item(itemCount + 1)->data(Qt::UserRole).toString(), QString("Récapitulatif"));
        QCOMPARE(steps->item(itemCount + 2)->data(Qt::UserRole).toString(), QString("Attestation et dépôt"));
        for (int step = 0; step <= itemCount; ++step) {
            QCOMPARE(wizard.stepState(step), DeclarationWizard::StepState::Unanswered);
            QVERIFY(steps->item(step)->text().startsWith(QStringLiteral("•")));
        }
        QVERIFY(!steps->accessibleName().isEmpty());
        saveScreenshot(wizard, QStringLiteral("wizard-di-00-empty"));

        // The header, typed.
        QWidget& declarant = *wizard.findChild<QWidget*>(QStringLiteral("step.declarant"));
        type(declarant, "nom", QStringLiteral("Durand-Lefèvre"));
        type(declarant, "prenom", QStringLiteral("Hélène"));
        type(declarant, "dateNaissance", "12041979");
        type(declarant, "fonctions", "Juge des enfants");
        type(declarant, "juridiction", "Tribunal judiciaire de Nanterre");
        type(declarant, "dateInstallation", "15012026");
        type(declarant, "courriel", "helene.durand-lefevre@justice.fr");
        QVERIFY(changed.count() > 0);
        QCOMPARE(wizard.stepState(0), DeclarationWizard::StepState::Answered);
        QVERIFY(steps->item(0)->text().startsWith(QStringLiteral("✓")));

        // 5°: a participation, through its dialog.
        ItemPage* shares = wizard.itemPage("participationsFinancieres");
        QVERIFY(shares);
        wizard.setCurrentStep(5);
        QCOMPARE(wizard.currentStep(), 5);
        QCOMPARE(steps->currentRow(), 5);
        addThroughDialog(*shares, [](EntryDialog& dialog) {
            type(dialog, "societe", QStringLiteral("Lumière Conseil SAS"));
            type(dialog, "capitalDetenu", "25,5");
            type(dialog, "nombreParts", "255");
            type(dialog, "valeur", "12750");
        });
        QCOMPARE(shares->entries().size(), std::size_t(1));
        // 6°: the spouse's activity.
        ItemPage* spouse = wizard.itemPage("activitesConjoint");
        addThroughDialog(*spouse, [](EntryDialog& dialog) {
            type(dialog, "identite", QStringLiteral("Marc Lefèvre"));
            choose(dialog, "lien", "conjoint");
            child<QPlainTextEdit>(dialog, "activite")
                ->setPlainText(QStringLiteral("Ingénieur en génie civil"));
            type(dialog, "employeur", "Vinci Construction");
        });
        QCOMPARE(spouse->entries().size(), std::size_t(1));

        // Everything else: néant, except 8° for now.
        for (const ItemDefinition* item : interets().itemsFor(DeclarationEvent::Installation)) {
            if (item->id != "participationsFinancieres" && item->id != "activitesConjoint" &&
                item->id != "mandatsElectifs") {
                QTest::mouseClick(child<QRadioButton>(*wizard.itemPage(item->id), "neant"), Qt::LeftButton);
            }
        }
        QCOMPARE(wizard.stepState(1), DeclarationWizard::StepState::Neant);
        QVERIFY2(steps->item(1)->text().contains(QStringLiteral("Néant")),
                 qPrintable(steps->item(1)->text()));
        QCOMPARE(wizard.stepState(5), DeclarationWizard::StepState::Answered);
        QCOMPARE(wizard.stepState(6), DeclarationWizard::StepState::Answered);
        QCOMPARE(wizard.stepState(8), DeclarationWizard::StepState::Unanswered);
        QVERIFY(steps->item(5)->text().startsWith(QStringLiteral("✓")));
        QVERIFY(steps->item(8)->text().startsWith(QStringLiteral("•")));

        // The attestation step: recipients, text, penalty, and the sign button held back.
        const int attestationStep = wizard.stepCount() - 1;
        wizard.setCurrentStep(attestationStep);
        QWidget& attestation = *wizard.findChild<QWidget*>(QStringLiteral("step.attestation"));
        const QString recipients = plain(child<QLabel>(attestation, "recipients")->text());
        QVERIFY2(recipients.contains(QStringLiteral("Président — tribunal judiciaire de Nanterre")),
                 qPrintable(recipients));
        QVERIFY2(recipients.contains(QStringLiteral("art. 7-2, I, 1°")), qPrintable(recipients));
        QVERIFY(
            child<QLabel>(attestation, "attestationText")->text().contains("exhaustive, exacte et sincère"));
        QVERIFY(child<QLabel>(attestation, "penalty")->text().contains("art. 7-2, IV"));
        auto* attest = child<QCheckBox>(attestation, "attest");
        auto* sign = child<QPushButton>(attestation, "signAndFile");
        QVERIFY(!sign->accessibleName().isEmpty());
        QVERIFY(!sign->isEnabled());
        // 8° is unanswered: an error, listed, and its link leads to 8°'s step.
        auto* errors = child<QListWidget>(attestation, "errors");
        QCOMPARE(errors->count(), 1);
        QCOMPARE(errors->item(0)->data(Qt::UserRole).toString(), QString("items.mandatsElectifs"));
        attest->setChecked(true);
        QVERIFY2(!sign->isEnabled(), "an error remains: no signing even when attested");
        saveScreenshot(wizard, QStringLiteral("wizard-di-98-attestation-with-error"));
        QTest::mouseClick(errors->viewport(), Qt::LeftButton, {},
                          errors->visualItemRect(errors->item(0)).center());
        QCOMPARE(wizard.currentStep(), 8);
        QTest::mouseClick(child<QRadioButton>(*wizard.itemPage("mandatsElectifs"), "neant"), Qt::LeftButton);
        QCOMPARE(wizard.stepState(8), DeclarationWizard::StepState::Neant);
        QVERIFY2(!attest->isChecked(), "an edit withdraws the attestation");

        // The summary: the declaration as it will be signed.
        wizard.setCurrentStep(attestationStep - 1);
        const QString summary = plain(wizard.findChild<QWidget*>("step.summary")
                                          ->findChild<QTextBrowser*>("declarationBrowser")
                                          ->toPlainText());
        QVERIFY(summary.contains(QStringLiteral("Durand-Lefèvre")));
        QVERIFY(summary.contains(QStringLiteral("Lumière Conseil SAS")));
        QVERIFY(summary.contains(QStringLiteral("12 750,00 €")) ||
                summary.contains(QStringLiteral("12 750 €")));
        QVERIFY(summary.contains(QStringLiteral("Néant")));
        QVERIFY(!child<QTextBrowser>(wizard, "changes")->isVisibleTo(&wizard));

        wizard.setCurrentStep(attestationStep);
        QVERIFY(!sign->isEnabled());
        QCOMPARE(errors->count(), 0);
        attest->setChecked(true);
        QVERIFY(sign->isEnabled());
        QCOMPARE(wizard.stepState(attestationStep), DeclarationWizard::StepState::Answered);
        screenshotEverySteps(wizard, QStringLiteral("di"));

        wizard.setCurrentStep(attestationStep);
        QTest::mouseClick(sign, Qt::LeftButton);
        QCOMPARE(filed.count(), 1);
        const auto declaration = filed.at(0).at(0).value<Declaration>();
        const auto decoded = DeclarationCodec::decode(DeclarationCodec::encode(declaration));
        QVERIFY2(decoded.ok(), decoded.ok() ? "" : qPrintable(decoded.error().message));
        const ValidationReport report = Validator(interets()).validate(*decoded);
        QVERIFY2(!report.hasErrors(), qPrintable(report.issues.value(0).message));
        QCOMPARE(decoded->declarant.text("prenom"), QStringLiteral("Hélène"));
        QCOMPARE(decoded->declarant.date("dateInstallation"), QDate(2026, 1, 15));
        QCOMPARE(decoded->answer("participationsFinancieres")->entries.at(0).number("valeur"),
                 std::optional<qint64>(1275000));
        QVERIFY(decoded->answer("activitesProfessionnelles")->neant);
    }

    // Ctrl+PgDown / Ctrl+PgUp from wherever the focus is; the list itself moves with the arrows.
    void keyboardOnly()
    {
        DeclarationWizard wizard;
        wizard.setDeclaration(newInterets(), interets());
        wizard.resize(1280, 800);
        wizard.show();
        wizard.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&wizard));
        QCOMPARE(wizard.currentStep(), 0);

        auto* steps = child<QListWidget>(wizard, "steps");
        steps->setFocus();
        QTest::keyClick(steps, Qt::Key_PageDown, Qt::ControlModifier);
        QCOMPARE(wizard.currentStep(), 1);
        QTest::keyClick(steps, Qt::Key_Down);
        QCOMPARE(wizard.currentStep(), 2);
        // From inside a page: the "Néant" radio button of the step shown.
        auto* neant = child<QRadioButton>(*wizard.itemPage("activitesAnterieures"), "neant");
        neant->setFocus();
        QTest::keyClick(neant, Qt::Key_Space);
        QCOMPARE(wizard.stepState(2), DeclarationWizard::StepState::Neant);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_PageDown, Qt::ControlModifier);
        QCOMPARE(wizard.currentStep(), 3);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_PageUp, Qt::ControlModifier);
        QCOMPARE(wizard.currentStep(), 2);
        // The buttons, by keyboard too.
        auto* nextButton = child<QPushButton>(wizard, "nextStep");
        QVERIFY(!nextButton->accessibleName().isEmpty());
        nextButton->setFocus();
        QTest::keyClick(nextButton, Qt::Key_Space);
        QCOMPARE(wizard.currentStep(), 3);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_PageUp, Qt::ControlModifier);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_PageUp, Qt::ControlModifier);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_PageUp, Qt::ControlModifier);
        QCOMPARE(wizard.currentStep(), 0);
        QVERIFY(!child<QPushButton>(wizard, "previousStep")->isEnabled());
    }

    // The read-only tables of the summary, at 1280x800: no word cut across lines, every page of it on
    // screen. ctest runs this test again with QT_SCALE_FACTOR=2 (device pixel ratio 2).
    void summaryTablesCutNoWord_data()
    {
        QTest::addColumn<QString>("file");
        QTest::newRow("dsp") << "dsp-valid.json";
        QTest::newRow("di") << "di-valid.json";
    }

    void summaryTablesCutNoWord()
    {
        QFETCH(QString, file);
        const Declaration declaration = sample(file);
        DeclarationWizard wizard;
        wizard.setDeclaration(declaration, *FormCatalog::builtIn().find(declaration.schema));
        wizard.resize(1280, 800);
        wizard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&wizard));
        wizard.setCurrentStep(wizard.stepCount() - 2);
        auto* browser =
            wizard.findChild<QWidget*>("step.summary")->findChild<QTextBrowser*>("declarationBrowser");
        QCoreApplication::processEvents();
        QScrollBar* scroll = browser->verticalScrollBar();
        for (int page = 1; page <= 30; ++page) {
            saveScreenshot(wizard, QStringLiteral("summary-%1-%2")
                                       .arg(file.section(QLatin1Char('-'), 0, 0))
                                       .arg(page, 2, 10, QLatin1Char('0')));
            if (scroll->value() >= scroll->maximum()) {
                break;
            }
            scroll->setValue(scroll->value() + scroll->pageStep());
        }
        const QStringList cuts = cutWords(*browser->document());
        QVERIFY2(cuts.isEmpty(), qPrintable(cuts.join(QLatin1Char('\n'))));
    }

    // The DSP of a président de tribunal: its summary totals, its recipient, every step on screen.
    void patrimoineSummaryTotals()
    {
        const Declaration dsp = sample(QStringLiteral("dsp-valid.json"));
        DeclarationWizard wizard;
        wizard.setDeclaration(dsp, patrimoine());
        wizard.resize(1280, 800);
        wizard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&wizard));
        QCOMPARE(wizard.stepCount(), int(patrimoine().itemsFor(dsp.event).size()) + 3);

        qint64 assets = 0;
        qint64 liabilities = 0;
        for (const ItemDefinition* item : patrimoine().itemsFor(dsp.event)) {
            const ItemAnswer* answer = dsp.answer(item->id);
            if (const auto totals = computeTotals(*item, answer ? answer->entries : EntryList())) {
                (item->liability ? liabilities : assets) += totals->total;
            }
        }
        QVERIFY(assets > 0);
        wizard.setCurrentStep(wizard.stepCount() - 2);
        const QString summary = plain(wizard.findChild<QWidget*>("step.summary")
                                          ->findChild<QTextBrowser*>("declarationBrowser")
                                          ->toPlainText());
        QVERIFY2(summary.contains(plain(formatEuros(assets))), qPrintable(formatEuros(assets)));
        QVERIFY(summary.contains(plain(formatEuros(liabilities))));
        QVERIFY(summary.contains(plain(formatEuros(assets - liabilities))));

        wizard.setCurrentStep(wizard.stepCount() - 1);
        QWidget& attestation = *wizard.findChild<QWidget*>(QStringLiteral("step.attestation"));
        const QString recipients = plain(child<QLabel>(attestation, "recipients")->text());
        QVERIFY2(
            recipients.contains(QStringLiteral("Haute Autorité pour la transparence de la vie publique")),
            qPrintable(recipients));
        QVERIFY(recipients.contains(QStringLiteral("art. 7-3")));
        QVERIFY(child<QLabel>(attestation, "penalty")->text().contains("art. 7-3, VII"));
        child<QCheckBox>(attestation, "attest")->setChecked(true);
        QVERIFY(child<QPushButton>(attestation, "signAndFile")->isEnabled());
        screenshotEverySteps(wizard, QStringLiteral("dsp"));

        // Under the store's regime, not the rules' default: after LO 2023-1058, art. 7-3 is gone and no
        // magistrate owes the HATVP a DSP.
        wizard.setRegime(QStringLiteral("lo-2023"));
        wizard.setCurrentStep(wizard.stepCount() - 2);
        wizard.setCurrentStep(wizard.stepCount() - 1);
        const QString underLo2023 = plain(child<QLabel>(attestation, "recipients")->text());
        QVERIFY2(!underLo2023.contains(QStringLiteral("Haute Autorité")), qPrintable(underLo2023));
    }

    // Continuing from a filed declaration: the summary says what changed.
    void summaryShowsChangesSincePrevious()
    {
        const Declaration previous = sample(QStringLiteral("di-valid.json"));
        Declaration start = previous;
        start.event = DeclarationEvent::Modification;
        DeclarationWizard wizard;
        wizard.setDeclaration(start, interets(), previous);
        wizard.resize(1280, 800);
        wizard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&wizard));

        wizard.setCurrentStep(wizard.stepCount() - 2);
        auto* changes = child<QTextBrowser>(wizard, "changes");
        QVERIFY(changes->isVisibleTo(&wizard));
        QVERIFY2(plain(changes->toPlainText()).contains(QStringLiteral("Aucune modification")),
                 qPrintable(changes->toPlainText()));

        ItemPage* shares = wizard.itemPage("participationsFinancieres");
        shares->setConfirmation([](const QString&) { return true; });
        shares->setMode(ItemPage::Mode::Neant);
        ItemPage* volunteer = wizard.itemPage("fonctionsBenevoles");
        volunteer->setMode(ItemPage::Mode::Entries);
        Entry entry;
        entry.values["structure"] = QStringLiteral("Restos du cœur");
        entry.values["description"] = QStringLiteral("Bénévole");
        entry.values["debut"] = YearMonth{2024, 1};
        volunteer->addEntry(entry);
        wizard.setCurrentStep(wizard.stepCount() - 2);
        const QString text = plain(changes->toPlainText());
        QVERIFY2(text.contains(QStringLiteral("5° ")) &&
                     text.contains(QStringLiteral("désormais «Néant»")) == false,
                 qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("Néant")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("7° ")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("désormais 1 élément")), qPrintable(text));
        saveScreenshot(wizard, QStringLiteral("wizard-di-modification-summary"));
    }

    void exportsPdf_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<bool>("draft");
        QTest::addColumn<QString>("article");
        QTest::newRow("di-filed") << "di-valid.json" << false << "7-2";
        QTest::newRow("di-draft") << "di-valid.json" << true << "7-2";
        QTest::newRow("dsp-filed") << "dsp-valid.json" << false << "7-3";
        QTest::newRow("dsp-draft") << "dsp-valid.json" << true << "7-3";
    }
    void exportsPdf()
    {
        QFETCH(QString, file);
        QFETCH(bool, draft);
        QFETCH(QString, article);
        const Declaration declaration = sample(file);
        const FormDefinition& definition = *FormCatalog::builtIn().find(declaration.schema);
        const QString name = QString(QTest::currentDataTag());
        const QString path = QDir(artifacts()).filePath(QStringLiteral("declaration-%1.pdf").arg(name));
        QFile::remove(path);
        const Status written =
            exportPdf(declaration, definition, path, PdfOptions{draft, QStringLiteral("01/04/2026 09:00")});
        QVERIFY2(written.ok(), written.ok() ? "" : qPrintable(written.error().message));
        QVERIFY(QFile(path).size() > 1000);

        if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty()) {
            QSKIP("pdftotext (poppler-utils) is not installed: the PDF's text cannot be checked");
        }
        const QString text = pdfText(path);
        QVERIFY2(!text.isEmpty(), "pdftotext failed");
        const QString notice =
            QStringLiteral("Confidentiel — art. %1 de l'ordonnance n° 58-1270 ; divulgation "
                           "punie (art. 226-1 du code pénal)")
                .arg(article);
        // The notice is on every page: as many times as there are "Page n / N".
        QVERIFY2(text.contains(notice), qPrintable(text.left(3000)));
        QCOMPARE(text.count(notice), text.count(QRegularExpression(QStringLiteral("Page \\d+ / \\d+"))));
        QVERIFY(text.contains(QStringLiteral("Page 1 / ")));
        QVERIFY(text.contains(QStringLiteral("Néant")));
        QVERIFY(text.contains(definition.title().french));
        const QString watermark = QStringLiteral("Version en cours d'élaboration");
        const QString flat = pdfText(path, false).remove(QRegularExpression(QStringLiteral("\\s")));
        const QString flatWatermark = QString(watermark).remove(QLatin1Char(' '));
        QCOMPARE(flat.contains(flatWatermark), draft);
        if (draft) {
            QCOMPARE(flat.count(flatWatermark), text.count(notice));
        }

        if (!QStandardPaths::findExecutable(QStringLiteral("pdftoppm")).isEmpty()) {
            const QString prefix =
                QDir(artifacts()).filePath(QStringLiteral("declaration-%1-page").arg(name));
            QProcess::execute(QStringLiteral("pdftoppm"),
                              {QStringLiteral("-png"), QStringLiteral("-r"), QStringLiteral("60"),
                               QStringLiteral("-f"), QStringLiteral("1"), QStringLiteral("-l"),
                               QStringLiteral("1"), QStringLiteral("-singlefile"), path, prefix});
            QVERIFY(QFile::exists(prefix + QStringLiteral(".png")));
        }
    }

    void pdfWriteFailureNamesThePath()
    {
        QTemporaryDir directory;
        const QString path = directory.filePath(QStringLiteral("absent/declaration.pdf"));
        const Status written = exportPdf(sample(QStringLiteral("di-valid.json")), interets(), path);
        QVERIFY(!written.ok());
        QCOMPARE(written.error().kind, ErrorKind::Environment);
        QVERIFY2(written.error().message.contains(path), qPrintable(written.error().message));
    }

private:
    ProductFrench m_french;
};

QTEST_MAIN(TestDeclarationWizard)
#include "tst_declarationwizard.moc"
