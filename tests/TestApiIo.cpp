// The query, export and import endpoints over real HTTP: aw-webui's query right after the writes
// it depends on, errors as 4xx with a message, export -> import between two servers is lossless,
// importing twice adds nothing, aw-webui's multipart upload, a malformed file refused untouched.
#include "ApiTestClient.h"
#include "StoreFixture.h"
#include "api/ApiServer.h"
#include "model/Timestamp.h"

#include <QJsonArray>
#include <QLoggingCategory>

using namespace stint;
using namespace stint::test;

namespace {

const QString kAfk = u"aw-watcher-afk_testhost"_s;

QJsonObject eventJson(double offsetSeconds, double duration, const QJsonObject &data)
{
    return {{u"timestamp"_s, Timestamp::toRfc3339(kBaseTime + qint64(offsetSeconds * 1e9))},
            {u"duration"_s, duration},
            {u"data"_s, data}};
}

struct Server
{
    StoreFixture fixture;
    std::unique_ptr<ApiServer> server;
    std::unique_ptr<NamClient> client;

    bool start()
    {
        if (!fixture.open())
            return false;
        ApiOptions options;
        options.port = 0;
        options.hostname = u"testhost"_s;
        options.clock = fixture.clockPtr();
        server = std::make_unique<ApiServer>(fixture.store(), fixture.path(), options);
        QString error;
        if (!server->start(&error)) {
            qWarning("%s", qPrintable(error));
            return false;
        }
        client = std::make_unique<NamClient>(server->port());
        return true;
    }
};

// Bucket fields and events without ids: what must survive a round trip.
QJsonObject withoutIds(QJsonObject exported)
{
    QJsonObject buckets = exported[u"buckets"_s].toObject();
    for (const QString &id : buckets.keys()) {
        QJsonObject bucket = buckets[id].toObject();
        QJsonArray events;
        for (const QJsonValue &event : bucket[u"events"_s].toArray()) {
            QJsonObject copy = event.toObject();
            copy.remove(u"id"_s);
            events.append(copy);
        }
        bucket[u"events"_s] = events;
        buckets[id] = bucket;
    }
    return {{u"buckets"_s, buckets}};
}

} // namespace

class TestApiIo : public QObject
{
    Q_OBJECT

    Server m_source;

private Q_SLOTS:
    void initTestCase()
    {
        QLoggingCategory::setFilterRules(u"stint.*.info=false"_s);
        QVERIFY(m_source.start());
        NamClient &client = *m_source.client;
        for (const auto &[id, type] : {std::pair{kWindowBucket, u"currentwindow"_s}, std::pair{kAfk, u"afkstatus"_s}}) {
            QCOMPARE(
                client
                    .postJson(u"/api/0/buckets/"_s + id,
                              QJsonObject{{u"type"_s, type}, {u"client"_s, u"test"_s}, {u"hostname"_s, u"!local"_s}})
                    .status,
                200);
        }
        // Editor 0-600, Browser 600-900, Editor 900-1200; away 700-1000.
        const auto win = [](const QString &app) {
            return QJsonObject{{u"app"_s, app}, {u"title"_s, QString(app + u" title"_s)}};
        };
        QCOMPARE(client
                     .postJson(u"/api/0/buckets/"_s + kWindowBucket + u"/events"_s,
                               QJsonArray{eventJson(0, 600, win(u"Editor"_s)), eventJson(600, 300, win(u"Browser"_s)),
                                          eventJson(900, 300, win(u"Editor"_s))})
                     .status,
                 200);
        // The heartbeats are acknowledged before they are committed: the query must still see them.
        for (const auto &[offset, status] :
             {std::pair{0.0, u"not-afk"_s}, std::pair{700.0, u"not-afk"_s}, std::pair{700.0, u"afk"_s},
              std::pair{1000.0, u"afk"_s}, std::pair{1000.0, u"not-afk"_s}, std::pair{1200.0, u"not-afk"_s}}) {
            QCOMPARE(client
                         .postJson(u"/api/0/buckets/"_s + kAfk + u"/heartbeat?pulsetime=1000"_s,
                                   eventJson(offset, 0, {{u"status"_s, status}}))
                         .status,
                     200);
        }
    }

    void queryAfterWrites()
    {
        const QJsonObject body{
            {u"timeperiods"_s, QJsonArray{period(0, 1200), period(0, 600)}},
            {u"query"_s,
             QJsonArray{u"events = flood(query_bucket(find_bucket(\"aw-watcher-window_\")));"_s,
                        u"not_afk = flood(query_bucket(find_bucket(\"aw-watcher-afk_\")));"_s,
                        u"not_afk = filter_keyvals(not_afk, \"status\", [\"not-afk\"]);"_s,
                        u"events = filter_period_intersect(events, not_afk);"_s,
                        u"events = categorize(events, [[[\"Work\"], {\"type\": \"regex\", \"regex\": \"Editor\"}]]);"_s,
                        u"app_events = sort_by_duration(merge_events_by_keys(events, [\"app\"]));"_s,
                        u"cat_events = sort_by_duration(merge_events_by_keys(events, [\"$category\"]));"_s,
                        u"RETURN = {\"app_events\": app_events, \"cat_events\": cat_events, "
                        "\"duration\": sum_durations(events)};"_s}},
        };
        const HttpAnswer answer = m_source.client->postJson(u"/api/0/query/"_s, body);
        QCOMPARE(answer.status, 200);
        const QJsonArray results = answer.json().toArray();
        QCOMPARE(results.size(), 2);
        // Active 0-700 and 1000-1200: Editor 600 + 200, Browser 100.
        QCOMPARE(results[0][u"duration"_s].toDouble(), 900.0);
        QCOMPARE(results[0][u"app_events"_s][0][u"data"_s][u"app"_s].toString(), u"Editor"_s);
        QCOMPARE(results[0][u"app_events"_s][0][u"duration"_s].toDouble(), 800.0);
        QCOMPARE(results[0][u"app_events"_s][1][u"duration"_s].toDouble(), 100.0);
        QCOMPARE(results[0][u"cat_events"_s][0][u"data"_s][u"$category"_s], QJsonValue(QJsonArray{u"Work"_s}));
        QCOMPARE(results[1][u"duration"_s].toDouble(), 600.0);
    }

    void queryErrorsAreClientErrors()
    {
        NamClient &client = *m_source.client;
        const auto query = [&](const QJsonValue &periods, const QJsonValue &lines) {
            return client.postJson(u"/api/0/query/"_s, QJsonObject{{u"timeperiods"_s, periods}, {u"query"_s, lines}});
        };
        const QJsonArray periods{period(0, 60)};
        HttpAnswer answer = query(periods, QJsonArray{u"a = 1;"_s, u"RETURN = flood(a"_s});
        QCOMPARE(answer.status, 400);
        QVERIFY2(answer.message().contains(u"line 2"_s), qPrintable(answer.message()));
        answer = query(periods, QJsonArray{u"RETURN = no_such_function();"_s});
        QCOMPARE(answer.status, 400);
        QVERIFY(answer.message().contains(u"unknown function 'no_such_function'"_s));
        answer = query(periods, QJsonArray{u"RETURN = query_bucket(\"missing\");"_s});
        QCOMPARE(answer.status, 404);
        QVERIFY(answer.message().contains(u"missing"_s));
        answer = query(QJsonArray{u"yesterday/today"_s}, QJsonArray{u"RETURN = 1;"_s});
        QCOMPARE(answer.status, 400);
        QVERIFY(answer.message().contains(u"RFC 3339"_s));
        answer = query(periods, 42);
        QCOMPARE(answer.status, 400);
        answer = client.post(u"/api/0/query/"_s, "{\"timeperiods\": [");
        QCOMPARE(answer.status, 400);
        answer = query(periods,
                       QJsonArray{QString(u"RETURN = "_s + u"["_s.repeated(5000) + u"]"_s.repeated(5000) + u";"_s)});
        QCOMPARE(answer.status, 400);
        QVERIFY(answer.message().contains(u"nests deeper"_s));
        QCOMPARE(client.get(u"/api/0/info"_s).status, 200);
    }

    void exportImportRoundTripAndTwice()
    {
        HttpAnswer exported = m_source.client->get(u"/api/0/export"_s);
        QCOMPARE(exported.status, 200);
        const QJsonObject all = exported.json().toObject();
        QCOMPARE(all[u"buckets"_s].toObject().keys(), (QStringList{kAfk, kWindowBucket}));
        QCOMPARE(all[u"buckets"_s][kWindowBucket][u"events"_s].toArray().size(), 3);
        QCOMPARE(all[u"buckets"_s][kAfk][u"events"_s].toArray().size(), 3); // the heartbeats, merged

        const HttpAnswer one = m_source.client->get(u"/api/0/buckets/"_s + kAfk + u"/export"_s);
        QCOMPARE(one.status, 200);
        QCOMPARE(one.json()[u"buckets"_s].toObject().keys(), QStringList{kAfk});
        QCOMPARE(m_source.client->get(u"/api/0/buckets/nope/export"_s).status, 404);

        Server target;
        QVERIFY(target.start());
        HttpAnswer imported = target.client->post(u"/api/0/import"_s, exported.body);
        QCOMPARE(imported.status, 200);
        QCOMPARE(imported.json()[u"imported"_s].toInt(), 6);
        const HttpAnswer copy = target.client->get(u"/api/0/export"_s);
        QCOMPARE(withoutIds(copy.json().toObject()), withoutIds(all));

        imported = target.client->post(u"/api/0/import"_s, exported.body);
        QCOMPARE(imported.status, 200);
        QCOMPARE(imported.json()[u"imported"_s].toInt(), 0);
        QCOMPARE(imported.json()[u"duplicates"_s].toInt(), 6);
        QCOMPARE(withoutIds(target.client->get(u"/api/0/export"_s).json().toObject()), withoutIds(all));
    }

    void multipartUploadAsAwWebuiSendsIt()
    {
        Server target;
        QVERIFY(target.start());
        const QByteArray exported = m_source.client->get(u"/api/0/buckets/"_s + kWindowBucket + u"/export"_s).body;
        const QByteArray boundary = "----stintBoundary7MA4YWxkTrZu0gW";
        const QByteArray form = "--" + boundary
            + "\r\nContent-Disposition: form-data; name=\"buckets\"; "
              "filename=\"aw-bucket-export.json\"\r\nContent-Type: application/json\r\n\r\n"
            + exported + "\r\n--" + boundary + "--\r\n";
        HttpAnswer answer = target.client->send("POST", u"/api/0/import"_s, form,
                                                {{"Content-Type", "multipart/form-data; boundary=" + boundary}});
        QCOMPARE(answer.status, 200);
        QCOMPARE(answer.json()[u"imported"_s].toInt(), 3);
        answer = target.client->send("POST", u"/api/0/import"_s, "--x\r\n\r\n--x--",
                                     {{"Content-Type", "multipart/form-data; boundary=x"}});
        QCOMPARE(answer.status, 400);
        QVERIFY(answer.message().contains(u"buckets"_s));
    }

    void malformedImportsAnswer400WithAReport()
    {
        Server target;
        QVERIFY(target.start());
        QByteArray exported = m_source.client->get(u"/api/0/export"_s).body;
        // The window bucket's second event gets a negative duration.
        const QByteArray duration = "\"duration\":300";
        const qsizetype at = exported.indexOf(duration, exported.indexOf(kWindowBucket.toUtf8()));
        QVERIFY(at > 0);
        exported.replace(at, duration.size(), "\"duration\":-300");
        const HttpAnswer answer = target.client->post(u"/api/0/import"_s, exported);
        QCOMPARE(answer.status, 400);
        QVERIFY2(answer.message().contains(kWindowBucket) && answer.message().contains(u"duration"_s),
                 qPrintable(answer.message()));
        // Read whole before anything is stored: not even the well-formed AFK bucket went in.
        QCOMPARE(answer.json()[u"imported"_s].toInteger(), 0);
        QVERIFY(answer.json()[u"buckets"_s].toObject().isEmpty());
        QCOMPARE(target.client->get(u"/api/0/buckets/"_s).json().toObject(), QJsonObject());
        QCOMPARE(target.client->post(u"/api/0/import"_s, "not json").status, 400);
        QCOMPARE(target.client->post(u"/api/0/import"_s, "").status, 400);
        QCOMPARE(target.client->get(u"/api/0/info"_s).status, 200);
    }
};

QTEST_GUILESS_MAIN(TestApiIo)
#include "TestApiIo.moc"
