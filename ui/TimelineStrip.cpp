#include "TimelineStrip.h"

#include "CategoryColors.h"
#include "DurationText.h"
#include "model/Timestamp.h"

#include <QDateTime>
#include <QHash>
#include <QHelpEvent>
#include <QLocale>
#include <QPainter>
#include <QToolTip>

#include <algorithm>

namespace stint {

namespace {
constexpr int kPadding = 4;
constexpr int kBandHeight = 22;
} // namespace

TimelineStrip::TimelineStrip(QWidget *parent)
    : QWidget(parent)
{
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
}

QList<TimelineStrip::Slot> TimelineStrip::slotsOf(const QList<TimelineSegment> &segments, spans::Period range,
                                                  int count)
{
    if (count <= 0 || range.duration() <= 0)
        return {};
    // Slot i starts at start + i * duration / count, computed without overflowing 64 bits (a
    // year in nanoseconds times the slot count would).
    const qint64 slotLength = range.duration() / count;
    const qint64 remainder = range.duration() % count;
    std::vector<qint64> bounds(size_t(count) + 1);
    for (int slot = 0; slot <= count; ++slot)
        bounds[size_t(slot)] = range.start + slotLength * slot + remainder * slot / count;
    return slotsOf(segments, bounds);
}

std::vector<qint64> TimelineStrip::hourBounds(const std::vector<qint64> &dayStarts, int maxCount)
{
    std::vector<qint64> bounds;
    if (dayStarts.size() < 2)
        return bounds;
    // The fewest hours per slot, a divisor of a day, that keeps to maxCount slots.
    constexpr qint64 kHour = 3'600'000'000'000;
    const qint64 hours = (dayStarts.back() - dayStarts.front() + kHour - 1) / kHour;
    qint64 step = 24;
    for (const qint64 divisor : {1, 2, 3, 4, 6, 8, 12}) {
        if (hours <= qint64(maxCount) * divisor) {
            step = divisor;
            break;
        }
    }
    for (size_t day = 0; day + 1 < dayStarts.size(); ++day) {
        for (qint64 t = dayStarts[day]; t < dayStarts[day + 1]; t += step * kHour)
            bounds.push_back(t);
    }
    bounds.push_back(dayStarts.back());
    return bounds;
}

QList<TimelineStrip::Slot> TimelineStrip::slotsOf(const QList<TimelineSegment> &segments,
                                                  const std::vector<qint64> &bounds)
{
    QList<Slot> result;
    if (bounds.size() < 2)
        return result;
    const int count = int(bounds.size() - 1);
    const spans::Period range{bounds.front(), bounds.back()};
    // Time per (slot, category); categories numbered as met, -1 for paused time.
    QHash<QStringList, int> categoryIndex;
    QList<const TimelineSegment *> firstOf; // a segment of each category, for its name and colour
    std::vector<QHash<int, qint64>> perSlot(static_cast<size_t>(count));
    for (const TimelineSegment &segment : segments) {
        const qint64 from = std::max(segment.start, range.start);
        const qint64 to = std::min(segment.end, range.end);
        if (from >= to)
            continue;
        int category = -1;
        if (!segment.paused) {
            auto found = categoryIndex.constFind(segment.category);
            if (found == categoryIndex.constEnd()) {
                found = categoryIndex.insert(segment.category, int(firstOf.size()));
                firstOf.append(&segment);
            }
            category = found.value();
        }
        int slot = int(std::upper_bound(bounds.begin(), bounds.end(), from) - bounds.begin()) - 1;
        for (; slot < count && bounds[size_t(slot)] < to; ++slot) {
            const qint64 piece = std::min(to, bounds[size_t(slot) + 1]) - std::max(from, bounds[size_t(slot)]);
            if (piece > 0)
                perSlot[size_t(slot)][category] += piece;
        }
    }
    for (int slot = 0; slot < count; ++slot) {
        const QHash<int, qint64> &totals = perSlot[size_t(slot)];
        if (totals.isEmpty())
            continue;
        Slot entry;
        entry.start = bounds[size_t(slot)];
        entry.end = bounds[size_t(slot) + 1];
        int best = -2;
        qint64 bestTime = -1;
        for (auto it = totals.begin(); it != totals.end(); ++it) {
            if (it.key() >= 0)
                entry.active += it.value();
            if (it.value() > bestTime || (it.value() == bestTime && it.key() < best)) {
                best = it.key();
                bestTime = it.value();
            }
        }
        if (best < 0) {
            entry.paused = true;
            entry.active = bestTime;
        } else {
            entry.category = firstOf.at(best)->category;
            entry.color = firstOf.at(best)->color;
        }
        result.append(entry);
    }
    return result;
}

void TimelineStrip::setData(spans::Period range, QList<Slot> slots, QList<Tick> ticks)
{
    m_range = range;
    m_slots = std::move(slots);
    m_ticks = std::move(ticks);
    update();
}

QSize TimelineStrip::sizeHint() const
{
    return {fontMetrics().averageCharWidth() * 60, kBandHeight + fontMetrics().height() + 3 * kPadding};
}

QSize TimelineStrip::minimumSizeHint() const
{
    return {fontMetrics().averageCharWidth() * 20, sizeHint().height()};
}

QRectF TimelineStrip::bandRect() const
{
    return {double(kPadding), double(kPadding), width() - 2.0 * kPadding, double(kBandHeight)};
}

int TimelineStrip::slotAt(QPoint point) const
{
    const QRectF band = bandRect();
    if (!band.contains(point) || m_range.duration() <= 0)
        return -1;
    const qint64 time = m_range.start + qint64((point.x() - band.left()) / band.width() * double(m_range.duration()));
    for (int i = 0; i < m_slots.size(); ++i) {
        if (m_slots.at(i).start <= time && time < m_slots.at(i).end)
            return i;
    }
    return -1;
}

void TimelineStrip::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    const QPalette &pal = palette();
    const QRectF band = bandRect();
    QColor track = pal.color(QPalette::WindowText);
    track.setAlphaF(0.06f);
    painter.fillRect(band, track);
    if (m_range.duration() <= 0)
        return;
    const auto xOf = [&](qint64 time) {
        return band.left() + band.width() * double(time - m_range.start) / double(m_range.duration());
    };
    for (const Slot &slot : std::as_const(m_slots)) {
        QColor color = slot.paused ? pal.color(QPalette::Mid) : CategoryColors::color(slot.category, slot.color, pal);
        const double busy = double(slot.active) / double(std::max<qint64>(1, slot.end - slot.start));
        color.setAlphaF(float(0.3 + 0.7 * std::clamp(busy, 0.0, 1.0)));
        const double x0 = xOf(slot.start);
        const double x1 = xOf(slot.end);
        painter.fillRect(QRectF(x0, band.top(), std::max(1.0, x1 - x0), band.height()), color);
    }
    // Ticks under the band; a label is skipped if it would run into the previous one.
    const QFontMetrics metrics = fontMetrics();
    painter.setPen(pal.color(QPalette::PlaceholderText));
    double lastRight = -1e9;
    for (const Tick &tick : std::as_const(m_ticks)) {
        const double x = xOf(tick.time);
        painter.drawLine(QPointF(x, band.bottom()), QPointF(x, band.bottom() + 3));
        const int w = metrics.horizontalAdvance(tick.label);
        const double left = std::clamp(x - w / 2.0, 0.0, double(width() - w));
        if (left < lastRight + 6)
            continue;
        painter.drawText(QRectF(left, band.bottom() + kPadding, w, metrics.height()), Qt::AlignCenter, tick.label);
        lastRight = left + w;
    }
}

bool TimelineStrip::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const int index = slotAt(help->pos());
        if (index < 0) {
            QToolTip::hideText();
            event->ignore();
            return true;
        }
        const Slot &slot = m_slots.at(index);
        const QLocale locale;
        const QDateTime start = Timestamp::toDateTime(slot.start).toLocalTime();
        const QString from = tr("%1 %2").arg(locale.toString(start.date(), QLocale::ShortFormat),
                                             start.time().toString(QStringLiteral("HH:mm")));
        const QString to = Timestamp::toDateTime(slot.end).toLocalTime().time().toString(QStringLiteral("HH:mm"));
        const QString what = slot.paused ? tr("Paused") : slot.category.join(QStringLiteral(" › "));
        QToolTip::showText(help->globalPos(),
                           tr("%1 – %2\n%3, %4 active").arg(from, to, what, DurationText::format(slot.active)), this);
        return true;
    }
    return QWidget::event(event);
}

} // namespace stint
