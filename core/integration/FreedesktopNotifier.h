#pragma once

#include "integration/Notifier.h"

#include <QDBusConnection>
#include <QObject>

namespace stint {

// org.freedesktop.Notifications (the Desktop Notifications Specification) on the session bus.
// Do-not-disturb is respected where the server exposes it as the `Inhibited` property (KDE
// Plasma, and servers following it); GNOME keeps its "show banners" switch to itself, and its
// server already holds banners back while it is off.
class FreedesktopNotifier final : public QObject, public Notifier
{
    Q_OBJECT

public:
    explicit FreedesktopNotifier(QDBusConnection bus = QDBusConnection::sessionBus(), QObject *parent = nullptr);

    // A notification server runs or can be started on the bus.
    static bool isAvailable(const QDBusConnection &bus = QDBusConnection::sessionBus());

    void notify(const QString &title, const QString &body) override;

Q_SIGNALS:
    // For tests and logs: the server was asked to show it, or it was held back (do-not-disturb).
    void sent(const QString &title);
    void heldBack(const QString &title);

private:
    void send(const QString &title, const QString &body);

    QDBusConnection m_bus;
};

} // namespace stint
