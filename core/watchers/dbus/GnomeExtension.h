#pragma once

#include <QDBusConnection>
#include <QString>

namespace stint {

// Stint's GNOME Shell extension (shipped in the resources, GNOME Shell 45 and later): installs it
// for the current user and tells whether it runs. GNOME Shell reads new extensions only at login
// on Wayland, and extensions are enabled by the user, so installing ends with instructions.
class GnomeExtension final
{
public:
    enum class State {
        NotInstalled,
        Outdated,   // installed, but other files than this Stint ships
        NotRunning, // installed; GNOME Shell has not enabled it (or is not running)
        Running,    // it answers on the session bus
    };

    struct Status
    {
        State state = State::NotInstalled;
        QString directory;
        QString text; // for the user, with what to do next
    };

    static QString uuid();
    // ~/.local/share/gnome-shell/extensions/<uuid> (after $XDG_DATA_HOME).
    static QString installDirectory();
    // What the user does after installing.
    static QString enableInstructions();

    // Copies the extension's files into installDirectory(). On success `message` holds the
    // instructions; on failure the reason. Nothing is left half-written.
    static bool install(QString *message);
    static Status status(const QDBusConnection &bus);
};

} // namespace stint
