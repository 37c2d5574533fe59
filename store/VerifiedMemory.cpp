#include "VerifiedMemory.h"

#include "Digest.h"
#include "KnownHeads.h"
#include "SaveFile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QtEndian>
#include <cstring>
#include <fcntl.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

namespace probitas::store {

namespace {

// The file's first bytes: another format, or another file, is not read.
constexpr QLatin1StringView kMagic("probitas verified 1\n");

// The file's descriptor, held under an exclusive flock (released by close, or by the kernel if the process
// dies).
class LockedFile
{
public:
    explicit LockedFile(const QString& path)
        : m_descriptor(
              ::open(QFile::encodeName(path).constData(), O_RDWR | O_CREAT | O_APPEND | O_CLOEXEC, 0600))
    {
        if (m_descriptor >= 0 && ::flock(m_descriptor, LOCK_EX) != 0) {
            ::close(m_descriptor);
            m_descriptor = -1;
        }
    }
    ~LockedFile()
    {
        if (m_descriptor >= 0) {
            ::close(m_descriptor);
        }
    }
    LockedFile(const LockedFile&) = delete;
    LockedFile& operator=(const LockedFile&) = delete;

    int descriptor() const { return m_descriptor; }

private:
    int m_descriptor;
};

bool writeAll(int descriptor, const QByteArray& bytes)
{
    qsizetype written = 0;
    while (written < bytes.size()) {
        const ssize_t count =
            ::write(descriptor, bytes.constData() + written, size_t(bytes.size() - written));
        if (count < 0 && errno == EINTR) {
            continue;
        }
        if (count <= 0) {
            return false;
        }
        written += count;
    }
    return true;
}

bool startsWithMagic(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) &&
           file.read(kMagic.size()) == QByteArrayView(kMagic.data(), kMagic.size());
}

VerifiedMemory::Digest digestOf(QByteArrayView bytes)
{
    VerifiedMemory::Digest digest;
    std::memcpy(digest.bytes.data(), bytes.data(),
                size_t(std::min(bytes.size(), VerifiedMemory::kDigestSize)));
    return digest;
}

// The digests of a file in the order they were appended; empty when the file is absent or not one of ours.
std::vector<VerifiedMemory::Digest> readDigests(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return {};
    }
    const QByteArray bytes = file.readAll();
    if (!bytes.startsWith(QByteArrayView(kMagic.data(), kMagic.size()))) {
        return {};
    }
    std::vector<VerifiedMemory::Digest> digests;
    digests.reserve(size_t((bytes.size() - kMagic.size()) / VerifiedMemory::kDigestSize));
    for (qsizetype at = kMagic.size(); at + VerifiedMemory::kDigestSize <= bytes.size();
         at += VerifiedMemory::kDigestSize) {
        digests.push_back(digestOf(QByteArrayView(bytes).sliced(at, VerifiedMemory::kDigestSize)));
    }
    return digests;
}

} // namespace

QString VerifiedMemory::pathFor(const QString& knownHeadsPath, const QString& storeId)
{
    const QFileInfo heads(knownHeadsPath.isEmpty() ? KnownHeads::defaultPath() : knownHeadsPath);
    return heads.absolutePath() + QStringLiteral("/verified/") +
           QString::fromLatin1(crypto::sha256(storeId.toUtf8()).toHex()) + QStringLiteral(".bin");
}

VerifiedMemory::VerifiedMemory(QString path)
    : m_path(std::move(path))
{}

void VerifiedMemory::loadOnce() const
{
    if (m_loaded) {
        return;
    }
    m_loaded = true;
    if (m_path.isEmpty()) {
        return;
    }
    const std::vector<Digest> digests = readDigests(m_path);
    m_known.reserve(qsizetype(digests.size()));
    for (const Digest& digest : digests) {
        m_known.insert(digest);
    }
}

bool VerifiedMemory::contains(const QByteArray& digest) const
{
    if (digest.size() != kDigestSize) {
        return false;
    }
    std::lock_guard lock(m_mutex);
    loadOnce();
    return m_known.contains(digestOf(digest));
}

void VerifiedMemory::insert(const QByteArray& digest)
{
    if (digest.size() != kDigestSize) {
        return;
    }
    const Digest key = digestOf(digest);
    std::lock_guard lock(m_mutex);
    loadOnce();
    if (!m_known.contains(key)) {
        m_known.insert(key);
        m_unsaved.push_back(key);
    }
}

Status VerifiedMemory::save()
{
    std::lock_guard lock(m_mutex);
    if (m_path.isEmpty() || m_unsaved.empty()) {
        m_unsaved.clear();
        return success();
    }
    const QString folder = QFileInfo(m_path).absolutePath();
    if (!QDir().mkpath(folder) ||
        !QFile::setPermissions(folder,
                               QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner)) {
        return Error::environment(tr("%1: cannot create the folder").arg(folder));
    }
    const auto cannotWrite = [this] {
        return Error::environment(tr("%1: cannot write what this computer verified").arg(m_path));
    };
    LockedFile file(m_path);
    if (file.descriptor() < 0 || ::fchmod(file.descriptor(), 0600) != 0) {
        return cannotWrite();
    }
    struct stat status
    {
    };
    if (::fstat(file.descriptor(), &status) != 0) {
        return cannotWrite();
    }
    // A new file, or one that is not ours, starts afresh; a digest cut short (a write interrupted) is
    // dropped.
    const bool fresh = status.st_size < kMagic.size() || !startsWithMagic(m_path);
    const off_t whole =
        fresh ? 0
              : off_t(kMagic.size()) + (status.st_size - off_t(kMagic.size())) / kDigestSize * kDigestSize;
    if (whole != status.st_size && ::ftruncate(file.descriptor(), whole) != 0) {
        return cannotWrite();
    }
    QByteArray bytes;
    if (fresh) {
        bytes.append(kMagic.data(), kMagic.size());
    }
    for (const Digest& digest : m_unsaved) {
        bytes.append(digest.bytes.data(), kDigestSize);
    }
    if (!writeAll(file.descriptor(), bytes)) {
        return cannotWrite();
    }
    m_unsaved.clear();
    const qsizetype stored = (qsizetype(whole) + bytes.size() - kMagic.size()) / VerifiedMemory::kDigestSize;
    if (stored <= kRemembered) {
        return success();
    }
    // Too many: the newest half of what may be kept stays (the others are verified again when read).
    const std::vector<Digest> digests = readDigests(m_path);
    QSaveFile compacted(m_path);
    if (!compacted.open(QIODevice::WriteOnly)) {
        return cannotWrite();
    }
    compacted.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    compacted.write(kMagic.data(), kMagic.size());
    for (size_t i = digests.size() - std::min(digests.size(), size_t(kRemembered / 2)); i < digests.size();
         ++i) {
        compacted.write(digests[i].bytes.data(), kDigestSize);
    }
    if (!whyNotCommitted(compacted).isEmpty()) {
        return cannotWrite();
    }
    return success();
}

size_t qHash(const VerifiedMemory::Digest& digest, size_t seed) noexcept
{
    // A SHA-256 is uniform already: its first bytes are a hash.
    size_t first = 0;
    std::memcpy(&first, digest.bytes.data(), sizeof first);
    return first ^ seed;
}

QByteArray verifiedDigest(QLatin1StringView what, std::initializer_list<QByteArrayView> parts)
{
    // The label and the parts, each preceded by its length: no two lists of parts give the same input.
    // Hashed by OpenSSL in one call (crypto::sha256): a session computes thousands of these.
    qsizetype size = qsizetype(sizeof(quint64)) + what.size();
    for (QByteArrayView part : parts) {
        size += qsizetype(sizeof(quint64)) + part.size();
    }
    QByteArray input;
    input.reserve(size);
    const auto addSized = [&input](QByteArrayView bytes) {
        const quint64 length = qToBigEndian(quint64(bytes.size()));
        input.append(reinterpret_cast<const char*>(&length), sizeof length);
        input.append(bytes);
    };
    addSized(QByteArrayView(what.data(), what.size()));
    for (QByteArrayView part : parts) {
        addSized(part);
    }
    return crypto::sha256(input);
}

} // namespace probitas::store
