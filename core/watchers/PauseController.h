#pragma once

#include <QObject>
#include <QString>
#include <QTimer>

#include <memory>
#include <optional>

namespace stint {

class Clock;
class Datastore;

// Pausing tracking: for a while, until a moment, or until resumed. The tray calls it; the
// tracker stops the watchers while paused. The pause itself is recorded as an event in the pause
// bucket (so the timeline shows the gap as paused, not missing) and saved in the settings, so a
// restart during a pause stays paused.
class PauseController final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PauseController)

public:
    // How often a running pause's event is extended; its pulsetime is a little longer.
    static constexpr qint64 kHeartbeatIntervalMs = 30'000;

    PauseController(Datastore &store, QString bucketId, std::shared_ptr<const Clock> clock, QObject *parent = nullptr);

    // Picks up a pause saved by an earlier run; one that has run out meanwhile is cleared.
    // False with a message when the saved setting cannot be read or used.
    bool restore(QString *error);

    void pauseFor(qint64 milliseconds);
    void pauseUntil(qint64 untilNanos);
    void pauseIndefinitely();
    void resume();

    bool isPaused() const { return m_since.has_value(); }
    // When the pause ends by itself; nothing while not paused or paused until resumed.
    std::optional<qint64> pausedUntil() const { return m_until; }

    // Extends the pause's event to now and resumes once the deadline has passed. The timer
    // calls it; tests call it after moving their clock.
    void tick();
    // Extends the pause's event to now and stops ticking: the application quits. The pause stays
    // saved for the next start.
    void finish();

Q_SIGNALS:
    // Also (with true) when a running pause's end moved.
    void pausedChanged(bool paused);

private:
    void begin(qint64 since, std::optional<qint64> until, bool fresh);
    void end(qint64 at);
    void beat(qint64 at, bool fresh);
    void save();
    void scheduleTick();

    Datastore &m_store;
    QString m_bucketId;
    std::shared_ptr<const Clock> m_clock;
    QTimer m_timer;
    std::optional<qint64> m_since;
    std::optional<qint64> m_until;
};

} // namespace stint
