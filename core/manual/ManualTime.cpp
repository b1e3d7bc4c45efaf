#include "manual/ManualTime.h"

#include "storage/Datastore.h"
#include "storage/EventReader.h"

#include <QCoreApplication>
#include <QJsonArray>

#include <limits>
#include <variant>

using namespace Qt::StringLiterals;

namespace stint {
namespace {

const QString kSave = u"save"_s;
const QString kDelete = u"delete"_s;
const QString kEvents = u"events"_s;
const QString kError = u"error"_s;

QJsonObject errorReply(const QString &message)
{
    return {{kError, message}};
}

QJsonObject eventsReply(const WriteResult &result)
{
    if (!result.ok())
        return errorReply(result.message);
    QJsonArray events;
    for (const Event &event : result.events)
        events.append(event.toJson());
    return {{kEvents, events}};
}

// The request's write, or an error reply when the request cannot be read.
std::variant<QFuture<WriteResult>, QJsonObject> start(Datastore &store, const QString &hostname,
                                                      const QJsonObject &request)
{
    if (request.value(kSave).isArray()) {
        ManualEntryList entries;
        for (const QJsonValue &item : request.value(kSave).toArray()) {
            QString why;
            const auto event = Event::fromJson(item.toObject(), &why);
            if (!event)
                return errorReply(why);
            entries.append(ManualEntry::fromEvent(*event));
        }
        return ManualTime::save(store, hostname, entries);
    }
    if (request.value(kDelete).isArray()) {
        QList<qint64> ids;
        for (const QJsonValue &id : request.value(kDelete).toArray())
            ids.append(id.toInteger()); // exact past 2^53, unlike toDouble()
        return ManualTime::remove(store, ids);
    }
    return errorReply(u"unknown request"_s);
}

} // namespace

std::optional<ManualEntryList> ManualTime::read(EventReader &reader, qint64 from, qint64 to, int limit, QString *error)
{
    const auto exists = reader.bucketExists(ManualEntry::kBucketId);
    if (!exists) {
        *error = reader.error();
        return std::nullopt;
    }
    if (!*exists)
        return ManualEntryList{};
    const auto events = reader.events(ManualEntry::kBucketId, {}, -1);
    if (!events) {
        *error = reader.error();
        return std::nullopt;
    }
    // Unclipped, and a running timer reaches to `to`: its stored end may be its start.
    ManualEntryList entries;
    for (const Event &event : *events) {
        ManualEntry entry = ManualEntry::fromEvent(event);
        if (entry.start < to && entry.endAt(to) > from) {
            entries.append(entry);
            if (limit >= 0 && entries.size() >= limit)
                break;
        }
    }
    return entries;
}

std::optional<ManualEntryList> ManualTime::running(EventReader &reader, QString *error)
{
    auto all = read(reader, std::numeric_limits<qint64>::min() / 2, std::numeric_limits<qint64>::max() / 2, -1, error);
    if (all)
        all->removeIf([](const ManualEntry &entry) { return !entry.running; });
    return all;
}

QStringList ManualTime::recentLabels(const ManualEntryList &entries, int count)
{
    ManualEntryList sorted = entries;
    std::stable_sort(sorted.begin(), sorted.end(),
                     [](const ManualEntry &a, const ManualEntry &b) { return a.start > b.start; });
    QStringList labels;
    for (const ManualEntry &entry : std::as_const(sorted)) {
        if (labels.size() >= count)
            break;
        if (!entry.label.isEmpty() && !labels.contains(entry.label))
            labels.append(entry.label);
    }
    return labels;
}

ManualEntryList ManualTime::startChanges(const ManualEntryList &running, const QString &label,
                                         const QStringList &category, qint64 now, bool keepOthers)
{
    ManualEntryList changes;
    if (!keepOthers) {
        for (const ManualEntry &entry : running)
            changes.append(stopped(entry, now));
    }
    ManualEntry timer;
    timer.start = now;
    timer.end = now;
    timer.label = label;
    timer.running = true;
    timer.category = category;
    changes.append(timer);
    return changes;
}

ManualEntry ManualTime::stopped(ManualEntry entry, qint64 now)
{
    entry.end = entry.endAt(now);
    entry.running = false;
    return entry;
}

QFuture<WriteResult> ManualTime::save(Datastore &store, const QString &hostname, const ManualEntryList &entries)
{
    EventList events;
    for (const ManualEntry &entry : entries) {
        const QString why = entry.problem();
        if (!why.isEmpty()) {
            WriteResult refused;
            refused.error = StoreError::InvalidInput;
            refused.message = why;
            return QtFuture::makeReadyFuture(refused);
        }
        events.append(entry.toEvent());
    }
    // Writes are applied in the order they are posted: the bucket exists before the events come.
    // An existing bucket answers AlreadyExists, which changes nothing.
    store.createBucket(ManualEntry::bucket(hostname));
    return store.insertEvents(ManualEntry::kBucketId, events);
}

QFuture<WriteResult> ManualTime::remove(Datastore &store, const QList<qint64> &ids)
{
    return store.deleteEvents(ManualEntry::kBucketId, ids);
}

QJsonObject ManualTime::saveRequest(const ManualEntryList &entries)
{
    QJsonArray events;
    for (const ManualEntry &entry : entries)
        events.append(entry.toEvent().toJson());
    return {{kSave, events}};
}

QJsonObject ManualTime::deleteRequest(const QList<qint64> &ids)
{
    QJsonArray list;
    for (qint64 id : ids)
        list.append(id); // as a 64-bit integer: a double would round ids past 2^53
    return {{kDelete, list}};
}

void ManualTime::handle(Datastore &store, const QString &hostname, const QJsonObject &request, QObject *context,
                        std::function<void(QJsonObject)> done)
{
    auto write = start(store, hostname, request);
    if (auto *reply = std::get_if<QJsonObject>(&write)) {
        done(*reply);
        return;
    }
    // Answered once committed, so the caller's next read sees the change.
    std::get<QFuture<WriteResult>>(write).then(context, [&store, context, done](const WriteResult &result) {
        if (!result.ok()) {
            done(eventsReply(result));
            return;
        }
        store.forceCommit().then(context, [done, result](const CommitResult &commit) {
            done(commit.ok() ? eventsReply(result) : errorReply(commit.error));
        });
    });
}

QJsonObject ManualTime::handleBlocking(Datastore &store, const QString &hostname, const QJsonObject &request)
{
    auto write = start(store, hostname, request);
    if (auto *reply = std::get_if<QJsonObject>(&write))
        return *reply;
    const WriteResult result = std::get<QFuture<WriteResult>>(write).result();
    if (!result.ok())
        return eventsReply(result);
    const CommitResult commit = store.forceCommit().result();
    return commit.ok() ? eventsReply(result) : errorReply(commit.error);
}

} // namespace stint
