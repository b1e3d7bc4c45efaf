#pragma once

#include <QJsonValue>
#include <QString>
#include <QStringView>

namespace stint {

// Whether a value given for a setting through the HTTP API can be used by the code that reads it:
// the categories (ActivityWatch's "classes", as aw-webui writes them), the start of day and week,
// and the always-active patterns. Other keys are not Stint's to judge and pass. Null (unset) passes.
class SettingCheck final
{
public:
    // False with the reason, naming the setting, when the value would be refused on reading.
    static bool accepts(QStringView name, const QJsonValue &value, QString *error);
};

} // namespace stint
