#pragma once

#include <QMutex>
#include <QObject>
#include <QThread>

#include <functional>
#include <memory>
#include <vector>

namespace stint {

// The way back into the HTTP server's thread from a reading thread or the datastore's worker,
// safe after the server has stopped (the call is then dropped). Shared by every request.
// Calls from other threads wait in a mailbox that one queued invocation per burst empties: a
// burst of answers the server thread has to send (see AnswerSlot for those it need not) costs
// one wake-up of it, not one each.
class ServerThreadLink final : public std::enable_shared_from_this<ServerThreadLink>
{
    Q_DISABLE_COPY_MOVE(ServerThreadLink)

public:
    explicit ServerThreadLink(QObject *context)
        : m_context(context)
        , m_thread(context->thread())
    {
    }

    bool inServerThread() const { return QThread::currentThread() == m_thread; }

    // Runs `call` in the server thread: now when already there, else queued, in the order given.
    void run(std::function<void()> call)
    {
        if (inServerThread()) {
            call();
            return;
        }
        QMutexLocker lock(&m_mutex);
        if (!m_context)
            return;
        m_pending.push_back(std::move(call));
        // Posted under the lock: close() may let the context go as soon as it has the lock.
        if (m_pending.size() == 1)
            QMetaObject::invokeMethod(
                m_context, [self = shared_from_this()] { self->runPending(); }, Qt::QueuedConnection);
    }

    // From stop(), before the context goes: later calls are dropped.
    void close()
    {
        std::vector<std::function<void()>> dropped; // let go outside the lock
        QMutexLocker lock(&m_mutex);
        m_context = nullptr;
        dropped.swap(m_pending);
    }

private:
    void runPending()
    {
        std::vector<std::function<void()>> calls;
        {
            QMutexLocker lock(&m_mutex);
            calls.swap(m_pending);
        }
        for (const auto &call : calls)
            call();
    }

    QMutex m_mutex;
    QObject *m_context;
    QThread *m_thread;
    std::vector<std::function<void()>> m_pending; // guarded by m_mutex
};

} // namespace stint
