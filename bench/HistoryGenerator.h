#pragma once

#include <QString>
#include <QTimeZone>

namespace stint::bench {

// A realistic synthetic history written through the real datastore API: work days and
// weekends, ~40 apps with thousands of distinct titles, AFK breaks, nights away (some with the
// screen locked), a Firefox bucket with URLs, pauses and privacy-excluded windows, in a zone
// with DST. The same seed gives the same database.
struct HistoryOptions
{
    static constexpr quint64 kDefaultSeed = 0x5354494E54484953; // "STINTHIS"

    int days = 365;
    quint64 seed = kDefaultSeed;
    QString databasePath;
    QString host = QStringLiteral("stint-demo");
    QTimeZone zone = QTimeZone(QByteArrayLiteral("Europe/Berlin"));
    QDate firstDay = QDate(2025, 1, 1);
};

struct HistoryResult
{
    QString error; // empty on success
    qint64 windowEvents = 0;
    qint64 afkEvents = 0;
    qint64 webEvents = 0;
    qint64 pauseEvents = 0;
    qint64 distinctWindows = 0; // distinct {app, title}
    int activeDays = 0;
    int dstChanges = 0;
};

HistoryResult generateHistory(const HistoryOptions &options);

} // namespace stint::bench
