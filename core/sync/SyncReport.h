#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>

namespace stint {

// What one sync run did: this device's file, and per other device what was read or why not.
struct SyncReport
{
    struct Device
    {
        QString host;
        QString deviceId;
        QString file;
        qint64 added = 0;      // events copied in this run
        qint64 removed = 0;    // earlier copies of a last event that has grown since
        bool upToDate = false; // the file had not changed since the last run
        QString error;         // set when the file was skipped (retried next time)
    };

    bool ran = false;        // false when sync is off
    int intervalSeconds = 0; // the stored interval, as the run read it (0: unknown)
    QString writeError;      // this device's file could not be written
    QString writtenFile;
    qint64 written = 0;
    QList<Device> devices;
    QString error; // sync could not run at all (no folder, settings unreadable)

    // A JSON form, for stint-cli (over the single-instance socket and with --json).
    QJsonObject toJson() const;
    static SyncReport fromJson(const QJsonObject &json);

    bool ok() const
    {
        if (!error.isEmpty() || !writeError.isEmpty())
            return false;
        for (const Device &device : devices) {
            if (!device.error.isEmpty())
                return false;
        }
        return true;
    }
};

} // namespace stint
