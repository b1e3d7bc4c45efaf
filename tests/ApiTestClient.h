#pragma once

#include "model/Json.h"

#include <QByteArray>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonValue>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTcpSocket>
#include <QTimer>
#include <QUrl>

#ifdef Q_OS_WIN
#include <winsock2.h>
#else
#include <sys/socket.h>
#endif

namespace stint::test {

struct HttpAnswer
{
    int status = 0;                        // 0: no answer (connection closed or timed out)
    QHash<QByteArray, QByteArray> headers; // lower-case names
    QByteArray body;

    // Read as Stint reads JSON (Qt's reader alone drops a U+FEFF that opens a string).
    QJsonValue json() const { return json::parseValue(body, nullptr).value_or(QJsonValue(QJsonValue::Undefined)); }
    QString message() const { return json().toObject().value(QStringLiteral("message")).toString(); }
};

// Requests through QNetworkAccessManager (a real HTTP client), waiting in a local event loop.
class NamClient
{
public:
    explicit NamClient(quint16 port)
        : m_port(port)
    {
    }

    HttpAnswer send(const QByteArray &method, const QString &pathAndQuery, const QByteArray &body = {},
                    const QList<QPair<QByteArray, QByteArray>> &headers = {})
    {
        QNetworkRequest request(QUrl(QStringLiteral("http://127.0.0.1:%1%2").arg(m_port).arg(pathAndQuery)));
        if (!body.isNull())
            request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        for (const auto &[name, value] : headers)
            request.setRawHeader(name, value);
        QNetworkReply *reply = m_nam.sendCustomRequest(request, method, body);
        QEventLoop loop;
        QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        QTimer::singleShot(20'000, &loop, &QEventLoop::quit);
        loop.exec();
        HttpAnswer answer;
        if (reply->isFinished()) {
            answer.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
            for (const auto &[name, value] : reply->rawHeaderPairs())
                answer.headers.insert(name.toLower(), value);
            answer.body = reply->readAll();
        }
        reply->deleteLater();
        return answer;
    }
    HttpAnswer get(const QString &path) { return send("GET", path); }
    HttpAnswer post(const QString &path, const QByteArray &body) { return send("POST", path, body); }
    HttpAnswer postJson(const QString &path, const QJsonValue &value)
    {
        return send("POST", path,
                    value.isObject() ? QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact)
                                     : QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact));
    }
    HttpAnswer del(const QString &path) { return send("DELETE", path); }

private:
    quint16 m_port;
    QNetworkAccessManager m_nam;
};

// Raw bytes over a blocking socket (the server answers from its own thread), for what an HTTP
// client library would not send: wrong Host headers, broken framing, random bytes.
class RawClient
{
public:
    explicit RawClient(quint16 port)
        : m_port(port)
    {
    }

    bool connect(int timeoutMs = 5000)
    {
        m_socket.abort();
        m_buffer.clear();
        m_socket.connectToHost(QStringLiteral("127.0.0.1"), m_port);
        return m_socket.waitForConnected(timeoutMs);
    }
    bool isConnected() const { return m_socket.state() == QAbstractSocket::ConnectedState; }
    void write(const QByteArray &bytes)
    {
        m_socket.write(bytes);
        m_socket.waitForBytesWritten(5000);
    }

    // Closes the sending side only (a half-close): the server still answers what came.
    void closeWriting()
    {
        m_socket.flush();
#ifdef Q_OS_WIN
        ::shutdown(SOCKET(m_socket.socketDescriptor()), SD_SEND);
#else
        ::shutdown(int(m_socket.socketDescriptor()), SHUT_WR);
#endif
    }

    // The next answer on the connection; status 0 when it closed or timed out first.
    HttpAnswer read(int timeoutMs = 10'000)
    {
        QElapsedTimer timer;
        timer.start();
        HttpAnswer answer;
        qsizetype headEnd = -1;
        qsizetype length = -1;
        for (;;) {
            if (headEnd < 0) {
                headEnd = m_buffer.indexOf("\r\n\r\n");
                if (headEnd >= 0) {
                    const QList<QByteArray> lines = m_buffer.left(headEnd).split('\n');
                    const QList<QByteArray> statusLine = lines.value(0).trimmed().split(' ');
                    answer.status = statusLine.value(1).toInt();
                    for (qsizetype i = 1; i < lines.size(); ++i) {
                        const qsizetype colon = lines[i].indexOf(':');
                        if (colon > 0)
                            answer.headers.insert(lines[i].left(colon).trimmed().toLower(),
                                                  lines[i].mid(colon + 1).trimmed());
                    }
                    length = answer.status == 304 ? 0 : answer.headers.value("content-length", "0").toLongLong();
                    if (answer.status == 100) { // an interim answer: the real one follows
                        m_buffer.remove(0, headEnd + 4);
                        headEnd = -1;
                        answer = HttpAnswer();
                        continue;
                    }
                }
            }
            if (headEnd >= 0 && m_buffer.size() >= headEnd + 4 + length) {
                answer.body = m_buffer.mid(headEnd + 4, length);
                m_buffer.remove(0, headEnd + 4 + length);
                return answer;
            }
            const qint64 left = timeoutMs - timer.elapsed();
            if (left <= 0 || (!m_socket.waitForReadyRead(int(left)) && m_socket.bytesAvailable() == 0))
                return HttpAnswer();
            m_buffer += m_socket.readAll();
        }
    }

    HttpAnswer request(const QByteArray &bytes, int timeoutMs = 10'000)
    {
        if (!isConnected() && !connect())
            return HttpAnswer();
        write(bytes);
        return read(timeoutMs);
    }

    // Whether the server closed the connection (waits up to timeoutMs).
    bool waitClosed(int timeoutMs = 5000)
    {
        if (m_socket.state() == QAbstractSocket::UnconnectedState)
            return true;
        QElapsedTimer timer;
        timer.start();
        while (timer.elapsed() < timeoutMs) {
            m_socket.waitForReadyRead(50);
            m_socket.readAll();
            if (m_socket.state() == QAbstractSocket::UnconnectedState)
                return true;
        }
        return false;
    }

    QByteArray hostHeader() const
    {
        return "127.0.0.1:" + QByteArray::number(m_port);
    }

private:
    quint16 m_port;
    QTcpSocket m_socket;
    QByteArray m_buffer;
};

} // namespace stint::test
