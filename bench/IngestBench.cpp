#include "IngestBench.h"
#include "ProcSampler.h"

#include "model/Bucket.h"
#include "model/Json.h"
#include "model/Timestamp.h"
#include "storage/Datastore.h"
#include "storage/EventReader.h"
#include "storage/Schema.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>

#include <sqlite3.h>

#ifdef Q_OS_UNIX
#include <sys/resource.h>
#endif

#include <algorithm>
#include <memory>
#include <thread>

using namespace Qt::StringLiterals;

namespace stint::bench {
namespace {

// Datastore names its QThread so; Linux shows it as the thread's comm.
const QString kWorkerThreadName = u"stint-datastore"_s;

IngestResult failed(QString message)
{
    IngestResult result;
    result.error = std::move(message);
    return result;
}

// Reads back through Stint's own reader, so both files are judged by the same code.
void verifyStored(const Workload &workload, const QString &path, IngestResult *result)
{
    EventReader reader(path);
    if (!reader.isOpen()) {
        result->error = u"cannot read back %1: %2"_s.arg(path, reader.error());
        return;
    }
    const auto events = reader.events(kBucketId);
    if (!events) {
        result->error = u"cannot read back the events: %1"_s.arg(reader.error());
        return;
    }
    result->storedEvents = events->size();
    result->storedDurationNs = 0;
    for (const Event &event : *events)
        result->storedDurationNs += event.duration;
    if (result->storedEvents != workload.distinctEvents) {
        result->error =
            u"stored %1 events, the workload makes %2"_s.arg(result->storedEvents).arg(workload.distinctEvents);
        return;
    }
    if (result->storedDurationNs != workload.totalDurationNs) {
        result->error = u"stored %1 ns of activity, the workload makes %2 ns"_s.arg(result->storedDurationNs)
                            .arg(workload.totalDurationNs);
        return;
    }
    // Event by event: the reader answers newest first.
    for (qsizetype i = 0; i < events->size(); ++i) {
        const Event &stored = events->at(events->size() - 1 - i);
        const Workload::ExpectedEvent &want = workload.expected[size_t(i)];
        if (stored.start != want.start || stored.end() != want.end
            || stored.data != workload.heartbeats[want.firstHeartbeat].data) {
            result->error = u"event %1 (oldest first) differs from what the workload makes"_s.arg(i);
            return;
        }
    }
}

// ---- raw libsqlite3 ---------------------------------------------------------------------------

struct DbCloser
{
    void operator()(sqlite3 *db) const { sqlite3_close_v2(db); }
};
struct StmtFinalizer
{
    void operator()(sqlite3_stmt *stmt) const { sqlite3_finalize(stmt); }
};
using DbPtr = std::unique_ptr<sqlite3, DbCloser>;
using StmtPtr = std::unique_ptr<sqlite3_stmt, StmtFinalizer>;

class RawDb
{
public:
    bool open(const QString &path)
    {
        sqlite3 *db = nullptr;
        const int rc = sqlite3_open_v2(QFile::encodeName(path).constData(), &db,
                                       SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nullptr);
        m_db.reset(db); // a handle comes back even on failure and must be closed
        if (rc != SQLITE_OK)
            return fail(u"cannot open %1"_s.arg(path));
        return true;
    }

    bool exec(const QByteArray &sql)
    {
        char *message = nullptr;
        if (sqlite3_exec(m_db.get(), sql.constData(), nullptr, nullptr, &message) == SQLITE_OK)
            return true;
        m_error = QString::fromUtf8(sql) + u": "_s + QString::fromUtf8(message);
        sqlite3_free(message);
        return false;
    }

    StmtPtr prepare(const char *sql)
    {
        sqlite3_stmt *stmt = nullptr;
        if (sqlite3_prepare_v3(m_db.get(), sql, -1, SQLITE_PREPARE_PERSISTENT, &stmt, nullptr) != SQLITE_OK)
            fail(QString::fromUtf8(sql));
        return StmtPtr(stmt);
    }

    // Runs a prepared statement that returns no rows and readies it for the next binding.
    bool run(sqlite3_stmt *stmt)
    {
        const int rc = sqlite3_step(stmt);
        sqlite3_reset(stmt);
        return rc == SQLITE_DONE || fail(QString::fromUtf8(sqlite3_sql(stmt)));
    }

    bool fail(const QString &what)
    {
        m_error = what + u": "_s + QString::fromUtf8(sqlite3_errmsg(m_db.get()));
        return false;
    }

    sqlite3 *handle() const { return m_db.get(); }
    QString error() const { return m_error; }

private:
    DbPtr m_db;
    QString m_error;
};

} // namespace

std::optional<qint64> peakRssKiB()
{
    return ProcSampler::parseStatusField(readProcFile(u"/proc/self/status"_s), "VmHWM");
}

qint64 processCpuNs()
{
#ifdef Q_OS_UNIX
    rusage usage{};
    if (getrusage(RUSAGE_SELF, &usage) != 0)
        return -1;
    const auto ns = [](const timeval &tv) { return qint64(tv.tv_sec) * 1'000'000'000 + qint64(tv.tv_usec) * 1'000; };
    return ns(usage.ru_utime) + ns(usage.ru_stime);
#else
    return -1;
#endif
}

IngestResult runStintIngest(const Workload &workload, const QString &path)
{
    Datastore::Options options;
    options.path = path; // default CommitPolicy and system clock, as the tracker runs
    Datastore store(std::move(options));
    QString error;
    if (!store.open(&error))
        return failed(u"cannot open the datastore: %1"_s.arg(error));

    // Delivered to this (the facade's) thread; drained after the run, outside the timing.
    qint64 commits = 0;
    qint64 rejected = 0;
    QString rejection;
    QString commitFailure;
    QObject::connect(&store, &Datastore::committed, &store, [&commits] { ++commits; });
    QObject::connect(&store, &Datastore::writeRejected, &store, [&](quint64, const QString &message) {
        if (rejected++ == 0)
            rejection = message;
    });
    QObject::connect(&store, &Datastore::commitFailed, &store, [&](quint64, const QString &message) {
        if (commitFailure.isEmpty())
            commitFailure = message;
    });

    Bucket bucket;
    bucket.id = kBucketId;
    bucket.type = u"currentwindow"_s;
    bucket.client = u"stint-bench"_s;
    bucket.hostname = u"bench-host"_s;
    const WriteResult created = store.createBucket(bucket).result();
    if (!created.ok())
        return failed(u"cannot create the bucket: %1"_s.arg(created.message));
    QCoreApplication::sendPostedEvents(); // the bucket's own commit is not part of the run
    commits = 0;

    // Writers are other threads in Stint (HTTP API, watchers): produce from one here too.
    qint64 postNs = 0;
    qint64 totalNs = 0;
    CommitResult finalCommit;
    const qint64 cpuBefore = processCpuNs();
    const SchedTimes workerBefore = namedThreadTimes(kWorkerThreadName);
    SchedTimes producerTimes;
    std::thread producer([&] {
        // A caller's id lives on the heap (parsed from a URL, built from the host name); the
        // literal's static data would skip the reference counting every posted copy pays.
        const QString bucketId(kBucketId.constData(), kBucketId.size());
        const SchedTimes before = currentThreadTimes();
        QElapsedTimer timer;
        timer.start();
        for (const Event &hb : workload.heartbeats)
            store.heartbeat(bucketId, hb, workload.pulsetimeSeconds);
        postNs = timer.nsecsElapsed();
        finalCommit = store.forceCommit().result();
        totalNs = timer.nsecsElapsed();
        producerTimes = currentThreadTimes().since(before);
    });
    producer.join();
    const qint64 cpuAfter = processCpuNs();
    const SchedTimes workerTimes = namedThreadTimes(kWorkerThreadName).since(workerBefore);

    const quint64 lastSeq = store.lastSeq();
    QCoreApplication::sendPostedEvents();
    const qint64 runCommits = commits;
    const CommitResult closed = store.close();
    QCoreApplication::sendPostedEvents();

    IngestResult result;
    result.elapsedNs = totalNs;
    result.postNs = postNs;
    result.commits = runCommits;
    result.cpuNs = cpuBefore >= 0 && cpuAfter >= 0 ? cpuAfter - cpuBefore : -1;
    result.writer = workerTimes;
    result.producer = producerTimes;
    if (!finalCommit.ok())
        result.error = u"forceCommit failed: %1"_s.arg(finalCommit.error);
    else if (finalCommit.durableSeq != lastSeq)
        result.error = u"forceCommit answered durable up to seq %1, the last write was %2"_s.arg(finalCommit.durableSeq)
                           .arg(lastSeq);
    else if (rejected > 0)
        result.error = u"%1 heartbeats were rejected, the first with: %2"_s.arg(rejected).arg(rejection);
    else if (!commitFailure.isEmpty())
        result.error = u"a commit failed during the run: %1"_s.arg(commitFailure);
    else if (!closed.ok())
        result.error = u"close failed: %1"_s.arg(closed.error);
    if (result.ok())
        verifyStored(workload, path, &result);
    return result;
}

IngestResult runRawIngest(const Workload &workload, const QString &path)
{
    constexpr int kCommitEvery = 100;
    constexpr qint64 kBucketRow = 1;
    IngestResult result;
    {
        RawDb db;
        if (!db.open(path))
            return failed(db.error());
        // Same durability as Stint's writer, and the file marked as Stint's so EventReader can
        // check it exactly as it checks Stint's own.
        bool ok = db.exec("PRAGMA journal_mode=WAL") && db.exec("PRAGMA synchronous=FULL");
        for (const QString &statement : Schema::currentDdl())
            ok = ok && db.exec(statement.toUtf8());
        ok = ok && db.exec("PRAGMA application_id=" + QByteArray::number(Schema::kApplicationId))
            && db.exec("PRAGMA user_version=" + QByteArray::number(Schema::kVersion));
        ok = ok
            && db.exec("INSERT INTO buckets(id, name, type, client, hostname, created, data) VALUES(1, '"
                       + kBucketId.toUtf8() + "', 'currentwindow', 'stint-bench', 'bench-host', 0, '{}')");
        if (!ok)
            return failed(db.error());

        const StmtPtr begin = db.prepare("BEGIN IMMEDIATE");
        const StmtPtr commit = db.prepare("COMMIT");
        const StmtPtr insert = db.prepare("INSERT INTO events(bucketrow, starttime, endtime, data) VALUES(?, ?, ?, ?)");
        const StmtPtr update = db.prepare("UPDATE events SET endtime = ? WHERE id = ?");
        if (!begin || !commit || !insert || !update)
            return failed(db.error());

        const qint64 pulsetimeNs = *Timestamp::secondsToNanos(workload.pulsetimeSeconds);
        struct Last
        {
            sqlite3_int64 id = 0;
            qint64 start = 0;
            qint64 end = 0;
            const QJsonObject *data = nullptr;
        };
        Last last;
        qint64 commits = 0;
        int inBatch = 0;

        const qint64 cpuBefore = processCpuNs();
        const SchedTimes threadBefore = currentThreadTimes();
        QElapsedTimer timer;
        timer.start();
        if (!db.run(begin.get()))
            return failed(db.error());
        const size_t count = workload.heartbeats.size();
        for (size_t i = 0; i < count; ++i) {
            // The same input Stint gets: events whose data is a QJsonObject, compared as objects
            // and serialized (with Stint's own serializer) only when a row is inserted.
            const Event &hb = workload.heartbeats[i];
            if (last.data && *last.data == hb.data && mergesInto(last.start, last.end, hb.start, pulsetimeNs)) {
                last.end = std::max(last.end, hb.end());
                sqlite3_bind_int64(update.get(), 1, last.end);
                sqlite3_bind_int64(update.get(), 2, last.id);
                if (!db.run(update.get()))
                    return failed(db.error());
            } else {
                sqlite3_bind_int64(insert.get(), 1, kBucketRow);
                sqlite3_bind_int64(insert.get(), 2, hb.start);
                sqlite3_bind_int64(insert.get(), 3, hb.end());
                const QString text = json::toCompactText(hb.data);
                sqlite3_bind_text16(insert.get(), 4, text.utf16(), int(text.size() * 2), SQLITE_TRANSIENT);
                if (!db.run(insert.get()))
                    return failed(db.error());
                if (!last.data || hb.start >= last.start)
                    last = Last{sqlite3_last_insert_rowid(db.handle()), hb.start, hb.end(), &hb.data};
            }
            if (++inBatch == kCommitEvery) {
                if (!db.run(commit.get()))
                    return failed(db.error());
                ++commits;
                inBatch = 0;
                if (i + 1 < count && !db.run(begin.get()))
                    return failed(db.error());
            }
        }
        if (inBatch > 0) {
            if (!db.run(commit.get()))
                return failed(db.error());
            ++commits;
        }
        result.elapsedNs = timer.nsecsElapsed();
        const qint64 cpuAfter = processCpuNs();
        result.writer = currentThreadTimes().since(threadBefore);
        result.cpuNs = cpuBefore >= 0 && cpuAfter >= 0 ? cpuAfter - cpuBefore : -1;
        result.commits = commits;
    } // statements finalized and the connection closed before reading back

    verifyStored(workload, path, &result);
    return result;
}

} // namespace stint::bench
