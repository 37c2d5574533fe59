#pragma once

#include "Database.h"
#include "Identity.h"
#include "Result.h"
#include "SecureBytes.h"

#include <QByteArrayView>
#include <QCoreApplication>
#include <QString>

namespace probitas::store {

// The drafts table: one draft per declarant, sealed to her alone and signed by her, replaced at each save and
// removed once filed, discarded or destroyed with her declarations. Who the declarant is, and her
// certificate, the authenticated directory says (the Store asks it before calling here); this class owns the
// rows and the rule that only a draft she signed herself is hers to resume.
class Drafts
{
    Q_DECLARE_TR_FUNCTIONS(store)

public:
    explicit Drafts(const Connection& connection)
        : m_connection(connection)
    {}

    // `declarantId` and `certificate`: her directory entry, verified; `identity`: hers, to sign and seal.
    Status save(const QString& declarantId, const crypto::Certificate& certificate,
                const crypto::Identity& identity, QByteArrayView canonicalBytes) const;
    // NotFound when she has none; Integrity ("store.wrong-signer") when the draft stored for her is not
    // signed by `certificate`: it stays, for her to discard.
    Result<crypto::SecureBytes> open(const QString& declarantId, const crypto::Certificate& certificate,
                                     const crypto::Identity& identity) const;
    // Inside the caller's transaction when it has one (filing, retention).
    Status discard(const QString& declarantId) const;

private:
    const Connection& m_connection;
};

} // namespace probitas::store
