// The probitas window driven as the administrator would: the demo store, the administrator unlocked, the
// store's directory (every person, searched, sorted, certificates near their end highlighted), and "Add a
// person…": a fresh certificate added (signed, audited, selected), the same certificate refused by the
// store, and the dialog's own checks. Screenshots at 1280x800, in French.
#include "AdministratorWorkspace.h"
#include "AppTestSupport.h"
#include "BuiltInData.h"
#include "CertificateAuthority.h"
#include "Clock.h"
#include "CryptoInit.h"
#include "GuiTestSupport.h"
#include "MainWindow.h"
#include "ObligationsPanel.h"
#include "ProductFrench.h"

#include <QComboBox>
#include <QLabel>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>

using namespace probitas;
using namespace probitas::testing;

namespace {

const QString kAdmin = QStringLiteral("Administrateur");
using Workspace = gui::AdministratorWorkspace;

QStringList columnOf(QTableView* table, int column, int role = Qt::DisplayRole)
{
    QStringList values;
    for (int row = 0; row < table->model()->rowCount(); ++row) {
        values << table->model()->index(row, column).data(role).toString();
    }
    return values;
}

gui::AddPersonDialog* openDialog(Workspace& workspace)
{
    QTest::mouseClick(child<QPushButton>(workspace, "addPerson"), Qt::LeftButton);
    gui::AddPersonDialog* found = nullptr;
    // An earlier dialog may still await its deferred deletion.
    for (auto* dialog : workspace.findChildren<gui::AddPersonDialog*>("addPersonDialog")) {
        if (dialog->isVisible()) {
            found = dialog;
        }
    }
    return found;
}

} // namespace

class TestGuiAdmin : public QObject
{
    Q_OBJECT

    QTemporaryDir m_directory;
    DemoTemplate m_demo;
    ProductFrench m_french;
    crypto::Identity m_ca; // the demo's: the store takes only certificates its trust anchor issued
    int m_files = 0;

    DemoCopy freshDemo() { return m_demo.copyTo(m_directory.filePath(QString("copy-%1").arg(++m_files))); }

    // A new certificate for `name`, valid `days` from now, written as PEM or DER; returns its path.
    QString certificateFile(const QString& name, bool der = false, int days = 730)
    {
        auto identity = crypto::CertificateAuthority::issue(
            m_ca, {name, QStringLiteral("Probitas tests"), crypto::KeyAlgorithm::EcP256, days});
        if (!identity) {
            qFatal("cannot issue %s", qPrintable(name));
        }
        const QString path =
            m_directory.filePath(QString("person-%1.%2").arg(++m_files).arg(der ? "der" : "pem"));
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly)) {
            qFatal("cannot write %s", qPrintable(path));
        }
        file.write(der ? identity->certificate().toDer() : identity->certificate().toPem());
        return path;
    }

    Workspace* unlockAdmin(MainWindow& window, const DemoCopy& demo)
    {
        startWindow(window, demo);
        unlockAs(window, kAdmin, demo.passphrase(kAdmin));
        return window.findChild<Workspace*>();
    }

    // Fills the dialog and clicks its OK button; the dialog is closed when the store took the person.
    static void fill(gui::AddPersonDialog& dialog, const QString& name, const QString& role,
                     const QString& authority, const QString& certificate)
    {
        if (!name.isEmpty()) {
            type(dialog, "personName", name);
        }
        choose(dialog, "personRole", role);
        if (!authority.isEmpty()) {
            auto* combo = child<QComboBox>(dialog, "personAuthority");
            QVERIFY(combo->isEnabled());
            const int index = combo->findData(authority);
            if (index >= 0) {
                combo->setCurrentIndex(index);
            } else {
                combo->setEditText(authority); // typed as an id
            }
        }
        if (!certificate.isEmpty()) {
            dialog.certificateFileProvider = [certificate] { return certificate; };
            QTest::mouseClick(child<QPushButton>(dialog, "chooseCertificate"), Qt::LeftButton);
        }
    }

    QStringList directoryAdds(MainWindow& window)
    {
        auto log = window.session()->store->audit().log(window.session()->identity);
        if (!log) {
            qWarning("%s", qPrintable(log.error().message));
            return {};
        }
        QStringList names;
        for (const store::AuditEntry& entry : *log) {
            if (entry.action == "directory-add") {
                names << entry.details["name"].toString();
            }
        }
        return names;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_directory.isValid());
        QVERIFY(probitas::testing::prepareFrenchApplication(m_french));
        QDir().mkpath(m_directory.filePath("template"));
        QVERIFY(m_demo.create(m_directory.filePath("template")));
        const QString templateDemo = m_directory.filePath("template/demo");
        const QJsonObject caMember = demoMember(templateDemo, "CA Probitas");
        auto ca = crypto::Identity::load(templateDemo + "/" + caMember["identity"].toString(),
                                         crypto::SecureBytes::fromUtf8(caMember["passphrase"].toString()));
        QVERIFY2(ca, ca ? "" : qPrintable(ca.error().message));
        m_ca = *ca;
    }

    void cleanup() { Clock::reset(); }

    // Every person of the store, with the label of the authority they hold; searched by name, accents or
    // not; sorted by any column.
    // Renewing a certificate and removing a person, from the workspace: each a statement signed by the
    // administrator; the replaced certificate and the removed person no longer act; nothing without a
    // selection, nothing without the confirmation.
    // The administrator states a posting in its dialog, then decides two requests: one rejected with its
    // reason, one granted. Each is a statement or an entry in the trail; the table shows the posting.
    void statesPostingsAndDecidesRequests()
    {
        const DemoCopy demo = freshDemo();
        // Thomas asks for two changes before the administrator opens the workspace (the second replaces
        // nothing: it comes after the first is decided, below).
        auto thomas = crypto::Identity::load(demo.identityPath("Thomas"),
                                             crypto::SecureBytes::fromUtf8(demo.passphrase("Thomas")));
        QVERIFY(thomas);
        MainWindow window;
        Workspace* workspace = unlockAdmin(window, demo);
        QVERIFY(workspace);
        store::Store& store = *window.session()->store;
        auto* box = child<QWidget>(*workspace, "postingRequestsBox");
        QVERIFY(!box->isVisible()); // nothing to decide
        auto* posting = child<QPushButton>(*workspace, "statePosting");
        auto* search = child<QLineEdit>(*workspace, "directorySearch");
        search->setText("Auditeur");
        workspace->directory()->selectRow(0);
        QVERIFY(!posting->isEnabled()); // the auditor has no posting
        search->setText("Hélène");
        workspace->directory()->selectRow(0);
        QVERIFY(posting->isEnabled());

        // Hélène becomes juge at the TJ of Versailles.
        QTest::mouseClick(posting, Qt::LeftButton);
        auto* dialog = workspace->findChild<gui::PostingDialog*>("postingDialog");
        QVERIFY(dialog);
        QTRY_VERIFY(dialog->isVisible());
        auto* seat = child<QComboBox>(*dialog->panel(), "seat");
        seat->setCurrentText("Versailles");
        QVERIFY(!child<QWidget>(*dialog->panel(), "obligationsTable")->isVisible());
        saveScreenshot(*dialog, "gui-admin-11-posting-dialog");
        QSignalSpy changed(workspace, &Workspace::personChanged);
        dialog->accept();
        QCOMPARE(changed.count(), 1);
        auto helene = store.directory().personByName("Hélène Durand-Lefèvre");
        QVERIFY2(helene, qPrintable(helene ? QString() : helene.error().message));
        QCOMPARE(helene->profile->court->seat, QString("Versailles"));
        const QString shown =
            workspace->directory()->model()->index(0, Workspace::PostingColumn).data().toString();
        QVERIFY2(shown.contains("Versailles"), qPrintable(shown));

        // Thomas asks for a cessation; the administrator rejects it, saying why.
        Profile ceased = *store.directory().personByName("Thomas Nguyen")->profile;
        ceased.ceasedOn = QDate(2026, 11, 30);
        QVERIFY(store.postings().request(*thomas, ceased, "Mutation").ok());
        bool refreshed = false;
        workspace->refresh([&refreshed] { refreshed = true; });
        // A local file: read here and now (no worker), what follows too, never marked busy.
        QVERIFY(!window.session()->worker);
        QVERIFY(refreshed);
        QVERIFY(child<QWidget>(*workspace, "directoryBusy")->isHidden());
        QVERIFY(box->isVisible());
        QCOMPARE(workspace->postingRequests()->rowCount(), 1);
        QCOMPARE(workspace->postingRequests()->item(0, Workspace::RequestNoteColumn)->text(),
                 QString("Mutation"));
        workspace->postingRequests()->selectRow(0);
        saveScreenshot(window, "gui-admin-12-posting-requests");
        workspace->rejectionReasonProvider = [](const QString&) { return QString(); }; // cancelled
        QTest::mouseClick(child<QPushButton>(*workspace, "rejectRequest"), Qt::LeftButton);
        QCOMPARE(store.postings().requests(window.session()->identity, true)->size(), 1);
        workspace->rejectionReasonProvider = [](const QString&) { return QString("Pas de décret au JO"); };
        QTest::mouseClick(child<QPushButton>(*workspace, "rejectRequest"), Qt::LeftButton);
        QVERIFY(!box->isVisible());
        auto decided = store.postings().requests(*thomas);
        QCOMPARE(decided->last().status, store::PostingRequestStatus::Rejected);
        QCOMPARE(decided->last().reason, QString("Pas de décret au JO"));

        // Asked again, and granted.
        QVERIFY(store.postings().request(*thomas, ceased, "Décret du 27 novembre 2026").ok());
        workspace->refresh();
        workspace->postingRequests()->selectRow(0);
        QTest::mouseClick(child<QPushButton>(*workspace, "grantRequest"), Qt::LeftButton);
        QCOMPARE(store.directory().personByName("Thomas Nguyen")->profile->ceasedOn, QDate(2026, 11, 30));
        QVERIFY(!box->isVisible());
        auto* message = child<QLabel>(*workspace, "administratorMessage");
        QVERIFY2(message->text().contains("Thomas Nguyen"), qPrintable(message->text()));
        auto report = store.audit().verify(store::AuditVerification::EverySignature);
        QVERIFY2(report && report->firstBad == 0, report ? qPrintable(report->problem) : "");
        QVERIFY(store.directory().verify().ok());
        const QSet<QString> mnemonics = mnemonicConflicts(workspace);
        QVERIFY2(mnemonics.isEmpty(), qPrintable(QStringList(mnemonics.values()).join("; ")));
    }

    void renewsAndRemoves()
    {
        const DemoCopy demo = freshDemo();
        MainWindow window;
        Workspace* workspace = unlockAdmin(window, demo);
        QVERIFY(workspace);
        auto* renew = child<QPushButton>(*workspace, "renewCertificate");
        auto* remove = child<QPushButton>(*workspace, "removePerson");
        QVERIFY(!renew->isEnabled() && !remove->isEnabled()); // no one selected
        auto* search = child<QLineEdit>(*workspace, "directorySearch");
        search->setText("Thomas");
        QCOMPARE(workspace->directory()->model()->rowCount(), 1);
        workspace->directory()->selectRow(0);
        QVERIFY(renew->isEnabled() && remove->isEnabled());

        const QString certificate = certificateFile("Thomas Nguyen");
        workspace->certificateFileProvider = [certificate] { return certificate; };
        QSignalSpy changed(workspace, &Workspace::personChanged);
        QTest::mouseClick(renew, Qt::LeftButton);
        QCOMPARE(changed.count(), 1);
        auto renewed = window.session()->store->directory().personByName("Thomas Nguyen");
        QVERIFY2(renewed, qPrintable(renewed ? QString() : renewed.error().message));
        auto expected = crypto::Certificate::fromFile(certificate);
        QVERIFY(expected);
        QVERIFY(renewed->certificate == *expected);
        auto* message = child<QLabel>(*workspace, "administratorMessage");
        QVERIFY2(message->text().contains("Thomas Nguyen"), qPrintable(message->text()));
        saveScreenshot(window, "gui-admin-09-certificate-renewed");

        // Not confirmed: nothing happens.
        workspace->confirmRemoval = [](const QString&) { return false; };
        QTest::mouseClick(remove, Qt::LeftButton);
        QCOMPARE(changed.count(), 1);
        QVERIFY(window.session()->store->directory().personByName("Thomas Nguyen")->removedAt.isNull());
        QString asked;
        workspace->confirmRemoval = [&asked](const QString& name) {
            asked = name;
            return true;
        };
        QTest::mouseClick(remove, Qt::LeftButton);
        QCOMPARE(changed.count(), 2);
        QCOMPARE(asked, QString("Thomas Nguyen"));
        QVERIFY(!window.session()->store->directory().personByName("Thomas Nguyen")->removedAt.isNull());
        // Shown as removed, and no longer something to act on.
        search->setText("Thomas");
        workspace->directory()->selectRow(0);
        QVERIFY2(workspace->directory()->model()->index(0, 0).data().toString().contains("Thomas Nguyen ("),
                 qPrintable(workspace->directory()->model()->index(0, 0).data().toString()));
        QVERIFY(!renew->isEnabled() && !remove->isEnabled());
        saveScreenshot(window, "gui-admin-10-person-removed");
        // Both statements are in the trail, signed by the administrator, and the trail is whole.
        auto log = window.session()->store->audit().log(window.session()->identity);
        QVERIFY(log);
        QCOMPARE(log->at(log->size() - 2).action, QString("directory-renew"));
        QCOMPARE(log->last().action, QString("directory-remove"));
        auto report = window.session()->store->audit().verify(store::AuditVerification::EverySignature);
        QVERIFY2(report && report->firstBad == 0, report ? qPrintable(report->problem) : "");
        const QSet<QString> mnemonics = mnemonicConflicts(workspace);
        QVERIFY2(mnemonics.isEmpty(), qPrintable(QStringList(mnemonics.values()).join("; ")));
    }

    void directoryShowsEveryone()
    {
        const DemoCopy demo = freshDemo();
        MainWindow window;
        Workspace* workspace = unlockAdmin(window, demo);
        QVERIFY(workspace);
        QVERIFY(workspace->isVisible());
        QCOMPARE(child<QStackedWidget>(window, "pages")->currentWidget()->objectName(),
                 QString("page.workspace"));

        auto people = window.session()->store->directory().people();
        QVERIFY(people);
        QTableView* table = workspace->directory();
        QCOMPARE(table->model()->rowCount(), int(people->size()));
        const QStringList names = columnOf(table, Workspace::NameColumn);
        for (const store::Person& person : *people) {
            QVERIFY2(names.contains(person.name), qPrintable(person.name));
        }
        QVERIFY(
            child<QLabel>(*workspace, "directoryCount")->text().contains(QString::number(people->size())));
        // Sorted by name at first.
        QStringList sorted = names;
        std::sort(sorted.begin(), sorted.end(),
                  [](const QString& a, const QString& b) { return QString::localeAwareCompare(a, b) < 0; });
        QCOMPARE(names, sorted);

        // The authority held, for people: never the raw id; nothing for the others.
        const int president = names.indexOf("Jean-Baptiste Moreau");
        QVERIFY(president >= 0);
        const QString presidentAuthority =
            table->model()->index(president, Workspace::AuthorityColumn).data().toString();
        QVERIFY2(presidentAuthority.contains("Nanterre") && !presidentAuthority.contains(':'),
                 qPrintable(presidentAuthority));
        for (const store::Person& person : *people) {
            const int row = names.indexOf(person.name);
            const QString label = table->model()->index(row, Workspace::AuthorityColumn).data().toString();
            if (person.role == store::Role::Authority) {
                QVERIFY2(!label.isEmpty() && label != person.authorityId, qPrintable(label));
            } else {
                QVERIFY2(label.isEmpty(), qPrintable(label));
            }
            QCOMPARE(table->model()->index(row, Workspace::KeyColumn).data().toString(),
                     person.certificate.keyDescription());
        }
        // The demo's certificates were issued today for two years.
        const QStringList states =
            columnOf(table, Workspace::ValidUntilColumn, Workspace::CertificateStateRole);
        QCOMPARE(states.count("valid"), states.size());
        saveScreenshot(window, "gui-admin-01-directory");
        QSet<QString> mnemonics = mnemonicConflicts(&window);
        QVERIFY2(mnemonics.isEmpty(), qPrintable(QStringList(mnemonics.values()).join("; ")));

        // The search: part of a name, whatever the case and the accents.
        type(*workspace, "directorySearch", "helene");
        QCOMPARE(columnOf(table, Workspace::NameColumn), QStringList{"Hélène Durand-Lefèvre"});
        QVERIFY(child<QLabel>(*workspace, "directoryCount")->text().startsWith("1 "));
        type(*workspace, "directorySearch", "MOREAU");
        QCOMPARE(columnOf(table, Workspace::NameColumn), QStringList{"Jean-Baptiste Moreau"});
        type(*workspace, "directorySearch", "personne de ce nom");
        QCOMPARE(table->model()->rowCount(), 0);
        saveScreenshot(window, "gui-admin-02-directory-nobody");
        child<QLineEdit>(*workspace, "directorySearch")->clear();
        QCOMPARE(table->model()->rowCount(), int(people->size()));

        // Sorted by the validity date, the newest certificate last.
        table->sortByColumn(Workspace::ValidUntilColumn, Qt::AscendingOrder);
        const QModelIndex last =
            table->model()->index(table->model()->rowCount() - 1, Workspace::ValidUntilColumn);
        const QModelIndex first = table->model()->index(0, Workspace::ValidUntilColumn);
        QVERIFY(first.data(Workspace::SortRole).toDateTime() <= last.data(Workspace::SortRole).toDateTime());
        table->sortByColumn(Workspace::RoleColumn, Qt::AscendingOrder);
        const QStringList roles = columnOf(table, Workspace::RoleColumn);
        QStringList rolesSorted = roles;
        std::sort(rolesSorted.begin(), rolesSorted.end(),
                  [](const QString& a, const QString& b) { return QString::localeAwareCompare(a, b) < 0; });
        QCOMPARE(roles, rolesSorted);
    }

    // A fresh certificate, PEM or DER, for each role: the person is in the store and in the audit trail,
    // and the table shows and selects them.
    void addsAPerson_data()
    {
        QTest::addColumn<QString>("name"); // empty: taken from the certificate
        QTest::addColumn<QString>("role");
        QTest::addColumn<QString>("authority");
        QTest::addColumn<bool>("der");
        QTest::newRow("declarant, name from the certificate") << ""
                                                              << "declarant"
                                                              << "" << false;
        QTest::newRow("authority of a tribunal, DER") << "Louise Garnier"
                                                      << "authority"
                                                      << "tj-paris:president" << true;
        QTest::newRow("authority of a cour") << "Marc Petit"
                                             << "authority"
                                             << "ca-paris:procureur-general" << false;
        // The authorities outside the courts that the directory's data names (issue 14 §2): offered in the
        // list, not typed as ids no rule knows (the demo has the président of the Conseil constitutionnel
        // already: his authority is checked to be offered below).
        QTest::newRow("chef of the IGJ") << "Agnès Thibault"
                                         << "authority"
                                         << "inspection-generale-de-la-justice:chef" << true;
        QTest::newRow("auditor") << "Sophie Laurent"
                                 << "auditor"
                                 << "" << false;
        QTest::newRow("administrator") << "Paul Girard"
                                       << "admin"
                                       << "" << true;
    }

    void addsAPerson()
    {
        QFETCH(QString, name);
        QFETCH(QString, role);
        QFETCH(QString, authority);
        QFETCH(bool, der);
        const DemoCopy demo = freshDemo();
        MainWindow window;
        Workspace* workspace = unlockAdmin(window, demo);
        QVERIFY(workspace);
        const int before = workspace->directory()->model()->rowCount();
        const QString holder = name.isEmpty() ? QString("Julien Mercier") : name;
        const QString certificate = certificateFile(holder, der);

        gui::AddPersonDialog* dialog = openDialog(*workspace);
        QVERIFY(dialog);
        // The authority is for authorities only.
        QVERIFY(!child<QComboBox>(*dialog, "personAuthority")->isEnabled());
        QSignalSpy added(workspace, &Workspace::personAdded);
        if (!authority.isEmpty()) {
            QVERIFY2(child<QComboBox>(*dialog, "personAuthority")->findData(authority) >= 0,
                     qPrintable(authority));
        }
        QVERIFY(child<QComboBox>(*dialog, "personAuthority")->findData("conseil-constitutionnel:president") >=
                0);
        fill(*dialog, name, role, authority, certificate);
        // What the certificate says, and the name it gives when none was typed.
        QCOMPARE(child<QLineEdit>(*dialog, "personName")->text(), holder);
        QVERIFY(child<QLabel>(*dialog, "certificateDetails")->isVisible());
        QVERIFY(child<QLabel>(*dialog, "certificateDetails")->text().contains("CN=" + holder));
        QVERIFY(child<QLabel>(*dialog, "certificateDetails")->text().contains("P-256"));
        QVERIFY(!child<QLabel>(*dialog, "authorityHint")->isVisible()); // a known authority id
        if (role == "authority" && !der) {
            saveScreenshot(*dialog, "gui-admin-03-add-person");
            const QSet<QString> mnemonics = mnemonicConflicts(dialog);
            QVERIFY2(mnemonics.isEmpty(), qPrintable(QStringList(mnemonics.values()).join("; ")));
        }
        clickOk(*dialog);
        QTRY_COMPARE(added.count(), 1);
        QVERIFY(!dialog->isVisible());

        // In the store, as said.
        auto person = window.session()->store->directory().personByName(holder);
        QVERIFY2(person, qPrintable(person ? QString() : person.error().message));
        QCOMPARE(store::roleId(person->role), role);
        QCOMPARE(person->authorityId, authority);
        QCOMPARE(person->certificate.commonName(), holder);
        QCOMPARE(added.first().first().toString(), person->id);
        // Signed by the administrator, in the audit trail.
        QVERIFY(directoryAdds(window).contains(holder));

        // A new row, selected; the message names them.
        QTableView* table = workspace->directory();
        QCOMPARE(table->model()->rowCount(), before + 1);
        const QModelIndexList selected = table->selectionModel()->selectedRows(Workspace::NameColumn);
        QCOMPARE(selected.size(), 1);
        QCOMPARE(selected.first().data().toString(), holder);
        QCOMPARE(selected.first().data(Workspace::PersonIdRole).toString(), person->id);
        auto* message = child<QLabel>(*workspace, "administratorMessage");
        QVERIFY(message->isVisible());
        QVERIFY2(message->text().contains(holder), qPrintable(message->text()));
        if (role == "authority" && !der) {
            QVERIFY2(message->text().contains("Paris"), qPrintable(message->text()));
            saveScreenshot(window, "gui-admin-04-person-added");
        }
    }

    // The store refuses a certificate already in the directory: its reason shows in the dialog, which stays
    // open, and nothing is added.
    void sameCertificateTwiceIsRefused()
    {
        const DemoCopy demo = freshDemo();
        MainWindow window;
        Workspace* workspace = unlockAdmin(window, demo);
        QVERIFY(workspace);
        const QString certificate = certificateFile("Nina Robert");
        gui::AddPersonDialog* first = openDialog(*workspace);
        QVERIFY(first);
        fill(*first, "", "declarant", "", certificate);
        clickOk(*first);
        QTRY_VERIFY(!first->isVisible());
        const int rows = workspace->directory()->model()->rowCount();

        gui::AddPersonDialog* second = openDialog(*workspace);
        QVERIFY(second);
        fill(*second, "Nina Robert bis", "declarant", "", certificate);
        clickOk(*second);
        QVERIFY(second->isVisible());
        auto* error = child<QLabel>(*second, "dialogError");
        QVERIFY(error->isVisible());
        // The store's own words (its message names the person refused).
        QVERIFY2(error->text().contains("Nina Robert bis"), qPrintable(error->text()));
        saveScreenshot(*second, "gui-admin-05-add-person-refused");
        QCOMPARE(workspace->directory()->model()->rowCount(), rows);
        QVERIFY(!window.session()->store->directory().personByName("Nina Robert bis"));
        QCOMPARE(directoryAdds(window).count("Nina Robert bis"), 0);
        QCOMPARE(directoryAdds(window).count("Nina Robert"), 1);
        second->reject();
    }

    // The dialog's own checks: each names the field and puts the focus on it; nothing reaches the store.
    void dialogChecks_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("role");
        QTest::addColumn<QString>("authority");
        QTest::addColumn<QString>("certificate"); // "fresh", "unreadable" or empty
        QTest::addColumn<QString>("focus");       // the field the error sends the person to
        QTest::newRow("no name") << ""
                                 << "declarant"
                                 << ""
                                 << ""
                                 << "personName";
        QTest::newRow("no certificate") << "Jeanne Simon"
                                        << "declarant"
                                        << ""
                                        << ""
                                        << "chooseCertificate";
        QTest::newRow("unreadable certificate") << "Jeanne Simon"
                                                << "auditor"
                                                << ""
                                                << "unreadable"
                                                << "chooseCertificate";
        QTest::newRow("authority without authority") << ""
                                                     << "authority"
                                                     << ""
                                                     << "fresh"
                                                     << "personAuthority";
    }

    void dialogChecks()
    {
        QFETCH(QString, name);
        QFETCH(QString, role);
        QFETCH(QString, authority);
        QFETCH(QString, certificate);
        QFETCH(QString, focus);
        const DemoCopy demo = freshDemo();
        MainWindow window;
        Workspace* workspace = unlockAdmin(window, demo);
        QVERIFY(workspace);
        const int rows = workspace->directory()->model()->rowCount();
        QString path;
        if (certificate == "fresh") {
            path = certificateFile("Victor Lambert");
        } else if (certificate == "unreadable") {
            path = m_directory.filePath("not-a-certificate.pem");
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write("-----BEGIN CERTIFICATE-----\nnot base64\n-----END CERTIFICATE-----\n");
        }
        gui::AddPersonDialog* dialog = openDialog(*workspace);
        QVERIFY(dialog);
        QSignalSpy added(workspace, &Workspace::personAdded);
        fill(*dialog, name, role, authority, path);
        auto* error = child<QLabel>(*dialog, "dialogError");
        if (certificate == "unreadable") {
            // Said as soon as the file is chosen.
            QVERIFY(error->isVisible());
            QVERIFY(!child<QLabel>(*dialog, "certificateDetails")->isVisible());
            QVERIFY2(error->text().contains("not-a-certificate.pem"), qPrintable(error->text()));
            saveScreenshot(*dialog, "gui-admin-08-add-person-unreadable-certificate");
        }
        clickOk(*dialog);
        QVERIFY(dialog->isVisible());
        QVERIFY(error->isVisible());
        QVERIFY(!dialog->problem().isEmpty());
        QCOMPARE(error->text(), dialog->problem());
        QWidget* focused = dialog->focusWidget();
        QVERIFY(focused);
        // An editable combo box gives the focus to its line edit.
        const QString focusedName = focused->objectName().isEmpty() && focused->parentWidget()
                                        ? focused->parentWidget()->objectName()
                                        : focused->objectName();
        QCOMPARE(focusedName, focus);
        if (focus == "personAuthority") {
            saveScreenshot(*dialog, "gui-admin-06-add-person-no-authority");
        }
        QCOMPARE(added.count(), 0);
        QCOMPARE(workspace->directory()->model()->rowCount(), rows);
        dialog->reject();
    }

    // A typed authority id that no rule names is taken, with a warning.
    void unknownAuthorityIsWarned()
    {
        const DemoCopy demo = freshDemo();
        MainWindow window;
        Workspace* workspace = unlockAdmin(window, demo);
        QVERIFY(workspace);
        gui::AddPersonDialog* dialog = openDialog(*workspace);
        QVERIFY(dialog);
        fill(*dialog, "Anne Leroy", "authority", "tj-nulle-part:president", certificateFile("Anne Leroy"));
        QCOMPARE(dialog->authorityId(), QString("tj-nulle-part:president"));
        QVERIFY(child<QLabel>(*dialog, "authorityHint")->isVisible());
        // A known id typed as such is the known authority.
        child<QComboBox>(*dialog, "personAuthority")->setEditText("tj-nanterre:procureur");
        QCOMPARE(dialog->authorityId(), QString("tj-nanterre:procureur"));
        QVERIFY(!child<QLabel>(*dialog, "authorityHint")->isVisible());
        // The known authorities: the heads of a tribunal and of a cour, and the national ones.
        auto* combo = child<QComboBox>(*dialog, "personAuthority");
        for (const char* id :
             {"tj-nanterre:president", "tj-nanterre:procureur", "ca-versailles:premier-president",
              "ca-versailles:procureur-general", "cour-de-cassation:premier-president", "hatvp",
              "college-de-deontologie", "csm", "garde-des-sceaux", "inspection-generale-de-la-justice"}) {
            QVERIFY2(combo->findData(QString(id)) >= 0, id);
        }
        QCOMPARE(combo->findData(QString("tj-nanterre:premier-president")), -1);
        QCOMPARE(combo->findData(QString("ca-versailles:president")), -1);
        dialog->reject();
    }

    // Certificates that expired or expire within 90 days stand out, and the count line says how many.
    void expiringCertificatesStandOut()
    {
        const DemoCopy demo = freshDemo();
        MainWindow window;
        Workspace* workspace = unlockAdmin(window, demo);
        QVERIFY(workspace);
        for (const auto& [name, days] :
             {std::pair<QString, int>{"Claude Martin", 30}, {"Denise Faure", 150}}) {
            gui::AddPersonDialog* dialog = openDialog(*workspace);
            QVERIFY(dialog);
            fill(*dialog, name, "declarant", "", certificateFile(name, false, days));
            clickOk(*dialog);
            QTRY_VERIFY(!dialog->isVisible());
        }
        // A hundred days later: the 30-day certificate has expired, the 150-day one expires within 90 days.
        const QDateTime later = QDateTime::currentDateTimeUtc().addDays(100);
        Clock::setForTesting(later);
        workspace->refresh();
        QTableView* table = workspace->directory();
        const QStringList names = columnOf(table, Workspace::NameColumn);
        const QStringList states =
            columnOf(table, Workspace::ValidUntilColumn, Workspace::CertificateStateRole);
        QCOMPARE(states.at(names.indexOf("Claude Martin")), QString("expired"));
        QCOMPARE(states.at(names.indexOf("Denise Faure")), QString("expiring"));
        QCOMPARE(states.count("valid"), names.size() - 2);
        const QModelIndex expired =
            table->model()->index(names.indexOf("Claude Martin"), Workspace::ValidUntilColumn);
        const QModelIndex valid = table->model()->index(names.indexOf(kAdmin), Workspace::ValidUntilColumn);
        QVERIFY(expired.data(Qt::BackgroundRole).isValid());
        QVERIFY(!valid.data(Qt::BackgroundRole).isValid());
        QVERIFY(expired.data().toString().size() > valid.data().toString().size()); // the date, and why
        const QString count = child<QLabel>(*workspace, "directoryCount")->text();
        QVERIFY2(count.count(QChar(0x00b7)) == 2, qPrintable(count)); // people · expired · expiring
        table->sortByColumn(Workspace::ValidUntilColumn, Qt::AscendingOrder);
        saveScreenshot(window, "gui-admin-07-certificates-expiring");
    }
};

QTEST_MAIN(TestGuiAdmin)
#include "tst_gui_admin.moc"
