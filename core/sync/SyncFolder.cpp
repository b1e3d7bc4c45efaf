#include "sync/SyncFolder.h"

#include <QDir>
#include <QFileInfo>

namespace stint {

QList<SyncFolder::Device> SyncFolder::devices(const QString &directory)
{
    QList<Device> result;
    const QDir root(directory);
    const auto dirs = QDir::Dirs | QDir::NoDotAndDotDot; // hidden ones (.stfolder) are Syncthing's
    for (const QString &host : root.entryList(dirs, QDir::Name)) {
        const QDir hostDir(root.filePath(host));
        for (const QString &id : hostDir.entryList(dirs, QDir::Name)) {
            Device device{host, id, {}, 0, {}};
            const QDir deviceDir(hostDir.filePath(id));
            // Sorted by size, largest first, as aw-sync picks the file.
            const QFileInfoList files =
                deviceDir.entryInfoList({QStringLiteral("*.db")}, QDir::Files | QDir::Readable, QDir::Size);
            if (!files.isEmpty()) {
                device.file = files.first().absoluteFilePath();
                device.size = files.first().size();
                device.modified = files.first().lastModified();
            }
            result.append(device);
        }
    }
    return result;
}

QString SyncFolder::deviceDirectory(const QString &directory, const QString &host, const QString &deviceId)
{
    return QDir(directory).filePath(host + u'/' + deviceId);
}

bool SyncFolder::isSyncedCopy(const QString &bucketId, const QJsonObject &data)
{
    return bucketId.contains(kSyncedInfix) || data.contains(kOriginKey);
}

QString SyncFolder::syncedBucketId(const QString &bucketId, const QString &originHost)
{
    return bucketId + kSyncedInfix + originHost;
}

QStringList SyncFolder::schemaDdl()
{
    return {
        QStringLiteral("CREATE TABLE buckets (id INTEGER PRIMARY KEY AUTOINCREMENT, name TEXT UNIQUE NOT NULL, "
                       "type TEXT NOT NULL, client TEXT NOT NULL, hostname TEXT NOT NULL, created TEXT NOT NULL, "
                       "data TEXT NOT NULL DEFAULT '{}')"),
        QStringLiteral("CREATE TABLE events (id INTEGER PRIMARY KEY AUTOINCREMENT, bucketrow INTEGER NOT NULL, "
                       "starttime INTEGER NOT NULL, endtime INTEGER NOT NULL, data TEXT NOT NULL, "
                       "FOREIGN KEY (bucketrow) REFERENCES buckets(id))"),
        QStringLiteral("CREATE INDEX events_bucketrow_starttime_endtime_index ON events(bucketrow, starttime DESC, "
                       "endtime)"),
        QStringLiteral("CREATE TABLE key_value (key TEXT PRIMARY KEY, value TEXT, last_modified NUMBER NOT NULL)"),
        QStringLiteral("PRAGMA user_version = %1").arg(kWrittenVersion),
    };
}

} // namespace stint
