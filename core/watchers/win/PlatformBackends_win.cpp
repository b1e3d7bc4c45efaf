#include "watchers/PlatformBackends.h"

#include "watchers/win/WinIdleBackend.h"
#include "watchers/win/WinWindowBackend.h"

#include <QCoreApplication>

#include <windows.h>

namespace stint {
namespace {

// A service's window station is invisible: it has no user's windows or input to watch.
bool runsInInteractiveSession()
{
    HWINSTA station = GetProcessWindowStation();
    if (!station)
        return true;
    USEROBJECTFLAGS flags{};
    if (!GetUserObjectInformationW(station, UOI_FLAGS, &flags, sizeof(flags), nullptr))
        return true;
    return (flags.dwFlags & WSF_VISIBLE) != 0;
}

} // namespace

PlatformBackends createPlatformBackends(QString *error)
{
    PlatformBackends backends;
    if (!runsInInteractiveSession()) {
        if (error)
            *error = QCoreApplication::translate(
                "PlatformBackends",
                "Stint runs without a desktop (as a service?): it can watch windows and input only "
                "when it runs in the user's own session.");
        return backends;
    }
    backends.window = std::make_unique<WinWindowBackend>();
    backends.idle = std::make_unique<WinIdleBackend>();
    return backends;
}

} // namespace stint
