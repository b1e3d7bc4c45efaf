#include "watchers/PlatformHelpers.h"

#include <QTest>

#include <limits>

using namespace stint;
using namespace Qt::StringLiterals;

class TestPlatformHelpers : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void idleFromTicks_data();
    void idleFromTicks();
    void idleFromSeconds_data();
    void idleFromSeconds();
    void baseName_data();
    void baseName();
    void appNameFallback();
};

void TestPlatformHelpers::idleFromTicks_data()
{
    QTest::addColumn<quint32>("now");
    QTest::addColumn<quint32>("lastInput");
    QTest::addColumn<qint64>("idle");
    constexpr quint32 max = std::numeric_limits<quint32>::max();
    QTest::newRow("just now") << quint32(5000) << quint32(5000) << qint64(0);
    QTest::newRow("ten seconds") << quint32(15000) << quint32(5000) << qint64(10000);
    // The tick counter wrapped between the last input and now.
    QTest::newRow("wrapped") << quint32(500) << quint32(max - 499) << qint64(1000);
    QTest::newRow("input at the last tick") << quint32(0) << max << qint64(1);
    QTest::newRow("whole range") << max << quint32(0) << qint64(max);
}

void TestPlatformHelpers::idleFromTicks()
{
    QFETCH(quint32, now);
    QFETCH(quint32, lastInput);
    QFETCH(qint64, idle);
    QCOMPARE(idleMillisFromTicks(now, lastInput), idle);
}

void TestPlatformHelpers::idleFromSeconds_data()
{
    QTest::addColumn<double>("seconds");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<qint64>("idle");
    QTest::newRow("zero") << 0.0 << true << qint64(0);
    QTest::newRow("fraction") << 1.2344 << true << qint64(1234);
    QTest::newRow("rounds to nearest") << 1.2346 << true << qint64(1235);
    QTest::newRow("a day") << 86400.0 << true << qint64(86400000);
    QTest::newRow("negative") << -1.0 << false << qint64(0);
    QTest::newRow("nan") << std::numeric_limits<double>::quiet_NaN() << false << qint64(0);
    QTest::newRow("infinity") << std::numeric_limits<double>::infinity() << false << qint64(0);
    QTest::newRow("absurd") << 1e300 << false << qint64(0);
}

void TestPlatformHelpers::idleFromSeconds()
{
    QFETCH(double, seconds);
    QFETCH(bool, valid);
    QFETCH(qint64, idle);
    const std::optional<qint64> result = idleMillisFromSeconds(seconds);
    QCOMPARE(result.has_value(), valid);
    if (valid)
        QCOMPARE(*result, idle);
}

void TestPlatformHelpers::baseName_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("name");
    QTest::newRow("windows path") << u"C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe"_s << u"chrome.exe"_s;
    QTest::newRow("long path prefix") << u"\\\\?\\C:\\Tools\\app.exe"_s << u"app.exe"_s;
    QTest::newRow("forward slashes") << u"C:/Tools/app.exe"_s << u"app.exe"_s;
    QTest::newRow("mixed") << u"C:\\Tools/sub\\x.exe"_s << u"x.exe"_s;
    QTest::newRow("no directory") << u"app.exe"_s << u"app.exe"_s;
    QTest::newRow("spaces kept") << u"D:\\My Apps\\My App.exe"_s << u"My App.exe"_s;
    QTest::newRow("trailing separator") << u"C:\\Tools\\"_s << QString();
    QTest::newRow("empty") << QString() << QString();
}

void TestPlatformHelpers::baseName()
{
    QFETCH(QString, path);
    QFETCH(QString, name);
    QCOMPARE(executableBaseName(path), name);
}

void TestPlatformHelpers::appNameFallback()
{
    QCOMPARE(appNameOrUnknown(u"Safari"_s, u"com.apple.Safari"_s), u"Safari"_s);
    QCOMPARE(appNameOrUnknown(QString(), u"com.apple.Safari"_s), u"com.apple.Safari"_s);
    QCOMPARE(appNameOrUnknown(QString(), QString()), u"unknown"_s);
    QCOMPARE(appNameOrUnknown(u"chrome.exe"_s), u"chrome.exe"_s);
    QCOMPARE(unknownAppName(), u"unknown"_s);
}

QTEST_GUILESS_MAIN(TestPlatformHelpers)
#include "TestPlatformHelpers.moc"
