// Timers and entries by hand: what aw-webui's stopwatch POSTs is read back by Stint and the other way
// round; entries count as active time where no window was (over away and paused time, never over
// window time), categorized by label or by the chosen category; a running timer counts up to now;
// stint-cli's stopwatch and entry verbs, with and without a running Stint to hand the write to.
#include "ApiTestClient.h"
#include "CliRun.h"
#include "StoreFixture.h"
#include "api/ApiServer.h"
#include "integration/SingleInstance.h"
#include "manual/ManualTime.h"
#include "model/Json.h"
#include "reports/ReportEngine.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QTimeZone>

#include <chrono>
#include <future>

using namespace stint;
using namespace stint::test;

namespace {

const QString kAfk = u"aw-watcher-afk_testhost"_s;
const QString kStopwatch = u"aw-stopwatch"_s;

QJsonObject label(const QString &text, bool running)
{
    return {{u"label"_s, text}, {u"running"_s, running}};
}

qint64 secs(double s)
{
    return qint64(s * double(kSecond));
}

QString rfc(double offsetSeconds)
{
    return Timestamp::toRfc3339(kBaseTime + secs(offsetSeconds));
}

// Work is matched by the label "Meeting"; Break only by choice.
CategoryRules rules()
{
    QString error;
    const auto parsed =
        CategoryRules::fromJson(QJsonDocument::fromJson(R"([{"name":["Work"],"rule":{"type":"regex","regex":"Meeting"}},
                                    {"name":["Break"],"rule":{"type":"regex","regex":"^never$"}}])")
                                    .array(),
                                &error);
    return *parsed;
}

qint64 categoryTime(const Summary &summary, const QStringList &name)
{
    for (const CategoryTotal &total : summary.categories) {
        if (total.name == name)
            return total.duration;
    }
    return 0;
}

qint64 appTime(const Summary &summary, const QString &app)
{
    for (const NamedDuration &entry : summary.apps) {
        if (entry.name == app)
            return entry.duration;
    }
    return 0;
}

} // namespace

class TestManualTime : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QLoggingCategory::setFilterRules(u"stint.*.info=false"_s); }

    // Window 0-600 s; away 600-3600; entries Meeting 300-1800 (window wins 300-600), Lunch
    // 2000-2400 (chosen category Break), a paused stretch 2200-2300 inside Lunch, and Call running
    // since 3000 with "now" at 3300.
    void entriesCountWhereNoWindowWas()
    {
        StoreFixture fx;
        QVERIFY(fx.openWithBucket());
        Datastore &store = fx.store();
        QVERIFY(await(store.createBucket(bucketOf(kAfk, u"afkstatus"_s))).ok());
        QVERIFY(await(store.createBucket(bucketOf(u"stint-pause_testhost"_s, u"stint.pause"_s))).ok());
        QVERIFY(await(store.insertEvents(kWindowBucket, {at(0, 600, win(u"Editor"_s, u"code"_s))})).ok());
        QVERIFY(await(store.insertEvents(
                          kAfk, {at(0, 600, {{u"status"_s, u"not-afk"_s}}), at(600, 3600, {{u"status"_s, u"afk"_s}})}))
                    .ok());
        QVERIFY(await(store.insertEvents(u"stint-pause_testhost"_s, {at(2200, 2300, {})})).ok());
        ManualEntry lunch = ManualEntry::fromEvent(at(2000, 2400, label(u"Lunch"_s, false)));
        lunch.category = {u"Break"_s};
        const ManualEntryList entries{ManualEntry::fromEvent(at(300, 1800, label(u"Meeting"_s, false))), lunch,
                                      ManualEntry::fromEvent(at(3000, 3000, label(u"Call"_s, true)))};
        QVERIFY(await(ManualTime::save(store, u"testhost"_s, entries)).ok());
        QVERIFY(await(store.forceCommit()).ok());

        auto clock = std::make_shared<MockClock>(kBaseTime + secs(3300));
        ReportEngine engine(fx.path(), QTimeZone::utc());
        engine.setCategories(rules());
        engine.setClock(clock);
        const spans::Period range{kBaseTime, kBaseTime + secs(3600)};
        const auto summary = engine.summary(range);
        QVERIFY2(summary, qPrintable(engine.error()));
        // 600 window + 1200 Meeting (600-1800) + 400 Lunch (the pause does not cut it) + 300 Call.
        QCOMPARE(summary->activeTime, secs(600 + 1200 + 400 + 300));
        QCOMPARE(appTime(*summary, u"Editor"_s), secs(600));
        QCOMPARE(appTime(*summary, u"Meeting"_s), secs(1200));
        QCOMPARE(appTime(*summary, u"Lunch"_s), secs(400));
        QCOMPARE(appTime(*summary, u"Call"_s), secs(300));
        QCOMPARE(categoryTime(*summary, {u"Work"_s}), secs(1200));
        QCOMPARE(categoryTime(*summary, {u"Break"_s}), secs(400));
        QCOMPARE(categoryTime(*summary, CategoryRules::uncategorized()), secs(600 + 300));
        // The same on this host's report, and the running timer later on.
        QCOMPARE(engine.summary(range, u"testhost"_s)->activeTime, secs(2500));
        clock->advanceSeconds(200);
        QCOMPARE(engine.summary(range)->activeTime, secs(2500 + 200));
        clock->advanceSeconds(10'000); // clipped at the range's end
        QCOMPARE(engine.summary(range)->activeTime, secs(2200 + 600));
        // A range that starts after the running timer did still sees it.
        QCOMPARE(engine.summary({kBaseTime + secs(3100), kBaseTime + secs(3600)})->activeTime, secs(500));

        // A chosen category that no rule names any more falls back to the label.
        QString why;
        engine.setCategories(*CategoryRules::fromJson(
            QJsonDocument::fromJson(R"([{"name":["Food"],"rule":{"type":"regex","regex":"Lunch"}}])").array(), &why));
        QCOMPARE(categoryTime(*engine.summary(range), {u"Food"_s}), secs(400));
    }

    // Two overlapping entries count once: the later one takes the overlap.
    void overlappingEntriesCountOnce()
    {
        StoreFixture fx;
        QVERIFY(fx.openWithBucket());
        const ManualEntryList entries{ManualEntry::fromEvent(at(0, 600, label(u"A"_s, false))),
                                      ManualEntry::fromEvent(at(300, 900, label(u"B"_s, false)))};
        QVERIFY(await(ManualTime::save(fx.store(), u"testhost"_s, entries)).ok());
        QVERIFY(await(fx.store().forceCommit()).ok());
        ReportEngine engine(fx.path(), QTimeZone::utc());
        const auto summary = engine.summary({kBaseTime, kBaseTime + secs(3600)});
        QVERIFY(summary);
        QCOMPARE(summary->activeTime, secs(900));
        QCOMPARE(appTime(*summary, u"A"_s), secs(300));
        QCOMPARE(appTime(*summary, u"B"_s), secs(600));
    }

    void refusesAnEndBeforeItsStart()
    {
        StoreFixture fx;
        QVERIFY(fx.open());
        const WriteResult result = await(
            ManualTime::save(fx.store(), u"testhost"_s, {ManualEntry::fromEvent(at(600, 500, label(u"X"_s, false)))}));
        QCOMPARE(result.error, StoreError::InvalidInput);
        QVERIFY(await(fx.store().forceCommit()).ok());
        EventReader reader(fx.path());
        QCOMPARE(reader.bucketExists(kStopwatch), std::optional<bool>(false));
    }

    // aw-webui's Stopwatch view: ensureBucket, a heartbeat to start, the same event with its id to
    // stop; Stint reads that, and what Stint writes reads back through the API in the same shape.
    void awWebuiStopwatchRoundTrip()
    {
        StoreFixture fx;
        QVERIFY(fx.open());
        ApiOptions options;
        options.port = 0;
        options.hostname = u"testhost"_s;
        options.clock = fx.clockPtr();
        ApiServer server(fx.store(), fx.path(), options);
        QString error;
        QVERIFY2(server.start(&error), qPrintable(error));
        NamClient client(server.port());

        const QJsonObject bucket{
            {u"client"_s, u"aw-webui"_s}, {u"type"_s, u"general.stopwatch"_s}, {u"hostname"_s, u"unknown"_s}};
        QCOMPARE(client.send("POST", u"/api/0/buckets/aw-stopwatch"_s, QJsonDocument(bucket).toJson()).status, 200);
        const QJsonObject start{{u"timestamp"_s, rfc(0)},
                                {u"data"_s, QJsonObject{{u"running"_s, true}, {u"label"_s, u"Reading"_s}}}};
        const HttpAnswer started =
            client.send("POST", u"/api/0/buckets/aw-stopwatch/heartbeat?pulsetime=1"_s, QJsonDocument(start).toJson());
        QCOMPARE(started.status, 200);
        QVERIFY(await(fx.store().forceCommit()).ok());
        {
            EventReader reader(fx.path());
            const auto running = ManualTime::running(reader, &error);
            QVERIFY2(running, qPrintable(error));
            QCOMPARE(running->size(), 1);
            QCOMPARE(running->first().label, u"Reading"_s);
            QCOMPARE(running->first().start, kBaseTime);
            QCOMPARE(running->first().category, QStringList());
            QVERIFY(running->first().running);
        }
        // aw-webui's stop: the event it read, running false, its duration, POSTed with its id.
        const QJsonArray listed =
            client.send("GET", u"/api/0/buckets/aw-stopwatch/events?limit=100"_s).json().toArray();
        QCOMPARE(listed.size(), 1);
        QJsonObject stop = listed.first().toObject();
        QJsonObject data = stop[u"data"_s].toObject();
        data[u"running"_s] = false;
        stop[u"data"_s] = data;
        stop[u"duration"_s] = 754.25;
        QCOMPARE(client.send("POST", u"/api/0/buckets/aw-stopwatch/events"_s, QJsonDocument(QJsonArray{stop}).toJson())
                     .status,
                 200);
        QVERIFY(await(fx.store().forceCommit()).ok());
        {
            EventReader reader(fx.path());
            const auto entries = ManualTime::read(reader, kBaseTime, kBaseTime + secs(3600), -1, &error);
            QVERIFY(entries);
            QCOMPARE(entries->size(), 1);
            QCOMPARE(entries->first().running, false);
            QCOMPARE(entries->first().end - entries->first().start, secs(754.25));
            QCOMPARE(ManualTime::running(reader, &error)->size(), 0);
        }

        // Stint starts a timer: aw-webui sees {label, running: true}, duration 0, starting now.
        const qint64 now = kBaseTime + secs(1000);
        const ManualEntryList changes = ManualTime::startChanges({}, u"Writing"_s, {}, now, false);
        const WriteResult written = await(ManualTime::save(fx.store(), u"testhost"_s, changes));
        QVERIFY(written.ok());
        QVERIFY(await(fx.store().forceCommit()).ok());
        QJsonObject newest =
            client.send("GET", u"/api/0/buckets/aw-stopwatch/events?limit=1"_s).json().toArray().first().toObject();
        QCOMPARE(newest[u"data"_s].toObject(), label(u"Writing"_s, true));
        QCOMPARE(newest[u"duration"_s].toDouble(), 0.0);
        QCOMPARE(newest[u"timestamp"_s].toString(), Timestamp::toRfc3339(now));
        // ... and stopping it keeps the id, as aw-webui's stop does.
        const ManualEntry stopped = ManualTime::stopped(ManualEntry::fromEvent(written.events.first()), now + secs(90));
        QVERIFY(await(ManualTime::save(fx.store(), u"testhost"_s, {stopped})).ok());
        QVERIFY(await(fx.store().forceCommit()).ok());
        const QJsonArray all = client.send("GET", u"/api/0/buckets/aw-stopwatch/events"_s).json().toArray();
        QCOMPARE(all.size(), 2);
        newest = all.first().toObject();
        QCOMPARE(qint64(newest[u"id"_s].toDouble()), written.events.first().id);
        QCOMPARE(newest[u"data"_s].toObject(), label(u"Writing"_s, false));
        QCOMPARE(newest[u"duration"_s].toDouble(), 90.0);
        // The bucket aw-webui created keeps its fields.
        const QJsonObject stored = client.send("GET", u"/api/0/buckets/aw-stopwatch"_s).json().toObject();
        QCOMPARE(stored[u"client"_s].toString(), u"aw-webui"_s);
        QCOMPARE(stored[u"type"_s].toString(), u"general.stopwatch"_s);
        server.stop();
    }

    void startStopsTheRunningTimerUnlessKept()
    {
        const ManualEntry a = ManualEntry::fromEvent(at(0, 0, label(u"A"_s, true)));
        const ManualEntryList changes = ManualTime::startChanges({a}, u"B"_s, {u"Work"_s}, kBaseTime + secs(60), false);
        QCOMPARE(changes.size(), 2);
        QCOMPARE(changes.at(0).running, false);
        QCOMPARE(changes.at(0).end, kBaseTime + secs(60));
        QCOMPARE(changes.at(1).label, u"B"_s);
        QCOMPARE(changes.at(1).category, QStringList{u"Work"_s});
        QCOMPARE(changes.at(1).toEvent().data.value(u"category"_s).toArray(), QJsonArray{u"Work"_s});
        QCOMPARE(ManualTime::startChanges({a}, u"B"_s, {}, kBaseTime + secs(60), true).size(), 1);
        QCOMPARE(ManualTime::recentLabels({a, changes.at(1), a}, 5), (QStringList{u"B"_s, u"A"_s}));
    }

    // Without a running Stint, stint-cli writes through a datastore of its own.
    void cliWithoutStint()
    {
        QTemporaryDir dir;
        const QString path = QDir(dir.path()).filePath(u"stint.db"_s);
        const auto cli = [&](QStringList arguments) {
            return runCli(QStringList{u"--data-dir"_s, dir.path()} + arguments);
        };
        QCOMPARE(cli({u"stopwatch"_s, u"status"_s}).out.trimmed(), u"No timer is running."_s);
        CliRun run = cli({u"stopwatch"_s, u"start"_s, u"Deep"_s, u"work"_s});
        QCOMPARE(run.code, 0);
        QVERIFY2(run.out.contains(u"Started Deep work"_s), qPrintable(run.out + run.err));
        run = cli({u"stopwatch"_s, u"status"_s, u"--json"_s});
        QCOMPARE(run.code, 0);
        QJsonArray status = QJsonDocument::fromJson(run.out.toUtf8()).array();
        QCOMPARE(status.size(), 1);
        QCOMPARE(status.first()[u"data"_s].toObject(), label(u"Deep work"_s, true));
        // Starting another stops the first.
        QCOMPARE(cli({u"stopwatch"_s, u"start"_s, u"Email"_s}).code, 0);
        status = QJsonDocument::fromJson(cli({u"stopwatch"_s, u"status"_s, u"--json"_s}).out.toUtf8()).array();
        QCOMPARE(status.size(), 1);
        QCOMPARE(status.first()[u"data"_s].toObject()[u"label"_s].toString(), u"Email"_s);
        run = cli({u"stopwatch"_s, u"stop"_s});
        QCOMPARE(run.code, 0);
        QVERIFY(run.out.contains(u"Stopped Email"_s));
        QCOMPARE(cli({u"stopwatch"_s, u"status"_s}).out.trimmed(), u"No timer is running."_s);

        run = cli({u"entry"_s, u"add"_s, u"--start"_s, rfc(0), u"--end"_s, rfc(5400), u"Workshop"_s, u"--json"_s});
        QCOMPARE(run.code, 0);
        const QJsonObject added = QJsonDocument::fromJson(run.out.toUtf8()).array().first().toObject();
        QCOMPARE(added[u"duration"_s].toDouble(), 5400.0);
        QCOMPARE(added[u"data"_s].toObject(), label(u"Workshop"_s, false));
        run = cli({u"entry"_s, u"add"_s, u"--start"_s, rfc(100), u"--end"_s, rfc(50), u"Backwards"_s});
        QCOMPARE(run.code, int(Cli::Usage));
        QVERIFY(run.err.contains(u"before"_s));
        QCOMPARE(cli({u"entry"_s, u"add"_s, u"Nothing"_s}).code, int(Cli::Usage));

        EventReader reader(path);
        QString error;
        const auto entries = ManualTime::read(reader, kBaseTime - secs(1), kBaseTime + secs(99'999'999), -1, &error);
        QVERIFY(entries);
        QStringList labels;
        for (const ManualEntry &entry : *entries)
            labels << entry.label;
        labels.sort();
        QCOMPARE(labels, (QStringList{u"Deep work"_s, u"Email"_s, u"Workshop"_s}));
    }

    // With Stint running on the database, stint-cli hands the write to it (one writer, one id
    // sequence) and reads the answer once it is committed.
    void cliHandsTheWriteToTheRunningStint()
    {
        StoreFixture fx;
        QVERIFY(fx.open());
        const QString dir = QFileInfo(fx.path()).absolutePath();
        SingleInstance instance(fx.path());
        QString message;
        QCOMPARE(instance.start(&message), SingleInstance::Role::Primary);
        int handled = 0;
        instance.setRequestHandler([&](const QJsonObject &request, std::function<void(QJsonObject)> reply) {
            ++handled;
            ManualTime::handle(fx.store(), u"testhost"_s, request, this, std::move(reply));
        });
        // stint-cli waits for the answer; this thread's event loop must run meanwhile.
        std::future<CliRun> run = std::async(std::launch::async, [dir] {
            return runCli(
                {u"--data-dir"_s, dir, u"entry"_s, u"add"_s, u"--start"_s, rfc(0), u"--end"_s, rfc(60), u"Standup"_s});
        });
        QTRY_VERIFY_WITH_TIMEOUT(run.wait_for(std::chrono::seconds(0)) == std::future_status::ready, 30'000);
        const CliRun first = run.get();
        QVERIFY2(first.code == 0, qPrintable(first.err));
        QCOMPARE(handled, 1);
        // Committed by the running Stint's datastore before the answer came.
        const EventList stored = fx.committedEvents(kStopwatch);
        QCOMPARE(stored.size(), 1);
        QCOMPARE(stored.first().data, label(u"Standup"_s, false));

        run = std::async(std::launch::async, [dir] {
            return runCli({u"--data-dir"_s, dir, u"stopwatch"_s, u"start"_s, u"Review"_s});
        });
        QTRY_VERIFY_WITH_TIMEOUT(run.wait_for(std::chrono::seconds(0)) == std::future_status::ready, 30'000);
        QCOMPARE(run.get().code, 0);
        QCOMPARE(handled, 2);
        QCOMPARE(fx.committedEvents(kStopwatch).size(), 2);
    }

    // Ids are row ids, shared by every bucket: once a client stores one past 2^53, so are the
    // entries' ids. A delete request names them exactly as it travels (JSON text) to the writer.
    void deleteRequestKeepsIdsExact()
    {
        const qint64 id = Q_INT64_C(9007199254740993);
        const auto received = json::parseObject(QJsonDocument(ManualTime::deleteRequest({id})).toJson(), nullptr);
        QVERIFY(received);
        QCOMPARE(received->value(u"delete"_s).toArray().at(0).toInteger(), id);
    }
};

QTEST_GUILESS_MAIN(TestManualTime)
#include "TestManualTime.moc"
