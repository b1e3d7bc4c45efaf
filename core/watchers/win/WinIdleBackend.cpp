#include "watchers/win/WinIdleBackend.h"

#include "watchers/PlatformHelpers.h"

#include <windows.h>

namespace stint {

QString WinIdleBackend::name() const
{
    return QStringLiteral("windows");
}

std::optional<qint64> WinIdleBackend::idleMillis()
{
    LASTINPUTINFO info{};
    info.cbSize = sizeof(info);
    if (!GetLastInputInfo(&info))
        return std::nullopt;
    // Both are 32-bit tick counts; GetTickCount64 would not wrap, but dwTime does.
    return idleMillisFromTicks(quint32(GetTickCount()), quint32(info.dwTime));
}

} // namespace stint
