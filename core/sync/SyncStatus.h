#pragma once

#include "sync/SyncSettings.h"

#include <QDateTime>
#include <QList>
#include <QMetaType>

#include <optional>

namespace stint {

class EventReader;

// What the sync folder holds and how much of each computer is here: for Settings → Data and
// `stint-cli sync status`. Reads the database: never on the GUI thread.
struct SyncStatus
{
    struct Device
    {
        QString host;
        QString deviceId;
        QString file;
        QDateTime modified; // of its file
        bool thisDevice = false;
        bool hidden = false;
        qint64 copiedEvents = 0; // events of this host stored here
    };

    SyncSettings settings;
    QString hostName;
    QList<Device> devices;

    // nullopt with the reader's error.
    static std::optional<SyncStatus> read(EventReader &reader, const QString &hostName, QString *error);
};

} // namespace stint

Q_DECLARE_METATYPE(stint::SyncStatus)
