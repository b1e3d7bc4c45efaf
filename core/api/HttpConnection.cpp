#include "api/HttpConnection.h"

#include <QTcpSocket>
#include <QTimer>

namespace stint {

HttpConnection::HttpConnection(QTcpSocket *socket, HttpLimits limits, Dispatch dispatch, int idleTimeoutMs,
                               int requestTimeoutMs, QObject *parent)
    : QObject(parent)
    , m_socket(socket)
    , m_parser(limits)
    , m_dispatch(std::move(dispatch))
    , m_idle(new QTimer(this))
    , m_deadline(new QTimer(this))
{
    m_socket->setParent(this);
    // Small request/answer pairs on a kept-alive connection: Nagle would add up to 40 ms each.
    m_socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
    m_idle->setSingleShot(true);
    m_idle->setInterval(idleTimeoutMs);
    connect(m_idle, &QTimer::timeout, this, [this] {
        if (!m_busy && !m_incoming)
            m_socket->abort();
    });
    m_deadline->setSingleShot(true);
    m_deadline->setInterval(requestTimeoutMs);
    connect(m_deadline, &QTimer::timeout, this, &HttpConnection::requestTimedOut);
    // While a request is being answered nothing more is read: Qt's buffer fills up to this size
    // and TCP then holds the client back, so pipelined bytes cannot pile up in memory.
    m_socket->setReadBufferSize(kReadBufferBytes);
    connect(m_socket, &QTcpSocket::readyRead, this, [this] {
        if (m_closing)
            m_socket->readAll(); // the answer is on its way and the connection closes after it
        else
            processBuffer();
    });
    connect(m_socket, &QTcpSocket::disconnected, this, &HttpConnection::finish);
    connect(m_socket, &QTcpSocket::errorOccurred, this, [this](QAbstractSocket::SocketError) {
        if (m_socket->state() != QAbstractSocket::ConnectedState)
            finish();
    });
    waitForRequest();
}

void HttpConnection::waitForRequest()
{
    m_incoming = false;
    m_deadline->stop();
    m_waitingSince.start();
    m_idle->start();
}

void HttpConnection::processBuffer()
{
    // A loop, not recursion: answers given synchronously continue here with the next pipelined
    // request, however many arrived at once.
    if (m_inProcess)
        return;
    m_inProcess = true;
    while (!m_busy && !m_closing) {
        m_buffer.append(m_socket->readAll());
        const HttpRequestParser::State state = m_parser.parse(m_buffer);
        if (state == HttpRequestParser::State::NeedMore) {
            if (m_parser.takeContinueRequest())
                m_socket->write(QByteArrayLiteral("HTTP/1.1 100 Continue\r\n\r\n"));
            // The deadline runs from the request's first byte; more bytes do not extend it.
            if (!m_incoming && (!m_buffer.isEmpty() || m_parser.isMidRequest())) {
                m_incoming = true;
                m_waitingSince.start();
                m_idle->stop();
                m_deadline->start();
            }
            break;
        }
        if (state == HttpRequestParser::State::Error) {
            m_buffer.clear();
            write(m_parser.errorResponse(), false);
            break;
        }
        HttpRequest request = m_parser.takeRequest();
        m_busy = true;
        m_incoming = false;
        m_keepAlive = request.keepAlive;
        m_idle->stop();
        m_deadline->stop();
        m_dispatch(this, std::move(request));
    }
    m_inProcess = false;
}

void HttpConnection::requestTimedOut()
{
    if (m_busy || m_closing || !m_incoming)
        return;
    // Bytes that came in but were not read yet still count.
    processBuffer();
    if (m_busy || m_closing || m_deadline->isActive())
        return;
    refuseIncomplete(QStringLiteral("the request was not complete %1 s after its first byte")
                         .arg(double(m_deadline->interval()) / 1000.0));
}

void HttpConnection::refuseIncomplete(const QString &message)
{
    m_buffer.clear();
    write(HttpResponse::error(408, message), false);
}

void HttpConnection::drop()
{
    if (m_gone)
        return;
    if (m_incoming && !m_busy && !m_closing)
        refuseIncomplete(QStringLiteral("too many connections are open and this request waited longest"));
    // At once, whatever is left unsent: the socket is wanted for someone else.
    m_socket->abort();
}

void HttpConnection::finish()
{
    if (m_gone)
        return;
    m_gone = true;
    m_closing = true;
    Q_EMIT closed();
    deleteLater();
}

void HttpConnection::respond(const HttpResponse &response)
{
    if (!m_busy || m_closing)
        return;
    m_busy = false;
    write(response, m_keepAlive && !response.closeConnection);
    if (!m_closing) {
        waitForRequest();
        processBuffer();
    }
}

void HttpConnection::write(const HttpResponse &response, bool keepAlive)
{
    QByteArray out;
    out.reserve(160 + response.body.size());
    out +=
        "HTTP/1.1 " + QByteArray::number(response.status) + ' ' + HttpResponse::reasonPhrase(response.status) + "\r\n";
    if (!response.contentType.isEmpty())
        out += "Content-Type: " + response.contentType + "\r\n";
    // 304 carries no body and no length (RFC 9110 8.6).
    if (response.status != 304)
        out += "Content-Length: " + QByteArray::number(response.body.size()) + "\r\n";
    for (const auto &[name, value] : response.headers)
        out += name + ": " + value + "\r\n";
    out += keepAlive ? QByteArrayLiteral("Connection: keep-alive\r\n\r\n")
                     : QByteArrayLiteral("Connection: close\r\n\r\n");
    if (response.status != 304)
        out += response.body;
    m_socket->write(out);
    // Now, not on the next pass of the event loop: one poll round less per answer.
    m_socket->flush();
    if (!keepAlive) {
        m_closing = true;
        m_socket->disconnectFromHost(); // after the answer is flushed
    }
}

} // namespace stint
