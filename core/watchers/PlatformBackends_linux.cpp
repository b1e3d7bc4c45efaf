// Linux and the BSDs: X11 (including XWayland). A Wayland-only session is not supported yet.
#include "watchers/PlatformBackends.h"

#include "util/Logging.h"
#include "watchers/x11/X11Connection.h"
#include "watchers/x11/X11IdleBackend.h"
#include "watchers/x11/X11WindowBackend.h"

using namespace Qt::StringLiterals;

namespace stint {

PlatformBackends createPlatformBackends(QString *error)
{
    const QString display = qEnvironmentVariable("DISPLAY");
    const QString waylandDisplay = qEnvironmentVariable("WAYLAND_DISPLAY");
    QString failure;
    const auto fail = [&](const QString &message) {
        if (error)
            *error = message;
        return PlatformBackends{};
    };

    if (display.isEmpty()) {
        if (!waylandDisplay.isEmpty())
            return fail(u"Stint cannot yet follow windows on a Wayland-only session (WAYLAND_DISPLAY=%1, no "
                        "DISPLAY); please log in to an X11 session"_s.arg(waylandDisplay));
        return fail(u"no display found (DISPLAY and WAYLAND_DISPLAY are not set): Stint needs a graphical "
                    "X11 session to see which window has focus and whether you are away"_s);
    }
    if (!waylandDisplay.isEmpty())
        qCWarning(lcWatch).noquote() << u"a Wayland session with XWayland (DISPLAY=%1): Stint sees only X11 "
                                        "applications; the windows of native Wayland applications are not "
                                        "seen"_s.arg(display);

    // One connection per backend: each can live in its own thread, and neither depends on the
    // other's event handling. Both reconnect by themselves after the server goes away.
    auto windowConnection = std::make_unique<X11Connection>(display);
    auto idleConnection = std::make_unique<X11Connection>(display);
    if (!windowConnection->open(&failure) || !idleConnection->open(&failure))
        return fail(failure);

    PlatformBackends backends;
    backends.idle = std::make_unique<X11IdleBackend>(std::move(idleConnection));
    if (!static_cast<X11IdleBackend *>(backends.idle.get())->hasExtension())
        return fail(u"the X display %1 lacks the MIT-SCREEN-SAVER extension, so Stint cannot tell when you "
                    "are away"_s.arg(display));
    backends.window = std::make_unique<X11WindowBackend>(std::move(windowConnection));
    qCInfo(lcWatch) << "watching the X display" << display;
    return backends;
}

} // namespace stint
