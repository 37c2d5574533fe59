#pragma once

#include "Result.h"
#include "SecureBytes.h"

#include <QFutureWatcher>
#include <QObject>
#include <QString>
#include <memory>

namespace probitas::gui {

// What the administrator chose in "Create the organisation's register" (CreateRegisterWizard): where the
// organisation's CA comes from, who the first administrator is and with which identity, where the register
// goes and under which regime. The passphrases stay in SecureBytes, wiped with the plan.
struct RegisterPlan
{
    enum class CaSource {
        Create,           // a new CA (EC P-256, 10 years), saved to caFile under caPassphrase
        ImportWithKey,    // an existing CA with its key (PKCS#12): it issues the administrator's identity
        ImportCertificate // only the CA's certificates (PEM); its key is kept elsewhere
    };
    enum class AdministratorIdentity {
        Issue,   // a new identity issued by the CA, saved to administratorFile
        Existing // the identity file the administrator holds already
    };

    CaSource caSource = CaSource::Create;
    QString caName;         // Create: the CA's name (CN)
    QString caOrganisation; // Create: O=, also the administrator's
    QString caFile;         // Create: written; Import*: read
    crypto::SecureBytes caPassphrase;

    AdministratorIdentity administratorIdentity = AdministratorIdentity::Issue;
    QString administratorName; // as the directory names them, and their certificate's CN when issued
    QString administratorFile; // Issue: written; Existing: read
    crypto::SecureBytes administratorPassphrase;

    QString storePath; // a SQLite file that does not exist yet
    QString regime;    // an ObligationRules regime id
};

struct CreatedRegister
{
    QString storePath;
    QString administratorFile;
};

// Makes the register the plan describes: the CA (made, or read), the administrator's identity (issued, or
// read), then the store, whose first statement the administrator signs (DirectoryAdministration::initialise).
// Nothing is overwritten: each file to write must not exist. All or nothing: if any step fails, the files
// already written (the new CA, the new identity, the store and its journal) are removed again and the
// failure says which step it was. Slow (key derivation, the store's schema): off the GUI thread.
Result<CreatedRegister> createRegister(const RegisterPlan& plan);

// createRegister on the global thread pool.
class CreateRegisterCommand : public QObject
{
    Q_OBJECT

public:
    explicit CreateRegisterCommand(QObject* parent = nullptr);
    // Takes the plan (and its passphrases, wiped once done).
    void run(std::shared_ptr<RegisterPlan> plan);

signals:
    void finished(const probitas::Result<probitas::gui::CreatedRegister>& result);

private:
    QFutureWatcher<Result<CreatedRegister>> m_watcher;
};

} // namespace probitas::gui
