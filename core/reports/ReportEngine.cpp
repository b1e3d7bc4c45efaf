#include "reports/ReportEngine.h"

#include "reports/TrendsBuilder.h"
#include "settings/SettingKeys.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QUuid>

#include <algorithm>
#include <limits>

namespace stint {

ReportEngine::ReportEngine(const QString &databasePath, QTimeZone zone)
    : m_reader(databasePath)
    , m_activity(m_reader, m_interner)
    , m_summaries(m_interner)
    , m_calendar(std::move(zone))
    , m_rollups(databasePath, m_reader, m_activity, m_summaries)
{
    if (!m_reader.isOpen())
        m_error = m_reader.error();
}

bool ReportEngine::loadSettings()
{
    const auto read = [this](QStringView name) -> std::optional<QJsonValue> {
        const auto value = m_reader.setting(settings::storageKey(name));
        if (!value)
            m_error = m_reader.error();
        return value;
    };
    const auto fail = [this](QStringView name, const QString &why) {
        m_error = settings::invalidMessage(name, why);
        return false;
    };
    QString why;

    const auto categories = read(settings::kCategories);
    if (!categories)
        return false;
    // Unchanged rules keep the categories cached per data value; reloading is then nearly free.
    if (!m_loadedCategories || *m_loadedCategories != *categories) {
        if (categories->isNull()) {
            m_summaries.setCategories(CategoryRules::defaults());
        } else {
            auto rules = CategoryRules::fromJson(*categories, &why);
            if (!rules)
                return fail(settings::kCategories, why);
            m_summaries.setCategories(std::move(*rules));
        }
        m_loadedCategories = *categories;
    }

    const auto startOfDay = read(settings::kStartOfDay);
    const auto startOfWeek = read(settings::kStartOfWeek);
    if (!startOfDay || !startOfWeek)
        return false;
    const auto dayTime = ReportCalendar::parseStartOfDay(*startOfDay, &why);
    if (!dayTime)
        return fail(settings::kStartOfDay, why);
    const auto weekDay = ReportCalendar::parseStartOfWeek(*startOfWeek, &why);
    if (!weekDay)
        return fail(settings::kStartOfWeek, why);
    m_calendar = ReportCalendar(m_calendar.zone(), *dayTime, *weekDay);

    const auto alwaysActive = read(settings::kAlwaysActive);
    const auto pattern = read(settings::kAlwaysActivePattern);
    if (!alwaysActive || !pattern)
        return false;
    auto alwaysActiveRules = AlwaysActiveRules::fromSettings(*alwaysActive, *pattern, &m_error);
    if (!alwaysActiveRules)
        return false;
    ActivityBuilder::Rules rules{std::move(*alwaysActiveRules)};
    m_activity.setRules(std::move(rules));

    const auto hidden = read(settings::kSyncHiddenHosts);
    if (!hidden)
        return false;
    QStringList hiddenHosts;
    for (const QJsonValue &host : hidden->toArray())
        hiddenHosts.append(host.toString());
    m_activity.setHiddenHosts(std::move(hiddenHosts));
    m_activityRulesKey = QJsonArray{*alwaysActive, *pattern};
    return true;
}

void ReportEngine::setActivityRules(ActivityBuilder::Rules rules)
{
    m_activity.setRules(std::move(rules));
    // Rules without a stored form get a key no other engine has: their rollups stay their own.
    m_activityRulesKey = QUuid::createUuid().toString();
}

QString ReportEngine::rollupConfig() const
{
    const QJsonArray parts{m_summaries.categories().toJson(),
                           m_activityRulesKey,
                           QString::fromUtf8(m_calendar.zone().id()),
                           m_calendar.startOfDay().toString(Qt::ISODateWithMs),
                           m_activity.localHost(),
                           QJsonArray::fromStringList(m_activity.hiddenHosts())};
    return QString::fromUtf8(QJsonDocument(parts).toJson(QJsonDocument::Compact));
}

std::optional<QStringList> ReportEngine::hosts()
{
    auto all = m_activity.hosts(&m_error);
    // Synced computers the user hid (Settings > Data) are left out.
    const auto hidden = all ? m_reader.setting(settings::storageKey(settings::kSyncHiddenHosts)) : std::nullopt;
    if (!hidden) {
        if (all)
            m_error = m_reader.error();
        return std::nullopt;
    }
    for (const QJsonValue &host : hidden->toArray())
        all->removeAll(host.toString());
    return all;
}

std::optional<Activity> ReportEngine::activity(spans::Period range, const QString &host)
{
    return m_activity.build(range, host, &m_error);
}

std::optional<Activity> ReportEngine::filteredActivity(spans::Period range, const QString &host,
                                                       const ReportFilter &filter)
{
    auto built = activity(range, host);
    if (built)
        m_summaries.filter(*built, filter);
    return built;
}

std::optional<Summary> ReportEngine::summary(spans::Period range, const QString &host, const ReportFilter &filter)
{
    if (filter.isEmpty()) {
        const auto tallied =
            m_rollups.tally(range, host, m_calendar, rollupConfig(), DayRollups::Detail::Full, &m_error);
        if (!tallied)
            return std::nullopt;
        return m_summaries.finish(tallied->tally, range, tallied->hosts, m_calendar);
    }
    auto built = filteredActivity(range, host, filter);
    if (!built)
        return std::nullopt;
    return m_summaries.summarize(*built, m_calendar);
}

std::optional<QList<TimelineSegment>> ReportEngine::timeline(spans::Period range, const QString &host,
                                                             const ReportFilter &filter)
{
    auto built = filteredActivity(range, host, filter);
    if (!built)
        return std::nullopt;
    return m_summaries.timeline(*built);
}

std::optional<ReportEngine::Overview> ReportEngine::overview(spans::Period range, const QString &host,
                                                             const ReportFilter &filter)
{
    // Months and years; a week (up to 7 days and an hour) still draws every window.
    constexpr qint64 kEightDays = 8 * 24 * 3600 * qint64(1'000'000'000);
    if (filter.isEmpty() && m_rollups.isEnabled() && range.duration() > kEightDays)
        return hourlyOverview(range, host);
    auto built = filteredActivity(range, host, filter);
    if (!built)
        return std::nullopt;
    return Overview{m_summaries.summarize(*built, m_calendar), m_summaries.timeline(*built)};
}

std::optional<ReportEngine::Overview> ReportEngine::hourlyOverview(spans::Period range, const QString &host)
{
    auto tallied = m_rollups.tally(range, host, m_calendar, rollupConfig(), DayRollups::Detail::Hours, &m_error);
    if (!tallied)
        return std::nullopt;
    Overview overview{m_summaries.finish(tallied->tally, range, tallied->hosts, m_calendar), {}, true};
    for (const Activity &partial : tallied->partial)
        overview.timeline.append(m_summaries.timeline(partial));
    const CategoryRules &rules = m_summaries.categories();
    qint64 hourStart = std::numeric_limits<qint64>::min();
    qint64 next = 0;
    for (const DayRollups::HourTotal &hour : tallied->hours) {
        if (hour.start != hourStart)
            hourStart = next = hour.start;
        TimelineSegment piece;
        piece.start = next;
        piece.end = next + hour.time;
        piece.paused = hour.rule < 0;
        if (!piece.paused) {
            piece.category = rules.nameOf(hour.rule - 1);
            piece.color = rules.colorOf(hour.rule - 1);
        }
        overview.timeline.append(piece);
        next = piece.end;
    }
    std::stable_sort(overview.timeline.begin(), overview.timeline.end(),
                     [](const TimelineSegment &a, const TimelineSegment &b) { return a.start < b.start; });
    return overview;
}

std::optional<std::vector<qint64>> ReportEngine::categoryTimes(spans::Period range, const CategoryRules &rules,
                                                               const QString &host)
{
    const auto built = activity(range, host);
    if (!built)
        return std::nullopt;
    // A builder of its own keeps the engine's per-data category cache for the stored rules.
    SummaryBuilder preview(m_interner);
    preview.setCategories(rules);
    std::vector<qint64> times(size_t(rules.rules().size()) + 1, 0);
    for (const ActivitySegment &segment : built->segments)
        times[size_t(preview.categoryOf(segment.window, segment.web) + 1)] += segment.duration();
    return times;
}

std::optional<Trends> ReportEngine::trends(TrendsSpan span, QDate today, const QString &host)
{
    Trends trends = TrendsBuilder::layout(m_calendar, span, today);
    const auto tallied = m_rollups.tally(TrendsBuilder::readRange(trends), host, m_calendar, rollupConfig(),
                                         DayRollups::Detail::Categories, &m_error);
    if (!tallied)
        return std::nullopt;
    TrendsBuilder::fill(trends, tallied->tally.dayByRule, m_summaries.categories());
    return trends;
}

} // namespace stint
