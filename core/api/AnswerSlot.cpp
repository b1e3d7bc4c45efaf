#include "api/AnswerSlot.h"

#include "api/SocketIo.h"

#include <QElapsedTimer>

namespace stint {

void AnswerSlot::open(qintptr socket, bool keepAlive, bool tell)
{
    QMutexLocker lock(&m_mutex);
    m_socket = socket;
    m_open = true;
    m_keepAlive = keepAlive;
    m_answered = false;
    m_tell = tell;
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
    QMutexLocker lock(&m_mutex);
    if (m_answered) {
        m_answered = false;
        *answeredAtMs = m_answeredAtMs;
        return true;
    }
    if (tellIfNot)
        m_tell = true;
    return false;
}

AnswerSlot::Written AnswerSlot::write(const HttpResponse &response, QByteArray *rest)
{
    // A connection that closes after the answer is left to the server thread, which closes it.
    if (response.closeConnection)
        return Written::Nothing;
    QMutexLocker lock(&m_mutex);
    if (!m_open || !m_keepAlive)
        return Written::Nothing;
    m_open = false;
    // Under the lock: the socket stays open, and nothing else is written to it, meanwhile.
    const QByteArray bytes = response.encode(true);
    const qint64 written = socketio::write(m_socket, bytes.constData(), bytes.size());
    if (written == bytes.size()) {
        m_answered = true;
        QElapsedTimer now;
        now.start();
        m_answeredAtMs = now.msecsSinceReference();
        return m_tell ? Written::AllTellServer : Written::All;
    }
    // The socket is full (or failed, which the server thread finds when it sends the rest).
    *rest = bytes.sliced(std::max<qint64>(written, 0));
    return Written::Part;
}

} // namespace stint
