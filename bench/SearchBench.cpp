#include "SearchBench.h"

#include "reports/ActivitySearch.h"
#include "reports/ReportEngine.h"
#include "reports/SearchIndex.h"
#include "storage/EventReader.h"
#include "util/DisplayText.h"

#include <QElapsedTimer>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace stint::bench {
namespace {

const QTimeZone kZone(QByteArrayLiteral("Europe/Berlin")); // the zone `generate` writes in

QString ms(double value)
{
    return QString::number(value, 'f', value < 10 ? 2 : 1);
}

double millis(const QElapsedTimer &timer)
{
    return double(timer.nsecsElapsed()) / 1e6;
}

struct Query
{
    QString text;
    bool regex = false;
};

} // namespace

int runSearchBench(const QString &databasePath, QTextStream &out, QTextStream &err)
{
    QStringList bucketIds;
    qint64 now = 0; // a minute after the last window event: "now" for the index's cut
    {
        EventReader reader(databasePath);
        const auto buckets = reader.isOpen() ? reader.buckets() : std::nullopt;
        if (!buckets) {
            err << u"stint-bench: %1"_s.arg(reader.error()) << '\n';
            return 1;
        }
        for (const Bucket &bucket : *buckets) {
            bucketIds.append(bucket.id);
            if (bucket.type == u"currentwindow"_s && bucket.lastEnd)
                now = std::max(now, *bucket.lastEnd + 60'000'000'000);
        }
    }
    const QList<Query> queries{
        {u"github"_s, false}, {u"wireshark"_s, false}, {u"stack ?overflow|cppreference"_s, true}};
    double coldTotal = 0;
    double warmTotal = 0;
    double scanTotal = 0;
    double indexedTotal = 0;
    // One index for all queries, as the search window keeps it; built by the first query.
    ReportEngine indexEngine(databasePath, kZone);
    SearchIndex index;
    double indexBuildMs = 0;
    for (const Query &query : queries) {
        QString error;
        const auto pattern = ActivitySearch::compile(query.text, query.regex, &error);
        if (!pattern) {
            err << u"stint-bench: %1"_s.arg(error) << '\n';
            return 1;
        }
        // Cold: a fresh engine (new connection, nothing interned), settings included.
        QElapsedTimer timer;
        timer.start();
        ReportEngine engine(databasePath, kZone);
        if (!engine.loadSettings()) {
            err << u"stint-bench: %1"_s.arg(engine.error()) << '\n';
            return 1;
        }
        const auto cold = ActivitySearch::run(engine, *pattern, ActivitySearch::kWholeHistory, &error);
        const double coldMs = millis(timer);
        if (!cold) {
            err << u"stint-bench: the search failed: %1"_s.arg(error) << '\n';
            return 1;
        }
        // Warm: the same engine again (the data interned, the rows read again), best of two.
        double warmMs = 1e18;
        for (int run = 0; run < 2; ++run) {
            timer.restart();
            const auto warm = ActivitySearch::run(engine, *pattern, ActivitySearch::kWholeHistory, &error);
            warmMs = std::min(warmMs, millis(timer));
            if (!warm || warm->activeTime != cold->activeTime || warm->hits.size() != cold->hits.size()) {
                err << u"stint-bench: the search changed between runs: %1"_s.arg(error) << '\n';
                return 1;
            }
        }
        // The baseline: every row's data text tested with the same pattern, through a fresh reader.
        timer.restart();
        EventReader reader(databasePath);
        qint64 rows = 0;
        qint64 matching = 0;
        for (const QString &id : bucketIds) {
            const bool ok = reader.forEachRow(id, {}, [&](qint64, qint64, qint64, const QString &data) {
                ++rows;
                if (pattern->match(data).hasMatch())
                    ++matching;
            });
            if (!ok) {
                err << u"stint-bench: scan failed: %1"_s.arg(reader.error()) << '\n';
                return 1;
            }
        }
        const double scanMs = millis(timer);
        // With the index: the first query builds the past, the others read only the recent days.
        timer.restart();
        if (index.builds() == 0 && !indexEngine.loadSettings()) {
            err << u"stint-bench: %1"_s.arg(indexEngine.error()) << '\n';
            return 1;
        }
        const auto first = index.run(indexEngine, *pattern, ActivitySearch::kWholeHistory, now, &error);
        const double firstMs = millis(timer);
        double indexedMs = 1e18;
        for (int run = 0; run < 3; ++run) {
            timer.restart();
            const auto again = index.run(indexEngine, *pattern, ActivitySearch::kWholeHistory, now, &error);
            indexedMs = std::min(indexedMs, millis(timer));
            if (!first || !again || again->hits.size() != first->hits.size() || again->activeTime != first->activeTime
                || index.builds() != 1) {
                err << u"stint-bench: the indexed search failed or changed: %1"_s.arg(error) << '\n';
                return 1;
            }
        }
        if (indexBuildMs == 0)
            indexBuildMs = firstMs;
        // The index cuts at the start of yesterday: seconds may differ at the cut, never more.
        const qint64 drift = std::abs(first->activeTime - cold->activeTime);
        out << u"\"%1\"%2: %3 results, %4 active; search cold %5 ms, warm %6 ms; indexed %7 ms (first %8 ms, "
               u"%9 s apart from the plain search); scan of %10 rows (%11 matching) %12 ms"_s
                   .arg(query.text, query.regex ? u" (regex)"_s : QString())
                   .arg(cold->hits.size())
                   .arg(display::clockDuration(cold->activeTime), ms(coldMs), ms(warmMs), ms(indexedMs), ms(firstMs))
                   .arg(double(drift) / 1e9, 0, 'f', 1)
                   .arg(rows)
                   .arg(matching)
                   .arg(ms(scanMs))
            << '\n';
        out.flush();
        coldTotal += coldMs;
        warmTotal += warmMs;
        scanTotal += scanMs;
        indexedTotal += indexedMs;
    }
    const auto n = double(queries.size());
    out << u"(means over the queries; index_build_ms: the first indexed search; ratio = indexed search / scan)"_s
        << '\n';
    out << u"search: cold_ms=%1 warm_ms=%2 index_build_ms=%3 indexed_ms=%4 scan_ms=%5 ratio=%6"_s
               .arg(ms(coldTotal / n), ms(warmTotal / n), ms(indexBuildMs), ms(indexedTotal / n), ms(scanTotal / n))
               .arg(indexedTotal / scanTotal, 0, 'f', 3)
        << '\n';
    return 0;
}

} // namespace stint::bench
