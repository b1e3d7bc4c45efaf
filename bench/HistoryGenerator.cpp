#include "HistoryGenerator.h"

#include "Rng.h"

#include "model/Bucket.h"
#include "model/Timestamp.h"
#include "storage/Datastore.h"

#include <QJsonObject>
#include <QSet>

#include <array>

using namespace Qt::StringLiterals;

namespace stint::bench {
namespace {

constexpr qint64 kSecond = Timestamp::kNanosPerSecond;
constexpr qint64 kMinute = 60 * kSecond;

enum class Kind { Editor, Terminal, Browser, Chat, Mail, Document, Meeting, Media, Game, System, Tool, Excluded };

struct App
{
    QString name;
    Kind kind;
    QString suffix;
    int titles;  // size of its title pool
    int work;    // weight during work sessions
    int leisure; // weight in evenings and weekends
};

// ~40 apps; weights are relative within a session type.
const std::array<App, 40> kApps = {{
    {u"code"_s, Kind::Editor, u" - Visual Studio Code"_s, 900, 160, 20},
    {u"qtcreator"_s, Kind::Editor, u" - Qt Creator"_s, 700, 90, 5},
    {u"jetbrains-clion"_s, Kind::Editor, u" - CLion"_s, 400, 30, 0},
    {u"kate"_s, Kind::Editor, u" - Kate"_s, 150, 10, 5},
    {u"konsole"_s, Kind::Terminal, u" — Konsole"_s, 300, 90, 15},
    {u"alacritty"_s, Kind::Terminal, u""_s, 150, 25, 5},
    {u"firefox"_s, Kind::Browser, u" — Mozilla Firefox"_s, 0, 180, 220},
    {u"chromium"_s, Kind::Browser, u" - Chromium"_s, 0, 25, 10},
    {u"Slack"_s, Kind::Chat, u" | Slack"_s, 60, 70, 10},
    {u"discord"_s, Kind::Chat, u" - Discord"_s, 40, 5, 40},
    {u"telegram-desktop"_s, Kind::Chat, u""_s, 30, 5, 25},
    {u"element"_s, Kind::Chat, u" | Element"_s, 25, 10, 5},
    {u"thunderbird"_s, Kind::Mail, u" - Mozilla Thunderbird"_s, 900, 55, 10},
    {u"libreoffice-writer"_s, Kind::Document, u" - LibreOffice Writer"_s, 200, 25, 5},
    {u"libreoffice-calc"_s, Kind::Document, u" - LibreOffice Calc"_s, 120, 20, 3},
    {u"libreoffice-impress"_s, Kind::Document, u" - LibreOffice Impress"_s, 40, 8, 0},
    {u"okular"_s, Kind::Document, u" — Okular"_s, 300, 25, 10},
    {u"evince"_s, Kind::Document, u" — Document Viewer"_s, 80, 5, 3},
    {u"obsidian"_s, Kind::Document, u" - Obsidian"_s, 250, 15, 15},
    {u"zoom"_s, Kind::Meeting, u""_s, 5, 15, 2},
    {u"teams-for-linux"_s, Kind::Meeting, u" | Microsoft Teams"_s, 20, 10, 0},
    {u"Spotify"_s, Kind::Media, u""_s, 400, 6, 25},
    {u"vlc"_s, Kind::Media, u" - VLC media player"_s, 120, 1, 20},
    {u"mpv"_s, Kind::Media, u" - mpv"_s, 80, 0, 10},
    {u"steam"_s, Kind::Game, u""_s, 10, 0, 20},
    {u"factorio"_s, Kind::Game, u""_s, 2, 0, 25},
    {u"org.gnome.Nautilus"_s, Kind::System, u""_s, 60, 12, 8},
    {u"dolphin"_s, Kind::System, u" — Dolphin"_s, 60, 8, 5},
    {u"systemsettings"_s, Kind::System, u" — System Settings"_s, 15, 2, 2},
    {u"plasmashell"_s, Kind::System, u""_s, 3, 4, 4},
    {u"gimp"_s, Kind::Tool, u" – GIMP"_s, 60, 4, 8},
    {u"inkscape"_s, Kind::Tool, u" - Inkscape"_s, 40, 4, 3},
    {u"blender"_s, Kind::Tool, u" - Blender"_s, 30, 1, 8},
    {u"anki"_s, Kind::Tool, u" - Anki"_s, 10, 1, 6},
    {u"gnome-calculator"_s, Kind::Tool, u""_s, 1, 4, 2},
    {u"virt-manager"_s, Kind::Tool, u" - Virtual Machine Manager"_s, 20, 5, 0},
    {u"wireshark"_s, Kind::Tool, u" - Wireshark"_s, 40, 3, 0},
    {u"gitk"_s, Kind::Tool, u" - gitk"_s, 30, 6, 0},
    {u"keepassxc"_s, Kind::Excluded, u""_s, 1, 4, 2},
    {u"signal-desktop"_s, Kind::Chat, u""_s, 20, 2, 15},
}};

struct Site
{
    QString domain;
    QString name;
    int pages;
    int work;
    int leisure;
    bool audible;
};

const std::array<Site, 16> kSites = {{
    {u"github.com"_s, u"GitHub"_s, 800, 60, 10, false},
    {u"doc.qt.io"_s, u"Qt Documentation"_s, 500, 40, 2, false},
    {u"en.cppreference.com"_s, u"cppreference.com"_s, 400, 35, 2, false},
    {u"stackoverflow.com"_s, u"Stack Overflow"_s, 700, 30, 4, false},
    {u"gitlab.com"_s, u"GitLab"_s, 200, 15, 2, false},
    {u"mail.google.com"_s, u"Gmail"_s, 150, 10, 5, false},
    {u"docs.google.com"_s, u"Google Docs"_s, 80, 12, 2, false},
    {u"meet.google.com"_s, u"Meet"_s, 10, 6, 0, true},
    {u"www.youtube.com"_s, u"YouTube"_s, 600, 4, 60, true},
    {u"www.reddit.com"_s, u"reddit"_s, 500, 6, 40, false},
    {u"news.ycombinator.com"_s, u"Hacker News"_s, 300, 8, 25, false},
    {u"en.wikipedia.org"_s, u"Wikipedia"_s, 900, 10, 30, false},
    {u"www.spiegel.de"_s, u"DER SPIEGEL"_s, 300, 3, 25, false},
    {u"mastodon.social"_s, u"Mastodon"_s, 150, 2, 20, false},
    {u"www.netflix.com"_s, u"Netflix"_s, 60, 0, 15, true},
    {u"www.amazon.de"_s, u"Amazon.de"_s, 200, 1, 15, false},
}};

const std::array<QString, 10> kProjects = {u"stint"_s,      u"qt-widgets"_s, u"backend"_s,  u"infra"_s,    u"website"_s,
                                           u"data-tools"_s, u"mobile"_s,     u"firmware"_s, u"dotfiles"_s, u"thesis"_s};
const std::array<QString, 12> kWords = {u"Quarterly"_s, u"report"_s, u"draft"_s,   u"Übersicht"_s,
                                        u"issue"_s,     u"review"_s, u"design"_s,  u"notes"_s,
                                        u"budget"_s,    u"résumé"_s, u"release"_s, u"planning"_s};

// Skewed towards small indices: a few titles are common, most are rare.
int skewed(Rng &rng, int size)
{
    return int(rng.below(rng.below(quint64(size)) + 1));
}

template<size_t N, typename T>
const T &pick(Rng &rng, const std::array<T, N> &items, bool work)
{
    int total = 0;
    for (const T &item : items)
        total += work ? item.work : item.leisure;
    int at = int(rng.below(quint64(total)));
    for (const T &item : items) {
        at -= work ? item.work : item.leisure;
        if (at < 0)
            return item;
    }
    return items.back();
}

QString words(int index)
{
    return kWords[size_t(index) % kWords.size()] + u' ' + kWords[size_t(index / 7) % kWords.size()];
}

QJsonObject windowData(const QString &app, const QString &title)
{
    return {{u"app"_s, app}, {u"title"_s, title}};
}

QString titleFor(const App &app, int i)
{
    const QString &project = kProjects[size_t(i) % kProjects.size()];
    switch (app.kind) {
    case Kind::Editor:
        return u"%1_%2.%3 - %4"_s.arg(words(i).section(u' ', 0, 0).toLower())
                   .arg(i)
                   .arg(i % 3 ? u"cpp"_s : u"h"_s, project)
            + app.suffix;
    case Kind::Terminal:
        return u"dev@workstation: ~/src/%1"_s.arg(project) + (i % 4 ? u" — make -j%1"_s.arg(i % 16) : QString())
            + app.suffix;
    case Kind::Chat:
        return u"#%1-%2"_s.arg(project).arg(i) + app.suffix;
    case Kind::Mail:
        return u"Re: %1 #%2"_s.arg(words(i)).arg(i) + app.suffix;
    case Kind::Document:
        return u"%1 %2.odt"_s.arg(words(i)).arg(i) + app.suffix;
    case Kind::Meeting:
        return u"Meeting %1"_s.arg(i) + app.suffix;
    case Kind::Media:
        return u"Artist %1 - Track %2"_s.arg(i % 37).arg(i) + app.suffix;
    case Kind::Game:
        return u"%1 %2"_s.arg(app.name).arg(i);
    case Kind::System:
        return u"%1 %2"_s.arg(project).arg(i) + app.suffix;
    case Kind::Tool:
        return u"%1 %2"_s.arg(words(i)).arg(i) + app.suffix;
    case Kind::Browser:
    case Kind::Excluded:
        break;
    }
    return {};
}

// Collects one day's events per bucket and writes them with one insert per bucket.
struct DayWriter
{
    EventList windows;
    EventList afk;
    EventList web;
    EventList pauses;
};

} // namespace

HistoryResult generateHistory(const HistoryOptions &options)
{
    HistoryResult result;
    Datastore store(Datastore::Options{options.databasePath, {}, {}, {}});
    if (!store.open(&result.error))
        return result;

    const QString host = options.host;
    const QString windowBucket = u"aw-watcher-window_"_s + host;
    const QString afkBucket = u"aw-watcher-afk_"_s + host;
    const QString webBucket = u"aw-watcher-web-firefox_"_s + host;
    const QString pauseBucket = u"stint-pause_"_s + host;
    const qint64 created = Timestamp::fromDateTime(QDateTime(options.firstDay, QTime(0, 0), options.zone));
    for (const auto &[id, type, client] : {std::tuple{windowBucket, u"currentwindow"_s, u"aw-watcher-window"_s},
                                           std::tuple{afkBucket, u"afkstatus"_s, u"aw-watcher-afk"_s},
                                           std::tuple{webBucket, u"web.tab.current"_s, u"aw-client-web"_s},
                                           std::tuple{pauseBucket, u"stint.pause"_s, u"stint"_s}}) {
        Bucket bucket;
        bucket.id = id;
        bucket.type = type;
        bucket.client = client;
        bucket.hostname = host;
        bucket.created = created;
        const WriteResult written = store.createBucket(bucket).result();
        if (!written.ok()) {
            result.error = written.message;
            store.close();
            return result;
        }
    }

    Rng rng(options.seed);
    QSet<QString> distinct;
    qint64 lockedUntil = 0; // when the screen was locked for the night, if it was
    for (int dayIndex = 0; dayIndex < options.days; ++dayIndex) {
        const QDate date = options.firstDay.addDays(dayIndex);
        const auto at = [&](int minutes) {
            return Timestamp::fromDateTime(QDateTime(date, QTime(0, 0).addSecs(minutes * 60), options.zone));
        };
        if (options.zone.offsetFromUtc(QDateTime(date, QTime(0, 0), options.zone))
            != options.zone.offsetFromUtc(QDateTime(date.addDays(1), QTime(0, 0), options.zone)))
            ++result.dstChanges;

        const bool weekend = date.dayOfWeek() >= Qt::Saturday;
        const bool dayOff = !weekend && rng.below(100) < 5;
        struct Session
        {
            qint64 start;
            qint64 end;
            bool work;
        };
        std::vector<Session> sessions;
        if (weekend || dayOff) {
            const int start = 600 + int(rng.between(-30, 60));
            sessions.push_back({at(start), at(start + 150 + int(rng.between(0, 90))), false});
            const int evening = 1170 + int(rng.between(-30, 45));
            sessions.push_back({at(evening), at(evening + 150 + int(rng.between(0, 60))), false});
        } else {
            const int start = 500 + int(rng.between(0, 60));
            const int lunch = 720 + int(rng.between(-20, 30));
            sessions.push_back({at(start), at(lunch), true});
            const int back = lunch + 35 + int(rng.between(0, 30));
            sessions.push_back({at(back), at(1030 + int(rng.between(0, 80))), true});
            if (rng.below(100) < 55) {
                const int evening = 1200 + int(rng.between(-20, 40));
                sessions.push_back({at(evening), at(evening + 90 + int(rng.between(0, 70))), false});
            }
        }

        DayWriter day;
        if (lockedUntil > 0) {
            // The screen stayed locked overnight: the window watcher kept seeing the locker.
            day.windows.append(Event{0, lockedUntil, sessions.front().start - lockedUntil,
                                     windowData(u"kscreenlocker_greet"_s, QString())});
            day.afk.append(
                Event{0, lockedUntil, sessions.front().start - lockedUntil, QJsonObject{{u"status"_s, u"afk"_s}}});
            lockedUntil = 0;
        }
        for (const Session &session : sessions) {
            const qint64 meanSeconds = session.work ? 22 : 15;
            qint64 t = session.start;
            qint64 notAfkFrom = t;
            const App *app = nullptr;
            QJsonObject data;
            qint64 nextBreak = t + qint64(rng.between(50, 150)) * kMinute;
            const bool pauseToday = rng.below(100) < 4;
            qint64 pauseAt = pauseToday ? t + qint64(rng.between(20, 90)) * kMinute : session.end;
            while (t < session.end) {
                if (t >= pauseAt) {
                    // Recording paused: nothing is recorded, the pause itself is.
                    const qint64 until = std::min(session.end, t + qint64(rng.between(20, 60)) * kMinute);
                    day.pauses.append(Event{0, t, until - t, {}});
                    day.afk.append(Event{0, notAfkFrom, t - notAfkFrom, QJsonObject{{u"status"_s, u"not-afk"_s}}});
                    t = notAfkFrom = until;
                    pauseAt = session.end;
                    nextBreak = std::max(nextBreak, t + 30 * kMinute);
                    continue;
                }
                if (app == nullptr || rng.below(100) < 70) {
                    app = &pick(rng, kApps, session.work);
                    if (app->kind == Kind::Browser) {
                        const Site &site = pick(rng, kSites, session.work);
                        const int page = skewed(rng, site.pages);
                        const QString title = u"%1 %2 - %3"_s.arg(words(page)).arg(page).arg(site.name);
                        const QString url =
                            u"https://%1/%2/%3"_s.arg(site.domain, words(page).section(u' ', 0, 0).toLower()).arg(page);
                        data = windowData(app->name, title + app->suffix);
                        if (app->name == u"firefox"_s) {
                            day.web.append(Event{0, t, 0,
                                                 QJsonObject{{u"url"_s, url},
                                                             {u"title"_s, title},
                                                             {u"audible"_s, site.audible && rng.below(100) < 80},
                                                             {u"incognito"_s, false},
                                                             {u"tabCount"_s, qint64(3 + page % 20)}}});
                        }
                    } else if (app->kind == Kind::Excluded) {
                        data = windowData(u"(excluded)"_s, u"(excluded)"_s);
                    } else {
                        data = windowData(app->name, titleFor(*app, skewed(rng, app->titles)));
                    }
                }
                qint64 length =
                    qint64(rng.between(2, 2 * meanSeconds - 2)) * kSecond + qint64(rng.below(1000)) * 1'000'000;
                const bool onBreak = t + length >= nextBreak && nextBreak + 10 * kMinute < session.end;
                if (onBreak) {
                    // Away from the desk: the window stays, the AFK watcher notices after a while.
                    const qint64 away = qint64(rng.between(5, 20)) * kMinute;
                    length += away;
                    day.afk.append(
                        Event{0, notAfkFrom, nextBreak - notAfkFrom, QJsonObject{{u"status"_s, u"not-afk"_s}}});
                    day.afk.append(Event{0, nextBreak, t + length - nextBreak, QJsonObject{{u"status"_s, u"afk"_s}}});
                    notAfkFrom = t + length;
                    nextBreak = t + length + qint64(rng.between(50, 150)) * kMinute;
                }
                length = std::min(length, session.end - t);
                day.windows.append(Event{0, t, length, data});
                if (!day.web.isEmpty() && day.web.last().duration == 0 && day.web.last().start == t)
                    day.web.last().duration = length;
                distinct.insert(data.value(u"app"_s).toString() + u'\x1f' + data.value(u"title"_s).toString());
                t += length + (rng.below(10) == 0 ? kSecond : 0);
                if (rng.below(10) != 0 && app->kind != Kind::Browser)
                    continue;
                app = nullptr; // after a browser page, always pick again
            }
            if (notAfkFrom < session.end)
                day.afk.append(
                    Event{0, notAfkFrom, session.end - notAfkFrom, QJsonObject{{u"status"_s, u"not-afk"_s}}});
        }
        // Every fifth night the screen is only locked (recorded up to the next morning); otherwise
        // the computer is off and nothing is recorded.
        if (rng.below(5) == 0)
            lockedUntil = sessions.back().end;

        ++result.activeDays;
        result.windowEvents += day.windows.size();
        result.afkEvents += day.afk.size();
        result.webEvents += day.web.size();
        result.pauseEvents += day.pauses.size();
        for (const auto &[bucket, events] : {std::pair{windowBucket, &day.windows}, std::pair{afkBucket, &day.afk},
                                             std::pair{webBucket, &day.web}, std::pair{pauseBucket, &day.pauses}}) {
            if (events->isEmpty())
                continue;
            const WriteResult written = store.insertEvents(bucket, *events).result();
            if (!written.ok()) {
                result.error = u"%1: %2"_s.arg(bucket, written.message);
                store.close();
                return result;
            }
        }
    }
    result.distinctWindows = distinct.size();
    const CommitResult closed = store.close(60'000);
    if (!closed.ok())
        result.error = closed.error;
    return result;
}

} // namespace stint::bench
