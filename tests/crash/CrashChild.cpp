// stint-crash-child: ingests heartbeats into a database until it is killed. TestCrashSafety runs it
// and kills it with SIGKILL at random moments.
//
//   stint-crash-child <database> <base time, UTC ns> <seed>
//
// Heartbeat i of a run has timestamp base + i s, duration 0, data {"title": "t<i/5>"} and
// pulsetime 2 s, so every five heartbeats merge into one event [base + 5j s, base + 5j + 4 s].
// Output on stdout, one flushed line each:
//   base <seq>        the sequence number of heartbeat 0 (heartbeat index = seq - base)
//   committed <seq>   Datastore::committed: every write up to seq is durable
//   error <message>   anything that must not happen; the test fails on it
#include "CrashProtocol.h"

#include "model/Timestamp.h"

#include "storage/Datastore.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QTimer>

#include <cstdio>
#include <cstdlib>

using namespace stint;

namespace {

void printLine(const QByteArray &line)
{
    // One write per line, flushed at once: the test reads up to the kill and no further.
    std::fwrite(line.constData(), 1, size_t(line.size()), stdout);
    std::fputc('\n', stdout);
    std::fflush(stdout);
}

class Producer final : public QObject
{
    Q_OBJECT

public:
    Producer(Datastore *store, qint64 baseTimeNs, quint32 seed)
        : m_store(store)
        , m_baseTimeNs(baseTimeNs)
        , m_random(seed)
    {
        connect(&m_tick, &QTimer::timeout, this, &Producer::tick);
        m_phase.setSingleShot(true);
        connect(&m_phase, &QTimer::timeout, this, &Producer::switchPhase);
        connect(m_store, &Datastore::committed, this, &Producer::onCommitted);
        connect(m_store, &Datastore::writeRejected, this, [](quint64 seq, const QString &message) {
            printLine("error rejected " + QByteArray::number(seq) + ' ' + message.toUtf8());
        });
        connect(m_store, &Datastore::commitFailed, this, [](quint64 seq, const QString &message) {
            printLine("error commitFailed " + QByteArray::number(seq) + ' ' + message.toUtf8());
        });
    }

    void start()
    {
        m_tick.start(0);
        m_phase.start(crash::kProduceMs);
    }

private:
    void tick()
    {
        // Bounded backlog: the worker must not fall ever further behind. committed restarts us.
        if (m_store->lastSeq() - m_store->durableSeq() >= crash::kMaxAhead) {
            m_tick.stop();
            return;
        }
        for (int n = 0; n < crash::kBatch; ++n)
            post();
    }

    void post()
    {
        const quint64 index = m_next++;
        Event heartbeat;
        heartbeat.start = m_baseTimeNs + qint64(index) * Timestamp::kNanosPerSecond;
        heartbeat.data = QJsonObject{{QStringLiteral("title"), crash::title(index)}};
        const quint64 seq = m_store->heartbeat(crash::bucketId(), heartbeat, crash::kPulsetimeSeconds);
        if (index == 0) {
            m_baseSeq = seq;
            printLine("base " + QByteArray::number(seq));
        } else if (seq != m_baseSeq + index) {
            // The test maps seqs to heartbeats by this rule; it must hold.
            printLine("error seq " + QByteArray::number(seq) + " for heartbeat " + QByteArray::number(index));
        }
    }

    void onCommitted(quint64 seq)
    {
        printLine("committed " + QByteArray::number(seq));
        if (m_producing && !m_tick.isActive())
            m_tick.start(0);
    }

    // Bursts alternate with pauses longer than maxAgeMs, so commits are triggered by the batch
    // size while producing and by the batch's age in the pauses; kills land in both states.
    void switchPhase()
    {
        m_producing = !m_producing;
        if (m_producing) {
            m_tick.start(0);
            m_phase.start(crash::kProduceMs / 2 + int(m_random.bounded(crash::kProduceMs)));
        } else {
            m_tick.stop();
            m_phase.start(crash::kPauseMs);
        }
    }

    Datastore *m_store;
    qint64 m_baseTimeNs;
    QRandomGenerator m_random;
    QTimer m_tick;
    QTimer m_phase;
    bool m_producing = true;
    quint64 m_next = 0;
    quint64 m_baseSeq = 0;
};

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    bool timeOk = false;
    bool seedOk = false;
    const qint64 baseTimeNs = args.value(2).toLongLong(&timeOk);
    const quint32 seed = args.value(3).toUInt(&seedOk);
    if (args.size() != 4 || !timeOk || !seedOk) {
        printLine("error usage: stint-crash-child <database> <base time ns> <seed>");
        return 2;
    }

    Datastore::Options options;
    options.path = args.at(1);
    // The default policy (commit after 100 events), but a batch's age counts after 200 ms instead
    // of 15 s, checked often enough for that to happen within a run lasting well under a second.
    options.policy.maxAgeMs = crash::kMaxAgeMs;
    options.policy.checkIntervalMs = crash::kCheckIntervalMs;
    Datastore store(options);
    QString error;
    if (!store.open(&error)) {
        printLine("error open " + error.toUtf8());
        return 1;
    }

    Bucket bucket;
    bucket.id = crash::bucketId();
    bucket.type = QStringLiteral("currentwindow");
    bucket.client = QStringLiteral("stint-crash-child");
    bucket.hostname = QStringLiteral("crash");
    const WriteResult created = store.createBucket(bucket).result();
    // The database is reused across runs: the bucket of an earlier run is expected.
    if (!created.ok() && created.error != StoreError::AlreadyExists) {
        printLine("error createBucket " + created.message.toUtf8());
        return 1;
    }

    Producer producer(&store, baseTimeNs, seed);
    producer.start();
    // Never outlive a test that died without killing us.
    QTimer::singleShot(crash::kChildLifetimeMs, &app, [] {
        printLine("error not killed in time");
        std::_Exit(3);
    });
    return app.exec();
}

#include "CrashChild.moc"
