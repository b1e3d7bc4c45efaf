// The database file: PRAGMAs on every connection, the schema and its index, and bad files (not
// SQLite, another program's, a newer Stint's, corrupt) refused with a clear error, untouched. A
// clean close leaves everything in the database file; a backup is a consistent copy while writing.
#include "StoreFixture.h"
#include "storage/DatabaseBackup.h"
#include "storage/DatabaseCheck.h"
#include "storage/Schema.h"
#include "storage/SqlUtil.h"
#include "storage/SqliteConnection.h"

#include <QCryptographicHash>
#include <QFile>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QThread>
#include <QUrl>

using namespace stint;
using namespace stint::test;

namespace {

QByteArray fileHash(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
}

// A real Stint database with a few events, closed cleanly (WAL checkpointed into the file).
void makeStintDatabase(const QString &path)
{
    Datastore store(Datastore::Options{path, {}, nullptr, nullptr});
    QString error;
    QVERIFY2(store.open(&error), qPrintable(error));
    QVERIFY(await(store.createBucket(windowBucket())).ok());
    for (int i = 0; i < 50; ++i)
        store.heartbeat(kWindowBucket, windowEvent(i * 10, u"title %1"_s.arg(i)), 2);
    QVERIFY(store.close().ok());
}

} // namespace

class TestDatabaseFiles : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void writerPragmas();
    void readerPragmas();
    void inMemorySkipsWal();
    void refusedWalIsAWarningNotAnError();
    void schemaAndRangeIndex();
    void emptyFileIsInitialised();
    void version2FileLearnsItsLongestEvents();
    void badFilesAreRefusedAndUntouched_data();
    void badFilesAreRefusedAndUntouched();
    void closeLeavesEverythingInTheDatabaseFile();
    void backupWhileWriting();
};

void TestDatabaseFiles::writerPragmas()
{
    StoreFixture fx;
    QVERIFY(fx.open());
    const QVariantMap info = fx.diagnostics();
    QCOMPARE(info.value(u"journal_mode"_s).toString(), u"wal"_s);
    QCOMPARE(info.value(u"synchronous"_s).toInt(), 2); // FULL
    QCOMPARE(info.value(u"user_version"_s).toInt(), Schema::kVersion);
    QCOMPARE(info.value(u"application_id"_s).toInt(), Schema::kApplicationId);
}

void TestDatabaseFiles::readerPragmas()
{
    StoreFixture fx;
    QVERIFY(fx.open());
    const QString name = SqliteConnection::uniqueName(u"check"_s);
    QString error;
    QVERIFY2(SqliteConnection::openReader(name, fx.path(), &error), qPrintable(error));
    {
        QSqlDatabase db = QSqlDatabase::database(name);
        QCOMPARE(sql::scalar(db, u"PRAGMA synchronous"_s, &error).toInt(), 2);
        QCOMPARE(sql::scalar(db, u"PRAGMA journal_mode"_s, &error).toString(), u"wal"_s);
        // Read-only: a write through a reader connection is refused by SQLite itself.
        QVERIFY(!sql::exec(db, u"DELETE FROM buckets"_s, &error));
        QVERIFY2(error.contains(u"readonly"_s) || error.contains(u"read-only"_s), qPrintable(error));
    }
    SqliteConnection::close(name);
}

void TestDatabaseFiles::inMemorySkipsWal()
{
    Datastore store(Datastore::Options{u":memory:"_s, StoreFixture::policy(), nullptr, nullptr});
    QString error;
    QVERIFY2(store.open(&error), qPrintable(error));
    const QVariantMap info = await(store.diagnostics());
    QCOMPARE(info.value(u"journal_mode"_s).toString(), u"memory"_s);
    QCOMPARE(info.value(u"synchronous"_s).toInt(), 2);
    QVERIFY(await(store.createBucket(windowBucket())).ok());
    store.heartbeat(kWindowBucket, windowEvent(0, u"A"_s), 2);
    QVERIFY(await(store.forceCommit()).ok());
    QVERIFY(store.close().ok());
    EventReader reader(u":memory:"_s);
    QVERIFY(!reader.isOpen());
    QVERIFY(reader.error().contains(u"in-memory"_s));
}

void TestDatabaseFiles::refusedWalIsAWarningNotAnError()
{
    // SQLite's "unix-none" VFS has no shared memory, so it answers "PRAGMA journal_mode=WAL" with
    // "delete", as it would on a file system without shared memory.
    QTemporaryDir dir;
    const QString uri = QUrl::fromLocalFile(dir.filePath(u"stint.db"_s)).toString() + u"?vfs=unix-none"_s;
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"refused WAL mode .* uses 'delete' instead"_s));
    Datastore store(Datastore::Options{uri, StoreFixture::policy(), nullptr, nullptr});
    QString error;
    QVERIFY2(store.open(&error), qPrintable(error));
    const QVariantMap info = await(store.diagnostics());
    QCOMPARE(info.value(u"journal_mode"_s).toString(), u"delete"_s);
    QCOMPARE(info.value(u"synchronous"_s).toInt(), 2);
    QVERIFY(await(store.createBucket(windowBucket())).ok());
    store.heartbeat(kWindowBucket, windowEvent(0, u"A"_s), 2);
    QVERIFY(store.close().ok());
    EventReader reader(dir.filePath(u"stint.db"_s));
    QCOMPARE(reader.eventCount(kWindowBucket), qint64(1));
}

void TestDatabaseFiles::schemaAndRangeIndex()
{
    StoreFixture fx;
    QVERIFY(fx.openWithBucket());
    fx.store().heartbeat(kWindowBucket, windowEvent(0, u"A"_s), 2);
    QVERIFY(fx.store().close().ok());
    const QString name = SqliteConnection::uniqueName(u"check"_s);
    QString error;
    QVERIFY2(SqliteConnection::openReader(name, fx.path(), &error), qPrintable(error));
    {
        QSqlDatabase db = QSqlDatabase::database(name);
        QSqlQuery plan(db);
        QVERIFY(plan.exec(u"EXPLAIN QUERY PLAN SELECT id, starttime, endtime, data FROM events WHERE bucketrow = 1 "
                          "AND endtime >= 0 AND starttime <= 100 ORDER BY starttime DESC LIMIT 10"_s));
        QString details;
        while (plan.next())
            details += plan.value(3).toString() + u'\n';
        QVERIFY2(details.contains(u"USING INDEX events_bucket_time"_s), qPrintable(details));
        QVERIFY2(!details.contains(u"TEMP B-TREE"_s), qPrintable(details)); // no sort step
        QCOMPARE(sql::scalar(db, u"SELECT count(*) FROM key_value"_s, &error).toInt(), 0);
        // JSON is stored as TEXT (not BLOB), so SQL and other tools can read and match it.
        QCOMPARE(sql::scalar(db, u"SELECT typeof(data) FROM events"_s, &error).toString(), u"text"_s);
        QCOMPARE(sql::scalar(db, u"SELECT typeof(data) FROM buckets"_s, &error).toString(), u"text"_s);
        QCOMPARE(sql::scalar(db, u"SELECT json_extract(data, '$.title') FROM events"_s, &error).toString(), u"A"_s);
    }
    SqliteConnection::close(name);
}

// Schema version 3 keeps each bucket's longest event for readers: a file from version 2 gets it
// from the events it already has, and a new reader finds an old long event through it.
void TestDatabaseFiles::version2FileLearnsItsLongestEvents()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"stint.db"_s);
    makeStintDatabase(path);
    const qint64 longStart = kBaseTime - 1000 * kSecond;
    const qint64 longEnd = kBaseTime + 400 * kSecond;
    runRaw(path,
           {u"DROP TRIGGER events_longest_insert"_s, u"DROP TRIGGER events_longest_update"_s,
            u"DROP TABLE bucket_longest"_s, u"PRAGMA user_version = 2"_s,
            u"INSERT INTO events (bucketrow, starttime, endtime, data) VALUES (1, %1, %2, '{\"title\":\"long\"}')"_s
                .arg(longStart)
                .arg(longEnd)});
    {
        Datastore store(Datastore::Options{path, {}, nullptr, nullptr});
        QString error;
        QVERIFY2(store.open(&error), qPrintable(error));
        QCOMPARE(await(store.diagnostics()).value(u"user_version"_s).toInt(), Schema::kVersion);
        QVERIFY(store.close().ok());
    }
    const QString name = SqliteConnection::uniqueName(u"check"_s);
    QString error;
    QVERIFY2(SqliteConnection::openReader(name, path, &error), qPrintable(error));
    {
        QSqlDatabase db = QSqlDatabase::database(name);
        QCOMPARE(sql::scalar(db, u"SELECT duration FROM bucket_longest WHERE bucketrow = 1"_s, &error).toLongLong(),
                 longEnd - longStart);
    }
    SqliteConnection::close(name);

    EventReader reader(path);
    QStringList titles;
    QVERIFY(reader.forEachRow(kWindowBucket, {kBaseTime + 300 * kSecond, kBaseTime + 301 * kSecond},
                              [&](qint64, qint64, qint64, const QString &data) { titles << data; }));
    QCOMPARE(titles.size(), 2); // the long event and the one at 300 s
    QVERIFY(titles.first().contains(u"long"_s));
}

void TestDatabaseFiles::emptyFileIsInitialised()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"stint.db"_s);
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
    }
    Datastore store(Datastore::Options{path, {}, nullptr, nullptr});
    QString error;
    QVERIFY2(store.open(&error), qPrintable(error));
    QCOMPARE(await(store.diagnostics()).value(u"user_version"_s).toInt(), Schema::kVersion);
}

void TestDatabaseFiles::badFilesAreRefusedAndUntouched_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("mentions");
    QTest::newRow("text file") << u"text"_s << u"not an SQLite database"_s;
    QTest::newRow("truncated header") << u"short"_s << u"not an SQLite database"_s;
    QTest::newRow("another program's database") << u"foreign"_s << u"not Stint's"_s;
    QTest::newRow("newer schema") << u"newer"_s << u"newer Stint (schema version 99"_s;
    QTest::newRow("corrupt first page") << u"corrupt"_s << u"corrupt"_s;
    QTest::newRow("a directory") << u"directory"_s << u"is a directory"_s;
}

void TestDatabaseFiles::badFilesAreRefusedAndUntouched()
{
    QFETCH(QString, kind);
    QFETCH(QString, mentions);
    QTemporaryDir dir;
    const QString path = dir.filePath(u"stint.db"_s);
    if (kind == u"text"_s || kind == u"short"_s) {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(kind == u"text"_s ? QByteArray("{\"this\": \"is not a database\"}\n").repeated(100)
                                     : QByteArray("SQLite format 3\0", 16));
    } else if (kind == u"foreign"_s) {
        runRaw(path,
               {u"CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT)"_s,
                u"INSERT INTO notes(body) VALUES ('keep me')"_s});
    } else if (kind == u"newer"_s) {
        makeStintDatabase(path);
        runRaw(path, {u"PRAGMA user_version = 99"_s});
    } else if (kind == u"corrupt"_s) {
        makeStintDatabase(path);
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadWrite));
        QVERIFY(file.seek(100)); // just past the file header: page 1's b-tree, the schema
        file.write(QByteArray(300, '\xff'));
    } else if (kind == u"directory"_s) {
        QVERIFY(QDir(dir.path()).mkdir(u"stint.db"_s));
    }
    const QByteArray before = fileHash(path);

    Datastore store(Datastore::Options{path, {}, nullptr, nullptr});
    QString error;
    QVERIFY(!store.open(&error));
    QVERIFY2(error.contains(mentions), qPrintable(error));
    QVERIFY2(error.contains(QDir::toNativeSeparators(path)), qPrintable(error)); // says which file
    QCOMPARE(fileHash(path), before);

    EventReader reader(path);
    QVERIFY(!reader.isOpen());
    QVERIFY2(reader.error().contains(mentions), qPrintable(reader.error()));
    QCOMPARE(fileHash(path), before);
    // The refused store answers writes with an error instead of hanging.
    QCOMPARE(await(store.createBucket(windowBucket())).error, StoreError::Closed);
}

void TestDatabaseFiles::closeLeavesEverythingInTheDatabaseFile()
{
    StoreFixture fx;
    QVERIFY(fx.openWithBucket());
    EventList events;
    for (int i = 0; i < 30; ++i)
        events.append(windowEvent(i * 10, u"title %1"_s.arg(i), 5));
    QVERIFY(await(fx.store().insertEvents(kWindowBucket, events)).ok());
    QVERIFY(await(fx.store().forceCommit()).ok());
    // A reader that is open but idle (a window's reading thread between two reports) must not keep
    // the data in the WAL.
    EventReader idle(fx.path());
    QCOMPARE(idle.eventCount(kWindowBucket).value_or(-1), 30);
    QVERIFY(QFileInfo(fx.path() + u"-wal"_s).size() > 0);
    QVERIFY(fx.store().close().ok());
    QCOMPARE(QFileInfo(fx.path() + u"-wal"_s).size(), 0); // truncated (the reader keeps the file)

    // The database file alone, copied elsewhere, holds everything.
    QTemporaryDir elsewhere;
    const QString copy = elsewhere.filePath(u"stint.db"_s);
    QVERIFY(QFile::copy(fx.path(), copy));
    QCOMPARE(EventReader(copy).eventCount(kWindowBucket).value_or(-1), 30);
}

void TestDatabaseFiles::backupWhileWriting()
{
    StoreFixture fx;
    QVERIFY(fx.openWithBucket());
    const QString title(200, u'b');
    auto insert = [&](int i) { return await(fx.store().insertEvents(kWindowBucket, {windowEvent(i, title, 1)})); };
    int written = 0;
    for (; written < 2000; ++written)
        QVERIFY(insert(written).ok());
    QVERIFY(await(fx.store().forceCommit()).ok());
    const int before = written;

    // The writer keeps inserting and committing while the copy is taken on another thread.
    QTemporaryDir out;
    const QString file = out.filePath(u"backup.db"_s);
    QString error;
    qint64 copied = -1;
    std::atomic<bool> done{false};
    QThread *backup = QThread::create([&] {
        if (!DatabaseBackup::write(fx.path(), file, &error, &copied))
            copied = -1;
        done = true;
    });
    backup->start();
    while (!done) {
        QVERIFY(insert(written++).ok());
        QVERIFY(await(fx.store().forceCommit()).ok());
    }
    backup->wait();
    delete backup;
    QVERIFY2(copied >= 0, qPrintable(error));
    QVERIFY2(copied >= before && copied <= written, qPrintable(u"%1 of %2..%3"_s.arg(copied).arg(before).arg(written)));

    const DatabaseCheck::Report report = DatabaseCheck::run(file);
    QVERIFY2(report.ok(), qPrintable(report.error + report.problems.join(u'\n')));
    QCOMPARE(report.events, copied);
    QCOMPARE(report.journalMode.toLower(), u"delete"_s); // one file, no WAL beside it
    QVERIFY(!QFile::exists(file + u"-wal"_s));
    QCOMPARE(EventReader(file).eventCount(kWindowBucket).value_or(-1), copied);

    // A copy onto the database itself is refused, and the database is untouched.
    QVERIFY(!DatabaseBackup::write(fx.path(), fx.path(), &error));
    QVERIFY(fx.store().close().ok());
    QCOMPARE(EventReader(fx.path()).eventCount(kWindowBucket).value_or(-1), written);
}

QTEST_GUILESS_MAIN(TestDatabaseFiles)
#include "TestDatabaseFiles.moc"
