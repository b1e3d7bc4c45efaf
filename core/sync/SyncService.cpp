#include "sync/SyncService.h"

#include "settings/SettingKeys.h"
#include "storage/Datastore.h"
#include "storage/EventReader.h"
#include "sync/SyncFolder.h"
#include "sync/SyncFolderWriter.h"
#include "util/Logging.h"

#include <QCoreApplication>
#include <QDir>
#include <QFutureWatcher>
#include <QJsonArray>
#include <QPromise>

namespace stint {
namespace {

// The first run after start: soon, but not in the middle of starting up.
constexpr int kFirstRunMs = 2000;

} // namespace

SyncService::SyncService(Datastore &store, QString databasePath, QString hostName, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_databasePath(std::move(databasePath))
    , m_hostName(std::move(hostName))
    , m_reader(std::make_unique<SyncFolderReader>(store))
{
    qRegisterMetaType<SyncReport>();
    qRegisterMetaType<SyncStatus>();
    m_pool.setMaxThreadCount(1);
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, [this] { syncNow(); });
}

SyncService::~SyncService()
{
    stop();
    m_pool.waitForDone();
}

void SyncService::start()
{
    m_running = true;
    m_final = false;
    m_timer.start(kFirstRunMs);
}

void SyncService::stop()
{
    m_running = false;
    m_timer.stop();
}

QFuture<SyncReport> SyncService::finalRun()
{
    stop();
    m_final = true;
    // Queued also when asked again (a retried or second way out): the runs go one after another,
    // so this one ends after any earlier one.
    return queueSync(false, true);
}

QFuture<SyncReport> SyncService::queue(std::function<SyncReport()> job, bool final)
{
    if (m_final && !final) {
        SyncReport refused;
        refused.error = tr("Stint is quitting; sync did not run.");
        return QtFuture::makeReadyFuture(refused);
    }
    auto promise = std::make_shared<QPromise<SyncReport>>();
    promise->start();
    QFuture<SyncReport> future = promise->future();
    m_pool.start([promise, job = std::move(job)] {
        promise->addResult(job());
        promise->finish();
    });
    auto *watcher = new QFutureWatcher<SyncReport>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher] {
        const SyncReport report = watcher->result();
        watcher->deleteLater();
        m_last = report;
        if (!report.error.isEmpty())
            qCWarning(lcApp).noquote() << "sync:" << report.error;
        if (!report.writeError.isEmpty())
            qCWarning(lcApp).noquote() << "sync:" << report.writeError;
        for (const SyncReport::Device &device : report.devices) {
            if (!device.error.isEmpty())
                qCWarning(lcApp).noquote() << "sync:" << device.error;
            else if (device.added > 0)
                qCInfo(lcApp).noquote() << "sync: copied" << device.added << "events from" << device.host;
        }
        // The interval as the run read it.
        const int seconds = m_intervalOverride > 0 ? m_intervalOverride
            : report.intervalSeconds > 0           ? report.intervalSeconds
                                                   : SyncSettings::kDefaultIntervalSeconds;
        if (m_running && !m_timer.isActive())
            m_timer.start(seconds * 1000);
        Q_EMIT finished(report);
    });
    watcher->setFuture(future);
    return future;
}

QFuture<SyncReport> SyncService::syncNow(bool readOthers)
{
    m_timer.stop();
    return queueSync(readOthers, false);
}

QFuture<SyncReport> SyncService::queueSync(bool readOthers, bool final)
{
    return queue([this, readOthers] { return runOnce(m_store, m_databasePath, m_hostName, *m_reader, readOthers); },
                 final);
}

QFuture<SyncReport> SyncService::deleteHost(const QString &host)
{
    return queue([this, host] {
        m_reader->forget();
        return removeHost(m_store, m_databasePath, host);
    });
}

QFuture<SyncReport> SyncService::setDirectory(const QString &directory)
{
    m_timer.stop();
    return queue([this, directory] {
        const QJsonValue value = directory.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(directory);
        const WriteResult stored = m_store.setSetting(settings::storageKey(settings::kSyncDir), value).result();
        if (!stored.ok()) {
            SyncReport report;
            report.error = stored.message;
            return report;
        }
        m_reader->forget();
        return runOnce(m_store, m_databasePath, m_hostName, *m_reader, true);
    });
}

QFuture<SyncStatus> SyncService::status()
{
    auto promise = std::make_shared<QPromise<SyncStatus>>();
    promise->start();
    if (m_final) { // no result: the panel keeps what it shows
        promise->finish();
        return promise->future();
    }
    m_pool.start([this, promise] {
        std::optional<SyncStatus> status;
        {
            // Closed before the answer: whoever waits for it may close the database next.
            EventReader reader(m_databasePath);
            QString error;
            status = SyncStatus::read(reader, m_hostName, &error);
        }
        if (status)
            promise->addResult(*status);
        promise->finish();
    });
    return promise->future();
}

QFuture<SyncReport> SyncService::setHidden(const QString &host, bool hidden)
{
    return queue([this, host, hidden] {
        SyncReport report;
        const auto settings = SyncSettings::load(m_store, &report.error);
        if (!settings)
            return report;
        QStringList hosts = settings->hiddenHosts;
        hosts.removeAll(host);
        if (hidden)
            hosts.append(host);
        else
            m_reader->forget(); // copy what arrived while it was hidden
        const WriteResult stored =
            m_store.setSetting(settings::storageKey(settings::kSyncHiddenHosts), QJsonArray::fromStringList(hosts))
                .result();
        if (!stored.ok())
            report.error = stored.message;
        else
            m_store.forceCommit().waitForFinished();
        return report;
    });
}

SyncReport SyncService::runOnce(Datastore &store, const QString &databasePath, const QString &hostName,
                                SyncFolderReader &reader, bool readOthers)
{
    SyncReport report;
    const auto settings = SyncSettings::load(store, &report.error);
    if (!settings)
        return report;
    report.intervalSeconds = settings->intervalSeconds;
    if (!settings->enabled())
        return report;
    report.ran = true;
    const QString directory = settings->directory;
    if (!QDir(directory).exists()) {
        report.error = QCoreApplication::translate("SyncService", "The sync folder %1 does not exist.")
                           .arg(QDir::toNativeSeparators(directory));
        return report;
    }
    const QString deviceId = SyncSettings::ensureDeviceId(store, &report.error);
    if (deviceId.isEmpty())
        return report;
    // The writer reads what is committed: commit what the watchers sent so far.
    const CommitResult committed = store.forceCommit().result();
    if (!committed.ok()) {
        report.error = committed.error;
        return report;
    }
    SyncFolderWriter::Result written;
    if (SyncFolderWriter(databasePath).write(directory, hostName, deviceId, &written, &report.writeError)) {
        report.writtenFile = written.file;
        report.written = written.events;
    }
    if (!readOthers)
        return report;
    EventReader local(databasePath);
    if (!local.isOpen()) {
        report.error = local.error();
        return report;
    }
    report.devices = reader.read(local, directory, hostName, settings->hiddenHosts);
    return report;
}

SyncReport SyncService::removeHost(Datastore &store, const QString &databasePath, const QString &host)
{
    SyncReport report;
    const auto settings = SyncSettings::load(store, &report.error);
    if (!settings)
        return report;
    // Hidden first: a run between the two steps must not copy the buckets back.
    if (!settings->hiddenHosts.contains(host)) {
        QJsonArray hidden = QJsonArray::fromStringList(settings->hiddenHosts);
        hidden.append(host);
        const WriteResult stored = store.setSetting(settings::storageKey(settings::kSyncHiddenHosts), hidden).result();
        if (!stored.ok()) {
            report.error = stored.message;
            return report;
        }
    }
    EventReader local(databasePath);
    const auto buckets = local.buckets(false);
    if (!buckets) {
        report.error = local.error();
        return report;
    }
    SyncReport::Device device;
    device.host = host;
    for (const Bucket &bucket : *buckets) {
        // Only copies from that host: this computer's own buckets are never deleted here.
        if (bucket.hostname != host || bucket.data.value(SyncFolder::kOriginKey).toString() != host)
            continue;
        const WriteResult deleted = store.deleteBucket(bucket.id).result();
        if (!deleted.ok()) {
            device.error = deleted.message;
            break;
        }
        ++device.removed;
    }
    report.devices.append(device);
    const CommitResult committed = store.forceCommit().result();
    if (!committed.ok())
        report.error = committed.error;
    return report;
}

} // namespace stint
