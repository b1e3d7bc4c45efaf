#pragma once

#include "reports/Spans.h"
#include "rules/AlwaysActiveRules.h"

#include <QRegularExpression>
#include <QStringList>

#include <memory>
#include <optional>
#include <vector>

namespace stint {

class Clock;
class DataInterner;
class EventReader;
struct Bucket;

// A stretch of canonical activity: a window (interned data key), the browser tab shown in it
// when known (key or -1), and the host it was recorded on (index into Activity::hosts).
struct ActivitySegment
{
    qint64 start = 0;
    qint64 end = 0;
    int window = 0;
    int web = -1;
    int host = 0;

    qint64 duration() const { return end - start; }
};

struct Activity
{
    spans::Period range;
    QStringList hosts;
    std::vector<ActivitySegment> segments; // sorted by start and disjoint, also across hosts
    spans::PeriodList paused;              // paused time of the hosts not counted as active, normalized
};

// Canonical activity (what ActivityWatch's Activity view counts), read through one EventReader:
// window events flooded; AFK flooded and reduced to not-afk, plus windows matching the
// always-active rules and audible browser tabs; minus pause periods; window time intersected
// with that; browser tabs intersected with their browser's windows give the URL detail.
// Time entered by hand (stopwatch buckets) counts where no window was active: it wins over away and
// paused time, never over window time; a running timer counts up to now.
// Bucket data is interned, and facts about each distinct data value are cached across calls.
//
// All hosts together never count a moment twice: a moment counts as this computer's when it was
// active here, else as the first other host's (by name) that was active then. So the local host's
// AFK or pause does not hide what another host recorded, and time paused on a host counts as paused
// only while no host was active.
class ActivityBuilder final
{
public:
    static constexpr qint64 kFloodPulsetimeNs = 5'000'000'000; // flood's default, 5 s
    // Events are read this far beyond the range with their stored times, and the result is cut
    // to the range afterwards: flood and overlaps near an edge then come out as they do when the
    // range is longer, so a period's activity is the sum of its days' (what the rollups rely on).
    static constexpr qint64 kContextNs = 3600 * 1'000'000'000LL;

    struct Rules
    {
        AlwaysActiveRules alwaysActive;
    };

    ActivityBuilder(EventReader &reader, DataInterner &interner);

    void setRules(Rules rules);
    // The host whose activity comes first when all hosts are combined (localHostName() by default).
    void setLocalHost(QString host) { m_localHost = std::move(host); }
    const QString &localHost() const { return m_localHost; }
    // Hosts the user hid (stint.sync.hiddenHosts): left out when all hosts are combined.
    void setHiddenHosts(QStringList hosts) { m_hiddenHosts = std::move(hosts); }
    // Where "now" comes from for running timers (the system clock by default).
    void setClock(std::shared_ptr<const Clock> clock);
    const QStringList &hiddenHosts() const { return m_hiddenHosts; }
    // Everything set above, to set up a builder alike with a reader of its own (in another thread:
    // the copies are Qt's implicitly shared values, which may be used apart from their originals).
    struct Settings
    {
        Rules rules;
        QString localHost;
        QStringList hiddenHosts;
        std::shared_ptr<const Clock> clock;
    };
    Settings settings() const { return {m_rules, m_localHost, m_hiddenHosts, m_clock}; }
    void apply(Settings settings);

    // Hosts that have a window bucket, sorted.
    std::optional<QStringList> hosts(QString *error);
    // Activity in [range.start, range.end) of one host, or of all hosts when `host` is empty.
    std::optional<Activity> build(spans::Period range, const QString &host, QString *error);
    // The earliest start of a running timer that counts in build(..., host, ...); max() when none
    // runs. A running timer counts up to now but stays stored as it began.
    std::optional<qint64> runningSince(const QString &host, QString *error);

private:
    enum Fact : signed char { Unknown = -1, No = 0, Yes = 1 };

    bool read(const QString &bucketId, spans::Period range, spans::SpanList *out, QString *error);
    // The hosts' own activities merged without overlap, `order` giving each host's priority.
    static void combine(std::vector<Activity> &perHost, const std::vector<int> &order, Activity *activity);
    bool buildHost(const QList<Bucket> &buckets, const QString &host, int hostIndex, spans::Period range,
                   Activity *activity, QString *error);
    // The stopwatch buckets whose entries count for `host` (all hosts when empty).
    QList<Bucket> entryBuckets(const QList<Bucket> &buckets, const QString &host) const;
    // Entries of the stopwatch buckets, after the window activity of every host is known.
    bool addEntries(const QList<Bucket> &buckets, const QString &host, spans::Period range, Activity *activity,
                    QString *error);
    bool isNotAfk(int key);
    bool isAlwaysActive(int key);
    bool isAudible(int key);
    int browserOf(int key); // index into m_browsers, or -1
    int browserIndex(const QString &name);
    template<typename Compute>
    signed char &cached(std::vector<signed char> &cache, int key, Compute compute);

    EventReader &m_reader;
    DataInterner &m_interner;
    Rules m_rules;
    QString m_localHost;
    QStringList m_hiddenHosts;
    std::shared_ptr<const Clock> m_clock;
    struct Browser
    {
        QString name;
        QRegularExpression app;
    };
    std::vector<Browser> m_browsers;
    std::vector<signed char> m_notAfk;
    std::vector<signed char> m_alwaysActive;
    std::vector<signed char> m_audible;
    std::vector<int> m_browserOf; // -2: not computed
};

} // namespace stint
