// The guided filling's widgets, generated from the built-in form definitions and driven as a person would:
// by object name, typing, clicking OK. Screenshots of every item page land in PROBITAS_TEST_ARTIFACTS.
#include "Clock.h"
#include "DeclarationView.h"
#include "EntryDialog.h"
#include "FieldEditors.h"
#include "FieldFormat.h"
#include "GuiTestSupport.h"
#include "ItemPage.h"
#include "ProductFrench.h"
#include "Quantities.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>
#include <QTextBrowser>
#include <QTimer>
#include <QTranslator>
#include <QUndoStack>

using namespace probitas;
using namespace probitas::testing;

namespace {

Entry entryOf(std::initializer_list<std::pair<const char*, FieldValue>> values)
{
    Entry entry;
    for (const auto& [id, value] : values) {
        entry.values[QString::fromLatin1(id)] = value;
    }
    return entry;
}

} // namespace

class TestDeclarationForms : public QObject
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

    // Every item of both built-in definitions gets a page, filled from the sample documents where they
    // answer it, and a screenshot at the size of a magistrate's laptop screen.
    void everyItemHasAPage_data()
    {
        QTest::addColumn<QString>("schema");
        QTest::addColumn<QString>("itemId");
        QTest::addColumn<QString>("sampleFile");
        for (const auto& [definition, file] : {std::pair{&interets(), QStringLiteral("di-valid.json")},
                                               std::pair{&patrimoine(), QStringLiteral("dsp-valid.json")}}) {
            for (const ItemDefinition& item : definition->items()) {
                const QString name = QStringLiteral("%1-%2").arg(kindId(definition->kind()), item.id);
                QTest::newRow(qPrintable(name)) << definition->schema() << item.id << file;
            }
        }
    }
    void everyItemHasAPage()
    {
        QFETCH(QString, schema);
        QFETCH(QString, itemId);
        QFETCH(QString, sampleFile);
        const FormDefinition& definition = *FormCatalog::builtIn().find(schema);
        const ItemDefinition& item = *definition.findItem(itemId);
        const Declaration declaration = sample(sampleFile);

        ItemPage page(definition, item);
        page.setAnswer(declaration.answer(itemId));
        page.resize(1280, 800);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));

        const QString heading = child<QLabel>(page, "heading")->text();
        QVERIFY2(heading.startsWith(item.number + QLatin1Char(' ')) && heading.contains(item.title.french),
                 qPrintable(heading));
        QVERIFY(child<QLabel>(page, "law")->text().contains(item.law.toHtmlEscaped()));
        QVERIFY(child<QLabel>(page, "law")->text().contains(item.article));
        QCOMPARE(child<QLabel>(page, "help")->text(), item.help.french);
        auto* table = child<QTableView>(page, "entries");
        QCOMPARE(table->model()->columnCount(), int(item.columns.size()));
        QCOMPARE(table->model()->headerData(0, Qt::Horizontal).toString(),
                 item.findField(item.columns.first())->label.french);
        QCOMPARE(child<QLabel>(page, "totals")->isVisibleTo(&page), !item.valueField.isEmpty());

        const ItemAnswer* expected = declaration.answer(itemId);
        if (expected) {
            QCOMPARE(page.answer(), std::optional<ItemAnswer>(*expected));
            QCOMPARE(child<QRadioButton>(page, "neant")->isChecked(), expected->neant);
            QCOMPARE(table->model()->rowCount(), int(expected->entries.size()));
        } else {
            QVERIFY(!page.answer());
            QVERIFY(!child<QRadioButton>(page, "neant")->isChecked());
            QVERIFY(!child<QRadioButton>(page, "hasEntries")->isChecked());
        }
        saveScreenshot(page, QStringLiteral("item-%1-%2-%3")
                                 .arg(kindId(definition.kind()))
                                 .arg(int(&item - definition.items().data()) + 1, 2, 10, QLatin1Char('0'))
                                 .arg(item.id));
    }

    // Cells read as people expect: euros, percentages, months, choice labels.
    void tableCellsAreFormatted()
    {
        const Declaration di = sample("di-valid.json");
        ItemPage participations(interets(), *interets().findItem("participationsFinancieres"));
        participations.setAnswer(di.answer("participationsFinancieres"));
        auto* model = child<QTableView>(participations, "entries")->model();
        QCOMPARE(model->index(0, 1).data().toString(), formatPercent(2550));
        QCOMPARE(model->index(0, 2).data().toString(), formatEuros(1275000));
        QCOMPARE(model->index(0, 2).data(Qt::TextAlignmentRole).value<Qt::Alignment>() & Qt::AlignRight,
                 Qt::AlignRight);

        ItemPage previous(interets(), *interets().findItem("activitesAnterieures"));
        previous.setAnswer(di.answer("activitesAnterieures"));
        model = child<QTableView>(previous, "entries")->model();
        QCOMPARE(model->index(0, 2).data().toString(), QString("09/2016"));
        QCOMPARE(model->index(0, 3).data().toString(), QString("08/2023"));

        ItemPage spouse(interets(), *interets().findItem("activitesConjoint"));
        spouse.setAnswer(di.answer("activitesConjoint"));
        QCOMPARE(child<QTableView>(spouse, "entries")->model()->index(0, 1).data().toString(),
                 QString("Conjoint (mariage)"));

        const Declaration dsp = sample("dsp-valid.json");
        ItemPage insurance(patrimoine(), *patrimoine().findItem("assurancesVie"));
        insurance.setAnswer(dsp.answer("assurancesVie"));
        QCOMPARE(child<QTableView>(insurance, "entries")->model()->index(0, 2).data().toString(),
                 QString("Bien propre"));
    }

    // Each editor is named after its field, says its label to screen readers, shows its help, and reads
    // back exactly the value it was given; empty is absent.
    void editorsRoundTripTheSampleValues()
    {
        for (const auto& [definition, file] :
             {std::pair{&interets(), "di-valid.json"}, std::pair{&patrimoine(), "dsp-valid.json"}}) {
            const Declaration declaration = sample(file);
            for (const ItemDefinition& item : definition->items()) {
                for (const FieldDefinition& field : item.fields) {
                    QWidget parent;
                    FieldEditor* editor = createFieldEditor(field, *definition, &parent);
                    QCOMPARE(editor->input()->objectName(), field.id);
                    QCOMPARE(editor->input()->accessibleName(), field.label.french);
                    QCOMPARE(editor->input()->toolTip(), field.help.french);
                    QCOMPARE(editor->input()->whatsThis(), field.help.french);
                    QVERIFY2(!editor->value(), qPrintable(item.id + "." + field.id));
                    const ItemAnswer* answer = declaration.answer(item.id);
                    for (const Entry& entry : answer ? answer->entries : EntryList()) {
                        const auto found = entry.values.find(field.id);
                        if (found == entry.values.end()) {
                            continue;
                        }
                        editor->setValue(found->second);
                        QVERIFY2(editor->inputError().isEmpty(), qPrintable(editor->inputError()));
                        QVERIFY2(editor->value() == std::optional<FieldValue>(found->second),
                                 qPrintable(item.id + "." + field.id));
                        editor->setValue(std::nullopt);
                        QVERIFY(!editor->value());
                    }
                }
            }
        }
    }

    void editorsParseFrenchInput()
    {
        QWidget parent;
        const ItemDefinition& item = *interets().findItem("participationsFinancieres");
        FieldEditor* amount = createFieldEditor(*item.findField("valeur"), interets(), &parent);
        auto* edit = qobject_cast<QLineEdit*>(amount->input());
        QCOMPARE(edit->alignment() & Qt::AlignRight, Qt::AlignRight);
        for (const auto& [typed, cents] : {std::pair{"12 750", 1275000}, std::pair{"12750,5", 1275050},
                                           std::pair{"12 750,50 €", 1275050}, std::pair{"0", 0}}) {
            edit->setText(typed);
            QCOMPARE(amount->value(), std::optional<FieldValue>(qint64(cents)));
        }
        edit->setText("12,345");
        QVERIFY(!amount->value());
        QVERIFY(!amount->inputError().isEmpty());

        const ItemDefinition& bank = *patrimoine().findItem("comptesBancaires");
        FieldEditor* balance = createFieldEditor(*bank.findField("solde"), patrimoine(), &parent);
        qobject_cast<QLineEdit*>(balance->input())->setText("-125");
        QCOMPARE(balance->value(), std::optional<FieldValue>(qint64(-12500)));

        const ItemDefinition& passif = *patrimoine().findItem("passif");
        FieldEditor* date = createFieldEditor(*passif.findField("dateContraction"), patrimoine(), &parent);
        auto* dateEdit = qobject_cast<QLineEdit*>(date->input());
        QVERIFY(!date->value());
        QVERIFY(date->inputError().isEmpty()); // an empty date is representable
        QTest::keyClicks(dateEdit, "15062009");
        QCOMPARE(date->value(), std::optional<FieldValue>(QDate(2009, 6, 15)));
        dateEdit->clear();
        QTest::keyClicks(dateEdit, "31022009");
        QVERIFY(!date->value());
        QVERIFY(!date->inputError().isEmpty());

        FieldEditor* months = createFieldEditor(*passif.findField("duree"), patrimoine(), &parent);
        qobject_cast<QLineEdit*>(months->input())->setText("240");
        QCOMPARE(months->value(), std::optional<FieldValue>(qint64(240)));

        const ItemDefinition& activity = *interets().findItem("activitesProfessionnelles");
        FieldEditor* month = createFieldEditor(*activity.findField("debut"), interets(), &parent);
        QTest::keyClicks(month->input(), "092016");
        QCOMPARE(month->value(), std::optional<FieldValue>(YearMonth{2016, 9}));

        // A required choice starts unchosen; an optional one offers "—".
        FieldEditor* link = createFieldEditor(*interets().findItem("activitesConjoint")->findField("lien"),
                                              interets(), &parent);
        QCOMPARE(qobject_cast<QComboBox*>(link->input())->currentIndex(), -1);
        QVERIFY(!link->value());
    }

    // A DI 5° entry typed in the dialog: "25,5" is 2550 hundredths, "12 750" is 1 275 000 cents.
    void fillAParticipation()
    {
        EntryDialog dialog(interets(), *interets().findItem("participationsFinancieres"));
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        type(dialog, "societe", "Lumière Conseil SAS");
        type(dialog, "capitalDetenu", "25,5");
        type(dialog, "nombreParts", "255");
        type(dialog, "valeur", "12 750");
        // Leaving the amount shows it as it will read everywhere.
        QCOMPARE(child<QLineEdit>(dialog, "valeur")->text(), formatEuros(1275000));
        QCOMPARE(child<QLineEdit>(dialog, "capitalDetenu")->text(), formatPercent(2550));
        QVERIFY(child<QLabel>(dialog, "societe.label")->text().endsWith("*"));
        QVERIFY(!child<QLabel>(dialog, "commentaire.label")->text().endsWith("*"));
        saveScreenshot(dialog, "entry-dialog-participation");
        clickOk(dialog);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        const Entry entry = dialog.entry();
        QCOMPARE(entry.text("societe"), QString("Lumière Conseil SAS"));
        QCOMPARE(entry.number("capitalDetenu"), std::optional<qint64>(2550));
        QCOMPARE(entry.number("nombreParts"), std::optional<qint64>(255));
        QCOMPARE(entry.number("valeur"), std::optional<qint64>(1275000));
        QVERIFY(!entry.has("commentaire"));
        QVERIFY(!entry.has("remunerations"));
    }

    // A required field left empty: the error is under it, it has the focus, the dialog stays open.
    void requiredFieldShowsAnInlineError()
    {
        EntryDialog dialog(interets(), *interets().findItem("participationsFinancieres"));
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QApplication::setActiveWindow(&dialog);
        type(dialog, "capitalDetenu", "25,5");
        type(dialog, "nombreParts", "255");
        type(dialog, "valeur", "12 750");
        clickOk(dialog);
        QVERIFY(dialog.isVisible());
        QCOMPARE(dialog.result(), int(QDialog::Rejected));
        QVERIFY2(dialog.message("societe").contains("Société"), qPrintable(dialog.message("societe")));
        QCOMPARE(child<QLabel>(dialog, "societe.message")->property("severity").toString(), QString("error"));
        QVERIFY(dialog.message("valeur").isEmpty());
        QVERIFY(child<QLabel>(dialog, "banner")->isVisible());
        QCOMPARE(QApplication::focusWidget(), child<QLineEdit>(dialog, "societe"));
        saveScreenshot(dialog, "entry-dialog-error");

        // Unreadable input is named as such, not as missing.
        type(dialog, "societe", "Lumière Conseil SAS");
        type(dialog, "capitalDetenu", "250");
        clickOk(dialog);
        QVERIFY(dialog.isVisible());
        QVERIFY2(dialog.message("capitalDetenu").contains("0"), qPrintable(dialog.message("capitalDetenu")));
        QVERIFY(dialog.message("societe").isEmpty());
        type(dialog, "capitalDetenu", "25,5");
        clickOk(dialog);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
    }

    // The 10 000 € threshold of DSP 5° is an error on the value field.
    void thresholdIsAnErrorOnItsField()
    {
        EntryDialog dialog(patrimoine(), *patrimoine().findItem("biensMobiliers"));
        dialog.show();
        choose(dialog, "nature", "bijoux");
        child<QPlainTextEdit>(dialog, "description")->setPlainText("Bague");
        choose(dialog, "methodeEstimation", "expertise");
        choose(dialog, "regime", "propre");
        type(dialog, "valeur", "2 500");
        clickOk(dialog);
        QVERIFY(dialog.isVisible());
        QVERIFY2(dialog.message("valeur").contains(formatEuros(1000000)),
                 qPrintable(dialog.message("valeur")));
    }

    // "Union syndicale des magistrats" in the 4° function: an amber warning under that field; the first OK
    // shows it, the second keeps the entry.
    void opinionMentionWarnsUnderItsField()
    {
        EntryDialog dialog(interets(), *interets().findItem("organesDirigeants"));
        dialog.resize(800, 760);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        type(dialog, "organisme", "Association Enfance et Partage 92");
        type(dialog, "fonction", "Déléguée régionale de l'Union syndicale des magistrats");
        QTest::keyClicks(child<QLineEdit>(dialog, "debut"), "012020");

        // A yearly remuneration, through the nested dialog the list opens.
        bool nestedDone = false;
        QTimer::singleShot(0, this, [&nestedDone] {
            auto* nested = qobject_cast<EntryDialog*>(QApplication::activeModalWidget());
            QVERIFY(nested);
            QCOMPARE(nested->windowTitle(), QString("Rémunérations ou gratifications annuelles"));
            type(*nested, "annee", "2025");
            type(*nested, "montant", "0");
            choose(*nested, "nature", "net");
            clickOk(*nested);
            QCOMPARE(nested->result(), int(QDialog::Accepted));
            nestedDone = true;
        });
        QTest::mouseClick(child<QPushButton>(dialog, "remunerations.add"), Qt::LeftButton);
        QVERIFY(nestedDone);
        QApplication::setActiveWindow(&dialog);
        auto* lines = child<QTableView>(dialog, "remunerations");
        QCOMPARE(lines->model()->rowCount(), 1);
        QCOMPARE(lines->model()->index(0, 1).data().toString(), formatEuros(0));

        clickOk(dialog);
        QVERIFY(dialog.isVisible());
        QVERIFY2(dialog.message("fonction").contains("art. 7-2, III"),
                 qPrintable(dialog.message("fonction")));
        QCOMPARE(child<QLabel>(dialog, "fonction.message")->property("severity").toString(),
                 QString("warning"));
        QVERIFY(dialog.message("organisme").isEmpty());
        QCOMPARE(QApplication::focusWidget(), child<QLineEdit>(dialog, "fonction"));
        saveScreenshot(dialog, "entry-dialog-art-7-2-III");

        clickOk(dialog);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        const Entry entry = dialog.entry();
        QCOMPARE(entry.month("debut"), std::optional<YearMonth>(YearMonth{2020, 1}));
        QCOMPARE(entry.list("remunerations")->size(), std::size_t(1));
        QCOMPARE(entry.list("remunerations")->front().number("montant"), std::optional<qint64>(0));

        // Declared as a function held publicly, the same text raises nothing.
        EntryDialog again(interets(), *interets().findItem("organesDirigeants"));
        Entry publicly = entry;
        publicly.values["exercePubliquement"] = true;
        again.setEntry(publicly);
        QVERIFY(again.message("fonction").isEmpty());
        QVERIFY(child<QCheckBox>(again, "exercePubliquement")->isChecked());
    }

    // Fields that do not apply to the chosen kind of entry are hidden as the choice changes, and absent.
    void visibleWhenFollowsTheChoice()
    {
        EntryDialog dialog(patrimoine(), *patrimoine().findItem("immeubles"));
        dialog.show();
        QVERIFY(!dialog.isFieldShown("naturePrecision"));
        QVERIFY(!dialog.isFieldShown("surfaceHabitable"));
        choose(dialog, "nature", "autre");
        QVERIFY(dialog.isFieldShown("naturePrecision"));
        QVERIFY(dialog.isFieldShown("surfaceHabitable"));
        type(dialog, "naturePrecision", "Grange");
        QCOMPARE(dialog.entry().text("naturePrecision"), QString("Grange"));
        choose(dialog, "nature", "terrain-a-batir");
        QVERIFY(!dialog.isFieldShown("naturePrecision"));
        QVERIFY(!dialog.isFieldShown("surfaceHabitable"));
        QVERIFY(!dialog.entry().has("naturePrecision"));
        saveScreenshot(dialog, "entry-dialog-immeuble");
    }

    // Enter in a one-line field saves the entry; Escape cancels; Tab follows the form.
    void keyboard()
    {
        const ItemDefinition& item = *interets().findItem("activitesConjoint");
        EntryDialog dialog(interets(), item);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QApplication::setActiveWindow(&dialog);
        QCOMPARE(QApplication::focusWidget(), child<QLineEdit>(dialog, "identite"));
        QTest::keyClicks(QApplication::focusWidget(), "Marc Lefevre");
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QCOMPARE(QApplication::focusWidget(), child<QComboBox>(dialog, "lien"));
        choose(dialog, "lien", "conjoint");
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QCOMPARE(QApplication::focusWidget(), child<QPlainTextEdit>(dialog, "activite"));
        QTest::keyClicks(QApplication::focusWidget(), "Ingenieur");
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab); // leaves the text, types no tab
        QCOMPARE(QApplication::focusWidget(), child<QLineEdit>(dialog, "employeur"));
        QCOMPARE(child<QPlainTextEdit>(dialog, "activite")->toPlainText(), QString("Ingenieur"));
        QTest::keyClicks(QApplication::focusWidget(), "Vinci Construction");
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(dialog.entry().text("employeur"), QString("Vinci Construction"));

        EntryDialog cancelled(interets(), item);
        cancelled.show();
        QVERIFY(QTest::qWaitForWindowExposed(&cancelled));
        QApplication::setActiveWindow(&cancelled);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Escape);
        QVERIFY(!cancelled.isVisible());
        QCOMPARE(cancelled.result(), int(QDialog::Rejected));
    }

    // Néant and entries, with the question before entries are cleared, and every step undoable.
    void neantEntriesAndUndo()
    {
        ItemPage page(interets(), *interets().findItem("participationsFinancieres"));
        page.resize(1280, 800);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QSignalSpy changed(&page, &ItemPage::changed);
        bool agree = false;
        int asked = 0;
        page.setConfirmation([&](const QString&) {
            ++asked;
            return agree;
        });
        auto* neant = child<QRadioButton>(page, "neant");
        auto* hasEntries = child<QRadioButton>(page, "hasEntries");
        QVERIFY(!page.answer());

        QTest::mouseClick(neant, Qt::LeftButton);
        QCOMPARE(page.answer(), std::optional<ItemAnswer>(ItemAnswer{true, {}}));
        QVERIFY(!child<QPushButton>(page, "addEntry")->isEnabled());
        QCOMPARE(asked, 0); // nothing to lose, nothing asked

        QTest::mouseClick(hasEntries, Qt::LeftButton);
        QCOMPARE(page.mode(), ItemPage::Mode::Entries);
        QVERIFY(!page.answer()); // entries chosen but none yet: still unanswered
        const Entry first = entryOf({{"societe", QString("Alpha SA")},
                                     {"capitalDetenu", qint64(1000)},
                                     {"nombreParts", qint64(10)},
                                     {"valeur", qint64(2000000)}});
        const Entry second = entryOf({{"societe", QString("Beta SARL")},
                                      {"capitalDetenu", qint64(500)},
                                      {"nombreParts", qint64(5)},
                                      {"valeur", qint64(300000)}});
        page.addEntry(first);
        page.addEntry(second);
        QCOMPARE(page.answer()->entries, (EntryList{first, second}));

        QTest::mouseClick(neant, Qt::LeftButton);
        QCOMPARE(asked, 1);
        QVERIFY(!neant->isChecked());
        QVERIFY(hasEntries->isChecked());
        QCOMPARE(page.entries().size(), std::size_t(2));

        agree = true;
        QTest::mouseClick(neant, Qt::LeftButton);
        QCOMPARE(asked, 2);
        QVERIFY(page.answer()->neant);
        QVERIFY(page.entries().empty());

        QUndoStack* undo = page.undoStack();
        undo->undo();
        QCOMPARE(page.answer()->entries, (EntryList{first, second}));
        QVERIFY(hasEntries->isChecked());
        undo->undo();
        QCOMPARE(page.answer()->entries, (EntryList{first}));
        undo->redo();
        undo->redo();
        QVERIFY(page.answer()->neant);

        // The keys: Ctrl+Z and Ctrl+Shift+Z on the page, Delete in the table.
        QApplication::setActiveWindow(&page);
        auto* table = child<QTableView>(page, "entries");
        QTest::keyClick(&page, Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(page.entries().size(), std::size_t(2));
        QTest::keyClick(&page, Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
        QVERIFY(page.answer()->neant);
        QTest::keyClick(&page, Qt::Key_Z, Qt::ControlModifier);
        table->setFocus();
        table->selectRow(0);
        QTest::keyClick(table, Qt::Key_Delete);
        QCOMPARE(page.answer()->entries, (EntryList{second}));
        page.replaceEntry(0, first);
        QCOMPARE(page.answer()->entries, (EntryList{first}));
        undo->undo();
        undo->undo();
        QCOMPARE(page.answer()->entries, (EntryList{first, second}));
        QVERIFY(changed.count() >= 10);
        saveScreenshot(page, "item-page-di-05-two-entries");

        // Loading an answer is not an edit.
        page.setAnswer(nullptr);
        QVERIFY(!undo->canUndo());
        QVERIFY(!page.answer());
    }

    // An entry with a 7-2 III mention is flagged in the table.
    void warningsAreFlaggedInTheTable()
    {
        ItemPage page(interets(), *interets().findItem("fonctionsBenevoles"));
        ItemAnswer answer;
        answer.entries.push_back(entryOf({{"structure", QString("Paroisse Saint-Sulpice")},
                                          {"description", QString("Membre du conseil paroissial")},
                                          {"debut", YearMonth{2018, 9}}}));
        page.setAnswer(&answer);
        auto* model = child<QTableView>(page, "entries")->model();
        QVERIFY(!model->index(0, 0).data(Qt::DecorationRole).isNull());
        QVERIFY2(model->index(0, 0).data(Qt::ToolTipRole).toString().contains("art. 7-2, III"),
                 qPrintable(model->index(0, 0).data(Qt::ToolTipRole).toString()));
        page.resize(1280, 800);
        page.show();
        saveScreenshot(page, "item-page-di-07-warning");
    }

    // DSP totals: the sum of the value field split by ownership; the passif is a liability.
    void dspTotalsByOwnership()
    {
        ItemPage accounts(patrimoine(), *patrimoine().findItem("comptesBancaires"));
        accounts.resize(1280, 800);
        accounts.show();
        const auto account = [](const char* regime, qint64 balance) {
            Entry entry = entryOf({{"titulaire", QString("Jean-Baptiste Moreau")},
                                   {"etablissement", QString("Banque Postale")},
                                   {"typeCompte", QString("livret-a")},
                                   {"numeroCompte", QString("...4521")},
                                   {"regime", QString(regime)},
                                   {"solde", balance}});
            if (QString(regime) == "indivis") {
                entry.values["quotePart"] = qint64(5000);
            }
            return entry;
        };
        accounts.addEntry(account("propre", 1000000));
        accounts.addEntry(account("communaute", 2500050));
        accounts.addEntry(account("indivis", 500000));
        accounts.addEntry(account("communaute", -12500));
        const auto totals = accounts.totals();
        QVERIFY(totals);
        QCOMPARE(totals->total, qint64(3987550));
        QCOMPARE(totals->byOwnership.at("propre"), qint64(1000000));
        QCOMPARE(totals->byOwnership.at("communaute"), qint64(2487550));
        QCOMPARE(totals->byOwnership.at("indivis"), qint64(500000));
        const QString text = child<QLabel>(accounts, "totals")->text();
        for (const QString& amount :
             {formatEuros(3987550), formatEuros(1000000), formatEuros(2487550), formatEuros(500000)}) {
            QVERIFY2(text.contains(amount), qPrintable(text));
        }
        QVERIFY2(text.contains("Bien indivis"), qPrintable(text));
        saveScreenshot(accounts, "item-page-dsp-04-totals");

        const Declaration dsp = sample("dsp-valid.json");
        ItemPage passif(patrimoine(), *patrimoine().findItem("passif"));
        passif.setAnswer(dsp.answer("passif"));
        passif.addEntry(entryOf({{"creancier", QString("Cetelem")},
                                 {"nature", QString("pret-consommation")},
                                 {"objet", QString("Véhicule")},
                                 {"dateContraction", QDate(2021, 3, 1)},
                                 {"montantInitial", qint64(1500000)},
                                 {"duree", qint64(60)},
                                 {"mensualite", qint64(27000)},
                                 {"regime", QString("propre")},
                                 {"montantRestant", qint64(600000)}}));
        QCOMPARE(passif.totals()->total, qint64(4800000));
        const QString liabilities = child<QLabel>(passif, "totals")->text();
        QVERIFY2(liabilities.contains("passif") && liabilities.contains(formatEuros(4800000)),
                 qPrintable(liabilities));
        passif.resize(1280, 800);
        passif.show();
        saveScreenshot(passif, "item-page-dsp-10-passif");
    }

    void declarationViewOfTheSamples()
    {
        const Declaration di = sample("di-valid.json");
        QString html = DeclarationView::toHtml(di, interets());
        for (const ItemDefinition& item : interets().items()) {
            QVERIFY2(html.contains(item.title.french.toHtmlEscaped()), qPrintable(item.title.french));
            QVERIFY(html.contains(item.number.toHtmlEscaped()));
        }
        const auto neantCount = [](const Declaration& declaration) {
            return int(std::count_if(declaration.items.begin(), declaration.items.end(),
                                     [](const auto& item) { return item.second.neant; }));
        };
        QCOMPARE(int(html.count("<b>Néant</b>")), neantCount(di));
        QVERIFY(html.contains("Lumière Conseil SAS"));
        QVERIFY(html.contains(formatPercent(2550)));
        QVERIFY(html.contains(formatEuros(1275000)));
        QVERIFY(html.contains("Hélène"));
        QVERIFY(!html.contains("Non renseigné"));

        // Declared text is escaped, never markup; an unanswered item is flagged.
        Declaration hostile = di;
        hostile.items["participationsFinancieres"].entries[0].values["societe"] =
            QString("<script>alert('x')</script> & Cie");
        hostile.observations = "<b>gras</b>\nligne 2";
        hostile.items.erase("mandatsElectifs");
        html = DeclarationView::toHtml(hostile, interets());
        QVERIFY(!html.contains("<script>"));
        QVERIFY(html.contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; Cie") ||
                html.contains("&lt;script&gt;alert('x')&lt;/script&gt; &amp; Cie"));
        QVERIFY(!html.contains("<b>gras</b>"));
        QVERIFY(html.contains("&lt;b&gt;gras&lt;/b&gt;<br/>ligne 2"));
        QCOMPARE(int(html.count("Non renseigné")), 1);

        DeclarationView view;
        view.setDeclaration(hostile);
        view.resize(1280, 800);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QVERIFY(view.browser()->toPlainText().contains("<script>alert('x')</script> & Cie"));
        saveScreenshot(view, "declaration-view-di");

        const Declaration dsp = sample("dsp-valid.json");
        html = DeclarationView::toHtml(dsp, patrimoine());
        for (const ItemDefinition* item : patrimoine().itemsFor(dsp.event)) {
            QVERIFY2(html.contains(item->title.french.toHtmlEscaped()), qPrintable(item->title.french));
        }
        QCOMPARE(int(html.count("<b>Néant</b>")), neantCount(dsp));
        // Assets: 615 000 + 87 230,45 − 125 + 14 500 = 716 605,45 €; passif 42 000 €; net 674 605,45 €.
        QVERIFY2(html.contains(formatEuros(71660545)), qPrintable(formatEuros(71660545)));
        QVERIFY(html.contains(formatEuros(4200000)));
        QVERIFY(html.contains(formatEuros(67460545)));
        QVERIFY(html.contains(formatSurface(8550)));
        view.setDeclaration(dsp);
        saveScreenshot(view, "declaration-view-dsp");
        view.browser()->verticalScrollBar()->setValue(view.browser()->verticalScrollBar()->maximum());
        saveScreenshot(view, "declaration-view-dsp-end");
    }

private:
    ProductFrench m_french;
};

QTEST_MAIN(TestDeclarationForms)
#include "tst_declarationforms.moc"
