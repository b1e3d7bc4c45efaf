#include "sync/SyncStatus.h"

#include "settings/SettingKeys.h"
#include "storage/EventReader.h"
#include "sync/SyncFolder.h"

#include <QHash>

namespace stint {

std::optional<SyncStatus> SyncStatus::read(EventReader &reader, const QString &hostName, QString *error)
{
    SyncStatus status;
    status.hostName = hostName;
    const auto settings = reader.isOpen()
        ? SyncSettings::read([&reader](QStringView name) { return reader.setting(settings::storageKey(name)); }, error)
        : std::nullopt;
    const auto buckets = settings ? reader.buckets(true) : std::nullopt;
    if (!buckets) {
        if (error && error->isEmpty())
            *error = reader.error();
        return std::nullopt;
    }
    status.settings = *settings;
    QHash<QString, qint64> copied;
    for (const Bucket &bucket : *buckets) {
        if (bucket.data.contains(SyncFolder::kOriginKey))
            copied[bucket.hostname] += bucket.eventCount;
    }
    if (!settings->enabled())
        return status;
    for (const SyncFolder::Device &found : SyncFolder::devices(settings->directory)) {
        status.devices.append(Device{found.host, found.deviceId, found.file, found.modified,
                                     found.host == hostName && found.deviceId == settings->deviceId,
                                     settings->hiddenHosts.contains(found.host), copied.value(found.host)});
    }
    return status;
}

} // namespace stint
