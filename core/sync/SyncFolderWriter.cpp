#include "sync/SyncFolderWriter.h"

#include "model/Json.h"
#include "model/Timestamp.h"
#include "storage/SqlUtil.h"
#include "storage/SqliteConnection.h"
#include "sync/SyncFolder.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QScopeGuard>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

#include <filesystem>
#include <limits>

namespace stint {
namespace {

bool prepared(QSqlQuery &q, const QString &statement, QString *error)
{
    if (q.prepare(statement))
        return true;
    *error = sql::describe(q.lastError());
    return false;
}

bool run(QSqlQuery &q, QString *error)
{
    if (q.exec())
        return true;
    *error = sql::describe(q.lastError());
    return false;
}

// Whether the file is one this writer made and can extend (else it is written anew).
bool usable(QSqlDatabase &file)
{
    QString ignored;
    const QVariant version = sql::scalar(file, QStringLiteral("PRAGMA user_version"), &ignored);
    const QVariant check = sql::scalar(file, QStringLiteral("PRAGMA quick_check"), &ignored);
    return version.toInt() >= SyncFolder::kOldestReadable && version.toInt() <= SyncFolder::kNewestReadable
        && check.toString() == QStringLiteral("ok")
        && sql::scalar(file, QStringLiteral("SELECT count(*) FROM buckets"), &ignored).isValid()
        && sql::scalar(file, QStringLiteral("SELECT count(*) FROM events"), &ignored).isValid();
}

} // namespace

SyncFolderWriter::SyncFolderWriter(QString databasePath)
    : m_databasePath(std::move(databasePath))
{
}

bool SyncFolderWriter::write(const QString &directory, const QString &host, const QString &deviceId, Result *result,
                             QString *error)
{
    QString why;
    const QDir folder(SyncFolder::deviceDirectory(directory, host, deviceId));
    const QString target = folder.filePath(SyncFolder::kFileName.toString());
    const QString temporary = folder.filePath(QStringLiteral(".test.db.stint-new"));
    const auto fail = [&](const QString &message) {
        if (error)
            *error = QCoreApplication::translate("SyncFolderWriter", "Cannot write %1: %2")
                         .arg(QDir::toNativeSeparators(target), message);
        QFile::remove(temporary);
        return false;
    };
    if (!folder.mkpath(QStringLiteral(".")))
        return fail(QCoreApplication::translate("SyncFolderWriter", "cannot create the folder"));
    QFile::remove(temporary); // left by a run that was cut short
    // Unchanged data leaves the file as it is (no new version for Syncthing to send).
    bool changed = !QFile::exists(target);
    if (QFile::exists(target) && !QFile::copy(target, temporary))
        return fail(QCoreApplication::translate("SyncFolderWriter", "cannot copy it to a temporary file"));

    const QString localName = SqliteConnection::uniqueName(QStringLiteral("stint-sync-local"));
    const QString fileName = SqliteConnection::uniqueName(QStringLiteral("stint-sync-out"));
    if (!SqliteConnection::openReader(localName, m_databasePath, &why))
        return fail(why);
    const auto closeLocal = qScopeGuard([&] { SqliteConnection::close(localName); });
    Result done;
    done.file = target;
    bool ok = false;
    {
        QSqlDatabase file = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), fileName);
        file.setDatabaseName(temporary);
        QSqlDatabase local = QSqlDatabase::database(localName, false);
        ok = [&]() -> bool {
            if (!file.open())
                return (why = sql::describe(file.lastError())), false;
            if (!usable(file)) {
                // Not ours or damaged: start over with a fresh file.
                changed = true;
                file.close();
                QFile::remove(temporary);
                if (!file.open())
                    return (why = sql::describe(file.lastError())), false;
                for (const QString &statement : SyncFolder::schemaDdl()) {
                    if (!sql::exec(file, statement, &why))
                        return false;
                }
            }
            if (!sql::exec(file, QStringLiteral("PRAGMA journal_mode = DELETE"), &why)
                || !sql::exec(file, QStringLiteral("BEGIN IMMEDIATE"), &why))
                return false;
            QSqlQuery buckets(local);
            buckets.setForwardOnly(true);
            if (!buckets.exec(QStringLiteral("SELECT id, CAST(name AS BLOB), CAST(type AS BLOB), CAST(client AS "
                                             "BLOB), CAST(hostname AS BLOB), created, CAST(data AS BLOB) FROM "
                                             "buckets ORDER BY name")))
                return (why = sql::describe(buckets.lastError())), false;
            QSqlQuery findRow(file), insertBucket(file), updateBucket(file), lastStart(file), tail(file), drop(file),
                insertEvent(file), events(local);
            events.setForwardOnly(true);
            if (!prepared(findRow, QStringLiteral("SELECT id FROM buckets WHERE name = ?"), &why)
                || !prepared(insertBucket,
                             QStringLiteral("INSERT INTO buckets(name, type, client, hostname, created, data) "
                                            "VALUES (?, ?, ?, ?, ?, ?)"),
                             &why)
                || !prepared(
                    updateBucket,
                    QStringLiteral("UPDATE buckets SET type = ?, client = ?, hostname = ?, data = ? WHERE id = "
                                   "? AND (type IS NOT ? OR client IS NOT ? OR hostname IS NOT ? OR data "
                                   "IS NOT ?)"),
                    &why)
                || !prepared(tail,
                             QStringLiteral("SELECT starttime, endtime, CAST(data AS BLOB) FROM events WHERE "
                                            "bucketrow = ? AND starttime >= ? ORDER BY starttime, id"),
                             &why)
                || !prepared(lastStart, QStringLiteral("SELECT max(starttime) FROM events WHERE bucketrow = ?"), &why)
                || !prepared(drop, QStringLiteral("DELETE FROM events WHERE bucketrow = ? AND starttime >= ?"), &why)
                || !prepared(insertEvent,
                             QStringLiteral("INSERT INTO events(bucketrow, starttime, endtime, data) VALUES (?, ?, ?, "
                                            "?)"),
                             &why)
                || !prepared(events,
                             QStringLiteral("SELECT starttime, endtime, CAST(data AS BLOB) FROM events WHERE "
                                            "bucketrow = ? AND starttime >= ? ORDER BY starttime, id"),
                             &why))
                return false;
            while (buckets.next()) {
                const QString name = sql::text(buckets, 1);
                const QByteArray data = buckets.value(6).toByteArray();
                if (SyncFolder::isSyncedCopy(name, json::parseObject(data, nullptr).value_or(QJsonObject())))
                    continue;
                findRow.addBindValue(name);
                if (!run(findRow, &why))
                    return false;
                qint64 row = 0;
                if (findRow.next()) {
                    row = findRow.value(0).toLongLong();
                    findRow.finish();
                    const QVariantList fields{sql::text(buckets, 2), sql::text(buckets, 3), sql::text(buckets, 4),
                                              QString::fromUtf8(data)};
                    for (const QVariant &value : fields + QVariantList{row} + fields)
                        updateBucket.addBindValue(value);
                    if (!run(updateBucket, &why))
                        return false;
                    changed = changed || updateBucket.numRowsAffected() > 0;
                } else {
                    changed = true;
                    findRow.finish();
                    // aw-server-rust keeps `created` as RFC 3339 text.
                    for (const QVariant &value : {QVariant(name), QVariant(sql::text(buckets, 2)),
                                                  QVariant(sql::text(buckets, 3)), QVariant(sql::text(buckets, 4)),
                                                  QVariant(Timestamp::toRfc3339(buckets.value(5).toLongLong())),
                                                  QVariant(QString::fromUtf8(data))})
                        insertBucket.addBindValue(value);
                    if (!run(insertBucket, &why))
                        return false;
                    row = insertBucket.lastInsertId().toLongLong();
                }
                ++done.buckets;
                lastStart.addBindValue(row);
                if (!run(lastStart, &why))
                    return false;
                if (!lastStart.next())
                    return (why = sql::describe(lastStart.lastError())), false;
                const QVariant last = lastStart.value(0);
                lastStart.finish();
                const qint64 from = last.isNull() ? std::numeric_limits<qint64>::min() : last.toLongLong();
                // What the file holds from there on, to tell whether anything changed.
                struct Row
                {
                    qint64 start;
                    qint64 end;
                    QByteArray data;
                    bool operator==(const Row &) const = default;
                };
                QList<Row> before;
                tail.addBindValue(row);
                tail.addBindValue(from);
                if (!run(tail, &why))
                    return false;
                while (tail.next())
                    before.append(
                        {tail.value(0).toLongLong(), tail.value(1).toLongLong(), tail.value(2).toByteArray()});
                tail.finish();
                qsizetype index = 0;
                drop.addBindValue(row);
                drop.addBindValue(from);
                if (!run(drop, &why))
                    return false;
                events.addBindValue(buckets.value(0).toLongLong());
                events.addBindValue(from);
                if (!run(events, &why))
                    return false;
                while (events.next()) {
                    const Row now{events.value(0).toLongLong(), events.value(1).toLongLong(),
                                  events.value(2).toByteArray()};
                    changed = changed || index >= before.size() || !(before.at(index) == now);
                    ++index;
                    insertEvent.addBindValue(row);
                    insertEvent.addBindValue(events.value(0).toLongLong());
                    insertEvent.addBindValue(events.value(1).toLongLong());
                    insertEvent.addBindValue(QString::fromUtf8(events.value(2).toByteArray()));
                    if (!run(insertEvent, &why))
                        return false;
                    ++done.events;
                }
                if (events.lastError().isValid())
                    return (why = sql::describe(events.lastError())), false;
                events.finish();
                changed = changed || index != before.size();
            }
            if (!changed) {
                done.events = 0;
                return sql::exec(file, QStringLiteral("ROLLBACK"), &why);
            }
            return sql::exec(file, QStringLiteral("COMMIT"), &why);
        }();
        if (!ok) {
            QString ignored;
            sql::exec(file, QStringLiteral("ROLLBACK"), &ignored);
        }
        file.close();
    }
    QSqlDatabase::removeDatabase(fileName);
    if (!ok)
        return fail(why);
    if (!changed) {
        QFile::remove(temporary);
        if (result)
            *result = done;
        return true;
    }
    // Replaces test.db in one step (rename(2); MoveFileEx with REPLACE_EXISTING on Windows).
    std::error_code code;
    std::filesystem::rename(std::filesystem::path(temporary.toStdU16String()),
                            std::filesystem::path(target.toStdU16String()), code);
    if (code)
        return fail(QString::fromLocal8Bit(code.message()));
    if (result)
        *result = done;
    return true;
}

} // namespace stint
