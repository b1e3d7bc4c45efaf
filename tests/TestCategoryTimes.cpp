// A preview of edited category rules: the time per rule equals what the summary shows once the
// same rules are stored, and computing it leaves the engine's own categories alone.
#include "StoreFixture.h"
#include "reports/ReportEngine.h"
#include "settings/SettingKeys.h"

#include <QJsonArray>

using namespace stint;
using namespace stint::test;

class TestCategoryTimes : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void previewMatchesTheSummary();
};

namespace {

QJsonObject rule(const QStringList &name, const QString &regex)
{
    QJsonObject object{{u"name"_s, QJsonArray::fromStringList(name)}};
    object.insert(u"rule"_s,
                  regex.isEmpty() ? QJsonObject{{u"type"_s, u"none"_s}}
                                  : QJsonObject{{u"type"_s, u"regex"_s}, {u"regex"_s, regex}});
    return object;
}

} // namespace

void TestCategoryTimes::previewMatchesTheSummary()
{
    StoreFixture fixture;
    QVERIFY(fixture.openWithBucket());
    const EventList events{windowEvent(0, u"notes.txt"_s, 600), windowEvent(600, u"report.md"_s, 300),
                           windowEvent(900, u"inbox"_s, 120), windowEvent(1020, u"notes.txt"_s, 60)};
    QVERIFY(await(fixture.store().insertEvents(kWindowBucket, events)).ok());
    QVERIFY(await(fixture.store().forceCommit()).ok());
    const spans::Period hour{kBaseTime, kBaseTime + 3600'000'000'000};

    const QJsonArray json{rule({u"Work"_s}, {}), rule({u"Work"_s, u"Notes"_s}, u"notes"_s),
                          rule({u"Work"_s, u"Writing"_s}, u"\\.md$"_s), rule({u"Unused"_s}, u"nothing-matches"_s)};
    QString error;
    const auto edited = CategoryRules::fromJson(json, &error);
    QVERIFY2(edited, qPrintable(error));

    ReportEngine engine(fixture.path());
    QVERIFY(engine.loadSettings());
    const auto before = engine.summary(hour);
    QVERIFY(before);
    const auto times = engine.categoryTimes(hour, *edited);
    QVERIFY(times);
    QCOMPARE(times->size(), size_t(5));
    QCOMPARE(times->at(0), 120'000'000'000); // Uncategorized: the inbox
    QCOMPARE(times->at(1), 0);               // "Work" names a parent only
    QCOMPARE(times->at(2), 660'000'000'000); // notes.txt twice
    QCOMPARE(times->at(3), 300'000'000'000); // report.md
    QCOMPARE(times->at(4), 0);
    // The engine still reports with its own (default) categories.
    const auto unchanged = engine.summary(hour);
    QVERIFY(unchanged);
    QCOMPARE(unchanged->categories.size(), before->categories.size());
    QCOMPARE(unchanged->categories.first().name, before->categories.first().name);

    // Stored, the same rules give the same times in the summary.
    QVERIFY(await(fixture.store().setSetting(settings::storageKey(settings::kCategories), json)).ok());
    QVERIFY(await(fixture.store().forceCommit()).ok());
    QVERIFY(engine.loadSettings());
    const auto stored = engine.summary(hour);
    QVERIFY(stored);
    for (int i = -1; i < int(edited->rules().size()); ++i) {
        const QStringList name = edited->nameOf(i);
        qint64 own = 0;
        for (const CategoryTotal &node : stored->categories) {
            if (node.name == name)
                own = node.own;
        }
        QCOMPARE(own, times->at(size_t(i + 1)));
    }
}

QTEST_GUILESS_MAIN(TestCategoryTimes)
#include "TestCategoryTimes.moc"
