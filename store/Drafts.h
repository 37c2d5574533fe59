#pragma once

#include "Database.h"
#include "DirectoryView.h"
#include "Identity.h"
#include "Result.h"
#include "SecureBytes.h"

#include <QByteArrayView>
#include <QCoreApplication>
#include <QString>

namespace probitas::store {

// The drafts table: one draft per declarant, sealed to her alone and signed by her, replaced at each save and
// removed once filed, discarded or destroyed with her declarations. Who the declarant is, and her
// certificate, the authenticated directory says; this class owns the rows and the rule that only a draft she
// signed herself is hers to resume.
class Drafts
{
    Q_DECLARE_TR_FUNCTIONS(store)

public:
    Drafts(const Connection& connection, const DirectoryView& directory)
        : m_connection(connection)
        , m_directory(directory)
    {}
    Drafts(const Drafts&) = delete;
    Drafts& operator=(const Drafts&) = delete;

    // Seals the canonical bytes to the declarant alone, signed by her, replacing her draft: seal() then
    // saveSealed().
    Status save(const crypto::Identity& declarant, QByteArrayView canonicalBytes) const;
    // The draft as it is stored, sealed to the declarant alone and signed by her, without the store: what a
    // client keeps on its own disk while the server cannot be reached (her identity's certificate is the
    // directory's, checked when she unlocked it, and again by saveSealed).
    static Result<QByteArray> seal(const crypto::Identity& declarant, QByteArrayView canonicalBytes);
    // Stores a draft sealed by seal(), replacing hers, once it opens for her and is signed by her directory
    // certificate: bytes edited on that disk, or sealed by anyone else, are refused (Integrity,
    // "store.wrong-signer", or the envelope's own error) and the stored draft is left as it was.
    Status saveSealed(const crypto::Identity& declarant, QByteArrayView sealed) const;
    // NotFound when she has none; Integrity ("store.wrong-signer") when the draft stored for her is not
    // signed by her directory certificate: it stays, for her to discard.
    Result<crypto::SecureBytes> open(const crypto::Identity& declarant) const;
    // Removes the declarant's draft, if any (once filed, or discarded by the declarant).
    Status discard(const crypto::Identity& declarant) const;
    // After a renewal: her draft, still sealed to her former certificate (`former`, which the directory must
    // say she held) and signed by it, is sealed and signed again with the current one. Returns whether
    // there was such a draft; a draft already sealed to the current certificate is left as it is.
    Result<bool> resealFormer(const crypto::Identity& former, const crypto::Identity& current) const;
    // The same by her person id, inside the caller's transaction when it has one (filing, retention).
    Status discardOf(const QString& declarantId) const;

private:
    Status replace(const QString& declarantId, QByteArrayView sealed) const;

    const Connection& m_connection;
    const DirectoryView& m_directory;
};

} // namespace probitas::store
