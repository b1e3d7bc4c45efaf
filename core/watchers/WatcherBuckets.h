#pragma once

#include "model/Bucket.h"

namespace stint {

class Datastore;

// The buckets Stint's watchers write to, with ActivityWatch's ids, types and data keys so that
// imported data and ActivityWatch's tools line up.
struct WatcherBuckets
{
    explicit WatcherBuckets(QString hostname);

    QString hostname;
    Bucket window; // aw-watcher-window_<host>, currentwindow, {app, title}
    Bucket afk;    // aw-watcher-afk_<host>, afkstatus, {status: "afk"|"not-afk"}
    Bucket pause;  // stint-pause_<host>, stint.pause, one event per paused period

    // Creates those that do not exist yet; false with the store's message otherwise.
    bool ensureExist(Datastore &store, QString *error) const;
};

} // namespace stint
