#include "HatvpXml.h"

#include "CanonicalJson.h"
#include "Clock.h"
#include "TextFolding.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QXmlStreamReader>
#include <QXmlStreamWriter>
#include <algorithm>
#include <set>

namespace probitas {

namespace {

struct HatvpText
{
    Q_DECLARE_TR_FUNCTIONS(HatvpText)
};

// Deeper than any declaration; bounds the recursion on hostile input.
constexpr int maximumDepth = 64;
constexpr int observationsMaxLength = 8000; // as the codec

// ---------------------------------------------------------------------------------------------------------
// A small element tree: the files are a few dozen kilobytes, and both directions need to look around.

struct Node
{
    QString name;
    QString ns; // empty for the HATVP's own elements
    std::map<QString, QString> attributes;
    QString text;
    std::vector<Node> children;
    mutable bool consumed = false; // read by the import, or deliberately ignored

    bool isExtension() const { return ns == HatvpXml::extensionNamespace(); }

    const Node* child(const QString& childName) const
    {
        for (const Node& candidate : children) {
            if (candidate.ns.isEmpty() && candidate.name == childName) {
                return &candidate;
            }
        }
        return nullptr;
    }
    std::vector<const Node*> all(const QString& childName) const
    {
        std::vector<const Node*> found;
        for (const Node& candidate : children) {
            if (candidate.ns.isEmpty() && candidate.name == childName) {
                found.push_back(&candidate);
            }
        }
        return found;
    }
    const Node* extension(const QString& childName) const
    {
        for (const Node& candidate : children) {
            if (candidate.isExtension() && candidate.name == childName) {
                return &candidate;
            }
        }
        return nullptr;
    }
    // "general/declarant/nom"
    const Node* at(const QString& path) const
    {
        const Node* node = this;
        for (const QString& step : path.split(QLatin1Char('/'))) {
            node = node ? node->child(step) : nullptr;
        }
        return node;
    }
    Node& ensure(const QString& path)
    {
        Node* node = this;
        for (const QString& step : path.split(QLatin1Char('/'))) {
            auto found =
                std::find_if(node->children.begin(), node->children.end(),
                             [&step](const Node& child) { return child.ns.isEmpty() && child.name == step; });
            if (found == node->children.end()) {
                node->children.push_back(Node{step, {}, {}, {}, {}});
                node = &node->children.back();
            } else {
                node = &*found;
            }
        }
        return *node;
    }
    void addExtension(const QString& extensionName, const QString& value,
                      std::map<QString, QString> extensionAttributes = {})
    {
        children.push_back(
            Node{extensionName, HatvpXml::extensionNamespace(), std::move(extensionAttributes), value, {}});
    }
    bool blank() const
    {
        return text.trimmed().isEmpty() &&
               std::all_of(children.begin(), children.end(), [](const Node& child) { return child.blank(); });
    }
    void consume() const
    {
        consumed = true;
        for (const Node& child : children) {
            child.consume();
        }
    }
    // Every text below, for reporting what has no place.
    QString summary() const
    {
        QStringList texts;
        if (!text.trimmed().isEmpty()) {
            texts << text.simplified();
        }
        for (const Node& child : children) {
            if (const QString inner = child.summary(); !inner.isEmpty()) {
                texts << inner;
            }
        }
        return texts.join(QStringLiteral(" | "));
    }
};

bool readElement(QXmlStreamReader& reader, Node& node, int depth)
{
    node.name = reader.name().toString();
    node.ns = reader.namespaceUri().toString();
    for (const QXmlStreamAttribute& attribute : reader.attributes()) {
        if (attribute.namespaceUri().isEmpty()) {
            node.attributes[attribute.name().toString()] = attribute.value().toString();
        }
    }
    while (!reader.atEnd()) {
        switch (reader.readNext()) {
        case QXmlStreamReader::StartElement: {
            if (depth >= maximumDepth) {
                reader.raiseError(HatvpText::tr("elements nested too deep"));
                return false;
            }
            Node child;
            if (!readElement(reader, child, depth + 1)) {
                return false;
            }
            node.children.push_back(std::move(child));
            break;
        }
        case QXmlStreamReader::Characters:
            node.text += reader.text();
            break;
        case QXmlStreamReader::EndElement:
            return true;
        default:
            break;
        }
    }
    return false;
}

Result<Node> parseXml(const QByteArray& xml)
{
    QXmlStreamReader reader(xml);
    Node root;
    bool found = false;
    while (!reader.atEnd()) {
        reader.readNext();
        if (reader.isStartElement()) {
            if (!readElement(reader, root, 0)) {
                break;
            }
            found = true;
        }
    }
    if (reader.hasError()) {
        return Error::unusable(HatvpText::tr("not well-formed XML (line %1, column %2): %3")
                                   .arg(reader.lineNumber())
                                   .arg(reader.columnNumber())
                                   .arg(reader.errorString()),
                               QStringLiteral("hatvp.xml"));
    }
    if (!found) {
        return Error::unusable(HatvpText::tr("no XML element in the file"), QStringLiteral("hatvp.xml"));
    }
    return root;
}

void writeNode(QXmlStreamWriter& writer, const Node& node)
{
    if (node.ns.isEmpty()) {
        writer.writeStartElement(node.name);
    } else {
        writer.writeStartElement(node.ns, node.name);
    }
    for (const auto& [name, value] : node.attributes) {
        writer.writeAttribute(name, value);
    }
    if (!node.text.isEmpty()) {
        writer.writeCharacters(node.text);
    }
    for (const Node& child : node.children) {
        writeNode(writer, child);
    }
    writer.writeEndElement();
}

QByteArray serializeXml(const Node& root)
{
    QByteArray bytes;
    QXmlStreamWriter writer(&bytes);
    writer.setAutoFormatting(true);
    writer.setAutoFormattingIndent(-1); // one tab, as the HATVP's files
    writer.writeStartDocument();
    writer.writeNamespace(HatvpXml::extensionNamespace(), QStringLiteral("probitas"));
    writeNode(writer, root);
    writer.writeEndDocument();
    return bytes;
}

// ---------------------------------------------------------------------------------------------------------
// Values as ADEL spells them.

// The published files indent the values they withhold: "\n        [Données non publiées]\n    ".
std::optional<QString> maskedSuffix(const QString& raw)
{
    static const QRegularExpression shape(
        QStringLiteral("^\\[donn[ée]es non publi[ée]es\\]\\s*(?:\\((.*)\\))?$"),
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::DotMatchesEverythingOption);
    const auto match = shape.match(raw.simplified());
    if (!match.hasMatch()) {
        return std::nullopt;
    }
    return match.captured(1);
}

QString oneLine(const QString& raw)
{
    return raw.simplified();
}

// Lines trimmed of the publisher's indentation; one blank line at most between paragraphs.
QString lines(const QString& raw)
{
    QString text = raw;
    text.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    QStringList kept;
    bool gap = false;
    for (const QString& line : text.split(QLatin1Char('\n'))) {
        const QString trimmed = line.trimmed();
        if (trimmed.isEmpty()) {
            gap = !kept.isEmpty();
            continue;
        }
        if (gap) {
            kept << QString();
            gap = false;
        }
        kept << trimmed;
    }
    return kept.join(QLatin1Char('\n'));
}

// An amount in euros as people write it: "10 312", "10 312" (U+202F or U+00A0), "1.234.567", "12 500,50 €",
// "-1 200", "38900.50". A separator followed by one or two digits at the end is the decimal mark; other
// separators must separate groups of three digits. Anything else (prose, "néant") is not an amount.
std::optional<qint64> parseAmount(const QString& raw)
{
    QString text = raw.simplified(); // every kind of space becomes ' '
    static const QRegularExpression currency(QStringLiteral("\\s*(?:€|eur|euros?)$"),
                                             QRegularExpression::CaseInsensitiveOption);
    text.remove(currency);
    bool negative = false;
    if (!text.isEmpty() && (text.front() == QLatin1Char('-') || text.front() == QChar(0x2212) ||
                            text.front() == QLatin1Char('+'))) {
        negative = text.front() != QLatin1Char('+');
        text = text.mid(1).trimmed();
    }
    static const QRegularExpression groupSpace(QStringLiteral("(?<=\\d) (?=\\d{3}(?!\\d))"));
    text.remove(groupSpace);
    static const QRegularExpression shape(QStringLiteral("^\\d+(?:[.,]\\d+)*$"));
    if (!shape.match(text).hasMatch()) {
        return std::nullopt;
    }
    static const QRegularExpression separator(QStringLiteral("[.,]"));
    const QStringList parts = text.split(separator);
    QList<QChar> separators;
    for (const QChar character : text) {
        if (character == QLatin1Char('.') || character == QLatin1Char(',')) {
            separators << character;
        }
    }
    QString integer = parts.front();
    QString fraction;
    if (parts.size() > 1) {
        const bool decimal = parts.back().size() <= 2;
        const qsizetype groups = decimal ? parts.size() - 2 : parts.size() - 1;
        for (qsizetype index = 1; index <= groups; ++index) {
            if (parts.at(index).size() != 3 || separators.at(index - 1) != separators.front() ||
                parts.front().size() > 3) {
                return std::nullopt;
            }
            integer += parts.at(index);
        }
        if (decimal) {
            if (groups > 0 && separators.back() == separators.front()) {
                return std::nullopt; // "1.234.56": a group separator cannot also be the decimal mark
            }
            fraction = parts.back();
        } else if (parts.back().size() != 3) {
            return std::nullopt;
        }
    }
    if (integer.size() > 13) {
        return std::nullopt;
    }
    qint64 cents = integer.toLongLong() * 100;
    if (!fraction.isEmpty()) {
        cents += fraction.leftJustified(2, QLatin1Char('0')).toLongLong();
    }
    return negative ? -cents : cents;
}

// A decimal number ("25.0", "33,33", "0.03", "57.85 %"), times 10^scale, rounded half up.
std::optional<qint64> parseDecimal(const QString& raw, int scale, bool percentSign)
{
    QString text = raw.simplified();
    if (percentSign && text.endsWith(QLatin1Char('%'))) {
        text.chop(1);
        text = text.trimmed();
    }
    static const QRegularExpression shape(QStringLiteral("^(\\d{1,12})(?:[.,](\\d+))?$"));
    const auto match = shape.match(text);
    if (!match.hasMatch()) {
        return std::nullopt;
    }
    qint64 factor = 1;
    for (int digit = 0; digit < scale; ++digit) {
        factor *= 10;
    }
    const QString fraction = match.captured(2);
    qint64 value = match.captured(1).toLongLong() * factor +
                   (scale > 0 ? fraction.left(scale).leftJustified(scale, QLatin1Char('0')).toLongLong() : 0);
    if (fraction.size() > scale && fraction.at(scale) >= QLatin1Char('5')) {
        ++value;
    }
    return value;
}

std::optional<qint64> parseInteger(const QString& raw)
{
    QString text = raw.simplified();
    static const QRegularExpression groupSpace(QStringLiteral("(?<=\\d) (?=\\d{3}(?!\\d))"));
    text.remove(groupSpace);
    static const QRegularExpression shape(QStringLiteral("^[-+]?\\d{1,15}$"));
    if (!shape.match(text).hasMatch()) {
        return std::nullopt;
    }
    return text.toLongLong();
}

QDate parseDate(const QString& raw)
{
    const QString text = raw.simplified();
    static const QRegularExpression french(QStringLiteral("^(\\d{1,2})/(\\d{1,2})/(\\d{4})$"));
    static const QRegularExpression iso(QStringLiteral("^(\\d{4})-(\\d{2})-(\\d{2})$"));
    if (const auto match = french.match(text); match.hasMatch()) {
        return QDate(match.captured(3).toInt(), match.captured(2).toInt(), match.captured(1).toInt());
    }
    if (const auto match = iso.match(text); match.hasMatch()) {
        return QDate(match.captured(1).toInt(), match.captured(2).toInt(), match.captured(3).toInt());
    }
    return {};
}

std::optional<YearMonth> parseMonth(const QString& raw)
{
    const QString text = raw.simplified();
    static const QRegularExpression french(QStringLiteral("^(\\d{1,2})/(\\d{4})$"));
    if (const auto match = french.match(text); match.hasMatch()) {
        const YearMonth month{match.captured(2).toInt(), match.captured(1).toInt()};
        return month.month >= 1 && month.month <= 12 && month.year >= 1900 ? std::optional(month)
                                                                           : std::nullopt;
    }
    if (const QDate date = parseDate(text); date.isValid()) {
        return YearMonth{date.year(), date.month()};
    }
    return YearMonth::fromString(text);
}

std::optional<qint64> parseYear(const QString& raw)
{
    const QString text = raw.simplified();
    qint64 year = 0;
    static const QRegularExpression shape(QStringLiteral("^\\d{4}$"));
    if (shape.match(text).hasMatch()) {
        year = text.toLongLong();
    } else if (const QDate date = parseDate(text); date.isValid()) {
        year = date.year();
    }
    return year >= 1900 && year <= 2200 ? std::optional(year) : std::nullopt;
}

QString formatAmount(qint64 cents)
{
    const qint64 absolute = cents < 0 ? -cents : cents;
    QString text = QString::number(absolute / 100);
    if (absolute % 100 != 0) {
        text += QStringLiteral(".%1").arg(absolute % 100, 2, 10, QLatin1Char('0'));
    }
    return cents < 0 ? QLatin1Char('-') + text : text;
}

// value / 10^scale with its decimals, trailing zeros dropped: "25.5", "0.03", "126" (or "126.0" when
// `keepPoint`, as ADEL writes percentages and hectares).
QString formatScaled(qint64 value, int scale, bool keepPoint)
{
    qint64 factor = 1;
    for (int digit = 0; digit < scale; ++digit) {
        factor *= 10;
    }
    const qint64 absolute = value < 0 ? -value : value;
    QString fraction = QStringLiteral("%1").arg(absolute % factor, scale, 10, QLatin1Char('0'));
    while (fraction.endsWith(QLatin1Char('0'))) {
        fraction.chop(1);
    }
    QString text = QString::number(absolute / factor);
    if (!fraction.isEmpty()) {
        text += QLatin1Char('.') + fraction;
    } else if (keepPoint) {
        text += QStringLiteral(".0");
    }
    return value < 0 ? QLatin1Char('-') + text : text;
}

QString choiceLabel(const FieldDefinition& field, const QString& choiceId)
{
    const Choice* choice = field.findChoice(choiceId);
    return choice ? choice->label.french : choiceId;
}

// What the import makes of one element's text.
struct Reading
{
    std::optional<FieldValue> value;
    QString precision;  // for a choice "autre" with a precision field
    QString problem;    // why it is not (exactly) a value: a note
    bool placed = true; // false: readable, but our form has no exact place for it
};

Reading readChoice(const HatvpField& mapping, const QString& raw)
{
    const QString label = oneLine(raw);
    const QString folded = text::fold(label);
    for (const auto& [choiceId, labels] : mapping.values) {
        for (const QString& candidate : labels) {
            if (text::fold(candidate) == folded) {
                return {FieldValue(choiceId), {}, {}, true};
            }
        }
    }
    if (!mapping.otherwise.isEmpty()) {
        if (!mapping.precision.isEmpty()) {
            return {FieldValue(mapping.otherwise), label, {}, true};
        }
        if (mapping.quiet) {
            return {FieldValue(mapping.otherwise), {}, {}, true};
        }
        return {FieldValue(mapping.otherwise),
                {},
                HatvpText::tr("not in our list: recorded as \"%1\"; choose the closest")
                    .arg(choiceLabel(*mapping.definition, mapping.otherwise)),
                false};
    }
    if (mapping.quiet) {
        return {};
    }
    QStringList known;
    for (const Choice& choice : mapping.definition->choices) {
        known << choice.label.french;
    }
    return {std::nullopt, {}, HatvpText::tr("not one of: %1").arg(known.join(QStringLiteral(", "))), false};
}

Reading readPlain(const HatvpField& mapping, const QString& raw)
{
    const FieldDefinition& field = *mapping.definition;
    auto number = [](std::optional<qint64> value, const QString& problem) -> Reading {
        return value ? Reading{FieldValue(*value), {}, {}, true} : Reading{std::nullopt, {}, problem, true};
    };
    switch (field.type) {
    case FieldType::Text:
    case FieldType::Multiline: {
        const QString text = field.type == FieldType::Text ? oneLine(raw) : lines(raw);
        if (text.size() > field.maxLength) {
            return {std::nullopt, {}, HatvpText::tr("longer than %1 characters").arg(field.maxLength), true};
        }
        return {FieldValue(text), {}, {}, true};
    }
    case FieldType::Date: {
        const QDate date = parseDate(raw);
        if (!date.isValid()) {
            return {std::nullopt, {}, HatvpText::tr("not a date (dd/mm/yyyy)"), true};
        }
        return {FieldValue(date), {}, {}, true};
    }
    case FieldType::Month: {
        const auto month = parseMonth(raw);
        if (!month) {
            return {std::nullopt, {}, HatvpText::tr("not a month (mm/yyyy)"), true};
        }
        return {FieldValue(*month), {}, {}, true};
    }
    case FieldType::Year:
        return number(parseYear(raw), HatvpText::tr("not a year"));
    case FieldType::Integer:
        return number(parseInteger(raw), HatvpText::tr("not a whole number"));
    case FieldType::Amount:
        return number(parseAmount(raw), HatvpText::tr("not an amount in euros"));
    case FieldType::Percent: {
        const auto percent = parseDecimal(raw, 2, true);
        return number(percent && *percent <= 10000 ? percent : std::nullopt,
                      HatvpText::tr("not a percentage from 0 to 100"));
    }
    case FieldType::Surface:
        return number(parseDecimal(raw, mapping.format == HatvpField::Format::Hectares ? 6 : 2, false),
                      mapping.format == HatvpField::Format::Hectares
                          ? HatvpText::tr("not a surface in hectares")
                          : HatvpText::tr("not a surface in m²"));
    case FieldType::Choice:
        return readChoice(mapping, raw);
    case FieldType::Boolean: {
        const QString folded = text::fold(raw);
        if (folded == QLatin1String("true") || folded == QLatin1String("oui")) {
            return {FieldValue(true), {}, {}, true};
        }
        if (folded == QLatin1String("false") || folded == QLatin1String("non")) {
            return {FieldValue(false), {}, {}, true};
        }
        return {std::nullopt, {}, HatvpText::tr("neither true nor false"), true};
    }
    case FieldType::List:
        break;
    }
    return {std::nullopt, {}, HatvpText::tr("cannot be read"), true};
}

// The département of a postcode, or of a masked one's "(Département : 42)". Corsican postcodes (20xxx)
// name no single département: none is derived.
QString departement(const QString& raw)
{
    if (const auto suffix = maskedSuffix(raw)) {
        static const QRegularExpression named(QStringLiteral("d[ée]partement\\s*:\\s*(\\w{2,3})"),
                                              QRegularExpression::CaseInsensitiveOption);
        const auto match = named.match(*suffix);
        return match.hasMatch() ? match.captured(1).toUpper() : QString();
    }
    static const QRegularExpression postcode(QStringLiteral("^\\d{5}$"));
    const QString code = raw.simplified();
    if (!postcode.match(code).hasMatch() || code.startsWith(QLatin1String("20"))) {
        return {};
    }
    return code.startsWith(QLatin1String("97")) || code.startsWith(QLatin1String("98")) ? code.left(3)
                                                                                        : code.left(2);
}

// ---------------------------------------------------------------------------------------------------------
// Reading: from elements to our values.

struct Place
{
    QString xml;     // "declaration/immeubleDto/items/items[2]"
    QString json;    // "items.immeubles[1]"
    QString baseXml; // where mapped elements are looked up, when not `xml` (the header's: "declaration")

    QString base() const { return baseXml.isEmpty() ? xml : baseXml; }
};

const FieldDefinition* findField(const std::vector<FieldDefinition>& fields, const QString& id)
{
    for (const FieldDefinition& field : fields) {
        if (field.id == id) {
            return &field;
        }
    }
    return nullptr;
}

class Reader
{
public:
    // With `issues` null, a silent reading (the export checks what an import would make of its output).
    Reader(const HatvpMapping& mapping, QList<HatvpImportIssue>* issues)
        : m_mapping(mapping)
        , m_issues(issues)
    {}

    void report(HatvpImportIssue::Kind kind, const QString& path, const QString& value, const QString& reason,
                const QString& keptAt = {})
    {
        if (m_issues) {
            m_issues->append({kind, path, oneLine(value), reason, keptAt});
        }
    }

    // Keeps the value on the entry as a note, and reports it.
    void keep(Entry& entry, const QString& jsonPath, HatvpImportIssue::Kind kind, const QString& field,
              const QString& xmlPath, const QString& raw, const QString& reason)
    {
        entry.notes.push_back({field, lines(raw), reason, QStringLiteral("hatvp:") + xmlPath});
        report(kind, xmlPath, raw, reason, jsonPath);
    }

    // One entry (a line of a rubrique, a sub-entry, or the header when `base` is <declaration>): the values
    // implied by its rubrique, the extension values, the mapped elements, then whatever is left, as notes.
    Entry readEntry(const Node& base, const Node& scope, const std::vector<HatvpField>& mappings,
                    const std::vector<FieldDefinition>& fields, const Place& place,
                    const std::map<QString, FieldValue>& preset, const HatvpIgnored& ignored)
    {
        Entry entry;
        entry.values = preset;
        const std::set<QString> overridden = readExtensions(scope, fields, place, entry);
        for (const bool derived : {false, true}) {
            for (const HatvpField& mapping : mappings) {
                if (mapping.importOnly == derived) {
                    readMapped(base, mapping, place, entry, overridden);
                }
            }
        }
        if (const Node* motif = scope.child(m_mapping.motifElement())) {
            motif->consume();
            const QString id = motif->child(QStringLiteral("id"))
                                   ? oneLine(motif->child(QStringLiteral("id"))->text)
                                   : QString();
            if (!id.isEmpty() && !m_mapping.expectedMotifs().contains(id)) {
                keep(entry, place.json, HatvpImportIssue::Kind::Unplaced, {},
                     place.xml + QLatin1Char('/') + m_mapping.motifElement(), id, m_mapping.motifReason());
            }
        }
        leftovers(scope, ignored, place, &entry);
        return entry;
    }

    // Reports what nobody read below `scope`, as notes on `keeper` when there is one.
    void leftovers(const Node& scope, const HatvpIgnored& ignored, const Place& place, Entry* keeper)
    {
        for (const QString& path : ignored.elements) {
            if (const Node* node = scope.at(path)) {
                node->consume();
            }
        }
        walk(scope, place.xml, place, keeper);
    }

private:
    void walk(const Node& node, const QString& xmlPath, const Place& place, Entry* keeper)
    {
        // How many children bear each name (as Node::all counts them), counted once: counting again for
        // each child made an element of many children cost the square of their number (tst_linearcost).
        std::map<QString, int> named;
        for (const Node& child : node.children) {
            if (child.ns.isEmpty()) {
                ++named[child.name];
            }
        }
        std::map<QString, int> seen;
        for (const Node& child : node.children) {
            if (child.isExtension()) {
                child.consume();
                continue;
            }
            const auto sameName = named.find(child.name);
            const bool repeated = sameName != named.end() && sameName->second > 1;
            const int index = ++seen[child.name];
            const QString childPath = xmlPath + QLatin1Char('/') + child.name +
                                      (repeated ? QStringLiteral("[%1]").arg(index) : QString());
            if (!child.children.empty()) {
                walk(child, childPath, place, keeper);
                continue;
            }
            if (child.consumed) {
                continue;
            }
            child.consumed = true;
            if (child.blank()) {
                continue;
            }
            if (maskedSuffix(child.text)) {
                report(HatvpImportIssue::Kind::Masked, childPath, child.text,
                       HatvpText::tr("withheld in the published file"));
                continue;
            }
            const QString reason = HatvpText::tr("our form has no place for <%1>").arg(child.name);
            if (keeper) {
                keep(*keeper, place.json, HatvpImportIssue::Kind::Unplaced, {}, childPath, child.text,
                     reason);
            } else {
                report(HatvpImportIssue::Kind::Unplaced, childPath, child.text, reason);
            }
        }
    }

    std::set<QString> readExtensions(const Node& scope, const std::vector<FieldDefinition>& fields,
                                     const Place& place, Entry& entry)
    {
        std::set<QString> overridden;
        for (const Node& child : scope.children) {
            if (!child.isExtension()) {
                continue;
            }
            child.consume();
            const QString xmlPath = place.xml + QStringLiteral("/probitas:") + child.name;
            if (child.name == QLatin1String("note")) {
                const auto attribute = [&child](const char* name) {
                    const auto found = child.attributes.find(QString::fromLatin1(name));
                    return found == child.attributes.end() ? QString() : found->second;
                };
                const QString field = attribute("field");
                entry.notes.push_back({findField(fields, field) ? field : QString(), child.text,
                                       attribute("reason"), attribute("source")});
                continue;
            }
            if (child.name != QLatin1String("field")) {
                continue; // item, position: read by the rubrique
            }
            const QString id = child.attributes.count(QStringLiteral("id"))
                                   ? child.attributes.at(QStringLiteral("id"))
                                   : QString();
            const FieldDefinition* field = findField(fields, id);
            if (!field) {
                keep(entry, place.json, HatvpImportIssue::Kind::Unplaced, {}, xmlPath, child.text,
                     HatvpText::tr("our form has no field \"%1\"").arg(id));
                continue;
            }
            overridden.insert(id);
            entry.values.erase(id);
            const QString raw = child.text.trimmed();
            if (raw.isEmpty()) {
                continue; // the field is empty
            }
            auto parsed = json::parse(raw.toUtf8());
            auto decoded =
                parsed ? DeclarationCodec::decodeField(*field, *parsed, place.json + QLatin1Char('.') + id)
                       : Result<FieldValue>(parsed.error());
            if (decoded) {
                entry.values[id] = std::move(decoded).value();
            } else {
                keep(entry, place.json, HatvpImportIssue::Kind::Unreadable, id, xmlPath, raw,
                     decoded.error().message);
            }
        }
        return overridden;
    }

    void readMapped(const Node& base, const HatvpField& mapping, const Place& place, Entry& entry,
                    const std::set<QString>& overridden)
    {
        const FieldDefinition& field = *mapping.definition;
        const bool isOverridden = overridden.count(mapping.field) != 0;
        if (mapping.format == HatvpField::Format::Address) {
            readAddress(base, mapping, place, entry, isOverridden);
            return;
        }
        if (mapping.format == HatvpField::Format::List) {
            readList(base, mapping, place, entry, isOverridden);
            return;
        }
        const Node* chosen = nullptr;
        QString chosenPath;
        for (const QString& path : QStringList{mapping.element} + mapping.fallbacks) {
            const Node* node = base.at(path);
            if (!node) {
                continue;
            }
            if (mapping.format != HatvpField::Format::Departement && !mapping.importOnly) {
                node->consumed = true;
            }
            if (!chosen && !node->blank()) {
                chosen = node;
                chosenPath = place.base() + QLatin1Char('/') + path;
            }
        }
        if (!chosen || isOverridden || (mapping.importOnly && entry.has(mapping.field))) {
            return;
        }
        const QString raw = chosen->children.empty() ? chosen->text : chosen->summary();
        if (mapping.format == HatvpField::Format::Departement) {
            if (const QString code = departement(raw); !code.isEmpty()) {
                entry.values[mapping.field] = code;
            }
            return;
        }
        if (maskedSuffix(raw)) {
            if (!mapping.importOnly) {
                report(HatvpImportIssue::Kind::Masked, chosenPath, raw,
                       HatvpText::tr("withheld in the published file"));
            }
            return;
        }
        if (mapping.format == HatvpField::Format::RemunerationText) {
            static const QStringList none = {QStringLiteral("neant"), QStringLiteral("aucune"),
                                             QStringLiteral("aucun"), QStringLiteral("0"),
                                             QStringLiteral("sans objet")};
            if (!none.contains(text::fold(raw)) && !mapping.importOnly) {
                keep(entry, place.json, HatvpImportIssue::Kind::Unreadable, mapping.field, chosenPath, raw,
                     HatvpText::tr("remunerations written as text: enter them year by year"));
            }
            return;
        }
        const Reading reading = readPlain(mapping, raw);
        if (reading.value) {
            entry.values[mapping.field] = *reading.value;
        }
        if (!reading.precision.isEmpty() && !overridden.count(mapping.precision)) {
            entry.values[mapping.precision] = reading.precision;
        }
        if (!reading.problem.isEmpty() && !mapping.importOnly) {
            keep(entry, place.json,
                 reading.placed ? HatvpImportIssue::Kind::Unreadable : HatvpImportIssue::Kind::Unplaced,
                 field.id, chosenPath, raw, reading.problem);
        }
    }

    void readAddress(const Node& base, const HatvpField& mapping, const Place& place, Entry& entry,
                     bool isOverridden)
    {
        const Node* holder = mapping.element.isEmpty() ? &base : base.at(mapping.element);
        if (!holder) {
            return;
        }
        const bool multiline = mapping.definition->type == FieldType::Multiline;
        const QString holderPath =
            mapping.element.isEmpty() ? place.base() : place.base() + QLatin1Char('/') + mapping.element;
        QStringList addressLines;
        for (const QStringList& part : mapping.parts) {
            QStringList words;
            for (const QString& element : part) {
                const Node* node = holder->at(element);
                if (!node) {
                    continue;
                }
                node->consumed = true;
                if (isOverridden || node->blank()) {
                    continue;
                }
                if (maskedSuffix(node->text)) {
                    report(HatvpImportIssue::Kind::Masked, holderPath + QLatin1Char('/') + element,
                           node->text, HatvpText::tr("withheld in the published file"));
                    continue;
                }
                words << (multiline ? lines(node->text) : oneLine(node->text));
            }
            if (!words.isEmpty()) {
                addressLines << words.join(QLatin1Char(' '));
            }
        }
        if (addressLines.isEmpty()) {
            return;
        }
        const QString text = addressLines.join(multiline ? QStringLiteral("\n") : QStringLiteral(", "));
        if (text.size() > mapping.definition->maxLength) {
            keep(entry, place.json, HatvpImportIssue::Kind::Unreadable, mapping.field, holderPath, text,
                 HatvpText::tr("longer than %1 characters").arg(mapping.definition->maxLength));
            return;
        }
        entry.values[mapping.field] = text;
    }

    void readList(const Node& base, const HatvpField& mapping, const Place& place, Entry& entry,
                  bool isOverridden)
    {
        const Node* container = base.at(mapping.element);
        if (!container) {
            return;
        }
        if (isOverridden) {
            container->consume();
            return;
        }
        const Place containerPlace{place.base() + QLatin1Char('/') + mapping.element, place.json, {}};
        // The values every sub-entry shares (brut or net for all the years); their problems are the entry's.
        Entry shared;
        for (const HatvpField& sharedMapping : mapping.shared) {
            readMapped(*container, sharedMapping, containerPlace, shared, {});
        }
        for (EntryNote note : shared.notes) {
            note.field = mapping.field;
            entry.notes.push_back(std::move(note));
        }
        const QStringList steps = mapping.entries.split(QLatin1Char('/'));
        const Node* holder = container;
        for (qsizetype step = 0; holder && step + 1 < steps.size(); ++step) {
            holder = holder->child(steps.at(step));
        }
        if (!holder) {
            return;
        }
        EntryList list;
        const auto nodes = holder->all(steps.back());
        for (std::size_t index = 0; index < nodes.size(); ++index) {
            if (nodes[index]->blank()) {
                nodes[index]->consume();
                continue;
            }
            const Place subPlace{containerPlace.xml + QLatin1Char('/') + mapping.entries +
                                     (nodes.size() > 1 ? QStringLiteral("[%1]").arg(index + 1) : QString()),
                                 QStringLiteral("%1.%2[%3]").arg(place.json, mapping.field).arg(list.size()),
                                 {}};
            Entry sub = readEntry(*nodes[index], *nodes[index], mapping.fields, mapping.definition->fields,
                                  subPlace, shared.values, m_mapping.ignoredInEntry());
            list.push_back(std::move(sub));
        }
        if (!list.empty()) {
            entry.values[mapping.field] = std::move(list);
        }
    }

    const HatvpMapping& m_mapping;
    QList<HatvpImportIssue>* m_issues;
};

// ---------------------------------------------------------------------------------------------------------
// Writing: from our values to elements, with extensions for what the HATVP's format cannot say.

class Writer
{
public:
    explicit Writer(const HatvpMapping& mapping)
        : m_mapping(mapping)
    {}

    // One entry as the element `name`; then whatever an import would not read back exactly travels as
    // <probitas:field>, and the entry's notes as <probitas:note>.
    Node entryNode(const QString& name, const Entry& entry, const std::vector<HatvpField>& mappings,
                   const std::vector<FieldDefinition>& fields, const std::map<QString, FieldValue>& preset)
    {
        Node node{name, {}, {}, {}, {}};
        for (const HatvpField& mapping : mappings) {
            if (!mapping.importOnly) {
                writeMapped(node, mapping, entry);
            }
        }
        Reader silent(m_mapping, nullptr);
        const Entry back =
            silent.readEntry(node, node, mappings, fields, {}, preset, m_mapping.ignoredInEntry());
        addExtensions(node, entry, back, fields);
        return node;
    }

    void addExtensions(Node& holder, const Entry& original, const Entry& back,
                       const std::vector<FieldDefinition>& fields)
    {
        for (const FieldDefinition& field : fields) {
            const auto mine = original.values.find(field.id);
            const auto read = back.values.find(field.id);
            const bool same =
                (mine == original.values.end() && read == back.values.end()) ||
                (mine != original.values.end() && read != back.values.end() && mine->second == read->second);
            const bool noted =
                std::any_of(back.notes.begin(), back.notes.end(),
                            [&field](const EntryNote& note) { return note.field == field.id; });
            if (!same || noted) {
                holder.addExtension(
                    QStringLiteral("field"),
                    mine == original.values.end()
                        ? QString()
                        : QString::fromUtf8(json::serialize(DeclarationCodec::encodeField(mine->second))),
                    {{QStringLiteral("id"), field.id}});
            }
        }
        for (const EntryNote& note : original.notes) {
            std::map<QString, QString> attributes{{QStringLiteral("reason"), note.reason},
                                                  {QStringLiteral("source"), note.source}};
            if (!note.field.isEmpty()) {
                attributes[QStringLiteral("field")] = note.field;
            }
            holder.addExtension(QStringLiteral("note"), note.value, std::move(attributes));
        }
    }

    void writeMapped(Node& base, const HatvpField& mapping, const Entry& entry)
    {
        const FieldDefinition& field = *mapping.definition;
        const auto value = entry.values.find(mapping.field);
        switch (mapping.format) {
        case HatvpField::Format::Departement:
            return;
        case HatvpField::Format::Address: {
            Node& holder = mapping.element.isEmpty() ? base : base.ensure(mapping.element);
            for (std::size_t part = 0; part < mapping.parts.size(); ++part) {
                for (qsizetype element = 0; element < mapping.parts[part].size(); ++element) {
                    holder.ensure(mapping.parts[part].at(element)).text =
                        part == 0 && element == 0 ? entry.text(mapping.field) : QString();
                }
            }
            return;
        }
        case HatvpField::Format::List:
            writeList(base, mapping, entry);
            return;
        case HatvpField::Format::RemunerationText:
            base.ensure(mapping.element).text = value == entry.values.end() ? QString() : prose(field, entry);
            return;
        case HatvpField::Format::Plain:
        case HatvpField::Format::Hectares:
            base.ensure(mapping.element).text =
                value == entry.values.end() ? QString() : spelt(mapping, entry);
            return;
        }
    }

private:
    // The value as ADEL spells it.
    static QString spelt(const HatvpField& mapping, const Entry& entry)
    {
        const FieldDefinition& field = *mapping.definition;
        const FieldValue& value = entry.values.at(mapping.field);
        if (const QString* text = std::get_if<QString>(&value)) {
            if (field.type != FieldType::Choice) {
                return *text;
            }
            if (*text == mapping.otherwise && !mapping.precision.isEmpty() &&
                !entry.text(mapping.precision).isEmpty()) {
                return entry.text(mapping.precision);
            }
            const auto labels = mapping.values.find(*text);
            return labels == mapping.values.end() ? *text : labels->second.front();
        }
        if (const qint64* number = std::get_if<qint64>(&value)) {
            switch (field.type) {
            case FieldType::Amount:
                return formatAmount(*number);
            case FieldType::Percent:
                return formatScaled(*number, 2, true);
            case FieldType::Surface:
                return mapping.format == HatvpField::Format::Hectares ? formatScaled(*number, 6, true)
                                                                      : formatScaled(*number, 2, false);
            default:
                return QString::number(*number);
            }
        }
        if (const bool* flag = std::get_if<bool>(&value)) {
            return *flag ? QStringLiteral("true") : QStringLiteral("false");
        }
        if (const QDate* date = std::get_if<QDate>(&value)) {
            return date->toString(QStringLiteral("dd/MM/yyyy"));
        }
        if (const YearMonth* month = std::get_if<YearMonth>(&value)) {
            return QStringLiteral("%1/%2").arg(month->month, 2, 10, QLatin1Char('0')).arg(month->year);
        }
        return {};
    }

    // A list written as prose for people ("2024 : 1200 € ; brut"); its exact value travels as an extension.
    static QString prose(const FieldDefinition& field, const Entry& entry)
    {
        const EntryList* list = entry.list(field.id);
        QStringList sentences;
        for (const Entry& sub : list ? *list : EntryList()) {
            QStringList words;
            for (const FieldDefinition& subField : field.fields) {
                const auto value = sub.values.find(subField.id);
                if (value == sub.values.end()) {
                    continue;
                }
                if (const qint64* number = std::get_if<qint64>(&value->second)) {
                    words << (subField.type == FieldType::Amount
                                  ? formatAmount(*number) + QStringLiteral(" €")
                                  : QString::number(*number));
                } else if (const QString* text = std::get_if<QString>(&value->second)) {
                    words << (subField.type == FieldType::Choice ? choiceLabel(subField, *text) : *text);
                }
            }
            sentences << words.join(QLatin1Char(' '));
        }
        return sentences.join(QStringLiteral(" ; "));
    }

    void writeList(Node& base, const HatvpField& mapping, const Entry& entry)
    {
        const EntryList* list = entry.list(mapping.field);
        Node container{mapping.element, {}, {}, {}, {}};
        if (list && !list->empty()) {
            for (const HatvpField& shared : mapping.shared) {
                writeMapped(container, shared, list->front());
            }
            // What an import would apply to every sub-entry: those that differ say so in extensions.
            Reader silent(m_mapping, nullptr);
            Entry shared;
            for (const HatvpField& sharedMapping : mapping.shared) {
                Entry one = silent.readEntry(container, Node{}, {sharedMapping}, mapping.definition->fields,
                                             {}, {}, m_mapping.ignoredInEntry());
                shared.values.insert(one.values.begin(), one.values.end());
            }
            const QStringList steps = mapping.entries.split(QLatin1Char('/'));
            Node* holder = &container;
            for (qsizetype step = 0; step + 1 < steps.size(); ++step) {
                holder = &holder->ensure(steps.at(step));
            }
            for (const Entry& sub : *list) {
                holder->children.push_back(
                    entryNode(steps.back(), sub, mapping.fields, mapping.definition->fields, shared.values));
            }
        }
        base.children.push_back(std::move(container));
    }

    const HatvpMapping& m_mapping;
};

const HatvpForm* formForType(const HatvpMapping& mapping, const FormCatalog& catalog, const QString& typeId,
                             const Node& declaration)
{
    std::optional<DeclarationKind> kind;
    for (const HatvpForm& form : mapping.forms()) {
        // "DIA", "DSPM"…: the HATVP's variants of a DI or a DSP.
        if (!typeId.isEmpty() && typeId.startsWith(form.typeId, Qt::CaseInsensitive)) {
            kind = form.definition->kind();
        }
    }
    if (!kind) {
        // No type: the rubriques tell.
        for (const HatvpForm& form : mapping.forms()) {
            for (const QString& group : form.groups()) {
                if (declaration.child(group)) {
                    kind = form.definition->kind();
                }
            }
        }
    }
    if (!kind) {
        return nullptr;
    }
    const FormDefinition* current = catalog.current(*kind, Clock::today());
    return current ? mapping.form(current->schema()) : nullptr;
}

// Which of an item's rubriques takes an entry: the one whose exportWhen holds its value; a draft's entry
// without a value goes to the first (its extensions say the field is empty).
bool takes(const HatvpForm& form, const HatvpRubrique& rubrique, const Entry& entry)
{
    const QString value = entry.text(rubrique.exportField);
    if (rubrique.exportValues.contains(value)) {
        return true;
    }
    const auto all = form.rubriquesFor(rubrique.item);
    return all.front() == &rubrique &&
           std::none_of(all.begin(), all.end(),
                        [&value](const HatvpRubrique* other) { return other->exportValues.contains(value); });
}

struct PendingEntry
{
    qint64 order;
    const HatvpRubrique* rubrique;
    const Node* node;
    QString xmlPath;
};

} // namespace

Result<QByteArray> HatvpXml::exportDeclaration(const Declaration& declaration, const HatvpMapping& mapping)
{
    const HatvpForm* form = mapping.form(declaration.schema);
    if (!form) {
        return Error::unusable(HatvpText::tr("no correspondence with the HATVP's format for the form %1")
                                   .arg(declaration.schema),
                               QStringLiteral("hatvp.no-mapping"));
    }
    Writer writer(mapping);
    Node root{QStringLiteral("declarations"), {}, {}, {}, {}};
    Node body{QStringLiteral("declaration"), {}, {}, {}, {}};

    // What the HATVP's format has no element for.
    Node document{QStringLiteral("document"), extensionNamespace(), {}, {}, {}};
    document.addExtension(QStringLiteral("schema"), declaration.schema);
    document.addExtension(QStringLiteral("event"), eventId(declaration.event));
    if (!declaration.supersedes.isEmpty()) {
        document.addExtension(QStringLiteral("supersedes"), declaration.supersedes);
    }
    if (declaration.profile) {
        document.addExtension(QStringLiteral("profile"),
                              QString::fromUtf8(json::serialize(declaration.profile->toJson())));
    }
    if (lines(declaration.observations) != declaration.observations ||
        maskedSuffix(declaration.observations)) {
        document.addExtension(QStringLiteral("observations"),
                              QString::fromUtf8(json::serialize(QJsonValue(declaration.observations))));
    }
    body.children.push_back(std::move(document));

    for (const QString& group : form->groups()) {
        const auto rubriques = form->rubriquesIn(group);
        // The rubriques of another event (the end-of-functions DSP's) are written only if answered.
        if (std::none_of(rubriques.begin(), rubriques.end(), [&declaration](const HatvpRubrique* rubrique) {
                return rubrique->definition->appliesTo(declaration.event) ||
                       declaration.answer(rubrique->item);
            })) {
            continue;
        }
        Node dto{group, {}, {}, {}, {}};
        Node items{QStringLiteral("items"), {}, {}, {}, {}};
        bool answeredAll = true;
        for (const HatvpRubrique* rubrique : rubriques) {
            const ItemAnswer* answer = declaration.answer(rubrique->item);
            const bool split = form->rubriquesFor(rubrique->item).size() > 1;
            bool wrote = false;
            if (answer && !answer->neant) {
                for (std::size_t index = 0; index < answer->entries.size(); ++index) {
                    const Entry& entry = answer->entries[index];
                    if (split && !takes(*form, *rubrique, entry)) {
                        continue;
                    }
                    std::map<QString, FieldValue> preset(rubrique->set.begin(), rubrique->set.end());
                    Node line = writer.entryNode(QStringLiteral("items"), entry, rubrique->fields,
                                                 rubrique->definition->fields, preset);
                    if (rubriques.size() > 1) {
                        line.addExtension(QStringLiteral("item"), rubrique->item);
                    }
                    if (split) {
                        line.addExtension(QStringLiteral("position"), QString::number(index));
                    }
                    items.children.push_back(std::move(line));
                    wrote = true;
                }
            }
            const bool answered = answer && (answer->neant || !answer->entries.empty());
            answeredAll = answeredAll && answered;
            if (rubriques.size() > 1 && !wrote) {
                dto.addExtension(QStringLiteral("answer"),
                                 answered ? QStringLiteral("neant") : QStringLiteral("unanswered"),
                                 {{QStringLiteral("item"), rubrique->item}});
            }
        }
        const bool hasLines = !items.children.empty();
        if (hasLines) {
            dto.children.push_back(std::move(items));
        }
        dto.ensure(QStringLiteral("neant")).text =
            !hasLines && answeredAll ? QStringLiteral("true") : QStringLiteral("false");
        body.children.push_back(std::move(dto));
    }

    Node observations{form->observationsElement, {}, {}, {}, {}};
    if (!declaration.observations.isEmpty()) {
        observations.ensure(QStringLiteral("items/items/") + form->observationsField).text =
            declaration.observations;
    }
    observations.ensure(QStringLiteral("neant")).text =
        declaration.observations.isEmpty() ? QStringLiteral("true") : QStringLiteral("false");
    body.children.push_back(std::move(observations));

    // <general>: the type, then the header's fields where the HATVP has them.
    const bool modification = declaration.event == DeclarationEvent::Modification ||
                              declaration.event == DeclarationEvent::ModificationApresEntretien;
    QString label = form->typeLabel;
    if (declaration.event == DeclarationEvent::Cessation) {
        label += QStringLiteral(" de fin de fonctions");
    } else if (modification) {
        label += QStringLiteral(" modificative");
    }
    body.ensure(QStringLiteral("general/typeDeclaration/id")).text = form->typeId;
    body.ensure(QStringLiteral("general/typeDeclaration/label")).text = label;
    body.ensure(QStringLiteral("general/declarationModificative")).text =
        modification ? QStringLiteral("true") : QStringLiteral("false");
    for (const HatvpField& field : form->header) {
        if (!field.importOnly) {
            writer.writeMapped(body, field, declaration.declarant);
        }
    }
    {
        Reader silent(mapping, nullptr);
        const Node& general = *body.child(QStringLiteral("general"));
        const Entry back = silent.readEntry(body, general, form->header, form->definition->headerFields(), {},
                                            {}, mapping.ignoredInGeneral());
        writer.addExtensions(body.ensure(QStringLiteral("general")), declaration.declarant, back,
                             form->definition->headerFields());
    }
    root.children.push_back(std::move(body));
    const QByteArray bytes = serializeXml(root);

    // The promise of the extensions, kept: the file gives the declaration back.
    auto again = importDeclaration(bytes, mapping);
    if (!again || DeclarationCodec::encode(again->declaration) != DeclarationCodec::encode(declaration)) {
        return Error::integrity(
            HatvpText::tr("the HATVP file would not give this declaration back exactly; nothing was written"),
            QStringLiteral("hatvp.round-trip"));
    }
    return bytes;
}

Result<HatvpImport> HatvpXml::importDeclaration(const QByteArray& xml, const HatvpMapping& mapping,
                                                const FormCatalog& catalog)
{
    if (mapping.isEmpty()) {
        return Error::environment(HatvpText::tr("the correspondence with the HATVP's format is missing"));
    }
    auto parsed = parseXml(xml);
    if (!parsed) {
        return parsed.error();
    }
    const Node& root = *parsed;
    const Node* declarationNode = nullptr;
    if (root.name == QLatin1String("declaration")) {
        declarationNode = &root;
    } else if (root.name == QLatin1String("declarations")) {
        const auto all = root.all(QStringLiteral("declaration"));
        if (all.size() != 1) {
            return Error::unusable(
                HatvpText::tr("the file holds %1 declarations: import them one at a time").arg(all.size()),
                QStringLiteral("hatvp.count"));
        }
        declarationNode = all.front();
    } else {
        return Error::unusable(
            HatvpText::tr("not a HATVP declaration: the root element is <%1>").arg(root.name),
            QStringLiteral("hatvp.root"));
    }
    const Node& body = *declarationNode;
    const Node* document = body.extension(QStringLiteral("document"));
    const auto documentText = [document](const char* name) {
        const Node* node = document ? document->extension(QString::fromLatin1(name)) : nullptr;
        return node ? node->text.trimmed() : QString();
    };

    const HatvpForm* form = nullptr;
    if (const QString schema = documentText("schema"); !schema.isEmpty()) {
        form = mapping.form(schema);
        if (!form) {
            return Error::unusable(HatvpText::tr("unknown form %1").arg(schema),
                                   QStringLiteral("hatvp.form"));
        }
    } else {
        const Node* type = body.at(QStringLiteral("general/typeDeclaration/id"));
        form = formForType(mapping, catalog, type ? oneLine(type->text) : QString(), body);
        if (!form) {
            return Error::unusable(
                HatvpText::tr("neither a declaration of interests nor a declaration of assets"),
                QStringLiteral("hatvp.kind"));
        }
    }

    QList<HatvpImportIssue> issues;
    Reader reader(mapping, &issues);
    HatvpImport result;
    Declaration& declaration = result.declaration;
    declaration.schema = form->schema;
    declaration.kind = form->definition->kind();
    const Node* modificative = body.at(QStringLiteral("general/declarationModificative"));
    const Node* typeLabel = body.at(QStringLiteral("general/typeDeclaration/label"));
    const QString foldedLabel = typeLabel ? text::fold(typeLabel->text) : QString();
    if (const auto event = eventFromId(documentText("event"))) {
        declaration.event = *event;
    } else if (modificative && oneLine(modificative->text) == QLatin1String("true")) {
        declaration.event = DeclarationEvent::Modification;
    } else if (declaration.kind == DeclarationKind::Patrimoine &&
               (foldedLabel.contains(QLatin1String("fin de mandat")) ||
                foldedLabel.contains(QLatin1String("fin de fonctions")))) {
        declaration.event = DeclarationEvent::Cessation;
    } else {
        declaration.event = DeclarationEvent::Installation;
    }
    declaration.supersedes = documentText("supersedes");
    if (const QString profile = documentText("profile"); !profile.isEmpty()) {
        auto json = json::parse(profile.toUtf8());
        auto decoded = json ? Profile::fromJson(*json) : Result<Profile>(json.error());
        if (decoded) {
            declaration.profile = std::move(decoded).value();
        } else {
            reader.report(HatvpImportIssue::Kind::Unreadable,
                          QStringLiteral("declaration/probitas:document/profile"), profile,
                          decoded.error().message);
        }
    }
    if (document) {
        document->consume();
    }

    // The header.
    const Node* general = body.child(QStringLiteral("general"));
    static const Node nothing;
    declaration.declarant = reader.readEntry(
        body, general ? *general : nothing, form->header, form->definition->headerFields(),
        {QStringLiteral("declaration/general"), QStringLiteral("declarant"), QStringLiteral("declaration")},
        {}, mapping.ignoredInGeneral());

    // The rubriques: every line goes to its item, then each item is answered.
    std::map<QString, std::vector<PendingEntry>> pending;
    std::map<QString, std::vector<bool>> neantVotes;
    std::map<QString, QString> answers;
    qint64 arrival = 0;
    for (const QString& group : form->groups()) {
        const Node* dto = body.child(group);
        if (!dto) {
            continue;
        }
        const QString dtoPath = QStringLiteral("declaration/") + group;
        const auto rubriques = form->rubriquesIn(group);
        const Node* neant = dto->child(QStringLiteral("neant"));
        if (neant) {
            neant->consumed = true;
        }
        for (const HatvpRubrique* rubrique : rubriques) {
            neantVotes[rubrique->item].push_back(neant && oneLine(neant->text) == QLatin1String("true"));
        }
        for (const Node& child : dto->children) {
            if (child.isExtension() && child.name == QLatin1String("answer") &&
                child.attributes.count(QStringLiteral("item"))) {
                answers[child.attributes.at(QStringLiteral("item"))] = child.text.trimmed();
            }
        }
        const Node* itemsNode = dto->child(QStringLiteral("items"));
        const auto rows = itemsNode ? itemsNode->all(QStringLiteral("items")) : std::vector<const Node*>();
        for (std::size_t index = 0; index < rows.size(); ++index) {
            const Node& line = *rows[index];
            const QString linePath = QStringLiteral("%1/items/items[%2]").arg(dtoPath).arg(index + 1);
            const HatvpRubrique* chosen = nullptr;
            const Node* marker = line.extension(QStringLiteral("item"));
            for (const HatvpRubrique* rubrique : rubriques) {
                if (marker) {
                    if (rubrique->item == marker->text.trimmed()) {
                        chosen = rubrique;
                    }
                } else if (rubriques.size() == 1) {
                    chosen = rubrique;
                } else if (!chosen && rubrique->importWhenEmpty) {
                    const Node* element = line.child(rubrique->importElement);
                    if ((!element || element->blank()) == *rubrique->importWhenEmpty) {
                        chosen = rubrique;
                    }
                }
            }
            if (!chosen) {
                line.consume();
                reader.report(HatvpImportIssue::Kind::Unplaced, linePath, line.summary(),
                              HatvpText::tr("no item of our form takes this line"));
                continue;
            }
            qint64 order = 1'000'000'000 + arrival++;
            if (const Node* position = line.extension(QStringLiteral("position"))) {
                bool ok = false;
                const int value = position->text.trimmed().toInt(&ok);
                if (ok && value >= 0) {
                    order = value;
                }
            }
            pending[chosen->item].push_back({order, chosen, &line, linePath});
        }
        // What the rubrique holds besides its lines (these are read below, item by item).
        for (const Node& child : dto->children) {
            if (&child == itemsNode) {
                for (const Node& inner : child.children) {
                    if (inner.ns.isEmpty() && inner.name == QLatin1String("items")) {
                        continue;
                    }
                    inner.consume();
                    if (!inner.isExtension() && !inner.blank()) {
                        reader.report(HatvpImportIssue::Kind::Unplaced,
                                      dtoPath + QStringLiteral("/items/") + inner.name, inner.summary(),
                                      HatvpText::tr("our form has no place for <%1>").arg(inner.name));
                    }
                }
                continue;
            }
            if (!child.isExtension() && &child != neant && !child.blank()) {
                reader.report(HatvpImportIssue::Kind::Unplaced, dtoPath + QLatin1Char('/') + child.name,
                              child.summary(),
                              HatvpText::tr("our form has no place for <%1>").arg(child.name));
            }
            child.consume();
        }
    }
    for (const ItemDefinition& item : form->definition->items()) {
        std::vector<PendingEntry>& rows = pending[item.id];
        std::stable_sort(rows.begin(), rows.end(), [](const PendingEntry& left, const PendingEntry& right) {
            return left.order < right.order;
        });
        ItemAnswer answer;
        for (const PendingEntry& line : rows) {
            const Place place{
                line.xmlPath, QStringLiteral("items.%1[%2]").arg(item.id).arg(answer.entries.size()), {}};
            std::map<QString, FieldValue> preset(line.rubrique->set.begin(), line.rubrique->set.end());
            answer.entries.push_back(reader.readEntry(*line.node, *line.node, line.rubrique->fields,
                                                      item.fields, place, preset, mapping.ignoredInEntry()));
        }
        const auto marker = answers.find(item.id);
        const auto& votes = neantVotes[item.id];
        const bool allNeant =
            !votes.empty() && std::all_of(votes.begin(), votes.end(), [](bool vote) { return vote; });
        if (!answer.entries.empty()) {
            declaration.items[item.id] = std::move(answer);
        } else if (marker != answers.end() ? marker->second == QLatin1String("neant") : allNeant) {
            // "Néant" says nothing: it is kept only where the declaration's event has the item.
            if (item.appliesTo(declaration.event)) {
                declaration.items[item.id] = ItemAnswer{true, {}};
            }
        }
    }

    // The observations: exactly as exported, or as the rubrique says.
    const QString exactObservations = documentText("observations");
    if (const Node* dto = body.child(form->observationsElement); dto && !exactObservations.isEmpty()) {
        dto->consume();
        auto json = json::parse(exactObservations.toUtf8());
        if (json && json->isString()) {
            declaration.observations = json->toString();
        } else {
            reader.report(HatvpImportIssue::Kind::Unreadable,
                          QStringLiteral("declaration/probitas:document/observations"), exactObservations,
                          HatvpText::tr("not a JSON string"));
        }
    } else if (dto) {
        const QString dtoPath = QStringLiteral("declaration/") + form->observationsElement;
        QStringList paragraphs;
        const Node* itemsNode = dto->child(QStringLiteral("items"));
        const auto rows = itemsNode ? itemsNode->all(QStringLiteral("items")) : std::vector<const Node*>();
        for (std::size_t index = 0; index < rows.size(); ++index) {
            const QString linePath = QStringLiteral("%1/items/items[%2]").arg(dtoPath).arg(index + 1);
            for (const QString& element : {form->observationsField, QStringLiteral("commentaire")}) {
                const Node* node = rows[index]->child(element);
                if (!node || node->blank()) {
                    continue;
                }
                node->consumed = true;
                if (maskedSuffix(node->text)) {
                    reader.report(HatvpImportIssue::Kind::Masked, linePath + QLatin1Char('/') + element,
                                  node->text, HatvpText::tr("withheld in the published file"));
                } else {
                    paragraphs << lines(node->text);
                }
            }
            if (const Node* motif = rows[index]->child(mapping.motifElement())) {
                motif->consume();
            }
            reader.leftovers(*rows[index], mapping.ignoredInEntry(), {linePath, {}, {}}, nullptr);
        }
        const QString observations = paragraphs.join(QStringLiteral("\n\n"));
        if (observations.size() > observationsMaxLength) {
            reader.keep(declaration.declarant, QStringLiteral("declarant"),
                        HatvpImportIssue::Kind::Unreadable, {}, dtoPath, observations,
                        HatvpText::tr("observations longer than %1 characters").arg(observationsMaxLength));
        } else {
            declaration.observations = observations;
        }
    }

    // Whatever else the declaration holds.
    for (const QString& path : mapping.ignoredInDeclaration().elements) {
        if (const Node* node = body.at(path)) {
            node->consume();
        }
    }
    const QStringList handled = form->groups() << form->observationsElement << QStringLiteral("general");
    for (const Node& child : body.children) {
        if (child.consumed || child.isExtension() || (child.ns.isEmpty() && handled.contains(child.name))) {
            continue;
        }
        // A rubrique's "néant" is no content.
        QStringList content;
        for (const Node& inner : child.children) {
            if (inner.name != QLatin1String("neant") && !inner.blank()) {
                content << inner.summary();
            }
        }
        if (!child.text.trimmed().isEmpty()) {
            content << oneLine(child.text);
        }
        if (content.isEmpty()) {
            continue;
        }
        const QString path = QStringLiteral("declaration/") + child.name;
        const auto notImported = form->notImported.find(child.name);
        reader.report(HatvpImportIssue::Kind::Unplaced, path, content.join(QStringLiteral(" | ")),
                      notImported != form->notImported.end()
                          ? notImported->second
                          : HatvpText::tr("our form has no place for <%1>").arg(child.name));
    }
    result.issues = issues;
    return result;
}

} // namespace probitas
