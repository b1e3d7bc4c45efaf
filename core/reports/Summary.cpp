#include "reports/Summary.h"

#include "model/Timestamp.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace stint {
namespace {

double seconds(qint64 nanos)
{
    return Timestamp::nanosToSeconds(nanos);
}

QJsonArray toJson(const QList<NamedDuration> &list, const QString &detailKey, qsizetype limit)
{
    QJsonArray array;
    for (const NamedDuration &entry : list) {
        if (limit >= 0 && array.size() >= limit)
            break;
        QJsonObject object{{u"name"_s, entry.name}, {u"duration"_s, seconds(entry.duration)}};
        if (!detailKey.isEmpty())
            object.insert(detailKey, entry.detail);
        array.append(object);
    }
    return array;
}

} // namespace

QJsonObject Summary::toJson(qsizetype limit) const
{
    QJsonArray categoryArray;
    for (const CategoryTotal &node : categories) {
        categoryArray.append(QJsonObject{{u"name"_s, QJsonArray::fromStringList(node.name)},
                                         {u"duration"_s, seconds(node.duration)},
                                         {u"own"_s, seconds(node.own)},
                                         {u"color"_s, node.color},
                                         {u"score"_s, node.score}});
    }
    QJsonArray hours;
    for (const qint64 hour : perHour)
        hours.append(seconds(hour));
    QJsonArray days;
    for (const DayTotal &day : perDay)
        days.append(QJsonObject{{u"date"_s, day.date.toString(Qt::ISODate)}, {u"duration"_s, seconds(day.duration)}});
    return QJsonObject{
        {u"start"_s, Timestamp::toRfc3339(range.start)},
        {u"end"_s, Timestamp::toRfc3339(range.end)},
        {u"hosts"_s, QJsonArray::fromStringList(hosts)},
        {u"active"_s, seconds(activeTime)},
        {u"paused"_s, seconds(pausedTime)},
        {u"browser"_s, seconds(browserTime)},
        {u"productivity"_s, productivity},
        {u"apps"_s, stint::toJson(apps, {}, limit)},
        {u"titles"_s, stint::toJson(titles, u"app"_s, limit)},
        {u"domains"_s, stint::toJson(domains, {}, limit)},
        {u"urls"_s, stint::toJson(urls, u"domain"_s, limit)},
        {u"categories"_s, categoryArray},
        {u"perHour"_s, hours},
        {u"perDay"_s, days},
    };
}

} // namespace stint
