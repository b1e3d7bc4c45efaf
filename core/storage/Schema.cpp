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

// migrations[i] takes the schema from version i to i + 1.
const std::vector<QStringList> kMigrations = {kVersion1};

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
