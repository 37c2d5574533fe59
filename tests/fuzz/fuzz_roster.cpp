// The roster a chef de juridiction (or the HATVP) imports into the compliance dashboard (Roster::parse):
// every row or none, and a reason for each row refused.
#include "FuzzSupport.h"
#include "Roster.h"

using namespace probitas;

namespace {

void check(const RosterImport& roster)
{
    PROBITAS_FUZZ_CHECK(roster.accepted() ? !roster.entries.empty() : roster.entries.empty());
    for (const RosterProblem& problem : roster.problems) {
        PROBITAS_FUZZ_CHECK(!problem.reason.isEmpty());
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const QByteArray bytes = fuzz::bytesOf(data, size);
    // As the dashboard of any authority, then of one (whose rows must be routed to it).
    check(Roster::parse(bytes));
    check(Roster::parse(bytes, QStringLiteral("tj-nanterre:president")));
    return 0;
}
