#pragma once

// How long a test waits for a child process, or for something to happen, in milliseconds. The sanitize
// preset's programs run several times slower, so its test preset sets PROBITAS_TEST_TIME_SCALE, which
// multiplies every such wait.

#include <QtGlobal>
#include <algorithm>

namespace probitas::testing {

inline int scaledTimeout(int milliseconds)
{
    static const int scale = std::max(1, qEnvironmentVariableIntValue("PROBITAS_TEST_TIME_SCALE"));
    return milliseconds * scale;
}

} // namespace probitas::testing
