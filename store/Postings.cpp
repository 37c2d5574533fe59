// The official posting: stated by an administrator, asked for by the magistrate (Store.h, "The official
// posting"). The requests live in the audit trail only: a "posting-request" entry signed by the magistrate,
// answered by a "directory-posting" statement naming it or a "posting-reject" entry.
#include "Postings.h"

#include "AuditActions.h"
#include "Signature.h"
#include "StoreSql.h"

#include <QJsonDocument>
#include <map>

namespace probitas::store {

using sql::newId;
using sql::parseTimestamp;
using sql::timestamp;

namespace {

const QString kRequest = QStringLiteral("request");
constexpr qsizetype kMaxNoteLength = 500;

using ReplayedRequest = PendingPostingRequest;

// Every request in the trail, with what became of it, by id; each person's newest pending one replaces the
// one before. Entries that do not read as a request are skipped (`audit verify` judges the trail).
std::map<QString, ReplayedRequest> replayRequests(const std::vector<AuditEntry>& entries)
{
    std::map<QString, ReplayedRequest> requests;
    std::map<QString, QString> pendingOf; // person id -> request id
    for (const AuditEntry& entry : entries) {
        const QString id = entry.details.value(kRequest).toString();
        if (entry.action == actions::PostingRequest) {
            auto posting = Profile::fromJson(entry.details.value(QLatin1String("posting")));
            if (id.isEmpty() || !posting || requests.count(id)) {
                continue;
            }
            if (const auto pending = pendingOf.find(entry.actorId); pending != pendingOf.end()) {
                requests[pending->second].request.status = PostingRequestStatus::Replaced;
            }
            PostingRequest request;
            request.id = id;
            request.personId = entry.actorId;
            request.posting = *posting;
            request.note = entry.details.value(QLatin1String("note")).toString();
            request.requestedAt = entry.at;
            requests[id] = {request, entry, {}};
            pendingOf[entry.actorId] = id;
            continue;
        }
        const auto found = requests.find(id);
        if (id.isEmpty() || found == requests.end() ||
            found->second.request.status != PostingRequestStatus::Pending) {
            continue;
        }
        PostingRequest& request = found->second.request;
        request.status = entry.action == actions::PostingReject ? PostingRequestStatus::Rejected
                                                                : PostingRequestStatus::Granted;
        request.decidedBy = entry.actorId; // a person id until the names are filled in
        request.decidedAt = entry.at;
        request.reason = entry.details.value(QLatin1String("reason")).toString();
        pendingOf.erase(request.personId);
    }
    return requests;
}

QStringList requestActions()
{
    return {actions::PostingRequest, actions::PostingReject, statements::Posting};
}

Status checkCourt(const Profile& posting)
{
    if (posting.status == MagistrateStatus::MembreCsm || !posting.court) {
        return success();
    }
    if (auto court = posting.resolveCourt(JurisdictionDirectory::builtIn()); !court) {
        return court.error();
    }
    return success();
}

} // namespace

Postings::Postings(const Connection& connection, const DirectoryView& directory, const AuditTrail& audit,
                   const DirectoryAdministration& administration)
    : m_connection(connection)
    , m_directory(directory)
    , m_audit(audit)
    , m_administration(administration)
{}

QString postingRequestStatusId(PostingRequestStatus status)
{
    switch (status) {
    case PostingRequestStatus::Pending:
        return QStringLiteral("pending");
    case PostingRequestStatus::Granted:
        return QStringLiteral("granted");
    case PostingRequestStatus::Rejected:
        return QStringLiteral("rejected");
    case PostingRequestStatus::Replaced:
        return QStringLiteral("replaced");
    }
    return {};
}

QJsonObject PostingRequest::toJson() const
{
    const auto optionalText = [](const QString& text) {
        return text.isEmpty() ? QJsonValue() : QJsonValue(text);
    };
    return {
        {QStringLiteral("id"), id},
        {QStringLiteral("person"), personId},
        {QStringLiteral("name"), name},
        {QStringLiteral("posting"), posting.toJson()},
        {QStringLiteral("note"), optionalText(note)},
        {QStringLiteral("requested_at"), timestamp(requestedAt)},
        {QStringLiteral("status"), postingRequestStatusId(status)},
        {QStringLiteral("decided_by"), optionalText(decidedBy)},
        {QStringLiteral("decided_at"), decidedAt.isValid() ? QJsonValue(timestamp(decidedAt)) : QJsonValue()},
        {QStringLiteral("reason"), optionalText(reason)}};
}

Result<Person> Postings::state(const Actor& admin, const crypto::Identity& identity, Person person,
                               const Profile& posting, const QString& requestId)
{
    if (person.role != Role::Declarant && person.role != Role::Authority) {
        return Error::invalid(
            tr("%1 is not a magistrate: only a magistrate has an official posting").arg(person.name));
    }
    if (Status court = checkCourt(posting); !court) {
        return court.error();
    }
    // As the people row will read back (a seat's spaces trimmed): the statement states what the row holds.
    auto normalized = Profile::fromJson(posting.posting().toJson());
    if (!normalized) {
        return normalized.error();
    }
    const Profile stated = *normalized;
    if (person.profile && person.profile->posting().toJson() == stated.toJson()) {
        return Error{ErrorKind::Invalid, tr("%1 already has this official posting").arg(person.name),
                     QString(errors::WrongState)};
    }
    const QByteArray json = QJsonDocument(stated.toJson()).toJson(QJsonDocument::Compact);
    if (auto updated = m_connection.exec(QStringLiteral("UPDATE people SET profile = ? WHERE id = ?"),
                                         {QString::fromUtf8(json), person.id});
        !updated) {
        return updated.error();
    }
    QJsonObject details{{QStringLiteral("person"), person.id}, {QStringLiteral("posting"), stated.toJson()}};
    if (!requestId.isEmpty()) {
        details.insert(kRequest, requestId);
    }
    if (Status statement = m_administration.appendStatement(admin, identity, statements::Posting, details);
        !statement) {
        return statement.error();
    }
    person.profile = stated;
    return person;
}

Result<Person> Postings::set(const crypto::Identity& admin, const QString& name, const Profile& posting)
{
    Transaction transaction(m_connection);
    if (Status begun = transaction.begin(); !begun) {
        return begun.error();
    }
    auto change = m_administration.change(admin, name, StoreAction::StatePosting);
    if (!change) {
        return change.error();
    }
    auto stated = state(change->administrator, admin, change->person, posting, {});
    if (!stated) {
        return stated.error();
    }
    if (Status committed = transaction.commit(); !committed) {
        return committed.error();
    }
    qCInfo(lcStore) << "posting stated for" << stated->id;
    return stated;
}

Result<PostingRequest> Postings::request(const crypto::Identity& magistrate, const Profile& posting,
                                         const QString& note)
{
    auto actor = m_directory.actorFor(magistrate);
    if (!actor) {
        return actor.error();
    }
    if (Decision decision = decidePosting(*actor, PostingAction::Request, actor->personId); !decision) {
        return m_audit.refused(*actor, magistrate, postingActionId(PostingAction::Request), {},
                               decision.reason);
    }
    if (note.size() > kMaxNoteLength) {
        return Error::unusable(
            tr("the note to the administrator is limited to %1 characters").arg(kMaxNoteLength));
    }
    if (Status court = checkCourt(posting); !court) {
        return court.error();
    }
    auto person = m_directory.personById(actor->personId);
    if (!person) {
        return person.error();
    }
    const Profile asked = posting.posting();
    if (person->profile && person->profile->posting().toJson() == asked.toJson()) {
        return Error{ErrorKind::Invalid,
                     tr("the directory already states this posting: there is nothing to request"),
                     QString(errors::WrongState)};
    }
    PostingRequest request;
    request.id = newId();
    request.personId = person->id;
    request.name = person->name;
    request.posting = asked;
    request.note = note.trimmed();
    Transaction transaction(m_connection);
    auto at = sql::beginWrite(transaction, m_connection);
    if (!at) {
        return at.error();
    }
    request.requestedAt = *at;
    QJsonObject details{{kRequest, request.id}, {QStringLiteral("posting"), asked.toJson()}};
    if (!request.note.isEmpty()) {
        details.insert(QStringLiteral("note"), request.note);
    }
    if (Status audited = m_audit.append(*actor, magistrate, actions::PostingRequest, {}, details, *at);
        !audited) {
        return audited.error();
    }
    if (Status committed = transaction.commit(); !committed) {
        return committed.error();
    }
    qCInfo(lcStore) << "posting change requested by" << person->id;
    return request;
}

Result<QList<PostingRequest>> Postings::requests(const crypto::Identity& identity, bool pendingOnly) const
{
    auto actor = m_directory.actorFor(identity);
    if (!actor) {
        return actor.error();
    }
    auto entries = m_audit.entries(requestActions());
    if (!entries) {
        return entries.error();
    }
    auto directory = m_directory.replayed();
    if (!directory) {
        return directory.error();
    }
    const auto nameOf = [&directory](const QString& personId) {
        const auto facts = (*directory)->replayed(personId);
        return facts ? facts->name : personId;
    };
    QList<PostingRequest> list;
    for (auto& [id, replayed] : replayRequests(*entries)) {
        PostingRequest request = replayed.request;
        if (!decidePosting(*actor, PostingAction::Read, request.personId) ||
            (pendingOnly && request.status != PostingRequestStatus::Pending)) {
            continue;
        }
        request.name = nameOf(request.personId);
        if (!request.decidedBy.isEmpty()) {
            request.decidedBy = nameOf(request.decidedBy);
        }
        list << request;
    }
    std::sort(list.begin(), list.end(), [](const PostingRequest& left, const PostingRequest& right) {
        return left.requestedAt < right.requestedAt;
    });
    return list;
}

Result<PendingPostingRequest> Postings::pending(const crypto::Identity& admin, const QString& requestId) const
{
    auto actor = m_administration.administrator(admin, StoreAction::DecidePosting);
    if (!actor) {
        return actor.error();
    }
    auto entries = m_audit.entries(requestActions());
    if (!entries) {
        return entries.error();
    }
    const auto requests = replayRequests(*entries);
    const auto found = requests.find(requestId);
    if (found == requests.end()) {
        return Error{ErrorKind::Unusable, tr("no posting request %1").arg(requestId),
                     QString(errors::NotFound)};
    }
    if (found->second.request.status != PostingRequestStatus::Pending) {
        return Error{ErrorKind::Invalid,
                     tr("posting request %1 is already %2")
                         .arg(requestId, postingRequestStatusId(found->second.request.status)),
                     QString(errors::WrongState)};
    }
    PendingPostingRequest pending = found->second;
    pending.administrator = *actor;
    return pending;
}

Result<Person> Postings::grant(const crypto::Identity& admin, const QString& requestId)
{
    Transaction transaction(m_connection);
    if (Status begun = transaction.begin(); !begun) {
        return begun.error();
    }
    auto pending = this->pending(admin, requestId);
    if (!pending) {
        return pending.error();
    }
    const auto& [request, entry, decider] = *pending;
    // What is granted is what the magistrate signed: an entry edited or written by anyone else is refused.
    auto person = m_directory.personById(request.personId);
    if (!person) {
        return person.error();
    }
    auto directory = m_directory.replayed();
    if (!directory) {
        return directory.error();
    }
    const crypto::Certificate signer = (*directory)->certificateAt(request.personId, entry.sequence);
    if (entry.hash != auditHash(entry.canonical()) || signer.isNull() ||
        !crypto::Signature::verify(entry.canonical(), entry.signature, signer).ok()) {
        return Error{ErrorKind::Integrity,
                     tr("posting request %1 is not the one %2 signed: it cannot be granted")
                         .arg(requestId, person->name),
                     QString(errors::AuditBroken)};
    }
    if (!person->removedAt.isNull()) {
        return Error{ErrorKind::Invalid, tr("%1 was removed from the directory").arg(person->name),
                     QString(errors::WrongState)};
    }
    auto stated = state(decider, admin, *person, request.posting, requestId);
    if (!stated) {
        return stated.error();
    }
    if (Status committed = transaction.commit(); !committed) {
        return committed.error();
    }
    qCInfo(lcStore) << "posting request granted" << requestId;
    return stated;
}

Result<PostingRequest> Postings::reject(const crypto::Identity& admin, const QString& requestId,
                                        const QString& reason)
{
    if (reason.trimmed().isEmpty()) {
        return Error::unusable(tr("a rejection says why"));
    }
    if (reason.size() > kMaxNoteLength) {
        return Error::unusable(tr("the reason is limited to %1 characters").arg(kMaxNoteLength));
    }
    Transaction transaction(m_connection);
    if (Status begun = transaction.begin(); !begun) {
        return begun.error();
    }
    auto pending = this->pending(admin, requestId);
    if (!pending) {
        return pending.error();
    }
    PostingRequest request = pending->request;
    auto at = sql::writeTime(m_connection);
    if (!at) {
        return at.error();
    }
    if (Status audited = m_audit.append(pending->administrator, admin, actions::PostingReject, {},
                                        {{kRequest, requestId},
                                         {QStringLiteral("person"), request.personId},
                                         {QStringLiteral("reason"), reason.trimmed()}},
                                        *at);
        !audited) {
        return audited.error();
    }
    if (Status committed = transaction.commit(); !committed) {
        return committed.error();
    }
    request.status = PostingRequestStatus::Rejected;
    request.decidedAt = *at;
    request.reason = reason.trimmed();
    if (auto self = m_directory.personFor(admin.certificate())) {
        request.decidedBy = self->name;
    }
    if (auto requester = m_directory.personById(request.personId)) {
        request.name = requester->name;
    }
    return request;
}

} // namespace probitas::store
