// The documents of the entretien and of the collège's avis (EntretienCodec), as the store and probitas-cli
// read them: the convocation, the fiche navette, the request for an avis and the avis. What a codec accepts
// must come back unchanged through its canonical bytes.
#include "EntretienFiche.h"
#include "FuzzSupport.h"

using namespace probitas;

namespace {

template <typename Document, typename Decode> void roundTrip(const QByteArray& bytes, Decode decode)
{
    Result<Document> decoded = decode(bytes);
    if (!decoded) {
        return;
    }
    const QByteArray encoded = EntretienCodec::encode(*decoded);
    Result<Document> again = decode(encoded);
    PROBITAS_FUZZ_CHECK(again);
    PROBITAS_FUZZ_CHECK(EntretienCodec::encode(*again) == encoded);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const QByteArray bytes = fuzz::bytesOf(data, size);
    roundTrip<EntretienConvocation>(bytes, &EntretienCodec::decodeConvocation);
    roundTrip<EntretienFiche>(bytes,
                              [](const QByteArray& json) { return EntretienCodec::decodeFiche(json); });
    roundTrip<AvisRequest>(bytes, &EntretienCodec::decodeAvisRequest);
    roundTrip<CollegeAvis>(bytes, &EntretienCodec::decodeAvis);
    return 0;
}
