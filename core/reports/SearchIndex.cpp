#include "reports/SearchIndex.h"

#include "reports/ReportEngine.h"
#include "reports/SearchCollector.h"
#include "settings/SettingKeys.h"

#include <QHash>
#include <QJsonDocument>

#include <algorithm>

namespace stint {
namespace {

bool cancelled(const ActivitySearch::CancelFlag &cancel)
{
    return cancel && cancel->load(std::memory_order_relaxed);
}

} // namespace

std::optional<QStringList> SearchIndex::fingerprint(ReportEngine &engine, qint64 cut, QString *error)
{
    EventReader &reader = engine.reader();
    const auto buckets = reader.buckets(false);
    if (!buckets) {
        *error = reader.error();
        return std::nullopt;
    }
    QStringList parts;
    for (const Bucket &bucket : *buckets) {
        const auto count = reader.eventCount(bucket.id, {std::nullopt, cut});
        if (!count) {
            *error = reader.error();
            return std::nullopt;
        }
        parts.append(bucket.id + u'\n' + bucket.type + u'\n' + bucket.hostname + u'\n' + QString::number(*count));
    }
    for (QStringView name : {settings::kAlwaysActive, settings::kAlwaysActivePattern}) {
        const auto value = reader.setting(settings::storageKey(name));
        if (!value) {
            *error = reader.error();
            return std::nullopt;
        }
        parts.append(QString::fromUtf8(QJsonDocument(QJsonArray{*value}).toJson(QJsonDocument::Compact)));
    }
    return parts;
}

bool SearchIndex::refresh(ReportEngine &engine, qint64 cut, qint64 now, QString *error)
{
    // Counting the past's events costs a pass over the index: not on every keystroke.
    if (m_builds > 0 && cut == m_cut && now >= m_checked && now - m_checked < kRecheckNs)
        return true;
    auto current = fingerprint(engine, cut, error);
    if (!current)
        return false;
    m_checked = now;
    if (m_builds > 0 && cut == m_cut && *current == m_fingerprint)
        return true;
    const auto past = engine.activity({ActivitySearch::kWholeHistory.start, cut});
    if (!past) {
        *error = engine.error();
        return false;
    }
    // The index keeps its own copy of each data value the past uses.
    m_segments.clear();
    m_data.clear();
    QHash<int, int> local;
    const auto keep = [&](int key) {
        if (key < 0)
            return key;
        auto found = local.constFind(key);
        if (found == local.constEnd()) {
            found = local.insert(key, int(m_data.size()));
            m_data.append(engine.dataOf(key));
        }
        return found.value();
    };
    m_segments.reserve(past->segments.size());
    m_longest = 0;
    for (const ActivitySegment &segment : past->segments) {
        m_segments.push_back({segment.start, segment.end, keep(segment.window), keep(segment.web), segment.host});
        m_longest = std::max(m_longest, segment.duration());
    }
    m_cut = cut;
    m_fingerprint = std::move(*current);
    ++m_builds;
    return true;
}

std::optional<SearchResult> SearchIndex::run(ReportEngine &engine, const QRegularExpression &pattern,
                                             spans::Period range, qint64 now, QString *error,
                                             const ActivitySearch::CancelFlag &cancel)
{
    error->clear();
    const ReportCalendar &calendar = engine.calendar();
    const qint64 cut = calendar.dayStart(calendar.dateOf(now).addDays(-1));
    SearchCollector collector(pattern);
    if (range.start < cut) {
        if (cancelled(cancel) || !refresh(engine, cut, now, error))
            return std::nullopt;
        SearchCollector::Keys keys([this](int key) -> const QJsonObject & { return m_data.at(key); });
        // Segments are sorted by start; none is longer than m_longest, so none before this one reaches the range.
        auto it = std::lower_bound(m_segments.begin(), m_segments.end(), range.start - m_longest,
                                   [](const ActivitySegment &segment, qint64 start) { return segment.start < start; });
        for (qsizetype visited = 0; it != m_segments.end() && it->start < range.end; ++it) {
            if ((++visited & 0xffff) == 0 && cancelled(cancel))
                return std::nullopt;
            collector.add(keys, *it, range);
        }
    }
    if (range.end > cut) {
        if (cancelled(cancel))
            return std::nullopt;
        const spans::Period recent{std::max(range.start, cut), range.end};
        const auto activity = engine.activity(recent);
        if (!activity) {
            *error = engine.error();
            return std::nullopt;
        }
        SearchCollector::Keys keys([&engine](int key) -> const QJsonObject & { return engine.dataOf(key); });
        for (const ActivitySegment &segment : activity->segments)
            collector.add(keys, segment, range);
    }
    return collector.finish(range);
}

} // namespace stint
