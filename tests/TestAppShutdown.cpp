// The stint executable: starts, and on SIGTERM/SIGINT closes the datastore and exits cleanly;
// refuses a bad database or a missing display with a clear message.

#include <QFile>
#include <QProcess>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

using namespace Qt::StringLiterals;

namespace {

QProcessEnvironment environment(bool withDisplay)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(u"QT_QPA_PLATFORM"_s);
    if (!withDisplay) {
        env.remove(u"DISPLAY"_s);
        env.remove(u"WAYLAND_DISPLAY"_s);
    }
    return env;
}

} // namespace

class TestAppShutdown : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void signalClosesCleanly_data();
    void signalClosesCleanly();
    void badDatabaseIsReported();
    void missingDisplayIsReported();
    void headlessWithoutDisplayIsReported();
    void badCommandLineValues();
    void portInUseKeepsRecording();
    void versionAndHelpNeedNoDisplay();
};

void TestAppShutdown::signalClosesCleanly_data()
{
    QTest::addColumn<int>("signalNumber");
    QTest::addColumn<bool>("gui");
    QTest::newRow("SIGTERM, no window") << int(SIGTERM) << false;
    QTest::newRow("SIGINT, no window") << int(SIGINT) << false;
    QTest::newRow("SIGTERM, with window") << int(SIGTERM) << true;
}

void TestAppShutdown::signalClosesCleanly()
{
    QFETCH(int, signalNumber);
    QFETCH(bool, gui);
    if (qEnvironmentVariableIsEmpty("DISPLAY"))
        QSKIP("needs an X display, also without a window: the watchers read it (the test command runs the "
              "suite under Xvfb)");
    QTemporaryDir dir;
    QProcess stint;
    stint.setProcessEnvironment(environment(true));
    QStringList arguments{u"--data-dir"_s, dir.path()};
    if (!gui)
        arguments << u"--no-gui"_s;
    stint.start(QStringLiteral(STINT_APP), arguments);
    QVERIFY(stint.waitForStarted());
    QByteArray log;
    QTRY_VERIFY_WITH_TIMEOUT((log += stint.readAllStandardError()).contains("recording to"), 20'000);
    QVERIFY(QFile::exists(dir.filePath(u"stint.db"_s)));

    QCOMPARE(::kill(pid_t(stint.processId()), signalNumber), 0);
    QVERIFY(stint.waitForFinished(20'000));
    log += stint.readAllStandardError();
    QCOMPARE(stint.exitStatus(), QProcess::NormalExit);
    QCOMPARE(stint.exitCode(), 0);
    QVERIFY2(log.contains("all recorded activity is saved"), log.constData());

    QProcess check;
    check.start(QStringLiteral(STINT_CLI), {u"--data-dir"_s, dir.path(), u"check"_s});
    QVERIFY(check.waitForFinished());
    QCOMPARE(check.exitCode(), 0);
    QVERIFY(check.readAllStandardOutput().contains("integrity: ok"));
}

void TestAppShutdown::badDatabaseIsReported()
{
    QTemporaryDir dir;
    QFile junk(dir.filePath(u"stint.db"_s));
    QVERIFY(junk.open(QIODevice::WriteOnly));
    junk.write(QByteArray(8192, 'z'));
    junk.close();
    QProcess stint;
    stint.setProcessEnvironment(environment(false));
    stint.start(QStringLiteral(STINT_APP), {u"--no-gui"_s, u"--data-dir"_s, dir.path()});
    QVERIFY(stint.waitForFinished(20'000));
    QCOMPARE(stint.exitCode(), 1);
    const QByteArray err = stint.readAllStandardError();
    QVERIFY2(err.contains("cannot open its database") && err.contains("not an SQLite database"), err.constData());
    QVERIFY2(!err.contains("all recorded activity is saved"), err.constData()); // nothing was recorded
    QCOMPARE(QFileInfo(junk).size(), 8192);

    // stint-cli says it once, in its own words, not again as a log line.
    QProcess cli;
    cli.setProcessEnvironment(environment(false));
    cli.start(QStringLiteral(STINT_CLI), {u"--data-dir"_s, dir.path(), u"buckets"_s});
    QVERIFY(cli.waitForFinished(20'000));
    QVERIFY(cli.exitCode() != 0);
    const QByteArray cliErr = cli.readAllStandardError();
    QCOMPARE(cliErr.count("not an SQLite database"), 1);
    QVERIFY2(!cliErr.contains("stint.read"), cliErr.constData());
}

void TestAppShutdown::missingDisplayIsReported()
{
    QTemporaryDir dir;
    QProcess stint;
    stint.setProcessEnvironment(environment(false));
    stint.start(QStringLiteral(STINT_APP), {u"--data-dir"_s, dir.path()});
    QVERIFY(stint.waitForFinished(20'000));
    QCOMPARE(stint.exitStatus(), QProcess::NormalExit);
    QCOMPARE(stint.exitCode(), 1);
    const QByteArray err = stint.readAllStandardError();
    QVERIFY2(err.contains("no display found") && err.contains("--no-gui"), err.constData());
    QVERIFY(!QFile::exists(dir.filePath(u"stint.db"_s)));
}

void TestAppShutdown::headlessWithoutDisplayIsReported()
{
    QTemporaryDir dir;
    QProcess stint;
    stint.setProcessEnvironment(environment(false));
    stint.start(QStringLiteral(STINT_APP), {u"--no-gui"_s, u"--data-dir"_s, dir.path()});
    QVERIFY(stint.waitForFinished(20'000));
    QCOMPARE(stint.exitStatus(), QProcess::NormalExit);
    QCOMPARE(stint.exitCode(), 1);
    const QByteArray err = stint.readAllStandardError();
    QVERIFY2(err.contains("cannot record activity: no display found"), err.constData());
}

void TestAppShutdown::badCommandLineValues()
{
    QTemporaryDir dir;
    for (const auto &[option, value, message] :
         {std::tuple{u"--afk-timeout"_s, u"0"_s, "--afk-timeout: 0 s is outside"},
          std::tuple{u"--poll-interval"_s, u"soon"_s, "--poll-interval: \"soon\" is not a number"},
          std::tuple{u"--port"_s, u"0"_s, "--port: \"0\" is not a port number"},
          std::tuple{u"--port"_s, u"70000"_s, "--port: \"70000\" is not a port number"}}) {
        QProcess stint;
        stint.setProcessEnvironment(environment(false));
        stint.start(QStringLiteral(STINT_APP), {u"--no-gui"_s, u"--data-dir"_s, dir.path(), option, value});
        QVERIFY(stint.waitForFinished(20'000));
        QCOMPARE(stint.exitCode(), 1);
        const QByteArray err = stint.readAllStandardError();
        QVERIFY2(err.contains(message), err.constData());
        QVERIFY(!QFile::exists(dir.filePath(u"stint.db"_s)));
    }
}

void TestAppShutdown::portInUseKeepsRecording()
{
    if (qEnvironmentVariableIsEmpty("DISPLAY"))
        QSKIP("needs an X display for the watchers (the test command runs the suite under Xvfb)");
    QTcpServer blocker;
    QVERIFY(blocker.listen(QHostAddress::LocalHost, 0));
    QTemporaryDir dir;
    QProcess stint;
    stint.setProcessEnvironment(environment(true));
    stint.start(QStringLiteral(STINT_APP),
                {u"--no-gui"_s, u"--data-dir"_s, dir.path(), u"--port"_s, QString::number(blocker.serverPort())});
    QVERIFY(stint.waitForStarted());
    QByteArray log;
    QTRY_VERIFY_WITH_TIMEOUT((log += stint.readAllStandardError()).contains("already in use"), 20'000);
    QTRY_VERIFY_WITH_TIMEOUT((log += stint.readAllStandardError()).contains("watching windows"), 20'000);
    QCOMPARE(stint.state(), QProcess::Running);
    QCOMPARE(::kill(pid_t(stint.processId()), SIGTERM), 0);
    QVERIFY(stint.waitForFinished(20'000));
    log += stint.readAllStandardError();
    QCOMPARE(stint.exitCode(), 0);
    QVERIFY2(log.contains(QByteArray::number(blocker.serverPort())), log.constData());
}

void TestAppShutdown::versionAndHelpNeedNoDisplay()
{
    for (const QString &flag : {u"--version"_s, u"--help"_s}) {
        QProcess stint;
        stint.setProcessEnvironment(environment(false));
        stint.start(QStringLiteral(STINT_APP), {flag});
        QVERIFY(stint.waitForFinished(20'000));
        QCOMPARE(stint.exitCode(), 0);
        const QByteArray out = stint.readAllStandardOutput();
        QVERIFY2(out.contains(flag == u"--version"_s ? QByteArray("stint " STINT_VERSION) : QByteArray("--data-dir")),
                 out.constData());
    }
}

QTEST_GUILESS_MAIN(TestAppShutdown)
#include "TestAppShutdown.moc"
