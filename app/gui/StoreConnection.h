#pragma once

#include "Commands.h"

#include <QObject>
#include <QTimer>

class QThread;

namespace probitas::gui {

// Asks a server whether it answers ("SELECT 1"), on a thread of its own with a connection of its own (QtSql's
// connections belong to the thread that opened them), so that a server that stops answering never holds the
// window: opened at the first probe, and again after a probe that failed.
class ConnectionProbe : public QObject
{
    Q_OBJECT

public:
    explicit ConnectionProbe(store::Location location);
    ~ConnectionProbe() override;

    // On the probe's thread.
    void probe(quint64 id);

signals:
    // `problem`: the driver's words when it did not answer (never a password).
    void answered(quint64 id, bool ok, const QString& problem);

private:
    store::Location m_location;
    std::unique_ptr<store::Connection> m_connection;
};

// The store the session works on, as the status bar says it: a local file, a server (which database, as
// whom), or a server that cannot be reached. A server is probed off the GUI thread (ConnectionProbe); one
// that does not answer within answerTimeoutMs, or says it cannot, is shown lost and tried again after a
// growing delay (kRetryDelaysSeconds, then the last one), or at once through retry() (the "Retry" action);
// once it answers, the session's Store is opened again on it (checking, as every opening does, that the
// trail was only appended to meanwhile) and reconnected() lets the drafts kept on this computer go.
class StoreConnection : public QObject
{
    Q_OBJECT

public:
    enum class State { None, Local, Connected, Lost, Reconnecting };
    // A connected server is probed this often, so a lost one is shown before anyone needs it.
    static constexpr int kProbeMs = 15000;
    // A probe unanswered this long: the server is lost (libpq's own bounds are 10 s to connect and 20 s of
    // unacknowledged data, but a server that takes the bytes and never answers has none).
    static constexpr int kAnswerMs = 25000;
    static constexpr int kRetryDelaysSeconds[] = {2, 5, 10, 30, 60};

    explicit StoreConnection(QObject* parent = nullptr);
    ~StoreConnection() override;
    // The session whose store to watch (nullptr: none open). Its Location may carry the typed password,
    // which stays in memory only, for the retries and the probe's own connection.
    void attach(Session* session);

    State state() const { return m_state; }
    // For the status bar.
    QString text() const;
    // Why the server was lost (the driver's message; never a password).
    QString problem() const { return m_problem; }
    int secondsUntilRetry() const { return m_secondsLeft; }
    int attempts() const { return m_attempts; }
    // A probe or a try is under way (its answer not in yet).
    bool isProbing() const { return m_probing; }
    // For tests: how long a probe may go unanswered (kAnswerMs).
    int answerTimeoutMs = kAnswerMs;

    // Probes the server now, off the GUI thread; one that does not answer is shown lost and retried.
    void check();
    // A write on the session's own connection failed (a draft the server could not take): lost, unless
    // that connection still answers.
    void sessionFailed(const QString& problem);
    // Tries the server now.
    void retry();

signals:
    void stateChanged();
    // The session's Store was opened again on the server that came back.
    void reconnected();

private:
    void setState(State state);
    void lost(const QString& problem);
    void tick();
    void ask();
    void onAnswered(quint64 id, bool ok, const QString& problem);
    void onUnanswered();
    // The probe's thread is let go: it ends once its connection gives up, never waited for here.
    void retireProbe();

    Session* m_session = nullptr;
    State m_state = State::None;
    QString m_problem;
    int m_attempts = 0;
    int m_secondsLeft = 0;
    bool m_probing = false;
    quint64 m_probeId = 0; // moves on with each probe and each attach(): a late answer is not for now
    QTimer m_probe;
    QTimer m_countdown;
    QTimer m_answer;
    QThread* m_thread = nullptr;
    ConnectionProbe* m_prober = nullptr;
};

} // namespace probitas::gui
