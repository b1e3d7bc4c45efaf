#pragma once

#include "integration/Autostart.h"

#include <QDBusConnection>

namespace stint {

// Inside Flatpak: the sandbox cannot see the host's autostart folder, so the request goes to the
// Background portal (org.freedesktop.portal.Background.RequestBackground with "autostart" and
// "commandline"), which may ask the user. The state is what the portal last answered, kept in
// QSettings, since nothing in the sandbox can read the entry the portal wrote.
class PortalAutostart final : public Autostart
{
public:
    explicit PortalAutostart(QString program, QDBusConnection bus = QDBusConnection::sessionBus());

    // True inside a Flatpak sandbox.
    static bool isSandboxed();

    bool isEnabled() const override;
    // Waits for the portal's answer (the user may be asked) for at most two minutes.
    bool setEnabled(bool enabled, QString *error) override;
    QString location() const override;

private:
    QString m_program;
    QDBusConnection m_bus;
};

} // namespace stint
