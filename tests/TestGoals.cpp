// Goals: what the setting accepts and refuses, and progress against hand-computed figures (the
// 04:00 start of day putting a night's chat on the previous day, a Monday-to-Sunday week, a
// parent category counting its subcategories).
#include "CliRun.h"
#include "StoreFixture.h"
#include "reports/Goals.h"
#include "reports/ReportEngine.h"
#include "settings/SettingKeys.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>

using namespace stint;
using namespace stint::test;

namespace {

constexpr qint64 kMinute = 60 * kSecond;
const QDate kDay(2026, 7, 23); // a Thursday; kBaseTime is its 10:00 UTC

qint64 utc(QDate date, int hour, int minute = 0)
{
    return Timestamp::fromDateTime(QDateTime(date, QTime(hour, minute), QTimeZone::utc()));
}

Event span(QDate date, int hour, int minute, int minutes, const QString &title)
{
    return Event{0, utc(date, hour, minute), minutes * kMinute, win(u"App"_s, title)};
}

QJsonValue parse(const char *json)
{
    return QJsonDocument::fromJson(QByteArray("[") + json + "]").array().first();
}

CategoryRules rules()
{
    const auto rule = [](const QJsonArray &name, const QString &regex) {
        return QJsonObject{{u"name"_s, name},
                           {u"rule"_s,
                            regex.isEmpty() ? QJsonObject{{u"type"_s, u"none"_s}}
                                            : QJsonObject{{u"type"_s, u"regex"_s}, {u"regex"_s, regex}}}};
    };
    QString error;
    const auto parsed =
        CategoryRules::fromJson(QJsonArray{rule({u"Work"_s}, {}), rule({u"Work"_s, u"Programming"_s}, u"code"_s),
                                           rule({u"Work"_s, u"Mail"_s}, u"mail"_s), rule({u"Social"_s}, u"chat"_s)},
                                &error);
    Q_ASSERT(parsed);
    return *parsed;
}

Goal goal(QStringList category, Goal::Type type, int minutes, Goal::Per per)
{
    return Goal{std::move(category), type, per, minutes};
}

} // namespace

class TestGoals : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void storedFormRoundTrips();
    void refusals_data();
    void refusals();
    void daySummarySetting();
    void progressAgainstHandFigures();
    void weekGoalsOnlyWhenAsked();
    void loadNamesTheBadSetting();
    void cliPrintsProgress();

private:
    StoreFixture m_fx;
};

void TestGoals::initTestCase()
{
    QVERIFY(m_fx.openWithBucket());
    // No AFK bucket: all window time is active.
    const EventList events{span(kDay, 10, 0, 150, u"code.cpp"_s),         // Work/Programming 2 h 30 min
                           span(kDay, 13, 0, 45, u"chat"_s),              // Social 45 min
                           span(kDay, 14, 0, 20, u"mail inbox"_s),        // Work/Mail 20 min
                           span(kDay, 15, 0, 10, u"news"_s),              // Uncategorized 10 min
                           span(kDay, 3, 0, 30, u"chat at night"_s),      // 03:00 on the 23rd: still the 22nd
                           span(kDay.addDays(-2), 10, 0, 60, u"code"_s),  // Tuesday: Work/Programming 1 h
                           span(kDay.addDays(4), 10, 0, 40, u"chat"_s),   // Monday after: the next week
                           span(kDay.addDays(-4), 10, 0, 25, u"chat"_s)}; // Sunday before: the week before
    QVERIFY(await(m_fx.store().insertEvents(kWindowBucket, events)).ok());
    QVERIFY(await(m_fx.store().forceCommit()).ok());
}

void TestGoals::storedFormRoundTrips()
{
    const QJsonValue stored = parse(R"([
        {"category": ["Work", "Programming"], "type": "atLeast", "minutes": 240, "per": "day"},
        {"type": "atMost", "minutes": 600, "per": "week"},
        {"category": ["Social"], "type": "atMost", "minutes": 30, "per": "day"}])");
    QString error;
    const auto goals = Goals::fromJson(stored, &error);
    QVERIFY2(goals, qPrintable(error));
    QCOMPARE(goals->size(), 3);
    QCOMPARE(goals->at(0), goal({u"Work"_s, u"Programming"_s}, Goal::Type::AtLeast, 240, Goal::Per::Day));
    QCOMPARE(goals->at(1), goal({}, Goal::Type::AtMost, 600, Goal::Per::Week));
    QCOMPARE(goals->at(1).limit(), 600 * kMinute);
    QCOMPARE(QJsonValue(Goals::toJson(*goals)), stored);
    // Unset is no goals.
    QCOMPARE(Goals::fromJson(QJsonValue(QJsonValue::Null), &error)->size(), 0);
    QCOMPARE(Goals::fromJson(QJsonValue(QJsonValue::Undefined), &error)->size(), 0);
    // The key tells goals apart and stays the same for the same goal.
    QCOMPARE(goals->at(0).key(), Goals::fromJson(stored, &error)->at(0).key());
    QVERIFY(goals->at(0).key() != goals->at(2).key());
}

void TestGoals::refusals_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("message"); // a part of the error
    QTest::newRow("not a list") << QByteArray(R"({"type": "atMost"})") << u"not a list"_s;
    QTest::newRow("not an object") << QByteArray("[1]") << u"goal 1: not an object"_s;
    QTest::newRow("unknown field") << QByteArray(R"([{"type": "atMost", "minutes": 5, "per": "day", "x": 1}])")
                                   << u"unknown field \"x\""_s;
    QTest::newRow("type") << QByteArray(R"([{"type": "most", "minutes": 5, "per": "day"}])") << u"\"type\""_s;
    QTest::newRow("no type") << QByteArray(R"([{"minutes": 5, "per": "day"}])") << u"\"type\""_s;
    QTest::newRow("per") << QByteArray(R"([{"type": "atMost", "minutes": 5, "per": "month"}])") << u"\"per\""_s;
    QTest::newRow("no minutes") << QByteArray(R"([{"type": "atMost", "per": "day"}])") << u"\"minutes\""_s;
    QTest::newRow("zero minutes") << QByteArray(R"([{"type": "atMost", "minutes": 0, "per": "day"}])")
                                  << u"from 1 to 1440"_s;
    QTest::newRow("fraction") << QByteArray(R"([{"type": "atMost", "minutes": 1.5, "per": "day"}])")
                              << u"whole number"_s;
    QTest::newRow("longer than a day") << QByteArray(R"([{"type": "atLeast", "minutes": 1441, "per": "day"}])")
                                       << u"from 1 to 1440"_s;
    QTest::newRow("longer than a week") << QByteArray(R"([{"type": "atLeast", "minutes": 10081, "per": "week"}])")
                                        << u"from 1 to 10080"_s;
    QTest::newRow("minutes as text") << QByteArray(R"([{"type": "atLeast", "minutes": "5", "per": "day"}])")
                                     << u"\"minutes\""_s;
    QTest::newRow("category not a list") << QByteArray(
        R"([{"category": "Work", "type": "atLeast", "minutes": 5, "per": "day"}])")
                                         << u"\"category\""_s;
    QTest::newRow("empty name") << QByteArray(R"([{"category": [""], "type": "atLeast", "minutes": 5, "per": "day"}])")
                                << u"\"category\""_s;
    QTest::newRow("twice") << QByteArray(R"([{"type": "atLeast", "minutes": 5, "per": "day"},
                                             {"per": "day", "minutes": 5, "type": "atLeast"}])")
                           << u"goal 2: the same goal is given twice"_s;
}

void TestGoals::refusals()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, message);
    QString error;
    QVERIFY(!Goals::fromJson(parse(json.constData()), &error));
    QVERIFY2(error.contains(message), qPrintable(error));
}

void TestGoals::daySummarySetting()
{
    std::optional<QTime> time = QTime(1, 0);
    QString error;
    QVERIFY(Goals::parseDaySummary(QJsonValue(QJsonValue::Null), &time, &error));
    QVERIFY(!time);
    QVERIFY(Goals::parseDaySummary(u"18:30"_s, &time, &error));
    QCOMPARE(*time, QTime(18, 30));
    QVERIFY(!Goals::parseDaySummary(u"25:00"_s, &time, &error));
    QVERIFY(!Goals::parseDaySummary(1830, &time, &error));
    QVERIFY(error.contains(u"HH:MM"_s));
}

void TestGoals::progressAgainstHandFigures()
{
    ReportEngine engine(m_fx.path(), QTimeZone::utc());
    QVERIFY(engine.isOpen());
    engine.setCategories(rules());
    engine.setCalendar(ReportCalendar(QTimeZone::utc())); // days from 04:00, weeks from Monday
    const QList<Goal> goals{
        goal({u"Work"_s}, Goal::Type::AtLeast, 120, Goal::Per::Day),                    // 150 + 20 = 170 min
        goal({u"Work"_s, u"Programming"_s}, Goal::Type::AtLeast, 240, Goal::Per::Day),  // 150 min
        goal({u"Social"_s}, Goal::Type::AtMost, 30, Goal::Per::Day),                    // 45 min (not the night's)
        goal({}, Goal::Type::AtMost, 225, Goal::Per::Day),                              // 150+45+20+10 = 225 min
        goal({u"Work"_s, u"Programming"_s}, Goal::Type::AtLeast, 210, Goal::Per::Week), // 150 + 60 = 210 min
        goal({u"Social"_s}, Goal::Type::AtMost, 60, Goal::Per::Week),                   // 45 + 30 = 75 min
        goal({u"Gaming"_s}, Goal::Type::AtMost, 10, Goal::Per::Day)};                   // no such category: 0
    const auto progress = Goals::progress(engine, goals, kDay);
    QVERIFY2(progress, qPrintable(engine.error()));
    QCOMPARE(progress->size(), goals.size());

    const QList<qint64> spent{170, 150, 45, 225, 210, 75, 0};
    const QList<bool> crossed{true, false, true, false, true, true, false};
    const QList<bool> met{true, false, false, true, true, false, true};
    for (qsizetype i = 0; i < goals.size(); ++i) {
        const GoalProgress &entry = progress->at(i);
        QCOMPARE(entry.goal, goals.at(i));
        QCOMPARE(entry.spent, spent.at(i) * kMinute);
        QCOMPARE(entry.crossed(), crossed.at(i));
        QCOMPARE(entry.met(), met.at(i));
        const bool day = entry.goal.per == Goal::Per::Day;
        QCOMPARE(entry.firstDay, day ? kDay : QDate(2026, 7, 20));
        QCOMPARE(entry.period.start, day ? utc(kDay, 4) : utc(QDate(2026, 7, 20), 4));
        QCOMPARE(entry.period.end, day ? utc(kDay.addDays(1), 4) : utc(QDate(2026, 7, 27), 4));
    }
    QCOMPARE(progress->at(2).fraction(), 1.5);
    // Exactly at the limit: an "at least" goal is reached, an "at most" goal is not yet exceeded.
    QVERIFY(progress->at(3).met() && !progress->at(3).crossed());
    QVERIFY(progress->at(4).crossed());

    // The JSON stint-cli prints: the goal, its period, seconds spent and allowed.
    const QJsonObject json = progress->at(2).toJson();
    QCOMPARE(json.value(u"spent"_s).toDouble(), 45 * 60.0);
    QCOMPARE(json.value(u"limit"_s).toDouble(), 30 * 60.0);
    QCOMPARE(json.value(u"met"_s).toBool(), false);
    QCOMPARE(json.value(u"firstDay"_s).toString(), u"2026-07-23"_s);
    QCOMPARE(json.value(u"category"_s).toArray(), QJsonArray{u"Social"_s});
}

void TestGoals::weekGoalsOnlyWhenAsked()
{
    ReportEngine engine(m_fx.path(), QTimeZone::utc());
    engine.setCategories(rules());
    const QList<Goal> goals{goal({u"Social"_s}, Goal::Type::AtMost, 30, Goal::Per::Day),
                            goal({u"Social"_s}, Goal::Type::AtMost, 60, Goal::Per::Week)};
    const auto days = Goals::progress(engine, goals, kDay, true, false);
    QVERIFY(days);
    QCOMPARE(days->size(), 1);
    QCOMPARE(days->first().goal.per, Goal::Per::Day);
    // The next Monday starts a new week.
    const auto weeks = Goals::progress(engine, goals, kDay.addDays(4), false, true);
    QVERIFY(weeks);
    QCOMPARE(weeks->size(), 1);
    QCOMPARE(weeks->first().spent, 40 * kMinute);
}

void TestGoals::loadNamesTheBadSetting()
{
    QVERIFY(await(m_fx.store().setSetting(settings::storageKey(settings::kGoals), QJsonArray{1})).ok());
    QVERIFY(await(m_fx.store().forceCommit()).ok());
    EventReader reader(m_fx.path());
    QList<Goal> goals;
    std::optional<QTime> summary;
    QString error;
    QVERIFY(!Goals::load(reader, &goals, &summary, &error));
    QVERIFY2(error.contains(u"stint.goals"_s), qPrintable(error));

    QVERIFY(await(m_fx.store().setSetting(settings::storageKey(settings::kGoals),
                                          parse(R"([{"type": "atMost", "minutes": 5, "per": "day"}])")))
                .ok());
    QVERIFY(await(m_fx.store().setSetting(settings::storageKey(settings::kGoalsDaySummary), u"20:15"_s)).ok());
    QVERIFY(await(m_fx.store().forceCommit()).ok());
    QVERIFY2(Goals::load(reader, &goals, &summary, &error), qPrintable(error));
    QCOMPARE(goals.size(), 1);
    QCOMPARE(summary, std::optional<QTime>(QTime(20, 15)));
}

void TestGoals::cliPrintsProgress()
{
    QVERIFY(await(m_fx.store().setSetting(settings::storageKey(settings::kCategories), rules().toJson())).ok());
    QVERIFY(await(m_fx.store().setSetting(settings::storageKey(settings::kGoals), parse(R"([
        {"category": ["Social"], "type": "atMost", "minutes": 30, "per": "day"},
        {"category": ["Work", "Programming"], "type": "atLeast", "minutes": 240, "per": "day"},
        {"category": ["Work", "Programming"], "type": "atLeast", "minutes": 180, "per": "week"}])")))
                .ok());
    QVERIFY(await(m_fx.store().forceCommit()).ok());
    const QString dir = QFileInfo(m_fx.path()).absolutePath();
    const QStringList day{u"--data-dir"_s, dir, u"goals"_s, u"--date"_s, kDay.toString(Qt::ISODate)};

    const CliRun json = runCli(day + QStringList{u"--json"_s}, QTimeZone::utc());
    QCOMPARE(json.code, int(Cli::Ok));
    const QJsonObject result = QJsonDocument::fromJson(json.out.toUtf8()).object();
    QCOMPARE(result.value(u"date"_s).toString(), u"2026-07-23"_s);
    const QJsonArray goals = result.value(u"goals"_s).toArray();
    QCOMPARE(goals.size(), 3);
    QCOMPARE(goals.at(0).toObject().value(u"spent"_s).toDouble(), 45 * 60.0);
    QCOMPARE(goals.at(0).toObject().value(u"met"_s).toBool(), false);
    QCOMPARE(goals.at(1).toObject().value(u"spent"_s).toDouble(), 150 * 60.0);
    QCOMPARE(goals.at(2).toObject().value(u"spent"_s).toDouble(), 210 * 60.0);
    QCOMPARE(goals.at(2).toObject().value(u"firstDay"_s).toString(), u"2026-07-20"_s);
    QCOMPARE(goals.at(2).toObject().value(u"met"_s).toBool(), true);

    const CliRun text = runCli(day, QTimeZone::utc());
    QCOMPARE(text.code, int(Cli::Ok));
    const QStringList lines = text.out.split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(
        lines,
        (QStringList{u"Day of 2026-07-23:"_s, u"  Social: 45 min of at most 30 min a day, over the limit"_s,
                     u"  Work › Programming: 2 h 30 min of at least 4 h a day, 1 h 30 min to go"_s,
                     u"Week of 2026-07-20:"_s, u"  Work › Programming: 3 h 30 min of at least 3 h a week, reached"_s}));

    // No goals: said so; a bad date: a usage error.
    QVERIFY(await(m_fx.store().setSetting(settings::storageKey(settings::kGoals), QJsonValue(QJsonValue::Null))).ok());
    QVERIFY(await(m_fx.store().forceCommit()).ok());
    const CliRun none = runCli(day, QTimeZone::utc());
    QCOMPARE(none.code, int(Cli::Ok));
    QVERIFY2(none.out.contains(u"No goals"_s), qPrintable(none.out));
    QCOMPARE(runCli({u"--data-dir"_s, dir, u"goals"_s, u"--date"_s, u"July"_s}).code, int(Cli::Usage));
}

QTEST_GUILESS_MAIN(TestGoals)

#include "TestGoals.moc"
