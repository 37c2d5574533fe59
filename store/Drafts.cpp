#include "Drafts.h"

#include "CryptoErrors.h"
#include "Envelope.h"
#include "StoreSql.h"

namespace probitas::store {

namespace {
// A draft sealed to `reader`, once it opens and is signed by `signer`: whoever can write the store (or the
// disk a waiting draft is kept on) can seal something to her, only what she signed herself is her draft.
Result<crypto::OpenedEnvelope> openSignedBy(QByteArrayView sealed, const crypto::Identity& reader,
                                            const crypto::Certificate& signer, const QString& refusal)
{
    auto opened = crypto::Envelope::open(sealed, reader);
    if (!opened) {
        return opened.error();
    }
    if (opened->signer.sha256Fingerprint() != signer.sha256Fingerprint()) {
        return Error{ErrorKind::Integrity, refusal, QStringLiteral("store.wrong-signer")};
    }
    return opened;
}
} // namespace

Status Drafts::save(const crypto::Identity& declarant, QByteArrayView canonicalBytes) const
{
    auto person = m_directory.personFor(declarant.certificate());
    if (!person) {
        return person.error();
    }
    auto sealed = seal(declarant, canonicalBytes);
    if (!sealed) {
        return sealed.error();
    }
    // Sealed just now: whatever is stored, this is her latest word.
    return replace(declarant, *person, *sealed, QDateTime(), DraftReplacement::Any, {});
}

Result<QByteArray> Drafts::seal(const crypto::Identity& declarant, QByteArrayView canonicalBytes)
{
    return crypto::Envelope::seal(canonicalBytes, declarant, {declarant.certificate()});
}

Status Drafts::saveSealed(const crypto::Identity& declarant, QByteArrayView sealed,
                          DraftReplacement replacement, QByteArrayView continuing) const
{
    auto person = m_directory.personFor(declarant.certificate());
    if (!person) {
        return person.error();
    }
    // Sealed on this computer, perhaps long ago, and kept on its disk: only what opens for her and is signed
    // with her directory certificate becomes her draft.
    auto opened = openSignedBy(sealed, declarant, person->certificate,
                               tr("the draft to store is not signed by you: someone else sealed it"));
    if (!opened) {
        return opened.error();
    }
    return replace(declarant, *person, sealed, opened->signingTime, replacement, continuing);
}

Result<QDateTime> Drafts::savedAt(const crypto::Identity& declarant, QByteArrayView sealed) const
{
    auto person = m_directory.personFor(declarant.certificate());
    if (!person) {
        return person.error();
    }
    auto opened = openSignedBy(sealed, declarant, person->certificate,
                               tr("the draft is not signed by you: someone else sealed it"));
    if (!opened) {
        return opened.error();
    }
    return opened->signingTime;
}

struct Drafts::OwnDraft
{
    QByteArray sealed;
    crypto::OpenedEnvelope opened;
};

Result<Drafts::OwnDraft> Drafts::openOwn(const crypto::Identity& declarant) const
{
    auto person = m_directory.personFor(declarant.certificate());
    if (!person) {
        return person.error();
    }
    auto rows = sql::fetch(m_connection, QStringLiteral("SELECT sealed FROM drafts WHERE declarant_id = ?"),
                           {person->id});
    if (!rows) {
        return rows.error();
    }
    if (rows->empty()) {
        return Error{ErrorKind::Unusable, tr("no draft"), QString(errors::NotFound)};
    }
    QByteArray sealed = rows->front().at(0).toByteArray();
    auto opened = openSignedBy(sealed, declarant, person->certificate,
                               tr("the stored draft is not signed by you: someone else put it in the store"));
    if (!opened) {
        return opened.error();
    }
    return OwnDraft{std::move(sealed), std::move(opened).value()};
}

Result<StoredDraft> Drafts::stored(const crypto::Identity& declarant) const
{
    auto own = openOwn(declarant);
    if (!own) {
        return own.error();
    }
    return StoredDraft{own->sealed, own->opened.signingTime};
}

Status Drafts::replace(const crypto::Identity& declarant, const Person& person, QByteArrayView sealed,
                       const QDateTime& savedAt, DraftReplacement replacement,
                       QByteArrayView continuing) const
{
    Transaction transaction(m_connection);
    if (Status begun = transaction.begin(); !begun) {
        return begun;
    }
    if (replacement == DraftReplacement::OnlyTheContinued) {
        // Under the transaction's writer lock too.
        auto rows = sql::fetch(
            m_connection, QStringLiteral("SELECT sealed FROM drafts WHERE declarant_id = ?"), {person.id});
        if (!rows) {
            return rows.error();
        }
        const QByteArray current = rows->empty() ? QByteArray() : rows->front().at(0).toByteArray();
        if (!current.isEmpty() && current != continuing && current != sealed) {
            // One that is not hers is replaced, as before.
            if (auto opened = openSignedBy(current, declarant, person.certificate, QString())) {
                return Error{
                    ErrorKind::Invalid,
                    tr("the store holds another draft (saved %1) than the one this draft (saved %2) "
                       "continues: it is left as it is")
                        .arg(opened->signingTime.toString(Qt::ISODate), savedAt.toString(Qt::ISODate)),
                    QString(errors::OtherDraftStored)};
            }
        }
    }
    if (replacement == DraftReplacement::OnlyAnOlderOne) {
        // Compared under the transaction's writer lock: no other client's draft slips in between. The times
        // are the signed ones; the saved_at column is the store's own note, which whoever writes the store
        // could move.
        auto rows = sql::fetch(
            m_connection, QStringLiteral("SELECT sealed FROM drafts WHERE declarant_id = ?"), {person.id});
        if (!rows) {
            return rows.error();
        }
        if (!rows->empty() && (continuing.isEmpty() || rows->front().at(0).toByteArray() != continuing)) {
            const QByteArray current = rows->front().at(0).toByteArray();
            auto opened = openSignedBy(current, declarant, person.certificate, QString());
            // One that is not hers has no time to go by: it is replaced, as before.
            if (opened && current != sealed && opened->signingTime > savedAt) {
                return Error{
                    ErrorKind::Invalid,
                    tr("the store holds a newer draft (saved %1) than this one (saved %2): it is "
                       "left as it is")
                        .arg(opened->signingTime.toString(Qt::ISODate), savedAt.toString(Qt::ISODate)),
                    QString(errors::NewerDraftStored)};
            }
        }
    }
    if (Status discarded = discardOf(person.id); !discarded) {
        return discarded;
    }
    auto at = sql::writeTime(m_connection);
    if (!at) {
        return at.error();
    }
    if (auto inserted = m_connection.exec(
            QStringLiteral("INSERT INTO drafts (declarant_id, sealed, saved_at) VALUES (?, ?, ?)"),
            {person.id, sealed.toByteArray(), sql::timestamp(*at)});
        !inserted) {
        return inserted.error();
    }
    return transaction.commit();
}

Result<crypto::SecureBytes> Drafts::open(const crypto::Identity& declarant) const
{
    auto own = openOwn(declarant);
    if (!own) {
        return own.error();
    }
    return std::move(own.value().opened.content);
}

Result<bool> Drafts::resealFormer(const crypto::Identity& former, const crypto::Identity& current) const
{
    auto person = m_directory.personFor(current.certificate());
    if (!person) {
        return person.error();
    }
    if (Status formerHeld = m_directory.checkFormerIdentity(*person, former); !formerHeld) {
        return formerHeld.error();
    }
    auto rows = sql::fetch(m_connection, QStringLiteral("SELECT sealed FROM drafts WHERE declarant_id = ?"),
                           {person->id});
    if (!rows) {
        return rows.error();
    }
    if (rows->empty()) {
        return false;
    }
    // Only a draft she signed herself with that key is hers to carry over (as open() requires).
    auto opened = openSignedBy(rows->front().at(0).toByteArray(), former, former.certificate(),
                               tr("the stored draft is not signed by you: someone else put it in the store"));
    if (!opened) {
        if (opened.error().code == crypto::errors::NotRecipient) {
            return false; // sealed to the current certificate already
        }
        return opened.error();
    }
    if (Status saved = save(current, opened->content.view()); !saved) {
        return saved.error();
    }
    return true;
}

Status Drafts::discard(const crypto::Identity& declarant) const
{
    auto person = m_directory.personFor(declarant.certificate());
    if (!person) {
        return person.error();
    }
    return discardOf(person->id);
}

Status Drafts::discardOf(const QString& declarantId) const
{
    if (auto deleted =
            m_connection.exec(QStringLiteral("DELETE FROM drafts WHERE declarant_id = ?"), {declarantId});
        !deleted) {
        return deleted.error();
    }
    return success();
}

} // namespace probitas::store
