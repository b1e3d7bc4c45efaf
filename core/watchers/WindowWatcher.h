#pragma once

#include "rules/PrivacyRules.h"
#include "watchers/WindowInfo.h"

#include <QObject>
#include <QTimer>

#include <memory>
#include <optional>

namespace stint {

class Clock;
class Datastore;
class WindowBackend;

// Records the focused window as heartbeats {app, title} into the window bucket. Polls the
// backend (default every second) and, when the backend notices a change, asks at once, so a
// switch lands on the right second. Privacy rules are applied here, before the datastore sees
// anything. Lives in the thread of its backend; talks to the datastore only through its queue.
class WindowWatcher final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WindowWatcher)

public:
    // Rapid title changes (a terminal printing progress) are read at most this often.
    static constexpr int kMinChangeIntervalMs = 200;

    WindowWatcher(Datastore &store, WindowBackend &backend, QString bucketId, std::shared_ptr<const Clock> clock,
                  QObject *parent = nullptr);

    void setPollInterval(double seconds);
    // ActivityWatch's window pulsetime, max(poll * 1.5, poll + 1): a missed poll never splits an event.
    static double pulsetimeFor(double pollSeconds);
    void setPrivacyRules(PrivacyRules rules);

    // Starts polling (and polls once); stop() ends the current window's event now and stops.
    void start();
    void stop();
    bool isRunning() const { return m_running; }

    // The focused window as the backend last reported it, before the privacy rules: the AFK
    // watcher's always-active rules look at it. Nothing when no window is focused.
    std::optional<WindowInfo> currentWindow() const { return m_current; }

    // Reads the backend and records what it says; the timer and change signals call this.
    void poll();

Q_SIGNALS:
    // What was recorded just now (after the privacy rules), for live views.
    void recorded(const stint::WindowInfo &stored);

private:
    void onBackendChanged();
    void beat(const WindowInfo &stored, qint64 now);
    // Extends the last recorded window to `now`, unless that would bridge a gap.
    void closeLast(qint64 now);

    Datastore &m_store;
    WindowBackend &m_backend;
    QString m_bucketId;
    std::shared_ptr<const Clock> m_clock;
    PrivacyRules m_privacy;
    double m_pulsetimeSeconds = 2.0;
    QTimer m_pollTimer;
    QTimer m_changeTimer;
    bool m_running = false;
    qint64 m_lastPollMono = 0;
    std::optional<WindowInfo> m_current;    // from the backend, before the privacy rules
    std::optional<WindowInfo> m_lastStored; // what the last heartbeat carried
    qint64 m_lastBeat = 0;                  // its timestamp
};

} // namespace stint
