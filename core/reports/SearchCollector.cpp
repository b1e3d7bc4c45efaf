#include "reports/SearchCollector.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace stint {

bool SearchCollector::Keys::matches(int key, bool tab, const QRegularExpression &pattern)
{
    std::vector<signed char> &known = tab ? m_tab : m_window;
    if (size_t(key) >= known.size())
        known.resize(size_t(key) + 1024, -1);
    signed char &fact = known[size_t(key)];
    if (fact < 0) {
        fact = 0;
        const QJsonObject &data = m_dataOf(key);
        for (const QString &field : {tab ? u"url"_s : u"app"_s, u"title"_s}) {
            const QJsonValue value = data.value(field);
            if (value.isString() && pattern.match(value.toString()).hasMatch()) {
                fact = 1;
                break;
            }
        }
    }
    return fact == 1;
}

void SearchCollector::add(Keys &keys, const ActivitySegment &segment, spans::Period range)
{
    const qint64 start = std::max(segment.start, range.start);
    const qint64 end = std::min(segment.end, range.end);
    if (start >= end)
        return;
    if (!keys.matches(segment.window, false, m_pattern)
        && (segment.web < 0 || !keys.matches(segment.web, true, m_pattern)))
        return;
    const QPair<int, int> pair{segment.window, segment.web};
    auto found = keys.m_hitOf.constFind(pair);
    if (found == keys.m_hitOf.constEnd()) {
        const QJsonObject &window = keys.m_dataOf(segment.window);
        SearchHit hit;
        hit.app = window.value(u"app"_s).toString();
        hit.title = window.value(u"title"_s).toString();
        if (segment.web >= 0)
            hit.url = keys.m_dataOf(segment.web).value(u"url"_s).toString();
        const QString text = hit.app + u'\x1f' + hit.title + u'\x1f' + hit.url;
        auto same = m_byText.constFind(text);
        if (same == m_byText.constEnd()) {
            same = m_byText.insert(text, m_result.hits.size());
            m_result.hits.append(hit);
        }
        found = keys.m_hitOf.insert(pair, same.value());
    }
    SearchHit &hit = m_result.hits[found.value()];
    if (hit.stretches == 0 || start < hit.firstSeen)
        hit.firstSeen = start;
    if (hit.stretches == 0 || end > hit.lastSeen) {
        hit.lastSeen = end;
        hit.lastStart = start;
    }
    hit.activeTime += end - start;
    ++hit.stretches;
    m_result.activeTime += end - start;
}

SearchResult SearchCollector::finish(spans::Period range)
{
    m_result.range = range;
    std::stable_sort(m_result.hits.begin(), m_result.hits.end(), [](const SearchHit &a, const SearchHit &b) {
        return a.activeTime != b.activeTime ? a.activeTime > b.activeTime : a.lastSeen > b.lastSeen;
    });
    return std::move(m_result);
}

} // namespace stint
