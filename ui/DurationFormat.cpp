#include "DurationFormat.h"

#include <QCoreApplication>

namespace stint {

QString formatDuration(qint64 nanos)
{
    const qint64 seconds = std::max<qint64>(nanos, 0) / 1'000'000'000;
    const qint64 hours = seconds / 3600;
    const qint64 minutes = seconds % 3600 / 60;
    if (hours > 0)
        return QCoreApplication::translate("Duration", "%1 h %2 min").arg(hours).arg(minutes, 2, 10, QLatin1Char('0'));
    if (minutes > 0)
        return QCoreApplication::translate("Duration", "%1 min").arg(minutes);
    return QCoreApplication::translate("Duration", "%1 s").arg(seconds);
}

} // namespace stint
