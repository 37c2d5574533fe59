#pragma once

// The auditor's commands (one per action of the auditor's workspace). Long work runs off the GUI thread on
// a store connection of its own: a Store belongs to the thread that opened it.
#include "AuditBundle.h"
#include "Commands.h"
#include "Statistics.h"

#include <QFutureWatcher>
#include <QHash>
#include <QObject>
#include <QTimer>
#include <atomic>
#include <functional>
#include <memory>

namespace probitas::gui {

// One entry of the audit log as the workspace shows it, laid out once off the GUI thread: showing, sorting
// and filtering a long trail then formats nothing more.
struct AuditLogRow
{
    store::AuditEntry entry;
    QStringList cells; // the text of each column of the log
};

// What the auditor's workspace shows: the declarations' metadata and the audit log, never content. The first
// batch of a load carries the declarations and what the log will hold; each later one carries up to
// LoadAuditorDataCommand::kRowsPerBatch entries of the log, the newest first.
struct AuditorBatch
{
    bool first = false;
    QList<store::DeclarationRecord> declarations; // first batch
    QList<QStringList> declarationCells;          // first batch: the text of each column, per declaration
    QStringList actions;                          // first batch: every action id in the trail, sorted
    qsizetype totalEntries = 0;                   // first batch
    QList<AuditLogRow> rows;
};

// How the workspace words what it shows. Called on the worker thread: these only format text.
struct AuditorLayout
{
    std::function<QStringList(const store::DeclarationRecord&)> declarationCells;
    // How the log names a declaration.
    std::function<QString(const store::DeclarationRecord&)> declarationLabel;
    // `names`: person id -> name; `declarations`: declaration id -> declarationLabel.
    std::function<QStringList(const store::AuditEntry&, const QHash<QString, QString>& names,
                              const QHash<QString, QString>& declarations)>
        logCells;
};

// Reads what the auditor sees (the directory, the declarations' metadata, the audit log) on a store
// connection of its own, lays it out with the workspace's AuditorLayout, and hands it to the GUI thread in
// batches, one per turn of its event loop, so that a trail of 100,000 entries never freezes the window.
class LoadAuditorDataCommand : public QObject
{
    Q_OBJECT

public:
    static constexpr int kRowsPerBatch = 2000;

    LoadAuditorDataCommand(store::Location location, crypto::Identity identity, AuditorLayout layout,
                           QObject* parent = nullptr);
    // Cancels a running load and waits for its worker.
    ~LoadAuditorDataCommand() override;
    // Starts a load. One still running is cancelled and its batches dropped: the new load starts once its
    // worker has stopped.
    void run();
    // From run() until finished: reading, or batches still to hand over.
    bool isRunning() const { return m_active; }

signals:
    void batchReady(const probitas::gui::AuditorBatch& batch);
    // After the last batch, or on the first failure (nothing more follows).
    void finished(const probitas::Status& status);

private:
    void start();
    void takeResults(int begin, int end);
    void handOver();

    store::Location m_location;
    crypto::Identity m_identity;
    AuditorLayout m_layout;
    QFutureWatcher<Result<AuditorBatch>> m_watcher;
    QList<Result<AuditorBatch>> m_queue;
    QTimer m_handOver;          // one batch per turn of the event loop
    bool m_restart = false;     // a newer load waits for the cancelled one's worker to stop
    bool m_readingDone = false; // the worker has reported everything
    bool m_active = false;      // from run() until finished
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
