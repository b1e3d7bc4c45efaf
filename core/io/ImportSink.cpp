#include "io/ImportSink.h"

#include "model/Json.h"
#include "model/Timestamp.h"
#include "storage/Datastore.h"
#include "storage/EventReader.h"

#include <QCoreApplication>

#include <algorithm>

namespace stint {
namespace {

template<typename T>
T wait(QFuture<T> future)
{
    future.waitForFinished();
    return future.result();
}

} // namespace

ImportSink::ImportSink(Datastore &store, EventReader &reader, ImportReport &report)
    : m_store(store)
    , m_reader(reader)
    , m_report(report)
{
}

bool ImportSink::begin(QString *error)
{
    if (m_checkOnly)
        return true;
    const CommitResult result = wait(m_store.forceCommit());
    if (!result.ok() && error)
        *error = QCoreApplication::translate("ImportSink", "The database could not commit before the import: %1")
                     .arg(result.error);
    return result.ok();
}

int ImportSink::dataKey(const QByteArray &canonical)
{
    const auto found = m_dataKeys.constFind(canonical);
    if (found != m_dataKeys.constEnd())
        return found.value();
    const int key = int(m_dataKeys.size());
    m_dataKeys.insert(canonical, key);
    return key;
}

bool ImportSink::startBucket(const Bucket &bucket, QString *error)
{
    // Checked in the check-only run too, so that such a source is refused whole.
    if (const QString problem = bucket.namesProblem(); !problem.isEmpty()) {
        if (error)
            *error = QCoreApplication::translate("ImportSink", "Cannot save bucket '%1': %2").arg(bucket.id, problem);
        return false;
    }
    m_bucket = bucket.id; // named by add()'s messages in the check-only run too
    if (m_checkOnly)
        return true;
    // The same bucket a second time in one source (the array form allows it): what this run stored
    // of it must be committed, so that the reader below sees it and skips it.
    const bool again = std::any_of(m_report.buckets.cbegin(), m_report.buckets.cend(),
                                   [&bucket](const ImportReport::BucketResult &done) { return done.id == bucket.id; });
    if (again) {
        const CommitResult committed = wait(m_store.forceCommit());
        if (!committed.ok()) {
            if (error)
                *error = QCoreApplication::translate("ImportSink", "Cannot save bucket '%1': %2")
                             .arg(bucket.id, committed.error);
            return false;
        }
    }
    m_seen.clear();
    m_dataKeys.clear();
    ImportReport::BucketResult result;
    result.id = bucket.id;
    // A read error counts as "not there": creating it then reports whether it was.
    const bool existing = m_reader.bucketExists(bucket.id).value_or(false);
    if (!existing) {
        const WriteResult created = wait(m_store.createBucket(bucket));
        if (!created.ok() && created.error != StoreError::AlreadyExists) {
            if (error)
                *error = QCoreApplication::translate("ImportSink", "Cannot create bucket '%1': %2")
                             .arg(bucket.id, created.message);
            return false;
        }
        result.created = created.ok();
    }
    m_report.buckets.append(result);
    if (!existing)
        return true;
    // The events already stored, so that importing the same file again adds nothing.
    QHash<QString, int> byText;
    const bool ok = m_reader.forEachRow(bucket.id, {}, [&](qint64, qint64 start, qint64 end, const QString &data) {
        auto found = byText.constFind(data);
        if (found == byText.constEnd()) {
            const QJsonObject parsed = json::parseObject(data.toUtf8(), nullptr).value_or(QJsonObject());
            found = byText.insert(data, dataKey(json::toCompact(parsed)));
        }
        m_seen.insert(Key{start, end - start, found.value()});
    });
    if (!ok && error)
        *error =
            QCoreApplication::translate("ImportSink", "Cannot read bucket '%1': %2").arg(bucket.id, m_reader.error());
    return ok;
}

bool ImportSink::add(Event event, QString *error)
{
    // Checked in the check-only run too, so that such a source is refused whole.
    if (const QString problem = event.dataProblem(); !problem.isEmpty()) {
        if (error)
            *error = QCoreApplication::translate("ImportSink", "Cannot save bucket '%1': %2")
                         .arg(m_bucket,
                              QStringLiteral("%1 (the event at %2)").arg(problem, Timestamp::toRfc3339(event.start)));
        return false;
    }
    if (m_checkOnly)
        return true;
    event.id = 0; // ids belong to the source database; the worker gives new ones
    ++m_handled;
    const Key key{event.start, event.duration, dataKey(json::toCompact(event.data))};
    if (m_seen.contains(key)) {
        ++m_report.buckets.last().duplicates;
        return true;
    }
    m_seen.insert(key);
    m_pending.append(std::move(event));
    return m_pending.size() < m_batchSize || flush(error);
}

bool ImportSink::flush(QString *error)
{
    if (m_pending.isEmpty())
        return true;
    const WriteResult result = wait(m_store.insertEvents(m_bucket, m_pending));
    if (!result.ok()) {
        if (error)
            *error = QCoreApplication::translate("ImportSink", "Storing events of bucket '%1' failed: %2")
                         .arg(m_bucket, result.message);
        // Nothing of the refused batch was stored: it must not count as seen.
        for (const Event &event : std::as_const(m_pending))
            m_seen.remove(Key{event.start, event.duration, dataKey(json::toCompact(event.data))});
        m_pending.clear();
        return false;
    }
    m_report.buckets.last().imported += m_pending.size();
    m_pending.clear();
    if (m_progress)
        m_progress(m_handled);
    return true;
}

bool ImportSink::finishBucket(bool complete, QString *error)
{
    if (m_checkOnly)
        return true;
    const bool ok = flush(error);
    if (!m_report.buckets.isEmpty())
        m_report.buckets.last().complete = ok && complete;
    return ok;
}

bool ImportSink::finish(QString *error)
{
    if (m_checkOnly)
        return true;
    const CommitResult result = wait(m_store.forceCommit());
    if (!result.ok() && error)
        *error = QCoreApplication::translate("ImportSink", "The imported events could not be committed: %1")
                     .arg(result.error);
    return result.ok();
}

} // namespace stint
