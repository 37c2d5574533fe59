#pragma once

#include "Database.h"
#include "Result.h"

#include <QCoreApplication>
#include <QString>

namespace probitas::store {

// The PostgreSQL roles of one shared store, named after its database: an owner that never logs in and owns
// every object, a group every person's login belongs to, and one group per Probitas role.
struct ServerRoles
{
    QString owner, client, declarant, authority, auditor, administrator;
    // Invalid: a database name that is not lowercase letters, digits and _ (role names are built from it).
    static Result<ServerRoles> forDatabase(const QString& database);
    QString groupFor(const QString& roleId) const; // "declarant", "authority", "auditor", "admin"
};

// A shared store whose server enforces the access rules itself (store/server/policies.sql): row-level
// security mirroring AccessPolicy, an append-only trail checked as it is appended, one login per person.
// `probitas-cli server setup` runs it once, as a database superuser or the database's owner with
// CREATEROLE, and again after each upgrade of Probitas (it migrates the schema as the owner role and
// installs the rules again). Idempotent.
class ServerSetup
{
    Q_DECLARE_TR_FUNCTIONS(store)

public:
    struct Report
    {
        ServerRoles roles;
        int fromVersion = 0;
        int toVersion = 0;
        QString administratorLogin; // created (or kept) for the first administrator, when asked
    };
    // `administratorLogin`: a login for the store's first administrator, whose initialisation of the
    // directory makes it theirs (probitas_claim). Its password or certificate is the database administrator's
    // to set (docs/deployment.md).
    static Result<Report> run(const Location& location, const QString& administratorLogin = {});

    // Splits a script into its statements (semicolons outside quotes, dollar quotes and comments).
    static QStringList statements(const QString& script);
    // The rules with the roles' names in place.
    static QString policies(const ServerRoles& roles);
};

class Store;

// What a client on a server store asks of the server beside its rows, each refused by the server unless
// the login's person may: the first administrator's claim, a login for someone added, its revocation.
namespace server {
Status claimLogin(const Connection& connection, const QString& personId);
Status enrol(const Connection& connection, const QString& login, const QString& personId);
Status revoke(const Connection& connection, const QString& personId);
// Lowercase letters, digits, _ . and -, a letter first: what probitas_enrol accepts.
bool isLoginName(const QString& login);
// The login name a person gets unless the administrator names one: their name, folded to ASCII,
// lowercase, words joined by dots ("Claire Martin-Durand" -> "claire.martin-durand").
QString defaultLogin(const QString& name);

// Client certificates as logins (pg_hba.conf's `cert clientname=DN map=probitas`): which certificate subject
// logs in as which login. One line a person with a login of their own who is still in the directory: the
// subject of the certificate the directory's statements give them now (a renewal changes it: the map is made
// again), as PostgreSQL names it (Certificate::subjectAsciiRfc2253), and their login.
struct CertificateLogin
{
    QString subject, login, name;
};
// Read as the database's administrator (or an administrator's login). Invalid when two people's certificates
// have the same subject: the server could not tell them apart, and either could log in as the other.
Result<QList<CertificateLogin>> certificateLogins(const Store& store);
// pg_ident.conf's lines for them, under `map`.
QString identMap(const QList<CertificateLogin>& logins, const QString& map = QStringLiteral("probitas"));
} // namespace server

} // namespace probitas::store
