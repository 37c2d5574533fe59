// The HATVP's control of a DSP (Controls.h): its acts written with their audit entries, and every reading
// checked against those entries.
#include "Controls.h"

#include "AuditActions.h"
#include "CanonicalJson.h"
#include "Clock.h"
#include "Envelope.h"
#include "StoreSql.h"

#include <QHash>
#include <QJsonDocument>
#include <QTimeZone>
#include <algorithm>

namespace probitas::store {

using namespace sql;

namespace {

const QString kOpen = controlStatusId(ControlStatus::Open);
const QString kConcluded = controlStatusId(ControlStatus::Concluded);
// What a document longer than this holds belongs in an attachment the HATVP keeps itself.
constexpr qsizetype kMaximumText = 20000;
const QLatin1StringView kTampered("store.control-tampered");
const QString kDocumentType = QStringLiteral("probitas-control-act");

const QString kControlSelect = QStringLiteral(
    "SELECT c.id, c.declaration_id, d.declarant_id, p.name, c.controller_id, c.received_at, c.due_on, "
    "c.status, c.outcome, c.concluded_at FROM controls c JOIN declarations d ON d.id = c.declaration_id "
    "JOIN people p ON p.id = d.declarant_id ");

// The HATVP's dates are those of Paris: a deadline is a day there.
QDate parisDate(const QDateTime& at)
{
    return at.toTimeZone(QTimeZone(QByteArrayLiteral("Europe/Paris"))).date();
}

QString dateText(const QDate& date)
{
    return date.isValid() ? date.toString(Qt::ISODate) : QString();
}

QJsonValue textOrNull(const QString& text)
{
    return text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
}

QString actionOf(ControlActKind kind)
{
    switch (kind) {
    case ControlActKind::ExplanationRequest:
        return actions::ControlRequest;
    case ControlActKind::Answer:
        return actions::ControlAnswer;
    case ControlActKind::Injonction:
        return actions::ControlInjonction;
    case ControlActKind::TaxReturnsRequest:
        return actions::ControlTaxReturns;
    case ControlActKind::Conclusion:
        return actions::ControlConclude;
    }
    return {};
}

Error wrongState(const QString& message)
{
    return Error{ErrorKind::Invalid, message, QString(errors::WrongState)};
}

// A row that is not what the signed entries recorded: changed, added or removed by hand.
Error tampered(const QString& controlId, const QString& what)
{
    return Error{
        ErrorKind::Integrity,
        ControlRegister::tr("control %1 is not what its audit trail records: %2").arg(controlId, what),
        QString(kTampered)};
}

Status checkText(const QString& text)
{
    if (text.trimmed().isEmpty()) {
        return Error::invalid(ControlRegister::tr("an act of a control needs its text"));
    }
    if (text.size() > kMaximumText) {
        return Error::invalid(
            ControlRegister::tr("an act of a control holds at most %1 characters").arg(kMaximumText));
    }
    return success();
}

// What the store holds of a control once checked against the trail: the record, each act's entry and
// sealed document.
struct Checked
{
    ControlRecord record;
    QHash<QString, AuditEntry> entries;   // act id -> the entry that recorded it
    QHash<QString, QByteArray> documents; // act id -> its sealed document (empty once destroyed)
};

template <typename Enum>
std::optional<Enum> optionalFrom(const QString& text, std::optional<Enum> (*fromId)(const QString&))
{
    return text.isEmpty() ? std::nullopt : fromId(text);
}

// The control of `row` (kControlSelect's columns) and its acts, each checked against the signed entry that
// recorded it: its author (the HATVP that controls, or the declarant for an answer), kind, time, deadline,
// grounds, the act it answers, its outcome and its document's hash; and the control's controller,
// deadline, status and outcome against its first act's entry and its conclusion's.
Result<Checked> check(const Connection& connection, const DirectoryView& directory, const QVariantList& row)
{
    Checked checked;
    ControlRecord& record = checked.record;
    record.id = row.at(0).toString();
    auto status = parseControlStatus(row.at(7).toString(), record.id);
    if (!status) {
        return status.error();
    }
    record.declarationId = row.at(1).toString();
    record.declarantId = row.at(2).toString();
    record.declarant = row.at(3).toString();
    record.controllerId = row.at(4).toString();
    record.receivedAt = parseTimestamp(row.at(5).toString());
    record.dueOn = QDate::fromString(row.at(6).toString(), Qt::ISODate);
    record.status = *status;
    const QString outcomeText = row.at(8).toString();
    record.outcome = optionalFrom(outcomeText, &controlOutcomeFromId);
    if (!outcomeText.isEmpty() && !record.outcome) {
        return tampered(record.id, ControlRegister::tr("unknown outcome \"%1\"").arg(outcomeText));
    }
    record.concludedAt = parseTimestamp(row.at(9).toString());

    auto rows = fetch(connection,
                      QStringLiteral("SELECT a.id, a.kind, a.author_id, p.name, a.at, a.due_on, a.grounds, "
                                     "a.answers, a.document, a.control_id FROM control_acts a JOIN people p "
                                     "ON p.id = a.author_id WHERE a.declaration_id = ? ORDER BY a.at, a.id"),
                      {record.declarationId});
    if (!rows) {
        return rows.error();
    }
    QStringList names;
    for (const QString& action : actions::ControlActs) {
        names << QLatin1Char('\'') + action + QLatin1Char('\'');
    }
    auto entryRows = fetch(connection,
                           QStringLiteral("SELECT %1 FROM audit WHERE declaration_id = ? AND action IN (%2) "
                                          "ORDER BY sequence")
                               .arg(kAuditColumns, names.join(QLatin1Char(','))),
                           {record.declarationId});
    if (!entryRows) {
        return entryRows.error();
    }
    // Every entry verified against the certificate its actor held then.
    const AuditEntry* first = nullptr;
    std::vector<AuditEntry> entries;
    for (const auto& entryRow : *entryRows) {
        entries.push_back(entryFromRow(entryRow));
    }
    for (const AuditEntry& entry : entries) {
        auto certificate = directory.certificateAt(entry.actorId, entry.sequence);
        if (!certificate) {
            return certificate.error();
        }
        if (const QString problem = auditEntryProblem(entry, *certificate); !problem.isEmpty()) {
            return tampered(record.id,
                            ControlRegister::tr("audit entry %1: %2").arg(entry.sequence).arg(problem));
        }
        if (entry.details.value(QStringLiteral("control")).toString() != record.id) {
            return tampered(
                record.id, ControlRegister::tr("audit entry %1 records another control").arg(entry.sequence));
        }
        first = first ? first : &entry;
        checked.entries.insert(entry.details.value(QStringLiteral("act")).toString(), entry);
    }
    if (!first) {
        return tampered(record.id, ControlRegister::tr("no entry records its acts"));
    }
    // Opened by the HATVP's first act, which recorded the six months.
    if (first->actorId != record.controllerId ||
        first->details.value(QStringLiteral("appreciation-due-on")).toString() != dateText(record.dueOn) ||
        first->details.value(QStringLiteral("received-at")).toString() != timestamp(record.receivedAt)) {
        return tampered(record.id, ControlRegister::tr("its controller, receipt or deadline"));
    }
    auto controller = directory.personById(record.controllerId);
    if (!controller) {
        return controller.error();
    }
    if (controller->role != Role::Authority || controller->authorityId != authorities::Hatvp) {
        return tampered(record.id, ControlRegister::tr("%1 is not the HATVP").arg(controller->name));
    }
    // The acts in the order the trail recorded them (an answer after what it answers, whatever the clock).
    Rows acts = std::move(rows).value();
    for (const auto& actRow : acts) {
        if (!checked.entries.contains(actRow.at(0).toString())) {
            return tampered(record.id,
                            ControlRegister::tr("act %1 has no audit entry").arg(actRow.at(0).toString()));
        }
    }
    std::stable_sort(acts.begin(), acts.end(), [&](const QVariantList& a, const QVariantList& b) {
        return checked.entries.value(a.at(0).toString()).sequence <
               checked.entries.value(b.at(0).toString()).sequence;
    });
    const bool destroyed = record.status == ControlStatus::Destroyed;
    QHash<QString, int> indexOf;
    int conclusion = -1;
    for (const auto& actRow : acts) {
        ControlActRecord act;
        act.id = actRow.at(0).toString();
        const auto kind = controlActKindFromId(actRow.at(1).toString());
        if (!kind || actRow.at(9).toString() != record.id) {
            return tampered(record.id, ControlRegister::tr("act %1").arg(act.id));
        }
        act.kind = *kind;
        act.authorId = actRow.at(2).toString();
        act.author = actRow.at(3).toString();
        act.at = parseTimestamp(actRow.at(4).toString());
        act.dueOn = QDate::fromString(actRow.at(5).toString(), Qt::ISODate);
        act.grounds = optionalFrom(actRow.at(6).toString(), &injonctionGroundsFromId);
        act.answers = actRow.at(7).toString();
        const QByteArray document = actRow.at(8).toByteArray();
        const auto entry = checked.entries.constFind(act.id);
        if (entry == checked.entries.constEnd()) {
            return tampered(record.id, ControlRegister::tr("act %1 has no audit entry").arg(act.id));
        }
        const QJsonObject& details = entry->details;
        const bool byTheHatvp = act.kind != ControlActKind::Answer;
        const QString expectedAuthor = byTheHatvp ? record.controllerId : record.declarantId;
        act.outcome =
            optionalFrom(details.value(QStringLiteral("outcome")).toString(), &controlOutcomeFromId);
        if (entry->action != actionOf(act.kind) || entry->actorId != act.authorId ||
            act.authorId != expectedAuthor || entry->at != act.at ||
            details.value(QStringLiteral("due-on")).toString() != dateText(act.dueOn) ||
            details.value(QStringLiteral("grounds")).toString() !=
                (act.grounds ? injonctionGroundsId(*act.grounds) : QString()) ||
            details.value(QStringLiteral("answers")).toString() != act.answers ||
            (document.isEmpty()
                 ? !destroyed
                 : details.value(QStringLiteral("document-sha256")).toString() != sha256Hex(document))) {
            return tampered(record.id,
                            ControlRegister::tr("act %1 is not the one its author signed").arg(act.id));
        }
        if (!act.answers.isEmpty()) {
            const auto answered = indexOf.constFind(act.answers);
            if (answered == indexOf.constEnd() || !record.acts.at(*answered).answeredBy.isEmpty()) {
                return tampered(record.id, ControlRegister::tr("answer %1").arg(act.id));
            }
            record.acts[*answered].answeredBy = act.id;
        }
        checked.documents.insert(act.id, document);
        indexOf.insert(act.id, int(record.acts.size()));
        record.acts << act;
        if (act.kind == ControlActKind::Conclusion) {
            conclusion = int(record.acts.size()) - 1;
        }
    }
    if (indexOf.size() != checked.entries.size()) {
        return tampered(record.id, ControlRegister::tr("an act its trail records is missing"));
    }
    // Concluded exactly when its conclusion is there, with that outcome and at that time.
    const bool consistent =
        conclusion >= 0
            ? record.status == ControlStatus::Concluded &&
                  record.outcome == record.acts.at(conclusion).outcome && record.outcome &&
                  record.concludedAt == record.acts.at(conclusion).at
            : record.status == ControlStatus::Open && !record.outcome && !record.concludedAt.isValid();
    if (!destroyed && !consistent) {
        return tampered(record.id, ControlRegister::tr("its status or outcome"));
    }
    return checked;
}

} // namespace

// ---- ids

QString controlActKindId(ControlActKind kind)
{
    switch (kind) {
    case ControlActKind::ExplanationRequest:
        return QStringLiteral("explanation-request");
    case ControlActKind::Answer:
        return QStringLiteral("answer");
    case ControlActKind::Injonction:
        return QStringLiteral("injonction");
    case ControlActKind::TaxReturnsRequest:
        return QStringLiteral("tax-returns-request");
    case ControlActKind::Conclusion:
        return QStringLiteral("conclusion");
    }
    return {};
}

std::optional<ControlActKind> controlActKindFromId(const QString& id)
{
    for (ControlActKind kind :
         {ControlActKind::ExplanationRequest, ControlActKind::Answer, ControlActKind::Injonction,
          ControlActKind::TaxReturnsRequest, ControlActKind::Conclusion}) {
        if (controlActKindId(kind) == id) {
            return kind;
        }
    }
    return std::nullopt;
}

QString injonctionGroundsId(InjonctionGrounds grounds)
{
    return grounds == InjonctionGrounds::Incomplete ? QStringLiteral("incomplete")
                                                    : QStringLiteral("unanswered");
}

std::optional<InjonctionGrounds> injonctionGroundsFromId(const QString& id)
{
    for (InjonctionGrounds grounds : {InjonctionGrounds::Incomplete, InjonctionGrounds::Unanswered}) {
        if (injonctionGroundsId(grounds) == id) {
            return grounds;
        }
    }
    return std::nullopt;
}

QString controlOutcomeId(ControlOutcome outcome)
{
    switch (outcome) {
    case ControlOutcome::NoObservation:
        return QStringLiteral("no-observation");
    case ControlOutcome::Justified:
        return QStringLiteral("justified");
    case ControlOutcome::Parquet:
        return QStringLiteral("parquet");
    case ControlOutcome::GardeDesSceaux:
        return QStringLiteral("garde-des-sceaux");
    }
    return {};
}

std::optional<ControlOutcome> controlOutcomeFromId(const QString& id)
{
    for (ControlOutcome outcome : {ControlOutcome::NoObservation, ControlOutcome::Justified,
                                   ControlOutcome::Parquet, ControlOutcome::GardeDesSceaux}) {
        if (controlOutcomeId(outcome) == id) {
            return outcome;
        }
    }
    return std::nullopt;
}

// ---- records

QJsonObject ControlActRecord::toJson() const
{
    return {
        {QStringLiteral("id"), id},
        {QStringLiteral("kind"), controlActKindId(kind)},
        {QStringLiteral("author"), author},
        {QStringLiteral("at"), at.toString(Qt::ISODateWithMs)},
        {QStringLiteral("due_on"), textOrNull(dateText(dueOn))},
        {QStringLiteral("grounds"), textOrNull(grounds ? injonctionGroundsId(*grounds) : QString())},
        {QStringLiteral("answers"), textOrNull(answers)},
        {QStringLiteral("answered_by"), textOrNull(answeredBy)},
        {QStringLiteral("outcome"), textOrNull(outcome ? controlOutcomeId(*outcome) : QString())},
    };
}

const ControlActRecord* ControlRecord::pendingInjonction() const
{
    for (const ControlActRecord& act : acts) {
        if (act.kind == ControlActKind::Injonction && act.answeredBy.isEmpty()) {
            return &act;
        }
    }
    return nullptr;
}

QJsonObject ControlRecord::toJson() const
{
    QJsonArray array;
    for (const ControlActRecord& act : acts) {
        array.append(act.toJson());
    }
    return {
        {QStringLiteral("id"), id},
        {QStringLiteral("declaration"), declarationId},
        {QStringLiteral("declarant"), declarant},
        {QStringLiteral("received_at"), receivedAt.toString(Qt::ISODateWithMs)},
        {QStringLiteral("due_on"), dateText(dueOn)},
        {QStringLiteral("status"), controlStatusId(status)},
        {QStringLiteral("outcome"), textOrNull(outcome ? controlOutcomeId(*outcome) : QString())},
        {QStringLiteral("concluded_at"),
         concludedAt.isValid() ? QJsonValue(concludedAt.toString(Qt::ISODateWithMs)) : QJsonValue()},
        {QStringLiteral("acts"), array},
    };
}

QByteArray OpenedControl::toCanonicalJson() const
{
    QJsonObject object = record.toJson();
    QJsonArray array;
    for (const OpenedControlAct& act : acts) {
        QJsonObject item = act.record.toJson();
        item.insert(QStringLiteral("text"), act.text);
        if (act.record.kind == ControlActKind::TaxReturnsRequest) {
            item.insert(QStringLiteral("including_partner"), act.includingPartner);
        }
        array.append(item);
    }
    object.insert(QStringLiteral("acts"), array);
    return json::serialize(object);
}

// ---- the register

ControlRegister::ControlRegister(const Connection& connection, const DirectoryView& directory,
                                 const AuditTrail& audit, const Declarations& declarations)
    : m_connection(connection)
    , m_directory(directory)
    , m_audit(audit)
    , m_declarations(declarations)
{}

Result<QString> ControlRegister::controlOf(const QString& declarationId) const
{
    auto rows = fetch(m_connection, QStringLiteral("SELECT id FROM controls WHERE declaration_id = ?"),
                      {declarationId});
    if (!rows) {
        return rows.error();
    }
    return rows->empty() ? QString() : rows->front().at(0).toString();
}

Result<ControlRecord> ControlRegister::get(const QString& controlId) const
{
    auto rows = fetch(m_connection, kControlSelect + QStringLiteral("WHERE c.id = ?"), {controlId});
    if (!rows) {
        return rows.error();
    }
    if (rows->empty()) {
        return Error{ErrorKind::Unusable, tr("no control %1 in the store").arg(controlId),
                     QString(errors::NotFound)};
    }
    auto checked = check(m_connection, m_directory, rows->front());
    if (!checked) {
        return checked.error();
    }
    return std::move(checked->record);
}

Result<QList<ControlRecord>> ControlRegister::list(const crypto::Identity& identity, bool openOnly) const
{
    auto actor = m_directory.actorFor(identity);
    if (!actor) {
        return actor.error();
    }
    auto rows = fetch(m_connection, kControlSelect + QStringLiteral("ORDER BY c.due_on, c.id"));
    if (!rows) {
        return rows.error();
    }
    QList<ControlRecord> records;
    for (const auto& row : *rows) {
        // Checked before deciding: a control whose controller was changed by hand is refused, not hidden
        // from the HATVP's dashboard.
        auto checked = check(m_connection, m_directory, row);
        if (!checked) {
            return checked.error();
        }
        const ControlFacts facts{
            checked->record.declarantId, DeclarationKind::Patrimoine, {}, checked->record.controllerId};
        if (!decideControl(*actor, ControlAction::List, facts)) {
            continue;
        }
        if (!openOnly || checked->record.status == ControlStatus::Open) {
            records << std::move(checked->record);
        }
    }
    return records;
}

Result<QString> ControlRegister::requestExplanation(const QString& declarationId,
                                                    const crypto::Identity& hatvp, const QString& text)
{
    return act(declarationId, hatvp,
               {ControlActKind::ExplanationRequest, ControlAction::Request, text, {}, {}, false});
}

Result<QString> ControlRegister::enjoin(const QString& declarationId, const crypto::Identity& hatvp,
                                        InjonctionGrounds grounds, const QString& text)
{
    return act(declarationId, hatvp,
               {ControlActKind::Injonction, ControlAction::Injonction, text, grounds, {}, false});
}

Result<QString> ControlRegister::requestTaxReturns(const QString& declarationId,
                                                   const crypto::Identity& hatvp, bool includingPartner,
                                                   const QString& text)
{
    return act(
        declarationId, hatvp,
        {ControlActKind::TaxReturnsRequest, ControlAction::TaxReturns, text, {}, {}, includingPartner});
}

Result<QString> ControlRegister::conclude(const QString& declarationId, const crypto::Identity& hatvp,
                                          ControlOutcome outcome, const QString& text)
{
    return act(declarationId, hatvp,
               {ControlActKind::Conclusion, ControlAction::Conclude, text, {}, outcome, false});
}

Result<QString> ControlRegister::act(const QString& declarationId, const crypto::Identity& hatvp,
                                     const HatvpAct& act)
{
    auto actor = m_directory.actorFor(hatvp);
    if (!actor) {
        return actor.error();
    }
    auto facts = m_declarations.factsFor(*actor, hatvp, controlActionId(act.action), declarationId);
    if (!facts) {
        return facts.error();
    }
    auto existing = controlOf(declarationId);
    if (!existing) {
        return existing.error();
    }
    std::optional<ControlRecord> control;
    if (!existing->isEmpty()) {
        auto record = get(*existing);
        if (!record) {
            return record.error();
        }
        control = std::move(record).value();
    }
    const ControlFacts controlFacts{facts->declarantId, facts->kind, facts->filedTo,
                                    control ? control->controllerId : QString()};
    if (const Decision decision = decideControl(*actor, act.action, controlFacts); !decision) {
        return m_audit.refused(*actor, hatvp, controlActionId(act.action), declarationId, decision.reason);
    }
    if (Status fit = checkText(act.text); !fit) {
        return fit.error();
    }
    if (control && control->status != ControlStatus::Open) {
        return wrongState(
            tr("the control of declaration %1 is %2").arg(declarationId, controlStatusId(control->status)));
    }
    const auto has = [&](auto predicate) {
        return control && std::any_of(control->acts.begin(), control->acts.end(), predicate);
    };
    if (act.grounds == InjonctionGrounds::Unanswered && !has([](const ControlActRecord& a) {
            return a.kind == ControlActKind::ExplanationRequest && a.answeredBy.isEmpty();
        })) {
        return wrongState(tr("no request for explanation of this control is left unanswered"));
    }
    if (act.outcome == ControlOutcome::Parquet && !has([](const ControlActRecord& a) {
            return a.kind == ControlActKind::ExplanationRequest || a.kind == ControlActKind::Injonction;
        })) {
        // VI: "après que le magistrat a été mis en mesure de produire ses observations".
        return wrongState(tr("the file goes to the parquet only once the declarant was asked for her "
                             "explanations"));
    }
    if (act.outcome == ControlOutcome::GardeDesSceaux) {
        const ControlActRecord* pending = control ? control->pendingInjonction() : nullptr;
        if (!pending || pending->dueOn >= Clock::today()) {
            return wrongState(tr("the garde des sceaux is seized only once an injonction's month has run out "
                                 "unanswered"));
        }
        auto declarant = m_directory.personById(facts->declarantId);
        if (!declarant) {
            return declarant.error();
        }
        if (declarant->profile &&
            declarant->profile->status == MagistrateStatus::MembreConseilConstitutionnel) {
            // Ord. 58-1067 art. 3-2 VI has no such paragraph: the garde des sceaux is a magistrate's.
            return Error::invalid(tr("a member of the Conseil constitutionnel is not a magistrate: the garde "
                                     "des sceaux is not seized (ord. 58-1067 art. 3-2 VI)"));
        }
    }
    auto declaration = m_declarations.record(declarationId);
    if (!declaration) {
        return declaration.error();
    }
    if (declaration->status == DeclarationStatus::Destroyed) {
        return wrongState(tr("declaration %1 is destroyed").arg(declarationId));
    }
    Draft draft{act.kind, act.text, act.grounds, act.outcome, act.includingPartner, {}};
    return write(*actor, hatvp, control ? &*control : nullptr, *declaration, facts->declarantId, draft);
}

Result<QString> ControlRegister::answer(const QString& actId, const crypto::Identity& declarant,
                                        const QString& text)
{
    auto actor = m_directory.actorFor(declarant);
    if (!actor) {
        return actor.error();
    }
    auto rows =
        fetch(m_connection, QStringLiteral("SELECT control_id FROM control_acts WHERE id = ?"), {actId});
    if (!rows) {
        return rows.error();
    }
    if (rows->empty()) {
        const Error missing{ErrorKind::Unusable, tr("no act %1 of a control in the store").arg(actId),
                            QString(errors::NotFound)};
        auto hidden = hiddenByTheServer(m_connection, missing, QStringLiteral("control_acts"), actId);
        if (hidden && *hidden) {
            return m_audit.refused(*actor, declarant, controlActionId(ControlAction::Answer), {},
                                   kHiddenByTheServer, {{QStringLiteral("act"), actId}});
        }
        return hidden ? missing : hidden.error();
    }
    auto control = get(rows->front().at(0).toString());
    if (!control) {
        return control.error();
    }
    auto facts = m_declarations.facts(control->declarationId);
    if (!facts) {
        return facts.error();
    }
    const ControlFacts controlFacts{facts->declarantId, facts->kind, facts->filedTo, control->controllerId};
    if (const Decision decision = decideControl(*actor, ControlAction::Answer, controlFacts); !decision) {
        return m_audit.refused(*actor, declarant, controlActionId(ControlAction::Answer),
                               control->declarationId, decision.reason, {{QStringLiteral("act"), actId}});
    }
    if (Status fit = checkText(text); !fit) {
        return fit.error();
    }
    const auto answered = std::find_if(control->acts.begin(), control->acts.end(),
                                       [&](const ControlActRecord& a) { return a.id == actId; });
    if (answered == control->acts.end() || (answered->kind != ControlActKind::ExplanationRequest &&
                                            answered->kind != ControlActKind::Injonction)) {
        return wrongState(tr("act %1 is not a request for explanation or an injonction").arg(actId));
    }
    if (!answered->answeredBy.isEmpty()) {
        return wrongState(tr("act %1 is already answered").arg(actId));
    }
    if (control->status != ControlStatus::Open) {
        return wrongState(tr("the control is %1").arg(controlStatusId(control->status)));
    }
    auto declaration = m_declarations.record(control->declarationId);
    if (!declaration) {
        return declaration.error();
    }
    Draft draft{ControlActKind::Answer, text, {}, {}, false, actId};
    return write(*actor, declarant, &*control, *declaration, facts->declarantId, draft);
}

Result<QString> ControlRegister::write(const Actor& actor, const crypto::Identity& identity,
                                       const ControlRecord* control, const DeclarationRecord& declaration,
                                       const QString& declarantId, const Draft& draft)
{
    auto declarant = m_directory.personById(declarantId);
    if (!declarant) {
        return declarant.error();
    }
    const QString controllerId = control ? control->controllerId : actor.personId;
    auto controller = m_directory.personById(controllerId);
    if (!controller) {
        return controller.error();
    }
    const QString controlId = control ? control->id : newId();
    const QString actId = newId();
    Transaction transaction(m_connection);
    auto at = beginWrite(transaction, m_connection);
    if (!at) {
        return at.error();
    }
    const QDate date = parisDate(*at);
    // "dans un délai d'un mois à compter de cette injonction" (IV).
    const QDate dueOn = draft.kind == ControlActKind::Injonction ? date.addMonths(1) : QDate();
    QJsonObject document{
        {QStringLiteral("type"), kDocumentType},  {QStringLiteral("version"), 1},
        {QStringLiteral("control"), controlId},   {QStringLiteral("declaration"), declaration.id},
        {QStringLiteral("act"), actId},           {QStringLiteral("kind"), controlActKindId(draft.kind)},
        {QStringLiteral("date"), dateText(date)}, {QStringLiteral("text"), draft.text},
    };
    QJsonObject details{
        {QStringLiteral("control"), controlId},
        {QStringLiteral("act"), actId},
    };
    const auto both = [&](const QString& key, const QString& value) {
        document.insert(key, value);
        details.insert(key, value);
    };
    if (dueOn.isValid()) {
        both(QStringLiteral("due-on"), dateText(dueOn));
    }
    if (draft.grounds) {
        both(QStringLiteral("grounds"), injonctionGroundsId(*draft.grounds));
    }
    if (draft.outcome) {
        both(QStringLiteral("outcome"), controlOutcomeId(*draft.outcome));
    }
    if (!draft.answers.isEmpty()) {
        both(QStringLiteral("answers"), draft.answers);
    }
    if (draft.kind == ControlActKind::TaxReturnsRequest) {
        document.insert(QStringLiteral("including-partner"), draft.includingPartner);
    }
    QByteArray canonical = json::serialize(document);
    auto sealed =
        crypto::Envelope::seal(canonical, identity, {controller->certificate, declarant->certificate});
    crypto::wipe(canonical);
    if (!sealed) {
        return sealed.error();
    }
    details.insert(QStringLiteral("document-sha256"), sha256Hex(*sealed));
    if (!control) {
        // The six months run from the DSP's receipt (VI): its filing in the store.
        const QDate appreciationDue = parisDate(declaration.filedAt).addMonths(6);
        details.insert(QStringLiteral("received-at"), timestamp(declaration.filedAt));
        details.insert(QStringLiteral("appreciation-due-on"), dateText(appreciationDue));
        if (auto inserted = m_connection.exec(
                QStringLiteral(
                    "INSERT INTO controls (id, declaration_id, controller_id, received_at, due_on, "
                    "status, opened_at) VALUES (?, ?, ?, ?, ?, ?, ?)"),
                {controlId, declaration.id, controllerId, timestamp(declaration.filedAt),
                 dateText(appreciationDue), kOpen, timestamp(*at)});
            !inserted) {
            return inserted.error();
        }
    }
    if (auto inserted = m_connection.exec(
            QStringLiteral(
                "INSERT INTO control_acts (id, control_id, declaration_id, kind, author_id, at, due_on, "
                "grounds, answers, document) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
            {actId, controlId, declaration.id, controlActKindId(draft.kind), actor.personId, timestamp(*at),
             nullable(dateText(dueOn)),
             nullable(draft.grounds ? injonctionGroundsId(*draft.grounds) : QString()),
             nullable(draft.answers), *sealed});
        !inserted) {
        return inserted.error();
    }
    if (draft.outcome) {
        auto updated = m_connection.exec(
            QStringLiteral("UPDATE controls SET status = ?, outcome = ?, concluded_at = ? WHERE id = ? AND "
                           "status = ?"),
            {kConcluded, controlOutcomeId(*draft.outcome), timestamp(*at), controlId, kOpen});
        if (!updated) {
            return updated.error();
        }
        if (updated.value().numRowsAffected() != 1) {
            return wrongState(tr("control %1 was concluded meanwhile").arg(controlId));
        }
    }
    if (Status audited = m_audit.append(actor, identity, actionOf(draft.kind), declaration.id, details, *at);
        !audited) {
        return audited.error();
    }
    if (Status committed = transaction.commit(); !committed) {
        return committed.error();
    }
    qCInfo(lcStore) << "control" << controlId << controlActKindId(draft.kind) << actId;
    return actId;
}

Result<OpenedControl> ControlRegister::open(const QString& controlId, const crypto::Identity& identity)
{
    auto actor = m_directory.actorFor(identity);
    if (!actor) {
        return actor.error();
    }
    auto rows = fetch(m_connection, kControlSelect + QStringLiteral("WHERE c.id = ?"), {controlId});
    if (!rows) {
        return rows.error();
    }
    if (rows->empty()) {
        const Error missing{ErrorKind::Unusable, tr("no control %1 in the store").arg(controlId),
                            QString(errors::NotFound)};
        auto hidden = hiddenByTheServer(m_connection, missing, QStringLiteral("controls"), controlId);
        if (hidden && *hidden) {
            return m_audit.refused(*actor, identity, controlActionId(ControlAction::Open), {},
                                   kHiddenByTheServer, {{QStringLiteral("control"), controlId}});
        }
        return hidden ? missing : hidden.error();
    }
    const QVariantList& row = rows->front();
    const QString declarationId = row.at(1).toString();
    const ControlFacts facts{row.at(2).toString(), DeclarationKind::Patrimoine, {}, row.at(4).toString()};
    if (const Decision decision = decideControl(*actor, ControlAction::Open, facts); !decision) {
        return m_audit.refused(*actor, identity, controlActionId(ControlAction::Open), declarationId,
                               decision.reason, {{QStringLiteral("control"), controlId}});
    }
    auto checked = check(m_connection, m_directory, row);
    if (!checked) {
        return checked.error();
    }
    const auto failed = [&](const Error& error) {
        return m_audit.openFailed(*actor, identity, declarationId, {{QStringLiteral("control"), controlId}},
                                  error);
    };
    if (checked->record.status == ControlStatus::Destroyed) {
        return Error{ErrorKind::Unusable, tr("destroyed under the retention rules"),
                     QString(errors::NotFound)};
    }
    OpenedControl opened;
    for (const ControlActRecord& act : checked->record.acts) {
        const AuditEntry& entry = checked->entries.value(act.id);
        auto certificate = m_directory.certificateAt(act.authorId, entry.sequence);
        if (!certificate) {
            return certificate.error();
        }
        auto envelope = crypto::Envelope::open(checked->documents.value(act.id), identity, {}, entry.at);
        if (!envelope) {
            return failed(envelope.error());
        }
        if (envelope->signer.sha256Fingerprint() != certificate->sha256Fingerprint()) {
            return failed(Error{ErrorKind::Integrity, tr("act %1 is not signed by its author").arg(act.id),
                                QStringLiteral("store.wrong-signer")});
        }
        const QByteArray content =
            QByteArray::fromRawData(envelope->content.constData(), envelope->content.size());
        const QJsonObject document = QJsonDocument::fromJson(content).object();
        // A document moved from another act, control or declaration says so.
        if (document.value(QStringLiteral("type")).toString() != kDocumentType ||
            document.value(QStringLiteral("control")).toString() != controlId ||
            document.value(QStringLiteral("declaration")).toString() != declarationId ||
            document.value(QStringLiteral("act")).toString() != act.id ||
            document.value(QStringLiteral("kind")).toString() != controlActKindId(act.kind) ||
            document.value(QStringLiteral("answers")).toString() != act.answers ||
            document.value(QStringLiteral("due-on")).toString() != dateText(act.dueOn)) {
            return failed(Error{ErrorKind::Integrity, tr("act %1 holds another act's document").arg(act.id),
                                QString(errors::Mismatch)});
        }
        OpenedControlAct item;
        item.record = act;
        item.text = document.value(QStringLiteral("text")).toString();
        item.includingPartner = document.value(QStringLiteral("including-partner")).toBool();
        opened.acts << item;
    }
    opened.record = std::move(checked->record);
    if (Status audited = m_audit.appendAlone(*actor, identity, actions::ControlOpen, declarationId,
                                             {{QStringLiteral("control"), controlId}});
        !audited) {
        return audited.error();
    }
    return opened;
}

Status ControlRegister::recordDisclosure(const QString& controlId, const QString& actId,
                                         const crypto::Identity& identity, const QString& fileSha256)
{
    auto actor = m_directory.actorFor(identity);
    if (!actor) {
        return actor.error();
    }
    auto control = get(controlId);
    if (!control) {
        // On a server store, a control its login may not see is the server's refusal: audited as one.
        auto hidden = hiddenByTheServer(m_connection, control.error(), QStringLiteral("controls"), controlId);
        if (hidden && *hidden) {
            return m_audit.refused(*actor, identity, actions::ExportPdf, {}, kHiddenByTheServer,
                                   {{QStringLiteral("control"), controlId}});
        }
        return hidden ? control.error() : hidden.error();
    }
    const ControlFacts facts{control->declarantId, DeclarationKind::Patrimoine, {}, control->controllerId};
    if (const Decision decision = decideControl(*actor, ControlAction::Open, facts); !decision) {
        return m_audit.refused(*actor, identity, actions::ExportPdf, control->declarationId, decision.reason,
                               {{QStringLiteral("control"), controlId}});
    }
    QJsonObject details{{QStringLiteral("control"), controlId},
                        {QStringLiteral("act"), actId},
                        {QStringLiteral("format"), QStringLiteral("pdf")}};
    if (!fileSha256.isEmpty()) {
        details.insert(QStringLiteral("file-sha256"), fileSha256);
    }
    return m_audit.appendAlone(*actor, identity, actions::ExportPdf, control->declarationId, details);
}

} // namespace probitas::store
