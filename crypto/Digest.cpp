#include "Digest.h"

#include "internal/ThreadState.h"

#include <openssl/evp.h>

namespace probitas::crypto {

namespace {

// Fetched once: EVP_sha256() makes every call look the algorithm up again in the provider's method store,
// under a lock the threads hashing a trail then queue on (a third of the cost of hashing an audit entry).
const EVP_MD* sha256Method()
{
    static EVP_MD* const method = EVP_MD_fetch(nullptr, "SHA256", nullptr);
    if (!method) {
        qFatal("SHA-256 is not available"); // the provider is loaded at start (CryptoInit): cannot happen
    }
    return method;
}

} // namespace

QByteArray sha256(QByteArrayView bytes)
{
    detail::releaseWithThread();
    QByteArray digest(EVP_MAX_MD_SIZE, Qt::Uninitialized);
    unsigned int length = 0;
    if (EVP_Digest(bytes.data(), size_t(bytes.size()), reinterpret_cast<unsigned char*>(digest.data()),
                   &length, sha256Method(), nullptr) != 1) {
        qFatal("SHA-256 is not available");
    }
    digest.truncate(int(length));
    return digest;
}

bool isHexOf(QByteArrayView text, QByteArrayView digest)
{
    static constexpr char kDigits[] = "0123456789abcdef";
    if (text.size() != digest.size() * 2) {
        return false;
    }
    for (qsizetype i = 0; i < digest.size(); ++i) {
        const auto byte = uchar(digest.at(i));
        if (text.at(2 * i) != kDigits[byte >> 4] || text.at(2 * i + 1) != kDigits[byte & 0xf]) {
            return false;
        }
    }
    return true;
}

} // namespace probitas::crypto
