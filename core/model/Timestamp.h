#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>
#include <QStringView>

#include <optional>

namespace stint::Timestamp {

// Stint keeps every instant as integer nanoseconds since the Unix epoch (UTC) and every
// duration as integer nanoseconds; floating seconds and RFC 3339 strings exist only at the edges.

inline constexpr qint64 kNanosPerSecond = 1'000'000'000;
inline constexpr qint64 kNanosPerMilli = 1'000'000;

// Parses RFC 3339 ("2026-07-23T10:00:00.123456789Z", "...+02:00"); nullopt when malformed or
// when Stint cannot keep the instant as written: outside what 64-bit nanoseconds hold (1677-09-21
// to 2262-04-11), finer than a nanosecond, or a leap second (second 60, which nanoseconds since
// 1970 do not count). Then `why`, when given, says which of those it was (empty: malformed).
std::optional<qint64> parseRfc3339(QStringView text, QString *why = nullptr);
// What to answer when parseRfc3339 refused `text` with `why`: "<subject> is not an RFC 3339
// date-time: <text>", or "<subject> <text> cannot be kept: <why>".
QString refusal(const QString &subject, const QString &text, const QString &why);

// Formats in UTC with 0, 3, 6 or 9 fractional digits (as few as represent the value exactly).
QString toRfc3339(qint64 nanos);
// The same text as bytes (ASCII), for JSON written as UTF-8.
QByteArray toRfc3339Bytes(qint64 nanos);

qint64 fromDateTime(const QDateTime &dateTime);
QDateTime toDateTime(qint64 nanos);

// Float seconds (JSON durations, pulsetime) to nanoseconds, rounded to the nearest nanosecond.
std::optional<qint64> secondsToNanos(double seconds);
double nanosToSeconds(qint64 nanos);

} // namespace stint::Timestamp
