// aw-webui keeps its categories as the setting "classes" (GET/POST /api/0/settings/classes): what it
// posts, in its own shape (ids, parents of type null, extra keys), reads back unchanged and is what
// Stint's reports categorize with; a value Stint could not read is refused with 400, touching nothing.
#include "ApiTestClient.h"
#include "StoreFixture.h"
#include "api/ApiServer.h"
#include "reports/ReportEngine.h"
#include "settings/SettingKeys.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace stint;
using namespace stint::test;

class TestAwWebuiClasses : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void classesReadBackUnchanged();
    void reportsUseThePostedClasses();
    void unusableValuesAreRefused_data();
    void unusableValuesAreRefused();
    void awWebuiDefaultSettingsAreAccepted();

private:
    std::unique_ptr<StoreFixture> m_fixture;
    std::unique_ptr<ApiServer> m_server;
    std::unique_ptr<NamClient> m_client;
};

namespace {

// As aw-webui's settings store posts "classes": each category with its id, parents with a rule of
// type null, colours and scores under data, and keys Stint does not use. Written with the keys in
// the order Stint's JSON writer uses (sorted), compact, so it must come back byte for byte.
const QByteArray kClasses =
    R"([{"data":{"color":"#0F0","score":2},"id":0,"name":["Work"],"rule":{"regex":"Google Docs|libreoffice|ReText","type":"regex"}},)"
    R"({"id":1,"name":["Work","Programming"],"rule":{"ignore_case":true,"regex":"\\bvim\\b|GitHub|Stack Overflow","type":"regex"}},)"
    R"({"data":{"color":"#9FF"},"id":2,"name":["Comms"],"rule":{"type":null}},)"
    R"({"id":3,"name":["Comms","IM"],"rule":{"ignore_case":false,"regex":"Telegram|Signal","type":"regex"}},)"
    R"({"data":{"color":"#F33","score":-1.5},"id":4,"name":["Médias 🎬","Vidéo"],"rule":{"regex":"YouTube|\"Plex\"","type":"regex"}},)"
    R"({"data":{"color":"#CCC"},"id":5,"name":["Uncategorized"],"rule":{"type":null}},)"
    R"({"extra":{"nested":[1,2.5,"x",null,false]},"id":6,"name":["Other"],"rule":{"type":"none"}}])";

} // namespace

void TestAwWebuiClasses::init()
{
    m_fixture = std::make_unique<StoreFixture>();
    QVERIFY(m_fixture->openWithBucket());
    ApiOptions options;
    options.address = QHostAddress(QHostAddress::LocalHost);
    options.port = 0;
    options.hostname = u"testhost"_s;
    options.deviceId = u"device-1"_s;
    options.clock = m_fixture->clockPtr();
    m_server = std::make_unique<ApiServer>(m_fixture->store(), m_fixture->path(), options);
    QString error;
    QVERIFY2(m_server->start(&error), qPrintable(error));
    m_client = std::make_unique<NamClient>(m_server->port());
}

void TestAwWebuiClasses::cleanup()
{
    m_client.reset();
    m_server.reset();
    m_fixture.reset();
}

void TestAwWebuiClasses::classesReadBackUnchanged()
{
    QCOMPARE(m_client->post(u"/api/0/settings/classes"_s, kClasses).status, 200);
    const HttpAnswer one = m_client->get(u"/api/0/settings/classes"_s);
    QCOMPARE(one.status, 200);
    QCOMPARE(one.body, kClasses);
    // In the list of all settings, the same value.
    const QJsonObject all = m_client->get(u"/api/0/settings/"_s).json().toObject();
    QCOMPARE(QJsonDocument(all.value(u"classes"_s).toArray()).toJson(QJsonDocument::Compact), kClasses);
    // And where Stint's window and reports read it.
    EventReader reader(m_fixture->path());
    const auto stored = reader.setting(settings::storageKey(settings::kCategories));
    QVERIFY(stored);
    QCOMPARE(QJsonDocument(stored->toArray()).toJson(QJsonDocument::Compact), kClasses);

    // aw-webui posts the list again after an edit: the new value replaces the old whole.
    QJsonArray edited = QJsonDocument::fromJson(kClasses).array();
    QJsonObject programming = edited.at(1).toObject();
    programming.insert(u"name"_s, QJsonArray{u"Work"_s, u"Coding"_s});
    edited.replace(1, programming);
    QCOMPARE(m_client->postJson(u"/api/0/settings/classes"_s, edited).status, 200);
    QCOMPARE(m_client->get(u"/api/0/settings/classes"_s).json().toArray(), edited);
}

void TestAwWebuiClasses::reportsUseThePostedClasses()
{
    QCOMPARE(m_client->post(u"/api/0/settings/classes"_s, kClasses).status, 200);
    const EventList events{at(0, 600, win(u"kitty"_s, u"main.cpp - VIM"_s)),
                           at(600, 900, win(u"Telegram"_s, u"Chat"_s)), at(900, 1000, win(u"telegram"_s, u"Chat"_s)),
                           at(1000, 1300, win(u"mpv"_s, u"\"Plex\""_s))};
    QVERIFY(await(m_fixture->store().insertEvents(kWindowBucket, events)).ok());
    QVERIFY(await(m_fixture->store().forceCommit()).ok());
    ReportEngine engine(m_fixture->path(), QTimeZone::utc());
    QVERIFY2(engine.loadSettings(), qPrintable(engine.error()));
    const auto summary = engine.summary({kBaseTime, kBaseTime + 3600 * kSecond});
    QVERIFY(summary);
    QHash<QStringList, qint64> own;
    for (const CategoryTotal &node : summary->categories)
        own.insert(node.name, node.own);
    QCOMPARE(own.value({u"Work"_s, u"Programming"_s}), 600 * kSecond); // ignore_case: VIM
    QCOMPARE(own.value({u"Comms"_s, u"IM"_s}), 300 * kSecond);         // case kept: not "telegram"
    QCOMPARE(own.value({u"Uncategorized"_s}), 100 * kSecond);
    QCOMPARE(own.value({u"Médias 🎬"_s, u"Vidéo"_s}), 300 * kSecond);
    // Colour and score come from the posted data, inherited by the child.
    const int video = engine.categories().match(win(u"mpv"_s, u"\"Plex\""_s));
    QCOMPARE(engine.categories().colorOf(video), u"#F33"_s);
    QCOMPARE(engine.categories().scoreOf(video), -1.5);
    QCOMPARE(engine.categories().scoreOf(engine.categories().match(win(u"kitty"_s, u"vim"_s))), 2.0);
}

void TestAwWebuiClasses::unusableValuesAreRefused_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("why");
    QTest::newRow("bad regex") << u"classes"_s
                               << QByteArray(R"([{"id":0,"name":["Work"],"rule":{"type":"regex","regex":"(("}}])")
                               << u"invalid regex"_s;
    QTest::newRow("name not strings") << u"classes"_s << QByteArray(R"([{"id":0,"name":[1],"rule":{"type":"none"}}])")
                                      << u"name"_s;
    QTest::newRow("no name") << u"classes"_s << QByteArray(R"([{"id":0,"rule":{"type":"none"}}])") << u"name"_s;
    QTest::newRow("unknown type") << u"classes"_s
                                  << QByteArray(R"([{"name":["A"],"rule":{"type":"glob","regex":"a*"}}])") << u"glob"_s;
    QTest::newRow("rule not an object") << u"classes"_s << QByteArray(R"([{"name":["A"],"rule":"a"}])") << u"rule"_s;
    QTest::newRow("empty regex") << u"classes"_s << QByteArray(R"([{"name":["A"],"rule":{"type":"regex","regex":""}}])")
                                 << u"regex"_s;
    QTest::newRow("not a list") << u"classes"_s << QByteArray(R"({"name":["A"]})") << u"list"_s;
    QTest::newRow("start of day") << u"startOfDay"_s << QByteArray(R"("25:99")") << u"startOfDay"_s;
    QTest::newRow("start of week") << u"startOfWeek"_s << QByteArray(R"("Funday")") << u"startOfWeek"_s;
    QTest::newRow("always active") << u"always_active_pattern"_s << QByteArray(R"("((")") << u"always_active_pattern"_s;
}

void TestAwWebuiClasses::unusableValuesAreRefused()
{
    QFETCH(QString, key);
    QFETCH(QByteArray, body);
    QFETCH(QString, why);
    const QString path = u"/api/0/settings/"_s + key;
    const QByteArray before = key == u"classes"_s ? kClasses : QByteArray(R"("05:00")");
    if (key != u"startOfWeek"_s && key != u"always_active_pattern"_s)
        QCOMPARE(m_client->post(path, before).status, 200);
    const QByteArray stored = m_client->get(path).body;
    const HttpAnswer refused = m_client->post(path, body);
    QCOMPARE(refused.status, 400);
    QVERIFY2(refused.message().contains(key) && refused.message().contains(why), qPrintable(refused.message()));
    QCOMPARE(m_client->get(path).body, stored);
    // Still readable by the reports.
    ReportEngine engine(m_fixture->path());
    QVERIFY2(engine.loadSettings(), qPrintable(engine.error()));
}

void TestAwWebuiClasses::awWebuiDefaultSettingsAreAccepted()
{
    // What aw-webui's settings store posts on its first save.
    for (const auto &[key, value] :
         {std::pair{u"startOfDay"_s, QByteArray(R"("04:00")")}, std::pair{u"startOfWeek"_s, QByteArray(R"("Monday")")},
          std::pair{u"always_active_pattern"_s, QByteArray(R"("")")}, std::pair{u"classes"_s, QByteArray("[]")},
          std::pair{u"durationDefault"_s, QByteArray("14400")}, std::pair{u"theme"_s, QByteArray(R"("auto")")}}) {
        QCOMPARE(m_client->post(u"/api/0/settings/"_s + key, value).status, 200);
        QCOMPARE(m_client->get(u"/api/0/settings/"_s + key).body, value);
    }
    ReportEngine engine(m_fixture->path());
    QVERIFY2(engine.loadSettings(), qPrintable(engine.error()));
    QCOMPARE(engine.calendar().startOfDay(), QTime(4, 0));
    // Deleting the categories is allowed (Stint then uses its defaults).
    QCOMPARE(m_client->del(u"/api/0/settings/classes"_s).status, 200);
    QVERIFY(m_client->get(u"/api/0/settings/classes"_s).json().isNull());
}

QTEST_GUILESS_MAIN(TestAwWebuiClasses)
#include "TestAwWebuiClasses.moc"
