#include "model/Event.h"
#include "model/Timestamp.h"

#include <QJsonDocument>
#include <QTest>

#include <limits>

using namespace stint;
using namespace Qt::StringLiterals;

class TestTimestamp : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parseAndFormat_data();
    void parseAndFormat();
    void formatsTheWholeRange();
    void rejectsMalformed_data();
    void rejectsMalformed();
    void refusesWhatItCannotKeep_data();
    void refusesWhatItCannotKeep();
    void offsetsConvertToUtc();
    void secondsRoundTrip();
    void eventJson();
    void eventJsonErrors_data();
    void eventJsonErrors();
};

void TestTimestamp::parseAndFormat_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<qint64>("nanos");
    QTest::addColumn<QString>("formatted");
    QTest::newRow("epoch") << "1970-01-01T00:00:00Z" << qint64(0) << "1970-01-01T00:00:00Z";
    QTest::newRow("millis") << "2026-07-23T10:00:00.123Z" << qint64(1784800800123000000) << "2026-07-23T10:00:00.123Z";
    QTest::newRow("micros") << "2026-07-23T10:00:00.123456Z" << qint64(1784800800123456000)
                            << "2026-07-23T10:00:00.123456Z";
    QTest::newRow("nanos") << "2026-07-23T10:00:00.123456789Z" << qint64(1784800800123456789)
                           << "2026-07-23T10:00:00.123456789Z";
    QTest::newRow("trailing zeros") << "2026-07-23T10:00:00.500000Z" << qint64(1784800800500000000)
                                    << "2026-07-23T10:00:00.500Z";
    QTest::newRow("before epoch") << "1969-12-31T23:59:59.5Z" << qint64(-500000000) << "1969-12-31T23:59:59.500Z";
    QTest::newRow("zeros past nanos") << "2026-07-23T10:00:00.1234567890000Z" << qint64(1784800800123456789)
                                      << "2026-07-23T10:00:00.123456789Z";
    QTest::newRow("leap day") << "2024-02-29T12:00:00Z" << qint64(1709208000) * 1000000000 << "2024-02-29T12:00:00Z";
}

void TestTimestamp::parseAndFormat()
{
    QFETCH(QString, input);
    QFETCH(qint64, nanos);
    QFETCH(QString, formatted);
    const auto parsed = Timestamp::parseRfc3339(input);
    QVERIFY(parsed.has_value());
    QCOMPARE(*parsed, nanos);
    QCOMPARE(Timestamp::toRfc3339(nanos), formatted);
}

void TestTimestamp::formatsTheWholeRange()
{
    QCOMPARE(Timestamp::toRfc3339(std::numeric_limits<qint64>::min()),
             QStringLiteral("1677-09-21T00:12:43.145224192Z"));
    QCOMPARE(Timestamp::toRfc3339(std::numeric_limits<qint64>::max()),
             QStringLiteral("2262-04-11T23:47:16.854775807Z"));
}

void TestTimestamp::rejectsMalformed_data()
{
    QTest::addColumn<QString>("input");
    for (const char *bad : {"", "2026-07-23", "2026-07-23T10:00:00", "2026-13-01T00:00:00Z", "2026-02-30T00:00:00Z",
                            "2026-07-23T24:00:00Z", "2026-07-23T10:00:00.Z", "2026-07-23T10:00:00+0200",
                            "2026-07-23T10:00:00Zjunk", "x026-07-23T10:00:00Z", "2300-01-01T00:00:00Z"})
        QTest::newRow(bad) << QString::fromLatin1(bad);
}

void TestTimestamp::rejectsMalformed()
{
    QFETCH(QString, input);
    QString why = u"stale"_s;
    QVERIFY(!Timestamp::parseRfc3339(input, &why).has_value());
    QVERIFY2(why.isEmpty() || input.startsWith(u"2300"_s), qPrintable(why)); // the last: out of range
}

// An instant Stint cannot keep as written is refused, and says why, rather than moved.
void TestTimestamp::refusesWhatItCannotKeep_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("why");
    QTest::newRow("a leap second") << u"2016-12-31T23:59:60Z"_s << u"second 60 is a leap second"_s;
    QTest::newRow("second 60 anywhere") << u"2024-05-01T10:00:60.5+02:00"_s << u"second 60"_s;
    QTest::newRow("finer than a nanosecond") << u"2024-05-01T10:00:00.1234567891Z"_s << u"finer than a nanosecond"_s;
    QTest::newRow("far in the past") << u"0001-01-01T00:00:00Z"_s
                                     << u"outside the times Stint can keep (1677-09-21T00:12:45Z to "_s;
    QTest::newRow("far in the future") << u"9999-12-31T23:59:59Z"_s << u"2262-04-11T23:47:15Z)"_s;
}

void TestTimestamp::refusesWhatItCannotKeep()
{
    QFETCH(QString, input);
    QFETCH(QString, why);
    QString reason;
    QVERIFY(!Timestamp::parseRfc3339(input, &reason).has_value());
    QVERIFY2(reason.contains(why), qPrintable(reason));
    const auto event = Event::fromJson(QJsonObject{{u"timestamp"_s, input}}, &reason);
    QVERIFY(!event);
    QVERIFY2(reason.contains(u"cannot be kept: "_s) && reason.contains(why), qPrintable(reason));
}

void TestTimestamp::offsetsConvertToUtc()
{
    QCOMPARE(Timestamp::parseRfc3339(u"2026-07-23T12:00:00+02:00"), Timestamp::parseRfc3339(u"2026-07-23T10:00:00Z"));
    QCOMPARE(Timestamp::parseRfc3339(u"2026-07-23T05:30:00-04:30"), Timestamp::parseRfc3339(u"2026-07-23T10:00:00Z"));
}

void TestTimestamp::secondsRoundTrip()
{
    QCOMPARE(Timestamp::secondsToNanos(12.5), qint64(12500000000));
    QCOMPARE(Timestamp::secondsToNanos(0.000000001), qint64(1));
    QVERIFY(!Timestamp::secondsToNanos(qInf()).has_value());
    QVERIFY(!Timestamp::secondsToNanos(1e300).has_value());
    QCOMPARE(Timestamp::nanosToSeconds(12500000000), 12.5);
}

void TestTimestamp::eventJson()
{
    const QByteArray text = R"({"id":123,"timestamp":"2026-07-23T10:00:00.123Z","duration":12.5,
                               "data":{"app":"Firefox","title":"Stint"}})";
    QString error;
    const auto event = Event::fromJson(QJsonDocument::fromJson(text).object(), &error);
    QVERIFY2(event.has_value(), qPrintable(error));
    QCOMPARE(event->id, 123);
    QCOMPARE(event->duration, qint64(12500000000));
    QCOMPARE(event->data.value(QStringLiteral("app")).toString(), QStringLiteral("Firefox"));
    const auto again = Event::fromJson(event->toJson(), &error);
    QVERIFY(again.has_value());
    QCOMPARE(*again, *event);
}

void TestTimestamp::eventJsonErrors_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("mentions");
    QTest::newRow("no timestamp") << QByteArray(R"({"duration":1,"data":{}})") << "timestamp";
    QTest::newRow("bad timestamp") << QByteArray(R"({"timestamp":"yesterday"})") << "RFC 3339";
    QTest::newRow("negative duration") << QByteArray(R"({"timestamp":"2026-07-23T10:00:00Z","duration":-1})")
                                       << "non-negative";
    QTest::newRow("string duration") << QByteArray(R"({"timestamp":"2026-07-23T10:00:00Z","duration":"1"})")
                                     << "number";
    QTest::newRow("data not object") << QByteArray(R"({"timestamp":"2026-07-23T10:00:00Z","data":[1]})") << "object";
    QTest::newRow("fractional id") << QByteArray(R"({"id":1.5,"timestamp":"2026-07-23T10:00:00Z"})") << "integer";
}

void TestTimestamp::eventJsonErrors()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, mentions);
    QString error;
    QVERIFY(!Event::fromJson(QJsonDocument::fromJson(json).object(), &error).has_value());
    QVERIFY2(error.contains(mentions), qPrintable(error));
}

QTEST_GUILESS_MAIN(TestTimestamp)
#include "TestTimestamp.moc"
