// The ActivityWatch query operations on event lists, against hand-computed results: overlaps,
// touching intervals, empty inputs and zero durations.
#include "reports/CategoryRules.h"
#include "reports/EventOps.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace stint;
using namespace Qt::StringLiterals;

namespace {

constexpr qint64 kSecond = 1'000'000'000;

Event ev(double startSeconds, double durationSeconds, const QString &app, qint64 id = 0)
{
    return Event{id, qint64(startSeconds * kSecond), qint64(durationSeconds * kSecond), QJsonObject{{u"app"_s, app}}};
}

// "app@start+duration" per event, in list order, so a failure shows the whole list.
QString describe(const EventList &events)
{
    QStringList parts;
    for (const Event &event : events) {
        QString name = event.data.value(u"app"_s).toString();
        parts << u"%1@%2+%3"_s.arg(name).arg(double(event.start) / kSecond).arg(double(event.duration) / kSecond);
    }
    return parts.join(u' ');
}

} // namespace

class TestEventOps : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void floodMergesSameDataAndFillsGaps()
    {
        // a 0-10, a 12-20 (gap 2: merged), b 23-30 (gap 3, a longer: a stretched to 23),
        // c 40-41 (gap 10: stays), c 41-41 zero, c 44-50 (gap 3 from 41: merged).
        const EventList in{ev(0, 10, u"a"_s, 1), ev(12, 8, u"a"_s, 2), ev(23, 7, u"b"_s, 3),
                           ev(40, 1, u"c"_s, 4), ev(41, 0, u"c"_s, 5), ev(44, 6, u"c"_s, 6)};
        const EventList out = ops::flood(in);
        QCOMPARE(describe(out), u"a@0+23 b@23+7 c@40+10"_s);
        QCOMPARE(out.at(0).id, 1); // the merged event keeps the first id
    }

    void floodGivesTheGapToTheLongerEvent()
    {
        QCOMPARE(describe(ops::flood({ev(0, 2, u"a"_s), ev(5, 10, u"b"_s)})), u"a@0+2 b@2+13"_s);
        QCOMPARE(describe(ops::flood({ev(0, 10, u"a"_s), ev(13, 2, u"b"_s)})), u"a@0+13 b@13+2"_s);
    }

    void floodEdgeCases()
    {
        QVERIFY(ops::flood({}).isEmpty());
        QVERIFY(ops::flood({ev(5, 0, u"a"_s)}).isEmpty()); // zero duration alone vanishes
        // Unsorted input, overlapping different data stays as is, touching same data merges.
        QCOMPARE(describe(ops::flood({ev(10, 5, u"a"_s), ev(0, 10, u"a"_s), ev(12, 10, u"b"_s)})), u"a@0+15 b@12+10"_s);
        // A gap just over the pulsetime stays open; a custom pulsetime closes it.
        QCOMPARE(describe(ops::flood({ev(0, 1, u"a"_s), ev(6.5, 1, u"a"_s)})), u"a@0+1 a@6.5+1"_s);
        QCOMPARE(describe(ops::flood({ev(0, 1, u"a"_s), ev(6.5, 1, u"a"_s)}, 10)), u"a@0+7.5"_s);
    }

    void mergeEventsByKeys()
    {
        EventList in{ev(0, 5, u"a"_s), ev(10, 20, u"b"_s), ev(40, 7, u"a"_s)};
        in[1].data.insert(u"title"_s, u"x"_s);
        Event noApp{0, 100, kSecond, QJsonObject{{u"title"_s, u"y"_s}}};
        in.append(noApp);
        const EventList out = ops::mergeEventsByKeys(in, {u"app"_s});
        QCOMPARE(describe(out), u"b@10+20 a@0+12"_s);
        QCOMPARE(out.at(0).data, QJsonObject({{u"app"_s, u"b"_s}})); // only the keys
        QVERIFY(ops::mergeEventsByKeys({}, {u"app"_s}).isEmpty());
        QCOMPARE(ops::mergeEventsByKeys(in, {u"app"_s, u"title"_s}).size(), 1);
    }

    void chunkEventsByKey()
    {
        const EventList in{ev(0, 5, u"a"_s), ev(5, 5, u"a"_s), ev(10, 1, u"b"_s), ev(11, 2, u"a"_s)};
        const EventList out = ops::chunkEventsByKey(in, u"app"_s);
        QCOMPARE(describe(out), u"a@0+10 b@10+1 a@11+2"_s);
        QCOMPARE(out.at(0).data.value(u"subevents"_s).toArray().size(), 2);
        QVERIFY(ops::chunkEventsByKey(in, u"missing"_s).isEmpty());
    }

    void filterAndExcludeKeyvals()
    {
        const EventList in{ev(0, 1, u"a"_s), ev(1, 1, u"b"_s), ev(2, 1, u"c"_s),
                           Event{0, 3 * kSecond, kSecond, QJsonObject{}}};
        QCOMPARE(describe(ops::filterKeyvals(in, u"app"_s, {u"a"_s, u"c"_s})), u"a@0+1 c@2+1"_s);
        QCOMPARE(describe(ops::excludeKeyvals(in, u"app"_s, {u"a"_s, u"c"_s})), u"b@1+1 @3+1"_s);
        QVERIFY(ops::filterKeyvals(in, u"app"_s, {}).isEmpty());
        QString error;
        const auto matched = ops::filterKeyvalsRegex(in, u"app"_s, u"^[ab]$"_s, &error);
        QVERIFY(matched);
        QCOMPARE(describe(*matched), u"a@0+1 b@1+1"_s);
        QVERIFY(!ops::filterKeyvalsRegex(in, u"app"_s, u"(open"_s, &error));
        QVERIFY(error.contains(u"(open"_s));
    }

    void filterPeriodIntersect()
    {
        // Filter periods 5-15 and 12-20 overlap: they count once (5-20); 30-40 touches nothing.
        const EventList events{ev(0, 10, u"a"_s), ev(10, 10, u"b"_s), ev(20, 10, u"c"_s), ev(25, 0, u"z"_s)};
        const EventList filter{ev(5, 10, {}), ev(12, 8, {}), ev(30, 10, {})};
        QCOMPARE(describe(ops::filterPeriodIntersect(events, filter)), u"a@5+5 b@10+10"_s);
        QVERIFY(ops::filterPeriodIntersect(events, {}).isEmpty());
        QVERIFY(ops::filterPeriodIntersect({}, filter).isEmpty());
    }

    void periodUnionAndUnionNoOverlap()
    {
        const EventList a{ev(0, 10, u"a"_s), ev(20, 5, u"a"_s)};
        const EventList b{ev(10, 5, u"b"_s), ev(22, 10, u"b"_s), ev(40, 0, u"b"_s)};
        // Touching periods (0-10, 10-15) join; 20-25 and 22-32 overlap.
        QCOMPARE(describe(ops::periodUnion(a, b)), u"@0+15 @20+12"_s);
        QVERIFY(ops::periodUnion({}, {}).isEmpty());
        QCOMPARE(describe(ops::unionNoOverlap(a, b)), u"a@0+10 b@10+5 a@20+5 b@25+7"_s);
        QCOMPARE(describe(ops::unionNoOverlap({}, b)), u"b@10+5 b@22+10"_s);
        QCOMPARE(describe(ops::concat(a, b)), describe(a) + u' ' + describe(b));
    }

    void splitUrlEvents()
    {
        Event tab{1, 0, kSecond, QJsonObject{{u"url"_s, u"https://www.example.org/a/b?q=1&r=2"_s}}};
        const EventList out = ops::splitUrlEvents({tab, ev(1, 1, u"no url"_s)});
        QCOMPARE(out.at(0).data.value(u"$domain"_s).toString(), u"example.org"_s);
        QCOMPARE(out.at(0).data.value(u"$protocol"_s).toString(), u"https"_s);
        QCOMPARE(out.at(0).data.value(u"$path"_s).toString(), u"/a/b"_s);
        QCOMPARE(out.at(0).data.value(u"$params"_s).toString(), u"q=1&r=2"_s);
        QVERIFY(!out.at(1).data.contains(u"$domain"_s));
    }

    void categorizeAndTag()
    {
        QString error;
        const auto rules = CategoryRules::fromJson(QJsonDocument::fromJson(R"([
                {"name": ["Work"], "rule": {"type": "regex", "regex": "editor|term"}},
                {"name": ["Work", "Programming"], "rule": {"type": "regex", "regex": "editor"}}
            ])")
                                                       .array(),
                                                   &error);
        QVERIFY2(rules, qPrintable(error));
        const EventList out = ops::categorize({ev(0, 1, u"editor"_s), ev(1, 1, u"term"_s), ev(2, 1, u"x"_s)}, *rules);
        QCOMPARE(out.at(0).data.value(u"$category"_s).toArray(), QJsonArray({u"Work"_s, u"Programming"_s}));
        QCOMPARE(out.at(1).data.value(u"$category"_s).toArray(), QJsonArray({u"Work"_s}));
        QCOMPARE(out.at(2).data.value(u"$category"_s).toArray(), QJsonArray({u"Uncategorized"_s}));
        const EventList tagged = ops::tag({ev(0, 1, u"editor"_s)}, *rules);
        QCOMPARE(tagged.at(0).data.value(u"$tags"_s).toArray(), QJsonArray({u"Work"_s, u"Work > Programming"_s}));
    }

    void limitSortSum()
    {
        const EventList in{ev(10, 1, u"a"_s), ev(0, 3, u"b"_s), ev(5, 2, u"c"_s), ev(7, 0, u"d"_s)};
        QCOMPARE(describe(ops::sortByDuration(in)), u"b@0+3 c@5+2 a@10+1 d@7+0"_s);
        QCOMPARE(describe(ops::sortByTimestamp(in)), u"b@0+3 c@5+2 d@7+0 a@10+1"_s);
        QCOMPARE(describe(ops::limitEvents(in, 2)), u"a@10+1 b@0+3"_s);
        QCOMPARE(ops::limitEvents(in, 99).size(), 4);
        QVERIFY(ops::limitEvents(in, -1).isEmpty());
        QCOMPARE(ops::sumDurations(in), 6 * kSecond);
        QCOMPARE(ops::sumDurations({}), 0);
    }
};

QTEST_GUILESS_MAIN(TestEventOps)
#include "TestEventOps.moc"
