#include "OwnObligations.h"

#include "FilingPlan.h"
#include "Jurisdictions.h"
#include "Store.h"

namespace probitas::store {

StoreRegime obligationsRegime(const Store& /*store*/)
{
    const ObligationRules& rules = ObligationRules::builtIn();
    // regime: the rules' default, the text this project was asked to implement, until the store records
    // its own (issue 14 §1).
    StoreRegime regime;
    regime.id = rules.defaultRegime();
    for (const Regime& known : rules.regimes()) {
        if (known.id == regime.id) {
            regime.title = known.title;
        }
    }
    regime.why = OwnObligationsText::tr("the text this store applies, Probitas's default");
    return regime;
}

Result<OwnObligations> ownObligations(const Store& store, const crypto::Identity& identity, QDate today)
{
    auto person = store.directory().personFor(identity.certificate());
    if (!person) {
        return person.error();
    }
    const std::optional<Profile> posting = person->obligationsProfile();
    if (!posting) {
        return Error{
            ErrorKind::Invalid,
            OwnObligationsText::tr("the directory states no official posting for %1: an administrator "
                                   "records it (probitas-cli posting set), or %1 asks for it "
                                   "(probitas-cli posting request)")
                .arg(person->name),
            QString(errors::NoPosting)};
    }
    OwnObligations own;
    own.posting = *posting;
    own.regime = obligationsRegime(store);
    auto report =
        ObligationRules::builtIn().compute(own.posting, JurisdictionDirectory::builtIn(), own.regime.id);
    if (!report) {
        return report.error();
    }
    own.report = std::move(report).value();
    auto filings = store.declarations().ownFilings(identity);
    if (!filings) {
        return filings.error();
    }
    own.filings = std::move(filings).value();
    own.standings = standings(own.report.obligations, own.filings, today);
    return own;
}

} // namespace probitas::store
