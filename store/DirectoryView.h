#pragma once

#include "StoreTypes.h"
#include "VerifiedMemory.h"

#include <QHash>
#include <QSet>
#include <functional>
#include <map>
#include <memory>
#include <mutex>
#include <optional>
#include <set>

namespace probitas::store {

// The directory as the store reads it: the administrators' statements replayed from the audit trail
// (Directory.h), and the people table, each row of which is used only once those statements back it. A row
// that no valid statement backs is refused wherever it is read (Integrity, exit 4, naming it). Read-only:
// every change is DirectoryAdministration's or Postings'.
class DirectoryView
{
    Q_DECLARE_TR_FUNCTIONS(store)

public:
    explicit DirectoryView(const Connection& connection);
    ~DirectoryView();
    DirectoryView(const DirectoryView&) = delete;
    DirectoryView& operator=(const DirectoryView&) = delete;

    // The statements replayed, brought up to date with the store (a rolled-back transaction or a row changed
    // since the last replay makes it start again).
    Result<const Directory*> replayed() const;
    // Forgets the replay, so that the next read verifies the trail as it stands (purge decides on it).
    void forgetReplay() const;

    // Whether the directory is signed (false for a store made by an earlier Probitas, until adopted).
    Result<bool> isAdopted() const;
    // The store's id (fixed by its anchor statement) and its trust anchors, verified.
    Result<QString> storeId() const;
    Result<QList<crypto::Certificate>> trustAnchors() const;
    // The store's regime (Directory::regime): what filings are routed by and the statistics count under.
    Result<StoreRegime> regime() const;
    // Every statement verified (the administrators' signatures, their chain to the anchors) and every row of
    // the people table backed: the first problem.
    Status verify() const;

    // Rows as they are, unverified: for the administrator's listing, which must show the bad ones too.
    Result<QList<Person>> peopleAsStored() const;
    Result<Person> personById(const QString& id) const;
    Result<Person> personByName(const QString& name) const;
    Result<Person> personByAuthority(const QString& authorityId) const;
    // The directory entry of an identity, by certificate fingerprint: AccessDenied when absent.
    Result<Person> personFor(const crypto::Certificate& certificate) const;
    Result<QList<Person>> people() const;
    // The people whose facts, as the administrators' verified statements state them, `keep` accepts, each
    // row read and checked against them (a compliance dashboard's magistrates: the 500 a cour d'appel
    // follows, not the 9,000 of the directory). `keep` is called on several threads at once. Every statement
    // is verified first, and the choice is made on the statements, never on the rows: a row edited or deleted
    // by hand cannot take anyone out of the listing; it is refused (Integrity, naming the person) as people()
    // refuses it.
    Result<QList<Person>> peopleWhere(const std::function<bool(const DirectoryFacts&)>& keep) const;
    // Those whose official posting routes a declaration to `authorityId` (routesTo, Compliance.h) under the
    // store's regime: the magistrates a compliance dashboard follows. The declared change only adds a
    // declaration for the same recipients, so the posting alone decides. Each decision is remembered by this
    // computer under exactly the posting stated (VerifiedMemory.h).
    Result<QList<Person>> peopleFollowedBy(const QString& authorityId) const;
    // Who acts: the directory entry of an identity, not removed (AccessDenied otherwise).
    Result<Actor> actorFor(const crypto::Identity& identity) const;
    // The certificate a person held at an audit entry, as the statements say.
    Result<crypto::Certificate> certificateAt(const QString& personId, qint64 sequence) const;

    // Where this client remembers the verifications it made (VerifiedMemory.h): the file of this store beside
    // the known heads, once Store::open knows the store's id. Until then, and without it, a memory of the
    // session.
    void rememberVerifiedIn(std::shared_ptr<VerifiedMemory> memory) const;
    const VerifiedMemory& verifiedMemory() const { return *m_memory; }

    // Whether `former` is an identity whose certificate the statements say this person held before the one
    // in force (what a renewal replaced): the only former identity a re-sealing after a renewal accepts.
    // AccessDenied otherwise: a key of someone else cannot pass what is sealed to it to this person.
    Status checkFormerIdentity(const Person& person, const crypto::Identity& former) const;

    // A row checked against the statements: the person, or an Integrity error naming what differs.
    Result<Person> backed(Result<Person> row) const;
    Result<Person> backedBy(const Directory& directory, const Person& row) const;

    // The substantial change (art. 7-2 III, 7-3 III) each magistrate last declared, by person id, as their
    // newest "file" entry states it ("changed-on"), once that entry is verified: its hash, and its signature
    // by the certificate its actor held then (Integrity, naming the entry, otherwise). Only someone holding
    // the magistrate's key can make it say another date. `personId`: that person's only.
    Result<std::map<QString, QDate>> declaredChanges(const QString& personId = {}) const;
    // The same, set on each person (Person::declaredChangeOn): what the compliance dashboard, the statistics
    // and "My obligations" compute on.
    // Their own filings are read and verified, not everyone's.
    Result<QList<Person>> withDeclaredChanges(QList<Person> people) const;
    Result<Person> withDeclaredChange(Person person) const;

    // What a store made by an earlier Probitas kept as each person's situation, the one they last declared
    // (by person id): adopting it signs it as their official posting, so the prompt lists it.
    Result<std::map<QString, Profile>> declaredPostings() const;

private:
    crypto::Certificate storedCertificate(const QString& fingerprint) const;

    // Those of `personIds`, or everyone's. Each newest entry is also checked against the declarations
    // table: a declaration of theirs filed after it means an entry was removed or moved to another actor.
    Result<std::map<QString, QDate>> declaredChangesOf(const std::optional<QStringList>& personIds) const;
    // peopleWhere's work, the choice made by `choose` on everyone's verified facts at once (a flag each).
    Result<QList<Person>> peopleChosen(
        const std::function<std::vector<char>(const std::vector<const DirectoryFacts*>&)>& choose) const;
    // The courts (type id, official seat) at which no posting routes a declaration to `authorityId`.
    QSet<std::pair<QString, QString>> courtsNotRoutingTo(const QString& authorityId,
                                                         const QString& regime) const;
    // Whether the obligation rules route a declaration of this posting (as a statement states it) to
    // `authorityId`; thread-safe.
    bool postingRoutesTo(const QJsonObject& posting, const QString& authorityId, const QString& regime) const;
    // Writes what was verified to the memory's file; a failure only costs verifying again, so it is logged.
    void saveVerified() const;

    const Connection& m_connection;
    mutable std::unique_ptr<Directory> m_replayed;
    mutable std::shared_ptr<VerifiedMemory> m_memory;
    // peopleFollowedBy's decisions in this session: (regime, authority) -> person -> (the statement they rest
    // on, routed). A std::map: each table stays where it is while another is added.
    mutable std::map<std::pair<QString, QString>, QHash<QString, std::pair<qint64, bool>>> m_routes;
    // courtsNotRoutingTo's answers in this session, by regime and authority.
    mutable std::map<std::pair<QString, QString>, QSet<std::pair<QString, QString>>> m_notRouting;
};

} // namespace probitas::store
