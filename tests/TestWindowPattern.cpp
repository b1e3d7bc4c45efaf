// Window patterns decide what is dropped, redacted and counted as active: they must match
// case-insensitively, treat an empty part as "anything", and refuse a bad regex by name.
#include "rules/WindowPattern.h"

#include <QJsonArray>
#include <QTest>

using namespace stint;
using namespace Qt::StringLiterals;

class TestWindowPattern : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void matchesBothParts()
    {
        const auto pattern = WindowPattern::create(u"^firefox$"_s, u"bank"_s, nullptr);
        QVERIFY(pattern);
        QVERIFY(pattern->matches(u"Firefox"_s, u"My BANK - login"_s));
        QVERIFY(!pattern->matches(u"Firefox"_s, u"News"_s));
        QVERIFY(!pattern->matches(u"firefox-esr"_s, u"bank"_s));
    }

    void emptyPartMatchesAnything()
    {
        const auto byTitle = WindowPattern::create({}, u"private"_s, nullptr);
        QVERIFY(byTitle);
        QVERIFY(byTitle->matches(u"anything"_s, u"Private browsing"_s));
        QVERIFY(byTitle->matches({}, u"private"_s));
        QVERIFY(!byTitle->matches(u"private"_s, u"other"_s));
    }

    void refusesEmptyAndInvalid()
    {
        QString error;
        QVERIFY(!WindowPattern::create({}, {}, &error));
        QVERIFY(!error.isEmpty());
        error.clear();
        QVERIFY(!WindowPattern::create(u"(unclosed"_s, {}, &error));
        QVERIFY2(error.contains(u"app"_s) && error.contains(u"(unclosed"_s), qPrintable(error));
    }

    void listFromJsonNamesTheBadRule()
    {
        const QJsonArray rules{QJsonObject{{u"app"_s, u"vlc"_s}}, QJsonObject{{u"title"_s, u"[a-"_s}}};
        QString error;
        QVERIFY(!windowPatternsFromJson(rules, &error));
        QVERIFY2(error.startsWith(u"rule 2:"_s), qPrintable(error));

        QVERIFY(!windowPatternsFromJson(QJsonArray{42}, &error));
        QVERIFY(!windowPatternsFromJson(QJsonArray{QJsonObject{{u"app"_s, 3}}}, &error));
        QVERIFY(!windowPatternsFromJson(u"vlc"_s, &error));

        const auto none = windowPatternsFromJson(QJsonValue::Null, &error);
        QVERIFY(none && none->isEmpty());
    }

    void roundTripsThroughJson()
    {
        const QJsonArray rules{QJsonObject{{u"app"_s, u"vlc|mpv"_s}},
                               QJsonObject{{u"app"_s, u"zoom"_s}, {u"title"_s, u"meeting"_s}}};
        const auto patterns = windowPatternsFromJson(rules, nullptr);
        QVERIFY(patterns);
        QCOMPARE(patterns->size(), 2);
        QCOMPARE(windowPatternsToJson(*patterns), rules);
        QVERIFY(anyMatches(*patterns, u"MPV"_s, u"film.mkv"_s));
        QVERIFY(!anyMatches(*patterns, u"zoom"_s, u"settings"_s));
    }
};

QTEST_GUILESS_MAIN(TestWindowPattern)
#include "TestWindowPattern.moc"
