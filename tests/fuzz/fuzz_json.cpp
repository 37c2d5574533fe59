// The canonical JSON parser and the declaration codec, as `probitas-cli validate` and `file` read a
// declaration: json::parse, DeclarationCodec::decode, then the Validator. What they accept must come back
// unchanged through the canonical form, the bytes that are signed.
#include "CanonicalJson.h"
#include "Declaration.h"
#include "FuzzSupport.h"
#include "Validator.h"

#include <QJsonValue>

using namespace probitas;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const QByteArray bytes = fuzz::bytesOf(data, size);

    if (auto parsed = json::parse(bytes)) {
        const QByteArray canonical = json::serialize(*parsed);
        auto again = json::parse(canonical);
        PROBITAS_FUZZ_CHECK(again);
        PROBITAS_FUZZ_CHECK(json::serialize(*again) == canonical);
    }

    auto declaration = DeclarationCodec::decode(bytes);
    if (!declaration) {
        return 0;
    }
    // The fast writer and the reference serialisation give the same bytes, which decode to the same.
    const QByteArray encoded = DeclarationCodec::encode(*declaration);
    PROBITAS_FUZZ_CHECK(encoded == json::serialize(DeclarationCodec::toJson(*declaration)));
    auto again = DeclarationCodec::decode(encoded);
    PROBITAS_FUZZ_CHECK(again);
    PROBITAS_FUZZ_CHECK(DeclarationCodec::encode(*again) == encoded);

    const FormDefinition* definition = FormCatalog::builtIn().find(declaration->schema);
    PROBITAS_FUZZ_CHECK(definition);
    static_cast<void>(Validator(*definition).validate(*declaration));
    return 0;
}
