#include "reports/ActivitySearch.h"

#include "model/Timestamp.h"
#include "reports/ReportEngine.h"
#include "reports/SearchCollector.h"

#include <QCoreApplication>
#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace stint {
namespace {

bool cancelled(const ActivitySearch::CancelFlag &cancel)
{
    return cancel && cancel->load(std::memory_order_relaxed);
}

} // namespace

std::optional<QRegularExpression> ActivitySearch::compile(const QString &text, bool regex, QString *error)
{
    if (text.isEmpty()) {
        if (error)
            *error = QCoreApplication::translate("ActivitySearch", "nothing to search for");
        return std::nullopt;
    }
    QRegularExpression pattern(regex ? text : QRegularExpression::escape(text),
                               QRegularExpression::CaseInsensitiveOption);
    if (!pattern.isValid()) {
        if (error)
            *error = QCoreApplication::translate("ActivitySearch", "invalid regular expression \"%1\": %2 at offset %3")
                         .arg(text, pattern.errorString())
                         .arg(pattern.patternErrorOffset());
        return std::nullopt;
    }
    pattern.optimize();
    return pattern;
}

std::optional<SearchResult> ActivitySearch::run(ReportEngine &engine, const QRegularExpression &pattern,
                                                spans::Period range, QString *error, const CancelFlag &cancel)
{
    if (error)
        error->clear();
    if (cancelled(cancel))
        return std::nullopt;
    const auto activity = engine.activity(range);
    if (!activity) {
        if (error)
            *error = engine.error();
        return std::nullopt;
    }
    SearchCollector collector(pattern);
    SearchCollector::Keys keys([&engine](int key) -> const QJsonObject & { return engine.dataOf(key); });
    qsizetype visited = 0;
    for (const ActivitySegment &segment : activity->segments) {
        if ((++visited & 0xffff) == 0 && cancelled(cancel))
            return std::nullopt;
        collector.add(keys, segment, range);
    }
    return collector.finish(range);
}

QJsonObject ActivitySearch::toJson(const SearchResult &result, const QString &text, bool regex)
{
    QJsonArray hits;
    for (const SearchHit &hit : result.hits) {
        hits.append(QJsonObject{{u"app"_s, hit.app},
                                {u"title"_s, hit.title},
                                {u"url"_s, hit.url},
                                {u"active"_s, Timestamp::nanosToSeconds(hit.activeTime)},
                                {u"first_seen"_s, Timestamp::toRfc3339(hit.firstSeen)},
                                {u"last_seen"_s, Timestamp::toRfc3339(hit.lastSeen)},
                                {u"stretches"_s, hit.stretches}});
    }
    QJsonObject object{{u"query"_s, text},
                       {u"regex"_s, regex},
                       {u"active"_s, Timestamp::nanosToSeconds(result.activeTime)},
                       {u"results"_s, hits}};
    if (result.range != ActivitySearch::kWholeHistory) {
        object.insert(u"start"_s, Timestamp::toRfc3339(result.range.start));
        object.insert(u"end"_s, Timestamp::toRfc3339(result.range.end));
    }
    return object;
}

} // namespace stint
