#include "watchers/dbus/KWinActivationReceiver.h"

#include "util/Logging.h"
#include "watchers/PlatformHelpers.h"

#include <QDBusConnection>
#include <QDBusMessage>

using namespace Qt::StringLiterals;

namespace stint {

bool KWinActivationReceiver::fromKWin()
{
    if (!calledFromDBus())
        return true;
    if (!m_allowedSender.isEmpty() && message().service() == m_allowedSender)
        return true;
    qCWarning(lcWatch) << "ignored an active-window report from" << message().service() << "(not KWin)";
    sendErrorReply(QDBusError::AccessDenied, u"only KWin reports the active window"_s);
    return false;
}

void KWinActivationReceiver::Activated(const QString &resourceClass, const QString &caption)
{
    if (!fromKWin())
        return;
    const WindowInfo info{appNameOrUnknown(resourceClass), caption};
    if (m_current == info)
        return;
    m_current = info;
    Q_EMIT changed();
}

void KWinActivationReceiver::Deactivated()
{
    if (!fromKWin() || !m_current)
        return;
    m_current.reset();
    Q_EMIT changed();
}

} // namespace stint
