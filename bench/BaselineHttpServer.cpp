#include "BaselineHttpServer.h"

#include <QHostAddress>
#include <QTcpServer>
#include <QTcpSocket>
#include <QThread>

#include <memory>

namespace stint::bench {

namespace {

// About what Stint answers to a heartbeat: the merged event.
const QByteArray kAnswer = []() -> QByteArray {
    const QByteArray body = R"({"id":1,"timestamp":"2026-11-24T09:00:00.000000Z","duration":12.0,)"
                            R"("data":{"app":"code","title":"HttpBench.cpp - stint - Visual Studio Code"}})";
    return "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: " + QByteArray::number(body.size())
        + "\r\n\r\n" + body;
}();

// Answers each complete request (head plus Content-Length bytes) in the socket's buffer.
void answerComplete(QTcpSocket *socket, QByteArray &pending)
{
    pending += socket->readAll();
    for (;;) {
        const qsizetype headEnd = pending.indexOf("\r\n\r\n");
        if (headEnd < 0)
            return;
        qsizetype length = 0;
        const qsizetype lengthAt = pending.indexOf("Content-Length: ");
        if (lengthAt >= 0 && lengthAt < headEnd)
            length = pending.mid(lengthAt + 16, pending.indexOf('\r', lengthAt) - lengthAt - 16).toLongLong();
        if (pending.size() < headEnd + 4 + length)
            return;
        pending.remove(0, headEnd + 4 + length);
        socket->write(kAnswer);
        socket->flush();
    }
}

} // namespace

BaselineHttpServer::BaselineHttpServer()
    : m_thread(new QThread)
    , m_server(new QTcpServer)
{
    m_thread->setObjectName(QStringLiteral("baseline-http"));
    m_server->moveToThread(m_thread);
    QObject::connect(m_server, &QTcpServer::newConnection, m_server, [server = m_server] {
        while (QTcpSocket *socket = server->nextPendingConnection()) {
            socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
            auto pending = std::make_shared<QByteArray>();
            QObject::connect(socket, &QTcpSocket::readyRead, socket,
                             [socket, pending] { answerComplete(socket, *pending); });
            QObject::connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        }
    });
    QObject::connect(m_thread, &QThread::finished, m_server, &QObject::deleteLater);
    m_thread->start();
}

BaselineHttpServer::~BaselineHttpServer()
{
    m_thread->quit();
    m_thread->wait();
    delete m_thread;
}

quint16 BaselineHttpServer::start()
{
    quint16 port = 0;
    QMetaObject::invokeMethod(
        m_server,
        [this, &port] {
            if (m_server->listen(QHostAddress::LocalHost, 0))
                port = m_server->serverPort();
        },
        Qt::BlockingQueuedConnection);
    return port;
}

} // namespace stint::bench
