// The desktop around the tracker: the tray menu pauses and resumes the watchers, the tray icon
// follows the state, and quitting waits for the final commit, shows a saving indicator when it is
// slow, and reports a failed one instead of quitting.
#include "ActivityPage.h"
#include "CategoryEditor.h"
#include "Desktop.h"
#include "DonutChart.h"
#include "FakeBackends.h"
#include "MainWindow.h"
#include "MockClock.h"
#include "QuitController.h"
#include "SettingsPage.h"
#include "TimelinePage.h"
#include "TimelineView.h"
#include "TrayIcon.h"
#include "UiFixture.h"
#include "app/Tracker.h"
#include "reports/ReportCalendar.h"
#include "storage/EventReader.h"
#include "watchers/AfkWatcher.h"
#include "watchers/PauseController.h"
#include "watchers/WatcherBuckets.h"
#include "watchers/WindowWatcher.h"

#include <QAction>
#include <QElapsedTimer>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <atomic>

using namespace stint;
using namespace stint::test;

namespace {

constexpr qint64 kStart = 1'784'800'800'000'000'000; // 2026-07-23T10:00:00Z

// A tracker on a temporary database, watching fake backends, with a commit that the test can make
// slow or failing.
struct Setup
{
    QTemporaryDir dir;
    std::shared_ptr<MockClock> clock = std::make_shared<MockClock>(kStart);
    std::shared_ptr<std::atomic<int>> commitDelayMs = std::make_shared<std::atomic<int>>(0);
    std::shared_ptr<std::atomic<bool>> commitFails = std::make_shared<std::atomic<bool>>(false);
    std::unique_ptr<Tracker> tracker;
    FakeWindowBackend *window = nullptr;
    FakeIdleBackend *idle = nullptr;

    bool start()
    {
        tracker = std::make_unique<Tracker>(
            DataLocation(dir.path(), true), nullptr, clock, [delay = commitDelayMs, fails = commitFails]() -> QString {
                if (const int ms = delay->load())
                    QThread::msleep(ms);
                return fails->load() ? u"injected: no space left on device"_s : QString();
            });
        QString error;
        if (!tracker->start(&error))
            return false;
        Fakes fakes = makeFakes(WindowInfo{u"Editor"_s, u"notes.md"_s});
        window = fakes.window;
        idle = fakes.idle;
        return tracker->startWatching(std::move(fakes.backends), {}, &error);
    }
};

QAction *menuAction(TrayIcon &tray, const QString &name)
{
    return tray.menu()->findChild<QAction *>(name);
}

} // namespace

class TestDesktop : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void trayMenuPausesAndResumes();
    void pauseUntilTomorrowEndsAtTheNextDay();
    void quitWaitsForTheFinalCommit();
    void slowFinalCommitShowsSavingIndicator();
    void failedFinalCommitCanBeCancelledOrRetried();
    void closingWithoutTrayAsksFirst();
    void minimizedWithoutTrayShowsTheWindowAfterLooking();
    void categoryRuleChangesTheActivityChart();
    void trayAndWindowFollowEveryTransition();
    void timelineOpensOnTheActivityPeriod();

private:
    QTemporaryDir m_config;
};

void TestDesktop::initTestCase()
{
    QVERIFY(m_config.isValid());
    UiFixture::initUiTestCase(m_config);
}

// At login a panel may start after Stint: a minimized start looks for a tray before the window
// stands in for the icon (the offscreen platform has no tray at all).
void TestDesktop::minimizedWithoutTrayShowsTheWindowAfterLooking()
{
    if (TrayIcon::isTrayAvailable())
        QSKIP("this session has a system tray");
    Setup setup;
    QVERIFY(setup.start());
    Desktop desktop(*setup.tracker);
    desktop.setTrayWait(std::chrono::milliseconds(600));
    QElapsedTimer looking;
    looking.start();
    desktop.start(true);
    QVERIFY(!desktop.mainWindow().isVisible());
    QTRY_VERIFY(desktop.mainWindow().isVisible());
    // Not before the tray wait was over, however slowly the test ran.
    QVERIFY2(looking.elapsed() >= 600, qPrintable(QString::number(looking.elapsed())));
    QVERIFY(!desktop.trayIcon().isShown());
}

void TestDesktop::trayMenuPausesAndResumes()
{
    Setup setup;
    QVERIFY(setup.start());
    Desktop desktop(*setup.tracker);
    TrayIcon &tray = desktop.trayIcon();
    QCOMPARE(tray.state(), TrayIcon::State::Tracking);
    QCOMPARE(tray.iconName(), u":/icons/tray-tracking.svg"_s);
    QVERIFY(!menuAction(tray, u"resumeAction"_s)->isEnabled());
    QVERIFY(setup.tracker->windowWatcher()->isRunning());

    menuAction(tray, u"pause15Action"_s)->trigger();
    PauseController *pause = setup.tracker->pauseController();
    QVERIFY(pause->isPaused());
    QCOMPARE(*pause->pausedUntil(), kStart + 15 * 60'000'000'000LL);
    QVERIFY(!setup.tracker->windowWatcher()->isRunning());
    QCOMPARE(tray.state(), TrayIcon::State::Paused);
    QCOMPARE(tray.iconName(), u":/icons/tray-paused.svg"_s);
    QVERIFY(tray.toolTip().startsWith(u"Stint is paused until"_s));
    QVERIFY(menuAction(tray, u"resumeAction"_s)->isEnabled());

    menuAction(tray, u"resumeAction"_s)->trigger();
    QVERIFY(!pause->isPaused());
    QVERIFY(setup.tracker->windowWatcher()->isRunning());
    QCOMPARE(tray.state(), TrayIcon::State::Tracking);

    menuAction(tray, u"pause60Action"_s)->trigger();
    QCOMPARE(*pause->pausedUntil(), kStart + 60 * 60'000'000'000LL);
    menuAction(tray, u"resumeAction"_s)->trigger();

    // The tooltip follows the current window and today's committed activity.
    setup.window->focus(WindowInfo{u"Browser"_s, u"news"_s});
    QTRY_VERIFY(tray.toolTip().contains(u"Now: Browser"_s));
    for (int second = 0; second < 120; ++second) { // the watchers' one-second polls
        setup.clock->advanceSeconds(1);
        setup.tracker->windowWatcher()->poll();
        setup.tracker->afkWatcher()->poll();
    }
    QVERIFY(setup.tracker->datastore().forceCommit().result().ok());
    QTRY_VERIFY2(tray.toolTip().contains(u"Today: 2 min active"_s), qPrintable(tray.toolTip()));
    QVERIFY(setup.tracker->shutdown().ok());
}

void TestDesktop::pauseUntilTomorrowEndsAtTheNextDay()
{
    Setup setup;
    QVERIFY(setup.start());
    Desktop desktop(*setup.tracker);
    menuAction(desktop.trayIcon(), u"pauseTomorrowAction"_s)->trigger();
    PauseController *pause = setup.tracker->pauseController();
    QTRY_VERIFY(pause->isPaused());
    // The day starts at 04:00 local time by default.
    const ReportCalendar calendar;
    QCOMPARE(*pause->pausedUntil(), calendar.dayStart(calendar.dateOf(kStart).addDays(1)));
    QVERIFY(setup.tracker->shutdown().ok());
}

void TestDesktop::quitWaitsForTheFinalCommit()
{
    Setup setup;
    QVERIFY(setup.start());
    Desktop desktop(*setup.tracker);
    QSignalSpy ready(&desktop, &Desktop::readyToQuit);
    // Writes the worker holds in its open transaction (well below the batch size, well within 15 s).
    EventList events;
    for (int i = 0; i < 10; ++i)
        events.append(Event{0, kStart - (100 - i) * 1'000'000'000LL, 1'000'000'000, {{u"app"_s, u"Old%1"_s.arg(i)}}});
    const QString bucket = setup.tracker->buckets()->window.id;
    QVERIFY(setup.tracker->datastore().insertEvents(bucket, events).result().ok());
    QVERIFY(setup.tracker->datastore().durableSeq() < setup.tracker->datastore().lastSeq());

    desktop.requestQuit();
    QVERIFY(desktop.quitController().isQuitting());
    QVERIFY(ready.isEmpty()); // not before the worker answered
    QTRY_COMPARE(ready.count(), 1);
    QVERIFY(setup.tracker->isShutDown());

    // The reading thread's connection was closed first, so the final checkpoint left everything in
    // the database file and no WAL beside it: the file alone, copied elsewhere, has it all.
    const QString database = setup.tracker->location().databasePath();
    QVERIFY(!QFile::exists(database + u"-wal"_s));
    QTemporaryDir elsewhere;
    QVERIFY(QFile::copy(database, elsewhere.filePath(u"stint.db"_s)));
    EventReader reader(elsewhere.filePath(u"stint.db"_s));
    QVERIFY2(reader.isOpen(), qPrintable(reader.error()));
    QCOMPARE(reader.eventCount(bucket).value_or(-1), 11); // the ten, and the watcher's current window
}

void TestDesktop::slowFinalCommitShowsSavingIndicator()
{
    Setup setup;
    QVERIFY(setup.start());
    Desktop desktop(*setup.tracker);
    QSignalSpy ready(&desktop, &Desktop::readyToQuit);
    setup.commitDelayMs->store(800);
    desktop.requestQuit();
    QTRY_VERIFY(desktop.quitController().savingIndicator() && desktop.quitController().savingIndicator()->isVisible());
    QCOMPARE(desktop.quitController().savingIndicator()->objectName(), u"savingIndicator"_s);
    QVERIFY(ready.isEmpty());
    QTRY_COMPARE(ready.count(), 1);
    QTRY_VERIFY(!desktop.quitController().savingIndicator());
}

void TestDesktop::failedFinalCommitCanBeCancelledOrRetried()
{
    Setup setup;
    QVERIFY(setup.start());
    Desktop desktop(*setup.tracker);
    QSignalSpy ready(&desktop, &Desktop::readyToQuit);
    QSignalSpy cancelled(&desktop.quitController(), &QuitController::quitCancelled);
    const QString bucket = setup.tracker->buckets()->window.id;

    setup.commitFails->store(true);
    desktop.requestQuit();
    QTRY_VERIFY(desktop.quitController().errorBox() && desktop.quitController().errorBox()->isVisible());
    QMessageBox *box = desktop.quitController().errorBox();
    QCOMPARE(box->objectName(), u"quitErrorBox"_s);
    QVERIFY2(box->text().contains(u"injected: no space left on device"_s), qPrintable(box->text()));
    QVERIFY(ready.isEmpty());
    QVERIFY(!setup.tracker->isShutDown());

    // Cancel: Stint keeps running and recording.
    box->findChild<QPushButton *>(u"cancelQuitButton"_s)->click();
    QCOMPARE(cancelled.count(), 1);
    QVERIFY(!desktop.quitController().isQuitting());
    QVERIFY(setup.tracker->windowWatcher()->isRunning());
    setup.clock->advanceSeconds(5);
    setup.window->focus(WindowInfo{u"Terminal"_s, u"make"_s});
    // Reads closer than 200 ms apart are spaced out; wait until the switch is recorded.
    QTRY_COMPARE(setup.tracker->windowWatcher()->currentWindow().value_or(WindowInfo{}).app, u"Terminal"_s);

    // Quit again, still failing; then the problem is fixed and Retry saves everything.
    desktop.requestQuit();
    QTRY_VERIFY(desktop.quitController().errorBox() && desktop.quitController().errorBox()->isVisible());
    setup.commitFails->store(false);
    // Asking to quit again (a SIGTERM, the tray) while the error shows is Retry.
    desktop.requestQuit();
    QTRY_COMPARE(ready.count(), 1);

    EventReader reader(setup.tracker->location().databasePath());
    QVERIFY(reader.isOpen());
    const auto stored = reader.events(bucket);
    QVERIFY(stored);
    QCOMPARE(stored->size(), 2);
    QCOMPARE(stored->first().data.value(u"app"_s).toString(), u"Terminal"_s);
}

void TestDesktop::closingWithoutTrayAsksFirst()
{
    if (TrayIcon::isTrayAvailable())
        QSKIP("this platform has a system tray; the no-tray path is tested on offscreen");
    Setup setup;
    QVERIFY(setup.start());
    Desktop desktop(*setup.tracker);
    QSignalSpy ready(&desktop, &Desktop::readyToQuit);
    int asked = 0;
    bool answer = false;
    desktop.setQuitConfirmation([&] {
        ++asked;
        return answer;
    });
    desktop.setTrayWait(std::chrono::milliseconds(0)); // looked for a tray long enough
    desktop.start(true);                               // --minimized, but with no tray the window must show
    MainWindow &window = desktop.mainWindow();
    QTRY_VERIFY(window.isVisible());
    QVERIFY(QTest::qWaitForWindowExposed(&window));

    window.close();
    QCOMPARE(asked, 1);
    QVERIFY(window.isVisible());
    QVERIFY(!desktop.quitController().isQuitting());

    answer = true;
    window.close();
    QCOMPARE(asked, 2);
    QTRY_COMPARE(ready.count(), 1);
    QVERIFY(!window.isVisible());
}

void TestDesktop::categoryRuleChangesTheActivityChart()
{
    Setup setup;
    QVERIFY(setup.start());
    // Ten minutes in a window no default rule knows.
    setup.window->focus(WindowInfo{u"Scrivener"_s, u"novel draft"_s});
    QTRY_COMPARE(setup.tracker->windowWatcher()->currentWindow().value_or(WindowInfo{}).app, u"Scrivener"_s);
    for (int second = 0; second < 600; ++second) {
        setup.clock->advanceSeconds(1);
        setup.tracker->windowWatcher()->poll();
        setup.tracker->afkWatcher()->poll();
    }
    QVERIFY(setup.tracker->datastore().forceCommit().result().ok());

    Desktop desktop(*setup.tracker);
    desktop.setQuitConfirmation([] { return true; });
    desktop.start(false);
    MainWindow &window = desktop.mainWindow();
    window.showPage(0);
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    const auto sliceTime = [&](const QString &label) -> qint64 {
        const auto *donut = window.findChild<DonutChart *>(u"categoryChart"_s);
        if (!donut)
            return -2;
        for (const DonutChart::Slice &slice : donut->slices()) {
            if (slice.label == label)
                return slice.duration;
        }
        return -1;
    };
    constexpr qint64 kTenMinutes = 600'000'000'000;
    QTRY_VERIFY(sliceTime(u"Uncategorized"_s) >= kTenMinutes);
    QCOMPARE(sliceTime(u"Writing"_s), -1);

    // Settings: a new rule for it, saved.
    window.showPage(window.pageCount() - 1);
    auto *settings = qobject_cast<SettingsPage *>(window.currentPage());
    QVERIFY(settings);
    QTRY_VERIFY(settings->categoryEditor()->ruleCount() > 0);
    auto *add = settings->findChild<QPushButton *>(u"addCategoryButton"_s);
    auto *name = settings->findChild<QLineEdit *>(u"categoryNameEdit"_s);
    auto *regex = settings->findChild<QLineEdit *>(u"categoryRegexEdit"_s);
    auto *save = settings->findChild<QPushButton *>(u"saveCategoriesButton"_s);
    QVERIFY(add && name && regex && save);
    QTest::mouseClick(add, Qt::LeftButton);
    name->setText(u"Writing"_s);
    QTest::keyClick(name, Qt::Key_Return);
    regex->setText(u"scrivener"_s);
    QTRY_VERIFY(save->isEnabled());
    QTest::mouseClick(save, Qt::LeftButton);
    QTRY_VERIFY(!save->isEnabled());

    // Back on Activity, the chart has the new category and the time left Uncategorized.
    window.showPage(0);
    QTRY_VERIFY(sliceTime(u"Writing"_s) >= kTenMinutes);
    QVERIFY(sliceTime(u"Uncategorized"_s) < kTenMinutes);
    QVERIFY(setup.tracker->shutdown().ok());
}

// The tray's icon, tooltip and menu and the window's "Now" card show the state after each change:
// away while idle, tracking again at the next input, paused with a Resume button, unable to save.
void TestDesktop::trayAndWindowFollowEveryTransition()
{
    Setup setup;
    QVERIFY(setup.start());
    Desktop desktop(*setup.tracker);
    TrayIcon &tray = desktop.trayIcon();
    auto *page = desktop.mainWindow().findChild<ActivityPage *>();
    QVERIFY(page);
    auto *status = page->findChild<QLabel *>(u"recordingStatusLabel"_s);
    auto *current = page->findChild<QWidget *>(u"currentActivityLabel"_s);
    auto *resume = page->findChild<QPushButton *>(u"resumeButton"_s);
    QVERIFY(status && current && resume);
    const auto expect = [&](TrayIcon::State state, const QString &icon, const QString &tip, const QString &card) {
        QCOMPARE(tray.state(), state);
        QCOMPARE(tray.iconName(), icon);
        QVERIFY2(tray.toolTip().startsWith(tip), qPrintable(tray.toolTip()));
        QCOMPARE(status->isHidden(), card.isEmpty());
        QVERIFY2(status->text().contains(card), qPrintable(status->text()));
    };
    // A fresh start records at once, and this testing database is named.
    expect(TrayIcon::State::Tracking, u":/icons/tray-tracking.svg"_s, u"Stint is tracking"_s, {});
    QVERIFY2(tray.toolTip().contains(u"Testing database: "_s), qPrintable(tray.toolTip()));
    QVERIFY(!current->isHidden());
    QVERIFY(resume->isHidden());

    AfkWatcher *afk = setup.tracker->afkWatcher();
    for (int i = 0; i < 2; ++i) {
        setup.clock->advanceSeconds(200);
        setup.idle->idle = 200'000;
        afk->poll();
        expect(TrayIcon::State::Away, u":/icons/tray-away.svg"_s, u"Stint: you are away"_s, u"You are away"_s);
        setup.clock->advanceSeconds(1);
        setup.idle->idle = 0;
        afk->poll();
        expect(TrayIcon::State::Tracking, u":/icons/tray-tracking.svg"_s, u"Stint is tracking"_s, {});
    }

    menuAction(tray, u"pause15Action"_s)->trigger();
    expect(TrayIcon::State::Paused, u":/icons/tray-paused.svg"_s, u"Stint is paused until"_s,
           u"Recording is paused until"_s);
    QVERIFY(current->isHidden()); // the last window is not "now" any more
    QVERIFY(!resume->isHidden());
    QVERIFY(menuAction(tray, u"resumeAction"_s)->isEnabled());
    QTest::mouseClick(resume, Qt::LeftButton);
    QVERIFY(!setup.tracker->pauseController()->isPaused());
    expect(TrayIcon::State::Tracking, u":/icons/tray-tracking.svg"_s, u"Stint is tracking"_s, {});
    QVERIFY(!current->isHidden());
    QVERIFY(resume->isHidden());
    QVERIFY(!menuAction(tray, u"resumeAction"_s)->isEnabled());

    setup.commitFails->store(true);
    setup.clock->advanceSeconds(1);
    setup.tracker->windowWatcher()->poll();
    QVERIFY(!setup.tracker->datastore().forceCommit().result().ok());
    QTRY_COMPARE(tray.state(), TrayIcon::State::CannotSave);
    expect(TrayIcon::State::CannotSave, u":/icons/tray-unsaved.svg"_s, u"Stint cannot save: "_s,
           u"injected: no space left on device"_s);
    setup.commitFails->store(false);
    QVERIFY(setup.tracker->datastore().forceCommit().result().ok());
    QTRY_COMPARE(tray.state(), TrayIcon::State::Tracking);
    expect(TrayIcon::State::Tracking, u":/icons/tray-tracking.svg"_s, u"Stint is tracking"_s, {});
    QVERIFY(setup.tracker->shutdown().ok());
}

void TestDesktop::timelineOpensOnTheActivityPeriod()
{
    Setup setup;
    QVERIFY(setup.start());
    Desktop desktop(*setup.tracker);
    desktop.setQuitConfirmation([] { return true; });
    desktop.start(false);
    MainWindow &window = desktop.mainWindow();
    window.showPage(0);
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto *activity = qobject_cast<ActivityPage *>(window.currentPage());
    QVERIFY(activity);
    // A week in 2025 on Activity.
    activity->navigator()->setSpan(PeriodNavigator::Span::Week);
    activity->navigator()->setDate({2025, 3, 12});
    const spans::Period week = activity->navigator()->period();
    QVERIFY(week.duration() >= 6 * 86'400'000'000'000);

    auto *timeline = window.findChild<TimelinePage *>();
    QVERIFY(timeline);
    window.showPage(window.indexOf(timeline));
    QCOMPARE(window.currentPage(), timeline);
    QVERIFY(timeline->view()->visibleRange() == week);
    // Moving on the Timeline and coming back from another page leaves it where it was.
    timeline->page(-1);
    const spans::Period moved = timeline->view()->visibleRange();
    window.showPage(window.pageCount() - 1);
    window.showPage(window.indexOf(timeline));
    QVERIFY(timeline->view()->visibleRange() == moved);
}

QTEST_MAIN(TestDesktop)
#include "TestDesktop.moc"
