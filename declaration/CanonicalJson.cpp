#include "CanonicalJson.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QSet>
#include <QStringDecoder>
#include <algorithm>
#include <limits>
#include <utility>
#include <vector>

namespace probitas::json {

namespace {

struct CanonicalJson
{
    Q_DECLARE_TR_FUNCTIONS(CanonicalJson)
};

class Parser
{
public:
    explicit Parser(const QByteArray& input)
        : m_input(input)
    {}

    Result<QJsonValue> run()
    {
        skipWhitespace();
        QJsonValue value;
        if (!parseValue(value, 0)) {
            return failure();
        }
        skipWhitespace();
        if (m_position != m_input.size()) {
            fail(CanonicalJson::tr("unexpected data after the end of the document"));
            return failure();
        }
        return value;
    }

private:
    Error failure() const
    {
        int line = 1;
        int column = 1;
        for (qsizetype index = 0; index < m_errorPosition && index < m_input.size(); ++index) {
            if (m_input[index] == '\n') {
                ++line;
                column = 1;
            } else if ((static_cast<unsigned char>(m_input[index]) & 0xC0) != 0x80) {
                ++column; // count characters, not UTF-8 continuation bytes
            }
        }
        return Error::unusable(
            CanonicalJson::tr("malformed JSON at line %1, column %2: %3").arg(line).arg(column).arg(m_error));
    }

    bool fail(const QString& message)
    {
        if (m_error.isEmpty()) {
            m_error = message;
            m_errorPosition = m_position;
        }
        return false;
    }

    bool atEnd() const { return m_position >= m_input.size(); }
    char peek() const { return atEnd() ? '\0' : m_input[m_position]; }

    void skipWhitespace()
    {
        while (!atEnd()) {
            const char character = m_input[m_position];
            if (character != ' ' && character != '\t' && character != '\n' && character != '\r') {
                return;
            }
            ++m_position;
        }
    }

    bool expectLiteral(const char* literal)
    {
        for (const char* cursor = literal; *cursor; ++cursor) {
            if (peek() != *cursor) {
                return fail(CanonicalJson::tr("unknown literal (expected true, false or null)"));
            }
            ++m_position;
        }
        return true;
    }

    bool parseValue(QJsonValue& value, int depth)
    {
        if (depth > maximumDepth) {
            return fail(CanonicalJson::tr("nested more than %1 levels deep").arg(maximumDepth));
        }
        switch (peek()) {
        case '{':
            return parseObject(value, depth);
        case '[':
            return parseArray(value, depth);
        case '"': {
            QString text;
            if (!parseString(text)) {
                return false;
            }
            value = text;
            return true;
        }
        case 't':
            value = true;
            return expectLiteral("true");
        case 'f':
            value = false;
            return expectLiteral("false");
        case 'n':
            value = QJsonValue(QJsonValue::Null);
            return expectLiteral("null");
        case '\0':
            if (atEnd()) {
                return fail(CanonicalJson::tr("unexpected end of input"));
            }
            return fail(CanonicalJson::tr("unexpected character"));
        default:
            if (peek() == '-' || (peek() >= '0' && peek() <= '9')) {
                return parseNumber(value);
            }
            return fail(CanonicalJson::tr("unexpected character"));
        }
    }

    // The members are gathered first and put into the object in its own key order at the end: QJsonObject
    // keeps its keys sorted, and inserting each where it belongs moves every later one, so that an object
    // whose keys came in reverse order cost the square of their number (tst_linearcost).
    static QJsonObject objectOf(std::vector<std::pair<QString, QJsonValue>>& members)
    {
        std::sort(members.begin(), members.end(),
                  [](const auto& left, const auto& right) { return left.first < right.first; });
        QJsonObject object;
        for (const auto& [key, member] : members) {
            object.insert(key, member);
        }
        return object;
    }

    bool parseObject(QJsonValue& value, int depth)
    {
        ++m_position; // '{'
        std::vector<std::pair<QString, QJsonValue>> members;
        QSet<QString> keys;
        skipWhitespace();
        if (peek() == '}') {
            ++m_position;
            value = QJsonObject();
            return true;
        }
        for (;;) {
            skipWhitespace();
            if (peek() != '"') {
                return fail(CanonicalJson::tr("expected a quoted key"));
            }
            const qsizetype keyPosition = m_position;
            QString key;
            if (!parseString(key)) {
                return false;
            }
            if (keys.contains(key)) {
                m_position = keyPosition;
                return fail(CanonicalJson::tr("duplicate key \"%1\"").arg(key));
            }
            keys.insert(key);
            skipWhitespace();
            if (peek() != ':') {
                return fail(CanonicalJson::tr("expected ':' after a key"));
            }
            ++m_position;
            skipWhitespace();
            QJsonValue member;
            if (!parseValue(member, depth + 1)) {
                return false;
            }
            members.emplace_back(std::move(key), std::move(member));
            skipWhitespace();
            if (peek() == ',') {
                ++m_position;
                continue;
            }
            if (peek() == '}') {
                ++m_position;
                value = objectOf(members);
                return true;
            }
            return fail(CanonicalJson::tr("expected ',' or '}'"));
        }
    }

    bool parseArray(QJsonValue& value, int depth)
    {
        ++m_position; // '['
        QJsonArray array;
        skipWhitespace();
        if (peek() == ']') {
            ++m_position;
            value = array;
            return true;
        }
        for (;;) {
            skipWhitespace();
            QJsonValue element;
            if (!parseValue(element, depth + 1)) {
                return false;
            }
            array.append(element);
            skipWhitespace();
            if (peek() == ',') {
                ++m_position;
                continue;
            }
            if (peek() == ']') {
                ++m_position;
                value = array;
                return true;
            }
            return fail(CanonicalJson::tr("expected ',' or ']'"));
        }
    }

    bool parseNumber(QJsonValue& value)
    {
        const qsizetype start = m_position;
        bool negative = false;
        if (peek() == '-') {
            negative = true;
            ++m_position;
        }
        if (!(peek() >= '0' && peek() <= '9')) {
            return fail(CanonicalJson::tr("expected a digit"));
        }
        if (peek() == '0' && m_position + 1 < m_input.size() && m_input[m_position + 1] >= '0' &&
            m_input[m_position + 1] <= '9') {
            return fail(CanonicalJson::tr("leading zeros are not allowed"));
        }
        qint64 magnitude = 0;
        while (peek() >= '0' && peek() <= '9') {
            magnitude = magnitude * 10 + (peek() - '0');
            if (magnitude > maximumSafeInteger) {
                m_position = start;
                return fail(CanonicalJson::tr("integer out of range (at most %1)").arg(maximumSafeInteger));
            }
            ++m_position;
        }
        if (peek() == '.' || peek() == 'e' || peek() == 'E') {
            m_position = start;
            return fail(
                CanonicalJson::tr("not an integer: declarations hold whole numbers only (amounts in cents)"));
        }
        value = QJsonValue(negative ? -magnitude : magnitude);
        return true;
    }

    static int hexValue(char character)
    {
        if (character >= '0' && character <= '9') {
            return character - '0';
        }
        if (character >= 'a' && character <= 'f') {
            return character - 'a' + 10;
        }
        if (character >= 'A' && character <= 'F') {
            return character - 'A' + 10;
        }
        return -1;
    }

    bool parseHexQuad(char16_t& unit)
    {
        if (m_position + 4 > m_input.size()) {
            return fail(CanonicalJson::tr("truncated \\u escape"));
        }
        int result = 0;
        for (int index = 0; index < 4; ++index) {
            const int digit = hexValue(m_input[m_position + index]);
            if (digit < 0) {
                return fail(CanonicalJson::tr("invalid \\u escape"));
            }
            result = result * 16 + digit;
        }
        m_position += 4;
        unit = char16_t(result);
        return true;
    }

    bool parseString(QString& text)
    {
        ++m_position; // opening quote
        QByteArray utf8;
        for (;;) {
            if (atEnd()) {
                return fail(CanonicalJson::tr("unterminated string"));
            }
            const char character = m_input[m_position];
            if (character == '"') {
                ++m_position;
                break;
            }
            if (static_cast<unsigned char>(character) < 0x20) {
                return fail(CanonicalJson::tr("control character in a string (escape it)"));
            }
            if (character != '\\') {
                utf8 += character;
                ++m_position;
                continue;
            }
            ++m_position; // backslash
            const char escape = peek();
            ++m_position;
            switch (escape) {
            case '"':
                utf8 += '"';
                break;
            case '\\':
                utf8 += '\\';
                break;
            case '/':
                utf8 += '/';
                break;
            case 'b':
                utf8 += '\b';
                break;
            case 'f':
                utf8 += '\f';
                break;
            case 'n':
                utf8 += '\n';
                break;
            case 'r':
                utf8 += '\r';
                break;
            case 't':
                utf8 += '\t';
                break;
            case 'u': {
                char16_t high = 0;
                if (!parseHexQuad(high)) {
                    return false;
                }
                QString decoded;
                if (QChar::isHighSurrogate(high)) {
                    char16_t low = 0;
                    if (peek() != '\\' || m_position + 1 >= m_input.size() ||
                        m_input[m_position + 1] != 'u') {
                        return fail(CanonicalJson::tr("unpaired surrogate in a \\u escape"));
                    }
                    m_position += 2;
                    if (!parseHexQuad(low)) {
                        return false;
                    }
                    if (!QChar::isLowSurrogate(low)) {
                        return fail(CanonicalJson::tr("unpaired surrogate in a \\u escape"));
                    }
                    decoded = QString(QChar(high)) + QChar(low);
                } else if (QChar::isLowSurrogate(high)) {
                    return fail(CanonicalJson::tr("unpaired surrogate in a \\u escape"));
                } else {
                    decoded = QString(QChar(high));
                }
                utf8 += decoded.toUtf8();
                break;
            }
            default:
                m_position -= 1;
                return fail(CanonicalJson::tr("invalid escape sequence"));
            }
        }
        QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
        text = decoder.decode(utf8);
        if (decoder.hasError()) {
            return fail(CanonicalJson::tr("invalid UTF-8 in a string"));
        }
        return true;
    }

    const QByteArray& m_input;
    qsizetype m_position = 0;
    QString m_error;
    qsizetype m_errorPosition = 0;
};

void appendString(QByteArray& output, const QString& text)
{
    output += '"';
    const QByteArray utf8 = text.toUtf8();
    for (const char character : utf8) {
        switch (character) {
        case '"':
            output += "\\\"";
            break;
        case '\\':
            output += "\\\\";
            break;
        case '\b':
            output += "\\b";
            break;
        case '\f':
            output += "\\f";
            break;
        case '\n':
            output += "\\n";
            break;
        case '\r':
            output += "\\r";
            break;
        case '\t':
            output += "\\t";
            break;
        default:
            if (static_cast<unsigned char>(character) < 0x20) {
                static const char digits[] = "0123456789abcdef";
                output += "\\u00";
                output += digits[(character >> 4) & 0xF];
                output += digits[character & 0xF];
            } else {
                output += character;
            }
        }
    }
    output += '"';
}

void appendValue(QByteArray& output, const QJsonValue& value)
{
    switch (value.type()) {
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        output += "null";
        break;
    case QJsonValue::Bool:
        output += value.toBool() ? "true" : "false";
        break;
    case QJsonValue::Double: {
        // Only integers are canonical. A fraction is written out in full rather than silently truncated, so
        // that parsing it back refuses it loudly.
        const double number = value.toDouble();
        const qint64 integer = value.toInteger(std::numeric_limits<qint64>::min());
        output += integer != std::numeric_limits<qint64>::min() ? QByteArray::number(integer)
                                                                : QByteArray::number(number, 'g', 17);
        break;
    }
    case QJsonValue::String:
        appendString(output, value.toString());
        break;
    case QJsonValue::Array: {
        output += '[';
        const QJsonArray array = value.toArray();
        for (qsizetype index = 0; index < array.size(); ++index) {
            if (index > 0) {
                output += ',';
            }
            appendValue(output, array.at(index));
        }
        output += ']';
        break;
    }
    case QJsonValue::Object: {
        output += '{';
        const QJsonObject object = value.toObject();
        QStringList keys = object.keys();
        std::sort(keys.begin(), keys.end()); // QString compares UTF-16 code units, as RFC 8785 requires
        bool first = true;
        for (const QString& key : keys) {
            if (!first) {
                output += ',';
            }
            first = false;
            appendString(output, key);
            output += ':';
            appendValue(output, object.value(key));
        }
        output += '}';
        break;
    }
    }
}

} // namespace

Result<QJsonValue> parse(const QByteArray& utf8)
{
    return Parser(utf8).run();
}

QByteArray serialize(const QJsonValue& value)
{
    QByteArray output;
    appendValue(output, value);
    return output;
}

CanonicalWriter::CanonicalWriter(qsizetype expectedSize)
{
    m_output.reserve(expectedSize);
}

void CanonicalWriter::separate()
{
    if (m_afterValue) {
        m_output += ',';
    }
    m_afterValue = false;
}

void CanonicalWriter::beginObject()
{
    separate();
    m_output += '{';
}

void CanonicalWriter::endObject()
{
    m_output += '}';
    m_afterValue = true;
}

void CanonicalWriter::beginArray()
{
    separate();
    m_output += '[';
}

void CanonicalWriter::endArray()
{
    m_output += ']';
    m_afterValue = true;
}

void CanonicalWriter::key(QStringView name)
{
    separate();
    appendString(name);
    m_output += ':';
}

void CanonicalWriter::string(QStringView text)
{
    separate();
    appendString(text);
    m_afterValue = true;
}

void CanonicalWriter::integer(qint64 number)
{
    separate();
    if (number == std::numeric_limits<qint64>::min()) {
        // As serialize() writes it: QJsonValue::toInteger() cannot tell this value from its own default.
        m_output += QByteArray::number(double(number), 'g', 17);
    } else {
        m_output += QByteArray::number(number);
    }
    m_afterValue = true;
}

void CanonicalWriter::boolean(bool flag)
{
    separate();
    m_output += flag ? "true" : "false";
    m_afterValue = true;
}

void CanonicalWriter::null()
{
    separate();
    m_output += "null";
    m_afterValue = true;
}

void CanonicalWriter::value(const QJsonValue& value)
{
    // The one generic serialisation (serialize's); the typed calls above are the fast path for the bulk.
    separate();
    appendValue(m_output, value);
    m_afterValue = true;
}

// UTF-16 to UTF-8 with the minimal escapes, written straight into the output: at most 6 bytes per code
// unit (\u00XX), and 4 per surrogate pair. A lone surrogate becomes '?', as QString::toUtf8() makes it.
// The fast path for a declaration's text; serialize's appendString is the reference it must equal byte for
// byte (tst_canonicaljson, tst_declarationcodec).
void CanonicalWriter::appendString(QStringView text)
{
    const qsizetype start = m_output.size();
    m_output.resize(start + 2 + 6 * text.size());
    char* out = m_output.data() + start;
    *out++ = '"';
    const char16_t* unit = text.utf16();
    const char16_t* const end = unit + text.size();
    static const char hex[] = "0123456789abcdef";
    while (unit < end) {
        const char16_t c = *unit++;
        if (c < 0x80) {
            if (c >= 0x20 && c != '"' && c != '\\') {
                *out++ = char(c);
                continue;
            }
            *out++ = '\\';
            switch (c) {
            case '"':
                *out++ = '"';
                break;
            case '\\':
                *out++ = '\\';
                break;
            case '\b':
                *out++ = 'b';
                break;
            case '\f':
                *out++ = 'f';
                break;
            case '\n':
                *out++ = 'n';
                break;
            case '\r':
                *out++ = 'r';
                break;
            case '\t':
                *out++ = 't';
                break;
            default:
                *out++ = 'u';
                *out++ = '0';
                *out++ = '0';
                *out++ = hex[(c >> 4) & 0xF];
                *out++ = hex[c & 0xF];
            }
        } else if (c < 0x800) {
            *out++ = char(0xC0 | (c >> 6));
            *out++ = char(0x80 | (c & 0x3F));
        } else if (QChar::isHighSurrogate(c) && unit < end && QChar::isLowSurrogate(*unit)) {
            const char32_t point = QChar::surrogateToUcs4(c, *unit++);
            *out++ = char(0xF0 | (point >> 18));
            *out++ = char(0x80 | ((point >> 12) & 0x3F));
            *out++ = char(0x80 | ((point >> 6) & 0x3F));
            *out++ = char(0x80 | (point & 0x3F));
        } else if (QChar::isSurrogate(c)) {
            *out++ = '?';
        } else {
            *out++ = char(0xE0 | (c >> 12));
            *out++ = char(0x80 | ((c >> 6) & 0x3F));
            *out++ = char(0x80 | (c & 0x3F));
        }
    }
    *out++ = '"';
    m_output.resize(out - m_output.constData());
}

} // namespace probitas::json
