#pragma once

#include <QMutex>
#include <QString>
#include <QWaitCondition>

#include <deque>
#include <functional>
#include <vector>

class QThread;

namespace stint {

class ReportEngine;

// Reading threads for the HTTP API, each with its own ReportEngine and so its own EventReader
// (a read-only connection, never the writer's) and report caches that live as long as the
// thread. A slow read occupies one thread; heartbeats never pass through here.
class ReadPool final
{
    Q_DISABLE_COPY_MOVE(ReadPool)

public:
    using Task = std::function<void(ReportEngine &engine)>;

    ReadPool(QString databasePath, int threads);
    ~ReadPool();

    // Runs `task` on a reading thread; dropped after stop().
    void post(Task task);
    // Waits for the running tasks; queued ones are dropped.
    void stop();

private:
    void run();

    QString m_path;
    QMutex m_mutex;
    QWaitCondition m_wake;
    std::deque<Task> m_queue;
    bool m_stopping = false;
    std::vector<QThread *> m_threads;
};

} // namespace stint
