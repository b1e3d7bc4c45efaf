#pragma once

#include "model/Event.h"

#include <QMetaType>
#include <QString>

#include <functional>

namespace stint {

enum class StoreError {
    None,
    NotFound,      // unknown bucket or event
    AlreadyExists, // bucket id taken
    InvalidInput,  // a value the store cannot hold (negative duration, empty id, ...)
    Storage,       // SQLite or the file system failed
    Closed,        // the datastore is closed or closing
    Full,          // commits fail and as much as may wait in memory does: retry later (nothing was changed)
};

// How many bytes of accepted writes may wait in memory for a commit (the setting stint.maxPendingBytes).
inline constexpr qint64 kDefaultMaxPendingBytes = 32LL * 1024 * 1024;

// The answer to one write. `seq` orders every accepted write; committed(seq) covers it later.
struct WriteResult
{
    quint64 seq = 0;
    StoreError error = StoreError::None;
    QString message;
    EventList events; // the stored events (insert) or the merged event (heartbeat)
    // json::toCompact(events.first().data) in every accepted heartbeat's result, kept by the
    // worker with the event it extends; empty in other results.
    QByteArray dataText;

    bool ok() const { return error == StoreError::None; }
};

// The answer to ForceCommit and Close: given only after SQLite's COMMIT has returned.
struct CommitResult
{
    quint64 durableSeq = 0; // every accepted write with seq <= durableSeq is on disk
    QString error;          // empty when the commit succeeded

    bool ok() const { return error.isEmpty(); }
};

// How an answer comes back: called once, in the datastore's thread (or at once in the caller's
// when the datastore refuses before queueing). Empty: nobody waits for it.
template<typename T>
using Reply = std::function<void(T)>;

// When the worker commits its open batch (the defaults are ActivityWatch's).
struct CommitPolicy
{
    int maxEvents = 100;             // commit when more events than this are uncommitted
    qint64 maxAgeMs = 15'000;        // ... or when the batch is older than this
    int checkIntervalMs = 1'000;     // how often an open batch's age is checked
    qint64 retryDelayMs = 1'000;     // first automatic retry after a failed commit, doubling
    qint64 maxRetryDelayMs = 60'000; // ... up to this
};

} // namespace stint

Q_DECLARE_METATYPE(stint::WriteResult)
Q_DECLARE_METATYPE(stint::CommitResult)
