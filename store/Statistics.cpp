#include "Statistics.h"

#include "AuditActions.h"
#include "Clock.h"
#include "Obligations.h"
#include "Store.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimeZone>
#include <algorithm>
#include <map>
#include <set>

namespace probitas::store {

namespace {

// Deadlines are French legal dates: a filing counts on the day it was made in Paris.
QDate parisDate(const QDateTime& at)
{
    static const QTimeZone paris(QByteArrayLiteral("Europe/Paris"));
    return (paris.isValid() ? at.toTimeZone(paris) : at.toUTC()).date();
}

// A count and the magistrates behind it: the threshold is on people, not on declarations.
struct Cell
{
    qint64 count = 0;
    std::set<QString> magistrates;

    void add(const QString& magistrate)
    {
        ++count;
        magistrates.insert(magistrate);
    }
    bool small() const
    {
        return !magistrates.empty() && int(magistrates.size()) < Statistics::kMinimumMagistrates;
    }
};

struct Line
{
    QString name;
    Cell due, onTime, late, missing, notYetDue, entretiens, avis, controlActs;

    std::set<QString> population() const
    {
        std::set<QString> all;
        for (const Cell* cell : {&due, &entretiens, &avis, &controlActs}) {
            all.insert(cell->magistrates.begin(), cell->magistrates.end());
        }
        return all;
    }
};

struct Jurisdiction
{
    QString id;
    QString name;
};

std::optional<Jurisdiction> jurisdictionOf(const Profile& profile)
{
    if (profile.status == MagistrateStatus::MembreCsm && !profile.court) {
        return Jurisdiction{QStringLiteral("csm"), Statistics::tr("Conseil supérieur de la magistrature")};
    }
    auto court = profile.resolveCourt(JurisdictionDirectory::builtIn());
    if (!court) {
        return std::nullopt;
    }
    return Jurisdiction{(*court)->id(), (*court)->displayName()};
}

// The published figures of one line, with small cells withheld.
StatisticsRow publish(const QString& jurisdiction, int year, const Line& line)
{
    StatisticsRow row;
    row.jurisdiction = jurisdiction;
    row.jurisdictionName = line.name;
    row.year = year;
    const auto number = [](const Cell& cell) { return QString::number(cell.count); };
    const auto shown = [&number](const Cell& cell) {
        return cell.small() ? Statistics::smallCell() : number(cell);
    };
    if (int(line.population().size()) < Statistics::kMinimumMagistrates) {
        // Even a zero would tell something about the one or two magistrates of the line.
        for (QString* figure : {&row.due, &row.filedOnTime, &row.filedLate, &row.missing, &row.notYetDue,
                                &row.entretiens, &row.avisRequested, &row.controlActs}) {
            *figure = Statistics::smallCell();
        }
        return row;
    }
    row.entretiens = shown(line.entretiens);
    row.avisRequested = shown(line.avis);
    row.controlActs = shown(line.controlActs);
    const std::pair<const Cell*, QString*> parts[] = {{&line.onTime, &row.filedOnTime},
                                                      {&line.late, &row.filedLate},
                                                      {&line.missing, &row.missing},
                                                      {&line.notYetDue, &row.notYetDue}};
    if (line.due.small()) {
        row.due = Statistics::smallCell();
        for (const auto& [cell, figure] : parts) {
            *figure = Statistics::smallCell();
        }
        return row;
    }
    row.due = number(line.due);
    int withheld = 0;
    for (const auto& [cell, figure] : parts) {
        *figure = shown(*cell);
        withheld += cell->small() ? 1 : 0;
    }
    if (withheld == 1) {
        // The four parts add up to the due figure: one withheld part alone could be recomputed.
        const std::pair<const Cell*, QString*>* smallest = nullptr;
        for (const auto& part : parts) {
            if (!part.first->small() && part.first->count > 0 &&
                (!smallest || part.first->count < smallest->first->count)) {
                smallest = &part;
            }
        }
        if (smallest) {
            *smallest->second = Statistics::secondary();
        }
    }
    return row;
}

QString csvField(const QString& text)
{
    if (!text.contains(QLatin1Char(',')) && !text.contains(QLatin1Char('"')) &&
        !text.contains(QLatin1Char('\n'))) {
        return text;
    }
    QString quoted = text;
    quoted.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

} // namespace

QString Statistics::note()
{
    return tr("Anonymised: no names and no ids. \"<3\": withheld because the figure concerns fewer than 3 "
              "magistrates (a whole line when its jurisdiction and year count fewer than 3), to prevent "
              "re-identification. \"s\": withheld so that a \"<3\" figure cannot be recomputed from its "
              "line's total.");
}

QByteArray Statistics::toCsv() const
{
    QString text = QStringLiteral("# ") + note() + QLatin1Char('\n') + QStringLiteral("# ") +
                   tr("Generated at %1.").arg(generatedAt.toUTC().toString(Qt::ISODate)) + QLatin1Char('\n');
    text += QStringLiteral("jurisdiction,jurisdiction_name,year,due,filed_on_time,filed_late,missing,"
                           "not_yet_due,entretiens,avis_requested,control_acts\n");
    for (const StatisticsRow& row : rows) {
        const QStringList fields{row.jurisdiction,
                                 csvField(row.jurisdictionName),
                                 QString::number(row.year),
                                 row.due,
                                 row.filedOnTime,
                                 row.filedLate,
                                 row.missing,
                                 row.notYetDue,
                                 row.entretiens,
                                 row.avisRequested,
                                 row.controlActs};
        text += fields.join(QLatin1Char(',')) + QLatin1Char('\n');
    }
    return text.toUtf8();
}

QByteArray Statistics::toJson() const
{
    // Published figures are numbers; withheld ones the marker the note explains.
    const auto figure = [](const QString& text) {
        bool numeric = false;
        const qint64 value = text.toLongLong(&numeric);
        return numeric ? QJsonValue(value) : QJsonValue(text);
    };
    QJsonArray array;
    for (const StatisticsRow& row : rows) {
        array.append(QJsonObject{
            {QStringLiteral("jurisdiction"), row.jurisdiction},
            {QStringLiteral("jurisdiction_name"), row.jurisdictionName},
            {QStringLiteral("year"), row.year},
            {QStringLiteral("due"), figure(row.due)},
            {QStringLiteral("filed_on_time"), figure(row.filedOnTime)},
            {QStringLiteral("filed_late"), figure(row.filedLate)},
            {QStringLiteral("missing"), figure(row.missing)},
            {QStringLiteral("not_yet_due"), figure(row.notYetDue)},
            {QStringLiteral("entretiens"), figure(row.entretiens)},
            {QStringLiteral("avis_requested"), figure(row.avisRequested)},
            {QStringLiteral("control_acts"), figure(row.controlActs)},
        });
    }
    return QJsonDocument(
               QJsonObject{{QStringLiteral("note"), note()},
                           {QStringLiteral("generated_at"), generatedAt.toUTC().toString(Qt::ISODate)},
                           {QStringLiteral("rows"), array}})
        .toJson(QJsonDocument::Indented);
}

Statistics computeStatistics(const QList<Person>& people, const QList<DeclarationRecord>& declarations,
                             const QList<AuditEntry>& trail, const QDateTime& now, const QString& regime)
{
    const QDate today = parisDate(now);
    std::map<std::pair<QString, int>, Line> lines;
    std::map<QString, Jurisdiction> jurisdictionOfPerson;
    std::map<QString, std::vector<const DeclarationRecord*>> filedBy;
    for (const DeclarationRecord& record : declarations) {
        filedBy[record.declarantId].push_back(&record);
    }
    const ObligationRules& rules = ObligationRules::builtIn();
    for (const Person& person : people) {
        const auto obliged = person.obligationsProfile();
        if (!obliged) {
            continue;
        }
        const auto jurisdiction = jurisdictionOf(*obliged);
        if (!jurisdiction) {
            continue;
        }
        jurisdictionOfPerson.emplace(person.id, *jurisdiction);
        auto obligations = rules.compute(*obliged, JurisdictionDirectory::builtIn(), regime);
        if (!obligations) {
            continue;
        }
        // Each obligation is met by the earliest filing of that kind and event not used by another.
        std::vector<const DeclarationRecord*> filings = filedBy[person.id];
        std::sort(filings.begin(), filings.end(), [](const DeclarationRecord* a, const DeclarationRecord* b) {
            return a->filedAt < b->filedAt;
        });
        std::set<const DeclarationRecord*> used;
        for (const Obligation& obligation : obligations->obligations) {
            Line& line = lines[{jurisdiction->id, obligation.due.year()}];
            line.name = jurisdiction->name;
            line.due.add(person.id);
            const DeclarationRecord* match = nullptr;
            for (const DeclarationRecord* filing : filings) {
                const DeclarationEvent event = filing->event == DeclarationEvent::ModificationApresEntretien
                                                   ? DeclarationEvent::Modification
                                                   : filing->event;
                if (!used.count(filing) && filing->kind == obligation.declaration &&
                    event == obligation.event) {
                    match = filing;
                    break;
                }
            }
            if (match) {
                used.insert(match);
                (parisDate(match->filedAt) <= obligation.due ? line.onTime : line.late).add(person.id);
            } else {
                (obligation.due < today ? line.missing : line.notYetDue).add(person.id);
            }
        }
    }
    std::map<QString, QString> declarantOf;
    for (const DeclarationRecord& record : declarations) {
        declarantOf.emplace(record.id, record.declarantId);
    }
    for (const AuditEntry& entry : trail) {
        const bool entretien = entry.action == actions::EntretienRecord;
        const bool controlAct = actions::ControlActs.contains(entry.action);
        if (!entretien && !controlAct && entry.action != actions::AvisRequest) {
            continue;
        }
        QString magistrate =
            declarantOf.count(entry.declarationId) ? declarantOf.at(entry.declarationId) : QString();
        if (magistrate.isEmpty()) {
            magistrate = entry.details.value(QStringLiteral("declarant")).toString();
        }
        const auto jurisdiction = jurisdictionOfPerson.find(magistrate);
        if (jurisdiction == jurisdictionOfPerson.end()) {
            continue;
        }
        Line& line = lines[{jurisdiction->second.id, parisDate(entry.at).year()}];
        line.name = jurisdiction->second.name;
        (entretien ? line.entretiens : controlAct ? line.controlActs : line.avis).add(magistrate);
    }
    Statistics statistics;
    statistics.generatedAt = now;
    for (const auto& [key, line] : lines) {
        statistics.rows << publish(key.first, key.second, line);
    }
    return statistics;
}

Result<Statistics> statistics(Store& store, const crypto::Identity& identity)
{
    auto reader = store.audit().wholeTrailReader(identity, QStringLiteral("statistics"));
    if (!reader) {
        return reader.error();
    }
    auto people = store.directory().people();
    if (people) {
        people = store.directory().withDeclaredChanges(*people);
    }
    if (!people) {
        return people.error();
    }
    auto declarations = store.declarations().list(identity);
    if (!declarations) {
        return declarations.error();
    }
    auto trail = store.audit().log(identity);
    if (!trail) {
        return trail.error();
    }
    auto regime = store.directory().regime();
    if (!regime) {
        return regime.error();
    }
    return computeStatistics(*people, *declarations, *trail, Clock::nowUtc(), regime->regime);
}

} // namespace probitas::store
