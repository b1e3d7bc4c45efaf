#include "reports/DayRollups.h"

#include "model/Bucket.h"
#include "reports/ActivityBuilder.h"
#include "reports/DataInterner.h"
#include "reports/ReportCalendar.h"
#include "storage/EventReader.h"
#include "util/Logging.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QElapsedTimer>
#include <QScopeGuard>
#include <QSemaphore>
#include <QThread>
#include <QtEndian>

#include <algorithm>
#include <array>
#include <atomic>
#include <iterator>
#include <limits>
#include <memory>

using namespace Qt::StringLiterals;

namespace stint {
namespace {

// Days missing at once from which a helper thread builds some of them, in pieces of kPieceDays.
constexpr size_t kHelpedDays = 28;
constexpr size_t kPieceDays = 14;

// Bump when the layout of a day's data changes (RollupStore's format covers the tables).
constexpr quint8 kEncoding = 3;

// Little-endian fixed-width fields: cheaper to read than QDataStream, and the same on every machine.
class ByteWriter
{
public:
    template<typename T>
    void put(T value)
    {
        const T little = qToLittleEndian(value);
        m_data.append(reinterpret_cast<const char *>(&little), sizeof little);
    }
    QByteArray data() const { return m_data; }

private:
    QByteArray m_data;
};

// Reads what ByteWriter wrote; past the end it gives zeros and atEnd() stays false.
class ByteReader
{
public:
    explicit ByteReader(const QByteArray &data)
        : m_at(data.constData())
        , m_end(data.constData() + data.size())
    {
    }
    bool has(size_t bytes) const { return m_ok && size_t(m_end - m_at) >= bytes; }
    template<typename T>
    T get()
    {
        if (!has(sizeof(T))) {
            m_ok = false;
            return T{};
        }
        const T value = qFromLittleEndian<T>(m_at);
        m_at += sizeof(T);
        return value;
    }
    bool atEnd() const { return m_ok && m_at == m_end; }

private:
    const char *m_at;
    const char *m_end;
    bool m_ok = true;
};

// Text ids are SQLite rowids counted from 1, some ten thousand a year. A damaged file may name
// any number; this bound keeps the bitmap of ids to read at 8 MB.
constexpr qint64 kMaxTextId = qint64(1) << 26;

quint64 mix(quint64 hash, qint64 value)
{
    // splitmix64's finalizer: stable across runs and platforms, unlike qHash.
    quint64 z = hash ^ (quint64(value) + 0x9e3779b97f4a7c15ULL + (hash << 6) + (hash >> 2));
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
    return z ^ (z >> 31);
}

qint64 unitOf(qint64 time)
{
    return time >> EventReader::kChangeUnitShift; // arithmetic: floor for negative times too
}

// The time a day's rollup depends on: the day and the context the builder reads around it.
std::pair<qint64, qint64> unitsOf(qint64 start, qint64 end)
{
    const qint64 context = ActivityBuilder::kContextNs;
    return {unitOf(start - context), unitOf(end + context)};
}

// Paused time of a day's activity per local hour of day, as (hour, time) with time > 0.
std::vector<std::pair<int, qint64>> pausedByHour(const Activity &day, const ReportCalendar &calendar)
{
    std::array<qint64, 24> byHour{};
    if (!day.paused.empty()) {
        const auto offsets = calendar.offsets(day.range);
        for (const spans::Period &period : day.paused)
            ReportCalendar::forEachHour(period, offsets,
                                        [&](int hour, qint64 from, qint64 to) { byHour[size_t(hour)] += to - from; });
    }
    std::vector<std::pair<int, qint64>> result;
    for (int hour = 0; hour < 24; ++hour) {
        if (byHour[size_t(hour)] > 0)
            result.emplace_back(hour, byHour[size_t(hour)]);
    }
    return result;
}

} // namespace

DayRollups::DayRollups(const QString &databasePath, EventReader &reader, ActivityBuilder &activity,
                       SummaryBuilder &summaries)
    : m_reader(reader)
    , m_activity(activity)
    , m_summaries(summaries)
    , m_store(RollupStore::pathFor(databasePath))
    , m_enabled(enabledByDefault())
{
}

DayRollups::~DayRollups() = default;

bool DayRollups::enabledByDefault()
{
    return qEnvironmentVariable("STINT_ROLLUPS") != u"0"_s;
}

bool DayRollups::tallyEvents(Result &result, spans::Period piece, const QString &host, const ReportCalendar &calendar,
                             const std::vector<qint64> &dayStarts, Detail detail, QString *error)
{
    auto activity = m_activity.build(piece, host, error);
    if (!activity)
        return false;
    m_summaries.tally(result.tally, *activity, calendar, dayStarts);
    result.hosts = activity->hosts;
    if (detail == Detail::Hours)
        result.partial.push_back(std::move(*activity));
    return true;
}

void DayRollups::addHours(Result &result, const Day &day, const std::vector<qint64> &dayStarts, size_t dayIndex,
                          const ReportCalendar &calendar) const
{
    const qint64 dayStart = dayStarts[dayIndex];
    const qint64 dayEnd = dayStarts[dayIndex + 1];
    std::array<qint64, 24> hourStart;
    hourStart.fill(-1);
    ReportCalendar::forEachHour({dayStart, dayEnd}, calendar.offsets({dayStart, dayEnd}),
                                [&](int hour, qint64 from, qint64) {
                                    if (hourStart[size_t(hour)] < 0)
                                        hourStart[size_t(hour)] = from;
                                });
    // Hour by hour, each hour's categories and then its paused time (both lists are in hour order).
    const size_t rules = day.byRule.size();
    auto entry = day.hourByRule.begin();
    auto paused = day.hourPaused.begin();
    for (size_t hour = 0; hour < 24; ++hour) {
        const qint64 start = hourStart[hour] < 0 ? dayStart : hourStart[hour];
        for (; entry != day.hourByRule.end() && size_t(entry->first) / rules == hour; ++entry)
            result.hours.push_back({start, int(size_t(entry->first) % rules), entry->second});
        if (paused != day.hourPaused.end() && size_t(paused->first) == hour)
            result.hours.push_back({start, -1, (paused++)->second});
    }
}

QString DayRollups::fullConfig(const QString &config, QString *error)
{
    const auto buckets = m_reader.buckets(false);
    if (!buckets) {
        *error = m_reader.error();
        return {};
    }
    QStringList parts;
    for (const Bucket &bucket : *buckets)
        parts.append(bucket.id + u'\x1f' + bucket.type + u'\x1f' + bucket.hostname);
    parts.sort();
    parts.prepend(config);
    return QString::fromLatin1(
        QCryptographicHash::hash(parts.join(u'\x1e').toUtf8(), QCryptographicHash::Sha1).toHex());
}

std::optional<DayRollups::Result> DayRollups::tally(spans::Period range, const QString &host,
                                                    const ReportCalendar &calendar, const QString &config,
                                                    Detail detail, QString *error)
{
    const std::vector<qint64> starts = SummaryBuilder::dayStarts(range, calendar);
    const size_t dayCount = starts.size() - 1;
    Result result{m_summaries.emptyTally(qsizetype(dayCount)), {}, {}, {}};

    // Whole days that have ended come from rollups; they form one run between partial pieces.
    // A running timer counts up to now but stays stored as it began, so no change names the days
    // it reaches: from its first day on, days come from events (and are not stored) while it runs.
    qint64 settled = QDateTime::currentMSecsSinceEpoch() * 1'000'000;
    if (m_enabled) {
        const auto since = m_activity.runningSince(host, error);
        if (!since)
            return std::nullopt;
        settled = std::min(settled, *since);
    }
    size_t first = dayCount;
    size_t last = 0;
    for (size_t i = 0; m_enabled && i < dayCount; ++i) {
        if (starts[i] >= range.start && starts[i + 1] <= range.end && starts[i + 1] <= settled) {
            first = std::min(first, i);
            last = i;
        }
    }
    if (first == dayCount) {
        if (!tallyEvents(result, range, host, calendar, starts, detail, error))
            return std::nullopt;
        return result;
    }
    const spans::Period head{range.start, starts[first]};
    const spans::Period tail{starts[last + 1], range.end};
    // Without partial pieces an empty one still names the hosts (and fails like a build would).
    if (!tallyEvents(result, head, host, calendar, starts, detail, error)
        || (tail.end > tail.start && !tallyEvents(result, tail, host, calendar, starts, detail, error)))
        return std::nullopt;

    // The changes are read before any events, so a write that lands meanwhile makes them stale.
    const auto changes = m_reader.changes();
    if (!changes) {
        *error = m_reader.error();
        return std::nullopt;
    }
    const QString full = fullConfig(config, error);
    if (full.isEmpty())
        return std::nullopt;

    // The newest generation per change unit over the run, then per day.
    const auto [runFirst, runLast] = unitsOf(starts[first], starts[last + 1]);
    std::vector<qint64> unitGeneration(size_t(runLast - runFirst + 1), 0);
    for (const EventReader::Change &change : *changes) {
        for (qint64 unit = std::max(change.first, runFirst); unit <= std::min(change.last, runLast); ++unit) {
            qint64 &generation = unitGeneration[size_t(unit - runFirst)];
            generation = std::max(generation, change.generation);
        }
    }
    const std::vector<ReportCalendar::Offset> offsets = calendar.offsets({starts[first], starts[last + 1]});
    auto offset = offsets.begin();
    const QDate firstDate = calendar.dateOf(range.start);
    std::vector<std::pair<qint64, qint64>> expected(dayCount); // stamp, calendar fingerprint
    std::vector<const Day *> found(dayCount, nullptr);
    std::vector<size_t> missing;
    if (full != m_memoryConfig) {
        m_memory.clear();
        m_memoryConfig = full;
    }
    const QString keyPrefix = host + u'\x1f';
    for (size_t i = first; i <= last; ++i) {
        const auto [from, to] = unitsOf(starts[i], starts[i + 1]);
        qint64 stamp = 0;
        for (qint64 unit = from; unit <= to; ++unit)
            stamp = std::max(stamp, unitGeneration[size_t(unit - runFirst)]);
        quint64 print = mix(mix(0, starts[i]), starts[i + 1]);
        while (offset + 1 != offsets.end() && (offset + 1)->from <= starts[i])
            ++offset;
        for (auto o = offset; o != offsets.end() && o->from < starts[i + 1]; ++o)
            print = mix(mix(print, std::max(o->from, starts[i])), o->offset);
        expected[i] = {stamp, qint64(print)};
        const auto cached = m_memory.find(keyPrefix + QString::number(firstDate.toJulianDay() + qint64(i)));
        if (cached != m_memory.end() && cached->second.stamp == stamp && cached->second.calendar == qint64(print)
            && (cached->second.hasTexts || detail == Detail::Categories))
            found[i] = &cached->second;
        else
            missing.push_back(i);
    }

    const bool withTexts = detail != Detail::Categories;
    if (!missing.empty()) {
        const qint64 julian = firstDate.toJulianDay();
        if (const auto stored = m_store.load(full, host, julian + qint64(missing.front()),
                                             julian + qint64(missing.back()), withTexts)) {
            std::vector<std::pair<size_t, Day>> decoded;
            for (const RollupStore::Entry &entry : *stored) {
                const size_t i = size_t(entry.day - julian);
                if (found[i] || expected[i] != std::pair{entry.stamp, entry.calendar})
                    continue;
                auto day = decodeTotals(entry.totals);
                if (!day || (withTexts && !decodeTexts(entry.texts, *day)))
                    continue;
                day->hasTexts = withTexts;
                day->stamp = entry.stamp;
                day->calendar = entry.calendar;
                decoded.emplace_back(i, std::move(*day));
            }
            if (!withTexts || resolveTexts(decoded)) {
                for (auto &[i, day] : decoded)
                    found[i] = &(m_memory[keyPrefix + QString::number(julian + qint64(i))] = std::move(day));
            }
        }
        std::erase_if(missing, [&](size_t i) { return found[i] != nullptr; });
    }

    if (!missing.empty()) {
        QElapsedTimer timer;
        timer.start();
        std::vector<Day> days;
        bool helped = false;
        if (!buildMissing(host, calendar, starts, missing, days, &helped, error))
            return std::nullopt;
        std::vector<RollupStore::Entry> entries;
        std::vector<const Day *> built;
        for (size_t k = 0; k < missing.size(); ++k) {
            const size_t i = missing[k];
            Day &day = days[k];
            std::tie(day.stamp, day.calendar) = expected[i];
            const qint64 julian = firstDate.toJulianDay() + qint64(i);
            entries.push_back({julian, day.stamp, day.calendar, encodeTotals(day), {}});
            found[i] = &(m_memory[keyPrefix + QString::number(julian)] = std::move(day));
            built.push_back(found[i]);
        }
        if (!store(full, host, entries, built))
            qCWarning(lcRead) << "Could not store report rollups:" << m_store.error();
        if (missing.size() > 1) {
            qCInfo(lcRead).noquote() << u"Built the report rollups of %1 days (%2) in %3 ms%4"_s.arg(missing.size())
                                            .arg(host.isEmpty() ? u"all hosts"_s : host)
                                            .arg(timer.elapsed())
                                            .arg(helped ? u", on two threads"_s : QString());
        }
    }

    for (size_t i = first; i <= last; ++i) {
        add(result.tally, *found[i], i, detail);
        if (detail == Detail::Hours)
            addHours(result, *found[i], starts, i, calendar);
    }
    return result;
}

bool DayRollups::store(const QString &config, const QString &host, std::vector<RollupStore::Entry> &entries,
                       const std::vector<const Day *> &days)
{
    // Text pairs given a file id in this write: remembered once it is stored, else forgotten
    // (rolled back, the ids may go to other texts).
    // By pair id (0: none, -1: asked for): a year's days look their texts up a few hundred thousand times.
    std::vector<qint64> handedOut(size_t(m_summaries.textPairCount()), 0);
    const bool stored = m_store.store(config, host, entries, [&](const RollupStore::TextIds &fileIds) {
        const auto known = [&](int pair) { return size_t(pair) < m_fileIdOf.size() && m_fileIdOf[size_t(pair)] > 0; };
        // The pairs without an id yet, each once, asked for together.
        std::vector<int> fresh;
        std::vector<RollupStore::Text> texts;
        for (const Day *day : days) {
            for (const auto *list : {&day->titles, &day->urls}) {
                for (const auto &[pair, time] : *list) {
                    if (known(pair) || handedOut[size_t(pair)] != 0)
                        continue;
                    handedOut[size_t(pair)] = -1;
                    fresh.push_back(pair);
                    const SummaryBuilder::TextPair &text = m_summaries.textPair(pair);
                    texts.emplace_back(text.name, text.detail);
                }
            }
        }
        const auto ids = fileIds(texts);
        if (!ids)
            return false;
        for (size_t k = 0; k < fresh.size(); ++k)
            handedOut[size_t(fresh[k])] = (*ids)[k];
        const auto textId = [&](int pair) { return known(pair) ? m_fileIdOf[size_t(pair)] : handedOut[size_t(pair)]; };
        for (size_t k = 0; k < days.size(); ++k)
            entries[k].texts = encodeTexts(*days[k], textId);
        return true;
    });
    if (stored) {
        for (size_t pair = 0; pair < handedOut.size(); ++pair) {
            if (handedOut[pair] > 0)
                rememberText(int(pair), handedOut[pair]);
        }
    }
    return stored;
}

bool DayRollups::resolveTexts(std::vector<std::pair<size_t, Day>> &days)
{
    // The file ids not met yet, then their texts in one read over their range.
    const auto known = [this](qint64 id) { return size_t(id) < m_pairOf.size() && m_pairOf[size_t(id)] >= 0; };
    // Marked in a bitmap by id rather than listed: a year names a few ten thousand texts over a
    // few hundred thousand entries (stint-bench query, year warm).
    std::vector<bool> needed;
    for (const auto &[i, day] : days) {
        for (const auto *list : {&day.titles, &day.urls}) {
            for (const auto &[id, time] : *list) {
                if (known(id))
                    continue;
                if (id <= 0 || id > kMaxTextId)
                    return false; // not an id this file hands out: its days are built anew
                if (size_t(id) >= needed.size())
                    needed.resize(std::max(size_t(id) + 1, needed.size() * 2), false);
                needed[size_t(id)] = true;
            }
        }
    }
    const auto firstNeeded = std::find(needed.begin(), needed.end(), true);
    if (firstNeeded != needed.end()) {
        const qint64 low = firstNeeded - needed.begin();
        qint64 high = qint64(needed.size()) - 1;
        while (!needed[size_t(high)])
            --high;
        m_summaries.reserveTextPairs(std::count(firstNeeded, needed.end(), true));
        const bool read = m_store.readTexts(
            low, high, [&](qint64 id) { return needed[size_t(id)]; },
            [&](qint64 id, const QString &name, const QString &detail) {
                rememberText(m_summaries.textPairId(name, detail), id);
            });
        if (!read)
            return false;
    }
    for (auto &[i, day] : days) {
        for (auto *list : {&day.titles, &day.urls}) {
            for (auto &[id, time] : *list) {
                if (!known(id))
                    return false; // a text the file does not have: its days are built anew
                id = m_pairOf[size_t(id)];
            }
        }
    }
    return true;
}

void DayRollups::rememberText(int pair, qint64 fileId)
{
    if (size_t(fileId) >= m_pairOf.size())
        m_pairOf.resize(size_t(fileId) + 1, -1);
    m_pairOf[size_t(fileId)] = pair;
    if (size_t(pair) >= m_fileIdOf.size())
        m_fileIdOf.resize(size_t(pair) + 1, 0);
    m_fileIdOf[size_t(pair)] = fileId;
}

bool DayRollups::buildMissing(const QString &host, const ReportCalendar &calendar, const std::vector<qint64> &dayStarts,
                              const std::vector<size_t> &missing, std::vector<Day> &days, bool *helped, QString *error)
{
    *helped = false;
    if (missing.size() < kHelpedDays || QThread::idealThreadCount() < 2)
        return buildRuns(m_activity, m_summaries, host, calendar, dayStarts, missing, days, error);
    // Many days (a cold month or year): they are built in pieces of kPieceDays that this thread
    // and a helper thread, with a reader and builders of its own, take in turn until none is
    // left. Each day is what the builder makes of it wherever it is built. The helper runs at
    // idle priority: on a spare core it takes about half of the pieces (stint-bench query, year
    // cold), and on a busy machine it yields to everything else (the API's answers, stint-bench
    // http) while this thread takes the pieces it does not get to.
    const size_t pieceCount = (missing.size() + kPieceDays - 1) / kPieceDays;
    const auto piece = [&](size_t index) {
        const auto from = missing.begin() + qsizetype(index * kPieceDays);
        return std::vector<size_t>(from,
                                   missing.begin() + qsizetype(std::min(missing.size(), (index + 1) * kPieceDays)));
    };
    std::vector<std::vector<Day>> built(pieceCount);
    std::atomic<size_t> next{0};
    std::atomic<bool> failed{false};
    // Copies for the helper, made here: it uses nothing of this thread's but these, the pieces
    // it takes and its own objects.
    struct Helper
    {
        QString path;
        EventReader::Hints hints;
        ActivityBuilder::Settings settings;
        CategoryRules categories;
        ReportCalendar calendar;
        QString host;
        std::vector<size_t> pieces;
        std::vector<SummaryBuilder::TextPair> pairs; // the helper's text pairs, by its ids
        QString error;
    } helper{
        m_reader.path(), m_reader.hints(), m_activity.settings(), m_summaries.categories(), calendar, host, {}, {}, {}};
    QSemaphore helperStarted; // released when the helper takes the first piece or gives up
    const std::unique_ptr<QThread> thread(QThread::create([&] {
        const auto started = qScopeGuard([&] { helperStarted.release(); });
        EventReader reader(helper.path);
        if (!reader.isOpen())
            return; // this thread builds the pieces
        reader.adopt(std::move(helper.hints));
        DataInterner interner;
        ActivityBuilder activity(reader, interner);
        activity.apply(std::move(helper.settings));
        SummaryBuilder summaries(interner);
        summaries.setCategories(std::move(helper.categories));
        for (size_t index = next++; index < pieceCount && !failed; index = next++) {
            if (index == 0)
                helperStarted.release();
            if (!buildRuns(activity, summaries, helper.host, helper.calendar, dayStarts, piece(index), built[index],
                           &helper.error)) {
                failed = true;
                break;
            }
            helper.pieces.push_back(index);
        }
        helper.pairs.reserve(size_t(summaries.textPairCount()));
        for (int pair = 0; pair < summaries.textPairCount(); ++pair)
            helper.pairs.push_back(summaries.textPair(pair));
    }));
    thread->setObjectName(u"stint-rollups"_s);
    // Waits for the helper on every way out: it uses this frame's objects.
    const auto joined = qScopeGuard([&] { thread->wait(); });
    thread->start(QThread::IdlePriority);
    if (m_helperFirst)
        helperStarted.acquire();
    bool ok = true;
    for (size_t index = next++; index < pieceCount && !failed; index = next++) {
        if (!buildRuns(m_activity, m_summaries, host, calendar, dayStarts, piece(index), built[index], error)) {
            failed = true;
            ok = false;
        }
    }
    thread->wait();
    if (!ok)
        return false;
    if (failed) {
        *error = helper.error;
        return false;
    }
    // The helper's text pair ids in this thread's numbering.
    *helped = !helper.pieces.empty();
    std::vector<int> pairOf(helper.pairs.size(), -1);
    for (const size_t index : helper.pieces) {
        for (Day &day : built[index]) {
            for (auto *list : {&day.titles, &day.urls}) {
                for (auto &[pair, time] : *list) {
                    int &mine = pairOf[size_t(pair)];
                    if (mine < 0)
                        mine =
                            m_summaries.textPairId(helper.pairs[size_t(pair)].name, helper.pairs[size_t(pair)].detail);
                    pair = mine;
                }
            }
        }
    }
    for (std::vector<Day> &pieceDays : built)
        std::move(pieceDays.begin(), pieceDays.end(), std::back_inserter(days));
    return true;
}

bool DayRollups::buildRuns(ActivityBuilder &activity, SummaryBuilder &summaries, const QString &host,
                           const ReportCalendar &calendar, const std::vector<qint64> &dayStarts,
                           const std::vector<size_t> &missing, std::vector<Day> &days, QString *error)
{
    for (size_t begin = 0; begin < missing.size();) {
        size_t end = begin + 1;
        while (end < missing.size() && missing[end] == missing[end - 1] + 1)
            ++end;
        if (!build(activity, summaries, host, calendar, dayStarts, missing[begin], missing[end - 1], days, error))
            return false;
        begin = end;
    }
    return true;
}

bool DayRollups::build(ActivityBuilder &activityBuilder, SummaryBuilder &summaries, const QString &host,
                       const ReportCalendar &calendar, const std::vector<qint64> &dayStarts, size_t first, size_t last,
                       std::vector<Day> &days, QString *error)
{
    const auto activity = activityBuilder.build({dayStarts[first], dayStarts[last + 1]}, host, error);
    if (!activity)
        return false;
    // The run's activity cut into its days.
    std::vector<Activity> pieces(last - first + 1);
    for (size_t i = first; i <= last; ++i) {
        pieces[i - first].range = {dayStarts[i], dayStarts[i + 1]};
        pieces[i - first].hosts = activity->hosts;
    }
    const auto dayOf = [&](qint64 t) {
        const auto day =
            std::upper_bound(dayStarts.begin() + qsizetype(first), dayStarts.begin() + qsizetype(last + 1), t);
        return size_t(day - dayStarts.begin()) - 1;
    };
    for (const ActivitySegment &segment : activity->segments) {
        for (qint64 t = segment.start; t < segment.end;) {
            const size_t day = dayOf(t);
            ActivitySegment piece = segment;
            piece.start = t;
            piece.end = std::min(segment.end, dayStarts[day + 1]);
            pieces[day - first].segments.push_back(piece);
            t = piece.end;
        }
    }
    for (const spans::Period &period : activity->paused) {
        for (qint64 t = period.start; t < period.end;) {
            const size_t day = dayOf(t);
            const qint64 end = std::min(period.end, dayStarts[day + 1]);
            pieces[day - first].paused.push_back({t, end});
            t = end;
        }
    }

    days.reserve(days.size() + pieces.size());
    // One tally for all days, emptied after each: its lists grow to every text pair of the run, so
    // a fresh one per day would allocate and clear them all again.
    const SummaryBuilder::Tally empty = summaries.emptyTally(1);
    SummaryBuilder::Tally one = empty;
    const auto take = [](std::vector<qint64> &dense, std::vector<std::pair<int, qint64>> &out) {
        for (size_t i = 0; i < dense.size(); ++i) {
            if (dense[i] != 0) {
                out.emplace_back(int(i), dense[i]);
                dense[i] = 0;
            }
        }
    };
    for (const Activity &piece : pieces) {
        summaries.tally(one, piece, calendar, {piece.range.start, piece.range.end});
        Day day;
        day.activeTime = std::exchange(one.activeTime, 0);
        day.pausedTime = std::exchange(one.pausedTime, 0);
        day.browserTime = std::exchange(one.browserTime, 0);
        take(one.byTitle, day.titles);
        take(one.byUrl, day.urls);
        take(one.hourByRule, day.hourByRule);
        day.hourPaused = pausedByHour(piece, calendar);
        day.byRule = std::exchange(one.byRule, empty.byRule);
        one.dayByRule = empty.dayByRule;
        days.push_back(std::move(day));
    }
    return true;
}

void DayRollups::add(SummaryBuilder::Tally &tally, const Day &day, size_t dayIndex, Detail detail) const
{
    tally.activeTime += day.activeTime;
    tally.pausedTime += day.pausedTime;
    tally.browserTime += day.browserTime;
    const auto addSparse = [](std::vector<qint64> &dense, const std::vector<std::pair<int, qint64>> &entries) {
        for (const auto &[index, time] : entries) {
            if (size_t(index) >= dense.size())
                dense.resize(size_t(index) + 1, 0);
            dense[size_t(index)] += time;
        }
    };
    if (detail != Detail::Categories) {
        addSparse(tally.byTitle, day.titles);
        addSparse(tally.byUrl, day.urls);
    }
    addSparse(tally.hourByRule, day.hourByRule);
    const size_t rules = tally.byRule.size();
    for (size_t rule = 0; rule < rules; ++rule) {
        tally.byRule[rule] += day.byRule[rule];
        tally.dayByRule[dayIndex * rules + rule] += day.byRule[rule];
    }
}

QByteArray DayRollups::encodeTotals(const Day &day) const
{
    ByteWriter out;
    out.put(kEncoding);
    out.put(day.activeTime);
    out.put(day.pausedTime);
    out.put(day.browserTime);
    out.put(quint32(day.byRule.size()));
    for (const qint64 time : day.byRule)
        out.put(time);
    out.put(quint32(day.hourByRule.size()));
    for (const auto &[index, time] : day.hourByRule) {
        out.put(qint32(index));
        out.put(time);
    }
    out.put(quint32(day.hourPaused.size()));
    for (const auto &[hour, time] : day.hourPaused) {
        out.put(qint32(hour));
        out.put(time);
    }
    return out.data();
}

std::optional<DayRollups::Day> DayRollups::decodeTotals(const QByteArray &data) const
{
    ByteReader in(data);
    Day day;
    if (in.get<quint8>() != kEncoding)
        return std::nullopt;
    day.activeTime = in.get<qint64>();
    day.pausedTime = in.get<qint64>();
    day.browserTime = in.get<qint64>();
    const size_t rules = size_t(m_summaries.categories().rules().size()) + 1;
    if (in.get<quint32>() != rules || !in.has(rules * sizeof(qint64)))
        return std::nullopt;
    day.byRule.resize(rules);
    for (qint64 &time : day.byRule)
        time = in.get<qint64>();
    const quint32 count = in.get<quint32>();
    if (!in.has(size_t(count) * (sizeof(qint32) + sizeof(qint64))))
        return std::nullopt;
    day.hourByRule.reserve(count);
    for (quint32 i = 0; i < count; ++i) {
        const qint32 index = in.get<qint32>();
        if (index < 0 || size_t(index) >= 24 * rules)
            return std::nullopt;
        day.hourByRule.emplace_back(index, in.get<qint64>());
    }
    const quint32 paused = in.get<quint32>();
    if (paused > 24)
        return std::nullopt;
    for (quint32 i = 0; i < paused; ++i) {
        const qint32 hour = in.get<qint32>();
        if (hour < 0 || hour >= 24)
            return std::nullopt;
        day.hourPaused.emplace_back(hour, in.get<qint64>());
    }
    if (!in.atEnd())
        return std::nullopt;
    return day;
}

QByteArray DayRollups::encodeTexts(const Day &day, const std::function<qint64(int)> &textId)
{
    ByteWriter out;
    for (const auto *list : {&day.titles, &day.urls}) {
        out.put(quint32(list->size()));
        for (const auto &[pair, time] : *list) {
            out.put(quint32(textId(pair)));
            out.put(time);
        }
    }
    return out.data();
}

bool DayRollups::decodeTexts(const QByteArray &data, Day &day)
{
    ByteReader in(data);
    for (auto *list : {&day.titles, &day.urls}) {
        const quint32 count = in.get<quint32>();
        if (!in.has(size_t(count) * (sizeof(quint32) + sizeof(qint64))))
            return false;
        list->reserve(count);
        for (quint32 i = 0; i < count; ++i) {
            const quint32 id = in.get<quint32>();
            if (id == 0 || id > quint32(std::numeric_limits<int>::max()))
                return false;
            list->emplace_back(int(id), in.get<qint64>());
        }
    }
    return in.atEnd();
}

} // namespace stint
