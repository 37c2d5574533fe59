#include "AuditChain.h"

#include "Digest.h"
#include "Signature.h"
#include "StoreSql.h"

#include <QJsonDocument>
#include <QRegularExpression>
#include <QThread>
#include <QtConcurrent/QtConcurrentMap>
#include <algorithm>
#include <charconv>
#include <cstring>

namespace probitas::store {

namespace {

// The store's messages share the context "store" (Store.h); a class that says so lets lupdate file them
// under the context they are looked up in.
struct StoreText
{
    Q_DECLARE_TR_FUNCTIONS(store)
};

QByteArray compact(const QJsonObject& object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact); // QJsonObject keeps its keys sorted
}

struct ToVerify
{
    qint64 sequence;
    const QByteArray* canonical;
    const QByteArray* signature;
    const crypto::Certificate* certificate;
    QString actorId;
};

// The first entry whose signature does not verify, or 0. ECDSA verification is the expensive part, so it
// runs in chunks across the cores. Each chunk parses its own copy of each certificate: OpenSSL 3 serialises
// threads that share one EVP_PKEY (its provider-side cache takes a lock).
qint64 firstBadSignature(const std::vector<ToVerify>& signatures)
{
    const qsizetype chunkCount = std::max(1, QThread::idealThreadCount()) * 4;
    const qsizetype chunkSize =
        std::max<qsizetype>(64, (qsizetype(signatures.size()) + chunkCount - 1) / chunkCount);
    std::vector<std::pair<qsizetype, qsizetype>> chunks;
    for (qsizetype begin = 0; begin < qsizetype(signatures.size()); begin += chunkSize) {
        chunks.emplace_back(begin, std::min<qsizetype>(begin + chunkSize, qsizetype(signatures.size())));
    }
    return QtConcurrent::blockingMappedReduced<qint64>(
        chunks,
        [&signatures](const std::pair<qsizetype, qsizetype>& range) -> qint64 {
            // actor -> (certificate, this chunk's private copy): a renewed actor has held several
            std::map<QString, std::vector<std::pair<crypto::Certificate, crypto::Certificate>>> own;
            for (qsizetype i = range.first; i < range.second; ++i) {
                const ToVerify& item = signatures[size_t(i)];
                auto& held = own[item.actorId];
                auto found = std::find_if(held.begin(), held.end(), [&item](const auto& pair) {
                    return pair.first == *item.certificate;
                });
                if (found == held.end()) {
                    auto copy = crypto::Certificate::fromData(item.certificate->toDer());
                    held.emplace_back(*item.certificate, copy ? *copy : *item.certificate);
                    found = std::prev(held.end());
                }
                if (!crypto::Signature::verify(*item.canonical, *item.signature, found->second)) {
                    return item.sequence; // the chunk's first bad entry; chunks are reduced with min
                }
            }
            return 0;
        },
        [](qint64& result, qint64 bad) {
            if (bad != 0 && (result == 0 || bad < result)) {
                result = bad;
            }
        });
}

} // namespace

QString auditHash(QByteArrayView bytes)
{
    return QString::fromLatin1(crypto::sha256(bytes).toHex());
}

QString auditGenesisHash()
{
    return QString(64, QLatin1Char('0'));
}

namespace {
// Printable ASCII that JSON writes as it is: no quote, no backslash, no control character.
bool isPlain(QStringView text)
{
    bool plain = true;
    for (const QChar c : text) { // no early exit: a loop the compiler can keep simple
        const char16_t unit = c.unicode();
        plain &= unit >= 0x20 && unit <= 0x7e && unit != u'"' && unit != u'\\';
    }
    return plain;
}
} // namespace

QByteArray AuditEntry::canonical() const
{
    const QString atText = at.toString(Qt::ISODateWithMs);
    const bool witnessed = version >= kWitnessedVersion;
    if (isPlain(action) && isPlain(actorId) && isPlain(atText) && isPlain(declarationId) &&
        isPlain(previousHash) && (!witnessed || isPlain(previousSignatureHash))) {
        // Byte for byte what the QJsonObject below serialises to (keys sorted, compact), written without
        // building it: every entry of a trail is re-serialised to check its hash, a million of them for the
        // whole judiciary (tst_audit_chain compares the two on plain and escaped fields).
        const QByteArray detailsText = compact(details);
        QByteArray bytes;
        bytes.reserve(220 + action.size() + actorId.size() + declarationId.size() + detailsText.size());
        bytes += "{\"action\":\"";
        bytes += action.toLatin1();
        bytes += "\",\"actor\":\"";
        bytes += actorId.toLatin1();
        bytes += "\",\"at\":\"";
        bytes += atText.toLatin1();
        bytes += "\",\"declaration\":\"";
        bytes += declarationId.toLatin1();
        bytes += "\",\"details\":";
        bytes += detailsText;
        bytes += ",\"previous\":\"";
        bytes += previousHash.toLatin1();
        if (witnessed) {
            bytes += "\",\"previous_signature\":\"";
            bytes += previousSignatureHash.toLatin1();
        }
        bytes += "\",\"sequence\":";
        bytes += QByteArray::number(sequence);
        bytes += ",\"type\":\"probitas-audit\",\"version\":";
        bytes += QByteArray::number(version);
        bytes += '}';
        return bytes;
    }
    QJsonObject object{
        {QStringLiteral("type"), QStringLiteral("probitas-audit")},
        {QStringLiteral("version"), version},
        {QStringLiteral("sequence"), sequence},
        {QStringLiteral("at"), atText},
        {QStringLiteral("actor"), actorId},
        {QStringLiteral("action"), action},
        {QStringLiteral("declaration"), declarationId},
        {QStringLiteral("details"), details},
        {QStringLiteral("previous"), previousHash},
    };
    if (witnessed) {
        object.insert(QStringLiteral("previous_signature"), previousSignatureHash);
    }
    return compact(object);
}

QJsonObject AuditEntry::toJson() const
{
    return {
        {QStringLiteral("version"), version},
        {QStringLiteral("sequence"), sequence},
        {QStringLiteral("at"), at.toString(Qt::ISODateWithMs)},
        {QStringLiteral("actor"), actorId},
        {QStringLiteral("action"), action},
        {QStringLiteral("declaration"), declarationId.isEmpty() ? QJsonValue() : QJsonValue(declarationId)},
        {QStringLiteral("details"), details},
        {QStringLiteral("previous"), previousHash},
        {QStringLiteral("previous_signature"),
         previousSignatureHash.isEmpty() ? QJsonValue() : QJsonValue(previousSignatureHash)},
        {QStringLiteral("hash"), hash},
        {QStringLiteral("signature"), QString::fromLatin1(signature.toBase64())},
    };
}

Result<AuditEntry> AuditEntry::fromJson(const QJsonObject& object)
{
    AuditEntry entry;
    entry.version = object.value(QStringLiteral("version")).toInt(0);
    entry.sequence = object.value(QStringLiteral("sequence")).toInteger(0);
    entry.at = QDateTime::fromString(object.value(QStringLiteral("at")).toString(), Qt::ISODateWithMs);
    entry.actorId = object.value(QStringLiteral("actor")).toString();
    entry.action = object.value(QStringLiteral("action")).toString();
    entry.declarationId = object.value(QStringLiteral("declaration")).toString();
    entry.details = object.value(QStringLiteral("details")).toObject();
    entry.previousHash = object.value(QStringLiteral("previous")).toString();
    entry.previousSignatureHash = object.value(QStringLiteral("previous_signature")).toString();
    entry.hash = object.value(QStringLiteral("hash")).toString();
    auto signature =
        QByteArray::fromBase64Encoding(object.value(QStringLiteral("signature")).toString().toLatin1(),
                                       QByteArray::AbortOnBase64DecodingErrors);
    if (entry.version < 1 || entry.version > kLinkedVersion || entry.sequence < 1 || !entry.at.isValid() ||
        entry.actorId.isEmpty() || entry.action.isEmpty() || !signature) {
        return Error::unusable(
            StoreText::tr("audit entry %1 is not a readable audit entry").arg(entry.sequence));
    }
    entry.signature = *signature;
    return entry;
}

Result<AuditAnchor> AuditAnchor::parse(const QString& text)
{
    const QStringList parts = text.trimmed().split(QLatin1Char(':'));
    bool numeric = false;
    AuditAnchor anchor;
    if (parts.size() == 2) {
        anchor.sequence = parts.at(0).toLongLong(&numeric);
        anchor.hash = parts.at(1).toLower();
    }
    static const QRegularExpression hex(QStringLiteral("^[0-9a-f]{64}$"));
    if (!numeric || anchor.sequence < 1 || !hex.match(anchor.hash).hasMatch()) {
        return Error::unusable(
            StoreText::tr(
                "not an audit anchor: expected SEQUENCE:SHA256 as audit verify prints it, got \"%1\"")
                .arg(text));
    }
    return anchor;
}

QString AuditAnchor::toString() const
{
    return QString::number(sequence) + QLatin1Char(':') + hash;
}

QString auditEntryProblem(const AuditEntry& previous, const crypto::Certificate& actorCertificate)
{
    const QByteArray canonical = previous.canonical(); // once: every filing witnesses its predecessor
    if (previous.hash != auditHash(canonical)) {
        return StoreText::tr("audit entry %1 was modified").arg(previous.sequence);
    }
    if (actorCertificate.isNull()) {
        return StoreText::tr("audit entry %1 names an actor who is not in the directory")
            .arg(previous.sequence);
    }
    if (!crypto::Signature::verify(canonical, previous.signature, actorCertificate)) {
        return StoreText::tr("audit entry %1 has a signature that does not verify").arg(previous.sequence);
    }
    return {};
}

namespace {

// Whether `text` can stand in a JSON string without escaping: printable ASCII but '"' and '\'.
bool isPlainBytes(QByteArrayView text)
{
    // Eight bytes at a time (`audit verify` checks about 200 of them in each of a million entries). Each test
    // below is exact for the word as a whole: whether any of its bytes is below 0x20, above 0x7e, '"' or
    // '\\'.
    constexpr quint64 kOnes = 0x0101010101010101ULL;
    constexpr quint64 kHighs = 0x8080808080808080ULL;
    const auto anyBelow = [](quint64 word, quint64 bound) { return (word - kOnes * bound) & ~word & kHighs; };
    const auto anyEqual = [&anyBelow](quint64 word, uchar byte) {
        return anyBelow(word ^ (kOnes * byte), 1);
    };
    quint64 unplain = 0;
    qsizetype index = 0;
    for (; index + 8 <= text.size(); index += 8) {
        quint64 word;
        std::memcpy(&word, text.data() + index, sizeof word);
        unplain |= (word & kHighs) | anyBelow(word, 0x20) | anyEqual(word, 0x7f) | anyEqual(word, '"') |
                   anyEqual(word, '\\');
    }
    bool plain = unplain == 0;
    for (; index < text.size(); ++index) {
        const auto byte = uchar(text[index]);
        plain &= byte >= 0x20 && byte <= 0x7e && byte != '"' && byte != '\\';
    }
    return plain;
}

// "yyyy-MM-ddTHH:mm:ss.zzzZ", the form Probitas writes: two of them compare as their bytes do.
bool isStoreTimestamp(QByteArrayView text)
{
    return text.size() == 24 && text.at(10) == 'T' && text.at(23) == 'Z';
}

QDateTime timeOf(const QByteArray& at)
{
    return sql::parseTimestamp(QString::fromUtf8(at));
}

// Whether `at` is before `previous`, a time that was read (an unreadable one orders nothing).
bool earlier(const QByteArray& at, const QByteArray& previous)
{
    if (isStoreTimestamp(at) && isStoreTimestamp(previous)) {
        return at < previous;
    }
    const QDateTime previousTime = timeOf(previous);
    return previousTime.isValid() && timeOf(at) < previousTime;
}

struct Signed
{
    qint64 sequence = 0;
    QByteArray canonical;
    QByteArray signature;
    crypto::Certificate signer;
    QString actorId;
};

std::vector<ToVerify> toVerifyOf(const std::vector<Signed>& items)
{
    std::vector<ToVerify> list;
    list.reserve(items.size());
    for (const Signed& item : items) {
        list.push_back({item.sequence, &item.canonical, &item.signature, &item.signer, item.actorId});
    }
    return list;
}

} // namespace

QByteArray StoredAuditEntry::canonical() const
{
    const bool witnessed = version >= AuditEntry::kWitnessedVersion;
    if (!isPlainBytes(action) || !isPlainBytes(actor) || !isPlainBytes(at) || !isPlainBytes(declaration) ||
        !isPlainBytes(previousHash) || (witnessed && !isPlainBytes(previousSignatureHash))) {
        return decoded().canonical();
    }
    const QByteArrayView detailsText = details.isEmpty() ? QByteArrayView("{}") : QByteArrayView(details);
    // One allocation, the pieces copied in: a million of them for `audit verify` of the whole judiciary.
    QByteArray bytes(200 + action.size() + actor.size() + at.size() + declaration.size() +
                         detailsText.size() + previousHash.size() + previousSignatureHash.size(),
                     Qt::Uninitialized);
    char* cursor = bytes.data();
    const auto put = [&cursor](QByteArrayView piece) {
        // An empty field (a null QByteArray: no declaration) has no data pointer, which memcpy may not take.
        if (!piece.isEmpty()) {
            std::memcpy(cursor, piece.data(), size_t(piece.size()));
            cursor += piece.size();
        }
    };
    const auto number = [&cursor](qint64 value) { cursor = std::to_chars(cursor, cursor + 20, value).ptr; };
    put("{\"action\":\"");
    put(action);
    put("\",\"actor\":\"");
    put(actor);
    put("\",\"at\":\"");
    put(at);
    put("\",\"declaration\":\"");
    put(declaration);
    put("\",\"details\":");
    put(detailsText);
    put(",\"previous\":\"");
    put(previousHash);
    if (witnessed) {
        put("\",\"previous_signature\":\"");
        put(previousSignatureHash);
    }
    put("\",\"sequence\":");
    number(sequence);
    put(",\"type\":\"probitas-audit\",\"version\":");
    number(version);
    put("}");
    bytes.truncate(cursor - bytes.constData());
    return bytes;
}

AuditEntry StoredAuditEntry::decoded() const
{
    AuditEntry entry;
    entry.sequence = sequence;
    entry.at = timeOf(at);
    entry.actorId = QString::fromUtf8(actor);
    entry.action = QString::fromUtf8(action);
    entry.declarationId = QString::fromUtf8(declaration);
    entry.details = QJsonDocument::fromJson(details).object();
    entry.previousHash = QString::fromUtf8(previousHash);
    entry.hash = QString::fromUtf8(hash);
    entry.signature = QByteArray(signature.constData(), signature.size()); // owned (StoredAuditPage)
    entry.version = version;
    entry.previousSignatureHash = QString::fromUtf8(previousSignatureHash);
    return entry;
}

AuditChainLink linkOf(const StoredAuditEntry& stored, crypto::Certificate signer)
{
    QByteArray canonical = stored.canonical();
    if (!crypto::isHexOf(stored.hash, crypto::sha256(canonical))) {
        // Stored in another form than Probitas writes (a time with an offset, details spaced or reordered):
        // the entry it decodes to decides, as it always has.
        return linkOf(stored.decoded(), std::move(signer));
    }
    AuditChainLink link;
    link.sequence = stored.sequence;
    link.version = stored.version;
    link.actorId = QString::fromUtf8(stored.actor);
    // Copied: the stored fields may borrow the bytes of the page being read (StoredAuditPage), and the
    // verifier keeps some of a link's beyond it.
    const auto owned = [](const QByteArray& bytes) { return QByteArray(bytes.constData(), bytes.size()); };
    link.at = owned(stored.at);
    link.canonical = std::move(canonical);
    link.hashMatches = true;
    link.hash = owned(stored.hash);
    link.previousHash = owned(stored.previousHash);
    link.previousSignatureHash = owned(stored.previousSignatureHash);
    link.signature = owned(stored.signature);
    link.signer = std::move(signer);
    return link;
}

AuditChainLink linkOf(const AuditEntry& entry, crypto::Certificate signer)
{
    AuditChainLink link;
    link.sequence = entry.sequence;
    link.version = entry.version;
    link.actorId = entry.actorId;
    link.at = entry.at.toString(Qt::ISODateWithMs).toUtf8();
    link.canonical = entry.canonical();
    link.hashMatches = entry.hash == auditHash(link.canonical);
    link.hash = entry.hash.toUtf8();
    link.previousHash = entry.previousHash.toUtf8();
    link.previousSignatureHash = entry.previousSignatureHash.toUtf8();
    link.signature = entry.signature;
    link.signer = std::move(signer);
    return link;
}

AuditReport verifyAuditChain(const std::vector<AuditEntry>& entries,
                             const std::map<QString, crypto::Certificate>& certificates,
                             AuditVerification verification, const std::optional<AuditAnchor>& anchor)
{
    return verifyAuditChain(
        entries,
        [&certificates](const QString& personId, qint64) {
            const auto found = certificates.find(personId);
            return found == certificates.end() ? crypto::Certificate() : found->second;
        },
        verification, anchor);
}

AuditReport verifyAuditChain(const std::vector<AuditEntry>& entries, const CertificateLookup& certificateAt,
                             AuditVerification verification, const std::optional<AuditAnchor>& anchor)
{
    // Re-serialising and hashing every entry is the bulk of a chain check: spread it over the cores.
    std::vector<AuditChainLink> links(entries.size());
    {
        const qsizetype total = qsizetype(entries.size());
        const qsizetype chunk =
            std::max<qsizetype>(1024, total / (std::max(1, QThread::idealThreadCount()) * 4));
        std::vector<std::pair<qsizetype, qsizetype>> ranges;
        for (qsizetype begin = 0; begin < total; begin += chunk) {
            ranges.emplace_back(begin, std::min(begin + chunk, total));
        }
        QtConcurrent::blockingMap(ranges, [&entries, &links](const std::pair<qsizetype, qsizetype>& range) {
            for (qsizetype i = range.first; i < range.second; ++i) {
                links[size_t(i)] = linkOf(entries[size_t(i)], {});
            }
        });
    }
    for (size_t i = 0; i < entries.size(); ++i) {
        links[i].signer = certificateAt(entries[i].actorId, entries[i].sequence);
    }
    auto report = verifyAuditChain(
        [&links](const AuditChainTake& take) -> Status {
            for (const AuditChainLink& link : links) {
                if (!take(AuditChainLink(link))) {
                    break;
                }
            }
            return success();
        },
        verification, anchor);
    return report ? *report : AuditReport{}; // reading memory does not fail
}

Result<AuditReport> verifyAuditChain(const AuditChainSource& source, AuditVerification verification,
                                     const std::optional<AuditAnchor>& anchor)
{
    AuditReport report;
    // The chain, in order: sequence numbers without gaps, each entry naming its predecessor's hash (and,
    // from version 2, its signature), each hash matching the entry. Only what the signature checks need is
    // kept: the unwitnessed entries (version 1, and the predecessor of a linked entry) and the newest.
    std::vector<Signed> unwitnessed;
    std::optional<Signed> previous; // the entry before the one taken
    int previousVersion = 0;
    QByteArray previousHash = auditGenesisHash().toLatin1();
    QByteArray previousSignature;
    QByteArray previousAt;
    qint64 backwards = 0; // the first entry dated before its predecessor
    QString backwardsProblem;
    qint64 expected = 1;
    qint64 badChain = 0;
    QString chainProblem;
    std::optional<QByteArray> anchorHash; // the hash of the entry at the anchor's position
    const auto take = [&](AuditChainLink&& entry) {
        ++report.checked;
        if (badChain != 0) {
            return true; // counting what is left, as a trail read whole would
        }
        QString problem;
        qint64 bad = entry.sequence;
        if (entry.sequence != expected) {
            bad = expected;
            problem = StoreText::tr("audit entry %1 is missing or out of order").arg(expected);
        } else if (entry.previousHash != previousHash) {
            problem = StoreText::tr("audit entry %1 does not follow entry %2 (removed or reordered entries)")
                          .arg(entry.sequence)
                          .arg(entry.sequence - 1);
        } else if (entry.version >= AuditEntry::kWitnessedVersion &&
                   (previous
                        ? !crypto::isHexOf(entry.previousSignatureHash, crypto::sha256(previousSignature))
                        : entry.previousSignatureHash != previousHash)) { // the genesis hash
            // Either the predecessor's signature was replaced, or this entry was forged: its own signature
            // tells which.
            bool previousSound = true;
            if (previous) {
                previousSound =
                    crypto::Signature::verify(previous->canonical, previous->signature, previous->signer)
                        .ok();
            }
            bad = previousSound ? entry.sequence : entry.sequence - 1;
            problem = previousSound ? StoreText::tr("audit entry %1 was modified").arg(bad)
                                    : StoreText::tr("the signature of audit entry %1 was replaced").arg(bad);
        } else if (!entry.hashMatches) {
            problem = StoreText::tr("audit entry %1 was modified").arg(entry.sequence);
        } else if (entry.signer.isNull()) {
            problem = StoreText::tr("audit entry %1 names an actor who is not in the directory")
                          .arg(entry.sequence);
        }
        if (problem.isEmpty() && backwards == 0 && previous && earlier(entry.at, previousAt)) {
            // Whole and signed, but written by a clock that was behind: a filing could claim to be on time.
            // Reported unless a signature below it fails (the first bad entry is named).
            backwards = entry.sequence;
            backwardsProblem = StoreText::tr("audit entry %1 is dated %2, earlier than entry %3 (%4): time "
                                             "went backwards")
                                   .arg(entry.sequence)
                                   .arg(QString::fromUtf8(entry.at))
                                   .arg(entry.sequence - 1)
                                   .arg(QString::fromUtf8(previousAt));
        }
        if (!problem.isEmpty()) {
            badChain = backwards != 0 ? backwards : bad;
            chainProblem = backwards != 0 ? backwardsProblem : problem;
            return true;
        }
        if (anchor && entry.sequence == anchor->sequence) {
            anchorHash = entry.hash;
        }
        if (previous && (previousVersion < AuditEntry::kWitnessedVersion ||
                         entry.version == AuditEntry::kLinkedVersion)) {
            unwitnessed.push_back(*previous); // unwitnessed itself, or its successor's writer did not see it
        }
        previousHash = entry.hash;
        previousSignature = entry.signature;
        previousAt = entry.at;
        previousVersion = entry.version;
        previous = Signed{entry.sequence, std::move(entry.canonical), std::move(entry.signature),
                          std::move(entry.signer), std::move(entry.actorId)};
        ++expected;
        return true;
    };
    if (Status read = source(take); !read) {
        return read.error();
    }
    if (badChain != 0) {
        report.firstBad = badChain;
        report.problem = chainProblem;
        return report;
    }
    const qint64 count = expected - 1;
    report.headHash = previous ? QString::fromLatin1(previousHash) : auditGenesisHash();
    if (anchor) {
        if (anchor->sequence > count) {
            report.firstBad = count + 1;
            report.problem =
                StoreText::tr("the trail ends at entry %1 but entry %2 was seen before: entries were removed "
                              "from its end")
                    .arg(count)
                    .arg(anchor->sequence);
            return report;
        }
        if (!anchorHash || QString::fromLatin1(*anchorHash) != anchor->hash) {
            report.firstBad = anchor->sequence;
            report.problem =
                StoreText::tr("audit entry %1 is not the one seen before: the trail was rewritten")
                    .arg(anchor->sequence);
            return report;
        }
    }
    if (!previous) {
        return report;
    }
    report.firstBad = backwards;
    report.problem = backwardsProblem;
    qint64 bad = 0;
    if (verification == AuditVerification::Chain) {
        unwitnessed.push_back(*previous); // the newest entry vouches for the witnessed ones below it
        report.signaturesVerified = qint64(unwitnessed.size());
        bad = firstBadSignature(toVerifyOf(unwitnessed));
    }
    if (verification == AuditVerification::EverySignature || bad != 0) {
        // Every signature, or, when something below the newest entry no longer matches what its writers
        // saw, the first entry whose own signature fails: the trail read again, in batches over the cores.
        report.signaturesVerified += count;
        bad = 0;
        std::vector<Signed> batch;
        const auto verifyBatch = [&batch, &bad] {
            if (bad == 0 && !batch.empty()) {
                bad = firstBadSignature(toVerifyOf(batch));
            }
            batch.clear();
        };
        Status read = source([&](AuditChainLink&& entry) {
            if (entry.sequence > count) {
                return false;
            }
            batch.push_back(Signed{entry.sequence, std::move(entry.canonical), std::move(entry.signature),
                                   std::move(entry.signer), std::move(entry.actorId)});
            if (batch.size() == 8192) {
                verifyBatch();
            }
            return bad == 0;
        });
        if (!read) {
            return read.error();
        }
        verifyBatch();
        if (bad == 0 && verification == AuditVerification::Chain) {
            bad = previous->sequence;
        }
    }
    if (bad != 0 && (backwards == 0 || bad < backwards)) {
        report.firstBad = bad;
        report.problem = StoreText::tr("audit entry %1 has a signature that does not verify").arg(bad);
    }
    return report;
}

} // namespace probitas::store
