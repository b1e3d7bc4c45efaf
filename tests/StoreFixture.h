#pragma once

#include "MockClock.h"
#include "model/Bucket.h"
#include "model/Event.h"
#include "model/Timestamp.h"
#include "storage/Datastore.h"
#include "storage/EventReader.h"
#include "storage/SqliteConnection.h"

#include <QCoreApplication>
#include <QDir>
#include <QFuture>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <atomic>
#include <memory>

using namespace Qt::StringLiterals;

namespace stint::test {

inline constexpr qint64 kBaseTime = 1'784'800'800'000'000'000; // 2026-07-23T10:00:00Z
inline const QString kWindowBucket = QStringLiteral("aw-watcher-window_testhost");

inline Bucket windowBucket(const QString &id = kWindowBucket)
{
    Bucket bucket;
    bucket.id = id;
    bucket.type = QStringLiteral("currentwindow");
    bucket.client = QStringLiteral("stint-tests");
    bucket.hostname = QStringLiteral("testhost");
    return bucket;
}

// A heartbeat `offsetSeconds` after kBaseTime for a window with this title.
inline Event windowEvent(double offsetSeconds, const QString &title, double durationSeconds = 0)
{
    Event event;
    event.start = kBaseTime + qint64(offsetSeconds * 1e9);
    event.duration = qint64(durationSeconds * 1e9);
    event.data = QJsonObject{{QStringLiteral("app"), QStringLiteral("Editor")}, {QStringLiteral("title"), title}};
    return event;
}

inline constexpr qint64 kSecond = 1'000'000'000;

// Runs statements on a plain connection of the test's own (for building foreign files, or
// changing one by hand as another program might).
inline void runRaw(const QString &path, const QStringList &statements)
{
    const QString name = SqliteConnection::uniqueName(u"raw"_s);
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
        db.setDatabaseName(path);
        QVERIFY(db.open());
        for (const QString &statement : statements) {
            QSqlQuery q(db);
            QVERIFY2(q.exec(statement), qPrintable(statement));
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
}

// A bucket of another type (afk, web, ...) with the window bucket's other fields.
inline Bucket bucketOf(const QString &id, const QString &type)
{
    Bucket bucket = windowBucket(id);
    bucket.type = type;
    return bucket;
}

// An event from `from` to `to` seconds after kBaseTime.
inline Event at(double from, double to, QJsonObject data)
{
    return Event{0, kBaseTime + qint64(from * kSecond), qint64((to - from) * kSecond), std::move(data)};
}

inline QJsonObject win(const QString &app, const QString &title)
{
    return {{QStringLiteral("app"), app}, {QStringLiteral("title"), title}};
}

// "start/end" in RFC 3339, as the query language's timeperiods take them.
inline QString period(double from, double to)
{
    return Timestamp::toRfc3339(kBaseTime + qint64(from * kSecond)) + u'/'
        + Timestamp::toRfc3339(kBaseTime + qint64(to * kSecond));
}

// The worker runs on its own thread, so blocking the test thread on its answer is safe.
template<typename T>
T await(QFuture<T> future)
{
    future.waitForFinished();
    return future.result();
}

// A datastore on a fresh file in a temporary directory, with a clock the test moves.
class StoreFixture
{
public:
    StoreFixture()
        : m_clock(std::make_shared<MockClock>())
    {
    }

    QString path() const { return m_dir.filePath(QStringLiteral("stint.db")); }
    MockClock &clock() { return *m_clock; }
    std::shared_ptr<MockClock> clockPtr() const { return m_clock; }
    Datastore &store() { return *m_store; }

    // Test policy: AW's thresholds, but the age is checked every 5 ms of real time.
    static CommitPolicy policy()
    {
        CommitPolicy policy;
        policy.checkIntervalMs = 5;
        policy.retryDelayMs = 1'000;
        return policy;
    }

    bool open(CommitPolicy policy = StoreFixture::policy())
    {
        Datastore::Options options{path(), policy, m_clock, [this]() -> QString {
                                       return m_fault.load() ? QStringLiteral("injected I/O error") : QString();
                                   }};
        m_store = std::make_unique<Datastore>(options);
        QString error;
        const bool ok = m_store->open(&error);
        if (!ok)
            qWarning("open failed: %s", qPrintable(error));
        return ok;
    }

    bool openWithBucket(CommitPolicy policy = StoreFixture::policy())
    {
        const bool ok = open(policy) && await(m_store->createBucket(windowBucket())).ok();
        settle();
        return ok;
    }

    // Delivers the signals the worker has queued to this thread so far (e.g. the committed()
    // of a bucket creation), so a QSignalSpy made next sees only what comes after.
    static void settle() { QCoreApplication::sendPostedEvents(); }

    void closeStore() { m_store.reset(); }
    void setFault(bool on) { m_fault.store(on); }

    // Events as a fresh reader connection sees them (committed data only), newest first.
    EventList committedEvents(const QString &bucketId = kWindowBucket)
    {
        EventReader reader(path());
        if (!reader.isOpen())
            return {};
        return reader.events(bucketId).value_or(EventList());
    }

    QVariantMap diagnostics() { return await(m_store->diagnostics()); }

private:
    QTemporaryDir m_dir;
    std::shared_ptr<MockClock> m_clock;
    std::atomic<bool> m_fault{false};
    std::unique_ptr<Datastore> m_store;
};

} // namespace stint::test
