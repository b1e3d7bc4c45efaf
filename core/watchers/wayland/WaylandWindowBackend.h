#pragma once

#include "watchers/WindowBackend.h"

#include <memory>
#include <vector>

struct wl_array;
struct zwlr_foreign_toplevel_handle_v1;
struct zwlr_foreign_toplevel_manager_v1;

namespace stint {

class WaylandConnection;

// The focused window on a wlroots compositor (sway, Hyprland, river, labwc, Wayfire, ...) from
// zwlr_foreign_toplevel_manager_v1: the compositor lists every toplevel, XWayland windows
// included, with its app_id, title and states; the one with the "activated" state has focus.
// app = app_id ("foot", "org.gnome.Nautilus"; XWayland windows: their WM_CLASS class), title =
// the title. Event-driven: the compositor sends each change, so activeWindow() only reads memory.
class WaylandWindowBackend final : public WindowBackend
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WaylandWindowBackend)

public:
    static bool isSupported(const WaylandConnection &connection);

    // Takes over `connection` (open; it reconnects by itself after a loss).
    explicit WaylandWindowBackend(std::unique_ptr<WaylandConnection> connection, QObject *parent = nullptr);
    ~WaylandWindowBackend() override;

    QString name() const override;
    std::optional<WindowInfo> activeWindow() override;

    WaylandConnection *connection() const { return m_connection; }
    // How many toplevels the compositor has announced and not closed.
    int toplevelCount() const { return int(m_toplevels.size()); }

private:
    struct Toplevel
    {
        WaylandWindowBackend *owner = nullptr;
        zwlr_foreign_toplevel_handle_v1 *handle = nullptr;
        QString appId;
        QString title;
        bool activated = false;
        // Sent, taking effect at the next "done".
        QString pendingAppId;
        QString pendingTitle;
        bool pendingActivated = false;
    };

    void setUp();
    void tearDown();
    void onGlobalRemoved(quint32 name);
    void report(const QString &message);
    void applyDone(Toplevel *toplevel);
    void remove(Toplevel *toplevel);

    static void onToplevel(void *data, zwlr_foreign_toplevel_manager_v1 *, zwlr_foreign_toplevel_handle_v1 *handle);
    static void onFinished(void *data, zwlr_foreign_toplevel_manager_v1 *);
    static void onTitle(void *data, zwlr_foreign_toplevel_handle_v1 *, const char *title);
    static void onAppId(void *data, zwlr_foreign_toplevel_handle_v1 *, const char *appId);
    static void onState(void *data, zwlr_foreign_toplevel_handle_v1 *, wl_array *states);
    static void onDone(void *data, zwlr_foreign_toplevel_handle_v1 *);
    static void onClosed(void *data, zwlr_foreign_toplevel_handle_v1 *);

    WaylandConnection *m_connection = nullptr;
    zwlr_foreign_toplevel_manager_v1 *m_manager = nullptr;
    quint32 m_managerName = 0;
    std::vector<std::unique_ptr<Toplevel>> m_toplevels;
    Toplevel *m_active = nullptr;
    bool m_reported = false;
};

} // namespace stint
