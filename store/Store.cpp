#include "Store.h"

#include "AuditActions.h"
#include "AuditCrossCheck.h"
#include "Clock.h"
#include "Drafts.h"
#include "Envelope.h"
#include "FilingPlan.h"
#include "Jurisdictions.h"
#include "Obligations.h"
#include "Receipt.h"
#include "Signature.h"
#include "StoreSql.h"
#include "Validator.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QSqlRecord>
#include <QStandardPaths>
#include <QtConcurrent/QtConcurrentMap>
#include <algorithm>
#include <map>

// Quiet by default (the CLI prints one line per failure); QT_LOGGING_RULES="probitas.store.info=true" for
// more.
Q_LOGGING_CATEGORY(lcStore, "probitas.store", QtWarningMsg)

namespace probitas::store {

using namespace sql;

namespace {

const QString kFiled = declarationStatusId(DeclarationStatus::Filed);
const QString kReceiptHeld = declarationStatusId(DeclarationStatus::ReceiptHeld);
const QString kSuperseded = declarationStatusId(DeclarationStatus::Superseded);
const QString kDestroyed = declarationStatusId(DeclarationStatus::Destroyed);
// What the first audit entry names as its predecessor.

QString fingerprintOf(const crypto::Certificate& certificate)
{
    return certificateFingerprint(certificate);
}

QByteArray compact(const QJsonObject& object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

QJsonObject parseObject(const QString& text)
{
    return QJsonDocument::fromJson(text.toUtf8()).object();
}

Error notFound(const QString& id)
{
    return Error{ErrorKind::Unusable, Store::tr("no declaration %1 in the store").arg(id),
                 QString(errors::NotFound)};
}

const QString kPersonColumns =
    QStringLiteral("id, name, role, authority_id, certificate, profile, removed_at, declared_profile");

Result<Person> personFromRow(const QVariantList& row)
{
    Person person;
    person.id = row.at(0).toString();
    person.name = row.at(1).toString();
    person.role = roleFromId(row.at(2).toString()).value_or(Role::Declarant);
    person.authorityId = row.at(3).toString();
    auto certificate = crypto::Certificate::fromData(row.at(4).toByteArray());
    if (!certificate) {
        return Error{ErrorKind::Integrity, Store::tr("the directory holds an unreadable certificate"),
                     QString(errors::Database)};
    }
    person.certificate = *certificate;
    if (const QString profile = row.at(5).toString(); !profile.isEmpty()) {
        auto parsed = Profile::fromJson(QJsonDocument::fromJson(profile.toUtf8()).object());
        if (parsed) {
            person.profile = *parsed;
        }
    }
    person.removedAt = parseTimestamp(row.at(6).toString());
    if (const QString declared = row.at(7).toString(); !declared.isEmpty()) {
        if (auto parsed = Profile::fromJson(QJsonDocument::fromJson(declared.toUtf8()).object())) {
            person.declaredChangeOn = parsed->changedOn;
        }
    }
    return person;
}

Result<DeclarationRecord> recordFromRow(const QVariantList& row)
{
    // id, declarant_id, name, kind, event, recipients, filed_at, supersedes, status
    auto status = parseDeclarationStatus(row.at(8).toString(), row.at(0).toString());
    if (!status) {
        return status.error();
    }
    DeclarationRecord record;
    record.id = row.at(0).toString();
    record.declarantId = row.at(1).toString();
    record.declarant = row.at(2).toString();
    record.kind = kindFromId(row.at(3).toString()).value_or(DeclarationKind::Interets);
    record.event = eventFromId(row.at(4).toString()).value_or(DeclarationEvent::Installation);
    record.recipients = row.at(5).toString().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    record.filedAt = parseTimestamp(row.at(6).toString());
    record.supersedes = row.at(7).toString();
    record.status = *status;
    return record;
}

const QString kRecordColumns = QStringLiteral(
    "d.id, d.declarant_id, p.name, d.kind, d.event, d.recipients, d.filed_at, d.supersedes, d.status");
const QString kRecordSelect =
    QStringLiteral("SELECT %1 FROM declarations d JOIN people p ON p.id = d.declarant_id ")
        .arg(kRecordColumns);

AuditEntry entryFromRow(const QVariantList& row)
{
    // sequence, at, actor_id, action, declaration_id, details, previous_hash, hash, signature, version,
    // previous_signature
    AuditEntry entry;
    entry.sequence = row.at(0).toLongLong();
    entry.at = parseTimestamp(row.at(1).toString());
    entry.actorId = row.at(2).toString();
    entry.action = row.at(3).toString();
    entry.declarationId = row.at(4).toString();
    entry.details = parseObject(row.at(5).toString());
    entry.previousHash = row.at(6).toString();
    entry.hash = row.at(7).toString();
    entry.signature = row.at(8).toByteArray();
    entry.version = row.at(9).toInt();
    entry.previousSignatureHash = row.at(10).toString();
    return entry;
}

const QString kAuditColumns = QStringLiteral(
    "sequence, at, actor_id, action, declaration_id, details, previous_hash, hash, signature, version, "
    "previous_signature");

} // namespace

QJsonObject DeclarationRecord::toJson() const
{
    return {
        {QStringLiteral("id"), id},
        {QStringLiteral("declarant"), declarant},
        {QStringLiteral("declaration"), kindId(kind)},
        {QStringLiteral("event"), eventId(event)},
        {QStringLiteral("recipients"), QJsonArray::fromStringList(recipients)},
        {QStringLiteral("filed_at"), filedAt.toString(Qt::ISODateWithMs)},
        {QStringLiteral("supersedes"), supersedes.isEmpty() ? QJsonValue() : QJsonValue(supersedes)},
        {QStringLiteral("status"), declarationStatusId(status)},
    };
}

Store::Store(std::unique_ptr<Connection> connection)
    : m_connection(std::move(connection))
{}

Store::~Store()
{
    if (m_knownHeads && m_connection) {
        if (Status remembered = rememberHead(); !remembered) {
            qCInfo(lcStore) << "the store's head was not remembered:" << remembered.error().message;
        }
    }
}

QString Store::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
           QStringLiteral("/probitas.sqlite");
}

Result<std::unique_ptr<Store>> Store::open(const QString& location)
{
    auto parsed = Location::parse(location);
    if (!parsed) {
        return parsed.error();
    }
    return open(*parsed);
}

Result<std::unique_ptr<Store>> Store::open(const Location& location)
{
    return open(location, OpenOptions{});
}

Result<std::unique_ptr<Store>> Store::open(const Location& location, const OpenOptions& options)
{
    auto connection = Connection::open(location);
    if (!connection) {
        return connection.error();
    }
    std::unique_ptr<Store> store(new Store(std::move(connection).value()));
    store->m_schema = SchemaManager(*store->m_connection).upgrade();
    if (store->m_schema.outcome == SchemaManager::Outcome::Failed ||
        store->m_schema.outcome == SchemaManager::Outcome::TooNew) {
        return store->m_schema.error;
    }
    if (options.checkAppendOnly) {
        store->m_knownHeads.emplace(options.knownHeadsPath.isEmpty() ? KnownHeads::defaultPath()
                                                                     : options.knownHeadsPath);
        if (Status appendOnly = store->checkAppendOnly(); !appendOnly) {
            store->m_knownHeads.reset(); // nothing of this store is remembered
            return appendOnly.error();
        }
    }
    return store;
}

Status Store::checkAppendOnly()
{
    auto directory = this->directory();
    if (!directory) {
        return directory.error();
    }
    if (!(*directory)->isAdopted()) {
        return success(); // a new store, or one an administrator has yet to adopt: no id to remember it by
    }
    // The id is the anchor statement's, whose signature is verified here: a store cannot pass for a new one
    // by changing its id.
    if (auto anchors = (*directory)->anchors(); !anchors) {
        return anchors.error();
    }
    const QString storeId = (*directory)->storeId();
    auto known = m_knownHeads->find(storeId);
    if (!known) {
        return known.error();
    }
    const auto notAppendOnly = [](const QString& message) {
        qCInfo(lcStore) << "store not append-only since last seen";
        return Error{ErrorKind::Integrity, message, QString(errors::NotAppendOnly)};
    };
    const qint64 from = *known ? (*known)->head.sequence : 1;
    auto tail = checkAuditTail(*m_connection, from);
    if (!tail) {
        return tail.error();
    }
    if (*known) {
        const KnownHead& head = **known;
        const QString seen = head.seenAt.toLocalTime().toString(Qt::ISODate);
        if (!tail->first || tail->first->sequence != head.head.sequence) {
            return notAppendOnly(
                tr("this store's audit trail no longer holds entry %1, which this computer saw on "
                   "%2: entries were removed")
                    .arg(head.head.sequence)
                    .arg(seen));
        }
        if (tail->first->hash != head.head.hash) {
            return notAppendOnly(tr("audit entry %1 is not the one this computer saw on %2: the trail was "
                                    "rewritten")
                                     .arg(head.head.sequence)
                                     .arg(seen));
        }
        if (head.directoryHead && !(*directory)->hasStatement(*head.directoryHead)) {
            return notAppendOnly(
                tr("directory statement %1, which this computer saw on %2, is gone or changed")
                    .arg(head.directoryHead->sequence)
                    .arg(seen));
        }
    } else if (tail->first && tail->first->sequence != 1) {
        return notAppendOnly(tr("audit entry 1 is missing"));
    }
    if (!tail->problem.isEmpty()) {
        return notAppendOnly(tr("this store's audit trail is not whole: %1").arg(tail->problem));
    }
    if (!tail->last) {
        return success();
    }
    m_lastChecked = tail->last;
    return m_knownHeads->remember(storeId, KnownHead{{m_lastChecked->sequence, m_lastChecked->hash},
                                                     (*directory)->head(),
                                                     QDateTime::currentDateTimeUtc()});
}

Status Store::checkKnownHead(const QString& knownHeadsPath)
{
    m_lastChecked.reset();
    m_knownHeads.emplace(knownHeadsPath.isEmpty() ? KnownHeads::defaultPath() : knownHeadsPath);
    if (Status appendOnly = checkAppendOnly(); !appendOnly) {
        m_knownHeads.reset(); // nothing of a store that failed is remembered
        return appendOnly;
    }
    return success();
}

Status Store::rememberHead()
{
    if (!m_knownHeads) {
        return success();
    }
    if (!m_lastChecked) {
        return checkAppendOnly();
    }
    auto directory = this->directory();
    if (!directory) {
        return directory.error();
    }
    auto tail = checkAuditTail(*m_connection, m_lastChecked->sequence + 1, m_lastChecked);
    if (!tail) {
        return tail.error();
    }
    if (!tail->problem.isEmpty()) {
        return Error{ErrorKind::Integrity, tr("this store's audit trail is not whole: %1").arg(tail->problem),
                     QString(errors::NotAppendOnly)};
    }
    if (!tail->last) {
        return success();
    }
    m_lastChecked = tail->last;
    return m_knownHeads->remember((*directory)->storeId(),
                                  KnownHead{{m_lastChecked->sequence, m_lastChecked->hash},
                                            (*directory)->head(),
                                            QDateTime::currentDateTimeUtc()});
}

// ---- directory -------------------------------------------------------------------------------------------

Result<Actor> Store::administrator(const crypto::Identity& identity, StoreAction action) const
{
    auto actor = actorFor(identity);
    if (!actor) {
        return actor.error();
    }
    if (!decideStore(*actor, action)) {
        return Error::accessDenied(tr("only an administrator changes the directory"),
                                   QString(errors::Denied));
    }
    return actor;
}

Result<Store::DirectoryChange> Store::directoryChange(const crypto::Identity& admin, const QString& name,
                                                      StoreAction action) const
{
    auto actor = administrator(admin, action);
    if (!actor) {
        return actor.error();
    }
    auto person = personByName(name);
    if (!person) {
        return person.error();
    }
    if (!person->removedAt.isNull()) {
        return Error{ErrorKind::Invalid, tr("%1 was removed from the directory").arg(name),
                     QString(errors::WrongState)};
    }
    return DirectoryChange{*actor, *person};
}

Result<QJsonArray> Store::storeAnchors(const QList<crypto::Certificate>& anchors)
{
    QJsonArray fingerprints;
    for (const crypto::Certificate& anchor : anchors) {
        fingerprints.append(fingerprintOf(anchor));
        if (auto inserted = m_connection->exec(
                QStringLiteral("INSERT INTO trust_anchors (fingerprint, certificate) VALUES (?, ?)"),
                {fingerprintOf(anchor), anchor.toDer()});
            !inserted) {
            return inserted.error();
        }
    }
    return fingerprints;
}

Status Store::checkNewCertificate(const crypto::Certificate& certificate,
                                  const QList<crypto::Certificate>& anchors, const QString& name) const
{
    if (certificate.isNull()) {
        return Error::unusable(tr("a person needs a name and a certificate"));
    }
    // Issued by the organisation, valid today, allowed to sign: what every later use of it will check.
    if (Status issued = crypto::Signature::verifySigner(certificate, anchors, Clock::nowUtc()); !issued) {
        return Error{ErrorKind::Integrity,
                     tr("the certificate of %1 is not one the store's trust anchors issued, valid today and "
                        "allowed to sign: %2")
                         .arg(name, issued.error().message),
                     QString(errors::DirectoryUnbacked)};
    }
    return success();
}

Status Store::appendStatement(const Actor& actor, const crypto::Identity& identity, const QString& action,
                              QJsonObject details)
{
    auto directory = this->directory();
    if (!directory) {
        return directory.error();
    }
    details.insert(QStringLiteral("previous_statement"), (*directory)->lastStatementHash());
    if (Status audited = appendAudit(actor, identity, action, {}, details); !audited) {
        return audited;
    }
    // Replay it at once: the next statement of this transaction links to it.
    if (auto replayed = this->directory(); !replayed) {
        return replayed.error();
    }
    return success();
}

Result<Person> Store::initialise(const crypto::Identity& administrator, const QString& name,
                                 const QList<crypto::Certificate>& anchors)
{
    if (name.trimmed().isEmpty() || administrator.isNull()) {
        return Error::unusable(tr("a person needs a name and a certificate"));
    }
    if (anchors.isEmpty()) {
        return Error::unusable(
            tr("the store needs the organisation's CA certificate as its trust anchor (the "
               "administrator's identity carries none: give it with --ca)"));
    }
    const crypto::Certificate certificate = administrator.certificate();
    if (Status valid = checkNewCertificate(certificate, anchors, name); !valid) {
        return valid.error();
    }
    Transaction transaction(*m_connection);
    if (Status begun = transaction.begin(); !begun) {
        return begun.error();
    }
    auto count =
        fetch(*m_connection, QStringLiteral("SELECT (SELECT COUNT(*) FROM people) + (SELECT COUNT(*) "
                                            "FROM audit)"));
    if (!count) {
        return count.error();
    }
    if (count->front().at(0).toLongLong() != 0) {
        return Error{ErrorKind::Invalid, tr("this store already has its administrator"),
                     QString(errors::WrongState)};
    }
    Person person{newId(), name, Role::Admin, {}, certificate, std::nullopt, {}, {}};
    auto anchorFingerprints = storeAnchors(anchors);
    if (!anchorFingerprints) {
        return anchorFingerprints.error();
    }
    if (auto inserted = m_connection->exec(
            QStringLiteral(
                "INSERT INTO people (id, name, role, authority_id, fingerprint, certificate, profile) "
                "VALUES (?, ?, ?, NULL, ?, ?, '')"),
            {person.id, name, roleId(Role::Admin), fingerprintOf(certificate), certificate.toDer()});
        !inserted) {
        return inserted.error();
    }
    if (auto inserted = m_connection->exec(
            QStringLiteral("INSERT INTO certificates (fingerprint, person_id, certificate) VALUES (?, ?, ?)"),
            {fingerprintOf(certificate), person.id, certificate.toDer()});
        !inserted) {
        return inserted.error();
    }
    if (Status stated =
            appendStatement(person.actor(), administrator, statements::Anchor,
                            {{QStringLiteral("store"), newId()},
                             {QStringLiteral("anchors"), *anchorFingerprints},
                             {QStringLiteral("administrator"),
                              QJsonObject{{QStringLiteral("person"), person.id},
                                          {QStringLiteral("name"), name},
                                          {QStringLiteral("fingerprint"), fingerprintOf(certificate)}}}});
        !stated) {
        return stated.error();
    }
    if (Status committed = transaction.commit(); !committed) {
        return committed.error();
    }
    return person;
}

Result<Person> Store::addPerson(const crypto::Identity& addedBy, const QString& name, Role role,
                                const QString& authorityId, const crypto::Certificate& certificate,
                                const std::optional<Profile>& profile)
{
    if (name.trimmed().isEmpty() || certificate.isNull()) {
        return Error::unusable(tr("a person needs a name and a certificate"));
    }
    if (role == Role::Authority && authorityId.isEmpty()) {
        return Error::unusable(tr("an authority needs the authority id it holds"));
    }
    if (addedBy.isNull()) {
        return Error::accessDenied(tr("no identity"), QString(errors::NotInDirectory));
    }
    {
        auto count = fetch(*m_connection, QStringLiteral("SELECT COUNT(*) FROM people"));
        if (!count) {
            return count.error();
        }
        if (count->front().at(0).toLongLong() == 0) {
            // A new store: its first person is its administrator, adding themselves.
            if (role != Role::Admin || !(certificate == addedBy.certificate())) {
                return Error::invalid(tr("the first person of a store is its administrator, who adds "
                                         "themselves with their own identity"));
            }
            return initialise(addedBy, name, addedBy.caCertificates());
        }
    }
    const std::optional<Profile> posting =
        profile ? std::optional<Profile>(profile->posting()) : std::optional<Profile>();
    Person person{newId(),     name,    role, role == Role::Authority ? authorityId : QString(),
                  certificate, posting, {},   {}};
    Transaction transaction(*m_connection);
    if (Status begun = transaction.begin(); !begun) {
        return begun.error();
    }
    auto actor = administrator(addedBy, StoreAction::AddPerson);
    if (!actor) {
        return actor.error();
    }
    auto anchors = trustAnchors();
    if (!anchors) {
        return anchors.error();
    }
    if (Status valid = checkNewCertificate(certificate, *anchors, name); !valid) {
        return valid.error();
    }
    auto inserted = m_connection->exec(
        QStringLiteral("INSERT INTO people (id, name, role, authority_id, fingerprint, certificate, profile) "
                       "VALUES (?, ?, ?, ?, ?, ?, ?)"),
        {person.id, name, roleId(role),
         person.authorityId.isEmpty() ? QVariant(QMetaType(QMetaType::QString))
                                      : QVariant(person.authorityId),
         fingerprintOf(certificate), certificate.toDer(),
         posting ? QString::fromUtf8(compact(posting->toJson())) : QString()});
    if (!inserted ||
        !m_connection
             ->exec(QStringLiteral(
                        "INSERT INTO certificates (fingerprint, person_id, certificate) VALUES (?, ?, ?)"),
                    {fingerprintOf(certificate), person.id, certificate.toDer()})
             .ok()) {
        return Error::invalid(
            tr("cannot add %1 to the directory: the name, the certificate or the authority id "
               "is already there")
                .arg(name));
    }
    QJsonObject added{{QStringLiteral("person"), person.id},
                      {QStringLiteral("name"), name},
                      {QStringLiteral("role"), roleId(role)},
                      {QStringLiteral("authority"), person.authorityId},
                      {QStringLiteral("fingerprint"), fingerprintOf(certificate)}};
    if (posting) {
        added.insert(QStringLiteral("posting"), posting->toJson());
    }
    if (Status stated = appendStatement(*actor, addedBy, statements::Add, added); !stated) {
        return stated.error();
    }
    if (Status committed = transaction.commit(); !committed) {
        return committed.error();
    }
    return person;
}

Result<Person> Store::renewCertificate(const crypto::Identity& admin, const QString& name,
                                       const crypto::Certificate& certificate)
{
    Transaction transaction(*m_connection);
    if (Status begun = transaction.begin(); !begun) {
        return begun.error();
    }
    auto change = directoryChange(admin, name, StoreAction::RenewCertificate);
    if (!change) {
        return change.error();
    }
    Person& person = change.value().person;
    const Actor& actor = change->administrator;
    if (certificate == person.certificate) {
        return Error::invalid(tr("%1 already holds this certificate").arg(name));
    }
    auto anchors = trustAnchors();
    if (!anchors) {
        return anchors.error();
    }
    if (Status valid = checkNewCertificate(certificate, *anchors, name); !valid) {
        return valid.error();
    }
    const QString fingerprint = fingerprintOf(certificate);
    if (!m_connection
             ->exec(QStringLiteral(
                        "INSERT INTO certificates (fingerprint, person_id, certificate) VALUES (?, ?, ?)"),
                    {fingerprint, person.id, certificate.toDer()})
             .ok() ||
        !m_connection
             ->exec(QStringLiteral("UPDATE people SET fingerprint = ?, certificate = ? WHERE id = ?"),
                    {fingerprint, certificate.toDer(), person.id})
             .ok()) {
        return Error::invalid(tr("cannot renew the certificate of %1: that certificate is already in the "
                                 "directory")
                                  .arg(name));
    }
    if (Status stated =
            appendStatement(actor, admin, statements::Renew,
                            {{QStringLiteral("person"), person.id},
                             {QStringLiteral("fingerprint"), fingerprint},
                             {QStringLiteral("previous_fingerprint"), fingerprintOf(person.certificate)}});
        !stated) {
        return stated.error();
    }
    if (Status committed = transaction.commit(); !committed) {
        return committed.error();
    }
    person.certificate = certificate;
    return person;
}

Result<Person> Store::removePerson(const crypto::Identity& admin, const QString& name)
{
    Transaction transaction(*m_connection);
    if (Status begun = transaction.begin(); !begun) {
        return begun.error();
    }
    auto change = directoryChange(admin, name, StoreAction::RemovePerson);
    if (!change) {
        return change.error();
    }
    Person& person = change.value().person;
    const Actor& actor = change->administrator;
    if (person.role == Role::Admin) {
        auto admins = fetch(*m_connection,
                            QStringLiteral("SELECT COUNT(*) FROM people WHERE role = ? AND "
                                           "removed_at IS NULL"),
                            {roleId(Role::Admin)});
        if (!admins) {
            return admins.error();
        }
        if (admins->front().at(0).toLongLong() <= 1) {
            return Error{
                ErrorKind::Invalid,
                tr("%1 is the store's last administrator: add another one before removing them").arg(name),
                QString(errors::WrongState)};
        }
    }
    const QString now = nowText();
    if (auto updated = m_connection->exec(
            QStringLiteral("UPDATE people SET removed_at = ?, authority_id = NULL WHERE id = ?"),
            {now, person.id});
        !updated) {
        return updated.error();
    }
    if (Status stated =
            appendStatement(actor, admin, statements::Remove, {{QStringLiteral("person"), person.id}});
        !stated) {
        return stated.error();
    }
    if (Status committed = transaction.commit(); !committed) {
        return committed.error();
    }
    person.removedAt = parseTimestamp(now);
    person.authorityId.clear();
    return person;
}

Result<QList<Person>> Store::adoptDirectory(const crypto::Identity& admin,
                                            const QList<crypto::Certificate>& anchors)
{
    if (anchors.isEmpty()) {
        return Error::unusable(
            tr("the store needs the organisation's CA certificate as its trust anchor (the "
               "administrator's identity carries none: give it with --ca)"));
    }
    Transaction transaction(*m_connection);
    if (Status begun = transaction.begin(); !begun) {
        return begun.error();
    }
    auto directory = this->directory();
    if (!directory) {
        return directory.error();
    }
    if ((*directory)->isAdopted()) {
        return Error{ErrorKind::Invalid, tr("this store's directory is already signed"),
                     QString(errors::WrongState)};
    }
    auto people = peopleAsStored();
    if (!people) {
        return people.error();
    }
    const auto adopter = std::find_if(people->begin(), people->end(), [&admin](const Person& person) {
        return person.certificate == admin.certificate() && person.removedAt.isNull();
    });
    if (adopter == people->end() || !decideStore(adopter->actor(), StoreAction::AdoptDirectory)) {
        return Error::accessDenied(tr("only an administrator in the directory adopts it"),
                                   QString(errors::Denied));
    }
    for (const Person& person : *people) {
        if (Status valid = checkNewCertificate(person.certificate, anchors, person.name); !valid) {
            return valid.error();
        }
    }
    auto anchorFingerprints = storeAnchors(anchors);
    if (!anchorFingerprints) {
        return anchorFingerprints.error();
    }
    if (Status stated = appendStatement(
            adopter->actor(), admin, statements::Anchor,
            {{QStringLiteral("store"), newId()},
             {QStringLiteral("anchors"), *anchorFingerprints},
             {QStringLiteral("adopted"), true},
             {QStringLiteral("administrator"),
              QJsonObject{{QStringLiteral("person"), adopter->id},
                          {QStringLiteral("name"), adopter->name},
                          {QStringLiteral("fingerprint"), fingerprintOf(adopter->certificate)}}}});
        !stated) {
        return stated.error();
    }
    auto declared = declaredPostings();
    if (!declared) {
        return declared.error();
    }
    QList<Person> vouched{*adopter};
    for (Person person : *people) {
        if (person.id == adopter->id || !person.removedAt.isNull()) {
            continue;
        }
        QJsonObject added{{QStringLiteral("person"), person.id},
                          {QStringLiteral("name"), person.name},
                          {QStringLiteral("role"), roleId(person.role)},
                          {QStringLiteral("authority"), person.authorityId},
                          {QStringLiteral("fingerprint"), fingerprintOf(person.certificate)},
                          {QStringLiteral("adopted"), true}};
        // The situation they last declared becomes their official posting, listed in the prompt.
        if (const auto found = declared->find(person.id); found != declared->end()) {
            person.profile = found->second;
            added.insert(QStringLiteral("posting"), found->second.toJson());
            if (auto updated =
                    m_connection->exec(QStringLiteral("UPDATE people SET profile = ? WHERE id = ?"),
                                       {QString::fromUtf8(compact(found->second.toJson())), person.id});
                !updated) {
                return updated.error();
            }
        }
        if (Status stated = appendStatement(adopter->actor(), admin, statements::Add, added); !stated) {
            return stated.error();
        }
        vouched << person;
    }
    if (Status committed = transaction.commit(); !committed) {
        return committed.error();
    }
    return vouched;
}

Result<std::map<QString, Profile>> Store::declaredPostings() const
{
    auto rows =
        fetch(*m_connection, QStringLiteral("SELECT id, declared_profile FROM people WHERE "
                                            "declared_profile IS NOT NULL AND declared_profile <> ''"));
    if (!rows) {
        return rows.error();
    }
    std::map<QString, Profile> postings;
    for (const auto& row : *rows) {
        // Unreadable: nothing is offered, and the administrator states the posting afterwards.
        if (auto parsed =
                Profile::fromJson(QJsonDocument::fromJson(row.at(1).toString().toUtf8()).object())) {
            postings.emplace(row.at(0).toString(), parsed->posting());
        }
    }
    return postings;
}

namespace {
Result<Person> onePerson(const Connection& connection, const QString& where, const QVariant& value,
                         const QString& notFoundMessage, ErrorKind kind, QLatin1StringView code)
{
    auto rows = fetch(
        connection, QStringLiteral("SELECT %1 FROM people WHERE %2 = ?").arg(kPersonColumns, where), {value});
    if (!rows) {
        return rows.error();
    }
    if (rows->empty()) {
        return Error{kind, notFoundMessage, QString(code)};
    }
    return personFromRow(rows->front());
}
} // namespace

Result<Person> Store::personById(const QString& id) const
{
    return backed(onePerson(*m_connection, QStringLiteral("id"), id,
                            tr("no person %1 in the directory").arg(id), ErrorKind::Unusable,
                            errors::NotFound));
}

Result<Person> Store::personByName(const QString& name) const
{
    return backed(onePerson(*m_connection, QStringLiteral("name"), name,
                            tr("no person named %1 in the directory").arg(name), ErrorKind::Unusable,
                            errors::NotFound));
}

Result<Person> Store::personByAuthority(const QString& authorityId) const
{
    return backed(onePerson(*m_connection, QStringLiteral("authority_id"), authorityId,
                            tr("no one in the directory holds the authority %1").arg(authorityId),
                            ErrorKind::Invalid, errors::MissingAuthority));
}

Result<Person> Store::personFor(const crypto::Certificate& certificate) const
{
    return backed(onePerson(*m_connection, QStringLiteral("fingerprint"), fingerprintOf(certificate),
                            tr("this identity is not in the store's directory"), ErrorKind::AccessDenied,
                            errors::NotInDirectory));
}

Result<QList<Person>> Store::peopleAsStored() const
{
    auto rows =
        fetch(*m_connection, QStringLiteral("SELECT %1 FROM people ORDER BY name").arg(kPersonColumns));
    if (!rows) {
        return rows.error();
    }
    QList<Person> list;
    for (const auto& row : *rows) {
        auto person = personFromRow(row);
        if (!person) {
            return person.error();
        }
        list << *person;
    }
    return list;
}

Result<QList<Person>> Store::people() const
{
    auto list = peopleAsStored();
    if (!list) {
        return list.error();
    }
    // The directory brought up to date once for the whole listing, not once per row.
    auto directory = this->directory();
    if (!directory) {
        return directory.error();
    }
    for (const Person& person : *list) {
        auto checked = backedBy(**directory, person);
        if (!checked) {
            return checked.error();
        }
    }
    return list;
}

crypto::Certificate Store::storedCertificate(const QString& fingerprint) const
{
    auto rows = fetch(*m_connection,
                      QStringLiteral("SELECT certificate FROM certificates WHERE fingerprint = ? UNION ALL "
                                     "SELECT certificate FROM trust_anchors WHERE fingerprint = ?"),
                      {fingerprint, fingerprint});
    if (!rows) {
        return {};
    }
    for (const auto& row : *rows) {
        auto certificate = crypto::Certificate::fromData(row.at(0).toByteArray());
        if (certificate && certificateFingerprint(*certificate) == fingerprint) {
            return *certificate;
        }
    }
    return {};
}

Result<const Directory*> Store::directory() const
{
    if (m_directory && m_directory->lastSequence() > 0) {
        // Still the trail it was replayed from? (A rolled-back transaction, or a row changed since.)
        auto last = fetch(*m_connection, QStringLiteral("SELECT hash FROM audit WHERE sequence = ?"),
                          {m_directory->lastSequence()});
        if (!last) {
            return last.error();
        }
        if (last->empty() || !m_directory->head() ||
            last->front().at(0).toString() != m_directory->head()->hash) {
            m_directory.reset();
        }
    }
    if (!m_directory) {
        m_directory = std::make_unique<Directory>(
            [this](const QString& fingerprint) { return storedCertificate(fingerprint); });
    }
    auto entries = auditEntries(statements::all(), m_directory->lastSequence());
    if (!entries) {
        return entries.error();
    }
    m_directory->append(*entries);
    return m_directory.get();
}

Result<std::vector<AuditEntry>> Store::auditEntries(const QStringList& actions, qint64 after) const
{
    QStringList parameters; // one "?" per action
    QVariantList values;
    for (const QString& action : actions) {
        parameters << QStringLiteral("?");
        values << action;
    }
    values << after;
    auto rows =
        fetch(*m_connection,
              QStringLiteral("SELECT %1 FROM audit WHERE action IN (%2) AND sequence > ? ORDER BY sequence")
                  .arg(kAuditColumns, parameters.join(QStringLiteral(", "))),
              values);
    if (!rows) {
        return rows.error();
    }
    std::vector<AuditEntry> entries;
    entries.reserve(rows->size());
    for (const auto& row : *rows) {
        entries.push_back(entryFromRow(row));
    }
    return entries;
}

Result<Person> Store::backed(Result<Person> row) const
{
    if (!row) {
        return row;
    }
    auto directory = this->directory();
    if (!directory) {
        return directory.error();
    }
    return backedBy(**directory, *row);
}

Result<Person> Store::backedBy(const Directory& directory, const Person& person) const
{
    auto facts = directory.verified(person.id);
    if (!facts) {
        return Error{ErrorKind::Integrity,
                     tr("the directory entry of %1 is refused: %2").arg(person.name, facts.error().message),
                     facts.error().code};
    }
    QStringList differences;
    if (facts->name != person.name) {
        differences << tr("its name");
    }
    if (facts->role != person.role) {
        differences << tr("its role");
    }
    if (facts->authorityId != person.authorityId) {
        differences << tr("the authority it holds");
    }
    if (facts->fingerprint != fingerprintOf(person.certificate)) {
        differences << tr("its certificate");
    }
    if (facts->removed != !person.removedAt.isNull()) {
        differences << tr("its removal");
    }
    if (facts->posting != (person.profile ? person.profile->posting().toJson() : QJsonObject())) {
        differences << tr("its official posting");
    }
    if (!differences.isEmpty()) {
        qCInfo(lcStore) << "directory row not backed by its statements:" << person.id;
        return Error{
            ErrorKind::Integrity,
            tr("the directory entry of %1 is refused: it differs from what the administrators signed "
               "(%2)")
                .arg(facts->name, differences.join(QStringLiteral(", "))),
            QString(errors::DirectoryUnbacked)};
    }
    return person;
}

Result<bool> Store::isAdopted() const
{
    auto directory = this->directory();
    if (!directory) {
        return directory.error();
    }
    return (*directory)->isAdopted();
}

Result<QString> Store::storeId() const
{
    auto anchors = trustAnchors();
    if (!anchors) {
        return anchors.error();
    }
    return m_directory->storeId();
}

Result<QList<crypto::Certificate>> Store::trustAnchors() const
{
    auto directory = this->directory();
    if (!directory) {
        return directory.error();
    }
    return (*directory)->anchors();
}

Status Store::verifyDirectory() const
{
    auto directory = this->directory();
    if (!directory) {
        return directory.error();
    }
    if (Status statements = (*directory)->verifyAll(); !statements) {
        return statements;
    }
    auto people = this->people();
    if (!people) {
        return people.error();
    }
    // A row that no statement names at all is an intruder too.
    if (qsizetype(people->size()) != qsizetype((*directory)->everyone().size())) {
        return Error{ErrorKind::Integrity, tr("the people table holds rows that no administrator added"),
                     QString(errors::DirectoryUnbacked)};
    }
    return success();
}

Result<Actor> Store::actorFor(const crypto::Identity& identity) const
{
    if (identity.isNull()) {
        return Error::accessDenied(tr("no identity"), QString(errors::NotInDirectory));
    }
    auto person = personFor(identity.certificate());
    if (!person) {
        return person.error();
    }
    if (!person->removedAt.isNull()) {
        return Error::accessDenied(tr("%1 was removed from the store's directory").arg(person->name),
                                   QString(errors::NotInDirectory));
    }
    return person->actor();
}

// ---- audit -----------------------------------------------------------------------------------------------

Result<crypto::Certificate> Store::actorCertificate(const QString& personId, qint64 sequence) const
{
    auto directory = this->directory();
    if (!directory) {
        return directory.error();
    }
    return (*directory)->certificateAt(personId, sequence);
}

Status Store::appendAudit(const Actor& actor, const crypto::Identity& identity, const QString& action,
                          const QString& declarationId, const QJsonObject& details, const QDateTime& at)
{
    auto last =
        fetch(*m_connection,
              QStringLiteral("SELECT %1 FROM audit ORDER BY sequence DESC LIMIT 1").arg(kAuditColumns));
    if (!last) {
        return last.error();
    }
    AuditEntry entry;
    entry.previousHash = auditGenesisHash();
    entry.previousSignatureHash = auditGenesisHash();
    entry.sequence = 1;
    if (at.isValid()) {
        entry.at = at;
    } else if (auto now = writeTime(*m_connection)) {
        entry.at = *now;
    } else {
        return now.error();
    }
    if (!last->empty()) {
        // The writer witnesses its predecessor before signing on top of it: that is what lets a check of
        // the newest signature vouch for the whole chain (AuditChain.h). A broken trail takes no new entry.
        const AuditEntry previous = entryFromRow(last->front());
        auto certificate = actorCertificate(previous.actorId, previous.sequence);
        const QString problem =
            auditPredecessorProblem(previous, certificate ? *certificate : crypto::Certificate());
        if (!problem.isEmpty()) {
            qCWarning(lcStore) << "audit trail broken at entry" << previous.sequence;
            return Error{
                ErrorKind::Integrity,
                tr("the audit trail is broken (%1): the store records nothing more until it has been "
                   "examined (probitas-cli audit verify)")
                    .arg(problem),
                QString(errors::AuditBroken)};
        }
        if (entry.at < previous.at) {
            // A clock set back would let an entry, a filing among them, claim an earlier time than what the
            // trail already holds: refused, so that audit times never go backwards.
            qCInfo(lcStore) << "clock behind audit entry" << previous.sequence;
            return Error{
                ErrorKind::Environment,
                (m_connection->backend() == Backend::PostgreSql && !Clock::isSetForTesting()
                     ? tr("the database server's clock (%1) is behind the store's last audit entry "
                          "(%2, entry %3): nothing is recorded until the server's clock is set right")
                     : tr("this computer's clock (%1) is behind the store's last audit entry (%2, "
                          "entry %3): nothing is recorded until this computer's clock is set right"))
                    .arg(timestamp(entry.at), timestamp(previous.at))
                    .arg(previous.sequence),
                QString(errors::ClockBehind)};
        }
        entry.sequence = previous.sequence + 1;
        entry.previousHash = previous.hash;
        entry.previousSignatureHash = auditHash(previous.signature);
    }
    entry.actorId = actor.personId;
    entry.action = action;
    entry.declarationId = declarationId;
    entry.details = details;
    const QByteArray canonical = entry.canonical();
    entry.hash = auditHash(canonical);
    auto signature = crypto::Signature::sign(canonical, identity);
    if (!signature) {
        return signature.error();
    }
    auto inserted = m_connection->exec(
        QStringLiteral("INSERT INTO audit (%1) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)").arg(kAuditColumns),
        {entry.sequence, entry.at.toString(Qt::ISODateWithMs), entry.actorId, action,
         declarationId.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(declarationId),
         QString::fromUtf8(compact(details)), entry.previousHash, entry.hash, *signature, entry.version,
         entry.previousSignatureHash});
    if (!inserted) {
        return inserted.error();
    }
    return success();
}

Status Store::auditAlone(const Actor& actor, const crypto::Identity& identity, const QString& action,
                         const QString& declarationId, const QJsonObject& details)
{
    Transaction transaction(*m_connection);
    if (Status begun = transaction.begin(); !begun) {
        return begun;
    }
    if (Status appended = appendAudit(actor, identity, action, declarationId, details); !appended) {
        return appended;
    }
    return transaction.commit();
}

Error Store::denied(const Actor& actor, const crypto::Identity& identity, Action action,
                    const QString& declarationId, const QString& reason)
{
    qCInfo(lcStore) << "denied" << actionId(action) << "to" << actor.personId << "on" << declarationId
                    << reason;
    if (Status audited =
            auditAlone(actor, identity, QStringLiteral("denied"), declarationId,
                       {{QStringLiteral("action"), actionId(action)}, {QStringLiteral("reason"), reason}});
        !audited) {
        return audited.error();
    }
    return Error{
        ErrorKind::AccessDenied,
        tr("access denied: this identity may not %1 this declaration (%2)").arg(actionId(action), reason),
        QString(errors::Denied)};
}

Result<AuditReport> Store::verifyAudit(AuditVerification verification,
                                       const std::optional<AuditAnchor>& anchor) const
{
    // Each entry's signer as the administrators' statements say, not as the people table says today (and a
    // renewed certificate signs only what came after).
    auto replayed = directory();
    if (!replayed) {
        return replayed.error();
    }
    const Directory* directory = *replayed;
    // Read on this thread (the connection's), decoded into entries on every core: the details' JSON is
    // a good part of the work for a 100,000-entry trail.
    auto rows =
        fetch(*m_connection, QStringLiteral("SELECT %1 FROM audit ORDER BY sequence").arg(kAuditColumns));
    if (!rows) {
        return rows.error();
    }
    std::vector<AuditEntry> entries =
        QtConcurrent::blockingMapped<std::vector<AuditEntry>>(*rows, entryFromRow);
    AuditReport report = verifyAuditChain(
        entries,
        [directory](const QString& personId, qint64 sequence) {
            return directory->certificateAt(personId, sequence);
        },
        verification, anchor);
    if (report.firstBad != 0) {
        return report;
    }
    // The chain is whole: now every statement (its signer an administrator then, issued by the anchors) and
    // every row of the people table.
    if (Status backed = verifyDirectory(); !backed) {
        return backed.error();
    }
    // And whether the tables and the trail tell the same story (AuditCrossCheck.h).
    auto crossChecked = crossCheckStore(*m_connection, entries);
    if (!crossChecked) {
        return crossChecked.error();
    }
    report.firstBad = crossChecked->firstBad;
    report.problem = crossChecked->problem;
    return report;
}

Result<QList<AuditEntry>> Store::auditLog(const crypto::Identity& identity) const
{
    auto actor = actorFor(identity);
    if (!actor) {
        return actor.error();
    }
    // Mirrors decide(Action::AuditLog): the auditor and the administrator see the whole trail; a declarant
    // the entries about their own declarations; everyone the entries of their own actions.
    Result<Rows> rows = Rows();
    if (decideStore(*actor, StoreAction::ReadWholeTrail)) {
        rows =
            fetch(*m_connection, QStringLiteral("SELECT %1 FROM audit ORDER BY sequence").arg(kAuditColumns));
    } else {
        rows = fetch(
            *m_connection,
            QStringLiteral("SELECT %1 FROM audit WHERE actor_id = ? OR declaration_id IN (SELECT id FROM "
                           "declarations WHERE declarant_id = ?) ORDER BY sequence")
                .arg(kAuditColumns),
            {actor->personId, actor->personId});
    }
    if (!rows) {
        return rows.error();
    }
    QList<AuditEntry> entries;
    for (const auto& row : *rows) {
        entries << entryFromRow(row);
    }
    return entries;
}

// ---- facts and policy ------------------------------------------------------------------------------------

Result<std::set<ProcedureKind>> Store::openProcedures(const QString& declarantId) const
{
    auto rows =
        fetch(*m_connection,
              QStringLiteral("SELECT kind FROM procedures WHERE declarant_id = ? AND closed_at IS NULL"),
              {declarantId});
    if (!rows) {
        return rows.error();
    }
    std::set<ProcedureKind> kinds;
    for (const auto& row : *rows) {
        if (auto kind = procedureKindFromId(row.at(0).toString())) {
            kinds.insert(*kind);
        }
    }
    return kinds;
}

Result<DeclarationFacts> Store::facts(const QString& declarationId) const
{
    auto rows =
        fetch(*m_connection, QStringLiteral("SELECT declarant_id, kind FROM declarations WHERE id = ?"),
              {declarationId});
    if (!rows) {
        return rows.error();
    }
    if (rows->empty()) {
        return notFound(declarationId);
    }
    DeclarationFacts facts;
    facts.declarantId = rows->front().at(0).toString();
    facts.kind = kindFromId(rows->front().at(1).toString()).value_or(DeclarationKind::Interets);
    auto recipients = fetch(*m_connection,
                            QStringLiteral("SELECT person_id, forwarded FROM envelope_recipients WHERE "
                                           "declaration_id = ?"),
                            {declarationId});
    if (!recipients) {
        return recipients.error();
    }
    for (const auto& row : *recipients) {
        // The declarant holds a copy of the original envelope but is not one of the authorities it was filed
        // to.
        if (row.at(0).toString() != facts.declarantId) {
            (row.at(1).toInt() ? facts.forwardedTo : facts.filedTo) << row.at(0).toString();
        }
    }
    auto procedures = openProcedures(facts.declarantId);
    if (!procedures) {
        return procedures.error();
    }
    facts.procedures = *procedures;
    return facts;
}

Result<DeclarationRecord> Store::record(const QString& id) const
{
    auto rows = fetch(*m_connection, kRecordSelect + QStringLiteral("WHERE d.id = ?"), {id});
    if (!rows) {
        return rows.error();
    }
    if (rows->empty()) {
        return notFound(id);
    }
    return recordFromRow(rows->front());
}

// ---- filing ----------------------------------------------------------------------------------------------

Result<QString> Store::file(const Declaration& declaration, const crypto::Identity& declarant)
{
    auto person = personFor(declarant.certificate());
    if (!person) {
        return person.error();
    }
    if (!decideStore(person->actor(), StoreAction::File)) {
        return Error{ErrorKind::AccessDenied, tr("only a magistrate files declarations"),
                     QString(errors::Denied)};
    }
    // Routing, deadline and retention come from the directory's posting, never from what was typed.
    auto plan = FilingPlan::make(declaration, person->name, person->profile);
    if (!plan) {
        return plan.error();
    }
    const Obligation* obligation = &plan->obligation();
    QList<crypto::Certificate> certificates{person->certificate};
    QStringList recipientIds{person->id};
    for (const QString& authorityId : obligation->recipients) {
        auto authority = personByAuthority(authorityId);
        if (!authority) {
            return authority.error();
        }
        certificates << authority->certificate;
        recipientIds << authority->id;
    }
    recipientIds.removeDuplicates();

    // Seal before the transaction: the write lock is held only for the few inserts.
    Result<QByteArray> sealed = QByteArray();
    {
        QByteArray canonical = DeclarationCodec::encode(declaration);
        sealed = crypto::Envelope::seal(canonical, declarant, certificates);
        crypto::wipe(canonical);
    }
    if (!sealed) {
        return sealed.error();
    }

    const QString id = newId();
    const QString envelopeId = newId();
    Transaction transaction(*m_connection);
    if (Status begun = transaction.begin(); !begun) {
        return begun.error();
    }
    // Read under the write lock, on the server's clock on PostgreSQL: the filing time is its audit entry's.
    auto filedAt = writeTime(*m_connection);
    if (!filedAt) {
        return filedAt.error();
    }
    const QString now = timestamp(*filedAt);
    if (!declaration.supersedes.isEmpty()) {
        // Filing is final: the old version stays, marked superseded; only the latest may be superseded.
        auto old = fetch(*m_connection,
                         QStringLiteral("SELECT declarant_id, kind, status FROM declarations WHERE id = ?"),
                         {declaration.supersedes});
        if (!old) {
            return old.error();
        }
        if (old->empty() || old->front().at(0).toString() != person->id ||
            old->front().at(1).toString() != kindId(declaration.kind)) {
            return Error{ErrorKind::Invalid,
                         tr("supersedes %1: no declaration of yours of this kind has that id")
                             .arg(declaration.supersedes),
                         QString(errors::Superseded)};
        }
        auto status = parseDeclarationStatus(old->front().at(2).toString(), declaration.supersedes);
        if (!status) {
            return status.error();
        }
        if (isFinal(*status)) {
            return Error{ErrorKind::Invalid,
                         tr("supersedes %1: that declaration is already %2")
                             .arg(declaration.supersedes, declarationStatusId(*status)),
                         QString(errors::Superseded)};
        }
        if (auto updated =
                m_connection->exec(QStringLiteral("UPDATE declarations SET status = ? WHERE id = ?"),
                                   {kSuperseded, declaration.supersedes});
            !updated) {
            return updated.error();
        }
    }
    const QVariant supersedes = declaration.supersedes.isEmpty() ? QVariant(QMetaType(QMetaType::QString))
                                                                 : QVariant(declaration.supersedes);
    if (auto inserted = m_connection->exec(
            QStringLiteral("INSERT INTO declarations (id, declarant_id, kind, event, recipients, filed_at, "
                           "supersedes, status) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
            {id, person->id, kindId(declaration.kind), eventId(declaration.event),
             obligation->recipients.join(QLatin1Char(' ')), now, supersedes, kFiled});
        !inserted) {
        return inserted.error();
    }
    if (auto inserted = m_connection->exec(
            QStringLiteral(
                "INSERT INTO envelopes (id, declaration_id, sealed, created_at) VALUES (?, ?, ?, ?)"),
            {envelopeId, id, *sealed, now});
        !inserted) {
        return inserted.error();
    }
    for (const QString& recipient : recipientIds) {
        if (auto inserted = m_connection->exec(
                QStringLiteral(
                    "INSERT INTO envelope_recipients (envelope_id, declaration_id, person_id, "
                    "forwarded, filed_at) SELECT ?, id, ?, 0, filed_at FROM declarations WHERE id = ?"),
                {envelopeId, recipient, id});
            !inserted) {
            return inserted.error();
        }
    }
    QJsonObject details{{QStringLiteral("declaration"), kindId(declaration.kind)},
                        {QStringLiteral("event"), eventId(declaration.event)},
                        {QStringLiteral("recipients"), QJsonArray::fromStringList(obligation->recipients)},
                        {QStringLiteral("basis"), obligation->basis},
                        {QStringLiteral("envelope-sha256"), sha256Hex(*sealed)}};
    if (!declaration.supersedes.isEmpty()) {
        details.insert(QStringLiteral("supersedes"), declaration.supersedes);
    }
    // The situation declared, kept for what it alone can say: the date of a substantial change (below).
    if (auto updated =
            m_connection->exec(QStringLiteral("UPDATE people SET declared_profile = ? WHERE id = ?"),
                               {QString::fromUtf8(compact(declaration.profile->toJson())), person->id});
        !updated) {
        return updated.error();
    }
    if (Status audited =
            appendAudit(person->actor(), declarant, QStringLiteral("file"), id, details, *filedAt);
        !audited) {
        return audited.error();
    }
    if (!declaration.supersedes.isEmpty()) {
        // The declaration modified after the entretien answers the authority's invitation
        // (StoreEntretien.cpp).
        if (Status answered = answerInvitations(declaration.supersedes, id, person->actor(), declarant);
            !answered) {
            return answered.error();
        }
    }
    if (Status committed = transaction.commit(); !committed) {
        return committed.error();
    }
    qCInfo(lcStore) << "filed" << id << kindId(declaration.kind) << "for" << obligation->recipients;
    return id;
}

Result<QList<DeclarationRecord>> Store::list(const crypto::Identity& identity, const ListFilter& filter) const
{
    auto actor = actorFor(identity);
    if (!actor) {
        return actor.error();
    }
    // The filter, as SQL over `d` (declarations) and `p` (the declarant); `filedAt` names the column that
    // carries the filing time in the query at hand, so that a date range reads an index range.
    const auto conditions = [&filter](const QString& filedAt, QStringList where, QVariantList& values) {
        if (filter.kind) {
            where << QStringLiteral("d.kind = ?");
            values << kindId(*filter.kind);
        }
        if (filter.event) {
            where << QStringLiteral("d.event = ?");
            values << eventId(*filter.event);
        }
        if (filter.status) {
            where << QStringLiteral("d.status = ?");
            values << declarationStatusId(*filter.status);
        }
        if (!filter.declarantName.isEmpty()) {
            QString pattern = filter.declarantName;
            pattern.replace(QLatin1Char('\\'), QStringLiteral("\\\\"))
                .replace(QLatin1Char('%'), QStringLiteral("\\%"))
                .replace(QLatin1Char('_'), QStringLiteral("\\_"));
            where << QStringLiteral("LOWER(p.name) LIKE LOWER(?) ESCAPE '\\'");
            values << QLatin1Char('%') + pattern + QLatin1Char('%');
        }
        if (filter.filedFrom.isValid()) {
            where << filedAt + QStringLiteral(" >= ?"); // our timestamps sort as text
            values << timestamp(filter.filedFrom);
        }
        if (filter.filedBefore.isValid()) {
            where << filedAt + QStringLiteral(" < ?");
            values << timestamp(filter.filedBefore);
        }
        return where.isEmpty() ? QString() : QStringLiteral(" WHERE ") + where.join(QStringLiteral(" AND "));
    };
    const int wanted = filter.limit > 0 ? std::max(0, filter.offset) + filter.limit : -1;
    QList<DeclarationRecord> records;
    // The auditor and the administrator see every declaration's metadata: no recipient to look up.
    if (decideStore(*actor, StoreAction::ListEveryDeclaration)) {
        QVariantList values;
        QString sql = kRecordSelect + conditions(QStringLiteral("d.filed_at"), {}, values) +
                      QStringLiteral(" ORDER BY d.filed_at, d.id");
        if (wanted > 0) {
            sql += QStringLiteral(" LIMIT %1").arg(wanted);
        }
        auto rows = fetch(*m_connection, sql, values);
        if (!rows) {
            return rows.error();
        }
        records.reserve(qsizetype(rows->size()));
        for (const auto& row : *rows) {
            auto record = recordFromRow(row);
            if (!record) {
                return record.error();
            }
            records << std::move(record).value();
        }
        return records.mid(std::max(0, filter.offset));
    }
    // Everyone else: their own declarations (few), then those whose envelopes name them, read in filing
    // order from one index range and merged with their own. The policy decides on each row; it needs only
    // this actor's relation to the declaration (filed to, or forwarded to), not the other recipients.
    QVariantList ownValues{actor->personId};
    auto own = fetch(
        *m_connection,
        kRecordSelect +
            conditions(QStringLiteral("d.filed_at"), {QStringLiteral("d.declarant_id = ?")}, ownValues) +
            QStringLiteral(" ORDER BY d.filed_at, d.id"),
        ownValues);
    if (!own) {
        return own.error();
    }
    std::map<QString, std::set<ProcedureKind>> procedures;
    auto procedureRows = fetch(
        *m_connection, QStringLiteral("SELECT declarant_id, kind FROM procedures WHERE closed_at IS NULL"));
    if (!procedureRows) {
        return procedureRows.error();
    }
    for (const auto& row : *procedureRows) {
        if (auto kind = procedureKindFromId(row.at(1).toString())) {
            procedures[row.at(0).toString()].insert(*kind);
        }
    }
    std::set<QString> ownIds;
    for (const auto& row : *own) {
        ownIds.insert(row.at(0).toString());
    }
    QVariantList receivedValues{actor->personId};
    const QString receivedSql =
        QStringLiteral("SELECT %1, r.forwarded FROM envelope_recipients r JOIN declarations d ON d.id = "
                       "r.declaration_id JOIN people p ON p.id = d.declarant_id%2 ORDER BY r.filed_at, "
                       "r.declaration_id, r.forwarded")
            .arg(kRecordColumns, conditions(QStringLiteral("r.filed_at"), {QStringLiteral("r.person_id = ?")},
                                            receivedValues));
    auto received = m_connection->exec(receivedSql, receivedValues);
    if (!received) {
        return received.error();
    }
    QSqlQuery& q = received.value();
    size_t nextOwn = 0;
    QString previousId;
    QVariantList row;
    const auto full = [&records, wanted] { return wanted > 0 && records.size() >= wanted; };
    const auto emitOwnBefore = [&](const QString& filedAt, const QString& id) -> Status {
        for (; nextOwn < own->size() && !full(); ++nextOwn) {
            const QVariantList& ownRow = (*own)[nextOwn];
            const QString ownFiledAt = ownRow.at(6).toString();
            if (!filedAt.isNull() &&
                (ownFiledAt > filedAt || (ownFiledAt == filedAt && ownRow.at(0).toString() > id))) {
                return success();
            }
            auto record = recordFromRow(ownRow);
            if (!record) {
                return record.error();
            }
            records << std::move(record).value(); // own-declaration: the policy's first rule
        }
        return success();
    };
    while (!full() && q.next()) {
        row.clear();
        for (int column = 0; column < 10; ++column) {
            row << q.value(column);
        }
        const QString id = row.at(0).toString();
        if (id == previousId || ownIds.count(id)) {
            continue; // a second envelope of one declaration (a forward), or one of the actor's own
        }
        previousId = id;
        if (Status emitted = emitOwnBefore(row.at(6).toString(), id); !emitted) {
            return emitted.error();
        }
        if (full()) {
            break;
        }
        auto record = recordFromRow(row);
        if (!record) {
            return record.error();
        }
        DeclarationFacts facts{record->declarantId, record->kind, {}, {}, procedures[record->declarantId]};
        (row.at(9).toInt() ? facts.forwardedTo : facts.filedTo) << actor->personId;
        if (decide(*actor, Action::List, facts)) {
            records << std::move(record).value();
        }
    }
    q.finish();
    if (Status emitted = emitOwnBefore({}, {}); !emitted) {
        return emitted.error();
    }
    return records.mid(std::max(0, filter.offset));
}

Result<Store::ReadableEnvelope> Store::readableEnvelope(const QString& id, const crypto::Identity& identity)
{
    auto actor = actorFor(identity);
    if (!actor) {
        return actor.error();
    }
    auto facts = this->facts(id);
    if (!facts) {
        return facts.error();
    }
    if (const Decision decision = decide(*actor, Action::Open, *facts); !decision) {
        return denied(*actor, identity, Action::Open, id, decision.reason);
    }
    // The newest envelope sealed to this person: the cryptography has the last word.
    auto envelope = envelopeSealedTo(*actor, identity, Action::Open, id, EnvelopeCopy::Newest);
    if (!envelope) {
        return envelope.error();
    }
    auto filedAt = filingTime(id);
    if (!filedAt) {
        return filedAt.error();
    }
    return ReadableEnvelope{std::move(actor).value(), std::move(facts).value(), std::move(envelope).value(),
                            *filedAt};
}

Result<QByteArray> Store::envelopeSealedTo(const Actor& actor, const crypto::Identity& identity,
                                           Action refusedAs, const QString& id, EnvelopeCopy copy)
{
    auto rows = fetch(*m_connection,
                      QStringLiteral("SELECT e.sealed FROM envelopes e JOIN envelope_recipients r ON "
                                     "r.envelope_id = e.id WHERE e.declaration_id = ? AND r.person_id = ? ") +
                          (copy == EnvelopeCopy::Filed ? QStringLiteral("AND r.forwarded = 0")
                                                       : QStringLiteral("ORDER BY e.created_at DESC")),
                      {id, actor.personId});
    if (!rows) {
        return rows.error();
    }
    if (rows->empty()) {
        return denied(actor, identity, refusedAs, id, QStringLiteral("no-envelope"));
    }
    return rows->front().at(0).toByteArray();
}

Result<QDateTime> Store::filingTime(const QString& declarationId) const
{
    auto rows =
        fetch(*m_connection,
              QStringLiteral("SELECT at FROM audit WHERE declaration_id = ? AND action = 'file' ORDER BY "
                             "sequence LIMIT 1"),
              {declarationId});
    if (!rows) {
        return rows.error();
    }
    if (rows->empty()) {
        return Error{ErrorKind::Integrity,
                     tr("the audit trail does not record the filing of declaration %1").arg(declarationId),
                     QString(errors::AuditBroken)};
    }
    return parseTimestamp(rows->front().at(0).toString());
}

Error Store::openFailed(const Actor& actor, const crypto::Identity& identity, const QString& declarationId,
                        QJsonObject details, const Error& error)
{
    details.insert(QStringLiteral("code"), error.code);
    if (Status audited = auditAlone(actor, identity, QStringLiteral("open-failed"), declarationId, details);
        !audited) {
        return audited.error();
    }
    return error;
}

Result<crypto::SecureBytes> Store::open(const QString& id, const crypto::Identity& identity)
{
    auto readable = readableEnvelope(id, identity);
    if (!readable) {
        return readable.error();
    }
    const Actor* actor = &readable->actor;
    const DeclarationFacts* facts = &readable->facts;
    auto opened = crypto::Envelope::open(readable->envelope, identity, {}, readable->filedAt);
    auto declarant = personById(facts->declarantId);
    if (!declarant) {
        return declarant.error();
    }
    Error failure;
    bool failed = false;
    if (!opened) {
        failure = opened.error();
        failed = true;
    } else if (opened->signer.sha256Fingerprint() != declarant->certificate.sha256Fingerprint()) {
        failure = Error{ErrorKind::Integrity, tr("the declaration is not signed by its declarant"),
                        QStringLiteral("store.wrong-signer")};
        failed = true;
    }
    if (failed) {
        return openFailed(*actor, identity, id, {}, failure);
    }
    if (Status audited = auditAlone(*actor, identity, QStringLiteral("open"), id, {}); !audited) {
        return audited.error();
    }
    return std::move(opened->content);
}

Result<QByteArray> Store::exportEnvelope(const QString& id, const crypto::Identity& identity)
{
    auto readable = readableEnvelope(id, identity);
    if (!readable) {
        return readable.error();
    }
    const Actor* actor = &readable->actor;
    const QByteArray envelope = readable->envelope;
    if (Status audited = auditAlone(*actor, identity, QStringLiteral("export"), id,
                                    {{QStringLiteral("envelope-sha256"), sha256Hex(envelope)}});
        !audited) {
        return audited.error();
    }
    return envelope;
}

Result<QString> Store::forward(const QString& id, const crypto::Identity& identity,
                               const QString& targetAuthorityId, const QString& basis)
{
    auto actor = actorFor(identity);
    if (!actor) {
        return actor.error();
    }
    if (basis.trimmed().isEmpty()) {
        return Error::unusable(tr("a forward needs its legal basis (--basis)"));
    }
    auto facts = this->facts(id);
    if (!facts) {
        return facts.error();
    }
    if (const Decision decision = decide(*actor, Action::Forward, *facts, targetAuthorityId); !decision) {
        return denied(*actor, identity, Action::Forward, id, decision.reason);
    }
    auto target = personByAuthority(targetAuthorityId);
    if (!target) {
        return target.error();
    }
    auto envelope = envelopeSealedTo(*actor, identity, Action::Forward, id, EnvelopeCopy::Filed);
    if (!envelope) {
        return envelope.error();
    }
    auto filedAt = filingTime(id);
    if (!filedAt) {
        return filedAt.error();
    }
    auto forwarded = crypto::Envelope::forward(*envelope, identity, {target->certificate}, {}, *filedAt);
    if (!forwarded) {
        return forwarded.error();
    }
    const QString envelopeId = newId();
    Transaction transaction(*m_connection);
    if (Status begun = transaction.begin(); !begun) {
        return begun.error();
    }
    if (auto inserted = m_connection->exec(
            QStringLiteral(
                "INSERT INTO envelopes (id, declaration_id, sealed, created_at, forwarded_by, basis, "
                "authorised_by) VALUES (?, ?, ?, ?, ?, ?, ?)"),
            {envelopeId, id, *forwarded, nowText(), actor->personId, basis, actor->personId});
        !inserted) {
        return inserted.error();
    }
    if (auto inserted = m_connection->exec(
            QStringLiteral(
                "INSERT INTO envelope_recipients (envelope_id, declaration_id, person_id, "
                "forwarded, filed_at) SELECT ?, id, ?, 1, filed_at FROM declarations WHERE id = ?"),
            {envelopeId, target->id, id});
        !inserted) {
        return inserted.error();
    }
    if (Status audited = appendAudit(*actor, identity, QStringLiteral("forward"), id,
                                     {{QStringLiteral("to"), targetAuthorityId},
                                      {QStringLiteral("basis"), basis},
                                      {QStringLiteral("authorised-by"), actor->personId},
                                      {QStringLiteral("envelope"), envelopeId}});
        !audited) {
        return audited.error();
    }
    if (Status committed = transaction.commit(); !committed) {
        return committed.error();
    }
    return envelopeId;
}

Result<QByteArray> Store::acknowledge(const QString& id, const crypto::Identity& authority)
{
    auto actor = actorFor(authority);
    if (!actor) {
        return actor.error();
    }
    auto facts = this->facts(id);
    if (!facts) {
        return facts.error();
    }
    if (const Decision decision = decide(*actor, Action::Acknowledge, *facts); !decision) {
        return denied(*actor, authority, Action::Acknowledge, id, decision.reason);
    }
    auto envelope = envelopeSealedTo(*actor, authority, Action::Acknowledge, id, EnvelopeCopy::Filed);
    if (!envelope) {
        return envelope.error();
    }
    auto existing = fetch(
        *m_connection, QStringLiteral("SELECT 1 FROM receipts WHERE declaration_id = ? AND authority_id = ?"),
        {id, actor->personId});
    if (!existing) {
        return existing.error();
    }
    if (!existing->empty()) {
        return Error::invalid(tr("this authority has already acknowledged declaration %1").arg(id));
    }
    auto receipt = crypto::Receipt::create(*envelope, authority, actor->authorityId);
    if (!receipt) {
        static_cast<void>(auditAlone(*actor, authority, QStringLiteral("open-failed"), id,
                                     {{QStringLiteral("code"), receipt.error().code}}));
        return receipt.error();
    }
    Transaction transaction(*m_connection);
    if (Status begun = transaction.begin(); !begun) {
        return begun.error();
    }
    if (auto inserted =
            m_connection->exec(QStringLiteral("INSERT INTO receipts (declaration_id, authority_id, receipt, "
                                              "received_at) VALUES (?, ?, ?, ?)"),
                               {id, actor->personId, *receipt, nowText()});
        !inserted) {
        return Error::invalid(tr("this authority has already acknowledged declaration %1").arg(id));
    }
    if (auto updated = m_connection->exec(
            QStringLiteral("UPDATE declarations SET status = ? WHERE id = ? AND status = ?"),
            {kReceiptHeld, id, kFiled});
        !updated) {
        return updated.error();
    }
    if (Status audited = appendAudit(*actor, authority, QStringLiteral("acknowledge"), id,
                                     {{QStringLiteral("receipt-sha256"), sha256Hex(*receipt)},
                                      {QStringLiteral("envelope-sha256"), sha256Hex(*envelope)}});
        !audited) {
        return audited.error();
    }
    if (Status committed = transaction.commit(); !committed) {
        return committed.error();
    }
    return *receipt;
}

// ---- drafts, bordereau, retention (procedures: StoreProcedures.cpp) --------------------------------------

Status Store::saveDraft(const crypto::Identity& declarant, QByteArrayView canonicalBytes)
{
    auto person = personFor(declarant.certificate());
    if (!person) {
        return person.error();
    }
    return Drafts(*m_connection).save(person->id, person->certificate, declarant, canonicalBytes);
}

Result<crypto::SecureBytes> Store::openDraft(const crypto::Identity& declarant) const
{
    auto person = personFor(declarant.certificate());
    if (!person) {
        return person.error();
    }
    return Drafts(*m_connection).open(person->id, person->certificate, declarant);
}

Status Store::discardDraft(const crypto::Identity& declarant)
{
    auto person = personFor(declarant.certificate());
    if (!person) {
        return person.error();
    }
    return Drafts(*m_connection).discard(person->id);
}

Result<Bordereau> Store::bordereau(const QString& id, const crypto::Identity& identity) const
{
    auto actor = actorFor(identity);
    if (!actor) {
        return actor.error();
    }
    auto facts = this->facts(id);
    if (!facts) {
        return facts.error();
    }
    // The bordereau d'émargement is for whoever audits the declaration and for its readers: the authority
    // reviewing it sees who else may open it and who opened it last (art. 7-2 I: confidentiality is
    // checked by those who hold the declaration).
    if (!decide(*actor, Action::AuditLog, *facts) && !decide(*actor, Action::Open, *facts)) {
        return Error{ErrorKind::AccessDenied, tr("access denied"), QString(errors::Denied)};
    }
    Bordereau result;
    auto names =
        fetch(*m_connection,
              QStringLiteral("SELECT DISTINCT p.name FROM envelope_recipients r JOIN people p ON p.id = "
                             "r.person_id WHERE r.declaration_id = ? ORDER BY p.name"),
              {id});
    if (!names) {
        return names.error();
    }
    for (const auto& row : *names) {
        result.mayOpen << row.at(0).toString();
    }
    auto last =
        fetch(*m_connection,
              QStringLiteral("SELECT p.name, a.at FROM audit a JOIN people p ON p.id = a.actor_id WHERE "
                             "a.declaration_id = ? AND a.action = 'open' ORDER BY a.sequence DESC LIMIT 1"),
              {id});
    if (!last) {
        return last.error();
    }
    if (!last->empty()) {
        result.lastOpenedBy = last->front().at(0).toString();
        result.lastOpenedAt = QDateTime::fromString(last->front().at(1).toString(), Qt::ISODateWithMs);
    }
    return result;
}

Result<PurgeReport> Store::purge(const crypto::Identity& admin, bool dryRun)
{
    auto actor = actorFor(admin);
    if (!actor) {
        return actor.error();
    }
    if (const Decision decision = decide(*actor, Action::Purge, {}); !decision) {
        return denied(*actor, admin, Action::Purge, {}, decision.reason);
    }
    // Destruction rests on the ceased_on of a valid administrator's statement, verified now from the trail
    // as it stands, not on a replay made before.
    m_directory.reset();
    auto people = this->people();
    if (!people) {
        return people.error();
    }
    PurgeReport report;
    const QDate today = Clock::nowUtc().date();
    for (const Person& person : *people) {
        // Kept until five years after the magistrate leaves office (CJA R.131-8).
        if (!person.profile || !person.profile->ceasedOn.isValid() ||
            person.profile->ceasedOn.addYears(5) >= today) {
            continue;
        }
        auto declarations =
            fetch(*m_connection,
                  QStringLiteral("SELECT id FROM declarations WHERE declarant_id = ? AND status <> ? "
                                 "ORDER BY filed_at"),
                  {person.id, kDestroyed});
        if (!declarations) {
            return declarations.error();
        }
        if (declarations->empty()) {
            continue;
        }
        auto holds =
            fetch(*m_connection,
                  QStringLiteral("SELECT id FROM procedures WHERE declarant_id = ? AND legal_hold = 1 AND "
                                 "closed_at IS NULL"),
                  {person.id});
        if (!holds) {
            return holds.error();
        }
        for (const auto& row : *declarations) {
            const QString id = row.at(0).toString();
            if (!holds->empty()) {
                report.held << id;
                continue;
            }
            report.destroyed << id;
            if (dryRun) {
                continue;
            }
            Transaction transaction(*m_connection);
            if (Status begun = transaction.begin(); !begun) {
                return begun.error();
            }
            // The entretiens' and the avis' sealed documents go with the declaration; their metadata stays.
            for (const char* statement :
                 {"DELETE FROM envelope_recipients WHERE declaration_id = ?",
                  "DELETE FROM envelopes WHERE declaration_id = ?",
                  "DELETE FROM receipts WHERE declaration_id = ?",
                  "UPDATE entretiens SET convocation = NULL, fiche = NULL, acknowledgement = NULL, status = "
                  "'destroyed' WHERE declaration_id = ?",
                  "UPDATE avis_requests SET request = NULL, avis = NULL, status = 'destroyed' WHERE "
                  "declaration_id = ?"}) {
                if (auto deleted = m_connection->exec(QString::fromLatin1(statement), {id}); !deleted) {
                    return deleted.error();
                }
            }
            if (auto updated = m_connection->exec(
                    QStringLiteral("UPDATE declarations SET status = ? WHERE id = ?"), {kDestroyed, id});
                !updated) {
                return updated.error();
            }
            if (Status discarded = Drafts(*m_connection).discard(person.id); !discarded) {
                return discarded.error();
            }
            if (Status audited = appendAudit(
                    *actor, admin, QStringLiteral("purge"), id,
                    {{QStringLiteral("basis"), QStringLiteral("CJA R.131-8")},
                     {QStringLiteral("ceased-on"), person.profile->ceasedOn.toString(Qt::ISODate)}});
                !audited) {
                return audited.error();
            }
            if (Status committed = transaction.commit(); !committed) {
                return committed.error();
            }
        }
    }
    if (!dryRun && !report.destroyed.isEmpty() && m_connection->backend() == Backend::Sqlite) {
        // Zeroed pages (secure_delete) must also leave the WAL: checkpoint it into the main file and
        // truncate.
        if (auto checkpoint = m_connection->exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
            !checkpoint) {
            return checkpoint.error();
        }
    }
    return report;
}

// ---- the auditor's bundle ---------------------------------------------------------------------------------

Result<Person> Store::wholeTrailReader(const crypto::Identity& identity, const QString& purpose)
{
    if (identity.isNull()) {
        return Error::accessDenied(tr("no identity"), QString(errors::NotInDirectory));
    }
    auto person = personFor(identity.certificate());
    if (!person) {
        return person.error();
    }
    // Only those who may read every entry may.
    if (const Decision decision = decideStore(person->actor(), StoreAction::ReadWholeTrail); !decision) {
        qCInfo(lcStore) << "denied" << purpose << "to" << person->id << decision.reason;
        if (Status audited = auditAlone(
                person->actor(), identity, actions::Denied, {},
                {{QStringLiteral("action"), purpose}, {QStringLiteral("reason"), decision.reason}});
            !audited) {
            return audited.error();
        }
        return Error{
            ErrorKind::AccessDenied,
            tr("access denied: this identity may not read the whole audit trail (%1)").arg(decision.reason),
            QString(errors::Denied)};
    }
    return person;
}

Result<AuditEvidence> Store::exportEvidence(const crypto::Identity& identity)
{
    auto reader = wholeTrailReader(identity, actions::ExportBundle);
    if (!reader) {
        return reader.error();
    }
    AuditEvidence evidence;
    evidence.exporter = *reader;
    // The write lock makes the reads one snapshot and keeps anyone from appending between the trail read and
    // the export's own entry.
    Transaction transaction(*m_connection);
    if (Status begun = transaction.begin(); !begun) {
        return begun.error();
    }
    auto declarations = list(identity);
    if (!declarations) {
        return declarations.error();
    }
    evidence.declarations = *declarations;
    QSet<QString> inScope;
    for (const DeclarationRecord& record : evidence.declarations) {
        inScope.insert(record.id);
    }

    auto recipientRows = fetch(*m_connection, QStringLiteral("SELECT envelope_id, person_id FROM "
                                                             "envelope_recipients ORDER BY person_id"));
    if (!recipientRows) {
        return recipientRows.error();
    }
    std::map<QString, QStringList> recipients;
    for (const auto& row : *recipientRows) {
        recipients[row.at(0).toString()] << row.at(1).toString();
    }
    // Row by row: only one envelope is in memory at a time, and only long enough to hash it.
    auto envelopes = m_connection->exec(
        QStringLiteral("SELECT id, declaration_id, sealed, created_at, forwarded_by, basis, authorised_by "
                       "FROM envelopes ORDER BY created_at, id"));
    if (!envelopes) {
        return envelopes.error();
    }
    QSqlQuery& envelopeQuery = envelopes.value();
    while (envelopeQuery.next()) {
        EnvelopeDigest digest;
        digest.id = envelopeQuery.value(0).toString();
        digest.declarationId = envelopeQuery.value(1).toString();
        if (!inScope.contains(digest.declarationId)) {
            continue;
        }
        digest.sha256 = sha256Hex(envelopeQuery.value(2).toByteArray());
        digest.createdAt = parseTimestamp(envelopeQuery.value(3).toString());
        digest.forwardedBy = envelopeQuery.value(4).toString();
        digest.basis = envelopeQuery.value(5).toString();
        digest.authorisedBy = envelopeQuery.value(6).toString();
        digest.recipients = recipients[digest.id];
        evidence.envelopes << digest;
    }
    envelopeQuery.finish();

    auto receipts =
        fetch(*m_connection, QStringLiteral("SELECT declaration_id, authority_id, receipt, received_at FROM "
                                            "receipts ORDER BY received_at, declaration_id, authority_id"));
    if (!receipts) {
        return receipts.error();
    }
    for (const auto& row : *receipts) {
        if (inScope.contains(row.at(0).toString())) {
            evidence.receipts << StoredReceipt{row.at(0).toString(), row.at(1).toString(),
                                               row.at(2).toByteArray(), parseTimestamp(row.at(3).toString())};
        }
    }

    auto trail =
        m_connection->exec(QStringLiteral("SELECT %1 FROM audit ORDER BY sequence").arg(kAuditColumns));
    if (!trail) {
        return trail.error();
    }
    QSqlQuery& trailQuery = trail.value();
    const int columns = trailQuery.record().count();
    QVariantList row;
    while (trailQuery.next()) {
        row.clear();
        for (int column = 0; column < columns; ++column) {
            row << trailQuery.value(column);
        }
        evidence.trail.push_back(entryFromRow(row));
    }
    trailQuery.finish();

    if (Status audited = appendAudit(reader->actor(), identity, actions::ExportBundle, {},
                                     {{QStringLiteral("declarations"), qint64(evidence.declarations.size())},
                                      {QStringLiteral("envelopes"), qint64(evidence.envelopes.size())},
                                      {QStringLiteral("receipts"), qint64(evidence.receipts.size())},
                                      {QStringLiteral("entries"), qint64(evidence.trail.size())}});
        !audited) {
        return audited.error();
    }
    auto last =
        fetch(*m_connection,
              QStringLiteral("SELECT %1 FROM audit ORDER BY sequence DESC LIMIT 1").arg(kAuditColumns));
    if (!last) {
        return last.error();
    }
    evidence.trail.push_back(entryFromRow(last->front()));
    if (Status committed = transaction.commit(); !committed) {
        return committed.error();
    }

    std::set<QString> named{evidence.exporter.id};
    for (const AuditEntry& entry : evidence.trail) {
        named.insert(entry.actorId);
    }
    for (const DeclarationRecord& record : evidence.declarations) {
        named.insert(record.declarantId);
    }
    for (const EnvelopeDigest& envelope : evidence.envelopes) {
        named.insert(envelope.recipients.begin(), envelope.recipients.end());
    }
    for (const StoredReceipt& receipt : evidence.receipts) {
        named.insert(receipt.authorityId);
    }
    auto people = this->people();
    if (!people) {
        return people.error();
    }
    for (const Person& person : *people) {
        if (named.count(person.id)) {
            evidence.people << person;
        }
    }
    return evidence;
}

} // namespace probitas::store
