// The origins the HTTP API lets in besides the built-in ones (settings stint.api.cors and
// stint.api.corsRegex): refused origins are recorded, letting one in applies without a restart
// (settings API, Tracker::reloadSettings, stint-cli against a running Stint), bad values are
// refused by name, a web site needs an explicit yes, and the user hears once per extension.
#include "ApiTestClient.h"
#include "CliRun.h"
#include "StoreFixture.h"
#include "api/AllowedOrigins.h"
#include "api/ApiServer.h"
#include "api/RefusedOrigins.h"
#include "app/CliRequests.h"
#include "app/Tracker.h"
#include "cli/Cli.h"
#include "integration/SingleInstance.h"
#include "settings/SettingKeys.h"

#include <QJsonArray>
#include <QLoggingCategory>
#include <QSignalSpy>

#include <chrono>
#include <future>

using namespace stint;
using namespace stint::test;

namespace {

// aw-watcher-web's Chrome build unpacked by hand: not the Web Store's id.
const QByteArray kUnpacked = "chrome-extension://enblnjadhaafaddfpkgjdblmmjibncdh";
// In testing mode every Chrome extension is let in, so Tracker tests use Safari's.
const QByteArray kSafari = "safari-web-extension://3C1FA2D1-0B0E-4A5E-9D1E-51F1E1D3E0AA";
const QString kHeartbeat = u"/api/0/buckets/aw-watcher-web-chrome/heartbeat?pulsetime=60"_s;
const QByteArray kEvent =
    "{\"timestamp\": \"2026-07-23T10:00:00Z\", \"duration\": 0, \"data\": {\"url\": \"https://a.example/\"}}";

int post(NamClient &client, const QString &path, const QByteArray &origin)
{
    return client.send("POST", path, kEvent, {{"Origin", origin}}).status;
}

int preflight(NamClient &client, const QString &path, const QByteArray &origin)
{
    const HttpAnswer answer =
        client.send("OPTIONS", path, {}, {{"Origin", origin}, {"Access-Control-Request-Method", "POST"}});
    return answer.status == 204 && answer.headers.value("access-control-allow-origin") == origin ? 204 : answer.status;
}

int createBucket(NamClient &client, const QByteArray &origin)
{
    return client
        .send("POST", u"/api/0/buckets/aw-watcher-web-chrome"_s,
              R"({"type": "web.tab.current", "client": "aw-client-web", "hostname": "!local"})", {{"Origin", origin}})
        .status;
}

} // namespace

class TestApiOrigins : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<StoreFixture> m_fixture;
    std::unique_ptr<ApiServer> m_server;
    std::unique_ptr<NamClient> m_client;

    // Outside testing mode, as a user runs it.
    bool startServer()
    {
        ApiOptions options;
        options.port = 0;
        options.hostname = u"testhost"_s;
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

    QJsonObject origins() { return m_client->get(u"/api/0/origins"_s).json().toObject(); }

    QJsonValue stored(QStringView name) { return await(m_fixture->store().setting(settings::storageKey(name))); }

private Q_SLOTS:
    void initTestCase() { QLoggingCategory::setFilterRules(u"stint.*.info=false"_s); }

    void init()
    {
        m_fixture = std::make_unique<StoreFixture>();
        QVERIFY(m_fixture->open());
        QVERIFY(startServer());
    }

    void cleanup()
    {
        m_client.reset();
        m_server.reset();
        m_fixture.reset();
    }

    void refusedExtensionIsRecordedThenAllowedWithoutRestart()
    {
        QCOMPARE(createBucket(*m_client, kUnpacked), 403);
        m_fixture->clock().advanceSeconds(5);
        QCOMPARE(post(*m_client, kHeartbeat, kUnpacked), 403);
        QCOMPARE(preflight(*m_client, kHeartbeat, kUnpacked), 403);

        const QList<RefusedOrigins::Entry> refused = m_server->refusedOrigins().snapshot();
        QCOMPARE(refused.size(), 1);
        QCOMPARE(refused[0].origin, QString::fromLatin1(kUnpacked));
        QCOMPARE(refused[0].requests, 3);
        QCOMPARE(refused[0].endpoint, u"OPTIONS /api/0/buckets/aw-watcher-web-chrome/heartbeat"_s);
        QCOMPARE(refused[0].lastNanos - refused[0].firstNanos, 5 * kSecond);
        // The same through the API, for scripts.
        const QJsonArray listed = origins().value(u"refused"_s).toArray();
        QCOMPARE(listed.size(), 1);
        QCOMPARE(listed[0].toObject().value(u"origin"_s).toString(), QString::fromLatin1(kUnpacked));
        QCOMPARE(listed[0].toObject().value(u"requests"_s).toInt(), 3);
        QVERIFY(listed[0].toObject().value(u"endpoint"_s).toString().endsWith(u"/heartbeat"_s));

        // Let in through the settings API: the very next preflight and POST pass.
        QCOMPARE(
            m_client->postJson(u"/api/0/settings/stint.api.cors"_s, QJsonArray{QString::fromLatin1(kUnpacked)}).status,
            200);
        QCOMPARE(preflight(*m_client, kHeartbeat, kUnpacked), 204);
        QCOMPARE(createBucket(*m_client, kUnpacked), 200);
        QCOMPARE(post(*m_client, kHeartbeat, kUnpacked), 200);
        QVERIFY(m_server->refusedOrigins().snapshot().isEmpty());
        QCOMPARE(origins().value(u"cors"_s).toArray(), QJsonArray{QString::fromLatin1(kUnpacked)});
        QCOMPARE(stored(settings::kApiCors), QJsonValue(QJsonArray{QString::fromLatin1(kUnpacked)}));
        // Another unpacked extension is still refused.
        QCOMPARE(post(*m_client, kHeartbeat, "chrome-extension://aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"), 403);

        // Taken out again: refused at once.
        QCOMPARE(m_client->del(u"/api/0/settings/stint.api.cors"_s).status, 200);
        QCOMPARE(post(*m_client, kHeartbeat, kUnpacked), 403);
    }

    void patternOrigins()
    {
        const QByteArray edge = "chrome-extension://" + QByteArray(32, 'k');
        QCOMPARE(post(*m_client, kHeartbeat, edge), 403);
        QCOMPARE(
            m_client->postJson(u"/api/0/settings/stint.api.corsRegex"_s, QJsonArray{u"chrome-extension://[a-p]{32}"_s})
                .status,
            200);
        QCOMPARE(preflight(*m_client, kHeartbeat, edge), 204);
        QCOMPARE(origins().value(u"cors_regex"_s).toArray(), QJsonArray{u"chrome-extension://[a-p]{32}"_s});
        // Anchored: the whole origin must match.
        for (const QByteArray &other :
             QByteArrayList{"chrome-extension://" + QByteArray(31, 'k'), "chrome-extension://" + QByteArray(32, 'z'),
                            edge + ".evil.example", "https://x.example/chrome-extension://" + QByteArray(32, 'k')})
            QVERIFY2(post(*m_client, kHeartbeat, other) == 403, other.constData());
    }

    void invalidValuesAreRefusedByName_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QByteArray>("body");
        QTest::newRow("pattern does not compile")
            << u"stint.api.corsRegex"_s << QByteArray("[\"chrome-extension://(\"]");
        QTest::newRow("empty pattern") << u"stint.api.corsRegex"_s << QByteArray(R"([""])");
        QTest::newRow("patterns not a list") << u"stint.api.corsRegex"_s << QByteArray(R"(".*")");
        QTest::newRow("origin with a path") << u"stint.api.cors"_s << QByteArray("[\"chrome-extension://abc/\"]");
        QTest::newRow("not an origin") << u"stint.api.cors"_s << QByteArray(R"(["evil.example"])");
        QTest::newRow("origin not a string") << u"stint.api.cors"_s << QByteArray(R"([5])");
    }

    void invalidValuesAreRefusedByName()
    {
        QFETCH(QString, key);
        QFETCH(QByteArray, body);
        const HttpAnswer answer = m_client->post(u"/api/0/settings/"_s + key, body);
        QCOMPARE(answer.status, 400);
        QVERIFY2(answer.message().contains(key), qPrintable(answer.message()));
        QVERIFY(stored(key).isNull());
        QVERIFY(m_server->addedOrigins().exact().isEmpty() && m_server->addedOrigins().patterns().isEmpty());
        // The same check Tracker and stint-cli use.
        QString error;
        QVERIFY(!api::AllowedOrigins::fromSettings(
            key == settings::kApiCors ? QJsonDocument::fromJson("[" + body + "]").array().at(0) : QJsonValue(),
            key == settings::kApiCorsRegex ? QJsonDocument::fromJson("[" + body + "]").array().at(0) : QJsonValue(),
            &error));
        QVERIFY2(error.contains(key), qPrintable(error));
    }

    void originKinds()
    {
        using Kind = api::AllowedOrigins::Kind;
        QCOMPARE(api::AllowedOrigins::kindOf(QString::fromLatin1(kUnpacked)), Kind::Extension);
        QCOMPARE(api::AllowedOrigins::kindOf(QString::fromLatin1(kSafari)), Kind::Extension);
        QCOMPARE(api::AllowedOrigins::kindOf(u"moz-extension://3c1fa2d1-0b0e-4a5e-9d1e-51f1e1d3e0aa"_s),
                 Kind::Extension);
        QCOMPARE(api::AllowedOrigins::kindOf(u"http://evil.example"_s), Kind::WebSite);
        QCOMPARE(api::AllowedOrigins::kindOf(u"https://localhost:8080"_s), Kind::WebSite);
        for (const QString &bad :
             {u"null"_s, u"chrome-extension://"_s, u"chrome-extension://abc/x"_s, u"chrome-extension://abc:1"_s,
              u"http://a.example:"_s, u"http://a b"_s, u"http://user@a.example"_s})
            QVERIFY2(api::AllowedOrigins::kindOf(bad) == Kind::Invalid, qPrintable(bad));
    }

    // stint-cli writes the setting and tells the running Stint, which applies it at once; a web
    // site is never let in without --yes.
    void cliAllowsThroughTheRunningInstance()
    {
        cleanup();
        QTemporaryDir dir;
        const DataLocation location(dir.path(), true);
        SingleInstance instance(location.databasePath());
        QString error;
        QCOMPARE(instance.start(&error), SingleInstance::Role::Primary);
        Tracker tracker(location);
        QVERIFY(tracker.start(&error));
        tracker.startApi({quint16(0), false});
        QCOMPARE(tracker.apiState(), Tracker::ApiState::Running);
        connect(&instance, &SingleInstance::settingsChanged, &tracker, [&tracker] { tracker.reloadSettings(nullptr); });
        // As Stint does: stint-cli's writes go through its datastore.
        CliRequests requests(tracker.datastore(), location.databasePath(), u"testhost"_s);
        instance.setRequestHandler([&requests](const QJsonObject &request, std::function<void(QJsonObject)> reply) {
            requests.handle(request, std::move(reply));
        });
        NamClient client(tracker.apiServer()->port());
        const QStringList where{u"--data-dir"_s, dir.path(), u"--testing"_s};
        // The CLI blocks until the running instance answers, so it runs beside this event loop.
        auto cli = [&where](const QStringList &arguments) -> CliRun {
            auto run = std::async(std::launch::async, [arguments, where] { return runCli(where + arguments); });
            if (!QTest::qWaitFor([&run] { return run.wait_for(std::chrono::seconds(0)) == std::future_status::ready; },
                                 60000))
                return {};
            return run.get();
        };

        QCOMPARE(post(client, kHeartbeat, kSafari), 403);
        CliRun run = cli({u"api"_s, u"allow"_s, QString::fromLatin1(kSafari)});
        QVERIFY2(run.code == Cli::Ok, qPrintable(run.err));
        QVERIFY2(run.out.contains(u"running Stint"_s), qPrintable(run.out));
        QCOMPARE(preflight(client, kHeartbeat, kSafari), 204);
        QCOMPARE(createBucket(client, kSafari), 200);
        QCOMPARE(post(client, kHeartbeat, kSafari), 200);

        run = cli({u"api"_s, u"origins"_s, u"--json"_s});
        QCOMPARE(run.code, int(Cli::Ok));
        const QJsonObject listed = QJsonDocument::fromJson(run.out.toUtf8()).object();
        QCOMPARE(listed.value(u"cors"_s).toArray(), QJsonArray{QString::fromLatin1(kSafari)});
        QVERIFY(listed.value(u"builtin"_s).toArray().contains(u"moz-extension://*"_s));
        run = cli({u"api"_s, u"origins"_s});
        QVERIFY(run.out.contains(QString::fromLatin1(kSafari)) && run.out.contains(u"built in"_s));

        // A web site: refused without --yes, nothing stored, still refused by the server.
        QCOMPARE(post(client, kHeartbeat, "http://evil.example"), 403);
        run = cli({u"api"_s, u"allow"_s, u"http://evil.example"_s});
        QCOMPARE(run.code, int(Cli::Problem));
        QVERIFY2(run.err.contains(u"any page"_s), qPrintable(run.err));
        QCOMPARE(await(tracker.datastore().setting(settings::storageKey(settings::kApiCors))),
                 QJsonValue(QJsonArray{QString::fromLatin1(kSafari)}));
        QCOMPARE(post(client, kHeartbeat, "http://evil.example"), 403);
        QCOMPARE(cli({u"api"_s, u"allow"_s, u"evil.example"_s}).code, int(Cli::Usage));
        run = cli({u"api"_s, u"allow"_s, u"http://evil.example"_s, u"--yes"_s});
        QCOMPARE(run.code, int(Cli::Ok));
        QCOMPARE(post(client, kHeartbeat, "http://evil.example"), 200);

        run = cli({u"api"_s, u"disallow"_s, QString::fromLatin1(kSafari)});
        QCOMPARE(run.code, int(Cli::Ok));
        QCOMPARE(post(client, kHeartbeat, kSafari), 403);
        QCOMPARE(cli({u"api"_s, u"disallow"_s, QString::fromLatin1(kSafari)}).code, int(Cli::Problem));
        QVERIFY(tracker.shutdown().ok());
    }

    // Settings written by the window (the datastore, then reloadSettings) apply without a restart;
    // a stored value that cannot be used leaves the API as it was.
    void trackerReloadsOrigins()
    {
        cleanup();
        QTemporaryDir dir;
        Tracker tracker(DataLocation(dir.path(), true));
        QString error;
        QVERIFY(tracker.start(&error));
        tracker.startApi({quint16(0), false});
        NamClient client(tracker.apiServer()->port());
        QCOMPARE(post(client, kHeartbeat, kSafari), 403);
        QSignalSpy changed(&tracker, &Tracker::apiOriginsChanged);
        QVERIFY(await(tracker.datastore().setSetting(settings::storageKey(settings::kApiCorsRegex),
                                                     QJsonArray{u"safari-web-extension://[0-9A-F-]+"_s}))
                    .ok());
        QVERIFY(tracker.reloadSettings(&error));
        QCOMPARE(changed.size(), 1);
        QCOMPARE(preflight(client, kHeartbeat, kSafari), 204);

        QVERIFY(await(tracker.datastore().setSetting(settings::storageKey(settings::kApiCorsRegex),
                                                     QJsonArray{u"(unclosed"_s}))
                    .ok());
        QVERIFY(!tracker.reloadSettings(&error));
        QVERIFY2(error.contains(settings::kApiCorsRegex.toString()), qPrintable(error));
        QCOMPARE(preflight(client, kHeartbeat, kSafari), 204);
        QVERIFY(tracker.shutdown().ok());
        // At start, the same value keeps the API from starting, with the setting named.
        Tracker again(DataLocation(dir.path(), true));
        QVERIFY(again.start(&error));
        again.startApi({quint16(0), false});
        QCOMPARE(again.apiState(), Tracker::ApiState::Failed);
        QVERIFY(again.apiError().contains(settings::kApiCorsRegex.toString()));
        QVERIFY(again.shutdown().ok());
    }

    // The user is told once per extension origin, even across restarts; web pages never.
    void noticeOncePerOrigin()
    {
        cleanup();
        QTemporaryDir dir;
        const QByteArray other = "safari-web-extension://00000000-0000-0000-0000-000000000001";
        {
            Tracker tracker(DataLocation(dir.path(), true));
            QString error;
            QVERIFY(tracker.start(&error));
            tracker.startApi({quint16(0), false});
            QSignalSpy notices(&tracker, &Tracker::extensionRefused);
            NamClient client(tracker.apiServer()->port());
            for (int i = 0; i < 3; ++i)
                QCOMPARE(post(client, kHeartbeat, kSafari), 403);
            QCOMPARE(post(client, kHeartbeat, "http://evil.example"), 403);
            QTRY_COMPARE(notices.size(), 1);
            QCOMPARE(notices[0][0].toString(), QString::fromLatin1(kSafari));
            QCOMPARE(post(client, kHeartbeat, other), 403);
            QTRY_COMPARE(notices.size(), 2);
            QCOMPARE(notices[1][0].toString(), QString::fromLatin1(other));
            // Refused again after being allowed and taken out: still not told twice.
            QCOMPARE(
                client.postJson(u"/api/0/settings/stint.api.cors"_s, QJsonArray{QString::fromLatin1(kSafari)}).status,
                200);
            QCOMPARE(client.del(u"/api/0/settings/stint.api.cors"_s).status, 200);
            QCOMPARE(post(client, kHeartbeat, kSafari), 403);
            QTRY_COMPARE(tracker.apiServer()->refusedOrigins().snapshot().size(), 3);
            QVERIFY(tracker.shutdown().ok());
            QCOMPARE(notices.size(), 2);
        }
        Tracker tracker(DataLocation(dir.path(), true));
        QString error;
        QVERIFY(tracker.start(&error));
        tracker.startApi({quint16(0), false});
        QSignalSpy notices(&tracker, &Tracker::extensionRefused);
        NamClient client(tracker.apiServer()->port());
        QCOMPARE(post(client, kHeartbeat, kSafari), 403);
        QCOMPARE(post(client, kHeartbeat, other), 403);
        QTRY_COMPARE(tracker.apiServer()->refusedOrigins().snapshot().size(), 2);
        QCoreApplication::processEvents();
        QCOMPARE(notices.size(), 0);
        QVERIFY(tracker.shutdown().ok());
    }
};

QTEST_GUILESS_MAIN(TestApiOrigins)
#include "TestApiOrigins.moc"
