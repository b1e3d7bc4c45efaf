#include "watchers/wayland/WaylandIdleBackend.h"

#include "util/Logging.h"
#include "watchers/wayland/WaylandConnection.h"

#include "ext-idle-notify-v1-client-protocol.h"
#include "idle-client-protocol.h"

#include <QCoreApplication>

#include <wayland-client.h>

using namespace Qt::StringLiterals;

namespace stint {

bool WaylandIdleBackend::isSupported(const WaylandConnection &connection)
{
    return missing(connection).isEmpty();
}

QString WaylandIdleBackend::missing(const WaylandConnection &connection)
{
    QStringList lacking;
    if (!connection.offers(ext_idle_notifier_v1_interface.name) && !connection.offers(org_kde_kwin_idle_interface.name))
        lacking << QCoreApplication::translate("WaylandIdleBackend",
                                               "an idle protocol (ext_idle_notifier_v1 or org_kde_kwin_idle)");
    if (!connection.offers(wl_seat_interface.name))
        lacking << QCoreApplication::translate("WaylandIdleBackend", "a seat (wl_seat)");
    if (lacking.size() == 2)
        //: the two things a compositor lacks: "an idle protocol (...) and a seat (wl_seat)"
        return QCoreApplication::translate("WaylandIdleBackend", "%1 and %2").arg(lacking.at(0), lacking.at(1));
    return lacking.value(0);
}

WaylandIdleBackend::WaylandIdleBackend(std::unique_ptr<WaylandConnection> connection,
                                       std::shared_ptr<const Clock> clock, qint64 thresholdMillis, QObject *parent)
    : IdleBackend(parent)
    , m_connection(connection.release())
    , m_idle(std::move(clock), thresholdMillis)
{
    m_connection->setParent(this);
    connect(m_connection, &WaylandConnection::lost, this, [this](const QString &message) {
        tearDown();
        Q_EMIT problem(message);
    });
    connect(m_connection, &WaylandConnection::restored, this, &WaylandIdleBackend::setUp);
    connect(m_connection, &WaylandConnection::globalRemoved, this, &WaylandIdleBackend::onGlobalRemoved);
    if (m_connection->isConnected())
        setUp();
}

WaylandIdleBackend::~WaylandIdleBackend()
{
    tearDown(); // before the connection (a child) closes the display
}

QString WaylandIdleBackend::name() const
{
    return m_protocol.isEmpty() ? u"wayland"_s : u"wayland/"_s + m_protocol;
}

void WaylandIdleBackend::setUp()
{
    tearDown();
    m_seat = static_cast<wl_seat *>(m_connection->bind(&wl_seat_interface, 1, &m_seatName));
    const auto threshold = uint32_t(m_idle.thresholdMillis());
    if (m_seat) {
        m_extNotifier =
            static_cast<ext_idle_notifier_v1 *>(m_connection->bind(&ext_idle_notifier_v1_interface, 1, &m_managerName));
        if (m_extNotifier) {
            static const ext_idle_notification_v1_listener listener = {&WaylandIdleBackend::onIdled,
                                                                       &WaylandIdleBackend::onResumed};
            m_extNotification = ext_idle_notifier_v1_get_idle_notification(m_extNotifier, threshold, m_seat);
            ext_idle_notification_v1_add_listener(m_extNotification, &listener, this);
            m_protocol = QString::fromLatin1(ext_idle_notifier_v1_interface.name);
        } else if ((m_kdeIdle = static_cast<org_kde_kwin_idle *>(
                        m_connection->bind(&org_kde_kwin_idle_interface, 1, &m_managerName)))) {
            static const org_kde_kwin_idle_timeout_listener listener = {&WaylandIdleBackend::onKdeIdle,
                                                                        &WaylandIdleBackend::onKdeResumed};
            m_kdeTimeout = org_kde_kwin_idle_get_idle_timeout(m_kdeIdle, m_seat, threshold);
            org_kde_kwin_idle_timeout_add_listener(m_kdeTimeout, &listener, this);
            m_protocol = QString::fromLatin1(org_kde_kwin_idle_interface.name);
        }
    }
    m_idle.resumed(); // a new notification counts from now
    m_connection->flush();
    if (isWatching()) {
        m_reported = false;
        qCDebug(lcWatch) << "idle notifications from" << m_protocol << "at" << threshold << "ms";
    } else {
        report(QCoreApplication::translate(
                   "WaylandIdleBackend",
                   "the Wayland compositor on %1 offers no %2, so Stint cannot tell when you are away")
                   .arg(m_connection->displayName(), missing(*m_connection)));
    }
}

void WaylandIdleBackend::tearDown()
{
    if (m_extNotification)
        ext_idle_notification_v1_destroy(m_extNotification);
    if (m_extNotifier)
        ext_idle_notifier_v1_destroy(m_extNotifier);
    if (m_kdeTimeout)
        org_kde_kwin_idle_timeout_release(m_kdeTimeout);
    if (m_kdeIdle)
        org_kde_kwin_idle_destroy(m_kdeIdle); // the protocol has no destructor request: local only
    if (m_seat)
        wl_seat_destroy(m_seat);
    m_extNotification = nullptr;
    m_extNotifier = nullptr;
    m_kdeTimeout = nullptr;
    m_kdeIdle = nullptr;
    m_seat = nullptr;
    m_seatName = m_managerName = 0;
    m_connection->flush();
}

void WaylandIdleBackend::onGlobalRemoved(quint32 name)
{
    if (name == 0 || (name != m_seatName && name != m_managerName))
        return;
    tearDown();
    // Another seat or idle manager may still be offered.
    setUp();
}

void WaylandIdleBackend::report(const QString &message)
{
    if (m_reported)
        return;
    m_reported = true;
    qCWarning(lcWatch).noquote() << message;
    Q_EMIT problem(message);
}

std::optional<qint64> WaylandIdleBackend::idleMillis()
{
    if (!isWatching())
        return std::nullopt;
    return m_idle.idleMillis();
}

void WaylandIdleBackend::onIdled(void *data, ext_idle_notification_v1 *)
{
    static_cast<WaylandIdleBackend *>(data)->m_idle.idled();
}

void WaylandIdleBackend::onResumed(void *data, ext_idle_notification_v1 *)
{
    static_cast<WaylandIdleBackend *>(data)->m_idle.resumed();
}

void WaylandIdleBackend::onKdeIdle(void *data, org_kde_kwin_idle_timeout *)
{
    static_cast<WaylandIdleBackend *>(data)->m_idle.idled();
}

void WaylandIdleBackend::onKdeResumed(void *data, org_kde_kwin_idle_timeout *)
{
    static_cast<WaylandIdleBackend *>(data)->m_idle.resumed();
}

} // namespace stint
