#pragma once

#include "Certificate.h"
#include "CliSupport.h"
#include "Identity.h"
#include "SecureBytes.h"

namespace probitas::cli {

// Where passphrases come from: these environment variables, else a prompt on the terminal (/dev/tty)
// with echo off. Never from the command line (visible in `ps` and shell history). A variable is wiped
// from the process environment once read, so child processes do not inherit it.
inline constexpr const char* kPassphraseVariable = "PROBITAS_PASSPHRASE";
inline constexpr const char* kNewPassphraseVariable = "PROBITAS_NEW_PASSPHRASE";
inline constexpr const char* kCaPassphraseVariable = "PROBITAS_CA_PASSPHRASE";

enum class Confirm { No, Yes };

Result<crypto::SecureBytes> readPassphrase(const char* environmentVariable, const QString& prompt,
                                           Confirm confirm = Confirm::No);

// Hardens the process and runs the crypto self-test. Returns ExitOk, or prints why and returns
// ExitEnvironment.
int prepareCrypto(CliContext& context);

// Refuses any option that looks like a passphrase (--pass, --password, --passphrase, -passin...): returns
// ExitUnusable with an explanation, or ExitOk. The value is never echoed.
int refusePassphraseArguments(const QStringList& arguments, CliContext& context);

// Loads an identity, asking for its passphrase (from `environmentVariable` or the prompt).
Result<crypto::Identity> loadIdentity(const QString& path,
                                      const char* environmentVariable = kPassphraseVariable);

// When the PKCS#12 file an identity came from is protected more weakly than Probitas protects its own (fewer
// PBKDF2 iterations, a legacy cipher): a one-line warning naming the command that protects it again, printed
// on stderr by loadIdentity. Empty otherwise.
QString protectionWarning(const QString& path, const crypto::Identity& identity);
void warnIfWeaklyProtected(const QString& path, const crypto::Identity& identity);

// The certificates of every --ca file (each may be a PEM bundle).
Result<QList<crypto::Certificate>> loadCertificates(const QStringList& paths);

// Writes raw bytes to stdout (plaintext: no text conversion).
bool writeStandardOutput(QByteArrayView bytes);

} // namespace probitas::cli
