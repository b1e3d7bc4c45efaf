#pragma once

#include "reports/Trends.h"

namespace stint {

struct Activity;
class ReportCalendar;
class SummaryBuilder;

// Computes Trends in two steps, so the reader knows which range to build activity for: the
// layout (days and periods of the span and of the one before it), then the figures from the
// activity of both spans.
class TrendsBuilder final
{
public:
    // The span of `span.count` weeks or months whose last one contains `today`, cut short after
    // today, and the previous span of as many days.
    static Trends layout(const ReportCalendar &calendar, TrendsSpan span, QDate today);
    // The range to read: the previous span's start to the span's end.
    static spans::Period readRange(const Trends &trends) { return {trends.previousRange.start, trends.range.end}; }
    // Fills in the figures from the activity of readRange(), categorized by `categories`.
    static void fill(Trends &trends, const Activity &activity, SummaryBuilder &categories,
                     const ReportCalendar &calendar);
};

} // namespace stint
