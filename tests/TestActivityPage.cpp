// The Activity page on a generated history: the figures and lists shown equal what the reports
// engine computes for the same period and filter, through day -> week -> previous week, a click
// on an app, and the hint when much of the time is uncategorized.
#include "ActivityHistory.h"
#include "ActivityPage.h"
#include "BarList.h"
#include "CategoryDonut.h"
#include "ColumnChart.h"
#include "DurationText.h"
#include "ElidedLabel.h"
#include "FakeBackends.h"
#include "MockClock.h"
#include "TimelineStrip.h"
#include "reports/ReportEngine.h"
#include "reports/ReportThread.h"
#include "settings/SettingKeys.h"
#include "watchers/WindowWatcher.h"

#include <QLabel>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

using namespace stint;
using namespace stint::test;

class TestActivityPage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void dayWeekAndPreviousMatchTheEngine();
    void clickingAnAppFiltersEverything();
    void clickingACategoryFilters();
    void uncategorizedHint();
    void currentActivityIsLive();
    void startOfWeekSettingIsRespected();
    void stripSlotsOfAYear();

private:
    // What the engine says for this period and filter, read here in the test thread.
    Summary expected(spans::Period period, const ReportFilter &filter = {});
    void verifyShows(const Summary &summary);
    bool waitShown();
    template<typename T>
    T *find(const char *name)
    {
        return m_page->findChild<T *>(QString::fromLatin1(name));
    }

    ActivityHistoryFixture m_history;
    std::unique_ptr<ActivityPage> m_page;
    std::unique_ptr<QSignalSpy> m_shown;
};

void TestActivityPage::initTestCase()
{
    QVERIFY(m_history.start());
}

void TestActivityPage::init()
{
    m_page = std::make_unique<ActivityPage>(m_history.context());
    m_shown = std::make_unique<QSignalSpy>(m_page.get(), &ActivityPage::shown);
    m_page->resize(1100, 1000);
    m_page->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
    m_page->refresh();
    QVERIFY(waitShown());
}

void TestActivityPage::cleanup()
{
    m_shown.reset();
    m_page.reset();
}

bool TestActivityPage::waitShown()
{
    // Each step asks for one read (a read overtaken by a newer request is not shown).
    const bool shown = QTest::qWaitFor([this] { return !m_shown->isEmpty(); }, 10'000);
    m_shown->clear();
    return shown;
}

Summary TestActivityPage::expected(spans::Period period, const ReportFilter &filter)
{
    ReportEngine engine(m_history.tracker->location().databasePath());
    if (!engine.loadSettings())
        return {};
    return engine.summary(period, {}, filter).value_or(Summary());
}

void TestActivityPage::verifyShows(const Summary &summary)
{
    QVERIFY(summary.activeTime > 0);
    QCOMPARE(find<QLabel>("activeTimeLabel")->text(), DurationText::format(summary.activeTime));
    QCOMPARE(find<QLabel>("productivityLabel")->text(), QLocale().toString(summary.productivity, 'f', 1));
    const QList<BarList::Entry> &apps = find<BarList>("topAppsChart")->entries();
    QCOMPARE(apps.size(), std::min<qsizetype>(summary.apps.size(), ActivityPage::kTopEntries));
    for (int i = 0; i < apps.size(); ++i) {
        QCOMPARE(apps.at(i).key, summary.apps.at(i).name);
        QCOMPARE(apps.at(i).duration, summary.apps.at(i).duration);
    }
    const QList<BarList::Entry> &titles = find<BarList>("topTitlesChart")->entries();
    QCOMPARE(titles.size(), std::min<qsizetype>(summary.titles.size(), ActivityPage::kTopEntries));
    QCOMPARE(titles.at(0).label, summary.titles.at(0).name);
    QCOMPARE(titles.at(0).detail, summary.titles.at(0).detail);
    // The donut holds the top-level categories, which add up to the active time.
    qint64 slices = 0;
    for (const CategoryDonut::Slice &slice : find<CategoryDonut>("categoryChart")->slices())
        slices += slice.duration;
    QCOMPARE(slices, summary.activeTime);
    qint64 columns = 0;
    for (const ColumnChart::Column &column : find<ColumnChart>("hourChart")->columns())
        columns += column.duration;
    QCOMPARE(columns, summary.activeTime);
    qint64 strip = 0;
    for (const TimelineStrip::Slot &slot : find<TimelineStrip>("timelineStrip")->slotList())
        strip += slot.paused ? 0 : slot.active;
    QCOMPARE(strip, summary.activeTime);
}

void TestActivityPage::dayWeekAndPreviousMatchTheEngine()
{
    const QDate today = ActivityHistory::today();
    auto *label = find<QLabel>("periodLabel");
    QVERIFY(label);
    QVERIFY(label->text().contains(QLocale().toString(today, u"d MMMM yyyy"_s)));
    verifyShows(expected(m_history.calendar.day(today)));
    QCOMPARE(find<ColumnChart>("hourChart")->columns().size(), 24);
    QVERIFY(!find<QToolButton>("nextPeriodButton")->isEnabled());
    QVERIFY(!find<QToolButton>("todayButton")->isEnabled());

    QTest::mouseClick(find<QToolButton>("weekButton"), Qt::LeftButton);
    QVERIFY(waitShown());
    QCOMPARE(m_page->navigator()->span(), PeriodNavigator::Span::Week);
    verifyShows(expected(m_history.calendar.week(today)));
    QCOMPARE(find<ColumnChart>("hourChart")->columns().size(), 7);

    QTest::mouseClick(find<QToolButton>("previousPeriodButton"), Qt::LeftButton);
    QVERIFY(waitShown());
    const Summary previous = expected(m_history.calendar.week(today.addDays(-7)));
    verifyShows(previous);
    QVERIFY(find<QToolButton>("nextPeriodButton")->isEnabled());
    QVERIFY(find<QToolButton>("todayButton")->isEnabled());
    const QDate first = m_history.calendar.firstDayOfWeek(today.addDays(-7));
    QVERIFY2(label->text().contains(QLocale().toString(first, u"d MMM"_s)), qPrintable(label->text()));

    // Back to today's day in one step.
    QTest::mouseClick(find<QToolButton>("dayButton"), Qt::LeftButton);
    QTest::mouseClick(find<QToolButton>("todayButton"), Qt::LeftButton);
    QVERIFY(waitShown());
    verifyShows(expected(m_history.calendar.day(today)));

    // A month and a year hold the whole history.
    QTest::mouseClick(find<QToolButton>("yearButton"), Qt::LeftButton);
    QVERIFY(waitShown());
    const Summary year = expected(m_history.calendar.year(today));
    verifyShows(year);
    QCOMPARE(find<ColumnChart>("hourChart")->columns().size(), 12);
}

void TestActivityPage::clickingAnAppFiltersEverything()
{
    const spans::Period day = m_history.calendar.day(ActivityHistory::today());
    auto *apps = find<BarList>("topAppsChart");
    QVERIFY(apps->entries().size() >= 3);
    // The second app of the day (code; the unknown tool leads today).
    const QString app = apps->entries().at(1).key;
    QTest::mouseClick(apps, Qt::LeftButton, {}, apps->rowRect(1).center());
    QVERIFY(waitShown());
    QCOMPARE(m_page->filter().app, app);
    QVERIFY(find<QWidget>("filterBar")->isVisible());
    QVERIFY(find<QLabel>("filterLabel")->text().contains(app));
    const Summary filtered = expected(day, ReportFilter{app, {}});
    QVERIFY(filtered.activeTime < expected(day).activeTime);
    verifyShows(filtered);
    QCOMPARE(apps->entries().size(), 1);

    // Clicking it again shows everything again.
    QTest::mouseClick(apps, Qt::LeftButton, {}, apps->rowRect(0).center());
    QVERIFY(waitShown());
    QVERIFY(m_page->filter().isEmpty());
    QVERIFY(!find<QWidget>("filterBar")->isVisible());
    verifyShows(expected(day));
}

void TestActivityPage::clickingACategoryFilters()
{
    const spans::Period day = m_history.calendar.day(ActivityHistory::today());
    auto *categories = find<BarList>("topCategoriesChart");
    int work = -1;
    for (int i = 0; i < categories->entries().size(); ++i) {
        if (ActivityPage::categoryOfKey(categories->entries().at(i).key) == QStringList{u"Work"_s})
            work = i;
    }
    QVERIFY(work >= 0);
    QTest::mouseClick(categories, Qt::LeftButton, {}, categories->rowRect(work).center());
    QVERIFY(waitShown());
    QCOMPARE(m_page->filter().category, QStringList{u"Work"_s});
    const Summary filtered = expected(day, ReportFilter{{}, {u"Work"_s}});
    verifyShows(filtered);
    QCOMPARE(filtered.activeTime, categories->entries().at(work).duration);
    // Not the unknown app: it has no category.
    for (const BarList::Entry &entry : find<BarList>("topAppsChart")->entries())
        QVERIFY(entry.key != u"mystery-tool"_s);
    QTest::keyClick(m_page.get(), Qt::Key_Escape);
    QVERIFY(waitShown());
    QVERIFY(m_page->filter().isEmpty());
}

void TestActivityPage::uncategorizedHint()
{
    // Today the unknown app takes over 30 % of the time.
    const Summary today = expected(m_history.calendar.day(ActivityHistory::today()));
    qint64 uncategorized = 0;
    for (const CategoryTotal &category : today.categories) {
        if (category.name == CategoryRules::uncategorized())
            uncategorized = category.duration;
    }
    QVERIFY(double(uncategorized) > ActivityPage::kUncategorizedHintShare * double(today.activeTime));
    auto *hint = find<QLabel>("uncategorizedHint");
    QVERIFY(hint->isVisible());
    QVERIFY(hint->text().contains(DurationText::percent(uncategorized, today.activeTime)));
    QSignalSpy rules(m_page.get(), &ActivityPage::showCategoryRulesRequested);
    Q_EMIT hint->linkActivated(u"rules"_s);
    QCOMPARE(rules.size(), 1);

    // Yesterday it was only five minutes.
    QTest::mouseClick(find<QToolButton>("previousPeriodButton"), Qt::LeftButton);
    QVERIFY(waitShown());
    QVERIFY(!hint->isVisible());
}

void TestActivityPage::currentActivityIsLive()
{
    auto *current = find<ElidedLabel>("currentActivityLabel");
    QCOMPARE(current->text(), u"Not recording"_s);
    // A second page on a tracker that watches a fake window system: the heartbeat shows at once,
    // before anything is committed.
    QTemporaryDir dir;
    Tracker tracker(DataLocation(dir.path(), true), nullptr, m_history.clock);
    QString error;
    QVERIFY2(tracker.start(&error), qPrintable(error));
    Fakes fakes = makeFakes(WindowInfo{u"Writer"_s, u"report.odt"_s});
    FakeWindowBackend *fake = fakes.window;
    PlatformBackends backends = std::move(fakes.backends);
    ReportThread reports(tracker.location().databasePath());
    ActivityPage page(UiContext{tracker, reports, tracker.clock()});
    QVERIFY2(tracker.startWatching(std::move(backends), {}, &error), qPrintable(error));
    auto *live = page.findChild<ElidedLabel *>(u"currentActivityLabel"_s);
    QTRY_VERIFY(live->text().startsWith(u"Writer — report.odt"_s));
    fake->focus(WindowInfo{u"Terminal"_s, u"make"_s});
    QTRY_VERIFY(live->text().startsWith(u"Terminal — make"_s));
    QVERIFY(tracker.shutdown().ok());
}

void TestActivityPage::startOfWeekSettingIsRespected()
{
    // Weeks starting on Sunday: the page's week is the engine's, cut by the stored setting.
    const QString key = settings::storageKey(settings::kStartOfWeek);
    QFuture<WriteResult> written = m_history.tracker->datastore().setSetting(key, u"Sunday"_s);
    written.waitForFinished();
    QVERIFY(written.result().ok());
    QFuture<CommitResult> commit = m_history.tracker->datastore().forceCommit();
    commit.waitForFinished();
    QVERIFY(commit.result().ok());

    m_page->refresh();
    QVERIFY(waitShown());
    QTest::mouseClick(find<QToolButton>("weekButton"), Qt::LeftButton);
    QVERIFY(waitShown());
    const ReportCalendar sundays(QTimeZone::systemTimeZone(), ReportCalendar::defaultStartOfDay(), Qt::Sunday);
    const QDate today = ActivityHistory::today();
    const QDate sunday = sundays.firstDayOfWeek(today);
    QCOMPARE(sunday.dayOfWeek(), int(Qt::Sunday));
    QVERIFY2(find<QLabel>("periodLabel")->text().startsWith(QLocale().toString(sunday, u"d MMM"_s)),
             qPrintable(find<QLabel>("periodLabel")->text()));
    // The history covers Sunday the 19th, which a Monday week would leave out.
    const Summary week = expected(sundays.week(today));
    QVERIFY(week.activeTime != expected(m_history.calendar.week(today)).activeTime);
    verifyShows(week);
    QCOMPARE(find<ColumnChart>("hourChart")->columns().first().tooltip,
             QLocale().toString(sunday, QLocale::LongFormat));

    written = m_history.tracker->datastore().setSetting(key, QJsonValue::Null);
    written.waitForFinished();
    QVERIFY(written.result().ok());
    commit = m_history.tracker->datastore().forceCommit();
    commit.waitForFinished();
}

void TestActivityPage::stripSlotsOfAYear()
{
    // Late in a year, where slot arithmetic in nanoseconds would overflow 64 bits if done naively.
    const spans::Period year = m_history.calendar.year(QDate(2026, 12, 20));
    const qint64 hour = 60 * ActivityHistory::kMinute;
    const qint64 start = m_history.calendar.dayStart(QDate(2026, 12, 20)) + 10 * hour;
    TimelineSegment work;
    work.start = start;
    work.end = start + 3 * hour;
    work.category = {u"Work"_s};
    TimelineSegment paused;
    paused.start = start + 5 * hour;
    paused.end = start + 6 * hour;
    paused.paused = true;
    const QList<TimelineStrip::Slot> slots = TimelineStrip::slotsOf({work, paused}, year, ActivityPage::kStripSlots);
    QVERIFY(!slots.isEmpty());
    qint64 active = 0;
    for (const TimelineStrip::Slot &slot : slots) {
        QVERIFY(slot.start >= year.start && slot.end <= year.end && slot.start < slot.end);
        if (!slot.paused) {
            active += slot.active;
            QCOMPARE(slot.category, QStringList{u"Work"_s});
        }
    }
    QCOMPARE(active, 3 * hour);
    QVERIFY(slots.first().start <= work.start && work.start < slots.first().end);
    // A slot of a year is 18 h 15 min long: the two pieces share a slot (which the longer work
    // wins) or fall into two neighbours.
    QVERIFY(slots.size() <= 2);
    QVERIFY(!slots.first().paused);
    // Slots tile the range: the last one ends exactly at its end.
    const QList<TimelineStrip::Slot> last =
        TimelineStrip::slotsOf({TimelineSegment{year.end - hour, year.end, false, {}, {}, {}, {}, {u"Work"_s}, {}}},
                               year, ActivityPage::kStripSlots);
    QCOMPARE(last.size(), 1);
    QCOMPARE(last.first().end, year.end);
    QCOMPARE(last.first().active, hour);
}

QTEST_MAIN(TestActivityPage)
#include "TestActivityPage.moc"
