#include "sync/SyncSettings.h"

#include "settings/SettingKeys.h"
#include "storage/Datastore.h"
#include "watchers/WatcherSettings.h"

#include <QCoreApplication>
#include <QDir>
#include <QJsonArray>
#include <QUuid>

namespace stint {

std::optional<SyncSettings> SyncSettings::read(const Getter &get, QString *error)
{
    SyncSettings result;
    const auto fail = [error](QStringView name, const QString &why) {
        if (error)
            *error = settings::invalidMessage(name, why);
        return std::nullopt;
    };
    const auto readOne = [&](QStringView name) -> std::optional<QJsonValue> {
        auto value = get(name);
        if (!value && error && error->isEmpty())
            *error = QCoreApplication::translate("SyncSettings", "cannot read the setting \"%1\"").arg(name.toString());
        return value;
    };
    const auto dir = readOne(settings::kSyncDir);
    if (!dir)
        return std::nullopt;
    if (!dir->isNull() && !dir->isString())
        return fail(settings::kSyncDir, QCoreApplication::translate("SyncSettings", "not a folder name"));
    result.directory = dir->toString();

    const auto interval = readOne(settings::kSyncInterval);
    if (!interval)
        return std::nullopt;
    if (!interval->isNull()) {
        const double seconds = interval->toDouble(-1);
        if (!interval->isDouble() || seconds < kMinIntervalSeconds || seconds > kMaxIntervalSeconds)
            return fail(settings::kSyncInterval,
                        QCoreApplication::translate("SyncSettings",
                                                    "not a number of seconds "
                                                    "from %1 to %2")
                            .arg(kMinIntervalSeconds)
                            .arg(kMaxIntervalSeconds));
        result.intervalSeconds = int(seconds);
    }

    const auto id = readOne(settings::kSyncDeviceId);
    if (!id)
        return std::nullopt;
    result.deviceId = id->toString();

    const auto hidden = readOne(settings::kSyncHiddenHosts);
    if (!hidden)
        return std::nullopt;
    if (!hidden->isNull() && !hidden->isArray())
        return fail(settings::kSyncHiddenHosts, QCoreApplication::translate("SyncSettings", "not a list of hosts"));
    for (const QJsonValue &host : hidden->toArray())
        result.hiddenHosts.append(host.toString());
    return result;
}

std::optional<SyncSettings> SyncSettings::load(Datastore &store, QString *error)
{
    return read([&store, error](QStringView name) { return WatcherSettings::readSetting(store, name, error); }, error);
}

QString SyncSettings::ensureDeviceId(Datastore &store, QString *error)
{
    const auto stored = WatcherSettings::readSetting(store, settings::kSyncDeviceId, error);
    if (!stored)
        return {};
    if (stored->isString() && !stored->toString().isEmpty())
        return stored->toString();
    const QString id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    const WriteResult written = store.setSetting(settings::storageKey(settings::kSyncDeviceId), id).result();
    if (!written.ok()) {
        if (error)
            *error = written.message;
        return {};
    }
    return id;
}

QString SyncSettings::suggestedDirectory()
{
    const QDir home = QDir::home();
    if (home.exists(QStringLiteral("ActivityWatchSync")))
        return home.filePath(QStringLiteral("ActivityWatchSync"));
    return home.filePath(QStringLiteral("StintSync"));
}

} // namespace stint
