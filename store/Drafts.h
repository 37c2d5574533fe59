#pragma once

#include "Database.h"
#include "DirectoryView.h"
#include "Identity.h"
#include "Result.h"
#include "SecureBytes.h"

#include <QByteArrayView>
#include <QCoreApplication>
#include <QDateTime>
#include <QString>

namespace probitas::store {

namespace errors {
// A draft older than the one stored for her was not stored (Drafts::saveSealed).
inline constexpr QLatin1StringView NewerDraftStored("store.newer-draft-stored");
// A draft that continues one the store no longer holds was not stored (Drafts::saveSealed).
inline constexpr QLatin1StringView OtherDraftStored("store.other-draft-stored");
} // namespace errors

// Which stored draft saveSealed may replace.
enum class DraftReplacement {
    OnlyAnOlderOne,   // a stored draft saved later than this one stays (errors::NewerDraftStored)
    OnlyTheContinued, // a stored draft other than the one this continues stays (errors::OtherDraftStored)
    Any,              // the declarant chose this one over the stored one
};

// Her draft as the store holds it: the sealed bytes and when she saved it, as she signed it.
struct StoredDraft
{
    QByteArray sealed;
    QDateTime savedAt;
};

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
    // "store.wrong-signer", or the envelope's own error) and the stored draft is left as it was. Which of
    // two drafts is newer is the time each was signed at (its envelope's signing time, sealed and signed
    // with it: no column or file edited by hand moves it): unless `replacement` is Any, a stored draft
    // signed later than `sealed` stays, and Invalid (errors::NewerDraftStored) says so. Except the one
    // `sealed` continues (`continuing`: the stored draft's bytes, as the client last stored or read them),
    // still there as it was: what she typed since is newer whatever the clocks of the computers that
    // signed either. With OnlyTheContinued, a stored draft other than `continuing` stays whatever the times
    // (errors::OtherDraftStored): saved meanwhile on another computer, after the one this continues. A
    // stored draft that does not open for her as hers has no time to compare, and is replaced.
    Status saveSealed(const crypto::Identity& declarant, QByteArrayView sealed,
                      DraftReplacement replacement = DraftReplacement::OnlyAnOlderOne,
                      QByteArrayView continuing = {}) const;
    // When `sealed` was saved, as its declarant signed it, once it opens for her and is signed by her
    // directory certificate (the refusals of saveSealed otherwise).
    Result<QDateTime> savedAt(const crypto::Identity& declarant, QByteArrayView sealed) const;
    // Her stored draft, sealed, and when she saved it: NotFound when she has none; the refusals of open()
    // when it is not hers.
    Result<StoredDraft> stored(const crypto::Identity& declarant) const;
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
    // The declarant's stored draft as stored, opened and checked as hers (a draft signed by someone else
    // stays, for her to discard).
    struct OwnDraft;
    Result<OwnDraft> openOwn(const crypto::Identity& declarant) const;
    // Replaces the declarant's draft by `sealed`, signed at `savedAt`, in one transaction with the
    // comparison `replacement` asks for.
    Status replace(const crypto::Identity& declarant, const Person& person, QByteArrayView sealed,
                   const QDateTime& savedAt, DraftReplacement replacement, QByteArrayView continuing) const;

    const Connection& m_connection;
    const DirectoryView& m_directory;
};

} // namespace probitas::store
