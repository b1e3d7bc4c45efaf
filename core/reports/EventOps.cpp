#include "reports/EventOps.h"

#include "model/Timestamp.h"
#include "reports/CategoryRules.h"
#include "reports/DataInterner.h"
#include "reports/Spans.h"

#include <QCoreApplication>
#include <QHash>
#include <QRegularExpression>
#include <QUrl>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace stint::ops {
namespace {

// Keys are interned data when equality of data matters, else the position in the list.
spans::SpanList toSpans(const EventList &events, DataInterner *interner = nullptr)
{
    spans::SpanList result;
    result.reserve(events.size());
    for (qsizetype i = 0; i < events.size(); ++i) {
        const Event &event = events.at(i);
        result.push_back({event.start, event.end(), interner ? interner->intern(event.data) : int(i), int(i)});
    }
    return result;
}

EventList fromSpans(const spans::SpanList &spans, const EventList &sources)
{
    EventList result;
    result.reserve(qsizetype(spans.size()));
    for (const spans::Span &span : spans) {
        const Event &source = sources.at(span.src);
        result.append(Event{source.id, span.start, span.duration(), source.data});
    }
    return result;
}

EventList fromPeriods(const spans::PeriodList &periods)
{
    EventList result;
    result.reserve(qsizetype(periods.size()));
    for (const spans::Period &period : periods)
        result.append(Event{0, period.start, period.duration(), {}});
    return result;
}

template<typename Keep>
EventList filtered(const EventList &events, Keep keep)
{
    EventList result;
    std::copy_if(events.cbegin(), events.cend(), std::back_inserter(result), keep);
    return result;
}

// Adds `key` computed once per distinct data value.
template<typename Compute>
EventList withComputedKey(const EventList &events, const QString &key, Compute compute)
{
    DataInterner interner;
    QHash<int, QJsonValue> cache;
    EventList result = events;
    for (Event &event : result) {
        const int dataKey = interner.intern(event.data);
        auto found = cache.constFind(dataKey);
        if (found == cache.constEnd())
            found = cache.insert(dataKey, compute(event.data));
        event.data.insert(key, found.value());
    }
    return result;
}

} // namespace

EventList flood(const EventList &events, double pulsetimeSeconds)
{
    DataInterner interner;
    const qint64 pulsetime = Timestamp::secondsToNanos(pulsetimeSeconds).value_or(0);
    return fromSpans(spans::flood(toSpans(events, &interner), pulsetime), events);
}

EventList mergeEventsByKeys(const EventList &events, const QStringList &keys)
{
    DataInterner groups;
    EventList result;
    for (const Event &event : events) {
        QJsonObject group;
        for (const QString &key : keys) {
            const auto value = event.data.constFind(key);
            if (value == event.data.constEnd())
                break;
            group.insert(key, value.value());
        }
        if (group.size() != keys.size() || keys.isEmpty())
            continue;
        const int index = groups.intern(group);
        if (index == result.size()) {
            result.append(Event{event.id, event.start, event.duration, group});
        } else {
            Event &merged = result[index];
            merged.start = std::min(merged.start, event.start);
            merged.duration += event.duration;
        }
    }
    return sortByDuration(result);
}

EventList chunkEventsByKey(const EventList &events, const QString &key)
{
    EventList result;
    QJsonArray subevents;
    auto close = [&] {
        if (!result.isEmpty() && !subevents.isEmpty())
            result.last().data.insert(u"subevents"_s, subevents);
        subevents = {};
    };
    for (const Event &event : events) {
        const auto value = event.data.constFind(key);
        if (value == event.data.constEnd())
            continue;
        if (result.isEmpty() || subevents.isEmpty() || result.last().data.value(key) != value.value()) {
            close();
            result.append(Event{event.id, event.start, 0, QJsonObject{{key, value.value()}}});
        }
        result.last().duration += event.duration;
        subevents.append(event.toJson());
    }
    close();
    return result;
}

EventList filterKeyvals(const EventList &events, const QString &key, const QJsonArray &values)
{
    return filtered(events, [&](const Event &event) {
        const auto value = event.data.constFind(key);
        return value != event.data.constEnd() && values.contains(value.value());
    });
}

EventList excludeKeyvals(const EventList &events, const QString &key, const QJsonArray &values)
{
    return filtered(events, [&](const Event &event) {
        const auto value = event.data.constFind(key);
        return value == event.data.constEnd() || !values.contains(value.value());
    });
}

std::optional<EventList> filterKeyvalsRegex(const EventList &events, const QString &key, const QString &regex,
                                            QString *error)
{
    const QRegularExpression re(regex);
    if (!re.isValid()) {
        if (error)
            *error = QCoreApplication::translate("EventOps", "invalid regex \"%1\": %2 at offset %3")
                         .arg(regex, re.errorString())
                         .arg(re.patternErrorOffset());
        return std::nullopt;
    }
    return filtered(events, [&](const Event &event) {
        const QJsonValue value = event.data.value(key);
        return value.isString() && re.match(value.toString()).hasMatch();
    });
}

EventList filterPeriodIntersect(const EventList &events, const EventList &filter)
{
    return fromSpans(spans::intersect(toSpans(events), spans::periodsOf(toSpans(filter))), events);
}

EventList periodUnion(const EventList &a, const EventList &b)
{
    return fromPeriods(spans::unite(spans::periodsOf(toSpans(a)), spans::periodsOf(toSpans(b))));
}

EventList unionNoOverlap(const EventList &a, const EventList &b)
{
    const EventList both = concat(a, b);
    spans::SpanList second = toSpans(b);
    for (spans::Span &span : second)
        span.src += int(a.size());
    return fromSpans(spans::unionNoOverlap(toSpans(a), second), both);
}

EventList concat(const EventList &a, const EventList &b)
{
    return a + b;
}

EventList splitUrlEvents(const EventList &events)
{
    EventList result = events;
    for (Event &event : result) {
        const QJsonValue url = event.data.value(u"url"_s);
        if (!url.isString())
            continue;
        const QUrl parsed(url.toString());
        event.data.insert(u"$protocol"_s, parsed.scheme());
        event.data.insert(u"$domain"_s, domainOfUrl(url.toString()));
        event.data.insert(u"$path"_s, parsed.path());
        event.data.insert(u"$params"_s, parsed.query());
    }
    return result;
}

QString domainOfUrl(const QString &url)
{
    QString domain = QUrl(url).host();
    if (domain.startsWith(u"www."_s))
        domain.remove(0, 4);
    return domain;
}

EventList categorize(const EventList &events, const CategoryRules &rules)
{
    return withComputedKey(events, u"$category"_s, [&](const QJsonObject &data) {
        return QJsonValue(QJsonArray::fromStringList(rules.nameOf(rules.match(data))));
    });
}

EventList tag(const EventList &events, const CategoryRules &rules)
{
    return withComputedKey(events, u"$tags"_s, [&](const QJsonObject &data) {
        QJsonArray tags;
        for (const CategoryRule &rule : rules.rules()) {
            if (rule.matches(data))
                tags.append(rule.name.join(u" > "_s));
        }
        return QJsonValue(tags);
    });
}

EventList limitEvents(const EventList &events, qsizetype count)
{
    return events.first(std::clamp<qsizetype>(count, 0, events.size()));
}

EventList sortByDuration(EventList events)
{
    std::stable_sort(events.begin(), events.end(),
                     [](const Event &a, const Event &b) { return a.duration > b.duration; });
    return events;
}

EventList sortByTimestamp(EventList events)
{
    std::stable_sort(events.begin(), events.end(), [](const Event &a, const Event &b) { return a.start < b.start; });
    return events;
}

qint64 sumDurations(const EventList &events)
{
    qint64 sum = 0;
    for (const Event &event : events)
        sum += event.duration;
    return sum;
}

} // namespace stint::ops
