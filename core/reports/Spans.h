#pragma once

#include <QtGlobal>

#include <vector>

// Interval arithmetic on plain structs: the engine under both the EventList operations (EventOps.h)
// and the reports, so a year of events is handled without touching a QJsonObject per event.
namespace stint::spans {

// [start, end) in UTC nanoseconds with an interned data key and the index of the input it came from.
struct Span
{
    qint64 start = 0;
    qint64 end = 0;
    int key = 0;
    int src = 0;

    qint64 duration() const { return end - start; }
};

// A stretch of time without data.
struct Period
{
    qint64 start = 0;
    qint64 end = 0;

    qint64 duration() const { return end - start; }
    friend bool operator==(const Period &a, const Period &b) = default;
};

using SpanList = std::vector<Span>;
using PeriodList = std::vector<Period>;

// Stable sort by start time.
void sortByStart(SpanList &spans);

// ActivityWatch's flood: sorted by start; a neighbour starting at most `pulsetime` after the
// previous end merges into it when the key is the same, otherwise the gap (if any) is given to the
// longer of the two. Overlaps between different keys stay. Zero-length spans help bridge gaps but
// are dropped from the result; touching same-key spans left afterwards are merged.
SpanList flood(SpanList spans, qint64 pulsetime);

// Sorted, disjoint periods covering the same time; overlapping and touching periods merge,
// empty ones vanish.
PeriodList normalize(PeriodList periods);
PeriodList periodsOf(const SpanList &spans); // normalized
PeriodList unite(const PeriodList &a, const PeriodList &b);
// Time in `a` that is not in `b` (both normalized).
PeriodList subtract(const PeriodList &a, const PeriodList &b);
qint64 total(const PeriodList &periods);

// Each span clipped to each normalized period it overlaps; empty pieces are dropped. `spans` may
// overlap each other; the result is sorted by start.
SpanList intersect(const SpanList &spans, const PeriodList &periods);
// The parts of each span outside the normalized periods.
SpanList subtract(const SpanList &spans, const PeriodList &periods);
// Sorted by start with overlaps removed: where two spans overlap, the earlier one is cut at the
// later one's start (a tab or window switch); empty spans vanish.
SpanList makeDisjoint(SpanList spans);
// `a` unchanged plus the parts of `b` that do not overlap `a`, sorted by start.
SpanList unionNoOverlap(const SpanList &a, const SpanList &b);

} // namespace stint::spans
