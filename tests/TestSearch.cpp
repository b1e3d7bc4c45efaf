// Search over the canonical activity: matches in app, title and URL, grouping by app/title/URL,
// active time as the reports count it (window time while not away, split by the tab shown),
// ranges, regexes, the index of the settled past, and stint-cli search.
#include "CliRun.h"
#include "StoreFixture.h"
#include "reports/ActivitySearch.h"
#include "reports/ReportEngine.h"
#include "reports/SearchIndex.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>

using namespace stint;
using namespace stint::test;

class TestSearch : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void textMatchesAppAndTitle();
    void titleMatchSplitsByTab();
    void urlMatchesOnlyWhileShownAndActive();
    void regexIsCaseInsensitive();
    void rangeClipsTheTime();
    void invalidRegexIsRefused();
    void json();
    void indexGivesTheSameResults();
    void indexNoticesAChangedPast();
    void cliPrintsResults();
    void cliRangeAndErrors();

private:
    std::optional<SearchResult> search(const QString &text, bool regex = false,
                                       spans::Period range = ActivitySearch::kWholeHistory);
    static QJsonObject tab(const QString &url, const QString &title)
    {
        return {{u"url"_s, url}, {u"title"_s, title}, {u"audible"_s, false}, {u"incognito"_s, false}};
    }
    static qint64 t(double seconds) { return kBaseTime + qint64(seconds * double(kSecond)); }

    std::unique_ptr<StoreFixture> m_fixture;
    std::unique_ptr<ReportEngine> m_engine;
};

namespace {

const QString kAfk = u"aw-watcher-afk_testhost"_s;
const QString kWeb = u"aw-watcher-web-firefox_testhost"_s;
const QJsonObject kNotAfk{{u"status"_s, u"not-afk"_s}};
const QJsonObject kAfkData{{u"status"_s, u"afk"_s}};

} // namespace

// Seconds after kBaseTime (10:00 UTC): kate notes 0-600 and 1200-1500, Firefox 600-1200 (GitHub tab
// to 900, then example.org) and 2100-2400 (a docs tab), Slack 1500-2100; away from 1800 on.
void TestSearch::init()
{
    m_engine.reset();
    m_fixture = std::make_unique<StoreFixture>();
    QVERIFY(m_fixture->openWithBucket());
    Datastore &store = m_fixture->store();
    QVERIFY(await(store.createBucket(bucketOf(kAfk, u"afkstatus"_s))).ok());
    QVERIFY(await(store.createBucket(bucketOf(kWeb, u"web.tab.current"_s))).ok());
    const QString firefoxTitle = u"GitHub — Mozilla Firefox"_s;
    QVERIFY(await(store.insertEvents(kWindowBucket,
                                     {at(0, 600, win(u"kate"_s, u"notes.txt — Kate"_s)),
                                      at(600, 1200, win(u"firefox"_s, firefoxTitle)),
                                      at(1200, 1500, win(u"kate"_s, u"notes.txt — Kate"_s)),
                                      at(1500, 2100, win(u"Slack"_s, u"general | Slack"_s)),
                                      at(2100, 2400, win(u"firefox"_s, u"Docs — Mozilla Firefox"_s))}))
                .ok());
    QVERIFY(await(store.insertEvents(kAfk, {at(0, 1800, kNotAfk), at(1800, 2400, kAfkData)})).ok());
    QVERIFY(await(store.insertEvents(kWeb,
                                     {at(600, 900, tab(u"https://github.com/stint/stint"_s, u"GitHub"_s)),
                                      at(900, 1200, tab(u"https://example.org/page"_s, u"Example"_s)),
                                      at(2100, 2400, tab(u"https://docs.example.org/"_s, u"Docs"_s))}))
                .ok());
    QVERIFY(await(store.forceCommit()).ok());
    m_engine = std::make_unique<ReportEngine>(m_fixture->path(), QTimeZone::utc());
    QVERIFY(m_engine->loadSettings());
}

std::optional<SearchResult> TestSearch::search(const QString &text, bool regex, spans::Period range)
{
    QString error;
    const auto pattern = ActivitySearch::compile(text, regex, &error);
    if (!pattern) {
        qWarning("%s", qPrintable(error));
        return std::nullopt;
    }
    auto result = ActivitySearch::run(*m_engine, *pattern, range, &error);
    if (!result)
        qWarning("%s", qPrintable(error));
    return result;
}

void TestSearch::textMatchesAppAndTitle()
{
    const auto result = search(u"NOTES.txt"_s);
    QVERIFY(result);
    QCOMPARE(result->hits.size(), 1);
    const SearchHit &hit = result->hits.first();
    QCOMPARE(hit.app, u"kate"_s);
    QCOMPARE(hit.title, u"notes.txt — Kate"_s);
    QCOMPARE(hit.url, QString());
    QCOMPARE(hit.activeTime, 900 * kSecond); // 600 s + 300 s
    QCOMPARE(hit.stretches, 2);
    QCOMPARE(hit.firstSeen, t(0));
    QCOMPARE(hit.lastSeen, t(1500));
    QCOMPARE(hit.lastStart, t(1200));
    QCOMPARE(result->activeTime, 900 * kSecond);

    // The app's name matches too; a plain "." is a dot, not any character.
    const auto byApp = search(u"kate"_s);
    QVERIFY(byApp);
    QCOMPARE(byApp->activeTime, 900 * kSecond);
    const auto dot = search(u"notes.tx."_s);
    QVERIFY(dot);
    QVERIFY(dot->hits.isEmpty());
}

void TestSearch::titleMatchSplitsByTab()
{
    // The window title matches all of Firefox's time; it is grouped by the tab shown in it.
    const auto result = search(u"github"_s);
    QVERIFY(result);
    QCOMPARE(result->hits.size(), 2);
    QCOMPARE(result->activeTime, 600 * kSecond);
    QStringList urls;
    for (const SearchHit &hit : result->hits) {
        QCOMPARE(hit.app, u"firefox"_s);
        QCOMPARE(hit.title, u"GitHub — Mozilla Firefox"_s);
        QCOMPARE(hit.activeTime, 300 * kSecond);
        urls.append(hit.url);
    }
    urls.sort();
    QCOMPARE(urls, (QStringList{u"https://example.org/page"_s, u"https://github.com/stint/stint"_s}));
}

void TestSearch::urlMatchesOnlyWhileShownAndActive()
{
    // example.org is in two tabs' URLs; the docs tab was shown only while away.
    const auto result = search(u"example.org"_s);
    QVERIFY(result);
    QCOMPARE(result->hits.size(), 1);
    QCOMPARE(result->hits.first().url, u"https://example.org/page"_s);
    QCOMPARE(result->hits.first().activeTime, 300 * kSecond);
    QCOMPARE(result->hits.first().firstSeen, t(900));
    QCOMPARE(result->hits.first().lastSeen, t(1200));
}

void TestSearch::regexIsCaseInsensitive()
{
    // Slack counts only until the user went away (1500-1800).
    const auto slack = search(u"^sl"_s, true);
    QVERIFY(slack);
    QCOMPARE(slack->hits.size(), 1);
    QCOMPARE(slack->hits.first().activeTime, 300 * kSecond);
    const auto both = search(u"notes\\.txt|^slack$"_s, true);
    QVERIFY(both);
    QCOMPARE(both->hits.size(), 2);
    QCOMPARE(both->activeTime, 1200 * kSecond);
    // Longest first.
    QCOMPARE(both->hits.at(0).app, u"kate"_s);
    QCOMPARE(both->hits.at(1).app, u"Slack"_s);
    // As plain text the same characters match nothing.
    const auto plain = search(u"notes\\.txt|^slack$"_s, false);
    QVERIFY(plain);
    QVERIFY(plain->hits.isEmpty());
}

void TestSearch::rangeClipsTheTime()
{
    const auto later = search(u"notes"_s, false, {t(1000), t(3600)});
    QVERIFY(later);
    QCOMPARE(later->hits.size(), 1);
    QCOMPARE(later->hits.first().activeTime, 300 * kSecond);
    QCOMPARE(later->hits.first().firstSeen, t(1200));
    const auto clipped = search(u"notes"_s, false, {t(300), t(1300)});
    QVERIFY(clipped);
    QCOMPARE(clipped->hits.first().activeTime, 400 * kSecond); // 300-600 and 1200-1300
    QCOMPARE(clipped->hits.first().firstSeen, t(300));
    QCOMPARE(clipped->hits.first().lastSeen, t(1300));
    const auto before = search(u"notes"_s, false, {t(-3600), t(-1)});
    QVERIFY(before);
    QVERIFY(before->hits.isEmpty());
}

void TestSearch::invalidRegexIsRefused()
{
    QString error;
    QVERIFY(!ActivitySearch::compile(u"notes("_s, true, &error));
    QVERIFY2(error.contains(u"invalid regular expression \"notes(\""_s), qPrintable(error));
    QVERIFY2(error.contains(u"offset 6"_s), qPrintable(error));
    // The same text is fine as plain text.
    QVERIFY(ActivitySearch::compile(u"notes("_s, false, &error));
    QVERIFY(!ActivitySearch::compile(QString(), false, &error));
    QVERIFY(!error.isEmpty());
}

void TestSearch::json()
{
    const auto result = search(u"notes"_s, false, {t(0), t(3600)});
    QVERIFY(result);
    const QJsonObject json = ActivitySearch::toJson(*result, u"notes"_s, false);
    QCOMPARE(json.value(u"query"_s).toString(), u"notes"_s);
    QCOMPARE(json.value(u"regex"_s).toBool(true), false);
    QCOMPARE(json.value(u"active"_s).toDouble(), 900.0);
    QCOMPARE(json.value(u"start"_s).toString(), u"2026-07-23T10:00:00Z"_s);
    const QJsonObject first = json.value(u"results"_s).toArray().first().toObject();
    QCOMPARE(first.value(u"app"_s).toString(), u"kate"_s);
    QCOMPARE(first.value(u"active"_s).toDouble(), 900.0);
    QCOMPARE(first.value(u"first_seen"_s).toString(), u"2026-07-23T10:00:00Z"_s);
    QCOMPARE(first.value(u"last_seen"_s).toString(), u"2026-07-23T10:25:00Z"_s);
    QCOMPARE(first.value(u"stretches"_s).toInt(), 2);
}

void TestSearch::indexGivesTheSameResults()
{
    // A second day (24 July, 10:00 UTC): with "now" on 25 July the cut (start of yesterday, 04:00)
    // puts the first day in the index and the second in the recent part.
    const qint64 day = 86'400 * kSecond;
    QVERIFY(await(m_fixture->store().insertEvents(
                      kWindowBucket, {Event{0, t(0) + day, 60 * kSecond, win(u"kate"_s, u"notes.txt — Kate"_s)}}))
                .ok());
    QVERIFY(await(m_fixture->store().insertEvents(kAfk, {Event{0, t(0) + day, 60 * kSecond, kNotAfk}})).ok());
    QVERIFY(await(m_fixture->store().forceCommit()).ok());
    const qint64 now = t(0) + 2 * day;
    SearchIndex index;
    for (const auto &[text, range] :
         {std::pair{u"notes"_s, ActivitySearch::kWholeHistory}, std::pair{u"github"_s, ActivitySearch::kWholeHistory},
          std::pair{u"notes"_s, spans::Period{t(1000), t(0) + day + 30 * kSecond}},
          std::pair{u"notes"_s, spans::Period{t(0) + day, t(0) + 2 * day}}}) {
        QString error;
        const auto pattern = ActivitySearch::compile(text, false, &error);
        QVERIFY(pattern);
        const auto plain = ActivitySearch::run(*m_engine, *pattern, range, &error);
        const auto indexed = index.run(*m_engine, *pattern, range, now, &error);
        QVERIFY2(plain && indexed, qPrintable(error));
        QCOMPARE(indexed->activeTime, plain->activeTime);
        QCOMPARE(indexed->hits.size(), plain->hits.size());
        for (qsizetype i = 0; i < plain->hits.size(); ++i) {
            QCOMPARE(indexed->hits.at(i).title, plain->hits.at(i).title);
            QCOMPARE(indexed->hits.at(i).url, plain->hits.at(i).url);
            QCOMPARE(indexed->hits.at(i).activeTime, plain->hits.at(i).activeTime);
            QCOMPARE(indexed->hits.at(i).firstSeen, plain->hits.at(i).firstSeen);
            QCOMPARE(indexed->hits.at(i).lastSeen, plain->hits.at(i).lastSeen);
            QCOMPARE(indexed->hits.at(i).stretches, plain->hits.at(i).stretches);
        }
    }
    QCOMPARE(index.builds(), 1);
    const auto pattern = ActivitySearch::compile(u"notes"_s, false, nullptr);
    QString error;
    const auto whole = index.run(*m_engine, *pattern, ActivitySearch::kWholeHistory, now, &error);
    QVERIFY(whole);
    QCOMPARE(whole->activeTime, 960 * kSecond); // 900 s on the first day, 60 s on the second
}

void TestSearch::indexNoticesAChangedPast()
{
    const qint64 now = t(0) + 2 * 86'400 * kSecond;
    SearchIndex index;
    const auto pattern = ActivitySearch::compile(u"notes"_s, false, nullptr);
    QVERIFY(pattern);
    QString error;
    QCOMPARE(index.run(*m_engine, *pattern, ActivitySearch::kWholeHistory, now, &error)->activeTime, 900 * kSecond);
    // An event imported into the past (an hour before the history, not away then).
    QVERIFY(
        await(m_fixture->store().insertEvents(kWindowBucket, {at(-3600, -3000, win(u"kate"_s, u"notes.txt — Kate"_s))}))
            .ok());
    QVERIFY(await(m_fixture->store().insertEvents(kAfk, {at(-3600, -3000, kNotAfk)})).ok());
    QVERIFY(await(m_fixture->store().forceCommit()).ok());
    // Checked at most every kRecheckNs: until then the index answers from what it has.
    const auto soon = index.run(*m_engine, *pattern, ActivitySearch::kWholeHistory, now + kSecond, &error);
    QVERIFY(soon);
    QCOMPARE(soon->activeTime, 900 * kSecond);
    QCOMPARE(index.builds(), 1);
    const auto later =
        index.run(*m_engine, *pattern, ActivitySearch::kWholeHistory, now + SearchIndex::kRecheckNs, &error);
    QVERIFY2(later, qPrintable(error));
    QCOMPARE(later->activeTime, 1500 * kSecond);
    QCOMPARE(later->hits.first().firstSeen, t(-3600));
    QCOMPARE(index.builds(), 2);
    // Nothing changed since: checked again, not rebuilt.
    QVERIFY(index.run(*m_engine, *pattern, ActivitySearch::kWholeHistory, now + 2 * SearchIndex::kRecheckNs, &error));
    QCOMPARE(index.builds(), 2);
}

void TestSearch::cliPrintsResults()
{
    const QString dir = QFileInfo(m_fixture->path()).absolutePath();
    const CliRun json =
        runCli({u"search"_s, u"notes|slack"_s, u"--regex"_s, u"--json"_s, u"--data-dir"_s, dir}, QTimeZone::utc());
    QCOMPARE(json.code, 0);
    const QJsonObject object = QJsonDocument::fromJson(json.out.toUtf8()).object();
    QCOMPARE(object.value(u"active"_s).toDouble(), 1200.0);
    const QJsonArray results = object.value(u"results"_s).toArray();
    QCOMPARE(results.size(), 2);
    QCOMPARE(results.at(0).toObject().value(u"title"_s).toString(), u"notes.txt — Kate"_s);
    QCOMPARE(results.at(0).toObject().value(u"active"_s).toDouble(), 900.0);
    QCOMPARE(results.at(1).toObject().value(u"app"_s).toString(), u"Slack"_s);
    QCOMPARE(results.at(1).toObject().value(u"active"_s).toDouble(), 300.0);

    const CliRun text = runCli({u"search"_s, u"example.org"_s, u"--data-dir"_s, dir}, QTimeZone::utc());
    QCOMPARE(text.code, 0);
    QVERIFY2(text.out.contains(u"1 result"_s), qPrintable(text.out));
    QVERIFY2(text.out.contains(u"https://example.org/page"_s), qPrintable(text.out));
    QVERIFY2(text.out.contains(u"0:05:00"_s), qPrintable(text.out));
}

void TestSearch::cliRangeAndErrors()
{
    const QString dir = QFileInfo(m_fixture->path()).absolutePath();
    const auto active = [&](const QStringList &range) {
        const CliRun run =
            runCli(QStringList{u"search"_s, u"notes"_s, u"--json"_s, u"--data-dir"_s, dir} + range, QTimeZone::utc());
        return run.code == 0 ? QJsonDocument::fromJson(run.out.toUtf8()).object().value(u"active"_s).toDouble(-1)
                             : -1.0;
    };
    QCOMPARE(active({}), 900.0);
    // A date is a whole day by the start of day (04:00): 23 July holds all of it, 22 July nothing.
    QCOMPARE(active({u"--from"_s, u"2026-07-23"_s, u"--to"_s, u"2026-07-23"_s}), 900.0);
    QCOMPARE(active({u"--to"_s, u"2026-07-22"_s}), 0.0);
    QCOMPARE(active({u"--from"_s, u"2026-07-23T10:20:00Z"_s}), 300.0);

    const CliRun bad = runCli({u"search"_s, u"("_s, u"--regex"_s, u"--data-dir"_s, dir});
    QCOMPARE(bad.code, 2);
    QVERIFY2(bad.err.contains(u"invalid regular expression"_s), qPrintable(bad.err));
    QVERIFY(bad.out.isEmpty());
    const CliRun backwards = runCli(
        {u"search"_s, u"notes"_s, u"--from"_s, u"2026-07-24"_s, u"--to"_s, u"2026-07-22"_s, u"--data-dir"_s, dir});
    QCOMPARE(backwards.code, 2);
    const CliRun unreadable = runCli({u"search"_s, u"notes"_s, u"--from"_s, u"soon"_s, u"--data-dir"_s, dir});
    QCOMPARE(unreadable.code, 2);
    QVERIFY2(unreadable.err.contains(u"soon"_s), qPrintable(unreadable.err));
}

QTEST_GUILESS_MAIN(TestSearch)
#include "TestSearch.moc"
