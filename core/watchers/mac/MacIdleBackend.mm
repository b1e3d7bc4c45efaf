#include "watchers/mac/MacIdleBackend.h"

#include "watchers/PlatformHelpers.h"

#include <CoreGraphics/CoreGraphics.h>

namespace stint {

QString MacIdleBackend::name() const
{
    return QStringLiteral("macos");
}

std::optional<qint64> MacIdleBackend::idleMillis()
{
    // The combined state counts input from every source of this login session.
    const CFTimeInterval seconds =
        CGEventSourceSecondsSinceLastEventType(kCGEventSourceStateCombinedSessionState, kCGAnyInputEventType);
    return idleMillisFromSeconds(seconds);
}

} // namespace stint
