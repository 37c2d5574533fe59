// Writes the seeds that cannot be written by hand, and the test identities their targets need:
//   data/envelope-recipient.p12, corpus/envelope/*.p7m   envelopes sealed for a fixed recipient
//   data/bundle-exporter.p12, corpus/bundle/demo.bundle  the demo organisation's bundle, exported by its
//                                                        auditor, whose key the bundle target signs with
//   corpus/hatvp/export-*.xml                            our declarations as HatvpXml exports them
// Run once, by hand, when a format changes: build-sanitize/tests/fuzz/fuzz_make_seeds tests/fuzz. The keys
// are test keys under the tests' passphrase, for the fuzz targets only.
#include "AuditBundle.h"
#include "BundleArchive.h"
#include "CertificateAuthority.h"
#include "Declaration.h"
#include "Demo.h"
#include "Envelope.h"
#include "HatvpXml.h"
#include "Store.h"

#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <cstdio>

using namespace probitas;

namespace {

const crypto::SecureBytes passphrase(QByteArrayView("correct horse battery staple"));

[[noreturn]] void die(const QString& message)
{
    std::fprintf(stderr, "fuzz_make_seeds: %s\n", qPrintable(message));
    std::exit(1);
}

template <typename T> T take(Result<T> result, const char* what)
{
    if (!result) {
        die(QStringLiteral("%1: %2").arg(QLatin1String(what), result.error().message));
    }
    return std::move(result).value();
}

QByteArray readFile(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        die(path + QStringLiteral(": cannot read"));
    }
    return file.readAll();
}

void writeFile(const QString& path, const QByteArray& bytes)
{
    QDir().mkpath(QFileInfo(path).path());
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size()) {
        die(path + QStringLiteral(": cannot write"));
    }
    std::printf("%s (%lld bytes)\n", qPrintable(path), static_cast<long long>(bytes.size()));
}

void envelopes(const QString& out, const QString& sourceDir)
{
    const auto ca = take(crypto::CertificateAuthority::createRoot(QStringLiteral("CA des tests de fuzzing"),
                                                                  QStringLiteral("Probitas"), 3650),
                         "CA");
    const auto recipient =
        take(crypto::CertificateAuthority::issue(
                 ca, {QStringLiteral("Destinataire"), {}, crypto::KeyAlgorithm::EcP256, 3650}),
             "recipient");
    const auto other =
        take(crypto::CertificateAuthority::issue(
                 ca, {QStringLiteral("Autre destinataire"), {}, crypto::KeyAlgorithm::Rsa3072, 3650}),
             "other recipient");
    const auto signer = take(crypto::CertificateAuthority::issue(
                                 ca, {QStringLiteral("Déclarante"), {}, crypto::KeyAlgorithm::EcP256, 3650}),
                             "signer");
    writeFile(out + QStringLiteral("/data/envelope-recipient.p12"),
              take(recipient.toPkcs12(passphrase), "p12"));
    const QByteArray declaration =
        readFile(sourceDir + QStringLiteral("/tests/declaration/data/di-valid.json"));
    const QByteArray canonical = DeclarationCodec::encode(take(DeclarationCodec::decode(declaration), "di"));
    writeFile(out + QStringLiteral("/corpus/envelope/small.p7m"),
              take(crypto::Envelope::seal("{}", signer, {recipient.certificate()}), "seal"));
    writeFile(out + QStringLiteral("/corpus/envelope/declaration.p7m"),
              take(crypto::Envelope::seal(canonical, signer, {recipient.certificate()}), "seal"));
    // Key agreement and key transport recipients side by side.
    writeFile(out + QStringLiteral("/corpus/envelope/two-recipients.p7m"),
              take(crypto::Envelope::seal(canonical, signer, {other.certificate(), recipient.certificate()}),
                   "seal"));
}

void bundle(const QString& out)
{
    QTemporaryDir work;
    store::Location location;
    location.path = work.filePath(QStringLiteral("demo.sqlite"));
    auto opened =
        take(store::Store::open(location, {work.filePath(QStringLiteral("known-heads")), true}), "store");
    const auto members = take(store::createDemo(*opened, work.filePath(QStringLiteral("demo"))), "demo");
    const auto auditor = std::find_if(members.begin(), members.end(), [](const store::DemoMember& member) {
        return member.role == QLatin1String("auditor");
    });
    if (auditor == members.end()) {
        die(QStringLiteral("the demo has no auditor"));
    }
    const auto identity =
        take(crypto::Identity::load(work.filePath(QStringLiteral("demo/") + auditor->identityFile),
                                    crypto::SecureBytes(auditor->passphrase.toUtf8())),
             "auditor");
    const QString directory = work.filePath(QStringLiteral("bundle"));
    take(store::exportBundle(*opened, identity, directory), "export");
    take(store::verifyBundle(directory), "verify");
    writeFile(out + QStringLiteral("/data/bundle-exporter.p12"), take(identity.toPkcs12(passphrase), "p12"));

    // Every file but the signature; the manifest without its list, which the target makes again.
    std::vector<fuzz::ArchiveFile> files;
    QDirIterator it(directory, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = QDir(directory).relativeFilePath(it.next());
        if (path == QLatin1String("manifest.sig")) {
            continue;
        }
        QByteArray content = readFile(it.filePath());
        if (path == QLatin1String("manifest.json")) {
            QJsonObject manifest = QJsonDocument::fromJson(content).object();
            manifest.remove(QStringLiteral("files"));
            content = QJsonDocument(manifest).toJson(QJsonDocument::Compact);
        }
        if (content.contains("\n== ")) {
            die(path + QStringLiteral(" holds the archive's separator"));
        }
        files.emplace_back(path, content);
    }
    std::sort(files.begin(), files.end());
    const QByteArray archive = fuzz::joinArchive(files);
    if (fuzz::splitArchive(archive) != files) {
        die(QStringLiteral("the archive does not read back"));
    }
    writeFile(out + QStringLiteral("/corpus/bundle/demo.bundle"), archive);
}

void hatvp(const QString& out, const QString& sourceDir)
{
    for (const char* name : {"di-valid", "dsp-valid"}) {
        const auto declaration =
            take(DeclarationCodec::decode(readFile(
                     sourceDir + QStringLiteral("/tests/declaration/data/%1.json").arg(QLatin1String(name)))),
                 name);
        writeFile(out + QStringLiteral("/corpus/hatvp/export-%1.xml").arg(QLatin1String(name)),
                  take(HatvpXml::exportDeclaration(declaration), "export"));
    }
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication application(argc, argv);
    if (argc != 2) {
        die(QStringLiteral("usage: fuzz_make_seeds SOURCE_DIR/tests/fuzz"));
    }
    const QString out = QDir(QString::fromLocal8Bit(argv[1])).absolutePath();
    const QString sourceDir = QDir(out + QStringLiteral("/../..")).absolutePath();
    envelopes(out, sourceDir);
    bundle(out);
    hatvp(out, sourceDir);
    return 0;
}
