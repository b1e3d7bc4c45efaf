// The whole tracker on a real X session (Xvfb + openbox): `stint --no-gui` follows focus
// switches and title changes between two xterms, notices the user going away and coming back,
// and `stint-cli events` shows it all after SIGTERM.

#include "RecordedEvents.h"
#include "X11Session.h"

#include <QProcess>
#include <QSysInfo>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

using namespace Qt::StringLiterals;
using namespace stint::test;

namespace {

constexpr double kToleranceSeconds = 1.5;
constexpr int kDwellMs = 1500; // how long each window keeps the focus

} // namespace

class TestWatchersX11 : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void tracksFocusTitlesAndAway();
};

void TestWatchersX11::initTestCase()
{
    const QString missing = X11Session::missingPrograms();
    if (!missing.isEmpty())
        QSKIP(qPrintable(u"needs "_s + missing));
}

void TestWatchersX11::tracksFocusTitlesAndAway()
{
    X11Session session;
    QString error;
    QVERIFY2(session.start(&error), qPrintable(error));
    const auto first = session.spawnXterm(u"first title"_s, &error);
    QVERIFY2(first, qPrintable(error));
    const auto second = session.spawnXterm(u"second title"_s, &error);
    QVERIFY2(second, qPrintable(error));
    QVERIFY(session.activate(first->id));

    QTemporaryDir dir;
    QProcess stint;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"DISPLAY"_s, session.displayName());
    env.remove(u"WAYLAND_DISPLAY"_s);
    env.remove(u"QT_QPA_PLATFORM"_s);
    env.insert(u"QT_LOGGING_RULES"_s, u"stint.*.info=true"_s);
    stint.setProcessEnvironment(env);
    stint.start(QStringLiteral(STINT_APP),
                {u"--no-gui"_s, u"--testing"_s, u"--data-dir"_s, dir.path(), u"--afk-timeout"_s, u"3"_s});
    QVERIFY(stint.waitForStarted());
    QByteArray log;
    const auto logged = [&](const char *text) { return (log += stint.readAllStandardError()).contains(text); };
    int moves = 0;
    QVERIFY2(waitUntilWatching(stint, log, [&] { return session.moveMouse(10 + ++moves % 2, 10); }), log.constData());
    const double started = nowSeconds();

    QTest::qWait(kDwellMs);
    QVERIFY(session.moveMouse(20, 20));
    QVERIFY(session.activate(second->id));
    const double switched = nowSeconds();
    QTest::qWait(kDwellMs);
    QVERIFY(session.moveMouse(30, 30));
    QVERIFY(session.retitle(second->id, u"second title, renamed"_s));
    const double retitled = nowSeconds();
    QTest::qWait(kDwellMs);
    QVERIFY(session.moveMouse(40, 40));
    const double lastInput = nowSeconds();
    // Hands off the keyboard: away after 3 s, noticed at the next AFK poll (1 s).
    QTRY_VERIFY2_WITH_TIMEOUT(logged("away:"), log.constData(), 8'000);
    QVERIFY(session.moveMouse(50, 50));
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
        {u"XTerm"_s, u"first title"_s, started, switched},
        {u"XTerm"_s, u"second title"_s, switched, retitled},
        {u"XTerm"_s, u"second title, renamed"_s, retitled, stopped},
    };
    verifyWindows(windows, expectedWindows, started, kToleranceSeconds);
    if (QTest::currentTestFailed())
        return;

    const QList<RecordedEvent> afk = recordedEvents(QStringLiteral(STINT_CLI), dir.path(), u"aw-watcher-afk_"_s + host);
    verifyAwayAndBack(afk, started, lastInput, back, kToleranceSeconds);
}

QTEST_GUILESS_MAIN(TestWatchersX11)
#include "TestWatchersX11.moc"
