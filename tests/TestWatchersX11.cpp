// The whole tracker on a real X session (Xvfb + openbox): `stint --no-gui` follows focus
// switches and title changes between two xterms, notices the user going away and coming back,
// and `stint-cli events` shows it all after SIGTERM.

#include "X11Session.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSysInfo>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

using namespace Qt::StringLiterals;

namespace {

constexpr double kToleranceSeconds = 1.5;
constexpr int kDwellMs = 1500; // how long each window keeps the focus

double nowSeconds()
{
    return double(QDateTime::currentMSecsSinceEpoch()) / 1000;
}

struct Recorded
{
    double start;
    double end;
    QJsonObject data;
};

} // namespace

class TestWatchersX11 : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void tracksFocusTitlesAndAway();

private:
    QList<Recorded> events(const QString &dataDir, const QString &bucket);
};

void TestWatchersX11::initTestCase()
{
    const QString missing = X11Session::missingPrograms();
    if (!missing.isEmpty())
        QSKIP(qPrintable(u"needs "_s + missing));
}

QList<Recorded> TestWatchersX11::events(const QString &dataDir, const QString &bucket)
{
    QProcess cli;
    cli.start(QStringLiteral(STINT_CLI), {u"--testing"_s, u"--data-dir"_s, dataDir, u"events"_s, bucket, u"--json"_s});
    if (!cli.waitForFinished(20'000) || cli.exitCode() != 0) {
        qWarning("stint-cli failed: %s", cli.readAllStandardError().constData());
        return {};
    }
    QList<Recorded> result;
    const QJsonArray array = QJsonDocument::fromJson(cli.readAllStandardOutput()).array();
    for (const QJsonValue &value : array) {
        const QJsonObject event = value.toObject();
        const double start =
            double(QDateTime::fromString(event.value(u"timestamp"_s).toString(), Qt::ISODateWithMs).toMSecsSinceEpoch())
            / 1000;
        result.prepend(Recorded{start, start + event.value(u"duration"_s).toDouble(),
                                event.value(u"data"_s).toObject()}); // oldest first
    }
    return result;
}

void TestWatchersX11::tracksFocusTitlesAndAway()
{
    X11Session session;
    QString error;
    QVERIFY2(session.start(&error), qPrintable(error));
    const auto first = session.spawnXterm(u"first title"_s, &error);
    QVERIFY2(first, qPrintable(error));
    const auto second = session.spawnXterm(u"second title"_s, &error);
    QVERIFY2(second, qPrintable(error));
    QVERIFY(session.activate(first->id));
    QVERIFY(session.moveMouse(10, 10));

    QTemporaryDir dir;
    QProcess stint;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"DISPLAY"_s, session.displayName());
    env.remove(u"WAYLAND_DISPLAY"_s);
    env.remove(u"QT_QPA_PLATFORM"_s);
    env.insert(u"QT_LOGGING_RULES"_s, u"stint.*.info=true"_s);
    stint.setProcessEnvironment(env);
    stint.start(QStringLiteral(STINT_APP),
                {u"--no-gui"_s, u"--testing"_s, u"--data-dir"_s, dir.path(), u"--afk-timeout"_s, u"3"_s});
    QVERIFY(stint.waitForStarted());
    QByteArray log;
    const auto logged = [&](const char *text) { return (log += stint.readAllStandardError()).contains(text); };
    QTRY_VERIFY2_WITH_TIMEOUT(logged("watching windows"), log.constData(), 20'000);
    const double started = nowSeconds();

    QTest::qWait(kDwellMs);
    QVERIFY(session.moveMouse(20, 20));
    QVERIFY(session.activate(second->id));
    const double switched = nowSeconds();
    QTest::qWait(kDwellMs);
    QVERIFY(session.moveMouse(30, 30));
    QVERIFY(session.retitle(second->id, u"second title, renamed"_s));
    const double retitled = nowSeconds();
    QTest::qWait(kDwellMs);
    QVERIFY(session.moveMouse(40, 40));
    const double lastInput = nowSeconds();
    // Hands off the keyboard: away after 3 s, noticed at the next AFK poll (1 s).
    QTRY_VERIFY2_WITH_TIMEOUT(logged("away:"), log.constData(), 8'000);
    QVERIFY(session.moveMouse(50, 50));
    const double back = nowSeconds();
    const qsizetype awayAt = log.indexOf("away:");
    QTRY_VERIFY2_WITH_TIMEOUT(logged("") && log.indexOf("active\n", awayAt) > 0, log.constData(), 5'000);
    const double stopped = nowSeconds();

    QCOMPARE(::kill(pid_t(stint.processId()), SIGTERM), 0);
    QVERIFY(stint.waitForFinished(20'000));
    log += stint.readAllStandardError();
    QCOMPARE(stint.exitCode(), 0);
    QVERIFY2(log.contains("all recorded activity is saved"), log.constData());

    const QString host = QSysInfo::machineHostName();
    const QList<Recorded> windows = events(dir.path(), u"aw-watcher-window_"_s + host);
    const QList<std::tuple<QString, double, double>> expectedWindows{
        {u"first title"_s, started, switched},
        {u"second title"_s, switched, retitled},
        {u"second title, renamed"_s, retitled, stopped},
    };
    QString got;
    for (const Recorded &event : windows)
        got += QString::fromUtf8(QJsonDocument(event.data).toJson(QJsonDocument::Compact))
            + u" %1..%2s; "_s.arg(event.start - started, 0, 'f', 2).arg(event.end - started, 0, 'f', 2);
    QVERIFY2(windows.size() == expectedWindows.size(), qPrintable(got));
    for (qsizetype i = 0; i < windows.size(); ++i) {
        const auto &[title, start, end] = expectedWindows[i];
        QCOMPARE(windows[i].data.value(u"app"_s).toString(), u"XTerm"_s);
        QCOMPARE(windows[i].data.value(u"title"_s).toString(), title);
        QVERIFY2(qAbs(windows[i].start - start) <= kToleranceSeconds, qPrintable(got));
        QVERIFY2(qAbs(windows[i].end - end) <= kToleranceSeconds, qPrintable(got));
    }

    const QList<Recorded> afk = events(dir.path(), u"aw-watcher-afk_"_s + host);
    got.clear();
    for (const Recorded &event : afk)
        got += event.data.value(u"status"_s).toString()
            + u" %1..%2s; "_s.arg(event.start - started, 0, 'f', 2).arg(event.end - started, 0, 'f', 2);
    QVERIFY2(afk.size() == 3, qPrintable(got));
    QCOMPARE(afk[0].data.value(u"status"_s).toString(), u"not-afk"_s);
    QCOMPARE(afk[1].data.value(u"status"_s).toString(), u"afk"_s);
    QCOMPARE(afk[2].data.value(u"status"_s).toString(), u"not-afk"_s);
    // Away from the last input on, until the input that came back.
    QVERIFY2(qAbs(afk[0].end - lastInput) <= kToleranceSeconds, qPrintable(got));
    QVERIFY2(qAbs(afk[1].start - lastInput) <= kToleranceSeconds, qPrintable(got));
    QVERIFY2(qAbs(afk[1].end - back) <= kToleranceSeconds, qPrintable(got));
    QVERIFY2(qAbs(afk[2].start - back) <= kToleranceSeconds, qPrintable(got));
}

QTEST_GUILESS_MAIN(TestWatchersX11)
#include "TestWatchersX11.moc"
