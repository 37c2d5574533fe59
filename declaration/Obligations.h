#pragma once

#include "DeclarationTypes.h"
#include "Jurisdictions.h"
#include "Profile.h"
#include "Result.h"

#include <QDate>
#include <QStringList>
#include <optional>
#include <vector>

namespace probitas {

// What follows the remise of a DI: an entretien déontologique with the recipient (art. 7-2, III or III bis;
// ord. 58-1067 art. 3-1, III), or the written observations the collège de déontologie may address to the
// chef of the IGJ instead (décret n° 93-21 art. 11-4).
enum class FollowUpKind { Entretien, Observations };
QString followUpKindId(FollowUpKind kind); // "entretien", "observations"

struct FollowUp
{
    FollowUpKind kind = FollowUpKind::Entretien;
    QString basis; // "art. 7-2, III bis"
};

// A declaration the law requires of a magistrate: what, to whom, by when, under which text.
struct Obligation
{
    DeclarationKind declaration = DeclarationKind::Interets;
    DeclarationEvent event = DeclarationEvent::Installation;
    QStringList recipients; // authority ids: "tj-nanterre:president", "hatvp", ...
    QDate triggeredOn;      // the installation, cessation or change that calls for it
    QDate due;              // two months later, clamped at the end of the month
    QString basis;          // "art. 7-2, I, 3°"
    QString ruleId;
    QString law;                      // the words of the law behind the routing
    std::optional<FollowUp> followUp; // what the remise gives rise to, when the text says
    QString source;                   // the text the rule reads, and where we hold it
    QDate validFrom;       // since when the rule is in force (or would be, for the text as adopted)
    QString note;          // what the rule chooses or infers where the text is silent
    bool confirmed = true; // false when no text we hold confirms the routing
};

// A profile the rules cover that owes nothing: a member de droit of the Conseil constitutionnel, a magistrate
// of the IGJ before LO n° 2023-1058.
struct NothingOwed
{
    QString ruleId;
    QString basis;
    QString law;
};

// A declaration that would be due but that the law waives (art. 7-3, III: one made less than six months
// before).
struct Exemption
{
    DeclarationKind declaration = DeclarationKind::Patrimoine;
    DeclarationEvent event = DeclarationEvent::Installation;
    QDate triggeredOn;
    QDate lastDeclarationOn;
    QString basis;
};

struct ObligationReport
{
    QString regime;
    std::vector<Obligation> obligations; // ordered by due date, the DI before the DSP
    std::vector<Exemption> exemptions;
    std::vector<NothingOwed> nothingOwed;
};

struct Regime
{
    QString id;
    QString title;
    QString source;
    QDate validFrom;
    QDate validUntil; // empty while in force
    QString basedOn;  // the regime it restates, minus and plus some rules
};

// The routing rules as dated data (declaration/rules/obligations.json), one regime per reading of the law.
class ObligationRules
{
public:
    static Result<ObligationRules> fromJson(const QByteArray& json);
    static const ObligationRules& builtIn();

    std::vector<Regime> regimes() const;
    QString defaultRegime() const { return m_defaultRegime; }
    bool hasRegime(const QString& regimeId) const;

    // Every declaration the profile owes under `regimeId`. Unusable for an unknown regime or court;
    // Invalid when the profile's dates contradict each other or no rule covers the profile.
    Result<ObligationReport> compute(const Profile& profile, const JurisdictionDirectory& directory,
                                     const QString& regimeId) const;

    // Deadline: `months` after `from`, clamped at the end of the month (31 December + 2 months -> 28/29
    // February).
    static QDate deadline(QDate from, int months) { return from.addMonths(months); }

    struct Condition
    {
        QStringList statuses, courtTypes, formations, ranks; // courtType "igj": the IGJ
        std::optional<bool> deDroit;                         // unset: whatever the value
    };
    struct EventRule
    {
        DeclarationEvent event;
        QString from; // the profile date that triggers it: installed_on, ceased_on, changed_on
        QString basis;
        int months = 2;
        std::optional<FollowUp> followUp;
    };
    struct Rule
    {
        QString id;
        bool owesNothing = false; // covers the profile, and the text asks nothing of it
        QString nothingBasis;     // for owesNothing
        DeclarationKind declaration = DeclarationKind::Interets;
        QString law;
        std::vector<Condition> conditions; // any of them
        QStringList recipients;
        std::vector<EventRule> events;
        int exemptionMonths = 0;
        QString exemptionBasis;
        QString source;  // the rule's own, else its regime's
        QDate validFrom; // the rule's own, else its regime's
        QString note;
        bool confirmed = true;
    };
    // Every rule of a regime, with what it inherited (tests and documentation read them).
    std::vector<Rule> rulesOf(const QString& regimeId) const;
    // The authority ids the rules name as such (hatvp, conseil-constitutionnel:president, ...), not the
    // court templates (tribunal:president): what a store's administrator may give a person to hold.
    QStringList namedAuthorities() const;

private:
    struct RegimeRules
    {
        Regime regime;
        std::vector<Rule> rules;
    };
    const RegimeRules* findRegime(const QString& regimeId) const;

    std::vector<RegimeRules> m_regimes;
    QString m_defaultRegime;
};

// People-facing name of an authority id: "président du tribunal judiciaire de Nanterre".
QString authorityLabel(const QString& authorityId, const JurisdictionDirectory& directory);

} // namespace probitas
