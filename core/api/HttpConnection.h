#pragma once

#include "api/HttpMessage.h"
#include "api/HttpRequestParser.h"

#include <QObject>

#include <functional>

class QTcpSocket;
class QTimer;

namespace stint {

// One client connection in the server's thread: parses requests, hands them on one at a time
// (a pipelined request waits until the previous answer is written) and writes the answers.
// Keeps the connection open between requests unless the client or an error says otherwise.
class HttpConnection final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HttpConnection)

public:
    static constexpr qint64 kReadBufferBytes = 256 * 1024;
    using Dispatch = std::function<void(HttpConnection *, HttpRequest)>;

    HttpConnection(QTcpSocket *socket, HttpLimits limits, Dispatch dispatch, int idleTimeoutMs, QObject *parent);

    // The answer to the request handed out last. Server thread only.
    void respond(const HttpResponse &response);

Q_SIGNALS:
    void closed();

private:
    void processBuffer();
    void finish();
    void write(const HttpResponse &response, bool keepAlive);

    QTcpSocket *m_socket;
    HttpRequestParser m_parser;
    Dispatch m_dispatch;
    QTimer *m_idle;
    QByteArray m_buffer;
    bool m_busy = false;     // a request is being answered
    bool m_keepAlive = true; // of the request being answered
    bool m_closing = false;
    bool m_inProcess = false;
    bool m_gone = false;
};

} // namespace stint
