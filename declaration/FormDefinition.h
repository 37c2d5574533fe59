#pragma once

#include "DeclarationTypes.h"
#include "Result.h"

#include <QByteArray>
#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>
#include <map>
#include <memory>
#include <optional>
#include <vector>

namespace probitas {

// Text in the product's language with its English translation, as the form definitions carry it.
struct LocalizedText
{
    QString french;
    QString english;

    // French unless the application's translation is English (see Localization).
    QString text() const;
    bool isEmpty() const { return french.isEmpty() && english.isEmpty(); }
};

enum class FieldType {
    Text,
    Multiline,
    Date,
    Month,
    Year,
    Integer,
    Amount,
    Percent,
    Surface,
    Choice,
    Boolean,
    List
};

QString fieldTypeName(FieldType type);

struct Choice
{
    QString id;
    LocalizedText label;
};

struct FieldDefinition
{
    QString id;
    FieldType type = FieldType::Text;
    LocalizedText label;
    LocalizedText help;
    bool required = false;
    int maxLength = 0;                   // Text and Multiline
    std::optional<qint64> minimum;       // Integer, Amount, Year (Amount defaults to 0)
    std::optional<qint64> maximum;       // Integer, Year
    QString choiceListId;                // Choice
    std::vector<Choice> choices;         // Choice: resolved from the definition's choice lists
    std::vector<FieldDefinition> fields; // List: the sub-entry's fields
    QString visibleWhenField;            // exists only when that choice field...
    QStringList visibleWhenValues;       // ...has one of these values
    QString notBefore;                   // may not precede this other field of the same entry

    const Choice* findChoice(const QString& choiceId) const;
    const FieldDefinition* findField(const QString& fieldId) const; // List only
};

// A field of an item whose value names someone a case's parties may be (art. 7-1's conflicts of interest): an
// employer, a company, a body, a spouse. `as` says what that someone is to the declarant, for the screening.
struct ScreenedField
{
    QString field;
    LocalizedText as;
};

struct ItemDefinition
{
    QString id;
    QString number;  // "5°"
    QString article; // "art. 7-2, III, 5°"
    LocalizedText title;
    QString law;
    LocalizedText help;
    QList<DeclarationEvent> events; // the events whose declaration contains the item
    std::vector<FieldDefinition> fields;
    QStringList columns;
    bool guardChecked = false; // DI: the art. 7-2 III guard searches this item's free text
    QString publicFunctionField;
    QString valueField;
    QString ownershipField;
    QString thresholdField;
    qint64 thresholdMinimum = 0;
    bool liability = false;
    std::vector<ScreenedField> screened; // DI: text fields a case's parties are screened against

    bool appliesTo(DeclarationEvent event) const { return events.contains(event); }
    const FieldDefinition* findField(const QString& fieldId) const;
};

// One version of one kind of declaration, loaded from declaration/forms/*.json.
class FormDefinition
{
public:
    static Result<FormDefinition> fromJson(const QByteArray& json);

    const QString& schema() const { return m_schema; }
    DeclarationKind kind() const { return m_kind; }
    const LocalizedText& title() const { return m_title; }
    const QString& basis() const { return m_basis; }
    QDate validFrom() const { return m_validFrom; }
    const std::vector<FieldDefinition>& headerFields() const { return m_headerFields; }
    const std::vector<ItemDefinition>& items() const { return m_items; }
    std::vector<const ItemDefinition*> itemsFor(DeclarationEvent event) const;
    const ItemDefinition* findItem(const QString& itemId) const;
    const FieldDefinition* findHeaderField(const QString& fieldId) const;
    const LocalizedText& attestation() const { return m_attestation; }
    const QString& penaltyArticle() const { return m_penaltyArticle; }
    const LocalizedText& penalty() const { return m_penalty; }

private:
    QString m_schema;
    DeclarationKind m_kind = DeclarationKind::Interets;
    LocalizedText m_title;
    QString m_basis;
    QDate m_validFrom;
    std::vector<FieldDefinition> m_headerFields;
    std::vector<ItemDefinition> m_items;
    LocalizedText m_attestation;
    QString m_penaltyArticle;
    LocalizedText m_penalty;
};

// Every form definition the program knows, by schema id. Old versions stay so old documents stay readable.
class FormCatalog
{
public:
    // The definitions compiled into the program (declaration/forms).
    static const FormCatalog& builtIn();

    Status add(const QByteArray& definitionJson);
    const FormDefinition* find(const QString& schema) const;
    // The newest definition of a kind in force on `date`: what a new declaration is made with.
    const FormDefinition* current(DeclarationKind kind, QDate date) const;
    QStringList schemas() const;

private:
    std::map<QString, std::shared_ptr<const FormDefinition>> m_definitions;
};

} // namespace probitas
