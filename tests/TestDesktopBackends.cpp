// The KDE Plasma and GNOME backends against fake desktop services on a private session bus (a
// dbus-daemon this test starts): KWin's scripting interface, the screen saver's and Mutter's
// idle time, and the GNOME Shell extension's object. The fakes live in a thread of their own,
// as the real services live in other processes: the backends' blocking calls must be answered.
#include "EnvironmentGuard.h"
#include "PrivateBus.h"
#include "WindowInfoToString.h"
#include "watchers/PlatformBackends.h"
#include "watchers/dbus/DBusIdleBackend.h"
#include "watchers/dbus/GnomeExtension.h"
#include "watchers/dbus/GnomeShellWindowBackend.h"
#include "watchers/dbus/KWinWindowBackend.h"

#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QDBusMessage>
#include <QFile>
#include <QMutex>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using namespace Qt::StringLiterals;
using namespace stint;

// KWin's /Scripting object: records what it was asked.
class FakeKWinScripting : public QObject
{
    Q_OBJECT
    Q_CLASSINFO("D-Bus Interface", "org.kde.kwin.Scripting")

public:
    struct Record
    {
        QStringList loaded; // "path|plugin"
        QStringList unloaded;
        int starts = 0;
    };
    Record record() const
    {
        QMutexLocker lock(&m_mutex);
        return m_record;
    }

public Q_SLOTS:
    Q_SCRIPTABLE int loadScript(const QString &path, const QString &plugin)
    {
        QMutexLocker lock(&m_mutex);
        m_record.loaded << path + u'|' + plugin;
        return m_record.loaded.size();
    }
    Q_SCRIPTABLE bool unloadScript(const QString &plugin)
    {
        QMutexLocker lock(&m_mutex);
        m_record.unloaded << plugin;
        return true;
    }
    Q_SCRIPTABLE void start()
    {
        QMutexLocker lock(&m_mutex);
        ++m_record.starts;
    }

private:
    mutable QMutex m_mutex;
    Record m_record;
};

// org.freedesktop.ScreenSaver and org.gnome.Mutter.IdleMonitor in one object.
class FakeScreenSaver : public QObject
{
    Q_OBJECT
    Q_CLASSINFO("D-Bus Interface", "org.freedesktop.ScreenSaver")

public:
    std::atomic<uint> idle{0};

public Q_SLOTS:
    Q_SCRIPTABLE uint GetSessionIdleTime() { return idle; }
};

class FakeMutterIdleMonitor : public QObject
{
    Q_OBJECT
    Q_CLASSINFO("D-Bus Interface", "org.gnome.Mutter.IdleMonitor")

public:
    std::atomic<qulonglong> idle{0};

public Q_SLOTS:
    Q_SCRIPTABLE qulonglong GetIdletime() { return idle; }
};

// What Stint's GNOME Shell extension exports.
class FakeShellExtension : public QObject
{
    Q_OBJECT
    Q_CLASSINFO("D-Bus Interface", "org.stint.FocusedWindow")

public:
    void set(const QString &app, const QString &title)
    {
        QMutexLocker lock(&m_mutex);
        m_app = app;
        m_title = title;
    }

public Q_SLOTS:
    Q_SCRIPTABLE QString Get(QString &title)
    {
        QMutexLocker lock(&m_mutex);
        title = m_title;
        return m_app;
    }

private:
    QMutex m_mutex;
    QString m_app;
    QString m_title;
};

class TestDesktopBackends : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void kdeScreenSaverIdle();
    void gnomeMutterIdle();
    void missingIdleServiceIsReported();
    void kwinScriptReportsActivations();
    void kwinRestartReloadsTheScript();
    void gnomeExtensionReportsFocus();
    void gnomeWithoutExtensionSaysWhatToDo();
    void extensionInstallsAndReportsStatus();
    void factoryUsesTheDesktop();

private:
    // A connection of its own (its own unique name) to the private bus.
    QDBusConnection connect(const QString &name);
    bool own(const QDBusConnection &bus, const QString &service, bool on);
    void emitShellChanged(QDBusConnection &from, const QString &app, const QString &title);

    std::unique_ptr<PrivateBus> m_bus;
    QThread m_serviceThread;
    FakeKWinScripting *m_kwin = nullptr;
    FakeScreenSaver *m_screenSaver = nullptr;
    FakeMutterIdleMonitor *m_mutter = nullptr;
    FakeShellExtension *m_shell = nullptr;
    QStringList m_connections;
    QTemporaryDir m_dataHome;
};

QDBusConnection TestDesktopBackends::connect(const QString &name)
{
    m_connections << name;
    return QDBusConnection::connectToBus(m_bus->address(), name);
}

bool TestDesktopBackends::own(const QDBusConnection &bus, const QString &service, bool on)
{
    return on ? bus.interface()->registerService(service).value() == QDBusConnectionInterface::ServiceRegistered
              : bus.interface()->unregisterService(service).value();
}

void TestDesktopBackends::initTestCase()
{
    if (!PrivateBus::isAvailable())
        QSKIP("dbus-daemon is not installed");
    m_bus = std::make_unique<PrivateBus>();
    QString error;
    QVERIFY2(m_bus->start(&error), qPrintable(error));
    // Everything that asks for "the session bus" (the factory, the CLI) gets the private one.
    qputenv("DBUS_SESSION_BUS_ADDRESS", m_bus->address().toLocal8Bit());
    qputenv("XDG_DATA_HOME", m_dataHome.path().toLocal8Bit());

    m_serviceThread.start();
    m_kwin = new FakeKWinScripting;
    m_screenSaver = new FakeScreenSaver;
    m_mutter = new FakeMutterIdleMonitor;
    m_shell = new FakeShellExtension;
    for (QObject *fake : std::initializer_list<QObject *>{m_kwin, m_screenSaver, m_mutter, m_shell})
        fake->moveToThread(&m_serviceThread);
    // One connection per desktop process, as in a real session.
    QDBusConnection kwin = connect(u"fake-kwin"_s);
    QDBusConnection screenSaver = connect(u"fake-screensaver"_s);
    QDBusConnection shell = connect(u"fake-shell"_s);
    QVERIFY(kwin.isConnected() && screenSaver.isConnected() && shell.isConnected());
    QVERIFY(kwin.registerObject(u"/Scripting"_s, m_kwin, QDBusConnection::ExportScriptableSlots));
    QVERIFY(screenSaver.registerObject(u"/ScreenSaver"_s, m_screenSaver, QDBusConnection::ExportScriptableSlots));
    QVERIFY(shell.registerObject(u"/org/gnome/Mutter/IdleMonitor/Core"_s, m_mutter,
                                 QDBusConnection::ExportScriptableSlots));
    QVERIFY(shell.registerObject(u"/org/stint/FocusedWindow"_s, m_shell, QDBusConnection::ExportScriptableSlots));
    QVERIFY(own(screenSaver, u"org.freedesktop.ScreenSaver"_s, true));
    QVERIFY(own(shell, u"org.gnome.Mutter.IdleMonitor"_s, true));
}

void TestDesktopBackends::cleanupTestCase()
{
    for (const QString &name : std::as_const(m_connections))
        QDBusConnection::disconnectFromBus(name);
    m_serviceThread.quit();
    m_serviceThread.wait();
    delete m_kwin;
    delete m_screenSaver;
    delete m_mutter;
    delete m_shell;
}

void TestDesktopBackends::kdeScreenSaverIdle()
{
    DBusIdleBackend idle(connect(u"stint-kde-idle"_s), DBusIdleBackend::kdeScreenSaver());
    QCOMPARE(idle.name(), u"kde/screensaver"_s);
    m_screenSaver->idle = 1234;
    QString error;
    QVERIFY2(idle.probe(&error), qPrintable(error));
    QCOMPARE(idle.idleMillis(), 1234);
    m_screenSaver->idle = 98765;
    QCOMPARE(idle.idleMillis(), 98765);
}

void TestDesktopBackends::gnomeMutterIdle()
{
    DBusIdleBackend idle(connect(u"stint-gnome-idle"_s), DBusIdleBackend::gnomeMutter());
    QCOMPARE(idle.name(), u"gnome/mutter-idle-monitor"_s);
    m_mutter->idle = 5'000'000'000ULL; // beyond 32 bits: the GNOME reply is a uint64
    QCOMPARE(idle.idleMillis(), 5'000'000'000LL);
    m_mutter->idle = 7;
    QCOMPARE(idle.idleMillis(), 7);
}

void TestDesktopBackends::missingIdleServiceIsReported()
{
    DBusIdleBackend::Source source = DBusIdleBackend::kdeScreenSaver();
    source.service = u"org.example.NobodyHere"_s;
    DBusIdleBackend idle(connect(u"stint-missing-idle"_s), source);
    QSignalSpy problems(&idle, &IdleBackend::problem);
    QString error;
    QVERIFY(!idle.probe(&error));
    QVERIFY2(error.contains(u"GetSessionIdleTime on org.example.NobodyHere failed"_s), qPrintable(error));
    QCOMPARE(idle.idleMillis(), std::nullopt);
    QCOMPARE(idle.idleMillis(), std::nullopt);
    QCOMPARE(problems.count(), 1); // once, not on every poll
}

void TestDesktopBackends::kwinScriptReportsActivations()
{
    QDBusConnection kwin = QDBusConnection(u"fake-kwin"_s);
    QVERIFY(own(kwin, QLatin1StringView(KWinWindowBackend::kService), true));
    const auto release = qScopeGuard([&] { own(kwin, QLatin1StringView(KWinWindowBackend::kService), false); });
    QDBusConnection stintBus = connect(u"stint-kwin"_s);
    QVERIFY(KWinWindowBackend::isKWinRunning(stintBus));

    QTemporaryDir scripts;
    QString plugin;
    {
        KWinWindowBackend backend(stintBus, scripts.path());
        QCOMPARE(backend.name(), u"kde/kwin-script"_s);
        QSignalSpy changed(&backend, &WindowBackend::activeWindowChanged);
        QString error;
        QVERIFY2(backend.start(&error), qPrintable(error));
        plugin = backend.pluginName();
        const FakeKWinScripting::Record record = m_kwin->record();
        QCOMPARE(record.loaded, QStringList{backend.scriptPath() + u'|' + plugin});
        QCOMPARE(record.starts, 1);
        QVERIFY(record.unloaded.contains(plugin)); // a stale one from a crashed run goes first

        // The script KWin runs calls back into this connection, at the registered object.
        QFile script(backend.scriptPath());
        QVERIFY(script.open(QIODevice::ReadOnly));
        const QByteArray text = script.readAll();
        QVERIFY(text.contains(QByteArray("\"" + stintBus.baseService().toUtf8() + "\"")));
        QVERIFY(text.contains("\"/org/stint/KWinActiveWindow\""));
        QVERIFY(text.contains("\"org.stint.KWinActiveWindow\""));
        QVERIFY(!text.contains("@STINT_"));
        QCOMPARE(backend.activeWindow(), std::nullopt);

        // What the script's callDBus sends, from KWin's connection.
        const auto fromKWin = [&](const QDBusConnection &from, const QString &method, const QVariantList &args) {
            QDBusMessage call = QDBusMessage::createMethodCall(stintBus.baseService(), u"/org/stint/KWinActiveWindow"_s,
                                                               u"org.stint.KWinActiveWindow"_s, method);
            call.setArguments(args);
            return from.asyncCall(call);
        };
        fromKWin(kwin, u"Activated"_s, {u"org.kde.konsole"_s, u"~ : bash — Konsole"_s});
        QTRY_COMPARE(backend.activeWindow(), (WindowInfo{u"org.kde.konsole"_s, u"~ : bash — Konsole"_s}));
        QVERIFY(changed.count() > 0);
        fromKWin(kwin, u"Activated"_s, {QString(), u"no class"_s});
        QTRY_COMPARE(backend.activeWindow(), (WindowInfo{u"unknown"_s, u"no class"_s}));
        fromKWin(kwin, u"Deactivated"_s, {});
        QTRY_COMPARE(backend.activeWindow(), std::nullopt);

        // Anyone else is refused.
        QDBusConnection impostor = connect(u"impostor"_s);
        QDBusPendingCall refused = fromKWin(impostor, u"Activated"_s, {u"fake"_s, u"fake"_s});
        QTRY_VERIFY(refused.isFinished()); // answered from this thread's event loop
        QVERIFY(refused.isError());
        QCOMPARE(refused.error().type(), QDBusError::AccessDenied);
        QCOMPARE(backend.activeWindow(), std::nullopt);
    }
    // Gone with the backend: KWin no longer runs the script.
    QCOMPARE(m_kwin->record().unloaded.count(plugin), 2);
}

void TestDesktopBackends::kwinRestartReloadsTheScript()
{
    QDBusConnection kwin = QDBusConnection(u"fake-kwin"_s);
    QVERIFY(own(kwin, QLatin1StringView(KWinWindowBackend::kService), true));
    QTemporaryDir scripts;
    KWinWindowBackend backend(connect(u"stint-kwin-restart"_s), scripts.path());
    QSignalSpy problems(&backend, &WindowBackend::problem);
    QString error;
    QVERIFY2(backend.start(&error), qPrintable(error));
    const qsizetype loads = m_kwin->record().loaded.size();

    QVERIFY(own(kwin, QLatin1StringView(KWinWindowBackend::kService), false));
    QTRY_COMPARE(problems.count(), 1);
    QVERIFY2(problems.first().first().toString().contains(u"KWin left the session bus"_s),
             qPrintable(problems.first().first().toString()));
    QCOMPARE(backend.activeWindow(), std::nullopt);

    QVERIFY(own(kwin, QLatin1StringView(KWinWindowBackend::kService), true));
    QTRY_COMPARE(m_kwin->record().loaded.size(), loads + 1);
    QCOMPARE(problems.count(), 1);
    QVERIFY(own(kwin, QLatin1StringView(KWinWindowBackend::kService), false));
}

void TestDesktopBackends::emitShellChanged(QDBusConnection &from, const QString &app, const QString &title)
{
    QDBusMessage signal =
        QDBusMessage::createSignal(u"/org/stint/FocusedWindow"_s, u"org.stint.FocusedWindow"_s, u"Changed"_s);
    signal << app << title;
    QVERIFY(from.send(signal));
}

void TestDesktopBackends::gnomeExtensionReportsFocus()
{
    QDBusConnection shell = QDBusConnection(u"fake-shell"_s);
    QVERIFY(own(shell, QLatin1StringView(GnomeShellWindowBackend::kService), true));
    const auto release = qScopeGuard([&] { own(shell, QLatin1StringView(GnomeShellWindowBackend::kService), false); });
    m_shell->set(u"org.gnome.Nautilus"_s, u"Home"_s);

    GnomeShellWindowBackend backend(connect(u"stint-gnome"_s));
    QCOMPARE(backend.name(), u"gnome/shell-extension"_s);
    QSignalSpy changed(&backend, &WindowBackend::activeWindowChanged);
    QString error;
    QVERIFY2(backend.start(&error), qPrintable(error));
    QCOMPARE(backend.activeWindow(), (WindowInfo{u"org.gnome.Nautilus"_s, u"Home"_s}));

    emitShellChanged(shell, u"firefox"_s, u"Stint — Mozilla Firefox"_s);
    QTRY_COMPARE(backend.activeWindow(), (WindowInfo{u"firefox"_s, u"Stint — Mozilla Firefox"_s}));
    QVERIFY(changed.count() >= 2);
    emitShellChanged(shell, QString(), QString()); // nothing focused
    QTRY_COMPARE(backend.activeWindow(), std::nullopt);

    // The same signal from another connection is not GNOME Shell's.
    QDBusConnection impostor =
        QDBusConnection(u"impostor"_s).isConnected() ? QDBusConnection(u"impostor"_s) : connect(u"impostor"_s);
    emitShellChanged(impostor, u"fake"_s, u"fake"_s);
    emitShellChanged(shell, u"org.gnome.Terminal"_s, u"after the impostor"_s);
    QTRY_COMPARE(backend.activeWindow(), (WindowInfo{u"org.gnome.Terminal"_s, u"after the impostor"_s}));
    QVERIFY(changed.count() >= 3);
}

void TestDesktopBackends::gnomeWithoutExtensionSaysWhatToDo()
{
    // GNOME Shell's name is taken, but no extension object answers at the path.
    QDBusConnection bare = connect(u"fake-bare-shell"_s);
    QVERIFY(own(bare, QLatin1StringView(GnomeShellWindowBackend::kService), true));
    GnomeShellWindowBackend backend(connect(u"stint-gnome-bare"_s));
    QString error;
    QVERIFY(!backend.start(&error));
    QVERIFY2(error.contains(u"does not answer for Stint's extension"_s), qPrintable(error));
    QVERIFY2(error.contains(u"stint-cli gnome-extension install"_s), qPrintable(error));
    QVERIFY2(error.contains(u"gnome-extensions enable stint-focus@stint.invalid"_s), qPrintable(error));
    QVERIFY(own(bare, QLatin1StringView(GnomeShellWindowBackend::kService), false));
}

void TestDesktopBackends::extensionInstallsAndReportsStatus()
{
    const QString directory = m_dataHome.path() + u"/gnome-shell/extensions/stint-focus@stint.invalid"_s;
    QCOMPARE(GnomeExtension::installDirectory(), directory);
    QDBusConnection stintBus = connect(u"stint-extension-status"_s);
    QCOMPARE(GnomeExtension::status(stintBus).state, GnomeExtension::State::NotInstalled);

    QString message;
    QVERIFY2(GnomeExtension::install(&message), qPrintable(message));
    QVERIFY2(message.contains(directory) && message.contains(u"gnome-extensions enable"_s), qPrintable(message));
    QFile metadata(directory + u"/metadata.json"_s);
    QVERIFY(metadata.open(QIODevice::ReadOnly));
    QVERIFY(metadata.readAll().contains("\"uuid\": \"stint-focus@stint.invalid\""));
    QVERIFY(QFile::exists(directory + u"/extension.js"_s));

    // Installed, but GNOME Shell has not loaded it.
    GnomeExtension::Status status = GnomeExtension::status(stintBus);
    QCOMPARE(status.state, GnomeExtension::State::NotRunning);
    QVERIFY2(status.text.contains(u"not running"_s), qPrintable(status.text));

    // Running: the shell's connection answers at the extension's path.
    QDBusConnection shell = QDBusConnection(u"fake-shell"_s);
    QVERIFY(own(shell, QLatin1StringView(GnomeShellWindowBackend::kService), true));
    QCOMPARE(GnomeExtension::status(stintBus).state, GnomeExtension::State::Running);
    QVERIFY(own(shell, QLatin1StringView(GnomeShellWindowBackend::kService), false));

    // Someone edited the files: outdated until installed again.
    QFile script(directory + u"/extension.js"_s);
    QVERIFY(script.open(QIODevice::Append));
    script.write("// changed\n");
    script.close();
    QCOMPARE(GnomeExtension::status(stintBus).state, GnomeExtension::State::Outdated);
    QVERIFY(GnomeExtension::install(&message));
    QCOMPARE(GnomeExtension::status(stintBus).state, GnomeExtension::State::NotRunning);
}

void TestDesktopBackends::factoryUsesTheDesktop()
{
    // A Wayland session whose compositor offers nothing Stint can use (here: none at all),
    // with KDE on the session bus: the KWin script and the screen saver.
    const EnvironmentGuard restore{"WAYLAND_DISPLAY", "DISPLAY"};
    const QString socket = m_dataHome.path() + u"/wayland-none"_s;
    qputenv("WAYLAND_DISPLAY", socket.toLocal8Bit());
    qunsetenv("DISPLAY");

    QDBusConnection kwin = QDBusConnection(u"fake-kwin"_s);
    QDBusConnection shell = QDBusConnection(u"fake-shell"_s);
    QString error;
    {
        PlatformBackends none = createPlatformBackends(&error);
        QVERIFY(!none.window && !none.idle);
        QVERIFY2(error.contains(u"neither KWin (KDE Plasma) nor GNOME Shell is on the D-Bus session bus"_s),
                 qPrintable(error));
    }
    {
        QVERIFY(own(kwin, QLatin1StringView(KWinWindowBackend::kService), true));
        const auto release = qScopeGuard([&] { own(kwin, QLatin1StringView(KWinWindowBackend::kService), false); });
        PlatformBackends kde = createPlatformBackends(&error);
        QVERIFY2(kde.window && kde.idle, qPrintable(error));
        QCOMPARE(kde.window->name(), u"kde/kwin-script"_s);
        QCOMPARE(kde.idle->name(), u"kde/screensaver"_s);
        m_screenSaver->idle = 4321;
        QCOMPARE(kde.idle->idleMillis(), 4321);
    }
    {
        QVERIFY(own(shell, QLatin1StringView(GnomeShellWindowBackend::kService), true));
        const auto release =
            qScopeGuard([&] { own(shell, QLatin1StringView(GnomeShellWindowBackend::kService), false); });
        m_shell->set(u"org.gnome.Console"_s, u"~"_s);
        PlatformBackends gnome = createPlatformBackends(&error);
        QVERIFY2(gnome.window && gnome.idle, qPrintable(error));
        QCOMPARE(gnome.window->name(), u"gnome/shell-extension"_s);
        QCOMPARE(gnome.idle->name(), u"gnome/mutter-idle-monitor"_s);
        QCOMPARE(gnome.window->activeWindow(), (WindowInfo{u"org.gnome.Console"_s, u"~"_s}));
    }
}

QTEST_GUILESS_MAIN(TestDesktopBackends)
#include "TestDesktopBackends.moc"
