#include "reports/TrendsBuilder.h"

#include "reports/CategoryRules.h"
#include "reports/ReportCalendar.h"

#include <algorithm>
#include <numeric>

namespace stint {

Trends TrendsBuilder::layout(const ReportCalendar &calendar, TrendsSpan span, QDate today)
{
    Trends trends;
    trends.span = span;
    const int count = std::max(1, span.count);
    QDate first = span.unit == TrendsSpan::Unit::Week ? calendar.firstDayOfWeek(today).addDays(-7 * qint64(count - 1))
                                                      : QDate(today.year(), today.month(), 1).addMonths(-(count - 1));
    trends.firstDay = first;
    trends.lastDay = today;
    const int days = trends.days();
    trends.previousFirstDay = first.addDays(-days);
    trends.previousLastDay = first.addDays(-1);
    trends.range = {calendar.dayStart(first), calendar.dayStart(today.addDays(1))};
    trends.previousRange = {calendar.dayStart(trends.previousFirstDay), trends.range.start};
    for (int i = 0; i < count; ++i) {
        const QDate next = span.unit == TrendsSpan::Unit::Week ? first.addDays(7) : first.addMonths(1);
        TrendPeriod period;
        period.firstDay = first;
        period.lastDay = std::min(next.addDays(-1), today);
        period.range = {calendar.dayStart(first), calendar.dayStart(period.lastDay.addDays(1))};
        trends.periods.append(period);
        first = next;
    }
    return trends;
}

void TrendsBuilder::fill(Trends &trends, const std::vector<qint64> &dayByRule, const CategoryRules &rules)
{
    // Each rule's top-level category, and the top-level categories in order of first sight.
    QStringList tops;
    const size_t ruleCount = size_t(rules.rules().size()) + 1;
    std::vector<int> topOfRule(ruleCount);
    for (int rule = -1; rule < int(rules.rules().size()); ++rule) {
        const QString top = rules.nameOf(rule).constFirst();
        qsizetype index = tops.indexOf(top);
        if (index < 0) {
            index = tops.size();
            tops.append(top);
        }
        topOfRule[size_t(rule + 1)] = int(index);
    }
    const size_t topCount = size_t(tops.size());

    // Both spans' days: the previous span's first, then the span's. Each day's time per top-level
    // category and its score-weighted time.
    const int spanDays = trends.days();
    const size_t dayCount = size_t(2 * spanDays);
    Q_ASSERT(dayByRule.size() == dayCount * ruleCount);
    std::vector<qint64> times(dayCount * topCount, 0);
    std::vector<double> weighted(dayCount, 0);
    for (size_t day = 0; day < dayCount; ++day) {
        for (size_t rule = 0; rule < ruleCount; ++rule) {
            const qint64 time = dayByRule[day * ruleCount + rule];
            if (time == 0)
                continue;
            times[day * topCount + size_t(topOfRule[rule])] += time;
            weighted[day] += rules.scoreOf(int(rule) - 1) * double(time);
        }
    }

    // Totals per top-level category in both spans, and the day totals of the span.
    std::vector<qint64> now(topCount, 0);
    std::vector<qint64> before(topCount, 0);
    double weightedNow = 0;
    for (size_t day = 0; day < dayCount; ++day) {
        const bool current = day >= size_t(spanDays);
        qint64 dayTotal = 0;
        for (size_t top = 0; top < topCount; ++top) {
            (current ? now : before)[top] += times[day * topCount + top];
            dayTotal += times[day * topCount + top];
        }
        if (!current) {
            trends.previousTime += dayTotal;
            continue;
        }
        trends.activeTime += dayTotal;
        weightedNow += weighted[day];
        if (dayTotal > trends.busiestDayTime) {
            trends.busiestDayTime = dayTotal;
            trends.busiestDay = trends.previousFirstDay.addDays(qint64(day));
        }
    }
    trends.change = Trends::changeOf(trends.activeTime, trends.previousTime);
    trends.productivity = trends.activeTime > 0 ? weightedNow / double(trends.activeTime) : 0.0;
    trends.dailyAverage = trends.activeTime / spanDays;

    // Categories with time in either span, longest now first.
    std::vector<size_t> order;
    for (size_t top = 0; top < topCount; ++top) {
        if (now[top] > 0 || before[top] > 0)
            order.push_back(top);
    }
    std::sort(order.begin(), order.end(), [&](size_t a, size_t b) {
        if (now[a] != now[b])
            return now[a] > now[b];
        return before[a] != before[b] ? before[a] > before[b] : tops.at(qsizetype(a)) < tops.at(qsizetype(b));
    });
    trends.categories.clear();
    for (const size_t top : order) {
        // The colour the Activity page gives the top-level node: its own rule's, if it has one.
        const QStringList name{tops.at(qsizetype(top))};
        int own = -1;
        for (int i = 0; i < int(rules.rules().size()) && own < 0; ++i) {
            if (rules.rules().at(i).name == name)
                own = i;
        }
        trends.categories.append(
            {name.constFirst(), rules.colorOf(own), now[top], before[top], Trends::changeOf(now[top], before[top])});
    }

    for (TrendPeriod &period : trends.periods) {
        period.times.assign(order.size(), 0);
        double periodWeighted = 0;
        const qint64 from = spanDays + trends.firstDay.daysTo(period.firstDay);
        const qint64 to = spanDays + trends.firstDay.daysTo(period.lastDay);
        for (qint64 day = from; day <= to; ++day) {
            for (size_t i = 0; i < order.size(); ++i)
                period.times[i] += times[size_t(day) * topCount + order[i]];
            periodWeighted += weighted[size_t(day)];
        }
        period.activeTime = std::accumulate(period.times.begin(), period.times.end(), qint64(0));
        period.productivity = period.activeTime > 0 ? periodWeighted / double(period.activeTime) : 0.0;
    }
}

} // namespace stint
