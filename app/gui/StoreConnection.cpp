#include "StoreConnection.h"

#include <QDir>
#include <QThread>
#include <algorithm>
#include <iterator>

namespace probitas::gui {

namespace {

QString serverName(const store::Location& location)
{
    return QStringLiteral("%1:%2").arg(location.host).arg(location.port);
}

} // namespace

ConnectionProbe::ConnectionProbe(store::Location location)
    : m_location(std::move(location))
{}

// Deleted on its own thread (QThread::finished), where its connection was opened.
ConnectionProbe::~ConnectionProbe() = default;

void ConnectionProbe::probe(quint64 id)
{
    if (!m_connection) {
        auto opened = store::Connection::open(m_location);
        if (!opened) {
            emit answered(id, false, opened.error().message);
            return;
        }
        m_connection = std::move(opened).value();
    }
    auto answer = m_connection->exec(QStringLiteral("SELECT 1"));
    if (!answer) {
        m_connection.reset(); // opened anew at the next probe
        emit answered(id, false, answer.error().message);
        return;
    }
    emit answered(id, true, QString());
}

StoreConnection::StoreConnection(QObject* parent)
    : QObject(parent)
{
    m_probe.setInterval(kProbeMs);
    connect(&m_probe, &QTimer::timeout, this, &StoreConnection::check);
    m_countdown.setInterval(1000);
    connect(&m_countdown, &QTimer::timeout, this, &StoreConnection::tick);
    m_answer.setSingleShot(true);
    connect(&m_answer, &QTimer::timeout, this, &StoreConnection::onUnanswered);
}

StoreConnection::~StoreConnection()
{
    retireProbe();
}

void StoreConnection::attach(Session* session)
{
    ++m_probeId; // an answer under way was for the session before
    retireProbe();
    m_session = session;
    m_probe.stop();
    m_countdown.stop();
    m_answer.stop();
    m_probing = false;
    m_attempts = 0;
    m_problem.clear();
    if (!session || !session->store) {
        setState(State::None);
        return;
    }
    if (session->store->connection().backend() == store::Backend::Sqlite) {
        setState(State::Local);
        return;
    }
    m_probe.start();
    setState(State::Connected);
}

QString StoreConnection::text() const
{
    if (!m_session || !m_session->store) {
        return tr("No store open");
    }
    const store::Location& location = m_session->store->connection().location();
    switch (m_state) {
    case State::None:
        return tr("No store open");
    case State::Local:
        return tr("Local store: %1").arg(QDir::toNativeSeparators(location.path));
    case State::Connected:
        if (location.clientIdentity) {
            return tr("Server %1, database %2: connected by certificate, as %3")
                .arg(serverName(location), location.database, location.user);
        }
        return tr("Server %1, database %2, connected as %3")
            .arg(serverName(location), location.database, location.user);
    case State::Lost:
        return tr("Disconnected from the server %1. Trying again in %n second(s).", nullptr, m_secondsLeft)
            .arg(serverName(location));
    case State::Reconnecting:
        return tr("Reconnecting to the server %1…").arg(serverName(location));
    }
    return {};
}

void StoreConnection::ask()
{
    if (!m_prober) {
        m_thread = new QThread;
        m_thread->setObjectName(QStringLiteral("probitas-connection-probe"));
        m_prober = new ConnectionProbe(m_session->store->connection().location());
        m_prober->moveToThread(m_thread);
        connect(m_thread, &QThread::finished, m_prober, &QObject::deleteLater);
        connect(m_thread, &QThread::finished, m_thread, &QObject::deleteLater);
        connect(m_prober, &ConnectionProbe::answered, this, &StoreConnection::onAnswered);
        m_thread->start();
    }
    m_probing = true;
    const quint64 id = ++m_probeId;
    QMetaObject::invokeMethod(
        m_prober, [prober = m_prober, id] { prober->probe(id); }, Qt::QueuedConnection);
    m_answer.start(answerTimeoutMs);
}

void StoreConnection::check()
{
    if (!m_session || !m_session->store || m_state != State::Connected || m_probing) {
        return; // nothing to probe, or the retries are under way
    }
    ask();
}

void StoreConnection::sessionFailed(const QString& problem)
{
    if (!m_session || !m_session->store || m_state != State::Connected) {
        return;
    }
    // The probe's connection may be well while the session's is broken (the server restarted): the
    // session's is asked itself. Right after its own failure this holds nothing up: a broken libpq
    // connection says so at once, and a server that answers answers; one that would not, the failed
    // write waited for already.
    auto answer = m_session->store->connection().exec(QStringLiteral("SELECT 1"));
    if (!answer) {
        lost(problem);
    }
}

void StoreConnection::retireProbe()
{
    if (!m_thread) {
        return;
    }
    disconnect(m_prober, nullptr, this, nullptr);
    m_thread->quit();
    m_thread = nullptr;
    m_prober = nullptr;
}

void StoreConnection::lost(const QString& problem)
{
    m_problem = problem;
    m_probe.stop();
    const int delays = int(std::size(kRetryDelaysSeconds));
    m_secondsLeft = kRetryDelaysSeconds[std::min(m_attempts, delays - 1)];
    m_countdown.start();
    qCInfo(lcGui) << "store connection lost; retrying in" << m_secondsLeft << "s";
    setState(State::Lost);
}

void StoreConnection::tick()
{
    if (--m_secondsLeft <= 0) {
        retry();
        return;
    }
    emit stateChanged();
}

void StoreConnection::retry()
{
    if (!m_session || !m_session->store || m_probing ||
        m_session->store->connection().backend() == store::Backend::Sqlite) {
        return;
    }
    m_countdown.stop();
    ++m_attempts;
    setState(State::Reconnecting);
    ask();
}

void StoreConnection::onUnanswered()
{
    if (!m_probing) {
        return;
    }
    // Stuck in a server that took the question and never answers: that thread is let go (it ends when its
    // connection does), and the next try gets a thread and a connection of its own.
    ++m_probeId;
    m_probing = false;
    retireProbe();
    qCInfo(lcGui) << "the server did not answer the probe";
    lost(tr("the server does not answer"));
}

void StoreConnection::onAnswered(quint64 id, bool ok, const QString& problem)
{
    if (id != m_probeId || !m_session || !m_session->store) {
        return;
    }
    m_answer.stop();
    m_probing = false;
    if (!ok) {
        lost(problem);
        return;
    }
    if (m_state != State::Reconnecting) {
        return; // connected, and still so
    }
    // The server answers: the session's Store is opened again here, on the GUI thread it belongs to.
    const store::Location location = m_session->store->connection().location();
    auto reopened = store::Store::open(location);
    if (!reopened) {
        lost(reopened.error().message);
        return;
    }
    m_session->store = std::move(reopened).value();
    if (m_session->worker) {
        m_session->worker->reopen(); // its connection too, at its next job
    }
    m_attempts = 0;
    m_problem.clear();
    m_probe.start();
    setState(State::Connected);
    emit reconnected();
}

void StoreConnection::setState(State state)
{
    m_state = state;
    emit stateChanged();
}

} // namespace probitas::gui
