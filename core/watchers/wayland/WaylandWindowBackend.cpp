#include "watchers/wayland/WaylandWindowBackend.h"

#include "util/Logging.h"
#include "watchers/PlatformHelpers.h"
#include "watchers/wayland/WaylandConnection.h"

#include "wlr-foreign-toplevel-management-unstable-v1-client-protocol.h"

#include <QCoreApplication>

#include <wayland-client.h>

#include <algorithm>
#include <cstring>

using namespace Qt::StringLiterals;

namespace stint {
namespace {

// Version 3 adds only the parent event, which Stint ignores; nothing newer is known.
constexpr quint32 kManagerVersion = 3;

} // namespace

bool WaylandWindowBackend::isSupported(const WaylandConnection &connection)
{
    return connection.offers(zwlr_foreign_toplevel_manager_v1_interface.name);
}

WaylandWindowBackend::WaylandWindowBackend(std::unique_ptr<WaylandConnection> connection, QObject *parent)
    : WindowBackend(parent)
    , m_connection(connection.release())
{
    m_connection->setParent(this);
    connect(m_connection, &WaylandConnection::lost, this, [this](const QString &message) {
        tearDown();
        Q_EMIT problem(message);
        Q_EMIT activeWindowChanged();
    });
    connect(m_connection, &WaylandConnection::restored, this, &WaylandWindowBackend::setUp);
    connect(m_connection, &WaylandConnection::globalRemoved, this, &WaylandWindowBackend::onGlobalRemoved);
    if (m_connection->isConnected())
        setUp();
}

WaylandWindowBackend::~WaylandWindowBackend()
{
    blockSignals(true); // nobody should hear from a backend being destroyed
    tearDown();         // before the connection (a child) closes the display
}

QString WaylandWindowBackend::name() const
{
    return u"wayland/wlr-foreign-toplevel"_s;
}

void WaylandWindowBackend::setUp()
{
    tearDown();
    m_manager = static_cast<zwlr_foreign_toplevel_manager_v1 *>(
        m_connection->bind(&zwlr_foreign_toplevel_manager_v1_interface, kManagerVersion, &m_managerName));
    if (!m_manager) {
        report(QCoreApplication::translate(
                   "WaylandWindowBackend",
                   "the Wayland compositor on %1 does not offer zwlr_foreign_toplevel_manager_v1, so Stint cannot see "
                   "which window has focus")
                   .arg(m_connection->displayName()));
        return;
    }
    static const zwlr_foreign_toplevel_manager_v1_listener listener = {&WaylandWindowBackend::onToplevel,
                                                                       &WaylandWindowBackend::onFinished};
    zwlr_foreign_toplevel_manager_v1_add_listener(m_manager, &listener, this);
    m_reported = false;
    // The compositor announces the existing toplevels at once; wait for them so the first poll
    // already sees the focused window.
    m_connection->roundtrip();
    Q_EMIT activeWindowChanged();
}

void WaylandWindowBackend::tearDown()
{
    const bool hadActive = m_active != nullptr;
    m_active = nullptr;
    for (const std::unique_ptr<Toplevel> &toplevel : m_toplevels)
        zwlr_foreign_toplevel_handle_v1_destroy(toplevel->handle);
    m_toplevels.clear();
    if (m_manager) {
        // Not stop + wait for finished: the manager goes with the connection or is replaced.
        zwlr_foreign_toplevel_manager_v1_destroy(m_manager);
        m_manager = nullptr;
    }
    m_managerName = 0;
    m_connection->flush();
    if (hadActive)
        Q_EMIT activeWindowChanged();
}

void WaylandWindowBackend::onGlobalRemoved(quint32 name)
{
    if (name == 0 || name != m_managerName)
        return;
    tearDown();
    report(QCoreApplication::translate(
               "WaylandWindowBackend",
               "the Wayland compositor on %1 withdrew zwlr_foreign_toplevel_manager_v1; Stint cannot see which "
               "window has focus")
               .arg(m_connection->displayName()));
}

void WaylandWindowBackend::report(const QString &message)
{
    if (m_reported)
        return;
    m_reported = true;
    qCWarning(lcWatch).noquote() << message;
    Q_EMIT problem(message);
}

std::optional<WindowInfo> WaylandWindowBackend::activeWindow()
{
    if (!m_active)
        return std::nullopt; // no window has focus, or the compositor is gone (reported)
    return WindowInfo{appNameOrUnknown(m_active->appId), m_active->title};
}

void WaylandWindowBackend::applyDone(Toplevel *toplevel)
{
    const bool changed = toplevel->appId != toplevel->pendingAppId || toplevel->title != toplevel->pendingTitle;
    toplevel->appId = toplevel->pendingAppId;
    toplevel->title = toplevel->pendingTitle;
    toplevel->activated = toplevel->pendingActivated;
    if (toplevel->activated && m_active != toplevel) {
        m_active = toplevel;
        Q_EMIT activeWindowChanged();
    } else if (!toplevel->activated && m_active == toplevel) {
        m_active = nullptr;
        Q_EMIT activeWindowChanged();
    } else if (changed && m_active == toplevel) {
        Q_EMIT activeWindowChanged();
    }
}

void WaylandWindowBackend::remove(Toplevel *toplevel)
{
    zwlr_foreign_toplevel_handle_v1_destroy(toplevel->handle);
    const bool wasActive = m_active == toplevel;
    if (wasActive)
        m_active = nullptr;
    std::erase_if(m_toplevels, [toplevel](const std::unique_ptr<Toplevel> &t) { return t.get() == toplevel; });
    if (wasActive)
        Q_EMIT activeWindowChanged();
}

void WaylandWindowBackend::onToplevel(void *data, zwlr_foreign_toplevel_manager_v1 *,
                                      zwlr_foreign_toplevel_handle_v1 *handle)
{
    static const zwlr_foreign_toplevel_handle_v1_listener listener = {
        .title = &WaylandWindowBackend::onTitle,
        .app_id = &WaylandWindowBackend::onAppId,
        .output_enter = [](void *, zwlr_foreign_toplevel_handle_v1 *, wl_output *) {},
        .output_leave = [](void *, zwlr_foreign_toplevel_handle_v1 *, wl_output *) {},
        .state = &WaylandWindowBackend::onState,
        .done = &WaylandWindowBackend::onDone,
        .closed = &WaylandWindowBackend::onClosed,
        .parent = [](void *, zwlr_foreign_toplevel_handle_v1 *, zwlr_foreign_toplevel_handle_v1 *) {},
    };
    auto *self = static_cast<WaylandWindowBackend *>(data);
    auto toplevel = std::make_unique<Toplevel>();
    toplevel->owner = self;
    toplevel->handle = handle;
    zwlr_foreign_toplevel_handle_v1_add_listener(handle, &listener, toplevel.get());
    self->m_toplevels.push_back(std::move(toplevel));
}

void WaylandWindowBackend::onFinished(void *data, zwlr_foreign_toplevel_manager_v1 *)
{
    auto *self = static_cast<WaylandWindowBackend *>(data);
    self->tearDown();
    self->report(QCoreApplication::translate(
                     "WaylandWindowBackend",
                     "the Wayland compositor on %1 stopped listing windows (zwlr_foreign_toplevel_manager_v1 "
                     "finished); Stint cannot see which window has focus")
                     .arg(self->m_connection->displayName()));
}

void WaylandWindowBackend::onTitle(void *data, zwlr_foreign_toplevel_handle_v1 *, const char *title)
{
    static_cast<Toplevel *>(data)->pendingTitle = QString::fromUtf8(title);
}

void WaylandWindowBackend::onAppId(void *data, zwlr_foreign_toplevel_handle_v1 *, const char *appId)
{
    static_cast<Toplevel *>(data)->pendingAppId = QString::fromUtf8(appId);
}

void WaylandWindowBackend::onState(void *data, zwlr_foreign_toplevel_handle_v1 *, wl_array *states)
{
    auto *toplevel = static_cast<Toplevel *>(data);
    toplevel->pendingActivated = false;
    const auto *begin = static_cast<const uint32_t *>(states->data);
    const auto *end = begin + states->size / sizeof(uint32_t);
    toplevel->pendingActivated =
        std::find(begin, end, uint32_t(ZWLR_FOREIGN_TOPLEVEL_HANDLE_V1_STATE_ACTIVATED)) != end;
}

void WaylandWindowBackend::onDone(void *data, zwlr_foreign_toplevel_handle_v1 *)
{
    auto *toplevel = static_cast<Toplevel *>(data);
    toplevel->owner->applyDone(toplevel);
}

void WaylandWindowBackend::onClosed(void *data, zwlr_foreign_toplevel_handle_v1 *)
{
    auto *toplevel = static_cast<Toplevel *>(data);
    toplevel->owner->remove(toplevel);
}

} // namespace stint
