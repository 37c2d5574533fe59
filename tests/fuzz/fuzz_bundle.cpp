// The auditor's bundle as `probitas-cli audit verify-bundle` reads it (store::verifyBundle): the manifest,
// then, once its signature verifies, the trail, the directory it replays, people.json, the metadata and the
// receipts. The input is the bundle's files (BundleArchive.h). Its manifest.json is a template: the harness
// lists every file of the input in it, with its size and SHA-256, and signs it with the exporter's key (that
// of the seed bundle's auditor), so that the fuzzer's changes to the other files reach the readers behind
// the signature instead of stopping at it. A manifest.json that is not a JSON object, or a manifest.sig of
// the input, are taken as they are.
#include "AuditBundle.h"
#include "BundleArchive.h"
#include "FuzzSupport.h"
#include "Identity.h"
#include "SecureBytes.h"
#include "Signature.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <memory>
#include <set>

using namespace probitas;

namespace {

std::unique_ptr<crypto::Identity> exporter;
std::unique_ptr<QTemporaryDir> scratch;

// The harness writes only below its folder: paths as a bundle has them, nothing that climbs out of it.
bool writable(const QString& path)
{
    static const QRegularExpression shape(QStringLiteral("^[A-Za-z0-9_.-]+(/[A-Za-z0-9_.-]+){0,2}$"));
    return path.size() <= 200 && shape.match(path).hasMatch() &&
           !path.split(QLatin1Char('/')).contains(QStringLiteral("..")) &&
           !path.split(QLatin1Char('/')).contains(QStringLiteral("."));
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int*, char***)
{
    fuzz::quietQt();
    auto loaded = crypto::Identity::load(QStringLiteral(PROBITAS_FUZZ_DATA "/bundle-exporter.p12"),
                                         crypto::SecureBytes(QByteArrayView("correct horse battery staple")));
    if (!loaded) {
        std::fprintf(stderr, "fuzz_bundle: %s\n", qPrintable(loaded.error().message));
        std::abort();
    }
    exporter = std::make_unique<crypto::Identity>(std::move(loaded).value());
    scratch = std::make_unique<QTemporaryDir>();
    if (!scratch->isValid()) {
        std::abort();
    }
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const QString root = scratch->filePath(QStringLiteral("bundle"));
    QDir(root).removeRecursively();
    QDir().mkpath(root);

    QByteArray manifest;
    bool hasManifest = false;
    bool hasSignature = false;
    QJsonArray files;
    std::set<QString> written;
    for (const auto& [path, content] : fuzz::splitArchive(fuzz::bytesOf(data, size))) {
        if (!writable(path) || written.count(path)) {
            continue;
        }
        const QString target = QDir(root).filePath(path);
        if (path.contains(QLatin1Char('/')) && !QDir().mkpath(QFileInfo(target).path())) {
            continue; // a file of that name is in the way
        }
        QFile file(target);
        if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size()) {
            continue;
        }
        written.insert(path);
        if (path == QLatin1String("manifest.json")) {
            hasManifest = true;
            manifest = content;
        } else if (path == QLatin1String("manifest.sig")) {
            hasSignature = true;
        } else {
            files.append(
                QJsonObject{{QStringLiteral("path"), path},
                            {QStringLiteral("size"), qint64(content.size())},
                            {QStringLiteral("sha256"),
                             QString::fromLatin1(
                                 QCryptographicHash::hash(content, QCryptographicHash::Sha256).toHex())}});
        }
    }
    if (hasManifest) {
        const QJsonDocument document = QJsonDocument::fromJson(manifest);
        if (document.isObject()) {
            QJsonObject object = document.object();
            // What the template lists too comes after: paths the product must refuse, files listed twice.
            for (const QJsonValue& extra : object.value(QStringLiteral("files")).toArray()) {
                files.append(extra);
            }
            object.insert(QStringLiteral("files"), files);
            manifest = QJsonDocument(object).toJson(QJsonDocument::Compact);
            QFile file(QDir(root).filePath(QStringLiteral("manifest.json")));
            if (!file.open(QIODevice::WriteOnly) || file.write(manifest) != manifest.size()) {
                return 0;
            }
        }
        if (!hasSignature) {
            auto signature = crypto::Signature::sign(manifest, *exporter);
            PROBITAS_FUZZ_CHECK(signature);
            QFile file(QDir(root).filePath(QStringLiteral("manifest.sig")));
            if (!file.open(QIODevice::WriteOnly) || file.write(*signature) != signature->size()) {
                return 0;
            }
        }
    }
    const auto verified = store::verifyBundle(root);
    // To see what an input reaches: PROBITAS_FUZZ_VERBOSE=1 build-sanitize/tests/fuzz/fuzz_bundle FILE
    static const bool verbose = qEnvironmentVariableIsSet("PROBITAS_FUZZ_VERBOSE");
    if (verbose) {
        std::fprintf(stderr, "verifyBundle: %s\n",
                     verified ? "the bundle is whole" : qPrintable(verified.error().message));
    }
    return 0;
}
