#include "AuditCheckpoint.h"

#include "AuditActions.h"
#include "AuditTrail.h"
#include "Signature.h"
#include "StoreSql.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

namespace probitas::store {

using namespace sql;

namespace {

// The store's messages share the context "store" (Store.h).
struct StoreText
{
    Q_DECLARE_TR_FUNCTIONS(store)
};

const QString kType = QStringLiteral("probitas-audit-checkpoint");

QJsonObject unsignedObject(const AuditCheckpoint& checkpoint)
{
    return {
        {QStringLiteral("type"), kType},
        {QStringLiteral("version"), AuditCheckpoint::kVersion},
        {QStringLiteral("store"), checkpoint.store},
        {QStringLiteral("head"), checkpoint.head.toString()},
        {QStringLiteral("at"), timestamp(checkpoint.at)},
        {QStringLiteral("signer"), checkpoint.signer},
        {QStringLiteral("certificate"), QString::fromLatin1(checkpoint.certificate.toDer().toBase64())},
    };
}

} // namespace

QByteArray AuditCheckpoint::canonical() const
{
    return compact(unsignedObject(*this));
}

QByteArray AuditCheckpoint::toJson() const
{
    QJsonObject object = unsignedObject(*this);
    object.insert(QStringLiteral("signature"), QString::fromLatin1(signature.toBase64()));
    return compact(object) + '\n';
}

Result<AuditCheckpoint> AuditCheckpoint::fromJson(QByteArrayView bytes)
{
    const Error unreadable = Error::unusable(StoreText::tr("not an audit checkpoint file"));
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(bytes.toByteArray(), &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        return unreadable;
    }
    const QJsonObject object = document.object();
    static const QSet<QString> keys{QStringLiteral("type"),        QStringLiteral("version"),
                                    QStringLiteral("store"),       QStringLiteral("head"),
                                    QStringLiteral("at"),          QStringLiteral("signer"),
                                    QStringLiteral("certificate"), QStringLiteral("signature")};
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (!keys.contains(it.key()) ||
            (it.key() == QLatin1String("version") ? !it.value().isDouble() : !it.value().isString())) {
            return unreadable;
        }
    }
    if (object.size() != keys.size() || object.value(QStringLiteral("type")).toString() != kType) {
        return unreadable;
    }
    if (object.value(QStringLiteral("version")).toInt() != kVersion) {
        return Error::unusable(StoreText::tr("audit checkpoint version %1 needs a newer Probitas")
                                   .arg(object.value(QStringLiteral("version")).toInt()));
    }
    AuditCheckpoint checkpoint;
    checkpoint.store = object.value(QStringLiteral("store")).toString();
    auto head = AuditAnchor::parse(object.value(QStringLiteral("head")).toString());
    checkpoint.at = parseTimestamp(object.value(QStringLiteral("at")).toString());
    checkpoint.signer = object.value(QStringLiteral("signer")).toString();
    auto der =
        QByteArray::fromBase64Encoding(object.value(QStringLiteral("certificate")).toString().toLatin1(),
                                       QByteArray::AbortOnBase64DecodingErrors);
    auto signature =
        QByteArray::fromBase64Encoding(object.value(QStringLiteral("signature")).toString().toLatin1(),
                                       QByteArray::AbortOnBase64DecodingErrors);
    auto certificate = der ? crypto::Certificate::fromData(*der) : Result<crypto::Certificate>(unreadable);
    if (!head || !checkpoint.at.isValid() || !certificate || !signature) {
        return unreadable;
    }
    checkpoint.head = *head;
    checkpoint.certificate = *certificate;
    checkpoint.signature = *signature;
    return checkpoint;
}

Status AuditCheckpoint::verify(const QList<crypto::Certificate>& trustAnchors) const
{
    if (!crypto::Signature::verify(canonical(), signature, certificate)) {
        return Error::integrity(
            StoreText::tr("the audit checkpoint's signature does not verify: the file was changed"));
    }
    if (!trustAnchors.isEmpty()) {
        if (Status trusted = crypto::Signature::verifySigner(certificate, trustAnchors, at); !trusted) {
            return Error::integrity(StoreText::tr("the audit checkpoint's signer (%1) is not trusted: %2")
                                        .arg(certificate.commonName(), trusted.error().message));
        }
    }
    return success();
}

Result<AuditCheckpoint> AuditTrail::checkpoint(const crypto::Identity& identity) const
{
    auto reader = wholeTrailReader(identity, actions::Checkpoint);
    if (!reader) {
        return reader.error();
    }
    // Only a trail that verifies is vouched for. Entries appended meanwhile were witnessed by their writers,
    // and the checkpoint's own writer witnesses the newest (appendAudit).
    auto verified = verify();
    if (!verified) {
        return verified.error();
    }
    if (verified->firstBad != 0) {
        return Error{ErrorKind::Integrity,
                     tr("the audit trail does not verify (%1): no checkpoint is made").arg(verified->problem),
                     QString(errors::AuditBroken)};
    }
    Transaction transaction(m_connection);
    if (Status begun = transaction.begin(); !begun) {
        return begun.error();
    }
    const QString head =
        QStringLiteral("SELECT sequence, hash, at FROM audit ORDER BY sequence DESC LIMIT 1");
    auto vouched = fetch(m_connection, head);
    if (!vouched) {
        return vouched.error();
    }
    const QString vouchedFor =
        vouched->empty()
            ? AuditAnchor{0, auditGenesisHash()}.toString()
            : AuditAnchor{vouched->front().at(0).toLongLong(), vouched->front().at(1).toString()}.toString();
    if (Status audited = append(reader->actor(), identity, actions::Checkpoint, {},
                                {{QStringLiteral("head"), vouchedFor}});
        !audited) {
        return audited.error();
    }
    auto own = fetch(m_connection, head);
    if (!own) {
        return own.error();
    }
    if (Status committed = transaction.commit(); !committed) {
        return committed.error();
    }
    auto storeId = m_directory.storeId();
    if (!storeId) {
        return storeId.error();
    }
    AuditCheckpoint checkpoint;
    checkpoint.store = *storeId;
    checkpoint.head = {own->front().at(0).toLongLong(), own->front().at(1).toString()};
    checkpoint.at = parseTimestamp(own->front().at(2).toString());
    checkpoint.signer = reader->name;
    checkpoint.certificate = identity.certificate();
    auto signature = crypto::Signature::sign(checkpoint.canonical(), identity);
    if (!signature) {
        return signature.error();
    }
    checkpoint.signature = *signature;
    return checkpoint;
}

} // namespace probitas::store
