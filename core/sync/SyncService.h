#pragma once

#include "sync/SyncFolderReader.h"
#include "sync/SyncReport.h"
#include "sync/SyncSettings.h"
#include "sync/SyncStatus.h"

#include <QFuture>
#include <QObject>
#include <QThreadPool>
#include <QTimer>

#include <memory>

namespace stint {

class Datastore;

// Runs sync off the GUI thread: every stint.sync.intervalSeconds (and when asked) it writes this
// device's file and reads the other devices' files (SyncFolderWriter, SyncFolderReader), one run
// at a time on a thread of its own. The settings are read again at each run, so a change made in
// the window or by stint-cli applies at the next one.
class SyncService final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SyncService)

public:
    SyncService(Datastore &store, QString databasePath, QString hostName, QObject *parent = nullptr);
    ~SyncService() override;

    // Wins over the stored interval (tests, --sync-interval).
    void setIntervalOverride(int seconds) { m_intervalOverride = seconds; }
    // Starts the timer; the first run follows soon after. Also takes requests again after
    // finalRun().
    void start();
    void stop();
    // Stops, and queues the last run (this device's file only, as at quit). Requests made after
    // it are refused until start(), so once it finishes the sync thread holds no connection to
    // the database and the datastore may close it as the last one (which removes the WAL).
    QFuture<SyncReport> finalRun();

    // Queues a run (`readOthers` false: only this device's file, as at quit).
    QFuture<SyncReport> syncNow(bool readOthers = true);
    // Deletes the local copies of a host's buckets and hides the host (so they do not come back);
    // runs on the sync thread.
    QFuture<SyncReport> deleteHost(const QString &host);

    // Turns sync on with `directory` (stint.sync.dir), or off when it is empty, then syncs.
    QFuture<SyncReport> setDirectory(const QString &directory);
    // The folder's devices and what of them is here, read on the sync thread.
    QFuture<SyncStatus> status();
    // Hides a host from the reports or shows it again (setting stint.sync.hiddenHosts).
    QFuture<SyncReport> setHidden(const QString &host, bool hidden);

    QString hostName() const { return m_hostName; }
    SyncReport lastReport() const { return m_last; }

    // One run in the calling thread (never the GUI's): stint-cli uses it when no Stint runs.
    static SyncReport runOnce(Datastore &store, const QString &databasePath, const QString &hostName,
                              SyncFolderReader &reader, bool readOthers);
    // Hides `host` and deletes its synced buckets, in the calling thread.
    static SyncReport removeHost(Datastore &store, const QString &databasePath, const QString &host);

Q_SIGNALS:
    void finished(const stint::SyncReport &report);

private:
    // Refused between finalRun() and start(), unless `final`.
    QFuture<SyncReport> queue(std::function<SyncReport()> job, bool final = false);
    // A sync run (syncNow(), finalRun()) through queue().
    QFuture<SyncReport> queueSync(bool readOthers, bool final);

    Datastore &m_store;
    QString m_databasePath;
    QString m_hostName;
    int m_intervalOverride = 0;
    bool m_running = false; // between start() and stop(): runs re-arm the timer
    bool m_final = false;   // between finalRun() and start(): requests are refused
    QThreadPool m_pool;
    QTimer m_timer;
    std::unique_ptr<SyncFolderReader> m_reader; // used on the pool's thread only
    SyncReport m_last;
};

} // namespace stint

Q_DECLARE_METATYPE(stint::SyncReport)
