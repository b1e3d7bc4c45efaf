#pragma once

#include "Page.h"
#include "PeriodNavigator.h"
#include "RefreshGate.h"
#include "UiContext.h"
#include "reports/Trends.h"

class QComboBox;
class QLabel;
class QTableWidget;

namespace stint {

class ChartView;
class HostSelector;

// "What changed, not only what happened": over the last 4, 12 or 52 weeks or 12 months, active time
// per week or month by top-level category (stacked bars), the productivity score per period (a
// line), each category's share over time (stacked percent areas), and the span's total, daily
// average and busiest day with the change against the span before. Clicking a bar asks for the
// Activity page on that week or month. Everything is computed on the reading thread.
class TrendsPage final : public Page
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TrendsPage)

public:
    // The spans offered, in the order of the picker.
    static const QList<TrendsSpan> &spans();

    explicit TrendsPage(UiContext context, QWidget *parent = nullptr);
    ~TrendsPage() override;

    QString title() const override;
    QIcon icon() const override;
    void refresh() override;

    TrendsSpan span() const;
    void setSpan(TrendsSpan span);
    // The figures on screen.
    const Trends &trends() const { return m_trends; }

Q_SIGNALS:
    // The user clicked the bar of a week or month: show it on the Activity page.
    void periodActivated(PeriodNavigator::Span span, QDate date);
    // A read finished and its result is on screen.
    void shown();

private:
    struct Result;
    void startRead();
    void showResult(const Result &result);
    void showFigures();
    void showTimeChart();
    void showScoreChart();
    void showShareChart();
    void showCategoryTable();
    QString periodText(qsizetype index) const;
    QStringList axisLabels() const;
    void showToolTip(const QString &text);

    UiContext m_context;
    RefreshGate m_gate;
    Trends m_trends;

    QComboBox *m_spanPicker = nullptr;
    HostSelector *m_hostSelector = nullptr;
    QLabel *m_rangeLabel = nullptr;
    QLabel *m_errorLabel = nullptr;
    QLabel *m_total = nullptr;
    QLabel *m_totalChange = nullptr;
    QLabel *m_dailyAverage = nullptr;
    QLabel *m_busiestDay = nullptr;
    QLabel *m_busiestDayTime = nullptr;
    QLabel *m_productivity = nullptr;
    QLabel *m_timeTitle = nullptr;
    QLabel *m_tableTitle = nullptr;
    ChartView *m_timeChart = nullptr;
    ChartView *m_scoreChart = nullptr;
    ChartView *m_shareChart = nullptr;
    QTableWidget *m_table = nullptr;
};

} // namespace stint
