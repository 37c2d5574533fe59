#pragma once

#include <QByteArray>
#include <QByteArrayView>

namespace probitas::crypto {

// SHA-256 by OpenSSL (SHA extensions where the processor has them): about ten times QCryptographicHash's in
// Qt 6.4, which counts when `audit verify` hashes every envelope of a store. 32 raw bytes.
QByteArray sha256(QByteArrayView bytes);
// Whether `text` is the lowercase hex of `digest` (as the audit trail writes its hashes), compared without
// building the hex: the trail's verification asks it of every entry.
bool isHexOf(QByteArrayView text, QByteArrayView digest);

} // namespace probitas::crypto
