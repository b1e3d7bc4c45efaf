#pragma once

#include <QJsonArray>
#include <QList>
#include <QMutex>
#include <QObject>
#include <QString>

namespace stint {

// The origins the HTTP API refused lately, kept in memory only, so the user can see which browser
// extension knocks and let it in. Recorded in the server thread, read from any thread.
class RefusedOrigins final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RefusedOrigins)

public:
    struct Entry
    {
        QString origin;
        qint64 firstNanos = 0;
        qint64 lastNanos = 0;
        qint64 requests = 0;
        QString endpoint; // the last one: "POST /api/0/buckets/…/heartbeat"
    };
    // An extension that retries for ever is one entry; many different origins push the oldest out.
    static constexpr qsizetype kMaxEntries = 50;

    explicit RefusedOrigins(QObject *parent = nullptr);

    void record(const QString &origin, const QString &endpoint, qint64 nowNanos);
    // Once an origin is allowed it is no longer "refused".
    void forget(const QString &origin);
    // Newest first.
    QList<Entry> snapshot() const;
    QJsonArray toJson() const;

Q_SIGNALS:
    // From the recording thread; `first` when the origin was not in the list.
    void refused(const QString &origin, bool first);

private:
    mutable QMutex m_mutex;
    QList<Entry> m_entries;
};

} // namespace stint
