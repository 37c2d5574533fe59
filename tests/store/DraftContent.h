#pragma once

#include <QByteArray>

namespace probitas::store::testing {

// What store_filer --draft saves as her draft at each round, and what tst_store_crash expects to read back:
// the store seals any bytes the desktop gives it, so a round number tells the versions apart.
inline QByteArray draftContent(int round)
{
    return QByteArrayLiteral("{\"round\":") + QByteArray::number(round) + '}';
}

} // namespace probitas::store::testing
