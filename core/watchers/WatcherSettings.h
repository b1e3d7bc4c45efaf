#pragma once

#include "rules/AlwaysActiveRules.h"
#include "rules/PrivacyRules.h"

#include <QJsonValue>

#include <optional>

namespace stint {

class Datastore;

// What the watchers need to know, read from the settings stored in the database (unset ones
// keep ActivityWatch's defaults). The command line may override poll and timeout.
struct WatcherSettings
{
    static constexpr double kDefaultPollSeconds = 1.0;
    static constexpr double kDefaultAfkTimeoutSeconds = 180.0;
    static constexpr double kMinPollSeconds = 0.1;
    static constexpr double kMaxPollSeconds = 60.0;
    static constexpr double kMinAfkTimeoutSeconds = 1.0;
    static constexpr double kMaxAfkTimeoutSeconds = 24 * 3600.0;
    static constexpr double kMaxAfkPollSeconds = 5.0; // ActivityWatch's AFK poll

    double pollSeconds = kDefaultPollSeconds;
    double afkTimeoutSeconds = kDefaultAfkTimeoutSeconds;
    PrivacyRules privacy;
    AlwaysActiveRules alwaysActive;

    // The error names the stored setting that cannot be used.
    static std::optional<WatcherSettings> load(Datastore &store, QString *error);
    // One stored setting (null when unset), waiting for the datastore's answer; nothing with a
    // message naming the setting when the database cannot be read.
    static std::optional<QJsonValue> readSetting(Datastore &store, QStringView name, QString *error);
    // The worker answers a key lookup at once; the bound only guards against a stuck worker.
    static constexpr int kReadTimeoutMs = 10'000;
    // nullopt with a message when `seconds` is outside [min, max].
    static std::optional<double> checkedSeconds(double seconds, double min, double max, QString *error);

    // A quarter of the timeout, so a short timeout is noticed in time, between the window poll
    // and ActivityWatch's 5 s.
    double afkPollSeconds() const;
    // Timeout + AFK poll: consecutive not-afk stretches shorter than the timeout stay one event.
    double afkPulsetimeSeconds() const;
};

} // namespace stint
