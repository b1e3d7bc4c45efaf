#pragma once

#include <QString>
#include <QtGlobal>

#include <optional>

namespace stint {

// Pure pieces of the platform backends, kept apart from the OS headers so every OS can test them.

// What the watchers record when the application cannot be named (ActivityWatch does the same).
QString unknownAppName();

// The first non-empty name, or unknownAppName().
QString appNameOrUnknown(const QString &preferred, const QString &fallback = {});

// The file name part of an executable's full path, with either separator
// ("C:\Program Files\App\app.exe" -> "app.exe"); empty when the path ends in a separator.
QString executableBaseName(const QString &path);

// Windows: milliseconds between two 32-bit millisecond tick counts (GetTickCount and
// LASTINPUTINFO::dwTime). Unsigned 32-bit subtraction stays right when the counter wrapped
// between the two readings (every 49.7 days of uptime).
qint64 idleMillisFromTicks(quint32 nowTicks, quint32 lastInputTicks);

// macOS: seconds since the last input as CoreGraphics reports them, in whole milliseconds;
// nothing for a negative or non-finite value.
std::optional<qint64> idleMillisFromSeconds(double seconds);

} // namespace stint
