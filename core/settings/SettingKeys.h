#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringView>

// Settings live in the database's key_value table, under the "settings." prefix that
// ActivityWatch uses, so they travel with the data and the HTTP API can serve them unchanged.
// Names follow ActivityWatch's where it has the same setting.
namespace stint::settings {

inline QString storageKey(QStringView name)
{
    return u"settings." + name;
}

// The one wording for a stored setting that cannot be used, so every reader reports it alike.
inline QString invalidMessage(QStringView name, const QString &why)
{
    return QCoreApplication::translate("settings", "the stored setting \"%1\" is invalid: %2")
        .arg(name.toString(), why);
}

// Categories, in ActivityWatch's "classes" format (list of {name, rule, data}).
inline constexpr QStringView kCategories = u"classes";
// "HH:MM" local time at which a day starts (default "04:00").
inline constexpr QStringView kStartOfDay = u"startOfDay";
// English day name on which a week starts (default "Monday").
inline constexpr QStringView kStartOfWeek = u"startOfWeek";
// ActivityWatch's single regex for windows that count as active without input.
inline constexpr QStringView kAlwaysActivePattern = u"always_active_pattern";

// Stint's own settings.
// Window patterns ([{app, title}], see WindowPattern) that count as active without input.
inline constexpr QStringView kAlwaysActive = u"stint.alwaysActive";
// Privacy rules ([{app, title, action: "drop"|"redact"}]) applied before storage.
inline constexpr QStringView kPrivacyRules = u"stint.privacyRules";
// Seconds without input before the user counts as away (default 180).
inline constexpr QStringView kAfkTimeout = u"stint.afkTimeoutSeconds";
// Seconds between window polls (default 1).
inline constexpr QStringView kPollInterval = u"stint.pollIntervalSeconds";
// While tracking is paused: {"since": RFC 3339, "until": RFC 3339 or null (until resumed)}.
inline constexpr QStringView kPause = u"stint.pause";
// The HTTP API: on unless false; port (default 5600, 5666 with --testing); a key that clients must
// send as "Authorization: Bearer <key>" (none when unset). Read at start.
inline constexpr QStringView kApiEnabled = u"stint.api.enabled";
inline constexpr QStringView kApiPort = u"stint.api.port";
inline constexpr QStringView kApiKey = u"stint.api.key";
// Bytes of accepted writes that may wait in memory while saving fails (a full disk); beyond it
// writes are refused (HTTP 503 with Retry-After) until a commit succeeds. Default 32 MiB.
inline constexpr QStringView kMaxPendingBytes = u"stint.maxPendingBytes";
// Origins let in on top of the built-in ones, as aw-server-rust's `cors` and `cors_regex`: exact
// origins (["chrome-extension://<id>"]) and patterns matched against the whole origin. Applied
// when changed.
inline constexpr QStringView kApiCors = u"stint.api.cors";
inline constexpr QStringView kApiCorsRegex = u"stint.api.corsRegex";
// Browser-extension origins the user was already told about once (a list of strings).
inline constexpr QStringView kApiNotifiedOrigins = u"stint.api.notifiedOrigins";
// Time goals per category or for all active time (see Goals): [{"category": [...], "type":
// "atMost"|"atLeast", "minutes": n, "per": "day"|"week"}].
inline constexpr QStringView kGoals = u"stint.goals";
// "HH:MM": when a summary of the day is shown as a notification; unset: none.
inline constexpr QStringView kGoalsDaySummary = u"stint.goals.daySummary";
// What was notified last, so nothing is said twice in a period: {goal key or "daySummary": first day}.
inline constexpr QStringView kGoalsNotified = u"stint.goals.notified";

// Sync through a shared folder (Syncthing, Dropbox, ...): the folder (off while unset), seconds
// between syncs (default 300), this device's id (made once), and hosts left out of the reports.
inline constexpr QStringView kSyncDir = u"stint.sync.dir";
inline constexpr QStringView kSyncInterval = u"stint.sync.intervalSeconds";
inline constexpr QStringView kSyncDeviceId = u"stint.sync.deviceId";
inline constexpr QStringView kSyncHiddenHosts = u"stint.sync.hiddenHosts";

} // namespace stint::settings
