#include "StoreSql.h"

#include "Clock.h"
#include "Digest.h"

#include <QCoreApplication>
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

QString nowText()
{
    return timestamp(Clock::nowUtc());
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

} // namespace probitas::store::sql
