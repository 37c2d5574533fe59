#pragma once

// Forging an auditor's bundle by hand, as an attacker would (issue 12, attack 4): edit its files, rewrite
// the trail and re-chain it, sign again what the keys one holds can sign, list every file again and sign the
// manifest. Shared by tst_audit_bundle and tst_store_cli.

#include "AuditChain.h"
#include "Identity.h"
#include "Signature.h"

#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <functional>
#include <vector>

namespace probitas::store::testing::forgery {

inline QByteArray fileBytes(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

inline bool putFile(const QString& path, const QByteArray& bytes)
{
    QFile file(path);
    return QDir().mkpath(QFileInfo(path).absolutePath()) &&
           file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(bytes) == bytes.size();
}

inline QString hexSha256(const QByteArray& bytes)
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

inline QString fingerprintOf(const crypto::Certificate& certificate)
{
    return QString::fromLatin1(certificate.sha256Fingerprint().toHex());
}

// The bundle's trail, entry by entry.
inline std::vector<AuditEntry> readTrail(const QString& bundle)
{
    std::vector<AuditEntry> entries;
    for (const QByteArray& line : fileBytes(bundle + QStringLiteral("/audit.jsonl")).split('\n')) {
        if (!line.isEmpty()) {
            entries.push_back(AuditEntry::fromJson(QJsonDocument::fromJson(line).object()).value());
        }
    }
    return entries;
}

// The key an entry is signed again with, or nullptr to keep its signature (a forger who does not hold the
// actor's key can do nothing else).
using Resigner = std::function<const crypto::Identity*(const AuditEntry&)>;

// Writes `entries` as the bundle's trail, re-chained as a writer would: sequences from 1, each entry linked
// to its predecessor's hash and signature, its own hash recomputed, and signed again where `resign` says.
// With `relinkStatements`, each directory statement also names the new hash of the statement before it
// ("previous_statement"), as someone who writes the whole directory anew does.
inline bool writeTrail(const QString& bundle, std::vector<AuditEntry>& entries, const Resigner& resign,
                       bool relinkStatements = false)
{
    QByteArray trail;
    QString previousHash = auditGenesisHash();
    QString previousSignatureHash = auditGenesisHash();
    QString previousStatement = auditGenesisHash();
    for (size_t i = 0; i < entries.size(); ++i) {
        AuditEntry& entry = entries[i];
        entry.sequence = qint64(i) + 1;
        entry.previousHash = previousHash;
        entry.previousSignatureHash = previousSignatureHash;
        const bool statement = entry.action.startsWith(QStringLiteral("directory-"));
        if (relinkStatements && statement) {
            entry.details[QStringLiteral("previous_statement")] = previousStatement;
        }
        entry.hash = auditHash(entry.canonical());
        if (statement) {
            previousStatement = entry.hash;
        }
        if (const crypto::Identity* signer = resign(entry)) {
            entry.signature = crypto::Signature::sign(entry.canonical(), *signer).value();
        }
        previousHash = entry.hash;
        previousSignatureHash = auditHash(entry.signature);
        trail += QJsonDocument(entry.toJson()).toJson(QJsonDocument::Compact) + '\n';
    }
    return putFile(bundle + QStringLiteral("/audit.jsonl"), trail);
}

// The hash of the last directory statement before `sequence`: what a statement appended there names as
// "previous_statement".
inline QString lastStatementHash(const std::vector<AuditEntry>& entries, qint64 sequence)
{
    QString hash = auditGenesisHash();
    for (const AuditEntry& entry : entries) {
        if (entry.sequence < sequence && entry.action.startsWith(QStringLiteral("directory-"))) {
            hash = entry.hash;
        }
    }
    return hash;
}

// Lists every file of the bundle again (its hash and size), takes the head and the entry count from the
// trail, applies `edit`, and signs the manifest with `signer`: what anyone holding a key can do.
inline bool resignManifest(const QString& bundle, const crypto::Identity& signer,
                           const std::function<void(QJsonObject&)>& edit = {})
{
    QJsonObject manifest =
        QJsonDocument::fromJson(fileBytes(bundle + QStringLiteral("/manifest.json"))).object();
    QStringList paths;
    QDirIterator files(bundle, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (files.hasNext()) {
        const QString path = QDir(bundle).relativeFilePath(files.next());
        if (path != QLatin1String("manifest.json") && path != QLatin1String("manifest.sig")) {
            paths << path;
        }
    }
    paths.sort();
    QJsonArray listed;
    for (const QString& path : paths) {
        const QByteArray bytes = fileBytes(bundle + QLatin1Char('/') + path);
        listed.append(QJsonObject{{QStringLiteral("path"), path},
                                  {QStringLiteral("sha256"), hexSha256(bytes)},
                                  {QStringLiteral("size"), bytes.size()}});
    }
    manifest[QStringLiteral("files")] = listed;
    const std::vector<AuditEntry> entries = readTrail(bundle);
    if (!entries.empty()) {
        manifest[QStringLiteral("audit_head")] =
            AuditAnchor{entries.back().sequence, entries.back().hash}.toString();
        QJsonObject counts = manifest[QStringLiteral("counts")].toObject();
        counts[QStringLiteral("entries")] = qint64(entries.size());
        manifest[QStringLiteral("counts")] = counts;
    }
    if (edit) {
        edit(manifest);
    }
    const QByteArray manifestBytes = QJsonDocument(manifest).toJson(QJsonDocument::Compact);
    return putFile(bundle + QStringLiteral("/manifest.json"), manifestBytes) &&
           putFile(bundle + QStringLiteral("/manifest.sig"),
                   crypto::Signature::sign(manifestBytes, signer).value());
}

// The manifest's exporter made to look like `name`, with `certificate` as exporter.pem (and `id`, when
// given, as the exporter's person id).
inline std::function<void(QJsonObject&)>
exporterAs(const QString& name, const crypto::Certificate& certificate, const QString& id = {})
{
    return [=](QJsonObject& manifest) {
        QJsonObject exporter = manifest[QStringLiteral("exporter")].toObject();
        exporter[QStringLiteral("name")] = name;
        exporter[QStringLiteral("certificate_sha256")] = fingerprintOf(certificate);
        if (!id.isEmpty()) {
            exporter[QStringLiteral("id")] = id;
        }
        manifest[QStringLiteral("exporter")] = exporter;
    };
}

} // namespace probitas::store::testing::forgery
