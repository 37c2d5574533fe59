#include "Compliance.h"

#include "TextFolding.h"

#include <QHash>
#include <algorithm>
#include <ctime>

namespace probitas {

QString complianceStateId(ComplianceState state)
{
    switch (state) {
    case ComplianceState::NotYetDue:
        return QStringLiteral("not-yet-due");
    case ComplianceState::Outstanding:
        return QStringLiteral("outstanding");
    case ComplianceState::FiledOnTime:
        return QStringLiteral("on-time");
    case ComplianceState::FiledLate:
        return QStringLiteral("late");
    }
    return {};
}

ComplianceCounts ComplianceReport::counts() const
{
    ComplianceCounts counts;
    for (const ComplianceRow& row : rows) {
        ++counts.due;
        counts.filed += row.filed() ? 1 : 0;
        counts.late += row.late() ? 1 : 0;
        counts.onTime += row.state == ComplianceState::FiledOnTime ? 1 : 0;
    }
    return counts;
}

namespace {

// meets(), the filing's local date given (a conversion to local time is the costliest step of the test, and
// standings() makes it once per filing rather than once per obligation tried).
bool meetsOn(const Filing& filing, QDate filedOn, const Obligation& obligation)
{
    if (filing.kind != obligation.declaration) {
        return false;
    }
    const DeclarationEvent event = filing.event == DeclarationEvent::ModificationApresEntretien
                                       ? DeclarationEvent::Modification
                                       : filing.event;
    if (event != obligation.event) {
        return false;
    }
    for (const QString& recipient : obligation.recipients) {
        if (!filing.recipients.contains(recipient)) {
            return false;
        }
    }
    return filedOn >= obligation.triggeredOn;
}

} // namespace

bool meets(const Filing& filing, const Obligation& obligation)
{
    return meetsOn(filing, filing.filedAt.toLocalTime().date(), obligation);
}

std::vector<QDate> localDates(const std::vector<QDateTime>& instants)
{
    std::vector<QDate> dates;
    dates.reserve(instants.size());
#if defined(Q_OS_UNIX)
    tzset(); // once, as Qt would before each conversion
    for (const QDateTime& instant : instants) {
        const qint64 msecs = instant.toMSecsSinceEpoch();
        const time_t seconds = time_t(msecs >= 0 ? msecs / 1000 : (msecs - 999) / 1000); // floor
        tm local{};
        if (instant.isValid() && localtime_r(&seconds, &local)) {
            dates.emplace_back(local.tm_year + 1900, local.tm_mon + 1, local.tm_mday);
        } else {
            dates.push_back(instant.toLocalTime().date());
        }
    }
#else
    for (const QDateTime& instant : instants) {
        dates.push_back(instant.toLocalTime().date());
    }
#endif
    return dates;
}

namespace {

// standings() on some of `filings` (by index), their local dates given.
std::vector<ObligationStanding> standingsOf(const std::vector<Obligation>& obligations,
                                            const std::vector<Filing>& filings,
                                            const std::vector<QDate>& filedOn, std::vector<size_t> chosen,
                                            QDate today)
{
    std::stable_sort(chosen.begin(), chosen.end(), [&filings](size_t left, size_t right) {
        return filings[left].filedAt < filings[right].filedAt;
    });
    std::vector<size_t> used;
    std::vector<ObligationStanding> result;
    for (const Obligation& obligation : obligations) {
        ObligationStanding standing;
        for (size_t index : chosen) {
            const Filing& filing = filings[index];
            if (std::find(used.begin(), used.end(), index) == used.end() &&
                meetsOn(filing, filedOn[index], obligation)) {
                used.push_back(index);
                standing.filedAt = filing.filedAt;
                standing.filedOn = filedOn[index];
                standing.declarationId = filing.declarationId;
                standing.receiptProblem = filing.receiptProblem;
                for (const QString& recipient : obligation.recipients) {
                    if (filing.acknowledgedBy.contains(recipient)) {
                        standing.acknowledgedBy << recipient;
                    }
                }
                standing.receiptHeld = !obligation.recipients.isEmpty() &&
                                       standing.acknowledgedBy.size() == obligation.recipients.size();
                break;
            }
        }
        if (standing.met()) {
            standing.daysLate = std::max<qint64>(0, obligation.due.daysTo(standing.filedOn));
            standing.state =
                standing.daysLate > 0 ? ComplianceState::FiledLate : ComplianceState::FiledOnTime;
        } else {
            standing.daysLate = std::max<qint64>(0, obligation.due.daysTo(today));
            standing.state =
                standing.daysLate > 0 ? ComplianceState::Outstanding : ComplianceState::NotYetDue;
        }
        result.push_back(standing);
    }
    return result;
}

std::vector<QDate> localDatesOf(const std::vector<Filing>& filings)
{
    std::vector<QDateTime> instants;
    instants.reserve(filings.size());
    for (const Filing& filing : filings) {
        instants.push_back(filing.filedAt);
    }
    return localDates(instants);
}

} // namespace

std::vector<ObligationStanding> standings(const std::vector<Obligation>& obligations,
                                          const std::vector<Filing>& filings, QDate today)
{
    std::vector<size_t> all(filings.size());
    for (size_t i = 0; i < all.size(); ++i) {
        all[i] = i;
    }
    return standingsOf(obligations, filings, localDatesOf(filings), std::move(all), today);
}

bool routesTo(const Profile& profile, const QString& authorityId, const QString& regime,
              const ObligationRules& rules, const JurisdictionDirectory& directory)
{
    auto report = rules.compute(profile, directory, regime.isEmpty() ? rules.defaultRegime() : regime);
    if (!report) {
        return false;
    }
    return std::any_of(
        report->obligations.begin(), report->obligations.end(),
        [&authorityId](const Obligation& obligation) { return obligation.recipients.contains(authorityId); });
}

ComplianceReport computeCompliance(const std::vector<FollowedMagistrate>& magistrates,
                                   const std::vector<Filing>& filings, const QString& authorityId,
                                   QDate today, const QString& regime, const ObligationRules& rules,
                                   const JurisdictionDirectory& directory)
{
    const QString regimeId = regime.isEmpty() ? rules.defaultRegime() : regime;
    ComplianceReport report;
    // Each magistrate's filings, in the order given (a cour d'appel's dashboard: 500 magistrates, 1,000
    // filings).
    QHash<QString, std::vector<size_t>> filingsOf;
    for (size_t i = 0; i < filings.size(); ++i) {
        filingsOf[filings[i].declarantId].push_back(i);
    }
    const std::vector<QDate> filedOn = localDatesOf(filings);

    for (const FollowedMagistrate& magistrate : magistrates) {
        auto obligations = rules.compute(magistrate.profile, directory, regimeId);
        if (!obligations) {
            report.skipped << ComplianceText::tr("%1: %2").arg(magistrate.name, obligations.error().message);
            continue;
        }
        QString court;
        if (auto resolved = magistrate.profile.resolveCourt(directory)) {
            court = (*resolved)->displayName();
        }
        const std::optional<CourtType> courtType =
            magistrate.profile.court ? std::optional<CourtType>(magistrate.profile.court->type)
                                     : std::nullopt;
        QString function = magistrate.profile.status == MagistrateStatus::Titulaire
                               ? rankLabel(magistrate.profile.rank, magistrate.profile.formation, courtType)
                               : statusLabel(magistrate.profile.status);
        if (magistrate.profile.formation) {
            function =
                ComplianceText::tr("%1, %2").arg(function, formationLabel(*magistrate.profile.formation));
        }
        std::vector<Obligation> owed; // to this authority
        for (const Obligation& obligation : obligations->obligations) {
            if (obligation.recipients.contains(authorityId)) {
                owed.push_back(obligation);
            }
        }
        std::vector<size_t> theirs;
        if (!magistrate.personId.isEmpty()) {
            if (const auto found = filingsOf.constFind(magistrate.personId); found != filingsOf.constEnd()) {
                theirs = *found;
            }
        }
        const std::vector<ObligationStanding> matched = standingsOf(owed, filings, filedOn, theirs, today);
        for (size_t i = 0; i < owed.size(); ++i) {
            const Obligation& obligation = owed[i];
            ComplianceRow row;
            row.magistrate = magistrate.name;
            row.personId = magistrate.personId;
            row.court = court;
            row.function = function;
            row.kind = obligation.declaration;
            row.event = obligation.event;
            row.basis = obligation.basis;
            row.triggeredOn = obligation.triggeredOn;
            row.due = obligation.due;
            row.filedOn = matched[i].filedOn;
            row.declarationId = matched[i].declarationId;
            row.daysLate = matched[i].daysLate;
            row.state = matched[i].state;
            report.rows.push_back(row);
        }
    }
    // By name as folded (once per magistrate, not twice per comparison), then by deadline.
    QHash<QString, QString> folded;
    for (const ComplianceRow& row : report.rows) {
        if (!folded.contains(row.magistrate)) {
            folded.insert(row.magistrate, text::fold(row.magistrate));
        }
    }
    std::vector<std::pair<const QString*, size_t>> order;
    order.reserve(report.rows.size());
    for (size_t i = 0; i < report.rows.size(); ++i) {
        order.emplace_back(&*folded.constFind(report.rows[i].magistrate), i);
    }
    std::stable_sort(order.begin(), order.end(), [&report](const auto& left, const auto& right) {
        const QString& a = *left.first;
        const QString& b = *right.first;
        return a != b ? a < b : report.rows[left.second].due < report.rows[right.second].due;
    });
    std::vector<ComplianceRow> sorted;
    sorted.reserve(report.rows.size());
    for (const auto& [key, index] : order) {
        sorted.push_back(std::move(report.rows[index]));
    }
    report.rows = std::move(sorted);
    return report;
}

std::vector<Reminder> remindersOf(const std::vector<Obligation>& obligations,
                                  const std::vector<ObligationStanding>& standings, QDate today,
                                  int horizonDays)
{
    std::vector<Reminder> reminders;
    for (size_t index = 0; index < obligations.size() && index < standings.size(); ++index) {
        const QDate due = obligations[index].due;
        if (standings[index].met() || !due.isValid()) {
            continue;
        }
        const int daysLeft = int(today.daysTo(due));
        if (daysLeft <= horizonDays) {
            reminders.push_back({index, daysLeft});
        }
    }
    return reminders;
}

} // namespace probitas
