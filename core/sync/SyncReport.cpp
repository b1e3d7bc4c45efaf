#include "sync/SyncReport.h"

#include <QJsonArray>

namespace stint {

QJsonObject SyncReport::toJson() const
{
    QJsonArray list;
    for (const Device &device : devices)
        list.append(QJsonObject{{QStringLiteral("host"), device.host},
                                {QStringLiteral("deviceId"), device.deviceId},
                                {QStringLiteral("file"), device.file},
                                {QStringLiteral("added"), device.added},
                                {QStringLiteral("removed"), device.removed},
                                {QStringLiteral("upToDate"), device.upToDate},
                                {QStringLiteral("error"), device.error}});
    return {{QStringLiteral("ran"), ran},
            {QStringLiteral("error"), error},
            {QStringLiteral("writeError"), writeError},
            {QStringLiteral("writtenFile"), writtenFile},
            {QStringLiteral("written"), written},
            {QStringLiteral("devices"), list}};
}

SyncReport SyncReport::fromJson(const QJsonObject &json)
{
    SyncReport report;
    report.ran = json.value(QStringLiteral("ran")).toBool();
    report.error = json.value(QStringLiteral("error")).toString();
    report.writeError = json.value(QStringLiteral("writeError")).toString();
    report.writtenFile = json.value(QStringLiteral("writtenFile")).toString();
    report.written = json.value(QStringLiteral("written")).toInteger();
    for (const QJsonValue &value : json.value(QStringLiteral("devices")).toArray()) {
        const QJsonObject object = value.toObject();
        report.devices.append(Device{
            object.value(QStringLiteral("host")).toString(), object.value(QStringLiteral("deviceId")).toString(),
            object.value(QStringLiteral("file")).toString(), object.value(QStringLiteral("added")).toInteger(),
            object.value(QStringLiteral("removed")).toInteger(), object.value(QStringLiteral("upToDate")).toBool(),
            object.value(QStringLiteral("error")).toString()});
    }
    return report;
}

} // namespace stint
