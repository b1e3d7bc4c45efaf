#pragma once

#include "reports/ActivityBuilder.h"
#include "reports/CategoryRules.h"
#include "reports/DataInterner.h"
#include "reports/ReportCalendar.h"
#include "reports/Summary.h"
#include "reports/SummaryBuilder.h"
#include "storage/EventReader.h"

#include <QString>
#include <QTimeZone>

#include <optional>

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

    void setCategories(CategoryRules rules) { m_summaries.setCategories(std::move(rules)); }
    const CategoryRules &categories() const { return m_summaries.categories(); }
    void setCalendar(const ReportCalendar &calendar) { m_calendar = calendar; }
    const ReportCalendar &calendar() const { return m_calendar; }
    void setActivityRules(ActivityBuilder::Rules rules) { m_activity.setRules(std::move(rules)); }

    // Hosts with window activity.
    std::optional<QStringList> hosts();
    // All hosts combined when `host` is empty.
    std::optional<Activity> activity(spans::Period range, const QString &host = {});
    std::optional<Summary> summary(spans::Period range, const QString &host = {});
    std::optional<QList<TimelineSegment>> timeline(spans::Period range, const QString &host = {});

    // The data behind a segment's window or web key (keys stay valid for the engine's life).
    const QJsonObject &dataOf(int key) const { return m_interner.data(key); }
    // The category names of a segment, ["Uncategorized"] when no rule matches.
    QStringList categoryOf(const ActivitySegment &segment)
    {
        return m_summaries.categories().nameOf(m_summaries.categoryOf(segment.window, segment.web));
    }

    // The reader, for callers that need other reads in the same thread.
    EventReader &reader() { return m_reader; }

private:
    EventReader m_reader;
    DataInterner m_interner;
    ActivityBuilder m_activity;
    SummaryBuilder m_summaries;
    ReportCalendar m_calendar;
    QString m_error;
};

} // namespace stint
