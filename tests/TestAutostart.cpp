// Starting at login: the XDG autostart entry (file, Exec quoting, $APPIMAGE, state read from the
// file, write errors) and the macOS LaunchAgent plist (plain Qt, so tested here too).
#include "integration/Autostart.h"
#include "integration/DesktopEntryExec.h"
#include "integration/LaunchAgentAutostart.h"
#include "integration/XdgAutostart.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <unistd.h>

using namespace Qt::StringLiterals;

namespace {

QString readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

bool writeFile(const QString &path, const QString &text)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(text.toUtf8()) == text.toUtf8().size();
}

QString execLine(const QString &entry)
{
    for (const QString &line : entry.split(u'\n')) {
        if (line.startsWith(u"Exec="_s))
            return line.mid(5);
    }
    return {};
}

} // namespace

class TestAutostart : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void execQuotingRoundTrips_data();
    void execQuotingRoundTrips();
    void brokenQuotingIsRefused();
    void offByDefault();
    void enableWritesEntry();
    void pathWithSpacesIsQuoted();
    void appImageIsStarted();
    void stateFollowsFile();
    void disableRemovesEntry();
    void blockedFolderGivesError();
    void readOnlyFolderGivesError();
    void launchAgent();
    void launchAgentStateFollowsFile();

private:
    std::unique_ptr<QTemporaryDir> m_config;
};

void TestAutostart::init()
{
    m_config = std::make_unique<QTemporaryDir>();
    QVERIFY(m_config->isValid());
    qputenv("XDG_CONFIG_HOME", QFile::encodeName(m_config->path()));
    qunsetenv("APPIMAGE");
}

void TestAutostart::cleanup()
{
    // Folders made read-only by a test must be writable again to be removed.
    QFile::setPermissions(m_config->filePath(u"autostart"_s), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    m_config.reset();
}

void TestAutostart::execQuotingRoundTrips_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("encoded");
    QTest::newRow("plain") << QStringList{u"/usr/bin/stint"_s, u"--minimized"_s} << u"/usr/bin/stint --minimized"_s;
    QTest::newRow("space") << QStringList{u"/opt/My Apps/stint"_s, u"--minimized"_s}
                           << u"\"/opt/My Apps/stint\" --minimized"_s;
    // Inside quotes '"', '`', '$' and '\' are escaped; then the string escape doubles '\'.
    QTest::newRow("reserved") << QStringList{u"/a \"b\" $c `d` \\e/stint"_s}
                              << u"\"/a \\\\\"b\\\\\" \\\\$c \\\\`d\\\\` \\\\\\\\e/stint\""_s;
    QTest::newRow("percent") << QStringList{u"/opt/100%/stint"_s} << u"/opt/100%%/stint"_s;
    QTest::newRow("empty argument") << QStringList{u"/usr/bin/stint"_s, QString()} << u"/usr/bin/stint \"\""_s;
}

void TestAutostart::execQuotingRoundTrips()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, encoded);
    QCOMPARE(stint::DesktopEntryExec::encode(arguments), encoded);
    QCOMPARE(stint::DesktopEntryExec::decode(encoded), std::optional<QStringList>(arguments));
}

void TestAutostart::brokenQuotingIsRefused()
{
    QVERIFY(!stint::DesktopEntryExec::decode(u"\"/usr/bin/stint --minimized"_s));
}

void TestAutostart::offByDefault()
{
    QCOMPARE(stint::XdgAutostart::defaultDirectory(), m_config->filePath(u"autostart"_s));
    const auto autostart = stint::Autostart::create(u"/usr/bin/stint"_s);
    QVERIFY(!autostart->isEnabled());
    QVERIFY(!QFile::exists(m_config->filePath(u"autostart/org.stint.Stint.desktop"_s)));
}

void TestAutostart::enableWritesEntry()
{
    const auto autostart = stint::Autostart::create(u"/usr/bin/stint"_s);
    QString error;
    QVERIFY2(autostart->setEnabled(true, &error), qPrintable(error));
    QVERIFY(autostart->isEnabled());
    const QString path = m_config->filePath(u"autostart/org.stint.Stint.desktop"_s);
    QCOMPARE(autostart->location(), path);
    const QString entry = readFile(path);
    QVERIFY(entry.startsWith(u"[Desktop Entry]\n"_s));
    QVERIFY(entry.contains(u"\nType=Application\n"_s));
    QVERIFY(entry.contains(u"\nName=Stint\n"_s));
    QVERIFY(entry.contains(u"\nIcon=org.stint.Stint\n"_s));
    QCOMPARE(execLine(entry), u"/usr/bin/stint --minimized"_s);
    // Enabling again rewrites the same entry.
    QVERIFY(autostart->setEnabled(true, &error));
    QCOMPARE(readFile(path), entry);
}

void TestAutostart::pathWithSpacesIsQuoted()
{
    const QString program = u"/home/me/My Programs/stint"_s;
    stint::XdgAutostart autostart(program, stint::XdgAutostart::defaultDirectory());
    QString error;
    QVERIFY2(autostart.setEnabled(true, &error), qPrintable(error));
    QCOMPARE(execLine(readFile(autostart.filePath())), u"\"/home/me/My Programs/stint\" --minimized"_s);
    QVERIFY(autostart.isEnabled());
}

void TestAutostart::appImageIsStarted()
{
    const QString appImage = u"/home/me/Applications/Stint x86_64.AppImage"_s;
    qputenv("APPIMAGE", QFile::encodeName(appImage));
    // The executable runs from the AppImage's temporary mount; the entry starts the AppImage.
    const auto autostart = stint::Autostart::create(u"/tmp/.mount_StintAbc/usr/bin/stint"_s);
    QString error;
    QVERIFY2(autostart->setEnabled(true, &error), qPrintable(error));
    QVERIFY(autostart->isEnabled());
    QCOMPARE(execLine(readFile(autostart->location())), u"\"%1\" --minimized"_s.arg(appImage));
    // Another mount of the same AppImage next time is still the same entry.
    qputenv("APPIMAGE", QFile::encodeName(appImage));
    QVERIFY(stint::Autostart::create(u"/tmp/.mount_StintXyz/usr/bin/stint"_s)->isEnabled());
}

void TestAutostart::stateFollowsFile()
{
    stint::XdgAutostart autostart(u"/opt/stint dir/stint"_s, stint::XdgAutostart::defaultDirectory());
    QVERIFY(QDir().mkpath(stint::XdgAutostart::defaultDirectory()));
    const QString path = autostart.filePath();
    QVERIFY(!autostart.isEnabled());

    // Written by someone else: read, not remembered.
    QVERIFY(writeFile(path,
                      u"[Desktop Entry]\nType=Application\nName=Stint\nExec=\"/opt/stint dir/stint\" "
                      "--minimized\n"_s));
    QVERIFY(autostart.isEnabled());
    QVERIFY(writeFile(path,
                      u"[Desktop Entry]\nType=Application\nName=Stint\nExec=\"/opt/stint dir/stint\"\n"
                      "Hidden=true\n"_s));
    QVERIFY(!autostart.isEnabled());
    QVERIFY(writeFile(path,
                      u"[Desktop Entry]\nType=Application\nExec=\"/opt/stint dir/stint\"\n"
                      "X-GNOME-Autostart-enabled=false\n"_s));
    QVERIFY(!autostart.isEnabled());
    // Another program, or an Exec in another group, is not Stint starting.
    QVERIFY(writeFile(path, u"[Desktop Entry]\nType=Application\nExec=/usr/bin/other --minimized\n"_s));
    QVERIFY(!autostart.isEnabled());
    QVERIFY(
        writeFile(path, u"[Desktop Action x]\nExec=\"/opt/stint dir/stint\"\n[Desktop Entry]\nType=Application\n"_s));
    QVERIFY(!autostart.isEnabled());
    QVERIFY(writeFile(path, u"[Desktop Entry]\nExec=\"/opt/stint dir/stint\n"_s)); // broken quoting
    QVERIFY(!autostart.isEnabled());

    QString error;
    QVERIFY(autostart.setEnabled(true, &error));
    QVERIFY(autostart.isEnabled());
    QVERIFY(QFile::remove(path));
    QVERIFY(!autostart.isEnabled());
}

void TestAutostart::disableRemovesEntry()
{
    const auto autostart = stint::Autostart::create(u"/usr/bin/stint"_s);
    QString error;
    QVERIFY(autostart->setEnabled(true, &error));
    QVERIFY(QFile::exists(autostart->location()));
    QVERIFY2(autostart->setEnabled(false, &error), qPrintable(error));
    QVERIFY(!QFile::exists(autostart->location()));
    QVERIFY(!autostart->isEnabled());
    // Disabling what is not there is fine.
    QVERIFY2(autostart->setEnabled(false, &error), qPrintable(error));
}

void TestAutostart::blockedFolderGivesError()
{
    // A file where the folder should be (works for every user, root included).
    QVERIFY(writeFile(m_config->filePath(u"autostart"_s), u"not a folder"_s));
    const auto autostart = stint::Autostart::create(u"/usr/bin/stint"_s);
    QString error;
    QVERIFY(!autostart->setEnabled(true, &error));
    QVERIFY2(error.contains(QDir::toNativeSeparators(m_config->filePath(u"autostart"_s))), qPrintable(error));
    QVERIFY(!autostart->isEnabled());
    QCOMPARE(readFile(m_config->filePath(u"autostart"_s)), u"not a folder"_s);
}

void TestAutostart::readOnlyFolderGivesError()
{
    if (::geteuid() == 0)
        QSKIP("root writes into read-only folders; blockedFolderGivesError covers the error path");
    const QString dir = m_config->filePath(u"autostart"_s);
    QVERIFY(QDir().mkpath(dir));
    QVERIFY(QFile::setPermissions(dir, QFile::ReadOwner | QFile::ExeOwner));
    const auto autostart = stint::Autostart::create(u"/usr/bin/stint"_s);
    QString error;
    QVERIFY(!autostart->setEnabled(true, &error));
    QVERIFY2(error.contains(autostart->location()), qPrintable(error));
    QVERIFY(!autostart->isEnabled());
    QVERIFY(QDir(dir).isEmpty());

    // Enabled, then the folder turns read-only: disabling fails and the entry stays.
    QVERIFY(QFile::setPermissions(dir, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner));
    QVERIFY(autostart->setEnabled(true, &error));
    QVERIFY(QFile::setPermissions(dir, QFile::ReadOwner | QFile::ExeOwner));
    error.clear();
    QVERIFY(!autostart->setEnabled(false, &error));
    QVERIFY(!error.isEmpty());
    QVERIFY(autostart->isEnabled());
}

void TestAutostart::launchAgent()
{
    const QString dir = m_config->filePath(u"LaunchAgents"_s);
    const QString program = u"/Applications/My Stint/Stint.app/Contents/MacOS/stint & <co>"_s;
    stint::LaunchAgentAutostart agent(program, dir);
    QVERIFY(!agent.isEnabled());
    QString error;
    QVERIFY2(agent.setEnabled(true, &error), qPrintable(error));
    QVERIFY(agent.isEnabled());
    QCOMPARE(agent.filePath(), QDir(dir).filePath(u"org.stint.Stint.plist"_s));
    const QString plist = readFile(agent.filePath());
    QVERIFY(plist.contains(u"<!DOCTYPE plist PUBLIC \"-//Apple//DTD PLIST 1.0//EN\""_s));
    QVERIFY(plist.contains(u"<key>Label</key>"_s));
    QVERIFY(plist.contains(u"<string>org.stint.Stint</string>"_s));
    QVERIFY(
        plist.contains(u"<string>/Applications/My Stint/Stint.app/Contents/MacOS/stint &amp; &lt;co&gt;</string>"_s));
    QVERIFY(plist.contains(u"<string>--minimized</string>"_s));
    QVERIFY(plist.contains(u"<key>RunAtLoad</key>"_s));
    QVERIFY(plist.contains(u"<true/>"_s));
    QVERIFY2(agent.setEnabled(false, &error), qPrintable(error));
    QVERIFY(!QFile::exists(agent.filePath()));
    QVERIFY(!agent.isEnabled());
}

void TestAutostart::launchAgentStateFollowsFile()
{
    const QString dir = m_config->filePath(u"LaunchAgents"_s);
    QVERIFY(QDir().mkpath(dir));
    stint::LaunchAgentAutostart agent(u"/Applications/Stint.app/Contents/MacOS/stint"_s, dir);
    const auto plist = [](const QString &program, const QString &runAtLoad) {
        return u"<?xml version=\"1.0\"?>\n<plist version=\"1.0\"><dict><key>Label</key><string>org.stint.Stint</string>"
               "<key>ProgramArguments</key><array><string>%1</string><string>--minimized</string></array>"
               "<key>RunAtLoad</key><%2/></dict></plist>\n"_s.arg(program, runAtLoad);
    };
    QVERIFY(writeFile(agent.filePath(), plist(u"/Applications/Stint.app/Contents/MacOS/stint"_s, u"true"_s)));
    QVERIFY(agent.isEnabled());
    QVERIFY(writeFile(agent.filePath(), plist(u"/Applications/Stint.app/Contents/MacOS/stint"_s, u"false"_s)));
    QVERIFY(!agent.isEnabled());
    QVERIFY(writeFile(agent.filePath(), plist(u"/Applications/Other.app/Contents/MacOS/other"_s, u"true"_s)));
    QVERIFY(!agent.isEnabled());
    QVERIFY(writeFile(agent.filePath(), u"<plist><dict><key>RunAtLoad</key><true/>"_s)); // cut short
    QVERIFY(!agent.isEnabled());
}

QTEST_GUILESS_MAIN(TestAutostart)

#include "TestAutostart.moc"
