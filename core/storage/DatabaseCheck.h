#pragma once

#include <QString>
#include <QStringList>

namespace stint {

// Verifies a Stint database file through a read-only connection of its own: that it opens as
// Stint's, at this build's schema version, and passes SQLite's integrity check. Used by
// `stint-cli check` and to verify a backup before it replaces anything.
class DatabaseCheck final
{
public:
    struct Report
    {
        QString error; // set when the file cannot be opened as this build's Stint database
        int schemaVersion = 0;
        QString journalMode;
        qint64 events = -1;   // how many events it holds, -1 when unknown
        QStringList problems; // what the integrity check found

        bool ok() const { return error.isEmpty() && problems.isEmpty(); }
    };

    static Report run(const QString &path);
};

} // namespace stint
