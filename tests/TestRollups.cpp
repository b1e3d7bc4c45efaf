// Per-day rollups (DayRollups) against reading every event: on random histories around both of
// Berlin's DST changes, with random inserts, deletes, and changes of the category rules, the
// start of day and the always-active pattern between rounds, every summary and trend built from
// rollups (in a long-lived engine, and in a fresh one that reads them from the file) equals the
// one built from events.

#include "StoreFixture.h"
#include "manual/ManualEntry.h"
#include "reports/ReportEngine.h"
#include "reports/RollupStore.h"
#include "settings/SettingKeys.h"

#include <QFile>
#include <QJsonArray>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QThread>

#include <map>
#include <tuple>

using namespace stint;
using namespace stint::test;

namespace {

const QTimeZone kBerlin(QByteArrayLiteral("Europe/Berlin"));
const QString kHostA = u"alpha"_s;
const QString kHostB = u"beta"_s;

qint64 at(QDate date, int hour, int minute = 0)
{
    return Timestamp::fromDateTime(QDateTime(date, QTime(hour, minute), kBerlin));
}

Bucket bucket(const QString &id, const QString &type, const QString &host)
{
    Bucket made = windowBucket(id);
    made.type = type;
    made.hostname = host;
    return made;
}

QJsonArray categoryRules(int variant)
{
    const auto rule = [](const QJsonArray &name, const QString &regex, double score) {
        return QJsonObject{{u"name"_s, name},
                           {u"rule"_s, QJsonObject{{u"type"_s, u"regex"_s}, {u"regex"_s, regex}}},
                           {u"data"_s, QJsonObject{{u"color"_s, u"#336699"_s}, {u"score"_s, score}}}};
    };
    if (variant == 0)
        return {rule({u"Work"_s}, u"Editor|Terminal"_s, 1), rule({u"Media"_s}, u"Player"_s, -1)};
    if (variant == 1)
        return {rule({u"Work"_s}, u"Editor"_s, 1), rule({u"Work"_s, u"Shell"_s}, u"Terminal"_s, 0.5),
                rule({u"Web"_s}, u"example"_s, 0)};
    return {rule({u"Reading"_s}, u"docs|news"_s, 2)};
}

// The figures of a summary, exact to the nanosecond (productivity to 1e-9).
QString figures(const Summary &summary)
{
    QStringList lines;
    lines << u"active %1 paused %2 browser %3 productivity %4"_s.arg(summary.activeTime)
                 .arg(summary.pausedTime)
                 .arg(summary.browserTime)
                 .arg(summary.productivity, 0, 'f', 9);
    lines << u"hosts "_s + summary.hosts.join(u',');
    const auto named = [&](const QString &what, const QList<NamedDuration> &list) {
        for (const NamedDuration &entry : list)
            lines << u"%1 %2 | %3 = %4"_s.arg(what, entry.name, entry.detail).arg(entry.duration);
    };
    named(u"app"_s, summary.apps);
    named(u"title"_s, summary.titles);
    named(u"domain"_s, summary.domains);
    named(u"url"_s, summary.urls);
    for (const CategoryTotal &node : summary.categories)
        lines << u"category %1 = %2 own %3"_s.arg(node.name.join(u'>')).arg(node.duration).arg(node.own);
    for (int hour = 0; hour < 24; ++hour) {
        QStringList split;
        for (const qint64 time : summary.perHourByCategory[size_t(hour)])
            split << QString::number(time);
        lines << u"hour %1 = %2 (%3)"_s.arg(hour).arg(summary.perHour[size_t(hour)]).arg(split.join(u','));
    }
    for (const DayTotal &day : summary.perDay) {
        QStringList split;
        for (const qint64 time : day.byCategory)
            split << QString::number(time);
        lines << u"day %1 = %2 (%3)"_s.arg(day.date.toString(Qt::ISODate)).arg(day.duration).arg(split.join(u','));
    }
    return lines.join(u'\n');
}

QString figures(const Trends &trends)
{
    QStringList lines;
    lines << u"active %1 before %2 busiest %3 %4 productivity %5"_s.arg(trends.activeTime)
                 .arg(trends.previousTime)
                 .arg(trends.busiestDay.toString(Qt::ISODate))
                 .arg(trends.busiestDayTime)
                 .arg(trends.productivity, 0, 'f', 9);
    for (const TrendCategory &category : trends.categories)
        lines << u"category %1 = %2 before %3"_s.arg(category.name).arg(category.activeTime).arg(category.previousTime);
    for (const TrendPeriod &period : trends.periods) {
        QStringList times;
        for (const qint64 time : period.times)
            times << QString::number(time);
        lines << u"period %1 = %2 (%3) %4"_s.arg(period.firstDay.toString(Qt::ISODate))
                     .arg(period.activeTime)
                     .arg(times.join(u','))
                     .arg(period.productivity, 0, 'f', 9);
    }
    return lines.join(u'\n');
}

// A timeline's time per day of the range, local hour and category ("paused" for paused time), cut
// at local hours; a piece that starts within `hourly` (the whole days of an hourly overview)
// counts where it starts. When the day starts within an hour, that hour has two parts in a day,
// and an hourly overview lays both from the first: then only days are compared.
QString byHour(const QList<TimelineSegment> &timeline, const ReportCalendar &calendar, spans::Period range,
               spans::Period hourly)
{
    // Days as the reports cut them.
    const std::vector<qint64> starts = SummaryBuilder::dayStarts(range, calendar);
    const auto dayOf = [&](qint64 t) { return std::upper_bound(starts.begin(), starts.end(), t) - starts.begin(); };
    const bool perHour = calendar.startOfDay().minute() == 0 && calendar.startOfDay().second() == 0;
    std::map<std::tuple<qint64, int, QString>, qint64> times;
    for (const TimelineSegment &segment : timeline) {
        const QString what = segment.paused ? u"paused"_s : segment.category.join(u'>');
        for (qint64 t = segment.start; t < segment.end;) {
            const QDateTime local = Timestamp::toDateTime(t).toTimeZone(kBerlin);
            const QDateTime next(local.date(), QTime(local.time().hour(), 0), kBerlin);
            const qint64 hourEnd = std::max(t + 1, Timestamp::fromDateTime(next.addSecs(3600)));
            const bool hourlyPiece = segment.start >= hourly.start && segment.start < hourly.end;
            const auto day = dayOf(t);
            const qint64 dayEnd = size_t(day) < starts.size() ? starts[size_t(day)] : segment.end;
            const qint64 end = hourlyPiece ? segment.end : std::min({segment.end, hourEnd, dayEnd});
            times[{day, perHour ? local.time().hour() : 0, what}] += end - t;
            t = end;
        }
    }
    QStringList lines;
    for (const auto &[key, time] : times) {
        if (time != 0)
            lines << u"day %1 hour %2 %3 = %4"_s.arg(std::get<0>(key))
                         .arg(std::get<1>(key))
                         .arg(std::get<2>(key))
                         .arg(time);
    }
    return lines.join(u'\n');
}

} // namespace

class TestRollups : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cachedEqualsUncached();
    void writeTouchesOnlyItsDays();
    void textsSharedAcrossThreads();
    void longBuildSharedWithHelper();
    void textIdsAddOnlyNewTexts();
    void runningTimerReachesCachedDays();
    void textsReadBackExactly();

private:
    void writeRandomEvents(QDate from, QDate to);
    void deleteRandomEvents();
    void changeRandomSetting();
    void compare(const QString &round);

    StoreFixture m_fx;
    QRandomGenerator m_random{0x524f4c4c}; // fixed: a failure repeats
    std::unique_ptr<ReportEngine> m_longLived;
    const QList<QDate> m_clusters{QDate(2025, 3, 24), QDate(2025, 10, 20)}; // the weeks of the DST changes
};

void TestRollups::initTestCase()
{
    QVERIFY(m_fx.open());
    for (const Bucket &made : {bucket(u"aw-watcher-window_alpha"_s, u"currentwindow"_s, kHostA),
                               bucket(u"aw-watcher-afk_alpha"_s, u"afkstatus"_s, kHostA),
                               bucket(u"aw-watcher-web-firefox_alpha"_s, u"web.tab.current"_s, kHostA),
                               bucket(u"stint-pause_alpha"_s, u"stint.pause"_s, kHostA),
                               bucket(u"aw-watcher-window_beta"_s, u"currentwindow"_s, kHostB)})
        QVERIFY(await(m_fx.store().createBucket(made)).ok());
    QVERIFY(await(m_fx.store().setSetting(settings::storageKey(settings::kCategories), categoryRules(0))).ok());
    QVERIFY(await(m_fx.store().forceCommit()).ok());
}

// Events one after another with gaps, some small enough for flood to bridge.
void TestRollups::writeRandomEvents(QDate from, QDate to)
{
    const qint64 start = at(from, 0);
    const qint64 end = at(to, 0);
    const auto write = [&](const QString &bucketId, const std::function<QJsonObject()> &data, qint64 maxSeconds) {
        EventList events;
        qint64 t = start + qint64(m_random.bounded(3600)) * kSecond;
        while (t < end) {
            const qint64 duration = (1 + qint64(m_random.bounded(int(maxSeconds)))) * kSecond;
            events.append(Event{0, t, duration, data()});
            const bool bridged = m_random.bounded(4) == 0;
            t += duration + (bridged ? qint64(m_random.bounded(4)) : 10 + qint64(m_random.bounded(2400))) * kSecond;
        }
        QVERIFY(await(m_fx.store().insertEvents(bucketId, events)).ok());
    };
    const QStringList apps{u"Editor"_s, u"Terminal"_s, u"Player"_s, u"Firefox"_s};
    const QStringList titles{u"main.cpp"_s, u"docs"_s, u"news"_s, u"build"_s, u"example.org"_s};
    const auto window = [&] {
        return win(apps.at(m_random.bounded(int(apps.size()))), titles.at(m_random.bounded(int(titles.size()))));
    };
    write(u"aw-watcher-window_alpha"_s, window, 3 * 3600);
    write(u"aw-watcher-window_beta"_s, window, 2 * 3600);
    write(
        u"aw-watcher-afk_alpha"_s,
        [&] {
            return QJsonObject{{u"status"_s, m_random.bounded(3) == 0 ? u"afk"_s : u"not-afk"_s}};
        },
        4 * 3600);
    write(
        u"aw-watcher-web-firefox_alpha"_s,
        [&] {
            const int page = m_random.bounded(4);
            return QJsonObject{
                {u"url"_s, u"https://%1.example.org/%2"_s.arg(page % 2 ? u"docs"_s : u"news"_s).arg(page)},
                {u"title"_s, u"Page %1"_s.arg(page)},
                {u"audible"_s, m_random.bounded(5) == 0}};
        },
        1800);
    write(
        u"stint-pause_alpha"_s, [] { return QJsonObject{}; }, 900);
}

void TestRollups::deleteRandomEvents()
{
    EventReader reader(m_fx.path());
    for (const QString &id : {u"aw-watcher-window_alpha"_s, u"aw-watcher-afk_alpha"_s, u"aw-watcher-window_beta"_s}) {
        const auto events = reader.events(id);
        QVERIFY(events);
        QList<qint64> doomed;
        for (const Event &event : *events) {
            if (m_random.bounded(8) == 0)
                doomed.append(event.id);
        }
        QVERIFY(await(m_fx.store().deleteEvents(id, doomed)).ok());
    }
}

void TestRollups::changeRandomSetting()
{
    QJsonValue value;
    QString key;
    switch (m_random.bounded(3)) {
    case 0:
        key = settings::storageKey(settings::kCategories);
        value = categoryRules(m_random.bounded(3));
        break;
    case 1:
        key = settings::storageKey(settings::kStartOfDay);
        value = QStringList{u"00:00"_s, u"02:30"_s, u"04:00"_s}.at(m_random.bounded(3));
        break;
    default:
        key = settings::storageKey(settings::kAlwaysActivePattern);
        value = m_random.bounded(2) ? QJsonValue(u"Player"_s) : QJsonValue();
        break;
    }
    QVERIFY(await(m_fx.store().setSetting(key, value)).ok());
}

void TestRollups::compare(const QString &round)
{
    ReportEngine uncached(m_fx.path(), kBerlin);
    uncached.setRollupsEnabled(false);
    ReportEngine fresh(m_fx.path(), kBerlin); // reads the rollups the long-lived engine stored
    fresh.setRollupsEnabled(true);
    m_longLived->setRollupsEnabled(true);
    for (ReportEngine *engine : {&uncached, &fresh, m_longLived.get()})
        QVERIFY2(engine->loadSettings(), qPrintable(engine->error()));

    const ReportCalendar &calendar = uncached.calendar();
    std::vector<spans::Period> ranges;
    for (const QDate cluster : m_clusters) {
        ranges.push_back({calendar.dayStart(cluster), calendar.dayStart(cluster.addDays(10))});
        ranges.push_back(calendar.day(cluster.addDays(6))); // the DST Sunday
        const qint64 from = calendar.dayStart(cluster) + qint64(m_random.bounded(3 * 86400)) * kSecond;
        ranges.push_back({from, from + qint64(m_random.bounded(6 * 86400)) * kSecond});
        ranges.push_back({from, from + qint64(9 * 86400 + m_random.bounded(86400)) * kSecond});
    }
    ranges.push_back(calendar.year(m_clusters.first()));
    for (const spans::Period &range : ranges) {
        for (const QString &host : {QString(), kHostA}) {
            const auto expected = uncached.summary(range, host);
            QVERIFY2(expected, qPrintable(uncached.error()));
            for (ReportEngine *engine : {m_longLived.get(), &fresh}) {
                const auto actual = engine->summary(range, host);
                QVERIFY2(actual, qPrintable(engine->error()));
                QCOMPARE(figures(*actual), figures(*expected));
            }
        }
    }
    // Periods of more than a week: the overview's hourly timeline holds, per logical day and local
    // hour, exactly the time per category (and paused) that the events' timeline has there.
    for (const spans::Period &range : ranges) {
        const auto expected = uncached.timeline(range);
        QVERIFY2(expected, qPrintable(uncached.error()));
        for (ReportEngine *engine : {m_longLived.get(), &fresh}) {
            const auto overview = engine->overview(range);
            QVERIFY2(overview, qPrintable(engine->error()));
            QCOMPARE(overview->hourly, range.duration() > 8 * 24 * 3600 * kSecond);
            QCOMPARE(figures(overview->summary), figures(*uncached.summary(range)));
            // The whole days: from the first day start in the range to the last.
            const std::vector<qint64> starts = SummaryBuilder::dayStarts(range, calendar);
            const auto firstWhole =
                std::find_if(starts.begin(), starts.end(), [&](qint64 t) { return t >= range.start; });
            const auto lastWhole =
                std::find_if(starts.rbegin(), starts.rend(), [&](qint64 t) { return t <= range.end; });
            const spans::Period whole{*firstWhole, *lastWhole};
            QCOMPARE(byHour(overview->timeline, calendar, range, overview->hourly ? whole : spans::Period{}),
                     byHour(*expected, calendar, range, {}));
        }
    }
    for (const QDate cluster : m_clusters) {
        const TrendsSpan span{TrendsSpan::Unit::Week, 2};
        const auto expected = uncached.trends(span, cluster.addDays(9));
        QVERIFY2(expected, qPrintable(uncached.error()));
        for (ReportEngine *engine : {m_longLived.get(), &fresh}) {
            const auto actual = engine->trends(span, cluster.addDays(9));
            QVERIFY2(actual, qPrintable(engine->error()));
            QCOMPARE(figures(*actual), figures(*expected));
        }
    }
    Q_UNUSED(round);
}

void TestRollups::cachedEqualsUncached()
{
    for (const QDate cluster : m_clusters)
        writeRandomEvents(cluster, cluster.addDays(10));
    QVERIFY(await(m_fx.store().forceCommit()).ok());
    m_longLived = std::make_unique<ReportEngine>(m_fx.path(), kBerlin);
    compare(u"history"_s);
    if (QTest::currentTestFailed())
        return;
    for (int round = 0; round < 8; ++round) {
        switch (m_random.bounded(3)) {
        case 0: {
            const QDate cluster = m_clusters.at(m_random.bounded(int(m_clusters.size())));
            const QDate from = cluster.addDays(m_random.bounded(9));
            writeRandomEvents(from, from.addDays(1 + m_random.bounded(2)));
            break;
        }
        case 1:
            deleteRandomEvents();
            break;
        default:
            changeRandomSetting();
            break;
        }
        QVERIFY(await(m_fx.store().forceCommit()).ok());
        compare(u"round %1"_s.arg(round));
        if (QTest::currentTestFailed())
            return;
    }
    QVERIFY(QFile::exists(RollupStore::pathFor(m_fx.path())));
}

// A write marks only the change units its old and new times cover, with a newer generation.
void TestRollups::writeTouchesOnlyItsDays()
{
    EventReader reader(m_fx.path());
    const auto before = reader.changes();
    QVERIFY(before);
    qint64 newest = 0;
    for (const EventReader::Change &change : *before)
        newest = std::max(newest, change.generation);
    const qint64 time = at(QDate(2025, 6, 2), 12);
    QVERIFY(await(m_fx.store().insertEvents(u"aw-watcher-window_beta"_s,
                                            {Event{0, time, 60 * kSecond, win(u"a"_s, u"b"_s)}}))
                .ok());
    QVERIFY(await(m_fx.store().forceCommit()).ok());
    const auto after = reader.changes();
    QVERIFY(after);
    int newer = 0;
    for (const EventReader::Change &change : *after) {
        if (change.generation <= newest)
            continue;
        ++newer;
        QCOMPARE(change.first, time >> EventReader::kChangeUnitShift);
        QCOMPARE(change.last, (time + 60 * kSecond) >> EventReader::kChangeUnitShift);
    }
    QCOMPARE(newer, 1);
}

// Two reading threads store rollups with new texts at the same time; each text gets one id in the
// file, so a fresh engine that reads only the figures first (trends) and then the texts sees every
// title where the events have it.
void TestRollups::textsSharedAcrossThreads()
{
    const QDate first(2025, 7, 1);
    const int days = 12;
    EventList events;
    for (int day = 0; day < days; ++day) {
        for (int n = 0; n < 40; ++n) {
            const qint64 start = at(first.addDays(day), 9) + qint64(n) * 300 * kSecond;
            events.append(Event{0, start, 200 * kSecond, win(u"Editor"_s, u"day %1 file %2"_s.arg(day).arg(n))});
        }
    }
    QVERIFY(await(m_fx.store().insertEvents(u"aw-watcher-window_beta"_s, events)).ok());
    QVERIFY(await(m_fx.store().forceCommit()).ok());

    // Each thread builds every other day, so their new texts interleave.
    const auto buildDays = [&](int parity) {
        return [&, parity] {
            ReportEngine engine(m_fx.path(), kBerlin);
            if (!engine.loadSettings())
                return;
            for (int day = parity; day < days; day += 2)
                engine.summary(engine.calendar().day(first.addDays(day)), kHostB);
        };
    };
    std::unique_ptr<QThread> even(QThread::create(buildDays(0)));
    std::unique_ptr<QThread> odd(QThread::create(buildDays(1)));
    even->start();
    odd->start();
    QVERIFY(even->wait());
    QVERIFY(odd->wait());

    ReportEngine uncached(m_fx.path(), kBerlin);
    uncached.setRollupsEnabled(false);
    ReportEngine fresh(m_fx.path(), kBerlin);
    QVERIFY(uncached.loadSettings());
    QVERIFY(fresh.loadSettings());
    const spans::Period range{fresh.calendar().dayStart(first), fresh.calendar().dayStart(first.addDays(days))};
    const QDate lastDay = first.addDays(days - 1);
    const auto trends = fresh.trends({TrendsSpan::Unit::Week, 2}, lastDay, kHostB);
    const auto expectedTrends = uncached.trends({TrendsSpan::Unit::Week, 2}, lastDay, kHostB);
    QVERIFY(trends && expectedTrends);
    QCOMPARE(figures(*trends), figures(*expectedTrends));
    const auto summary = fresh.summary(range, kHostB);
    const auto expected = uncached.summary(range, kHostB);
    QVERIFY2(summary, qPrintable(fresh.error()));
    QVERIFY(expected);
    QCOMPARE(summary->titles.size(), qsizetype(days * 40));
    QCOMPARE(figures(*summary), figures(*expected));
}

// Forty days built at once: a helper thread builds the first fourteen (and maybe more) with text
// pairs numbered its own way, this thread the rest. The figures, and those a fresh engine reads
// back from the file, are what the events give, titles included.
void TestRollups::longBuildSharedWithHelper()
{
    if (QThread::idealThreadCount() < 2)
        QSKIP("one core: the days are built in one thread");
    const QDate first(2024, 2, 1);
    const int days = 40;
    EventList events;
    for (int day = 0; day < days; ++day) {
        for (int n = 0; n < 30; ++n) {
            const qint64 start = at(first.addDays(day), 10) + qint64(n) * 240 * kSecond;
            // The day number counts down, so the two threads meet the titles in different orders
            // and number them differently; some are shared by every day.
            const QString title = n % 3 ? u"day %1 file %2"_s.arg(days - day).arg(n) : u"shared %1"_s.arg(n);
            events.append(Event{0, start, 200 * kSecond, win(n % 2 ? u"Editor"_s : u"Terminal"_s, title)});
        }
    }
    QVERIFY(await(m_fx.store().insertEvents(u"aw-watcher-window_beta"_s, events)).ok());
    QVERIFY(await(m_fx.store().forceCommit()).ok());

    ReportEngine uncached(m_fx.path(), kBerlin);
    uncached.setRollupsEnabled(false);
    ReportEngine building(m_fx.path(), kBerlin);
    building.setRollupHelperFirst(true);
    ReportEngine fresh(m_fx.path(), kBerlin);
    for (ReportEngine *engine : {&uncached, &building, &fresh})
        QVERIFY2(engine->loadSettings(), qPrintable(engine->error()));
    const spans::Period range{uncached.calendar().dayStart(first), uncached.calendar().dayStart(first.addDays(days))};
    const auto expected = uncached.summary(range);
    QVERIFY2(expected, qPrintable(uncached.error()));
    QCOMPARE(expected->titles.size(), qsizetype(2 * days * 10 + 10));

    // stint.read's info message (on unless QT_LOGGING_RULES turns it off) says two threads built.
    QTest::ignoreMessage(QtInfoMsg,
                         QRegularExpression(u"^Built the report rollups of %1 days \\(all hosts\\) in "
                                            u"\\d+ ms, on two threads$"_s.arg(days)));
    const auto built = building.summary(range);
    QVERIFY2(built, qPrintable(building.error()));
    QCOMPARE(figures(*built), figures(*expected));
    const auto again = building.overview(range);
    QVERIFY2(again, qPrintable(building.error()));
    QCOMPARE(figures(again->summary), figures(*expected));
    const auto read = fresh.summary(range);
    QVERIFY2(read, qPrintable(fresh.error()));
    QCOMPARE(figures(*read), figures(*expected));
}

// Texts asked for in one write get ids many to a statement; those already in the file keep theirs,
// also in a statement that adds others, and every id reads back as its text.
void TestRollups::textIdsAddOnlyNewTexts()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    RollupStore store(dir.filePath(u"ids.rollups"_s));
    const auto ask = [&](const std::vector<RollupStore::Text> &texts) {
        std::vector<qint64> ids;
        std::vector<RollupStore::Entry> none;
        const bool stored = store.store(u"config"_s, u"host"_s, none, [&](const RollupStore::TextIds &textIds) {
            const auto given = textIds(texts);
            if (given)
                ids = *given;
            return given.has_value();
        });
        return stored ? ids : std::vector<qint64>{};
    };
    std::vector<RollupStore::Text> first;
    for (int n = 0; n < 150; ++n)
        first.emplace_back(u"title %1"_s.arg(n), n % 2 ? u"Editor"_s : QString());
    const std::vector<qint64> firstIds = ask(first);
    QCOMPARE(firstIds.size(), first.size());
    // 250 texts: the first statement's 100 all new, the second's mixing new ones with ten known,
    // the last one (of 50) new again.
    std::vector<RollupStore::Text> second;
    std::vector<qint64> expected;
    for (int n = 0; n < 250; ++n) {
        const bool known = n >= 100 && n < 200 && n % 10 == 0;
        second.push_back(known ? first[size_t(n - 100)] : RollupStore::Text{u"other %1"_s.arg(n), u"\u00e9"_s});
        expected.push_back(known ? firstIds[size_t(n - 100)] : 0);
    }
    const std::vector<qint64> secondIds = ask(second);
    QCOMPARE(secondIds.size(), second.size());
    std::map<qint64, RollupStore::Text> byId;
    QVERIFY(store.readTexts(
        1, 1000, [](qint64) { return true; },
        [&](qint64 id, const QString &name, const QString &detail) {
            byId[id] = {name, detail};
        }));
    QCOMPARE(byId.size(), size_t(150 + 240));
    for (size_t k = 0; k < first.size(); ++k)
        QCOMPARE(byId[firstIds[k]], first[k]);
    for (size_t k = 0; k < second.size(); ++k) {
        if (expected[k] != 0)
            QCOMPARE(secondIds[k], expected[k]);
        QCOMPARE(byId[secondIds[k]], second[k]);
    }
}

// A timer started with an earlier start runs through days whose rollups were built before it:
// it is stored as it began, so no change names those days, yet each of them now holds its time.
void TestRollups::runningTimerReachesCachedDays()
{
    const QDate first = m_clusters.last();
    ReportEngine cached(m_fx.path(), kBerlin);
    cached.setRollupsEnabled(true);
    ReportEngine uncached(m_fx.path(), kBerlin);
    uncached.setRollupsEnabled(false);
    for (ReportEngine *engine : {&cached, &uncached})
        QVERIFY2(engine->loadSettings(), qPrintable(engine->error()));
    // The stopwatch bucket is there from earlier timers (a new bucket changes every day's rollup).
    QVERIFY(await(m_fx.store().createBucket(ManualEntry::bucket(kHostA))).ok());
    QVERIFY(await(m_fx.store().forceCommit()).ok());
    const spans::Period range{cached.calendar().dayStart(first), cached.calendar().dayStart(first.addDays(10))};
    const auto before = cached.summary(range);
    QVERIFY2(before, qPrintable(cached.error()));

    ManualEntry timer;
    timer.start = at(first.addDays(2), 9);
    timer.end = timer.start;
    timer.label = u"Reading"_s;
    timer.running = true;
    QVERIFY(await(m_fx.store().insertEvents(ManualEntry::kBucketId, {timer.toEvent()})).ok());
    QVERIFY(await(m_fx.store().forceCommit()).ok());

    const auto expected = uncached.summary(range);
    QVERIFY2(expected, qPrintable(uncached.error()));
    QVERIFY(expected->activeTime > before->activeTime);
    ReportEngine fresh(m_fx.path(), kBerlin);
    fresh.setRollupsEnabled(true);
    QVERIFY2(fresh.loadSettings(), qPrintable(fresh.error()));
    for (ReportEngine *engine : {&cached, &fresh}) {
        const auto actual = engine->summary(range);
        QVERIFY2(actual, qPrintable(engine->error()));
        QCOMPARE(figures(*actual), figures(*expected));
    }

    // Stopped: the days come from rollups again, with the timer's time up to its end.
    EventReader reader(m_fx.path());
    const auto stored = reader.events(ManualEntry::kBucketId);
    QVERIFY(stored && stored->size() == 1);
    timer = ManualEntry::fromEvent(stored->first());
    timer.running = false;
    timer.end = at(first.addDays(5), 12);
    QVERIFY(await(m_fx.store().insertEvents(ManualEntry::kBucketId, {timer.toEvent()})).ok());
    QVERIFY(await(m_fx.store().forceCommit()).ok());
    const auto stopped = uncached.summary(range);
    QVERIFY2(stopped, qPrintable(uncached.error()));
    QVERIFY(stopped->activeTime < expected->activeTime);
    for (ReportEngine *engine : {&cached, &fresh}) {
        const auto actual = engine->summary(range);
        QVERIFY2(actual, qPrintable(engine->error()));
        QCOMPARE(figures(*actual), figures(*stopped));
    }
}

// Titles go into the rollup file and come back as they were, also ones no UTF-8 can hold (a lone
// UTF-16 surrogate, which Windows titles can have and stored JSON keeps escaped) and ones with
// the characters a key might be joined with.
void TestRollups::textsReadBackExactly()
{
    const QDate day(2025, 6, 11);
    const QString lone = u"Report "_s + QChar(0xD83D) + u" draft"_s;
    const QString joined = u"a"_s + QChar(0x1f) + u"b"_s;
    EventList events;
    qint64 t = at(day, 9);
    for (const QString &title : {lone, joined, u"a"_s, lone}) {
        events.append(Event{0, t, 600 * kSecond, win(u"Editor"_s, title)});
        t += 700 * kSecond;
    }
    QVERIFY(await(m_fx.store().insertEvents(u"aw-watcher-window_beta"_s, events)).ok());
    QVERIFY(await(m_fx.store().forceCommit()).ok());

    ReportEngine uncached(m_fx.path(), kBerlin);
    uncached.setRollupsEnabled(false);
    ReportEngine building(m_fx.path(), kBerlin);
    building.setRollupsEnabled(true);
    for (ReportEngine *engine : {&uncached, &building})
        QVERIFY2(engine->loadSettings(), qPrintable(engine->error()));
    const spans::Period range{uncached.calendar().dayStart(day.addDays(-1)),
                              uncached.calendar().dayStart(day.addDays(2))};
    const auto expected = uncached.summary(range, kHostB);
    QVERIFY2(expected, qPrintable(uncached.error()));
    QVERIFY(std::any_of(expected->titles.begin(), expected->titles.end(),
                        [&](const NamedDuration &title) { return title.name == lone; }));
    const auto built = building.summary(range, kHostB);
    QVERIFY2(built, qPrintable(building.error()));
    QCOMPARE(figures(*built), figures(*expected));

    ReportEngine fresh(m_fx.path(), kBerlin); // reads the texts from the file
    fresh.setRollupsEnabled(true);
    QVERIFY2(fresh.loadSettings(), qPrintable(fresh.error()));
    const auto read = fresh.summary(range, kHostB);
    QVERIFY2(read, qPrintable(fresh.error()));
    QCOMPARE(figures(*read), figures(*expected));

    // Text pages cut short or run long: a fresh engine reads none of their texts and builds the
    // days again.
    for (const QString &damage : {u"CAST(data || x'00' AS BLOB)"_s, u"substr(data, 1, 10)"_s}) {
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"damage"_s);
            db.setDatabaseName(RollupStore::pathFor(m_fx.path()));
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY2(q.exec(u"UPDATE text_pages SET data = "_s + damage), qPrintable(q.lastError().text()));
            QVERIFY(q.numRowsAffected() > 0);
        }
        QSqlDatabase::removeDatabase(u"damage"_s);
        QTest::ignoreMessage(QtInfoMsg, QRegularExpression(u"^Built the report rollups of \\d+ days \\(beta\\)"_s));
        ReportEngine again(m_fx.path(), kBerlin);
        again.setRollupsEnabled(true);
        QVERIFY2(again.loadSettings(), qPrintable(again.error()));
        const auto rebuilt = again.summary(range, kHostB);
        QVERIFY2(rebuilt, qPrintable(again.error()));
        QCOMPARE(figures(*rebuilt), figures(*expected));
    }
}

QTEST_GUILESS_MAIN(TestRollups)
#include "TestRollups.moc"
