#pragma once

#include "reports/Spans.h"

#include <QDate>
#include <QJsonValue>
#include <QTime>
#include <QTimeZone>

#include <algorithm>
#include <limits>
#include <optional>
#include <vector>

namespace stint {

// Local days, weeks, months and years as UTC ranges: a day runs from its start-of-day time
// (default 04:00) to the next day's, in a given zone, so a DST change makes it 23 or 25 hours
// long. Stored times are UTC; only this class knows about local time.
class ReportCalendar final
{
public:
    static QTime defaultStartOfDay() { return QTime(4, 0); }
    static constexpr Qt::DayOfWeek kDefaultStartOfWeek = Qt::Monday;

    explicit ReportCalendar(QTimeZone zone = QTimeZone::systemTimeZone(), QTime startOfDay = defaultStartOfDay(),
                            Qt::DayOfWeek startOfWeek = kDefaultStartOfWeek);

    // The stored settings: "HH:MM" and an English day name; null or undefined means the default.
    static std::optional<QTime> parseStartOfDay(const QJsonValue &value, QString *error);
    static std::optional<Qt::DayOfWeek> parseStartOfWeek(const QJsonValue &value, QString *error);

    QTimeZone zone() const { return m_zone; }
    QTime startOfDay() const { return m_startOfDay; }
    Qt::DayOfWeek startOfWeek() const { return m_startOfWeek; }

    // When the day `date` starts: at(date, startOfDay()).
    qint64 dayStart(QDate date) const;
    // The instant of a local date and time. A wall time a DST change skips is taken as the moment
    // the clocks jump (the first valid time after it); one it repeats, as its first pass.
    qint64 at(QDate date, QTime time) const;
    spans::Period day(QDate date) const;
    // The week, month and year that contain the day `date`.
    spans::Period week(QDate date) const;
    spans::Period month(QDate date) const;
    spans::Period year(QDate date) const;
    QDate firstDayOfWeek(QDate date) const;

    // The day an instant belongs to (before the start-of-day time it is still the previous day):
    // always the date whose day() holds the instant.
    QDate dateOf(qint64 utcNanos) const;
    // Today, by that rule.
    QDate today() const;

    // Offsets from UTC in force over a range, for splitting time by local hour without asking the
    // zone for every event.
    struct Offset
    {
        qint64 from = 0;   // UTC nanoseconds from which it applies
        qint64 offset = 0; // local - UTC, nanoseconds
    };
    std::vector<Offset> offsets(spans::Period range) const;
    // Calls fn(local hour of day 0-23, from, to) for the pieces of `period` cut at local hours
    // and at UTC-offset changes; `offsets` covers the period (offsets()).
    template<typename Fn>
    static void forEachHour(spans::Period period, const std::vector<Offset> &offsets, Fn fn);

private:
    QTimeZone m_zone;
    QTime m_startOfDay;
    Qt::DayOfWeek m_startOfWeek;
};

template<typename Fn>
void ReportCalendar::forEachHour(spans::Period period, const std::vector<Offset> &offsets, Fn fn)
{
    constexpr qint64 kNanosPerHour = 3'600'000'000'000;
    for (qint64 t = period.start; t < period.end;) {
        const auto offset =
            std::upper_bound(offsets.begin(), offsets.end(), t, [](qint64 v, const Offset &o) { return v < o.from; })
            - 1;
        const qint64 nextOffset = offset + 1 != offsets.end() ? (offset + 1)->from : std::numeric_limits<qint64>::max();
        const qint64 local = t + offset->offset;
        const qint64 hour = local / kNanosPerHour - (local % kNanosPerHour < 0 ? 1 : 0);
        const qint64 end = std::min({period.end, (hour + 1) * kNanosPerHour - offset->offset, nextOffset});
        fn(int((hour % 24 + 24) % 24), t, end);
        t = end;
    }
}

} // namespace stint
