#pragma once

// Internal to the declaration layer: the wording shared by the readers of our JSON documents (a declaration,
// a fiche navette), so that a malformed file is reported the same way whichever document it is.
#include "Result.h"

#include <QJsonValue>
#include <QString>

namespace probitas::json_shape {

// "PATH: PROBLEM", as an Unusable error with the code "document.invalid-value".
Error at(const QString& path, const QString& problem);

// A short, people-facing account of what was found instead: "\"text…\"", a number, "a list"…
QString describe(const QJsonValue& value);

} // namespace probitas::json_shape
