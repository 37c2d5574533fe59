#pragma once

#include "AuditTrail.h"
#include "Controls.h"
#include "Declarations.h"
#include "DirectoryAdministration.h"
#include "DirectoryView.h"
#include "Drafts.h"
#include "Postings.h"
#include "Procedures.h"
#include "Registers.h"
#include "StoreTypes.h"

#include <memory>

namespace probitas::store {

// A store: sealed envelopes and the clear metadata routing needs, the authenticated directory, receipts,
// drafts, procedures, the entretiens and avis, and the audit trail, with access enforced by AccessPolicy and
// by the cryptography. This class opens one (migrating it and checking that it is append-only since this
// client last saw it) and hands out its parts, each the one owner of its concern; they share its
// connection. One Store per thread (it owns one named connection).
class Store
{
    Q_DECLARE_TR_FUNCTIONS(store)

public:
    struct OpenOptions
    {
        // Where this client remembers the heads it saw of each store (KnownHeads); empty: the default file.
        QString knownHeadsPath;
        // Off only for tools that write a store wholesale (the benchmarks' seeding); everything a person runs
        // checks.
        bool checkAppendOnly = true;
    };
    // Opens (creating a SQLite store if needed, unless Location::mayCreate is off) and migrates. TooNew and
    // Failed migrations are errors. Then checks that the store is an extension of what this client saw of it
    // last (its trail not truncated or rewritten, its directory statements still there): NotAppendOnly (exit
    // 4) naming the sequence otherwise.
    static Result<std::unique_ptr<Store>> open(const Location& location, const OpenOptions& options);
    static Result<std::unique_ptr<Store>> open(const Location& location);
    static Result<std::unique_ptr<Store>> open(const QString& location);
    static QString defaultPath(); // AppDataLocation/probitas.sqlite
    // Remembers the newest head this client checked (AuditTrail::rememberHead).
    ~Store();
    Store(const Store&) = delete;
    Store& operator=(const Store&) = delete;

    const Connection& connection() const { return *m_connection; }
    SchemaManager::Report schemaReport() const { return m_schema; }

    // The parts. A const Store still hands out parts that write: constness is the handle's, not the
    // database's.
    const DirectoryView& directory() const { return *m_directory; }
    DirectoryAdministration& administration() const { return *m_administration; }
    Postings& postings() const { return *m_postings; }
    AuditTrail& audit() const { return *m_audit; }
    Declarations& declarations() const { return *m_declarations; }
    const Drafts& drafts() const { return *m_drafts; }
    Procedures& procedures() const { return *m_procedures; }
    EntretienRegister& entretiens() const { return *m_entretiens; }
    AvisRegister& avis() const { return *m_avis; }
    ControlRegister& controls() const { return *m_controls; }

    // After a renewal of `current`'s certificate, what is still sealed to the former one, sealed again for
    // the one in force: their copies of the declarations (Declarations::resealFormer), and a declarant's
    // draft (Drafts::resealFormer).
    Result<ResealReport> resealFormer(const crypto::Identity& former, const crypto::Identity& current) const;

private:
    explicit Store(std::unique_ptr<Connection> connection);

    std::unique_ptr<Connection> m_connection;
    SchemaManager::Report m_schema;
    // In dependency order: each part is built on those above it.
    std::unique_ptr<DirectoryView> m_directory;
    std::unique_ptr<AuditTrail> m_audit;
    std::unique_ptr<DirectoryAdministration> m_administration;
    std::unique_ptr<Postings> m_postings;
    std::unique_ptr<Drafts> m_drafts;
    std::unique_ptr<Procedures> m_procedures;
    std::unique_ptr<Declarations> m_declarations;
    std::unique_ptr<EntretienRegister> m_entretiens;
    std::unique_ptr<AvisRegister> m_avis;
    std::unique_ptr<ControlRegister> m_controls;
};

} // namespace probitas::store
