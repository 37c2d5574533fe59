#include "Validator.h"

#include "Clock.h"
#include "Quantities.h"
#include "ShownInput.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace probitas {

namespace {

struct ValidationText
{
    Q_DECLARE_TR_FUNCTIONS(ValidationText)
};

ValidationIssue error(const QString& path, const QString& code, const QString& message)
{
    return {Severity::Error, path, code, message};
}

ValidationIssue warning(const QString& path, const QString& code, const QString& message)
{
    return {Severity::Warning, path, code, message};
}

// A field exists in an entry only when its visibleWhen condition holds.
bool isVisible(const FieldDefinition& field, const Entry& entry)
{
    return field.visibleWhenField.isEmpty() ||
           field.visibleWhenValues.contains(entry.text(field.visibleWhenField));
}

// Orders two values of the same date-like type; nullopt when either is missing.
std::optional<int> compareDates(const Entry& entry, const FieldDefinition& field, const QString& otherId)
{
    switch (field.type) {
    case FieldType::Date: {
        const QDate mine = entry.date(field.id);
        const QDate other = entry.date(otherId);
        if (!mine.isValid() || !other.isValid()) {
            return std::nullopt;
        }
        return mine < other ? -1 : (mine == other ? 0 : 1);
    }
    case FieldType::Month: {
        const auto mine = entry.month(field.id);
        const auto other = entry.month(otherId);
        if (!mine || !other) {
            return std::nullopt;
        }
        return *mine < *other ? -1 : (*mine == *other ? 0 : 1);
    }
    case FieldType::Year: {
        const auto mine = entry.number(field.id);
        const auto other = entry.number(otherId);
        if (!mine || !other) {
            return std::nullopt;
        }
        return *mine < *other ? -1 : (*mine == *other ? 0 : 1);
    }
    default:
        return std::nullopt;
    }
}

} // namespace

bool ValidationReport::hasErrors() const
{
    return count(Severity::Error) > 0;
}

int ValidationReport::count(Severity severity) const
{
    return int(std::count_if(issues.begin(), issues.end(), [severity](const ValidationIssue& issue) {
        return issue.severity == severity;
    }));
}

QList<ValidationIssue> ValidationReport::at(const QString& path) const
{
    QList<ValidationIssue> found;
    for (const ValidationIssue& issue : issues) {
        if (issue.path == path) {
            found << issue;
        }
    }
    return found;
}

QString opinionWarning(const OpinionMention& mention)
{
    return ValidationText::tr("\"%1\" may reveal %2. %3 (%4). Unless it declares a function or mandate held "
                              "publicly, remove this mention.")
        .arg(mention.term, mention.categoryLabel, OpinionGuard::articleText(),
             OpinionGuard::articleReference());
}

Validator::Validator(const FormDefinition& definition, const JurisdictionDirectory& directory,
                     const OpinionGuard& guard)
    : m_definition(definition)
    , m_directory(directory)
    , m_guard(guard)
{}

ValidationReport Validator::validate(const Declaration& declaration) const
{
    ValidationReport report;
    QList<ValidationIssue>& issues = report.issues;

    if (declaration.kind == DeclarationKind::Interets && declaration.event == DeclarationEvent::Cessation) {
        issues << error(
            QStringLiteral("event"), QStringLiteral("event"),
            ValidationText::tr("a declaration of interests is made at installation or after a change, "
                               "not at the end of functions"));
    }
    if (declaration.kind == DeclarationKind::Patrimoine &&
        declaration.event == DeclarationEvent::ModificationApresEntretien) {
        issues << error(
            QStringLiteral("event"), QStringLiteral("event"),
            ValidationText::tr("the ethics interview concerns the declaration of interests only"));
    }

    const QDate today = Clock::today();
    checkHeader(declaration, today, issues);

    for (const ItemDefinition& item : m_definition.items()) {
        const QString itemPath = QStringLiteral("items.") + item.id;
        const ItemAnswer* answer = declaration.answer(item.id);
        if (!item.appliesTo(declaration.event)) {
            if (answer) {
                issues << error(
                    itemPath, QStringLiteral("not-in-event"),
                    ValidationText::tr("%1 %2 belongs only to another kind of declaration (not %3)")
                        .arg(item.number, item.title.text(), eventLabel(declaration.event)));
            }
            continue;
        }
        if (!answer || (!answer->neant && answer->entries.empty())) {
            issues << error(
                itemPath, QStringLiteral("not-answered"),
                ValidationText::tr("%1 %2: not answered. Add what you hold, or state \"Néant\": the "
                                   "declaration must be exhaustive")
                    .arg(item.number, item.title.text()));
            continue;
        }
        for (std::size_t index = 0; index < answer->entries.size(); ++index) {
            const QString entryPath = QStringLiteral("%1[%2]").arg(itemPath).arg(index);
            issues << validateEntry(item, answer->entries[index], entryPath, today);
        }
    }

    if (declaration.kind == DeclarationKind::Interets) {
        for (const OpinionMention& mention : m_guard.scan(declaration.observations)) {
            issues << warning(QStringLiteral("observations"), QStringLiteral("art-7-2-III"),
                              opinionWarning(mention));
        }
    }
    return report;
}

void Validator::checkHeader(const Declaration& declaration, const QDate& today,
                            QList<ValidationIssue>& issues) const
{
    checkFields(m_definition.headerFields(), declaration.declarant, QStringLiteral("declarant"), today,
                issues);

    const QDate birth = declaration.declarant.date(QStringLiteral("dateNaissance"));
    const QDate installation = declaration.declarant.date(QStringLiteral("dateInstallation"));
    if (birth.isValid() && birth > today) {
        issues << error(QStringLiteral("declarant.dateNaissance"), QStringLiteral("dates"),
                        ValidationText::tr("the date of birth is in the future"));
    }
    if (birth.isValid() && installation.isValid() && birth.addYears(18) > installation) {
        issues << error(QStringLiteral("declarant.dateInstallation"), QStringLiteral("dates"),
                        ValidationText::tr("the installation precedes the declarant's eighteenth birthday"));
    }
    if (installation.isValid() && declaration.profile && declaration.profile->installedOn.isValid() &&
        installation != declaration.profile->installedOn) {
        issues << warning(
            QStringLiteral("declarant.dateInstallation"), QStringLiteral("dates"),
            ValidationText::tr("differs from the installation date of the profile (%1)")
                .arg(QLocale().toString(declaration.profile->installedOn, QLocale::LongFormat)));
    }
    const QString email = declaration.declarant.text(QStringLiteral("courriel"));
    static const QRegularExpression emailShape(QStringLiteral("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$"));
    if (!email.isEmpty() && !emailShape.match(email).hasMatch()) {
        issues << error(QStringLiteral("declarant.courriel"), QStringLiteral("format"),
                        ValidationText::tr("not an e-mail address"));
    }
    if (!declaration.profile) {
        issues << error(QStringLiteral("profile"), QStringLiteral("required"),
                        ValidationText::tr("the magistrate's situation (status, court, rank, installation "
                                           "date) is missing: it decides to whom the declaration goes"));
    } else if (declaration.profile->servesInACourt()) {
        auto court = declaration.profile->resolveCourt(m_directory);
        if (!court) {
            issues << error(QStringLiteral("profile.court"), QStringLiteral("court.unknown"),
                            court.error().message);
        }
    }
}

QList<ValidationIssue> Validator::validateEntry(const ItemDefinition& item, const Entry& entry,
                                                const QString& path) const
{
    return validateEntry(item, entry, path, Clock::today());
}

QList<ValidationIssue> Validator::validateEntry(const ItemDefinition& item, const Entry& entry,
                                                const QString& path, const QDate& today) const
{
    QList<ValidationIssue> issues;
    checkFields(item.fields, entry, path, today, issues);

    if (!item.thresholdField.isEmpty()) {
        const auto value = entry.number(item.thresholdField);
        if (value && *value < item.thresholdMinimum) {
            const FieldDefinition* field = item.findField(item.thresholdField);
            issues << error(path + QLatin1Char('.') + item.thresholdField, QStringLiteral("threshold"),
                            ValidationText::tr("%1: only goods worth %2 or more, per item or collection, are "
                                               "declared here (%3)")
                                .arg(field ? field->label.text() : item.thresholdField,
                                     formatEuros(item.thresholdMinimum), item.article));
        }
    }

    if (m_definition.kind() == DeclarationKind::Interets && item.guardChecked) {
        const bool heldPublicly =
            !item.publicFunctionField.isEmpty() && entry.flag(item.publicFunctionField).value_or(false);
        if (!heldPublicly) {
            checkGuard(item.fields, entry, path, issues);
        }
    }
    return issues;
}

void Validator::checkFields(const std::vector<FieldDefinition>& fields, const Entry& entry,
                            const QString& path, const QDate& today, QList<ValidationIssue>& issues) const
{
    for (const EntryNote& note : entry.notes) {
        issues << error(note.field.isEmpty() ? path : path + QLatin1Char('.') + note.field,
                        QStringLiteral("import-note"),
                        ValidationText::tr("an imported value awaits you: \"%1\" (%2). Enter it where it "
                                           "belongs, if anywhere, then remove the note")
                            .arg(shownInput(note.value), shownInput(note.reason)));
    }
    for (const FieldDefinition& field : fields) {
        const QString fieldPath = path + QLatin1Char('.') + field.id;
        const bool visible = isVisible(field, entry);
        if (!visible) {
            if (entry.has(field.id)) {
                issues << error(
                    fieldPath, QStringLiteral("hidden"),
                    ValidationText::tr("%1 does not apply to this kind of entry").arg(field.label.text()));
            }
            continue;
        }
        const bool blankText = (field.type == FieldType::Text || field.type == FieldType::Multiline) &&
                               entry.text(field.id).trimmed().isEmpty();
        if (!entry.has(field.id) || blankText) {
            if (field.required) {
                issues << error(fieldPath, QStringLiteral("required"),
                                ValidationText::tr("%1 is required").arg(field.label.text()));
            }
            continue;
        }
        if (field.type == FieldType::Text || field.type == FieldType::Multiline) {
            // Text is read on screens, printed and exported: nothing in it may drive a terminal or cut a
            // string short (a NUL, an ESC, a BEL), only a newline or a tab.
            if (const auto control = forbiddenControlCharacter(entry.text(field.id))) {
                issues << error(
                    fieldPath, QStringLiteral("control-character"),
                    ValidationText::tr("%1 holds a control character (%2), which no text may hold")
                        .arg(field.label.text(), escapedCharacter(*control)));
            }
        }
        if (const auto number = entry.number(field.id)) {
            if (field.minimum && *number < *field.minimum) {
                const QString bound = field.type == FieldType::Amount ? formatEuros(*field.minimum)
                                                                      : QString::number(*field.minimum);
                issues << error(fieldPath, QStringLiteral("range"),
                                ValidationText::tr("%1 may not be below %2").arg(field.label.text(), bound));
            }
            if (field.maximum && *number > *field.maximum) {
                issues << error(
                    fieldPath, QStringLiteral("range"),
                    ValidationText::tr("%1 may not exceed %2").arg(field.label.text()).arg(*field.maximum));
            }
        }
        if (field.type == FieldType::Year || field.type == FieldType::Date ||
            field.type == FieldType::Month) {
            const bool future = (field.type == FieldType::Date && entry.date(field.id) > today) ||
                                (field.type == FieldType::Month &&
                                 *entry.month(field.id) > YearMonth{today.year(), today.month()}) ||
                                (field.type == FieldType::Year && *entry.number(field.id) > today.year());
            if (future && field.notBefore.isEmpty()) {
                issues << warning(fieldPath, QStringLiteral("dates"),
                                  ValidationText::tr("%1 is in the future").arg(field.label.text()));
            }
        }
        if (!field.notBefore.isEmpty()) {
            const auto order = compareDates(entry, field, field.notBefore);
            if (order && *order < 0) {
                const auto other =
                    std::find_if(fields.begin(), fields.end(),
                                 [&field](const FieldDefinition& f) { return f.id == field.notBefore; });
                issues << error(fieldPath, QStringLiteral("dates"),
                                ValidationText::tr("%1 precedes %2")
                                    .arg(field.label.text(),
                                         other != fields.end() ? other->label.text() : field.notBefore));
            }
        }
        if (field.type == FieldType::List) {
            const EntryList* list = entry.list(field.id);
            for (std::size_t index = 0; list && index < list->size(); ++index) {
                checkFields(field.fields, (*list)[index], QStringLiteral("%1[%2]").arg(fieldPath).arg(index),
                            today, issues);
            }
        }
    }
}

void Validator::checkGuard(const std::vector<FieldDefinition>& fields, const Entry& entry,
                           const QString& path, QList<ValidationIssue>& issues) const
{
    for (const FieldDefinition& field : fields) {
        const QString fieldPath = path + QLatin1Char('.') + field.id;
        if (field.type == FieldType::Text || field.type == FieldType::Multiline) {
            for (const OpinionMention& mention : m_guard.scan(entry.text(field.id))) {
                issues << warning(fieldPath, QStringLiteral("art-7-2-III"), opinionWarning(mention));
            }
        } else if (field.type == FieldType::List) {
            const EntryList* list = entry.list(field.id);
            for (std::size_t index = 0; list && index < list->size(); ++index) {
                checkGuard(field.fields, (*list)[index], QStringLiteral("%1[%2]").arg(fieldPath).arg(index),
                           issues);
            }
        }
    }
}

} // namespace probitas
