#include "settings/SettingCheck.h"

#include "reports/CategoryRules.h"
#include "reports/ReportCalendar.h"
#include "rules/AlwaysActiveRules.h"
#include "settings/SettingKeys.h"

namespace stint {

bool SettingCheck::accepts(QStringView name, const QJsonValue &value, QString *error)
{
    if (value.isNull())
        return true;
    QString why;
    bool ok = true;
    if (name == settings::kCategories)
        ok = CategoryRules::fromJson(value, &why).has_value();
    else if (name == settings::kStartOfDay)
        ok = ReportCalendar::parseStartOfDay(value, &why).has_value();
    else if (name == settings::kStartOfWeek)
        ok = ReportCalendar::parseStartOfWeek(value, &why).has_value();
    // These report the setting by name themselves.
    else if (name == settings::kAlwaysActive)
        return AlwaysActiveRules::fromSettings(value, QJsonValue::Null, error).has_value();
    else if (name == settings::kAlwaysActivePattern)
        return AlwaysActiveRules::fromSettings(QJsonValue::Null, value, error).has_value();
    if (!ok && error)
        *error = settings::invalidMessage(name, why);
    return ok;
}

} // namespace stint
