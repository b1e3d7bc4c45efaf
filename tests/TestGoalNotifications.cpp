// Goal notifications end to end: commits into a datastore, the checks on the reading thread, and
// a fake org.freedesktop.Notifications server on a private session bus that counts what it is
// asked to show. Exactly one notification per goal and period, also after more commits and a
// restart; none while the server says do-not-disturb; the day's summary once, at its time.
#include "FakeNotificationServer.h"
#include "PrivateBus.h"
#include "StoreFixture.h"
#include "app/GoalMonitor.h"
#include "integration/FreedesktopNotifier.h"
#include "reports/ReportThread.h"
#include "settings/SettingKeys.h"

#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QDBusMessage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QMutex>
#include <QThread>

using namespace stint;
using namespace stint::test;

namespace {

constexpr qint64 kMinute = 60 * kSecond;

QJsonValue json(const char *text)
{
    return QJsonDocument::fromJson(QByteArray("[") + text + "]").array().first();
}

} // namespace

class TestGoalNotifications : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void serviceIsFound();
    void crossingNotifiesOnce();
    void restartDoesNotRepeat();
    void doNotDisturbHoldsBack();
    void nextDayNotifiesAgain();
    void daySummaryOnceAtItsTime();

private:
    QDBusConnection client() const { return QDBusConnection(u"client"_s); }
    void setSetting(QStringView name, const QJsonValue &value);
    // `minutes` of chat (Social) from `from` minutes after the clock's day's 09:00 UTC.
    void chat(QDate date, int from, int minutes);
    // Waits until the monitor has run a check that started after the last commit, and is idle.
    void settle(GoalMonitor &monitor);

    StoreFixture m_fx;
    std::unique_ptr<PrivateBus> m_bus;
    QThread m_serverThread;
    FakeNotificationServer *m_server = nullptr;
    std::unique_ptr<ReportThread> m_reports;
    std::unique_ptr<FreedesktopNotifier> m_notifier;
    std::unique_ptr<GoalMonitor> m_monitor;
};

void TestGoalNotifications::initTestCase()
{
    QLoggingCategory::setFilterRules(u"stint.*.info=false"_s);
    if (!PrivateBus::isAvailable())
        QSKIP("needs dbus-daemon for a private session bus");
    m_bus = std::make_unique<PrivateBus>();
    QString error;
    QVERIFY2(m_bus->start(&error), qPrintable(error));
    QDBusConnection serverBus = QDBusConnection::connectToBus(m_bus->address(), u"server"_s);
    QVERIFY(serverBus.isConnected());
    QVERIFY(QDBusConnection::connectToBus(m_bus->address(), u"client"_s).isConnected());
    QVERIFY(serverBus.interface()->registerService(kNotificationsService).value()
            == QDBusConnectionInterface::ServiceRegistered);
    m_server = new FakeNotificationServer;
    m_server->moveToThread(&m_serverThread);
    connect(&m_serverThread, &QThread::finished, m_server, &QObject::deleteLater);
    m_serverThread.start();
    QVERIFY(serverBus.registerObject(kNotificationsPath, m_server,
                                     QDBusConnection::ExportScriptableSlots | QDBusConnection::ExportAllProperties));

    QVERIFY(m_fx.openWithBucket());
    setSetting(settings::kCategories, json(R"([{"name": ["Social"], "rule": {"type": "regex", "regex": "chat"}},
                                               {"name": ["Work"], "rule": {"type": "regex", "regex": "code"}}])"));
    setSetting(settings::kGoals, json(R"([{"category": ["Social"], "type": "atMost", "minutes": 30, "per": "day"}])"));
    m_reports = std::make_unique<ReportThread>(m_fx.path(), nullptr, QTimeZone::utc());
    m_notifier = std::make_unique<FreedesktopNotifier>(client());
    m_monitor = std::make_unique<GoalMonitor>(m_fx.store(), *m_reports, *m_notifier, m_fx.clockPtr());
}

void TestGoalNotifications::cleanupTestCase()
{
    m_monitor.reset();
    m_notifier.reset();
    m_reports.reset();
    m_serverThread.quit();
    m_serverThread.wait();
    QDBusConnection::disconnectFromBus(u"server"_s);
    QDBusConnection::disconnectFromBus(u"client"_s);
}

void TestGoalNotifications::setSetting(QStringView name, const QJsonValue &value)
{
    QVERIFY(await(m_fx.store().setSetting(settings::storageKey(name), value)).ok());
    QVERIFY(await(m_fx.store().forceCommit()).ok());
}

void TestGoalNotifications::chat(QDate date, int from, int minutes)
{
    const qint64 start = Timestamp::fromDateTime(QDateTime(date, QTime(9, 0), QTimeZone::utc())) + from * kMinute;
    QVERIFY(
        await(m_fx.store().insertEvents(kWindowBucket, {Event{0, start, minutes * kMinute, win(u"Chat"_s, u"chat"_s)}}))
            .ok());
    QVERIFY(await(m_fx.store().forceCommit()).ok());
}

void TestGoalNotifications::settle(GoalMonitor &monitor)
{
    // A check asked for now starts after the last commit (or runs again after the one in hand).
    const int before = monitor.checks();
    monitor.check();
    QTRY_VERIFY(monitor.checks() > before && !monitor.isChecking());
    QVERIFY(awaitDelivery(client()));
}

void TestGoalNotifications::serviceIsFound()
{
    QVERIFY(FreedesktopNotifier::isAvailable(client()));
    QVERIFY(!FreedesktopNotifier::isAvailable(QDBusConnection(u"not connected"_s)));
}

void TestGoalNotifications::crossingNotifiesOnce()
{
    const QDate today(2026, 7, 23); // the clock's day
    chat(today, 0, 20);
    settle(*m_monitor);
    QCOMPARE(m_server->shown().size(), 0); // 20 of 30 minutes

    chat(today, 20, 15);
    settle(*m_monitor);
    QTRY_COMPARE(m_server->shown().size(), 1);
    const ShownNotification shown = m_server->shown().first();
    QCOMPARE(shown.app, u"Stint"_s);
    QVERIFY2(shown.summary.contains(u"Social"_s), qPrintable(shown.summary));
    QVERIFY2(shown.body.contains(u"35 min"_s) && shown.body.contains(u"30 min"_s), qPrintable(shown.body));
    QCOMPARE(shown.hints.value(u"desktop-entry"_s).toString(), u"org.stint.Stint"_s);

    // More time over the limit, and the commit of what was notified: nothing more.
    settle(*m_monitor);
    chat(today, 40, 5);
    settle(*m_monitor);
    chat(today, 50, 5);
    settle(*m_monitor);
    QCOMPARE(m_server->shown().size(), 1);

    // Remembered for the day in the settings.
    EventReader reader(m_fx.path());
    const QJsonObject notified =
        reader.setting(settings::storageKey(settings::kGoalsNotified)).value_or(QJsonValue()).toObject();
    QCOMPARE(notified.size(), 1);
    QCOMPARE(notified.begin().value().toString(), u"2026-07-23"_s);
}

void TestGoalNotifications::restartDoesNotRepeat()
{
    GoalMonitor restarted(m_fx.store(), *m_reports, *m_notifier, m_fx.clockPtr());
    restarted.check();
    settle(restarted);
    chat(QDate(2026, 7, 23), 60, 5);
    settle(restarted);
    QCOMPARE(m_server->shown().size(), 1);
}

void TestGoalNotifications::doNotDisturbHoldsBack()
{
    QSignalSpy heldBack(m_notifier.get(), &FreedesktopNotifier::heldBack);
    QSignalSpy sent(m_notifier.get(), &FreedesktopNotifier::sent);
    m_server->setInhibited(true);
    // A goal that is already reached today: due at once, but the desktop says do-not-disturb.
    setSetting(settings::kGoals, json(R"([{"category": ["Social"], "type": "atMost", "minutes": 30, "per": "day"},
                                          {"type": "atLeast", "minutes": 20, "per": "day"}])"));
    settle(*m_monitor);
    QTRY_COMPARE(heldBack.size(), 1);
    QVERIFY2(heldBack.first().first().toString().contains(u"Active time"_s),
             qPrintable(heldBack.first().first().toString()));
    QCOMPARE(sent.size(), 0);
    QCOMPARE(m_server->shown().size(), 1);

    // Held back counts as told: not shown later in the same day either.
    m_server->setInhibited(false);
    chat(QDate(2026, 7, 23), 70, 5);
    settle(*m_monitor);
    QCOMPARE(sent.size(), 0);
    QCOMPARE(m_server->shown().size(), 1);
}

void TestGoalNotifications::nextDayNotifiesAgain()
{
    const QDate tomorrow(2026, 7, 24);
    m_fx.clock().advanceSeconds(24 * 3600); // 2026-07-24T10:00Z
    chat(tomorrow, 0, 10);                  // 10 of 20 active minutes, 10 of 30 social
    settle(*m_monitor);
    QCOMPARE(m_server->shown().size(), 1);
    chat(tomorrow, 10, 25); // 35 minutes of both
    settle(*m_monitor);
    QTRY_COMPARE(m_server->shown().size(), 3);
    QStringList summaries;
    for (const ShownNotification &shown : m_server->shown().mid(1))
        summaries.append(shown.summary);
    summaries.sort();
    QVERIFY2(summaries.at(0).contains(u"Active time"_s), qPrintable(summaries.join(u" | "_s)));
    QVERIFY2(summaries.at(1).contains(u"Social"_s), qPrintable(summaries.join(u" | "_s)));
    chat(tomorrow, 40, 5);
    settle(*m_monitor);
    QCOMPARE(m_server->shown().size(), 3);
}

void TestGoalNotifications::daySummaryOnceAtItsTime()
{
    const QDate tomorrow(2026, 7, 24);
    setSetting(settings::kGoalsDaySummary, u"10:30"_s);
    settle(*m_monitor);
    QCOMPARE(m_server->shown().size(), 3); // 10:00: not yet

    m_fx.clock().advanceSeconds(3600); // 11:00
    chat(tomorrow, 50, 5);
    settle(*m_monitor);
    QTRY_COMPARE(m_server->shown().size(), 4);
    const ShownNotification summary = m_server->shown().last();
    // 10 + 25 + 5 + 5 minutes of chat: the only category of the day.
    QVERIFY2(summary.summary.contains(u"45 min"_s), qPrintable(summary.summary));
    QVERIFY2(summary.body.contains(u"Social: 45 min"_s), qPrintable(summary.body));
    QVERIFY2(summary.body.contains(u"1 of 2"_s), qPrintable(summary.body)); // active time met, Social not
    chat(tomorrow, 60, 5);
    settle(*m_monitor);
    QCOMPARE(m_server->shown().size(), 4);
}

QTEST_GUILESS_MAIN(TestGoalNotifications)

#include "TestGoalNotifications.moc"
