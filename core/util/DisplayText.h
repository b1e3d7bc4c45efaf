#pragma once

#include <QString>
#include <QtGlobal>

namespace stint::display {

// "1:02:03": a duration in a table column, where it should line up.
QString clockDuration(qint64 nanos);
// Local date and time to the second, sortable as text ("2026-07-23 12:00:05").
QString localTime(qint64 utcNanos);

} // namespace stint::display
