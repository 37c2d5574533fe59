// The HATVP's XML, as `probitas-cli hatvp import` reads it (HatvpXml::importDeclaration) and writes the draft
// it makes (DeclarationCodec::encode), which must read back as the same draft.
#include "Declaration.h"
#include "FuzzSupport.h"
#include "HatvpXml.h"

using namespace probitas;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    auto imported = HatvpXml::importDeclaration(fuzz::bytesOf(data, size));
    if (!imported) {
        return 0;
    }
    const QByteArray draft = DeclarationCodec::encode(imported->declaration);
    auto again = DeclarationCodec::decode(draft);
    PROBITAS_FUZZ_CHECK(again);
    PROBITAS_FUZZ_CHECK(DeclarationCodec::encode(*again) == draft);
    return 0;
}
