#pragma once

#include "model/Bucket.h"
#include "model/Event.h"
#include "storage/Datastore.h"

#include <QFuture>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace stint::test {

// Three computers whose activity overlaps, with the combination worked out by hand. Seconds after
// `base`:
//   this computer: windows code [0,1000) firefox [1000,2000) code [2000,3000); AFK not-afk [0,1500),
//                  afk [1500,2500), not-afk [2500,3000); paused [4600,4700)
//                  -> active [0,1500) [2500,3000): 2000 s (code 1500, firefox 500)
//   alpha-desktop: windows writer [1000,4000), no AFK watcher -> active [1000,4000): 3000 s
//   zeta-laptop:   windows mail [3500,5000); AFK not-afk [3500,4500), afk [4500,5000); paused [3800,3900)
//                  -> active [3500,3800) [3900,4500): 900 s
// All computers, this one first, then the others by name: this computer's 2000 s; alpha fills
// [1500,2500) (this computer was away) and [3000,4000): 2000 s; zeta fills [4000,4500): 500 s.
// 4500 s in all, where adding the hosts up would give 5900 s. Zeta's pause lies in alpha's counted
// time, so only this computer's 100 s stay paused.
// The other hosts' buckets are named as synced copies are.
struct HostsHistory
{
    static inline const QString kAlpha = u"alpha-desktop"_s;
    static inline const QString kZeta = u"zeta-laptop"_s;
    static constexpr qint64 kSecond = 1'000'000'000;
    static constexpr qint64 kLocalActive = 2000 * kSecond;
    static constexpr qint64 kAlphaActive = 3000 * kSecond;
    static constexpr qint64 kZetaActive = 900 * kSecond;
    static constexpr qint64 kAllActive = 4500 * kSecond;
    static constexpr qint64 kAllPaused = 100 * kSecond;
    static constexpr qint64 kEnd = 5000 * kSecond; // nothing recorded after base + kEnd

    static bool write(Datastore &store, const QString &local, qint64 base)
    {
        const auto ok = [](auto future) {
            future.waitForFinished();
            return future.result().ok();
        };
        const auto span = [base](qint64 from, qint64 to, QJsonObject data) {
            return Event{0, base + from * kSecond, (to - from) * kSecond, std::move(data)};
        };
        const auto window = [](const QString &app) { return QJsonObject{{u"app"_s, app}, {u"title"_s, app}}; };
        const QJsonObject active{{u"status"_s, u"not-afk"_s}};
        const QJsonObject away{{u"status"_s, u"afk"_s}};
        const auto add = [&](const QString &host, const QString &type, const QString &prefix, const EventList &events) {
            Bucket bucket;
            bucket.id = prefix + host + (host == local ? QString() : u"-synced-from-"_s + host);
            bucket.type = type;
            bucket.client = u"stint-tests"_s;
            bucket.hostname = host;
            return ok(store.createBucket(bucket)) && ok(store.insertEvents(bucket.id, events));
        };
        const QString windows = u"aw-watcher-window_"_s;
        const QString afk = u"aw-watcher-afk_"_s;
        const QString pause = u"stint-pause_"_s;
        return add(local, u"currentwindow"_s, windows,
                   {span(0, 1000, window(u"code"_s)), span(1000, 2000, window(u"firefox"_s)),
                    span(2000, 3000, window(u"code"_s))})
            && add(local, u"afkstatus"_s, afk,
                   {span(0, 1500, active), span(1500, 2500, away), span(2500, 3000, active)})
            && add(local, u"stint.pause"_s, pause, {span(4600, 4700, {})})
            && add(kAlpha, u"currentwindow"_s, windows, {span(1000, 4000, window(u"writer"_s))})
            && add(kZeta, u"currentwindow"_s, windows, {span(3500, 5000, window(u"mail"_s))})
            && add(kZeta, u"afkstatus"_s, afk, {span(3500, 4500, active), span(4500, 5000, away)})
            && add(kZeta, u"stint.pause"_s, pause, {span(3800, 3900, {})}) && ok(store.forceCommit());
    }
};

} // namespace stint::test
