// The tracker wires settings, watchers and pausing together: paused means the watchers stop and
// the pause is recorded; settings reload without a restart; a bad stored setting stops it clearly.
// stint.maxPendingBytes reaches the datastore, a bad value keeps the default.

#include "FakeBackends.h"
#include "MockClock.h"
#include "app/Tracker.h"
#include "settings/SettingKeys.h"
#include "storage/EventReader.h"
#include "watchers/AfkWatcher.h"
#include "watchers/PauseController.h"
#include "watchers/WatcherBuckets.h"
#include "watchers/WindowWatcher.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace stint;
using namespace stint::test;

namespace {

bool setSetting(Tracker &tracker, QStringView name, const QJsonValue &value)
{
    QFuture<WriteResult> future = tracker.datastore().setSetting(settings::storageKey(name), value);
    future.waitForFinished();
    return future.result().ok();
}

} // namespace

class TestTracker : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void pauseStopsAndResumeRestartsTheWatchers();
    void settingsReloadAndOverrides();
    void invalidStoredSettingStopsWatching();
    void deletedWatcherBucketIsMadeAgain();
    void pendingCapFollowsItsSetting();
};

void TestTracker::pendingCapFollowsItsSetting()
{
    QTemporaryDir dir;
    Tracker tracker(DataLocation(dir.path(), false), nullptr, std::make_shared<MockClock>());
    QString error;
    QVERIFY2(tracker.start(&error), qPrintable(error));
    QCOMPARE(tracker.datastore().maxPendingBytes(), kDefaultMaxPendingBytes);
    QVERIFY(setSetting(tracker, settings::kMaxPendingBytes, 65536));
    QVERIFY(tracker.reloadSettings(&error));
    QCOMPARE(tracker.datastore().maxPendingBytes(), qint64(65536));
    for (const QJsonValue &bad : {QJsonValue(12), QJsonValue(1.5e6 + 0.5), QJsonValue(u"big"_s)}) {
        QVERIFY(setSetting(tracker, settings::kMaxPendingBytes, bad));
        QVERIFY(tracker.reloadSettings(&error));
        QCOMPARE(tracker.datastore().maxPendingBytes(), kDefaultMaxPendingBytes);
    }
    // Read at start too.
    QVERIFY(setSetting(tracker, settings::kMaxPendingBytes, 131072));
    QVERIFY(tracker.shutdown().ok());
    Tracker again(DataLocation(dir.path(), false), nullptr, std::make_shared<MockClock>());
    QVERIFY2(again.start(&error), qPrintable(error));
    QCOMPARE(again.datastore().maxPendingBytes(), qint64(131072));
}

void TestTracker::pauseStopsAndResumeRestartsTheWatchers()
{
    QTemporaryDir dir;
    auto clock = std::make_shared<MockClock>();
    Tracker tracker(DataLocation(dir.path(), false), nullptr, clock);
    QString error;
    QVERIFY2(tracker.start(&error), qPrintable(error));
    Fakes fakes = makeFakes(WindowInfo{u"Code"_s, u"notes.md"_s});
    QVERIFY2(tracker.startWatching(std::move(fakes.backends), {}, &error), qPrintable(error));
    QVERIFY(tracker.windowWatcher()->isRunning());
    QVERIFY(tracker.afkWatcher()->isRunning());
    QCOMPARE(tracker.afkWatcher()->state(), AfkWatcher::State::Active);

    tracker.pauseController()->pauseFor(60'000);
    QVERIFY(!tracker.windowWatcher()->isRunning());
    QVERIFY(!tracker.afkWatcher()->isRunning());
    const int readsWhilePaused = fakes.window->reads;
    tracker.windowWatcher()->poll(); // a timer that was already due
    QCOMPARE(fakes.window->reads, readsWhilePaused);

    clock->advanceSeconds(61);
    tracker.pauseController()->tick();
    QVERIFY(!tracker.pauseController()->isPaused());
    QVERIFY(tracker.windowWatcher()->isRunning());
    QVERIFY(tracker.afkWatcher()->isRunning());
    QVERIFY(fakes.window->reads > readsWhilePaused);
    QVERIFY(tracker.shutdown().ok());
}

void TestTracker::settingsReloadAndOverrides()
{
    QTemporaryDir dir;
    auto clock = std::make_shared<MockClock>();
    Tracker tracker(DataLocation(dir.path(), false), nullptr, clock);
    QString error;
    QVERIFY2(tracker.start(&error), qPrintable(error));
    QVERIFY(setSetting(tracker, settings::kAfkTimeout, 600));
    QVERIFY(setSetting(tracker, settings::kPollInterval, 2));
    Fakes fakes = makeFakes(WindowInfo{u"Code"_s, u"notes.md"_s});
    QVERIFY2(tracker.startWatching(std::move(fakes.backends), Tracker::Overrides{std::nullopt, 3.0}, &error),
             qPrintable(error));
    QCOMPARE(tracker.watcherSettings().pollSeconds, 2.0);       // stored
    QCOMPARE(tracker.watcherSettings().afkTimeoutSeconds, 3.0); // the command line wins
    QVERIFY(tracker.watcherSettings().privacy.rules().isEmpty());

    QVERIFY(setSetting(tracker, settings::kPrivacyRules,
                       QJsonDocument::fromJson(R"([{"app": "code", "action": "redact"}])").array()));
    QVERIFY(setSetting(tracker, settings::kPollInterval, 5));
    QVERIFY2(tracker.reloadSettings(&error), qPrintable(error));
    QCOMPARE(tracker.watcherSettings().pollSeconds, 5.0);
    QCOMPARE(tracker.watcherSettings().afkTimeoutSeconds, 3.0);
    QSignalSpy recorded(tracker.windowWatcher(), &WindowWatcher::recorded);
    tracker.windowWatcher()->poll();
    QCOMPARE(recorded.size(), 1);
    QCOMPARE(recorded.first().first().value<WindowInfo>(), (WindowInfo{u"Code"_s, u"(redacted)"_s}));

    QVERIFY(setSetting(tracker, settings::kPrivacyRules, u"everything"_s));
    QVERIFY(!tracker.reloadSettings(&error));
    QVERIFY2(error.contains(u"stint.privacyRules"_s), qPrintable(error));
    QCOMPARE(tracker.watcherSettings().privacy.rules().size(), 1); // the old rules stay
}

void TestTracker::invalidStoredSettingStopsWatching()
{
    QTemporaryDir dir;
    Tracker tracker(DataLocation(dir.path(), false), nullptr, std::make_shared<MockClock>());
    QString error;
    QVERIFY2(tracker.start(&error), qPrintable(error));
    QVERIFY(setSetting(tracker, settings::kPrivacyRules,
                       QJsonDocument::fromJson("[{\"title\": \"(\", \"action\": \"drop\"}]").array()));
    Fakes fakes = makeFakes(WindowInfo{u"Code"_s, u"notes.md"_s});
    // Recording without the user's privacy rules would store what they excluded.
    QVERIFY(!tracker.startWatching(std::move(fakes.backends), {}, &error));
    QVERIFY2(error.contains(u"stint.privacyRules"_s) && error.contains(u"rule 1"_s), qPrintable(error));
    QVERIFY(!tracker.isWatching());
}

void TestTracker::deletedWatcherBucketIsMadeAgain()
{
    QTemporaryDir dir;
    auto clock = std::make_shared<MockClock>();
    Tracker tracker(DataLocation(dir.path(), true), nullptr, clock);
    QString error;
    QVERIFY2(tracker.start(&error), qPrintable(error));
    Fakes fakes = makeFakes(WindowInfo{u"Code"_s, u"notes.md"_s});
    QVERIFY2(tracker.startWatching(std::move(fakes.backends), {}, &error), qPrintable(error));
    const QString bucket = tracker.buckets()->window.id;
    QFuture<WriteResult> deleted = tracker.datastore().deleteBucket(bucket);
    deleted.waitForFinished();
    QVERIFY(deleted.result().ok());

    // The next heartbeat is refused; the tracker notices and makes the bucket again.
    clock->advanceSeconds(1);
    tracker.windowWatcher()->poll();
    QTRY_VERIFY(tracker.datastore().forceCommit().result().ok()
                && EventReader(tracker.location().databasePath()).bucket(bucket).has_value());
    clock->advanceSeconds(1);
    fakes.window->focus(WindowInfo{u"Terminal"_s, u"make"_s});
    QTRY_COMPARE(tracker.windowWatcher()->currentWindow().value_or(WindowInfo{}).app, u"Terminal"_s);
    QVERIFY(tracker.shutdown().ok());
    EventReader reader(tracker.location().databasePath());
    const auto events = reader.events(bucket);
    QVERIFY(events);
    QVERIFY(std::any_of(events->begin(), events->end(),
                        [](const Event &event) { return event.data.value(u"app"_s).toString() == u"Terminal"_s; }));
}

QTEST_GUILESS_MAIN(TestTracker)
#include "TestTracker.moc"
