// When the worker commits: by count, by age (an injected clock, no sleeping), by bucket change,
// on ForceCommit and on Close; and that an answered ForceCommit is visible to a fresh reader.
// Also that what is posted while the worker drains its mailbox is taken without a wake-up.
#include "StoreFixture.h"

using namespace stint;
using namespace stint::test;

class TestCommitPolicy : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void commitsOnTheHundredAndFirstEvent();
    void commitsWhenTheBatchIsFifteenSecondsOld();
    void anEmptyWriteDoesNotDisarmTheAgeRule();
    void commitsOnBucketChange_data();
    void commitsOnBucketChange();
    void forceCommitIsVisibleToAFreshReader();
    void closeIsAnsweredAfterTheCommit();
    void destroyingWhileCloseIsQueuedKeepsTheData();
    void idleForceCommitCostsNothing();
    void eventAppliedIsLiveAndSeparateFromCommitted();
    void postsDuringADrainAreTaken_data();
    void postsDuringADrainAreTaken();
};

void TestCommitPolicy::commitsOnTheHundredAndFirstEvent()
{
    StoreFixture fx;
    QVERIFY(fx.openWithBucket());
    QSignalSpy committed(&fx.store(), &Datastore::committed);
    for (int i = 0; i < 100; ++i)
        fx.store().heartbeat(kWindowBucket, windowEvent(i, u"title %1"_s.arg(i / 4)), 2);
    // diagnostics() queues behind the heartbeats: when it answers, all 100 are applied.
    QCOMPARE(fx.diagnostics().value(u"uncommittedEvents"_s).toInt(), 100);
    StoreFixture::settle(); // deliver any committed() the worker has queued to this thread
    QCOMPARE(committed.count(), 0);
    QCOMPARE(fx.committedEvents().size(), 0);

    const quint64 seq = fx.store().heartbeat(kWindowBucket, windowEvent(100, u"title 25"_s), 2);
    QTRY_COMPARE(committed.count(), 1);
    QCOMPARE(committed.first().first().toULongLong(), seq);
    QCOMPARE(fx.store().durableSeq(), seq);
    QCOMPARE(fx.committedEvents().size(), 26);
    QCOMPARE(fx.diagnostics().value(u"uncommittedEvents"_s).toInt(), 0);
}

void TestCommitPolicy::commitsWhenTheBatchIsFifteenSecondsOld()
{
    StoreFixture fx;
    QVERIFY(fx.openWithBucket());
    QSignalSpy committed(&fx.store(), &Datastore::committed);
    fx.store().heartbeat(kWindowBucket, windowEvent(0, u"A"_s), 2);
    fx.diagnostics(); // the batch's age starts when the worker applies its first write
    fx.clock().advanceSeconds(10);
    const quint64 seq = fx.store().heartbeat(kWindowBucket, windowEvent(1, u"B"_s), 2);
    QCOMPARE(fx.diagnostics().value(u"uncommittedEvents"_s).toInt(), 2);

    // Nothing else arrives. The age is checked every 5 ms; give it many chances at 14.999 s.
    fx.clock().advanceMs(4'999);
    QTest::qWait(100);
    QCOMPARE(committed.count(), 0);
    QCOMPARE(fx.committedEvents().size(), 0);

    fx.clock().advanceMs(1);
    QTRY_COMPARE(committed.count(), 1);
    QCOMPARE(committed.first().first().toULongLong(), seq);
    QCOMPARE(fx.committedEvents().size(), 2);

    // The next batch's age counts from its own first write, not from the last commit.
    fx.clock().advanceSeconds(60);
    fx.store().heartbeat(kWindowBucket, windowEvent(100, u"C"_s), 2);
    fx.diagnostics();
    fx.clock().advanceSeconds(14);
    QTest::qWait(50);
    QCOMPARE(committed.count(), 1);
    fx.clock().advanceSeconds(1);
    QTRY_COMPARE(committed.count(), 2);
}

void TestCommitPolicy::anEmptyWriteDoesNotDisarmTheAgeRule()
{
    StoreFixture fx;
    QVERIFY(fx.openWithBucket());
    QSignalSpy committed(&fx.store(), &Datastore::committed);
    QVERIFY(await(fx.store().insertEvents(kWindowBucket, {})).ok()); // nothing to write
    QTest::qWait(30);                                                // the age check runs, finds nothing
    fx.store().heartbeat(kWindowBucket, windowEvent(0, u"A"_s), 2);
    fx.diagnostics();
    fx.clock().advanceSeconds(15);
    QTRY_VERIFY(committed.count() >= 1);
    QCOMPARE(fx.committedEvents().size(), 1);
}

void TestCommitPolicy::commitsOnBucketChange_data()
{
    QTest::addColumn<QString>("change");
    QTest::newRow("create") << u"create"_s;
    QTest::newRow("update") << u"update"_s;
    QTest::newRow("delete") << u"delete"_s;
}

void TestCommitPolicy::commitsOnBucketChange()
{
    QFETCH(QString, change);
    StoreFixture fx;
    QVERIFY(fx.openWithBucket());
    const Bucket other = windowBucket(u"aw-watcher-afk_testhost"_s);
    if (change != u"create"_s)
        QVERIFY(await(fx.store().createBucket(other)).ok());
    StoreFixture::settle();
    fx.store().heartbeat(kWindowBucket, windowEvent(0, u"A"_s), 2);
    fx.store().heartbeat(kWindowBucket, windowEvent(5, u"B"_s), 2);
    QCOMPARE(fx.committedEvents().size(), 0);

    QSignalSpy committed(&fx.store(), &Datastore::committed);
    WriteResult result;
    if (change == u"create"_s)
        result = await(fx.store().createBucket(other));
    else if (change == u"update"_s)
        result = await(fx.store().updateBucket(other));
    else
        result = await(fx.store().deleteBucket(other.id));
    QVERIFY2(result.ok(), qPrintable(result.message));
    // The reply comes after the commit: the heartbeats before it are durable too.
    QVERIFY(fx.store().durableSeq() >= result.seq);
    QCOMPARE(fx.committedEvents().size(), 2);
    QTRY_COMPARE(committed.count(), 1);
}

void TestCommitPolicy::forceCommitIsVisibleToAFreshReader()
{
    // The bug the seed fixed: ForceCommit answered before COMMIT, so a reader opened right after
    // could see a snapshot from before it. Repeated to give a race room to show itself.
    StoreFixture fx;
    QVERIFY(fx.openWithBucket());
    constexpr int kRounds = 250;
    for (int i = 0; i < kRounds; ++i) {
        const quint64 seq = fx.store().heartbeat(kWindowBucket, windowEvent(i * 10, u"round %1"_s.arg(i)), 2);
        const CommitResult result = await(fx.store().forceCommit());
        QVERIFY2(result.ok(), qPrintable(result.error));
        QVERIFY(result.durableSeq >= seq);
        EventReader reader(fx.path());
        const auto count = reader.eventCount(kWindowBucket);
        QVERIFY2(count.has_value(), qPrintable(reader.error()));
        QCOMPARE(*count, qint64(i + 1));
    }
}

void TestCommitPolicy::closeIsAnsweredAfterTheCommit()
{
    // The answer alone (not the thread's end) must mean durable: read right after it, many times.
    for (int round = 0; round < 20; ++round) {
        StoreFixture fx;
        QVERIFY(fx.openWithBucket());
        quint64 last = 0;
        for (int i = 0; i < 30; ++i)
            last = fx.store().heartbeat(kWindowBucket, windowEvent(i * 3, u"w%1"_s.arg(i)), 2);
        const CommitResult result = await(fx.store().closeAsync());
        QVERIFY2(result.ok(), qPrintable(result.error));
        QCOMPARE(result.durableSeq, last);
        QCOMPARE(fx.committedEvents().size(), 30);
    }
    StoreFixture fx;
    QVERIFY(fx.openWithBucket());
    QVERIFY(fx.store().close().ok());
    // After Close, writes are refused, never silently dropped.
    const WriteResult refused = await(fx.store().insertEvents(kWindowBucket, {windowEvent(200, u"late"_s)}));
    QCOMPARE(refused.error, StoreError::Closed);
    QVERIFY(!await(fx.store().forceCommit()).ok());
}

void TestCommitPolicy::destroyingWhileCloseIsQueuedKeepsTheData()
{
    StoreFixture fx;
    QVERIFY(fx.openWithBucket());
    for (int i = 0; i < 500; ++i)
        fx.store().heartbeat(kWindowBucket, windowEvent(i, u"w%1"_s.arg(i / 10)), 2);
    QFuture<CommitResult> closing = fx.store().closeAsync();
    fx.closeStore(); // the destructor must let the queued Close finish, not quit under it
    QVERIFY(closing.isFinished());
    QVERIFY(closing.result().ok());
    QCOMPARE(fx.committedEvents().size(), 50);
}

void TestCommitPolicy::idleForceCommitCostsNothing()
{
    StoreFixture fx;
    QVERIFY(fx.openWithBucket());
    QSignalSpy committed(&fx.store(), &Datastore::committed);
    const CommitResult first = await(fx.store().forceCommit());
    QVERIFY(first.ok());
    QCOMPARE(first.durableSeq, fx.store().lastSeq());
    QCOMPARE(fx.diagnostics().value(u"transactionOpen"_s).toBool(), false);
    QTest::qWait(20);
    QCOMPARE(committed.count(), 0); // nothing was pending, so nothing was committed
}

void TestCommitPolicy::eventAppliedIsLiveAndSeparateFromCommitted()
{
    StoreFixture fx;
    QVERIFY(fx.openWithBucket());
    QSignalSpy applied(&fx.store(), &Datastore::eventApplied);
    QSignalSpy committed(&fx.store(), &Datastore::committed);
    fx.store().heartbeat(kWindowBucket, windowEvent(0, u"A"_s), 2);
    fx.store().heartbeat(kWindowBucket, windowEvent(1, u"A"_s), 2);
    QTRY_COMPARE(applied.count(), 2);
    QCOMPARE(committed.count(), 0);
    const Event live = applied.last().at(1).value<Event>();
    QCOMPARE(applied.last().at(0).toString(), kWindowBucket);
    QCOMPARE(live.duration, qint64(1'000'000'000));
}

void TestCommitPolicy::postsDuringADrainAreTaken_data()
{
    QTest::addColumn<Datastore::Wake>("wake");
    QTest::newRow("wake now") << Datastore::Wake::Now;
    // Nobody calls wakeDeferred(): only the running drain can take these.
    QTest::newRow("deferred") << Datastore::Wake::Deferred;
}

// Each heartbeat's reply (in the worker's thread, inside a drain) posts the next one: a chain
// far longer than the rounds one drain call takes, so it also goes on through the drain's own
// wake-up. None may be lost, stall or change order.
void TestCommitPolicy::postsDuringADrainAreTaken()
{
    QFETCH(Datastore::Wake, wake);
    constexpr int kChain = 300;
    // Declared before the fixture, so that they outlive its close, which lets a chain that a
    // failed check left running finish.
    std::atomic<int> answered{0};
    std::atomic<bool> inOrder{true};
    std::function<void(int)> post;
    StoreFixture fx;
    QVERIFY(fx.openWithBucket());
    Datastore &store = fx.store();
    post = [&, storePtr = &store](int i) {
        storePtr->heartbeatWithReply(
            kWindowBucket, windowEvent(i, u"title %1"_s.arg(i)), 0,
            [&, i](const WriteResult &result) {
                if (!result.ok() || answered.fetch_add(1) != i)
                    inOrder.store(false);
                if (i + 1 < kChain)
                    post(i + 1);
            },
            wake);
    };
    post(0);
    if (wake == Datastore::Wake::Deferred)
        store.wakeDeferred(); // the first one comes from this thread; the rest from the worker's
    QTRY_COMPARE(answered.load(), kChain);
    QVERIFY(inOrder.load());
    QVERIFY(store.forceCommit().result().ok());
    EventList events = fx.committedEvents();
    QCOMPARE(events.size(), kChain);
    std::sort(events.begin(), events.end(), [](const Event &a, const Event &b) { return a.start < b.start; });
    for (int i = 0; i < kChain; ++i)
        QCOMPARE(events.at(i).data.value(u"title"_s).toString(), u"title %1"_s.arg(i));
}

QTEST_GUILESS_MAIN(TestCommitPolicy)
#include "TestCommitPolicy.moc"
