#pragma once

#include "reports/Trends.h"

#include <vector>

namespace stint {

class CategoryRules;
class ReportCalendar;

// Computes Trends in two steps, so the reader knows which range to tally: the layout (days and
// periods of the span and of the one before it), then the figures from the active time per day
// and category rule of both spans.
class TrendsBuilder final
{
public:
    // The span of `span.count` weeks or months whose last one contains `today`, cut short after
    // today, and the previous span of as many days.
    static Trends layout(const ReportCalendar &calendar, TrendsSpan span, QDate today);
    // The range to read: the previous span's start to the span's end.
    static spans::Period readRange(const Trends &trends) { return {trends.previousRange.start, trends.range.end}; }
    // Fills in the figures from the active time of readRange() per day (both spans' days, in
    // order) and rule of `rules` (Uncategorized first): SummaryBuilder::Tally::dayByRule.
    static void fill(Trends &trends, const std::vector<qint64> &dayByRule, const CategoryRules &rules);
};

} // namespace stint
