#pragma once

// The auditor's commands (one per action of the auditor's workspace). Long work runs off the GUI thread on
// a store connection of its own: a Store belongs to the thread that opened it.
#include "AuditBundle.h"
#include "Commands.h"
#include "Statistics.h"

#include <QFutureWatcher>
#include <QObject>
#include <QTimer>
#include <atomic>
#include <memory>

namespace probitas::gui {

// What the auditor sees: the declarations' metadata, the audit log and the directory. Never content.
class AuditorDataCommand
{
public:
    explicit AuditorDataCommand(Session& session)
        : m_session(session)
    {}
    Result<QList<store::DeclarationRecord>> declarations() const;
    Result<QList<store::AuditEntry>> log() const;
    Result<QList<store::Person>> people() const;

private:
    Session& m_session;
};

// Verifies the whole audit trail, every signature, off the GUI thread.
class VerifyChainCommand : public QObject
{
    Q_OBJECT

public:
    VerifyChainCommand(store::Location location, QObject* parent = nullptr);
    ~VerifyChainCommand() override;
    void run();
    bool isRunning() const { return m_watcher.isRunning(); }

signals:
    void finished(const probitas::Result<probitas::store::AuditReport>& report);

private:
    store::Location m_location;
    QFutureWatcher<Result<store::AuditReport>> m_watcher;
};

// Exports the auditor's bundle off the GUI thread, reporting progress; cancel() stops it, and the folder is
// then left absent, never half-written (store::exportBundle writes beside it and renames at the end).
class ExportBundleCommand : public QObject
{
    Q_OBJECT

public:
    ExportBundleCommand(store::Location location, crypto::Identity identity, QObject* parent = nullptr);
    // Cancels a running export and waits for it to clean up.
    ~ExportBundleCommand() override;
    void run(const QString& directory);
    void cancel();
    bool isRunning() const { return m_watcher.isRunning(); }

signals:
    void progressed(qint64 done, qint64 total);
    void finished(const probitas::Result<probitas::store::BundleSummary>& summary);

private:
    struct Shared
    {
        std::atomic<qint64> done{0};
        std::atomic<qint64> total{0};
        std::atomic<bool> cancelled{false};
    };
    store::Location m_location;
    crypto::Identity m_identity;
    std::shared_ptr<Shared> m_shared;
    QTimer m_poll; // progress reaches the GUI thread by polling: no queue of stale updates
    QFutureWatcher<Result<store::BundleSummary>> m_watcher;
};

// Computes the anonymised statistics off the GUI thread and writes them as CSV.
class ExportStatisticsCommand : public QObject
{
    Q_OBJECT

public:
    ExportStatisticsCommand(store::Location location, crypto::Identity identity, QObject* parent = nullptr);
    ~ExportStatisticsCommand() override;
    void run(const QString& path);
    bool isRunning() const { return m_watcher.isRunning(); }

signals:
    void finished(const probitas::Result<probitas::store::Statistics>& statistics);

private:
    store::Location m_location;
    crypto::Identity m_identity;
    QFutureWatcher<Result<store::Statistics>> m_watcher;
};

} // namespace probitas::gui
