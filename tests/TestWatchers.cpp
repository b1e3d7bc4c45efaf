// The window and AFK watchers, privacy rules and pausing, driven by a mock clock and fake
// backends: what lands in the database for switches, gaps, suspends, clock jumps and rules.

#include "FakeBackends.h"
#include "StoreFixture.h"
#include "rules/PrivacyRules.h"
#include "settings/SettingKeys.h"
#include "util/UnicodeText.h"
#include "watchers/AfkWatcher.h"
#include "watchers/PauseController.h"
#include "watchers/WatcherBuckets.h"
#include "watchers/WatcherSettings.h"
#include "watchers/WindowWatcher.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>

using namespace stint;
using namespace stint::test;

namespace {

const WindowInfo kEditor{u"Code"_s, u"main.cpp"_s};
const WindowInfo kBrowser{u"firefox"_s, u"News"_s};
const WindowInfo kBank{u"firefox"_s, u"My Bank — Login"_s};
const WindowInfo kVideo{u"mpv"_s, u"lecture.mkv"_s};

qint64 at(double seconds)
{
    return kBaseTime + qint64(seconds * 1e9);
}

QJsonObject window(const WindowInfo &info)
{
    return QJsonObject{{u"app"_s, info.app}, {u"title"_s, info.title}};
}

QJsonObject status(const char *value)
{
    return QJsonObject{{u"status"_s, QString::fromLatin1(value)}};
}

// What a check compares: start and end in seconds after kBaseTime, and the data.
struct Span
{
    double start;
    double end;
    QJsonObject data;
};

QString describe(const QList<Span> &spans)
{
    QStringList parts;
    for (const Span &span : spans)
        parts << u"[%1, %2] %3"_s.arg(span.start, 0, 'f', 3)
                     .arg(span.end, 0, 'f', 3)
                     .arg(QString::fromUtf8(QJsonDocument(span.data).toJson(QJsonDocument::Compact)));
    return parts.join(u"; "_s);
}

} // namespace

class TestWatchers : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void windowSwitchLosesNoTime();
    void windowPulsetimeBridgesOneMissedPoll();
    void windowPulsetimeFormula();
    void noFocusedWindowEndsTheEvent();
    void windowSleepGapStaysEmpty();
    void windowClockBackwardsStartsAfresh();
    void rapidTitleChangesAreCoalesced();
    void privacyDropAndRedact();
    void loneSurrogatesBecomeReplacementCharacters();
    void privacyRulesFromJson_data();
    void privacyRulesFromJson();

    void afkTransitionsAtLastInput();
    void afkSleepGapIsAway();
    void afkPrepareForSleep();
    void afkLongSleepAfterPrepare();
    void afkAlwaysActiveWindow();
    void afkClockBackwards();
    void afkUnreadableIdleRecordsNothing();
    void afkStopExtendsAway();

    void pauseForDurationThenResumesByItself();
    void pauseUntilResumedAndRestore();
    void pauseExpiredWhileNotRunning();
    void pauseSettingInvalid();

    void settingsDefaultsAndStored();
    void settingsInvalid();

private:
    QList<Span> spans(const QString &bucketId);
    void expect(const QString &bucketId, const QList<Span> &expected);
    void setSetting(QStringView name, const QJsonValue &value);

    std::unique_ptr<StoreFixture> m_fixture;
    std::unique_ptr<WatcherBuckets> m_buckets;
    std::unique_ptr<FakeWindowBackend> m_windows;
    std::unique_ptr<FakeIdleBackend> m_idle;
};

void TestWatchers::init()
{
    m_fixture = std::make_unique<StoreFixture>();
    QVERIFY(m_fixture->open());
    m_buckets = std::make_unique<WatcherBuckets>(u"testhost"_s);
    QString error;
    QVERIFY2(m_buckets->ensureExist(m_fixture->store(), &error), qPrintable(error));
    QVERIFY2(m_buckets->ensureExist(m_fixture->store(), &error), "creating them again must be fine");
    m_windows = std::make_unique<FakeWindowBackend>();
    m_idle = std::make_unique<FakeIdleBackend>();
}

void TestWatchers::cleanup()
{
    m_windows.reset();
    m_idle.reset();
    m_fixture.reset();
}

QList<Span> TestWatchers::spans(const QString &bucketId)
{
    const CommitResult committed = await(m_fixture->store().forceCommit());
    if (!committed.ok())
        qWarning("commit failed: %s", qPrintable(committed.error));
    EventList events = m_fixture->committedEvents(bucketId);
    std::reverse(events.begin(), events.end());
    QList<Span> result;
    for (const Event &event : events)
        result.append(Span{double(event.start - kBaseTime) / 1e9, double(event.end() - kBaseTime) / 1e9, event.data});
    return result;
}

void TestWatchers::expect(const QString &bucketId, const QList<Span> &expected)
{
    const QList<Span> actual = spans(bucketId);
    bool same = actual.size() == expected.size();
    for (qsizetype i = 0; same && i < actual.size(); ++i)
        same = qAbs(actual[i].start - expected[i].start) < 1e-6 && qAbs(actual[i].end - expected[i].end) < 1e-6
            && actual[i].data == expected[i].data;
    QVERIFY2(same, qPrintable(u"got:      "_s + describe(actual) + u"\nexpected: "_s + describe(expected)));
}

void TestWatchers::setSetting(QStringView name, const QJsonValue &value)
{
    QVERIFY(await(m_fixture->store().setSetting(settings::storageKey(name), value)).ok());
}

// --- window watcher -----------------------------------------------------------------------

void TestWatchers::windowSwitchLosesNoTime()
{
    WindowWatcher watcher(m_fixture->store(), *m_windows, m_buckets->window.id, m_fixture->clockPtr());
    m_windows->window = kEditor;
    watcher.start(); // t = 0
    m_fixture->clock().advanceMs(1000);
    watcher.poll(); // 1
    m_fixture->clock().advanceMs(1500);
    m_windows->window = kBrowser; // the switch is noticed at 2.5 (event-driven backend)
    watcher.poll();
    m_fixture->clock().advanceMs(1000);
    watcher.poll(); // 3.5
    m_fixture->clock().advanceMs(1000);
    watcher.poll(); // 4.5
    QCOMPARE(watcher.currentWindow(), std::optional<WindowInfo>(kBrowser));
    expect(m_buckets->window.id, {{0, 2.5, window(kEditor)}, {2.5, 4.5, window(kBrowser)}});
}

void TestWatchers::windowPulsetimeBridgesOneMissedPoll()
{
    WindowWatcher watcher(m_fixture->store(), *m_windows, m_buckets->window.id, m_fixture->clockPtr());
    m_windows->window = kEditor;
    watcher.start(); // 0
    m_fixture->clock().advanceMs(2000);
    watcher.poll(); // 2: one poll missed, still within the 2 s pulsetime
    m_fixture->clock().advanceMs(2100);
    watcher.poll(); // 4.1: beyond it, a new event
    expect(m_buckets->window.id, {{0, 2, window(kEditor)}, {4.1, 4.1, window(kEditor)}});
}

void TestWatchers::windowPulsetimeFormula()
{
    QCOMPARE(WindowWatcher::pulsetimeFor(1), 2.0);
    QCOMPARE(WindowWatcher::pulsetimeFor(5), 7.5);
    QCOMPARE(WindowWatcher::pulsetimeFor(0.5), 1.5);
}

void TestWatchers::noFocusedWindowEndsTheEvent()
{
    WindowWatcher watcher(m_fixture->store(), *m_windows, m_buckets->window.id, m_fixture->clockPtr());
    m_windows->window = kEditor;
    watcher.start();
    m_fixture->clock().advanceMs(1000);
    m_windows->window.reset(); // lock screen
    watcher.poll();
    QCOMPARE(watcher.currentWindow(), std::nullopt);
    m_fixture->clock().advanceMs(1000);
    watcher.poll();
    m_fixture->clock().advanceMs(1000);
    m_windows->window = kEditor; // back at 3: not merged across the locked second
    watcher.poll();
    m_fixture->clock().advanceMs(1000);
    watcher.poll();
    expect(m_buckets->window.id, {{0, 1, window(kEditor)}, {3, 4, window(kEditor)}});
}

void TestWatchers::windowSleepGapStaysEmpty()
{
    WindowWatcher watcher(m_fixture->store(), *m_windows, m_buckets->window.id, m_fixture->clockPtr());
    m_windows->window = kEditor;
    watcher.start();
    m_fixture->clock().advanceMs(1000);
    watcher.poll();                         // 1
    m_fixture->clock().jumpWallMs(600'000); // suspended for ten minutes
    m_windows->window = kBrowser;           // and another window has focus after resume
    watcher.poll();                         // 601
    m_fixture->clock().advanceMs(1000);
    watcher.poll();
    expect(m_buckets->window.id, {{0, 1, window(kEditor)}, {601, 602, window(kBrowser)}});
}

void TestWatchers::windowClockBackwardsStartsAfresh()
{
    WindowWatcher watcher(m_fixture->store(), *m_windows, m_buckets->window.id, m_fixture->clockPtr());
    m_windows->window = kEditor;
    watcher.start();
    m_fixture->clock().advanceMs(1000);
    watcher.poll(); // 1
    m_fixture->clock().jumpWallMs(-3'600'000);
    watcher.poll(); // -3599: a new event, the first one keeps its length
    m_fixture->clock().advanceMs(1000);
    watcher.poll();
    const QList<Span> recorded = spans(m_buckets->window.id);
    QVERIFY2(recorded.size() == 2, qPrintable(describe(recorded)));
    for (const Span &span : recorded)
        QVERIFY2(span.end - span.start >= 0 && span.end - span.start <= 1.0, qPrintable(describe(recorded)));
}

void TestWatchers::rapidTitleChangesAreCoalesced()
{
    WindowWatcher watcher(m_fixture->store(), *m_windows, m_buckets->window.id, m_fixture->clockPtr());
    m_windows->window = kEditor;
    watcher.start();
    QSignalSpy recorded(&watcher, &WindowWatcher::recorded);
    const int readsBefore = m_windows->reads;
    for (int i = 0; i < 50; ++i)
        m_windows->focus(WindowInfo{u"xterm"_s, u"progress %1 %"_s.arg(i)});
    QCOMPARE(recorded.size(), 0); // nothing is read inside the change signal itself
    QTRY_COMPARE(recorded.size(), 1);
    QCOMPARE(m_windows->reads - readsBefore, 1);
    QCOMPARE(recorded.first().first().value<WindowInfo>().title, u"progress 49 %"_s);
}

void TestWatchers::loneSurrogatesBecomeReplacementCharacters()
{
    // GetWindowTextW can hand over half of a surrogate pair; what is stored is whole characters.
    const QChar high(char16_t(0xd83d));
    const QChar low(char16_t(0xde00));
    const QString emoji = QString(high) + low;
    WindowWatcher watcher(m_fixture->store(), *m_windows, m_buckets->window.id, m_fixture->clockPtr());
    m_windows->window = WindowInfo{u"app"_s + low, QString(high) + u"x "_s + emoji + u" "_s + high};
    watcher.start();
    m_fixture->clock().advanceMs(1000);
    watcher.poll();
    const QChar fffd = QChar::ReplacementCharacter;
    const WindowInfo expected{u"app"_s + fffd, QString(fffd) + u"x "_s + emoji + u" "_s + fffd};
    QCOMPARE(watcher.currentWindow(), std::optional<WindowInfo>(expected));
    expect(m_buckets->window.id, {{0, 1, window(expected)}});

    QCOMPARE(unicode::withoutLoneSurrogates(emoji), emoji);
    QCOMPARE(unicode::withoutLoneSurrogates(QString(low) + high), QString(fffd) + fffd);
    QCOMPARE(unicode::withoutLoneSurrogates(QString(high) + high + low), QString(fffd) + emoji);
    QCOMPARE(unicode::withoutLoneSurrogates(u"a\0b\uffff"_s), u"a\0b\uffff"_s);
}

void TestWatchers::privacyDropAndRedact()
{
    QString error;
    const auto rules = PrivacyRules::fromJson(QJsonDocument::fromJson(R"([{"title": "bank", "action": "drop"},
                                    {"app": "^firefox$", "title": "login", "action": "redact"},
                                    {"app": "keepass", "action": "redact"}])")
                                                  .array(),
                                              &error);
    QVERIFY2(rules, qPrintable(error));
    WindowWatcher watcher(m_fixture->store(), *m_windows, m_buckets->window.id, m_fixture->clockPtr());
    watcher.setPrivacyRules(*rules);
    m_windows->window = kBrowser;
    watcher.start(); // 0
    m_fixture->clock().advanceMs(1000);
    m_windows->window = kBank; // matches drop (title) and redact (login): drop wins
    watcher.poll();            // 1
    m_fixture->clock().advanceMs(1000);
    m_windows->window = WindowInfo{u"KeePassXC"_s, u"Passwords.kdbx"_s};
    watcher.poll(); // 2
    m_fixture->clock().advanceMs(1000);
    watcher.poll();                                                // 3
    QCOMPARE(watcher.currentWindow()->title, u"Passwords.kdbx"_s); // raw, for the AFK rules only
    expect(m_buckets->window.id,
           {{0, 1, window(kBrowser)},
            {1, 2, window({u"(excluded)"_s, u"(excluded)"_s})},
            {2, 3, window({u"KeePassXC"_s, u"(redacted)"_s})}});

    // Nothing of the dropped or redacted windows reached the database file.
    QVERIFY(await(m_fixture->store().forceCommit()).ok());
    m_fixture->closeStore();
    for (const QString &suffix : {u""_s, u"-wal"_s}) {
        QFile file(m_fixture->path() + suffix);
        if (!file.open(QIODevice::ReadOnly))
            continue;
        const QByteArray bytes = file.readAll();
        QVERIFY(!bytes.contains("My Bank"));
        QVERIFY(!bytes.contains("Passwords.kdbx"));
    }
}

void TestWatchers::privacyRulesFromJson_data()
{
    QTest::addColumn<QString>("json");
    QTest::addColumn<QString>("error"); // empty: valid
    QTest::newRow("none") << u"null"_s << QString();
    QTest::newRow("empty") << u"[]"_s << QString();
    QTest::newRow("valid") << uR"([{"app": "a", "action": "drop"}, {"title": "t", "action": "redact"}])"_s << QString();
    QTest::newRow("not a list") << uR"({"app": "a"})"_s << u"must be a JSON array"_s;
    QTest::newRow("bad action") << uR"([{"app": "a", "action": "drop"}, {"app": "b", "action": "hide"}])"_s
                                << u"rule 2: \"action\" must be"_s;
    QTest::newRow("no pattern") << uR"([{"action": "drop"}])"_s << u"rule 1: a rule needs an app or a title"_s;
    QTest::newRow("bad regex") << uR"([{"title": "(unclosed", "action": "drop"}])"_s
                               << u"rule 1: invalid title pattern \"(unclosed\""_s;
    QTest::newRow("not an object") << uR"(["drop"])"_s << u"rule 1: not a JSON object"_s;
}

void TestWatchers::privacyRulesFromJson()
{
    QFETCH(QString, json);
    QFETCH(QString, error);
    QJsonParseError parseError{};
    const QJsonDocument document = QJsonDocument::fromJson((u"[" + json + u"]").toUtf8(), &parseError);
    QCOMPARE(parseError.error, QJsonParseError::NoError);
    QString why;
    const auto rules = PrivacyRules::fromJson(document.array().first(), &why);
    if (error.isEmpty()) {
        QVERIFY2(rules, qPrintable(why));
        QCOMPARE(PrivacyRules::fromJson(rules->toJson(), &why)->toJson(), rules->toJson());
    } else {
        QVERIFY(!rules);
        QVERIFY2(why.contains(error), qPrintable(why));
    }
}

// --- AFK watcher ---------------------------------------------------------------------------

void TestWatchers::afkTransitionsAtLastInput()
{
    AfkWatcher watcher(m_fixture->store(), *m_idle, m_buckets->afk.id, m_fixture->clockPtr());
    watcher.setTimeout(180);
    QSignalSpy changes(&watcher, &AfkWatcher::stateChanged);
    m_idle->idle = 0;
    watcher.start(); // 0: active
    QCOMPARE(watcher.state(), AfkWatcher::State::Active);
    // Input until 100, then nothing; polls every 5 s.
    qint64 lastInputMs = 0;
    for (int t = 5; t <= 400; t += 5) {
        m_fixture->clock().advanceSeconds(5);
        if (t <= 100 || t == 400)
            lastInputMs = t * 1000;
        m_idle->idle = t * 1000 - lastInputMs;
        watcher.poll();
        if (t == 275)
            QCOMPARE(watcher.state(), AfkWatcher::State::Active); // idle 175 s < timeout
        if (t == 280)
            QCOMPARE(watcher.state(), AfkWatcher::State::Away); // idle 180 s
    }
    QCOMPARE(watcher.state(), AfkWatcher::State::Active);
    QCOMPARE(changes.size(), 3);
    expect(m_buckets->afk.id,
           {{0, 100, status("not-afk")}, {100.001, 400, status("afk")}, {400.001, 400.001, status("not-afk")}});
}

void TestWatchers::afkSleepGapIsAway()
{
    AfkWatcher watcher(m_fixture->store(), *m_idle, m_buckets->afk.id, m_fixture->clockPtr());
    watcher.setTimeout(180);
    m_idle->idle = 0;
    watcher.start(); // 0
    m_fixture->clock().advanceSeconds(5);
    watcher.poll(); // 5, input just now
    // Suspended for an hour; the idle counter did not run meanwhile, so after resume it reports
    // 2 s, which would credit most of the hour as active if taken at face value.
    m_fixture->clock().jumpWallMs(3'600'000);
    m_fixture->clock().advanceSeconds(5);
    m_idle->idle = 2000;
    watcher.poll(); // 3610
    QCOMPARE(watcher.state(), AfkWatcher::State::Active);
    // Tracking goes on by itself: input a bit later extends the new not-afk event.
    m_fixture->clock().advanceSeconds(5);
    m_idle->idle = 0;
    watcher.poll(); // 3615
    expect(m_buckets->afk.id,
           {{0, 5, status("not-afk")}, {5.001, 3610, status("afk")}, {3610.001, 3615, status("not-afk")}});
}

void TestWatchers::afkPrepareForSleep()
{
    AfkWatcher watcher(m_fixture->store(), *m_idle, m_buckets->afk.id, m_fixture->clockPtr());
    watcher.setTimeout(180);
    m_idle->idle = 0;
    watcher.start(); // 0
    m_fixture->clock().advanceSeconds(10);
    m_idle->idle = 3000;       // last input at 7
    watcher.prepareForSleep(); // 10: lid closed
    QCOMPARE(watcher.state(), AfkWatcher::State::Away);
    m_fixture->clock().jumpWallMs(60'000); // a one-minute sleep, shorter than the timeout
    m_idle->idle = 0;                      // input on wake
    watcher.poll();                        // a timer firing before logind says it is awake
    QCOMPARE(watcher.state(), AfkWatcher::State::Away);
    watcher.resumed(); // 70
    QCOMPARE(watcher.state(), AfkWatcher::State::Active);
    expect(m_buckets->afk.id,
           {{0, 7, status("not-afk")}, {7.001, 70, status("afk")}, {70.001, 70.001, status("not-afk")}});
}

void TestWatchers::afkLongSleepAfterPrepare()
{
    AfkWatcher watcher(m_fixture->store(), *m_idle, m_buckets->afk.id, m_fixture->clockPtr());
    watcher.setTimeout(180);
    m_idle->idle = 0;
    watcher.start();           // 0
    watcher.prepareForSleep(); // 0
    m_fixture->clock().jumpWallMs(7'200'000);
    m_idle->idle = 0;
    watcher.resumed(); // 7200
    QCOMPARE(watcher.state(), AfkWatcher::State::Active);
    expect(m_buckets->afk.id,
           {{0, 0, status("not-afk")}, {0.001, 7200, status("afk")}, {7200.001, 7200.001, status("not-afk")}});
}

void TestWatchers::afkAlwaysActiveWindow()
{
    QString error;
    const auto rules = AlwaysActiveRules::fromSettings(QJsonDocument::fromJson(R"([{"app": "^mpv$"}])").array(),
                                                       QJsonValue(u"zoom meeting"_s), &error);
    QVERIFY2(rules, qPrintable(error));
    QVERIFY(rules->matches(u"zoom"_s, u"Zoom Meeting"_s)); // ActivityWatch's pattern: app or title
    QVERIFY(!rules->matches(u"zoom"_s, u"Zoom"_s));

    std::optional<WindowInfo> focused = kVideo;
    AfkWatcher watcher(m_fixture->store(), *m_idle, m_buckets->afk.id, m_fixture->clockPtr());
    watcher.setTimeout(180);
    watcher.setAlwaysActive(*rules, [&focused] { return focused; });
    m_idle->idle = 0;
    watcher.start(); // 0
    for (int t = 5; t <= 600; t += 5) {
        m_fixture->clock().advanceSeconds(5);
        m_idle->idle = t * 1000; // no input at all while the video plays
        watcher.poll();
    }
    QCOMPARE(watcher.state(), AfkWatcher::State::Active);
    focused = kBrowser; // the video ends, the user is long gone
    m_fixture->clock().advanceSeconds(5);
    m_idle->idle = 605'000;
    watcher.poll(); // 605: away from the end of the credited time, not from the last input
    QCOMPARE(watcher.state(), AfkWatcher::State::Away);
    expect(m_buckets->afk.id, {{0, 600, status("not-afk")}, {600.001, 605, status("afk")}});
}

void TestWatchers::afkClockBackwards()
{
    AfkWatcher watcher(m_fixture->store(), *m_idle, m_buckets->afk.id, m_fixture->clockPtr());
    watcher.setTimeout(180);
    m_idle->idle = 0;
    watcher.start();
    m_fixture->clock().advanceSeconds(5);
    watcher.poll();
    m_fixture->clock().jumpWallMs(-7'200'000);
    m_fixture->clock().advanceSeconds(5);
    watcher.poll();
    m_fixture->clock().advanceSeconds(5);
    watcher.poll();
    QCOMPARE(watcher.state(), AfkWatcher::State::Active);
    const QList<Span> recorded = spans(m_buckets->afk.id);
    QVERIFY2(recorded.size() == 2, qPrintable(describe(recorded)));
    // Oldest first: the stretch after the change, then the one before it, unshortened.
    QCOMPARE(recorded[0].start, -7190.0);
    QCOMPARE(recorded[0].end, -7185.0);
    QCOMPARE(recorded[1].start, 0.0);
    QCOMPARE(recorded[1].end, 5.0);
}

void TestWatchers::afkUnreadableIdleRecordsNothing()
{
    AfkWatcher watcher(m_fixture->store(), *m_idle, m_buckets->afk.id, m_fixture->clockPtr());
    watcher.setTimeout(180);
    m_idle->idle.reset();
    watcher.start();
    m_fixture->clock().advanceSeconds(5);
    watcher.poll();
    QCOMPARE(watcher.state(), AfkWatcher::State::Unknown);
    QVERIFY(spans(m_buckets->afk.id).isEmpty());
    m_idle->idle = 0;
    m_fixture->clock().advanceSeconds(5);
    watcher.poll();
    QCOMPARE(watcher.state(), AfkWatcher::State::Active);
}

void TestWatchers::afkStopExtendsAway()
{
    AfkWatcher watcher(m_fixture->store(), *m_idle, m_buckets->afk.id, m_fixture->clockPtr());
    watcher.setTimeout(10);
    m_idle->idle = 60'000;
    watcher.start(); // 0: away from the start
    m_fixture->clock().advanceSeconds(3);
    watcher.stop();
    QCOMPARE(watcher.state(), AfkWatcher::State::Unknown);
    expect(m_buckets->afk.id, {{0, 3, status("afk")}});
}

// --- pause ---------------------------------------------------------------------------------

void TestWatchers::pauseForDurationThenResumesByItself()
{
    PauseController pause(m_fixture->store(), m_buckets->pause.id, m_fixture->clockPtr());
    QSignalSpy changed(&pause, &PauseController::pausedChanged);
    pause.pauseFor(15 * 60 * 1000);
    QVERIFY(pause.isPaused());
    QCOMPARE(pause.pausedUntil(), std::optional<qint64>(at(900)));
    QCOMPARE(changed.size(), 1);
    const QJsonValue saved = await(m_fixture->store().setting(settings::storageKey(settings::kPause)));
    QVERIFY(saved.toObject().value(u"until"_s).isString());
    for (int i = 0; i < 29; ++i) {
        m_fixture->clock().advanceSeconds(30);
        pause.tick();
    }
    QVERIFY(pause.isPaused());
    m_fixture->clock().advanceSeconds(40); // a late timer: the pause still ends at its deadline
    pause.tick();
    QVERIFY(!pause.isPaused());
    QCOMPARE(changed.size(), 2);
    QCOMPARE(changed.last().first().toBool(), false);
    expect(m_buckets->pause.id, {{0, 900, QJsonObject()}});
    QVERIFY(await(m_fixture->store().setting(settings::storageKey(settings::kPause))).isNull());
}

void TestWatchers::pauseUntilResumedAndRestore()
{
    {
        PauseController pause(m_fixture->store(), m_buckets->pause.id, m_fixture->clockPtr());
        pause.pauseIndefinitely();
        QCOMPARE(pause.pausedUntil(), std::nullopt);
        m_fixture->clock().advanceSeconds(30);
        pause.tick();
        pause.finish(); // the application quits while paused
    }
    m_fixture->clock().advanceSeconds(100);
    PauseController restarted(m_fixture->store(), m_buckets->pause.id, m_fixture->clockPtr());
    QString error;
    QVERIFY2(restarted.restore(&error), qPrintable(error));
    QVERIFY(restarted.isPaused());
    m_fixture->clock().advanceSeconds(20);
    restarted.resume();
    QVERIFY(!restarted.isPaused());
    // Only the time Stint ran is recorded as paused.
    expect(m_buckets->pause.id, {{0, 30, QJsonObject()}, {130, 150, QJsonObject()}});
}

void TestWatchers::pauseExpiredWhileNotRunning()
{
    {
        PauseController pause(m_fixture->store(), m_buckets->pause.id, m_fixture->clockPtr());
        pause.pauseFor(60'000);
    }
    m_fixture->clock().advanceSeconds(3600);
    PauseController restarted(m_fixture->store(), m_buckets->pause.id, m_fixture->clockPtr());
    QString error;
    QVERIFY2(restarted.restore(&error), qPrintable(error));
    QVERIFY(!restarted.isPaused());
    QVERIFY(await(m_fixture->store().setting(settings::storageKey(settings::kPause))).isNull());
}

void TestWatchers::pauseSettingInvalid()
{
    setSetting(settings::kPause, QJsonObject{{u"since"_s, u"yesterday"_s}});
    PauseController pause(m_fixture->store(), m_buckets->pause.id, m_fixture->clockPtr());
    QString error;
    QVERIFY(!pause.restore(&error));
    QVERIFY2(error.contains(u"stint.pause"_s), qPrintable(error));
    QVERIFY(!pause.isPaused());
}

// --- settings ------------------------------------------------------------------------------

void TestWatchers::settingsDefaultsAndStored()
{
    QString error;
    auto loaded = WatcherSettings::load(m_fixture->store(), &error);
    QVERIFY2(loaded, qPrintable(error));
    QCOMPARE(loaded->pollSeconds, 1.0);
    QCOMPARE(loaded->afkTimeoutSeconds, 180.0);
    QCOMPARE(loaded->afkPollSeconds(), 5.0);
    QCOMPARE(loaded->afkPulsetimeSeconds(), 185.0);
    QVERIFY(loaded->privacy.rules().isEmpty());
    QVERIFY(loaded->alwaysActive.isEmpty());

    setSetting(settings::kPollInterval, 2);
    setSetting(settings::kAfkTimeout, 8);
    setSetting(settings::kPrivacyRules, QJsonDocument::fromJson(R"([{"app": "keepass", "action": "drop"}])").array());
    setSetting(settings::kAlwaysActive, QJsonDocument::fromJson(R"([{"app": "mpv"}])").array());
    loaded = WatcherSettings::load(m_fixture->store(), &error);
    QVERIFY2(loaded, qPrintable(error));
    QCOMPARE(loaded->pollSeconds, 2.0);
    QCOMPARE(loaded->afkTimeoutSeconds, 8.0);
    QCOMPARE(loaded->afkPollSeconds(), 2.0); // a quarter of the timeout
    QCOMPARE(loaded->privacy.rules().size(), 1);
    QVERIFY(loaded->alwaysActive.matches(u"mpv"_s, QString()));

    loaded->afkTimeoutSeconds = 3;
    QCOMPARE(loaded->afkPollSeconds(), 2.0); // never below the window poll
}

void TestWatchers::settingsInvalid()
{
    QString error;
    setSetting(settings::kPrivacyRules, QJsonDocument::fromJson(R"([{"title": "[", "action": "drop"}])").array());
    QVERIFY(!WatcherSettings::load(m_fixture->store(), &error));
    QVERIFY2(error.contains(u"stint.privacyRules"_s) && error.contains(u"rule 1"_s), qPrintable(error));

    setSetting(settings::kPrivacyRules, QJsonValue::Null);
    setSetting(settings::kAfkTimeout, u"soon"_s);
    QVERIFY(!WatcherSettings::load(m_fixture->store(), &error));
    QVERIFY2(error.contains(u"stint.afkTimeoutSeconds"_s) && error.contains(u"not a number"_s), qPrintable(error));

    setSetting(settings::kAfkTimeout, 0);
    QVERIFY(!WatcherSettings::load(m_fixture->store(), &error));
    QVERIFY2(error.contains(u"outside"_s), qPrintable(error));

    setSetting(settings::kAfkTimeout, QJsonValue::Null);
    setSetting(settings::kAlwaysActivePattern, u"(video"_s);
    QVERIFY(!WatcherSettings::load(m_fixture->store(), &error));
    QVERIFY2(error.contains(u"always_active_pattern"_s), qPrintable(error));
}

QTEST_GUILESS_MAIN(TestWatchers)
#include "TestWatchers.moc"
