// The settings route checks every setting Stint reads before storing it: a valid value comes back
// exactly as sent, a value of the wrong shape gets 400 naming the setting and leaves the stored
// one as it was; settings Stint does not read (aw-webui's own) come back byte for byte.
#include "ApiTestClient.h"
#include "StoreFixture.h"
#include "api/ApiServer.h"

#include <QFile>
#include <QLoggingCategory>
#include <QRegularExpression>

using namespace stint;
using namespace stint::test;

namespace {

// Each setting Stint reads: a valid value and one of the wrong shape, both as sent (compact, keys
// sorted: the way the server writes JSON, so a byte-for-byte comparison is fair).
struct Case
{
    const char *key;
    QByteArray valid;
    QByteArray wrong;
};

const QList<Case> &cases()
{
    static const QList<Case> all{
        {"classes", R"([{"name":["Work"],"rule":{"regex":"Editor","type":"regex"}}])", R"({"name":["Work"]})"},
        {"startOfDay", R"("05:30")", "530"},
        {"startOfWeek", R"("Sunday")", "0"},
        {"always_active_pattern", R"("zoom|meet")", R"(["zoom"])"},
        {"stint.alwaysActive", R"([{"app":"zoom","title":""}])", R"("zoom")"},
        {"stint.privacyRules", R"([{"action":"drop","app":"keepassxc","title":""}])", R"({"app":"keepassxc"})"},
        {"stint.afkTimeoutSeconds", "300", R"("300")"},
        {"stint.pollIntervalSeconds", "0.5", "true"},
        {"stint.pause", R"({"since":"2026-07-23T10:00:00Z","until":null})", R"({"since":"yesterday"})"},
        {"stint.api.enabled", "false", R"("no")"},
        {"stint.api.port", "5601", R"("5601")"},
        {"stint.api.key", R"("s3cret")", "123"},
        {"stint.maxPendingBytes", "1048576", R"("1 MiB")"},
        {"stint.api.cors", R"(["chrome-extension://abcdefghijklmnop"])", R"("chrome-extension://abcdefghijklmnop")"},
        {"stint.api.corsRegex", R"(["^moz-extension://[0-9a-f-]+$"])", "5"},
        {"stint.api.notifiedOrigins", R"(["chrome-extension://abcdefghijklmnop"])", "[1]"},
        {"stint.goals", R"([{"category":["Social"],"minutes":30,"per":"day","type":"atMost"}])", R"("30 min")"},
        {"stint.goals.daySummary", R"("18:00")", "18"},
        {"stint.goals.notified", R"({"daySummary":"2026-07-23"})", R"(["2026-07-23"])"},
        {"stint.sync.dir", R"("/home/me/Sync/stint")", R"(["/home/me/Sync"])"},
        {"stint.sync.intervalSeconds", "600", R"("600")"},
        {"stint.sync.deviceId", R"("0b7c1f4e-device")", "{}"},
        {"stint.sync.hiddenHosts", R"(["old-laptop"])", R"("old-laptop")"},
    };
    return all;
}

} // namespace

class TestApiSettings : public QObject
{
    Q_OBJECT

private:
    StoreFixture m_fixture;
    std::unique_ptr<ApiServer> m_server;
    std::unique_ptr<NamClient> m_client;

    QByteArray stored(const QString &key) { return m_client->get(u"/api/0/settings/"_s + key).body.trimmed(); }

private Q_SLOTS:
    void initTestCase()
    {
        QLoggingCategory::setFilterRules(u"stint.*.info=false"_s);
        QVERIFY(m_fixture.open());
        ApiOptions options;
        options.port = 0;
        options.hostname = u"testhost"_s;
        options.clock = m_fixture.clockPtr();
        m_server = std::make_unique<ApiServer>(m_fixture.store(), m_fixture.path(), options);
        QString error;
        QVERIFY2(m_server->start(&error), qPrintable(error));
        m_client = std::make_unique<NamClient>(m_server->port());
    }

    // Every stint.* setting declared for Stint to read has a case here.
    void everyStintSettingIsCovered()
    {
        QFile keys(QStringLiteral(STINT_SETTING_KEYS));
        QVERIFY(keys.open(QIODevice::ReadOnly));
        static const QRegularExpression declared(u"QStringView k\\w+ = u\"([^\"]+)\""_s);
        QStringList missing;
        int found = 0;
        for (auto match = declared.globalMatch(QString::fromUtf8(keys.readAll())); match.hasNext();) {
            const QString key = match.next().captured(1);
            ++found;
            if (std::none_of(cases().begin(), cases().end(),
                             [&key](const Case &c) { return key == QLatin1String(c.key); }))
                missing << key;
        }
        QVERIFY(found > 10);
        QVERIFY2(missing.isEmpty(), qPrintable(missing.join(u", "_s)));
    }

    void validValueRoundTripsWrongOneIsRefused_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QByteArray>("valid");
        QTest::addColumn<QByteArray>("wrong");
        for (const Case &c : cases())
            QTest::newRow(c.key) << QString::fromLatin1(c.key) << c.valid << c.wrong;
    }

    void validValueRoundTripsWrongOneIsRefused()
    {
        QFETCH(QString, key);
        QFETCH(QByteArray, valid);
        QFETCH(QByteArray, wrong);
        const QString path = u"/api/0/settings/"_s + key;
        HttpAnswer answer = m_client->post(path, valid);
        QVERIFY2(answer.status == 200, answer.body.constData());
        QCOMPARE(stored(key), valid);

        answer = m_client->post(path, wrong);
        QCOMPARE(answer.status, 400);
        QVERIFY2(answer.message().contains(key), qPrintable(answer.message()));
        QCOMPARE(stored(key), valid);
        // Unset is always allowed.
        QCOMPARE(m_client->del(path).status, 200);
        QCOMPARE(stored(key), QByteArray("null"));
    }

    // What aw-webui (or anything else) keeps in settings Stint does not read is stored as sent.
    void otherSettingsRoundTripByteForByte_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QByteArray>("value");
        QTest::newRow("theme") << u"theme"_s << QByteArray(R"("dark")");
        QTest::newRow("landingpage") << u"landingpage"_s << QByteArray(R"("/activity/myhost/view/")");
        QTest::newRow("durationDefault") << u"durationDefault"_s << QByteArray("14400");
        QTest::newRow("useColorFallback") << u"useColorFallback"_s << QByteArray("true");
        QTest::newRow("poll data") << u"userSatisfactionPollData"_s
                                   << QByteArray(R"({"isEnabled":true,"nextPollTime":"2026-12-05T06:00:00.000Z",)"
                                                 R"("timesPollIsShown":0})");
        QTest::newRow("views") << u"views"_s
                               << QByteArray(R"([{"elements":[{"props":{"limit":10},"size":3,"type":"top_apps"}],)"
                                             R"("id":"summary","name":"Übersicht 概要 😀"}])");
        QTest::newRow("a future stint setting") << u"stint.notYetKnown"_s << QByteArray(R"({"a":[1,2.5,null]})");
    }

    void otherSettingsRoundTripByteForByte()
    {
        QFETCH(QString, key);
        QFETCH(QByteArray, value);
        const HttpAnswer answer = m_client->post(u"/api/0/settings/"_s + key, value);
        QVERIFY2(answer.status == 200, answer.body.constData());
        QCOMPARE(stored(key), value);
    }
};

QTEST_GUILESS_MAIN(TestApiSettings)
#include "TestApiSettings.moc"
