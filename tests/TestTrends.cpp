// Trends against hand-computed figures: weekly and monthly totals, the change against the span
// before, the busiest day and the daily average, across Berlin's autumn DST change, with the 04:00
// start of day cutting a night in two and weeks starting on Monday or Sunday.
#include "StoreFixture.h"
#include "reports/ReportEngine.h"

#include <QJsonArray>

using namespace stint;
using namespace stint::test;

namespace {

const QTimeZone kBerlin(QByteArrayLiteral("Europe/Berlin"));
constexpr qint64 kHour = 3600 * kSecond;
const QDate kToday(2026, 11, 18); // a Wednesday

qint64 local(QDate date, int hour)
{
    return Timestamp::fromDateTime(QDateTime(date, QTime(hour, 0), kBerlin));
}

// An event from `hour` on `date` to `endHour` on `endDate` (local times).
Event span(QDate date, int hour, QDate endDate, int endHour, const QString &title)
{
    const qint64 start = local(date, hour);
    return Event{0, start, local(endDate, endHour) - start, win(u"Editor"_s, title)};
}

// Work (score 1) for "code", Media (score -1) for "video".
CategoryRules rules()
{
    const auto rule = [](const QString &name, const QString &regex, int score) {
        return QJsonObject{{u"name"_s, QJsonArray{name}},
                           {u"rule"_s, QJsonObject{{u"type"_s, u"regex"_s}, {u"regex"_s, regex}}},
                           {u"data"_s, QJsonObject{{u"color"_s, u"#336699"_s}, {u"score"_s, score}}}};
    };
    QString error;
    const auto parsed =
        CategoryRules::fromJson(QJsonArray{rule(u"Work"_s, u"code"_s, 1), rule(u"Media"_s, u"video"_s, -1)}, &error);
    Q_ASSERT(parsed);
    return *parsed;
}

const TrendCategory *category(const Trends &trends, const QString &name)
{
    for (const TrendCategory &entry : trends.categories) {
        if (entry.name == name)
            return &entry;
    }
    return nullptr;
}

} // namespace

class TestTrends : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void fourWeeksFromMonday();
    void fourWeeksFromSunday();
    void twoMonths();
    void emptySpanHasNoChange();
    void jsonCarriesTheFigures();

private:
    std::optional<Trends> trends(TrendsSpan span, Qt::DayOfWeek weekStart = Qt::Monday);

    StoreFixture m_fx;
};

void TestTrends::initTestCase()
{
    QVERIFY(m_fx.openWithBucket());
    // No AFK bucket: all window time is active.
    const EventList events{
        // The autumn DST change (Oct 25, 03:00 CEST -> 02:00 CET) inside a 25-hour day: 8 real hours,
        // 7 in the day of Oct 24 (until Oct 25, 04:00 CET) and 1 in Oct 25.
        span({2026, 10, 24}, 22, {2026, 10, 25}, 5, u"code"_s),
        // Before 04:00 it is still the previous day: Oct 1, then Oct 2.
        span({2026, 10, 2}, 3, {2026, 10, 2}, 4, u"code"_s),
        span({2026, 10, 2}, 4, {2026, 10, 2}, 6, u"code"_s),
        // 1 h in Sunday Oct 25 and 1 h in Monday Oct 26.
        span({2026, 10, 26}, 3, {2026, 10, 26}, 5, u"video"_s),
        span({2026, 11, 9}, 9, {2026, 11, 9}, 10, u"code"_s),
        // A night across the week start: 5 h in Sunday Nov 15, 1 h in Monday Nov 16.
        span({2026, 11, 15}, 23, {2026, 11, 16}, 5, u"code"_s),
        span({2026, 11, 16}, 10, {2026, 11, 16}, 12, u"code"_s),
        span({2026, 11, 17}, 10, {2026, 11, 17}, 11, u"video"_s),
        span({2026, 11, 18}, 8, {2026, 11, 18}, 11, u"code"_s),
    };
    QVERIFY(await(m_fx.store().insertEvents(kWindowBucket, events)).ok());
    QVERIFY(await(m_fx.store().forceCommit()).ok());
}

std::optional<Trends> TestTrends::trends(TrendsSpan span, Qt::DayOfWeek weekStart)
{
    ReportEngine engine(m_fx.path(), kBerlin);
    engine.setCategories(rules());
    engine.setCalendar(ReportCalendar(kBerlin, QTime(4, 0), weekStart));
    return engine.trends(span, kToday);
}

void TestTrends::fourWeeksFromMonday()
{
    const auto result = trends({TrendsSpan::Unit::Week, 4});
    QVERIFY(result);
    const Trends &t = *result;
    // Weeks from Oct 26, Nov 2, Nov 9 and Nov 16 (to today): 24 days; before them Oct 2 to Oct 25.
    QCOMPARE(t.firstDay, QDate(2026, 10, 26));
    QCOMPARE(t.days(), 24);
    QCOMPARE(t.previousFirstDay, QDate(2026, 10, 2));
    QCOMPARE(t.previousLastDay, QDate(2026, 10, 25));
    QCOMPARE(t.range.start, local({2026, 10, 26}, 4));
    QCOMPARE(t.range.end, local({2026, 11, 19}, 4));
    QCOMPARE(t.periods.size(), 4);
    QCOMPARE(t.periods.at(3).firstDay, QDate(2026, 11, 16));
    QCOMPARE(t.periods.at(3).lastDay, kToday);

    // Per week: 1 h video; nothing; 1 h + 5 h code; 1 + 2 + 3 h code and 1 h video.
    QCOMPARE(t.categories.size(), 2);
    QCOMPARE(t.categories.at(0).name, u"Work"_s);
    QCOMPARE(t.categories.at(1).name, u"Media"_s);
    const QList<std::vector<qint64>> expected{{0, 1 * kHour}, {0, 0}, {6 * kHour, 0}, {6 * kHour, 1 * kHour}};
    for (qsizetype i = 0; i < expected.size(); ++i) {
        QCOMPARE(t.periods.at(i).times, expected.at(i));
        QCOMPARE(t.periods.at(i).activeTime, expected.at(i)[0] + expected.at(i)[1]);
    }
    QCOMPARE(t.periods.at(0).productivity, -1.0);
    QCOMPARE(t.periods.at(1).productivity, 0.0);
    QCOMPARE(t.periods.at(2).productivity, 1.0);
    QCOMPARE(t.periods.at(3).productivity, 5.0 / 7.0);
    QCOMPARE(t.periods.at(3).share(0), 6.0 / 7.0);

    // 14 h now; before: 8 h across the DST night, 2 h on Oct 2, 1 h video early on Oct 26.
    QCOMPARE(t.activeTime, 14 * kHour);
    QCOMPARE(t.previousTime, 11 * kHour);
    QCOMPARE(*t.change, 300.0 / 11.0);
    QCOMPARE(category(t, u"Work"_s)->activeTime, 12 * kHour);
    QCOMPARE(category(t, u"Work"_s)->previousTime, 10 * kHour);
    QCOMPARE(*category(t, u"Work"_s)->change, 20.0);
    QCOMPARE(*category(t, u"Media"_s)->change, 100.0);
    QCOMPARE(t.productivity, 10.0 / 14.0);
    QCOMPARE(t.dailyAverage, 14 * kHour / 24); // 35 min
    QCOMPARE(t.busiestDay, QDate(2026, 11, 15));
    QCOMPARE(t.busiestDayTime, 5 * kHour);
}

void TestTrends::fourWeeksFromSunday()
{
    const auto result = trends({TrendsSpan::Unit::Week, 4}, Qt::Sunday);
    QVERIFY(result);
    const Trends &t = *result;
    // Weeks from Oct 25, Nov 1, Nov 8 and Nov 15: 25 days; before them Sep 30 to Oct 24.
    QCOMPARE(t.firstDay, QDate(2026, 10, 25));
    QCOMPARE(t.days(), 25);
    QCOMPARE(t.previousFirstDay, QDate(2026, 9, 30));
    const QList<qint64> weeks{3 * kHour, 0, 1 * kHour, 12 * kHour};
    for (qsizetype i = 0; i < weeks.size(); ++i)
        QCOMPARE(t.periods.at(i).activeTime, weeks.at(i));
    // Before: the 7 h of the 25-hour Oct 24, and 1 + 2 h on Oct 1 and 2.
    QCOMPARE(t.activeTime, 16 * kHour);
    QCOMPARE(t.previousTime, 10 * kHour);
    QCOMPARE(*t.change, 60.0);
    QCOMPARE(t.dailyAverage, 16 * kHour / 25);
    QCOMPARE(t.busiestDay, QDate(2026, 11, 15));
}

void TestTrends::twoMonths()
{
    const auto result = trends({TrendsSpan::Unit::Month, 2});
    QVERIFY(result);
    const Trends &t = *result;
    QCOMPARE(t.periods.size(), 2);
    QCOMPARE(t.periods.at(0).firstDay, QDate(2026, 10, 1));
    QCOMPARE(t.periods.at(0).lastDay, QDate(2026, 10, 31));
    QCOMPARE(t.periods.at(1).lastDay, kToday);
    QCOMPARE(t.periods.at(0).activeTime, 13 * kHour);
    QCOMPARE(t.periods.at(1).activeTime, 13 * kHour);
    QCOMPARE(t.days(), 49);
    QCOMPARE(t.previousTime, qint64(0));
    QVERIFY(!t.change);
    QCOMPARE(Trends::changeText(t.change), u"\u2013"_s);
    QVERIFY(!category(t, u"Work"_s)->change);
}

void TestTrends::emptySpanHasNoChange()
{
    ReportEngine engine(m_fx.path(), kBerlin);
    const auto result = engine.trends({TrendsSpan::Unit::Week, 4}, QDate(2020, 1, 8));
    QVERIFY(result);
    QCOMPARE(result->activeTime, qint64(0));
    QVERIFY(!result->busiestDay.isValid());
    QVERIFY(result->categories.isEmpty());
    QCOMPARE(result->periods.size(), 4);
    QCOMPARE(result->dailyAverage, qint64(0));
}

void TestTrends::jsonCarriesTheFigures()
{
    const auto result = trends({TrendsSpan::Unit::Week, 4});
    QVERIFY(result);
    const QJsonObject json = result->toJson();
    QCOMPARE(json.value(u"unit"_s).toString(), u"week"_s);
    QCOMPARE(json.value(u"active"_s).toDouble(), 14 * 3600.0);
    QCOMPARE(json.value(u"previous"_s).toDouble(), 11 * 3600.0);
    QCOMPARE(json.value(u"daily_average"_s).toDouble(), 2100.0);
    QCOMPARE(json.value(u"busiest_day"_s).toObject().value(u"date"_s).toString(), u"2026-11-15"_s);
    const QJsonArray periods = json.value(u"periods"_s).toArray();
    QCOMPARE(periods.size(), 4);
    QCOMPARE(periods.at(2).toObject().value(u"categories"_s).toObject().value(u"Work"_s).toDouble(), 6 * 3600.0);
    QCOMPARE(periods.at(3).toObject().value(u"shares"_s).toObject().value(u"Media"_s).toDouble(), 1.0 / 7.0);
    QCOMPARE(json.value(u"categories"_s).toArray().at(0).toObject().value(u"change"_s).toDouble(), 20.0);
    QCOMPARE(Trends::changeText(20.0), u"+20.0%"_s);
    QCOMPARE(Trends::changeText(-12.34), u"-12.3%"_s);
}

QTEST_GUILESS_MAIN(TestTrends)
#include "TestTrends.moc"
