#include "StoreWorker.h"

namespace probitas::gui {

// Lives on the worker's thread, with the Store it opened there.
class StoreWorker::Context : public QObject
{
public:
    explicit Context(store::Location location)
        : m_location(std::move(location))
    {}

    void runJob(const std::function<void(store::Store*, const Error*)>& job)
    {
        if (!m_store) {
            auto opened = store::Store::open(m_location);
            if (!opened) {
                job(nullptr, &opened.error());
                return;
            }
            m_store = std::move(opened).value();
        }
        job(m_store.get(), nullptr);
    }

    void drop() { m_store.reset(); }

private:
    store::Location m_location;
    std::unique_ptr<store::Store> m_store;
};

StoreWorker::StoreWorker(store::Location location)
{
    m_thread = new QThread;
    m_thread->setObjectName(QStringLiteral("probitas-store-worker"));
    m_context = new Context(std::move(location));
    m_context->moveToThread(m_thread);
    // The Store goes on its own thread, with the context; the thread once it has ended.
    connect(m_thread, &QThread::finished, m_context, &QObject::deleteLater);
    connect(m_thread, &QThread::finished, m_thread, &QObject::deleteLater);
    m_thread->start();
}

StoreWorker::~StoreWorker()
{
    m_thread->quit();
}

void StoreWorker::post(std::function<void(store::Store*, const Error*)> job)
{
    QMetaObject::invokeMethod(
        m_context, [context = m_context, job = std::move(job)] { context->runJob(job); },
        Qt::QueuedConnection);
}

void StoreWorker::reopen()
{
    QMetaObject::invokeMethod(
        m_context, [context = m_context] { context->drop(); }, Qt::QueuedConnection);
}

} // namespace probitas::gui
