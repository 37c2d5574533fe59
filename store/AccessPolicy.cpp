#include "AccessPolicy.h"

namespace probitas::store {

QString roleId(Role role)
{
    switch (role) {
    case Role::Declarant:
        return QStringLiteral("declarant");
    case Role::Authority:
        return QStringLiteral("authority");
    case Role::Auditor:
        return QStringLiteral("auditor");
    case Role::Admin:
        return QStringLiteral("admin");
    }
    return {};
}

std::optional<Role> roleFromId(const QString& id)
{
    for (Role role : {Role::Declarant, Role::Authority, Role::Auditor, Role::Admin}) {
        if (roleId(role) == id) {
            return role;
        }
    }
    return std::nullopt;
}

QString actionId(Action action)
{
    switch (action) {
    case Action::List:
        return QStringLiteral("list");
    case Action::Open:
        return QStringLiteral("open");
    case Action::Forward:
        return QStringLiteral("forward");
    case Action::AuditLog:
        return QStringLiteral("audit-log");
    case Action::Purge:
        return QStringLiteral("purge");
    case Action::Acknowledge:
        return QStringLiteral("acknowledge");
    }
    return {};
}

QString storeActionId(StoreAction action)
{
    switch (action) {
    case StoreAction::File:
        return QStringLiteral("file");
    case StoreAction::AddPerson:
        return QStringLiteral("directory-add");
    case StoreAction::RenewCertificate:
        return QStringLiteral("directory-renew");
    case StoreAction::RemovePerson:
        return QStringLiteral("directory-remove");
    case StoreAction::AdoptDirectory:
        return QStringLiteral("directory-adopt");
    case StoreAction::RecordProcedure:
        return QStringLiteral("procedure");
    case StoreAction::CloseProcedure:
        return QStringLiteral("procedure-close");
    case StoreAction::ReadWholeTrail:
        return QStringLiteral("read-whole-trail");
    case StoreAction::ListEveryDeclaration:
        return QStringLiteral("list-every-declaration");
    case StoreAction::StatePosting:
        return QStringLiteral("directory-posting");
    case StoreAction::DecidePosting:
        return QStringLiteral("posting-decide");
    case StoreAction::SetRegime:
        return QStringLiteral("directory-regime");
    }
    return {};
}

QString entretienActionId(EntretienAction action)
{
    switch (action) {
    case EntretienAction::List:
        return QStringLiteral("entretien-list");
    case EntretienAction::Open:
        return QStringLiteral("entretien-open");
    case EntretienAction::Schedule:
        return QStringLiteral("entretien-schedule");
    case EntretienAction::Record:
        return QStringLiteral("entretien-record");
    case EntretienAction::Acknowledge:
        return QStringLiteral("entretien-acknowledge");
    case EntretienAction::Invite:
        return QStringLiteral("entretien-invite");
    }
    return {};
}

QString avisActionId(AvisAction action)
{
    switch (action) {
    case AvisAction::List:
        return QStringLiteral("avis-list");
    case AvisAction::Open:
        return QStringLiteral("avis-open");
    case AvisAction::Request:
        return QStringLiteral("avis-request");
    case AvisAction::Record:
        return QStringLiteral("avis-record");
    }
    return {};
}

QString procedureKindId(ProcedureKind kind)
{
    switch (kind) {
    case ProcedureKind::Disciplinaire:
        return QStringLiteral("disciplinaire");
    case ProcedureKind::Penale:
        return QStringLiteral("penale");
    case ProcedureKind::EnqueteIgj:
        return QStringLiteral("enquete-igj");
    }
    return {};
}

std::optional<ProcedureKind> procedureKindFromId(const QString& id)
{
    for (ProcedureKind kind :
         {ProcedureKind::Disciplinaire, ProcedureKind::Penale, ProcedureKind::EnqueteIgj}) {
        if (procedureKindId(kind) == id) {
            return kind;
        }
    }
    return std::nullopt;
}

namespace {

Decision allow(const char* reason)
{
    return {true, QString::fromLatin1(reason)};
}
Decision deny(const char* reason)
{
    return {false, QString::fromLatin1(reason)};
}

// Authorities that read only through a forward made under a recorded procedure (art. 7-2 III): the
// forward alone is not enough once the procedure is closed.
Decision procedureHolds(const Actor& actor, const DeclarationFacts& facts)
{
    if (actor.authorityId == authorities::Csm || actor.authorityId == authorities::GardeDesSceaux) {
        return facts.procedures.count(ProcedureKind::Disciplinaire) ? allow("art-7-2-III-disciplinaire")
                                                                    : deny("no-disciplinary-procedure");
    }
    if (actor.authorityId == authorities::Igj) {
        return facts.procedures.count(ProcedureKind::EnqueteIgj) ? allow("art-7-2-III-enquete")
                                                                 : deny("no-enquete");
    }
    return allow("forwarded-to");
}

// Whether the actor may read the content: the declarant, an authority it was filed to, or an authority it
// was forwarded to (under a procedure that still holds, for the CSM, the garde des sceaux and the IGJ).
Decision mayRead(const Actor& actor, const DeclarationFacts& facts)
{
    // A head of court is also a magistrate who declares: "own" goes by person, whatever the role.
    if (!actor.personId.isEmpty() && actor.personId == facts.declarantId) {
        return allow("own-declaration");
    }
    if (actor.role == Role::Declarant) {
        return deny("not-own-declaration");
    }
    if (actor.role != Role::Authority) {
        return deny("metadata-only");
    }
    if (facts.filedTo.contains(actor.personId)) {
        return allow("filed-to");
    }
    if (facts.forwardedTo.contains(actor.personId)) {
        // Defence in depth: no forward of a DSP can be made, and none would be honoured (art. 7-3 III).
        if (facts.kind == DeclarationKind::Patrimoine) {
            return deny("art-7-3-III");
        }
        return procedureHolds(actor, facts);
    }
    return deny("not-a-recipient");
}

} // namespace

Decision forwardAllowed(DeclarationKind kind, const QString& target,
                        const std::set<ProcedureKind>& procedures)
{
    if (kind == DeclarationKind::Patrimoine) {
        // "La déclaration de situation patrimoniale ... ne peut pas être communiquée aux tiers."
        return deny("art-7-3-III");
    }
    if (target == authorities::College) {
        return allow("art-7-2-II"); // the avis of the collège de déontologie
    }
    if (target == authorities::Csm || target == authorities::GardeDesSceaux) {
        return procedures.count(ProcedureKind::Disciplinaire) ? allow("art-7-2-III-disciplinaire")
                                                              : deny("no-disciplinary-procedure");
    }
    if (target == authorities::Igj) {
        return procedures.count(ProcedureKind::EnqueteIgj) ? allow("art-7-2-III-enquete")
                                                           : deny("no-enquete");
    }
    return deny("no-legal-basis");
}

Decision delegateAllowed(const Actor& candidate, const EntretienFacts& facts)
{
    if (candidate.personId.isEmpty()) {
        return deny("not-in-directory");
    }
    if (candidate.role != Role::Declarant && candidate.role != Role::Authority) {
        return deny("not-a-magistrate");
    }
    if (candidate.personId == facts.declarantId) {
        return deny("the-declarant");
    }
    if (candidate.personId == facts.authorityId) {
        return deny("the-authority");
    }
    return allow("magistrate-delegate");
}

Decision decideEntretien(const Actor& actor, EntretienAction action, const EntretienFacts& facts)
{
    if (actor.personId.isEmpty()) {
        return deny("not-in-directory");
    }
    const bool declarant = actor.personId == facts.declarantId;
    const bool authority = !facts.authorityId.isEmpty() && actor.personId == facts.authorityId;
    const bool delegate = !facts.delegateId.isEmpty() && actor.personId == facts.delegateId;
    // Who is party to it: the declarant, the authority holding it, its delegate.
    const auto party = [&]() -> Decision {
        if (declarant) {
            return allow("own-entretien");
        }
        if (authority) {
            return allow("receiving-authority");
        }
        if (delegate) {
            return allow("delegate");
        }
        return deny(actor.role == Role::Auditor || actor.role == Role::Admin ? "metadata-only"
                                                                             : "not-a-party");
    };
    switch (action) {
    case EntretienAction::List:
        if (actor.role == Role::Auditor || actor.role == Role::Admin) {
            return allow("metadata");
        }
        return party();
    case EntretienAction::Open:
        return party();
    case EntretienAction::Schedule:
        // "La remise de la déclaration d'intérêts donne lieu à un entretien déontologique du magistrat avec
        // l'autorité à laquelle la déclaration a été remise": a DI only, and only that authority.
        if (facts.kind != DeclarationKind::Interets) {
            return deny("no-entretien-for-a-dsp");
        }
        if (actor.role != Role::Authority || !facts.filedTo.contains(actor.personId)) {
            return deny("not-the-receiving-authority");
        }
        return allow("art-7-2-entretien");
    case EntretienAction::Record:
        if (authority) {
            return allow("receiving-authority");
        }
        return delegate ? allow("delegate") : deny("not-the-receiving-authority");
    case EntretienAction::Acknowledge:
        return declarant ? allow("own-entretien") : deny("not-the-declarant");
    case EntretienAction::Invite:
        // The authority's own step: its delegate holds the entretien but does not invite.
        return authority ? allow("art-7-2-modification") : deny("not-the-receiving-authority");
    }
    return deny("unknown-action");
}

Decision decideAvis(const Actor& actor, AvisAction action, const AvisFacts& facts)
{
    if (actor.personId.isEmpty()) {
        return deny("not-in-directory");
    }
    const bool requester = !facts.requestedBy.isEmpty() && actor.personId == facts.requestedBy;
    const bool college = !facts.collegeId.isEmpty() && actor.personId == facts.collegeId &&
                         actor.role == Role::Authority && actor.authorityId == authorities::College;
    switch (action) {
    case AvisAction::List:
        if (actor.role == Role::Auditor || actor.role == Role::Admin) {
            return allow("metadata");
        }
        if (actor.personId == facts.declarantId) {
            return allow("own-declaration"); // that an avis was asked, never what it says
        }
        [[fallthrough]];
    case AvisAction::Open:
        if (requester) {
            return allow("requesting-authority");
        }
        if (college) {
            return allow("art-7-2-II");
        }
        return deny(actor.role == Role::Auditor || actor.role == Role::Admin ? "metadata-only"
                                                                             : "not-a-party");
    case AvisAction::Request:
        // "L'autorité à laquelle la déclaration a été remise peut solliciter l'avis du collège de
        // déontologie": that authority only, for a DI only, and not the collège itself (7-2 I 7°).
        if (actor.role != Role::Authority || !facts.filedTo.contains(actor.personId)) {
            return deny("not-the-receiving-authority");
        }
        if (actor.authorityId == authorities::College) {
            return deny("college-is-the-authority");
        }
        return forwardAllowed(facts.kind, authorities::College, {});
    case AvisAction::Record:
        return college ? allow("art-7-2-II") : deny("not-the-college");
    }
    return deny("unknown-action");
}

QString controlActionId(ControlAction action)
{
    switch (action) {
    case ControlAction::List:
        return QStringLiteral("control-list");
    case ControlAction::Open:
        return QStringLiteral("control-open");
    case ControlAction::Request:
        return QStringLiteral("control-request");
    case ControlAction::Injonction:
        return QStringLiteral("control-injonction");
    case ControlAction::TaxReturns:
        return QStringLiteral("control-tax-returns");
    case ControlAction::Conclude:
        return QStringLiteral("control-conclude");
    case ControlAction::Answer:
        return QStringLiteral("control-answer");
    }
    return {};
}

Decision decideControl(const Actor& actor, ControlAction action, const ControlFacts& facts)
{
    if (actor.personId.isEmpty()) {
        return deny("not-in-directory");
    }
    const bool declarant = actor.personId == facts.declarantId;
    const bool hatvp = actor.role == Role::Authority && actor.authorityId == authorities::Hatvp;
    const bool controller = hatvp && !facts.controllerId.isEmpty() && actor.personId == facts.controllerId;
    switch (action) {
    case ControlAction::List:
        if (actor.role == Role::Auditor) {
            return allow("metadata");
        }
        [[fallthrough]];
    case ControlAction::Open:
        if (declarant) {
            return allow("own-declaration");
        }
        if (controller) {
            return allow("hatvp-control");
        }
        return deny(actor.role == Role::Auditor ? "metadata-only" : "not-a-party");
    case ControlAction::Request:
    case ControlAction::Injonction:
    case ControlAction::TaxReturns:
    case ControlAction::Conclude:
        // "La Haute Autorité peut demander au magistrat soumis au I ...": the HATVP, on a DSP filed to it.
        if (!hatvp) {
            return deny("not-the-hatvp");
        }
        if (facts.kind != DeclarationKind::Patrimoine) {
            return deny("not-a-dsp");
        }
        if (!facts.filedTo.contains(actor.personId)) {
            return deny("not-filed-to-the-hatvp");
        }
        if (!facts.controllerId.isEmpty() && !controller) {
            return deny("not-the-controller");
        }
        return allow(action == ControlAction::TaxReturns ? "art-7-3-V"
                     : action == ControlAction::Conclude ? "art-7-3-VI"
                                                         : "art-7-3-IV");
    case ControlAction::Answer:
        return declarant ? allow("own-declaration") : deny("not-the-declarant");
    }
    return deny("unknown-action");
}

Decision decideStore(const Actor& actor, StoreAction action)
{
    if (actor.personId.isEmpty()) {
        return deny("not-in-directory");
    }
    const bool magistrate = actor.role == Role::Declarant || actor.role == Role::Authority;
    const bool administrator = actor.role == Role::Admin;
    switch (action) {
    case StoreAction::File:
        // A head of court is a magistrate who declares too; the auditor and the administrator are not.
        return magistrate ? allow("magistrate") : deny("not-a-magistrate");
    case StoreAction::AddPerson:
    case StoreAction::RenewCertificate:
    case StoreAction::RemovePerson:
    case StoreAction::AdoptDirectory:
    case StoreAction::StatePosting:
    case StoreAction::DecidePosting:
    case StoreAction::SetRegime:
        return administrator ? allow("directory-administrator") : deny("not-admin");
    case StoreAction::RecordProcedure:
    case StoreAction::CloseProcedure:
        return administrator ? allow("procedure-administrator") : deny("not-admin");
    case StoreAction::ReadWholeTrail:
        return administrator || actor.role == Role::Auditor ? allow("audit") : deny("not-auditor");
    case StoreAction::ListEveryDeclaration:
        return administrator || actor.role == Role::Auditor ? allow("metadata") : deny("not-auditor");
    }
    return deny("unknown-action");
}

Decision decide(const Actor& actor, Action action, const DeclarationFacts& facts,
                const QString& forwardTarget)
{
    switch (action) {
    case Action::List: {
        // Metadata: who may read it, plus the auditor and the administrator (retention, procedures).
        if (const Decision everything = decideStore(actor, StoreAction::ListEveryDeclaration); everything) {
            return everything;
        }
        return mayRead(actor, facts);
    }
    case Action::Open:
        return mayRead(actor, facts);
    case Action::Forward: {
        // Only the authority it was filed to forwards it (art. 7-2 II: "l'autorité à laquelle la
        // déclaration a été remise"), and only where the law provides.
        if (actor.role != Role::Authority || !facts.filedTo.contains(actor.personId)) {
            return deny("not-the-receiving-authority");
        }
        return forwardAllowed(facts.kind, forwardTarget, facts.procedures);
    }
    case Action::AuditLog:
        if (const Decision whole = decideStore(actor, StoreAction::ReadWholeTrail); whole) {
            return whole;
        }
        return !actor.personId.isEmpty() && actor.personId == facts.declarantId ? allow("own-declaration")
                                                                                : deny("not-auditor");
    case Action::Purge:
        return actor.role == Role::Admin ? allow("retention") : deny("not-admin");
    case Action::Acknowledge:
        // The authority it was filed to, never the declarant herself (a head of court files to another
        // authority): a receipt she signed would prove nothing (Declarations::receipt refuses one too).
        if (actor.role != Role::Authority || !facts.filedTo.contains(actor.personId) ||
            actor.personId == facts.declarantId) {
            return deny("not-the-receiving-authority");
        }
        return allow("filed-to");
    }
    return deny("unknown-action");
}

Decision decideReminder(const Actor& actor, const ReminderFacts& facts)
{
    if (actor.personId.isEmpty()) {
        return deny("not-in-directory");
    }
    if (actor.role != Role::Authority) {
        return deny("not-an-authority");
    }
    // A head of court declares to another authority: she does not remind herself.
    if (actor.personId == facts.magistrateId) {
        return deny("own-obligation");
    }
    // "Les magistrats remettent ... au président du tribunal ...": the authority the declaration is owed to.
    if (!facts.recipients.contains(actor.authorityId)) {
        return deny("not-the-receiving-authority");
    }
    return facts.overdue ? allow("overdue-declaration") : deny("not-overdue");
}

QString postingActionId(PostingAction action)
{
    switch (action) {
    case PostingAction::State:
        return QStringLiteral("posting-state");
    case PostingAction::Request:
        return QStringLiteral("posting-request");
    case PostingAction::Read:
        return QStringLiteral("posting-read");
    case PostingAction::Decide:
        return QStringLiteral("posting-decide");
    }
    return {};
}

Decision decidePosting(const Actor& actor, PostingAction action, const QString& subjectId)
{
    const bool magistrate = actor.role == Role::Declarant || actor.role == Role::Authority;
    switch (action) {
    case PostingAction::State:
        return decideStore(actor, StoreAction::StatePosting);
    case PostingAction::Decide:
        return decideStore(actor, StoreAction::DecidePosting);
    case PostingAction::Request:
        if (magistrate && !actor.personId.isEmpty() && actor.personId == subjectId) {
            return {true, QStringLiteral("own-posting")};
        }
        return {false, magistrate ? QStringLiteral("not-own-posting") : QStringLiteral("not-a-magistrate")};
    case PostingAction::Read:
        // The requests are entries of the trail: whoever reads it all reads them.
        if (const Decision trail = decideStore(actor, StoreAction::ReadWholeTrail); trail) {
            return trail;
        }
        if (!actor.personId.isEmpty() && actor.personId == subjectId) {
            return {true, QStringLiteral("own-posting")};
        }
        return {false, QStringLiteral("not-own-posting")};
    }
    return {false, QStringLiteral("unknown-action")};
}

} // namespace probitas::store
