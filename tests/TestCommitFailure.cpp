// A failed commit reaches the ForceCommit/Close caller as an error and fires commitFailed; the
// data stays pending and commits once the fault is gone. Once with an injected fault, once with
// a real full disk (a tiny tmpfs; skipped where mounting is not allowed).
#include "StoreFixture.h"

#include <QFile>
#include <QScopeGuard>
#include <QThread>

#ifdef Q_OS_LINUX
#include <sys/mount.h>
#include <unistd.h>
#endif

using namespace stint;
using namespace stint::test;

class TestCommitFailure : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void injectedFaultReachesForceCommitAndClose();
    void automaticRetryAfterTheFaultIsGone();
    void writesDuringAFailureAreKeptInOrder();
    void aSecondCloseSharesTheFirstOnesAnswer();
    void fullDiskIsReportedAndRecovered();
};

void TestCommitFailure::injectedFaultReachesForceCommitAndClose()
{
    StoreFixture fx;
    QVERIFY(fx.openWithBucket());
    QSignalSpy failed(&fx.store(), &Datastore::commitFailed);
    QSignalSpy committed(&fx.store(), &Datastore::committed);
    for (int i = 0; i < 10; ++i)
        fx.store().heartbeat(kWindowBucket, windowEvent(i * 5, u"w%1"_s.arg(i)), 2);

    fx.setFault(true);
    const CommitResult forced = await(fx.store().forceCommit());
    QVERIFY(!forced.ok());
    QVERIFY2(forced.error.contains(u"injected I/O error"_s), qPrintable(forced.error));
    QTRY_COMPARE(failed.count(), 1);
    QCOMPARE(committed.count(), 0);
    QCOMPARE(fx.committedEvents().size(), 0);

    // Close fails the same way and leaves the datastore open, data still in memory.
    const CommitResult closing = fx.store().close();
    QVERIFY(!closing.ok());
    QVERIFY(closing.error.contains(u"injected I/O error"_s));
    QVERIFY(fx.store().isOpen());
    QCOMPARE(fx.diagnostics().value(u"failed"_s).toBool(), true);

    fx.setFault(false);
    const CommitResult retried = fx.store().close();
    QVERIFY2(retried.ok(), qPrintable(retried.error));
    QCOMPARE(retried.durableSeq, fx.store().lastSeq());
    const EventList stored = fx.committedEvents();
    QCOMPARE(stored.size(), 10);
    QCOMPARE(stored.first().data.value(u"title"_s).toString(), u"w9"_s);
}

void TestCommitFailure::automaticRetryAfterTheFaultIsGone()
{
    StoreFixture fx;
    QVERIFY(fx.openWithBucket());
    QSignalSpy failed(&fx.store(), &Datastore::commitFailed);
    QSignalSpy committed(&fx.store(), &Datastore::committed);
    fx.setFault(true);
    fx.store().heartbeat(kWindowBucket, windowEvent(0, u"A"_s), 2);
    fx.diagnostics();
    fx.clock().advanceSeconds(15); // the batch is due
    QTRY_COMPARE(failed.count(), 1);
    // Retries back off (1 s first): nothing happens until the clock says so.
    QTest::qWait(50);
    QCOMPARE(failed.count(), 1);
    fx.clock().advanceSeconds(1);
    QTRY_COMPARE(failed.count(), 2);
    fx.setFault(false);
    fx.clock().advanceSeconds(2); // the second delay is 2 s
    QTRY_COMPARE(committed.count(), 1);
    QCOMPARE(fx.committedEvents().size(), 1);
}

void TestCommitFailure::writesDuringAFailureAreKeptInOrder()
{
    StoreFixture fx;
    QVERIFY(fx.openWithBucket());
    fx.store().heartbeat(kWindowBucket, windowEvent(0, u"A"_s), 2);
    fx.setFault(true);
    QVERIFY(!await(fx.store().forceCommit()).ok());
    // While failing: new events, a replacement, a deletion and a new bucket all queue up.
    const WriteResult inserted =
        await(fx.store().insertEvents(kWindowBucket, {windowEvent(10, u"B"_s, 3), windowEvent(20, u"C"_s, 3)}));
    QVERIFY(inserted.ok());
    Event replaced = inserted.events.at(0);
    replaced.data.insert(u"title"_s, u"B2"_s);
    QVERIFY(await(fx.store().insertEvents(kWindowBucket, {replaced})).ok());
    QCOMPARE(await(fx.store().deleteEvents(kWindowBucket, {inserted.events.at(1).id})).error, StoreError::Storage);
    QCOMPARE(await(fx.store().createBucket(windowBucket(u"other"_s))).error, StoreError::Storage);
    for (int i = 0; i < 5; ++i)
        fx.store().heartbeat(kWindowBucket, windowEvent(30 + i, u"D"_s), 2);
    QCOMPARE(fx.committedEvents().size(), 0);

    fx.setFault(false);
    QVERIFY(await(fx.store().forceCommit()).ok());
    const EventList stored = fx.committedEvents();
    QStringList titles;
    for (const Event &event : stored)
        titles << event.data.value(u"title"_s).toString();
    QCOMPARE(titles, QStringList({u"D"_s, u"B2"_s, u"A"_s}));
    QCOMPARE(stored.first().duration, qint64(4'000'000'000));
    EventReader reader(fx.path());
    QCOMPARE(reader.buckets()->size(), 2);
}

void TestCommitFailure::aSecondCloseSharesTheFirstOnesAnswer()
{
    // Two parts of the app may close at once (a signal and the window): neither may be told
    // "saved" before the final commit has succeeded.
    StoreFixture fx;
    QVERIFY(fx.openWithBucket());
    fx.store().heartbeat(kWindowBucket, windowEvent(0, u"A"_s), 2);
    auto closeFromTwoThreads = [&fx] {
        CommitResult results[2];
        QThread *threads[2];
        for (int i = 0; i < 2; ++i) {
            threads[i] = QThread::create([&fx, &results, i] { results[i] = fx.store().close(5'000); });
            threads[i]->start();
        }
        for (QThread *thread : threads) {
            thread->wait();
            delete thread;
        }
        return std::pair{results[0], results[1]};
    };
    fx.setFault(true);
    const auto [failedA, failedB] = closeFromTwoThreads();
    QVERIFY(!failedA.ok());
    QVERIFY(!failedB.ok());
    QVERIFY2(failedA.error.contains(u"injected"_s) && failedB.error.contains(u"injected"_s),
             qPrintable(failedA.error + u" / "_s + failedB.error));
    fx.setFault(false);
    const auto [okA, okB] = closeFromTwoThreads();
    QVERIFY2(okA.ok() && okB.ok(), qPrintable(okA.error + u" / "_s + okB.error));
    QCOMPARE(fx.committedEvents().size(), 1);
}

void TestCommitFailure::fullDiskIsReportedAndRecovered()
{
#ifdef Q_OS_LINUX
    if (::geteuid() != 0)
        QSKIP("mounting a small tmpfs needs root");
    QTemporaryDir mountPoint;
    QVERIFY(mountPoint.isValid());
    const QByteArray target = QFile::encodeName(mountPoint.path());
    if (::mount("tmpfs", target.constData(), "tmpfs", 0, "size=2m") != 0)
        QSKIP("this sandbox does not allow mounting a tmpfs");
    auto unmount = qScopeGuard([&] { ::umount2(target.constData(), MNT_DETACH); });

    const QString path = mountPoint.filePath(u"stint.db"_s);
    Datastore store(Datastore::Options{path, StoreFixture::policy(), nullptr, nullptr});
    QString error;
    QVERIFY2(store.open(&error), qPrintable(error));
    QVERIFY(await(store.createBucket(windowBucket())).ok());

    // Fill the rest of the file system.
    QFile filler(mountPoint.filePath(u"filler"_s));
    QVERIFY(filler.open(QIODevice::WriteOnly));
    const QByteArray block(64 * 1024, 'x');
    while (filler.write(block) == block.size() && filler.flush()) { }
    filler.close();

    // Events big enough that their pages cannot fit.
    const QString bigTitle(20'000, u'y');
    EventList events;
    for (int i = 0; i < 40; ++i)
        events.append(windowEvent(i * 10, bigTitle + QString::number(i), 5));
    QVERIFY(await(store.insertEvents(kWindowBucket, events)).ok()); // accepted: kept in memory
    const CommitResult full = await(store.forceCommit());
    QVERIFY(!full.ok());
    QVERIFY2(full.error.contains(u"full"_s, Qt::CaseInsensitive), qPrintable(full.error));

    QVERIFY(QFile::remove(filler.fileName()));
    const CommitResult recovered = store.close();
    QVERIFY2(recovered.ok(), qPrintable(recovered.error));
    EventReader reader(path);
    QCOMPARE(reader.eventCount(kWindowBucket), qint64(40));
#else
    QSKIP("the full-disk test uses a Linux tmpfs");
#endif
}

QTEST_GUILESS_MAIN(TestCommitFailure)
#include "TestCommitFailure.moc"
