// What the datastore accepts comes back unchanged: random text (NUL, U+FFFE/U+FFFF, astral
// characters; lone surrogates inside JSON values) written through the Datastore, committed, and
// read through every reading path (a reader connection, and the writer's own on reopening).
#include "RandomText.h"
#include "StoreFixture.h"
#include "model/Json.h"

#include <QJsonArray>
#include <QMap>

using namespace stint;
using namespace stint::test;

namespace {

constexpr int kBuckets = 12;
constexpr int kEventsPerBucket = 40;
constexpr int kSettings = 60;

// A JSON value whose strings are any UTF-16 at all: the JSON writer escapes what is no character.
QJsonValue randomData(QRandomGenerator &random)
{
    return QJsonObject{{randomText(random, 6), randomText(random, 24)},
                       {u"title"_s, randomText(random, 40)},
                       {u"list"_s, QJsonArray{randomText(random, 8), random.bounded(1000), QJsonObject{}}}};
}

QMap<qint64, Event> byId(const EventList &events)
{
    QMap<qint64, Event> map;
    for (const Event &event : events)
        map.insert(event.id, event);
    return map;
}

} // namespace

class TestTextRoundTrip : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void storedTextReadsBackExactly()
    {
        StoreFixture fixture;
        QVERIFY(fixture.open());
        QRandomGenerator random(20261205);

        // Names are plain TEXT columns: any valid Unicode. Values are JSON: anything.
        QList<Bucket> buckets;
        QMap<qint64, Event> written;
        for (int b = 0; b < kBuckets; ++b) {
            Bucket bucket;
            bucket.id = u"b%1 "_s.arg(b) + randomValidText(random, 12);
            bucket.type = u"t"_s + randomValidText(random, 10); // NOT NULL: never a null QString
            bucket.client = u"c"_s + randomValidText(random, 10);
            bucket.hostname = u"h"_s + randomValidText(random, 10);
            bucket.created = kBaseTime;
            bucket.data = randomData(random).toObject();
            QVERIFY(await(fixture.store().createBucket(bucket)).ok());
            buckets.append(bucket);
            EventList events;
            for (int i = 0; i < kEventsPerBucket; ++i)
                events.append(at(i, i + 1, randomData(random).toObject()));
            const WriteResult result = await(fixture.store().insertEvents(bucket.id, events));
            QVERIFY2(result.ok(), qPrintable(result.message));
            for (const Event &event : result.events)
                written.insert(event.id, event);
        }
        QMap<QString, QJsonValue> settings;
        for (int i = 0; i < kSettings; ++i) {
            const QString key = u"k%1 "_s.arg(i) + randomValidText(random, 12);
            const QJsonValue value = i % 2 ? QJsonValue(randomText(random, 30)) : randomData(random);
            QVERIFY(await(fixture.store().setSetting(key, value)).ok());
            settings.insert(key, value);
        }
        QVERIFY(await(fixture.store().forceCommit()).ok());

        EventReader reader(fixture.path());
        QVERIFY2(reader.isOpen(), qPrintable(reader.error()));
        const auto stored = reader.buckets();
        QVERIFY(stored);
        QCOMPARE(stored->size(), buckets.size());
        QMap<qint64, Event> read;
        for (const Bucket &bucket : buckets) {
            const auto found = reader.bucket(bucket.id);
            QVERIFY2(found, qPrintable(reader.error()));
            QCOMPARE(found->type, bucket.type);
            QCOMPARE(found->client, bucket.client);
            QCOMPARE(found->hostname, bucket.hostname);
            QVERIFY(sameJson(found->data, bucket.data));
            const auto events = reader.events(bucket.id);
            QVERIFY2(events, qPrintable(reader.error()));
            QCOMPARE(events->size(), kEventsPerBucket);
            for (const Event &event : *events) {
                const auto one = reader.event(bucket.id, event.id);
                QVERIFY(one && *one);
                QVERIFY(sameJson((*one)->data, event.data));
                read.insert(event.id, event);
            }
            // The text handed to report builders parses to the same data.
            QVERIFY(reader.forEachRow(bucket.id, {}, [&](qint64 id, qint64, qint64, const QString &data) {
                QVERIFY(sameJson(json::parseObject(data.toUtf8(), nullptr).value_or(QJsonObject()),
                                 written.value(id).data));
            }));
            const auto matches = reader.findEvents(bucket.id, {}, {}, kEventsPerBucket);
            QVERIFY(matches);
            QCOMPARE(byId(matches->events).size(), kEventsPerBucket);
            for (const Event &event : matches->events)
                QVERIFY(sameJson(event.data, written.value(event.id).data));
        }
        QCOMPARE(read.size(), written.size());
        for (const Event &event : read)
            QVERIFY2(sameJson(event.data, written.value(event.id).data), json::toCompact(event.data).constData());
        const auto all = reader.settings(u""_s);
        QVERIFY(all);
        QCOMPARE(all->size(), settings.size());
        for (auto it = settings.cbegin(); it != settings.cend(); ++it) {
            QVERIFY(sameJson(all->value(it.key()), it.value()));
            QVERIFY(sameJson(reader.setting(it.key()).value_or(QJsonValue::Undefined), it.value()));
            QVERIFY(sameJson(await(fixture.store().setting(it.key())), it.value()));
        }

        // The writer reloads the buckets on opening and reads each bucket's last event back to
        // merge heartbeats: both must find exactly what was written.
        fixture.closeStore();
        QVERIFY(fixture.open());
        for (const Bucket &bucket : buckets)
            QCOMPARE(await(fixture.store().createBucket(bucket)).error, StoreError::AlreadyExists);
        const Bucket &first = buckets.first();
        const auto firstEvents = reader.events(first.id);
        QVERIFY(firstEvents && !firstEvents->isEmpty());
        const Event newest = firstEvents->first();
        const WriteResult merged =
            await(fixture.store().heartbeatWithReply(first.id, Event{0, newest.end(), 0, newest.data}, 1.0));
        QVERIFY2(merged.ok(), qPrintable(merged.message));
        QCOMPARE(merged.events.first().id, newest.id);
    }

    void namesThatAreNotUnicodeAreRefused()
    {
        // SQLite would fuse a lone surrogate in a TEXT column with the character after it.
        StoreFixture fixture;
        QVERIFY(fixture.open());
        const QString lone = u"x"_s + QChar(char16_t(0xd800)) + u"y"_s;
        Bucket bucket = windowBucket(lone);
        WriteResult result = await(fixture.store().createBucket(bucket));
        QCOMPARE(result.error, StoreError::InvalidInput);
        QVERIFY2(result.message.contains(u"lone UTF-16 surrogate"_s), qPrintable(result.message));
        bucket = windowBucket();
        bucket.hostname = lone;
        QCOMPARE(await(fixture.store().createBucket(bucket)).error, StoreError::InvalidInput);
        QCOMPARE(await(fixture.store().setSetting(lone, 1)).error, StoreError::InvalidInput);
        QVERIFY(await(fixture.store().forceCommit()).ok());
        EventReader reader(fixture.path());
        QCOMPARE(reader.buckets().value_or(BucketList{windowBucket()}).size(), 0);
        QCOMPARE(reader.settings(u""_s).value_or(QJsonObject{{u"x"_s, 1}}).size(), 0);
    }

    // A bucket created without a type, client or hostname (null, not empty text) is stored with
    // empty ones; a NULL in those NOT NULL columns used to fail every later commit.
    void nullBucketNamesAreStoredEmpty()
    {
        StoreFixture fixture;
        QVERIFY(fixture.open());
        Bucket bucket;
        bucket.id = u"bare"_s;
        QVERIFY(bucket.type.isNull() && bucket.client.isNull() && bucket.hostname.isNull());
        QVERIFY(await(fixture.store().createBucket(bucket)).ok());
        QVERIFY(await(fixture.store().setSetting(u"after"_s, 1)).ok());
        QVERIFY(await(fixture.store().forceCommit()).ok());
        EventReader reader(fixture.path());
        const auto found = reader.bucket(u"bare"_s);
        QVERIFY2(found, qPrintable(reader.error()));
        QCOMPARE(found->type, u""_s);
        QCOMPARE(found->hostname, u""_s);
        QCOMPARE(reader.settings(u""_s).value_or(QJsonObject{}).value(u"after"_s).toInt(), 1);
    }
};

QTEST_GUILESS_MAIN(TestTextRoundTrip)
#include "TestTextRoundTrip.moc"
