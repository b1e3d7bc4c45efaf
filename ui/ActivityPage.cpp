#include "ActivityPage.h"

#include "AppIcon.h"
#include "BarList.h"
#include "CategoryColors.h"
#include "CategoryEditor.h"
#include "DonutChart.h"
#include "DurationText.h"
#include "ElidedLabel.h"
#include "GoalsCard.h"
#include "HostSelector.h"
#include "PageSection.h"
#include "ProblemStyle.h"
#include "StackedBarChart.h"
#include "app/RecordingStatus.h"
#include "app/Tracker.h"
#include "model/Timestamp.h"
#include "reports/CategoryRules.h"
#include "reports/ReportThread.h"
#include "reports/SummaryBuilder.h"
#include "util/Clock.h"
#include "watchers/PauseController.h"
#include "watchers/WatcherBuckets.h"

#include <QEvent>
#include <QGridLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QScrollArea>
#include <QSet>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>

namespace stint {

namespace {

constexpr QChar kKeySeparator(0x1f);

QString orUnknown(const QString &text)
{
    return text.isEmpty() ? ActivityPage::tr("(unknown)") : text;
}

} // namespace

struct ActivityPage::Result
{
    bool ok = false;
    QString error;
    ReportCalendar calendar;
    spans::Period period;
    PeriodNavigator::Span span = PeriodNavigator::Span::Day;
    QDate date;
    ReportFilter filter;
    HostSelector::Hosts hosts;
    Summary summary;
    QList<TimelineStrip::Slot> strip;
    // Time per hour, day or month, split by top-level category (as summary.topCategories).
    QList<StackedBarChart::Column> columns;
    QList<QDate> columnDates; // the day or month a column stands for (none for hours)
    QList<QList<qint64>> columnParts;
    QString scoreExplanation; // from the category rules the summary used
    QList<AppEntry> topApps;  // names and icons of the first kTopEntries apps, in the same order
    QStringList topTitleApps; // the names of the first kTopEntries titles' apps (the id when unknown)
};

void ActivityPage::fillColumns(Result &result)
{
    const Summary &summary = result.summary;
    const qsizetype parts = summary.topCategories.size();
    result.columnParts = QList<QList<qint64>>(parts);
    const auto append = [&](const StackedBarChart::Column &column, QDate date, const QList<qint64> &byCategory) {
        result.columns.append(column);
        result.columnDates.append(date);
        for (qsizetype i = 0; i < parts; ++i)
            result.columnParts[i].append(byCategory.value(i));
    };
    const QLocale locale;
    switch (result.span) {
    case PeriodNavigator::Span::Day: {
        const int firstHour = result.calendar.startOfDay().hour();
        for (int i = 0; i < 24; ++i) {
            const int hour = (firstHour + i) % 24;
            append(
                {QStringLiteral("%1").arg(hour, 2, 10, QLatin1Char('0')),
                 tr("%1:00 – %2:00").arg(hour, 2, 10, QLatin1Char('0')).arg((hour + 1) % 24, 2, 10, QLatin1Char('0'))},
                {}, summary.perHourByCategory[size_t(hour)]);
        }
        break;
    }
    case PeriodNavigator::Span::Year:
        for (const DayTotal &day : summary.perDay) {
            if (result.columns.isEmpty() || day.date.day() == 1) {
                append({locale.toString(day.date, tr("MMM", "date format (QLocale::toString)")),
                        locale.toString(day.date, tr("MMMM yyyy", "date format (QLocale::toString)"))},
                       day.date, QList<qint64>(parts, 0));
            }
            for (qsizetype i = 0; i < parts; ++i)
                result.columnParts[i].last() += day.byCategory.value(i);
        }
        break;
    case PeriodNavigator::Span::Week:
    case PeriodNavigator::Span::Month: {
        const bool week = result.span == PeriodNavigator::Span::Week;
        for (const DayTotal &day : summary.perDay) {
            append({week ? locale.toString(day.date, tr("ddd", "date format (QLocale::toString)"))
                         : QString::number(day.date.day()),
                    locale.toString(day.date, QLocale::LongFormat)},
                   day.date, day.byCategory);
        }
        break;
    }
    }
}

ActivityPage::ActivityPage(UiContext context, QWidget *parent)
    : Page(parent)
    , m_context(std::move(context))
    , m_gate([this] { startRead(); })
{
    setObjectName(QStringLiteral("activityPage"));
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(16, 12, 16, 0);
    outer->setSpacing(10);

    m_navigator = new PeriodNavigator(this);
    m_navigator->markDaysWithData(m_context.reports);
    m_hostSelector = new HostSelector(this);
    auto *top = new QHBoxLayout;
    top->addWidget(m_navigator, 1);
    top->addWidget(m_hostSelector);
    outer->addLayout(top);
    updateToday(); // before listening: the first read waits for refresh()
    connect(m_navigator, &PeriodNavigator::periodChanged, this, [this] { m_gate.request(); });
    connect(m_hostSelector, &HostSelector::choiceChanged, this, [this] { m_gate.request(); });

    // Everything below scrolls when the window is small.
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto *content = new QWidget(scroll);
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(0, 0, 0, 12);
    layout->setSpacing(12);
    scroll->setWidget(content);
    outer->addWidget(scroll, 1);

    m_filterBar = new QWidget(content);
    m_filterBar->setObjectName(QStringLiteral("filterBar"));
    auto *filterLayout = new QHBoxLayout(m_filterBar);
    filterLayout->setContentsMargins(0, 0, 0, 0);
    m_filterLabel = new QLabel(m_filterBar);
    m_filterLabel->setObjectName(QStringLiteral("filterLabel"));
    m_filterLabel->setTextFormat(Qt::PlainText);
    auto *clear = new QToolButton(m_filterBar);
    clear->setObjectName(QStringLiteral("clearFilterButton"));
    clear->setText(tr("Show everything"));
    clear->setShortcut(QKeySequence(Qt::Key_Escape));
    connect(clear, &QToolButton::clicked, this, [this] { setFilter({}); });
    filterLayout->addWidget(m_filterLabel);
    filterLayout->addWidget(clear);
    filterLayout->addStretch(1);
    m_filterBar->hide();
    layout->addWidget(m_filterBar);

    m_errorLabel = new QLabel(content);
    m_errorLabel->setObjectName(QStringLiteral("errorLabel"));
    m_errorLabel->setWordWrap(true);
    m_errorLabel->setTextFormat(Qt::PlainText);
    m_errorLabel->hide();
    layout->addWidget(m_errorLabel);

    m_uncategorizedHint = new QLabel(content);
    m_uncategorizedHint->setObjectName(QStringLiteral("uncategorizedHint"));
    m_uncategorizedHint->setWordWrap(true);
    m_uncategorizedHint->setTextFormat(Qt::RichText);
    m_uncategorizedHint->setTextInteractionFlags(Qt::LinksAccessibleByMouse | Qt::LinksAccessibleByKeyboard);
    m_uncategorizedHint->setFrameShape(QFrame::StyledPanel);
    m_uncategorizedHint->setMargin(8);
    m_uncategorizedHint->hide();
    connect(m_uncategorizedHint, &QLabel::linkActivated, this, &ActivityPage::showCategoryRulesRequested);
    layout->addWidget(m_uncategorizedHint);

    // The headline figures.
    auto *figures = new QHBoxLayout;
    figures->setSpacing(12);
    QFont big = font();
    big.setPointSizeF(big.pointSizeF() * 2);
    big.setBold(true);
    m_activeTime = new QLabel(content);
    m_activeTime->setObjectName(QStringLiteral("activeTimeLabel"));
    m_activeTime->setFont(big);
    m_activeCaption = new QLabel(tr("Active time"), content);
    auto *activeBox = new QWidget(content);
    auto *activeLayout = new QVBoxLayout(activeBox);
    activeLayout->setContentsMargins(0, 0, 0, 0);
    activeLayout->addWidget(m_activeTime);
    activeLayout->addWidget(m_activeCaption);
    figures->addWidget(pageSection(tr("Total"), activeBox, content), 1);

    m_productivity = new QLabel(content);
    m_productivity->setObjectName(QStringLiteral("productivityLabel"));
    m_productivity->setFont(big);
    m_productivity->setToolTip(tr("The categories' scores, weighted by the time spent in each"));
    auto *productivityCaption = new QLabel(tr("Productivity score"), content);
    auto *productivityBox = new QWidget(content);
    auto *productivityLayout = new QVBoxLayout(productivityBox);
    productivityLayout->setContentsMargins(0, 0, 0, 0);
    productivityLayout->addWidget(m_productivity);
    productivityLayout->addWidget(productivityCaption);
    figures->addWidget(pageSection(tr("Score"), productivityBox, content), 1);

    // The window in focus, and whether it is being recorded at all.
    auto *nowBox = new QWidget(content);
    auto *nowLayout = new QVBoxLayout(nowBox);
    nowLayout->setContentsMargins(0, 0, 0, 0);
    m_current = new ElidedLabel(nowBox);
    m_current->setObjectName(QStringLiteral("currentActivityLabel"));
    m_current->setText(tr("Waiting for the first window…"));
    m_recording = new QLabel(nowBox);
    m_recording->setObjectName(QStringLiteral("recordingStatusLabel"));
    m_recording->setTextFormat(Qt::PlainText);
    m_recording->setWordWrap(true);
    m_resume = new QPushButton(tr("Resume"), nowBox);
    m_resume->setObjectName(QStringLiteral("resumeButton"));
    connect(m_resume, &QPushButton::clicked, this, [this] {
        if (PauseController *pause = m_context.tracker.pauseController())
            pause->resume();
    });
    auto *statusRow = new QHBoxLayout;
    statusRow->addWidget(m_recording, 1);
    statusRow->addWidget(m_resume, 0, Qt::AlignTop);
    nowLayout->addWidget(m_current);
    nowLayout->addLayout(statusRow);
    //: heading above the window in focus right now
    figures->addWidget(pageSection(tr("Now"), nowBox, content), 2);
    connect(&m_context.tracker.status(), &RecordingStatus::changed, this, &ActivityPage::showRecordingStatus);
    showRecordingStatus();
    layout->addLayout(figures);
    m_goals = new GoalsCard(m_context, m_navigator, content);
    layout->addWidget(m_goals);

    m_strip = new TimelineStrip(content);
    m_strip->setObjectName(QStringLiteral("timelineStrip"));
    layout->addWidget(pageSection(tr("Timeline"), m_strip, content));

    m_topApps = new BarList(content);
    m_topApps->setObjectName(QStringLiteral("topAppsChart"));
    m_topApps->setClickable(true);
    m_topApps->setToolTip(tr("Click an app to see only its time"));
    connect(m_topApps, &BarList::activated, this, &ActivityPage::toggleApp);
    m_categories = new DonutChart(content);
    m_categories->setObjectName(QStringLiteral("categoryChart"));
    connect(m_categories, &DonutChart::activated, this, &ActivityPage::toggleCategory);
    m_topTitles = new BarList(content);
    m_topTitles->setObjectName(QStringLiteral("topTitlesChart"));
    m_topCategories = new BarList(content);
    m_topCategories->setObjectName(QStringLiteral("topCategoriesChart"));
    m_topCategories->setClickable(true);
    connect(m_topCategories, &BarList::activated, this, &ActivityPage::toggleCategory);

    auto *grid = new QGridLayout;
    grid->setSpacing(12);
    grid->addWidget(pageSection(tr("Top apps"), m_topApps, content), 0, 0);
    grid->addWidget(pageSection(tr("Categories"), m_categories, content), 0, 1);
    grid->addWidget(pageSection(tr("Top window titles"), m_topTitles, content), 1, 0);
    grid->addWidget(pageSection(tr("Top categories"), m_topCategories, content), 1, 1);
    grid->setColumnStretch(0, 1);
    grid->setColumnStretch(1, 1);
    layout->addLayout(grid);

    m_perTime = new StackedBarChart(content);
    m_perTime->setObjectName(QStringLiteral("hourChart"));
    connect(m_perTime, &StackedBarChart::activated, this, &ActivityPage::openColumn);
    layout->addWidget(pageSection(tr("Active time per hour"), m_perTime, content, &m_perTimeTitle));
    layout->addStretch(1);

    setTabOrder(m_topApps, m_topCategories);

    // Live: the window being recorded right now, from the worker's applied writes (no query).
    connect(&m_context.tracker.datastore(), &Datastore::eventApplied, this, &ActivityPage::showCurrentActivity);
    // Until the first read lands: no figures rather than zeros.
    m_activeTime->setText(QStringLiteral("–"));
    m_productivity->setText(QStringLiteral("–"));
    for (BarList *list : {m_topApps, m_topTitles, m_topCategories})
        list->setEmptyText(tr("Loading…"));
}

ActivityPage::~ActivityPage() = default;

QString ActivityPage::title() const
{
    return tr("Activity");
}

QIcon ActivityPage::icon() const
{
    return QIcon(QStringLiteral(":/icons/activity.svg"));
}

void ActivityPage::refresh()
{
    m_gate.request();
    m_goals->refresh();
}

void ActivityPage::changeEvent(QEvent *event)
{
    Page::changeEvent(event);
    // Categories without a colour of their own (Uncategorized) take one from the palette.
    if (event->type() == QEvent::PaletteChange)
        m_gate.request();
}

QString ActivityPage::categoryKey(const QStringList &category)
{
    return category.join(kKeySeparator);
}

QStringList ActivityPage::categoryOfKey(const QString &key)
{
    return key.isEmpty() ? QStringList() : key.split(kKeySeparator);
}

void ActivityPage::setFilter(const ReportFilter &filter)
{
    if (filter == m_filter)
        return;
    m_filter = filter;
    updateFilterBar();
    m_gate.request();
}

void ActivityPage::toggleApp(const QString &app)
{
    ReportFilter filter = m_filter;
    filter.app = filter.app == app ? QString() : app;
    setFilter(filter);
}

void ActivityPage::toggleCategory(const QString &key)
{
    ReportFilter filter = m_filter;
    const QStringList category = categoryOfKey(key);
    filter.category = filter.category == category ? QStringList() : category;
    setFilter(filter);
}

void ActivityPage::openColumn(int column)
{
    // A day of a week or month opens that day; a month of a year, that month.
    const PeriodNavigator::Span span = m_navigator->span();
    const QDate date = m_columnDates.value(column);
    if (span == PeriodNavigator::Span::Day || !date.isValid())
        return;
    m_navigator->setDate(date);
    m_navigator->setSpan(span == PeriodNavigator::Span::Year ? PeriodNavigator::Span::Month
                                                             : PeriodNavigator::Span::Day);
}

void ActivityPage::updateFilterBar()
{
    QStringList parts;
    if (!m_filter.app.isEmpty())
        parts << tr("app “%1”").arg(m_filter.app);
    if (!m_filter.category.isEmpty())
        parts << tr("category “%1”").arg(m_filter.category.join(QStringLiteral(" › ")));
    m_filterLabel->setText(tr("Showing only %1").arg(parts.join(tr(" and "))));
    m_filterBar->setVisible(!m_filter.isEmpty());
    m_topApps->setSelectedKey(m_filter.app);
    m_topCategories->setSelectedKey(categoryKey(m_filter.category));
    m_categories->setSelectedKey(categoryKey(m_filter.category));
}

void ActivityPage::updateToday()
{
    m_navigator->setToday(m_navigator->calendar().dateOf(m_context.clock->nowNanos()));
}

void ActivityPage::startRead()
{
    updateToday();
    const PeriodNavigator::Span span = m_navigator->span();
    const QDate date = m_navigator->date();
    const ReportFilter filter = m_filter;
    const QString host = HostSelector::storedChoice();
    m_context.reports.run(
        this,
        [span, date, filter, host](ReportEngine &engine) {
            Result result;
            result.span = span;
            result.date = date;
            result.filter = filter;
            result.calendar = engine.calendar();
            result.period = PeriodNavigator::periodOf(result.calendar, span, date);
            result.hosts = HostSelector::read(engine, host);
            auto overview = engine.overview(result.period, result.hosts.host, filter);
            if (!overview) {
                result.error = engine.error();
                return result;
            }
            result.ok = true;
            result.scoreExplanation = CategoryEditor::scoreExplanation(engine.categories());
            result.summary = std::move(overview->summary);
            result.strip = overview->hourly
                ? TimelineStrip::slotsOf(
                    overview->timeline,
                    TimelineStrip::hourBounds(SummaryBuilder::dayStarts(result.period, result.calendar), kStripSlots))
                : TimelineStrip::slotsOf(overview->timeline, result.period, kStripSlots);
            for (const NamedDuration &app :
                 result.summary.apps.first(std::min<qsizetype>(kTopEntries, result.summary.apps.size())))
                result.topApps.append(engine.apps().find(app.name));
            for (const NamedDuration &title :
                 result.summary.titles.first(std::min<qsizetype>(kTopEntries, result.summary.titles.size())))
                result.topTitleApps.append(engine.apps().name(title.detail));
            fillColumns(result);
            return result;
        },
        [this](const Result &result) {
            m_gate.finished();
            // A newer request is already queued when the user moved on; show only what is asked.
            if (result.span != m_navigator->span() || result.date != m_navigator->date() || result.filter != m_filter
                || result.hosts.choice != HostSelector::storedChoice())
                return;
            m_hostSelector->showHosts(result.hosts);
            showResult(result);
            Q_EMIT shown();
        });
}

void ActivityPage::showResult(const Result &result)
{
    m_navigator->setCalendar(result.calendar);
    updateToday();
    m_errorLabel->setVisible(!result.ok);
    m_errorLabel->setText(result.ok ? QString() : tr("Could not read the activity: %1").arg(result.error));
    if (!result.ok)
        return;
    m_summary = result.summary;
    const Summary &summary = m_summary;
    for (BarList *list : {m_topApps, m_topTitles, m_topCategories})
        list->setEmptyText(tr("No activity in this period"));
    const QPalette &pal = palette();

    m_activeTime->setText(DurationText::format(summary.activeTime));
    m_activeCaption->setText(summary.pausedTime > 0
                                 ? tr("Active time (paused %1)").arg(DurationText::format(summary.pausedTime))
                                 : tr("Active time"));
    m_productivity->setText(summary.activeTime > 0 ? QLocale().toString(summary.productivity, 'f', 1)
                                                   : QStringLiteral("–"));
    m_productivity->setToolTip(result.scoreExplanation);

    // Apps by the names the system gives them, with their icons; the recorded id stays the key.
    QList<BarList::Entry> apps;
    for (qsizetype i = 0; i < std::min<qsizetype>(kTopEntries, summary.apps.size()); ++i) {
        const NamedDuration &app = summary.apps.at(i);
        const AppEntry entry = result.topApps.value(i);
        BarList::Entry bar;
        bar.key = app.name;
        bar.label = orUnknown(entry.name.isEmpty() ? app.name : entry.name);
        bar.duration = app.duration;
        if (!app.name.isEmpty()) {
            bar.icon = AppIcon::of(entry);
            if (entry.name != app.name)
                bar.toolTip = tr("%1 (%2)").arg(entry.name, app.name);
        }
        apps.append(bar);
    }
    m_topApps->setEntries(apps);
    QList<BarList::Entry> titles;
    for (qsizetype i = 0; i < std::min<qsizetype>(kTopEntries, summary.titles.size()); ++i) {
        const NamedDuration &title = summary.titles.at(i);
        BarList::Entry bar;
        bar.key = title.name;
        bar.label = orUnknown(title.name);
        bar.detail = result.topTitleApps.value(i, title.detail);
        bar.duration = title.duration;
        titles.append(bar);
    }
    m_topTitles->setEntries(titles);

    // The categories with the longest totals (subcategories included, which is what clicking one
    // shows), as a tree: each subcategory indented under its parent, whose total includes it. A
    // parent's total is never shorter than its subcategories', so it is always among them.
    QList<CategoryTotal> byTotal = summary.categories;
    std::stable_sort(byTotal.begin(), byTotal.end(),
                     [](const CategoryTotal &a, const CategoryTotal &b) { return a.duration > b.duration; });
    QSet<QString> top;
    for (const CategoryTotal &category : byTotal.first(std::min<qsizetype>(kTopEntries, byTotal.size())))
        top.insert(categoryKey(category.name));
    QList<BarList::Entry> categories;
    QList<DonutChart::Slice> slices;
    for (const CategoryTotal &category : summary.categories) {
        const QColor color = CategoryColors::color(category.name, category.color, pal);
        const QString key = categoryKey(category.name);
        if (top.contains(key)) {
            categories.append({key,
                               category.name.last(),
                               {},
                               category.duration,
                               color,
                               int(category.name.size()) - 1,
                               category.name.join(QStringLiteral(" › ")),
                               {}});
        }
        if (category.name.size() == 1)
            slices.append({key, category.name.first(), category.duration, color});
    }
    m_topCategories->setEntries(categories);
    m_categories->setSlices(slices);
    m_categories->setCenterText(DurationText::format(summary.activeTime));

    // The hint, only for the whole picture: a filter hides most of it by design.
    qint64 uncategorized = 0;
    for (const CategoryTotal &category : summary.categories) {
        if (category.name == CategoryRules::uncategorized())
            uncategorized = category.duration;
    }
    const bool mostlyUncategorized = result.filter.isEmpty() && summary.activeTime > 0
        && double(uncategorized) > kUncategorizedHintShare * double(summary.activeTime);
    m_uncategorizedHint->setVisible(mostlyUncategorized);
    if (mostlyUncategorized) {
        m_uncategorizedHint->setText(
            tr("%1 of your active time in this period is uncategorized. <a href=\"rules\">Add category rules</a> "
               "to see where it went.")
                .arg(DurationText::percent(uncategorized, summary.activeTime)));
    }

    // Time per hour of the day, or per day (per month for a year), by top-level category.
    switch (result.span) {
    case PeriodNavigator::Span::Day:
        m_perTimeTitle->setText(tr("Active time per hour"));
        break;
    case PeriodNavigator::Span::Year:
        m_perTimeTitle->setText(tr("Active time per month"));
        break;
    case PeriodNavigator::Span::Week:
    case PeriodNavigator::Span::Month:
        m_perTimeTitle->setText(tr("Active time per day"));
        break;
    }
    QList<StackedBarChart::Part> parts;
    for (qsizetype i = 0; i < summary.topCategories.size(); ++i) {
        const QStringList &name = summary.topCategories.at(i);
        const auto total = std::find_if(summary.categories.begin(), summary.categories.end(),
                                        [&](const CategoryTotal &category) { return category.name == name; });
        const QString stored = total != summary.categories.end() ? total->color : QString();
        parts.append({name.first(), CategoryColors::color(name, stored, pal), result.columnParts.value(i)});
    }
    m_columnDates = result.columnDates;
    m_perTime->setData(result.columns, parts);
    m_strip->setData(result.period, result.strip, stripTicks(result.period));
}

QList<TimelineStrip::Tick> ActivityPage::stripTicks(spans::Period period) const
{
    QList<TimelineStrip::Tick> ticks;
    const ReportCalendar &calendar = m_navigator->calendar();
    const QLocale locale;
    const QDate first = calendar.dateOf(period.start);
    switch (m_navigator->span()) {
    case PeriodNavigator::Span::Day: {
        constexpr qint64 kHour = 3600 * Timestamp::kNanosPerSecond;
        for (qint64 t = period.start; t <= period.end; t += 3 * kHour) {
            const QTime local = Timestamp::toDateTime(t).toTimeZone(calendar.zone()).time();
            ticks.append({t, local.toString(QStringLiteral("HH:mm"))});
        }
        break;
    }
    case PeriodNavigator::Span::Week:
        for (QDate day = first; calendar.dayStart(day) < period.end; day = day.addDays(1))
            ticks.append(
                {calendar.dayStart(day), locale.toString(day, tr("ddd d", "date format (QLocale::toString)"))});
        break;
    case PeriodNavigator::Span::Month:
        for (QDate day = first; calendar.dayStart(day) < period.end; day = day.addDays(1)) {
            if ((day.day() - 1) % 7 == 0)
                ticks.append(
                    {calendar.dayStart(day), locale.toString(day, tr("d MMM", "date format (QLocale::toString)"))});
        }
        break;
    case PeriodNavigator::Span::Year:
        for (QDate day = first; calendar.dayStart(day) < period.end; day = day.addMonths(1))
            ticks.append({calendar.dayStart(day), locale.toString(day, tr("MMM", "date format (QLocale::toString)"))});
        break;
    }
    return ticks;
}

void ActivityPage::showRecordingStatus()
{
    const RecordingStatus &status = m_context.tracker.status();
    QString text;
    switch (status.state()) {
    case RecordingStatus::State::Tracking:
        break;
    case RecordingStatus::State::Away:
        text = tr("You are away: no input for a while. Recording goes on when you are back.");
        break;
    case RecordingStatus::State::Paused:
        if (const auto until = status.pausedUntil())
            text = tr("Recording is paused until %1.").arg(DurationText::moment(*until, m_context.clock->nowNanos()));
        else
            text = tr("Recording is paused.");
        break;
    case RecordingStatus::State::NotRecording:
        text = tr("Not recording.");
        break;
    case RecordingStatus::State::CannotSave:
        text = tr("Stint cannot save: %1. It keeps what it records in memory and tries again.").arg(status.saveError());
        break;
    }
    m_recording->setText(text);
    m_recording->setVisible(!text.isEmpty());
    setProblemStyle(*m_recording, status.state() == RecordingStatus::State::CannotSave);
    // A paused or stopped recorder has no current window: the last one is not "now".
    const bool recording = !status.isPaused() && status.state() != RecordingStatus::State::NotRecording;
    m_current->setVisible(recording);
    m_resume->setVisible(status.isPaused());
}

void ActivityPage::showCurrentActivity(const QString &bucketId, const Event &event)
{
    const WatcherBuckets *buckets = m_context.tracker.buckets();
    if (!buckets || !m_context.tracker.isWatching() || bucketId != buckets->window.id)
        return;
    m_currentApp = event.data.value(QStringLiteral("app")).toString();
    m_currentTitle = event.data.value(QStringLiteral("title")).toString();
    m_currentDuration = event.duration;
    showCurrentText();
    if (m_currentApp.isEmpty() || m_appNames.contains(m_currentApp))
        return;
    // The name as Top apps shows it; asked once per app, on the reading thread (it reads files).
    m_appNames.insert(m_currentApp, QString());
    m_context.reports.run(
        this,
        [app = m_currentApp](ReportEngine &engine) {
            return std::pair{app, engine.apps().name(app)};
        },
        [this](const std::pair<QString, QString> &named) {
            m_appNames.insert(named.first, named.second);
            if (named.first == m_currentApp)
                showCurrentText();
        });
}

void ActivityPage::showCurrentText()
{
    const QString name = m_appNames.value(m_currentApp);
    m_current->setText(tr("%1 — %2 · %3")
                           .arg(orUnknown(name.isEmpty() ? m_currentApp : name), m_currentTitle,
                                DurationText::format(m_currentDuration)));
}

} // namespace stint
