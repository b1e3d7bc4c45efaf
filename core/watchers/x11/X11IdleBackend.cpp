#include "watchers/x11/X11IdleBackend.h"

#include "util/Logging.h"
#include "watchers/x11/X11Connection.h"

#include <QCoreApplication>

#include <xcb/screensaver.h>

#include <cstdlib>

using namespace Qt::StringLiterals;

namespace stint {

X11IdleBackend::X11IdleBackend(std::unique_ptr<X11Connection> connection, QObject *parent)
    : IdleBackend(parent)
    , m_connection(connection.release())
{
    m_connection->setParent(this);
    connect(m_connection, &X11Connection::lost, this, &X11IdleBackend::problem);
    // Events are not needed here, but the connection must still be read so it notices a loss.
}

X11IdleBackend::~X11IdleBackend() = default;

QString X11IdleBackend::name() const
{
    return u"x11"_s;
}

bool X11IdleBackend::hasExtension() const
{
    xcb_connection_t *c = m_connection->xcb();
    if (!c)
        return false;
    const xcb_query_extension_reply_t *extension = xcb_get_extension_data(c, &xcb_screensaver_id);
    return extension && extension->present;
}

std::optional<qint64> X11IdleBackend::idleMillis()
{
    xcb_connection_t *c = m_connection->xcb();
    if (!c)
        return std::nullopt;
    if (!hasExtension()) {
        if (!m_reportedNoExtension) {
            m_reportedNoExtension = true;
            const QString message =
                QCoreApplication::translate("X11IdleBackend",
                                            "the X display %1 lacks the MIT-SCREEN-SAVER extension, so Stint cannot "
                                            "tell when you are away")
                    .arg(m_connection->displayName());
            qCWarning(lcWatch).noquote() << message;
            Q_EMIT problem(message);
        }
        return std::nullopt;
    }
    m_reportedNoExtension = false;
    const xcb_screensaver_query_info_cookie_t cookie = xcb_screensaver_query_info(c, m_connection->rootWindow());
    xcb_generic_error_t *error = nullptr;
    xcb_screensaver_query_info_reply_t *reply = xcb_screensaver_query_info_reply(c, cookie, &error);
    m_connection->scheduleQueuedEvents();
    std::optional<qint64> idle;
    if (reply)
        idle = qint64(reply->ms_since_user_input);
    else if (error)
        qCDebug(lcWatch) << "MIT-SCREEN-SAVER query failed with X error" << error->error_code;
    std::free(reply);
    std::free(error);
    if (!idle)
        m_connection->checkAlive();
    return idle;
}

} // namespace stint
