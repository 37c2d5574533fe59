#include "Roster.h"

#include "CsvRecords.h"
#include "ShownInput.h"
#include "TextFolding.h"

#include <QDate>
#include <QJsonObject>
#include <QRegularExpression>
#include <map>

namespace probitas {

namespace {

// "15/01/2026" -> "2026-01-15"; anything else is left for the profile's reader to judge.
QString isoDate(const QString& text)
{
    static const QRegularExpression french(QStringLiteral("^(\\d{1,2})/(\\d{1,2})/(\\d{4})$"));
    const QRegularExpressionMatch match = french.match(text);
    if (!match.hasMatch()) {
        return text;
    }
    const QDate date(match.captured(3).toInt(), match.captured(2).toInt(), match.captured(1).toInt());
    return date.isValid() ? date.toString(Qt::ISODate) : text;
}

// The profile reader names JSON paths; a roster speaks of its columns.
QString columnMessage(QString message)
{
    message.replace(QStringLiteral("row.court.type"), QStringLiteral("court_type"));
    message.replace(QStringLiteral("row.court.seat"), QStringLiteral("court_seat"));
    message.replace(QStringLiteral("row.court"), QStringLiteral("court_type, court_seat"));
    message.replace(QStringLiteral("row."), QString());
    return message;
}

} // namespace

QStringList Roster::columns()
{
    return {QStringLiteral("name"),         QStringLiteral("status"),     QStringLiteral("formation"),
            QStringLiteral("court_type"),   QStringLiteral("court_seat"), QStringLiteral("rank"),
            QStringLiteral("installed_on"), QStringLiteral("ceased_on"),  QStringLiteral("last_dsp_on"),
            QStringLiteral("changed_on")};
}

RosterImport Roster::parse(const QByteArray& csv, const QString& authorityId, const QString& regime,
                           const ObligationRules& rules, const JurisdictionDirectory& directory)
{
    RosterImport result;
    if (csv.size() > kMaximumBytes) {
        result.problems.push_back(
            {0, tr("the file is larger than %1 MB: not a roster").arg(kMaximumBytes / (1024 * 1024))});
        return result;
    }
    QByteArray bytes = csv;
    if (bytes.startsWith("\xEF\xBB\xBF")) {
        bytes.remove(0, 3);
    }
    const QString text = QString::fromUtf8(bytes);
    if (text.contains(QChar::ReplacementCharacter)) {
        result.problems.push_back({0, tr("the file is not UTF-8 text")});
        return result;
    }
    const QChar delimiter = guessCsvDelimiter(text);
    CsvRecords split = splitCsvRecords(text, delimiter);
    if (split.unclosedQuoteLine != 0) {
        result.problems.push_back({split.unclosedQuoteLine, tr("a quoted field is never closed")});
        return result;
    }
    const std::vector<CsvRecord>& records = split.records;
    if (records.empty()) {
        result.problems.push_back({1, tr("the file is empty: a header line is expected")});
        return result;
    }

    // The header: known columns, each once, the required ones present.
    const CsvRecord& head = records.front();
    std::map<QString, int> index;
    const QStringList known = columns();
    const QStringList required{QStringLiteral("name"), QStringLiteral("status"), QStringLiteral("court_type"),
                               QStringLiteral("court_seat"), QStringLiteral("installed_on")};
    for (int column = 0; column < head.fields.size(); ++column) {
        const QString name = head.fields.at(column).trimmed().toLower();
        if (!known.contains(name)) {
            result.problems.push_back(
                {head.line, tr("unknown column \"%1\" (expected: %2)")
                                .arg(shownInput(name), known.join(QStringLiteral(", ")))});
        } else if (index.count(name)) {
            result.problems.push_back({head.line, tr("the column \"%1\" appears twice").arg(name)});
        } else {
            index[name] = column;
        }
    }
    for (const QString& name : required) {
        if (!index.count(name)) {
            result.problems.push_back({head.line, tr("the column \"%1\" is missing").arg(name)});
        }
    }
    if (!result.problems.empty()) {
        return result;
    }

    std::map<QString, int> seen; // folded name -> line
    std::vector<RosterEntry> entries;
    for (std::size_t recordIndex = 1; recordIndex < records.size(); ++recordIndex) {
        const CsvRecord& record = records[recordIndex];
        auto problem = [&](const QString& reason) { result.problems.push_back({record.line, reason}); };
        if (record.fields.size() != head.fields.size()) {
            problem(
                tr("%1 fields where the header has %2").arg(record.fields.size()).arg(head.fields.size()));
            continue;
        }
        auto value = [&](const char* column) {
            const auto found = index.find(QLatin1String(column));
            return found == index.end() ? QString() : record.fields.at(found->second).trimmed();
        };
        const QString name = value("name").simplified();
        if (name.isEmpty()) {
            problem(tr("name: missing"));
            continue;
        }
        // A name is shown on screens, printed and exported: nothing in it may drive a terminal.
        if (const auto control = forbiddenControlCharacter(name)) {
            problem(tr("name: holds a control character (%1), which no name may hold")
                        .arg(escapedCharacter(*control)));
            continue;
        }
        const QString key = text::fold(name);
        if (const auto earlier = seen.find(key); earlier != seen.end()) {
            problem(tr("%1 is already on line %2").arg(shownInput(name)).arg(earlier->second));
            continue;
        }
        seen[key] = record.line;

        QJsonObject json;
        json.insert(QStringLiteral("status"), value("status"));
        QString badDate;
        for (const char* column : {"installed_on", "ceased_on", "last_dsp_on", "changed_on"}) {
            if (const QString date = value(column); !date.isEmpty()) {
                const QString iso = isoDate(date);
                if (!QDate::fromString(iso, Qt::ISODate).isValid() && badDate.isEmpty()) {
                    badDate = tr("%1: \"%2\" is not a date (YYYY-MM-DD or DD/MM/YYYY)")
                                  .arg(QLatin1String(column), shownInput(date));
                }
                json.insert(QLatin1String(column), iso);
            }
        }
        if (!badDate.isEmpty()) {
            problem(badDate);
            continue;
        }
        if (const QString formation = value("formation"); !formation.isEmpty()) {
            json.insert(QStringLiteral("formation"), formation);
        }
        if (const QString rank = value("rank"); !rank.isEmpty()) {
            json.insert(QStringLiteral("rank"), rank);
        }
        // A member of the Conseil constitutionnel has no court: both cells empty.
        if (!value("court_type").isEmpty() || !value("court_seat").isEmpty()) {
            QJsonObject court{{QStringLiteral("type"), value("court_type")}};
            if (const QString seat = value("court_seat"); !seat.isEmpty()) {
                court.insert(QStringLiteral("seat"), seat);
            }
            json.insert(QStringLiteral("court"), court);
        }
        auto profile = Profile::fromJson(json, QStringLiteral("row"));
        if (!profile) {
            problem(columnMessage(profile.error().message));
            continue;
        }
        auto obligations =
            rules.compute(*profile, directory, regime.isEmpty() ? rules.defaultRegime() : regime);
        if (!obligations) {
            problem(columnMessage(obligations.error().message));
            continue;
        }
        if (!authorityId.isEmpty()) {
            QStringList elsewhere;
            bool routed = false;
            for (const Obligation& obligation : obligations->obligations) {
                routed = routed || obligation.recipients.contains(authorityId);
                for (const QString& recipient : obligation.recipients) {
                    const QString label = authorityLabel(recipient, directory);
                    if (!elsewhere.contains(label)) {
                        elsewhere << label;
                    }
                }
            }
            if (!routed) {
                problem(elsewhere.isEmpty()
                            ? tr("this magistrate owes no declaration at present")
                            : tr("this magistrate's declarations go elsewhere (%1), not to this authority")
                                  .arg(elsewhere.join(QStringLiteral("; "))));
                continue;
            }
        }
        entries.push_back({record.line, name, *profile});
    }
    if (records.size() == 1) {
        result.problems.push_back({head.line, tr("the roster lists no magistrate")});
    }
    if (result.problems.empty()) {
        result.entries = std::move(entries);
    }
    return result;
}

} // namespace probitas
