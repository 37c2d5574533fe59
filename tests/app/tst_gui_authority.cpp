// The probitas window driven as an authority would: the président of TJ Nanterre unlocks, reads his inbox,
// opens a declaration (audited; the bordereau names him), compares it with the previous version,
// acknowledges it, exports the PDFs and reads his compliance dashboard; the HATVP reads the président's
// declarations of assets and their variation.
#include "AppTestSupport.h"
#include "AuditActions.h"
#include "AuthorityWorkspace.h"
#include "BuiltInData.h"
#include "CertificateAuthority.h"
#include "Clock.h"
#include "ComplianceDashboard.h"
#include "CountsChart.h"
#include "CryptoInit.h"
#include "DeclarantWorkspace.h"
#include "DeclarationCompareView.h"
#include "DeclarationReview.h"
#include "DeclarationView.h"
#include "DeclarationWizard.h"
#include "Demo.h"
#include "EntretienCommands.h"
#include "GuiTestSupport.h"
#include "MainWindow.h"
#include "PatrimonyVariationView.h"
#include "ProductFrench.h"
#include "ReminderLetterPdf.h"

#include <QCheckBox>
#include <QCryptographicHash>
#include <QDir>
#include <QGroupBox>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QListWidget>
#include <QProcess>
#include <QProgressBar>
#include <QScopeGuard>
#include <QSet>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTextBrowser>

using namespace probitas;
using namespace probitas::testing;

namespace {

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

crypto::Identity load(const QString& directory, const QString& namePrefix)
{
    const QJsonObject who = member(directory, namePrefix);
    auto identity = crypto::Identity::load(directory + "/" + who["identity"].toString(),
                                           crypto::SecureBytes::fromUtf8(who["passphrase"].toString()));
    if (!identity) {
        qFatal("cannot load %s", qPrintable(namePrefix));
    }
    return *identity;
}

QDateTime at(const char* iso)
{
    return QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODate);
}

QString pdfText(const QString& path)
{
    return probitas::testing::pdfText(path, QStringLiteral("authority-"));
}

QStringList columnTexts(QAbstractItemModel& model, int column)
{
    QStringList texts;
    for (int row = 0; row < model.rowCount(); ++row) {
        texts << model.index(row, column).data().toString();
    }
    return texts;
}

int rowOf(QAbstractItemModel& model, const QString& name)
{
    for (int row = 0; row < model.rowCount(); ++row) {
        if (model.index(row, 0).data().toString() == name) {
            return row;
        }
    }
    return -1;
}

// What the juge can make with her own PKCS#12 and stock openssl: a receipt for `envelope` that says all a
// receipt of the président says (his certificate and authority id), signed with her key.
QByteArray forgeReceiptAsJuge(const QString& directory, const QByteArray& envelope,
                              const crypto::Certificate& juge, const crypto::Certificate& president)
{
    const QJsonObject who = member(directory, "Hélène");
    QTemporaryDir work;
    const auto hex = [](const QByteArray& bytes) { return QString::fromLatin1(bytes.toHex()); };
    const QJsonObject document{
        {"type", "probitas-receipt"},
        {"version", 2},
        {"envelope-sha256", hex(QCryptographicHash::hash(envelope, QCryptographicHash::Sha256))},
        {"declarant",
         QJsonObject{{"subject", juge.subject()}, {"certificate-sha256", hex(juge.sha256Fingerprint())}}},
        {"authority", QJsonObject{{"subject", president.subject()},
                                  {"certificate-sha256", hex(president.sha256Fingerprint())},
                                  {"id", "tj-nanterre:president"}}},
        {"received-at", "2026-05-01T08:00:00Z"},
    };
    QFile input(work.filePath("receipt.json"));
    if (!input.open(QIODevice::WriteOnly)) {
        return {};
    }
    input.write(QJsonDocument(document).toJson(QJsonDocument::Compact));
    input.close();
    const auto openssl = [&who](const QStringList& arguments) {
        QProcess process;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert("FORGER_PASS", who["passphrase"].toString());
        process.setProcessEnvironment(environment);
        process.start("/usr/bin/openssl", arguments);
        return process.waitForFinished(60000) && process.exitStatus() == QProcess::NormalExit &&
               process.exitCode() == 0;
    };
    if (!openssl({"pkcs12", "-in", directory + "/" + who["identity"].toString(), "-nodes", "-clcerts",
                  "-passin", "env:FORGER_PASS", "-out", work.filePath("juge.pem")}) ||
        !openssl({"cms", "-sign", "-binary", "-nodetach", "-md", "sha256", "-signer",
                  work.filePath("juge.pem"), "-in", input.fileName(), "-outform", "DER", "-out",
                  work.filePath("receipt.der")})) {
        return {};
    }
    QFile forged(work.filePath("receipt.der"));
    return forged.open(QIODevice::ReadOnly) ? forged.readAll() : QByteArray();
}

} // namespace

class TestGuiAuthority : public QObject
{
    Q_OBJECT

    QTemporaryDir m_directory;
    ProductFrench m_french;
    QString m_jugeV1, m_jugeV2, m_laurent, m_dspV1, m_dspV2;

    QString storePath() const { return m_directory.filePath("probitas.sqlite"); }
    QString demoDirectory() const { return m_directory.filePath("demo"); }

    void startAndUnlock(MainWindow& window, const QString& namePrefix, bool authority = true)
    {
        QSignalSpy ready(&window, &MainWindow::storeReady);
        window.resize(1280, 800);
        window.show();
        window.start(storePath(), demoDirectory());
        QTRY_VERIFY_WITH_TIMEOUT(ready.count() == 1, 60000);
        auto* identity = child<QComboBox>(window, "identity");
        const int index = identity->findText(namePrefix, Qt::MatchStartsWith);
        QVERIFY(index >= 0);
        identity->setCurrentIndex(index);
        child<QLineEdit>(window, "passphrase")
            ->setText(member(demoDirectory(), namePrefix)["passphrase"].toString());
        QSignalSpy unlocked(&window, &MainWindow::unlocked);
        QTest::mouseClick(child<QPushButton>(window, "unlock"), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(unlocked.count() == 1, 60000);
        QVERIFY(authority ? window.authorityWorkspace() != nullptr : window.declarantWorkspace() != nullptr);
    }

    static void openAndWait(gui::AuthorityWorkspace& workspace, const QString& id)
    {
        QSignalSpy opened(workspace.review(), &gui::DeclarationReview::opened);
        workspace.openDeclaration(id);
        QVERIFY(workspace.isReviewing());
        QTRY_VERIFY_WITH_TIMEOUT(opened.count() == 1, 30000);
        QCOMPARE(opened.at(0).at(0).toString(), id);
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_directory.isValid());
        qputenv("TZ", "UTC");
        QVERIFY(probitas::testing::prepareFrenchApplication(m_french));

        // The demo, filed on 2 March 2026: the three DIs and the président's DSP, on time.
        Clock::setForTesting(at("2026-03-02T09:00:00Z"));
        auto store = store::Store::open(storePath());
        QVERIFY(store);
        auto demo = store::createDemo(**store, demoDirectory());
        QVERIFY2(demo, demo ? "" : qPrintable(demo.error().message));
        const crypto::Identity juge = load(demoDirectory(), "Hélène");
        const crypto::Identity president = load(demoDirectory(), "Jean-Baptiste");
        const crypto::Identity admin = load(demoDirectory(), "Administrat");
        const QJsonObject caMember = member(demoDirectory(), "CA Probitas");
        auto ca = crypto::Identity::load(demoDirectory() + "/" + caMember["identity"].toString(),
                                         crypto::SecureBytes::fromUtf8(caMember["passphrase"].toString()));
        QVERIFY(ca);

        // Two more juges of Nanterre: Sophie Laurent, installed on 1 December 2025 (due 1 February 2026),
        // files on 2 March, 29 days late; Paul Martin, installed on 1 February 2026 (due 1 April), files
        // nothing.
        Declaration laurent = sample("di-valid.json");
        laurent.declarant.values["nom"] = QStringLiteral("Laurent");
        laurent.declarant.values["prenom"] = QStringLiteral("Sophie");
        laurent.declarant.values["dateInstallation"] = QDate(2025, 12, 1);
        laurent.profile->installedOn = QDate(2025, 12, 1);
        auto laurentIdentity = crypto::CertificateAuthority::issue(*ca, {QStringLiteral("Sophie Laurent"),
                                                                         QStringLiteral("Probitas démo"),
                                                                         crypto::KeyAlgorithm::EcP256, 730});
        QVERIFY(laurentIdentity);
        QVERIFY((*store)->administration().addPerson(admin, "Sophie Laurent", store::Role::Declarant, {},
                                                     laurentIdentity->certificate(), laurent.profile));
        auto laurentId = (*store)->declarations().file(laurent, *laurentIdentity);
        QVERIFY2(laurentId, laurentId ? "" : qPrintable(laurentId.error().message));
        m_laurent = *laurentId;
        Profile martin = *laurent.profile;
        martin.installedOn = QDate(2026, 2, 1);
        auto martinIdentity = crypto::CertificateAuthority::issue(*ca, {QStringLiteral("Paul Martin"),
                                                                        QStringLiteral("Probitas démo"),
                                                                        crypto::KeyAlgorithm::EcP256, 730});
        QVERIFY(martinIdentity);
        QVERIFY((*store)->administration().addPerson(admin, "Paul Martin", store::Role::Declarant, {},
                                                     martinIdentity->certificate(), martin));

        // On 10 April, after a change on 1 April, the juge files a modification of her DI (one holding
        // revalued, one new, her functions changed) and the président a declaration of assets.
        Clock::setForTesting(at("2026-04-10T14:30:00Z"));
        auto records = (*store)->declarations().list(juge);
        QVERIFY(records);
        for (const store::DeclarationRecord& record : *records) {
            if (record.kind == DeclarationKind::Interets) {
                m_jugeV1 = record.id;
            }
        }
        auto v1 = (*store)->declarations().open(m_jugeV1, juge);
        QVERIFY(v1);
        Declaration modified = *DeclarationCodec::decode(v1->toByteArrayUnwiped());
        modified.supersedes = m_jugeV1;
        modified.event = DeclarationEvent::Modification;
        modified.profile->changedOn = QDate(2026, 4, 1);
        modified.declarant.values["fonctions"] = QStringLiteral("Vice-présidente chargée de l'instruction");
        auto& shares = modified.items["participationsFinancieres"].entries;
        QVERIFY(!shares.empty());
        shares[0].values["valeur"] = qint64(1500000);
        Entry added;
        added.values["societe"] = QStringLiteral("Atelier Vauban SARL");
        added.values["capitalDetenu"] = qint64(1000);
        added.values["nombreParts"] = qint64(50);
        added.values["valeur"] = qint64(2500000);
        shares.push_back(added);
        auto v2 = (*store)->declarations().file(modified, juge);
        QVERIFY2(v2, v2 ? "" : qPrintable(v2.error().message));
        m_jugeV2 = *v2;

        auto presidentRecords = (*store)->declarations().list(president);
        QVERIFY(presidentRecords);
        for (const store::DeclarationRecord& record : *presidentRecords) {
            if (record.kind == DeclarationKind::Patrimoine) {
                m_dspV1 = record.id;
            }
        }
        auto dsp = (*store)->declarations().open(m_dspV1, president);
        QVERIFY(dsp);
        Declaration assets = *DeclarationCodec::decode(dsp->toByteArrayUnwiped());
        assets.event = DeclarationEvent::Modification;
        assets.supersedes = m_dspV1;
        assets.profile->changedOn = QDate(2026, 4, 1);
        // The car sold (14 500 €), a separate savings account opened (20 000 €), the loan down to 36 000 €.
        assets.items["vehicules"] = ItemAnswer{true, {}};
        Entry account;
        account.values["titulaire"] = QStringLiteral("Jean-Baptiste Moreau");
        account.values["etablissement"] = QStringLiteral("Caisse d'épargne");
        account.values["typeCompte"] = QStringLiteral("livret-a");
        account.values["numeroCompte"] = QStringLiteral("...7781");
        account.values["regime"] = QStringLiteral("propre");
        account.values["solde"] = qint64(2000000);
        assets.items["comptesBancaires"].entries.push_back(account);
        assets.items["passif"].entries[0].values["montantRestant"] = qint64(3600000);
        auto dspV2 = (*store)->declarations().file(assets, president);
        QVERIFY2(dspV2, dspV2 ? "" : qPrintable(dspV2.error().message));
        m_dspV2 = *dspV2;

        // The président reviews on 1 May 2026.
        Clock::setForTesting(at("2026-05-01T08:00:00Z"));
    }

    void cleanupTestCase() { Clock::reset(); }

    void presidentReviewsAndAcknowledges()
    {
        MainWindow window;
        startAndUnlock(window, "Jean-Baptiste");
        gui::AuthorityWorkspace& workspace = *window.authorityWorkspace();
        QVERIFY(workspace.ownDeclarations()); // he declares too
        QSortFilterProxyModel& inbox = *workspace.inboxProxy();

        // The juge's two versions and Sophie Laurent's DI; not his own, not the substitut's.
        QCOMPARE(inbox.rowCount(), 3);
        QStringList declarants = columnTexts(inbox, gui::AuthorityWorkspace::DeclarantColumn);
        declarants.sort();
        QCOMPARE(declarants,
                 (QStringList{"Hélène Durand-Lefèvre", "Hélène Durand-Lefèvre", "Sophie Laurent"}));
        for (const gui::InboxEntry& entry : workspace.entries()) {
            QVERIFY(entry.unread());
            QVERIFY(!entry.forwarded);
        }
        // Newest first.
        QCOMPARE(inbox.index(0, 0).data(Qt::UserRole + 2).toString(), m_jugeV2);
        saveScreenshot(window, "authority-01-inbox");

        // Filters: the declarant, the status.
        child<QLineEdit>(window, "inboxSearch")->setText("laurent");
        QCOMPARE(inbox.rowCount(), 1);
        child<QLineEdit>(window, "inboxSearch")->clear();
        auto* status = child<QComboBox>(window, "inboxStatus");
        status->setCurrentIndex(status->findData("to-acknowledge"));
        QCOMPARE(inbox.rowCount(), 2);
        status->setCurrentIndex(status->findData("superseded"));
        QCOMPARE(inbox.rowCount(), 1); // the first version, acknowledged in the demo
        status->setCurrentIndex(0);
        auto* event = child<QComboBox>(window, "inboxEvent");
        event->setCurrentIndex(event->findData("modification"));
        QCOMPARE(inbox.rowCount(), 1);
        event->setCurrentIndex(0);
        QCOMPARE(inbox.rowCount(), 3);

        // Opening: audited, the bordereau names him as the last to open it.
        openAndWait(workspace, m_jugeV2);
        gui::DeclarationReview& review = *workspace.review();
        QVERIFY(review.view()->browser()->toPlainText().contains(QStringLiteral("Atelier Vauban SARL")));
        store::Store& store = *window.session()->store;
        const crypto::Identity president = window.session()->identity;
        auto audit = store.audit().log(president);
        QVERIFY(audit);
        QVERIFY(std::any_of(audit->begin(), audit->end(), [&](const store::AuditEntry& entry) {
            return entry.action == "open" && entry.declarationId == m_jugeV2 &&
                   entry.actorId == window.session()->person.id;
        }));
        auto* lastOpened = child<QLabel>(window, "bordereauLastOpened");
        QVERIFY2(lastOpened->text().contains("Jean-Baptiste Moreau"), qPrintable(lastOpened->text()));
        QVERIFY(lastOpened->text().contains("01/05/2026"));
        const QString mayOpen = child<QLabel>(window, "bordereauMayOpen")->text();
        QVERIFY(mayOpen.contains("Hélène Durand-Lefèvre") && mayOpen.contains("Jean-Baptiste Moreau"));
        // A DI filed to him: the entretien déontologique and the collège's avis at the side
        // (tst_gui_entretien).
        QVERIFY(review.entretienBox()->isVisible());
        QVERIFY(review.avisBox()->isVisible());
        QTRY_VERIFY_WITH_TIMEOUT(review.entretienFile().has_value(), 30000);
        QVERIFY(review.entretienFile()->entretiens.isEmpty()); // none on the modified version yet
        QVERIFY(child<QPushButton>(window, "scheduleEntretien")->isEnabled());
        // It says which version it replaces.
        QVERIFY(child<QLabel>(window, "reviewSubtitle")->text().contains("02/03/2026"));
        QVERIFY(!review.tabs()->isTabVisible(gui::DeclarationReview::VariationTab));
        saveScreenshot(window, "authority-02-review");

        // Side by side with the first version: the revalued holding and the new one, the functions.
        review.tabs()->setCurrentIndex(gui::DeclarationReview::CompareTab);
        const DeclarationDiff& diff = review.compare()->diff();
        QVERIFY(!diff.isEmpty());
        QCOMPARE(diff.declarantFields, QStringList{"fonctions"});
        const ItemDiff* shares = diff.find("participationsFinancieres");
        QVERIFY(shares);
        QCOMPARE(shares->changed, 1);
        QCOMPARE(shares->added, 1);
        const QString current = review.compare()->currentBrowser()->toHtml();
        QVERIFY(current.contains("#d4efdc")); // the new entry
        QVERIFY(current.contains("#ffd866")); // the changed value, and the changed function
        QVERIFY(!review.compare()->previousBrowser()->toHtml().contains("#d4efdc"));
        QVERIFY(review.compare()->summary()->toPlainText().contains("Participations financières"));
        QCoreApplication::processEvents(); // the side panel gives way: the versions take the whole width
        review.compare()->scrollToItem("participationsFinancieres");
        saveScreenshot(window, "authority-03-compare");

        // The receipt: acknowledged, stored, and as a PDF; the declaration as a PDF.
        review.tabs()->setCurrentIndex(gui::DeclarationReview::DeclarationTab);
        auto* acknowledge = child<QPushButton>(window, "acknowledge");
        QVERIFY(acknowledge->isEnabled());
        QVERIFY(!child<QPushButton>(window, "exportReceiptPdf")->isEnabled());
        QSignalSpy acknowledged(&review, &gui::DeclarationReview::acknowledged);
        QTest::mouseClick(acknowledge, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(acknowledged.count() == 1, 30000);
        QVERIFY(store.declarations().receipt(m_jugeV2, window.session()->person.id));
        QVERIFY(!acknowledge->isEnabled());
        QVERIFY(child<QPushButton>(window, "exportReceiptPdf")->isEnabled());
        QString lastTitle;
        review.savePathProvider = [&](const QString& title, const QString& suggested) {
            lastTitle = title;
            return m_directory.filePath(suggested);
        };
        QTest::mouseClick(child<QPushButton>(window, "exportReceiptPdf"), Qt::LeftButton);
        const QString receiptPdf =
            m_directory.filePath("DI-Helene-Durand-Lefevre-2026-04-10-accuse-de-reception.pdf");
        QVERIFY2(QFile::exists(receiptPdf), qPrintable(child<QLabel>(window, "reviewMessage")->text()));
        const QString receiptText = pdfText(receiptPdf);
        QVERIFY2(receiptText.contains("Hélène Durand-Lefèvre"), qPrintable(receiptText));
        QVERIFY(receiptText.contains("Jean-Baptiste Moreau"));
        QVERIFY(receiptText.contains("SHA-256"));
        QVERIFY(receiptText.contains(m_jugeV2));
        QVERIFY(receiptText.contains("01/05/2026"));
        QVERIFY2(receiptText.contains(QStringLiteral("Confidentiel")), qPrintable(receiptText));
        QVERIFY(receiptText.contains(QStringLiteral("226-1")));
        QVERIFY(!receiptText.contains("Atelier Vauban")); // a receipt carries no content
        // The declaration as a PDF: its plaintext leaves the store, so the trail records it first
        // (export-pdf, the file's hash; no content, no path). When the trail cannot take the entry (someone
        // edited its last entry), nothing is written and the review says why.
        const QString declarationPdf = m_directory.filePath("DI-Helene-Durand-Lefevre-2026-04-10.pdf");
        const auto lastEntry = [&store] {
            auto row =
                store.connection().exec(QStringLiteral("SELECT sequence, action, declaration_id, actor_id, "
                                                       "details FROM audit ORDER BY sequence DESC "
                                                       "LIMIT 1"));
            QVariantList values;
            if (row && row.value().next()) {
                for (int column = 0; column < 5; ++column) {
                    values << row.value().value(column);
                }
                row.value().finish();
            }
            return values;
        };
        const QVariantList beforeExport = lastEntry();
        QVERIFY(store.connection()
                    .exec(QStringLiteral("UPDATE audit SET details = '{}' WHERE sequence = ?"),
                          {beforeExport.at(0)})
                    .ok());
        QTest::mouseClick(child<QPushButton>(window, "exportDeclarationPdf"), Qt::LeftButton);
        QVERIFY(!QFile::exists(declarationPdf));
        QVERIFY2(child<QLabel>(window, "reviewMessage")->text().contains("piste d'audit") ||
                     child<QLabel>(window, "reviewMessage")->text().contains("audit trail"),
                 qPrintable(child<QLabel>(window, "reviewMessage")->text()));
        QCOMPARE(lastEntry().at(0), beforeExport.at(0)); // nothing appended
        QVERIFY(store.connection()
                    .exec(QStringLiteral("UPDATE audit SET details = ? WHERE sequence = ?"),
                          {beforeExport.at(4), beforeExport.at(0)})
                    .ok());
        QVERIFY(store.audit().verify(store::AuditVerification::EverySignature));

        QTest::mouseClick(child<QPushButton>(window, "exportDeclarationPdf"), Qt::LeftButton);
        const QString declarationText = pdfText(declarationPdf);
        QVERIFY2(declarationText.contains("Atelier Vauban SARL"), qPrintable(declarationText.left(400)));
        QVERIFY(declarationText.contains(QStringLiteral("226-1")));
        const QVariantList exported = lastEntry();
        QCOMPARE(exported.at(0).toLongLong(), beforeExport.at(0).toLongLong() + 1);
        QCOMPARE(exported.at(1).toString(), QString("export-pdf"));
        QCOMPARE(exported.at(2).toString(), m_jugeV2);
        QCOMPARE(exported.at(3).toString(), window.session()->person.id);
        QFile pdfFile(declarationPdf);
        QVERIFY(pdfFile.open(QIODevice::ReadOnly));
        const QJsonObject details = QJsonDocument::fromJson(exported.at(4).toString().toUtf8()).object();
        QCOMPARE(
            details,
            (QJsonObject{
                {"format", "pdf"},
                {"sha256",
                 QString(QCryptographicHash::hash(pdfFile.readAll(), QCryptographicHash::Sha256).toHex())}}));
        QVERIFY(store.audit().verify(store::AuditVerification::EverySignature));
        saveScreenshot(window, "authority-04-acknowledged");

        // Back in the inbox: read, acknowledged.
        QTest::mouseClick(child<QPushButton>(window, "backToInbox"), Qt::LeftButton);
        QVERIFY(!workspace.isReviewing());
        const int row = [&] {
            for (int r = 0; r < inbox.rowCount(); ++r) {
                if (inbox.index(r, 0).data(Qt::UserRole + 2).toString() == m_jugeV2) {
                    return r;
                }
            }
            return -1;
        }();
        QVERIFY(row >= 0);
        QVERIFY(!inbox.index(row, gui::AuthorityWorkspace::ReadColumn).data().toString().isEmpty());
        for (const gui::InboxEntry& entry : workspace.entries()) {
            if (entry.record.id == m_jugeV2) {
                QVERIFY(!entry.unread());
                QVERIFY(entry.acknowledgedByMe);
            }
        }
        // Opening the previous version for the comparison was audited too.
        for (const gui::InboxEntry& entry : workspace.entries()) {
            if (entry.record.id == m_jugeV1) {
                QVERIFY(!entry.unread());
            }
        }
        child<QCheckBox>(window, "inboxUnreadOnly")->setChecked(true);
        QCOMPARE(inbox.rowCount(), 1); // Sophie Laurent's
        child<QCheckBox>(window, "inboxUnreadOnly")->setChecked(false);
        saveScreenshot(window, "authority-05-inbox-after");
    }

    // The président's receipt for the juge's modified DI replaced, by raw SQL, with one the juge signed
    // herself (issue 12, section 5): both workspaces say in red that it is not valid, and who signed it.
    void swappedReceiptShownInvalid()
    {
        QByteArray original, forged;
        {
            auto store = store::Store::open(storePath());
            QVERIFY(store);
            const crypto::Identity juge = load(demoDirectory(), "Hélène");
            const crypto::Identity president = load(demoDirectory(), "Jean-Baptiste");
            auto presidentPerson = (*store)->directory().personFor(president.certificate());
            QVERIFY(presidentPerson);
            auto receipt = (*store)->declarations().receipt(
                m_jugeV2, presidentPerson->id); // acknowledged in the test above
            if (!receipt) {
                receipt = (*store)->declarations().acknowledge(m_jugeV2, president); // when run alone
            }
            QVERIFY2(receipt, receipt ? "" : qPrintable(receipt.error().message));
            original = *receipt;
            auto envelope = (*store)->connection().exec(
                "SELECT sealed FROM envelopes WHERE declaration_id = ? AND forwarded_by IS NULL", {m_jugeV2});
            QVERIFY(envelope && envelope.value().next());
            forged = forgeReceiptAsJuge(demoDirectory(), envelope.value().value(0).toByteArray(),
                                        juge.certificate(), president.certificate());
            envelope.value().finish();
            QVERIFY(!forged.isEmpty());
        }
        const auto replaceReceipt = [this](const QByteArray& bytes) {
            auto store = store::Store::open(storePath());
            return store &&
                   (*store)
                       ->connection()
                       .exec("UPDATE receipts SET receipt = ? WHERE declaration_id = ?", {bytes, m_jugeV2})
                       .ok();
        };
        QVERIFY(replaceReceipt(forged));
        auto restore = qScopeGuard([&] { replaceReceipt(original); });

        {
            MainWindow window;
            startAndUnlock(window, "Jean-Baptiste");
            gui::AuthorityWorkspace& workspace = *window.authorityWorkspace();
            QSortFilterProxyModel& inbox = *workspace.inboxProxy();
            const auto found =
                std::find_if(workspace.entries().begin(), workspace.entries().end(),
                             [&](const gui::InboxEntry& e) { return e.record.id == m_jugeV2; });
            QVERIFY(found != workspace.entries().end());
            // A copy: the inbox is read again (its entries replaced) once the declaration is opened.
            const auto entry = std::make_shared<const gui::InboxEntry>(*found);
            QVERIFY(entry->acknowledgedByMe);
            // Who signed it and who was expected, by name (the words around them are translated).
            const auto namesBoth = [](const QString& text) {
                return text.contains("Hélène Durand-Lefèvre") && text.contains("Jean-Baptiste Moreau");
            };
            QVERIFY2(namesBoth(entry->receiptProblem), qPrintable(entry->receiptProblem));
            QVERIFY(!entry->mayAcknowledge());
            int row = -1;
            for (int r = 0; r < inbox.rowCount(); ++r) {
                if (inbox.index(r, 0).data(Qt::UserRole + 2).toString() == m_jugeV2) {
                    row = r;
                }
            }
            QVERIFY(row >= 0);
            const QModelIndex status = inbox.index(row, gui::AuthorityWorkspace::StatusColumn);
            QCOMPARE(status.data().toString(), entry->statusLabel());
            QCOMPARE(status.data(Qt::ForegroundRole).value<QBrush>().color(), QColor(0xb0, 0x2a, 0x37));
            QVERIFY(namesBoth(status.data(Qt::ToolTipRole).toString()));
            saveScreenshot(window, "authority-receipt-not-valid-1-inbox");

            openAndWait(workspace, m_jugeV2);
            auto* state = child<QLabel>(window, "receiptState");
            QVERIFY2(namesBoth(state->text()), qPrintable(state->text()));
            QVERIFY(state->styleSheet().contains("#b02a37"));
            QVERIFY(state->isVisible());
            QVERIFY(!child<QPushButton>(window, "exportReceiptPdf")->isEnabled());
            QVERIFY(!child<QPushButton>(window, "acknowledge")->isEnabled());
            QVERIFY(!gui::ReceiptDocumentCommand(*window.session()).run(entry->record));
            saveScreenshot(window, "authority-receipt-not-valid-2-review");
        }
        {
            // The juge's own list: not "receipt held", in red, the reason in the tooltip.
            MainWindow window;
            startAndUnlock(window, "Hélène", false);
            if (QTest::currentTestFailed()) {
                return;
            }
            auto* tabs = child<QTabWidget>(window, "workspaceTabs");
            tabs->setCurrentWidget(child<QWidget>(window, "tab.declarations"));
            auto* table = child<QTableWidget>(window, "declarations");
            const QColor red(0xb0, 0x2a, 0x37);
            int row = -1;
            for (int r = 0; r < table->rowCount(); ++r) {
                if (table->item(r, gui::DeclarantWorkspace::StatusColumn)->foreground().color() == red) {
                    QCOMPARE(row, -1); // the first version's receipt is the président's own
                    row = r;
                }
            }
            QVERIFY(row >= 0);
            QCOMPARE(table->item(row, gui::DeclarantWorkspace::VersionColumn)->text(), QString("2"));
            QTableWidgetItem* status = table->item(row, gui::DeclarantWorkspace::StatusColumn);
            const QString tip = status->toolTip();
            QVERIFY2(tip.contains("Hélène Durand-Lefèvre") && tip.contains("Jean-Baptiste Moreau"),
                     qPrintable(tip));
            saveScreenshot(window, "authority-receipt-not-valid-3-declarant");
        }
    }

    void presidentsComplianceDashboard()
    {
        MainWindow window;
        startAndUnlock(window, "Jean-Baptiste");
        gui::AuthorityWorkspace& workspace = *window.authorityWorkspace();
        workspace.tabs()->setCurrentIndex(gui::AuthorityWorkspace::ComplianceTab);
        gui::ComplianceDashboard& dashboard = *workspace.dashboard();
        QSortFilterProxyModel& table = *dashboard.proxy();

        // His juges, from the directory: Hélène (installation and modification), Sophie Laurent, Paul Martin.
        QCOMPARE(table.rowCount(), 4);
        QStringList names = columnTexts(table, gui::ComplianceDashboard::MagistrateColumn);
        names.removeDuplicates();
        QCOMPARE(names, (QStringList{"Hélène Durand-Lefèvre", "Paul Martin", "Sophie Laurent"}));
        const int martin = rowOf(table, "Paul Martin");
        QCOMPARE(table.index(martin, gui::ComplianceDashboard::DaysLateColumn).data().toString(),
                 QString("30"));
        QCOMPARE(table.index(martin, gui::ComplianceDashboard::DueColumn).data().toString(),
                 QString("01/04/2026"));
        QCOMPARE(table.index(martin, gui::ComplianceDashboard::FiledColumn).data().toString(), QString("—"));
        const int laurent = rowOf(table, "Sophie Laurent");
        QCOMPARE(table.index(laurent, gui::ComplianceDashboard::DaysLateColumn).data().toString(),
                 QString("29"));
        QCOMPARE(table.index(laurent, gui::ComplianceDashboard::FiledColumn).data().toString(),
                 QString("02/03/2026"));
        QCOMPARE(table.index(laurent, gui::ComplianceDashboard::EntretienColumn).data().toString(),
                 gui::ComplianceDashboard::tr("not held yet"));
        // The juge's first DI had its entretien in the demo, and she acknowledged the fiche; her modification
        // has had none.
        for (int row = 0; row < table.rowCount(); ++row) {
            if (table.index(row, 0).data().toString() != "Hélène Durand-Lefèvre") {
                continue;
            }
            const QString entretien =
                table.index(row, gui::ComplianceDashboard::EntretienColumn).data().toString();
            const bool installation =
                table.index(row, gui::ComplianceDashboard::EventColumn).data().toString() ==
                gui::capitalized(eventLabel(DeclarationEvent::Installation));
            QCOMPARE(entretien,
                     installation ? gui::EntretienText::tr("held on %1").arg("02/03/2026") : QString("—"));
        }
        const QList<CountsChart::Bar> bars = dashboard.chart()->bars();
        QCOMPARE(bars.size(), 4);
        QCOMPARE(bars[0].value, 4); // due
        QCOMPARE(bars[1].value, 3); // filed
        QCOMPARE(bars[2].value, 2); // late
        QCOMPARE(bars[3].value, 2); // on time

        // Sorted by days late, the most late first.
        dashboard.table()->sortByColumn(gui::ComplianceDashboard::DaysLateColumn, Qt::DescendingOrder);
        QCOMPARE(table.index(0, 0).data().toString(), QString("Paul Martin"));
        QCOMPARE(table.index(1, 0).data().toString(), QString("Sophie Laurent"));
        saveScreenshot(window, "authority-06-compliance");

        // CSV: what is shown, French spreadsheet style.
        const QString csvPath = m_directory.filePath("conformite.csv");
        QVERIFY(dashboard.exportCsv(csvPath));
        const QByteArray csv = [&] {
            QFile file(csvPath);
            return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
        }();
        QVERIFY(csv.startsWith("\xEF\xBB\xBF"));
        const QStringList lines = QString::fromUtf8(csv.mid(3)).split("\r\n", Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 5);
        QCOMPARE(lines[0].count(';'), 9);
        QVERIFY2(lines[1].startsWith(QStringLiteral("Paul Martin;DI;Installation;01/04/2026;—;30;")),
                 qPrintable(lines[1]));
        QVERIFY(lines[1].endsWith(";tribunal judiciaire de Nanterre"));
        QVERIFY2(
            lines[2].startsWith(QStringLiteral("Sophie Laurent;DI;Installation;01/02/2026;02/03/2026;29;")),
            qPrintable(lines[2]));

        // Filtered: only what is late.
        auto* state = dashboard.stateFilter();
        state->setCurrentIndex(state->findData("late"));
        QCOMPARE(table.rowCount(), 2);
        QCOMPARE(dashboard.chart()->bars()[0].value, 2);
        const QString pdfPath = m_directory.filePath("conformite.pdf");
        QVERIFY(dashboard.exportPdf(pdfPath));
        const QString pdf = pdfText(pdfPath);
        QVERIFY2(pdf.contains("Paul Martin") && pdf.contains("Sophie Laurent"), qPrintable(pdf));
        QVERIFY(!pdf.contains("Durand-Lefèvre"));
        QVERIFY2(pdf.contains(QStringLiteral("Confidentiel — art. 7-2")), qPrintable(pdf));
        QVERIFY(pdf.contains("226-1"));
        state->setCurrentIndex(0);

        // A roster with bad rows: every bad line named, nothing imported.
        const QString bad = m_directory.filePath("roster-bad.csv");
        {
            QFile file(bad);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write("name;status;formation;court_type;court_seat;rank;installed_on\n"
                       "Hélène Durand-Lefèvre;titulaire;siege;tj;Nanterre;magistrat;2026-01-15\n"
                       "Paul Martin;titulaire;siege;tj;Nanterre;magistrat;31/02/2026\n"
                       "Thomas Nguyen;titulaire;parquet;tj;Nanterre;magistrat;2026-01-15\n"
                       "Anne Brun;titulaire;siege;tj;Nanterre;magistrat;2026-03-01\n");
        }
        QVERIFY(!dashboard.importRoster(bad));
        QListWidget* problems = dashboard.rosterProblems();
        QVERIFY(problems->isVisible());
        QCOMPARE(problems->count(), 2);
        QVERIFY2(problems->item(0)->text().contains("3"), qPrintable(problems->item(0)->text()));
        QVERIFY(problems->item(0)->text().contains("installed_on"));
        QVERIFY(problems->item(1)->text().contains("4"));
        QCOMPARE(table.rowCount(), 4); // unchanged
        QVERIFY(!columnTexts(table, 0).contains("Anne Brun"));
        saveScreenshot(window, "authority-07-roster-refused");

        // The corrected roster: its magistrates, matched to the directory by name.
        const QString good = m_directory.filePath("roster.csv");
        {
            QFile file(good);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write("name;status;formation;court_type;court_seat;rank;installed_on\n"
                       "Hélène Durand-Lefèvre;titulaire;siege;tj;Nanterre;magistrat;2026-01-15\n"
                       "Paul Martin;titulaire;siege;tj;Nanterre;magistrat;01/02/2026\n"
                       "Anne Brun;titulaire;siege;tj;Nanterre;magistrat;2026-03-01\n");
        }
        QVERIFY(dashboard.importRoster(good));
        // A local file: read here and now (no worker), never marked busy.
        QVERIFY(!window.session()->worker);
        QVERIFY(!dashboard.isReading());
        QVERIFY(child<QWidget>(dashboard, "complianceBusy")->isHidden());
        QVERIFY(!problems->isVisible());
        QCOMPARE(table.rowCount(), 3);
        const int brun = rowOf(table, "Anne Brun");
        QVERIFY(brun >= 0);
        QCOMPARE(table.index(brun, gui::ComplianceDashboard::DueColumn).data().toString(),
                 QString("01/05/2026"));
        QCOMPARE(table.index(brun, gui::ComplianceDashboard::DaysLateColumn).data().toString(), QString("—"));
        const int helene = rowOf(table, "Hélène Durand-Lefèvre");
        QCOMPARE(table.index(helene, gui::ComplianceDashboard::FiledColumn).data().toString(),
                 QString("02/03/2026"));
        saveScreenshot(window, "authority-08-roster");
    }

    // "Reminder letters…" on 1 May: one letter per magistrate shown whose declaration is overdue, Paul Martin
    // (his DI, due on 1 April, 30 days late; Sophie Laurent filed hers, late), in the house style with the
    // article that makes it due; each reminder recorded in the trail before its letter is written.
    void presidentWritesReminderLetters()
    {
        MainWindow window;
        startAndUnlock(window, "Jean-Baptiste");
        gui::AuthorityWorkspace& workspace = *window.authorityWorkspace();
        workspace.tabs()->setCurrentIndex(gui::AuthorityWorkspace::ComplianceTab);
        gui::ComplianceDashboard& dashboard = *workspace.dashboard();
        auto* button = child<QPushButton>(dashboard, "reminderLetters");
        QVERIFY(button->isEnabled());
        store::Store& store = *window.session()->store;
        const auto reminders = [&store] {
            auto entries = store.audit().entries({store::actions::ReminderLetter});
            return entries ? *entries : std::vector<store::AuditEntry>();
        };
        const size_t before = reminders().size();

        // Only what is filed shown: no overdue declaration, no letter.
        auto* state = dashboard.stateFilter();
        state->setCurrentIndex(state->findData("filed"));
        QVERIFY(!button->isEnabled());
        QVERIFY(dashboard.reminderLetters().empty());
        state->setCurrentIndex(0);
        QVERIFY(button->isEnabled());
        const std::vector<ReminderLetter> letters = dashboard.reminderLetters();
        QCOMPARE(int(letters.size()), 1);
        QCOMPARE(letters[0].magistrate, QString("Paul Martin"));

        // A folder that cannot take them: said, and nothing recorded.
        QSignalSpy done(&dashboard, &gui::ComplianceDashboard::reminderLettersDone);
        const QString nowhere = m_directory.filePath("no-such-folder");
        dashboard.folderProvider = [&nowhere](const QString&) { return nowhere; };
        QTest::mouseClick(button, Qt::LeftButton);
        QTRY_COMPARE(done.count(), 1);
        QCOMPARE(done[0][0].toInt(), 0);
        QVERIFY(!done[0][2].toString().isEmpty());
        auto* message = child<QLabel>(dashboard, "complianceMessage");
        QVERIFY2(message->text().contains("no-such-folder"), qPrintable(message->text()));
        QCOMPARE(reminders().size(), before);

        QTemporaryDir folder;
        dashboard.folderProvider = [&folder](const QString&) { return folder.path(); };
        QTest::mouseClick(button, Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(done.count(), 2, 30000);
        QCOMPARE(done[1][0].toInt(), 1);
        QCOMPARE(done[1][2].toString(), QString());
        QVERIFY(!dashboard.isWritingReminders());
        QVERIFY(child<QWidget>(dashboard, "reminderProgress")->isHidden());
        const QStringList written = QDir(folder.path()).entryList({"*.pdf"}, QDir::Files);
        QCOMPARE(written, QStringList{"relance-Paul-Martin-2026-05-01.pdf"});
        QVERIFY2(message->text().contains(QDir::toNativeSeparators(folder.path())),
                 qPrintable(message->text()));
        saveScreenshot(window, "authority-13-reminder-letters");

        const QString path = QDir(folder.path()).filePath(written[0]);
        const QString text = pdfText(path).simplified();
        for (const char* words : {"Paul Martin", "Jean-Baptiste Moreau", "01/04/2026", "01/02/2026",
                                  "01/05/2026", "30", "art. 7-2, I, 1°", "58-1270", "Nanterre"}) {
            QVERIFY2(text.contains(QString::fromUtf8(words)),
                     qPrintable(QString::fromUtf8(words) + " not in: " + text));
        }
        // Only his letter: no one else's name, nothing declared.
        QVERIFY(!text.contains("Laurent"));
        QVERIFY(!text.contains("Durand-Lefèvre"));
        // The first page, to look at.
        const QString kept = QDir(qEnvironmentVariable("PROBITAS_TEST_ARTIFACTS", QDir::tempPath()))
                                 .filePath("authority-" + written[0]);
        QProcess::execute("pdftoppm", {"-png", "-r", "80", "-f", "1", "-l", "1", kept, kept.chopped(4)});

        // Recorded: by the président, about Paul Martin's DI and its due date, with the letter's hash.
        const std::vector<store::AuditEntry> after = reminders();
        QCOMPARE(after.size(), before + 1);
        const store::AuditEntry& entry = after.back();
        QCOMPARE(entry.actorId, window.session()->person.id);
        QVERIFY(entry.declarationId.isEmpty());
        auto martin = store.directory().personByName("Paul Martin");
        QVERIFY(martin);
        QCOMPARE(entry.details.value("magistrate").toString(), martin->id);
        const QJsonObject owed = entry.details.value("declarations").toArray().at(0).toObject();
        QCOMPARE(owed.value("kind").toString(), QString("interets"));
        QCOMPARE(owed.value("due").toString(), QString("2026-04-01"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(entry.details.value("sha256").toString(),
                 QString::fromLatin1(
                     QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256).toHex()));

        // Again the same day: a second letter beside the first, never over it.
        QTest::mouseClick(button, Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(done.count(), 3, 30000);
        QCOMPARE(QDir(folder.path()).entryList({"*.pdf"}, QDir::Files),
                 (QStringList{"relance-Paul-Martin-2026-05-01-2.pdf", "relance-Paul-Martin-2026-05-01.pdf"}));
        QCOMPARE(reminders().size(), before + 2);
    }

    void hatvpSeesTheVariation()
    {
        MainWindow window;
        startAndUnlock(window, "Haute Autorité");
        gui::AuthorityWorkspace& workspace = *window.authorityWorkspace();
        QVERIFY(!workspace.ownDeclarations());
        QSortFilterProxyModel& inbox = *workspace.inboxProxy();
        // The président's two declarations of assets and the member of the Conseil constitutionnel's,
        // nothing else.
        QCOMPARE(inbox.rowCount(), 3);
        for (const gui::InboxEntry& entry : workspace.entries()) {
            QCOMPARE(entry.record.kind, DeclarationKind::Patrimoine);
        }
        saveScreenshot(window, "authority-09-hatvp-inbox");

        openAndWait(workspace, m_dspV2);
        gui::DeclarationReview& review = *workspace.review();
        QVERIFY(review.tabs()->isTabVisible(gui::DeclarationReview::VariationTab));
        review.tabs()->setCurrentIndex(gui::DeclarationReview::VariationTab);
        const QString variation = review.variation()->browser()->toPlainText();
        // The car sold: −14 500 €; a separate account: +20 000 €; the loan: −6 000 €; net: +11 500 €.
        // (Whole euros are written without decimals.)
        // toPlainText() turns the (narrow) no-break spaces of French amounts into plain ones.
        const QChar nnbsp(' ');
        const QString euro = QStringLiteral(" €");
        QVERIFY2(variation.contains(QStringLiteral("−14") + nnbsp + "500" + euro), qPrintable(variation));
        QVERIFY(variation.contains(QStringLiteral("+20") + nnbsp + "000" + euro));
        QVERIFY(variation.contains(QStringLiteral("−6") + nnbsp + "000" + euro));
        QVERIFY(variation.contains(QStringLiteral("+11") + nnbsp + "500" + euro));
        QVERIFY2(variation.contains(QStringLiteral("bien propre")), qPrintable(variation));
        QVERIFY(variation.contains(QStringLiteral("communauté")));
        saveScreenshot(window, "authority-10-hatvp-variation");
        review.tabs()->setCurrentIndex(gui::DeclarationReview::CompareTab);
        QVERIFY(review.compare()->diff().find("vehicules"));
        saveScreenshot(window, "authority-11-hatvp-compare");

        // The first declaration of assets has nothing to compare with: its totals.
        QTest::mouseClick(child<QPushButton>(window, "backToInbox"), Qt::LeftButton);
        openAndWait(workspace, m_dspV1);
        QVERIFY(review.variation()->browser()->toPlainText().contains(QStringLiteral("674") + nnbsp +
                                                                      "605,45" + euro));

        workspace.tabs()->setCurrentIndex(gui::AuthorityWorkspace::ComplianceTab);
        QSortFilterProxyModel& table = *workspace.dashboard()->proxy();
        // The président's DSP at installation and after the change; the member of the Conseil
        // constitutionnel's at installation.
        QCOMPARE(table.rowCount(), 3);
        // No entretien for a declaration of assets.
        QVERIFY(workspace.dashboard()->table()->isColumnHidden(gui::ComplianceDashboard::EntretienColumn));
        QCOMPARE(workspace.dashboard()->visibleTable().headers.size(), 9);
        QCOMPARE(table.index(0, 0).data().toString(), QString("Jean-Baptiste Moreau"));
        saveScreenshot(window, "authority-12-hatvp-compliance");
    }

    // Alt+letter reaches one control per screen only when no two share the letter, in French and in the
    // English of the source. A head of court sees the authority's tabs above every screen, his own
    // declarant's workspace and its wizard included.
    void everyScreenHasDistinctMnemonics_data()
    {
        QTest::addColumn<bool>("french");
        QTest::newRow("French") << true;
        QTest::newRow("English") << false;
    }

    void everyScreenHasDistinctMnemonics()
    {
        QFETCH(bool, french);
        if (!french) {
            QCoreApplication::removeTranslator(&m_french);
        }
        const auto frenchAgain = qScopeGuard([this, french] {
            if (!french) {
                QCoreApplication::installTranslator(&m_french);
            }
        });
        MainWindow window;
        startAndUnlock(window, "Jean-Baptiste");
        gui::AuthorityWorkspace& workspace = *window.authorityWorkspace();
        QSet<QString> mnemonics;
        QStringList screens;
        const auto look = [&](const QString& screen) {
            const QSet<QString> found = mnemonicConflicts(&window);
            if (!found.isEmpty()) {
                screens << screen + ": " + QStringList(found.values()).join(", ");
            }
            mnemonics.unite(found);
        };

        look("inbox");
        openAndWait(workspace, m_jugeV2);
        for (int tab = 0; tab < workspace.review()->tabs()->count(); ++tab) {
            workspace.review()->tabs()->setCurrentIndex(tab);
            look(QString("review tab %1").arg(tab));
        }
        workspace.showInbox();
        workspace.tabs()->setCurrentIndex(gui::AuthorityWorkspace::ComplianceTab);
        look("compliance");

        gui::DeclarantWorkspace* own = workspace.ownDeclarations();
        QVERIFY(own);
        workspace.tabs()->setCurrentIndex(workspace.tabs()->indexOf(own));
        for (int tab = 0; tab < own->tabs()->count(); ++tab) {
            own->tabs()->setCurrentIndex(tab);
            look(QString("own declarations tab %1").arg(tab));
        }
        own->confirmation = [](const QString&) { return true; };
        own->startNew();
        DeclarationWizard* wizard = own->wizard();
        QVERIFY(wizard);
        for (int step = 0; step < wizard->stepCount(); ++step) {
            wizard->setCurrentStep(step);
            look(QString("own declaration, step %1").arg(step));
        }
        child<QCheckBox>(*wizard, "attest")->setChecked(true);
        look("own declaration, attested");
        QVERIFY2(mnemonics.isEmpty(), qPrintable(screens.join("; ")));
    }
};

QTEST_MAIN(TestGuiAuthority)
#include "tst_gui_authority.moc"
