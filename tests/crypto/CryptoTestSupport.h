#pragma once

// Shared fixtures for the crypto tests: one in-memory PKI per test process (key generation is cheap,
// PKCS#12 protection is not), and a wrapper around the openssl binary for interoperability checks.

#include "CertificateAuthority.h"
#include "Identity.h"
#include "SecureBytes.h"
#include "TestTimeouts.h"

#include <QByteArray>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

namespace probitas::crypto::testing {

inline const char* opensslBinary()
{
    return "/usr/bin/openssl";
}

struct ProcessResult
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
    bool ok() const { return exitCode == 0; }
};

inline ProcessResult
runProcess(const QString& program, const QStringList& arguments, const QByteArray& input = {},
           const QProcessEnvironment& environment = QProcessEnvironment::systemEnvironment())
{
    QProcess process;
    process.setProcessEnvironment(environment);
    process.start(program, arguments);
    if (!process.waitForStarted(probitas::testing::scaledTimeout(10000))) {
        return {-1, {}, QByteArrayLiteral("cannot start ") + program.toUtf8()};
    }
    if (!input.isEmpty()) {
        process.write(input);
    }
    process.closeWriteChannel();
    if (!process.waitForFinished(probitas::testing::scaledTimeout(60000))) {
        process.kill();
        process.waitForFinished();
        return {-1, process.readAllStandardOutput(), QByteArrayLiteral("timeout")};
    }
    const int code = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    return {code, process.readAllStandardOutput(), process.readAllStandardError()};
}

// The passphrase travels to openssl through its environment (env:NAME), never on its command line.
inline ProcessResult openssl(const QStringList& arguments, const QByteArray& input = {})
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("TEST_PASS"), QStringLiteral("correct horse battery staple"));
    return runProcess(QLatin1String(opensslBinary()), arguments, input, environment);
}

inline SecureBytes testPassphrase()
{
    return SecureBytes(QByteArrayView("correct horse battery staple"));
}

inline bool writeFile(const QString& path, const QByteArray& bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

inline QByteArray readFile(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// The organisation's PKI and a foreign one, issued once per process.
struct Pki
{
    Identity ca;
    Identity declarant;    // EC P-256
    Identity rsaDeclarant; // RSA-3072 (signs with RSA-PSS)
    Identity authority;    // EC P-256
    Identity rsaAuthority; // RSA-3072
    Identity college;      // EC P-256, the "collège de déontologie"
    Identity extra;        // EC P-256
    Identity foreignCa;
    Identity outsider; // EC P-256 issued by foreignCa

    QList<Identity> recipients() const { return {authority, rsaAuthority, college, extra, rsaDeclarant}; }
};

inline Identity issueOrDie(const Identity& ca, const QString& name, KeyAlgorithm algorithm)
{
    auto identity = CertificateAuthority::issue(ca, {name, QStringLiteral("Probitas tests"), algorithm, 730});
    if (!identity) {
        qFatal("cannot issue %s: %s", qPrintable(name), qPrintable(identity.error().message));
    }
    return *identity;
}

inline const Pki& pki()
{
    static const Pki instance = [] {
        Pki p;
        auto ca =
            CertificateAuthority::createRoot(QStringLiteral("Autorité de test"), QStringLiteral("Probitas"));
        auto foreign =
            CertificateAuthority::createRoot(QStringLiteral("Foreign CA"), QStringLiteral("Elsewhere"));
        if (!ca || !foreign) {
            qFatal("cannot create the test CAs");
        }
        p.ca = *ca;
        p.foreignCa = *foreign;
        p.declarant = issueOrDie(p.ca, QStringLiteral("Marie Déclarante"), KeyAlgorithm::EcP256);
        p.rsaDeclarant = issueOrDie(p.ca, QStringLiteral("Rémi RSA"), KeyAlgorithm::Rsa3072);
        p.authority = issueOrDie(p.ca, QStringLiteral("Service des déclarations"), KeyAlgorithm::EcP256);
        p.rsaAuthority = issueOrDie(p.ca, QStringLiteral("Autorité RSA"), KeyAlgorithm::Rsa3072);
        p.college = issueOrDie(p.ca, QStringLiteral("Collège de déontologie"), KeyAlgorithm::EcP256);
        p.extra = issueOrDie(p.ca, QStringLiteral("Greffe"), KeyAlgorithm::EcP256);
        p.outsider = issueOrDie(p.foreignCa, QStringLiteral("Intrus"), KeyAlgorithm::EcP256);
        return p;
    }();
    return instance;
}

// Writes the CA as PEM certificate + unencrypted PEM key into `directory` (via our PKCS#12 and the openssl
// binary, which also proves openssl reads our files), so openssl can issue certificates under it.
inline bool exportForOpenssl(const Identity& identity, const QString& directory, const QString& stem)
{
    const QString p12 = directory + QLatin1Char('/') + stem + QStringLiteral(".p12");
    if (!identity.save(p12, testPassphrase()).ok()) {
        return false;
    }
    const auto key =
        openssl({QStringLiteral("pkcs12"), QStringLiteral("-in"), p12, QStringLiteral("-nocerts"),
                 QStringLiteral("-nodes"), QStringLiteral("-passin"), QStringLiteral("env:TEST_PASS")});
    return key.ok() && writeFile(directory + QLatin1Char('/') + stem + QStringLiteral(".key.pem"), key.out) &&
           writeFile(directory + QLatin1Char('/') + stem + QStringLiteral(".pem"),
                     identity.certificate().toPem());
}

// A key of the given openssl -newkey spec with a certificate signed by the CA exported as `caStem`.
inline bool issueWithOpenssl(const QString& directory, const QString& caStem, const QString& stem,
                             const QStringList& keySpec, const QString& keyUsage,
                             const QString& digest = QStringLiteral("-sha256"))
{
    const QString base = directory + QLatin1Char('/') + stem;
    QStringList request{QStringLiteral("req"),
                        QStringLiteral("-new"),
                        QStringLiteral("-nodes"),
                        QStringLiteral("-keyout"),
                        base + QStringLiteral(".key.pem"),
                        QStringLiteral("-out"),
                        base + QStringLiteral(".csr"),
                        QStringLiteral("-subj"),
                        QStringLiteral("/CN=") + stem};
    request << keySpec;
    if (!openssl(request).ok()) {
        return false;
    }
    const QString extensions = base + QStringLiteral(".ext");
    writeFile(extensions, QStringLiteral("basicConstraints=critical,CA:FALSE\nkeyUsage=critical,%1\n"
                                         "subjectKeyIdentifier=hash\nauthorityKeyIdentifier=keyid:always\n")
                              .arg(keyUsage)
                              .toUtf8());
    const QString ca = directory + QLatin1Char('/') + caStem;
    return openssl({QStringLiteral("x509"), QStringLiteral("-req"), QStringLiteral("-in"),
                    base + QStringLiteral(".csr"), QStringLiteral("-CA"), ca + QStringLiteral(".pem"),
                    QStringLiteral("-CAkey"), ca + QStringLiteral(".key.pem"),
                    QStringLiteral("-CAcreateserial"), QStringLiteral("-days"), QStringLiteral("30"), digest,
                    QStringLiteral("-extfile"), extensions, QStringLiteral("-out"),
                    base + QStringLiteral(".pem")})
        .ok();
}

} // namespace probitas::crypto::testing
