#include "QueryBench.h"

#include "reports/ReportEngine.h"
#include "storage/EventReader.h"

#include <QElapsedTimer>

#include <algorithm>
#include <functional>

using namespace Qt::StringLiterals;

namespace stint::bench {
namespace {

const QTimeZone kZone(QByteArrayLiteral("Europe/Berlin")); // the zone `generate` writes in

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
    const QDate lastDay = calendar.dateOf(history.end - 1);
    // The last full working day and its week.
    QDate day = lastDay.addDays(-1);
    while (day.dayOfWeek() >= Qt::Saturday)
        day = day.addDays(-1);
    const spans::Period dayRange = calendar.day(day);
    const spans::Period weekRange = calendar.week(day);
    const spans::Period yearRange{calendar.dayStart(calendar.dateOf(history.start)), calendar.day(lastDay).end};
    out << u"history: %1 .. %2 (%3 days); day %4, week of %5"_s
               .arg(calendar.dateOf(history.start).toString(Qt::ISODate), lastDay.toString(Qt::ISODate))
               .arg(calendar.dateOf(history.start).daysTo(lastDay) + 1)
               .arg(day.toString(Qt::ISODate), calendar.firstDayOfWeek(day).toString(Qt::ISODate))
        << '\n';

    struct Row
    {
        QString name;
        spans::Period range;
        Timed cold;
        Timed warm;
    };
    std::vector<Row> rows{{u"day"_s, dayRange, {}, {}}, {u"week"_s, weekRange, {}, {}}, {u"year"_s, yearRange, {}, {}}};
    constexpr int kWarmRuns = 5;
    for (Row &row : rows) {
        // Cold: a fresh engine (new reader connection, nothing interned or cached).
        ReportEngine engine(databasePath, kZone);
        QElapsedTimer timer;
        timer.start();
        if (!engine.loadSettings()) {
            err << u"stint-bench: %1"_s.arg(engine.error()) << '\n';
            return 1;
        }
        row.cold = timeSummary(engine, row.range);
        row.cold.ms = millis(timer.nsecsElapsed());
        // Warm: the same engine again; the best of a few runs.
        row.warm.ms = 1e18;
        for (int i = 0; i < (row.name == u"year"_s ? 2 : kWarmRuns); ++i) {
            const Timed again = timeSummary(engine, row.range);
            if (!again.ok || again.active != row.cold.active) {
                err << u"stint-bench: the %1 summary failed or changed between runs: %2"_s.arg(row.name, engine.error())
                    << '\n';
                return 1;
            }
            row.warm.ms = std::min(row.warm.ms, again.ms);
        }
        if (!row.cold.ok) {
            err << u"stint-bench: the %1 summary failed: %2"_s.arg(row.name, engine.error()) << '\n';
            return 1;
        }
        out << u"%1: cold %2 ms (fresh engine incl. opening and settings), warm %3 ms; %4 h active"_s.arg(row.name)
                   .arg(ms(row.cold.ms), ms(row.warm.ms))
                   .arg(double(row.cold.active) / 3600e9, 0, 'f', 1)
            << '\n';
        out.flush();
    }

    // The baseline: every row of every bucket in the year range read into memory through one
    // fresh EventReader (EventReader::events, which parses each row's JSON), best of two.
    double scanMs = 1e18;
    qint64 scanned = 0;
    for (int run = 0; run < 2; ++run) {
        QElapsedTimer timer;
        timer.start();
        EventReader reader(databasePath);
        qint64 rowsRead = 0;
        for (const QString &id : bucketIds) {
            const auto events = reader.events(id, {yearRange.start, yearRange.end});
            if (!events) {
                err << u"stint-bench: scan failed: %1"_s.arg(reader.error()) << '\n';
                return 1;
            }
            rowsRead += events->size();
        }
        scanMs = std::min(scanMs, millis(timer.nsecsElapsed()));
        scanned = rowsRead;
    }
    out << u"scan: %1 rows of %2 buckets read through EventReader::events in %3 ms (fresh reader, best of 2)"_s
               .arg(scanned)
               .arg(bucketIds.size())
               .arg(ms(scanMs))
        << '\n';
    // Trends of 52 weeks ending with the history's last day, end to end: a fresh engine, settings,
    // the activity of both spans (104 weeks) and the figures.
    double trendsMs = 0;
    {
        QElapsedTimer timer;
        timer.start();
        ReportEngine engine(databasePath, kZone);
        const auto trends = engine.loadSettings() ? engine.trends({TrendsSpan::Unit::Week, 52}, lastDay) : std::nullopt;
        trendsMs = millis(timer.nsecsElapsed());
        if (!trends) {
            err << u"stint-bench: the trends failed: %1"_s.arg(engine.error()) << '\n';
            return 1;
        }
        out << u"trends: 52 weeks from %1, cold %2 ms (fresh engine incl. opening and settings); %3 h active, %4 "
               u"against the 52 weeks before"_s.arg(trends->firstDay.toString(Qt::ISODate), ms(trendsMs))
                   .arg(double(trends->activeTime) / 3600e9, 0, 'f', 1)
                   .arg(Trends::changeText(trends->change))
            << '\n';
    }
    const double yearMs = rows[2].cold.ms;
    out << u"(below: day and week warm, the year cold as the scan is; ratio = year / scan)"_s << '\n';
    out << u"query: day_ms=%1 week_ms=%2 year_ms=%3 scan_ms=%4 ratio=%5 trends_ms=%6"_s
               .arg(ms(rows[0].warm.ms), ms(rows[1].warm.ms), ms(yearMs), ms(scanMs))
               .arg(yearMs / scanMs, 0, 'f', 2)
               .arg(ms(trendsMs))
        << '\n';
    return 0;
}

} // namespace stint::bench
