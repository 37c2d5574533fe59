#pragma once

#include <QByteArray>
#include <QByteArrayView>

namespace probitas::crypto {

// SHA-256 by OpenSSL (SHA extensions where the processor has them): about ten times QCryptographicHash's in
// Qt 6.4, which counts when `audit verify` hashes every envelope of a store. 32 raw bytes.
QByteArray sha256(QByteArrayView bytes);

} // namespace probitas::crypto
