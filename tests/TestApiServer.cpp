// The HTTP API over real HTTP: every endpoint's answers and errors, heartbeat merging, the
// read-your-writes barrier, and the access rules (Host, CORS, API key, port in use).
#include "ApiTestClient.h"
#include "StoreFixture.h"
#include "api/ApiServer.h"
#include "app/Tracker.h"
#include "model/Event.h"
#include "model/Json.h"
#include "model/Timestamp.h"
#include "reports/ReportEngine.h"
#include "settings/SettingKeys.h"
#include "storage/SqliteConnection.h"

#include <QJsonArray>
#include <QLoggingCategory>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QSysInfo>
#include <QTcpServer>
#include <QThread>

#include <atomic>

using namespace stint;
using namespace stint::test;

namespace {

const QString kBucket = QStringLiteral("aw-watcher-web-firefox_testhost");

QJsonObject webData(const QString &url)
{
    return {{u"url"_s, url}, {u"title"_s, u"Page"_s}, {u"audible"_s, false}};
}

QJsonObject eventJson(const QString &timestamp, double duration, const QJsonObject &data)
{
    return {{u"timestamp"_s, timestamp}, {u"duration"_s, duration}, {u"data"_s, data}};
}

} // namespace

class TestApiServer : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<StoreFixture> m_fixture;
    std::unique_ptr<ApiServer> m_server;
    std::unique_ptr<NamClient> m_client;

    bool startServer(ApiOptions options = {})
    {
        options.address = QHostAddress(QHostAddress::LocalHost);
        options.port = 0;
        options.hostname = u"testhost"_s;
        options.deviceId = u"device-1"_s;
        options.clock = m_fixture->clockPtr();
        m_server = std::make_unique<ApiServer>(m_fixture->store(), m_fixture->path(), options);
        QString error;
        if (!m_server->start(&error)) {
            qWarning("%s", qPrintable(error));
            return false;
        }
        m_client = std::make_unique<NamClient>(m_server->port());
        return true;
    }

    QString bucketPath(const QString &rest = {}) const { return u"/api/0/buckets/"_s + kBucket + rest; }

    bool createBucket()
    {
        return m_client
                   ->postJson(bucketPath(),
                              QJsonObject{{u"type"_s, u"web.tab.current"_s},
                                          {u"client"_s, u"aw-client-web"_s},
                                          {u"hostname"_s, u"!local"_s}})
                   .status
            == 200;
    }

    // Sends `data` as event data to each route that stores it (events, a heartbeat, an import) and
    // the `others` as they are: each must get 400 with `message`, and nothing may change.
    void verifyRefusedEverywhere(const QByteArray &data, QList<std::pair<QString, QByteArray>> others,
                                 const QString &message)
    {
        auto snapshot = [this] {
            return QJsonArray{m_client->get(u"/api/0/buckets/"_s).json(), m_client->get(u"/api/0/settings"_s).json(),
                              m_client->get(bucketPath(u"/events"_s)).json()};
        };
        const QJsonArray before = snapshot();
        others += {
            {bucketPath(u"/events"_s), R"([{"timestamp":"2024-01-02T00:00:00Z","duration":1,"data":)" + data + "}]"},
            {bucketPath(u"/heartbeat?pulsetime=5"_s), R"({"timestamp":"2024-01-01T00:00:03Z","data":)" + data + '}'},
            {u"/api/0/import"_s,
             R"({"buckets":{"imp":{"id":"imp","type":"t","client":"c","hostname":"h",)"
             R"("events":[{"timestamp":"2024-01-01T00:00:00Z","duration":1,"data":)"
                 + data + "}]}}}"},
        };
        for (const auto &[path, body] : std::as_const(others)) {
            const HttpAnswer answer = m_client->post(path, body);
            QCOMPARE(answer.status, 400);
            QVERIFY2(answer.message().contains(message), qPrintable(path + u": "_s + answer.message()));
        }
        QCOMPARE(snapshot(), before);
    }

private Q_SLOTS:
    void initTestCase() { QLoggingCategory::setFilterRules(u"stint.*.info=false"_s); }

    void init()
    {
        m_fixture = std::make_unique<StoreFixture>();
        QVERIFY(m_fixture->open());
        ApiOptions options;
        options.testing = true;
        QVERIFY(startServer(options));
    }

    void cleanup()
    {
        m_client.reset();
        m_server.reset();
        m_fixture.reset();
    }

    void info()
    {
        const HttpAnswer answer = m_client->get(u"/api/0/info"_s);
        QCOMPARE(answer.status, 200);
        QCOMPARE(answer.headers.value("content-type"), QByteArray("application/json"));
        const QJsonObject info = answer.json().toObject();
        QCOMPARE(info.value(u"hostname"_s).toString(), u"testhost"_s);
        QCOMPARE(info.value(u"testing"_s).toBool(), true);
        QCOMPARE(info.value(u"device_id"_s).toString(), u"device-1"_s);
        QVERIFY(info.value(u"version"_s).toString().startsWith(u"v"_s));
    }

    void unknownEndpointAndMethod()
    {
        HttpAnswer answer = m_client->get(u"/api/0/nothing"_s);
        QCOMPARE(answer.status, 404);
        QVERIFY(answer.message().contains(u"/api/0/nothing"_s));
        answer = m_client->send("PUT", u"/api/0/info"_s, "{}");
        QCOMPARE(answer.status, 405);
        QVERIFY(!answer.message().isEmpty());
    }

    void bucketLifecycle()
    {
        QVERIFY(createBucket());
        // An existing bucket is not changed: 304.
        HttpAnswer answer = m_client->postJson(
            bucketPath(), QJsonObject{{u"type"_s, u"other"_s}, {u"client"_s, u"x"_s}, {u"hostname"_s, u"h"_s}});
        QCOMPARE(answer.status, 304);

        answer = m_client->get(bucketPath());
        QCOMPARE(answer.status, 200);
        QJsonObject bucket = answer.json().toObject();
        QCOMPARE(bucket.value(u"id"_s).toString(), kBucket);
        QCOMPARE(bucket.value(u"type"_s).toString(), u"web.tab.current"_s);
        QCOMPARE(bucket.value(u"hostname"_s).toString(), u"testhost"_s); // "!local" resolved
        QCOMPARE(bucket.value(u"data"_s).toObject().value(u"device_id"_s).toString(), u"device-1"_s);
        QCOMPARE(bucket.value(u"created"_s).toString(), Timestamp::toRfc3339(m_fixture->clock().nowNanos()));
        QVERIFY(bucket.value(u"metadata"_s).toObject().value(u"start"_s).isNull());

        answer = m_client->postJson(bucketPath(u"/events"_s),
                                    eventJson(u"2026-07-23T10:00:00Z"_s, 5, webData(u"https://a.example/"_s)));
        QCOMPARE(answer.status, 200);
        answer = m_client->get(u"/api/0/buckets/"_s);
        QCOMPARE(answer.status, 200);
        const QJsonObject all = answer.json().toObject();
        QCOMPARE(all.keys(), QStringList{kBucket});
        const QJsonObject metadata = all.value(kBucket).toObject().value(u"metadata"_s).toObject();
        QCOMPARE(metadata.value(u"start"_s).toString(), u"2026-07-23T10:00:00Z"_s);
        QCOMPARE(metadata.value(u"end"_s).toString(), u"2026-07-23T10:00:05Z"_s);

        answer = m_client->del(bucketPath());
        QCOMPARE(answer.status, 200);
        answer = m_client->get(bucketPath());
        QCOMPARE(answer.status, 404);
        QVERIFY(answer.message().contains(kBucket));
        QCOMPARE(m_client->del(bucketPath()).status, 404);
    }

    void bucketErrors()
    {
        HttpAnswer answer = m_client->post(bucketPath(), "{\"type\": \"x\", \"client\": ");
        QCOMPARE(answer.status, 400);
        QVERIFY(answer.message().contains(u"JSON"_s));
        answer = m_client->postJson(bucketPath(), QJsonObject{{u"client"_s, u"c"_s}, {u"hostname"_s, u"h"_s}});
        QCOMPARE(answer.status, 400);
        QVERIFY(answer.message().contains(u"type"_s));
        answer = m_client->postJson(bucketPath(),
                                    QJsonObject{{u"type"_s, 3}, {u"client"_s, u"c"_s}, {u"hostname"_s, u"h"_s}});
        QCOMPARE(answer.status, 400);
        answer = m_client->postJson(bucketPath(), QJsonArray{1, 2});
        QCOMPARE(answer.status, 400);
        QVERIFY(answer.message().contains(u"object"_s));
        QCOMPARE(m_client->get(u"/api/0/buckets/"_s).json().toObject().size(), 0);
    }

    void deletingNeedsForceOutsideTesting()
    {
        m_server.reset();
        QVERIFY(startServer(ApiOptions{})); // testing = false
        QVERIFY(createBucket());
        HttpAnswer answer = m_client->del(bucketPath());
        QCOMPARE(answer.status, 401);
        QVERIFY(answer.message().contains(u"force"_s));
        QCOMPARE(m_client->get(bucketPath()).status, 200);
        QCOMPARE(m_client->del(bucketPath(u"?force=1"_s)).status, 200);
        QCOMPARE(m_client->get(bucketPath()).status, 404);
    }

    void insertAndReadEvents()
    {
        QVERIFY(createBucket());
        QJsonArray events;
        for (int i = 0; i < 5; ++i)
            events.append(eventJson(u"2026-07-23T10:0%1:00.250Z"_s.arg(i), 30.5, webData(u"https://%1/"_s.arg(i))));
        HttpAnswer answer = m_client->postJson(bucketPath(u"/events"_s), events);
        QCOMPARE(answer.status, 200);
        const QJsonArray stored = answer.json().toArray();
        QCOMPARE(stored.size(), 5);
        QVERIFY(stored.at(0).toObject().value(u"id"_s).toInteger() > 0);

        // Read straight back: the barrier makes the acknowledged insert visible.
        answer = m_client->get(bucketPath(u"/events"_s));
        QCOMPARE(answer.status, 200);
        QJsonArray read = answer.json().toArray();
        QCOMPARE(read.size(), 5);
        QCOMPARE(read.at(0).toObject().value(u"timestamp"_s).toString(), u"2026-07-23T10:04:00.250Z"_s);
        QCOMPARE(read.at(0).toObject().value(u"duration"_s).toDouble(), 30.5);
        QCOMPARE(read.at(0).toObject().value(u"data"_s).toObject(), webData(u"https://4/"_s));

        answer = m_client->get(bucketPath(u"/events?limit=2"_s));
        QCOMPARE(answer.json().toArray().size(), 2);
        answer = m_client->get(bucketPath(u"/events?limit=-1"_s));
        QCOMPARE(answer.json().toArray().size(), 5);
        // Range, clipped: 10:01:10 .. 10:02:10 overlaps the events at 10:01 and 10:02.
        answer = m_client->get(bucketPath(u"/events?start=2026-07-23T10:01:10Z&end=2026-07-23T12:02:10%2B02:00"_s));
        QCOMPARE(answer.status, 200);
        read = answer.json().toArray();
        QCOMPARE(read.size(), 2);
        QCOMPARE(read.at(1).toObject().value(u"timestamp"_s).toString(), u"2026-07-23T10:01:10Z"_s);

        answer = m_client->get(bucketPath(u"/events/count"_s));
        QCOMPARE(answer.status, 200);
        QCOMPARE(answer.json().toInt(), 5);
        answer = m_client->get(bucketPath(u"/events/count?start=2026-07-23T10:03:00Z"_s));
        QCOMPARE(answer.json().toInt(), 2);

        const qint64 id = stored.at(2).toObject().value(u"id"_s).toInteger();
        answer = m_client->get(bucketPath(u"/events/%1"_s.arg(id)));
        QCOMPARE(answer.status, 200);
        QCOMPARE(answer.json().toObject().value(u"data"_s).toObject(), webData(u"https://2/"_s));
        QCOMPARE(m_client->del(bucketPath(u"/events/%1"_s.arg(id))).status, 200);
        QCOMPARE(m_client->get(bucketPath(u"/events/%1"_s.arg(id))).status, 404);
        QCOMPARE(m_client->get(bucketPath(u"/events/count"_s)).json().toInt(), 4);

        // One object instead of a list is accepted too.
        answer = m_client->postJson(bucketPath(u"/events"_s),
                                    eventJson(u"2026-07-23T11:00:00Z"_s, 1, webData(u"https://one/"_s)));
        QCOMPARE(answer.status, 200);
        QCOMPARE(answer.json().toArray().size(), 1);
    }

    void eventErrors_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("mentions");
        const QString events = u"/events"_s;
        QTest::newRow("truncated") << events << QByteArray(R"([{"timestamp": "2026-07-23T10:00:00Z")") << 400
                                   << u"JSON"_s;
        QTest::newRow("not a list") << events << QByteArray("42") << 400 << u"list"_s;
        QTest::newRow("bad date") << events << QByteArray(R"([{"timestamp": "yesterday", "duration": 1}])") << 400
                                  << u"RFC 3339"_s;
        QTest::newRow("missing timestamp") << events << QByteArray(R"([{"duration": 1}])") << 400 << u"timestamp"_s;
        QTest::newRow("negative duration")
            << events << QByteArray(R"([{"timestamp": "2026-07-23T10:00:00Z", "duration": -1}])") << 400
            << u"duration"_s;
        QTest::newRow("duration as text")
            << events << QByteArray(R"([{"timestamp": "2026-07-23T10:00:00Z", "duration": "5"}])") << 400
            << u"duration"_s;
        QTest::newRow("huge duration") << events
                                       << QByteArray(R"([{"timestamp": "2026-07-23T10:00:00Z", "duration": 1e300}])")
                                       << 400 << u"duration"_s;
        QTest::newRow("data not object") << events
                                         << QByteArray(R"([{"timestamp": "2026-07-23T10:00:00Z", "data": [1]}])") << 400
                                         << u"data"_s;
        QTest::newRow("second bad") << events
                                    << QByteArray(R"([{"timestamp": "2026-07-23T10:00:00Z"}, {"timestamp": 5}])") << 400
                                    << u"event 1"_s;
        QTest::newRow("empty body") << events << QByteArray("") << 400 << u"empty"_s;
        QTest::newRow("deep nesting") << events << QByteArray(200, '[') + QByteArray(200, ']') << 400 << u"nested"_s;
        QTest::newRow("bad start") << u"/events?start=2026-13-01T00:00:00Z"_s << QByteArray() << 400 << u"start"_s;
        QTest::newRow("bad limit") << u"/events?limit=ten"_s << QByteArray() << 400 << u"limit"_s;
        QTest::newRow("start after end") << u"/events?start=2026-07-24T00:00:00Z&end=2026-07-23T00:00:00Z"_s
                                         << QByteArray() << 400 << u"start"_s;
        QTest::newRow("bad event id") << u"/events/abc"_s << QByteArray() << 400 << u"abc"_s;
    }

    void eventErrors()
    {
        QFETCH(QString, path);
        QFETCH(QByteArray, body);
        QFETCH(int, status);
        QFETCH(QString, mentions);
        QVERIFY(createBucket());
        QCOMPARE(m_client
                     ->postJson(bucketPath(u"/events"_s),
                                eventJson(u"2026-07-23T09:00:00Z"_s, 1, webData(u"https://kept/"_s)))
                     .status,
                 200);
        const HttpAnswer answer =
            body.isNull() ? m_client->get(bucketPath(path)) : m_client->post(bucketPath(path), body);
        QCOMPARE(answer.status, status);
        QVERIFY2(answer.message().contains(mentions), qPrintable(answer.message()));
        // Nothing stored is touched.
        const QJsonArray events = m_client->get(bucketPath(u"/events"_s)).json().toArray();
        QCOMPARE(events.size(), 1);
        QCOMPARE(events.at(0).toObject().value(u"data"_s).toObject(), webData(u"https://kept/"_s));
    }

    void unknownBucket()
    {
        const QString path = u"/api/0/buckets/nope"_s;
        for (const HttpAnswer &answer :
             {m_client->get(path), m_client->get(path + u"/events"_s), m_client->get(path + u"/events/count"_s),
              m_client->get(path + u"/events/1"_s), m_client->del(path + u"/events/1"_s),
              m_client->post(path + u"/events"_s, R"([{"timestamp": "2026-07-23T10:00:00Z"}])"),
              m_client->post(path + u"/heartbeat?pulsetime=1"_s, R"({"timestamp": "2026-07-23T10:00:00Z"})")}) {
            QCOMPARE(answer.status, 404);
            QVERIFY2(answer.message().contains(u"nope"_s), qPrintable(answer.message()));
        }
    }

    void heartbeatsMerge()
    {
        QVERIFY(createBucket());
        const QJsonObject a = webData(u"https://a/"_s);
        const QJsonObject b = webData(u"https://b/"_s);
        const QString hb = bucketPath(u"/heartbeat?pulsetime=80"_s);
        HttpAnswer answer = m_client->postJson(hb, eventJson(u"2026-07-23T10:00:00Z"_s, 0, a));
        QCOMPARE(answer.status, 200);
        answer = m_client->postJson(hb, eventJson(u"2026-07-23T10:01:00Z"_s, 0, a));
        QCOMPARE(answer.status, 200);
        // The merged event comes back: it starts at the first heartbeat and reaches the second.
        QCOMPARE(answer.json().toObject().value(u"timestamp"_s).toString(), u"2026-07-23T10:00:00Z"_s);
        QCOMPARE(answer.json().toObject().value(u"duration"_s).toDouble(), 60.0);
        // Other data: a new event; beyond the pulsetime: a new event.
        QCOMPARE(m_client->postJson(hb, eventJson(u"2026-07-23T10:01:30Z"_s, 0, b)).status, 200);
        QCOMPARE(m_client->postJson(bucketPath(u"/heartbeat?pulsetime=5"_s), eventJson(u"2026-07-23T10:05:00Z"_s, 0, b))
                     .status,
                 200);
        const QJsonArray events = m_client->get(bucketPath(u"/events"_s)).json().toArray();
        QCOMPARE(events.size(), 3);
        QCOMPARE(events.at(2).toObject().value(u"duration"_s).toDouble(), 60.0);
        QCOMPARE(events.at(1).toObject().value(u"timestamp"_s).toString(), u"2026-07-23T10:01:30Z"_s);
        QCOMPARE(events.at(0).toObject().value(u"timestamp"_s).toString(), u"2026-07-23T10:05:00Z"_s);
    }

    // A heartbeat's answer carries the data of the event it created or extended, also after that
    // event was replaced through POST .../events (the worker keeps the data's text per event).
    void heartbeatAnswersCarryTheirEventsData()
    {
        QVERIFY(createBucket());
        const QJsonObject a = webData(u"https://a/"_s);
        const QJsonObject b = webData(u"https://b/"_s);
        const QJsonObject c = webData(u"https://c/"_s);
        const QString hb = bucketPath(u"/heartbeat?pulsetime=80"_s);
        auto beat = [&](const QString &timestamp, const QJsonObject &data) {
            const HttpAnswer answer = m_client->postJson(hb, eventJson(timestamp, 0, data));
            return answer.status == 200 ? answer.json().toObject() : QJsonObject();
        };
        QCOMPARE(beat(u"2026-07-23T10:00:00Z"_s, a).value(u"data"_s).toObject(), a);
        QCOMPARE(beat(u"2026-07-23T10:01:00Z"_s, a).value(u"data"_s).toObject(), a);
        QCOMPARE(beat(u"2026-07-23T10:01:30Z"_s, b).value(u"data"_s).toObject(), b);
        const QJsonObject merged = beat(u"2026-07-23T10:02:00Z"_s, b);
        QCOMPARE(merged.value(u"data"_s).toObject(), b);

        QJsonObject replacement = eventJson(u"2026-07-23T10:01:30Z"_s, 30, c);
        replacement.insert(u"id"_s, merged.value(u"id"_s));
        QCOMPARE(m_client->postJson(bucketPath(u"/events"_s), QJsonArray{replacement}).status, 200);
        const QJsonObject extended = beat(u"2026-07-23T10:02:30Z"_s, c);
        QCOMPARE(extended.value(u"data"_s).toObject(), c);
        QCOMPARE(extended.value(u"id"_s), merged.value(u"id"_s));
        QCOMPARE(extended.value(u"duration"_s).toDouble(), 60.0);
        QCOMPARE(beat(u"2026-07-23T10:03:00Z"_s, b).value(u"data"_s).toObject(), b);
    }

    // A pulsetime is any number Qt reads, plainly written or not; 10.5 s is where two heartbeats
    // 10.5 s apart still merge.
    void pulsetimeSpellings_data()
    {
        QTest::addColumn<QString>("pulsetime");
        QTest::addColumn<int>("events");
        QTest::newRow("plain") << u"10.5"_s << 1;
        QTest::newRow("just short") << u"10.4999"_s << 2;
        QTest::newRow("whole") << u"10"_s << 2;
        QTest::newRow("zeros around") << u"0010.500"_s << 1;
        QTest::newRow("exponent") << u"1.05e1"_s << 1;
        QTest::newRow("exponent short") << u"1.04999e1"_s << 2;
        QTest::newRow("longer than 32 digits") << u"10.4999999999999999999999999999999"_s << 1; // rounds to 10.5
        QTest::newRow("percent-encoded") << u"10%2E5"_s << 1;
    }

    void pulsetimeSpellings()
    {
        QFETCH(QString, pulsetime);
        QFETCH(int, events);
        QVERIFY(createBucket());
        for (const char *at : {"2026-07-23T10:00:00Z", "2026-07-23T10:00:10.5Z"}) {
            const QByteArray body = "{\"timestamp\": \"" + QByteArray(at) + "\", \"data\": {\"app\": \"a\"}}";
            QCOMPARE(m_client->post(bucketPath(u"/heartbeat?pulsetime="_s + pulsetime), body).status, 200);
        }
        QCOMPARE(m_client->get(bucketPath(u"/events/count"_s)).json().toInt(), events);
    }

    void heartbeatErrors_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("mentions");
        const QByteArray ok = R"({"timestamp": "2026-07-23T10:00:00Z", "data": {"url": "x"}})";
        QTest::newRow("no pulsetime") << QString() << ok << u"pulsetime"_s;
        QTest::newRow("text pulsetime") << u"?pulsetime=soon"_s << ok << u"pulsetime"_s;
        QTest::newRow("nan pulsetime") << u"?pulsetime=nan"_s << ok << u"pulsetime"_s;
        QTest::newRow("negative pulsetime") << u"?pulsetime=-3"_s << ok << u"pulsetime"_s;
        QTest::newRow("list body") << u"?pulsetime=1"_s << QByteArray("[]") << u"object"_s;
        QTest::newRow("bad date") << u"?pulsetime=1"_s << QByteArray(R"({"timestamp": "2026-07-23 10:00"})")
                                  << u"RFC 3339"_s;
        QTest::newRow("negative duration")
            << u"?pulsetime=1"_s << QByteArray(R"({"timestamp": "2026-07-23T10:00:00Z", "duration": -2})")
            << u"duration"_s;
    }

    void heartbeatErrors()
    {
        QFETCH(QString, query);
        QFETCH(QByteArray, body);
        QFETCH(QString, mentions);
        QVERIFY(createBucket());
        const HttpAnswer answer = m_client->post(bucketPath(u"/heartbeat"_s + query), body);
        QCOMPARE(answer.status, 400);
        QVERIFY2(answer.message().contains(mentions), qPrintable(answer.message()));
        QCOMPARE(m_client->get(bucketPath(u"/events/count"_s)).json().toInt(), 0);
    }

    void concurrentClients()
    {
        // Four watchers at once, each on its own kept-alive connection and bucket: every heartbeat
        // is acknowledged and merged as if it had come alone.
        constexpr int kClients = 4;
        constexpr int kHeartbeats = 1500;
        for (int c = 0; c < kClients; ++c) {
            QCOMPARE(m_client
                         ->postJson(u"/api/0/buckets/load_%1"_s.arg(c),
                                    QJsonObject{{u"type"_s, u"currentwindow"_s},
                                                {u"client"_s, u"test"_s},
                                                {u"hostname"_s, u"!local"_s}})
                         .status,
                     200);
        }
        std::atomic<int> failures{0};
        std::vector<std::unique_ptr<QThread>> threads;
        for (int c = 0; c < kClients; ++c) {
            threads.emplace_back(QThread::create([&, c] {
                RawClient raw(m_server->port());
                const QByteArray head = "POST /api/0/buckets/load_" + QByteArray::number(c)
                    + "/heartbeat?pulsetime=2 HTTP/1.1\r\nHost: " + raw.hostHeader() + "\r\nContent-Length: ";
                for (int i = 0; i < kHeartbeats; ++i) {
                    // A new title every 10 heartbeats, one heartbeat per second.
                    const QByteArray body = "{\"timestamp\":\""
                        + Timestamp::toRfc3339(kBaseTime + i * 1'000'000'000LL).toUtf8()
                        + "\",\"data\":{\"app\":\"a\",\"title\":\"t" + QByteArray::number(i / 10) + "\"}}";
                    if (raw.request(head + QByteArray::number(body.size()) + "\r\n\r\n" + body).status != 200)
                        ++failures;
                }
            }));
            threads.back()->start();
        }
        for (auto &thread : threads)
            QVERIFY(thread->wait(120'000));
        QCOMPARE(failures.load(), 0);
        for (int c = 0; c < kClients; ++c) {
            const QJsonArray events = m_client->get(u"/api/0/buckets/load_%1/events"_s.arg(c)).json().toArray();
            QCOMPARE(events.size(), kHeartbeats / 10);
            // Each title's event reaches the next title's first heartbeat (ActivityWatch's merge
            // extends to the switch only through the watcher's own re-send, so 9 s here).
            QCOMPARE(events.at(1).toObject().value(u"duration"_s).toDouble(), 9.0);
        }
    }

    void readYourWrites()
    {
        QVERIFY(createBucket());
        // Heartbeats only touch the worker's memory; a read right after must still see them.
        for (int i = 0; i < 3; ++i) {
            const HttpAnswer answer =
                m_client->postJson(bucketPath(u"/heartbeat?pulsetime=10"_s),
                                   eventJson(u"2026-07-23T10:00:0%1Z"_s.arg(i), 0, webData(u"https://same/"_s)));
            QCOMPARE(answer.status, 200);
            const QJsonArray events = m_client->get(bucketPath(u"/events"_s)).json().toArray();
            QCOMPARE(events.size(), 1);
            QCOMPARE(events.at(0).toObject().value(u"duration"_s).toDouble(), double(i));
        }
        QVERIFY(m_server->barrierCommits() >= 3);
    }

    void idleReadsCommitNothing()
    {
        QVERIFY(createBucket());
        QCOMPARE(
            m_client
                ->postJson(bucketPath(u"/events"_s), eventJson(u"2026-07-23T10:00:00Z"_s, 1, webData(u"https://a/"_s)))
                .status,
            200);
        QCOMPARE(m_client->get(bucketPath(u"/events"_s)).status, 200); // commits the insert
        const quint64 barriers = m_server->barrierCommits();
        const qulonglong commits = m_fixture->diagnostics().value(u"commits"_s).toULongLong();
        for (int i = 0; i < 5; ++i) {
            QCOMPARE(m_client->get(bucketPath(u"/events"_s)).status, 200);
            QCOMPARE(m_client->get(u"/api/0/buckets/"_s).status, 200);
            QCOMPARE(m_client->get(u"/api/0/settings/"_s).status, 200);
        }
        QCOMPARE(m_server->barrierCommits(), barriers);
        QCOMPARE(m_fixture->diagnostics().value(u"commits"_s).toULongLong(), commits);
    }

    void settingsEndpoints()
    {
        HttpAnswer answer = m_client->get(u"/api/0/settings/"_s);
        QCOMPARE(answer.status, 200);
        QCOMPARE(answer.json().toObject(), QJsonObject());
        answer = m_client->get(u"/api/0/settings/startOfDay"_s);
        QCOMPARE(answer.status, 200);
        QVERIFY(answer.json().isNull());

        QCOMPARE(m_client->post(u"/api/0/settings/startOfDay"_s, "\"05:00\"").status, 200);
        QCOMPARE(
            m_client->post(u"/api/0/settings/classes"_s, R"([{"name": ["Work"], "rule": {"type": "none"}}])").status,
            200);
        QCOMPARE(m_client->get(u"/api/0/settings/startOfDay"_s).json().toString(), u"05:00"_s);
        const QJsonObject all = m_client->get(u"/api/0/settings"_s).json().toObject();
        QCOMPARE(all.keys(), (QStringList{u"classes"_s, u"startOfDay"_s}));
        QCOMPARE(all.value(u"classes"_s).toArray().size(), 1);
        // Stored where the rest of Stint reads settings.
        EventReader reader(m_fixture->path());
        QCOMPARE(reader.setting(settings::storageKey(u"startOfDay")).value_or(QJsonValue()).toString(), u"05:00"_s);

        answer = m_client->post(u"/api/0/settings/startOfDay"_s, "05:00");
        QCOMPARE(answer.status, 400);
        QCOMPARE(m_client->get(u"/api/0/settings/startOfDay"_s).json().toString(), u"05:00"_s);

        answer = m_client->post(u"/api/0/settings/"_s + QString(128, u'k'), "1");
        QCOMPARE(answer.status, 400);
        QVERIFY(answer.message().contains(u"127"_s));

        QCOMPARE(m_client->del(u"/api/0/settings/startOfDay"_s).status, 200);
        QVERIFY(m_client->get(u"/api/0/settings/startOfDay"_s).json().isNull());
    }

    // Goals are checked before they are stored: a refused value leaves the stored one as it was.
    void goalSettingsAreChecked()
    {
        const QByteArray goals = R"([{"category": ["Social"], "type": "atMost", "minutes": 30, "per": "day"}])";
        QCOMPARE(m_client->post(u"/api/0/settings/stint.goals"_s, goals).status, 200);
        const QJsonValue stored = m_client->get(u"/api/0/settings/stint.goals"_s).json();
        QCOMPARE(stored.toArray().size(), 1);
        for (const QByteArray &bad : {QByteArray(R"([{"type": "atMost", "minutes": 30, "per": "month"}])"),
                                      QByteArray(R"([{"type": "atMost", "minutes": 1441, "per": "day"}])"),
                                      QByteArray(R"({"type": "atMost"})"), QByteArray("\"30 min\"")}) {
            const HttpAnswer answer = m_client->post(u"/api/0/settings/stint.goals"_s, bad);
            QCOMPARE(answer.status, 400);
            QVERIFY2(answer.message().contains(u"stint.goals"_s), qPrintable(answer.message()));
            QCOMPARE(m_client->get(u"/api/0/settings/stint.goals"_s).json(), stored);
        }
        QCOMPARE(m_client->post(u"/api/0/settings/stint.goals.daySummary"_s, "\"18:00\"").status, 200);
        QCOMPARE(m_client->post(u"/api/0/settings/stint.goals.daySummary"_s, "\"6 pm\"").status, 400);
        QCOMPARE(m_client->get(u"/api/0/settings/stint.goals.daySummary"_s).json().toString(), u"18:00"_s);
        // Unset is allowed: no goals, no summary.
        QCOMPARE(m_client->del(u"/api/0/settings/stint.goals"_s).status, 200);
        QCOMPARE(m_client->del(u"/api/0/settings/stint.goals.daySummary"_s).status, 200);
        QVERIFY(m_client->get(u"/api/0/settings/stint.goals"_s).json().isNull());
    }

    // What is not Unicode is refused with 400 and a message, wherever it comes (body, path, query),
    // and nothing changes; before, a lone surrogate was stored fused with the next character.
    void refusesTextThatIsNotUnicode_data()
    {
        QTest::addColumn<QByteArray>("method");
        QTest::addColumn<QByteArray>("target"); // as sent: percent-encoded
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("message"); // a part of the answer's message
        const QByteArray bucket = "/api/0/buckets/" + kBucket.toUtf8();
        const QString lone = u"\\ud800 at offset"_s;
        QTest::newRow("event data")
            << QByteArray("POST") << bucket + "/events"
            << QByteArray(R"([{"timestamp":"2024-01-01T00:00:00Z","duration":1,)"
                          R"("data":{"c":"\ud800x"}}])")
            << u"the request body is refused: not valid Unicode: \\ud800 at offset 63 is a lone"_s;
        QTest::newRow("event data key") << QByteArray("POST") << bucket + "/events"
                                        << QByteArray(R"({"timestamp":"2024-01-01T00:00:00Z","data":{"\udc00":1}})")
                                        << u"\\udc00 at offset"_s;
        QTest::newRow("heartbeat") << QByteArray("POST") << bucket + "/heartbeat?pulsetime=5"
                                   << QByteArray(R"({"timestamp":"2024-01-01T00:00:00Z","data":{"t":"\ud800"}})")
                                   << lone;
        QTest::newRow("bucket fields") << QByteArray("POST") << QByteArray("/api/0/buckets/other")
                                       << QByteArray(R"({"type":"t\ud800","client":"c","hostname":"h"})") << lone;
        QTest::newRow("setting value") << QByteArray("POST") << QByteArray("/api/0/settings/z")
                                       << QByteArray(R"({"data":{"a":{"b":[1,{"c":"\ud800"}]}}})") << lone;
        QTest::newRow("setting key") << QByteArray("POST") << QByteArray("/api/0/settings/z%ED%A0%80")
                                     << QByteArray("1") << u"the path is not valid UTF-8"_s;
        QTest::newRow("setting key, read") << QByteArray("GET") << QByteArray("/api/0/settings/z%ED%A0%80")
                                           << QByteArray() << u"the path is not valid UTF-8"_s;
        QTest::newRow("setting key, delete") << QByteArray("DELETE") << QByteArray("/api/0/settings/z%FF")
                                             << QByteArray() << u"the path is not valid UTF-8"_s;
        QTest::newRow("bucket id") << QByteArray("POST") << QByteArray("/api/0/buckets/b%ED%A0%80x")
                                   << QByteArray(R"({"type":"t","client":"c","hostname":"h"})")
                                   << u"the path is not valid UTF-8"_s;
        QTest::newRow("bucket id, events")
            << QByteArray("POST") << QByteArray("/api/0/buckets/b%C0%80/events")
            << QByteArray(R"([{"timestamp":"2024-01-01T00:00:00Z","data":{}}])") << u"the path is not valid UTF-8"_s;
        QTest::newRow("query string") << QByteArray("GET") << bucket + "/events?start=%ED%A0%80" << QByteArray()
                                      << u"the query string is not valid UTF-8"_s;
        QTest::newRow("query string name") << QByteArray("DELETE") << bucket + "?force%FF=1" << QByteArray()
                                           << u"the query string is not valid UTF-8"_s;
        QTest::newRow("query2") << QByteArray("POST") << QByteArray("/api/0/query/")
                                << QByteArray("{\"timeperiods\":[\"2024-01-01T00:00:00Z/2024-01-02T00:00:00Z\"],"
                                              "\"query\":[\"RETURN = \\\"\\ud800\\\";\"]}")
                                << u"\\ud800 at offset"_s;
        QTest::newRow("body not UTF-8") << QByteArray("POST")
                                        << bucket
                + "/events" << QByteArray("[{\"timestamp\":\"2024-01-01T00:00:00Z\",\"data\":{\"c\":\"\xff\"}}]")
                                        << u"the byte 0xff at offset 50 is not valid UTF-8"_s;
        QTest::newRow("surrogate as UTF-8") << QByteArray("POST") << QByteArray("/api/0/settings/z")
                                            << QByteArray("\"\xed\xa0\x80\"") << u"0xed at offset 1"_s;
        QTest::newRow("import") << QByteArray("POST") << QByteArray("/api/0/import")
                                << QByteArray(R"({"buckets":{"imp":{"id":"imp","type":"t","client":"c",)"
                                              R"("hostname":"h","events":[{"timestamp":"2024-01-01T00:00:00Z",)"
                                              R"("duration":1,"data":{"c":"\udbff"}}]}}})")
                                << u"\\udbff at offset"_s;
    }

    void refusesTextThatIsNotUnicode()
    {
        QFETCH(QByteArray, method);
        QFETCH(QByteArray, target);
        QFETCH(QByteArray, body);
        QFETCH(QString, message);
        QVERIFY(createBucket());
        QCOMPARE(m_client
                     ->post(bucketPath(u"/events"_s),
                            R"([{"timestamp":"2024-01-01T00:00:00Z","duration":1,"data":{"c":"kept"}}])")
                     .status,
                 200);
        QCOMPARE(m_client->post(u"/api/0/settings/z"_s, R"({"kept": true})").status, 200);
        auto snapshot = [this] {
            return QJsonArray{m_client->get(u"/api/0/buckets/"_s).json(), m_client->get(u"/api/0/settings"_s).json(),
                              m_client->get(bucketPath(u"/events"_s)).json()};
        };
        const QJsonArray before = snapshot();

        RawClient raw(m_server->port());
        QByteArray request = method + ' ' + target + " HTTP/1.1\r\nHost: " + raw.hostHeader() + "\r\n";
        if (!body.isNull())
            request += "Content-Type: application/json\r\nContent-Length: " + QByteArray::number(body.size()) + "\r\n";
        const HttpAnswer answer = raw.request(request + "\r\n" + body);
        QVERIFY2(answer.status == 400,
                 qPrintable(QString::number(answer.status) + u' ' + QString::fromUtf8(answer.body)));
        QVERIFY2(answer.message().contains(message), qPrintable(answer.message()));
        QVERIFY2(raw.isConnected(), "a well-framed request keeps its connection");
        QCOMPARE(snapshot(), before);
    }

    // Whole numbers that fit in 64 bits come back as sent, past 2^53 too (they came back rounded
    // to a double); a larger one, which would be stored as the nearest double, is refused with 400
    // and nothing changes.
    void keepsWholeNumbersExactly()
    {
        QVERIFY(createBucket());
        const QByteArray numbers = R"({"max":9223372036854775807,"min":-9223372036854775808,"n":9007199254740993})";
        const QByteArray event = R"({"timestamp":"2024-01-01T00:00:00Z","duration":1,"data":)" + numbers + '}';
        QCOMPARE(m_client->post(bucketPath(u"/events"_s), '[' + event + ']').status, 200);
        const HttpAnswer beat =
            m_client->post(bucketPath(u"/heartbeat?pulsetime=5"_s),
                           R"({"timestamp":"2024-01-01T00:00:02Z","duration":0,"data":)" + numbers + '}');
        QCOMPARE(beat.status, 200);
        const QByteArray stored = R"("data":)" + numbers;
        QVERIFY2(beat.body.contains(stored), beat.body.constData());
        QCOMPARE(m_client->post(u"/api/0/settings/numbers"_s, numbers).status, 200);
        const HttpAnswer events = m_client->get(bucketPath(u"/events"_s));
        QCOMPARE(events.body.count(stored), 1); // the heartbeat merged into the event
        QCOMPARE(m_client->get(u"/api/0/settings/numbers"_s).body, numbers);
        // An event id past 2^53 names that event, not its rounded neighbour.
        const QByteArray withId =
            R"([{"id":9007199254740993,"timestamp":"2024-01-03T00:00:00Z","duration":1,"data":{}}])";
        QCOMPARE(m_client->post(bucketPath(u"/events"_s), withId).status, 200);
        QCOMPARE(m_client->get(bucketPath(u"/events/9007199254740993"_s)).json().toObject().value(u"id"_s).toInteger(),
                 Q_INT64_C(9007199254740993));
        QCOMPARE(m_client->get(bucketPath(u"/events/9007199254740992"_s)).status, 404);

        verifyRefusedEverywhere(R"({"n":9223372036854775808})",
                                {{u"/api/0/settings/numbers"_s, R"({"n":-99999999999999999999})"}},
                                u"is outside the range kept exactly"_s);

        // A double past 2^63 that Stint writes as a whole number is taken back as it wrote it:
        // what a client reads it can send again, what an export holds imports again.
        QCOMPARE(m_client->post(u"/api/0/settings/big"_s, "12345678901234567890.0").status, 200);
        const QByteArray big = m_client->get(u"/api/0/settings/big"_s).body;
        QCOMPARE(big, QByteArray("12345678901234567000"));
        QCOMPARE(m_client->post(u"/api/0/settings/big"_s, big).status, 200);
        QCOMPARE(m_client->get(u"/api/0/settings/big"_s).body, big);
    }

    // Event data is stored only if it can be sent back: nested at most Event::kMaxDataDepth
    // levels, wherever it comes from (the body limit alone let a heartbeat or an import store
    // data that POST .../events then refused).
    void refusesDataTooDeepToSendBack()
    {
        QVERIFY(createBucket());
        const auto wrapped = [](int depth) -> QByteArray { // an object with arrays `depth` levels deep in all
            QByteArray inner = "1";
            for (int i = 0; i < depth - 1; ++i)
                inner = "[" + inner + "]";
            return R"({"a":)" + inner + "}";
        };
        verifyRefusedEverywhere(wrapped(Event::kMaxDataDepth + 1), {}, u"nested deeper than"_s);
        const HttpAnswer deepest = m_client->post(bucketPath(u"/events"_s),
                                                  R"([{"timestamp":"2024-01-02T00:00:00Z","duration":1,"data":)"
                                                      + wrapped(Event::kMaxDataDepth) + "}]");
        QCOMPARE(deepest.status, 200);
        // What was stored goes back as it came.
        const QByteArray stored = m_client->get(bucketPath(u"/events"_s)).body;
        QCOMPARE(m_client->post(bucketPath(u"/events"_s), stored).status, 200);
    }

    // JSON that Qt's parser would take though it is not JSON, and store changed, is refused.
    void refusesWhatIsNotJson()
    {
        QVERIFY(createBucket());
        verifyRefusedEverywhere(R"({"app":"\x41"})", {{u"/api/0/settings/n"_s, R"([1.])"}}, u"malformed JSON: "_s);
        verifyRefusedEverywhere("{\"app\":\"a\tb\"}", {{u"/api/0/settings/n"_s, R"({"a":.5})"}}, u"is not"_s);
    }

    // An object that names a key twice cannot come back as it was sent: it is refused, wherever
    // it comes, and nothing changes.
    void refusesKeysNamedTwice()
    {
        QVERIFY(createBucket());
        verifyRefusedEverywhere(
            R"({"app":"a","title":"t","\u0061pp":"b"})",
            {{bucketPath(u"/heartbeat?pulsetime=5"_s),
              R"({"timestamp":"2024-01-01T00:00:03Z","data":{},"timestamp":"2024-01-01T00:00:04Z"})"},
             {u"/api/0/settings/pair"_s, R"({"k":1,"k":2})"}},
            u"a key named twice"_s);
        // Malformed text is named as such, not as a repeat.
        const HttpAnswer cut = m_client->post(u"/api/0/settings/pair"_s, R"({"k":1,"k":2)");
        QCOMPARE(cut.status, 400);
        QVERIFY2(cut.message().contains(u"the request body is refused: malformed JSON"_s), qPrintable(cut.message()));
        // The same key in two objects is no repeat.
        const QByteArray apart = R"([{"timestamp":"2024-01-02T00:00:00Z","duration":1,"data":{"k":{"k":1}}},)"
                                 R"({"timestamp":"2024-01-02T00:00:01Z","duration":1,"data":{"k":2}}])";
        QCOMPARE(m_client->post(bucketPath(u"/events"_s), apart).status, 200);
    }

    // A body may begin with a byte order mark, which is not part of the JSON (RFC 8259 8.1).
    void bodyMayBeginWithAByteOrderMark()
    {
        const HttpAnswer stored = m_client->post(u"/api/0/settings/bom"_s,
                                                 "\xEF\xBB\xBF{\"a\":\"\xEF\xBB\xBF"
                                                 "b\"}");
        QVERIFY2(stored.status == 200, qPrintable(stored.message()));
        QCOMPARE(m_client->get(u"/api/0/settings/bom"_s).body,
                 QByteArray("{\"a\":\"\xEF\xBB\xBF"
                            "b\"}"));
        const HttpAnswer twice = m_client->post(u"/api/0/settings/bom"_s, "\xEF\xBB\xBF\xEF\xBB\xBF{}");
        QCOMPARE(twice.status, 400);
        QVERIFY2(twice.message().contains(u"byte order mark (U+FEFF) at offset 0 is outside any string"_s),
                 qPrintable(twice.message()));
    }

    void storesEveryCharacterExactly_data()
    {
        QTest::addColumn<QString>("text");
        // NUL, other controls, U+FFFE and U+FFFF, astral characters: in names and in values.
        QTest::newRow("every kind") << u"a\0b\x1f\uffff\ufffe\U0001F389\u00e9 \"\\/ \U0010FFFF"_s;
        // A U+FEFF that opens a string is a character, not a byte order mark to drop (Qt's JSON
        // reader drops it). Names cannot begin with one (refusesNamesThatBeginWithBom).
        QTest::newRow("a leading U+FEFF") << u"\ufeff\ufeffx\ufeff"_s;
    }

    void storesEveryCharacterExactly()
    {
        QFETCH(QString, text);
        const QString name = u"n "_s + text;
        const QByteArray encodedId = QUrl::toPercentEncoding(name);
        const QByteArray encodedKey = QUrl::toPercentEncoding(u"k "_s + text);
        RawClient raw(m_server->port());
        auto send = [&](const QByteArray &method, const QByteArray &target, const QJsonValue &value = {}) {
            QByteArray request = method + ' ' + target + " HTTP/1.1\r\nHost: " + raw.hostHeader() + "\r\n";
            const QByteArray body = value.isUndefined() ? QByteArray() : json::toCompact(value);
            if (!value.isUndefined())
                request += "Content-Length: " + QByteArray::number(body.size()) + "\r\n";
            return raw.request(request + "\r\n" + body);
        };
        const QJsonObject data{{text, text}, {u"list"_s, QJsonArray{text}}};
        QCOMPARE(send("POST", "/api/0/buckets/" + encodedId,
                      QJsonObject{{u"type"_s, name}, {u"client"_s, name}, {u"hostname"_s, name}, {u"data"_s, data}})
                     .status,
                 200);
        const HttpAnswer posted = send("POST", "/api/0/buckets/" + encodedId + "/events",
                                       QJsonArray{eventJson(u"2024-01-01T00:00:00Z"_s, 1, data)});
        QCOMPARE(posted.status, 200);
        QCOMPARE(posted.json().toArray().at(0).toObject().value(u"data"_s).toObject(), data);
        QCOMPARE(send("POST", "/api/0/settings/" + encodedKey, data).status, 200);
        // A setting's name is stored after a prefix: it may begin with anything.
        QCOMPARE(send("POST", "/api/0/settings/" + QUrl::toPercentEncoding(text), text).status, 200);
        QVERIFY(await(m_fixture->store().forceCommit()).ok()); // what follows reads the database

        const QJsonObject bucket = send("GET", "/api/0/buckets/" + encodedId).json().toObject();
        QCOMPARE(bucket.value(u"id"_s).toString(), name);
        QCOMPARE(bucket.value(u"type"_s).toString(), name);
        QCOMPARE(bucket.value(u"data"_s).toObject(), data);
        QVERIFY(send("GET", "/api/0/buckets/").json().toObject().contains(name));
        const QJsonArray events = send("GET", "/api/0/buckets/" + encodedId + "/events").json().toArray();
        QCOMPARE(events.size(), 1);
        QCOMPARE(events.at(0).toObject().value(u"data"_s).toObject(), data);
        QCOMPARE(send("GET", "/api/0/settings/" + encodedKey).json().toObject(), data);
        QCOMPARE(send("GET", "/api/0/settings").json().toObject().value(u"k "_s + text).toObject(), data);
        QCOMPARE(send("GET", "/api/0/settings/" + QUrl::toPercentEncoding(text)).json().toString(), text);
        QCOMPARE(send("GET", "/api/0/settings").json().toObject().value(text).toString(), text);
    }

    // SQLite drops a U+FEFF that begins text bound as UTF-16 (as Qt binds names), taking it for a
    // byte order mark: a bucket whose name begins with one would be stored under another, so it is
    // refused.
    void refusesNamesThatBeginWithBom()
    {
        QVERIFY(createBucket());
        const auto snapshot = [this] {
            return QJsonArray{m_client->get(u"/api/0/buckets/"_s).json(), m_client->get(u"/api/0/settings"_s).json()};
        };
        const QJsonArray before = snapshot();
        const QByteArray bom = "%EF%BB%BF";
        const QList<std::pair<QString, QByteArray>> refused{
            {u"/api/0/buckets/"_s + QString::fromLatin1(bom) + u"x"_s, R"({"type":"t","client":"c","hostname":"h"})"},
            {u"/api/0/buckets/y"_s, "{\"type\":\"\xEF\xBB\xBFt\",\"client\":\"c\",\"hostname\":\"h\"}"},
            {u"/api/0/buckets/y"_s, R"({"type":"t","client":"c","hostname":"\ufeffh"})"},
            {u"/api/0/import"_s,
             R"({"buckets":{"\ufeffz":{"id":"\ufeffz","type":"t","client":"c","hostname":"h","events":[]}}})"},
        };
        for (const auto &[path, body] : refused) {
            const HttpAnswer answer = m_client->post(path, body);
            QVERIFY2(answer.status == 400 && answer.message().contains(u"begins with U+FEFF"_s),
                     qPrintable(path + u": "_s + QString::number(answer.status) + u' ' + answer.message()));
        }
        QCOMPARE(snapshot(), before);
        // Nothing was created under that name.
        QCOMPARE(m_client->get(u"/api/0/buckets/"_s + QString::fromLatin1(bom) + u"x"_s).status, 404);
    }

    void refusesBlankBucketIds()
    {
        const QByteArray bucket = R"({"type":"t","client":"c","hostname":"h"})";
        const HttpAnswer blank = m_client->post(u"/api/0/buckets/%20%09"_s, bucket);
        QCOMPARE(blank.status, 400);
        QVERIFY2(blank.message().contains(u"a bucket id must not be only white space"_s), qPrintable(blank.message()));
        const HttpAnswer imported = m_client->post(
            u"/api/0/import"_s, R"({"buckets":{"":{"id":"","type":"t","client":"c","hostname":"h","events":[]}}})");
        QCOMPARE(imported.status, 400);
        QVERIFY2(imported.message().contains(u"a bucket id must not be empty"_s), qPrintable(imported.message()));
        QCOMPARE(m_client->get(u"/api/0/buckets/"_s).json().toObject().size(), 0);
    }

    void unreadableSettingIsNamed()
    {
        QCOMPARE(m_client->post(u"/api/0/settings/good"_s, "1").status, 200);
        QCOMPARE(m_client->post(u"/api/0/settings/z"_s, R"({"a": 1})").status, 200);
        QVERIFY(await(m_fixture->store().forceCommit()).ok());
        // Damaged behind the datastore's back (another program, an older build): the one value is
        // reported, the others still read, and storing a new value mends it.
        const QString name = SqliteConnection::uniqueName(u"damage"_s);
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
            db.setDatabaseName(m_fixture->path());
            db.setConnectOptions(u"QSQLITE_BUSY_TIMEOUT=5000"_s);
            QVERIFY(db.open());
            QSqlQuery damage(db);
            QVERIFY(damage.exec(u"UPDATE key_value SET value = '{\"a\": \"unterminated' WHERE key = 'settings.z'"_s));
            QCOMPARE(damage.numRowsAffected(), 1);
        }
        QSqlDatabase::removeDatabase(name);

        HttpAnswer answer = m_client->get(u"/api/0/settings"_s);
        QCOMPARE(answer.status, 200);
        QCOMPARE(answer.json().toObject().value(u"good"_s), QJsonValue(1));
        QVERIFY(!answer.json().toObject().contains(u"z"_s));
        answer = m_client->get(u"/api/0/settings/z"_s);
        QVERIFY2(answer.message().contains(u"the stored value of the setting 'settings.z' cannot be read"_s),
                 qPrintable(answer.message()));
        QCOMPARE(m_client->get(u"/api/0/settings/good"_s).json(), QJsonValue(1));

        QCOMPARE(m_client->post(u"/api/0/settings/z"_s, "2").status, 200);
        QCOMPARE(m_client->get(u"/api/0/settings/z"_s).json(), QJsonValue(2));
        QCOMPARE(m_client->get(u"/api/0/settings"_s).json().toObject().value(u"z"_s), QJsonValue(2));
    }

    void hostHeader()
    {
        RawClient raw(m_server->port());
        const QByteArray port = QByteArray::number(m_server->port());
        for (const QByteArray &host : QByteArrayList{QByteArray("localhost"), "localhost:" + port, "127.0.0.1:" + port,
                                                     "[::1]:" + port, QByteArray("LOCALHOST")}) {
            const HttpAnswer answer = raw.request("GET /api/0/info HTTP/1.1\r\nHost: " + host + "\r\n\r\n");
            QVERIFY2(answer.status == 200, host.constData());
        }
        for (const QByteArray &host : QByteArrayList{QByteArray("evil.example"), "evil.example:" + port,
                                                     QByteArray("127.0.0.1:1"), QByteArray("localhost.evil.example")}) {
            const HttpAnswer answer = raw.request("GET /api/0/info HTTP/1.1\r\nHost: " + host + "\r\n\r\n");
            QVERIFY2(answer.status == 400, host.constData());
            QVERIFY(answer.message().contains(u"Host"_s));
        }
        const HttpAnswer missing = raw.request("GET /api/0/info HTTP/1.1\r\n\r\n");
        QCOMPARE(missing.status, 400);
    }

    void cors()
    {
        const QByteArray port = QByteArray::number(m_server->port());
        for (const QByteArray &origin :
             QByteArrayList{"http://localhost:" + port, "http://127.0.0.1:" + port,
                            QByteArray("chrome-extension://nglaklhklhcoonedhgnpgddginnjdadi"),
                            QByteArray("moz-extension://3c1fa2d1-0b0e-4a5e-9d1e-51f1e1d3e0aa")}) {
            HttpAnswer answer = m_client->send("GET", u"/api/0/info"_s, {}, {{"Origin", origin}});
            QCOMPARE(answer.status, 200);
            QCOMPARE(answer.headers.value("access-control-allow-origin"), origin);
            answer = m_client->send("OPTIONS", u"/api/0/buckets/x/heartbeat"_s, {},
                                    {{"Origin", origin},
                                     {"Access-Control-Request-Method", "POST"},
                                     {"Access-Control-Request-Headers", "content-type"}});
            QCOMPARE(answer.status, 204);
            QCOMPARE(answer.headers.value("access-control-allow-origin"), origin);
            QVERIFY(answer.headers.value("access-control-allow-methods").contains("POST"));
            QVERIFY(answer.headers.value("access-control-allow-headers").toLower().contains("content-type"));
        }
        for (const QByteArray &origin :
             QByteArrayList{QByteArray("https://evil.example"), QByteArray("http://localhost:1"),
                            QByteArray("chrome-extension://a/b"), QByteArray("moz-extension://"), QByteArray("null")}) {
            HttpAnswer answer = m_client->send("POST", bucketPath(), R"({"type":"t","client":"c","hostname":"h"})",
                                               {{"Origin", origin}});
            QCOMPARE(answer.status, 403);
            QVERIFY(!answer.headers.contains("access-control-allow-origin"));
            answer = m_client->send("OPTIONS", bucketPath(), {}, {{"Origin", origin}});
            QCOMPARE(answer.status, 403);
        }
        QCOMPARE(m_client->get(bucketPath()).status, 404); // nothing was created
        // Without an Origin (scripts, watchers) no CORS headers are needed.
        QVERIFY(!m_client->get(u"/api/0/info"_s).headers.contains("access-control-allow-origin"));
    }

    void corsOutsideTestingMode()
    {
        // Any Chrome extension and the web UI's development server only in testing mode.
        m_server.reset();
        QVERIFY(startServer(ApiOptions{}));
        for (const QByteArray &origin :
             QByteArrayList{QByteArray("chrome-extension://someotherextension"), QByteArray("http://localhost:27180")})
            QCOMPARE(m_client->send("GET", u"/api/0/info"_s, {}, {{"Origin", origin}}).status, 403);
        m_server.reset();
        ApiOptions testing;
        testing.testing = true;
        QVERIFY(startServer(testing));
        for (const QByteArray &origin :
             QByteArrayList{QByteArray("chrome-extension://someotherextension"), QByteArray("http://localhost:27180")})
            QCOMPARE(m_client->send("GET", u"/api/0/info"_s, {}, {{"Origin", origin}}).status, 200);
    }

    void apiKey()
    {
        m_server.reset();
        ApiOptions options;
        options.testing = true;
        options.apiKey = u"s3cret-key"_s;
        QVERIFY(startServer(options));
        QCOMPARE(m_client->get(u"/api/0/info"_s).status, 200);
        HttpAnswer answer = m_client->get(u"/api/0/buckets/"_s);
        QCOMPARE(answer.status, 401);
        QVERIFY(answer.message().contains(u"Bearer"_s));
        for (const QByteArray &wrong : QByteArrayList{QByteArray("Bearer s3cret-kex"), QByteArray("Bearer s3cret-key2"),
                                                      QByteArray("Basic s3cret-key"), QByteArray("Bearer ")}) {
            QCOMPARE(m_client->send("GET", u"/api/0/buckets/"_s, {}, {{"Authorization", wrong}}).status, 401);
        }
        QCOMPARE(m_client
                     ->send("POST", bucketPath(), R"({"type":"t","client":"c","hostname":"h"})",
                            {{"Authorization", "Bearer wrong"}})
                     .status,
                 401);
        answer = m_client->send("GET", u"/api/0/buckets/"_s, {}, {{"Authorization", "Bearer s3cret-key"}});
        QCOMPARE(answer.status, 200);
        QCOMPARE(answer.json().toObject().size(), 0);
    }

    void bodyLimitAndFraming()
    {
        m_server.reset();
        ApiOptions options;
        options.testing = true;
        options.limits.maxBodyBytes = 4096;
        QVERIFY(startServer(options));
        QVERIFY(createBucket());
        RawClient raw(m_server->port());
        const QByteArray host = "Host: " + raw.hostHeader() + "\r\n";
        // Refused from the declared length, before the body is sent.
        HttpAnswer answer = raw.request("POST " + bucketPath(u"/events"_s).toUtf8() + " HTTP/1.1\r\n" + host
                                        + "Content-Length: 100000\r\n\r\n");
        QCOMPARE(answer.status, 413);
        QVERIFY(answer.message().contains(u"4096"_s));
        QVERIFY(raw.waitClosed());
        // Chunked bodies are counted as they come.
        QVERIFY(raw.connect());
        answer = raw.request("POST " + bucketPath(u"/events"_s).toUtf8() + " HTTP/1.1\r\n" + host
                             + "Transfer-Encoding: chunked\r\n\r\n1000\r\n" + QByteArray(4096, ' ') + "\r\n10\r\n");
        QCOMPARE(answer.status, 413);
        // A good chunked request and a pipelined second one on the same connection.
        QVERIFY(raw.connect());
        const QByteArray event = R"([{"timestamp": "2026-07-23T10:00:00Z", "duration": 2}])";
        raw.write("POST " + bucketPath(u"/events"_s).toUtf8() + " HTTP/1.1\r\n" + host
                  + "Transfer-Encoding: chunked\r\n\r\n" + QByteArray::number(10, 16) + "\r\n" + event.left(10) + "\r\n"
                  + QByteArray::number(event.size() - 10, 16) + "\r\n" + event.mid(10) + "\r\n0\r\n\r\n" + "GET "
                  + bucketPath(u"/events/count"_s).toUtf8() + " HTTP/1.1\r\n" + host + "\r\n");
        answer = raw.read();
        QCOMPARE(answer.status, 200);
        answer = raw.read();
        QCOMPARE(answer.status, 200);
        QCOMPARE(answer.body, QByteArray("1"));
        // Expect: 100-continue (curl sends it for larger bodies).
        answer = raw.request("POST " + bucketPath(u"/events"_s).toUtf8() + " HTTP/1.1\r\n" + host
                             + "Expect: 100-continue\r\nContent-Length: " + QByteArray::number(event.size())
                             + "\r\n\r\n" + event);
        QCOMPARE(answer.status, 200);
        for (const QByteArray &broken : QByteArrayList{
                 QByteArray("GARBAGE\r\n\r\n"), QByteArray("GET /api/0/info HTTP/9.9\r\n\r\n"),
                 "GET /api/0/info HTTP/1.1\r\n" + host + "Content-Length: -5\r\n\r\n",
                 "GET /api/0/info HTTP/1.1\r\n" + host + "Content-Length: +5\r\n\r\n",
                 "GET /api/0/info HTTP/1.1\r\n" + host + "Content-Length: 5 5\r\n\r\n",
                 "POST /api/0/info HTTP/1.1\r\n" + host + "Transfer-Encoding: chunked\r\n\r\n0x1\r\nx\r\n0\r\n\r\n",
                 "POST /api/0/info HTTP/1.1\r\n" + host + "Content-Length: 1\r\nTransfer-Encoding: chunked\r\n\r\n",
                 "GET /api/0/info HTTP/1.1\r\nno colon here\r\n\r\n",
                 "GET /api/0/info HTTP/1.1\r\n" + host + QByteArray(70'000, 'x') + "\r\n\r\n"}) {
            RawClient once(m_server->port());
            const HttpAnswer refused = once.request(broken);
            QVERIFY2(refused.status >= 400 && refused.status < 600, broken.left(60).constData());
            QVERIFY(!refused.message().isEmpty());
        }
        QCOMPARE(m_client->get(bucketPath(u"/events/count"_s)).json().toInt(), 2);
    }

    // Header names are compared whatever their case (RFC 9110 5.1), the common ones and others.
    void headerNamesMayComeInAnyCase()
    {
        QVERIFY(createBucket());
        RawClient raw(m_server->port());
        QVERIFY(raw.connect());
        const QByteArray body = R"({"timestamp":"2024-01-01T00:00:00Z","data":{"k":1}})";
        HttpAnswer answer =
            raw.request("POST " + bucketPath(u"/heartbeat?pulsetime=5"_s).toUtf8() + " HTTP/1.1\r\nHOST: "
                        + raw.hostHeader() + "\r\nCONTENT-type: application/json\r\nX-Odd-Header: 1\r\n"
                        + "content-LENGTH: " + QByteArray::number(body.size()) + "\r\n\r\n" + body);
        QCOMPARE(answer.status, 200);
        QCOMPARE(answer.json().toObject().value(u"data"_s).toObject().value(u"k"_s).toInt(), 1);
        answer = raw.request("GET /api/0/info HTTP/1.1\r\nHost: " + raw.hostHeader() + "\r\nhOsT: " + raw.hostHeader()
                             + "\r\n\r\n");
        QCOMPARE(answer.status, 400);
        QVERIFY2(answer.message().contains(u"'host' is repeated"_s), qPrintable(answer.message()));
    }

    // The parser keeps the last target it decoded; each request on a connection still gets its
    // own path, query and verdict on the target.
    void eachRequestGetsItsOwnTarget()
    {
        QVERIFY(createBucket());
        RawClient raw(m_server->port());
        QVERIFY(raw.connect());
        const QByteArray host = "Host: " + raw.hostHeader() + "\r\n";
        const QByteArray body = R"({"timestamp":"2024-01-01T00:00:00Z","data":{}})";
        const auto post = [&](const QByteArray &target) {
            return raw.request("POST " + target + " HTTP/1.1\r\n" + host
                               + "Content-Length: " + QByteArray::number(body.size()) + "\r\n\r\n" + body);
        };
        const QByteArray heartbeat = bucketPath(u"/heartbeat"_s).toUtf8();
        for (int round = 0; round < 2; ++round) {
            QCOMPARE(post(heartbeat + "?pulsetime=5").status, 200);
            const HttpAnswer noPulsetime = post(heartbeat);
            QCOMPARE(noPulsetime.status, 400);
            QVERIFY2(noPulsetime.message().contains(u"pulsetime"_s), qPrintable(noPulsetime.message()));
            const HttpAnswer badPath = post("/api/0/buckets/%FF/heartbeat?pulsetime=5");
            QCOMPARE(badPath.status, 400);
            QVERIFY2(badPath.message().contains(u"not valid UTF-8"_s), qPrintable(badPath.message()));
            QCOMPARE(post(heartbeat + "?pulsetime=5").status, 200);
            QCOMPARE(post("/api/0/buckets/other/heartbeat?pulsetime=5").status, 404);
        }
        QVERIFY(raw.isConnected());
    }

    void pipelinedBurst()
    {
        // Thousands of requests in one write, mixing reads that wait for the barrier with
        // heartbeats: answered in order, none lost (the server reads no further while answering).
        QVERIFY(createBucket());
        RawClient raw(m_server->port());
        QVERIFY(raw.connect());
        const QByteArray host = "Host: " + raw.hostHeader() + "\r\n";
        QByteArray burst;
        constexpr int kRequests = 3000;
        for (int i = 0; i < kRequests; ++i) {
            if (i % 3 == 2) {
                burst += "GET " + bucketPath(u"/events/count"_s).toUtf8() + " HTTP/1.1\r\n" + host + "\r\n";
            } else {
                const QByteArray body = "{\"timestamp\":\""
                    + Timestamp::toRfc3339(kBaseTime + i * 10'000'000'000LL).toUtf8()
                    + "\",\"data\":{\"n\":" + QByteArray::number(i) + "}}";
                burst += "POST " + bucketPath(u"/heartbeat?pulsetime=0"_s).toUtf8() + " HTTP/1.1\r\n" + host
                    + "Content-Length: " + QByteArray::number(body.size()) + "\r\n\r\n" + body;
            }
        }
        raw.write(burst);
        int heartbeats = 0;
        for (int i = 0; i < kRequests; ++i) {
            const HttpAnswer answer = raw.read(30'000);
            QCOMPARE(answer.status, 200);
            if (i % 3 == 2)
                QCOMPARE(answer.json().toInt(), heartbeats); // every earlier heartbeat, no later one
            else
                ++heartbeats;
        }
    }

    void addedRoutes()
    {
        // The extension point: a route added before start, reading through the reading thread's
        // ReportEngine after the barrier, with a decoded path argument.
        m_server.reset();
        ApiOptions options;
        options.port = 0;
        options.testing = true;
        m_server = std::make_unique<ApiServer>(m_fixture->store(), m_fixture->path(), options);
        ApiServer *server = m_server.get();
        m_server->addRoute("POST", u"/api/0/echo/<name>"_s, [server](const std::shared_ptr<ApiCall> &call) {
            std::optional<qint64> at;
            const auto body = call->jsonObjectBody();
            if (!body || !call->timeParam(u"at"_s, &at))
                return;
            server->readReports(call, [name = call->arg(u"name"_s), body = *body, at](ReportEngine &engine) {
                const auto buckets = engine.reader().buckets(false);
                QJsonObject answer = body;
                answer.insert(u"name"_s, name);
                answer.insert(u"buckets"_s, buckets ? int(buckets->size()) : -1);
                answer.insert(u"at"_s, at ? Timestamp::toRfc3339(*at) : QString());
                return HttpResponse::json(answer);
            });
        });
        QString error;
        QVERIFY(m_server->start(&error));
        m_client = std::make_unique<NamClient>(m_server->port());
        QVERIFY(createBucket()); // the built-in routes are still there
        // Without a host name in the options, "!local" is this machine's.
        QCOMPARE(m_client->get(bucketPath()).json().toObject().value(u"hostname"_s).toString(),
                 QSysInfo::machineHostName().isEmpty() ? u"unknown"_s : QSysInfo::machineHostName());
        const HttpAnswer answer =
            m_client->post(u"/api/0/echo/a%2Fb%20c/?at=2026-07-23T12:00:00%2B02:00"_s, R"({"x": 1})");
        QCOMPARE(answer.status, 200);
        const QJsonObject object = answer.json().toObject();
        QCOMPARE(object.value(u"name"_s).toString(), u"a/b c"_s);
        QCOMPARE(object.value(u"x"_s).toInt(), 1);
        QCOMPARE(object.value(u"buckets"_s).toInt(), 1); // the create is visible: barrier
        QCOMPARE(object.value(u"at"_s).toString(), u"2026-07-23T10:00:00Z"_s);
        QCOMPARE(m_client->post(u"/api/0/echo/x?at=noon"_s, "{}").status, 400);
        QCOMPARE(m_client->get(u"/api/0/echo/x"_s).status, 405);
    }

    void portInUse()
    {
        QTcpServer blocker;
        QVERIFY(blocker.listen(QHostAddress::LocalHost, 0));
        ApiOptions options;
        options.port = blocker.serverPort();
        ApiServer second(m_fixture->store(), m_fixture->path(), options);
        QString error;
        QVERIFY(!second.start(&error));
        QVERIFY2(error.contains(u"in use"_s), qPrintable(error));
        QVERIFY(!second.isListening());
        // The first server is unaffected.
        QCOMPARE(m_client->get(u"/api/0/info"_s).status, 200);
    }

    void trackerKeepsRecordingWhenThePortIsTaken()
    {
        cleanup();
        QTemporaryDir dir;
        QTcpServer blocker;
        QVERIFY(blocker.listen(QHostAddress::LocalHost, 0));
        Tracker tracker(DataLocation(dir.path(), true));
        QString error;
        QVERIFY(tracker.start(&error));
        QSignalSpy changed(&tracker, &Tracker::apiStateChanged);
        tracker.startApi({blocker.serverPort(), false});
        QCOMPARE(tracker.apiState(), Tracker::ApiState::Failed);
        QVERIFY(tracker.apiError().contains(u"in use"_s));
        QVERIFY(tracker.apiServer() == nullptr);
        QCOMPARE(changed.size(), 1);
        QVERIFY(await(tracker.datastore().createBucket(windowBucket())).ok());
        QVERIFY(tracker.shutdown().ok());
    }

    void trackerRefusesBadApiSettings_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QJsonValue>("value");
        QTest::newRow("port as text") << u"stint.api.port"_s << QJsonValue(u"5600"_s);
        QTest::newRow("port too big") << u"stint.api.port"_s << QJsonValue(70000);
        QTest::newRow("enabled as number") << u"stint.api.enabled"_s << QJsonValue(1);
        QTest::newRow("key as list") << u"stint.api.key"_s << QJsonValue(QJsonArray{u"k"_s});
    }

    void trackerRefusesBadApiSettings()
    {
        QFETCH(QString, key);
        QFETCH(QJsonValue, value);
        cleanup();
        QTemporaryDir dir;
        Tracker tracker(DataLocation(dir.path(), true));
        QString error;
        QVERIFY(tracker.start(&error));
        QVERIFY(await(tracker.datastore().setSetting(settings::storageKey(key), value)).ok());
        tracker.startApi({quint16(0), false});
        QCOMPARE(tracker.apiState(), Tracker::ApiState::Failed);
        QVERIFY2(tracker.apiError().contains(key), qPrintable(tracker.apiError()));
        QVERIFY(tracker.shutdown().ok());
    }

    void trackerServesAndSettingsTurnItOff()
    {
        cleanup();
        QTemporaryDir dir;
        {
            Tracker tracker(DataLocation(dir.path(), true));
            QString error;
            QVERIFY(tracker.start(&error));
            tracker.startApi({quint16(0), false});
            QCOMPARE(tracker.apiState(), Tracker::ApiState::Running);
            NamClient client(tracker.apiServer()->port());
            const QJsonObject info = client.get(u"/api/0/info"_s).json().toObject();
            QCOMPARE(info.value(u"testing"_s).toBool(), true);
            QVERIFY(!info.value(u"device_id"_s).toString().isEmpty());
            QCOMPARE(client.post(u"/api/0/settings/stint.api.enabled"_s, "false").status, 200);
            QVERIFY(tracker.shutdown().ok());
        }
        Tracker tracker(DataLocation(dir.path(), true));
        QString error;
        QVERIFY(tracker.start(&error));
        tracker.startApi({quint16(0), false});
        QCOMPARE(tracker.apiState(), Tracker::ApiState::Off);
        QVERIFY(tracker.apiServer() == nullptr);
        tracker.shutdown();
    }
};

QTEST_GUILESS_MAIN(TestApiServer)
#include "TestApiServer.moc"
