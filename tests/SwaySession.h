#pragma once

#include <QJsonObject>
#include <QProcess>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

#include <functional>
#include <memory>
#include <optional>
#include <vector>

// A private headless sway session for tests: its own runtime directory, sway with the headless
// backend (run as the unprivileged user "nobody" when the tests run as root, since sway refuses
// root), foot terminals with known app ids and titles, swaymsg to switch focus, and a virtual
// keyboard (wtype) for input. Every process it starts is ended, by its own PID, when the session
// is destroyed.
class SwaySession final
{
public:
    SwaySession();
    ~SwaySession();
    SwaySession(const SwaySession &) = delete;
    SwaySession &operator=(const SwaySession &) = delete;

    // The programs this needs that are not installed, comma-separated; empty when all are.
    static QString missingPrograms();

    // Starts sway and returns once it accepts Wayland clients and IPC commands. After stop(),
    // starts it again in the same runtime directory (so on the same socket).
    bool start(QString *error);
    // Ends the terminals and sway.
    void stop();

    // The Wayland socket as an absolute path (what WAYLAND_DISPLAY may hold).
    QString waylandDisplay() const;
    QString runtimeDir() const;
    // The environment of a client of this session (no DISPLAY).
    QProcessEnvironment environment() const;

    // Opens a foot terminal with this app id and title and returns once sway manages it. The
    // terminal runs a shell that retitles it on request (retitle()).
    bool spawnFoot(const QString &appId, const QString &title, QString *error = nullptr);
    // Gives the window with this app id the focus and waits until sway reports it focused.
    bool focus(const QString &appId);
    // Switches to an empty workspace: no window has focus.
    bool focusEmptyWorkspace();
    // Changes the terminal's title (an OSC 2 sequence its shell prints) and waits until sway has it.
    bool retitle(const QString &appId, const QString &title);
    // Ends the terminal with this app id and waits until its window is gone.
    bool close(const QString &appId);
    // A key press on the virtual keyboard: user input as far as idle time is concerned.
    bool pressKey();

private:
    struct Terminal
    {
        QString appId;
        QString fifo;
        std::unique_ptr<QProcess> process;
    };

    bool swaymsg(const QStringList &arguments, QByteArray *output = nullptr);
    // The tree node of the window with this app id, as sway's JSON shows it.
    std::optional<QJsonObject> window(const QString &appId);
    bool waitFor(const std::function<bool()> &condition);

    QTemporaryDir m_runtime;
    std::unique_ptr<QProcess> m_sway;
    QString m_socket;
    QString m_ipcSocket;
    std::vector<Terminal> m_terminals;
};
