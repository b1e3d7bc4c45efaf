#pragma once

#include "reports/ActivityBuilder.h"
#include "reports/CategoryRules.h"
#include "reports/Summary.h"

#include <QHash>

#include <vector>

namespace stint {

class DataInterner;
class ReportCalendar;

// Turns canonical activity into summaries and timelines. The category of each distinct
// (window, tab) pair and the texts of each data value are computed once and kept across calls.
class SummaryBuilder final
{
public:
    explicit SummaryBuilder(const DataInterner &interner);

    void setCategories(CategoryRules rules);
    const CategoryRules &categories() const { return m_rules; }

    // Keeps only the segments that pass the filter (paused time stays as it is).
    void filter(Activity &activity, const ReportFilter &filter);
    Summary summarize(const Activity &activity, const ReportCalendar &calendar);

    // A summary in two steps: active time added up per text pair (title with its app, URL with
    // its domain), category rule, hour and day, then sorted into a Summary. Tallies of disjoint
    // pieces of a period add up to the tally of the period (what the per-day rollups rely on).
    struct Tally
    {
        qint64 activeTime = 0;
        qint64 pausedTime = 0;
        qint64 browserTime = 0;
        std::vector<qint64> byTitle;    // by text pair id
        std::vector<qint64> byUrl;      // by text pair id
        std::vector<qint64> byRule;     // rules + 1, Uncategorized first
        std::vector<qint64> hourByRule; // 24 x (rules + 1), by local hour
        std::vector<qint64> dayByRule;  // days of the period x (rules + 1)
    };
    // An empty tally for `days` days under the current rules.
    Tally emptyTally(qsizetype days) const;
    // Where the days of a period start, with the next day's start as the last entry.
    static std::vector<qint64> dayStarts(spans::Period range, const ReportCalendar &calendar);
    // Adds the activity (inside the period whose days start at `dayStarts`) to the tally.
    void tally(Tally &tally, const Activity &activity, const ReportCalendar &calendar,
               const std::vector<qint64> &dayStarts);
    Summary finish(const Tally &tally, spans::Period range, const QStringList &hosts, const ReportCalendar &calendar);

    // The texts behind a text pair id: a title and its app, or a URL and its domain.
    struct TextPair
    {
        QString name;
        QString detail;

        friend bool operator==(const TextPair &a, const TextPair &b)
        {
            return a.name == b.name && a.detail == b.detail;
        }
        friend size_t qHash(const TextPair &pair, size_t seed = 0) { return qHashMulti(seed, pair.name, pair.detail); }
    };
    const TextPair &textPair(int id) const { return m_pairs.at(size_t(id)); }
    int textPairId(const QString &name, const QString &detail);
    int textPairCount() const { return int(m_pairs.size()); }
    // Room for `more` text pairs to come (a year's rollups name some ten thousand).
    void reserveTextPairs(qsizetype more);
    QList<TimelineSegment> timeline(const Activity &activity);

    // Index of the winning category rule for a segment, -1 for Uncategorized.
    int categoryOf(int window, int web);

private:
    struct Texts
    {
        bool known = false;
        QString app;
        QString title;
        QString url;
        QString domain;
        int titlePair = -1;
        int urlPair = -1;
    };
    const Texts &texts(int key);

    const DataInterner &m_interner;
    CategoryRules m_rules;
    QHash<qint64, int> m_categoryOf;
    std::vector<Texts> m_texts;
    std::vector<TextPair> m_pairs;
    QHash<TextPair, int> m_pairIds;
};

} // namespace stint
