#pragma once

#include "rules/AlwaysActiveRules.h"
#include "watchers/WindowInfo.h"

#include <QObject>
#include <QTimer>

#include <functional>
#include <memory>
#include <optional>

namespace stint {

class Clock;
class Datastore;
class IdleBackend;

// Records whether the user is at the computer as {status: "afk"|"not-afk"} heartbeats, the way
// ActivityWatch's AFK watcher does: not-afk extends to the last input, and a transition ends the
// old state at the last input and starts the new one 1 ms later. Beyond that it never credits
// time nobody was there for: a stretch without polls longer than the timeout (the machine slept,
// the process was stopped, the clock jumped) is recorded as away, and tracking goes on by itself
// afterwards. Windows matching the always-active rules count as input.
class AfkWatcher final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AfkWatcher)

public:
    enum class State { Unknown, Active, Away };
    Q_ENUM(State)

    using WindowSource = std::function<std::optional<WindowInfo>()>;

    AfkWatcher(Datastore &store, IdleBackend &backend, QString bucketId, std::shared_ptr<const Clock> clock,
               QObject *parent = nullptr);

    void setTimeout(double seconds);
    void setPollInterval(double seconds);
    void setPulsetime(double seconds);
    // `currentWindow` tells which window has focus (the window watcher's last reading).
    void setAlwaysActive(AlwaysActiveRules rules, WindowSource currentWindow);

    void start();
    // Ends the current state's event (away extends to now) and stops until start().
    void stop();
    bool isRunning() const { return m_running; }
    State state() const { return m_state; }

    void poll();
    // The system is about to sleep: the user counts as away from the last input on, and
    // readings wait for resumed(), which records the sleep as away when it outlasted the timeout.
    void prepareForSleep();
    void resumed();

Q_SIGNALS:
    void stateChanged(stint::AfkWatcher::State state);

private:
    qint64 effectiveIdleMillis(qint64 idle) const;
    void evaluate(qint64 now, qint64 idleNs, bool forceAway);
    void beat(State state, qint64 start, qint64 duration, bool fresh);
    void setState(State state);

    Datastore &m_store;
    IdleBackend &m_backend;
    QString m_bucketId;
    std::shared_ptr<const Clock> m_clock;
    AlwaysActiveRules m_alwaysActive;
    WindowSource m_currentWindow;
    qint64 m_timeoutNs = 180'000'000'000;
    double m_pulsetimeSeconds = 185.0;
    QTimer m_pollTimer;
    bool m_running = false;
    State m_state = State::Unknown;
    qint64 m_stateEnd = 0;     // the current state's event reaches this far
    qint64 m_lastPollWall = 0; // last successful poll, wall clock
    qint64 m_lastPollMono = 0; // ... and monotonic clock
    bool m_reportedUnreadable = false;
    bool m_asleep = false;
};

} // namespace stint
