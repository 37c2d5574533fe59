#include "SessionWatch.h"

#include "Commands.h"

#include <QCoreApplication>
#include <QDBusConnection>
#include <QDBusMessage>
#include <QDBusObjectPath>
#include <QDBusPendingCallWatcher>
#include <QDBusPendingReply>

namespace probitas::gui {

namespace {

const QString kLogin1 = QStringLiteral("org.freedesktop.login1");

} // namespace

SessionWatch::SessionWatch(QObject* parent)
    : QObject(parent)
{
    QDBusConnection system = QDBusConnection::systemBus();
    if (system.isConnected()) {
        if (system.connect(kLogin1, QStringLiteral("/org/freedesktop/login1"),
                           QStringLiteral("org.freedesktop.login1.Manager"),
                           QStringLiteral("PrepareForSleep"), this, SLOT(onPrepareForSleep(bool)))) {
            m_watching << QStringLiteral("system: PrepareForSleep");
        }
        // This process's own session, which logind names by any of its processes. Asked without waiting:
        // the window opens at once, whatever logind takes to answer (or if it never does).
        QDBusMessage ask = QDBusMessage::createMethodCall(kLogin1, QStringLiteral("/org/freedesktop/login1"),
                                                          QStringLiteral("org.freedesktop.login1.Manager"),
                                                          QStringLiteral("GetSessionByPID"));
        ask << uint(QCoreApplication::applicationPid());
        auto* answer = new QDBusPendingCallWatcher(system.asyncCall(ask), this);
        connect(answer, &QDBusPendingCallWatcher::finished, this, [this](QDBusPendingCallWatcher* call) {
            call->deleteLater();
            const QDBusPendingReply<QDBusObjectPath> session = *call;
            if (session.isValid() &&
                QDBusConnection::systemBus().connect(kLogin1, session.value().path(),
                                                     QStringLiteral("org.freedesktop.login1.Session"),
                                                     QStringLiteral("Lock"), this, SLOT(onSessionLock()))) {
                m_watching << QStringLiteral("system: Lock of %1").arg(session.value().path());
                qCInfo(lcGui).noquote() << "locking with the desktop session" << session.value().path();
            }
        });
    }
    // Whichever program provides the screen saver on this session's bus.
    QDBusConnection sessionBus = QDBusConnection::sessionBus();
    if (sessionBus.isConnected() &&
        sessionBus.connect(QString(), QStringLiteral("/org/freedesktop/ScreenSaver"),
                           QStringLiteral("org.freedesktop.ScreenSaver"), QStringLiteral("ActiveChanged"),
                           this, SLOT(onScreenSaverActive(bool)))) {
        m_watching << QStringLiteral("session: ActiveChanged");
    }
    qCInfo(lcGui).noquote() << "locking with the desktop:"
                            << (m_watching.isEmpty() ? QStringLiteral("no bus")
                                                     : m_watching.join(QStringLiteral(", ")));
}

void SessionWatch::onPrepareForSleep(bool sleeping)
{
    if (sleeping) {
        emit lockAsked();
    }
}

void SessionWatch::onSessionLock()
{
    emit lockAsked();
}

void SessionWatch::onScreenSaverActive(bool active)
{
    if (active) {
        emit lockAsked();
    }
}

} // namespace probitas::gui
