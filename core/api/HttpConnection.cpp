#include "api/HttpConnection.h"

#include "api/AnswerSlot.h"
#include "api/SocketIo.h"
#include "util/Clock.h"

#include <QSocketNotifier>
#include <QTimer>

#include <array>

namespace stint {
namespace {

qint64 nowMs()
{
    return Clock::system()->monotonicMillis();
}

} // namespace

HttpConnection::HttpConnection(qintptr socket, HttpLimits limits, Dispatch dispatch, int idleTimeoutMs,
                               int requestTimeoutMs, QObject *parent)
    : QObject(parent)
    , m_socket(socket)
    , m_readNotifier(new QSocketNotifier(socket, QSocketNotifier::Read, this))
    , m_writeNotifier(new QSocketNotifier(socket, QSocketNotifier::Write, this))
    , m_parser(limits)
    , m_dispatch(std::move(dispatch))
    , m_answerSlot(std::make_shared<AnswerSlot>())
    , m_idle(new QTimer(this))
    , m_idleTimeoutMs(idleTimeoutMs)
    , m_deadline(new QTimer(this))
    , m_waitingSinceMs(nowMs())
{
    socketio::prepare(m_socket);
    m_writeNotifier->setEnabled(false); // only while an answer waits for room
    connect(m_readNotifier, &QSocketNotifier::activated, this, &HttpConnection::readable);
    connect(m_writeNotifier, &QSocketNotifier::activated, this, &HttpConnection::writable);
    m_idle->setSingleShot(true);
    connect(m_idle, &QTimer::timeout, this, &HttpConnection::idleCheck);
    m_idle->start(m_idleTimeoutMs);
    m_deadline->setSingleShot(true);
    m_deadline->setInterval(requestTimeoutMs);
    connect(m_deadline, &QTimer::timeout, this, &HttpConnection::requestTimedOut);
    waitForRequest();
}

HttpConnection::~HttpConnection()
{
    if (!m_gone) { // the server stops
        m_readNotifier->setEnabled(false);
        m_writeNotifier->setEnabled(false);
        m_answerSlot->close();
        socketio::close(m_socket);
    }
}

void HttpConnection::waitForRequest()
{
    m_incoming = false;
    m_deadline->stop();
}

void HttpConnection::idleCheck()
{
    settle();
    // A connection whose last answer is on its way closes once it is sent, however slowly the
    // client takes it.
    if (m_gone || m_closing)
        return;
    const qint64 left = m_idleTimeoutMs - (nowMs() - m_waitingSinceMs);
    if (!m_busy && !m_incoming && m_buffer.isEmpty() && left <= 0) {
        abort();
        return;
    }
    // A request coming in has its own deadline; one being answered (or waiting in the buffer
    // to be) is not idle.
    m_idle->start(m_busy || m_incoming || left <= 0 ? m_idleTimeoutMs : int(left));
}

void HttpConnection::settle(bool tellIfNot)
{
    qint64 answeredAtMs = 0;
    if (m_busy && m_answerSlot->takeAnswered(tellIfNot, &answeredAtMs))
        requestDone(answeredAtMs);
}

void HttpConnection::requestDone(qint64 answeredAtMs)
{
    m_busy = false;
    m_waitingSinceMs = answeredAtMs;
    waitForRequest();
}

bool HttpConnection::mayBeDropped()
{
    settle();
    return !m_busy || m_peerClosed;
}

void HttpConnection::readable()
{
    // Read while a request is being answered too, so a client that goes away, or closes its
    // side, is noticed.
    if (!readSocket()) {
        abort();
        return;
    }
    if (m_closing) {
        m_buffer.clear(); // the answer is on its way and the connection closes after it
        return;
    }
    // Pipelined bytes, and a peer that closed its side, wait for the answer: whoever writes it
    // is to say so.
    settle(!m_buffer.isEmpty() || m_peerClosed);
    processBuffer();
}

void HttpConnection::resume()
{
    settle();
    processBuffer();
}

bool HttpConnection::readSocket()
{
    // Read into one buffer per thread and append what came: growing m_buffer by a chunk before
    // each read reallocated it on every request (the parser takes bytes from its front).
    thread_local std::array<char, kReadChunkBytes> chunk;
    while (!m_peerClosed && m_buffer.size() < kReadBufferBytes) {
        const qsizetype room = std::min(kReadChunkBytes, kReadBufferBytes - m_buffer.size());
        const qint64 read = socketio::read(m_socket, chunk.data(), room);
        if (read == socketio::kPeerClosed) {
            // What it sent is still answered (HTTP allows a client to close its side and wait).
            m_peerClosed = true;
            break;
        }
        if (read < 0)
            return false;
        m_buffer.append(chunk.data(), read);
        if (read < room)
            break;
    }
    // Full: no more notifications until the parser has taken some. Closed: none ever again.
    m_readNotifier->setEnabled(!m_peerClosed && m_buffer.size() < kReadBufferBytes);
    return true;
}

void HttpConnection::processBuffer()
{
    // A loop, not recursion: answers given synchronously continue here with the next pipelined
    // request, however many arrived at once.
    if (m_inProcess)
        return;
    m_inProcess = true;
    while (!m_busy && !m_closing && !m_gone) {
        if (!m_readNotifier->isEnabled() && !readSocket()) { // the buffer was full
            abort();
            break;
        }
        const HttpRequestParser::State state = m_parser.parse(m_buffer);
        if (state == HttpRequestParser::State::NeedMore) {
            if (m_parser.takeContinueRequest())
                send(QByteArrayLiteral("HTTP/1.1 100 Continue\r\n\r\n"));
            // The deadline runs from the request's first byte; more bytes do not extend it.
            if (!m_incoming && (!m_buffer.isEmpty() || m_parser.isMidRequest())) {
                m_incoming = true;
                m_deadline->start();
            }
            if (m_readNotifier->isEnabled() || m_peerClosed)
                break;
            continue; // the parser made room: read on
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
        ++m_handedOut;
        m_deadline->stop();
        // Another thread may write the answer only when it would be the next bytes out. The
        // next request, when it is here already, waits to hear of the answer.
        if (m_unsent.isEmpty())
            m_answerSlot->open(m_socket, m_keepAlive, !m_buffer.isEmpty() || !m_readNotifier->isEnabled());
        else
            m_answerSlot->shut();
        m_dispatch(this, std::move(request));
    }
    m_inProcess = false;
    endIfPeerClosed();
}

void HttpConnection::endIfPeerClosed()
{
    if (!m_peerClosed || m_busy || m_closing || m_gone)
        return;
    if (m_buffer.isEmpty() && !m_parser.isMidRequest()) {
        if (m_unsent.isEmpty())
            abort();
        else
            m_closing = true; // once the last answer is sent
        return;
    }
    m_buffer.clear();
    write(HttpResponse::error(400, QStringLiteral("the connection was closed before the request was complete")), false);
}

void HttpConnection::requestTimedOut()
{
    if (m_busy || m_closing || !m_incoming)
        return;
    // Bytes that came in but were not read yet still count.
    if (!readSocket()) {
        abort();
        return;
    }
    processBuffer();
    if (m_busy || m_closing || m_gone || m_deadline->isActive())
        return;
    refuseIncomplete(QStringLiteral("the request was not complete %1 s after its first byte")
                         .arg(double(m_deadline->interval()) / 1000.0));
}

void HttpConnection::refuseIncomplete(const QString &message)
{
    m_buffer.clear();
    write(HttpResponse::error(408, message), false);
}

bool HttpConnection::drop()
{
    if (m_gone)
        return true;
    settle();
    if (!m_busy && !m_closing) {
        // What has come counts: a request it completes is answered, one it begins gets 408.
        const quint64 handedOut = m_handedOut;
        if (!readSocket()) {
            abort();
            return true;
        }
        processBuffer();
        if (m_gone)
            return true;
        if (m_handedOut != handedOut)
            return false;
        if (m_incoming)
            refuseIncomplete(QStringLiteral("too many connections are open and this request waited longest"));
    }
    // At once, whatever is left unsent: the socket is wanted for someone else.
    abort();
    return true;
}

void HttpConnection::respond(const HttpResponse &response)
{
    if (!m_busy || m_closing)
        return;
    m_answerSlot->shut();
    m_busy = false;
    write(response, m_keepAlive && !response.closeConnection);
    if (!m_closing && !m_gone) {
        requestDone(nowMs());
        processBuffer();
    }
}

void HttpConnection::sendRest(QByteArray rest)
{
    if (!m_busy || m_closing)
        return;
    send(std::move(rest));
    if (!m_gone) {
        requestDone(nowMs());
        processBuffer();
    }
}

void HttpConnection::write(const HttpResponse &response, bool keepAlive)
{
    if (!keepAlive)
        m_closing = true; // closes once the answer is sent
    send(response.encode(keepAlive));
}

void HttpConnection::send(QByteArray bytes)
{
    if (m_gone)
        return;
    if (m_unsent.isEmpty()) {
        // Now, not on the next pass of the event loop: one poll round less per answer.
        const qint64 written = socketio::write(m_socket, bytes.constData(), bytes.size());
        if (written < 0) {
            abort();
            return;
        }
        bytes.remove(0, written);
    }
    m_unsent += bytes;
    if (!m_unsent.isEmpty())
        m_writeNotifier->setEnabled(true);
    else if (m_closing)
        abort(); // everything is sent
}

void HttpConnection::writable()
{
    const qint64 written = socketio::write(m_socket, m_unsent.constData(), m_unsent.size());
    if (written < 0) {
        abort();
        return;
    }
    m_unsent.remove(0, written);
    if (!m_unsent.isEmpty())
        return;
    m_writeNotifier->setEnabled(false);
    if (m_closing)
        abort();
}

void HttpConnection::abort()
{
    if (m_gone)
        return;
    m_readNotifier->setEnabled(false);
    m_writeNotifier->setEnabled(false);
    m_answerSlot->close();
    socketio::close(m_socket);
    finish();
}

void HttpConnection::finish()
{
    m_gone = true;
    m_closing = true;
    Q_EMIT closed();
    deleteLater();
}

} // namespace stint
