#include "query/QueryFunctions.h"

#include "model/Json.h"
#include "model/Timestamp.h"
#include "reports/CategoryRules.h"
#include "reports/EventOps.h"
#include "storage/EventReader.h"
#include "util/English.h"
#include "util/Logging.h"

#include <QJsonArray>
#include <QJsonObject>

#include <algorithm>
#include <cmath>

namespace stint::query {
namespace {

std::nullopt_t fail(QueryError *error, const QString &message, QueryError::Kind kind = QueryError::Kind::Invalid)
{
    if (error)
        *error = {kind, message, 0, 0};
    return std::nullopt;
}

// Argument readers: "argument 2 must be a string, not a number".
std::optional<EventList> eventsArg(const std::vector<Value> &args, size_t i, QueryError *error)
{
    QString why;
    auto events = args[i].toEvents(&why);
    if (!events)
        fail(error, english("argument %1: %2").arg(i + 1).arg(why));
    return events;
}

std::optional<QString> stringArg(const std::vector<Value> &args, size_t i, QueryError *error)
{
    if (args[i].isEvents() || !args[i].json().isString())
        return fail(error, english("argument %1 must be a string, not %2").arg(i + 1).arg(args[i].typeName()));
    return args[i].json().toString();
}

std::optional<double> numberArg(const std::vector<Value> &args, size_t i, QueryError *error)
{
    if (args[i].isEvents() || !args[i].json().isDouble() || !std::isfinite(args[i].json().toDouble()))
        return fail(error, english("argument %1 must be a number, not %2").arg(i + 1).arg(args[i].typeName()));
    return args[i].json().toDouble();
}

std::optional<QJsonArray> listArg(const std::vector<Value> &args, size_t i, QueryError *error)
{
    if (args[i].isEvents())
        return args[i].toJson().toArray();
    if (!args[i].json().isArray())
        return fail(error, english("argument %1 must be a list, not %2").arg(i + 1).arg(args[i].typeName()));
    return args[i].json().toArray();
}

std::optional<QStringList> stringListArg(const std::vector<Value> &args, size_t i, QueryError *error)
{
    const auto list = listArg(args, i, error);
    if (!list)
        return std::nullopt;
    QStringList strings;
    for (const QJsonValue &item : *list) {
        if (!item.isString())
            return fail(error,
                        english("argument %1 must be a list of strings; it holds %2").arg(i + 1).arg(typeNameOf(item)));
        strings << item.toString();
    }
    return strings;
}

// Rules for categorize ([[name list], rule] pairs, as aw-webui sends them, or the stored
// {"name", "rule", "data"} objects) and tag ([tag, rule] pairs).
std::optional<CategoryRules> rulesArg(const std::vector<Value> &args, size_t i, bool tags, QueryError *error)
{
    const auto list = listArg(args, i, error);
    if (!list)
        return std::nullopt;
    QJsonArray rules;
    for (qsizetype k = 0; k < list->size(); ++k) {
        const QJsonValue item = list->at(k);
        if (item.isObject() && !tags) {
            rules.append(item);
            continue;
        }
        const QJsonArray pair = item.toArray();
        const QJsonValue name = tags && pair.size() == 2 && pair.at(0).isString() ? QJsonArray{pair.at(0)} : pair.at(0);
        if (!item.isArray() || pair.size() != 2 || !name.isArray() || !pair.at(1).isObject()) {
            return fail(
                error,
                tags ? english("argument %1: rule %2 must be a [tag, rule] pair").arg(i + 1).arg(k + 1)
                     : english("argument %1: rule %2 must be a [[category names], rule] pair").arg(i + 1).arg(k + 1));
        }
        rules.append(QJsonObject{{QStringLiteral("name"), name}, {QStringLiteral("rule"), pair.at(1)}});
    }
    QString why;
    auto parsed = CategoryRules::fromJson(rules, &why);
    if (!parsed)
        return fail(error, english("argument %1: %2").arg(i + 1).arg(why));
    return parsed;
}

bool loadBuckets(FunctionContext &context, QueryError *error)
{
    if (context.buckets)
        return true;
    context.buckets = context.reader.buckets(false);
    if (!context.buckets) {
        fail(error, english("cannot read the buckets: %1").arg(context.reader.error()), QueryError::Kind::Storage);
        return false;
    }
    std::sort(context.buckets->begin(), context.buckets->end(),
              [](const Bucket &a, const Bucket &b) { return a.id < b.id; });
    return true;
}

std::optional<Value> queryBucket(FunctionContext &context, const std::vector<Value> &args, QueryError *error)
{
    const auto id = stringArg(args, 0, error);
    if (!id || !loadBuckets(context, error))
        return std::nullopt;
    if (const auto cached = context.bucketEvents.constFind(*id); cached != context.bucketEvents.constEnd())
        return Value(cached.value());
    if (std::none_of(context.buckets->cbegin(), context.buckets->cend(), [&](const Bucket &b) { return b.id == *id; }))
        return fail(error, english("there is no bucket '%1'").arg(*id), QueryError::Kind::NotFound);
    // Each distinct data text is parsed once; equal data then shares one QJsonObject.
    QHash<QString, QJsonObject> parsed;
    EventList events;
    const bool ok = context.reader.forEachRow(
        *id, {context.period.start, context.period.end},
        [&](qint64 rowId, qint64 start, qint64 end, const QString &data) {
            auto found = parsed.constFind(data);
            if (found == parsed.constEnd())
                found = parsed.insert(data, json::parseObject(data.toUtf8(), nullptr).value_or(QJsonObject()));
            events.append(Event{rowId, start, end - start, found.value()});
        });
    if (!ok)
        return fail(error, english("cannot read bucket '%1': %2").arg(*id, context.reader.error()),
                    QueryError::Kind::Storage);
    std::reverse(events.begin(), events.end()); // newest first, as ActivityWatch answers
    context.bucketEvents.insert(*id, events);
    return Value(std::move(events));
}

std::optional<Value> queryBucketNames(FunctionContext &context, const std::vector<Value> &, QueryError *error)
{
    if (!loadBuckets(context, error))
        return std::nullopt;
    QJsonArray names;
    for (const Bucket &bucket : *context.buckets)
        names.append(bucket.id);
    return Value(names);
}

std::optional<Value> findBucket(FunctionContext &context, const std::vector<Value> &args, QueryError *error)
{
    const auto prefix = stringArg(args, 0, error);
    std::optional<QString> host;
    if (args.size() > 1 && !(host = stringArg(args, 1, error)))
        return std::nullopt;
    if (!prefix || !loadBuckets(context, error))
        return std::nullopt;
    for (const Bucket &bucket : *context.buckets) {
        if (bucket.id.startsWith(*prefix) && (!host || bucket.hostname == *host))
            return Value(bucket.id);
    }
    return fail(error,
                host ? english("no bucket starts with '%1' on host '%2'").arg(*prefix, *host)
                     : english("no bucket starts with '%1'").arg(*prefix),
                QueryError::Kind::NotFound);
}

std::optional<Value> flood(FunctionContext &, const std::vector<Value> &args, QueryError *error)
{
    const auto events = eventsArg(args, 0, error);
    std::optional<double> pulsetime = ops::kDefaultPulsetimeSeconds;
    if (!events || (args.size() > 1 && !(pulsetime = numberArg(args, 1, error))))
        return std::nullopt;
    if (*pulsetime < 0 || !Timestamp::secondsToNanos(*pulsetime))
        return fail(error, english("the pulsetime must be a non-negative number of seconds, not %1").arg(*pulsetime));
    return Value(ops::flood(*events, *pulsetime));
}

std::optional<Value> mergeEventsByKeys(FunctionContext &, const std::vector<Value> &args, QueryError *error)
{
    const auto events = eventsArg(args, 0, error);
    const auto keys = events ? stringListArg(args, 1, error) : std::nullopt;
    if (!keys)
        return std::nullopt;
    return Value(ops::mergeEventsByKeys(*events, *keys));
}

std::optional<Value> chunkEventsByKey(FunctionContext &, const std::vector<Value> &args, QueryError *error)
{
    const auto events = eventsArg(args, 0, error);
    const auto key = events ? stringArg(args, 1, error) : std::nullopt;
    if (!key)
        return std::nullopt;
    return Value(ops::chunkEventsByKey(*events, *key));
}

template<EventList (*Op)(const EventList &, const QString &, const QJsonArray &)>
std::optional<Value> keyvals(FunctionContext &, const std::vector<Value> &args, QueryError *error)
{
    const auto events = eventsArg(args, 0, error);
    const auto key = events ? stringArg(args, 1, error) : std::nullopt;
    const auto values = key ? listArg(args, 2, error) : std::nullopt;
    if (!values)
        return std::nullopt;
    return Value(Op(*events, *key, *values));
}

std::optional<Value> filterKeyvalsRegex(FunctionContext &, const std::vector<Value> &args, QueryError *error)
{
    const auto events = eventsArg(args, 0, error);
    const auto key = events ? stringArg(args, 1, error) : std::nullopt;
    const auto regex = key ? stringArg(args, 2, error) : std::nullopt;
    if (!regex)
        return std::nullopt;
    QString why;
    auto result = ops::filterKeyvalsRegex(*events, *key, *regex, &why);
    if (!result)
        return fail(error, english("argument 3: %1").arg(why));
    return Value(std::move(*result));
}

template<EventList (*Op)(const EventList &, const EventList &)>
std::optional<Value> twoLists(FunctionContext &, const std::vector<Value> &args, QueryError *error)
{
    const auto a = eventsArg(args, 0, error);
    const auto b = a ? eventsArg(args, 1, error) : std::nullopt;
    if (!b)
        return std::nullopt;
    return Value(Op(*a, *b));
}

std::optional<Value> concat(FunctionContext &context, const std::vector<Value> &args, QueryError *error)
{
    EventList all;
    for (size_t i = 0; i < args.size(); ++i) {
        const auto events = eventsArg(args, i, error);
        if (!events)
            return std::nullopt;
        if (all.size() + events->size() > context.maxEvents)
            return fail(error, english("the result would hold more than %1 events").arg(context.maxEvents),
                        QueryError::Kind::TooLarge);
        all += *events;
    }
    return Value(std::move(all));
}

std::optional<Value> limitEvents(FunctionContext &, const std::vector<Value> &args, QueryError *error)
{
    const auto events = eventsArg(args, 0, error);
    const auto count = events ? numberArg(args, 1, error) : std::nullopt;
    if (!count)
        return std::nullopt;
    if (*count < 0)
        return fail(error, english("the limit must not be negative, not %1").arg(*count));
    return Value(ops::limitEvents(*events, qsizetype(std::min(*count, double(events->size())))));
}

template<EventList (*Op)(EventList)>
std::optional<Value> sorted(FunctionContext &, const std::vector<Value> &args, QueryError *error)
{
    auto events = eventsArg(args, 0, error);
    if (!events)
        return std::nullopt;
    return Value(Op(std::move(*events)));
}

std::optional<Value> sumDurations(FunctionContext &, const std::vector<Value> &args, QueryError *error)
{
    const auto events = eventsArg(args, 0, error);
    if (!events)
        return std::nullopt;
    return Value(QJsonValue(Timestamp::nanosToSeconds(ops::sumDurations(*events))));
}

std::optional<Value> splitUrlEvents(FunctionContext &, const std::vector<Value> &args, QueryError *error)
{
    const auto events = eventsArg(args, 0, error);
    if (!events)
        return std::nullopt;
    return Value(ops::splitUrlEvents(*events));
}

template<bool Tags>
std::optional<Value> classify(FunctionContext &, const std::vector<Value> &args, QueryError *error)
{
    const auto events = eventsArg(args, 0, error);
    const auto rules = events ? rulesArg(args, 1, Tags, error) : std::nullopt;
    if (!rules)
        return std::nullopt;
    return Value(Tags ? ops::tag(*events, *rules) : ops::categorize(*events, *rules));
}

std::optional<Value> contains(FunctionContext &, const std::vector<Value> &args, QueryError *error)
{
    const QJsonValue needle = args[1].toJson();
    if (!args[0].isEvents() && args[0].json().isObject()) {
        if (!needle.isString())
            return fail(
                error,
                english("argument 2 must be a string when argument 1 is a dict, not %1").arg(args[1].typeName()));
        return Value(QJsonValue(args[0].json().toObject().contains(needle.toString())));
    }
    const auto list = listArg(args, 0, error);
    if (!list)
        return fail(error, english("argument 1 must be a list or a dict, not %1").arg(args[0].typeName()));
    return Value(QJsonValue(list->contains(needle)));
}

std::optional<Value> print(FunctionContext &, const std::vector<Value> &args, QueryError *)
{
    for (const Value &arg : args)
        qCInfo(lcRead).noquote() << "query print:" << json::toCompactText(arg.toJson()).left(1000);
    return Value();
}

const QueryFunctions::Function kFunctions[] = {
    {u"query_bucket", 1, 1, queryBucket},
    {u"query_bucket_names", 0, 0, queryBucketNames},
    {u"find_bucket", 1, 2, findBucket},
    {u"flood", 1, 2, flood},
    {u"merge_events_by_keys", 2, 2, mergeEventsByKeys},
    {u"chunk_events_by_key", 2, 2, chunkEventsByKey},
    {u"filter_keyvals", 3, 3, keyvals<ops::filterKeyvals>},
    {u"exclude_keyvals", 3, 3, keyvals<ops::excludeKeyvals>},
    {u"filter_keyvals_regex", 3, 3, filterKeyvalsRegex},
    {u"filter_period_intersect", 2, 2, twoLists<ops::filterPeriodIntersect>},
    {u"period_union", 2, 2, twoLists<ops::periodUnion>},
    {u"union_no_overlap", 2, 2, twoLists<ops::unionNoOverlap>},
    {u"concat", 0, -1, concat},
    {u"limit_events", 2, 2, limitEvents},
    {u"sort_by_duration", 1, 1, sorted<ops::sortByDuration>},
    {u"sort_by_timestamp", 1, 1, sorted<ops::sortByTimestamp>},
    {u"sum_durations", 1, 1, sumDurations},
    {u"split_url_events", 1, 1, splitUrlEvents},
    {u"categorize", 2, 2, classify<false>},
    {u"tag", 2, 2, classify<true>},
    {u"contains", 2, 2, contains},
    {u"print", 0, -1, print},
};

} // namespace

const QueryFunctions::Function *QueryFunctions::find(const QString &name)
{
    for (const Function &function : kFunctions) {
        if (name == QStringView(function.name))
            return &function;
    }
    return nullptr;
}

QStringList QueryFunctions::names()
{
    QStringList result;
    for (const Function &function : kFunctions)
        result << QString::fromUtf16(function.name);
    return result;
}

} // namespace stint::query
