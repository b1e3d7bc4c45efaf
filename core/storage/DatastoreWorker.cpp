#include "storage/DatastoreWorker.h"

#include "model/Json.h"
#include "storage/Schema.h"
#include "storage/SqlUtil.h"
#include "storage/SqliteConnection.h"
#include "util/Clock.h"
#include "util/Logging.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QThread>
#include <QTimer>

#include <algorithm>

namespace stint {

// One SQL change in the open batch. Every kind is idempotent (upserts by primary key, deletes),
// so replaying the log after a failed commit is safe even if SQLite applied part of it.
struct DatastoreWorker::Op
{
    enum class Kind { UpsertEvent, DeleteEvents, UpsertBucket, DeleteBucket, SetSetting, DeleteSetting };
    explicit Op(Kind k)
        : kind(k)
    {
    }
    Kind kind;
    qint64 row = 0; // bucket row
    Event event;
    QList<qint64> ids;
    Bucket bucket;
    QString key;
    QString value; // compact JSON (an event's or a setting's)
    qint64 modified = 0;

    // An event's upsert; its data is kept as the JSON text that is bound, not twice.
    static Op upsert(qint64 bucketRow, const Event &event)
    {
        Op op(Kind::UpsertEvent);
        op.row = bucketRow;
        op.event.id = event.id;
        op.event.start = event.start;
        op.event.duration = event.duration;
        op.value = json::toCompactText(event.data);
        return op;
    }

    // Roughly what the op takes in memory, for the cap on what waits for a commit.
    qint64 bytes() const
    {
        const auto text = [](const QString &s) { return qint64(s.size()) * qint64(sizeof(QChar)); };
        return qint64(sizeof(Op)) + text(value) + text(key) + qint64(ids.size()) * qint64(sizeof(qint64))
            + text(bucket.id) + text(bucket.type) + text(bucket.client) + text(bucket.hostname)
            + (kind == Kind::UpsertBucket ? text(json::toCompactText(bucket.data)) : 0);
    }
};

namespace {

template<typename T>
void resolve(const Reply<T> &reply, T value)
{
    if (reply)
        reply(std::move(value));
}

bool runPrepared(QSqlQuery &query, QString *error)
{
    if (query.exec())
        return true;
    *error = sql::describe(query.lastError());
    return false;
}

} // namespace

DatastoreWorker::DatastoreWorker(Options options)
    : m_options(std::move(options))
    , m_connectionName(SqliteConnection::uniqueName(QStringLiteral("stint-writer")))
{
    if (!m_options.clock)
        m_options.clock = Clock::system();
    if (!m_options.liveListeners)
        m_options.liveListeners = std::make_shared<std::atomic<int>>(0);
    if (!m_options.maxPendingBytes)
        m_options.maxPendingBytes = std::make_shared<std::atomic<qint64>>(kDefaultMaxPendingBytes);
}

DatastoreWorker::~DatastoreWorker()
{
    if (m_open && !m_closed) {
        qCWarning(lcStore) << "datastore worker destroyed without Close; uncommitted writes are lost";
        releaseStatements();
        SqliteConnection::close(m_connectionName);
    }
}

QSqlDatabase DatastoreWorker::database() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

void DatastoreWorker::releaseStatements()
{
    m_upsertEvent.reset();
    m_selectLast.reset();
    m_begin.reset();
    m_commit.reset();
}

void DatastoreWorker::open(const Reply<QString> &reply)
{
    QString error;
    SqliteConnection::Report report;
    if (!SqliteConnection::openWriter(m_connectionName, m_options.path, &error, &report)) {
        resolve(reply, error);
        return;
    }
    QSqlDatabase db = database();
    const bool loaded = [&] {
        QSqlQuery buckets(db);
        if (!buckets.exec(QStringLiteral("SELECT id, CAST(name AS BLOB), CAST(type AS BLOB), CAST(client AS BLOB), "
                                         "CAST(hostname AS BLOB), created, CAST(data AS BLOB) FROM buckets"))) {
            error = sql::describe(buckets.lastError());
            return false;
        }
        while (buckets.next()) {
            BucketState state;
            state.row = buckets.value(0).toLongLong();
            state.bucket.id = sql::text(buckets, 1);
            state.bucket.type = sql::text(buckets, 2);
            state.bucket.client = sql::text(buckets, 3);
            state.bucket.hostname = sql::text(buckets, 4);
            state.bucket.created = buckets.value(5).toLongLong();
            state.bucket.data = json::parseObject(buckets.value(6).toByteArray(), nullptr).value_or(QJsonObject());
            m_nextBucketRow = std::max(m_nextBucketRow, state.row + 1);
            m_buckets.insert(state.bucket.id, state);
        }
        const QVariant maxId = sql::scalar(db, QStringLiteral("SELECT coalesce(max(id), 0) FROM events"), &error);
        if (!maxId.isValid())
            return false;
        m_nextEventId = std::min(maxId.toLongLong(), kLastEventId - 1) + 1;

        m_upsertEvent.emplace(db);
        m_selectLast.emplace(db);
        m_begin.emplace(db);
        m_commit.emplace(db);
        // Kept prepared: a batch of 100 heartbeats is cheap enough that preparing these shows.
        if (!m_begin->prepare(QStringLiteral("BEGIN IMMEDIATE")) || !m_commit->prepare(QStringLiteral("COMMIT"))) {
            error = sql::describe(m_begin->lastError().isValid() ? m_begin->lastError() : m_commit->lastError());
            return false;
        }
        if (!m_upsertEvent->prepare(QStringLiteral(
                "INSERT INTO events(id, bucketrow, starttime, endtime, data) VALUES(?, ?, ?, ?, ?) "
                "ON CONFLICT(id) DO UPDATE SET bucketrow = excluded.bucketrow, starttime = excluded.starttime, "
                "endtime = excluded.endtime, data = excluded.data"))
            || !m_selectLast->prepare(QStringLiteral("SELECT id, starttime, endtime, CAST(data AS BLOB) FROM events "
                                                     "WHERE bucketrow = ? ORDER BY starttime DESC LIMIT 1"))) {
            error = sql::describe(m_upsertEvent->lastError().isValid() ? m_upsertEvent->lastError()
                                                                       : m_selectLast->lastError());
            return false;
        }
        return true;
    }();
    if (!loaded) {
        releaseStatements();
        SqliteConnection::close(m_connectionName);
        resolve(reply, QStringLiteral("cannot read %1: %2").arg(m_options.path, error));
        return;
    }

    m_timer = new QTimer(this);
    m_timer->setInterval(std::max(1, m_options.policy.checkIntervalMs));
    connect(m_timer, &QTimer::timeout, this, &DatastoreWorker::onTimer);
    m_open = true;
    qCInfo(lcStore).noquote() << "opened" << m_options.path << "journal_mode" << report.journalMode << "schema"
                              << report.schemaVersionBefore << "->" << Schema::kVersion;
    resolve(reply, QString());
}

// ---- the open batch --------------------------------------------------------------------------

bool DatastoreWorker::hasPending() const
{
    return m_txOpen || m_failed || !m_log.empty() || m_uncommittedEvents > 0;
}

bool DatastoreWorker::beginTransaction(QString *error)
{
    if (m_txOpen)
        return true;
    if (!runPrepared(*m_begin, error))
        return false;
    m_txOpen = true;
    // After a failed commit, the log holds everything the database has not seen: replay it.
    for (const Op &op : m_log) {
        if (!execute(op, error)) {
            rollback();
            return false;
        }
    }
    m_failed = false;
    return true;
}

void DatastoreWorker::rollback()
{
    if (!m_txOpen)
        return;
    QSqlDatabase db = database();
    QString ignored; // after some errors SQLite has rolled back already and says so
    sql::exec(db, QStringLiteral("ROLLBACK"), &ignored);
    m_txOpen = false;
}

void DatastoreWorker::recordUpsert(qint64 row, const Event &event)
{
    record(Op::upsert(row, event));
}

void DatastoreWorker::record(Op op)
{
    m_logBytes += op.bytes();
    m_log.push_back(std::move(op));
    if (m_failed)
        return; // replayed by the next commit attempt
    QString error;
    if (m_txOpen ? execute(m_log.back(), &error) : beginTransaction(&error))
        return;
    rollback();
    m_failed = true;
    m_nextRetryMs = m_options.clock->monotonicMillis();
    qCWarning(lcStore).noquote() << "cannot write the open batch, keeping it in memory:" << error;
    Q_EMIT commitFailed(m_appliedSeq, error);
}

bool DatastoreWorker::execute(const Op &op, QString *error)
{
    QSqlDatabase db = database();
    switch (op.kind) {
    case Op::Kind::UpsertEvent: {
        QSqlQuery &q = *m_upsertEvent;
        q.bindValue(0, op.event.id);
        q.bindValue(1, op.row);
        q.bindValue(2, op.event.start);
        q.bindValue(3, op.event.end());
        q.bindValue(4, op.value); // TEXT, as the schema says
        return runPrepared(q, error);
    }
    case Op::Kind::DeleteEvents: {
        QSqlQuery q(db);
        q.prepare(QStringLiteral("DELETE FROM events WHERE bucketrow = ? AND id = ?"));
        for (qint64 id : op.ids) {
            q.bindValue(0, op.row);
            q.bindValue(1, id);
            if (!runPrepared(q, error))
                return false;
        }
        return true;
    }
    case Op::Kind::UpsertBucket: {
        QSqlQuery q(db);
        q.prepare(QStringLiteral("INSERT INTO buckets(id, name, type, client, hostname, created, data) "
                                 "VALUES(?, ?, ?, ?, ?, ?, ?) ON CONFLICT(id) DO UPDATE SET name = excluded.name, "
                                 "type = excluded.type, client = excluded.client, hostname = excluded.hostname, "
                                 "created = excluded.created, data = excluded.data"));
        q.addBindValue(op.row);
        q.addBindValue(op.bucket.id);
        q.addBindValue(op.bucket.type);
        q.addBindValue(op.bucket.client);
        q.addBindValue(op.bucket.hostname);
        q.addBindValue(op.bucket.created);
        q.addBindValue(json::toCompactText(op.bucket.data));
        return runPrepared(q, error);
    }
    case Op::Kind::DeleteBucket: {
        QSqlQuery events(db);
        events.prepare(QStringLiteral("DELETE FROM events WHERE bucketrow = ?"));
        events.addBindValue(op.row);
        QSqlQuery bucket(db);
        bucket.prepare(QStringLiteral("DELETE FROM buckets WHERE id = ?"));
        bucket.addBindValue(op.row);
        return runPrepared(events, error) && runPrepared(bucket, error);
    }
    case Op::Kind::SetSetting: {
        QSqlQuery q(db);
        q.prepare(QStringLiteral("INSERT INTO key_value(key, value, last_modified) VALUES(?, ?, ?) "
                                 "ON CONFLICT(key) DO UPDATE SET value = excluded.value, "
                                 "last_modified = excluded.last_modified"));
        q.addBindValue(op.key);
        q.addBindValue(op.value);
        q.addBindValue(op.modified);
        return runPrepared(q, error);
    }
    case Op::Kind::DeleteSetting: {
        QSqlQuery q(db);
        q.prepare(QStringLiteral("DELETE FROM key_value WHERE key = ?"));
        q.addBindValue(op.key);
        return runPrepared(q, error);
    }
    }
    Q_UNREACHABLE();
    return false;
}

bool DatastoreWorker::flushLasts(QString *error)
{
    for (const BucketState &state : std::as_const(m_buckets)) {
        if (!state.last || !state.last->dirty)
            continue;
        if (!execute(Op::upsert(state.row, state.last->event), error))
            return false;
    }
    return true;
}

QString DatastoreWorker::idsUsedUp()
{
    return QStringLiteral("event ids end at %1 and this would go past it").arg(kLastEventId - 1);
}

void DatastoreWorker::noteWrite(quint64 seq, int events)
{
    m_appliedSeq = std::max(m_appliedSeq, seq);
    if (m_batchStartedMs < 0)
        m_batchStartedMs = m_options.clock->monotonicMillis();
    if (!m_timer->isActive())
        m_timer->start();
    m_uncommittedEvents += events;
}

void DatastoreWorker::maybeCommit(Trigger trigger)
{
    if (m_uncommittedEvents > m_options.policy.maxEvents
        || m_logBytes >= m_options.maxPendingBytes->load(std::memory_order_relaxed))
        commit(trigger);
}

bool DatastoreWorker::refuseWhenFull(quint64 seq, const Reply<WriteResult> &reply)
{
    const qint64 cap = m_options.maxPendingBytes->load(std::memory_order_relaxed);
    // At the cap the batch is committed (after a failure, once the retry is due) before refusing.
    if (m_logBytes < cap || commit(m_failed ? Trigger::Automatic : Trigger::Explicit).ok())
        return false;
    if (!m_refusing) {
        m_refusing = true;
        qCWarning(lcStore).noquote() << m_logBytes << "bytes of changes wait in memory for a commit (the cap is" << cap
                                     << "); new writes are refused until one succeeds";
    }
    finishRejected(seq, StoreError::Full,
                   QStringLiteral("Stint cannot save at the moment and holds as much unsaved data as it may; "
                                  "try again later"),
                   reply);
    return true;
}

void DatastoreWorker::onTimer()
{
    if (!hasPending()) {
        m_timer->stop();
        m_batchStartedMs = -1; // the next write starts a new batch, and the age counts from it
        return;
    }
    const qint64 now = m_options.clock->monotonicMillis();
    if (m_failed ? now >= m_nextRetryMs : now - m_batchStartedMs >= m_options.policy.maxAgeMs)
        commit(Trigger::Automatic);
}

CommitResult DatastoreWorker::commit(Trigger trigger)
{
    if (!hasPending()) {
        m_batchStartedMs = -1;
        if (m_durableSeq != m_appliedSeq) {
            m_durableSeq = m_appliedSeq; // only refused writes since the last commit
            Q_EMIT committed(m_durableSeq);
        }
        return {m_durableSeq, {}};
    }
    const qint64 now = m_options.clock->monotonicMillis();
    if (trigger == Trigger::Automatic && m_failed && now < m_nextRetryMs)
        return {m_durableSeq, QStringLiteral("waiting to retry a failed commit")};

    QString error;
    bool ok = beginTransaction(&error) && flushLasts(&error);
    if (ok && m_options.faultInjector) {
        error = m_options.faultInjector();
        ok = error.isEmpty();
    }
    if (ok)
        ok = runPrepared(*m_commit, &error);
    if (!ok) {
        rollback();
        m_failed = true;
        m_retryDelayMs = m_retryDelayMs == 0 ? m_options.policy.retryDelayMs
                                             : std::min(m_retryDelayMs * 2, m_options.policy.maxRetryDelayMs);
        m_nextRetryMs = now + m_retryDelayMs;
        if (!m_timer->isActive())
            m_timer->start();
        error = QStringLiteral("commit failed: %1").arg(error);
        qCWarning(lcStore).noquote() << error << "- keeping" << m_uncommittedEvents << "events and" << m_log.size()
                                     << "changes in memory, retrying in" << m_retryDelayMs << "ms";
        Q_EMIT commitFailed(m_appliedSeq, error);
        return {m_durableSeq, error};
    }

    m_txOpen = false;
    m_failed = false;
    m_retryDelayMs = 0;
    m_log.clear();
    m_logBytes = 0;
    m_refusing = false;
    for (BucketState &state : m_buckets) {
        if (state.last)
            state.last->dirty = false;
    }
    m_uncommittedEvents = 0;
    m_batchStartedMs = -1;
    m_timer->stop();
    m_durableSeq = m_appliedSeq;
    ++m_commits;
    Q_EMIT committed(m_durableSeq);
    return {m_durableSeq, {}};
}

// ---- commands --------------------------------------------------------------------------------

bool DatastoreWorker::ensureOpen(quint64 seq, const Reply<WriteResult> &reply)
{
    if (m_open && !m_closed)
        return true;
    finishRejected(seq, StoreError::Closed, QStringLiteral("the datastore is closed"), reply);
    return false;
}

DatastoreWorker::BucketState *DatastoreWorker::bucketFor(quint64 seq, const QString &bucketId,
                                                         const Reply<WriteResult> &reply)
{
    if (!ensureOpen(seq, reply))
        return nullptr;
    const auto it = m_buckets.find(bucketId);
    if (it == m_buckets.end()) {
        finishRejected(seq, StoreError::NotFound, QStringLiteral("there is no bucket '%1'").arg(bucketId), reply);
        return nullptr;
    }
    return &*it;
}

void DatastoreWorker::finishRejected(quint64 seq, StoreError error, const QString &message,
                                     const Reply<WriteResult> &reply)
{
    m_appliedSeq = std::max(m_appliedSeq, seq);
    if (reply)
        resolve(reply, WriteResult{seq, error, message, {}, {}});
    else
        Q_EMIT writeRejected(seq, message);
    if (m_open && !m_closed && !hasPending())
        commit(Trigger::Explicit); // nothing to write: just moves the durable mark past this seq
}

void DatastoreWorker::commitAndReply(quint64 seq, const Reply<WriteResult> &reply)
{
    const CommitResult result = commit(Trigger::Explicit);
    if (result.ok()) {
        resolve(reply, WriteResult{seq, StoreError::None, {}, {}, {}});
        return;
    }
    // The change is kept and retried with the rest of the batch; the caller learns it is not
    // on disk yet.
    resolve(reply,
            WriteResult{seq,
                        StoreError::Storage,
                        QStringLiteral("accepted but not saved yet (%1); it is kept and retried").arg(result.error),
                        {},
                        {}});
}

void DatastoreWorker::finishAccepted(quint64 seq, EventList events, const Reply<WriteResult> &reply)
{
    resolve(reply, WriteResult{seq, StoreError::None, {}, std::move(events), {}});
}

void DatastoreWorker::emitApplied(const QString &bucketId, const Event &event)
{
    if (m_options.liveListeners->load(std::memory_order_relaxed) > 0)
        Q_EMIT eventApplied(bucketId, event);
}

bool DatastoreWorker::ensureLastLoaded(BucketState &state, QString *error)
{
    if (state.lastLoaded)
        return true;
    // The log must have reached the connection for the query to see this bucket's pending rows.
    if (m_failed && !beginTransaction(error)) {
        // The database cannot be read now; rather than refuse the write, carry on without a
        // last event to merge into (at worst one event is split in two).
        qCWarning(lcStore).noquote() << "cannot load the latest event of" << state.bucket.id << "-" << *error;
        state.last.reset();
        state.lastLoaded = true;
        return true;
    }
    QSqlQuery &q = *m_selectLast;
    q.bindValue(0, state.row);
    if (!runPrepared(q, error))
        return false;
    state.last.reset();
    if (q.next()) {
        Event event;
        event.id = q.value(0).toLongLong();
        event.start = q.value(1).toLongLong();
        event.duration = q.value(2).toLongLong() - event.start;
        event.data = json::parseObject(q.value(3).toByteArray(), nullptr).value_or(QJsonObject());
        state.last = LastEvent{event, false, {}};
    }
    q.finish();
    state.lastLoaded = true;
    return true;
}

void DatastoreWorker::heartbeat(quint64 seq, const QString &bucketId, const Event &heartbeat, qint64 pulsetimeNs,
                                const Reply<WriteResult> &reply)
{
    BucketState *found = bucketFor(seq, bucketId, reply);
    if (!found)
        return;
    BucketState &state = *found;
    QString error;
    if (!ensureLastLoaded(state, &error)) {
        finishRejected(seq, StoreError::Storage, error, reply);
        return;
    }

    Event result;
    LastEvent *last = state.last ? &*state.last : nullptr;
    // ActivityWatch's rule: same data, not before the last event, and within pulsetime of its end.
    const bool merges = last && last->event.data == heartbeat.data && last->event.start <= heartbeat.start
        && (heartbeat.start <= last->event.end() || heartbeat.start - last->event.end() <= pulsetimeNs);
    if (merges) {
        const qint64 end = std::max(last->event.end(), heartbeat.end());
        if (end != last->event.end()) {
            last->event.duration = end - last->event.start;
            last->dirty = true;
        }
        result = last->event;
    } else {
        if (refuseWhenFull(seq, reply))
            return;
        if (m_nextEventId == kLastEventId) {
            finishRejected(seq, StoreError::InvalidInput, idsUsedUp(), reply);
            return;
        }
        result = heartbeat;
        result.id = m_nextEventId++;
        // The new event becomes the merge target even when it is older than the previous one,
        // as in ActivityWatch: after the system clock is set back, heartbeats merge again
        // instead of each becoming an event of its own.
        if (last && last->dirty)
            recordUpsert(state.row, last->event);
        state.last = LastEvent{result, true, {}};
    }
    noteWrite(seq, 1);
    emitApplied(bucketId, result);
    if (reply) {
        QByteArray &dataText = state.last->dataText; // state.last holds `result` now
        if (dataText.isEmpty())
            dataText = json::toCompact(result.data);
        resolve(reply, WriteResult{seq, StoreError::None, {}, {result}, dataText});
    }
    maybeCommit(Trigger::Automatic);
}

QString DatastoreWorker::bucketOwning(qint64 eventId, qint64 exceptRow)
{
    // A pending event lives only in a bucket's cache; a stored one in the table (which, through
    // the open transaction, includes this batch's rows).
    for (const BucketState &other : std::as_const(m_buckets)) {
        if (other.row != exceptRow && other.last && other.last->event.id == eventId)
            return other.bucket.id;
    }
    QSqlQuery q(database());
    q.prepare(QStringLiteral("SELECT b.name FROM events e JOIN buckets b ON b.id = e.bucketrow "
                             "WHERE e.id = ? AND e.bucketrow != ?"));
    q.addBindValue(eventId);
    q.addBindValue(exceptRow);
    return q.exec() && q.next() ? q.value(0).toString() : QString();
}

void DatastoreWorker::insertEvents(quint64 seq, const QString &bucketId, const EventList &events,
                                   const Reply<WriteResult> &reply)
{
    BucketState *found = bucketFor(seq, bucketId, reply);
    if (!found)
        return;
    BucketState &state = *found;
    // The ids the events will have, checked before any is stored: every one below kLastEventId.
    qint64 next = m_nextEventId;
    for (const Event &event : events) {
        if (event.id <= 0 ? next == kLastEventId : event.id >= kLastEventId) {
            finishRejected(seq, StoreError::InvalidInput, idsUsedUp(), reply);
            return;
        }
        next = event.id <= 0 ? next + 1 : std::max(next, event.id + 1);
    }
    for (const Event &event : events) {
        if (event.id <= 0)
            continue;
        const QString owner = bucketOwning(event.id, state.row);
        if (!owner.isEmpty()) {
            finishRejected(seq, StoreError::InvalidInput,
                           QStringLiteral("event id %1 belongs to bucket '%2'").arg(event.id).arg(owner), reply);
            return;
        }
    }
    if (refuseWhenFull(seq, reply))
        return;
    // The cached last event is written out and reloaded afterwards: the inserts may replace it.
    if (state.last && state.last->dirty) {
        recordUpsert(state.row, state.last->event);
        state.last->dirty = false;
    }
    EventList stored;
    stored.reserve(events.size());
    for (Event event : events) {
        if (event.id <= 0)
            event.id = m_nextEventId++;
        else
            m_nextEventId = std::max(m_nextEventId, event.id + 1);
        recordUpsert(state.row, event);
        stored.append(event);
    }
    state.lastLoaded = false;
    state.last.reset();
    noteWrite(seq, int(stored.size()));
    if (!stored.isEmpty())
        emitApplied(bucketId, stored.constLast());
    finishAccepted(seq, std::move(stored), reply);
    maybeCommit(Trigger::Automatic);
}

void DatastoreWorker::deleteEvents(quint64 seq, const QString &bucketId, const QList<qint64> &ids,
                                   const Reply<WriteResult> &reply)
{
    BucketState *found = bucketFor(seq, bucketId, reply);
    if (!found)
        return;
    if (refuseWhenFull(seq, reply))
        return;
    BucketState &state = *found;
    if (state.last && state.last->dirty && !ids.contains(state.last->event.id)) {
        recordUpsert(state.row, state.last->event);
    }
    Op op(Op::Kind::DeleteEvents);
    op.row = state.row;
    op.ids = ids;
    record(std::move(op));
    state.lastLoaded = false;
    state.last.reset();
    noteWrite(seq, 0);
    // Deleting is a deliberate act: make it durable now, and answer after the commit.
    commitAndReply(seq, reply);
}

void DatastoreWorker::createBucket(quint64 seq, const Bucket &bucket, const Reply<WriteResult> &reply)
{
    if (!ensureOpen(seq, reply))
        return;
    if (const QString problem = bucket.namesProblem(); !problem.isEmpty()) {
        finishRejected(seq, StoreError::InvalidInput, problem, reply);
        return;
    }
    if (m_buckets.contains(bucket.id)) {
        finishRejected(seq, StoreError::AlreadyExists, QStringLiteral("bucket '%1' already exists").arg(bucket.id),
                       reply);
        return;
    }
    if (refuseWhenFull(seq, reply))
        return;
    BucketState state;
    state.row = m_nextBucketRow++;
    state.bucket = bucket;
    state.bucket.firstStart.reset();
    state.bucket.lastEnd.reset();
    state.bucket.eventCount = 0;
    if (state.bucket.created == 0)
        state.bucket.created = m_options.clock->nowNanos();
    state.lastLoaded = true; // a new bucket has no events
    m_buckets.insert(bucket.id, state);
    Op op(Op::Kind::UpsertBucket);
    op.row = state.row;
    op.bucket = state.bucket;
    record(std::move(op));
    noteWrite(seq, 0);
    commitAndReply(seq, reply);
}

void DatastoreWorker::updateBucket(quint64 seq, const Bucket &bucket, const Reply<WriteResult> &reply)
{
    BucketState *found = bucketFor(seq, bucket.id, reply);
    if (!found || refuseWhenFull(seq, reply))
        return;
    found->bucket.type = bucket.type;
    found->bucket.client = bucket.client;
    found->bucket.hostname = bucket.hostname;
    found->bucket.data = bucket.data;
    Op op(Op::Kind::UpsertBucket);
    op.row = found->row;
    op.bucket = found->bucket;
    record(std::move(op));
    noteWrite(seq, 0);
    commitAndReply(seq, reply);
}

void DatastoreWorker::deleteBucket(quint64 seq, const QString &bucketId, const Reply<WriteResult> &reply)
{
    BucketState *found = bucketFor(seq, bucketId, reply);
    if (!found || refuseWhenFull(seq, reply))
        return;
    Op op(Op::Kind::DeleteBucket);
    op.row = found->row;
    m_buckets.remove(bucketId);
    record(std::move(op));
    noteWrite(seq, 0);
    commitAndReply(seq, reply);
}

void DatastoreWorker::setSetting(quint64 seq, const QString &key, const QJsonValue &value,
                                 const Reply<WriteResult> &reply)
{
    if (!ensureOpen(seq, reply))
        return;
    if (key.isEmpty()) {
        finishRejected(seq, StoreError::InvalidInput, QStringLiteral("a setting key must not be empty"), reply);
        return;
    }
    if (refuseWhenFull(seq, reply))
        return;
    Op op(value.isNull() || value.isUndefined() ? Op::Kind::DeleteSetting : Op::Kind::SetSetting);
    op.key = key;
    op.value = json::toCompactText(value);
    op.modified = m_options.clock->nowNanos();
    record(std::move(op));
    noteWrite(seq, 0);
    // Settings change rarely and a user expects them kept: commit now, answer after the commit.
    commitAndReply(seq, reply);
}

void DatastoreWorker::setting(const QString &key, const Reply<QJsonValue> &reply)
{
    QString error;
    if (!m_open || m_closed || (m_failed && !beginTransaction(&error))) {
        resolve(reply, QJsonValue(QJsonValue::Undefined));
        return;
    }
    QSqlQuery q(database());
    q.prepare(QStringLiteral("SELECT CAST(value AS BLOB) FROM key_value WHERE key = ?"));
    q.addBindValue(key);
    // A failed read is "unknown" (Undefined), never "not set": a caller must not take defaults, such
    // as no API key, for a value it could not read.
    if (!q.exec()) {
        qCWarning(lcStore).noquote() << "cannot read the setting" << key << ":" << sql::describe(q.lastError());
        resolve(reply, QJsonValue(QJsonValue::Undefined));
        return;
    }
    if (!q.next()) {
        resolve(reply, QJsonValue(QJsonValue::Null));
        return;
    }
    QString why;
    const auto value = json::parseValue(q.value(0).toByteArray(), &why);
    if (!value)
        qCWarning(lcStore).noquote() << "the stored value of the setting" << key << "cannot be read:" << why;
    resolve(reply, value.value_or(QJsonValue(QJsonValue::Undefined)));
}

void DatastoreWorker::forceCommit(const Reply<CommitResult> &reply)
{
    if (!m_open || m_closed) {
        resolve(reply, CommitResult{m_durableSeq, QStringLiteral("the datastore is closed")});
        return;
    }
    resolve(reply, commit(Trigger::Explicit));
}

CommitResult DatastoreWorker::close()
{
    if (!m_open || m_closed) {
        QThread::currentThread()->quit();
        return {m_durableSeq, {}};
    }
    const CommitResult result = commit(Trigger::Explicit);
    if (!result.ok())
        return result; // stay open: the data is still in memory and the caller may retry
    m_timer->stop();
    checkpoint();
    releaseStatements();
    SqliteConnection::close(m_connectionName);
    m_closed = true;
    qCInfo(lcStore) << "closed; durable up to seq" << m_durableSeq;
    QThread::currentThread()->quit();
    return result;
}

void DatastoreWorker::checkpoint()
{
    // Everything is committed, so the data is safe either way; this moves it from the WAL into the
    // main file, so that after a clean quit the database file alone is a complete copy. It waits
    // (busy timeout) for a reader that is still inside a read, and says so if one stayed.
    QSqlQuery q(database());
    if (!q.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")) || !q.next()) {
        qCWarning(lcStore).noquote() << "cannot checkpoint the WAL into" << m_options.path << "-"
                                     << sql::describe(q.lastError());
        return;
    }
    // (busy, frames in the WAL, frames moved into the database); not WAL mode: (0, -1, -1).
    const int busy = q.value(0).toInt();
    const int frames = q.value(1).toInt();
    const int moved = q.value(2).toInt();
    if (busy != 0 || frames != moved)
        qCWarning(lcStore).noquote() << "the WAL of" << m_options.path << "could not be fully checkpointed (a reader"
                                     << "is still open):" << moved << "of" << frames << "frames moved";
    else
        qCDebug(lcStore) << "WAL checkpointed into the database file";
}

void DatastoreWorker::diagnostics(const Reply<QVariantMap> &reply)
{
    QVariantMap info;
    info.insert(QStringLiteral("path"), m_options.path);
    info.insert(QStringLiteral("open"), m_open && !m_closed);
    info.insert(QStringLiteral("appliedSeq"), m_appliedSeq);
    info.insert(QStringLiteral("durableSeq"), m_durableSeq);
    info.insert(QStringLiteral("uncommittedEvents"), m_uncommittedEvents);
    info.insert(QStringLiteral("pendingChanges"), qulonglong(m_log.size()));
    info.insert(QStringLiteral("pendingBytes"), m_logBytes);
    info.insert(QStringLiteral("transactionOpen"), m_txOpen);
    info.insert(QStringLiteral("commits"), m_commits);
    info.insert(QStringLiteral("failed"), m_failed);
    if (m_open && !m_closed) {
        QSqlDatabase db = database();
        QString error;
        for (const char *pragma : {"journal_mode", "synchronous", "user_version", "application_id"})
            info.insert(QString::fromLatin1(pragma),
                        sql::scalar(db, QStringLiteral("PRAGMA ") + QLatin1String(pragma), &error));
    }
    resolve(reply, info);
}

} // namespace stint
