#include "KnownHeads.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLockFile>
#include <QSaveFile>
#include <QStandardPaths>
#include <QtConcurrent/QtConcurrentMap>
#include <algorithm>

namespace probitas::store {

namespace {

constexpr int kRememberedStores = 1000;

QJsonObject anchorJson(const AuditAnchor& anchor)
{
    return {{QStringLiteral("sequence"), anchor.sequence}, {QStringLiteral("hash"), anchor.hash}};
}

std::optional<AuditAnchor> anchorFrom(const QJsonValue& value)
{
    const QJsonObject object = value.toObject();
    if (!object.contains(QStringLiteral("sequence"))) {
        return std::nullopt;
    }
    return AuditAnchor{object.value(QStringLiteral("sequence")).toInteger(),
                       object.value(QStringLiteral("hash")).toString()};
}

Result<QJsonObject> readHeads(const QString& path)
{
    QFile file(path);
    if (!file.exists()) {
        return QJsonObject();
    }
    if (!file.open(QIODevice::ReadOnly)) {
        return Error::environment(
            KnownHeads::tr("%1: cannot read the heads this computer remembers").arg(path));
    }
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &error);
    if (error.error != QJsonParseError::NoError || !document.isObject()) {
        return Error::environment(
            KnownHeads::tr(
                "%1: the heads this computer remembers are unreadable; move the file away to start "
                "afresh")
                .arg(path));
    }
    return document.object();
}

} // namespace

KnownHeads::KnownHeads(QString path)
    : m_path(std::move(path))
{}

QString KnownHeads::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
           QStringLiteral("/known-heads.json");
}

Result<std::optional<KnownHead>> KnownHeads::find(const QString& storeId) const
{
    auto heads = readHeads(m_path);
    if (!heads) {
        return heads.error();
    }
    const QJsonObject object = heads->value(storeId).toObject();
    auto head = anchorFrom(object.value(QStringLiteral("head")));
    if (!head) {
        return std::optional<KnownHead>();
    }
    return std::optional<KnownHead>(
        KnownHead{*head, anchorFrom(object.value(QStringLiteral("directory"))),
                  QDateTime::fromString(object.value(QStringLiteral("seen_at")).toString(), Qt::ISODate)});
}

Status KnownHeads::remember(const QString& storeId, const KnownHead& head)
{
    const QFileInfo info(m_path);
    if (!QDir().mkpath(info.absolutePath())) {
        return Error::environment(tr("%1: cannot create the folder").arg(info.absolutePath()));
    }
    QLockFile lock(m_path + QStringLiteral(".lock"));
    if (!lock.tryLock(10000)) {
        return Error::environment(tr("%1: another Probitas holds it for too long").arg(m_path));
    }
    auto heads = readHeads(m_path);
    if (!heads) {
        return heads.error();
    }
    QJsonObject all = *heads;
    if (auto known = anchorFrom(all.value(storeId).toObject().value(QStringLiteral("head")));
        known && known->sequence > head.head.sequence) {
        return success(); // another process saw further: keep the newer head
    }
    QJsonObject entry{{QStringLiteral("head"), anchorJson(head.head)},
                      {QStringLiteral("seen_at"), head.seenAt.toUTC().toString(Qt::ISODate)}};
    if (head.directoryHead) {
        entry.insert(QStringLiteral("directory"), anchorJson(*head.directoryHead));
    }
    all.insert(storeId, entry);
    if (all.size() > kRememberedStores) {
        QStringList ids = all.keys();
        std::sort(ids.begin(), ids.end(), [&all](const QString& a, const QString& b) {
            return all.value(a).toObject().value(QStringLiteral("seen_at")).toString() <
                   all.value(b).toObject().value(QStringLiteral("seen_at")).toString();
        });
        for (qsizetype i = 0; i < ids.size() - kRememberedStores; ++i) {
            all.remove(ids.at(i));
        }
    }
    QSaveFile file(m_path);
    if (!file.open(QIODevice::WriteOnly)) {
        return Error::environment(tr("%1: cannot write the heads this computer remembers").arg(m_path));
    }
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    file.write(QJsonDocument(all).toJson(QJsonDocument::Compact));
    if (!file.commit()) {
        return Error::environment(tr("%1: cannot write the heads this computer remembers").arg(m_path));
    }
    return success();
}

QString auditSegmentProblem(const std::vector<AuditEntry>& entries, const AuditEntry* after)
{
    // Re-serialising and hashing is the bulk of the work: on every core, then the links in order.
    const std::vector<char> hashMatches = QtConcurrent::blockingMapped<std::vector<char>>(
        entries, [](const AuditEntry& entry) -> char { return entry.hash == auditHash(entry.canonical()); });
    const AuditEntry* previous = after;
    for (size_t i = 0; i < entries.size(); ++i) {
        const AuditEntry& entry = entries[i];
        if (previous) {
            if (entry.sequence != previous->sequence + 1) {
                return KnownHeads::tr("audit entry %1 is missing").arg(previous->sequence + 1);
            }
            if (entry.previousHash != previous->hash ||
                (entry.version >= AuditEntry::kWitnessedVersion &&
                 entry.previousSignatureHash != auditHash(previous->signature))) {
                return KnownHeads::tr("audit entry %1 does not follow entry %2")
                    .arg(entry.sequence)
                    .arg(previous->sequence);
            }
        }
        if (!hashMatches[i]) {
            return KnownHeads::tr("audit entry %1 was modified").arg(entry.sequence);
        }
        previous = &entry;
    }
    return {};
}

} // namespace probitas::store
