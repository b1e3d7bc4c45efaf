#pragma once

#include <QString>
#include <QStringList>

#include <optional>

class QIODevice;

namespace stint {

class EventReader;

// Writes ActivityWatch's export format, {"buckets": {"<id>": {...bucket, "events": [...]}}},
// straight from the database to a device: events are written as they are read (their stored data
// text copied as is), so a large database never becomes one JSON document in memory.
class AwExporter final
{
public:
    struct Options
    {
        QStringList bucketIds;       // empty: every bucket
        std::optional<qint64> start; // events overlapping [start, end], clipped to it
        std::optional<qint64> end;
    };

    explicit AwExporter(EventReader &reader);

    // False with a message on an unknown bucket, a read error or a write error.
    bool write(QIODevice &device, const Options &options, QString *error);

    qint64 eventsWritten() const { return m_events; }
    int bucketsWritten() const { return m_buckets; }

private:
    EventReader &m_reader;
    qint64 m_events = 0;
    int m_buckets = 0;
};

} // namespace stint
