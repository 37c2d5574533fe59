#pragma once

#include "Result.h"

#include <QByteArray>
#include <QString>
#include <optional>
#include <utility>
#include <vector>

namespace probitas::store::internal {

// Why a PostgreSQL server store could not be opened, when QtSql cannot say: its driver gives no SQLSTATE for
// a connection that failed, only libpq's text, in the client's language around the server's, in the server's.
// Asked again of libpq itself, with the same parameters and its errors in full: the server's ErrorResponse
// carries its SQLSTATE (28000, 28P01: not this login, not this password, no pg_hba.conf line, NOLOGIN, a
// certificate that maps to another login; 42501: no CONNECT; 42704), and a TLS alert the server sent names
// the client certificate it rejected in OpenSSL's own words (never translated). Either is the server
// answering and refusing: an AccessDenied error (store.login-refused) naming the login and the server's
// reason. Anything else (no server there, TLS that could not be set up, the server's certificate that does
// not verify, a server that now lets the login in) is nothing to tell: std::nullopt, and the caller keeps its
// own error.
struct LoginAttempt
{
    std::vector<std::pair<QByteArray, QByteArray>> parameters; // libpq's keywords and values, no secret
    const char* password = nullptr;                            // held by the caller, NUL-terminated
    const char* sslPassword = nullptr;                         // likewise
    QString login;                                             // the URL's user, if any
    QString certificateSubject;                                // a certificate login's, else empty
    QString where;                                             // Location::describe()
    int timeoutSeconds = 10;
};
std::optional<Error> refusedLogin(const LoginAttempt& attempt);

} // namespace probitas::store::internal
