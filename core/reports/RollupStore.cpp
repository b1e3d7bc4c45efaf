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
constexpr int kFormat = 1;

// A null QString binds as SQL NULL; "all hosts" is stored as "".
QString notNull(const QString &text)
{
    return text.isNull() ? u""_s : text;
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
            || !sql::exec(db, u"PRAGMA synchronous=OFF"_s, &m_error))
            return false;
        const QVariant format = sql::scalar(db, u"PRAGMA user_version"_s, &m_error);
        if (!format.isValid())
            return false;
        if (format.toInt() != kFormat) {
            if (!sql::exec(db, u"DROP TABLE IF EXISTS days"_s, &m_error)
                || !sql::exec(db,
                              u"CREATE TABLE days (config TEXT NOT NULL, host TEXT NOT NULL, day INTEGER NOT NULL,"
                              " stamp INTEGER NOT NULL, calendar INTEGER NOT NULL, data BLOB NOT NULL,"
                              " PRIMARY KEY (config, host, day)) WITHOUT ROWID"_s,
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
                                                                 qint64 firstDay, qint64 lastDay)
{
    if (!open())
        return std::nullopt;
    QSqlQuery q(QSqlDatabase::database(m_connectionName, false));
    q.setForwardOnly(true);
    q.prepare(u"SELECT day, stamp, calendar, data FROM days WHERE config = ? AND host = ? AND day BETWEEN ? AND ?"_s);
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
        entries.push_back(
            {q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toLongLong(), q.value(3).toByteArray()});
    }
    return entries;
}

bool RollupStore::store(const QString &config, const QString &host, const std::vector<Entry> &entries)
{
    if (!open())
        return false;
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    if (!sql::exec(db, u"BEGIN IMMEDIATE"_s, &m_error))
        return false;
    const auto fail = [&] {
        QString ignored;
        sql::exec(db, u"ROLLBACK"_s, &ignored);
        return false;
    };
    QSqlQuery q(db);
    if (m_prunedFor != config) {
        q.prepare(u"DELETE FROM days WHERE config != ?"_s);
        q.addBindValue(config);
        if (!q.exec()) {
            m_error = sql::describe(q.lastError());
            return fail();
        }
    }
    q.prepare(u"INSERT OR REPLACE INTO days VALUES (?, ?, ?, ?, ?, ?)"_s);
    for (const Entry &entry : entries) {
        q.addBindValue(config);
        q.addBindValue(notNull(host));
        q.addBindValue(entry.day);
        q.addBindValue(entry.stamp);
        q.addBindValue(entry.calendar);
        q.addBindValue(entry.data);
        if (!q.exec()) {
            m_error = sql::describe(q.lastError());
            return fail();
        }
    }
    if (!sql::exec(db, u"COMMIT"_s, &m_error))
        return fail();
    m_prunedFor = config;
    return true;
}

} // namespace stint
