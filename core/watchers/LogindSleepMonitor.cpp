#include "watchers/LogindSleepMonitor.h"

#include "util/Logging.h"

#include <QDBusAbstractInterface>
#include <QDBusConnection>

using namespace Qt::StringLiterals;

namespace stint {

namespace {

// logind's manager as Qt D-Bus sees a proxy: connecting to its signal subscribes to the bus
// signal of the same name and signature.
class LogindManager final : public QDBusAbstractInterface
{
    Q_OBJECT

public:
    explicit LogindManager(QObject *parent)
        : QDBusAbstractInterface(u"org.freedesktop.login1"_s, u"/org/freedesktop/login1"_s,
                                 "org.freedesktop.login1.Manager", QDBusConnection::systemBus(), parent)
    {
    }

Q_SIGNALS:
    void PrepareForSleep(bool start);
};

} // namespace

LogindSleepMonitor::LogindSleepMonitor(QObject *parent)
    : QObject(parent)
{
    if (QDBusConnection::systemBus().isConnected()) {
        auto *manager = new LogindManager(this);
        m_connected = manager->isValid();
        if (m_connected)
            connect(manager, &LogindManager::PrepareForSleep, this, &LogindSleepMonitor::onPrepareForSleep);
    }
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

#include "LogindSleepMonitor.moc"
