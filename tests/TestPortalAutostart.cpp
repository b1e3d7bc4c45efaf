// Start at login inside Flatpak: PortalAutostart against a fake Background portal on a private
// session bus (the portal runs in its own thread, as a real one runs in its own process).
#include "PrivateBus.h"
#include "integration/PortalAutostart.h"

#include <QCoreApplication>
#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QDBusMessage>
#include <QDBusObjectPath>
#include <QMutex>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace {

const auto kPortalService = u"org.freedesktop.portal.Desktop"_s;

// org.freedesktop.portal.Background: answers every request through the Request object's
// Response signal, as xdg-desktop-portal does.
class FakeBackgroundPortal final : public QObject
{
    Q_OBJECT
    Q_CLASSINFO("D-Bus Interface", "org.freedesktop.portal.Background")

public:
    explicit FakeBackgroundPortal(QDBusConnection bus)
        : m_bus(std::move(bus))
    {
    }

    // What the next request is answered: the response code and whether autostart is granted
    // (nothing: as asked).
    void setAnswer(uint response, std::optional<bool> autostart)
    {
        const QMutexLocker lock(&m_mutex);
        m_response = response;
        m_autostart = autostart;
    }
    QVariantMap lastOptions() const
    {
        const QMutexLocker lock(&m_mutex);
        return m_options;
    }
    QString lastRequestPath() const
    {
        const QMutexLocker lock(&m_mutex);
        return m_requestPath;
    }

public Q_SLOTS:
    Q_SCRIPTABLE QDBusObjectPath RequestBackground(const QString &parentWindow, const QVariantMap &options,
                                                   const QDBusMessage &message)
    {
        Q_UNUSED(parentWindow)
        QString sender = message.service().mid(1);
        sender.replace(u'.', u'_');
        const QString path =
            u"/org/freedesktop/portal/desktop/request/%1/%2"_s.arg(sender, options.value(u"handle_token"_s).toString());
        uint response = 0;
        bool autostart = false;
        {
            const QMutexLocker lock(&m_mutex);
            m_options = options;
            m_requestPath = path;
            response = m_response;
            autostart = m_autostart.value_or(options.value(u"autostart"_s).toBool());
        }
        // After the method's reply, as the portal answers once the user decided.
        QTimer::singleShot(0, this, [this, path, response, autostart] {
            QDBusMessage signal = QDBusMessage::createSignal(path, u"org.freedesktop.portal.Request"_s, u"Response"_s);
            signal << response
                   << QVariantMap{{u"background"_s, response == 0}, {u"autostart"_s, response == 0 && autostart}};
            m_bus.send(signal);
        });
        return QDBusObjectPath(path);
    }

private:
    QDBusConnection m_bus;
    mutable QMutex m_mutex;
    uint m_response = 0;
    std::optional<bool> m_autostart;
    QVariantMap m_options;
    QString m_requestPath;
};

} // namespace

class TestPortalAutostart : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void init();
    void grantedAndWithdrawn();
    void deniedKeepsState();
    void autostartRefusedWhileBackgroundAllowed();
    void noPortal();

private:
    QDBusConnection client() const { return QDBusConnection(u"client"_s); }

    QTemporaryDir m_config;
    std::unique_ptr<PrivateBus> m_bus;
    QThread m_portalThread;
    FakeBackgroundPortal *m_portal = nullptr;
};

void TestPortalAutostart::initTestCase()
{
    qputenv("XDG_CONFIG_HOME", QFile::encodeName(m_config.path()));
    QCoreApplication::setOrganizationName(u"stint-tests"_s);
    if (!PrivateBus::isAvailable())
        QSKIP("needs dbus-daemon for a private session bus");
    m_bus = std::make_unique<PrivateBus>();
    QString error;
    QVERIFY2(m_bus->start(&error), qPrintable(error));
    QDBusConnection portalBus = QDBusConnection::connectToBus(m_bus->address(), u"portal"_s);
    QVERIFY(portalBus.isConnected());
    QVERIFY(QDBusConnection::connectToBus(m_bus->address(), u"client"_s).isConnected());
    QVERIFY(portalBus.interface()->registerService(kPortalService).value()
            == QDBusConnectionInterface::ServiceRegistered);
    m_portal = new FakeBackgroundPortal(portalBus);
    m_portal->moveToThread(&m_portalThread);
    connect(&m_portalThread, &QThread::finished, m_portal, &QObject::deleteLater);
    m_portalThread.start();
    QVERIFY(portalBus.registerObject(u"/org/freedesktop/portal/desktop"_s, m_portal,
                                     QDBusConnection::ExportScriptableSlots));
}

void TestPortalAutostart::cleanupTestCase()
{
    m_portalThread.quit();
    m_portalThread.wait();
    QDBusConnection::disconnectFromBus(u"portal"_s);
    QDBusConnection::disconnectFromBus(u"client"_s);
}

void TestPortalAutostart::init()
{
    QSettings().clear();
    if (m_portal)
        m_portal->setAnswer(0, std::nullopt);
}

void TestPortalAutostart::grantedAndWithdrawn()
{
    stint::PortalAutostart autostart(u"/app/bin/stint"_s, client());
    QVERIFY(!autostart.isEnabled()); // off by default
    QString error;
    QVERIFY2(autostart.setEnabled(true, &error), qPrintable(error));
    QVERIFY(autostart.isEnabled());
    const QVariantMap options = m_portal->lastOptions();
    QCOMPARE(options.value(u"autostart"_s).toBool(), true);
    QCOMPARE(options.value(u"commandline"_s).toStringList(), (QStringList{u"stint"_s, u"--minimized"_s}));
    QCOMPARE(options.value(u"dbus-activatable"_s).toBool(), false);
    QVERIFY(!options.value(u"reason"_s).toString().isEmpty());
    QVERIFY(m_portal->lastRequestPath().endsWith(options.value(u"handle_token"_s).toString()));
    // The answer is kept: a new object (a restart) reads it.
    QVERIFY(stint::PortalAutostart(u"/app/bin/stint"_s, client()).isEnabled());

    QVERIFY2(autostart.setEnabled(false, &error), qPrintable(error));
    QCOMPARE(m_portal->lastOptions().value(u"autostart"_s).toBool(), false);
    QVERIFY(!autostart.isEnabled());
}

void TestPortalAutostart::deniedKeepsState()
{
    stint::PortalAutostart autostart(u"/app/bin/stint"_s, client());
    QString error;
    QVERIFY(autostart.setEnabled(true, &error));
    m_portal->setAnswer(1, std::nullopt); // the user said no
    QVERIFY(!autostart.setEnabled(false, &error));
    QVERIFY(!error.isEmpty());
    QVERIFY(autostart.isEnabled());
}

void TestPortalAutostart::autostartRefusedWhileBackgroundAllowed()
{
    stint::PortalAutostart autostart(u"/app/bin/stint"_s, client());
    m_portal->setAnswer(0, false);
    QString error;
    QVERIFY(!autostart.setEnabled(true, &error));
    QVERIFY(!error.isEmpty());
    QVERIFY(!autostart.isEnabled());
}

void TestPortalAutostart::noPortal()
{
    QDBusConnection portalBus(u"portal"_s);
    QVERIFY(portalBus.interface()->unregisterService(kPortalService).value());
    const auto restore = qScopeGuard([&] { portalBus.interface()->registerService(kPortalService); });
    stint::PortalAutostart autostart(u"/app/bin/stint"_s, client());
    QString error;
    QVERIFY(!autostart.setEnabled(true, &error));
    QVERIFY2(error.contains(u"portal"_s), qPrintable(error));
    QVERIFY(!autostart.isEnabled());
}

QTEST_GUILESS_MAIN(TestPortalAutostart)

#include "TestPortalAutostart.moc"
