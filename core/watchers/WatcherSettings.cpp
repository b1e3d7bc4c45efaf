#include "watchers/WatcherSettings.h"

#include "settings/SettingKeys.h"
#include "storage/Datastore.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>

namespace stint {

namespace {

bool readSeconds(Datastore &store, QStringView name, double min, double max, double *out, QString *error)
{
    const auto value = WatcherSettings::readSetting(store, name, error);
    if (!value)
        return false;
    if (value->isNull())
        return true;
    QString why;
    const auto seconds =
        value->isDouble() ? WatcherSettings::checkedSeconds(value->toDouble(), min, max, &why) : std::nullopt;
    if (!seconds) {
        if (error)
            *error = settings::invalidMessage(
                name, why.isEmpty() ? QCoreApplication::translate("WatcherSettings", "not a number") : why);
        return false;
    }
    *out = *seconds;
    return true;
}

} // namespace

std::optional<QJsonValue> WatcherSettings::readSetting(Datastore &store, QStringView name, QString *error)
{
    QFuture<QJsonValue> future = store.setting(settings::storageKey(name));
    if (!waitForFuture(QFuture<void>(future), kReadTimeoutMs) || future.result().isUndefined()) {
        if (error)
            *error = QCoreApplication::translate("WatcherSettings", "cannot read the setting \"%1\" from the database")
                         .arg(name.toString());
        return std::nullopt;
    }
    return future.result();
}

std::optional<double> WatcherSettings::checkedSeconds(double seconds, double min, double max, QString *error)
{
    if (std::isfinite(seconds) && seconds >= min && seconds <= max)
        return seconds;
    if (error)
        *error =
            QCoreApplication::translate("WatcherSettings", "%1 s is outside %2 … %3 s").arg(seconds).arg(min).arg(max);
    return std::nullopt;
}

std::optional<WatcherSettings> WatcherSettings::load(Datastore &store, QString *error)
{
    WatcherSettings loaded;
    if (!readSeconds(store, settings::kPollInterval, kMinPollSeconds, kMaxPollSeconds, &loaded.pollSeconds, error)
        || !readSeconds(store, settings::kAfkTimeout, kMinAfkTimeoutSeconds, kMaxAfkTimeoutSeconds,
                        &loaded.afkTimeoutSeconds, error))
        return std::nullopt;

    const auto privacy = readSetting(store, settings::kPrivacyRules, error);
    if (!privacy)
        return std::nullopt;
    QString why;
    auto rules = PrivacyRules::fromJson(*privacy, &why);
    if (!rules) {
        if (error)
            *error = settings::invalidMessage(settings::kPrivacyRules, why);
        return std::nullopt;
    }
    loaded.privacy = std::move(*rules);

    const auto patterns = readSetting(store, settings::kAlwaysActive, error);
    const auto awPattern = patterns ? readSetting(store, settings::kAlwaysActivePattern, error) : std::nullopt;
    if (!awPattern)
        return std::nullopt;
    auto alwaysActive = AlwaysActiveRules::fromSettings(*patterns, *awPattern, error);
    if (!alwaysActive)
        return std::nullopt;
    loaded.alwaysActive = std::move(*alwaysActive);
    return loaded;
}

double WatcherSettings::afkPollSeconds() const
{
    return std::clamp(afkTimeoutSeconds / 4, std::min(pollSeconds, kMaxAfkPollSeconds), kMaxAfkPollSeconds);
}

double WatcherSettings::afkPulsetimeSeconds() const
{
    return afkTimeoutSeconds + afkPollSeconds();
}

} // namespace stint
