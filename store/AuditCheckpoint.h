#pragma once

#include "AuditChain.h"
#include "Certificate.h"
#include "Identity.h"
#include "Result.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QDateTime>
#include <QList>
#include <QString>

namespace probitas::store {

// A signed checkpoint: the administrator or the auditor vouches, at a time, for the audit trail up to a head,
// in a small file kept outside the store. `audit verify --anchor FILE` later checks its signature and that
// the trail still holds that head: whoever writes to the database cannot cut or rewrite what a checkpoint
// saw.
//
// The file is compact JSON, keys sorted (docs/store.md, "Audit trail"):
//   {"at", "certificate" (the signer's, base64 DER), "head" ("SEQUENCE:HASH" of the checkpoint's own entry),
//    "signature" (base64), "signer" (name), "store", "type": "probitas-audit-checkpoint", "version": 1}
// The signature (crypto::Signature) is over the same object without "signature", compact, keys sorted.
struct AuditCheckpoint
{
    static constexpr int kVersion = 1;

    // The store's id (fixed by its anchor statement, Directory.h): `audit verify --anchor` refuses a
    // checkpoint of another store.
    QString store;
    // The "checkpoint" entry itself, whose details name the head it vouches for (its predecessor): anchoring
    // on the checkpoint's own entry also shows a trail cut back to before the checkpoint.
    AuditAnchor head;
    QDateTime at;   // the checkpoint entry's time
    QString signer; // the signer's name in the directory, for people
    crypto::Certificate certificate;
    QByteArray signature;

    // The bytes signed: the file's object without "signature", compact, keys sorted.
    QByteArray canonical() const;
    // The file.
    QByteArray toJson() const;
    // A checkpoint file exactly as toJson writes it: unknown, missing or mistyped keys are Unusable; its
    // signature is not checked here (verify).
    static Result<AuditCheckpoint> fromJson(QByteArrayView bytes);
    // The signature, by the certificate in the file; with trust anchors (the organisation's CA), that the
    // certificate was issued by one of them and valid at the checkpoint's time. Integrity errors otherwise.
    Status verify(const QList<crypto::Certificate>& trustAnchors = {}) const;
};

} // namespace probitas::store
