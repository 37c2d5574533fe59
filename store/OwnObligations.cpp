#include "OwnObligations.h"

#include "FilingPlan.h"
#include "Jurisdictions.h"
#include "Store.h"

#include <QLocale>

namespace probitas::store {

Result<AppliedRegime> obligationsRegime(const Store& store)
{
    // regime: the store's, as its administrators' signed statements state it.
    auto stated = store.directory().regime();
    if (!stated) {
        return stated.error();
    }
    const ObligationRules& rules = ObligationRules::builtIn();
    AppliedRegime regime;
    regime.id = stated->regime;
    for (const Regime& known : rules.regimes()) {
        if (known.id == regime.id) {
            regime.title = known.title;
        }
    }
    regime.why =
        stated->sequence == 0
            ? OwnObligationsText::tr("the text this store applies, Probitas's default")
            : OwnObligationsText::tr("the text this store applies, as its administrator stated it on %1")
                  .arg(QLocale().toString(stated->at.toLocalTime().date(), QLocale::ShortFormat));
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
    auto regime = obligationsRegime(store);
    if (!regime) {
        return regime.error();
    }
    own.regime = std::move(regime).value();
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
