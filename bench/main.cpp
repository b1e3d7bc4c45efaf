// stint-bench: measured throughput of Stint's write path against raw SQLite, report timings and
// the idle footprint of the tracker, each against a baseline measured in the same run.
#include "FootprintBench.h"
#ifdef STINT_BENCH_HAS_GUI
#include "GuiFootprint.h"
#endif
#include "HistoryGenerator.h"
#include "HttpBench.h"
#include "IngestBench.h"
#include "QueryBench.h"
#include "SearchBench.h"
#include "Workload.h"

#include "util/DataLocation.h"

#ifdef STINT_BENCH_HAS_GUI
#include <QApplication>
#endif
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>
#include <memory>

using namespace Qt::StringLiterals;

namespace stint::bench {
namespace {

constexpr qint64 kDefaultEvents = 200'000;
constexpr qint64 kMaxEvents = 100'000'000; // the workload is held in memory before timing

enum Exit { Ok = 0, RunFailed = 1, UsageError = 2 };

QString usage()
{
    return uR"(Usage: stint-bench <subcommand> [options]

Subcommands:
  ingest [--events N]   Heartbeat ingest throughput: N window-watcher heartbeats (default 200000,
                        ~80 % merges) posted from a producer thread through stint::Datastore,
                        then the same workload written with raw libsqlite3. Both runs are
                        verified against the expected events. The last line reads
                        "ingest: stint=<N>/s raw=<N>/s ratio=<stint/raw>".
  generate (--days N | --years N) --data-dir DIR [--seed S]
                        Writes a synthetic history of N days from 2025-01-01, or of N whole
                        years ending 2025-12-31 (work days, ~40 apps, AFK breaks,
                        nights away, a Firefox bucket, pauses, Europe/Berlin DST changes) into
                        DIR's stint.db through the datastore. DIR must not hold a database yet.
  query --data-dir DIR  Times day and week summaries (warm), the last year's summary cold
                        (no per-day rollups yet: built and stored) and warm (a fresh engine
                        reading the stored rollups), and the trends of 52 weeks (warm) on DIR's
                        database against reading the last year's rows through EventReader
                        (cold and that scan take turns, three times each; best of each). The
                        last line reads "query: day_ms=<x> week_ms=<x> year_ms=<cold>
                        year_warm_ms=<x> trends_ms=<x> scan_ms=<x> ratio=<year/scan>
                        warm_ratio=<year_warm/scan>".
  search --data-dir DIR Times searches of the whole history (text and regex) on DIR's database:
                        cold and warm without an index, the SearchIndex's first (building)
                        and later searches, against a plain scan of every row with the same
                        pattern. The last line reads "search: cold_ms=<x> warm_ms=<x>
                        index_build_ms=<x> indexed_ms=<x> scan_ms=<x> ratio=<indexed/scan>".
  footprint [--seconds N] [--stint PATH]
                        Idle cost of "stint --no-gui" on a fresh data directory (Linux, needs a
                        display) against a minimal Qt program that wakes once per second, both
                        sampled from /proc once per second for N seconds (default 60) after a
                        warm-up: CPU in percent of one core, peak RSS in MiB and wakeups
                        (voluntary context switches, all threads) per second. Targets: cpu < 0.5,
                        rss_mb < 40; the figures and whether the targets were met are printed,
                        the exit status says only whether the run worked. The last line reads
                        "footprint: cpu=<percent> rss_mb=<MiB> wakeups_per_s=<N>".
  footprint --gui --data-dir DIR
                        The desktop app's memory on DIR's database (make one with generate
                        --days 365): opens the main window as stint does (QPA offscreen unless
                        QT_QPA_PLATFORM is set), visits Activity (day, week and year of the newest
                        data), Timeline (that week) and Raw data, each until its data is shown,
                        then samples the RSS 5 times a second apart. Target: rss_mb < 150. The
                        last line reads "footprint_gui: rss_mb=<MiB> peak_rss_mb=<MiB>" (the
                        largest sample, and the process's high-water mark).

  http [--clients K] [--seconds S] [--days N]
                        The HTTP API on a free loopback port over a temporary database holding a
                        generated history of N days (default 365): K clients (default 4) send
                        window-watcher heartbeats over kept-alive connections for S seconds
                        (default 10), taking one-second turns with a baseline server that only
                        answers, then Stint alone again while whole-year summaries run, then
                        write-then-read pairs for the read-your-writes barrier's cost. The last
                        line reads "http: heartbeats_per_s=<N> p50_ms=<x> p99_ms=<x>
                        under_query_p99_ms=<x> baseline_ratio=<stint/baseline>" (the
                        heartbeat rate over the baseline's, same run; target >= 0.6).

Options:
  -h, --help            Show this help.

Exit status: 0 on success, 1 when a run failed or stored the wrong data, 2 on a usage error
(or a subcommand this system does not support).
)"_s;
}

QString seconds(qint64 ns)
{
    return QString::number(double(ns) / 1e9, 'f', 3) + u" s"_s;
}

QString describe(const IngestResult &result)
{
    QString line = seconds(result.elapsedNs);
    if (result.postNs >= 0)
        line += u" (the producer had posted everything after %1)"_s.arg(seconds(result.postNs));
    if (result.commits >= 0)
        line += u", %1 commits"_s.arg(result.commits);
    line += u", %1 events / %2 h of activity stored and verified"_s.arg(result.storedEvents)
                .arg(double(result.storedDurationNs) / 3600e9, 0, 'f', 2);
    // Where the wall time went: on a CPU, waiting for one (a busy machine), or blocked (fsync,
    // an empty queue, the producer waiting for the final commit).
    QStringList cpu;
    if (result.cpuNs >= 0)
        cpu += u"%1 all threads"_s.arg(seconds(result.cpuNs));
    if (result.writer.valid()) {
        cpu += u"writer thread %1 running, %2 waiting for a core, %3 blocked"_s.arg(
            seconds(result.writer.runNs), seconds(result.writer.waitNs),
            seconds(std::max<qint64>(0, result.elapsedNs - result.writer.runNs - result.writer.waitNs)));
    }
    if (result.producer.valid())
        cpu += u"producer thread %1 running"_s.arg(seconds(result.producer.runNs));
    if (!cpu.isEmpty())
        line += u"\n       CPU: "_s + cpu.join(u"; "_s);
    return line;
}

QString mebibytes(std::optional<qint64> kib)
{
    return kib ? QString::number(double(*kib) / 1024.0, 'f', 1) + u" MiB"_s : u"?"_s;
}

double perSecond(qint64 count, qint64 ns)
{
    return ns > 0 ? double(count) * 1e9 / double(ns) : 0.0;
}

int ingest(qint64 count, QTextStream &out, QTextStream &err)
{
    QElapsedTimer generating;
    generating.start();
    const Workload workload = Workload::generate(count);
    out << u"workload: %1 heartbeats -> %2 distinct events (%3 % merges), pulsetime %4 s, generated in %5"_s.arg(count)
               .arg(workload.distinctEvents)
               .arg(100.0 * double(count - workload.distinctEvents) / double(count), 0, 'f', 1)
               .arg(workload.pulsetimeSeconds)
               .arg(seconds(generating.nsecsElapsed()))
        << '\n';
    out.flush();

    const auto rssWorkload = peakRssKiB();

    QTemporaryDir dir;
    if (!dir.isValid()) {
        err << u"stint-bench: cannot create a temporary directory: %1"_s.arg(dir.errorString()) << '\n';
        return RunFailed;
    }

    const IngestResult stint = runStintIngest(workload, dir.filePath(u"stint.db"_s));
    if (!stint.ok()) {
        err << u"stint-bench: the Stint run failed: %1"_s.arg(stint.error) << '\n';
        return RunFailed;
    }
    out << u"stint: "_s << describe(stint) << '\n';
    out.flush();
    const auto rssStint = peakRssKiB();

    const IngestResult raw = runRawIngest(workload, dir.filePath(u"raw.db"_s));
    if (!raw.ok()) {
        err << u"stint-bench: the raw SQLite run failed: %1"_s.arg(raw.error) << '\n';
        return RunFailed;
    }
    out << u"raw:   "_s << describe(raw) << '\n';

    const auto rssRaw = peakRssKiB();
    if (rssRaw) {
        out << u"peak RSS (VmHWM): %1 with the workload, %2 after Stint, %3 after raw"_s.arg(
            mebibytes(rssWorkload), mebibytes(rssStint), mebibytes(rssRaw))
            << '\n';
    }

    // On a shared machine other processes can take the cores; say so rather than let a
    // starved run pass for a slow one.
    const qint64 starvedNs =
        std::max(stint.writer.valid() ? stint.writer.waitNs : 0, raw.writer.valid() ? raw.writer.waitNs : 0);
    constexpr qint64 kNoticeableNs = 20'000'000;
    if (starvedNs > kNoticeableNs && starvedNs * 10 > std::min(stint.elapsedNs, raw.elapsedNs)) {
        out << u"note: a writer thread waited %1 for a free core; the machine is busy and the rates are noisy"_s.arg(
            seconds(starvedNs))
            << '\n';
    }

    const double stintRate = perSecond(count, stint.elapsedNs);
    const double rawRate = perSecond(count, raw.elapsedNs);
    out << u"ingest: stint=%1/s raw=%2/s ratio=%3"_s.arg(qRound64(stintRate))
               .arg(qRound64(rawRate))
               .arg(rawRate > 0 ? stintRate / rawRate : 0.0, 0, 'f', 2)
        << '\n';
    return Ok;
}

// The value of `--name V` or `--name=V`; nullopt when absent, an empty string when V is missing.
std::optional<QString> optionValue(const QStringList &args, const QString &name)
{
    for (qsizetype i = 2; i < args.size(); ++i) {
        if (args.at(i) == name)
            return i + 1 < args.size() ? args.at(i + 1) : QString();
        if (args.at(i).startsWith(name + u'='))
            return args.at(i).mid(name.size() + 1);
    }
    return std::nullopt;
}

// Every argument after the subcommand must be one of `names` followed by a value.
bool onlyOptions(const QStringList &args, const QStringList &names, QTextStream &err)
{
    for (qsizetype i = 2; i < args.size(); ++i) {
        const QString name = args.at(i).section(u'=', 0, 0);
        if (!names.contains(name)) {
            err << u"stint-bench: unknown option '%1' for %2 (see --help)"_s.arg(args.at(i), args.at(1)) << '\n';
            return false;
        }
        if (!args.at(i).contains(u'='))
            ++i;
    }
    return true;
}

int generate(const QStringList &args, QTextStream &out, QTextStream &err)
{
    if (!onlyOptions(args, {u"--days"_s, u"--years"_s, u"--data-dir"_s, u"--seed"_s}, err))
        return UsageError;
    HistoryOptions options;
    bool ok = false;
    if (const auto years = optionValue(args, u"--years"_s)) {
        // Whole calendar years ending where the default history ends, so both cover the same last year.
        const int count = years->toInt(&ok);
        if (!ok || count < 1 || count > 100 || optionValue(args, u"--days"_s)) {
            err << u"stint-bench: generate takes --years N (1 to 100) or --days N, not both"_s << '\n';
            return UsageError;
        }
        const QDate end = options.firstDay.addDays(options.days);
        options.firstDay = QDate(end.year() - count, 1, 1);
        options.days = int(options.firstDay.daysTo(end));
    } else {
        options.days = optionValue(args, u"--days"_s).value_or(QString()).toInt(&ok);
        if (!ok || options.days < 1 || options.days > 36'500) {
            err << u"stint-bench: generate needs --days N with N from 1 to 36500, or --years N"_s << '\n';
            return UsageError;
        }
    }
    const QString dir = optionValue(args, u"--data-dir"_s).value_or(QString());
    if (dir.isEmpty()) {
        err << u"stint-bench: generate needs --data-dir DIR"_s << '\n';
        return UsageError;
    }
    if (const auto seed = optionValue(args, u"--seed"_s)) {
        options.seed = seed->toULongLong(&ok, 0);
        if (!ok) {
            err << u"stint-bench: --seed wants a whole number, not '%1'"_s.arg(*seed) << '\n';
            return UsageError;
        }
    }
    options.databasePath = DataLocation(dir, false).databasePath();
    if (QFileInfo::exists(options.databasePath)) {
        err << u"stint-bench: %1 exists already; generate writes only into a fresh location"_s.arg(
            QDir::toNativeSeparators(options.databasePath))
            << '\n';
        return UsageError;
    }
    if (!QDir().mkpath(dir)) {
        err << u"stint-bench: cannot create %1"_s.arg(dir) << '\n';
        return RunFailed;
    }
    QElapsedTimer timer;
    timer.start();
    const HistoryResult result = generateHistory(options);
    if (!result.error.isEmpty()) {
        err << u"stint-bench: generating failed: %1"_s.arg(result.error) << '\n';
        return RunFailed;
    }
    out << u"generate: %1 days from %2 (%3, %4 DST changes), seed %5: %6 window events (%7 distinct windows), "
           u"%8 afk, %9 web, %10 pause events in %11, database %12 MiB"_s.arg(options.days)
               .arg(options.firstDay.toString(Qt::ISODate), QString::fromUtf8(options.zone.id()))
               .arg(result.dstChanges)
               .arg(options.seed)
               .arg(result.windowEvents)
               .arg(result.distinctWindows)
               .arg(result.afkEvents)
               .arg(result.webEvents)
               .arg(result.pauseEvents)
               .arg(seconds(timer.nsecsElapsed()))
               .arg(double(QFileInfo(options.databasePath).size()) / 1048576.0, 0, 'f', 1)
        << '\n';
    return Ok;
}

// query and search: a bench over the database of --data-dir.
int onDatabase(const QString &name, int (*run)(const QString &, QTextStream &, QTextStream &), const QStringList &args,
               QTextStream &out, QTextStream &err)
{
    if (!onlyOptions(args, {u"--data-dir"_s}, err))
        return UsageError;
    const QString dir = optionValue(args, u"--data-dir"_s).value_or(QString());
    const QString path = DataLocation(dir, false).databasePath();
    if (dir.isEmpty() || !QFileInfo::exists(path)) {
        err << u"stint-bench: %1 needs --data-dir DIR holding a database (see generate)"_s.arg(name) << '\n';
        return UsageError;
    }
    return run(path, out, err);
}

int footprint(const QStringList &args, QTextStream &out, QTextStream &err)
{
    if (args.contains(u"--gui"_s)) {
        QStringList rest = args; // --gui is the one option without a value
        rest.removeAll(u"--gui"_s);
        if (!onlyOptions(rest, {u"--data-dir"_s}, err))
            return UsageError;
        const QString dir = optionValue(rest, u"--data-dir"_s).value_or(QString());
        if (dir.isEmpty() || !QFileInfo::exists(DataLocation(dir, false).databasePath())) {
            err << u"stint-bench: footprint --gui needs --data-dir DIR holding a database (see generate)"_s << '\n';
            return UsageError;
        }
#ifdef STINT_BENCH_HAS_GUI
        return runGuiFootprintBench(dir, out, err);
#else
        err << u"stint-bench: this build has no GUI (STINT_GUI is off)"_s << '\n';
        return UsageError;
#endif
    }
    if (!onlyOptions(args, {u"--seconds"_s, u"--stint"_s}, err))
        return UsageError;
    FootprintOptions options;
    if (const auto seconds = optionValue(args, u"--seconds"_s)) {
        bool ok = false;
        options.seconds = seconds->toInt(&ok);
        if (!ok || options.seconds < 1 || options.seconds > 86'400) {
            err << u"stint-bench: --seconds wants a whole number from 1 to 86400, not '%1'"_s.arg(*seconds) << '\n';
            return UsageError;
        }
    }
    if (const auto stint = optionValue(args, u"--stint"_s)) {
        if (stint->isEmpty()) {
            err << u"stint-bench: --stint needs the path of a stint executable"_s << '\n';
            return UsageError;
        }
        options.stintPath = *stint;
    }
    return runFootprintBench(options, out, err);
}

int http(const QStringList &args, QTextStream &out, QTextStream &err)
{
    if (!onlyOptions(args, {u"--clients"_s, u"--seconds"_s, u"--days"_s}, err))
        return UsageError;
    HttpBenchOptions options;
    struct Bound
    {
        QString name;
        int *target;
        int min;
        int max;
    };
    for (const Bound &bound :
         {Bound{u"--clients"_s, &options.clients, 1, 256}, Bound{u"--seconds"_s, &options.seconds, 1, 3600},
          Bound{u"--days"_s, &options.historyDays, 1, 3650}}) {
        if (const auto value = optionValue(args, bound.name)) {
            bool ok = false;
            *bound.target = value->toInt(&ok);
            if (!ok || *bound.target < bound.min || *bound.target > bound.max) {
                err << u"stint-bench: %1 wants a whole number from %2 to %3, not '%4'"_s.arg(bound.name)
                           .arg(bound.min)
                           .arg(bound.max)
                           .arg(*value)
                    << '\n';
                return UsageError;
            }
        }
    }
    return runHttpBench(options, out, err);
}

int run(const QStringList &args)
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    if (args.contains(u"--help"_s) || args.contains(u"-h"_s)) {
        out << usage();
        return Ok;
    }
    if (args.size() < 2) {
        err << usage();
        return UsageError;
    }
    const QString &subcommand = args.at(1);
    if (subcommand == u"generate"_s)
        return generate(args, out, err);
    if (subcommand == u"query"_s)
        return onDatabase(subcommand, runQueryBench, args, out, err);
    if (subcommand == u"search"_s)
        return onDatabase(subcommand, runSearchBench, args, out, err);
    if (subcommand == u"footprint"_s)
        return footprint(args, out, err);
    if (subcommand == u"http"_s)
        return http(args, out, err);
    // Not in the usage text: footprint's baseline, started by footprint itself.
    if (subcommand == u"idle-child"_s)
        return runIdleChild();
#ifdef STINT_BENCH_HAS_GUI
    // Not in the usage text either: the window footprint --gui measures.
    if (subcommand == u"gui-child"_s)
        return runGuiChild(optionValue(args, u"--data-dir"_s).value_or(QString()));
#endif
    if (subcommand != u"ingest"_s) {
        err << u"stint-bench: unknown subcommand '%1' (known: ingest, generate, query, search, footprint, http; see --help)"_s
                   .arg(subcommand)
            << '\n';
        return UsageError;
    }

    qint64 events = kDefaultEvents;
    for (qsizetype i = 2; i < args.size(); ++i) {
        const QString &arg = args.at(i);
        QString value;
        if (arg == u"--events"_s) {
            if (i + 1 >= args.size()) {
                err << u"stint-bench: --events needs a number"_s << '\n';
                return UsageError;
            }
            value = args.at(++i);
        } else if (arg.startsWith(u"--events="_s)) {
            value = arg.mid(9);
        } else {
            err << u"stint-bench: unknown option '%1' for ingest (see --help)"_s.arg(arg) << '\n';
            return UsageError;
        }
        bool ok = false;
        events = value.toLongLong(&ok);
        if (!ok || events < 1 || events > kMaxEvents) {
            err << u"stint-bench: --events wants a whole number from 1 to %1, not '%2'"_s.arg(kMaxEvents).arg(value)
                << '\n';
            return UsageError;
        }
    }
    return ingest(events, out, err);
}

} // namespace
} // namespace stint::bench

int main(int argc, char **argv)
{
#ifdef STINT_BENCH_HAS_GUI
    // The window of footprint --gui needs widgets; everything else runs without a display.
    const std::unique_ptr<QCoreApplication> app(argc > 1 && qstrcmp(argv[1], "gui-child") == 0
                                                    ? new QApplication(argc, argv)
                                                    : new QCoreApplication(argc, argv));
#else
    QCoreApplication app(argc, argv);
#endif
    QCoreApplication::setApplicationName(u"stint-bench"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(STINT_VERSION));
    // The store's "opened"/"closed" notes would only interleave with the results; warnings stay
    // (and QT_LOGGING_RULES still overrides this).
    QLoggingCategory::setFilterRules(u"stint.*.info=false"_s);
    return stint::bench::run(QCoreApplication::arguments());
}
