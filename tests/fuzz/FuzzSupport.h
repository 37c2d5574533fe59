#pragma once

// What the fuzz targets share (libFuzzer, tests/fuzz/CMakeLists.txt).

#include <QByteArray>
#include <QString>
#include <QtGlobal>
#include <cstdint>
#include <cstdio>
#include <cstdlib>

namespace probitas::fuzz {

// Qt's messages are kept off: a library's warning on every input would slow the fuzzer and bury its own
// report. Fatal ones (Q_ASSERT, qFatal) still abort, which libFuzzer records as a crash with its input.
inline void quietQt()
{
    qInstallMessageHandler([](QtMsgType type, const QMessageLogContext&, const QString& message) {
        if (type == QtFatalMsg) {
            std::fprintf(stderr, "qFatal: %s\n", qPrintable(message));
            std::abort();
        }
    });
}

// The input as the product holds a file it read: an owned, NUL-terminated QByteArray (QFile::readAll). Qt is
// quieted before the first (quietQt), so that a target needs no LLVMFuzzerInitialize of its own for it.
inline QByteArray bytesOf(const std::uint8_t* data, std::size_t size)
{
    static const bool quiet = (quietQt(), true);
    static_cast<void>(quiet);
    return QByteArray(reinterpret_cast<const char*>(data), qsizetype(size));
}

// A promise of the code under test that does not hold: a finding, like a crash.
[[noreturn]] inline void broken(const char* what, const char* file, int line)
{
    std::fprintf(stderr, "%s:%d: broken promise: %s\n", file, line, what);
    std::abort();
}

} // namespace probitas::fuzz

#define PROBITAS_FUZZ_CHECK(condition)                                                                       \
    do {                                                                                                     \
        if (!(condition)) {                                                                                  \
            ::probitas::fuzz::broken(#condition, __FILE__, __LINE__);                                        \
        }                                                                                                    \
    } while (false)
