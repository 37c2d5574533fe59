#pragma once

#include "Result.h"
#include "Store.h"

#include <QFuture>
#include <QFutureWatcher>
#include <QObject>
#include <QPromise>
#include <QThread>
#include <functional>
#include <memory>

namespace probitas::gui {

// What the session asks a server store in the background (the draft's autosave, the workspaces' lists): one
// thread, owned by this object alone, with a Store of its own opened on the session's Location at its first
// job (QtSql's connections belong to the thread that opened them: no Store is used from two threads). Jobs
// run one after another, in the order given, so a later save never overtakes an earlier one. A server that
// stalls holds this thread, never the window.
class StoreWorker : public QObject
{
    Q_OBJECT

public:
    explicit StoreWorker(store::Location location);
    // Lets the thread go without waiting for it: it ends once the job it is in gives up (libpq's own
    // bounds), and the jobs not yet started are cancelled.
    ~StoreWorker() override;

    // Runs `job` on the worker's Store (opened first when needed: its failure is the job's result).
    template <class T> QFuture<Result<T>> run(std::function<Result<T>(store::Store&)> job)
    {
        auto promise = std::make_shared<QPromise<Result<T>>>();
        QFuture<Result<T>> future = promise->future();
        promise->start();
        post([promise, job = std::move(job)](store::Store* store, const Error* failed) {
            promise->addResult(store ? job(*store) : Result<T>(*failed));
            promise->finish();
        });
        return future;
    }

    // The next job opens the Store anew (the server came back, or the session's Store was reopened).
    void reopen();

private:
    class Context;
    void post(std::function<void(store::Store*, const Error*)> job);

    QThread* m_thread = nullptr;
    Context* m_context = nullptr;
};

// Runs `job` on the session's worker when it has one (a server store), and hands its result to `done` on the
// GUI thread, unless `context` is gone by then; without a worker (a local file), runs it here and now.
template <class T>
void runOnStore(StoreWorker* worker, store::Store& sessionStore, QObject* context,
                std::function<Result<T>(store::Store&)> job, std::function<void(const Result<T>&)> done)
{
    if (!worker) {
        done(job(sessionStore));
        return;
    }
    auto* watcher = new QFutureWatcher<Result<T>>(context);
    QObject::connect(watcher, &QFutureWatcherBase::finished, context, [watcher, done] {
        if (watcher->future().resultCount() > 0) {
            done(watcher->result());
        }
        watcher->deleteLater();
    });
    watcher->setFuture(worker->run<T>(std::move(job)));
}

} // namespace probitas::gui
