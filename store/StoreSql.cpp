#include "StoreSql.h"

#include "Clock.h"

#include <QCryptographicHash>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QUuid>

namespace probitas::store::sql {

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

QDateTime parseTimestamp(const QString& text)
{
    return text.isEmpty() ? QDateTime() : QDateTime::fromString(text, Qt::ISODateWithMs).toUTC();
}

QString newId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

QString sha256Hex(QByteArrayView bytes)
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

QVariant nullable(const QString& text)
{
    return text.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(text);
}

} // namespace probitas::store::sql
