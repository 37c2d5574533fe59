#include "RegisterCreation.h"

#include "CertificateAuthority.h"
#include "Store.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QtConcurrent>

namespace probitas::gui {

namespace {

// The step that failed, then why.
Error atStep(const QString& step, const Error& error)
{
    return Error{error.kind,
                 QCoreApplication::translate("RegisterCreation", "%1: %2").arg(step, error.message),
                 error.code};
}

// What a failed creation leaves behind: nothing it made.
class WrittenFiles
{
public:
    ~WrittenFiles()
    {
        if (m_kept) {
            return;
        }
        for (auto it = m_files.crbegin(); it != m_files.crend(); ++it) {
            QFile::remove(*it);
        }
    }
    void add(const QString& path) { m_files << path; }
    void addStore(const QString& path)
    {
        // SQLite's companions, made beside it while it was open.
        for (const char* suffix : {"-wal", "-shm", "-journal"}) {
            m_files << path + QLatin1String(suffix);
        }
        m_files << path;
    }
    void keep() { m_kept = true; }

private:
    QStringList m_files;
    bool m_kept = false;
};

Status refuseExisting(const QString& path, const QString& what)
{
    if (path.isEmpty()) {
        return Error::unusable(
            QCoreApplication::translate("RegisterCreation", "%1: no file given").arg(what));
    }
    if (QFileInfo::exists(path)) {
        return Error::invalid(
            QCoreApplication::translate("RegisterCreation",
                                        "%1: %2 exists already, and Probitas never overwrites it")
                .arg(what, path));
    }
    return success();
}

} // namespace

Result<CreatedRegister> createRegister(const RegisterPlan& plan)
{
    const QString caStep = QCoreApplication::translate("RegisterCreation", "The organisation's CA");
    const QString identityStep = QCoreApplication::translate("RegisterCreation", "Your identity");
    const QString registerStep = QCoreApplication::translate("RegisterCreation", "The register");

    // Every file to write is free before anything is written.
    if (plan.caSource == RegisterPlan::CaSource::Create) {
        if (Status free = refuseExisting(plan.caFile, caStep); !free) {
            return free.error();
        }
    }
    if (plan.administratorIdentity == RegisterPlan::AdministratorIdentity::Issue) {
        if (plan.caSource == RegisterPlan::CaSource::ImportCertificate) {
            return Error::invalid(
                QCoreApplication::translate(
                    "RegisterCreation",
                    "%1: only a CA whose key you hold issues an identity; give the identity file you hold")
                    .arg(identityStep));
        }
        if (Status free = refuseExisting(plan.administratorFile, identityStep); !free) {
            return free.error();
        }
        if (plan.administratorFile == plan.caFile) {
            return Error::invalid(
                QCoreApplication::translate("RegisterCreation",
                                            "%1: the identity and the CA need two different files")
                    .arg(identityStep));
        }
    }
    if (plan.administratorName.trimmed().isEmpty()) {
        return Error::invalid(
            QCoreApplication::translate("RegisterCreation", "%1: your name is missing").arg(identityStep));
    }
    auto location = store::Location::parse(plan.storePath);
    if (!location) {
        return atStep(registerStep, location.error());
    }
    if (location->backend != store::Backend::Sqlite) {
        return Error::unusable(
            QCoreApplication::translate("RegisterCreation",
                                        "%1: a server's register is made by whoever administers the server "
                                        "(probitas-cli server setup, then probitas-cli init)")
                .arg(registerStep));
    }
    if (Status free = refuseExisting(location->path, registerStep); !free) {
        return free.error();
    }

    WrittenFiles written;
    // The CA: its certificates anchor the register; its key, when held, issues the administrator's identity.
    std::optional<crypto::Identity> ca;
    QList<crypto::Certificate> anchors;
    switch (plan.caSource) {
    case RegisterPlan::CaSource::Create: {
        auto created = crypto::CertificateAuthority::createRoot(plan.caName.trimmed(),
                                                                plan.caOrganisation.trimmed(), 3650);
        if (!created) {
            return atStep(caStep, created.error());
        }
        if (Status saved = created->save(plan.caFile, plan.caPassphrase); !saved) {
            return atStep(caStep, saved.error());
        }
        written.add(plan.caFile);
        ca = std::move(created).value();
        anchors = {ca->certificate()};
        break;
    }
    case RegisterPlan::CaSource::ImportWithKey: {
        auto loaded = crypto::Identity::load(plan.caFile, plan.caPassphrase);
        if (!loaded) {
            return atStep(caStep, loaded.error());
        }
        if (!loaded->certificate().isCertificateAuthority()) {
            return Error::invalid(
                QCoreApplication::translate("RegisterCreation",
                                            "%1: %2 holds the certificate of %3, which is not a CA")
                    .arg(caStep, QFileInfo(plan.caFile).fileName(), loaded->certificate().commonName()));
        }
        ca = std::move(loaded).value();
        anchors = {ca->certificate()};
        anchors << ca->caCertificates();
        break;
    }
    case RegisterPlan::CaSource::ImportCertificate: {
        auto listed = crypto::Certificate::listFromFile(plan.caFile);
        if (!listed) {
            return atStep(caStep, listed.error());
        }
        anchors = *listed;
        break;
    }
    }
    for (const crypto::Certificate& anchor : std::as_const(anchors)) {
        if (!anchor.isCertificateAuthority()) {
            return Error::invalid(
                QCoreApplication::translate("RegisterCreation", "%1: %2 is not a CA certificate")
                    .arg(caStep, anchor.commonName()));
        }
    }

    // The administrator's identity: issued by the CA, or the one they hold.
    std::optional<crypto::Identity> administrator;
    if (plan.administratorIdentity == RegisterPlan::AdministratorIdentity::Issue) {
        const crypto::CertificateRequest request{plan.administratorName.trimmed(),
                                                 plan.caOrganisation.trimmed(), crypto::KeyAlgorithm::EcP256,
                                                 730};
        auto issued = crypto::CertificateAuthority::issue(*ca, request);
        if (!issued) {
            return atStep(identityStep, issued.error());
        }
        if (Status saved = issued->save(plan.administratorFile, plan.administratorPassphrase); !saved) {
            return atStep(identityStep, saved.error());
        }
        written.add(plan.administratorFile);
        administrator = std::move(issued).value();
    } else {
        auto loaded = crypto::Identity::load(plan.administratorFile, plan.administratorPassphrase);
        if (!loaded) {
            return atStep(identityStep, loaded.error());
        }
        administrator = std::move(loaded).value();
    }

    // The register, its first statement signed by its administrator: the anchors and the regime.
    {
        written.addStore(location->path);
        auto store = store::Store::open(*location);
        if (!store) {
            return atStep(registerStep, store.error());
        }
        auto person = (*store)->administration().initialise(*administrator, plan.administratorName.trimmed(),
                                                            anchors, plan.regime);
        if (!person) {
            return atStep(registerStep, person.error());
        }
    }

    CreatedRegister created;
    created.storePath = location->path;
    created.administratorFile = plan.administratorFile;
    written.keep();
    return created;
}

CreateRegisterCommand::CreateRegisterCommand(QObject* parent)
    : QObject(parent)
{
    connect(&m_watcher, &QFutureWatcher<Result<CreatedRegister>>::finished, this,
            [this] { emit finished(m_watcher.result()); });
}

void CreateRegisterCommand::run(std::shared_ptr<RegisterPlan> plan)
{
    m_watcher.setFuture(QtConcurrent::run([plan = std::move(plan)]() mutable -> Result<CreatedRegister> {
        auto result = createRegister(*plan);
        // The passphrases go with the plan, here, once used.
        plan.reset();
        return result;
    }));
}

} // namespace probitas::gui
