#include "Digest.h"

#include <openssl/evp.h>

namespace probitas::crypto {

QByteArray sha256(QByteArrayView bytes)
{
    QByteArray digest(EVP_MAX_MD_SIZE, Qt::Uninitialized);
    unsigned int length = 0;
    if (EVP_Digest(bytes.data(), size_t(bytes.size()), reinterpret_cast<unsigned char*>(digest.data()),
                   &length, EVP_sha256(), nullptr) != 1) {
        qFatal("SHA-256 is not available"); // the provider is loaded at start (CryptoInit): cannot happen
    }
    digest.truncate(int(length));
    return digest;
}

} // namespace probitas::crypto
