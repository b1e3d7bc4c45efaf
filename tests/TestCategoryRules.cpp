// Categories: ActivityWatch's rule format both ways, deepest match wins, inherited scores and
// colours, and a bad rule refused by name instead of crashing or silently matching nothing.
#include "reports/CategoryRules.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace stint;
using namespace Qt::StringLiterals;

namespace {

QJsonObject window(const QString &app, const QString &title)
{
    return {{u"app"_s, app}, {u"title"_s, title}};
}

std::optional<CategoryRules> parse(const char *json, QString *error)
{
    return CategoryRules::fromJson(QJsonDocument::fromJson(json).array(), error);
}

} // namespace

class TestCategoryRules : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void deepestMatchWins()
    {
        QString error;
        const auto rules = parse("["
                                 "{\"name\": [\"Work\"], \"rule\": {\"type\": \"regex\", \"regex\": \"code\"}, "
                                 "\"data\": {\"score\": 2, \"color\": \"#111\"}},"
                                 "{\"name\": [\"Work\", \"Programming\", \"Qt\"], \"rule\": {\"type\": \"regex\", "
                                 "\"regex\": \"qt\", \"ignore_case\": true}},"
                                 "{\"name\": [\"Work\", \"Programming\"], \"rule\": {\"type\": \"regex\", \"regex\": "
                                 "\"code\"}, \"data\": {\"color\": \"#222\"}},"
                                 "{\"name\": [\"Media\"], \"rule\": {\"type\": \"regex\", \"regex\": \"code\"}}"
                                 "]",
                                 &error);
        QVERIFY2(rules, qPrintable(error));
        // Matches Work, Work/Programming and Media: the deepest wins regardless of order.
        QCOMPARE(rules->nameOf(rules->match(window(u"code"_s, u"main.cpp"_s))),
                 QStringList({u"Work"_s, u"Programming"_s}));
        // Any string value counts, here the title, case-insensitively for the Qt rule.
        QCOMPARE(rules->nameOf(rules->match(window(u"code"_s, u"QTBUG-1"_s))),
                 QStringList({u"Work"_s, u"Programming"_s, u"Qt"_s}));
        // Case-sensitive by default.
        QCOMPARE(rules->nameOf(rules->match(window(u"CODE"_s, u"x"_s))), QStringList({u"Uncategorized"_s}));
        QCOMPARE(rules->match(QJsonObject{{u"count"_s, 3}}), -1); // numbers are not matched
        // Inherited score and colour.
        const int qt = rules->match(window(u"x"_s, u"qt"_s));
        QCOMPARE(rules->scoreOf(qt), 2.0);
        QCOMPARE(rules->colorOf(qt), u"#222"_s);
        QCOMPARE(rules->scoreOf(-1), 0.0);
        // The productivity score's range: the scores in use, and Uncategorized's 0.
        QCOMPARE(rules->scoreRange(), std::make_pair(0.0, 2.0));
        const auto negative = parse("[{\"name\": [\"Games\"], \"rule\": {\"type\": \"regex\", \"regex\": \"x\"}, "
                                    "\"data\": {\"score\": -3}},"
                                    "{\"name\": [\"Chat\"], \"rule\": {\"type\": \"regex\", \"regex\": \"y\"}, "
                                    "\"data\": {\"score\": -1.5}}]",
                                    &error);
        QVERIFY2(negative, qPrintable(error));
        QCOMPARE(negative->scoreRange(), std::make_pair(-3.0, 0.0));
    }

    void equalDepthLaterRuleWins()
    {
        QString error;
        const auto rules = parse("["
                                 "{\"name\": [\"A\"], \"rule\": {\"type\": \"regex\", \"regex\": \"x\"}},"
                                 "{\"name\": [\"B\"], \"rule\": {\"type\": \"regex\", \"regex\": \"x\"}}"
                                 "]",
                                 &error);
        QVERIFY(rules);
        QCOMPARE(rules->nameOf(rules->match(window(u"x"_s, {}))), QStringList({u"B"_s}));
    }

    void invalidRulesAreNamed_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("bad regex") << QByteArray(
            "[{\"name\":[\"Ok\"],\"rule\":{\"type\":\"none\"}},"
            "{\"name\":[\"Work\",\"Broken\"],\"rule\":{\"type\":\"regex\",\"regex\":\"(unclosed\"}}]")
                                   << u"category 2 (\"Work > Broken\"): invalid regex \"(unclosed\""_s;
        QTest::newRow("empty regex") << QByteArray(
            "[{\"name\":[\"All\"],\"rule\":{\"type\":\"regex\",\"regex\":\"\"}}]")
                                     << u"\"All\""_s;
        QTest::newRow("no name") << QByteArray("[{\"rule\":{\"type\":\"none\"}}]") << u"category 1"_s;
        QTest::newRow("unknown type") << QByteArray("[{\"name\":[\"X\"],\"rule\":{\"type\":\"glob\"}}]") << u"glob"_s;
        QTest::newRow("not a list") << QByteArray("{\"classes\": []}") << u"list"_s;
    }

    void invalidRulesAreNamed()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, mentions);
        QString error;
        QJsonParseError parseError;
        const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
        QCOMPARE(parseError.error, QJsonParseError::NoError);
        const QJsonValue value = document.isArray() ? QJsonValue(document.array()) : QJsonValue(document.object());
        QVERIFY(!CategoryRules::fromJson(value, &error));
        QVERIFY2(error.contains(mentions), qPrintable(error));
    }

    void roundTripsAndReadsExportFiles()
    {
        const CategoryRules defaults = CategoryRules::defaults();
        QVERIFY(defaults.rules().size() >= 11);
        QString error;
        const auto again = CategoryRules::fromJson(defaults.toExportJson(), &error);
        QVERIFY2(again, qPrintable(error));
        QCOMPARE(again->toJson(), defaults.toJson());
        const auto fromArray = CategoryRules::fromJson(defaults.toJson(), &error);
        QVERIFY(fromArray);
        QCOMPARE(fromArray->rules().size(), defaults.rules().size());
    }

    void defaultsCategorizeCommonWindows_data()
    {
        QTest::addColumn<QString>("app");
        QTest::addColumn<QString>("title");
        QTest::addColumn<QString>("category");
        QTest::newRow("editor") << u"code"_s << u"main.cpp - Visual Studio Code"_s << u"Work > Programming"_s;
        QTest::newRow("writer") << u"libreoffice-writer"_s << u"Report.odt"_s << u"Work > Documents"_s;
        QTest::newRow("chat") << u"Slack"_s << u"general | Slack"_s << u"Comms > Chat"_s;
        QTest::newRow("mail") << u"thunderbird"_s << u"Inbox"_s << u"Comms > Email"_s;
        QTest::newRow("meeting") << u"zoom"_s << u"Zoom Meeting"_s << u"Comms > Meetings"_s;
        QTest::newRow("video") << u"firefox"_s << u"Cats - YouTube — Mozilla Firefox"_s << u"Media > Video"_s;
        QTest::newRow("music") << u"Spotify"_s << u"Song"_s << u"Media > Music"_s;
        QTest::newRow("game") << u"steam"_s << u"Library"_s << u"Media > Games"_s;
        QTest::newRow("social") << u"firefox"_s << u"reddit: the front page"_s << u"Social"_s;
        QTest::newRow("browsing") << u"firefox"_s << u"Some page — Mozilla Firefox"_s << u"Web browsing"_s;
        QTest::newRow("system") << u"org.gnome.Nautilus"_s << u"Home"_s << u"System"_s;
        QTest::newRow("stint x11") << u"stint"_s << u"Stint"_s << u"System"_s;
        QTest::newRow("stint windows") << u"stint.exe"_s << u"Stint"_s << u"System"_s;
        QTest::newRow("stint wayland") << u"org.stint.Stint"_s << u"Stint"_s << u"System"_s;
        QTest::newRow("stint in a title") << u"gedit"_s << u"my stint abroad.txt"_s << u"Uncategorized"_s;
        QTest::newRow("excluded") << u"(excluded)"_s << u"(excluded)"_s << u"Uncategorized"_s;
    }

    void defaultsCategorizeCommonWindows()
    {
        QFETCH(QString, app);
        QFETCH(QString, title);
        QFETCH(QString, category);
        const CategoryRules rules = CategoryRules::defaults();
        QCOMPARE(rules.nameOf(rules.match(window(app, title))).join(u" > "_s), category);
    }
};

QTEST_GUILESS_MAIN(TestCategoryRules)
#include "TestCategoryRules.moc"
