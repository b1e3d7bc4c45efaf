#include "watchers/WindowWatcher.h"

#include "model/Timestamp.h"
#include "storage/Datastore.h"
#include "util/Clock.h"
#include "util/Logging.h"
#include "util/UnicodeText.h"
#include "watchers/WindowBackend.h"

#include <QJsonObject>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace stint {

namespace {

QJsonObject toData(const WindowInfo &window)
{
    return QJsonObject{{u"app"_s, window.app}, {u"title"_s, window.title}};
}

} // namespace

WindowWatcher::WindowWatcher(Datastore &store, WindowBackend &backend, QString bucketId,
                             std::shared_ptr<const Clock> clock, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_backend(backend)
    , m_bucketId(std::move(bucketId))
    , m_clock(std::move(clock))
{
    m_pollTimer.setTimerType(Qt::CoarseTimer);
    m_changeTimer.setSingleShot(true);
    connect(&m_pollTimer, &QTimer::timeout, this, &WindowWatcher::poll);
    connect(&m_changeTimer, &QTimer::timeout, this, &WindowWatcher::poll);
    connect(&m_backend, &WindowBackend::activeWindowChanged, this, &WindowWatcher::onBackendChanged);
    setPollInterval(1.0);
}

double WindowWatcher::pulsetimeFor(double pollSeconds)
{
    return std::max(pollSeconds * 1.5, pollSeconds + 1.0);
}

void WindowWatcher::setPollInterval(double seconds)
{
    m_pulsetimeSeconds = pulsetimeFor(seconds);
    m_pollTimer.setInterval(int(std::lround(seconds * 1000)));
}

void WindowWatcher::setPrivacyRules(PrivacyRules rules)
{
    m_privacy = std::move(rules);
}

void WindowWatcher::start()
{
    if (m_running)
        return;
    m_running = true;
    m_pollTimer.start();
    poll();
}

void WindowWatcher::stop()
{
    if (!m_running)
        return;
    closeLast(m_clock->nowNanos());
    m_running = false;
    m_pollTimer.stop();
    m_changeTimer.stop();
    m_lastStored.reset();
    m_current.reset();
}

void WindowWatcher::onBackendChanged()
{
    if (!m_running || m_changeTimer.isActive())
        return;
    const qint64 sinceLast = m_clock->monotonicMillis() - m_lastPollMono;
    m_changeTimer.start(int(std::clamp<qint64>(kMinChangeIntervalMs - sinceLast, 0, kMinChangeIntervalMs)));
}

void WindowWatcher::poll()
{
    if (!m_running)
        return;
    m_lastPollMono = m_clock->monotonicMillis();
    const qint64 now = m_clock->nowNanos();
    m_current = m_backend.activeWindow();
    if (!m_current) {
        // Nothing focused, or unreadable for now (lock screen, a vanishing window): the last
        // window ends here and nothing is recorded until one is readable again.
        closeLast(now);
        m_lastStored.reset();
        return;
    }
    // Every backend's text passes here: unpaired surrogates become U+FFFD before anything sees them.
    m_current->app = unicode::withoutLoneSurrogates(m_current->app);
    m_current->title = unicode::withoutLoneSurrogates(m_current->title);
    const WindowInfo stored = m_privacy.apply(*m_current);
    if (m_lastStored && *m_lastStored != stored)
        closeLast(now);
    beat(stored, now);
}

void WindowWatcher::beat(const WindowInfo &stored, qint64 now)
{
    // A fresh start (first poll, after nothing was focused, after a gap) must not merge into an
    // event recorded before it, so its pulsetime is zero.
    const bool continuing = m_lastStored && now >= m_lastBeat;
    m_store.heartbeat(m_bucketId, Event{0, now, 0, toData(stored)}, continuing ? m_pulsetimeSeconds : 0.0);
    m_lastStored = stored;
    m_lastBeat = now;
    Q_EMIT recorded(stored);
}

void WindowWatcher::closeLast(qint64 now)
{
    if (!m_lastStored)
        return;
    const qint64 since = now - m_lastBeat;
    if (since < 0) {
        qCWarning(lcWatch) << "the system clock went back by" << double(-since) / Timestamp::kNanosPerSecond << "s";
    } else if (since <= qint64(m_pulsetimeSeconds * Timestamp::kNanosPerSecond)) {
        m_store.heartbeat(m_bucketId, Event{0, now, 0, toData(*m_lastStored)}, m_pulsetimeSeconds);
        m_lastBeat = now;
    }
    // Longer than a pulsetime (the machine slept, the clock jumped): the window's event ended at
    // its last heartbeat, and the gap stays empty.
}

} // namespace stint
