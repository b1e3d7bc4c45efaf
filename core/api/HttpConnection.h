#pragma once

#include "api/HttpMessage.h"
#include "api/HttpRequestParser.h"

#include <QElapsedTimer>
#include <QObject>

#include <functional>

class QTcpSocket;
class QTimer;

namespace stint {

// One client connection in the server's thread: parses requests, hands them on one at a time
// (a pipelined request waits until the previous answer is written) and writes the answers.
// Keeps the connection open between requests unless the client or an error says otherwise.
// Two clocks: an idle connection closes after idleTimeoutMs; a request whose head and body have
// not all come requestTimeoutMs after its first byte gets 408 and the connection closes (a client
// that trickles a byte now and then holds no socket for long).
class HttpConnection final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HttpConnection)

public:
    static constexpr qint64 kReadBufferBytes = 256 * 1024;
    using Dispatch = std::function<void(HttpConnection *, HttpRequest)>;

    HttpConnection(QTcpSocket *socket, HttpLimits limits, Dispatch dispatch, int idleTimeoutMs, int requestTimeoutMs,
                   QObject *parent);

    // The answer to the request handed out last. Server thread only.
    void respond(const HttpResponse &response);

    // A request is being answered: the connection is doing useful work and is not to be dropped.
    bool isAnswering() const { return m_busy; }
    // Started when the connection last became idle, or at the first byte of the request that is
    // still coming in.
    const QElapsedTimer &waitingSince() const { return m_waitingSince; }
    // Closes at once to make room for another connection; an incomplete request gets 408 first.
    void drop();

Q_SIGNALS:
    void closed();

private:
    void processBuffer();
    void waitForRequest();
    void requestTimedOut();
    void refuseIncomplete(const QString &message);
    void finish();
    void write(const HttpResponse &response, bool keepAlive);

    QTcpSocket *m_socket;
    HttpRequestParser m_parser;
    Dispatch m_dispatch;
    QTimer *m_idle;
    QTimer *m_deadline; // of the request coming in
    QElapsedTimer m_waitingSince;
    QByteArray m_buffer;
    bool m_incoming = false; // the first bytes of a request have come, the request is not complete
    bool m_busy = false;     // a request is being answered
    bool m_keepAlive = true; // of the request being answered
    bool m_closing = false;
    bool m_inProcess = false;
    bool m_gone = false;
};

} // namespace stint
