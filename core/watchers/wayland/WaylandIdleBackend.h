#pragma once

#include "watchers/IdleBackend.h"
#include "watchers/NotifiedIdleTime.h"

#include <memory>

struct ext_idle_notification_v1;
struct ext_idle_notifier_v1;
struct org_kde_kwin_idle;
struct org_kde_kwin_idle_timeout;
struct wl_seat;

namespace stint {

class Clock;
class WaylandConnection;

// Idle time on a Wayland compositor from ext-idle-notify-v1 (wlroots >= 0.17, KWin, Mutter 45+),
// or else the older org_kde_kwin_idle (KWin, wlroots before ext-idle-notify). Both only notify
// "idle for the threshold" and "resumed"; NotifiedIdleTime turns that into an idle time with the
// threshold as resolution. Compositors do not send "idle" while an idle inhibitor is active (a
// video player, a call), so such time counts as active, as the screen saver sees it.
class WaylandIdleBackend final : public IdleBackend
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WaylandIdleBackend)

public:
    static constexpr qint64 kDefaultThresholdMillis = 1000;

    // The globals this needs: a seat and one of the two idle protocols.
    static bool isSupported(const WaylandConnection &connection);
    // What `connection` lacks for this backend, for the user; empty when it has all.
    static QString missing(const WaylandConnection &connection);

    // Takes over `connection` (open; it reconnects by itself after a loss).
    WaylandIdleBackend(std::unique_ptr<WaylandConnection> connection, std::shared_ptr<const Clock> clock,
                       qint64 thresholdMillis = kDefaultThresholdMillis, QObject *parent = nullptr);
    ~WaylandIdleBackend() override;

    QString name() const override;
    std::optional<qint64> idleMillis() override;

    WaylandConnection *connection() const { return m_connection; }
    // Whether a notification is registered now (false while disconnected or unsupported).
    bool isWatching() const { return m_extNotification || m_kdeTimeout; }

private:
    void setUp();
    void tearDown();
    void onGlobalRemoved(quint32 name);
    void report(const QString &message);

    static void onIdled(void *data, ext_idle_notification_v1 *);
    static void onResumed(void *data, ext_idle_notification_v1 *);
    static void onKdeIdle(void *data, org_kde_kwin_idle_timeout *);
    static void onKdeResumed(void *data, org_kde_kwin_idle_timeout *);

    WaylandConnection *m_connection = nullptr;
    NotifiedIdleTime m_idle;
    QString m_protocol; // the interface in use, for name()
    wl_seat *m_seat = nullptr;
    quint32 m_seatName = 0;
    ext_idle_notifier_v1 *m_extNotifier = nullptr;
    ext_idle_notification_v1 *m_extNotification = nullptr;
    org_kde_kwin_idle *m_kdeIdle = nullptr;
    org_kde_kwin_idle_timeout *m_kdeTimeout = nullptr;
    quint32 m_managerName = 0;
    bool m_reported = false;
};

} // namespace stint
