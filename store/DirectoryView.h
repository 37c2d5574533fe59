#pragma once

#include "StoreTypes.h"

#include <map>
#include <mutex>

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
    // Who acts: the directory entry of an identity, not removed (AccessDenied otherwise).
    Result<Actor> actorFor(const crypto::Identity& identity) const;
    // The certificate a person held at an audit entry, as the statements say.
    Result<crypto::Certificate> certificateAt(const QString& personId, qint64 sequence) const;

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
    Result<QList<Person>> withDeclaredChanges(QList<Person> people) const;
    Result<Person> withDeclaredChange(Person person) const;

    // What a store made by an earlier Probitas kept as each person's situation, the one they last declared
    // (by person id): adopting it signs it as their official posting, so the prompt lists it.
    Result<std::map<QString, Profile>> declaredPostings() const;

private:
    crypto::Certificate storedCertificate(const QString& fingerprint) const;

    // Newest filing entries verified by declaredChanges (sequence -> SHA-256 of the canonical bytes, hash,
    // signature and certificate verified), so that a dashboard's refresh does not verify 9,000 signatures
    // again.
    bool isVerifiedFiling(qint64 sequence, const QByteArray& verifiedAs) const;
    void rememberVerifiedFiling(qint64 sequence, const QByteArray& verifiedAs) const;

    const Connection& m_connection;
    mutable std::unique_ptr<Directory> m_replayed;
    mutable std::mutex m_verifiedFilingsMutex;
    mutable std::map<qint64, QByteArray> m_verifiedFilings;
};

} // namespace probitas::store
