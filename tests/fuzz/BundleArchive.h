#pragma once

// The fuzz input of the bundle target (fuzz_bundle.cpp), and what make_seeds writes of a real bundle: the
// bundle's files one after the other, each introduced by a line "== PATH". Plain text, so that libFuzzer's
// mutations of one file leave the others whole; a file's bytes must not hold "\n== ".

#include <QByteArray>
#include <QString>
#include <utility>
#include <vector>

namespace probitas::fuzz {

using ArchiveFile = std::pair<QString, QByteArray>;

inline std::vector<ArchiveFile> splitArchive(const QByteArray& archive)
{
    std::vector<ArchiveFile> files;
    const QByteArray marker("== ");
    qsizetype start = archive.startsWith(marker) ? 0 : archive.indexOf("\n" + marker);
    if (start > 0) {
        ++start;
    }
    while (start >= 0 && start < archive.size()) {
        const qsizetype pathEnd = archive.indexOf('\n', start);
        const qsizetype next = pathEnd < 0 ? -1 : archive.indexOf("\n" + marker, pathEnd);
        const QString path = QString::fromUtf8(archive.mid(
            start + marker.size(), (pathEnd < 0 ? archive.size() : pathEnd) - start - marker.size()));
        const QByteArray content =
            pathEnd < 0 ? QByteArray()
                        : archive.mid(pathEnd + 1, (next < 0 ? archive.size() : next) - pathEnd - 1);
        files.emplace_back(path, content);
        start = next < 0 ? -1 : next + 1;
    }
    return files;
}

inline QByteArray joinArchive(const std::vector<ArchiveFile>& files)
{
    QByteArray archive;
    for (const auto& [path, content] : files) {
        if (!archive.isEmpty()) {
            archive += '\n';
        }
        archive += "== " + path.toUtf8() + '\n' + content;
    }
    return archive;
}

} // namespace probitas::fuzz
