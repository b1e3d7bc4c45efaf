// Timers and entries by hand through the window and the tray: the Manual time dialog starts a timer
// (stopping the running one unless kept) and stops it; the tray's timer menu starts a recent label
// again; a right-drag over the Timeline adds an entry, which appears as its own lane and can be
// deleted from there. What each writes is checked in the database.
#include "ActivityHistory.h"
#include "ManualEntryDialog.h"
#include "ManualTimeClient.h"
#include "ManualTimeDialog.h"
#include "TimelinePage.h"
#include "TimelineView.h"
#include "TimerMenu.h"
#include "TrayIcon.h"
#include "manual/ManualTime.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

#include <optional>

using namespace stint;
using namespace stint::test;

namespace {
constexpr qint64 kSecond = 1'000'000'000;
} // namespace

class TestManualTimeUi : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_history.start()); }
    void init() { m_history.clock->advanceSeconds(3600); }

    void dialogStartsAndStopsTimers()
    {
        ManualTimeDialog dialog(m_history.context());
        dialog.show();
        QTRY_VERIFY(dialog.client()->hasState());
        auto *label = dialog.findChild<QComboBox *>(u"timerLabel"_s);
        auto *start = dialog.findChild<QPushButton *>(u"startTimerButton"_s);
        QVERIFY(label && start);
        label->setCurrentText(u"Focus"_s);
        start->click();
        QTRY_COMPARE(labels(running()), QStringList{u"Focus"_s});
        QCOMPARE(running().first().start, m_history.clock->nowNanos());

        // Another one stops the first ...
        m_history.clock->advanceSeconds(600);
        label->setCurrentText(u"Break"_s);
        start->click();
        QTRY_COMPARE(labels(running()), QStringList{u"Break"_s});
        const ManualEntry focus = entryLabelled(u"Focus"_s);
        QCOMPARE(focus.running, false);
        QCOMPARE(focus.end - focus.start, qint64(600) * kSecond);
        // ... unless the user keeps it going.
        dialog.findChild<QCheckBox *>(u"keepRunningBox"_s)->setChecked(true);
        label->setCurrentText(u"Call"_s);
        start->click();
        QTRY_COMPARE(labels(running()), (QStringList{u"Break"_s, u"Call"_s}));
        // The list shows them; Stop stops every running timer when none is selected.
        QTRY_VERIFY(dialog.findChild<QPushButton *>(u"stopTimerButton"_s)->isEnabled());
        m_history.clock->advanceSeconds(60);
        dialog.findChild<QPushButton *>(u"stopTimerButton"_s)->click();
        QTRY_VERIFY(running().isEmpty());
        QCOMPARE(entryLabelled(u"Call"_s).end - entryLabelled(u"Call"_s).start, qint64(60) * kSecond);
    }

    void trayStartsARecentLabel()
    {
        // A label used before, written as the window would.
        ManualTimeClient writer(m_history.context());
        ManualEntry before;
        before.start = m_history.clock->nowNanos() - 1200 * kSecond;
        before.end = before.start + 600 * kSecond;
        before.label = u"Focus"_s;
        QSignalSpy written(&writer, &ManualTimeClient::written);
        writer.save({before});
        QTRY_COMPARE(written.size(), 1);
        QCOMPARE(written.first().first().toString(), QString());

        TrayIcon tray(m_history.context());
        TimerMenu *menu = tray.timerMenu();
        QVERIFY(menu);
        QVERIFY(tray.menu()->actions().contains(menu->menuAction()));
        QTRY_VERIFY(menu->client()->hasState() && !menu->client()->state().recentLabels.isEmpty());
        Q_EMIT menu->aboutToShow();
        QAction *recent = nullptr;
        for (QAction *action : menu->actions()) {
            if (action->objectName() == u"startRecentAction"_s && action->text().contains(u"Focus"_s))
                recent = action;
        }
        QVERIFY(recent);
        recent->trigger();
        QTRY_COMPARE(labels(running()), QStringList{u"Focus"_s});
        QTRY_VERIFY(menu->findChild<QAction *>(u"stopTimerAction"_s));
        Q_EMIT menu->aboutToShow();
        QAction *stop = menu->findChild<QAction *>(u"stopTimerAction"_s);
        QVERIFY2(stop->text().contains(u"Focus"_s), qPrintable(stop->text()));
        stop->trigger();
        QTRY_VERIFY(running().isEmpty());
    }

    void timelineDragAddsAnEntry()
    {
        TimelinePage page(m_history.context());
        QSignalSpy shown(&page, &TimelinePage::shown);
        page.resize(1000, 500);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        page.refresh();
        QTRY_VERIFY(!shown.isEmpty());
        TimelineView *view = page.view();
        // An hour ago to half an hour ago, on the first lane.
        const qint64 now = m_history.clock->nowNanos();
        view->setVisibleRange({now - 4 * 3600 * kSecond, now + 600 * kSecond});
        const int y = view->laneRect(0).center().y();
        const QPoint from(int(view->xOf(now - 3600 * kSecond)), y);
        const QPoint to(int(view->xOf(now - 1800 * kSecond)), y);
        QTest::mousePress(view, Qt::RightButton, {}, from);
        QTest::mouseMove(view, to);
        QTest::mouseRelease(view, Qt::RightButton, {}, to);
        const spans::Period chosen = view->selection();
        QVERIFY(std::abs(chosen.start - (now - 3600 * kSecond)) < 120 * kSecond);
        QMenu *menu = page.findChild<QMenu *>(u"timelineMenu"_s);
        QVERIFY(menu);
        QAction *add = menu->findChild<QAction *>(u"addEntryAction"_s);
        QVERIFY(add);
        add->trigger();
        menu->close();
        ManualEntryDialog *editor = nullptr;
        QTRY_VERIFY((editor = page.findChild<ManualEntryDialog *>()));
        editor->findChild<QComboBox *>(u"entryLabel"_s)->setCurrentText(u"Workshop"_s);
        const ManualEntry expected = editor->entry();
        QCOMPARE(expected.start % (60 * kSecond), 0);
        QVERIFY(std::abs(expected.start - chosen.start) <= 30 * kSecond);
        QVERIFY(std::abs(expected.end - chosen.end) <= 30 * kSecond);
        editor->accept();
        QTRY_VERIFY(hasEntry(u"Workshop"_s));
        QCOMPARE(entryLabelled(u"Workshop"_s).start, expected.start);
        QCOMPARE(entryLabelled(u"Workshop"_s).end, expected.end);

        // It shows as a lane of its own, titled Manual time; its right-click menu deletes it. The
        // lane can show earlier entries before the page has read this one, so wait for this one.
        const qint64 workshopId = entryLabelled(u"Workshop"_s).id;
        int lane = -1;
        const auto shownItem = [&]() -> std::optional<TimelineView::Item> {
            if ((lane = laneOf(*view, ManualEntry::kBucketId)) < 0)
                return std::nullopt;
            for (const TimelineView::Item &item : view->data().lanes.at(lane).items) {
                if (item.id == workshopId)
                    return item;
            }
            return std::nullopt;
        };
        QTRY_VERIFY(shownItem());
        QCOMPARE(TimelineView::laneTitle(view->data().lanes.at(lane)), u"Manual time"_s);
        const TimelineView::Item item = *shownItem();
        const QPoint on(int(view->xOf(item.start + (item.end - item.start) / 2)), view->laneRect(lane).center().y());
        QTest::mousePress(view, Qt::RightButton, {}, on);
        QTest::mouseRelease(view, Qt::RightButton, {}, on);
        QMenu *entryMenu = nullptr;
        QTRY_VERIFY((entryMenu = findMenuWith(page, u"deleteEntryAction"_s)));
        entryMenu->findChild<QAction *>(u"deleteEntryAction"_s)->trigger();
        QTRY_VERIFY(!hasEntry(u"Workshop"_s));
    }

private:
    ManualEntryList all() const
    {
        EventReader reader(m_history.tracker->location().databasePath());
        QString error;
        return ManualTime::read(reader, 0, m_history.clock->nowNanos() + 86'400 * kSecond, -1, &error)
            .value_or(ManualEntryList());
    }
    ManualEntryList running() const
    {
        ManualEntryList list = all();
        list.removeIf([](const ManualEntry &entry) { return !entry.running; });
        return list;
    }
    static QStringList labels(const ManualEntryList &entries)
    {
        QStringList list;
        for (const ManualEntry &entry : entries)
            list << entry.label;
        list.sort();
        return list;
    }
    bool hasEntry(const QString &label) const { return labels(all()).contains(label); }
    ManualEntry entryLabelled(const QString &label) const
    {
        for (const ManualEntry &entry : all()) {
            if (entry.label == label)
                return entry;
        }
        return {};
    }
    static int laneOf(const TimelineView &view, const QString &bucketId)
    {
        for (int i = 0; i < view.data().lanes.size(); ++i) {
            if (view.data().lanes.at(i).bucketId == bucketId)
                return i;
        }
        return -1;
    }
    static QMenu *findMenuWith(QWidget &page, const QString &action)
    {
        for (QMenu *menu : page.findChildren<QMenu *>()) {
            if (menu->findChild<QAction *>(action))
                return menu;
        }
        return nullptr;
    }

    ActivityHistoryFixture m_history;
};

QTEST_MAIN(TestManualTimeUi)
#include "TestManualTimeUi.moc"
