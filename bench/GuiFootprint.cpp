#include "GuiFootprint.h"

#include "ProcSampler.h"

#include "ActivityPage.h"
#include "Desktop.h"
#include "MainWindow.h"
#include "PeriodNavigator.h"
#include "RawDataPage.h"
#include "TimelinePage.h"
#include "app/Tracker.h"
#include "storage/EventReader.h"
#include "util/DataLocation.h"
#include "util/ShutdownSignals.h"

#include <QAbstractItemModel>
#include <QApplication>
#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QProcess>
#include <QScopeGuard>
#include <QTableView>
#include <QThread>

#include <cstdio>
#include <functional>

using namespace Qt::StringLiterals;

namespace stint::bench {
namespace {

constexpr int kStepTimeoutMs = 600'000; // a cold year summary on a slow, shared machine
constexpr int kStopTimeoutMs = 20'000;
constexpr int kSamples = 5;
constexpr double kRssTargetMiB = 150.0;

// Runs the event loop until `done` holds; false after timeoutMs.
bool waitFor(const std::function<bool()> &done, int timeoutMs)
{
    const QDeadlineTimer deadline(timeoutMs);
    while (!done()) {
        if (deadline.hasExpired())
            return false;
        QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
        QThread::msleep(5);
    }
    return true;
}

// Runs `step` and waits for the page's next `shown`.
template<typename PageType>
bool showAndWait(PageType *page, const std::function<void()> &step)
{
    bool shown = false;
    const QMetaObject::Connection connection =
        QObject::connect(page, &PageType::shown, page, [&shown] { shown = true; });
    step();
    const bool ok = waitFor([&shown] { return shown; }, kStepTimeoutMs);
    QObject::disconnect(connection);
    return ok;
}

void say(const QString &line)
{
    std::fprintf(stdout, "%s\n", qUtf8Printable(line));
    std::fflush(stdout);
}

// The local day of the newest event in any bucket: the pages are looked at where the data is.
std::optional<QDate> newestDay(const QString &databasePath)
{
    EventReader reader(databasePath);
    const auto buckets = reader.buckets();
    if (!buckets)
        return std::nullopt;
    std::optional<qint64> newest;
    for (const Bucket &bucket : *buckets) {
        const auto events = reader.events(bucket.id, {}, 1);
        if (events && !events->isEmpty())
            newest = std::max(newest.value_or(events->first().start), events->first().start);
    }
    if (!newest)
        return std::nullopt;
    return QDateTime::fromMSecsSinceEpoch(*newest / 1'000'000).date();
}

} // namespace

int runGuiChild(const QString &dataDir)
{
    const DataLocation location(dataDir, false);
    const auto day = newestDay(location.databasePath());
    if (!day) {
        std::fprintf(stderr, "stint-bench: %s holds no events to show\n", qUtf8Printable(location.databasePath()));
        return 1;
    }
    // As stint's main, without the watchers (nothing is recorded while measuring): the
    // datastore, the HTTP API and the desktop with its window.
    Tracker tracker(location);
    QString error;
    if (!tracker.start(&error)) {
        std::fprintf(stderr, "stint-bench: %s\n", qUtf8Printable(error));
        return 1;
    }
    tracker.startApi(Tracker::ApiOverrides{quint16(0), false});
    qApp->setQuitOnLastWindowClosed(false);
    Desktop desktop(tracker);
    desktop.start(false);
    MainWindow &window = desktop.mainWindow();

    auto *activity = window.findChild<ActivityPage *>();
    auto *timeline = window.findChild<TimelinePage *>();
    auto *raw = window.findChild<RawDataPage *>();
    if (!activity || !timeline || !raw) {
        std::fprintf(stderr, "stint-bench: the main window lacks a page\n");
        return 1;
    }
    QElapsedTimer clock;
    clock.start();
    auto done = [&clock](const QString &what) { say(u"%1 in %2 ms"_s.arg(what).arg(clock.restart())); };
    PeriodNavigator *navigator = activity->navigator();
    if (!showAndWait(activity, [&] { window.showPage(window.indexOf(activity)); }))
        return 1;
    done(u"activity (as opened)"_s);
    for (const auto &[span, name] :
         {std::pair{PeriodNavigator::Span::Day, u"day"_s}, std::pair{PeriodNavigator::Span::Week, u"week"_s},
          std::pair{PeriodNavigator::Span::Year, u"year"_s}}) {
        if (!showAndWait(activity, [&] {
                navigator->setSpan(span);
                navigator->setDate(*day);
            })) {
            std::fprintf(stderr, "stint-bench: the activity %s did not show\n", qUtf8Printable(name));
            return 1;
        }
        done(u"activity %1 of %2"_s.arg(name, day->toString(Qt::ISODate)));
    }
    const spans::Period week = PeriodNavigator::periodOf(ReportCalendar(), PeriodNavigator::Span::Week, *day);
    if (!showAndWait(timeline, [&] {
            window.showPage(window.indexOf(timeline));
            timeline->showPeriod(week);
        })) {
        std::fprintf(stderr, "stint-bench: the timeline did not show\n");
        return 1;
    }
    done(u"timeline week"_s);
    window.showPage(window.indexOf(raw));
    auto *events = raw->findChild<QTableView *>(u"eventsTable"_s);
    if (!events || !waitFor([events] { return events->model()->rowCount() > 0; }, kStepTimeoutMs)) {
        std::fprintf(stderr, "stint-bench: the raw data's events did not show\n");
        return 1;
    }
    done(u"raw data (%1 events listed)"_s.arg(events->model()->rowCount()));
    say(u"walked"_s);

    // SIGTERM quits as stint's does: through the desktop's quit path and the final commit.
    ShutdownSignals shutdownSignals;
    QObject::connect(&shutdownSignals, &ShutdownSignals::shutdownRequested, &desktop, &Desktop::requestQuit);
    QObject::connect(&desktop, &Desktop::readyToQuit, qApp, &QCoreApplication::quit);
    const int code = QApplication::exec();
    const CommitResult final = tracker.shutdown();
    if (!final.ok())
        std::fprintf(stderr, "stint-bench: the final save failed: %s\n", qUtf8Printable(final.error));
    return final.ok() ? code : 1;
}

#ifdef Q_OS_LINUX

int runGuiFootprintBench(const QString &dataDir, QTextStream &out, QTextStream &err)
{
    QProcess child;
    const auto cleanup = qScopeGuard([&child] {
        if (child.state() != QProcess::NotRunning) {
            child.kill();
            child.waitForFinished(kStopTimeoutMs);
        }
    });
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    if (!environment.contains(u"QT_QPA_PLATFORM"_s))
        environment.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
    child.setProcessEnvironment(environment);
    child.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    child.start(QCoreApplication::applicationFilePath(), {u"gui-child"_s, u"--data-dir"_s, dataDir});
    if (!child.waitForStarted(kStopTimeoutMs)) {
        err << u"stint-bench: the GUI child could not be started: %1"_s.arg(child.errorString()) << '\n';
        return 1;
    }
    out << u"gui: the main window (QPA %1) on %2, pid %3"_s.arg(environment.value(u"QT_QPA_PLATFORM"_s), dataDir)
               .arg(child.processId())
        << '\n';
    out.flush();
    QByteArray line;
    while (line != "walked") {
        if (!child.canReadLine() && !child.waitForReadyRead(kStepTimeoutMs)) {
            err << u"stint-bench: the GUI child ended or stalled before it had walked the pages"_s << '\n';
            return 1;
        }
        while (child.canReadLine() && line != "walked") {
            line = child.readLine().trimmed();
            out << u"  "_s << QString::fromUtf8(line) << '\n';
        }
        out.flush();
    }
    // A few samples a second apart: what is left once the pages' reads and their caches settle.
    ProcSampler sampler(child.processId());
    for (int i = 0; i < kSamples; ++i) {
        if (i)
            QThread::sleep(1);
        if (!sampler.sample()) {
            err << u"stint-bench: sampling the GUI child failed: %1"_s.arg(sampler.error()) << '\n';
            return 1;
        }
    }
    // The high-water mark: what the walk needed at its peak (the year's summary), since freed.
    const auto peakKiB = ProcSampler::parseStatusField(readProcFile(u"/proc/%1/status"_s.arg(child.processId())),
                                                       QByteArrayView("VmHWM"));
    child.terminate();
    if (!child.waitForFinished(kStopTimeoutMs) || child.exitStatus() != QProcess::NormalExit || child.exitCode() != 0) {
        err << u"stint-bench: the GUI child did not exit cleanly on SIGTERM (%1, status %2)"_s
                   .arg(child.exitStatus() == QProcess::NormalExit ? u"exited"_s : u"crashed or timed out"_s)
                   .arg(child.exitCode())
            << '\n';
        return 1;
    }
    const double rss = sampler.maxRssMiB();
    out << u"target:  rss_mb < %1 %2"_s.arg(kRssTargetMiB).arg(rss < kRssTargetMiB ? u"met"_s : u"MISSED"_s) << '\n';
    out << u"footprint_gui: rss_mb=%1 peak_rss_mb=%2"_s.arg(rss, 0, 'f', 1)
               .arg(peakKiB ? QString::number(double(*peakKiB) / 1024.0, 'f', 1) : u"-"_s)
        << '\n';
    return 0;
}

#else

int runGuiFootprintBench(const QString &, QTextStream &, QTextStream &err)
{
    err << u"stint-bench: footprint --gui reads Linux's /proc and is not supported on this system"_s << '\n';
    return 2;
}

#endif

} // namespace stint::bench
