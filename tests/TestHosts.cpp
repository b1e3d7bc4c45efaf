// Reports over several computers: each host alone, and all of them combined without counting a
// moment twice (this computer first, then the others by name), in summaries, activity,
// timelines, trends and category previews, and stint-cli's --host, on the hand-computed history of
// HostsHistory.h.
#include "CliRun.h"
#include "HostsHistory.h"
#include "StoreFixture.h"
#include "reports/ReportEngine.h"
#include "util/HostName.h"

#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>

#include <numeric>

using namespace stint;
using namespace stint::test;

namespace {

const QString kHere = u"this-computer"_s;
constexpr qint64 kS = HostsHistory::kSecond;

qint64 durationOf(const QList<NamedDuration> &list, const QString &name)
{
    for (const NamedDuration &entry : list) {
        if (entry.name == name)
            return entry.duration;
    }
    return 0;
}

} // namespace

class TestHosts : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void thisComputerIsTheRecordingHost();
    void eachHostAlone();
    void allComputersCountEachMomentOnce();
    void thisComputerComesFirst();
    void withoutThisComputerHostsGoByName();
    void timelineTrendsAndPreviewAgree();
    void cliSummaryAndTrendsPerHost();

private:
    std::unique_ptr<ReportEngine> engine(const QString &local = kHere);

    StoreFixture m_fx;
    spans::Period m_range;
};

void TestHosts::initTestCase()
{
    QVERIFY(m_fx.open());
    QVERIFY(HostsHistory::write(m_fx.store(), kHere, kBaseTime));
    m_range = {kBaseTime - 3600 * kS, kBaseTime + HostsHistory::kEnd + 3600 * kS};
}

std::unique_ptr<ReportEngine> TestHosts::engine(const QString &local)
{
    auto result = std::make_unique<ReportEngine>(m_fx.path(), QTimeZone::utc());
    result->setLocalHost(local);
    return result;
}

void TestHosts::thisComputerIsTheRecordingHost()
{
    ReportEngine engine(m_fx.path());
    QCOMPARE(engine.localHost(), localHostName());
    QVERIFY(!localHostName().isEmpty());
}

void TestHosts::eachHostAlone()
{
    auto reports = engine();
    QCOMPARE(reports->hosts().value_or(QStringList()), (QStringList{HostsHistory::kAlpha, kHere, HostsHistory::kZeta}));
    const auto here = reports->summary(m_range, kHere);
    QVERIFY2(here, qPrintable(reports->error()));
    QCOMPARE(here->activeTime, HostsHistory::kLocalActive);
    QCOMPARE(durationOf(here->apps, u"code"_s), 1500 * kS);
    QCOMPARE(durationOf(here->apps, u"firefox"_s), 500 * kS);
    QCOMPARE(here->pausedTime, 100 * kS);
    QCOMPARE(reports->summary(m_range, HostsHistory::kAlpha)->activeTime, HostsHistory::kAlphaActive);
    const auto zeta = reports->summary(m_range, HostsHistory::kZeta);
    QCOMPARE(zeta->activeTime, HostsHistory::kZetaActive);
    QCOMPARE(zeta->pausedTime, 100 * kS);
    QCOMPARE(zeta->hosts, QStringList{HostsHistory::kZeta});
}

void TestHosts::allComputersCountEachMomentOnce()
{
    auto reports = engine();
    const auto activity = reports->activity(m_range);
    QVERIFY2(activity, qPrintable(reports->error()));
    QStringList pieces;
    for (const ActivitySegment &segment : activity->segments) {
        pieces << u"%1-%2 %3"_s.arg((segment.start - kBaseTime) / kS)
                      .arg((segment.end - kBaseTime) / kS)
                      .arg(activity->hosts.at(segment.host));
    }
    QCOMPARE(pieces.join(u", "_s),
             u"0-1000 this-computer, 1000-1500 this-computer, 1500-2500 alpha-desktop, "
             "2500-3000 this-computer, 3000-4000 alpha-desktop, 4000-4500 zeta-laptop"_s);
    QCOMPARE(activity->paused, (spans::PeriodList{{kBaseTime + 4600 * kS, kBaseTime + 4700 * kS}}));

    const auto all = reports->summary(m_range);
    QVERIFY2(all, qPrintable(reports->error()));
    QCOMPARE(all->activeTime, HostsHistory::kAllActive);
    QVERIFY(all->activeTime < HostsHistory::kLocalActive + HostsHistory::kAlphaActive + HostsHistory::kZetaActive);
    QCOMPARE(all->pausedTime, HostsHistory::kAllPaused);
    QCOMPARE(durationOf(all->apps, u"code"_s), 1500 * kS);
    QCOMPARE(durationOf(all->apps, u"firefox"_s), 500 * kS);
    QCOMPARE(durationOf(all->apps, u"writer"_s), 2000 * kS);
    QCOMPARE(durationOf(all->apps, u"mail"_s), 500 * kS);
    QCOMPARE(all->hosts, (QStringList{HostsHistory::kAlpha, kHere, HostsHistory::kZeta}));
    // A filter keeps only what the combination counted for that app.
    QCOMPARE(reports->summary(m_range, {}, ReportFilter{u"writer"_s, {}})->activeTime, 2000 * kS);
}

void TestHosts::thisComputerComesFirst()
{
    // The same data seen from zeta-laptop: its 900 s first, then alpha, then this-computer.
    auto reports = engine(HostsHistory::kZeta);
    const auto all = reports->summary(m_range);
    QVERIFY2(all, qPrintable(reports->error()));
    QCOMPARE(all->activeTime, HostsHistory::kAllActive);
    QCOMPARE(durationOf(all->apps, u"mail"_s), 900 * kS);
    QCOMPARE(durationOf(all->apps, u"writer"_s), 2600 * kS); // [1000,3500) [3800,3900)
    QCOMPARE(durationOf(all->apps, u"code"_s), 1000 * kS);   // [0,1000)
    QCOMPARE(durationOf(all->apps, u"firefox"_s), 0);
    // Zeta's own pause is alpha's counted time now; this computer's pause is still nobody's.
    QCOMPARE(all->pausedTime, HostsHistory::kAllPaused);
}

void TestHosts::withoutThisComputerHostsGoByName()
{
    // A computer that recorded nothing itself: alpha-desktop, this-computer, zeta-laptop.
    auto reports = engine(u"elsewhere"_s);
    const auto all = reports->summary(m_range);
    QVERIFY2(all, qPrintable(reports->error()));
    QCOMPARE(all->activeTime, HostsHistory::kAllActive);
    QCOMPARE(durationOf(all->apps, u"writer"_s), 3000 * kS);
    QCOMPARE(durationOf(all->apps, u"code"_s), 1000 * kS);
    QCOMPARE(durationOf(all->apps, u"mail"_s), 500 * kS);
}

void TestHosts::timelineTrendsAndPreviewAgree()
{
    auto reports = engine();
    const auto timeline = reports->timeline(m_range);
    QVERIFY2(timeline, qPrintable(reports->error()));
    qint64 drawn = 0;
    qint64 lastEnd = 0;
    for (const TimelineSegment &piece : *timeline) {
        if (piece.paused)
            continue;
        QVERIFY2(piece.start >= lastEnd, "pieces of different hosts overlap");
        lastEnd = piece.end;
        drawn += piece.end - piece.start;
    }
    QCOMPARE(drawn, HostsHistory::kAllActive);

    const QDate today = QDateTime::fromMSecsSinceEpoch(kBaseTime / 1'000'000, QTimeZone::utc()).date();
    const auto all = reports->trends({TrendsSpan::Unit::Week, 1}, today);
    QVERIFY2(all, qPrintable(reports->error()));
    QCOMPARE(all->activeTime, HostsHistory::kAllActive);
    QCOMPARE(all->periods.at(0).activeTime, HostsHistory::kAllActive);
    QCOMPARE(reports->trends({TrendsSpan::Unit::Week, 1}, today, kHere)->activeTime, HostsHistory::kLocalActive);

    const auto times = reports->categoryTimes(m_range, reports->categories());
    QVERIFY(times);
    QCOMPARE(std::accumulate(times->begin(), times->end(), qint64(0)), HostsHistory::kAllActive);
}

void TestHosts::cliSummaryAndTrendsPerHost()
{
    // stint-cli knows this computer by its real name.
    StoreFixture fx;
    QVERIFY(fx.open());
    const QString here = localHostName();
    QVERIFY(here != HostsHistory::kAlpha && here != HostsHistory::kZeta);
    QVERIFY(HostsHistory::write(fx.store(), here, kBaseTime));
    const QString dir = QFileInfo(fx.path()).absolutePath();
    const QStringList range{u"--start"_s, Timestamp::toRfc3339(m_range.start), u"--end"_s,
                            Timestamp::toRfc3339(m_range.end)};
    const auto summary = [&](const QStringList &host) {
        const CliRun run = runCli(QStringList{u"--data-dir"_s, dir, u"summary"_s, u"--json"_s} + range + host);
        if (run.code != Cli::Ok)
            qWarning("stint-cli: %s", qPrintable(run.err));
        return QJsonDocument::fromJson(run.out.toUtf8()).object();
    };
    const auto seconds = [](qint64 nanos) { return double(nanos) / double(kS); };
    QCOMPARE(summary({u"--host"_s, u"all"_s}).value(u"active"_s).toDouble(), seconds(HostsHistory::kAllActive));
    QCOMPARE(summary({u"--host"_s, u"all"_s}).value(u"paused"_s).toDouble(), seconds(HostsHistory::kAllPaused));
    QCOMPARE(summary({}).value(u"active"_s).toDouble(), seconds(HostsHistory::kAllActive));
    QCOMPARE(summary({u"--host"_s, here}).value(u"active"_s).toDouble(), seconds(HostsHistory::kLocalActive));
    QCOMPARE(summary({u"--host"_s, HostsHistory::kAlpha}).value(u"active"_s).toDouble(),
             seconds(HostsHistory::kAlphaActive));
    const CliRun unknown = runCli(QStringList{u"--data-dir"_s, dir, u"summary"_s, u"--host"_s, u"nowhere"_s} + range);
    QCOMPARE(unknown.code, int(Cli::Problem));
    QVERIFY2(unknown.err.contains(u"nowhere"_s), qPrintable(unknown.err));

    const QString day =
        QDateTime::fromMSecsSinceEpoch(kBaseTime / 1'000'000, QTimeZone::utc()).date().toString(Qt::ISODate);
    const auto trends = [&](const QString &host) {
        const CliRun run = runCli(
            {u"--data-dir"_s, dir, u"trends"_s, u"--weeks"_s, u"1"_s, u"--date"_s, day, u"--host"_s, host, u"--json"_s},
            QTimeZone::utc());
        if (run.code != Cli::Ok)
            qWarning("stint-cli: %s", qPrintable(run.err));
        return QJsonDocument::fromJson(run.out.toUtf8()).object();
    };
    ReportEngine engine(fx.path(), QTimeZone::utc());
    QVERIFY(engine.loadSettings());
    const QDate date = QDate::fromString(day, Qt::ISODate);
    const auto all = engine.trends({TrendsSpan::Unit::Week, 1}, date);
    QVERIFY(all);
    QCOMPARE(all->activeTime, HostsHistory::kAllActive);
    QCOMPARE(trends(u"all"_s), all->toJson());
    const auto zeta = engine.trends({TrendsSpan::Unit::Week, 1}, date, HostsHistory::kZeta);
    QCOMPARE(zeta->activeTime, HostsHistory::kZetaActive);
    QCOMPARE(trends(HostsHistory::kZeta), zeta->toJson());
}

QTEST_GUILESS_MAIN(TestHosts)
#include "TestHosts.moc"
