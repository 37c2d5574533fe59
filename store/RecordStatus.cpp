#include "RecordStatus.h"

#include <QCoreApplication>

namespace probitas::store {

namespace {

// The id whose enum value `toId` gives, among `values`.
template <typename Enum, size_t N>
std::optional<Enum> fromId(const QString& id, const Enum (&values)[N], QString (*toId)(Enum))
{
    for (Enum value : values) {
        if (toId(value) == id) {
            return value;
        }
    }
    return std::nullopt;
}

// The store's messages share the context "store" (Store.h).
struct StoreText
{
    Q_DECLARE_TR_FUNCTIONS(store)
};

Error unknown(const QString& message)
{
    return Error{ErrorKind::Integrity, message, QString(errors::UnknownStatus)};
}

const DeclarationStatus kDeclarationStatuses[] = {DeclarationStatus::Filed, DeclarationStatus::ReceiptHeld,
                                                  DeclarationStatus::Superseded,
                                                  DeclarationStatus::Destroyed};
const EntretienStatus kEntretienStatuses[] = {EntretienStatus::Scheduled, EntretienStatus::Held,
                                              EntretienStatus::Acknowledged, EntretienStatus::Destroyed};
const InvitationState kInvitationStates[] = {InvitationState::None, InvitationState::Open,
                                             InvitationState::Answered};
const AvisStatus kAvisStatuses[] = {AvisStatus::Requested, AvisStatus::Answered, AvisStatus::Destroyed};
const ControlStatus kControlStatuses[] = {ControlStatus::Open, ControlStatus::Concluded,
                                          ControlStatus::Destroyed};

} // namespace

QString declarationStatusId(DeclarationStatus status)
{
    switch (status) {
    case DeclarationStatus::Filed:
        return QStringLiteral("filed");
    case DeclarationStatus::ReceiptHeld:
        return QStringLiteral("receipt-held");
    case DeclarationStatus::Superseded:
        return QStringLiteral("superseded");
    case DeclarationStatus::Destroyed:
        return QStringLiteral("destroyed");
    }
    return {};
}

std::optional<DeclarationStatus> declarationStatusFromId(const QString& id)
{
    return fromId(id, kDeclarationStatuses, &declarationStatusId);
}

Result<DeclarationStatus> parseDeclarationStatus(const QString& stored, const QString& declarationId)
{
    if (auto status = declarationStatusFromId(stored)) {
        return *status;
    }
    return unknown(StoreText::tr("declaration %1 has an unknown status in the store: \"%2\"")
                       .arg(declarationId, stored));
}

bool isFinal(DeclarationStatus status)
{
    return status == DeclarationStatus::Superseded || status == DeclarationStatus::Destroyed;
}

QString entretienStatusId(EntretienStatus status)
{
    switch (status) {
    case EntretienStatus::Scheduled:
        return QStringLiteral("scheduled");
    case EntretienStatus::Held:
        return QStringLiteral("held");
    case EntretienStatus::Acknowledged:
        return QStringLiteral("acknowledged");
    case EntretienStatus::Destroyed:
        return QStringLiteral("destroyed");
    }
    return {};
}

std::optional<EntretienStatus> entretienStatusFromId(const QString& id)
{
    return fromId(id, kEntretienStatuses, &entretienStatusId);
}

Result<EntretienStatus> parseEntretienStatus(const QString& stored, const QString& entretienId)
{
    if (auto status = entretienStatusFromId(stored)) {
        return *status;
    }
    return unknown(
        StoreText::tr("entretien %1 has an unknown status in the store: \"%2\"").arg(entretienId, stored));
}

QString invitationStateId(InvitationState state)
{
    switch (state) {
    case InvitationState::None:
        return {};
    case InvitationState::Open:
        return QStringLiteral("open");
    case InvitationState::Answered:
        return QStringLiteral("answered");
    }
    return {};
}

std::optional<InvitationState> invitationStateFromId(const QString& id)
{
    if (id.isEmpty()) { // NULL reads as a null QString, '' as an empty one: both mean none
        return InvitationState::None;
    }
    return fromId(id, kInvitationStates, &invitationStateId);
}

Result<InvitationState> parseInvitationState(const QString& stored, const QString& entretienId)
{
    if (auto state = invitationStateFromId(stored)) {
        return *state;
    }
    return unknown(StoreText::tr("entretien %1 has an unknown invitation state in the store: \"%2\"")
                       .arg(entretienId, stored));
}

QString avisStatusId(AvisStatus status)
{
    switch (status) {
    case AvisStatus::Requested:
        return QStringLiteral("requested");
    case AvisStatus::Answered:
        return QStringLiteral("answered");
    case AvisStatus::Destroyed:
        return QStringLiteral("destroyed");
    }
    return {};
}

std::optional<AvisStatus> avisStatusFromId(const QString& id)
{
    return fromId(id, kAvisStatuses, &avisStatusId);
}

Result<AvisStatus> parseAvisStatus(const QString& stored, const QString& requestId)
{
    if (auto status = avisStatusFromId(stored)) {
        return *status;
    }
    return unknown(
        StoreText::tr("avis request %1 has an unknown status in the store: \"%2\"").arg(requestId, stored));
}

QString controlStatusId(ControlStatus status)
{
    switch (status) {
    case ControlStatus::Open:
        return QStringLiteral("open");
    case ControlStatus::Concluded:
        return QStringLiteral("concluded");
    case ControlStatus::Destroyed:
        return QStringLiteral("destroyed");
    }
    return {};
}

std::optional<ControlStatus> controlStatusFromId(const QString& id)
{
    return fromId(id, kControlStatuses, &controlStatusId);
}

Result<ControlStatus> parseControlStatus(const QString& stored, const QString& controlId)
{
    if (auto status = controlStatusFromId(stored)) {
        return *status;
    }
    return unknown(
        StoreText::tr("control %1 has an unknown status in the store: \"%2\"").arg(controlId, stored));
}

} // namespace probitas::store
