#pragma once

// The words of a PDF the tests made, read back as a person would read them.
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QString>

namespace probitas::testing {

// The text of the PDF at `path` (poppler's pdftotext, `layout` as laid out or else in reading order), its
// compatibility forms folded (NFKC) and every run of spaces, no-break ones included, made one. The PDF and
// its first page as a PNG at `resolution` dpi are kept in the artefacts folder as `keptPrefix` and its name,
// for people to look at. Empty when pdftotext fails.
inline QString pdfWords(const QString& path, const QString& keptPrefix, bool layout = true,
                        int resolution = 60)
{
    const QString artifacts = qEnvironmentVariable("PROBITAS_TEST_ARTIFACTS", QDir::tempPath());
    QDir().mkpath(artifacts);
    const QString kept = QDir(artifacts).filePath(keptPrefix + QFileInfo(path).fileName());
    QFile::remove(kept);
    QFile::copy(path, kept);
    QProcess::execute(QStringLiteral("pdftoppm"),
                      {QStringLiteral("-png"), QStringLiteral("-r"), QString::number(resolution),
                       QStringLiteral("-f"), QStringLiteral("1"), QStringLiteral("-l"), QStringLiteral("1"),
                       kept, kept.chopped(4)});
    QStringList arguments{path, QStringLiteral("-")};
    if (layout) {
        arguments.prepend(QStringLiteral("-layout"));
    }
    QProcess process;
    process.start(QStringLiteral("pdftotext"), arguments);
    if (!process.waitForFinished(30000) || process.exitCode() != 0) {
        return QString();
    }
    return QString::fromUtf8(process.readAllStandardOutput())
        .normalized(QString::NormalizationForm_KC)
        .replace(QChar(0x00A0), QLatin1Char(' '))
        .replace(QChar(0x202F), QLatin1Char(' '))
        .simplified();
}

} // namespace probitas::testing
