#pragma once

// org.freedesktop.Notifications for tests: records what it is asked to show and answers the
// (KDE-style) Inhibited property; register it on a private bus and run it in a thread of its own.
#include <QCoreApplication>
#include <QDBusConnection>
#include <QDBusMessage>
#include <QMutex>
#include <QObject>
#include <QString>
#include <QStringList>
#include <QVariantMap>

#include <atomic>

namespace stint::test {

inline const QString kNotificationsService = QStringLiteral("org.freedesktop.Notifications");
inline const QString kNotificationsPath = QStringLiteral("/org/freedesktop/Notifications");

struct ShownNotification
{
    QString app;
    QString summary;
    QString body;
    QVariantMap hints;
};

// The notification server's Notify and its (KDE-style) Inhibited property.
class FakeNotificationServer final : public QObject
{
    Q_OBJECT
    Q_CLASSINFO("D-Bus Interface", "org.freedesktop.Notifications")
    Q_PROPERTY(bool Inhibited READ inhibited)

public:
    bool inhibited() const { return m_inhibited.load(); }
    void setInhibited(bool on) { m_inhibited.store(on); }
    QList<ShownNotification> shown() const
    {
        const QMutexLocker lock(&m_mutex);
        return m_shown;
    }

public Q_SLOTS:
    Q_SCRIPTABLE uint Notify(const QString &app, uint replaces, const QString &icon, const QString &summary,
                             const QString &body, const QStringList &actions, const QVariantMap &hints, int timeout)
    {
        Q_UNUSED(replaces)
        Q_UNUSED(icon)
        Q_UNUSED(actions)
        Q_UNUSED(timeout)
        const QMutexLocker lock(&m_mutex);
        m_shown.append(ShownNotification{app, summary, body, hints});
        return uint(m_shown.size());
    }

private:
    mutable QMutex m_mutex;
    QList<ShownNotification> m_shown;
    std::atomic<bool> m_inhibited{false};
};

// Lets what a notifier sent over `client` reach the server: it asks for Inhibited, then sends
// Notify, both asynchronously, and a call of our own is answered after what the client sent
// before it, so two rounds (with the client's replies handled between them) cover both.
inline bool awaitDelivery(const QDBusConnection &client)
{
    for (int round = 0; round < 2; ++round) {
        QDBusMessage get =
            QDBusMessage::createMethodCall(kNotificationsService, kNotificationsPath,
                                           QStringLiteral("org.freedesktop.DBus.Properties"), QStringLiteral("Get"));
        get << kNotificationsService << QStringLiteral("Inhibited");
        if (client.call(get).type() != QDBusMessage::ReplyMessage)
            return false;
        QCoreApplication::processEvents();
    }
    return true;
}

} // namespace stint::test
