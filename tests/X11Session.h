#pragma once

#include <QProcess>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>
#include <vector>

// A private X session for tests: its own Xvfb on a free display, openbox as the window manager,
// xterms with known titles, and xdotool to switch focus, retitle windows and move the mouse.
// Every process it starts is ended, by its own PID, when the session is destroyed.
class X11Session final
{
public:
    struct Window
    {
        qint64 pid = 0;
        quint32 id = 0;
    };

    X11Session();
    ~X11Session();
    X11Session(const X11Session &) = delete;
    X11Session &operator=(const X11Session &) = delete;

    // The programs this needs that are not installed, comma-separated; empty when all are.
    static QString missingPrograms();

    // Starts the server, then the window manager.
    bool start(QString *error);
    // Starts Xvfb: the first time on a free display, afterwards on the same one again.
    bool startServer(QString *error);
    // Starts openbox and returns once it manages the screen.
    bool startWindowManager(QString *error);
    // Ends Xvfb and every program started on it.
    void stopServer();

    // ":N", once the server has been started.
    QString displayName() const;
    // The environment for a Stint process on this display (X11, not Wayland or offscreen) whose
    // home and XDG configuration and data folders are under `home`, away from the real ones.
    QProcessEnvironment appEnvironment(const QString &home) const;

    // Starts a system tray (trayer) docked on the screen.
    bool startTray(QString *error);
    // Opens an xterm titled `title` (class XTerm) and returns once its window is mapped.
    std::optional<Window> spawnXterm(const QString &title, QString *error = nullptr);
    // Gives `windowId` the focus through the window manager and waits until it has it.
    bool activate(quint32 windowId);
    // Sets the window's title (_NET_WM_NAME and WM_NAME).
    bool retitle(quint32 windowId, const QString &title);
    // Moves the pointer: user input as far as the idle time is concerned.
    bool moveMouse(int x, int y);

private:
    QProcessEnvironment environment() const;
    QProcess *startHelper(const QString &program, const QStringList &arguments);
    bool runXdotool(const QStringList &arguments, QByteArray *output = nullptr);
    bool waitForWindowManager(int timeoutMs);
    void stopHelpers();

    std::unique_ptr<QProcess> m_server;
    std::vector<std::unique_ptr<QProcess>> m_helpers;
    int m_displayNumber = -1;
};
