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
    };
    const Texts &texts(int key);

    const DataInterner &m_interner;
    CategoryRules m_rules;
    QHash<qint64, int> m_categoryOf;
    std::vector<Texts> m_texts;
};

} // namespace stint
