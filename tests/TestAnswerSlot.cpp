// AnswerSlot on its own: the server thread asks whether an answer went while another thread
// writes it, with no lock between them. Whatever the interleaving, the server thread either sees
// the answer or the writer is told to tell it, so no request waits forever.

#include "api/AnswerSlot.h"
#include "api/SocketIo.h"

#include <QHostAddress>
#include <QScopeGuard>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

#include <atomic>
#include <thread>

using namespace Qt::StringLiterals;
using namespace stint;

namespace {
volatile int s_sink = 0; // keeps the waiting loop from being optimised away
} // namespace

class TestAnswerSlot : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void noAnswerGoesUnheard()
    {
        QTcpServer listener;
        QVERIFY(listener.listen(QHostAddress::LocalHost));
        QTcpSocket client;
        client.connectToHost(QHostAddress::LocalHost, listener.serverPort());
        QVERIFY(client.waitForConnected(5000));
        QTRY_VERIFY(listener.hasPendingConnections());
        QTcpSocket *accepted = listener.nextPendingConnection();
        const qintptr socket = accepted->socketDescriptor();
        socketio::prepare(socket);

        AnswerSlot slot;
        const HttpResponse answer{200, "text/plain", "ok", {}, false};
        // The two threads wait for each other spinning, not sleeping: woken from a sleep, the
        // writer came so late that the server thread nearly always asked first.
        std::atomic<int> go{0};
        std::atomic<int> done{0};
        std::atomic<bool> stop{false};
        AnswerSlot::Written outcome = AnswerSlot::Written::Nothing;
        std::thread writer;
        // A failed check returns early: the writer is stopped and joined all the same.
        const auto joinWriter = qScopeGuard([&] {
            stop.store(true);
            if (writer.joinable())
                writer.join();
        });
        writer = std::thread([&] {
            for (int round = 1;; ++round) {
                while (go.load() < round) {
                    if (stop.load())
                        return;
                    std::this_thread::yield(); // a busy machine may have one core for both
                }
                QByteArray rest;
                outcome = slot.write(answer, &rest);
                done.store(round);
            }
        });

        constexpr int kRounds = 100'000;
        int checked = 0;
        int toldServer = 0;
        int seenAtOnce = 0;
        for (int round = 0; round < kRounds; ++round) {
            slot.open(socket, true, false);
            go.store(round + 1);
            // A little later each round (up to about a send's time), so the two meet at
            // different points.
            for (int spin = (round % 211) * 100; spin > 0; --spin)
                s_sink = spin;
            qint64 at = 0;
            const bool seen = slot.takeAnswered(true, &at);
            while (done.load() < round + 1)
                std::this_thread::yield();
            QVERIFY(outcome != AnswerSlot::Written::Nothing);
            if (round % 64 == 0 || outcome == AnswerSlot::Written::Part) {
                client.waitForReadyRead(outcome == AnswerSlot::Written::Part ? 1000 : 0);
                client.readAll();
            }
            if (outcome == AnswerSlot::Written::Part)
                continue; // the server thread sends the rest and ends the request itself
            ++checked;
            QVERIFY2(seen || outcome == AnswerSlot::Written::AllTellServer,
                     qPrintable(u"round %1: the answer went and nobody heard of it"_s.arg(round)));
            if (seen)
                ++seenAtOnce;
            if (outcome == AnswerSlot::Written::AllTellServer)
                ++toldServer;
            // Told: the server thread's next look finds the answer, once.
            if (!seen) {
                QVERIFY(slot.takeAnswered(false, &at));
                QVERIFY(at > 0);
            }
            QVERIFY(!slot.takeAnswered(false, &at));
        }
        QVERIFY(checked > kRounds / 2);
        qInfo("%d rounds: the server thread saw the answer at once in %d, was told of it in %d", checked, seenAtOnce,
              toldServer);

        // A closed slot writes nothing, and neither does a shut one.
        slot.open(socket, true, false);
        slot.shut();
        QByteArray rest;
        QCOMPARE(slot.write(answer, &rest), AnswerSlot::Written::Nothing);
        slot.open(socket, true, false);
        slot.close();
        QCOMPARE(slot.write(answer, &rest), AnswerSlot::Written::Nothing);
        // Nor does one whose connection closes after the answer.
        slot.open(socket, false, false);
        QCOMPARE(slot.write(answer, &rest), AnswerSlot::Written::Nothing);
    }
};

QTEST_GUILESS_MAIN(TestAnswerSlot)
#include "TestAnswerSlot.moc"
