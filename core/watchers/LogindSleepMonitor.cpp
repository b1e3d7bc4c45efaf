#include "watchers/LogindSleepMonitor.h"

#include "util/Logging.h"

#include <QDBusConnection>

using namespace Qt::StringLiterals;

namespace stint {

LogindSleepMonitor::LogindSleepMonitor(QObject *parent)
    : QObject(parent)
{
    QDBusConnection bus = QDBusConnection::systemBus();
    // QDBusConnection::connect has no pointer-to-member overload.
    m_connected = bus.isConnected()
        && bus.connect(u"org.freedesktop.login1"_s, u"/org/freedesktop/login1"_s, u"org.freedesktop.login1.Manager"_s,
                       u"PrepareForSleep"_s, this, SLOT(onPrepareForSleep(bool)));
    if (!m_connected)
        qCInfo(lcWatch) << "no logind on the system bus; sleep is noticed from the gap it leaves";
}

void LogindSleepMonitor::onPrepareForSleep(bool start)
{
    qCInfo(lcWatch) << (start ? "the system is going to sleep" : "the system woke up");
    if (start)
        Q_EMIT aboutToSleep();
    else
        Q_EMIT resumed();
}

} // namespace stint
