#pragma once

#include "AuditChain.h"
#include "Certificate.h"
#include "Identity.h"
#include "Result.h"

#include <QDateTime>
#include <QLatin1StringView>
#include <QList>
#include <QString>
#include <functional>
#include <optional>

namespace probitas::store {

class Store;

// The auditor's dossier de contrôle: a folder that shows, without the store and without any declaration
// content, which declarations were filed, to whom, what became of them and who did what. docs/store.md
// describes the format; in short:
//   manifest.json      every other file but manifest.sig with its SHA-256 and size, the audit head, the
//                      export time and the exporter (compact JSON, keys sorted: the exact bytes signed)
//   manifest.sig       the exporter's detached signature over manifest.json (crypto::Signature)
//   exporter.pem       the exporter's certificate
//   declarations.json  the metadata of every declaration in the exporter's scope
//   envelopes.json     each envelope's SHA-256 and routing, never the envelope
//   receipts.json      the receipts' index; receipts/*.p7s the receipts (CMS, DER)
//   audit.jsonl        the whole audit trail, one AuditEntry::toJson per line, ending with the export's entry
//   people.json        everyone these files name (actors, declarants, recipients); certificates/*.pem
//                      their certificates
//   directory-certificates/*.pem, anchors/*.pem
//                      every certificate the trail's directory statements name (renewed ones included) and
//                      the trust anchors they name, each file named by the certificate's SHA-256: what the
//                      verifier needs to replay the directory (Directory.h) on its own
namespace bundle {
inline constexpr QLatin1StringView Manifest("manifest.json");
inline constexpr QLatin1StringView ManifestSignature("manifest.sig");
inline constexpr QLatin1StringView ExporterCertificate("exporter.pem");
inline constexpr QLatin1StringView Declarations("declarations.json");
inline constexpr QLatin1StringView Envelopes("envelopes.json");
inline constexpr QLatin1StringView Receipts("receipts.json");
inline constexpr QLatin1StringView Trail("audit.jsonl");
inline constexpr QLatin1StringView People("people.json");
inline constexpr QLatin1StringView DirectoryCertificates("directory-certificates");
inline constexpr QLatin1StringView Anchors("anchors");
inline constexpr QLatin1StringView Cancelled("store.export-cancelled");
inline constexpr QLatin1StringView Broken("store.bundle-broken");
} // namespace bundle

// Reports `done` steps of `total` (0 while the total is unknown); returning false cancels the export.
using BundleProgress = std::function<bool(qint64 done, qint64 total)>;

struct BundleSummary
{
    QString directory;
    qint64 declarations = 0;
    qint64 envelopes = 0;
    qint64 receipts = 0;
    qint64 entries = 0; // audit entries, the export's own included
    qint64 files = 0;   // listed in the manifest
    AuditAnchor head;
    QDateTime exportedAt;
    QString exporter;           // name, as the manifest gives it
    crypto::Certificate signer; // verify: whose key signed the manifest (export: the exporter's)
    // verify: the store the bundle comes from, as its directory's anchor statement names it, and the first
    // administrator who signed that statement: a wholly forged bundle has another
    QString storeId;
    QString administrator; // name
    crypto::Certificate administratorCertificate;
};

// Exports the bundle into `directory`, which must not exist or be empty (else Unusable), as an identity the
// access policy lets read the whole trail (else AccessDenied, audited). The files are written into a
// temporary sibling folder, flushed to disk and renamed at the end: `directory` holds a whole bundle or
// nothing, also when the export is cancelled, fails or is killed. A killed export leaves its hidden
// sibling (".NAME.partial-PID-…"), which the next export to NAME removes. The export is audited
// ("export-bundle") when the evidence is read, so the trail in the bundle ends with it.
Result<BundleSummary> exportBundle(Store& store, const crypto::Identity& exporter, const QString& directory,
                                   const BundleProgress& progress = {});

// Verifies a bundle: every listed file is there with its size and SHA-256, no other file is; the manifest's
// signature verifies with the exporter's certificate. The directory is replayed from the administrators'
// statements in the trail (Directory.h), with the certificates the bundle carries: every statement must
// verify, down to the store's anchor statement. Each entry must verify (AuditVerification::EverySignature)
// with the certificate the directory says its actor held at that entry, never with one the bundle merely
// lists, and the trail must end at the manifest's head with the export, whose actor the directory has as an
// auditor or an administrator holding the certificate that signed the manifest, under the name the manifest
// gives. Every declaration has its "file" entry, every envelope and receipt the entry that recorded it, and
// every receipt is signed by the certificate its authority held then. With trust anchors (the
// organisation's CA), the store's anchors must be one of them or issued by one, and the exporter's
// certificate (valid at the export time) and every one people.json lists must have been issued by them.
// With `exporter` (the SHA-256 fingerprint of the certificate of the person expected to have exported it,
// 32 raw bytes), the manifest must be signed by exactly that certificate: whoever could write a whole new
// directory from its anchor statement, naming themselves its first administrator, could otherwise forge a
// bundle that is whole in itself. With `firstAdministrator` (the fingerprint, 32 raw bytes, of the
// certificate of the store's first administrator, which `audit verify` and an earlier verify-bundle print),
// the directory must be anchored by exactly that certificate: a directory made anew is refused without
// knowing who exported the bundle. Integrity errors (exit 4) name each file changed, removed or added, the
// entry or the statement that fails and whose it is, or who really signed the manifest; Unusable when
// `directory` is not a folder.
Result<BundleSummary> verifyBundle(const QString& directory,
                                   const QList<crypto::Certificate>& trustAnchors = {},
                                   const std::optional<QByteArray>& exporter = std::nullopt,
                                   const std::optional<QByteArray>& firstAdministrator = std::nullopt);

} // namespace probitas::store
