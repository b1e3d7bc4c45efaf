// The query language: syntax and its errors (with positions), limits against hostile input, every
// function, and the queries aw-webui and aw-client send, on a small history computed by hand.
#include "StoreFixture.h"
#include "model/Timestamp.h"
#include "query/QueryEngine.h"
#include "query/QueryFunctions.h"
#include "query/QueryParser.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>

using namespace stint;
using namespace stint::test;
using query::QueryError;

namespace {

const QString kAfk = u"aw-watcher-afk_testhost"_s;
const QString kWeb = u"aw-watcher-web-firefox_testhost"_s;

// name -> duration of merged events ({"data": {key: name}, "duration": d}).
QMap<QString, double> durationsBy(const QJsonValue &events, const QString &key)
{
    QMap<QString, double> result;
    for (const QJsonValue &event : events.toArray()) {
        const QJsonValue value = event[u"data"_s][key];
        const QString name = value.isArray() ? value.toVariant().toStringList().join(u'>') : value.toString();
        result[name] += event[u"duration"_s].toDouble();
    }
    return result;
}

// What aw-webui's fullDesktopQuery sends for one host with a Firefox bucket, audible tabs,
// AFK filtering, an always-active pattern and categories (generated text, one string).
QString desktopQuery(const QString &alwaysActive)
{
    QString text = u"\n"
                   u"events = flood(query_bucket(\"aw-watcher-window_testhost\"));\n"
                   u"not_afk = flood(query_bucket(\"aw-watcher-afk_testhost\"));\n"
                   u"not_afk = filter_keyvals(not_afk, \"status\", [\"not-afk\"]);"_s;
    if (!alwaysActive.isEmpty()) {
        text += u"\n"
                u"not_treat_as_afk = filter_keyvals_regex(events, \"app\", \"%1\");\n"
                u"not_afk = period_union(not_afk, not_treat_as_afk);\n"
                u"not_treat_as_afk = filter_keyvals_regex(events, \"title\", \"%1\");\n"
                u"not_afk = period_union(not_afk, not_treat_as_afk);"_s.arg(alwaysActive);
    }
    text +=
        u"\n"
        u"browser_events = [];\n"
        u"events_firefox = flood(query_bucket(\"aw-watcher-web-firefox_testhost\"));\n"
        u"window_firefox = filter_keyvals(events, \"app\", "
        u"[\"org.mozilla.firefox\",\"io.gitlab.librewolf-community\"]);\n"
        u"window_firefox_re = filter_keyvals_regex(events, \"app\", \"(?i)(firefox|librewolf|waterfox|nightly)\");\n"
        u"window_firefox = sort_by_timestamp(concat(window_firefox, window_firefox_re));\n"
        u"events_firefox = filter_period_intersect(events_firefox, window_firefox);\n"
        u"events_firefox = split_url_events(events_firefox);\n"
        u"browser_events = concat(browser_events, events_firefox);\n"
        u"browser_events = sort_by_timestamp(browser_events);\n"
        u"audible_events = filter_keyvals(browser_events, \"audible\", [true]);\n"
        u"not_afk = period_union(not_afk, audible_events);\n"
        u"events = filter_period_intersect(events, not_afk);\n"
        u"stopwatch_events = [];\n"
        u"events = categorize(events, [[[\"Work\",\"Programming\"],{\"type\":\"regex\",\"regex\":\"Qt "
        u"Creator|\\.cpp$\"}],[[\"Work\"],{\"type\":\"regex\",\"regex\":\"notes\",\"ignore_case\":true}],[[\"Media\"],{"
        u"\"type\":\"regex\",\"regex\":\"youtube\"}]]);\n"
        u"title_events = sort_by_duration(merge_events_by_keys(events, [\"app\", \"title\"]));\n"
        u"app_events   = sort_by_duration(merge_events_by_keys(title_events, [\"app\"]));\n"
        u"cat_events   = sort_by_duration(merge_events_by_keys(events, [\"$category\"]));\n"
        u"app_events  = limit_events(app_events, 100);\n"
        u"title_events  = limit_events(title_events, 100);\n"
        u"duration = sum_durations(events);\n"
        u"browser_events = split_url_events(browser_events);\n"
        u"browser_urls = merge_events_by_keys(browser_events, [\"url\"]);\n"
        u"browser_urls = sort_by_duration(browser_urls);\n"
        u"browser_urls = limit_events(browser_urls, 100);\n"
        u"browser_domains = merge_events_by_keys(browser_events, [\"$domain\"]);\n"
        u"browser_domains = sort_by_duration(browser_domains);\n"
        u"browser_domains = limit_events(browser_domains, 100);\n"
        u"browser_duration = sum_durations(browser_events);\n"
        u"RETURN = {\n"
        u"    \"events\": events, \"window\": {\"app_events\": app_events, \"title_events\": title_events,\n"
        u"    \"cat_events\": cat_events, \"active_events\": not_afk, \"duration\": duration},\n"
        u"    \"browser\": {\"domains\": browser_domains, \"urls\": browser_urls, \"duration\": browser_duration}\n"
        u"};"_s;
    return text;
}

} // namespace

class TestQuery : public QObject
{
    Q_OBJECT

    StoreFixture m_fixture;
    std::unique_ptr<EventReader> m_reader;

    QJsonValue run(const QString &program, double from = 0, double to = 1800)
    {
        QueryEngine engine(*m_reader);
        QueryError error;
        const auto result =
            engine.run(program, {kBaseTime + qint64(from * kSecond), kBaseTime + qint64(to * kSecond)}, &error);
        if (!result)
            qWarning("query failed: %s", qPrintable(error.toString()));
        return result.value_or(QJsonValue(QJsonValue::Undefined));
    }

    QueryError failure(const QString &program)
    {
        QueryEngine engine(*m_reader);
        engine.setMaxEvents(1000);
        QueryError error;
        const auto result = engine.run(program, {kBaseTime, kBaseTime + 1800 * kSecond}, &error);
        if (result)
            qWarning("unexpected result: %s", QJsonDocument(QJsonArray{*result}).toJson().constData());
        return result ? QueryError{QueryError::Kind::Invalid, u"<no error>"_s, -1, -1} : error;
    }

private Q_SLOTS:
    void initTestCase()
    {
        // Window: Editor 0-600, Firefox 600-900, Terminal 900-1200, Editor (notes) 1200-1800.
        // AFK: not-afk 0-1000, afk 1000-1500, not-afk 1500-1800.
        // Firefox tabs: Qt docs 600-780, a video 780-900 (audible), another video 1000-1400.
        QVERIFY(m_fixture.open());
        Datastore &store = m_fixture.store();
        QVERIFY(await(store.createBucket(windowBucket())).ok());
        QVERIFY(await(store.createBucket(bucketOf(kAfk, u"afkstatus"_s))).ok());
        QVERIFY(await(store.createBucket(bucketOf(kWeb, u"web.tab.current"_s))).ok());
        QVERIFY(await(store.insertEvents(kWindowBucket,
                                         {at(0, 600, win(u"Editor"_s, u"main.cpp - Qt Creator"_s)),
                                          at(600, 900, win(u"Firefox"_s, u"Qt docs"_s)),
                                          at(900, 1200, win(u"Terminal"_s, u"bash"_s)),
                                          at(1200, 1800, win(u"Editor"_s, u"Notes.txt"_s))}))
                    .ok());
        QVERIFY(await(store.insertEvents(kAfk,
                                         {at(0, 1000, {{u"status"_s, u"not-afk"_s}}),
                                          at(1000, 1500, {{u"status"_s, u"afk"_s}}),
                                          at(1500, 1800, {{u"status"_s, u"not-afk"_s}})}))
                    .ok());
        const auto tab = [](const QString &url, const QString &title, bool audible) {
            return QJsonObject{{u"url"_s, url}, {u"title"_s, title}, {u"audible"_s, audible}};
        };
        QVERIFY(await(store.insertEvents(
                          kWeb,
                          {at(600, 780, tab(u"https://doc.qt.io/qt-6/qjsonvalue.html"_s, u"QJsonValue"_s, false)),
                           at(780, 900, tab(u"https://www.youtube.com/watch?v=a"_s, u"video"_s, true)),
                           at(1000, 1400, tab(u"https://www.youtube.com/watch?v=b"_s, u"video 2"_s, true))}))
                    .ok());
        QVERIFY(await(store.forceCommit()).ok());
        m_reader = std::make_unique<EventReader>(m_fixture.path());
        QVERIFY(m_reader->isOpen());
    }

    void literalsAndOperators()
    {
        const QJsonValue result = run(
            u"\x23 a comment runs to the end of the line\n"
            "\x23 comment = [;\n"
            "a = [1, 2.5, \"s\", true, False, null, None, True, false];\n"
            "b = 1 + 2 * 3 - 4 / 2;   c = (1 + 2) * 3 % 4;\n"
            "d = \"x\" + \"y\";  e = [1] + [2, 3];  f = -b;\n"
            "g = {\"k\": [1, {\"n\": \"v\"}], \"eq\": 1 == 1, \"ne\": \"a\" == \"b\", \"list_eq\": [1, 2] == [1, 2]};\n"
            "RETURN = {\"a\": a, \"b\": b, \"c\": c, \"d\": d, \"e\": e, \"f\": f, \"g\": g, \"empty\": {}, \"none\": []};"_s);
        const QJsonObject expected{
            {u"a"_s, QJsonArray{1, 2.5, u"s"_s, true, false, QJsonValue(), QJsonValue(), true, false}},
            {u"b"_s, 5},
            {u"c"_s, 1},
            {u"d"_s, u"xy"_s},
            {u"e"_s, QJsonArray{1, 2, 3}},
            {u"f"_s, -5},
            {u"g"_s,
             QJsonObject{{u"k"_s, QJsonArray{1, QJsonObject{{u"n"_s, u"v"_s}}}},
                         {u"eq"_s, true},
                         {u"ne"_s, false},
                         {u"list_eq"_s, true}}},
            {u"empty"_s, QJsonObject()},
            {u"none"_s, QJsonArray()},
        };
        QCOMPARE(result, QJsonValue(expected));
    }

    void stringsKeepBackslashesAndUnescapeQuotes()
    {
        QCOMPARE(run(u"RETURN = \"a\\\"b\\w\\.c\";"_s), QJsonValue(u"a\"b\\w\\.c"_s));
    }

    void returnKeywordIfElifElseAndTimeinterval()
    {
        QCOMPARE(
            run(u"x = 2; if x == 1 { r = \"one\"; } elif x == 2 { r = \"two\"; } else { r = \"many\"; } return r;"_s),
            QJsonValue(u"two"_s));
        QCOMPARE(run(u"if false { r = 1; } else { r = 3; }\nRETURN = r"_s), QJsonValue(3));
        QCOMPARE(run(u"RETURN = TIMEINTERVAL;"_s, 0, 60), QJsonValue(period(0, 60)));
    }

    void syntaxErrorsSayWhere()
    {
        QueryError error = failure(u"events = flood(query_bucket(\"x\");\nRETURN = events;"_s);
        QCOMPARE(error.kind, QueryError::Kind::Syntax);
        QCOMPARE(error.line, 1);
        QCOMPARE(error.column, 33);
        QVERIFY2(error.message.contains(u"','"_s), qPrintable(error.toString()));

        error = failure(u"a = 1;\n  b = = 2;"_s);
        QCOMPARE(error.kind, QueryError::Kind::Syntax);
        QCOMPARE(error.line, 2);
        QCOMPARE(error.column, 7);

        error = failure(u"a = \"never closed;"_s);
        QCOMPARE(error.kind, QueryError::Kind::Syntax);
        QVERIFY(error.message.contains(u"not closed"_s));

        error = failure(u"a = 1 b = 2;"_s);
        QCOMPARE(error.kind, QueryError::Kind::Syntax);
        QVERIFY(error.message.contains(u"';'"_s));

        error = failure(u"a = {1: 2};"_s);
        QVERIFY(error.message.contains(u"dict keys must be strings"_s));

        error = failure(u"a = 1 @ 2;"_s);
        QCOMPARE(error.column, 7);
        QCOMPARE(failure(u"if true { a = 1;"_s).kind, QueryError::Kind::Syntax);
        QVERIFY(failure(u"a = 1;"_s).message.contains(u"RETURN"_s));
        QCOMPARE(failure(QString()).kind, QueryError::Kind::Invalid);
    }

    void evaluationErrorsSayWhatAndWhere()
    {
        QueryError error = failure(u"e = query_bucket(\"aw-watcher-window_testhost\");\nRETURN = flod(e);"_s);
        QCOMPARE(error.kind, QueryError::Kind::Invalid);
        QCOMPARE(error.line, 2);
        QCOMPARE(error.column, 10);
        QVERIFY(error.message.contains(u"unknown function 'flod'"_s));

        error = failure(u"RETURN = flood();"_s);
        QVERIFY2(error.message.contains(u"takes 1 to 2 arguments, not 0"_s), qPrintable(error.message));
        error = failure(u"RETURN = flood(\"abc\");"_s);
        QVERIFY2(error.message.contains(u"argument 1"_s) && error.message.contains(u"a string"_s),
                 qPrintable(error.message));
        error = failure(u"RETURN = flood([], -1);"_s);
        QVERIFY(error.message.contains(u"pulsetime"_s));
        error = failure(u"RETURN = limit_events([], \"3\");"_s);
        QVERIFY(error.message.contains(u"must be a number"_s));
        error = failure(u"RETURN = merge_events_by_keys([], [\"app\", 3]);"_s);
        QVERIFY(error.message.contains(u"list of strings"_s));
        error = failure(u"RETURN = unknown_var;"_s);
        QVERIFY(error.message.contains(u"unknown variable 'unknown_var'"_s));
        error = failure(u"RETURN = flood;"_s);
        QVERIFY(error.message.contains(u"is a function"_s));
        error = failure(u"RETURN = 1 + \"a\";"_s);
        QVERIFY(error.message.contains(u"cannot apply '+'"_s));
        QVERIFY(failure(u"RETURN = 1 / 0;"_s).message.contains(u"division by zero"_s));
        QVERIFY(failure(u"if 1 { a = 1; }"_s).message.contains(u"true or false"_s));
        error = failure(u"RETURN = filter_keyvals_regex([], \"app\", \"(unclosed\");"_s);
        QVERIFY(error.message.contains(u"argument 3"_s));
        error = failure(u"RETURN = categorize([], [[\"Work\", {\"type\": \"regex\"}]]);"_s);
        QVERIFY2(error.message.contains(u"argument 2"_s), qPrintable(error.message));
        error = failure(u"RETURN = categorize([], [[[\"Work\"], {\"type\": \"regex\", \"regex\": \"(\"}]]);"_s);
        QVERIFY2(error.message.contains(u"Work"_s), qPrintable(error.message));
        error = failure(u"RETURN = flood([{\"timestamp\": \"yesterday\"}]);"_s);
        QVERIFY2(error.message.contains(u"item 1 is not an event"_s), qPrintable(error.message));
    }

    void unknownBucketsAreNotFound()
    {
        QueryError error = failure(u"RETURN = query_bucket(\"nope\");"_s);
        QCOMPARE(error.kind, QueryError::Kind::NotFound);
        QVERIFY(error.message.contains(u"'nope'"_s));
        error = failure(u"RETURN = find_bucket(\"aw-watcher-window_\", \"otherhost\");"_s);
        QCOMPARE(error.kind, QueryError::Kind::NotFound);
        QVERIFY(error.message.contains(u"otherhost"_s));
    }

    void hostileInputHitsLimits()
    {
        // Deep nesting of each kind stops at the limit instead of exhausting the stack.
        for (const auto &[open, close] : {std::pair{u"["_s, u"]"_s}, std::pair{u"("_s, u")"_s},
                                          std::pair{u"flood("_s, u")"_s}, std::pair{u"{\"a\":"_s, u"}"_s}}) {
            const QString program = u"RETURN = "_s + open.repeated(100'000) + u"1"_s + close.repeated(100'000) + u";"_s;
            QCOMPARE(failure(program).kind, QueryError::Kind::TooLarge);
        }
        QCOMPARE(failure(u"RETURN = "_s + u"-"_s.repeated(100'000) + u"1;"_s).kind, QueryError::Kind::TooLarge);
        QCOMPARE(failure(u"if true { "_s.repeated(10'000)).kind, QueryError::Kind::TooLarge);
        // Nesting within the limit works.
        QCOMPARE(run(u"RETURN = "_s + u"["_s.repeated(50) + u"7"_s + u"]"_s.repeated(50) + u";"_s).isArray(), true);
        // Too long a program.
        QCOMPARE(failure(u"a = 1;"_s.repeated(query::QueryParser::kMaxProgramChars / 6 + 1)).kind,
                 QueryError::Kind::TooLarge);
        // Doubling a list or a string cannot grow without bound.
        QCOMPARE(failure(u"a = [1, 2, 3, 4];"_s + u"a = a + a;"_s.repeated(40) + u"RETURN = a;"_s).kind,
                 QueryError::Kind::TooLarge);
        QCOMPARE(failure(u"a = \"0123456789\";"_s + u"a = a + a;"_s.repeated(40) + u"RETURN = a;"_s).kind,
                 QueryError::Kind::TooLarge);
        QCOMPARE(failure(u"a = query_bucket(\"aw-watcher-window_testhost\");"_s + u"a = concat(a, a);"_s.repeated(40)
                         + u"RETURN = a;"_s)
                     .kind,
                 QueryError::Kind::TooLarge);
    }

    void bucketFunctions()
    {
        QCOMPARE(run(u"RETURN = query_bucket_names();"_s), QJsonValue(QJsonArray{kAfk, kWeb, kWindowBucket})); // sorted
        QCOMPARE(run(u"RETURN = find_bucket(\"aw-watcher-window_\");"_s), QJsonValue(kWindowBucket));
        QCOMPARE(run(u"RETURN = find_bucket(\"aw-watcher-afk\", \"testhost\");"_s), QJsonValue(kAfk));
        // query_bucket: newest first, clipped to the period, with ids.
        const QJsonArray events =
            run(u"RETURN = query_bucket(find_bucket(\"aw-watcher-window_\"));"_s, 700, 1000).toArray();
        QCOMPARE(events.size(), 2);
        QCOMPARE(events.at(0)[u"data"_s][u"app"_s].toString(), u"Terminal"_s);
        QCOMPARE(events.at(0)[u"duration"_s].toDouble(), 100.0);
        QCOMPARE(events.at(1)[u"timestamp"_s].toString(), Timestamp::toRfc3339(kBaseTime + 700 * kSecond));
        QCOMPARE(events.at(1)[u"duration"_s].toDouble(), 200.0);
        QVERIFY(events.at(1)[u"id"_s].toInteger() > 0);
    }

    void eventFunctions()
    {
        const QString window = u"w = query_bucket(\"aw-watcher-window_testhost\");"_s;
        QCOMPARE(run(window + u"RETURN = sum_durations(w);"_s), QJsonValue(1800));
        QCOMPARE(run(window + u"RETURN = sum_durations(limit_events(sort_by_timestamp(w), 2));"_s), QJsonValue(900));
        const QJsonArray byDuration = run(window + u"RETURN = sort_by_duration(w);"_s).toArray();
        QCOMPARE(byDuration.at(0)[u"duration"_s].toDouble(), 600.0);
        QCOMPARE(byDuration.at(3)[u"duration"_s].toDouble(), 300.0);
        QCOMPARE(run(window + u"RETURN = sum_durations(exclude_keyvals(w, \"app\", [\"Editor\"]));"_s),
                 QJsonValue(600));
        QCOMPARE(run(window + u"RETURN = sum_durations(filter_keyvals(w, \"app\", [\"Editor\", \"Terminal\"]));"_s),
                 QJsonValue(1500));
        const QJsonArray chunks =
            run(window + u"RETURN = chunk_events_by_key(sort_by_timestamp(w), \"app\");"_s).toArray();
        QCOMPARE(chunks.size(), 4);
        QCOMPARE(chunks.at(0)[u"data"_s][u"subevents"_s].toArray().size(), 1);
        const QJsonValue tagged = run(
            window + u"RETURN = tag(sort_by_timestamp(w), [[\"code\", {\"type\": \"regex\", \"regex\": \"Qt\"}]]);"_s);
        QCOMPARE(tagged[0][u"data"_s][u"$tags"_s], QJsonValue(QJsonArray{u"code"_s}));
        QCOMPARE(tagged[2][u"data"_s][u"$tags"_s], QJsonValue(QJsonArray{}));
        QCOMPARE(run(u"RETURN = [contains([1, \"a\"], \"a\"), contains({\"k\": 1}, \"k\"), contains([1], 2)];"_s),
                 QJsonValue(QJsonArray{true, true, false}));
        // Events written as JSON in the query are accepted as events.
        QCOMPARE(run(u"RETURN = sum_durations(union_no_overlap([{\"timestamp\": \"2026-07-23T10:00:00Z\", "
                     u"\"duration\": 10, \"data\": {}}],"
                     "[{\"timestamp\": \"2026-07-23T10:00:05Z\", \"duration\": 10, \"data\": {}}]));"_s),
                 QJsonValue(15));
        const QJsonValue urls = run(u"RETURN = split_url_events(query_bucket(\"aw-watcher-web-firefox_testhost\"));"_s);
        QCOMPARE(urls[2][u"data"_s][u"$domain"_s], QJsonValue(u"doc.qt.io"_s));
        QCOMPARE(urls[2][u"data"_s][u"$path"_s], QJsonValue(u"/qt-6/qjsonvalue.html"_s));
        QCOMPARE(urls[0][u"data"_s][u"$params"_s], QJsonValue(u"v=b"_s));
        QCOMPARE(run(u"RETURN = print(1, \"x\");"_s), QJsonValue());
    }

    void canonicalDesktopQuery()
    {
        const QJsonValue result = run(desktopQuery({}));
        QVERIFY(result.isObject());
        // Not-afk 0-1000 and 1500-1800 (the audible tab at 780-900 is inside it already).
        const QJsonValue window = result[u"window"_s];
        QCOMPARE(window[u"duration"_s], QJsonValue(1300));
        QCOMPARE(durationsBy(window[u"app_events"_s], u"app"_s),
                 (QMap<QString, double>{{u"Editor"_s, 900}, {u"Firefox"_s, 300}, {u"Terminal"_s, 100}}));
        QCOMPARE(window[u"app_events"_s][0][u"data"_s][u"app"_s], QJsonValue(u"Editor"_s));
        QCOMPARE(durationsBy(window[u"cat_events"_s], u"$category"_s),
                 (QMap<QString, double>{{u"Work>Programming"_s, 600}, {u"Uncategorized"_s, 400}, {u"Work"_s, 300}}));
        QCOMPARE(window[u"title_events"_s].toArray().size(), 4);
        QCOMPARE(durationsBy(window[u"active_events"_s], u"status"_s), (QMap<QString, double>{{QString(), 1300}}));
        const QJsonValue browser = result[u"browser"_s];
        QCOMPARE(browser[u"duration"_s], QJsonValue(300));
        QCOMPARE(durationsBy(browser[u"domains"_s], u"$domain"_s),
                 (QMap<QString, double>{{u"doc.qt.io"_s, 180}, {u"youtube.com"_s, 120}}));
        QCOMPARE(browser[u"domains"_s][0][u"data"_s][u"$domain"_s], QJsonValue(u"doc.qt.io"_s));
        QCOMPARE(browser[u"urls"_s].toArray().size(), 2);
    }

    void categoryFilterAsAwWebuiSendsIt()
    {
        // filter_categories: lists of category names compared as lists.
        const QString filtered = desktopQuery({})
            + u"RETURN = sum_durations(filter_keyvals(events, \"$category\", [[\"Work\"], [\"Work\", \"Programming\"]]));"_s;
        QCOMPARE(run(filtered), QJsonValue(900));
    }

    void mutatedQueriesNeverCrash()
    {
        // Random edits of the canonical query: each run either answers or says why, never crashes.
        QRandomGenerator random(20261124);
        const QString original = desktopQuery(u"Terminal"_s);
        const QString alphabet = u"()[]{},;:=+-*/%\"#\\ \nabcxyz019._$"_s;
        int answered = 0;
        for (int i = 0; i < 1500; ++i) {
            QString program = original;
            const int edits = 1 + int(random.bounded(5));
            for (int e = 0; e < edits; ++e) {
                const qsizetype at = random.bounded(int(program.size()));
                switch (random.bounded(3)) {
                case 0:
                    program.remove(at, 1 + random.bounded(8));
                    break;
                case 1:
                    program.insert(at, alphabet.at(random.bounded(int(alphabet.size()))));
                    break;
                default:
                    program[at] = alphabet.at(random.bounded(int(alphabet.size())));
                    break;
                }
            }
            QueryEngine engine(*m_reader);
            engine.setMaxEvents(10'000);
            QueryError error;
            const auto result = engine.run(program, {kBaseTime, kBaseTime + 1800 * kSecond}, &error);
            QVERIFY2(result || !error.message.isEmpty(), qPrintable(program));
            answered += result ? 1 : 0;
        }
        QVERIFY(answered > 0); // some edits (in comments, strings, whitespace) leave a working query
    }

    void canonicalDesktopQueryWithAlwaysActivePattern()
    {
        // Terminal (900-1200) counts as active although the user was away from 1000.
        const QJsonValue window = run(desktopQuery(u"Terminal"_s))[u"window"_s];
        QCOMPARE(window[u"duration"_s], QJsonValue(1500));
        QCOMPARE(durationsBy(window[u"app_events"_s], u"app"_s),
                 (QMap<QString, double>{{u"Editor"_s, 900}, {u"Firefox"_s, 300}, {u"Terminal"_s, 300}}));
    }

    void awClientRequestWithTwoPeriods()
    {
        // aw-client's query(): lines joined with newlines, one result per period.
        const QJsonObject body{
            {u"timeperiods"_s, QJsonArray{period(0, 900), period(900, 1800)}},
            {u"query"_s,
             QJsonArray{u"afk_events = query_bucket(find_bucket(\"aw-watcher-afk_\"));"_s,
                        u"window_events = query_bucket(find_bucket(\"aw-watcher-window_\"));"_s,
                        u"window_events = filter_period_intersect(window_events, "
                        "filter_keyvals(afk_events, \"status\", [\"not-afk\"]));"_s,
                        u"merged = merge_events_by_keys(window_events, [\"app\"]);"_s,
                        u"RETURN = {\"events\": sort_by_duration(merged), "
                        "\"total\": sum_durations(window_events)};"_s}},
        };
        QueryEngine engine(*m_reader);
        QueryError error;
        const auto results = engine.runRequest(body, &error);
        QVERIFY2(results, qPrintable(error.toString()));
        QCOMPARE(results->size(), 2);
        QCOMPARE(results->at(0)[u"total"_s], QJsonValue(900));
        QCOMPARE(results->at(1)[u"total"_s], QJsonValue(400));
        QCOMPARE(durationsBy(results->at(1)[u"events"_s], u"app"_s),
                 (QMap<QString, double>{{u"Terminal"_s, 100}, {u"Editor"_s, 300}}));
    }

    void badRequestsAreRefused()
    {
        QueryEngine engine(*m_reader);
        QueryError error;
        QVERIFY(!engine.runRequest({{u"query"_s, QJsonArray{u"RETURN = 1;"_s}}}, &error));
        QVERIFY(error.message.contains(u"timeperiods"_s));
        QVERIFY(!engine.runRequest(
            {{u"timeperiods"_s, QJsonArray{u"2026-07-23T10:00:00Z"_s}}, {u"query"_s, QJsonArray{u"RETURN = 1;"_s}}},
            &error));
        QVERIFY(error.message.contains(u"RFC 3339"_s));
        QVERIFY(!engine.runRequest(
            {{u"timeperiods"_s, QJsonArray{period(10, 0)}}, {u"query"_s, QJsonArray{u"RETURN = 1;"_s}}}, &error));
        QVERIFY(error.message.contains(u"ends before"_s));
        QVERIFY(
            !engine.runRequest({{u"timeperiods"_s, QJsonArray{period(0, 10)}}, {u"query"_s, QJsonArray{1}}}, &error));
        QVERIFY(error.message.contains(u"list of strings"_s));
        QVERIFY(!engine.runRequest(
            {{u"timeperiods"_s, QJsonArray{period(0, 10)}}, {u"query"_s, QJsonArray{u"RETURN = nope();"_s}}}, &error));
        QVERIFY(error.message.contains(u"unknown function"_s));
    }
};

QTEST_GUILESS_MAIN(TestQuery)
#include "TestQuery.moc"
