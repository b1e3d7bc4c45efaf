// The sync folder: this device's file in aw-server-rust's schema, other devices' files read into
// "-synced-from-" buckets, incrementally and idempotently, and bad files skipped.
#include "StoreFixture.h"
#include "io/AwImporter.h"
#include "reports/ReportEngine.h"
#include "settings/SettingKeys.h"
#include "sync/SyncFolder.h"
#include "sync/SyncFolderReader.h"
#include "sync/SyncFolderWriter.h"
#include "sync/SyncService.h"

#include <QJsonArray>
#include <QSqlDatabase>
#include <QSqlQuery>

#include <algorithm>

using namespace stint;
using namespace stint::test;

namespace {

const QString kAfkBucket = u"aw-watcher-afk_testhost"_s;

QJsonObject afk(bool away)
{
    return {{u"status"_s, away ? u"afk"_s : u"not-afk"_s}};
}

// One device: a datastore with a window and an AFK bucket and some events, including text that
// must survive the trip unchanged.
struct Device
{
    StoreFixture fx;

    bool open()
    {
        if (!fx.openWithBucket() || !await(fx.store().createBucket(bucketOf(kAfkBucket, u"afkstatus"_s))).ok())
            return false;
        EventList window{at(0, 10, win(u"Editor"_s, u"notes — ü ✓ 日本語 \"quoted\""_s)),
                         at(10, 25, win(u"Browser"_s, u"news"_s)), at(25, 40, win(u"Editor"_s, u"code"_s))};
        return await(fx.store().insertEvents(kWindowBucket, window)).ok()
            && await(fx.store().insertEvents(kAfkBucket, {at(0, 40, afk(false))})).ok()
            && await(fx.store().forceCommit()).ok();
    }
};

// Every bucket (but `skipped`) and its events, oldest first, in a comparable form.
QMap<QString, EventList> contents(const QString &path, const QString &idSuffix = {})
{
    QMap<QString, EventList> all;
    EventReader reader(path);
    for (const Bucket &bucket : reader.buckets(false).value_or(BucketList())) {
        if (!bucket.id.endsWith(idSuffix))
            continue;
        EventList events = reader.events(bucket.id).value_or(EventList());
        std::reverse(events.begin(), events.end());
        for (Event &event : events)
            event.id = 0;
        all.insert(bucket.id.chopped(idSuffix.size()), events);
    }
    return all;
}

QVariant scalarIn(const QString &file, const QString &statement)
{
    const QString name = u"TestSync-peek"_s;
    QVariant value;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
        db.setDatabaseName(file);
        db.setConnectOptions(u"QSQLITE_OPEN_READONLY"_s);
        if (db.open()) {
            QSqlQuery q(db);
            if (q.exec(statement) && q.next())
                value = q.value(0);
        }
    }
    QSqlDatabase::removeDatabase(name);
    return value;
}

} // namespace

class TestSync : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void writtenFileReadsBackLosslessly();
    void writeIsIncremental();
    void readingTwoDevicesTwiceAddsNothing();
    void grownLastEventIsUpdated();
    void badFilesAreSkippedWithAMessage();
    void dataThatCannotBeKeptRefusesTheDevice();
    void hiddenAndDeletedHosts();
    void lastRunLeavesTheDatabaseClosable();
};

void TestSync::writtenFileReadsBackLosslessly()
{
    Device a;
    QVERIFY(a.open());
    // A copy from a third device is not this device's data: it must not be exported again.
    Bucket copy = windowBucket(u"aw-watcher-window_gamma-synced-from-gamma"_s);
    copy.data.insert(SyncFolder::kOriginKey, u"gamma"_s);
    QVERIFY(await(a.fx.store().createBucket(copy)).ok());
    QVERIFY(await(a.fx.store().insertEvents(copy.id, {at(50, 60, win(u"X"_s, u"y"_s))})).ok());
    QVERIFY(await(a.fx.store().forceCommit()).ok());

    QTemporaryDir folder;
    SyncFolderWriter::Result result;
    QString error;
    QVERIFY2(SyncFolderWriter(a.fx.path()).write(folder.path(), u"alpha"_s, u"dev-a"_s, &result, &error),
             qPrintable(error));
    QCOMPARE(result.file, QDir(folder.path()).filePath(u"alpha/dev-a/test.db"_s));
    QCOMPARE(result.buckets, 2);
    QCOMPARE(result.events, 4);
    // aw-server-rust's schema: its version, `created` as RFC 3339 text; no journal left beside it.
    QCOMPARE(scalarIn(result.file, u"PRAGMA user_version"_s).toInt(), SyncFolder::kWrittenVersion);
    QCOMPARE(scalarIn(result.file, u"SELECT typeof(created) FROM buckets LIMIT 1"_s).toString(), u"text"_s);
    QCOMPARE(QDir(QFileInfo(result.file).path()).entryList(QDir::Files | QDir::Hidden), QStringList{u"test.db"_s});

    // Stint's own importer of aw-server-rust databases reads it back: the same buckets and events.
    StoreFixture b;
    QVERIFY(b.open());
    EventReader reader(b.path());
    const ImportReport imported = AwImporter(b.store(), reader).importSqlite(result.file);
    QVERIFY2(imported.ok(), qPrintable(imported.error));
    auto expected = contents(a.fx.path());
    expected.remove(copy.id);
    QCOMPARE(contents(b.path()), expected);
    EventReader fromA(a.fx.path());
    EventReader fromB(b.path());
    for (const QString &id : {kWindowBucket, kAfkBucket}) {
        const auto original = fromA.bucket(id);
        const auto readBack = fromB.bucket(id);
        QVERIFY(original && readBack);
        QCOMPARE(readBack->type, original->type);
        QCOMPARE(readBack->client, original->client);
        QCOMPARE(readBack->hostname, original->hostname);
        QCOMPARE(readBack->created / 1000, original->created / 1000); // RFC 3339 keeps microseconds
        QCOMPARE(readBack->data, original->data);
    }
}

void TestSync::writeIsIncremental()
{
    Device a;
    QVERIFY(a.open());
    QTemporaryDir folder;
    SyncFolderWriter writer(a.fx.path());
    SyncFolderWriter::Result result;
    QString error;
    QVERIFY2(writer.write(folder.path(), u"alpha"_s, u"dev-a"_s, &result, &error), qPrintable(error));
    QCOMPARE(result.events, 4);
    const QString file = result.file;
    // The row of the first window event: an old event, never rewritten.
    const QString firstRow = u"SELECT e.id FROM events e JOIN buckets b ON b.id = e.bucketrow WHERE b.name = '%1' "
                             "ORDER BY e.starttime LIMIT 1"_s.arg(kWindowBucket);
    const qint64 firstId = scalarIn(file, firstRow).toLongLong();
    QVERIFY(firstId > 0);

    // Nothing new: the file is left as it is.
    const QDateTime written = QFileInfo(file).lastModified();
    QVERIFY2(writer.write(folder.path(), u"alpha"_s, u"dev-a"_s, &result, &error), qPrintable(error));
    QCOMPARE(result.events, 0);
    QCOMPARE(QFileInfo(file).lastModified(), written);
    QCOMPARE(QDir(QFileInfo(file).path()).entryList(QDir::Files | QDir::Hidden), QStringList{u"test.db"_s});
    // Two new window events: they and the last one before them.
    QVERIFY(await(a.fx.store().insertEvents(
                      kWindowBucket, {at(40, 50, win(u"Mail"_s, u"inbox"_s)), at(50, 55, win(u"Editor"_s, u"code"_s))}))
                .ok());
    QVERIFY(await(a.fx.store().forceCommit()).ok());
    QVERIFY(writer.write(folder.path(), u"alpha"_s, u"dev-a"_s, &result, &error));
    QCOMPARE(result.events, 4); // window: last + 2 new; afk: its last
    // The older rows were left as they were, and the file holds exactly the local events.
    QCOMPARE(scalarIn(file, firstRow).toLongLong(), firstId);
    QCOMPARE(scalarIn(file, u"SELECT count(*) FROM events"_s).toInt(), 6);
    StoreFixture b;
    QVERIFY(b.open());
    EventReader reader(b.path());
    QVERIFY(AwImporter(b.store(), reader).importSqlite(file).ok());
    QCOMPARE(contents(b.path()), contents(a.fx.path()));
}

void TestSync::readingTwoDevicesTwiceAddsNothing()
{
    Device alpha;
    Device gamma;
    QVERIFY(alpha.open());
    QVERIFY(gamma.open());
    QVERIFY(await(gamma.fx.store().insertEvents(kWindowBucket, {at(100, 130, win(u"Game"_s, u"level 2"_s))})).ok());
    QVERIFY(await(gamma.fx.store().forceCommit()).ok());
    QTemporaryDir folder;
    QString error;
    QVERIFY(SyncFolderWriter(alpha.fx.path()).write(folder.path(), u"alpha"_s, u"a1"_s, nullptr, &error));
    QVERIFY(SyncFolderWriter(gamma.fx.path()).write(folder.path(), u"gamma"_s, u"g1"_s, nullptr, &error));

    Device local;
    QVERIFY(local.open());
    const auto before = contents(local.fx.path());
    {
        EventReader reader(local.fx.path());
        SyncFolderReader syncReader(local.fx.store());
        const auto devices = syncReader.read(reader, folder.path(), u"beta"_s);
        QCOMPARE(devices.size(), 2);
        for (const SyncReport::Device &device : devices) {
            QVERIFY2(device.error.isEmpty(), qPrintable(device.error));
            QCOMPARE(device.added, device.host == u"alpha"_s ? 4 : 5);
        }
        // Unchanged files are not read again by the same reader.
        for (const SyncReport::Device &device : syncReader.read(reader, folder.path(), u"beta"_s))
            QVERIFY(device.upToDate);
    }
    // A fresh reader (a restarted Stint) compares and adds nothing.
    {
        EventReader reader(local.fx.path());
        SyncFolderReader syncReader(local.fx.store());
        for (const SyncReport::Device &device : syncReader.read(reader, folder.path(), u"beta"_s)) {
            QVERIFY2(device.error.isEmpty(), qPrintable(device.error));
            QCOMPARE(device.added, 0);
            QCOMPARE(device.removed, 0);
        }
    }
    QCOMPARE(contents(local.fx.path(), u"-synced-from-alpha"_s), contents(alpha.fx.path()));
    QCOMPARE(contents(local.fx.path(), u"-synced-from-gamma"_s), contents(gamma.fx.path()));
    // Named and tagged as aw-sync does; this computer's own buckets untouched.
    EventReader reader(local.fx.path());
    const auto copy = reader.bucket(kWindowBucket + u"-synced-from-alpha"_s);
    QVERIFY(copy);
    QCOMPARE(copy->hostname, u"alpha"_s);
    QCOMPARE(copy->type, u"currentwindow"_s);
    QCOMPARE(copy->data.value(SyncFolder::kOriginKey).toString(), u"alpha"_s);
    auto own = contents(local.fx.path());
    for (auto it = own.begin(); it != own.end();)
        it = it.key().contains(SyncFolder::kSyncedInfix) ? own.erase(it) : std::next(it);
    QCOMPARE(own, before);
    // Its own host's folder (an older device id too) is never read.
    QVERIFY(SyncFolderWriter(local.fx.path()).write(folder.path(), u"beta"_s, u"b-old"_s, nullptr, &error));
    SyncFolderReader again(local.fx.store());
    QCOMPARE(again.read(reader, folder.path(), u"beta"_s).size(), 2);
}

void TestSync::grownLastEventIsUpdated()
{
    Device alpha;
    QVERIFY(alpha.open());
    QTemporaryDir folder;
    QString error;
    SyncFolderWriter writer(alpha.fx.path());
    QVERIFY(writer.write(folder.path(), u"alpha"_s, u"a1"_s, nullptr, &error));
    Device local;
    QVERIFY(local.open());
    EventReader reader(local.fx.path());
    SyncFolderReader syncReader(local.fx.store());
    QCOMPARE(syncReader.read(reader, folder.path(), u"beta"_s).first().added, 4);

    // The last window event grows (a heartbeat merges into it), and a new one follows.
    const auto last = EventReader(alpha.fx.path()).events(kWindowBucket, {}, 1);
    QVERIFY(last && last->size() == 1);
    QVERIFY(await(alpha.fx.store().deleteEvents(kWindowBucket, {last->first().id})).ok());
    QVERIFY(await(alpha.fx.store().insertEvents(
                      kWindowBucket, {at(25, 45, win(u"Editor"_s, u"code"_s)), at(45, 50, win(u"Mail"_s, u"inbox"_s))}))
                .ok());
    QVERIFY(await(alpha.fx.store().forceCommit()).ok());
    QVERIFY(writer.write(folder.path(), u"alpha"_s, u"a1"_s, nullptr, &error));
    const auto devices = syncReader.read(reader, folder.path(), u"beta"_s);
    QCOMPARE(devices.first().added, 2);
    QCOMPARE(devices.first().removed, 1);
    QCOMPARE(contents(local.fx.path(), u"-synced-from-alpha"_s), contents(alpha.fx.path()));
}

void TestSync::badFilesAreSkippedWithAMessage()
{
    Device alpha;
    QVERIFY(alpha.open());
    QTemporaryDir folder;
    QString error;
    SyncFolderWriter::Result good;
    QVERIFY(SyncFolderWriter(alpha.fx.path()).write(folder.path(), u"alpha"_s, u"a1"_s, &good, &error));
    QFile goodFile(good.file);
    QVERIFY(goodFile.open(QIODevice::ReadOnly));
    const QByteArray valid = goodFile.readAll();
    goodFile.close();

    const auto put = [&](const QString &host, const QByteArray &bytes) {
        const QDir dir(SyncFolder::deviceDirectory(folder.path(), host, u"d"_s));
        dir.mkpath(u"."_s);
        QFile file(dir.filePath(u"test.db"_s));
        return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size() ? file.fileName() : QString();
    };
    const QString garbage = put(u"corrupt"_s, QByteArray(8192, 'x'));
    const QString half = put(u"partial"_s, valid.left(valid.size() / 2));
    // A newer aw-server-rust: the same bytes with a user_version beyond what Stint reads.
    const QString newer = put(u"newer"_s, valid);
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"TestSync-newer"_s);
        db.setDatabaseName(newer);
        QVERIFY(db.open());
        QVERIFY(QSqlQuery(db).exec(u"PRAGMA user_version = 99"_s));
        db.close();
    }
    QSqlDatabase::removeDatabase(u"TestSync-newer"_s);
    for (const QString &file : {garbage, half, newer})
        QVERIFY(!file.isEmpty());

    Device local;
    QVERIFY(local.open());
    const auto before = contents(local.fx.path());
    EventReader reader(local.fx.path());
    SyncFolderReader syncReader(local.fx.store());
    const auto devices = syncReader.read(reader, folder.path(), u"beta"_s);
    QCOMPARE(devices.size(), 4);
    QHash<QString, SyncReport::Device> byHost;
    for (const SyncReport::Device &device : devices)
        byHost.insert(device.host, device);
    QVERIFY2(byHost[u"alpha"_s].error.isEmpty(), qPrintable(byHost[u"alpha"_s].error));
    QCOMPARE(byHost[u"alpha"_s].added, 4);
    for (const auto &[host, file] : {std::pair{u"corrupt"_s, garbage}, {u"partial"_s, half}, {u"newer"_s, newer}}) {
        const QString message = byHost[host].error;
        QVERIFY2(message.contains(QDir::toNativeSeparators(file)), qPrintable(message));
        QCOMPARE(byHost[host].added, 0);
    }
    QVERIFY2(byHost[u"newer"_s].error.contains(u"99"_s), qPrintable(byHost[u"newer"_s].error));
    // Nothing of theirs arrived, and this computer's data is as it was.
    auto after = contents(local.fx.path());
    QCOMPARE(after.size(), before.size() + 2);
    for (auto it = before.cbegin(); it != before.cend(); ++it)
        QCOMPARE(after.value(it.key()), it.value());
    // Skipped files are tried again: once the partial one is complete it is read.
    QVERIFY(!put(u"partial"_s, valid).isEmpty());
    const auto retried = syncReader.read(reader, folder.path(), u"beta"_s);
    const auto partial = std::find_if(retried.cbegin(), retried.cend(),
                                      [](const SyncReport::Device &d) { return d.host == u"partial"_s; });
    QVERIFY(partial != retried.cend());
    QVERIFY2(partial->error.isEmpty(), qPrintable(partial->error));
    QCOMPARE(partial->added, 4);
}

void TestSync::dataThatCannotBeKeptRefusesTheDevice()
{
    // Event data Stint could not keep as written (a whole number past 64 bits, which aw-server-rust
    // writes) refuses the device with a message, as malformed data does, and none of it is stored.
    Device alpha;
    QVERIFY(alpha.open());
    QTemporaryDir folder;
    QString error;
    SyncFolderWriter::Result written;
    QVERIFY(SyncFolderWriter(alpha.fx.path()).write(folder.path(), u"alpha"_s, u"a1"_s, &written, &error));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"TestSync-mangled"_s);
        db.setDatabaseName(written.file);
        QVERIFY(db.open());
        QVERIFY(QSqlQuery(db).exec(uR"(UPDATE events SET data = '{"n":18446744073709551616}')"_s));
        db.close();
    }
    QSqlDatabase::removeDatabase(u"TestSync-mangled"_s);

    Device local;
    QVERIFY(local.open());
    EventReader reader(local.fx.path());
    const auto devices = SyncFolderReader(local.fx.store()).read(reader, folder.path(), u"beta"_s);
    QCOMPARE(devices.size(), 1);
    QVERIFY2(devices.first().error.contains(u"a number Stint cannot keep: the whole number 18446744073709551616"_s),
             qPrintable(devices.first().error));
    QCOMPARE(devices.first().added, 0);
    const auto copied = contents(local.fx.path(), u"-synced-from-alpha"_s);
    for (auto it = copied.cbegin(); it != copied.cend(); ++it)
        QVERIFY2(it.value().isEmpty(), qPrintable(it.key()));
}

void TestSync::hiddenAndDeletedHosts()
{
    Device alpha;
    QVERIFY(alpha.open());
    QTemporaryDir folder;
    QString error;
    QVERIFY(SyncFolderWriter(alpha.fx.path()).write(folder.path(), u"alpha"_s, u"a1"_s, nullptr, &error));
    Device local;
    QVERIFY(local.open());
    {
        EventReader reader(local.fx.path());
        SyncFolderReader syncReader(local.fx.store());
        QCOMPARE(syncReader.read(reader, folder.path(), u"beta"_s).first().added, 4);
    }
    {
        ReportEngine engine(local.fx.path());
        QCOMPARE(engine.hosts().value_or(QStringList()), (QStringList{u"alpha"_s, u"testhost"_s}));
    }
    QVERIFY(await(local.fx.store().setSetting(settings::storageKey(settings::kSyncHiddenHosts), QJsonArray{u"alpha"_s}))
                .ok());
    QVERIFY(await(local.fx.store().forceCommit()).ok());
    {
        ReportEngine engine(local.fx.path());
        QCOMPARE(engine.hosts().value_or(QStringList()), QStringList{u"testhost"_s});
        // "All computers" leaves it out too.
        const spans::Period day{kBaseTime - 3600 * kSecond, kBaseTime + 3600 * kSecond};
        QCOMPARE(engine.activity(day).value_or(Activity()).hosts, (QStringList{u"alpha"_s, u"testhost"_s}));
        QVERIFY(engine.loadSettings());
        QCOMPARE(engine.activity(day).value_or(Activity()).hosts, QStringList{u"testhost"_s});
    }
    // Deleting a host's copies leaves this computer's buckets alone, and they do not come back.
    auto own = contents(local.fx.path());
    own.remove(kWindowBucket + u"-synced-from-alpha"_s);
    own.remove(kAfkBucket + u"-synced-from-alpha"_s);
    QCOMPARE(own.size(), 2);
    const SyncReport removed = SyncService::removeHost(local.fx.store(), local.fx.path(), u"alpha"_s);
    QVERIFY2(removed.ok(), qPrintable(removed.error));
    QCOMPARE(removed.devices.first().removed, 2);
    QCOMPARE(contents(local.fx.path()), own);
    EventReader reader(local.fx.path());
    SyncFolderReader syncReader(local.fx.store());
    QVERIFY(syncReader.read(reader, folder.path(), u"beta"_s, {u"alpha"_s}).isEmpty());
}

// At quit the last run goes first, then the datastore closes. A request that its end sets off
// (the sync panel asks for the status when a run finishes) must not open a connection the
// datastore would then not be the last to close: a WAL would stay beside stint.db.
void TestSync::lastRunLeavesTheDatabaseClosable()
{
    Device device;
    QVERIFY(device.open());
    QTemporaryDir folder;
    QVERIFY(await(device.fx.store().setSetting(settings::storageKey(settings::kSyncDir), folder.path())).ok());
    SyncService service(device.fx.store(), device.fx.path(), u"testhost"_s);
    service.start();
    std::optional<QFuture<SyncStatus>> askedOnFinish;
    connect(&service, &SyncService::finished, this, [&] { askedOnFinish = service.status(); });

    const SyncReport last = await(service.finalRun());
    QVERIFY2(last.ran && last.error.isEmpty() && last.written > 0, qPrintable(last.error));
    QTRY_VERIFY(askedOnFinish && askedOnFinish->isFinished());
    QCOMPARE(askedOnFinish->resultCount(), 0); // refused, no reader opened
    const SyncReport refused = await(service.syncNow());
    QVERIFY(!refused.ran);
    QVERIFY(!refused.error.isEmpty());
    // Quitting again (a retry, or a signal during the first quit): the last run runs again.
    const SyncReport again = await(service.finalRun());
    QVERIFY2(again.ran && again.error.isEmpty(), qPrintable(again.error));
    QVERIFY(await(device.fx.store().insertEvents(kWindowBucket, {at(50, 60, win(u"Late"_s, u"x"_s))})).ok());

    QVERIFY(device.fx.store().close().ok());
    QVERIFY(QFile::exists(device.fx.path()));
    QVERIFY(!QFile::exists(device.fx.path() + u"-wal"_s));

    // Quitting cancelled: sync answers again.
    service.start();
    const SyncStatus status = await(service.status());
    QVERIFY(status.settings.enabled());
}

QTEST_GUILESS_MAIN(TestSync)
#include "TestSync.moc"
