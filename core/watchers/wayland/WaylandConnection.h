#pragma once

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QString>

#include <chrono>
#include <optional>

struct wl_display;
struct wl_interface;
struct wl_registry;
class QSocketNotifier;
class QTimer;

namespace stint {

// One libwayland-client connection to a compositor, owned by one backend. It reads the
// compositor's messages from the Qt event loop (a QSocketNotifier on the display's socket, no
// polling), keeps the list of globals the compositor offers, and survives the compositor going
// away: it reports the loss once, then reconnects with a growing delay (1 s doubling up to 30 s by
// default) and says when it is back, so the backend can bind its globals again.
class WaylandConnection final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WaylandConnection)

public:
    struct Global
    {
        quint32 name = 0;
        QByteArray interface;
        quint32 version = 0;
    };

    // An empty `displayName` means $WAYLAND_DISPLAY (a socket name in $XDG_RUNTIME_DIR, or a path).
    explicit WaylandConnection(const QString &displayName = {}, QObject *parent = nullptr);
    ~WaylandConnection() override;

    // Connects now and reads the globals. On failure returns false, sets `error` (naming the
    // display) and does not retry: the caller decides. Does nothing while connected.
    bool open(QString *error = nullptr);

    QString displayName() const { return m_displayName; }
    bool isConnected() const { return m_display != nullptr; }
    // Null while disconnected.
    wl_display *display() const { return m_display; }

    // The globals the compositor offers now.
    const QList<Global> &globals() const { return m_globals; }
    std::optional<Global> global(const char *interface) const;
    bool offers(const char *interface) const { return global(interface).has_value(); }
    // Binds the first global of `interface`'s kind at the lower of its version and `maxVersion`;
    // null when it is not offered or while disconnected.
    void *bind(const wl_interface *interface, quint32 maxVersion, quint32 *boundName = nullptr);

    // Sends what was requested; the replies arrive through the event loop.
    void flush();
    // Waits for the compositor to answer everything sent so far and dispatches its events.
    // False when the connection broke (the loss is handled as usual).
    bool roundtrip();

    void setInitialRetryDelay(std::chrono::milliseconds delay) { m_initialRetryDelay = delay; }
    static constexpr std::chrono::milliseconds maxRetryDelay() { return std::chrono::seconds(30); }

Q_SIGNALS:
    // The connection broke; `message` is for the user. Emitted once per loss, before the display
    // is closed: receivers destroy their protocol objects in it, since none may outlive the
    // display.
    void lost(const QString &message);
    // Connected again after a loss, with a fresh list of globals.
    void restored();
    // A global was withdrawn (a seat unplugged, a manager going away).
    void globalRemoved(quint32 name);

private:
    bool connectNow(QString *error);
    void disconnectNow();
    void onSocketActivated();
    void handleLoss();
    void retry();
    QString errorText() const;

    static void onGlobal(void *data, wl_registry *registry, uint32_t name, const char *interface, uint32_t version);
    static void onGlobalRemove(void *data, wl_registry *registry, uint32_t name);

    QString m_displayName;
    wl_display *m_display = nullptr;
    wl_registry *m_registry = nullptr;
    QList<Global> m_globals;
    QSocketNotifier *m_notifier = nullptr;
    QTimer *m_retryTimer = nullptr;
    std::chrono::milliseconds m_initialRetryDelay = std::chrono::seconds(1);
    std::chrono::milliseconds m_retryDelay = std::chrono::seconds(1);
    bool m_losing = false;
};

} // namespace stint
