#include "watchers/dbus/DBusIdleBackend.h"

#include "util/Logging.h"

#include <QCoreApplication>
#include <QDBusMessage>

using namespace Qt::StringLiterals;

namespace stint {

DBusIdleBackend::Source DBusIdleBackend::gnomeMutter()
{
    return {u"gnome/mutter-idle-monitor"_s, u"org.gnome.Mutter.IdleMonitor"_s, u"/org/gnome/Mutter/IdleMonitor/Core"_s,
            u"org.gnome.Mutter.IdleMonitor"_s, u"GetIdletime"_s};
}

DBusIdleBackend::Source DBusIdleBackend::kdeScreenSaver()
{
    return {u"kde/screensaver"_s, u"org.freedesktop.ScreenSaver"_s, u"/ScreenSaver"_s, u"org.freedesktop.ScreenSaver"_s,
            u"GetSessionIdleTime"_s};
}

DBusIdleBackend::DBusIdleBackend(QDBusConnection bus, Source source, QObject *parent)
    : IdleBackend(parent)
    , m_bus(std::move(bus))
    , m_source(std::move(source))
{
}

bool DBusIdleBackend::probe(QString *error)
{
    return call(error).has_value();
}

std::optional<qint64> DBusIdleBackend::call(QString *error)
{
    if (!m_bus.isConnected()) {
        if (error)
            *error = QCoreApplication::translate("DBusIdleBackend", "there is no D-Bus session bus");
        return std::nullopt;
    }
    const QDBusMessage request =
        QDBusMessage::createMethodCall(m_source.service, m_source.path, m_source.interface, m_source.method);
    const QDBusMessage reply = m_bus.call(request, QDBus::Block, kCallTimeoutMs);
    if (reply.type() != QDBusMessage::ReplyMessage) {
        if (error)
            *error = u"%1.%2 on %3 failed: %4"_s.arg(m_source.interface, m_source.method, m_source.service,
                                                     reply.errorMessage());
        return std::nullopt;
    }
    // GNOME answers a uint64 (t), KDE a uint32 (u): both milliseconds.
    bool ok = false;
    const qint64 idle = reply.arguments().value(0).toLongLong(&ok);
    if (!ok || idle < 0) {
        if (error)
            *error = u"%1.%2 on %3 answered something other than milliseconds (%4)"_s.arg(
                m_source.interface, m_source.method, m_source.service, reply.signature());
        return std::nullopt;
    }
    return idle;
}

std::optional<qint64> DBusIdleBackend::idleMillis()
{
    QString error;
    const std::optional<qint64> idle = call(&error);
    if (idle) {
        m_reported = false;
        return idle;
    }
    if (!m_reported) {
        m_reported = true;
        const QString message =
            QCoreApplication::translate("DBusIdleBackend", "cannot read the idle time: %1").arg(error);
        qCWarning(lcWatch).noquote() << message;
        Q_EMIT problem(message);
    }
    return std::nullopt;
}

} // namespace stint
