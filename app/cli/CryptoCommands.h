#pragma once

#include "CliSupport.h"

namespace probitas::cli {

// Crypto commands (issue: crypto layer). Each hardens the process and runs the crypto self-test first
// (exit 5 when either fails). Passphrases come from the environment or a no-echo prompt, never from
// arguments: see Passphrase.h.
int runCa(const QStringList& arguments, CliContext& context); // ca create
int runIdentity(const QStringList& arguments,
                CliContext& context); // identity create|show|passwd|export-cert|import
int runSeal(const QStringList& arguments, CliContext& context);    // seal
int runOpen(const QStringList& arguments, CliContext& context);    // open
int runForward(const QStringList& arguments, CliContext& context); // forward
int runReceipt(const QStringList& arguments, CliContext& context); // receipt create|verify

} // namespace probitas::cli
