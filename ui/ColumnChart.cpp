#include "ColumnChart.h"

#include "DurationText.h"
#include "model/Timestamp.h"

#include <QHelpEvent>
#include <QPainter>
#include <QToolTip>

#include <algorithm>
#include <array>
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

qint64 ColumnChart::scaleTop() const
{
    qint64 highest = 0;
    for (const Column &column : std::as_const(m_columns))
        highest = std::max(highest, column.duration);
    // A round value at or above the highest bar, so the grid lines read "4 h" and "8 h".
    constexpr qint64 kMinute = 60 * Timestamp::kNanosPerSecond;
    static constexpr std::array<qint64, 21> kMinutes{1,   2,   5,   10,  15,  20,  30,  40,   60,   90,  120,
                                                     180, 240, 360, 480, 600, 720, 960, 1200, 1440, 2880};
    for (qint64 minutes : kMinutes) {
        if (minutes * kMinute >= highest)
            return minutes * kMinute;
    }
    const qint64 day = 1440 * kMinute;
    return (highest + day - 1) / day * day;
}

QRectF ColumnChart::plotRect() const
{
    const QFontMetrics metrics = fontMetrics();
    // Room on the left for the scale labels, below for the slot labels.
    const qint64 top = scaleTop();
    const int scaleWidth = std::max({metrics.horizontalAdvance(DurationText::format(top)),
                                     metrics.horizontalAdvance(DurationText::format(top / 2)),
                                     metrics.horizontalAdvance(DurationText::format(0))})
        + kPadding;
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
    const qint64 top = scaleTop();

    // Grid at zero, half and the top of the scale, labelled.
    QColor grid = pal.color(QPalette::WindowText);
    grid.setAlphaF(0.12f);
    for (int half = 0; half <= 2; ++half) {
        const double y = plot.bottom() - half / 2.0 * plot.height();
        painter.setPen(QPen(grid, 1));
        painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y));
        painter.setPen(pal.color(QPalette::PlaceholderText));
        painter.drawText(QRectF(0, y - metrics.height() / 2.0, plot.left() - kPadding, metrics.height()),
                         Qt::AlignRight | Qt::AlignVCenter, DurationText::format(top * half / 2));
    }
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
        if (column.duration > 0) {
            const double h = std::max(1.0, plot.height() * double(column.duration) / double(top));
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
