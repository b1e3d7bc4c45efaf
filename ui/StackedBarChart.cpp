#include "StackedBarChart.h"

#include "DurationAxis.h"
#include "DurationText.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QCursor>
#include <QLegend>
#include <QStackedBarSeries>
#include <QToolTip>

#include <algorithm>

namespace stint {

StackedBarChart::StackedBarChart(QWidget *parent)
    : ChartView(parent)
    , m_series(new QStackedBarSeries(this))
    , m_categoryAxis(new QBarCategoryAxis(this))
    , m_valueAxis(new DurationAxis(this))
{
    m_series->setBarWidth(0.7);
    chart()->addSeries(m_series);
    chart()->addAxis(m_categoryAxis, Qt::AlignBottom);
    chart()->addAxis(m_valueAxis, Qt::AlignLeft);
    m_series->attachAxis(m_categoryAxis);
    m_series->attachAxis(m_valueAxis);
    m_categoryAxis->setGridLineVisible(false);
    // The colours are the categories of the donut beside it; the tooltip names them per bar.
    chart()->legend()->hide();
    connect(m_series, &QStackedBarSeries::hovered, this, [this](bool entered, int column) { hover(entered, column); });
    connect(m_series, &QStackedBarSeries::clicked, this, [this](int column) { Q_EMIT activated(column); });
    // An explicit minimum: QChartView sets one of its own from the chart's, which would
    // otherwise let a layout squeeze the plot to nothing.
    setMinimumSize(240, 220);
    updateTheme();
}

QSize StackedBarChart::sizeHint() const
{
    return {600, 220};
}

void StackedBarChart::setData(QList<Column> columns, QList<Part> parts)
{
    m_columns = std::move(columns);
    m_parts = std::move(parts);
    m_series->clear();
    QStringList labels;
    for (const Column &column : std::as_const(m_columns))
        labels.append(column.label);
    m_categoryAxis->setCategories(labels);
    qint64 largest = 0;
    for (int i = 0; i < m_columns.size(); ++i)
        largest = std::max(largest, duration(i));
    m_valueAxis->setLargest(largest);
    for (const Part &part : std::as_const(m_parts)) {
        auto *set = new QBarSet(part.label);
        set->setColor(part.color);
        for (int i = 0; i < m_columns.size(); ++i)
            set->append(DurationAxis::valueOf(part.durations.value(i)));
        m_series->append(set);
    }
    updateTheme();
}

qint64 StackedBarChart::duration(int column) const
{
    qint64 total = 0;
    for (const Part &part : m_parts)
        total += part.durations.value(column);
    return total;
}

QString StackedBarChart::describe(int column) const
{
    if (column < 0 || column >= m_columns.size())
        return {};
    const qint64 total = duration(column);
    QStringList lines{tr("%1: %2").arg(m_columns.at(column).title, DurationText::format(total))};
    // Largest part first, as the lists beside the chart are.
    QList<const Part *> parts;
    for (const Part &part : m_parts) {
        if (part.durations.value(column) > 0)
            parts.append(&part);
    }
    std::stable_sort(parts.begin(), parts.end(), [column](const Part *a, const Part *b) {
        return a->durations.value(column) > b->durations.value(column);
    });
    for (const Part *part : std::as_const(parts)) {
        const qint64 duration = part->durations.value(column);
        lines.append(
            tr("%1: %2 (%3)").arg(part->label, DurationText::format(duration), DurationText::percent(duration, total)));
    }
    return lines.join(u'\n');
}

void StackedBarChart::hover(bool entered, int column)
{
    if (entered)
        QToolTip::showText(QCursor::pos(), describe(column), this);
    else
        QToolTip::hideText();
}

} // namespace stint
