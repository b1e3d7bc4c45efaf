#pragma once

#include "integration/Notifier.h"

namespace stint {

class TrayIcon;

// Notifications as the tray icon's messages, where the desktop has no notification service.
class TrayNotifier final : public Notifier
{
public:
    explicit TrayNotifier(TrayIcon &tray)
        : m_tray(tray)
    {
    }

    void notify(const QString &title, const QString &body) override;

private:
    TrayIcon &m_tray;
};

} // namespace stint
