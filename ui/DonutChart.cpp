#include "DonutChart.h"

#include "DurationAxis.h"
#include "DurationText.h"

#include <QCursor>
#include <QGraphicsTextItem>
#include <QLegend>
#include <QLegendMarker>
#include <QPieSeries>
#include <QPieSlice>
#include <QTextDocument>
#include <QTextOption>
#include <QToolTip>

#include <algorithm>
#include <numeric>

namespace stint {

namespace {

constexpr qreal kHoleSize = 0.58;
constexpr qreal kPieSize = 0.9;
constexpr qreal kExplodeFactor = 0.06;

} // namespace

DonutChart::DonutChart(QWidget *parent)
    : ChartView(parent)
    , m_series(new QPieSeries(this))
{
    m_series->setHoleSize(kHoleSize);
    m_series->setPieSize(kPieSize);
    chart()->addSeries(m_series);
    chart()->legend()->setAlignment(Qt::AlignRight);
    chart()->legend()->setShowToolTips(true);
    m_center = new QGraphicsTextItem(chart());
    m_center->setZValue(10);
    m_center->setAcceptHoverEvents(false);
    QTextOption centered(Qt::AlignHCenter);
    centered.setWrapMode(QTextOption::WordWrap);
    m_center->document()->setDefaultTextOption(centered);
    connect(chart(), &QChart::plotAreaChanged, this, &DonutChart::placeCenter);
    // The hole's text takes the theme's colours and font like the rest of the chart.
    connect(this, &ChartView::themeChanged, this, [this] { showCenter(centerText()); });
    // An explicit minimum: QChartView sets one of its own from the chart's, which would
    // otherwise let a layout squeeze the plot to nothing.
    setMinimumSize(240, 200);
    updateTheme();
    showCenter({});
}

QSize DonutChart::sizeHint() const
{
    return {360, 220};
}

void DonutChart::setSlices(QList<Slice> slices)
{
    m_slices = std::move(slices);
    m_series->clear();
    for (int i = 0; i < m_slices.size(); ++i) {
        const Slice &slice = m_slices.at(i);
        auto *pie = new QPieSlice(slice.label, DurationAxis::valueOf(slice.duration));
        pie->setColor(slice.color);
        pie->setExplodeDistanceFactor(kExplodeFactor);
        pie->setExploded(slice.key == m_selectedKey && !m_selectedKey.isEmpty());
        connect(pie, &QPieSlice::hovered, this, [this, i](bool state) { hover(i, state); });
        connect(pie, &QPieSlice::clicked, this, [this, i] { Q_EMIT activated(m_slices.at(i).key); });
        m_series->append(pie);
    }
    const auto markers = chart()->legend()->markers(m_series);
    for (int i = 0; i < markers.size() && i < m_slices.size(); ++i) {
        connect(markers.at(i), &QLegendMarker::clicked, this, [this, i] { Q_EMIT activated(m_slices.at(i).key); });
        connect(markers.at(i), &QLegendMarker::hovered, this, [this, i](bool state) { hover(i, state); });
    }
    updateTheme();
    showCenter(m_centerText);
}

QPieSlice *DonutChart::pieSlice(int index) const
{
    const auto slices = m_series->slices();
    return index >= 0 && index < slices.size() ? slices.at(index) : nullptr;
}

void DonutChart::setCenterText(const QString &text)
{
    m_centerText = text;
    showCenter(text);
}

QString DonutChart::centerText() const
{
    return m_center->toPlainText();
}

void DonutChart::setSelectedKey(const QString &key)
{
    m_selectedKey = key;
    for (int i = 0; i < m_slices.size(); ++i)
        pieSlice(i)->setExploded(!key.isEmpty() && m_slices.at(i).key == key);
}

QString DonutChart::describe(int index) const
{
    const Slice &slice = m_slices.at(index);
    const qint64 sum = std::accumulate(m_slices.begin(), m_slices.end(), qint64(0),
                                       [](qint64 total, const Slice &s) { return total + s.duration; });
    return tr("%1\n%2 · %3")
        .arg(slice.label, DurationText::format(slice.duration), DurationText::percent(slice.duration, sum));
}

void DonutChart::hover(int index, bool entered)
{
    QPieSlice *pie = pieSlice(index);
    if (!pie)
        return;
    const bool selected = !m_selectedKey.isEmpty() && m_slices.at(index).key == m_selectedKey;
    pie->setExploded(entered || selected);
    if (entered) {
        showCenter(describe(index));
        QToolTip::showText(QCursor::pos(), describe(index), this);
    } else {
        showCenter(m_centerText);
        QToolTip::hideText();
    }
}

void DonutChart::showCenter(const QString &text)
{
    m_center->setPlainText(text);
    m_center->setDefaultTextColor(palette().color(QPalette::Text));
    m_center->setFont(font());
    placeCenter();
}

void DonutChart::placeCenter()
{
    const QRectF plot = chart()->plotArea();
    // Wrapped to the hole, so a long category name stays inside the ring.
    m_center->setTextWidth(std::min(plot.width(), plot.height()) * kPieSize * kHoleSize * 0.9);
    const QRectF box = m_center->boundingRect();
    m_center->setPos(plot.center() - box.center());
}

void DonutChart::resizeEvent(QResizeEvent *event)
{
    ChartView::resizeEvent(event);
    placeCenter();
}

} // namespace stint
