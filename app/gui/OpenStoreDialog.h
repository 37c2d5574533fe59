#pragma once

#include "FileField.h"
#include "Result.h"

#include <QDialog>
#include <functional>

class QLabel;
class QLineEdit;
class QRadioButton;
class QSpinBox;
class QWidget;

namespace probitas::gui {

// "Open a store…": a local file, or a server (host, port, database, user; for a server that is not on this
// computer, the CA certificate that lets libpq verify it, sslmode=verify-full; then how the person logs in:
// her password, asked each time, or the certificate of her seal, which the identity she unlocks anyway gives
// (Location::clientIdentity: one passphrase, no second secret); or, for certificates that are not the
// seal's, a client certificate and its key as files). What it gives is a path or a postgresql:// URL and the
// way to log in, never a password: the password is asked when the store is opened, each time. The URL is
// checked by
// store::Location::parse, whose policy (TLS verified off this computer, no password in a URL) it does not
// repeat: the dialog shows parse's own refusal.
class OpenStoreDialog : public QDialog
{
    Q_OBJECT

public:
    explicit OpenStoreDialog(QWidget* parent = nullptr);

    // Fills the fields from a path or a postgresql:// URL (the last store opened, a recent one), and how
    // the person logs in to it.
    void setStore(const QString& text, bool sealCertificateLogin = false);
    // "The certificate of my seal" is chosen (a server store only).
    bool sealCertificateLogin() const;
    // The store chosen, as a path or a URL that store::Location::parse accepts, or why not.
    Result<QString> store() const;
    // Accepts only a store that store() gives; otherwise says why under the fields.
    void accept() override;

    // For tests and scripts: each "Browse…" asks this (with what the field is for) instead of a QFileDialog
    // when set; an empty path: cancelled.
    FileProvider fileProvider;

private:
    void browse(QLineEdit* field, const QString& what, const QString& filter, bool save);
    void updateEnabled();

    QRadioButton* m_local;
    QRadioButton* m_server;
    QWidget* m_localBox;
    QWidget* m_serverBox;
    QLineEdit* m_file;
    QLineEdit* m_host;
    QSpinBox* m_port;
    QLineEdit* m_database;
    QLineEdit* m_user;
    QLineEdit* m_caCertificate;
    QRadioButton* m_passwordLogin;
    QRadioButton* m_sealLogin;
    QWidget* m_clientCertificateRow; // a client certificate and key given as files: not with the seal's
    QWidget* m_clientKeyRow;
    QLineEdit* m_clientCertificate;
    QLineEdit* m_clientKey;
    QLabel* m_message;
};

} // namespace probitas::gui
