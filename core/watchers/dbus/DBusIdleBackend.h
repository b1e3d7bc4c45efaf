#pragma once

#include "watchers/IdleBackend.h"

#include <QDBusConnection>

namespace stint {

// Idle time from a desktop's session-bus service that answers "milliseconds since the last
// input" on request: GNOME's org.gnome.Mutter.IdleMonitor.GetIdletime, or KDE's
// org.freedesktop.ScreenSaver.GetSessionIdleTime. One short call per AFK poll.
class DBusIdleBackend final : public IdleBackend
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DBusIdleBackend)

public:
    struct Source
    {
        QString name; // for the log
        QString service;
        QString path;
        QString interface;
        QString method;
    };
    static Source gnomeMutter();
    static Source kdeScreenSaver();

    // A call that takes longer than this counts as unanswered (the poll must not hang).
    static constexpr int kCallTimeoutMs = 1000;

    DBusIdleBackend(QDBusConnection bus, Source source, QObject *parent = nullptr);

    // Whether the source answers now; `error` says why not.
    bool probe(QString *error = nullptr);

    QString name() const override { return m_source.name; }
    std::optional<qint64> idleMillis() override;

private:
    std::optional<qint64> call(QString *error);

    QDBusConnection m_bus;
    Source m_source;
    bool m_reported = false;
};

} // namespace stint
