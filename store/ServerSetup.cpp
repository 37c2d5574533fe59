#include "ServerSetup.h"

#include "Store.h"
#include "StoreSql.h"
#include "TextFolding.h"

#include <QFile>
#include <QHash>
#include <QRegularExpression>

namespace probitas::store {

namespace {

// The version of the rules in store/server/policies.sql, recorded in server_setup.
constexpr int kPoliciesVersion = 1;

Status execute(const Connection& connection, const QString& sql, const QVariantList& values = {})
{
    auto done = connection.exec(sql, values);
    if (!done) {
        return done.error();
    }
    return success();
}

Result<bool> exists(const Connection& connection, const QString& sql, const QVariantList& values)
{
    auto rows = connection.exec(sql, values);
    if (!rows) {
        return rows.error();
    }
    return rows.value().next();
}

// A role or database name as SQL names it (a login may hold a dot or a hyphen).
QString ident(QString name)
{
    return QLatin1Char('"') + name.replace(QLatin1Char('"'), QStringLiteral("\"\"")) + QLatin1Char('"');
}

} // namespace

Result<ServerRoles> ServerRoles::forDatabase(const QString& database)
{
    static const QRegularExpression plain(QStringLiteral("^[a-z][a-z0-9_]{0,40}$"));
    if (!plain.match(database).hasMatch()) {
        return Error::invalid(
            ServerSetup::tr("the database of a server store is named with lowercase letters, digits and _ "
                            "(a letter first, 41 at most): %1 is not")
                .arg(database));
    }
    const auto role = [&database](const char* suffix) {
        return database + QLatin1Char('_') + QLatin1String(suffix);
    };
    return ServerRoles{role("owner"),     role("client"),  role("declarant"),
                       role("authority"), role("auditor"), role("administrator")};
}

QString ServerRoles::groupFor(const QString& roleId) const
{
    if (roleId == QLatin1String("authority")) {
        return authority;
    }
    if (roleId == QLatin1String("auditor")) {
        return auditor;
    }
    if (roleId == QLatin1String("admin")) {
        return administrator;
    }
    return declarant;
}

QStringList ServerSetup::statements(const QString& script)
{
    QStringList result;
    QString current;
    bool inString = false;
    bool inDollar = false;
    for (qsizetype i = 0; i < script.size(); ++i) {
        const QChar c = script.at(i);
        if (!inString && !inDollar && c == QLatin1Char('-') && script.mid(i, 2) == QLatin1String("--")) {
            const qsizetype end = script.indexOf(QLatin1Char('\n'), i);
            i = end < 0 ? script.size() : end;
            current += QLatin1Char('\n');
            continue;
        }
        if (!inString && script.mid(i, 2) == QLatin1String("$$")) {
            inDollar = !inDollar;
            current += QLatin1String("$$");
            ++i;
            continue;
        }
        if (!inDollar && c == QLatin1Char('\'')) {
            inString = !inString;
        }
        if (!inString && !inDollar && c == QLatin1Char(';')) {
            if (!current.trimmed().isEmpty()) {
                result << current.trimmed();
            }
            current.clear();
            continue;
        }
        current += c;
    }
    if (!current.trimmed().isEmpty()) {
        result << current.trimmed();
    }
    return result;
}

QString ServerSetup::policies(const ServerRoles& roles)
{
    QFile file(QStringLiteral(":/probitas/store/server/policies.sql"));
    if (!file.open(QIODevice::ReadOnly)) {
        return {};
    }
    QString script = QString::fromUtf8(file.readAll());
    for (const auto& [placeholder, name] :
         {std::pair{"@owner@", roles.owner}, std::pair{"@client@", roles.client},
          std::pair{"@declarant@", roles.declarant}, std::pair{"@authority@", roles.authority},
          std::pair{"@auditor@", roles.auditor}, std::pair{"@administrator@", roles.administrator}}) {
        script.replace(QLatin1String(placeholder), name); // lowercase letters, digits and _ only
    }
    return script;
}

Result<ServerSetup::Report> ServerSetup::run(const Location& location, const QString& administratorLogin)
{
    if (location.backend != Backend::PostgreSql) {
        return Error::invalid(
            tr("server setup is for a PostgreSQL store (postgresql://...), not %1").arg(location.describe()));
    }
    auto roles = ServerRoles::forDatabase(location.database);
    if (!roles) {
        return roles.error();
    }
    if (!administratorLogin.isEmpty() && !server::isLoginName(administratorLogin)) {
        return Error::invalid(tr("%1 is not a login name (lowercase letters, digits, _ . -; a letter first)")
                                  .arg(administratorLogin));
    }
    auto connection = Connection::open(location);
    if (!connection) {
        return connection.error();
    }
    const Connection& c = **connection;
    Report report;
    report.roles = *roles;
    report.administratorLogin = administratorLogin;

    // The roles, the schema and the database's doors, as the database administrator.
    {
        Transaction transaction(c);
        if (Status begun = transaction.begin(); !begun) {
            return begun.error();
        }
        auto stray = exists(c,
                            QStringLiteral("SELECT 1 FROM pg_tables WHERE schemaname = 'public' AND "
                                           "tablename = ?"),
                            {QStringLiteral("audit")});
        if (!stray) {
            return stray.error();
        }
        if (*stray) {
            return Error::unusable(
                tr("%1 already holds a store made without server setup (in its public schema): copy it into "
                   "a new database with pg_dump and set that one up (docs/deployment.md)")
                    .arg(location.describe()));
        }
        for (const QString& role : {roles->owner, roles->client, roles->declarant, roles->authority,
                                    roles->auditor, roles->administrator}) {
            auto there = exists(c, QStringLiteral("SELECT 1 FROM pg_roles WHERE rolname = ?"), {role});
            if (!there) {
                return there.error();
            }
            if (!*there) {
                // The owner creates the persons' logins (probitas_enrol), and only that.
                const QString attributes =
                    role == roles->owner ? QStringLiteral("NOLOGIN CREATEROLE") : QStringLiteral("NOLOGIN");
                if (Status created =
                        execute(c, QStringLiteral("CREATE ROLE %1 %2").arg(ident(role), attributes));
                    !created) {
                    return created.error();
                }
            }
        }
        const QString database = ident(location.database);
        for (const QString& statement :
             {QStringLiteral("GRANT %1 TO %2, %3, %4, %5")
                  .arg(roles->client, roles->declarant, roles->authority, roles->auditor,
                       roles->administrator),
              QStringLiteral("GRANT %1 TO CURRENT_USER").arg(roles->owner),
              // The rules run as the owner, and read which certificate each session presented
              // (probitas_certified): PostgreSQL shows another role's TLS state to pg_read_all_stats only.
              QStringLiteral("GRANT pg_read_all_stats TO %1").arg(roles->owner),
              QStringLiteral("CREATE SCHEMA IF NOT EXISTS probitas AUTHORIZATION %1").arg(roles->owner),
              QStringLiteral("ALTER DATABASE %1 SET search_path = probitas").arg(database),
              QStringLiteral("REVOKE ALL ON DATABASE %1 FROM PUBLIC").arg(database),
              QStringLiteral("GRANT CONNECT ON DATABASE %1 TO %2").arg(database, roles->client),
              QStringLiteral("REVOKE CREATE ON SCHEMA public FROM PUBLIC"),
              QStringLiteral("SET search_path = probitas")}) {
            if (Status done = execute(c, statement); !done) {
                return done.error();
            }
        }
        if (Status committed = transaction.commit(); !committed) {
            return committed.error();
        }
    }

    // The schema and the rules, as the owner: every object is the owner's, and no login's.
    if (Status owner = execute(c, QStringLiteral("SET ROLE %1").arg(roles->owner)); !owner) {
        return owner.error();
    }
    const SchemaManager::Report schema = SchemaManager(c).upgrade();
    if (schema.outcome == SchemaManager::Outcome::Failed ||
        schema.outcome == SchemaManager::Outcome::TooNew) {
        return schema.error;
    }
    report.fromVersion = schema.fromVersion;
    report.toVersion = schema.toVersion;
    {
        Transaction transaction(c);
        if (Status begun = transaction.begin(); !begun) {
            return begun.error();
        }
        for (const QString& statement : statements(policies(*roles))) {
            if (Status done = execute(c, statement); !done) {
                return done.error();
            }
        }
        auto setUpAt = sql::writeTime(c);
        if (!setUpAt) {
            return setUpAt.error();
        }
        if (Status recorded =
                execute(c,
                        QStringLiteral("INSERT INTO server_setup (version, set_up_at) VALUES (?, ?) "
                                       "ON CONFLICT (version) DO NOTHING"),
                        {kPoliciesVersion, sql::timestamp(*setUpAt)});
            !recorded) {
            return recorded.error();
        }
        if (!administratorLogin.isEmpty()) {
            // Kept unbound until the administrator's initialisation of the directory claims it.
            if (Status pending =
                    execute(c,
                            QStringLiteral("INSERT INTO server_logins (login, person_id, enrolled_at) "
                                           "VALUES (?, NULL, ?) ON CONFLICT (login) DO NOTHING"),
                            {administratorLogin, sql::timestamp(*setUpAt)});
                !pending) {
                return pending.error();
            }
        }
        if (Status committed = transaction.commit(); !committed) {
            return committed.error();
        }
    }
    if (Status reset = execute(c, QStringLiteral("RESET ROLE")); !reset) {
        return reset.error();
    }
    if (!administratorLogin.isEmpty()) {
        auto there =
            exists(c, QStringLiteral("SELECT 1 FROM pg_roles WHERE rolname = ?"), {administratorLogin});
        if (!there) {
            return there.error();
        }
        const QString statement =
            *there ? QStringLiteral("GRANT %2 TO %1") : QStringLiteral("CREATE ROLE %1 LOGIN IN ROLE %2");
        if (Status done = execute(c, statement.arg(ident(administratorLogin), roles->administrator)); !done) {
            return done.error();
        }
    }
    return report;
}

namespace server {

Status claimLogin(const Connection& connection, const QString& personId)
{
    return execute(connection, QStringLiteral("SELECT probitas_claim(?)"), {personId});
}

Status enrol(const Connection& connection, const QString& login, const QString& personId)
{
    return execute(connection, QStringLiteral("SELECT probitas_enrol(?, ?)"), {login, personId});
}

Status revoke(const Connection& connection, const QString& personId)
{
    return execute(connection, QStringLiteral("SELECT probitas_revoke(?)"), {personId});
}

bool isLoginName(const QString& login)
{
    static const QRegularExpression pattern(QStringLiteral("^[a-z][a-z0-9_.-]{0,62}$"));
    return pattern.match(login).hasMatch();
}

QString defaultLogin(const QString& name)
{
    // fold() keeps letters and digits and turns every other run into one space; a hyphen inside a name
    // is kept as the name has it.
    QStringList parts;
    for (const QString& word : name.split(QRegularExpression(QStringLiteral("\\s+")), Qt::SkipEmptyParts)) {
        QStringList pieces;
        for (const QString& piece : word.split(QLatin1Char('-'), Qt::SkipEmptyParts)) {
            const QString folded = text::fold(piece).remove(QLatin1Char(' '));
            if (!folded.isEmpty()) {
                pieces << folded;
            }
        }
        if (!pieces.isEmpty()) {
            parts << pieces.join(QLatin1Char('-'));
        }
    }
    QString login = parts.join(QLatin1Char('.'));
    if (login.isEmpty() || !login.at(0).isLetter()) {
        login.prepend(QLatin1Char('p'));
    }
    return login.left(63);
}

Result<QList<CertificateLogin>> certificateLogins(const Store& store)
{
    auto people = store.directory().people(); // as the administrators' statements back them
    if (!people) {
        return people.error();
    }
    QHash<QString, Person> byId;
    for (const Person& person : *people) {
        if (!person.removedAt.isValid()) {
            byId.insert(person.id, person);
        }
    }
    auto rows = store.connection().exec(QStringLiteral(
        "SELECT login, person_id FROM server_logins WHERE person_id IS NOT NULL AND revoked_at IS NULL "
        "ORDER BY login"));
    if (!rows) {
        return rows.error();
    }
    QList<CertificateLogin> logins;
    QHash<QString, QString> nameBySubject;
    for (QSqlQuery& row = rows.value(); row.next();) {
        const auto person = byId.constFind(row.value(1).toString());
        if (person == byId.constEnd()) {
            continue;
        }
        const QString subject = person->certificate.subjectAsciiRfc2253();
        if (const QString other = nameBySubject.value(subject);
            !other.isEmpty() || subject.contains(QLatin1Char('"'))) {
            return Error::invalid(
                ServerSetup::tr(
                    "%1 and %2 have certificates with the same subject (%3): the server could not tell them "
                    "apart, and either could log in as the other; have the CA issue certificates whose "
                    "subjects "
                    "differ")
                    .arg(other.isEmpty() ? person->name : other, person->name,
                         person->certificate.subject()));
        }
        nameBySubject.insert(subject, person->name);
        logins.append({subject, row.value(0).toString(), person->name});
    }
    return logins;
}

QString identMap(const QList<CertificateLogin>& logins, const QString& map)
{
    QString text;
    for (const CertificateLogin& login : logins) {
        text += QStringLiteral("%1 \"%2\" %3\n").arg(map, login.subject, login.login);
    }
    return text;
}

} // namespace server

} // namespace probitas::store
