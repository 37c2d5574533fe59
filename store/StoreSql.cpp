#include "StoreSql.h"

#include "Clock.h"
#include "Digest.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QUuid>

namespace probitas::store::sql {

namespace {
// The store's messages share the context "store" (Store.h).
struct StoreText
{
    Q_DECLARE_TR_FUNCTIONS(store)
};
} // namespace

Result<Rows> fetch(const Connection& connection, const QString& sql, const QVariantList& values)
{
    auto query = connection.exec(sql, values);
    if (!query) {
        return query.error();
    }
    QSqlQuery& q = query.value();
    Rows rows;
    const int columns = q.record().count();
    while (q.next()) {
        QVariantList row;
        row.reserve(columns);
        for (int column = 0; column < columns; ++column) {
            row << q.value(column);
        }
        rows.push_back(std::move(row));
    }
    q.finish();
    return rows;
}

QString timestamp(const QDateTime& time)
{
    return time.toUTC().toString(Qt::ISODateWithMs);
}

// Our own timestamps are parsed by hand, since QDateTime::fromString dominated listing 100,000 rows.
// Anything else goes the slow, general way.
QDateTime parseTimestamp(const QString& text)
{
    const auto digits = [&text](int from, int count) {
        int value = 0;
        for (int i = from; i < from + count; ++i) {
            const int digit = text.at(i).unicode() - '0';
            if (digit < 0 || digit > 9) {
                return -1;
            }
            value = value * 10 + digit;
        }
        return value;
    };
    if (text.size() == 24 && text.at(10) == QLatin1Char('T') && text.at(23) == QLatin1Char('Z')) {
        const QDate date(digits(0, 4), digits(5, 2), digits(8, 2));
        const QTime time(digits(11, 2), digits(14, 2), digits(17, 2), digits(20, 3));
        if (date.isValid() && time.isValid()) {
            return QDateTime(date, time, Qt::UTC);
        }
    }
    return text.isEmpty() ? QDateTime() : QDateTime::fromString(text, Qt::ISODateWithMs).toUTC();
}

Result<QDateTime> writeTime(const Connection& connection)
{
    if (connection.backend() != Backend::PostgreSql || Clock::isSetForTesting()) {
        return parseTimestamp(timestamp(Clock::nowUtc()));
    }
    // clock_timestamp(), not now(): now() is the transaction's start, before the write lock was granted.
    auto rows =
        fetch(connection, QStringLiteral("SELECT to_char(date_trunc('milliseconds', clock_timestamp()) "
                                         "AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS.MS\"Z\"')"));
    if (!rows) {
        return rows.error();
    }
    const QDateTime time = rows->empty() ? QDateTime() : parseTimestamp(rows->front().at(0).toString());
    if (!time.isValid()) {
        return Error::environment(StoreText::tr("the database server gave no time"));
    }
    return time;
}

Result<QDateTime> beginWrite(Transaction& transaction, const Connection& connection)
{
    if (Status begun = transaction.begin(); !begun) {
        return begun.error();
    }
    return writeTime(connection);
}

QString newId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

QString sha256Hex(QByteArrayView bytes)
{
    return QString::fromLatin1(crypto::sha256(bytes).toHex());
}

QVariant nullable(const QString& text)
{
    return text.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(text);
}

// ---- rows
const QString kFiled = declarationStatusId(DeclarationStatus::Filed);
const QString kReceiptHeld = declarationStatusId(DeclarationStatus::ReceiptHeld);
const QString kSuperseded = declarationStatusId(DeclarationStatus::Superseded);
const QString kDestroyed = declarationStatusId(DeclarationStatus::Destroyed);

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

QStringList signedRecipients(const QJsonObject& fileDetails)
{
    QStringList recipients;
    for (const QJsonValue& recipient : fileDetails.value(QLatin1String("recipients")).toArray()) {
        recipients << recipient.toString();
    }
    return recipients;
}

Error notFound(const QString& id)
{
    return Error{ErrorKind::Unusable, StoreText::tr("no declaration %1 in the store").arg(id),
                 QString(errors::NotFound)};
}

const QString kHiddenByTheServer = QStringLiteral("hidden-by-the-server");

Result<bool> hiddenByTheServer(const Connection& connection, const Error& missing, const QString& table,
                               const QString& id)
{
    if (missing.code != QLatin1String(errors::NotFound) || !connection.serverEnforced()) {
        return false;
    }
    auto exists = fetch(connection, QStringLiteral("SELECT probitas_exists(?, ?)"), {table, id});
    if (!exists) {
        return exists.error();
    }
    return !exists->empty() && exists->front().at(0).toBool();
}

const QString kPersonColumns =
    QStringLiteral("id, name, role, authority_id, certificate, profile, removed_at");

Result<Person> personFromRow(const QVariantList& row)
{
    Person person;
    person.id = row.at(0).toString();
    person.name = row.at(1).toString();
    person.role = roleFromId(row.at(2).toString()).value_or(Role::Declarant);
    person.authorityId = row.at(3).toString();
    auto certificate = crypto::Certificate::fromData(row.at(4).toByteArray());
    if (!certificate) {
        return Error{ErrorKind::Integrity, StoreText::tr("the directory holds an unreadable certificate"),
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

Result<std::vector<AuditEntry>> auditEntries(const Connection& connection, const QStringList& actions,
                                             qint64 after)
{
    QStringList parameters; // one "?" per action
    QVariantList values;
    for (const QString& action : actions) {
        parameters << QStringLiteral("?");
        values << action;
    }
    values << after;
    auto rows =
        fetch(connection,
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

} // namespace probitas::store::sql
