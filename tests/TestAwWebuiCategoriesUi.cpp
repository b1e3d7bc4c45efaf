// Categories edited in aw-webui (posted as the setting "classes" through the HTTP API) show in
// Stint's running window, Settings → Categories and the Activity page, without a restart; an edit
// saved in Stint's window keeps what aw-webui wrote with them (ids, parents of type null).
#include "ActivityHistory.h"
#include "ActivityPage.h"
#include "ApiTestClient.h"
#include "CategoryEditor.h"
#include "Desktop.h"
#include "MainWindow.h"
#include "SettingsPage.h"
#include "api/ApiServer.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QLineEdit>
#include <QPushButton>
#include <QTest>
#include <QTreeWidget>

using namespace stint;
using namespace stint::test;

class TestAwWebuiCategoriesUi : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void awWebuiEditsShowInTheWindow();
};

namespace {

// aw-webui's shape: ids, a parent with a rule of type null, colour and score under data.
const QByteArray kClasses =
    R"([{"data":{"color":"#123456"},"id":0,"name":["Tools"],"rule":{"type":null}},)"
    R"({"id":1,"name":["Tools","Mystery"],"rule":{"ignore_case":true,"regex":"MYSTERY","type":"regex"}},)"
    R"({"data":{"score":1},"id":2,"name":["Meetings"],"rule":{"regex":"zoom","type":"regex"}}])";

QTreeWidgetItem *findItem(QTreeWidget *tree, const QString &name)
{
    const auto items = tree->findItems(name, Qt::MatchExactly | Qt::MatchRecursive);
    return items.isEmpty() ? nullptr : items.first();
}

qint64 ownTime(const Summary &summary, const QStringList &name)
{
    for (const CategoryTotal &node : summary.categories) {
        if (node.name == name)
            return node.own;
    }
    return -1;
}

} // namespace

void TestAwWebuiCategoriesUi::awWebuiEditsShowInTheWindow()
{
    ActivityHistoryFixture fixture;
    QVERIFY(fixture.start());
    fixture.tracker->startApi(Tracker::ApiOverrides{quint16(0), false});
    QVERIFY2(fixture.tracker->apiServer(), qPrintable(fixture.tracker->apiError()));
    NamClient client(fixture.tracker->apiServer()->port());

    Desktop desktop(*fixture.tracker);
    MainWindow &window = desktop.mainWindow();
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto *settings = window.findChild<SettingsPage *>(u"settingsPage"_s);
    auto *activity = window.findChild<ActivityPage *>(u"activityPage"_s);
    QVERIFY(settings && activity);
    window.showPage(window.indexOf(settings));
    settings->showCategoryRules();
    CategoryEditor *editor = settings->categoryEditor();
    auto *tree = settings->findChild<QTreeWidget *>(u"categoryTree"_s);
    QTRY_VERIFY(editor->ruleCount() > 0 && findItem(tree, u"Programming"_s)); // Stint's defaults

    // aw-webui saves its categories: the open editor shows them.
    QCOMPARE(client.post(u"/api/0/settings/classes"_s, kClasses).status, 200);
    QTRY_VERIFY(findItem(tree, u"Mystery"_s));
    QCOMPARE(editor->ruleCount(), 3);
    QVERIFY(!findItem(tree, u"Programming"_s));
    QVERIFY(!editor->isModified());

    // The Activity page counts with them: today's 180 min of mystery-tool, case ignored.
    window.showPage(window.indexOf(activity));
    QTRY_COMPARE(ownTime(activity->summary(), {u"Tools"_s, u"Mystery"_s}), 180 * ActivityHistory::kMinute);
    QCOMPARE(ownTime(activity->summary(), {u"Meetings"_s}), 20 * ActivityHistory::kMinute);

    // An edit in Stint's window: aw-webui's ids and the null parent come back as they were.
    window.showPage(window.indexOf(settings));
    tree->setCurrentItem(findItem(tree, u"Meetings"_s));
    auto *regex = settings->findChild<QLineEdit *>(u"categoryRegexEdit"_s);
    QCOMPARE(regex->text(), u"zoom"_s);
    regex->setText(u"zoom|meet"_s);
    auto *save = settings->findChild<QPushButton *>(u"saveCategoriesButton"_s);
    QVERIFY(save->isEnabled());
    save->click();
    QTRY_VERIFY(!editor->isModified());
    QJsonArray expected = QJsonDocument::fromJson(kClasses).array();
    QJsonObject meetings = expected.at(2).toObject();
    meetings.insert(u"rule"_s,
                    QJsonObject{{u"type"_s, u"regex"_s}, {u"regex"_s, u"zoom|meet"_s}, {u"ignore_case"_s, false}});
    expected.replace(2, meetings);
    QTRY_COMPARE(client.get(u"/api/0/settings/classes"_s).body, QJsonDocument(expected).toJson(QJsonDocument::Compact));
    QVERIFY(fixture.tracker->shutdown().ok());
}

QTEST_MAIN(TestAwWebuiCategoriesUi)
#include "TestAwWebuiCategoriesUi.moc"
