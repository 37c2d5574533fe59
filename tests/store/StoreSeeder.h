#pragma once

// The benchmarks' seeding tool: a store the size of the whole French judiciary (issue 13: 9,000 magistrates,
// 100,000 declarations, 1,000,000 audit entries), on SQLite or PostgreSQL alike, written fast but signed as a
// real one. Every person is added through DirectoryAdministration::addPerson (a signed directory statement
// each, with a certificate of their own from the organisation's CA); declarations, envelopes, recipients and
// the rest of the trail are written directly, in batched multi-row INSERTs, one transaction per batch, each
// audit entry hash-chained, witnessed and signed by its actor exactly as AuditTrail::append does, so that
// `audit verify`, the append-only check and every listing see production-shaped rows. Envelopes are random
// bytes of a sealed declaration's size (the seeding does not seal), and each "file" entry records their
// SHA-256 as a filing does, so that the cross-check matches them.

#include "Identity.h"
#include "Profile.h"
#include "Result.h"
#include "Store.h"
#include "StoreTypes.h"

#include <QString>
#include <optional>
#include <vector>

namespace probitas::store::seeding {

struct SeedSizes
{
    int people = 9000; // magistrates, heads of court included (plus the few national authorities)
    int declarations = 100000;
    qint64 auditEntries = 1000000; // the directory's statements included
    int envelopeBytes = 6000;      // about a sealed DI for two recipients

    // PROBITAS_SCALE_PEOPLE, PROBITAS_SCALE_DECLARATIONS, PROBITAS_SCALE_ENTRIES, PROBITAS_SCALE_ENVELOPE.
    static SeedSizes fromEnvironment();
    QString toString() const; // "9000 people, 100000 declarations, 1000000 entries, 6000-byte envelopes"
};

// One member of the seeded organisation, with their own key and certificate.
struct SeedPerson
{
    QString name;
    Role role = Role::Declarant;
    QString authorityId;            // for an authority
    std::optional<Profile> posting; // for a magistrate
    crypto::Identity identity;
};

// The organisation: the CA, the administrator and auditor, the national authorities, and the magistrates
// (the heads of court among them, as authorities) spread over the courts of the built-in directory, with a
// cour d'appel and a tribunal judiciaire (Paris) large enough for the figures. Keys are P-256.
struct SeedOrganisation
{
    crypto::Identity ca;
    std::vector<SeedPerson> people; // the administrator first, then the auditor

    // Made for `count` people, or read back from `cachePath` when it holds keys made for that many (keys
    // and certificates cached in the clear: test keys for benchmarks only, kept in the build folder).
    static Result<SeedOrganisation> make(int count, const QString& cachePath);

    const SeedPerson& administrator() const { return people.front(); }
    const SeedPerson& auditor() const { return people.at(1); }
    const SeedPerson* byAuthority(const QString& authorityId) const;
};

struct SeedReport
{
    double keysSeconds = 0; // making or reading the identities (SeedOrganisation::make, timed by the caller)
    double directorySeconds = 0;
    double trailSeconds = 0;
    qint64 entries = 0;
    int declarations = 0;
};

// Seeds an empty store (a fresh SQLite file or an emptied PostgreSQL database). Refuses a store that
// already holds anything.
Result<SeedReport> seed(Store& store, const SeedOrganisation& organisation, const SeedSizes& sizes);

} // namespace probitas::store::seeding
