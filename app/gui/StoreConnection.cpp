#include "StoreConnection.h"

#include <QDir>
#include <QtConcurrent/QtConcurrentRun>
#include <algorithm>
#include <iterator>

namespace probitas::gui {

namespace {

QString serverName(const store::Location& location)
{
    return QStringLiteral("%1:%2").arg(location.host).arg(location.port);
}

} // namespace

StoreConnection::StoreConnection(QObject* parent)
    : QObject(parent)
{
    m_probe.setInterval(kProbeMs);
    connect(&m_probe, &QTimer::timeout, this, &StoreConnection::check);
    m_countdown.setInterval(1000);
    connect(&m_countdown, &QTimer::timeout, this, &StoreConnection::tick);
    connect(&m_watcher, &QFutureWatcher<Status>::finished, this, &StoreConnection::onProbed);
}

void StoreConnection::attach(Session* session)
{
    ++m_generation; // a try under way was for the session before
    m_session = session;
    m_probe.stop();
    m_countdown.stop();
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

void StoreConnection::check()
{
    if (!m_session || !m_session->store || m_state == State::Local || m_state == State::None ||
        m_watcher.isRunning()) {
        return;
    }
    if (m_state == State::Lost) {
        return; // the retries are under way
    }
    // On the GUI thread, with the session's own connection: a broken one fails at once.
    auto probed = m_session->store->connection().exec(QStringLiteral("SELECT 1"));
    if (!probed) {
        lost(probed.error().message);
    }
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
    if (!m_session || !m_session->store || m_watcher.isRunning() ||
        m_session->store->connection().backend() == store::Backend::Sqlite) {
        return;
    }
    m_countdown.stop();
    ++m_attempts;
    m_tryGeneration = m_generation;
    setState(State::Reconnecting);
    // Off the GUI thread: an unreachable host may take the whole connect_timeout to say so.
    const store::Location location = m_session->store->connection().location();
    m_watcher.setFuture(QtConcurrent::run([location]() -> Status {
        auto connection = store::Connection::open(location);
        if (!connection) {
            return connection.error();
        }
        auto answered = (*connection)->exec(QStringLiteral("SELECT 1"));
        if (!answered) {
            return answered.error();
        }
        return success();
    }));
}

void StoreConnection::onProbed()
{
    if (!m_session || !m_session->store || m_tryGeneration != m_generation) {
        return;
    }
    const Status answered = m_watcher.result();
    if (!answered) {
        lost(answered.error().message);
        return;
    }
    // The server answers: the session's Store is opened again here, on the GUI thread it belongs to.
    const store::Location location = m_session->store->connection().location();
    auto reopened = store::Store::open(location);
    if (!reopened) {
        lost(reopened.error().message);
        return;
    }
    m_session->store = std::move(reopened).value();
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
