#include "watchers/PauseController.h"

#include "model/Timestamp.h"
#include "settings/SettingKeys.h"
#include "storage/Datastore.h"
#include "util/Clock.h"
#include "util/Logging.h"
#include "watchers/WatcherSettings.h"

#include <QCoreApplication>
#include <QJsonObject>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace stint {

namespace {

// The pause event's pulsetime: a heartbeat interval and a margin for a late timer.
constexpr double kPulsetimeSeconds = PauseController::kHeartbeatIntervalMs * 1.5 / 1000;

} // namespace

PauseController::PauseController(Datastore &store, QString bucketId, std::shared_ptr<const Clock> clock,
                                 QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_bucketId(std::move(bucketId))
    , m_clock(std::move(clock))
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &PauseController::tick);
}

bool PauseController::restore(QString *error)
{
    const auto stored = WatcherSettings::readSetting(m_store, settings::kPause, error);
    if (!stored)
        return false;
    const QJsonValue saved = *stored;
    if (saved.isNull())
        return true;
    const QJsonObject object = saved.toObject();
    const auto since = Timestamp::parseRfc3339(object.value(u"since"_s).toString());
    const QJsonValue untilValue = object.value(u"until"_s);
    const auto until = untilValue.isNull() ? std::nullopt : Timestamp::parseRfc3339(untilValue.toString());
    if (!since || (!untilValue.isNull() && !until)) {
        if (error)
            *error = settings::invalidMessage(
                settings::kPause,
                QCoreApplication::translate("PauseController", "expected {\"since\": time, \"until\": time or null}"));
        return false;
    }
    const qint64 now = m_clock->nowNanos();
    if (until && *until <= now) {
        qCInfo(lcWatch) << "the pause saved by the last run has ended; tracking";
        m_store.setSetting(settings::storageKey(settings::kPause), QJsonValue::Null);
        return true;
    }
    qCInfo(lcWatch).noquote() << "tracking stays paused"
                              << (until ? u"until "_s + Timestamp::toRfc3339(*until) : u"until resumed"_s);
    begin(*since, until, true);
    return true;
}

void PauseController::pauseFor(qint64 milliseconds)
{
    pauseUntil(m_clock->nowNanos() + std::max<qint64>(milliseconds, 0) * Timestamp::kNanosPerMilli);
}

void PauseController::pauseUntil(qint64 untilNanos)
{
    const qint64 now = m_clock->nowNanos();
    if (untilNanos <= now) {
        resume();
        return;
    }
    begin(m_since.value_or(now), untilNanos, !isPaused());
    save();
}

void PauseController::pauseIndefinitely()
{
    const qint64 now = m_clock->nowNanos();
    begin(m_since.value_or(now), std::nullopt, !isPaused());
    save();
}

void PauseController::resume()
{
    if (isPaused())
        end(m_clock->nowNanos());
}

void PauseController::end(qint64 at)
{
    beat(at, false);
    m_since.reset();
    m_until.reset();
    m_timer.stop();
    m_store.setSetting(settings::storageKey(settings::kPause), QJsonValue::Null);
    qCInfo(lcWatch) << "tracking resumed";
    Q_EMIT pausedChanged(false);
}

void PauseController::tick()
{
    if (!isPaused())
        return;
    if (m_until && m_clock->nowNanos() >= *m_until) {
        end(*m_until); // a late timer must not stretch the pause
        return;
    }
    beat(m_clock->nowNanos(), false);
    scheduleTick();
}

void PauseController::finish()
{
    m_timer.stop();
    if (isPaused())
        beat(std::min(m_clock->nowNanos(), m_until.value_or(m_clock->nowNanos())), false);
}

void PauseController::begin(qint64 since, std::optional<qint64> until, bool fresh)
{
    const bool wasPaused = isPaused();
    const bool moved = wasPaused && until != m_until;
    m_since = since;
    m_until = until;
    beat(m_clock->nowNanos(), fresh);
    scheduleTick();
    if (!wasPaused || moved) {
        qCInfo(lcWatch).noquote() << (wasPaused ? "the pause now lasts" : "tracking paused")
                                  << (until ? u"until "_s + Timestamp::toRfc3339(*until) : u"until resumed"_s);
        // Again when only the end moved: the tray and the window show it.
        Q_EMIT pausedChanged(true);
    }
}

void PauseController::beat(qint64 at, bool fresh)
{
    // The pause's own heartbeats: its event grows from the first to the last while it lasts.
    m_store.heartbeat(m_bucketId, Event{0, at, 0, QJsonObject{}}, fresh ? 0.0 : kPulsetimeSeconds);
}

void PauseController::save()
{
    const QJsonObject saved{{u"since"_s, Timestamp::toRfc3339(*m_since)},
                            {u"until"_s, m_until ? QJsonValue(Timestamp::toRfc3339(*m_until)) : QJsonValue()}};
    m_store.setSetting(settings::storageKey(settings::kPause), saved);
}

void PauseController::scheduleTick()
{
    qint64 waitMs = kHeartbeatIntervalMs;
    if (m_until)
        waitMs = std::clamp<qint64>((*m_until - m_clock->nowNanos()) / Timestamp::kNanosPerMilli + 1, 0,
                                    kHeartbeatIntervalMs);
    m_timer.start(int(waitMs));
}

} // namespace stint
