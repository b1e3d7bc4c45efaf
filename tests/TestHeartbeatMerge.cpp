// The heartbeat merge rule, case by case, as ActivityWatch defines it.
#include "StoreFixture.h"

#include <QMutex>
#include <QThread>

#include <limits>
#include <optional>

using namespace stint;
using namespace stint::test;

class TestHeartbeatMerge : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void mergeTable_data();
    void mergeTable();
    void outOfOrderBecomesMergeTarget();
    void mergesIntoLastEventAfterReopen();
    void unknownBucketIsRejected();
    void invalidHeartbeatsAreRejected();
    void insertEventsAssignsAndKeepsIds();
    void deleteEventsRemovesThem();
    void insertRefusesAnotherBucketsEventId();
    void idsNeverGoPastTheLargest();
    void bucketLifecycle();
    void settingsRoundTrip();
    void callbackRepliesComeFromTheWorker();
    void deferredWakeWaitsForWakeDeferred();
};

void TestHeartbeatMerge::mergeTable_data()
{
    // An existing event (start 0 s, 10 s long, title A) and one heartbeat after it.
    QTest::addColumn<double>("hbStart");
    QTest::addColumn<double>("hbDuration");
    QTest::addColumn<QString>("hbTitle");
    QTest::addColumn<double>("pulsetime");
    QTest::addColumn<int>("events");           // events stored afterwards
    QTest::addColumn<double>("firstDuration"); // the first event's duration afterwards

    QTest::newRow("same data, inside pulsetime") << 11.0 << 0.0 << "A" << 2.0 << 1 << 11.0;
    QTest::newRow("same data, exactly at pulsetime") << 12.0 << 0.0 << "A" << 2.0 << 1 << 12.0;
    QTest::newRow("same data, just outside pulsetime") << 12.001 << 0.0 << "A" << 2.0 << 2 << 10.0;
    QTest::newRow("same data, inside the event") << 5.0 << 0.0 << "A" << 2.0 << 1 << 10.0;
    QTest::newRow("same data, duration reaches further") << 9.0 << 4.0 << "A" << 2.0 << 1 << 13.0;
    QTest::newRow("same data, zero pulsetime, touching") << 10.0 << 0.0 << "A" << 0.0 << 1 << 10.0;
    QTest::newRow("different data, inside pulsetime") << 11.0 << 0.0 << "B" << 2.0 << 2 << 10.0;
    QTest::newRow("same data, before the event (out of order)") << -1.0 << 0.0 << "A" << 2.0 << 2 << 10.0;
    QTest::newRow("same data, long pulsetime") << 130.0 << 0.0 << "A" << 120.0 << 1 << 130.0;
}

void TestHeartbeatMerge::mergeTable()
{
    QFETCH(double, hbStart);
    QFETCH(double, hbDuration);
    QFETCH(QString, hbTitle);
    QFETCH(double, pulsetime);
    QFETCH(int, events);
    QFETCH(double, firstDuration);

    StoreFixture fx;
    QVERIFY(fx.openWithBucket());
    const WriteResult first = await(fx.store().heartbeatWithReply(kWindowBucket, windowEvent(0, u"A"_s, 10), 0));
    QVERIFY(first.ok());
    const WriteResult second =
        await(fx.store().heartbeatWithReply(kWindowBucket, windowEvent(hbStart, hbTitle, hbDuration), pulsetime));
    QVERIFY2(second.ok(), qPrintable(second.message));
    QCOMPARE(second.events.size(), 1);
    QCOMPARE(second.events.first().id == first.events.first().id, events == 1);
    QVERIFY(await(fx.store().forceCommit()).ok());

    EventList stored = fx.committedEvents();
    QCOMPARE(stored.size(), events);
    std::sort(stored.begin(), stored.end(), [](const Event &a, const Event &b) { return a.id < b.id; });
    QCOMPARE(stored.first().start, kBaseTime);
    QCOMPARE(stored.first().duration, qint64(firstDuration * 1e9));
    QCOMPARE(stored.first().data.value(u"title"_s).toString(), u"A"_s);
}

void TestHeartbeatMerge::outOfOrderBecomesMergeTarget()
{
    // What a watcher sends after the system clock was set back: heartbeats merge again from
    // the first one on, and the events recorded before the change keep their length.
    StoreFixture fx;
    QVERIFY(fx.openWithBucket());
    Datastore &store = fx.store();
    store.heartbeat(kWindowBucket, windowEvent(100, u"A"_s), 2);
    store.heartbeat(kWindowBucket, windowEvent(101, u"A"_s), 2);
    store.heartbeat(kWindowBucket, windowEvent(50, u"A"_s), 2); // the clock went back
    store.heartbeat(kWindowBucket, windowEvent(51, u"A"_s), 2);
    store.heartbeat(kWindowBucket, windowEvent(52, u"A"_s), 2);
    QVERIFY(await(store.forceCommit()).ok());
    const EventList stored = fx.committedEvents();
    QCOMPARE(stored.size(), 2);
    QCOMPARE(stored.at(0).start, windowEvent(100, u"A"_s).start); // newest first
    QCOMPARE(stored.at(0).duration, qint64(1'000'000'000));
    QCOMPARE(stored.at(1).start, windowEvent(50, u"A"_s).start);
    QCOMPARE(stored.at(1).duration, qint64(2'000'000'000));
}

void TestHeartbeatMerge::mergesIntoLastEventAfterReopen()
{
    StoreFixture fx;
    QVERIFY(fx.openWithBucket());
    fx.store().heartbeat(kWindowBucket, windowEvent(0, u"A"_s), 2);
    fx.store().heartbeat(kWindowBucket, windowEvent(1, u"A"_s), 2);
    QVERIFY(fx.store().close().ok());
    fx.closeStore();

    QVERIFY(fx.open());
    const WriteResult merged = await(fx.store().heartbeatWithReply(kWindowBucket, windowEvent(2, u"A"_s), 2));
    QVERIFY(merged.ok());
    QCOMPARE(merged.events.first().duration, qint64(2'000'000'000));
    QVERIFY(fx.store().close().ok());
    const EventList stored = fx.committedEvents();
    QCOMPARE(stored.size(), 1);
    QCOMPARE(stored.first().duration, qint64(2'000'000'000));
}

void TestHeartbeatMerge::unknownBucketIsRejected()
{
    StoreFixture fx;
    QVERIFY(fx.openWithBucket());
    QSignalSpy rejected(&fx.store(), &Datastore::writeRejected);
    const quint64 seq = fx.store().heartbeat(u"no-such-bucket"_s, windowEvent(0, u"A"_s), 2);
    QTRY_COMPARE(rejected.count(), 1);
    QCOMPARE(rejected.first().at(0).toULongLong(), seq);
    QVERIFY(rejected.first().at(1).toString().contains(u"no-such-bucket"_s));

    const WriteResult reply = await(fx.store().heartbeatWithReply(u"no-such-bucket"_s, windowEvent(0, u"A"_s), 2));
    QCOMPARE(reply.error, StoreError::NotFound);
    // A refused write must not hold back the durable mark.
    QTRY_COMPARE(fx.store().durableSeq(), reply.seq);
}

void TestHeartbeatMerge::invalidHeartbeatsAreRejected()
{
    StoreFixture fx;
    QVERIFY(fx.openWithBucket());
    Event negative = windowEvent(0, u"A"_s);
    negative.duration = -1;
    QCOMPARE(await(fx.store().heartbeatWithReply(kWindowBucket, negative, 2)).error, StoreError::InvalidInput);
    QCOMPARE(await(fx.store().heartbeatWithReply(kWindowBucket, windowEvent(0, u"A"_s), -1)).error,
             StoreError::InvalidInput);
    QCOMPARE(await(fx.store().heartbeatWithReply(kWindowBucket, windowEvent(0, u"A"_s), qQNaN())).error,
             StoreError::InvalidInput);
    QCOMPARE(await(fx.store().insertEvents(kWindowBucket, {negative})).error, StoreError::InvalidInput);
    // Fire and forget: refused at the door, so no sequence number is used up that the worker
    // would never see (a waiter for it would wait forever).
    QSignalSpy rejected(&fx.store(), &Datastore::writeRejected);
    const quint64 before = fx.store().lastSeq();
    QCOMPARE(fx.store().heartbeat(kWindowBucket, negative, 2), quint64(0));
    QCOMPARE(fx.store().lastSeq(), before);
    QTRY_COMPARE(rejected.count(), 1);
    QCOMPARE(rejected.first().at(0).toULongLong(), quint64(0));
    QVERIFY(rejected.first().at(1).toString().contains(u"negative"_s));
    QVERIFY(await(fx.store().forceCommit()).ok());
    QCOMPARE(fx.committedEvents().size(), 0);
}

void TestHeartbeatMerge::insertEventsAssignsAndKeepsIds()
{
    StoreFixture fx;
    QVERIFY(fx.openWithBucket());
    const WriteResult inserted =
        await(fx.store().insertEvents(kWindowBucket, {windowEvent(0, u"A"_s, 5), windowEvent(10, u"B"_s, 5)}));
    QVERIFY(inserted.ok());
    QCOMPARE(inserted.events.size(), 2);
    QVERIFY(inserted.events.at(0).id > 0);
    QVERIFY(inserted.events.at(1).id > inserted.events.at(0).id);

    // An event with an id replaces the stored one (ActivityWatch's way of updating an event).
    Event replacement = windowEvent(10, u"B2"_s, 7);
    replacement.id = inserted.events.at(1).id;
    QVERIFY(await(fx.store().insertEvents(kWindowBucket, {replacement})).ok());
    // Heartbeats continue from the replaced latest event.
    const WriteResult merged = await(fx.store().heartbeatWithReply(kWindowBucket, windowEvent(18, u"B2"_s), 2));
    QCOMPARE(merged.events.first().id, replacement.id);
    QVERIFY(await(fx.store().forceCommit()).ok());
    const EventList stored = fx.committedEvents();
    QCOMPARE(stored.size(), 2);
    QCOMPARE(stored.first().id, replacement.id);
    QCOMPARE(stored.first().data.value(u"title"_s).toString(), u"B2"_s);
    QCOMPARE(stored.first().duration, qint64(8'000'000'000));
}

void TestHeartbeatMerge::deleteEventsRemovesThem()
{
    StoreFixture fx;
    QVERIFY(fx.openWithBucket());
    fx.store().heartbeat(kWindowBucket, windowEvent(0, u"A"_s), 2);
    const WriteResult last = await(fx.store().heartbeatWithReply(kWindowBucket, windowEvent(5, u"B"_s), 2));
    QVERIFY(await(fx.store().deleteEvents(kWindowBucket, {last.events.first().id})).ok());
    // Deleting commits at once.
    EventList stored = fx.committedEvents();
    QCOMPARE(stored.size(), 1);
    QCOMPARE(stored.first().data.value(u"title"_s).toString(), u"A"_s);
    // A heartbeat like the deleted event starts a new one instead of reviving it.
    const WriteResult again = await(fx.store().heartbeatWithReply(kWindowBucket, windowEvent(6, u"B"_s), 2));
    QVERIFY(again.events.first().id != last.events.first().id);
}

void TestHeartbeatMerge::insertRefusesAnotherBucketsEventId()
{
    StoreFixture fx;
    QVERIFY(fx.openWithBucket());
    const QString other = u"aw-watcher-other_testhost"_s;
    QVERIFY(await(fx.store().createBucket(windowBucket(other))).ok());
    // One id still only in the cache (the pending latest event), one already stored.
    const WriteResult stored = await(fx.store().insertEvents(kWindowBucket, {windowEvent(0, u"old"_s, 5)}));
    const WriteResult pending = await(fx.store().heartbeatWithReply(kWindowBucket, windowEvent(10, u"A"_s), 2));
    for (const qint64 id : {stored.events.first().id, pending.events.first().id}) {
        Event stolen = windowEvent(20, u"X"_s, 1);
        stolen.id = id;
        const WriteResult refused = await(fx.store().insertEvents(other, {stolen}));
        QCOMPARE(refused.error, StoreError::InvalidInput);
        QVERIFY2(refused.message.contains(kWindowBucket), qPrintable(refused.message));
    }
    QVERIFY(await(fx.store().forceCommit()).ok());
    QCOMPARE(fx.committedEvents().size(), 2);
    QCOMPARE(fx.committedEvents(other).size(), 0);
}

// A client may choose ids up to the largest qint64; the next id handed out is one more, so the
// store refuses what would need an id past it instead of overflowing, and nothing changes.
void TestHeartbeatMerge::idsNeverGoPastTheLargest()
{
    constexpr qint64 kLargest = std::numeric_limits<qint64>::max();
    StoreFixture fx;
    QVERIFY(fx.openWithBucket());
    Event largest = windowEvent(0, u"largest"_s, 1);
    largest.id = kLargest;
    const WriteResult refused = await(fx.store().insertEvents(kWindowBucket, {windowEvent(5, u"new"_s, 1), largest}));
    QCOMPARE(refused.error, StoreError::InvalidInput);
    QVERIFY2(refused.message.contains(u"event ids end at 9223372036854775806"_s), qPrintable(refused.message));

    Event last = windowEvent(10, u"last"_s, 1);
    last.id = kLargest - 2;
    const WriteResult two = await(fx.store().insertEvents(kWindowBucket, {last, windowEvent(20, u"next"_s, 1)}));
    QVERIFY2(two.ok(), qPrintable(two.message));
    QCOMPARE(two.events.at(1).id, kLargest - 1);
    QCOMPARE(await(fx.store().heartbeatWithReply(kWindowBucket, windowEvent(30, u"beyond"_s), 2)).error,
             StoreError::InvalidInput);
    QCOMPARE(await(fx.store().insertEvents(kWindowBucket, {windowEvent(40, u"beyond"_s, 1)})).error,
             StoreError::InvalidInput);
    // A heartbeat that merges needs no id.
    QVERIFY(await(fx.store().heartbeatWithReply(kWindowBucket, windowEvent(21, u"next"_s), 2)).ok());
    QVERIFY(await(fx.store().forceCommit()).ok());
    QCOMPARE(fx.committedEvents().size(), 2);

    // Reopened on a file that holds the largest id the store hands out: still no overflow.
    QVERIFY(fx.store().close().ok());
    fx.closeStore();
    QVERIFY(fx.open());
    QCOMPARE(await(fx.store().heartbeatWithReply(kWindowBucket, windowEvent(50, u"after"_s), 2)).error,
             StoreError::InvalidInput);
}

void TestHeartbeatMerge::bucketLifecycle()
{
    StoreFixture fx;
    QVERIFY(fx.openWithBucket());
    QCOMPARE(await(fx.store().createBucket(windowBucket())).error, StoreError::AlreadyExists);
    Bucket empty = windowBucket(u" "_s);
    QCOMPARE(await(fx.store().createBucket(empty)).error, StoreError::InvalidInput);

    Bucket changed = windowBucket();
    changed.data = QJsonObject{{u"note"_s, u"renamed"_s}};
    QVERIFY(await(fx.store().updateBucket(changed)).ok());
    fx.store().heartbeat(kWindowBucket, windowEvent(0, u"A"_s), 2);
    {
        EventReader reader(fx.path());
        const auto bucket = reader.bucket(kWindowBucket);
        QVERIFY(bucket.has_value());
        QCOMPARE(bucket->data.value(u"note"_s).toString(), u"renamed"_s);
        QCOMPARE(bucket->type, u"currentwindow"_s);
        QCOMPARE(bucket->created, fx.clock().nowNanos());
    }
    QVERIFY(await(fx.store().deleteBucket(kWindowBucket)).ok());
    QCOMPARE(await(fx.store().deleteBucket(kWindowBucket)).error, StoreError::NotFound);
    EventReader reader(fx.path());
    QCOMPARE(reader.buckets()->size(), 0);
    QVERIFY(!reader.events(kWindowBucket).has_value());
    QCOMPARE(reader.error(), u"there is no bucket 'aw-watcher-window_testhost'"_s);
}

void TestHeartbeatMerge::settingsRoundTrip()
{
    StoreFixture fx;
    QVERIFY(fx.open());
    const QJsonObject rules{{u"regex"_s, u"vim|Qt Creator"_s}};
    QVERIFY(await(fx.store().setSetting(u"settings.rules"_s, rules)).ok());
    QVERIFY(await(fx.store().setSetting(u"settings.afkTimeout"_s, 180)).ok());
    QCOMPARE(await(fx.store().setting(u"settings.rules"_s)), QJsonValue(rules));
    QCOMPARE(await(fx.store().setting(u"settings.missing"_s)), QJsonValue(QJsonValue::Null));
    {
        EventReader reader(fx.path()); // settings commit at once
        QCOMPARE(reader.setting(u"settings.afkTimeout"_s), QJsonValue(180));
    }
    QVERIFY(await(fx.store().setSetting(u"settings.afkTimeout"_s, QJsonValue::Null)).ok());
    EventReader reader(fx.path());
    QCOMPARE(reader.setting(u"settings.afkTimeout"_s), QJsonValue(QJsonValue::Null));
}

void TestHeartbeatMerge::callbackRepliesComeFromTheWorker()
{
    // The callback form the HTTP API uses: the same answers as the futures, each given once, from
    // the worker's thread; a refusal at the door at once, in the caller's.
    StoreFixture fx;
    QVERIFY(fx.openWithBucket());
    struct Heard
    {
        QList<WriteResult> results;
        QList<QThread *> threads;
    };
    auto heard = std::make_shared<Heard>();
    QMutex mutex;
    auto reply = [heard, &mutex](WriteResult result) {
        QMutexLocker lock(&mutex);
        heard->results.append(std::move(result));
        heard->threads.append(QThread::currentThread());
    };
    auto count = [heard, &mutex] {
        QMutexLocker lock(&mutex);
        return heard->results.size();
    };
    fx.store().heartbeatWithReply(kWindowBucket, windowEvent(0, u"A"_s), 2, reply);
    fx.store().heartbeatWithReply(kWindowBucket, windowEvent(1, u"A"_s), 2, reply);
    fx.store().heartbeatWithReply(u"no-such-bucket"_s, windowEvent(0, u"A"_s), 2, reply);
    QTRY_COMPARE(count(), 3);
    {
        QMutexLocker lock(&mutex);
        QVERIFY(heard->results[0].ok());
        QVERIFY(heard->results[1].ok());
        QCOMPARE(heard->results[1].events.size(), 1);
        QCOMPARE(heard->results[1].events.first().id, heard->results[0].events.first().id); // merged
        QCOMPARE(heard->results[1].events.first().duration, 1'000'000'000);
        QCOMPARE(heard->results[2].error, StoreError::NotFound);
        for (QThread *thread : std::as_const(heard->threads))
            QVERIFY(thread != QThread::currentThread());
    }

    // Invalid input: answered before anything is queued, in this thread.
    Event negative = windowEvent(2, u"A"_s);
    negative.duration = -1;
    fx.store().heartbeatWithReply(kWindowBucket, negative, 2, reply);
    QCOMPARE(count(), 4);
    {
        QMutexLocker lock(&mutex);
        QCOMPARE(heard->results[3].error, StoreError::InvalidInput);
        QCOMPARE(heard->threads[3], QThread::currentThread());
    }

    std::optional<CommitResult> committed;
    fx.store().forceCommit([&committed, &mutex](CommitResult result) {
        QMutexLocker lock(&mutex);
        committed = std::move(result);
    });
    QTRY_VERIFY([&] {
        QMutexLocker lock(&mutex);
        return committed.has_value();
    }());
    QVERIFY(committed->ok());
    QCOMPARE(committed->durableSeq, fx.store().lastSeq());

    // Closed: the datastore answers at once instead of queueing.
    QVERIFY(fx.store().close().ok());
    fx.store().heartbeatWithReply(kWindowBucket, windowEvent(3, u"A"_s), 2, reply);
    QCOMPARE(count(), 5);
    QCOMPARE(heard->results[4].error, StoreError::Closed);
    std::optional<CommitResult> afterClose;
    fx.store().forceCommit([&afterClose](CommitResult result) { afterClose = std::move(result); });
    QVERIFY(afterClose.has_value());
    QVERIFY(!afterClose->ok());
}

void TestHeartbeatMerge::deferredWakeWaitsForWakeDeferred()
{
    // The HTTP server posts heartbeats with Wake::Deferred and wakes the worker once per pass of
    // its event loop. They are applied once wakeDeferred() is called, or once another post wakes
    // the worker; in order either way.
    StoreFixture fx;
    QVERIFY(fx.openWithBucket());
    auto answered = std::make_shared<std::atomic<int>>(0);
    auto reply = [answered](const WriteResult &result) {
        if (result.ok())
            answered->fetch_add(1);
    };
    const auto post = [&](double start, const QString &title) {
        fx.store().heartbeatWithReply(kWindowBucket, windowEvent(start, title), 2, reply, Datastore::Wake::Deferred);
    };
    post(0, u"A"_s);
    post(1, u"A"_s);
    QCOMPARE(answered->load(), 0); // nothing woke the worker
    fx.store().wakeDeferred();
    QTRY_COMPARE(answered->load(), 2);
    QVERIFY(await(fx.store().forceCommit()).ok());
    EventList events = fx.committedEvents();
    QCOMPARE(events.size(), 1);
    QCOMPARE(events.first().duration, 1'000'000'000);

    // A plain post behind a deferred one sends the wake-up it owes: no wakeDeferred() here.
    post(2, u"B"_s);
    const QFuture<CommitResult> commit = fx.store().forceCommit();
    QVERIFY(waitForFuture(QFuture<void>(commit), 10'000));
    QVERIFY(commit.result().ok());
    QCOMPARE(answered->load(), 3); // answered before the commit behind it
    events = fx.committedEvents();
    QCOMPARE(events.size(), 2);
    QCOMPARE(events.first().data.value(u"title"_s).toString(), u"B"_s); // newest first
}

QTEST_GUILESS_MAIN(TestHeartbeatMerge)
#include "TestHeartbeatMerge.moc"
