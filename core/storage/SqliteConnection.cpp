#include "storage/SqliteConnection.h"

#include "storage/Schema.h"
#include "storage/SqlUtil.h"
#include "util/Logging.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>
#include <QUrl>

#include <atomic>

namespace stint {
namespace {

constexpr qint64 kSqliteHeaderSize = 100;

// Rejects, without letting SQLite touch it, a path that cannot be a database: a directory, or a
// file whose first bytes are not SQLite's magic string.
bool checkFile(const QString &path, bool mustExist, QString *error)
{
    const QFileInfo info(path);
    if (!info.exists()) {
        if (mustExist) {
            *error = QCoreApplication::translate("SqliteConnection", "no database at %1")
                         .arg(QDir::toNativeSeparators(path));
            return false;
        }
        return true;
    }
    if (info.isDir()) {
        *error = QStringLiteral("%1 is a directory, not a database file").arg(QDir::toNativeSeparators(path));
        return false;
    }
    if (info.size() == 0)
        return true; // SQLite treats an empty file as an empty database
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = QCoreApplication::translate("SqliteConnection", "cannot read %1: %2")
                     .arg(QDir::toNativeSeparators(path), file.errorString());
        return false;
    }
    const QByteArray header = file.read(16);
    if (info.size() < kSqliteHeaderSize || header != QByteArrayLiteral("SQLite format 3\0")) {
        *error = QStringLiteral("%1 is not an SQLite database").arg(QDir::toNativeSeparators(path));
        return false;
    }
    return true;
}

// Reads the file's identity and schema version; fails for foreign, newer or unreadable files.
// Only reads: nothing is written before this has said yes.
bool inspect(QSqlDatabase &db, const QString &path, int *version, bool *empty, QString *error)
{
    const QString where = QDir::toNativeSeparators(path);
    QString sqlError;
    const QVariant tables = sql::scalar(db, QStringLiteral("SELECT count(*) FROM sqlite_master"), &sqlError);
    if (!tables.isValid()) {
        *error = QStringLiteral("%1 cannot be read as a database (%2); it may be corrupt").arg(where, sqlError);
        return false;
    }
    const QVariant appId = sql::scalar(db, QStringLiteral("PRAGMA application_id"), &sqlError);
    const QVariant userVersion = sql::scalar(db, QStringLiteral("PRAGMA user_version"), &sqlError);
    if (!appId.isValid() || !userVersion.isValid()) {
        *error = QStringLiteral("%1 cannot be read as a database (%2)").arg(where, sqlError);
        return false;
    }
    *empty = tables.toLongLong() == 0;
    *version = userVersion.toInt();
    if (*empty && *version == 0 && appId.toInt() == 0)
        return true;
    if (appId.toInt() != Schema::kApplicationId) {
        *error = QStringLiteral("%1 is an SQLite database but not Stint's (application id %2); it was left untouched")
                     .arg(where)
                     .arg(appId.toInt());
        return false;
    }
    if (*version > Schema::kVersion) {
        *error = QStringLiteral("%1 was written by a newer Stint (schema version %2, this build knows up to %3); "
                                "it was left untouched")
                     .arg(where)
                     .arg(*version)
                     .arg(Schema::kVersion);
        return false;
    }
    return true;
}

bool setSynchronousFull(QSqlDatabase &db, QString *error)
{
    if (!sql::exec(db, QStringLiteral("PRAGMA synchronous=FULL"), error))
        return false;
    const QVariant mode = sql::scalar(db, QStringLiteral("PRAGMA synchronous"), error);
    if (mode.toInt() != 2) {
        *error = QCoreApplication::translate("SqliteConnection", "SQLite did not accept synchronous=FULL");
        return false;
    }
    return true;
}

QSqlDatabase addConnection(const QString &connectionName, const QString &path, QString options)
{
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connectionName);
    db.setDatabaseName(path);
    if (path.startsWith(QStringLiteral("file:")))
        options += QStringLiteral(";QSQLITE_OPEN_URI");
    db.setConnectOptions(options);
    return db;
}

// The file behind a path or an SQLite "file:" URI (whose query selects e.g. a VFS).
QString fileOf(const QString &path)
{
    if (!path.startsWith(QStringLiteral("file:")))
        return path;
    return QUrl(path).toLocalFile();
}

} // namespace

bool SqliteConnection::openWriter(const QString &connectionName, const QString &path, QString *error, Report *report)
{
    QString ignored;
    QString &err = error ? *error : ignored;
    Report localReport;
    Report &rep = report ? *report : localReport;
    const bool memory = isInMemory(path);

    if (!memory) {
        if (!checkFile(fileOf(path), false, &err))
            return false;
        const QFileInfo info(fileOf(path));
        if (!QDir().mkpath(info.absolutePath())) {
            err = QCoreApplication::translate("SqliteConnection", "cannot create the data directory %1")
                      .arg(QDir::toNativeSeparators(info.absolutePath()));
            return false;
        }
        if (info.exists() && !info.isWritable()) {
            err = QStringLiteral("%1 is read-only; Stint needs to write to it").arg(QDir::toNativeSeparators(path));
            return false;
        }
    }

    bool ok = false;
    {
        QSqlDatabase db =
            addConnection(connectionName, path, QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(kDefaultBusyTimeoutMs));
        ok = [&] {
            if (!db.open()) {
                err = QCoreApplication::translate("SqliteConnection", "cannot open %1: %2")
                          .arg(QDir::toNativeSeparators(path), sql::describe(db.lastError()));
                return false;
            }
            bool empty = true;
            if (!inspect(db, path, &rep.schemaVersionBefore, &empty, &err))
                return false;
            if (memory) {
                rep.journalMode = sql::scalar(db, QStringLiteral("PRAGMA journal_mode"), &err).toString();
            } else {
                // WAL: one sequential append + fsync per commit, and readers never wait for the writer.
                const QVariant mode = sql::scalar(db, QStringLiteral("PRAGMA journal_mode=WAL"), &err);
                if (!mode.isValid()) {
                    err = QCoreApplication::translate("SqliteConnection", "cannot set the journal mode of %1: %2")
                              .arg(QDir::toNativeSeparators(path), err);
                    return false;
                }
                rep.journalMode = mode.toString().toLower();
                if (rep.journalMode != QStringLiteral("wal")) {
                    rep.warning =
                        QCoreApplication::translate("SqliteConnection",
                                                    "SQLite refused WAL mode for %1 and uses '%2' instead; readers may "
                                                    "wait for commits")
                            .arg(QDir::toNativeSeparators(path), rep.journalMode);
                    qCWarning(lcStore).noquote() << rep.warning;
                }
            }
            if (!setSynchronousFull(db, &err))
                return false;
            if (!Schema::migrate(db, rep.schemaVersionBefore, &err)) {
                err = QCoreApplication::translate("SqliteConnection", "cannot prepare %1: %2")
                          .arg(QDir::toNativeSeparators(path), err);
                return false;
            }
            return true;
        }();
        if (!ok)
            db.close();
    }
    if (!ok)
        QSqlDatabase::removeDatabase(connectionName);
    return ok;
}

bool SqliteConnection::openReader(const QString &connectionName, const QString &path, QString *error, int busyTimeoutMs)
{
    QString ignored;
    QString &err = error ? *error : ignored;
    if (isInMemory(path)) {
        err = QCoreApplication::translate("SqliteConnection", "an in-memory database has no reader connections");
        return false;
    }
    if (!checkFile(fileOf(path), true, &err))
        return false;
    bool ok = false;
    {
        QSqlDatabase db = addConnection(
            connectionName, path, QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=%1").arg(busyTimeoutMs));
        ok = [&] {
            if (!db.open()) {
                err = QCoreApplication::translate("SqliteConnection", "cannot open %1: %2")
                          .arg(QDir::toNativeSeparators(path), sql::describe(db.lastError()));
                return false;
            }
            int version = 0;
            bool empty = true;
            if (!inspect(db, path, &version, &empty, &err))
                return false;
            if (empty || version < Schema::kVersion) {
                err = QStringLiteral("%1 has not been set up by this version of Stint yet (schema version %2); start "
                                     "Stint once to prepare it")
                          .arg(QDir::toNativeSeparators(path))
                          .arg(version);
                return false;
            }
            return setSynchronousFull(db, &err);
        }();
        if (!ok)
            db.close();
    }
    if (!ok)
        QSqlDatabase::removeDatabase(connectionName);
    return ok;
}

void SqliteConnection::close(const QString &connectionName)
{
    {
        QSqlDatabase db = QSqlDatabase::database(connectionName, false);
        if (db.isValid())
            db.close();
    }
    QSqlDatabase::removeDatabase(connectionName);
}

QString SqliteConnection::uniqueName(const QString &prefix)
{
    static std::atomic<quint64> counter{0};
    return prefix + u'-' + QString::number(++counter);
}

} // namespace stint
