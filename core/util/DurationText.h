#pragma once

#include <QString>
#include <QtGlobal>

namespace stint {

// Durations as people read them: "42 s", "12 min", "5 h 12 min", "212 h".
class DurationText final
{
public:
    static QString format(qint64 nanos);
    // A share of a whole as "37 %" (rounded; "< 1 %" for a small non-zero part).
    static QString percent(qint64 part, qint64 whole);
    // A moment ahead, local time: "14:30" when it is today, with the date otherwise.
    static QString moment(qint64 nanos, qint64 nowNanos);
};

} // namespace stint
