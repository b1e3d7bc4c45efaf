#pragma once

#include "MockClock.h"
#include "UiContext.h"
#include "UiFixture.h"
#include "app/Tracker.h"
#include "model/Timestamp.h"
#include "reports/ReportCalendar.h"
#include "reports/ReportThread.h"

#include <QCoreApplication>
#include <QFile>
#include <QFuture>
#include <QJsonObject>
#include <QTemporaryDir>

#include <memory>

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

// The view tests' set-up: QSettings kept in a temporary folder, a tracker on a fresh directory
// holding the history above with its clock at ActivityHistory::now(), and a reading thread.
struct ActivityHistoryFixture
{
    QTemporaryDir config;
    QTemporaryDir dir;
    ReportCalendar calendar;
    std::shared_ptr<MockClock> clock;
    std::unique_ptr<Tracker> tracker;
    std::unique_ptr<ReportThread> reports;

    bool start()
    {
        if (!config.isValid() || !dir.isValid())
            return false;
        UiFixture::initUiTestCase(config);
        clock = std::make_shared<MockClock>(ActivityHistory::now(calendar));
        tracker = std::make_unique<Tracker>(DataLocation(dir.path(), true), nullptr, clock);
        QString error;
        if (!tracker->start(&error)) {
            qWarning("tracker: %s", qPrintable(error));
            return false;
        }
        if (!ActivityHistory::write(*tracker, calendar))
            return false;
        reports = std::make_unique<ReportThread>(tracker->location().databasePath());
        return true;
    }

    UiContext context() const { return UiContext{*tracker, *reports, clock}; }
};

} // namespace stint::test
