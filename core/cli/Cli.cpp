#include "cli/Cli.h"

#include "model/Json.h"
#include "model/Timestamp.h"
#include "storage/EventReader.h"
#include "storage/Schema.h"
#include "storage/SqlUtil.h"
#include "storage/SqliteConnection.h"
#include "util/DataLocation.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

namespace stint {
namespace {

QString tr(const char *text, const char *disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("Cli", text, disambiguation, n);
}

QString localTime(qint64 nanos)
{
    return Timestamp::toDateTime(nanos).toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
}

QString formatDuration(qint64 nanos)
{
    const qint64 seconds = nanos / Timestamp::kNanosPerSecond;
    return QStringLiteral("%1:%2:%3")
        .arg(seconds / 3600)
        .arg(seconds / 60 % 60, 2, 10, QLatin1Char('0'))
        .arg(seconds % 60, 2, 10, QLatin1Char('0'));
}

// Left-aligned columns, each as wide as its widest cell.
void printTable(QTextStream &out, const QList<QStringList> &rows)
{
    QList<qsizetype> widths;
    for (const QStringList &row : rows) {
        for (qsizetype i = 0; i < row.size(); ++i) {
            if (widths.size() <= i)
                widths.append(0);
            widths[i] = std::max(widths[i], row[i].size());
        }
    }
    for (const QStringList &row : rows) {
        QString line;
        for (qsizetype i = 0; i < row.size(); ++i)
            line += i + 1 < row.size() ? row[i].leftJustified(widths[i] + 2) : row[i];
        out << line << Qt::endl;
    }
}

const QString kUsage =
    QStringLiteral("Commands:\n"
                   "  buckets [--json]                 list buckets with their first/last event and count\n"
                   "  events BUCKET [--start T] [--end T] [--limit N] [--json]\n"
                   "                                   list a bucket's events, newest first\n"
                   "  check                            check the database (integrity, schema, journal mode)\n"
                   "Times T: RFC 3339 (2026-11-24T09:30:00Z) or local (2026-11-24, 2026-11-24T09:30).\n");

} // namespace

Cli::Cli(QTextStream &out, QTextStream &err)
    : m_out(out)
    , m_err(err)
{
}

std::optional<qint64> Cli::parseTime(const QString &text)
{
    if (const auto utc = Timestamp::parseRfc3339(text))
        return utc;
    for (const QString &format :
         {QStringLiteral("yyyy-MM-dd"), QStringLiteral("yyyy-MM-ddTHH:mm"), QStringLiteral("yyyy-MM-ddTHH:mm:ss"),
          QStringLiteral("yyyy-MM-dd HH:mm"), QStringLiteral("yyyy-MM-dd HH:mm:ss")}) {
        QDateTime local = QDateTime::fromString(text, format);
        if (local.isValid())
            return Timestamp::fromDateTime(local);
    }
    return std::nullopt;
}

int Cli::run(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Reads what Stint has recorded.") + u'\n' + kUsage);
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOptions(DataLocation::commandLineOptions());
    const QCommandLineOption json(QStringLiteral("json"), tr("Print JSON (ActivityWatch's format)."));
    const QCommandLineOption start(QStringLiteral("start"), tr("Only events that end at or after <time>."), tr("time"));
    const QCommandLineOption end(QStringLiteral("end"), tr("Only events that start at or before <time>."), tr("time"));
    const QCommandLineOption limit(QStringLiteral("limit"), tr("At most <n> events."), tr("n"));
    parser.addOptions({json, start, end, limit});
    parser.addPositionalArgument(QStringLiteral("command"), tr("buckets, events or check"));

    if (!parser.parse(arguments)) {
        m_err << parser.errorText() << Qt::endl;
        return Usage;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        m_out << parser.helpText() << Qt::flush;
        return Ok;
    }
    if (parser.isSet(QStringLiteral("version"))) {
        m_out << QCoreApplication::applicationName() << u' ' << QCoreApplication::applicationVersion() << Qt::endl;
        return Ok;
    }
    const QStringList positional = parser.positionalArguments();
    if (positional.isEmpty()) {
        m_err << tr("No command given.") << u'\n' << kUsage << Qt::flush;
        return Usage;
    }
    const QString path = DataLocation::fromParser(parser).databasePath();
    const QString &command = positional.first();

    if (command == QStringLiteral("buckets") && positional.size() == 1)
        return listBuckets(path, parser.isSet(json));
    if (command == QStringLiteral("check") && positional.size() == 1)
        return check(path);
    if (command == QStringLiteral("events") && positional.size() == 2) {
        std::optional<qint64> from;
        std::optional<qint64> to;
        for (auto [option, target] : {std::pair{&start, &from}, std::pair{&end, &to}}) {
            if (!parser.isSet(*option))
                continue;
            *target = parseTime(parser.value(*option));
            if (!*target) {
                m_err << tr("Cannot read the time '%1'; use RFC 3339 or YYYY-MM-DD[THH:MM[:SS]].")
                             .arg(parser.value(*option))
                      << Qt::endl;
                return Usage;
            }
        }
        int count = -1;
        if (parser.isSet(limit)) {
            bool ok = false;
            count = parser.value(limit).toInt(&ok);
            if (!ok || count < 0) {
                m_err << tr("--limit takes a whole number of at least 0, not '%1'.").arg(parser.value(limit))
                      << Qt::endl;
                return Usage;
            }
        }
        return listEvents(path, positional.at(1), from, to, count, parser.isSet(json));
    }
    m_err << tr("Unknown command or wrong arguments: %1").arg(positional.join(u' ')) << u'\n' << kUsage << Qt::flush;
    return Usage;
}

int Cli::listBuckets(const QString &path, bool asJson)
{
    EventReader reader(path);
    const auto buckets = reader.isOpen() ? reader.buckets() : std::nullopt;
    if (!buckets) {
        m_err << reader.error() << Qt::endl;
        return Problem;
    }
    if (asJson) {
        QJsonObject all;
        for (const Bucket &bucket : *buckets)
            all.insert(bucket.id, bucket.toJson());
        m_out << QString::fromUtf8(QJsonDocument(all).toJson(QJsonDocument::Indented)) << Qt::flush;
        return Ok;
    }
    QList<QStringList> rows{{tr("ID"), tr("TYPE"), tr("HOST"), tr("EVENTS"), tr("FIRST"), tr("LAST")}};
    for (const Bucket &bucket : *buckets) {
        rows.append({bucket.id, bucket.type, bucket.hostname, QString::number(bucket.eventCount),
                     bucket.firstStart ? localTime(*bucket.firstStart) : QStringLiteral("-"),
                     bucket.lastEnd ? localTime(*bucket.lastEnd) : QStringLiteral("-")});
    }
    printTable(m_out, rows);
    return Ok;
}

int Cli::listEvents(const QString &path, const QString &bucketId, std::optional<qint64> start,
                    std::optional<qint64> end, int limit, bool asJson)
{
    EventReader reader(path);
    const auto events = reader.isOpen() ? reader.events(bucketId, {start, end}, limit) : std::nullopt;
    if (!events) {
        m_err << reader.error() << Qt::endl;
        return Problem;
    }
    if (asJson) {
        QJsonArray array;
        for (const Event &event : *events)
            array.append(event.toJson());
        m_out << QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented)) << Qt::flush;
        return Ok;
    }
    QList<QStringList> rows{{tr("ID"), tr("START"), tr("DURATION"), tr("DATA")}};
    for (const Event &event : *events) {
        rows.append({QString::number(event.id), localTime(event.start), formatDuration(event.duration),
                     QString::fromUtf8(json::toCompact(event.data))});
    }
    printTable(m_out, rows);
    return Ok;
}

int Cli::check(const QString &path)
{
    const QString where = QDir::toNativeSeparators(path);
    if (!QFileInfo::exists(path)) {
        m_out << tr("database: %1").arg(where) << u'\n'
              << tr("no database yet: nothing has been recorded in this location") << Qt::endl;
        return Ok;
    }
    m_out << tr("database: %1").arg(where) << Qt::endl;
    const QString name = SqliteConnection::uniqueName(QStringLiteral("stint-check"));
    QString error;
    if (!SqliteConnection::openReader(name, path, &error)) {
        m_err << tr("problem: %1").arg(error) << Qt::endl;
        return Problem;
    }
    bool healthy = true;
    {
        QSqlDatabase db = QSqlDatabase::database(name, false);
        const QVariant version = sql::scalar(db, QStringLiteral("PRAGMA user_version"), &error);
        const QVariant journal = sql::scalar(db, QStringLiteral("PRAGMA journal_mode"), &error);
        m_out << tr("schema version: %1 (this build: %2)").arg(version.toInt()).arg(Schema::kVersion) << u'\n'
              << tr("journal mode: %1").arg(journal.toString()) << Qt::endl;
        if (journal.toString().compare(QStringLiteral("wal"), Qt::CaseInsensitive) != 0)
            m_out << tr("note: the database is not in WAL mode; readers may wait for commits") << Qt::endl;

        QSqlQuery integrity(db);
        QStringList problems;
        if (!integrity.exec(QStringLiteral("PRAGMA integrity_check"))) {
            problems << sql::describe(integrity.lastError());
        } else {
            while (integrity.next()) {
                const QString line = integrity.value(0).toString();
                if (line != QStringLiteral("ok"))
                    problems << line;
            }
        }
        if (problems.isEmpty()) {
            m_out << tr("integrity: ok") << Qt::endl;
        } else {
            healthy = false;
            m_out << tr("integrity: %n problem(s)", nullptr, int(problems.size())) << Qt::endl;
            for (const QString &problem : problems)
                m_err << u"  " << problem << Qt::endl;
        }
    }
    SqliteConnection::close(name);
    return healthy ? Ok : Problem;
}

} // namespace stint
