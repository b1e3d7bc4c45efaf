#pragma once

#include "watchers/WindowBackend.h"

#include <QDBusConnection>

class QDBusServiceWatcher;

namespace stint {

// The focused window on GNOME Shell (Wayland or X11), which offers no protocol for it: Stint's
// GNOME Shell extension (GnomeExtension installs it) exports the focused window's app id and
// title on the shell's bus connection: org.gnome.Shell /org/stint/FocusedWindow,
// org.stint.FocusedWindow.Get() -> (app, title) and the signal Changed(app, title).
class GnomeShellWindowBackend final : public WindowBackend
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(GnomeShellWindowBackend)

public:
    static constexpr const char *kService = "org.gnome.Shell";
    static constexpr const char *kPath = "/org/stint/FocusedWindow";
    static constexpr const char *kInterface = "org.stint.FocusedWindow";

    static bool isShellRunning(const QDBusConnection &bus);

    explicit GnomeShellWindowBackend(QDBusConnection bus, QObject *parent = nullptr);

    // Subscribes to the extension's signal and reads the focused window once. False with the
    // reason (with instructions) when the extension does not answer.
    bool start(QString *error);

    QString name() const override;
    std::optional<WindowInfo> activeWindow() override;

private:
    class FocusedWindow;

    void onChanged(const QString &app, const QString &title);
    bool read(QString *error);
    void onShellUnregistered();
    void onShellRegistered();
    void set(std::optional<WindowInfo> window);

    QDBusConnection m_bus;
    QDBusServiceWatcher *m_watcher = nullptr;
    std::optional<WindowInfo> m_current;
    bool m_subscribed = false;
};

} // namespace stint
