// Thousands of malformed and mutated requests against the HTTP API: the server answers each
// well-framed one with a 4xx (never a crash, a hang or a 500), stays up, touches nothing it
// should not, and the database passes SQLite's integrity check afterwards. Clients that send half
// a request and wait neither lock others out nor keep their socket; those that close their
// sending side are answered.
#include "ApiTestClient.h"
#include "StoreFixture.h"
#include "api/ApiServer.h"
#include "model/Json.h"
#include "storage/SqliteConnection.h"

#include <QJsonArray>
#include <QLoggingCategory>
#include <QMap>
#include <QRandomGenerator>
#include <QScopeGuard>
#include <QSemaphore>
#include <QSqlDatabase>
#include <QSqlQuery>

#include <sys/resource.h>

using namespace stint;
using namespace stint::test;

namespace {

constexpr int kRandomConnections = 2'500;
constexpr int kMutatedRequests = 8'000;

const QByteArray kKept = "aw-watcher-window_kept";
const QByteArray kFuzz = "aw-watcher-web-fuzz_host";

struct Template
{
    QByteArray method;
    QByteArray target;
    QByteArray body;
    bool notUnicode = false; // mutated to hold text that is not Unicode: must be refused with 400
};

QList<Template> templates()
{
    const QByteArray bucket = "/api/0/buckets/" + kFuzz;
    return {
        {"POST", bucket, R"({"type": "web.tab.current", "client": "aw-client-web", "hostname": "!local"})"},
        {"POST", bucket + "/heartbeat?pulsetime=80",
         R"({"timestamp": "2026-07-23T10:00:00.123Z", "duration": 0, "data": {"url": "https://a.example/", "title": "A", "audible": false, "incognito": false, "tabCount": 3}})"},
        {"POST", bucket + "/events",
         R"([{"timestamp": "2026-07-23T10:00:00Z", "duration": 12.5, "data": {"app": "Firefox", "title": "x"}}, {"id": 7, "timestamp": "2026-07-23T11:00:00+02:00", "duration": 1, "data": {}}])"},
        {"GET", bucket + "/events?start=2026-07-23T00:00:00Z&end=2026-07-24T00:00:00Z&limit=10", {}},
        {"GET", bucket + "/events/count?start=2026-07-23T00:00:00Z", {}},
        {"GET", bucket + "/events/1", {}},
        {"GET", "/api/0/buckets/", {}},
        {"GET", "/api/0/info", {}},
        {"POST", "/api/0/settings/fuzz.setting", R"({"a": [1, 2, {"b": null}], "c": "d"})"},
        {"GET", "/api/0/settings/fuzz.setting", {}},
    };
}

class Mutator
{
public:
    explicit Mutator(quint64 seed)
        : m_rng(seed)
    {
    }

    int bounded(int n) { return int(m_rng.bounded(quint32(n))); }

    QByteArray randomBytes(int maxLength)
    {
        QByteArray bytes(1 + bounded(maxLength), Qt::Uninitialized);
        for (char &c : bytes)
            c = char(m_rng.bounded(256));
        return bytes;
    }

    // One of several kinds of damage, applied to the body or the query.
    Template mutate(Template t)
    {
        static const QList<QByteArray> hostile = {"1e999",
                                                  "-1e999",
                                                  "99999999999999999999999999",
                                                  "-0",
                                                  "null",
                                                  "true",
                                                  "[]",
                                                  "{}",
                                                  "\"\"",
                                                  "\"2026-02-30T10:00:00Z\"",
                                                  "\"9999-12-31T23:59:59Z\"",
                                                  "\"1066-10-14T12:00:00Z\"",
                                                  "\"\\u0000\"",
                                                  "-5",
                                                  "\"NaN\"",
                                                  "1.7976931348623157e308",
                                                  "\"2026-07-23T25:61:61Z\""};
        switch (bounded(11)) {
        case 0: // truncated
            t.body.truncate(t.body.isEmpty() ? 0 : bounded(int(t.body.size())));
            break;
        case 1: // bytes flipped
            for (int i = 0, n = 1 + bounded(4); i < n && !t.body.isEmpty(); ++i)
                t.body[bounded(int(t.body.size()))] = char(m_rng.bounded(256));
            break;
        case 2: { // a value replaced by a hostile one (numbers, wrong types, bad dates)
            const QList<QByteArray> anchors = {
                "0",  "12.5", "1", "\"2026-07-23T10:00:00Z\"", "\"2026-07-23T10:00:00.123Z\"", "false", "\"A\"",
                "{}", "3",    "7"};
            const QByteArray &anchor = anchors[bounded(int(anchors.size()))];
            const qsizetype at = t.body.indexOf(anchor);
            if (at >= 0)
                t.body.replace(at, anchor.size(), hostile[bounded(int(hostile.size()))]);
            else
                t.body = hostile[bounded(int(hostile.size()))];
            break;
        }
        case 3: { // bad query values
            const QList<QByteArray> params = {"pulsetime=abc",
                                              "pulsetime=-1",
                                              "pulsetime=1e400",
                                              "start=yesterday",
                                              "end=2026-13-01T00:00:00Z",
                                              "limit=-7",
                                              "limit=1e3",
                                              "limit=99999999999999999999",
                                              "start=%ZZ",
                                              "pulsetime="};
            const qsizetype question = t.target.indexOf('?');
            t.target = (question < 0 ? t.target : t.target.left(question)) + '?' + params[bounded(int(params.size()))];
            break;
        }
        case 4: // deep nesting
            t.body = QByteArray(100 + bounded(5000), '[') + QByteArray(bounded(50), ']');
            break;
        case 5: // random body
            t.body = randomBytes(512);
            break;
        case 6: // a body on the wrong route, or a wrong method
            t.method = QList<QByteArray>{"PUT", "PATCH", "DELETE", "POST", "GET", "HEAD"}[bounded(6)];
            if (t.method == "DELETE" && !t.target.contains("settings"))
                t.target = "/api/0/buckets/" + kFuzz + "/events/999999";
            if (t.method == "HEAD")
                t.method = "TRACE";
            break;
        case 7: // a damaged path
            t.target.insert(bounded(int(t.target.size())),
                            QList<QByteArray>{"%00", "%", "/..", "//", "%FF", "~"}[bounded(6)]);
            break;
        case 9: { // a lone surrogate escaped into the body (once fused with the next character)
            const QList<QByteArray> lone = {"\\ud800", "\\udfff", "\\ud83dx", "\\udc00\\ud800", "\\ud800\\ud800"};
            QList<qsizetype> quotes;
            for (qsizetype i = t.body.indexOf('"'); i >= 0; i = t.body.indexOf('"', i + 1))
                quotes.append(i + 1);
            if (quotes.isEmpty())
                return mutate(t);
            t.body.insert(quotes[bounded(int(quotes.size()))], lone[bounded(int(lone.size()))]);
            t.notUnicode = true;
            break;
        }
        case 10: // percent-encoded bytes that are not UTF-8 in the path or the query
            t.target.insert(
                1 + bounded(int(t.target.size())),
                QList<QByteArray>{"%ED%A0%80", "%C0%80", "%F4%90%80%80", "%80", "%E2%82", "%FF"}[bounded(6)]);
            t.notUnicode = true;
            break;
        default: // strings that are not UTF-8, control characters, huge strings
            t.body.replace("\"A\"", "\"\xff\xfe\x01\"");
            t.body.replace("\"x\"", QByteArray("\"" + QByteArray(20'000, 'x') + "\""));
            break;
        }
        return t;
    }

private:
    QRandomGenerator m_rng;
};

// Enough descriptors for `count` sockets at once (a fresh login often allows only 1024).
bool raiseFileLimit(rlim_t count)
{
    rlimit limit{};
    if (getrlimit(RLIMIT_NOFILE, &limit) != 0)
        return false;
    if (limit.rlim_cur >= count)
        return true;
    limit.rlim_cur = std::min(count, limit.rlim_max);
    return setrlimit(RLIMIT_NOFILE, &limit) == 0 && limit.rlim_cur >= count;
}

QByteArray frame(const Template &t, const QByteArray &host)
{
    QByteArray request = t.method + ' ' + t.target + " HTTP/1.1\r\nHost: " + host + "\r\n";
    if (!t.body.isNull() || t.method == "POST")
        request += "Content-Type: application/json\r\nContent-Length: " + QByteArray::number(t.body.size()) + "\r\n";
    return request + "\r\n" + t.body;
}

// Valid UTF-16 without U+FFFD, in every key and string.
bool isWholeText(const QString &text)
{
    return QStringView(text).isValidUtf16() && !text.contains(QChar::ReplacementCharacter);
}

bool isWholeText(const QJsonValue &value)
{
    if (value.isString())
        return isWholeText(value.toString());
    if (value.isArray()) {
        const QJsonArray array = value.toArray();
        return std::all_of(array.begin(), array.end(), [](const QJsonValue &item) { return isWholeText(item); });
    }
    const QJsonObject object = value.toObject();
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (!isWholeText(it.key()) || !isWholeText(it.value()))
            return false;
    }
    return true;
}

} // namespace

class TestApiRobustness : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<ApiServer> startServer(StoreFixture &fixture, ApiOptions options)
    {
        options.port = 0;
        options.testing = true;
        options.hostname = u"testhost"_s;
        auto server = std::make_unique<ApiServer>(fixture.store(), fixture.path(), options);
        QString error;
        if (!server->start(&error)) {
            qWarning("%s", qPrintable(error));
            return nullptr;
        }
        return server;
    }

private Q_SLOTS:
    void initTestCase() { QLoggingCategory::setFilterRules(u"stint.*.info=false\nstint.*.warning=false"_s); }

    void halfOpenConnectionsLockNobodyOut()
    {
        constexpr int kHalfOpen = 600;
        // This process holds both ends: the clients' sockets and the server's.
        QVERIFY(raiseFileLimit(kHalfOpen + 2 * ApiOptions().maxConnections + 256));
        StoreFixture fixture;
        QVERIFY(fixture.open());
        ApiOptions options;
        options.requestTimeoutMs = 3'600'000; // only the connection cap is at work here
        const std::unique_ptr<ApiServer> server = startServer(fixture, options);
        QVERIFY(server);
        const QByteArray host = "Host: " + RawClient(server->port()).hostHeader() + "\r\n";
        const QByteArray settingBody = "{\"value\": \"" + QByteArray(200, 'x') + "\"}";
        const QByteArray settingHead = "POST /api/0/settings/halfopen.test HTTP/1.1\r\n" + host
            + "Content-Length: " + QByteArray::number(settingBody.size()) + "\r\n\r\n";

        // Half heads and half bodies, sent and left waiting.
        std::vector<std::unique_ptr<RawClient>> halfOpen;
        for (int i = 0; i < kHalfOpen; ++i) {
            auto client = std::make_unique<RawClient>(server->port());
            QVERIFY(client->connect());
            client->write(i % 2 == 0 ? QByteArray("GET /api/0/info HTTP/1.1\r\n" + host)
                                     : QByteArray(settingHead + settingBody.left(20)));
            halfOpen.push_back(std::move(client));
        }
        QTRY_COMPARE(server->openConnections(), options.maxConnections);

        // A well-behaved client is served, again and again, each on a connection of its own that
        // stays open and so takes the place of one that waited.
        constexpr int kServed = 5;
        std::vector<std::unique_ptr<RawClient>> served;
        for (int i = 0; i < kServed; ++i) {
            QElapsedTimer timer;
            timer.start();
            served.push_back(std::make_unique<RawClient>(server->port()));
            QVERIFY(served.back()->connect(2'000));
            const HttpAnswer answer = served.back()->request("GET /api/0/info HTTP/1.1\r\n" + host + "\r\n", 2'000);
            QCOMPARE(answer.status, 200);
            QCOMPARE(answer.json().toObject().value(u"hostname"_s).toString(), u"testhost"_s);
            QVERIFY2(timer.elapsed() < 2'000, qPrintable(QString::number(timer.elapsed())));
        }
        NamClient nam(server->port());
        QCOMPARE(nam.get(u"/api/0/info"_s).status, 200);
        QCOMPARE(server->openConnections(), options.maxConnections);

        // The longest waiting (half heads and half bodies alike) were told why they were dropped;
        // the newest still wait, and their request is served once it is complete.
        const int firstKept = kHalfOpen - options.maxConnections + kServed + 1;
        for (int i = 0; i < firstKept; ++i) {
            const HttpAnswer dropped = halfOpen[i]->read();
            QCOMPARE(dropped.status, 408);
            QVERIFY2(dropped.message().contains(u"too many connections"_s), qPrintable(dropped.message()));
            QVERIFY(halfOpen[i]->waitClosed());
        }
        for (int i = firstKept; i < kHalfOpen; ++i)
            QVERIFY(halfOpen[i]->isConnected());
        RawClient &newest = *halfOpen.back();
        QVERIFY(newest.isConnected());
        newest.write(settingBody.mid(20));
        QCOMPARE(newest.read().status, 200);
        QCOMPARE(nam.get(u"/api/0/settings/halfopen.test"_s).json().toObject().value(u"value"_s).toString().size(),
                 200);
    }

    // A client may close its sending side and wait for the answers (HTTP allows it): what it
    // completed is answered, a request it stopped within gets 400, then the server closes.
    void halfClosedConnectionsAreAnswered()
    {
        // Before the fixture, which outlives what is held in the worker below (see `unblock`).
        QSemaphore held;
        QSemaphore release;
        StoreFixture fixture;
        QVERIFY(fixture.openWithBucket());
        const std::unique_ptr<ApiServer> server = startServer(fixture, ApiOptions());
        QVERIFY(server);
        const QByteArray host = "Host: " + RawClient(server->port()).hostHeader() + "\r\n";
        const QByteArray body =
            R"({"timestamp":"2026-07-23T10:00:00Z","duration":0,"data":{"app":"a","title":"half-closed"}})";
        const QByteArray heartbeat = "POST /api/0/buckets/" + kWindowBucket.toUtf8()
            + "/heartbeat?pulsetime=5 HTTP/1.1\r\n" + host + "Content-Length: " + QByteArray::number(body.size())
            + "\r\n\r\n" + body;

        RawClient whole(server->port());
        QVERIFY(whole.connect());
        whole.write(heartbeat);
        whole.closeWriting();
        QCOMPARE(whole.read().status, 200);
        QVERIFY(whole.waitClosed());

        RawClient two(server->port());
        QVERIFY(two.connect());
        two.write(heartbeat + heartbeat);
        two.closeWriting();
        QCOMPARE(two.read().status, 200);
        QCOMPARE(two.read().status, 200);
        QVERIFY(two.waitClosed());

        RawClient cut(server->port());
        QVERIFY(cut.connect());
        cut.write(heartbeat + "POST /api/0/settings/half.closed HTTP/1.1\r\n" + host
                  + "Content-Length: 20\r\n\r\n\"cut");
        cut.closeWriting();
        QCOMPARE(cut.read().status, 200);
        const HttpAnswer refused = cut.read();
        QCOMPARE(refused.status, 400);
        QVERIFY2(refused.message().contains(u"closed before the request was complete"_s),
                 qPrintable(refused.message()));
        QVERIFY(cut.waitClosed());

        RawClient silent(server->port());
        QVERIFY(silent.connect());
        silent.closeWriting();
        QVERIFY(silent.waitClosed());

        NamClient nam(server->port());
        QVERIFY(nam.get(u"/api/0/settings/half.closed"_s).json().isNull());
        const QJsonArray events = nam.get(u"/api/0/buckets/"_s + kWindowBucket + u"/events"_s).json().toArray();
        QCOMPARE(events.size(), 1); // the four heartbeats merged

        // A connection whose client closed its side may give its place to a new one, also while
        // its answer is pending (a client gone for good looks the same); one whose client still
        // sends may not. The worker is held in a reply, so both heartbeats wait for it.
        ApiOptions twoAtOnce;
        twoAtOnce.maxConnections = 2;
        const std::unique_ptr<ApiServer> small = startServer(fixture, twoAtOnce);
        QVERIFY(small);
        const QByteArray smallHost = "Host: " + RawClient(small->port()).hostHeader() + "\r\n";
        const QByteArray smallHeartbeat = QByteArray(heartbeat).replace(host, smallHost);
        fixture.store().heartbeatWithReply(kWindowBucket, windowEvent(3600, u"hold"_s), 5, [&](const WriteResult &) {
            held.release();
            release.acquire();
        });
        const auto unblock = qScopeGuard([&release] { release.release(); }); // whatever fails below
        QVERIFY(held.tryAcquire(1, 10'000));
        RawClient gone(small->port());
        QVERIFY(gone.connect());
        gone.write(smallHeartbeat);
        RawClient waiting(small->port());
        QVERIFY(waiting.connect());
        waiting.write(smallHeartbeat);
        QTRY_COMPARE(small->openConnections(), 2);
        gone.closeWriting();
        const QByteArray info = "GET /api/0/info HTTP/1.1\r\n" + smallHost + "\r\n";
        QTRY_VERIFY(RawClient(small->port()).request(info, 500).status == 200);
        QVERIFY(gone.waitClosed());
        release.release();
        QCOMPARE(waiting.read().status, 200);
    }

    void slowRequestsGet408()
    {
        StoreFixture fixture;
        QVERIFY(fixture.open());
        ApiOptions options;
        options.requestTimeoutMs = 300; // 10 s in production
        const std::unique_ptr<ApiServer> server = startServer(fixture, options);
        QVERIFY(server);
        const QByteArray host = "Host: " + RawClient(server->port()).hostHeader() + "\r\n";
        const QByteArray info = "GET /api/0/info HTTP/1.1\r\n" + host + "\r\n";

        // Connected before the slow ones start and idle all along: the deadline is not for it.
        RawClient idle(server->port());
        QVERIFY(idle.connect());

        const auto expectTimeout = [](RawClient &client) {
            const HttpAnswer answer = client.read();
            QCOMPARE(answer.status, 408);
            QCOMPARE(answer.headers.value("connection"), QByteArray("close"));
            QVERIFY2(answer.message().contains(u"not complete 0.3 s after its first byte"_s),
                     qPrintable(answer.message()));
            QVERIFY(client.waitClosed());
        };
        RawClient head(server->port());
        QVERIFY(head.connect());
        head.write("GET /api/0/info HTTP/1.1\r\n" + host);
        expectTimeout(head);
        if (QTest::currentTestFailed())
            return;

        RawClient body(server->port());
        QVERIFY(body.connect());
        body.write("POST /api/0/settings/slow.test HTTP/1.1\r\n" + host + "Content-Length: 50\r\n\r\n{\"value\"");
        expectTimeout(body);
        if (QTest::currentTestFailed())
            return;

        // A pipelined request after a complete one: its own deadline, from its own first byte.
        RawClient pipelined(server->port());
        QVERIFY(pipelined.connect());
        pipelined.write(info + "GET /api/0/info HTTP/1.1\r\n");
        QCOMPARE(pipelined.read().status, 200);
        expectTimeout(pipelined);
        if (QTest::currentTestFailed())
            return;

        // More bytes now and then do not move the deadline.
        RawClient trickle(server->port());
        QVERIFY(trickle.connect());
        trickle.write("POST /api/0/settings/slow.test HTTP/1.1\r\n" + host + "Content-Length: 100000\r\n\r\n");
        HttpAnswer answer;
        for (int i = 0; i < 2'000 && answer.status == 0 && trickle.isConnected(); ++i) {
            trickle.write("x");
            answer = trickle.read(20);
        }
        QCOMPARE(answer.status, 408);

        QCOMPARE(idle.request(info).status, 200);
        NamClient nam(server->port());
        const HttpAnswer stored = nam.get(u"/api/0/settings/slow.test"_s); // nothing of the slow bodies
        QCOMPARE(stored.status, 200);
        QVERIFY(stored.json().isNull());
    }

    void survivesMalformedRequests()
    {
        StoreFixture fixture;
        QVERIFY(fixture.open());
        const std::unique_ptr<ApiServer> started = startServer(fixture, {});
        QVERIFY(started);
        ApiServer &server = *started;

        // What must survive: a bucket with events, committed.
        Bucket kept = windowBucket(QString::fromLatin1(kKept));
        QVERIFY(await(fixture.store().createBucket(kept)).ok());
        const EventList keptEvents{windowEvent(0, u"one"_s, 10), windowEvent(20, u"two"_s, 5)};
        QVERIFY(await(fixture.store().insertEvents(kept.id, keptEvents)).ok());
        QVERIFY(await(fixture.store().forceCommit()).ok());

        Mutator mutator(0x5EED5EED);
        RawClient client(server.port());
        const QByteArray host = client.hostHeader();
        int requests = 0;
        int answered = 0;
        int refusedNotUnicode = 0;
        QMap<int, int> statuses;

        // Random bytes, each on a fresh connection; half end with a blank line so the server has a
        // head to reject, the rest are left for the server to drop when the client goes away.
        for (int i = 0; i < kRandomConnections; ++i, ++requests) {
            RawClient raw(server.port());
            QVERIFY(raw.connect());
            QByteArray bytes = mutator.randomBytes(400);
            if (i % 4 == 1)
                bytes.prepend("POST /api/0/buckets/" + kFuzz + "/events HTTP/1.1\r\nHost: " + host + "\r\n");
            if (i % 2 == 0) {
                const HttpAnswer answer = raw.request(bytes + "\r\n\r\n", 10'000);
                QVERIFY2(answer.status >= 400 && answer.status < 500, qPrintable(QString::number(answer.status)));
                ++answered;
            } else {
                raw.write(bytes);
            }
        }

        // Mutated well-framed requests over one kept-alive connection (reconnecting when the server
        // closes it after a framing error).
        const QList<Template> all = templates();
        QVERIFY(client.request(frame(all[0], host)).status == 200);
        for (int i = 0; i < kMutatedRequests; ++i, ++requests) {
            const Template t = mutator.mutate(all[mutator.bounded(int(all.size()))]);
            if (!client.isConnected())
                QVERIFY(client.connect());
            const HttpAnswer answer = client.request(frame(t, host), 10'000);
            QVERIFY2(
                answer.status != 0,
                qPrintable(u"no answer to %1 %2"_s.arg(QString::fromLatin1(t.method), QString::fromLatin1(t.target))));
            QVERIFY2(answer.status < 500,
                     qPrintable(u"%1 for %2 %3: %4"_s.arg(answer.status)
                                    .arg(QString::fromLatin1(t.method), QString::fromLatin1(t.target),
                                         QString::fromUtf8(answer.body.left(300)))));
            if (t.notUnicode) {
                QVERIFY2(answer.status == 400,
                         qPrintable(u"%1 for %2 %3 %4"_s.arg(answer.status)
                                        .arg(QString::fromLatin1(t.method), QString::fromLatin1(t.target),
                                             QString::fromLatin1(t.body.left(300)))));
                ++refusedNotUnicode;
            }
            if (answer.status >= 400)
                QVERIFY2(!answer.message().isEmpty(), answer.body.left(200).constData());
            ++answered;
            ++statuses[answer.status];
            if (answer.headers.value("connection") == "close")
                client.waitClosed();
        }
        QVERIFY(requests >= 10'000);
        QStringList histogram;
        for (auto it = statuses.cbegin(); it != statuses.cend(); ++it)
            histogram << u"%1: %2"_s.arg(it.key()).arg(it.value());
        qInfo("%d requests, %d answered; mutated ones by status: %s", requests, answered,
              qPrintable(histogram.join(u", "_s)));
        // The mutations must reach past the framing: some are refused by the routes, some stored.
        QVERIFY(statuses.value(400) > 1000);
        QVERIFY(statuses.value(200) > 100);
        QVERIFY(refusedNotUnicode > 500);

        // Still serving, and nothing that was stored has changed.
        NamClient nam(server.port());
        const HttpAnswer info = nam.get(u"/api/0/info"_s);
        QCOMPARE(info.status, 200);
        QCOMPARE(info.json().toObject().value(u"hostname"_s).toString(), u"testhost"_s);
        const QJsonArray events =
            nam.get(u"/api/0/buckets/"_s + QString::fromLatin1(kKept) + u"/events"_s).json().toArray();
        QCOMPARE(events.size(), 2);
        QCOMPARE(events.at(0).toObject().value(u"data"_s).toObject(), keptEvents[1].data);
        QCOMPARE(events.at(1).toObject().value(u"duration"_s).toDouble(), 10.0);

        // Nothing that is not Unicode got in, nor anything turned into U+FFFD on the way.
        EventReader reader(fixture.path());
        const auto buckets = reader.buckets();
        QVERIFY(buckets);
        for (const Bucket &bucket : *buckets) {
            for (const QString &name : {bucket.id, bucket.type, bucket.client, bucket.hostname})
                QVERIFY2(isWholeText(name), qPrintable(name));
            QVERIFY(isWholeText(bucket.data));
            const auto stored = reader.events(bucket.id);
            QVERIFY(stored);
            for (const Event &event : *stored)
                QVERIFY2(isWholeText(event.data), json::toCompact(event.data).constData());
        }
        const auto settings = reader.settings(u""_s);
        QVERIFY(settings);
        QVERIFY2(isWholeText(*settings), json::toCompact(*settings).constData());

        server.stop();
        QVERIFY(fixture.store().close().ok());
        const QString name = SqliteConnection::uniqueName(u"integrity"_s);
        QString error;
        QVERIFY2(SqliteConnection::openReader(name, fixture.path(), &error), qPrintable(error));
        {
            QSqlQuery check(QSqlDatabase::database(name, false));
            QVERIFY(check.exec(u"PRAGMA integrity_check"_s));
            QVERIFY(check.next());
            QCOMPARE(check.value(0).toString(), u"ok"_s);
            QVERIFY(!check.next());
        }
        SqliteConnection::close(name);
    }
};

QTEST_GUILESS_MAIN(TestApiRobustness)
#include "TestApiRobustness.moc"
