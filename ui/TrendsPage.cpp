#include "TrendsPage.h"

#include "CategoryColors.h"
#include "ChartView.h"
#include "DurationAxis.h"
#include "DurationText.h"
#include "HostSelector.h"
#include "PageSection.h"
#include "ProblemStyle.h"
#include "reports/ReportThread.h"
#include "util/Clock.h"

#include <QAreaSeries>
#include <QBarSet>
#include <QCategoryAxis>
#include <QChart>
#include <QComboBox>
#include <QCursor>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineSeries>
#include <QLocale>
#include <QScrollArea>
#include <QStackedBarSeries>
#include <QTableWidget>
#include <QToolTip>
#include <QVBoxLayout>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

namespace stint {

namespace {

// A rise, readable on light and dark palettes (the fall is the problem colour).
const QColor kRiseColor(0x2e, 0x8b, 0x3e);

QColor changeColor(const std::optional<double> &change, const QPalette &palette)
{
    if (!change || *change == 0)
        return palette.color(QPalette::Text);
    return *change > 0 ? kRiseColor : kProblemColor;
}

// Period i is centred on x = i; a label every `every` periods, so 52 weeks stay readable.
QCategoryAxis *periodAxis(const QStringList &labels)
{
    auto *axis = new QCategoryAxis;
    axis->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    const qsizetype count = labels.size();
    const qsizetype every = std::max<qsizetype>(1, (count + 12) / 13);
    for (qsizetype i = 0; i < count; i += every)
        axis->append(labels.at(i), double(i));
    axis->setRange(-0.5, double(count) - 0.5);
    axis->setGridLineVisible(false);
    return axis;
}

// Removes and deletes what the last result drew.
void clearChart(QChart *chart)
{
    chart->removeAllSeries();
    const auto axes = chart->axes();
    for (QAbstractAxis *axis : axes) {
        chart->removeAxis(axis);
        delete axis;
    }
}

ChartView *chartView(const QString &name, int minimumHeight, QWidget *parent)
{
    auto *view = new ChartView(parent);
    view->setObjectName(name);
    view->setMinimumHeight(minimumHeight);
    return view;
}

// A big figure with a caption under it.
QWidget *figure(QLabel *value, QLabel *caption, QWidget *parent)
{
    QFont big = value->font();
    big.setPointSizeF(big.pointSizeF() * 1.8);
    big.setBold(true);
    value->setFont(big);
    auto *box = new QWidget(parent);
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(value);
    layout->addWidget(caption);
    return box;
}

QLabel *label(const QString &name, QWidget *parent)
{
    auto *result = new QLabel(parent);
    result->setObjectName(name);
    result->setTextFormat(Qt::PlainText);
    return result;
}

} // namespace

struct TrendsPage::Result
{
    bool ok = false;
    QString error;
    TrendsSpan span;
    HostSelector::Hosts hosts;
    Trends trends;
};

const QList<TrendsSpan> &TrendsPage::spans()
{
    static const QList<TrendsSpan> list{{TrendsSpan::Unit::Week, 4},
                                        {TrendsSpan::Unit::Week, 12},
                                        {TrendsSpan::Unit::Week, 52},
                                        {TrendsSpan::Unit::Month, 12}};
    return list;
}

TrendsPage::TrendsPage(UiContext context, QWidget *parent)
    : Page(parent)
    , m_context(std::move(context))
    , m_gate([this] { startRead(); })
{
    setObjectName(QStringLiteral("trendsPage"));
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(16, 12, 16, 0);
    outer->setSpacing(10);

    auto *bar = new QHBoxLayout;
    m_spanPicker = new QComboBox(this);
    m_spanPicker->setObjectName(QStringLiteral("trendsSpanPicker"));
    m_spanPicker->addItems({tr("Last 4 weeks"), tr("Last 12 weeks"), tr("Last 52 weeks"), tr("Last 12 months")});
    m_spanPicker->setCurrentIndex(1);
    m_spanPicker->setToolTip(tr("The span to look at; the current week or month is the last one"));
    connect(m_spanPicker, &QComboBox::currentIndexChanged, this, [this] { m_gate.request(); });
    m_rangeLabel = label(QStringLiteral("trendsRangeLabel"), this);
    m_rangeLabel->setWordWrap(true);
    bar->addWidget(m_spanPicker);
    bar->addWidget(m_rangeLabel, 1);
    m_hostSelector = new HostSelector(this);
    connect(m_hostSelector, &HostSelector::choiceChanged, this, [this] { m_gate.request(); });
    bar->addWidget(m_hostSelector);
    outer->addLayout(bar);

    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto *content = new QWidget(scroll);
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(0, 0, 0, 12);
    layout->setSpacing(12);
    scroll->setWidget(content);
    outer->addWidget(scroll, 1);

    m_errorLabel = label(QStringLiteral("trendsErrorLabel"), content);
    m_errorLabel->setWordWrap(true);
    m_errorLabel->hide();
    layout->addWidget(m_errorLabel);

    // The headline figures.
    auto *figures = new QHBoxLayout;
    figures->setSpacing(12);
    m_total = label(QStringLiteral("trendsTotalLabel"), content);
    m_totalChange = label(QStringLiteral("trendsTotalChangeLabel"), content);
    m_totalChange->setToolTip(tr("Against the same number of days just before the span"));
    figures->addWidget(pageSection(tr("Total"), figure(m_total, m_totalChange, content), content), 1);
    m_dailyAverage = label(QStringLiteral("trendsDailyAverageLabel"), content);
    figures->addWidget(pageSection(tr("Daily average"),
                                   figure(m_dailyAverage, new QLabel(tr("per day of the span"), content), content),
                                   content),
                       1);
    m_busiestDay = label(QStringLiteral("trendsBusiestDayLabel"), content);
    m_busiestDayTime = label(QStringLiteral("trendsBusiestDayTimeLabel"), content);
    figures->addWidget(pageSection(tr("Busiest day"), figure(m_busiestDay, m_busiestDayTime, content), content), 1);
    m_productivity = label(QStringLiteral("trendsProductivityLabel"), content);
    m_productivity->setToolTip(tr("The categories' scores, weighted by the time spent in each"));
    figures->addWidget(pageSection(tr("Score"),
                                   figure(m_productivity, new QLabel(tr("Productivity score"), content), content),
                                   content),
                       1);
    layout->addLayout(figures);

    m_timeChart = chartView(QStringLiteral("trendsTimeChart"), 280, content);
    m_timeChart->setToolTip(tr("Click a bar to see that period on the Activity page"));
    layout->addWidget(pageSection(tr("Active time per week"), m_timeChart, content, &m_timeTitle));
    m_scoreChart = chartView(QStringLiteral("trendsScoreChart"), 170, content);
    layout->addWidget(pageSection(tr("Productivity score"), m_scoreChart, content));
    m_shareChart = chartView(QStringLiteral("trendsShareChart"), 240, content);
    layout->addWidget(pageSection(tr("Share of each category"), m_shareChart, content));

    m_table = new QTableWidget(0, 4, content);
    m_table->setObjectName(QStringLiteral("trendsCategoryTable"));
    m_table->setHorizontalHeaderLabels({tr("Category"), tr("This span"), tr("Before"), tr("Change")});
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionMode(QAbstractItemView::NoSelection);
    m_table->setFocusPolicy(Qt::NoFocus);
    m_table->setShowGrid(false);
    m_table->setFrameShape(QFrame::NoFrame);
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    for (int column = 1; column < 4; ++column)
        m_table->horizontalHeader()->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    m_table->setSizeAdjustPolicy(QAbstractScrollArea::AdjustToContents);
    m_table->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    layout->addWidget(pageSection(tr("Change by category"), m_table, content, &m_tableTitle));
    layout->addStretch(1);

    for (QLabel *figureLabel : {m_total, m_dailyAverage, m_busiestDay, m_productivity})
        figureLabel->setText(QStringLiteral("–"));
}

TrendsPage::~TrendsPage() = default;

QString TrendsPage::title() const
{
    return tr("Trends");
}

QIcon TrendsPage::icon() const
{
    return QIcon(QStringLiteral(":/icons/trends.svg"));
}

void TrendsPage::refresh()
{
    m_gate.request();
}

TrendsSpan TrendsPage::span() const
{
    return spans().value(m_spanPicker->currentIndex(), spans().at(1));
}

void TrendsPage::setSpan(TrendsSpan span)
{
    const qsizetype index = spans().indexOf(span);
    if (index >= 0)
        m_spanPicker->setCurrentIndex(int(index));
}

void TrendsPage::startRead()
{
    const TrendsSpan asked = span();
    const qint64 now = m_context.clock->nowNanos();
    const QString host = HostSelector::storedChoice();
    m_context.reports.run(
        this,
        [asked, now, host](ReportEngine &engine) {
            Result result;
            result.span = asked;
            result.hosts = HostSelector::read(engine, host);
            auto trends = engine.trends(asked, engine.calendar().dateOf(now), result.hosts.host);
            if (!trends) {
                result.error = engine.error();
                return result;
            }
            result.ok = true;
            result.trends = std::move(*trends);
            return result;
        },
        [this](const Result &result) {
            m_gate.finished();
            // A newer request is already queued when the user picked another span or host.
            if (result.span != span() || result.hosts.choice != HostSelector::storedChoice())
                return;
            m_hostSelector->showHosts(result.hosts);
            showResult(result);
            Q_EMIT shown();
        });
}

void TrendsPage::showResult(const Result &result)
{
    m_errorLabel->setVisible(!result.ok);
    m_errorLabel->setText(result.ok ? QString() : tr("Could not read the trends: %1").arg(result.error));
    if (!result.ok)
        return;
    m_trends = result.trends;
    showFigures();
    showTimeChart();
    showScoreChart();
    showShareChart();
    showCategoryTable();
}

QString TrendsPage::periodText(qsizetype index) const
{
    const TrendPeriod &period = m_trends.periods.at(index);
    const QLocale locale;
    if (m_trends.span.unit == TrendsSpan::Unit::Month)
        return locale.toString(period.firstDay, tr("MMMM yyyy", "date format (QLocale::toString)"));
    return tr("Week of %1").arg(locale.toString(period.firstDay, QLocale::ShortFormat));
}

QStringList TrendsPage::axisLabels() const
{
    const QLocale locale;
    const QString format = m_trends.span.unit == TrendsSpan::Unit::Week
        ? tr("d MMM", "date format (QLocale::toString)")
        : tr("MMM yy", "date format (QLocale::toString)");
    QStringList labels;
    for (const TrendPeriod &period : m_trends.periods)
        labels.append(locale.toString(period.firstDay, format));
    return labels;
}

void TrendsPage::showToolTip(const QString &text)
{
    if (text.isEmpty())
        QToolTip::hideText();
    else
        QToolTip::showText(QCursor::pos(), text, this);
}

void TrendsPage::showFigures()
{
    const Trends &trends = m_trends;
    const QLocale locale;
    m_rangeLabel->setText(tr("%1 – %2, compared with %3 – %4")
                              .arg(locale.toString(trends.firstDay, QLocale::ShortFormat),
                                   locale.toString(trends.lastDay, QLocale::ShortFormat),
                                   locale.toString(trends.previousFirstDay, QLocale::ShortFormat),
                                   locale.toString(trends.previousLastDay, QLocale::ShortFormat)));
    m_total->setText(DurationText::format(trends.activeTime));
    m_totalChange->setText(trends.change
                               ? tr("%1 against %2 before")
                                     .arg(Trends::changeText(trends.change), DurationText::format(trends.previousTime))
                               : tr("nothing to compare with before"));
    QPalette changePalette = m_totalChange->palette();
    changePalette.setColor(QPalette::WindowText, changeColor(trends.change, palette()));
    m_totalChange->setPalette(changePalette);
    m_dailyAverage->setText(DurationText::format(trends.dailyAverage));
    m_busiestDay->setText(trends.busiestDay.isValid() ? locale.toString(trends.busiestDay, QLocale::ShortFormat)
                                                      : QStringLiteral("–"));
    m_busiestDay->setToolTip(trends.busiestDay.isValid() ? locale.toString(trends.busiestDay, QLocale::LongFormat)
                                                         : QString());
    m_busiestDayTime->setText(trends.busiestDay.isValid() ? DurationText::format(trends.busiestDayTime)
                                                          : tr("no activity"));
    m_productivity->setText(trends.activeTime > 0 ? locale.toString(trends.productivity, 'f', 1) : QStringLiteral("–"));
    const bool weeks = trends.span.unit == TrendsSpan::Unit::Week;
    m_timeTitle->setText(weeks ? tr("Active time per week") : tr("Active time per month"));
    m_tableTitle->setText(weeks ? tr("Change against the %n weeks before", nullptr, trends.span.count)
                                : tr("Change against the %n months before", nullptr, trends.span.count));
}

void TrendsPage::showTimeChart()
{
    QChart *chart = m_timeChart->chart();
    clearChart(chart);
    const QPalette &pal = palette();
    const Trends &trends = m_trends;
    auto *series = new QStackedBarSeries;
    series->setObjectName(QStringLiteral("trendsTimeSeries"));
    series->setBarWidth(0.7);
    qint64 most = 0;
    for (const TrendPeriod &period : trends.periods)
        most = std::max(most, period.activeTime);
    for (qsizetype c = 0; c < trends.categories.size(); ++c) {
        const TrendCategory &category = trends.categories.at(c);
        auto *set = new QBarSet(category.name);
        const QColor color = CategoryColors::color({category.name}, category.color, pal);
        set->setColor(color);
        set->setBorderColor(color);
        for (const TrendPeriod &period : trends.periods)
            set->append(DurationAxis::valueOf(period.times[size_t(c)]));
        series->append(set);
    }
    chart->addSeries(series);
    auto *x = periodAxis(axisLabels());
    auto *y = new DurationAxis;
    y->setLargest(most);
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    series->attachAxis(x);
    series->attachAxis(y);
    chart->legend()->setVisible(!trends.categories.isEmpty());
    m_timeChart->updateTheme();

    connect(series, &QStackedBarSeries::hovered, this, [this, series](bool status, int index, QBarSet *set) {
        const qsizetype category = series->barSets().indexOf(set);
        if (!status || index < 0 || index >= m_trends.periods.size() || category < 0) {
            showToolTip({});
            return;
        }
        const TrendPeriod &period = m_trends.periods.at(index);
        const qint64 time = period.times[size_t(category)];
        showToolTip(tr("%1\n%2: %3 (%4)\nTotal: %5\nClick to open it on the Activity page")
                        .arg(periodText(index), set->label(), DurationText::format(time),
                             DurationText::percent(time, period.activeTime), DurationText::format(period.activeTime)));
    });
    connect(series, &QStackedBarSeries::clicked, this, [this](int index, QBarSet *) {
        if (index < 0 || index >= m_trends.periods.size())
            return;
        Q_EMIT periodActivated(m_trends.span.unit == TrendsSpan::Unit::Week ? PeriodNavigator::Span::Week
                                                                            : PeriodNavigator::Span::Month,
                               m_trends.periods.at(index).firstDay);
    });
}

void TrendsPage::showScoreChart()
{
    QChart *chart = m_scoreChart->chart();
    clearChart(chart);
    const QPalette &pal = palette();
    auto *series = new QLineSeries;
    series->setObjectName(QStringLiteral("trendsScoreSeries"));
    series->setName(tr("Productivity score"));
    series->setPointsVisible(true);
    QPen pen(pal.color(QPalette::Highlight), 2);
    series->setPen(pen);
    double low = 0;
    double high = 0;
    for (qsizetype i = 0; i < m_trends.periods.size(); ++i) {
        const TrendPeriod &period = m_trends.periods.at(i);
        // Periods without activity have no score; the line skips them.
        if (period.activeTime <= 0)
            continue;
        series->append(double(i), period.productivity);
        low = std::min(low, period.productivity);
        high = std::max(high, period.productivity);
    }
    chart->addSeries(series);
    auto *x = periodAxis(axisLabels());
    auto *y = new QValueAxis;
    // Room around the line, always including 0 and whole numbers at the ends.
    y->setRange(std::floor(low - 0.001), std::ceil(high + 0.001));
    y->setTickType(QValueAxis::TicksDynamic);
    y->setTickAnchor(0);
    y->setTickInterval(std::max(1.0, std::ceil((y->max() - y->min()) / 4)));
    y->setLabelFormat(QStringLiteral("%.0f"));
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    series->attachAxis(x);
    series->attachAxis(y);
    chart->legend()->setVisible(false);
    m_scoreChart->updateTheme();
    connect(series, &QLineSeries::hovered, this, [this](const QPointF &point, bool state) {
        const qsizetype index = qRound(point.x());
        if (!state || index < 0 || index >= m_trends.periods.size()) {
            showToolTip({});
            return;
        }
        showToolTip(tr("%1\nProductivity score: %2")
                        .arg(periodText(index), QLocale().toString(m_trends.periods.at(index).productivity, 'f', 2)));
    });
}

void TrendsPage::showShareChart()
{
    QChart *chart = m_shareChart->chart();
    clearChart(chart);
    const QPalette &pal = palette();
    const Trends &trends = m_trends;
    const qsizetype count = trends.periods.size();
    auto *x = periodAxis(axisLabels());
    auto *y = new QValueAxis;
    y->setRange(0, 100);
    y->setTickType(QValueAxis::TicksDynamic);
    y->setTickAnchor(0);
    y->setTickInterval(25);
    y->setLabelFormat(QStringLiteral("%.0f %%"));
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);

    // Each category's area lies on the one before: its lower line is the previous upper line.
    std::vector<double> below(size_t(count), 0.0);
    QLineSeries *lower = nullptr;
    for (qsizetype c = 0; c < trends.categories.size(); ++c) {
        const TrendCategory &category = trends.categories.at(c);
        auto *upper = new QLineSeries;
        for (qsizetype i = 0; i < count; ++i) {
            below[size_t(i)] += 100.0 * trends.periods.at(i).share(size_t(c));
            upper->append(double(i), below[size_t(i)]);
        }
        auto *area = new QAreaSeries(upper, lower);
        area->setObjectName(QStringLiteral("trendsShareSeries"));
        upper->setParent(area);
        area->setName(category.name);
        const QColor color = CategoryColors::color({category.name}, category.color, pal);
        area->setColor(color);
        area->setBorderColor(color);
        chart->addSeries(area);
        area->attachAxis(x);
        area->attachAxis(y);
        connect(area, &QAreaSeries::hovered, this, [this, c](const QPointF &point, bool state) {
            const qsizetype index = qRound(point.x());
            if (!state || index < 0 || index >= m_trends.periods.size()) {
                showToolTip({});
                return;
            }
            const TrendPeriod &period = m_trends.periods.at(index);
            showToolTip(tr("%1\n%2: %3 of the active time")
                            .arg(periodText(index), m_trends.categories.at(c).name,
                                 DurationText::percent(period.times[size_t(c)], period.activeTime)));
        });
        lower = upper;
    }
    chart->legend()->setVisible(!trends.categories.isEmpty());
    m_shareChart->updateTheme();
}

void TrendsPage::showCategoryTable()
{
    const Trends &trends = m_trends;
    const QPalette &pal = palette();
    m_table->setRowCount(int(trends.categories.size()));
    for (int row = 0; row < int(trends.categories.size()); ++row) {
        const TrendCategory &category = trends.categories.at(row);
        auto *name = new QTableWidgetItem(category.name);
        QPixmap swatch(12, 12);
        swatch.fill(CategoryColors::color({category.name}, category.color, pal));
        name->setIcon(QIcon(swatch));
        auto *now = new QTableWidgetItem(DurationText::format(category.activeTime));
        auto *before = new QTableWidgetItem(DurationText::format(category.previousTime));
        auto *change = new QTableWidgetItem(Trends::changeText(category.change));
        change->setForeground(changeColor(category.change, pal));
        change->setToolTip(category.change ? tr("%1 now against %2 before")
                                                 .arg(DurationText::format(category.activeTime),
                                                      DurationText::format(category.previousTime))
                                           : tr("No time in this category before"));
        for (QTableWidgetItem *item : {now, before, change})
            item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_table->setItem(row, 0, name);
        m_table->setItem(row, 1, now);
        m_table->setItem(row, 2, before);
        m_table->setItem(row, 3, change);
    }
    // As tall as its rows: the page scrolls, not the table.
    int height = m_table->horizontalHeader()->height() + 4;
    for (int row = 0; row < m_table->rowCount(); ++row)
        height += m_table->rowHeight(row);
    m_table->setFixedHeight(height);
}

} // namespace stint
