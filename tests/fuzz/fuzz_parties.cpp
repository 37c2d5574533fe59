// The parties of a case, as a magistrate pastes or imports them before a hearing (PartiesFile::parse), each
// then matched against a declared entity (matchParty): every row or none, and what is accepted is what the
// file's contract says.
#include "FuzzSupport.h"
#include "PartyMatching.h"

using namespace probitas;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const auto parties = PartiesFile::parse(fuzz::bytesOf(data, size));
    if (!parties) {
        PROBITAS_FUZZ_CHECK(!parties.error().message.isEmpty());
        return 0;
    }
    PROBITAS_FUZZ_CHECK(!parties->empty());
    const DeclaredEntity employer{QStringLiteral("Société Générale"), std::nullopt};
    for (const Party& party : *parties) {
        PROBITAS_FUZZ_CHECK(!party.name.trimmed().isEmpty() &&
                            party.name.size() <= PartiesFile::kMaximumNameLength);
        PROBITAS_FUZZ_CHECK(party.line >= 2);
        for (const DeclaredEntity& declared : {employer, DeclaredEntity{party.name, party.number}}) {
            const PartyMatch match = matchParty(party, declared);
            PROBITAS_FUZZ_CHECK(match.score >= 0 && match.score <= 1 && !match.reason.isEmpty());
        }
        // A company against itself: its own number is the strongest match there is.
        if (party.number) {
            PROBITAS_FUZZ_CHECK(matchParty(party, {party.name, party.number}).strength ==
                                MatchStrength::Identifier);
        }
    }
    return 0;
}
