#include "api/RefusedOrigins.h"

#include "model/Timestamp.h"

#include <QJsonObject>

#include <algorithm>

namespace stint {

RefusedOrigins::RefusedOrigins(QObject *parent)
    : QObject(parent)
{
}

void RefusedOrigins::record(const QString &origin, const QString &endpoint, qint64 nowNanos)
{
    bool first = false;
    {
        QMutexLocker lock(&m_mutex);
        auto found = std::find_if(m_entries.begin(), m_entries.end(),
                                  [&origin](const Entry &entry) { return entry.origin == origin; });
        if (found == m_entries.end()) {
            first = true;
            if (m_entries.size() >= kMaxEntries) {
                m_entries.erase(
                    std::min_element(m_entries.begin(), m_entries.end(),
                                     [](const Entry &a, const Entry &b) { return a.lastNanos < b.lastNanos; }));
            }
            m_entries.append({origin, nowNanos, nowNanos, 0, {}});
            found = std::prev(m_entries.end());
        }
        found->lastNanos = nowNanos;
        found->endpoint = endpoint;
        ++found->requests;
    }
    Q_EMIT refused(origin, first);
}

void RefusedOrigins::forget(const QString &origin)
{
    QMutexLocker lock(&m_mutex);
    m_entries.removeIf([&origin](const Entry &entry) { return entry.origin == origin; });
}

QList<RefusedOrigins::Entry> RefusedOrigins::snapshot() const
{
    QList<Entry> entries;
    {
        QMutexLocker lock(&m_mutex);
        entries = m_entries;
    }
    std::stable_sort(entries.begin(), entries.end(),
                     [](const Entry &a, const Entry &b) { return a.lastNanos > b.lastNanos; });
    return entries;
}

QJsonArray RefusedOrigins::toJson() const
{
    QJsonArray list;
    for (const Entry &entry : snapshot()) {
        list.append(QJsonObject{{QStringLiteral("origin"), entry.origin},
                                {QStringLiteral("first"), Timestamp::toRfc3339(entry.firstNanos)},
                                {QStringLiteral("last"), Timestamp::toRfc3339(entry.lastNanos)},
                                {QStringLiteral("requests"), double(entry.requests)},
                                {QStringLiteral("endpoint"), entry.endpoint}});
    }
    return list;
}

} // namespace stint
