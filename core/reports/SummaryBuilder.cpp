#include "reports/SummaryBuilder.h"

#include "manual/ManualEntry.h"
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

void sortLongestFirst(QList<NamedDuration> &list)
{
    std::sort(list.begin(), list.end(), [](const NamedDuration &a, const NamedDuration &b) {
        if (a.duration != b.duration)
            return a.duration > b.duration;
        return a.name != b.name ? a.name < b.name : a.detail < b.detail;
    });
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
        texts.titlePair = textPairId(texts.title, texts.app);
        texts.urlPair = textPairId(texts.url, texts.domain);
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

int SummaryBuilder::textPairId(const QString &name, const QString &detail)
{
    // One lookup that adds the pair if it is new (a fresh engine's year adds some 20,000).
    const qsizetype known = m_pairIds.size();
    int &id = m_pairIds[TextPair{name, detail}];
    if (m_pairIds.size() == known)
        return id;
    id = int(m_pairs.size());
    m_pairs.push_back({name, detail});
    return id;
}

void SummaryBuilder::reserveTextPairs(qsizetype more)
{
    m_pairs.reserve(m_pairs.size() + size_t(more));
    m_pairIds.reserve(m_pairIds.size() + more);
}

SummaryBuilder::Tally SummaryBuilder::emptyTally(qsizetype days) const
{
    const size_t categoryCount = size_t(m_rules.rules().size()) + 1;
    Tally tally;
    tally.byRule.assign(categoryCount, 0);
    tally.hourByRule.assign(24 * categoryCount, 0);
    tally.dayByRule.assign(size_t(days) * categoryCount, 0);
    return tally;
}

std::vector<qint64> SummaryBuilder::dayStarts(spans::Period range, const ReportCalendar &calendar)
{
    std::vector<qint64> starts;
    QDate date = calendar.dateOf(range.start);
    for (; calendar.dayStart(date) < range.end; date = date.addDays(1))
        starts.push_back(calendar.dayStart(date));
    starts.push_back(calendar.dayStart(date));
    return starts;
}

Summary SummaryBuilder::summarize(const Activity &activity, const ReportCalendar &calendar)
{
    const std::vector<qint64> starts = dayStarts(activity.range, calendar);
    Tally all = emptyTally(qsizetype(starts.size() - 1));
    tally(all, activity, calendar, starts);
    return finish(all, activity.range, activity.hosts, calendar);
}

void SummaryBuilder::tally(Tally &tally, const Activity &activity, const ReportCalendar &calendar,
                           const std::vector<qint64> &dayStarts)
{
    tally.pausedTime += spans::total(activity.paused);
    const std::vector<ReportCalendar::Offset> offsets = calendar.offsets(activity.range);
    const size_t categoryCount = tally.byRule.size();
    const size_t dayCount = dayStarts.size() - 1;
    const auto grow = [](std::vector<qint64> &list, int id) {
        if (size_t(id) >= list.size())
            list.resize(size_t(id) + 1, 0);
        return &list[size_t(id)];
    };
    int lastWindow = -1;
    int lastWeb = -2;
    int lastCategory = -1;
    qint64 *title = nullptr;
    qint64 *url = nullptr;
    for (const ActivitySegment &segment : activity.segments) {
        const qint64 duration = segment.duration();
        if (segment.window != lastWindow || segment.web != lastWeb) {
            lastWindow = segment.window;
            lastWeb = segment.web;
            lastCategory = categoryOf(segment.window, segment.web);
            title = nullptr;
            url = nullptr;
        }
        // Pointers into the lists stay valid until one of them grows.
        if (!title) {
            const int titlePair = texts(segment.window).titlePair;
            const int urlPair = segment.web >= 0 ? texts(segment.web).urlPair : -1;
            grow(tally.byTitle, titlePair);
            if (urlPair >= 0)
                grow(tally.byUrl, urlPair);
            title = &tally.byTitle[size_t(titlePair)];
            url = urlPair >= 0 ? &tally.byUrl[size_t(urlPair)] : nullptr;
        }
        tally.activeTime += duration;
        *title += duration;
        if (url) {
            *url += duration;
            tally.browserTime += duration;
        }
        tally.byRule[size_t(lastCategory + 1)] += duration;

        // Cut at day changes, then at local hour and UTC-offset changes.
        const size_t rule = size_t(lastCategory + 1);
        for (qint64 t = segment.start; t < segment.end;) {
            const auto day = std::max(std::upper_bound(dayStarts.begin(), dayStarts.end(), t) - 1, dayStarts.begin());
            const qint64 dayEnd = day + 1 != dayStarts.end() ? *(day + 1) : std::numeric_limits<qint64>::max();
            const qint64 pieceEnd = std::min(segment.end, dayEnd);
            qint64 &dayTime =
                tally.dayByRule[std::min<size_t>(size_t(day - dayStarts.begin()), dayCount - 1) * categoryCount + rule];
            ReportCalendar::forEachHour({t, pieceEnd}, offsets, [&](int hourOfDay, qint64 from, qint64 to) {
                tally.hourByRule[size_t(hourOfDay) * categoryCount + rule] += to - from;
                dayTime += to - from;
            });
            t = pieceEnd;
        }
    }
}

Summary SummaryBuilder::finish(const Tally &tally, spans::Period range, const QStringList &hosts,
                               const ReportCalendar &calendar)
{
    Summary summary;
    summary.range = range;
    summary.hosts = hosts;
    summary.pausedTime = tally.pausedTime;
    summary.activeTime = tally.activeTime;
    summary.browserTime = tally.browserTime;
    const size_t categoryCount = size_t(m_rules.rules().size()) + 1; // Uncategorized first
    Q_ASSERT(tally.byRule.size() == categoryCount);
    const std::vector<qint64> &byCategory = tally.byRule;
    QDate date = calendar.dateOf(range.start);
    for (size_t day = 0; day < tally.dayByRule.size() / categoryCount; ++day, date = date.addDays(1)) {
        qint64 total = 0;
        for (size_t rule = 0; rule < categoryCount; ++rule)
            total += tally.dayByRule[day * categoryCount + rule];
        summary.perDay.append({date, total, {}});
    }
    for (size_t hourOfDay = 0; hourOfDay < 24; ++hourOfDay) {
        for (size_t rule = 0; rule < categoryCount; ++rule)
            summary.perHour[hourOfDay] += tally.hourByRule[hourOfDay * categoryCount + rule];
    }

    // A text pair is a distinct title with its app (URL with its domain), so the titles are the
    // pairs with time as they are; apps add theirs up. (A year has some 20,000 titles.)
    const auto listAndGroup = [this](const std::vector<qint64> &byPair, QList<NamedDuration> &pairs,
                                     QList<NamedDuration> &groups) {
        QHash<QString, qsizetype> groupOf;
        for (size_t id = 0; id < byPair.size(); ++id) {
            if (byPair[id] == 0)
                continue;
            const TextPair &pair = m_pairs[id];
            pairs.append({pair.name, pair.detail, byPair[id]});
            qsizetype group = groupOf.value(pair.detail, -1);
            if (group < 0) {
                group = groups.size();
                groupOf.insert(pair.detail, group);
                groups.append({pair.detail, {}, 0});
            }
            groups[group].duration += byPair[id];
        }
        sortLongestFirst(pairs);
        sortLongestFirst(groups);
    };
    listAndGroup(tally.byTitle, summary.titles, summary.apps);
    listAndGroup(tally.byUrl, summary.urls, summary.domains);

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
        summary.perHourByCategory[hourOfDay] = split(&tally.hourByRule[hourOfDay * categoryCount]);
    for (qsizetype day = 0; day < summary.perDay.size(); ++day)
        summary.perDay[day].byCategory = split(&tally.dayByRule[size_t(day) * categoryCount]);

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
