#pragma once

#include <QObject>
#include <QStringList>

namespace probitas::gui {

// Says when the desktop wants this session locked, where it tells it on D-Bus: the machine about to sleep
// and the session locked (systemd-logind, on the system bus: PrepareForSleep, and Lock on this process's
// session, as `loginctl lock-session` sends it), or the screen saver started (org.freedesktop.ScreenSaver on
// the session bus, which GNOME, KDE and others provide). Without a bus nothing is said, and the idle delay
// alone locks. A forged signal can only lock the window, which the person unlocks again.
class SessionWatch : public QObject
{
    Q_OBJECT

public:
    explicit SessionWatch(QObject* parent = nullptr);
    // What is watched, as "bus: signal" (for the log and the tests).
    QStringList watching() const { return m_watching; }

signals:
    void lockAsked();

private slots:
    void onPrepareForSleep(bool sleeping);
    void onSessionLock();
    void onScreenSaverActive(bool active);

private:
    QStringList m_watching;
};

} // namespace probitas::gui
