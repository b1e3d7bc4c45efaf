// The search window: Ctrl+F opens it from every page of the main window, results come from the
// reading thread with the active time the reports count, a bad regex is shown as such, and
// activating a result opens the Timeline at that moment.
#include "ActivityHistory.h"
#include "Desktop.h"
#include "DurationText.h"
#include "FakeBackends.h"
#include "MainWindow.h"
#include "SearchDialog.h"
#include "TimelinePage.h"
#include "TimelineView.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTest>
#include <QTreeWidget>

using namespace stint;
using namespace stint::test;

class TestSearchDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void ctrlFOpensTheSearchOnEveryPage();
    void resultsAndTheirTimes();
    void invalidRegexIsShown();
    void newTextSupersedesTheSearch();
    void activatingAResultOpensTheTimeline();

private:
    bool searchFor(const QString &text);
    QTreeWidget *results() const { return m_dialog->findChild<QTreeWidget *>(u"searchResults"_s); }
    QLabel *status() const { return m_dialog->findChild<QLabel *>(u"searchStatus"_s); }

    QTemporaryDir m_config;
    std::unique_ptr<QTemporaryDir> m_dir;
    ReportCalendar m_calendar;
    std::shared_ptr<MockClock> m_clock;
    std::unique_ptr<Tracker> m_tracker;
    std::unique_ptr<Desktop> m_desktop;
    SearchDialog *m_dialog = nullptr;
};

namespace {

constexpr qint64 kMinute = ActivityHistory::kMinute;

// Where the history's "mystery-tool" stretch of a day starts: after code, Firefox and (on even days
// back) zoom.
qint64 mysteryStart(const ReportCalendar &calendar, int back)
{
    return ActivityHistory::codeStart(calendar, back) + ActivityHistory::codeDuration(back) + 30 * kMinute
        + (back % 2 == 0 ? 20 * kMinute : 0);
}

} // namespace

void TestSearchDialog::initTestCase()
{
    QVERIFY(m_config.isValid());
    UiFixture::initUiTestCase(m_config);
}

void TestSearchDialog::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_clock = std::make_shared<MockClock>(ActivityHistory::now(m_calendar));
    m_tracker = std::make_unique<Tracker>(DataLocation(m_dir->path(), true), nullptr, m_clock);
    QString error;
    QVERIFY2(m_tracker->start(&error), qPrintable(error));
    QVERIFY(ActivityHistory::write(*m_tracker, m_calendar));
    Fakes fakes = makeFakes(WindowInfo{u"Editor"_s, u"notes.md"_s});
    QVERIFY2(m_tracker->startWatching(std::move(fakes.backends), {}, &error), qPrintable(error));
    m_desktop = std::make_unique<Desktop>(*m_tracker);
    m_desktop->setQuitConfirmation([] { return true; });
    m_desktop->start(false);
    MainWindow &window = m_desktop->mainWindow();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    m_dialog = window.findChild<SearchDialog *>(u"searchDialog"_s);
    QVERIFY(m_dialog);
}

void TestSearchDialog::cleanup()
{
    m_dialog = nullptr;
    m_desktop.reset();
    if (m_tracker)
        m_tracker->shutdown();
    m_tracker.reset();
    m_dir.reset();
}

bool TestSearchDialog::searchFor(const QString &text)
{
    QSignalSpy searched(m_dialog, &SearchDialog::searched);
    m_dialog->findChild<QLineEdit *>(u"searchText"_s)->setText(text);
    m_dialog->search();
    // Wait for the answer to this text (an older one is never shown).
    return QTest::qWaitFor([&] { return searched.count() > 0 && !status()->text().contains(u"…"_s); });
}

void TestSearchDialog::ctrlFOpensTheSearchOnEveryPage()
{
    MainWindow &window = m_desktop->mainWindow();
    window.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    for (int page = 0; page < window.pageCount(); ++page) {
        window.showPage(page);
        QVERIFY(!m_dialog->isVisible());
        QWidget *target = window.focusWidget() ? window.focusWidget() : &window;
        QTest::keyClick(target, Qt::Key_F, Qt::ControlModifier);
        QTRY_VERIFY2(m_dialog->isVisible(), qPrintable(window.currentPage()->title()));
        QTRY_COMPARE(QApplication::focusWidget(), m_dialog->findChild<QLineEdit *>(u"searchText"_s));
        m_dialog->hide();
        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        // Shortcuts go by the focus window, which follows the activation.
        QTRY_COMPARE(QGuiApplication::focusWindow(), window.windowHandle());
    }
}

void TestSearchDialog::resultsAndTheirTimes()
{
    m_dialog->showSearch();
    QVERIFY(searchFor(u"MYSTERY"_s));
    // Ten days of mystery-tool: 180 min today, 5 min on each of the nine days before.
    QTreeWidget *tree = results();
    QCOMPARE(tree->topLevelItemCount(), 1);
    const QTreeWidgetItem *item = tree->topLevelItem(0);
    QCOMPARE(item->text(SearchDialog::AppColumn), u"mystery-tool"_s);
    QCOMPARE(item->text(SearchDialog::TitleColumn), u"Untitled"_s);
    QCOMPARE(item->data(SearchDialog::ActiveColumn, Qt::UserRole).toLongLong(), (180 + 9 * 5) * kMinute);
    QCOMPARE(item->text(SearchDialog::ActiveColumn), DurationText::format((180 + 9 * 5) * kMinute));
    QVERIFY(m_dialog->result());
    const SearchHit &hit = m_dialog->result()->hits.first();
    QCOMPARE(hit.firstSeen, mysteryStart(m_calendar, 9));
    QCOMPARE(hit.lastStart, mysteryStart(m_calendar, 0));
    QCOMPARE(hit.lastSeen, mysteryStart(m_calendar, 0) + 180 * kMinute);
    QVERIFY2(status()->text().contains(u"1 result"_s), qPrintable(status()->text()));

    // The last 7 days: today and six days before.
    QSignalSpy searched(m_dialog, &SearchDialog::searched);
    auto *range = m_dialog->findChild<QComboBox *>(u"searchRange"_s);
    range->setCurrentIndex(range->findData(int(SearchDialog::Range::Last7Days)));
    QTRY_VERIFY(searched.count() > 0 && m_dialog->result());
    QCOMPARE(tree->topLevelItemCount(), 1);
    QCOMPARE(tree->topLevelItem(0)->data(SearchDialog::ActiveColumn, Qt::UserRole).toLongLong(),
             (180 + 6 * 5) * kMinute);

    // Several groups, longest first: code's main.cpp and Firefox's GitHub page.
    range->setCurrentIndex(range->findData(int(SearchDialog::Range::WholeHistory)));
    m_dialog->findChild<QCheckBox *>(u"searchRegex"_s)->setChecked(true);
    QVERIFY(searchFor(u"main\\.cpp|^github"_s));
    QCOMPARE(tree->topLevelItemCount(), 2);
    qint64 code = 0;
    for (int back = 0; back < ActivityHistory::kDays; ++back)
        code += ActivityHistory::codeDuration(back);
    QCOMPARE(tree->topLevelItem(0)->text(SearchDialog::TitleColumn), u"main.cpp"_s);
    QCOMPARE(tree->topLevelItem(0)->data(SearchDialog::ActiveColumn, Qt::UserRole).toLongLong(), code);
    QCOMPARE(tree->topLevelItem(1)->data(SearchDialog::ActiveColumn, Qt::UserRole).toLongLong(),
             ActivityHistory::kDays * 30 * kMinute);
}

void TestSearchDialog::invalidRegexIsShown()
{
    m_dialog->showSearch();
    m_dialog->findChild<QCheckBox *>(u"searchRegex"_s)->setChecked(true);
    QVERIFY(searchFor(u"code("_s));
    QVERIFY2(status()->text().contains(u"invalid regular expression"_s), qPrintable(status()->text()));
    QCOMPARE(results()->topLevelItemCount(), 0);
    QVERIFY(!m_dialog->result());
    // As plain text it is simply not found.
    m_dialog->findChild<QCheckBox *>(u"searchRegex"_s)->setChecked(false);
    QVERIFY(searchFor(u"code("_s));
    QVERIFY(m_dialog->result());
    QCOMPARE(results()->topLevelItemCount(), 0);
}

void TestSearchDialog::newTextSupersedesTheSearch()
{
    m_dialog->showSearch();
    auto *text = m_dialog->findChild<QLineEdit *>(u"searchText"_s);
    // Typing: each change would search after a pause; the last text wins.
    for (const QString &typed : {u"c"_s, u"co"_s, u"cod"_s, u"zoom"_s})
        text->setText(typed);
    m_dialog->search();
    text->setText(u"zoo"_s);
    m_dialog->search();
    QTRY_VERIFY(m_dialog->result() && !m_dialog->result()->hits.isEmpty() && !status()->text().contains(u"…"_s));
    for (const SearchHit &hit : m_dialog->result()->hits)
        QCOMPARE(hit.app, u"zoom"_s);
    // Zoom on the five even days back, 20 min each.
    QCOMPARE(m_dialog->result()->activeTime, 5 * 20 * kMinute);
}

void TestSearchDialog::activatingAResultOpensTheTimeline()
{
    MainWindow &window = m_desktop->mainWindow();
    window.showPage(0);
    m_dialog->showSearch();
    QVERIFY(searchFor(u"mystery"_s));
    QTreeWidget *tree = results();
    QCOMPARE(tree->topLevelItemCount(), 1);
    auto *timeline = window.findChild<TimelinePage *>();
    QVERIFY(timeline);
    const qint64 hour = 60 * kMinute;

    // Enter on a result: the Timeline around the start of its last stretch.
    tree->setFocus();
    tree->setCurrentItem(tree->topLevelItem(0), SearchDialog::AppColumn);
    QTest::keyClick(tree, Qt::Key_Return);
    QTRY_COMPARE(window.currentPage(), timeline);
    const qint64 last = mysteryStart(m_calendar, 0);
    QVERIFY(timeline->view()->visibleRange() == (spans::Period{last - hour, last + hour}));

    // From the "first seen" cell: around the first stretch, nine days back.
    window.showPage(0);
    tree->setCurrentItem(tree->topLevelItem(0), SearchDialog::FirstSeenColumn);
    QTest::keyClick(tree, Qt::Key_Return);
    QTRY_COMPARE(window.currentPage(), timeline);
    const qint64 first = mysteryStart(m_calendar, 9);
    QVERIFY(timeline->view()->visibleRange() == (spans::Period{first - hour, first + hour}));
}

QTEST_MAIN(TestSearchDialog)
#include "TestSearchDialog.moc"
