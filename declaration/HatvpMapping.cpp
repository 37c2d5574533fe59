#include "HatvpMapping.h"

#include "BuiltInData.h"
#include "CanonicalJson.h"
#include "TextFolding.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <set>

namespace probitas {

namespace {

struct MappingText
{
    Q_DECLARE_TR_FUNCTIONS(MappingText)
};

Error broken(const QString& where, const QString& problem)
{
    return Error::unusable(QStringLiteral("hatvp-mapping: %1: %2").arg(where, problem),
                           QStringLiteral("hatvp-mapping.invalid"));
}

QStringList stringList(const QJsonValue& value)
{
    QStringList list;
    for (const QJsonValue& element : value.toArray()) {
        list << element.toString();
    }
    return list;
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

// The field sets a "@name" reference may name: the form's own, then the file's.
struct FieldSets
{
    const QJsonObject* form = nullptr;
    const QJsonObject* file = nullptr;

    QJsonArray find(const QString& name, bool& found) const
    {
        for (const QJsonObject* sets : {form, file}) {
            if (sets && sets->contains(name)) {
                found = true;
                return sets->value(name).toArray();
            }
        }
        found = false;
        return {};
    }
};

// Splices "@name" references into a flat list of field objects.
Result<std::vector<QJsonObject>> expand(const QJsonArray& array, const FieldSets& sets, const QString& where,
                                        int depth = 0)
{
    std::vector<QJsonObject> objects;
    for (const QJsonValue& value : array) {
        if (value.isString() && value.toString().startsWith(QLatin1Char('@')) && depth < 4) {
            bool found = false;
            const QJsonArray named = sets.find(value.toString().mid(1), found);
            if (!found) {
                return broken(where, MappingText::tr("unknown field set %1").arg(value.toString()));
            }
            auto inner = expand(named, sets, where, depth + 1);
            if (!inner) {
                return inner.error();
            }
            objects.insert(objects.end(), inner->begin(), inner->end());
        } else if (value.isObject()) {
            objects.push_back(value.toObject());
        } else {
            return broken(where, MappingText::tr("a field mapping is an object or \"@set\""));
        }
    }
    return objects;
}

// The values a choice field can have in a rubrique: all, unless the rubrique takes only some (exportWhen).
struct ExportFilter
{
    QString field;
    QStringList values;
};

Result<std::vector<HatvpField>> readFields(const QJsonArray& array,
                                           const std::vector<FieldDefinition>& fields, const FieldSets& sets,
                                           const QString& where, const ExportFilter& filter = {});

Status checkChoice(HatvpField& mapping, const std::vector<FieldDefinition>& siblings, const QString& path,
                   const ExportFilter& filter)
{
    const FieldDefinition& field = *mapping.definition;
    if (field.type != FieldType::Choice) {
        if (!mapping.values.empty() || !mapping.otherwise.isEmpty()) {
            return broken(path, MappingText::tr("labels belong to choice fields only"));
        }
        return success();
    }
    if (mapping.values.empty()) {
        return broken(path, MappingText::tr("a choice field needs its labels (\"values\")"));
    }
    std::map<QString, QString> owners; // folded label -> choice
    for (const auto& [choiceId, labels] : mapping.values) {
        if (!field.findChoice(choiceId)) {
            return broken(path, MappingText::tr("unknown choice %1").arg(choiceId));
        }
        if (labels.isEmpty()) {
            return broken(path + QLatin1Char('.') + choiceId, MappingText::tr("no label"));
        }
        for (const QString& label : labels) {
            const QString folded = text::fold(label);
            if (folded.isEmpty() || (owners.count(folded) && owners[folded] != choiceId)) {
                return broken(path, MappingText::tr("label \"%1\" empty or given to two choices").arg(label));
            }
            owners[folded] = choiceId;
        }
    }
    if (!mapping.importOnly) {
        for (const Choice& choice : field.choices) {
            const bool written = filter.field != mapping.field || filter.values.contains(choice.id);
            if (written && !mapping.values.count(choice.id)) {
                return broken(path,
                              MappingText::tr("choice %1 has no label to be written with").arg(choice.id));
            }
        }
    }
    if (!mapping.otherwise.isEmpty() && !field.findChoice(mapping.otherwise)) {
        return broken(path, MappingText::tr("unknown choice %1").arg(mapping.otherwise));
    }
    if (!mapping.precision.isEmpty()) {
        const FieldDefinition* precision = findIn(siblings, mapping.precision);
        if (!precision || (precision->type != FieldType::Text && precision->type != FieldType::Multiline) ||
            mapping.otherwise.isEmpty()) {
            return broken(path, MappingText::tr("precision must name a text field, with \"otherwise\""));
        }
    }
    return success();
}

Result<HatvpField> readField(const QJsonObject& object, const std::vector<FieldDefinition>& fields,
                             const FieldSets& sets, const QString& where, const ExportFilter& filter)
{
    static const QStringList keys = {
        QStringLiteral("field"),     QStringLiteral("element"),    QStringLiteral("fallbacks"),
        QStringLiteral("format"),    QStringLiteral("importOnly"), QStringLiteral("values"),
        QStringLiteral("otherwise"), QStringLiteral("precision"),  QStringLiteral("quiet"),
        QStringLiteral("parts"),     QStringLiteral("entries"),    QStringLiteral("shared"),
        QStringLiteral("fields")};
    HatvpField mapping;
    mapping.field = object.value(QLatin1String("field")).toString();
    const QString path = where + QLatin1Char('.') + mapping.field;
    for (auto key = object.begin(); key != object.end(); ++key) {
        if (!keys.contains(key.key())) {
            return broken(path, MappingText::tr("unknown key %1").arg(key.key()));
        }
    }
    mapping.definition = findIn(fields, mapping.field);
    if (!mapping.definition) {
        return broken(path, MappingText::tr("no such field in the form"));
    }
    mapping.element = object.value(QLatin1String("element")).toString();
    mapping.fallbacks = stringList(object.value(QLatin1String("fallbacks")));
    mapping.importOnly = object.value(QLatin1String("importOnly")).toBool(false);
    mapping.otherwise = object.value(QLatin1String("otherwise")).toString();
    mapping.precision = object.value(QLatin1String("precision")).toString();
    mapping.quiet = object.value(QLatin1String("quiet")).toBool(false);
    const QJsonObject values = object.value(QLatin1String("values")).toObject();
    for (auto value = values.begin(); value != values.end(); ++value) {
        mapping.values[value.key()] = stringList(value.value());
    }

    static const std::map<QString, HatvpField::Format> formats = {
        {QStringLiteral("plain"), HatvpField::Format::Plain},
        {QStringLiteral("hectares"), HatvpField::Format::Hectares},
        {QStringLiteral("departement"), HatvpField::Format::Departement},
        {QStringLiteral("address"), HatvpField::Format::Address},
        {QStringLiteral("list"), HatvpField::Format::List},
        {QStringLiteral("remunerationText"), HatvpField::Format::RemunerationText}};
    const QString formatName = object.value(QLatin1String("format")).toString(QStringLiteral("plain"));
    const auto format = formats.find(formatName);
    if (format == formats.end()) {
        return broken(path, MappingText::tr("unknown format %1").arg(formatName));
    }
    mapping.format = format->second;

    const FieldType type = mapping.definition->type;
    const bool textual = type == FieldType::Text || type == FieldType::Multiline;
    bool suits = true;
    switch (mapping.format) {
    case HatvpField::Format::Plain:
        suits = type != FieldType::List;
        break;
    case HatvpField::Format::Hectares:
        suits = type == FieldType::Surface;
        break;
    case HatvpField::Format::Departement:
        suits = textual && mapping.importOnly;
        break;
    case HatvpField::Format::Address:
        suits = textual;
        break;
    case HatvpField::Format::List:
    case HatvpField::Format::RemunerationText:
        suits = type == FieldType::List;
        break;
    }
    if (!suits) {
        return broken(
            path, MappingText::tr("format %1 does not suit a %2 field").arg(formatName, fieldTypeName(type)));
    }
    if (mapping.element.isEmpty() && mapping.format != HatvpField::Format::Address) {
        return broken(path, MappingText::tr("no element"));
    }
    if (mapping.format == HatvpField::Format::Address) {
        for (const QJsonValue& part : object.value(QLatin1String("parts")).toArray()) {
            mapping.parts.push_back(stringList(part));
            if (mapping.parts.back().isEmpty() || mapping.parts.back().contains(QString())) {
                return broken(path, MappingText::tr("an address line names its elements"));
            }
        }
        if (mapping.parts.empty()) {
            return broken(path, MappingText::tr("an address needs its parts"));
        }
    }
    if (mapping.format == HatvpField::Format::List) {
        mapping.entries = object.value(QLatin1String("entries")).toString();
        if (mapping.entries.isEmpty()) {
            return broken(path, MappingText::tr("a list names the element of one entry"));
        }
        auto shared = readFields(object.value(QLatin1String("shared")).isObject()
                                     ? QJsonArray{object.value(QLatin1String("shared"))}
                                     : object.value(QLatin1String("shared")).toArray(),
                                 mapping.definition->fields, sets, path);
        if (!shared) {
            return shared.error();
        }
        mapping.shared = std::move(shared).value();
        auto own = readFields(object.value(QLatin1String("fields")).toArray(), mapping.definition->fields,
                              sets, path);
        if (!own) {
            return own.error();
        }
        mapping.fields = std::move(own).value();
    }
    if (Status choice = checkChoice(mapping, fields, path, filter); !choice) {
        return choice.error();
    }
    return mapping;
}

Result<std::vector<HatvpField>> readFields(const QJsonArray& array,
                                           const std::vector<FieldDefinition>& fields, const FieldSets& sets,
                                           const QString& where, const ExportFilter& filter)
{
    auto objects = expand(array, sets, where);
    if (!objects) {
        return objects.error();
    }
    std::vector<HatvpField> mappings;
    for (const QJsonObject& object : *objects) {
        auto mapping = readField(object, fields, sets, where, filter);
        if (!mapping) {
            return mapping.error();
        }
        for (const HatvpField& other : mappings) {
            if (other.field == mapping->field && !other.importOnly && !mapping->importOnly) {
                return broken(where + QLatin1Char('.') + mapping->field,
                              MappingText::tr("written twice: one of them must be importOnly"));
            }
        }
        mappings.push_back(std::move(mapping).value());
    }
    return mappings;
}

HatvpIgnored readIgnored(const QJsonObject& object)
{
    return {object.value(QLatin1String("reason")).toString(),
            stringList(object.value(QLatin1String("elements")))};
}

Result<HatvpRubrique> readRubrique(const QJsonObject& object, const FormDefinition& definition,
                                   const FieldSets& sets, const QString& where)
{
    HatvpRubrique rubrique;
    rubrique.element = object.value(QLatin1String("element")).toString();
    rubrique.item = object.value(QLatin1String("item")).toString();
    const QString path = where + QLatin1Char('.') + rubrique.element;
    rubrique.definition = definition.findItem(rubrique.item);
    if (rubrique.element.isEmpty() || !rubrique.definition) {
        return broken(path, MappingText::tr("a rubrique names its element and one of the form's items"));
    }
    rubrique.inferred = object.value(QLatin1String("inferred")).toBool(false);
    const QJsonObject exportWhen = object.value(QLatin1String("exportWhen")).toObject();
    rubrique.exportField = exportWhen.value(QLatin1String("field")).toString();
    rubrique.exportValues = stringList(exportWhen.value(QLatin1String("in")));
    if (!exportWhen.isEmpty()) {
        const FieldDefinition* field = rubrique.definition->findField(rubrique.exportField);
        if (!field || field->type != FieldType::Choice || rubrique.exportValues.isEmpty()) {
            return broken(path, MappingText::tr("exportWhen names a choice field and its values"));
        }
        for (const QString& value : rubrique.exportValues) {
            if (!field->findChoice(value)) {
                return broken(path, MappingText::tr("exportWhen: unknown choice %1").arg(value));
            }
        }
    }
    const QJsonObject importWhen = object.value(QLatin1String("importWhen")).toObject();
    if (!importWhen.isEmpty()) {
        rubrique.importElement = importWhen.value(QLatin1String("element")).toString();
        if (rubrique.importElement.isEmpty() || !importWhen.value(QLatin1String("empty")).isBool()) {
            return broken(path, MappingText::tr("importWhen names an element and whether it is empty"));
        }
        rubrique.importWhenEmpty = importWhen.value(QLatin1String("empty")).toBool();
    }
    const QJsonObject set = object.value(QLatin1String("set")).toObject();
    for (auto value = set.begin(); value != set.end(); ++value) {
        const FieldDefinition* field = rubrique.definition->findField(value.key());
        if (!field || field->type != FieldType::Choice || !field->findChoice(value.value().toString())) {
            return broken(path, MappingText::tr("set: %1 is not a choice of the item").arg(value.key()));
        }
        rubrique.set[value.key()] = value.value().toString();
    }
    auto fields = readFields(object.value(QLatin1String("fields")).toArray(), rubrique.definition->fields,
                             sets, path, {rubrique.exportField, rubrique.exportValues});
    if (!fields) {
        return fields.error();
    }
    rubrique.fields = std::move(fields).value();
    return rubrique;
}

// The checks that need the whole form: every item has a place, split items are split cleanly, shared
// rubriques say where each line goes.
Status checkForm(const HatvpForm& form)
{
    for (const ItemDefinition& item : form.definition->items()) {
        const auto rubriques = form.rubriquesFor(item.id);
        if (rubriques.empty()) {
            return broken(form.schema, MappingText::tr("item %1 has no rubrique").arg(item.id));
        }
        if (rubriques.size() == 1) {
            continue;
        }
        // An item over several rubriques: each takes a disjoint part of one choice field's values, and
        // together they take them all.
        const FieldDefinition* field = item.findField(rubriques.front()->exportField);
        std::set<QString> taken;
        for (const HatvpRubrique* rubrique : rubriques) {
            if (rubrique->exportField != rubriques.front()->exportField || !field) {
                return broken(
                    form.schema + QLatin1Char('.') + item.id,
                    MappingText::tr("an item over several rubriques needs exportWhen on one field"));
            }
            for (const QString& value : rubrique->exportValues) {
                if (!taken.insert(value).second) {
                    return broken(form.schema + QLatin1Char('.') + item.id,
                                  MappingText::tr("%1 goes to two rubriques").arg(value));
                }
            }
        }
        if (taken.size() != field->choices.size()) {
            return broken(form.schema + QLatin1Char('.') + item.id,
                          MappingText::tr("some values of %1 go to no rubrique").arg(field->id));
        }
    }
    for (const QString& group : form.groups()) {
        const auto rubriques = form.rubriquesIn(group);
        std::set<QString> items;
        for (const HatvpRubrique* rubrique : rubriques) {
            if (!items.insert(rubrique->item).second) {
                return broken(form.schema + QLatin1Char('.') + group,
                              MappingText::tr("item %1 twice in one rubrique").arg(rubrique->item));
            }
            if (rubriques.size() > 1 && !rubrique->importWhenEmpty) {
                return broken(form.schema + QLatin1Char('.') + group,
                              MappingText::tr("a rubrique holding several items needs importWhen"));
            }
        }
    }
    return success();
}

} // namespace

QStringList HatvpForm::groups() const
{
    QStringList elements;
    for (const HatvpRubrique& rubrique : rubriques) {
        if (!elements.contains(rubrique.element)) {
            elements << rubrique.element;
        }
    }
    return elements;
}

std::vector<const HatvpRubrique*> HatvpForm::rubriquesIn(const QString& element) const
{
    std::vector<const HatvpRubrique*> found;
    for (const HatvpRubrique& rubrique : rubriques) {
        if (rubrique.element == element) {
            found.push_back(&rubrique);
        }
    }
    return found;
}

std::vector<const HatvpRubrique*> HatvpForm::rubriquesFor(const QString& itemId) const
{
    std::vector<const HatvpRubrique*> found;
    for (const HatvpRubrique& rubrique : rubriques) {
        if (rubrique.item == itemId) {
            found.push_back(&rubrique);
        }
    }
    return found;
}

Result<HatvpMapping> HatvpMapping::fromJson(const QByteArray& json, const FormCatalog& catalog)
{
    auto parsed = json::parse(json);
    if (!parsed) {
        return parsed.error();
    }
    const QJsonObject root = parsed->toObject();
    HatvpMapping mapping;
    const QJsonObject ignored = root.value(QLatin1String("ignored")).toObject();
    mapping.m_ignoredDeclaration = readIgnored(ignored.value(QLatin1String("declaration")).toObject());
    mapping.m_ignoredGeneral = readIgnored(ignored.value(QLatin1String("general")).toObject());
    mapping.m_ignoredEntry = readIgnored(ignored.value(QLatin1String("entry")).toObject());
    const QJsonObject motif = ignored.value(QLatin1String("motif")).toObject();
    mapping.m_motifElement = motif.value(QLatin1String("element")).toString();
    mapping.m_expectedMotifs = stringList(motif.value(QLatin1String("expected")));
    mapping.m_motifReason = motif.value(QLatin1String("reason")).toString();
    for (const HatvpIgnored* group :
         {&mapping.m_ignoredDeclaration, &mapping.m_ignoredGeneral, &mapping.m_ignoredEntry}) {
        if (group->reason.isEmpty() || group->elements.isEmpty()) {
            return broken(QStringLiteral("ignored"),
                          MappingText::tr("each group gives its elements and reason"));
        }
    }
    if (mapping.m_motifElement.isEmpty() || mapping.m_motifReason.isEmpty()) {
        return broken(QStringLiteral("ignored.motif"), MappingText::tr("element and reason required"));
    }

    const QJsonObject fileSets = root.value(QLatin1String("fieldSets")).toObject();
    for (const QJsonValue& value : root.value(QLatin1String("forms")).toArray()) {
        const QJsonObject object = value.toObject();
        HatvpForm form;
        form.schema = object.value(QLatin1String("schema")).toString();
        form.definition = catalog.find(form.schema);
        if (!form.definition) {
            return broken(form.schema, MappingText::tr("no such form definition"));
        }
        if (mapping.form(form.schema)) {
            return broken(form.schema, MappingText::tr("mapped twice"));
        }
        const QJsonObject type = object.value(QLatin1String("typeDeclaration")).toObject();
        form.typeId = type.value(QLatin1String("id")).toString();
        form.typeLabel = type.value(QLatin1String("label")).toString();
        if (form.typeId.isEmpty() || form.typeLabel.isEmpty()) {
            return broken(form.schema, MappingText::tr("typeDeclaration needs its id and label"));
        }
        const QJsonObject formSets = object.value(QLatin1String("fieldSets")).toObject();
        const FieldSets sets{&formSets, &fileSets};
        auto header =
            readFields(object.value(QLatin1String("header")).toArray(), form.definition->headerFields(), sets,
                       form.schema + QStringLiteral(".header"));
        if (!header) {
            return header.error();
        }
        form.header = std::move(header).value();
        for (const QJsonValue& rubriqueValue : object.value(QLatin1String("rubriques")).toArray()) {
            auto rubrique = readRubrique(rubriqueValue.toObject(), *form.definition, sets, form.schema);
            if (!rubrique) {
                return rubrique.error();
            }
            form.rubriques.push_back(std::move(rubrique).value());
        }
        const QJsonObject observations = object.value(QLatin1String("observations")).toObject();
        form.observationsElement = observations.value(QLatin1String("element")).toString();
        form.observationsField = observations.value(QLatin1String("field")).toString();
        if (form.observationsElement.isEmpty() || form.observationsField.isEmpty()) {
            return broken(form.schema, MappingText::tr("observations needs its element and field"));
        }
        const QJsonObject notImported = object.value(QLatin1String("notImported")).toObject();
        for (auto entry = notImported.begin(); entry != notImported.end(); ++entry) {
            form.notImported[entry.key()] = entry.value().toString();
        }
        if (Status checked = checkForm(form); !checked) {
            return checked.error();
        }
        mapping.m_forms.push_back(std::move(form));
    }
    if (mapping.m_forms.empty()) {
        return broken(QStringLiteral("forms"), MappingText::tr("no form mapped"));
    }
    return mapping;
}

const HatvpMapping& HatvpMapping::builtIn()
{
    static const HatvpMapping mapping =
        detail::loadBuiltIn<HatvpMapping>(QStringLiteral(":/probitas/data/hatvp-mapping.json"));
    return mapping;
}

const HatvpForm* HatvpMapping::form(const QString& schema) const
{
    for (const HatvpForm& form : m_forms) {
        if (form.schema == schema) {
            return &form;
        }
    }
    return nullptr;
}

} // namespace probitas
