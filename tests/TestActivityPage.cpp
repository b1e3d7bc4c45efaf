// The Activity page on a generated history: the figures, lists and charts shown equal what the
// reports engine computes for the same period and filter, through day -> week -> previous week ->
// month -> year, clicks on an app, a category slice and a day's bar, the charts' round duration
// ticks and palette colours, and the hint when much of the time is uncategorized.
#include "ActivityHistory.h"
#include "ActivityPage.h"
#include "BarList.h"
#include "CategoryColors.h"
#include "ChartTheme.h"
#include "DatePicker.h"
#include "DesktopEntries.h"
#include "DonutChart.h"
#include "DurationAxis.h"
#include "DurationText.h"
#include "ElidedLabel.h"
#include "FakeBackends.h"
#include "MockClock.h"
#include "StackedBarChart.h"
#include "TimelineStrip.h"
#include "reports/ReportEngine.h"
#include "reports/ReportThread.h"
#include "reports/SummaryBuilder.h"
#include "settings/SettingKeys.h"
#include "watchers/WindowWatcher.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QCalendarWidget>
#include <QImage>
#include <QLabel>
#include <QLegend>
#include <QPieSeries>
#include <QPieSlice>
#include <QPushButton>
#include <QSignalSpy>
#include <QStackedBarSeries>
#include <QTemporaryDir>
#include <QTest>
#include <QTextCharFormat>
#include <QToolButton>

using namespace stint;
using namespace stint::test;

namespace {

// Chart values are minutes in doubles; equal to the engine's nanoseconds up to rounding.
bool sameDuration(double value, qint64 nanos)
{
    return std::abs(value - DurationAxis::valueOf(nanos)) < 1e-9;
}

// Where a point of the chart (in chart coordinates) is in the view's viewport.
QPoint viewportPoint(const QChartView *view, QPointF chartPoint)
{
    return view->mapFromScene(view->chart()->mapToScene(chartPoint));
}

// What the page calls an app: the name of its desktop entry (written in initTestCase), else its id.
QString shownAppName(const QString &app)
{
#if defined(Q_OS_UNIX) && !defined(Q_OS_MACOS)
    if (app == u"code"_s)
        return u"Visual Studio Code"_s;
    if (app == u"firefox"_s)
        return u"Firefox ESR"_s;
#endif
    return app;
}

} // namespace

class TestActivityPage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void dayWeekAndPreviousMatchTheEngine();
    void clickingAnAppFiltersEverything();
    void topAppsShowNamesAndIcons();
    void clickingACategoryFilters();
    void topCategoriesAreATree();
    void clickingADonutSliceFilters();
    void clickingADayBarOpensTheDay();
    void durationTicksAreRound();
    void chartsFollowThePalette();
    void uncategorizedHint();
    void currentActivityIsLive();
    void startOfWeekSettingIsRespected();
    void stripSlotsOfAYear();
    void hourBoundsFollowTheDays();
    void detailRepeatingTheNameIsLeftOut();
    void typedDateAppliesOnEnter();

private:
    // What the engine says for this period and filter, read here in the test thread.
    Summary expected(spans::Period period, const ReportFilter &filter = {});
    void verifyShows(const Summary &summary);
    void verifyCharts(const Summary &summary);
    bool waitShown();
    template<typename T>
    T *find(const char *name)
    {
        return m_page->findChild<T *>(QString::fromLatin1(name));
    }

    QTemporaryDir m_appData; // the XDG data directory with the apps' desktop entries
    ActivityHistoryFixture m_history;
    std::unique_ptr<ActivityPage> m_page;
    std::unique_ptr<QSignalSpy> m_shown;
};

void TestActivityPage::initTestCase()
{
    // Desktop entries for two of the history's apps, read when the first report needs them.
    QVERIFY(m_appData.isValid());
    qputenv("XDG_DATA_HOME", QFile::encodeName(m_appData.path()));
    qputenv("XDG_DATA_DIRS", QFile::encodeName(m_appData.path()));
    QImage icon(16, 16, QImage::Format_RGB32);
    icon.fill(QColor(0x12, 0x34, 0x56));
    const QString iconPath = m_appData.filePath(u"code-icon.png"_s);
    QVERIFY(icon.save(iconPath));
    QVERIFY(
        writeDesktopEntry(m_appData.path(), u"code.desktop"_s, {u"Name=Visual Studio Code"_s, u"Icon="_s + iconPath}));
    QVERIFY(writeDesktopEntry(m_appData.path(), u"firefox-esr.desktop"_s,
                              {u"Name=Firefox ESR"_s, u"Icon=no-such-theme-icon"_s, u"StartupWMClass=firefox"_s}));
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
    // The score's scale is explained where it is shown.
    QVERIFY(find<QLabel>("productivityLabel")->toolTip().contains(u"weighted by the time"_s));
    const QList<BarList::Entry> &apps = find<BarList>("topAppsChart")->entries();
    QCOMPARE(apps.size(), std::min<qsizetype>(summary.apps.size(), ActivityPage::kTopEntries));
    for (int i = 0; i < apps.size(); ++i) {
        QCOMPARE(apps.at(i).key, summary.apps.at(i).name);
        QCOMPARE(apps.at(i).duration, summary.apps.at(i).duration);
    }
    const QList<BarList::Entry> &titles = find<BarList>("topTitlesChart")->entries();
    QCOMPARE(titles.size(), std::min<qsizetype>(summary.titles.size(), ActivityPage::kTopEntries));
    for (int i = 0; i < titles.size(); ++i) {
        QCOMPARE(titles.at(i).label, summary.titles.at(i).name);
        // The app by the name Top apps gives it.
        QCOMPARE(titles.at(i).detail, shownAppName(summary.titles.at(i).detail));
    }
    verifyCharts(summary);
    qint64 strip = 0;
    for (const TimelineStrip::Slot &slot : find<TimelineStrip>("timelineStrip")->slotList())
        strip += slot.paused ? 0 : slot.active;
    QCOMPARE(strip, summary.activeTime);
}

void TestActivityPage::verifyCharts(const Summary &summary)
{
    // The donut: one slice per top-level category, of its total, which add up to the active time.
    auto *donut = find<DonutChart>("categoryChart");
    QVERIFY(donut);
    const QList<QPieSlice *> slices = donut->series()->slices();
    QCOMPARE(slices.size(), summary.topCategories.size());
    double sliceSum = 0;
    for (QPieSlice *slice : slices) {
        const auto total = std::find_if(summary.categories.begin(), summary.categories.end(),
                                        [&](const CategoryTotal &c) { return c.name == QStringList{slice->label()}; });
        QVERIFY2(total != summary.categories.end(), qPrintable(slice->label()));
        QVERIFY(sameDuration(slice->value(), total->duration));
        sliceSum += slice->value();
    }
    QVERIFY(sameDuration(sliceSum, summary.activeTime));
    QCOMPARE(donut->centerText(), DurationText::format(summary.activeTime));

    // The time per slot: one bar set per top-level category, with the engine's split of each
    // hour (from the start of day), day, or month.
    auto *bars = find<StackedBarChart>("hourChart");
    QVERIFY(bars);
    const QList<QBarSet *> sets = bars->series()->barSets();
    QCOMPARE(sets.size(), summary.topCategories.size());
    const PeriodNavigator::Span span = m_page->navigator()->span();
    QList<QList<qint64>> expectedParts(summary.topCategories.size());
    for (qsizetype i = 0; i < summary.topCategories.size(); ++i) {
        if (span == PeriodNavigator::Span::Day) {
            const int firstHour = m_page->navigator()->calendar().startOfDay().hour();
            for (int h = 0; h < 24; ++h)
                expectedParts[i].append(summary.perHourByCategory[size_t((firstHour + h) % 24)].at(i));
        } else {
            for (const DayTotal &day : summary.perDay) {
                if (span != PeriodNavigator::Span::Year || day.date.day() == 1 || expectedParts[i].isEmpty())
                    expectedParts[i].append(0);
                expectedParts[i].last() += day.byCategory.at(i);
            }
        }
    }
    double barSum = 0;
    for (qsizetype i = 0; i < sets.size(); ++i) {
        QCOMPARE(sets.at(i)->label(), summary.topCategories.at(i).first());
        QCOMPARE(sets.at(i)->count(), expectedParts.at(i).size());
        for (int column = 0; column < sets.at(i)->count(); ++column) {
            QVERIFY2(sameDuration(sets.at(i)->at(column), expectedParts.at(i).at(column)),
                     qPrintable(u"%1, column %2"_s.arg(sets.at(i)->label()).arg(column)));
            barSum += sets.at(i)->at(column);
        }
    }
    QVERIFY(sameDuration(barSum, summary.activeTime));
    QCOMPARE(bars->categoryAxis()->count(), bars->columns().size());
}

void TestActivityPage::dayWeekAndPreviousMatchTheEngine()
{
    const QDate today = ActivityHistory::today();
    auto *label = find<QLabel>("periodLabel");
    QVERIFY(label);
    QVERIFY(label->text().contains(QLocale().toString(today, u"d MMMM yyyy"_s)));
    verifyShows(expected(m_history.calendar.day(today)));
    QCOMPARE(find<StackedBarChart>("hourChart")->columns().size(), 24);
    QVERIFY(!find<QToolButton>("nextPeriodButton")->isEnabled());
    QVERIFY(!find<QToolButton>("todayButton")->isEnabled());

    QTest::mouseClick(find<QToolButton>("weekButton"), Qt::LeftButton);
    QVERIFY(waitShown());
    QCOMPARE(m_page->navigator()->span(), PeriodNavigator::Span::Week);
    verifyShows(expected(m_history.calendar.week(today)));
    QCOMPARE(find<StackedBarChart>("hourChart")->columns().size(), 7);

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
    QTest::mouseClick(find<QToolButton>("monthButton"), Qt::LeftButton);
    QVERIFY(waitShown());
    verifyShows(expected(m_history.calendar.month(today)));
    QCOMPARE(find<StackedBarChart>("hourChart")->columns().size(), today.daysInMonth());
    QTest::mouseClick(find<QToolButton>("yearButton"), Qt::LeftButton);
    QVERIFY(waitShown());
    const Summary year = expected(m_history.calendar.year(today));
    verifyShows(year);
    QCOMPARE(find<StackedBarChart>("hourChart")->columns().size(), 12);
    // The year's strip comes from the per-day rollups in slots of whole days, each with its day's
    // active time.
    const QList<TimelineStrip::Slot> &slots = find<TimelineStrip>("timelineStrip")->slotList();
    QVERIFY(!slots.isEmpty());
    for (const TimelineStrip::Slot &slot : slots) {
        const QDate date = m_history.calendar.dateOf(slot.start);
        QCOMPARE(slot.start, m_history.calendar.dayStart(date));
        QCOMPARE(slot.end, m_history.calendar.dayStart(date.addDays(1)));
        const auto day = std::find_if(year.perDay.begin(), year.perDay.end(),
                                      [&](const DayTotal &total) { return total.date == date; });
        QVERIFY(day != year.perDay.end());
        if (!slot.paused)
            QCOMPARE(slot.active, day->duration);
    }
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

// Top apps shows the names and icons of the apps' desktop entries; the recorded id stays the key.
void TestActivityPage::topAppsShowNamesAndIcons()
{
    const QList<BarList::Entry> &apps = find<BarList>("topAppsChart")->entries();
    const auto entry = [&](const QString &key) {
        const auto found =
            std::find_if(apps.begin(), apps.end(), [&](const BarList::Entry &e) { return e.key == key; });
        return found != apps.end() ? *found : BarList::Entry();
    };
    for (const BarList::Entry &app : apps)
        QVERIFY2(!app.icon.isNull(), qPrintable(app.key));
    // No entry: the id, with the generic icon.
    QCOMPARE(entry(u"mystery-tool"_s).label, u"mystery-tool"_s);
#if defined(Q_OS_UNIX) && !defined(Q_OS_MACOS)
    const BarList::Entry code = entry(u"code"_s);
    QCOMPARE(code.label, u"Visual Studio Code"_s);
    QVERIFY(code.toolTip.contains(u"(code)"_s));
    // The entry's own icon file, not the generic one.
    QCOMPARE(code.icon.pixmap(16, 16).toImage().pixelColor(8, 8), QColor(0x12, 0x34, 0x56));
    QVERIFY(entry(u"mystery-tool"_s).icon.pixmap(16, 16).toImage().pixelColor(8, 8) != QColor(0x12, 0x34, 0x56));
    // By its window class; the theme has no such icon, so the generic one.
    QCOMPARE(entry(u"firefox"_s).label, u"Firefox ESR"_s);
#endif
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

// Top categories is the category tree: a subcategory indented under its parent, whose total
// includes it (not "Work 2 min" and "Work › Programming 2 min" as if counted twice).
void TestActivityPage::topCategoriesAreATree()
{
    const Summary day = expected(m_history.calendar.day(ActivityHistory::today()));
    auto *list = find<BarList>("topCategoriesChart");
    const QList<BarList::Entry> &entries = list->entries();
    QVERIFY(!entries.isEmpty());
    int children = 0;
    QList<int> parents; // the row of the entry at each depth above the current one
    for (int row = 0; row < entries.size(); ++row) {
        const BarList::Entry &entry = entries.at(row);
        const QStringList name = ActivityPage::categoryOfKey(entry.key);
        QCOMPARE(entry.depth, name.size() - 1);
        QCOMPARE(entry.label, name.last());
        QCOMPARE(entry.toolTip, name.join(u" › "_s));
        parents.resize(entry.depth);
        if (entry.depth > 0) {
            // Right under its parent's subtree, indented further than the parent.
            QVERIFY2(parents.size() == entry.depth, qPrintable(entry.key));
            const int parent = parents.last();
            QCOMPARE(ActivityPage::categoryOfKey(entries.at(parent).key), name.first(name.size() - 1));
            QVERIFY(list->contentRect(row).left() > list->contentRect(parent).left());
            QVERIFY(entries.at(parent).duration >= entry.duration);
            ++children;
        } else {
            QCOMPARE(list->contentRect(row).left(), list->contentRect(0).left());
        }
        parents.append(row);
        // The total includes the subcategories: its own time plus theirs.
        const auto total = std::find_if(day.categories.begin(), day.categories.end(),
                                        [&](const CategoryTotal &c) { return c.name == name; });
        QVERIFY(total != day.categories.end());
        QCOMPARE(entry.duration, total->duration);
        qint64 sum = total->own;
        for (const CategoryTotal &c : day.categories) {
            if (c.name.size() == name.size() + 1 && c.name.first(name.size()) == name)
                sum += c.duration;
        }
        QCOMPARE(entry.duration, sum);
    }
    QVERIFY(children > 0); // Work › Programming under Work
    const auto work =
        std::find_if(entries.begin(), entries.end(), [](const BarList::Entry &e) { return e.toolTip == u"Work"_s; });
    const auto programming = std::find_if(entries.begin(), entries.end(),
                                          [](const BarList::Entry &e) { return e.toolTip == u"Work › Programming"_s; });
    QVERIFY(work != entries.end() && programming != entries.end());
    QVERIFY(programming > work);
    QVERIFY(work->duration >= programming->duration);
}

void TestActivityPage::clickingADonutSliceFilters()
{
    const spans::Period day = m_history.calendar.day(ActivityHistory::today());
    auto *donut = find<DonutChart>("categoryChart");
    int work = -1;
    for (int i = 0; i < donut->slices().size(); ++i) {
        if (ActivityPage::categoryOfKey(donut->slices().at(i).key) == QStringList{u"Work"_s})
            work = i;
    }
    QVERIFY(work >= 0);
    // The middle of the slice's ring segment (angles run clockwise from 12 o'clock).
    const auto slicePoint = [&] {
        const QPieSlice *slice = donut->pieSlice(work);
        const QRectF plot = donut->chart()->plotArea();
        const qreal radius =
            std::min(plot.width(), plot.height()) / 2 * (donut->series()->holeSize() + donut->series()->pieSize()) / 2;
        const qreal angle = qDegreesToRadians(slice->startAngle() + slice->angleSpan() / 2);
        return viewportPoint(donut, plot.center() + QPointF(radius * std::sin(angle), -radius * std::cos(angle)));
    };
    // Hovering names the slice in the hole, with its time and share.
    const QString total = donut->centerText();
    // Two moves: the first one enters the view, the second one the slice.
    QTest::mouseMove(donut->viewport(), slicePoint() + QPoint(1, 1));
    QTest::mouseMove(donut->viewport(), slicePoint());
    QTRY_VERIFY2(donut->centerText().startsWith(u"Work"_s), qPrintable(donut->centerText()));
    QVERIFY(donut->centerText().contains(DurationText::format(donut->slices().at(work).duration)));
    QVERIFY(donut->pieSlice(work)->isExploded());

    QTest::mouseClick(donut->viewport(), Qt::LeftButton, {}, slicePoint());
    QVERIFY(waitShown());
    QCOMPARE(m_page->filter().category, QStringList{u"Work"_s});
    verifyShows(expected(day, ReportFilter{{}, {u"Work"_s}}));
    QVERIFY(find<QWidget>("filterBar")->isVisible());
    QCOMPARE(donut->slices().size(), 1);
    QVERIFY(donut->pieSlice(0)->isExploded());
    QVERIFY(donut->centerText() != total);
}

void TestActivityPage::clickingADayBarOpensTheDay()
{
    QTest::mouseClick(find<QToolButton>("weekButton"), Qt::LeftButton);
    QVERIFY(waitShown());
    auto *bars = find<StackedBarChart>("hourChart");
    // The second day with time in this week (not today: opening today would be no change of day).
    const spans::Period week = m_history.calendar.week(ActivityHistory::today());
    const Summary summary = expected(week);
    int column = -1;
    for (int i = 0; i < summary.perDay.size() && column < 0; ++i) {
        if (summary.perDay.at(i).duration > 0 && summary.perDay.at(i).date != ActivityHistory::today())
            column = i;
    }
    QVERIFY(column >= 0);
    const QDate date = summary.perDay.at(column).date;
    QCOMPARE(bars->duration(column), summary.perDay.at(column).duration);
    QVERIFY(bars->describe(column).contains(DurationText::format(summary.perDay.at(column).duration)));
    const QPointF middle(column, DurationAxis::valueOf(bars->duration(column)) / 2);
    const QPoint point = viewportPoint(bars, bars->chart()->mapToPosition(middle, bars->series()));
    QTest::mouseClick(bars->viewport(), Qt::LeftButton, {}, point);
    QVERIFY(waitShown());
    QCOMPARE(m_page->navigator()->span(), PeriodNavigator::Span::Day);
    QCOMPARE(m_page->navigator()->date(), date);
    verifyShows(expected(m_history.calendar.day(date)));

    // A click on an hour of a day goes nowhere.
    QTest::mouseClick(bars->viewport(), Qt::LeftButton, {}, point);
    QTest::qWait(50);
    QCOMPARE(m_page->navigator()->span(), PeriodNavigator::Span::Day);
    QCOMPARE(m_page->navigator()->date(), date);
}

void TestActivityPage::durationTicksAreRound()
{
    // The day, the week and the month: the value axis ends at a round step above the longest
    // bar, every tick a whole multiple of that step, labelled as a duration.
    for (const char *button : {"dayButton", "weekButton", "monthButton"}) {
        QTest::mouseClick(find<QToolButton>(button), Qt::LeftButton);
        if (m_page->navigator()->span() != PeriodNavigator::Span::Day)
            QVERIFY(waitShown());
        auto *bars = find<StackedBarChart>("hourChart");
        qint64 longest = 0;
        for (int i = 0; i < bars->columns().size(); ++i)
            longest = std::max(longest, bars->duration(i));
        QVERIFY(longest > 0);
        DurationAxis *axis = bars->valueAxis();
        const DurationScale scale = axis->scale();
        QCOMPARE(scale, DurationScale::of(longest));
        const qint64 minute = ActivityHistory::kMinute;
        const QList<qint64> roundSteps{1 * minute,  2 * minute,  5 * minute,   10 * minute,  15 * minute,
                                       30 * minute, 60 * minute, 120 * minute, 240 * minute, 480 * minute};
        QVERIFY2(roundSteps.contains(scale.step), qPrintable(DurationText::format(scale.step)));
        QVERIFY(scale.max >= longest && scale.max - scale.step < longest);
        QCOMPARE(axis->min(), 0.0);
        QVERIFY(sameDuration(axis->max(), scale.max));
        const QStringList labels = axis->categoriesLabels();
        QCOMPARE(labels.size(), scale.intervals());
        for (int i = 0; i < labels.size(); ++i) {
            QCOMPARE(labels.at(i), DurationText::format((i + 1) * scale.step));
            QVERIFY(sameDuration(axis->endValue(labels.at(i)), (i + 1) * scale.step));
        }
    }
}

void TestActivityPage::chartsFollowThePalette()
{
    QPalette dark;
    dark.setColor(QPalette::Window, QColor(0x2b, 0x2d, 0x31));
    dark.setColor(QPalette::WindowText, QColor(0xe6, 0xe6, 0xe6));
    dark.setColor(QPalette::Base, QColor(0x1f, 0x21, 0x24));
    dark.setColor(QPalette::Text, QColor(0xe6, 0xe6, 0xe6));
    QFont font = m_page->font();
    font.setPointSizeF(font.pointSizeF() + 3);
    for (const QPalette &palette : {dark, QPalette(Qt::white)}) {
        m_page->setPalette(palette);
        m_page->setFont(font);
        const QColor base = palette.color(QPalette::Base);
        const QColor text = palette.color(QPalette::Text);
        for (const char *name : {"categoryChart", "hourChart"}) {
            auto *view = find<QChartView>(name);
            QVERIFY(view);
            const QChart *chart = view->chart();
            QCOMPARE(chart->backgroundBrush().color(), base);
            QCOMPARE(chart->legend()->labelColor(), text);
            QCOMPARE(chart->legend()->font(), view->font());
            QCOMPARE(chart->animationOptions(), QChart::NoAnimation);
            QVERIFY(view->renderHints().testFlag(QPainter::Antialiasing));
            for (QAbstractAxis *axis : chart->axes()) {
                QCOMPARE(axis->labelsBrush().color(), text);
                QCOMPARE(axis->labelsFont(), view->font());
                QCOMPARE(axis->gridLineColor(), ChartTheme::gridColor(palette));
            }
        }
        QCOMPARE(find<StackedBarChart>("hourChart")->chart()->axes().size(), 2);
        auto *donut = find<DonutChart>("categoryChart");
        for (QPieSlice *slice : donut->series()->slices())
            QCOMPARE(slice->borderColor(), base);
        // Uncategorized is drawn between the window and text colours of the palette shown.
        QVERIFY(waitShown());
        for (int i = 0; i < donut->slices().size(); ++i) {
            if (ActivityPage::categoryOfKey(donut->slices().at(i).key) == CategoryRules::uncategorized())
                QCOMPARE(donut->pieSlice(i)->color(),
                         CategoryColors::color(CategoryRules::uncategorized(), {}, palette));
        }
    }
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
    // This page's tracker records nothing: the card says so instead of showing a window.
    auto *current = find<ElidedLabel>("currentActivityLabel");
    auto *status = find<QLabel>("recordingStatusLabel");
    QVERIFY(!current->isVisible());
    QVERIFY(status->isVisible());
    QCOMPARE(status->text(), u"Not recording."_s);
    QVERIFY(!find<QPushButton>("resumeButton")->isVisible());
    // A second page on a tracker that watches a fake window system: the heartbeat shows at once,
    // before anything is committed.
    QVERIFY(writeDesktopEntry(m_appData.path(), u"terminal.desktop"_s, {u"Name=Example Terminal"_s}));
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
    QVERIFY(!live->isHidden());
    QVERIFY(page.findChild<QLabel *>(u"recordingStatusLabel"_s)->isHidden());
    // An app the system knows by another name shows by that name (soon after: it is looked up
    // on the reading thread), as in Top apps.
    fake->focus(WindowInfo{u"Terminal"_s, u"make"_s});
#if defined(Q_OS_UNIX) && !defined(Q_OS_MACOS)
    QTRY_VERIFY2(live->text().startsWith(u"Example Terminal — make"_s), qPrintable(live->text()));
#else
    QTRY_VERIFY(live->text().startsWith(u"Terminal — make"_s));
#endif
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
    QCOMPARE(find<StackedBarChart>("hourChart")->columns().first().title,
             QLocale().toString(sunday, QLocale::LongFormat));

    written = m_history.tracker->datastore().setSetting(key, QJsonValue::Null);
    written.waitForFinished();
    QVERIFY(written.result().ok());
    commit = m_history.tracker->datastore().forceCommit();
    commit.waitForFinished();
}

// Slots of whole hours for long periods: a day per slot for a year, two hours for a month,
// following the days' own lengths over DST changes.
void TestActivityPage::hourBoundsFollowTheDays()
{
    const ReportCalendar &calendar = m_history.calendar;
    const auto boundsOf = [&](spans::Period period) {
        return TimelineStrip::hourBounds(SummaryBuilder::dayStarts(period, calendar), ActivityPage::kStripSlots);
    };
    const spans::Period year = calendar.year(QDate(2026, 6, 1));
    const std::vector<qint64> yearBounds = boundsOf(year);
    QCOMPARE(yearBounds.size(), size_t(QDate(2026, 1, 1).daysInYear() + 1));
    QCOMPARE(yearBounds.front(), year.start);
    QCOMPARE(yearBounds.back(), year.end);
    const spans::Period march = calendar.month(QDate(2026, 3, 1));
    const std::vector<qint64> marchBounds = boundsOf(march);
    const qint64 hours = (march.end - march.start) / (3600 * Timestamp::kNanosPerSecond);
    QCOMPARE(marchBounds.size(), size_t(31 * 12 + 1));
    QVERIFY(hours == 31 * 24 || hours == 31 * 24 - 1); // the spring DST change, where the zone has one
    for (size_t i = 1; i < marchBounds.size(); ++i)
        QVERIFY(marchBounds[i] > marchBounds[i - 1]);
    QCOMPARE(marchBounds.back(), march.end);
    const auto slots = TimelineStrip::slotsOf(
        {TimelineSegment{march.start + 1, march.end - 1, false, {}, {}, {}, {}, {u"Work"_s}, {}}}, marchBounds);
    QCOMPARE(slots.size(), qsizetype(marchBounds.size() - 1));
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

// An excluded window is "(excluded)" as app and as title: one "(excluded)", not two.
void TestActivityPage::detailRepeatingTheNameIsLeftOut()
{
    BarList list;
    list.setEntries({{u"a"_s, u"(excluded)"_s, u"(excluded)"_s, 10, {}, 0, {}, {}},
                     {u"b"_s, u"notes.md"_s, u"Editor"_s, 5, {}, 0, {}, {}}});
    QCOMPARE(list.entries().at(0).label, u"(excluded)"_s);
    QVERIFY(list.entries().at(0).detail.isEmpty());
    QCOMPARE(list.entries().at(1).detail, u"Editor"_s);
}

void TestActivityPage::typedDateAppliesOnEnter()
{
    auto *picker = m_page->findChild<DatePicker *>(u"datePicker"_s);
    QVERIFY(picker);
    // A medium format, as some locales show it: each typed key used to navigate ("1" was the 1st).
    picker->setDisplayFormat(u"d MMM yyyy"_s);
    const QDate before = m_page->navigator()->date();
    QSignalSpy changed(m_page->navigator(), &PeriodNavigator::periodChanged);
    m_page->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_page.get()));
    picker->setFocus();
    QTRY_VERIFY(picker->hasFocus());
    QTest::keyClick(picker, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(picker, u"15 Jan 2025"_s);
    QCOMPARE(picker->text(), u"15 Jan 2025"_s);
    QCOMPARE(changed.size(), 0);
    QCOMPARE(m_page->navigator()->date(), before);
    QTest::keyClick(picker, Qt::Key_Return);
    QCOMPARE(changed.size(), 1);
    QCOMPARE(m_page->navigator()->date(), QDate(2025, 1, 15));
    QVERIFY(waitShown());

    // Its calendar marks the days with data in bold.
    QSignalSpy marked(picker, &DatePicker::daysMarked);
    picker->calendarWidget()->setCurrentPage(2026, 6);
    picker->calendarWidget()->setCurrentPage(2026, 7);
    QTRY_VERIFY(marked.size() > 0);
    QCOMPARE(picker->calendarWidget()->dateTextFormat(ActivityHistory::today()).fontWeight(), int(QFont::Bold));
    QVERIFY(
        picker->calendarWidget()->dateTextFormat(ActivityHistory::today().addDays(-ActivityHistory::kDays)).fontWeight()
        != QFont::Bold);
}

QTEST_MAIN(TestActivityPage)
#include "TestActivityPage.moc"
