#include "AdministratorCommands.h"

#include "StoreWorker.h"

#include <QFile>
#include <QFileInfo>

namespace probitas::gui {

Result<crypto::Certificate> ReadCertificateCommand::run(const QString& path) const
{
    const QString name = QFileInfo(path).fileName();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return Error::unusable(tr("%1 cannot be read: %2").arg(name, file.errorString()));
    }
    auto certificate = crypto::Certificate::fromData(file.readAll());
    if (!certificate) {
        return Error::unusable(tr("%1 cannot be used: %2").arg(name, certificate.error().message));
    }
    return certificate;
}

void AddPersonCommand::run(const NewPerson& person, QObject* context,
                           std::function<void(const Result<store::Person>&)> done) const
{
    const crypto::Identity identity = m_session.identity;
    runOnStore<store::Person>(
        m_session.worker.get(), *m_session.store, context,
        [identity, person](store::Store& store) {
            const QString authorityId =
                person.role == store::Role::Authority ? person.authorityId : QString();
            return store.administration().addPerson(identity, person.name, person.role, authorityId,
                                                    person.certificate, std::nullopt);
        },
        [role = person.role, done = std::move(done)](const Result<store::Person>& added) {
            if (added) {
                qCInfo(lcGui) << "added a person to the directory, role" << store::roleId(role);
            }
            done(added);
        });
}

} // namespace probitas::gui
