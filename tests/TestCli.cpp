// stint-cli's verbs, their output and exit codes, including while a writer is busy.
#include "StoreFixture.h"
#include "cli/Cli.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace stint;
using namespace stint::test;

namespace {

struct CliRun
{
    int code = -1;
    QString out;
    QString err;
};

CliRun runCli(const QStringList &arguments)
{
    CliRun run;
    QTextStream out(&run.out);
    QTextStream err(&run.err);
    Cli cli(out, err);
    run.code = cli.run(QStringList{u"stint-cli"_s} + arguments);
    return run;
}

} // namespace

class TestCli : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void bucketsTableAndJson();
    void eventsWithRangeAndLimit();
    void checkHealthyMissingAndCorrupt();
    void usageErrors_data();
    void usageErrors();
    void worksWhileTheWriterHoldsATransaction();

private:
    StoreFixture m_fx;
    QString m_dir;
};

void TestCli::initTestCase()
{
    QVERIFY(m_fx.openWithBucket());
    EventList events;
    for (int i = 0; i < 5; ++i)
        events.append(windowEvent(i * 3600, u"hour %1"_s.arg(i), 1800));
    QVERIFY(await(m_fx.store().insertEvents(kWindowBucket, events)).ok());
    QVERIFY(await(m_fx.store().forceCommit()).ok());
    m_dir = QFileInfo(m_fx.path()).absolutePath();
}

void TestCli::bucketsTableAndJson()
{
    const CliRun table = runCli({u"--data-dir"_s, m_dir, u"buckets"_s});
    QCOMPARE(table.code, int(Cli::Ok));
    const QStringList lines = table.out.split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 2);
    QVERIFY(lines.at(0).startsWith(u"ID"_s));
    QVERIFY(lines.at(1).startsWith(kWindowBucket));
    QVERIFY(lines.at(1).contains(u"currentwindow"_s));
    QVERIFY(lines.at(1).contains(u" 5 "_s)); // event count

    const CliRun json = runCli({u"--data-dir"_s, m_dir, u"buckets"_s, u"--json"_s});
    QCOMPARE(json.code, int(Cli::Ok));
    const QJsonObject all = QJsonDocument::fromJson(json.out.toUtf8()).object();
    const QJsonObject bucket = all.value(kWindowBucket).toObject();
    QCOMPARE(bucket.value(u"type"_s).toString(), u"currentwindow"_s);
    QCOMPARE(bucket.value(u"metadata"_s).toObject().value(u"start"_s).toString(), u"2026-07-23T10:00:00Z"_s);
    QCOMPARE(bucket.value(u"metadata"_s).toObject().value(u"end"_s).toString(), u"2026-07-23T14:30:00Z"_s);
}

void TestCli::eventsWithRangeAndLimit()
{
    const CliRun all = runCli({u"--data-dir"_s, m_dir, u"events"_s, kWindowBucket, u"--json"_s});
    QCOMPARE(all.code, int(Cli::Ok));
    const QJsonArray events = QJsonDocument::fromJson(all.out.toUtf8()).array();
    QCOMPARE(events.size(), 5);
    QCOMPARE(events.first().toObject().value(u"data"_s).toObject().value(u"title"_s).toString(), u"hour 4"_s);
    QCOMPARE(events.first().toObject().value(u"duration"_s).toDouble(), 1800.0);

    const CliRun ranged = runCli({u"--data-dir"_s, m_dir, u"events"_s, kWindowBucket, u"--start"_s,
                                  u"2026-07-23T11:15:00Z"_s, u"--end"_s, u"2026-07-23T13:00:00Z"_s, u"--json"_s});
    const QJsonArray clipped = QJsonDocument::fromJson(ranged.out.toUtf8()).array();
    QCOMPARE(clipped.size(), 3); // hour 1 (till 11:30), hour 2, hour 3 (starts 13:00)
    QCOMPARE(clipped.last().toObject().value(u"timestamp"_s).toString(), u"2026-07-23T11:15:00Z"_s);
    QCOMPARE(clipped.first().toObject().value(u"duration"_s).toDouble(), 0.0);

    const CliRun limited = runCli({u"--data-dir"_s, m_dir, u"events"_s, kWindowBucket, u"--limit"_s, u"2"_s});
    QCOMPARE(limited.code, int(Cli::Ok));
    const QStringList lines = limited.out.split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 3); // header + 2
    QVERIFY(lines.at(1).contains(u"0:30:00"_s));
    QVERIFY(lines.at(1).contains(u"\"title\":\"hour 4\""_s));
}

void TestCli::checkHealthyMissingAndCorrupt()
{
    const CliRun healthy = runCli({u"--data-dir"_s, m_dir, u"check"_s});
    QCOMPARE(healthy.code, int(Cli::Ok));
    QVERIFY(healthy.out.contains(u"integrity: ok"_s));
    QVERIFY(healthy.out.contains(u"journal mode: wal"_s));
    QVERIFY(healthy.out.contains(u"schema version: 1"_s));

    QTemporaryDir empty;
    const CliRun missing = runCli({u"--data-dir"_s, empty.path(), u"check"_s});
    QCOMPARE(missing.code, int(Cli::Ok));
    QVERIFY(missing.out.contains(u"no database yet"_s));
    QVERIFY(!QFile::exists(empty.filePath(u"stint.db"_s)));

    QFile junk(empty.filePath(u"stint-testing.db"_s));
    QVERIFY(junk.open(QIODevice::WriteOnly));
    junk.write(QByteArray(4096, 'j'));
    junk.close();
    const CliRun corrupt = runCli({u"--data-dir"_s, empty.path(), u"--testing"_s, u"check"_s});
    QCOMPARE(corrupt.code, int(Cli::Problem));
    QVERIFY2(corrupt.err.contains(u"not an SQLite database"_s), qPrintable(corrupt.err));
}

void TestCli::usageErrors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("code");
    QTest::addColumn<QString>("mentions");
    QTest::newRow("no command") << QStringList() << int(Cli::Usage) << u"No command"_s;
    QTest::newRow("unknown command") << QStringList{u"frobnicate"_s} << int(Cli::Usage) << u"Unknown command"_s;
    QTest::newRow("events without bucket") << QStringList{u"events"_s} << int(Cli::Usage) << u"Unknown command"_s;
    QTest::newRow("bad time") << QStringList{u"events"_s, kWindowBucket, u"--start"_s, u"yesterday"_s}
                              << int(Cli::Usage) << u"yesterday"_s;
    QTest::newRow("bad limit") << QStringList{u"events"_s, kWindowBucket, u"--limit"_s, u"-3"_s} << int(Cli::Usage)
                               << u"--limit"_s;
    QTest::newRow("unknown option") << QStringList{u"buckets"_s, u"--colour"_s} << int(Cli::Usage) << u"colour"_s;
    QTest::newRow("unknown bucket") << QStringList{u"events"_s, u"nope"_s} << int(Cli::Problem)
                                    << u"no bucket 'nope'"_s;
}

void TestCli::usageErrors()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, code);
    QFETCH(QString, mentions);
    const CliRun run = runCli(QStringList{u"--data-dir"_s, m_dir} + arguments);
    QCOMPARE(run.code, code);
    QVERIFY2(run.err.contains(mentions), qPrintable(run.err));
}

void TestCli::worksWhileTheWriterHoldsATransaction()
{
    QVERIFY(await(m_fx.store().insertEvents(kWindowBucket, {windowEvent(86400, u"pending"_s, 10)})).ok());
    QCOMPARE(m_fx.diagnostics().value(u"transactionOpen"_s).toBool(), true);
    const CliRun check = runCli({u"--data-dir"_s, m_dir, u"check"_s});
    QCOMPARE(check.code, int(Cli::Ok));
    const CliRun events = runCli({u"--data-dir"_s, m_dir, u"events"_s, kWindowBucket, u"--json"_s});
    QCOMPARE(QJsonDocument::fromJson(events.out.toUtf8()).array().size(), 5); // not the pending one
}

QTEST_GUILESS_MAIN(TestCli)
#include "TestCli.moc"
