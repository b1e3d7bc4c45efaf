// Raw-data browsing: events come unclipped, newest first, filtered by any data value, limited,
// with the number of all matches.
#include "StoreFixture.h"

#include <QJsonArray>

using namespace stint;
using namespace stint::test;

class TestFindEvents : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void filtersLimitsAndCounts();
};

void TestFindEvents::filtersLimitsAndCounts()
{
    StoreFixture fixture;
    QVERIFY(fixture.openWithBucket());
    EventList events;
    for (int i = 0; i < 10; ++i) {
        Event event = windowEvent(i * 100, i % 3 == 0 ? u"Report %1.odt"_s.arg(i) : u"mail %1"_s.arg(i), 60);
        if (i == 4)
            event.data.insert(u"tags"_s, QJsonArray{u"Nested REPORT"_s});
        if (i == 5)
            event.data.insert(u"count"_s, 4242);
        events.append(event);
    }
    QVERIFY(await(fixture.store().insertEvents(kWindowBucket, events)).ok());
    QVERIFY(await(fixture.store().forceCommit()).ok());

    EventReader reader(fixture.path());
    QVERIFY(reader.isOpen());
    const auto all = reader.findEvents(kWindowBucket, {}, {}, 4);
    QVERIFY(all);
    QCOMPARE(all->total, 10);
    QCOMPARE(all->events.size(), 4);
    QCOMPARE(all->events.first().start, events.last().start); // newest first
    QVERIFY(all->events.first().id > 0);

    // Case-insensitive, in nested values too: titles 0, 3, 6, 9 and the tag of event 4.
    const auto reports = reader.findEvents(kWindowBucket, {}, u"report"_s, 3);
    QVERIFY(reports);
    QCOMPARE(reports->total, 5);
    QCOMPARE(reports->events.size(), 3);
    QCOMPARE(reports->events.at(0).data.value(u"title"_s).toString(), u"Report 9.odt"_s);
    QCOMPARE(reports->events.at(1).data.value(u"title"_s).toString(), u"Report 6.odt"_s);
    QCOMPARE(reports->events.at(2).data.value(u"title"_s).toString(), u"mail 4"_s);
    const auto number = reader.findEvents(kWindowBucket, {}, u"4242"_s, 10);
    QVERIFY(number);
    QCOMPARE(number->total, 1);
    QCOMPARE(number->events.first().data.value(u"title"_s).toString(), u"mail 5"_s);

    // A range that cuts events 3 and 5 keeps them whole (not clipped).
    const EventReader::Range range{events.at(3).start + 30'000'000'000, events.at(5).start + 30'000'000'000};
    const auto inRange = reader.findEvents(kWindowBucket, range, {}, 10);
    QVERIFY(inRange);
    QCOMPARE(inRange->total, 3);
    QCOMPARE(inRange->events.size(), 3);
    QCOMPARE(inRange->events.last().start, events.at(3).start);
    QCOMPARE(inRange->events.last().duration, events.at(3).duration);
    const auto filteredRange = reader.findEvents(kWindowBucket, range, u"REPORT"_s, 10);
    QVERIFY(filteredRange);
    QCOMPARE(filteredRange->total, 2); // 3 and 4
    QVERIFY(!reader.findEvents(u"no-such-bucket"_s, {}, {}, 10));

    // LIKE's wildcards are taken literally; quotes and non-ASCII text are matched too.
    EventList special{windowEvent(2000, u"100% done_now"_s, 10), windowEvent(2100, u"say \"hi\""_s, 10),
                      windowEvent(2200, u"Grüße aus Köln"_s, 10)};
    QVERIFY(await(fixture.store().insertEvents(kWindowBucket, special)).ok());
    QVERIFY(await(fixture.store().forceCommit()).ok());
    const auto count = [&](const QString &text) {
        const auto found = reader.findEvents(kWindowBucket, {}, text, 100);
        return found ? found->total : -1;
    };
    QCOMPARE(count(u"0% d"_s), 1);
    QCOMPARE(count(u"e_n"_s), 1);
    QCOMPARE(count(u"%"_s), 1);
    QCOMPARE(count(u"_"_s), 1);
    QCOMPARE(count(u"0_ d"_s), 0); // "_" is not a wildcard
    QCOMPARE(count(u"\"hi\""_s), 1);
    QCOMPARE(count(u"GRÜSSE"_s), 0); // not a case folding of "Grüße" in Qt either
    QCOMPARE(count(u"KÖLN"_s), 1);
    QCOMPARE(count(u"köln"_s), 1);
    QCOMPARE(count(u"EDITOR"_s), 13); // the app of every event
}

QTEST_GUILESS_MAIN(TestFindEvents)
#include "TestFindEvents.moc"
