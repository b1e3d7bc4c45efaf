#pragma once

#include "api/HttpMessage.h"
#include "api/HttpRequestParser.h"

#include <QObject>

#include <functional>
#include <memory>

class QSocketNotifier;
class QTimer;

namespace stint {

class AnswerSlot;

// One client connection in the server's thread: parses requests, hands them on one at a time
// (a pipelined request waits until the previous answer is written) and writes the answers.
// Keeps the connection open between requests unless the client or an error says otherwise.
// Two clocks: an idle connection closes after idleTimeoutMs; a request whose head and body have
// not all come requestTimeoutMs after its first byte gets 408 and the connection closes (a client
// that trickles a byte now and then holds no socket for long).
// Reads and writes the accepted socket itself (socketio::), watched by two QSocketNotifiers.
// Another thread may write a request's answer itself through answerSlot(); the connection picks
// up that the request is done when it next looks (settle()).
class HttpConnection final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HttpConnection)

public:
    // At most this much is read ahead of the parser; the kernel keeps the rest and TCP holds
    // the client back, so pipelined bytes cannot pile up in memory.
    static constexpr qsizetype kReadBufferBytes = 256 * 1024;
    using Dispatch = std::function<void(HttpConnection *, HttpRequest)>;

    // Takes over `socket`, a connected socket descriptor.
    HttpConnection(qintptr socket, HttpLimits limits, Dispatch dispatch, int idleTimeoutMs, int requestTimeoutMs,
                   QObject *parent);
    ~HttpConnection() override;

    // The answer to the request handed out last. Server thread only.
    void respond(const HttpResponse &response);
    // After answerSlot() sent part of the answer: the rest, and the request is done.
    void sendRest(QByteArray rest);
    // After answerSlot() sent an answer while pipelined requests waited: goes on with them.
    void resume();
    const std::shared_ptr<AnswerSlot> &answerSlot() const { return m_answerSlot; }

    // Whether the connection may give its place to a new one: not while it answers a request, as
    // it does useful work, unless its client has closed its side (a client gone for good looks
    // the same).
    bool mayBeDropped();
    // When the connection was accepted or its last answer was written (Clock::monotonicMillis()):
    // it has waited since then without a request being answered.
    qint64 waitingSinceMs() const { return m_waitingSinceMs; }
    // Closes at once to make room for another connection (true). What has come is read first:
    // an incomplete request gets 408; a complete one is answered and the connection stays (false).
    bool drop();

Q_SIGNALS:
    void closed();

private:
    static constexpr qsizetype kReadChunkBytes = 16 * 1024;

    void readable();
    // Learns whether another thread answered the request through the slot; with `tellIfNot`,
    // asks it to say so when it does.
    void settle(bool tellIfNot = false);
    void requestDone(qint64 answeredAtMs);
    // The idle timer runs until the connection closes and checks how long it has waited:
    // starting and stopping it around every request cost more than the rare check.
    void idleCheck();
    // Appends what has come to m_buffer, up to kReadBufferBytes; false when the socket failed.
    bool readSocket();
    void processBuffer();
    // Once the peer has closed its side and every request it completed is answered: closes,
    // after a 400 when it stopped within a request.
    void endIfPeerClosed();
    void waitForRequest();
    void requestTimedOut();
    void refuseIncomplete(const QString &message);
    void write(const HttpResponse &response, bool keepAlive);
    void send(QByteArray bytes);
    void writable();
    // Closes the socket now, whatever is left unsent.
    void abort();
    void finish();

    qintptr m_socket;
    QSocketNotifier *m_readNotifier;
    QSocketNotifier *m_writeNotifier;
    HttpRequestParser m_parser;
    Dispatch m_dispatch;
    std::shared_ptr<AnswerSlot> m_answerSlot;
    QTimer *m_idle;
    int m_idleTimeoutMs;
    QTimer *m_deadline; // of the request coming in
    qint64 m_waitingSinceMs;
    QByteArray m_buffer;
    QByteArray m_unsent;     // what the socket could not take yet
    quint64 m_handedOut = 0; // requests handed to Dispatch
    bool m_incoming = false; // the first bytes of a request have come, the request is not complete
    bool m_busy = false;     // a request is being answered
    bool m_keepAlive = true; // of the request being answered
    bool m_closing = false;  // the last answer is written; the socket closes once it is sent
    bool m_inProcess = false;
    bool m_gone = false;
    bool m_peerClosed = false; // the peer sends nothing more (it may wait for answers)
};

} // namespace stint
