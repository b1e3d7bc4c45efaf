#include "watchers/WatcherBuckets.h"

#include "storage/Datastore.h"

#include <QCoreApplication>
#include <QDateTime>

using namespace Qt::StringLiterals;

namespace stint {

namespace {

constexpr int kCreateTimeoutMs = 10'000;

Bucket make(const QString &prefix, const QString &type, const QString &hostname)
{
    Bucket bucket;
    bucket.id = prefix + hostname;
    bucket.type = type;
    bucket.client = u"stint"_s;
    bucket.hostname = hostname;
    bucket.created = QDateTime::currentMSecsSinceEpoch() * 1'000'000;
    return bucket;
}

} // namespace

WatcherBuckets::WatcherBuckets(QString host)
    : hostname(std::move(host))
    , window(make(u"aw-watcher-window_"_s, u"currentwindow"_s, hostname))
    , afk(make(u"aw-watcher-afk_"_s, u"afkstatus"_s, hostname))
    , pause(make(u"stint-pause_"_s, u"stint.pause"_s, hostname))
{
}

bool WatcherBuckets::ensureExist(Datastore &store, QString *error) const
{
    for (const Bucket *bucket : {&window, &afk, &pause}) {
        QFuture<WriteResult> future = store.createBucket(*bucket);
        if (!waitForFuture(QFuture<void>(future), kCreateTimeoutMs)) {
            if (error)
                *error = QCoreApplication::translate("WatcherBuckets", "creating bucket %1 timed out").arg(bucket->id);
            return false;
        }
        const WriteResult result = future.result();
        if (!result.ok() && result.error != StoreError::AlreadyExists) {
            if (error)
                *error = QCoreApplication::translate("WatcherBuckets", "cannot create bucket %1: %2")
                             .arg(bucket->id, result.message);
            return false;
        }
    }
    return true;
}

} // namespace stint
