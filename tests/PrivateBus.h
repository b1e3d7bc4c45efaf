#pragma once

#include <QProcess>
#include <QString>

#include <memory>

// A private D-Bus session bus for tests: its own dbus-daemon, started by this object and ended
// by its PID when the object goes.
class PrivateBus final
{
public:
    PrivateBus() = default;
    ~PrivateBus();
    PrivateBus(const PrivateBus &) = delete;
    PrivateBus &operator=(const PrivateBus &) = delete;

    static bool isAvailable();
    bool start(QString *error);
    // The address to connect to (QDBusConnection::connectToBus, DBUS_SESSION_BUS_ADDRESS).
    QString address() const { return m_address; }

private:
    std::unique_ptr<QProcess> m_daemon;
    QString m_address;
};
