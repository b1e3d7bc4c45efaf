#pragma once

#include "reports/ActivityBuilder.h"
#include "reports/ActivitySearch.h"

#include <QHash>
#include <QJsonObject>

#include <functional>
#include <vector>

namespace stint {

// Gathers the segments whose window (app, title) or browser tab (URL, title) match a pattern
// into SearchHits grouped by app, title and URL. Segments may come from several sources of interned
// keys (the engine's, SearchIndex's own); each source gets its own Keys.
class SearchCollector final
{
public:
    using DataOf = std::function<const QJsonObject &(int key)>;

    // What is known about one source's keys: whether each matches, and the hit of each key pair.
    class Keys
    {
    public:
        explicit Keys(DataOf dataOf)
            : m_dataOf(std::move(dataOf))
        {
        }

    private:
        friend class SearchCollector;
        bool matches(int key, bool tab, const QRegularExpression &pattern);

        DataOf m_dataOf;
        std::vector<signed char> m_window; // per key: -1 unknown, 0 no, 1 yes
        std::vector<signed char> m_tab;
        QHash<QPair<int, int>, qsizetype> m_hitOf; // (window, web) -> index into the hits
    };

    explicit SearchCollector(const QRegularExpression &pattern)
        : m_pattern(pattern)
    {
    }

    // Counts the part of `segment` inside `range` when it matches.
    void add(Keys &keys, const ActivitySegment &segment, spans::Period range);
    // The hits, longest first.
    SearchResult finish(spans::Period range);

private:
    const QRegularExpression &m_pattern;
    SearchResult m_result;
    QHash<QString, qsizetype> m_byText;
};

} // namespace stint
