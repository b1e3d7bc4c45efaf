#include "watchers/PlatformBackends.h"

#include "watchers/mac/MacIdleBackend.h"
#include "watchers/mac/MacWindowBackend.h"

#include <QCoreApplication>

#include <CoreGraphics/CoreGraphics.h>

namespace stint {
namespace {

// Null outside a graphical login session (over SSH, or as a daemon before anyone logs in):
// there is then no frontmost application or user input to watch.
bool runsInLoginSession()
{
    CFDictionaryRef session = CGSessionCopyCurrentDictionary();
    if (!session)
        return false;
    CFRelease(session);
    return true;
}

} // namespace

PlatformBackends createPlatformBackends(QString *error)
{
    PlatformBackends backends;
    if (!runsInLoginSession()) {
        if (error)
            *error = QCoreApplication::translate(
                "PlatformBackends",
                "Stint runs outside a graphical login session (over SSH?): it can watch windows "
                "and input only when it runs in the logged-in user's session.");
        return backends;
    }
    backends.window = std::make_unique<MacWindowBackend>();
    backends.idle = std::make_unique<MacIdleBackend>();
    return backends;
}

} // namespace stint
