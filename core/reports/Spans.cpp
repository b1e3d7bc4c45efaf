#include "reports/Spans.h"

#include <algorithm>

namespace stint::spans {

void sortByStart(SpanList &spans)
{
    const auto byStart = [](const Span &a, const Span &b) { return a.start < b.start; };
    // Most lists arrive sorted (events are read oldest first): checking costs far less than sorting.
    if (!std::is_sorted(spans.begin(), spans.end(), byStart))
        std::stable_sort(spans.begin(), spans.end(), byStart);
}

SpanList flood(SpanList spans, qint64 pulsetime)
{
    sortByStart(spans);
    SpanList chained;
    chained.reserve(spans.size());
    for (Span span : spans) {
        if (!chained.empty()) {
            Span &last = chained.back();
            const qint64 gap = span.start - last.end;
            if (gap <= pulsetime) {
                if (span.key == last.key) {
                    last.end = std::max(last.end, span.end);
                    continue;
                }
                if (gap > 0) {
                    if (last.duration() >= span.duration())
                        last.end = span.start;
                    else
                        span.start = last.end;
                }
            }
        }
        chained.push_back(span);
    }
    // Zero-length spans bridged gaps above; once gone, their neighbours may touch.
    SpanList result;
    result.reserve(chained.size());
    for (const Span &span : chained) {
        if (span.end <= span.start)
            continue;
        if (!result.empty() && result.back().key == span.key && span.start <= result.back().end) {
            result.back().end = std::max(result.back().end, span.end);
            continue;
        }
        result.push_back(span);
    }
    return result;
}

PeriodList normalize(PeriodList periods)
{
    const auto byStart = [](const Period &a, const Period &b) { return a.start < b.start; };
    if (!std::is_sorted(periods.begin(), periods.end(), byStart))
        std::sort(periods.begin(), periods.end(), byStart);
    PeriodList result;
    result.reserve(periods.size());
    for (const Period &period : periods) {
        if (period.end <= period.start)
            continue;
        if (!result.empty() && period.start <= result.back().end)
            result.back().end = std::max(result.back().end, period.end);
        else
            result.push_back(period);
    }
    return result;
}

PeriodList periodsOf(const SpanList &spans)
{
    PeriodList periods;
    periods.reserve(spans.size());
    for (const Span &span : spans)
        periods.push_back({span.start, span.end});
    return normalize(std::move(periods));
}

PeriodList unite(const PeriodList &a, const PeriodList &b)
{
    PeriodList all;
    all.reserve(a.size() + b.size());
    all.insert(all.end(), a.begin(), a.end());
    all.insert(all.end(), b.begin(), b.end());
    return normalize(std::move(all));
}

PeriodList subtract(const PeriodList &a, const PeriodList &b)
{
    SpanList pieces;
    pieces.reserve(a.size());
    for (const Period &period : a)
        pieces.push_back({period.start, period.end, 0, 0});
    PeriodList result;
    for (const Span &piece : subtract(pieces, b))
        result.push_back({piece.start, piece.end});
    return result;
}

qint64 total(const PeriodList &periods)
{
    qint64 sum = 0;
    for (const Period &period : periods)
        sum += period.duration();
    return sum;
}

SpanList intersect(const SpanList &spans, const PeriodList &periods)
{
    SpanList sorted = spans;
    sortByStart(sorted);
    SpanList result;
    result.reserve(sorted.size());
    auto first = periods.begin();
    for (const Span &span : sorted) {
        // Starts only grow, so a period ending before this span ends before every later one too.
        while (first != periods.end() && first->end <= span.start)
            ++first;
        for (auto it = first; it != periods.end() && it->start < span.end; ++it) {
            const qint64 start = std::max(span.start, it->start);
            const qint64 end = std::min(span.end, it->end);
            if (start < end)
                result.push_back({start, end, span.key, span.src});
        }
    }
    sortByStart(result);
    return result;
}

SpanList subtract(const SpanList &spans, const PeriodList &periods)
{
    SpanList sorted = spans;
    sortByStart(sorted);
    SpanList result;
    result.reserve(sorted.size());
    auto first = periods.begin();
    for (const Span &span : sorted) {
        while (first != periods.end() && first->end <= span.start)
            ++first;
        qint64 from = span.start;
        for (auto it = first; it != periods.end() && it->start < span.end; ++it) {
            if (it->start > from)
                result.push_back({from, it->start, span.key, span.src});
            from = std::max(from, it->end);
        }
        if (from < span.end)
            result.push_back({from, span.end, span.key, span.src});
    }
    sortByStart(result);
    return result;
}

SpanList makeDisjoint(SpanList spans)
{
    sortByStart(spans);
    SpanList result;
    result.reserve(spans.size());
    for (const Span &span : spans) {
        if (span.end <= span.start)
            continue;
        // Every earlier span already ends by the start of the one after it, so only the last can overlap.
        if (!result.empty() && result.back().end > span.start) {
            result.back().end = span.start;
            if (result.back().end <= result.back().start)
                result.pop_back();
        }
        result.push_back(span);
    }
    return result;
}

SpanList unionNoOverlap(const SpanList &a, const SpanList &b)
{
    SpanList result = subtract(b, periodsOf(a));
    result.insert(result.end(), a.begin(), a.end());
    sortByStart(result);
    return result;
}

} // namespace stint::spans
