#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>
#include <memory>

struct pg_conn; // libpq's PGconn and PGresult, kept out of the headers that include this one
struct pg_result;

namespace probitas::store {

// A PostgreSQL query's whole result in libpq's binary format, read in place (Connection::execBinary): for the
// reads of a million rows (`audit verify`), where QtSql's row-at-a-time results and a QVariant and a UTF-16
// string per value cost twice the query itself (docs/benchmarks.md). Text comes as the server's UTF-8 bytes,
// bytea as its bytes, integers as they are.
class BinaryRows
{
public:
    explicit BinaryRows(pg_result* result);
    // Whether the query ran and returned rows; else the server's words and SQLSTATE.
    bool ok() const;
    QString errorText(pg_conn* connection) const;
    QString errorCode() const;
    int count() const;
    bool isNull(int row, int column) const;
    // The value's bytes, valid while this result lives.
    QByteArrayView bytes(int row, int column) const;
    // A smallint, integer or bigint column.
    qint64 integer(int row, int column) const;

private:
    struct Clear
    {
        void operator()(pg_result* result) const;
    };
    std::unique_ptr<pg_result, Clear> m_result;
};

} // namespace probitas::store
