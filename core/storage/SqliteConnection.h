#pragma once

#include <QString>

namespace stint {

// Opens Stint's SQLite connections through Qt's QSQLITE driver. Each connection belongs to the
// thread that opened it (a Qt rule), so every thread opens its own under a unique name.
class SqliteConnection final
{
public:
    static constexpr int kDefaultBusyTimeoutMs = 5000;

    struct Report
    {
        QString journalMode; // what SQLite answered to "PRAGMA journal_mode=WAL"
        QString warning;     // set when WAL was refused; the connection is still usable
        int schemaVersionBefore = 0;
    };

    // `path` is a file, ":memory:", or an SQLite "file:" URI (e.g. "file:/x/stint.db?vfs=unix-none").
    // Opens the single write connection: creates the file if needed, checks that it is a Stint
    // database this build understands, sets WAL + synchronous=FULL and migrates the schema.
    // A corrupt, foreign or newer file is reported in *error and left untouched.
    static bool openWriter(const QString &connectionName, const QString &path, QString *error,
                           Report *report = nullptr);

    // Opens a read-only connection to an existing database (never creates or changes the file).
    static bool openReader(const QString &connectionName, const QString &path, QString *error,
                           int busyTimeoutMs = kDefaultBusyTimeoutMs);

    // Closes and unregisters a connection; every QSqlQuery on it must be gone already.
    static void close(const QString &connectionName);

    // A connection name no other connection in this process has, e.g. "stint-reader-17".
    static QString uniqueName(const QString &prefix);

    static bool isInMemory(const QString &path) { return path == QStringLiteral(":memory:"); }
};

} // namespace stint
