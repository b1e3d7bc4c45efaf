#pragma once

#include "integration/AppDirectory.h"
#include "reports/ActivityBuilder.h"
#include "reports/CategoryRules.h"
#include "reports/DataInterner.h"
#include "reports/DayRollups.h"
#include "reports/ReportCalendar.h"
#include "reports/Summary.h"
#include "reports/SummaryBuilder.h"
#include "reports/Trends.h"
#include "storage/EventReader.h"

#include <QJsonValue>
#include <QString>
#include <QTimeZone>

#include <memory>
#include <optional>
#include <vector>

namespace stint {

// Reports over a database: canonical activity, summaries and timelines for any period. It
// reads through an EventReader of its own, so create and use it entirely in one thread (a
// worker thread for the UI). Distinct data values, their categories and facts are cached for the
// life of the engine, which makes the second report over the same data much cheaper.
class ReportEngine final
{
    Q_DISABLE_COPY_MOVE(ReportEngine)

public:
    explicit ReportEngine(const QString &databasePath, QTimeZone zone = QTimeZone::systemTimeZone());

    bool isOpen() const { return m_reader.isOpen(); }
    QString error() const { return m_error; }

    // Reads the categories, start of day and week, and always-active rules from the stored
    // settings (unset ones take their defaults). False with error() naming the bad setting.
    bool loadSettings();

    void setCategories(CategoryRules rules)
    {
        m_loadedCategories.reset();
        m_summaries.setCategories(std::move(rules));
    }
    const CategoryRules &categories() const { return m_summaries.categories(); }
    void setCalendar(const ReportCalendar &calendar) { m_calendar = calendar; }
    const ReportCalendar &calendar() const { return m_calendar; }
    void setActivityRules(ActivityBuilder::Rules rules);
    // "Now" for running timers (the system clock by default).
    void setClock(std::shared_ptr<const Clock> clock) { m_activity.setClock(std::move(clock)); }
    // Whether unfiltered summaries and trends add up per-day rollups (DayRollups) or read every
    // event of the period; on unless STINT_ROLLUPS=0. Both give the same figures.
    void setRollupsEnabled(bool enabled) { m_rollups.setEnabled(enabled); }
    // For tests: see DayRollups::setHelperFirst.
    void setRollupHelperFirst(bool first) { m_rollups.setHelperFirst(first); }

    // Hosts with window activity, without those hidden in the setting stint.sync.hiddenHosts.
    std::optional<QStringList> hosts();
    // This computer's host name, whose activity comes first when all hosts are combined.
    void setLocalHost(QString host) { m_activity.setLocalHost(std::move(host)); }
    const QString &localHost() const { return m_activity.localHost(); }
    // All hosts combined when `host` is empty, never counting a moment twice (see ActivityBuilder).
    std::optional<Activity> activity(spans::Period range, const QString &host = {});
    // Summaries and timelines restricted to what passes `filter` (everything when it is empty).
    std::optional<Summary> summary(spans::Period range, const QString &host = {}, const ReportFilter &filter = {});
    std::optional<QList<TimelineSegment>> timeline(spans::Period range, const QString &host = {},
                                                   const ReportFilter &filter = {});
    // Both from one pass over the activity, for views that show them side by side. For periods of
    // more than 8 days without a filter the summary adds up per-day rollups, and the whole days'
    // timeline is coarse (`hourly`): per local hour one piece per category and one of paused time,
    // laid end to end from where the hour starts, without app, title or host. Time adds up
    // exactly within each hour, which is what a strip of whole-hour slots draws.
    struct Overview
    {
        Summary summary;
        QList<TimelineSegment> timeline;
        bool hourly = false;
    };
    std::optional<Overview> overview(spans::Period range, const QString &host = {}, const ReportFilter &filter = {});
    // Active time in the range per rule of `rules` (entry i + 1 for rule i, entry 0 for
    // Uncategorized), categorized exactly as summary() would with those rules, while the engine's own
    // categories stay as they are: a preview of rules that are being edited.
    std::optional<std::vector<qint64>> categoryTimes(spans::Period range, const CategoryRules &rules,
                                                     const QString &host = {});

    // Active time per week or month and top-level category over the span ending with `today`,
    // with the change against the span before it.
    std::optional<Trends> trends(TrendsSpan span, QDate today, const QString &host = {});

    // The data behind a segment's window or web key (keys stay valid for the engine's life).
    const QJsonObject &dataOf(int key) const { return m_interner.data(key); }
    // The category names of a segment, ["Uncategorized"] when no rule matches.
    QStringList categoryOf(const ActivitySegment &segment)
    {
        return m_summaries.categories().nameOf(m_summaries.categoryOf(segment.window, segment.web));
    }

    // The reader, for callers that need other reads in the same thread.
    EventReader &reader() { return m_reader; }
    // Names and icons of the recorded app ids, looked up in this thread and cached with the engine.
    AppDirectory &apps()
    {
        if (!m_apps)
            m_apps = AppDirectory::create();
        return *m_apps;
    }

private:
    // The activity of a range with the filter applied, as summary, timeline and overview use it.
    std::optional<Activity> filteredActivity(spans::Period range, const QString &host, const ReportFilter &filter);
    std::optional<Overview> hourlyOverview(spans::Period range, const QString &host);
    // Everything besides events and buckets that a day's rollup depends on.
    QString rollupConfig() const;
    EventReader m_reader;
    DataInterner m_interner;
    ActivityBuilder m_activity;
    SummaryBuilder m_summaries;
    ReportCalendar m_calendar;
    DayRollups m_rollups;
    QJsonValue m_activityRulesKey; // the stored always-active settings, or a key of its own for set rules
    std::optional<QJsonValue> m_loadedCategories; // the stored rules in use, if they came from settings
    QString m_error;
    std::unique_ptr<AppDirectory> m_apps;
};

} // namespace stint
