#pragma once

#include "AuditChain.h"
#include "Result.h"

#include <QCoreApplication>
#include <QDateTime>
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

// Whether `entries` (consecutive, in sequence order) form a chain: each hash matches its entry, each entry
// names its predecessor's hash and signature, no sequence is missing. `after`, when given, is the entry
// just before the first one. Empty when sound, else what is wrong, naming the sequence.
QString auditSegmentProblem(const std::vector<AuditEntry>& entries, const AuditEntry* after = nullptr);

} // namespace probitas::store
