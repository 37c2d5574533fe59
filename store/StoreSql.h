#pragma once

#include "Database.h"
#include "Result.h"

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
QString nowText();
QDateTime parseTimestamp(const QString& text); // invalid for NULL or empty
// The time of a write, to the millisecond, read inside the caller's write transaction: the database server's
// clock on PostgreSQL (every client then shares one clock), this computer's on SQLite; the test seam's
// (Clock::setForTesting) on both whenever a test has set it.
Result<QDateTime> writeTime(const Connection& connection);

QString newId();
QString sha256Hex(QByteArrayView bytes);

// NULL for an empty string, so optional references stay NULL in both backends.
QVariant nullable(const QString& text);

} // namespace probitas::store::sql
