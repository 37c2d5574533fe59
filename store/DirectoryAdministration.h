#pragma once

#include "AuditTrail.h"
#include "DirectoryView.h"
#include "StoreTypes.h"

namespace probitas::store {

// Every change to the directory, each a statement signed by an administrator in the audit trail and chained
// to the previous one (Directory.h): the store's anchor, a person added, a certificate renewed, a person
// removed, an older store's directory adopted. The official postings are Postings'.
class DirectoryAdministration
{
    Q_DECLARE_TR_FUNCTIONS(store)

public:
    DirectoryAdministration(const Connection& connection, const DirectoryView& directory,
                            const AuditTrail& audit);
    DirectoryAdministration(const DirectoryAdministration&) = delete;
    DirectoryAdministration& operator=(const DirectoryAdministration&) = delete;

    // Names are unique; an authority id is held by one person at a time.

    // A new store's first statement: its id, the organisation's trust anchors (its CA certificates), its
    // first administrator, who signs it with their own identity, which the anchors must have issued, and the
    // store's regime (an ObligationRules regime id; empty: the rules' default, lo-2016, stated as such).
    Result<Person> initialise(const crypto::Identity& administrator, const QString& name,
                              const QList<crypto::Certificate>& anchors, const QString& regime = {});
    // Changes the store's regime: an anchor statement signed by an administrator, naming the regime it
    // replaces (Directory.h). Unusable for a regime this Probitas does not know, WrongState for the regime
    // already in force, AccessDenied for anyone but an administrator.
    Result<StoreRegime> setRegime(const crypto::Identity& admin, const QString& regime);
    // Adds a person ("directory-add", signed by `addedBy`, an administrator). The certificate must be issued
    // by the store's trust anchors, valid now, and allowed to sign. On a new store the first person is its
    // administrator adding themselves: initialise() with the CA certificates of their identity.
    // On a server store the person also gets their own login, named `login` (server::defaultLogin of the
    // name when empty); elsewhere `login` is not used.
    Result<Person> addPerson(const crypto::Identity& addedBy, const QString& name, Role role,
                             const QString& authorityId, const crypto::Certificate& certificate,
                             const std::optional<Profile>& profile = {}, const QString& login = {});
    // A new certificate for someone ("directory-renew"); their older signatures stay verifiable with the
    // certificates they held then.
    Result<Person> renewCertificate(const crypto::Identity& admin, const QString& name,
                                    const crypto::Certificate& certificate);
    // Removes someone ("directory-remove"): they can no longer act, nothing more is sealed for them, and
    // the authority id they held is free for a successor. What they signed stays verifiable.
    Result<Person> removePerson(const crypto::Identity& admin, const QString& name);
    // A store made before the directory was signed: the administrator (in the people table as one) vouches
    // for the directory as it stands, once: the anchor statement, then one "directory-add" per person.
    // Returns the people vouched for. WrongState when the store already has its anchor statement.
    Result<QList<Person>> adoptDirectory(const crypto::Identity& admin,
                                         const QList<crypto::Certificate>& anchors);

    // ---- what every statement is made with (Postings' too)
    // The administrator acting, once the policy lets them take `action` (decideStore).
    Result<Actor> administrator(const crypto::Identity& identity, StoreAction action) const;
    // Where a change to someone in the directory starts, inside the caller's transaction: the administrator
    // acting, and the person, who must not have been removed.
    struct Change
    {
        Actor administrator;
        Person person;
    };
    Result<Change> change(const crypto::Identity& admin, const QString& name, StoreAction action) const;
    // Appends a directory statement inside the caller's transaction, linked to the previous one.
    Status appendStatement(const Actor& actor, const crypto::Identity& identity, const QString& action,
                           QJsonObject details) const;

private:
    // The trust anchors stored for an anchor statement: their fingerprints, as it names them.
    Result<QJsonArray> storeAnchors(const QList<crypto::Certificate>& anchors);
    // The regime an anchor statement states: `regime`, or the default; Unusable when unknown.
    static Result<QString> knownRegime(const QString& regime);
    // The check every new certificate passes.
    Status checkNewCertificate(const crypto::Certificate& certificate,
                               const QList<crypto::Certificate>& anchors, const QString& name) const;

    const Connection& m_connection;
    const DirectoryView& m_directory;
    const AuditTrail& m_audit;
};

} // namespace probitas::store
