#include "integration/PortalAutostart.h"

#include <QCoreApplication>
#include <QDBusAbstractInterface>
#include <QDBusMessage>
#include <QDBusObjectPath>
#include <QDBusPendingCall>
#include <QDBusPendingReply>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QSettings>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace stint {

namespace {

constexpr int kAnswerTimeoutMs = 120'000;
const auto kPortalService = u"org.freedesktop.portal.Desktop"_s;
const auto kStateKey = u"integration/autostartFromPortal"_s;

// Named explicitly: stint-cli sets no organization, and it must read what the window wrote.
QSettings portalState()
{
    return QSettings(u"Stint"_s, u"stint"_s);
}

// One portal request: its Response signal carries the answer.
class PortalRequest final : public QDBusAbstractInterface
{
    Q_OBJECT

public:
    PortalRequest(const QString &path, const QDBusConnection &bus)
        : QDBusAbstractInterface(kPortalService, path, "org.freedesktop.portal.Request", bus, nullptr)
    {
    }

Q_SIGNALS:
    void Response(uint response, const QVariantMap &results);
};

} // namespace

PortalAutostart::PortalAutostart(QString program, QDBusConnection bus)
    : m_program(std::move(program))
    , m_bus(std::move(bus))
{
}

bool PortalAutostart::isSandboxed()
{
    return QFile::exists(u"/.flatpak-info"_s);
}

bool PortalAutostart::isEnabled() const
{
    return portalState().value(kStateKey, false).toBool();
}

QString PortalAutostart::location() const
{
    return QCoreApplication::translate("Autostart", "the desktop's Background portal");
}

bool PortalAutostart::setEnabled(bool enabled, QString *error)
{
    const auto fail = [error](const QString &message) {
        if (error)
            *error = message;
        return false;
    };
    if (!m_bus.isConnected())
        return fail(
            QCoreApplication::translate("Autostart", "No session bus, so the Background portal cannot be asked."));

    // Listen on the request's path before asking, so a quick answer is not missed
    // (its path is derived from our bus name and the token, as the portal documents).
    const QString token = u"stint%1"_s.arg(QRandomGenerator::global()->generate());
    QString sender = m_bus.baseService().mid(1);
    sender.replace(u'.', u'_');
    auto request =
        std::make_unique<PortalRequest>(u"/org/freedesktop/portal/desktop/request/%1/%2"_s.arg(sender, token), m_bus);
    QEventLoop loop;
    std::optional<uint> response;
    QVariantMap results;
    const auto answered = [&](uint code, const QVariantMap &values) {
        response = code;
        results = values;
        loop.quit();
    };
    QObject::connect(request.get(), &PortalRequest::Response, &loop, answered);

    QDBusMessage call = QDBusMessage::createMethodCall(kPortalService, u"/org/freedesktop/portal/desktop"_s,
                                                       u"org.freedesktop.portal.Background"_s, u"RequestBackground"_s);
    const QVariantMap options{
        {u"handle_token"_s, token},
        {u"reason"_s,
         QCoreApplication::translate("Autostart", "Stint records your activity from the moment you log in.")},
        {u"autostart"_s, enabled},
        {u"commandline"_s, QStringList{QFileInfo(m_program).fileName(), startOption()}},
        {u"dbus-activatable"_s, false},
    };
    call << QString() << options;
    const QDBusMessage reply = m_bus.call(call, QDBus::Block, 10'000);
    if (reply.type() == QDBusMessage::ErrorMessage)
        return fail(QCoreApplication::translate("Autostart", "The Background portal refused the request: %1")
                        .arg(reply.errorMessage()));
    const QVariant handle = reply.arguments().value(0);
    const QString handlePath = handle.value<QDBusObjectPath>().path();
    if (!handlePath.isEmpty() && handlePath != request->path()) {
        // An older portal picks its own path.
        request = std::make_unique<PortalRequest>(handlePath, m_bus);
        QObject::connect(request.get(), &PortalRequest::Response, &loop, answered);
    }
    if (!response) {
        QTimer::singleShot(kAnswerTimeoutMs, &loop, &QEventLoop::quit);
        loop.exec();
    }
    if (!response)
        return fail(QCoreApplication::translate("Autostart", "The Background portal did not answer."));
    if (*response != 0)
        return fail(QCoreApplication::translate(
            "Autostart", "Starting at login was not allowed (the request was denied or cancelled)."));
    const bool granted = results.value(u"autostart"_s, false).toBool();
    portalState().setValue(kStateKey, granted);
    if (granted != enabled)
        return fail(enabled
                        ? QCoreApplication::translate("Autostart", "The desktop did not allow Stint to start at login.")
                        : QCoreApplication::translate("Autostart", "The desktop kept Stint starting at login."));
    return true;
}

} // namespace stint

#include "PortalAutostart.moc"
