#include "watchers/wayland/WaylandConnection.h"

#include "util/Logging.h"

#include <QCoreApplication>
#include <QSocketNotifier>
#include <QTimer>

#include <wayland-client.h>

#include <algorithm>
#include <cerrno>
#include <cstring>

using namespace Qt::StringLiterals;

namespace stint {
namespace {

QString systemErrorText(int code)
{
    switch (code) {
    case ENOENT:
    case ECONNREFUSED:
        return QCoreApplication::translate("WaylandConnection", "no compositor is listening there");
    case EPIPE:
    case ECONNRESET:
        return QCoreApplication::translate("WaylandConnection", "the compositor closed the connection");
    default:
        return QString::fromLocal8Bit(std::strerror(code));
    }
}

} // namespace

WaylandConnection::WaylandConnection(const QString &displayName, QObject *parent)
    : QObject(parent)
    , m_displayName(displayName.isEmpty() ? qEnvironmentVariable("WAYLAND_DISPLAY") : displayName)
    , m_retryTimer(new QTimer(this))
{
    m_retryTimer->setSingleShot(true);
    connect(m_retryTimer, &QTimer::timeout, this, &WaylandConnection::retry);
}

WaylandConnection::~WaylandConnection()
{
    delete m_notifier;
    m_notifier = nullptr;
    if (m_registry)
        wl_registry_destroy(m_registry);
    if (m_display)
        wl_display_disconnect(m_display);
}

bool WaylandConnection::open(QString *error)
{
    if (m_display)
        return true;
    m_retryTimer->stop();
    return connectNow(error);
}

void WaylandConnection::onGlobal(void *data, wl_registry *, uint32_t name, const char *interface, uint32_t version)
{
    static_cast<WaylandConnection *>(data)->m_globals.append(Global{name, QByteArray(interface), version});
}

void WaylandConnection::onGlobalRemove(void *data, wl_registry *, uint32_t name)
{
    auto *self = static_cast<WaylandConnection *>(data);
    self->m_globals.removeIf([name](const Global &global) { return global.name == name; });
    Q_EMIT self->globalRemoved(name);
}

bool WaylandConnection::connectNow(QString *error)
{
    if (m_displayName.isEmpty()) {
        if (error)
            *error = QCoreApplication::translate("WaylandConnection",
                                                 "cannot connect to a Wayland display: WAYLAND_DISPLAY is not set");
        return false;
    }
    const QByteArray name = m_displayName.toLocal8Bit();
    errno = 0;
    wl_display *display = wl_display_connect(name.constData());
    if (!display) {
        if (error)
            *error = QCoreApplication::translate("WaylandConnection", "cannot connect to the Wayland display %1: %2")
                         .arg(m_displayName, systemErrorText(errno));
        return false;
    }
    static const wl_registry_listener listener = {&WaylandConnection::onGlobal, &WaylandConnection::onGlobalRemove};
    m_globals.clear();
    wl_registry *registry = wl_display_get_registry(display);
    wl_registry_add_listener(registry, &listener, this);
    if (wl_display_roundtrip(display) < 0) {
        const int code = wl_display_get_error(display);
        wl_registry_destroy(registry);
        wl_display_disconnect(display);
        m_globals.clear();
        if (error)
            *error = QCoreApplication::translate("WaylandConnection", "cannot connect to the Wayland display %1: %2")
                         .arg(m_displayName, systemErrorText(code));
        return false;
    }
    m_display = display;
    m_registry = registry;
    m_losing = false;
    m_notifier = new QSocketNotifier(wl_display_get_fd(display), QSocketNotifier::Read, this);
    connect(m_notifier, &QSocketNotifier::activated, this, &WaylandConnection::onSocketActivated);
    qCDebug(lcWatch) << "connected to the Wayland display" << m_displayName << "with" << m_globals.size() << "globals";
    return true;
}

void WaylandConnection::disconnectNow()
{
    if (m_notifier) {
        // This may run inside the notifier's own signal: disable now, delete later.
        m_notifier->setEnabled(false);
        m_notifier->deleteLater();
        m_notifier = nullptr;
    }
    if (m_registry) {
        wl_registry_destroy(m_registry);
        m_registry = nullptr;
    }
    if (m_display) {
        wl_display_disconnect(m_display);
        m_display = nullptr;
    }
    m_globals.clear();
}

std::optional<WaylandConnection::Global> WaylandConnection::global(const char *interface) const
{
    for (const Global &global : m_globals) {
        if (global.interface == interface)
            return global;
    }
    return std::nullopt;
}

void *WaylandConnection::bind(const wl_interface *interface, quint32 maxVersion, quint32 *boundName)
{
    const std::optional<Global> found = m_registry ? global(interface->name) : std::nullopt;
    if (!found)
        return nullptr;
    if (boundName)
        *boundName = found->name;
    return wl_registry_bind(m_registry, found->name, interface, std::min(found->version, maxVersion));
}

void WaylandConnection::flush()
{
    // A full socket buffer (EAGAIN) is left for the next flush: Stint sends only a few small
    // requests, so it does not wait for the socket to drain.
    if (m_display && wl_display_flush(m_display) < 0 && errno != EAGAIN)
        handleLoss();
}

bool WaylandConnection::roundtrip()
{
    if (!m_display)
        return false;
    if (wl_display_roundtrip(m_display) < 0) {
        handleLoss();
        return false;
    }
    return m_display != nullptr;
}

void WaylandConnection::onSocketActivated()
{
    if (!m_display)
        return;
    // The single-threaded form of libwayland's read protocol: dispatch what is already queued,
    // read what the socket holds (never blocking), dispatch that.
    while (wl_display_prepare_read(m_display) != 0) {
        if (wl_display_dispatch_pending(m_display) < 0) {
            handleLoss();
            return;
        }
    }
    if (wl_display_read_events(m_display) < 0 || wl_display_dispatch_pending(m_display) < 0) {
        handleLoss();
        return;
    }
    flush();
}

QString WaylandConnection::errorText() const
{
    const int code = m_display ? wl_display_get_error(m_display) : 0;
    if (code == EPROTO) {
        const wl_interface *interface = nullptr;
        uint32_t id = 0;
        const uint32_t protocolError = wl_display_get_protocol_error(m_display, &interface, &id);
        return QCoreApplication::translate("WaylandConnection", "protocol error %1 on %2@%3")
            .arg(protocolError)
            .arg(interface ? QString::fromLatin1(interface->name) : u"?"_s)
            .arg(id);
    }
    return systemErrorText(code ? code : EPIPE);
}

void WaylandConnection::handleLoss()
{
    if (m_losing || !m_display)
        return;
    m_losing = true;
    const QString message =
        QCoreApplication::translate("WaylandConnection", "lost the connection to the Wayland display %1 (%2); retrying")
            .arg(m_displayName, errorText());
    qCWarning(lcWatch).noquote() << message;
    Q_EMIT lost(message); // receivers destroy their protocol objects while the display exists
    disconnectNow();
    m_retryDelay = m_initialRetryDelay;
    m_retryTimer->start(m_retryDelay);
}

void WaylandConnection::retry()
{
    QString error;
    if (connectNow(&error)) {
        qCInfo(lcWatch) << "reconnected to the Wayland display" << m_displayName;
        m_retryDelay = m_initialRetryDelay;
        Q_EMIT restored();
        return;
    }
    m_retryDelay = std::min(m_retryDelay * 2, std::chrono::milliseconds(maxRetryDelay()));
    qCDebug(lcWatch).noquote() << error << "- next attempt in" << m_retryDelay.count() << "ms";
    m_retryTimer->start(m_retryDelay);
}

} // namespace stint
