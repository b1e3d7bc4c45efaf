#pragma once

#include "reports/Spans.h"

#include <QDate>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>
#include <vector>

namespace stint {

// Which trend to compute: the last `count` weeks or months, the current one included, as the
// report calendar cuts them (start of day and week).
struct TrendsSpan
{
    enum class Unit { Week, Month };
    Unit unit = Unit::Week;
    int count = 12;

    static constexpr int kMaxWeeks = 520;
    static constexpr int kMaxMonths = 120;
    friend bool operator==(const TrendsSpan &a, const TrendsSpan &b) = default;
};

// A top-level category over the span: its time now and in the previous span of equal length.
struct TrendCategory
{
    QString name;
    QString color;
    qint64 activeTime = 0;
    qint64 previousTime = 0;
    std::optional<double> change; // percent; none when there was no time before
};

// One week or month of the span; the last one ends with today.
struct TrendPeriod
{
    QDate firstDay;
    QDate lastDay;
    spans::Period range;
    qint64 activeTime = 0;
    double productivity = 0;   // as Summary::productivity: the scores weighted by time
    std::vector<qint64> times; // per entry of Trends::categories
    double share(size_t category) const
    {
        return activeTime > 0 ? double(times.at(category)) / double(activeTime) : 0.0;
    }
};

// What changed over the last weeks or months: active time per period and top-level category,
// the productivity score per period, and the whole span against the equally long one before it
// (the same number of days, ending the day before the span starts).
struct Trends
{
    TrendsSpan span;
    QDate firstDay; // the span's days, today last
    QDate lastDay;
    QDate previousFirstDay; // the previous span's days
    QDate previousLastDay;
    spans::Period range;
    spans::Period previousRange;
    qint64 activeTime = 0;
    qint64 previousTime = 0;
    std::optional<double> change; // percent
    double productivity = 0;
    qint64 dailyAverage = 0; // active time / days of the span
    QDate busiestDay;        // invalid when nothing was recorded
    qint64 busiestDayTime = 0;
    QList<TrendCategory> categories; // longest first, then those that only had time before
    QList<TrendPeriod> periods;

    int days() const { return int(firstDay.daysTo(lastDay)) + 1; }
    // The change from `before` to `now` in percent; none when `before` is zero.
    static std::optional<double> changeOf(qint64 now, qint64 before);
    // "+12.5%", "-3.0%", or "–" when there is nothing to compare with.
    static QString changeText(const std::optional<double> &change);

    // Durations as float seconds, days as ISO dates, range ends as RFC 3339.
    QJsonObject toJson() const;
};

} // namespace stint
