#include "Compliance.h"

#include "TextFolding.h"

#include <QHash>
#include <algorithm>

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

bool meets(const Filing& filing, const Obligation& obligation)
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
    return filing.filedAt.toLocalTime().date() >= obligation.triggeredOn;
}

std::vector<ObligationStanding> standings(const std::vector<Obligation>& obligations,
                                          const std::vector<Filing>& filings, QDate today)
{
    std::vector<const Filing*> byDate;
    for (const Filing& filing : filings) {
        byDate.push_back(&filing);
    }
    std::stable_sort(byDate.begin(), byDate.end(),
                     [](const Filing* left, const Filing* right) { return left->filedAt < right->filedAt; });
    std::vector<const Filing*> used;
    std::vector<ObligationStanding> result;
    for (const Obligation& obligation : obligations) {
        ObligationStanding standing;
        for (const Filing* filing : byDate) {
            if (std::find(used.begin(), used.end(), filing) == used.end() && meets(*filing, obligation)) {
                used.push_back(filing);
                standing.filedAt = filing->filedAt;
                standing.filedOn = filing->filedAt.toLocalTime().date();
                standing.declarationId = filing->declarationId;
                standing.receiptProblem = filing->receiptProblem;
                for (const QString& recipient : obligation.recipients) {
                    if (filing->acknowledgedBy.contains(recipient)) {
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
        std::vector<Filing> theirs;
        if (!magistrate.personId.isEmpty()) {
            if (const auto found = filingsOf.constFind(magistrate.personId); found != filingsOf.constEnd()) {
                for (size_t index : *found) {
                    theirs.push_back(filings[index]);
                }
            }
        }
        const std::vector<ObligationStanding> matched = standings(owed, theirs, today);
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
    std::stable_sort(report.rows.begin(), report.rows.end(),
                     [](const ComplianceRow& left, const ComplianceRow& right) {
                         const QString a = text::fold(left.magistrate);
                         const QString b = text::fold(right.magistrate);
                         return a != b ? a < b : left.due < right.due;
                     });
    return report;
}

} // namespace probitas
