#pragma once

// A long suite that ctest runs as two entries at once, one program: the entry that runs some of its functions
// by name, and the entry whose PROBITAS_TEST_RUN_ELSEWHERE lists them (comma-separated) for it to skip. With
// two cores, the test command then ends when the longer half does, not the whole suite.

#include <QByteArray>
#include <QtGlobal>

namespace probitas::testing {

inline bool runElsewhere(const char* function)
{
    static const QList<QByteArray> elsewhere = qgetenv("PROBITAS_TEST_RUN_ELSEWHERE").split(',');
    return elsewhere.contains(QByteArray(function));
}

} // namespace probitas::testing

// The first statement of a function that a part of its suite's entries runs elsewhere.
#define PROBITAS_SKIP_WHEN_RUN_ELSEWHERE()                                                                   \
    do {                                                                                                     \
        if (probitas::testing::runElsewhere(QTest::currentTestFunction())) {                                 \
            QSKIP("run by another ctest entry of this suite");                                               \
        }                                                                                                    \
    } while (false)
