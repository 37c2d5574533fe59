#pragma once

#include "DirectoryAdministration.h"

namespace probitas::store {

// The official posting, what decides routing, deadlines and retention: the administrator states a
// magistrate's posting ("directory-posting"); the magistrate may ask for a change, a signed request the
// administrator grants or rejects. Postings.cpp.
class Postings
{
    Q_DECLARE_TR_FUNCTIONS(store)

public:
    Postings(const Connection& connection, const DirectoryView& directory, const AuditTrail& audit,
             const DirectoryAdministration& administration);
    Postings(const Postings&) = delete;
    Postings& operator=(const Postings&) = delete;

    // Returns the person as the directory now has them.
    Result<Person> set(const crypto::Identity& admin, const QString& name, const Profile& posting);
    // The magistrate's signed request (`note`: at most 500 characters, kept in clear in the trail). Invalid
    // when it asks for the posting the directory already states. Returns the request.
    Result<PostingRequest> request(const crypto::Identity& magistrate, const Profile& posting,
                                   const QString& note = {});
    // The requests this identity may see (an administrator: everyone's; a magistrate: their own), oldest
    // first; `pendingOnly` keeps those awaiting a decision.
    Result<QList<PostingRequest>> requests(const crypto::Identity& identity, bool pendingOnly = false) const;
    // The administrator grants a pending request once its signature is verified (Integrity otherwise): the
    // posting it asks for becomes the official one. Returns the person as the directory now has them.
    Result<Person> grant(const crypto::Identity& admin, const QString& requestId);
    // The administrator rejects a pending request, saying why (required).
    Result<PostingRequest> reject(const crypto::Identity& admin, const QString& requestId,
                                  const QString& reason);

private:
    // Where granting and rejecting start, inside the caller's transaction: the administrator deciding, and
    // the request, still awaiting a decision (NotFound, WrongState otherwise).
    Result<PendingPostingRequest> pending(const crypto::Identity& admin, const QString& requestId) const;
    // The posting statement inside the caller's transaction: the row and the statement, checked.
    Result<Person> state(const Actor& admin, const crypto::Identity& identity, Person person,
                         const Profile& posting, const QString& requestId);

    const Connection& m_connection;
    const DirectoryView& m_directory;
    const AuditTrail& m_audit;
    const DirectoryAdministration& m_administration;
};

} // namespace probitas::store
