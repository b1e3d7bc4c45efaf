// The X11 window and idle backends against a real X server (Xvfb + openbox + xterm), including
// windows without class or title, windows that vanish, and a server that goes away and comes
// back.
#include "EnvironmentGuard.h"
#include "MockClock.h"
#include "WindowInfoToString.h"
#include "X11Session.h"
#include "watchers/PlatformBackends.h"
#include "watchers/x11/X11Connection.h"
#include "watchers/x11/X11IdleBackend.h"
#include "watchers/x11/X11WindowBackend.h"

#include <QElapsedTimer>
#include <QFile>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTest>

#include <cstdlib>
#include <xcb/xcb.h>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;
using namespace stint;

namespace {

// A bare client window: no WM_CLASS, no title. Created by this test's own xcb connection.
class RawClient
{
public:
    explicit RawClient(const QString &display)
    {
        m_c = xcb_connect(display.toLocal8Bit().constData(), nullptr);
        if (xcb_connection_has_error(m_c))
            return;
        m_screen = xcb_setup_roots_iterator(xcb_get_setup(m_c)).data;
        const char name[] = "_NET_ACTIVE_WINDOW";
        xcb_intern_atom_reply_t *reply =
            xcb_intern_atom_reply(m_c, xcb_intern_atom(m_c, 0, sizeof name - 1, name), nullptr);
        m_activeAtom = reply ? reply->atom : xcb_atom_t(XCB_ATOM_NONE);
        std::free(reply);
    }
    ~RawClient() { xcb_disconnect(m_c); }
    RawClient(const RawClient &) = delete;
    RawClient &operator=(const RawClient &) = delete;

    bool isValid() const { return m_screen && m_activeAtom != XCB_ATOM_NONE; }

    xcb_window_t createMappedWindow()
    {
        const xcb_window_t window = xcb_generate_id(m_c);
        xcb_create_window(m_c, XCB_COPY_FROM_PARENT, window, m_screen->root, 50, 50, 200, 150, 0,
                          XCB_WINDOW_CLASS_INPUT_OUTPUT, m_screen->root_visual, 0, nullptr);
        xcb_map_window(m_c, window);
        sync();
        return window;
    }
    // Asks the window manager to activate `window` (EWMH client message), without waiting.
    void requestActivation(xcb_window_t window)
    {
        xcb_client_message_event_t event = {};
        event.response_type = XCB_CLIENT_MESSAGE;
        event.format = 32;
        event.window = window;
        event.type = m_activeAtom;
        event.data.data32[0] = 2; // from a pager: no focus-stealing prevention
        xcb_send_event(m_c, 0, m_screen->root,
                       XCB_EVENT_MASK_SUBSTRUCTURE_REDIRECT | XCB_EVENT_MASK_SUBSTRUCTURE_NOTIFY,
                       reinterpret_cast<const char *>(&event));
        xcb_flush(m_c);
    }
    void destroy(xcb_window_t window)
    {
        xcb_destroy_window(m_c, window);
        xcb_flush(m_c);
    }
    // Writes _NET_ACTIVE_WINDOW itself, as a window manager would.
    void setActiveWindowProperty(xcb_window_t window)
    {
        xcb_change_property(m_c, XCB_PROP_MODE_REPLACE, m_screen->root, m_activeAtom, XCB_ATOM_WINDOW, 32, 1, &window);
        sync();
    }
    void sync() { std::free(xcb_get_input_focus_reply(m_c, xcb_get_input_focus(m_c), nullptr)); }

private:
    xcb_connection_t *m_c = nullptr;
    xcb_screen_t *m_screen = nullptr;
    xcb_atom_t m_activeAtom = XCB_ATOM_NONE;
};

// openbox passes through "no active window" between two windows (the old one's FocusOut before
// the new one's FocusIn), also after xdotool saw the new one active: a read right after a switch
// may see that, what counts is where it settles.
constexpr int kSettleMs = 10'000;

} // namespace

class TestX11Backends : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void noWindowManagerIsReported();
    void readsActiveXterm();
    void followsFocusChanges();
    void followsTitleChanges();
    void windowWithoutClassOrTitle();
    void vanishedWindowsNeverCrash();
    void idleTimeResetsOnInput();
    void factoryChoosesBySession();
    void recoversFromLostDisplay();

private:
    std::unique_ptr<X11Connection> connection(const QString &display = {});
    X11Session::Window xterm(const QString &title);

    std::unique_ptr<X11Session> m_session;
};

void TestX11Backends::initTestCase()
{
    if (const QString missing = X11Session::missingPrograms(); !missing.isEmpty())
        QSKIP(qPrintable(u"not installed: "_s + missing));
    m_session = std::make_unique<X11Session>();
    QString error;
    QVERIFY2(m_session->start(&error), qPrintable(error));
}

std::unique_ptr<X11Connection> TestX11Backends::connection(const QString &display)
{
    auto result = std::make_unique<X11Connection>(display.isEmpty() ? m_session->displayName() : display);
    result->setInitialRetryDelay(100ms);
    QString error;
    if (!result->open(&error))
        qWarning() << error;
    return result;
}

X11Session::Window TestX11Backends::xterm(const QString &title)
{
    QString error;
    const std::optional<X11Session::Window> window = m_session->spawnXterm(title, &error);
    if (!window)
        qWarning() << error;
    return window.value_or(X11Session::Window{});
}

void TestX11Backends::noWindowManagerIsReported()
{
    X11Session bare;
    QString error;
    QVERIFY2(bare.startServer(&error), qPrintable(error));
    auto clock = std::make_shared<test::MockClock>();
    X11WindowBackend backend(connection(bare.displayName()), nullptr, clock);
    QVERIFY(backend.connection()->isConnected());
    QSignalSpy problems(&backend, &WindowBackend::problem);
    QSignalSpy changed(&backend, &WindowBackend::activeWindowChanged);

    // A window manager that is still starting may publish the property a moment later: no
    // report during the grace.
    QCOMPARE(backend.activeWindow(), std::nullopt);
    clock->advanceMs(X11WindowBackend::kMissingPropertyGraceMs - 1);
    QCOMPARE(backend.activeWindow(), std::nullopt);
    QCOMPARE(problems.count(), 0);
    clock->advanceMs(1);
    QCOMPARE(backend.activeWindow(), std::nullopt);
    clock->advanceSeconds(1);
    QCOMPARE(backend.activeWindow(), std::nullopt);
    QCOMPARE(problems.count(), 1); // once, not on every poll
    QVERIFY2(problems.first().first().toString().contains(u"_NET_ACTIVE_WINDOW"_s),
             qPrintable(problems.first().first().toString()));

    // A window manager arrives: the backend notices on its own.
    QVERIFY2(bare.startWindowManager(&error), qPrintable(error));
    const std::optional<X11Session::Window> window = bare.spawnXterm(u"late manager"_s, &error);
    QVERIFY2(window, qPrintable(error));
    QVERIFY(bare.activate(window->id));
    QTRY_VERIFY_WITH_TIMEOUT(changed.count() > 0, 10000);
    QTRY_COMPARE_WITH_TIMEOUT(backend.activeWindow(), (WindowInfo{u"XTerm"_s, u"late manager"_s}), kSettleMs);
}

void TestX11Backends::readsActiveXterm()
{
    X11WindowBackend backend(connection());
    QCOMPARE(backend.name(), u"x11"_s);

    const X11Session::Window plain = xterm(u"plain ascii title"_s);
    QVERIFY(plain.id);
    QVERIFY(m_session->activate(plain.id));
    QTRY_COMPARE_WITH_TIMEOUT(backend.activeWindow(), (WindowInfo{u"XTerm"_s, u"plain ascii title"_s}), kSettleMs);

    // xterm stores such a title as Compound Text in WM_NAME (Latin-1, UTF-8, JIS and ISO
    // 8859-5 segments for this one).
    const QString title = u"Grüße – 日本 Привет"_s;
    const X11Session::Window unicode = xterm(title);
    QVERIFY(unicode.id);
    QVERIFY(m_session->activate(unicode.id));
    QTRY_COMPARE_WITH_TIMEOUT(backend.activeWindow(), (WindowInfo{u"XTerm"_s, title}), kSettleMs);
}

void TestX11Backends::followsFocusChanges()
{
    const X11Session::Window first = xterm(u"first window"_s);
    const X11Session::Window second = xterm(u"second window"_s);
    QVERIFY(first.id && second.id);
    QVERIFY(m_session->activate(first.id));

    X11WindowBackend backend(connection());
    QSignalSpy changed(&backend, &WindowBackend::activeWindowChanged);
    QTRY_COMPARE_WITH_TIMEOUT(backend.activeWindow(), (WindowInfo{u"XTerm"_s, u"first window"_s}), kSettleMs);
    changed.clear();

    QVERIFY(m_session->activate(second.id));
    QTRY_VERIFY_WITH_TIMEOUT(changed.count() > 0, 10000);
    QTRY_COMPARE_WITH_TIMEOUT(backend.activeWindow(), (WindowInfo{u"XTerm"_s, u"second window"_s}), kSettleMs);

    changed.clear();
    QVERIFY(m_session->activate(first.id));
    QTRY_VERIFY_WITH_TIMEOUT(changed.count() > 0, 10000);
    QTRY_COMPARE_WITH_TIMEOUT(backend.activeWindow(), (WindowInfo{u"XTerm"_s, u"first window"_s}), kSettleMs);
}

void TestX11Backends::followsTitleChanges()
{
    const X11Session::Window window = xterm(u"before"_s);
    QVERIFY(window.id);
    QVERIFY(m_session->activate(window.id));
    X11WindowBackend backend(connection());
    QSignalSpy changed(&backend, &WindowBackend::activeWindowChanged);
    QTRY_COMPARE_WITH_TIMEOUT(backend.activeWindow(), (WindowInfo{u"XTerm"_s, u"before"_s}), kSettleMs);
    changed.clear();

    // xdotool writes _NET_WM_NAME, which wins over WM_NAME.
    const QString title = u"after – ü 🚀"_s;
    QVERIFY(m_session->retitle(window.id, title));
    QTRY_VERIFY_WITH_TIMEOUT(changed.count() > 0, 10000);
    QTRY_COMPARE_WITH_TIMEOUT(backend.activeWindow(), (WindowInfo{u"XTerm"_s, title}), kSettleMs);
}

void TestX11Backends::windowWithoutClassOrTitle()
{
    const X11Session::Window named = xterm(u"named"_s);
    QVERIFY(m_session->activate(named.id));
    X11WindowBackend backend(connection());
    QTRY_COMPARE_WITH_TIMEOUT(backend.activeWindow(), (WindowInfo{u"XTerm"_s, u"named"_s}), kSettleMs);

    RawClient client(m_session->displayName());
    QVERIFY(client.isValid());
    const xcb_window_t bare = client.createMappedWindow();
    QVERIFY(m_session->activate(bare));
    QTRY_COMPARE_WITH_TIMEOUT(backend.activeWindow(), (WindowInfo{u"unknown"_s, QString()}), kSettleMs);
    client.destroy(bare);
}

void TestX11Backends::vanishedWindowsNeverCrash()
{
    // Deterministic, on a server without a window manager: openbox would write _NET_ACTIVE_WINDOW
    // behind the test's back whenever it gets round to refocusing after a window came or went.
    {
        X11Session bare;
        QString error;
        QVERIFY2(bare.startServer(&error), qPrintable(error));
        const std::optional<X11Session::Window> survivor = bare.spawnXterm(u"survivor"_s, &error);
        QVERIFY2(survivor, qPrintable(error));
        X11WindowBackend backend(connection(bare.displayName()));
        RawClient client(bare.displayName());
        QVERIFY(client.isValid());
        // _NET_ACTIVE_WINDOW names a window that no longer exists (BadWindow)...
        const xcb_window_t gone = client.createMappedWindow();
        client.destroy(gone);
        client.sync();
        client.setActiveWindowProperty(gone);
        QCOMPARE(backend.activeWindow(), std::nullopt);
        // ...and no window at all.
        client.setActiveWindowProperty(XCB_WINDOW_NONE);
        QCOMPARE(backend.activeWindow(), std::nullopt);
        client.setActiveWindowProperty(survivor->id);
        QCOMPARE(backend.activeWindow(), (WindowInfo{u"XTerm"_s, u"survivor"_s}));
    }

    // Racy on purpose: windows destroyed while the window manager activates them.
    const X11Session::Window named = xterm(u"survivor"_s);
    QVERIFY(m_session->activate(named.id));
    X11WindowBackend backend(connection());
    RawClient client(m_session->displayName());
    QVERIFY(client.isValid());
    for (int i = 0; i < 15; ++i) {
        const xcb_window_t window = client.createMappedWindow();
        client.requestActivation(window);
        const std::optional<WindowInfo> during = backend.activeWindow();
        client.destroy(window);
        for (const std::optional<WindowInfo> &info : {during, backend.activeWindow()})
            QVERIFY(!info || !info->app.isEmpty());
        QCoreApplication::processEvents();
    }

    QVERIFY(backend.connection()->isConnected());
    QVERIFY(m_session->activate(named.id));
    QTRY_COMPARE_WITH_TIMEOUT(backend.activeWindow(), (WindowInfo{u"XTerm"_s, u"survivor"_s}), 10000);
}

void TestX11Backends::idleTimeResetsOnInput()
{
    X11IdleBackend backend(connection());
    QVERIFY(backend.hasExtension());
    QCOMPARE(backend.name(), u"x11"_s);

    // No more idle time than has passed since the input (however slowly xdotool ran).
    QElapsedTimer sinceInput;
    sinceInput.start();
    QVERIFY(m_session->moveMouse(100, 100));
    const std::optional<qint64> fresh = backend.idleMillis();
    QVERIFY(fresh);
    QVERIFY2(*fresh <= sinceInput.elapsed() + 5,
             qPrintable(u"%1 ms idle, %2 ms after the input"_s.arg(*fresh).arg(sinceInput.elapsed())));
    QTRY_VERIFY_WITH_TIMEOUT(backend.idleMillis().value_or(0) > *fresh + 400, 10000);

    const qint64 grown = backend.idleMillis().value_or(0);
    QVERIFY(m_session->moveMouse(300, 200));
    const std::optional<qint64> again = backend.idleMillis();
    QVERIFY(again);
    QVERIFY2(*again < grown, qPrintable(u"%1 after input, %2 before"_s.arg(*again).arg(grown)));
}

void TestX11Backends::factoryChoosesBySession()
{
    const EnvironmentGuard restore{"DISPLAY", "WAYLAND_DISPLAY", "DBUS_SESSION_BUS_ADDRESS"};
    // No desktop on the session bus, and no bus autolaunched for the X display either.
    qputenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/stint-test-bus");
    QString error;

    qunsetenv("DISPLAY");
    qunsetenv("WAYLAND_DISPLAY");
    PlatformBackends none = createPlatformBackends(&error);
    QVERIFY(!none.window && !none.idle);
    QVERIFY2(error.startsWith(u"no display found (DISPLAY and WAYLAND_DISPLAY are not set)"_s), qPrintable(error));

    qputenv("WAYLAND_DISPLAY", "wayland-77");
    PlatformBackends wayland = createPlatformBackends(&error);
    QVERIFY(!wayland.window && !wayland.idle);
    QVERIFY2(error.startsWith(u"on the Wayland display wayland-77 Stint cannot see which window has focus"_s),
             qPrintable(error));
    QVERIFY2(error.contains(u"XWayland is not running (DISPLAY is not set)"_s), qPrintable(error));

    qunsetenv("WAYLAND_DISPLAY");
    int unused = 4242;
    while (QFile::exists(u"/tmp/.X11-unix/X%1"_s.arg(unused)))
        ++unused;
    qputenv("DISPLAY", u":%1"_s.arg(unused).toLocal8Bit());
    PlatformBackends nobody = createPlatformBackends(&error);
    QVERIFY(!nobody.window && !nobody.idle);
    QVERIFY2(error.contains(u"X display :%1"_s.arg(unused)), qPrintable(error));

    error.clear();
    qputenv("DISPLAY", m_session->displayName().toLocal8Bit());
    // A Wayland display that offers nothing, with a working XWayland: used, with a warning.
    qputenv("WAYLAND_DISPLAY", "wayland-77");
    // The warning says why native windows are not seen.
    QTest::ignoreMessage(QtWarningMsg,
                         QRegularExpression(u"following the focused window through XWayland .*only X11 applications "
                                            "are seen.*cannot connect to the Wayland display wayland-77"_s));
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"reading the idle time through XWayland"_s));
    PlatformBackends x11 = createPlatformBackends(&error);
    QVERIFY2(x11.window && x11.idle, qPrintable(error));
    QCOMPARE(x11.window->name(), u"x11"_s);
    const X11Session::Window window = xterm(u"from the factory"_s);
    QVERIFY(m_session->activate(window.id));
    QTRY_COMPARE_WITH_TIMEOUT(x11.window->activeWindow(), (WindowInfo{u"XTerm"_s, u"from the factory"_s}), kSettleMs);
    QVERIFY(x11.idle->idleMillis());
}

void TestX11Backends::recoversFromLostDisplay()
{
    const X11Session::Window window = xterm(u"before the crash"_s);
    QVERIFY(m_session->activate(window.id));
    X11WindowBackend windows(connection());
    X11IdleBackend idle(connection());
    QSignalSpy windowProblems(&windows, &WindowBackend::problem);
    QSignalSpy idleProblems(&idle, &IdleBackend::problem);
    QSignalSpy restored(windows.connection(), &X11Connection::restored);
    QTRY_COMPARE_WITH_TIMEOUT(windows.activeWindow(), (WindowInfo{u"XTerm"_s, u"before the crash"_s}), kSettleMs);
    QVERIFY(idle.idleMillis());

    const QString display = m_session->displayName();
    m_session->stopServer();
    // The socket notifier sees the connection close; no poll is needed for that.
    QTRY_COMPARE_WITH_TIMEOUT(windowProblems.count(), 1, 10000);
    QTRY_COMPARE_WITH_TIMEOUT(idleProblems.count(), 1, 10000);
    QCOMPARE(windowProblems.first().first().toString(),
             u"lost the connection to the X display %1; retrying"_s.arg(display));
    QCOMPARE(windows.activeWindow(), std::nullopt);
    QCOMPARE(idle.idleMillis(), std::nullopt);
    QTest::qWait(400); // a few failed attempts (100, 200 ms): still one report each
    QCOMPARE(windowProblems.count(), 1);
    QCOMPARE(idleProblems.count(), 1);
    QCOMPARE(restored.count(), 0);

    QString error;
    QVERIFY2(m_session->start(&error), qPrintable(error));
    QCOMPARE(m_session->displayName(), display);
    const X11Session::Window after = xterm(u"after the restart"_s);
    QVERIFY(m_session->activate(after.id));
    QTRY_COMPARE_WITH_TIMEOUT(restored.count(), 1, 10000);
    QTRY_COMPARE_WITH_TIMEOUT(windows.activeWindow(), (WindowInfo{u"XTerm"_s, u"after the restart"_s}), kSettleMs);
    QTRY_VERIFY_WITH_TIMEOUT(idle.idleMillis().has_value(), 10000);

    // Event selections were renewed on the new connection.
    QSignalSpy changed(&windows, &WindowBackend::activeWindowChanged);
    QVERIFY(m_session->retitle(after.id, u"renamed after the restart"_s));
    QTRY_VERIFY_WITH_TIMEOUT(changed.count() > 0, 10000);
    QTRY_COMPARE_WITH_TIMEOUT(windows.activeWindow(), (WindowInfo{u"XTerm"_s, u"renamed after the restart"_s}),
                              kSettleMs);
    QCOMPARE(windowProblems.count(), 1);
}

QTEST_GUILESS_MAIN(TestX11Backends)
#include "TestX11Backends.moc"
