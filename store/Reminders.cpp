// The authority's reminder letters to the magistrates whose declarations owed to it are overdue (the
// compliance dashboard's): decided on the store's facts, recorded in the audit trail before a letter is
// written.
#include "AuditActions.h"
#include "Clock.h"
#include "Declarations.h"
#include "Jurisdictions.h"
#include "Obligations.h"

#include <QJsonArray>
#include <QRegularExpression>

namespace probitas::store {

namespace {

// A letter names a handful of declarations at most: a magistrate owes each kind once per event.
constexpr size_t kMaximumReminderItems = 16;

} // namespace

Status Declarations::recordReminder(const QString& magistrateId, const std::vector<ReminderItem>& items,
                                    const crypto::Identity& identity, const QString& letterSha256)
{
    auto actor = m_directory.actorFor(identity);
    if (!actor) {
        return actor.error();
    }
    // Metadata only, of a known shape.
    static const QRegularExpression sha256Pattern(QStringLiteral("^[0-9a-f]{64}$"));
    bool wellFormed = !magistrateId.isEmpty() && !items.empty() && items.size() <= kMaximumReminderItems &&
                      (letterSha256.isEmpty() || sha256Pattern.match(letterSha256).hasMatch());
    QJsonArray declarations;
    for (const ReminderItem& item : items) {
        wellFormed = wellFormed && item.due.isValid();
        declarations.append(QJsonObject{{QStringLiteral("kind"), kindId(item.kind)},
                                        {QStringLiteral("event"), eventId(item.event)},
                                        {QStringLiteral("due"), item.due.toString(Qt::ISODate)}});
    }
    if (!wellFormed) {
        return Error::unusable(tr("not a reminder the audit trail records"));
    }
    QJsonObject details{{QStringLiteral("magistrate"), magistrateId},
                        {QStringLiteral("declarations"), declarations}};

    // The magistrate's obligations, as the dashboard computes them: the official posting the directory's
    // statements state, with the change she last declared, under the store's regime. Someone the directory
    // does not know, or whose posting no rule covers, owes nothing.
    std::vector<Obligation> obligations;
    auto person = m_directory.personById(magistrateId);
    if (!person && person.error().code != errors::NotFound) {
        return person.error();
    }
    if (person && person->removedAt.isNull()) {
        auto changed = m_directory.withDeclaredChange(*person);
        if (!changed) {
            return changed.error();
        }
        auto regime = m_directory.regime();
        if (!regime) {
            return regime.error();
        }
        if (const std::optional<Profile> posting = changed->obligationsProfile()) {
            if (auto report = ObligationRules::builtIn().compute(*posting, JurisdictionDirectory::builtIn(),
                                                                 regime->regime)) {
                obligations = report->obligations;
            }
        }
    }
    // Matched with what she filed to this authority (nothing, for who holds none), today.
    auto filed = filingsFiledTo(identity);
    if (!filed) {
        return filed.error();
    }
    std::vector<probitas::Filing> hers;
    for (const probitas::Filing& filing : *filed) {
        if (filing.declarantId == magistrateId) {
            hers.push_back(filing);
        }
    }
    const std::vector<ObligationStanding> standing = standings(obligations, hers, Clock::today());

    for (const ReminderItem& item : items) {
        // The obligation it names (the one owed to this authority, when two are alike).
        ReminderFacts facts{magistrateId, {}, false};
        for (size_t index = 0; index < obligations.size(); ++index) {
            const Obligation& obligation = obligations[index];
            if (obligation.declaration == item.kind && obligation.event == item.event &&
                obligation.due == item.due &&
                (facts.recipients.isEmpty() || obligation.recipients.contains(actor->authorityId))) {
                facts.recipients = obligation.recipients;
                facts.overdue = standing[index].state == ComplianceState::Outstanding;
            }
        }
        if (const Decision decision = decideReminder(*actor, facts); !decision) {
            return m_audit.refused(*actor, identity, actions::ReminderLetter, QString(), decision.reason,
                                   details);
        }
    }
    if (!letterSha256.isEmpty()) {
        details.insert(QStringLiteral("sha256"), letterSha256);
    }
    return m_audit.appendAlone(*actor, identity, actions::ReminderLetter, QString(), details);
}

} // namespace probitas::store
