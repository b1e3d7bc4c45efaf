#include "api/AnswerSlot.h"

#include "api/SocketIo.h"
#include "util/Clock.h"

#include <algorithm>

namespace stint {

void AnswerSlot::open(qintptr socket, bool keepAlive, bool tell)
{
    QMutexLocker lock(&m_mutex);
    m_socket = socket;
    m_open = true;
    m_keepAlive = keepAlive;
    m_answered.store(false);
    m_tell.store(tell);
}

void AnswerSlot::shut()
{
    QMutexLocker lock(&m_mutex);
    m_open = false;
}

void AnswerSlot::close()
{
    QMutexLocker lock(&m_mutex);
    m_open = false;
    m_socket = -1;
}

bool AnswerSlot::takeAnswered(bool tellIfNot, qint64 *answeredAtMs)
{
    if (!m_answered.exchange(false)) {
        if (!tellIfNot)
            return false;
        m_tell.store(true);
        // The writer may have finished between the two: then it may not have seen `tell`.
        if (!m_answered.exchange(false))
            return false;
    }
    *answeredAtMs = m_answeredAtMs.load();
    return true;
}

AnswerSlot::Written AnswerSlot::write(const HttpResponse &response, QByteArray *rest)
{
    // A connection that closes after the answer is left to the server thread, which closes it.
    if (response.closeConnection)
        return Written::Nothing;
    // Before the lock, so a big answer's copy does not hold up the server thread closing the
    // socket; only a connection that closes after the answer wastes it.
    const QByteArray bytes = response.encode(true);
    QMutexLocker lock(&m_mutex);
    if (!m_open || !m_keepAlive)
        return Written::Nothing;
    m_open = false;
    // Under the lock: the socket stays open, and nothing else is written to it, meanwhile.
    const qint64 written = socketio::write(m_socket, bytes.constData(), bytes.size());
    if (written == bytes.size()) {
        m_answeredAtMs.store(Clock::system()->monotonicMillis());
        m_answered.store(true);
        return m_tell.exchange(false) ? Written::AllTellServer : Written::All;
    }
    // The socket is full (or failed, which the server thread finds when it sends the rest).
    *rest = bytes.sliced(std::max<qint64>(written, 0));
    return Written::Part;
}

} // namespace stint
