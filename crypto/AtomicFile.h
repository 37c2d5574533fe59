#pragma once

#include "Result.h"

#include <QByteArrayView>
#include <QString>

namespace probitas::crypto {

enum class FileAccess {
    OwnerOnly, // 0600: keys, envelopes, receipts
    Public,    // 0644: certificates meant to be handed out
};

// Writes `data` to `path` through QSaveFile: readers see the old file or the whole new one, never a part.
// The permissions are set on the temporary file before any byte is written.
Status writeFileAtomically(const QString& path, QByteArrayView data,
                           FileAccess access = FileAccess::OwnerOnly);

} // namespace probitas::crypto
