#pragma once

#include <QString>

namespace stint {

// Writes this device's buckets into <dir>/<host>/<device id>/test.db in aw-server-rust's schema.
// Incremental: per bucket, the events from the file's last start on are replaced by the local ones
// from that start on (the last event may have grown), so each run appends what is new. Buckets
// that are copies from other devices are never exported.
//
// Readers (Syncthing, another device) may copy the file at any moment, so it is never changed in
// place: the current file is copied to a temporary file in the same folder (a name not ending in
// .db, so no reader takes it), updated there in one transaction with a rollback journal (no -wal
// file to go missing), closed, and renamed over test.db, which replaces it atomically on the same
// file system. A reader sees the old file or the new one, never a mix.
//
// Reads the local database through a read-only connection of its own; use it from one thread
// (never the GUI thread), the connections are opened and closed within write().
class SyncFolderWriter final
{
public:
    explicit SyncFolderWriter(QString databasePath);

    struct Result
    {
        QString file;
        int buckets = 0;
        qint64 events = 0; // events written in this run (the replaced last ones included)
    };

    // False with a message naming the file when it cannot be written; the old file stays then.
    bool write(const QString &directory, const QString &host, const QString &deviceId, Result *result, QString *error);

private:
    QString m_databasePath;
};

} // namespace stint
