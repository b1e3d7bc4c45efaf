#include "manual/ManualEntry.h"

#include <QCoreApplication>
#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace stint {

const QString ManualEntry::kBucketId = u"aw-stopwatch"_s;
const QString ManualEntry::kBucketType = u"general.stopwatch"_s;
const QString ManualEntry::kLabelKey = u"label"_s;
const QString ManualEntry::kRunningKey = u"running"_s;
const QString ManualEntry::kCategoryKey = u"category"_s;

Event ManualEntry::toEvent() const
{
    Event event;
    event.id = id;
    event.start = start;
    event.duration = std::max<qint64>(0, end - start);
    event.data = extra;
    event.data.insert(kLabelKey, label);
    event.data.insert(kRunningKey, running);
    if (category.isEmpty())
        event.data.remove(kCategoryKey);
    else
        event.data.insert(kCategoryKey, QJsonArray::fromStringList(category));
    return event;
}

ManualEntry ManualEntry::fromEvent(const Event &event)
{
    ManualEntry entry;
    entry.id = event.id;
    entry.start = event.start;
    entry.end = event.end();
    entry.label = labelOf(event.data);
    entry.running = isRunning(event.data);
    entry.category = categoryOf(event.data);
    entry.extra = event.data;
    entry.extra.remove(kLabelKey);
    entry.extra.remove(kRunningKey);
    if (!entry.category.isEmpty())
        entry.extra.remove(kCategoryKey);
    return entry;
}

Bucket ManualEntry::bucket(const QString &hostname)
{
    Bucket bucket;
    bucket.id = kBucketId;
    bucket.type = kBucketType;
    bucket.client = u"stint"_s;
    bucket.hostname = hostname;
    return bucket;
}

bool ManualEntry::isRunning(const QJsonObject &data)
{
    return data.value(kRunningKey).toBool(false);
}

QStringList ManualEntry::categoryOf(const QJsonObject &data)
{
    const QJsonValue value = data.value(kCategoryKey);
    if (!value.isArray())
        return {};
    QStringList names;
    for (const QJsonValue &name : value.toArray()) {
        if (!name.isString() || name.toString().isEmpty())
            return {};
        names.append(name.toString());
    }
    return names;
}

QString ManualEntry::labelOf(const QJsonObject &data)
{
    return data.value(kLabelKey).toString();
}

QString ManualEntry::emptyProblem()
{
    return QCoreApplication::translate("ManualEntry", "the entry is empty: its end is its start");
}

QString ManualEntry::problem() const
{
    if (end < start)
        return QCoreApplication::translate("ManualEntry", "the end lies before the start");
    return {};
}

} // namespace stint
