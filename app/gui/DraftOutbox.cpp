#include "DraftOutbox.h"

#include "AtomicFile.h"
#include "StoreTypes.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>

namespace probitas::gui {

namespace {

constexpr QLatin1StringView kFormat("probitas-draft-outbox");
constexpr int kVersion = 1;

QString sha256Hex(QByteArrayView bytes)
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

} // namespace

DraftOutbox::DraftOutbox(QString folder, QString store, QString declarant)
    : m_folder(std::move(folder))
    , m_store(std::move(store))
    , m_declarant(std::move(declarant))
{}

QString DraftOutbox::defaultFolder()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
        .filePath(QStringLiteral("outbox"));
}

QString DraftOutbox::filePath() const
{
    // Named after the store and the declarant without saying either: the folder's listing names no one.
    const QString name = sha256Hex((m_store + QLatin1Char('\n') + m_declarant).toUtf8()).left(32);
    return QDir(m_folder).filePath(name + QStringLiteral(".draft"));
}

bool DraftOutbox::isWaiting() const
{
    return QFileInfo::exists(filePath());
}

Status DraftOutbox::makeFolder() const
{
    if (!QDir().mkpath(m_folder) ||
        !QFile::setPermissions(m_folder,
                               QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner)) {
        return Error::environment(tr("%1: cannot make the folder for drafts waiting for the server")
                                      .arg(QDir::toNativeSeparators(m_folder)));
    }
    return success();
}

QString DraftOutbox::asidePath(const QString& why) const
{
    return filePath() + QLatin1Char('.') + why + QLatin1Char('-') +
           QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMddTHHmmsszzz"));
}

Status DraftOutbox::write(const QString& path, QByteArrayView sealed) const
{
    // sealed_at is this file's own note, for whoever looks into it: which of two drafts is newer is the
    // time signed inside the envelope (store::Drafts::saveSealed), which editing this file cannot move.
    const QJsonObject object{
        {QStringLiteral("format"), QString(kFormat)},
        {QStringLiteral("version"), kVersion},
        {QStringLiteral("store"), m_store},
        {QStringLiteral("declarant"), m_declarant},
        {QStringLiteral("sealed_at"), QDateTime::currentDateTimeUtc().toString(Qt::ISODate)},
        {QStringLiteral("sealed"), QString::fromLatin1(sealed.toByteArray().toBase64())},
        {QStringLiteral("sha256"), sha256Hex(sealed)},
    };
    return crypto::writeFileAtomically(path, QJsonDocument(object).toJson(), crypto::FileAccess::OwnerOnly);
}

Result<QString> DraftOutbox::put(QByteArrayView sealed) const
{
    if (Status made = makeFolder(); !made) {
        return made.error();
    }
    // A file that cannot be read back is not the previous draft of this one: it may be all that is left of
    // another. It is set aside, never overwritten.
    QString setAside;
    if (isWaiting()) {
        if (auto waiting = take(); !waiting && waiting.error().kind != ErrorKind::Environment) {
            setAside = asidePath(QStringLiteral("damaged"));
            if (!QFile::rename(filePath(), setAside)) {
                return Error::environment(
                    tr("%1: cannot set the damaged draft aside").arg(QDir::toNativeSeparators(filePath())));
            }
        }
    }
    if (Status written = write(filePath(), sealed); !written) {
        return written.error();
    }
    return setAside;
}

Result<QString> DraftOutbox::setAside(const QString& why) const
{
    const QString aside = asidePath(why);
    if (!QFile::rename(filePath(), aside)) {
        return Error::environment(
            tr("%1: cannot set the draft aside").arg(QDir::toNativeSeparators(filePath())));
    }
    return aside;
}

Result<QString> DraftOutbox::keepAside(QByteArrayView sealed, const QString& why) const
{
    if (Status made = makeFolder(); !made) {
        return made.error();
    }
    const QString aside = asidePath(why);
    if (Status written = write(aside, sealed); !written) {
        return written.error();
    }
    return aside;
}

Result<QByteArray> DraftOutbox::take() const
{
    QFile file(filePath());
    if (!file.exists()) {
        return Error{ErrorKind::Unusable, tr("no draft waiting"), QString(store::errors::NotFound)};
    }
    if (!file.open(QIODevice::ReadOnly)) {
        return Error::environment(tr("%1: cannot read the draft waiting for the server")
                                      .arg(QDir::toNativeSeparators(file.fileName())));
    }
    const QString shownPath = QDir::toNativeSeparators(file.fileName());
    const auto damaged = [&shownPath] {
        return Error{
            ErrorKind::Integrity,
            tr("the draft waiting for the server in %1 cannot be read (the file is damaged, cut short or "
               "was edited): it is kept there as it is, and nothing is sent")
                .arg(shownPath),
            QString(outbox::Damaged)};
    };
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        return damaged();
    }
    const QJsonObject object = document.object();
    if (object.value(QStringLiteral("format")).toString() != kFormat ||
        object.value(QStringLiteral("version")).toInt() != kVersion) {
        return damaged();
    }
    if (object.value(QStringLiteral("store")).toString() != m_store ||
        object.value(QStringLiteral("declarant")).toString() != m_declarant) {
        return Error{
            ErrorKind::Integrity,
            tr("the draft waiting in %1 belongs to another store or another person: it is kept there "
               "as it is, and nothing is sent")
                .arg(shownPath),
            QString(outbox::Elsewhere)};
    }
    const auto decoded =
        QByteArray::fromBase64Encoding(object.value(QStringLiteral("sealed")).toString().toLatin1(),
                                       QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded || decoded.decoded.isEmpty() ||
        sha256Hex(decoded.decoded) != object.value(QStringLiteral("sha256")).toString()) {
        return damaged();
    }
    return decoded.decoded;
}

Status DraftOutbox::remove() const
{
    QFile file(filePath());
    if (file.exists() && !file.remove()) {
        return Error::environment(tr("%1: cannot remove the draft sent to the server")
                                      .arg(QDir::toNativeSeparators(file.fileName())));
    }
    return success();
}

} // namespace probitas::gui
