#pragma once

#include <QString>

#include <memory>

namespace stint {

// Starting Stint when the user logs in: one implementation per platform (XDG autostart file,
// Flatpak's Background portal, the Windows Run key, a macOS LaunchAgent). The state is always read
// from where the system keeps it, so a change made behind Stint's back shows. Off unless the user
// (or an installer) turns it on.
class Autostart
{
public:
    Autostart() = default;
    virtual ~Autostart() = default;
    Autostart(const Autostart &) = delete;
    Autostart &operator=(const Autostart &) = delete;

    // The implementation for this platform and session, starting `program` (stintExecutable()
    // when empty).
    static std::unique_ptr<Autostart> create(const QString &program = {});
    // The `stint` executable next to the running one (stint-cli and stint are installed together).
    static QString stintExecutable();
    // The option Stint is started with at login.
    static QString startOption() { return QStringLiteral("--minimized"); }

    // True when the entry exists and starts this Stint.
    virtual bool isEnabled() const = 0;
    // Creates or removes the entry; false with a message that says what failed, state unchanged.
    virtual bool setEnabled(bool enabled, QString *error) = 0;
    // setEnabled() for the window and the tray: empty when done, else a sentence for the user.
    QString change(bool enabled);
    // Where the entry lives, for messages ("~/.config/autostart/org.stint.Stint.desktop").
    virtual QString location() const = 0;
};

} // namespace stint
