// A failed commit reaches the ForceCommit/Close caller as an error and fires commitFailed; the
// data stays pending and commits once the fault is gone. What may wait in memory is capped: beyond
// it writes are refused (the HTTP API answers 503 with Retry-After) and nothing accepted is lost.
// Once with an injected fault, once with a real full disk (a tiny tmpfs; skipped where mounting is
// not allowed).
#include "ApiTestClient.h"
#include "StoreFixture.h"
#include "api/ApiServer.h"

#include <QFile>
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
    void pendingWritesAreCapped();
    void fullDiskApiWritesGet503UntilSpaceIsFreed();
};

namespace {

#ifdef Q_OS_LINUX
// A tmpfs of `size` on a fresh directory, unmounted when it goes; invalid where mounting is refused.
class SmallDisk
{
    Q_DISABLE_COPY_MOVE(SmallDisk)

public:
    explicit SmallDisk(const char *size)
        : m_target(QFile::encodeName(m_dir.path()))
    {
        const QByteArray options = QByteArray("size=") + size;
        m_mounted = ::geteuid() == 0 && m_dir.isValid()
            && ::mount("tmpfs", m_target.constData(), "tmpfs", 0, options.constData()) == 0;
    }
    ~SmallDisk()
    {
        if (m_mounted)
            ::umount2(m_target.constData(), MNT_DETACH);
    }
    bool isMounted() const { return m_mounted; }
    QString filePath(const QString &name) const { return m_dir.filePath(name); }

    // Fills what is left of the file system with one file; false if nothing could be written.
    bool fill()
    {
        QFile filler(filePath(QStringLiteral("filler")));
        if (!filler.open(QIODevice::WriteOnly))
            return false;
        const QByteArray block(64 * 1024, 'x');
        while (filler.write(block) == block.size() && filler.flush()) { }
        return filler.size() > 0;
    }
    bool free() { return QFile::remove(filePath(QStringLiteral("filler"))); }

    // A datastore on this disk, with the window bucket; null (with a warning) when that failed.
    std::unique_ptr<Datastore> openStore() const
    {
        auto store = std::make_unique<Datastore>(
            Datastore::Options{filePath(QStringLiteral("stint.db")), StoreFixture::policy(), nullptr, nullptr});
        QString error;
        if (!store->open(&error) || !await(store->createBucket(windowBucket())).ok()) {
            qWarning("cannot open a datastore on the small disk: %s", qPrintable(error));
            return nullptr;
        }
        return store;
    }

private:
    QTemporaryDir m_dir;
    QByteArray m_target;
    bool m_mounted = false;
};
#endif

} // namespace

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
    SmallDisk disk("2m");
    if (!disk.isMounted())
        QSKIP("mounting a small tmpfs needs root, and a sandbox that allows it");
    const auto store = disk.openStore();
    QVERIFY(store);
    QVERIFY(disk.fill());

    // Events big enough that their pages cannot fit.
    const QString bigTitle(20'000, u'y');
    EventList events;
    for (int i = 0; i < 40; ++i)
        events.append(windowEvent(i * 10, bigTitle + QString::number(i), 5));
    QVERIFY(await(store->insertEvents(kWindowBucket, events)).ok()); // accepted: kept in memory
    const CommitResult full = await(store->forceCommit());
    QVERIFY(!full.ok());
    QVERIFY2(full.error.contains(u"full"_s, Qt::CaseInsensitive), qPrintable(full.error));

    QVERIFY(disk.free());
    const CommitResult recovered = store->close();
    QVERIFY2(recovered.ok(), qPrintable(recovered.error));
    EventReader reader(store->path());
    QCOMPARE(reader.eventCount(kWindowBucket), qint64(40));
#else
    QSKIP("the full-disk test uses a Linux tmpfs");
#endif
}

void TestCommitFailure::pendingWritesAreCapped()
{
    StoreFixture fx;
    QVERIFY(fx.openWithBucket());
    constexpr qint64 cap = 64 * 1024;
    fx.store().setMaxPendingBytes(cap);
    QSignalSpy problem(&fx.store(), &Datastore::savingProblemChanged);
    fx.setFault(true);

    // About 2 KiB each: the cap is reached after a few dozen, and the write there is refused.
    const QString title(1000, u't');
    int accepted = 0;
    WriteResult refused;
    for (int i = 0; i < 1000; ++i) {
        const WriteResult result =
            await(fx.store().insertEvents(kWindowBucket, {windowEvent(i * 10, title + QString::number(i), 5)}));
        if (!result.ok()) {
            refused = result;
            break;
        }
        ++accepted;
    }
    QCOMPARE(refused.error, StoreError::Full);
    QVERIFY2(accepted > 10 && accepted < 100, qPrintable(QString::number(accepted)));
    QVERIFY(fx.diagnostics().value(u"pendingBytes"_s).toLongLong() >= cap);
    QTRY_COMPARE(problem.count(), 1);
    QVERIFY2(problem.at(0).at(0).toString().contains(u"injected I/O error"_s),
             qPrintable(problem.at(0).at(0).toString()));
    QCOMPARE(fx.store().savingProblem(), problem.at(0).at(0).toString());

    // A heartbeat that extends the last event needs no memory and is taken; one that would start
    // a new event, a deletion, a setting and a new bucket are refused, and change nothing.
    const QString last = title + QString::number(accepted - 1);
    const WriteResult merged =
        await(fx.store().heartbeatWithReply(kWindowBucket, windowEvent((accepted - 1) * 10 + 4, last, 3), 2));
    QVERIFY2(merged.ok(), qPrintable(merged.message));
    QCOMPARE(merged.events.value(0).duration, 7 * kSecond);
    QCOMPARE(await(fx.store().heartbeatWithReply(kWindowBucket, windowEvent(accepted * 10, u"new"_s), 2)).error,
             StoreError::Full);
    QCOMPARE(await(fx.store().deleteEvents(kWindowBucket, {1})).error, StoreError::Full);
    QCOMPARE(await(fx.store().setSetting(u"key"_s, u"value"_s)).error, StoreError::Full);
    QCOMPARE(await(fx.store().createBucket(windowBucket(u"other"_s))).error, StoreError::Full);
    // A watcher's heartbeat (no reply) is refused the same way, as writeRejected.
    QSignalSpy rejected(&fx.store(), &Datastore::writeRejected);
    fx.store().heartbeat(kWindowBucket, windowEvent(accepted * 10 + 1, u"watcher"_s), 2);
    QTRY_COMPARE(rejected.count(), 1);
    QVERIFY(fx.diagnostics().value(u"pendingBytes"_s).toLongLong() < cap + 4 * 1024); // no more than one write over

    // The fault is gone: the next commit saves everything accepted, clears the problem, and
    // writes are taken again.
    fx.setFault(false);
    QVERIFY(await(fx.store().forceCommit()).ok());
    QTRY_COMPARE(problem.count(), 2);
    QCOMPARE(problem.at(1).at(0).toString(), QString());
    QVERIFY(fx.store().savingProblem().isEmpty());
    QCOMPARE(fx.diagnostics().value(u"pendingBytes"_s).toLongLong(), 0);
    const EventList stored = fx.committedEvents();
    QCOMPARE(stored.size(), accepted);
    QCOMPARE(stored.first().data.value(u"title"_s).toString(), last);
    QCOMPARE(stored.first().duration, 7 * kSecond);
    QVERIFY(await(fx.store().insertEvents(kWindowBucket, {windowEvent(accepted * 10, u"after"_s, 1)})).ok());
}

void TestCommitFailure::fullDiskApiWritesGet503UntilSpaceIsFreed()
{
#ifdef Q_OS_LINUX
    SmallDisk disk("2m");
    if (!disk.isMounted())
        QSKIP("mounting a small tmpfs needs root, and a sandbox that allows it");
    const auto store = disk.openStore();
    QVERIFY(store);
    store->setMaxPendingBytes(256 * 1024);
    ApiOptions options;
    options.address = QHostAddress(QHostAddress::LocalHost);
    options.port = 0;
    options.hostname = u"testhost"_s;
    options.deviceId = u"device-1"_s;
    ApiServer server(*store, store->path(), options);
    QString error;
    QVERIFY2(server.start(&error), qPrintable(error));
    NamClient client(server.port());
    QVERIFY(disk.fill());

    // Events posted as aw-client does, until the cap is reached.
    const QString eventsPath = u"/api/0/buckets/%1/events"_s.arg(kWindowBucket);
    const QString title(8'000, u'y');
    auto eventJson = [&title](int i) -> QJsonValue {
        return QJsonObject{
            {u"timestamp"_s, u"2026-11-24T09:%1:00Z"_s.arg(i % 60, 2, 10, QChar(u'0'))},
            {u"duration"_s, 5},
            {u"data"_s, QJsonObject{{u"app"_s, u"Editor"_s}, {u"title"_s, QString(title + QString::number(i))}}}};
    };
    int accepted = 0;
    HttpAnswer answer;
    for (int i = 0; i < 60; ++i) {
        answer = client.postJson(eventsPath, QJsonArray{eventJson(i)});
        if (answer.status != 200)
            break;
        ++accepted;
    }
    QCOMPARE(answer.status, 503);
    QCOMPARE(answer.headers.value("retry-after"), QByteArray::number(ApiServer::kFullRetryAfterSeconds));
    QVERIFY2(accepted > 0, answer.body.constData());
    QTRY_VERIFY(store->savingProblem().contains(u"full"_s, Qt::CaseInsensitive));

    // The space comes back: the next commit saves every accepted event, and writes are taken again.
    QVERIFY(disk.free());
    const CommitResult saved = await(store->forceCommit());
    QVERIFY2(saved.ok(), qPrintable(saved.error));
    QTRY_VERIFY(store->savingProblem().isEmpty());
    QCOMPARE(client.postJson(eventsPath, QJsonArray{eventJson(accepted)}).status, 200);
    ++accepted;
    QVERIFY(store->close().ok());
    EventReader reader(store->path());
    QCOMPARE(reader.eventCount(kWindowBucket), qint64(accepted));
#else
    QSKIP("the full-disk test uses a Linux tmpfs");
#endif
}

QTEST_GUILESS_MAIN(TestCommitFailure)
#include "TestCommitFailure.moc"
