// The Raw data page: buckets with the statistics the reader gives, events filtered by text and
// range, and deletions that reach the database only after a confirmation.
#include "BucketTableModel.h"
#include "EventTableModel.h"
#include "MainWindow.h"
#include "RawDataPage.h"
#include "UiFixture.h"
#include "model/Json.h"
#include "model/Timestamp.h"
#include "storage/EventReader.h"
#include "util/DisplayText.h"

#include <QDateTimeEdit>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QTest>

using namespace stint;
using namespace stint::test;

namespace {

const QString kWindows = u"aw-watcher-window_testhost"_s;
const QString kAfk = u"aw-watcher-afk_testhost"_s;

struct Widgets
{
    RawDataPage *page;
    QTableView *buckets;
    QTableView *events;
    QLineEdit *filter;
    QDateTimeEdit *from;
    QDateTimeEdit *to;
    QPushButton *deleteEvents;
    QPushButton *deleteBucket;
};

Widgets widgets(RawDataPage &page)
{
    return {&page,
            page.findChild<QTableView *>(u"bucketsTable"_s),
            page.findChild<QTableView *>(u"eventsTable"_s),
            page.findChild<QLineEdit *>(u"eventFilterEdit"_s),
            page.findChild<QDateTimeEdit *>(u"eventsFromEdit"_s),
            page.findChild<QDateTimeEdit *>(u"eventsToEdit"_s),
            page.findChild<QPushButton *>(u"deleteEventsButton"_s),
            page.findChild<QPushButton *>(u"deleteBucketButton"_s)};
}

QString cell(QTableView *table, int row, int column)
{
    return table->model()->index(row, column).data().toString();
}

} // namespace

class TestRawDataPage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void showsBucketsAndFiltersEvents();
    void deletesOnlyAfterConfirming();
    void sortsTheWholeMatch();
    void controlsFitTheSmallestWindow();

private:
    bool fill(UiFixture &fixture, EventList *windowEvents);
    QTemporaryDir m_config;
};

void TestRawDataPage::initTestCase()
{
    QVERIFY(m_config.isValid());
    UiFixture::initUiTestCase(m_config);
}

bool TestRawDataPage::fill(UiFixture &fixture, EventList *windowEvents)
{
    QList<QJsonObject> windows;
    for (int i = 0; i < 12; ++i)
        windows.append(i % 4 == 0 ? window(u"Writer"_s, u"Quarterly report %1"_s.arg(i))
                                  : window(u"Mail"_s, u"Inbox (%1)"_s.arg(i)));
    const QList<QJsonObject> afk(5, QJsonObject{{u"status"_s, u"not-afk"_s}});
    return fixture.start() && fixture.createBucket(kWindows, u"currentwindow"_s)
        && fixture.createBucket(kAfk, u"afkstatus"_s) && fixture.record(kWindows, windows, 60, windowEvents)
        && fixture.record(kAfk, afk, 120);
}

void TestRawDataPage::showsBucketsAndFiltersEvents()
{
    UiFixture fixture;
    EventList stored;
    QVERIFY(fill(fixture, &stored));
    RawDataPage page(fixture.context());
    const Widgets w = widgets(page);
    QVERIFY(w.buckets && w.events && w.filter && w.from && w.to && w.deleteEvents && w.deleteBucket);
    page.resize(1000, 700);
    page.show();
    page.refresh();

    // The table says what the reader says.
    EventReader reader(fixture.databasePath());
    const auto buckets = reader.buckets();
    QVERIFY(buckets);
    QTRY_COMPARE(w.buckets->model()->rowCount(), int(buckets->size()));
    for (const Bucket &bucket : *buckets) {
        int row = -1;
        for (int r = 0; r < w.buckets->model()->rowCount(); ++r) {
            if (cell(w.buckets, r, BucketTableModel::Id) == bucket.id)
                row = r;
        }
        QVERIFY2(row >= 0, qPrintable(bucket.id));
        QCOMPARE(cell(w.buckets, row, BucketTableModel::Type), bucket.type);
        QCOMPARE(cell(w.buckets, row, BucketTableModel::Host), bucket.hostname);
        QCOMPARE(cell(w.buckets, row, BucketTableModel::Events), QLocale().toString(bucket.eventCount));
        QCOMPARE(cell(w.buckets, row, BucketTableModel::FirstEvent), display::localTime(*bucket.firstStart));
        QCOMPARE(cell(w.buckets, row, BucketTableModel::LastEvent), display::localTime(*bucket.lastEnd));
    }

    page.selectBucket(kWindows);
    QTRY_COMPARE(w.events->model()->rowCount(), 12);
    QCOMPARE(page.selectedBucket(), kWindows);
    // Newest first, as stored.
    QCOMPARE(cell(w.events, 0, EventTableModel::Start), display::localTime(stored.last().start));
    QCOMPARE(cell(w.events, 0, EventTableModel::Id), QString::number(stored.last().id));

    // Text matches any data value, ignoring case: titles 0, 4 and 8.
    w.filter->setText(u"QUARTERLY"_s);
    QTRY_COMPARE(w.events->model()->rowCount(), 3);
    for (int row = 0; row < 3; ++row)
        QVERIFY(cell(w.events, row, EventTableModel::Data).contains(u"Quarterly report"_s));
    w.filter->setText(u"writer"_s); // the app
    QTRY_COMPARE(w.events->model()->rowCount(), 3);
    w.filter->clear();
    QTRY_COMPARE(w.events->model()->rowCount(), 12);

    // A range that covers events 2 to 5 (touching 1 and 6 only at their ends counts as overlap,
    // so stay a second inside).
    w.from->setDateTime(Timestamp::toDateTime(stored.at(2).start + UiFixture::kSecond).toLocalTime());
    w.to->setDateTime(Timestamp::toDateTime(stored.at(5).start + UiFixture::kSecond).toLocalTime());
    QTRY_COMPARE(w.events->model()->rowCount(), 4);
    QCOMPARE(cell(w.events, 3, EventTableModel::Id), QString::number(stored.at(2).id));
    // Shown whole, not cut at the range.
    QCOMPARE(cell(w.events, 3, EventTableModel::Start), display::localTime(stored.at(2).start));
    w.filter->setText(u"report"_s);
    QTRY_COMPARE(w.events->model()->rowCount(), 1); // event 4
    QCOMPARE(cell(w.events, 0, EventTableModel::Id), QString::number(stored.at(4).id));
    auto *count = page.findChild<QLabel *>(u"eventsCountLabel"_s);
    QVERIFY(count);
    QVERIFY2(count->text().contains(u"1 matching event"_s), qPrintable(count->text()));
    QVERIFY(fixture.tracker().shutdown().ok());
}

void TestRawDataPage::deletesOnlyAfterConfirming()
{
    UiFixture fixture;
    EventList stored;
    QVERIFY(fill(fixture, &stored));
    RawDataPage page(fixture.context());
    const Widgets w = widgets(page);
    page.resize(1000, 700);
    page.show();
    page.refresh();
    page.selectBucket(kWindows); // before the buckets have arrived: selected when they do
    QTRY_COMPARE(w.buckets->model()->rowCount(), 2);
    QTRY_COMPARE(w.events->model()->rowCount(), 12);
    QCOMPARE(w.buckets->selectionModel()->selectedRows().size(), 1);
    QCOMPARE(w.buckets->selectionModel()->selectedRows().first().data().toString(), kWindows);
    QVERIFY(!w.deleteEvents->isEnabled());

    QStringList questions;
    bool answer = false;
    page.setConfirmer([&](const QString &question) {
        questions.append(question);
        return answer;
    });
    // Rows 0 and 1 are the two newest events.
    w.events->selectRow(0);
    w.events->selectionModel()->select(w.events->model()->index(1, 0),
                                       QItemSelectionModel::Select | QItemSelectionModel::Rows);
    QVERIFY(w.deleteEvents->isEnabled());
    QTest::mouseClick(w.deleteEvents, Qt::LeftButton);
    QCOMPARE(questions.size(), 1);
    QVERIFY2(questions.first().contains(u"2 event"_s), qPrintable(questions.first()));
    QTest::qWait(100);
    EventReader reader(fixture.databasePath());
    QCOMPARE(reader.eventCount(kWindows), 12); // declined: nothing deleted

    // A commit of other data reads again; the selection survives it.
    QVERIFY(UiFixture::wait(fixture.tracker().datastore().setSetting(u"settings.test"_s, 1)).ok());
    QVERIFY(fixture.commit());
    const int jobs = fixture.context().reports.jobsRun();
    page.refresh();
    QTRY_VERIFY(fixture.context().reports.jobsRun() >= jobs + 2); // the buckets, then the events
    QCoreApplication::sendPostedEvents();
    QCOMPARE(w.events->selectionModel()->selectedRows().size(), 2);

    answer = true;
    QTest::mouseClick(w.deleteEvents, Qt::LeftButton);
    QCOMPARE(questions.size(), 2);
    QTRY_COMPARE(w.events->model()->rowCount(), 10);
    QCOMPARE(reader.eventCount(kWindows), 10);
    const auto left = reader.events(kWindows);
    QVERIFY(left);
    for (const Event &event : *left)
        QVERIFY(event.id != stored.at(10).id && event.id != stored.at(11).id);
    const int windowsRow = static_cast<BucketTableModel *>(w.buckets->model())->rowOf(kWindows);
    QTRY_COMPARE(cell(w.buckets, windowsRow, BucketTableModel::Events), QLocale().toString(10));

    // A whole bucket.
    page.selectBucket(kAfk);
    QTRY_COMPARE(w.events->model()->rowCount(), 5);
    QTest::mouseClick(w.deleteBucket, Qt::LeftButton);
    QCOMPARE(questions.size(), 3);
    QVERIFY2(questions.last().contains(kAfk) && questions.last().contains(u"5 event"_s), qPrintable(questions.last()));
    QTRY_COMPARE(w.buckets->model()->rowCount(), 1);
    QCOMPARE(cell(w.buckets, 0, BucketTableModel::Id), kWindows);
    QVERIFY(!reader.bucket(kAfk));
    QTRY_COMPARE(page.selectedBucket(), kWindows);

    // A deletion the datastore refuses (here: it is closed) is shown, and nothing changes.
    QVERIFY(fixture.tracker().shutdown().ok());
    QTRY_COMPARE(w.events->model()->rowCount(), 10);
    w.events->selectRow(0);
    auto *message = page.findChild<QLabel *>(u"rawDataMessageLabel"_s);
    QVERIFY(message);
    QVERIFY(!message->isVisible());
    QTest::mouseClick(w.deleteEvents, Qt::LeftButton);
    QCOMPARE(questions.size(), 4);
    QTRY_VERIFY(message->isVisible());
    QVERIFY2(message->text().contains(u"Nothing was deleted"_s), qPrintable(message->text()));
    QCOMPARE(reader.eventCount(kWindows), 10);
}

// Sorting by a column orders every matching event, not only the page loaded, and "Show more"
// continues in that order.
void TestRawDataPage::sortsTheWholeMatch()
{
    UiFixture fixture;
    QVERIFY(fixture.start());
    QVERIFY(fixture.createBucket(kWindows, u"currentwindow"_s));
    const int count = RawDataPage::kPageSize * 3 / 2;
    const QStringList apps{u"Zed"_s, u"Mail"_s, u"Writer"_s, u"Atlas"_s, u"Browser"_s, u"Code"_s, u"Terminal"_s};
    EventList events;
    for (int i = 0; i < count; ++i) {
        // Durations, apps and titles spread over the history, unrelated to the start time.
        const qint64 duration = (i * 7919 % 97 + 1) * UiFixture::kSecond;
        const QJsonObject data = window(apps.at(i * 31 % apps.size()), u"Doc %1"_s.arg(i * 613 % count));
        events.append(Event{0, UiFixture::kBase + i * 200 * UiFixture::kSecond, duration, data});
    }
    const WriteResult written = UiFixture::wait(fixture.tracker().datastore().insertEvents(kWindows, events));
    QVERIFY(written.ok());
    QVERIFY(fixture.commit());
    const EventList stored = written.events;
    QCOMPARE(stored.size(), count);

    RawDataPage page(fixture.context());
    const Widgets w = widgets(page);
    auto *showMore = page.findChild<QPushButton *>(u"showMoreEventsButton"_s);
    QVERIFY(showMore);
    page.resize(1000, 700);
    page.show();
    page.refresh();
    page.selectBucket(kWindows);
    QTRY_COMPARE(w.events->model()->rowCount(), RawDataPage::kPageSize);

    const auto shownIds = [&] {
        QList<qint64> ids;
        for (int row = 0; row < w.events->model()->rowCount(); ++row)
            ids.append(cell(w.events, row, EventTableModel::Id).toLongLong());
        return ids;
    };
    // What the whole history gives in that order, ties by id in the same direction.
    const auto expectedIds = [&](int column, Qt::SortOrder order, int rows) {
        const auto less = [column](const Event &x, const Event &y) {
            switch (column) {
            case EventTableModel::Duration:
                return std::pair(x.duration, x.id) < std::pair(y.duration, y.id);
            case EventTableModel::Data: {
                const QString a = json::toCompactText(x.data);
                const QString b = json::toCompactText(y.data);
                return a < b || (a == b && x.id < y.id);
            }
            default:
                return x.start < y.start;
            }
        };
        EventList sorted = stored;
        std::sort(sorted.begin(), sorted.end(), [&](const Event &x, const Event &y) {
            return order == Qt::AscendingOrder ? less(x, y) : less(y, x);
        });
        QList<qint64> ids;
        for (int i = 0; i < rows; ++i)
            ids.append(sorted.at(i).id);
        return ids;
    };
    // Newest first by default.
    QCOMPARE(shownIds(), expectedIds(EventTableModel::Start, Qt::DescendingOrder, RawDataPage::kPageSize));

    const QList<std::pair<int, Qt::SortOrder>> orders{{EventTableModel::Duration, Qt::DescendingOrder},
                                                      {EventTableModel::Data, Qt::AscendingOrder},
                                                      {EventTableModel::Data, Qt::DescendingOrder},
                                                      {EventTableModel::Start, Qt::AscendingOrder}};
    for (const auto &[column, order] : orders) {
        const QList<qint64> expected = expectedIds(column, order, RawDataPage::kPageSize);
        w.events->sortByColumn(column, order);
        QTRY_COMPARE(shownIds(), expected);
    }
    // The data column's order is the apps' (the first key), then the titles'.
    w.events->sortByColumn(EventTableModel::Data, Qt::AscendingOrder);
    QTRY_COMPARE(shownIds(), expectedIds(EventTableModel::Data, Qt::AscendingOrder, RawDataPage::kPageSize));
    QVERIFY(cell(w.events, 0, EventTableModel::Data).contains(u"Atlas"_s));
    QVERIFY(showMore->isVisible());
    QTest::mouseClick(showMore, Qt::LeftButton);
    QTRY_COMPARE(w.events->model()->rowCount(), count);
    QCOMPARE(shownIds(), expectedIds(EventTableModel::Data, Qt::AscendingOrder, count));
    QVERIFY(cell(w.events, count - 1, EventTableModel::Data).contains(u"Zed"_s));
    QVERIFY(!showMore->isVisible());
    QVERIFY(fixture.tracker().shutdown().ok());
}

// In the main window at its smallest, every label and field of the event controls gets the room it
// needs ("To" was cut to "Tc").
void TestRawDataPage::controlsFitTheSmallestWindow()
{
    UiFixture fixture;
    QVERIFY(fixture.start());
    MainWindow window(fixture.context());
    window.addPage(new RawDataPage(fixture.context()));
    window.resize(window.minimumSize());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto *page = window.findChild<RawDataPage *>();
    QVERIFY(page);
    QCOMPARE(window.width(), window.minimumWidth());
    const QList<QLabel *> labels = page->findChildren<QLabel *>();
    int checked = 0;
    for (QLabel *label : labels) {
        if (!label->buddy())
            continue;
        ++checked;
        QVERIFY2(label->width() >= label->sizeHint().width(),
                 qPrintable(u"%1: %2 < %3"_s.arg(label->text()).arg(label->width()).arg(label->sizeHint().width())));
        QVERIFY2(label->buddy()->width() >= label->buddy()->minimumSizeHint().width(), qPrintable(label->text()));
    }
    QCOMPARE(checked, 3); // From, To, Filter
}

QTEST_MAIN(TestRawDataPage)
#include "TestRawDataPage.moc"
