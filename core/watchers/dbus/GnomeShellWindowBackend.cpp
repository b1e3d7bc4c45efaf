#include "watchers/dbus/GnomeShellWindowBackend.h"

#include "util/Logging.h"
#include "watchers/PlatformHelpers.h"
#include "watchers/dbus/GnomeExtension.h"

#include <QCoreApplication>
#include <QDBusAbstractInterface>
#include <QDBusConnectionInterface>
#include <QDBusError>
#include <QDBusMessage>
#include <QDBusServiceWatcher>

using namespace Qt::StringLiterals;

namespace stint {
namespace {

constexpr int kCallTimeoutMs = 2000;

} // namespace

// The extension's object as Qt D-Bus sees a proxy: connecting to its signal subscribes to the bus
// signal of the same name and signature, sent by the shell's name only.
class GnomeShellWindowBackend::FocusedWindow final : public QDBusAbstractInterface
{
    Q_OBJECT

public:
    FocusedWindow(const QDBusConnection &bus, QObject *parent)
        : QDBusAbstractInterface(QLatin1StringView(kService), QLatin1StringView(kPath), kInterface, bus, parent)
    {
    }

Q_SIGNALS:
    void Changed(const QString &app, const QString &title);
};

bool GnomeShellWindowBackend::isShellRunning(const QDBusConnection &bus)
{
    return bus.isConnected() && bus.interface()->isServiceRegistered(QLatin1StringView(kService)).value();
}

GnomeShellWindowBackend::GnomeShellWindowBackend(QDBusConnection bus, QObject *parent)
    : WindowBackend(parent)
    , m_bus(std::move(bus))
{
}

QString GnomeShellWindowBackend::name() const
{
    return u"gnome/shell-extension"_s;
}

bool GnomeShellWindowBackend::start(QString *error)
{
    if (!m_bus.isConnected()) {
        *error = QCoreApplication::translate("GnomeShellWindowBackend", "there is no D-Bus session bus");
        return false;
    }
    if (!m_subscribed) {
        // The signal is matched on the shell's name, so nobody else can feed it.
        auto *focused = new FocusedWindow(m_bus, this);
        if (!focused->isValid()) {
            *error = QCoreApplication::translate("GnomeShellWindowBackend", "cannot subscribe to %1.Changed: %2")
                         .arg(QLatin1StringView(kInterface), focused->lastError().message());
            delete focused;
            return false;
        }
        connect(focused, &FocusedWindow::Changed, this, &GnomeShellWindowBackend::onChanged);
        m_subscribed = true;
    }
    if (!m_watcher) {
        m_watcher = new QDBusServiceWatcher(
            QLatin1StringView(kService), m_bus,
            QDBusServiceWatcher::WatchForRegistration | QDBusServiceWatcher::WatchForUnregistration, this);
        connect(m_watcher, &QDBusServiceWatcher::serviceRegistered, this, &GnomeShellWindowBackend::onShellRegistered);
        connect(m_watcher, &QDBusServiceWatcher::serviceUnregistered, this,
                &GnomeShellWindowBackend::onShellUnregistered);
    }
    return read(error);
}

bool GnomeShellWindowBackend::read(QString *error)
{
    const QDBusMessage reply =
        m_bus.call(QDBusMessage::createMethodCall(QLatin1StringView(kService), QLatin1StringView(kPath),
                                                  QLatin1StringView(kInterface), u"Get"_s),
                   QDBus::Block, kCallTimeoutMs);
    if (reply.type() != QDBusMessage::ReplyMessage || reply.signature() != u"ss"_s) {
        *error = QCoreApplication::translate("GnomeShellWindowBackend",
                                             "GNOME Shell does not answer for Stint's extension (%1): %2")
                     .arg(reply.errorMessage().isEmpty() ? reply.signature() : reply.errorMessage(),
                          GnomeExtension::enableInstructions());
        return false;
    }
    onChanged(reply.arguments().value(0).toString(), reply.arguments().value(1).toString());
    return true;
}

void GnomeShellWindowBackend::onChanged(const QString &app, const QString &title)
{
    if (app.isEmpty() && title.isEmpty())
        set(std::nullopt); // no window has focus
    else
        set(WindowInfo{appNameOrUnknown(app), title});
}

void GnomeShellWindowBackend::set(std::optional<WindowInfo> window)
{
    if (m_current == window)
        return;
    m_current = std::move(window);
    Q_EMIT activeWindowChanged();
}

void GnomeShellWindowBackend::onShellUnregistered()
{
    set(std::nullopt);
    const QString message = QCoreApplication::translate(
        "GnomeShellWindowBackend", "GNOME Shell left the session bus; waiting for it to come back");
    qCWarning(lcWatch).noquote() << message;
    Q_EMIT problem(message);
}

void GnomeShellWindowBackend::onShellRegistered()
{
    QString error;
    if (read(&error)) {
        qCInfo(lcWatch) << "GNOME Shell is back: following the focused window again";
        return;
    }
    qCWarning(lcWatch).noquote() << error;
    Q_EMIT problem(error);
}

std::optional<WindowInfo> GnomeShellWindowBackend::activeWindow()
{
    return m_current;
}

} // namespace stint

#include "GnomeShellWindowBackend.moc"
