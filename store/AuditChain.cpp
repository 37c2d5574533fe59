#include "AuditChain.h"

#include "Digest.h"
#include "Signature.h"

#include <QJsonDocument>
#include <QRegularExpression>
#include <QThread>
#include <QtConcurrent/QtConcurrentMap>
#include <algorithm>

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
    const AuditEntry* entry;
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
                if (!crypto::Signature::verify(item.entry->canonical(), item.entry->signature,
                                               found->second)) {
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
    // Each entry's signer as it was when it signed (a renewed certificate signs only what came after).
    std::vector<crypto::Certificate> signers;
    signers.reserve(entries.size());
    for (const AuditEntry& entry : entries) {
        signers.push_back(certificateAt(entry.actorId, entry.sequence));
    }
    AuditReport report;
    report.checked = qint64(entries.size());
    // The chain, in order: sequence numbers without gaps, each entry naming its predecessor's hash (and, from
    // version 2, its signature), each hash matching the entry. Cheap, so sequential.
    std::vector<ToVerify> all;
    all.reserve(entries.size());
    std::vector<ToVerify> unwitnessed; // version 1 entries, and entries below one
    // Re-serialising and hashing every entry is the bulk of a chain check: spread it over the cores.
    std::vector<char> hashMatches(entries.size(), 0);
    {
        const qsizetype total = qsizetype(entries.size());
        const qsizetype chunk =
            std::max<qsizetype>(1024, total / (std::max(1, QThread::idealThreadCount()) * 4));
        std::vector<std::pair<qsizetype, qsizetype>> ranges;
        for (qsizetype begin = 0; begin < total; begin += chunk) {
            ranges.emplace_back(begin, std::min(begin + chunk, total));
        }
        QtConcurrent::blockingMap(ranges, [&entries,
                                           &hashMatches](const std::pair<qsizetype, qsizetype>& range) {
            for (qsizetype i = range.first; i < range.second; ++i) {
                hashMatches[size_t(i)] = entries[size_t(i)].hash == auditHash(entries[size_t(i)].canonical());
            }
        });
    }
    QString previousHash = auditGenesisHash();
    QString previousSignatureHash = auditGenesisHash();
    QDateTime previousAt;
    qint64 backwards = 0; // the first entry dated before its predecessor
    QString backwardsProblem;
    qint64 expected = 1;
    for (const AuditEntry& entry : entries) {
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
                   entry.previousSignatureHash != previousSignatureHash) {
            // Either the predecessor's signature was replaced, or this entry was forged: its own
            // signature tells which.
            bool previousSound = true;
            if (entry.sequence > 1) {
                const AuditEntry& previous = entries[size_t(entry.sequence - 2)];
                previousSound = crypto::Signature::verify(previous.canonical(), previous.signature,
                                                          signers[size_t(entry.sequence - 2)])
                                    .ok();
            }
            bad = previousSound ? entry.sequence : entry.sequence - 1;
            problem = previousSound ? StoreText::tr("audit entry %1 was modified").arg(bad)
                                    : StoreText::tr("the signature of audit entry %1 was replaced").arg(bad);
        } else if (!hashMatches[size_t(entry.sequence - 1)]) {
            problem = StoreText::tr("audit entry %1 was modified").arg(entry.sequence);
        } else if (signers[size_t(entry.sequence - 1)].isNull()) {
            problem = StoreText::tr("audit entry %1 names an actor who is not in the directory")
                          .arg(entry.sequence);
        }
        if (problem.isEmpty() && backwards == 0 && previousAt.isValid() && entry.at < previousAt) {
            // Whole and signed, but written by a clock that was behind: a filing could claim to be on time.
            // Reported unless a signature below it fails (the first bad entry is named).
            backwards = entry.sequence;
            backwardsProblem = StoreText::tr("audit entry %1 is dated %2, earlier than entry %3 (%4): time "
                                             "went backwards")
                                   .arg(entry.sequence)
                                   .arg(entry.at.toString(Qt::ISODateWithMs))
                                   .arg(entry.sequence - 1)
                                   .arg(previousAt.toString(Qt::ISODateWithMs));
        }
        if (!problem.isEmpty()) {
            report.firstBad = backwards != 0 ? backwards : bad;
            report.problem = backwards != 0 ? backwardsProblem : problem;
            return report;
        }
        const ToVerify item{entry.sequence, &entry, &signers[size_t(entry.sequence - 1)], entry.actorId};
        all.push_back(item);
        if (entry.version < AuditEntry::kWitnessedVersion) {
            unwitnessed.push_back(item);
        } else if (entry.version == AuditEntry::kLinkedVersion && all.size() >= 2 &&
                   (unwitnessed.empty() || unwitnessed.back().sequence != all[all.size() - 2].sequence)) {
            unwitnessed.push_back(all[all.size() - 2]); // its writer did not see it
        }
        previousHash = entry.hash;
        previousSignatureHash = auditHash(entry.signature);
        previousAt = entry.at;
        ++expected;
    }
    report.headHash = entries.empty() ? auditGenesisHash() : entries.back().hash;
    if (anchor) {
        if (anchor->sequence > qint64(entries.size())) {
            report.firstBad = qint64(entries.size()) + 1;
            report.problem =
                StoreText::tr("the trail ends at entry %1 but entry %2 was seen before: entries were removed "
                              "from its end")
                    .arg(entries.size())
                    .arg(anchor->sequence);
            return report;
        }
        if (entries[size_t(anchor->sequence - 1)].hash != anchor->hash) {
            report.firstBad = anchor->sequence;
            report.problem =
                StoreText::tr("audit entry %1 is not the one seen before: the trail was rewritten")
                    .arg(anchor->sequence);
            return report;
        }
    }
    if (entries.empty()) {
        return report;
    }
    report.firstBad = backwards;
    report.problem = backwardsProblem;
    std::vector<ToVerify> toVerify =
        verification == AuditVerification::EverySignature ? all : std::move(unwitnessed);
    if (verification == AuditVerification::Chain &&
        (toVerify.empty() || toVerify.back().sequence != all.back().sequence)) {
        toVerify.push_back(all.back()); // the newest entry vouches for the witnessed ones below it
    }
    report.signaturesVerified = qint64(toVerify.size());
    qint64 bad = firstBadSignature(toVerify);
    if (bad != 0 && verification == AuditVerification::Chain) {
        // Something below the newest entry no longer matches what its writers saw: find the first entry
        // whose own signature fails.
        report.signaturesVerified += qint64(all.size());
        bad = firstBadSignature(all);
        if (bad == 0) {
            bad = all.back().sequence;
        }
    }
    if (bad != 0 && (backwards == 0 || bad < backwards)) {
        report.firstBad = bad;
        report.problem = StoreText::tr("audit entry %1 has a signature that does not verify").arg(bad);
    }
    return report;
}

} // namespace probitas::store
