#pragma once

#include "DeclarationTypes.h"
#include "Jurisdictions.h"
#include "Profile.h"
#include "Result.h"

#include <QDate>
#include <QStringList>
#include <vector>

namespace probitas {

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
    QString law; // the words of the law behind the routing
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
};

struct Regime
{
    QString id;
    QString title;
    QString source;
    QDate validFrom;
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
        QStringList statuses, courtTypes, formations, ranks;
    };
    struct EventRule
    {
        DeclarationEvent event;
        QString from; // the profile date that triggers it: installed_on, ceased_on, changed_on
        QString basis;
        int months = 2;
    };
    struct Rule
    {
        QString id;
        DeclarationKind declaration;
        QString law;
        std::vector<Condition> conditions; // any of them
        QStringList recipients;
        std::vector<EventRule> events;
        int exemptionMonths = 0;
        QString exemptionBasis;
    };

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
