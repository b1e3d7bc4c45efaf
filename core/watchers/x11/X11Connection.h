#pragma once

#include <QObject>
#include <QString>

#include <chrono>

#include <xcb/xcb.h>

class QSocketNotifier;
class QTimer;

namespace stint {

// One xcb connection to an X display, shared by nothing: each X11 backend owns its own. It
// dispatches the server's events from the Qt event loop (a QSocketNotifier on xcb's socket) and
// survives the server going away: it reports the loss once, then reconnects on its own with a
// growing delay (by default 1 s doubling up to 30 s) and says when it is back.
class X11Connection final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(X11Connection)

public:
    // The atoms Stint reads that are not predefined by the core protocol.
    enum class Atom { NetActiveWindow, NetWmName, Utf8String, CompoundText, NetSupportingWmCheck, Count };

    // An empty `displayName` means $DISPLAY.
    explicit X11Connection(const QString &displayName = {}, QObject *parent = nullptr);
    ~X11Connection() override;

    // Connects now. On failure returns false, sets `error` (naming the display) and does not
    // retry: the caller decides. Connecting again while connected does nothing.
    bool open(QString *error = nullptr);

    // The display this connection is for, as given or as read from $DISPLAY (":0").
    QString displayName() const { return m_displayName; }
    bool isConnected() const { return m_connection != nullptr; }
    // Null while disconnected. Valid until the next call into this object or the event loop.
    xcb_connection_t *xcb() const { return m_connection; }
    xcb_window_t rootWindow() const { return m_root; }
    xcb_atom_t atom(Atom which) const { return m_atoms[int(which)]; }

    // The first reconnection attempt after a loss waits this long; each further one twice as
    // long, up to maxRetryDelay().
    void setInitialRetryDelay(std::chrono::milliseconds delay) { m_initialRetryDelay = delay; }
    std::chrono::milliseconds initialRetryDelay() const { return m_initialRetryDelay; }
    static constexpr std::chrono::milliseconds maxRetryDelay() { return std::chrono::seconds(30); }

    // Call when a request got no reply: if the connection broke, this starts the loss handling
    // (signal lost(), schedule the reconnection) and returns false.
    bool checkAlive();
    // Round trips make xcb read events from the socket into its queue without the socket
    // notifier noticing; call this after them so those events are dispatched from the event
    // loop soon (never from inside the caller).
    void scheduleQueuedEvents();

Q_SIGNALS:
    // An event or an asynchronous error (response_type 0) from the server. Valid only during
    // the emission: connect directly.
    void eventReceived(const xcb_generic_event_t *event);
    // The connection broke; `message` is for the user. Emitted once per loss.
    void lost(const QString &message);
    // Connected again after a loss: event selections and cached state must be renewed.
    void restored();

private:
    bool connectNow(QString *error);
    void disconnectNow();
    void onSocketActivated();
    void dispatchQueued();
    void dispatch(xcb_generic_event_t *event);
    void handleLoss();
    void retry();

    QString m_displayName;
    xcb_connection_t *m_connection = nullptr;
    xcb_window_t m_root = XCB_WINDOW_NONE;
    xcb_atom_t m_atoms[int(Atom::Count)] = {};
    QSocketNotifier *m_notifier = nullptr;
    QTimer *m_retryTimer = nullptr;
    std::chrono::milliseconds m_initialRetryDelay = std::chrono::seconds(1);
    std::chrono::milliseconds m_retryDelay = std::chrono::seconds(1);
    bool m_drainScheduled = false;
};

} // namespace stint
