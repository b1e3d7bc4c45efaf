#pragma once

#include <QObject>
#include <QString>

#include <optional>

namespace stint {

class Tracker;

// What recording is doing right now, for the tray and the window alike: tracking, away, paused,
// not recording, or recording without being able to save. The tracker calls refresh() after every
// change of its watchers and the datastore's saving problem is followed here, so changed() always
// carries the state after the change, never the one before it.
class RecordingStatus final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RecordingStatus)

public:
    enum class State { Tracking, Away, Paused, NotRecording, CannotSave };
    Q_ENUM(State)

    explicit RecordingStatus(Tracker &tracker, QObject *parent = nullptr);

    State state() const { return m_state; }
    bool isPaused() const { return m_paused; }
    // When a pause ends by itself; nothing while not paused or paused until resumed.
    std::optional<qint64> pausedUntil() const { return m_pausedUntil; }
    // Why the last commit failed; empty while saving works. The tracker keeps recording in memory
    // and retries meanwhile.
    QString saveError() const { return m_saveError; }

    // Reads the watchers' state again and says so when anything changed.
    void refresh();

Q_SIGNALS:
    void changed(stint::RecordingStatus::State state);

private:
    Tracker &m_tracker;
    State m_state = State::NotRecording;
    bool m_paused = false;
    std::optional<qint64> m_pausedUntil;
    QString m_saveError;
};

} // namespace stint
