#include "storage/Datastore.h"

#include "model/Timestamp.h"
#include "storage/DatastoreWorker.h"
#include "util/Clock.h"
#include "util/Logging.h"
#include "util/UnicodeText.h"

#include <QDeadlineTimer>
#include <QMetaMethod>
#include <QPromise>
#include <QThread>

#include <algorithm>

namespace stint {

namespace {

// A reply that fulfils a future.
template<typename T>
Reply<T> fulfil(QFuture<T> *future)
{
    auto promise = std::make_shared<QPromise<T>>();
    promise->start();
    *future = promise->future();
    return [promise](T value) {
        promise->addResult(std::move(value));
        promise->finish();
    };
}

WriteResult closedWrite()
{
    return WriteResult{0, StoreError::Closed, QStringLiteral("the datastore is closed"), {}, {}};
}

} // namespace

bool waitForFuture(const QFuture<void> &future, int timeoutMs)
{
    // Qt 6.4's QFuture has no timed wait, and a continuation (then()) would replace one the
    // caller may have set, since a future keeps only one. So: look, and sleep a little longer
    // each time, up to 20 ms.
    const QDeadlineTimer deadline(timeoutMs);
    qint64 pauseMs = 1;
    while (!future.isFinished()) {
        if (deadline.hasExpired())
            return false;
        QThread::msleep(quint64(std::clamp<qint64>(deadline.remainingTime(), 1, pauseMs)));
        pauseMs = std::min<qint64>(pauseMs * 2, 20);
    }
    return true;
}

Datastore::Datastore(Options options, QObject *parent)
    : QObject(parent)
    , m_options(std::move(options))
    , m_liveListeners(std::make_shared<std::atomic<int>>(0))
    , m_maxPendingBytes(std::make_shared<std::atomic<qint64>>(kDefaultMaxPendingBytes))
{
    if (!m_options.clock)
        m_options.clock = Clock::system();
    qRegisterMetaType<stint::Event>();
}

Datastore::~Datastore()
{
    if (!m_thread)
        return;
    // Joins a Close already in flight, or sends one; both bounded.
    const CommitResult result = close(kDefaultCloseTimeoutMs);
    bool stopped = false;
    if (result.ok()) {
        stopped = m_thread->wait(QDeadlineTimer(kDefaultCloseTimeoutMs)); // the worker quit after Close
    } else {
        qCCritical(lcStore).noquote() << "final commit failed, recent activity was not saved:" << result.error;
        QMutexLocker lock(&m_postMutex);
        if (!m_closeInFlight) {
            // Close was answered (with an error): nothing is queued behind it, so stopping is safe.
            lock.unlock();
            m_thread->quit();
            stopped = m_thread->wait(QDeadlineTimer(kDefaultCloseTimeoutMs));
        }
    }
    if (!stopped) {
        // A stalled fsync or a Close still queued: deleting the worker under it would be worse
        // than leaving it. The process is ending anyway.
        qCCritical(lcStore) << "the datastore thread did not stop in time; leaving it behind";
        (void)m_worker.release();
        m_thread = nullptr;
        return;
    }
    m_worker.reset(); // its thread has finished: safe to delete from here
    delete m_thread;
}

bool Datastore::isOpen() const
{
    QMutexLocker lock(const_cast<QMutex *>(&m_postMutex));
    return m_accepting;
}

bool Datastore::open(QString *error)
{
    if (m_thread) {
        if (error)
            *error = QStringLiteral("the datastore was opened already");
        return false;
    }
    DatastoreWorker::Options workerOptions{m_options.path,          m_options.policy, m_options.clock,
                                           m_options.faultInjector, m_liveListeners,  m_maxPendingBytes};
    m_worker = std::make_unique<DatastoreWorker>(std::move(workerOptions));
    m_thread = new QThread;
    m_thread->setObjectName(QStringLiteral("stint-datastore"));
    m_worker->moveToThread(m_thread);

    // Seen from any thread at once, so a waiter can ask durableSeq() without the event loop.
    connect(
        m_worker.get(), &DatastoreWorker::committed, m_worker.get(), [this](quint64 seq) { m_durableSeq.store(seq); },
        Qt::DirectConnection);
    connect(m_worker.get(), &DatastoreWorker::committed, this, &Datastore::committed);
    connect(m_worker.get(), &DatastoreWorker::commitFailed, this, &Datastore::commitFailed);
    connect(m_worker.get(), &DatastoreWorker::writeRejected, this, &Datastore::writeRejected);
    connect(m_worker.get(), &DatastoreWorker::eventApplied, this, &Datastore::eventApplied);
    connect(m_worker.get(), &DatastoreWorker::commitFailed, this, [this](quint64, const QString &problem) {
        if (problem == m_savingProblem)
            return;
        m_savingProblem = problem;
        Q_EMIT savingProblemChanged(problem);
    });
    connect(m_worker.get(), &DatastoreWorker::committed, this, [this] {
        if (m_savingProblem.isEmpty())
            return;
        m_savingProblem.clear();
        Q_EMIT savingProblemChanged({});
    });
    m_thread->start();

    QFuture<QString> opened;
    QMetaObject::invokeMethod(
        m_worker.get(), [worker = m_worker.get(), reply = fulfil(&opened)] { worker->open(reply); },
        Qt::QueuedConnection);
    opened.waitForFinished();
    const QString message = opened.result();
    if (!message.isEmpty()) {
        if (error)
            *error = message;
        m_thread->quit();
        m_thread->wait();
        return false;
    }
    QMutexLocker lock(&m_postMutex);
    m_accepting = true;
    return true;
}

void Datastore::enqueue(QMutexLocker<QMutex> &lock, Command command, Wake wake)
{
    // One wake-up per burst: the drain picks up everything appended until it runs, and a drain
    // that is running looks again before it ends. A wake-up a deferred post still owes is sent by
    // the next post that wakes.
    const bool needsWake = m_mailbox.empty() && !m_drainRunning;
    m_mailbox.push_back(std::move(command));
    if (wake == Wake::Deferred) {
        if (needsWake)
            m_wakeDeferred.store(true);
        return;
    }
    // This wake-up also pays one a deferred post owes, so wakeDeferred() does not send a second.
    const bool owed = m_wakeDeferred.exchange(false);
    if (!needsWake && !owed)
        return;
    lock.unlock();
    wakeWorker();
}

void Datastore::wakeWorker()
{
    // Outside m_postMutex: posting the event writes to the worker's wake-up descriptor, and a
    // drain starting meanwhile would otherwise block on the lock (a futex sleep and wake per
    // heartbeat). A drain that ran in between just finds the mailbox empty.
    QMetaObject::invokeMethod(
        m_worker.get(), [this] { drainMailbox(); }, Qt::QueuedConnection);
}

void Datastore::wakeDeferred()
{
    if (m_wakeDeferred.exchange(false))
        wakeWorker();
}

void Datastore::drainMailbox()
{
    // Commands posted while a batch runs are taken in the same call, and their posters do not
    // wake the worker: under heartbeats from several clients, a wake-up per batch was one write
    // to the worker's wake-up descriptor from the server thread and, as Qt saw an event posted
    // while it delivered one, a second from the worker to itself. After kRounds batches the
    // drain goes on in a new call, so that the worker's timers and other events get their turn.
    constexpr int kRounds = 16;
    DatastoreWorker *worker = m_worker.get();
    for (int round = 0;; ++round) {
        {
            QMutexLocker lock(&m_postMutex);
            m_draining.swap(m_mailbox); // both keep their capacity for the next bursts
            m_drainRunning = !m_draining.empty();
            if (!m_drainRunning)
                return;
            if (round == kRounds) {
                m_draining.swap(m_mailbox);
                lock.unlock();
                wakeWorker();
                return;
            }
            // What the mailbox held is in hand: a wake-up owed for it would find nothing.
            m_wakeDeferred.store(false);
        }
        for (Command &command : m_draining) {
            if (command.call)
                command.call(worker);
            else
                worker->heartbeat(command.seq, command.bucketId, command.event, command.pulsetimeNs, command.reply);
        }
        m_draining.clear();
    }
}

template<typename T, typename Fn>
void Datastore::post(Fn &&call, const T &whenClosed, Reply<T> reply)
{
    {
        QMutexLocker lock(&m_postMutex);
        if (m_accepting) {
            Command command;
            command.call = [reply = std::move(reply), call = std::forward<Fn>(call)](DatastoreWorker *worker) {
                call(worker, reply);
            };
            enqueue(lock, std::move(command));
            return;
        }
    }
    if (reply)
        reply(whenClosed);
}

template<typename T, typename Fn>
QFuture<T> Datastore::post(Fn &&call, const T &whenClosed)
{
    QFuture<T> future;
    post<T>(std::forward<Fn>(call), whenClosed, fulfil(&future));
    return future;
}

template<typename Fn>
void Datastore::postWrite(Fn &&call, Reply<WriteResult> reply)
{
    {
        QMutexLocker lock(&m_postMutex);
        if (m_accepting) {
            const quint64 seq = m_lastSeq.fetch_add(1) + 1;
            Command command;
            command.seq = seq;
            command.call = [reply = std::move(reply), seq, call = std::forward<Fn>(call)](DatastoreWorker *worker) {
                call(worker, seq, reply);
            };
            enqueue(lock, std::move(command));
            return;
        }
    }
    if (reply)
        reply(closedWrite());
}

template<typename Fn>
QFuture<WriteResult> Datastore::postWrite(Fn &&call)
{
    QFuture<WriteResult> future;
    postWrite(std::forward<Fn>(call), fulfil(&future));
    return future;
}

namespace {

WriteResult invalid(const QString &message)
{
    return WriteResult{0, StoreError::InvalidInput, message, {}, {}};
}

QFuture<WriteResult> readyResult(const WriteResult &result)
{
    return QtFuture::makeReadyFuture(result);
}

// The future of a call that answers through a Reply.
template<typename T, typename Fn>
QFuture<T> futureOf(Fn &&start)
{
    QFuture<T> future;
    start(fulfil(&future));
    return future;
}

// Checks what the worker cannot: durations and pulsetime that are negative or overflow.
QString validateHeartbeat(const Event &heartbeat, double pulsetimeSeconds, qint64 *pulsetimeNs)
{
    if (heartbeat.duration < 0)
        return QStringLiteral("a heartbeat's duration must not be negative");
    const auto pulse = Timestamp::secondsToNanos(pulsetimeSeconds);
    if (!pulse || *pulse < 0)
        return QStringLiteral("pulsetime must be a finite, non-negative number of seconds");
    *pulsetimeNs = *pulse;
    return {};
}

// SQLite turns text into UTF-8 and would fuse a lone surrogate with the character after it;
// names are stored as plain text, so they must be whole characters. (JSON values are safe: the
// writer escapes a lone surrogate.)
QString checkNames(std::initializer_list<const QString *> names)
{
    for (const QString *name : names) {
        if (!QStringView(*name).isValidUtf16())
            return QStringLiteral("\"%1\" holds a lone UTF-16 surrogate, which is not a character")
                .arg(unicode::withoutLoneSurrogates(*name));
    }
    return {};
}

QString checkBucketNames(const Bucket &bucket)
{
    return checkNames({&bucket.id, &bucket.type, &bucket.client, &bucket.hostname});
}

// The bucket columns are NOT NULL and Qt binds a null QString as NULL: a commit holding such a
// bucket would fail on every retry. A missing type, client or hostname is stored as empty text.
Bucket withEmptyForNull(Bucket bucket)
{
    for (QString *text : {&bucket.type, &bucket.client, &bucket.hostname}) {
        if (text->isNull())
            *text = QStringLiteral("");
    }
    return bucket;
}

} // namespace

quint64 Datastore::heartbeat(const QString &bucketId, const Event &heartbeat, double pulsetimeSeconds)
{
    qint64 pulsetimeNs = 0;
    QString refusal = validateHeartbeat(heartbeat, pulsetimeSeconds, &pulsetimeNs);
    QMutexLocker lock(&m_postMutex);
    if (refusal.isEmpty() && !m_accepting)
        refusal = QStringLiteral("the datastore is closed");
    if (!refusal.isEmpty()) {
        // Not accepted, so no sequence number; reported like every other refusal, from the
        // facade's thread, never synchronously.
        QMetaObject::invokeMethod(
            this, [this, refusal] { Q_EMIT writeRejected(0, refusal); }, Qt::QueuedConnection);
        return 0;
    }
    const quint64 seq = m_lastSeq.fetch_add(1) + 1;
    enqueue(lock, Command{seq, bucketId, heartbeat, pulsetimeNs, {}, {}});
    return seq;
}

QFuture<WriteResult> Datastore::heartbeatWithReply(const QString &bucketId, const Event &heartbeat,
                                                   double pulsetimeSeconds)
{
    QFuture<WriteResult> future;
    heartbeatWithReply(bucketId, heartbeat, pulsetimeSeconds, fulfil(&future));
    return future;
}

void Datastore::heartbeatWithReply(const QString &bucketId, const Event &heartbeat, double pulsetimeSeconds,
                                   Reply<WriteResult> done, Wake wake)
{
    qint64 pulsetimeNs = 0;
    const QString invalidMessage = validateHeartbeat(heartbeat, pulsetimeSeconds, &pulsetimeNs);
    if (!invalidMessage.isEmpty()) {
        done(invalid(invalidMessage));
        return;
    }
    {
        // As a plain heartbeat command with its reply: no command closure to allocate.
        QMutexLocker lock(&m_postMutex);
        if (m_accepting) {
            const quint64 seq = m_lastSeq.fetch_add(1) + 1;
            enqueue(lock, Command{seq, bucketId, heartbeat, pulsetimeNs, std::move(done), {}}, wake);
            return;
        }
    }
    done(closedWrite());
}

QFuture<WriteResult> Datastore::createBucket(const Bucket &bucket)
{
    return futureOf<WriteResult>([&](Reply<WriteResult> done) { createBucket(bucket, std::move(done)); });
}

void Datastore::createBucket(const Bucket &bucket, Reply<WriteResult> done)
{
    if (const QString refusal = checkBucketNames(bucket); !refusal.isEmpty()) {
        done(invalid(refusal));
        return;
    }
    postWrite([bucket = withEmptyForNull(bucket)](DatastoreWorker *worker, quint64 seq,
                                                  const auto &reply) { worker->createBucket(seq, bucket, reply); },
              std::move(done));
}

QFuture<WriteResult> Datastore::updateBucket(const Bucket &bucket)
{
    if (const QString refusal = checkBucketNames(bucket); !refusal.isEmpty())
        return readyResult(invalid(refusal));
    return postWrite([bucket = withEmptyForNull(bucket)](DatastoreWorker *worker, quint64 seq, const auto &reply) {
        worker->updateBucket(seq, bucket, reply);
    });
}

QFuture<WriteResult> Datastore::deleteBucket(const QString &bucketId)
{
    return futureOf<WriteResult>([&](Reply<WriteResult> done) { deleteBucket(bucketId, std::move(done)); });
}

void Datastore::deleteBucket(const QString &bucketId, Reply<WriteResult> done)
{
    postWrite([bucketId](DatastoreWorker *worker, quint64 seq,
                         const auto &reply) { worker->deleteBucket(seq, bucketId, reply); },
              std::move(done));
}

QFuture<WriteResult> Datastore::insertEvents(const QString &bucketId, const EventList &events)
{
    return futureOf<WriteResult>([&](Reply<WriteResult> done) { insertEvents(bucketId, events, std::move(done)); });
}

void Datastore::insertEvents(const QString &bucketId, const EventList &events, Reply<WriteResult> done)
{
    for (const Event &event : events) {
        if (event.duration < 0) {
            done(invalid(QStringLiteral("an event's duration must not be negative")));
            return;
        }
    }
    postWrite([bucketId, events](DatastoreWorker *worker, quint64 seq,
                                 const auto &reply) { worker->insertEvents(seq, bucketId, events, reply); },
              std::move(done));
}

QFuture<WriteResult> Datastore::deleteEvents(const QString &bucketId, const QList<qint64> &eventIds)
{
    return futureOf<WriteResult>([&](Reply<WriteResult> done) { deleteEvents(bucketId, eventIds, std::move(done)); });
}

void Datastore::deleteEvents(const QString &bucketId, const QList<qint64> &eventIds, Reply<WriteResult> done)
{
    postWrite([bucketId, eventIds](DatastoreWorker *worker, quint64 seq,
                                   const auto &reply) { worker->deleteEvents(seq, bucketId, eventIds, reply); },
              std::move(done));
}

QFuture<WriteResult> Datastore::setSetting(const QString &key, const QJsonValue &value)
{
    return futureOf<WriteResult>([&](Reply<WriteResult> done) { setSetting(key, value, std::move(done)); });
}

void Datastore::setSetting(const QString &key, const QJsonValue &value, Reply<WriteResult> done)
{
    if (const QString refusal = checkNames({&key}); !refusal.isEmpty()) {
        done(invalid(refusal));
        return;
    }
    postWrite([key, value](DatastoreWorker *worker, quint64 seq,
                           const auto &reply) { worker->setSetting(seq, key, value, reply); },
              std::move(done));
}

QFuture<QJsonValue> Datastore::setting(const QString &key)
{
    return post<QJsonValue>([key](DatastoreWorker *worker, const auto &reply) { worker->setting(key, reply); },
                            QJsonValue(QJsonValue::Undefined));
}

QFuture<CommitResult> Datastore::forceCommit()
{
    QFuture<CommitResult> future;
    forceCommit(fulfil(&future));
    return future;
}

void Datastore::forceCommit(Reply<CommitResult> done)
{
    post<CommitResult>([](DatastoreWorker *worker, const auto &reply) { worker->forceCommit(reply); },
                       CommitResult{durableSeq(), QStringLiteral("the datastore is closed")}, std::move(done));
}

QFuture<CommitResult> Datastore::closeAsync()
{
    auto promise = std::make_shared<QPromise<CommitResult>>();
    promise->start();
    QFuture<CommitResult> future = promise->future();
    QMutexLocker lock(&m_postMutex);
    if (m_closeInFlight) {
        m_closeWaiters.push_back(promise); // a second caller hears the same final commit's answer
        return future;
    }
    if (!m_accepting) {
        promise->addResult(CommitResult{durableSeq(), {}}); // never opened, or closed already
        promise->finish();
        return future;
    }
    // From here on new writes are refused at the door, so Close is the worker's last command.
    m_accepting = false;
    m_closeInFlight = true;
    m_closeWaiters = {promise};
    Command command;
    command.call = [this](DatastoreWorker *worker) {
        const CommitResult result = worker->close();
        std::vector<std::shared_ptr<QPromise<CommitResult>>> waiters;
        {
            QMutexLocker settle(&m_postMutex);
            m_closeInFlight = false;
            // On failure the worker stays open with the data in memory: let writers and a
            // retried Close in again before the callers hear about it.
            m_accepting = !result.ok();
            waiters.swap(m_closeWaiters);
        }
        for (const auto &waiter : waiters) {
            waiter->addResult(result);
            waiter->finish();
        }
    };
    enqueue(lock, std::move(command));
    return future;
}

CommitResult Datastore::close(int timeoutMs)
{
    QFuture<CommitResult> closing = closeAsync();
    if (!waitForFuture(QFuture<void>(closing), timeoutMs)) {
        return CommitResult{durableSeq(),
                            QStringLiteral("the final commit did not finish within %1 ms").arg(timeoutMs)};
    }
    return closing.result();
}

QFuture<QVariantMap> Datastore::diagnostics()
{
    return post<QVariantMap>([](DatastoreWorker *worker, const auto &reply) { worker->diagnostics(reply); },
                             QVariantMap{{QStringLiteral("open"), false}});
}

void Datastore::connectNotify(const QMetaMethod &signal)
{
    if (signal == QMetaMethod::fromSignal(&Datastore::eventApplied))
        m_liveListeners->fetch_add(1);
}

void Datastore::disconnectNotify(const QMetaMethod &signal)
{
    if (signal == QMetaMethod::fromSignal(&Datastore::eventApplied))
        m_liveListeners->fetch_sub(1);
}

} // namespace stint
