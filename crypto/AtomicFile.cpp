#include "AtomicFile.h"

#include "CryptoErrors.h"
#include "SaveFile.h"

#include <QCoreApplication>
#include <QSaveFile>

namespace probitas::crypto {

Status writeFileAtomically(const QString& path, QByteArrayView data, FileAccess access)
{
    QSaveFile file(path);
    auto failure = [&path](const QString& reason) {
        return Error::environment(
            QCoreApplication::translate("crypto", "%1: cannot write: %2").arg(path, reason),
            QString(errors::Io));
    };
    if (!file.open(QIODevice::WriteOnly)) {
        return failure(file.errorString());
    }
    QFileDevice::Permissions permissions = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
    if (access == FileAccess::Public) {
        permissions |= QFileDevice::ReadGroup | QFileDevice::ReadOther;
    }
    if (!file.setPermissions(permissions)) {
        file.cancelWriting();
        return failure(file.errorString());
    }
    if (file.write(data.data(), data.size()) != data.size()) {
        const QString reason = file.errorString();
        file.cancelWriting();
        return failure(reason);
    }
    if (const QString reason = whyNotCommitted(file); !reason.isEmpty()) {
        return failure(reason);
    }
    return success();
}

} // namespace probitas::crypto
