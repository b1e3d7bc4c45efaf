#pragma once

#include "reports/Spans.h"

#include <QCoreApplication>
#include <QDate>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QStringList>
#include <QTime>

#include <optional>

namespace stint {

class EventReader;
class ReportEngine;
struct Summary;

// A time goal: at most or at least so many minutes a day or a week, in one category (with its
// subcategories) or in all active time.
struct Goal
{
    enum class Type { AtMost, AtLeast };
    enum class Per { Day, Week };

    QStringList category; // empty: all active time
    Type type = Type::AtLeast;
    Per per = Per::Day;
    int minutes = 0;

    qint64 limit() const;
    // The stored form: {"category": [...], "type": "atMost"|"atLeast", "minutes": n, "per": "day"|"week"}.
    QJsonObject toJson() const;
    // Names the goal across restarts (what was notified): its stored form as compact JSON.
    QString key() const;
    friend bool operator==(const Goal &a, const Goal &b) = default;
};

// A goal in one period: the time counted so far.
struct GoalProgress
{
    Goal goal;
    QDate firstDay; // the day, or the first day of the week
    spans::Period period;
    qint64 spent = 0;

    // The event worth a notification has happened: an "at most" goal was exceeded, an "at least"
    // goal was reached.
    bool crossed() const;
    // Where the user wants to be: within an "at most" limit, at or over an "at least" one.
    bool met() const { return crossed() == (goal.type == Goal::Type::AtLeast); }
    // spent / limit, not capped.
    double fraction() const;
    QJsonObject toJson() const;
};

// The stored goals (setting stint.goals), checked on the way in, and their progress from the
// summaries of the reports engine.
class Goals final
{
    Q_DECLARE_TR_FUNCTIONS(Goals)

public:
    static constexpr int kMaxGoals = 100;
    static constexpr int kMaxCategoryDepth = 32;
    static constexpr int kMinutesPerDay = 24 * 60;
    static constexpr int kMinutesPerWeek = 7 * kMinutesPerDay;

    // Null or undefined is no goals. An error names the goal (position) and what is wrong.
    static std::optional<QList<Goal>> fromJson(const QJsonValue &value, QString *error);
    static QJsonArray toJson(const QList<Goal> &goals);
    // The setting stint.goals.daySummary: "HH:MM", or null/undefined for none (then `time` is reset).
    static bool parseDaySummary(const QJsonValue &value, std::optional<QTime> *time, QString *error);
    // Both settings from the reader; false with the error naming the setting.
    static bool load(EventReader &reader, QList<Goal> *goals, std::optional<QTime> *daySummary, QString *error);

    // The time a goal counts in a summary: its category's total (subcategories included) or all
    // active time.
    static qint64 spentIn(const Goal &goal, const Summary &summary);
    // Progress of the day goals in `day` and the week goals in `week`; a goal whose summary is
    // not given is left out.
    static QList<GoalProgress> evaluate(const QList<Goal> &goals, const Summary *day, const Summary *week);
    // The same from the engine: the day `date` and the week containing it, each summary read only
    // when a goal needs it. Nothing (with engine.error()) when a read failed.
    static std::optional<QList<GoalProgress>> progress(ReportEngine &engine, const QList<Goal> &goals, QDate date,
                                                       bool days = true, bool weeks = true);
};

} // namespace stint
