#include "Obligations.h"

#include "BuiltInData.h"
#include "CanonicalJson.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <algorithm>

namespace probitas {

namespace {

struct ObligationText
{
    Q_DECLARE_TR_FUNCTIONS(ObligationText)
};

QStringList readStrings(const QJsonValue& value)
{
    QStringList strings;
    for (const QJsonValue& element : value.toArray()) {
        strings << element.toString();
    }
    return strings;
}

ObligationRules::Condition readCondition(const QJsonObject& object)
{
    ObligationRules::Condition condition{readStrings(object.value(QLatin1String("status"))),
                                         readStrings(object.value(QLatin1String("courtType"))),
                                         readStrings(object.value(QLatin1String("formation"))),
                                         readStrings(object.value(QLatin1String("rank"))), std::nullopt};
    const QJsonValue deDroit = object.value(QLatin1String("deDroit"));
    if (deDroit.isBool()) {
        condition.deDroit = deDroit.toBool();
    }
    return condition;
}

Result<std::optional<FollowUp>> readFollowUp(const QJsonValue& value, const QString& ruleId)
{
    if (value.isUndefined()) {
        return std::optional<FollowUp>();
    }
    const QJsonObject object = value.toObject();
    const QString kind = object.value(QLatin1String("kind")).toString();
    FollowUp followUp;
    if (kind == followUpKindId(FollowUpKind::Entretien)) {
        followUp.kind = FollowUpKind::Entretien;
    } else if (kind == followUpKindId(FollowUpKind::Observations)) {
        followUp.kind = FollowUpKind::Observations;
    } else {
        return Error::unusable(
            ObligationText::tr("obligation rules: %1 has an unknown follow-up").arg(ruleId));
    }
    followUp.basis = object.value(QLatin1String("basis")).toString();
    if (followUp.basis.isEmpty()) {
        return Error::unusable(
            ObligationText::tr("obligation rules: %1 has a follow-up without its basis").arg(ruleId));
    }
    return std::optional<FollowUp>(followUp);
}

// An empty list in a condition means "whatever the value".
bool matchesList(const QStringList& allowed, const QString& actual)
{
    return allowed.isEmpty() || allowed.contains(actual);
}

bool matches(const ObligationRules::Condition& condition, const Profile& profile)
{
    const QString courtType = profile.atInspection ? QStringLiteral("igj")
                              : profile.court      ? courtTypeId(profile.court->type)
                                                   : QString();
    const QString formation = profile.formation ? formationId(*profile.formation) : QString();
    return matchesList(condition.statuses, statusId(profile.status)) &&
           matchesList(condition.courtTypes, courtType) && matchesList(condition.formations, formation) &&
           matchesList(condition.ranks, rankId(profile.rank)) &&
           (!condition.deDroit || *condition.deDroit == profile.deDroit);
}

QDate profileDate(const Profile& profile, const QString& key)
{
    if (key == QLatin1String("installed_on")) {
        return profile.installedOn;
    }
    if (key == QLatin1String("ceased_on")) {
        return profile.ceasedOn;
    }
    if (key == QLatin1String("changed_on")) {
        return profile.changedOn;
    }
    return {};
}

// Turns a recipient template of the rules into the authority id for this magistrate's court.
Result<QString> resolveRecipient(const QString& recipient, const Court* court,
                                 const JurisdictionDirectory& directory)
{
    const QStringList parts = recipient.split(QLatin1Char(':'));
    if (parts.size() == 2 && (parts[0] == QLatin1String("tribunal") || parts[0] == QLatin1String("cour"))) {
        if (!court) {
            return Error::invalid(ObligationText::tr("the rule needs the magistrate's court"));
        }
        const Court& target =
            parts[0] == QLatin1String("tribunal") ? *court : directory.appealCourtOf(*court);
        return target.id() + QLatin1Char(':') + parts[1];
    }
    return recipient;
}

} // namespace

QString followUpKindId(FollowUpKind kind)
{
    return kind == FollowUpKind::Entretien ? QStringLiteral("entretien") : QStringLiteral("observations");
}

Result<ObligationRules> ObligationRules::fromJson(const QByteArray& json)
{
    auto parsed = json::parse(json);
    if (!parsed) {
        return parsed.error();
    }
    ObligationRules rules;
    for (const QJsonValue& regimeValue : parsed->toObject().value(QLatin1String("regimes")).toArray()) {
        const QJsonObject regimeObject = regimeValue.toObject();
        RegimeRules regime;
        regime.regime.id = regimeObject.value(QLatin1String("id")).toString();
        const QJsonObject title = regimeObject.value(QLatin1String("title")).toObject();
        regime.regime.title = title.value(QLatin1String("fr")).toString();
        regime.regime.source = regimeObject.value(QLatin1String("source")).toString();
        regime.regime.validFrom =
            QDate::fromString(regimeObject.value(QLatin1String("validFrom")).toString(), Qt::ISODate);
        regime.regime.validUntil =
            QDate::fromString(regimeObject.value(QLatin1String("validUntil")).toString(), Qt::ISODate);
        regime.regime.basedOn = regimeObject.value(QLatin1String("basedOn")).toString();
        if (regime.regime.id.isEmpty() || rules.findRegime(regime.regime.id)) {
            return Error::unusable(ObligationText::tr("obligation rules: missing or duplicate regime id"));
        }
        if (regimeObject.value(QLatin1String("default")).toBool()) {
            rules.m_defaultRegime = regime.regime.id;
        }

        // A regime may be another one minus some rules: the struck-down provisions.
        const QString basedOn = regimeObject.value(QLatin1String("basedOn")).toString();
        if (!basedOn.isEmpty()) {
            const RegimeRules* base = rules.findRegime(basedOn);
            if (!base) {
                return Error::unusable(
                    ObligationText::tr("obligation rules: %1 is based on unknown regime %2")
                        .arg(regime.regime.id, basedOn));
            }
            const QStringList removed = readStrings(regimeObject.value(QLatin1String("withoutRules")));
            for (const QString& ruleId : removed) {
                if (std::none_of(base->rules.begin(), base->rules.end(),
                                 [&ruleId](const Rule& rule) { return rule.id == ruleId; })) {
                    return Error::unusable(ObligationText::tr("obligation rules: %1 removes unknown rule %2")
                                               .arg(regime.regime.id, ruleId));
                }
            }
            std::copy_if(base->rules.begin(), base->rules.end(), std::back_inserter(regime.rules),
                         [&removed](const Rule& rule) { return !removed.contains(rule.id); });
        }

        for (const QJsonValue& ruleValue : regimeObject.value(QLatin1String("rules")).toArray()) {
            const QJsonObject ruleObject = ruleValue.toObject();
            Rule rule;
            rule.id = ruleObject.value(QLatin1String("id")).toString();
            rule.owesNothing = ruleObject.value(QLatin1String("owes")).toString() == QLatin1String("nothing");
            const auto declaration = kindFromId(ruleObject.value(QLatin1String("declaration")).toString());
            if (rule.id.isEmpty() || (!declaration && !rule.owesNothing)) {
                return Error::unusable(
                    ObligationText::tr("obligation rules: a rule lacks its id or declaration"));
            }
            if (std::any_of(regime.rules.begin(), regime.rules.end(),
                            [&rule](const Rule& other) { return other.id == rule.id; })) {
                return Error::unusable(
                    ObligationText::tr(
                        "obligation rules: %1 has rule %2 twice (remove the inherited one first)")
                        .arg(regime.regime.id, rule.id));
            }
            if (declaration) {
                rule.declaration = *declaration;
            }
            rule.law = ruleObject.value(QLatin1String("law")).toString();
            // Each rule keeps its own date and source; one that gives none takes its regime's.
            rule.source = ruleObject.value(QLatin1String("source")).toString(regime.regime.source);
            rule.validFrom =
                ruleObject.contains(QLatin1String("validFrom"))
                    ? QDate::fromString(ruleObject.value(QLatin1String("validFrom")).toString(), Qt::ISODate)
                    : regime.regime.validFrom;
            rule.note = ruleObject.value(QLatin1String("note")).toString();
            rule.confirmed = ruleObject.value(QLatin1String("confirmed")).toBool(true);
            if (rule.owesNothing) {
                rule.nothingBasis = ruleObject.value(QLatin1String("basis")).toString();
            }
            const QJsonObject when = ruleObject.value(QLatin1String("when")).toObject();
            if (when.contains(QLatin1String("any"))) {
                for (const QJsonValue& condition : when.value(QLatin1String("any")).toArray()) {
                    rule.conditions.push_back(readCondition(condition.toObject()));
                }
            } else {
                rule.conditions.push_back(readCondition(when));
            }
            rule.recipients = readStrings(ruleObject.value(QLatin1String("recipients")));
            for (const QJsonValue& eventValue : ruleObject.value(QLatin1String("events")).toArray()) {
                const QJsonObject eventObject = eventValue.toObject();
                const auto event = eventFromId(eventObject.value(QLatin1String("event")).toString());
                if (!event) {
                    return Error::unusable(
                        ObligationText::tr("obligation rules: %1 has an unknown event").arg(rule.id));
                }
                auto followUp = readFollowUp(eventObject.value(QLatin1String("followUp")), rule.id);
                if (!followUp) {
                    return followUp.error();
                }
                rule.events.push_back({*event, eventObject.value(QLatin1String("from")).toString(),
                                       eventObject.value(QLatin1String("basis")).toString(),
                                       eventObject.value(QLatin1String("months")).toInt(2), *followUp});
            }
            const QJsonObject exemption = ruleObject.value(QLatin1String("exemption")).toObject();
            rule.exemptionMonths = exemption.value(QLatin1String("lastDeclarationWithinMonths")).toInt(0);
            rule.exemptionBasis = exemption.value(QLatin1String("basis")).toString();
            const bool complete = rule.owesNothing ? rule.recipients.isEmpty() && rule.events.empty() &&
                                                         !rule.nothingBasis.isEmpty()
                                                   : !rule.recipients.isEmpty() && !rule.events.empty();
            if (!complete || rule.conditions.empty() || rule.law.isEmpty() || rule.source.isEmpty() ||
                !rule.validFrom.isValid()) {
                return Error::unusable(ObligationText::tr("obligation rules: %1 is incomplete").arg(rule.id));
            }
            regime.rules.push_back(std::move(rule));
        }
        rules.m_regimes.push_back(std::move(regime));
    }
    if (rules.m_regimes.empty()) {
        return Error::unusable(ObligationText::tr("obligation rules: no regime"));
    }
    if (rules.m_defaultRegime.isEmpty()) {
        rules.m_defaultRegime = rules.m_regimes.front().regime.id;
    }
    return rules;
}

const ObligationRules& ObligationRules::builtIn()
{
    static const ObligationRules rules =
        detail::loadBuiltIn<ObligationRules>(QStringLiteral(":/probitas/rules/obligations.json"));
    return rules;
}

std::vector<Regime> ObligationRules::regimes() const
{
    std::vector<Regime> result;
    for (const RegimeRules& regime : m_regimes) {
        result.push_back(regime.regime);
    }
    return result;
}

std::vector<ObligationRules::Rule> ObligationRules::rulesOf(const QString& regimeId) const
{
    const RegimeRules* regime = findRegime(regimeId);
    return regime ? regime->rules : std::vector<Rule>();
}

QStringList ObligationRules::namedAuthorities() const
{
    QStringList named;
    for (const RegimeRules& regime : m_regimes) {
        for (const Rule& rule : regime.rules) {
            for (const QString& recipient : rule.recipients) {
                if (!recipient.startsWith(QLatin1String("tribunal:")) &&
                    !recipient.startsWith(QLatin1String("cour:")) && !named.contains(recipient)) {
                    named << recipient;
                }
            }
        }
    }
    return named;
}

bool ObligationRules::hasRegime(const QString& regimeId) const
{
    return findRegime(regimeId) != nullptr;
}

const ObligationRules::RegimeRules* ObligationRules::findRegime(const QString& regimeId) const
{
    for (const RegimeRules& regime : m_regimes) {
        if (regime.regime.id == regimeId) {
            return &regime;
        }
    }
    return nullptr;
}

Result<ObligationReport> ObligationRules::compute(const Profile& profile,
                                                  const JurisdictionDirectory& directory,
                                                  const QString& regimeId) const
{
    const RegimeRules* regime = findRegime(regimeId);
    if (!regime) {
        QStringList known;
        for (const RegimeRules& candidate : m_regimes) {
            known << candidate.regime.id;
        }
        return Error::unusable(ObligationText::tr("unknown regime \"%1\" (known: %2)")
                                   .arg(regimeId, known.join(QStringLiteral(", "))));
    }
    if (profile.ceasedOn.isValid() && profile.ceasedOn < profile.installedOn) {
        return Error::invalid(
            ObligationText::tr("profile.ceased_on: the end of functions (%1) precedes the "
                               "installation (%2)")
                .arg(profile.ceasedOn.toString(Qt::ISODate), profile.installedOn.toString(Qt::ISODate)));
    }
    if (profile.changedOn.isValid() && profile.changedOn < profile.installedOn) {
        return Error::invalid(
            ObligationText::tr("profile.changed_on: the change (%1) precedes the installation (%2)")
                .arg(profile.changedOn.toString(Qt::ISODate), profile.installedOn.toString(Qt::ISODate)));
    }

    const Court* court = nullptr;
    if (profile.servesInACourt()) {
        auto resolved = profile.resolveCourt(directory);
        if (!resolved) {
            return resolved.error();
        }
        court = *resolved;
    }

    ObligationReport report;
    report.regime = regimeId;
    bool anyRuleApplies = false;
    for (const Rule& rule : regime->rules) {
        if (std::none_of(rule.conditions.begin(), rule.conditions.end(),
                         [&profile](const Condition& condition) { return matches(condition, profile); })) {
            continue;
        }
        anyRuleApplies = true;
        if (rule.owesNothing) {
            report.nothingOwed.push_back({rule.id, rule.nothingBasis, rule.law});
            continue;
        }
        QStringList recipients;
        for (const QString& recipient : rule.recipients) {
            auto resolved = resolveRecipient(recipient, court, directory);
            if (!resolved) {
                return resolved.error();
            }
            recipients << *resolved;
        }
        for (const EventRule& eventRule : rule.events) {
            const QDate triggeredOn = profileDate(profile, eventRule.from);
            if (!triggeredOn.isValid()) {
                continue; // the event has not happened (no cessation, no change)
            }
            // "Aucune nouvelle déclaration n'est exigée du magistrat qui a établi depuis moins de six mois
            // une déclaration": strictly less than six months before the event, and not after it.
            if (rule.exemptionMonths > 0 && profile.lastDspOn.isValid() && profile.lastDspOn <= triggeredOn &&
                profile.lastDspOn > triggeredOn.addMonths(-rule.exemptionMonths)) {
                report.exemptions.push_back(
                    {rule.declaration, eventRule.event, triggeredOn, profile.lastDspOn, rule.exemptionBasis});
                continue;
            }
            report.obligations.push_back({rule.declaration, eventRule.event, recipients, triggeredOn,
                                          deadline(triggeredOn, eventRule.months), eventRule.basis, rule.id,
                                          rule.law, eventRule.followUp, rule.source, rule.validFrom,
                                          rule.note, rule.confirmed});
        }
    }
    if (!anyRuleApplies) {
        return Error::invalid(ObligationText::tr("no rule of regime %1 covers this profile").arg(regimeId));
    }
    std::stable_sort(report.obligations.begin(), report.obligations.end(),
                     [](const Obligation& left, const Obligation& right) {
                         if (left.due != right.due) {
                             return left.due < right.due;
                         }
                         return left.declaration < right.declaration;
                     });
    return report;
}

QString authorityLabel(const QString& authorityId, const JurisdictionDirectory& directory)
{
    if (authorityId == QLatin1String("hatvp")) {
        return ObligationText::tr("Haute Autorité pour la transparence de la vie publique");
    }
    if (authorityId == QLatin1String("college-de-deontologie")) {
        return ObligationText::tr("collège de déontologie des magistrats de l'ordre judiciaire");
    }
    // The authorities the access rules name beyond the recipients of filings (store/AccessPolicy.h).
    if (authorityId == QLatin1String("csm")) {
        return ObligationText::tr("Conseil supérieur de la magistrature");
    }
    if (authorityId == QLatin1String("garde-des-sceaux")) {
        return ObligationText::tr("garde des sceaux, ministre de la justice");
    }
    if (authorityId == QLatin1String("inspection-generale-de-la-justice")) {
        return ObligationText::tr("Inspection générale de la justice");
    }
    // The recipients outside the courts' directory (LO n° 2023-1058; ord. 58-1067 art. 3-1).
    if (authorityId == QLatin1String("inspection-generale-de-la-justice:chef")) {
        return ObligationText::tr("inspecteur général, chef of the inspection générale de la justice");
    }
    if (authorityId == QLatin1String("conseil-constitutionnel:president")) {
        return ObligationText::tr("président of the Conseil constitutionnel");
    }
    // Another authority outside the courts, as the data names it.
    if (const NamedAuthority* named = directory.namedAuthority(authorityId)) {
        return named->label;
    }
    const qsizetype separator = authorityId.indexOf(QLatin1Char(':'));
    if (separator < 0) {
        return authorityId;
    }
    const QString courtId = authorityId.left(separator);
    const QString role = authorityId.mid(separator + 1);
    const Court* court = nullptr;
    for (const Court& candidate : directory.courts()) {
        if (candidate.id() == courtId) {
            court = &candidate;
            break;
        }
    }
    const QString courtName = court ? court->displayName() : courtId;
    if (role == QLatin1String("president")) {
        return ObligationText::tr("président of the %1").arg(courtName);
    }
    if (role == QLatin1String("procureur")) {
        return ObligationText::tr("procureur de la République of the %1").arg(courtName);
    }
    if (role == QLatin1String("premier-president")) {
        return ObligationText::tr("premier président of the %1").arg(courtName);
    }
    if (role == QLatin1String("procureur-general")) {
        return ObligationText::tr("procureur général of the %1").arg(courtName);
    }
    return authorityId;
}

} // namespace probitas
