// Settings → GNOME Shell: shown only in GNOME sessions; installs Stint's Shell extension on
// request and tells whether it runs (here no GNOME Shell answers, so "not running").
#include "GnomeExtensionPanel.h"
#include "SettingsPage.h"
#include "UiFixture.h"

#include <QLabel>
#include <QPushButton>
#include <QTabWidget>
#include <QTest>

using namespace stint;
using namespace stint::test;

class TestGnomeExtensionPanel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void installsAndReports();
    void tabOnlyInGnomeSessions();

private:
    QTemporaryDir m_config;
    QTemporaryDir m_data;
};

void TestGnomeExtensionPanel::initTestCase()
{
    UiFixture::initUiTestCase(m_config);
    qputenv("XDG_DATA_HOME", QFile::encodeName(m_data.path()));
    qputenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/stint-test-bus"); // no GNOME Shell here
}

void TestGnomeExtensionPanel::installsAndReports()
{
    GnomeExtensionPanel panel;
    auto *status = panel.findChild<QLabel *>(u"gnomeExtensionStatusLabel"_s);
    // Install is clicked the moment the first status appears, while the thread that read it is
    // still winding down: the check that installing asks for must not be lost.
    QString first;
    connect(
        &panel, &GnomeExtensionPanel::statusShown, this,
        [&] {
            if (!first.isEmpty())
                return;
            first = status->text();
            QTest::mouseClick(panel.findChild<QPushButton *>(u"installGnomeExtensionButton"_s), Qt::LeftButton);
        },
        Qt::DirectConnection);
    panel.show();
    QTRY_VERIFY_WITH_TIMEOUT(!first.isEmpty(), 20'000);
    QVERIFY2(first.contains(u"not installed"_s), qPrintable(first));

    const QString directory = m_data.path() + u"/gnome-shell/extensions/stint-focus@stint.invalid"_s;
    QVERIFY(QFile::exists(directory + u"/metadata.json"_s));
    QVERIFY(QFile::exists(directory + u"/extension.js"_s));
    const QString result = panel.findChild<QLabel *>(u"gnomeExtensionResultLabel"_s)->text();
    QVERIFY2(result.contains(u"log out and back in"_s, Qt::CaseInsensitive), qPrintable(result));
    QTRY_VERIFY_WITH_TIMEOUT(status->text().contains(u"but not running"_s), 20'000);
}

void TestGnomeExtensionPanel::tabOnlyInGnomeSessions()
{
    const auto hasGnomeTab = [](const QByteArray &desktop) {
        qputenv("XDG_CURRENT_DESKTOP", desktop);
        UiFixture fixture;
        if (!fixture.start())
            return false;
        SettingsPage page(fixture.context());
        auto *tabs = page.findChild<QTabWidget *>(u"settingsTabs"_s);
        for (int i = 0; tabs && i < tabs->count(); ++i) {
            if (tabs->widget(i)->objectName() == u"gnomeExtensionPanel"_s)
                return true;
        }
        return false;
    };
    QVERIFY(hasGnomeTab("ubuntu:GNOME"));
    QVERIFY(!hasGnomeTab("KDE"));
}

QTEST_MAIN(TestGnomeExtensionPanel)
#include "TestGnomeExtensionPanel.moc"
