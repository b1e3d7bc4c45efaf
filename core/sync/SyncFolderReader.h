#pragma once

#include "sync/SyncReport.h"

#include <QDateTime>
#include <QHash>
#include <QString>

namespace stint {

class Datastore;
class EventReader;

// Copies other devices' events from a sync folder into local buckets named as aw-sync names them,
// "<bucket>-synced-from-<host>", with the origin's host name and data["$aw.sync.origin"] = host.
//
// The other device's file is never opened where it is: it is copied (with its -wal, if any) into
// a private temporary folder, checked there (integrity, schema version) and read from the copy,
// so nothing is ever written into another device's folder and a file being replaced while it is
// read cannot mislead. A file that is locked, half-copied, corrupt or from a newer schema is
// skipped with a message naming it and retried next run; local buckets of this device are never
// written to. Incremental and idempotent: per bucket, only events from the newest local copy's
// start on are compared, and the ones already there are not added again.
//
// Writes go through the datastore (waiting for each batch); reads through `reader`. Use it in
// one thread that is neither the GUI's nor the datastore worker's.
class SyncFolderReader final
{
public:
    explicit SyncFolderReader(Datastore &store);

    void setBatchSize(int size) { m_batchSize = size; }

    // Reads every device under `directory` except those of `ownHost` and of the `skipped` hosts
    // (hidden by the user), reading local data through `reader` (of the calling thread). Files that
    // did not change since the last successful read by this object are not read again.
    QList<SyncReport::Device> read(EventReader &reader, const QString &directory, const QString &ownHost,
                                   const QStringList &skipped = {});
    // Reads every file again next time (after local copies were deleted).
    void forget() { m_seen.clear(); }

private:
    bool readFile(EventReader &reader, const QString &copy, SyncReport::Device *device, QString *error);

    struct Seen
    {
        qint64 size = 0;
        QDateTime modified;
        friend bool operator==(const Seen &, const Seen &) = default;
    };

    Datastore &m_store;
    int m_batchSize = 5000;
    QHash<QString, Seen> m_seen; // file -> what it was when last read in full
};

} // namespace stint
