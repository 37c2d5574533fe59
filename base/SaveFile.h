#pragma once

#include <QSaveFile>
#include <QString>
#include <cerrno>
#include <cstring>
#include <unistd.h>

namespace probitas {

// Commits a QSaveFile only once every byte is on the disk: QSaveFile::commit (Qt 6.4) renames the temporary
// file even when the flush inside it failed, so a full disk left an empty or cut file in place of the old
// one. Here the flush and the sync are checked first. Returns why the file was not committed (the old file
// then stays, the temporary one goes), or an empty string once it is in place.
inline QString whyNotCommitted(QSaveFile& file)
{
    if (!file.flush()) {
        // The system's reason, as the failed write left it ("No space left on device"): QFileDevice's own
        // string is "Unknown error" after a failed flush.
        const int error = errno;
        file.cancelWriting();
        return QString::fromLocal8Bit(std::strerror(error != 0 ? error : EIO));
    }
    if (::fsync(file.handle()) != 0) {
        const QString reason = QString::fromLocal8Bit(std::strerror(errno));
        file.cancelWriting();
        return reason;
    }
    if (!file.commit()) {
        const QString reason = file.errorString();
        return reason.isEmpty() ? QStringLiteral("cannot replace the file") : reason;
    }
    return {};
}

} // namespace probitas
