#pragma once

// The CSV files people give Probitas (a roster of magistrates, the parties of a case), as spreadsheets write
// them: RFC 4180 records with either delimiter.

#include <QChar>
#include <QString>
#include <QStringList>
#include <vector>

namespace probitas {

struct CsvRecord
{
    int line = 0; // where the record starts, as a person sees it in an editor
    QStringList fields;
};

struct CsvRecords
{
    std::vector<CsvRecord> records;
    int unclosedQuoteLine = 0; // the line of a quote never closed (then no records), or 0
};

// French spreadsheets write ';', others ',': the one the header line holds more of.
QChar guessCsvDelimiter(const QString& text);

// Quoted fields may hold the delimiter, doubled quotes and line breaks; blank lines are no records.
CsvRecords splitCsvRecords(const QString& text, QChar delimiter);

} // namespace probitas
