#include "settings/SettingCheck.h"

#include "api/AllowedOrigins.h"
#include "model/Timestamp.h"
#include "reports/CategoryRules.h"
#include "reports/Goals.h"
#include "reports/ReportCalendar.h"
#include "rules/AlwaysActiveRules.h"
#include "rules/PrivacyRules.h"
#include "settings/SettingKeys.h"
#include "sync/SyncSettings.h"
#include "watchers/WatcherSettings.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

#include <algorithm>
#include <optional>

using namespace Qt::StringLiterals;

namespace stint {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("SettingCheck", text);
}

bool isStringList(const QJsonValue &value)
{
    if (!value.isArray())
        return false;
    const QJsonArray list = value.toArray();
    return std::all_of(list.begin(), list.end(), [](const QJsonValue &item) { return item.isString(); });
}

bool isWholeNumber(const QJsonValue &value, double min, double max)
{
    const double number = value.toDouble(-1);
    return value.isDouble() && number >= min && number <= max && number == double(qint64(number));
}

// Why `value` cannot be used for `name`; nullopt when it can (or Stint does not read it).
std::optional<QString> problemOf(QStringView name, const QJsonValue &value)
{
    QString why;
    const auto failed = [&why](bool ok) { return ok ? std::nullopt : std::optional<QString>(why); };
    if (name == settings::kCategories)
        return failed(CategoryRules::fromJson(value, &why).has_value());
    if (name == settings::kStartOfDay)
        return failed(ReportCalendar::parseStartOfDay(value, &why).has_value());
    if (name == settings::kStartOfWeek)
        return failed(ReportCalendar::parseStartOfWeek(value, &why).has_value());
    if (name == settings::kPrivacyRules)
        return failed(PrivacyRules::fromJson(value, &why).has_value());
    if (name == settings::kGoals)
        return failed(Goals::fromJson(value, &why).has_value());
    if (name == settings::kGoalsDaySummary) {
        std::optional<QTime> time;
        return failed(Goals::parseDaySummary(value, &time, &why));
    }
    if (name == settings::kAfkTimeout || name == settings::kPollInterval) {
        if (!value.isDouble())
            return tr("not a number");
        const bool afk = name == settings::kAfkTimeout;
        return failed(WatcherSettings::checkedSeconds(
                          value.toDouble(),
                          afk ? WatcherSettings::kMinAfkTimeoutSeconds : WatcherSettings::kMinPollSeconds,
                          afk ? WatcherSettings::kMaxAfkTimeoutSeconds : WatcherSettings::kMaxPollSeconds, &why)
                          .has_value());
    }
    if (name == settings::kPause) {
        const QJsonObject pause = value.toObject();
        const QJsonValue until = pause.value(u"until"_s);
        const bool ok = value.isObject() && Timestamp::parseRfc3339(pause.value(u"since"_s).toString())
            && (until.isNull() || Timestamp::parseRfc3339(until.toString()));
        return ok ? std::nullopt : std::optional(tr(R"(expected {"since": time, "until": time or null})"));
    }
    if (name == settings::kApiEnabled)
        return value.isBool() ? std::nullopt : std::optional(tr("true or false expected"));
    if (name == settings::kApiPort)
        return isWholeNumber(value, 1, 65535) ? std::nullopt
                                              : std::optional(tr("a port number from 1 to 65535 expected"));
    if (name == settings::kApiKey || name == settings::kSyncDir || name == settings::kSyncDeviceId)
        return value.isString() ? std::nullopt : std::optional(tr("a string expected"));
    if (name == settings::kMaxPendingBytes) {
        if (isWholeNumber(value, double(SettingCheck::kMinPendingBytes), double(SettingCheck::kMaxPendingBytes)))
            return std::nullopt;
        return tr("a whole number of bytes from %1 to %2 expected")
            .arg(SettingCheck::kMinPendingBytes)
            .arg(SettingCheck::kMaxPendingBytes);
    }
    if (name == settings::kApiNotifiedOrigins || name == settings::kSyncHiddenHosts)
        return isStringList(value) ? std::nullopt : std::optional(tr("a list of strings expected"));
    if (name == settings::kSyncInterval) {
        if (isWholeNumber(value, SyncSettings::kMinIntervalSeconds, SyncSettings::kMaxIntervalSeconds))
            return std::nullopt;
        return tr("a whole number of seconds from %1 to %2 expected")
            .arg(SyncSettings::kMinIntervalSeconds)
            .arg(SyncSettings::kMaxIntervalSeconds);
    }
    if (name == settings::kGoalsNotified) {
        const QJsonObject notified = value.toObject();
        const bool ok = value.isObject()
            && std::all_of(notified.begin(), notified.end(), [](const QJsonValue &day) { return day.isString(); });
        return ok ? std::nullopt : std::optional(tr("an object of dates expected"));
    }
    return std::nullopt;
}

} // namespace

bool SettingCheck::accepts(QStringView name, const QJsonValue &value, QString *error)
{
    if (value.isNull())
        return true;
    // These report the setting by name themselves.
    if (name == settings::kAlwaysActive)
        return AlwaysActiveRules::fromSettings(value, QJsonValue::Null, error).has_value();
    if (name == settings::kAlwaysActivePattern)
        return AlwaysActiveRules::fromSettings(QJsonValue::Null, value, error).has_value();
    if (name == settings::kApiCors)
        return api::AllowedOrigins::fromSettings(value, QJsonValue::Null, error).has_value();
    if (name == settings::kApiCorsRegex)
        return api::AllowedOrigins::fromSettings(QJsonValue::Null, value, error).has_value();
    const auto why = problemOf(name, value);
    if (!why)
        return true;
    if (error)
        *error = settings::invalidMessage(name, *why);
    return false;
}

} // namespace stint
