#pragma once

#include <QString>

#include <memory>

namespace stint {

// Shows the user a desktop notification. One implementation per desktop: the freedesktop
// notification service over D-Bus on Linux; the tray icon's messages elsewhere (in the UI).
class Notifier
{
public:
    Notifier() = default;
    virtual ~Notifier() = default;
    Notifier(const Notifier &) = delete;
    Notifier &operator=(const Notifier &) = delete;

    // Fire and forget: a desktop in do-not-disturb mode may keep it from showing.
    virtual void notify(const QString &title, const QString &body) = 0;

    // The desktop's own notification service, where there is one (nullptr otherwise).
    static std::unique_ptr<Notifier> createSystem();
};

} // namespace stint
