// The Trends page in the main window on a generated history: for every span, the figures, the
// series and the category table equal what the reports engine computes, and what stint-cli trends
// prints; a click on a week's bar opens that week on the Activity page.
#include "ActivityHistory.h"
#include "ActivityPage.h"
#include "Desktop.h"
#include "DurationAxis.h"
#include "DurationText.h"
#include "MainWindow.h"
#include "TrendsPage.h"
#include "cli/Cli.h"
#include "reports/ReportEngine.h"

#include <QAreaSeries>
#include <QBarSet>
#include <QChartView>
#include <QComboBox>
#include <QJsonDocument>
#include <QLabel>
#include <QLineSeries>
#include <QSignalSpy>
#include <QStackedBarSeries>
#include <QTableWidget>
#include <QTest>
#include <QToolTip>

using namespace stint;
using namespace stint::test;

namespace {

template<typename Series>
Series *seriesOf(QChartView *view)
{
    for (QAbstractSeries *series : view->chart()->series()) {
        if (auto *typed = qobject_cast<Series *>(series))
            return typed;
    }
    return nullptr;
}

} // namespace

class TestTrendsPage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void everySpanShowsTheEngineFigures();
    void clickingAWeekOpensItOnTheActivityPage();
    void seriesHaveToolTips();

private:
    Trends expected(TrendsSpan span);
    bool showSpan(TrendsSpan span);
    template<typename T>
    T *find(const char *name)
    {
        return m_page->findChild<T *>(QString::fromLatin1(name));
    }

    ActivityHistoryFixture m_history;
    std::unique_ptr<Desktop> m_desktop;
    TrendsPage *m_page = nullptr;
    std::unique_ptr<QSignalSpy> m_shown;
};

void TestTrendsPage::initTestCase()
{
    QVERIFY(m_history.start());
    // Some time further back too, so that every span has a previous one to compare with.
    Datastore &store = m_history.tracker->datastore();
    for (const int back : {35, 100, 400}) {
        const qint64 start = ActivityHistory::codeStart(m_history.calendar, back);
        const qint64 length = 150 * ActivityHistory::kMinute;
        QVERIFY(store.insertEvents(ActivityHistory::kWindow, {Event{0, start, length, window(u"code"_s, u"old.cpp"_s)}})
                    .result()
                    .ok());
        QVERIFY(store.insertEvents(ActivityHistory::kAfk, {Event{0, start, length, {{u"status"_s, u"not-afk"_s}}}})
                    .result()
                    .ok());
    }
    QVERIFY(store.forceCommit().result().ok());

    m_desktop = std::make_unique<Desktop>(*m_history.tracker);
    m_desktop->setQuitConfirmation([] { return true; });
    MainWindow &window = m_desktop->mainWindow();
    m_page = window.findChild<TrendsPage *>(u"trendsPage"_s);
    QVERIFY(m_page);
    m_shown = std::make_unique<QSignalSpy>(m_page, &TrendsPage::shown);
    window.resize(1280, 1700);
    m_desktop->start(false);
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.showPage(window.indexOf(m_page));
    QVERIFY(m_shown->wait(10'000));
}

void TestTrendsPage::cleanupTestCase()
{
    m_shown.reset();
    m_desktop.reset();
}

Trends TestTrendsPage::expected(TrendsSpan span)
{
    ReportEngine engine(m_history.tracker->location().databasePath());
    if (!engine.loadSettings())
        return {};
    return engine.trends(span, engine.calendar().dateOf(m_history.clock->nowNanos())).value_or(Trends());
}

bool TestTrendsPage::showSpan(TrendsSpan span)
{
    if (m_page->span() == span)
        return true;
    m_shown->clear();
    m_page->setSpan(span);
    return QTest::qWaitFor([this] { return !m_shown->isEmpty(); }, 10'000) && m_page->span() == span;
}

void TestTrendsPage::everySpanShowsTheEngineFigures()
{
    const QString dataDir = m_history.tracker->location().directory();
    for (const TrendsSpan &span : TrendsPage::spans()) {
        QVERIFY(showSpan(span));
        const Trends want = expected(span);
        const Trends &shown = m_page->trends();
        QVERIFY(want.activeTime > 0);
        QVERIFY(want.change.has_value()); // the history reaches into the previous span
        QCOMPARE(shown.toJson(), want.toJson());

        // stint-cli prints the same figures for the same last day.
        QString out;
        QString err;
        {
            QTextStream outStream(&out);
            QTextStream errStream(&err);
            Cli cli(outStream, errStream);
            const QString unit = span.unit == TrendsSpan::Unit::Week ? u"--weeks"_s : u"--months"_s;
            QCOMPARE(
                cli.run({u"stint-cli"_s, u"--data-dir"_s, dataDir, u"--testing"_s, u"trends"_s, unit,
                         QString::number(span.count), u"--date"_s, want.lastDay.toString(Qt::ISODate), u"--json"_s}),
                int(Cli::Ok));
        }
        QCOMPARE(QJsonDocument::fromJson(out.toUtf8()).object(), shown.toJson());

        // The figures.
        QCOMPARE(find<QLabel>("trendsTotalLabel")->text(), DurationText::format(want.activeTime));
        QVERIFY2(find<QLabel>("trendsTotalChangeLabel")->text().contains(Trends::changeText(want.change)),
                 qPrintable(find<QLabel>("trendsTotalChangeLabel")->text()));
        QCOMPARE(find<QLabel>("trendsDailyAverageLabel")->text(), DurationText::format(want.dailyAverage));
        QCOMPARE(find<QLabel>("trendsBusiestDayLabel")->text(),
                 QLocale().toString(want.busiestDay, QLocale::ShortFormat));
        QCOMPARE(find<QLabel>("trendsBusiestDayTimeLabel")->text(), DurationText::format(want.busiestDayTime));
        QCOMPARE(find<QLabel>("trendsProductivityLabel")->text(), QLocale().toString(want.productivity, 'f', 1));

        // Stacked bars: one set per top-level category, one value per period, in hours.
        auto *bars = seriesOf<QStackedBarSeries>(find<QChartView>("trendsTimeChart"));
        QVERIFY(bars);
        QCOMPARE(bars->barSets().size(), want.categories.size());
        for (qsizetype c = 0; c < want.categories.size(); ++c) {
            const QBarSet *set = bars->barSets().at(c);
            QCOMPARE(set->label(), want.categories.at(c).name);
            QCOMPARE(set->count(), want.periods.size());
            for (qsizetype i = 0; i < want.periods.size(); ++i)
                QCOMPARE(set->at(i), DurationAxis::valueOf(want.periods.at(i).times[size_t(c)]));
        }

        // The score line has a point for each period with activity.
        auto *line = seriesOf<QLineSeries>(find<QChartView>("trendsScoreChart"));
        QVERIFY(line);
        QList<QPointF> points;
        for (qsizetype i = 0; i < want.periods.size(); ++i) {
            if (want.periods.at(i).activeTime > 0)
                points.append(QPointF(double(i), want.periods.at(i).productivity));
        }
        QCOMPARE(line->points(), points);

        // Stacked percent areas: each upper line is the running sum of the shares.
        const auto areas = find<QChartView>("trendsShareChart")->chart()->series();
        QCOMPARE(areas.size(), want.categories.size());
        for (qsizetype i = 0; i < want.periods.size(); ++i) {
            double sum = 0;
            for (qsizetype c = 0; c < areas.size(); ++c) {
                auto *area = qobject_cast<QAreaSeries *>(areas.at(c));
                QVERIFY(area);
                sum += 100.0 * want.periods.at(i).share(size_t(c));
                QCOMPARE(area->upperSeries()->at(int(i)).y(), sum);
            }
            if (want.periods.at(i).activeTime > 0)
                QCOMPARE(sum, 100.0);
        }

        // The change table, coloured by direction.
        auto *table = find<QTableWidget>("trendsCategoryTable");
        QCOMPARE(table->rowCount(), int(want.categories.size()));
        for (int row = 0; row < table->rowCount(); ++row) {
            const TrendCategory &category = want.categories.at(row);
            QCOMPARE(table->item(row, 0)->text(), category.name);
            QCOMPARE(table->item(row, 1)->text(), DurationText::format(category.activeTime));
            QCOMPARE(table->item(row, 2)->text(), DurationText::format(category.previousTime));
            QCOMPARE(table->item(row, 3)->text(), Trends::changeText(category.change));
        }
    }
}

void TestTrendsPage::clickingAWeekOpensItOnTheActivityPage()
{
    QVERIFY(showSpan({TrendsSpan::Unit::Week, 12}));
    MainWindow &window = m_desktop->mainWindow();
    auto *activity = window.findChild<ActivityPage *>(u"activityPage"_s);
    QVERIFY(activity);
    // The second-to-last week: the history's days before this week.
    const Trends &trends = m_page->trends();
    const qsizetype index = trends.periods.size() - 2;
    QVERIFY(trends.periods.at(index).activeTime > 0);
    QVERIFY(trends.periods.at(index).firstDay != activity->navigator()->date());

    // A real click in the middle of the bar.
    auto *view = find<QChartView>("trendsTimeChart");
    auto *bars = seriesOf<QStackedBarSeries>(view);
    const QPointF middle(double(index), DurationAxis::valueOf(trends.periods.at(index).activeTime) / 2);
    const QPoint inView = view->mapFromScene(view->chart()->mapToScene(view->chart()->mapToPosition(middle, bars)));
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, inView);

    QTRY_COMPARE(window.currentPage(), static_cast<Page *>(activity));
    QCOMPARE(activity->navigator()->span(), PeriodNavigator::Span::Week);
    QCOMPARE(activity->navigator()->date(), trends.periods.at(index).firstDay);
    QCOMPARE(activity->navigator()->period(),
             PeriodNavigator::periodOf(activity->navigator()->calendar(), PeriodNavigator::Span::Week,
                                       trends.periods.at(index).firstDay));
    window.showPage(window.indexOf(m_page));
}

void TestTrendsPage::seriesHaveToolTips()
{
    QVERIFY(showSpan({TrendsSpan::Unit::Week, 4}));
    const Trends &trends = m_page->trends();
    const qsizetype last = trends.periods.size() - 1;
    auto *bars = seriesOf<QStackedBarSeries>(find<QChartView>("trendsTimeChart"));
    QBarSet *first = bars->barSets().at(0);
    Q_EMIT bars->hovered(true, int(last), first);
    QTRY_VERIFY2(QToolTip::text().contains(DurationText::format(trends.periods.at(last).times[0])),
                 qPrintable(QToolTip::text()));
    QVERIFY(QToolTip::text().contains(first->label()));

    auto *line = seriesOf<QLineSeries>(find<QChartView>("trendsScoreChart"));
    Q_EMIT line->hovered(QPointF(double(last), trends.periods.at(last).productivity), true);
    QTRY_VERIFY2(QToolTip::text().contains(QLocale().toString(trends.periods.at(last).productivity, 'f', 2)),
                 qPrintable(QToolTip::text()));

    auto *area = qobject_cast<QAreaSeries *>(find<QChartView>("trendsShareChart")->chart()->series().at(0));
    Q_EMIT area->hovered(QPointF(double(last), 10), true);
    QTRY_VERIFY2(QToolTip::text().contains(
                     DurationText::percent(trends.periods.at(last).times[0], trends.periods.at(last).activeTime)),
                 qPrintable(QToolTip::text()));
}

QTEST_MAIN(TestTrendsPage)
#include "TestTrendsPage.moc"
