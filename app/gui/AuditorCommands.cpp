#include "AuditorCommands.h"

#include "AtomicFile.h"

#include <QPromise>
#include <QtConcurrent/QtConcurrentRun>

namespace probitas::gui {

namespace {

// The worker's side of a load: reads on its own connection (a Store belongs to the thread that opened it),
// then lays out and reports the first batch and the log, newest first, stopping early once cancelled.
void loadAuditorData(QPromise<Result<AuditorBatch>>& promise, const store::Location& location,
                     const crypto::Identity& identity, const AuditorLayout& layout)
{
    auto opened = store::Store::open(location);
    if (!opened) {
        promise.addResult(opened.error());
        return;
    }
    store::Store& store = **opened;
    auto people = store.directory().people();
    if (!people) {
        promise.addResult(people.error());
        return;
    }
    auto declarations = store.declarations().list(identity);
    if (!declarations) {
        promise.addResult(declarations.error());
        return;
    }
    // The trail is read a page at a time, newest first: the first rows show at once whatever its length, and
    // only the rows shown are held.
    auto actions = store.audit().logActions(identity);
    if (!actions) {
        promise.addResult(actions.error());
        return;
    }
    QHash<QString, QString> names;
    for (const store::Person& person : *people) {
        names.insert(person.id, person.name);
    }
    AuditorBatch first;
    first.first = true;
    QHash<QString, QString> declarationLabels;
    for (const store::DeclarationRecord& record : *declarations) {
        first.declarationCells << layout.declarationCells(record);
        declarationLabels.insert(record.id, layout.declarationLabel(record));
    }
    first.declarations = std::move(declarations).value();
    for (const auto& [action, count] : *actions) {
        first.actions << action;
        first.totalEntries += count;
    }
    promise.addResult(std::move(first));
    for (qint64 before = 0; !promise.isCanceled();) {
        auto page = store.audit().logPage(identity, before, LoadAuditorDataCommand::kRowsPerBatch);
        if (!page) {
            promise.addResult(page.error());
            return;
        }
        if (page->isEmpty()) {
            break;
        }
        AuditorBatch batch;
        batch.rows.reserve(page->size());
        for (const store::AuditEntry& entry : *page) {
            batch.rows << AuditLogRow{entry, layout.logCells(entry, names, declarationLabels)};
        }
        before = page->last().sequence;
        promise.addResult(std::move(batch));
    }
}

} // namespace

LoadAuditorDataCommand::LoadAuditorDataCommand(store::Location location, crypto::Identity identity,
                                               AuditorLayout layout, QObject* parent)
    : QObject(parent)
    , m_location(std::move(location))
    , m_identity(std::move(identity))
    , m_layout(std::move(layout))
{
    m_handOver.setSingleShot(true);
    m_handOver.setInterval(0);
    connect(&m_handOver, &QTimer::timeout, this, &LoadAuditorDataCommand::handOver);
    connect(&m_watcher, &QFutureWatcher<Result<AuditorBatch>>::resultsReadyAt, this,
            &LoadAuditorDataCommand::takeResults);
    // The watcher reports every result before it reports the end: once finished() is here, what the queue
    // holds is all there is.
    connect(&m_watcher, &QFutureWatcher<Result<AuditorBatch>>::finished, this, [this] {
        if (m_restart) {
            m_restart = false;
            start();
            return;
        }
        m_readingDone = true;
        handOver();
    });
}

LoadAuditorDataCommand::~LoadAuditorDataCommand()
{
    m_watcher.disconnect();
    m_watcher.cancel();
    m_watcher.waitForFinished();
}

void LoadAuditorDataCommand::run()
{
    m_active = true;
    m_queue.clear();
    m_handOver.stop();
    if (m_watcher.isRunning()) {
        m_restart = true;
        m_watcher.cancel();
        return;
    }
    start();
}

void LoadAuditorDataCommand::start()
{
    m_readingDone = false;
    const store::Location location = m_location;
    const crypto::Identity identity = m_identity;
    const AuditorLayout layout = m_layout;
    m_watcher.setFuture(
        QtConcurrent::run([location, identity, layout](QPromise<Result<AuditorBatch>>& promise) {
            loadAuditorData(promise, location, identity, layout);
        }));
}

void LoadAuditorDataCommand::takeResults(int begin, int end)
{
    if (!m_active || m_restart || m_watcher.isCanceled()) {
        return; // a newer load replaces this one
    }
    for (int i = begin; i < end; ++i) {
        m_queue << m_watcher.resultAt(i);
    }
    if (!m_handOver.isActive()) {
        m_handOver.start();
    }
}

void LoadAuditorDataCommand::handOver()
{
    if (!m_active) {
        return;
    }
    if (m_queue.isEmpty()) {
        if (m_readingDone) {
            m_active = false;
            emit finished(success());
        }
        return;
    }
    const Result<AuditorBatch> next = m_queue.takeFirst();
    if (!next) {
        m_queue.clear();
        m_active = false;
        emit finished(next.error());
        return;
    }
    emit batchReady(*next);
    if (!m_queue.isEmpty() || m_readingDone) {
        m_handOver.start();
    }
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
        return (*opened)->audit().verify(store::AuditVerification::EverySignature);
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
