#pragma once

#include "watchers/WindowInfo.h"

#include <QObject>

#include <optional>

namespace stint {

// Reads the focused window from one windowing system. One implementation per platform; the
// WindowWatcher decides when to ask and what to store.
class WindowBackend : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WindowBackend)

public:
    using QObject::QObject;
    ~WindowBackend() override = default;

    // A short name for the log ("x11", "windows", "macos").
    virtual QString name() const = 0;
    // The focused window now, or nothing when no window has focus or it cannot be read at the
    // moment (lock screen, a window that vanished, a lost display connection): the watcher then
    // records nothing for this moment. Must be cheap: it is called on every poll.
    virtual std::optional<WindowInfo> activeWindow() = 0;

Q_SIGNALS:
    // The focused window or its title may have changed: the watcher asks activeWindow() at once
    // instead of waiting for its next poll. Backends that cannot notice changes never emit it.
    void activeWindowChanged();
    // Something the user should know (display connection lost, a permission missing), emitted
    // once when it starts and logged by the backend itself; it keeps trying to recover by itself.
    void problem(const QString &message);
};

} // namespace stint
