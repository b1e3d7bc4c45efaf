#include "model/Timestamp.h"

#include <QDate>

#include <cmath>
#include <limits>

namespace stint::Timestamp {
namespace {

constexpr qint64 kSecondsPerDay = 86'400;
constexpr qint64 kUnixEpochJulianDay = 2'440'588;
// The representable range of qint64 nanoseconds, in whole seconds, kept a little inside the edge.
constexpr qint64 kMinSeconds = std::numeric_limits<qint64>::min() / kNanosPerSecond + 1;
constexpr qint64 kMaxSeconds = std::numeric_limits<qint64>::max() / kNanosPerSecond - 1;

// Reads exactly `count` decimal digits at `pos`; -1 when any is not a digit.
int readDigits(QStringView text, qsizetype pos, int count)
{
    if (pos + count > text.size())
        return -1;
    int value = 0;
    for (int i = 0; i < count; ++i) {
        const QChar c = text[pos + i];
        if (c < u'0' || c > u'9')
            return -1;
        value = value * 10 + (c.unicode() - u'0');
    }
    return value;
}

qint64 floorDiv(qint64 a, qint64 b)
{
    qint64 q = a / b;
    if ((a % b != 0) && ((a < 0) != (b < 0)))
        --q;
    return q;
}

} // namespace

std::optional<qint64> parseRfc3339(QStringView text, QString *why)
{
    const auto cannotKeep = [why](const QString &reason) {
        if (why)
            *why = reason;
        return std::nullopt;
    };
    if (why)
        why->clear();
    // YYYY-MM-DDTHH:MM:SS[.fraction](Z|+HH:MM|-HH:MM)
    if (text.size() < 20)
        return std::nullopt;
    const int year = readDigits(text, 0, 4);
    const int month = readDigits(text, 5, 2);
    const int day = readDigits(text, 8, 2);
    const int hour = readDigits(text, 11, 2);
    const int minute = readDigits(text, 14, 2);
    const int second = readDigits(text, 17, 2);
    if (year < 0 || month < 0 || day < 0 || hour < 0 || minute < 0 || second < 0)
        return std::nullopt;
    const QChar separator = text[10];
    if (text[4] != u'-' || text[7] != u'-' || (separator != u'T' && separator != u't' && separator != u' ')
        || text[13] != u':' || text[16] != u':')
        return std::nullopt;
    if (hour > 23 || minute > 59 || second > 60)
        return std::nullopt;
    const QDate date(year, month, day);
    if (!date.isValid())
        return std::nullopt;

    qsizetype pos = 19;
    qint64 fraction = 0;
    if (pos < text.size() && text[pos] == u'.') {
        ++pos;
        int digits = 0;
        bool finer = false; // a digit past nanoseconds that is not 0
        while (pos < text.size() && text[pos] >= u'0' && text[pos] <= u'9') {
            if (digits < 9) {
                fraction = fraction * 10 + (text[pos].unicode() - u'0');
                ++digits;
            } else {
                finer = finer || text[pos] != u'0';
            }
            ++pos;
        }
        if (digits == 0)
            return std::nullopt;
        if (finer)
            return cannotKeep(QStringLiteral("it is finer than a nanosecond, which is as fine as Stint keeps time"));
        for (int i = digits; i < 9; ++i)
            fraction *= 10;
    }

    if (pos >= text.size())
        return std::nullopt;
    qint64 offsetSeconds = 0;
    const QChar zone = text[pos];
    if (zone == u'Z' || zone == u'z') {
        ++pos;
    } else if (zone == u'+' || zone == u'-') {
        const int offHour = readDigits(text, pos + 1, 2);
        const int offMinute = readDigits(text, pos + 4, 2);
        if (offHour < 0 || offMinute < 0 || text[pos + 3] != u':' || offHour > 23 || offMinute > 59)
            return std::nullopt;
        offsetSeconds = (qint64(offHour) * 3600 + qint64(offMinute) * 60) * (zone == u'-' ? -1 : 1);
        pos += 6;
    } else {
        return std::nullopt;
    }
    if (pos != text.size())
        return std::nullopt;
    // Checked once the whole text is known to be a date-time.
    if (second == 60)
        return cannotKeep(QStringLiteral("second 60 is a leap second, which time counted in nanoseconds since 1970 "
                                         "(as Stint and ActivityWatch count it) does not hold"));

    const qint64 days = date.toJulianDay() - kUnixEpochJulianDay;
    const qint64 seconds = days * kSecondsPerDay + qint64(hour) * 3600 + qint64(minute) * 60 + second - offsetSeconds;
    if (seconds < kMinSeconds || seconds > kMaxSeconds)
        return cannotKeep(QStringLiteral("it is outside the times Stint can keep (%1 to %2)")
                              .arg(toRfc3339(kMinSeconds * kNanosPerSecond), toRfc3339(kMaxSeconds * kNanosPerSecond)));
    return seconds * kNanosPerSecond + fraction;
}

QString refusal(const QString &subject, const QString &text, const QString &why)
{
    return why.isEmpty() ? QStringLiteral("%1 is not an RFC 3339 date-time: %2").arg(subject, text)
                         : QStringLiteral("%1 %2 cannot be kept: %3").arg(subject, text, why);
}

QString toRfc3339(qint64 nanos)
{
    return QString::fromLatin1(toRfc3339Bytes(nanos));
}

QByteArray toRfc3339Bytes(qint64 nanos)
{
    const qint64 seconds = floorDiv(nanos, kNanosPerSecond);
    const qint64 fraction = nanos - seconds * kNanosPerSecond;
    const qint64 days = floorDiv(seconds, kSecondsPerDay);
    const qint64 secondOfDay = seconds - days * kSecondsPerDay;
    const QDate date = QDate::fromJulianDay(days + kUnixEpochJulianDay);
    // By hand, not asprintf: every event the HTTP API answers with goes through here. Nanoseconds
    // in 64 bits reach from 1677 to 2262, so the year always has four digits.
    char text[32];
    char *at = text;
    const auto digits = [&at](qint64 value, int count) {
        for (int i = count - 1; i >= 0; --i, value /= 10)
            at[i] = char('0' + value % 10);
        at += count;
    };
    digits(date.year(), 4);
    *at++ = '-';
    digits(date.month(), 2);
    *at++ = '-';
    digits(date.day(), 2);
    *at++ = 'T';
    digits(secondOfDay / 3600, 2);
    *at++ = ':';
    digits(secondOfDay / 60 % 60, 2);
    *at++ = ':';
    digits(secondOfDay % 60, 2);
    if (fraction != 0) {
        *at++ = '.';
        if (fraction % 1'000'000 == 0)
            digits(fraction / 1'000'000, 3);
        else if (fraction % 1'000 == 0)
            digits(fraction / 1'000, 6);
        else
            digits(fraction, 9);
    }
    *at++ = 'Z';
    return QByteArray(text, at - text);
}

qint64 fromDateTime(const QDateTime &dateTime)
{
    return dateTime.toMSecsSinceEpoch() * kNanosPerMilli;
}

QDateTime toDateTime(qint64 nanos)
{
    return QDateTime::fromMSecsSinceEpoch(floorDiv(nanos, kNanosPerMilli), Qt::UTC);
}

std::optional<qint64> secondsToNanos(double seconds)
{
    if (!std::isfinite(seconds))
        return std::nullopt;
    const double nanos = std::round(seconds * double(kNanosPerSecond));
    // 2^63 is exactly representable as a double; anything at or beyond it overflows qint64.
    constexpr double kLimit = 9223372036854775808.0;
    if (nanos >= kLimit || nanos < -kLimit)
        return std::nullopt;
    return qint64(nanos);
}

double nanosToSeconds(qint64 nanos)
{
    // Split to keep full precision for large values: whole seconds plus the fractional part.
    const qint64 whole = nanos / kNanosPerSecond;
    const qint64 rest = nanos % kNanosPerSecond;
    return double(whole) + double(rest) / double(kNanosPerSecond);
}

} // namespace stint::Timestamp
