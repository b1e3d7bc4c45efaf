#include "app/Tracker.h"

#include "api/ApiServer.h"
#include "api/RefusedOrigins.h"
#include "app/RecordingStatus.h"
#include "settings/SettingCheck.h"
#include "settings/SettingKeys.h"
#include "sync/SyncService.h"

#include "util/Clock.h"
#include "util/HostName.h"
#include "util/Logging.h"
#include "watchers/AfkWatcher.h"
#include "watchers/PauseController.h"
#include "watchers/WatcherBuckets.h"
#include "watchers/WindowWatcher.h"
#ifdef STINT_HAS_LOGIND
#include "watchers/LogindSleepMonitor.h"
#endif

#include <QDir>
#include <QFutureWatcher>
#include <QJsonArray>
#include <QPromise>
#include <QTimer>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace stint {

namespace {

// The user's origins as stored; nullopt with the message naming the setting otherwise.
std::optional<api::AllowedOrigins> readAllowedOrigins(Datastore &store, QString *error)
{
    const auto exact = WatcherSettings::readSetting(store, settings::kApiCors, error);
    const auto patterns = exact ? WatcherSettings::readSetting(store, settings::kApiCorsRegex, error) : std::nullopt;
    return patterns ? api::AllowedOrigins::fromSettings(*exact, *patterns, error) : std::nullopt;
}

} // namespace

Tracker::Tracker(DataLocation location, QObject *parent, std::shared_ptr<const Clock> clock,
                 std::function<QString()> commitFault)
    : QObject(parent)
    , m_location(std::move(location))
    , m_clock(clock ? std::move(clock) : Clock::system())
    , m_datastore(std::make_unique<Datastore>(
          Datastore::Options{m_location.databasePath(), {}, m_clock, std::move(commitFault)}))
    , m_status(std::make_unique<RecordingStatus>(*this))
{
}

Tracker::~Tracker()
{
    shutdown();
}

bool Tracker::start(QString *error)
{
    if (!m_datastore->open(error))
        return false;
    m_opened = true;
    applyPendingCap();
    qCInfo(lcApp).noquote() << "recording to" << QDir::toNativeSeparators(m_location.databasePath());
    return true;
}

bool Tracker::startWatching(PlatformBackends backends, Overrides overrides, QString *error)
{
    if (isWatching() || !backends.window || !backends.idle) {
        if (error)
            *error = isWatching() ? u"the watchers are already running"_s : u"no window or idle backend"_s;
        return false;
    }
    m_overrides = overrides;
    auto settings = WatcherSettings::load(*m_datastore, error);
    if (!settings)
        return false;
    auto buckets = std::make_unique<WatcherBuckets>(localHostName());
    if (!buckets->ensureExist(*m_datastore, error))
        return false;
    auto pause = std::make_unique<PauseController>(*m_datastore, buckets->pause.id, m_clock);
    if (!pause->restore(error))
        return false;

    m_settings = std::move(*settings);
    m_backends = std::move(backends);
    m_buckets = std::move(buckets);
    m_pause = std::move(pause);
    m_windowWatcher = std::make_unique<WindowWatcher>(*m_datastore, *m_backends.window, m_buckets->window.id, m_clock);
    m_afkWatcher = std::make_unique<AfkWatcher>(*m_datastore, *m_backends.idle, m_buckets->afk.id, m_clock);
    for (QObject *backend :
         {static_cast<QObject *>(m_backends.window.get()), static_cast<QObject *>(m_backends.idle.get())})
        backend->setParent(nullptr); // owned by m_backends
    connect(m_pause.get(), &PauseController::pausedChanged, this, &Tracker::updateWatchers);
    connect(m_afkWatcher.get(), &AfkWatcher::stateChanged, this, [this](AfkWatcher::State state) {
        if (state == AfkWatcher::State::Away)
            qCInfo(lcWatch) << "away: no input for the AFK timeout";
        else if (state == AfkWatcher::State::Active)
            qCInfo(lcWatch) << "active";
        m_status->refresh();
    });
#ifdef STINT_HAS_LOGIND
    m_sleepMonitor = std::make_unique<LogindSleepMonitor>();
    connect(m_sleepMonitor.get(), &LogindSleepMonitor::aboutToSleep, this, [this] {
        if (m_closing)
            return;
        // The AFK watcher first, while the window watcher still knows the focused window.
        m_afkWatcher->prepareForSleep();
        m_windowWatcher->stop();
        m_asleep = true;
    });
    connect(m_sleepMonitor.get(), &LogindSleepMonitor::resumed, this, [this] {
        m_asleep = false;
        if (m_closing)
            return;
        updateWatchers();
        m_afkWatcher->resumed();
    });
#endif
    // A watcher's bucket deleted under it (Raw data, the API) would stop recording for good:
    // its next heartbeat is refused, and the buckets are made again.
    connect(m_datastore.get(), &Datastore::writeRejected, this, [this] {
        // While saving fails, heartbeats are refused for the cap on unsaved data, not for a bucket.
        if (m_bucketCheckPending || !m_datastore->savingProblem().isEmpty())
            return;
        m_bucketCheckPending = true;
        QTimer::singleShot(0, this, [this] {
            m_bucketCheckPending = false;
            QString problem;
            if (isWatching() && !m_closing && !m_shutdownResult && !m_buckets->ensureExist(*m_datastore, &problem))
                qCWarning(lcWatch).noquote() << problem;
        });
    });
    applySettings();
    qCInfo(lcWatch).noquote() << u"watching windows (%1) and input (%2) for host %3: poll %4 s, away after %5 s"_s
                                     .arg(m_backends.window->name(), m_backends.idle->name(), m_buckets->hostname)
                                     .arg(m_settings.pollSeconds)
                                     .arg(m_settings.afkTimeoutSeconds);
    updateWatchers();
    return true;
}

void Tracker::startApi(const ApiOverrides &overrides)
{
    if (m_api || m_closing || m_shutdownResult)
        return;
    m_apiOverrides = overrides;
    QString error;
    const auto enabled = WatcherSettings::readSetting(*m_datastore, settings::kApiEnabled, &error);
    const auto port = enabled ? WatcherSettings::readSetting(*m_datastore, settings::kApiPort, &error) : std::nullopt;
    const auto key = port ? WatcherSettings::readSetting(*m_datastore, settings::kApiKey, &error) : std::nullopt;
    if (!key) {
        setApiState(ApiState::Failed, error);
        return;
    }
    if (!SettingCheck::accepts(settings::kApiEnabled, *enabled, &error)) {
        setApiState(ApiState::Failed, error);
        return;
    }
    if (overrides.disabled || !enabled->toBool(true)) {
        qCInfo(lcApp) << "HTTP API turned off";
        setApiState(ApiState::Off, {});
        return;
    }
    if (!SettingCheck::accepts(settings::kApiPort, *port, &error)
        || !SettingCheck::accepts(settings::kApiKey, *key, &error)) {
        setApiState(ApiState::Failed, error);
        return;
    }
    ApiOptions options;
    options.testing = m_location.testing();
    options.port = options.testing ? ApiOptions::kTestingPort : ApiOptions::kDefaultPort;
    if (!port->isNull())
        options.port = quint16(port->toInt());
    if (overrides.port)
        options.port = *overrides.port;
    options.apiKey = key->toString();
    auto origins = readAllowedOrigins(*m_datastore, &error);
    if (!origins) {
        setApiState(ApiState::Failed, error);
        return;
    }
    options.addedOrigins = std::move(*origins);
    // Which refused extensions the user has been told about already; unreadable means none.
    const auto notified = WatcherSettings::readSetting(*m_datastore, settings::kApiNotifiedOrigins, &error);
    m_notifiedOrigins.clear();
    for (const QJsonValue &origin : notified.value_or(QJsonValue()).toArray())
        m_notifiedOrigins.insert(origin.toString());
    options.hostname = localHostName();
    options.clock = m_clock;
    // A stable id for this database, as ActivityWatch's device_id; outside the settings.
    // A new one only when none is stored: an id that could not be read is never replaced.
    QFuture<QJsonValue> storedId = m_datastore->setting(u"device_id"_s);
    const QJsonValue deviceId = waitForFuture(QFuture<void>(storedId), WatcherSettings::kReadTimeoutMs)
        ? storedId.result()
        : QJsonValue(QJsonValue::Undefined);
    if (deviceId.isString()) {
        options.deviceId = deviceId.toString();
    } else if (deviceId.isNull()) {
        options.deviceId = QUuid::createUuid().toString(QUuid::WithoutBraces);
        QFuture<WriteResult> saved = m_datastore->setSetting(u"device_id"_s, options.deviceId);
        if (!waitForFuture(QFuture<void>(saved), WatcherSettings::kReadTimeoutMs) || !saved.result().ok()) {
            setApiState(ApiState::Failed, tr("cannot store this database's device id"));
            return;
        }
    } else {
        setApiState(ApiState::Failed, tr("cannot read this database's device id"));
        return;
    }
    auto server = std::make_unique<ApiServer>(*m_datastore, m_location.databasePath(), options);
    if (!server->start(&error)) {
        setApiState(ApiState::Failed, error);
        return;
    }
    // Settings changed by ActivityWatch clients (or the web UI) apply at once.
    connect(server.get(), &ApiServer::settingChanged, this, [this] {
        QString reloadError;
        if (!reloadSettings(&reloadError))
            qCWarning(lcApp).noquote() << reloadError;
    });
    // Queued: the refusals are recorded in the server's thread.
    connect(&server->refusedOrigins(), &RefusedOrigins::refused, this, [this](const QString &origin, bool first) {
        if (first)
            noticeRefusal(origin);
    });
    m_api = std::move(server);
    setApiState(ApiState::Running, {});
}

void Tracker::setApiState(ApiState state, const QString &error)
{
    m_apiState = state;
    m_apiError = error;
    if (state == ApiState::Failed)
        qCWarning(lcApp).noquote() << "the HTTP API is not available:" << error << "- recording goes on without it";
    Q_EMIT apiStateChanged();
}

bool Tracker::reloadApiOrigins(QString *error)
{
    if (!m_api)
        return true;
    auto origins = readAllowedOrigins(*m_datastore, error);
    if (!origins)
        return false;
    m_api->setAddedOrigins(std::move(*origins));
    Q_EMIT apiOriginsChanged();
    return true;
}

void Tracker::noticeRefusal(const QString &origin)
{
    if (api::AllowedOrigins::kindOf(origin) != api::AllowedOrigins::Kind::Extension
        || m_notifiedOrigins.contains(origin))
        return;
    m_notifiedOrigins.insert(origin);
    QStringList notified(m_notifiedOrigins.cbegin(), m_notifiedOrigins.cend());
    notified.sort();
    // Not waited for: at worst the user is told once more after a failed write.
    m_datastore->setSetting(settings::storageKey(settings::kApiNotifiedOrigins), QJsonArray::fromStringList(notified));
    qCInfo(lcApp).noquote() << "the HTTP API refused the browser extension" << origin;
    Q_EMIT extensionRefused(origin);
}

bool Tracker::reloadSettings(QString *error)
{
    applyPendingCap();
    // Each part keeps its old settings when its new ones cannot be used.
    QString originsError;
    const bool originsRead = reloadApiOrigins(&originsError);
    if (isWatching()) {
        auto settings = WatcherSettings::load(*m_datastore, error);
        if (!settings)
            return false;
        m_settings = std::move(*settings);
        applySettings();
    }
    if (!originsRead && error)
        *error = originsError;
    return originsRead;
}

void Tracker::applyPendingCap()
{
    QString error;
    const auto value = WatcherSettings::readSetting(*m_datastore, settings::kMaxPendingBytes, &error);
    qint64 bytes = kDefaultMaxPendingBytes;
    if (!value) {
        qCWarning(lcApp).noquote() << error;
    } else if (!SettingCheck::accepts(settings::kMaxPendingBytes, *value, &error)) {
        qCWarning(lcApp).noquote() << error;
    } else if (!value->isNull()) {
        bytes = qint64(value->toDouble());
    }
    m_datastore->setMaxPendingBytes(bytes);
}

void Tracker::applySettings()
{
    if (m_overrides.pollSeconds)
        m_settings.pollSeconds = *m_overrides.pollSeconds;
    if (m_overrides.afkTimeoutSeconds)
        m_settings.afkTimeoutSeconds = *m_overrides.afkTimeoutSeconds;
    m_windowWatcher->setPollInterval(m_settings.pollSeconds);
    m_windowWatcher->setPrivacyRules(m_settings.privacy);
    m_afkWatcher->setTimeout(m_settings.afkTimeoutSeconds);
    m_afkWatcher->setPollInterval(m_settings.afkPollSeconds());
    m_afkWatcher->setPulsetime(m_settings.afkPulsetimeSeconds());
    WindowWatcher *windows = m_windowWatcher.get();
    m_afkWatcher->setAlwaysActive(m_settings.alwaysActive, [windows] { return windows->currentWindow(); });
}

void Tracker::updateWatchers()
{
    if (!isWatching() || m_shutdownResult || m_closing)
        return;
    if (m_pause->isPaused() || m_asleep) {
        stopWatchers();
        return;
    }
    // The window first, so the AFK watcher's first reading knows the focused window.
    m_windowWatcher->start();
    m_afkWatcher->start();
    m_status->refresh();
}

void Tracker::stopWatchers()
{
    m_windowWatcher->stop();
    m_afkWatcher->stop();
    m_status->refresh();
}

bool Tracker::startSync(const SyncOverrides &overrides, QString *error)
{
    m_sync = std::make_unique<SyncService>(*m_datastore, m_location.databasePath(), localHostName());
    if (overrides.intervalSeconds > 0)
        m_sync->setIntervalOverride(overrides.intervalSeconds);
    m_sync->start();
    if (overrides.directory.isEmpty())
        return true;
    const QString directory = QDir(overrides.directory).absolutePath();
    const WriteResult stored = m_datastore->setSetting(settings::storageKey(settings::kSyncDir), directory).result();
    if (!stored.ok() && error)
        *error = stored.message;
    return stored.ok();
}

CommitResult Tracker::shutdown(int timeoutMs)
{
    if (m_shutdownResult)
        return *m_shutdownResult;
    beginShutdown();
    if (m_sync) {
        // This device's file gets the last minutes too (bounded, like the final commit).
        waitForFuture(QFuture<void>(m_sync->finalRun()), timeoutMs);
    }
    // Also when a Close is already under way elsewhere: close() waits for that one's answer.
    const CommitResult result = m_datastore->close(timeoutMs);
    finishShutdown(result, false);
    return result;
}

QFuture<CommitResult> Tracker::shutdownAsync()
{
    if (m_shutdownResult)
        return QtFuture::makeReadyFuture(*m_shutdownResult);
    beginShutdown();
    // A watcher rather than QFuture::then(context): Qt 6.4's context continuations are not safe
    // when the future finishes in another thread at the wrong moment.
    auto answer = std::make_shared<QPromise<CommitResult>>();
    answer->start();
    auto *watcher = new QFutureWatcher<CommitResult>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, answer] {
        const CommitResult result = watcher->result();
        watcher->deleteLater();
        if (!m_shutdownResult)
            finishShutdown(result, true);
        answer->addResult(result);
        answer->finish();
    });
    if (!m_sync) {
        watcher->setFuture(m_datastore->closeAsync());
        return answer->future();
    }
    // This device's sync file gets the last minutes first, without blocking the window.
    auto *exported = new QFutureWatcher<SyncReport>(this);
    connect(exported, &QFutureWatcherBase::finished, this, [this, watcher, exported] {
        exported->deleteLater();
        watcher->setFuture(m_datastore->closeAsync());
    });
    exported->setFuture(m_sync->finalRun());
    return answer->future();
}

void Tracker::cancelShutdown()
{
    if (m_shutdownResult || !m_closing)
        return;
    m_closing = false;
    qCInfo(lcApp) << "quitting cancelled; recording goes on";
    if (m_apiWasRunning && m_apiOverrides)
        startApi(*m_apiOverrides);
    if (m_sync)
        m_sync->start();
    if (isWatching()) {
        m_pause->tick(); // ticks again if still paused
        updateWatchers();
    }
}

void Tracker::beginShutdown()
{
    if (m_closing)
        return;
    m_closing = true;
    // No new API writes once the final commit is on its way.
    m_apiWasRunning = m_api != nullptr;
    if (m_api) {
        m_api.reset();
        setApiState(ApiState::Off, {});
    }
    if (isWatching()) {
        stopWatchers();
        m_pause->finish();
    }
}

void Tracker::finishShutdown(const CommitResult &result, bool mayRetry)
{
    if (result.ok()) {
        // A database that never opened has recorded nothing to save.
        if (m_opened)
            qCInfo(lcApp) << "stopped; all recorded activity is saved";
    } else {
        qCCritical(lcApp).noquote() << (mayRetry ? "the final save failed:"
                                                 : "the final save failed, the last moments of activity may be lost:")
                                    << result.error;
    }
    if (result.ok() || !mayRetry)
        m_shutdownResult = result;
}

} // namespace stint
