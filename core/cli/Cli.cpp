#include "cli/Cli.h"

#include "api/AllowedOrigins.h"
#include "api/ApiServer.h"
#include "integration/Autostart.h"
#include "integration/SingleInstance.h"
#include "io/ActivityCsvExporter.h"
#include "io/AwExporter.h"
#include "io/AwImporter.h"
#include "model/Json.h"
#include "model/Timestamp.h"
#include "reports/ReportEngine.h"
#include "settings/SettingKeys.h"
#include "storage/DatabaseBackup.h"
#include "storage/DatabaseCheck.h"
#include "storage/Datastore.h"
#include "storage/EventReader.h"
#include "storage/Schema.h"
#include "util/DataLocation.h"
#include "util/DisplayText.h"
#ifdef STINT_HAS_GNOME_EXTENSION
#include "watchers/dbus/GnomeExtension.h"
#endif

#include <QBuffer>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>

#include <limits>

namespace stint {

// Chinese, Japanese and Korean characters and full-width forms take two columns, combining marks
// none: what wcwidth() says, without depending on the C locale.
qsizetype Cli::displayWidth(QStringView text)
{
    qsizetype width = 0;
    for (const char32_t c : text.toUcs4()) {
        const auto category = QChar::category(c);
        if (category == QChar::Mark_NonSpacing || category == QChar::Mark_Enclosing || c == 0x200B)
            continue;
        const bool wide = (c >= 0x1100 && c <= 0x115F) || (c >= 0x2E80 && c <= 0x303E) || (c >= 0x3041 && c <= 0x33FF)
            || (c >= 0x3400 && c <= 0x4DBF) || (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0xA000 && c <= 0xA4CF)
            || (c >= 0xAC00 && c <= 0xD7A3) || (c >= 0xF900 && c <= 0xFAFF) || (c >= 0xFE30 && c <= 0xFE4F)
            || (c >= 0xFF00 && c <= 0xFF60) || (c >= 0xFFE0 && c <= 0xFFE6) || (c >= 0x1F300 && c <= 0x1F64F)
            || (c >= 0x1F900 && c <= 0x1F9FF) || (c >= 0x20000 && c <= 0x3FFFD);
        width += wide ? 2 : 1;
    }
    return width;
}

namespace {

// Left-aligned columns, each as wide as its widest cell on a terminal.
void printTable(QTextStream &out, const QList<QStringList> &rows)
{
    QList<qsizetype> widths;
    for (const QStringList &row : rows) {
        for (qsizetype i = 0; i < row.size(); ++i) {
            if (widths.size() <= i)
                widths.append(0);
            widths[i] = std::max(widths[i], Cli::displayWidth(row[i]));
        }
    }
    for (const QStringList &row : rows) {
        QString line;
        for (qsizetype i = 0; i < row.size(); ++i) {
            line += row[i];
            if (i + 1 < row.size())
                line += QString(widths[i] + 2 - Cli::displayWidth(row[i]), u' ');
        }
        out << line << Qt::endl;
    }
}

// A function, not a constant, so that it is translated with the translator loaded at start.
QString usage()
{
    //: stint-cli's list of commands; translate the descriptions, keep the commands and options
    return QCoreApplication::translate(
               "Cli",
               "Commands:\n"
               "  buckets [--json]                 list buckets with their first/last event and count\n"
               "  events BUCKET [--start T] [--end T] [--limit N] [--json]\n"
               "                                   list a bucket's events, newest first\n"
               "  check [FILE]                     check the database, or the database file FILE (a backup):\n"
               "                                   integrity, schema version, journal mode; exits with 1\n"
               "                                   on a problem\n"
               "  backup FILE                      write a consistent copy of the database to FILE, also\n"
               "                                   while Stint is recording; one file, checked\n"
               "  summary [--date D | --week | --month | --year | --start T --end T]\n"
               "          [--by app|title|category|domain] [--limit N] [--host H|all] [--json]\n"
               "                                   where the active time went (today by default; --date\n"
               "                                   picks the day, or the week/month/year containing it)\n"
               "  trends [--weeks N | --months N] [--date D] [--host H|all] [--json]\n"
               "                                   active time per week or month and top-level category,\n"
               "                                   the productivity score, and the change against the span\n"
               "                                   before (the last 12 weeks up to today, or up to D)\n"
               "  search TEXT [--regex] [--from D] [--to D] [--json]\n"
               "                                   active time whose app, window title or URL contains TEXT\n"
               "                                   (or matches the regular expression), by app and title,\n"
               "                                   with when it was first and last seen; the whole history,\n"
               "                                   or from the day or time D on and up to D\n"
               "  goals [--date D] [--json]        progress of the goals: the day's (today or D) and its\n"
               "                                   week's\n"
               "  categories [export FILE | import FILE]\n"
               "                                   list the categories, or write/read ActivityWatch's file\n"
               "  export [FILE] [--bucket ID]... [--format json|csv] [--start T] [--end T] [--host H]\n"
               "                                   ActivityWatch's export JSON (every bucket, or those\n"
               "                                   given), or CSV of the active time; to standard output\n"
               "                                   without FILE; a range clips events to it\n"
               "  import FILE                      an ActivityWatch export (.json) or aw-server-rust's\n"
               "                                   sqlite.db; events already stored are skipped\n"
               "  autostart enable|disable|status  start Stint (minimized) when you log in, stop doing so,\n"
               "                                   or print 'enabled' or 'disabled'\n"
               "  api origins [--json]             the origins (browser extensions, pages) the HTTP API lets in\n"
               "  api allow ORIGIN [--yes]         let an origin in, e.g. chrome-extension://<id>; an\n"
               "                                   http(s):// site needs --yes\n"
               "  api disallow ORIGIN              stop letting an origin in that you added\n"
               "  sync status [--json]             the sync folder and the computers in it\n"
               "  sync now [--json]                sync with the folder now (through the running Stint,\n"
               "                                   or on its own when none runs)\n"
               "  stopwatch start LABEL | stop | status [--json]\n"
               "                                   start a named timer (stopping the running one), stop it,\n"
               "                                   or show what runs; aw-webui's stopwatch shows the same\n"
               "  entry add --start T --end T LABEL\n"
               "                                   add time spent away from the computer by hand\n")
#ifdef STINT_HAS_GNOME_EXTENSION
        + QCoreApplication::translate(
               "Cli",
               "  gnome-extension install|status   install Stint's GNOME Shell extension (it shows Stint the\n"
               "                                   focused window on GNOME), or tell whether it runs\n")
#endif
        + QCoreApplication::translate(
               "Cli", "Times T: RFC 3339 (2026-11-24T09:30:00Z) or local (2026-11-24, 2026-11-24T09:30).\n");
}

// --host: one host, or every host combined for "all" or when not given.
QString hostOf(const QCommandLineParser &parser)
{
    const QString host = parser.value(QStringLiteral("host"));
    return host == QLatin1String("all") ? QString() : host;
}

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

bool Cli::readTimes(const QCommandLineParser &parser, std::optional<qint64> *from, std::optional<qint64> *to)
{
    for (auto [name, target] : {std::pair{QStringLiteral("start"), from}, std::pair{QStringLiteral("end"), to}}) {
        if (!parser.isSet(name))
            continue;
        *target = parseTime(parser.value(name));
        if (!*target) {
            m_err << QCoreApplication::translate("Cli",
                                                 "Cannot read the time '%1'; use RFC 3339 or YYYY-MM-DD[THH:MM[:SS]].")
                         .arg(parser.value(name))
                  << Qt::endl;
            return false;
        }
    }
    return true;
}

bool Cli::readDate(const QCommandLineParser &parser, QDate *date)
{
    if (!parser.isSet(QStringLiteral("date")))
        return true;
    *date = QDate::fromString(parser.value(QStringLiteral("date")), Qt::ISODate);
    if (date->isValid())
        return true;
    m_err << QCoreApplication::translate("Cli", "Cannot read the date '%1'; use YYYY-MM-DD.")
                 .arg(parser.value(QStringLiteral("date")))
          << Qt::endl;
    return false;
}

int Cli::run(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("Cli", "Reads what Stint has recorded.") + u'\n'
                                     + usage());
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOptions(DataLocation::commandLineOptions());
    const QCommandLineOption json(QStringLiteral("json"),
                                  QCoreApplication::translate("Cli", "Print JSON (ActivityWatch's format)."));
    const QCommandLineOption start(QStringLiteral("start"),
                                   QCoreApplication::translate("Cli", "Only events that end at or after <time>."),
                                   //: a value name in stint-cli --help, e.g. --start <time>
                                   QCoreApplication::translate("Cli", "time"));
    const QCommandLineOption end(QStringLiteral("end"),
                                 QCoreApplication::translate("Cli", "Only events that start at or before <time>."),
                                 //: a value name in stint-cli --help, e.g. --start <time>
                                 QCoreApplication::translate("Cli", "time"));
    const QCommandLineOption limit(
        QStringLiteral("limit"), QCoreApplication::translate("Cli", "At most <n> events (summary: rows, default 10)."),
        //: a value name in stint-cli --help, e.g. --start <time>
        QCoreApplication::translate("Cli", "n"));
    parser.addOptions({json, start, end, limit});
    parser.addOptions(
        {{QStringLiteral("date"),
          QCoreApplication::translate("Cli", "summary: the day <date> (YYYY-MM-DD); trends: the last day."),
          //: a value name in stint-cli --help, e.g. --start <time>
          QCoreApplication::translate("Cli", "date")},
         {QStringLiteral("week"), QCoreApplication::translate("Cli", "summary: the whole week.")},
         {QStringLiteral("month"), QCoreApplication::translate("Cli", "summary: the whole month.")},
         {QStringLiteral("year"), QCoreApplication::translate("Cli", "summary: the whole year.")},
         {QStringLiteral("by"), QCoreApplication::translate("Cli", "summary: group by app, title, category or domain."),
          //: a value name in stint-cli --help, e.g. --start <time>
          QCoreApplication::translate("Cli", "what")},
         {QStringLiteral("host"),
          QCoreApplication::translate("Cli",
                                      "summary, trends: only this host, or all (the default): every host "
                                      "combined, each moment counted once, this computer's first."),
          //: a value name in stint-cli --help, e.g. --start <time>
          QCoreApplication::translate("Cli", "host")},
         {QStringLiteral("weeks"), QCoreApplication::translate("Cli", "trends: the last <n> weeks (default 12)."),
          QCoreApplication::translate("Cli", "n")},
         {QStringLiteral("months"), QCoreApplication::translate("Cli", "trends: the last <n> months."),
          QCoreApplication::translate("Cli", "n")},
         {QStringLiteral("regex"), QCoreApplication::translate("Cli", "search: TEXT is a regular expression.")},
         {QStringLiteral("from"), QCoreApplication::translate("Cli", "search: from this day or time on."),
          QCoreApplication::translate("Cli", "time")},
         {QStringLiteral("to"), QCoreApplication::translate("Cli", "search: up to the end of this day, or this time."),
          QCoreApplication::translate("Cli", "time")},
         {QStringLiteral("bucket"), QCoreApplication::translate("Cli", "export: only this bucket (repeat for more)."),
          //: a value name in stint-cli --help, e.g. --start <time>
          QCoreApplication::translate("Cli", "id")},
         {QStringLiteral("format"), QCoreApplication::translate("Cli", "export: json (default) or csv."),
          QCoreApplication::translate("Cli", "format")},
         {QStringLiteral("yes"),
          QCoreApplication::translate("Cli",
                                      "api allow: yes, let every page of this web site read and write "
                                      "activity.")}});
    parser.addPositionalArgument(
        QStringLiteral("command"),
        QCoreApplication::translate("Cli",
                                    "buckets, events, check, backup, summary, trends, search, goals, categories, "
                                    "export, import, autostart, api, sync, stopwatch, entry or gnome-extension"));

    if (!parser.parse(arguments)) {
        m_err << parser.errorText() << Qt::endl;
        return Usage;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        m_out << parser.helpText() << Qt::flush;
        return Ok;
    }
    if (parser.isSet(QStringLiteral("version"))) {
        m_out << QCoreApplication::applicationName() << u' ' << QCoreApplication::applicationVersion()
              << QStringLiteral(" (Qt ") << QString::fromLatin1(qVersion()) << u')' << Qt::endl;
        return Ok;
    }
    const QStringList positional = parser.positionalArguments();
    if (positional.isEmpty()) {
        m_err << QCoreApplication::translate("Cli", "No command given.") << u'\n' << usage() << Qt::flush;
        return Usage;
    }
    const QString path = DataLocation::fromParser(parser).databasePath();
    const QString &command = positional.first();

    if (command == QStringLiteral("buckets") && positional.size() == 1)
        return listBuckets(path, parser.isSet(json));
    if (command == QStringLiteral("check") && positional.size() <= 2)
        return positional.size() == 2 ? check(positional.at(1), true) : check(path, false);
    if (command == QStringLiteral("backup") && positional.size() == 2)
        return backup(path, positional.at(1));
    if (command == QStringLiteral("summary") && positional.size() == 1)
        return summary(path, parser);
    if (command == QStringLiteral("trends") && positional.size() == 1)
        return trends(path, parser);
    if (command == QStringLiteral("search") && positional.size() == 2)
        return search(path, positional.at(1), parser);
    if (command == QStringLiteral("goals") && positional.size() == 1)
        return goals(path, parser);
    if (command == QStringLiteral("categories") && positional.size() <= 3)
        return categories(path, positional);
#ifdef STINT_HAS_GNOME_EXTENSION
    if (command == QStringLiteral("gnome-extension") && positional.size() == 2)
        return gnomeExtension(positional.at(1));
#endif
    if (command == QStringLiteral("export") && positional.size() <= 2)
        return exportData(path, positional, parser);
    if (command == QStringLiteral("import") && positional.size() == 2)
        return importData(path, positional.at(1));
    if (command == QStringLiteral("autostart") && positional.size() == 2)
        return autostart(positional.at(1));
    if (command == QStringLiteral("sync") && positional.size() == 2)
        return sync(path, positional, parser);
    if (command == QStringLiteral("api") && positional.size() >= 2 && positional.size() <= 3)
        return apiOrigins(path, positional, parser);
    if (command == QStringLiteral("stopwatch") && positional.size() >= 2)
        return stopwatch(path, positional, parser);
    if (command == QStringLiteral("entry") && positional.size() >= 2)
        return entry(path, positional, parser);
    if (command == QStringLiteral("events") && positional.size() == 2) {
        std::optional<qint64> from;
        std::optional<qint64> to;
        if (!readTimes(parser, &from, &to))
            return Usage;
        int count = -1;
        if (parser.isSet(limit)) {
            bool ok = false;
            count = parser.value(limit).toInt(&ok);
            if (!ok || count < 0) {
                m_err << QCoreApplication::translate("Cli", "--limit takes a whole number of at least 0, not '%1'.")
                             .arg(parser.value(limit))
                      << Qt::endl;
                return Usage;
            }
        }
        return listEvents(path, positional.at(1), from, to, count, parser.isSet(json));
    }
    m_err << QCoreApplication::translate("Cli", "Unknown command or wrong arguments: %1").arg(positional.join(u' '))
          << u'\n' << usage() << Qt::flush;
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
    //: column headings of stint-cli's tables are in capitals
    QList<QStringList> rows{{QCoreApplication::translate("Cli", "ID"), QCoreApplication::translate("Cli", "TYPE"),
                             QCoreApplication::translate("Cli", "HOST"), QCoreApplication::translate("Cli", "EVENTS"),
                             QCoreApplication::translate("Cli", "FIRST"), QCoreApplication::translate("Cli", "LAST")}};
    for (const Bucket &bucket : *buckets) {
        rows.append({bucket.id, bucket.type, bucket.hostname, QString::number(bucket.eventCount),
                     bucket.firstStart ? display::localTime(*bucket.firstStart) : QStringLiteral("-"),
                     bucket.lastEnd ? display::localTime(*bucket.lastEnd) : QStringLiteral("-")});
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
    //: column headings of stint-cli's tables are in capitals
    QList<QStringList> rows{{QCoreApplication::translate("Cli", "ID"), QCoreApplication::translate("Cli", "START"),
                             QCoreApplication::translate("Cli", "DURATION"),
                             QCoreApplication::translate("Cli", "DATA")}};
    for (const Event &event : *events) {
        rows.append({QString::number(event.id), display::localTime(event.start), display::clockDuration(event.duration),
                     QString::fromUtf8(json::toCompact(event.data))});
    }
    printTable(m_out, rows);
    return Ok;
}

int Cli::summary(const QString &path, const QCommandLineParser &parser)
{
    int count = 10;
    if (parser.isSet(QStringLiteral("limit"))) {
        bool ok = false;
        count = parser.value(QStringLiteral("limit")).toInt(&ok);
        if (!ok || count < 0) {
            m_err << QCoreApplication::translate("Cli", "--limit takes a whole number of at least 0, not '%1'.")
                         .arg(parser.value(QStringLiteral("limit")))
                  << Qt::endl;
            return Usage;
        }
    }
    const QString by = parser.isSet(QStringLiteral("by")) ? parser.value(QStringLiteral("by")) : QStringLiteral("app");
    if (!QStringList{QStringLiteral("app"), QStringLiteral("title"), QStringLiteral("category"),
                     QStringLiteral("domain")}
             .contains(by)) {
        m_err << QCoreApplication::translate("Cli", "--by takes app, title, category or domain, not '%1'.").arg(by)
              << Qt::endl;
        return Usage;
    }
    const QStringList periods{QStringLiteral("week"), QStringLiteral("month"), QStringLiteral("year")};
    const auto periodCount =
        std::count_if(periods.begin(), periods.end(), [&](const QString &p) { return parser.isSet(p); });
    const bool custom = parser.isSet(QStringLiteral("start")) || parser.isSet(QStringLiteral("end"));
    if (periodCount > 1 || (custom && (periodCount > 0 || parser.isSet(QStringLiteral("date"))))) {
        m_err << QCoreApplication::translate(
            "Cli", "Choose one period: --date, --week, --month, --year, or --start and --end.")
              << Qt::endl;
        return Usage;
    }
    QDate date;
    if (!readDate(parser, &date))
        return Usage;
    std::optional<qint64> from;
    std::optional<qint64> to;
    if (!readTimes(parser, &from, &to))
        return Usage;
    if (custom && (!from || !to || *to <= *from)) {
        m_err << QCoreApplication::translate(
            "Cli", "A custom period needs both --start and --end, with the end after the start.")
              << Qt::endl;
        return Usage;
    }

    ReportEngine engine(path, m_zone);
    if (!engine.isOpen() || !engine.loadSettings()) {
        m_err << engine.error() << Qt::endl;
        return Problem;
    }
    const ReportCalendar &calendar = engine.calendar();
    if (!date.isValid())
        date = calendar.today();
    spans::Period range = calendar.day(date);
    if (custom)
        range = {*from, *to};
    else if (parser.isSet(QStringLiteral("week")))
        range = calendar.week(date);
    else if (parser.isSet(QStringLiteral("month")))
        range = calendar.month(date);
    else if (parser.isSet(QStringLiteral("year")))
        range = calendar.year(date);
    const auto result = engine.summary(range, hostOf(parser));
    if (!result) {
        m_err << engine.error() << Qt::endl;
        return Problem;
    }
    if (parser.isSet(QStringLiteral("json"))) {
        m_out << QString::fromUtf8(QJsonDocument(result->toJson(count)).toJson(QJsonDocument::Indented)) << Qt::flush;
        return Ok;
    }
    const auto localText = [&](qint64 nanos) {
        return Timestamp::toDateTime(nanos).toTimeZone(m_zone).toString(QStringLiteral("yyyy-MM-dd HH:mm"));
    };
    m_out << QCoreApplication::translate("Cli", "%1 to %2: %3 active")
                 .arg(localText(range.start), localText(range.end), display::clockDuration(result->activeTime));
    if (result->pausedTime > 0)
        m_out << QCoreApplication::translate("Cli", ", %1 paused").arg(display::clockDuration(result->pausedTime));
    m_out << QCoreApplication::translate("Cli", ", productivity %1").arg(result->productivity, 0, 'f', 2) << Qt::endl;

    QList<QStringList> rows;
    const qint64 whole = by == QStringLiteral("domain") ? result->browserTime : result->activeTime;
    const auto addRow = [&](const QString &name, qint64 duration, const QString &extra) {
        if (rows.size() > count)
            return;
        const QString share =
            whole > 0 ? QString::number(100.0 * double(duration) / double(whole), 'f', 1) + u'%' : QStringLiteral("-");
        rows.append(extra.isNull() ? QStringList{name, display::clockDuration(duration), share}
                                   : QStringList{name, extra, display::clockDuration(duration), share});
    };
    if (by == QStringLiteral("category")) {
        //: column headings of stint-cli's tables are in capitals
        rows.append({QCoreApplication::translate("Cli", "CATEGORY"), QCoreApplication::translate("Cli", "TIME"),
                     QCoreApplication::translate("Cli", "SHARE")});
        for (const CategoryTotal &node : result->categories)
            addRow(QString(2 * (node.name.size() - 1), u' ') + node.name.last(), node.duration, {});
    } else if (by == QStringLiteral("title")) {
        rows.append({QCoreApplication::translate("Cli", "TITLE"), QCoreApplication::translate("Cli", "APP"),
                     QCoreApplication::translate("Cli", "TIME"), QCoreApplication::translate("Cli", "SHARE")});
        for (const NamedDuration &entry : result->titles)
            addRow(entry.name, entry.duration, entry.detail);
    } else if (by == QStringLiteral("app")) {
        // The recorded id, then the name the system gives the app (the id when it knows none).
        rows.append({QCoreApplication::translate("Cli", "APP"), QCoreApplication::translate("Cli", "NAME"),
                     QCoreApplication::translate("Cli", "TIME"), QCoreApplication::translate("Cli", "SHARE")});
        for (const NamedDuration &entry : result->apps)
            addRow(entry.name, entry.duration,
                   entry.name.isEmpty() ? QStringLiteral("-") : engine.apps().name(entry.name));
    } else {
        rows.append({QCoreApplication::translate("Cli", "DOMAIN"), QCoreApplication::translate("Cli", "TIME"),
                     QCoreApplication::translate("Cli", "SHARE")});
        for (const NamedDuration &entry : result->domains)
            addRow(entry.name, entry.duration, {});
    }
    printTable(m_out, rows);
    return Ok;
}

int Cli::trends(const QString &path, const QCommandLineParser &parser)
{
    const bool weeks = parser.isSet(QStringLiteral("weeks"));
    const bool months = parser.isSet(QStringLiteral("months"));
    if (weeks && months) {
        m_err << QCoreApplication::translate("Cli", "Choose one span: --weeks or --months.") << Qt::endl;
        return Usage;
    }
    TrendsSpan span;
    if (weeks || months) {
        span.unit = weeks ? TrendsSpan::Unit::Week : TrendsSpan::Unit::Month;
        const QString option = weeks ? QStringLiteral("weeks") : QStringLiteral("months");
        const int most = weeks ? TrendsSpan::kMaxWeeks : TrendsSpan::kMaxMonths;
        bool ok = false;
        span.count = parser.value(option).toInt(&ok);
        if (!ok || span.count < 1 || span.count > most) {
            m_err << QCoreApplication::translate("Cli", "--%1 takes a whole number from 1 to %2, not '%3'.")
                         .arg(option)
                         .arg(most)
                         .arg(parser.value(option))
                  << Qt::endl;
            return Usage;
        }
    }
    QDate last;
    if (!readDate(parser, &last))
        return Usage;
    ReportEngine engine(path, m_zone);
    if (!engine.isOpen() || !engine.loadSettings()) {
        m_err << engine.error() << Qt::endl;
        return Problem;
    }
    if (!last.isValid())
        last = engine.calendar().today();
    const auto result = engine.trends(span, last, hostOf(parser));
    if (!result) {
        m_err << engine.error() << Qt::endl;
        return Problem;
    }
    if (parser.isSet(QStringLiteral("json"))) {
        m_out << QString::fromUtf8(QJsonDocument(result->toJson()).toJson(QJsonDocument::Indented)) << Qt::flush;
        return Ok;
    }
    const Trends &trends = *result;
    m_out << QCoreApplication::translate("Cli", "%1 to %2: %3 active, %4 against the %n days before", nullptr,
                                         trends.days())
                 .arg(trends.firstDay.toString(Qt::ISODate), trends.lastDay.toString(Qt::ISODate),
                      display::clockDuration(trends.activeTime), Trends::changeText(trends.change))
          << Qt::endl;
    m_out << QCoreApplication::translate("Cli", "Daily average %1, busiest day %2, productivity %3")
                 .arg(display::clockDuration(trends.dailyAverage),
                      trends.busiestDay.isValid() ? trends.busiestDay.toString(Qt::ISODate) + QStringLiteral(" (")
                              + display::clockDuration(trends.busiestDayTime) + u')'
                                                  : QStringLiteral("-"))
                 .arg(trends.productivity, 0, 'f', 2)
          << Qt::endl
          << Qt::endl;

    // One column per top-level category, the longest first.
    //: column headings of stint-cli's tables are in capitals
    QStringList heading{span.unit == TrendsSpan::Unit::Week ? QCoreApplication::translate("Cli", "WEEK OF")
                                                            : QCoreApplication::translate("Cli", "MONTH"),
                        QCoreApplication::translate("Cli", "ACTIVE"), QCoreApplication::translate("Cli", "SCORE")};
    for (const TrendCategory &category : trends.categories)
        heading.append(category.name);
    QList<QStringList> rows{heading};
    for (const TrendPeriod &period : trends.periods) {
        QStringList row{span.unit == TrendsSpan::Unit::Week ? period.firstDay.toString(Qt::ISODate)
                                                            : period.firstDay.toString(QStringLiteral("yyyy-MM")),
                        display::clockDuration(period.activeTime), QString::number(period.productivity, 'f', 2)};
        for (const qint64 time : period.times)
            row.append(display::clockDuration(time));
        rows.append(row);
    }
    printTable(m_out, rows);
    m_out << Qt::endl;
    rows = {{QCoreApplication::translate("Cli", "CATEGORY"), QCoreApplication::translate("Cli", "ACTIVE"),
             QCoreApplication::translate("Cli", "BEFORE"), QCoreApplication::translate("Cli", "CHANGE")}};
    for (const TrendCategory &category : trends.categories) {
        rows.append({category.name, display::clockDuration(category.activeTime),
                     display::clockDuration(category.previousTime), Trends::changeText(category.change)});
    }
    printTable(m_out, rows);
    return Ok;
}

int Cli::categories(const QString &path, const QStringList &positional)
{
    const QString action = positional.value(1);
    if (action == QStringLiteral("import") && positional.size() == 3) {
        QFile file(positional.at(2));
        if (!file.open(QIODevice::ReadOnly)) {
            m_err << QCoreApplication::translate("Cli", "Cannot read %1: %2").arg(positional.at(2), file.errorString())
                  << Qt::endl;
            return Problem;
        }
        QString error;
        const QByteArray text = file.readAll();
        const auto value = json::parseExternal(text, &error);
        const auto rules = value ? CategoryRules::fromJson(*value, &error) : std::nullopt;
        if (!rules) {
            m_err << QCoreApplication::translate("Cli", "%1 was not imported: %2").arg(positional.at(2), error)
                  << Qt::endl;
            return Problem;
        }
        QString problem;
        if (!storeSetting(path, settings::kCategories, rules->toJson(), &problem)) {
            m_err << QCoreApplication::translate("Cli", "The categories were not stored: %1").arg(problem) << Qt::endl;
            return Problem;
        }
        m_out << QCoreApplication::translate("Cli", "Imported %n categories.", nullptr, int(rules->rules().size()))
              << Qt::endl;
        return Ok;
    }
    if ((action == QStringLiteral("export") && positional.size() == 3) || positional.size() == 1) {
        ReportEngine engine(path, m_zone);
        if (!engine.isOpen() || !engine.loadSettings()) {
            m_err << engine.error() << Qt::endl;
            return Problem;
        }
        const CategoryRules &rules = engine.categories();
        if (positional.size() == 1) {
            QList<QStringList> rows{
                //: column headings of stint-cli's tables are in capitals
                {QCoreApplication::translate("Cli", "CATEGORY"), QCoreApplication::translate("Cli", "SCORE"),
                 QCoreApplication::translate("Cli", "COLOR"), QCoreApplication::translate("Cli", "RULE")}};
            for (qsizetype i = 0; i < rules.rules().size(); ++i) {
                const CategoryRule &rule = rules.rules().at(i);
                rows.append({rule.name.join(QStringLiteral(" > ")), QString::number(rules.scoreOf(int(i))),
                             rules.colorOf(int(i)),
                             rule.regex.isEmpty()
                                 ? QStringLiteral("-")
                                 : rule.regex + (rule.ignoreCase ? QStringLiteral(" (i)") : QString())});
            }
            printTable(m_out, rows);
            return Ok;
        }
        QSaveFile file(positional.at(2));
        if (!file.open(QIODevice::WriteOnly)
            || file.write(QJsonDocument(rules.toExportJson()).toJson(QJsonDocument::Indented)) < 0 || !file.commit()) {
            m_err << QCoreApplication::translate("Cli", "Cannot write %1: %2").arg(positional.at(2), file.errorString())
                  << Qt::endl;
            return Problem;
        }
        m_out << QCoreApplication::translate("Cli", "Exported %n categories.", nullptr, int(rules.rules().size()))
              << Qt::endl;
        return Ok;
    }
    m_err << QCoreApplication::translate("Cli", "Use: categories, categories export FILE or categories import FILE.")
          << Qt::endl;
    return Usage;
}

int Cli::apiOrigins(const QString &path, const QStringList &positional, const QCommandLineParser &parser)
{
    const QString action = positional.at(1);
    const bool list = action == QStringLiteral("origins") && positional.size() == 2;
    if (!list
        && !((action == QStringLiteral("allow") || action == QStringLiteral("disallow")) && positional.size() == 3)) {
        m_err << QCoreApplication::translate("Cli", "Use: api origins, api allow ORIGIN or api disallow ORIGIN.")
              << Qt::endl;
        return Usage;
    }
    QJsonValue exact;
    QJsonValue patterns;
    QJsonValue port;
    {
        EventReader reader(path);
        const auto read = [&reader](QStringView name) {
            return reader.isOpen() ? reader.setting(settings::storageKey(name)) : std::nullopt;
        };
        const auto storedExact = read(settings::kApiCors);
        const auto storedPatterns = read(settings::kApiCorsRegex);
        const auto storedPort = read(settings::kApiPort);
        if (!storedExact || !storedPatterns || !storedPort) {
            m_err << reader.error() << Qt::endl;
            return Problem;
        }
        exact = *storedExact;
        patterns = *storedPatterns;
        port = *storedPort;
    }
    QString error;
    const auto added = api::AllowedOrigins::fromSettings(exact, patterns, &error);
    if (!added) {
        m_err << error << Qt::endl;
        return Problem;
    }
    const bool testing = DataLocation::fromParser(parser).testing();

    if (list) {
        const auto defaultPort = testing ? ApiOptions::kTestingPort : ApiOptions::kDefaultPort;
        const QStringList builtIn = api::AllowedOrigins::builtIn(quint16(port.toInt(defaultPort)), testing);
        if (parser.isSet(QStringLiteral("json"))) {
            const QJsonObject all{{QStringLiteral("builtin"), QJsonArray::fromStringList(builtIn)},
                                  {QStringLiteral("cors"), QJsonArray::fromStringList(added->exact())},
                                  {QStringLiteral("cors_regex"), QJsonArray::fromStringList(added->patterns())}};
            m_out << QString::fromUtf8(QJsonDocument(all).toJson(QJsonDocument::Indented)) << Qt::flush;
            return Ok;
        }
        //: column headings of stint-cli's tables are in capitals
        QList<QStringList> rows{
            {QCoreApplication::translate("Cli", "ORIGIN"), QCoreApplication::translate("Cli", "ALLOWED BY")}};
        for (const QString &origin : builtIn)
            rows.append({origin, QCoreApplication::translate("Cli", "built in")});
        for (const QString &origin : added->exact())
            rows.append({origin, settings::kApiCors.toString()});
        for (const QString &pattern : added->patterns())
            rows.append({pattern, settings::kApiCorsRegex.toString()});
        printTable(m_out, rows);
        return Ok;
    }

    const QString origin = positional.at(2);
    QStringList origins = added->exact();
    if (action == QStringLiteral("allow")) {
        const auto kind = api::AllowedOrigins::kindOf(origin);
        if (kind == api::AllowedOrigins::Kind::Invalid) {
            m_err << QCoreApplication::translate("Cli",
                                                 "'%1' is not an origin: give it as scheme://host[:port], e.g. "
                                                 "chrome-extension://<id>, as Settings or Stint's log shows it.")
                         .arg(origin)
                  << Qt::endl;
            return Usage;
        }
        if (kind != api::AllowedOrigins::Kind::Extension && !parser.isSet(QStringLiteral("yes"))) {
            m_err << QCoreApplication::translate("Cli",
                                                 "%1 is not a browser extension: any page from it could then write "
                                                 "and read your activity data. Add --yes if that is what you want.")
                         .arg(origin)
                  << Qt::endl;
            return Problem;
        }
        if (origins.contains(origin)) {
            m_out << QCoreApplication::translate("Cli", "%1 is already allowed.").arg(origin) << Qt::endl;
            return Ok;
        }
        origins.append(origin);
    } else if (!origins.removeAll(origin)) {
        m_err << QCoreApplication::translate("Cli",
                                             "%1 was not added, so there is nothing to disallow (built-in "
                                             "origins and patterns stay).")
                     .arg(origin)
              << Qt::endl;
        return Problem;
    }
    QString problem;
    if (!storeSetting(path, settings::kApiCors,
                      origins.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonArray::fromStringList(origins),
                      &problem)) {
        m_err << QCoreApplication::translate("Cli", "The setting was not stored: %1").arg(problem) << Qt::endl;
        return Problem;
    }
    const bool applied = SingleInstance::notifySettingsChanged(path);
    m_out << (action == QStringLiteral("allow") ? QCoreApplication::translate("Cli", "Allowed %1.").arg(origin)
                                                : QCoreApplication::translate("Cli", "Disallowed %1.").arg(origin))
          << u' '
          << (applied ? QCoreApplication::translate("Cli", "The running Stint applies it now.")
                      : QCoreApplication::translate("Cli", "Stint applies it when it starts."))
          << Qt::endl;
    return Ok;
}

int Cli::exportData(const QString &path, const QStringList &positional, const QCommandLineParser &parser)
{
    const QString file = positional.size() == 2 && positional.at(1) != u"-" ? positional.at(1) : QString();
    QString format = parser.value(QStringLiteral("format"));
    if (format.isEmpty())
        format =
            file.endsWith(QStringLiteral(".csv"), Qt::CaseInsensitive) ? QStringLiteral("csv") : QStringLiteral("json");
    if (format != u"json" && format != u"csv") {
        m_err << QCoreApplication::translate("Cli", "--format takes json or csv, not '%1'.").arg(format) << Qt::endl;
        return Usage;
    }
    const QStringList buckets = parser.values(QStringLiteral("bucket"));
    if (format == u"csv" && !buckets.isEmpty()) {
        m_err << QCoreApplication::translate("Cli",
                                             "--bucket applies to the JSON export; the CSV is the combined activity.")
              << Qt::endl;
        return Usage;
    }
    std::optional<qint64> from;
    std::optional<qint64> to;
    if (!readTimes(parser, &from, &to))
        return Usage;
    if (from && to && *to < *from) {
        m_err << QCoreApplication::translate("Cli", "--end must not be before --start.") << Qt::endl;
        return Usage;
    }

    // A file is replaced only when the export succeeded; standard output gets the bytes as they come.
    QSaveFile saveFile(file);
    QBuffer buffer;
    QIODevice *device = &buffer;
    if (!file.isEmpty()) {
        if (!saveFile.open(QIODevice::WriteOnly)) {
            m_err << QCoreApplication::translate("Cli", "Cannot write %1: %2").arg(file, saveFile.errorString())
                  << Qt::endl;
            return Problem;
        }
        device = &saveFile;
    } else if (m_out.device()) {
        m_out.flush();
        device = m_out.device();
    } else {
        buffer.open(QIODevice::WriteOnly);
    }

    QString error;
    QString done;
    if (format == u"json") {
        EventReader reader(path);
        AwExporter exporter(reader);
        if (!reader.isOpen() || !exporter.write(*device, {buckets, from, to}, &error)) {
            m_err << (reader.isOpen() ? error : reader.error()) << Qt::endl;
            return Problem;
        }
        done = QCoreApplication::translate("Cli", "Exported %n event(s) (buckets: %1).", nullptr,
                                           int(exporter.eventsWritten()))
                   .arg(exporter.bucketsWritten());
    } else {
        ReportEngine engine(path, m_zone);
        if (!engine.isOpen() || !engine.loadSettings()) {
            m_err << engine.error() << Qt::endl;
            return Problem;
        }
        // The whole history by default.
        const auto range = ActivityCsvExporter::historyRange(engine.reader(), from, to, &error);
        if (!range) {
            m_err << error << Qt::endl;
            return Problem;
        }
        qint64 rows = 0;
        if (!ActivityCsvExporter::write(engine, *range, hostOf(parser), *device, &error, &rows)) {
            m_err << error << Qt::endl;
            return Problem;
        }
        done = QCoreApplication::translate("Cli", "Exported %n row(s) of activity.", nullptr, int(rows));
    }
    if (!file.isEmpty()) {
        if (!saveFile.commit()) {
            m_err << QCoreApplication::translate("Cli", "Cannot write %1: %2").arg(file, saveFile.errorString())
                  << Qt::endl;
            return Problem;
        }
        m_out << done << Qt::endl;
    } else if (device == &buffer) {
        m_out << QString::fromUtf8(buffer.data()) << Qt::flush;
    }
    return Ok;
}

int Cli::check(const QString &path, bool givenFile)
{
    const QString where = QDir::toNativeSeparators(path);
    m_out << QCoreApplication::translate("Cli", "database: %1").arg(where) << Qt::endl;
    if (!QFileInfo::exists(path)) {
        if (givenFile) {
            m_err << QCoreApplication::translate("Cli", "problem: there is no file %1").arg(where) << Qt::endl;
            return Problem;
        }
        m_out << QCoreApplication::translate("Cli", "no database yet: nothing has been recorded in this location")
              << Qt::endl;
        return Ok;
    }
    const DatabaseCheck::Report report = DatabaseCheck::run(path);
    if (!report.error.isEmpty()) {
        m_err << QCoreApplication::translate("Cli", "problem: %1").arg(report.error) << Qt::endl;
        return Problem;
    }
    m_out << QCoreApplication::translate("Cli", "schema version: %1 (this build: %2)")
                 .arg(report.schemaVersion)
                 .arg(Schema::kVersion)
          << u'\n' << QCoreApplication::translate("Cli", "journal mode: %1").arg(report.journalMode) << Qt::endl;
    // A backup is one file in rollback mode on purpose; only the live database should use WAL.
    if (!givenFile && report.journalMode.compare(QStringLiteral("wal"), Qt::CaseInsensitive) != 0)
        m_out << QCoreApplication::translate("Cli",
                                             "note: the database is not in WAL mode; readers may wait for commits")
              << Qt::endl;
    if (report.events >= 0)
        m_out << QCoreApplication::translate("Cli", "events: %1").arg(report.events) << Qt::endl;
    if (report.problems.isEmpty()) {
        m_out << QCoreApplication::translate("Cli", "integrity: ok") << Qt::endl;
        return Ok;
    }
    m_out << QCoreApplication::translate("Cli", "integrity: %n problem(s)", nullptr, int(report.problems.size()))
          << Qt::endl;
    for (const QString &problem : report.problems)
        m_err << u"  " << problem << Qt::endl;
    return Problem;
}

int Cli::backup(const QString &path, const QString &file)
{
    QString error;
    qint64 events = 0;
    if (!DatabaseBackup::write(path, file, &error, &events)) {
        m_err << QCoreApplication::translate("Cli", "The backup failed: %1").arg(error) << Qt::endl;
        return Problem;
    }
    m_out << QCoreApplication::translate("Cli", "Backed up %n event(s) to %1.", nullptr, int(events))
                 .arg(QDir::toNativeSeparators(file))
          << Qt::endl;
    return Ok;
}

int Cli::autostart(const QString &action)
{
    const std::unique_ptr<Autostart> entry = Autostart::create();
    if (action == QStringLiteral("status")) {
        m_out << (entry->isEnabled() ? QStringLiteral("enabled") : QStringLiteral("disabled")) << Qt::endl;
        return Ok;
    }
    if (action != QStringLiteral("enable") && action != QStringLiteral("disable")) {
        m_err << QCoreApplication::translate("Cli", "autostart takes 'enable', 'disable' or 'status', not '%1'.")
                     .arg(action)
              << u'\n' << usage() << Qt::flush;
        return Usage;
    }
    const bool enable = action == QStringLiteral("enable");
    QString error;
    if (!entry->setEnabled(enable, &error)) {
        m_err << error << Qt::endl;
        return Problem;
    }
    if (enable)
        m_out << QCoreApplication::translate("Cli", "Stint will start at login (%1).").arg(entry->location())
              << Qt::endl;
    else
        m_out << QCoreApplication::translate("Cli", "Stint will not start at login.") << Qt::endl;
    return Ok;
}

#ifdef STINT_HAS_GNOME_EXTENSION
int Cli::gnomeExtension(const QString &action)
{
    if (action == QStringLiteral("install")) {
        QString message;
        const bool installed = GnomeExtension::install(&message);
        (installed ? m_out : m_err) << message << Qt::endl;
        return installed ? Ok : Problem;
    }
    if (action == QStringLiteral("status")) {
        const GnomeExtension::Status status = GnomeExtension::status(QDBusConnection::sessionBus());
        m_out << status.text << Qt::endl;
        return status.state == GnomeExtension::State::Running ? Ok : Problem;
    }
    m_err << QCoreApplication::translate("Cli", "gnome-extension takes 'install' or 'status', not '%1'.").arg(action)
          << u'\n' << usage() << Qt::flush;
    return Usage;
}
#endif

} // namespace stint
