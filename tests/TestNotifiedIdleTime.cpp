// Idle time from "idle"/"resumed" notifications (the Wayland idle protocols).
#include "MockClock.h"
#include "watchers/NotifiedIdleTime.h"

#include <QTest>

using namespace stint;

class TestNotifiedIdleTime : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void activeUntilNotified();
    void idleGrowsFromTheLastInput();
    void resumedResets();
    void repeatedIdleKeepsTheLastInput();
    void negativeThresholdIsZero();
};

void TestNotifiedIdleTime::activeUntilNotified()
{
    auto clock = std::make_shared<test::MockClock>();
    NotifiedIdleTime idle(clock, 1000);
    QCOMPARE(idle.thresholdMillis(), 1000);
    QVERIFY(!idle.isIdle());
    clock->advanceMs(900);
    QCOMPARE(idle.idleMillis(), 0); // below the threshold: the resolution
    clock->advanceSeconds(60);
    QCOMPARE(idle.idleMillis(), 0); // no notification: input (or an inhibitor) kept it active
}

void TestNotifiedIdleTime::idleGrowsFromTheLastInput()
{
    auto clock = std::make_shared<test::MockClock>();
    NotifiedIdleTime idle(clock, 1500);
    clock->advanceMs(4000);
    idle.idled(); // the last input was 1.5 s ago
    QVERIFY(idle.isIdle());
    QCOMPARE(idle.idleMillis(), 1500);
    clock->advanceMs(2250);
    QCOMPARE(idle.idleMillis(), 3750);
    clock->jumpWallMs(-60'000); // the wall clock plays no part
    QCOMPARE(idle.idleMillis(), 3750);
}

void TestNotifiedIdleTime::resumedResets()
{
    auto clock = std::make_shared<test::MockClock>();
    NotifiedIdleTime idle(clock, 1000);
    idle.idled();
    clock->advanceSeconds(5);
    QCOMPARE(idle.idleMillis(), 6000);
    idle.resumed();
    QVERIFY(!idle.isIdle());
    QCOMPARE(idle.idleMillis(), 0);
    clock->advanceSeconds(3);
    idle.idled();
    clock->advanceMs(10);
    QCOMPARE(idle.idleMillis(), 1010);
}

void TestNotifiedIdleTime::repeatedIdleKeepsTheLastInput()
{
    auto clock = std::make_shared<test::MockClock>();
    NotifiedIdleTime idle(clock, 1000);
    idle.idled();
    clock->advanceSeconds(2);
    idle.idled();
    QCOMPARE(idle.idleMillis(), 3000);
}

void TestNotifiedIdleTime::negativeThresholdIsZero()
{
    auto clock = std::make_shared<test::MockClock>();
    NotifiedIdleTime idle(clock, -5);
    QCOMPARE(idle.thresholdMillis(), 0);
    idle.idled();
    clock->advanceMs(7);
    QCOMPARE(idle.idleMillis(), 7);
}

QTEST_GUILESS_MAIN(TestNotifiedIdleTime)
#include "TestNotifiedIdleTime.moc"
