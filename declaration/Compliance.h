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

// A declaration filed (clear metadata only: the store supplies it without opening anything).
struct Filing
{
    QString declarantId;
    DeclarationKind kind = DeclarationKind::Interets;
    DeclarationEvent event = DeclarationEvent::Installation;
    QDateTime filedAt;
    QString declarationId;  // the store's id: what the entretien déontologique of the row is found by
    QStringList recipients; // the authority ids it was filed to
    // Those of the recipients whose receipt the store holds and verified (the magistrate's own filings; a
    // dashboard does not read them).
    QStringList acknowledgedBy;
    QString receiptProblem; // why a receipt the store holds does not verify; empty when none is bad
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

// How one obligation stands against a magistrate's filings: the filing that met it (when, on time or how
// many days late, the receipts held), or still due (by when, overdue or not).
struct ObligationStanding
{
    QDate filedOn;         // invalid when not filed
    QDateTime filedAt;     // invalid when not filed
    QString declarationId; // of the filing that answers it
    int daysLate = 0; // filed: days after the deadline; not filed: days since the deadline; never negative
    ComplianceState state = ComplianceState::NotYetDue;
    QStringList acknowledgedBy; // the obligation's recipients whose verified receipt is held
    bool receiptHeld = false;   // every recipient the obligation names gave one
    QString receiptProblem;     // a receipt held that does not verify

    bool met() const { return filedOn.isValid(); }
};

// Whether `filing` meets `obligation`: the same kind; the same event (a modification after the entretien
// is a complementary declaration); filed to every authority the obligation names (a DI filed at a former
// posting does not meet the one owed at the new); and filed once its event had happened, on or after the
// installation, the end of functions or the change, local date (one filed before belongs to an earlier
// event). A filing after the deadline still meets it, late.
bool meets(const Filing& filing, const Obligation& obligation);

// Each obligation, in order, matched with the first of one magistrate's `filings` (by filing time) that
// meets it and has met none before: what computeCompliance shows an authority, and "My obligations" and
// `probitas-cli obligations --store` the magistrate. Late days are calendar days against `today`.
std::vector<ObligationStanding> standings(const std::vector<Obligation>& obligations,
                                          const std::vector<Filing>& filings, QDate today);

// An obligation not met whose deadline is past, or within `horizonDays` of `today`: what the magistrate is
// reminded of when she unlocks and in "My obligations".
struct Reminder
{
    size_t index = 0; // in the obligations and standings given
    int daysLeft = 0; // until the deadline; negative: overdue by that many days
    bool overdue() const { return daysLeft < 0; }
};
inline constexpr int kReminderHorizonDays = 30;
std::vector<Reminder> remindersOf(const std::vector<Obligation>& obligations,
                                  const std::vector<ObligationStanding>& standings, QDate today,
                                  int horizonDays = kReminderHorizonDays);

// The local calendar date of each instant, as toLocalTime().date() gives it, for many at once: Qt 6.4 reads
// the time zone again (tzset, a stat of /etc/localtime) at each conversion, which was two thirds of the
// compliance of a cour d'appel's 5,500 filings; the C library's localtime_r after one tzset() reads it once.
std::vector<QDate> localDates(const std::vector<QDateTime>& instants);

// Whether a profile's declarations go (at least one) to `authorityId` under `regime` (empty: the rules'
// default).
bool routesTo(const Profile& profile, const QString& authorityId, const QString& regime = {},
              const ObligationRules& rules = ObligationRules::builtIn(),
              const JurisdictionDirectory& directory = JurisdictionDirectory::builtIn());

} // namespace probitas
