#pragma once

#include <QString>
#include <QTextStream>

namespace stint::bench {

struct FootprintOptions
{
    int seconds = 60;
    // The stint executable to measure; empty for the one built next to stint-bench.
    QString stintPath;
};

// Runs `stint --no-gui` on a fresh data directory and, for the same seconds, `stint-bench
// idle-child` as the baseline, samples both from /proc once per second after a warm-up and
// prints CPU, peak RSS and wakeups for each and their ratios. Linux only. Returns the process
// exit status: 0 when the run worked (whether or not the targets were met), 1 when it failed,
// 2 where /proc does not exist.
int runFootprintBench(const FootprintOptions &options, QTextStream &out, QTextStream &err);

// The baseline: an event loop with a 1-second timer that does nothing, the floor of any Qt
// program that wakes once per second. Quits cleanly on SIGTERM. Returns the exit status.
int runIdleChild();

} // namespace stint::bench
