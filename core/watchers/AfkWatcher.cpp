#include "watchers/AfkWatcher.h"

#include "model/Timestamp.h"
#include "storage/Datastore.h"
#include "util/Clock.h"
#include "util/Logging.h"
#include "watchers/IdleBackend.h"

#include <QJsonObject>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace stint {

namespace {

constexpr qint64 kTransitionStepNs = Timestamp::kNanosPerMilli; // the new state starts 1 ms after the old ends
// Wall-clock steps backwards smaller than this are jitter (NTP slewing), not a clock change.
constexpr qint64 kClockBackTolerance = Timestamp::kNanosPerSecond;

} // namespace

AfkWatcher::AfkWatcher(Datastore &store, IdleBackend &backend, QString bucketId, std::shared_ptr<const Clock> clock,
                       QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_backend(backend)
    , m_bucketId(std::move(bucketId))
    , m_clock(std::move(clock))
{
    m_pollTimer.setTimerType(Qt::CoarseTimer);
    m_pollTimer.setInterval(5000);
    connect(&m_pollTimer, &QTimer::timeout, this, &AfkWatcher::poll);
}

void AfkWatcher::setTimeout(double seconds)
{
    m_timeoutNs = Timestamp::secondsToNanos(seconds).value_or(m_timeoutNs);
}

void AfkWatcher::setPollInterval(double seconds)
{
    m_pollTimer.setInterval(int(std::lround(seconds * 1000)));
}

void AfkWatcher::setPulsetime(double seconds)
{
    m_pulsetimeSeconds = seconds;
}

void AfkWatcher::setAlwaysActive(AlwaysActiveRules rules, WindowSource currentWindow)
{
    m_alwaysActive = std::move(rules);
    m_currentWindow = std::move(currentWindow);
}

void AfkWatcher::start()
{
    if (m_running)
        return;
    m_running = true;
    m_asleep = false;
    m_pollTimer.start();
    poll();
}

void AfkWatcher::stop()
{
    if (!m_running)
        return;
    const qint64 now = m_clock->nowNanos();
    if (m_state == State::Away && now >= m_stateEnd)
        beat(State::Away, now, 0, false);
    m_running = false;
    m_pollTimer.stop();
    setState(State::Unknown);
}

qint64 AfkWatcher::effectiveIdleMillis(qint64 idle) const
{
    if (m_currentWindow && !m_alwaysActive.isEmpty()) {
        const auto window = m_currentWindow();
        if (window && m_alwaysActive.matches(window->app, window->title))
            return 0;
    }
    return std::max<qint64>(idle, 0);
}

void AfkWatcher::poll()
{
    if (!m_running || m_asleep)
        return;
    const auto idle = m_backend.idleMillis();
    if (!idle) {
        // Unknown is not away and not active: nothing is recorded, and if this lasts longer than
        // the timeout the gap rule below records it as away once readings come back.
        if (!m_reportedUnreadable)
            qCWarning(lcWatch) << "cannot read the idle time from" << m_backend.name() << "; retrying";
        m_reportedUnreadable = true;
        return;
    }
    m_reportedUnreadable = false;
    evaluate(m_clock->nowNanos(), effectiveIdleMillis(*idle) * Timestamp::kNanosPerMilli, false);
}

void AfkWatcher::prepareForSleep()
{
    if (!m_running)
        return;
    const auto idle = m_backend.idleMillis();
    const qint64 now = m_clock->nowNanos();
    // Unreadable: the last input is taken to be where the last reading left the state.
    evaluate(now, idle ? effectiveIdleMillis(*idle) * Timestamp::kNanosPerMilli : std::max<qint64>(now - m_stateEnd, 0),
             true);
    m_asleep = true;
}

void AfkWatcher::resumed()
{
    m_asleep = false;
    poll();
}

void AfkWatcher::evaluate(qint64 now, qint64 idleNs, bool forceAway)
{
    const qint64 mono = m_clock->monotonicMillis();
    if (m_state != State::Unknown && now < m_stateEnd - kClockBackTolerance) {
        qCWarning(lcWatch) << "the system clock went back by" << double(m_stateEnd - now) / Timestamp::kNanosPerSecond
                           << "s; AFK tracking starts afresh";
        setState(State::Unknown);
    }
    if (m_state != State::Unknown && now - m_lastPollWall > m_timeoutNs) {
        // No poll for longer than the timeout: nobody can be credited with that time.
        qCInfo(lcWatch).nospace() << "no AFK reading for " << double(now - m_lastPollWall) / Timestamp::kNanosPerSecond
                                  << " s (monotonic clock: " << double(mono - m_lastPollMono) / 1000
                                  << " s; the system slept or the clock jumped): recorded as away";
        const qint64 awayFrom = m_state == State::Away ? m_stateEnd : m_stateEnd + kTransitionStepNs;
        beat(State::Away, awayFrom, std::max<qint64>(now - awayFrom, 0), false);
        m_stateEnd = std::max(now, awayFrom);
        setState(State::Away);
        // The idle counter may not have run while asleep; the clamp below keeps any input it
        // reports from reaching back into the gap.
    }
    m_lastPollWall = now;
    m_lastPollMono = mono;

    const bool away = forceAway || idleNs >= m_timeoutNs;
    const qint64 lastInput = std::clamp(now - idleNs, std::min(m_stateEnd, now), now);
    switch (m_state) {
    case State::Unknown:
        beat(away ? State::Away : State::Active, now, 0, true);
        m_stateEnd = now;
        setState(away ? State::Away : State::Active);
        return;
    case State::Active:
        if (!away) {
            beat(State::Active, lastInput, 0, false);
            m_stateEnd = std::max(m_stateEnd, lastInput);
            return;
        }
        beat(State::Active, lastInput, 0, false);
        beat(State::Away, lastInput + kTransitionStepNs, std::max<qint64>(now - lastInput - kTransitionStepNs, 0),
             false);
        m_stateEnd = std::max(now, lastInput + kTransitionStepNs);
        setState(State::Away);
        return;
    case State::Away:
        if (away) {
            beat(State::Away, now, 0, false);
            m_stateEnd = std::max(m_stateEnd, now);
            return;
        }
        beat(State::Away, lastInput, 0, false);
        beat(State::Active, lastInput + kTransitionStepNs, 0, false);
        m_stateEnd = lastInput + kTransitionStepNs;
        setState(State::Active);
        return;
    }
}

void AfkWatcher::beat(State state, qint64 start, qint64 duration, bool fresh)
{
    const QJsonObject data{{u"status"_s, state == State::Away ? u"afk"_s : u"not-afk"_s}};
    // A fresh start must not merge into an event recorded before it (a previous run, a pause).
    m_store.heartbeat(m_bucketId, Event{0, start, duration, data}, fresh ? 0.0 : m_pulsetimeSeconds);
}

void AfkWatcher::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    Q_EMIT stateChanged(state);
}

} // namespace stint
