#pragma once

#include "model/Event.h"

#include <QJsonArray>
#include <QString>
#include <QStringList>

#include <optional>

namespace stint {
class CategoryRules;
}

// ActivityWatch's query-language operations on event lists, data in and data out, under the
// names the HTTP API will expose (flood -> flood, merge_events_by_keys -> mergeEventsByKeys, ...).
// Times follow the events; results are new lists, inputs are never changed.
namespace stint::ops {

inline constexpr double kDefaultPulsetimeSeconds = 5.0;

// flood: sorted by time; a gap of at most `pulsetime` to the next event is closed (same data:
// merged into one event; different data: the longer of the two is stretched over the gap).
// Zero-duration events help bridge gaps but do not survive. Merged events keep the first id.
EventList flood(const EventList &events, double pulsetimeSeconds = kDefaultPulsetimeSeconds);

// merge_events_by_keys: one event per distinct combination of the keys' values, with the
// summed duration, the earliest start and only those keys as data; longest first. Events that
// lack one of the keys are left out.
EventList mergeEventsByKeys(const EventList &events, const QStringList &keys);

// chunk_events_by_key: runs of neighbouring events (in list order) with the same value for
// `key` become one event {key: value, "subevents": [...]} starting with the run and lasting the
// sum of its durations. Events without the key are left out.
EventList chunkEventsByKey(const EventList &events, const QString &key);

// filter_keyvals / exclude_keyvals: events whose data[key] equals (or, excluding, does not equal)
// one of `values`. An event without the key is excluded by the filter and kept by the exclusion.
EventList filterKeyvals(const EventList &events, const QString &key, const QJsonArray &values);
EventList excludeKeyvals(const EventList &events, const QString &key, const QJsonArray &values);
// filter_keyvals_regex: events whose data[key] is a string the regex matches (anywhere).
// nullopt with a message when the regex does not compile.
std::optional<EventList> filterKeyvalsRegex(const EventList &events, const QString &key, const QString &regex,
                                            QString *error);

// filter_period_intersect: each event clipped to each period covered by `filter` (overlapping
// filter events count once); pieces of zero length are dropped. Sorted by time.
EventList filterPeriodIntersect(const EventList &events, const EventList &filter);
// period_union: the time covered by either list as disjoint events with empty data, sorted.
EventList periodUnion(const EventList &a, const EventList &b);
// union_no_overlap: all of `a`, plus the parts of `b` that `a` does not cover; sorted.
EventList unionNoOverlap(const EventList &a, const EventList &b);
// concat: `a` followed by `b`.
EventList concat(const EventList &a, const EventList &b);

// split_url_events: events with a "url" get "$protocol", "$domain" (without "www."), "$path"
// and "$params" (the query string).
EventList splitUrlEvents(const EventList &events);
// The "$domain" of a URL: its host without a leading "www.".
QString domainOfUrl(const QString &url);

// categorize: adds "$category" (the winning category's name list, or ["Uncategorized"]).
// Each distinct data value is matched once.
EventList categorize(const EventList &events, const CategoryRules &rules);
// tag: adds "$tags": the name (joined with " > ") of every rule that matches, in rule order.
EventList tag(const EventList &events, const CategoryRules &rules);

// limit_events: the first `count` events.
EventList limitEvents(const EventList &events, qsizetype count);
// sort_by_duration: longest first (stable); sort_by_timestamp: oldest first (stable).
EventList sortByDuration(EventList events);
EventList sortByTimestamp(EventList events);
// sum_durations, in nanoseconds.
qint64 sumDurations(const EventList &events);

} // namespace stint::ops
