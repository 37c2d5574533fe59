#pragma once

#include "DeclarationTypes.h"
#include "FormDefinition.h"
#include "Profile.h"
#include "Result.h"

#include <QByteArray>
#include <QDate>
#include <QJsonObject>
#include <QString>
#include <compare>
#include <map>
#include <optional>
#include <variant>
#include <vector>

namespace probitas {

struct YearMonth
{
    int year = 0;
    int month = 0;
    auto operator<=>(const YearMonth&) const = default;
    QString toString() const; // "2024-09"
    static std::optional<YearMonth> fromString(const QString& text);
};

struct Entry;
using EntryList = std::vector<Entry>;

// One field's value. Which alternative a field holds follows its FieldType: text, multiline and choice are
// QString; year, integer, amount (cents), percent (hundredths) and surface (hundredths of m²) are qint64.
using FieldValue = std::variant<QString, qint64, bool, QDate, YearMonth, EntryList>;

// A value an import could not read, or could not place in the form, kept on the entry it belongs to until the
// declarant deals with it (docs/form-definitions.md, "Notes"). While an entry holds a note the Validator
// refuses the declaration: nothing imported is signed unread.
struct EntryNote
{
    QString field;  // the field the value was meant for; empty when the form has no place for it
    QString value;  // the value as it was read
    QString reason; // why it was not taken as the field's value
    QString source; // where it was read: "hatvp:declaration/immeubleDto/items/items[3]/valeurVenale"
    bool operator==(const EntryNote&) const = default;
};

// One line of an item's table (or the declarant's header): field id -> value. Absent means empty.
struct Entry
{
    std::map<QString, FieldValue> values;
    std::vector<EntryNote> notes;

    bool has(const QString& fieldId) const { return values.count(fieldId) != 0; }
    QString text(const QString& fieldId) const;
    std::optional<qint64> number(const QString& fieldId) const;
    std::optional<bool> flag(const QString& fieldId) const;
    QDate date(const QString& fieldId) const;
    std::optional<YearMonth> month(const QString& fieldId) const;
    const EntryList* list(const QString& fieldId) const;
    bool operator==(const Entry&) const = default;
};

// An item of the declaration: answered "néant", or with at least one entry; absent from the map when
// not answered yet.
struct ItemAnswer
{
    bool neant = false;
    EntryList entries;
    bool operator==(const ItemAnswer&) const = default;
};

struct Declaration
{
    QString schema;
    DeclarationKind kind = DeclarationKind::Interets;
    DeclarationEvent event = DeclarationEvent::Installation;
    Entry declarant;
    // Absent only in a draft that does not know it yet (an imported one): the Validator then refuses it, as
    // the profile decides to whom the declaration goes.
    std::optional<Profile> profile;
    std::map<QString, ItemAnswer> items;
    QString observations;
    QString supersedes;

    const ItemAnswer* answer(const QString& itemId) const;
};

// Reads and writes declaration documents (docs/form-definitions.md). Decoding checks every value against
// the form definition the document names and rejects anything unknown or ill-typed with its exact path,
// e.g. "items.participationsFinancieres[2].capitalDetenu: not a percentage". Rules that need the whole
// declaration (required fields, coherent dates, thresholds) are the Validator's.
class DeclarationCodec
{
public:
    static Result<Declaration> decode(const QByteArray& json,
                                      const FormCatalog& catalog = FormCatalog::builtIn());
    static Result<Declaration> fromJson(const QJsonValue& document,
                                        const FormCatalog& catalog = FormCatalog::builtIn());
    static QJsonObject toJson(const Declaration& declaration);
    // The canonical bytes: what is signed and sealed.
    static QByteArray encode(const Declaration& declaration);
    // One field's value alone, as a document holds it; `path` names it in errors. (The HATVP export carries
    // what the HATVP's format cannot hold as such values.)
    static Result<FieldValue> decodeField(const FieldDefinition& field, const QJsonValue& value,
                                          const QString& path);
    static QJsonValue encodeField(const FieldValue& value);
};

} // namespace probitas
