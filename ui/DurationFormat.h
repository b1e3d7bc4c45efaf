#pragma once

#include <QString>

namespace stint {

// A duration in UTC nanoseconds as people say it: "4 h 05 min", "12 min", "40 s".
QString formatDuration(qint64 nanos);

} // namespace stint
