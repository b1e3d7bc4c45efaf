// The tray icon on a real X desktop with a system tray (its own Xvfb, openbox and trayer):
// --minimized starts in the tray, clicking the icon toggles the window, and closing the window
// keeps Stint running in the tray with a one-time notice. Skipped when the programs are missing.
#include "Desktop.h"
#include "FakeBackends.h"
#include "MainWindow.h"
#include "QuitController.h"
#include "TrayIcon.h"
#include "X11Session.h"
#include "app/Tracker.h"

#include <QApplication>
#include <QSettings>
#include <QStandardPaths>
#include <QSystemTrayIcon>
#include <QTemporaryDir>
#include <QTest>

using namespace stint;
using namespace stint::test;

namespace {
QString g_skipReason; // set by main() when no X session with a tray could be started
} // namespace

class TestTrayX11 : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void minimizedStartsInTheTray();
    void closingKeepsRunningInTheTray();

private:
    struct Running
    {
        QTemporaryDir dir;
        std::unique_ptr<Tracker> tracker;
        std::unique_ptr<Desktop> desktop;
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
    running.tracker = std::make_unique<Tracker>(DataLocation(running.dir.path(), true));
    QString error;
    if (!running.tracker->start(&error)
        || !running.tracker->startWatching(makeFakes(WindowInfo{u"Editor"_s, u"notes.md"_s}).backends, {}, &error)) {
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
