#pragma once

#include "util/Clock.h"

#include <atomic>

namespace stint::test {

// A clock that moves only when the test says so. Safe to advance from the test thread while
// the datastore worker reads it from its own.
class MockClock final : public Clock
{
public:
    explicit MockClock(qint64 nowNanos = 1'784'800'800'000'000'000) // 2026-07-23T10:00:00Z
        : m_now(nowNanos)
    {
    }

    qint64 nowNanos() const override { return m_now.load(); }
    qint64 monotonicMillis() const override { return m_monotonic.load(); }

    void advanceMs(qint64 ms)
    {
        m_now.fetch_add(ms * 1'000'000);
        m_monotonic.fetch_add(ms);
    }
    void advanceSeconds(qint64 seconds) { advanceMs(seconds * 1000); }
    // Only the wall clock moves: what a suspended machine sees on resume (the monotonic clock
    // stood still), or, with a negative value, someone setting the clock back.
    void jumpWallMs(qint64 ms) { m_now.fetch_add(ms * 1'000'000); }

private:
    std::atomic<qint64> m_now;
    std::atomic<qint64> m_monotonic{1'000'000};
};

} // namespace stint::test
