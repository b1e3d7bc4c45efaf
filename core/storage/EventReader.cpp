#include "storage/EventReader.h"

#include "model/Json.h"
#include "storage/SqlUtil.h"
#include "storage/SqliteConnection.h"
#include "util/Logging.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>
#include <limits>

namespace stint {
namespace {

constexpr qint64 kMinTime = std::numeric_limits<qint64>::min();
constexpr qint64 kMaxTime = std::numeric_limits<qint64>::max();

// True when a string, number or boolean anywhere in `value` contains `text`.
bool containsText(const QJsonValue &value, const QString &text)
{
    switch (value.type()) {
    case QJsonValue::String:
        return value.toString().contains(text, Qt::CaseInsensitive);
    case QJsonValue::Double:
    case QJsonValue::Bool:
        return value.toVariant().toString().contains(text, Qt::CaseInsensitive);
    case QJsonValue::Array:
        for (const QJsonValue &item : value.toArray()) {
            if (containsText(item, text))
                return true;
        }
        return false;
    case QJsonValue::Object: {
        const QJsonObject object = value.toObject();
        for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
            if (containsText(it.value(), text))
                return true;
        }
        return false;
    }
    default:
        return false;
    }
}

QString unreadableSetting(const QString &key, const QString &why)
{
    return QStringLiteral("the stored value of the setting '%1' cannot be read (%2); store a new value or delete it")
        .arg(key, why);
}

} // namespace

EventReader::EventReader(QString path, int busyTimeoutMs)
    : m_path(std::move(path))
    , m_connectionName(SqliteConnection::uniqueName(QStringLiteral("stint-reader")))
    , m_thread(QThread::currentThread())
{
    m_open = SqliteConnection::openReader(m_connectionName, m_path, &m_error, busyTimeoutMs);
    if (!m_open)
        qCWarning(lcRead).noquote() << m_error;
}

EventReader::~EventReader()
{
    if (m_open)
        SqliteConnection::close(m_connectionName);
}

bool EventReader::usable()
{
    if (QThread::currentThread() != m_thread) {
        m_error = QStringLiteral("an EventReader is used from a thread other than the one that created it");
        qCCritical(lcRead).noquote() << m_error;
        return false;
    }
    return m_open;
}

std::optional<qint64> EventReader::bucketRow(const QString &bucketId)
{
    QSqlQuery q = query();
    if (!run(q, QStringLiteral("SELECT id FROM buckets WHERE name = ?"), {bucketId}))
        return std::nullopt;
    if (!q.next()) {
        m_error = QStringLiteral("there is no bucket '%1'").arg(bucketId);
        return std::nullopt;
    }
    return q.value(0).toLongLong();
}

std::optional<bool> EventReader::bucketExists(const QString &bucketId)
{
    if (!usable())
        return std::nullopt;
    QSqlQuery q = query();
    if (!run(q, QStringLiteral("SELECT 1 FROM buckets WHERE name = ?"), {bucketId}))
        return std::nullopt;
    return q.next();
}

std::optional<BucketList> EventReader::buckets(bool withStatistics)
{
    if (!usable())
        return std::nullopt;
    QSqlQuery q = query();
    // The index on (bucketrow, starttime DESC, endtime) answers min/max start per bucket; the
    // last end is the end of the latest-starting event or later, so max(endtime) is exact.
    const QString statistics = withStatistics
        ? QStringLiteral(" (SELECT min(starttime) FROM events e WHERE e.bucketrow = b.id),"
                         " (SELECT max(endtime) FROM events e WHERE e.bucketrow = b.id),"
                         " (SELECT count(*) FROM events e WHERE e.bucketrow = b.id)")
        : QStringLiteral(" NULL, NULL, 0");
    if (!q.exec(u"SELECT CAST(b.name AS BLOB), CAST(b.type AS BLOB), CAST(b.client AS BLOB),"
                u" CAST(b.hostname AS BLOB), b.created, CAST(b.data AS BLOB),"
                + statistics + u" FROM buckets b ORDER BY b.name")) {
        m_error = sql::describe(q.lastError());
        return std::nullopt;
    }
    BucketList list;
    while (q.next()) {
        Bucket bucket;
        bucket.id = sql::text(q, 0);
        bucket.type = sql::text(q, 1);
        bucket.client = sql::text(q, 2);
        bucket.hostname = sql::text(q, 3);
        bucket.created = q.value(4).toLongLong();
        bucket.data = json::parseObject(q.value(5).toByteArray(), nullptr).value_or(QJsonObject());
        if (!q.value(6).isNull())
            bucket.firstStart = q.value(6).toLongLong();
        if (!q.value(7).isNull())
            bucket.lastEnd = q.value(7).toLongLong();
        bucket.eventCount = q.value(8).toLongLong();
        list.append(bucket);
    }
    return list;
}

std::optional<Bucket> EventReader::bucket(const QString &bucketId)
{
    const auto all = buckets();
    if (!all)
        return std::nullopt;
    const auto it = std::find_if(all->begin(), all->end(), [&](const Bucket &b) { return b.id == bucketId; });
    if (it == all->end()) {
        m_error = QStringLiteral("there is no bucket '%1'").arg(bucketId);
        return std::nullopt;
    }
    return *it;
}

std::optional<EventList> EventReader::events(const QString &bucketId, const Range &range, int limit)
{
    if (!usable())
        return std::nullopt;
    const auto row = bucketRow(bucketId);
    if (!row)
        return std::nullopt;
    const qint64 start = range.start.value_or(kMinTime);
    const qint64 end = range.end.value_or(kMaxTime);
    QSqlQuery q = query(true);
    if (!run(q,
             QStringLiteral("SELECT id, starttime, endtime, CAST(data AS BLOB) FROM events"
                            " WHERE bucketrow = ? AND endtime >= ? AND starttime <= ?"
                            " ORDER BY starttime DESC LIMIT ?"),
             {*row, start, end, limit < 0 ? qint64(-1) : qint64(limit)}))
        return std::nullopt;
    EventList list;
    while (q.next()) {
        Event event;
        event.id = q.value(0).toLongLong();
        // Clipped to the range, as ActivityWatch does.
        event.start = std::max(q.value(1).toLongLong(), start);
        event.duration = std::min(q.value(2).toLongLong(), end) - event.start;
        event.data = json::parseObject(q.value(3).toByteArray(), nullptr).value_or(QJsonObject());
        list.append(event);
    }
    return list;
}

// "endtime >= start AND starttime <= end" alone makes SQLite walk the index from the first event
// of the bucket. No event starting before start - (longest duration) can reach start, so that is
// a lower bound on starttime, and only events starting before start matter for it. The longest
// duration is known for events starting before `from`; the events from there up to start
// (including the last of them, which heartbeats may still extend) are looked at again, which
// reads only the index entries between the two.
std::optional<qint64> EventReader::earliestOverlappingStart(qint64 row, qint64 start)
{
    recheckHints();
    if (!m_hints.longest.contains(row) && !m_noBucketLongest) {
        // New to this reader: the schema keeps each bucket's longest event, which bounds those
        // before any start (and is raised by later writes, which recheckHints() then sees).
        QSqlQuery q = query();
        if (!run(q, QStringLiteral("SELECT duration FROM bucket_longest WHERE bucketrow = ?"), {row})) {
            m_noBucketLongest = true; // the table is gone (a file changed by hand): the index tells
            m_error.clear();
        } else if (q.next()) {
            m_hints.longest.insert(row, {kMaxTime, std::max<qint64>(q.value(0).toLongLong(), 0)});
        }
    }
    Longest &longest = m_hints.longest[row];
    if (start > longest.from) {
        QSqlQuery q = query();
        if (!run(q,
                 QStringLiteral("SELECT max(endtime - starttime), max(starttime) FROM events"
                                " WHERE bucketrow = ? AND starttime >= ? AND starttime < ?"),
                 {row, longest.from, start}))
            return std::nullopt;
        if (!q.next()) {
            m_error = sql::describe(q.lastError());
            return std::nullopt;
        }
        if (!q.value(1).isNull()) {
            longest.duration = std::max(longest.duration, q.value(0).toLongLong());
            longest.from = q.value(1).toLongLong();
        }
    }
    return start > kMinTime + longest.duration ? start - longest.duration : kMinTime;
}

// A write since (an import, an edit, a synced bucket) may have added or lengthened an event that
// starts before where the hints stopped looking. Every write leaves the units of time its events
// covered, before and after, in event_changes under a newer generation; events starting before
// the earliest such unit are as they were, so the hints keep what they know of those and look
// at the rest again. Read before the rows: a write that lands in between is seen next time, as
// it would be by a reader that came a moment earlier.
void EventReader::recheckHints()
{
    QSqlQuery q = query();
    if (!run(q, QStringLiteral("SELECT max(generation), min(first) FROM event_changes WHERE generation > ?"),
             {m_hints.generation})
        || !q.next()) {
        // The table is gone (a file changed by hand): nothing tells what changed.
        m_hints = {};
        m_error.clear();
        return;
    }
    if (q.value(0).isNull())
        return;
    const qint64 firstUnit = q.value(1).toLongLong();
    const qint64 since =
        firstUnit <= (kMinTime >> kChangeUnitShift) ? kMinTime : firstUnit * (qint64(1) << kChangeUnitShift);
    for (Longest &longest : m_hints.longest)
        longest.from = std::min(longest.from, since);
    m_hints.generation = q.value(0).toLongLong();
}

bool EventReader::selectRows(QSqlQuery &q, const QString &bucketId, const Range &range, const QString &columns)
{
    if (!usable())
        return false;
    const auto row = bucketRow(bucketId);
    if (!row)
        return false;
    const qint64 start = range.start.value_or(kMinTime);
    const qint64 end = range.end.value_or(kMaxTime);
    const auto earliest = earliestOverlappingStart(*row, start);
    if (!earliest)
        return false;
    q = query(true);
    return run(q,
               u"SELECT " + columns
                   + u" FROM events WHERE bucketrow = ? AND starttime >= ? AND starttime <= ? AND endtime >= ?"
                     u" ORDER BY starttime",
               {*row, *earliest, end, start});
}

bool EventReader::forEachRow(const QString &bucketId, const Range &range, const RowVisitor &visit, bool clip)
{
    QSqlQuery q;
    if (!selectRows(q, bucketId, range, QStringLiteral("id, starttime, endtime, CAST(data AS BLOB)")))
        return false;
    const qint64 start = range.start.value_or(kMinTime);
    const qint64 end = range.end.value_or(kMaxTime);
    while (q.next()) {
        const qint64 from = q.value(1).toLongLong();
        const qint64 to = q.value(2).toLongLong();
        visit(q.value(0).toLongLong(), clip ? std::max(from, start) : from, clip ? std::min(to, end) : to,
              sql::text(q, 3));
    }
    return true;
}

bool EventReader::forEachSpan(const QString &bucketId, const Range &range, const SpanVisitor &visit)
{
    QSqlQuery q;
    if (!selectRows(q, bucketId, range, QStringLiteral("starttime, endtime, CAST(data AS BLOB)")))
        return false;
    while (q.next())
        visit(q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toByteArray());
    return true;
}

std::optional<std::vector<EventReader::Change>> EventReader::changes()
{
    if (!usable())
        return std::nullopt;
    QSqlQuery q = query(true);
    if (!run(q, QStringLiteral("SELECT first, last, generation FROM event_changes"), {}))
        return std::nullopt;
    std::vector<Change> result;
    while (q.next())
        result.push_back({q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toLongLong()});
    return result;
}

std::optional<qint64> EventReader::eventCount(const QString &bucketId, const Range &range)
{
    if (!usable())
        return std::nullopt;
    const auto row = bucketRow(bucketId);
    if (!row)
        return std::nullopt;
    QSqlQuery q = query();
    if (!run(q, QStringLiteral("SELECT count(*) FROM events WHERE bucketrow = ? AND endtime >= ? AND starttime <= ?"),
             {*row, range.start.value_or(kMinTime), range.end.value_or(kMaxTime)}))
        return std::nullopt;
    if (!q.next()) {
        m_error = sql::describe(q.lastError());
        return std::nullopt;
    }
    return q.value(0).toLongLong();
}

std::optional<bool> EventReader::hasEvents(const QString &bucketId, const Range &range)
{
    if (!usable())
        return std::nullopt;
    const auto row = bucketRow(bucketId);
    if (!row)
        return std::nullopt;
    const qint64 start = range.start.value_or(kMinTime);
    const qint64 end = range.end.value_or(kMaxTime);
    const auto earliest = earliestOverlappingStart(*row, start);
    if (!earliest)
        return std::nullopt;
    QSqlQuery q = query(true);
    if (!run(q,
             QStringLiteral("SELECT 1 FROM events WHERE bucketrow = ? AND starttime >= ? AND starttime < ?"
                            " AND (endtime > ? OR starttime >= ?) LIMIT 1"),
             {*row, *earliest, end, start, start}))
        return std::nullopt;
    return q.next();
}

std::optional<EventReader::Matches> EventReader::findEvents(const QString &bucketId, const Range &range,
                                                            const QString &text, int limit, Order order)
{
    if (!usable())
        return std::nullopt;
    const auto row = bucketRow(bucketId);
    if (!row)
        return std::nullopt;
    Matches matches;
    if (text.isEmpty()) {
        const auto count = eventCount(bucketId, range);
        if (!count)
            return std::nullopt;
        matches.total = *count;
    }
    // Printable ASCII other than quote and backslash appears in the stored JSON text exactly as in
    // the value, so SQLite's LIKE (ASCII case folding) can skip most rows before they are parsed
    // here. It misses only the rare non-ASCII letters whose case folds to ASCII (the Kelvin sign).
    const bool prefilter = !text.isEmpty() && std::all_of(text.begin(), text.end(), [](QChar c) {
        return c.unicode() >= 0x20 && c.unicode() < 0x7f && c != u'"' && c != u'\\';
    });
    QSqlQuery q = query(true);
    // Without a filter the count is known, so only the shown rows are read.
    QVariantList values{*row, range.start.value_or(kMinTime), range.end.value_or(kMaxTime)};
    if (prefilter) {
        QString pattern = text;
        pattern.replace(u'%', QStringLiteral("\\%")).replace(u'_', QStringLiteral("\\_"));
        values.append(QString(u'%' + pattern + u'%'));
    }
    values.append(text.isEmpty() ? qint64(std::max(limit, 0)) : qint64(-1));
    // Sorted in the query, so paging follows the chosen order over every match. The id breaks ties
    // so that "Show more" extends the same sequence; by start time the index gives a fixed order
    // by itself, and a tie-breaker there would make SQLite sort the whole range.
    const QString direction = order.descending ? QStringLiteral(" DESC") : QStringLiteral(" ASC");
    const QString byId = QStringLiteral("id") + direction;
    QString orderBy;
    switch (order.key) {
    case Order::End:
        orderBy = u"endtime" + direction + u", " + byId;
        break;
    case Order::Duration:
        orderBy = u"endtime - starttime" + direction + u", " + byId;
        break;
    case Order::Data:
        orderBy = u"data" + direction + u", " + byId;
        break;
    case Order::Id:
        orderBy = byId;
        break;
    case Order::Start:
        orderBy = u"starttime" + direction;
        break;
    }
    if (!run(q,
             QStringLiteral("SELECT id, starttime, endtime, CAST(data AS BLOB) FROM events"
                            " WHERE bucketrow = ? AND endtime >= ? AND starttime <= ?%1"
                            " ORDER BY %2 LIMIT ?")
                 .arg(prefilter ? QStringLiteral(" AND data LIKE ? ESCAPE '\\'") : QString(), orderBy),
             values))
        return std::nullopt;
    // Many events share their data: each text is parsed and tested once (nullopt: no match).
    QHash<QByteArray, std::optional<QJsonObject>> matchesByText;
    while (q.next()) {
        const QByteArray data = q.value(3).toByteArray();
        std::optional<QJsonObject> object;
        if (!text.isEmpty()) {
            auto found = matchesByText.constFind(data);
            if (found == matchesByText.constEnd()) {
                QJsonObject parsed = json::parseObject(data, nullptr).value_or(QJsonObject());
                found = matchesByText.insert(data, containsText(parsed, text) ? std::optional(parsed) : std::nullopt);
            }
            if (!found.value())
                continue;
            ++matches.total;
            object = found.value();
        }
        if (matches.events.size() >= limit)
            continue;
        Event event;
        event.id = q.value(0).toLongLong();
        event.start = q.value(1).toLongLong();
        event.duration = q.value(2).toLongLong() - event.start;
        event.data = object ? *object : json::parseObject(data, nullptr).value_or(QJsonObject());
        matches.events.append(event);
    }
    return matches;
}

std::optional<std::optional<Event>> EventReader::event(const QString &bucketId, qint64 eventId)
{
    if (!usable())
        return std::nullopt;
    const auto row = bucketRow(bucketId);
    if (!row)
        return std::nullopt;
    QSqlQuery q = query();
    if (!run(q,
             QStringLiteral("SELECT starttime, endtime, CAST(data AS BLOB) FROM events WHERE bucketrow = ? AND id = ?"),
             {*row, eventId}))
        return std::nullopt;
    if (!q.next())
        return std::optional<Event>();
    Event event;
    event.id = eventId;
    event.start = q.value(0).toLongLong();
    event.duration = q.value(1).toLongLong() - event.start;
    event.data = json::parseObject(q.value(2).toByteArray(), nullptr).value_or(QJsonObject());
    return std::optional<Event>(event);
}

std::optional<QJsonValue> EventReader::setting(const QString &key)
{
    if (!usable())
        return std::nullopt;
    QSqlQuery q = query();
    if (!run(q, QStringLiteral("SELECT CAST(value AS BLOB) FROM key_value WHERE key = ?"), {key}))
        return std::nullopt;
    if (!q.next())
        return QJsonValue(QJsonValue::Null);
    QString why;
    auto value = json::parseValue(q.value(0).toByteArray(), &why);
    if (!value)
        m_error = unreadableSetting(key, why);
    return value;
}

std::optional<QJsonObject> EventReader::settings(const QString &prefix)
{
    if (!usable())
        return std::nullopt;
    // substr instead of LIKE: a prefix may contain '_' or '%'.
    QSqlQuery q = query();
    if (!run(q,
             QStringLiteral("SELECT CAST(key AS BLOB), CAST(value AS BLOB) FROM key_value"
                            " WHERE substr(key, 1, ?) = ? ORDER BY key"),
             {prefix.size(), prefix}))
        return std::nullopt;
    QJsonObject all;
    while (q.next()) {
        const QString key = sql::text(q, 0);
        QString why;
        const auto value = json::parseValue(q.value(1).toByteArray(), &why);
        // One damaged value must not hide the others: it is left out and named in the log.
        if (value)
            all.insert(key.mid(prefix.size()), *value);
        else
            qCWarning(lcRead).noquote() << unreadableSetting(key, why);
    }
    return all;
}

QSqlQuery EventReader::query(bool forwardOnly) const
{
    QSqlQuery q(QSqlDatabase::database(m_connectionName, false));
    q.setForwardOnly(forwardOnly);
    return q;
}

bool EventReader::run(QSqlQuery &q, const QString &sql, const QVariantList &values)
{
    q.prepare(sql);
    for (const QVariant &value : values)
        q.addBindValue(value);
    if (q.exec())
        return true;
    m_error = sql::describe(q.lastError());
    return false;
}

} // namespace stint
