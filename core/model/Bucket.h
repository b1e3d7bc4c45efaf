#pragma once

#include <QJsonObject>
#include <QList>
#include <QMetaType>
#include <QString>

#include <optional>

namespace stint {

// A named stream of events from one watcher on one host (ActivityWatch's bucket).
struct Bucket
{
    QString id;
    QString type;
    QString client;
    QString hostname;
    qint64 created = 0; // UTC nanoseconds
    QJsonObject data;

    // Filled by readers: start of the first and end of the last event, when there are events.
    std::optional<qint64> firstStart;
    std::optional<qint64> lastEnd;
    qint64 eventCount = 0;

    // ActivityWatch's shape: id, type, client, hostname, created, data, metadata{start,end}.
    QJsonObject toJson() const;
    // Reads a bucket description (type, client, hostname, optional created and data) for `id`.
    static std::optional<Bucket> fromJson(const QString &id, const QJsonObject &json, QString *error);
    // Why the bucket's names cannot be stored as they are, or empty: a blank id, or a name that
    // begins with U+FEFF, which SQLite drops from text bound as UTF-16 (taking it for a byte order
    // mark), so the bucket would come back under another name.
    QString namesProblem() const;

    friend bool operator==(const Bucket &a, const Bucket &b) = default;
};

using BucketList = QList<Bucket>;

} // namespace stint

Q_DECLARE_METATYPE(stint::Bucket)
