// App ids resolved to the names and icons of their desktop entries: the matching rules, the data
// directories' precedence, localized names, and the raw id when nothing matches.
#include "DesktopEntries.h"
#include "EnvironmentGuard.h"
#include "integration/XdgAppDirectory.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace stint;
using namespace stint::test;

class TestAppDirectory : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void matchingRules_data();
    void matchingRules();
    void localizedName_data();
    void localizedName();
    void earlierDirectoriesWin();
    void standardDirectoriesIncludeFlatpak();
    void unknownAppKeepsItsId();

private:
    QStringList dirs() const { return {m_home.path(), m_system.path(), m_flatpak.path()}; }
    QTemporaryDir m_home;
    QTemporaryDir m_system;
    QTemporaryDir m_flatpak;
};

void TestAppDirectory::initTestCase()
{
    QVERIFY(m_home.isValid() && m_system.isValid() && m_flatpak.isValid());
    const QString sys = m_system.path();
    QVERIFY(writeDesktopEntry(sys, u"org.gnome.Nautilus.desktop"_s,
                              {u"Name=Files"_s, u"Name[de]=Dateien"_s, u"Name[de_CH]=Dateien (CH)"_s,
                               u"Name[sr@latin]=Datoteke"_s, u"Icon=org.gnome.Nautilus"_s}));
    // Found by its window class only: neither the file name nor the program says "code".
    QVERIFY(writeDesktopEntry(sys, u"visual-studio-code.desktop"_s,
                              {u"Name=Visual Studio Code"_s, u"Icon=vscode.png"_s, u"StartupWMClass=Code"_s,
                               u"Exec=/opt/vscode/bin/vscode-launcher %F"_s}));
    // Found by the program it starts.
    QVERIFY(writeDesktopEntry(
        sys, u"org.telegram.desktop.desktop"_s,
        {u"Name=Telegram Desktop"_s, u"Icon=/opt/telegram/icon.png"_s, u"Exec=telegram-desktop -- %u"_s}));
    // A plain name, found from a reverse-DNS id ending in it.
    QVERIFY(writeDesktopEntry(sys, u"gedit.desktop"_s, {u"Name=Text Editor"_s, u"Icon=gedit"_s, u"Exec=gedit %U"_s}));
    // In a subdirectory: its desktop file id is "kde-konsole".
    QVERIFY(writeDesktopEntry(sys, u"kde/konsole.desktop"_s, {u"Name=Konsole"_s, u"Icon=utilities-terminal"_s}));
    // Not applications, or deleted.
    QVERIFY(writeDesktopEntry(sys, u"link.desktop"_s, {u"Type=Link"_s, u"Name=A link"_s}));
    QVERIFY(writeDesktopEntry(sys, u"gone.desktop"_s, {u"Name=Gone"_s, u"Hidden=true"_s}));
    // Flatpak's exports: named by the app id, with X-Flatpak, started through flatpak.
    QVERIFY(writeDesktopEntry(m_flatpak.path(), u"com.spotify.Client.desktop"_s,
                              {u"Name=Spotify"_s, u"Icon=com.spotify.Client"_s, u"X-Flatpak=com.spotify.Client"_s,
                               u"Exec=/usr/bin/flatpak run --branch=stable --arch=x86_64 com.spotify.Client"_s}));
    QVERIFY(writeDesktopEntry(m_flatpak.path(), u"notes-launcher.desktop"_s,
                              {u"Name=Notes"_s, u"Icon=org.example.Notes"_s, u"X-Flatpak=org.example.Notes"_s,
                               u"Exec=/usr/bin/flatpak run org.example.Notes"_s}));
}

void TestAppDirectory::matchingRules_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("icon");
    QTest::newRow("file name") << u"org.gnome.Nautilus"_s << u"Files"_s << u"org.gnome.Nautilus"_s;
    QTest::newRow("file name, other case") << u"ORG.GNOME.NAUTILUS"_s << u"Files"_s << u"org.gnome.Nautilus"_s;
    QTest::newRow("reverse-DNS suffix") << u"Nautilus"_s << u"Files"_s << u"org.gnome.Nautilus"_s;
    QTest::newRow("suffix of the id") << u"org.gnome.gedit"_s << u"Text Editor"_s << u"gedit"_s;
    QTest::newRow("StartupWMClass") << u"code"_s << u"Visual Studio Code"_s << u"vscode"_s;
    QTest::newRow("Exec program") << u"telegram-desktop"_s << u"Telegram Desktop"_s << u"/opt/telegram/icon.png"_s;
    QTest::newRow("Wayland app id") << u"org.telegram.desktop"_s << u"Telegram Desktop"_s
                                    << u"/opt/telegram/icon.png"_s;
    QTest::newRow("Flatpak export") << u"com.spotify.Client"_s << u"Spotify"_s << u"com.spotify.Client"_s;
    QTest::newRow("X-Flatpak") << u"org.example.Notes"_s << u"Notes"_s << u"org.example.Notes"_s;
    QTest::newRow("subdirectory id") << u"kde-konsole"_s << u"Konsole"_s << u"utilities-terminal"_s;
    QTest::newRow("not an application") << u"link"_s << u"link"_s << QString();
    QTest::newRow("hidden") << u"gone"_s << u"gone"_s << QString();
    QTest::newRow("flatpak is no program") << u"flatpak"_s << u"flatpak"_s << QString();
}

void TestAppDirectory::matchingRules()
{
    QFETCH(QString, id);
    QFETCH(QString, name);
    QFETCH(QString, icon);
    XdgAppDirectory directory(dirs(), u"en_US"_s);
    const AppEntry entry = directory.find(id);
    QCOMPARE(entry.name, name);
    QCOMPARE(entry.icon, icon);
}

void TestAppDirectory::localizedName_data()
{
    QTest::addColumn<QString>("locale");
    QTest::addColumn<QString>("name");
    QTest::newRow("language") << u"de_DE"_s << u"Dateien"_s;
    QTest::newRow("language and country") << u"de_CH"_s << u"Dateien (CH)"_s;
    QTest::newRow("with encoding and modifier") << u"de_CH.UTF-8@euro"_s << u"Dateien (CH)"_s;
    QTest::newRow("modifier") << u"sr_RS@latin"_s << u"Datoteke"_s;
    QTest::newRow("no translation") << u"fr_FR"_s << u"Files"_s;
    QTest::newRow("C") << u"C"_s << u"Files"_s;
}

void TestAppDirectory::localizedName()
{
    QFETCH(QString, locale);
    QFETCH(QString, name);
    XdgAppDirectory directory(dirs(), locale);
    QCOMPARE(directory.name(u"org.gnome.Nautilus"_s), name);
}

void TestAppDirectory::earlierDirectoriesWin()
{
    QTemporaryDir home;
    QTemporaryDir system;
    QVERIFY(writeDesktopEntry(home.path(), u"editor.desktop"_s, {u"Name=My Editor"_s}));
    QVERIFY(writeDesktopEntry(system.path(), u"editor.desktop"_s, {u"Name=System Editor"_s}));
    // A user's Hidden entry removes the system's of the same id.
    QVERIFY(writeDesktopEntry(home.path(), u"viewer.desktop"_s, {u"Name=Viewer"_s, u"Hidden=true"_s}));
    QVERIFY(writeDesktopEntry(system.path(), u"viewer.desktop"_s, {u"Name=System Viewer"_s}));
    // Among other matches, one shown in menus wins over a NoDisplay one.
    QVERIFY(writeDesktopEntry(home.path(), u"a-helper.desktop"_s,
                              {u"Name=Helper"_s, u"NoDisplay=true"_s, u"StartupWMClass=Tool"_s}));
    QVERIFY(writeDesktopEntry(system.path(), u"b-tool.desktop"_s, {u"Name=The Tool"_s, u"StartupWMClass=Tool"_s}));
    XdgAppDirectory directory({home.path(), system.path()}, u"en"_s);
    QCOMPARE(directory.name(u"editor"_s), u"My Editor"_s);
    QCOMPARE(directory.name(u"viewer"_s), u"viewer"_s);
    QCOMPARE(directory.name(u"tool"_s), u"The Tool"_s);
}

void TestAppDirectory::standardDirectoriesIncludeFlatpak()
{
    EnvironmentGuard guard({"XDG_DATA_HOME", "XDG_DATA_DIRS"});
    QTemporaryDir home;
    QVERIFY(home.isValid());
    qputenv("XDG_DATA_HOME", QFile::encodeName(home.path()));
    qputenv("XDG_DATA_DIRS", QFile::encodeName(m_system.path()));
    const QString exports = home.path() + u"/flatpak/exports/share"_s;
    QCOMPARE(XdgAppDirectory::standardDataDirs().mid(0, 3), (QStringList{home.path(), m_system.path(), exports}));
    // A Flatpak installed for the user, with its exports missing from XDG_DATA_DIRS.
    QVERIFY(writeDesktopEntry(exports, u"org.example.Paint.desktop"_s,
                              {u"Name=Paint"_s, u"Icon=org.example.Paint"_s, u"X-Flatpak=org.example.Paint"_s}));
    XdgAppDirectory directory;
    QCOMPARE(directory.name(u"org.example.Paint"_s), u"Paint"_s);
    QCOMPARE(directory.find(u"org.gnome.Nautilus"_s).icon, u"org.gnome.Nautilus"_s);
}

void TestAppDirectory::unknownAppKeepsItsId()
{
    QTemporaryDir home;
    QVERIFY(writeDesktopEntry(home.path(), u"later.desktop"_s, {u"Name=Later"_s}));
    XdgAppDirectory directory({home.path()}, u"en"_s);
    const AppEntry unknown = directory.find(u"some-tool"_s);
    QCOMPARE(unknown.name, u"some-tool"_s);
    QVERIFY(unknown.icon.isEmpty());
    QCOMPARE(directory.find(QString()).name, QString());
    // Answers are kept: an entry removed afterwards is still known by the same directory.
    QCOMPARE(directory.name(u"later"_s), u"Later"_s);
    QVERIFY(QFile::remove(home.filePath(u"applications/later.desktop"_s)));
    QCOMPARE(directory.name(u"later"_s), u"Later"_s);
    QCOMPARE(XdgAppDirectory({home.path()}, u"en"_s).name(u"later"_s), u"later"_s);
}

QTEST_GUILESS_MAIN(TestAppDirectory)
#include "TestAppDirectory.moc"
