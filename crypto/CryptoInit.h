#pragma once

#include "Result.h"

#include <QString>

namespace probitas::crypto {

// The oldest libcrypto we accept at run time: 3.0.22 fixes CVE-2026-34182 (forged AuthEnvelopedData).
inline constexpr unsigned long kMinimumOpenSslVersion = 0x30000160UL; // OPENSSL_VERSION_NUMBER of 3.0.22

// Makes the process non-dumpable (no core file, no ptrace by other users, /proc/self/mem closed) before
// any secret is read: prctl(PR_SET_DUMPABLE, 0) and RLIMIT_CORE = 0. Call it first thing in main().
Status hardenProcess();

// Checks the run-time libcrypto version and runs the known-answer self-tests. Call once at start, after
// hardenProcess(), and refuse every crypto operation when it fails (ErrorKind::Environment). Thread-safe;
// the tests run once per process and the result is remembered.
Status initialize();

// The version string of the libcrypto actually loaded.
QString openSslVersion();

} // namespace probitas::crypto
