#pragma once

#include "reports/ActivityBuilder.h"
#include "reports/ActivitySearch.h"

#include <QJsonObject>
#include <QList>
#include <QStringList>

#include <optional>
#include <vector>

namespace stint {

class ReportEngine;

// Keeps the canonical activity of the settled past (everything before the start of yesterday) in
// memory between searches, so a search reads only the days since. The past is built again when
// it changed: another bucket, another number of events in a bucket before the cut (an import, a
// deletion), other always-active rules, or a new day moving the cut. That check counts the past's
// events, so it runs at most every kRecheckNs of `now`. Lives on one reading thread; its data is its
// own copy, so it outlives the engine it was built with.
class SearchIndex final
{
public:
    static constexpr qint64 kRecheckNs = 30'000'000'000;

    // ActivitySearch::run with the past from the index, `now` placing the cut.
    std::optional<SearchResult> run(ReportEngine &engine, const QRegularExpression &pattern, spans::Period range,
                                    qint64 now, QString *error, const ActivitySearch::CancelFlag &cancel = {});

    // How many times the past was built; for tests and the bench.
    int builds() const { return m_builds; }

private:
    // What the past's activity depends on; read in a few cheap queries.
    std::optional<QStringList> fingerprint(ReportEngine &engine, qint64 cut, QString *error);
    bool refresh(ReportEngine &engine, qint64 cut, qint64 now, QString *error);

    qint64 m_cut = 0;
    qint64 m_checked = 0; // `now` of the last check
    QStringList m_fingerprint;
    std::vector<ActivitySegment> m_segments; // sorted by start; window and web keys index m_data
    qint64 m_longest = 0;                    // the longest segment
    QList<QJsonObject> m_data;
    int m_builds = 0;
};

} // namespace stint
