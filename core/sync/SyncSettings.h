#pragma once

#include <QJsonValue>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

namespace stint {

class Datastore;

// The sync settings (see SettingKeys.h): the folder, the interval, this device's id and the hosts
// the reports leave out.
struct SyncSettings
{
    static constexpr int kDefaultIntervalSeconds = 300;
    static constexpr int kMinIntervalSeconds = 1;
    static constexpr int kMaxIntervalSeconds = 86'400;

    QString directory; // empty: sync is off
    int intervalSeconds = kDefaultIntervalSeconds;
    QString deviceId; // empty until made
    QStringList hiddenHosts;

    bool enabled() const { return !directory.isEmpty(); }

    // A stored setting by name: null when unset, nullopt when it cannot be read.
    using Getter = std::function<std::optional<QJsonValue>(QStringView name)>;
    // nullopt with the message naming a bad setting.
    static std::optional<SyncSettings> read(const Getter &get, QString *error);
    static std::optional<SyncSettings> load(Datastore &store, QString *error);
    // This device's id, made (a random UUID) and stored the first time; empty with a message when
    // it cannot be stored.
    static QString ensureDeviceId(Datastore &store, QString *error);
    // ~/ActivityWatchSync when it exists (ActivityWatch's aw-sync uses it), else ~/StintSync.
    static QString suggestedDirectory();
};

} // namespace stint
