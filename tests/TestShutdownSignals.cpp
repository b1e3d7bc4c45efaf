// SIGTERM becomes a Qt signal; a second, failed instance must not disarm the first.
#include "util/ShutdownSignals.h"

#include <QSignalSpy>
#include <QTest>

#include <csignal>

using namespace stint;

class TestShutdownSignals : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void signalBecomesQtSignal();
};

void TestShutdownSignals::signalBecomesQtSignal()
{
    ShutdownSignals first;
    QVERIFY(first.isActive());
    {
        ShutdownSignals second; // refused: only one may own the handlers
        QVERIFY(!second.isActive());
    } // ...and its destructor leaves the first's handlers alone
    QSignalSpy requested(&first, &ShutdownSignals::shutdownRequested);
    // Without a handler SIGTERM would end this test process, which CTest reports as a failure.
    QCOMPARE(std::raise(SIGTERM), 0);
    QTRY_COMPARE(requested.count(), 1);
    QCOMPARE(requested.first().first().toInt(), int(SIGTERM));
    QCOMPARE(std::raise(SIGINT), 0);
    QTRY_COMPARE(requested.count(), 2);
}

QTEST_GUILESS_MAIN(TestShutdownSignals)
#include "TestShutdownSignals.moc"
