#pragma once

#include <QtGlobal>

namespace stint {

// A chart axis for durations that people can read: from 0 to a whole number of round steps
// (1, 2, 5, 10, 15 or 30 min; 1, 2, 4 or 8 h; then 10, 20, 50 h and their tenfold), so every tick
// is an exact multiple of the step.
struct DurationScale
{
    qint64 step = 0; // nanoseconds between ticks
    qint64 max = 0;  // the top of the axis, a multiple of step

    int intervals() const { return step > 0 ? int(max / step) : 0; }

    // The smallest step that covers `largest` in at most `maxIntervals` steps, and the first
    // multiple of it at or above `largest`. Nothing to show (largest <= 0) gives an hour in quarters.
    static DurationScale of(qint64 largest, int maxIntervals = 5);

    friend bool operator==(const DurationScale &, const DurationScale &) = default;
};

} // namespace stint
