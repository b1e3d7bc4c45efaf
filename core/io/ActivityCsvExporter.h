#pragma once

#include "reports/Spans.h"

#include <QString>

#include <optional>

class QIODevice;

namespace stint {

class EventReader;
class ReportEngine;

// Canonical activity (what the Activity view counts) as CSV, one row per stretch of activity:
// start,end,duration,app,title,url,category. Times are RFC 3339 UTC, durations seconds, the
// category its names joined with " > ". Fields are quoted when they need it (RFC 4180).
class ActivityCsvExporter final
{
public:
    // One field: quoted when it needs it, and with a leading ' when it would start like a
    // spreadsheet formula (=, +, -, @, tab, CR).
    static QString field(const QString &text);
    static bool write(ReportEngine &engine, spans::Period range, const QString &host, QIODevice &device, QString *error,
                      qint64 *rows = nullptr);
    // From the first stored event to the last, with `from`/`to` taking the place of either end.
    static std::optional<spans::Period> historyRange(EventReader &reader, std::optional<qint64> from,
                                                     std::optional<qint64> to, QString *error);
};

} // namespace stint
