// The entretien déontologique (art. 7-2 I) and the collège's avis (art. 7-2 II) driven through the GUI, each
// party in their own window on the same demo store: the président of TJ Nanterre convokes a juge, records the
// fiche navette and exports it as a PDF; the juge reads and acknowledges it; the président invites her to
// modify her declaration and her client files the modification, which supersedes it; the procureur asks the
// collège's avis on the substitut's DI, the collège gives it and the procureur reads it. Screenshots land in
// PROBITAS_TEST_ARTIFACTS ("entretien-*").
#include "AppTestSupport.h"
#include "AuthorityWorkspace.h"
#include "BuiltInData.h"
#include "CertificateAuthority.h"
#include "Clock.h"
#include "ComplianceDashboard.h"
#include "CryptoInit.h"
#include "DeclarantWorkspace.h"
#include "DeclarationReview.h"
#include "DeclarationView.h"
#include "DeclarationWizard.h"
#include "EntretienCommands.h"
#include "EntretienDialogs.h"
#include "GuiTestSupport.h"
#include "MainWindow.h"
#include "ProductFrench.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QCryptographicHash>
#include <QDateEdit>
#include <QDateTimeEdit>
#include <QGroupBox>
#include <QJsonArray>
#include <QLabel>
#include <QPlainTextEdit>
#include <QProcess>
#include <QRadioButton>
#include <QScrollArea>
#include <QScrollBar>
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

const QString kPresident = QStringLiteral("Jean-Baptiste");
const QString kProcureur = QStringLiteral("Claire Fontaine");
const QString kCollege = QStringLiteral("Collège");
const QString kLaurent = QStringLiteral("Sophie Laurent");

// What the président writes about her former employer: found in the fiche, its PDF and the declarant's view.
const QString kPointAnterieures = QStringLiteral(
    "Avocate au barreau des Hauts-de-Seine jusqu'en août 2023 : Mme Laurent ne connaîtra d'aucune procédure "
    "dans laquelle le cabinet Martin & Associés intervient, pendant trois ans.");

QDateTime at(const char* iso)
{
    return QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODate);
}

// A long paragraph, so the fiche's PDF runs over more than one page.
QString longPoint(const QString& subject)
{
    QString text;
    for (int sentence = 1; sentence <= 9; ++sentence) {
        text +=
            QStringLiteral("%1 : point %2 examiné avec la magistrate, qui précise la nature de ses liens, "
                           "leur durée et les procédures du tribunal susceptibles de les mettre en cause. ")
                .arg(subject)
                .arg(sentence);
    }
    return text.trimmed();
}

QString pdfText(const QString& path)
{
    return probitas::testing::pdfText(path, QStringLiteral("entretien-"));
}

// pdftotext breaks lines; words are what the checks compare.
QString words(QString text)
{
    return text.simplified();
}

template <typename T> T* dialogNamed(QWidget& window, const QString& name)
{
    T* found = nullptr;
    // The dialog opens window-modal on the review; an earlier one may still await its deferred deletion.
    for (T* dialog : window.findChildren<T*>(name)) {
        if (dialog->isVisible()) {
            found = dialog;
        }
    }
    return found;
}

int rowOfId(QAbstractItemModel& model, const QString& id)
{
    for (int row = 0; row < model.rowCount(); ++row) {
        if (model.index(row, 0).data(Qt::UserRole + 2).toString() == id) {
            return row;
        }
    }
    return -1;
}

} // namespace

class TestGuiEntretien : public QObject
{
    Q_OBJECT

    QTemporaryDir m_directory;
    DemoTemplate m_demo;
    ProductFrench m_french;
    int m_copies = 0;

    DemoCopy freshDemo() { return m_demo.copyTo(m_directory.filePath(QString("copy-%1").arg(++m_copies))); }

    // A juge of Nanterre whose DI has had no entretien yet: issued by the demo's CA, in the directory, her
    // identity listed in demo.json like the others.
    static void addJuge(const QString& directory)
    {
        const QString demo = directory + "/demo";
        const QJsonObject caMember = demoMember(demo, "CA Probitas");
        auto ca = crypto::Identity::load(demo + "/" + caMember["identity"].toString(),
                                         crypto::SecureBytes::fromUtf8(caMember["passphrase"].toString()));
        QVERIFY(ca);
        auto identity = crypto::CertificateAuthority::issue(
            *ca, {kLaurent, QStringLiteral("Probitas démo"), crypto::KeyAlgorithm::EcP256, 730});
        QVERIFY(identity);
        const QString passphrase = "demo-sophie-laurent-passphrase";
        QVERIFY(identity->save(demo + "/sophie-laurent.p12", crypto::SecureBytes::fromUtf8(passphrase)));

        Declaration declaration = sample("di-valid.json");
        declaration.declarant.values["nom"] = QStringLiteral("Laurent");
        declaration.declarant.values["prenom"] = QStringLiteral("Sophie");
        declaration.declarant.values["fonctions"] = QStringLiteral("Juge");
        auto store = store::Store::open(directory + "/probitas.sqlite");
        QVERIFY(store);
        const QJsonObject adminMember = demoMember(demo, "Administrat");
        auto admin =
            crypto::Identity::load(demo + "/" + adminMember["identity"].toString(),
                                   crypto::SecureBytes::fromUtf8(adminMember["passphrase"].toString()));
        QVERIFY(admin);
        QVERIFY((*store)->administration().addPerson(*admin, kLaurent, store::Role::Declarant, {},
                                                     identity->certificate(), declaration.profile));
        auto filed = (*store)->declarations().file(declaration, *identity);
        QVERIFY2(filed, filed ? "" : qPrintable(filed.error().message));

        QFile file(demo + "/demo.json");
        QVERIFY(file.open(QIODevice::ReadOnly));
        QJsonArray members = QJsonDocument::fromJson(file.readAll()).array();
        file.close();
        members.append(QJsonObject{{"name", kLaurent},
                                   {"role", "declarant"},
                                   {"authority", QJsonValue()},
                                   {"identity", "sophie-laurent.p12"},
                                   {"passphrase", passphrase}});
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(QJsonDocument(members).toJson());
    }

    static void openAs(MainWindow& window, const DemoCopy& demo, const QString& who)
    {
        startWindow(window, demo);
        unlockAs(window, who, demo.passphrase(who));
        QVERIFY(window.session());
    }

    // Opens a declaration for review and waits until its entretien and avis are read too.
    static void review(gui::AuthorityWorkspace& workspace, const QString& id)
    {
        gui::DeclarationReview& review = *workspace.review();
        QSignalSpy opened(&review, &gui::DeclarationReview::opened);
        QSignalSpy loaded(&review, &gui::DeclarationReview::entretienLoaded);
        workspace.openDeclaration(id);
        QTRY_VERIFY_WITH_TIMEOUT(opened.count() == 1, 30000);
        QTRY_VERIFY_WITH_TIMEOUT(loaded.count() == 1, 30000);
        QCOMPARE(loaded.at(0).at(0).toString(), id);
    }

    // The DI of `declarant` that the store holds last.
    static QString latestDi(MainWindow& window, const QString& declarant)
    {
        auto records = window.session()->store->declarations().list(window.session()->identity);
        QString id;
        for (const store::DeclarationRecord& record : *records) {
            if (record.declarant == declarant && record.kind == DeclarationKind::Interets) {
                id = record.id;
            }
        }
        return id;
    }

    static const store::EntretienRecord& latestEntretien(const gui::DeclarationReview& review)
    {
        return *review.entretienFile()->latestRecord();
    }

    static void scrollSidePanelTo(MainWindow& window, const QString& name)
    {
        // The top of the widget at the top of the panel.
        auto* scroll = child<QScrollArea>(window, "reviewSideScroll");
        QCoreApplication::processEvents();
        QWidget* target = child<QWidget>(window, name);
        scroll->verticalScrollBar()->setValue(target->mapTo(scroll->widget(), QPoint(0, 0)).y() - 4);
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_directory.isValid());
        qputenv("TZ", "UTC");
        QVERIFY(probitas::testing::prepareFrenchApplication(m_french));
        // The demo is filed on Monday 2 March 2026 (its entretien and its avis the same day).
        Clock::setForTesting(at("2026-03-02T09:00:00Z"));
        QDir().mkpath(m_directory.filePath("template"));
        QVERIFY(m_demo.create(m_directory.filePath("template")));
        addJuge(m_directory.filePath("template"));
    }

    void cleanupTestCase() { Clock::reset(); }

    // What a fiche needs before it is sealed: the place, the delegate when delegated, details for any
    // conclusion but "no conflict", texts within the codec's limits.
    void ficheDialogChecks_data()
    {
        QTest::addColumn<QString>("place");
        QTest::addColumn<QString>("conclusion");
        QTest::addColumn<QString>("details");
        QTest::addColumn<int>("pointLength");
        QTest::addColumn<QString>("problem"); // part of the message; empty: accepted

        const QString place = "Cabinet du président";
        QTest::newRow("no conflict, nothing more") << place << "aucun-conflit"
                                                   << "" << 10 << "";
        QTest::newRow("precautions need them described") << place << "precautions"
                                                         << "" << 10 << "Décrivez les précautions convenues";
        QTest::newRow("precautions described") << place << "precautions"
                                               << "Déport." << 10 << "";
        QTest::newRow("a conflict to end needs it described")
            << place << "fin-de-conflit"
            << "  " << 10 << "Décrivez la situation de conflit";
        QTest::newRow("no place") << " "
                                  << "aucun-conflit"
                                  << "" << 10 << "Indiquez où";
        QTest::newRow("a point over 4,000 characters") << place << "aucun-conflit"
                                                       << "" << 4001 << "est trop long";
        QTest::newRow("a point of 4,000 characters") << place << "aucun-conflit"
                                                     << "" << 4000 << "";
    }

    void ficheDialogChecks()
    {
        QFETCH(QString, place);
        QFETCH(QString, conclusion);
        QFETCH(QString, details);
        QFETCH(int, pointLength);
        QFETCH(QString, problem);

        gui::FicheDialogInput input;
        input.declarant = kLaurent;
        input.declarationId = "di-1";
        input.authorityId = "tj-nanterre:president";
        input.declaration = sample("di-valid.json");
        input.place = place;
        gui::FicheNavetteDialog dialog(input);
        child<QRadioButton>(dialog, "conclusion." + conclusion)->setChecked(true);
        child<QPlainTextEdit>(dialog, "conclusionDetails")->setPlainText(details);
        dialog.pointEditor("organesDirigeants")->setPlainText(QString(pointLength, QLatin1Char('a')));
        QCOMPARE(dialog.problem().isEmpty(), problem.isEmpty());
        QVERIFY2(dialog.problem().contains(problem), qPrintable(dialog.problem()));
        if (problem.isEmpty()) {
            // What the dialog accepts, the store's codec accepts.
            EntretienFiche fiche = dialog.fiche();
            const auto decoded = EntretienCodec::ficheFromJson(EntretienCodec::toJson(fiche));
            QVERIFY2(decoded, decoded ? "" : qPrintable(decoded.error().message));
            QCOMPARE(fiche.points.size(), std::size_t(1)); // the empty boxes are not part of it
            QCOMPARE(conclusionId(fiche.conclusion), conclusion);
        }
    }

    // A convocation says where, and is for an interview to come.
    void scheduleDialogChecks_data()
    {
        QTest::addColumn<QString>("place");
        QTest::addColumn<QDateTime>("at");
        QTest::addColumn<bool>("accepted");

        // Clock: Tuesday 10 March 2026, 08:00 UTC.
        QTest::newRow("tomorrow at ten") << "Cabinet du président" << at("2026-03-11T10:00:00Z") << true;
        QTest::newRow("no place") << "  " << at("2026-03-11T10:00:00Z") << false;
        QTest::newRow("yesterday") << "Cabinet du président" << at("2026-03-09T10:00:00Z") << false;
    }

    void scheduleDialogChecks()
    {
        QFETCH(QString, place);
        QFETCH(QDateTime, at);
        QFETCH(bool, accepted);

        Clock::setForTesting(::at("2026-03-10T08:00:00Z"));
        gui::ScheduleEntretienDialog dialog(kLaurent, {"Hélène Durand-Lefèvre"});
        child<QLineEdit>(dialog, "entretienPlace")->setText(place);
        child<QDateTimeEdit>(dialog, "entretienAt")->setDateTime(at.toLocalTime());
        dialog.accept();
        QCOMPARE(dialog.result() == QDialog::Accepted, accepted);
        QCOMPARE(child<QLabel>(dialog, "dialogError")->isVisibleTo(&dialog), !accepted);
        if (accepted) {
            QCOMPARE(dialog.at(), at);
            QCOMPARE(dialog.place(), place);
            QCOMPARE(dialog.delegate(), QString()); // held by the authority unless delegated
            child<QCheckBox>(dialog, "entretienDelegated")->setChecked(true);
            QCOMPARE(dialog.delegate(), QString("Hélène Durand-Lefèvre"));
        }
    }

    void entretienFromConvocationToModification()
    {
        const DemoCopy demo = freshDemo();
        QString sophieDi;

        // ---- Tuesday 10 March: the président convokes Sophie Laurent for Thursday.
        Clock::setForTesting(at("2026-03-10T08:00:00Z"));
        {
            MainWindow window;
            openAs(window, demo, kPresident);
            gui::AuthorityWorkspace& workspace = *window.authorityWorkspace();
            sophieDi = latestDi(window, kLaurent);
            QVERIFY(!sophieDi.isEmpty());
            QSortFilterProxyModel& inbox = *workspace.inboxProxy();
            QCOMPARE(inbox.index(rowOfId(inbox, sophieDi), gui::AuthorityWorkspace::EntretienColumn)
                         .data()
                         .toString(),
                     gui::AuthorityWorkspace::tr("not held yet"));
            review(workspace, sophieDi);
            gui::DeclarationReview& review = *workspace.review();
            QVERIFY(review.entretienFile()->entretiens.isEmpty());
            QVERIFY(child<QLabel>(window, "entretienState")->text().contains("art. 7-2 I"));
            QVERIFY(!child<QPushButton>(window, "recordFiche")->isEnabled());
            saveScreenshot(window, "entretien-01-review-no-interview");

            QTest::mouseClick(child<QPushButton>(window, "scheduleEntretien"), Qt::LeftButton);
            auto* schedule = dialogNamed<gui::ScheduleEntretienDialog>(window, "scheduleEntretienDialog");
            QVERIFY(schedule);
            // Offered: the next working morning.
            QCOMPARE(child<QDateTimeEdit>(*schedule, "entretienAt")->dateTime(),
                     QDateTime(QDate(2026, 3, 11), QTime(10, 0)));
            child<QDateTimeEdit>(*schedule, "entretienAt")
                ->setDateTime(QDateTime(QDate(2026, 3, 12), QTime(10, 0)));
            // A convocation says where.
            clickOk(*schedule);
            QVERIFY(schedule->isVisible());
            QVERIFY(child<QLabel>(*schedule, "dialogError")->isVisible());
            type(*schedule, "entretienPlace",
                 QStringLiteral("Tribunal judiciaire de Nanterre, cabinet du président"));
            saveScreenshot(*schedule, "entretien-02-schedule-dialog");
            clickOk(*schedule);
            QTRY_VERIFY_WITH_TIMEOUT(!review.entretienFile()->entretiens.isEmpty(), 30000);
            QCOMPARE(latestEntretien(review).status, store::EntretienStatus::Scheduled);
            QCOMPARE(latestEntretien(review).scheduledAt, at("2026-03-12T10:00:00Z"));
            QCOMPARE(review.entretienFile()->latest->convocation->place,
                     QStringLiteral("Tribunal judiciaire de Nanterre, cabinet du président"));
            QVERIFY(child<QLabel>(window, "entretienState")->text().contains("12/03/2026"));
            QVERIFY(child<QPushButton>(window, "recordFiche")->isEnabled());
            QVERIFY(!child<QPushButton>(window, "scheduleEntretien")->isEnabled()); // one at a time
            saveScreenshot(window, "entretien-03-scheduled");
        }

        // ---- Thursday 12 March, after the interview: the fiche navette.
        Clock::setForTesting(at("2026-03-12T11:30:00Z"));
        {
            MainWindow window;
            openAs(window, demo, kPresident);
            gui::AuthorityWorkspace& workspace = *window.authorityWorkspace();
            review(workspace, sophieDi);
            gui::DeclarationReview& review = *workspace.review();
            QTest::mouseClick(child<QPushButton>(window, "recordFiche"), Qt::LeftButton);
            auto* fiche = dialogNamed<gui::FicheNavetteDialog>(window, "ficheDialog");
            QVERIFY(fiche);
            // From the convocation.
            QCOMPARE(child<QDateEdit>(*fiche, "ficheDate")->date(), QDate(2026, 3, 12));
            QCOMPARE(child<QLineEdit>(*fiche, "fichePlace")->text(),
                     QStringLiteral("Tribunal judiciaire de Nanterre, cabinet du président"));
            QVERIFY(child<QRadioButton>(*fiche, "ficheInPerson")->isChecked());
            // One box per item of the form, in its order.
            QVERIFY(fiche->pointEditor("activitesProfessionnelles"));
            QVERIFY(fiche->pointEditor("mandatsElectifs"));
            fiche->pointEditor("activitesAnterieures")->setPlainText(kPointAnterieures);
            fiche->pointEditor("organesDirigeants")
                ->setPlainText(longPoint("Association Enfance et Partage 92"));
            fiche->pointEditor("participationsFinancieres")->setPlainText(longPoint("Lumière Conseil SAS"));
            fiche->pointEditor("activitesConjoint")->setPlainText(longPoint("Activité du conjoint"));
            child<QRadioButton>(*fiche, "conclusion.precautions")->setChecked(true);
            clickOk(*fiche);
            QVERIFY(fiche->isVisible()); // the precautions are to be described
            QVERIFY(child<QLabel>(*fiche, "dialogError")->text().contains("Décrivez les précautions"));
            child<QPlainTextEdit>(*fiche, "conclusionDetails")
                ->setPlainText(
                    QStringLiteral("Déport dans les procédures où le cabinet Martin & Associés "
                                   "intervient, pendant trois ans à compter du 1er septembre 2023."));
            child<QPlainTextEdit>(*fiche, "ficheObservations")
                ->setPlainText(QStringLiteral("Entretien tenu à la suite de la remise de la déclaration."));
            saveScreenshot(*fiche, "entretien-04-fiche-dialog");
            fiche->findChild<QScrollArea*>("ficheScroll")->verticalScrollBar()->setValue(100000);
            saveScreenshot(*fiche, "entretien-04b-fiche-dialog-conclusion");
            clickOk(*fiche);
            QTRY_VERIFY_WITH_TIMEOUT(latestEntretien(review).status == store::EntretienStatus::Held &&
                                         review.entretienFile()->latest->fiche.has_value(),
                                     30000);
            const EntretienFiche& held = *review.entretienFile()->latest->fiche;
            QCOMPARE(held.points.at("activitesAnterieures"), kPointAnterieures);
            QCOMPARE(held.points.count("activitesProfessionnelles"), std::size_t(0));
            QCOMPARE(held.conclusion, EntretienConclusion::Precautions);
            QVERIFY(!held.delegated());
            // Read back, read-only, at the side.
            auto* ficheView = child<QLabel>(window, "ficheView");
            QVERIFY(ficheView->isVisible());
            QVERIFY(ficheView->text().contains(QStringLiteral("cabinet Martin &amp; Associés")));
            QVERIFY(!child<QPushButton>(window, "recordFiche")->isVisible());
            QVERIFY(child<QPushButton>(window, "inviteModification")->isEnabled());
            saveScreenshot(window, "entretien-05-fiche-held");
            scrollSidePanelTo(window, "ficheView");
            saveScreenshot(window, "entretien-05b-fiche-read-back");

            // The fiche as a PDF: the notice and "Page n / N" on every page, the points.
            const QString path = m_directory.filePath("fiche.pdf");
            QString suggestedName;
            review.savePathProvider = [&](const QString&, const QString& suggested) {
                suggestedName = suggested;
                return path;
            };
            QTest::mouseClick(child<QPushButton>(window, "exportFichePdf"), Qt::LeftButton);
            QCOMPARE(suggestedName, QString("Fiche-navette-Sophie-Laurent-2026-03-12.pdf"));
            QVERIFY2(QFile::exists(path), qPrintable(child<QLabel>(window, "entretienMessage")->text()));
            const QString text = pdfText(path);
            QStringList pages = text.split(QLatin1Char('\f'));
            while (!pages.isEmpty() && pages.last().trimmed().isEmpty()) {
                pages.removeLast();
            }
            QVERIFY2(pages.size() >= 2, qPrintable(text));
            for (int page = 0; page < pages.size(); ++page) {
                const QString content = words(pages.at(page));
                QVERIFY2(
                    content.contains(QStringLiteral("Confidentiel — art. 7-2 de l'ordonnance n° 58-1270 ; "
                                                    "divulgation punie (art. 226-1 du code pénal)")),
                    qPrintable(content));
                QVERIFY2(content.contains(QStringLiteral("Page %1 / %2").arg(page + 1).arg(pages.size())),
                         qPrintable(content));
            }
            const QString all = words(text);
            QVERIFY2(all.contains(words(kPointAnterieures)), qPrintable(all));
            QVERIFY(all.contains("Lumière Conseil SAS : point 9"));
            QVERIFY(all.contains("Sophie Laurent"));
            QVERIFY(all.contains("Jean-Baptiste Moreau"));
            QVERIFY(all.contains("12/03/2026"));
            QVERIFY(all.contains(QStringLiteral("Tribunal judiciaire de Nanterre, cabinet du président")));
            QVERIFY(all.contains(QStringLiteral("Déport dans les procédures")));
            // The fiche in clear left the store: on the record, about Sophie Laurent's DI, with the entretien
            // and the file's hash, nothing of its content.
            auto trail = window.session()->store->audit().log(window.session()->identity);
            QVERIFY(trail && !trail->isEmpty());
            const store::AuditEntry& exported = trail->last();
            QCOMPARE(exported.action, QString("export-pdf"));
            QCOMPARE(exported.declarationId, sophieDi);
            QCOMPARE(exported.actorId, window.session()->person.id);
            QFile pdf(path);
            QVERIFY(pdf.open(QIODevice::ReadOnly));
            QCOMPARE(exported.details["sha256"].toString(),
                     QString(QCryptographicHash::hash(pdf.readAll(), QCryptographicHash::Sha256).toHex()));
            QCOMPARE(exported.details["format"].toString(), QString("pdf"));
            QVERIFY(!exported.details["entretien"].toString().isEmpty());
            QCOMPARE(exported.details.size(), 3);

            QTest::mouseClick(child<QPushButton>(window, "backToInbox"), Qt::LeftButton);
            QSortFilterProxyModel& inbox = *workspace.inboxProxy();
            QCOMPARE(inbox.index(rowOfId(inbox, sophieDi), gui::AuthorityWorkspace::EntretienColumn)
                         .data()
                         .toString(),
                     gui::EntretienText::tr("held on %1").arg("12/03/2026"));
        }

        // ---- Friday 13 March: the juge reads the fiche and acknowledges it.
        Clock::setForTesting(at("2026-03-13T09:00:00Z"));
        {
            MainWindow window;
            openAs(window, demo, kLaurent);
            gui::DeclarantWorkspace& workspace = *window.declarantWorkspace();
            QCOMPARE(workspace.tabs()->currentIndex(), 1); // what the authority awaits first
            auto* table = child<QTableWidget>(window, "declarations");
            QCOMPARE(table->rowCount(), 1);
            QCOMPARE(table->item(0, gui::DeclarantWorkspace::EntretienColumn)->text(),
                     gui::EntretienText::tr("held on %1").arg("12/03/2026") + "\n" +
                         gui::EntretienText::tr("fiche to acknowledge"));
            QVERIFY(child<QWidget>(window, "ficheBar")->isVisible());
            QVERIFY(!child<QWidget>(window, "invitationBar")->isVisible());
            saveScreenshot(window, "entretien-06-declarant-fiche-to-acknowledge");

            QSignalSpy opened(&workspace, &gui::DeclarantWorkspace::entretienOpened);
            QTest::mouseClick(child<QPushButton>(window, "readPendingFiche"), Qt::LeftButton);
            QTRY_VERIFY_WITH_TIMEOUT(opened.count() == 1, 30000);
            gui::EntretienViewer* viewer = workspace.entretienViewer();
            QVERIFY(viewer);
            const QString shown = viewer->browser()->toPlainText();
            QVERIFY2(shown.contains(kPointAnterieures), qPrintable(shown));
            QVERIFY(shown.contains(QStringLiteral("Tribunal judiciaire de Nanterre, cabinet du président")));
            QVERIFY(viewer->browser()->isReadOnly());
            QVERIFY(viewer->acknowledgeButton()->isEnabled());
            saveScreenshot(*viewer, "entretien-07-declarant-reads-the-fiche");
            QSignalSpy acknowledged(&workspace, &gui::DeclarantWorkspace::ficheAcknowledged);
            QTest::mouseClick(viewer->acknowledgeButton(), Qt::LeftButton);
            QTRY_VERIFY_WITH_TIMEOUT(acknowledged.count() == 1, 30000);
            auto entretiens =
                window.session()->store->entretiens().list(window.session()->identity, sophieDi);
            QVERIFY(entretiens);
            QCOMPARE(entretiens->size(), 1);
            QCOMPARE(entretiens->first().status, store::EntretienStatus::Acknowledged);
            QVERIFY(window.session()->store->entretiens().acknowledgement(entretiens->first().id,
                                                                          window.session()->identity));
            QVERIFY(!viewer->acknowledgeButton()->isEnabled());
            saveScreenshot(*viewer, "entretien-07b-declarant-acknowledged");
            QVERIFY(!child<QWidget>(window, "ficheBar")->isVisible());
            QCOMPARE(table->item(0, gui::DeclarantWorkspace::EntretienColumn)->text(),
                     gui::EntretienText::tr("held on %1").arg("12/03/2026") + "\n" +
                         gui::EntretienText::tr("fiche acknowledged on %1").arg("13/03/2026"));
            viewer->close();
        }

        // ---- The président sees the acknowledgement and invites her to modify her declaration.
        {
            MainWindow window;
            openAs(window, demo, kPresident);
            gui::AuthorityWorkspace& workspace = *window.authorityWorkspace();
            review(workspace, sophieDi);
            gui::DeclarationReview& review = *workspace.review();
            QVERIFY2(child<QLabel>(window, "entretienState")->text().contains("13/03/2026"),
                     qPrintable(child<QLabel>(window, "entretienState")->text()));
            QString asked;
            review.confirmation = [&](const QString& question) {
                asked = question;
                return true;
            };
            QTest::mouseClick(child<QPushButton>(window, "inviteModification"), Qt::LeftButton);
            QVERIFY(asked.contains(kLaurent));
            QTRY_VERIFY_WITH_TIMEOUT(latestEntretien(review).invitation == store::InvitationState::Open,
                                     30000);
            QVERIFY(!child<QPushButton>(window, "inviteModification")->isEnabled());
            QVERIFY(child<QLabel>(window, "entretienState")->text().contains("13/03/2026"));
            saveScreenshot(window, "entretien-08-invited-to-modify");
        }

        // ---- Friday 20 March: her client shows the invitation and files the modification.
        Clock::setForTesting(at("2026-03-20T09:00:00Z"));
        QString modified;
        {
            MainWindow window;
            openAs(window, demo, kLaurent);
            gui::DeclarantWorkspace& workspace = *window.declarantWorkspace();
            QCOMPARE(workspace.tabs()->currentIndex(), 1);
            QVERIFY(child<QWidget>(window, "invitationBar")->isVisible());
            QVERIFY(child<QLabel>(window, "invitationBarText")->text().contains("02/03/2026"));
            saveScreenshot(window, "entretien-09-declarant-invitation");
            auto invited = window.session()->store->declarations().open(sophieDi, window.session()->identity);
            QVERIFY(invited);
            const Declaration before = *DeclarationCodec::decode(invited->toByteArrayUnwiped());

            QTest::mouseClick(child<QPushButton>(window, "startInvitedModification"), Qt::LeftButton);
            DeclarationWizard* wizard = workspace.wizard();
            QVERIFY(wizard);
            QCOMPARE(workspace.tabs()->currentIndex(), 2);
            Declaration started = wizard->declaration();
            QCOMPARE(started.event, DeclarationEvent::ModificationApresEntretien);
            QCOMPARE(started.supersedes, sophieDi);
            QCOMPARE(DeclarationCodec::toJson(started)["items"], DeclarationCodec::toJson(before)["items"]);
            QCOMPARE(started.declarant.values, before.declarant.values);
            QVERIFY(child<QLabel>(window, "newMessage")->text().contains("12/03/2026"));
            // The chooser above the modification offers another declaration; it does not name this one.
            QVERIFY(child<QLabel>(window, "newKindLabel")->text().startsWith("Ou commencer une autre"));
            wizard->setCurrentStep(0);
            auto* observations = wizard->findChild<QPlainTextEdit*>("observations");
            QVERIFY(observations);
            observations->moveCursor(QTextCursor::End);
            QTest::keyClicks(observations, " Deport dans les procedures du cabinet Martin.");
            saveScreenshot(window, "entretien-10-modification-started");

            wizard->setCurrentStep(wizard->stepCount() - 1);
            auto* attestation = wizard->findChild<QWidget*>("step.attestation");
            child<QCheckBox>(*attestation, "attest")->setChecked(true);
            auto* sign = child<QPushButton>(*attestation, "signAndFile");
            QVERIFY2(sign->isEnabled(),
                     qPrintable(wizard->report().issues.isEmpty() ? QString()
                                                                  : wizard->report().issues.first().message));
            QSignalSpy filed(&workspace, &gui::DeclarantWorkspace::filed);
            QTest::mouseClick(sign, Qt::LeftButton);
            QTRY_VERIFY_WITH_TIMEOUT(filed.count() == 1, 30000);
            modified = filed.at(0).at(0).toString();

            // In the store: the modification after the entretien supersedes the invited declaration, and
            // answers the invitation.
            store::Store& store = *window.session()->store;
            auto record = store.declarations().record(modified);
            QVERIFY(record);
            QCOMPARE(record->event, DeclarationEvent::ModificationApresEntretien);
            QCOMPARE(record->supersedes, sophieDi);
            QCOMPARE(record->recipients, QStringList{"tj-nanterre:president"});
            QCOMPARE(store.declarations().record(sophieDi)->status, store::DeclarationStatus::Superseded);
            auto entretiens = store.entretiens().list(window.session()->identity, sophieDi);
            QVERIFY(entretiens);
            QCOMPARE(entretiens->first().invitation, store::InvitationState::Answered);
            QCOMPARE(entretiens->first().answeredBy, modified);

            workspace.tabs()->setCurrentIndex(1);
            QVERIFY(!child<QWidget>(window, "invitationBar")->isVisible());
            auto* table = child<QTableWidget>(window, "declarations");
            QCOMPARE(table->rowCount(), 2);
            QCOMPARE(table->item(0, gui::DeclarantWorkspace::EventColumn)->text(),
                     eventLabel(DeclarationEvent::ModificationApresEntretien));
            QVERIFY(table->item(1, gui::DeclarantWorkspace::EntretienColumn)
                        ->text()
                        .endsWith("\n" + gui::EntretienText::tr("declaration modified after the interview")));
            saveScreenshot(window, "entretien-11-declarant-modified");
        }

        // ---- The président: the new version in the inbox, the entretien in the compliance dashboard.
        {
            MainWindow window;
            openAs(window, demo, kPresident);
            gui::AuthorityWorkspace& workspace = *window.authorityWorkspace();
            QSortFilterProxyModel& inbox = *workspace.inboxProxy();
            QVERIFY(rowOfId(inbox, modified) >= 0);
            const QModelIndex entretien =
                inbox.index(rowOfId(inbox, sophieDi), gui::AuthorityWorkspace::EntretienColumn);
            QCOMPARE(entretien.data().toString(), gui::EntretienText::tr("held on %1").arg("12/03/2026"));
            QVERIFY(entretien.data(Qt::ToolTipRole)
                        .toString()
                        .endsWith(gui::EntretienText::tr("declaration modified after the interview")));
            saveScreenshot(window, "entretien-12-president-inbox");
            workspace.tabs()->setCurrentIndex(gui::AuthorityWorkspace::ComplianceTab);
            QSortFilterProxyModel& table = *workspace.dashboard()->proxy();
            bool found = false;
            for (int row = 0; row < table.rowCount(); ++row) {
                if (table.index(row, 0).data().toString() == kLaurent) {
                    found = true;
                    const QModelIndex cell = table.index(row, gui::ComplianceDashboard::EntretienColumn);
                    QCOMPARE(cell.data().toString(), gui::EntretienText::tr("held on %1").arg("12/03/2026"));
                    QVERIFY(
                        cell.data(Qt::ToolTipRole)
                            .toString()
                            .contains(gui::EntretienText::tr("fiche acknowledged on %1").arg("13/03/2026")));
                }
            }
            QVERIFY(found);
            saveScreenshot(window, "entretien-13-compliance");
        }
    }

    void collegeGivesTheAvisTheProcureurAsked()
    {
        const DemoCopy demo = freshDemo();
        const QString question =
            QStringLiteral("M. Nguyen a-t-il à se déporter des enquêtes visant la société Vauban Finances, "
                           "dont son frère est administrateur ?");
        const QString answer = QStringLiteral("Le collège estime qu'un déport systématique s'impose dans "
                                              "toute procédure visant la société Vauban Finances.");
        QString nguyenDi;

        Clock::setForTesting(at("2026-03-10T08:00:00Z"));
        {
            MainWindow window;
            openAs(window, demo, kProcureur);
            gui::AuthorityWorkspace& workspace = *window.authorityWorkspace();
            QVERIFY(!workspace.avisRequests()); // the collège's tab only
            nguyenDi = latestDi(window, "Thomas Nguyen");
            review(workspace, nguyenDi);
            gui::DeclarationReview& review = *workspace.review();
            // The demo's request, answered: read back.
            QCOMPARE(review.entretienFile()->avis.size(), 1);
            auto* avisView = child<QLabel>(window, "avisView");
            QVERIFY2(avisView->text().contains(QStringLiteral("direction générale des finances publiques")),
                     qPrintable(avisView->text()));
            QVERIFY(child<QPushButton>(window, "requestAvis")->isEnabled());

            QTest::mouseClick(child<QPushButton>(window, "requestAvis"), Qt::LeftButton);
            auto* request = dialogNamed<gui::AvisRequestDialog>(window, "avisRequestDialog");
            QVERIFY(request);
            clickOk(*request);
            QVERIFY(request->isVisible()); // a question is needed
            child<QPlainTextEdit>(*request, "avisQuestion")->setPlainText(question);
            saveScreenshot(*request, "entretien-14-avis-request-dialog");
            clickOk(*request);
            QTRY_VERIFY_WITH_TIMEOUT(review.entretienFile()->avis.size() == 2, 30000);
            QCOMPARE(review.entretienFile()->avis.last().record.status, store::AvisStatus::Requested);
            QVERIFY(avisView->text().contains(QStringLiteral("Vauban Finances")));
            QVERIFY(!child<QPushButton>(window, "requestAvis")->isEnabled()); // one pending at a time
            scrollSidePanelTo(window, "avisBox");
            saveScreenshot(window, "entretien-15-avis-requested");
        }

        Clock::setForTesting(at("2026-03-16T14:00:00Z"));
        {
            MainWindow window;
            openAs(window, demo, kCollege);
            gui::AuthorityWorkspace& workspace = *window.authorityWorkspace();
            QTableWidget* requests = workspace.avisRequests();
            QVERIFY(requests);
            QCOMPARE(workspace.tabs()->currentIndex(), workspace.avisTabIndex()); // something awaits it
            QCOMPARE(requests->rowCount(), 2);
            QCOMPARE(requests->item(0, gui::AuthorityWorkspace::AvisDeclarantColumn)->text(),
                     QString("Thomas Nguyen"));
            QVERIFY(requests->item(0, gui::AuthorityWorkspace::AvisStatusColumn)->font().bold());
            QVERIFY(!requests->item(1, gui::AuthorityWorkspace::AvisStatusColumn)->font().bold());
            saveScreenshot(window, "entretien-16-college-requests");

            gui::DeclarationReview& review = *workspace.review();
            QSignalSpy loaded(&review, &gui::DeclarationReview::entretienLoaded);
            requests->setCurrentCell(0, 0);
            QTest::mouseClick(child<QPushButton>(window, "openAvisRequest"), Qt::LeftButton);
            QTRY_VERIFY_WITH_TIMEOUT(loaded.count() == 1, 30000);
            QCOMPARE(workspace.tabs()->currentIndex(), int(gui::AuthorityWorkspace::InboxTab));
            QVERIFY(workspace.isReviewing());
            // The forwarded declaration, readable; the question; no entretien for the collège.
            QVERIFY(review.view()->browser()->toPlainText().contains("Nguyen"));
            QVERIFY(!review.entretienBox()->isVisible());
            QVERIFY(child<QLabel>(window, "avisView")->text().contains(QStringLiteral("Vauban Finances")));
            QVERIFY(!child<QPushButton>(window, "requestAvis")->isVisible());
            QVERIFY(child<QPushButton>(window, "giveAvis")->isEnabled());
            saveScreenshot(window, "entretien-17-college-reads");

            QTest::mouseClick(child<QPushButton>(window, "giveAvis"), Qt::LeftButton);
            auto* avis = dialogNamed<gui::CollegeAvisDialog>(window, "collegeAvisDialog");
            QVERIFY(avis);
            QCOMPARE(child<QTextBrowser>(*avis, "avisQuestionView")->toPlainText(), question);
            child<QPlainTextEdit>(*avis, "avisText")->setPlainText(answer);
            child<QRadioButton>(*avis, "avisConclusion.precautions")->setChecked(true);
            saveScreenshot(*avis, "entretien-18-college-avis-dialog");
            clickOk(*avis);
            QTRY_VERIFY_WITH_TIMEOUT(review.entretienFile()->avis.size() == 2 &&
                                         review.entretienFile()->avis.last().record.status ==
                                             store::AvisStatus::Answered,
                                     30000);
            QVERIFY(!child<QPushButton>(window, "giveAvis")->isEnabled());
            QVERIFY(
                child<QLabel>(window, "avisView")->text().contains(QStringLiteral("déport systématique")));
            QTRY_VERIFY(!requests->item(0, gui::AuthorityWorkspace::AvisStatusColumn)->font().bold());
            saveScreenshot(window, "entretien-19-college-avis-given");
        }

        Clock::setForTesting(at("2026-03-17T08:00:00Z"));
        {
            MainWindow window;
            openAs(window, demo, kProcureur);
            gui::AuthorityWorkspace& workspace = *window.authorityWorkspace();
            review(workspace, nguyenDi);
            gui::DeclarationReview& review = *workspace.review();
            const gui::EntretienFile::Avis& given = review.entretienFile()->avis.last();
            QVERIFY(given.opened && given.opened->avis);
            QCOMPARE(given.opened->avis->avis, answer);
            QCOMPARE(given.opened->avis->conclusion, EntretienConclusion::Precautions);
            const QString shown = child<QLabel>(window, "avisView")->text();
            QVERIFY(shown.contains(QStringLiteral("déport systématique")));
            QVERIFY(shown.contains(QStringLiteral("16/03/2026")));
            QVERIFY(shown.contains(conclusionLabel(EntretienConclusion::Precautions).toHtmlEscaped()));
            QVERIFY(child<QPushButton>(window, "requestAvis")->isEnabled());
            scrollSidePanelTo(window, "avisBox");
            saveScreenshot(window, "entretien-20-procureur-reads-the-avis");
        }
    }
};

QTEST_MAIN(TestGuiEntretien)
#include "tst_gui_entretien.moc"
