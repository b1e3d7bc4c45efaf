// Settings → Data → Browser extensions: lists the allowed origins (built-in ones marked, added
// ones removable) and the refused ones; Allow lets an extension in at once, a web site only after
// the confirmation; Remove takes an added one out again.
#include "ApiTestClient.h"
#include "BrowserExtensionsPanel.h"
#include "UiFixture.h"
#include "api/ApiServer.h"
#include "settings/SettingKeys.h"

#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QTreeWidget>

using namespace stint;
using namespace stint::test;

namespace {

const QString kSafari = u"safari-web-extension://3C1FA2D1-0B0E-4A5E-9D1E-51F1E1D3E0AA"_s;
const QString kEvil = u"http://evil.example"_s;

int createBucket(NamClient &client, const QString &origin)
{
    return client
        .send("POST", u"/api/0/buckets/aw-watcher-web-safari"_s,
              R"({"type": "web.tab.current", "client": "aw-client-web", "hostname": "!local"})",
              {{"Origin", origin.toUtf8()}})
        .status;
}

QTreeWidgetItem *row(QTreeWidget *list, const QString &text)
{
    const auto found = list->findItems(text, Qt::MatchExactly, 0);
    return found.isEmpty() ? nullptr : found.first();
}

} // namespace

class TestBrowserExtensionsPanel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { UiFixture::initUiTestCase(m_config); }

    void listAllowAndRemove()
    {
        UiFixture fixture;
        QVERIFY(fixture.start());
        fixture.tracker().startApi({quint16(0), false});
        QCOMPARE(fixture.tracker().apiState(), Tracker::ApiState::Running);
        NamClient client(fixture.tracker().apiServer()->port());

        BrowserExtensionsPanel panel(fixture.context());
        QStringList questions;
        bool answer = false;
        panel.setConfirmer([&](const QString &question) {
            questions.append(question);
            return answer;
        });
        panel.show();
        auto *allowed = panel.findChild<QTreeWidget *>(u"allowedOriginsList"_s);
        auto *refused = panel.findChild<QTreeWidget *>(u"refusedOriginsList"_s);
        auto *allow = panel.findChild<QPushButton *>(u"allowOriginButton"_s);
        auto *remove = panel.findChild<QPushButton *>(u"removeOriginButton"_s);
        QVERIFY(allowed && refused && allow && remove);
        QSignalSpy saved(&panel, &BrowserExtensionsPanel::saved);

        // Built-in origins are listed and marked, and cannot be removed.
        QTreeWidgetItem *firefox = row(allowed, u"moz-extension://*"_s);
        QVERIFY(firefox);
        QCOMPARE(firefox->text(1), u"built in"_s);
        allowed->setCurrentItem(firefox);
        QVERIFY(!remove->isEnabled());
        QCOMPARE(refused->topLevelItemCount(), 0);

        // A refused extension shows up, and one click lets it in.
        QCOMPARE(createBucket(client, kSafari), 403);
        QCOMPARE(createBucket(client, kSafari), 403);
        QTRY_VERIFY(row(refused, kSafari));
        QTRY_COMPARE(row(refused, kSafari)->text(1), u"2"_s);
        QVERIFY(row(refused, kSafari)->text(3).startsWith(u"POST /api/0/buckets/"_s));
        QVERIFY(!allow->isEnabled());
        refused->setCurrentItem(row(refused, kSafari));
        QVERIFY(allow->isEnabled());
        QTest::mouseClick(allow, Qt::LeftButton);
        QTRY_COMPARE(saved.size(), 1);
        QCOMPARE(saved[0][0].toBool(), true);
        QVERIFY(questions.isEmpty());
        QVERIFY(row(allowed, kSafari));
        QCOMPARE(row(allowed, kSafari)->text(1), u"added"_s);
        QVERIFY(!row(refused, kSafari));
        QCOMPARE(createBucket(client, kSafari), 200);

        // A web site needs the confirmation: declined, nothing changes.
        QCOMPARE(createBucket(client, kEvil), 403);
        QTRY_VERIFY(row(refused, kEvil));
        refused->setCurrentItem(row(refused, kEvil));
        QTest::mouseClick(allow, Qt::LeftButton);
        QCOMPARE(questions.size(), 1);
        QVERIFY2(questions[0].contains(u"any page"_s) && questions[0].contains(kEvil), qPrintable(questions[0]));
        QCOMPARE(saved.size(), 1);
        auto stored = fixture.tracker().datastore().setting(settings::storageKey(settings::kApiCors));
        stored.waitForFinished();
        QCOMPARE(stored.result(), QJsonValue(QJsonArray{kSafari}));
        QCOMPARE(createBucket(client, kEvil), 403);
        // ... accepted, it is let in.
        answer = true;
        refused->setCurrentItem(row(refused, kEvil));
        QTest::mouseClick(allow, Qt::LeftButton);
        QTRY_COMPARE(saved.size(), 2);
        QVERIFY(row(allowed, kEvil));
        QCOMPARE(createBucket(client, kEvil), 304);

        // Remove takes an added origin out again, at once.
        allowed->setCurrentItem(row(allowed, kSafari));
        QVERIFY(remove->isEnabled());
        QTest::mouseClick(remove, Qt::LeftButton);
        QTRY_COMPARE(saved.size(), 3);
        QVERIFY(!row(allowed, kSafari));
        QVERIFY(row(allowed, kEvil));
        QCOMPARE(createBucket(client, kSafari), 403);
        QTRY_VERIFY(row(refused, kSafari));
        QVERIFY(fixture.tracker().shutdown().ok());
    }

private:
    QTemporaryDir m_config;
};

QTEST_MAIN(TestBrowserExtensionsPanel)
#include "TestBrowserExtensionsPanel.moc"
