// Canonical activity on a small fixed history, day boundaries at 04:00 and across both DST
// changes of Europe/Berlin, and summaries whose totals equal the sum of their parts.
#include "StoreFixture.h"
#include "model/Timestamp.h"
#include "reports/DurationScale.h"
#include "reports/ReportEngine.h"
#include "settings/SettingKeys.h"

#include <QJsonArray>
#include <QThread>

#include <numeric>

using namespace stint;
using namespace stint::test;

namespace {

const QTimeZone kBerlin(QByteArrayLiteral("Europe/Berlin"));

qint64 seconds(double s)
{
    return qint64(s * kSecond);
}

qint64 local(QDate date, QTime time)
{
    return Timestamp::fromDateTime(QDateTime(date, time, kBerlin));
}

// Every list that partitions active time adds up to it.
void verifyPartsAddUp(const Summary &summary)
{
    const auto sum = [](const QList<NamedDuration> &list) {
        return std::accumulate(list.begin(), list.end(), qint64(0),
                               [](qint64 total, const NamedDuration &entry) { return total + entry.duration; });
    };
    QCOMPARE(sum(summary.apps), summary.activeTime);
    QCOMPARE(sum(summary.titles), summary.activeTime);
    QCOMPARE(sum(summary.domains), summary.browserTime);
    QCOMPARE(sum(summary.urls), summary.browserTime);
    QCOMPARE(std::accumulate(summary.perHour.begin(), summary.perHour.end(), qint64(0)), summary.activeTime);
    qint64 days = 0;
    for (const DayTotal &day : summary.perDay)
        days += day.duration;
    QCOMPARE(days, summary.activeTime);
    qint64 roots = 0;
    for (const CategoryTotal &node : summary.categories) {
        if (node.name.size() == 1)
            roots += node.duration;
        // A node's total is its own time plus its children's totals.
        qint64 children = 0;
        for (const CategoryTotal &child : summary.categories) {
            if (child.name.size() == node.name.size() + 1 && child.name.first(node.name.size()) == node.name)
                children += child.duration;
        }
        QCOMPARE(node.duration, node.own + children);
    }
    QCOMPARE(roots, summary.activeTime);

    // Hours and days split by top-level category: each split adds up to its hour or day, and a
    // category's parts over all hours or days to its total.
    QList<qint64> byHours(summary.topCategories.size(), 0);
    QList<qint64> byDays(summary.topCategories.size(), 0);
    for (size_t hour = 0; hour < 24; ++hour) {
        const QList<qint64> &split = summary.perHourByCategory[hour];
        QCOMPARE(split.size(), summary.topCategories.size());
        QCOMPARE(std::accumulate(split.begin(), split.end(), qint64(0)), summary.perHour[hour]);
        for (qsizetype i = 0; i < split.size(); ++i)
            byHours[i] += split[i];
    }
    for (const DayTotal &day : summary.perDay) {
        QCOMPARE(day.byCategory.size(), summary.topCategories.size());
        QCOMPARE(std::accumulate(day.byCategory.begin(), day.byCategory.end(), qint64(0)), day.duration);
        for (qsizetype i = 0; i < day.byCategory.size(); ++i)
            byDays[i] += day.byCategory[i];
    }
    for (qsizetype i = 0; i < summary.topCategories.size(); ++i) {
        const auto node = std::find_if(summary.categories.begin(), summary.categories.end(),
                                       [&](const CategoryTotal &c) { return c.name == summary.topCategories[i]; });
        QVERIFY(node != summary.categories.end());
        QVERIFY(node->duration > 0);
        QCOMPARE(byHours[i], node->duration);
        QCOMPARE(byDays[i], node->duration);
    }
    QCOMPARE(summary.topCategories.size(),
             std::count_if(summary.categories.begin(), summary.categories.end(),
                           [](const CategoryTotal &c) { return c.name.size() == 1; }));
}

} // namespace

class TestReports : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void canonicalActivity();
    void summaryOfTheFixedHistory();
    void timelineIsMergedAndShowsPauses();
    void filteredByAppOrCategory();
    void perHostAndUnknownHost();
    void invalidStoredCategoriesAreReported();
    void usableInAWorkerThread();
    void dayBoundariesAtStartOfDay();
    void dstChangesInBerlin();
    void dayStartInSkippedOrRepeatedHour();
    void daysTileEveryYear_data();
    void daysTileEveryYear();
    void summaryAcrossFallBack();
    void durationScaleIsRound_data();
    void durationScaleIsRound();

private:
    StoreFixture m_fx;
    spans::Period m_range;
};

void TestReports::initTestCase()
{
    QVERIFY(m_fx.openWithBucket());
    Datastore &store = m_fx.store();
    const QString afk = u"aw-watcher-afk_testhost"_s;
    const QString web = u"aw-watcher-web-firefox_testhost"_s;
    const QString pause = u"stint-pause_testhost"_s;
    QVERIFY(await(store.createBucket(bucketOf(afk, u"afkstatus"_s))).ok());
    QVERIFY(await(store.createBucket(bucketOf(web, u"web.tab.current"_s))).ok());
    QVERIFY(await(store.createBucket(bucketOf(pause, u"stint.pause"_s))).ok());
    QVERIFY(await(store.insertEvents(kWindowBucket,
                                     {at(0, 600, win(u"code"_s, u"main.cpp"_s)),
                                      // 2 s gap: flood gives it to the longer neighbour (code).
                                      at(602, 1200, win(u"firefox"_s, u"GitHub — Mozilla Firefox"_s)),
                                      at(1200, 1800, win(u"zoom"_s, u"Meeting"_s)),
                                      at(1800, 2400, win(u"code"_s, u"main.cpp"_s)),
                                      at(2400, 2700, win(u"(excluded)"_s, u"(excluded)"_s))}))
                .ok());
    const QJsonObject notAfk{{u"status"_s, u"not-afk"_s}};
    QVERIFY(await(store.insertEvents(
                      afk, {at(0, 1300, notAfk), at(1300, 2000, {{u"status"_s, u"afk"_s}}), at(2000, 2700, notAfk)}))
                .ok());
    QVERIFY(
        await(store.insertEvents(web,
                                 {at(590, 1250, {{u"url"_s, u"https://github.com/x"_s}, {u"audible"_s, false}}),
                                  at(1250, 1500, {{u"url"_s, u"https://www.youtube.com/y"_s}, {u"audible"_s, true}})}))
            .ok());
    QVERIFY(await(store.insertEvents(pause, {at(2100, 2200, {})})).ok());
    // zoom counts as active without input.
    QVERIFY(await(store.setSetting(settings::storageKey(settings::kAlwaysActive),
                                   QJsonArray{QJsonObject{{u"app"_s, u"^zoom$"_s}}}))
                .ok());
    QVERIFY(await(store.forceCommit()).ok());
    m_range = {kBaseTime - 3600 * kSecond, kBaseTime + 3600 * kSecond};
}

void TestReports::canonicalActivity()
{
    ReportEngine engine(m_fx.path(), kBerlin);
    QVERIFY2(engine.loadSettings(), qPrintable(engine.error()));
    const auto activity = engine.activity(m_range);
    QVERIFY2(activity, qPrintable(engine.error()));
    // not-afk [0,1300] + zoom [1200,1800] + audible tab [1250,1500] + [2000,2700], minus the pause.
    QStringList pieces;
    for (const ActivitySegment &segment : activity->segments) {
        pieces << u"%1-%2%3"_s.arg((segment.start - kBaseTime) / kSecond)
                      .arg((segment.end - kBaseTime) / kSecond)
                      .arg(segment.web >= 0 ? u"+tab"_s : QString());
    }
    QCOMPARE(pieces.join(u' '), u"0-602 602-1200+tab 1200-1800 2000-2100 2200-2400 2400-2700"_s);
    QCOMPARE(activity->paused, (spans::PeriodList{{kBaseTime + seconds(2100), kBaseTime + seconds(2200)}}));
    QCOMPARE(activity->hosts, QStringList{u"testhost"_s});
}

void TestReports::summaryOfTheFixedHistory()
{
    ReportEngine engine(m_fx.path(), kBerlin);
    QVERIFY(engine.loadSettings());
    const auto summary = engine.summary(m_range);
    QVERIFY2(summary, qPrintable(engine.error()));
    QCOMPARE(summary->activeTime, seconds(2400));
    QCOMPARE(summary->pausedTime, seconds(100));
    QCOMPARE(summary->browserTime, seconds(598));
    QCOMPARE(summary->apps.size(), 4);
    QCOMPARE(summary->apps.at(0).name, u"code"_s);
    QCOMPARE(summary->apps.at(0).duration, seconds(902));
    QCOMPARE(summary->apps.at(3).name, u"(excluded)"_s);
    QCOMPARE(summary->domains.at(0).name, u"github.com"_s);
    // code and the GitHub tab are Work > Programming, zoom is a meeting, (excluded) is not matched.
    QCOMPARE(summary->categories.at(0).name, QStringList{u"Work"_s});
    QCOMPARE(summary->categories.at(0).duration, seconds(1500));
    QCOMPARE(summary->categories.at(1).name, (QStringList{u"Work"_s, u"Programming"_s}));
    QCOMPARE(summary->productivity, (1500.0 * 2 + 600.0 * 1) / 2400.0);
    // 10:00Z is 12:00 in Berlin (summer time): everything (0-2700 s) falls in local hour 12.
    QCOMPARE(summary->perHour[12], seconds(2400));
    QCOMPARE(summary->perHour[10], 0);
    QCOMPARE(summary->perDay.size(), 1);
    QCOMPARE(summary->perDay.at(0).date, QDate(2026, 7, 23));
    verifyPartsAddUp(*summary);
    const QJsonObject json = summary->toJson(2);
    QCOMPARE(json.value(u"apps"_s).toArray().size(), 2);
    QCOMPARE(json.value(u"active"_s).toDouble(), 2400.0);
}

void TestReports::timelineIsMergedAndShowsPauses()
{
    ReportEngine engine(m_fx.path(), kBerlin);
    QVERIFY(engine.loadSettings());
    const auto timeline = engine.timeline(m_range);
    QVERIFY(timeline);
    QStringList pieces;
    for (const TimelineSegment &piece : *timeline)
        pieces << u"%1:%2-%3"_s.arg(piece.paused ? u"paused"_s : piece.app)
                      .arg((piece.start - kBaseTime) / kSecond)
                      .arg((piece.end - kBaseTime) / kSecond);
    QCOMPARE(pieces.join(u' '),
             u"code:0-602 firefox:602-1200 zoom:1200-1800 code:2000-2100 paused:2100-2200 code:2200-2400 "
             u"(excluded):2400-2700"_s);
    QCOMPARE(timeline->at(1).url, u"https://github.com/x"_s);
    QCOMPARE(timeline->at(1).category, (QStringList{u"Work"_s, u"Programming"_s}));
}

void TestReports::filteredByAppOrCategory()
{
    ReportEngine engine(m_fx.path(), kBerlin);
    QVERIFY(engine.loadSettings());
    const auto byApp = engine.summary(m_range, {}, ReportFilter{u"code"_s, {}});
    QVERIFY2(byApp, qPrintable(engine.error()));
    QCOMPARE(byApp->activeTime, seconds(902));
    QCOMPARE(byApp->apps.size(), 1);
    QCOMPARE(byApp->apps.at(0).name, u"code"_s);
    QCOMPARE(byApp->pausedTime, seconds(100));
    verifyPartsAddUp(*byApp);

    // A category takes its subcategories along: Work holds Programming (code, the GitHub tab).
    const auto work = engine.summary(m_range, {}, ReportFilter{{}, {u"Work"_s}});
    QVERIFY(work);
    QCOMPARE(work->activeTime, seconds(1500));
    QCOMPARE(work->categories.at(0).name, QStringList{u"Work"_s});
    QCOMPARE(work->categories.at(0).duration, seconds(1500));
    verifyPartsAddUp(*work);
    const auto uncategorized = engine.summary(m_range, {}, ReportFilter{{}, CategoryRules::uncategorized()});
    QVERIFY(uncategorized);
    QCOMPARE(uncategorized->activeTime, seconds(300));
    QCOMPARE(uncategorized->apps.at(0).name, u"(excluded)"_s);

    // Both fields must hold; a filter nothing passes leaves an empty report, not an error.
    const auto both = engine.summary(m_range, {}, ReportFilter{u"zoom"_s, {u"Work"_s}});
    QVERIFY(both);
    QCOMPARE(both->activeTime, 0);
    QVERIFY(both->apps.isEmpty());

    // The overview's two halves agree with the separate reports.
    const auto overview = engine.overview(m_range, {}, ReportFilter{u"code"_s, {}});
    QVERIFY(overview);
    QCOMPARE(overview->summary.activeTime, byApp->activeTime);
    const auto timeline = engine.timeline(m_range, {}, ReportFilter{u"code"_s, {}});
    QVERIFY(timeline);
    QCOMPARE(overview->timeline.size(), timeline->size());
    qint64 drawn = 0;
    for (const TimelineSegment &piece : overview->timeline) {
        if (!piece.paused) {
            QCOMPARE(piece.app, u"code"_s);
            drawn += piece.end - piece.start;
        }
    }
    QCOMPARE(drawn, byApp->activeTime);
}

void TestReports::perHostAndUnknownHost()
{
    ReportEngine engine(m_fx.path(), kBerlin);
    QVERIFY(engine.loadSettings());
    QCOMPARE(engine.hosts().value_or(QStringList()), QStringList{u"testhost"_s});
    QCOMPARE(engine.summary(m_range, u"testhost"_s)->activeTime, seconds(2400));
    QVERIFY(!engine.summary(m_range, u"elsewhere"_s));
    QVERIFY(engine.error().contains(u"elsewhere"_s));
}

void TestReports::invalidStoredCategoriesAreReported()
{
    StoreFixture fx;
    QVERIFY(fx.openWithBucket());
    const QJsonArray bad{QJsonObject{{u"name"_s, QJsonArray{u"Broken"_s}},
                                     {u"rule"_s, QJsonObject{{u"type"_s, u"regex"_s}, {u"regex"_s, u"(x"_s}}}}};
    QVERIFY(await(fx.store().setSetting(settings::storageKey(settings::kCategories), bad)).ok());
    QVERIFY(await(fx.store().forceCommit()).ok());
    ReportEngine engine(fx.path(), kBerlin);
    QVERIFY(!engine.loadSettings());
    QVERIFY2(engine.error().contains(u"Broken"_s), qPrintable(engine.error()));
}

void TestReports::usableInAWorkerThread()
{
    qint64 active = -1;
    QThread *worker = QThread::create([&] {
        ReportEngine engine(m_fx.path(), kBerlin);
        if (engine.loadSettings())
            active = engine.summary(m_range).value_or(Summary()).activeTime;
    });
    worker->start();
    QVERIFY(worker->wait(30'000));
    delete worker;
    QCOMPARE(active, seconds(2400));
}

void TestReports::dayBoundariesAtStartOfDay()
{
    const ReportCalendar calendar(kBerlin);
    const QDate date(2026, 7, 23);
    QCOMPARE(calendar.day(date).start, local(date, QTime(4, 0)));
    QCOMPARE(calendar.day(date).duration(), 24 * 3600 * kSecond);
    QCOMPARE(calendar.dateOf(local(date.addDays(1), QTime(3, 59))), date);
    QCOMPARE(calendar.dateOf(local(date.addDays(1), QTime(4, 0))), date.addDays(1));
    // 2026-07-23 is a Thursday: its week starts on Monday the 20th, or Sunday the 19th.
    QCOMPARE(calendar.week(date).start, local(QDate(2026, 7, 20), QTime(4, 0)));
    QCOMPARE(ReportCalendar(kBerlin, QTime(4, 0), Qt::Sunday).week(date).start, local(QDate(2026, 7, 19), QTime(4, 0)));
    QCOMPARE(calendar.month(date).start, local(QDate(2026, 7, 1), QTime(4, 0)));
    QCOMPARE(calendar.year(date).end, local(QDate(2027, 1, 1), QTime(4, 0)));
    const ReportCalendar midnight(kBerlin, QTime(0, 0));
    QCOMPARE(midnight.dateOf(local(date.addDays(1), QTime(3, 59))), date.addDays(1));

    QString error;
    QCOMPARE(ReportCalendar::parseStartOfDay(u"05:30"_s, &error), QTime(5, 30));
    QVERIFY(!ReportCalendar::parseStartOfDay(u"25:00"_s, &error));
    QCOMPARE(ReportCalendar::parseStartOfWeek(u"sunday"_s, &error), Qt::Sunday);
    QVERIFY(!ReportCalendar::parseStartOfWeek(u"Caturday"_s, &error));
}

void TestReports::dstChangesInBerlin()
{
    const ReportCalendar calendar(kBerlin);
    constexpr qint64 kHour = 3600 * kSecond;
    // Spring forward at 02:00 on Sunday 2026-03-29: before 04:00, so Saturday's day loses the hour.
    QCOMPARE(calendar.day(QDate(2026, 3, 28)).duration(), 23 * kHour);
    QCOMPARE(calendar.day(QDate(2026, 3, 29)).duration(), 24 * kHour);
    QCOMPARE(calendar.day(QDate(2026, 3, 29)).start, Timestamp::parseRfc3339(u"2026-03-29T02:00:00Z"_s).value());
    // Fall back at 03:00 on Sunday 2026-10-25: Saturday's day has 25 hours.
    QCOMPARE(calendar.day(QDate(2026, 10, 24)).duration(), 25 * kHour);
    QCOMPARE(calendar.day(QDate(2026, 10, 25)).start, Timestamp::parseRfc3339(u"2026-10-25T03:00:00Z"_s).value());
    // A week with a change is 167 or 169 hours long.
    QCOMPARE(calendar.week(QDate(2026, 3, 25)).duration(), 167 * kHour);
    QCOMPARE(calendar.week(QDate(2026, 10, 21)).duration(), 169 * kHour);
}

void TestReports::dayStartInSkippedOrRepeatedHour()
{
    constexpr qint64 kHour = 3600 * kSecond;
    const auto utc = [](const char *text) { return Timestamp::parseRfc3339(QString::fromLatin1(text)).value(); };
    // Days from 02:30: on 2026-03-29 Berlin's clocks jump from 02:00 to 03:00 (01:00Z), so that day
    // starts at 03:00, and 03:10 belongs to it.
    const ReportCalendar halfPastTwo(kBerlin, QTime(2, 30));
    QCOMPARE(halfPastTwo.dayStart(QDate(2026, 3, 29)), utc("2026-03-29T01:00:00Z"));
    QCOMPARE(halfPastTwo.day(QDate(2026, 3, 28)).duration(), 23 * kHour + kHour / 2);
    QCOMPARE(halfPastTwo.dateOf(utc("2026-03-29T01:10:00Z")), QDate(2026, 3, 29));
    QCOMPARE(halfPastTwo.dateOf(utc("2026-03-29T00:59:59Z")), QDate(2026, 3, 28));
    // Any skipped wall time (a daily summary's, say) is taken as the moment of the jump.
    QCOMPARE(halfPastTwo.at(QDate(2026, 3, 29), QTime(2, 5)), utc("2026-03-29T01:00:00Z"));
    QCOMPARE(halfPastTwo.at(QDate(2026, 3, 29), QTime(3, 5)), utc("2026-03-29T01:05:00Z"));
    // On 2026-10-25 02:00-03:00 comes twice and the day starts at the first 02:30 (00:30Z): the
    // second 02:10 (01:10Z) belongs to the 25th too, though the clock shows less than 02:30.
    QCOMPARE(halfPastTwo.dayStart(QDate(2026, 10, 25)), utc("2026-10-25T00:30:00Z"));
    QCOMPARE(halfPastTwo.dateOf(utc("2026-10-25T00:29:59Z")), QDate(2026, 10, 24));
    QCOMPARE(halfPastTwo.dateOf(utc("2026-10-25T01:10:00Z")), QDate(2026, 10, 25));
    // The same in Dublin, whose zone data calls winter time the daylight-saving one: 01:00-02:00
    // comes twice, and the day from 01:30 starts at the first pass (00:30Z).
    const ReportCalendar dublin(QTimeZone("Europe/Dublin"), QTime(1, 30));
    QCOMPARE(dublin.dayStart(QDate(2026, 10, 25)), utc("2026-10-25T00:30:00Z"));
    QCOMPARE(dublin.day(QDate(2026, 10, 25)).duration(), 25 * kHour);
    // Chile moves from 00:00 to 01:00 on 2026-09-06 (04:00Z): a day from midnight starts at 01:00.
    const ReportCalendar santiago(QTimeZone("America/Santiago"), QTime(0, 0));
    QCOMPARE(santiago.dayStart(QDate(2026, 9, 6)), utc("2026-09-06T04:00:00Z"));
    QCOMPARE(santiago.day(QDate(2026, 9, 5)).duration(), 24 * kHour);
    QCOMPARE(santiago.day(QDate(2026, 9, 6)).duration(), 23 * kHour);
    QCOMPARE(santiago.dateOf(utc("2026-09-06T03:59:59Z")), QDate(2026, 9, 5));
    QCOMPARE(santiago.dateOf(utc("2026-09-06T04:00:00Z")), QDate(2026, 9, 6));
}

void TestReports::daysTileEveryYear_data()
{
    QTest::addColumn<QString>("zone");
    QTest::addColumn<QTime>("startOfDay");
    QTest::newRow("Berlin 04:00") << u"Europe/Berlin"_s << QTime(4, 0);
    QTest::newRow("Berlin 02:30") << u"Europe/Berlin"_s << QTime(2, 30);
    QTest::newRow("Santiago 00:00") << u"America/Santiago"_s << QTime(0, 0);
    QTest::newRow("Beirut 00:00") << u"Asia/Beirut"_s << QTime(0, 0);
    QTest::newRow("Dublin 01:30") << u"Europe/Dublin"_s << QTime(1, 30);
    QTest::newRow("Havana 00:30") << u"America/Havana"_s << QTime(0, 30);
    QTest::newRow("Lord Howe 02:15") << u"Australia/Lord_Howe"_s << QTime(2, 15); // a half-hour change
}

// Every day starts after the one before and ends where the next starts, and every instant is
// given the day that holds it, across a year's DST changes.
void TestReports::daysTileEveryYear()
{
    QFETCH(QString, zone);
    QFETCH(QTime, startOfDay);
    const QTimeZone timeZone(zone.toLatin1());
    if (!timeZone.isValid())
        QSKIP("this system has no data for the time zone");
    const ReportCalendar calendar(timeZone, startOfDay);
    constexpr qint64 kHour = 3600 * kSecond;
    qint64 previous = calendar.dayStart(QDate(2025, 12, 31));
    for (QDate date(2026, 1, 1); date.year() == 2026; date = date.addDays(1)) {
        const qint64 start = calendar.dayStart(date);
        QVERIFY2(start > previous && start - previous >= 22 * kHour && start - previous <= 26 * kHour,
                 qPrintable(date.toString(Qt::ISODate)));
        // Every 20 minutes of the day, and the instants just around its start.
        for (qint64 t = previous; t < start; t += 20 * 60 * kSecond)
            QCOMPARE(calendar.dateOf(t), date.addDays(-1));
        QCOMPARE(calendar.dateOf(start - 1), date.addDays(-1));
        QCOMPARE(calendar.dateOf(start), date);
        previous = start;
    }
}

void TestReports::summaryAcrossFallBack()
{
    StoreFixture fx;
    QVERIFY(fx.openWithBucket()); // a window bucket only: without AFK data all window time counts
    // 01:30 summer time to 03:30 winter time on 2026-10-25: three hours, local hour 2 twice.
    const qint64 start = Timestamp::parseRfc3339(u"2026-10-24T23:30:00Z"_s).value();
    QVERIFY(
        await(fx.store().insertEvents(kWindowBucket, {Event{0, start, 3 * 3600 * kSecond, win(u"a"_s, u"t"_s)}})).ok());
    QVERIFY(await(fx.store().forceCommit()).ok());
    ReportEngine engine(fx.path(), kBerlin);
    QVERIFY(engine.loadSettings());
    const ReportCalendar &calendar = engine.calendar();
    const spans::Period range{calendar.day(QDate(2026, 10, 23)).start, calendar.day(QDate(2026, 10, 25)).end};
    const auto summary = engine.summary(range);
    QVERIFY(summary);
    QCOMPARE(summary->activeTime, 3 * 3600 * kSecond);
    QCOMPARE(summary->perHour[1], 1800 * kSecond);
    QCOMPARE(summary->perHour[2], 2 * 3600 * kSecond);
    QCOMPARE(summary->perHour[3], 1800 * kSecond);
    QCOMPARE(summary->perDay.size(), 3);
    QCOMPARE(summary->perDay.at(1).date, QDate(2026, 10, 24)); // before 04:00 it is still Saturday
    QCOMPARE(summary->perDay.at(1).duration, 3 * 3600 * kSecond);
    verifyPartsAddUp(*summary);

    // Split over the day boundary at 04:00 (winter time) on the 25th.
    QVERIFY(await(fx.store().insertEvents(
                      kWindowBucket,
                      {Event{0, local(QDate(2026, 10, 25), QTime(3, 45)), 1800 * kSecond, win(u"b"_s, u"t"_s)}}))
                .ok());
    QVERIFY(await(fx.store().forceCommit()).ok());
    const auto later = engine.summary(range);
    QVERIFY(later);
    QCOMPARE(later->perDay.at(1).duration, 3 * 3600 * kSecond + 900 * kSecond);
    QCOMPARE(later->perDay.at(2).duration, 900 * kSecond);
    verifyPartsAddUp(*later);
}

void TestReports::durationScaleIsRound_data()
{
    QTest::addColumn<qint64>("largest");
    QTest::addColumn<qint64>("step");
    QTest::addColumn<qint64>("max");
    constexpr qint64 min = 60 * kSecond;
    constexpr qint64 hour = 60 * min;
    QTest::newRow("nothing") << qint64(0) << 15 * min << hour;
    QTest::newRow("a second") << kSecond << min << min;
    QTest::newRow("3 min") << 3 * min << min << 3 * min;
    QTest::newRow("just over 5 min") << 5 * min + kSecond << 2 * min << 6 * min;
    QTest::newRow("47 min") << 47 * min << 10 * min << 50 * min;
    QTest::newRow("an hour") << hour << 15 * min << hour;
    QTest::newRow("2 h 10 min") << 2 * hour + 10 * min << 30 * min << 2 * hour + 30 * min;
    QTest::newRow("7 h") << 7 * hour << 2 * hour << 8 * hour;
    QTest::newRow("a day") << 24 * hour << 8 * hour << 24 * hour;
    QTest::newRow("45 h") << 45 * hour << 10 * hour << 50 * hour;
    QTest::newRow("212 h") << 212 * hour << 50 * hour << 250 * hour;
}

void TestReports::durationScaleIsRound()
{
    QFETCH(qint64, largest);
    QFETCH(qint64, step);
    QFETCH(qint64, max);
    const DurationScale scale = DurationScale::of(largest);
    QCOMPARE(scale.step, step);
    QCOMPARE(scale.max, max);
    // Whatever the value: ticks at exact multiples, the top at or just above it, at most 5 steps.
    for (qint64 value = kSecond; value < 300 * 3600 * kSecond; value = value * 3 / 2 + 7 * kSecond) {
        const DurationScale any = DurationScale::of(value);
        QCOMPARE(any.max % any.step, 0);
        QVERIFY(any.max >= value);
        QVERIFY(any.max - any.step < value);
        QVERIFY(any.intervals() >= 1 && any.intervals() <= 5);
    }
}

QTEST_GUILESS_MAIN(TestReports)
#include "TestReports.moc"
