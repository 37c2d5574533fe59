#include "OpenStoreDialog.h"

#include "Database.h"
#include "FileField.h"

#include <QButtonGroup>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QUrl>
#include <QUrlQuery>
#include <QVBoxLayout>

namespace probitas::gui {

OpenStoreDialog::OpenStoreDialog(QWidget* parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("openStoreDialog"));
    setWindowTitle(tr("Open a store"));
    auto* layout = new QVBoxLayout(this);

    m_local = new QRadioButton(tr("A &file on this computer"), this);
    m_local->setObjectName(QStringLiteral("localStore"));
    m_local->setChecked(true);
    layout->addWidget(m_local);
    m_localBox = new QWidget(this);
    auto* localForm = new QFormLayout(m_localBox);
    m_file = new QLineEdit(m_localBox);
    m_file->setObjectName(QStringLiteral("storeFile"));
    auto* browseFile = new QPushButton(tr("&Browse…"), m_localBox);
    browseFile->setObjectName(QStringLiteral("browseStoreFile"));
    auto* fileLabel = new QLabel(tr("Store &file:"), m_localBox);
    fileLabel->setBuddy(m_file);
    localForm->addRow(fileLabel, withBrowse(m_file, browseFile, m_localBox));
    layout->addWidget(m_localBox);

    m_server = new QRadioButton(tr("A &server (PostgreSQL)"), this);
    m_server->setObjectName(QStringLiteral("serverStore"));
    layout->addWidget(m_server);
    m_serverBox = new QWidget(this);
    auto* serverForm = new QFormLayout(m_serverBox);
    m_host = new QLineEdit(m_serverBox);
    m_host->setObjectName(QStringLiteral("serverHost"));
    m_host->setPlaceholderText(QStringLiteral("db.ca-versailles.justice.fr"));
    serverForm->addRow(tr("&Host:"), m_host);
    m_port = new QSpinBox(m_serverBox);
    m_port->setObjectName(QStringLiteral("serverPort"));
    m_port->setRange(1, 65535);
    m_port->setValue(5432);
    serverForm->addRow(tr("&Port:"), m_port);
    m_database = new QLineEdit(m_serverBox);
    m_database->setObjectName(QStringLiteral("serverDatabase"));
    m_database->setText(QStringLiteral("probitas"));
    serverForm->addRow(tr("&Database:"), m_database);
    m_user = new QLineEdit(m_serverBox);
    m_user->setObjectName(QStringLiteral("serverUser"));
    serverForm->addRow(tr("&User:"), m_user);
    m_caCertificate = new QLineEdit(m_serverBox);
    m_caCertificate->setObjectName(QStringLiteral("serverCaCertificate"));
    m_caCertificate->setPlaceholderText(tr("for a server on another computer"));
    auto* browseCa = new QPushButton(tr("Bro&wse…"), m_serverBox);
    browseCa->setObjectName(QStringLiteral("browseCaCertificate"));
    browseCa->setAccessibleName(tr("Browse for the CA certificate"));
    auto* caLabel = new QLabel(tr("&CA certificate:"), m_serverBox);
    caLabel->setBuddy(m_caCertificate);
    serverForm->addRow(caLabel, withBrowse(m_caCertificate, browseCa, m_serverBox));
    // How she logs in: her password (asked at each opening), or her seal's certificate, which the identity
    // she unlocks anyway presents to the server (one passphrase for both).
    auto* loginRow = new QWidget(m_serverBox);
    auto* loginLayout = new QVBoxLayout(loginRow);
    loginLayout->setContentsMargins(0, 0, 0, 0);
    m_passwordLogin = new QRadioButton(tr("my pass&word, asked each time"), loginRow);
    m_passwordLogin->setObjectName(QStringLiteral("passwordLogin"));
    m_passwordLogin->setChecked(true);
    m_sealLogin = new QRadioButton(tr("the certificate of my &seal (no password)"), loginRow);
    m_sealLogin->setObjectName(QStringLiteral("sealCertificateLogin"));
    loginLayout->addWidget(m_passwordLogin);
    loginLayout->addWidget(m_sealLogin);
    // Groups of their own: Qt's auto-exclusive radio buttons are all their parent's, grandchildren
    // included, so the file-or-server choice would otherwise take this one's buttons for its own.
    auto* loginChoice = new QButtonGroup(this);
    loginChoice->addButton(m_passwordLogin);
    loginChoice->addButton(m_sealLogin);
    auto* storeChoice = new QButtonGroup(this);
    storeChoice->addButton(m_local);
    storeChoice->addButton(m_server);
    serverForm->addRow(tr("Log in with:"), loginRow);
    m_clientCertificate = new QLineEdit(m_serverBox);
    m_clientCertificate->setObjectName(QStringLiteral("clientCertificate"));
    m_clientCertificate->setPlaceholderText(tr("optional: instead of a password"));
    auto* browseCertificate = new QPushButton(tr("B&rowse…"), m_serverBox);
    browseCertificate->setObjectName(QStringLiteral("browseClientCertificate"));
    browseCertificate->setAccessibleName(tr("Browse for your client certificate"));
    auto* certificateLabel = new QLabel(tr("Client cer&tificate:"), m_serverBox);
    certificateLabel->setBuddy(m_clientCertificate);
    m_clientCertificateRow = withBrowse(m_clientCertificate, browseCertificate, m_serverBox);
    serverForm->addRow(certificateLabel, m_clientCertificateRow);
    m_clientKey = new QLineEdit(m_serverBox);
    m_clientKey->setObjectName(QStringLiteral("clientKey"));
    auto* browseKey = new QPushButton(tr("Brows&e…"), m_serverBox);
    browseKey->setObjectName(QStringLiteral("browseClientKey"));
    browseKey->setAccessibleName(tr("Browse for your client certificate's key"));
    auto* keyLabel = new QLabel(tr("Client &key:"), m_serverBox);
    keyLabel->setBuddy(m_clientKey);
    m_clientKeyRow = withBrowse(m_clientKey, browseKey, m_serverBox);
    serverForm->addRow(keyLabel, m_clientKeyRow);
    auto* note = new QLabel(tr("Your password is asked each time the store is opened, and never kept. With "
                               "the certificate of your seal, the passphrase of your identity logs you in "
                               "(the server's CA certificate is then needed); with a client certificate, "
                               "nothing is asked."),
                            m_serverBox);
    note->setObjectName(QStringLiteral("passwordNote"));
    note->setWordWrap(true);
    serverForm->addRow(note); // the whole width: a wrapped label in the field column was cut short
    layout->addWidget(m_serverBox);

    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("openStoreMessage"));
    m_message->setWordWrap(true);
    m_message->setStyleSheet(QStringLiteral("color: #b02a37;"));
    m_message->hide();
    layout->addWidget(m_message);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Open | QDialogButtonBox::Cancel, this);
    buttons->setObjectName(QStringLiteral("openStoreButtons"));
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &OpenStoreDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &OpenStoreDialog::reject);
    connect(m_local, &QRadioButton::toggled, this, &OpenStoreDialog::updateEnabled);
    connect(m_sealLogin, &QRadioButton::toggled, this, &OpenStoreDialog::updateEnabled);
    connect(browseFile, &QPushButton::clicked, this, [this] {
        browse(m_file, tr("Store file"), tr("Probitas stores (*.sqlite);;All files (*)"), true);
    });
    connect(browseCa, &QPushButton::clicked, this, [this] {
        browse(m_caCertificate, tr("CA certificate"), tr("Certificates (*.pem *.crt);;All files (*)"), false);
    });
    connect(browseCertificate, &QPushButton::clicked, this, [this] {
        browse(m_clientCertificate, tr("Client certificate"), tr("Certificates (*.pem *.crt);;All files (*)"),
               false);
    });
    connect(browseKey, &QPushButton::clicked, this, [this] {
        browse(m_clientKey, tr("Client key"), tr("Keys (*.pem *.key);;All files (*)"), false);
    });
    updateEnabled();
    setMinimumWidth(560);
    adjustSize(); // the notes' wrapped lines counted at that width, none cut
}

void OpenStoreDialog::browse(QLineEdit* field, const QString& what, const QString& filter, bool save)
{
    // A store file that does not exist yet is a new store: the save dialog lets one name it.
    browseInto(this, field, fileProvider, what, filter, save,
               save ? QFileDialog::DontConfirmOverwrite : QFileDialog::Options());
}

void OpenStoreDialog::updateEnabled()
{
    m_localBox->setEnabled(m_local->isChecked());
    m_serverBox->setEnabled(!m_local->isChecked());
    // The seal's certificate is the client certificate: no other one beside it.
    m_clientCertificateRow->setEnabled(!m_sealLogin->isChecked());
    m_clientKeyRow->setEnabled(!m_sealLogin->isChecked());
    m_message->hide();
}

bool OpenStoreDialog::sealCertificateLogin() const
{
    return !m_local->isChecked() && m_sealLogin->isChecked(); // as store() reads the choice
}

void OpenStoreDialog::setStore(const QString& text, bool sealCertificateLogin)
{
    (sealCertificateLogin ? m_sealLogin : m_passwordLogin)->setChecked(true);
    auto location = store::Location::parse(text);
    if (!location || location->backend == store::Backend::Sqlite) {
        m_local->setChecked(true);
        m_file->setText(location ? QDir::toNativeSeparators(location->path) : text);
        return;
    }
    m_server->setChecked(true);
    m_host->setText(location->host);
    m_port->setValue(location->port);
    m_database->setText(location->database);
    m_user->setText(location->user);
    m_caCertificate->setText(location->sslRootCert);
    m_clientCertificate->setText(location->sslCert);
    m_clientKey->setText(location->sslKey);
}

Result<QString> OpenStoreDialog::store() const
{
    if (m_local->isChecked()) {
        const QString path = QDir::fromNativeSeparators(m_file->text().trimmed());
        if (path.isEmpty()) {
            return Error::unusable(tr("Choose the store file."));
        }
        if (path.startsWith(QLatin1String("postgres"))) {
            return Error::unusable(tr("This is a server's address: choose \"A server\" above."));
        }
        return QFileInfo(path).absoluteFilePath();
    }
    const QString host = m_host->text().trimmed();
    const QString user = m_user->text().trimmed();
    if (host.isEmpty() || user.isEmpty() || m_database->text().trimmed().isEmpty()) {
        return Error::unusable(tr("Give the server's host, the database and your user name."));
    }
    const QString ca = m_caCertificate->text().trimmed();
    const bool seal = m_sealLogin->isChecked();
    const QString certificate = seal ? QString() : m_clientCertificate->text().trimmed();
    const QString key = seal ? QString() : m_clientKey->text().trimmed();
    if (seal && ca.isEmpty()) {
        return Error::unusable(tr("To log in with the certificate of your seal, give the server's CA "
                                  "certificate above: Probitas presents your certificate only to a server it "
                                  "has verified (TLS, sslmode=verify-full)."));
    }
    if (certificate.isEmpty() != key.isEmpty()) {
        return Error::unusable(tr("A client certificate goes with its key: give both, or neither."));
    }
    for (const QString& file : {ca, certificate, key}) {
        if (!file.isEmpty() && !QFileInfo(file).isFile()) {
            return Error::unusable(tr("%1: no such file.").arg(file));
        }
    }
    QUrl url;
    url.setScheme(QStringLiteral("postgresql"));
    url.setHost(host);
    url.setPort(m_port->value());
    url.setUserName(user);
    url.setPath(QLatin1Char('/') + m_database->text().trimmed());
    QUrlQuery query;
    if (!ca.isEmpty()) {
        // A CA to verify the server with is only worth giving for the full check, host name included.
        query.addQueryItem(QStringLiteral("sslmode"), QStringLiteral("verify-full"));
        query.addQueryItem(QStringLiteral("sslrootcert"), QFileInfo(ca).absoluteFilePath());
    }
    if (!certificate.isEmpty()) {
        query.addQueryItem(QStringLiteral("sslcert"), QFileInfo(certificate).absoluteFilePath());
        query.addQueryItem(QStringLiteral("sslkey"), QFileInfo(key).absoluteFilePath());
    }
    url.setQuery(query);
    const QString text = url.toString(QUrl::FullyEncoded);
    // The store's own policy decides: TLS verified off this computer, nothing else taken.
    if (auto location = store::Location::parse(text); !location) {
        Error refused = location.error();
        store::Location where;
        where.backend = store::Backend::PostgreSql;
        where.host = host;
        if (ca.isEmpty() && !where.isLocalHost()) {
            // Its words name the URL's settings, which nobody typed here: said with this dialog's fields.
            refused.message = tr("The server %1 is not on this computer: give its CA certificate above, so "
                                 "that Probitas checks it is talking to that server and no other (TLS, "
                                 "sslmode=verify-full).")
                                  .arg(host);
        }
        return refused;
    }
    return text;
}

void OpenStoreDialog::accept()
{
    auto chosen = store();
    if (!chosen) {
        m_message->setText(chosen.error().message);
        m_message->show();
        adjustSize(); // the message's lines below the fields, none hidden
        return;
    }
    QDialog::accept();
}

} // namespace probitas::gui
