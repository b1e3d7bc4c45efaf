#include "reports/DurationScale.h"

#include "model/Timestamp.h"

#include <algorithm>
#include <array>

namespace stint {

DurationScale DurationScale::of(qint64 largest, int maxIntervals)
{
    constexpr qint64 kMinute = 60 * Timestamp::kNanosPerSecond;
    constexpr qint64 kHour = 60 * kMinute;
    if (largest <= 0)
        return {15 * kMinute, kHour};
    maxIntervals = std::max(1, maxIntervals);
    const auto fits = [&](qint64 step) { return (largest + step - 1) / step <= maxIntervals; };
    const auto scaleOf = [&](qint64 step) { return DurationScale{step, (largest + step - 1) / step * step}; };
    static constexpr std::array<qint64, 10> kSteps{1 * kMinute,  2 * kMinute, 5 * kMinute, 10 * kMinute, 15 * kMinute,
                                                   30 * kMinute, 1 * kHour,   2 * kHour,   4 * kHour,    8 * kHour};
    for (const qint64 step : kSteps) {
        if (fits(step))
            return scaleOf(step);
    }
    // Beyond 8 h: 10, 20, 50 h and their tenfold.
    for (qint64 decade = 10 * kHour;; decade *= 10) {
        for (const qint64 factor : {1, 2, 5}) {
            if (fits(factor * decade))
                return scaleOf(factor * decade);
        }
    }
}

} // namespace stint
