#pragma once

#include "reports/Goals.h"
#include "util/RefreshGate.h"

#include <QHash>
#include <QObject>

#include <memory>

namespace stint {

class Clock;
class Datastore;
class Notifier;
class ReportThread;

// Tells the user when an "at most" goal is exceeded or an "at least" goal is reached, and, when
// the setting asks for it, sums up the day. Checked after each commit on the reading thread (the
// day's and week's summaries the reports engine keeps cheap); each goal is notified at most once
// per day or week, remembered in the setting stint.goals.notified so a restart says nothing twice.
class GoalMonitor final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(GoalMonitor)

public:
    // The key of the day's summary among the goals' keys in the remembered notifications.
    static constexpr QStringView kDaySummaryKey = u"daySummary";
    // How many top-level categories the day's summary names.
    static constexpr int kSummaryCategories = 3;

    GoalMonitor(Datastore &store, ReportThread &reports, Notifier &notifier, std::shared_ptr<const Clock> clock,
                QObject *parent = nullptr);
    ~GoalMonitor() override;

    // Reads and compares again (done after every commit).
    void check();
    int checks() const { return m_checks; }
    // A check is running or waiting to run.
    bool isChecking() const { return m_gate.busy(); }

    // A goal's name as the user reads it: its category path, or "active time".
    static QString goalName(const Goal &goal);

Q_SIGNALS:
    // A check finished, with or without notifications.
    void checked();

private:
    struct Reading;
    void read();
    void compare(const Reading &reading);
    void notifyGoal(const GoalProgress &progress);
    void notifyDay(const Reading &reading);

    Datastore &m_store;
    ReportThread &m_reports;
    Notifier &m_notifier;
    std::shared_ptr<const Clock> m_clock;
    RefreshGate m_gate;
    QHash<QString, QString> m_notified; // goal key or kDaySummaryKey -> first day of the period told about
    QString m_problem;                  // the last settings problem logged
    int m_checks = 0;
};

} // namespace stint
