// The whole tracker on a real Wayland session (headless sway): `stint --no-gui` follows focus
// switches and title changes between two foot terminals, notices the user going away and coming
// back, and `stint-cli events` shows it all after SIGTERM.

#include "RecordedEvents.h"
#include "SwaySession.h"

#include <QProcess>
#include <QSysInfo>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

using namespace Qt::StringLiterals;
using namespace stint::test;

namespace {

// As in the X11 test; the Wayland idle time has a resolution of 1 s on top (its notification
// threshold), which stays within this.
constexpr double kToleranceSeconds = 1.5;
constexpr int kDwellMs = 1500; // how long each window keeps the focus

} // namespace

class TestWatchersWayland : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void tracksFocusTitlesAndAway();
};

void TestWatchersWayland::initTestCase()
{
    const QString missing = SwaySession::missingPrograms();
    if (!missing.isEmpty())
        QSKIP(qPrintable(u"needs "_s + missing));
}

void TestWatchersWayland::tracksFocusTitlesAndAway()
{
    SwaySession session;
    QString error;
    QVERIFY2(session.start(&error), qPrintable(error));
    const QString first = u"stint.e2e.first"_s;
    const QString second = u"stint.e2e.second"_s;
    QVERIFY2(session.spawnFoot(first, u"first title"_s, &error), qPrintable(error));
    QVERIFY2(session.spawnFoot(second, u"second title"_s, &error), qPrintable(error));
    QVERIFY(session.focus(first));

    QTemporaryDir dir;
    QProcess stint;
    QProcessEnvironment env = session.environment();
    env.remove(u"QT_QPA_PLATFORM"_s);
    env.insert(u"QT_LOGGING_RULES"_s, u"stint.*.info=true"_s);
    stint.setProcessEnvironment(env);
    stint.start(QStringLiteral(STINT_APP),
                {u"--no-gui"_s, u"--testing"_s, u"--data-dir"_s, dir.path(), u"--afk-timeout"_s, u"3"_s});
    QVERIFY(stint.waitForStarted());
    QByteArray log;
    const auto logged = [&](const char *text) { return (log += stint.readAllStandardError()).contains(text); };
    QVERIFY2(waitUntilWatching(stint, log, [&] { return session.pressKey(); }), log.constData());
    QVERIFY2(log.contains("wayland/wlr-foreign-toplevel"), log.constData());
    const double started = nowSeconds();

    QTest::qWait(kDwellMs);
    QVERIFY(session.pressKey());
    QVERIFY(session.focus(second));
    const double switched = nowSeconds();
    QTest::qWait(kDwellMs);
    QVERIFY(session.pressKey());
    QVERIFY(session.retitle(second, u"second title, renamed"_s));
    const double retitled = nowSeconds();
    QTest::qWait(kDwellMs);
    QVERIFY(session.pressKey());
    const double lastInput = nowSeconds();
    // Hands off the keyboard: away after 3 s, noticed at the next AFK poll (1 s).
    QTRY_VERIFY2_WITH_TIMEOUT(logged("away:"), log.constData(), 8'000);
    QVERIFY(session.pressKey());
    const double back = nowSeconds();
    const qsizetype awayAt = log.indexOf("away:");
    QTRY_VERIFY2_WITH_TIMEOUT(logged("") && log.indexOf("active\n", awayAt) > 0, log.constData(), 5'000);
    const double stopped = nowSeconds();

    QCOMPARE(::kill(pid_t(stint.processId()), SIGTERM), 0);
    QVERIFY(stint.waitForFinished(20'000));
    log += stint.readAllStandardError();
    QCOMPARE(stint.exitCode(), 0);
    QVERIFY2(log.contains("all recorded activity is saved"), log.constData());

    const QString host = QSysInfo::machineHostName();
    const QList<RecordedEvent> windows =
        recordedEvents(QStringLiteral(STINT_CLI), dir.path(), u"aw-watcher-window_"_s + host);
    const QList<std::tuple<QString, QString, double, double>> expectedWindows{
        {first, u"first title"_s, started, switched},
        {second, u"second title"_s, switched, retitled},
        {second, u"second title, renamed"_s, retitled, stopped},
    };
    verifyWindows(windows, expectedWindows, started, kToleranceSeconds);
    if (QTest::currentTestFailed())
        return;

    const QList<RecordedEvent> afk = recordedEvents(QStringLiteral(STINT_CLI), dir.path(), u"aw-watcher-afk_"_s + host);
    verifyAwayAndBack(afk, started, lastInput, back, kToleranceSeconds);
}

QTEST_GUILESS_MAIN(TestWatchersWayland)
#include "TestWatchersWayland.moc"
