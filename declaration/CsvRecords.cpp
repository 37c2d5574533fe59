#include "CsvRecords.h"

namespace probitas {

QChar guessCsvDelimiter(const QString& text)
{
    const QString header = text.section(QLatin1Char('\n'), 0, 0);
    return header.count(QLatin1Char(';')) >= header.count(QLatin1Char(',')) ? QLatin1Char(';')
                                                                            : QLatin1Char(',');
}

CsvRecords splitCsvRecords(const QString& text, QChar delimiter)
{
    CsvRecords result;
    CsvRecord current;
    QString field;
    bool quoted = false;
    bool fieldStarted = false;
    int line = 1;
    current.line = 1;
    auto endField = [&] {
        current.fields << field;
        field.clear();
        fieldStarted = false;
    };
    auto endRecord = [&] {
        endField();
        // A blank line is no record.
        if (!(current.fields.size() == 1 && current.fields.first().trimmed().isEmpty())) {
            result.records.push_back(current);
        }
        current = CsvRecord{};
        current.line = line;
    };
    for (qsizetype index = 0; index < text.size(); ++index) {
        const QChar c = text.at(index);
        if (quoted) {
            if (c == QLatin1Char('"')) {
                if (index + 1 < text.size() && text.at(index + 1) == QLatin1Char('"')) {
                    field += c;
                    ++index;
                } else {
                    quoted = false;
                }
            } else {
                if (c == QLatin1Char('\n')) {
                    ++line;
                }
                field += c;
            }
            continue;
        }
        if (c == QLatin1Char('"') && !fieldStarted && field.trimmed().isEmpty()) {
            quoted = true;
            fieldStarted = true;
            field.clear();
        } else if (c == delimiter) {
            endField();
        } else if (c == QLatin1Char('\r')) {
            continue;
        } else if (c == QLatin1Char('\n')) {
            ++line;
            endRecord();
        } else {
            field += c;
            if (!c.isSpace()) {
                fieldStarted = true;
            }
        }
    }
    if (quoted) {
        return CsvRecords{{}, current.line};
    }
    endRecord();
    return result;
}

} // namespace probitas
