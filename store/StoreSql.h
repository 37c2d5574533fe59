#pragma once

#include "Database.h"
#include "Result.h"
#include "StoreTypes.h"

#include <QByteArrayView>
#include <QDateTime>
#include <QString>
#include <QVariant>
#include <QVariantList>
#include <vector>

// Helpers shared by the store's implementation files; not part of the store's API.
namespace probitas::store::sql {

// Every row of a SELECT, read at once: an unfinished SELECT would keep SQLite from committing.
using Rows = std::vector<QVariantList>;
Result<Rows> fetch(const Connection& connection, const QString& sql, const QVariantList& values = {});

// The store's timestamps: UTC, to the millisecond, "yyyy-MM-ddTHH:mm:ss.zzzZ".
QString timestamp(const QDateTime& time);
QDateTime parseTimestamp(const QString& text); // invalid for NULL or empty
// The time of a write, to the millisecond, read inside the caller's write transaction: the database server's
// clock on PostgreSQL (every client then shares one clock), this computer's on SQLite; the test seam's
// (Clock::setForTesting) on both whenever a test has set it.
Result<QDateTime> writeTime(const Connection& connection);
// How every writer starts: `transaction` begun (the store's writer lock taken), then the write's time read
// under it (writeTime), so that the rows and the audit entry of one write bear one time.
Result<QDateTime> beginWrite(Transaction& transaction, const Connection& connection);

QString newId();
QString sha256Hex(QByteArrayView bytes);

// NULL for an empty string, so optional references stay NULL in both backends.
QVariant nullable(const QString& text);

// ---- rows of the store's tables, read the one way every part reads them

// The ids the statements bind (RecordStatus.h).
extern const QString kFiled;
extern const QString kReceiptHeld;
extern const QString kSuperseded;
extern const QString kDestroyed;

QString fingerprintOf(const crypto::Certificate& certificate);
// Compact JSON, as the details and profile columns hold it.
QByteArray compact(const QJsonObject& object);
QJsonObject parseObject(const QString& text);
// The authorities' ids a "file" entry's details record as the declaration's recipients, in their order.
QStringList signedRecipients(const QJsonObject& fileDetails);
// "no declaration ID in the store" (Unusable, errors::NotFound).
Error notFound(const QString& id);
// Whether `missing`, a NotFound for the row `id` of `table` (declarations, entretiens, avis_requests), is a
// server store's refusal: the row exists, and row-level security hides it from this login.
Result<bool> hiddenByTheServer(const Connection& connection, const Error& missing, const QString& table,
                               const QString& id);
extern const QString kHiddenByTheServer; // the reason such a refusal is audited with

// SELECT kPersonColumns FROM people ...
extern const QString kPersonColumns;
Result<Person> personFromRow(const QVariantList& row);
// kRecordSelect + "WHERE ...": declarations `d` joined to their declarant `p`.
extern const QString kRecordColumns;
extern const QString kRecordSelect;
Result<DeclarationRecord> recordFromRow(const QVariantList& row);
// SELECT kAuditColumns FROM audit ...
extern const QString kAuditColumns;
AuditEntry entryFromRow(const QVariantList& row);
// The audit entries with one of these actions after `after`, in sequence order, unverified.
Result<std::vector<AuditEntry>> auditEntries(const Connection& connection, const QStringList& actions,
                                             qint64 after = 0);

} // namespace probitas::store::sql
