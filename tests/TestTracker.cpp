// The tracker wires settings, watchers and pausing together: paused means the watchers stop and
// the pause is recorded; settings reload without a restart; a bad stored setting stops it clearly.
// stint.maxPendingBytes reaches the datastore, a bad value keeps the default.

#include "FakeBackends.h"
#include "MockClock.h"
#include "app/RecordingStatus.h"
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

#include <atomic>

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
    void statusFollowsEveryTransition();
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

// The status the tray and the window show is the one after each change, whatever signal brought
// it: every changed() carries the state state() reads at that moment, and the watchers agree.
void TestTracker::statusFollowsEveryTransition()
{
    QTemporaryDir dir;
    auto clock = std::make_shared<MockClock>();
    auto commitFails = std::make_shared<std::atomic<bool>>(false);
    Tracker tracker(DataLocation(dir.path(), false), nullptr, clock,
                    [commitFails] { return commitFails->load() ? u"injected: disk full"_s : QString(); });
    RecordingStatus &status = tracker.status();
    QCOMPARE(status.state(), RecordingStatus::State::NotRecording);
    QList<RecordingStatus::State> seen;
    connect(&status, &RecordingStatus::changed, &tracker, [&](RecordingStatus::State state) {
        QCOMPARE(status.state(), state); // never the state before the change
        seen.append(state);
    });
    QString error;
    QVERIFY2(tracker.start(&error), qPrintable(error));
    Fakes fakes = makeFakes(WindowInfo{u"Code"_s, u"notes.md"_s});
    QVERIFY2(tracker.startWatching(std::move(fakes.backends), Tracker::Overrides{std::nullopt, 20.0}, &error),
             qPrintable(error));
    QCOMPARE(status.state(), RecordingStatus::State::Tracking);

    // Away after the timeout, back at the next input; each reading is the watcher's own.
    clock->advanceSeconds(25);
    fakes.idle->idle = 25'000;
    tracker.afkWatcher()->poll();
    QCOMPARE(tracker.afkWatcher()->state(), AfkWatcher::State::Away);
    QCOMPARE(status.state(), RecordingStatus::State::Away);
    clock->advanceSeconds(1);
    fakes.idle->idle = 0;
    tracker.afkWatcher()->poll();
    QCOMPARE(status.state(), RecordingStatus::State::Tracking);

    // Paused, the end moved, resumed.
    tracker.pauseController()->pauseFor(15 * 60'000);
    QCOMPARE(status.state(), RecordingStatus::State::Paused);
    QVERIFY(status.isPaused());
    QCOMPARE(status.pausedUntil(), tracker.pauseController()->pausedUntil());
    const qsizetype changesWhilePaused = seen.size();
    tracker.pauseController()->pauseFor(60 * 60'000);
    QCOMPARE(seen.size(), changesWhilePaused + 1);
    QCOMPARE(status.pausedUntil(), tracker.pauseController()->pausedUntil());
    tracker.pauseController()->resume();
    QCOMPARE(status.state(), RecordingStatus::State::Tracking);
    QVERIFY(!status.isPaused());

    // Commits that fail, then one that works again.
    commitFails->store(true);
    clock->advanceSeconds(1);
    tracker.windowWatcher()->poll();
    QVERIFY(!tracker.datastore().forceCommit().result().ok());
    QTRY_COMPARE(status.state(), RecordingStatus::State::CannotSave);
    QVERIFY2(status.saveError().contains(u"injected: disk full"_s), qPrintable(status.saveError()));
    commitFails->store(false);
    QVERIFY(tracker.datastore().forceCommit().result().ok());
    QTRY_COMPARE(status.state(), RecordingStatus::State::Tracking);
    QVERIFY(status.saveError().isEmpty());

    QVERIFY(tracker.shutdown().ok());
    QCOMPARE(status.state(), RecordingStatus::State::NotRecording);
    const QList<RecordingStatus::State> expected{
        RecordingStatus::State::Tracking,   RecordingStatus::State::Away,     RecordingStatus::State::Tracking,
        RecordingStatus::State::Paused,     RecordingStatus::State::Paused,   RecordingStatus::State::Tracking,
        RecordingStatus::State::CannotSave, RecordingStatus::State::Tracking, RecordingStatus::State::NotRecording};
    QCOMPARE(seen, expected);
}

QTEST_GUILESS_MAIN(TestTracker)
#include "TestTracker.moc"
