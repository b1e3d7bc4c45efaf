#pragma once

#include <QMutex>
#include <QObject>
#include <QThread>

#include <functional>

namespace stint {

// The way back into the HTTP server's thread from a reading thread or the datastore's worker,
// safe after the server has stopped (the call is then dropped). Shared by every request.
class ServerThreadLink final
{
    Q_DISABLE_COPY_MOVE(ServerThreadLink)

public:
    explicit ServerThreadLink(QObject *context)
        : m_context(context)
        , m_thread(context->thread())
    {
    }

    bool inServerThread() const { return QThread::currentThread() == m_thread; }

    // Runs `call` in the server thread: now when already there, else queued.
    void run(std::function<void()> call)
    {
        if (inServerThread()) {
            call();
            return;
        }
        QMutexLocker lock(&m_mutex);
        if (m_context)
            QMetaObject::invokeMethod(m_context, std::move(call), Qt::QueuedConnection);
    }

    // From stop(), before the context goes: later calls are dropped.
    void close()
    {
        QMutexLocker lock(&m_mutex);
        m_context = nullptr;
    }

private:
    QMutex m_mutex;
    QObject *m_context;
    QThread *m_thread;
};

} // namespace stint
