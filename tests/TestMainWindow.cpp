// The main window shell opens, says where the data is, and follows the worker's commits.
#include "MainWindow.h"
#include "MockClock.h"
#include "app/Tracker.h"

#include <QLabel>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>

using namespace stint;
using namespace Qt::StringLiterals;

class TestMainWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void showsLocationAndSaveState();
};

void TestMainWindow::showsLocationAndSaveState()
{
    QTemporaryDir dir;
    Tracker tracker(DataLocation(dir.path(), true));
    QString error;
    QVERIFY2(tracker.start(&error), qPrintable(error));
    MainWindow window(tracker);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QCOMPARE(window.objectName(), u"mainWindow"_s);

    auto *location = window.findChild<QLabel *>(u"dataLocationLabel"_s);
    QVERIFY(location);
    QVERIFY(location->text().contains(QDir::toNativeSeparators(dir.filePath(u"stint-testing.db"_s))));
    QVERIFY(window.findChild<QPushButton *>(u"openDataFolderButton"_s));
    auto *saveState = window.findChild<QLabel *>(u"saveStateLabel"_s);
    QVERIFY(saveState);
    QCOMPARE(saveState->text(), u"Nothing recorded yet"_s);

    Bucket bucket;
    bucket.id = u"aw-watcher-window_testhost"_s;
    bucket.type = u"currentwindow"_s;
    bucket.client = u"stint-tests"_s;
    bucket.hostname = u"testhost"_s;
    QFuture<WriteResult> created = tracker.datastore().createBucket(bucket);
    created.waitForFinished();
    QVERIFY(created.result().ok());
    QTRY_COMPARE(saveState->text(), u"All changes saved (write #%1)"_s.arg(created.result().seq));
    QVERIFY(window.minimumSize().width() >= 400);
}

QTEST_MAIN(TestMainWindow)
#include "TestMainWindow.moc"
