#pragma once

#include "Commands.h"

#include <QFutureWatcher>
#include <QObject>
#include <QTimer>

namespace probitas::gui {

// The store the session works on, as the status bar says it: a local file, a server (which database, as
// whom), or a server that cannot be reached. A lost server is tried again after a growing delay
// (kRetryDelaysSeconds, then the last one), or at once through retry() (the "Retry" action); once it answers,
// the session's Store is opened again on it (checking, as every opening does, that the trail was only
// appended to meanwhile) and reconnected() lets the drafts kept on this computer go.
class StoreConnection : public QObject
{
    Q_OBJECT

public:
    enum class State { None, Local, Connected, Lost, Reconnecting };
    // A connected server is probed this often (a "SELECT 1"), so a lost one is shown before anyone needs it.
    static constexpr int kProbeMs = 15000;
    static constexpr int kRetryDelaysSeconds[] = {2, 5, 10, 30, 60};

    explicit StoreConnection(QObject* parent = nullptr);
    // The session whose store to watch (nullptr: none open). Its Location may carry the typed password,
    // which stays in memory only, for the retries.
    void attach(Session* session);

    State state() const { return m_state; }
    // For the status bar.
    QString text() const;
    // Why the server was lost (the driver's message; never a password).
    QString problem() const { return m_problem; }
    int secondsUntilRetry() const { return m_secondsLeft; }
    int attempts() const { return m_attempts; }

    // Probes the connection at once; a server that does not answer is shown lost and retried.
    void check();
    // Tries the server now.
    void retry();

signals:
    void stateChanged();
    // The session's Store was opened again on the server that came back.
    void reconnected();

private:
    void setState(State state);
    void lost(const QString& problem);
    void onProbed();
    void tick();

    Session* m_session = nullptr;
    State m_state = State::None;
    QString m_problem;
    int m_attempts = 0;
    int m_secondsLeft = 0;
    quint64 m_generation = 0;    // moves on with each attach()
    quint64 m_tryGeneration = 0; // the generation the try under way belongs to
    QTimer m_probe;
    QTimer m_countdown;
    QFutureWatcher<Status> m_watcher;
};

} // namespace probitas::gui
