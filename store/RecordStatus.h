#pragma once

#include "Result.h"

#include <QLatin1StringView>
#include <QString>
#include <optional>

// What became of a declaration, an entretien, its invitation, an avis request and a HATVP control. The store
// and the JSON keep the ids ("filed", "receipt-held", ...); the program compares these enums. A stored value
// no id matches is an Integrity error naming the row (a store edited by hand, or written by a newer
// Probitas), never a silent default.
namespace probitas::store {

namespace errors {
inline constexpr QLatin1StringView UnknownStatus("store.unknown-status");
} // namespace errors

enum class DeclarationStatus {
    Filed,       // "filed": awaiting its acknowledgement
    ReceiptHeld, // "receipt-held": an authority it was filed to acknowledged it
    Superseded,  // "superseded": a later version replaced it
    Destroyed,   // "destroyed": retention removed its envelopes and receipts; its metadata stays
};
QString declarationStatusId(DeclarationStatus status);
std::optional<DeclarationStatus> declarationStatusFromId(const QString& id);
Result<DeclarationStatus> parseDeclarationStatus(const QString& stored, const QString& declarationId);
// Superseded or destroyed: no entretien, invitation, avis or acknowledgement can be about it any more.
bool isFinal(DeclarationStatus status);

enum class EntretienStatus {
    Scheduled,    // "scheduled": the declarant is convoked
    Held,         // "held": the fiche navette is recorded
    Acknowledged, // "acknowledged": by the declarant
    Destroyed,    // "destroyed": with its declaration
};
QString entretienStatusId(EntretienStatus status);
std::optional<EntretienStatus> entretienStatusFromId(const QString& id);
Result<EntretienStatus> parseEntretienStatus(const QString& stored, const QString& entretienId);

// The authority's invitation to modify the declaration after the entretien.
enum class InvitationState {
    None,     // "" (NULL in the store, null in the JSON): no invitation
    Open,     // "open"
    Answered, // "answered": the declarant filed a version that supersedes it
};
QString invitationStateId(InvitationState state);
std::optional<InvitationState> invitationStateFromId(const QString& id);
Result<InvitationState> parseInvitationState(const QString& stored, const QString& entretienId);

enum class AvisStatus {
    Requested, // "requested": awaiting the collège's avis
    Answered,  // "answered": the avis is given
    Destroyed, // "destroyed": with its declaration
};
QString avisStatusId(AvisStatus status);
std::optional<AvisStatus> avisStatusFromId(const QString& id);
Result<AvisStatus> parseAvisStatus(const QString& stored, const QString& requestId);

// The HATVP's control of a DSP (art. 7-3 IV to VI, ord. 58-1067 art. 3-2 IV to VI; Controls.h).
enum class ControlStatus {
    Open,      // "open": the appreciation of the six months is under way
    Concluded, // "concluded": its outcome is recorded
    Destroyed, // "destroyed": with its declaration
};
QString controlStatusId(ControlStatus status);
std::optional<ControlStatus> controlStatusFromId(const QString& id);
Result<ControlStatus> parseControlStatus(const QString& stored, const QString& controlId);

} // namespace probitas::store
