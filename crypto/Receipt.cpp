#include "Receipt.h"

#include "Clock.h"
#include "CryptoInit.h"
#include "Envelope.h"
#include "internal/Cms.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <algorithm>

namespace probitas::crypto::Receipt {

using namespace detail;

namespace {

const QString kType = QStringLiteral("probitas-receipt");
constexpr int kVersion = 2;
constexpr qsizetype kMaxAuthorityId = 200;

Error notAReceipt(const QString& why)
{
    return makeError(ErrorKind::Unusable,
                     QCoreApplication::translate("crypto", "not a Probitas receipt: %1").arg(why),
                     errors::NotAReceipt);
}

Error wrongAuthority(const QString& message)
{
    return makeError(ErrorKind::Integrity, message, errors::ReceiptWrongAuthority);
}

// A certificate's name for a message; with the start of its fingerprint when `other` bears the same name,
// so that a look-alike certificate does not read as the expected one.
QString nameOf(const Certificate& certificate, const Certificate& other = {})
{
    QString name = certificate.commonName();
    if (!other.isNull() && other.commonName() == name) {
        name += QStringLiteral(" (SHA-256 %1…)")
                    .arg(QString::fromLatin1(certificate.sha256Fingerprint().left(8).toHex(':').toUpper()));
    }
    return name;
}

QString hexOf(const QByteArray& bytes)
{
    return QString::fromLatin1(bytes.toHex());
}

// The signed document, read; nullopt when it is not a receipt of a version we know.
std::optional<ReceiptContents> parse(const QByteArray& document, const Certificate& signer,
                                     QByteArray& namedAuthorityFingerprint)
{
    QJsonParseError parseError;
    const QJsonDocument json = QJsonDocument::fromJson(document, &parseError);
    if (parseError.error != QJsonParseError::NoError || !json.isObject()) {
        return std::nullopt;
    }
    const QJsonObject object = json.object();
    const QJsonObject declarant = object.value(QStringLiteral("declarant")).toObject();
    ReceiptContents contents;
    contents.version = object.value(QStringLiteral("version")).toInt();
    contents.envelopeSha256 =
        QByteArray::fromHex(object.value(QStringLiteral("envelope-sha256")).toString().toLatin1());
    contents.declarantSubject = declarant.value(QStringLiteral("subject")).toString();
    contents.declarantFingerprint =
        QByteArray::fromHex(declarant.value(QStringLiteral("certificate-sha256")).toString().toLatin1());
    contents.receivedAt =
        QDateTime::fromString(object.value(QStringLiteral("received-at")).toString(), Qt::ISODate);
    contents.authority = signer;
    if (object.value(QStringLiteral("type")).toString() != kType || contents.envelopeSha256.size() != 32 ||
        contents.declarantFingerprint.size() != 32 || !contents.receivedAt.isValid()) {
        return std::nullopt;
    }
    if (contents.version == 1) {
        return contents;
    }
    if (contents.version != kVersion) {
        return std::nullopt;
    }
    const QJsonValue authorityValue = object.value(QStringLiteral("authority"));
    const QJsonObject authority = authorityValue.toObject();
    const QJsonValue id = authority.value(QStringLiteral("id"));
    namedAuthorityFingerprint =
        QByteArray::fromHex(authority.value(QStringLiteral("certificate-sha256")).toString().toLatin1());
    if (!authorityValue.isObject() || namedAuthorityFingerprint.size() != 32 ||
        !authority.value(QStringLiteral("subject")).isString() || !(id.isString() || id.isNull()) ||
        (id.isString() && id.toString().isEmpty())) {
        return std::nullopt;
    }
    contents.authorityId = id.toString();
    return contents;
}

} // namespace

Result<QByteArray> create(QByteArrayView envelope, const Identity& authority, const QString& authorityId,
                          const QList<Certificate>& trustAnchors)
{
    if (Status ready = initialize(); !ready) {
        return ready.error();
    }
    if (authorityId.size() > kMaxAuthorityId ||
        std::any_of(authorityId.begin(), authorityId.end(), [](QChar c) { return !c.isPrint(); })) {
        return makeError(ErrorKind::Unusable,
                         QCoreApplication::translate("crypto", "not an authority id: %1")
                             .arg(authorityId.left(kMaxAuthorityId)),
                         errors::Malformed);
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
    if (declarant == authority.certificate()) {
        return wrongAuthority(QCoreApplication::translate("crypto", "%1 signed this envelope: one does not "
                                                                    "acknowledge one's own declaration")
                                  .arg(nameOf(declarant)));
    }
    const QJsonObject declarantObject{
        {QStringLiteral("subject"), declarant.subject()},
        {QStringLiteral("certificate-sha256"), hexOf(declarant.sha256Fingerprint())},
    };
    const QJsonObject authorityObject{
        {QStringLiteral("subject"), authority.certificate().subject()},
        {QStringLiteral("certificate-sha256"), hexOf(authority.certificate().sha256Fingerprint())},
        {QStringLiteral("id"),
         authorityId.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(authorityId)},
    };
    // QJsonObject keeps its keys sorted: the compact form is the canonical one.
    const QJsonObject document{
        {QStringLiteral("type"), kType},
        {QStringLiteral("version"), kVersion},
        {QStringLiteral("envelope-sha256"), hexOf(sha256(envelope))},
        {QStringLiteral("declarant"), declarantObject},
        {QStringLiteral("authority"), authorityObject},
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
    ReceiptExpectations expected;
    expected.declarant = expectedDeclarant;
    return verify(receipt, envelope, trustAnchors, expected);
}

Result<ReceiptContents> verify(QByteArrayView receipt, QByteArrayView envelope,
                               const QList<Certificate>& trustAnchors, const ReceiptExpectations& expected)
{
    if (Status ready = initialize(); !ready) {
        return ready.error();
    }
    return verifyDigest(receipt, sha256(envelope), trustAnchors, expected);
}

Result<ReceiptContents> verifyDigest(QByteArrayView receipt, QByteArrayView envelopeSha256,
                                     const QList<Certificate>& trustAnchors,
                                     const ReceiptExpectations& expected)
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
    const auto signedByOther = [&expected](const Certificate& signer) {
        return wrongAuthority(
            QCoreApplication::translate("crypto",
                                        "the receipt is signed by %1, not by %2, the authority expected")
                .arg(nameOf(signer, expected.authority), nameOf(expected.authority, signer)));
    };
    // Whoever the receipt claims as its signer is named before its chain is judged: a valid identity of the
    // organisation that is not the expected authority is refused as such, not as an unknown signer.
    if (!expected.authority.isNull()) {
        if (const Certificate claimed = claimedSigner(receipt);
            !claimed.isNull() && !(claimed == expected.authority)) {
            return signedByOther(claimed);
        }
    }
    auto verified = verifyAttached(receipt, trustAnchors, expected.validAt);
    if (!verified) {
        if (verified.error().code == errors::NotSigned) {
            return notAReceipt(verified.error().message);
        }
        return verified.error();
    }
    const Certificate& signer = verified->signer;
    QByteArray namedAuthority;
    auto parsed = parse(verified->content.toByteArrayUnwiped(), signer, namedAuthority);
    if (!parsed) {
        return notAReceipt(QCoreApplication::translate("crypto", "unexpected content"));
    }
    ReceiptContents contents = std::move(*parsed);
    // Who made it first: a receipt from the wrong hands says so, whatever envelope it names.
    if (contents.declarantFingerprint == signer.sha256Fingerprint()) {
        return wrongAuthority(QCoreApplication::translate("crypto", "the receipt is signed by %1, the "
                                                                    "declarant it names: one does not "
                                                                    "acknowledge one's own declaration")
                                  .arg(nameOf(signer)));
    }
    if (contents.namesAuthority() && namedAuthority != signer.sha256Fingerprint()) {
        return wrongAuthority(
            QCoreApplication::translate("crypto",
                                        "the receipt is signed by %1 but names another certificate as its "
                                        "authority's")
                .arg(nameOf(signer)));
    }
    if (!expected.authority.isNull() && !(signer == expected.authority)) {
        return signedByOther(signer);
    }
    if ((!expected.authority.isNull() || !expected.authorityId.isEmpty()) && !contents.namesAuthority()) {
        const QString who = expected.authority.isNull() ? expected.authorityId : nameOf(expected.authority);
        return makeError(ErrorKind::Integrity,
                         QCoreApplication::translate("crypto",
                                                     "the receipt (version 1, signed by %1) names no "
                                                     "authority, so it cannot prove that %2 received the "
                                                     "envelope")
                             .arg(nameOf(signer), who),
                         errors::ReceiptNamesNoAuthority);
    }
    if (!expected.authorityId.isEmpty() && contents.authorityId != expected.authorityId) {
        return wrongAuthority(
            (contents.authorityId.isEmpty()
                 ? QCoreApplication::translate("crypto", "the receipt is made by %1 as no authority, not as "
                                                         "%2, the authority expected")
                       .arg(nameOf(signer), expected.authorityId)
                 : QCoreApplication::translate("crypto",
                                               "the receipt is made by %1 as %2, not as %3, the authority "
                                               "expected")
                       .arg(nameOf(signer), contents.authorityId, expected.authorityId)));
    }
    if (contents.envelopeSha256 != envelopeSha256) {
        return makeError(ErrorKind::Integrity,
                         QCoreApplication::translate("crypto", "the receipt is for another envelope"),
                         errors::ReceiptMismatch);
    }
    if (!expected.declarant.isNull() &&
        contents.declarantFingerprint != expected.declarant.sha256Fingerprint()) {
        return makeError(ErrorKind::Integrity,
                         QCoreApplication::translate("crypto", "the receipt names another declarant"),
                         errors::ReceiptMismatch);
    }
    return contents;
}

} // namespace probitas::crypto::Receipt
