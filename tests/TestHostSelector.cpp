// The host selector of the Activity, Trends and Timeline pages on a history of several computers
// (HostsHistory.h, with this computer under its real name): it lists the hosts, each choice shows
// the engine's figures for that host, "All computers" the hand-computed union, and the choice is
// kept across pages and for pages made later (as after a restart).
#include "ActivityPage.h"
#include "DurationText.h"
#include "HostSelector.h"
#include "HostsHistory.h"
#include "MockClock.h"
#include "TimelinePage.h"
#include "TimelineView.h"
#include "TrendsPage.h"
#include "UiContext.h"
#include "UiFixture.h"
#include "app/Tracker.h"
#include "reports/ReportCalendar.h"
#include "reports/ReportEngine.h"
#include "reports/ReportThread.h"
#include "util/HostName.h"

#include <QLabel>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace stint;
using namespace stint::test;

class TestHostSelector : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void activityListsTheHostsAndShowsEach();
    void trendsAndTimelineFollowTheChoice();
    void hiddenWithOneHost();

private:
    // Picks the entry with this data the way a user does, from the keyboard.
    static bool choose(HostSelector *selector, const QString &choice);
    static bool waitShown(QSignalSpy &spy);
    Summary expectedSummary(const QString &host);
    Trends expectedTrends(const QString &host);

    QTemporaryDir m_config;
    QTemporaryDir m_dir;
    ReportCalendar m_calendar;
    QString m_here;
    spans::Period m_day;
    std::shared_ptr<MockClock> m_clock;
    std::unique_ptr<Tracker> m_tracker;
    std::unique_ptr<ReportThread> m_reports;
};

void TestHostSelector::initTestCase()
{
    QVERIFY(m_config.isValid() && m_dir.isValid());
    UiFixture::initUiTestCase(m_config);
    m_here = localHostName();
    QVERIFY(m_here != HostsHistory::kAlpha && m_here != HostsHistory::kZeta);
    const QDate today(2026, 7, 23);
    m_day = m_calendar.day(today);
    const qint64 base = m_day.start + 6 * 3600 * HostsHistory::kSecond;
    m_clock = std::make_shared<MockClock>(base + HostsHistory::kEnd + 600 * HostsHistory::kSecond);
    m_tracker = std::make_unique<Tracker>(DataLocation(m_dir.path(), true), nullptr, m_clock);
    QString error;
    QVERIFY2(m_tracker->start(&error), qPrintable(error));
    QVERIFY(HostsHistory::write(m_tracker->datastore(), m_here, base));
    m_reports = std::make_unique<ReportThread>(m_tracker->location().databasePath());
}

void TestHostSelector::cleanupTestCase()
{
    m_reports.reset();
    m_tracker.reset();
}

bool TestHostSelector::choose(HostSelector *selector, const QString &choice)
{
    const int target = selector->findData(choice);
    if (target < 0)
        return false;
    selector->setFocus();
    while (selector->currentIndex() != target) {
        const int before = selector->currentIndex();
        QTest::keyClick(selector, before < target ? Qt::Key_Down : Qt::Key_Up);
        if (selector->currentIndex() == before)
            return false;
    }
    return true;
}

bool TestHostSelector::waitShown(QSignalSpy &spy)
{
    const bool shown = QTest::qWaitFor([&spy] { return !spy.isEmpty(); }, 10'000);
    spy.clear();
    return shown;
}

Summary TestHostSelector::expectedSummary(const QString &host)
{
    ReportEngine engine(m_tracker->location().databasePath());
    if (!engine.loadSettings())
        return {};
    return engine.summary(m_day, host).value_or(Summary());
}

Trends TestHostSelector::expectedTrends(const QString &host)
{
    ReportEngine engine(m_tracker->location().databasePath());
    if (!engine.loadSettings())
        return {};
    return engine.trends({TrendsSpan::Unit::Week, 12}, engine.calendar().dateOf(m_clock->nowNanos()), host)
        .value_or(Trends());
}

void TestHostSelector::activityListsTheHostsAndShowsEach()
{
    ActivityPage page(UiContext{*m_tracker, *m_reports, m_clock});
    QSignalSpy shown(&page, &ActivityPage::shown);
    page.resize(1100, 900);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    page.refresh();
    QVERIFY(waitShown(shown));

    auto *selector = page.findChild<HostSelector *>(u"hostSelector"_s);
    QVERIFY(selector);
    QVERIFY(selector->isVisible());
    QStringList entries;
    for (int i = 0; i < selector->count(); ++i)
        entries << selector->itemData(i).toString();
    QCOMPARE(entries,
             (QStringList{QString(HostSelector::kThisComputer), HostsHistory::kAlpha, HostsHistory::kZeta,
                          QString(HostSelector::kAllComputers)}));
    QVERIFY(selector->itemText(0).contains(m_here));
    auto *active = page.findChild<QLabel *>(u"activeTimeLabel"_s);

    // All computers by default.
    QCOMPARE(selector->currentData().toString(), QString(HostSelector::kAllComputers));
    QCOMPARE(page.summary().activeTime, HostsHistory::kAllActive);

    QVERIFY(choose(selector, HostSelector::kThisComputer));
    QVERIFY(waitShown(shown));
    QCOMPARE(page.summary().activeTime, HostsHistory::kLocalActive);
    QCOMPARE(active->text(), DurationText::format(expectedSummary(m_here).activeTime));

    for (const QString &host : {HostsHistory::kZeta, HostsHistory::kAlpha}) {
        QVERIFY(choose(selector, host));
        QVERIFY(waitShown(shown));
        const Summary want = expectedSummary(host);
        QCOMPARE(page.summary().activeTime, want.activeTime);
        QCOMPARE(page.summary().hosts, QStringList{host});
        QCOMPARE(active->text(), DurationText::format(want.activeTime));
    }
    QCOMPARE(page.summary().activeTime, HostsHistory::kAlphaActive);

    QVERIFY(choose(selector, HostSelector::kAllComputers));
    QVERIFY(waitShown(shown));
    QCOMPARE(page.summary().activeTime, HostsHistory::kAllActive);
    QCOMPARE(page.summary().pausedTime, HostsHistory::kAllPaused);
    QCOMPARE(active->text(), DurationText::format(HostsHistory::kAllActive));
    QCOMPARE(QSettings().value(u"ui/reportHost"_s).toString(), QString(HostSelector::kAllComputers));
}

void TestHostSelector::trendsAndTimelineFollowTheChoice()
{
    // Chosen on the Activity page; pages made afterwards (or after a restart) start with it.
    ActivityPage activity(UiContext{*m_tracker, *m_reports, m_clock});
    QSignalSpy activityShown(&activity, &ActivityPage::shown);
    activity.show();
    QVERIFY(QTest::qWaitForWindowExposed(&activity));
    activity.refresh();
    QVERIFY(waitShown(activityShown));
    QVERIFY(choose(activity.findChild<HostSelector *>(u"hostSelector"_s), HostsHistory::kZeta));
    QVERIFY(waitShown(activityShown));
    QCOMPARE(activity.summary().activeTime, HostsHistory::kZetaActive);
    activity.hide();

    TrendsPage trends(UiContext{*m_tracker, *m_reports, m_clock});
    QSignalSpy trendsShown(&trends, &TrendsPage::shown);
    trends.show();
    QVERIFY(QTest::qWaitForWindowExposed(&trends));
    trends.refresh();
    QVERIFY(waitShown(trendsShown));
    auto *trendsSelector = trends.findChild<HostSelector *>(u"hostSelector"_s);
    QVERIFY(trendsSelector && trendsSelector->isVisible());
    QCOMPARE(trendsSelector->currentData().toString(), HostsHistory::kZeta);
    QCOMPARE(trends.trends().activeTime, HostsHistory::kZetaActive);
    QCOMPARE(trends.trends().toJson(), expectedTrends(HostsHistory::kZeta).toJson());
    QVERIFY(choose(trendsSelector, HostSelector::kAllComputers));
    QVERIFY(waitShown(trendsShown));
    QCOMPARE(trends.trends().activeTime, HostsHistory::kAllActive);
    QCOMPARE(trends.trends().toJson(), expectedTrends({}).toJson());
    trends.hide();

    // The Activity page, shown again, reads with the choice made on the Trends page.
    activity.show();
    QVERIFY(waitShown(activityShown));
    QCOMPARE(activity.findChild<HostSelector *>(u"hostSelector"_s)->currentData().toString(),
             QString(HostSelector::kAllComputers));
    QCOMPARE(activity.summary().activeTime, HostsHistory::kAllActive);
    activity.hide();

    // The timeline keeps a lane per bucket, of the chosen host only.
    TimelinePage timeline(UiContext{*m_tracker, *m_reports, m_clock});
    QSignalSpy timelineShown(&timeline, &TimelinePage::shown);
    timeline.resize(1100, 700);
    timeline.show();
    QVERIFY(QTest::qWaitForWindowExposed(&timeline));
    timeline.showPeriod(m_day);
    timeline.refresh();
    QVERIFY(waitShown(timelineShown));
    const auto laneHosts = [&timeline] {
        QStringList hosts;
        for (const TimelineView::Lane &lane : timeline.view()->data().lanes) {
            if (!hosts.contains(lane.host))
                hosts << lane.host;
        }
        hosts.sort();
        return hosts;
    };
    QCOMPARE(laneHosts(), (QStringList{HostsHistory::kAlpha, m_here, HostsHistory::kZeta}));
    auto *timelineSelector = timeline.findChild<HostSelector *>(u"hostSelector"_s);
    QCOMPARE(timelineSelector->currentData().toString(), QString(HostSelector::kAllComputers));
    QVERIFY(choose(timelineSelector, HostsHistory::kAlpha));
    QTRY_COMPARE_WITH_TIMEOUT(laneHosts(), QStringList{HostsHistory::kAlpha}, 10'000);
    QVERIFY(choose(timelineSelector, HostSelector::kThisComputer));
    QTRY_COMPARE_WITH_TIMEOUT(laneHosts(), QStringList{m_here}, 10'000);
}

void TestHostSelector::hiddenWithOneHost()
{
    QWidget parent;
    auto *selector = new HostSelector(&parent);
    parent.show();
    QVERIFY(QTest::qWaitForWindowExposed(&parent));
    selector->showHosts({QString(HostSelector::kThisComputer), {m_here}, m_here, {}});
    QVERIFY(!selector->isVisible());
    selector->showHosts({QString(HostSelector::kThisComputer), {m_here, HostsHistory::kAlpha}, m_here, m_here});
    QVERIFY(selector->isVisible());
    QCOMPARE(selector->currentData().toString(), QString(HostSelector::kThisComputer));
}

QTEST_MAIN(TestHostSelector)
#include "TestHostSelector.moc"
