#include "BarList.h"

#include "DurationText.h"

#include <QHelpEvent>
#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>
#include <QToolTip>

#include <algorithm>

namespace stint {

namespace {
constexpr int kMargin = 4;
constexpr int kBarHeight = 8;
} // namespace

BarList::BarList(QWidget *parent)
    : QWidget(parent)
{
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Minimum);
    setMouseTracking(true);
}

void BarList::setEntries(QList<Entry> entries)
{
    m_entries = std::move(entries);
    // A detail that only repeats the name says nothing ("(excluded)" is both app and title).
    for (Entry &entry : m_entries) {
        if (entry.detail == entry.label)
            entry.detail.clear();
    }
    m_hover = -1;
    m_current = std::min(m_current, int(m_entries.size()) - 1);
    updateGeometry();
    update();
}

void BarList::setEmptyText(const QString &text)
{
    m_emptyText = text;
    update();
}

void BarList::setClickable(bool clickable)
{
    m_clickable = clickable;
    setFocusPolicy(clickable ? Qt::StrongFocus : Qt::NoFocus);
    setCursor(clickable ? Qt::PointingHandCursor : Qt::ArrowCursor);
}

void BarList::setSelectedKey(const QString &key)
{
    m_selectedKey = key;
    update();
}

int BarList::rowHeight() const
{
    return fontMetrics().height() + kBarHeight + 3 * kMargin;
}

QRect BarList::rowRect(int row) const
{
    return {0, row * rowHeight(), width(), rowHeight()};
}

QRect BarList::contentRect(int row) const
{
    const QRect area = rowRect(row);
    const int indent = row < m_entries.size() ? m_entries.at(row).depth * fontMetrics().averageCharWidth() * 3 : 0;
    return area.adjusted(kMargin + indent, kMargin, -kMargin, -kMargin);
}

int BarList::rowAt(QPoint point) const
{
    if (point.x() < 0 || point.x() >= width() || point.y() < 0)
        return -1;
    const int row = point.y() / rowHeight();
    return row < m_entries.size() ? row : -1;
}

QSize BarList::sizeHint() const
{
    return {fontMetrics().averageCharWidth() * 40, rowHeight() * int(std::max<qsizetype>(m_entries.size(), 2))};
}

QSize BarList::minimumSizeHint() const
{
    return {fontMetrics().averageCharWidth() * 24, sizeHint().height()};
}

void BarList::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const QPalette &pal = palette();
    const QFontMetrics metrics = fontMetrics();
    if (m_entries.isEmpty()) {
        painter.setPen(pal.color(QPalette::PlaceholderText));
        painter.drawText(rect(), Qt::AlignCenter, m_emptyText);
        return;
    }
    qint64 longest = 1;
    for (const Entry &entry : m_entries)
        longest = std::max(longest, entry.duration);

    for (int row = 0; row < m_entries.size(); ++row) {
        const Entry &entry = m_entries.at(row);
        const QRect area = rowRect(row);
        const bool selected = !m_selectedKey.isEmpty() && entry.key == m_selectedKey;
        if (selected || (m_clickable && (row == m_hover || (row == m_current && hasFocus())))) {
            QColor shade = pal.color(QPalette::Highlight);
            shade.setAlphaF(selected ? 0.22f : 0.10f);
            painter.fillRect(area, shade);
        }
        // Duration on the right, the name elided to what is left.
        const QString duration = DurationText::format(entry.duration);
        const int durationWidth = metrics.horizontalAdvance(duration);
        const QRect content = contentRect(row);
        const QRect textRow(content.left(), content.top(), content.width(), metrics.height());
        painter.setPen(pal.color(QPalette::WindowText));
        painter.drawText(textRow, Qt::AlignRight | Qt::AlignVCenter, duration);
        // The icon, if any, then the name and its detail.
        QRect nameRow = textRow.adjusted(0, 0, -durationWidth - 2 * kMargin, 0);
        if (!entry.icon.isNull()) {
            const int side = metrics.height();
            entry.icon.paint(&painter, QRect(nameRow.left(), nameRow.top(), side, side));
            nameRow.setLeft(nameRow.left() + side + kMargin);
        }
        const int nameSpace = nameRow.width();
        const QString label = metrics.elidedText(entry.label, Qt::ElideRight, nameSpace);
        painter.drawText(nameRow, Qt::AlignLeft | Qt::AlignVCenter, label);
        const int labelWidth = metrics.horizontalAdvance(label);
        if (!entry.detail.isEmpty() && label == entry.label && labelWidth + 3 * kMargin < nameSpace) {
            painter.setPen(pal.color(QPalette::PlaceholderText));
            const QString detail =
                metrics.elidedText(entry.detail, Qt::ElideRight, nameSpace - labelWidth - 2 * kMargin);
            painter.drawText(nameRow.adjusted(labelWidth + 2 * kMargin, 0, 0, 0), Qt::AlignLeft | Qt::AlignVCenter,
                             detail);
        }
        // The bar: a faint track and the share of the longest entry.
        const QRectF track(textRow.left(), textRow.bottom() + kMargin, textRow.width(), kBarHeight);
        QColor trackColor = pal.color(QPalette::WindowText);
        trackColor.setAlphaF(0.08f);
        QPainterPath trackPath;
        trackPath.addRoundedRect(track, kBarHeight / 2.0, kBarHeight / 2.0);
        painter.fillPath(trackPath, trackColor);
        const double share = double(entry.duration) / double(longest);
        QRectF bar = track;
        bar.setWidth(std::max(double(kBarHeight), track.width() * share));
        QPainterPath barPath;
        barPath.addRoundedRect(bar, kBarHeight / 2.0, kBarHeight / 2.0);
        painter.fillPath(barPath, entry.color.isValid() ? entry.color : pal.color(QPalette::Highlight));
    }
}

void BarList::mouseMoveEvent(QMouseEvent *event)
{
    const int row = rowAt(event->position().toPoint());
    if (row != m_hover) {
        m_hover = row;
        update();
    }
    QWidget::mouseMoveEvent(event);
}

void BarList::mouseReleaseEvent(QMouseEvent *event)
{
    const int row = rowAt(event->position().toPoint());
    if (m_clickable && event->button() == Qt::LeftButton && row >= 0) {
        m_current = row;
        Q_EMIT activated(m_entries.at(row).key);
        return;
    }
    QWidget::mouseReleaseEvent(event);
}

void BarList::leaveEvent(QEvent *event)
{
    m_hover = -1;
    update();
    QWidget::leaveEvent(event);
}

void BarList::keyPressEvent(QKeyEvent *event)
{
    if (!m_clickable || m_entries.isEmpty()) {
        QWidget::keyPressEvent(event);
        return;
    }
    switch (event->key()) {
    case Qt::Key_Up:
        m_current = std::max(0, m_current - 1);
        break;
    case Qt::Key_Down:
        m_current = std::min(int(m_entries.size()) - 1, m_current + 1);
        break;
    case Qt::Key_Return:
    case Qt::Key_Enter:
    case Qt::Key_Space:
        if (m_current >= 0)
            Q_EMIT activated(m_entries.at(m_current).key);
        break;
    default:
        QWidget::keyPressEvent(event);
        return;
    }
    update();
}

bool BarList::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const int row = rowAt(help->pos());
        if (row < 0) {
            QToolTip::hideText();
            event->ignore();
            return true;
        }
        const Entry &entry = m_entries.at(row);
        QString text = entry.toolTip.isEmpty() ? entry.label : entry.toolTip;
        if (!entry.detail.isEmpty())
            text += u'\n' + entry.detail;
        text += u'\n' + DurationText::format(entry.duration);
        QToolTip::showText(help->globalPos(), text, this, rowRect(row));
        return true;
    }
    return QWidget::event(event);
}

} // namespace stint
