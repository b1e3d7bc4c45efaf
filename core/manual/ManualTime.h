#pragma once

#include "manual/ManualEntry.h"
#include "storage/WriteResult.h"

#include <QFuture>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace stint {

class Datastore;
class EventReader;

// Timers and entries by hand, written through a Datastore (the running Stint's, or stint-cli's
// own when no Stint runs) and read through an EventReader. The same requests arrive as JSON from
// stint-cli over the single-instance socket: {"save": [events]} or {"delete": [ids]}, answered
// {"events": [stored events]} or {"error": "..."} once committed.
class ManualTime final
{
public:
    // The stopwatch bucket's events overlapping [from, to), newest first; an absent bucket has none.
    static std::optional<ManualEntryList> read(EventReader &reader, qint64 from, qint64 to, int limit, QString *error);
    // The running timers (any age), newest first.
    static std::optional<ManualEntryList> running(EventReader &reader, QString *error);
    // The labels used most recently, newest first, each once.
    static QStringList recentLabels(const ManualEntryList &entries, int count);

    // A new running timer, with the `running` ones stopped first unless `keepOthers` (only one
    // runs at a time unless the user starts another explicitly): what start() saves.
    static ManualEntryList startChanges(const ManualEntryList &running, const QString &label,
                                        const QStringList &category, qint64 now, bool keepOthers);
    // The timer stopped at `now` (not before its stored end).
    static ManualEntry stopped(ManualEntry entry, qint64 now);

    // Creates the bucket when missing, then stores the entries (an entry with an id replaces that
    // event). Refuses an entry that cannot be stored without writing anything.
    static QFuture<WriteResult> save(Datastore &store, const QString &hostname, const ManualEntryList &entries);
    static QFuture<WriteResult> remove(Datastore &store, const QList<qint64> &ids);

    // stint-cli's requests (see above), as JSON both ways; `done` runs in `context`'s thread after
    // the commit.
    static QJsonObject saveRequest(const ManualEntryList &entries);
    static QJsonObject deleteRequest(const QList<qint64> &ids);
    static void handle(Datastore &store, const QString &hostname, const QJsonObject &request, QObject *context,
                       std::function<void(QJsonObject)> done);
    // The same request in this thread, blocking (stint-cli's own datastore).
    static QJsonObject handleBlocking(Datastore &store, const QString &hostname, const QJsonObject &request);
};

} // namespace stint
