#include "CreateRegisterWizard.h"

#include "BusyBar.h"
#include "EntretienCommands.h"
#include "FileField.h"
#include "Identity.h"
#include "Obligations.h"
#include "Store.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QStandardPaths>
#include <QVBoxLayout>
#include <QWizardPage>

namespace probitas::gui {

// A page that says what is wrong under its fields rather than letting "Next" go on; the last one creates.
class CheckedPage : public QWizardPage
{
public:
    CheckedPage(CreateRegisterWizard* wizard, int id)
        : QWizardPage(wizard)
        , m_wizard(wizard)
        , m_id(id)
    {
        m_message = new QLabel(this);
        m_message->setObjectName(QStringLiteral("pageProblems"));
        m_message->setWordWrap(true);
        m_message->setStyleSheet(QStringLiteral("color: #b02a37;"));
        m_message->hide();
    }
    QLabel* message() const { return m_message; }
    bool validatePage() override
    {
        const QString problems = m_wizard->problemsOf(m_id);
        m_message->setText(problems);
        m_message->setVisible(!problems.isEmpty());
        if (!problems.isEmpty()) {
            return false;
        }
        if (m_id == CreateRegisterWizard::RegisterPageId) {
            // Accepted once the register is made (onCreated), not before.
            m_wizard->create();
            return false;
        }
        return true;
    }

private:
    CreateRegisterWizard* m_wizard;
    int m_id;
    QLabel* m_message;
};

namespace {

QLineEdit* passphraseField(QWidget* parent, const QString& name)
{
    auto* field = new QLineEdit(parent);
    field->setObjectName(name);
    field->setEchoMode(QLineEdit::Password);
    return field;
}

QString documents(const QString& name)
{
    return QDir::toNativeSeparators(
        QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)).filePath(name));
}

// A file name from a person's or an organisation's name: "Cour d'appel" gives "cour-d-appel".
QString fileStem(const QString& name)
{
    return asciiFileStem(name.simplified()).toLower();
}

// The field's text overwritten where it lies: the field lets go of it first, so that the copy taken is the
// only one left and fill() writes over it rather than over a copy of its own.
void wipe(QLineEdit* field)
{
    QString text = field->text();
    field->clear();
    text.fill(QChar(0));
}

} // namespace

CreateRegisterWizard::CreateRegisterWizard(QWidget* parent)
    : QWizard(parent)
    , m_command(new CreateRegisterCommand(this))
{
    setObjectName(QStringLiteral("createRegisterWizard"));
    setWindowTitle(tr("Create the organisation's register"));
    setWizardStyle(QWizard::ClassicStyle);
    setOption(QWizard::NoBackButtonOnStartPage);
    setButtonText(QWizard::FinishButton, tr("&Create the register"));
    setPage(CaPageId, makeCaPage());
    setPage(AdministratorPageId, makeAdministratorPage());
    setPage(RegisterPageId, makeRegisterPage());
    connect(m_command, &CreateRegisterCommand::finished, this, &CreateRegisterWizard::onCreated);
    connect(this, &QWizard::currentIdChanged, this, [this](int id) {
        if (id == RegisterPageId) {
            m_summary->setText(
                m_createCa->isChecked()
                    ? tr("Probitas will make the CA %1 in %2, your identity, then the register, whose first "
                         "statement you sign.")
                          .arg(m_caName->text().trimmed().toHtmlEscaped(),
                               m_newCaFile->text().trimmed().toHtmlEscaped())
                    : tr("Probitas will trust the CA of %1, then make the register, whose first statement "
                         "you "
                         "sign.")
                          .arg(m_existingCaFile->text().trimmed().toHtmlEscaped()));
        }
    });
    resize(720, 560);
}

CreateRegisterWizard::~CreateRegisterWizard()
{
    for (QLineEdit* secret :
         {m_caPassphrase, m_caPassphraseAgain, m_existingCaPassphrase, m_identityPassphrase,
          m_identityPassphraseAgain, m_existingIdentityPassphrase}) {
        wipe(secret);
    }
}

QWizardPage* CreateRegisterWizard::makeCaPage()
{
    auto* page = new CheckedPage(this, CaPageId);
    page->setObjectName(QStringLiteral("caPage"));
    page->setTitle(tr("The organisation's certification authority"));
    page->setSubTitle(tr("It issues each person's identity, and the register trusts only the identities it "
                         "issued. Keep its file and passphrase apart, as you would the court's seal."));
    auto* layout = new QVBoxLayout(page);
    m_createCa = new QRadioButton(tr("Create a &new authority"), page);
    m_createCa->setObjectName(QStringLiteral("createCa"));
    m_createCa->setChecked(true);
    layout->addWidget(m_createCa);
    m_createCaBox = new QWidget(page);
    auto* createForm = new QFormLayout(m_createCaBox);
    m_organisation = new QLineEdit(m_createCaBox);
    m_organisation->setObjectName(QStringLiteral("organisation"));
    m_organisation->setPlaceholderText(tr("Cour d'appel de Versailles"));
    createForm->addRow(tr("&Organisation:"), m_organisation);
    m_caName = new QLineEdit(m_createCaBox);
    m_caName->setObjectName(QStringLiteral("caName"));
    createForm->addRow(tr("Authority's &name:"), m_caName);
    m_newCaFile = new QLineEdit(documents(QStringLiteral("probitas-ca.p12")), m_createCaBox);
    m_newCaFile->setObjectName(QStringLiteral("newCaFile"));
    auto* browseNewCa = new QPushButton(tr("Browse…"), m_createCaBox);
    browseNewCa->setAccessibleName(tr("Choose where to save the authority"));
    createForm->addRow(tr("Saved &in:"), withBrowse(m_newCaFile, browseNewCa, m_createCaBox));
    m_caPassphrase = passphraseField(m_createCaBox, QStringLiteral("caPassphrase"));
    createForm->addRow(tr("&Passphrase:"), m_caPassphrase);
    m_caPassphraseAgain = passphraseField(m_createCaBox, QStringLiteral("caPassphraseAgain"));
    createForm->addRow(tr("Passphrase a&gain:"), m_caPassphraseAgain);
    layout->addWidget(m_createCaBox);

    m_importCa = new QRadioButton(tr("&Use the organisation's existing authority"), page);
    m_importCa->setObjectName(QStringLiteral("importCa"));
    layout->addWidget(m_importCa);
    m_importCaBox = new QWidget(page);
    auto* importForm = new QFormLayout(m_importCaBox);
    auto* importNote =
        new QLabel(tr("Its PKCS#12 file with its key (.p12), to issue your identity here; or only "
                      "its certificates (.pem), when its key is kept elsewhere and your identity "
                      "was issued already."),
                   m_importCaBox);
    importNote->setWordWrap(true);
    importForm->addRow(importNote);
    m_existingCaFile = new QLineEdit(m_importCaBox);
    m_existingCaFile->setObjectName(QStringLiteral("existingCaFile"));
    auto* browseCa = new QPushButton(tr("Browse…"), m_importCaBox);
    browseCa->setAccessibleName(tr("Choose the authority's file"));
    importForm->addRow(tr("Authority's &file:"), withBrowse(m_existingCaFile, browseCa, m_importCaBox));
    m_existingCaPassphrase = passphraseField(m_importCaBox, QStringLiteral("existingCaPassphrase"));
    m_existingCaPassphraseLabel = new QLabel(tr("Its pass&phrase:"), m_importCaBox);
    m_existingCaPassphraseLabel->setBuddy(m_existingCaPassphrase);
    importForm->addRow(m_existingCaPassphraseLabel, m_existingCaPassphrase);
    layout->addWidget(m_importCaBox);
    layout->addStretch();
    layout->addWidget(page->message());

    auto* choice = new QButtonGroup(page);
    choice->addButton(m_createCa);
    choice->addButton(m_importCa);
    connect(m_createCa, &QRadioButton::toggled, this, &CreateRegisterWizard::updateCaChoice);
    connect(m_existingCaFile, &QLineEdit::textChanged, this, &CreateRegisterWizard::updateCaChoice);
    // The authority's name follows the organisation's until someone writes another.
    connect(m_organisation, &QLineEdit::textEdited, this, [this](const QString& organisation) {
        if (!m_caName->isModified()) {
            m_caName->setText(organisation.trimmed().isEmpty()
                                  ? QString()
                                  : tr("Certification authority — %1").arg(organisation.trimmed()));
        }
        const QString simple = fileStem(organisation);
        m_newCaFile->setText(documents(simple.isEmpty() ? QStringLiteral("probitas-ca.p12")
                                                        : QStringLiteral("probitas-ca-%1.p12").arg(simple)));
    });
    connect(browseNewCa, &QPushButton::clicked, this,
            [this] { browse(m_newCaFile, tr("Save the authority as"), tr("PKCS#12 (*.p12)"), true); });
    connect(browseCa, &QPushButton::clicked, this, [this] {
        browse(m_existingCaFile, tr("The organisation's authority"),
               tr("Authority (*.p12 *.pfx *.pem *.crt);;All files (*)"), false);
    });
    updateCaChoice();
    return page;
}

QWizardPage* CreateRegisterWizard::makeAdministratorPage()
{
    auto* page = new CheckedPage(this, AdministratorPageId);
    page->setObjectName(QStringLiteral("administratorPage"));
    page->setTitle(tr("You, its administrator"));
    page->setSubTitle(
        tr("The register's first person. You add the others, their roles and their postings, and "
           "sign each change; you never read a declaration."));
    auto* layout = new QVBoxLayout(page);
    auto* nameForm = new QFormLayout;
    m_administratorName = new QLineEdit(page);
    m_administratorName->setObjectName(QStringLiteral("administratorName"));
    m_administratorName->setPlaceholderText(tr("Firstname LASTNAME"));
    nameForm->addRow(tr("Your &name:"), m_administratorName);
    layout->addLayout(nameForm);

    m_issueIdentity = new QRadioButton(tr("&Issue me an identity from this authority"), page);
    m_issueIdentity->setObjectName(QStringLiteral("issueIdentity"));
    m_issueIdentity->setChecked(true);
    layout->addWidget(m_issueIdentity);
    m_issueBox = new QWidget(page);
    auto* issueForm = new QFormLayout(m_issueBox);
    m_newIdentityFile = new QLineEdit(documents(QStringLiteral("administrateur.p12")), m_issueBox);
    m_newIdentityFile->setObjectName(QStringLiteral("newIdentityFile"));
    auto* browseNew = new QPushButton(tr("Browse…"), m_issueBox);
    browseNew->setAccessibleName(tr("Choose where to save your identity"));
    issueForm->addRow(tr("Saved &in:"), withBrowse(m_newIdentityFile, browseNew, m_issueBox));
    m_identityPassphrase = passphraseField(m_issueBox, QStringLiteral("identityPassphrase"));
    issueForm->addRow(tr("&Passphrase:"), m_identityPassphrase);
    m_identityPassphraseAgain = passphraseField(m_issueBox, QStringLiteral("identityPassphraseAgain"));
    issueForm->addRow(tr("Passphrase a&gain:"), m_identityPassphraseAgain);
    layout->addWidget(m_issueBox);

    m_existingIdentity = new QRadioButton(tr("I &hold my identity file already"), page);
    m_existingIdentity->setObjectName(QStringLiteral("existingIdentity"));
    layout->addWidget(m_existingIdentity);
    m_existingBox = new QWidget(page);
    auto* existingForm = new QFormLayout(m_existingBox);
    m_existingIdentityFile = new QLineEdit(m_existingBox);
    m_existingIdentityFile->setObjectName(QStringLiteral("existingIdentityFile"));
    auto* browseExisting = new QPushButton(tr("Browse…"), m_existingBox);
    browseExisting->setAccessibleName(tr("Choose your identity file"));
    existingForm->addRow(tr("Identity &file:"),
                         withBrowse(m_existingIdentityFile, browseExisting, m_existingBox));
    m_existingIdentityPassphrase =
        passphraseField(m_existingBox, QStringLiteral("existingIdentityPassphrase"));
    existingForm->addRow(tr("Its pass&phrase:"), m_existingIdentityPassphrase);
    layout->addWidget(m_existingBox);
    layout->addStretch();
    layout->addWidget(page->message());

    auto* choice = new QButtonGroup(page);
    choice->addButton(m_issueIdentity);
    choice->addButton(m_existingIdentity);
    connect(m_issueIdentity, &QRadioButton::toggled, this, &CreateRegisterWizard::updateAdministratorChoice);
    connect(m_administratorName, &QLineEdit::textEdited, this, [this](const QString& name) {
        const QString simple = fileStem(name);
        m_newIdentityFile->setText(documents(simple.isEmpty() ? QStringLiteral("administrateur.p12")
                                                              : simple + QStringLiteral(".p12")));
    });
    connect(browseNew, &QPushButton::clicked, this,
            [this] { browse(m_newIdentityFile, tr("Save your identity as"), tr("PKCS#12 (*.p12)"), true); });
    connect(browseExisting, &QPushButton::clicked, this, [this] {
        browse(m_existingIdentityFile, tr("Your identity file"), tr("PKCS#12 (*.p12 *.pfx)"), false);
    });
    updateAdministratorChoice();
    return page;
}

QWizardPage* CreateRegisterWizard::makeRegisterPage()
{
    auto* page = new CheckedPage(this, RegisterPageId);
    page->setObjectName(QStringLiteral("registerPage"));
    page->setTitle(tr("The register"));
    page->setSubTitle(
        tr("A file on this computer or on a shared folder. A server's register is made by whoever "
           "administers the server (see the guide to installing Probitas)."));
    page->setFinalPage(true);
    auto* layout = new QVBoxLayout(page);
    auto* form = new QFormLayout;
    m_storeFile = new QLineEdit(
        QDir::toNativeSeparators(QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
                                     .filePath(QStringLiteral("registre.sqlite"))),
        page);
    m_storeFile->setObjectName(QStringLiteral("storeFile"));
    auto* browseStore = new QPushButton(tr("Browse…"), page);
    browseStore->setAccessibleName(tr("Choose where to make the register"));
    form->addRow(tr("Register &file:"), withBrowse(m_storeFile, browseStore, page));
    m_regime = new QComboBox(page);
    m_regime->setObjectName(QStringLiteral("regime"));
    for (const Regime& regime : ObligationRules::builtIn().regimes()) {
        m_regime->addItem(QStringLiteral("%1 — %2").arg(regime.id, regime.title), regime.id);
    }
    // The law in force today, unless the administrator chooses an earlier one.
    m_regime->setCurrentIndex(std::max(0, m_regime->findData(QStringLiteral("lo-2023"))));
    form->addRow(tr("The &law it follows:"), m_regime);
    layout->addLayout(form);
    auto* regimeNote =
        new QLabel(tr("The regime decides who owes which declaration and for whom it is sealed. "
                      "You sign it in the register's first statement; changing it later takes "
                      "another signed statement."),
                   page);
    regimeNote->setWordWrap(true);
    layout->addWidget(regimeNote);
    m_summary = new QLabel(page);
    m_summary->setObjectName(QStringLiteral("creationSummary"));
    m_summary->setWordWrap(true);
    layout->addWidget(m_summary);
    layout->addStretch();
    m_busy = makeBusyBar(page, QStringLiteral("creatingRegister"), tr("Creating the register"));
    m_busy->hide();
    layout->addWidget(m_busy);
    m_failure = page->message();
    layout->addWidget(m_failure);
    connect(browseStore, &QPushButton::clicked, this, [this] {
        browse(m_storeFile, tr("Make the register in"), tr("Probitas register (*.sqlite)"), true);
    });
    return page;
}

void CreateRegisterWizard::updateCaChoice()
{
    m_createCaBox->setEnabled(m_createCa->isChecked());
    m_importCaBox->setEnabled(m_importCa->isChecked());
    // Only a PKCS#12 file has a passphrase; a certificate alone has none.
    const QString suffix = QFileInfo(m_existingCaFile->text().trimmed()).suffix().toLower();
    const bool certificateOnly = suffix == QLatin1String("pem") || suffix == QLatin1String("crt");
    m_existingCaPassphrase->setEnabled(!certificateOnly);
    m_existingCaPassphraseLabel->setEnabled(!certificateOnly);
}

void CreateRegisterWizard::updateAdministratorChoice()
{
    m_issueBox->setEnabled(m_issueIdentity->isChecked());
    m_existingBox->setEnabled(m_existingIdentity->isChecked());
}

std::shared_ptr<RegisterPlan> CreateRegisterWizard::plan() const
{
    auto plan = std::make_shared<RegisterPlan>();
    if (m_createCa->isChecked()) {
        plan->caSource = RegisterPlan::CaSource::Create;
        plan->caName = m_caName->text().trimmed();
        plan->caOrganisation = m_organisation->text().trimmed();
        plan->caFile = QDir::fromNativeSeparators(m_newCaFile->text().trimmed());
        plan->caPassphrase = crypto::SecureBytes::fromUtf8(m_caPassphrase->text());
    } else {
        plan->caFile = QDir::fromNativeSeparators(m_existingCaFile->text().trimmed());
        plan->caSource = m_existingCaPassphrase->isEnabled() ? RegisterPlan::CaSource::ImportWithKey
                                                             : RegisterPlan::CaSource::ImportCertificate;
        plan->caPassphrase = crypto::SecureBytes::fromUtf8(m_existingCaPassphrase->text());
    }
    plan->administratorName = m_administratorName->text().simplified();
    if (m_issueIdentity->isChecked()) {
        plan->administratorIdentity = RegisterPlan::AdministratorIdentity::Issue;
        plan->administratorFile = QDir::fromNativeSeparators(m_newIdentityFile->text().trimmed());
        plan->administratorPassphrase = crypto::SecureBytes::fromUtf8(m_identityPassphrase->text());
    } else {
        plan->administratorIdentity = RegisterPlan::AdministratorIdentity::Existing;
        plan->administratorFile = QDir::fromNativeSeparators(m_existingIdentityFile->text().trimmed());
        plan->administratorPassphrase = crypto::SecureBytes::fromUtf8(m_existingIdentityPassphrase->text());
    }
    plan->storePath = QDir::fromNativeSeparators(m_storeFile->text().trimmed());
    plan->regime = m_regime->currentData().toString();
    return plan;
}

QString CreateRegisterWizard::problemsOf(int id) const
{
    QStringList problems;
    // A new passphrase: long enough, and typed the same twice.
    const auto checkNew = [&problems](const QLineEdit* first, const QLineEdit* again, const QString& what) {
        if (first->text().size() < crypto::kMinimumPassphraseLength) {
            problems << tr("The passphrase of %1 needs at least %2 characters.")
                            .arg(what)
                            .arg(crypto::kMinimumPassphraseLength);
        } else if (first->text() != again->text()) {
            problems << tr("The two passphrases of %1 differ.").arg(what);
        }
    };
    const auto checkNewFile = [&problems](const QLineEdit* field, const QString& what) {
        const QString path = field->text().trimmed();
        if (path.isEmpty()) {
            problems << tr("Say where to save %1.").arg(what);
        } else if (QFileInfo::exists(path)) {
            problems << tr("%1 exists already: choose another file for %2, Probitas never overwrites one.")
                            .arg(path, what);
        } else if (!QFileInfo(QFileInfo(path).absolutePath()).isDir()) {
            problems << tr("The folder of %1 does not exist.").arg(path);
        }
    };
    const auto checkExistingFile = [&problems](const QLineEdit* field, const QString& what) {
        const QString path = field->text().trimmed();
        if (path.isEmpty()) {
            problems << tr("Choose %1.").arg(what);
        } else if (!QFileInfo(path).isFile()) {
            problems << tr("%1 is not a file.").arg(path);
        }
    };
    switch (id) {
    case CaPageId:
        if (m_createCa->isChecked()) {
            if (m_organisation->text().trimmed().isEmpty()) {
                problems << tr("Name the organisation.");
            }
            if (m_caName->text().trimmed().isEmpty()) {
                problems << tr("Name the authority.");
            }
            checkNewFile(m_newCaFile, tr("the authority"));
            checkNew(m_caPassphrase, m_caPassphraseAgain, tr("the authority"));
        } else {
            checkExistingFile(m_existingCaFile, tr("the authority's file"));
            if (m_existingCaPassphrase->isEnabled() && m_existingCaPassphrase->text().isEmpty()) {
                problems << tr("Type the authority's passphrase.");
            }
        }
        break;
    case AdministratorPageId:
        if (m_administratorName->text().trimmed().isEmpty()) {
            problems << tr("Type your name, as the register will name you.");
        }
        if (m_issueIdentity->isChecked()) {
            checkNewFile(m_newIdentityFile, tr("your identity"));
            checkNew(m_identityPassphrase, m_identityPassphraseAgain, tr("your identity"));
            if (m_createCa->isChecked() &&
                QFileInfo(m_newIdentityFile->text().trimmed()).absoluteFilePath() ==
                    QFileInfo(m_newCaFile->text().trimmed()).absoluteFilePath()) {
                problems << tr("Your identity and the authority need two different files.");
            }
        } else {
            checkExistingFile(m_existingIdentityFile, tr("your identity file"));
            if (m_existingIdentityPassphrase->text().isEmpty()) {
                problems << tr("Type your identity's passphrase.");
            }
        }
        break;
    case RegisterPageId:
        checkNewFile(m_storeFile, tr("the register"));
        break;
    default:
        break;
    }
    return problems.join(QLatin1Char('\n'));
}

void CreateRegisterWizard::create()
{
    if (m_creating) {
        return;
    }
    m_creating = true;
    m_failure->hide();
    m_busy->show();
    for (QWizard::WizardButton button : {QWizard::BackButton, QWizard::FinishButton, QWizard::CancelButton}) {
        this->button(button)->setEnabled(false);
    }
    m_command->run(plan());
}

bool CreateRegisterWizard::isCreating() const
{
    return m_creating;
}

void CreateRegisterWizard::onCreated(const Result<CreatedRegister>& result)
{
    m_creating = false;
    m_busy->hide();
    for (QWizard::WizardButton button : {QWizard::BackButton, QWizard::FinishButton, QWizard::CancelButton}) {
        this->button(button)->setEnabled(true);
    }
    if (!result) {
        m_failure->setText(
            tr("The register was not created, and nothing was left behind. %1").arg(result.error().message));
        m_failure->show();
        return;
    }
    m_created = *result;
    // Not QWizard's own: it would validate the page again, and find the register just made.
    QDialog::done(QDialog::Accepted);
}

void CreateRegisterWizard::done(int result)
{
    // The files are being written: closing now would leave the work behind unseen.
    if (isCreating()) {
        return;
    }
    QWizard::done(result);
}

void CreateRegisterWizard::browse(QLineEdit* field, const QString& what, const QString& filter, bool save)
{
    browseInto(this, field, fileProvider, what, filter, save);
}

} // namespace probitas::gui
