#include "LoginRefusal.h"

#include "Database.h"
#include "StoreTypes.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QRegularExpression>
#include <cerrno>
#include <libpq-fe.h>
#include <memory>
#include <poll.h>

namespace probitas::store::internal {

namespace {

struct StoreText
{
    Q_DECLARE_TR_FUNCTIONS(store)
};

// SQLSTATEs of a server that answered and would not let this login in: invalid_authorization_specification
// (no pg_hba.conf line, a NOLOGIN role, a certificate mapped to another login, none presented),
// invalid_password, insufficient_privilege (no CONNECT on the database), undefined_object (no such role, with
// `trust`).
bool refusesTheLogin(QStringView sqlState)
{
    return sqlState == QLatin1String("28000") || sqlState == QLatin1String("28P01") ||
           sqlState == QLatin1String("42501") || sqlState == QLatin1String("42704");
}

// libpq's verbose form of a server's error, whatever the languages: "SEVERITY:  SQLSTATE: message".
const QRegularExpression& serverError()
{
    static const QRegularExpression pattern(QStringLiteral(":  ([0-9A-Z]{5}): ([^\\n]*)"));
    return pattern;
}

// The alerts by which a TLS server rejects the client's certificate, as OpenSSL names an alert it received
// ("tlsv1 alert unknown ca"); an alert this client sent (the server's certificate did not verify) reads
// "certificate verify failed" and is not among them.
const QRegularExpression& certificateAlert()
{
    static const QRegularExpression pattern(
        QStringLiteral("(?:sslv3|tlsv1|tlsv13) alert (?:unknown ca|certificate expired|bad certificate|"
                       "unsupported certificate|certificate revoked|certificate unknown|access denied|"
                       "certificate required)"));
    return pattern;
}

// Runs libpq's connection to its end (PQconnectPoll), within `timeoutSeconds`: false when it timed out.
bool connectToTheEnd(PGconn* connection, int timeoutSeconds)
{
    const QDeadlineTimer deadline(qint64(timeoutSeconds) * 1000);
    PostgresPollingStatusType status = PGRES_POLLING_WRITING;
    while (status == PGRES_POLLING_READING || status == PGRES_POLLING_WRITING) {
        const int socket = PQsocket(connection);
        if (socket < 0) {
            return true; // failed before any socket: PQconnectPoll says why
        }
        pollfd ready{socket, short(status == PGRES_POLLING_READING ? POLLIN : POLLOUT), 0};
        const int waited = ::poll(&ready, 1, int(deadline.remainingTime()));
        if (waited < 0 && errno == EINTR) {
            continue;
        }
        if (waited == 0) {
            return false;
        }
        status = PQconnectPoll(connection);
    }
    return true;
}

} // namespace

std::optional<Error> refusedLogin(const LoginAttempt& attempt)
{
    std::vector<const char*> keywords, values;
    for (const auto& [keyword, value] : attempt.parameters) {
        keywords.push_back(keyword.constData());
        values.push_back(value.constData());
    }
    for (const auto& [keyword, secret] :
         {std::pair{"password", attempt.password}, std::pair{"sslpassword", attempt.sslPassword}}) {
        if (secret) {
            keywords.push_back(keyword);
            values.push_back(secret);
        }
    }
    keywords.push_back(nullptr);
    values.push_back(nullptr);
    const std::unique_ptr<PGconn, decltype(&PQfinish)> connection(
        PQconnectStartParams(keywords.data(), values.data(), 0), &PQfinish);
    if (!connection || PQstatus(connection.get()) == CONNECTION_BAD) {
        return std::nullopt;
    }
    // Before anything is read: the server's errors then come with their SQLSTATE.
    PQsetErrorVerbosity(connection.get(), PQERRORS_VERBOSE);
    if (!connectToTheEnd(connection.get(), attempt.timeoutSeconds) ||
        PQstatus(connection.get()) == CONNECTION_OK) {
        return std::nullopt;
    }
    const QString login = QString::fromUtf8(PQuser(connection.get()));
    QString reason;
    if (PQconnectionNeedsPassword(connection.get())) {
        reason = StoreText::tr("the server asks for a password and none was given (PGPASSWORD, ~/.pgpass, "
                               "or typed)");
    } else {
        const QString text = QString::fromUtf8(PQerrorMessage(connection.get()));
        for (auto match = serverError().globalMatch(text); match.hasNext();) {
            const QRegularExpressionMatch error = match.next();
            if (refusesTheLogin(error.capturedView(1))) {
                reason = error.captured(2).simplified();
                break;
            }
        }
        if (const QRegularExpressionMatch alert = certificateAlert().match(text);
            reason.isEmpty() && alert.hasMatch()) {
            reason = StoreText::tr("it rejected the client certificate (%1)").arg(alert.captured(0));
        }
    }
    if (reason.isEmpty()) {
        return std::nullopt;
    }
    const QString who = login.isEmpty() ? attempt.login : login;
    qCInfo(lcStore) << "login refused:" << who << attempt.where << reason;
    return Error{ErrorKind::AccessDenied,
                 attempt.certificateSubject.isEmpty()
                     ? StoreText::tr("the database server refused the login as %1 at %2: %3")
                           .arg(who, attempt.where, reason)
                     : StoreText::tr("the database server refused the login as %1 with the certificate %2 at "
                                     "%3: %4")
                           .arg(who, attempt.certificateSubject, attempt.where, reason),
                 QString(errors::LoginRefused)};
}

} // namespace probitas::store::internal
