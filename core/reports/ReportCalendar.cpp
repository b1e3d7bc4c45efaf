#include "reports/ReportCalendar.h"

#include "model/Timestamp.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>

#include <limits>

using namespace Qt::StringLiterals;

namespace stint {
ReportCalendar::ReportCalendar(QTimeZone zone, QTime startOfDay, Qt::DayOfWeek startOfWeek)
    : m_zone(zone.isValid() ? std::move(zone) : QTimeZone::systemTimeZone())
    , m_startOfDay(startOfDay.isValid() ? startOfDay : defaultStartOfDay())
    , m_startOfWeek(startOfWeek)
{
}

std::optional<QTime> ReportCalendar::parseStartOfDay(const QJsonValue &value, QString *error)
{
    if (value.isNull() || value.isUndefined())
        return defaultStartOfDay();
    const QTime time = QTime::fromString(value.toString(), u"HH:mm"_s);
    if (!value.isString() || !time.isValid()) {
        if (error)
            *error = QCoreApplication::translate("ReportCalendar", "the start of day must be a time \"HH:MM\", not %1")
                         .arg(QString::fromUtf8(QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact)));
        return std::nullopt;
    }
    return time;
}

std::optional<Qt::DayOfWeek> ReportCalendar::parseStartOfWeek(const QJsonValue &value, QString *error)
{
    if (value.isNull() || value.isUndefined())
        return kDefaultStartOfWeek;
    const QLocale english(QLocale::English);
    for (int day = Qt::Monday; day <= Qt::Sunday; ++day) {
        if (value.toString().compare(english.dayName(day), Qt::CaseInsensitive) == 0)
            return Qt::DayOfWeek(day);
    }
    if (error)
        *error = QCoreApplication::translate(
                     "ReportCalendar", "the start of week must be an English day name such as \"Monday\", not \"%1\"")
                     .arg(value.toString());
    return std::nullopt;
}

qint64 ReportCalendar::dayStart(QDate date) const
{
    return at(date, m_startOfDay);
}

qint64 ReportCalendar::at(QDate date, QTime time) const
{
    constexpr int kSecondsPerDay = 24 * 3600;
    const QDateTime local(date, time, m_zone);
    // Far from any change of offset the wall time is unambiguous and Qt's answer stands.
    if (local.isValid() && local.date() == date && local.time() == time) {
        const QDateTime utc = local.toUTC();
        if (m_zone.offsetFromUtc(utc.addSecs(-kSecondsPerDay)) == m_zone.offsetFromUtc(utc.addSecs(kSecondsPerDay)))
            return Timestamp::fromDateTime(local);
    }
    // Near one, the choice is made here rather than left to Qt, whose versions resolve skipped and
    // repeated wall times differently (6.4 makes a skipped one invalid).
    const QDateTime wall(date, time, QTimeZone::utc()); // the wall time, written as if UTC
    for (const QTimeZone::OffsetData &change : m_zone.transitions(wall.addDays(-2), wall.addDays(2))) {
        const int before = m_zone.offsetFromUtc(change.atUtc.addSecs(-1));
        const int after = change.offsetFromUtc;
        if (wall < change.atUtc.addSecs(std::min(before, after))
            || wall >= change.atUtc.addSecs(std::max(before, after)))
            continue;
        // Skipped: the moment the clocks jump, the first valid time after it. Repeated: its first pass.
        return Timestamp::fromDateTime(after > before ? change.atUtc : wall.addSecs(-before));
    }
    if (local.isValid())
        return Timestamp::fromDateTime(local);
    // A zone without transition data and a time Qt still refuses: its standard offset.
    return Timestamp::fromDateTime(wall.addSecs(-m_zone.standardTimeOffset(wall)));
}

spans::Period ReportCalendar::day(QDate date) const
{
    return {dayStart(date), dayStart(date.addDays(1))};
}

QDate ReportCalendar::firstDayOfWeek(QDate date) const
{
    return date.addDays(-((date.dayOfWeek() - int(m_startOfWeek) + 7) % 7));
}

spans::Period ReportCalendar::week(QDate date) const
{
    const QDate first = firstDayOfWeek(date);
    return {dayStart(first), dayStart(first.addDays(7))};
}

spans::Period ReportCalendar::month(QDate date) const
{
    const QDate first(date.year(), date.month(), 1);
    return {dayStart(first), dayStart(first.addMonths(1))};
}

spans::Period ReportCalendar::year(QDate date) const
{
    const QDate first(date.year(), 1, 1);
    return {dayStart(first), dayStart(first.addYears(1))};
}

QDate ReportCalendar::dateOf(qint64 utcNanos) const
{
    const QDateTime local = Timestamp::toDateTime(utcNanos).toTimeZone(m_zone);
    const QDate byWallClock = local.time() < m_startOfDay ? local.date().addDays(-1) : local.date();
    // Where a day starts in a skipped or a repeated hour, the wall clock alone can name the
    // neighbouring day: the day is the one whose span holds the instant.
    if (utcNanos < dayStart(byWallClock))
        return byWallClock.addDays(-1);
    if (utcNanos >= dayStart(byWallClock.addDays(1)))
        return byWallClock.addDays(1);
    return byWallClock;
}

QDate ReportCalendar::today() const
{
    return dateOf(Timestamp::fromDateTime(QDateTime::currentDateTimeUtc()));
}

std::vector<ReportCalendar::Offset> ReportCalendar::offsets(spans::Period range) const
{
    constexpr qint64 kNanosPerSecond = Timestamp::kNanosPerSecond;
    const QDateTime from = Timestamp::toDateTime(range.start);
    std::vector<Offset> result{{std::numeric_limits<qint64>::min(), m_zone.offsetFromUtc(from) * kNanosPerSecond}};
    for (const QTimeZone::OffsetData &change : m_zone.transitions(from, Timestamp::toDateTime(range.end)))
        result.push_back({Timestamp::fromDateTime(change.atUtc), change.offsetFromUtc * kNanosPerSecond});
    return result;
}

} // namespace stint
