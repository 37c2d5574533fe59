#pragma once

#include "Result.h"

#include <QByteArray>
#include <QJsonValue>

namespace probitas::json {

// Deepest nesting accepted: a declaration needs about six levels; the limit keeps hostile input from
// exhausting the stack.
constexpr int maximumDepth = 64;

// Largest integer accepted: every integer must survive a round trip through a double elsewhere
// (2^53 - 1 cents is about 90 000 billion euros).
constexpr qint64 maximumSafeInteger = 9007199254740991LL;

// Strict RFC 8259 parsing: valid UTF-8 only, no duplicate keys, integers only (declarations hold no
// floating point: amounts are cents), bounded depth. Never crashes on any input; the error names the
// line, column and what was expected.
Result<QJsonValue> parse(const QByteArray& utf8);

// The canonical form, the exact bytes that are signed: object keys sorted by UTF-16 code units
// (as RFC 8785), no insignificant white space, minimal string escaping, UTF-8. One representation per value.
QByteArray serialize(const QJsonValue& value);

} // namespace probitas::json
