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

    // Seals the canonical bytes to the declarant alone, signed by her, replacing her draft.
    Status save(const crypto::Identity& declarant, QByteArrayView canonicalBytes) const;
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
    const Connection& m_connection;
    const DirectoryView& m_directory;
};

} // namespace probitas::store
