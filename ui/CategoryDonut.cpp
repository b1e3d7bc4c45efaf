#include "CategoryDonut.h"

#include "DurationText.h"

#include <QHelpEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>
#include <QToolTip>

#include <QtMath>
#include <algorithm>

namespace stint {

namespace {
constexpr int kPadding = 8;
constexpr double kHole = 0.58; // inner radius as a share of the outer
} // namespace

CategoryDonut::CategoryDonut(QWidget *parent)
    : QWidget(parent)
{
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    setCursor(Qt::PointingHandCursor);
}

void CategoryDonut::setSlices(QList<Slice> slices)
{
    m_slices = std::move(slices);
    updateGeometry();
    update();
}

void CategoryDonut::setCenterText(const QString &text)
{
    m_centerText = text;
    update();
}

void CategoryDonut::setSelectedKey(const QString &key)
{
    m_selectedKey = key;
    update();
}

qint64 CategoryDonut::total() const
{
    qint64 sum = 0;
    for (const Slice &slice : m_slices)
        sum += slice.duration;
    return sum;
}

QSize CategoryDonut::sizeHint() const
{
    return {fontMetrics().averageCharWidth() * 48, std::max(200, legendRow(int(m_slices.size())).top() + kPadding)};
}

QSize CategoryDonut::minimumSizeHint() const
{
    return {fontMetrics().averageCharWidth() * 36, std::max(160, legendRow(int(m_slices.size())).top() + kPadding)};
}

QRectF CategoryDonut::ringRect() const
{
    const double side = std::min({height() - 2.0 * kPadding, width() * 0.4, 240.0});
    return {double(kPadding), (height() - side) / 2.0, side, side};
}

QRect CategoryDonut::legendRow(int index) const
{
    const int rowHeight = fontMetrics().height() + 6;
    const int left = int(ringRect().right()) + 2 * kPadding;
    const int top = std::max(kPadding, (height() - rowHeight * int(m_slices.size())) / 2);
    return {left, top + index * rowHeight, width() - left - kPadding, rowHeight};
}

int CategoryDonut::sliceAt(QPointF point) const
{
    for (int i = 0; i < m_slices.size(); ++i) {
        if (legendRow(i).contains(point.toPoint()))
            return i;
    }
    const QRectF ring = ringRect();
    const QPointF d = point - ring.center();
    const double radius = std::hypot(d.x(), d.y());
    if (radius > ring.width() / 2 || radius < ring.width() / 2 * kHole)
        return -1;
    // Clockwise from 12 o'clock, as painted.
    double angle = qRadiansToDegrees(std::atan2(d.x(), -d.y()));
    if (angle < 0)
        angle += 360;
    const qint64 sum = total();
    double start = 0;
    for (int i = 0; i < m_slices.size() && sum > 0; ++i) {
        const double span = 360.0 * double(m_slices.at(i).duration) / double(sum);
        if (angle >= start && angle < start + span)
            return i;
        start += span;
    }
    return -1;
}

void CategoryDonut::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const QPalette &pal = palette();
    const QRectF ring = ringRect();
    const qint64 sum = total();
    if (sum <= 0) {
        QPen pen(pal.color(QPalette::Mid), ring.width() * (1 - kHole) / 2);
        painter.setPen(pen);
        const double inset = ring.width() * (1 - kHole) / 4;
        painter.drawEllipse(ring.adjusted(inset, inset, -inset, -inset));
    }
    // Slices as annular wedges, clockwise from the top; a thin gap in the window colour between them.
    double start = 90;
    const double innerInset = ring.width() / 2 * (1 - kHole);
    const QRectF inner = ring.adjusted(innerInset, innerInset, -innerInset, -innerInset);
    for (const Slice &slice : std::as_const(m_slices)) {
        if (sum <= 0)
            break;
        const double span = -360.0 * double(slice.duration) / double(sum);
        QPainterPath path;
        path.arcMoveTo(ring, start);
        path.arcTo(ring, start, span);
        path.arcTo(inner, start + span, -span);
        path.closeSubpath();
        QColor color = slice.color;
        if (!m_selectedKey.isEmpty() && slice.key != m_selectedKey)
            color.setAlphaF(0.35f);
        painter.fillPath(path, color);
        if (m_slices.size() > 1)
            painter.strokePath(path, QPen(pal.color(QPalette::Window), 1.5));
        start += span;
    }
    if (!m_centerText.isEmpty()) {
        QFont font = painter.font();
        font.setBold(true);
        painter.setFont(font);
        painter.setPen(pal.color(QPalette::WindowText));
        painter.drawText(inner, Qt::AlignCenter | Qt::TextWordWrap, m_centerText);
        painter.setFont(this->font());
    }

    // Legend: swatch, name, duration and share; only the share when the names would not fit.
    const QFontMetrics metrics = fontMetrics();
    int longestName = 0;
    int longestValue = 0;
    for (const Slice &slice : std::as_const(m_slices)) {
        longestName = std::max(longestName, metrics.horizontalAdvance(slice.label));
        longestValue = std::max(longestValue, metrics.horizontalAdvance(valueText(slice, sum, true)));
    }
    const int swatchSpace = metrics.height() + 4;
    const bool full = m_slices.isEmpty()
        || legendRow(0).width() - swatchSpace - longestValue - 8
            >= std::min(longestName, metrics.averageCharWidth() * 12);
    for (int i = 0; i < m_slices.size(); ++i) {
        const Slice &slice = m_slices.at(i);
        const QRect row = legendRow(i);
        if (slice.key == m_selectedKey) {
            QColor shade = pal.color(QPalette::Highlight);
            shade.setAlphaF(0.22f);
            painter.fillRect(row, shade);
        }
        const int swatch = metrics.height() - 4;
        painter.setPen(Qt::NoPen);
        painter.setBrush(slice.color);
        painter.drawRoundedRect(QRectF(row.left() + 2, row.center().y() - swatch / 2.0, swatch, swatch), 3, 3);
        painter.setPen(pal.color(QPalette::WindowText));
        const QString value = valueText(slice, sum, full);
        const int valueWidth = metrics.horizontalAdvance(value);
        painter.drawText(row.adjusted(0, 0, -2, 0), Qt::AlignRight | Qt::AlignVCenter, value);
        const QRect nameRect = row.adjusted(swatch + 8, 0, -valueWidth - 8, 0);
        painter.drawText(nameRect, Qt::AlignLeft | Qt::AlignVCenter,
                         metrics.elidedText(slice.label, Qt::ElideRight, nameRect.width()));
    }
}

QString CategoryDonut::valueText(const Slice &slice, qint64 sum, bool withDuration) const
{
    if (!withDuration)
        return DurationText::percent(slice.duration, sum);
    return tr("%1 · %2").arg(DurationText::format(slice.duration), DurationText::percent(slice.duration, sum));
}

void CategoryDonut::mouseReleaseEvent(QMouseEvent *event)
{
    const int index = sliceAt(event->position());
    if (event->button() == Qt::LeftButton && index >= 0) {
        Q_EMIT activated(m_slices.at(index).key);
        return;
    }
    QWidget::mouseReleaseEvent(event);
}

bool CategoryDonut::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const int index = sliceAt(help->pos());
        if (index < 0) {
            QToolTip::hideText();
            event->ignore();
            return true;
        }
        const Slice &slice = m_slices.at(index);
        QToolTip::showText(
            help->globalPos(),
            tr("%1\n%2 (%3)")
                .arg(slice.label, DurationText::format(slice.duration), DurationText::percent(slice.duration, total())),
            this);
        return true;
    }
    return QWidget::event(event);
}

} // namespace stint
