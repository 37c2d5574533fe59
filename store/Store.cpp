#include "Store.h"

#include <QStandardPaths>

// Quiet by default (the CLI prints one line per failure); QT_LOGGING_RULES="probitas.store.info=true" for
// more.
Q_LOGGING_CATEGORY(lcStore, "probitas.store", QtWarningMsg)

namespace probitas::store {

Store::Store(std::unique_ptr<Connection> connection)
    : m_connection(std::move(connection))
{
    const Connection& db = *m_connection;
    m_directory = std::make_unique<DirectoryView>(db);
    m_audit = std::make_unique<AuditTrail>(db, *m_directory);
    m_administration = std::make_unique<DirectoryAdministration>(db, *m_directory, *m_audit);
    m_postings = std::make_unique<Postings>(db, *m_directory, *m_audit, *m_administration);
    m_drafts = std::make_unique<Drafts>(db, *m_directory);
    m_procedures = std::make_unique<Procedures>(db, *m_directory, *m_audit, *m_drafts);
    m_declarations = std::make_unique<Declarations>(db, *m_directory, *m_audit, *m_procedures);
    m_entretiens = std::make_unique<EntretienRegister>(db, *m_directory, *m_audit, *m_declarations);
    m_avis = std::make_unique<AvisRegister>(db, *m_directory, *m_audit, *m_declarations);
    m_controls = std::make_unique<ControlRegister>(db, *m_directory, *m_audit, *m_declarations);
}

Store::~Store()
{
    if (m_audit->remembersHeads()) {
        if (Status remembered = m_audit->rememberHead(); !remembered) {
            qCInfo(lcStore) << "the store's head was not remembered:" << remembered.error().message;
        }
    }
}

QString Store::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
           QStringLiteral("/probitas.sqlite");
}

Result<std::unique_ptr<Store>> Store::open(const QString& location)
{
    auto parsed = Location::parse(location);
    if (!parsed) {
        return parsed.error();
    }
    return open(*parsed);
}

Result<std::unique_ptr<Store>> Store::open(const Location& location)
{
    return open(location, OpenOptions{});
}

Result<std::unique_ptr<Store>> Store::open(const Location& location, const OpenOptions& options)
{
    auto connection = Connection::open(location);
    if (!connection) {
        return connection.error();
    }
    std::unique_ptr<Store> store(new Store(std::move(connection).value()));
    if (store->m_connection->serverEnforced()) {
        // Its schema is the owner role's to migrate; a person's login only uses it.
        auto version = SchemaManager(*store->m_connection).currentVersion();
        if (!version) {
            return version.error();
        }
        if (version->first < SchemaManager::kLatestVersion) {
            return Error::unusable(
                tr("%1 has schema version %2 and this Probitas needs version %3: the database's "
                   "administrator upgrades it with probitas-cli server setup")
                    .arg(location.describe())
                    .arg(version->first)
                    .arg(SchemaManager::kLatestVersion));
        }
    }
    store->m_schema = SchemaManager(*store->m_connection).upgrade();
    if (store->m_schema.outcome == SchemaManager::Outcome::Failed ||
        store->m_schema.outcome == SchemaManager::Outcome::TooNew) {
        return store->m_schema.error;
    }
    if (options.checkAppendOnly) {
        if (Status appendOnly = store->m_audit->checkKnownHead(options.knownHeadsPath); !appendOnly) {
            return appendOnly.error();
        }
        // What this client verified of this store before, beside the heads it saw (VerifiedMemory.h).
        if (auto adopted = store->m_directory->isAdopted(); adopted && *adopted) {
            if (auto storeId = store->m_directory->storeId(); storeId && !storeId->isEmpty()) {
                store->m_directory->rememberVerifiedIn(std::make_shared<VerifiedMemory>(
                    VerifiedMemory::pathFor(options.knownHeadsPath, *storeId)));
            }
        }
    }
    return store;
}

Result<ResealReport> Store::resealFormer(const crypto::Identity& former,
                                         const crypto::Identity& current) const
{
    auto resealed = m_declarations->resealFormer(former, current);
    if (!resealed) {
        return resealed.error();
    }
    ResealReport report = *resealed;
    auto draft = m_drafts->resealFormer(former, current); // only a declarant has one
    if (!draft) {
        return draft.error();
    }
    report.draft = *draft;
    return report;
}

} // namespace probitas::store
