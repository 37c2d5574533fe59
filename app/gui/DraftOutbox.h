#pragma once

#include "Result.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QCoreApplication>
#include <QString>

namespace probitas::gui {

namespace outbox {
inline constexpr QLatin1StringView Damaged("outbox.damaged");     // cut short, edited, not an outbox file
inline constexpr QLatin1StringView Elsewhere("outbox.elsewhere"); // another store's or person's draft
} // namespace outbox

// A draft the server could not take, kept on this computer until it can: the bytes Drafts::seal made (sealed
// to the declarant alone and signed by her: never a clear word of the declaration), one file per store and
// declarant, written whole or not at all (QSaveFile), owner-only in an owner-only folder. The file is never
// deleted or overwritten unless it was read back whole: one damaged or edited by hand is said so and kept
// (set aside when a newer draft takes its place). Whether its bytes are really her draft, the store checks
// when it takes them (Drafts::saveSealed).
class DraftOutbox
{
    Q_DECLARE_TR_FUNCTIONS(DraftOutbox)

public:
    // `store`: the store's description (Location::describe, without any secret); `declarant`: her
    // certificate's SHA-256 fingerprint.
    DraftOutbox(QString folder, QString store, QString declarant);
    // AppDataLocation/outbox.
    static QString defaultFolder();

    QString filePath() const;
    // A file waits (readable or not).
    bool isWaiting() const;
    // Keeps `sealed`, replacing the draft waiting; returns where a damaged file that was there was set aside
    // (empty when there was none).
    Result<QString> put(QByteArrayView sealed) const;
    // The sealed draft waiting: NotFound when none, Damaged or Elsewhere (Integrity) naming the file, which
    // is left as it is.
    Result<QByteArray> take() const;
    // Once the store holds the draft (or a newer one).
    Status remove() const;
    // The draft waiting, moved aside (`why` names the file: "older", …) instead of removed: returns where.
    Result<QString> setAside(const QString& why) const;
    // Writes `sealed` aside, in the same format as the draft waiting (renamed to filePath(), it would be the
    // one sent): returns where.
    Result<QString> keepAside(QByteArrayView sealed, const QString& why) const;

private:
    QString asidePath(const QString& why) const;
    Status makeFolder() const;
    Status write(const QString& path, QByteArrayView sealed) const;

    QString m_folder;
    QString m_store;
    QString m_declarant;
};

} // namespace probitas::gui
