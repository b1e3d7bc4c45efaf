#include "Workload.h"

#include "Rng.h"

#include "model/Json.h"
#include "model/Timestamp.h"

#include <QJsonObject>

#include <algorithm>
#include <array>

using namespace Qt::StringLiterals;

namespace stint::bench {
namespace {

struct App
{
    QString app;
    QString suffix;
};

const std::array<App, 8> &apps()
{
    static const std::array<App, 8> kApps = {{
        {u"firefox"_s, u" — Mozilla Firefox"_s},
        {u"code"_s, u" - Visual Studio Code"_s},
        {u"konsole"_s, u" — Konsole"_s},
        {u"thunderbird"_s, u" - Mozilla Thunderbird"_s},
        {u"libreoffice-writer"_s, u" - LibreOffice Writer"_s},
        {u"slack"_s, u" | Slack"_s},
        {u"okular"_s, u" — Okular"_s},
        {u"org.gnome.Nautilus"_s, u" – Files"_s},
    }};
    return kApps;
}

const std::array<QString, 12> &words()
{
    static const std::array<QString, 12> kWords = {
        u"Quarterly"_s, u"report"_s, u"draft"_s,  u"Übersicht"_s, u"issue"_s,   u"review"_s,
        u"design"_s,    u"notes"_s,  u"budget"_s, u"résumé"_s,    u"release"_s, u"planning"_s,
    };
    return kWords;
}

QString makeTitle(Rng &rng, const App &app)
{
    QString title;
    const int wordCount = 2 + int(rng.below(4));
    for (int i = 0; i < wordCount; ++i) {
        if (i > 0)
            title += u' ';
        title += words()[rng.below(words().size())];
    }
    title += u" #"_s + QString::number(rng.below(10'000)) + app.suffix;
    return title;
}

} // namespace

Workload Workload::generate(qint64 count, quint64 seed)
{
    Workload w;
    w.heartbeats.reserve(size_t(count));
    w.json.reserve(size_t(count));
    Rng rng(seed);

    // 2026-01-01T00:00:00Z: a fixed origin keeps the stored data identical between runs.
    qint64 now = 1'767'225'600LL * Timestamp::kNanosPerSecond;
    const App *app = nullptr;
    QString title;
    for (qint64 i = 0; i < count; ++i) {
        const bool newTitle = i == 0 || rng.below(100) < 20;
        if (newTitle) {
            const App *previousApp = app;
            const QString previousTitle = title;
            do {
                app = &apps()[rng.below(apps().size())];
                title = makeTitle(rng, *app);
            } while (app == previousApp && title == previousTitle);
            ++w.newTitles;
        }
        // A fresh object per poll, as a watcher builds one (or the HTTP API parses one): the
        // writer must really compare contents, not only notice a shared pointer.
        Event hb;
        hb.start = now;
        hb.duration = 0;
        hb.data = QJsonObject{{u"app"_s, app->app}, {u"title"_s, title}};
        w.json.push_back(json::toCompact(hb.data));
        w.heartbeats.push_back(std::move(hb));
        // ~1 s poll with scheduling jitter, always well within pulsetime.
        now += 950 * Timestamp::kNanosPerMilli + qint64(rng.below(100)) * Timestamp::kNanosPerMilli;
    }

    // Replay the merge rule on the serialized data to know what a correct writer stores.
    const qint64 pulsetimeNs = qint64(w.pulsetimeSeconds * double(Timestamp::kNanosPerSecond));
    for (size_t i = 0; i < w.heartbeats.size(); ++i) {
        const Event &hb = w.heartbeats[i];
        if (!w.expected.empty()) {
            ExpectedEvent &last = w.expected.back();
            if (w.json[last.firstHeartbeat] == w.json[i] && mergesInto(last.start, last.end, hb.start, pulsetimeNs)) {
                last.end = std::max(last.end, hb.end());
                continue;
            }
        }
        w.expected.push_back({hb.start, hb.end(), i});
    }
    w.distinctEvents = qint64(w.expected.size());
    for (const ExpectedEvent &event : w.expected)
        w.totalDurationNs += event.end - event.start;
    return w;
}

} // namespace stint::bench
