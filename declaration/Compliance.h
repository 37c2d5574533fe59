#pragma once

#include "DeclarationTypes.h"
#include "Jurisdictions.h"
#include "Obligations.h"
#include "Profile.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QString>
#include <vector>

namespace probitas {

// A magistrate the compliance dashboard follows: from the store's directory or from an imported roster.
struct FollowedMagistrate
{
    QString name;
    QString personId; // the directory's id when known: how filings are matched
    Profile profile;
};

// A declaration filed to the authority (clear metadata only).
struct Filing
{
    QString declarantId;
    DeclarationKind kind = DeclarationKind::Interets;
    DeclarationEvent event = DeclarationEvent::Installation;
    QDateTime filedAt;
    QString declarationId; // the store's id: what the entretien déontologique of the row is found by
};

enum class ComplianceState {
    NotYetDue,   // not filed, deadline still ahead
    Outstanding, // not filed, deadline passed
    FiledOnTime, // filed on or before the deadline
    FiledLate,   // filed after the deadline
};
QString complianceStateId(ComplianceState state); // "not-yet-due", "outstanding", "on-time", "late"

// One declaration a followed magistrate owes this authority.
struct ComplianceRow
{
    QString magistrate;
    QString personId;
    QString court;    // "tribunal judiciaire de Nanterre"
    QString function; // "président (siège)"
    DeclarationKind kind = DeclarationKind::Interets;
    DeclarationEvent event = DeclarationEvent::Installation;
    QString basis;
    QDate triggeredOn;
    QDate due;
    QDate filedOn;         // invalid when not filed
    QString declarationId; // of the filing that answers it; empty when not filed
    int daysLate = 0; // filed: days after the deadline; not filed: days since the deadline; never negative
    ComplianceState state = ComplianceState::NotYetDue;

    bool filed() const { return filedOn.isValid(); }
    bool late() const { return state == ComplianceState::Outstanding || state == ComplianceState::FiledLate; }
};

// The four counts the dashboard charts.
struct ComplianceCounts
{
    int due = 0; // every declaration owed to this authority
    int filed = 0;
    int late = 0;   // filed late, or not filed once the deadline passed
    int onTime = 0; // filed by the deadline
};

class ComplianceText
{
    Q_DECLARE_TR_FUNCTIONS(Compliance)
};

// For every followed magistrate, the declarations the rules route to `authorityId`, matched with the
// filings: the first filing of the same kind and event answers an obligation (a modification after the
// entretien answers a modification; a modification must be filed on or after the change). Late days are
// counted in calendar days against `today` (Clock::today() in the product) from the local filing date.
// Magistrates whose profile the rules cannot read are skipped and named in `skipped`.
struct ComplianceReport
{
    std::vector<ComplianceRow> rows; // by magistrate, then due date
    QStringList skipped;             // "Name: reason"

    ComplianceCounts counts() const;
};

// `regime`: the store's (store::DirectoryView::regime); empty: the rules' default.
ComplianceReport computeCompliance(const std::vector<FollowedMagistrate>& magistrates,
                                   const std::vector<Filing>& filings, const QString& authorityId,
                                   QDate today, const QString& regime = {},
                                   const ObligationRules& rules = ObligationRules::builtIn(),
                                   const JurisdictionDirectory& directory = JurisdictionDirectory::builtIn());

// How one obligation stands against a magistrate's filings.
struct ObligationStanding
{
    QDate filedOn;         // invalid when not filed
    QString declarationId; // of the filing that answers it
    int daysLate = 0;      // as ComplianceRow::daysLate
    ComplianceState state = ComplianceState::NotYetDue;
};
// Each obligation, in order, matched with the first of one magistrate's `filings` (by filing time) that
// answers it and has answered none before: what computeCompliance shows an authority, and "My obligations"
// the magistrate.
std::vector<ObligationStanding> standings(const std::vector<Obligation>& obligations,
                                          const std::vector<Filing>& filings, QDate today);

// Whether a profile's declarations go (at least one) to `authorityId` under `regime` (empty: the rules'
// default).
bool routesTo(const Profile& profile, const QString& authorityId, const QString& regime = {},
              const ObligationRules& rules = ObligationRules::builtIn(),
              const JurisdictionDirectory& directory = JurisdictionDirectory::builtIn());

} // namespace probitas
