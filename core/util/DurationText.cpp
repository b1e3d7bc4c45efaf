#include "util/DurationText.h"

#include "model/Timestamp.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QLocale>

#include <algorithm>
#include <cmath>

namespace stint {

QString DurationText::format(qint64 nanos)
{
    const qint64 seconds = std::max<qint64>(0, (nanos + Timestamp::kNanosPerSecond / 2) / Timestamp::kNanosPerSecond);
    if (seconds < 60 && seconds > 0)
        //: a duration in seconds, short
        return QCoreApplication::translate("DurationText", "%1 s").arg(seconds);
    // Rounded to the minute from here on, so a total and its parts round the same way.
    const qint64 minutes = (seconds + 30) / 60;
    if (minutes < 60)
        //: a duration in minutes, short
        return QCoreApplication::translate("DurationText", "%1 min").arg(minutes);
    // Hours also for a week or a year: "212 h" compares more easily than days of 24 hours.
    const qint64 hours = minutes / 60;
    if (minutes % 60 == 0)
        //: a duration in hours, short
        return QCoreApplication::translate("DurationText", "%1 h").arg(hours);
    //: a duration in hours and minutes, short
    return QCoreApplication::translate("DurationText", "%1 h %2 min").arg(hours).arg(minutes % 60);
}

QString DurationText::percent(qint64 part, qint64 whole)
{
    if (whole <= 0)
        //: a share of the active time
        return QCoreApplication::translate("DurationText", "0 %");
    const double share = 100.0 * double(part) / double(whole);
    if (part > 0 && share < 0.5)
        return QCoreApplication::translate("DurationText", "< 1 %");
    return QCoreApplication::translate("DurationText", "%1 %").arg(std::lround(share));
}

QString DurationText::moment(qint64 nanos, qint64 nowNanos)
{
    const QDateTime when = QDateTime::fromMSecsSinceEpoch(nanos / 1'000'000);
    const QDateTime now = QDateTime::fromMSecsSinceEpoch(nowNanos / 1'000'000);
    const QLocale locale;
    return when.date() == now.date() ? locale.toString(when.time(), QLocale::ShortFormat)
                                     : locale.toString(when, QLocale::ShortFormat);
}

} // namespace stint
