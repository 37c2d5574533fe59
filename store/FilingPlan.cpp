#include "FilingPlan.h"

#include "FormDefinition.h"
#include "Jurisdictions.h"
#include "Store.h"
#include "Validator.h"

namespace probitas::store {

namespace {

// The obligation a document answers: same kind and event; the DI modified after the entretien goes where
// a modification goes, and failing an exact match, where the same kind of declaration goes.
const Obligation* matchingObligation(const ObligationReport& report, const Declaration& declaration)
{
    const DeclarationEvent event = declaration.event == DeclarationEvent::ModificationApresEntretien
                                       ? DeclarationEvent::Modification
                                       : declaration.event;
    for (const Obligation& obligation : report.obligations) {
        if (obligation.declaration == declaration.kind && obligation.event == event) {
            return &obligation;
        }
    }
    for (const Obligation& obligation : report.obligations) {
        if (obligation.declaration == declaration.kind) {
            return &obligation;
        }
    }
    return nullptr;
}

} // namespace

Result<FilingPlan> FilingPlan::make(const Declaration& declaration, const QString& declarantName,
                                    const std::optional<Profile>& posting, const QString& regime)
{
    const FormDefinition* definition = FormCatalog::builtIn().find(declaration.schema);
    if (!definition) {
        return Error::unusable(tr("unknown form definition %1").arg(declaration.schema));
    }
    const ValidationReport validation = Validator(*definition).validate(declaration);
    for (const ValidationIssue& issue : validation.issues) {
        if (issue.severity == Severity::Error) {
            return Error{ErrorKind::Invalid,
                         tr("the declaration cannot be filed: %1: %2").arg(issue.path, issue.message),
                         QString(errors::Invalid)};
        }
    }
    if (!declaration.profile) { // the Validator refuses it first; the recipients cannot be known without it
        return Error::invalid(tr("the declaration cannot be filed: the magistrate's situation is missing"));
    }
    if (!posting) {
        return Error{ErrorKind::Invalid,
                     tr("the declaration cannot be filed: the directory states no official posting for %1. "
                        "An administrator records it (probitas-cli posting set), or %1 asks for it "
                        "(probitas-cli posting request, or My obligations in the application)")
                         .arg(declarantName),
                     QString(errors::NoPosting)};
    }
    if (const QStringList differences = declaration.profile->postingDifferences(*posting);
        !differences.isEmpty()) {
        return Error{ErrorKind::Invalid,
                     tr("the declaration cannot be filed: the situation it declares differs from %1's "
                        "official posting in the directory (declared / posting): %2. If the posting has "
                        "changed, ask the administrator to record it (probitas-cli posting request, or My "
                        "obligations in the application), then file again")
                         .arg(declarantName, differences.join(QStringLiteral("; "))),
                     QString(errors::PostingMismatch)};
    }
    FilingPlan plan;
    plan.m_situation = posting->posting();
    plan.m_situation.lastDspOn = declaration.profile->lastDspOn;
    plan.m_situation.changedOn = declaration.profile->changedOn;
    const ObligationRules& rules = ObligationRules::builtIn();
    auto obligations = rules.compute(plan.m_situation, JurisdictionDirectory::builtIn(), regime);
    if (!obligations) {
        return obligations.error();
    }
    const Obligation* obligation = matchingObligation(*obligations, declaration);
    if (!obligation) {
        return Error{ErrorKind::Invalid,
                     tr("this posting owes no %1 (%2): nothing to file")
                         .arg(kindLabel(declaration.kind), eventLabel(declaration.event)),
                     QString(errors::NoObligation)};
    }
    plan.m_obligation = *obligation;
    return plan;
}

} // namespace probitas::store
