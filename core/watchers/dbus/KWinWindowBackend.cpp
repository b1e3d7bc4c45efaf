#include "watchers/dbus/KWinWindowBackend.h"

#include "util/Logging.h"
#include "watchers/dbus/KWinActivationReceiver.h"

#include <QCoreApplication>
#include <QDBusConnectionInterface>
#include <QDBusError>
#include <QDBusMessage>
#include <QDBusServiceWatcher>
#include <QDir>
#include <QFile>
#include <QSaveFile>

using namespace Qt::StringLiterals;

namespace stint {
namespace {

constexpr int kCallTimeoutMs = 5000;
const QString kScriptResource = u":/kwin/stint-active-window.js"_s;

QDBusMessage scriptingCall(const QString &method, const QVariantList &arguments = {})
{
    QDBusMessage message = QDBusMessage::createMethodCall(
        QLatin1StringView(KWinWindowBackend::kService), QLatin1StringView(KWinWindowBackend::kScriptingPath),
        QLatin1StringView(KWinWindowBackend::kScriptingInterface), method);
    message.setArguments(arguments);
    return message;
}

} // namespace

bool KWinWindowBackend::isKWinRunning(const QDBusConnection &bus)
{
    return bus.isConnected() && bus.interface()->isServiceRegistered(QLatin1StringView(kService)).value();
}

KWinWindowBackend::KWinWindowBackend(QDBusConnection bus, QString scriptDirectory, QObject *parent)
    : WindowBackend(parent)
    , m_bus(std::move(bus))
    , m_scriptDirectory(std::move(scriptDirectory))
    , m_receiver(new KWinActivationReceiver(this))
{
    // One plugin name per connection, so two Stint instances (one in testing mode) never unload
    // each other's script.
    m_pluginName = u"stint_active_window_"_s + QString(m_bus.baseService()).remove(u':').replace(u'.', u'_');
    connect(m_receiver, &KWinActivationReceiver::changed, this, &WindowBackend::activeWindowChanged);
}

KWinWindowBackend::~KWinWindowBackend()
{
    unloadScript();
    if (m_registered)
        m_bus.unregisterObject(QLatin1StringView(kReceiverPath));
}

QString KWinWindowBackend::name() const
{
    return u"kde/kwin-script"_s;
}

QString KWinWindowBackend::scriptPath() const
{
    return QDir(m_scriptDirectory).filePath(u"stint-active-window.js"_s);
}

bool KWinWindowBackend::start(QString *error)
{
    if (!m_bus.isConnected()) {
        *error = QCoreApplication::translate("KWinWindowBackend", "there is no D-Bus session bus");
        return false;
    }
    if (!m_registered) {
        if (!m_bus.registerObject(QLatin1StringView(kReceiverPath), m_receiver,
                                  QDBusConnection::ExportScriptableSlots)) {
            *error = QCoreApplication::translate("KWinWindowBackend", "cannot register %1 on the session bus: %2")
                         .arg(QLatin1StringView(kReceiverPath), m_bus.lastError().message());
            return false;
        }
        m_registered = true;
    }
    if (!m_watcher) {
        m_watcher = new QDBusServiceWatcher(
            QLatin1StringView(kService), m_bus,
            QDBusServiceWatcher::WatchForRegistration | QDBusServiceWatcher::WatchForUnregistration, this);
        connect(m_watcher, &QDBusServiceWatcher::serviceRegistered, this, &KWinWindowBackend::onKWinRegistered);
        connect(m_watcher, &QDBusServiceWatcher::serviceUnregistered, this, &KWinWindowBackend::onKWinUnregistered);
    }
    return loadScript(error);
}

bool KWinWindowBackend::loadScript(QString *error)
{
    QFile source(kScriptResource);
    if (!source.open(QIODevice::ReadOnly)) {
        *error = QCoreApplication::translate("KWinWindowBackend", "the KWin script is missing from this build (%1)")
                     .arg(kScriptResource);
        return false;
    }
    QByteArray script = source.readAll();
    script.replace("@STINT_SERVICE@", m_bus.baseService().toUtf8())
        .replace("@STINT_PATH@", kReceiverPath)
        .replace("@STINT_INTERFACE@", KWinActivationReceiver::kInterface);
    if (!QDir().mkpath(m_scriptDirectory)) {
        *error = QCoreApplication::translate("KWinWindowBackend", "cannot create the directory %1 for the KWin script")
                     .arg(m_scriptDirectory);
        return false;
    }
    QSaveFile file(scriptPath());
    if (!file.open(QIODevice::WriteOnly) || file.write(script) != script.size() || !file.commit()) {
        *error = QCoreApplication::translate("KWinWindowBackend", "cannot write the KWin script %1: %2")
                     .arg(scriptPath(), file.errorString());
        return false;
    }

    const QString owner = m_bus.interface()->serviceOwner(QLatin1StringView(kService)).value();
    if (owner.isEmpty()) {
        *error = QCoreApplication::translate("KWinWindowBackend", "KWin (%1) is not on the session bus")
                     .arg(QLatin1StringView(kService));
        return false;
    }
    m_receiver->setAllowedSender(owner);
    // A script of the same name left by a crashed run would make loadScript fail.
    m_bus.call(scriptingCall(u"unloadScript"_s, {m_pluginName}), QDBus::Block, kCallTimeoutMs);
    const QDBusMessage loaded =
        m_bus.call(scriptingCall(u"loadScript"_s, {scriptPath(), m_pluginName}), QDBus::Block, kCallTimeoutMs);
    if (loaded.type() != QDBusMessage::ReplyMessage || loaded.arguments().value(0).toInt() < 0) {
        *error = loaded.type() == QDBusMessage::ReplyMessage
            ? QCoreApplication::translate("KWinWindowBackend", "KWin refused to load the script %1").arg(scriptPath())
            : QCoreApplication::translate("KWinWindowBackend", "KWin's scripting interface failed: %1")
                  .arg(loaded.errorMessage());
        return false;
    }
    m_loaded = true;
    const QDBusMessage started = m_bus.call(scriptingCall(u"start"_s), QDBus::Block, kCallTimeoutMs);
    if (started.type() != QDBusMessage::ReplyMessage) {
        *error = QCoreApplication::translate("KWinWindowBackend", "KWin did not start the script: %1")
                     .arg(started.errorMessage());
        return false;
    }
    qCDebug(lcWatch) << "KWin runs the script" << scriptPath() << "as" << m_pluginName;
    return true;
}

void KWinWindowBackend::unloadScript()
{
    if (!m_loaded || !m_bus.isConnected())
        return;
    m_loaded = false;
    m_bus.call(scriptingCall(u"unloadScript"_s, {m_pluginName}), QDBus::Block, kCallTimeoutMs);
}

void KWinWindowBackend::onKWinUnregistered()
{
    m_loaded = false;
    m_receiver->clear();
    const QString message = QCoreApplication::translate(
        "KWinWindowBackend", "KWin left the session bus; waiting for it to come back to follow the active window");
    qCWarning(lcWatch).noquote() << message;
    Q_EMIT problem(message);
    Q_EMIT activeWindowChanged();
}

void KWinWindowBackend::onKWinRegistered()
{
    QString error;
    if (loadScript(&error)) {
        qCInfo(lcWatch) << "KWin is back: following the active window again";
        return;
    }
    qCWarning(lcWatch).noquote() << error;
    Q_EMIT problem(error);
}

std::optional<WindowInfo> KWinWindowBackend::activeWindow()
{
    return m_receiver->current();
}

} // namespace stint
