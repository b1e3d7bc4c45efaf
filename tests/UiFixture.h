#pragma once

#include "MockClock.h"
#include "UiContext.h"
#include "app/Tracker.h"
#include "model/Bucket.h"
#include "model/Event.h"
#include "reports/ReportThread.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonObject>
#include <QTemporaryDir>

#include <memory>

using namespace Qt::StringLiterals;

namespace stint::test {

// A tracker on a fresh data directory with a clock the test sets, its reading thread, and helpers
// to record a history through the datastore. Call initUiTestCase() from initTestCase so
// QSettings never touch the real configuration.
class UiFixture
{
public:
    static constexpr qint64 kBase = 1'784'800'800'000'000'000; // 2026-07-23T10:00:00Z
    static constexpr qint64 kSecond = 1'000'000'000;

    UiFixture()
        : m_clock(std::make_shared<MockClock>(kBase + 3600 * kSecond))
        , m_tracker(DataLocation(m_dir.path(), true), nullptr, m_clock)
    {
    }

    static void initUiTestCase(const QTemporaryDir &config)
    {
        qputenv("XDG_CONFIG_HOME", QFile::encodeName(config.path()));
        QCoreApplication::setOrganizationName(u"stint-tests"_s);
    }

    bool start()
    {
        QString error;
        if (!m_tracker.start(&error)) {
            qWarning("tracker: %s", qPrintable(error));
            return false;
        }
        m_reports = std::make_unique<ReportThread>(m_tracker.location().databasePath());
        return true;
    }

    Tracker &tracker() { return m_tracker; }
    MockClock &clock() { return *m_clock; }
    QString databasePath() const { return m_tracker.location().databasePath(); }
    UiContext context() { return UiContext{m_tracker, *m_reports, m_clock}; }

    bool createBucket(const QString &id, const QString &type)
    {
        Bucket bucket;
        bucket.id = id;
        bucket.type = type;
        bucket.client = u"stint-tests"_s;
        bucket.hostname = u"testhost"_s;
        return wait(m_tracker.datastore().createBucket(bucket)).ok();
    }

    // Events of `seconds` each, one after the other from kBase, with these data.
    bool record(const QString &bucketId, const QList<QJsonObject> &data, double seconds, EventList *stored = nullptr)
    {
        EventList events;
        for (qsizetype i = 0; i < data.size(); ++i)
            events.append(Event{0, kBase + qint64(double(i) * seconds * 1e9), qint64(seconds * 1e9), data.at(i)});
        const WriteResult result = wait(m_tracker.datastore().insertEvents(bucketId, events));
        if (stored)
            *stored = result.events;
        return result.ok() && commit();
    }

    bool commit() { return wait(m_tracker.datastore().forceCommit()).ok(); }

    template<typename T>
    static T wait(QFuture<T> future)
    {
        future.waitForFinished();
        return future.result();
    }

private:
    QTemporaryDir m_dir;
    std::shared_ptr<MockClock> m_clock;
    Tracker m_tracker;
    std::unique_ptr<ReportThread> m_reports;
};

inline QJsonObject window(const QString &app, const QString &title)
{
    return {{u"app"_s, app}, {u"title"_s, title}};
}

} // namespace stint::test
