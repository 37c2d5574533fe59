#pragma once

#include "Jurisdictions.h"
#include "Obligations.h"
#include "Profile.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <vector>

namespace probitas {

// One magistrate of an imported roster: what the obligations need, and the line it came from.
struct RosterEntry
{
    int line = 0; // 1-based line of the file where the row starts
    QString name; // as the store's directory spells it, e.g. "Hélène Durand-Lefèvre"
    Profile profile;
};

struct RosterProblem
{
    int line = 0; // 1-based; the header is line 1
    QString reason;
};

// The outcome of reading a roster: every row, or none. When one row is bad, `entries` is empty and
// `problems` names every bad line with its reason.
struct RosterImport
{
    std::vector<RosterEntry> entries;
    std::vector<RosterProblem> problems;

    bool accepted() const { return problems.empty(); }
};

// The list of magistrates a chef de juridiction (or the HATVP) imports into the compliance dashboard, as
// CSV (docs/compliance.md): a header line naming the columns, in any order, separated by ';' or ','
// (detected from the header), UTF-8 with or without BOM, RFC 4180 quotes. Columns: name, status, formation,
// court_type, court_seat, rank, installed_on and optionally ceased_on, last_dsp_on, changed_on. Dates are
// YYYY-MM-DD or DD/MM/YYYY. Each row must make a profile the obligation rules accept; when
// `authorityId` is not empty, at least one of its declarations must be filed to that authority.
class Roster
{
    Q_DECLARE_TR_FUNCTIONS(Roster)

public:
    static constexpr qsizetype kMaximumBytes = 4 * 1024 * 1024;

    static QStringList columns();
    // `regime`: the store's (store::DirectoryView::regime); empty: the rules' default.
    static RosterImport parse(const QByteArray& csv, const QString& authorityId = {},
                              const QString& regime = {},
                              const ObligationRules& rules = ObligationRules::builtIn(),
                              const JurisdictionDirectory& directory = JurisdictionDirectory::builtIn());
};

} // namespace probitas
