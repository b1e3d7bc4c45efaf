// The reading thread: jobs run off the caller's thread with one engine of its own, results come
// back in the caller's thread, a dead receiver gets nothing, and settings changes are picked up.
// Suspended (while quitting), it has no connection open and holds jobs until resumed.
#include "StoreFixture.h"
#include "reports/ReportThread.h"
#include "settings/SettingKeys.h"

#include <QJsonArray>
#include <QThread>

using namespace stint;
using namespace stint::test;

class TestReportThread : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void runsOffTheCallersThread();
    void dropsResultsForDeadReceivers();
    void followsSettingsAndReportsBadOnes();
    void suspendClosesTheConnectionAndHoldsJobs();
};

namespace {

bool fill(StoreFixture &fixture)
{
    if (!fixture.open() || !await(fixture.store().createBucket(windowBucket())).ok())
        return false;
    EventList events{windowEvent(0, u"notes.txt - Editor"_s, 600), windowEvent(600, u"report.md - Editor"_s, 300)};
    return await(fixture.store().insertEvents(kWindowBucket, events)).ok() && await(fixture.store().forceCommit()).ok();
}

const spans::Period kHour{kBaseTime, kBaseTime + 3600'000'000'000};

} // namespace

void TestReportThread::runsOffTheCallersThread()
{
    StoreFixture fixture;
    QVERIFY(fill(fixture));
    ReportThread reports(fixture.path());
    QObject receiver;
    QThread *jobThread = nullptr;
    QThread *doneThread = nullptr;
    std::optional<qint64> active;
    reports.run(
        &receiver,
        [&jobThread](ReportEngine &engine) {
            jobThread = QThread::currentThread();
            const auto summary = engine.summary(kHour);
            return summary ? std::optional<qint64>(summary->activeTime) : std::nullopt;
        },
        [&](std::optional<qint64> result) {
            doneThread = QThread::currentThread();
            active = result;
        });
    QTRY_VERIFY(doneThread);
    QVERIFY(jobThread && jobThread != QThread::currentThread());
    QCOMPARE(doneThread, QThread::currentThread());
    QVERIFY(active);
    QCOMPARE(*active, 900'000'000'000); // no AFK bucket: all window time counts
    QCOMPARE(reports.jobsRun(), 1);
}

void TestReportThread::dropsResultsForDeadReceivers()
{
    StoreFixture fixture;
    QVERIFY(fill(fixture));
    ReportThread reports(fixture.path());
    bool delivered = false;
    bool kept = false;
    auto *doomed = new QObject;
    QObject survivor;
    reports.run(
        doomed, [](ReportEngine &engine) { return engine.hosts().has_value(); },
        [&delivered](bool) { delivered = true; });
    delete doomed;
    reports.run(
        &survivor, [](ReportEngine &engine) { return engine.hosts().has_value(); }, [&kept](bool ok) { kept = ok; });
    QTRY_VERIFY(kept);
    QCOMPARE(reports.jobsRun(), 2); // the first job ran; only its answer was dropped
    QVERIFY(!delivered);
}

void TestReportThread::followsSettingsAndReportsBadOnes()
{
    StoreFixture fixture;
    QVERIFY(fill(fixture));
    ReportThread reports(fixture.path());
    QSignalSpy problems(&reports, &ReportThread::settingsProblemChanged);
    QObject receiver;
    const auto topCategory = [&]() -> QStringList {
        std::optional<QStringList> top;
        reports.run(
            &receiver,
            [](ReportEngine &engine) {
                const auto summary = engine.summary(kHour);
                return summary && !summary->categories.isEmpty() ? summary->categories.first().name : QStringList();
            },
            [&top](QStringList name) { top = name; });
        if (!QTest::qWaitFor([&] { return top.has_value(); }, 5000))
            return {u"timeout"_s};
        return *top;
    };
    QCOMPARE(topCategory(), QStringList{u"Uncategorized"_s});

    const QJsonArray rules{QJsonObject{{u"name"_s, QJsonArray{u"Work"_s, u"Writing"_s}},
                                       {u"rule"_s, QJsonObject{{u"type"_s, u"regex"_s}, {u"regex"_s, u"Editor"_s}}}}};
    QVERIFY(await(fixture.store().setSetting(settings::storageKey(settings::kCategories), rules)).ok());
    QVERIFY(await(fixture.store().forceCommit()).ok());
    QCOMPARE(topCategory(), (QStringList{u"Work"_s}));
    QCOMPARE(problems.count(), 0);

    QVERIFY(await(fixture.store().setSetting(settings::storageKey(settings::kStartOfDay), u"25:99"_s)).ok());
    QVERIFY(await(fixture.store().forceCommit()).ok());
    QCOMPARE(topCategory(), (QStringList{u"Work"_s})); // the last good settings stay in use
    QTRY_COMPARE(problems.count(), 1);
    QVERIFY(problems.last().first().toString().contains(u"startOfDay"_s));

    QVERIFY(await(fixture.store().setSetting(settings::storageKey(settings::kStartOfDay), QJsonValue::Null)).ok());
    QVERIFY(await(fixture.store().forceCommit()).ok());
    topCategory();
    QTRY_COMPARE(problems.count(), 2);
    QVERIFY(problems.last().first().toString().isEmpty());
}

void TestReportThread::suspendClosesTheConnectionAndHoldsJobs()
{
    StoreFixture fixture;
    QVERIFY(fill(fixture));
    ReportThread reports(fixture.path());
    QObject receiver;
    std::optional<qint64> count;
    auto countEvents = [&] {
        reports.run(
            &receiver, [](ReportEngine &engine) { return engine.reader().eventCount(kWindowBucket); },
            [&count](std::optional<qint64> result) { count = result; });
    };
    countEvents(); // opens the connection
    QTRY_COMPARE(count.value_or(-1), 2);

    QFuture<void> suspended = reports.suspend();
    QVERIFY(waitForFuture(suspended, 10'000));
    count.reset();
    countEvents(); // held
    // With no reader left, the writer's close is the last connection's: SQLite removes the WAL.
    QVERIFY(fixture.store().close().ok());
    QVERIFY(!QFile::exists(fixture.path() + u"-wal"_s));
    QCOMPARE(reports.jobsRun(), 1);
    QVERIFY(!count);

    reports.resume();
    QTRY_COMPARE(count.value_or(-1), 2);
    QCOMPARE(reports.jobsRun(), 2);
}

QTEST_GUILESS_MAIN(TestReportThread)
#include "TestReportThread.moc"
