// Two Stint instances ("computers" host-a and host-b, each with its own data folder) and two real
// Syncthing daemons on 127.0.0.1 sharing one folder: what A records shows up in B's summary for
// A's host, and the other way round. Nothing leaves 127.0.0.1: discovery, relays, NAT, usage and
// crash reports are off before the daemons start. Skipped without syncthing or an X display.
#include "ApiTestClient.h"
#include "EndProcess.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using stint::test::NamClient;

namespace {

const QByteArray kApiKey = "stint-e2e";

quint16 freePort()
{
    QTcpServer server;
    return server.listen(QHostAddress::LocalHost, 0) ? server.serverPort() : 0;
}

// One Syncthing daemon with its home, REST port and sync port, all on 127.0.0.1.
struct Syncthing
{
    QString home;
    QString folder;
    quint16 gui = 0;
    quint16 listen = 0;
    QString deviceId;
    QProcess process;

    ~Syncthing() { endProcess(process); }

    QByteArray rest(const QByteArray &method, const QString &path, const QByteArray &body = {})
    {
        NamClient client(gui);
        const auto answer = client.send(method, path, body, {{"X-API-Key", kApiKey}});
        return answer.status == 200 ? answer.body : QByteArray();
    }

    bool prepare(const QString &root, const QString &name)
    {
        home = root + u"/"_s + name + u"/home"_s;
        folder = root + u"/"_s + name + u"/folder"_s;
        QDir().mkpath(home);
        QDir().mkpath(folder);
        gui = freePort();
        listen = freePort();
        QProcess generate;
        generate.start(u"syncthing"_s, {u"generate"_s, u"--home="_s + home, u"--no-default-folder"_s});
        if (!generate.waitForFinished(60'000) || generate.exitCode() != 0)
            return false;
        QProcess id;
        id.start(u"syncthing"_s, {u"serve"_s, u"--home="_s + home, u"--device-id"_s});
        if (!id.waitForFinished(30'000))
            return false;
        deviceId = QString::fromLatin1(id.readAllStandardOutput()).trimmed();
        QFile config(home + u"/config.xml"_s);
        if (!config.open(QIODevice::ReadOnly))
            return false;
        QString xml = QString::fromUtf8(config.readAll());
        config.close();
        // Loopback only, nothing announced or relayed, no reports: before the daemon first runs.
        const QList<std::pair<QString, QString>> edits{
            {u"<listenAddress>[^<]*</listenAddress>"_s,
             u"<listenAddress>tcp://127.0.0.1:%1</listenAddress>"_s.arg(listen)},
            {u"<globalAnnounceEnabled>true"_s, u"<globalAnnounceEnabled>false"_s},
            {u"<localAnnounceEnabled>true"_s, u"<localAnnounceEnabled>false"_s},
            {u"<relaysEnabled>true"_s, u"<relaysEnabled>false"_s},
            {u"<natEnabled>true"_s, u"<natEnabled>false"_s},
            {u"<startBrowser>true"_s, u"<startBrowser>false"_s},
            {u"<urAccepted>0"_s, u"<urAccepted>-1"_s},
            {u"<crashReportingEnabled>true"_s, u"<crashReportingEnabled>false"_s},
            {u"<autoUpgradeIntervalH>12"_s, u"<autoUpgradeIntervalH>0"_s},
            {u"<address>127.0.0.1:8384</address>"_s, u"<address>127.0.0.1:%1</address>"_s.arg(gui)},
            {u"<apikey>[^<]*</apikey>"_s, u"<apikey>%1</apikey>"_s.arg(QString::fromLatin1(kApiKey))},
        };
        for (const auto &[pattern, replacement] : edits)
            xml.replace(QRegularExpression(pattern), replacement);
        if (!xml.contains(u"127.0.0.1:%1</address>"_s.arg(gui)) || xml.contains(u"globalAnnounceEnabled>true"_s)
            || !config.open(QIODevice::WriteOnly | QIODevice::Truncate))
            return false;
        config.write(xml.toUtf8());
        config.close();
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"STNODEFAULTFOLDER"_s, u"1"_s);
        env.insert(u"STNOUPGRADE"_s, u"1"_s);
        process.setProcessEnvironment(env);
        process.setProcessChannelMode(QProcess::MergedChannels);
        process.setStandardOutputFile(root + u"/"_s + name + u"/log"_s);
        process.start(u"syncthing"_s,
                      {u"serve"_s, u"--home="_s + home, u"--no-browser"_s, u"--no-restart"_s, u"--no-upgrade"_s});
        return process.waitForStarted();
    }
};

// One Stint "computer": its own data folder, hostname and API port.
struct Stint
{
    QString host;
    QTemporaryDir data;
    quint16 port = 0;
    QProcess process;
    QByteArray log;

    ~Stint() { endProcess(process); }

    QProcessEnvironment environment() const
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(u"QT_QPA_PLATFORM"_s);
        env.insert(u"STINT_HOSTNAME"_s, host);
        return env;
    }

    bool start(const QString &syncFolder)
    {
        port = freePort();
        process.setProcessEnvironment(environment());
        process.start(QStringLiteral(STINT_APP),
                      {u"--no-gui"_s, u"--testing"_s, u"--data-dir"_s, data.path(), u"--port"_s, QString::number(port),
                       u"--sync-dir"_s, syncFolder, u"--sync-interval"_s, u"1"_s});
        return process.waitForStarted();
    }

    QByteArray cli(const QStringList &arguments, int *exitCode = nullptr)
    {
        QProcess cli;
        cli.setProcessEnvironment(environment());
        cli.start(QStringLiteral(STINT_CLI), QStringList{u"--testing"_s, u"--data-dir"_s, data.path()} + arguments);
        cli.waitForFinished(120'000);
        if (exitCode)
            *exitCode = cli.exitCode();
        return cli.readAllStandardOutput() + cli.readAllStandardError();
    }

    // Five minutes of an app, ending a minute ago, as a watcher would have sent them.
    bool record(const QString &app)
    {
        NamClient client(port);
        const QString start = QDateTime::currentDateTimeUtc().addSecs(-360).toString(Qt::ISODateWithMs);
        const auto post = [&](const QString &bucket, const QJsonObject &payload) {
            const QJsonArray events{QJsonObject{{u"timestamp"_s, start}, {u"duration"_s, 300}, {u"data"_s, payload}}};
            return client.send("POST", u"/api/0/buckets/%1/events"_s.arg(bucket), QJsonDocument(events).toJson()).status
                == 200;
        };
        return post(u"aw-watcher-window_"_s + host, QJsonObject{{u"app"_s, app}, {u"title"_s, u"work"_s}})
            && post(u"aw-watcher-afk_"_s + host, QJsonObject{{u"status"_s, u"not-afk"_s}});
    }
};

} // namespace

class TestSyncE2E : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void twoComputersSeeEachOther();
};

void TestSyncE2E::twoComputersSeeEachOther()
{
    if (QStandardPaths::findExecutable(u"syncthing"_s).isEmpty())
        QSKIP("syncthing is not installed");
    if (qEnvironmentVariableIsEmpty("DISPLAY"))
        QSKIP("needs an X display: the watchers read it (the test command runs the suite under Xvfb)");
    QTemporaryDir root;
    auto syncA = std::make_unique<Syncthing>();
    auto syncB = std::make_unique<Syncthing>();
    QVERIFY(syncA->prepare(root.path(), u"a"_s));
    QVERIFY(syncB->prepare(root.path(), u"b"_s));
    for (Syncthing *daemon : {syncA.get(), syncB.get()})
        QTRY_VERIFY_WITH_TIMEOUT(daemon->rest("GET", u"/rest/system/ping"_s).contains("pong"), 60'000);
    // Each knows the other at its loopback address, and both share folder "stint".
    const auto introduce = [](Syncthing &self, const Syncthing &other, const QString &name) {
        const QJsonObject device{{u"deviceID"_s, other.deviceId},
                                 {u"name"_s, name},
                                 {u"addresses"_s, QJsonArray{u"tcp://127.0.0.1:%1"_s.arg(other.listen)}}};
        self.rest("POST", u"/rest/config/devices"_s, QJsonDocument(device).toJson());
        const QJsonObject folder{
            {u"id"_s, u"stint"_s},
            {u"label"_s, u"stint"_s},
            {u"path"_s, self.folder},
            {u"type"_s, u"sendreceive"_s},
            {u"rescanIntervalS"_s, 2},
            {u"fsWatcherEnabled"_s, true},
            {u"fsWatcherDelayS"_s, 1},
            {u"devices"_s,
             QJsonArray{QJsonObject{{u"deviceID"_s, self.deviceId}}, QJsonObject{{u"deviceID"_s, other.deviceId}}}}};
        self.rest("POST", u"/rest/config/folders"_s, QJsonDocument(folder).toJson());
    };
    introduce(*syncA, *syncB, u"b"_s);
    introduce(*syncB, *syncA, u"a"_s);
    QTRY_VERIFY_WITH_TIMEOUT(syncA->rest("GET", u"/rest/db/status?folder=stint"_s).contains("\"state\""), 30'000);

    Stint a;
    Stint b;
    a.host = u"host-a"_s;
    b.host = u"host-b"_s;
    QVERIFY(a.start(syncA->folder));
    QVERIFY(b.start(syncB->folder));
    for (Stint *stint : {&a, &b})
        QTRY_VERIFY_WITH_TIMEOUT((stint->log += stint->process.readAllStandardError()).contains("recording to"),
                                 30'000);
    QTRY_VERIFY_WITH_TIMEOUT(a.record(u"EditorOnA"_s), 20'000);
    QTRY_VERIFY_WITH_TIMEOUT(b.record(u"EditorOnB"_s), 20'000);

    // "sync now" reaches the running Stint over its local socket.
    int code = -1;
    const QByteArray now = a.cli({u"sync"_s, u"now"_s}, &code);
    QVERIFY2(code == 0 && now.contains("running Stint"), now.constData());

    // Within a bounded wait each sees the other's host (Syncthing needs a few seconds).
    QTRY_VERIFY_WITH_TIMEOUT(b.cli({u"summary"_s, u"--host"_s, u"host-a"_s, u"--by"_s, u"app"_s}).contains("EditorOnA"),
                             120'000);
    QTRY_VERIFY_WITH_TIMEOUT(a.cli({u"summary"_s, u"--host"_s, u"host-b"_s, u"--by"_s, u"app"_s}).contains("EditorOnB"),
                             120'000);
    // All computers: both, on either side.
    for (Stint *stint : {&a, &b}) {
        const QByteArray all = stint->cli({u"summary"_s, u"--host"_s, u"all"_s, u"--by"_s, u"app"_s});
        QVERIFY2(all.contains("EditorOnA") && all.contains("EditorOnB"), all.constData());
    }
    // Only copies: B's own host has only B's activity.
    QVERIFY(!b.cli({u"summary"_s, u"--host"_s, u"host-b"_s, u"--by"_s, u"app"_s}).contains("EditorOnA"));
    const QByteArray status = b.cli({u"sync"_s, u"status"_s});
    QVERIFY2(status.contains("host-a") && status.contains("host-b"), status.constData());
    // Each device wrote only its own folder.
    QVERIFY(QDir(syncA->folder + u"/host-a"_s).exists());
    QVERIFY(QDir(syncB->folder + u"/host-b"_s).exists());
}

QTEST_GUILESS_MAIN(TestSyncE2E)
#include "TestSyncE2E.moc"
