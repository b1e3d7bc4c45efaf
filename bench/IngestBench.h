#pragma once

#include "ThreadStats.h"
#include "Workload.h"

#include <QString>

#include <optional>

namespace stint::bench {

inline const QString kBucketId = QStringLiteral("aw-watcher-window_bench-host");

// One timed run. A run that lost or invented data has a non-empty error, whatever its speed.
struct IngestResult
{
    QString error;
    qint64 elapsedNs = 0;
    qint64 postNs = -1;  // Stint only: how long the producer took to hand over every heartbeat
    qint64 commits = -1; // -1 when unknown
    qint64 cpuNs = -1;   // user + system time of the whole process during the timed part; -1 when unknown
    SchedTimes writer;   // the thread that runs the SQL (Stint's datastore thread, the baseline's own)
    SchedTimes producer; // Stint only: the thread posting heartbeats
    qint64 storedEvents = 0;
    qint64 storedDurationNs = 0;

    bool ok() const { return error.isEmpty(); }
};

// Stint: heartbeats posted from a producer thread through Datastore::heartbeat with the default
// CommitPolicy, timed from the first post to the reply of forceCommit().
IngestResult runStintIngest(const Workload &workload, const QString &path);

// The baseline: the same workload written with libsqlite3's C API by the simplest correct
// writer (cached last event, UPDATE per merge, INSERT per new event, COMMIT every 100).
IngestResult runRawIngest(const Workload &workload, const QString &path);

// VmHWM from /proc/self/status, in KiB; nullopt where there is no procfs.
std::optional<qint64> peakRssKiB();

// User + system CPU time of the process (all threads) so far; -1 where getrusage is missing.
qint64 processCpuNs();

} // namespace stint::bench
