// Answers written by the thread that has them (the datastore's worker, a reading thread) straight
// onto the connection: they must not need the server thread, must keep their order with the
// answers around them, and must leave the connection in a state the server thread picks up.

#include "ApiTestClient.h"
#include "StoreFixture.h"
#include "api/ApiCall.h"
#include "api/ApiServer.h"

#include <QElapsedTimer>
#include <QLoggingCategory>
#include <QMutex>
#include <QSemaphore>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

#include <atomic>
#include <memory>
#include <thread>
#include <vector>

using namespace Qt::StringLiterals;
using namespace stint;
using namespace stint::test;

namespace {

// Bytes that show where they sit in the body and which body they belong to.
QByteArray patternBody(qsizetype size, int salt)
{
    QByteArray body(size, Qt::Uninitialized);
    for (qsizetype i = 0; i < size; ++i)
        body[i] = char('a' + (i * 7 + salt + i / 4093) % 26);
    return body;
}

} // namespace

class TestApiAnswers : public QObject
{
    Q_OBJECT

private:
    // The server, with a route answered from a thread of its own, started.
    bool startServer(ApiOptions options = {})
    {
        options.port = 0;
        options.testing = true;
        options.hostname = u"testhost"_s;
        m_server = std::make_unique<ApiServer>(m_fixture->store(), m_fixture->path(), options);
        // Answers from a thread of their own, as the worker and the reading threads answer.
        m_server->addRoute("GET", u"/api/0/test/elsewhere/<size>"_s, [this](const std::shared_ptr<ApiCall> &call) {
            const qsizetype size = call->arg(u"size"_s).toLongLong();
            {
                QMutexLocker lock(&m_threadsMutex);
                m_threads.emplace_back([this, call, size] {
                    m_answerGate.acquire();
                    call->respond(HttpResponse{200, "text/plain", patternBody(size, int(size % 26)), {}, false});
                });
            }
            ++m_handedOut;
            // Held while the test says so: the answer must get out without this thread.
            m_serverGate.tryAcquire(1, 30'000);
        });
        QString error;
        if (!m_server->start(&error)) {
            qWarning("%s", qPrintable(error));
            return false;
        }
        return true;
    }

    void joinThreads()
    {
        QMutexLocker lock(&m_threadsMutex);
        m_answerGate.release(int(m_threads.size()));
        for (std::thread &thread : m_threads)
            thread.join();
        m_threads.clear();
    }

    std::unique_ptr<StoreFixture> m_fixture;
    std::unique_ptr<ApiServer> m_server;
    QMutex m_threadsMutex;
    std::vector<std::thread> m_threads; // guarded by m_threadsMutex
    std::atomic<int> m_handedOut{0};
    QSemaphore m_answerGate; // lets an answering thread answer
    QSemaphore m_serverGate; // lets the server thread leave the route's handler

private Q_SLOTS:
    void initTestCase() { QLoggingCategory::setFilterRules(u"stint.*.info=false"_s); }

    void init()
    {
        m_fixture = std::make_unique<StoreFixture>();
        QVERIFY(m_fixture->open());
    }

    void cleanup()
    {
        m_serverGate.release(100); // a failed test leaves no handler waiting
        m_server.reset();
        joinThreads();
        m_answerGate.acquire(m_answerGate.available());
        m_serverGate.acquire(m_serverGate.available());
        m_handedOut = 0;
        m_fixture.reset();
    }

    void answerNeedsNotTheServerThread()
    {
        QVERIFY(startServer());
        RawClient raw(m_server->port());
        QVERIFY(raw.connect());
        const QByteArray host = "Host: " + raw.hostHeader() + "\r\n";

        // The server thread stays in the handler until the answer has come.
        m_answerGate.release();
        const HttpAnswer answer = raw.request("GET /api/0/test/elsewhere/100 HTTP/1.1\r\n" + host + "\r\n");
        QCOMPARE(answer.status, 200);
        QCOMPARE(answer.headers.value("connection"), QByteArray("keep-alive"));
        QVERIFY(answer.body == patternBody(100, 100 % 26));
        m_serverGate.release();

        // The connection learns the request is done and serves the next one.
        QCOMPARE(raw.request("GET /api/0/info HTTP/1.1\r\n" + host + "\r\n").status, 200);

        // A connection that closes after its answer is left to the server thread.
        m_answerGate.release();
        m_serverGate.release();
        const HttpAnswer closing =
            raw.request("GET /api/0/test/elsewhere/10 HTTP/1.1\r\n" + host + "Connection: close\r\n\r\n");
        QCOMPARE(closing.status, 200);
        QCOMPARE(closing.headers.value("connection"), QByteArray("close"));
        QVERIFY(closing.body == patternBody(10, 10));
        QVERIFY(raw.waitClosed());
    }

    void bigAnswersStayWholeAndInOrder()
    {
        // More than the socket takes at once: the thread writes what fits and the server thread
        // sends the rest before anything of the pipelined answers behind it.
        QVERIFY(startServer());
        RawClient raw(m_server->port());
        QVERIFY(raw.connect());
        const QByteArray host = "Host: " + raw.hostHeader() + "\r\n";
        constexpr qsizetype kBig = 24 * 1024 * 1024;
        m_answerGate.release(3);
        m_serverGate.release(3);
        raw.write("GET /api/0/test/elsewhere/" + QByteArray::number(kBig) + " HTTP/1.1\r\n" + host + "\r\n"
                  + "GET /api/0/info HTTP/1.1\r\n" + host + "\r\n" + "GET /api/0/test/elsewhere/"
                  + QByteArray::number(kBig + 1) + " HTTP/1.1\r\n" + host + "\r\n"
                  + "GET /api/0/test/elsewhere/5 HTTP/1.1\r\n" + host + "\r\n");
        const HttpAnswer big = raw.read(60'000);
        QCOMPARE(big.status, 200);
        QCOMPARE(big.body.size(), kBig);
        QVERIFY(big.body == patternBody(kBig, int(kBig % 26)));
        const HttpAnswer info = raw.read();
        QCOMPARE(info.status, 200);
        QVERIFY(info.json().toObject().contains(u"hostname"_s));
        const HttpAnswer second = raw.read(60'000);
        QCOMPARE(second.status, 200);
        QVERIFY(second.body == patternBody(kBig + 1, int((kBig + 1) % 26)));
        const HttpAnswer small = raw.read();
        QCOMPARE(small.status, 200);
        QCOMPARE(small.body, patternBody(5, 5));
    }

    void heartbeatsAnsweredByTheWorkerInOrder()
    {
        // Pipelined heartbeats: the worker answers each; the server thread goes on with the
        // next request once it hears of the answer.
        QVERIFY(startServer());
        NamClient client(m_server->port());
        QCOMPARE(client.post(u"/api/0/buckets/pipe"_s, R"({"client":"t","type":"x","hostname":"h"})").status, 200);
        RawClient raw(m_server->port());
        QVERIFY(raw.connect());
        const QByteArray host = "Host: " + raw.hostHeader() + "\r\n";
        QByteArray burst;
        constexpr int kHeartbeats = 500;
        for (int i = 0; i < kHeartbeats; ++i) {
            const QByteArray body = "{\"timestamp\":\"" + Timestamp::toRfc3339(kBaseTime + i * kSecond).toUtf8()
                + "\",\"data\":{\"n\":" + QByteArray::number(i / 10) + "}}";
            burst += "POST /api/0/buckets/pipe/heartbeat?pulsetime=5 HTTP/1.1\r\n" + host
                + "Content-Length: " + QByteArray::number(body.size()) + "\r\n\r\n" + body;
        }
        raw.write(burst);
        for (int i = 0; i < kHeartbeats; ++i) {
            const HttpAnswer answer = raw.read(30'000);
            QCOMPARE(answer.status, 200);
            const QJsonObject event = answer.json().toObject();
            QCOMPARE(event.value(u"data"_s).toObject().value(u"n"_s).toInt(), i / 10);
            QCOMPARE(event.value(u"duration"_s).toDouble(), double(i % 10));
        }
    }

    void idleConnectionClosesAfterAnAnswerFromElsewhere()
    {
        ApiOptions options;
        // Long enough that the request is surely sent before it runs out.
        options.idleTimeoutMs = 1000;
        QVERIFY(startServer(options));
        RawClient raw(m_server->port());
        QVERIFY(raw.connect());
        m_answerGate.release();
        m_serverGate.release();
        QCOMPARE(raw.request("GET /api/0/test/elsewhere/1 HTTP/1.1\r\nHost: " + raw.hostHeader() + "\r\n\r\n").status,
                 200);
        QVERIFY(raw.waitClosed(10'000));
        QTRY_COMPARE(m_server->openConnections(), 0);
    }

    void closingAnswerIsNotCutByTheIdleTimeout()
    {
        // The last answer before the connection closes drains however long the client takes:
        // the idle timeout does not apply to it (it did once the timer re-armed itself).
        ApiOptions options;
        options.idleTimeoutMs = 300;
        QVERIFY(startServer(options));
        // A client that takes no more than 64 KB into its own buffer while it does not read.
        QTcpSocket slow;
        slow.setReadBufferSize(64 * 1024);
        slow.connectToHost(QHostAddress::LocalHost, m_server->port());
        QVERIFY(slow.waitForConnected(5000));
        constexpr qsizetype kBig = 24 * 1024 * 1024;
        m_answerGate.release();
        m_serverGate.release();
        slow.write("GET /api/0/test/elsewhere/" + QByteArray::number(kBig) + " HTTP/1.1\r\nHost: 127.0.0.1:"
                   + QByteArray::number(m_server->port()) + "\r\nConnection: close\r\n\r\n");
        QVERIFY(slow.waitForBytesWritten(5000));
        // Not read for several idle timeouts: the socket's buffers fill and the rest waits.
        QTRY_COMPARE(m_handedOut.load(), 1);
        QElapsedTimer waited;
        waited.start();
        QTRY_VERIFY_WITH_TIMEOUT(waited.elapsed() > 5 * options.idleTimeoutMs, 30'000);
        QByteArray received;
        while (slow.state() == QAbstractSocket::ConnectedState || slow.bytesAvailable() > 0) {
            received += slow.readAll();
            if (slow.state() == QAbstractSocket::ConnectedState && !slow.waitForReadyRead(30'000))
                break;
        }
        received += slow.readAll();
        const qsizetype headEnd = received.indexOf("\r\n\r\n");
        QVERIFY(headEnd > 0);
        QVERIFY(received.startsWith("HTTP/1.1 200 "));
        QCOMPARE(received.size() - headEnd - 4, kBig);
        QVERIFY(received.sliced(headEnd + 4) == patternBody(kBig, int(kBig % 26)));
    }

    void answerAfterStopIsDropped()
    {
        QVERIFY(startServer());
        RawClient raw(m_server->port());
        QVERIFY(raw.connect());
        m_serverGate.release();
        raw.write("GET /api/0/test/elsewhere/64 HTTP/1.1\r\nHost: " + raw.hostHeader() + "\r\n\r\n");
        QTRY_COMPARE(m_handedOut.load(), 1); // handed out; the answer is held
        m_server->stop();
        QVERIFY(raw.waitClosed());
        // New sockets take the lowest free descriptors, the closed connection's among them: the
        // late answer must not reach any of them.
        QTcpServer other;
        QVERIFY(other.listen(QHostAddress::LocalHost));
        std::vector<std::unique_ptr<QTcpSocket>> clients;
        std::vector<QTcpSocket *> accepted;
        for (int i = 0; i < 8; ++i) {
            clients.push_back(std::make_unique<QTcpSocket>());
            clients.back()->connectToHost(QHostAddress::LocalHost, other.serverPort());
            QVERIFY(clients.back()->waitForConnected(5000));
            QTRY_VERIFY(other.hasPendingConnections());
            accepted.push_back(other.nextPendingConnection());
        }
        joinThreads(); // answers into a closed connection: nothing is written, nothing breaks
        QCOMPARE(raw.read(100).status, 0);
        for (int i = 0; i < 8; ++i) {
            clients[size_t(i)]->waitForReadyRead(50);
            accepted[size_t(i)]->waitForReadyRead(50);
            QCOMPARE(clients[size_t(i)]->bytesAvailable() + accepted[size_t(i)]->bytesAvailable(), 0);
        }
    }
};

QTEST_GUILESS_MAIN(TestApiAnswers)
#include "TestApiAnswers.moc"
