#include "sync/SyncFolderReader.h"

#include "model/Json.h"
#include "model/Timestamp.h"
#include "storage/Datastore.h"
#include "storage/EventReader.h"
#include "storage/SqlUtil.h"
#include "storage/SqliteConnection.h"
#include "sync/SyncFolder.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <limits>

namespace stint {
namespace {

// An event as compared between the other device's file and the local copy.
struct Key
{
    qint64 start;
    qint64 end;
    QByteArray data; // compact JSON
    friend bool operator==(const Key &, const Key &) = default;
    friend size_t qHash(const Key &key, size_t seed) { return qHashMulti(seed, key.start, key.end, key.data); }
};

} // namespace

SyncFolderReader::SyncFolderReader(Datastore &store)
    : m_store(store)
{
}

QList<SyncReport::Device> SyncFolderReader::read(EventReader &reader, const QString &directory, const QString &ownHost,
                                                 const QStringList &skipped)
{
    QList<SyncReport::Device> result;
    for (const SyncFolder::Device &found : SyncFolder::devices(directory)) {
        if (found.host == ownHost || skipped.contains(found.host))
            continue; // this computer's own data, also under an older device id
        SyncReport::Device device{found.host, found.deviceId, found.file, 0, 0, false, {}};
        if (found.file.isEmpty()) {
            // Its folder arrived before its file (still syncing): nothing to read yet.
            result.append(device);
            continue;
        }
        const Seen seen{found.size, found.modified};
        if (m_seen.value(found.file) == seen) {
            device.upToDate = true;
            result.append(device);
            continue;
        }
        QString why;
        QTemporaryDir temporary;
        const QString copy = temporary.filePath(QStringLiteral("copy.db"));
        const QString wal = found.file + QStringLiteral("-wal");
        if (!temporary.isValid())
            why = QCoreApplication::translate("SyncFolderReader", "no temporary folder for a copy");
        else if (!QFile::copy(found.file, copy) || (QFile::exists(wal) && !QFile::copy(wal, copy + u"-wal")))
            why = QCoreApplication::translate("SyncFolderReader", "it cannot be copied (locked or being replaced)");
        else if (readFile(reader, copy, &device, &why))
            m_seen.insert(found.file, seen);
        if (!why.isEmpty())
            device.error =
                QCoreApplication::translate("SyncFolderReader", "Skipped %1: %2. It is read again at the next sync.")
                    .arg(QDir::toNativeSeparators(found.file), why);
        result.append(device);
    }
    return result;
}

bool SyncFolderReader::readFile(EventReader &reader, const QString &copy, SyncReport::Device *device, QString *error)
{
    const QString name = SqliteConnection::uniqueName(QStringLiteral("stint-sync-in"));
    bool ok = false;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(copy);
        ok = [&]() -> bool {
            QString why;
            if (!db.open())
                return (*error = sql::describe(db.lastError())), false;
            const QVariant check = sql::scalar(db, QStringLiteral("PRAGMA quick_check"), &why);
            if (check.toString() != QStringLiteral("ok"))
                return (*error = QCoreApplication::translate("SyncFolderReader",
                                                             "it is damaged or not completely synced yet (%1)")
                                     .arg(check.isValid() ? check.toString() : why)),
                       false;
            const int version = sql::scalar(db, QStringLiteral("PRAGMA user_version"), &why).toInt();
            if (version > SyncFolder::kNewestReadable)
                return (*error =
                            QCoreApplication::translate(
                                "SyncFolderReader", "its schema version %1 is newer than this Stint reads (up to %2)")
                                .arg(version)
                                .arg(SyncFolder::kNewestReadable)),
                       false;
            if (version < SyncFolder::kOldestReadable)
                return (*error = QCoreApplication::translate("SyncFolderReader",
                                                             "it is not an ActivityWatch database (schema version %1)")
                                     .arg(version)),
                       false;
            QSqlQuery buckets(db);
            buckets.setForwardOnly(true);
            if (!buckets.exec(QStringLiteral("SELECT id, CAST(name AS BLOB), CAST(type AS BLOB), CAST(client AS "
                                             "BLOB), created, CAST(data AS BLOB) FROM buckets ORDER BY name")))
                return (*error = sql::describe(buckets.lastError())), false;
            struct Row
            {
                qint64 row;
                Bucket bucket;
            };
            QList<Row> rows;
            while (buckets.next()) {
                Bucket bucket;
                const QString remoteId = sql::text(buckets, 1);
                bucket.data = json::parseObject(buckets.value(5).toByteArray(), nullptr).value_or(QJsonObject());
                if (SyncFolder::isSyncedCopy(remoteId, bucket.data))
                    continue; // a third device's data: read from that device's own folder
                bucket.id = SyncFolder::syncedBucketId(remoteId, device->host);
                bucket.type = sql::text(buckets, 2);
                bucket.client = sql::text(buckets, 3);
                bucket.hostname = device->host;
                bucket.data.insert(SyncFolder::kOriginKey, device->host);
                const QVariant created = buckets.value(4);
                bucket.created = created.typeId() == QMetaType::QString
                    ? Timestamp::parseRfc3339(created.toString()).value_or(0)
                    : created.toLongLong();
                rows.append({buckets.value(0).toLongLong(), bucket});
            }
            if (buckets.lastError().isValid())
                return (*error = sql::describe(buckets.lastError())), false;
            buckets.finish();

            for (const Row &row : std::as_const(rows)) {
                const Bucket &bucket = row.bucket;
                const auto exists = reader.bucketExists(bucket.id);
                if (!exists)
                    return (*error = reader.error()), false;
                if (*exists) {
                    // Never write into a bucket of this computer that happens to have the name.
                    const auto local = reader.bucket(bucket.id);
                    if (!local)
                        return (*error = reader.error()), false;
                    if (local->data.value(SyncFolder::kOriginKey).toString() != device->host)
                        return (*error = QCoreApplication::translate("SyncFolderReader",
                                                                     "the local bucket '%1' is not a copy from %2")
                                             .arg(bucket.id, device->host)),
                               false;
                } else {
                    const WriteResult created = m_store.createBucket(bucket).result();
                    if (!created.ok() && created.error != StoreError::AlreadyExists)
                        return (*error = created.message), false;
                }
                // The newest copied event: everything before it is here already.
                const auto newest = reader.events(bucket.id, {}, 1);
                if (!newest)
                    return (*error = reader.error()), false;
                qint64 from = std::numeric_limits<qint64>::min();
                QHash<Key, QList<qint64>> existing;
                if (!newest->isEmpty()) {
                    from = newest->first().start;
                    const auto tail = reader.findEvents(bucket.id, {from, std::nullopt}, {}, 1'000'000);
                    if (!tail)
                        return (*error = reader.error()), false;
                    for (const Event &event : tail->events) {
                        if (event.start >= from)
                            existing[Key{event.start, event.end(), json::toCompact(event.data)}].append(event.id);
                    }
                }
                QSqlQuery events(db);
                events.setForwardOnly(true);
                events.prepare(QStringLiteral("SELECT starttime, endtime, CAST(data AS BLOB) FROM events WHERE "
                                              "bucketrow = ? AND starttime >= ? ORDER BY starttime, id"));
                events.addBindValue(row.row);
                events.addBindValue(from);
                if (!events.exec())
                    return (*error = sql::describe(events.lastError())), false;
                EventList pending;
                const auto flush = [&]() -> bool {
                    if (pending.isEmpty())
                        return true;
                    const WriteResult stored = m_store.insertEvents(bucket.id, pending).result();
                    if (!stored.ok())
                        return (*error = stored.message), false;
                    device->added += pending.size();
                    pending.clear();
                    return true;
                };
                while (events.next()) {
                    const qint64 start = events.value(0).toLongLong();
                    const qint64 end = events.value(1).toLongLong();
                    QString invalid;
                    // Written by Stint or aw-server, yet refused like any outside data Stint could not keep.
                    const auto data = json::parseExternalObject(events.value(2).toByteArray(), &invalid);
                    if (!data || end < start)
                        return (*error = QCoreApplication::translate("SyncFolderReader", "bucket '%1', event at %2: %3")
                                             .arg(bucket.id, Timestamp::toRfc3339(start),
                                                  data ? QCoreApplication::translate("SyncFolderReader",
                                                                                     "it ends before it starts")
                                                       : invalid)),
                               false;
                    const Key key{start, end, json::toCompact(*data)};
                    auto match = existing.find(key);
                    if (match != existing.end() && !match->isEmpty()) {
                        match->removeLast();
                        continue;
                    }
                    pending.append(Event{0, start, end - start, *data});
                    if (pending.size() >= m_batchSize && !flush())
                        return false;
                }
                if (events.lastError().isValid())
                    return (*error = sql::describe(events.lastError())), false;
                if (!flush())
                    return false;
                // Local copies the other device no longer has from that start on: an earlier state
                // of its last event, which has grown since.
                QList<qint64> stale;
                for (const QList<qint64> &ids : std::as_const(existing))
                    stale += ids;
                if (!stale.isEmpty()) {
                    const WriteResult removed = m_store.deleteEvents(bucket.id, stale).result();
                    if (!removed.ok())
                        return (*error = removed.message), false;
                    device->removed += stale.size();
                }
            }
            const CommitResult committed = m_store.forceCommit().result();
            if (!committed.ok())
                return (*error = committed.error), false;
            return true;
        }();
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return ok;
}

} // namespace stint
