#include "AuditBundle.h"

#include "AuditActions.h"
#include "AuditCrossCheck.h"
#include "CryptoErrors.h"
#include "Receipt.h"
#include "Signature.h"
#include "Store.h"
#include "StoreSql.h"

#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSet>
#include <filesystem>
#include <map>
#include <set>

#ifdef Q_OS_UNIX
#include <cerrno>
#include <dirent.h>
#include <fcntl.h>
#include <signal.h>
#include <string>
#include <sys/stat.h>
#include <unistd.h>
#include <vector>
#endif

namespace probitas::store {

using namespace sql;

namespace {

// The store's messages share the context "store" (Store.h); a class that says so lets lupdate file them
// under the context they are looked up in.
struct StoreText
{
    Q_DECLARE_TR_FUNCTIONS(store)
};

QJsonValue orNull(const QString& text)
{
    return text.isEmpty() ? QJsonValue() : QJsonValue(text);
}

// Relative paths of our own making: letters, digits, dot, dash, underscore, one level of folder. Anything
// else in a manifest (absolute paths, "..") is refused before it is opened.
bool safeRelativePath(const QString& path)
{
    static const QRegularExpression pattern(
        QStringLiteral("^[A-Za-z0-9_][A-Za-z0-9._-]*(/[A-Za-z0-9_][A-Za-z0-9._-]*)?$"));
    return pattern.match(path).hasMatch() && !path.contains(QLatin1String(".."));
}

// "AB:CD:...", as Certificate::sha256FingerprintHex writes a fingerprint.
QString colonHex(const QByteArray& bytes)
{
    return QString::fromLatin1(bytes.toHex(':').toUpper());
}

QString certificateFile(const QString& personId)
{
    return QStringLiteral("certificates/") + personId + QStringLiteral(".pem");
}

QString receiptFile(const StoredReceipt& receipt)
{
    return QStringLiteral("receipts/") + receipt.declarationId + QLatin1Char('_') + receipt.authorityId +
           QStringLiteral(".p7s");
}

// Every certificate the directory statements name, and the trust anchors, by fingerprint.
QString statedCertificateFile(const QString& fingerprint)
{
    return QString(bundle::DirectoryCertificates) + QLatin1Char('/') + fingerprint + QStringLiteral(".pem");
}

QString anchorFile(const QString& fingerprint)
{
    return QString(bundle::Anchors) + QLatin1Char('/') + fingerprint + QStringLiteral(".pem");
}

struct StatedCertificates
{
    std::map<QString, crypto::Certificate> anchors; // by fingerprint
    std::map<QString, crypto::Certificate> people;  // every certificate a person held, by fingerprint
};

// The certificates the trail's directory statements name (whoever held them, renewed ones included) and the
// trust anchors they name, from the store's tables: with them the verifier replays the directory on its
// own. A certificate the store does not hold is left out; the verifier then says what it cannot check.
Result<StatedCertificates> statedCertificates(const Store& store, const std::vector<AuditEntry>& trail)
{
    std::set<QString> people;
    std::set<QString> anchors;
    for (const AuditEntry& entry : trail) {
        if (!statements::isStatement(entry.action)) {
            continue;
        }
        for (const QString& fingerprint :
             {entry.details.value(QStringLiteral("fingerprint")).toString(),
              entry.details.value(QStringLiteral("previous_fingerprint")).toString(),
              entry.details.value(QStringLiteral("administrator"))[QStringLiteral("fingerprint")]
                  .toString()}) {
            if (!fingerprint.isEmpty()) {
                people.insert(fingerprint);
            }
        }
        for (const QJsonValue& anchor : entry.details.value(QStringLiteral("anchors")).toArray()) {
            anchors.insert(anchor.toString());
        }
    }
    StatedCertificates stated;
    const auto collect = [&store](const QString& table, const std::set<QString>& wanted,
                                  std::map<QString, crypto::Certificate>& into) -> Status {
        auto rows =
            fetch(store.connection(), QStringLiteral("SELECT fingerprint, certificate FROM %1").arg(table));
        if (!rows) {
            return rows.error();
        }
        for (const auto& row : *rows) {
            const QString fingerprint = row.at(0).toString();
            if (!wanted.count(fingerprint)) {
                continue;
            }
            auto certificate = crypto::Certificate::fromData(row.at(1).toByteArray());
            if (certificate && certificateFingerprint(*certificate) == fingerprint) {
                into.emplace(fingerprint, *certificate);
            }
        }
        return success();
    };
    if (Status collected = collect(QStringLiteral("certificates"), people, stated.people); !collected) {
        return collected.error();
    }
    if (Status collected = collect(QStringLiteral("trust_anchors"), anchors, stated.anchors); !collected) {
        return collected.error();
    }
    return stated;
}

#ifdef Q_OS_UNIX
Status syncPath(const QString& path, bool directory)
{
    const int descriptor =
        ::open(QFile::encodeName(path).constData(), directory ? (O_RDONLY | O_DIRECTORY) : O_RDONLY);
    if (descriptor < 0 || ::fsync(descriptor) != 0) {
        if (descriptor >= 0) {
            ::close(descriptor);
        }
        return Error::environment(StoreText::tr("%1: cannot write to disk").arg(path));
    }
    ::close(descriptor);
    return success();
}
#else
Status syncPath(const QString&, bool)
{
    return success();
}
#endif

#ifdef Q_OS_UNIX
// Removes what the folder open as `folder` holds, never through a symbolic link: a link is removed as a
// link, and a sub-folder is entered by descriptor with O_NOFOLLOW, so that nothing outside is touched even
// if an entry is swapped for a link meanwhile. Closes `folder`.
bool removeContents(int folder)
{
    DIR* listing = ::fdopendir(folder);
    if (!listing) {
        ::close(folder);
        return false;
    }
    std::vector<std::string> names;
    while (const dirent* entry = ::readdir(listing)) {
        const std::string name = entry->d_name;
        if (name != "." && name != "..") {
            names.push_back(name);
        }
    }
    bool removed = true;
    for (const std::string& name : names) {
        struct stat status = {};
        if (::fstatat(folder, name.c_str(), &status, AT_SYMLINK_NOFOLLOW) != 0) {
            removed = false;
            continue;
        }
        if (!S_ISDIR(status.st_mode)) {
            removed = ::unlinkat(folder, name.c_str(), 0) == 0 && removed;
            continue;
        }
        const int child = ::openat(folder, name.c_str(), O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC);
        removed = child >= 0 && removeContents(child) && removed;
        removed = ::unlinkat(folder, name.c_str(), AT_REMOVEDIR) == 0 && removed;
    }
    ::closedir(listing);
    return removed;
}

// Removes the folder `name` of `parent` with what it holds, if it is a folder (not a symbolic link to one)
// that this user owns; anything else is left alone.
bool removeOwnFolder(const QString& parent, const QString& name)
{
    const int parentFolder =
        ::open(QFile::encodeName(parent).constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (parentFolder < 0) {
        return false;
    }
    const QByteArray entry = QFile::encodeName(name);
    bool removed = false;
    const int folder =
        ::openat(parentFolder, entry.constData(), O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC);
    struct stat status = {};
    if (folder >= 0 && ::fstat(folder, &status) == 0 && status.st_uid == ::geteuid()) {
        removed = removeContents(folder);
        // A link put in its place meanwhile is not a folder: AT_REMOVEDIR refuses it.
        removed = ::unlinkat(parentFolder, entry.constData(), AT_REMOVEDIR) == 0 && removed;
    } else if (folder >= 0) {
        ::close(folder);
    }
    ::close(parentFolder);
    return removed;
}
#else
bool removeOwnFolder(const QString& parent, const QString& name)
{
    const QFileInfo info(QDir(parent).filePath(name));
    return !info.isSymLink() && info.isDir() && QDir(info.filePath()).removeRecursively();
}
#endif

// Hidden siblings left by exports that were killed: ".NAME.partial-PID-RANDOM" whose process is gone. Only
// folders of this user's own are removed, never through a symbolic link: whoever may write beside the
// target cannot have the export wipe another folder by naming a link like a leftover.
void removeStaleStaging(const QDir& parent, const QString& name)
{
    const QString prefix = QLatin1Char('.') + name + QStringLiteral(".partial-");
    const QStringList candidates = parent.entryList(
        {prefix + QLatin1Char('*')}, QDir::Dirs | QDir::Hidden | QDir::NoDotAndDotDot | QDir::NoSymLinks);
    for (const QString& candidate : candidates) {
        const QStringList parts = candidate.mid(prefix.size()).split(QLatin1Char('-'));
        bool numeric = false;
        const qint64 pid = parts.value(0).toLongLong(&numeric);
        if (!numeric || parts.size() != 2 || pid <= 0) {
            continue;
        }
#ifdef Q_OS_UNIX
        if (::kill(pid_t(pid), 0) == 0 || errno != ESRCH) {
            continue; // its export may still be running
        }
#endif
        removeOwnFolder(parent.absolutePath(), candidate);
    }
}

// The folder being written; removed unless released into place.
class Staging
{
public:
    explicit Staging(QString path)
        : m_path(std::move(path))
    {}
    ~Staging()
    {
        if (!m_path.isEmpty()) {
            const QFileInfo info(m_path);
            removeOwnFolder(info.absolutePath(), info.fileName());
        }
    }
    Staging(const Staging&) = delete;
    Staging& operator=(const Staging&) = delete;
    const QString& path() const { return m_path; }
    void release() { m_path.clear(); }

private:
    QString m_path;
};

struct Listed
{
    QString path;
    QString sha256;
    qint64 size = 0;
};

class BundleWriter
{
public:
    explicit BundleWriter(QString root)
        : m_root(std::move(root))
    {}

    Status write(const QString& relativePath, QByteArrayView bytes, bool listed = true)
    {
        const QString path = QDir(m_root).filePath(relativePath);
        const QString folder = QFileInfo(path).absolutePath();
        if (!QFileInfo(folder).isDir() &&
            (!QDir().mkpath(folder) ||
             !QFile::setPermissions(folder, QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                                QFileDevice::ExeOwner))) {
            return Error::environment(StoreText::tr("%1: cannot create the folder").arg(folder));
        }
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly) ||
            !file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner) ||
            file.write(bytes.data(), bytes.size()) != bytes.size() || !file.flush()) {
            return Error::environment(StoreText::tr("%1: cannot write: %2").arg(path, file.errorString()));
        }
#ifdef Q_OS_UNIX
        if (::fsync(file.handle()) != 0) {
            return Error::environment(StoreText::tr("%1: cannot write to disk").arg(path));
        }
#endif
        file.close();
        if (listed) {
            m_listed.push_back({relativePath, sha256Hex(bytes), qint64(bytes.size())});
        }
        return success();
    }

    QJsonArray files() const
    {
        std::vector<Listed> sorted = m_listed;
        std::sort(sorted.begin(), sorted.end(),
                  [](const Listed& a, const Listed& b) { return a.path < b.path; });
        QJsonArray array;
        for (const Listed& listed : sorted) {
            array.append(QJsonObject{{QStringLiteral("path"), listed.path},
                                     {QStringLiteral("sha256"), listed.sha256},
                                     {QStringLiteral("size"), listed.size}});
        }
        return array;
    }
    qint64 count() const
    {
        return qint64(m_listed.size());
    }

    // Every folder of the bundle, deepest first, then the bundle itself: what a rename must find on disk.
    Status syncFolders() const
    {
        for (const QString& folder : {QStringLiteral("certificates"), QStringLiteral("receipts"),
                                      QString(bundle::DirectoryCertificates), QString(bundle::Anchors)}) {
            if (QFileInfo(QDir(m_root).filePath(folder)).isDir()) {
                if (Status synced = syncPath(QDir(m_root).filePath(folder), true); !synced) {
                    return synced;
                }
            }
        }
        return syncPath(m_root, true);
    }

private:
    QString m_root;
    std::vector<Listed> m_listed;
};

QJsonObject declarationJson(const DeclarationRecord& record)
{
    QJsonObject object = record.toJson();
    object.insert(QStringLiteral("declarant_id"), record.declarantId);
    return object;
}

QJsonObject envelopeJson(const EnvelopeDigest& envelope)
{
    return {
        {QStringLiteral("id"), envelope.id},
        {QStringLiteral("declaration"), envelope.declarationId},
        {QStringLiteral("sha256"), envelope.sha256},
        {QStringLiteral("created_at"), timestamp(envelope.createdAt)},
        {QStringLiteral("forwarded_by"), orNull(envelope.forwardedBy)},
        {QStringLiteral("basis"), orNull(envelope.basis)},
        {QStringLiteral("authorised_by"), orNull(envelope.authorisedBy)},
        {QStringLiteral("recipients"), QJsonArray::fromStringList(envelope.recipients)},
    };
}

} // namespace

// ---- export ----------------------------------------------------------------------------------------------

Result<BundleSummary> exportBundle(Store& store, const crypto::Identity& exporter, const QString& directory,
                                   const BundleProgress& progress)
{
    const QFileInfo target(QDir::cleanPath(QFileInfo(directory).absoluteFilePath()));
    if (directory.trimmed().isEmpty() || target.fileName().isEmpty()) {
        return Error::unusable(StoreText::tr("the bundle needs a folder to go into"));
    }
    if (target.exists() && !target.isDir()) {
        return Error::unusable(StoreText::tr("%1 exists and is not a folder").arg(target.filePath()));
    }
    if (target.isDir() &&
        !QDir(target.filePath())
             .entryList(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot)
             .isEmpty()) {
        return Error::unusable(StoreText::tr("%1 is not empty: a bundle goes into a new or empty folder")
                                   .arg(target.filePath()));
    }
    const QDir parent = target.absoluteDir();
    if (!QDir().mkpath(parent.path())) {
        return Error::environment(StoreText::tr("%1: cannot create the folder").arg(parent.path()));
    }
    const auto proceed = [&progress](qint64 done, qint64 total) {
        return !progress || progress(done, total);
    };
    const Error cancelled{ErrorKind::Invalid, StoreText::tr("the export was cancelled"),
                          QString(bundle::Cancelled)};
    if (!proceed(0, 0)) {
        return cancelled;
    }
    removeStaleStaging(parent, target.fileName());

    auto evidence = store.audit().exportEvidence(exporter);
    if (!evidence) {
        return evidence.error();
    }
    const AuditEntry& head = evidence->trail.back();
    auto stated = statedCertificates(store, evidence->trail);
    if (!stated) {
        return stated.error();
    }
    // Steps: one per audit entry, receipt and certificate, and one per other file.
    const qint64 total = qint64(evidence->trail.size()) + evidence->receipts.size() +
                         evidence->people.size() + qint64(stated->people.size() + stated->anchors.size()) + 6;
    qint64 done = 0;
    if (!proceed(done, total)) {
        return cancelled;
    }

    const QString stagingPath =
        parent.filePath(QStringLiteral(".%1.partial-%2-%3")
                            .arg(target.fileName())
                            .arg(QCoreApplication::applicationPid())
                            .arg(QRandomGenerator::system()->generate(), 8, 16, QLatin1Char('0')));
    if (!QDir().mkdir(stagingPath)) {
        return Error::environment(StoreText::tr("%1: cannot create the folder").arg(stagingPath));
    }
    Staging staging(stagingPath);
    QFile::setPermissions(stagingPath,
                          QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    BundleWriter writer(stagingPath);

    QJsonArray declarations;
    for (const DeclarationRecord& record : evidence->declarations) {
        declarations.append(declarationJson(record));
    }
    if (Status written = writer.write(bundle::Declarations, QJsonDocument(declarations).toJson()); !written) {
        return written.error();
    }
    QJsonArray envelopes;
    for (const EnvelopeDigest& envelope : evidence->envelopes) {
        envelopes.append(envelopeJson(envelope));
    }
    if (Status written = writer.write(bundle::Envelopes, QJsonDocument(envelopes).toJson()); !written) {
        return written.error();
    }
    done += 2;
    if (!proceed(done, total)) {
        return cancelled;
    }

    QJsonArray receipts;
    for (const StoredReceipt& receipt : evidence->receipts) {
        const QString file = receiptFile(receipt);
        if (!safeRelativePath(file)) {
            return Error::integrity(StoreText::tr("the store holds a receipt with an unexpected id"));
        }
        if (Status written = writer.write(file, receipt.receipt); !written) {
            return written.error();
        }
        receipts.append(QJsonObject{{QStringLiteral("declaration"), receipt.declarationId},
                                    {QStringLiteral("authority"), receipt.authorityId},
                                    {QStringLiteral("received_at"), timestamp(receipt.receivedAt)},
                                    {QStringLiteral("file"), file},
                                    {QStringLiteral("sha256"), sha256Hex(receipt.receipt)}});
        if (!proceed(++done, total)) {
            return cancelled;
        }
    }
    if (Status written = writer.write(bundle::Receipts, QJsonDocument(receipts).toJson()); !written) {
        return written.error();
    }

    QByteArray trail;
    for (const AuditEntry& entry : evidence->trail) {
        trail += compact(entry.toJson());
        trail += '\n';
        if (++done % 1000 == 0 && !proceed(done, total)) {
            return cancelled;
        }
    }
    if (Status written = writer.write(bundle::Trail, trail); !written) {
        return written.error();
    }
    trail.clear();
    if (!proceed(++done, total)) {
        return cancelled;
    }

    QJsonArray people;
    for (const Person& person : evidence->people) {
        const QString file = certificateFile(person.id);
        if (!safeRelativePath(file)) {
            return Error::integrity(StoreText::tr("the store's directory holds an unexpected person id"));
        }
        if (Status written = writer.write(file, person.certificate.toPem()); !written) {
            return written.error();
        }
        people.append(QJsonObject{{QStringLiteral("id"), person.id},
                                  {QStringLiteral("name"), person.name},
                                  {QStringLiteral("role"), roleId(person.role)},
                                  {QStringLiteral("authority"), orNull(person.authorityId)},
                                  {QStringLiteral("certificate"), file},
                                  {QStringLiteral("certificate_sha256"),
                                   QString::fromLatin1(person.certificate.sha256Fingerprint().toHex())}});
        if (!proceed(++done, total)) {
            return cancelled;
        }
    }
    if (Status written = writer.write(bundle::People, QJsonDocument(people).toJson()); !written) {
        return written.error();
    }
    for (const auto& [fileFor, certificates] :
         {std::pair{&statedCertificateFile, &stated->people}, std::pair{&anchorFile, &stated->anchors}}) {
        for (const auto& [fingerprint, certificate] : *certificates) {
            if (Status written = writer.write(fileFor(fingerprint), certificate.toPem()); !written) {
                return written.error();
            }
            if (!proceed(++done, total)) {
                return cancelled;
            }
        }
    }
    const crypto::Certificate exporterCertificate = exporter.certificate();
    if (Status written = writer.write(bundle::ExporterCertificate, exporterCertificate.toPem()); !written) {
        return written.error();
    }

    const AuditAnchor anchor{head.sequence, head.hash};
    const QJsonObject manifest{
        {QStringLiteral("type"), QStringLiteral("probitas-audit-bundle")},
        {QStringLiteral("version"), 1},
        {QStringLiteral("exported_at"), timestamp(head.at)},
        {QStringLiteral("exporter"),
         QJsonObject{{QStringLiteral("id"), evidence->exporter.id},
                     {QStringLiteral("name"), evidence->exporter.name},
                     {QStringLiteral("role"), roleId(evidence->exporter.role)},
                     {QStringLiteral("certificate"), QString(bundle::ExporterCertificate)},
                     {QStringLiteral("certificate_sha256"),
                      QString::fromLatin1(exporterCertificate.sha256Fingerprint().toHex())}}},
        {QStringLiteral("audit_head"), anchor.toString()},
        {QStringLiteral("counts"),
         QJsonObject{{QStringLiteral("declarations"), qint64(evidence->declarations.size())},
                     {QStringLiteral("envelopes"), qint64(evidence->envelopes.size())},
                     {QStringLiteral("receipts"), qint64(evidence->receipts.size())},
                     {QStringLiteral("entries"), qint64(evidence->trail.size())}}},
        {QStringLiteral("files"), writer.files()},
    };
    const QByteArray manifestBytes = compact(manifest);
    auto signature = crypto::Signature::sign(manifestBytes, exporter);
    if (!signature) {
        return signature.error();
    }
    const qint64 files = writer.count();
    if (Status written = writer.write(bundle::Manifest, manifestBytes, false); !written) {
        return written.error();
    }
    if (Status written = writer.write(bundle::ManifestSignature, *signature, false); !written) {
        return written.error();
    }
    if (Status synced = writer.syncFolders(); !synced) {
        return synced.error();
    }
    if (!proceed(total, total)) {
        return cancelled;
    }
    // rename(2): atomic, and it replaces an empty folder of that name.
    std::error_code failure;
    std::filesystem::rename(QFile::encodeName(stagingPath).constData(),
                            QFile::encodeName(target.filePath()).constData(), failure);
    if (failure) {
        return Error::environment(StoreText::tr("%1: cannot move the bundle into place: %2")
                                      .arg(target.filePath(), QString::fromLocal8Bit(failure.message())));
    }
    staging.release();
    static_cast<void>(syncPath(parent.path(), true));

    BundleSummary summary;
    summary.directory = target.filePath();
    summary.declarations = evidence->declarations.size();
    summary.envelopes = evidence->envelopes.size();
    summary.receipts = evidence->receipts.size();
    summary.entries = qint64(evidence->trail.size());
    summary.files = files;
    summary.head = anchor;
    summary.exportedAt = head.at;
    summary.exporter = evidence->exporter.name;
    summary.signer = exporterCertificate;
    return summary;
}

// ---- verification ----------------------------------------------------------------------------------------

namespace {

// What a verification found; each problem names the file or the entry.
class Findings
{
public:
    void add(const QString& problem)
    {
        if (!m_problems.contains(problem)) {
            m_problems << problem;
        }
    }
    void merge(const Findings& other)
    {
        for (const QString& problem : other.m_problems) {
            add(problem);
        }
    }
    bool empty() const { return m_problems.isEmpty(); }
    Error error() const
    {
        return Error{ErrorKind::Integrity,
                     StoreText::tr("the bundle is not whole: %1").arg(m_problems.join(QStringLiteral("; "))),
                     QString(bundle::Broken)};
    }

private:
    QStringList m_problems;
};

// Whether `anchor` (a trust anchor a store's statements name) is one of the CA certificates given, or was
// issued by one of them.
bool issuedByOneOf(const crypto::Certificate& anchor, const QList<crypto::Certificate>& authorities)
{
    return authorities.contains(anchor) || crypto::Signature::verifySigner(anchor, authorities).ok();
}

// A store gives a certificate to one person only (its certificates table is keyed by fingerprint): a
// directory whose statements give one certificate to two people is not a store's. Whoever holds a single
// key would otherwise state it for every actor whose entries they re-sign. Empty when none is shared.
QString sharedCertificate(const std::vector<AuditEntry>& entries,
                          const std::function<QString(const QString&)>& nameOf)
{
    std::map<QString, QString> holder; // fingerprint -> person id
    bool anchored = false;             // statements before the store's anchor count for nothing
    for (const AuditEntry& entry : entries) {
        const bool anchor = entry.action == statements::Anchor;
        anchored = anchored || anchor;
        if (!anchored || !statements::isStatement(entry.action)) {
            continue;
        }
        const QJsonObject administrator = entry.details.value(QStringLiteral("administrator")).toObject();
        const QString person =
            (anchor ? administrator : entry.details).value(QStringLiteral("person")).toString();
        const QString fingerprint =
            (anchor ? administrator : entry.details).value(QStringLiteral("fingerprint")).toString();
        if (person.isEmpty() || fingerprint.isEmpty()) {
            continue;
        }
        const auto [held, first] = holder.emplace(fingerprint, person);
        if (!first && held->second != person) {
            return StoreText::tr("directory statement %1 gives %2 the certificate of %3 (SHA-256 %4): a "
                                 "certificate belongs to one person")
                .arg(QString::number(entry.sequence), nameOf(person), nameOf(held->second), fingerprint);
        }
    }
    return {};
}

// What a bundled receipt must prove: that the authority its index names received the declaration.
struct ReceiptWitness
{
    crypto::Certificate authority; // from the bundled directory
    QString authorityId;
    crypto::Certificate declarant;
    QList<QByteArray> envelopeSha256; // raw, of each envelope of the declaration sealed to the authority
    QDateTime acknowledgedAt;         // the signed trail's acknowledgement
};

// Why `receipt` does not prove it; empty when it does. Without anchors, the authority's certificate is one.
QString receiptProblem(const QByteArray& receipt, const ReceiptWitness& witness,
                       const QList<crypto::Certificate>& trustAnchors)
{
    crypto::ReceiptExpectations expected;
    expected.declarant = witness.declarant;
    expected.authority = witness.authority;
    expected.authorityId = witness.authorityId;
    expected.validAt = witness.acknowledgedAt;
    const QList<crypto::Certificate> anchors =
        trustAnchors.isEmpty() ? QList<crypto::Certificate>{witness.authority} : trustAnchors;
    QString problem;
    for (const QByteArray& digest : witness.envelopeSha256) {
        auto verified = crypto::Receipt::verifyDigest(receipt, digest, anchors, expected);
        if (verified) {
            return {};
        }
        problem = verified.error().message;
        if (verified.error().code != crypto::errors::ReceiptMismatch) {
            break;
        }
    }
    return problem;
}

} // namespace

Result<BundleSummary> verifyBundle(const QString& directory, const QList<crypto::Certificate>& trustAnchors,
                                   const std::optional<QByteArray>& exporter,
                                   const std::optional<QByteArray>& firstAdministrator)
{
    const QDir root(QFileInfo(directory).absoluteFilePath());
    if (!QFileInfo(directory).isDir()) {
        return Error::unusable(StoreText::tr("%1 is not a folder").arg(directory));
    }
    Findings findings;
    const auto read = [&root](const QString& relative) -> std::optional<QByteArray> {
        const QFileInfo info(root.filePath(relative));
        if (info.isSymLink() || !info.isFile()) {
            return std::nullopt;
        }
        QFile file(info.filePath());
        if (!file.open(QIODevice::ReadOnly)) {
            return std::nullopt;
        }
        return file.readAll();
    };

    // The manifest and its signature. Nothing else is trusted before the signature verifies.
    const auto manifestBytes = read(bundle::Manifest);
    const auto signature = read(bundle::ManifestSignature);
    if (!manifestBytes) {
        findings.add(StoreText::tr("%1 was removed").arg(bundle::Manifest));
    }
    if (!signature) {
        findings.add(StoreText::tr("%1 was removed").arg(bundle::ManifestSignature));
    }
    if (!manifestBytes || !signature) {
        return findings.error();
    }
    const QJsonObject manifest = QJsonDocument::fromJson(*manifestBytes).object();
    if (manifest.value(QStringLiteral("type")).toString() != QLatin1String("probitas-audit-bundle") ||
        manifest.value(QStringLiteral("version")).toInt() != 1) {
        findings.add(
            StoreText::tr("%1 was changed: it is not a bundle manifest any more").arg(bundle::Manifest));
        return findings.error();
    }
    const QJsonObject exporterJson = manifest.value(QStringLiteral("exporter")).toObject();
    const QDateTime exportedAt =
        QDateTime::fromString(manifest.value(QStringLiteral("exported_at")).toString(), Qt::ISODateWithMs);
    auto head = AuditAnchor::parse(manifest.value(QStringLiteral("audit_head")).toString());

    // Listed files: each there, with its size and hash. Reported once the manifest is known to be genuine.
    Findings files;
    std::map<QString, QByteArray> contents; // the listed files that are whole
    QSet<QString> listed{bundle::Manifest, bundle::ManifestSignature};
    QSet<QString> folders;
    for (const QJsonValue& value : manifest.value(QStringLiteral("files")).toArray()) {
        const QJsonObject file = value.toObject();
        const QString path = file.value(QStringLiteral("path")).toString();
        if (!safeRelativePath(path) || listed.contains(path)) {
            files.add(StoreText::tr("%1 was changed: it lists the file \"%2\"").arg(bundle::Manifest, path));
            continue;
        }
        listed.insert(path);
        if (path.contains(QLatin1Char('/'))) {
            folders.insert(path.section(QLatin1Char('/'), 0, 0));
        }
        const auto bytes = read(path);
        if (!bytes) {
            files.add(StoreText::tr("%1 was removed").arg(path));
        } else if (bytes->size() != file.value(QStringLiteral("size")).toInteger(-1) ||
                   sha256Hex(*bytes) != file.value(QStringLiteral("sha256")).toString()) {
            files.add(StoreText::tr("%1 was changed").arg(path));
        } else {
            contents.emplace(path, *bytes);
        }
    }
    // Nothing else.
    QDirIterator everything(root.path(),
                            QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot,
                            QDirIterator::Subdirectories);
    QStringList added;
    while (everything.hasNext()) {
        everything.next();
        const QFileInfo info = everything.fileInfo();
        const QString relative = root.relativeFilePath(info.filePath());
        if (info.isDir() && !info.isSymLink()) {
            if (!folders.contains(relative)) {
                added << relative + QLatin1Char('/');
            }
        } else if (!listed.contains(relative)) {
            added << relative;
        }
    }
    std::sort(added.begin(), added.end());
    for (const QString& path : added) {
        files.add(StoreText::tr("%1 was added").arg(path));
    }

    // The signature, by the exporter whose certificate the manifest lists.
    crypto::Certificate exporterCertificate;
    if (const auto found = contents.find(exporterJson.value(QStringLiteral("certificate")).toString());
        found != contents.end()) {
        if (auto parsed = crypto::Certificate::fromData(found->second)) {
            exporterCertificate = *parsed;
        }
    }
    if (exporterCertificate.isNull()) {
        findings.add(StoreText::tr("%1 was removed or changed: the manifest's signature cannot be checked")
                         .arg(bundle::ExporterCertificate));
        return findings.error();
    }
    if (!crypto::Signature::verify(*manifestBytes, *signature, exporterCertificate)) {
        findings.add(StoreText::tr("the signature in %1 does not verify over %2: one of them was changed")
                         .arg(bundle::ManifestSignature, bundle::Manifest));
        return findings.error();
    }
    if (exporter && exporterCertificate.sha256Fingerprint() != *exporter) {
        // The manifest is whole, but not the expected exporter's: nothing in it can be trusted.
        findings.add(StoreText::tr("the manifest is signed by %1 (SHA-256 %2), not by the expected exporter "
                                   "(SHA-256 %3); it says it was exported by \"%4\"")
                         .arg(exporterCertificate.commonName(), exporterCertificate.sha256FingerprintHex(),
                              colonHex(*exporter), exporterJson.value(QStringLiteral("name")).toString()));
        return findings.error();
    }
    findings.merge(files);
    if (QString::fromLatin1(exporterCertificate.sha256Fingerprint().toHex()) !=
        exporterJson.value(QStringLiteral("certificate_sha256")).toString()) {
        findings.add(
            StoreText::tr("%1 is not the certificate the manifest names").arg(bundle::ExporterCertificate));
    }
    if (!head || !exportedAt.isValid()) {
        findings.add(StoreText::tr("%1 was changed: no audit head or export time").arg(bundle::Manifest));
        return findings.error();
    }
    if (!trustAnchors.isEmpty()) {
        if (Status trusted = crypto::Signature::verifySigner(exporterCertificate, trustAnchors, exportedAt);
            !trusted) {
            findings.add(
                StoreText::tr("the manifest's signer is not trusted: %1").arg(trusted.error().message));
        }
    }

    // people.json: who the other files name. Informative only: every certificate that counts is the one the
    // directory statements give (below), and people.json must agree with them.
    std::map<QString, QJsonObject> peopleById; // the people.json entry of each person
    if (const auto found = contents.find(bundle::People); found != contents.end()) {
        for (const QJsonValue& value : QJsonDocument::fromJson(found->second).array()) {
            const QString id = value[QStringLiteral("id")].toString();
            peopleById.emplace(id, value.toObject());
            const QString file = value[QStringLiteral("certificate")].toString();
            const auto certificateBytes = contents.find(file);
            if (certificateBytes == contents.end()) {
                continue; // reported above as removed or changed
            }
            auto certificate = crypto::Certificate::fromData(certificateBytes->second);
            if (!certificate || QString::fromLatin1(certificate->sha256Fingerprint().toHex()) !=
                                    value[QStringLiteral("certificate_sha256")].toString()) {
                findings.add(StoreText::tr("%1 is not the certificate %2 names").arg(file, bundle::People));
                continue;
            }
            if (!trustAnchors.isEmpty()) {
                if (Status trusted = crypto::Signature::verifySigner(*certificate, trustAnchors); !trusted) {
                    findings.add(StoreText::tr("%1 is not trusted: %2").arg(file, trusted.error().message));
                }
            }
        }
    } else if (!listed.contains(bundle::People)) {
        findings.add(
            StoreText::tr("%1 was changed: it does not list %2").arg(bundle::Manifest, bundle::People));
    }

    // Every certificate the bundle carries, whatever file holds it: the directory takes from them only the
    // one a statement names, by its fingerprint.
    std::map<QString, crypto::Certificate> carried;
    for (const auto& [path, bytes] : contents) {
        if (path.endsWith(QLatin1String(".pem"))) {
            if (auto certificate = crypto::Certificate::fromData(bytes)) {
                carried.emplace(certificateFingerprint(*certificate), *certificate);
            }
        }
    }
    Directory stated([&carried](const QString& fingerprint) {
        const auto found = carried.find(fingerprint);
        return found == carried.end() ? crypto::Certificate() : found->second;
    });
    const auto nameOf = [&stated](const QString& personId) {
        const auto facts = stated.replayed(personId);
        return facts ? facts->name : personId;
    };

    // The trail: every entry and signature, ending at the manifest's head, with the export.
    std::vector<AuditEntry> entries;
    BundleSummary summary;
    summary.directory = root.path();
    summary.head = *head;
    summary.exportedAt = exportedAt;
    summary.exporter = exporterJson.value(QStringLiteral("name")).toString();
    summary.signer = exporterCertificate;
    summary.files = qint64(listed.size()) - 2;
    bool directoryValid = false;
    if (const auto found = contents.find(bundle::Trail); found != contents.end()) {
        const QList<QByteArray> lines = found->second.split('\n');
        bool readable = true;
        for (qsizetype i = 0; i < lines.size(); ++i) {
            if (lines.at(i).isEmpty() && i == lines.size() - 1) {
                break;
            }
            auto entry = AuditEntry::fromJson(QJsonDocument::fromJson(lines.at(i)).object());
            if (!entry) {
                findings.add(StoreText::tr("%1, line %2: not an audit entry").arg(bundle::Trail).arg(i + 1));
                readable = false;
                break;
            }
            entries.push_back(*entry);
        }
        if (readable) {
            // The directory, as the administrators' statements in the trail make it: they must all verify,
            // down to the store's anchor statement, whose trust anchors must be the CA given (or issued by
            // it). Who held which certificate when is what they say, not what people.json lists.
            stated.append(entries);
            if (!stated.isAdopted()) {
                findings.add(StoreText::tr("%1 holds no directory signed by an administrator (no \"%2\" "
                                           "statement): who held which certificate cannot be checked")
                                 .arg(bundle::Trail, statements::Anchor));
            } else if (Status valid = stated.verifyAll(); !valid) {
                findings.add(StoreText::tr("%1: the directory its statements make is not valid: %2")
                                 .arg(bundle::Trail, valid.error().message));
            } else if (const QString shared = sharedCertificate(entries, nameOf); !shared.isEmpty()) {
                findings.add(QStringLiteral("%1: %2").arg(bundle::Trail, shared));
            } else {
                directoryValid = true;
                summary.storeId = stated.storeId();
                for (const AuditEntry& entry : entries) {
                    if (entry.action == statements::Anchor) {
                        const QJsonObject administrator =
                            entry.details.value(QStringLiteral("administrator")).toObject();
                        summary.administrator = administrator.value(QStringLiteral("name")).toString();
                        summary.administratorCertificate = stated.certificateAt(
                            administrator.value(QStringLiteral("person")).toString(), entry.sequence);
                        if (firstAdministrator &&
                            summary.administratorCertificate.sha256Fingerprint() != *firstAdministrator) {
                            findings.add(
                                StoreText::tr("the bundle's directory is anchored by %1 (SHA-256 %2), not by "
                                              "the store's first administrator given: it is not this "
                                              "store's directory")
                                    .arg(summary.administrator,
                                         summary.administratorCertificate.sha256FingerprintHex()));
                        }
                        break;
                    }
                }
                const QList<crypto::Certificate> storeAnchors = stated.anchors().value();
                for (const crypto::Certificate& anchor : storeAnchors) {
                    if (!trustAnchors.isEmpty() && !issuedByOneOf(anchor, trustAnchors)) {
                        findings.add(StoreText::tr("the store's trust anchor %1 (SHA-256 %2), which its "
                                                   "directory statements name, is not the CA given nor "
                                                   "issued by it")
                                         .arg(anchor.commonName(), anchor.sha256FingerprintHex()));
                    }
                }
            }

            // Each entry signed with the certificate the directory says its actor held then.
            const AuditReport report = verifyAuditChain(
                entries,
                [&stated](const QString& personId, qint64 sequence) {
                    return stated.certificateAt(personId, sequence);
                },
                AuditVerification::EverySignature, *head);
            if (report.firstBad != 0) {
                const qint64 index = report.firstBad - 1;
                findings.add(
                    index >= 0 && index < qint64(entries.size())
                        ? StoreText::tr("%1: %2 (in the name of %3)")
                              .arg(bundle::Trail, report.problem, nameOf(entries[size_t(index)].actorId))
                        : QStringLiteral("%1: %2").arg(bundle::Trail, report.problem));
            } else if (report.headHash != head->hash || report.checked != head->sequence) {
                findings.add(
                    StoreText::tr("%1 goes on after entry %2, the manifest's head: entries were added")
                        .arg(bundle::Trail)
                        .arg(head->sequence));
            }
            // The export, the trail's last entry: by whom, with which certificate, as whom.
            if (!entries.empty()) {
                const AuditEntry& last = entries.back();
                const QString exporterId = exporterJson.value(QStringLiteral("id")).toString();
                if (last.action != actions::ExportBundle || last.actorId != exporterId) {
                    findings.add(
                        StoreText::tr("the manifest is not signed by the exporter the audit trail records"));
                } else if (!(stated.certificateAt(exporterId, last.sequence) == exporterCertificate)) {
                    findings.add(StoreText::tr("the manifest is signed by %1 (SHA-256 %2), not with the "
                                               "certificate the directory gives %3, whose export the audit "
                                               "trail records")
                                     .arg(exporterCertificate.commonName(),
                                          exporterCertificate.sha256FingerprintHex(), nameOf(exporterId)));
                } else if (directoryValid) {
                    // Only the auditor and the administrators may export (decide(Action::AuditLog)), and
                    // the manifest names the exporter as the directory does.
                    const auto exporterFacts = stated.replayed(exporterId);
                    if (!exporterFacts ||
                        (exporterFacts->role != Role::Auditor && exporterFacts->role != Role::Admin) ||
                        exporterFacts->removed) {
                        findings.add(StoreText::tr("the bundle was exported by %1, who is not an auditor or "
                                                   "an administrator in the directory at entry %2")
                                         .arg(nameOf(exporterId), QString::number(last.sequence)));
                    }
                    if (exporterFacts && exporterFacts->name != summary.exporter) {
                        findings.add(StoreText::tr("%1 says it was exported by \"%2\", but the directory "
                                                   "names its exporter %3")
                                         .arg(bundle::Manifest, summary.exporter, exporterFacts->name));
                    }
                }
            }
            if (directoryValid && report.firstBad == 0) {
                // Every signer's certificate issued by the store's trust anchors (whatever its dates: what
                // was signed long ago stays verifiable).
                const QList<crypto::Certificate> anchors = stated.anchors().value();
                std::map<QString, bool> issued; // by fingerprint
                for (const AuditEntry& entry : entries) {
                    const crypto::Certificate signer = stated.certificateAt(entry.actorId, entry.sequence);
                    const QString fingerprint = certificateFingerprint(signer);
                    if (!issued.count(fingerprint)) {
                        issued[fingerprint] = crypto::Signature::verifySigner(signer, anchors).ok();
                        if (!issued[fingerprint]) {
                            findings.add(StoreText::tr("%1: entry %2 is signed by %3 with a certificate the "
                                                       "store's trust anchors did not issue")
                                             .arg(bundle::Trail, QString::number(entry.sequence),
                                                  nameOf(entry.actorId)));
                        }
                    }
                }
            }
        }
        summary.entries = qint64(entries.size());
    } else if (!listed.contains(bundle::Trail)) {
        findings.add(
            StoreText::tr("%1 was changed: it does not list %2").arg(bundle::Manifest, bundle::Trail));
    }

    // people.json agrees with the directory.
    if (directoryValid) {
        for (const auto& [id, person] : peopleById) {
            const auto facts = stated.replayed(id);
            if (!facts) {
                findings.add(StoreText::tr("%1 names %2, whom no directory statement adds")
                                 .arg(bundle::People, person.value(QStringLiteral("name")).toString()));
                continue;
            }
            QStringList differences;
            if (person.value(QStringLiteral("name")).toString() != facts->name) {
                differences << StoreText::tr("its name");
            }
            if (person.value(QStringLiteral("role")).toString() != roleId(facts->role)) {
                differences << StoreText::tr("its role");
            }
            if (person.value(QStringLiteral("authority")).toString() != facts->authorityId) {
                differences << StoreText::tr("the authority it holds");
            }
            if (person.value(QStringLiteral("certificate_sha256")).toString() != facts->fingerprint) {
                differences << StoreText::tr("its certificate");
            }
            if (!differences.isEmpty()) {
                findings.add(
                    StoreText::tr("%1: the entry of %2 differs from what the administrators signed (%3)")
                        .arg(bundle::People, facts->name, differences.join(QStringLiteral(", "))));
            }
        }
    }

    // The metadata, envelopes and receipts, each backed by the entry that recorded it.
    std::map<QString, const AuditEntry*> filings;
    std::multimap<QString, const AuditEntry*> forwards;         // by envelope id
    std::multimap<QString, const AuditEntry*> acknowledgements; // by declaration id
    std::map<QString, QString> authorityAdded;                  // the authority id each person was added with
    for (const AuditEntry& entry : entries) {
        if (entry.action == statements::Add) {
            authorityAdded[entry.details.value(QStringLiteral("person")).toString()] =
                entry.details.value(QStringLiteral("authority")).toString();
        } else if (entry.action == actions::File) {
            filings.emplace(entry.declarationId, &entry);
        } else if (entry.action == actions::Forward || entry.action == actions::Reseal) {
            forwards.emplace(entry.details.value(QStringLiteral("envelope")).toString(), &entry);
        } else if (entry.action == actions::Acknowledge) {
            acknowledgements.emplace(entry.declarationId, &entry);
        }
    }
    const bool trailRead = !entries.empty();
    QSet<QString> declared;
    std::map<QString, QString> declarantOf;
    if (const auto found = contents.find(bundle::Declarations); found != contents.end() && trailRead) {
        for (const QJsonValue& value : QJsonDocument::fromJson(found->second).array()) {
            const QString id = value[QStringLiteral("id")].toString();
            declared.insert(id);
            declarantOf.emplace(id, value[QStringLiteral("declarant_id")].toString());
            const auto filing = filings.find(id);
            if (filing == filings.end() ||
                filing->second->actorId != value[QStringLiteral("declarant_id")].toString() ||
                filing->second->details.value(QStringLiteral("declaration")) !=
                    value[QStringLiteral("declaration")] ||
                filing->second->details.value(QStringLiteral("event")) != value[QStringLiteral("event")] ||
                !filingTimeMatches(parseTimestamp(value[QStringLiteral("filed_at")].toString()),
                                   filing->second->at)) {
                findings.add(
                    StoreText::tr("%1: declaration %2 has no matching \"file\" entry in the audit trail")
                        .arg(bundle::Declarations, id));
            }
        }
        summary.declarations = declared.size();
    }
    std::multimap<QString, QJsonObject> envelopesOf; // by declaration id
    if (const auto found = contents.find(bundle::Envelopes); found != contents.end() && trailRead) {
        const QJsonArray envelopes = QJsonDocument::fromJson(found->second).array();
        for (const QJsonValue& value : envelopes) {
            const QString id = value[QStringLiteral("id")].toString();
            const QString declaration = value[QStringLiteral("declaration")].toString();
            const QString sha256 = value[QStringLiteral("sha256")].toString();
            envelopesOf.emplace(declaration, value.toObject());
            bool backed = false;
            if (value[QStringLiteral("forwarded_by")].isNull()) {
                const auto filing = filings.find(declaration);
                backed =
                    filing != filings.end() &&
                    filing->second->details.value(QStringLiteral("envelope-sha256")).toString() == sha256;
            } else {
                const auto [begin, end] = forwards.equal_range(id);
                for (auto it = begin; it != end; ++it) {
                    backed =
                        backed || (it->second->declarationId == declaration &&
                                   it->second->actorId == value[QStringLiteral("forwarded_by")].toString());
                }
            }
            if (!backed || (!declared.isEmpty() && !declared.contains(declaration))) {
                findings.add(StoreText::tr("%1: envelope %2 does not match the audit trail")
                                 .arg(bundle::Envelopes, id));
            }
        }
        summary.envelopes = envelopes.size();
    }
    if (const auto found = contents.find(bundle::Receipts); found != contents.end() && trailRead) {
        const QJsonArray receipts = QJsonDocument::fromJson(found->second).array();
        for (const QJsonValue& value : receipts) {
            const QString declaration = value[QStringLiteral("declaration")].toString();
            const QString file = value[QStringLiteral("file")].toString();
            const auto bytes = contents.find(file);
            if (bytes == contents.end()) {
                if (!listed.contains(file)) {
                    findings.add(StoreText::tr("%1: the receipt %2 is not in the manifest")
                                     .arg(bundle::Receipts, file));
                }
                continue;
            }
            const QString sha256 = sha256Hex(bytes->second);
            const QString authority = value[QStringLiteral("authority")].toString();
            const AuditEntry* backing = nullptr;
            const auto [begin, end] = acknowledgements.equal_range(declaration);
            for (auto it = begin; it != end && !backing; ++it) {
                if (it->second->actorId == authority &&
                    it->second->details.value(QStringLiteral("receipt-sha256")).toString() == sha256) {
                    backing = it->second;
                }
            }
            if (!backing) {
                findings.add(StoreText::tr("%1 does not match the audit trail's acknowledgement").arg(file));
                // Its signer is still judged, when that authority's acknowledgement was recorded.
                for (auto it = begin; it != end && !backing; ++it) {
                    backing = it->second->actorId == authority ? it->second : nullptr;
                }
                if (!backing) {
                    continue;
                }
            }
            if (!directoryValid) {
                continue; // who held which certificate then is not known: reported above
            }
            // The receipt itself, signed by the authority the index names (whose acknowledgement a trail
            // entry may record while the receipt was swapped): exactly the certificate the directory says it
            // held when acknowledging, and the authority id it was added with, for an envelope of this
            // declaration sealed to it, naming the declarant's certificate of the filing.
            const auto person = stated.replayed(authority);
            const auto filing = filings.find(declaration);
            const crypto::Certificate certificate = stated.certificateAt(authority, backing->sequence);
            const crypto::Certificate declarant =
                stated.certificateAt(declarantOf[declaration],
                                     filing == filings.end() ? backing->sequence : filing->second->sequence);
            if (!person || certificate.isNull() || declarant.isNull()) {
                findings.add(
                    StoreText::tr("%1: the authority or the declarant is not in the directory").arg(file));
                continue;
            }
            ReceiptWitness witness{certificate, authorityAdded[authority], declarant, {}, backing->at};
            const auto [first, last] = envelopesOf.equal_range(declaration);
            for (auto it = first; it != last; ++it) {
                if (it->second.value(QStringLiteral("recipients")).toArray().contains(authority)) {
                    witness.envelopeSha256 << QByteArray::fromHex(
                        it->second.value(QStringLiteral("sha256")).toString().toLatin1());
                }
            }
            if (witness.envelopeSha256.isEmpty() || authority == declarantOf[declaration] ||
                person->role != Role::Authority) {
                findings.add(
                    StoreText::tr("%1: %2 is not an authority the declaration was filed or forwarded to")
                        .arg(file, person->name));
            } else if (const QString problem = receiptProblem(bytes->second, witness, trustAnchors);
                       !problem.isEmpty()) {
                findings.add(
                    StoreText::tr("%1 is not a valid receipt from %2: %3").arg(file, person->name, problem));
            }
        }
        summary.receipts = receipts.size();
    }
    if (!findings.empty()) {
        return findings.error();
    }
    return summary;
}

} // namespace probitas::store
