#include "watchers/PlatformHelpers.h"

#include <algorithm>
#include <cmath>

namespace stint {

QString unknownAppName()
{
    return QStringLiteral("unknown");
}

QString appNameOrUnknown(const QString &preferred, const QString &fallback)
{
    if (!preferred.isEmpty())
        return preferred;
    if (!fallback.isEmpty())
        return fallback;
    return unknownAppName();
}

QString executableBaseName(const QString &path)
{
    const qsizetype separator = std::max(path.lastIndexOf(u'\\'), path.lastIndexOf(u'/'));
    return path.mid(separator + 1);
}

qint64 idleMillisFromTicks(quint32 nowTicks, quint32 lastInputTicks)
{
    const quint32 elapsed = nowTicks - lastInputTicks;
    return qint64(elapsed);
}

std::optional<qint64> idleMillisFromSeconds(double seconds)
{
    // Far beyond any uptime; keeps the conversion below from overflowing.
    constexpr double maxSeconds = 1e12;
    if (!std::isfinite(seconds) || seconds < 0 || seconds > maxSeconds)
        return std::nullopt;
    return qint64(std::llround(seconds * 1000.0));
}

} // namespace stint
