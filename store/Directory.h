#pragma once

#include "AccessPolicy.h"
#include "AuditChain.h"
#include "Certificate.h"
#include "Result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <functional>
#include <map>
#include <optional>
#include <utility>
#include <vector>

namespace probitas::store {

class VerifiedMemory;

// Stable reasons (Error::code) of the directory's refusals.
namespace errors {
// A directory row, or an actor, that no valid administrator's statement backs (exit 4).
inline constexpr QLatin1StringView DirectoryUnbacked("store.directory-unbacked");
// A store made before the directory was signed: an administrator adopts it once (`people adopt`).
inline constexpr QLatin1StringView DirectoryNotAdopted("store.directory-not-adopted");
} // namespace errors

// The directory statements: audit entries signed by an administrator, each naming the previous statement's
// hash ("previous_statement"), so that none can be dropped or reordered without it showing. The first one
// of a store, `directory-anchor`, fixes the store's id, its trust anchors (the organisation's CA), its
// first administrator, who signs it, and the store's regime ("regime": the reading of the law its filings
// are routed by, ObligationRules). A later `directory-anchor`, signed by an administrator then, restates the
// store's id and changes what the store as a whole is: anchors added, or the regime changed (details
// {"store", "anchors": [], "regime", "from"}: the regime it replaces). It is the anchor statement again, not
// an action of its own, so that everyone who replays the directory reads it (on a server store, every
// login reads the anchor statements).
namespace statements {
inline const QString Anchor = QStringLiteral("directory-anchor");
inline const QString Add = QStringLiteral("directory-add");
inline const QString Renew = QStringLiteral("directory-renew");
inline const QString Remove = QStringLiteral("directory-remove");
// A magistrate's official posting (status, formation, court, rank, installed_on, ceased_on), which alone
// decides the recipients of their declarations, their deadlines and their retention. A `directory-add` may
// state the first one; details {"person", "posting", "request" (the request it grants, if any)}.
inline const QString Posting = QStringLiteral("directory-posting");
bool isStatement(const QString& action);
QStringList all();
} // namespace statements

// What the administrators' statements say of one person.
struct DirectoryFacts
{
    QString personId;
    QString name;
    Role role = Role::Declarant;
    QString authorityId;
    QString fingerprint; // lowercase hex SHA-256 of the certificate in force
    bool removed = false;
    QJsonObject posting; // Profile::posting() as JSON; empty while no statement has stated one
    qint64 since = 0;    // the sequence of the statement that made it so
    // Its court as stated (type id, seat), read from it once: the routing looks it up for 9,000 people.
    std::pair<QString, QString> court;
};

// The store's regime as the administrators' statements state it.
struct StoreRegime
{
    QString regime;      // an ObligationRules regime id
    qint64 sequence = 0; // the statement that stated it; 0: none did, the default regime applies
    QString statedBy;    // its signer's person id
    QDateTime at;
};

// The hex SHA-256 of a certificate, as the statements and the store's tables name it.
QString certificateFingerprint(const crypto::Certificate& certificate);

// The directory as the administrators' signed statements make it, replayed from the audit trail. Nothing
// in the people table counts unless a statement here backs it: a swapped certificate, a changed role or
// authority, a row nobody added, a statement signed by someone who was not an administrator when they
// signed it, or a statement edited, removed or reordered is an Integrity error naming it.
//
// Signatures are verified when a person's facts are first needed (and every one by verifyAll): a store of
// 9,000 people costs one ECDSA verification per statement actually relied on, not 9,000 at each start.
class Directory
{
    Q_DECLARE_TR_FUNCTIONS(store)

public:
    // Finds a certificate by its fingerprint (the store's certificates table, the bundle's files); null
    // when unknown. Whatever it returns is checked against the fingerprint asked for.
    using CertificateSource = std::function<crypto::Certificate(const QString& fingerprint)>;

    explicit Directory(CertificateSource certificates);

    // Where sound verdicts are remembered and looked up (VerifiedMemory.h), or none: a statement, or a
    // person's certificate, whose exact bytes were verified before is not verified again. Not owned.
    void setVerifiedMemory(VerifiedMemory* memory) { m_memory = memory; }

    // Replays further statements, in sequence order, after those already replayed (an entry whose action is
    // not a statement is ignored). Structural problems are kept and reported where they matter.
    void append(const std::vector<AuditEntry>& entries);
    qint64 lastSequence() const { return m_lastSequence; }

    // Whether the store has its anchor statement (a store made by an earlier Probitas has not).
    bool isAdopted() const { return m_firstAnchor.has_value(); }
    QString storeId() const { return m_storeId; }
    // The newest statement, "SEQUENCE:HASH": what a client remembers to see a later one hidden.
    std::optional<AuditAnchor> head() const;
    // Whether the statement of that sequence is replayed here with that hash.
    bool hasStatement(const AuditAnchor& statement) const;
    // What the next statement names as "previous_statement".
    QString lastStatementHash() const { return m_lastStatementHash; }

    // The trust anchors the verified anchor statements name.
    Result<QList<crypto::Certificate>> anchors() const;
    // The store's regime: the one its newest anchor statement stating one says, every anchor statement
    // verified; ObligationRules' default (lo-2016) for a store none states one for (a new store, or one whose
    // anchor was signed before stores had a regime). An Integrity error (DirectoryUnbacked) when a statement
    // is not valid, states a regime this Probitas does not know, or changes one that was not in force.
    Result<StoreRegime> regime() const;
    // The facts about a person, every statement they rest on verified: the statement's integrity and link,
    // its signer an administrator then (themselves backed), the signer's certificate issued by the store's
    // anchors and valid when signing, the signature. The person's current certificate must be issued by
    // the anchors too. Integrity errors (DirectoryUnbacked) name what is wrong.
    Result<DirectoryFacts> verified(const QString& personId) const;
    // The facts as replayed, verified or not; nullopt for someone no statement names.
    std::optional<DirectoryFacts> replayed(const QString& personId) const;
    // The certificate a person held at `sequence` as the statements say (their first one for entries older
    // than their first statement, as in a store adopted later); null when none names them. Not verified:
    // verifyAll() does that.
    crypto::Certificate certificateAt(const QString& personId, qint64 sequence) const;
    // Its fingerprint (the SHA-256 of its DER), empty when none: what names it without reading it.
    QString fingerprintAt(const QString& personId, qint64 sequence) const;
    // The certificates a person has held, oldest first: (the sequence of the statement that put each in
    // force, its fingerprint). Not verified, as certificateAt.
    std::vector<std::pair<qint64, QString>> certificatesHeld(const QString& personId) const;
    // Certificates read in bulk (a whole table in one query, where certificateAt asks its source for one
    // at a time: a round trip each, 9,000 for `audit verify` of the whole judiciary), decoded on every core.
    // Each is kept under the fingerprint of its own bytes, as the source's answers are checked; what cannot
    // be read is left to the source.
    void takeCertificates(const std::vector<QByteArray>& ders) const;
    // Every statement verified, and the anchors; the first problem names the statement's sequence.
    Status verifyAll() const;
    // The whole directory at once, for a listing of everyone: whether this computer found every statement
    // and every person's certificate sound before, exactly as they are now (the newest statement's hash,
    // which the replay chained to every statement's content, and every statement's signature: one digest,
    // VerifiedMemory.h). Then verified() needs no verification at all for anyone.
    bool rememberedWhole() const;
    // Remembers it, once everyone's verified() succeeded.
    void rememberWhole() const;
    // The people the statements name, as replayed (for listings and checks), by person id.
    const std::map<QString, DirectoryFacts>& everyone() const { return m_current; }

private:
    struct Statement
    {
        AuditEntry entry;
        QString person;              // whom it is about (for the anchor: the first administrator)
        QString problem;             // found while replaying: nothing else can make it valid
        QString signerFingerprint;   // the certificate the signer held then, per the replay
        std::vector<size_t> backing; // the statements about the signer before this one
        size_t anchorsInForce = 0;   // how many of m_anchorFingerprints were stated before it
    };

    Error unbacked(const QString& message) const;
    QString verifyStatement(size_t index) const; // empty when valid
    // What the memory remembers a statement's signature and signer by, and a certificate issued by the
    // anchors in force (VerifiedMemory.h).
    QByteArray statementDigest(const Statement& statement) const;
    QByteArray issuedDigest(const QString& fingerprint) const;
    // Verifies on every core the signatures and certificates not remembered yet, and remembers the sound.
    void rememberOnEveryCore() const;
    crypto::Certificate certificate(const QString& fingerprint) const;
    QList<crypto::Certificate> anchorsUpTo(size_t count) const;
    void replay(Statement& statement);

    CertificateSource m_certificateSource;
    std::vector<Statement> m_statements;
    std::map<QString, std::vector<size_t>> m_about;
    std::vector<size_t> m_anchorStatements; // the indexes of the anchor statements (one, or a few)
    std::map<QString, DirectoryFacts> m_current;
    // person -> (from sequence, fingerprint), oldest first
    std::map<QString, std::vector<std::pair<qint64, QString>>> m_certificatesHeld;
    std::optional<size_t> m_firstAnchor;
    QString m_storeId;
    QStringList m_anchorFingerprints;
    std::optional<size_t> m_regimeStatement; // the newest anchor statement stating a regime
    QString m_regime;                        // what it states
    QString m_regimeProblem;                 // why that regime cannot be used, found while replaying
    QString m_lastStatementHash;
    QString m_broken; // the first statement changed or out of its chain: nothing is backed any more
    qint64 m_lastSequence = 0;
    mutable std::map<size_t, QString> m_verdicts;
    // The people found backed, as of their newest statement and the anchors then stated.
    struct VerifiedPerson
    {
        qint64 since = 0;
        qsizetype anchors = 0;
    };
    mutable std::map<QString, VerifiedPerson> m_verifiedPeople;
    VerifiedMemory* m_memory = nullptr;
    QByteArray wholeDigest() const;
    mutable size_t m_wholeRemembered = 0; // the statements replayed when the whole was found remembered
    mutable std::map<QString, crypto::Certificate> m_certificates;
};

} // namespace probitas::store
