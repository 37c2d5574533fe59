#pragma once

#include "Result.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>
#include <memory>

namespace probitas::crypto {

namespace detail {
struct CertificateAccess;
}

enum class KeyType {
    Unknown,
    EcP256, // ECDSA to sign, ECDH to receive
    EcOther,
    Rsa,
    Other,
};

// An X.509 certificate, immutable and cheap to copy (shared). A default-constructed one is null.
class Certificate
{
public:
    Certificate();

    // PEM or DER, detected from the bytes.
    static Result<Certificate> fromData(QByteArrayView bytes);
    static Result<Certificate> fromFile(const QString& path);
    // Every certificate of a PEM bundle (or a single DER certificate).
    static Result<QList<Certificate>> listFromData(QByteArrayView bytes);
    static Result<QList<Certificate>> listFromFile(const QString& path);

    bool isNull() const { return !d; }

    QByteArray toDer() const;
    QByteArray toPem() const;

    QString subject() const; // RFC 2253, UTF-8
    // RFC 2253 with every byte outside ASCII escaped ("CN=H\C3\A9l\C3\A8ne"), as OpenSSL's XN_FLAG_RFC2253
    // prints it: how PostgreSQL names a client certificate's subject (pg_hba.conf's clientname=DN).
    QString subjectAsciiRfc2253() const;
    QString issuer() const;     // RFC 2253, UTF-8
    QString commonName() const; // the subject's CN, or the whole subject when there is none
    QString serialNumberHex() const;
    QDateTime notBefore() const;          // UTC
    QDateTime notAfter() const;           // UTC
    QByteArray sha256Fingerprint() const; // 32 raw bytes
    QString sha256FingerprintHex() const; // "AB:CD:..."

    KeyType keyType() const;
    int keyBits() const;
    QString keyDescription() const; // "ECDSA/ECDH P-256", "RSA 3072", ...
    QStringList keyUsages() const;  // keyUsage bits by their RFC 5280 names; empty when absent
    bool isCertificateAuthority() const;
    bool isSelfSigned() const;

    friend bool operator==(const Certificate& a, const Certificate& b);

private:
    struct Data;
    explicit Certificate(std::shared_ptr<const Data> data);
    std::shared_ptr<const Data> d;
    friend struct detail::CertificateAccess;
};

} // namespace probitas::crypto
