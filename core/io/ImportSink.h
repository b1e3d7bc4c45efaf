#pragma once

#include "io/ImportReport.h"
#include "model/Bucket.h"
#include "model/Event.h"

#include <QHash>
#include <QSet>

#include <functional>

namespace stint {

class Datastore;
class EventReader;

// Where imported buckets and events go: buckets are created (or reused when they exist),
// events already stored with the same timestamp, duration and data are skipped (also repeats
// within the source), and the rest reach the datastore worker in batches, waiting for each, so
// memory stays bounded however large the source. Use it from a thread other than the worker's.
class ImportSink final
{
public:
    using Progress = std::function<void(qint64 handled)>;

    ImportSink(Datastore &store, EventReader &reader, ImportReport &report);

    void setBatchSize(int size) { m_batchSize = size; }
    void setProgress(Progress progress) { m_progress = std::move(progress); }
    // Only follows the source: touches neither the store nor the reader, so a whole source can be
    // checked before anything of it is stored.
    void setCheckOnly(bool checkOnly) { m_checkOnly = checkOnly; }

    // Commits what the worker holds so the reader sees every stored event.
    bool begin(QString *error);
    bool startBucket(const Bucket &bucket, QString *error);
    bool add(Event event, QString *error);
    // Sends the pending batch; with `complete` the bucket is marked as fully imported.
    bool finishBucket(bool complete, QString *error);
    // Commits, so the import is durable when this returns true.
    bool finish(QString *error);

private:
    struct Key
    {
        qint64 start;
        qint64 duration;
        int data;
        friend bool operator==(const Key &, const Key &) = default;
        friend size_t qHash(const Key &key, size_t seed) { return qHashMulti(seed, key.start, key.duration, key.data); }
    };

    int dataKey(const QByteArray &canonical);
    bool flush(QString *error);

    Datastore &m_store;
    EventReader &m_reader;
    ImportReport &m_report;
    int m_batchSize = 5000;
    Progress m_progress;
    QString m_bucket;
    QHash<QByteArray, int> m_dataKeys; // canonical (compact) data text -> key
    QSet<Key> m_seen;
    EventList m_pending;
    qint64 m_handled = 0;
    bool m_checkOnly = false;
};

} // namespace stint
