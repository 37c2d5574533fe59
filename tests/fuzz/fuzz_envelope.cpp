// A sealed envelope as the store and `probitas-cli open` open one (crypto::Envelope::open): OpenSSL's CMS
// reader, then our strict look at the unauthenticated outer layer (checkAuthEnvelopedShape), the recipient
// lookup and, for a recipient that matches, the authenticated decryption. The recipient is a fixed test
// identity (data/envelope-recipient.p12) for which the seeds were sealed (make_seeds.cpp).
#include "Envelope.h"
#include "FuzzSupport.h"
#include "Identity.h"
#include "SecureBytes.h"

#include <memory>

using namespace probitas;

namespace {

std::unique_ptr<crypto::Identity> recipient;

} // namespace

extern "C" int LLVMFuzzerInitialize(int*, char***)
{
    fuzz::quietQt();
    auto loaded = crypto::Identity::load(QStringLiteral(PROBITAS_FUZZ_DATA "/envelope-recipient.p12"),
                                         crypto::SecureBytes(QByteArrayView("correct horse battery staple")));
    if (!loaded) {
        std::fprintf(stderr, "fuzz_envelope: %s\n", qPrintable(loaded.error().message));
        std::abort();
    }
    recipient = std::make_unique<crypto::Identity>(std::move(loaded).value());
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    auto opened = crypto::Envelope::open(fuzz::bytesOf(data, size), *recipient);
    // An envelope that opens has been verified: its content is what its signer signed.
    PROBITAS_FUZZ_CHECK(!opened || !opened->signer.isNull());
    return 0;
}
