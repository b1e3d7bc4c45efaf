#include "util/DisplayText.h"

#include "model/Timestamp.h"

namespace stint::display {

QString clockDuration(qint64 nanos)
{
    const qint64 seconds = nanos / Timestamp::kNanosPerSecond;
    return QStringLiteral("%1:%2:%3")
        .arg(seconds / 3600)
        .arg((seconds / 60) % 60, 2, 10, QLatin1Char('0'))
        .arg(seconds % 60, 2, 10, QLatin1Char('0'));
}

QString localTime(qint64 utcNanos)
{
    return Timestamp::toDateTime(utcNanos).toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
}

} // namespace stint::display
