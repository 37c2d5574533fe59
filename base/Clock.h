#pragma once

#include <QDate>
#include <QDateTime>
#include <functional>

namespace probitas {

// The one source of "now" for deadlines, certificate validity and audit times, so tests can move time.
class Clock
{
public:
    static QDateTime nowUtc()
    {
        auto& override = overrideFunction();
        return override ? override() : QDateTime::currentDateTimeUtc();
    }
    static QDate today() { return nowUtc().toLocalTime().date(); }

    // Test seam: every later call returns what `now` returns, until reset().
    static void setForTesting(std::function<QDateTime()> now) { overrideFunction() = std::move(now); }
    static void setForTesting(const QDateTime& fixed)
    {
        overrideFunction() = [fixed] { return fixed; };
    }
    static void reset() { overrideFunction() = nullptr; }
    // Whether a test has set the clock: the store then takes its audit times from here rather than from
    // the database server's clock (docs/store.md, "Audit trail").
    static bool isSetForTesting() { return bool(overrideFunction()); }

private:
    static std::function<QDateTime()>& overrideFunction()
    {
        static std::function<QDateTime()> function;
        return function;
    }
};

} // namespace probitas
