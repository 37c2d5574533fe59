#include "FormDefinition.h"

#include "BuiltInData.h"
#include "CanonicalJson.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>
#include <QLoggingCategory>
#include <QRegularExpression>

namespace probitas {

namespace {

struct FormDefinitionText
{
    Q_DECLARE_TR_FUNCTIONS(FormDefinitionText)
};

LocalizedText readText(const QJsonValue& value)
{
    if (value.isString()) {
        return {value.toString(), value.toString()};
    }
    const QJsonObject object = value.toObject();
    LocalizedText text{object.value(QLatin1String("fr")).toString(),
                       object.value(QLatin1String("en")).toString()};
    if (text.english.isEmpty()) {
        text.english = text.french;
    }
    return text;
}

const std::map<QString, FieldType>& fieldTypesByName()
{
    static const std::map<QString, FieldType> types = {
        {QStringLiteral("text"), FieldType::Text},       {QStringLiteral("multiline"), FieldType::Multiline},
        {QStringLiteral("date"), FieldType::Date},       {QStringLiteral("month"), FieldType::Month},
        {QStringLiteral("year"), FieldType::Year},       {QStringLiteral("integer"), FieldType::Integer},
        {QStringLiteral("amount"), FieldType::Amount},   {QStringLiteral("percent"), FieldType::Percent},
        {QStringLiteral("surface"), FieldType::Surface}, {QStringLiteral("choice"), FieldType::Choice},
        {QStringLiteral("boolean"), FieldType::Boolean}, {QStringLiteral("list"), FieldType::List},
    };
    return types;
}

using ChoiceLists = std::map<QString, std::vector<Choice>>;

// Reads field definitions and checks every reference they make, so a broken definition file is refused
// as a whole instead of failing later in a user's form.
Result<std::vector<FieldDefinition>> readFields(const QJsonArray& array, const ChoiceLists& lists,
                                                const QString& where)
{
    std::vector<FieldDefinition> fields;
    for (const QJsonValue& value : array) {
        const QJsonObject object = value.toObject();
        FieldDefinition field;
        field.id = object.value(QLatin1String("id")).toString();
        const QString path = where + QLatin1Char('.') + field.id;
        if (field.id.isEmpty()) {
            return Error::unusable(FormDefinitionText::tr("%1: a field has no id").arg(where));
        }
        // camelCase: a document's other keys in an entry ("_notes") can never collide with a field.
        static const QRegularExpression idShape(QStringLiteral("^[a-z][A-Za-z0-9]*$"));
        if (!idShape.match(field.id).hasMatch()) {
            return Error::unusable(FormDefinitionText::tr("%1: a field id is camelCase").arg(path));
        }
        for (const FieldDefinition& other : fields) {
            if (other.id == field.id) {
                return Error::unusable(FormDefinitionText::tr("%1: duplicate field id").arg(path));
            }
        }
        const auto type = fieldTypesByName().find(object.value(QLatin1String("type")).toString());
        if (type == fieldTypesByName().end()) {
            return Error::unusable(FormDefinitionText::tr("%1: unknown field type").arg(path));
        }
        field.type = type->second;
        field.label = readText(object.value(QLatin1String("label")));
        field.help = readText(object.value(QLatin1String("help")));
        field.required = object.value(QLatin1String("required")).toBool(false);
        field.maxLength =
            object.value(QLatin1String("maxLength")).toInt(field.type == FieldType::Multiline ? 4000 : 200);
        if (object.contains(QLatin1String("minimum"))) {
            field.minimum = object.value(QLatin1String("minimum")).toInteger();
        } else if (field.type == FieldType::Amount || field.type == FieldType::Surface) {
            field.minimum = 0;
        }
        if (object.contains(QLatin1String("maximum"))) {
            field.maximum = object.value(QLatin1String("maximum")).toInteger();
        }
        if (field.type == FieldType::Choice) {
            field.choiceListId = object.value(QLatin1String("choices")).toString();
            const auto list = lists.find(field.choiceListId);
            if (list == lists.end()) {
                return Error::unusable(
                    FormDefinitionText::tr("%1: unknown choice list '%2'").arg(path, field.choiceListId));
            }
            field.choices = list->second;
        }
        if (field.type == FieldType::List) {
            auto subFields = readFields(object.value(QLatin1String("fields")).toArray(), lists, path);
            if (!subFields) {
                return subFields.error();
            }
            if (subFields->empty()) {
                return Error::unusable(FormDefinitionText::tr("%1: a list needs fields").arg(path));
            }
            field.fields = std::move(subFields).value();
        }
        const QJsonObject visibleWhen = object.value(QLatin1String("visibleWhen")).toObject();
        field.visibleWhenField = visibleWhen.value(QLatin1String("field")).toString();
        for (const QJsonValue& allowed : visibleWhen.value(QLatin1String("in")).toArray()) {
            field.visibleWhenValues << allowed.toString();
        }
        field.notBefore = object.value(QLatin1String("notBefore")).toString();
        fields.push_back(std::move(field));
    }
    for (const FieldDefinition& field : fields) {
        const auto findSibling = [&fields](const QString& id) -> const FieldDefinition* {
            for (const FieldDefinition& candidate : fields) {
                if (candidate.id == id) {
                    return &candidate;
                }
            }
            return nullptr;
        };
        if (!field.visibleWhenField.isEmpty()) {
            const FieldDefinition* condition = findSibling(field.visibleWhenField);
            if (!condition || condition->type != FieldType::Choice) {
                return Error::unusable(FormDefinitionText::tr("%1.%2: visibleWhen must name a choice field")
                                           .arg(where, field.id));
            }
        }
        if (!field.notBefore.isEmpty()) {
            const FieldDefinition* other = findSibling(field.notBefore);
            if (!other || other->type != field.type) {
                return Error::unusable(
                    FormDefinitionText::tr("%1.%2: notBefore must name a field of the same type")
                        .arg(where, field.id));
            }
        }
    }
    return fields;
}

const FieldDefinition* findIn(const std::vector<FieldDefinition>& fields, const QString& id)
{
    for (const FieldDefinition& field : fields) {
        if (field.id == id) {
            return &field;
        }
    }
    return nullptr;
}

} // namespace

QString LocalizedText::text() const
{
    return QLocale().language() == QLocale::English && !english.isEmpty() ? english : french;
}

QString fieldTypeName(FieldType type)
{
    for (const auto& [name, candidate] : fieldTypesByName()) {
        if (candidate == type) {
            return name;
        }
    }
    return {};
}

const Choice* FieldDefinition::findChoice(const QString& choiceId) const
{
    for (const Choice& choice : choices) {
        if (choice.id == choiceId) {
            return &choice;
        }
    }
    return nullptr;
}

const FieldDefinition* FieldDefinition::findField(const QString& fieldId) const
{
    return findIn(fields, fieldId);
}

const FieldDefinition* ItemDefinition::findField(const QString& fieldId) const
{
    return findIn(fields, fieldId);
}

Result<FormDefinition> FormDefinition::fromJson(const QByteArray& json)
{
    auto parsed = json::parse(json);
    if (!parsed) {
        return parsed.error();
    }
    const QJsonObject root = parsed->toObject();
    FormDefinition definition;
    definition.m_schema = root.value(QLatin1String("schema")).toString();
    if (definition.m_schema.isEmpty()) {
        return Error::unusable(FormDefinitionText::tr("form definition without a schema id"));
    }
    const auto kind = kindFromId(root.value(QLatin1String("declaration")).toString());
    if (!kind) {
        return Error::unusable(
            FormDefinitionText::tr("%1: unknown declaration kind").arg(definition.m_schema));
    }
    definition.m_kind = *kind;
    definition.m_title = readText(root.value(QLatin1String("title")));
    definition.m_basis = root.value(QLatin1String("basis")).toString();
    definition.m_validFrom =
        QDate::fromString(root.value(QLatin1String("validFrom")).toString(), Qt::ISODate);
    definition.m_attestation = readText(root.value(QLatin1String("attestation")));
    const QJsonObject penalty = root.value(QLatin1String("penalty")).toObject();
    definition.m_penaltyArticle = penalty.value(QLatin1String("article")).toString();
    definition.m_penalty = readText(penalty.value(QLatin1String("text")));

    ChoiceLists lists;
    const QJsonObject listsObject = root.value(QLatin1String("choiceLists")).toObject();
    for (auto list = listsObject.begin(); list != listsObject.end(); ++list) {
        std::vector<Choice> choices;
        for (const QJsonValue& choice : list.value().toArray()) {
            choices.push_back({choice.toObject().value(QLatin1String("id")).toString(),
                               readText(choice.toObject().value(QLatin1String("label")))});
        }
        lists[list.key()] = std::move(choices);
    }

    auto header =
        readFields(root.value(QLatin1String("header")).toObject().value(QLatin1String("fields")).toArray(),
                   lists, QStringLiteral("declarant"));
    if (!header) {
        return header.error();
    }
    definition.m_headerFields = std::move(header).value();

    for (const QJsonValue& itemValue : root.value(QLatin1String("items")).toArray()) {
        const QJsonObject object = itemValue.toObject();
        ItemDefinition item;
        item.id = object.value(QLatin1String("id")).toString();
        const QString path = QStringLiteral("items.") + item.id;
        if (item.id.isEmpty() || definition.findItem(item.id)) {
            return Error::unusable(FormDefinitionText::tr("%1: missing or duplicate item id").arg(path));
        }
        item.number = object.value(QLatin1String("number")).toString();
        item.article = object.value(QLatin1String("article")).toString();
        item.title = readText(object.value(QLatin1String("title")));
        item.law = object.value(QLatin1String("law")).toString();
        item.help = readText(object.value(QLatin1String("help")));
        const QJsonArray events = object.value(QLatin1String("events")).toArray();
        if (events.isEmpty()) {
            item.events = {DeclarationEvent::Installation, DeclarationEvent::Cessation,
                           DeclarationEvent::Modification, DeclarationEvent::ModificationApresEntretien};
        }
        for (const QJsonValue& event : events) {
            const auto parsedEvent = eventFromId(event.toString());
            if (!parsedEvent) {
                return Error::unusable(
                    FormDefinitionText::tr("%1: unknown event '%2'").arg(path, event.toString()));
            }
            item.events << *parsedEvent;
        }
        auto fields = readFields(object.value(QLatin1String("fields")).toArray(), lists, path);
        if (!fields) {
            return fields.error();
        }
        item.fields = std::move(fields).value();
        if (item.fields.empty()) {
            return Error::unusable(FormDefinitionText::tr("%1: an item needs fields").arg(path));
        }
        for (const QJsonValue& column : object.value(QLatin1String("columns")).toArray()) {
            item.columns << column.toString();
        }
        item.guardChecked = object.value(QLatin1String("guard")).toString() == QLatin1String("checked");
        item.publicFunctionField = object.value(QLatin1String("publicFunctionField")).toString();
        item.valueField = object.value(QLatin1String("valueField")).toString();
        item.ownershipField = object.value(QLatin1String("ownershipField")).toString();
        const QJsonObject threshold = object.value(QLatin1String("threshold")).toObject();
        item.thresholdField = threshold.value(QLatin1String("field")).toString();
        item.thresholdMinimum = threshold.value(QLatin1String("minimum")).toInteger();
        item.liability = object.value(QLatin1String("liability")).toBool(false);
        for (const QJsonValue& screened : object.value(QLatin1String("screened")).toArray()) {
            const QJsonObject screenedObject = screened.toObject();
            ScreenedField field{screenedObject.value(QLatin1String("field")).toString(),
                                readText(screenedObject.value(QLatin1String("as")))};
            const FieldDefinition* screenedField = item.findField(field.field);
            if (!screenedField ||
                (screenedField->type != FieldType::Text && screenedField->type != FieldType::Multiline) ||
                field.as.french.isEmpty()) {
                return Error::unusable(
                    FormDefinitionText::tr(
                        "%1: screens '%2', which is no text field of the item with what it is "
                        "to the declarant")
                        .arg(path, field.field));
            }
            item.screened.push_back(std::move(field));
        }

        QStringList references = item.columns;
        references << item.publicFunctionField << item.valueField << item.ownershipField
                   << item.thresholdField;
        for (const QString& reference : std::as_const(references)) {
            if (!reference.isEmpty() && !item.findField(reference)) {
                return Error::unusable(
                    FormDefinitionText::tr("%1: refers to unknown field '%2'").arg(path, reference));
            }
        }
        definition.m_items.push_back(std::move(item));
    }
    if (definition.m_items.empty()) {
        return Error::unusable(FormDefinitionText::tr("%1: no items").arg(definition.m_schema));
    }
    return definition;
}

std::vector<const ItemDefinition*> FormDefinition::itemsFor(DeclarationEvent event) const
{
    std::vector<const ItemDefinition*> result;
    for (const ItemDefinition& item : m_items) {
        if (item.appliesTo(event)) {
            result.push_back(&item);
        }
    }
    return result;
}

const ItemDefinition* FormDefinition::findItem(const QString& itemId) const
{
    for (const ItemDefinition& item : m_items) {
        if (item.id == itemId) {
            return &item;
        }
    }
    return nullptr;
}

const FieldDefinition* FormDefinition::findHeaderField(const QString& fieldId) const
{
    return findIn(m_headerFields, fieldId);
}

const FormCatalog& FormCatalog::builtIn()
{
    static const FormCatalog catalog = [] {
        FormCatalog loaded;
        const QDir directory(QStringLiteral(":/probitas/forms"));
        for (const QString& name : directory.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name)) {
            QFile file(directory.filePath(name));
            if (!file.open(QIODevice::ReadOnly)) {
                qCCritical(lcBuiltInData) << "cannot read built-in form definition" << name;
                continue;
            }
            const Status added = loaded.add(file.readAll());
            if (!added) {
                qCCritical(lcBuiltInData)
                    << "built-in form definition" << name << "is broken:" << added.error().message;
            }
        }
        return loaded;
    }();
    return catalog;
}

Status FormCatalog::add(const QByteArray& definitionJson)
{
    auto definition = FormDefinition::fromJson(definitionJson);
    if (!definition) {
        return definition.error();
    }
    const QString schema = definition->schema();
    m_definitions[schema] = std::make_shared<const FormDefinition>(std::move(definition).value());
    return success();
}

const FormDefinition* FormCatalog::find(const QString& schema) const
{
    const auto found = m_definitions.find(schema);
    return found == m_definitions.end() ? nullptr : found->second.get();
}

const FormDefinition* FormCatalog::current(DeclarationKind kind, QDate date) const
{
    const FormDefinition* best = nullptr;
    for (const auto& [schema, definition] : m_definitions) {
        if (definition->kind() != kind || (date.isValid() && definition->validFrom() > date)) {
            continue;
        }
        if (!best || definition->validFrom() > best->validFrom()) {
            best = definition.get();
        }
    }
    return best;
}

QStringList FormCatalog::schemas() const
{
    QStringList result;
    for (const auto& entry : m_definitions) {
        result << entry.first;
    }
    return result;
}

} // namespace probitas
