#include "AdministratorCommands.h"

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

Result<store::Person> AddPersonCommand::run(const NewPerson& person) const
{
    const QString authorityId = person.role == store::Role::Authority ? person.authorityId : QString();
    auto added = m_session.store->administration().addPerson(m_session.identity, person.name, person.role,
                                                             authorityId, person.certificate, std::nullopt);
    if (added) {
        qCInfo(lcGui) << "added a person to the directory, role" << store::roleId(person.role);
    }
    return added;
}

} // namespace probitas::gui
