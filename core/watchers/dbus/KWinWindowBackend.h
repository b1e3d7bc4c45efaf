#pragma once

#include "watchers/WindowBackend.h"

#include <QDBusConnection>

class QDBusServiceWatcher;

namespace stint {

class KWinActivationReceiver;

// The active window on KDE Plasma (Wayland or X11), which offers no protocol for it: Stint
// writes a small KWin script into its data directory and loads it through KWin's scripting
// interface (org.kde.KWin /Scripting org.kde.kwin.Scripting loadScript + start). The script
// calls back into a D-Bus object Stint registers (KWinActivationReceiver) on every activation
// and caption change. app = the window's resourceClass (the app id / WM_CLASS class), title =
// its caption. When KWin restarts, the script is loaded again.
class KWinWindowBackend final : public WindowBackend
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(KWinWindowBackend)

public:
    static constexpr const char *kService = "org.kde.KWin";
    static constexpr const char *kScriptingPath = "/Scripting";
    static constexpr const char *kScriptingInterface = "org.kde.kwin.Scripting";
    static constexpr const char *kReceiverPath = "/org/stint/KWinActiveWindow";

    static bool isKWinRunning(const QDBusConnection &bus);

    // `scriptDirectory`: where the script file is written (created when missing).
    KWinWindowBackend(QDBusConnection bus, QString scriptDirectory, QObject *parent = nullptr);
    // Unloads the script from KWin.
    ~KWinWindowBackend() override;

    // Registers the receiver, writes the script and has KWin run it. False with the reason.
    bool start(QString *error);

    QString name() const override;
    std::optional<WindowInfo> activeWindow() override;

    QString scriptPath() const;
    QString pluginName() const { return m_pluginName; }

private:
    bool loadScript(QString *error);
    void unloadScript();
    void onKWinRegistered();
    void onKWinUnregistered();

    QDBusConnection m_bus;
    QString m_scriptDirectory;
    QString m_pluginName;
    KWinActivationReceiver *m_receiver = nullptr;
    QDBusServiceWatcher *m_watcher = nullptr;
    bool m_registered = false;
    bool m_loaded = false;
};

} // namespace stint
