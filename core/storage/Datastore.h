#pragma once

#include "model/Bucket.h"
#include "model/Event.h"
#include "storage/WriteResult.h"

#include <QFuture>
#include <QJsonValue>
#include <QMutex>
#include <QObject>
#include <QPromise>
#include <QVariantMap>

#include <atomic>
#include <functional>
#include <memory>
#include <vector>

class QThread;

namespace stint {

class Clock;
class DatastoreWorker;

// The one way into the database for writers, safe to call from any thread. Under one lock each
// call takes the next sequence number and appends its command to a mailbox; the worker's thread
// is woken by one queued invocation per burst (posted once the lock is released) and applies the
// mailbox in order, so it sees writes in sequence order and a heartbeat costs no allocation of its
// own on the way. Writes are acknowledged when applied; committed(seq) says when they are
// durable. ForceCommit and Close answer only after SQLite's COMMIT has returned, with the error if
// it failed.
class Datastore final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Datastore)

public:
    struct Options
    {
        QString path; // a file, or ":memory:"
        CommitPolicy policy;
        std::shared_ptr<const Clock> clock; // the system clock when null
        // Test seam: when set and returning a message, the next COMMIT fails with it.
        std::function<QString()> faultInjector;
    };

    explicit Datastore(Options options, QObject *parent = nullptr);
    // Closes (bounded by kDefaultCloseTimeoutMs) if close() was not called.
    ~Datastore() override;

    static constexpr int kDefaultCloseTimeoutMs = 10'000;

    // Starts the worker thread and opens the write connection; false with a message on failure
    // (corrupt, foreign or newer database, unwritable location).
    bool open(QString *error);
    bool isOpen() const;
    QString path() const { return m_options.path; }

    // Fire and forget: returns the write's sequence number at once. A refusal by the worker
    // (unknown bucket) arrives as writeRejected(seq, message). A heartbeat refused at the door
    // (negative duration, bad pulsetime, store closed) takes no sequence number: it returns 0 and
    // writeRejected(0, message) follows.
    quint64 heartbeat(const QString &bucketId, const Event &heartbeat, double pulsetimeSeconds);
    // The same, for callers that want the merged event back (the HTTP API).
    QFuture<WriteResult> heartbeatWithReply(const QString &bucketId, const Event &heartbeat, double pulsetimeSeconds);
    // Wake::Deferred leaves waking the worker to the caller's next wakeDeferred(): a thread that
    // posts many heartbeats in one pass of its event loop (the HTTP server) wakes it once per pass.
    enum class Wake { Now, Deferred };
    // The same with a callback instead of a future (see Reply: it runs in the datastore's thread,
    // or at once when refused at the door): no promise, no watcher, for callers that answer many
    // small writes (the HTTP API).
    void heartbeatWithReply(const QString &bucketId, const Event &heartbeat, double pulsetimeSeconds,
                            Reply<WriteResult> done, Wake wake = Wake::Now);
    // Wakes the worker for commands posted with Wake::Deferred, if any wait (any other post wakes
    // it for them too). Any thread.
    void wakeDeferred();

    // Each with a future, or with a Reply as heartbeatWithReply (the HTTP API's routes).
    QFuture<WriteResult> createBucket(const Bucket &bucket);
    void createBucket(const Bucket &bucket, Reply<WriteResult> done);
    QFuture<WriteResult> updateBucket(const Bucket &bucket);
    QFuture<WriteResult> deleteBucket(const QString &bucketId);
    void deleteBucket(const QString &bucketId, Reply<WriteResult> done);
    QFuture<WriteResult> insertEvents(const QString &bucketId, const EventList &events);
    void insertEvents(const QString &bucketId, const EventList &events, Reply<WriteResult> done);
    QFuture<WriteResult> deleteEvents(const QString &bucketId, const QList<qint64> &eventIds);
    void deleteEvents(const QString &bucketId, const QList<qint64> &eventIds, Reply<WriteResult> done);
    // A null value deletes the key.
    QFuture<WriteResult> setSetting(const QString &key, const QJsonValue &value);
    void setSetting(const QString &key, const QJsonValue &value, Reply<WriteResult> done);
    // Null when the key is not set; undefined when the datastore is closed or failing.
    QFuture<QJsonValue> setting(const QString &key);

    QFuture<CommitResult> forceCommit();
    void forceCommit(Reply<CommitResult> done);
    QFuture<CommitResult> closeAsync();
    // Sends Close and waits at most timeoutMs for the final commit; a timeout is an error.
    CommitResult close(int timeoutMs = kDefaultCloseTimeoutMs);

    // journal_mode, synchronous, user_version, application_id of the write connection, and the
    // worker's counters (appliedSeq, durableSeq, uncommittedEvents, failed, ...).
    QFuture<QVariantMap> diagnostics();

    // How many bytes of accepted writes may wait in memory while commits fail; beyond it writes
    // are refused with StoreError::Full (see DatastoreWorker). Any thread.
    void setMaxPendingBytes(qint64 bytes) { m_maxPendingBytes->store(bytes); }
    qint64 maxPendingBytes() const { return m_maxPendingBytes->load(); }

    // Why Stint cannot save right now (SQLite's error of the last failed commit, e.g. "database or
    // disk is full"), or empty while saving works. In this object's thread; savingProblemChanged
    // tells when it changes.
    QString savingProblem() const { return m_savingProblem; }

    quint64 lastSeq() const { return m_lastSeq.load(); }
    quint64 durableSeq() const { return m_durableSeq.load(); }

Q_SIGNALS:
    void committed(quint64 seq);
    void commitFailed(quint64 pendingSeq, const QString &error);
    // Saving stopped working (`problem` says why) or works again (`problem` is empty). Emitted on
    // changes only: the first failure, a different error, and the first commit that succeeds after.
    void savingProblemChanged(const QString &problem);
    void writeRejected(quint64 seq, const QString &error);
    // Live view of what a write just changed; emitted only while something is connected.
    void eventApplied(const QString &bucketId, const stint::Event &event);

protected:
    void connectNotify(const QMetaMethod &signal) override;
    void disconnectNotify(const QMetaMethod &signal) override;

private:
    // A heartbeat (call empty) or any other command (call set), in the order they were posted.
    struct Command
    {
        quint64 seq = 0;
        QString bucketId;
        Event event;
        qint64 pulsetimeNs = 0;
        Reply<WriteResult> reply; // of a heartbeat; empty: fire and forget
        std::function<void(DatastoreWorker *)> call;
    };

    // Queue a command for the worker; `reply` hears `whenClosed` (or Closed) at once when the
    // datastore does not accept commands.
    template<typename T, typename Fn>
    void post(Fn &&call, const T &whenClosed, Reply<T> reply);
    template<typename T, typename Fn>
    QFuture<T> post(Fn &&call, const T &whenClosed);
    template<typename Fn>
    void postWrite(Fn &&call, Reply<WriteResult> reply);
    template<typename Fn>
    QFuture<WriteResult> postWrite(Fn &&call);
    // Appends under `lock` (m_postMutex) and wakes the worker if it needs it, after releasing the
    // lock: posting the wake-up event while holding it made a starting drain sleep on the lock.
    void enqueue(QMutexLocker<QMutex> &lock, Command command, Wake wake = Wake::Now);
    void wakeWorker();
    void drainMailbox(); // runs in the worker's thread

    Options m_options;
    QThread *m_thread = nullptr;
    std::unique_ptr<DatastoreWorker> m_worker;
    std::shared_ptr<std::atomic<int>> m_liveListeners;
    std::shared_ptr<std::atomic<qint64>> m_maxPendingBytes;
    QString m_savingProblem;
    QMutex m_postMutex;              // makes "take a sequence number, post" one step
    std::vector<Command> m_mailbox;  // guarded by m_postMutex
    std::vector<Command> m_draining; // the worker thread's batch in hand
    // Guarded by m_postMutex: a drain is running and looks at the mailbox again before it ends,
    // so a post needs no wake-up.
    bool m_drainRunning = false;
    // Guarded by m_postMutex: false before open and once Close is sent.
    bool m_accepting = false;
    bool m_closeInFlight = false;
    // Set under m_postMutex when a deferred post found the mailbox empty: no wake-up is on its way
    // until wakeDeferred() or the next post that wakes.
    std::atomic<bool> m_wakeDeferred{false};
    std::vector<std::shared_ptr<QPromise<CommitResult>>> m_closeWaiters; // answered with one result
    std::atomic<quint64> m_lastSeq{0};
    std::atomic<quint64> m_durableSeq{0};
};

// Waits for a future without an event loop; false when it did not finish within timeoutMs.
bool waitForFuture(const QFuture<void> &future, int timeoutMs);

} // namespace stint
