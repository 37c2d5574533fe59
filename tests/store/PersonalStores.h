#pragma once

// The store as each person reaches it, for the suites that run on every deployment.
//
// On SQLite and on a plain PostgreSQL database, one Store serves everyone, as it always did in these suites.
// On a server store (`server setup`: row-level security, append-only grants, the server's checks on every
// append), everyone reaches it through their own login, as from their own desktop: a call that names a
// person's identity goes through that person's own Store, opened with their own login over TLS, so that the
// server judges every step of every test. Raw SQL (the attacks of the suites) runs as the database's
// superuser: the strongest attacker, against whom only the client's checks remain.

#include "ServerSetup.h"
#include "Store.h"

#include <QCryptographicHash>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QUrl>
#include <map>
#include <memory>
#include <optional>
#include <type_traits>

namespace probitas::store::testing {

enum class Deployment {
    Sqlite,
    PostgreSql, // a plain PostgreSQL database, reached as its superuser
    Server,     // a PostgreSQL store set up by `server setup`, reached with personal logins
};

inline const char* deploymentName(Deployment deployment)
{
    switch (deployment) {
    case Deployment::Sqlite:
        return "SQLite";
    case Deployment::PostgreSql:
        return "PostgreSQL";
    case Deployment::Server:
        return "PostgreSQL server store, personal logins";
    }
    return "?";
}

// The logins of one test function's server store: created by `server setup` (the first administrator's) and
// by the administrator adding people, each given a password by the database's superuser, as
// docs/deployment.md has the court's IT do.
class ServerLogins
{
public:
    ServerLogins(QUrl server, QString ca, QString database, QString prefix, const Connection& superuser,
                 QString headsFolder)
        : m_server(std::move(server))
        , m_ca(std::move(ca))
        , m_database(std::move(database))
        , m_prefix(std::move(prefix))
        , m_superuser(superuser)
        , m_headsFolder(std::move(headsFolder))
    {}

    const QString& prefix() const { return m_prefix; }
    QString administratorLogin() const { return m_prefix + QStringLiteral(".admin"); }
    // A login name for the next person added.
    QString nextLogin() { return m_prefix + QStringLiteral(".p") + QString::number(++m_added); }

    // Gives `login` a password and records whose it is.
    bool enable(const QString& login, const QString& personId)
    {
        QByteArray password(24, '\0');
        for (char& c : password) {
            c = char('a' + QRandomGenerator::system()->bounded(26));
        }
        if (!m_superuser
                 .exec(QStringLiteral("ALTER ROLE \"%1\" PASSWORD '%2'").arg(login, QLatin1String(password)))
                 .ok()) {
            return false;
        }
        m_passwords[login] = std::make_shared<const crypto::SecureBytes>(password);
        if (!personId.isEmpty()) {
            m_logins[personId] = login;
        }
        return true;
    }
    // The login of the person `personId`; empty when they have none of their own.
    QString loginOf(const QString& personId) const
    {
        const auto found = m_logins.find(personId);
        return found == m_logins.end() ? QString() : found->second;
    }

    // `login`'s own store, as their desktop opens it: TLS with the server's certificate verified, their
    // password typed (in memory only), their own memory of the heads they saw.
    // (`options`: another memory of the heads than their own.)
    Result<std::unique_ptr<Store>> open(const QString& login,
                                        const std::optional<Store::OpenOptions>& options = {}) const
    {
        auto location = Location::parse(QStringLiteral("postgresql://%1@127.0.0.1:%2/%3?sslmode=verify-full&"
                                                       "sslrootcert=%4")
                                            .arg(login)
                                            .arg(m_server.port(5432))
                                            .arg(m_database, m_ca));
        if (!location) {
            return location.error();
        }
        Location where = *location;
        const auto password = m_passwords.find(login);
        if (password != m_passwords.end()) {
            where.password = password->second;
        }
        Store::OpenOptions own;
        own.knownHeadsPath = m_headsFolder + QLatin1Char('/') + login + QStringLiteral(".heads");
        return Store::open(where, options.value_or(own));
    }

private:
    QUrl m_server;
    QString m_ca;
    QString m_database;
    QString m_prefix;
    const Connection& m_superuser;
    QString m_headsFolder;
    int m_added = 0;
    std::map<QString, QString> m_logins; // person id -> login
    std::map<QString, std::shared_ptr<const crypto::SecureBytes>> m_passwords;
};

class PersonalStores;

namespace detail {
template <typename T> const crypto::Identity* identityIn(const T& argument)
{
    if constexpr (std::is_same_v<std::decay_t<T>, crypto::Identity>) {
        return &argument;
    } else {
        return nullptr;
    }
}
} // namespace detail

// A facade's call goes to the store of the first identity among its arguments: the person acting, in every
// API of store/.
#define PROBITAS_ROUTE(facade, method)                                                                       \
    template <typename... Args> decltype(auto) method(Args&&... args) const                                  \
    {                                                                                                        \
        return m_stores->route(args...).facade().method(std::forward<Args>(args)...);                        \
    }

class PersonalStores
{
public:
    // One store for everyone.
    explicit PersonalStores(std::unique_ptr<Store> shared)
        : m_shared(std::move(shared))
    {}
    // A server store: each person's own, opened when they first act; the administrator's for what names
    // no one. `superuser` is the database superuser's connection, for raw SQL.
    PersonalStores(ServerLogins& logins, std::unique_ptr<Store> administrator, const Connection& superuser)
        : m_logins(&logins)
        , m_shared(std::move(administrator))
        , m_superuser(&superuser)
    {}

    bool personalLogins() const { return m_logins != nullptr; }
    ServerLogins* logins() const { return m_logins; }

    // The store that `identity`'s holder uses. Someone without a login of their own (never added, removed,
    // or the first administrator, whose store is the shared one) has no other: their calls go through the
    // administrator's connection, as someone who borrowed a colleague's session would make them, and the
    // client's own refusal is what the tests check.
    Store& as(const crypto::Identity& identity) const
    {
        if (!m_logins) {
            return *m_shared;
        }
        auto person = m_shared->directory().personFor(identity.certificate());
        const QString login =
            person && person->removedAt.isNull() ? m_logins->loginOf(person->id) : QString();
        if (login.isEmpty()) {
            return *m_shared;
        }
        auto opened = openPersonal(login);
        if (!opened) {
            qFatal("%s cannot open the store: %s", qPrintable(login), qPrintable(opened.error().message));
        }
        return **opened;
    }
    Store& administrator() const { return *m_shared; }
    template <typename... Args> Store& route(const Args&... args) const
    {
        const crypto::Identity* actor = nullptr;
        ((actor = actor ? actor : detail::identityIn(args)), ...);
        return actor ? as(*actor) : *m_shared;
    }
    // Raw SQL: the store's own connection, or a server store's superuser. Everyone's desktop is open before
    // the superuser strikes, as it would be: each then finds what was done under it, as the one store of
    // SQLite does.
    const Connection& connection() const
    {
        if (!m_superuser) {
            return m_shared->connection();
        }
        if (auto people = m_shared->directory().people()) {
            for (const Person& person : *people) {
                const QString login = m_logins->loginOf(person.id);
                if (person.removedAt.isNull() && !login.isEmpty()) {
                    static_cast<void>(openPersonal(login));
                }
            }
        }
        return *m_superuser;
    }
    SchemaManager::Report schemaReport() const { return m_shared->schemaReport(); }

    struct DeclarationsRoute
    {
        const PersonalStores* m_stores;
        PROBITAS_ROUTE(declarations, acknowledge)
        PROBITAS_ROUTE(declarations, bordereau)
        PROBITAS_ROUTE(declarations, exportEnvelope)
        PROBITAS_ROUTE(declarations, file)
        PROBITAS_ROUTE(declarations, filingsFiledTo)
        PROBITAS_ROUTE(declarations, forward)
        PROBITAS_ROUTE(declarations, list)
        PROBITAS_ROUTE(declarations, open)
        PROBITAS_ROUTE(declarations, ownFilings)
        PROBITAS_ROUTE(declarations, receipt)
        PROBITAS_ROUTE(declarations, record)
        PROBITAS_ROUTE(declarations, recordDisclosure)
        PROBITAS_ROUTE(declarations, recordReminder)
        // The renewed holder acts under their current identity, the second.
        template <typename... Args>
        decltype(auto) resealFormer(const crypto::Identity& former, const crypto::Identity& current,
                                    Args&&... args) const
        {
            return m_stores->as(current).declarations().resealFormer(former, current,
                                                                     std::forward<Args>(args)...);
        }
        PROBITAS_ROUTE(declarations, sealedToFormerCertificate)
    };
    struct AuditRoute
    {
        const PersonalStores* m_stores;
        PROBITAS_ROUTE(audit, checkpoint)
        PROBITAS_ROUTE(audit, entries)
        PROBITAS_ROUTE(audit, log)
        PROBITAS_ROUTE(audit, logActions)
        PROBITAS_ROUTE(audit, logPage)
        PROBITAS_ROUTE(audit, verify)
    };
    struct AvisRoute
    {
        const PersonalStores* m_stores;
        PROBITAS_ROUTE(avis, get)
        PROBITAS_ROUTE(avis, list)
        PROBITAS_ROUTE(avis, open)
        PROBITAS_ROUTE(avis, record)
        PROBITAS_ROUTE(avis, request)
    };
    struct ControlsRoute
    {
        const PersonalStores* m_stores;
        PROBITAS_ROUTE(controls, answer)
        PROBITAS_ROUTE(controls, conclude)
        PROBITAS_ROUTE(controls, controlOf)
        PROBITAS_ROUTE(controls, enjoin)
        PROBITAS_ROUTE(controls, list)
        PROBITAS_ROUTE(controls, open)
        PROBITAS_ROUTE(controls, recordDisclosure)
        PROBITAS_ROUTE(controls, requestExplanation)
        PROBITAS_ROUTE(controls, requestTaxReturns)
    };
    struct DirectoryRoute
    {
        const PersonalStores* m_stores;
        PROBITAS_ROUTE(directory, declaredChanges)
        PROBITAS_ROUTE(directory, declaredChangesOf)
        PROBITAS_ROUTE(directory, peopleFollowedBy)
        PROBITAS_ROUTE(directory, peopleWhere)
        PROBITAS_ROUTE(directory, isAdopted)
        PROBITAS_ROUTE(directory, people)
        PROBITAS_ROUTE(directory, personByName)
        PROBITAS_ROUTE(directory, personFor)
        PROBITAS_ROUTE(directory, regime)
        PROBITAS_ROUTE(directory, storeId)
        PROBITAS_ROUTE(directory, trustAnchors)
        PROBITAS_ROUTE(directory, verify)
        PROBITAS_ROUTE(directory, withDeclaredChange)
        PROBITAS_ROUTE(directory, withDeclaredChanges)
    };
    struct DraftsRoute
    {
        const PersonalStores* m_stores;
        PROBITAS_ROUTE(drafts, discard)
        PROBITAS_ROUTE(drafts, open)
        PROBITAS_ROUTE(drafts, save)
        PROBITAS_ROUTE(drafts, saveSealed)
    };
    struct EntretiensRoute
    {
        const PersonalStores* m_stores;
        PROBITAS_ROUTE(entretiens, acknowledge)
        PROBITAS_ROUTE(entretiens, acknowledgement)
        PROBITAS_ROUTE(entretiens, get)
        PROBITAS_ROUTE(entretiens, inviteModification)
        PROBITAS_ROUTE(entretiens, list)
        PROBITAS_ROUTE(entretiens, open)
        PROBITAS_ROUTE(entretiens, record)
        PROBITAS_ROUTE(entretiens, recordDisclosure)
        PROBITAS_ROUTE(entretiens, schedule)
    };
    struct PostingsRoute
    {
        const PersonalStores* m_stores;
        PROBITAS_ROUTE(postings, grant)
        PROBITAS_ROUTE(postings, reject)
        PROBITAS_ROUTE(postings, request)
        PROBITAS_ROUTE(postings, requests)
        PROBITAS_ROUTE(postings, set)
    };
    struct ProceduresRoute
    {
        const PersonalStores* m_stores;
        PROBITAS_ROUTE(procedures, close)
        PROBITAS_ROUTE(procedures, list)
        PROBITAS_ROUTE(procedures, purge)
        PROBITAS_ROUTE(procedures, record)
    };
    // On a server store, everyone the administrator adds gets their own login (named by the fixture: logins
    // are the whole cluster's) and a password; a person removed loses theirs.
    struct AdministrationRoute
    {
        const PersonalStores* m_stores;
        Result<Person> addPerson(const crypto::Identity& admin, const QString& name, Role role,
                                 const QString& authorityId, const crypto::Certificate& certificate,
                                 const std::optional<Profile>& profile = {}) const
        {
            ServerLogins* logins = m_stores->logins();
            // The first administrator adds themselves, and claims the login `server setup` made for them.
            const bool self = certificate == admin.certificate();
            const QString login = logins && !self ? logins->nextLogin() : QString();
            auto added = m_stores->as(admin).administration().addPerson(admin, name, role, authorityId,
                                                                        certificate, profile, login);
            if (added && !login.isEmpty() && !logins->enable(login, added->id)) {
                return Error{ErrorKind::Environment, QStringLiteral("cannot give %1 a password").arg(login),
                             QString()};
            }
            return added;
        }
        PROBITAS_ROUTE(administration, removePerson)
        PROBITAS_ROUTE(administration, renewCertificate)
        PROBITAS_ROUTE(administration, setRegime)
    };

    // A renewed holder's copies sealed again: theirs, under their current identity.
    Result<ResealReport> resealFormer(const crypto::Identity& former, const crypto::Identity& current) const
    {
        return as(current).resealFormer(former, current);
    }

    DeclarationsRoute declarations() const { return {this}; }
    AuditRoute audit() const { return {this}; }
    AvisRoute avis() const { return {this}; }
    DirectoryRoute directory() const { return {this}; }
    DraftsRoute drafts() const { return {this}; }
    EntretiensRoute entretiens() const { return {this}; }
    ControlsRoute controls() const { return {this}; }
    PostingsRoute postings() const { return {this}; }
    ProceduresRoute procedures() const { return {this}; }
    AdministrationRoute administration() const { return {this}; }

private:
    Result<Store*> openPersonal(const QString& login) const
    {
        auto& store = m_personal[login];
        if (!store) {
            auto opened = m_logins->open(login);
            if (!opened) {
                m_personal.erase(login);
                return opened.error();
            }
            store = std::move(opened).value();
        }
        return store.get();
    }

    ServerLogins* m_logins = nullptr;
    std::unique_ptr<Store> m_shared;
    const Connection* m_superuser = nullptr;
    mutable std::map<QString, std::unique_ptr<Store>> m_personal;
};

#undef PROBITAS_ROUTE

} // namespace probitas::store::testing
