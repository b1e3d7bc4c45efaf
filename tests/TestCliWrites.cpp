// stint-cli's writes while Stint runs: an import, a setting and the categories go through the
// running Stint's datastore (one writer), so heartbeats arriving meanwhile still merge and every
// imported event comes back as it was; a malformed file is refused untouched, with and without a
// running Stint; a Stint starting while stint-cli writes on its own waits for it.
#include "CliRun.h"
#include "StoreFixture.h"
#include "app/CliRequests.h"
#include "integration/SingleInstance.h"
#include "model/Json.h"
#include "settings/SettingKeys.h"

#include <QDeadlineTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>

#include <chrono>
#include <future>

using namespace stint;
using namespace stint::test;

namespace {

const QString kWeb = u"aw-watcher-web-chrome_testhost"_s;
constexpr int kWebEvents = 20'000;
constexpr int kOldWindowEvents = 200;
constexpr double kPulsetime = 2.0;

// Data that a lossy path would change: escapes, characters beyond the BMP, combining marks, CJK,
// nesting, the largest exact integer.
QJsonObject webData(int i)
{
    return {{u"url"_s, u"https://例え.jp/ü?q=%1&x=\"quoted\""_s.arg(i)},
            {u"title"_s, u"Tab %1\t\\ 😀 e\u0301 — 标题"_s.arg(i)},
            {u"audible"_s, i % 2 == 0},
            {u"tabCount"_s, i % 37},
            {u"nested"_s, QJsonObject{{u"list"_s, QJsonArray{1, u"x"_s, QJsonValue(), true}}}},
            {u"big"_s, 9007199254740991.0}};
}

Event webEvent(int i)
{
    return Event{0, kBaseTime - 7 * 86'400 * kSecond + qint64(i) * 3 * kSecond + 123'456 * (i % 1000),
                 qint64(i % 5) * kSecond + 250'000'000, webData(i)};
}

// Older window activity, imported into the bucket that receives the heartbeats.
Event oldWindowEvent(int i)
{
    return Event{0, kBaseTime - 86'400 * kSecond + qint64(i) * 5 * kSecond, 4 * kSecond,
                 win(u"Old"_s, u"imported %1"_s.arg(i))};
}

QByteArray exportText()
{
    QJsonArray web;
    for (int i = 0; i < kWebEvents; ++i)
        web.append(webEvent(i).toJson());
    QJsonArray window;
    for (int i = 0; i < kOldWindowEvents; ++i)
        window.append(oldWindowEvent(i).toJson());
    QJsonObject webBucket = bucketOf(kWeb, u"web.tab.current"_s).toJson();
    webBucket.insert(u"events"_s, web);
    QJsonObject windowBucketJson = windowBucket().toJson();
    windowBucketJson.insert(u"events"_s, window);
    return QJsonDocument(QJsonObject{{u"buckets"_s, QJsonObject{{kWeb, webBucket}, {kWindowBucket, windowBucketJson}}}})
        .toJson(QJsonDocument::Compact);
}

// Each event as "start duration data", the data as its exact compact text.
QStringList texts(const EventList &events)
{
    QStringList list;
    for (const Event &event : events)
        list << u"%1 %2 "_s.arg(event.start).arg(event.duration) + QString::fromUtf8(json::toCompact(event.data));
    list.sort();
    return list;
}

QString writeFile(const QTemporaryDir &dir, const QString &name, const QByteArray &content)
{
    const QString path = dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size())
        return {};
    return path;
}

// Everything stored, as a reader sees it.
QMap<QString, QStringList> contentsOf(const QString &path)
{
    QMap<QString, QStringList> all;
    EventReader reader(path);
    for (const Bucket &bucket : reader.buckets(false).value_or(BucketList()))
        all.insert(bucket.id, texts(reader.events(bucket.id).value_or(EventList())));
    return all;
}

// A file whose first bucket is well formed and whose second holds a bad event.
QByteArray malformedText()
{
    return R"({"buckets": {"a-good": {"type": "t", "client": "c", "hostname": "h", "events": [
        {"timestamp": "2026-07-23T10:00:00Z", "duration": 5, "data": {"a": 1}}]},
        "b-bad": {"type": "t", "client": "c", "hostname": "h", "events": [
        {"timestamp": "2026-07-23T10:00:05Z", "duration": 1, "data": {}},
        {"timestamp": "2026-07-23T10:00:09Z", "duration": -5, "data": {}}]}}})";
}

template<typename T>
bool ready(const std::future<T> &future)
{
    return future.wait_for(std::chrono::seconds(0)) == std::future_status::ready;
}

} // namespace

class TestCliWrites : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QLoggingCategory::setFilterRules(u"stint.*.info=false"_s); }

    // The running Stint imports the file itself while its watchers' heartbeats keep arriving:
    // the heartbeats merge as if no import ran, and every imported event is stored as it was.
    void importGoesThroughTheRunningStint()
    {
        StoreFixture fx;
        QVERIFY(fx.openWithBucket());
        QTemporaryDir files;
        const QString file = writeFile(files, u"export.json"_s, exportText());
        QVERIFY(!file.isEmpty());
        SingleInstance instance(fx.path());
        QString message;
        QCOMPARE(instance.start(&message), SingleInstance::Role::Primary);
        CliRequests requests(fx.store(), fx.path(), u"testhost"_s);
        int handled = 0;
        int beats = 0;
        int beatsDuringImport = -1;
        instance.setRequestHandler([&](const QJsonObject &request, std::function<void(QJsonObject)> reply) {
            ++handled;
            const int beatsBefore = beats;
            requests.handle(request, [&, beatsBefore, reply](const QJsonObject &answer) {
                beatsDuringImport = beats - beatsBefore;
                reply(answer);
            });
        });

        const QString dir = QFileInfo(fx.path()).absolutePath();
        std::future<CliRun> run = std::async(std::launch::async, [dir, file] {
            return runCli({u"--data-dir"_s, dir, u"import"_s, file});
        });
        // One heartbeat a second of recorded time, the title changing every 10 s.
        const auto beat = [&] {
            const Event heartbeat{0, kBaseTime + qint64(beats) * kSecond, 0,
                                  win(u"Editor"_s, u"T%1"_s.arg(beats / 10))};
            ++beats;
            return await(fx.store().heartbeatWithReply(kWindowBucket, heartbeat, kPulsetime)).ok();
        };
        const QDeadlineTimer deadline(120'000);
        while (!ready(run) && !deadline.hasExpired()) {
            QVERIFY(beat());
            QCoreApplication::processEvents();
        }
        QVERIFY(ready(run));
        while (beats < 25)
            QVERIFY(beat());
        const CliRun result = run.get();
        QVERIFY2(result.code == int(Cli::Ok), qPrintable(result.err));
        QVERIFY2(result.out.contains(u"Imported %1 event(s), skipped 0"_s.arg(kWebEvents + kOldWindowEvents)),
                 qPrintable(result.out));
        QCOMPARE(handled, 1);
        QVERIFY2(beatsDuringImport > 0, "no heartbeat arrived while the import ran");
        QVERIFY(await(fx.store().forceCommit()).ok());

        EventList webSource;
        for (int i = 0; i < kWebEvents; ++i)
            webSource.append(webEvent(i));
        EventList windowSource;
        for (int i = 0; i < kOldWindowEvents; ++i)
            windowSource.append(oldWindowEvent(i));
        EventReader reader(fx.path());
        QCOMPARE(texts(reader.events(kWeb).value_or(EventList())), texts(webSource));
        EventList imported;
        EventList heartbeats;
        for (const Event &event : reader.events(kWindowBucket).value_or(EventList()))
            (event.start < kBaseTime ? imported : heartbeats).append(event);
        QCOMPARE(texts(imported), texts(windowSource));
        // Ten heartbeats per title merged into one event each, lasting from the first to the last.
        EventList expected;
        for (int first = 0; first < beats; first += 10) {
            const int last = std::min(first + 9, beats - 1);
            expected.append(Event{0, kBaseTime + qint64(first) * kSecond, qint64(last - first) * kSecond,
                                  win(u"Editor"_s, u"T%1"_s.arg(first / 10))});
        }
        QCOMPARE(texts(heartbeats), texts(expected));
    }

    // A malformed file stores nothing, whether a running Stint or stint-cli itself would write it.
    void malformedImportTouchesNothing_data()
    {
        QTest::addColumn<bool>("stintRuns");
        QTest::newRow("through the running Stint") << true;
        QTest::newRow("stint-cli on its own") << false;
    }

    void malformedImportTouchesNothing()
    {
        QFETCH(bool, stintRuns);
        StoreFixture fx;
        QVERIFY(fx.openWithBucket());
        QVERIFY(await(fx.store().insertEvents(kWindowBucket, {at(0, 5, win(u"Editor"_s, u"before"_s))})).ok());
        QVERIFY(await(fx.store().forceCommit()).ok());
        const auto before = contentsOf(fx.path());
        QTemporaryDir files;
        const QString file = writeFile(files, u"bad.json"_s, malformedText());
        const QString sqliteLike = writeFile(files, u"bad.db"_s, QByteArray("SQLite format 3\0garbage", 24));
        const QString dir = QFileInfo(fx.path()).absolutePath();

        std::unique_ptr<SingleInstance> instance;
        std::unique_ptr<CliRequests> requests;
        int handled = 0;
        if (stintRuns) {
            instance = std::make_unique<SingleInstance>(fx.path());
            QString message;
            QCOMPARE(instance->start(&message), SingleInstance::Role::Primary);
            requests = std::make_unique<CliRequests>(fx.store(), fx.path(), u"testhost"_s);
            instance->setRequestHandler([&](const QJsonObject &request, std::function<void(QJsonObject)> reply) {
                ++handled;
                requests->handle(request, std::move(reply));
            });
        } else {
            // Nothing else may write while stint-cli does.
            fx.closeStore();
        }
        for (const QString &bad : {file, sqliteLike}) {
            std::future<CliRun> run = std::async(std::launch::async, [dir, bad] {
                return runCli({u"--data-dir"_s, dir, u"import"_s, bad});
            });
            QTRY_VERIFY_WITH_TIMEOUT(ready(run), 60'000);
            const CliRun result = run.get();
            QCOMPARE(result.code, int(Cli::Problem));
            QVERIFY2(result.err.contains(u"Nothing was imported"_s), qPrintable(result.err));
            if (bad == file)
                QVERIFY2(result.err.contains(u"b-bad"_s) && result.err.contains(u"event 2"_s)
                             && result.err.contains(u"duration"_s),
                         qPrintable(result.err));
            QCOMPARE(contentsOf(fx.path()), before);
        }
        QCOMPARE(handled, stintRuns ? 2 : 0);
    }

    // `api allow` and `categories import` are stored by the running Stint's datastore.
    void settingsGoThroughTheRunningStint()
    {
        StoreFixture fx;
        QVERIFY(fx.open());
        SingleInstance instance(fx.path());
        QString message;
        QCOMPARE(instance.start(&message), SingleInstance::Role::Primary);
        CliRequests requests(fx.store(), fx.path(), u"testhost"_s);
        QStringList asked;
        instance.setRequestHandler([&](const QJsonObject &request, std::function<void(QJsonObject)> reply) {
            asked << request.value(u"setting"_s).toString();
            requests.handle(request, std::move(reply));
        });
        QTemporaryDir files;
        const QString categories =
            writeFile(files, u"categories.json"_s,
                      R"({"categories": [{"name": ["Work"], "rule": {"type": "regex", "regex": "Editor"}}]})");
        const QString dir = QFileInfo(fx.path()).absolutePath();
        for (const QStringList &arguments :
             {QStringList{u"api"_s, u"allow"_s, u"chrome-extension://abcdefghijklmnop"_s},
              QStringList{u"categories"_s, u"import"_s, categories}}) {
            std::future<CliRun> run = std::async(std::launch::async, [dir, arguments] {
                return runCli(QStringList{u"--data-dir"_s, dir} + arguments);
            });
            QTRY_VERIFY_WITH_TIMEOUT(ready(run), 60'000);
            const CliRun result = run.get();
            QVERIFY2(result.code == int(Cli::Ok), qPrintable(result.err));
        }
        QCOMPARE(asked, (QStringList{settings::kApiCors.toString(), settings::kCategories.toString()}));
        EventReader reader(fx.path());
        QCOMPARE(reader.setting(settings::storageKey(settings::kApiCors)).value_or(QJsonValue()),
                 QJsonValue(QJsonArray{u"chrome-extension://abcdefghijklmnop"_s}));
        const QJsonArray stored =
            reader.setting(settings::storageKey(settings::kCategories)).value_or(QJsonValue()).toArray();
        QCOMPARE(stored.size(), 1);
        QCOMPARE(stored.first()[u"name"_s].toArray(), QJsonArray{u"Work"_s});
    }

    // A long request (an import) tells how far it got before it answers; the caller hears each step.
    void interimAnswersReachTheCaller()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"stint.db"_s);
        SingleInstance instance(path);
        QString message;
        QCOMPARE(instance.start(&message), SingleInstance::Role::Primary);
        instance.setRequestHandler([](const QJsonObject &request, std::function<void(QJsonObject)> reply) {
            reply({{u"progress"_s, 1}});
            reply({{u"progress"_s, 2}});
            reply({{u"done"_s, request.value(u"ask"_s)}});
        });
        struct Heard
        {
            QList<qint64> steps;
            std::optional<QJsonObject> answer;
        };
        std::future<Heard> asked = std::async(std::launch::async, [path] {
            Heard heard;
            heard.answer = SingleInstance::sendRequest(
                path, {{u"ask"_s, u"import"_s}}, 30'000,
                [&heard](const QJsonObject &interim) { heard.steps.append(interim.value(u"progress"_s).toInteger()); });
            return heard;
        });
        QTRY_VERIFY_WITH_TIMEOUT(ready(asked), 30'000);
        const Heard heard = asked.get();
        QCOMPARE(heard.steps, (QList<qint64>{1, 2}));
        QVERIFY(heard.answer);
        QCOMPARE(*heard.answer, (QJsonObject{{u"done"_s, u"import"_s}}));
    }

    // stint-cli writing on its own holds the instance lock: a Stint starting meanwhile waits past
    // its usual deadline instead of opening the database too, and starts once the lock is gone;
    // another stint-cli waits too.
    void stintWaitsForStintCliWritingOnItsOwn()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"stint.db"_s);
        std::unique_ptr<SingleInstance::WriterLock> lock;
        QString message;
        QCOMPARE(SingleInstance::lockForWriting(path, &lock, &message), SingleInstance::WriterLockState::Taken);
        std::unique_ptr<SingleInstance::WriterLock> second;
        QCOMPARE(SingleInstance::lockForWriting(path, &second, &message),
                 SingleInstance::WriterLockState::WriterActive);

        constexpr int kTimeoutMs = 300;
        std::future<SingleInstance::Role> start = std::async(std::launch::async, [path] {
            SingleInstance instance(path);
            instance.setShowWindow(false);
            QString error;
            return instance.start(&error, kTimeoutMs);
        });
        // Still waiting well past its own deadline.
        QVERIFY(start.wait_for(std::chrono::milliseconds(4 * kTimeoutMs)) == std::future_status::timeout);
        lock.reset();
        QTRY_VERIFY_WITH_TIMEOUT(ready(start), 30'000);
        QCOMPARE(start.get(), SingleInstance::Role::Primary);

        // A Stint holding the instance: stint-cli must hand its write over instead.
        SingleInstance running(path);
        QCOMPARE(running.start(&message), SingleInstance::Role::Primary);
        QCOMPARE(SingleInstance::lockForWriting(path, &second, &message), SingleInstance::WriterLockState::StintActive);
    }
};

QTEST_GUILESS_MAIN(TestCliWrites)
#include "TestCliWrites.moc"
