// stint-cli's verbs, their output and exit codes, including while a writer is busy.
#include "CliRun.h"
#include "DesktopEntries.h"
#include "EnvironmentGuard.h"
#include "StoreFixture.h"
#include "cli/Cli.h"
#include "reports/ReportEngine.h"
#include "settings/SettingKeys.h"
#include "storage/Schema.h"
#include "util/DisplayText.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>

using namespace stint;
using namespace stint::test;

namespace {

CliRun runInBerlin(const QStringList &arguments)
{
    return test::runCli(arguments, QTimeZone(QByteArrayLiteral("Europe/Berlin")));
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
    void backupWhileRunningAndCheckTheFile();
    void usageErrors_data();
    void usageErrors();
    void worksWhileTheWriterHoldsATransaction();
    void summaryTableAndJson();
    void displayWidthCountsTerminalColumns_data();
    void displayWidthCountsTerminalColumns();
    void summaryBadInput_data();
    void summaryBadInput();
    void trendsTableAndJson();
    void trendsBadInput_data();
    void trendsBadInput();
    void categoriesListExportImport();
    void categoriesImportRefusesBadFiles_data();
    void categoriesImportRefusesBadFiles();
#ifdef Q_OS_LINUX
    void gnomeExtensionInstallAndStatus();
#endif
    void exportJsonAndImportIt();
    void exportCsv();
    void exportAndImportBadInput_data();
    void exportAndImportBadInput();
    void importReportsAMalformedFile();
#ifdef Q_OS_LINUX
    void autostartEnableStatusDisable();
#endif

private:
    QString storedCategories();

    StoreFixture m_fx;
    QString m_dir;
    QTemporaryDir m_appData; // the only XDG data directory, with one desktop entry
};

void TestCli::initTestCase()
{
    // App names come from these desktop entries only (Linux and the BSDs).
    QVERIFY(m_appData.isValid());
    qputenv("XDG_DATA_HOME", QFile::encodeName(m_appData.path()));
    qputenv("XDG_DATA_DIRS", QFile::encodeName(m_appData.path()));
    QVERIFY(writeDesktopEntry(m_appData.path(), u"org.example.Editor.desktop"_s, {u"Name=Example Editor"_s}));
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
    const CliRun table = runInBerlin({u"--data-dir"_s, m_dir, u"buckets"_s});
    QCOMPARE(table.code, int(Cli::Ok));
    const QStringList lines = table.out.split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 2);
    QVERIFY(lines.at(0).startsWith(u"ID"_s));
    QVERIFY(lines.at(1).startsWith(kWindowBucket));
    QVERIFY(lines.at(1).contains(u"currentwindow"_s));
    QVERIFY(lines.at(1).contains(u" 5 "_s)); // event count

    const CliRun json = runInBerlin({u"--data-dir"_s, m_dir, u"buckets"_s, u"--json"_s});
    QCOMPARE(json.code, int(Cli::Ok));
    const QJsonObject all = QJsonDocument::fromJson(json.out.toUtf8()).object();
    const QJsonObject bucket = all.value(kWindowBucket).toObject();
    QCOMPARE(bucket.value(u"type"_s).toString(), u"currentwindow"_s);
    QCOMPARE(bucket.value(u"metadata"_s).toObject().value(u"start"_s).toString(), u"2026-07-23T10:00:00Z"_s);
    QCOMPARE(bucket.value(u"metadata"_s).toObject().value(u"end"_s).toString(), u"2026-07-23T14:30:00Z"_s);
}

void TestCli::eventsWithRangeAndLimit()
{
    const CliRun all = runInBerlin({u"--data-dir"_s, m_dir, u"events"_s, kWindowBucket, u"--json"_s});
    QCOMPARE(all.code, int(Cli::Ok));
    const QJsonArray events = QJsonDocument::fromJson(all.out.toUtf8()).array();
    QCOMPARE(events.size(), 5);
    QCOMPARE(events.first().toObject().value(u"data"_s).toObject().value(u"title"_s).toString(), u"hour 4"_s);
    QCOMPARE(events.first().toObject().value(u"duration"_s).toDouble(), 1800.0);

    const CliRun ranged = runInBerlin({u"--data-dir"_s, m_dir, u"events"_s, kWindowBucket, u"--start"_s,
                                       u"2026-07-23T11:15:00Z"_s, u"--end"_s, u"2026-07-23T13:00:00Z"_s, u"--json"_s});
    const QJsonArray clipped = QJsonDocument::fromJson(ranged.out.toUtf8()).array();
    QCOMPARE(clipped.size(), 3); // hour 1 (till 11:30), hour 2, hour 3 (starts 13:00)
    QCOMPARE(clipped.last().toObject().value(u"timestamp"_s).toString(), u"2026-07-23T11:15:00Z"_s);
    QCOMPARE(clipped.first().toObject().value(u"duration"_s).toDouble(), 0.0);

    const CliRun limited = runInBerlin({u"--data-dir"_s, m_dir, u"events"_s, kWindowBucket, u"--limit"_s, u"2"_s});
    QCOMPARE(limited.code, int(Cli::Ok));
    const QStringList lines = limited.out.split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 3); // header + 2
    QVERIFY(lines.at(1).contains(u"0:30:00"_s));
    QVERIFY(lines.at(1).contains(u"\"title\":\"hour 4\""_s));
}

void TestCli::checkHealthyMissingAndCorrupt()
{
    const CliRun healthy = runInBerlin({u"--data-dir"_s, m_dir, u"check"_s});
    QCOMPARE(healthy.code, int(Cli::Ok));
    QVERIFY(healthy.out.contains(u"integrity: ok"_s));
    QVERIFY(healthy.out.contains(u"journal mode: wal"_s));
    QVERIFY(healthy.out.contains(u"schema version: %1"_s.arg(Schema::kVersion)));

    QTemporaryDir empty;
    const CliRun missing = runInBerlin({u"--data-dir"_s, empty.path(), u"check"_s});
    QCOMPARE(missing.code, int(Cli::Ok));
    QVERIFY(missing.out.contains(u"no database yet"_s));
    QVERIFY(!QFile::exists(empty.filePath(u"stint.db"_s)));

    QFile junk(empty.filePath(u"stint-testing.db"_s));
    QVERIFY(junk.open(QIODevice::WriteOnly));
    junk.write(QByteArray(4096, 'j'));
    junk.close();
    const CliRun corrupt = runInBerlin({u"--data-dir"_s, empty.path(), u"--testing"_s, u"check"_s});
    QCOMPARE(corrupt.code, int(Cli::Problem));
    QVERIFY2(corrupt.err.contains(u"not an SQLite database"_s), qPrintable(corrupt.err));
}

void TestCli::backupWhileRunningAndCheckTheFile()
{
    // The datastore stays open, as when Stint records: the backup goes through a reader of its own.
    QVERIFY(m_fx.store().isOpen());
    const qint64 stored = EventReader(m_fx.path()).eventCount(kWindowBucket).value_or(-1);
    QVERIFY(stored > 0);
    QTemporaryDir out;
    const QString file = out.filePath(u"copy.db"_s);
    for (int round = 0; round < 2; ++round) { // the second replaces the first
        const CliRun backup = runInBerlin({u"--data-dir"_s, m_dir, u"backup"_s, file});
        QCOMPARE(backup.code, int(Cli::Ok));
        QVERIFY2(backup.out.contains(u"Backed up %1 event(s)"_s.arg(stored)), qPrintable(backup.out));
    }
    QCOMPARE(QDir(out.path()).entryList(QDir::Files | QDir::Hidden), QStringList{u"copy.db"_s}); // one file

    const CliRun good = runInBerlin({u"check"_s, file});
    QCOMPARE(good.code, int(Cli::Ok));
    QVERIFY2(good.out.contains(u"integrity: ok"_s) && good.out.contains(u"events: %1"_s.arg(stored)),
             qPrintable(good.out));
    QVERIFY(!good.out.contains(u"not in WAL mode"_s)); // a backup is one file on purpose

    // The copy alone, as a data directory of its own, is a complete Stint database.
    QTemporaryDir restored;
    QVERIFY(QFile::copy(file, restored.filePath(u"stint.db"_s)));
    QCOMPARE(EventReader(restored.filePath(u"stint.db"_s)).eventCount(kWindowBucket).value_or(-1), stored);

    // Damaged pages after the first (the schema) are found by the integrity check.
    const QString damaged = out.filePath(u"damaged.db"_s);
    QVERIFY(QFile::copy(file, damaged));
    QFile pages(damaged);
    QVERIFY(pages.open(QIODevice::ReadWrite));
    const qint64 pageSize = 4096;
    QVERIFY(pages.size() > 2 * pageSize);
    QVERIFY(pages.seek(pageSize));
    pages.write(QByteArray(pages.size() - pageSize, '\x5a'));
    pages.close();
    const CliRun corrupt = runInBerlin({u"check"_s, damaged});
    QCOMPARE(corrupt.code, int(Cli::Problem));
    QVERIFY2(!corrupt.err.isEmpty(), qPrintable(corrupt.out));

    const CliRun missing = runInBerlin({u"check"_s, out.filePath(u"nothing.db"_s)});
    QCOMPARE(missing.code, int(Cli::Problem));
    QVERIFY2(missing.err.contains(u"there is no file"_s), qPrintable(missing.err));

    const CliRun nowhere = runInBerlin({u"--data-dir"_s, m_dir, u"backup"_s, out.filePath(u"no/such/dir/copy.db"_s)});
    QCOMPARE(nowhere.code, int(Cli::Problem));
    QVERIFY2(nowhere.err.contains(u"The backup failed"_s), qPrintable(nowhere.err));
    const CliRun itself = runInBerlin({u"--data-dir"_s, m_dir, u"backup"_s, m_fx.path()});
    QCOMPARE(itself.code, int(Cli::Problem));
    QVERIFY2(itself.err.contains(u"the database itself"_s), qPrintable(itself.err));
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
    const CliRun run = runInBerlin(QStringList{u"--data-dir"_s, m_dir} + arguments);
    QCOMPARE(run.code, code);
    QVERIFY2(run.err.contains(mentions), qPrintable(run.err));
}

void TestCli::worksWhileTheWriterHoldsATransaction()
{
    QVERIFY(await(m_fx.store().insertEvents(kWindowBucket, {windowEvent(86400, u"pending"_s, 10)})).ok());
    QCOMPARE(m_fx.diagnostics().value(u"transactionOpen"_s).toBool(), true);
    const CliRun check = runInBerlin({u"--data-dir"_s, m_dir, u"check"_s});
    QCOMPARE(check.code, int(Cli::Ok));
    const CliRun events = runInBerlin({u"--data-dir"_s, m_dir, u"events"_s, kWindowBucket, u"--json"_s});
    QCOMPARE(QJsonDocument::fromJson(events.out.toUtf8()).array().size(), 5); // not the pending one
}

void TestCli::summaryTableAndJson()
{
    // Five half-hour events from 12:00 Berlin time, no AFK bucket: 2.5 h active on 2026-07-23.
    const CliRun table = runInBerlin({u"--data-dir"_s, m_dir, u"summary"_s, u"--date"_s, u"2026-07-23"_s});
    QCOMPARE(table.code, int(Cli::Ok));
    QVERIFY2(table.out.startsWith(u"2026-07-23 04:00 to 2026-07-24 04:00: 2:30:00 active"_s), qPrintable(table.out));
    // The recorded app id, then the app's name.
    const QStringList lines = table.out.split(u'\n', Qt::SkipEmptyParts);
    QVERIFY2(lines.size() == 3 && lines.at(1).startsWith(u"APP"_s) && lines.at(1).contains(u"  NAME  "_s),
             qPrintable(table.out));
#if defined(Q_OS_UNIX) && !defined(Q_OS_MACOS)
    QVERIFY2(lines.at(2).startsWith(u"Editor  Example Editor  2:30:00  100.0%"_s), qPrintable(table.out));
#else
    QVERIFY2(lines.at(2).startsWith(u"Editor  "_s) && lines.at(2).contains(u"  2:30:00  100.0%"_s),
             qPrintable(table.out));
#endif

    const CliRun titles = runInBerlin({u"--data-dir"_s, m_dir, u"summary"_s, u"--date"_s, u"2026-07-23"_s, u"--by"_s,
                                       u"title"_s, u"--limit"_s, u"2"_s});
    QCOMPARE(titles.code, int(Cli::Ok));
    QCOMPARE(titles.out.split(u'\n', Qt::SkipEmptyParts).size(), 4); // heading, column names, 2 rows

    const CliRun json = runInBerlin({u"--data-dir"_s, m_dir, u"summary"_s, u"--week"_s, u"--date"_s, u"2026-07-25"_s,
                                     u"--json"_s, u"--by"_s, u"category"_s});
    QCOMPARE(json.code, int(Cli::Ok));
    const QJsonObject summary = QJsonDocument::fromJson(json.out.toUtf8()).object();
    QCOMPARE(summary.value(u"active"_s).toDouble(), 9000.0);
    QCOMPARE(summary.value(u"start"_s).toString(), u"2026-07-20T02:00:00Z"_s); // Monday 04:00 CEST
    QCOMPARE(summary.value(u"perDay"_s).toArray().size(), 7);

    const CliRun empty =
        runInBerlin({u"--data-dir"_s, m_dir, u"summary"_s, u"--start"_s, u"2020-01-01"_s, u"--end"_s, u"2020-01-02"_s});
    QCOMPARE(empty.code, int(Cli::Ok));
    QVERIFY(empty.out.contains(u"0:00:00 active"_s));
}

// trends --json is the engine's Trends for the same span and last day; the table shows its figures.
void TestCli::trendsTableAndJson()
{
    StoreFixture fx;
    QVERIFY(fx.openWithBucket());
    // Every third day of the last 120 days, up to two hours, ending two hours ago or earlier.
    const qint64 now = Timestamp::fromDateTime(QDateTime::currentDateTimeUtc());
    EventList events;
    for (int day = 0; day < 120; day += 3) {
        events.append(Event{0, now - (qint64(day) * 86400 + 7200) * kSecond, (1800 + 600 * (day % 7)) * kSecond,
                            win(day % 2 ? u"code"_s : u"firefox"_s, u"page %1"_s.arg(day))});
    }
    QVERIFY(await(fx.store().insertEvents(kWindowBucket, events)).ok());
    QVERIFY(await(fx.store().forceCommit()).ok());
    const QString dir = QFileInfo(fx.path()).absolutePath();

    ReportEngine engine(fx.path(), QTimeZone(QByteArrayLiteral("Europe/Berlin")));
    QVERIFY(engine.loadSettings());
    const QDate today = engine.calendar().today();
    for (const auto &[option, span] : {std::pair{u"--weeks"_s, TrendsSpan{TrendsSpan::Unit::Week, 4}},
                                       std::pair{u"--weeks"_s, TrendsSpan{TrendsSpan::Unit::Week, 12}},
                                       std::pair{u"--months"_s, TrendsSpan{TrendsSpan::Unit::Month, 3}}}) {
        const CliRun json =
            runInBerlin({u"--data-dir"_s, dir, u"trends"_s, option, QString::number(span.count), u"--json"_s});
        QCOMPARE(json.code, int(Cli::Ok));
        const auto want = engine.trends(span, today);
        QVERIFY(want && want->activeTime > 0 && want->change);
        QCOMPARE(QJsonDocument::fromJson(json.out.toUtf8()).object(), want->toJson());
    }

    // The default: 12 weeks up to today, as a table; --date moves the last day.
    const auto want = engine.trends({TrendsSpan::Unit::Week, 12}, today);
    const CliRun table = runInBerlin({u"--data-dir"_s, dir, u"trends"_s});
    QCOMPARE(table.code, int(Cli::Ok));
    QVERIFY2(table.out.startsWith(u"%1 to %2: %3 active, %4 against the %5 days before"_s
                                      .arg(want->firstDay.toString(Qt::ISODate), today.toString(Qt::ISODate),
                                           display::clockDuration(want->activeTime), Trends::changeText(want->change))
                                      .arg(want->days())),
             qPrintable(table.out));
    QVERIFY(table.out.contains(display::clockDuration(want->dailyAverage)));
    QVERIFY(table.out.contains(want->busiestDay.toString(Qt::ISODate)));
    QVERIFY(table.out.contains(want->periods.constLast().firstDay.toString(Qt::ISODate)));
    for (const TrendCategory &category : want->categories)
        QVERIFY2(table.out.contains(Trends::changeText(category.change)), qPrintable(category.name));

    const CliRun dated = runInBerlin({u"--data-dir"_s, dir, u"trends"_s, u"--date"_s, u"2020-03-04"_s, u"--json"_s});
    QCOMPARE(dated.code, int(Cli::Ok));
    const QJsonObject old = QJsonDocument::fromJson(dated.out.toUtf8()).object();
    QCOMPARE(old.value(u"last_day"_s).toString(), u"2020-03-04"_s);
    QCOMPARE(old.value(u"active"_s).toDouble(), 0.0);
}

void TestCli::trendsBadInput_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::newRow("both spans") << QStringList{u"--weeks"_s, u"4"_s, u"--months"_s, u"2"_s};
    QTest::newRow("zero weeks") << QStringList{u"--weeks"_s, u"0"_s};
    QTest::newRow("too many months") << QStringList{u"--months"_s, u"121"_s};
    QTest::newRow("not a number") << QStringList{u"--weeks"_s, u"four"_s};
    QTest::newRow("bad date") << QStringList{u"--date"_s, u"yesterday"_s};
    QTest::newRow("extra argument") << QStringList{u"now"_s};
}

void TestCli::trendsBadInput()
{
    QFETCH(QStringList, arguments);
    const CliRun run = runInBerlin(QStringList{u"--data-dir"_s, m_dir, u"trends"_s} + arguments);
    QCOMPARE(run.code, int(Cli::Usage));
    QVERIFY(run.out.isEmpty());
    QVERIFY(!run.err.isEmpty());
}

// Tables line up with Chinese and Japanese window titles and headings.
void TestCli::displayWidthCountsTerminalColumns_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<qsizetype>("width");
    QTest::newRow("ascii") << u"firefox"_s << qsizetype(7);
    QTest::newRow("empty") << QString() << qsizetype(0);
    QTest::newRow("chinese") << u"会议记录"_s << qsizetype(8);
    QTest::newRow("japanese") << u"データ 1"_s << qsizetype(8);
    QTest::newRow("korean") << u"한국어"_s << qsizetype(6);
    QTest::newRow("full-width latin") << u"ＡＢ"_s << qsizetype(4);
    QTest::newRow("combining accent") << u"e\u0301t\u00e9"_s << qsizetype(3);
    QTest::newRow("cyrillic") << u"Длительность"_s << qsizetype(12);
}

void TestCli::displayWidthCountsTerminalColumns()
{
    QFETCH(QString, text);
    QFETCH(qsizetype, width);
    QCOMPARE(Cli::displayWidth(text), width);
}

void TestCli::summaryBadInput_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("message");
    QTest::newRow("bad date") << QStringList{u"--date"_s, u"2026-02-30"_s} << u"2026-02-30"_s;
    QTest::newRow("two periods") << QStringList{u"--week"_s, u"--month"_s} << u"one period"_s;
    QTest::newRow("start only") << QStringList{u"--start"_s, u"2026-07-23"_s} << u"--end"_s;
    QTest::newRow("end before start") << QStringList{u"--start"_s, u"2026-07-23"_s, u"--end"_s, u"2026-07-22"_s}
                                      << u"after"_s;
    QTest::newRow("bad time") << QStringList{u"--start"_s, u"yesterday"_s, u"--end"_s, u"2026-07-22"_s}
                              << u"yesterday"_s;
    QTest::newRow("bad by") << QStringList{u"--by"_s, u"colour"_s} << u"colour"_s;
    QTest::newRow("bad limit") << QStringList{u"--limit"_s, u"-3"_s} << u"-3"_s;
}

void TestCli::summaryBadInput()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, message);
    const CliRun run = runInBerlin(QStringList{u"--data-dir"_s, m_dir, u"summary"_s} + arguments);
    QCOMPARE(run.code, int(Cli::Usage));
    QVERIFY2(run.err.contains(message), qPrintable(run.err));
    QVERIFY(run.out.isEmpty());
}

QString TestCli::storedCategories()
{
    EventReader reader(m_fx.path());
    const auto value = reader.setting(settings::storageKey(settings::kCategories));
    return value ? QString::fromUtf8(QJsonDocument(QJsonArray{*value}).toJson(QJsonDocument::Compact)) : u"?"_s;
}

void TestCli::categoriesListExportImport()
{
    // Stint commits its open batch within 15 s; here the mock clock stands still, so commit now.
    QVERIFY(await(m_fx.store().forceCommit()).ok());
    const CliRun list = runInBerlin({u"--data-dir"_s, m_dir, u"categories"_s});
    QCOMPARE(list.code, int(Cli::Ok));
    QVERIFY(list.out.contains(u"Work > Programming"_s));

    QTemporaryDir dir;
    const QString file = dir.filePath(u"categories.json"_s);
    const CliRun exported = runInBerlin({u"--data-dir"_s, m_dir, u"categories"_s, u"export"_s, file});
    QCOMPARE(exported.code, int(Cli::Ok));
    QFile written(file);
    QVERIFY(written.open(QIODevice::ReadOnly));
    const QJsonArray rules = QJsonDocument::fromJson(written.readAll()).object().value(u"categories"_s).toArray();
    QVERIFY(rules.size() >= 11);

    QFile mine(dir.filePath(u"mine.json"_s));
    QVERIFY(mine.open(QIODevice::WriteOnly));
    mine.write(R"({"categories": [{"name": ["Editing"], "rule": {"type": "regex", "regex": "^Editor$"},
                   "data": {"color": "#123456", "score": 3}}]})");
    mine.close();
    const CliRun imported = runInBerlin({u"--data-dir"_s, m_dir, u"categories"_s, u"import"_s, mine.fileName()});
    QVERIFY2(imported.code == int(Cli::Ok), qPrintable(imported.err));
    QVERIFY(storedCategories().contains(u"Editing"_s));
    const CliRun summary =
        runInBerlin({u"--data-dir"_s, m_dir, u"summary"_s, u"--date"_s, u"2026-07-23"_s, u"--by"_s, u"category"_s});
    QVERIFY2(summary.out.contains(u"Editing   2:30:00  100.0%"_s), qPrintable(summary.out));
    QVERIFY(summary.out.contains(u"productivity 3.00"_s));

    // Back to the exported defaults.
    QCOMPARE(runInBerlin({u"--data-dir"_s, m_dir, u"categories"_s, u"import"_s, file}).code, int(Cli::Ok));
    QVERIFY(!storedCategories().contains(u"Editing"_s));
}

void TestCli::categoriesImportRefusesBadFiles_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QString>("message");
    QTest::newRow("malformed") << QByteArray("[{\"name\": [\"A\"], ") << u"was not imported"_s;
    QTest::newRow("invalid regex") << QByteArray(
        R"([{"name": ["Work", "Bad"], "rule": {"type": "regex", "regex": "([a-"}}])")
                                   << u"Work > Bad"_s;
    QTest::newRow("not rules") << QByteArray(R"({"something": 1})") << u"categories"_s;
    QTest::newRow("a key twice") << QByteArray(
        R"([{"name": ["Work"], "rule": {"type": "regex", "regex": "a", "regex": "b"}}])")
                                 << u"the key \"regex\" comes twice"_s;
    QTest::newRow("a lone surrogate") << QByteArray(R"([{"name": ["Work\ud83d"], "rule": {"type": "none"}}])")
                                      << u"not valid Unicode"_s;
    QTest::newRow("not UTF-8") << QByteArray("[{\"name\": [\"W\xe9rk\"], \"rule\": {\"type\": \"none\"}}]")
                               << u"the byte 0xe9 at offset 13 is not valid UTF-8"_s;
    QTest::newRow("a score too big") << QByteArray(
        R"([{"name": ["Work"], "rule": {"type": "none"}, "data": {"score": 99999999999999999999}}])")
                                     << u"a number Stint cannot keep"_s;
}

void TestCli::categoriesImportRefusesBadFiles()
{
    QFETCH(QByteArray, content);
    QFETCH(QString, message);
    const QString before = storedCategories();
    QTemporaryDir dir;
    QFile file(dir.filePath(u"bad.json"_s));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(content);
    file.close();
    const CliRun run = runInBerlin({u"--data-dir"_s, m_dir, u"categories"_s, u"import"_s, file.fileName()});
    QCOMPARE(run.code, int(Cli::Problem));
    QVERIFY2(run.err.contains(message), qPrintable(run.err));
    QCOMPARE(storedCategories(), before);
    const CliRun missing = runInBerlin({u"--data-dir"_s, m_dir, u"categories"_s, u"import"_s, dir.filePath(u"none"_s)});
    QCOMPARE(missing.code, int(Cli::Problem));
    QCOMPARE(runInBerlin({u"--data-dir"_s, m_dir, u"categories"_s, u"frobnicate"_s}).code, int(Cli::Usage));
}

#ifdef Q_OS_LINUX
void TestCli::gnomeExtensionInstallAndStatus()
{
    QTemporaryDir home;
    const EnvironmentGuard restore{"XDG_DATA_HOME", "DBUS_SESSION_BUS_ADDRESS"};
    qputenv("XDG_DATA_HOME", home.path().toLocal8Bit());
    qputenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/stint-test-bus"); // no GNOME Shell here
    const QString directory = home.path() + u"/gnome-shell/extensions/stint-focus@stint.invalid"_s;

    CliRun status = runInBerlin({u"gnome-extension"_s, u"status"_s});
    QCOMPARE(status.code, int(Cli::Problem));
    QVERIFY2(status.out.contains(u"not installed"_s), qPrintable(status.out));

    const CliRun install = runInBerlin({u"gnome-extension"_s, u"install"_s});
    QCOMPARE(install.code, int(Cli::Ok));
    QVERIFY2(install.out.contains(directory) && install.out.contains(u"log out and back in"_s, Qt::CaseInsensitive),
             qPrintable(install.out));
    QVERIFY(QFile::exists(directory + u"/metadata.json"_s));
    QVERIFY(QFile::exists(directory + u"/extension.js"_s));

    status = runInBerlin({u"gnome-extension"_s, u"status"_s});
    QCOMPARE(status.code, int(Cli::Problem));
    QVERIFY2(status.out.contains(u"installed in %1 but not running"_s.arg(directory)), qPrintable(status.out));

    const CliRun wrong = runInBerlin({u"gnome-extension"_s, u"enable"_s});
    QCOMPARE(wrong.code, int(Cli::Usage));
    QVERIFY2(wrong.err.contains(u"'install' or 'status'"_s), qPrintable(wrong.err));
}
#endif
void TestCli::exportJsonAndImportIt()
{
    QTemporaryDir dir;
    const QString file = dir.filePath(u"export.json"_s);
    const auto eventsOf = [](const QString &where) {
        return runInBerlin({u"--data-dir"_s, where, u"events"_s, kWindowBucket, u"--json"_s}).out;
    };
    const qsizetype count = QJsonDocument::fromJson(eventsOf(m_dir).toUtf8()).array().size();
    QVERIFY(count >= 5);
    const CliRun exported = runInBerlin({u"--data-dir"_s, m_dir, u"export"_s, file});
    QCOMPARE(exported.code, int(Cli::Ok));
    QVERIFY2(exported.out.contains(u"Exported %1 event(s) (buckets: 1)"_s.arg(count)), qPrintable(exported.out));

    // To standard output, one bucket, a range: the events overlapping it, clipped.
    const CliRun ranged = runInBerlin({u"--data-dir"_s, m_dir, u"export"_s, u"--bucket"_s, kWindowBucket, u"--start"_s,
                                       u"2026-07-23T10:15:00Z"_s, u"--end"_s, u"2026-07-23T11:15:00Z"_s});
    QCOMPARE(ranged.code, int(Cli::Ok));
    const QJsonArray events =
        QJsonDocument::fromJson(ranged.out.toUtf8())[u"buckets"_s][kWindowBucket][u"events"_s].toArray();
    QCOMPARE(events.size(), 2);
    QCOMPARE(events.at(0)[u"duration"_s].toDouble(), 900.0);
    QCOMPARE(events.at(1)[u"duration"_s].toDouble(), 900.0);

    // Into an empty location, then again: the second import adds nothing.
    QTemporaryDir target;
    const CliRun imported = runInBerlin({u"--data-dir"_s, target.path(), u"import"_s, file});
    QCOMPARE(imported.code, int(Cli::Ok));
    QVERIFY2(imported.out.contains(u"Imported %1 event(s), skipped 0"_s.arg(count)), qPrintable(imported.out));
    const CliRun again = runInBerlin({u"--data-dir"_s, target.path(), u"import"_s, file});
    QCOMPARE(again.code, int(Cli::Ok));
    QVERIFY2(again.out.contains(u"Imported 0 event(s), skipped %1"_s.arg(count)), qPrintable(again.out));
    QString original = eventsOf(m_dir);
    QString copy = eventsOf(target.path());
    static const QRegularExpression ids(uR"("id": \d+)"_s);
    QCOMPARE(copy.remove(ids), original.remove(ids));
}

void TestCli::exportCsv()
{
    QTemporaryDir dir;
    const QString file = dir.filePath(u"activity.csv"_s);
    const CliRun run = runInBerlin({u"--data-dir"_s, m_dir, u"export"_s, file}); // the extension picks CSV
    QCOMPARE(run.code, int(Cli::Ok));
    QFile written(file);
    QVERIFY(written.open(QIODevice::ReadOnly));
    const QStringList lines = QString::fromUtf8(written.readAll()).split(u"\r\n"_s, Qt::SkipEmptyParts);
    // No AFK bucket: every window event is a row (they do not touch).
    const CliRun events = runInBerlin({u"--data-dir"_s, m_dir, u"events"_s, kWindowBucket, u"--json"_s});
    QCOMPARE(lines.size(), 1 + QJsonDocument::fromJson(events.out.toUtf8()).array().size());
    QCOMPARE(lines.at(0), u"start,end,duration,app,title,url,category"_s);
    QCOMPARE(lines.at(1), u"2026-07-23T10:00:00Z,2026-07-23T10:30:00Z,1800.000,Editor,hour 0,,Uncategorized"_s);
    const CliRun stdoutRun = runInBerlin({u"--data-dir"_s, m_dir, u"export"_s, u"--format"_s, u"csv"_s, u"--start"_s,
                                          u"2026-07-23T11:00:00Z"_s, u"--end"_s, u"2026-07-23T11:10:00Z"_s});
    QCOMPARE(stdoutRun.code, int(Cli::Ok));
    QCOMPARE(stdoutRun.out.split(u"\r\n"_s, Qt::SkipEmptyParts).size(), 2);
    QVERIFY(stdoutRun.out.contains(u"600.000,Editor,hour 1"_s));
}

void TestCli::exportAndImportBadInput_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("code");
    QTest::addColumn<QString>("message");
    QTest::newRow("format") << QStringList{u"export"_s, u"--format"_s, u"xml"_s} << int(Cli::Usage) << u"json or csv"_s;
    QTest::newRow("bucket with csv") << QStringList{u"export"_s, u"--format"_s, u"csv"_s, u"--bucket"_s, u"x"_s}
                                     << int(Cli::Usage) << u"--bucket"_s;
    QTest::newRow("bad time") << QStringList{u"export"_s, u"--start"_s, u"soon"_s} << int(Cli::Usage) << u"soon"_s;
    QTest::newRow("reversed") << QStringList{u"export"_s, u"--start"_s, u"2026-07-24"_s, u"--end"_s, u"2026-07-23"_s}
                              << int(Cli::Usage) << u"before"_s;
    QTest::newRow("unknown bucket") << QStringList{u"export"_s, u"--bucket"_s, u"nope"_s} << int(Cli::Problem)
                                    << u"nope"_s;
    QTest::newRow("missing file") << QStringList{u"import"_s, u"/nonexistent/file.json"_s} << int(Cli::Problem)
                                  << u"no such file"_s;
    QTest::newRow("import without file") << QStringList{u"import"_s} << int(Cli::Usage) << u"import"_s;
}

void TestCli::exportAndImportBadInput()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, code);
    QFETCH(QString, message);
    const CliRun run = runInBerlin(QStringList{u"--data-dir"_s, m_dir} + arguments);
    QCOMPARE(run.code, code);
    QVERIFY2(run.err.contains(message), qPrintable(run.err));
}

void TestCli::importReportsAMalformedFile()
{
    QTemporaryDir dir;
    QFile bad(dir.filePath(u"bad.json"_s));
    QVERIFY(bad.open(QIODevice::WriteOnly));
    bad.write(R"({"buckets": {"b1": {"type": "t", "client": "c", "hostname": "h", "events": [
        {"timestamp": "2026-07-23T10:00:00Z", "duration": 5, "data": {"a": 1}},
        {"timestamp": "2026-07-23T10:00:05Z", "duration": -5, "data": {}}]}}})");
    bad.close();
    QTemporaryDir target;
    const CliRun run = runInBerlin({u"--data-dir"_s, target.path(), u"import"_s, bad.fileName()});
    QCOMPARE(run.code, int(Cli::Problem));
    QVERIFY2(run.err.contains(u"line 3"_s) && run.err.contains(u"event 2"_s) && run.err.contains(u"duration"_s),
             qPrintable(run.err));
    QVERIFY2(run.err.contains(u"Nothing was imported"_s), qPrintable(run.err));
    // Nothing was stored, not even the well-formed first event.
    QVERIFY(!QFileInfo::exists(QDir(target.path()).filePath(u"stint.db"_s))
            || EventReader(QDir(target.path()).filePath(u"stint.db"_s)).buckets().value_or(BucketList()).isEmpty());
}

#ifdef Q_OS_LINUX
void TestCli::autostartEnableStatusDisable()
{
    QTemporaryDir config;
    const EnvironmentGuard restore{"XDG_CONFIG_HOME"};
    qputenv("XDG_CONFIG_HOME", config.path().toLocal8Bit());
    const QString entry = config.path() + u"/autostart/org.stint.Stint.desktop"_s;

    CliRun status = runInBerlin({u"autostart"_s, u"status"_s});
    QCOMPARE(status.code, int(Cli::Ok));
    QCOMPARE(status.out, u"disabled\n"_s);

    const CliRun enable = runInBerlin({u"autostart"_s, u"enable"_s});
    QCOMPARE(enable.code, int(Cli::Ok));
    QVERIFY2(enable.out.contains(entry), qPrintable(enable.out));
    QVERIFY(QFile::exists(entry));
    // The entry starts the stint executable that sits next to stint-cli (here: this test's folder).
    QFile file(entry);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QString expected = QCoreApplication::applicationDirPath() + u"/stint"_s;
    QVERIFY2(QString::fromUtf8(file.readAll()).contains(u"Exec="_s + expected + u" --minimized\n"_s),
             qPrintable(expected));
    status = runInBerlin({u"autostart"_s, u"status"_s});
    QCOMPARE(status.out, u"enabled\n"_s);

    // Removed behind the CLI's back: the status says so.
    QVERIFY(QFile::remove(entry));
    QCOMPARE(runInBerlin({u"autostart"_s, u"status"_s}).out, u"disabled\n"_s);

    QCOMPARE(runInBerlin({u"autostart"_s, u"enable"_s}).code, int(Cli::Ok));
    const CliRun disable = runInBerlin({u"autostart"_s, u"disable"_s});
    QCOMPARE(disable.code, int(Cli::Ok));
    QVERIFY(!QFile::exists(entry));
    QCOMPARE(runInBerlin({u"autostart"_s, u"status"_s}).out, u"disabled\n"_s);

    // A file where the autostart folder should be: an error on stderr, exit 1, nothing changed.
    QFile blocker(config.path() + u"/autostart"_s);
    QVERIFY(QDir(config.path() + u"/autostart"_s).removeRecursively());
    QVERIFY(blocker.open(QIODevice::WriteOnly));
    blocker.close();
    const CliRun failed = runInBerlin({u"autostart"_s, u"enable"_s});
    QCOMPARE(failed.code, int(Cli::Problem));
    QVERIFY2(failed.err.contains(config.path() + u"/autostart"_s), qPrintable(failed.err));
    QVERIFY(failed.out.isEmpty());
    QCOMPARE(runInBerlin({u"autostart"_s, u"status"_s}).out, u"disabled\n"_s);

    const CliRun wrong = runInBerlin({u"autostart"_s, u"toggle"_s});
    QCOMPARE(wrong.code, int(Cli::Usage));
    QVERIFY2(wrong.err.contains(u"'enable', 'disable' or 'status'"_s), qPrintable(wrong.err));
}
#endif

QTEST_GUILESS_MAIN(TestCli)
#include "TestCli.moc"
