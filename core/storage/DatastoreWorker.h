#pragma once

#include "model/Bucket.h"
#include "model/Event.h"
#include "storage/WriteResult.h"

#include <QHash>
#include <QJsonValue>
#include <QObject>
#include <QSqlQuery>
#include <QVariantMap>

#include <atomic>
#include <functional>
#include <limits>
#include <memory>
#include <optional>
#include <vector>

class QTimer;

namespace stint {

class Clock;

// Owns the only write connection and lives on its own thread. Every method below runs in that
// thread and is reached only through Datastore's queued invocations.
//
// Writes are applied to an in-memory mirror (bucket table, the last event of each bucket, an
// ordered log of SQL operations) and executed at once inside one open BEGIN IMMEDIATE
// transaction. The commit policy decides when that transaction is committed. A heartbeat that
// merges touches no SQL at all: the merged event is written once, when it is replaced or at the
// commit. If a commit fails, the transaction is rolled back but the mirror keeps everything;
// the next attempt replays the log into a fresh transaction, so nothing accepted is dropped.
// What the log may hold is capped (maxPendingBytes): at the cap the batch is committed, and while
// that fails, writes that would add to the log are refused with StoreError::Full (a heartbeat that
// merges into its bucket's last event adds nothing and is still taken).
class DatastoreWorker final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DatastoreWorker)

public:
    struct Options
    {
        QString path;
        CommitPolicy policy;
        std::shared_ptr<const Clock> clock;
        // Test seam: when set and returning a message, the next COMMIT fails with it.
        std::function<QString()> faultInjector;
        // Shared with Datastore: non-zero while someone listens to the live signal.
        std::shared_ptr<std::atomic<int>> liveListeners;
        // Shared with Datastore: how many bytes of writes may wait in memory for a commit.
        std::shared_ptr<std::atomic<qint64>> maxPendingBytes;
    };

    explicit DatastoreWorker(Options options);
    ~DatastoreWorker() override;

    void open(const Reply<QString> &reply);

    void createBucket(quint64 seq, const Bucket &bucket, const Reply<WriteResult> &reply);
    void updateBucket(quint64 seq, const Bucket &bucket, const Reply<WriteResult> &reply);
    void deleteBucket(quint64 seq, const QString &bucketId, const Reply<WriteResult> &reply);
    void insertEvents(quint64 seq, const QString &bucketId, const EventList &events, const Reply<WriteResult> &reply);
    void deleteEvents(quint64 seq, const QString &bucketId, const QList<qint64> &ids, const Reply<WriteResult> &reply);
    // `reply` may be null: heartbeats are fire-and-forget unless the caller wants the merged event.
    void heartbeat(quint64 seq, const QString &bucketId, const Event &heartbeat, qint64 pulsetimeNs,
                   const Reply<WriteResult> &reply);
    void setSetting(quint64 seq, const QString &key, const QJsonValue &value, const Reply<WriteResult> &reply);
    void setting(const QString &key, const Reply<QJsonValue> &reply);
    void forceCommit(const Reply<CommitResult> &reply);
    // Answered directly: Datastore settles its own state before it tells the callers.
    CommitResult close();
    void diagnostics(const Reply<QVariantMap> &reply);

Q_SIGNALS:
    // Everything accepted with a sequence number <= seq is durable on disk.
    void committed(quint64 seq);
    // A commit failed; the writes up to `pendingSeq` stay pending and will be retried.
    void commitFailed(quint64 pendingSeq, const QString &error);
    // A fire-and-forget write (a heartbeat) was refused, e.g. its bucket does not exist.
    void writeRejected(quint64 seq, const QString &error);
    // Live view: the state of an event just after a write changed it (not yet durable).
    void eventApplied(const QString &bucketId, const stint::Event &event);

private:
    struct Op;
    struct LastEvent
    {
        Event event;
        bool dirty = false;  // changed since it was last written to SQL
        QByteArray dataText; // json::toCompact(event.data) once a heartbeat's answer needed it
    };
    struct BucketState
    {
        qint64 row = 0;
        Bucket bucket;
        bool lastLoaded = false;
        std::optional<LastEvent> last;
    };
    enum class Trigger { Automatic, Explicit };

    bool ensureOpen(quint64 seq, const Reply<WriteResult> &reply);
    // The bucket a write addresses, or nullptr after refusing the write (closed, unknown bucket).
    BucketState *bucketFor(quint64 seq, const QString &bucketId, const Reply<WriteResult> &reply);
    bool ensureLastLoaded(BucketState &state, QString *error);
    // The id of the bucket other than `exceptRow` that holds event `eventId`, or empty.
    QString bucketOwning(qint64 eventId, qint64 exceptRow);
    void record(Op op);
    // True, after refusing the write with StoreError::Full, when the log has reached the cap.
    bool refuseWhenFull(quint64 seq, const Reply<WriteResult> &reply);
    void recordUpsert(qint64 row, const Event &event);
    bool execute(const Op &op, QString *error);
    bool beginTransaction(QString *error);
    void rollback();
    bool flushLasts(QString *error);
    static QString idsUsedUp();
    void noteWrite(quint64 seq, int events);
    void maybeCommit(Trigger trigger);
    CommitResult commit(Trigger trigger);
    void onTimer();
    // After the final commit: moves the WAL into the database file and truncates it.
    void checkpoint();
    bool hasPending() const;
    void finishRejected(quint64 seq, StoreError error, const QString &message, const Reply<WriteResult> &reply);
    void commitAndReply(quint64 seq, const Reply<WriteResult> &reply);
    void finishAccepted(quint64 seq, EventList events, const Reply<WriteResult> &reply);
    void emitApplied(const QString &bucketId, const Event &event);
    QSqlDatabase database() const;
    void releaseStatements();

    Options m_options;
    QString m_connectionName;
    bool m_open = false;
    bool m_closed = false;

    QHash<QString, BucketState> m_buckets;
    std::vector<Op> m_log;   // SQL since the last successful commit, in order, for replay
    qint64 m_logBytes = 0;   // roughly what m_log takes in memory
    bool m_refusing = false; // refused a write for the cap since the last commit (logged once)
    bool m_txOpen = false;
    bool m_failed = false; // the last commit failed; m_log has not reached the database
    int m_uncommittedEvents = 0;
    qint64 m_batchStartedMs = -1; // monotonic ms when the open batch got its first write
    qint64 m_nextRetryMs = 0;
    qint64 m_retryDelayMs = 0;
    quint64 m_appliedSeq = 0;
    quint64 m_durableSeq = 0;
    quint64 m_commits = 0; // successful COMMITs, for diagnostics
    // Ids are handed out below this (the largest qint64), so the next one never overflows.
    static constexpr qint64 kLastEventId = std::numeric_limits<qint64>::max();
    qint64 m_nextEventId = 1;
    qint64 m_nextBucketRow = 1;
    QTimer *m_timer = nullptr;

    std::optional<QSqlQuery> m_upsertEvent;
    std::optional<QSqlQuery> m_selectLast;
    std::optional<QSqlQuery> m_begin;
    std::optional<QSqlQuery> m_commit;
};

} // namespace stint
