#pragma once

// What the store's benchmark programs share: their sizes from the environment, and the raw cost of reading
// and hashing rows that their figures are set beside.
#include "Digest.h"

#include <QByteArray>
#include <QSqlQuery>
#include <QtGlobal>

namespace probitas::store::bench {

// A positive integer from the environment variable, or `fallback`.
inline int positiveFrom(const char* variable, int fallback)
{
    bool ok = false;
    const int value = qEnvironmentVariableIntValue(variable, &ok);
    return ok && value > 0 ? value : fallback;
}

// Reads every row of an executed query, its first `columns` values concatenated and hashed, as the check it
// is compared with does; returns the last digest (for the benchmark's sink).
inline QByteArray hashEveryRow(QSqlQuery& query, int columns)
{
    QByteArray row;
    QByteArray digest;
    while (query.next()) {
        row.clear();
        for (int column = 0; column < columns; ++column) {
            row += query.value(column).toByteArray();
        }
        digest = crypto::sha256(row);
    }
    return digest;
}

} // namespace probitas::store::bench
