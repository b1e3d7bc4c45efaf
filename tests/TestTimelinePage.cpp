// The Timeline page: one lane per bucket, zoom and pan move the visible range (and read what
// comes into view), a known event's tooltip, and painting a week of events merges them.
#include "ActivityHistory.h"
#include "DatePicker.h"
#include "DesktopEntries.h"
#include "DurationText.h"
#include "MockClock.h"
#include "TimelinePage.h"
#include "TimelineView.h"
#include "reports/ReportEngine.h"
#include "reports/ReportThread.h"

#include <QCalendarWidget>
#include <QLabel>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTextCharFormat>
#include <QToolButton>

using namespace stint;
using namespace stint::test;

class TestTimelinePage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void bucketsAreLanes();
    void zoomAndPanMoveTheRange();
    void axisTicksFollowLocalTimeAcrossDst();
    void movingAwayReadsTheNewRange();
    void tooltipOfAKnownEvent();
    void readingMatchesTheStore();
    void pickingADateShowsThatDay();
    void pageKeysMoveByTheSpanAndHomeReturns();
    void headerShowsTheYearOutsideThisYear();
    void daysWithDataAreBold();

private:
    TimelineView *view() const { return m_page->view(); }
    int laneOf(const QString &bucketId) const;

    QTemporaryDir m_appData; // the XDG data directory, with a desktop entry for "code"
    ActivityHistoryFixture m_history;
    std::unique_ptr<TimelinePage> m_page;
    std::unique_ptr<QSignalSpy> m_shown;
};

void TestTimelinePage::initTestCase()
{
    QVERIFY(m_appData.isValid());
    qputenv("XDG_DATA_HOME", QFile::encodeName(m_appData.path()));
    qputenv("XDG_DATA_DIRS", QFile::encodeName(m_appData.path()));
    QVERIFY(writeDesktopEntry(m_appData.path(), u"code.desktop"_s, {u"Name=Visual Studio Code"_s}));
    QVERIFY(m_history.start());
}

void TestTimelinePage::init()
{
    m_page = std::make_unique<TimelinePage>(m_history.context());
    m_shown = std::make_unique<QSignalSpy>(m_page.get(), &TimelinePage::shown);
    m_page->resize(1000, 500);
    m_page->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
    m_page->refresh();
    QTRY_VERIFY(m_shown->size() > 0);
}

void TestTimelinePage::cleanup()
{
    m_shown.reset();
    m_page.reset();
}

int TestTimelinePage::laneOf(const QString &bucketId) const
{
    const auto &lanes = view()->data().lanes;
    for (int i = 0; i < lanes.size(); ++i) {
        if (lanes.at(i).bucketId == bucketId)
            return i;
    }
    return -1;
}

void TestTimelinePage::bucketsAreLanes()
{
    // The view starts on the last hours up to now.
    const spans::Period visible = view()->visibleRange();
    QVERIFY(visible.start < m_history.clock->nowNanos() && m_history.clock->nowNanos() < visible.end);
    QVERIFY(view()->data().loaded.start <= visible.start && visible.end <= view()->data().loaded.end);
    // Window first, then AFK.
    QCOMPARE(view()->data().lanes.size(), 2);
    QCOMPARE(laneOf(ActivityHistory::kWindow), 0);
    QCOMPARE(laneOf(ActivityHistory::kAfk), 1);
    QVERIFY(!view()->data().lanes.at(0).items.empty());
}

// Day ticks stay at local midnight, and hour ticks on the hour, after a change of offset inside
// the view (a zone at UTC+1 that moves to UTC+2 at 02:00 local, and back at 03:00 local).
void TestTimelinePage::axisTicksFollowLocalTimeAcrossDst()
{
    constexpr qint64 kHour = qint64(3600) * 1'000'000'000;
    constexpr qint64 kDay = 24 * kHour;
    const qint64 spring = 10 * kDay + kHour; // 01:00Z: 02:00 local becomes 03:00
    const qint64 autumn = 20 * kDay + kHour; // 01:00Z: 03:00 local becomes 02:00
    const auto offsetAt = [&](qint64 t) { return t >= spring && t < autumn ? 2 * kHour : kHour; };
    QCOMPARE(TimelineView::axisTicks({8 * kDay, 13 * kDay}, kDay, offsetAt),
             (std::vector<qint64>{9 * kDay - kHour, 10 * kDay - kHour, 11 * kDay - 2 * kHour, 12 * kDay - 2 * kHour,
                                  13 * kDay - 2 * kHour}));
    QCOMPARE(TimelineView::axisTicks({18 * kDay, 23 * kDay}, kDay, offsetAt),
             (std::vector<qint64>{19 * kDay - 2 * kHour, 20 * kDay - 2 * kHour, 21 * kDay - kHour, 22 * kDay - kHour,
                                  23 * kDay - kHour}));
    // Hours across the spring change: 00:00, 01:00, 03:00, 04:00 local, one UTC hour apart.
    QCOMPARE(TimelineView::axisTicks({10 * kDay - kHour, 10 * kDay + 2 * kHour}, kHour, offsetAt),
             (std::vector<qint64>{10 * kDay - kHour, 10 * kDay, 10 * kDay + kHour, 10 * kDay + 2 * kHour}));
    // Every six hours across the autumn change: 00:00, 06:00 and 12:00 local on both sides.
    for (const qint64 tick : TimelineView::axisTicks({19 * kDay, 22 * kDay}, 6 * kHour, offsetAt))
        QCOMPARE((tick + offsetAt(tick)) % (6 * kHour), 0);
}

void TestTimelinePage::zoomAndPanMoveTheRange()
{
    QSignalSpy changed(view(), &TimelineView::visibleRangeChanged);
    const spans::Period before = view()->visibleRange();
    // Zooming around a point keeps that point where it was on screen.
    const qint64 anchor = before.start + before.duration() / 4;
    const double anchorX = view()->xOf(anchor);
    view()->zoom(0.5, anchor);
    QCOMPARE(view()->visibleRange().duration(), before.duration() / 2);
    QVERIFY(std::abs(view()->xOf(anchor) - anchorX) < 1.0);
    QCOMPARE(changed.size(), 1);

    // The keyboard: + zooms in, - out, arrows pan by a tenth.
    view()->setFocus();
    const spans::Period zoomed = view()->visibleRange();
    QTest::keyClick(view(), Qt::Key_Minus);
    QVERIFY(view()->visibleRange().duration() > zoomed.duration());
    QTest::keyClick(view(), Qt::Key_Plus);
    QVERIFY(std::abs(view()->visibleRange().duration() - zoomed.duration()) < 1'000'000);
    const spans::Period panned = view()->visibleRange();
    QTest::keyClick(view(), Qt::Key_Right);
    QVERIFY(view()->visibleRange().start > panned.start);
    QCOMPARE(view()->visibleRange().duration(), panned.duration());

    // Dragging to the left moves later in time by as much time as the pixels dragged.
    const spans::Period dragged = view()->visibleRange();
    const QPoint from = view()->laneRect(0).center();
    QTest::mousePress(view(), Qt::LeftButton, {}, from);
    QTest::mouseMove(view(), from - QPoint(100, 0));
    QTest::mouseRelease(view(), Qt::LeftButton, {}, from - QPoint(100, 0));
    const qint64 expectedShift = view()->timeAt(from.x()) - view()->timeAt(from.x() - 100);
    QVERIFY(std::abs(view()->visibleRange().start - dragged.start - expectedShift) < expectedShift / 50);

    // A wheel notch up zooms in around the cursor.
    const spans::Period wheeled = view()->visibleRange();
    const QPointF cursor = view()->laneRect(0).center();
    const qint64 under = view()->timeAt(cursor.x());
    QWheelEvent wheel(cursor, view()->mapToGlobal(cursor), {}, QPoint(0, 120), Qt::NoButton, Qt::NoModifier,
                      Qt::NoScrollPhase, false);
    QCoreApplication::sendEvent(view(), &wheel);
    QVERIFY(view()->visibleRange().duration() < wheeled.duration());
    QVERIFY(std::abs(view()->timeAt(cursor.x()) - under) < view()->visibleRange().duration() / 500);

    // Limits: from two minutes to two weeks.
    view()->zoom(1e-6);
    QCOMPARE(view()->visibleRange().duration(), TimelineView::kMinSpan);
    view()->zoom(1e6);
    QCOMPARE(view()->visibleRange().duration(), TimelineView::kMaxSpan);
}

void TestTimelinePage::movingAwayReadsTheNewRange()
{
    // Five days back is outside what was read: the page reads it and the events are there.
    const qint64 start = ActivityHistory::codeStart(m_history.calendar, 5);
    const spans::Period target{start - 3600'000'000'000, start + 3 * 3600'000'000'000};
    QVERIFY(target.start < view()->data().loaded.start);
    m_shown->clear();
    view()->setVisibleRange(target);
    QTRY_VERIFY(m_shown->size() > 0);
    QVERIFY(view()->data().loaded.start <= target.start && target.end <= view()->data().loaded.end);
    const auto &items = view()->data().lanes.at(laneOf(ActivityHistory::kWindow)).items;
    QVERIFY(
        std::any_of(items.begin(), items.end(), [&](const TimelineView::Item &item) { return item.start == start; }));
    // Going back to now through the button reads again.
    m_shown->clear();
    QTest::mouseClick(m_page->findChild<QToolButton *>(u"nowButton"_s), Qt::LeftButton);
    QVERIFY(view()->visibleRange().end > m_history.clock->nowNanos());
    QTRY_VERIFY(m_shown->size() > 0);
}

void TestTimelinePage::tooltipOfAKnownEvent()
{
    // Yesterday's code session: 06:00 local for 95 minutes.
    const qint64 start = ActivityHistory::codeStart(m_history.calendar, 1);
    const qint64 length = ActivityHistory::codeDuration(1);
    m_shown->clear();
    view()->setVisibleRange({start - 3600'000'000'000, start + 3 * 3600'000'000'000});
    QTRY_VERIFY(m_shown->size() > 0);
    const int lane = laneOf(ActivityHistory::kWindow);
    const QPoint inside(int(view()->xOf(start + length / 2)), view()->laneRect(lane).center().y());
    const auto hit = view()->hitTest(inside);
    QVERIFY(hit);
    QCOMPARE(hit->lane, lane);
    const QString text = view()->toolTipText(*hit);
    // The app's name, then the id it was recorded with.
#if defined(Q_OS_UNIX) && !defined(Q_OS_MACOS)
    QVERIFY2(text.contains(u"App: Visual Studio Code (code)"_s), qPrintable(text));
#else
    QVERIFY2(text.contains(u"App: code"_s), qPrintable(text));
#endif
    QVERIFY(text.contains(u"Title: main.cpp"_s));
    QVERIFY(text.contains(u"Category: Work › Programming"_s));
    QVERIFY(text.contains(u"Duration: %1"_s.arg(DurationText::format(length))));
    QVERIFY(text.contains(Timestamp::toDateTime(start).toLocalTime().time().toString(u"HH:mm:ss"_s)));

    // The AFK lane says whether the user was there; far from any event nothing is hit.
    const auto afk = view()->hitTest(QPoint(inside.x(), view()->laneRect(laneOf(ActivityHistory::kAfk)).center().y()));
    QVERIFY(afk);
    QVERIFY(view()->toolTipText(*afk).startsWith(u"Active"_s));
    QVERIFY(!view()->hitTest(QPoint(int(view()->xOf(start - 1800'000'000'000)), inside.y())));
    // The label column is not the plot.
    QVERIFY(!view()->hitTest(QPoint(2, inside.y())));
}

void TestTimelinePage::readingMatchesTheStore()
{
    // The page's read gives every event of a bucket in the range, as the reader sees them.
    ReportEngine engine(m_history.tracker->location().databasePath());
    QVERIFY(engine.loadSettings());
    const spans::Period week = m_history.calendar.week(ActivityHistory::today());
    QString error;
    const auto data = TimelinePage::read(engine, week, {}, &error);
    QVERIFY2(data, qPrintable(error));
    const auto events = engine.reader().events(ActivityHistory::kWindow, {week.start, week.end});
    QVERIFY(events);
    QCOMPARE(qsizetype(data->lanes.at(0).items.size()), events->size());
    qint64 total = 0;
    for (const TimelineView::Item &item : data->lanes.at(0).items)
        total += item.end - item.start;
    qint64 expected = 0;
    for (const Event &event : *events)
        expected += event.duration;
    QCOMPARE(total, expected);
    // Distinct data only once: four apps with one title each.
    QCOMPARE(data->infos.size(), 4 + 1);
}

void TestTimelinePage::pickingADateShowsThatDay()
{
    auto *picker = m_page->findChild<DatePicker *>(u"datePicker"_s);
    QVERIFY(picker);
    // The picker follows the view: it shows today.
    QCOMPARE(picker->date(), ActivityHistory::today());
    const QDate day = ActivityHistory::today().addDays(-6);
    m_shown->clear();
    picker->setDate(day);
    QVERIFY(view()->visibleRange() == m_history.calendar.day(day));
    QTRY_VERIFY(m_shown->size() > 0);
    const qint64 start = ActivityHistory::codeStart(m_history.calendar, 6);
    const auto &items = view()->data().lanes.at(laneOf(ActivityHistory::kWindow)).items;
    QVERIFY(
        std::any_of(items.begin(), items.end(), [&](const TimelineView::Item &item) { return item.start == start; }));
    QCOMPARE(picker->date(), day);
}

void TestTimelinePage::pageKeysMoveByTheSpanAndHomeReturns()
{
    m_page->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_page.get()));
    view()->setFocus();
    const spans::Period before = view()->visibleRange();
    const qint64 span = before.duration();
    // The keys click the Earlier / Later / Now buttons (a click is shown for a moment first).
    QTest::keyClick(view(), Qt::Key_PageUp);
    QTRY_COMPARE(view()->visibleRange().start, before.start - span);
    QCOMPARE(view()->visibleRange().end, before.end - span);
    QTest::keyClick(view(), Qt::Key_PageUp);
    QTRY_COMPARE(view()->visibleRange().start, before.start - 2 * span);
    QTest::keyClick(view(), Qt::Key_PageUp);
    QTRY_COMPARE(view()->visibleRange().start, before.start - 3 * span);
    QTest::keyClick(view(), Qt::Key_PageDown);
    QTRY_COMPARE(view()->visibleRange().start, before.start - 2 * span);
    QCOMPARE(view()->visibleRange().duration(), span);
    // Home: back to now, with the same span.
    QTest::keyClick(view(), Qt::Key_Home);
    const qint64 now = m_history.clock->nowNanos();
    QTRY_VERIFY(view()->visibleRange().start < now && now < view()->visibleRange().end);
    QCOMPARE(view()->visibleRange().duration(), span);
}

void TestTimelinePage::headerShowsTheYearOutsideThisYear()
{
    auto *label = m_page->findChild<QLabel *>(u"rangeLabel"_s);
    QVERIFY(label);
    // Now is in 2026: no year.
    QVERIFY2(!label->text().contains(u"2026"_s), qPrintable(label->text()));
    m_page->showDate({2025, 1, 16});
    QVERIFY2(label->text().contains(u"2025"_s), qPrintable(label->text()));
    // A span across new year shows both years.
    m_page->showPeriod({m_history.calendar.dayStart({2025, 12, 30}), m_history.calendar.dayStart({2026, 1, 2})});
    QVERIFY2(label->text().contains(u"2025"_s) && label->text().contains(u"2026"_s), qPrintable(label->text()));
    // "This year" is the clock's: a year later, 2026 is shown too.
    m_page->showDate(ActivityHistory::today());
    QVERIFY(!label->text().contains(u"2026"_s));
    constexpr qint64 kYearMs = qint64(366) * 86'400'000;
    m_history.clock->jumpWallMs(kYearMs);
    m_page->showDate(ActivityHistory::today().addDays(-1));
    QVERIFY2(label->text().contains(u"2026"_s), qPrintable(label->text()));
    m_history.clock->jumpWallMs(-kYearMs);
}

void TestTimelinePage::daysWithDataAreBold()
{
    auto *picker = m_page->findChild<DatePicker *>(u"datePicker"_s);
    QVERIFY(picker);
    QSignalSpy marked(picker, &DatePicker::daysMarked);
    // Opening the calendar (its arrow at the right end) reads the days of its page.
    QTest::mouseClick(picker, Qt::LeftButton, {}, QPoint(picker->width() - 6, picker->height() / 2));
    QTRY_VERIFY(marked.size() > 0);
    QCalendarWidget *calendar = picker->calendarWidget();
    QVERIFY(calendar->isVisible());
    const QDate today = ActivityHistory::today();
    for (QDate day(2026, 7, 1); day.month() == 7; day = day.addDays(1)) {
        const bool hasData = day > today.addDays(-ActivityHistory::kDays) && day <= today;
        QCOMPARE(calendar->dateTextFormat(day).fontWeight() == QFont::Bold, hasData);
    }
    // Another page reads again: June has no data.
    marked.clear();
    calendar->setCurrentPage(2026, 6);
    QTRY_VERIFY(marked.size() > 0);
    QCOMPARE(calendar->dateTextFormat({2026, 6, 15}).fontWeight() == QFont::Bold, false);
    QCOMPARE(calendar->dateTextFormat({2026, 7, 20}).fontWeight() == QFont::Bold, false);
    QTest::keyClick(calendar, Qt::Key_Escape);
}

QTEST_MAIN(TestTimelinePage)
#include "TestTimelinePage.moc"
