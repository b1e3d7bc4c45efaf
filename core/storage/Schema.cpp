#include "storage/Schema.h"

#include "storage/SqlUtil.h"

#include <QCoreApplication>

#include <functional>
#include <vector>

namespace stint {
namespace {

// Version 1: buckets, events with integer UTC nanosecond times, and settings.
const QStringList kVersion1 = {
    QStringLiteral("CREATE TABLE buckets ("
                   " id INTEGER PRIMARY KEY,"
                   " name TEXT NOT NULL UNIQUE,"
                   " type TEXT NOT NULL,"
                   " client TEXT NOT NULL,"
                   " hostname TEXT NOT NULL,"
                   " created INTEGER NOT NULL,"
                   " data TEXT NOT NULL DEFAULT '{}')"),
    QStringLiteral("CREATE TABLE events ("
                   " id INTEGER PRIMARY KEY,"
                   " bucketrow INTEGER NOT NULL REFERENCES buckets(id),"
                   " starttime INTEGER NOT NULL,"
                   " endtime INTEGER NOT NULL,"
                   " data TEXT NOT NULL)"),
    // Serves "events of a bucket in a time range, newest first".
    QStringLiteral("CREATE INDEX events_bucket_time ON events(bucketrow, starttime DESC, endtime)"),
    QStringLiteral("CREATE TABLE key_value ("
                   " key TEXT PRIMARY KEY,"
                   " value TEXT NOT NULL,"
                   " last_modified INTEGER NOT NULL)"),
};

// Version 2: which stretches of time writes touched, for caches derived from events (the per-day
// report rollups). Every insert, update and delete of an event records the units of 2^46 ns
// (~19.5 h) its old and new times cover, stamped with a generation that only grows: the wall
// clock in microseconds, or one more than the newest when the clock is behind. A reader compares
// the newest generation over a day with the one its cached result was built at; as generations
// never repeat, even a database restored from an older copy cannot match a newer cached result.
// Triggers make every writer (heartbeats, imports, deletes, synced buckets) leave its trace in
// the same transaction as the write.
#define STINT_CHANGE(START, END)                                                                                       \
    " INSERT INTO event_changes SELECT " START " >> 46, " END " >> 46,"                                                \
    "  max((SELECT ifnull(max(generation), 0) + 1 FROM event_changes),"                                                \
    "      CAST((julianday('now') - 2440587.5) * 86400000000.0 AS INTEGER))"
const QStringList kVersion2 = {
    QStringLiteral("CREATE TABLE event_changes ("
                   " first INTEGER NOT NULL,"
                   " last INTEGER NOT NULL,"
                   " generation INTEGER NOT NULL,"
                   " PRIMARY KEY (first, last)) WITHOUT ROWID"),
    QStringLiteral("CREATE INDEX event_changes_generation ON event_changes(generation)"),
    QStringLiteral("CREATE TRIGGER events_change_insert AFTER INSERT ON events BEGIN" STINT_CHANGE(
        "NEW.starttime", "NEW.endtime") " WHERE 1 ON CONFLICT DO UPDATE SET generation = excluded.generation; END"),
    QStringLiteral("CREATE TRIGGER events_change_update AFTER UPDATE ON events BEGIN" STINT_CHANGE(
        "NEW.starttime", "NEW.endtime") " WHERE 1 ON CONFLICT DO UPDATE SET generation = "
                                        "excluded.generation;" STINT_CHANGE("OLD.starttime",
                                                                            "OLD.endtime") " WHERE OLD.starttime >> 46 "
                                                                                           "!= NEW.starttime >> 46"
                                                                                           " OR OLD.endtime >> 46 != "
                                                                                           "NEW.endtime >> 46"
                                                                                           " ON CONFLICT DO UPDATE SET "
                                                                                           "generation = "
                                                                                           "excluded.generation; END"),
    QStringLiteral("CREATE TRIGGER events_change_delete AFTER DELETE ON events BEGIN" STINT_CHANGE(
        "OLD.starttime", "OLD.endtime") " WHERE 1 ON CONFLICT DO UPDATE SET generation = excluded.generation; END"),
};
#undef STINT_CHANGE

// Version 3: the longest event each bucket has held, so that a new reader knows how far before a
// range an event can start without reading the bucket's whole index first (some 400 ms on five
// years of window events). Inserts and updates raise it; deletes leave it, as a bound from above
// is all a reader needs.
#define STINT_LONGEST                                                                                                  \
    " INSERT INTO bucket_longest VALUES (NEW.bucketrow, NEW.endtime - NEW.starttime)"                                  \
    " ON CONFLICT (bucketrow) DO UPDATE SET duration = excluded.duration"                                              \
    " WHERE excluded.duration > bucket_longest.duration; END"
const QStringList kVersion3 = {
    QStringLiteral("CREATE TABLE bucket_longest (bucketrow INTEGER PRIMARY KEY, duration INTEGER NOT NULL)"),
    QStringLiteral(
        "INSERT INTO bucket_longest SELECT bucketrow, max(endtime - starttime) FROM events GROUP BY bucketrow"),
    QStringLiteral("CREATE TRIGGER events_longest_insert AFTER INSERT ON events BEGIN" STINT_LONGEST),
    QStringLiteral("CREATE TRIGGER events_longest_update AFTER UPDATE ON events BEGIN" STINT_LONGEST),
};
#undef STINT_LONGEST

// migrations[i] takes the schema from version i to i + 1.
const std::vector<QStringList> kMigrations = {kVersion1, kVersion2, kVersion3};

} // namespace

QStringList Schema::currentDdl()
{
    QStringList all;
    for (const QStringList &step : kMigrations)
        all += step;
    return all;
}

bool Schema::migrate(QSqlDatabase &db, int fromVersion, QString *error)
{
    static_assert(kVersion > 0);
    Q_ASSERT(int(kMigrations.size()) == kVersion);
    if (fromVersion == kVersion)
        return true;
    if (fromVersion < 0 || fromVersion > kVersion) {
        if (error)
            *error = QCoreApplication::translate("Schema", "cannot migrate from schema version %1").arg(fromVersion);
        return false;
    }
    if (!sql::exec(db, QStringLiteral("BEGIN IMMEDIATE"), error))
        return false;
    auto rollback = [&db] {
        QString ignored;
        sql::exec(db, QStringLiteral("ROLLBACK"), &ignored);
        return false;
    };
    for (int version = fromVersion; version < kVersion; ++version) {
        for (const QString &statement : kMigrations[size_t(version)]) {
            QString stepError;
            if (!sql::exec(db, statement, &stepError)) {
                if (error)
                    *error = QCoreApplication::translate("Schema", "migration to schema version %1 failed: %2")
                                 .arg(version + 1)
                                 .arg(stepError);
                return rollback();
            }
        }
    }
    if (!sql::exec(db, QStringLiteral("PRAGMA application_id = %1").arg(kApplicationId), error)
        || !sql::exec(db, QStringLiteral("PRAGMA user_version = %1").arg(kVersion), error))
        return rollback();
    return sql::exec(db, QStringLiteral("COMMIT"), error) || rollback();
}

} // namespace stint
