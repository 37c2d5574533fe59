#pragma once

#include "DeclarationTypes.h"

#include <QString>
#include <QStringList>
#include <optional>
#include <set>

namespace probitas::store {

enum class Role { Declarant, Authority, Auditor, Admin };
QString roleId(Role role);
std::optional<Role> roleFromId(const QString& id);

enum class Action {
    List,     // see the declaration's clear metadata
    Open,     // read its content (also needs an envelope sealed to the actor: the cryptography decides too)
    Forward,  // seal it again for one more authority, with a recorded basis
    AuditLog, // read the audit entries about it
    Purge,    // destroy it when retention allows
    Acknowledge, // sign a receipt for the envelope filed to the actor
};
QString actionId(Action action);

// Steps on the store as a whole rather than on one declaration: who may take them depends on who asks alone.
// The ids of the directory's and the procedures' steps are the audit actions they write.
enum class StoreAction {
    File,                 // file a declaration of one's own
    AddPerson,            // directory-add
    RenewCertificate,     // directory-renew
    RemovePerson,         // directory-remove
    AdoptDirectory,       // vouch once for the directory of a store made before it was signed
    RecordProcedure,      // a procedure against a magistrate, and its legal hold
    CloseProcedure,       // its closing
    ReadWholeTrail,       // every audit entry: the log, the procedures, statistics, the bundle, checkpoints
    ListEveryDeclaration, // every declaration's clear metadata (retention, procedures, compliance)
    StatePosting,         // directory-posting: a magistrate's official posting
    DecidePosting,        // grant or reject a magistrate's request to change it
    SetRegime,            // the store's regime (a directory-anchor statement: Directory.h)
};
QString storeActionId(StoreAction action);

enum class ProcedureKind { Disciplinaire, Penale, EnqueteIgj };
QString procedureKindId(ProcedureKind kind);
std::optional<ProcedureKind> procedureKindFromId(const QString& id);

// The authority ids beyond ObligationRules' that the access rules name.
namespace authorities {
inline const QString College = QStringLiteral("college-de-deontologie");
inline const QString Hatvp = QStringLiteral("hatvp");
inline const QString Csm = QStringLiteral("csm");
inline const QString GardeDesSceaux = QStringLiteral("garde-des-sceaux");
inline const QString Igj = QStringLiteral("inspection-generale-de-la-justice");
} // namespace authorities

// Who asks.
struct Actor
{
    QString personId;
    Role role = Role::Declarant;
    QString authorityId; // for Role::Authority
};

// What the store knows about one declaration, in clear.
struct DeclarationFacts
{
    QString declarantId;
    DeclarationKind kind = DeclarationKind::Interets;
    QStringList filedTo;     // person ids of the authorities the rules named (the original envelope)
    QStringList forwardedTo; // person ids that received a forward
    std::set<ProcedureKind> procedures; // recorded against the declarant, still open
};

struct Decision
{
    bool allowed = false;
    QString reason; // stable id: "own-declaration", "filed-to", "art-7-3-III", ...
    explicit operator bool() const { return allowed; }
};

// The access rules of art. 7-2 and 7-3 as one pure function, tested cell by cell (docs/store.md has the
// table). `forwardTarget` is the authority id a Forward would reach (ignored for other actions).
Decision decide(const Actor& actor, Action action, const DeclarationFacts& facts,
                const QString& forwardTarget = {});

// The store-wide steps: filing for magistrates, the directory and the procedures for administrators, the
// whole trail and every declaration's metadata for the auditor and administrators.
Decision decideStore(const Actor& actor, StoreAction action);

// The entretien déontologique (art. 7-2 I): the authority the DI was filed to holds it, possibly through a
// delegate; the record (fiche navette) is the authority's, the delegate's and the declarant's only.
enum class EntretienAction {
    List,        // see its clear metadata (declaration, authority, scheduled date, status, invitation)
    Open,        // read the convocation and the fiche navette
    Schedule,    // convoke the declarant
    Record,      // record the fiche navette of the entretien held
    Acknowledge, // the declarant's acknowledgement of the fiche
    Invite,      // invite the declarant to modify the declaration ("la déclaration peut être modifiée")
};
QString entretienActionId(EntretienAction action);

struct EntretienFacts
{
    QString declarantId;
    DeclarationKind kind = DeclarationKind::Interets;
    QStringList filedTo; // person ids of the authorities the declaration was filed to
    QString authorityId; // person id of the authority that scheduled it (empty before scheduling)
    QString delegateId;  // person id of the delegate, when the authority delegated
};

Decision decideEntretien(const Actor& actor, EntretienAction action, const EntretienFacts& facts);

// Whether `candidate` may hold the entretien as the authority's delegate (and so read its convocation and
// fiche): a magistrate in the directory, neither the declarant nor the authority (`facts.authorityId`).
Decision delegateAllowed(const Actor& candidate, const EntretienFacts& facts);

// The collège de déontologie's avis (art. 7-2 II; décret 93-21 art. 11-3): requested by the authority the DI
// was filed to, given by the collège, read by both.
enum class AvisAction {
    List,    // see its clear metadata (declaration, requesting authority, dates, status)
    Open,    // read the request and the avis
    Request, // ask the collège for its avis (with a certified copy of the DI)
    Record,  // give the avis
};
QString avisActionId(AvisAction action);

struct AvisFacts
{
    QString declarantId;
    DeclarationKind kind = DeclarationKind::Interets;
    QStringList filedTo; // person ids of the authorities the declaration was filed to
    QString requestedBy; // person id of the requesting authority (empty before the request)
    QString collegeId;   // person id of the collège asked (empty before the request)
};

Decision decideAvis(const Actor& actor, AvisAction action, const AvisFacts& facts);

// The HATVP's control of a DSP (art. 7-3 IV to VI; ord. 58-1067 art. 3-2 IV to VI): the HATVP alone acts as
// controller, on a DSP filed to it; the declarant reads the acts and answers them; the auditor sees that they
// exist (metadata), never what they say; nobody else.
enum class ControlAction {
    List,       // see the control's and its acts' clear metadata (kinds, dates, deadlines, status)
    Open,       // read the acts
    Request,    // ask for explanations (IV, first sentence)
    Injonction, // enjoin to complete the declaration or to answer (IV, second sentence)
    TaxReturns, // ask for the tax returns (V)
    Conclude,   // the appreciation of the variation (VI)
    Answer,     // the declarant's answer to a request or an injonction
};
QString controlActionId(ControlAction action);

struct ControlFacts
{
    QString declarantId;
    DeclarationKind kind = DeclarationKind::Patrimoine;
    QStringList filedTo;  // person ids of the authorities the declaration was filed to
    QString controllerId; // person id of the HATVP that opened the control (empty before its first act)
};

Decision decideControl(const Actor& actor, ControlAction action, const ControlFacts& facts);

// The official posting (Postings::set, request): an administrator states it and decides the
// magistrate's requests; a magistrate asks for a change of their own; the requests are read by the
// administrator, the auditor (they are in the trail) and the magistrate who made them.
enum class PostingAction {
    State,   // state a magistrate's posting
    Request, // ask for a change of one's own posting
    Read,    // read a request
    Decide,  // grant or reject a request
};
QString postingActionId(PostingAction action);

// `subjectId`: the person id of the magistrate whose posting it is.
Decision decidePosting(const Actor& actor, PostingAction action, const QString& subjectId);

// A reminder to a magistrate that declarations owed to an authority are overdue (the compliance dashboard's
// reminder letters, recorded as actions::ReminderLetter): the authority the obligation rules route each of
// them to, for a declaration not filed once its deadline passed; never the magistrate herself, the auditor,
// an administrator, or another authority.
struct ReminderFacts
{
    QString magistrateId;   // person id of the magistrate reminded
    QStringList recipients; // authority ids the rules route the declaration to, under the store's regime;
                            // empty when the magistrate owes no such declaration
    bool overdue = false;   // not filed, and its deadline passed
};

Decision decideReminder(const Actor& actor, const ReminderFacts& facts);

// Whether a forward to `target` may be made at all for this kind of declaration and these procedures,
// whoever asks; the reason names the article.
Decision forwardAllowed(DeclarationKind kind, const QString& target,
                        const std::set<ProcedureKind>& procedures);

} // namespace probitas::store
