#include "reports/DayRollups.h"

#include "model/Bucket.h"
#include "reports/ActivityBuilder.h"
#include "reports/ReportCalendar.h"
#include "storage/EventReader.h"
#include "util/Logging.h"

#include <QCryptographicHash>
#include <QDataStream>
#include <QDateTime>
#include <QElapsedTimer>
#include <QIODevice>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace stint {
namespace {

constexpr quint8 kEncoding = 1;

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

template<typename List>
void writeList(QDataStream &out, const List &list)
{
    out << quint32(list.size());
    for (const auto &[index, time] : list)
        out << qint32(index) << time;
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

bool DayRollups::tallyEvents(SummaryBuilder::Tally &tally, spans::Period piece, const QString &host,
                             const ReportCalendar &calendar, const std::vector<qint64> &dayStarts, QStringList *hosts,
                             QString *error)
{
    const auto activity = m_activity.build(piece, host, error);
    if (!activity)
        return false;
    m_summaries.tally(tally, *activity, calendar, dayStarts);
    *hosts = activity->hosts;
    return true;
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
                                                    QString *error)
{
    const std::vector<qint64> starts = SummaryBuilder::dayStarts(range, calendar);
    const size_t dayCount = starts.size() - 1;
    Result result{m_summaries.emptyTally(qsizetype(dayCount)), {}};

    // Whole days that have ended come from rollups; they form one run between partial pieces.
    const qint64 now = QDateTime::currentMSecsSinceEpoch() * 1'000'000;
    size_t first = dayCount;
    size_t last = 0;
    for (size_t i = 0; m_enabled && i < dayCount; ++i) {
        if (starts[i] >= range.start && starts[i + 1] <= range.end && starts[i + 1] <= now) {
            first = std::min(first, i);
            last = i;
        }
    }
    if (first == dayCount) {
        if (!tallyEvents(result.tally, range, host, calendar, starts, &result.hosts, error))
            return std::nullopt;
        return result;
    }
    const spans::Period head{range.start, starts[first]};
    const spans::Period tail{starts[last + 1], range.end};
    // Without partial pieces an empty one still names the hosts (and fails like a build would).
    if (!tallyEvents(result.tally, head, host, calendar, starts, &result.hosts, error)
        || (tail.end > tail.start && !tallyEvents(result.tally, tail, host, calendar, starts, &result.hosts, error)))
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
        if (cached != m_memory.end() && cached->second.stamp == stamp && cached->second.calendar == qint64(print))
            found[i] = &cached->second;
        else
            missing.push_back(i);
    }

    if (!missing.empty()) {
        const qint64 julian = firstDate.toJulianDay();
        if (const auto stored =
                m_store.load(full, host, julian + qint64(missing.front()), julian + qint64(missing.back()))) {
            for (const RollupStore::Entry &entry : *stored) {
                const size_t i = size_t(entry.day - julian);
                if (found[i] || expected[i] != std::pair{entry.stamp, entry.calendar})
                    continue;
                auto day = decode(entry.data);
                if (!day)
                    continue;
                day->stamp = entry.stamp;
                day->calendar = entry.calendar;
                found[i] = &(m_memory[keyPrefix + QString::number(entry.day)] = std::move(*day));
            }
        }
        std::erase_if(missing, [&](size_t i) { return found[i] != nullptr; });
    }

    if (!missing.empty()) {
        QElapsedTimer timer;
        timer.start();
        std::vector<RollupStore::Entry> entries;
        for (size_t begin = 0; begin < missing.size();) {
            size_t end = begin + 1;
            while (end < missing.size() && missing[end] == missing[end - 1] + 1)
                ++end;
            std::vector<Day> days;
            if (!build(host, calendar, starts, missing[begin], missing[end - 1], days, error))
                return std::nullopt;
            for (size_t k = 0; k < days.size(); ++k) {
                const size_t i = missing[begin] + k;
                Day &day = days[k];
                std::tie(day.stamp, day.calendar) = expected[i];
                const qint64 julian = firstDate.toJulianDay() + qint64(i);
                entries.push_back({julian, day.stamp, day.calendar, encode(day)});
                found[i] = &(m_memory[keyPrefix + QString::number(julian)] = std::move(day));
            }
            begin = end;
        }
        if (!m_store.store(full, host, entries))
            qCWarning(lcRead) << "Could not store report rollups:" << m_store.error();
        if (missing.size() > 1) {
            qCInfo(lcRead).noquote() << u"Built the report rollups of %1 days (%2) in %3 ms"_s.arg(missing.size())
                                            .arg(host.isEmpty() ? u"all hosts"_s : host)
                                            .arg(timer.elapsed());
        }
    }

    for (size_t i = first; i <= last; ++i)
        add(result.tally, *found[i], i);
    return result;
}

bool DayRollups::build(const QString &host, const ReportCalendar &calendar, const std::vector<qint64> &dayStarts,
                       size_t first, size_t last, std::vector<Day> &days, QString *error)
{
    const auto activity = m_activity.build({dayStarts[first], dayStarts[last + 1]}, host, error);
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

    days.clear();
    days.reserve(pieces.size());
    for (const Activity &piece : pieces) {
        SummaryBuilder::Tally one = m_summaries.emptyTally(1);
        m_summaries.tally(one, piece, calendar, {piece.range.start, piece.range.end});
        Day day;
        day.activeTime = one.activeTime;
        day.pausedTime = one.pausedTime;
        day.browserTime = one.browserTime;
        const auto sparse = [](const std::vector<qint64> &dense, std::vector<std::pair<int, qint64>> &out) {
            for (size_t i = 0; i < dense.size(); ++i) {
                if (dense[i] != 0)
                    out.emplace_back(int(i), dense[i]);
            }
        };
        sparse(one.byTitle, day.titles);
        sparse(one.byUrl, day.urls);
        sparse(one.hourByRule, day.hourByRule);
        day.byRule = std::move(one.byRule);
        days.push_back(std::move(day));
    }
    return true;
}

void DayRollups::add(SummaryBuilder::Tally &tally, const Day &day, size_t dayIndex) const
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
    addSparse(tally.byTitle, day.titles);
    addSparse(tally.byUrl, day.urls);
    addSparse(tally.hourByRule, day.hourByRule);
    const size_t rules = tally.byRule.size();
    for (size_t rule = 0; rule < rules; ++rule) {
        tally.byRule[rule] += day.byRule[rule];
        tally.dayByRule[dayIndex * rules + rule] += day.byRule[rule];
    }
}

QByteArray DayRollups::encode(const Day &day) const
{
    QByteArray data;
    QDataStream out(&data, QIODevice::WriteOnly);
    out << kEncoding << day.activeTime << day.pausedTime << day.browserTime;
    for (const auto *list : {&day.titles, &day.urls}) {
        out << quint32(list->size());
        for (const auto &[id, time] : *list) {
            const SummaryBuilder::TextPair &pair = m_summaries.textPair(id);
            out << pair.name << pair.detail << time;
        }
    }
    writeList(out, day.hourByRule);
    out << quint32(day.byRule.size());
    for (const qint64 time : day.byRule)
        out << time;
    return data;
}

std::optional<DayRollups::Day> DayRollups::decode(const QByteArray &data)
{
    QDataStream in(data);
    quint8 encoding = 0;
    Day day;
    in >> encoding >> day.activeTime >> day.pausedTime >> day.browserTime;
    if (encoding != kEncoding)
        return std::nullopt;
    for (auto *list : {&day.titles, &day.urls}) {
        quint32 count = 0;
        in >> count;
        for (quint32 i = 0; i < count && in.status() == QDataStream::Ok; ++i) {
            QString name;
            QString detail;
            qint64 time = 0;
            in >> name >> detail >> time;
            list->emplace_back(m_summaries.textPairId(name, detail), time);
        }
    }
    quint32 count = 0;
    in >> count;
    const size_t rules = size_t(m_summaries.categories().rules().size()) + 1;
    for (quint32 i = 0; i < count && in.status() == QDataStream::Ok; ++i) {
        qint32 index = 0;
        qint64 time = 0;
        in >> index >> time;
        if (index < 0 || size_t(index) >= 24 * rules)
            return std::nullopt;
        day.hourByRule.emplace_back(index, time);
    }
    in >> count;
    if (count != rules)
        return std::nullopt;
    day.byRule.resize(rules);
    for (qint64 &time : day.byRule)
        in >> time;
    if (in.status() != QDataStream::Ok)
        return std::nullopt;
    return day;
}

} // namespace stint
