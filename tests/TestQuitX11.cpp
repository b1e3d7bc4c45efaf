// The real stint with its window on a private X session (Xvfb + openbox), quit by SIGTERM and by
// its Quit shortcut: what an ActivityWatch client sent just before is in stint.db, and stint.db
// alone, copied elsewhere, holds it (no WAL is left beside it).
#include "ApiTestClient.h"
#include "X11Session.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

using namespace Qt::StringLiterals;
using stint::test::NamClient;

class TestQuitX11 : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void quitLeavesOneCompleteFile_data();
    void quitLeavesOneCompleteFile();

private:
    QByteArray xdotool(const QStringList &arguments);

    X11Session m_session;
    QTemporaryDir m_home;
};

void TestQuitX11::initTestCase()
{
    const QString missing = X11Session::missingPrograms();
    if (!missing.isEmpty())
        QSKIP(qPrintable(u"needs %1"_s.arg(missing)));
    QString error;
    QVERIFY2(m_session.start(&error), qPrintable(error));
    QVERIFY(m_home.isValid());
}

QByteArray TestQuitX11::xdotool(const QStringList &arguments)
{
    QProcess process;
    process.setProcessEnvironment(m_session.appEnvironment(m_home.path()));
    process.start(u"xdotool"_s, arguments);
    process.waitForFinished(10'000);
    return process.readAllStandardOutput().trimmed();
}

void TestQuitX11::quitLeavesOneCompleteFile_data()
{
    QTest::addColumn<bool>("byShortcut");
    QTest::newRow("SIGTERM") << false;
    QTest::newRow("Quit shortcut") << true;
}

void TestQuitX11::quitLeavesOneCompleteFile()
{
    QFETCH(bool, byShortcut);
    QTemporaryDir data;
    quint16 port = 0;
    {
        QTcpServer probe; // a free port for the API
        QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
        port = probe.serverPort();
    }
    QProcess stint;
    stint.setProcessEnvironment(m_session.appEnvironment(m_home.path()));
    stint.start(QStringLiteral(STINT_APP), {u"--data-dir"_s, data.path(), u"--port"_s, QString::number(port)});
    QVERIFY(stint.waitForStarted());
    QByteArray log;
    QTRY_VERIFY_WITH_TIMEOUT((log += stint.readAllStandardError()).contains("HTTP API"), 30'000);
    quint32 window = 0;
    QTRY_VERIFY_WITH_TIMEOUT(
        (window = xdotool({u"search"_s, u"--onlyvisible"_s, u"--pid"_s, QString::number(stint.processId())})
                      .split('\n')
                      .first()
                      .toUInt())
            != 0,
        30'000);

    // An event sent just before quitting: accepted, not yet committed (batches wait up to 15 s).
    NamClient client(port);
    const QString bucket = u"quit-test"_s;
    QCOMPARE(client
                 .postJson(u"/api/0/buckets/"_s + bucket,
                           QJsonObject{{u"type"_s, u"test"_s}, {u"client"_s, u"test"_s}, {u"hostname"_s, u"h"_s}})
                 .status,
             200);
    const QJsonObject event{{u"timestamp"_s, u"2026-11-24T09:30:00Z"_s},
                            {u"duration"_s, 42},
                            {u"data"_s, QJsonObject{{u"note"_s, u"sent just before quitting"_s}}}};
    QCOMPARE(client.postJson(u"/api/0/buckets/"_s + bucket + u"/events"_s, QJsonArray{event}).status, 200);

    if (byShortcut) {
        QVERIFY(m_session.activate(window));
        xdotool({u"key"_s, u"--clearmodifiers"_s, u"ctrl+q"_s});
    } else {
        QCOMPARE(::kill(pid_t(stint.processId()), SIGTERM), 0);
    }
    QVERIFY(stint.waitForFinished(30'000));
    log += stint.readAllStandardError();
    QCOMPARE(stint.exitStatus(), QProcess::NormalExit);
    QCOMPARE(stint.exitCode(), 0);
    QVERIFY2(log.contains("all recorded activity is saved"), log.constData());

    // Nothing waits in a WAL beside the database.
    const QString database = data.filePath(u"stint.db"_s);
    QVERIFY(QFile::exists(database));
    QVERIFY2(!QFile::exists(database + u"-wal"_s), qPrintable(QDir(data.path()).entryList(QDir::Files).join(u' ')));

    // The database file alone, copied elsewhere, holds the event.
    QTemporaryDir copy;
    QVERIFY(QFile::copy(database, copy.filePath(u"stint.db"_s)));
    QProcess cli;
    cli.start(QStringLiteral(STINT_CLI), {u"--data-dir"_s, copy.path(), u"events"_s, bucket, u"--json"_s});
    QVERIFY(cli.waitForFinished(30'000));
    QCOMPARE(cli.exitCode(), 0);
    const QJsonArray stored = QJsonDocument::fromJson(cli.readAllStandardOutput()).array();
    QCOMPARE(stored.size(), 1);
    QCOMPARE(stored.first().toObject().value(u"data"_s).toObject(), event.value(u"data"_s).toObject());
    QCOMPARE(stored.first().toObject().value(u"duration"_s).toDouble(), 42.0);
}

QTEST_GUILESS_MAIN(TestQuitX11)

#include "TestQuitX11.moc"
