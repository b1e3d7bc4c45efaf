#pragma once

// What stint-crash-child and TestCrashSafety agree on: the workload and its output lines.

#include <QString>
#include <QtGlobal>

namespace stint::crash {

inline QString bucketId()
{
    return QStringLiteral("crash-test");
}

// Heartbeat i carries this title: five heartbeats in a row share it and merge into one event.
inline QString title(quint64 index)
{
    return QStringLiteral("t%1").arg(index / 5);
}

constexpr double kPulsetimeSeconds = 2.0;

constexpr qint64 kMaxAgeMs = 200;    // CommitPolicy::maxAgeMs in the child
constexpr int kCheckIntervalMs = 50; // CommitPolicy::checkIntervalMs in the child
constexpr int kBatch = 50;           // heartbeats per tick, so the event loop still runs
constexpr quint64 kMaxAhead = 2000;  // heartbeats posted beyond durableSeq() at most
constexpr int kProduceMs = 300;      // a burst lasts 150..450 ms
constexpr int kPauseMs = 300;        // a pause outlasts kMaxAgeMs + kCheckIntervalMs
constexpr int kChildLifetimeMs = 30'000;

} // namespace stint::crash
