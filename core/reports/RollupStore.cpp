#include "reports/RollupStore.h"

#include "storage/SqlUtil.h"
#include "storage/SqliteConnection.h"
#include "util/Logging.h"

#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

#include <cstring>
#include <utility>

using namespace Qt::StringLiterals;

namespace stint {
namespace {

// Bump when the layout or the meaning of the stored data changes; older files start afresh.
// 3: texts are UTF-16 blobs. 4: texts are read from pages.
constexpr int kFormat = 4;
// Texts added by one statement: 300 parameters, below the 999 of older SQLite builds.
constexpr size_t kTextsPerInsert = 100;
// Ids one text page spans at most: a week of a long history reads the pages of its texts only.
constexpr qint64 kIdsPerPage = 1024;
// A page entry's unit count that marks an id with no text (taken by a statement whose text was
// already in the file).
constexpr quint32 kNoText = 0xffffffff;

// A null QString binds as SQL NULL; "all hosts" is stored as "".
QString notNull(const QString &text)
{
    return text.isNull() ? u""_s : text;
}

// Texts are kept as their UTF-16 code units, not as SQLite text: SQLite's conversion to UTF-8
// joins a lone surrogate (a Windows title can have one) with whatever follows, so such a title
// came back changed. As a blob (in this machine's byte order: the file is its cache) it comes
// back unchanged, and reading it is a copy.
QByteArrayView unitBytes(const QString &text)
{
    return {reinterpret_cast<const char *>(text.utf16()), text.size() * qsizetype(sizeof(char16_t))};
}

// unitBytes() to bind: empty, not null, as a null one binds as SQL NULL.
QByteArray unitsOf(const QString &text)
{
    return text.isEmpty() ? QByteArray("") : unitBytes(text).toByteArray();
}

// A text page holds the texts of consecutive ids, each as its name's and its detail's unit
// counts followed by their units (kNoText: no text under the id).
void appendToPage(QByteArray &page, const RollupStore::Text *text)
{
    const auto appendCount = [&](quint32 count) { page.append(reinterpret_cast<const char *>(&count), sizeof count); };
    if (!text) {
        appendCount(kNoText);
        appendCount(0);
        return;
    }
    appendCount(quint32(text->first.size()));
    appendCount(quint32(text->second.size()));
    page.append(unitBytes(text->first));
    page.append(unitBytes(text->second));
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
                || !sql::exec(db, u"DROP TABLE IF EXISTS text_pages"_s, &m_error)
                || !sql::exec(db,
                              u"CREATE TABLE days (config TEXT NOT NULL, host TEXT NOT NULL, day INTEGER NOT NULL,"
                              " stamp INTEGER NOT NULL, calendar INTEGER NOT NULL, totals BLOB NOT NULL,"
                              " texts BLOB NOT NULL, PRIMARY KEY (config, host, day)) WITHOUT ROWID"_s,
                              &m_error)
                || !sql::exec(db,
                              u"CREATE TABLE texts (id INTEGER PRIMARY KEY, name BLOB NOT NULL, detail BLOB NOT NULL,"
                              " UNIQUE (name, detail))"_s,
                              &m_error)
                // The same texts, many to a row, as they are read: reading a year's 20,000 texts
                // row by row through QtSql took most of the warm year (stint-bench query).
                || !sql::exec(db,
                              u"CREATE TABLE text_pages (last INTEGER PRIMARY KEY, first INTEGER NOT NULL,"
                              " data BLOB NOT NULL)"_s,
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

bool RollupStore::readTexts(qint64 firstId, qint64 lastId, const std::function<bool(qint64)> &wanted,
                            const std::function<void(qint64, QString, QString)> &found)
{
    if (!open())
        return false;
    QSqlQuery q(QSqlDatabase::database(m_connectionName, false));
    q.setForwardOnly(true);
    q.prepare(u"SELECT first, last, data FROM text_pages WHERE last >= ? AND first <= ?"_s);
    q.addBindValue(firstId);
    q.addBindValue(lastId);
    if (!q.exec()) {
        m_error = sql::describe(q.lastError());
        return false;
    }
    const auto damaged = [this] {
        m_error = u"A text page of the rollups file is damaged"_s;
        return false;
    };
    // Texts of one app follow each other: their details share one string.
    QString detail;
    while (q.next()) {
        const qint64 first = q.value(0).toLongLong();
        const qint64 last = q.value(1).toLongLong();
        const QByteArray page = q.value(2).toByteArray();
        const char *at = page.constData();
        const char *const end = at + page.size();
        // The next `bytes` of the page; null when it has fewer left.
        const auto take = [&](qsizetype bytes) -> const char * {
            if (end - at < bytes)
                return nullptr;
            return std::exchange(at, at + bytes);
        };
        for (qint64 id = first; id <= last; ++id) {
            quint32 counts[2];
            const char *head = take(sizeof counts);
            if (!head)
                return damaged();
            std::memcpy(counts, head, sizeof counts);
            if (counts[0] == kNoText)
                continue;
            const char *name = take(qsizetype(counts[0]) * qsizetype(sizeof(char16_t)));
            const char *units = name ? take(qsizetype(counts[1]) * qsizetype(sizeof(char16_t))) : nullptr;
            if (!units)
                return damaged();
            if (id < firstId || id > lastId || !wanted(id))
                continue;
            if (detail.size() != qsizetype(counts[1])
                || std::memcmp(detail.constData(), units, counts[1] * sizeof(char16_t)) != 0)
                detail = QString(reinterpret_cast<const QChar *>(units), qsizetype(counts[1]));
            found(id, QString(reinterpret_cast<const QChar *>(name), qsizetype(counts[0])), detail);
        }
        if (at != end)
            return damaged();
    }
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
    // The added texts (indices into `texts` and `ids`, ascending ids) to the pages, a page
    // spanning at most kIdsPerPage ids; ids between two of them have no text.
    QSqlQuery pages(db);
    const auto writePages = [&](const std::vector<Text> &texts, const std::vector<qint64> &ids,
                                const std::vector<size_t> &added) {
        pages.prepare(u"INSERT INTO text_pages (last, first, data) VALUES (?, ?, ?)"_s);
        for (size_t begin = 0; begin < added.size();) {
            const qint64 first = ids[added[begin]];
            QByteArray page;
            qint64 last = first - 1;
            size_t k = begin;
            for (; k < added.size() && ids[added[k]] - first < kIdsPerPage; ++k) {
                for (; last + 1 < ids[added[k]]; ++last)
                    appendToPage(page, nullptr);
                appendToPage(page, &texts[added[k]]);
                last = ids[added[k]];
            }
            pages.addBindValue(last);
            pages.addBindValue(first);
            pages.addBindValue(page);
            if (!pages.exec())
                return false;
            begin = k;
        }
        return true;
    };
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
        std::vector<size_t> added; // the texts this call added, by index, in ascending ids
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
                    added.push_back(first + size_t(k));
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
                // The ids given in this statement were free before it: one of them is this row's.
                if (ids.back() == next + k)
                    added.push_back(first + size_t(k));
            }
            // The statement's ids are taken or left unused either way; the ones after are free.
            next += count;
        }
        if (!writePages(texts, ids, added))
            return failed(pages);
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
