// The real stint started twice on a private X session (Xvfb + openbox): the second start exits 0
// and the first one's window comes back, mapped and active; a headless first one is reported.
#include "X11Session.h"

#include <QDeadlineTimer>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

struct Run
{
    int code = -1;
    QString out;
};

} // namespace

class TestSingleInstanceX11 : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanup();
    void secondStartRaisesTheWindow();
    void secondStartReportsHeadlessFirst();

private:
    std::unique_ptr<QProcess> startStint(const QStringList &arguments);
    Run runStint(const QStringList &arguments);
    QByteArray xdotool(const QStringList &arguments);
    // The visible top-level window of `pid`, or 0.
    quint32 visibleWindowOf(qint64 pid);
    bool stop(QProcess &process);

    X11Session m_session;
    QTemporaryDir m_home;
    QTemporaryDir m_data;
    std::vector<std::unique_ptr<QProcess>> m_running;
};

void TestSingleInstanceX11::initTestCase()
{
    const QString missing = X11Session::missingPrograms();
    if (!missing.isEmpty())
        QSKIP(qPrintable(u"needs %1"_s.arg(missing)));
    QString error;
    QVERIFY2(m_session.start(&error), qPrintable(error));
    QVERIFY(m_home.isValid() && m_data.isValid());
}

void TestSingleInstanceX11::cleanup()
{
    for (const auto &process : m_running)
        stop(*process);
    m_running.clear();
}

std::unique_ptr<QProcess> TestSingleInstanceX11::startStint(const QStringList &arguments)
{
    auto process = std::make_unique<QProcess>();
    process->setProcessEnvironment(m_session.appEnvironment(m_home.path()));
    process->start(QStringLiteral(STINT_APP), arguments);
    return process;
}

Run TestSingleInstanceX11::runStint(const QStringList &arguments)
{
    const auto process = startStint(arguments);
    Run run;
    if (!process->waitForFinished(30'000)) {
        stop(*process);
        return run;
    }
    run.code = process->exitStatus() == QProcess::NormalExit ? process->exitCode() : -1;
    run.out = QString::fromUtf8(process->readAllStandardOutput());
    return run;
}

QByteArray TestSingleInstanceX11::xdotool(const QStringList &arguments)
{
    QProcess process;
    process.setProcessEnvironment(m_session.appEnvironment(m_home.path()));
    process.start(u"xdotool"_s, arguments);
    process.waitForFinished(10'000);
    return process.readAllStandardOutput().trimmed();
}

quint32 TestSingleInstanceX11::visibleWindowOf(qint64 pid)
{
    const QByteArray ids = xdotool({u"search"_s, u"--onlyvisible"_s, u"--pid"_s, QString::number(pid)});
    return ids.isEmpty() ? 0 : ids.split('\n').first().toUInt();
}

bool TestSingleInstanceX11::stop(QProcess &process)
{
    if (process.state() == QProcess::NotRunning)
        return true;
    process.terminate();
    if (process.waitForFinished(15'000))
        return true;
    process.kill();
    process.waitForFinished(5000);
    return false;
}

void TestSingleInstanceX11::secondStartRaisesTheWindow()
{
    const QStringList arguments{u"--data-dir"_s, m_data.path(), u"--no-server"_s};
    m_running.push_back(startStint(arguments));
    QProcess &first = *m_running.back();
    QVERIFY(first.waitForStarted());
    quint32 window = 0;
    QTRY_VERIFY_WITH_TIMEOUT((window = visibleWindowOf(first.processId())) != 0, 30'000);

    // Out of the way: minimized, and another window has the focus.
    const auto other = m_session.spawnXterm(u"other window"_s);
    QVERIFY(other);
    xdotool({u"windowminimize"_s, QString::number(window)});
    QTRY_VERIFY_WITH_TIMEOUT(visibleWindowOf(first.processId()) == 0, 10'000);
    QVERIFY(m_session.activate(other->id));

    const Run second = runStint(arguments);
    QCOMPARE(second.code, 0);
    QVERIFY2(second.out.contains(u"already running"_s) && second.out.contains(u"window is shown"_s),
             qPrintable(second.out));
    QTRY_COMPARE_WITH_TIMEOUT(visibleWindowOf(first.processId()), window, 10'000);
    QTRY_COMPARE_WITH_TIMEOUT(xdotool({u"getactivewindow"_s}).toUInt(), window, 10'000);
    QCOMPARE(first.state(), QProcess::Running);

    // Another database (--testing) is another Stint, which runs alongside.
    m_running.push_back(startStint(arguments + QStringList{u"--testing"_s}));
    QProcess &testing = *m_running.back();
    QTRY_VERIFY_WITH_TIMEOUT(visibleWindowOf(testing.processId()) != 0, 30'000);
    QCOMPARE(testing.state(), QProcess::Running);

    QVERIFY(stop(first));
    QCOMPARE(first.exitStatus(), QProcess::NormalExit);
    QCOMPARE(first.exitCode(), 0);
}

void TestSingleInstanceX11::secondStartReportsHeadlessFirst()
{
    QTemporaryDir data;
    m_running.push_back(startStint({u"--data-dir"_s, data.path(), u"--no-gui"_s, u"--no-server"_s}));
    QProcess &first = *m_running.back();
    QVERIFY(first.waitForStarted());
    // Its database appears once it runs.
    QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(data.filePath(u"stint.db"_s)), 30'000);

    const Run second = runStint({u"--data-dir"_s, data.path(), u"--no-server"_s});
    QCOMPARE(second.code, 0);
    QVERIFY2(second.out.contains(u"without a window"_s), qPrintable(second.out));
    QCOMPARE(first.state(), QProcess::Running);
    QVERIFY(stop(first));
    QCOMPARE(first.exitCode(), 0);
}

QTEST_GUILESS_MAIN(TestSingleInstanceX11)

#include "TestSingleInstanceX11.moc"
