#include "app/RecordingStatus.h"

#include "app/Tracker.h"
#include "watchers/AfkWatcher.h"
#include "watchers/PauseController.h"
#include "watchers/WindowWatcher.h"

namespace stint {

RecordingStatus::RecordingStatus(Tracker &tracker, QObject *parent)
    : QObject(parent)
    , m_tracker(tracker)
{
    connect(&tracker.datastore(), &Datastore::savingProblemChanged, this, &RecordingStatus::refresh);
}

void RecordingStatus::refresh()
{
    const PauseController *pause = m_tracker.pauseController();
    const WindowWatcher *windows = m_tracker.windowWatcher();
    const AfkWatcher *afk = m_tracker.afkWatcher();
    const QString saveError = m_tracker.datastore().savingProblem();
    const bool paused = pause && pause->isPaused();
    const std::optional<qint64> until = paused ? pause->pausedUntil() : std::nullopt;

    State state = State::Tracking;
    if (!saveError.isEmpty())
        state = State::CannotSave;
    else if (paused)
        state = State::Paused;
    else if (!windows || !windows->isRunning())
        state = State::NotRecording;
    else if (afk && afk->state() == AfkWatcher::State::Away)
        state = State::Away;

    if (state == m_state && paused == m_paused && until == m_pausedUntil && saveError == m_saveError)
        return;
    m_state = state;
    m_paused = paused;
    m_pausedUntil = until;
    m_saveError = saveError;
    Q_EMIT changed(state);
}

} // namespace stint
