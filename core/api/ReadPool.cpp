#include "api/ReadPool.h"

#include "reports/ReportEngine.h"

#include <QThread>

namespace stint {

ReadPool::ReadPool(QString databasePath, int threads)
    : m_path(std::move(databasePath))
{
    for (int i = 0; i < std::max(1, threads); ++i) {
        QThread *thread = QThread::create([this] { run(); });
        thread->setObjectName(QStringLiteral("stint-api-read-%1").arg(i));
        thread->start();
        m_threads.push_back(thread);
    }
}

ReadPool::~ReadPool()
{
    stop();
}

void ReadPool::post(Task task)
{
    QMutexLocker lock(&m_mutex);
    if (m_stopping)
        return;
    m_queue.push_back(std::move(task));
    m_wake.wakeOne();
}

void ReadPool::stop()
{
    {
        QMutexLocker lock(&m_mutex);
        m_stopping = true;
        m_queue.clear();
        m_wake.wakeAll();
    }
    for (QThread *thread : m_threads) {
        thread->wait();
        delete thread;
    }
    m_threads.clear();
}

void ReadPool::run()
{
    // Opened and closed in this thread, as Qt's SQL connections require.
    ReportEngine engine(m_path);
    for (;;) {
        Task task;
        {
            QMutexLocker lock(&m_mutex);
            while (m_queue.empty() && !m_stopping)
                m_wake.wait(&m_mutex);
            if (m_stopping)
                return;
            task = std::move(m_queue.front());
            m_queue.pop_front();
        }
        task(engine);
    }
}

} // namespace stint
