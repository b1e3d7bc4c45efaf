// stint-cli search: the active time whose app, title or URL matches, grouped by app and title.
#include "cli/Cli.h"

#include "reports/ActivitySearch.h"
#include "reports/ReportEngine.h"
#include "util/DisplayText.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonDocument>

namespace stint {

bool Cli::readSearchBound(const QCommandLineParser &parser, const QString &name, const ReportCalendar &calendar,
                          std::optional<qint64> *bound)
{
    if (!parser.isSet(name))
        return true;
    const QString text = parser.value(name);
    // A date is a whole day by the start of day: --from its start, --to its end.
    const QDate date = QDate::fromString(text, QStringLiteral("yyyy-MM-dd"));
    if (date.isValid()) {
        const spans::Period day = calendar.day(date);
        *bound = name == QStringLiteral("from") ? day.start : day.end;
        return true;
    }
    *bound = parseTime(text);
    if (*bound)
        return true;
    m_err << QCoreApplication::translate("Cli", "Cannot read the time '%1'; use RFC 3339 or YYYY-MM-DD[THH:MM[:SS]].")
                 .arg(text)
          << Qt::endl;
    return false;
}

int Cli::search(const QString &path, const QString &text, const QCommandLineParser &parser)
{
    const bool regex = parser.isSet(QStringLiteral("regex"));
    QString error;
    const auto pattern = ActivitySearch::compile(text, regex, &error);
    if (!pattern) {
        m_err << QCoreApplication::translate("Cli", "Cannot search: %1").arg(error) << Qt::endl;
        return Usage;
    }
    ReportEngine engine(path, m_zone);
    if (!engine.isOpen() || !engine.loadSettings()) {
        m_err << engine.error() << Qt::endl;
        return Problem;
    }
    spans::Period range = ActivitySearch::kWholeHistory;
    std::optional<qint64> from;
    std::optional<qint64> to;
    if (!readSearchBound(parser, QStringLiteral("from"), engine.calendar(), &from)
        || !readSearchBound(parser, QStringLiteral("to"), engine.calendar(), &to))
        return Usage;
    range = {from.value_or(range.start), to.value_or(range.end)};
    if (range.end <= range.start) {
        m_err << QCoreApplication::translate("Cli", "The end of the range must come after its start.") << Qt::endl;
        return Usage;
    }
    const auto result = ActivitySearch::run(engine, *pattern, range, &error);
    if (!result) {
        m_err << error << Qt::endl;
        return Problem;
    }
    if (parser.isSet(QStringLiteral("json"))) {
        m_out << QString::fromUtf8(
            QJsonDocument(ActivitySearch::toJson(*result, text, regex)).toJson(QJsonDocument::Indented))
              << Qt::flush;
        return Ok;
    }
    m_out << QCoreApplication::translate("Cli", "%n result(s), %1 active", nullptr, int(result->hits.size()))
                 .arg(display::clockDuration(result->activeTime))
          << Qt::endl;
    for (const SearchHit &hit : result->hits) {
        m_out << display::clockDuration(hit.activeTime) << QStringLiteral("  ") << hit.app << QStringLiteral("  ")
              << hit.title << u'\n';
        if (!hit.url.isEmpty())
            m_out << QStringLiteral("          ") << hit.url << u'\n';
        m_out << QStringLiteral("          ")
              << QCoreApplication::translate("Cli", "first seen %1, last seen %2")
                     .arg(display::localTime(hit.firstSeen), display::localTime(hit.lastSeen))
              << u'\n';
    }
    m_out << Qt::flush;
    return Ok;
}

} // namespace stint
