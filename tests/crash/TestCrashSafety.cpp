// Crash safety: stint-crash-child ingests heartbeats and is killed with SIGKILL at random moments.
// After every kill the database must pass integrity_check and hold every heartbeat up to the last
// seq the child reported committed. One database is reused, so each run also recovers from the
// previous kill: after each kill this run and the previous one are checked, at the end all runs.
#include "CrashProtocol.h"

#include "model/Timestamp.h"

#include "storage/Datastore.h"
#include "storage/EventReader.h"

#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QHash>
#include <QProcess>
#include <QRandomGenerator>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <functional>
#include <optional>

using namespace stint;

namespace {

constexpr int kIterations = 24;
constexpr int kMinKillDelayMs = 50;
constexpr int kMaxKillDelayMs = 400;
constexpr int kFirstCommitTimeoutMs = 20'000;
// Run r's heartbeats start at kFirstBaseNs + r * kRunSpacingNs: far enough apart that runs never
// merge into each other and every stored event tells which run and heartbeat it came from.
constexpr qint64 kFirstBaseNs = qint64(1'767'225'600) * Timestamp::kNanosPerSecond; // 2026-01-01T00:00:00Z
constexpr qint64 kRunSpacingSeconds = 10'000'000;
constexpr qint64 kRunSpacingNs = kRunSpacingSeconds * Timestamp::kNanosPerSecond;
constexpr qint64 kGroupNs = 5 * Timestamp::kNanosPerSecond; // five heartbeats per event

struct Run
{
    qint64 baseTimeNs = 0;
    std::optional<quint64> baseSeq;
    std::optional<quint64> committed; // the last committed(seq) the child printed

    // Heartbeats 0 .. count - 1 of this run must be in the database.
    quint64 committedHeartbeats() const
    {
        return baseSeq && committed && *committed >= *baseSeq ? *committed - *baseSeq + 1 : 0;
    }
};

// Reads the child's stdout as it arrives; only complete lines count.
class ChildOutput
{
public:
    explicit ChildOutput(Run *run)
        : m_run(run)
    {
    }

    void feed(const QByteArray &bytes)
    {
        m_pending += bytes;
        qsizetype newline;
        while ((newline = m_pending.indexOf('\n')) >= 0) {
            parseLine(m_pending.left(newline));
            m_pending.remove(0, newline + 1);
        }
    }

    QString problem() const { return m_problem; }
    bool sawHeartbeatCommitted() const { return m_run->committedHeartbeats() > 0; }

private:
    void parseLine(const QByteArray &line)
    {
        if (!m_problem.isEmpty())
            return;
        const qsizetype space = line.indexOf(' ');
        const QByteArray word = line.left(space);
        bool ok = false;
        const quint64 value = line.mid(space + 1).toULongLong(&ok);
        if (word == "base" && ok && !m_run->baseSeq) {
            m_run->baseSeq = value;
        } else if (word == "committed" && ok) {
            if (m_run->committed && value < *m_run->committed)
                m_problem = QStringLiteral("committed went backwards: %1 after %2").arg(value).arg(*m_run->committed);
            m_run->committed = value;
        } else {
            m_problem = QStringLiteral("the child said: %1").arg(QString::fromUtf8(line));
        }
    }

    Run *m_run;
    QByteArray m_pending;
    QString m_problem;
};

// "ok" or what PRAGMA integrity_check found, through a plain read-only connection of its own.
QString integrityCheck(const QString &path)
{
    const QString name = QStringLiteral("crash-integrity");
    QStringList rows;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        if (!db.open()) {
            rows << QStringLiteral("cannot open: %1").arg(db.lastError().text());
        } else {
            QSqlQuery q(db);
            if (!q.exec(QStringLiteral("PRAGMA integrity_check")))
                rows << QStringLiteral("integrity_check failed: %1").arg(q.lastError().text());
            while (q.next())
                rows << q.value(0).toString();
        }
    }
    QSqlDatabase::removeDatabase(name);
    return rows.join(QLatin1Char('\n'));
}

// Checks the database against runs[firstRun..]; returns what is wrong, or nothing. (Reading every
// run after every kill would make the test quadratic in the number of runs.)
QString verifyDatabase(const QString &path, const QList<Run> &runs, qsizetype firstRun, qint64 *eventCount)
{
    const QString integrity = integrityCheck(path);
    if (integrity != QStringLiteral("ok"))
        return QStringLiteral("integrity_check: %1").arg(integrity);

    EventReader reader(path);
    if (!reader.isOpen())
        return QStringLiteral("EventReader cannot open the database: %1").arg(reader.error());
    EventReader::Range range;
    range.start = runs.at(firstRun).baseTimeNs; // earlier runs' events end long before this
    std::optional<EventList> read = reader.events(crash::bucketId(), range);
    if (!read)
        return QStringLiteral("cannot read the events: %1").arg(reader.error());
    EventList events = *read;
    *eventCount = events.size();
    std::sort(events.begin(), events.end(), [](const Event &a, const Event &b) { return a.start < b.start; });

    // Every stored event must be one the workload can produce: its start names the run and the
    // group of five heartbeats, which fixes its title and bounds its end.
    QSet<qint64> ids;
    QHash<qint64, Event> byStart;
    for (qsizetype i = 0; i < events.size(); ++i) {
        const Event &event = events.at(i);
        if (event.end() < event.start)
            return QStringLiteral("event %1 ends before it starts").arg(event.id);
        if (ids.contains(event.id))
            return QStringLiteral("event id %1 is stored twice").arg(event.id);
        ids.insert(event.id);
        if (i > 0 && events.at(i - 1).end() >= event.start)
            return QStringLiteral("events %1 and %2 overlap").arg(events.at(i - 1).id).arg(event.id);
        const qint64 offset = event.start - kFirstBaseNs;
        const qint64 run = offset >= 0 ? offset / kRunSpacingNs : -1;
        const qint64 inRun = offset - run * kRunSpacingNs;
        if (run < firstRun || run >= runs.size() || inRun % kGroupNs != 0)
            return QStringLiteral("event %1 starts at %2, where no heartbeat group starts")
                .arg(event.id)
                .arg(event.start);
        const quint64 firstIndex = quint64(inRun / Timestamp::kNanosPerSecond);
        const QJsonObject expected{{QStringLiteral("title"), crash::title(firstIndex)}};
        if (event.data != expected || event.duration > 4 * Timestamp::kNanosPerSecond)
            return QStringLiteral("event %1 of run %2 (heartbeats %3..%4) holds the wrong data or duration")
                .arg(event.id)
                .arg(run)
                .arg(firstIndex)
                .arg(firstIndex + 4);
        byStart.insert(event.start, event);
    }

    // Every heartbeat up to the last committed seq: an event with its title that contains it.
    for (qsizetype r = firstRun; r < runs.size(); ++r) {
        const Run &run = runs.at(r);
        const quint64 count = run.committedHeartbeats();
        for (quint64 k = 0; k < count; ++k) {
            const qint64 at = run.baseTimeNs + qint64(k) * Timestamp::kNanosPerSecond;
            const auto it = byStart.constFind(run.baseTimeNs + qint64(k / 5) * kGroupNs);
            if (it == byStart.constEnd() || it->data.value(QStringLiteral("title")).toString() != crash::title(k)
                || it->start > at || it->end() < at) {
                return QStringLiteral("run %1: heartbeat %2 (seq %3) is missing although seq %4 was reported committed")
                    .arg(r)
                    .arg(k)
                    .arg(*run.baseSeq + k)
                    .arg(*run.committed);
            }
        }
    }
    return {};
}

} // namespace

class TestCrashSafety : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void killedAtRandomMoments();
};

void TestCrashSafety::killedAtRandomMoments()
{
    QElapsedTimer elapsed;
    elapsed.start();
    bool seedGiven = false;
    quint32 seed = qEnvironmentVariable("STINT_CRASH_SEED").toUInt(&seedGiven);
    if (!seedGiven)
        seed = QRandomGenerator::global()->generate();
    qInfo("seed %u (STINT_CRASH_SEED=%u repeats the kill delays)", seed, seed);
    QRandomGenerator random(seed);

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("crash.db"));
    QList<Run> runs;
    quint64 totalHeartbeats = 0;
    qint64 verifyMs = 0;

    for (int iteration = 0; iteration < kIterations; ++iteration) {
        runs.append(Run{kFirstBaseNs + iteration * kRunSpacingNs, {}, {}});
        Run &run = runs.last();
        const int killDelayMs = int(random.bounded(kMinKillDelayMs, kMaxKillDelayMs + 1));
        ChildOutput output(&run);

        QProcess child;
        child.start(QStringLiteral(STINT_CRASH_CHILD),
                    {path, QString::number(run.baseTimeNs), QString::number(random.generate())});
        QVERIFY2(child.waitForStarted(10'000), qPrintable(child.errorString()));
        const auto failure = [&](const QString &what) {
            return QStringLiteral("run %1: %2\nchild stderr:\n%3")
                .arg(iteration)
                .arg(what, QString::fromUtf8(child.readAllStandardError()));
        };

        // Reads the child's output until `done` or the deadline; false when the child exited.
        const auto readUntil = [&](const QDeadlineTimer &deadline, const std::function<bool()> &done) {
            while (!done() && !deadline.hasExpired() && child.state() == QProcess::Running) {
                child.waitForReadyRead(int(std::max<qint64>(1, deadline.remainingTime())));
                output.feed(child.readAllStandardOutput());
            }
            output.feed(child.readAllStandardOutput());
            return child.state() == QProcess::Running;
        };

        // The kill delay counts from the first commit that covers a heartbeat.
        QVERIFY2(readUntil(QDeadlineTimer(kFirstCommitTimeoutMs),
                           [&] { return output.sawHeartbeatCommitted() || !output.problem().isEmpty(); }),
                 qPrintable(failure(QStringLiteral("the child exited before it was killed"))));
        QVERIFY2(output.problem().isEmpty(), qPrintable(failure(output.problem())));
        QVERIFY2(output.sawHeartbeatCommitted(),
                 qPrintable(failure(QStringLiteral("no heartbeat committed within %1 ms").arg(kFirstCommitTimeoutMs))));
        QVERIFY2(readUntil(QDeadlineTimer(killDelayMs), [&] { return !output.problem().isEmpty(); }),
                 qPrintable(failure(QStringLiteral("the child exited before it was killed"))));
        child.kill(); // SIGKILL
        QVERIFY2(child.waitForFinished(10'000), qPrintable(failure(QStringLiteral("the child did not die"))));
        output.feed(child.readAllStandardOutput());
        QCOMPARE(child.exitStatus(), QProcess::CrashExit);
        QVERIFY2(output.problem().isEmpty(), qPrintable(failure(output.problem())));

        const quint64 committed = run.committedHeartbeats();
        QVERIFY(committed < quint64(kRunSpacingSeconds)); // runs must not run into each other
        totalHeartbeats += committed;
        qint64 events = 0;
        QElapsedTimer verifying;
        verifying.start();
        // This run, and the one before, whose last batch this run's recovery had to deal with.
        const QString problem = verifyDatabase(path, runs, std::max(0, iteration - 1), &events);
        verifyMs += verifying.elapsed();
        QVERIFY2(problem.isEmpty(),
                 qPrintable(QStringLiteral("after run %1 (killed %2 ms after its first commit): %3")
                                .arg(iteration)
                                .arg(killDelayMs)
                                .arg(problem)));
        qInfo("run %d: killed %d ms after the first commit, %llu heartbeats committed (seq %llu..%llu), %lld events "
              "checked",
              iteration, killDelayMs, committed, *run.baseSeq, *run.committed, events);
    }

    // The last kill is recovered by a Datastore here: open it and close it cleanly.
    {
        Datastore::Options options;
        options.path = path;
        Datastore store(options);
        QString error;
        QVERIFY2(store.open(&error), qPrintable(error));
        const CommitResult closed = store.close();
        QVERIFY2(closed.ok(), qPrintable(closed.error));
    }
    qint64 events = 0;
    const QString problem = verifyDatabase(path, runs, 0, &events);
    QVERIFY2(problem.isEmpty(), qPrintable(QStringLiteral("after a clean reopen: %1").arg(problem)));
    qInfo("%d kills, %llu heartbeats committed in all, %lld events, %lld ms (%lld ms verifying)", kIterations,
          totalHeartbeats, events, elapsed.elapsed(), verifyMs);
}

QTEST_GUILESS_MAIN(TestCrashSafety)
#include "TestCrashSafety.moc"
