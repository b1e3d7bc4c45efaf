#include "app/GoalMonitor.h"

#include "integration/Notifier.h"
#include "reports/ReportEngine.h"
#include "reports/ReportThread.h"
#include "settings/SettingKeys.h"
#include "storage/Datastore.h"
#include "util/Clock.h"
#include "util/DurationText.h"
#include "util/Logging.h"

#include <QJsonObject>
#include <QSet>

namespace stint {

struct GoalMonitor::Reading
{
    QString error;
    QDate today;
    QList<GoalProgress> progress; // today's day goals and this week's week goals
    QJsonObject stored;           // what was notified, as stored
    bool summaryDue = false;      // the day's summary is asked for, its time has come and it was not shown
    qint64 activeTime = 0;        // today's, when the summary is due
    QList<CategoryTotal> top;     // today's longest top-level categories, when the summary is due
};

GoalMonitor::GoalMonitor(Datastore &store, ReportThread &reports, Notifier &notifier,
                         std::shared_ptr<const Clock> clock, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_reports(reports)
    , m_notifier(notifier)
    , m_clock(std::move(clock))
    , m_gate([this] { read(); })
{
    connect(&m_store, &Datastore::committed, this, &GoalMonitor::check);
    // Also once at the start: a goal may have been crossed while nothing was checking.
    QMetaObject::invokeMethod(this, &GoalMonitor::check, Qt::QueuedConnection);
}

GoalMonitor::~GoalMonitor() = default;

void GoalMonitor::check()
{
    m_gate.request();
}

QString GoalMonitor::goalName(const Goal &goal)
{
    //: the name of a goal that counts all active time, not one category
    return goal.category.isEmpty() ? tr("Active time") : goal.category.join(QStringLiteral(" › "));
}

void GoalMonitor::read()
{
    const qint64 now = m_clock->nowNanos();
    m_reports.run(
        this,
        [now](ReportEngine &engine) {
            Reading reading;
            QList<Goal> goals;
            std::optional<QTime> summaryAt;
            if (!Goals::load(engine.reader(), &goals, &summaryAt, &reading.error))
                return reading;
            const auto stored = engine.reader().setting(settings::storageKey(settings::kGoalsNotified));
            if (!stored) {
                reading.error = engine.reader().error();
                return reading;
            }
            reading.stored = stored->toObject();
            const ReportCalendar &calendar = engine.calendar();
            reading.today = calendar.dateOf(now);
            auto progress = Goals::progress(engine, goals, reading.today);
            if (!progress) {
                reading.error = engine.error();
                return reading;
            }
            reading.progress = std::move(*progress);
            if (!summaryAt || reading.stored.value(kDaySummaryKey).toString() >= reading.today.toString(Qt::ISODate))
                return reading;
            // The summary's time within this day: before the start of day it is already the next date.
            const QDate date = *summaryAt >= calendar.startOfDay() ? reading.today : reading.today.addDays(1);
            if (now < calendar.at(date, *summaryAt))
                return reading;
            const auto summary = engine.summary(calendar.day(reading.today));
            if (!summary) {
                reading.error = engine.error();
                return reading;
            }
            reading.summaryDue = true;
            reading.activeTime = summary->activeTime;
            for (const CategoryTotal &category : summary->categories) {
                if (category.name.size() == 1 && category.duration > 0 && reading.top.size() < kSummaryCategories)
                    reading.top.append(category);
            }
            return reading;
        },
        [this](const Reading &reading) {
            compare(reading);
            m_gate.finished();
        });
}

void GoalMonitor::compare(const Reading &reading)
{
    ++m_checks;
    if (!reading.error.isEmpty()) {
        if (reading.error != m_problem)
            qCWarning(lcApp).noquote() << "goals are not checked:" << reading.error;
        m_problem = reading.error;
        Q_EMIT checked();
        return;
    }
    m_problem.clear();
    // What another run of Stint (before a restart) already said counts too.
    for (auto it = reading.stored.constBegin(); it != reading.stored.constEnd(); ++it) {
        if (it.value().toString() > m_notified.value(it.key()))
            m_notified.insert(it.key(), it.value().toString());
    }
    bool changed = false;
    QSet<QString> current{kDaySummaryKey.toString()};
    for (const GoalProgress &progress : reading.progress) {
        const QString key = progress.goal.key();
        current.insert(key);
        const QString period = progress.firstDay.toString(Qt::ISODate);
        if (!progress.crossed() || !progress.firstDay.isValid() || m_notified.value(key) >= period)
            continue;
        notifyGoal(progress);
        m_notified.insert(key, period);
        changed = true;
    }
    const QString today = reading.today.toString(Qt::ISODate);
    if (reading.summaryDue && m_notified.value(kDaySummaryKey.toString()) < today) {
        notifyDay(reading);
        m_notified.insert(kDaySummaryKey.toString(), today);
        changed = true;
    }
    if (changed) {
        QJsonObject remembered;
        for (auto it = m_notified.constBegin(); it != m_notified.constEnd(); ++it) {
            if (current.contains(it.key())) // goals removed meanwhile are forgotten
                remembered.insert(it.key(), it.value());
        }
        // Not waited for: the commit it causes brings one more check, which finds nothing new.
        m_store.setSetting(settings::storageKey(settings::kGoalsNotified), remembered);
    }
    Q_EMIT checked();
}

void GoalMonitor::notifyGoal(const GoalProgress &progress)
{
    const Goal &goal = progress.goal;
    const QString name = goalName(goal);
    const QString spent = DurationText::format(progress.spent);
    const QString limit = DurationText::format(goal.limit());
    const bool day = goal.per == Goal::Per::Day;
    if (goal.type == Goal::Type::AtMost) {
        m_notifier.notify(tr("Over your limit: %1").arg(name),
                          (day ? tr("%1 today, more than the %2 you allowed for a day.")
                               : tr("%1 this week, more than the %2 you allowed for a week."))
                              .arg(spent, limit));
    } else {
        m_notifier.notify(tr("Goal reached: %1").arg(name),
                          (day ? tr("%1 today: your goal of %2 a day is reached.")
                               : tr("%1 this week: your goal of %2 a week is reached."))
                              .arg(spent, limit));
    }
}

void GoalMonitor::notifyDay(const Reading &reading)
{
    QStringList top;
    for (const CategoryTotal &category : reading.top)
        top.append(tr("%1: %2").arg(category.name.constFirst(), DurationText::format(category.duration)));
    QStringList lines;
    if (!top.isEmpty())
        lines.append(top.join(QStringLiteral(", ")));
    int dayGoals = 0;
    int met = 0;
    for (const GoalProgress &progress : reading.progress) {
        if (progress.goal.per == Goal::Per::Day) {
            ++dayGoals;
            met += progress.met() ? 1 : 0;
        }
    }
    if (dayGoals > 0)
        lines.append(tr("Goals met today: %1 of %2").arg(met).arg(dayGoals));
    m_notifier.notify(tr("Your day so far: %1 active").arg(DurationText::format(reading.activeTime)),
                      lines.join(u'\n'));
}

} // namespace stint
