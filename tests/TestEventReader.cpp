// Reading through connections of their own: committed data only, never waiting for the writer,
// ranges clipped and newest first, one connection per thread.
#include "StoreFixture.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QThread>

#include <atomic>

using namespace stint;
using namespace stint::test;

class TestEventReader : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void readsCommittedDataWhileTheWriterHoldsATransaction();
    void rangeIsClippedNewestFirstAndLimited();
    void laterWritesBeforeTheRangeAreSeen();
    void bucketMetadata();
    void missingDatabaseAndUnknownBucket();
    void refusesUseFromAnotherThread();
    void readersOnSeveralThreadsDuringIngest();
};

void TestEventReader::readsCommittedDataWhileTheWriterHoldsATransaction()
{
    StoreFixture fx;
    QVERIFY(fx.openWithBucket());
    QVERIFY(
        await(fx.store().insertEvents(kWindowBucket, {windowEvent(0, u"A"_s, 5), windowEvent(10, u"B"_s, 5)})).ok());
    QVERIFY(await(fx.store().forceCommit()).ok());
    // These rows are written inside the worker's open BEGIN IMMEDIATE transaction, not committed.
    QVERIFY(
        await(fx.store().insertEvents(kWindowBucket, {windowEvent(20, u"C"_s, 5), windowEvent(30, u"D"_s, 5)})).ok());
    QCOMPARE(fx.diagnostics().value(u"transactionOpen"_s).toBool(), true);

    // A busy timeout of 0: if the reader had to wait for the writer it would fail at once.
    EventReader reader(fx.path(), 0);
    QVERIFY2(reader.isOpen(), qPrintable(reader.error()));
    const auto events = reader.events(kWindowBucket);
    QVERIFY2(events.has_value(), qPrintable(reader.error()));
    QCOMPARE(events->size(), 2);
    QCOMPARE(events->first().data.value(u"title"_s).toString(), u"B"_s);
    QCOMPARE(reader.eventCount(kWindowBucket), qint64(2));

    QVERIFY(await(fx.store().forceCommit()).ok());
    QCOMPARE(reader.eventCount(kWindowBucket), qint64(4)); // the same connection sees the commit
}

void TestEventReader::rangeIsClippedNewestFirstAndLimited()
{
    StoreFixture fx;
    QVERIFY(fx.openWithBucket());
    EventList events;
    for (int i = 0; i < 10; ++i)
        events.append(windowEvent(i * 100, u"e%1"_s.arg(i), 60)); // [i*100, i*100+60]
    QVERIFY(await(fx.store().insertEvents(kWindowBucket, events)).ok());
    QVERIFY(await(fx.store().forceCommit()).ok());

    EventReader reader(fx.path());
    const EventReader::Range range{kBaseTime + 130 * kSecond, kBaseTime + 530 * kSecond};
    const auto inRange = reader.events(kWindowBucket, range);
    QVERIFY(inRange.has_value());
    QStringList titles;
    for (const Event &event : *inRange)
        titles << event.data.value(u"title"_s).toString();
    // e1 ends at 160 (overlaps 130); e5 starts at 500 (overlaps 530); newest first.
    QCOMPARE(titles, QStringList({u"e5"_s, u"e4"_s, u"e3"_s, u"e2"_s, u"e1"_s}));
    QCOMPARE(inRange->last().start, kBaseTime + 130 * kSecond); // clipped at the start
    QCOMPARE(inRange->last().duration, 30 * kSecond);
    QCOMPARE(inRange->first().start, kBaseTime + 500 * kSecond);
    QCOMPARE(inRange->first().duration, 30 * kSecond); // clipped at the end
    QCOMPARE(reader.eventCount(kWindowBucket, range), qint64(5));

    const auto limited = reader.events(kWindowBucket, {}, 3);
    QCOMPARE(limited->size(), 3);
    QCOMPARE(limited->first().data.value(u"title"_s).toString(), u"e9"_s);
    QCOMPARE(limited->first().duration, 60 * kSecond); // unbounded: not clipped
    QCOMPARE(reader.events(kWindowBucket, {}, 0)->size(), 0);
    const auto onlyStart = reader.events(kWindowBucket, {kBaseTime + 850 * kSecond, std::nullopt});
    QCOMPARE(onlyStart->size(), 2);

    // hasEvents: the range is half-open; the gaps between events hold none.
    const auto has = [&](qint64 from, qint64 to) {
        return reader.hasEvents(kWindowBucket, {kBaseTime + from * kSecond, kBaseTime + to * kSecond});
    };
    QCOMPARE(has(60, 100), std::optional<bool>(false)); // e0 ends at 60, e1 starts at 100
    QCOMPARE(has(59, 100), std::optional<bool>(true));
    QCOMPARE(has(61, 101), std::optional<bool>(true));
    QCOMPARE(has(960, 2000), std::optional<bool>(false));
    QCOMPARE(has(-100, 0), std::optional<bool>(false));
}

// The reader remembers how long its buckets' events are so that it reads only the index entries
// near a range; an event written afterwards that starts well before the range and reaches into
// it (an import, an edit) must still be found, by this reader as by a new one.
void TestEventReader::laterWritesBeforeTheRangeAreSeen()
{
    StoreFixture fx;
    QVERIFY(fx.openWithBucket());
    EventList events;
    for (int i = 0; i < 10; ++i)
        events.append(windowEvent(i * 100, u"e%1"_s.arg(i), 60));
    QVERIFY(await(fx.store().insertEvents(kWindowBucket, events)).ok());
    QVERIFY(await(fx.store().forceCommit()).ok());

    EventReader reader(fx.path());
    const EventReader::Range range{kBaseTime + 930 * kSecond, kBaseTime + 1000 * kSecond};
    // Through forEachRow, as reports read (events() does not use what the reader remembers).
    const auto titlesIn = [&](EventReader &from) {
        QStringList titles;
        const bool read = from.forEachRow(kWindowBucket, range, [&](qint64, qint64, qint64, const QString &data) {
            titles << QJsonDocument::fromJson(data.toUtf8()).object().value(u"title"_s).toString();
        });
        return read ? titles : QStringList{u"(failed)"_s};
    };
    QCOMPARE(titlesIn(reader), QStringList({u"e9"_s}));

    // Longer than any event the reader has seen, from long before the range to inside it; then
    // one that an edit makes longer.
    QVERIFY(await(fx.store().insertEvents(kWindowBucket, {windowEvent(20, u"long"_s, 920)})).ok());
    QVERIFY(await(fx.store().forceCommit()).ok());
    QCOMPARE(titlesIn(reader), QStringList({u"long"_s, u"e9"_s}));
    Event edited = reader.events(kWindowBucket, {kBaseTime, kBaseTime + 1})->first();
    edited.start = kBaseTime;
    edited.duration = 995 * kSecond;
    QVERIFY(await(fx.store().insertEvents(kWindowBucket, {edited})).ok());
    QVERIFY(await(fx.store().forceCommit()).ok());
    QCOMPARE(titlesIn(reader), QStringList({u"e0"_s, u"long"_s, u"e9"_s}));
    EventReader fresh(fx.path());
    QCOMPARE(titlesIn(fresh), titlesIn(reader));

    // A database that no longer says what changed (its table dropped by hand): the reader trusts
    // nothing it learnt before.
    QVERIFY(fx.store().close().ok());
    runRaw(fx.path(),
           {u"DROP TRIGGER events_change_insert"_s, u"DROP TRIGGER events_change_update"_s,
            u"DROP TRIGGER events_change_delete"_s, u"DROP TABLE event_changes"_s});
    QCOMPARE(titlesIn(reader), QStringList({u"e0"_s, u"long"_s, u"e9"_s}));
    runRaw(fx.path(),
           {u"INSERT INTO events (bucketrow, starttime, endtime, data) SELECT bucketrow, %1, %2,"
            " '{\"title\": \"older\"}' FROM events LIMIT 1"_s.arg(kBaseTime - 2000 * kSecond)
                .arg(kBaseTime + 950 * kSecond)});
    QCOMPARE(titlesIn(reader), QStringList({u"older"_s, u"e0"_s, u"long"_s, u"e9"_s}));
    QVERIFY(reader.error().isEmpty());
}

void TestEventReader::bucketMetadata()
{
    StoreFixture fx;
    QVERIFY(fx.openWithBucket());
    QVERIFY(await(fx.store().createBucket(windowBucket(u"aw-watcher-afk_testhost"_s))).ok());
    QVERIFY(
        await(fx.store().insertEvents(
                  kWindowBucket, {windowEvent(0, u"A"_s, 5), windowEvent(10, u"B"_s, 500), windowEvent(20, u"C"_s, 5)}))
            .ok());
    QVERIFY(await(fx.store().forceCommit()).ok());
    EventReader reader(fx.path());
    const auto buckets = reader.buckets();
    QVERIFY(buckets.has_value());
    QCOMPARE(buckets->size(), 2);
    const Bucket &afk = buckets->at(0); // ordered by id
    QCOMPARE(afk.id, u"aw-watcher-afk_testhost"_s);
    QVERIFY(!afk.firstStart.has_value());
    QCOMPARE(afk.eventCount, 0);
    const Bucket &window = buckets->at(1);
    QCOMPARE(window.firstStart, kBaseTime);
    QCOMPARE(window.lastEnd, windowEvent(10, u"B"_s, 500).end()); // the longest reaches furthest
    QCOMPARE(window.eventCount, 3);
    const QJsonObject json = window.toJson();
    QCOMPARE(json.value(u"metadata"_s).toObject().value(u"start"_s).toString(), u"2026-07-23T10:00:00Z"_s);
}

void TestEventReader::missingDatabaseAndUnknownBucket()
{
    QTemporaryDir dir;
    EventReader missing(dir.filePath(u"nothing-here.db"_s));
    QVERIFY(!missing.isOpen());
    QVERIFY(missing.error().contains(u"no database"_s));
    QVERIFY(!QFile::exists(dir.filePath(u"nothing-here.db"_s))); // a reader never creates one

    StoreFixture fx;
    QVERIFY(fx.openWithBucket());
    EventReader reader(fx.path());
    QVERIFY(!reader.events(u"nope"_s).has_value());
    QCOMPARE(reader.error(), u"there is no bucket 'nope'"_s);
    QVERIFY(!reader.eventCount(u"nope"_s).has_value());
    QVERIFY(!reader.hasEvents(u"nope"_s, {}).has_value());
}

void TestEventReader::refusesUseFromAnotherThread()
{
    StoreFixture fx;
    QVERIFY(fx.openWithBucket());
    EventReader reader(fx.path());
    QVERIFY(reader.isOpen());
    bool answered = true;
    QScopedPointer<QThread> other(QThread::create([&] { answered = reader.buckets().has_value(); }));
    other->start();
    QVERIFY(other->wait(10'000));
    QVERIFY(!answered);
    QVERIFY(reader.error().contains(u"thread"_s));
    QVERIFY(reader.buckets().has_value()); // still fine in its own thread
}

void TestEventReader::readersOnSeveralThreadsDuringIngest()
{
    StoreFixture fx;
    QVERIFY(fx.openWithBucket());
    std::atomic<bool> stop{false};
    std::atomic<int> failures{0};
    std::atomic<int> reads{0};
    std::atomic<int> regressions{0};
    QList<QThread *> threads;
    for (int t = 0; t < 3; ++t) {
        threads.append(QThread::create([&] {
            EventReader reader(fx.path()); // each thread its own connection
            qint64 seen = 0;
            while (!stop.load()) {
                const auto count = reader.eventCount(kWindowBucket);
                if (!count)
                    ++failures;
                else if (*count < seen)
                    ++regressions; // committed data never disappears
                else
                    seen = *count;
                ++reads;
            }
        }));
        threads.last()->start();
    }
    for (int i = 0; i < 3000; ++i)
        fx.store().heartbeat(kWindowBucket, windowEvent(i, u"t%1"_s.arg(i / 3)), 2);
    QVERIFY(await(fx.store().forceCommit()).ok());
    QTRY_VERIFY(reads.load() > 30);
    stop = true;
    for (QThread *thread : threads) {
        QVERIFY(thread->wait(10'000));
        delete thread;
    }
    QCOMPARE(failures.load(), 0);
    QCOMPARE(regressions.load(), 0);
    QCOMPARE(fx.committedEvents().size(), 1000);
}

QTEST_GUILESS_MAIN(TestEventReader)
#include "TestEventReader.moc"
