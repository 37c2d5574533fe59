#pragma once

// The administrator's commands (one per action of the administrator's workspace): reading the certificate
// of a person to add (a local file: on the GUI thread), and adding them (on the session's worker on a server
// store, StoreWorker.h, so that a server that does not answer never holds the window). The workspace reads
// its lists, and writes its other statements, itself.
#include "Commands.h"

#include <QCoreApplication>

namespace probitas::gui {

// "Certificate file…": reads an X.509 certificate, PEM or DER.
class ReadCertificateCommand
{
    Q_DECLARE_TR_FUNCTIONS(ReadCertificateCommand)

public:
    Result<crypto::Certificate> run(const QString& path) const;
};

// What the administrator says about the person to add.
struct NewPerson
{
    QString name;
    store::Role role = store::Role::Declarant;
    QString authorityId; // for store::Role::Authority only
    crypto::Certificate certificate;
};

// "Add": one entry in the directory, signed with the administrator's identity and recorded in the audit
// trail ("directory-add") in the same transaction; the store refuses a name, certificate or authority id
// already there, and anyone but an administrator. A declarant's situation is theirs to describe later.
class AddPersonCommand
{
public:
    explicit AddPersonCommand(Session& session)
        : m_session(session)
    {}
    // `done` gets the directory entry made, or why nothing was added, on the GUI thread (at once on a local
    // file), unless `context` is gone by then.
    void run(const NewPerson& person, QObject* context,
             std::function<void(const Result<store::Person>&)> done) const;

private:
    Session& m_session;
};

} // namespace probitas::gui
