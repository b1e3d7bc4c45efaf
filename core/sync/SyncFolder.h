#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace stint {

// The layout of a sync folder, as ActivityWatch's aw-sync has it: every device writes only
// <dir>/<hostname>/<device id>/test.db, an SQLite file in aw-server-rust's schema; readers take
// the largest *.db of each other device and copy its buckets as "<bucket>-synced-from-<host>".
class SyncFolder final
{
public:
    // aw-server-rust's schema: version 4 has the tables and columns every later version keeps;
    // versions 5 and 6 only change indexes. Files written here are version 4 (with version 5's
    // index), so every aw-server-rust since 2020 reads them; readers accept up to kNewestReadable.
    static constexpr int kWrittenVersion = 4;
    static constexpr int kOldestReadable = 4;
    static constexpr int kNewestReadable = 6;
    static constexpr QStringView kFileName = u"test.db";
    static constexpr QStringView kOriginKey = u"$aw.sync.origin";
    static constexpr QStringView kSyncedInfix = u"-synced-from-";

    struct Device
    {
        QString host;
        QString deviceId;
        QString file; // the largest *.db in the device's folder; empty when it has none
        qint64 size = 0;
        QDateTime modified;
    };

    // Every <host>/<device> folder under `directory` (sorted), with its database file.
    static QList<Device> devices(const QString &directory);
    static QString deviceDirectory(const QString &directory, const QString &host, const QString &deviceId);

    // A bucket that is itself a copy from another device (never exported again).
    static bool isSyncedCopy(const QString &bucketId, const QJsonObject &data);
    static QString syncedBucketId(const QString &bucketId, const QString &originHost);
    // The statements that make an empty aw-server-rust database (version kWrittenVersion).
    static QStringList schemaDdl();
};

} // namespace stint
