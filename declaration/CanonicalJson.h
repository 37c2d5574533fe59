#pragma once

#include "Result.h"

#include <QByteArray>
#include <QJsonValue>
#include <QStringView>

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

// Writes the canonical form as it goes, without building a QJsonValue first: the same bytes as serialize()
// of the equivalent value (tst_canonicaljson holds the two to it). The caller gives each object's keys in
// canonical order (QString's operator<, by UTF-16 code units: a std::map<QString, ...> iterates so).
class CanonicalWriter
{
public:
    explicit CanonicalWriter(qsizetype expectedSize = 0);

    void beginObject();
    void endObject();
    void beginArray();
    void endArray();
    void key(QStringView name);
    void string(QStringView text);
    void integer(qint64 number);
    void boolean(bool flag);
    void null();
    // Any value, as serialize() writes it (for small parts written through a QJsonObject).
    void value(const QJsonValue& value);

    QByteArray take() { return std::move(m_output); }

private:
    void separate();
    void appendString(QStringView text);

    QByteArray m_output;
    bool m_afterValue = false; // a ',' goes before the next key or element
};

} // namespace probitas::json
