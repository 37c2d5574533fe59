#pragma once

#include "AuditChain.h"
#include "Database.h"
#include "Result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSqlQuery>
#include <QString>
#include <optional>
#include <vector>

namespace probitas::store {

namespace errors {
// The store's trail is not an extension of the one this computer saw last: truncated or rewritten (exit 4).
inline constexpr QLatin1StringView NotAppendOnly("store.not-append-only");
} // namespace errors

// What a client saw of a store the last time it checked it: the newest audit entry and the newest directory
// statement. Certificate Transparency's idea (RFC 9162: a client checks the log against the head it last
// saw), with a plain hash chain: a store is accepted only as an extension of what was seen.
struct KnownHead
{
    AuditAnchor head;
    std::optional<AuditAnchor> directoryHead;
    QDateTime seenAt;
};

// The heads this user's client remembers, per store id, in a small owner-only JSON file of its own
// application data (never in the store, which is what it checks). Written atomically under a lock file, and
// only ever moved forward.
class KnownHeads
{
    Q_DECLARE_TR_FUNCTIONS(store)

public:
    explicit KnownHeads(QString path = defaultPath());
    // AppDataLocation/known-heads.json
    static QString defaultPath();
    const QString& path() const { return m_path; }

    Result<std::optional<KnownHead>> find(const QString& storeId) const;
    // Remembers `head` for the store unless an older one would replace a newer one. The file keeps the
    // 1,000 stores seen most recently.
    Status remember(const QString& storeId, const KnownHead& head);

private:
    QString m_path;
};

// An entry as the next one must name it.
struct AuditLink
{
    qint64 sequence = 0;
    QString hash;         // as stored
    QByteArray signature; // the next entry (version 2) names its SHA-256
};

// The entries of a store's trail from a given sequence to its head, read and checked as one chain.
struct AuditTail
{
    qint64 entries = 0;               // read, up to the first problem
    std::optional<AuditAnchor> first; // the oldest entry read, as stored
    std::optional<AuditLink> last;    // the newest, when they form a chain
    QString problem; // empty when they form a chain: each hash that of its entry's canonical bytes, each
                     // entry naming its predecessor's hash and signature, no sequence missing; else what is
                     // wrong, naming the sequence
};

// Which columns of the entries as stored: every one, or on a server store the links alone (audit_links:
// the other fields empty).
enum class StoredAuditColumns { Whole, Links };

// Whole entries as stored, read a page at a time (readStoredAuditPage): `audit verify` reads a million.
// Their fields are not a value each: on PostgreSQL they borrow the bytes of libpq's result, in its binary
// format; on SQLite they are copied out of SQLite's statement into a few large blocks. Both are held here:
// a row's fields are valid while the page lives (what outlives it is copied: linkOf, decoded).
struct StoredAuditPage
{
    std::vector<StoredAuditEntry> rows;
    std::optional<BinaryRows> borrowed;
    std::vector<QByteArray> blocks;
    qsizetype blockUsed = 0;
};
// The entries from sequence `from` on, at most `limit` of them, in order (`page` is emptied first).
Status readStoredAuditPage(const Connection& connection, StoredAuditColumns columns, qint64 from, int limit,
                           StoredAuditPage& page);

// Reads the audit entries from sequence `from` on and checks them as a chain that extends `after`, when
// given (the entry just before `from`). Every entry is re-hashed from its canonical bytes, assembled from
// the row as stored (AuditEntry::canonical() for an entry whose fields need escaping): a row stored in any
// other form than Probitas writes it only hashes differently, so it is reported as modified.
Result<AuditTail> checkAuditTail(const Connection& connection, qint64 from,
                                 const std::optional<AuditLink>& after = std::nullopt);

} // namespace probitas::store
