// Settings → Goals and the Activity page's goals card: goals edited in the form are stored as the
// settings API would store them and shown again by a new form; the card shows the goals of the
// period with bars marked met or crossed, from the time recorded.
#include "ActivityPage.h"
#include "Desktop.h"
#include "GoalsCard.h"
#include "GoalsSettings.h"
#include "PeriodNavigator.h"
#include "UiFixture.h"
#ifdef STINT_TEST_PRIVATE_BUS
#include "FakeNotificationServer.h"
#include "PrivateBus.h"
#include "integration/FreedesktopNotifier.h"

#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QThread>
#endif
#include "app/GoalMonitor.h"
#include "settings/SettingKeys.h"
#include "storage/EventReader.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableWidget>
#include <QTest>
#include <QTimeEdit>

using namespace stint;
using namespace stint::test;

namespace {

const QString kWindowBucket = u"aw-watcher-window_testhost"_s;

QJsonValue json(const char *text)
{
    return QJsonDocument::fromJson(QByteArray("[") + text + "]").array().first();
}

template<typename T>
T *cell(QTableWidget *table, int row, int column)
{
    return qobject_cast<T *>(table->cellWidget(row, column));
}

} // namespace

class TestGoalsUi : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void editRoundTrip();
    void duplicateCannotBeSaved();
    void cardShowsProgress();
    void desktopNotifiesOnce();
    void cleanupTestCase();

private:
    QJsonValue stored(QStringView name);
    void setSetting(QStringView name, const QJsonValue &value);

    QTemporaryDir m_config;
#ifdef STINT_TEST_PRIVATE_BUS
    std::unique_ptr<PrivateBus> m_bus;
    QThread m_serverThread;
    FakeNotificationServer *m_server = nullptr;
#endif
    std::unique_ptr<UiFixture> m_fx;
};

void TestGoalsUi::initTestCase()
{
    UiFixture::initUiTestCase(m_config);
#ifdef STINT_TEST_PRIVATE_BUS
    // The window reaches the notification server on the session bus: a private one, with a fake
    // server, before anything opens the session bus.
    if (PrivateBus::isAvailable()) {
        m_bus = std::make_unique<PrivateBus>();
        QString error;
        QVERIFY2(m_bus->start(&error), qPrintable(error));
        qputenv("DBUS_SESSION_BUS_ADDRESS", m_bus->address().toUtf8());
        QDBusConnection serverBus = QDBusConnection::connectToBus(m_bus->address(), u"server"_s);
        QVERIFY(serverBus.interface()->registerService(kNotificationsService).value()
                == QDBusConnectionInterface::ServiceRegistered);
        m_server = new FakeNotificationServer;
        m_server->moveToThread(&m_serverThread);
        connect(&m_serverThread, &QThread::finished, m_server, &QObject::deleteLater);
        m_serverThread.start();
        QVERIFY(
            serverBus.registerObject(kNotificationsPath, m_server,
                                     QDBusConnection::ExportScriptableSlots | QDBusConnection::ExportAllProperties));
    }
#endif
    m_fx = std::make_unique<UiFixture>();
    QVERIFY(m_fx->start());
    setSetting(settings::kCategories, json(R"([{"name": ["Social"], "rule": {"type": "regex", "regex": "chat"}},
                                               {"name": ["Work"], "rule": {"type": "regex", "regex": "code"}}])"));
}

QJsonValue TestGoalsUi::stored(QStringView name)
{
    EventReader reader(m_fx->databasePath());
    return reader.setting(settings::storageKey(name)).value_or(QJsonValue(QJsonValue::Undefined));
}

void TestGoalsUi::setSetting(QStringView name, const QJsonValue &value)
{
    QVERIFY(UiFixture::wait(m_fx->tracker().datastore().setSetting(settings::storageKey(name), value)).ok());
    QVERIFY(m_fx->commit());
}

void TestGoalsUi::editRoundTrip()
{
    GoalsSettings form(m_fx->context());
    QSignalSpy loaded(&form, &GoalsSettings::loaded);
    form.refresh();
    QVERIFY(loaded.wait());
    auto *table = form.findChild<QTableWidget *>(u"goalsTable"_s);
    auto *add = form.findChild<QPushButton *>(u"addGoalButton"_s);
    auto *save = form.findChild<QPushButton *>(u"saveGoalsButton"_s);
    auto *message = form.findChild<QLabel *>(u"goalsMessageLabel"_s);
    QVERIFY(table && add && save && message);
    QCOMPARE(table->rowCount(), 0);
    QVERIFY(!save->isEnabled());

    add->click();
    add->click();
    QCOMPARE(table->rowCount(), 2);
    // The categories offered come from the stored rules.
    auto *category = cell<QComboBox>(table, 0, GoalsSettings::CategoryColumn);
    QVERIFY(category->findText(u"Social"_s) >= 0);
    category->setCurrentIndex(category->findText(u"Social"_s));
    auto *type = cell<QComboBox>(table, 0, GoalsSettings::TypeColumn);
    type->setCurrentIndex(type->findData(int(Goal::Type::AtMost)));
    cell<QSpinBox>(table, 0, GoalsSettings::MinutesColumn)->setValue(30);
    // The second: all active time, at least 40 hours a week.
    cell<QComboBox>(table, 1, GoalsSettings::TypeColumn)->setCurrentIndex(1);
    cell<QSpinBox>(table, 1, GoalsSettings::MinutesColumn)->setValue(2400);
    auto *per = cell<QComboBox>(table, 1, GoalsSettings::PerColumn);
    per->setCurrentIndex(per->findData(int(Goal::Per::Week)));
    form.findChild<QCheckBox *>(u"daySummaryCheck"_s)->setChecked(true);
    form.findChild<QTimeEdit *>(u"daySummaryTimeEdit"_s)->setTime(QTime(18, 45));
    QVERIFY(form.isModified());
    QVERIFY2(save->isEnabled(), qPrintable(message->text()));
    save->click();
    QTRY_COMPARE(message->text(), GoalsSettings::tr("Saved."));
    QVERIFY(!form.isModified());

    const QJsonValue expected = json(R"([{"category": ["Social"], "type": "atMost", "minutes": 30, "per": "day"},
                                         {"type": "atLeast", "minutes": 2400, "per": "week"}])");
    QCOMPARE(stored(settings::kGoals), expected);
    QCOMPARE(stored(settings::kGoalsDaySummary), QJsonValue(u"18:45"_s));

    // A new form shows what was stored, unmodified.
    GoalsSettings again(m_fx->context());
    again.refresh();
    auto *againTable = again.findChild<QTableWidget *>(u"goalsTable"_s);
    QTRY_COMPARE(againTable->rowCount(), 2);
    QCOMPARE(cell<QComboBox>(againTable, 0, GoalsSettings::CategoryColumn)->currentText(), u"Social"_s);
    QCOMPARE(cell<QComboBox>(againTable, 0, GoalsSettings::TypeColumn)->currentData().toInt(), int(Goal::Type::AtMost));
    QCOMPARE(cell<QSpinBox>(againTable, 0, GoalsSettings::MinutesColumn)->value(), 30);
    QCOMPARE(cell<QComboBox>(againTable, 1, GoalsSettings::CategoryColumn)->currentData().toStringList(),
             QStringList());
    QCOMPARE(cell<QComboBox>(againTable, 1, GoalsSettings::PerColumn)->currentData().toInt(), int(Goal::Per::Week));
    QVERIFY(again.findChild<QCheckBox *>(u"daySummaryCheck"_s)->isChecked());
    QCOMPARE(again.findChild<QTimeEdit *>(u"daySummaryTimeEdit"_s)->time(), QTime(18, 45));
    QVERIFY(!again.isModified());

    // Removing one and turning the summary off saves that too; Revert first undoes an edit.
    againTable->selectRow(0);
    again.findChild<QPushButton *>(u"removeGoalButton"_s)->click();
    QCOMPARE(againTable->rowCount(), 1);
    again.findChild<QPushButton *>(u"revertGoalsButton"_s)->click();
    QCOMPARE(againTable->rowCount(), 2);
    QVERIFY(!again.isModified());
    againTable->selectRow(0);
    again.findChild<QPushButton *>(u"removeGoalButton"_s)->click();
    again.findChild<QCheckBox *>(u"daySummaryCheck"_s)->setChecked(false);
    again.findChild<QPushButton *>(u"saveGoalsButton"_s)->click();
    QTRY_COMPARE(again.findChild<QLabel *>(u"goalsMessageLabel"_s)->text(), GoalsSettings::tr("Saved."));
    QVERIFY(!again.isModified());
    QCOMPARE(stored(settings::kGoals), json(R"([{"type": "atLeast", "minutes": 2400, "per": "week"}])"));
    QVERIFY(stored(settings::kGoalsDaySummary).isNull());
}

void TestGoalsUi::duplicateCannotBeSaved()
{
    GoalsSettings form(m_fx->context());
    form.refresh();
    auto *table = form.findChild<QTableWidget *>(u"goalsTable"_s);
    QTRY_COMPARE(table->rowCount(), 1);
    auto *add = form.findChild<QPushButton *>(u"addGoalButton"_s);
    add->click();
    add->click(); // two equal new rows
    auto *message = form.findChild<QLabel *>(u"goalsMessageLabel"_s);
    QVERIFY(!form.findChild<QPushButton *>(u"saveGoalsButton"_s)->isEnabled());
    QVERIFY2(message->text().contains(u"twice"_s), qPrintable(message->text()));
    // A day's goal longer than a day is refused too.
    table->removeRow(2);
    cell<QSpinBox>(table, 1, GoalsSettings::MinutesColumn)->setValue(1441);
    QVERIFY(!form.findChild<QPushButton *>(u"saveGoalsButton"_s)->isEnabled());
    QVERIFY2(message->text().contains(u"1440"_s), qPrintable(message->text()));
}

void TestGoalsUi::cardShowsProgress()
{
    setSetting(settings::kGoals, json(R"([{"category": ["Social"], "type": "atMost", "minutes": 30, "per": "day"},
                                          {"category": ["Work"], "type": "atLeast", "minutes": 60, "per": "day"},
                                          {"type": "atLeast", "minutes": 600, "per": "week"}])"));
    QVERIFY(m_fx->createBucket(kWindowBucket, u"currentwindow"_s));
    // From 10:00 UTC on the fixture's day: 40 minutes of chat, then 20 of code.
    QList<QJsonObject> data(4, window(u"Chat"_s, u"chat"_s));
    data.append(QList<QJsonObject>(2, window(u"Editor"_s, u"code"_s)));
    QVERIFY(m_fx->record(kWindowBucket, data, 600));

    ActivityPage page(m_fx->context());
    page.resize(900, 700);
    page.show();
    page.refresh();
    auto *card = page.findChild<GoalsCard *>(u"goalsCard"_s);
    QVERIFY(card);
    // The day: its two day goals.
    QTRY_COMPARE(card->findChildren<QProgressBar *>(u"goalBar"_s).size(), 2);
    QVERIFY(card->isVisible());
    const auto bars = card->findChildren<QProgressBar *>(u"goalBar"_s);
    const auto names = card->findChildren<QLabel *>(u"goalName"_s);
    const auto figures = card->findChildren<QLabel *>(u"goalFigures"_s);
    QCOMPARE(names.at(0)->text(), u"Social"_s);
    QCOMPARE(figures.at(0)->text(),
             GoalsCard::tr("%1 of %2").arg(u"40 min"_s, GoalsCard::tr("at most %1 a day").arg(u"30 min"_s)));
    QCOMPARE(bars.at(0)->value(), bars.at(0)->maximum()); // over the limit: full
    QCOMPARE(bars.at(0)->property("crossed").toBool(), true);
    QCOMPARE(bars.at(0)->property("met").toBool(), false);
    QCOMPARE(names.at(1)->text(), u"Work"_s);
    QCOMPARE(bars.at(1)->value(), bars.at(1)->maximum() / 3); // 20 of 60 minutes
    QCOMPARE(bars.at(1)->property("met").toBool(), false);

    // The week: the week goal, 60 of 600 minutes.
    page.navigator()->setSpan(PeriodNavigator::Span::Week);
    QTRY_COMPARE(card->findChildren<QLabel *>(u"goalName"_s).size(), 1);
    QCOMPARE(card->findChildren<QLabel *>(u"goalName"_s).first()->text(), GoalMonitor::goalName(Goal{}));
    QCOMPARE(card->findChildren<QProgressBar *>(u"goalBar"_s).first()->value(), 100);

    // A month has no goals: no card.
    page.navigator()->setSpan(PeriodNavigator::Span::Month);
    QTRY_VERIFY(card->isHidden());
}

// The desktop's goal checks: a goal crossed is told once through the session bus's notification
// server, and not again after more commits.
void TestGoalsUi::desktopNotifiesOnce()
{
#ifdef STINT_TEST_PRIVATE_BUS
    if (!m_server)
        QSKIP("needs dbus-daemon for a private session bus");
    QVERIFY(FreedesktopNotifier::isAvailable()); // the session bus is the private one
    Desktop desktop(m_fx->tracker());
    // Checked at the start: 40 minutes of chat today (recorded before) against "Social at most 30
    // minutes a day".
    QTRY_COMPARE(m_server->shown().size(), 1);
    QVERIFY2(m_server->shown().first().summary.contains(u"Social"_s), qPrintable(m_server->shown().first().summary));
    // More chat and more commits (the one of what was notified among them): nothing more.
    const EventList more{
        Event{0, UiFixture::kBase + 3600 * UiFixture::kSecond, 300 * UiFixture::kSecond, window(u"Chat"_s, u"chat"_s)}};
    QVERIFY(UiFixture::wait(m_fx->tracker().datastore().insertEvents(kWindowBucket, more)).ok());
    QVERIFY(m_fx->commit());
    const int checks = desktop.goalMonitor().checks();
    QTRY_VERIFY(desktop.goalMonitor().checks() > checks && !desktop.goalMonitor().isChecking());
    QVERIFY(awaitDelivery(QDBusConnection::sessionBus()));
    QCOMPARE(m_server->shown().size(), 1);
#else
    QSKIP("Linux only: the freedesktop notification service");
#endif
}

void TestGoalsUi::cleanupTestCase()
{
    m_fx.reset();
#ifdef STINT_TEST_PRIVATE_BUS
    m_serverThread.quit();
    m_serverThread.wait();
    QDBusConnection::disconnectFromBus(u"server"_s);
#endif
}

QTEST_MAIN(TestGoalsUi)

#include "TestGoalsUi.moc"
