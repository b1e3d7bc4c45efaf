#pragma once

#include "storage/Datastore.h"
#include "util/DataLocation.h"
#include "watchers/PlatformBackends.h"
#include "watchers/WatcherSettings.h"

#include <QObject>
#include <QSet>

#include <functional>

#include <memory>
#include <optional>

namespace stint {

class AfkWatcher;
class ApiServer;
class Clock;
class LogindSleepMonitor;
class PauseController;
class RecordingStatus;
class SyncService;
class WatcherBuckets;
class WindowWatcher;

// The recording side of Stint, the same with or without a window: owns the datastore and the
// watchers and the HTTP API, and shuts them down so that the final commit lands.
class Tracker final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Tracker)

public:
    // Command-line values that win over the stored settings.
    struct Overrides
    {
        std::optional<double> pollSeconds;
        std::optional<double> afkTimeoutSeconds;
    };
    // Command-line values for the HTTP API that win over the stored settings.
    struct ApiOverrides
    {
        std::optional<quint16> port; // 0: any free port
        bool disabled = false;       // --no-server
    };
    enum class ApiState { Off, Running, Failed };
    // Command-line values for sync: --sync-dir turns it on with that folder (stored in the
    // settings); --sync-interval wins over the stored interval for this run.
    struct SyncOverrides
    {
        QString directory;
        int intervalSeconds = 0;
    };

    // `commitFault` is a test seam passed to the datastore (see Datastore::Options::faultInjector).
    explicit Tracker(DataLocation location, QObject *parent = nullptr, std::shared_ptr<const Clock> clock = {},
                     std::function<QString()> commitFault = {});
    ~Tracker() override;

    bool start(QString *error);
    // Starts recording from these backends (createPlatformBackends(), or fakes in tests): makes
    // the buckets, reads the settings, restores a saved pause. False with the reason otherwise.
    bool startWatching(PlatformBackends backends, Overrides overrides, QString *error);
    // Starts the HTTP API (settings stint.api.*, then the overrides). A failure (port in use, a
    // bad setting) is logged and kept in apiError(); recording goes on without the API.
    void startApi(const ApiOverrides &overrides);
    ApiState apiState() const { return m_apiState; }
    // Starts syncing through the folder in stint.sync.dir (runs do nothing while it is unset);
    // false with the reason when the given folder cannot be stored.
    bool startSync(const SyncOverrides &overrides, QString *error);
    // Null until startSync().
    SyncService *syncService() const { return m_sync.get(); }
    QString apiError() const { return m_apiError; }
    // Null unless the API is running.
    ApiServer *apiServer() const { return m_api.get(); }
    // Re-reads the watcher settings, stint.maxPendingBytes and the API's origins (after the settings
    // changed); the old ones stay on failure.
    bool reloadSettings(QString *error);
    // Sends Close to the datastore and waits (bounded) for the final commit. Idempotent: the
    // first call's result is returned again.
    CommitResult shutdown(int timeoutMs = Datastore::kDefaultCloseTimeoutMs);
    // The same without blocking, for a window that must stay responsive: stops the watchers, sends
    // Close and answers with the final commit. After a failure everything is still in memory and
    // the store still open: call it again to retry, or cancelShutdown() to go on recording.
    QFuture<CommitResult> shutdownAsync();
    void cancelShutdown();
    bool isShutDown() const { return m_shutdownResult.has_value(); }

    const DataLocation &location() const { return m_location; }
    // The clock the watchers use (the system clock unless a test injected one).
    const std::shared_ptr<const Clock> &clock() const { return m_clock; }
    Datastore &datastore() { return *m_datastore; }
    bool isWatching() const { return m_windowWatcher != nullptr; }
    const WatcherSettings &watcherSettings() const { return m_settings; }
    // The command-line values in force over the stored settings.
    const Overrides &overrides() const { return m_overrides; }
    // Null until startWatching() succeeded.
    PauseController *pauseController() const { return m_pause.get(); }
    WindowWatcher *windowWatcher() const { return m_windowWatcher.get(); }
    AfkWatcher *afkWatcher() const { return m_afkWatcher.get(); }
    const WatcherBuckets *buckets() const { return m_buckets.get(); }
    // Tracking, away, paused, not recording or cannot save, as it changes.
    RecordingStatus &status() const { return *m_status; }

Q_SIGNALS:
    void apiStateChanged();
    // The origins the API lets in were read again (settings stint.api.cors and .corsRegex).
    void apiOriginsChanged();
    // A browser extension was refused, the first time ever for this origin (remembered in the
    // setting stint.api.notifiedOrigins), so the user can be told once.
    void extensionRefused(const QString &origin);

private:
    void applySettings();
    // Reads stint.maxPendingBytes into the datastore; a bad value is logged and the default kept.
    void applyPendingCap();
    // The user's origins from the settings, applied to the running API.
    bool reloadApiOrigins(QString *error);
    void noticeRefusal(const QString &origin);
    void setApiState(ApiState state, const QString &error);
    // The watchers run unless tracking is paused or the machine is asleep.
    void updateWatchers();
    void stopWatchers();
    // Stops the watchers so their last heartbeats go into the final commit; nothing restarts them
    // until cancelShutdown().
    void beginShutdown();
    void finishShutdown(const CommitResult &result, bool mayRetry);

    DataLocation m_location;
    std::shared_ptr<const Clock> m_clock;
    std::unique_ptr<Datastore> m_datastore;
    Overrides m_overrides;
    WatcherSettings m_settings;
    PlatformBackends m_backends;
    std::unique_ptr<WatcherBuckets> m_buckets;
    std::unique_ptr<WindowWatcher> m_windowWatcher;
    std::unique_ptr<AfkWatcher> m_afkWatcher;
    std::unique_ptr<PauseController> m_pause;
    std::unique_ptr<LogindSleepMonitor> m_sleepMonitor;
    std::unique_ptr<RecordingStatus> m_status;
    bool m_asleep = false;
    bool m_opened = false; // start() opened the database
    bool m_closing = false;
    bool m_bucketCheckPending = false;
    bool m_apiWasRunning = false;               // before a shutdown began, for cancelShutdown()
    std::optional<ApiOverrides> m_apiOverrides; // what startApi() was last given
    std::optional<CommitResult> m_shutdownResult;
    std::unique_ptr<ApiServer> m_api;
    std::unique_ptr<SyncService> m_sync;
    ApiState m_apiState = ApiState::Off;
    QString m_apiError;
    QSet<QString> m_notifiedOrigins;
};

} // namespace stint
