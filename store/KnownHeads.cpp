#include "KnownHeads.h"

#include "Digest.h"
#include "SaveFile.h"
#include "Store.h"
#include "StoreSql.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QSqlDriver>
#include <QSqlError>
#include <QStandardPaths>
#include <QThread>
#include <algorithm>
#include <cerrno>
#include <charconv>
#include <cstring>
#include <fcntl.h>
#include <sqlite3.h>
#include <sys/file.h>
#include <unistd.h>

namespace probitas::store {

namespace {

constexpr int kRememberedStores = 1000;

// An exclusive flock on a lock file kept beside the heads, never removed; the kernel releases it if the
// process dies. (QLockFile creates, fdatasyncs and deletes its file at each use: three synchronous
// file-system operations at every open, a few milliseconds each on a busy disk, for a file whose content does
// not matter.)
class HeadsLock
{
public:
    explicit HeadsLock(const QString& path)
        : m_descriptor(::open(QFile::encodeName(path).constData(), O_RDWR | O_CREAT | O_CLOEXEC, 0600))
    {}
    ~HeadsLock()
    {
        if (m_descriptor >= 0) {
            ::close(m_descriptor); // releases the lock
        }
    }
    HeadsLock(const HeadsLock&) = delete;
    HeadsLock& operator=(const HeadsLock&) = delete;

    bool tryLock(int milliseconds)
    {
        for (int waited = 0; m_descriptor >= 0; waited += 10) {
            if (::flock(m_descriptor, LOCK_EX | LOCK_NB) == 0) {
                return true;
            }
            if ((errno != EWOULDBLOCK && errno != EINTR) || waited >= milliseconds) {
                return false;
            }
            QThread::msleep(10);
        }
        return false;
    }

private:
    int m_descriptor;
};

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
    HeadsLock lock(m_path + QStringLiteral(".lock"));
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
    if (!whyNotCommitted(file).isEmpty()) {
        return Error::environment(tr("%1: cannot write the heads this computer remembers").arg(m_path));
    }
    return success();
}

namespace {

// The same words as every other database error (Database.cpp).
Error auditReadError(const QSqlError& error)
{
    return Error{ErrorKind::Environment,
                 KnownHeads::tr("store database error (%1): %2")
                     .arg(QStringLiteral("SELECT ... FROM audit"), error.databaseText().simplified()),
                 QString(errors::Database)};
}

// The SELECT of a page of entries as stored, from a sequence on, in order: every column, or on a server
// store the links alone (audit_links: the other fields empty). Each text as its UTF-8 bytes: SQLite's
// casts to BLOB, PostgreSQL's binary format, its values numbered.
QString storedAuditPageSelect(Backend backend, StoredAuditColumns columns)
{
    const bool sqlite = backend == Backend::Sqlite;
    QString select;
    if (columns == StoredAuditColumns::Links) {
        select =
            QStringLiteral("SELECT sequence, '', '', '', '', '', previous_hash, hash, signature, version, "
                           "previous_signature FROM audit_links");
    } else if (sqlite) {
        select =
            QStringLiteral("SELECT sequence, CAST(at AS BLOB), CAST(actor_id AS BLOB), CAST(action AS BLOB), "
                           "CAST(declaration_id AS BLOB), CAST(details AS BLOB), CAST(previous_hash AS "
                           "BLOB), CAST(hash AS BLOB), signature, version, CAST(previous_signature AS BLOB) "
                           "FROM audit");
    } else {
        select =
            QStringLiteral("SELECT sequence, at, actor_id, action, declaration_id, details, previous_hash, "
                           "hash, signature, version, previous_signature FROM audit");
    }
    return select + (sqlite ? QStringLiteral(" WHERE sequence >= ? ORDER BY sequence LIMIT ?")
                            : QStringLiteral(" WHERE sequence >= $1 ORDER BY sequence LIMIT $2"));
}

// A row of storedAuditPageSelect's columns, whatever reads them. A NULL reads as empty.
template <typename Integer, typename Bytes>
void fillStoredAuditEntry(StoredAuditEntry& entry, const Integer& integer, const Bytes& bytes)
{
    entry.sequence = integer(0);
    entry.at = bytes(1);
    entry.actor = bytes(2);
    entry.action = bytes(3);
    entry.declaration = bytes(4);
    entry.details = bytes(5);
    entry.previousHash = bytes(6);
    entry.hash = bytes(7);
    entry.signature = bytes(8);
    entry.version = int(integer(9));
    entry.previousSignatureHash = bytes(10);
}

// A copy of `size` bytes in the page's blocks, a few large allocations instead of one per value.
QByteArray copyIntoPage(StoredAuditPage& page, const void* bytes, int size)
{
    constexpr qsizetype kBlock = 256 * 1024;
    if (page.blocks.empty() || page.blockUsed + size > page.blocks.back().size()) {
        page.blocks.emplace_back(std::max<qsizetype>(kBlock, size), Qt::Uninitialized);
        page.blockUsed = 0;
    }
    char* at = page.blocks.back().data() + page.blockUsed;
    if (size > 0) {
        std::memcpy(at, bytes, size_t(size));
    }
    page.blockUsed += size;
    return QByteArray::fromRawData(at, size);
}

// SQLite's own statement on the connection QSQLITE holds (its handle asked of the driver): QtSql's QVariant
// per value, and the UTF-16 it makes of text, cost more than SQLite's reading itself.
Status readSqlitePage(const Connection& connection, const QString& sql, qint64 from, int limit,
                      StoredAuditPage& page)
{
    const QVariant handle = connection.database().driver()->handle();
    sqlite3* database = qstrcmp(handle.typeName(), "sqlite3*") == 0
                            ? *static_cast<sqlite3* const*>(handle.constData())
                            : nullptr;
    const auto failed = [&database](const char* why) {
        return auditReadError(QSqlError(QString(),
                                        QString::fromUtf8(database ? sqlite3_errmsg(database) : why),
                                        QSqlError::StatementError));
    };
    if (!database) {
        return failed("not a SQLite connection");
    }
    sqlite3_stmt* statement = nullptr;
    const QByteArray text = sql.toUtf8();
    if (sqlite3_prepare_v2(database, text.constData(), int(text.size()), &statement, nullptr) != SQLITE_OK) {
        sqlite3_finalize(statement);
        return failed("");
    }
    const std::unique_ptr<sqlite3_stmt, int (*)(sqlite3_stmt*)> finalized(statement, sqlite3_finalize);
    sqlite3_bind_int64(statement, 1, from);
    sqlite3_bind_int(statement, 2, limit);
    int stepped = SQLITE_ROW;
    while ((stepped = sqlite3_step(statement)) == SQLITE_ROW) {
        fillStoredAuditEntry(
            page.rows.emplace_back(),
            [statement](int column) { return qint64(sqlite3_column_int64(statement, column)); },
            [&page, statement](int column) {
                const void* value = sqlite3_column_blob(statement, column); // before its size, as SQLite asks
                return copyIntoPage(page, value, sqlite3_column_bytes(statement, column));
            });
    }
    if (stepped != SQLITE_DONE) {
        return failed("");
    }
    return success();
}

} // namespace

Status readStoredAuditPage(const Connection& connection, StoredAuditColumns columns, qint64 from, int limit,
                           StoredAuditPage& page)
{
    page.rows.clear();
    page.rows.reserve(size_t(limit));
    page.borrowed.reset();
    page.blocks.clear();
    page.blockUsed = 0;
    const QString sql = storedAuditPageSelect(connection.backend(), columns);
    if (connection.backend() == Backend::PostgreSql) {
        auto rows =
            connection.execBinary(sql.toUtf8(), {QByteArray::number(from), QByteArray::number(limit)});
        if (!rows) {
            return rows.error();
        }
        for (int row = 0; row < rows->count(); ++row) {
            fillStoredAuditEntry(
                page.rows.emplace_back(), [&rows, row](int column) { return rows->integer(row, column); },
                [&rows, row](int column) {
                    const QByteArrayView value = rows->bytes(row, column);
                    return QByteArray::fromRawData(value.data(), value.size());
                });
        }
        page.borrowed.emplace(std::move(rows).value());
        return success();
    }
    return readSqlitePage(connection, sql, from, limit, page);
}

Result<AuditTail> checkAuditTail(const Connection& connection, qint64 from,
                                 const std::optional<AuditLink>& after)
{
    // On a server store, the links alone (row-level security hides most entries from most logins, and the
    // server keeps the trail append-only): what each entry says is the auditor's to verify (`audit verify`),
    // and an entry a login appended with a forged signature must not stop every client that can read it.
    const StoredAuditColumns columns =
        connection.serverEnforced() ? StoredAuditColumns::Links : StoredAuditColumns::Whole;
    // A page at a time, each row hashed as it is read and linked to the one before; only the last one is
    // kept. (Hashing on the other cores while reading was tried: on two cores shared with other work it made
    // the check twice as slow, the reading thread losing more than the hashing gained. docs/benchmarks.md.)
    constexpr int kPage = 4096;
    AuditTail tail;
    qint64 previousSequence = after ? after->sequence : 0;
    QByteArray previousHash = after ? after->hash.toUtf8() : QByteArray();
    QByteArray previousSignature = after ? after->signature : QByteArray();
    bool linked = after.has_value();
    StoredAuditPage page;
    for (qint64 next = from; tail.problem.isEmpty();) {
        if (Status read = readStoredAuditPage(connection, columns, next, kPage, page); !read) {
            return read.error();
        }
        for (const StoredAuditEntry& row : page.rows) {
            if (tail.entries++ == 0) {
                tail.first = AuditAnchor{row.sequence, QString::fromUtf8(row.hash)};
            }
            if (linked) {
                if (row.sequence != previousSequence + 1) {
                    tail.problem = KnownHeads::tr("audit entry %1 is missing").arg(previousSequence + 1);
                    break;
                }
                if (row.previousHash != previousHash ||
                    (row.version >= AuditEntry::kWitnessedVersion &&
                     !crypto::isHexOf(row.previousSignatureHash, crypto::sha256(previousSignature)))) {
                    tail.problem = KnownHeads::tr("audit entry %1 does not follow entry %2")
                                       .arg(row.sequence)
                                       .arg(previousSequence);
                    break;
                }
            }
            if (columns == StoredAuditColumns::Whole &&
                !crypto::isHexOf(row.hash, crypto::sha256(row.canonical()))) {
                tail.problem = KnownHeads::tr("audit entry %1 was modified").arg(row.sequence);
                break;
            }
            previousSequence = row.sequence;
            previousHash = row.hash; // the page's bytes, copied below before the page goes
            previousSignature = row.signature;
            linked = true;
        }
        previousHash = QByteArray(previousHash.constData(), previousHash.size());
        previousSignature = QByteArray(previousSignature.constData(), previousSignature.size());
        if (page.rows.size() < size_t(kPage)) {
            break;
        }
        next = page.rows.back().sequence + 1;
    }
    if (tail.problem.isEmpty() && tail.entries > 0) {
        tail.last = AuditLink{previousSequence, QString::fromUtf8(previousHash), previousSignature};
    }
    return tail;
}

} // namespace probitas::store
