// Answers from the datastore's worker and the reading threads reach the HTTP server's thread
// through ServerThreadLink: every call, in the order given, on that thread; none after close().
#include "api/ServerThreadLink.h"

#include <QTest>
#include <QThread>

#include <memory>
#include <vector>

using namespace stint;

class TestServerThreadLink : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void runsCallsInOrderOnTheServerThread();
    void dropsCallsAfterClose();
};

void TestServerThreadLink::runsCallsInOrderOnTheServerThread()
{
    QObject context; // this thread plays the server's
    auto link = std::make_shared<ServerThreadLink>(&context);
    std::vector<int> seen;
    int elsewhere = 0;
    constexpr int kCalls = 5000;
    std::unique_ptr<QThread> poster(QThread::create([&] {
        for (int i = 0; i < kCalls; ++i) {
            link->run([&seen, &elsewhere, &context, i] {
                seen.push_back(i);
                if (QThread::currentThread() != context.thread())
                    ++elsewhere;
            });
        }
    }));
    poster->start();
    QTRY_COMPARE(seen.size(), size_t(kCalls));
    QVERIFY(poster->wait(10'000));
    QCOMPARE(elsewhere, 0);
    for (int i = 0; i < kCalls; ++i)
        QCOMPARE(seen[size_t(i)], i);

    bool ranAtOnce = false;
    link->run([&ranAtOnce] { ranAtOnce = true; }); // from the server's thread itself
    QVERIFY(ranAtOnce);
}

void TestServerThreadLink::dropsCallsAfterClose()
{
    QObject context;
    auto link = std::make_shared<ServerThreadLink>(&context);
    int ran = 0;
    auto postFromAnotherThread = [&] {
        std::unique_ptr<QThread> poster(QThread::create([&] { link->run([&ran] { ++ran; }); }));
        poster->start();
        QVERIFY(poster->wait(10'000));
    };
    postFromAnotherThread(); // waiting: this thread has not run its events yet
    link->close();
    postFromAnotherThread(); // after close: dropped at once
    QCoreApplication::sendPostedEvents();
    QCOMPARE(ran, 0);
}

QTEST_GUILESS_MAIN(TestServerThreadLink)
#include "TestServerThreadLink.moc"
