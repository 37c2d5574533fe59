#pragma once

// PRIVATE to probitas_crypto. A strict look at the unauthenticated outer layer of an AuthEnvelopedData,
// which OpenSSL parses leniently: the version, the content cipher and its GCM parameters, the tag length.
// A short GCM tag (RFC 5084 allows 12 down to 4 bytes) would weaken authentication, so only 16 passes.

#include "Result.h"

#include <QByteArrayView>

namespace probitas::crypto::detail {

Status checkAuthEnvelopedShape(QByteArrayView der);

} // namespace probitas::crypto::detail
