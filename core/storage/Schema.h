#pragma once

#include <QSqlDatabase>
#include <QString>
#include <QStringList>

namespace stint {

// The database layout and its forward migrations. `PRAGMA user_version` holds the version and
// `PRAGMA application_id` marks the file as Stint's, so a foreign SQLite file is never "migrated".
class Schema final
{
public:
    static constexpr int kVersion = 3;
    static constexpr int kApplicationId = 0x53544E54; // "STNT"

    // The statements that create the current schema from nothing (also used by stint-bench's
    // raw-SQLite baseline, so both writers work on the same tables and index).
    static QStringList currentDdl();

    // Brings a database at `fromVersion` (0 = empty) to kVersion inside one transaction.
    static bool migrate(QSqlDatabase &db, int fromVersion, QString *error);
};

} // namespace stint
