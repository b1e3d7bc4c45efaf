#include "reports/SummaryBuilder.h"

#include "manual/ManualEntry.h"
#include "model/Timestamp.h"
#include "reports/DataInterner.h"
#include "reports/EventOps.h"
#include "reports/ReportCalendar.h"

#include <QJsonArray>

#include <algorithm>
#include <functional>
#include <limits>

using namespace Qt::StringLiterals;

namespace stint {
namespace {

constexpr qint64 kNanosPerHour = 3600 * Timestamp::kNanosPerSecond;

qint64 floorDiv(qint64 a, qint64 b)
{
    return a / b - ((a % b != 0) && ((a < 0) != (b < 0)) ? 1 : 0);
}

QList<NamedDuration> sorted(const QHash<QString, NamedDuration> &totals)
{
    QList<NamedDuration> list = totals.values();
    std::sort(list.begin(), list.end(), [](const NamedDuration &a, const NamedDuration &b) {
        if (a.duration != b.duration)
            return a.duration > b.duration;
        return a.name != b.name ? a.name < b.name : a.detail < b.detail;
    });
    return list;
}

void add(QHash<QString, NamedDuration> &totals, const QString &name, const QString &detail, qint64 duration)
{
    NamedDuration &entry = totals[detail.isEmpty() ? name : name + u'\x1f' + detail];
    entry.name = name;
    entry.detail = detail;
    entry.duration += duration;
}

} // namespace

SummaryBuilder::SummaryBuilder(const DataInterner &interner)
    : m_interner(interner)
    , m_rules(CategoryRules::defaults())
{
}

void SummaryBuilder::setCategories(CategoryRules rules)
{
    m_rules = std::move(rules);
    m_categoryOf.clear();
}

const SummaryBuilder::Texts &SummaryBuilder::texts(int key)
{
    if (size_t(key) >= m_texts.size())
        m_texts.resize(size_t(m_interner.size()));
    Texts &texts = m_texts[size_t(key)];
    if (!texts.known) {
        const QJsonObject &data = m_interner.data(key);
        texts.known = true;
        texts.app = data.value(u"app"_s).toString();
        texts.title = data.value(u"title"_s).toString();
        texts.url = data.value(u"url"_s).toString();
        texts.domain = ops::domainOfUrl(texts.url);
        // An entry by hand has no window: its label stands for both.
        if (!data.contains(u"app"_s) && data.contains(ManualEntry::kLabelKey)) {
            texts.app = ManualEntry::labelOf(data);
            texts.title = texts.app;
        }
    }
    return texts;
}

int SummaryBuilder::categoryOf(int window, int web)
{
    const qint64 pair = (qint64(window) << 32) | quint32(web);
    const auto found = m_categoryOf.constFind(pair);
    if (found != m_categoryOf.constEnd())
        return found.value();
    QJsonObject tab;
    if (web >= 0) {
        tab = m_interner.data(web);
        tab.insert(u"$domain"_s, texts(web).domain);
    }
    const int category = m_rules.categorize(m_interner.data(window), tab);
    m_categoryOf.insert(pair, category);
    return category;
}

void SummaryBuilder::filter(Activity &activity, const ReportFilter &filter)
{
    if (filter.isEmpty())
        return;
    const auto keep = [&](const ActivitySegment &segment) {
        if (!filter.app.isEmpty() && texts(segment.window).app != filter.app)
            return false;
        if (!filter.category.isEmpty()) {
            const QStringList name = m_rules.nameOf(categoryOf(segment.window, segment.web));
            if (name.size() < filter.category.size() || name.first(filter.category.size()) != filter.category)
                return false;
        }
        return true;
    };
    std::erase_if(activity.segments, [&](const ActivitySegment &segment) { return !keep(segment); });
}

Summary SummaryBuilder::summarize(const Activity &activity, const ReportCalendar &calendar)
{
    Summary summary;
    summary.range = activity.range;
    summary.hosts = activity.hosts;
    summary.pausedTime = spans::total(activity.paused);

    // Day boundaries of the range, with the next day's start as the last entry.
    std::vector<qint64> dayStarts;
    QDate date = calendar.dateOf(activity.range.start);
    for (; calendar.dayStart(date) < activity.range.end; date = date.addDays(1)) {
        dayStarts.push_back(calendar.dayStart(date));
        summary.perDay.append({date, 0, {}});
    }
    dayStarts.push_back(calendar.dayStart(date));
    const std::vector<ReportCalendar::Offset> offsets = calendar.offsets(activity.range);

    // Totals per distinct key first; names are looked up once per key afterwards.
    std::vector<qint64> byWindow(size_t(m_interner.size()), 0);
    std::vector<qint64> byWeb(size_t(m_interner.size()), 0);
    const size_t categoryCount = size_t(m_rules.rules().size()) + 1; // Uncategorized first
    std::vector<qint64> byCategory(categoryCount, 0);
    // Per hour of the day and per day, by category (mapped to top-level categories at the end).
    std::vector<qint64> hourByCategory(24 * categoryCount, 0);
    std::vector<qint64> dayByCategory(size_t(summary.perDay.size()) * categoryCount, 0);
    int lastWindow = -1;
    int lastWeb = -2;
    int lastCategory = -1;
    for (const ActivitySegment &segment : activity.segments) {
        const qint64 duration = segment.duration();
        summary.activeTime += duration;
        byWindow[size_t(segment.window)] += duration;
        if (segment.web >= 0) {
            byWeb[size_t(segment.web)] += duration;
            summary.browserTime += duration;
        }
        if (segment.window != lastWindow || segment.web != lastWeb) {
            lastWindow = segment.window;
            lastWeb = segment.web;
            lastCategory = categoryOf(segment.window, segment.web);
        }
        byCategory[size_t(lastCategory + 1)] += duration;

        // Cut at local hour, day and UTC-offset changes.
        for (qint64 t = segment.start; t < segment.end;) {
            const auto offset = std::upper_bound(offsets.begin(), offsets.end(), t,
                                                 [](qint64 v, const ReportCalendar::Offset &o) { return v < o.from; })
                - 1;
            const qint64 nextOffset =
                offset + 1 != offsets.end() ? (offset + 1)->from : std::numeric_limits<qint64>::max();
            const qint64 hour = floorDiv(t + offset->offset, kNanosPerHour);
            const qint64 hourEnd = (hour + 1) * kNanosPerHour - offset->offset;
            const auto day = std::max(std::upper_bound(dayStarts.begin(), dayStarts.end(), t) - 1, dayStarts.begin());
            const qint64 dayEnd = day + 1 != dayStarts.end() ? *(day + 1) : std::numeric_limits<qint64>::max();
            const qint64 pieceEnd = std::min({segment.end, hourEnd, nextOffset, dayEnd});
            const size_t hourOfDay = size_t((hour % 24 + 24) % 24);
            const size_t dayIndex = size_t(std::min<qsizetype>(day - dayStarts.begin(), summary.perDay.size() - 1));
            summary.perHour[hourOfDay] += pieceEnd - t;
            summary.perDay[qsizetype(dayIndex)].duration += pieceEnd - t;
            hourByCategory[hourOfDay * categoryCount + size_t(lastCategory + 1)] += pieceEnd - t;
            dayByCategory[dayIndex * categoryCount + size_t(lastCategory + 1)] += pieceEnd - t;
            t = pieceEnd;
        }
    }

    QHash<QString, NamedDuration> apps;
    QHash<QString, NamedDuration> titles;
    for (size_t key = 0; key < byWindow.size(); ++key) {
        if (byWindow[key] == 0)
            continue;
        const Texts &window = texts(int(key));
        add(apps, window.app, {}, byWindow[key]);
        add(titles, window.title, window.app, byWindow[key]);
    }
    QHash<QString, NamedDuration> domains;
    QHash<QString, NamedDuration> urls;
    for (size_t key = 0; key < byWeb.size(); ++key) {
        if (byWeb[key] == 0)
            continue;
        const Texts &tab = texts(int(key));
        add(domains, tab.domain, {}, byWeb[key]);
        add(urls, tab.url, tab.domain, byWeb[key]);
    }
    summary.apps = sorted(apps);
    summary.titles = sorted(titles);
    summary.domains = sorted(domains);
    summary.urls = sorted(urls);

    // The category tree: each category's time is added to itself and every ancestor.
    QHash<QStringList, CategoryTotal> nodes;
    double weightedScore = 0;
    for (int index = -1; index < int(m_rules.rules().size()); ++index) {
        const qint64 duration = byCategory[size_t(index + 1)];
        if (duration == 0)
            continue;
        weightedScore += m_rules.scoreOf(index) * double(duration);
        const QStringList name = m_rules.nameOf(index);
        nodes[name].own += duration;
        for (qsizetype depth = 1; depth <= name.size(); ++depth) {
            CategoryTotal &node = nodes[name.first(depth)];
            node.duration += duration;
        }
    }
    QList<CategoryTotal> flat;
    for (auto it = nodes.begin(); it != nodes.end(); ++it) {
        CategoryTotal node = it.value();
        node.name = it.key();
        const int rule = [&] {
            for (int i = 0; i < int(m_rules.rules().size()); ++i) {
                if (m_rules.rules().at(i).name == node.name)
                    return i;
            }
            return -1;
        }();
        node.color = m_rules.colorOf(rule);
        node.score = m_rules.scoreOf(rule);
        flat.append(node);
    }
    // Depth first: a parent, then its children longest first.
    std::function<void(const QStringList &)> appendChildren = [&](const QStringList &parent) {
        QList<CategoryTotal> children;
        for (const CategoryTotal &node : flat) {
            if (node.name.size() == parent.size() + 1 && node.name.first(parent.size()) == parent)
                children.append(node);
        }
        std::sort(children.begin(), children.end(), [](const CategoryTotal &a, const CategoryTotal &b) {
            return a.duration != b.duration ? a.duration > b.duration : a.name < b.name;
        });
        for (const CategoryTotal &child : children) {
            summary.categories.append(child);
            appendChildren(child.name);
        }
    };
    appendChildren({});

    // Hours and days split by top-level category, in the order of the category list.
    for (const CategoryTotal &node : std::as_const(summary.categories)) {
        if (node.name.size() == 1)
            summary.topCategories.append(node.name);
    }
    std::vector<qsizetype> topOf(categoryCount, -1);
    for (int index = -1; index < int(m_rules.rules().size()); ++index)
        topOf[size_t(index + 1)] = summary.topCategories.indexOf(m_rules.nameOf(index).first(1));
    const auto split = [&](const qint64 *byRule) {
        QList<qint64> byTop(summary.topCategories.size(), 0);
        for (size_t rule = 0; rule < categoryCount; ++rule) {
            if (byRule[rule] != 0)
                byTop[topOf[rule]] += byRule[rule];
        }
        return byTop;
    };
    for (size_t hourOfDay = 0; hourOfDay < 24; ++hourOfDay)
        summary.perHourByCategory[hourOfDay] = split(&hourByCategory[hourOfDay * categoryCount]);
    for (qsizetype day = 0; day < summary.perDay.size(); ++day)
        summary.perDay[day].byCategory = split(&dayByCategory[size_t(day) * categoryCount]);

    summary.productivity = summary.activeTime > 0 ? weightedScore / double(summary.activeTime) : 0.0;
    return summary;
}

QList<TimelineSegment> SummaryBuilder::timeline(const Activity &activity)
{
    QList<TimelineSegment> result;
    // The last piece drawn per host, to merge a neighbour of the same window and tab into.
    std::vector<qsizetype> lastOfHost(size_t(activity.hosts.size()), -1);
    std::vector<std::pair<int, int>> lastKeys(size_t(activity.hosts.size()), {-1, -1});
    for (const ActivitySegment &segment : activity.segments) {
        const size_t host = size_t(segment.host);
        const qsizetype last = lastOfHost[host];
        if (last >= 0 && lastKeys[host] == std::pair{segment.window, segment.web}
            && result[last].end == segment.start) {
            result[last].end = segment.end;
            continue;
        }
        const Texts &window = texts(segment.window);
        TimelineSegment piece;
        piece.start = segment.start;
        piece.end = segment.end;
        piece.host = activity.hosts.at(segment.host);
        piece.app = window.app;
        piece.title = window.title;
        if (segment.web >= 0)
            piece.url = texts(segment.web).url;
        const int category = categoryOf(segment.window, segment.web);
        piece.category = m_rules.nameOf(category);
        piece.color = m_rules.colorOf(category);
        lastOfHost[host] = result.size();
        lastKeys[host] = {segment.window, segment.web};
        result.append(piece);
    }
    for (const spans::Period &period : activity.paused) {
        TimelineSegment piece;
        piece.start = period.start;
        piece.end = period.end;
        piece.paused = true;
        result.append(piece);
    }
    std::stable_sort(result.begin(), result.end(),
                     [](const TimelineSegment &a, const TimelineSegment &b) { return a.start < b.start; });
    return result;
}

} // namespace stint
