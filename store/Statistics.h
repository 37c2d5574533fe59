#pragma once

#include "AuditChain.h"
#include "Identity.h"
#include "Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

namespace probitas::store {

class Store;
struct Person;
struct DeclarationRecord;

// One line of the anonymised statistics: a jurisdiction and a year. Each figure is as published: a number,
// or kSmallCell's marker when withheld (see Statistics::note()).
struct StatisticsRow
{
    QString jurisdiction;     // the court id of the declarants' profiles ("tj-nanterre"), or "csm"
    QString jurisdictionName; // "tribunal judiciaire de Nanterre"
    int year = 0;
    // Declarations owed (ObligationRules on each profile) whose deadline falls in that year, and what
    // became of them; a declaration filed after its deadline is late, one not filed is missing once its
    // deadline has passed and not yet due before.
    QString due, filedOnTime, filedLate, missing, notYetDue;
    // Audit entries of that year about the jurisdiction's magistrates (actions::EntretienRecord,
    // AvisRequest).
    QString entretiens, avisRequested;
    // Acts of the HATVP's controls of their DSPs (actions::ControlActs: requests, answers, injonctions, tax
    // returns requests, conclusions).
    QString controlActs;
};

// The anonymised statistics for the CSM's veille déontologique: counts per jurisdiction and year, with no
// names and no ids. A figure that concerns fewer than kMinimumMagistrates magistrates is withheld as "<3";
// where a single withheld figure could be recomputed from its line's total, the smallest other figure of
// that total is withheld too ("s").
struct Statistics
{
    Q_DECLARE_TR_FUNCTIONS(Statistics)

public:
    static constexpr int kMinimumMagistrates = 3;
    static QString smallCell() { return QStringLiteral("<3"); }
    static QString secondary() { return QStringLiteral("s"); }

    QDateTime generatedAt;
    QList<StatisticsRow> rows; // by jurisdiction id, then year

    // What the figures are and why some are withheld, for the people who read the export.
    static QString note();
    QByteArray toCsv() const;
    QByteArray toJson() const;
};

// Pure: from the directory (each declarant's latest profile), the declarations' metadata and the audit
// trail, as of `now`, the obligations computed under `regime` (the store's: DirectoryView::regime).
Statistics computeStatistics(const QList<Person>& people, const QList<DeclarationRecord>& declarations,
                             const QList<AuditEntry>& trail, const QDateTime& now, const QString& regime);

// As an identity the access policy lets read the whole trail (the auditor, the administrator); anyone
// else is refused (exit 3, audited). The time is probitas::Clock.
Result<Statistics> statistics(Store& store, const crypto::Identity& identity);

} // namespace probitas::store
