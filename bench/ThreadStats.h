#pragma once

#include <QString>

namespace stint::bench {

// How long one thread ran on a CPU and how long it was runnable but waiting for one, from
// Linux's /proc/<tid>/schedstat (nanoseconds). Wall time minus both is time spent blocked:
// fsync, locks, or an empty queue. Invalid (-1) where the kernel does not provide it.
struct SchedTimes
{
    qint64 runNs = -1;
    qint64 waitNs = -1;

    bool valid() const { return runNs >= 0 && waitNs >= 0; }
    SchedTimes since(const SchedTimes &before) const
    {
        if (!valid() || !before.valid())
            return {};
        return {runNs - before.runNs, waitNs - before.waitNs};
    }
};

SchedTimes currentThreadTimes();
// The first thread of this process whose name (comm) is `name`, e.g. the datastore's QThread.
SchedTimes namedThreadTimes(const QString &name);

} // namespace stint::bench
