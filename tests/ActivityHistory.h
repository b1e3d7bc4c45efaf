#pragma once

#include "app/Tracker.h"
#include "model/Timestamp.h"
#include "reports/ReportCalendar.h"

#include <QFuture>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace stint::test {

// A small history of ten local days for the view tests, written through the tracker's datastore:
// a window bucket (code, firefox, zoom on some days, and an app no category rule knows) and an
// AFK bucket saying "active" around it. Today the unknown app takes most of the time, on the
// other days only a little.
struct ActivityHistory
{
    static inline const QString kWindow = u"aw-watcher-window_testhost"_s;
    static inline const QString kAfk = u"aw-watcher-afk_testhost"_s;
    static constexpr int kDays = 10;
    static constexpr qint64 kMinute = 60 * Timestamp::kNanosPerSecond;

    // 18:00 local time on 23 July 2026: "now" for the tests.
    static qint64 now(const ReportCalendar &calendar) { return calendar.dayStart(today()) + 14 * 60 * kMinute; }
    static QDate today() { return {2026, 7, 23}; }
    // When the code session of a day starts (06:00 local) and how long it lasts.
    static qint64 codeStart(const ReportCalendar &calendar, int daysBack)
    {
        return calendar.dayStart(today().addDays(-daysBack)) + 2 * 60 * kMinute;
    }
    static qint64 codeDuration(int daysBack) { return (90 + 5 * daysBack) * kMinute; }

    static bool write(Tracker &tracker, const ReportCalendar &calendar)
    {
        Datastore &store = tracker.datastore();
        const auto bucket = [](const QString &id, const QString &type) {
            Bucket b;
            b.id = id;
            b.type = type;
            b.client = u"stint-tests"_s;
            b.hostname = u"testhost"_s;
            return b;
        };
        const auto ok = [](QFuture<WriteResult> future) {
            future.waitForFinished();
            return future.result().ok();
        };
        if (!ok(store.createBucket(bucket(kWindow, u"currentwindow"_s)))
            || !ok(store.createBucket(bucket(kAfk, u"afkstatus"_s))))
            return false;
        EventList windows;
        EventList afk;
        for (int back = 0; back < kDays; ++back) {
            qint64 t = codeStart(calendar, back);
            const qint64 dayStart = t;
            const auto add = [&](const QString &app, const QString &title, qint64 length) {
                windows.append(Event{0, t, length, QJsonObject{{u"app"_s, app}, {u"title"_s, title}}});
                t += length;
            };
            add(u"code"_s, u"main.cpp"_s, codeDuration(back));
            add(u"firefox"_s, u"GitHub — Mozilla Firefox"_s, 30 * kMinute);
            if (back % 2 == 0)
                add(u"zoom"_s, u"Meeting"_s, 20 * kMinute);
            add(u"mystery-tool"_s, u"Untitled"_s, (back == 0 ? 180 : 5) * kMinute);
            afk.append(Event{0, dayStart, t - dayStart, QJsonObject{{u"status"_s, u"not-afk"_s}}});
        }
        if (!ok(store.insertEvents(kWindow, windows)) || !ok(store.insertEvents(kAfk, afk)))
            return false;
        QFuture<CommitResult> commit = store.forceCommit();
        commit.waitForFinished();
        return commit.result().ok();
    }
};

} // namespace stint::test
