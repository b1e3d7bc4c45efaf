#include "TimelineView.h"

#include "CategoryColors.h"
#include "DurationText.h"
#include "model/Timestamp.h"

#include <QDateTime>
#include <QHelpEvent>
#include <QKeyEvent>
#include <QLocale>
#include <QMouseEvent>
#include <QPainter>
#include <QToolTip>
#include <QWheelEvent>

#include <algorithm>
#include <array>
#include <cmath>

namespace stint {

namespace {

constexpr qint64 kSecond = Timestamp::kNanosPerSecond;
constexpr qint64 kDay = 86'400 * kSecond;
constexpr int kMinTickSpacing = 90; // pixels between labelled ticks
constexpr double kWheelZoom = 0.8;  // per wheel notch
constexpr double kKeyPan = 0.1;     // share of the view per arrow key

qint64 localOffset(qint64 time)
{
    return qint64(Timestamp::toDateTime(time).toLocalTime().offsetFromUtc()) * kSecond;
}

QString timeText(qint64 time, bool seconds)
{
    const QDateTime local = Timestamp::toDateTime(time).toLocalTime();
    return local.time().toString(seconds ? QStringLiteral("HH:mm:ss") : QStringLiteral("HH:mm"));
}

} // namespace

TimelineView::TimelineView(QWidget *parent)
    : QWidget(parent)
{
    setFocusPolicy(Qt::StrongFocus);
    setMouseTracking(true);
    setBackgroundRole(QPalette::Base);
    setAutoFillBackground(true);
    setCursor(Qt::OpenHandCursor);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
    // The visible range is the page's to set, from its clock.
}

void TimelineView::setData(Data data)
{
    m_data = std::move(data);
    m_hasData = true;
    m_colors.clear();
    m_colors.reserve(size_t(m_data.infos.size()));
    for (int i = 0; i < m_data.infos.size(); ++i)
        m_colors.push_back(colorOf(i));
    updateGeometry();
    update();
}

QColor TimelineView::colorOf(int info) const
{
    const Info &what = m_data.infos.at(info);
    switch (what.kind) {
    case Info::Kind::Active:
        return QColor(0x59a14f);
    case Info::Kind::Away:
        return palette().color(QPalette::Mid);
    case Info::Kind::Paused:
        return QColor(0xb07aa1);
    case Info::Kind::Category:
        break;
    }
    return CategoryColors::color(what.category, what.color, palette());
}

void TimelineView::setVisibleRange(spans::Period range)
{
    qint64 span = std::clamp(range.duration(), kMinSpan, kMaxSpan);
    // Kept between 1970 and about 2190, far from where nanosecond arithmetic overflows.
    const qint64 center = std::clamp(range.start + range.duration() / 2, kMaxSpan, qint64(7'000'000'000'000'000'000));
    spans::Period clamped{center - span / 2, center - span / 2 + span};
    if (clamped == m_view)
        return;
    m_view = clamped;
    update();
    Q_EMIT visibleRangeChanged(m_view);
}

void TimelineView::zoom(double factor, qint64 anchor)
{
    // Clamped as a double: a large factor must not overflow the conversion to nanoseconds.
    const double wanted = std::clamp(double(m_view.duration()) * factor, double(kMinSpan), double(kMaxSpan));
    const qint64 span = std::clamp(qint64(wanted), kMinSpan, kMaxSpan);
    const double share = double(anchor - m_view.start) / double(m_view.duration());
    const qint64 start = anchor - qint64(share * double(span));
    setVisibleRange({start, start + span});
}

void TimelineView::zoom(double factor)
{
    zoom(factor, m_view.start + m_view.duration() / 2);
}

void TimelineView::showNow()
{
    const qint64 span = m_view.duration();
    setVisibleRange({m_now - span * 9 / 10, m_now + span / 10});
}

void TimelineView::pan(qint64 delta)
{
    setVisibleRange({m_view.start + delta, m_view.end + delta});
}

void TimelineView::setNow(qint64 now)
{
    m_now = now;
    update();
}

int TimelineView::labelWidth() const
{
    return std::clamp(width() / 5, fontMetrics().averageCharWidth() * 14, fontMetrics().averageCharWidth() * 30);
}

int TimelineView::laneHeight() const
{
    return 2 * fontMetrics().height() + 12;
}

int TimelineView::axisHeight() const
{
    return fontMetrics().height() + 12;
}

QRect TimelineView::plotArea() const
{
    return QRect(labelWidth(), axisHeight(), std::max(1, width() - labelWidth() - 8), height() - axisHeight());
}

QRect TimelineView::laneRect(int lane) const
{
    const QRect plot = plotArea();
    return {plot.left(), plot.top() + lane * laneHeight(), plot.width(), laneHeight()};
}

double TimelineView::xOf(qint64 time) const
{
    const QRect plot = plotArea();
    return plot.left() + double(time - m_view.start) * plot.width() / double(m_view.duration());
}

qint64 TimelineView::timeAt(double x) const
{
    const QRect plot = plotArea();
    return m_view.start + qint64((x - plot.left()) * double(m_view.duration()) / plot.width());
}

QSize TimelineView::sizeHint() const
{
    return {800, axisHeight() + laneHeight() * int(std::max<qsizetype>(3, m_data.lanes.size())) + 8};
}

QSize TimelineView::minimumSizeHint() const
{
    return {400, axisHeight() + laneHeight() * 2};
}

std::optional<TimelineView::Hit> TimelineView::hitTest(QPoint point) const
{
    const QRect plot = plotArea();
    if (!plot.contains(point))
        return std::nullopt;
    const int lane = (point.y() - plot.top()) / laneHeight();
    if (lane < 0 || lane >= m_data.lanes.size())
        return std::nullopt;
    const QRect row = laneRect(lane).adjusted(0, 4, 0, -4);
    if (point.y() < row.top() || point.y() > row.bottom())
        return std::nullopt;
    // The event under the cursor, or the nearest one within a few pixels (tiny events are hard to hit).
    const std::vector<Item> &items = m_data.lanes.at(lane).items;
    const qint64 slack = qint64(3.0 * double(m_view.duration()) / plot.width());
    const qint64 time = timeAt(point.x());
    const qint64 from = time - slack - m_data.lanes.at(lane).longest;
    auto it =
        std::lower_bound(items.begin(), items.end(), from, [](const Item &item, qint64 t) { return item.start < t; });
    int best = -1;
    qint64 bestDistance = slack + 1;
    for (; it != items.end() && it->start <= time + slack; ++it) {
        const qint64 distance = time < it->start ? it->start - time : (time >= it->end ? time - it->end + 1 : 0);
        if (distance < bestDistance || (distance == 0 && bestDistance == 0)) {
            bestDistance = distance;
            best = int(it - items.begin());
        }
    }
    if (best < 0)
        return std::nullopt;
    return Hit{lane, best};
}

QString TimelineView::laneTitle(const Lane &lane)
{
    if (lane.type == QLatin1String("currentwindow"))
        return tr("Windows");
    if (lane.type == QLatin1String("afkstatus"))
        return tr("Active / away");
    if (lane.type == QLatin1String("stint.pause"))
        return tr("Pauses");
    if (lane.type == QLatin1String("general.stopwatch"))
        return tr("Manual time");
    if (lane.type.startsWith(QLatin1String("web."))) {
        // ActivityWatch's browser buckets are named aw-watcher-web-<browser>_<host>.
        static const QString prefix = QStringLiteral("aw-watcher-web-");
        QString browser = lane.bucketId.startsWith(prefix) ? lane.bucketId.mid(prefix.size()) : QString();
        browser = browser.left(browser.indexOf(u'_'));
        return browser.isEmpty() ? tr("Browser tabs") : tr("Browser tabs (%1)").arg(browser);
    }
    return lane.bucketId;
}

QString TimelineView::toolTipText(const Hit &hit) const
{
    if (hit.lane < 0 || hit.lane >= m_data.lanes.size())
        return {};
    const Lane &lane = m_data.lanes.at(hit.lane);
    if (hit.item < 0 || size_t(hit.item) >= lane.items.size())
        return {};
    const Item &item = lane.items.at(size_t(hit.item));
    const Info &info = m_data.infos.at(item.info);
    QStringList lines;
    switch (info.kind) {
    case Info::Kind::Active:
        //: in a tooltip: the user was at the computer
        lines << tr("Active");
        break;
    case Info::Kind::Away:
        //: in a tooltip: the user was away from the computer
        lines << tr("Away");
        break;
    case Info::Kind::Paused:
        lines << tr("Paused");
        break;
    case Info::Kind::Category:
        if (!info.app.isEmpty() && !info.appName.isEmpty() && info.appName != info.app)
            //: in a tooltip: the app's name, then the id it was recorded with
            lines << tr("App: %1 (%2)").arg(info.appName, info.app);
        else if (!info.app.isEmpty())
            lines << tr("App: %1").arg(info.app);
        if (!info.title.isEmpty())
            lines << tr("Title: %1").arg(info.title);
        if (!info.url.isEmpty())
            lines << tr("URL: %1").arg(info.url);
        if (!info.other.isEmpty())
            lines << info.other;
        lines << tr("Category: %1").arg(info.category.join(QStringLiteral(" › ")));
        break;
    }
    const QLocale locale;
    const QDateTime start = Timestamp::toDateTime(item.start).toLocalTime();
    lines << tr("Start: %1 %2").arg(locale.toString(start.date(), QLocale::ShortFormat), timeText(item.start, true));
    lines << tr("Duration: %1").arg(DurationText::format(item.end - item.start));
    return lines.join(u'\n');
}

void TimelineView::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    const QPalette &pal = palette();
    const QRect plot = plotArea();
    const QFontMetrics metrics = fontMetrics();

    // Lane backgrounds and labels.
    for (int i = 0; i < m_data.lanes.size(); ++i) {
        const QRect row = laneRect(i);
        if (i % 2 == 1)
            painter.fillRect(QRect(0, row.top(), width(), row.height()), pal.color(QPalette::AlternateBase));
        const Lane &lane = m_data.lanes.at(i);
        const QRect label(8, row.top() + 4, plot.left() - 16, row.height() - 8);
        painter.setPen(pal.color(QPalette::Text));
        painter.drawText(label, Qt::AlignLeft | Qt::AlignTop,
                         metrics.elidedText(laneTitle(lane), Qt::ElideRight, label.width()));
        painter.setPen(pal.color(QPalette::PlaceholderText));
        painter.drawText(
            label, Qt::AlignLeft | Qt::AlignBottom,
            metrics.elidedText(lane.host.isEmpty() ? lane.bucketId : lane.host, Qt::ElideRight, label.width()));
    }
    paintAxis(painter, plot);
    painter.save();
    painter.setClipRect(plot);
    for (int i = 0; i < m_data.lanes.size(); ++i)
        paintLane(painter, m_data.lanes.at(i), laneRect(i));
    if (m_selection.duration() > 0) {
        QColor shade = pal.color(QPalette::Highlight);
        shade.setAlphaF(0.25f);
        painter.fillRect(
            QRectF(QPointF(xOf(m_selection.start), plot.top()), QPointF(xOf(m_selection.end), plot.bottom())), shade);
    }
    if (m_now > m_view.start && m_now < m_view.end) {
        painter.setPen(QPen(pal.color(QPalette::Highlight), 2));
        painter.drawLine(QPointF(xOf(m_now), plot.top()), QPointF(xOf(m_now), plot.bottom()));
    }
    painter.restore();

    if (!m_hasData || m_data.lanes.isEmpty()) {
        painter.setPen(pal.color(QPalette::PlaceholderText));
        painter.drawText(plot, Qt::AlignCenter, m_hasData ? tr("Nothing recorded yet") : tr("Loading…"));
    } else if (m_view.start < m_data.loaded.start || m_view.end > m_data.loaded.end) {
        painter.setPen(pal.color(QPalette::PlaceholderText));
        painter.drawText(plot.adjusted(0, 4, -4, 0), Qt::AlignRight | Qt::AlignTop, tr("Loading…"));
    }
}

std::vector<qint64> TimelineView::axisTicks(spans::Period view, qint64 step,
                                            const std::function<qint64(qint64)> &offsetAt)
{
    std::vector<qint64> ticks;
    qint64 offset = offsetAt(view.start);
    for (qint64 local = (view.start + offset) / step * step;; local += step) {
        // The instant the clock shows `local`, by the offset in force at the last tick or, when
        // that lands past a change, by the one after it.
        qint64 tick = local - offset;
        if (const qint64 there = offsetAt(tick); there != offset)
            tick = local - there;
        if (tick > view.end)
            return ticks;
        if (tick >= view.start && (ticks.empty() || tick > ticks.back())) {
            ticks.push_back(tick);
            offset = offsetAt(tick);
        }
    }
}

void TimelineView::paintAxis(QPainter &painter, const QRect &plot)
{
    const QPalette &pal = palette();
    const QFontMetrics metrics = fontMetrics();
    // The smallest step that keeps labelled ticks apart, aligned to local time.
    static constexpr std::array<qint64, 19> kSteps{1,    5,    10,    30,    60,    120,   300,    600,    900,   1800,
                                                   3600, 7200, 10800, 21600, 43200, 86400, 172800, 345600, 604800};
    const double nanosPerPixel = double(m_view.duration()) / plot.width();
    qint64 step = kSteps.back() * kSecond;
    for (qint64 candidate : kSteps) {
        if (double(candidate * kSecond) / nanosPerPixel >= kMinTickSpacing) {
            step = candidate * kSecond;
            break;
        }
    }
    QColor grid = pal.color(QPalette::Text);
    grid.setAlphaF(0.10f);
    for (const qint64 tick : axisTicks(m_view, step, localOffset)) {
        // Ticks of a day or more, and local midnights, carry the date.
        const qint64 local = tick + localOffset(tick);
        const bool midnight = local % kDay == 0;
        QString label;
        if (step >= kDay || midnight)
            label = QLocale().toString(Timestamp::toDateTime(tick).toLocalTime().date(),
                                       tr("ddd d MMM", "date format (QLocale::toString)"));
        else
            label = timeText(tick, step < 60 * kSecond);
        const double x = xOf(tick);
        painter.setPen(QPen(grid, midnight ? 2 : 1));
        painter.drawLine(QPointF(x, plot.top()), QPointF(x, plot.bottom()));
        painter.setPen(midnight ? pal.color(QPalette::Text) : pal.color(QPalette::PlaceholderText));
        const int w = metrics.horizontalAdvance(label);
        const double labelLeft = std::min(x - w / 2.0, double(width() - w - 2));
        painter.drawText(QRectF(labelLeft, 4, w, metrics.height()), Qt::AlignCenter, label);
    }
    painter.setPen(QPen(grid, 1));
    painter.drawLine(plot.left(), plot.top(), plot.right(), plot.top());
}

void TimelineView::paintLane(QPainter &painter, const Lane &lane, const QRect &row)
{
    const QRectF band(row.left(), row.top() + 6, row.width(), row.height() - 12);
    const std::vector<Item> &items = lane.items;
    auto it = std::lower_bound(items.begin(), items.end(), m_view.start - lane.longest,
                               [](const Item &item, qint64 t) { return item.start < t; });
    // Runs of events: every event that starts in the pixel column where the run started joins it,
    // and the run takes the colour of its longest member. So each column costs one rectangle
    // however many heartbeats fall into it, and short events keep their own colours when zoomed in.
    double runStart = 0;
    double runEnd = -1e9;
    qint64 runLongest = -1;
    int runInfo = -1;
    const auto flush = [&] {
        if (runInfo >= 0)
            painter.fillRect(QRectF(runStart, band.top(), std::max(1.0, runEnd - runStart), band.height()),
                             m_colors[size_t(runInfo)]);
    };
    // xOf() without its layout arithmetic, once per event.
    const double scale = band.width() / double(m_view.duration());
    const qint64 origin = m_view.start;
    const double left = band.left();
    for (; it != items.end() && it->start < m_view.end; ++it) {
        if (it->end <= m_view.start)
            continue;
        const double x0 = std::max(left + double(it->start - origin) * scale, band.left() - 1);
        const double x1 = std::min(left + double(it->end - origin) * scale, band.right() + 1);
        const bool joins = runInfo >= 0 && std::floor(x0) <= std::floor(runStart);
        if (joins) {
            runEnd = std::max(runEnd, x1);
            if (it->end - it->start > runLongest) {
                runLongest = it->end - it->start;
                runInfo = it->info;
            }
            continue;
        }
        flush();
        runStart = x0;
        runEnd = x1;
        runLongest = it->end - it->start;
        runInfo = it->info;
    }
    flush();
}

void TimelineView::wheelEvent(QWheelEvent *event)
{
    const double notches = event->angleDelta().y() / 120.0;
    if (notches == 0) {
        // A horizontal scroll (touchpad) pans.
        const double sideways = event->angleDelta().x() / 120.0;
        pan(qint64(-sideways * kKeyPan * double(m_view.duration())));
        event->accept();
        return;
    }
    zoom(std::pow(kWheelZoom, notches), timeAt(event->position().x()));
    event->accept();
}

void TimelineView::clearSelection()
{
    m_selectFrom.reset();
    m_selection = {};
    update();
}

void TimelineView::mousePressEvent(QMouseEvent *event)
{
    if (event->button() == Qt::RightButton) {
        m_selectFrom = event->position();
        m_selection = {};
        update();
    }
    if (event->button() == Qt::LeftButton) {
        m_dragFrom = event->position();
        m_dragView = m_view;
        setCursor(Qt::ClosedHandCursor);
        QToolTip::hideText();
    }
    QWidget::mousePressEvent(event);
}

void TimelineView::mouseMoveEvent(QMouseEvent *event)
{
    if (m_dragFrom) {
        const double dx = event->position().x() - m_dragFrom->x();
        const qint64 shift = qint64(-dx * double(m_dragView.duration()) / plotArea().width());
        setVisibleRange({m_dragView.start + shift, m_dragView.end + shift});
    } else if (m_selectFrom) {
        const qint64 a = timeAt(m_selectFrom->x());
        const qint64 b = timeAt(event->position().x());
        m_selection = {std::min(a, b), std::max(a, b)};
        update();
    }
    QWidget::mouseMoveEvent(event);
}

void TimelineView::mouseReleaseEvent(QMouseEvent *event)
{
    if (event->button() == Qt::RightButton && m_selectFrom) {
        const double from = m_selectFrom->x();
        const double to = event->position().x();
        m_selectFrom.reset();
        Hit hit;
        if (std::abs(to - from) >= 4) {
            m_selection = {timeAt(std::min(from, to)), timeAt(std::max(from, to))};
        } else if (const auto found = hitTest(event->position().toPoint())) {
            hit = *found;
            const Item &item = m_data.lanes.at(hit.lane).items.at(size_t(hit.item));
            m_selection = {item.start, item.end};
        } else {
            m_selection = {};
        }
        update();
        Q_EMIT stretchChosen(m_selection, hit, event->globalPosition().toPoint());
        event->accept();
        return;
    }
    if (event->button() == Qt::LeftButton) {
        m_dragFrom.reset();
        setCursor(Qt::OpenHandCursor);
    }
    QWidget::mouseReleaseEvent(event);
}

void TimelineView::keyPressEvent(QKeyEvent *event)
{
    switch (event->key()) {
    case Qt::Key_Plus:
    case Qt::Key_Equal:
        zoom(kWheelZoom);
        break;
    case Qt::Key_Minus:
        zoom(1 / kWheelZoom);
        break;
    case Qt::Key_Left:
        pan(-qint64(kKeyPan * double(m_view.duration())));
        break;
    case Qt::Key_Right:
        pan(qint64(kKeyPan * double(m_view.duration())));
        break;
    default:
        QWidget::keyPressEvent(event);
        return;
    }
    event->accept();
}

bool TimelineView::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        // Over a lane's name: which bucket it is.
        const int row = (help->pos().y() - plotArea().top()) / laneHeight();
        if (help->pos().x() < plotArea().left() && help->pos().y() >= plotArea().top() && row < m_data.lanes.size()) {
            const Lane &lane = m_data.lanes.at(row);
            QToolTip::showText(help->globalPos(),
                               tr("Bucket %1\nType %2\nHost %3").arg(lane.bucketId, lane.type, lane.host), this);
            return true;
        }
        const auto hit = hitTest(help->pos());
        if (!hit || m_dragFrom) {
            QToolTip::hideText();
            event->ignore();
            return true;
        }
        const Lane &lane = m_data.lanes.at(hit->lane);
        const Item &item = lane.items.at(size_t(hit->item));
        const QRect area(QPoint(int(xOf(item.start)), laneRect(hit->lane).top()),
                         QPoint(int(xOf(item.end)) + 1, laneRect(hit->lane).bottom()));
        QToolTip::showText(help->globalPos(), toolTipText(*hit), this, area.intersected(plotArea()));
        return true;
    }
    return QWidget::event(event);
}

} // namespace stint
