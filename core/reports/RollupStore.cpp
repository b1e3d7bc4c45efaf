#include "reports/RollupStore.h"

#include "storage/SqlUtil.h"
#include "storage/SqliteConnection.h"
#include "util/Logging.h"

#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace stint {
namespace {

// Bump when the layout or the meaning of the stored data changes; older files start afresh.
// 3: texts are UTF-16 blobs.
constexpr int kFormat = 3;
// Texts added by one statement: 300 parameters, below the 999 of older SQLite builds.
constexpr size_t kTextsPerInsert = 100;

// A null QString binds as SQL NULL; "all hosts" is stored as "".
QString notNull(const QString &text)
{
    return text.isNull() ? u""_s : text;
}

// Texts are kept as their UTF-16 code units, not as SQLite text: SQLite's conversion to UTF-8
// joins a lone surrogate (a Windows title can have one) with whatever follows, so such a title
// came back changed. As a blob (in this machine's byte order: the file is its cache) it comes
// back unchanged, and reading it is a copy.
QByteArray unitsOf(const QString &text)
{
    if (text.isEmpty())
        return QByteArray(""); // empty, not null: a null one binds as SQL NULL
    return {reinterpret_cast<const char *>(text.utf16()), text.size() * qsizetype(sizeof(char16_t))};
}

QString textOf(const QByteArray &units)
{
    return QString(reinterpret_cast<const QChar *>(units.constData()), units.size() / qsizetype(sizeof(char16_t)));
}

} // namespace

RollupStore::RollupStore(QString path)
    : m_path(std::move(path))
    , m_connectionName(SqliteConnection::uniqueName(u"stint-rollups"_s))
{
}

RollupStore::~RollupStore()
{
    if (m_open)
        SqliteConnection::close(m_connectionName);
}

bool RollupStore::open()
{
    if (m_open || m_failed)
        return m_open;
    const auto attempt = [this] {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, m_connectionName);
        db.setDatabaseName(m_path);
        db.setConnectOptions(u"QSQLITE_BUSY_TIMEOUT=5000"_s);
        if (!db.open()) {
            m_error = sql::describe(db.lastError());
            return false;
        }
        // A lost rollup is rebuilt, so the file needs no fsync of its own.
        if (!sql::exec(db, u"PRAGMA journal_mode=WAL"_s, &m_error)
            || !sql::exec(db, u"PRAGMA synchronous=OFF"_s, &m_error)
            // A fresh engine reads the whole year's entries: mapped, its pages are not copied
            // through a read() each (stint-bench query, year warm).
            || !sql::exec(db, u"PRAGMA mmap_size=268435456"_s, &m_error))
            return false;
        const QVariant format = sql::scalar(db, u"PRAGMA user_version"_s, &m_error);
        if (!format.isValid())
            return false;
        if (format.toInt() != kFormat) {
            if (!sql::exec(db, u"DROP TABLE IF EXISTS days"_s, &m_error)
                || !sql::exec(db, u"DROP TABLE IF EXISTS texts"_s, &m_error)
                || !sql::exec(db,
                              u"CREATE TABLE days (config TEXT NOT NULL, host TEXT NOT NULL, day INTEGER NOT NULL,"
                              " stamp INTEGER NOT NULL, calendar INTEGER NOT NULL, totals BLOB NOT NULL,"
                              " texts BLOB NOT NULL, PRIMARY KEY (config, host, day)) WITHOUT ROWID"_s,
                              &m_error)
                || !sql::exec(db,
                              u"CREATE TABLE texts (id INTEGER PRIMARY KEY, name BLOB NOT NULL, detail BLOB NOT NULL,"
                              " UNIQUE (name, detail))"_s,
                              &m_error)
                || !sql::exec(db, u"PRAGMA user_version = %1"_s.arg(kFormat), &m_error))
                return false;
        }
        return true;
    };
    m_open = attempt();
    if (!m_open) {
        // Whatever is wrong with the file, it only held a cache.
        qCWarning(lcRead) << "Rollup cache" << m_path << "unusable, starting afresh:" << m_error;
        SqliteConnection::close(m_connectionName);
        for (const QString &suffix : {u""_s, u"-wal"_s, u"-shm"_s})
            QFile::remove(m_path + suffix);
        m_open = attempt();
    }
    if (!m_open) {
        SqliteConnection::close(m_connectionName);
        m_failed = true;
        qCWarning(lcRead) << "Rollup cache" << m_path << "cannot be used; reports read all events:" << m_error;
    }
    return m_open;
}

std::optional<std::vector<RollupStore::Entry>> RollupStore::load(const QString &config, const QString &host,
                                                                 qint64 firstDay, qint64 lastDay, bool withTexts)
{
    if (!open())
        return std::nullopt;
    QSqlQuery q(QSqlDatabase::database(m_connectionName, false));
    q.setForwardOnly(true);
    q.prepare(withTexts ? u"SELECT day, stamp, calendar, totals, texts FROM days"
                          " WHERE config = ? AND host = ? AND day BETWEEN ? AND ?"_s
                        : u"SELECT day, stamp, calendar, totals FROM days"
                          " WHERE config = ? AND host = ? AND day BETWEEN ? AND ?"_s);
    q.addBindValue(config);
    q.addBindValue(notNull(host));
    q.addBindValue(firstDay);
    q.addBindValue(lastDay);
    if (!q.exec()) {
        m_error = sql::describe(q.lastError());
        return std::nullopt;
    }
    std::vector<Entry> entries;
    while (q.next()) {
        entries.push_back({q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toLongLong(),
                           q.value(3).toByteArray(), withTexts ? q.value(4).toByteArray() : QByteArray()});
    }
    return entries;
}

bool RollupStore::readTexts(qint64 firstId, qint64 lastId, const std::function<void(qint64, QString, QString)> &found)
{
    if (!open())
        return false;
    QSqlQuery q(QSqlDatabase::database(m_connectionName, false));
    q.setForwardOnly(true);
    q.prepare(u"SELECT id, name, detail FROM texts WHERE id BETWEEN ? AND ?"_s);
    q.addBindValue(firstId);
    q.addBindValue(lastId);
    if (!q.exec()) {
        m_error = sql::describe(q.lastError());
        return false;
    }
    while (q.next())
        found(q.value(0).toLongLong(), textOf(q.value(1).toByteArray()), textOf(q.value(2).toByteArray()));
    return true;
}

bool RollupStore::store(const QString &config, const QString &host, std::vector<Entry> &entries,
                        const std::function<bool(const TextIds &textIds)> &encode)
{
    if (!open())
        return false;
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    // Immediate: the texts' ids are taken under the write lock, so threads never hand out one twice.
    if (!sql::exec(db, u"BEGIN IMMEDIATE"_s, &m_error))
        return false;
    // Rolls back; `failed` names the statement that went wrong, if it was not already recorded.
    const auto fail = [&](const QSqlQuery *failed) {
        if (failed)
            m_error = sql::describe(failed->lastError());
        QString ignored;
        sql::exec(db, u"ROLLBACK"_s, &ignored);
        return false;
    };
    QSqlQuery q(db);
    if (m_prunedFor != config) {
        q.prepare(u"DELETE FROM days WHERE config != ?"_s);
        q.addBindValue(config);
        if (!q.exec())
            return fail(&q);
    }
    const TextIds textIds = [&](const std::vector<Text> &texts) -> std::optional<std::vector<qint64>> {
        if (texts.empty())
            return std::vector<qint64>();
        const auto failed = [&](const QSqlQuery &query) {
            m_error = sql::describe(query.lastError());
            return std::nullopt;
        };
        // Under the write lock the next ids are ours to hand out. New texts go in many to a
        // statement (a cold year has some 20,000, and one statement each took 110 ms of its 700):
        // when every row of one went in, they have the ids given; otherwise some text was there
        // already, and that statement's texts are looked up one by one.
        QSqlQuery newest(db);
        if (!newest.exec(u"SELECT coalesce(max(id), 0) FROM texts"_s) || !newest.next())
            return failed(newest);
        qint64 next = newest.value(0).toLongLong() + 1;
        newest.finish();
        std::vector<qint64> ids;
        ids.reserve(texts.size());
        QSqlQuery insert(db);
        QSqlQuery find(db);
        find.prepare(u"SELECT id FROM texts WHERE name = ? AND detail = ?"_s);
        qsizetype prepared = 0;
        for (size_t first = 0; first < texts.size(); first += kTextsPerInsert) {
            const qsizetype count = qsizetype(std::min(kTextsPerInsert, texts.size() - first));
            if (count != prepared) {
                QStringList rows(count, u"(?, ?, ?)"_s);
                insert.prepare(u"INSERT OR IGNORE INTO texts (id, name, detail) VALUES "_s + rows.join(u", "_s));
                prepared = count;
            }
            for (qsizetype k = 0; k < count; ++k) {
                insert.addBindValue(next + k);
                insert.addBindValue(unitsOf(texts[first + size_t(k)].first));
                insert.addBindValue(unitsOf(texts[first + size_t(k)].second));
            }
            if (!insert.exec())
                return failed(insert);
            const bool allNew = insert.numRowsAffected() == count;
            for (qsizetype k = 0; k < count; ++k) {
                if (allNew) {
                    ids.push_back(next + k);
                    continue;
                }
                find.addBindValue(unitsOf(texts[first + size_t(k)].first));
                find.addBindValue(unitsOf(texts[first + size_t(k)].second));
                if (!find.exec())
                    return failed(find);
                if (!find.next()) {
                    m_error = u"A text is missing from the rollups file after it was added"_s;
                    return std::nullopt;
                }
                ids.push_back(find.value(0).toLongLong());
                find.finish();
            }
            // The statement's ids are taken or left unused either way; the ones after are free.
            next += count;
        }
        return ids;
    };
    if (!encode(textIds))
        return fail(nullptr);
    q.prepare(u"INSERT OR REPLACE INTO days VALUES (?, ?, ?, ?, ?, ?, ?)"_s);
    for (const Entry &entry : entries) {
        q.addBindValue(config);
        q.addBindValue(notNull(host));
        q.addBindValue(entry.day);
        q.addBindValue(entry.stamp);
        q.addBindValue(entry.calendar);
        q.addBindValue(entry.totals);
        q.addBindValue(entry.texts.isNull() ? QByteArray("") : entry.texts);
        if (!q.exec())
            return fail(&q);
    }
    if (!sql::exec(db, u"COMMIT"_s, &m_error))
        return fail(nullptr);
    m_prunedFor = config;
    return true;
}

} // namespace stint
