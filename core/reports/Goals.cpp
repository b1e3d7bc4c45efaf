#include "reports/Goals.h"

#include "model/Timestamp.h"
#include "reports/ReportEngine.h"
#include "reports/Summary.h"
#include "settings/SettingKeys.h"
#include "storage/EventReader.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QSet>

#include <algorithm>
#include <cmath>

namespace stint {

namespace {

const QString kCategory = QStringLiteral("category");
const QString kType = QStringLiteral("type");
const QString kMinutes = QStringLiteral("minutes");
const QString kPer = QStringLiteral("per");
const QString kAtMost = QStringLiteral("atMost");
const QString kAtLeast = QStringLiteral("atLeast");
const QString kDay = QStringLiteral("day");
const QString kWeek = QStringLiteral("week");

std::optional<Goal> goalFromJson(const QJsonValue &value, QString *why)
{
    if (!value.isObject()) {
        *why = Goals::tr("not an object");
        return std::nullopt;
    }
    const QJsonObject object = value.toObject();
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        if (it.key() != kCategory && it.key() != kType && it.key() != kMinutes && it.key() != kPer) {
            *why = Goals::tr("unknown field \"%1\"").arg(it.key());
            return std::nullopt;
        }
    }
    Goal goal;
    const QJsonValue category = object.value(kCategory);
    if (!category.isUndefined() && !category.isNull()) {
        if (!category.isArray() || category.toArray().size() > Goals::kMaxCategoryDepth) {
            *why = Goals::tr("\"category\" is not a list of up to %1 names").arg(Goals::kMaxCategoryDepth);
            return std::nullopt;
        }
        for (const QJsonValue &name : category.toArray()) {
            if (!name.isString() || name.toString().isEmpty()) {
                *why = Goals::tr("\"category\" holds something other than a name");
                return std::nullopt;
            }
            goal.category.append(name.toString());
        }
    }
    const QString type = object.value(kType).toString();
    if (type != kAtMost && type != kAtLeast) {
        *why = Goals::tr("\"type\" is neither \"atMost\" nor \"atLeast\"");
        return std::nullopt;
    }
    goal.type = type == kAtMost ? Goal::Type::AtMost : Goal::Type::AtLeast;
    const QString per = object.value(kPer).toString();
    if (per != kDay && per != kWeek) {
        *why = Goals::tr("\"per\" is neither \"day\" nor \"week\"");
        return std::nullopt;
    }
    goal.per = per == kDay ? Goal::Per::Day : Goal::Per::Week;
    const int most = goal.per == Goal::Per::Day ? Goals::kMinutesPerDay : Goals::kMinutesPerWeek;
    const QJsonValue minutes = object.value(kMinutes);
    const double number = minutes.toDouble(-1);
    if (!minutes.isDouble() || number != std::floor(number) || number < 1 || number > most) {
        *why = Goals::tr("\"minutes\" is not a whole number from 1 to %1").arg(most);
        return std::nullopt;
    }
    goal.minutes = int(number);
    return goal;
}

} // namespace

qint64 Goal::limit() const
{
    return qint64(minutes) * 60 * Timestamp::kNanosPerSecond;
}

QJsonObject Goal::toJson() const
{
    QJsonObject object{{kType, type == Type::AtMost ? kAtMost : kAtLeast},
                       {kMinutes, minutes},
                       {kPer, per == Per::Day ? kDay : kWeek}};
    if (!category.isEmpty())
        object.insert(kCategory, QJsonArray::fromStringList(category));
    return object;
}

QString Goal::key() const
{
    return QString::fromUtf8(QJsonDocument(toJson()).toJson(QJsonDocument::Compact));
}

bool GoalProgress::crossed() const
{
    return goal.type == Goal::Type::AtMost ? spent > goal.limit() : spent >= goal.limit();
}

double GoalProgress::fraction() const
{
    return double(spent) / double(goal.limit());
}

QJsonObject GoalProgress::toJson() const
{
    QJsonObject object = goal.toJson();
    object.insert(QStringLiteral("firstDay"), firstDay.toString(Qt::ISODate));
    object.insert(QStringLiteral("start"), Timestamp::toRfc3339(period.start));
    object.insert(QStringLiteral("end"), Timestamp::toRfc3339(period.end));
    object.insert(QStringLiteral("spent"), double(spent) / double(Timestamp::kNanosPerSecond));
    object.insert(QStringLiteral("limit"), double(goal.limit()) / double(Timestamp::kNanosPerSecond));
    object.insert(QStringLiteral("met"), met());
    return object;
}

std::optional<QList<Goal>> Goals::fromJson(const QJsonValue &value, QString *error)
{
    QString ignored;
    QString &why = error ? *error : ignored;
    if (value.isNull() || value.isUndefined())
        return QList<Goal>();
    if (!value.isArray()) {
        why = tr("not a list of goals");
        return std::nullopt;
    }
    const QJsonArray array = value.toArray();
    if (array.size() > kMaxGoals) {
        why = tr("more than %1 goals").arg(kMaxGoals);
        return std::nullopt;
    }
    QList<Goal> goals;
    QSet<QString> keys;
    for (qsizetype i = 0; i < array.size(); ++i) {
        QString problem;
        auto goal = goalFromJson(array.at(i), &problem);
        if (goal && keys.contains(goal->key()))
            problem = Goals::tr("the same goal is given twice");
        if (!problem.isEmpty()) {
            //: %1 is the position of the goal in the list, from 1
            why = tr("goal %1: %2").arg(i + 1).arg(problem);
            return std::nullopt;
        }
        keys.insert(goal->key());
        goals.append(*goal);
    }
    return goals;
}

QJsonArray Goals::toJson(const QList<Goal> &goals)
{
    QJsonArray array;
    for (const Goal &goal : goals)
        array.append(goal.toJson());
    return array;
}

bool Goals::parseDaySummary(const QJsonValue &value, std::optional<QTime> *time, QString *error)
{
    time->reset();
    if (value.isNull() || value.isUndefined())
        return true;
    const QTime parsed = QTime::fromString(value.toString(), QStringLiteral("HH:mm"));
    if (!value.isString() || !parsed.isValid()) {
        if (error)
            *error = tr("the time of the day's summary must be \"HH:MM\"");
        return false;
    }
    *time = parsed;
    return true;
}

bool Goals::load(EventReader &reader, QList<Goal> *goals, std::optional<QTime> *daySummary, QString *error)
{
    const auto stored = reader.setting(settings::storageKey(settings::kGoals));
    const auto summaryAt = stored ? reader.setting(settings::storageKey(settings::kGoalsDaySummary)) : std::nullopt;
    if (!stored || !summaryAt) {
        *error = reader.error();
        return false;
    }
    QString why;
    auto parsed = fromJson(*stored, &why);
    if (!parsed) {
        *error = settings::invalidMessage(settings::kGoals, why);
        return false;
    }
    if (!parseDaySummary(*summaryAt, daySummary, &why)) {
        *error = settings::invalidMessage(settings::kGoalsDaySummary, why);
        return false;
    }
    *goals = std::move(*parsed);
    return true;
}

qint64 Goals::spentIn(const Goal &goal, const Summary &summary)
{
    if (goal.category.isEmpty())
        return summary.activeTime;
    for (const CategoryTotal &total : summary.categories) {
        if (total.name == goal.category)
            return total.duration;
    }
    return 0;
}

QList<GoalProgress> Goals::evaluate(const QList<Goal> &goals, const Summary *day, const Summary *week)
{
    QList<GoalProgress> progress;
    for (const Goal &goal : goals) {
        const Summary *summary = goal.per == Goal::Per::Day ? day : week;
        if (!summary)
            continue;
        progress.append(GoalProgress{goal, summary->perDay.isEmpty() ? QDate() : summary->perDay.first().date,
                                     summary->range, spentIn(goal, *summary)});
    }
    return progress;
}

std::optional<QList<GoalProgress>> Goals::progress(ReportEngine &engine, const QList<Goal> &goals, QDate date,
                                                   bool days, bool weeks)
{
    const auto needs = [&](Goal::Per per) {
        return std::any_of(goals.cbegin(), goals.cend(), [per](const Goal &goal) { return goal.per == per; });
    };
    std::optional<Summary> day;
    std::optional<Summary> week;
    if (days && needs(Goal::Per::Day)) {
        day = engine.summary(engine.calendar().day(date));
        if (!day)
            return std::nullopt;
    }
    if (weeks && needs(Goal::Per::Week)) {
        week = engine.summary(engine.calendar().week(date));
        if (!week)
            return std::nullopt;
    }
    return evaluate(goals, day ? &*day : nullptr, week ? &*week : nullptr);
}

} // namespace stint
