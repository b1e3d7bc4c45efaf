#pragma once

#include "reports/RollupStore.h"
#include "reports/SummaryBuilder.h"

#include <QString>

#include <functional>
#include <optional>
#include <unordered_map>
#include <utility>
#include <vector>

namespace stint {

class ActivityBuilder;
class EventReader;
class ReportCalendar;

// Per-day rollups: the tally (SummaryBuilder::Tally) of each finished local day, kept in memory
// and in a RollupStore, so a period adds up whole days and builds activity only for its partial
// days (today, the edges of a custom range). A day's rollup is what ActivityBuilder makes of that
// day, so it follows whatever the builder counts. It is used only while
// - the configuration is the same: the caller's key for categories, always-active rules, start
//   of day and zone, plus the buckets (ids, types, hosts) and the host asked for;
// - the day starts, ends and changes UTC offset where it did (time zone rules change);
// - no write touched the day or the context the builder reads around it: the database's
//   event_changes table (kept by triggers in the write transaction) has no newer generation there.
// Built lazily in the calling (reading) thread, with a helper thread that has a connection of its
// own when many days are missing at once; tally() is not for the GUI thread or the datastore worker.
class DayRollups final
{
    Q_DISABLE_COPY_MOVE(DayRollups)

public:
    DayRollups(const QString &databasePath, EventReader &reader, ActivityBuilder &activity, SummaryBuilder &summaries);
    ~DayRollups();

    // On unless the environment has STINT_ROLLUPS=0.
    static bool enabledByDefault();
    void setEnabled(bool enabled) { m_enabled = enabled; }
    // For tests: when many days are built at once, the helper thread takes the first piece before
    // this thread takes any (else it only takes what it gets to).
    void setHelperFirst(bool first) { m_helperFirst = first; }
    bool isEnabled() const { return m_enabled; }

    // Time of one category rule (index into Tally::byRule; -1 for paused time) in one local clock
    // hour of a whole day, starting where that hour first starts in the day.
    struct HourTotal
    {
        qint64 start = 0;
        int rule = 0;
        qint64 time = 0;
    };
    struct Result
    {
        SummaryBuilder::Tally tally;
        QStringList hosts;
        std::vector<HourTotal> hours;  // Detail::Hours: the whole days, by local hour
        std::vector<Activity> partial; // Detail::Hours: the rest of the period, read from events
    };
    // Trends need only the figures per category: Detail::Categories leaves the titles and URLs
    // out of the tally (and out of what is read from the file). Detail::Hours is Full plus what a
    // timeline strip of a long period needs: Result::hours and Result::partial.
    enum class Detail {
        Full,
        Categories,
        Hours,
    };
    // The tally of `range` for `host` ("" for all) with one entry per day of `calendar` in
    // dayByRule, and the hosts the activity came from. `config` names everything but the events
    // and the buckets that the result depends on.
    std::optional<Result> tally(spans::Period range, const QString &host, const ReportCalendar &calendar,
                                const QString &config, Detail detail, QString *error);

private:
    struct Day
    {
        qint64 stamp = 0;
        qint64 calendar = 0;
        qint64 activeTime = 0;
        qint64 pausedTime = 0;
        qint64 browserTime = 0;
        bool hasTexts = true;                       // false when read from the file without them
        std::vector<std::pair<int, qint64>> titles; // text pair id, time
        std::vector<std::pair<int, qint64>> urls;
        std::vector<std::pair<int, qint64>> hourByRule; // index into Tally::hourByRule, time
        std::vector<std::pair<int, qint64>> hourPaused; // local hour of day, time
        std::vector<qint64> byRule;
    };

    // Adds activity of a piece of the period to the tally.
    bool tallyEvents(Result &result, spans::Period piece, const QString &host, const ReportCalendar &calendar,
                     const std::vector<qint64> &dayStarts, Detail detail, QString *error);
    // The hour totals of whole day `dayIndex` (of dayStarts) to result.hours.
    void addHours(Result &result, const Day &day, const std::vector<qint64> &dayStarts, size_t dayIndex,
                  const ReportCalendar &calendar) const;
    // Builds the days `missing` (indices into dayStarts, ascending) from events, in their order;
    // *helped tells whether a helper thread built some.
    bool buildMissing(const QString &host, const ReportCalendar &calendar, const std::vector<qint64> &dayStarts,
                      const std::vector<size_t> &missing, std::vector<Day> &days, bool *helped, QString *error);
    // The same with the given builders, in the calling thread: run by run of consecutive days.
    static bool buildRuns(ActivityBuilder &activity, SummaryBuilder &summaries, const QString &host,
                          const ReportCalendar &calendar, const std::vector<qint64> &dayStarts,
                          const std::vector<size_t> &missing, std::vector<Day> &days, QString *error);
    // Builds the days [first, last] of the period (indices into dayStarts) from events, adding them to `days`.
    static bool build(ActivityBuilder &activity, SummaryBuilder &summaries, const QString &host,
                      const ReportCalendar &calendar, const std::vector<qint64> &dayStarts, size_t first, size_t last,
                      std::vector<Day> &days, QString *error);
    void add(SummaryBuilder::Tally &tally, const Day &day, size_t dayIndex, Detail detail) const;
    QByteArray encodeTotals(const Day &day) const;
    std::optional<Day> decodeTotals(const QByteArray &data) const;
    // The text lists in the file's text ids; textId maps a text pair id to one.
    static QByteArray encodeTexts(const Day &day, const std::function<qint64(int)> &textId);
    static bool decodeTexts(const QByteArray &data, Day &day);
    // Turns the days' text lists from the file's text ids into text pair ids, reading the texts
    // not met yet; false when one is missing.
    bool resolveTexts(std::vector<std::pair<size_t, Day>> &days);
    // A text pair's id in the file, both ways.
    void rememberText(int pair, qint64 fileId);
    // Stores built days; the text ids handed out are remembered only once the write succeeded.
    bool store(const QString &config, const QString &host, std::vector<RollupStore::Entry> &entries,
               const std::vector<const Day *> &days);
    QString fullConfig(const QString &config, QString *error);

    EventReader &m_reader;
    ActivityBuilder &m_activity;
    SummaryBuilder &m_summaries;
    RollupStore m_store;
    bool m_enabled;
    bool m_helperFirst = false;
    // Key: host and Julian day, under m_memoryConfig. Node-based so that entries stay in place.
    std::unordered_map<QString, Day> m_memory;
    QString m_memoryConfig;
    // Text pair id <-> the file's text id (0 and -1: not known), for the life of the connection.
    std::vector<qint64> m_fileIdOf;
    std::vector<int> m_pairOf;
};

} // namespace stint
