#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>

namespace stint {

// What an import did, bucket by bucket, and why it stopped if it did not finish.
struct ImportReport
{
    struct BucketResult
    {
        QString id;
        bool created = false;  // false: the bucket existed and received the new events
        qint64 imported = 0;   // events added
        qint64 duplicates = 0; // events already there (same timestamp, duration and data)
        bool complete = false; // every event of this bucket in the source was handled
    };

    QList<BucketResult> buckets;
    QString error; // empty when the whole source was imported

    bool ok() const { return error.isEmpty(); }
    qint64 imported() const;
    qint64 duplicates() const;
    // A few lines for people: totals, then per bucket, then what was not imported and why.
    QString text() const;
    // {"imported": n, "duplicates": n, "buckets": {id: {created, imported, duplicates, complete}}, "error"?}
    QJsonObject toJson() const;
};

} // namespace stint
