#include "ColumnChart.h"

#include "DurationText.h"

#include <QHelpEvent>
#include <QPainter>
#include <QToolTip>

#include <algorithm>
#include <cmath>

namespace stint {

namespace {
constexpr int kPadding = 6;
} // namespace

ColumnChart::ColumnChart(QWidget *parent)
    : QWidget(parent)
{
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
}

void ColumnChart::setColumns(QList<Column> columns)
{
    m_columns = std::move(columns);
    update();
}

QSize ColumnChart::sizeHint() const
{
    return {fontMetrics().averageCharWidth() * 60, fontMetrics().height() * 9};
}

QSize ColumnChart::minimumSizeHint() const
{
    return {fontMetrics().averageCharWidth() * 30, fontMetrics().height() * 7};
}

QRectF ColumnChart::plotRect() const
{
    const QFontMetrics metrics = fontMetrics();
    // Room on the left for the scale label, below for the slot labels.
    const int scaleWidth = metrics.horizontalAdvance(DurationText::format(qint64(3600) * 1'000'000'000 * 99)) + kPadding;
    return QRectF(scaleWidth + kPadding, kPadding + metrics.height() / 2.0, width() - scaleWidth - 2 * kPadding,
                  height() - 2 * kPadding - metrics.height() * 1.5 - 4);
}

int ColumnChart::columnAt(QPoint point) const
{
    const QRectF plot = plotRect();
    if (m_columns.isEmpty() || point.x() < plot.left() || point.x() >= plot.right())
        return -1;
    return std::clamp(int((point.x() - plot.left()) / plot.width() * double(m_columns.size())), 0,
                      int(m_columns.size()) - 1);
}

void ColumnChart::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const QPalette &pal = palette();
    const QFontMetrics metrics = fontMetrics();
    const QRectF plot = plotRect();
    qint64 highest = 0;
    for (const Column &column : std::as_const(m_columns))
        highest = std::max(highest, column.duration);

    // Grid: the baseline and the top (the highest value), half-way between.
    QColor grid = pal.color(QPalette::WindowText);
    grid.setAlphaF(0.12f);
    painter.setPen(QPen(grid, 1));
    for (double share : {0.0, 0.5, 1.0}) {
        const double y = plot.bottom() - share * plot.height();
        painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y));
    }
    painter.setPen(pal.color(QPalette::PlaceholderText));
    if (highest > 0) {
        painter.drawText(QRectF(0, plot.top() - metrics.height() / 2.0, plot.left() - kPadding, metrics.height()),
                         Qt::AlignRight | Qt::AlignVCenter, DurationText::format(highest));
    }
    painter.drawText(QRectF(0, plot.bottom() - metrics.height() / 2.0, plot.left() - kPadding, metrics.height()),
                     Qt::AlignRight | Qt::AlignVCenter, DurationText::format(0));
    if (m_columns.isEmpty())
        return;

    const double slot = plot.width() / double(m_columns.size());
    const double barWidth = std::max(1.0, slot * 0.7);
    int labelWidth = 0;
    for (const Column &column : std::as_const(m_columns))
        labelWidth = std::max(labelWidth, metrics.horizontalAdvance(column.label));
    // Every n-th label, so neighbours keep a gap.
    const int every = std::max(1, int(std::ceil((labelWidth + 8) / slot)));
    const QColor bar = pal.color(QPalette::Highlight);
    for (int i = 0; i < m_columns.size(); ++i) {
        const Column &column = m_columns.at(i);
        const double x = plot.left() + slot * i + (slot - barWidth) / 2;
        if (highest > 0 && column.duration > 0) {
            const double h = std::max(1.0, plot.height() * double(column.duration) / double(highest));
            painter.setPen(Qt::NoPen);
            painter.setBrush(bar);
            painter.drawRoundedRect(QRectF(x, plot.bottom() - h, barWidth, h), std::min(3.0, barWidth / 3),
                                    std::min(3.0, barWidth / 3));
        }
        if (i % every == 0) {
            painter.setPen(pal.color(QPalette::PlaceholderText));
            const QRectF labelRect(plot.left() + slot * i + slot / 2 - labelWidth, plot.bottom() + 4, labelWidth * 2,
                                   metrics.height());
            painter.drawText(labelRect, Qt::AlignHCenter | Qt::AlignTop, column.label);
        }
    }
}

bool ColumnChart::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const int index = columnAt(help->pos());
        if (index < 0) {
            QToolTip::hideText();
            event->ignore();
            return true;
        }
        const Column &column = m_columns.at(index);
        QToolTip::showText(help->globalPos(), tr("%1\n%2").arg(column.tooltip, DurationText::format(column.duration)),
                           this);
        return true;
    }
    return QWidget::event(event);
}

} // namespace stint
