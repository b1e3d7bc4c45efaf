#include "integration/FreedesktopNotifier.h"

#include "util/Logging.h"

#include <QDBusConnectionInterface>
#include <QDBusMessage>
#include <QDBusPendingCallWatcher>
#include <QDBusPendingReply>
#include <QDBusVariant>

namespace stint {

namespace {

const QString kService = QStringLiteral("org.freedesktop.Notifications");
const QString kPath = QStringLiteral("/org/freedesktop/Notifications");
const QString kInterface = QStringLiteral("org.freedesktop.Notifications");
const QString kAppId = QStringLiteral("org.stint.Stint");
// The server's default time on screen.
constexpr int kDefaultTimeout = -1;

} // namespace

FreedesktopNotifier::FreedesktopNotifier(QDBusConnection bus, QObject *parent)
    : QObject(parent)
    , m_bus(std::move(bus))
{
}

bool FreedesktopNotifier::isAvailable(const QDBusConnection &bus)
{
    if (!bus.isConnected() || !bus.interface())
        return false;
    if (bus.interface()->isServiceRegistered(kService).value())
        return true;
    // Many servers start on the first call (D-Bus activation).
    return bus.interface()->activatableServiceNames().value().contains(kService);
}

void FreedesktopNotifier::notify(const QString &title, const QString &body)
{
    // Asked each time: do-not-disturb changes while Stint runs. A server without the property
    // answers with an error, which means "not inhibited".
    QDBusMessage get = QDBusMessage::createMethodCall(
        kService, kPath, QStringLiteral("org.freedesktop.DBus.Properties"), QStringLiteral("Get"));
    get << kInterface << QStringLiteral("Inhibited");
    auto *watcher = new QDBusPendingCallWatcher(m_bus.asyncCall(get), this);
    connect(watcher, &QDBusPendingCallWatcher::finished, this, [this, title, body](QDBusPendingCallWatcher *call) {
        call->deleteLater();
        const QDBusPendingReply<QDBusVariant> reply = *call;
        if (!reply.isError() && reply.value().variant().toBool()) {
            qCInfo(lcApp).noquote() << "do not disturb is on; not shown:" << title;
            Q_EMIT heldBack(title);
            return;
        }
        send(title, body);
    });
}

void FreedesktopNotifier::send(const QString &title, const QString &body)
{
    QDBusMessage message = QDBusMessage::createMethodCall(kService, kPath, kInterface, QStringLiteral("Notify"));
    const QVariantMap hints{{QStringLiteral("desktop-entry"), kAppId}};
    message << QStringLiteral("Stint") << uint(0) << kAppId << title << body << QStringList() << hints
            << kDefaultTimeout;
    auto *watcher = new QDBusPendingCallWatcher(m_bus.asyncCall(message), this);
    connect(watcher, &QDBusPendingCallWatcher::finished, this, [title](QDBusPendingCallWatcher *call) {
        call->deleteLater();
        const QDBusPendingReply<uint> reply = *call;
        if (reply.isError())
            qCWarning(lcApp).noquote() << "the notification could not be shown:" << reply.error().message();
    });
    Q_EMIT sent(title);
}

} // namespace stint
