#include "TimelinePage.h"

#include "DatePicker.h"
#include "HostSelector.h"
#include "ManualTimeClient.h"
#include "ManualTimeDialog.h"

#include "manual/ManualEntry.h"
#include "model/Json.h"
#include "model/Timestamp.h"
#include "reports/ReportThread.h"
#include "util/Clock.h"

#include <QHBoxLayout>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QSet>
#include <QSignalBlocker>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>

namespace stint {

namespace {

constexpr qint64 kSecond = Timestamp::kNanosPerSecond;

// Window lanes first, then AFK, browsers, pauses, and whatever was imported.
int laneOrder(const QString &type)
{
    if (type == QLatin1String("currentwindow"))
        return 0;
    if (type == QLatin1String("afkstatus") || type == ManualEntry::kBucketType)
        return 1;
    if (type.startsWith(QLatin1String("web.")))
        return 2;
    if (type == QLatin1String("stint.pause"))
        return 3;
    return 4;
}

TimelineView::Info infoOf(ReportEngine &engine, const QString &type, const QJsonObject &data)
{
    using Kind = TimelineView::Info::Kind;
    TimelineView::Info info;
    if (type == QLatin1String("afkstatus")) {
        info.kind = data.value(QStringLiteral("status")).toString() == QLatin1String("afk") ? Kind::Away : Kind::Active;
        return info;
    }
    if (type == QLatin1String("stint.pause")) {
        info.kind = Kind::Paused;
        return info;
    }
    info.app = data.value(QStringLiteral("app")).toString();
    if (!info.app.isEmpty())
        info.appName = engine.apps().name(info.app);
    info.title = data.value(QStringLiteral("title")).toString();
    info.url = data.value(QStringLiteral("url")).toString();
    QStringList other;
    for (auto it = data.begin(); it != data.end() && other.size() < 4; ++it) {
        if (it.key() == QLatin1String("app") || it.key() == QLatin1String("title") || it.key() == QLatin1String("url"))
            continue;
        const QString value =
            it.value().isString() ? it.value().toString() : json::toCompactText(QJsonObject{{it.key(), it.value()}});
        other << QStringLiteral("%1: %2").arg(it.key(), value.left(200));
    }
    info.other = other.join(u'\n');
    const int rule = engine.categories().categorize(data);
    info.category = engine.categories().nameOf(rule);
    info.color = engine.categories().colorOf(rule);
    return info;
}

} // namespace

TimelinePage::TimelinePage(UiContext context, QWidget *parent)
    : Page(parent)
    , m_context(std::move(context))
    , m_gate([this] { startRead(); })
{
    setObjectName(QStringLiteral("timelinePage"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 12, 16, 12);
    layout->setSpacing(8);

    auto *bar = new QHBoxLayout;
    m_rangeLabel = new QLabel(this);
    m_rangeLabel->setObjectName(QStringLiteral("rangeLabel"));
    QFont bold = m_rangeLabel->font();
    bold.setBold(true);
    bold.setPointSizeF(bold.pointSizeF() * 1.15);
    m_rangeLabel->setFont(bold);
    bar->addWidget(m_rangeLabel, 1);
    auto *hint = new QLabel(tr("Scroll to zoom, drag to move"), this);
    hint->setForegroundRole(QPalette::PlaceholderText);
    bar->addWidget(hint);

    const auto button = [this, bar](const char *name, const QString &text, const QString &tip, QKeySequence key) {
        auto *b = new QToolButton(this);
        b->setObjectName(QString::fromLatin1(name));
        b->setText(text);
        b->setAutoRaise(true);
        if (!key.isEmpty()) {
            b->setShortcut(key);
            b->setToolTip(tr("%1 (%2)").arg(tip, key.toString(QKeySequence::NativeText)));
        } else {
            b->setToolTip(tip);
        }
        bar->addWidget(b);
        return b;
    };
    QToolButton *zoomOut = button("zoomOutButton", tr("Zoom out"), tr("Show a longer stretch"), QKeySequence::ZoomOut);
    QToolButton *zoomIn = button("zoomInButton", tr("Zoom in"), tr("Show a shorter stretch"), QKeySequence::ZoomIn);
    QToolButton *earlier =
        button("earlierButton", tr("Earlier"), tr("Go back by the span shown"), QKeySequence(Qt::Key_PageUp));
    earlier->setArrowType(Qt::LeftArrow);
    QToolButton *later =
        button("laterButton", tr("Later"), tr("Go forward by the span shown"), QKeySequence(Qt::Key_PageDown));
    later->setArrowType(Qt::RightArrow);
    //: button: scroll the timeline to the present
    QToolButton *now = button("nowButton", tr("Now"), tr("Go to the present"), QKeySequence(Qt::Key_Home));
    QToolButton *manual = button("manualTimeButton", tr("Manual time…"),
                                 tr("Timers and entries by hand (right-drag over the timeline adds one)"), {});
    m_picker = new DatePicker(this);
    m_picker->markDaysWithData(m_context.reports);
    bar->addWidget(m_picker);
    m_hostSelector = new HostSelector(this);
    bar->addWidget(m_hostSelector);
    layout->addLayout(bar);

    m_errorLabel = new QLabel(this);
    m_errorLabel->setObjectName(QStringLiteral("errorLabel"));
    m_errorLabel->setWordWrap(true);
    m_errorLabel->hide();
    layout->addWidget(m_errorLabel);

    m_view = new TimelineView(this);
    m_view->setObjectName(QStringLiteral("timelineView"));
    m_view->setAccessibleName(tr("Timeline of every bucket"));
    layout->addWidget(m_view, 1);
    const qint64 present = m_context.clock->nowNanos();
    m_view->setVisibleRange({present - 12 * 3600 * kSecond, present + 30 * 60 * kSecond});
    m_view->setNow(present);

    connect(zoomOut, &QToolButton::clicked, this, [this] { m_view->zoom(1.5); });
    connect(zoomIn, &QToolButton::clicked, this, [this] { m_view->zoom(1 / 1.5); });
    connect(earlier, &QToolButton::clicked, this, [this] { page(-1); });
    connect(later, &QToolButton::clicked, this, [this] { page(1); });
    connect(now, &QToolButton::clicked, this, &TimelinePage::goToNow);
    m_manual = new ManualTimeClient(m_context, this);
    connect(manual, &QToolButton::clicked, this, [this] {
        auto *dialog = findChild<ManualTimeDialog *>();
        if (!dialog)
            dialog = new ManualTimeDialog(m_context, this);
        dialog->show();
        dialog->raise();
    });
    connect(m_view, &TimelineView::stretchChosen, this, &TimelinePage::showStretchMenu);
    // A saved entry shows at once.
    connect(m_manual, &ManualTimeClient::written, this, [this] { m_gate.request(); });
    connect(m_picker, &QDateEdit::dateChanged, this, &TimelinePage::showDate);
    connect(m_hostSelector, &HostSelector::choiceChanged, this, [this] { m_gate.request(); });
    connect(m_view, &TimelineView::visibleRangeChanged, this, [this] {
        updateRangeLabel();
        updatePicker();
        ensureLoaded();
    });
    updateRangeLabel();
    updatePicker();
}

void TimelinePage::showPeriod(spans::Period period)
{
    const qint64 present = m_context.clock->nowNanos();
    // Of the current day or week, the part up to now and a little after it.
    if (period.start < present && present < period.end)
        period.end = std::min(period.end, present + std::max(period.duration() / 20, 30 * 60 * kSecond));
    period.start = std::max(period.start, period.end - TimelineView::kMaxSpan);
    m_view->setVisibleRange(period);
}

void TimelinePage::showDate(QDate date)
{
    if (date.isValid())
        m_view->setVisibleRange(m_calendar.day(date));
}

void TimelinePage::page(int direction)
{
    m_view->pan(direction * m_view->visibleRange().duration());
}

void TimelinePage::goToNow()
{
    m_view->setNow(m_context.clock->nowNanos());
    m_view->showNow();
}

void TimelinePage::updatePicker()
{
    // The day in the middle of the view, without moving the view again.
    const spans::Period range = m_view->visibleRange();
    const QSignalBlocker blocker(m_picker);
    m_picker->setMaximumDate(m_calendar.dateOf(m_context.clock->nowNanos()));
    m_picker->setDate(m_calendar.dateOf(range.start + range.duration() / 2));
}

QString TimelinePage::title() const
{
    return tr("Timeline");
}

QIcon TimelinePage::icon() const
{
    return QIcon(QStringLiteral(":/icons/timeline.svg"));
}

void TimelinePage::refresh()
{
    m_manual->refresh();
    m_view->setNow(m_context.clock->nowNanos());
    m_gate.request();
}

void TimelinePage::ensureLoaded()
{
    const spans::Period visible = m_view->visibleRange();
    const spans::Period loaded = m_view->data().loaded;
    // Only while the page is on screen; refresh() reads when it is shown again.
    if (isVisible() && (!m_view->hasData() || visible.start < loaded.start || visible.end > loaded.end))
        m_gate.request();
}

void TimelinePage::updateRangeLabel()
{
    const spans::Period range = m_view->visibleRange();
    const QLocale locale;
    const QDateTime from = Timestamp::toDateTime(range.start).toLocalTime();
    const QDateTime to = Timestamp::toDateTime(range.end).toLocalTime();
    // The year only when the span reaches outside the current one.
    const int year = Timestamp::toDateTime(m_context.clock->nowNanos()).toLocalTime().date().year();
    const QString format =
        from.date().year() == year && to.date().year() == year ? tr("ddd d MMM HH:mm") : tr("ddd d MMM yyyy HH:mm");
    m_rangeLabel->setText(tr("%1 – %2").arg(locale.toString(from, format),
                                            from.date() == to.date() ? to.time().toString(QStringLiteral("HH:mm"))
                                                                     : locale.toString(to, format)));
}

std::optional<TimelineView::Data> TimelinePage::read(ReportEngine &engine, spans::Period range, const QString &host,
                                                     QString *error, qint64 now)
{
    EventReader &reader = engine.reader();
    auto buckets = reader.buckets(false);
    if (!buckets) {
        *error = reader.error();
        return std::nullopt;
    }
    std::stable_sort(buckets->begin(), buckets->end(), [](const Bucket &a, const Bucket &b) {
        const int ra = laneOrder(a.type);
        const int rb = laneOrder(b.type);
        return ra != rb ? ra < rb : a.id < b.id;
    });
    TimelineView::Data data;
    data.loaded = range;
    // Each distinct data text is parsed and categorized once.
    QHash<QString, int> known;
    QSet<int> running; // infos of running timers
    for (const Bucket &bucket : std::as_const(*buckets)) {
        if (!host.isEmpty() && bucket.hostname != host && bucket.type != ManualEntry::kBucketType)
            continue;
        TimelineView::Lane lane{bucket.id, bucket.type, bucket.hostname, {}, 0};
        const bool manual = bucket.type == ManualEntry::kBucketType;
        const bool ok = reader.forEachRow(
            bucket.id, {range.start, range.end}, [&](qint64 id, qint64 start, qint64 end, const QString &text) {
                auto found = known.constFind(text);
                if (found == known.constEnd()) {
                    const QJsonObject object = QJsonDocument::fromJson(text.toUtf8()).object();
                    found = known.insert(text, int(data.infos.size()));
                    data.infos.append(infoOf(engine, bucket.type, object));
                    if (manual && ManualEntry::isRunning(object))
                        running.insert(found.value());
                }
                if (manual && running.contains(found.value()))
                    end = std::max(end, std::min(now, range.end));
                lane.items.push_back({start, end, found.value(), manual ? id : 0});
                lane.longest = std::max(lane.longest, end - start);
            });
        if (!ok) {
            *error = reader.error();
            return std::nullopt;
        }
        std::stable_sort(lane.items.begin(), lane.items.end(),
                         [](const TimelineView::Item &a, const TimelineView::Item &b) { return a.start < b.start; });
        data.lanes.append(std::move(lane));
    }
    return data;
}

void TimelinePage::startRead()
{
    // The visible range and half of it again on each side, so short pans need no read.
    const spans::Period visible = m_view->visibleRange();
    const qint64 margin = visible.duration() / 2;
    const spans::Period range{visible.start - margin, visible.end + margin};
    struct Result
    {
        std::optional<TimelineView::Data> data;
        QString error;
        ReportCalendar calendar;
        HostSelector::Hosts hosts;
    };
    const QString host = HostSelector::storedChoice();
    const qint64 now = m_context.clock->nowNanos();
    m_context.reports.run(
        this,
        [range, host, now](ReportEngine &engine) {
            Result result;
            result.hosts = HostSelector::read(engine, host);
            result.data = read(engine, range, result.hosts.host, &result.error, now);
            result.calendar = engine.calendar();
            return result;
        },
        [this](Result result) {
            m_gate.finished();
            // A newer request is already queued when the user picked another host.
            if (result.hosts.choice != HostSelector::storedChoice())
                return;
            m_hostSelector->showHosts(result.hosts);
            m_calendar = result.calendar;
            updatePicker();
            m_errorLabel->setVisible(!result.data);
            if (!result.data) {
                m_errorLabel->setText(tr("Could not read the timeline: %1").arg(result.error));
                return;
            }
            m_view->setData(std::move(*result.data));
            Q_EMIT shown();
            ensureLoaded();
        });
}

void TimelinePage::showStretchMenu(spans::Period stretch, TimelineView::Hit hit, QPoint globalPos)
{
    auto *menu = new QMenu(this);
    menu->setObjectName(QStringLiteral("timelineMenu"));
    menu->setAttribute(Qt::WA_DeleteOnClose);
    const TimelineView::Data &shown = m_view->data();
    const TimelineView::Lane *lane = hit.lane >= 0 ? &shown.lanes.at(hit.lane) : nullptr;
    if (lane && lane->type == ManualEntry::kBucketType) {
        const qint64 id = lane->items.at(size_t(hit.item)).id;
        QAction *edit = menu->addAction(tr("Edit entry…"));
        edit->setObjectName(QStringLiteral("editEntryAction"));
        connect(edit, &QAction::triggered, this, [this, id] { editEntry(id); });
        QAction *remove = menu->addAction(tr("Delete entry"));
        remove->setObjectName(QStringLiteral("deleteEntryAction"));
        connect(remove, &QAction::triggered, m_manual, [this, id] { m_manual->remove(id); });
    } else if (stretch.duration() > 0) {
        QAction *add = menu->addAction(tr("Add entry…"));
        add->setObjectName(QStringLiteral("addEntryAction"));
        connect(add, &QAction::triggered, this, [this, stretch] { addEntry(stretch); });
    } else {
        delete menu;
        m_view->clearSelection();
        return;
    }
    connect(menu, &QMenu::aboutToHide, m_view, &TimelineView::clearSelection);
    menu->popup(globalPos);
}

void TimelinePage::addEntry(spans::Period stretch)
{
    ManualEntry entry;
    // To the minute: a stretch dragged with the mouse is not meant to the second.
    constexpr qint64 kMinute = 60 * kSecond;
    entry.start = (stretch.start + kMinute / 2) / kMinute * kMinute;
    entry.end = std::max(entry.start + kMinute, (stretch.end + kMinute / 2) / kMinute * kMinute);
    m_manual->openEditor(entry, this);
}

void TimelinePage::editEntry(qint64 id)
{
    // Any age: the entry is read by its id.
    m_context.reports.run(
        this,
        [id](ReportEngine &engine) -> std::optional<Event> {
            const auto event = engine.reader().event(ManualEntry::kBucketId, id);
            return event && *event ? std::optional<Event>(**event) : std::nullopt;
        },
        [this](std::optional<Event> event) {
            if (event)
                m_manual->openEditor(ManualEntry::fromEvent(*event), this);
        });
}

} // namespace stint
