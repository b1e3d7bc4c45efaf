#pragma once

#include <QJsonValue>
#include <QString>
#include <QStringView>

namespace stint {

// Whether a value given for a setting (through the HTTP API or stint-cli) can be used by the code
// that reads it: every stint.* setting Stint reads, the categories (ActivityWatch's "classes", as
// aw-webui writes them), the start of day and week and the always-active pattern. Other keys are
// not Stint's to judge and pass, as aw-webui stores them. Null (unset) passes.
class SettingCheck final
{
public:
    // stint.maxPendingBytes: bytes of accepted writes that may wait in memory while saving fails.
    static constexpr qint64 kMinPendingBytes = 4096;
    static constexpr qint64 kMaxPendingBytes = 1LL << 40;

    // False with the reason, naming the setting, when the value would be refused on reading.
    static bool accepts(QStringView name, const QJsonValue &value, QString *error);
};

} // namespace stint
