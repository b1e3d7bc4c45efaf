#pragma once

#include "reports/Spans.h"
#include "reports/Summary.h"

#include <QList>
#include <QStringList>
#include <QWidget>

#include <vector>

namespace stint {

// The period at a glance: one thin band split into slots, each coloured by the category that took
// most of its active time and as opaque as the slot was busy.
class TimelineStrip final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TimelineStrip)

public:
    struct Slot
    {
        qint64 start = 0;
        qint64 end = 0;
        qint64 active = 0; // time with activity (paused time counts when the slot is mostly paused)
        bool paused = false;
        QStringList category;
        QString color; // the rule's colour, if any
    };
    struct Tick
    {
        qint64 time = 0;
        QString label;
    };

    explicit TimelineStrip(QWidget *parent = nullptr);

    // Plain data work, safe on the reading thread: `count` equal slots over `range`, or slots
    // between the given bounds (ascending).
    static QList<Slot> slotsOf(const QList<TimelineSegment> &segments, spans::Period range, int count);
    static QList<Slot> slotsOf(const QList<TimelineSegment> &segments, const std::vector<qint64> &bounds);
    // Bounds of slots of whole hours, the same number in each day (a divisor of 24, the fewest
    // that keep to maxCount slots), from the days' starts; for ReportEngine's hourly overviews.
    static std::vector<qint64> hourBounds(const std::vector<qint64> &dayStarts, int maxCount);

    void setData(spans::Period range, QList<Slot> slots, QList<Tick> ticks);
    const QList<Slot> &slotList() const { return m_slots; }
    int slotAt(QPoint point) const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;
    bool event(QEvent *event) override;

private:
    QRectF bandRect() const;

    spans::Period m_range;
    QList<Slot> m_slots;
    QList<Tick> m_ticks;
};

} // namespace stint
