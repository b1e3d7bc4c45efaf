#include "reports/ActivityBuilder.h"

#include "manual/ManualEntry.h"
#include "model/Bucket.h"
#include "reports/DataInterner.h"
#include "storage/EventReader.h"
#include "util/Clock.h"
#include "util/HostName.h"

#include <QCoreApplication>

#include <algorithm>
#include <limits>

using namespace Qt::StringLiterals;

namespace stint {
namespace {

const QString kWindowType = u"currentwindow"_s;
const QString kAfkType = u"afkstatus"_s;
const QString kWebType = u"web.tab.current"_s;
const QString kPauseType = u"stint.pause"_s;
const QString kWebPrefix = u"aw-watcher-web-"_s;

// aw-watcher-web-<browser>_<host> -> <browser>
QString browserName(const Bucket &bucket)
{
    QString name = bucket.id.mid(kWebPrefix.size());
    const QString hostSuffix = u'_' + bucket.hostname;
    if (name.endsWith(hostSuffix))
        name.chop(hostSuffix.size());
    else if (name.contains(u'_'))
        name.truncate(name.indexOf(u'_'));
    return name.toLower();
}

// The window app names a browser shows up as on Linux, Windows and macOS.
QString browserAppPattern(const QString &browser)
{
    if (browser == u"firefox"_s)
        return u"firefox|librewolf|waterfox|^navigator$"_s;
    if (browser == u"chrome"_s)
        return u"chrome"_s;
    if (browser == u"edge"_s)
        return u"msedge|microsoft.edge"_s;
    return QRegularExpression::escape(browser);
}

} // namespace

ActivityBuilder::ActivityBuilder(EventReader &reader, DataInterner &interner)
    : m_reader(reader)
    , m_interner(interner)
    , m_localHost(localHostName())
    , m_clock(Clock::system())
{
}

void ActivityBuilder::setClock(std::shared_ptr<const Clock> clock)
{
    m_clock = clock ? std::move(clock) : Clock::system();
}

void ActivityBuilder::apply(Settings settings)
{
    setRules(std::move(settings.rules));
    m_localHost = std::move(settings.localHost);
    m_hiddenHosts = std::move(settings.hiddenHosts);
    setClock(std::move(settings.clock));
}

void ActivityBuilder::setRules(Rules rules)
{
    m_rules = std::move(rules);
    m_alwaysActive.clear();
}

template<typename Compute>
signed char &ActivityBuilder::cached(std::vector<signed char> &cache, int key, Compute compute)
{
    if (size_t(key) >= cache.size())
        cache.resize(size_t(m_interner.size()), Unknown);
    signed char &fact = cache[size_t(key)];
    if (fact == Unknown)
        fact = compute(m_interner.data(key)) ? Yes : No;
    return fact;
}

bool ActivityBuilder::isNotAfk(int key)
{
    return cached(m_notAfk, key,
                  [](const QJsonObject &data) { return data.value(u"status"_s).toString() == u"not-afk"_s; })
        == Yes;
}

bool ActivityBuilder::isAlwaysActive(int key)
{
    return cached(m_alwaysActive, key,
                  [this](const QJsonObject &data) {
                      return m_rules.alwaysActive.matches(data.value(u"app"_s).toString(),
                                                          data.value(u"title"_s).toString());
                  })
        == Yes;
}

bool ActivityBuilder::isAudible(int key)
{
    return cached(m_audible, key, [](const QJsonObject &data) { return data.value(u"audible"_s).toBool(); }) == Yes;
}

int ActivityBuilder::browserIndex(const QString &name)
{
    for (size_t i = 0; i < m_browsers.size(); ++i) {
        if (m_browsers[i].name == name)
            return int(i);
    }
    m_browsers.push_back(
        {name, QRegularExpression(browserAppPattern(name), QRegularExpression::CaseInsensitiveOption)});
    m_browserOf.clear(); // a new browser may claim apps already looked at
    return int(m_browsers.size() - 1);
}

int ActivityBuilder::browserOf(int key)
{
    if (size_t(key) >= m_browserOf.size())
        m_browserOf.resize(size_t(m_interner.size()), -2);
    int &browser = m_browserOf[size_t(key)];
    if (browser == -2) {
        browser = -1;
        const QString app = m_interner.data(key).value(u"app"_s).toString();
        for (size_t i = 0; i < m_browsers.size() && browser < 0; ++i) {
            if (m_browsers[i].app.match(app).hasMatch())
                browser = int(i);
        }
    }
    return browser;
}

bool ActivityBuilder::read(const QString &bucketId, spans::Period range, spans::SpanList *out, QString *error)
{
    const bool ok =
        m_reader.forEachSpan(bucketId, {range.start, range.end}, [&](qint64 start, qint64 end, const QByteArray &data) {
            if (start < end)
                out->push_back({start, end, m_interner.intern(data), 0});
        });
    if (!ok && error)
        *error = m_reader.error();
    return ok;
}

std::optional<QStringList> ActivityBuilder::hosts(QString *error)
{
    const auto buckets = m_reader.buckets(false);
    if (!buckets) {
        if (error)
            *error = m_reader.error();
        return std::nullopt;
    }
    QStringList result;
    for (const Bucket &bucket : *buckets) {
        if (bucket.type == kWindowType && !result.contains(bucket.hostname))
            result.append(bucket.hostname);
    }
    result.sort();
    return result;
}

std::optional<Activity> ActivityBuilder::build(spans::Period range, const QString &host, QString *error)
{
    const auto buckets = m_reader.buckets(false);
    if (!buckets) {
        if (error)
            *error = m_reader.error();
        return std::nullopt;
    }
    Activity activity;
    activity.range = range;
    for (const Bucket &bucket : *buckets) {
        if (bucket.type == kWindowType
            && (host.isEmpty() ? !m_hiddenHosts.contains(bucket.hostname) : bucket.hostname == host)
            && !activity.hosts.contains(bucket.hostname))
            activity.hosts.append(bucket.hostname);
    }
    activity.hosts.sort();
    if (!host.isEmpty() && activity.hosts.isEmpty()) {
        if (error)
            *error = QCoreApplication::translate("ActivityBuilder", "no window activity was recorded on host \"%1\"")
                         .arg(host);
        return std::nullopt;
    }
    constexpr qint64 kMin = std::numeric_limits<qint64>::min();
    constexpr qint64 kMax = std::numeric_limits<qint64>::max();
    const spans::Period context{range.start > kMin + kContextNs ? range.start - kContextNs : kMin,
                                range.end < kMax - kContextNs ? range.end + kContextNs : kMax};
    std::vector<Activity> perHost(size_t(activity.hosts.size()));
    // An empty range has no activity; only the hosts (and the check of `host`) are asked for.
    for (int i = 0; range.end > range.start && i < int(activity.hosts.size()); ++i) {
        if (!buildHost(*buckets, activity.hosts.at(i), i, context, &perHost[size_t(i)], error))
            return std::nullopt;
    }
    // This computer first, then the others by name.
    std::vector<int> order;
    const int local = int(activity.hosts.indexOf(m_localHost));
    if (local >= 0)
        order.push_back(local);
    for (int i = 0; i < int(activity.hosts.size()); ++i) {
        if (i != local)
            order.push_back(i);
    }
    combine(perHost, order, &activity);
    if (!addEntries(*buckets, host, range, &activity, error))
        return std::nullopt;
    std::stable_sort(activity.segments.begin(), activity.segments.end(),
                     [](const ActivitySegment &a, const ActivitySegment &b) { return a.start < b.start; });
    // Cut to the range; segments stay sorted by start and paused time normalized.
    std::erase_if(activity.segments, [&](ActivitySegment &segment) {
        segment.start = std::max(segment.start, range.start);
        segment.end = std::min(segment.end, range.end);
        return segment.start >= segment.end;
    });
    std::erase_if(activity.paused, [&](spans::Period &period) {
        period.start = std::max(period.start, range.start);
        period.end = std::min(period.end, range.end);
        return period.start >= period.end;
    });
    return activity;
}

void ActivityBuilder::combine(std::vector<Activity> &perHost, const std::vector<int> &order, Activity *activity)
{
    const auto byStart = [](const ActivitySegment &a, const ActivitySegment &b) { return a.start < b.start; };
    if (perHost.size() == 1) {
        activity->segments = std::move(perHost.front().segments);
        std::stable_sort(activity->segments.begin(), activity->segments.end(), byStart);
        activity->paused = spans::normalize(std::move(perHost.front().paused));
        return;
    }
    spans::PeriodList counted; // normalized
    spans::PeriodList paused;
    for (const int host : order) {
        std::vector<ActivitySegment> &own = perHost[size_t(host)].segments;
        spans::SpanList pieces;
        pieces.reserve(own.size());
        for (size_t i = 0; i < own.size(); ++i)
            pieces.push_back({own[i].start, own[i].end, 0, int(i)});
        // The moments an earlier host already counted stay that host's.
        pieces = spans::subtract(pieces, counted);
        for (const spans::Span &piece : pieces) {
            ActivitySegment segment = own[size_t(piece.src)];
            segment.start = piece.start;
            segment.end = piece.end;
            activity->segments.push_back(segment);
        }
        counted = spans::unite(counted, spans::periodsOf(pieces));
        paused.insert(paused.end(), perHost[size_t(host)].paused.begin(), perHost[size_t(host)].paused.end());
    }
    std::stable_sort(activity->segments.begin(), activity->segments.end(), byStart);
    activity->paused = spans::subtract(spans::normalize(std::move(paused)), counted);
}

bool ActivityBuilder::buildHost(const QList<Bucket> &buckets, const QString &host, int hostIndex, spans::Period range,
                                Activity *activity, QString *error)
{
    spans::SpanList windows;
    spans::SpanList afk;
    spans::SpanList paused;
    bool hasAfk = false;
    struct Web
    {
        int browser;
        spans::SpanList tabs;
    };
    std::vector<Web> webs;
    for (const Bucket &bucket : buckets) {
        if (bucket.hostname != host)
            continue;
        if (bucket.type == kWindowType) {
            if (!read(bucket.id, range, &windows, error))
                return false;
        } else if (bucket.type == kAfkType) {
            hasAfk = true;
            if (!read(bucket.id, range, &afk, error))
                return false;
        } else if (bucket.type == kPauseType) {
            if (!read(bucket.id, range, &paused, error))
                return false;
        } else if (bucket.type == kWebType && bucket.id.startsWith(kWebPrefix)) {
            webs.push_back({browserIndex(browserName(bucket)), {}});
            if (!read(bucket.id, range, &webs.back().tabs, error))
                return false;
        }
    }

    windows = spans::makeDisjoint(spans::flood(std::move(windows), kFloodPulsetimeNs));

    // Without an AFK watcher there is nothing to subtract: all window time counts.
    spans::PeriodList notAfk;
    if (hasAfk) {
        for (const spans::Span &span : spans::flood(std::move(afk), kFloodPulsetimeNs)) {
            if (isNotAfk(span.key))
                notAfk.push_back({span.start, span.end});
        }
    } else {
        notAfk = spans::periodsOf(windows);
    }
    for (const spans::Span &span : windows) {
        if (isAlwaysActive(span.key))
            notAfk.push_back({span.start, span.end});
    }

    // Per browser: its tabs while its window had the focus; audible tabs count as not-afk.
    std::vector<spans::SpanList> tabsOf(m_browsers.size());
    for (Web &web : webs) {
        const spans::SpanList tabs = spans::makeDisjoint(spans::flood(std::move(web.tabs), kFloodPulsetimeNs));
        for (const spans::Span &tab : tabs) {
            if (isAudible(tab.key))
                notAfk.push_back({tab.start, tab.end});
        }
        spans::SpanList focused;
        for (const spans::Span &window : windows) {
            if (browserOf(window.key) == web.browser)
                focused.push_back(window);
        }
        spans::SpanList shown = spans::intersect(tabs, spans::periodsOf(focused));
        spans::SpanList &all = tabsOf[size_t(web.browser)];
        all.insert(all.end(), shown.begin(), shown.end());
    }
    for (spans::SpanList &tabs : tabsOf)
        tabs = spans::makeDisjoint(std::move(tabs));

    const spans::PeriodList pausedPeriods = spans::periodsOf(paused);
    const spans::PeriodList active = spans::subtract(spans::normalize(std::move(notAfk)), pausedPeriods);
    activity->paused.insert(activity->paused.end(), pausedPeriods.begin(), pausedPeriods.end());

    // Window time while active, split where a browser window's tab is known.
    std::vector<size_t> cursor(tabsOf.size(), 0);
    for (const spans::Span &span : spans::intersect(windows, active)) {
        const int browser = browserOf(span.key);
        if (browser < 0 || size_t(browser) >= tabsOf.size() || tabsOf[size_t(browser)].empty()) {
            activity->segments.push_back({span.start, span.end, span.key, -1, hostIndex});
            continue;
        }
        const spans::SpanList &tabs = tabsOf[size_t(browser)];
        size_t &next = cursor[size_t(browser)];
        while (next < tabs.size() && tabs[next].end <= span.start)
            ++next;
        qint64 from = span.start;
        for (size_t i = next; i < tabs.size() && tabs[i].start < span.end; ++i) {
            const qint64 tabStart = std::max(tabs[i].start, from);
            const qint64 tabEnd = std::min(tabs[i].end, span.end);
            if (tabStart > from)
                activity->segments.push_back({from, tabStart, span.key, -1, hostIndex});
            if (tabEnd > tabStart)
                activity->segments.push_back({tabStart, tabEnd, span.key, tabs[i].key, hostIndex});
            from = std::max(from, tabEnd);
        }
        if (from < span.end)
            activity->segments.push_back({from, span.end, span.key, -1, hostIndex});
    }
    return true;
}

QList<Bucket> ActivityBuilder::entryBuckets(const QList<Bucket> &buckets, const QString &host) const
{
    QStringList windowHosts;
    for (const Bucket &bucket : buckets) {
        if (bucket.type == kWindowType)
            windowHosts.append(bucket.hostname);
    }
    QList<Bucket> counted;
    for (const Bucket &bucket : buckets) {
        // Entries of a host without windows (aw-webui names its bucket's host "unknown") belong to
        // every host's report.
        if (bucket.type == ManualEntry::kBucketType
            && (host.isEmpty() || bucket.hostname == host || !windowHosts.contains(bucket.hostname))
            && !(host.isEmpty() && m_hiddenHosts.contains(bucket.hostname)))
            counted.append(bucket);
    }
    return counted;
}

std::optional<qint64> ActivityBuilder::runningSince(const QString &host, QString *error)
{
    const auto buckets = m_reader.buckets(false);
    if (!buckets) {
        if (error)
            *error = m_reader.error();
        return std::nullopt;
    }
    qint64 since = std::numeric_limits<qint64>::max();
    for (const Bucket &bucket : entryBuckets(*buckets, host)) {
        const bool read = m_reader.forEachSpan(bucket.id, {}, [&](qint64 start, qint64, const QByteArray &text) {
            if (start < since && ManualEntry::isRunning(m_interner.data(m_interner.intern(text))))
                since = start;
        });
        if (!read) {
            if (error)
                *error = m_reader.error();
            return std::nullopt;
        }
    }
    return since;
}

bool ActivityBuilder::addEntries(const QList<Bucket> &buckets, const QString &host, spans::Period range,
                                 Activity *activity, QString *error)
{
    const qint64 now = m_clock->nowNanos();
    for (const Bucket &bucket : entryBuckets(buckets, host)) {
        // A running timer is stored with the duration it was started with, so it is read from
        // before the range; everything is clipped here.
        spans::SpanList entries;
        // Unclipped: the running timer's end and the range are applied below.
        const bool ok = m_reader.forEachSpan(bucket.id, {std::nullopt, range.end},
                                             [&](qint64 start, qint64 end, const QByteArray &text) {
                                                 const int key = m_interner.intern(text);
                                                 if (ManualEntry::isRunning(m_interner.data(key)))
                                                     end = std::max(end, now);
                                                 start = std::max(start, range.start);
                                                 end = std::min(end, range.end);
                                                 if (start < end)
                                                     entries.push_back({start, end, key, 0});
                                             });
        if (!ok) {
            if (error)
                *error = m_reader.error();
            return false;
        }
        if (entries.empty())
            continue;
        // Window time of any host wins; of two overlapping entries, the later one.
        spans::PeriodList windowTime;
        windowTime.reserve(activity->segments.size());
        for (const ActivitySegment &segment : activity->segments)
            windowTime.push_back({segment.start, segment.end});
        entries = spans::subtract(spans::makeDisjoint(std::move(entries)), spans::normalize(std::move(windowTime)));
        qsizetype hostIndex = activity->hosts.indexOf(bucket.hostname);
        if (hostIndex < 0 && activity->hosts.isEmpty()) {
            activity->hosts.append(bucket.hostname);
            hostIndex = 0;
        }
        activity->paused = spans::subtract(activity->paused, spans::periodsOf(entries));
        for (const spans::Span &entry : entries)
            activity->segments.push_back(
                {entry.start, entry.end, entry.key, -1, int(std::max<qsizetype>(hostIndex, 0))});
    }
    return true;
}

} // namespace stint
