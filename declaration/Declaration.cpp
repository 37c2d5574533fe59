#include "Declaration.h"

#include "CanonicalJson.h"
#include "JsonShape.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QRegularExpression>

namespace probitas {

namespace {

struct CodecText
{
    Q_DECLARE_TR_FUNCTIONS(CodecText)
};

constexpr int observationsMaxLength = 8000;

using json_shape::at;
using json_shape::describe;

QDate parseIsoDate(const QString& text)
{
    static const QRegularExpression shape(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}$"));
    return shape.match(text).hasMatch() ? QDate::fromString(text, Qt::ISODate) : QDate();
}

Result<Entry> decodeEntry(const std::vector<FieldDefinition>& fields, const QJsonValue& value,
                          const QString& path);

Result<FieldValue> decodeValue(const FieldDefinition& field, const QJsonValue& value, const QString& path)
{
    switch (field.type) {
    case FieldType::Text:
    case FieldType::Multiline: {
        if (!value.isString()) {
            return at(path, CodecText::tr("not text: %1").arg(describe(value)));
        }
        const QString text = value.toString();
        if (field.type == FieldType::Text && text.contains(QLatin1Char('\n'))) {
            return at(path, CodecText::tr("a one-line field holds no line break"));
        }
        if (text.size() > field.maxLength) {
            return at(path, CodecText::tr("longer than %1 characters").arg(field.maxLength));
        }
        return FieldValue(text);
    }
    case FieldType::Date: {
        const QDate date = parseIsoDate(value.toString());
        if (!value.isString() || !date.isValid()) {
            return at(path, CodecText::tr("not a date (YYYY-MM-DD): %1").arg(describe(value)));
        }
        return FieldValue(date);
    }
    case FieldType::Month: {
        const auto month = YearMonth::fromString(value.toString());
        if (!value.isString() || !month) {
            return at(path, CodecText::tr("not a month (YYYY-MM): %1").arg(describe(value)));
        }
        return FieldValue(*month);
    }
    case FieldType::Year:
        if (!value.isDouble() || value.toInteger() < 1900 || value.toInteger() > 2200) {
            return at(path, CodecText::tr("not a year: %1").arg(describe(value)));
        }
        return FieldValue(value.toInteger());
    case FieldType::Integer:
        if (!value.isDouble()) {
            return at(path, CodecText::tr("not a whole number: %1").arg(describe(value)));
        }
        return FieldValue(value.toInteger());
    case FieldType::Amount:
        if (!value.isDouble()) {
            return at(path,
                      CodecText::tr("not an amount (a whole number of euro cents): %1").arg(describe(value)));
        }
        return FieldValue(value.toInteger());
    case FieldType::Percent:
        if (!value.isDouble() || value.toInteger() < 0 || value.toInteger() > 10000) {
            return at(path, CodecText::tr("not a percentage (hundredths of a percent, from 0 to 10000): %1")
                                .arg(describe(value)));
        }
        return FieldValue(value.toInteger());
    case FieldType::Surface:
        if (!value.isDouble() || value.toInteger() < 0) {
            return at(path,
                      CodecText::tr("not a surface (hundredths of a square metre): %1").arg(describe(value)));
        }
        return FieldValue(value.toInteger());
    case FieldType::Choice: {
        if (!value.isString() || !field.findChoice(value.toString())) {
            QStringList allowed;
            for (const Choice& choice : field.choices) {
                allowed << choice.id;
            }
            return at(path, CodecText::tr("%1 is not one of: %2")
                                .arg(describe(value), allowed.join(QStringLiteral(", "))));
        }
        return FieldValue(value.toString());
    }
    case FieldType::Boolean:
        if (!value.isBool()) {
            return at(path, CodecText::tr("not true or false: %1").arg(describe(value)));
        }
        return FieldValue(value.toBool());
    case FieldType::List: {
        if (!value.isArray() || value.toArray().isEmpty()) {
            return at(path, CodecText::tr("not a non-empty list: %1").arg(describe(value)));
        }
        EntryList entries;
        const QJsonArray array = value.toArray();
        for (qsizetype index = 0; index < array.size(); ++index) {
            auto entry =
                decodeEntry(field.fields, array.at(index), QStringLiteral("%1[%2]").arg(path).arg(index));
            if (!entry) {
                return entry.error();
            }
            entries.push_back(std::move(entry).value());
        }
        return FieldValue(std::move(entries));
    }
    }
    return at(path, CodecText::tr("unsupported field type"));
}

// The reserved key of an entry's notes: no field id starts with '_' (FormDefinition refuses it).
const QLatin1String notesKey("_notes");

Result<std::vector<EntryNote>> decodeNotes(const std::vector<FieldDefinition>& fields,
                                           const QJsonValue& value, const QString& path)
{
    if (!value.isArray() || value.toArray().isEmpty()) {
        return at(path, CodecText::tr("expected a non-empty list of notes, found %1").arg(describe(value)));
    }
    std::vector<EntryNote> notes;
    const QJsonArray array = value.toArray();
    for (qsizetype index = 0; index < array.size(); ++index) {
        const QString notePath = QStringLiteral("%1[%2]").arg(path).arg(index);
        if (!array.at(index).isObject()) {
            return at(notePath, CodecText::tr("expected an object, found %1").arg(describe(array.at(index))));
        }
        const QJsonObject object = array.at(index).toObject();
        for (auto member = object.begin(); member != object.end(); ++member) {
            static const QStringList keys = {QStringLiteral("field"), QStringLiteral("value"),
                                             QStringLiteral("reason"), QStringLiteral("source")};
            if (!keys.contains(member.key())) {
                return at(notePath + QLatin1Char('.') + member.key(), CodecText::tr("unknown key"));
            }
            if (!member.value().isString()) {
                return at(notePath + QLatin1Char('.') + member.key(),
                          CodecText::tr("not text: %1").arg(describe(member.value())));
            }
        }
        EntryNote note{object.value(QLatin1String("field")).toString(),
                       object.value(QLatin1String("value")).toString(),
                       object.value(QLatin1String("reason")).toString(),
                       object.value(QLatin1String("source")).toString()};
        if (object.contains(QLatin1String("field")) &&
            std::none_of(fields.begin(), fields.end(),
                         [&note](const FieldDefinition& field) { return field.id == note.field; })) {
            return at(notePath + QStringLiteral(".field"),
                      CodecText::tr("unknown field \"%1\"").arg(note.field));
        }
        if (!object.contains(QLatin1String("value")) || note.reason.isEmpty() || note.source.isEmpty()) {
            return at(notePath, CodecText::tr("a note needs its value, a reason and its source"));
        }
        notes.push_back(std::move(note));
    }
    return notes;
}

Result<Entry> decodeEntry(const std::vector<FieldDefinition>& fields, const QJsonValue& value,
                          const QString& path)
{
    if (!value.isObject()) {
        return at(path, CodecText::tr("expected an object, found %1").arg(describe(value)));
    }
    const QJsonObject object = value.toObject();
    Entry entry;
    for (auto member = object.begin(); member != object.end(); ++member) {
        const QString fieldPath = path + QLatin1Char('.') + member.key();
        if (member.key() == notesKey) {
            auto notes = decodeNotes(fields, member.value(), fieldPath);
            if (!notes) {
                return notes.error();
            }
            entry.notes = std::move(notes).value();
            continue;
        }
        const auto field =
            std::find_if(fields.begin(), fields.end(), [&member](const FieldDefinition& candidate) {
                return candidate.id == member.key();
            });
        if (field == fields.end()) {
            return at(fieldPath, CodecText::tr("unknown field"));
        }
        auto decoded = decodeValue(*field, member.value(), fieldPath);
        if (!decoded) {
            return decoded.error();
        }
        entry.values.emplace(member.key(), std::move(decoded).value());
    }
    return entry;
}

QJsonValue encodeValue(const FieldValue& value);

QJsonObject encodeEntry(const Entry& entry)
{
    QJsonObject object;
    for (const auto& [fieldId, value] : entry.values) {
        object.insert(fieldId, encodeValue(value));
    }
    if (!entry.notes.empty()) {
        QJsonArray notes;
        for (const EntryNote& note : entry.notes) {
            QJsonObject encoded{{QStringLiteral("value"), note.value},
                                {QStringLiteral("reason"), note.reason},
                                {QStringLiteral("source"), note.source}};
            if (!note.field.isEmpty()) {
                encoded.insert(QStringLiteral("field"), note.field);
            }
            notes.append(encoded);
        }
        object.insert(notesKey, notes);
    }
    return object;
}

QJsonValue encodeValue(const FieldValue& value)
{
    return std::visit(
        [](const auto& alternative) -> QJsonValue {
            using Type = std::decay_t<decltype(alternative)>;
            if constexpr (std::is_same_v<Type, QString>) {
                return alternative;
            } else if constexpr (std::is_same_v<Type, qint64>) {
                return QJsonValue(alternative);
            } else if constexpr (std::is_same_v<Type, bool>) {
                return alternative;
            } else if constexpr (std::is_same_v<Type, QDate>) {
                return alternative.toString(Qt::ISODate);
            } else if constexpr (std::is_same_v<Type, YearMonth>) {
                return alternative.toString();
            } else {
                QJsonArray array;
                for (const Entry& entry : alternative) {
                    array.append(encodeEntry(entry));
                }
                return array;
            }
        },
        value);
}

// The canonical bytes written directly, key by key in canonical order: encodeEntry and toJson as
// json::serialize would write them (tst_declarationcodec compares the two).
void writeValue(json::CanonicalWriter& writer, const FieldValue& value);

void writeNotes(json::CanonicalWriter& writer, const std::vector<EntryNote>& notes)
{
    writer.beginArray();
    for (const EntryNote& note : notes) {
        writer.beginObject();
        if (!note.field.isEmpty()) {
            writer.key(u"field");
            writer.string(note.field);
        }
        writer.key(u"reason");
        writer.string(note.reason);
        writer.key(u"source");
        writer.string(note.source);
        writer.key(u"value");
        writer.string(note.value);
        writer.endObject();
    }
    writer.endArray();
}

void writeEntry(json::CanonicalWriter& writer, const Entry& entry)
{
    writer.beginObject();
    // The notes go in their key's place among the fields; like QJsonObject::insert, they replace a field
    // of the same name.
    constexpr QStringView notesName(u"_notes"); // notesKey
    const bool notes = !entry.notes.empty();
    bool notesWritten = !notes;
    for (const auto& [fieldId, value] : entry.values) {
        if (!notesWritten && !(fieldId < notesKey)) {
            writer.key(notesName);
            writeNotes(writer, entry.notes);
            notesWritten = true;
            if (fieldId == notesKey) {
                continue;
            }
        }
        writer.key(fieldId);
        writeValue(writer, value);
    }
    if (!notesWritten) {
        writer.key(notesName);
        writeNotes(writer, entry.notes);
    }
    writer.endObject();
}

void writeValue(json::CanonicalWriter& writer, const FieldValue& value)
{
    std::visit(
        [&writer](const auto& alternative) {
            using Type = std::decay_t<decltype(alternative)>;
            if constexpr (std::is_same_v<Type, QString>) {
                writer.string(alternative);
            } else if constexpr (std::is_same_v<Type, qint64>) {
                writer.integer(alternative);
            } else if constexpr (std::is_same_v<Type, bool>) {
                writer.boolean(alternative);
            } else if constexpr (std::is_same_v<Type, QDate>) {
                writer.string(alternative.toString(Qt::ISODate));
            } else if constexpr (std::is_same_v<Type, YearMonth>) {
                writer.string(alternative.toString());
            } else {
                writer.beginArray();
                for (const Entry& entry : alternative) {
                    writeEntry(writer, entry);
                }
                writer.endArray();
            }
        },
        value);
}

template <typename T> const T* alternative(const Entry& entry, const QString& fieldId)
{
    const auto found = entry.values.find(fieldId);
    return found == entry.values.end() ? nullptr : std::get_if<T>(&found->second);
}

} // namespace

QString YearMonth::toString() const
{
    return QStringLiteral("%1-%2").arg(year, 4, 10, QLatin1Char('0')).arg(month, 2, 10, QLatin1Char('0'));
}

std::optional<YearMonth> YearMonth::fromString(const QString& text)
{
    static const QRegularExpression shape(QStringLiteral("^(\\d{4})-(\\d{2})$"));
    const auto match = shape.match(text);
    if (!match.hasMatch()) {
        return std::nullopt;
    }
    const YearMonth result{match.captured(1).toInt(), match.captured(2).toInt()};
    if (result.month < 1 || result.month > 12 || result.year < 1900) {
        return std::nullopt;
    }
    return result;
}

QString Entry::text(const QString& fieldId) const
{
    const QString* value = alternative<QString>(*this, fieldId);
    return value ? *value : QString();
}

std::optional<qint64> Entry::number(const QString& fieldId) const
{
    const qint64* value = alternative<qint64>(*this, fieldId);
    return value ? std::optional<qint64>(*value) : std::nullopt;
}

std::optional<bool> Entry::flag(const QString& fieldId) const
{
    const bool* value = alternative<bool>(*this, fieldId);
    return value ? std::optional<bool>(*value) : std::nullopt;
}

QDate Entry::date(const QString& fieldId) const
{
    const QDate* value = alternative<QDate>(*this, fieldId);
    return value ? *value : QDate();
}

std::optional<YearMonth> Entry::month(const QString& fieldId) const
{
    const YearMonth* value = alternative<YearMonth>(*this, fieldId);
    return value ? std::optional<YearMonth>(*value) : std::nullopt;
}

const EntryList* Entry::list(const QString& fieldId) const
{
    return alternative<EntryList>(*this, fieldId);
}

const ItemAnswer* Declaration::answer(const QString& itemId) const
{
    const auto found = items.find(itemId);
    return found == items.end() ? nullptr : &found->second;
}

Result<Declaration> DeclarationCodec::decode(const QByteArray& json, const FormCatalog& catalog)
{
    auto parsed = json::parse(json);
    if (!parsed) {
        return parsed.error();
    }
    return fromJson(*parsed, catalog);
}

Result<Declaration> DeclarationCodec::fromJson(const QJsonValue& document, const FormCatalog& catalog)
{
    if (!document.isObject()) {
        return Error::unusable(CodecText::tr("a declaration is a JSON object"));
    }
    const QJsonObject root = document.toObject();
    static const QStringList knownKeys = {QStringLiteral("schema"),       QStringLiteral("declaration"),
                                          QStringLiteral("event"),        QStringLiteral("declarant"),
                                          QStringLiteral("profile"),      QStringLiteral("items"),
                                          QStringLiteral("observations"), QStringLiteral("supersedes")};
    for (auto member = root.begin(); member != root.end(); ++member) {
        if (!knownKeys.contains(member.key())) {
            return at(member.key(), CodecText::tr("unknown key"));
        }
    }

    Declaration declaration;
    declaration.schema = root.value(QLatin1String("schema")).toString();
    const FormDefinition* definition = catalog.find(declaration.schema);
    if (!definition) {
        return at(QStringLiteral("schema"), CodecText::tr("unknown form definition %1 (known: %2)")
                                                .arg(describe(root.value(QLatin1String("schema"))),
                                                     catalog.schemas().join(QStringLiteral(", "))));
    }
    const auto kind = kindFromId(root.value(QLatin1String("declaration")).toString());
    if (!kind || *kind != definition->kind()) {
        return at(QStringLiteral("declaration"), CodecText::tr("expected \"%1\" for schema %2")
                                                     .arg(kindId(definition->kind()), declaration.schema));
    }
    declaration.kind = *kind;
    const auto event = eventFromId(root.value(QLatin1String("event")).toString());
    if (!event) {
        return at(
            QStringLiteral("event"),
            CodecText::tr("expected installation, cessation, modification or modification-apres-entretien"));
    }
    declaration.event = *event;

    auto declarant = decodeEntry(definition->headerFields(), root.value(QLatin1String("declarant")),
                                 QStringLiteral("declarant"));
    if (!declarant) {
        return declarant.error();
    }
    declaration.declarant = std::move(declarant).value();

    if (root.contains(QLatin1String("profile"))) {
        auto profile = Profile::fromJson(root.value(QLatin1String("profile")));
        if (!profile) {
            return profile.error();
        }
        declaration.profile = std::move(profile).value();
    }

    const QJsonValue itemsValue = root.value(QLatin1String("items"));
    if (!itemsValue.isUndefined() && !itemsValue.isObject()) {
        return at(QStringLiteral("items"), CodecText::tr("expected an object"));
    }
    const QJsonObject items = itemsValue.toObject();
    for (auto member = items.begin(); member != items.end(); ++member) {
        const QString itemPath = QStringLiteral("items.") + member.key();
        const ItemDefinition* item = definition->findItem(member.key());
        if (!item) {
            return at(itemPath, CodecText::tr("unknown item"));
        }
        ItemAnswer answer;
        if (member.value().isString() && member.value().toString() == QLatin1String("neant")) {
            answer.neant = true;
        } else if (member.value().isArray()) {
            const QJsonArray array = member.value().toArray();
            if (array.isEmpty()) {
                return at(
                    itemPath,
                    CodecText::tr("an empty list: write \"neant\", or leave the item out until answered"));
            }
            for (qsizetype index = 0; index < array.size(); ++index) {
                auto entry = decodeEntry(item->fields, array.at(index),
                                         QStringLiteral("%1[%2]").arg(itemPath).arg(index));
                if (!entry) {
                    return entry.error();
                }
                answer.entries.push_back(std::move(entry).value());
            }
        } else {
            return at(itemPath, CodecText::tr("expected a list of entries or \"neant\", found %1")
                                    .arg(describe(member.value())));
        }
        declaration.items.emplace(member.key(), std::move(answer));
    }

    const QJsonValue observations = root.value(QLatin1String("observations"));
    if (!observations.isUndefined()) {
        if (!observations.isString() || observations.toString().size() > observationsMaxLength) {
            return at(QStringLiteral("observations"),
                      CodecText::tr("expected text of at most %1 characters").arg(observationsMaxLength));
        }
        declaration.observations = observations.toString();
    }
    const QJsonValue supersedes = root.value(QLatin1String("supersedes"));
    if (!supersedes.isUndefined()) {
        if (!supersedes.isString() || supersedes.toString().isEmpty()) {
            return at(QStringLiteral("supersedes"), CodecText::tr("expected the id of a filed declaration"));
        }
        declaration.supersedes = supersedes.toString();
    }
    return declaration;
}

QJsonObject DeclarationCodec::toJson(const Declaration& declaration)
{
    QJsonObject root;
    root.insert(QStringLiteral("schema"), declaration.schema);
    root.insert(QStringLiteral("declaration"), kindId(declaration.kind));
    root.insert(QStringLiteral("event"), eventId(declaration.event));
    root.insert(QStringLiteral("declarant"), encodeEntry(declaration.declarant));
    if (declaration.profile) {
        root.insert(QStringLiteral("profile"), declaration.profile->toJson());
    }
    QJsonObject items;
    for (const auto& [itemId, answer] : declaration.items) {
        if (answer.neant) {
            items.insert(itemId, QStringLiteral("neant"));
        } else if (!answer.entries.empty()) {
            QJsonArray entries;
            for (const Entry& entry : answer.entries) {
                entries.append(encodeEntry(entry));
            }
            items.insert(itemId, entries);
        }
    }
    root.insert(QStringLiteral("items"), items);
    if (!declaration.observations.isEmpty()) {
        root.insert(QStringLiteral("observations"), declaration.observations);
    }
    if (!declaration.supersedes.isEmpty()) {
        root.insert(QStringLiteral("supersedes"), declaration.supersedes);
    }
    return root;
}

QByteArray DeclarationCodec::encode(const Declaration& declaration)
{
    // The keys of toJson() in canonical order: declarant, declaration, event, items, observations, profile,
    // schema, supersedes.
    json::CanonicalWriter writer(16 * 1024);
    writer.beginObject();
    writer.key(u"declarant");
    writeEntry(writer, declaration.declarant);
    writer.key(u"declaration");
    writer.string(kindId(declaration.kind));
    writer.key(u"event");
    writer.string(eventId(declaration.event));
    writer.key(u"items");
    writer.beginObject();
    for (const auto& [itemId, answer] : declaration.items) {
        if (answer.neant) {
            writer.key(itemId);
            writer.string(u"neant");
        } else if (!answer.entries.empty()) {
            writer.key(itemId);
            writer.beginArray();
            for (const Entry& entry : answer.entries) {
                writeEntry(writer, entry);
            }
            writer.endArray();
        }
    }
    writer.endObject();
    if (!declaration.observations.isEmpty()) {
        writer.key(u"observations");
        writer.string(declaration.observations);
    }
    if (declaration.profile) {
        writer.key(u"profile");
        writer.value(declaration.profile->toJson());
    }
    writer.key(u"schema");
    writer.string(declaration.schema);
    if (!declaration.supersedes.isEmpty()) {
        writer.key(u"supersedes");
        writer.string(declaration.supersedes);
    }
    writer.endObject();
    return writer.take();
}

Result<FieldValue> DeclarationCodec::decodeField(const FieldDefinition& field, const QJsonValue& value,
                                                 const QString& path)
{
    return decodeValue(field, value, path);
}

QJsonValue DeclarationCodec::encodeField(const FieldValue& value)
{
    return encodeValue(value);
}

} // namespace probitas
