// The tray icon on a real X desktop with a system tray (its own Xvfb, openbox and trayer):
// --minimized starts in the tray, the icon shown follows every change of state, clicking the icon
// brings a window behind others forward and hides the one in front, and closing the window keeps
// Stint running in the tray with a one-time notice. Skipped when the programs are missing.
#include "Desktop.h"
#include "FakeBackends.h"
#include "MainWindow.h"
#include "MockClock.h"
#include "QuitController.h"
#include "TrayIcon.h"
#include "X11Session.h"
#include "app/Tracker.h"
#include "watchers/AfkWatcher.h"
#include "watchers/PauseController.h"

#include <QApplication>
#include <QImage>
#include <QSettings>
#include <QStandardPaths>
#include <QSystemTrayIcon>
#include <QTemporaryDir>
#include <QTest>

using namespace stint;
using namespace stint::test;

namespace {
QString g_skipReason;            // set by main() when no X session with a tray could be started
X11Session *g_session = nullptr; // the session main() started

// The picture a tray icon shows, to compare with the one a state should show.
QImage pictureOf(const QIcon &icon)
{
    return icon.pixmap(QSize(32, 32)).toImage().convertToFormat(QImage::Format_ARGB32);
}
} // namespace

class TestTrayX11 : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void minimizedStartsInTheTray();
    void iconFollowsEveryTransition();
    void clickBringsAWindowBehindOthersForward();
    void closingKeepsRunningInTheTray();

private:
    struct Running
    {
        QTemporaryDir dir;
        std::shared_ptr<MockClock> clock = std::make_shared<MockClock>();
        std::unique_ptr<Tracker> tracker;
        std::unique_ptr<Desktop> desktop;
        FakeIdleBackend *idle = nullptr;
    };
    bool startDesktop(Running &running);
};

void TestTrayX11::init()
{
    if (!g_skipReason.isEmpty())
        QSKIP(qPrintable(g_skipReason));
    QTRY_VERIFY_WITH_TIMEOUT(QSystemTrayIcon::isSystemTrayAvailable(), 10'000);
}

bool TestTrayX11::startDesktop(Running &running)
{
    running.tracker = std::make_unique<Tracker>(DataLocation(running.dir.path(), true), nullptr, running.clock);
    QString error;
    Fakes fakes = makeFakes(WindowInfo{u"Editor"_s, u"notes.md"_s});
    running.idle = fakes.idle;
    if (!running.tracker->start(&error) || !running.tracker->startWatching(std::move(fakes.backends), {}, &error)) {
        qWarning("%s", qPrintable(error));
        return false;
    }
    running.desktop = std::make_unique<Desktop>(*running.tracker);
    return true;
}

void TestTrayX11::minimizedStartsInTheTray()
{
    Running running;
    QVERIFY(startDesktop(running));
    Desktop &desktop = *running.desktop;
    desktop.start(true);
    QVERIFY(desktop.trayIcon().isShown());
    QVERIFY(!desktop.mainWindow().isVisible());
    auto *icon = desktop.trayIcon().findChild<QSystemTrayIcon *>(u"trayIcon"_s);
    QVERIFY(icon);
    QVERIFY(icon->toolTip().startsWith(u"Stint is tracking"_s));

    // A left click (what the tray reports as Trigger) toggles the window.
    Q_EMIT icon->activated(QSystemTrayIcon::Trigger);
    QTRY_VERIFY(desktop.mainWindow().isVisible());
    QVERIFY(QTest::qWaitForWindowExposed(&desktop.mainWindow()));
    Q_EMIT icon->activated(QSystemTrayIcon::Trigger);
    QTRY_VERIFY(!desktop.mainWindow().isVisible());
    // A right click opens the menu; it toggles nothing.
    Q_EMIT icon->activated(QSystemTrayIcon::Context);
    QVERIFY(!desktop.mainWindow().isVisible());
    QVERIFY(running.tracker->shutdown().ok());
}

// The icon in the tray is the one for the state now: at start, after going away and coming back,
// while paused (it once showed the state before each change).
void TestTrayX11::iconFollowsEveryTransition()
{
    Running running;
    QVERIFY(startDesktop(running));
    Desktop &desktop = *running.desktop;
    desktop.start(true);
    auto *icon = desktop.trayIcon().findChild<QSystemTrayIcon *>(u"trayIcon"_s);
    QVERIFY(icon && icon->isVisible());
    const auto shows = [&](const QString &name) { return pictureOf(icon->icon()) == pictureOf(QIcon(name)); };
    QVERIFY(!shows(u":/icons/tray-off.svg"_s));
    QVERIFY(shows(u":/icons/tray-tracking.svg"_s));

    AfkWatcher *afk = running.tracker->afkWatcher();
    running.clock->advanceSeconds(200);
    running.idle->idle = 200'000;
    afk->poll();
    QVERIFY(shows(u":/icons/tray-away.svg"_s));
    QVERIFY(icon->toolTip().startsWith(u"Stint: you are away"_s));
    running.clock->advanceSeconds(1);
    running.idle->idle = 0;
    afk->poll();
    QVERIFY(shows(u":/icons/tray-tracking.svg"_s));
    QVERIFY(icon->toolTip().startsWith(u"Stint is tracking"_s));

    running.tracker->pauseController()->pauseFor(60'000);
    QVERIFY(shows(u":/icons/tray-paused.svg"_s));
    running.tracker->pauseController()->resume();
    QVERIFY(shows(u":/icons/tray-tracking.svg"_s));
    QVERIFY(running.tracker->shutdown().ok());
    QVERIFY(shows(u":/icons/tray-off.svg"_s));
}

// A left click on the icon while the window is open behind another one raises and activates it;
// only the window in front is hidden.
void TestTrayX11::clickBringsAWindowBehindOthersForward()
{
    Running running;
    QVERIFY(startDesktop(running));
    Desktop &desktop = *running.desktop;
    desktop.start(false);
    MainWindow &window = desktop.mainWindow();
    QVERIFY(QTest::qWaitForWindowActive(&window, 10'000));
    auto *icon = desktop.trayIcon().findChild<QSystemTrayIcon *>(u"trayIcon"_s);
    QVERIFY(icon);

    QString error;
    const std::optional<X11Session::Window> other = g_session->spawnXterm(u"in front"_s, &error);
    QVERIFY2(other, qPrintable(error));
    QVERIFY(g_session->activate(other->id));
    QTRY_VERIFY(!window.isActiveWindow());
    Q_EMIT icon->activated(QSystemTrayIcon::Trigger);
    QVERIFY(QTest::qWaitForWindowActive(&window, 10'000));
    QVERIFY(window.isVisible());

    Q_EMIT icon->activated(QSystemTrayIcon::Trigger);
    QTRY_VERIFY(!window.isVisible());
    QVERIFY(running.tracker->shutdown().ok());
}

void TestTrayX11::closingKeepsRunningInTheTray()
{
    Running running;
    QVERIFY(startDesktop(running));
    Desktop &desktop = *running.desktop;
    QSettings().remove(u"notices/keptInTray"_s);
    desktop.start(false);
    MainWindow &window = desktop.mainWindow();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.close();
    QTRY_VERIFY(!window.isVisible());
    QVERIFY(!desktop.quitController().isQuitting());
    QVERIFY(running.tracker->windowWatcher());
    QVERIFY(QSettings().value(u"notices/keptInTray"_s).toBool()); // the notice was shown once
    QVERIFY(running.tracker->shutdown().ok());
}

int main(int argc, char **argv)
{
    QTemporaryDir config;
    qputenv("XDG_CONFIG_HOME", QFile::encodeName(config.path()));
    // The X session must exist before QApplication picks its platform.
    X11Session session;
    g_session = &session;
    const QString missing = X11Session::missingPrograms();
    QString error;
    if (!missing.isEmpty() || QStandardPaths::findExecutable(u"trayer"_s).isEmpty()) {
        g_skipReason = u"needs Xvfb, openbox, xdotool, xterm and trayer"_s;
    } else if (!session.start(&error) || !session.startTray(&error)) {
        g_skipReason = u"no X session with a tray: %1"_s.arg(error);
    }
    if (g_skipReason.isEmpty()) {
        qputenv("DISPLAY", session.displayName().toLocal8Bit());
        qputenv("QT_QPA_PLATFORM", "xcb");
    } else {
        qputenv("QT_QPA_PLATFORM", "offscreen");
    }
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(u"stint-tests"_s);
    TestTrayX11 test;
    return QTest::qExec(&test, argc, argv);
}

#include "TestTrayX11.moc"
