#include "BinaryRows.h"

#include <QtEndian>
#include <libpq-fe.h>

namespace probitas::store {

BinaryRows::BinaryRows(pg_result* result)
    : m_result(result)
{}

void BinaryRows::Clear::operator()(pg_result* result) const
{
    PQclear(result);
}

bool BinaryRows::ok() const
{
    return PQresultStatus(m_result.get()) == PGRES_TUPLES_OK;
}

QString BinaryRows::errorText(pg_conn* connection) const
{
    // No result at all: the connection says why (lost, out of memory).
    return QString::fromUtf8(m_result ? PQresultErrorMessage(m_result.get()) : PQerrorMessage(connection));
}

QString BinaryRows::errorCode() const
{
    const char* code = m_result ? PQresultErrorField(m_result.get(), PG_DIAG_SQLSTATE) : nullptr;
    return code ? QString::fromLatin1(code) : QString();
}

int BinaryRows::count() const
{
    return PQntuples(m_result.get());
}

bool BinaryRows::isNull(int row, int column) const
{
    return PQgetisnull(m_result.get(), row, column) != 0;
}

QByteArrayView BinaryRows::bytes(int row, int column) const
{
    return {PQgetvalue(m_result.get(), row, column), PQgetlength(m_result.get(), row, column)};
}

qint64 BinaryRows::integer(int row, int column) const
{
    // The binary format of an integer is its bytes in network order, as wide as its type.
    const char* value = PQgetvalue(m_result.get(), row, column);
    switch (PQgetlength(m_result.get(), row, column)) {
    case 8:
        return qFromBigEndian<qint64>(value);
    case 4:
        return qFromBigEndian<qint32>(value);
    case 2:
        return qFromBigEndian<qint16>(value);
    default:
        return 0; // NULL, or not an integer column: a caller's mistake, never the server's data
    }
}

} // namespace probitas::store
