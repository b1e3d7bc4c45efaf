#pragma once

#include <QString>
#include <QTextStream>

namespace stint::bench {

struct HttpBenchOptions
{
    int clients = 4;
    int seconds = 10;
    int historyDays = 365; // the history the year summary runs over, written first
};

// Heartbeats over kept-alive HTTP connections from K concurrent clients (one window watcher
// each), alone and while year summaries run on the same database, plus the read-your-writes
// barrier's cost. Prints the figures; the last line is
// "http: heartbeats_per_s=<N> p50_ms=<x> p99_ms=<x> under_query_p99_ms=<x> baseline_ratio=<stint/baseline>".
int runHttpBench(const HttpBenchOptions &options, QTextStream &out, QTextStream &err);

} // namespace stint::bench
