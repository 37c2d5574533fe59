#include "Receipt.h"

#include "Clock.h"
#include "CryptoInit.h"
#include "Envelope.h"
#include "internal/Cms.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace probitas::crypto::Receipt {

using namespace detail;

namespace {

const QString kType = QStringLiteral("probitas-receipt");

Error notAReceipt(const QString& why)
{
    return makeError(ErrorKind::Unusable,
                     QCoreApplication::translate("crypto", "not a Probitas receipt: %1").arg(why),
                     errors::NotAReceipt);
}

} // namespace

Result<QByteArray> create(QByteArrayView envelope, const Identity& authority,
                          const QList<Certificate>& trustAnchors)
{
    if (Status ready = initialize(); !ready) {
        return ready.error();
    }
    const QList<Certificate> anchors = trustAnchors.isEmpty() ? authority.trustAnchors() : trustAnchors;
    Certificate declarant;
    {
        auto opened = Envelope::open(envelope, authority, anchors);
        if (!opened) {
            return opened.error();
        }
        declarant = opened->signer; // the plaintext is wiped as `opened` goes out of scope
    }
    QJsonObject declarantObject{
        {QStringLiteral("subject"), declarant.subject()},
        {QStringLiteral("certificate-sha256"), QString::fromLatin1(declarant.sha256Fingerprint().toHex())},
    };
    const QJsonObject document{
        {QStringLiteral("type"), kType},
        {QStringLiteral("version"), 1},
        {QStringLiteral("envelope-sha256"), QString::fromLatin1(sha256(envelope).toHex())},
        {QStringLiteral("declarant"), declarantObject},
        {QStringLiteral("received-at"), Clock::nowUtc().toString(Qt::ISODate)},
    };
    const QByteArray canonical = QJsonDocument(document).toJson(QJsonDocument::Compact);
    auto signedReceipt = signAttached(canonical, authority, anchors);
    if (!signedReceipt) {
        return signedReceipt.error();
    }
    return signedReceipt->toByteArrayUnwiped(); // a receipt holds no secret
}

Result<ReceiptContents> verify(QByteArrayView receipt, QByteArrayView envelope,
                               const QList<Certificate>& trustAnchors, const Certificate& expectedDeclarant)
{
    if (Status ready = initialize(); !ready) {
        return ready.error();
    }
    if (trustAnchors.isEmpty()) {
        return makeError(ErrorKind::Invalid,
                         QCoreApplication::translate("crypto", "no trust anchor to verify the receipt with"),
                         errors::UnknownSigner);
    }
    if (receipt.isEmpty()) {
        return notAReceipt(QCoreApplication::translate("crypto", "empty"));
    }
    auto verified = verifyAttached(receipt, trustAnchors);
    if (!verified) {
        if (verified.error().code == errors::NotSigned) {
            return notAReceipt(verified.error().message);
        }
        return verified.error();
    }
    QJsonParseError parseError;
    const QJsonDocument json = QJsonDocument::fromJson(verified->content.toByteArrayUnwiped(), &parseError);
    const QJsonObject object = json.object();
    const QJsonObject declarant = object.value(QStringLiteral("declarant")).toObject();
    ReceiptContents contents;
    contents.envelopeSha256 =
        QByteArray::fromHex(object.value(QStringLiteral("envelope-sha256")).toString().toLatin1());
    contents.declarantSubject = declarant.value(QStringLiteral("subject")).toString();
    contents.declarantFingerprint =
        QByteArray::fromHex(declarant.value(QStringLiteral("certificate-sha256")).toString().toLatin1());
    contents.receivedAt =
        QDateTime::fromString(object.value(QStringLiteral("received-at")).toString(), Qt::ISODate);
    contents.authority = verified->signer;
    if (parseError.error != QJsonParseError::NoError || !json.isObject() ||
        object.value(QStringLiteral("type")).toString() != kType ||
        object.value(QStringLiteral("version")).toInt() != 1 || contents.envelopeSha256.size() != 32 ||
        contents.declarantFingerprint.size() != 32 || !contents.receivedAt.isValid()) {
        return notAReceipt(QCoreApplication::translate("crypto", "unexpected content"));
    }
    if (contents.envelopeSha256 != sha256(envelope)) {
        return makeError(ErrorKind::Integrity,
                         QCoreApplication::translate("crypto", "the receipt is for another envelope"),
                         errors::ReceiptMismatch);
    }
    if (!expectedDeclarant.isNull() &&
        contents.declarantFingerprint != expectedDeclarant.sha256Fingerprint()) {
        return makeError(ErrorKind::Integrity,
                         QCoreApplication::translate("crypto", "the receipt names another declarant"),
                         errors::ReceiptMismatch);
    }
    return contents;
}

} // namespace probitas::crypto::Receipt
