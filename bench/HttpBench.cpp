#include "HttpBench.h"

#include "BaselineHttpServer.h"
#include "HistoryGenerator.h"
#include "ThreadStats.h"

#include "api/ApiServer.h"
#include "model/Timestamp.h"
#include "reports/ReportEngine.h"
#include "storage/Datastore.h"
#include "util/DataLocation.h"

#include <QElapsedTimer>
#include <QLoggingCategory>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QThread>

#ifdef Q_OS_LINUX
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <sys/socket.h>
#include <unistd.h>
#endif

#include <algorithm>
#include <atomic>
#include <memory>
#include <vector>

using namespace Qt::StringLiterals;

namespace stint::bench {
namespace {

// A blocking keep-alive HTTP client with the least client-side work per request (plain blocking
// sockets where POSIX has them), so the machine's cores go to the server, not to the clients.
class Client
{
public:
    explicit Client(quint16 port)
        : m_port(port)
        , m_host("127.0.0.1:" + QByteArray::number(port))
    {
    }
    ~Client()
    {
#ifdef Q_OS_LINUX
        if (m_fd >= 0)
            ::close(m_fd);
#endif
    }
    Q_DISABLE_COPY_MOVE(Client)

    bool connect()
    {
#ifdef Q_OS_LINUX
        m_fd = ::socket(AF_INET, SOCK_STREAM, 0);
        sockaddr_in address{};
        address.sin_family = AF_INET;
        address.sin_port = htons(m_port);
        address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        const int one = 1;
        ::setsockopt(m_fd, IPPROTO_TCP, TCP_NODELAY, &one, sizeof one);
        return m_fd >= 0 && ::connect(m_fd, reinterpret_cast<sockaddr *>(&address), sizeof address) == 0;
#else
        m_socket = std::make_unique<QTcpSocket>();
        m_socket->connectToHost(u"127.0.0.1"_s, m_port);
        m_socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
        return m_socket->waitForConnected(5000);
#endif
    }

    // The status of the answer (0 on a failure); the body in `body`.
    int request(const QByteArray &method, const QByteArray &target, const QByteArray &payload,
                QByteArray *body = nullptr)
    {
        QByteArray out = method + ' ' + target + " HTTP/1.1\r\nHost: " + m_host + "\r\n";
        if (!payload.isEmpty())
            out += "Content-Type: application/json\r\nContent-Length: " + QByteArray::number(payload.size()) + "\r\n";
        out += "\r\n" + payload;
        if (!send(out))
            return 0;
        for (;;) {
            const qsizetype headEnd = m_buffer.indexOf("\r\n\r\n");
            if (headEnd >= 0) {
                const qsizetype lengthAt = m_buffer.indexOf("Content-Length: ");
                qsizetype length = 0;
                if (lengthAt >= 0 && lengthAt < headEnd)
                    length = m_buffer.mid(lengthAt + 16, m_buffer.indexOf('\r', lengthAt) - lengthAt - 16).toLongLong();
                if (m_buffer.size() >= headEnd + 4 + length) {
                    const int status = m_buffer.mid(9, 3).toInt();
                    if (body)
                        *body = m_buffer.mid(headEnd + 4, length);
                    m_buffer.remove(0, headEnd + 4 + length);
                    return status;
                }
            }
            if (!receive())
                return 0;
        }
    }

private:
    bool send(const QByteArray &bytes)
    {
#ifdef Q_OS_LINUX
        qsizetype sent = 0;
        while (sent < bytes.size()) {
            const ssize_t n = ::send(m_fd, bytes.constData() + sent, size_t(bytes.size() - sent), MSG_NOSIGNAL);
            if (n <= 0)
                return false;
            sent += n;
        }
        return true;
#else
        m_socket->write(bytes);
        return true;
#endif
    }

    bool receive()
    {
#ifdef Q_OS_LINUX
        char chunk[16384];
        const ssize_t n = ::recv(m_fd, chunk, sizeof chunk, 0);
        if (n <= 0)
            return false;
        m_buffer.append(chunk, n);
        return true;
#else
        if (!m_socket->waitForReadyRead(30'000))
            return false;
        m_buffer += m_socket->readAll();
        return true;
#endif
    }

    quint16 m_port;
    QByteArray m_host;
#ifdef Q_OS_LINUX
    int m_fd = -1;
#else
    std::unique_ptr<QTcpSocket> m_socket;
#endif
    QByteArray m_buffer;
};

// What a window watcher sends: a heartbeat per second, pulsetime 2, a few apps and titles,
// switching every few seconds.
class WindowWatcherLoad
{
public:
    WindowWatcherLoad(int client, qint64 startNs)
        : m_bucket("/api/0/buckets/bench-window_" + QByteArray::number(client))
        , m_time(startNs)
        , m_seed(quint32(client) * 2654435761u + 1)
    {
    }

    QByteArray bucketTarget() const { return m_bucket; }
    QByteArray heartbeatTarget() const { return m_bucket + "/heartbeat?pulsetime=2"; }

    QByteArray nextHeartbeat()
    {
        static const char *apps[] = {"firefox", "code", "konsole", "thunderbird", "slack"};
        static const char *titles[] = {
            "Stint - Merge request",   "HttpBench.cpp - stint", "~/src/stint: ninja", "Inbox (3)", "#general",
            "ActivityWatch API - Docs"};
        if (m_left == 0) {
            m_seed = m_seed * 1103515245u + 12345u;
            m_app = int((m_seed >> 8) % 5);
            m_title = int((m_seed >> 16) % 6);
            m_left = 3 + int((m_seed >> 4) % 20);
        }
        --m_left;
        m_time += 1'000'000'000;
        return "{\"timestamp\":\"" + Timestamp::toRfc3339(m_time).toUtf8() + "\",\"duration\":0,\"data\":{\"app\":\""
            + apps[m_app] + "\",\"title\":\"" + titles[m_title] + "\"}}";
    }

private:
    QByteArray m_bucket;
    qint64 m_time;
    quint32 m_seed;
    int m_left = 0;
    int m_app = 0;
    int m_title = 0;
};

struct LoadResult
{
    qint64 requests = 0;
    qint64 failures = 0;
    qint64 elapsedNs = 0;
    std::vector<qint64> latenciesNs;

    double perSecond() const { return elapsedNs > 0 ? double(requests) * 1e9 / double(elapsedNs) : 0; }
    double percentileMs(double p)
    {
        if (latenciesNs.empty())
            return 0;
        std::sort(latenciesNs.begin(), latenciesNs.end());
        const size_t at = std::min(latenciesNs.size() - 1, size_t(p * double(latenciesNs.size())));
        return double(latenciesNs[at]) / 1e6;
    }
    void add(const LoadResult &other)
    {
        requests += other.requests;
        failures += other.failures;
        elapsedNs += other.elapsedNs;
        latenciesNs.insert(latenciesNs.end(), other.latenciesNs.begin(), other.latenciesNs.end());
    }
};

// K clients sending heartbeats for `durationNs`; each keeps its own simulated clock going.
LoadResult runLoad(quint16 port, std::vector<WindowWatcherLoad> &watchers, qint64 durationNs)
{
    std::vector<LoadResult> perClient(watchers.size());
    std::vector<QThread *> threads;
    std::atomic<int> connected{0};
    std::atomic<bool> ready{false};
    QElapsedTimer wall;
    for (size_t i = 0; i < watchers.size(); ++i) {
        threads.push_back(QThread::create([&, i] {
            Client client(port);
            LoadResult &result = perClient[i];
            result.latenciesNs.reserve(size_t(durationNs / 50'000));
            const bool ok = client.connect();
            ++connected;
            if (!ok) {
                result.failures = 1;
                return;
            }
            while (!ready.load())
                QThread::yieldCurrentThread();
            QElapsedTimer timer;
            timer.start();
            const QByteArray target = watchers[i].heartbeatTarget();
            while (timer.nsecsElapsed() < durationNs) {
                const QByteArray body = watchers[i].nextHeartbeat();
                const qint64 before = timer.nsecsElapsed();
                const int status = client.request("POST", target, body);
                result.latenciesNs.push_back(timer.nsecsElapsed() - before);
                if (status == 200)
                    ++result.requests;
                else
                    ++result.failures;
                if (status == 0)
                    break;
            }
        }));
        threads.back()->start();
    }
    // Every client is connected before the clock starts.
    while (connected.load() < int(watchers.size()))
        QThread::yieldCurrentThread();
    wall.start();
    ready.store(true);
    LoadResult total;
    for (QThread *thread : threads) {
        thread->wait();
        delete thread;
    }
    const qint64 elapsedNs = wall.nsecsElapsed();
    for (const LoadResult &one : perClient)
        total.add(one);
    total.elapsedNs = elapsedNs;
    return total;
}

QString ms(double value)
{
    return QString::number(value, 'f', value < 10 ? 3 : 1);
}

} // namespace

int runHttpBench(const HttpBenchOptions &options, QTextStream &out, QTextStream &err)
{
    QLoggingCategory::setFilterRules(u"stint.*.info=false"_s);
    QTemporaryDir dir;
    if (!dir.isValid()) {
        err << u"stint-bench: cannot create a temporary directory: %1"_s.arg(dir.errorString()) << '\n';
        return 1;
    }
    const QString path = DataLocation(dir.path(), false).databasePath();

    // A year of history, so the summaries below have something real to chew on.
    QElapsedTimer timer;
    timer.start();
    HistoryOptions history;
    history.days = options.historyDays;
    history.databasePath = path;
    const HistoryResult generated = generateHistory(history);
    if (!generated.error.isEmpty()) {
        err << u"stint-bench: generating the history failed: %1"_s.arg(generated.error) << '\n';
        return 1;
    }
    out << u"history: %1 days, %2 window + %3 web + %4 afk events, written in %5 s"_s.arg(options.historyDays)
               .arg(generated.windowEvents)
               .arg(generated.webEvents)
               .arg(generated.afkEvents)
               .arg(double(timer.nsecsElapsed()) / 1e9, 0, 'f', 1)
        << '\n';
    out.flush();

    Datastore store(Datastore::Options{path, {}, {}, {}});
    QString error;
    if (!store.open(&error)) {
        err << u"stint-bench: %1"_s.arg(error) << '\n';
        return 1;
    }
    ApiOptions apiOptions;
    apiOptions.port = 0;
    apiOptions.testing = true;
    apiOptions.hostname = u"bench"_s;
    ApiServer server(store, path, apiOptions);
    if (!server.start(&error)) {
        err << u"stint-bench: %1"_s.arg(error) << '\n';
        return 1;
    }
    const quint16 port = server.port();

    // The heartbeats start after the generated history, as a watcher's would.
    const qint64 start = Timestamp::fromDateTime(
        QDateTime(history.firstDay.addDays(options.historyDays + 1), QTime(9, 0), history.zone));
    std::vector<WindowWatcherLoad> watchers;
    {
        Client setup(port);
        if (!setup.connect()) {
            err << u"stint-bench: cannot connect to the server"_s << '\n';
            return 1;
        }
        for (int i = 0; i < options.clients; ++i) {
            watchers.emplace_back(i, start);
            const int status = setup.request("POST", watchers.back().bucketTarget(),
                                             R"({"type":"currentwindow","client":"stint-bench","hostname":"!local"})");
            if (status != 200) {
                err << u"stint-bench: creating a bucket answered %1"_s.arg(status) << '\n';
                return 1;
            }
        }
    }

    out << u"load: %1 clients, one kept-alive connection each per turn, window-watcher heartbeats (pulsetime "
           u"2 s, a switch every 3-22 heartbeats), %2 s per phase"_s.arg(options.clients)
               .arg(options.seconds)
        << '\n';
    out.flush();

    // The baseline, in the same run: the same clients and load against a server that only
    // answers. The two take turns in one-second slices, so a machine that gets busier or quieter
    // during the run (other processes, the host's other guests) slows both alike, and the ratio
    // is what Stint's own work costs. Run one after the other, the same build gave 0.51 to 0.84.
    BaselineHttpServer baseline;
    const quint16 baselinePort = baseline.start();
    if (baselinePort == 0) {
        err << u"stint-bench: the baseline server cannot listen"_s << '\n';
        return 1;
    }
    std::vector<WindowWatcherLoad> baselineWatchers;
    for (int i = 0; i < options.clients; ++i)
        baselineWatchers.emplace_back(i, start);
    LoadResult alone;
    LoadResult bare;
    constexpr qint64 kSliceNs = 1'000'000'000;
    // Stint's threads are counted over all the turns: work of theirs that runs on into the
    // baseline's turn (a commit) is still Stint's. Who goes first alternates.
    const SchedTimes serverBefore = namedThreadTimes(u"stint-api"_s);
    const SchedTimes workerBefore = namedThreadTimes(u"stint-datastore"_s);
    const SchedTimes baselineBefore = namedThreadTimes(u"baseline-http"_s);
    for (int slice = 0; slice < options.seconds; ++slice) {
        if (slice % 2 == 0)
            alone.add(runLoad(port, watchers, kSliceNs));
        bare.add(runLoad(baselinePort, baselineWatchers, kSliceNs));
        if (slice % 2 == 1)
            alone.add(runLoad(port, watchers, kSliceNs));
    }
    const SchedTimes serverCpu = namedThreadTimes(u"stint-api"_s).since(serverBefore);
    const SchedTimes worker = namedThreadTimes(u"stint-datastore"_s).since(workerBefore);
    const SchedTimes baselineCpu = namedThreadTimes(u"baseline-http"_s).since(baselineBefore);
    if (bare.failures) {
        err << u"stint-bench: the baseline server failed requests"_s << '\n';
        return 1;
    }
    const double aloneP50 = alone.percentileMs(0.50);
    const double aloneP99 = alone.percentileMs(0.99);
    out << u"alone:       %1 heartbeats/s (%2 in %3 s, %4 failed), p50 %5 ms, p99 %6 ms"_s
               .arg(qRound64(alone.perSecond()))
               .arg(alone.requests)
               .arg(double(alone.elapsedNs) / 1e9, 0, 'f', 1)
               .arg(alone.failures)
               .arg(ms(aloneP50), ms(aloneP99))
        << '\n';
    // CPU per heartbeat does not depend on how busy the machine is; the waiting time shows how
    // much the rate above was held back by other processes.
    if (serverCpu.valid() && worker.valid() && alone.requests > 0) {
        const double n = double(alone.requests);
        out << u"             CPU per heartbeat: server thread %1 us, datastore worker %2 us; the server thread "
               u"waited %3 s for a free core"_s.arg(double(serverCpu.runNs) / 1e3 / n, 0, 'f', 1)
                   .arg(double(worker.runNs) / 1e3 / n, 0, 'f', 1)
                   .arg(double(serverCpu.waitNs) / 1e9, 0, 'f', 2)
            << '\n';
    }
    const double baselinePerSecond = bare.perSecond();
    out << u"baseline:    %1 requests/s from a server that only answers (one Qt thread, no parsing or "
           u"storage), p50 %2 ms; stint/baseline ratio=%3 (the two took turns in %4 one-second slices each)"_s
               .arg(qRound64(baselinePerSecond))
               .arg(ms(bare.percentileMs(0.50)))
               .arg(alone.perSecond() / baselinePerSecond, 0, 'f', 2)
               .arg(options.seconds)
        << '\n';
    if (baselineCpu.valid() && bare.requests > 0)
        out << u"             CPU per request: baseline thread %1 us (against Stint's two threads above)"_s.arg(
            double(baselineCpu.runNs) / 1e3 / double(bare.requests), 0, 'f', 1)
            << '\n';
    out.flush();

    // The same load while whole-year summaries run one after another, each cold on a fresh
    // engine, in a reading thread as the query route runs them.
    std::atomic<bool> stopQueries{false};
    std::atomic<int> summaries{0};
    std::atomic<qint64> summaryNs{0};
    const spans::Period year{
        Timestamp::fromDateTime(QDateTime(history.firstDay, QTime(0, 0), history.zone)),
        Timestamp::fromDateTime(QDateTime(history.firstDay.addDays(options.historyDays), QTime(0, 0), history.zone))};
    QThread *queries = QThread::create([&] {
        while (!stopQueries.load()) {
            QElapsedTimer one;
            one.start();
            ReportEngine engine(path, history.zone);
            if (!engine.isOpen() || !engine.loadSettings() || !engine.summary(year))
                return;
            summaryNs += one.nsecsElapsed();
            ++summaries;
        }
    });
    queries->start();
    QThread::msleep(100);
    const SchedTimes serverQueryBefore = namedThreadTimes(u"stint-api"_s);
    const SchedTimes workerQueryBefore = namedThreadTimes(u"stint-datastore"_s);
    LoadResult underQuery = runLoad(port, watchers, qint64(options.seconds) * 1'000'000'000);
    const SchedTimes serverQuery = namedThreadTimes(u"stint-api"_s).since(serverQueryBefore);
    const SchedTimes workerQuery = namedThreadTimes(u"stint-datastore"_s).since(workerQueryBefore);
    stopQueries.store(true);
    queries->wait();
    delete queries;
    const double underP50 = underQuery.percentileMs(0.50);
    const double underP99 = underQuery.percentileMs(0.99);
    out << u"under query: %1 heartbeats/s (%2, %3 failed), p50 %4 ms, p99 %5 ms; %6 year summaries ran, %7 ms "
           u"each"_s.arg(qRound64(underQuery.perSecond()))
               .arg(underQuery.requests)
               .arg(underQuery.failures)
               .arg(ms(underP50), ms(underP99))
               .arg(summaries.load())
               .arg(summaries.load() ? ms(double(summaryNs.load()) / 1e6 / summaries.load()) : u"-"_s)
        << '\n';
    // Where the slow answers come from: waiting for a core, or blocked (wall time minus both).
    if (serverQuery.valid() && workerQuery.valid()) {
        const double wall = double(underQuery.elapsedNs) / 1e9;
        out << u"             server thread ran %1 s, waited for a core %2 s; datastore worker ran %3 s, waited "
               u"%4 s, blocked %5 s of %6 s"_s.arg(double(serverQuery.runNs) / 1e9, 0, 'f', 2)
                   .arg(double(serverQuery.waitNs) / 1e9, 0, 'f', 2)
                   .arg(double(workerQuery.runNs) / 1e9, 0, 'f', 2)
                   .arg(double(workerQuery.waitNs) / 1e9, 0, 'f', 2)
                   .arg(wall - double(workerQuery.runNs + workerQuery.waitNs) / 1e9, 0, 'f', 2)
                   .arg(wall, 0, 'f', 1)
            << '\n';
    }
    out.flush();

    // The read-your-writes barrier: a read right after a write waits for a commit (an fsync);
    // a read with nothing pending does not.
    {
        Client client(port);
        if (!client.connect())
            return 1;
        WindowWatcherLoad &watcher = watchers.front();
        const QByteArray read = watcher.bucketTarget() + "/events?limit=1";
        constexpr int kPairs = 200;
        std::vector<qint64> readOnly;
        std::vector<qint64> afterWrite;
        QElapsedTimer clock;
        clock.start();
        const quint64 barriersBefore = server.barrierCommits();
        for (int i = 0; i < kPairs; ++i) {
            qint64 before = clock.nsecsElapsed();
            if (client.request("GET", read, {}) != 200)
                return 1;
            readOnly.push_back(clock.nsecsElapsed() - before);
            if (client.request("POST", watcher.heartbeatTarget(), watcher.nextHeartbeat()) != 200)
                return 1;
            before = clock.nsecsElapsed();
            if (client.request("GET", read, {}) != 200)
                return 1;
            afterWrite.push_back(clock.nsecsElapsed() - before);
        }
        std::sort(readOnly.begin(), readOnly.end());
        std::sort(afterWrite.begin(), afterWrite.end());
        out << u"barrier: read with nothing pending p50 %1 ms; read right after a heartbeat p50 %2 ms, p99 %3 ms "
               u"(%4 commits forced for %5 reads)"_s.arg(ms(double(readOnly[kPairs / 2]) / 1e6))
                   .arg(ms(double(afterWrite[kPairs / 2]) / 1e6))
                   .arg(ms(double(afterWrite[kPairs * 99 / 100]) / 1e6))
                   .arg(server.barrierCommits() - barriersBefore)
                   .arg(2 * kPairs)
            << '\n';
    }

    server.stop();
    const CommitResult closed = store.close();
    if (!closed.ok()) {
        err << u"stint-bench: the final commit failed: %1"_s.arg(closed.error) << '\n';
        return 1;
    }
    if (alone.failures || underQuery.failures) {
        err << u"stint-bench: some heartbeats were not accepted"_s << '\n';
        return 1;
    }
    out << u"http: heartbeats_per_s=%1 p50_ms=%2 p99_ms=%3 under_query_p99_ms=%4 baseline_ratio=%5"_s
               .arg(qRound64(alone.perSecond()))
               .arg(ms(aloneP50), ms(aloneP99), ms(underP99))
               .arg(alone.perSecond() / baselinePerSecond, 0, 'f', 2)
        << '\n';
    return 0;
}

} // namespace stint::bench
