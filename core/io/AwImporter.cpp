#include "io/AwImporter.h"

#include "model/Json.h"
#include "model/Timestamp.h"
#include "storage/SqlUtil.h"
#include "storage/SqliteConnection.h"
#include "util/UnicodeText.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

#include <vector>

namespace stint {
namespace {

// Walks JSON text without building it: finds where values start and end, and hands single
// values to the real parser. Structure errors carry the line and column.
class JsonCursor
{
public:
    explicit JsonCursor(QByteArrayView text)
        : m_text(text)
    {
    }

    qsizetype pos() const { return m_pos; }
    void setPos(qsizetype pos) { m_pos = pos; }
    bool atEnd()
    {
        skipSpace();
        return m_pos >= m_text.size();
    }

    QString where(qsizetype at) const
    {
        qsizetype line = 1;
        qsizetype lineStart = 0;
        for (qsizetype i = 0; i < at && i < m_text.size(); ++i) {
            if (m_text[i] == '\n') {
                ++line;
                lineStart = i + 1;
            }
        }
        return QCoreApplication::translate("AwImporter", "line %1, column %2").arg(line).arg(at - lineStart + 1);
    }

    bool fail(const QString &message, QString *error) const
    {
        if (error)
            *error = QCoreApplication::translate("AwImporter", "%1: %2").arg(where(m_pos), message);
        return false;
    }

    void skipSpace()
    {
        while (m_pos < m_text.size()
               && (m_text[m_pos] == ' ' || m_text[m_pos] == '\n' || m_text[m_pos] == '\r' || m_text[m_pos] == '\t'))
            ++m_pos;
    }

    bool peek(char c)
    {
        skipSpace();
        return m_pos < m_text.size() && m_text[m_pos] == c;
    }

    bool accept(char c)
    {
        if (!peek(c))
            return false;
        ++m_pos;
        return true;
    }

    bool expect(char c, QString *error)
    {
        if (accept(c))
            return true;
        return fail(m_pos >= m_text.size()
                        ? QCoreApplication::translate("AwImporter", "the file ends too early (expected '%1')")
                              .arg(QLatin1Char(c))
                        : QCoreApplication::translate("AwImporter", "expected '%1'").arg(QLatin1Char(c)),
                    error);
    }

    // The end of the value starting here; brackets are matched without recursion.
    std::optional<qsizetype> skipValue(QString *error)
    {
        skipSpace();
        const qsizetype start = m_pos;
        std::vector<char> open;
        qsizetype i = m_pos;
        do {
            if (i >= m_text.size()) {
                m_pos = i;
                fail(QCoreApplication::translate("AwImporter", "the file ends inside a value that starts at %1")
                         .arg(where(start)),
                     error);
                return std::nullopt;
            }
            const char c = m_text[i];
            if (c == '"') {
                const qsizetype opened = i;
                for (++i; i < m_text.size() && m_text[i] != '"'; ++i) {
                    if (m_text[i] == '\\')
                        ++i;
                }
                if (i >= m_text.size()) {
                    m_pos = opened;
                    fail(QCoreApplication::translate("AwImporter", "the file ends inside a string"), error);
                    return std::nullopt;
                }
                ++i;
            } else if (c == '{' || c == '[') {
                open.push_back(c == '{' ? '}' : ']');
                ++i;
            } else if (c == '}' || c == ']') {
                if (open.empty() || open.back() != c) {
                    m_pos = i;
                    fail(QCoreApplication::translate("AwImporter", "unexpected '%1'").arg(QLatin1Char(c)), error);
                    return std::nullopt;
                }
                open.pop_back();
                ++i;
            } else if (open.empty()) {
                // A scalar: up to the next delimiter.
                while (i < m_text.size() && !QByteArrayView(",}] \t\r\n").contains(m_text[i]))
                    ++i;
                if (i == start) {
                    m_pos = i;
                    fail(QCoreApplication::translate("AwImporter", "expected a value"), error);
                    return std::nullopt;
                }
            } else {
                ++i;
            }
        } while (!open.empty());
        m_pos = i;
        return i;
    }

    std::optional<QJsonValue> value(QString *error)
    {
        skipSpace();
        const qsizetype start = m_pos;
        const auto end = skipValue(error);
        if (!end)
            return std::nullopt;
        QString why;
        auto parsed = json::parseValue(m_text.sliced(start, *end - start), &why);
        if (!parsed) {
            m_pos = start;
            fail(why, error);
        }
        return parsed;
    }

    std::optional<QString> key(QString *error)
    {
        skipSpace();
        if (!peek('"')) {
            fail(QCoreApplication::translate("AwImporter", "expected a key in double quotes"), error);
            return std::nullopt;
        }
        const auto parsed = value(error);
        if (!parsed)
            return std::nullopt;
        if (!expect(':', error))
            return std::nullopt;
        return parsed->toString();
    }

private:
    QByteArrayView m_text;
    qsizetype m_pos = 0;
};

class JsonImport
{
public:
    JsonImport(QByteArrayView text, ImportSink &sink)
        : m_cursor(text)
        , m_sink(sink)
    {
    }

    bool run(QString *error)
    {
        if (!m_cursor.expect('{', error))
            return false;
        bool found = false;
        bool first = true;
        while (!m_cursor.accept('}')) {
            if (!first && !m_cursor.expect(',', error))
                return false;
            first = false;
            const auto key = m_cursor.key(error);
            if (!key)
                return false;
            if (*key != QStringLiteral("buckets")) {
                if (!m_cursor.skipValue(error))
                    return false;
                continue;
            }
            found = true;
            if (!buckets(error))
                return false;
        }
        if (!found)
            return m_cursor.fail(
                QCoreApplication::translate("AwImporter", "this is not an ActivityWatch export: it has no \"buckets\""),
                error);
        if (!m_cursor.atEnd())
            return m_cursor.fail(QCoreApplication::translate("AwImporter", "unexpected text after the export"), error);
        return true;
    }

private:
    bool buckets(QString *error)
    {
        const bool isArray = m_cursor.accept('[');
        if (!isArray && !m_cursor.expect('{', error))
            return false;
        const char close = isArray ? ']' : '}';
        bool first = true;
        while (!m_cursor.accept(close)) {
            if (!first && !m_cursor.expect(',', error))
                return false;
            first = false;
            QString id;
            if (!isArray) {
                const auto key = m_cursor.key(error);
                if (!key)
                    return false;
                id = *key;
            }
            if (!bucket(id, error))
                return false;
        }
        return true;
    }

    // Reads the bucket's fields first (wherever "events" is), creates it, then its events.
    bool bucket(QString id, QString *error)
    {
        const qsizetype start = m_cursor.pos();
        if (!m_cursor.expect('{', error))
            return false;
        QJsonObject fields;
        std::optional<qsizetype> events;
        bool first = true;
        while (!m_cursor.accept('}')) {
            if (!first && !m_cursor.expect(',', error))
                return false;
            first = false;
            const auto key = m_cursor.key(error);
            if (!key)
                return false;
            if (*key == QStringLiteral("events")) {
                m_cursor.skipSpace();
                events = m_cursor.pos();
                if (!m_cursor.skipValue(error))
                    return false;
                continue;
            }
            const auto value = m_cursor.value(error);
            if (!value)
                return false;
            fields.insert(*key, *value);
        }
        const qsizetype end = m_cursor.pos();
        if (id.isEmpty())
            id = fields.value(QStringLiteral("id")).toString();
        QString why;
        const auto parsed = Bucket::fromJson(id, fields, &why);
        if (!parsed) {
            m_cursor.setPos(start);
            return m_cursor.fail(QCoreApplication::translate("AwImporter", "bucket '%1': %2").arg(id, why), error);
        }
        if (!m_sink.startBucket(*parsed, error))
            return false;
        if (events) {
            m_cursor.setPos(*events);
            if (!eventList(id, error)) {
                QString ignored;
                m_sink.finishBucket(false, &ignored);
                return false;
            }
        }
        m_cursor.setPos(end);
        return m_sink.finishBucket(true, error);
    }

    bool eventList(const QString &bucketId, QString *error)
    {
        if (!m_cursor.expect('[', error))
            return false;
        qint64 index = 0;
        while (!m_cursor.accept(']')) {
            if (index > 0 && !m_cursor.expect(',', error))
                return false;
            ++index;
            m_cursor.skipSpace();
            const qsizetype at = m_cursor.pos();
            const auto value = m_cursor.value(error);
            if (!value)
                return false;
            QString why = QCoreApplication::translate("AwImporter", "an event must be a JSON object");
            const auto event = value->isObject() ? Event::fromJson(value->toObject(), &why) : std::nullopt;
            if (!event) {
                m_cursor.setPos(at);
                return m_cursor.fail(QCoreApplication::translate("AwImporter", "bucket '%1', event %2: %3")
                                         .arg(bucketId)
                                         .arg(index)
                                         .arg(why),
                                     error);
            }
            if (!m_sink.add(*event, error))
                return false;
        }
        return true;
    }

    JsonCursor m_cursor;
    ImportSink &m_sink;
};

} // namespace

AwImporter::AwImporter(Datastore &store, EventReader &reader)
    : m_store(store)
    , m_reader(reader)
{
}

ImportReport AwImporter::importJson(QByteArrayView json)
{
    ImportReport report;
    QString error;
    const auto refuse = [&report, &error] {
        report.error = QCoreApplication::translate("AwImporter", "The file cannot be imported as it is: %1").arg(error);
        return report;
    };
    json = json::withoutByteOrderMark(json);
    if (!json::checkBeforeParsing(json, &error))
        return refuse();
    // The whole source is read once before anything is stored: a malformed one is refused untouched.
    {
        ImportReport unused;
        ImportSink check(m_store, m_reader, unused);
        check.setCheckOnly(true);
        if (!JsonImport(json, check).run(&error)) {
            report.error = error;
            return report;
        }
    }
    if (!json::checkAfterParsing(json, &error)) // once the text is known to be JSON
        return refuse();
    ImportSink sink(m_store, m_reader, report);
    sink.setBatchSize(m_batchSize);
    sink.setProgress(m_progress);
    if (!sink.begin(&error) || !JsonImport(json, sink).run(&error) || !sink.finish(&error)) {
        QString ignored;
        sink.finish(&ignored);
        report.error = error;
    }
    return report;
}

ImportReport AwImporter::importFile(const QString &path)
{
    ImportReport report;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        report.error = QCoreApplication::translate("AwImporter", "Cannot open %1: %2").arg(path, file.errorString());
        return report;
    }
    if (file.size() == 0) {
        report.error = QCoreApplication::translate("AwImporter", "%1 is empty.").arg(path);
        return report;
    }
    if (file.peek(16) == QByteArrayView("SQLite format 3\0", 16)) {
        file.close();
        return importSqlite(path);
    }
    const uchar *mapped = file.map(0, file.size());
    if (mapped)
        return importJson(QByteArrayView(reinterpret_cast<const char *>(mapped), file.size()));
    const QByteArray all = file.readAll(); // file systems that cannot map
    return importJson(all);
}

ImportReport AwImporter::importSqlite(const QString &path)
{
    ImportReport report;
    const QString name = SqliteConnection::uniqueName(QStringLiteral("stint-import"));
    QString error;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        const auto run = [&](ImportSink &sink) -> bool {
            if (!db.open())
                return (error = QCoreApplication::translate("AwImporter", "Cannot open %1: %2")
                                    .arg(path, db.lastError().text())),
                       false;
            QSqlQuery buckets(db);
            buckets.setForwardOnly(true);
            if (!buckets.exec(QStringLiteral("SELECT id, CAST(name AS BLOB), CAST(type AS BLOB), CAST(client AS BLOB), "
                                             "CAST(hostname AS BLOB), created, CAST(data AS BLOB) FROM buckets "
                                             "ORDER BY name"))) {
                return (error = QCoreApplication::translate(
                                    "AwImporter", "%1 is not an ActivityWatch database (no buckets table: %2)")
                                    .arg(path, buckets.lastError().text())),
                       false;
            }
            if (!sink.begin(&error))
                return false;
            struct Row
            {
                qint64 row;
                Bucket bucket;
            };
            std::vector<Row> rows;
            while (buckets.next()) {
                Bucket bucket;
                bucket.id = sql::text(buckets, 1); // for the message below; replaced once checked
                // SQLite keeps any bytes as text; a name that is not UTF-8 could not come back as it was.
                const struct
                {
                    int column;
                    QString *field;
                    const char *name;
                } texts[] = {{1, &bucket.id, "name"},
                             {2, &bucket.type, "type"},
                             {3, &bucket.client, "client"},
                             {4, &bucket.hostname, "hostname"}};
                for (const auto &text : texts) {
                    const QByteArray bytes = buckets.value(text.column).toByteArray();
                    if (!QByteArrayView(bytes).isValidUtf8())
                        return (error =
                                    QCoreApplication::translate("AwImporter", "bucket '%1': its %2 is not valid UTF-8")
                                        .arg(bucket.id, QLatin1StringView(text.name))),
                               false;
                    *text.field = unicode::fromUtf8(bytes);
                }
                const QVariant created = buckets.value(5);
                // aw-server-rust keeps RFC 3339 text; Stint's own files keep nanoseconds.
                const auto parsed = created.typeId() == QMetaType::QString
                    ? Timestamp::parseRfc3339(created.toString())
                    : std::optional<qint64>(created.toLongLong());
                if (!parsed)
                    return (error =
                                QCoreApplication::translate("AwImporter", "bucket '%1': 'created' is not a date: %2")
                                    .arg(bucket.id, created.toString())),
                           false;
                bucket.created = *parsed;
                // Databases from before buckets had data hold none.
                const QByteArray dataText = buckets.value(6).toByteArray();
                if (!dataText.trimmed().isEmpty()) {
                    QString why;
                    const auto data = json::parseExternalObject(dataText, &why);
                    if (!data)
                        return (error = QCoreApplication::translate("AwImporter",
                                                                    "bucket '%1': its data cannot be kept as it is: %2")
                                            .arg(bucket.id, why)),
                               false;
                    bucket.data = *data;
                }
                rows.push_back({buckets.value(0).toLongLong(), bucket});
            }
            buckets.finish();
            for (const Row &row : rows) {
                if (!sink.startBucket(row.bucket, &error))
                    return false;
                QSqlQuery events(db);
                events.setForwardOnly(true);
                events.prepare(QStringLiteral("SELECT starttime, endtime, CAST(data AS BLOB) FROM events WHERE "
                                              "bucketrow = ? ORDER BY starttime, id"));
                events.addBindValue(row.row);
                if (!events.exec())
                    return (error = QCoreApplication::translate("AwImporter", "Cannot read the events of '%1': %2")
                                        .arg(row.bucket.id, events.lastError().text())),
                           false;
                // A bad event ends the bucket unfinished and the import with `message`.
                const auto refuseEvent = [&](const QString &message) {
                    QString ignored;
                    sink.finishBucket(false, &ignored);
                    error = message;
                    return false;
                };
                QHash<QByteArray, QJsonObject> parsedData;
                while (events.next()) {
                    const qint64 start = events.value(0).toLongLong();
                    const qint64 end = events.value(1).toLongLong();
                    const QByteArray text = events.value(2).toByteArray();
                    auto found = parsedData.constFind(text);
                    if (found == parsedData.constEnd()) {
                        QString why;
                        // aw-server-rust writes whole numbers up to 2^64 - 1 exactly, and SQLite
                        // keeps any bytes: what Stint could not keep as written is refused.
                        const auto object = json::parseExternalObject(text, &why);
                        if (!object)
                            return refuseEvent(
                                QCoreApplication::translate(
                                    "AwImporter", "bucket '%1', event at %2: its data cannot be kept as it is: %3")
                                    .arg(row.bucket.id, Timestamp::toRfc3339(start), why));
                        found = parsedData.insert(text, *object);
                    }
                    if (end < start)
                        return refuseEvent(
                            QCoreApplication::translate("AwImporter", "bucket '%1', event at %2 ends before it starts")
                                .arg(row.bucket.id, Timestamp::toRfc3339(start)));
                    if (!sink.add(Event{0, start, end - start, found.value()}, &error))
                        return false;
                }
                if (!sink.finishBucket(true, &error))
                    return false;
            }
            return sink.finish(&error);
        };
        // As for JSON: the whole database is read once before anything is stored.
        ImportReport unused;
        ImportSink check(m_store, m_reader, unused);
        check.setCheckOnly(true);
        ImportSink sink(m_store, m_reader, report);
        sink.setBatchSize(m_batchSize);
        sink.setProgress(m_progress);
        if (!run(check)) {
            report.error = error;
        } else if (!run(sink)) {
            QString ignored;
            sink.finish(&ignored);
            report.error = error;
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return report;
}

} // namespace stint
