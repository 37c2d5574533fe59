#include "Drafts.h"

#include "CryptoErrors.h"
#include "Envelope.h"
#include "StoreSql.h"

namespace probitas::store {

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
    return replace(person->id, *sealed);
}

Result<QByteArray> Drafts::seal(const crypto::Identity& declarant, QByteArrayView canonicalBytes)
{
    return crypto::Envelope::seal(canonicalBytes, declarant, {declarant.certificate()});
}

Status Drafts::saveSealed(const crypto::Identity& declarant, QByteArrayView sealed) const
{
    auto person = m_directory.personFor(declarant.certificate());
    if (!person) {
        return person.error();
    }
    // Sealed on this computer, perhaps long ago, and kept on its disk: only what opens for her and is signed
    // with her directory certificate becomes her draft.
    auto opened = crypto::Envelope::open(sealed, declarant);
    if (!opened) {
        return opened.error();
    }
    if (opened->signer.sha256Fingerprint() != person->certificate.sha256Fingerprint()) {
        return Error{ErrorKind::Integrity,
                     tr("the draft to store is not signed by you: someone else sealed it"),
                     QStringLiteral("store.wrong-signer")};
    }
    return replace(person->id, sealed);
}

Status Drafts::replace(const QString& declarantId, QByteArrayView sealed) const
{
    Transaction transaction(m_connection);
    if (Status begun = transaction.begin(); !begun) {
        return begun;
    }
    if (Status discarded = discardOf(declarantId); !discarded) {
        return discarded;
    }
    if (auto inserted = m_connection.exec(
            QStringLiteral("INSERT INTO drafts (declarant_id, sealed, saved_at) VALUES (?, ?, ?)"),
            {declarantId, sealed.toByteArray(), sql::nowText()});
        !inserted) {
        return inserted.error();
    }
    return transaction.commit();
}

Result<crypto::SecureBytes> Drafts::open(const crypto::Identity& declarant) const
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
    auto opened = crypto::Envelope::open(rows->front().at(0).toByteArray(), declarant);
    if (!opened) {
        return opened.error();
    }
    // Whoever can write the store can put there a draft sealed to the declarant: only one she signed herself
    // is hers to resume. The row stays, for her to discard.
    if (opened->signer.sha256Fingerprint() != person->certificate.sha256Fingerprint()) {
        qCInfo(lcStore) << "the draft of" << person->id << "is signed by someone else";
        return Error{ErrorKind::Integrity,
                     tr("the stored draft is not signed by you: someone else put it in the store"),
                     QStringLiteral("store.wrong-signer")};
    }
    return std::move(opened->content);
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
    auto opened = crypto::Envelope::open(rows->front().at(0).toByteArray(), former);
    if (!opened) {
        if (opened.error().code == crypto::errors::NotRecipient) {
            return false; // sealed to the current certificate already
        }
        return opened.error();
    }
    // Only a draft she signed herself with that key is hers to carry over (as open() requires).
    if (opened->signer.sha256Fingerprint() != former.certificate().sha256Fingerprint()) {
        return Error{ErrorKind::Integrity,
                     tr("the stored draft is not signed by you: someone else put it in the store"),
                     QStringLiteral("store.wrong-signer")};
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
