#pragma once

#include <QString>
#include <utility>
#include <variant>

namespace probitas {

// Why an operation failed. The CLI maps each kind to its exit code, so the kinds follow the
// project's exit-code contract rather than the internal cause.
enum class ErrorKind {
    Invalid = 1,      // the input is usable but breaks a rule (validation, incoherent dates)
    Unusable = 2,     // the input cannot be used at all (malformed JSON, unknown court, impossible date)
    AccessDenied = 3, // not a recipient, or not allowed by the access policy
    Integrity = 4,    // tampered, unverifiable or inconsistent data
    Environment = 5,  // the system failed us: I/O error, full disk, missing resource
};

struct Error
{
    ErrorKind kind = ErrorKind::Unusable;
    QString message; // one line, already translated, never containing declaration content
    QString code; // optional stable machine-readable reason, e.g. "crypto.not-recipient", for tests and logs

    static Error invalid(QString text, QString reason = {})
    {
        return {ErrorKind::Invalid, std::move(text), std::move(reason)};
    }
    static Error unusable(QString text, QString reason = {})
    {
        return {ErrorKind::Unusable, std::move(text), std::move(reason)};
    }
    static Error accessDenied(QString text, QString reason = {})
    {
        return {ErrorKind::AccessDenied, std::move(text), std::move(reason)};
    }
    static Error integrity(QString text, QString reason = {})
    {
        return {ErrorKind::Integrity, std::move(text), std::move(reason)};
    }
    static Error environment(QString text, QString reason = {})
    {
        return {ErrorKind::Environment, std::move(text), std::move(reason)};
    }
};

// A value or the reason there is none: errors are values, never exceptions.
template <typename T> class [[nodiscard]] Result
{
public:
    Result(T value)
        : m_state(std::move(value))
    {}
    Result(Error error)
        : m_state(std::move(error))
    {}

    bool ok() const { return std::holds_alternative<T>(m_state); }
    explicit operator bool() const { return ok(); }

    const T& value() const& { return std::get<T>(m_state); }
    T& value() & { return std::get<T>(m_state); }
    T&& value() && { return std::get<T>(std::move(m_state)); }
    const T& operator*() const& { return value(); }
    const T* operator->() const { return &value(); }

    const Error& error() const { return std::get<Error>(m_state); }

private:
    std::variant<T, Error> m_state;
};

// For operations that return nothing but may fail.
struct Done
{
};
using Status = Result<Done>;
inline Status success()
{
    return Done{};
}

} // namespace probitas
