#include "DisplayText.h"

#include "model/Timestamp.h"

#include <QCoreApplication>

namespace stint::display {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("display", text);
}
} // namespace

QString duration(qint64 nanos)
{
    const qint64 seconds = nanos / Timestamp::kNanosPerSecond;
    if (seconds < 60)
        return tr("%1 s").arg(seconds);
    const qint64 minutes = seconds / 60;
    if (minutes < 60)
        return tr("%1 min").arg(minutes);
    return tr("%1 h %2 min").arg(minutes / 60).arg(minutes % 60, 2, 10, QLatin1Char('0'));
}

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
