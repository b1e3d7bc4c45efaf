#pragma once

#include "watchers/WindowBackend.h"

#include <xcb/xcb.h>

#include <memory>
#include <optional>

namespace stint {

class Clock;
class X11Connection;

// The focused window on an X11 display, as an EWMH window manager publishes it
// (_NET_ACTIVE_WINDOW on the root window). app = the class part of WM_CLASS; title =
// _NET_WM_NAME (UTF-8), else WM_NAME (Latin-1, UTF-8 or Compound Text, as its type says).
// Event-driven: it watches the root window and the active window for property changes and
// emits activeWindowChanged at once.
class X11WindowBackend final : public WindowBackend
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(X11WindowBackend)

public:
    // A window manager may publish the active window only some moments after it starts (openbox
    // at login): a missing property is reported once it has stayed missing this long.
    static constexpr qint64 kMissingPropertyGraceMs = 5'000;

    // Takes over `connection` (open or not; it reconnects by itself after a loss). `clock` measures
    // the grace above (the system clock when null).
    explicit X11WindowBackend(std::unique_ptr<X11Connection> connection, QObject *parent = nullptr,
                              std::shared_ptr<const Clock> clock = {});
    ~X11WindowBackend() override;

    QString name() const override;
    std::optional<WindowInfo> activeWindow() override;

    X11Connection *connection() const { return m_connection; }
    // Whether an EWMH window manager runs (_NET_SUPPORTING_WM_CHECK on the root window) or the
    // active window is published already: XWayland under a compositor that manages its windows.
    bool hasWindowManager();

private:
    void onEvent(const xcb_generic_event_t *event);
    void onRestored();
    void selectRootEvents();
    // Reads _NET_ACTIVE_WINDOW: nothing on a lost connection, XCB_WINDOW_NONE when no window
    // is active or the property is missing (`published` says which).
    std::optional<xcb_window_t> readActiveWindow(bool *published);
    // Moves the property-change selection from the previously active window to `window`.
    void follow(xcb_window_t window);
    // Reports the missing property once it outlasted the grace.
    void noActiveWindowProperty();

    X11Connection *m_connection = nullptr;
    std::shared_ptr<const Clock> m_clock;
    std::optional<qint64> m_missingSinceMs; // monotonic; since the property was first found missing
    xcb_window_t m_followed = XCB_WINDOW_NONE;
    bool m_reportedNoEwmh = false;
};

} // namespace stint
