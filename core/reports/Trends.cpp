#include "reports/Trends.h"

#include "model/Timestamp.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace stint {
namespace {

double seconds(qint64 nanos)
{
    return Timestamp::nanosToSeconds(nanos);
}

QJsonValue changeJson(const std::optional<double> &change)
{
    return change ? QJsonValue(*change) : QJsonValue(QJsonValue::Null);
}

QString isoDate(QDate date)
{
    return date.toString(Qt::ISODate);
}

} // namespace

std::optional<double> Trends::changeOf(qint64 now, qint64 before)
{
    if (before <= 0)
        return std::nullopt;
    return 100.0 * double(now - before) / double(before);
}

QString Trends::changeText(const std::optional<double> &change)
{
    if (!change)
        return QStringLiteral("\u2013");
    return (*change >= 0 ? u"+"_s : QString()) + QString::number(*change, 'f', 1) + u'%';
}

QJsonObject Trends::toJson() const
{
    QJsonArray categoryArray;
    for (const TrendCategory &category : categories) {
        categoryArray.append(QJsonObject{{u"name"_s, category.name},
                                         {u"color"_s, category.color},
                                         {u"active"_s, seconds(category.activeTime)},
                                         {u"previous"_s, seconds(category.previousTime)},
                                         {u"change"_s, changeJson(category.change)}});
    }
    QJsonArray periodArray;
    for (const TrendPeriod &period : periods) {
        QJsonObject times;
        QJsonObject shares;
        for (size_t i = 0; i < period.times.size(); ++i) {
            times.insert(categories.at(qsizetype(i)).name, seconds(period.times[i]));
            shares.insert(categories.at(qsizetype(i)).name, period.share(i));
        }
        periodArray.append(QJsonObject{{u"first_day"_s, isoDate(period.firstDay)},
                                       {u"last_day"_s, isoDate(period.lastDay)},
                                       {u"start"_s, Timestamp::toRfc3339(period.range.start)},
                                       {u"end"_s, Timestamp::toRfc3339(period.range.end)},
                                       {u"active"_s, seconds(period.activeTime)},
                                       {u"productivity"_s, period.productivity},
                                       {u"categories"_s, times},
                                       {u"shares"_s, shares}});
    }
    return QJsonObject{
        {u"unit"_s, span.unit == TrendsSpan::Unit::Week ? u"week"_s : u"month"_s},
        {u"count"_s, span.count},
        {u"first_day"_s, isoDate(firstDay)},
        {u"last_day"_s, isoDate(lastDay)},
        {u"days"_s, days()},
        {u"start"_s, Timestamp::toRfc3339(range.start)},
        {u"end"_s, Timestamp::toRfc3339(range.end)},
        {u"previous_first_day"_s, isoDate(previousFirstDay)},
        {u"previous_last_day"_s, isoDate(previousLastDay)},
        {u"active"_s, seconds(activeTime)},
        {u"previous"_s, seconds(previousTime)},
        {u"change"_s, changeJson(change)},
        {u"productivity"_s, productivity},
        {u"daily_average"_s, seconds(dailyAverage)},
        {u"busiest_day"_s,
         busiestDay.isValid()
             ? QJsonValue(QJsonObject{{u"date"_s, isoDate(busiestDay)}, {u"active"_s, seconds(busiestDayTime)}})
             : QJsonValue(QJsonValue::Null)},
        {u"categories"_s, categoryArray},
        {u"periods"_s, periodArray},
    };
}

} // namespace stint
