// stint-cli goals: today's day goals and this week's week goals, with the time counted so far.
#include "app/GoalMonitor.h"
#include "cli/Cli.h"
#include "reports/Goals.h"
#include "reports/ReportEngine.h"
#include "util/DurationText.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace stint {

namespace {

QString goalLine(const GoalProgress &progress)
{
    const Goal &goal = progress.goal;
    const QString limit = DurationText::format(goal.limit());
    const QString target = goal.type == Goal::Type::AtMost
        ? (goal.per == Goal::Per::Day ? QCoreApplication::translate("Cli", "at most %1 a day")
                                      : QCoreApplication::translate("Cli", "at most %1 a week"))
        : (goal.per == Goal::Per::Day ? QCoreApplication::translate("Cli", "at least %1 a day")
                                      : QCoreApplication::translate("Cli", "at least %1 a week"));
    QString state;
    if (goal.type == Goal::Type::AtMost)
        state = progress.crossed()
            ? QCoreApplication::translate("Cli", "over the limit")
            : QCoreApplication::translate("Cli", "%1 left").arg(DurationText::format(goal.limit() - progress.spent));
    else
        state = progress.crossed()
            ? QCoreApplication::translate("Cli", "reached")
            : QCoreApplication::translate("Cli", "%1 to go").arg(DurationText::format(goal.limit() - progress.spent));
    //: stint-cli goals: "Social: 42 min of at most 30 min a day, over the limit"
    return QCoreApplication::translate("Cli", "%1: %2 of %3, %4")
        .arg(GoalMonitor::goalName(goal), DurationText::format(progress.spent), target.arg(limit), state);
}

} // namespace

int Cli::goals(const QString &path, const QCommandLineParser &parser)
{
    QDate date;
    if (!readDate(parser, &date))
        return Usage;
    ReportEngine engine(path, m_zone);
    QList<Goal> goals;
    std::optional<QTime> daySummary;
    QString error;
    if (!engine.isOpen() || !engine.loadSettings() || !Goals::load(engine.reader(), &goals, &daySummary, &error)) {
        m_err << (error.isEmpty() ? engine.error() : error) << Qt::endl;
        return Problem;
    }
    if (!date.isValid())
        date = engine.calendar().today();
    const auto progress = Goals::progress(engine, goals, date);
    if (!progress) {
        m_err << engine.error() << Qt::endl;
        return Problem;
    }
    if (parser.isSet(QStringLiteral("json"))) {
        QJsonArray list;
        for (const GoalProgress &entry : *progress)
            list.append(entry.toJson());
        const QJsonObject result{{QStringLiteral("date"), date.toString(Qt::ISODate)}, {QStringLiteral("goals"), list}};
        m_out << QString::fromUtf8(QJsonDocument(result).toJson(QJsonDocument::Indented)) << Qt::flush;
        return Ok;
    }
    if (progress->isEmpty()) {
        m_out << QCoreApplication::translate("Cli", "No goals set (Settings → Goals in Stint's window).") << Qt::endl;
        return Ok;
    }
    for (const Goal::Per per : {Goal::Per::Day, Goal::Per::Week}) {
        bool first = true;
        for (const GoalProgress &entry : *progress) {
            if (entry.goal.per != per)
                continue;
            if (first) {
                m_out << (per == Goal::Per::Day ? QCoreApplication::translate("Cli", "Day of %1:")
                                                : QCoreApplication::translate("Cli", "Week of %1:"))
                             .arg(entry.firstDay.toString(Qt::ISODate))
                      << Qt::endl;
                first = false;
            }
            m_out << QStringLiteral("  ") << goalLine(entry) << Qt::endl;
        }
    }
    return Ok;
}

} // namespace stint
