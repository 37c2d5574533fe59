#pragma once

#include "CliSupport.h"

namespace probitas::cli {

// Declaration core commands (issue: declaration core).
int runObligations(const QStringList& arguments, CliContext& context);
int runValidate(const QStringList& arguments, CliContext& context);
int runCourts(const QStringList& arguments, CliContext& context);
// hatvp export|import: the HATVP's XML (HatvpCommand.cpp; export opens stored declarations too).
int runHatvp(const QStringList& arguments, CliContext& context);

} // namespace probitas::cli
