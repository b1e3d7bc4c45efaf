#pragma once

#include <QtGlobal>

#include <memory>

namespace stint {

// Where time comes from. Production code asks a Clock instead of the system so that tests can
// move time forward (a 15 s commit deadline, an AFK timeout, a day boundary) without sleeping.
class Clock
{
public:
    virtual ~Clock() = default;

    // Wall-clock time, UTC nanoseconds since the epoch.
    virtual qint64 nowNanos() const = 0;
    // A monotonic millisecond counter for measuring elapsed time; unaffected by clock changes.
    virtual qint64 monotonicMillis() const = 0;

    static std::shared_ptr<const Clock> system();
};

} // namespace stint
