#include "internal/Der.h"

#include "internal/OpenSsl.h"

namespace probitas::crypto::detail {

namespace {

constexpr int kMaximumDepth = 32;

struct Element
{
    quint8 tag = 0;
    QByteArrayView content;
};

// Reads BER/DER TLVs (low tag numbers only), following indefinite lengths to their end-of-contents.
class Reader
{
public:
    explicit Reader(QByteArrayView bytes)
        : m_bytes(bytes)
    {}

    bool atEnd() const { return m_position >= m_bytes.size(); }

    bool next(Element& element, int depth = 0)
    {
        if (depth > kMaximumDepth || m_position + 2 > m_bytes.size()) {
            return false;
        }
        const auto tag = static_cast<quint8>(m_bytes[m_position++]);
        if ((tag & 0x1F) == 0x1F) {
            return false; // high tag numbers never occur in CMS
        }
        const auto first = static_cast<quint8>(m_bytes[m_position++]);
        if (first == 0x80) {
            if (!(tag & 0x20)) {
                return false; // indefinite length needs a constructed encoding
            }
            const qsizetype start = m_position;
            while (true) {
                if (m_position + 2 > m_bytes.size()) {
                    return false;
                }
                if (m_bytes[m_position] == 0 && m_bytes[m_position + 1] == 0) {
                    element = {tag, m_bytes.sliced(start, m_position - start)};
                    m_position += 2;
                    return true;
                }
                Element inner;
                if (!next(inner, depth + 1)) {
                    return false;
                }
            }
        }
        qsizetype length = 0;
        if (first < 0x80) {
            length = first;
        } else {
            const int count = first & 0x7F;
            if (count > 4) {
                return false;
            }
            for (int i = 0; i < count; ++i) {
                if (m_position >= m_bytes.size()) {
                    return false;
                }
                length = (length << 8) | static_cast<quint8>(m_bytes[m_position++]);
            }
        }
        if (length > m_bytes.size() - m_position) {
            return false;
        }
        element = {tag, m_bytes.sliced(m_position, length)};
        m_position += length;
        return true;
    }

private:
    QByteArrayView m_bytes;
    qsizetype m_position = 0;
};

constexpr quint8 kSequence = 0x30;
constexpr quint8 kSet = 0x31;
constexpr quint8 kInteger = 0x02;
constexpr quint8 kOctetString = 0x04;
constexpr quint8 kOid = 0x06;

// 2.16.840.1.101.3.4.1.46, id-aes256-GCM (RFC 5084).
constexpr char kAes256GcmOid[] = "\x60\x86\x48\x01\x65\x03\x04\x01\x2E";

// 1.2.840.113549.1.7.1 (id-data) and 1.2.840.113549.1.7.2 (id-signedData).
constexpr char kDataOid[] = "\x2A\x86\x48\x86\xF7\x0D\x01\x07\x01";
constexpr char kSignedDataOid[] = "\x2A\x86\x48\x86\xF7\x0D\x01\x07\x02";

Error malformed(const QString& what)
{
    return makeError(ErrorKind::Unusable,
                     QCoreApplication::translate("crypto", "malformed envelope: %1").arg(what),
                     errors::Malformed);
}

bool isSmallInteger(const Element& element, int value)
{
    return element.tag == kInteger && element.content.size() == 1 && element.content[0] == char(value);
}

} // namespace

Status checkAuthEnvelopedShape(QByteArrayView der)
{
    Reader top(der);
    Element contentInfo;
    if (!top.next(contentInfo) || contentInfo.tag != kSequence || !top.atEnd()) {
        return malformed(QCoreApplication::translate("crypto", "not a single ContentInfo"));
    }
    Reader info(contentInfo.content);
    Element type;
    Element wrapper;
    if (!info.next(type) || type.tag != kOid || !info.next(wrapper) || wrapper.tag != 0xA0 || !info.atEnd()) {
        return malformed(QCoreApplication::translate("crypto", "bad ContentInfo"));
    }
    Reader explicitContent(wrapper.content);
    Element envelope;
    if (!explicitContent.next(envelope) || envelope.tag != kSequence || !explicitContent.atEnd()) {
        return malformed(QCoreApplication::translate("crypto", "bad AuthEnvelopedData"));
    }
    Reader fields(envelope.content);
    Element field;
    if (!fields.next(field) || !isSmallInteger(field, 0)) {
        return malformed(QCoreApplication::translate("crypto", "AuthEnvelopedData version must be 0"));
    }
    if (!fields.next(field)) {
        return malformed(QCoreApplication::translate("crypto", "truncated AuthEnvelopedData"));
    }
    if (field.tag == 0xA0 && !fields.next(field)) { // originatorInfo
        return malformed(QCoreApplication::translate("crypto", "truncated AuthEnvelopedData"));
    }
    if (field.tag != kSet) {
        return malformed(QCoreApplication::translate("crypto", "missing recipientInfos"));
    }
    // RecipientInfos are outside the GCM authentication (RFC 5083 has no room for them in the AAD), so
    // their version numbers, which OpenSSL ignores, are held to RFC 5652 here.
    Reader recipients(field.content);
    int recipientCount = 0;
    while (!recipients.atEnd()) {
        Element recipient;
        Element version;
        Element identifier;
        if (!recipients.next(recipient)) {
            return malformed(QCoreApplication::translate("crypto", "bad recipientInfo"));
        }
        Reader recipientFields(recipient.content);
        if (!recipientFields.next(version)) {
            return malformed(QCoreApplication::translate("crypto", "bad recipientInfo"));
        }
        if (recipient.tag == kSequence) { // KeyTransRecipientInfo: 0 with issuerAndSerialNumber, 2 with SKI
            if (!recipientFields.next(identifier) ||
                !(identifier.tag == kSequence ? isSmallInteger(version, 0)
                                              : identifier.tag == 0x80 && isSmallInteger(version, 2))) {
                return malformed(
                    QCoreApplication::translate("crypto", "bad key transport recipient version"));
            }
        } else if (recipient.tag == 0xA1) { // KeyAgreeRecipientInfo
            if (!isSmallInteger(version, 3)) {
                return malformed(
                    QCoreApplication::translate("crypto", "bad key agreement recipient version"));
            }
            // originator [0] { originatorKey [1] { algorithm, publicKey BIT STRING } }: a BIT STRING
            // with unused bits would be silently masked, so the ephemeral key must be whole octets.
            Element originator;
            if (!recipientFields.next(originator) || originator.tag != 0xA0) {
                return malformed(QCoreApplication::translate("crypto", "bad key agreement originator"));
            }
            Reader originatorChoice(originator.content);
            Element choice;
            if (!originatorChoice.next(choice) || !originatorChoice.atEnd()) {
                return malformed(QCoreApplication::translate("crypto", "bad key agreement originator"));
            }
            if (choice.tag == 0xA1) {
                Reader keyFields(choice.content);
                Element algorithm;
                Element publicKey;
                if (!keyFields.next(algorithm) || algorithm.tag != kSequence || !keyFields.next(publicKey) ||
                    publicKey.tag != 0x03 || publicKey.content.isEmpty() || publicKey.content[0] != 0 ||
                    !keyFields.atEnd()) {
                    return malformed(QCoreApplication::translate("crypto", "bad ephemeral public key"));
                }
            }
        } else {
            return malformed(QCoreApplication::translate("crypto", "unsupported recipient type"));
        }
        ++recipientCount;
    }
    if (recipientCount == 0) {
        return malformed(QCoreApplication::translate("crypto", "no recipient"));
    }
    Element encryptedContentInfo;
    if (!fields.next(encryptedContentInfo) || encryptedContentInfo.tag != kSequence) {
        return malformed(QCoreApplication::translate("crypto", "missing authEncryptedContentInfo"));
    }
    {
        Reader content(encryptedContentInfo.content);
        Element contentType;
        Element algorithm;
        if (!content.next(contentType) || contentType.tag != kOid || !content.next(algorithm) ||
            algorithm.tag != kSequence) {
            return malformed(QCoreApplication::translate("crypto", "bad authEncryptedContentInfo"));
        }
        // Not authenticated either: only id-data (what OpenSSL writes) or id-signedData make sense here.
        if (contentType.content != QByteArrayView(kDataOid, sizeof kDataOid - 1) &&
            contentType.content != QByteArrayView(kSignedDataOid, sizeof kSignedDataOid - 1)) {
            return malformed(QCoreApplication::translate("crypto", "unexpected encrypted content type"));
        }
        Reader algorithmFields(algorithm.content);
        Element oid;
        Element parameters;
        if (!algorithmFields.next(oid) || oid.tag != kOid || !algorithmFields.next(parameters) ||
            !algorithmFields.atEnd()) {
            return malformed(QCoreApplication::translate("crypto", "bad content encryption algorithm"));
        }
        if (oid.content != QByteArrayView(kAes256GcmOid, sizeof kAes256GcmOid - 1)) {
            return makeError(ErrorKind::Integrity,
                             QCoreApplication::translate("crypto", "the content cipher is not AES-256-GCM"),
                             errors::UnapprovedAlgorithm);
        }
        Reader gcm(parameters.content);
        Element nonce;
        Element tagLength;
        if (parameters.tag != kSequence || !gcm.next(nonce) || nonce.tag != kOctetString ||
            nonce.content.size() != 12) {
            return malformed(QCoreApplication::translate("crypto", "AES-GCM nonce must be 12 bytes"));
        }
        if (!gcm.next(tagLength) || !isSmallInteger(tagLength, 16) || !gcm.atEnd()) {
            return makeError(ErrorKind::Integrity,
                             QCoreApplication::translate("crypto", "the AES-GCM tag must be 16 bytes"),
                             errors::UnapprovedAlgorithm);
        }
        Element encrypted;
        if (!content.next(encrypted) || (encrypted.tag != 0x80 && encrypted.tag != 0xA0) ||
            !content.atEnd()) {
            return malformed(QCoreApplication::translate("crypto", "missing encrypted content"));
        }
    }
    if (!fields.next(field)) {
        return malformed(QCoreApplication::translate("crypto", "missing authentication tag"));
    }
    if (field.tag == 0xA1 && !fields.next(field)) { // authAttrs
        return malformed(QCoreApplication::translate("crypto", "missing authentication tag"));
    }
    if (field.tag != kOctetString || field.content.size() != 16) {
        return makeError(ErrorKind::Integrity,
                         QCoreApplication::translate("crypto", "the AES-GCM tag must be 16 bytes"),
                         errors::UnapprovedAlgorithm);
    }
    if (!fields.atEnd()) {
        if (!fields.next(field) || field.tag != 0xA2 || !fields.atEnd()) { // unauthAttrs
            return malformed(QCoreApplication::translate("crypto", "unexpected data after the tag"));
        }
    }
    return success();
}

} // namespace probitas::crypto::detail
