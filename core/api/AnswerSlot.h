#pragma once

#include "api/HttpMessage.h"

#include <QMutex>

#include <atomic>

namespace stint {

// Lets the thread that has a request's answer (the datastore's worker, a reading thread) write
// it onto the connection's socket itself, instead of handing it to the server thread. That
// saves a wake-up of the server thread per answer, and the client has its answer one thread
// switch sooner: on two cores a heartbeat's round trip was mostly such switches.
// The connection opens the slot when it hands a request out and nothing of an earlier answer
// waits to be sent; it learns lazily that the answer went (when the client sends again, or on its
// idle check), so the writer tells it only when it holds pipelined bytes.
// Server thread: open(), shut(), close(), takeAnswered(). Any thread: write().
// The mutex keeps the socket open and to one writer while write() sends; takeAnswered() takes
// no lock: the client often sends its next request before the writer's send() has returned, and
// the server thread then waited on that lock and the writer woke it (perf: 5% of the worker).
class AnswerSlot final
{
    Q_DISABLE_COPY_MOVE(AnswerSlot)

public:
    enum class Written {
        Nothing,       // the slot is not open: answer through the server thread
        All,           // the whole answer is sent
        AllTellServer, // the same, and the server thread waits to hear it (pipelined bytes)
        Part,          // `rest` is still to be sent, by the server thread, which also ends the request
    };

    AnswerSlot() = default;

    // The request handed out may be answered from any thread on `socket`; `tell`: the server
    // thread holds pipelined bytes and waits to hear of the answer (write() says AllTellServer).
    void open(qintptr socket, bool keepAlive, bool tell);
    // It may not (any more): its answer comes through the server thread.
    void shut();
    // The socket is about to be closed: nothing is written to it from now on.
    void close();
    // True, once, when write() has sent a whole answer since open(); `answeredAtMs` is when
    // (Clock::monotonicMillis()). Otherwise, with `tellIfNot`, write() reports
    // AllTellServer when it sends the answer.
    bool takeAnswered(bool tellIfNot, qint64 *answeredAtMs);

    // Writes the answer onto the socket when the slot is open and shuts it.
    Written write(const HttpResponse &response, QByteArray *rest);

private:
    QMutex m_mutex;
    qintptr m_socket = -1;   // guarded by m_mutex
    bool m_open = false;     // guarded by m_mutex
    bool m_keepAlive = true; // guarded by m_mutex
    // Set by the writer, then `tell` read; set by the server thread, then `answered` read: one
    // of the two always sees the other's (sequentially consistent), so no answer goes unheard.
    std::atomic<bool> m_answered{false};
    std::atomic<bool> m_tell{false};
    std::atomic<qint64> m_answeredAtMs{0}; // written before m_answered is set
};

} // namespace stint
