#pragma once

#include "model/Event.h"

#include <QByteArray>
#include <QString>

#include <vector>

namespace stint::bench {

// A window watcher's heartbeat stream, generated before any timing starts so both writers get
// exactly the same input (events with QJsonObject data) and neither pays for producing it.
struct Workload
{
    static constexpr quint64 kDefaultSeed = 0x5354494E54424E43; // "STINTBNC"

    double pulsetimeSeconds = 2.0; // aw-watcher-window: max(poll * 1.5, poll + 1) with a 1 s poll
    std::vector<Event> heartbeats; // for Stint: data as QJsonObject, duration 0
    // heartbeats[i].data as JSON text: the expected result is replayed on text, independently of
    // the QJsonObject comparison both writers use.
    std::vector<QByteArray> json;

    // What a correct writer must end up with, from replaying the merge rule over the stream.
    struct ExpectedEvent
    {
        qint64 start = 0;
        qint64 end = 0;
        size_t firstHeartbeat = 0; // its data is heartbeats[firstHeartbeat].data
    };
    std::vector<ExpectedEvent> expected; // oldest first
    qint64 distinctEvents = 0;
    qint64 totalDurationNs = 0;
    qint64 newTitles = 0; // heartbeats generated with data different from their predecessor

    // ~80 % repeats of the previous data and ~20 % new {app, title}, one every ~1 s.
    static Workload generate(qint64 count, quint64 seed = kDefaultSeed);
};

// The merge rule of ActivityWatch (and DatastoreWorker::heartbeat): same data, not before the
// last event's start, and starting at most pulsetime after its end.
inline bool mergesInto(qint64 lastStart, qint64 lastEnd, qint64 start, qint64 pulsetimeNs)
{
    return lastStart <= start && start <= lastEnd + pulsetimeNs;
}

} // namespace stint::bench
