#pragma once

#include "Declaration.h"
#include "FormDefinition.h"
#include "Jurisdictions.h"
#include "OpinionGuard.h"

#include <QDate>
#include <QList>
#include <QString>

namespace probitas {

enum class Severity { Error, Warning };

struct ValidationIssue
{
    Severity severity = Severity::Error;
    QString path;    // "items.participationsFinancieres[2].capitalDetenu", "declarant.nom"
    QString code;    // stable id: "required", "not-answered", "dates", "threshold", "art-7-2-III", ...
    QString message; // for people, translated
};

struct ValidationReport
{
    QList<ValidationIssue> issues;

    bool hasErrors() const;
    int count(Severity severity) const;
    QList<ValidationIssue> at(const QString& path) const;
};

// The rules a declaration must meet before it is signed: every item answered (an entry or "néant"),
// required fields, coherent dates, amounts and percentages, the 10 000 € threshold of DSP 5°, and the
// art. 7-2 III guard (a warning, never a blocking error: the magistrate decides).
class Validator
{
public:
    explicit Validator(const FormDefinition& definition,
                       const JurisdictionDirectory& directory = JurisdictionDirectory::builtIn(),
                       const OpinionGuard& guard = OpinionGuard::builtIn());

    ValidationReport validate(const Declaration& declaration) const;
    // One entry of an item, as the entry dialog checks it before it closes.
    QList<ValidationIssue> validateEntry(const ItemDefinition& item, const Entry& entry,
                                         const QString& path) const;

private:
    // `today` is read once per validation: Clock::today() asks the system for its time zone each time, which
    // was a tenth of the cost of filing a DI with a few dozen dated entries.
    QList<ValidationIssue> validateEntry(const ItemDefinition& item, const Entry& entry, const QString& path,
                                         const QDate& today) const;
    void checkHeader(const Declaration& declaration, const QDate& today,
                     QList<ValidationIssue>& issues) const;
    void checkFields(const std::vector<FieldDefinition>& fields, const Entry& entry, const QString& path,
                     const QDate& today, QList<ValidationIssue>& issues) const;
    void checkGuard(const std::vector<FieldDefinition>& fields, const Entry& entry, const QString& path,
                    QList<ValidationIssue>& issues) const;

    const FormDefinition& m_definition;
    const JurisdictionDirectory& m_directory;
    const OpinionGuard& m_guard;
};

// The art. 7-2 III warning for one mention, quoting the article.
QString opinionWarning(const OpinionMention& mention);

} // namespace probitas
