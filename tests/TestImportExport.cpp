// ActivityWatch export and import: a lossless round trip, importing twice adds nothing, a malformed
// file is refused with a clear report and nothing stored, aw-server-rust's sqlite.db imports, and the CSV of activity.
#include "StoreFixture.h"
#include "io/ActivityCsvExporter.h"
#include "io/AwExporter.h"
#include "io/AwImporter.h"
#include "model/Json.h"
#include "model/Timestamp.h"
#include "reports/ReportEngine.h"

#include <QBuffer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

using namespace stint;
using namespace stint::test;

namespace {

const QString kAfk = u"aw-watcher-afk_testhost"_s;

// An export must carry a bucket's creation time to the nanosecond.
Bucket exportedBucket(const QString &id, const QString &type)
{
    Bucket bucket = bucketOf(id, type);
    bucket.created = kBaseTime - 3600 * kSecond + 123'456'789;
    return bucket;
}

// Everything an export must carry: the bucket fields and (start, duration, data) of every event.
using Contents = QMap<QString, QPair<QJsonObject, QStringList>>;

Contents contentsOf(const QString &path)
{
    EventReader reader(path);
    Contents contents;
    for (const Bucket &bucket : reader.buckets(false).value_or(BucketList())) {
        QStringList events;
        for (const Event &event : reader.events(bucket.id).value_or(EventList()))
            events << u"%1 %2 %3"_s.arg(event.start).arg(event.duration).arg(json::toCompactText(event.data));
        events.sort();
        contents.insert(bucket.id,
                        {QJsonObject{{u"type"_s, bucket.type},
                                     {u"client"_s, bucket.client},
                                     {u"hostname"_s, bucket.hostname},
                                     {u"created"_s, QString::number(bucket.created)},
                                     {u"data"_s, bucket.data}},
                         events});
    }
    return contents;
}

QByteArray exportOf(const QString &path, const AwExporter::Options &options = {})
{
    EventReader reader(path);
    AwExporter exporter(reader);
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QString error;
    if (!exporter.write(buffer, options, &error))
        qWarning("export failed: %s", qPrintable(error));
    return buffer.data();
}

ImportReport importInto(StoreFixture &target, QByteArrayView json, int batchSize = 5000)
{
    EventReader reader(target.path());
    AwImporter importer(target.store(), reader);
    importer.setBatchSize(batchSize);
    return importer.importJson(json);
}

// A database of aw-server-rust's schema (version 4+: created as RFC 3339 text, data as JSON text)
// with two buckets and 250 events, then `after` run on it.
bool createAwServerDatabase(const QString &path, const QStringList &after = {})
{
    bool ok = true;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"aw"_s);
        db.setDatabaseName(path);
        ok = db.open();
        QSqlQuery q(db);
        const auto run = [&](const QString &statement) {
            if (ok && !q.exec(statement)) {
                qWarning("%s: %s", qPrintable(statement), qPrintable(q.lastError().text()));
                ok = false;
            }
        };
        for (const QString &statement :
             {u"CREATE TABLE buckets (id INTEGER PRIMARY KEY AUTOINCREMENT, name TEXT UNIQUE NOT NULL, "
              "type TEXT NOT NULL, client TEXT NOT NULL, hostname TEXT NOT NULL, created TEXT NOT NULL, "
              "data_deprecated TEXT DEFAULT '{}', data TEXT NOT NULL DEFAULT '{}')"_s,
              u"CREATE TABLE events (id INTEGER PRIMARY KEY AUTOINCREMENT, bucketrow INTEGER NOT NULL, "
              "starttime INTEGER NOT NULL, endtime INTEGER NOT NULL, data TEXT NOT NULL, "
              "FOREIGN KEY (bucketrow) REFERENCES buckets(id))"_s,
              u"CREATE INDEX events_bucketrow_starttime_endtime_index ON events(bucketrow, starttime DESC, endtime)"_s,
              u"CREATE TABLE key_value (key TEXT PRIMARY KEY, value TEXT, last_modified NUMBER NOT NULL)"_s,
              u"PRAGMA user_version = 5"_s,
              u"INSERT INTO buckets (name, type, client, hostname, created, data) VALUES "
              "('aw-watcher-window_laptop', 'currentwindow', 'aw-watcher-window', 'laptop', "
              "'2024-01-02T03:04:05.678+00:00', '{\"k\":\"v\"}')"_s,
              u"INSERT INTO buckets (name, type, client, hostname, created) VALUES "
              "('aw-watcher-afk_laptop', 'afkstatus', 'aw-watcher-afk', 'laptop', '2024-01-02T03:04:05Z')"_s})
            run(statement);
        const qint64 t0 = 1'704'164'645'000'000'000; // 2024-01-02T03:04:05Z
        for (int i = 0; ok && i < 250; ++i) {
            q.prepare(u"INSERT INTO events (bucketrow, starttime, endtime, data) VALUES (?, ?, ?, ?)"_s);
            q.addBindValue(i % 2 ? 1 : 2);
            q.addBindValue(t0 + qint64(i) * 10 * kSecond);
            q.addBindValue(t0 + qint64(i) * 10 * kSecond + 9'999'999'999);
            q.addBindValue(i % 2 ? u"{\"app\":\"App%1\",\"title\":\"T\"}"_s.arg(i % 7) : u"{\"status\":\"not-afk\"}"_s);
            ok = q.exec();
        }
        for (const QString &statement : after)
            run(statement);
        q = QSqlQuery();
        db.close();
    }
    QSqlDatabase::removeDatabase(u"aw"_s);
    return ok;
}

} // namespace

class TestImportExport : public QObject
{
    Q_OBJECT

    StoreFixture m_source;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_source.open());
        Datastore &store = m_source.store();
        Bucket window = exportedBucket(kWindowBucket, u"currentwindow"_s);
        window.data = QJsonObject{{u"note"_s, u"kept"_s}, {u"n"_s, 3}};
        QVERIFY(await(store.createBucket(window)).ok());
        QVERIFY(await(store.createBucket(exportedBucket(kAfk, u"afkstatus"_s))).ok());
        QVERIFY(await(store.createBucket(exportedBucket(u"empty-bucket"_s, u"test"_s))).ok());
        EventList events{
            at(0, 600, {{u"app"_s, u"Editor"_s}, {u"title"_s, u"main.cpp, \"quoted\" – ünïcödé ✓"_s}}),
            at(600, 900.5, {{u"app"_s, u"Firefox"_s}, {u"title"_s, u"Qt docs"_s}}),
            at(900.5, 1800, {{u"app"_s, u"Terminal"_s}, {u"title"_s, u"line1\nline2"_s}}),
            at(1800, 1800,
               {{u"app"_s, u"Zero"_s}, {u"nested"_s, QJsonObject{{u"list"_s, QJsonArray{1, true, QJsonValue()}}}}}),
        };
        // Nanosecond precision survives the trip.
        events.append(Event{0, kBaseTime + 2000 * kSecond + 1, 12'345'678'901, {{u"app"_s, u"Precise"_s}}});
        QVERIFY(await(store.insertEvents(kWindowBucket, events)).ok());
        QVERIFY(
            await(store.insertEvents(
                      kAfk, {at(0, 1000, {{u"status"_s, u"not-afk"_s}}), at(1000, 1800, {{u"status"_s, u"afk"_s}})}))
                .ok());
        QVERIFY(await(store.forceCommit()).ok());
    }

    void exportHasActivityWatchsShape()
    {
        const QByteArray text = exportOf(m_source.path());
        QJsonParseError error;
        const QJsonDocument document = QJsonDocument::fromJson(text, &error);
        QVERIFY2(document.isObject(), qPrintable(error.errorString()));
        const QJsonObject buckets = document[u"buckets"_s].toObject();
        QCOMPARE(buckets.keys(), (QStringList{kAfk, kWindowBucket, u"empty-bucket"_s}));
        const QJsonObject window = buckets.value(kWindowBucket).toObject();
        QCOMPARE(window[u"id"_s].toString(), kWindowBucket);
        QCOMPARE(window[u"type"_s].toString(), u"currentwindow"_s);
        QCOMPARE(window[u"data"_s][u"note"_s].toString(), u"kept"_s);
        QCOMPARE(window[u"events"_s].toArray().size(), 5);
        const QJsonObject first = window[u"events"_s][0].toObject();
        QCOMPARE(first[u"timestamp"_s].toString(), u"2026-07-23T10:00:00Z"_s);
        QCOMPARE(first[u"duration"_s].toDouble(), 600.0);
        QVERIFY(first[u"id"_s].toInteger() > 0);
        QCOMPARE(buckets.value(u"empty-bucket"_s)[u"events"_s].toArray().size(), 0);

        // One bucket, and a range (events clipped to it).
        const QJsonObject one = QJsonDocument::fromJson(exportOf(m_source.path(), {{kAfk}, {}, {}})).object();
        QCOMPARE(one[u"buckets"_s].toObject().keys(), QStringList{kAfk});
        const QJsonObject ranged =
            QJsonDocument::fromJson(
                exportOf(m_source.path(), {{kAfk}, kBaseTime + 500 * kSecond, kBaseTime + 1200 * kSecond}))
                .object();
        const QJsonArray clipped = ranged[u"buckets"_s][kAfk][u"events"_s].toArray();
        QCOMPARE(clipped.size(), 2);
        QCOMPARE(clipped[0][u"duration"_s].toDouble(), 500.0);
        QCOMPARE(clipped[1][u"duration"_s].toDouble(), 200.0);

        EventReader reader(m_source.path());
        AwExporter exporter(reader);
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        QString why;
        QVERIFY(!exporter.write(buffer, {{u"no-such-bucket"_s}, {}, {}}, &why));
        QVERIFY(why.contains(u"no-such-bucket"_s));
    }

    void roundTripIsLossless()
    {
        const QByteArray text = exportOf(m_source.path());
        StoreFixture target;
        QVERIFY(target.open());
        const ImportReport report = importInto(target, text, 2); // small batches: several round trips
        QVERIFY2(report.ok(), qPrintable(report.text()));
        QCOMPARE(report.imported(), 7);
        QCOMPARE(report.duplicates(), 0);
        QCOMPARE(report.buckets.size(), 3);
        QVERIFY(report.buckets.at(0).created && report.buckets.at(0).complete);
        QCOMPARE(contentsOf(target.path()), contentsOf(m_source.path()));
    }

    // Windows' Notepad saves UTF-8 with a byte order mark: the file imports as it would without.
    void importsAFileThatBeginsWithAByteOrderMark()
    {
        const QByteArray text = "\xEF\xBB\xBF" + exportOf(m_source.path());
        StoreFixture target;
        QVERIFY(target.open());
        const ImportReport report = importInto(target, text);
        QVERIFY2(report.ok(), qPrintable(report.text()));
        QCOMPARE(report.imported(), 7);
        QCOMPARE(contentsOf(target.path()), contentsOf(m_source.path()));
        // A second one is not a byte order mark but a stray character: refused, nothing stored.
        StoreFixture other;
        QVERIFY(other.open());
        const QByteArray twoMarks = "\xEF\xBB\xBF" + text;
        const ImportReport twice = importInto(other, twoMarks);
        QVERIFY(!twice.ok());
        QVERIFY2(twice.error.contains(u"byte order mark"_s), qPrintable(twice.error));
        QCOMPARE(importInto(other, text).imported(), 7); // the store was left as it was
    }

    void importingTwiceAddsNothing()
    {
        const QByteArray text = exportOf(m_source.path());
        StoreFixture target;
        QVERIFY(target.open());
        QCOMPARE(importInto(target, text).imported(), 7);
        const Contents once = contentsOf(target.path());
        const ImportReport again = importInto(target, text);
        QVERIFY2(again.ok(), qPrintable(again.text()));
        QCOMPARE(again.imported(), 0);
        QCOMPARE(again.duplicates(), 7);
        QVERIFY(!again.buckets.at(0).created);
        QCOMPARE(contentsOf(target.path()), once);

        // The array form, with repeats inside the file and one new event: only that one is added.
        QJsonObject window = QJsonDocument::fromJson(text)[u"buckets"_s][kWindowBucket].toObject();
        QJsonArray events = window[u"events"_s].toArray();
        events.append(events.at(0));
        events.append(at(5000, 5010, {{u"app"_s, u"New"_s}}).toJson());
        events.append(at(5000, 5010, {{u"app"_s, u"New"_s}}).toJson());
        window[u"events"_s] = events;
        const QByteArray arrayForm =
            QJsonDocument(QJsonObject{{u"buckets"_s, QJsonArray{window}}}).toJson(QJsonDocument::Indented);
        const ImportReport third = importInto(target, arrayForm);
        QVERIFY2(third.ok(), qPrintable(third.text()));
        QCOMPARE(third.imported(), 1);
        QCOMPARE(third.duplicates(), 7);
        QCOMPARE(contentsOf(target.path())[kWindowBucket].second.size(), 6);

        // The same bucket twice in one file, both copies new to this database: stored once.
        StoreFixture fresh;
        QVERIFY(fresh.open());
        const QByteArray twice =
            QJsonDocument(QJsonObject{{u"buckets"_s, QJsonArray{window, window}}}).toJson(QJsonDocument::Compact);
        const ImportReport doubled = importInto(fresh, twice);
        QVERIFY2(doubled.ok(), qPrintable(doubled.text()));
        QCOMPARE(doubled.imported(), 6);
        QCOMPARE(contentsOf(fresh.path())[kWindowBucket].second.size(), 6);
    }

    void malformedFilesAreRefusedUntouched()
    {
        StoreFixture target;
        QVERIFY(target.open());
        const QByteArray text = QJsonDocument::fromJson(exportOf(m_source.path())).toJson(QJsonDocument::Indented);

        // Cut inside the second bucket's events: the whole file is read before anything is
        // stored, so not even the first, well-formed bucket goes in.
        const qsizetype cut = text.indexOf("Firefox");
        QVERIFY(cut > 0);
        ImportReport report = importInto(target, text.left(cut), 1);
        QVERIFY(!report.ok());
        QVERIFY2(report.error.contains(u"line "_s), qPrintable(report.error));
        QVERIFY2(report.error.contains(u"ends"_s), qPrintable(report.error));
        QVERIFY(report.buckets.isEmpty());
        QVERIFY2(report.text().startsWith(u"Nothing was imported"_s), qPrintable(report.text()));
        QVERIFY(contentsOf(target.path()).isEmpty());
        // The whole file then imports everything.
        report = importInto(target, text);
        QVERIFY(report.ok());
        QCOMPARE(report.imported(), 7);
        QCOMPARE(contentsOf(target.path()), contentsOf(m_source.path()));

        // A bad event names its bucket, its number and what is wrong; nothing is stored.
        QByteArray badEvent = text;
        badEvent.replace("2026-07-23T10:10:00Z", "yesterday");
        StoreFixture second;
        QVERIFY(second.open());
        report = importInto(second, badEvent);
        QVERIFY2(report.error.contains(kWindowBucket) && report.error.contains(u"event 2"_s)
                     && report.error.contains(u"RFC 3339"_s),
                 qPrintable(report.error));
        QCOMPARE(report.imported(), 0);
        QVERIFY(report.buckets.isEmpty());
        QVERIFY(contentsOf(second.path()).isEmpty());

        for (const QByteArray &bad :
             {QByteArray("not json"), QByteArray("{\"other\": 1}"), QByteArray("[1, 2]"),
              QByteArray("{\"buckets\": {\"b\": {\"type\": 1}}}"), QByteArray("{\"buckets\": {}} trailing"),
              QByteArray("{\"buckets\": {\"b\": ]}}"), QByteArray("{\"buckets\": {\"b\": {\"type\": \"abc"),
              QByteArray("{\"buckets\": {\"b\": {\"type\": \"abc\\"),
              QByteArray("{\"buckets\": {\"b\": {\"type\": tru"), QByteArray("{\"buckets\""),
              QByteArray("{\"buckets\": {\"b\": {\"events\": [1, 2"), QByteArray("{")}) {
            const ImportReport refused = importInto(second, bad);
            QVERIFY2(!refused.ok(), bad.constData());
            QVERIFY2(refused.error.contains(u"line 1"_s), qPrintable(refused.error));
        }
        QVERIFY(contentsOf(second.path()).isEmpty());

        // An object that names a key twice would lose one of its values: the file is refused.
        QByteArray twice = text;
        const qsizetype app = twice.indexOf("\"app\"");
        QVERIFY(app > 0);
        twice.insert(app, "\"app\": \"other\", ");
        const ImportReport repeated = importInto(second, twice);
        QVERIFY2(repeated.error.contains(u"a key named twice: the key \"app\" comes twice"_s),
                 qPrintable(repeated.error));
        QVERIFY(contentsOf(second.path()).isEmpty());
    }

    void mutatedFilesNeverCrash()
    {
        // Random edits of a valid export: each import finishes or stops with a message.
        const QByteArray original = QJsonDocument::fromJson(exportOf(m_source.path())).toJson(QJsonDocument::Indented);
        const QByteArray alphabet = "{}[]:,\"\\ \n0123456789.-eEtrunlfas";
        QRandomGenerator random(112026);
        StoreFixture target;
        QVERIFY(target.open());
        EventReader reader(target.path());
        AwImporter importer(target.store(), reader);
        for (int i = 0; i < 300; ++i) {
            QByteArray text = original;
            const int edits = 1 + int(random.bounded(4));
            for (int e = 0; e < edits; ++e) {
                const qsizetype at = random.bounded(int(text.size()));
                switch (random.bounded(4)) {
                case 0:
                    text.remove(at, 1 + random.bounded(16));
                    break;
                case 1:
                    text.insert(at, alphabet.at(random.bounded(int(alphabet.size()))));
                    break;
                case 2:
                    text.truncate(at);
                    break;
                default:
                    text[at] = alphabet.at(random.bounded(int(alphabet.size())));
                    break;
                }
            }
            const ImportReport report = importer.importJson(text);
            QVERIFY2(report.ok() || !report.error.isEmpty(), text.constData());
        }
        // Whatever was imported, the imports never stored an event twice.
        const Contents contents = contentsOf(target.path());
        for (const auto &bucket : contents) {
            QStringList events = bucket.second;
            events.removeDuplicates();
            QCOMPARE(events.size(), bucket.second.size());
        }
    }

    void importsAwServerRustDatabase()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"sqlite.db"_s);
        QVERIFY(createAwServerDatabase(path));

        StoreFixture target;
        QVERIFY(target.open());
        qint64 lastProgress = 0;
        ImportReport report;
        {
            EventReader reader(target.path());
            AwImporter importer(target.store(), reader);
            importer.setBatchSize(40);
            importer.setProgress([&](qint64 handled) { lastProgress = handled; });
            report = importer.importFile(path);
        }
        QVERIFY2(report.ok(), qPrintable(report.text()));
        QCOMPARE(report.imported(), 250);
        QVERIFY(lastProgress > 0);
        EventReader reader(target.path());
        const auto bucket = reader.bucket(u"aw-watcher-window_laptop"_s);
        QVERIFY(bucket);
        QCOMPARE(bucket->hostname, u"laptop"_s);
        QCOMPARE(bucket->created, 1'704'164'645'678'000'000);
        QCOMPARE(bucket->data, (QJsonObject{{u"k"_s, u"v"_s}}));
        const EventList events = reader.events(u"aw-watcher-window_laptop"_s).value_or(EventList());
        QCOMPARE(events.size(), 125);
        QCOMPARE(events.last().duration, 9'999'999'999);
        QCOMPARE(events.last().data, (QJsonObject{{u"app"_s, u"App1"_s}, {u"title"_s, u"T"_s}}));

        // The source is untouched and importing it again adds nothing.
        EventReader secondReader(target.path());
        AwImporter again(target.store(), secondReader);
        const ImportReport twice = again.importFile(path);
        QVERIFY(twice.ok());
        QCOMPARE(twice.imported(), 0);
        QCOMPARE(twice.duplicates(), 250);

        // Not a database of ActivityWatch's shape: a clear refusal.
        QFile other(dir.filePath(u"other.db"_s));
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"other"_s);
            db.setDatabaseName(other.fileName());
            QVERIFY(db.open());
            QSqlQuery(db).exec(u"CREATE TABLE unrelated (x)"_s);
            db.close();
        }
        QSqlDatabase::removeDatabase(u"other"_s);
        const ImportReport refused = again.importFile(other.fileName());
        QVERIFY(!refused.ok());
        QVERIFY2(refused.error.contains(u"not an ActivityWatch database"_s), qPrintable(refused.error));
        QVERIFY(!again.importFile(dir.filePath(u"missing.json"_s)).ok());

        // Whole numbers come over exactly across 64 bits; aw-server-rust also writes larger ones
        // (up to 2^64 - 1), which would become the nearest double: refused, and nothing changes.
        auto addEvent = [&](qint64 at, const QString &data) {
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"aw"_s);
            db.setDatabaseName(path);
            bool ok = db.open();
            QSqlQuery q(db);
            ok = ok && q.prepare(u"INSERT INTO events (bucketrow, starttime, endtime, data) VALUES (1, ?, ?, ?)"_s);
            q.addBindValue(at);
            q.addBindValue(at + kSecond);
            q.addBindValue(data);
            ok = ok && q.exec();
            q = QSqlQuery();
            db.close();
            db = QSqlDatabase();
            QSqlDatabase::removeDatabase(u"aw"_s);
            return ok;
        };
        const qint64 later = 1'704'200'000'000'000'000;
        QVERIFY(addEvent(later, u"{\"n\":9007199254740993}"_s));
        EventReader thirdReader(target.path());
        const ImportReport exact = AwImporter(target.store(), thirdReader).importFile(path);
        QVERIFY2(exact.ok(), qPrintable(exact.text()));
        QCOMPARE(exact.imported(), 1);
        const auto stored = EventReader(target.path()).events(u"aw-watcher-window_laptop"_s).value_or(EventList());
        QCOMPARE(stored.size(), 126);
        QCOMPARE(stored.first().toCompactJson().contains(R"("data":{"n":9007199254740993})"), true);

        QVERIFY(addEvent(later + 60 * kSecond, u"{\"n\":18446744073709551615}"_s));
        EventReader fourthReader(target.path());
        const ImportReport tooBig = AwImporter(target.store(), fourthReader).importFile(path);
        QVERIFY(!tooBig.ok());
        QVERIFY2(tooBig.error.contains(u"a number Stint cannot keep: the whole number 18446744073709551615"_s),
                 qPrintable(tooBig.error));
        QCOMPARE(EventReader(target.path()).events(u"aw-watcher-window_laptop"_s).value_or(EventList()).size(), 126);

        // Data that names a key twice is refused the same way.
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"aw"_s);
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY(q.exec(
                uR"(UPDATE events SET data = '{"app":"a","app":"b"}' WHERE data LIKE '%18446744073709551615%')"_s));
            QCOMPARE(q.numRowsAffected(), 1);
        }
        QSqlDatabase::removeDatabase(u"aw"_s);
        EventReader fifthReader(target.path());
        const ImportReport named = AwImporter(target.store(), fifthReader).importFile(path);
        QVERIFY2(named.error.contains(u"a key named twice: the key \"app\""_s), qPrintable(named.error));
        QCOMPARE(EventReader(target.path()).events(u"aw-watcher-window_laptop"_s).value_or(EventList()).size(), 126);
    }

    // What aw-server's database holds but Stint could not keep as written (SQLite takes any bytes
    // as text) refuses the whole import, and nothing is stored.
    void awServerDatabaseRefusesWhatItCannotKeep_data()
    {
        QTest::addColumn<QString>("change");
        QTest::addColumn<QString>("message");
        QTest::newRow("event data not UTF-8")
            << uR"(UPDATE events SET data = CAST(X'7B22617070223A2261FF227D' AS TEXT) WHERE id = 3)"_s
            << u"event at 2024-01-02T03:04:25Z: its data cannot be kept as it is: not valid Unicode: the byte 0xff"_s;
        QTest::newRow("event data with a lone surrogate")
            << uR"(UPDATE events SET data = '{"title":"\ud800"}' WHERE id = 3)"_s
            << uR"(not valid Unicode: \ud800 at offset 10 is a lone UTF-16 surrogate)"_s;
        QTest::newRow("event data not an object")
            << uR"(UPDATE events SET data = '[1]' WHERE id = 3)"_s << u"expected a JSON object"_s;
        QTest::newRow("event data cut short")
            << uR"(UPDATE events SET data = '{"app":' WHERE id = 3)"_s << u"malformed JSON"_s;
        QTest::newRow("bucket name not UTF-8")
            << uR"(UPDATE buckets SET name = CAST(X'61772DFE' AS TEXT) WHERE id = 1)"_s
            << u"its name is not valid UTF-8"_s;
        QTest::newRow("bucket name that begins with U+FEFF")
            << uR"(UPDATE buckets SET name = CAST(X'EFBBBF6177' AS TEXT) WHERE id = 1)"_s
            << u"the bucket's id begins with U+FEFF"_s;
        QTest::newRow("hostname not UTF-8") << uR"(UPDATE buckets SET hostname = CAST(X'C0AF' AS TEXT) WHERE id = 2)"_s
                                            << u"bucket 'aw-watcher-afk_laptop': its hostname is not valid UTF-8"_s;
        QTest::newRow("bucket data cut short")
            << uR"(UPDATE buckets SET data = '{"k":' WHERE id = 1)"_s
            << u"bucket 'aw-watcher-window_laptop': its data cannot be kept as it is: malformed JSON"_s;
        QTest::newRow("bucket data with a key twice")
            << uR"(UPDATE buckets SET data = '{"k":1,"k":2}' WHERE id = 2)"_s
            << uR"(its data cannot be kept as it is: a key named twice: the key "k")"_s;
    }

    void awServerDatabaseRefusesWhatItCannotKeep()
    {
        QFETCH(QString, change);
        QFETCH(QString, message);
        QTemporaryDir dir;
        const QString path = dir.filePath(u"sqlite.db"_s);
        QVERIFY(createAwServerDatabase(path, {change}));
        StoreFixture target;
        QVERIFY(target.open());
        EventReader reader(target.path());
        const ImportReport report = AwImporter(target.store(), reader).importFile(path);
        QVERIFY2(report.error.contains(message), qPrintable(report.error));
        QCOMPARE(report.imported(), 0);
        QVERIFY(contentsOf(target.path()).isEmpty());
    }

    void csvOfCanonicalActivity()
    {
        ReportEngine engine(m_source.path(), QTimeZone::utc());
        QVERIFY(engine.loadSettings());
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        QString error;
        qint64 rows = 0;
        QVERIFY2(ActivityCsvExporter::write(engine, {kBaseTime, kBaseTime + 3600 * kSecond}, {}, buffer, &error, &rows),
                 qPrintable(error));
        const QStringList lines = QString::fromUtf8(buffer.data()).split(u"\r\n"_s);
        QCOMPARE(lines.at(0), u"start,end,duration,app,title,url,category"_s);
        // Not-afk 0-1000: Editor 0-600 and Firefox 600-900.5 and Terminal 900.5-1000.
        QCOMPARE(rows, 3);
        QCOMPARE(lines.at(1),
                 u"2026-07-23T10:00:00Z,2026-07-23T10:10:00Z,600.000,Editor,"
                 "\"main.cpp, \"\"quoted\"\" – ünïcödé ✓\",,Uncategorized"_s);
        QVERIFY2(lines.at(2).startsWith(
                     u"2026-07-23T10:10:00Z,2026-07-23T10:15:00.500Z,300.500,Firefox,Qt docs,,Web browsing"_s),
                 qPrintable(lines.at(2)));
        QVERIFY2(lines.at(3).contains(u"\"line1\nline2\""_s), qPrintable(lines.at(3)));
    }

    void csvFieldsNeverStartLikeFormulas()
    {
        QCOMPARE(ActivityCsvExporter::field(u"Editor"_s), u"Editor"_s);
        QCOMPARE(ActivityCsvExporter::field(u"=HYPERLINK(\"x\")"_s), u"\"'=HYPERLINK(\"\"x\"\")\""_s);
        QCOMPARE(ActivityCsvExporter::field(u"+1"_s), u"'+1"_s);
        QCOMPARE(ActivityCsvExporter::field(u"-2"_s), u"'-2"_s);
        QCOMPARE(ActivityCsvExporter::field(u"@SUM(A1)"_s), u"'@SUM(A1)"_s);
        QCOMPARE(ActivityCsvExporter::field(u"a-b, c"_s), u"\"a-b, c\""_s);
        QCOMPARE(ActivityCsvExporter::field(QString()), QString());
    }
};

QTEST_GUILESS_MAIN(TestImportExport)
#include "TestImportExport.moc"
