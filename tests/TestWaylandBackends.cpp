// The Wayland window and idle backends against a real compositor (headless sway with foot
// terminals): focus switches, title changes, no focused window, idle time from the KDE idle
// protocol, the factory's choice, and a compositor that goes away and comes back.
#include "EnvironmentGuard.h"
#include "SwaySession.h"
#include "WindowInfoToString.h"
#include "util/Clock.h"
#include "watchers/PlatformBackends.h"
#include "watchers/wayland/WaylandConnection.h"
#include "watchers/wayland/WaylandIdleBackend.h"
#include "watchers/wayland/WaylandWindowBackend.h"

#include <QScopeGuard>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;
using namespace stint;

namespace {

constexpr int kTimeoutMs = 10000;

// Sets environment variables for one test and puts the old values back afterwards.
} // namespace

class TestWaylandBackends : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void offersWhatStintNeeds();
    void readsFocusedFoot();
    void followsFocusAndTitles();
    void noFocusedWindow();
    void closedWindowIsForgotten();
    void idleTimeFromNotifications();
    void factoryPrefersWayland();
    void factoryExplainsWhatIsMissing();
    void recoversFromLostCompositor();

private:
    std::unique_ptr<WaylandConnection> connection();

    std::unique_ptr<SwaySession> m_session;
};

void TestWaylandBackends::initTestCase()
{
    if (const QString missing = SwaySession::missingPrograms(); !missing.isEmpty())
        QSKIP(qPrintable(u"not installed: "_s + missing));
    m_session = std::make_unique<SwaySession>();
    QString error;
    QVERIFY2(m_session->start(&error), qPrintable(error));
}

std::unique_ptr<WaylandConnection> TestWaylandBackends::connection()
{
    auto result = std::make_unique<WaylandConnection>(m_session->waylandDisplay());
    result->setInitialRetryDelay(100ms);
    QString error;
    if (!result->open(&error))
        qWarning() << error;
    return result;
}

void TestWaylandBackends::offersWhatStintNeeds()
{
    const auto c = connection();
    QVERIFY(c->isConnected());
    QVERIFY(WaylandWindowBackend::isSupported(*c));
    QVERIFY2(WaylandIdleBackend::isSupported(*c), qPrintable(WaylandIdleBackend::missing(*c)));
    QVERIFY(c->offers("wl_seat"));
    QVERIFY(!c->offers("no_such_interface_v1"));
}

void TestWaylandBackends::readsFocusedFoot()
{
    WaylandWindowBackend backend(connection());
    QCOMPARE(backend.name(), u"wayland/wlr-foreign-toplevel"_s);
    QString error;
    const QString title = u"Grüße – 日本 Привет"_s;
    QVERIFY2(m_session->spawnFoot(u"stint.test.read"_s, title, &error), qPrintable(error));
    QVERIFY(m_session->focus(u"stint.test.read"_s));
    QTRY_COMPARE_WITH_TIMEOUT(backend.activeWindow(), (WindowInfo{u"stint.test.read"_s, title}), kTimeoutMs);

    // A backend created while the window already has focus sees it at once.
    WaylandWindowBackend late(connection());
    QCOMPARE(late.activeWindow(), (WindowInfo{u"stint.test.read"_s, title}));
    QVERIFY(late.toplevelCount() >= 1);
}

void TestWaylandBackends::followsFocusAndTitles()
{
    QString error;
    QVERIFY2(m_session->spawnFoot(u"stint.test.first"_s, u"first window"_s, &error), qPrintable(error));
    QVERIFY2(m_session->spawnFoot(u"stint.test.second"_s, u"second window"_s, &error), qPrintable(error));
    QVERIFY(m_session->focus(u"stint.test.first"_s));
    WaylandWindowBackend backend(connection());
    QSignalSpy changed(&backend, &WindowBackend::activeWindowChanged);
    QCOMPARE(backend.activeWindow(), (WindowInfo{u"stint.test.first"_s, u"first window"_s}));

    changed.clear();
    QVERIFY(m_session->focus(u"stint.test.second"_s));
    // The change arrives as an event: no poll is needed for it.
    QTRY_VERIFY_WITH_TIMEOUT(changed.count() > 0, kTimeoutMs);
    QTRY_COMPARE_WITH_TIMEOUT(backend.activeWindow(), (WindowInfo{u"stint.test.second"_s, u"second window"_s}),
                              kTimeoutMs);

    changed.clear();
    QVERIFY(m_session->retitle(u"stint.test.second"_s, u"second window, renamed"_s));
    QTRY_VERIFY_WITH_TIMEOUT(changed.count() > 0, kTimeoutMs);
    QTRY_COMPARE_WITH_TIMEOUT(backend.activeWindow(), (WindowInfo{u"stint.test.second"_s, u"second window, renamed"_s}),
                              kTimeoutMs);

    // A title change of a window without focus changes nothing the watcher records.
    QVERIFY(m_session->retitle(u"stint.test.first"_s, u"first window, renamed"_s));
    QCOMPARE(backend.activeWindow(), (WindowInfo{u"stint.test.second"_s, u"second window, renamed"_s}));
    QVERIFY(m_session->focus(u"stint.test.first"_s));
    QTRY_COMPARE_WITH_TIMEOUT(backend.activeWindow(), (WindowInfo{u"stint.test.first"_s, u"first window, renamed"_s}),
                              kTimeoutMs);
}

void TestWaylandBackends::noFocusedWindow()
{
    QString error;
    QVERIFY2(m_session->spawnFoot(u"stint.test.nofocus"_s, u"before the empty workspace"_s, &error), qPrintable(error));
    QVERIFY(m_session->focus(u"stint.test.nofocus"_s));
    WaylandWindowBackend backend(connection());
    QCOMPARE(backend.activeWindow(), (WindowInfo{u"stint.test.nofocus"_s, u"before the empty workspace"_s}));
    QVERIFY(m_session->focusEmptyWorkspace());
    QTRY_COMPARE_WITH_TIMEOUT(backend.activeWindow(), std::nullopt, kTimeoutMs);
    QVERIFY(m_session->focus(u"stint.test.nofocus"_s));
    QTRY_COMPARE_WITH_TIMEOUT(backend.activeWindow(),
                              (WindowInfo{u"stint.test.nofocus"_s, u"before the empty workspace"_s}), kTimeoutMs);
}

void TestWaylandBackends::closedWindowIsForgotten()
{
    QString error;
    QVERIFY2(m_session->spawnFoot(u"stint.test.closing"_s, u"about to close"_s, &error), qPrintable(error));
    QVERIFY(m_session->focus(u"stint.test.closing"_s));
    WaylandWindowBackend backend(connection());
    QCOMPARE(backend.activeWindow(), (WindowInfo{u"stint.test.closing"_s, u"about to close"_s}));
    const int before = backend.toplevelCount();
    QVERIFY(m_session->close(u"stint.test.closing"_s));
    QTRY_COMPARE_WITH_TIMEOUT(backend.toplevelCount(), before - 1, kTimeoutMs);
    // sway gives the focus to another window (or none): never the closed one.
    const std::optional<WindowInfo> now = backend.activeWindow();
    QVERIFY(!now || now->app != u"stint.test.closing"_s);
}

void TestWaylandBackends::idleTimeFromNotifications()
{
    constexpr qint64 threshold = 300;
    WaylandIdleBackend idle(connection(), Clock::system(), threshold);
    QVERIFY(idle.isWatching());
    // Debian's sway 1.7 offers the KDE protocol; newer ones ext-idle-notify-v1.
    QVERIFY2(idle.name() == u"wayland/org_kde_kwin_idle"_s || idle.name() == u"wayland/ext_idle_notifier_v1"_s,
             qPrintable(idle.name()));
    QCOMPARE(idle.idleMillis(), 0); // a fresh notification counts from now

    QTRY_VERIFY_WITH_TIMEOUT(idle.idleMillis().value_or(0) >= threshold, kTimeoutMs);
    const qint64 first = *idle.idleMillis();
    QTRY_VERIFY_WITH_TIMEOUT(*idle.idleMillis() >= first + 200, kTimeoutMs); // it grows with time

    QVERIFY(m_session->pressKey());
    QTRY_COMPARE_WITH_TIMEOUT(idle.idleMillis(), 0, kTimeoutMs);
    QTRY_VERIFY_WITH_TIMEOUT(idle.idleMillis().value_or(0) >= threshold, kTimeoutMs);
}

void TestWaylandBackends::factoryPrefersWayland()
{
    EnvironmentGuard guard{"DISPLAY", "WAYLAND_DISPLAY", "XDG_CURRENT_DESKTOP"};
    QString error;
    QVERIFY2(m_session->spawnFoot(u"stint.test.factory"_s, u"from the factory"_s, &error), qPrintable(error));
    QVERIFY(m_session->focus(u"stint.test.factory"_s));
    qputenv("WAYLAND_DISPLAY", m_session->waylandDisplay().toLocal8Bit());
    qputenv("DISPLAY", ":4321"); // an XWayland that does not exist is not needed and not tried
    qunsetenv("XDG_CURRENT_DESKTOP");
    PlatformBackends backends = createPlatformBackends(&error);
    QVERIFY2(backends.window && backends.idle, qPrintable(error));
    QCOMPARE(backends.window->name(), u"wayland/wlr-foreign-toplevel"_s);
    QVERIFY(backends.idle->name().startsWith(u"wayland/"_s));
    QCOMPARE(backends.window->activeWindow(), (WindowInfo{u"stint.test.factory"_s, u"from the factory"_s}));
    QCOMPARE(backends.idle->idleMillis(), 0);
}

void TestWaylandBackends::factoryExplainsWhatIsMissing()
{
    EnvironmentGuard guard{"DISPLAY", "WAYLAND_DISPLAY", "XDG_CURRENT_DESKTOP", "DBUS_SESSION_BUS_ADDRESS"};
    qunsetenv("DISPLAY");
    qunsetenv("XDG_CURRENT_DESKTOP");
    qputenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/stint-test-bus");
    const QString socket = m_session->runtimeDir() + u"/wayland-77"_s;
    qputenv("WAYLAND_DISPLAY", socket.toLocal8Bit());
    QString error;
    PlatformBackends none = createPlatformBackends(&error);
    QVERIFY(!none.window && !none.idle);
    QVERIFY2(error.startsWith(u"on the Wayland display %1 Stint cannot see which window has focus"_s.arg(socket)),
             qPrintable(error));
    QVERIFY2(
        error.contains(u"cannot connect to the Wayland display %1: no compositor is listening there"_s.arg(socket)),
        qPrintable(error));
    QVERIFY2(error.contains(u"nor when you are away"_s), qPrintable(error));
    QVERIFY2(error.contains(u"XWayland is not running (DISPLAY is not set)"_s), qPrintable(error));
}

void TestWaylandBackends::recoversFromLostCompositor()
{
    QString error;
    QVERIFY2(m_session->spawnFoot(u"stint.test.crash"_s, u"before the crash"_s, &error), qPrintable(error));
    QVERIFY(m_session->focus(u"stint.test.crash"_s));
    WaylandWindowBackend windows(connection());
    WaylandIdleBackend idle(connection(), Clock::system(), 300);
    QSignalSpy windowProblems(&windows, &WindowBackend::problem);
    QSignalSpy idleProblems(&idle, &IdleBackend::problem);
    QSignalSpy restored(windows.connection(), &WaylandConnection::restored);
    QCOMPARE(windows.activeWindow(), (WindowInfo{u"stint.test.crash"_s, u"before the crash"_s}));
    QVERIFY(idle.idleMillis());

    const QString display = m_session->waylandDisplay();
    m_session->stop();
    // The socket notifier sees the connection close; no poll is needed for that.
    QTRY_COMPARE_WITH_TIMEOUT(windowProblems.count(), 1, kTimeoutMs);
    QTRY_COMPARE_WITH_TIMEOUT(idleProblems.count(), 1, kTimeoutMs);
    QCOMPARE(windowProblems.first().first().toString(),
             u"lost the connection to the Wayland display %1 (the compositor closed the connection); retrying"_s.arg(
                 display));
    QCOMPARE(windows.activeWindow(), std::nullopt);
    QCOMPARE(idle.idleMillis(), std::nullopt);
    QTest::qWait(400); // a few failed attempts (100, 200 ms): still one report each
    QCOMPARE(windowProblems.count(), 1);
    QCOMPARE(idleProblems.count(), 1);
    QCOMPARE(restored.count(), 0);

    QVERIFY2(m_session->start(&error), qPrintable(error));
    QCOMPARE(m_session->waylandDisplay(), display);
    QVERIFY2(m_session->spawnFoot(u"stint.test.after"_s, u"after the restart"_s, &error), qPrintable(error));
    QVERIFY(m_session->focus(u"stint.test.after"_s));
    QTRY_COMPARE_WITH_TIMEOUT(restored.count(), 1, kTimeoutMs);
    QTRY_COMPARE_WITH_TIMEOUT(windows.activeWindow(), (WindowInfo{u"stint.test.after"_s, u"after the restart"_s}),
                              kTimeoutMs);
    QTRY_VERIFY_WITH_TIMEOUT(idle.idleMillis().has_value(), kTimeoutMs);
    QVERIFY(idle.isWatching());
    QCOMPARE(windowProblems.count(), 1);
}

QTEST_GUILESS_MAIN(TestWaylandBackends)
#include "TestWaylandBackends.moc"
