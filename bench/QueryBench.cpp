#include "QueryBench.h"

#include "reports/ReportEngine.h"
#include "reports/RollupStore.h"
#include "storage/EventReader.h"

#include <QElapsedTimer>
#include <QFile>

#include <algorithm>
#include <functional>
#include <vector>

using namespace Qt::StringLiterals;

namespace stint::bench {
namespace {

const QTimeZone kZone(QByteArrayLiteral("Europe/Berlin")); // the zone `generate` writes in
constexpr int kColdRuns = 3;                               // cold year summaries, as many scans between them

double millis(qint64 nanos)
{
    return double(nanos) / 1e6;
}

QString ms(double value)
{
    return QString::number(value, 'f', value < 10 ? 2 : 1);
}

struct Timed
{
    double ms = 0;
    bool ok = false;
    qint64 active = 0;
    qint64 segments = 0;
};

Timed timeSummary(ReportEngine &engine, spans::Period range)
{
    QElapsedTimer timer;
    timer.start();
    const auto summary = engine.summary(range);
    Timed timed;
    timed.ms = millis(timer.nsecsElapsed());
    timed.ok = summary.has_value();
    if (summary)
        timed.active = summary->activeTime;
    return timed;
}

} // namespace

int runQueryBench(const QString &databasePath, QTextStream &out, QTextStream &err)
{
    spans::Period history;
    QStringList bucketIds;
    {
        EventReader reader(databasePath);
        const auto buckets = reader.isOpen() ? reader.buckets() : std::nullopt;
        if (!buckets) {
            err << u"stint-bench: %1"_s.arg(reader.error()) << '\n';
            return 1;
        }
        std::optional<qint64> first;
        std::optional<qint64> last;
        for (const Bucket &bucket : *buckets) {
            bucketIds.append(bucket.id);
            if (bucket.type == u"currentwindow"_s && bucket.firstStart && bucket.lastEnd) {
                first = std::min(first.value_or(*bucket.firstStart), *bucket.firstStart);
                last = std::max(last.value_or(*bucket.lastEnd), *bucket.lastEnd);
            }
        }
        if (!first) {
            err << u"stint-bench: no window events in %1; run `stint-bench generate` first"_s.arg(databasePath) << '\n';
            return 1;
        }
        history = {*first, *last};
    }

    // Calendar ranges in the generator's zone with the default start of day (04:00).
    const ReportCalendar calendar(kZone);
    const QDate firstDay = calendar.dateOf(history.start);
    const QDate lastDay = calendar.dateOf(history.end - 1);
    // The last full working day and its week.
    QDate day = lastDay.addDays(-1);
    while (day.dayOfWeek() >= Qt::Saturday)
        day = day.addDays(-1);
    const spans::Period dayRange = calendar.day(day);
    const spans::Period weekRange = calendar.week(day);
    // The last 365 days of the history (all of it when it is shorter).
    const QDate yearFirst = std::max(firstDay, lastDay.addDays(-364));
    const spans::Period yearRange{calendar.dayStart(yearFirst), calendar.day(lastDay).end};
    out << u"history: %1 .. %2 (%3 days); day %4, week of %5, year %6 .. %2"_s
               .arg(firstDay.toString(Qt::ISODate), lastDay.toString(Qt::ISODate))
               .arg(firstDay.daysTo(lastDay) + 1)
               .arg(day.toString(Qt::ISODate), calendar.firstDayOfWeek(day).toString(Qt::ISODate),
                    yearFirst.toString(Qt::ISODate))
        << '\n';

    const auto fail = [&](const QString &what, const ReportEngine &engine) {
        err << u"stint-bench: %1 failed: %2"_s.arg(what, engine.error()) << '\n';
        return 1;
    };
    // A fresh engine (new reader connection, nothing interned or cached in memory) with the
    // stored settings, then `work`; the time includes opening and loading the settings.
    const auto fresh = [&](bool rollups, const std::function<bool(ReportEngine &)> &work) {
        QElapsedTimer timer;
        timer.start();
        ReportEngine engine(databasePath, kZone);
        engine.setRollupsEnabled(rollups);
        const bool ok = engine.loadSettings() && work(engine);
        return std::pair{ok ? millis(timer.nsecsElapsed()) : -1.0, engine.error()};
    };

    // Day and week: warm, the best of a few runs in one engine.
    struct Row
    {
        QString name;
        spans::Period range;
        Timed cold;
        Timed warm;
    };
    std::vector<Row> rows{{u"day"_s, dayRange, {}, {}}, {u"week"_s, weekRange, {}, {}}};
    constexpr int kWarmRuns = 5;
    for (Row &row : rows) {
        ReportEngine engine(databasePath, kZone);
        QElapsedTimer timer;
        timer.start();
        if (!engine.loadSettings())
            return fail(u"loading the settings"_s, engine);
        row.cold = timeSummary(engine, row.range);
        row.cold.ms = millis(timer.nsecsElapsed());
        if (!row.cold.ok)
            return fail(u"the %1 summary"_s.arg(row.name), engine);
        row.warm.ms = 1e18;
        for (int i = 0; i < kWarmRuns; ++i) {
            const Timed again = timeSummary(engine, row.range);
            if (!again.ok || again.active != row.cold.active)
                return fail(u"the %1 summary changed between runs or"_s.arg(row.name), engine);
            row.warm.ms = std::min(row.warm.ms, again.ms);
        }
        out << u"%1: cold %2 ms (fresh engine incl. opening and settings), warm %3 ms; %4 h active"_s.arg(row.name)
                   .arg(ms(row.cold.ms), ms(row.warm.ms))
                   .arg(double(row.cold.active) / 3600e9, 0, 'f', 1)
            << '\n';
        out.flush();
    }

    // The year: without rollups (every event read), cold (no stored rollups: all days built and
    // stored) and warm (a fresh engine adding up the stored rollups; best of 3), all equal.
    qint64 yearActive = 0;
    const auto yearSummary = [&](qint64 *active) {
        return [&, active](ReportEngine &engine) {
            const auto summary = engine.summary(yearRange);
            if (summary)
                *active = summary->activeTime;
            return summary.has_value();
        };
    };
    const auto [uncachedMs, uncachedError] = fresh(false, yearSummary(&yearActive));
    if (uncachedMs < 0) {
        err << u"stint-bench: the year summary without rollups failed: %1"_s.arg(uncachedError) << '\n';
        return 1;
    }
    // The baseline: every row of every bucket in the year range read into memory through one
    // fresh EventReader (EventReader::events, which parses each row's JSON).
    qint64 scanned = 0;
    const auto scanOnce = [&]() -> double {
        QElapsedTimer timer;
        timer.start();
        EventReader reader(databasePath);
        qint64 rowsRead = 0;
        for (const QString &id : bucketIds) {
            const auto events = reader.events(id, {yearRange.start, yearRange.end});
            if (!events) {
                err << u"stint-bench: scan failed: %1"_s.arg(reader.error()) << '\n';
                return -1;
            }
            rowsRead += events->size();
        }
        scanned = rowsRead;
        return millis(timer.nsecsElapsed());
    };
    // Cold and scan take turns, kColdRuns times each, and each keeps its best: both see the machine
    // in the same moods, and a cold run is as much a first time as the first (the rollups file is
    // removed before each).
    const QString rollupsPath = RollupStore::pathFor(databasePath);
    qint64 active = 0;
    std::vector<double> coldRuns;
    std::vector<double> scanRuns;
    for (int run = 0; run < kColdRuns; ++run) {
        // Which goes first alternates too.
        if (run % 2 == 1) {
            const double scanRunMs = scanOnce();
            if (scanRunMs < 0)
                return 1;
            scanRuns.push_back(scanRunMs);
        }
        for (const QString &suffix : {u""_s, u"-wal"_s, u"-shm"_s})
            QFile::remove(rollupsPath + suffix);
        const auto [coldMs, coldError] = fresh(true, yearSummary(&active));
        if (coldMs < 0 || active != yearActive) {
            err << u"stint-bench: the cold year summary failed or differs: %1"_s.arg(coldError) << '\n';
            return 1;
        }
        coldRuns.push_back(coldMs);
        if (run % 2 == 0) {
            const double scanRunMs = scanOnce();
            if (scanRunMs < 0)
                return 1;
            scanRuns.push_back(scanRunMs);
        }
    }
    const double yearMs = *std::min_element(coldRuns.begin(), coldRuns.end());
    const double scanMs = *std::min_element(scanRuns.begin(), scanRuns.end());
    double yearWarmMs = 1e18;
    for (int run = 0; run < 3; ++run) {
        const auto [runMs, warmError] = fresh(true, yearSummary(&active));
        if (runMs < 0 || active != yearActive) {
            err << u"stint-bench: the warm year summary failed or differs: %1"_s.arg(warmError) << '\n';
            return 1;
        }
        yearWarmMs = std::min(yearWarmMs, runMs);
    }
    // And in one engine that keeps the rollups in memory, as the app's reading threads do.
    double yearMemoryMs = 1e18;
    fresh(true, [&](ReportEngine &engine) {
        for (int run = 0; run < 4; ++run) {
            const Timed again = timeSummary(engine, yearRange);
            if (run > 0 && again.ok && again.active == yearActive)
                yearMemoryMs = std::min(yearMemoryMs, again.ms);
        }
        return true;
    });
    const auto runsOf = [&](const std::vector<double> &runs) {
        QStringList all;
        for (const double run : runs)
            all.append(ms(run));
        return all.join(u", "_s);
    };
    out << u"year: without rollups %1 ms, cold %2 ms (rollups built and stored; best of %6: %7), warm %3 ms (fresh "
           u"engine, stored rollups, best of 3), %5 ms (again in one engine, best of 3); %4 h active"_s
               .arg(ms(uncachedMs), ms(yearMs), ms(yearWarmMs))
               .arg(double(yearActive) / 3600e9, 0, 'f', 1)
               .arg(ms(yearMemoryMs))
               .arg(kColdRuns)
               .arg(runsOf(coldRuns))
        << '\n';
    out << u"scan: %1 rows of %2 buckets read through EventReader::events in %3 ms (fresh reader, best of %4: %5; "
           u"taking turns with the cold runs)"_s.arg(scanned)
               .arg(bucketIds.size())
               .arg(ms(scanMs))
               .arg(kColdRuns)
               .arg(runsOf(scanRuns))
        << '\n';
    out.flush();

    // Trends of 52 weeks ending with the history's last day, end to end (a fresh engine, settings,
    // both spans of 52 weeks and the figures): once building the missing rollups (cold), then
    // from stored ones (warm, best of 3), and without rollups.
    std::optional<Trends> trends;
    const auto trendsOf = [&](ReportEngine &engine) {
        trends = engine.trends({TrendsSpan::Unit::Week, 52}, lastDay);
        return trends.has_value();
    };
    const auto [trendsUncachedMs, trendsUncachedError] = fresh(false, trendsOf);
    const qint64 trendsActive = trends ? trends->activeTime : -1;
    const auto [trendsColdMs, trendsColdError] = fresh(true, trendsOf);
    double trendsMs = 1e18;
    for (int run = 0; run < 3 && trendsColdMs >= 0; ++run)
        trendsMs = std::min(trendsMs, fresh(true, trendsOf).first);
    if (trendsUncachedMs < 0 || trendsColdMs < 0 || trendsMs < 0 || trends->activeTime != trendsActive) {
        err << u"stint-bench: the trends failed or differ: %1"_s.arg(trendsUncachedError + trendsColdError) << '\n';
        return 1;
    }
    out << u"trends: 52 weeks from %1: without rollups %2 ms, cold %3 ms, warm %4 ms (fresh engine incl. opening "
           u"and settings); %5 h active, %6 against the 52 weeks before"_s
               .arg(trends->firstDay.toString(Qt::ISODate), ms(trendsUncachedMs), ms(trendsColdMs), ms(trendsMs))
               .arg(double(trends->activeTime) / 3600e9, 0, 'f', 1)
               .arg(Trends::changeText(trends->change))
        << '\n';
    out << u"(below: day and week warm; the year cold (no rollups stored) and warm (stored rollups, fresh engine); "
           u"trends warm; ratio = year / scan)"_s
        << '\n';
    out << u"query: day_ms=%1 week_ms=%2 year_ms=%3 year_warm_ms=%4 trends_ms=%5 scan_ms=%6 ratio=%7 warm_ratio=%8"_s
               .arg(ms(rows[0].warm.ms), ms(rows[1].warm.ms), ms(yearMs), ms(yearWarmMs), ms(trendsMs), ms(scanMs))
               .arg(yearMs / scanMs, 0, 'f', 2)
               .arg(yearWarmMs / scanMs, 0, 'f', 3)
        << '\n';
    return 0;
}

} // namespace stint::bench
