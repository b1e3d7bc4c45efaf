// Settings → Data → Sync: choosing the folder syncs and lists its computers with their events
// here; hiding one leaves it out of the reports, deleting its copies keeps this computer's data;
// a Syncthing that does not answer is said so.
#include "SyncPanel.h"
#include "UiFixture.h"
#include "reports/ReportEngine.h"
#include "sync/SyncFolderWriter.h"
#include "sync/SyncService.h"

#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>
#include <QTreeWidget>

using namespace stint;
using namespace stint::test;

namespace {

const QString kWindow = u"aw-watcher-window_testhost"_s;

QJsonObject app(const QString &name)
{
    return QJsonObject{{u"app"_s, name}, {u"title"_s, name}};
}

QTreeWidgetItem *row(QTreeWidget *tree, const QString &host)
{
    for (int i = 0; i < tree->topLevelItemCount(); ++i) {
        if (tree->topLevelItem(i)->text(0) == host)
            return tree->topLevelItem(i);
    }
    return nullptr;
}

} // namespace

class TestSyncPanel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { UiFixture::initUiTestCase(m_config); }
    void chooseHideDelete();

private:
    QTemporaryDir m_config;
};

void TestSyncPanel::chooseHideDelete()
{
    // Another computer, "alpha", has written its file into the folder.
    UiFixture alpha;
    QVERIFY(alpha.start());
    QVERIFY(alpha.createBucket(kWindow, u"currentwindow"_s));
    QVERIFY(alpha.record(kWindow, {app(u"Mail"_s), app(u"Editor"_s), app(u"Mail"_s)}, 60));
    QTemporaryDir folder;
    QString error;
    QVERIFY2(SyncFolderWriter(alpha.databasePath()).write(folder.path(), u"alpha"_s, u"a1"_s, nullptr, &error),
             qPrintable(error));

    UiFixture fx;
    QVERIFY(fx.start());
    QVERIFY(fx.createBucket(kWindow, u"currentwindow"_s));
    QVERIFY(fx.record(kWindow, {app(u"Here"_s)}, 60));
    QVERIFY(fx.tracker().startSync({}, &error));
    SyncPanel panel(fx.tracker());
    panel.show();
    auto *label = panel.findChild<QLabel *>(u"syncFolderLabel"_s);
    auto *tree = panel.findChild<QTreeWidget *>(u"syncDevicesTree"_s);
    auto *result = panel.findChild<QLabel *>(u"syncResultLabel"_s);
    auto *syncthing = panel.findChild<QLabel *>(u"syncthingLabel"_s);
    QVERIFY(label && tree && result && syncthing);
    QTRY_VERIFY(label->text().contains(u"off"_s));

    // Syncthing "set up" at a port where nothing answers.
    quint16 closedPort = 0;
    {
        QTcpServer server;
        QVERIFY(server.listen(QHostAddress::LocalHost, 0));
        closedPort = server.serverPort();
    }
    QTemporaryDir syncthingHome;
    QFile config(syncthingHome.filePath(u"config.xml"_s));
    QVERIFY(config.open(QIODevice::WriteOnly));
    config.write(u"<configuration><gui tls=\"false\"><address>127.0.0.1:%1</address><apikey>k</apikey></gui>"
                 "</configuration>"_s.arg(closedPort)
                     .toUtf8());
    config.close();
    panel.setSyncthingConfigFiles({config.fileName()});

    panel.setDirectory(folder.path());
    QTRY_VERIFY_WITH_TIMEOUT(row(tree, u"alpha"_s) && row(tree, u"alpha"_s)->text(3) == u"3"_s, 20'000);
    QVERIFY(label->text().contains(QDir::toNativeSeparators(folder.path())));
    // This computer wrote its own file as well.
    QTRY_VERIFY(row(tree, fx.tracker().syncService()->hostName()));
    QTRY_VERIFY_WITH_TIMEOUT(syncthing->text().contains(u"does not answer"_s), 20'000);
    {
        ReportEngine engine(fx.databasePath());
        QVERIFY(engine.hosts().value_or(QStringList()).contains(u"alpha"_s));
    }

    // Hide: out of the reports, marked in the list.
    row(tree, u"alpha"_s)->setSelected(true);
    auto *hide = panel.findChild<QPushButton *>(u"syncHideButton"_s);
    QVERIFY(hide && hide->isEnabled());
    hide->click();
    QTRY_VERIFY_WITH_TIMEOUT(row(tree, u"alpha"_s) && row(tree, u"alpha"_s)->text(4) == u"hidden"_s, 20'000);
    {
        ReportEngine engine(fx.databasePath());
        QCOMPARE(engine.hosts().value_or(QStringList{u"x"_s}), QStringList{u"testhost"_s});
    }

    // Delete its copies here: this computer's own events stay.
    panel.deleteHost(u"alpha"_s);
    QTRY_VERIFY_WITH_TIMEOUT(row(tree, u"alpha"_s) && row(tree, u"alpha"_s)->text(3) == u"0"_s, 20'000);
    EventReader reader(fx.databasePath());
    QCOMPARE(reader.eventCount(kWindow).value_or(-1), 1);
    QVERIFY(!reader.bucketExists(kWindow + u"-synced-from-alpha"_s).value_or(true));

    // Off again.
    panel.findChild<QPushButton *>(u"syncOffButton"_s)->click();
    QTRY_VERIFY_WITH_TIMEOUT(label->text().contains(u"off"_s) && tree->topLevelItemCount() == 0, 20'000);
}

QTEST_MAIN(TestSyncPanel)
#include "TestSyncPanel.moc"
