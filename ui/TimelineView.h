#pragma once

#include "reports/Spans.h"

#include <QColor>
#include <QList>
#include <QStringList>
#include <QWidget>

#include <functional>
#include <optional>
#include <vector>

namespace stint {

// Swimlanes of raw events, one lane per bucket, over a time axis. The wheel zooms around the
// cursor, dragging pans, + / - / arrow keys do the same from the keyboard. Events narrower than a
// pixel are merged while painting, so a week of heartbeats costs about one rectangle per pixel.
class TimelineView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TimelineView)

public:
    static constexpr qint64 kMinSpan = qint64(120) * 1'000'000'000;         // 2 minutes
    static constexpr qint64 kMaxSpan = qint64(14) * 86'400 * 1'000'000'000; // 14 days

    // What an event says, shared by every event with the same data.
    struct Info
    {
        enum class Kind { Category, Active, Away, Paused };
        Kind kind = Kind::Category;
        QString app;
        QString appName; // the app's name as the system knows it (AppDirectory)
        QString title;
        QString url;
        QString other; // data of any other bucket, as "key: value" lines
        QStringList category;
        QString color; // the category rule's colour
    };
    struct Item
    {
        qint64 start = 0;
        qint64 end = 0;
        int info = 0;
        qint64 id = 0; // the event's, where the page needs it (entries by hand)
    };
    struct Lane
    {
        QString bucketId;
        QString type;
        QString host;
        std::vector<Item> items; // sorted by start
        qint64 longest = 0;      // longest item, to find those overlapping a time quickly
    };
    struct Data
    {
        spans::Period loaded; // the range the lanes were read for
        QList<Lane> lanes;
        QList<Info> infos;
    };
    struct Hit
    {
        int lane = -1;
        int item = -1;
    };

    explicit TimelineView(QWidget *parent = nullptr);

    void setData(Data data);
    const Data &data() const { return m_data; }
    bool hasData() const { return m_hasData; }

    spans::Period visibleRange() const { return m_view; }
    void setVisibleRange(spans::Period range);
    // Zooms by `factor` (< 1 zooms in) keeping `anchor` at the same place on screen.
    void zoom(double factor, qint64 anchor);
    void zoom(double factor);
    void pan(qint64 delta);
    // Marks this instant (now) with a line.
    void setNow(qint64 now);
    // Puts now near the right edge, keeping the span.
    void showNow();

    // Screen mapping, for the page and tests.
    double xOf(qint64 time) const;
    qint64 timeAt(double x) const;
    QRect laneRect(int lane) const;
    std::optional<Hit> hitTest(QPoint point) const;
    QString toolTipText(const Hit &hit) const;
    // A stretch chosen with the right mouse button: dragged over (`hit` lane -1), or the event
    // clicked (its stretch and `hit`), or an empty spot (an empty stretch, `hit` lane -1).
    spans::Period selection() const { return m_selection; }
    void clearSelection();
    // What a lane is called on screen: "Windows", "Active / away", "Browser tabs (firefox)", or the bucket id.
    static QString laneTitle(const Lane &lane);
    // The axis ticks in `view` every `step` of local time (wall-clock multiples of the step),
    // `offsetAt` giving local minus UTC at an instant: after a DST change inside the view they
    // stay on the hour and at midnight. Wall times a change skips or repeats get no second tick.
    static std::vector<qint64> axisTicks(spans::Period view, qint64 step,
                                         const std::function<qint64(qint64)> &offsetAt);

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

Q_SIGNALS:
    void visibleRangeChanged(stint::spans::Period range);
    // The right mouse button was released: what it chose, where to show a menu.
    void stretchChosen(stint::spans::Period stretch, stint::TimelineView::Hit hit, QPoint globalPos);

protected:
    void paintEvent(QPaintEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    bool event(QEvent *event) override;

private:
    QRect plotArea() const;
    int labelWidth() const;
    int laneHeight() const;
    int axisHeight() const;
    void paintAxis(QPainter &painter, const QRect &plot);
    void paintLane(QPainter &painter, const Lane &lane, const QRect &row);
    QColor colorOf(int info) const;

    Data m_data;
    bool m_hasData = false;
    std::vector<QColor> m_colors; // per info
    spans::Period m_view;
    qint64 m_now = 0;
    std::optional<QPointF> m_dragFrom;
    std::optional<QPointF> m_selectFrom;
    spans::Period m_selection;
    spans::Period m_dragView;
};

} // namespace stint
