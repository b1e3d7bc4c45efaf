#include "watchers/x11/X11Connection.h"

#include "util/Logging.h"

#include <QCoreApplication>
#include <QSocketNotifier>
#include <QTimer>

#include <algorithm>
#include <cstdlib>

using namespace Qt::StringLiterals;

namespace stint {
namespace {

QString connectionErrorText(int code)
{
    switch (code) {
    case XCB_CONN_ERROR:
        return QCoreApplication::translate("X11Connection",
                                           "no X server is running there, or it refused the connection");
    case XCB_CONN_CLOSED_EXT_NOTSUPPORTED:
        return QCoreApplication::translate("X11Connection", "the server lacks a required extension");
    case XCB_CONN_CLOSED_MEM_INSUFFICIENT:
        return QCoreApplication::translate("X11Connection", "out of memory");
    case XCB_CONN_CLOSED_PARSE_ERR:
        return QCoreApplication::translate("X11Connection", "the display name is not valid");
    case XCB_CONN_CLOSED_INVALID_SCREEN:
        return QCoreApplication::translate("X11Connection", "the server has no such screen");
    default:
        return QCoreApplication::translate("X11Connection", "error %1").arg(code);
    }
}

constexpr const char *kAtomNames[] = {"_NET_ACTIVE_WINDOW", "_NET_WM_NAME", "UTF8_STRING", "COMPOUND_TEXT",
                                      "_NET_SUPPORTING_WM_CHECK"};
static_assert(std::size(kAtomNames) == std::size_t(X11Connection::Atom::Count));

} // namespace

X11Connection::X11Connection(const QString &displayName, QObject *parent)
    : QObject(parent)
    , m_displayName(displayName.isEmpty() ? qEnvironmentVariable("DISPLAY") : displayName)
    , m_retryTimer(new QTimer(this))
{
    m_retryTimer->setSingleShot(true);
    connect(m_retryTimer, &QTimer::timeout, this, &X11Connection::retry);
}

X11Connection::~X11Connection()
{
    delete m_notifier;
    m_notifier = nullptr;
    if (m_connection)
        xcb_disconnect(m_connection);
}

bool X11Connection::open(QString *error)
{
    if (m_connection)
        return true;
    m_retryTimer->stop();
    return connectNow(error);
}

bool X11Connection::connectNow(QString *error)
{
    const QByteArray name = m_displayName.toLocal8Bit();
    int screenNumber = 0;
    xcb_connection_t *connection = xcb_connect(name.isEmpty() ? nullptr : name.constData(), &screenNumber);
    if (const int code = xcb_connection_has_error(connection)) {
        xcb_disconnect(connection);
        if (error)
            *error = QCoreApplication::translate("X11Connection", "cannot connect to the X display %1: %2")
                         .arg(m_displayName, connectionErrorText(code));
        return false;
    }

    xcb_screen_iterator_t screens = xcb_setup_roots_iterator(xcb_get_setup(connection));
    for (int i = 0; i < screenNumber && screens.rem > 0; ++i)
        xcb_screen_next(&screens);
    if (screens.rem <= 0) {
        xcb_disconnect(connection);
        if (error)
            *error = QCoreApplication::translate("X11Connection",
                                                 "cannot connect to the X display %1: the server has no screen %2")
                         .arg(m_displayName)
                         .arg(screenNumber);
        return false;
    }

    // Send every request first, then collect the replies: one round trip.
    xcb_intern_atom_cookie_t cookies[int(Atom::Count)];
    for (int i = 0; i < int(Atom::Count); ++i)
        cookies[i] = xcb_intern_atom(connection, 0, uint16_t(qstrlen(kAtomNames[i])), kAtomNames[i]);
    bool interned = true;
    for (int i = 0; i < int(Atom::Count); ++i) {
        xcb_intern_atom_reply_t *reply = xcb_intern_atom_reply(connection, cookies[i], nullptr);
        interned = interned && reply;
        m_atoms[i] = reply ? reply->atom : xcb_atom_t(XCB_ATOM_NONE);
        std::free(reply);
    }
    if (!interned) {
        xcb_disconnect(connection);
        if (error)
            *error = QCoreApplication::translate("X11Connection",
                                                 "cannot connect to the X display %1: the connection broke at once")
                         .arg(m_displayName);
        return false;
    }

    m_connection = connection;
    m_root = screens.data->root;
    m_notifier = new QSocketNotifier(xcb_get_file_descriptor(connection), QSocketNotifier::Read, this);
    connect(m_notifier, &QSocketNotifier::activated, this, &X11Connection::onSocketActivated);
    qCDebug(lcWatch) << "connected to the X display" << m_displayName;
    return true;
}

void X11Connection::disconnectNow()
{
    if (m_notifier) {
        // This may run inside the notifier's own signal: disable now, delete later.
        m_notifier->setEnabled(false);
        m_notifier->deleteLater();
        m_notifier = nullptr;
    }
    if (m_connection) {
        xcb_disconnect(m_connection);
        m_connection = nullptr;
    }
    m_root = XCB_WINDOW_NONE;
}

bool X11Connection::checkAlive()
{
    if (!m_connection)
        return false;
    if (xcb_connection_has_error(m_connection) == 0)
        return true;
    handleLoss();
    return false;
}

void X11Connection::scheduleQueuedEvents()
{
    if (m_drainScheduled || !m_connection)
        return;
    m_drainScheduled = true;
    QMetaObject::invokeMethod(this, &X11Connection::dispatchQueued, Qt::QueuedConnection);
}

void X11Connection::onSocketActivated()
{
    // A handler may lose the connection (it runs requests of its own): check on every turn.
    while (m_connection) {
        xcb_generic_event_t *event = xcb_poll_for_event(m_connection);
        if (!event)
            break;
        dispatch(event);
    }
    checkAlive();
}

void X11Connection::dispatchQueued()
{
    m_drainScheduled = false;
    while (m_connection) {
        xcb_generic_event_t *event = xcb_poll_for_queued_event(m_connection);
        if (!event)
            break;
        dispatch(event);
    }
    checkAlive();
}

void X11Connection::dispatch(xcb_generic_event_t *event)
{
    Q_EMIT eventReceived(event);
    std::free(event);
}

void X11Connection::handleLoss()
{
    disconnectNow();
    m_retryDelay = m_initialRetryDelay;
    const QString message =
        QCoreApplication::translate("X11Connection", "lost the connection to the X display %1; retrying")
            .arg(m_displayName);
    qCWarning(lcWatch).noquote() << message;
    m_retryTimer->start(m_retryDelay);
    Q_EMIT lost(message);
}

void X11Connection::retry()
{
    QString error;
    if (connectNow(&error)) {
        qCInfo(lcWatch) << "reconnected to the X display" << m_displayName;
        m_retryDelay = m_initialRetryDelay;
        Q_EMIT restored();
        return;
    }
    m_retryDelay = std::min(m_retryDelay * 2, std::chrono::milliseconds(maxRetryDelay()));
    qCDebug(lcWatch).noquote() << error << "- next attempt in" << m_retryDelay.count() << "ms";
    m_retryTimer->start(m_retryDelay);
}

} // namespace stint
