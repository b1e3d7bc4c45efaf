#pragma once

#include <QDate>
#include <QJsonObject>
#include <QJsonValue>
#include <QStringList>
#include <QStringView>
#include <QTextStream>
#include <QTimeZone>

#include <functional>
#include <optional>

class QCommandLineParser;

namespace stint {
class ReportCalendar;
}

namespace stint {

class Datastore;
struct ManualEntry;

// stint-cli: reads the database through its own read-only connection, so it is safe to run
// while Stint is recording; writes go through the running Stint (see writeSafely()). Output and
// errors go to the given streams so tests can read them.
class Cli final
{
public:
    enum ExitCode { Ok = 0, Problem = 1, Usage = 2 };

    Cli(QTextStream &out, QTextStream &err);

    // `arguments` includes the program name, as QCoreApplication::arguments() does.
    int run(const QStringList &arguments);

    // The zone summaries use for days and hours (the system's by default).
    void setTimeZone(const QTimeZone &zone) { m_zone = zone; }

    // RFC 3339, or a local date/time: "2026-11-24", "2026-11-24T09:30", "2026-11-24 09:30:15".
    static std::optional<qint64> parseTime(const QString &text);
    // Terminal columns a text takes (two for each Chinese, Japanese or Korean character), so
    // tables line up with such window titles and translated headings.
    static qsizetype displayWidth(QStringView text);

private:
    // --start and --end, when given; false (and a message) when one cannot be read.
    bool readTimes(const QCommandLineParser &parser, std::optional<qint64> *from, std::optional<qint64> *to);
    // --date, when given, into `date`; false (and a message) when it cannot be read.
    bool readDate(const QCommandLineParser &parser, QDate *date);
    int listBuckets(const QString &path, bool asJson);
    int listEvents(const QString &path, const QString &bucketId, std::optional<qint64> start, std::optional<qint64> end,
                   int limit, bool asJson);
    // The database of the data location, or `givenFile` (a backup), which must then exist.
    int check(const QString &path, bool givenFile);
    int backup(const QString &path, const QString &file);
    int summary(const QString &path, const QCommandLineParser &parser);
    int trends(const QString &path, const QCommandLineParser &parser);
    // Progress of the goals: the day's (today or --date) and its week's (CliGoals.cpp).
    int goals(const QString &path, const QCommandLineParser &parser);
    int categories(const QString &path, const QStringList &positional);
    // search TEXT [--regex] [--from D] [--to D] [--json] (CliSearch.cpp)
    int search(const QString &path, const QString &text, const QCommandLineParser &parser);
    // --from or --to of search: a date (its start or end by the start of day) or a time.
    bool readSearchBound(const QCommandLineParser &parser, const QString &name, const ReportCalendar &calendar,
                         std::optional<qint64> *bound);
    // Starting Stint at login: enable, disable or status.
    int autostart(const QString &action);
    // Linux: installs Stint's GNOME Shell extension or reports its state.
    int gnomeExtension(const QString &action);
    int exportData(const QString &path, const QStringList &positional, const QCommandLineParser &parser);
    int importData(const QString &path, const QString &file);
    // The import through a datastore of this process: the report as JSON, with its "text".
    QJsonObject importHere(const QString &path, const QString &file);
    void importProgress(qint64 handled);
    // The origins the HTTP API lets in: list, allow or disallow.
    int apiOrigins(const QString &path, const QStringList &positional, const QCommandLineParser &parser);
    // Sync through the shared folder: status or now (through the running Stint when there is one).
    int sync(const QString &path, const QStringList &positional, const QCommandLineParser &parser);
    int syncStatus(const QString &path, bool asJson);
    // Timers and entries by hand (CliManual.cpp): stopwatch start LABEL | stop | status, entry add.
    int stopwatch(const QString &path, const QStringList &positional, const QCommandLineParser &parser);
    int entry(const QString &path, const QStringList &positional, const QCommandLineParser &parser);
    // The running timers as committed, or nullopt after printing why not.
    std::optional<QList<ManualEntry>> runningTimers(const QString &path);
    // True when the answer of manualWrite() is not an error; prints the error otherwise.
    bool reportWrite(const QJsonObject &answer);
    // A ManualTime request: through the running Stint, else through a datastore of this process.
    QJsonObject manualWrite(const QString &path, const QJsonObject &request);
    // Writes one setting: through the running Stint, else through a datastore of this process;
    // false with the reason.
    bool storeSetting(const QString &path, QStringView name, const QJsonValue &value, QString *problem);
    // Every write (CliWrite.cpp): `handOver` gives it to the running Stint (nullopt when none
    // answers); otherwise `direct` runs here while this process holds the instance lock, so a Stint
    // started meanwhile waits for it. The answer, or {"error": ...}.
    QJsonObject writeSafely(const QString &path, const std::function<std::optional<QJsonObject>()> &handOver,
                            const std::function<QJsonObject()> &direct);
    // A `direct` write of writeSafely() through a datastore of this process, opened and closed
    // around `work`: {"error": ...} when it cannot open, or when closing (the commit) fails after
    // `work` answered without an error.
    static QJsonObject writeHere(const QString &path, const std::function<QJsonObject(Datastore &)> &work);

    QTextStream &m_out;
    QTextStream &m_err;
    QTimeZone m_zone = QTimeZone::systemTimeZone();
};

} // namespace stint
