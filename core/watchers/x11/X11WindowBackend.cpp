#include "watchers/x11/X11WindowBackend.h"

#include "util/Clock.h"
#include "util/Logging.h"
#include "watchers/PlatformHelpers.h"
#include "watchers/x11/CompoundText.h"
#include "watchers/x11/X11Connection.h"

#include <QCoreApplication>

#include <cstdlib>

using namespace Qt::StringLiterals;

namespace stint {
namespace {

// Frees an xcb reply (malloc'ed by xcb) when it goes out of scope.
struct FreeDeleter
{
    void operator()(void *p) const { std::free(p); }
};
using PropertyReply = std::unique_ptr<xcb_get_property_reply_t, FreeDeleter>;
using ErrorReply = std::unique_ptr<xcb_generic_error_t, FreeDeleter>;

// Titles longer than this (in 32-bit units: 16 KiB) are cut.
constexpr uint32_t kMaxTitleLength = 4096;

QByteArrayView propertyBytes(const xcb_get_property_reply_t *reply)
{
    if (!reply || reply->type == XCB_ATOM_NONE || reply->format != 8)
        return {};
    QByteArrayView bytes(static_cast<const char *>(xcb_get_property_value(reply)),
                         xcb_get_property_value_length(reply));
    while (!bytes.isEmpty() && bytes.back() == '\0')
        bytes.chop(1);
    return bytes;
}

} // namespace

X11WindowBackend::X11WindowBackend(std::unique_ptr<X11Connection> connection, QObject *parent,
                                   std::shared_ptr<const Clock> clock)
    : WindowBackend(parent)
    , m_connection(connection.release())
    , m_clock(clock ? std::move(clock) : Clock::system())
{
    m_connection->setParent(this);
    connect(m_connection, &X11Connection::eventReceived, this, &X11WindowBackend::onEvent);
    connect(m_connection, &X11Connection::lost, this, [this](const QString &message) {
        m_followed = XCB_WINDOW_NONE;
        Q_EMIT problem(message);
        Q_EMIT activeWindowChanged();
    });
    connect(m_connection, &X11Connection::restored, this, &X11WindowBackend::onRestored);
    if (m_connection->isConnected())
        onRestored();
}

X11WindowBackend::~X11WindowBackend() = default;

QString X11WindowBackend::name() const
{
    return u"x11"_s;
}

void X11WindowBackend::onRestored()
{
    m_followed = XCB_WINDOW_NONE;
    selectRootEvents();
    bool published = false;
    if (const std::optional<xcb_window_t> window = readActiveWindow(&published))
        follow(*window);
    Q_EMIT activeWindowChanged();
}

void X11WindowBackend::selectRootEvents()
{
    xcb_connection_t *c = m_connection->xcb();
    if (!c)
        return;
    const uint32_t mask = XCB_EVENT_MASK_PROPERTY_CHANGE;
    xcb_change_window_attributes(c, m_connection->rootWindow(), XCB_CW_EVENT_MASK, &mask);
    xcb_flush(c);
}

std::optional<xcb_window_t> X11WindowBackend::readActiveWindow(bool *published)
{
    *published = false;
    xcb_connection_t *c = m_connection->xcb();
    if (!c)
        return std::nullopt;
    const xcb_get_property_cookie_t cookie =
        xcb_get_property(c, 0, m_connection->rootWindow(), m_connection->atom(X11Connection::Atom::NetActiveWindow),
                         XCB_ATOM_WINDOW, 0, 1);
    xcb_generic_error_t *rawError = nullptr;
    const PropertyReply reply(xcb_get_property_reply(c, cookie, &rawError));
    const ErrorReply error(rawError);
    m_connection->scheduleQueuedEvents();
    if (!reply) {
        if (error)
            qCDebug(lcWatch) << "reading _NET_ACTIVE_WINDOW failed with X error" << error->error_code;
        m_connection->checkAlive();
        return std::nullopt;
    }
    if (reply->type != XCB_ATOM_WINDOW || reply->format != 32 || xcb_get_property_value_length(reply.get()) < 4)
        return XCB_WINDOW_NONE;
    *published = true;
    return *static_cast<const xcb_window_t *>(xcb_get_property_value(reply.get()));
}

void X11WindowBackend::follow(xcb_window_t window)
{
    xcb_connection_t *c = m_connection->xcb();
    if (!c || window == m_followed)
        return;
    // The previous window may be gone: its BadWindow error arrives as an event and is ignored.
    if (m_followed != XCB_WINDOW_NONE && m_followed != m_connection->rootWindow()) {
        const uint32_t none = XCB_EVENT_MASK_NO_EVENT;
        xcb_change_window_attributes(c, m_followed, XCB_CW_EVENT_MASK, &none);
    }
    if (window != XCB_WINDOW_NONE && window != m_connection->rootWindow()) {
        const uint32_t mask = XCB_EVENT_MASK_PROPERTY_CHANGE;
        xcb_change_window_attributes(c, window, XCB_CW_EVENT_MASK, &mask);
    }
    xcb_flush(c);
    m_followed = window;
}

void X11WindowBackend::onEvent(const xcb_generic_event_t *event)
{
    const uint8_t type = event->response_type & 0x7f;
    if (type == 0) {
        const auto *error = reinterpret_cast<const xcb_generic_error_t *>(event);
        qCDebug(lcWatch) << "X error" << error->error_code << "for resource" << error->resource_id << "(ignored)";
        return;
    }
    if (type != XCB_PROPERTY_NOTIFY)
        return;
    const auto *notify = reinterpret_cast<const xcb_property_notify_event_t *>(event);
    if (notify->window == m_connection->rootWindow()) {
        if (notify->atom != m_connection->atom(X11Connection::Atom::NetActiveWindow))
            return;
        bool published = false;
        if (const std::optional<xcb_window_t> window = readActiveWindow(&published))
            follow(*window);
        Q_EMIT activeWindowChanged();
        return;
    }
    if (notify->window == m_followed
        && (notify->atom == m_connection->atom(X11Connection::Atom::NetWmName) || notify->atom == XCB_ATOM_WM_NAME
            || notify->atom == XCB_ATOM_WM_CLASS))
        Q_EMIT activeWindowChanged();
}

bool X11WindowBackend::hasWindowManager()
{
    bool published = false;
    readActiveWindow(&published);
    xcb_connection_t *c = m_connection->xcb();
    if (published || !c)
        return published;
    const xcb_get_property_cookie_t cookie =
        xcb_get_property(c, 0, m_connection->rootWindow(),
                         m_connection->atom(X11Connection::Atom::NetSupportingWmCheck), XCB_ATOM_WINDOW, 0, 1);
    const PropertyReply reply(xcb_get_property_reply(c, cookie, nullptr));
    m_connection->scheduleQueuedEvents();
    return reply && reply->type == XCB_ATOM_WINDOW && xcb_get_property_value_length(reply.get()) == 4;
}

void X11WindowBackend::noActiveWindowProperty()
{
    const qint64 now = m_clock->monotonicMillis();
    if (!m_missingSinceMs)
        m_missingSinceMs = now;
    if (m_reportedNoEwmh || now - *m_missingSinceMs < kMissingPropertyGraceMs)
        return;
    m_reportedNoEwmh = true;
    const QString message =
        QCoreApplication::translate("X11WindowBackend",
                                    "the window manager on the X display %1 does not publish the active window "
                                    "(_NET_ACTIVE_WINDOW); Stint needs a window manager that follows the EWMH "
                                    "standard (most do) to see which window has focus")
            .arg(m_connection->displayName());
    qCWarning(lcWatch).noquote() << message;
    Q_EMIT problem(message);
}

std::optional<WindowInfo> X11WindowBackend::activeWindow()
{
    bool published = false;
    const std::optional<xcb_window_t> window = readActiveWindow(&published);
    if (!window)
        return std::nullopt; // the connection is lost (reported) or was lost just now
    if (!published) {
        noActiveWindowProperty();
        return std::nullopt;
    }
    m_reportedNoEwmh = false;
    m_missingSinceMs.reset();
    if (*window == XCB_WINDOW_NONE)
        return std::nullopt; // no window has focus (the desktop, say)
    follow(*window);

    xcb_connection_t *c = m_connection->xcb();
    // All three requests at once, then the replies: one round trip.
    const xcb_get_property_cookie_t classCookie =
        xcb_get_property(c, 0, *window, XCB_ATOM_WM_CLASS, XCB_ATOM_STRING, 0, 256);
    const xcb_get_property_cookie_t netNameCookie =
        xcb_get_property(c, 0, *window, m_connection->atom(X11Connection::Atom::NetWmName), XCB_GET_PROPERTY_TYPE_ANY,
                         0, kMaxTitleLength);
    const xcb_get_property_cookie_t nameCookie =
        xcb_get_property(c, 0, *window, XCB_ATOM_WM_NAME, XCB_GET_PROPERTY_TYPE_ANY, 0, kMaxTitleLength);
    bool failed = false;
    const auto collect = [&](xcb_get_property_cookie_t cookie) {
        xcb_generic_error_t *rawError = nullptr;
        PropertyReply reply(xcb_get_property_reply(c, cookie, &rawError));
        const ErrorReply error(rawError);
        if (!reply) {
            failed = true;
            if (error)
                qCDebug(lcWatch) << "window" << *window << "vanished while being read (X error" << error->error_code
                                 << ")";
        }
        return reply;
    };
    const PropertyReply classReply = collect(classCookie);
    const PropertyReply netNameReply = collect(netNameCookie);
    const PropertyReply nameReply = collect(nameCookie);
    m_connection->scheduleQueuedEvents();
    if (failed) {
        m_connection->checkAlive();
        return std::nullopt;
    }

    WindowInfo info;
    // WM_CLASS is "instance\0class\0"; the class names the application.
    const QByteArrayView wmClass = propertyBytes(classReply.get());
    const qsizetype separator = wmClass.indexOf('\0');
    if (separator >= 0) {
        QByteArrayView appClass = wmClass.sliced(separator + 1);
        if (const qsizetype end = appClass.indexOf('\0'); end >= 0)
            appClass.truncate(end);
        info.app = QString::fromLatin1(appClass);
    }
    info.app = appNameOrUnknown(info.app);

    if (const QByteArrayView netName = propertyBytes(netNameReply.get()); !netName.isEmpty()) {
        // EWMH: always UTF-8, whatever type a client wrote it with.
        info.title = QString::fromUtf8(netName);
    } else if (const QByteArrayView name = propertyBytes(nameReply.get()); !name.isEmpty()) {
        const xcb_atom_t type = nameReply->type;
        if (type == m_connection->atom(X11Connection::Atom::Utf8String))
            info.title = QString::fromUtf8(name);
        else if (type == m_connection->atom(X11Connection::Atom::CompoundText))
            info.title = decodeCompoundText(name);
        else
            info.title = QString::fromLatin1(name); // STRING is ISO 8859-1 (ICCCM)
    }
    return info;
}

} // namespace stint
