#pragma once

#include "reports/Spans.h"

#include <QJsonObject>
#include <QList>
#include <QRegularExpression>
#include <QString>

#include <atomic>
#include <memory>
#include <optional>

namespace stint {

class ReportEngine;

// One group of search results: the active time of an app and window title (and the browser tab's
// URL when one was shown) whose app, title or URL matched, with when it was first and last seen.
struct SearchHit
{
    QString app;
    QString title;
    QString url; // empty unless the time was a browser tab's
    qint64 activeTime = 0;
    qint64 firstSeen = 0; // start of the first matching stretch
    qint64 lastSeen = 0;  // end of the last one
    qint64 lastStart = 0; // start of the last one, where the Timeline opens
    int stretches = 0;
};

struct SearchResult
{
    spans::Period range;
    QList<SearchHit> hits; // longest active time first
    qint64 activeTime = 0; // of all hits together
};

// Searches the canonical activity (what the reports count: window time while not away, split by
// the browser tab shown) for text or a regular expression in the app, the window title, and the
// tab's URL and title. Run it on a reading thread with that thread's ReportEngine.
class ActivitySearch final
{
public:
    // Everything recorded: from the epoch to far beyond any clock.
    static constexpr spans::Period kWholeHistory{0, 7'000'000'000'000'000'000};

    // Case-insensitive; plain text matches as a substring. nullopt with the reason when `regex`
    // is set and `text` is not a valid regular expression (or when `text` is empty).
    static std::optional<QRegularExpression> compile(const QString &text, bool regex, QString *error);

    // Set from any thread to make a running search give up (nullopt, with an empty error).
    using CancelFlag = std::shared_ptr<std::atomic_bool>;

    // nullopt with `error` when reading failed; with an empty error when cancelled.
    static std::optional<SearchResult> run(ReportEngine &engine, const QRegularExpression &pattern, spans::Period range,
                                           QString *error, const CancelFlag &cancel = {});

    // {"start", "end", "active", "results": [{"app", "title", "url", "active", "first_seen",
    // "last_seen", "stretches"}]}, times in RFC 3339 and durations in seconds.
    static QJsonObject toJson(const SearchResult &result, const QString &text, bool regex);
};

} // namespace stint
