// The probitas window driven as a magistrate would: a demo store created at first start, the juge unlocked
// (after a wrong passphrase), her declarations, a new DI filed and opened by the président, the draft
// recovered at the next start.
#include "AppTestSupport.h"
#include "BuiltInData.h"
#include "CryptoInit.h"
#include "DeclarantWorkspace.h"
#include "DeclarationWizard.h"
#include "EntryDialog.h"
#include "GuiTestSupport.h"
#include "ItemPage.h"
#include "MainWindow.h"
#include "ProductFrench.h"

#include <QApplication>
#include <QCheckBox>
#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QRadioButton>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTextBrowser>
#include <QTimer>

using namespace probitas;
using namespace probitas::testing;

namespace {

void addThroughDialog(ItemPage& page, const std::function<void(EntryDialog&)>& fill)
{
    bool done = false;
    QTimer::singleShot(0, &page, [&] {
        auto* dialog = qobject_cast<EntryDialog*>(QApplication::activeModalWidget());
        QVERIFY(dialog);
        fill(*dialog);
        clickOk(*dialog);
        done = true;
    });
    QTest::mouseClick(child<QPushButton>(page, "addEntry"), Qt::LeftButton);
    QVERIFY(done);
}

QJsonObject member(const QString& directory, const QString& namePrefix)
{
    QFile file(directory + "/demo.json");
    if (!file.open(QIODevice::ReadOnly)) {
        qFatal("no demo.json");
    }
    for (const QJsonValue& value : QJsonDocument::fromJson(file.readAll()).array()) {
        if (value["name"].toString().startsWith(namePrefix)) {
            return value.toObject();
        }
    }
    qFatal("no demo member %s", qPrintable(namePrefix));
}

} // namespace

class TestGuiDeclarant : public QObject
{
    Q_OBJECT

    QTemporaryDir m_directory;
    ProductFrench m_french;

    QString storePath() const { return m_directory.filePath("probitas.sqlite"); }
    QString demoDirectory() const { return m_directory.filePath("demo"); }

    void startWindow(MainWindow& window)
    {
        QSignalSpy ready(&window, &MainWindow::storeReady);
        window.resize(1280, 860);
        window.show();
        window.start(storePath(), demoDirectory());
        QVERIFY(window.findChild<QProgressBar*>("startBusy")->isVisible());
        QTRY_VERIFY_WITH_TIMEOUT(ready.count() == 1, 180000);
    }

    void unlock(MainWindow& window, const QString& passphrase)
    {
        auto* identity = child<QComboBox>(window, "identity");
        const int index = identity->findText(QStringLiteral("Hélène"), Qt::MatchStartsWith);
        QVERIFY(index >= 0);
        identity->setCurrentIndex(index);
        child<QLineEdit>(window, "passphrase")->setText(passphrase);
        QTest::mouseClick(child<QPushButton>(window, "unlock"), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(child<QPushButton>(window, "unlock")->isEnabled(), 60000);
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_directory.isValid());
        QVERIFY(probitas::testing::prepareFrenchApplication(m_french));
    }

    void unlocksFilesAndIsOpenedByThePresident()
    {
        MainWindow window;
        startWindow(window);
        QVERIFY(child<QLabel>(window, "demoBanner")->isVisible());
        QVERIFY(QFile::exists(demoDirectory() + "/demo.json"));

        // A wrong passphrase: a clear message under the field, and another try.
        unlock(window, "not-the-passphrase");
        auto* message = child<QLabel>(window, "unlockMessage");
        QVERIFY(message->isVisible());
        QVERIFY2(message->text().contains(QStringLiteral("Phrase de passe incorrecte")),
                 qPrintable(message->text()));
        QVERIFY(!window.declarantWorkspace());
        saveScreenshot(window, "gui-01-unlock-wrong-passphrase");

        QSignalSpy unlocked(&window, &MainWindow::unlocked);
        unlock(window, member(demoDirectory(), "Hélène")["passphrase"].toString());
        QCOMPARE(unlocked.count(), 1);
        gui::DeclarantWorkspace* workspace = window.declarantWorkspace();
        QVERIFY(workspace);
        QTabWidget* tabs = workspace->tabs();
        saveScreenshot(window, "gui-02-obligations");

        // Mes déclarations: the demo's DI, acknowledged by the président.
        tabs->setCurrentIndex(1);
        auto* table = child<QTableWidget>(window, "declarations");
        QCOMPARE(table->rowCount(), 1);
        using W = gui::DeclarantWorkspace;
        QCOMPARE(table->item(0, W::KindColumn)->text(), kindLabel(DeclarationKind::Interets));
        QCOMPARE(table->item(0, W::StatusColumn)->text(),
                 QString("accusé de réception reçu")); // the French the magistrate reads
        QVERIFY2(table->item(0, W::RecipientsColumn)->text().contains("tribunal judiciaire de Nanterre"),
                 qPrintable(table->item(0, W::RecipientsColumn)->text()));
        saveScreenshot(window, "gui-03-declarations");
        workspace->openDeclaration(0);
        auto* viewer = window.findChild<QDialog*>("declarationViewer");
        QVERIFY(viewer);
        QVERIFY(viewer->findChild<QTextBrowser*>()->toPlainText().contains(QStringLiteral("Durand-Lefèvre")));
        viewer->close();
        const QString pdf = m_directory.filePath("di.pdf");
        workspace->pdfPathProvider = [pdf] { return pdf; };
        table->setCurrentCell(0, 0);
        QTest::mouseClick(child<QPushButton>(window, "exportPdf"), Qt::LeftButton);
        QVERIFY(QFileInfo(pdf).size() > 1000);
        // Her own declaration in clear, out of the store: on the record too, with the file's hash.
        auto trail = window.session()->store->audit().log(window.session()->identity);
        QVERIFY(trail && !trail->isEmpty());
        QCOMPARE(trail->last().action, QString("export-pdf"));
        QCOMPARE(trail->last().actorId, window.session()->person.id);
        QFile pdfFile(pdf);
        QVERIFY(pdfFile.open(QIODevice::ReadOnly));
        QCOMPARE(trail->last().details["sha256"].toString(),
                 QString(QCryptographicHash::hash(pdfFile.readAll(), QCryptographicHash::Sha256).toHex()));

        // Nouvelle déclaration: a DI, two items through their dialogs, the others néant.
        tabs->setCurrentIndex(2);
        QVERIFY(child<QComboBox>(window, "newKind")->count() >= 1);
        saveScreenshot(window, "gui-04-new");
        // A declaration from scratch: not from the one filed.
        child<QCheckBox>(window, "fromLast")->setChecked(false);
        QTest::mouseClick(child<QPushButton>(window, "startNew"), Qt::LeftButton);
        DeclarationWizard* wizard = workspace->wizard();
        QVERIFY(wizard);
        const Declaration started = wizard->declaration();
        QCOMPARE(started.kind, DeclarationKind::Interets);
        addThroughDialog(*wizard->itemPage("participationsFinancieres"), [](EntryDialog& dialog) {
            type(dialog, "societe", QStringLiteral("Lumière Conseil SAS"));
            type(dialog, "capitalDetenu", "25,5");
            type(dialog, "nombreParts", "255");
            type(dialog, "valeur", "12750");
        });
        addThroughDialog(*wizard->itemPage("activitesConjoint"), [](EntryDialog& dialog) {
            type(dialog, "identite", QStringLiteral("Marc Lefèvre"));
            choose(dialog, "lien", "conjoint");
            child<QPlainTextEdit>(dialog, "activite")
                ->setPlainText(QStringLiteral("Ingénieur en génie civil"));
            type(dialog, "employeur", "Vinci Construction");
        });
        for (const ItemDefinition* item : interets().itemsFor(started.event)) {
            if (item->id != "participationsFinancieres" && item->id != "activitesConjoint") {
                QTest::mouseClick(child<QRadioButton>(*wizard->itemPage(item->id), "neant"), Qt::LeftButton);
            }
        }
        const int attestationStep = wizard->stepCount() - 1;
        wizard->setCurrentStep(attestationStep);
        QWidget& attestation = *wizard->findChild<QWidget*>(QStringLiteral("step.attestation"));
        child<QCheckBox>(attestation, "attest")->setChecked(true);
        auto* sign = child<QPushButton>(attestation, "signAndFile");
        QVERIFY2(sign->isEnabled(),
                 qPrintable(child<QListWidget>(attestation, "errors")->item(0)
                                ? child<QListWidget>(attestation, "errors")->item(0)->text()
                                : QString()));
        saveScreenshot(window, "gui-05-wizard-attestation");
        QSignalSpy filed(workspace, &gui::DeclarantWorkspace::filed);
        QTest::mouseClick(sign, Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(filed.count(), 1, 30000); // filed off the GUI thread
        const QString id = filed.at(0).at(0).toString();
        QVERIFY(child<QLabel>(window, "newMessage")->text().contains(id));
        QCOMPARE(table->rowCount(), 2);
        saveScreenshot(window, "gui-06-filed");

        // The président of TJ Nanterre opens the envelope: what was typed.
        const QJsonObject president = member(demoDirectory(), "Jean-Baptiste");
        auto presidentIdentity =
            crypto::Identity::load(demoDirectory() + "/" + president["identity"].toString(),
                                   crypto::SecureBytes::fromUtf8(president["passphrase"].toString()));
        QVERIFY(presidentIdentity);
        auto bytes = window.session()->store->declarations().open(id, *presidentIdentity);
        QVERIFY2(bytes, qPrintable(bytes ? QString() : bytes.error().message));
        auto opened = DeclarationCodec::decode(bytes->toByteArrayUnwiped());
        QVERIFY(opened);
        const ItemAnswer* shares = opened->answer("participationsFinancieres");
        QVERIFY(shares && shares->entries.size() == 1);
        QCOMPARE(shares->entries[0].text("societe"), QStringLiteral("Lumière Conseil SAS"));
        QCOMPARE(shares->entries[0].number("capitalDetenu"), std::optional<qint64>(2550));
        QCOMPARE(shares->entries[0].number("valeur"), std::optional<qint64>(1275000));
        const ItemAnswer* spouse = opened->answer("activitesConjoint");
        QVERIFY(spouse && spouse->entries.size() == 1);
        QCOMPARE(spouse->entries[0].text("activite"), QStringLiteral("Ingénieur en génie civil"));
        QCOMPARE(spouse->entries[0].text("employeur"), QStringLiteral("Vinci Construction"));
        QVERIFY(opened->answer("mandatsElectifs") && opened->answer("mandatsElectifs")->neant);
        QCOMPARE(opened->declarant.text("nom"), started.declarant.text("nom"));
    }

    void recoversTheDraft()
    {
        const QString passphrase = member(demoDirectory(), "Hélène")["passphrase"].toString();
        {
            MainWindow window;
            startWindow(window);
            unlock(window, passphrase);
            gui::DeclarantWorkspace* workspace = window.declarantWorkspace();
            QVERIFY(workspace);
            QVERIFY(!child<QWidget>(window, "draftBar")->isVisibleTo(&window));
            workspace->tabs()->setCurrentIndex(2);
            child<QCheckBox>(window, "fromLast")->setChecked(false);
            QTest::mouseClick(child<QPushButton>(window, "startNew"), Qt::LeftButton);
            QSignalSpy saved(workspace->drafts(), &gui::SaveDraftCommand::saved);
            addThroughDialog(*workspace->wizard()->itemPage("participationsFinancieres"),
                             [](EntryDialog& dialog) {
                                 type(dialog, "societe", QStringLiteral("Brouillon Industries SA"));
                                 type(dialog, "capitalDetenu", "1");
                                 type(dialog, "nombreParts", "10");
                                 type(dialog, "valeur", "500");
                             });
            QTRY_VERIFY_WITH_TIMEOUT(saved.count() >= 1, 5000);
            QVERIFY2(saved.last().at(0).toBool(), qPrintable(saved.last().at(1).toString()));
        }
        MainWindow window;
        startWindow(window);
        unlock(window, passphrase);
        gui::DeclarantWorkspace* workspace = window.declarantWorkspace();
        QVERIFY(workspace);
        QCOMPARE(workspace->tabs()->currentIndex(), 2);
        QVERIFY(child<QWidget>(window, "draftBar")->isVisible());
        saveScreenshot(window, "gui-07-draft-offered");
        QTest::mouseClick(child<QPushButton>(window, "resumeDraft"), Qt::LeftButton);
        QVERIFY(workspace->wizard());
        const ItemAnswer* shares = workspace->wizard()->declaration().answer("participationsFinancieres");
        QVERIFY(shares && shares->entries.size() == 1);
        QCOMPARE(shares->entries[0].text("societe"), QStringLiteral("Brouillon Industries SA"));
    }
};

QTEST_MAIN(TestGuiDeclarant)
#include "tst_gui_declarant.moc"
