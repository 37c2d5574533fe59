#include "Passphrase.h"

#include "CryptoInit.h"

#include <QCoreApplication>
#include <QFile>
#include <QRegularExpression>
#include <cstdlib>
#include <cstring>
#include <fcntl.h>
#include <termios.h>
#include <unistd.h>

namespace probitas::cli {

using crypto::SecureBytes;

namespace {

// Reads one line from the terminal with echo off. Returns false when there is no terminal.
bool promptOnTerminal(const QString& prompt, SecureBytes& answer)
{
    const int terminal = ::open("/dev/tty", O_RDWR | O_NOCTTY | O_CLOEXEC);
    if (terminal < 0) {
        return false;
    }
    struct termios saved = {};
    const bool haveTermios = tcgetattr(terminal, &saved) == 0;
    if (haveTermios) {
        struct termios silent = saved;
        silent.c_lflag &= ~static_cast<tcflag_t>(ECHO);
        silent.c_lflag |= ECHONL;
        tcsetattr(terminal, TCSAFLUSH, &silent);
    }
    const QByteArray promptBytes = prompt.toLocal8Bit();
    [[maybe_unused]] const ssize_t written =
        ::write(terminal, promptBytes.constData(), static_cast<size_t>(promptBytes.size()));
    char buffer[1024];
    qsizetype length = 0;
    bool complete = false;
    while (length < qsizetype(sizeof buffer)) {
        char c = 0;
        const ssize_t got = ::read(terminal, &c, 1);
        if (got <= 0 || c == '\n') {
            complete = got > 0;
            break;
        }
        buffer[length++] = c;
    }
    if (length > 0 && buffer[length - 1] == '\r') {
        --length;
    }
    answer = SecureBytes(QByteArrayView(buffer, length));
    crypto::wipeMemory(buffer, sizeof buffer);
    if (haveTermios) {
        tcsetattr(terminal, TCSAFLUSH, &saved);
    }
    ::close(terminal);
    return complete || length > 0;
}

} // namespace

Result<SecureBytes> readPassphrase(const char* environmentVariable, const QString& prompt, Confirm confirm)
{
    if (char* value = std::getenv(environmentVariable)) {
        SecureBytes passphrase(QByteArrayView(value, static_cast<qsizetype>(std::strlen(value))));
        // Wipe the environment block in place too: /proc/<pid>/environ reads this very memory.
        crypto::wipeMemory(value, static_cast<qsizetype>(std::strlen(value)));
        ::unsetenv(environmentVariable);
        if (passphrase.isEmpty()) {
            return Error::invalid(
                QCoreApplication::translate("cli", "%1 is empty").arg(QLatin1String(environmentVariable)));
        }
        return passphrase;
    }
    SecureBytes passphrase;
    if (!promptOnTerminal(prompt, passphrase)) {
        return Error::unusable(
            QCoreApplication::translate("cli", "no passphrase: set %1 or run from a terminal")
                .arg(QLatin1String(environmentVariable)));
    }
    if (passphrase.isEmpty()) {
        return Error::invalid(QCoreApplication::translate("cli", "empty passphrase"));
    }
    if (confirm == Confirm::Yes) {
        SecureBytes again;
        if (!promptOnTerminal(QCoreApplication::translate("cli", "Repeat: "), again) ||
            !(again == passphrase)) {
            return Error::invalid(QCoreApplication::translate("cli", "the passphrases do not match"));
        }
    }
    return passphrase;
}

int prepareCrypto(CliContext& context)
{
    if (Status hardened = crypto::hardenProcess(); !hardened) {
        return fail(context, hardened.error());
    }
    if (Status ready = crypto::initialize(); !ready) {
        return fail(context, ready.error());
    }
    return ExitOk;
}

int refusePassphraseArguments(const QStringList& arguments, CliContext& context)
{
    static const QRegularExpression secretOption(
        QStringLiteral(
            "^--?(pass|passwd|password|passphrase|passin|passout|new-passphrase|ca-passphrase|pin)(=.*)?$"),
        QRegularExpression::CaseInsensitiveOption);
    for (const QString& argument : arguments) {
        if (secretOption.match(argument).hasMatch()) {
            context.err
                << "probitas-cli: "
                << QCoreApplication::translate(
                       "cli", "passphrases are never accepted on the command line; use %1 (or %2, %3) or the "
                              "terminal prompt")
                       .arg(QLatin1String(kPassphraseVariable), QLatin1String(kNewPassphraseVariable),
                            QLatin1String(kCaPassphraseVariable))
                << Qt::endl;
            return ExitUnusable;
        }
    }
    return ExitOk;
}

Result<crypto::Identity> loadIdentity(const QString& path, const char* environmentVariable)
{
    if (!QFile::exists(path)) {
        return Error::unusable(QCoreApplication::translate("cli", "%1: no such file").arg(path));
    }
    auto passphrase = readPassphrase(environmentVariable,
                                     QCoreApplication::translate("cli", "Passphrase for %1: ").arg(path));
    if (!passphrase) {
        return passphrase.error();
    }
    auto identity = crypto::Identity::load(path, *passphrase);
    if (identity) {
        warnIfWeaklyProtected(path, *identity);
    }
    return identity;
}

QString protectionWarning(const QString& path, const crypto::Identity& identity)
{
    const std::optional<crypto::Pkcs12Protection> protection = identity.protection();
    if (!protection || protection->meetsPolicy()) {
        return {};
    }
    const QString weakness =
        protection->legacy
            ? QCoreApplication::translate("cli", "an outdated algorithm (PKCS#12's own 3DES or RC2)")
            : QCoreApplication::translate("cli", "only %1 PBKDF2 iterations where Probitas writes %2")
                  .arg(protection->weakestIterations)
                  .arg(crypto::kPkcs12Iterations);
    return QCoreApplication::translate("cli",
                                       "warning: %1 is protected by %2, which makes guessing its passphrase "
                                       "cheap for whoever copies it: `probitas-cli identity passwd %1` "
                                       "protects it again (the same passphrase may be kept)")
        .arg(path, weakness);
}

void warnIfWeaklyProtected(const QString& path, const crypto::Identity& identity)
{
    if (const QString warning = protectionWarning(path, identity); !warning.isEmpty()) {
        QTextStream err(stderr);
        err << "probitas-cli: " << warning << Qt::endl;
    }
}

Result<QList<crypto::Certificate>> loadCertificates(const QStringList& paths)
{
    QList<crypto::Certificate> certificates;
    for (const QString& path : paths) {
        auto list = crypto::Certificate::listFromFile(path);
        if (!list) {
            return list.error();
        }
        certificates << *list;
    }
    return certificates;
}

bool writeStandardOutput(QByteArrayView bytes)
{
    QFile output;
    if (!output.open(stdout, QIODevice::WriteOnly | QIODevice::Unbuffered, QFileDevice::DontCloseHandle)) {
        return false;
    }
    return output.write(bytes.data(), bytes.size()) == bytes.size();
}

} // namespace probitas::cli
