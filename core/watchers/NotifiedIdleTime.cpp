#include "watchers/NotifiedIdleTime.h"

#include "util/Clock.h"

#include <algorithm>

namespace stint {

NotifiedIdleTime::NotifiedIdleTime(std::shared_ptr<const Clock> clock, qint64 thresholdMillis)
    : m_clock(std::move(clock))
    , m_thresholdMillis(std::max<qint64>(thresholdMillis, 0))
{
}

void NotifiedIdleTime::idled()
{
    if (m_idle)
        return; // a repeated notification does not move the last input
    m_idle = true;
    m_idledAt = m_clock->monotonicMillis();
}

void NotifiedIdleTime::resumed()
{
    m_idle = false;
}

qint64 NotifiedIdleTime::idleMillis() const
{
    if (!m_idle)
        return 0;
    return std::max<qint64>(m_clock->monotonicMillis() - m_idledAt, 0) + m_thresholdMillis;
}

} // namespace stint
