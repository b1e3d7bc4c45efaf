#include "reports/ReportThread.h"

#include "util/Logging.h"

#include <QAtomicInt>
#include <QPromise>
#include <QThread>

#include <vector>

namespace stint {

class ReportThread::Worker final : public QObject
{
public:
    Worker(QString path, QTimeZone zone)
        : m_path(std::move(path))
        , m_zone(std::move(zone))
    {
    }

    // Runs in the reading thread. The engine is made on first use so its connection is opened
    // in, and belongs to, this thread.
    void runJob(const std::function<void(ReportEngine &)> &job, ReportThread *owner)
    {
        if (m_suspended) {
            m_held.push_back(job);
            return;
        }
        if (!m_engine)
            m_engine = std::make_unique<ReportEngine>(m_path, m_zone);
        if (m_engine->isOpen()) {
            const QString problem = m_engine->loadSettings() ? QString() : m_engine->error();
            if (problem != m_lastProblem) {
                m_lastProblem = problem;
                if (!problem.isEmpty())
                    qCWarning(lcRead, "reports keep their last good settings: %s", qUtf8Printable(problem));
                QMetaObject::invokeMethod(
                    owner, [owner, problem] { Q_EMIT owner->settingsProblemChanged(problem); }, Qt::QueuedConnection);
            }
        }
        job(*m_engine);
        m_jobs.fetchAndAddRelaxed(1);
    }

    int jobs() const { return m_jobs.loadRelaxed(); }

    void suspend()
    {
        m_suspended = true;
        m_engine.reset(); // closes the connection, in the thread that opened it
    }

    void resume(ReportThread *owner)
    {
        m_suspended = false;
        std::vector<std::function<void(ReportEngine &)>> held;
        held.swap(m_held);
        for (const auto &job : held)
            runJob(job, owner);
    }

private:
    QString m_path;
    QTimeZone m_zone;
    std::unique_ptr<ReportEngine> m_engine;
    QString m_lastProblem;
    QAtomicInt m_jobs;
    bool m_suspended = false;
    std::vector<std::function<void(ReportEngine &)>> m_held;
};

ReportThread::ReportThread(QString databasePath, QObject *parent, QTimeZone zone)
    : QObject(parent)
    , m_thread(new QThread(this))
    , m_worker(new Worker(std::move(databasePath), std::move(zone)))
{
    m_thread->setObjectName(QStringLiteral("stint-reports"));
    m_worker->moveToThread(m_thread);
    // The engine, and so its connection, is destroyed in the thread that made it.
    connect(m_thread, &QThread::finished, m_worker, [worker = m_worker] { delete worker; });
    m_thread->start(QThread::LowPriority);
}

ReportThread::~ReportThread()
{
    m_thread->quit();
    m_thread->wait();
}

int ReportThread::jobsRun() const
{
    return m_worker ? m_worker->jobs() : 0;
}

QFuture<void> ReportThread::suspend()
{
    auto promise = std::make_shared<QPromise<void>>();
    promise->start();
    QMetaObject::invokeMethod(
        m_worker,
        [worker = m_worker, promise] {
            worker->suspend();
            promise->finish();
        },
        Qt::QueuedConnection);
    return promise->future();
}

void ReportThread::resume()
{
    QMetaObject::invokeMethod(
        m_worker, [worker = m_worker, this] { worker->resume(this); }, Qt::QueuedConnection);
}

void ReportThread::post(std::function<void(ReportEngine &)> job)
{
    QMetaObject::invokeMethod(
        m_worker, [worker = m_worker, job = std::move(job), this] { worker->runJob(job, this); }, Qt::QueuedConnection);
}

} // namespace stint
