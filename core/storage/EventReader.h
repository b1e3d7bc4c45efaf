#pragma once

#include "model/Bucket.h"
#include "model/Event.h"

#include <QHash>
#include <QJsonObject>
#include <QJsonValue>
#include <QSqlQuery>
#include <QString>
#include <QThread>
#include <QVariantList>

#include <functional>
#include <limits>
#include <optional>
#include <vector>

namespace stint {

// An order of a bucket's events for EventReader::findEvents (ties by id in the same direction).
struct EventOrder
{
    enum Key { Start, End, Duration, Data, Id };
    Key key = Start;
    bool descending = true;
};

// Read access through a connection of its own: read-only, opened in the thread that creates the
// reader and usable only there (Qt's rule for QSqlDatabase). In WAL mode it never waits for the
// writer and sees exactly what has been committed. Make one per reading thread; never share.
class EventReader final
{
    Q_DISABLE_COPY_MOVE(EventReader)

public:
    struct Range
    {
        std::optional<qint64> start; // UTC nanoseconds; unbounded when empty
        std::optional<qint64> end;
    };

    explicit EventReader(QString path, int busyTimeoutMs = 5000);
    ~EventReader();

    // False (with error()) when the database is missing, corrupt, foreign or newer.
    bool isOpen() const { return m_open; }
    QString error() const { return m_error; }
    QString path() const { return m_path; }

    // Every bucket with its metadata (first start, last end, event count). Without statistics the
    // metadata stays empty and no events are counted (cheap on a large database).
    std::optional<BucketList> buckets(bool withStatistics = true);
    std::optional<Bucket> bucket(const QString &bucketId);
    // Whether the bucket exists (cheap); nullopt with error() when the query fails.
    std::optional<bool> bucketExists(const QString &bucketId);

    // Events of a bucket overlapping the range, newest first, clipped to the range; limit < 0 means
    // no limit. nullopt with error() when the bucket is unknown or the query fails.
    std::optional<EventList> events(const QString &bucketId, const Range &range = {}, int limit = -1);
    // The same rows as events(), oldest first and clipped the same way, handed to `visit` as they are
    // read, with the data as its stored JSON text: for callers that parse each distinct text once.
    // The reader remembers each bucket's longest event so a range late in a long history reads
    // only the index entries near it (refreshed incrementally on every call).
    // With `clip` false the rows come with their stored times (for callers whose result near the
    // range's edges must not depend on where the range was cut).
    using RowVisitor = std::function<void(qint64 id, qint64 start, qint64 end, const QString &data)>;
    bool forEachRow(const QString &bucketId, const Range &range, const RowVisitor &visit, bool clip = true);
    // The rows of forEachRow() with their stored times and the data as its stored UTF-8 bytes,
    // without the id: the least work per row, for callers that only tell data texts apart.
    using SpanVisitor = std::function<void(qint64 start, qint64 end, const QByteArray &utf8)>;
    bool forEachSpan(const QString &bucketId, const Range &range, const SpanVisitor &visit);

    // Per bucket row: the longest duration among the events starting before `from` and the one at it.
    struct Longest
    {
        qint64 from = std::numeric_limits<qint64>::min();
        qint64 duration = 0;
    };
    // What the reader has learnt of its buckets' longest events, and the newest change
    // (event_changes' generation) it has accounted for: a new reader of the same database (on
    // another thread) may start from it rather than read a long history's index again.
    struct Hints
    {
        QHash<qint64, Longest> longest; // by bucket row
        qint64 generation = 0;
    };
    Hints hints() const { return m_hints; }
    void adopt(Hints hints) { m_hints = std::move(hints); }

    // Which stretches of time writes have touched (Schema version 2's event_changes): units of
    // 2^46 ns (`first` to `last`, inclusive) with the newest generation that touched them.
    struct Change
    {
        qint64 first = 0;
        qint64 last = 0;
        qint64 generation = 0;
    };
    static constexpr int kChangeUnitShift = 46;
    std::optional<std::vector<Change>> changes();

    std::optional<qint64> eventCount(const QString &bucketId, const Range &range = {});
    // Whether an event of the bucket overlaps the half-open range [start, end), an instant event
    // at its start included; cheap where eventCount() would count a long history.
    std::optional<bool> hasEvents(const QString &bucketId, const Range &range);
    // One event of a bucket by id; nullopt with error() when the bucket is unknown or the query
    // fails, an empty optional inside when there is no such event.
    std::optional<std::optional<Event>> event(const QString &bucketId, qint64 eventId);

    // Events as stored (not clipped) that overlap the range and have a data value containing `text`
    // (case-insensitive; every event when `text` is empty), in `order` (newest first by default):
    // the first `limit` of them over the whole match, and how many match in all. For browsing raw
    // data, where a clipped event would misstate what a deletion removes.
    struct Matches
    {
        EventList events;
        qint64 total = 0;
    };
    using Order = EventOrder;
    std::optional<Matches> findEvents(const QString &bucketId, const Range &range, const QString &text, int limit,
                                      Order order = {});

    // A stored setting; null when it is not set.
    std::optional<QJsonValue> setting(const QString &key);
    // Every stored key starting with `prefix`, with the prefix removed, and its value.
    std::optional<QJsonObject> settings(const QString &prefix);

private:
    bool usable();
    // A query on this reader's connection.
    QSqlQuery query(bool forwardOnly = false) const;
    // Prepares `sql`, binds `values` in order and runs it; false with error() set otherwise.
    bool run(QSqlQuery &q, const QString &sql, const QVariantList &values);
    std::optional<qint64> bucketRow(const QString &bucketId);
    std::optional<qint64> earliestOverlappingStart(qint64 row, qint64 start);
    // Makes the hints look again where writes since they were learnt touched events.
    void recheckHints();
    // Runs the query of forEachRow() selecting `columns`, oldest first.
    bool selectRows(QSqlQuery &q, const QString &bucketId, const Range &range, const QString &columns);

    QString m_path;
    QString m_connectionName;
    QThread *m_thread = nullptr;
    bool m_open = false;
    QString m_error;
    Hints m_hints;
    bool m_noBucketLongest = false; // the file has no bucket_longest table
};

} // namespace stint
