#pragma once

#include <QtGlobal>

#include <memory>

namespace stint {

class Clock;

// Idle time from a source that only notifies: Wayland's idle protocols (ext-idle-notify-v1,
// org_kde_kwin_idle) never tell how long the user has been idle; they send "idle" once no input
// came for a threshold the client chose, and "resumed" at the next input. So the last input was
// `threshold` before "idle" arrived, and from then on the idle time grows with the clock. Below
// the threshold the idle time reads as 0: the threshold is the resolution (1 s by default, well
// under any AFK timeout). A notification also starts counting at its creation, so input from
// before Stint started is unknown and counts as "just now".
class NotifiedIdleTime final
{
public:
    NotifiedIdleTime(std::shared_ptr<const Clock> clock, qint64 thresholdMillis);

    qint64 thresholdMillis() const { return m_thresholdMillis; }
    bool isIdle() const { return m_idle; }

    // The source said "no input for the threshold" just now.
    void idled();
    // Input again, or a new notification was registered (which counts from its creation).
    void resumed();

    qint64 idleMillis() const;

private:
    std::shared_ptr<const Clock> m_clock;
    qint64 m_thresholdMillis;
    bool m_idle = false;
    qint64 m_idledAt = 0; // monotonic milliseconds
};

} // namespace stint
