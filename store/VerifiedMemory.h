#pragma once

#include "Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QSet>
#include <QString>
#include <array>
#include <mutex>
#include <vector>

namespace probitas::store {

// What this client verified before in a store: for each sound verification, the SHA-256 of exactly the bytes
// it took (a directory statement and its signature, its signer's certificate and the trust anchors; a
// person's certificate and the anchors; a magistrate's newest filing entry, its signature and certificate).
// A verdict is a function of those bytes alone, so the same bytes read again need their digest computed, not
// their signatures verified: 9,000 directory statements and filings cost a few milliseconds to a session,
// instead of 18,000 ECDSA verifications. Changed bytes (a row edited by hand, a forged signature) have
// another digest and are verified as the first time.
//
// Kept per computer and store beside the known heads (KnownHeads.h), in an owner-only file that only grows
// (appended under the heads' lock; the newest kRemembered digests are kept). Whoever can write that file can
// write the known heads too: it is trusted as they are. An unreadable file is ignored (everything is verified
// again), never an error. Without a path (a store not yet adopted, a tool), it lives for the Store's session.
class VerifiedMemory
{
    Q_DECLARE_TR_FUNCTIONS(store)

public:
    static constexpr qsizetype kRemembered = 1 << 20; // 32 MiB of digests
    static constexpr qsizetype kDigestSize = 32;

    // The file of a store beside `knownHeadsPath` (KnownHeads::defaultPath() when empty).
    static QString pathFor(const QString& knownHeadsPath, const QString& storeId);

    VerifiedMemory() = default; // this session only
    explicit VerifiedMemory(QString path);
    VerifiedMemory(const VerifiedMemory&) = delete;
    VerifiedMemory& operator=(const VerifiedMemory&) = delete;

    const QString& path() const { return m_path; }
    // Thread-safe.
    bool contains(const QByteArray& digest) const;
    void insert(const QByteArray& digest);
    // Appends what was inserted since the last save to the file (nothing without a path).
    Status save();

    // A digest as a fixed-size value: the set holds tens of thousands, loaded at each session's first look,
    // without an allocation each.
    struct Digest
    {
        std::array<char, kDigestSize> bytes{};
        friend bool operator==(const Digest&, const Digest&) = default;
    };

private:
    void loadOnce() const;

    QString m_path;
    mutable std::mutex m_mutex;
    mutable bool m_loaded = false;
    mutable QSet<Digest> m_known;
    std::vector<Digest> m_unsaved;
};

size_t qHash(const VerifiedMemory::Digest& digest, size_t seed = 0) noexcept;

// The digest a verification is remembered by: SHA-256 over a label naming what was verified and each part,
// each preceded by its length, so that no other split of the same bytes, and no other kind of verification,
// can match.
QByteArray verifiedDigest(QLatin1StringView what, std::initializer_list<QByteArrayView> parts);

} // namespace probitas::store
