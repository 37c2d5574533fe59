// probitas-cli export ID --store S --identity ID.p12 --out FILE.p7m [--force]
// Writes the stored envelope of declaration ID that is sealed to this identity, exactly as stored: a CMS
// file, signed and encrypted, never the plaintext. `probitas-cli open --identity ID.p12 FILE.p7m` or
// `openssl cms -decrypt` opens it. Only a reader of the declaration may export it (exit 3 otherwise, the
// refusal audited); the export itself is audited ("export", with the envelope's SHA-256), which stdout
// repeats as "SHA256  FILE".
#include "AtomicFile.h"
#include "Passphrase.h"
#include "StoreCommands.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QFileInfo>

namespace probitas::cli {

int runStoreExport(const QStringList& arguments, CliContext& context)
{
    const QString usage =
        QStringLiteral("probitas-cli export ID --store S --identity ID.p12 --out FILE.p7m [--force]");
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "cli", "Write a stored declaration's envelope, sealed as it is stored (CMS), for a reader of it."));
    const QCommandLineOption outOption(QStringLiteral("out"),
                                       QCoreApplication::translate("cli", "the envelope file to write"),
                                       QStringLiteral("FILE.p7m"));
    const QCommandLineOption force = forceOption();
    parser.addOptions({storeOption(), identityOption(), outOption, force});
    parser.addPositionalArgument(QStringLiteral("ID"),
                                 QCoreApplication::translate("cli", "the declaration id"));
    if (int code = parseStoreCommand(parser, arguments, context, usage, 1); code >= 0) {
        return code;
    }
    const QString path = parser.value(outOption);
    if (path.isEmpty()) {
        context.err << "probitas-cli: " << QCoreApplication::translate("cli", "usage: %1").arg(usage)
                    << Qt::endl;
        return ExitUnusable;
    }
    // Refused before any passphrase is asked or anything is audited.
    if (Status free = checkOutput(parser); !free) {
        return fail(context, free.error());
    }
    auto session = openStoreAs(parser);
    if (!session) {
        return fail(context, session.error());
    }
    auto envelope = session->store->declarations().exportEnvelope(parser.positionalArguments().first(),
                                                                  session->identity);
    if (!envelope) {
        return fail(context, envelope.error());
    }
    // Sealed, but who exported what stays between the reader and the audit trail: owner-only, and whole
    // or absent (QSaveFile).
    if (Status written = crypto::writeFileAtomically(path, *envelope, crypto::FileAccess::OwnerOnly);
        !written) {
        return fail(context, written.error());
    }
    context.out << QString::fromLatin1(
                       QCryptographicHash::hash(*envelope, QCryptographicHash::Sha256).toHex())
                << "  " << path << Qt::endl;
    return ExitOk;
}

} // namespace probitas::cli
