#pragma once

#include "Result.h"

#include <QFile>
#include <QLoggingCategory>
#include <QString>
#include <utility>

Q_DECLARE_LOGGING_CATEGORY(lcBuiltInData)

namespace probitas {

// Loads every data file compiled into the program (form definitions, obligation rules, jurisdiction
// directory, art. 7-2 III lexicon, HATVP XML correspondence) and checks that none is missing or broken.
// Called once at start by both executables, so a defective build fails at once with a clear message instead
// of in the middle of a user's work.
Status loadBuiltInData();

} // namespace probitas

namespace probitas::detail {

// Loads one of the data files compiled into the program with T::fromJson. A missing or broken file is a
// build defect (the tests load every one), so it is logged and an empty T is returned rather than a crash.
template <typename T> T loadBuiltIn(const QString& resourcePath)
{
    QFile file(resourcePath);
    if (!file.open(QIODevice::ReadOnly)) {
        qCCritical(lcBuiltInData) << "built-in data missing:" << resourcePath;
        return T();
    }
    auto loaded = T::fromJson(file.readAll());
    if (!loaded) {
        qCCritical(lcBuiltInData) << "built-in data broken:" << resourcePath << loaded.error().message;
        return T();
    }
    return std::move(loaded).value();
}

} // namespace probitas::detail
