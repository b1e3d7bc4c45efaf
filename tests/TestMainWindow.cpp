// The main window shell: pages in a list, refreshed on commits only while visible, the save state
// in the status bar, geometry and last page remembered.
#include "MainWindow.h"
#include "Page.h"
#include "UiFixture.h"
#include "app/Tracker.h"
#include "reports/ReportThread.h"

#include <QLabel>
#include <QListWidget>
#include <QSettings>
#include <QStackedWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace stint;
using namespace Qt::StringLiterals;

namespace {

class CountingPage final : public Page
{
public:
    explicit CountingPage(QString title)
        : m_title(std::move(title))
    {
        setObjectName(m_title);
    }
    QString title() const override { return m_title; }
    QIcon icon() const override { return {}; }
    void refresh() override { ++refreshes; }

    int refreshes = 0;

private:
    QString m_title;
};

Bucket windowBucket()
{
    Bucket bucket;
    bucket.id = u"aw-watcher-window_testhost"_s;
    bucket.type = u"currentwindow"_s;
    bucket.client = u"stint-tests"_s;
    bucket.hostname = u"testhost"_s;
    return bucket;
}

} // namespace

class TestMainWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void pagesRefreshOnCommitWhileVisible();
    void remembersLastPage();

private:
    QTemporaryDir m_config;
};

void TestMainWindow::initTestCase()
{
    QVERIFY(m_config.isValid());
    stint::test::UiFixture::initUiTestCase(m_config);
}

void TestMainWindow::pagesRefreshOnCommitWhileVisible()
{
    QTemporaryDir dir;
    Tracker tracker(DataLocation(dir.path(), true));
    QString error;
    QVERIFY2(tracker.start(&error), qPrintable(error));
    ReportThread reports(tracker.location().databasePath());
    MainWindow window(UiContext{tracker, reports, tracker.clock()});
    auto *first = new CountingPage(u"First"_s);
    auto *second = new CountingPage(u"Second"_s);
    window.addPage(first);
    window.addPage(second);
    QCOMPARE(first->refreshes, 0); // not visible yet

    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QCOMPARE(first->refreshes, 1);
    QCOMPARE(second->refreshes, 0);
    QVERIFY(window.minimumSize().width() >= 640);

    auto *saveState = window.findChild<QLabel *>(u"saveStateLabel"_s);
    QVERIFY(saveState);
    QCOMPARE(saveState->text(), u"Nothing recorded yet"_s);
    QFuture<WriteResult> created = tracker.datastore().createBucket(windowBucket());
    created.waitForFinished();
    QVERIFY(created.result().ok());
    QTRY_COMPARE(saveState->text(), u"All changes saved (write #%1)"_s.arg(created.result().seq));
    QCOMPARE(first->refreshes, 2);
    QCOMPARE(second->refreshes, 0);

    // Switching pages reads the newly shown one once; switching back reads nothing new.
    auto *navigation = window.findChild<QListWidget *>(u"navigation"_s);
    QVERIFY(navigation);
    QCOMPARE(navigation->count(), 2);
    navigation->setCurrentRow(1);
    QCOMPARE(window.currentPage(), second);
    QCOMPARE(second->refreshes, 1);
    window.showPage(0);
    QCOMPARE(first->refreshes, 2);

    // Hidden, a commit only marks the pages stale; showing the window reads the current one.
    window.hide();
    QFuture<CommitResult> commit = tracker.datastore().forceCommit();
    QFuture<WriteResult> settingWrite = tracker.datastore().setSetting(u"settings.test"_s, 1);
    settingWrite.waitForFinished();
    // The window has seen the commit (its status line says so) and still read nothing.
    QTRY_COMPARE(saveState->text(), u"All changes saved (write #%1)"_s.arg(settingWrite.result().seq));
    QCOMPARE(first->refreshes, 2);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QCOMPARE(first->refreshes, 3);
    QCOMPARE(second->refreshes, 1);
    QVERIFY(tracker.shutdown().ok());
}

void TestMainWindow::remembersLastPage()
{
    QTemporaryDir dir;
    Tracker tracker(DataLocation(dir.path(), true));
    QString error;
    QVERIFY2(tracker.start(&error), qPrintable(error));
    ReportThread reports(tracker.location().databasePath());
    {
        MainWindow window(UiContext{tracker, reports, tracker.clock()});
        window.addPage(new CountingPage(u"First"_s));
        window.addPage(new CountingPage(u"Second"_s));
        window.resize(900, 640);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.showPage(1);
        window.close();
    }
    MainWindow again(UiContext{tracker, reports, tracker.clock()});
    again.addPage(new CountingPage(u"First"_s));
    again.addPage(new CountingPage(u"Second"_s));
    again.restoreLastPage();
    QCOMPARE(again.currentPage()->objectName(), u"Second"_s);
    QCOMPARE(again.size(), QSize(900, 640));
    QVERIFY(tracker.shutdown().ok());
}

QTEST_MAIN(TestMainWindow)
#include "TestMainWindow.moc"
