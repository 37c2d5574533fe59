#include "AuditorCommands.h"

#include "AtomicFile.h"

#include <QtConcurrent/QtConcurrentRun>

namespace probitas::gui {

Result<QList<store::DeclarationRecord>> AuditorDataCommand::declarations() const
{
    return m_session.store->list(m_session.identity);
}

Result<QList<store::AuditEntry>> AuditorDataCommand::log() const
{
    return m_session.store->auditLog(m_session.identity);
}

Result<QList<store::Person>> AuditorDataCommand::people() const
{
    return m_session.store->people();
}

VerifyChainCommand::VerifyChainCommand(store::Location location, QObject* parent)
    : QObject(parent)
    , m_location(std::move(location))
{
    connect(&m_watcher, &QFutureWatcher<Result<store::AuditReport>>::finished, this,
            [this] { emit finished(m_watcher.result()); });
}

VerifyChainCommand::~VerifyChainCommand()
{
    m_watcher.disconnect();
    m_watcher.waitForFinished();
}

void VerifyChainCommand::run()
{
    if (isRunning()) {
        return;
    }
    const store::Location location = m_location;
    m_watcher.setFuture(QtConcurrent::run([location]() -> Result<store::AuditReport> {
        auto opened = store::Store::open(location);
        if (!opened) {
            return opened.error();
        }
        return (*opened)->verifyAudit(store::AuditVerification::EverySignature);
    }));
}

ExportBundleCommand::ExportBundleCommand(store::Location location, crypto::Identity identity, QObject* parent)
    : QObject(parent)
    , m_location(std::move(location))
    , m_identity(std::move(identity))
{
    m_poll.setInterval(100);
    connect(&m_poll, &QTimer::timeout, this,
            [this] { emit progressed(m_shared->done.load(), m_shared->total.load()); });
    connect(&m_watcher, &QFutureWatcher<Result<store::BundleSummary>>::finished, this, [this] {
        m_poll.stop();
        emit finished(m_watcher.result());
    });
}

ExportBundleCommand::~ExportBundleCommand()
{
    cancel();
    m_watcher.disconnect();
    m_watcher.waitForFinished();
}

void ExportBundleCommand::run(const QString& directory)
{
    if (isRunning()) {
        return;
    }
    m_shared = std::make_shared<Shared>();
    const std::shared_ptr<Shared> shared = m_shared;
    const store::Location location = m_location;
    const crypto::Identity identity = m_identity;
    m_poll.start();
    m_watcher.setFuture(
        QtConcurrent::run([shared, location, identity, directory]() -> Result<store::BundleSummary> {
            auto opened = store::Store::open(location);
            if (!opened) {
                return opened.error();
            }
            return store::exportBundle(**opened, identity, directory, [shared](qint64 done, qint64 total) {
                shared->done = done;
                shared->total = total;
                return !shared->cancelled.load();
            });
        }));
}

void ExportBundleCommand::cancel()
{
    if (m_shared) {
        m_shared->cancelled = true;
    }
}

ExportStatisticsCommand::ExportStatisticsCommand(store::Location location, crypto::Identity identity,
                                                 QObject* parent)
    : QObject(parent)
    , m_location(std::move(location))
    , m_identity(std::move(identity))
{
    connect(&m_watcher, &QFutureWatcher<Result<store::Statistics>>::finished, this,
            [this] { emit finished(m_watcher.result()); });
}

ExportStatisticsCommand::~ExportStatisticsCommand()
{
    m_watcher.disconnect();
    m_watcher.waitForFinished();
}

void ExportStatisticsCommand::run(const QString& path)
{
    if (isRunning()) {
        return;
    }
    const store::Location location = m_location;
    const crypto::Identity identity = m_identity;
    m_watcher.setFuture(QtConcurrent::run([location, identity, path]() -> Result<store::Statistics> {
        auto opened = store::Store::open(location);
        if (!opened) {
            return opened.error();
        }
        auto statistics = store::statistics(**opened, identity);
        if (!statistics) {
            return statistics.error();
        }
        if (Status written = crypto::writeFileAtomically(path, statistics->toCsv()); !written) {
            return written.error();
        }
        return statistics;
    }));
}

} // namespace probitas::gui
