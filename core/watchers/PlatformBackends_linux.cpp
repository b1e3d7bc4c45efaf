// Linux and the BSDs: on Wayland the compositor's protocols (wlroots compositors, KWin), then
// the desktop's own D-Bus services (KDE Plasma: a KWin script and the screen saver's idle time;
// GNOME: Stint's Shell extension and Mutter's idle monitor), then XWayland as a last resort.
// Without WAYLAND_DISPLAY: X11.
#include "watchers/PlatformBackends.h"

#include "util/Clock.h"
#include "util/Logging.h"
#include "watchers/dbus/DBusIdleBackend.h"
#include "watchers/dbus/GnomeShellWindowBackend.h"
#include "watchers/dbus/KWinWindowBackend.h"
#include "watchers/wayland/WaylandConnection.h"
#include "watchers/wayland/WaylandIdleBackend.h"
#include "watchers/wayland/WaylandWindowBackend.h"
#include "watchers/x11/X11Connection.h"
#include "watchers/x11/X11IdleBackend.h"
#include "watchers/x11/X11WindowBackend.h"

#include <QCoreApplication>
#include <QDBusConnection>
#include <QDBusError>
#include <QDir>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

namespace stint {
namespace {

// What one candidate backend lacked, collected so a failure can say all of it at once.
struct Gaps
{
    QStringList window;
    QStringList idle;

    // Why the backends that are still missing could not come from this source.
    void lack(const PlatformBackends &backends, const QString &why)
    {
        if (!backends.window)
            window << why;
        if (!backends.idle)
            idle << why;
    }
};

// Both X11 backends, or an error naming the display and what it lacks.
PlatformBackends x11Backends(const QString &display, QString *failure)
{
    // One connection per backend: each can live in its own thread, and neither depends on the
    // other's event handling. Both reconnect by themselves after the server goes away.
    auto windowConnection = std::make_unique<X11Connection>(display);
    auto idleConnection = std::make_unique<X11Connection>(display);
    if (!windowConnection->open(failure) || !idleConnection->open(failure))
        return {};
    PlatformBackends backends;
    auto idle = std::make_unique<X11IdleBackend>(std::move(idleConnection));
    if (!idle->hasExtension()) {
        *failure = QCoreApplication::translate(
                       "PlatformBackends",
                       "the X display %1 lacks the MIT-SCREEN-SAVER extension, so Stint cannot tell when you are "
                       "away")
                       .arg(display);
        return {};
    }
    backends.idle = std::move(idle);
    backends.window = std::make_unique<X11WindowBackend>(std::move(windowConnection));
    return backends;
}

// Fills what `backends` still lacks from XWayland, when XWayland actually works: a server that
// answers, with MIT-SCREEN-SAVER for the idle time and an EWMH window manager (the compositor) for the
// window. XWayland sees only the input and windows of X11 applications: this is the last resort.
void fillFromXWayland(PlatformBackends &backends, const QString &display, Gaps &gaps)
{
    if (display.isEmpty()) {
        gaps.lack(backends,
                  QCoreApplication::translate("PlatformBackends", "XWayland is not running (DISPLAY is not set)"));
        return;
    }
    if (!backends.window) {
        auto connection = std::make_unique<X11Connection>(display);
        QString failure;
        if (!connection->open(&failure)) {
            gaps.lack(backends, failure);
            return;
        }
        auto window = std::make_unique<X11WindowBackend>(std::move(connection));
        if (window->hasWindowManager()) {
            // The reasons matter here: they say how to get native windows too (the GNOME extension).
            qCWarning(lcWatch).noquote() << u"following the focused window through XWayland (DISPLAY=%1): only X11 "
                                            "applications are seen; native Wayland windows are not (%2)"_s.arg(
                                                display, gaps.window.join(u"; "_s));
            backends.window = std::move(window);
        } else {
            gaps.window << QCoreApplication::translate(
                               "PlatformBackends",
                               "XWayland (DISPLAY=%1) has no window manager publishing the active window")
                               .arg(display);
        }
    }
    if (!backends.idle) {
        auto connection = std::make_unique<X11Connection>(display);
        QString failure;
        if (!connection->open(&failure)) {
            gaps.idle << failure;
            return;
        }
        auto idle = std::make_unique<X11IdleBackend>(std::move(connection));
        if (idle->hasExtension()) {
            qCWarning(lcWatch).noquote() << u"reading the idle time through XWayland (DISPLAY=%1): only input to X11 "
                                            "applications counts (%2)"_s.arg(display, gaps.idle.join(u"; "_s));
            backends.idle = std::move(idle);
        } else {
            gaps.idle << QCoreApplication::translate("PlatformBackends",
                                                     "XWayland (DISPLAY=%1) lacks the MIT-SCREEN-SAVER extension")
                             .arg(display);
        }
    }
}

// The compositor's own protocols: zwlr_foreign_toplevel_manager_v1 for the window,
// ext-idle-notify-v1 or org_kde_kwin_idle for the idle time.
void fillFromWayland(PlatformBackends &backends, const QString &waylandDisplay, Gaps &gaps)
{
    auto connection = std::make_unique<WaylandConnection>(waylandDisplay);
    QString failure;
    if (!connection->open(&failure)) {
        gaps.window << failure;
        gaps.idle << failure;
        return;
    }
    qCDebug(lcWatch) << "the Wayland display" << waylandDisplay << "offers" << connection->globals().size()
                     << "globals";
    const bool hasWindow = WaylandWindowBackend::isSupported(*connection);
    const QString idleMissing = WaylandIdleBackend::missing(*connection);
    if (!hasWindow)
        gaps.window << QCoreApplication::translate(
            "PlatformBackends",
            "the compositor does not offer zwlr_foreign_toplevel_manager_v1 (wlroots compositors such "
            "as sway, Hyprland, river and labwc do)");
    if (!idleMissing.isEmpty())
        gaps.idle
            << QCoreApplication::translate("PlatformBackends", "the compositor does not offer %1").arg(idleMissing);
    if (idleMissing.isEmpty()) {
        // A connection of its own, as with X11: the backends never depend on each other.
        auto idleConnection = std::make_unique<WaylandConnection>(waylandDisplay);
        if (idleConnection->open(&failure))
            backends.idle = std::make_unique<WaylandIdleBackend>(std::move(idleConnection), Clock::system());
        else
            gaps.idle << failure;
    }
    if (hasWindow)
        backends.window = std::make_unique<WaylandWindowBackend>(std::move(connection));
}

// KDE Plasma and GNOME, found by their names on the session bus (XDG_CURRENT_DESKTOP can be
// inherited or wrong; the bus says what actually runs).
void fillFromDesktop(PlatformBackends &backends, Gaps &gaps)
{
    const QDBusConnection bus = QDBusConnection::sessionBus();
    if (!bus.isConnected()) {
        const QString why = QCoreApplication::translate(
                                "PlatformBackends", "there is no D-Bus session bus to reach KDE Plasma or GNOME (%1)")
                                .arg(bus.lastError().message());
        gaps.lack(backends, why);
        return;
    }
    const bool kde = KWinWindowBackend::isKWinRunning(bus);
    const bool gnome = GnomeShellWindowBackend::isShellRunning(bus);
    if (!kde && !gnome) {
        QString why = QCoreApplication::translate(
            "PlatformBackends", "neither KWin (KDE Plasma) nor GNOME Shell is on the D-Bus session bus");
        if (const QString desktop = qEnvironmentVariable("XDG_CURRENT_DESKTOP"); !desktop.isEmpty())
            why += u" (XDG_CURRENT_DESKTOP=%1)"_s.arg(desktop);
        gaps.lack(backends, why);
        return;
    }
    QString failure;
    if (!backends.window && kde) {
        const QString scripts =
            QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)).filePath(u"kwin"_s);
        auto window = std::make_unique<KWinWindowBackend>(bus, scripts);
        if (window->start(&failure))
            backends.window = std::move(window);
        else
            gaps.window
                << QCoreApplication::translate("PlatformBackends", "KWin's script did not load: %1").arg(failure);
    }
    if (!backends.window && gnome) {
        auto window = std::make_unique<GnomeShellWindowBackend>(bus);
        if (window->start(&failure))
            backends.window = std::move(window);
        else
            gaps.window << failure;
    }
    if (!backends.idle) {
        auto idle = std::make_unique<DBusIdleBackend>(
            bus, kde ? DBusIdleBackend::kdeScreenSaver() : DBusIdleBackend::gnomeMutter());
        if (idle->probe(&failure))
            backends.idle = std::move(idle);
        else
            gaps.idle << failure;
    }
}

QString describeGaps(const PlatformBackends &backends, const QString &waylandDisplay, const Gaps &gaps)
{
    QStringList parts;
    if (!backends.window)
        parts << QCoreApplication::translate("PlatformBackends", "which window has focus (%1)")
                     .arg(gaps.window.join(u"; "_s));
    if (!backends.idle)
        parts << QCoreApplication::translate("PlatformBackends", "when you are away (%1)").arg(gaps.idle.join(u"; "_s));
    const QString missing = parts.size() == 2
        //: both things Stint cannot see: "which window has focus (...), nor when you are away (...)"
        ? QCoreApplication::translate("PlatformBackends", "%1, nor %2").arg(parts.at(0), parts.at(1))
        : parts.value(0);
    return QCoreApplication::translate("PlatformBackends", "on the Wayland display %1 Stint cannot see %2")
        .arg(waylandDisplay, missing);
}

} // namespace

PlatformBackends createPlatformBackends(QString *error)
{
    const QString display = qEnvironmentVariable("DISPLAY");
    const QString waylandDisplay = qEnvironmentVariable("WAYLAND_DISPLAY");
    const auto fail = [&](const QString &message) {
        if (error)
            *error = message;
        return PlatformBackends{};
    };

    if (waylandDisplay.isEmpty()) {
        if (display.isEmpty())
            return fail(QCoreApplication::translate(
                "PlatformBackends",
                "no display found (DISPLAY and WAYLAND_DISPLAY are not set): Stint needs a graphical "
                "session to see which window has focus and whether you are away"));
        QString failure;
        PlatformBackends backends = x11Backends(display, &failure);
        if (!backends.window)
            return fail(failure);
        qCInfo(lcWatch) << "watching the X display" << display;
        return backends;
    }

    PlatformBackends backends;
    Gaps gaps;
    fillFromWayland(backends, waylandDisplay, gaps);
    if (!backends.window || !backends.idle)
        fillFromDesktop(backends, gaps);
    if (!backends.window || !backends.idle)
        fillFromXWayland(backends, display, gaps);
    if (!backends.window || !backends.idle) {
        const QString message = describeGaps(backends, waylandDisplay, gaps);
        qCWarning(lcWatch).noquote() << message;
        return fail(message);
    }
    qCInfo(lcWatch).noquote() << u"watching the Wayland display %1: windows through %2, input through %3"_s.arg(
        waylandDisplay, backends.window->name(), backends.idle->name());
    return backends;
}

} // namespace stint
