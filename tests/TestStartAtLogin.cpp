// The "Start at login" toggles: the tray menu's action and the Settings checkbox follow the real
// autostart entry, change it, and snap back with a message when that fails.
#include "GeneralSettings.h"
#include "TrayIcon.h"
#include "UiFixture.h"
#include "integration/Autostart.h"
#include "integration/XdgAutostart.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QDir>
#include <QLabel>
#include <QMenu>
#include <QMessageBox>
#include <QTest>

using namespace stint;
using namespace stint::test;

namespace {

XdgAutostart entry()
{
    return XdgAutostart(Autostart::stintExecutable(), XdgAutostart::defaultDirectory());
}

// A file where the autostart folder should be, so writing the entry fails (for root too).
bool blockAutostartFolder()
{
    const QString dir = XdgAutostart::defaultDirectory();
    if (!QDir(dir).removeRecursively())
        return false;
    QFile blocker(dir);
    return blocker.open(QIODevice::WriteOnly);
}

QMessageBox *errorBox()
{
    for (QWidget *widget : QApplication::topLevelWidgets()) {
        if (widget->objectName() == u"startAtLoginError"_s && widget->isVisible())
            return qobject_cast<QMessageBox *>(widget);
    }
    return nullptr;
}

} // namespace

class TestStartAtLogin : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void trayActionFollowsAndChangesEntry();
    void trayActionFailureSnapsBack();
    void settingsCheckFollowsAndChangesEntry();
    void settingsCheckFailureSnapsBack();

private:
    QTemporaryDir m_config;
};

void TestStartAtLogin::initTestCase()
{
    UiFixture::initUiTestCase(m_config);
    QCOMPARE(XdgAutostart::defaultDirectory(), m_config.filePath(u"autostart"_s));
}

void TestStartAtLogin::init()
{
    const QString dir = XdgAutostart::defaultDirectory();
    QFile::remove(dir); // a blocking file from the last test
    QVERIFY(QDir(dir).removeRecursively());
}

void TestStartAtLogin::trayActionFollowsAndChangesEntry()
{
    UiFixture fixture;
    QVERIFY(fixture.start());
    TrayIcon tray(fixture.context());
    auto *action = tray.menu()->findChild<QAction *>(u"startAtLoginAction"_s);
    QVERIFY(action);
    QVERIFY(action->isCheckable());
    QVERIFY(!action->isChecked()); // off by default

    // Written behind Stint's back: the menu shows it the next time it opens.
    QString error;
    QVERIFY(entry().setEnabled(true, &error));
    Q_EMIT tray.menu()->aboutToShow();
    QVERIFY(action->isChecked());

    action->trigger();
    QVERIFY(!action->isChecked());
    QVERIFY(!entry().isEnabled());
    QVERIFY(!QFile::exists(entry().filePath()));

    action->trigger();
    QVERIFY(action->isChecked());
    QVERIFY(entry().isEnabled());
    QVERIFY(!errorBox());

    QVERIFY(QFile::remove(entry().filePath()));
    Q_EMIT tray.menu()->aboutToShow();
    QVERIFY(!action->isChecked());
}

void TestStartAtLogin::trayActionFailureSnapsBack()
{
    UiFixture fixture;
    QVERIFY(fixture.start());
    TrayIcon tray(fixture.context());
    auto *action = tray.menu()->findChild<QAction *>(u"startAtLoginAction"_s);
    QVERIFY(action);
    QVERIFY(blockAutostartFolder());
    action->trigger();
    QVERIFY(!action->isChecked()); // back to the real state
    QMessageBox *box = errorBox();
    QVERIFY(box);
    QVERIFY2(box->text().contains(QDir::toNativeSeparators(XdgAutostart::defaultDirectory())), qPrintable(box->text()));
    box->close();
    QTRY_VERIFY(!errorBox());
}

void TestStartAtLogin::settingsCheckFollowsAndChangesEntry()
{
    UiFixture fixture;
    QVERIFY(fixture.start());
    GeneralSettings settings(fixture.context());
    settings.QWidget::show();
    QVERIFY(QTest::qWaitForWindowExposed(&settings));
    auto *check = settings.findChild<QCheckBox *>(u"startAtLoginCheck"_s);
    QVERIFY(check);
    QVERIFY(!check->isChecked());

    // Changed elsewhere: read again when the page is shown.
    QString error;
    QVERIFY(entry().setEnabled(true, &error));
    settings.hide();
    settings.QWidget::show();
    QVERIFY(check->isChecked());

    check->click();
    QVERIFY(!check->isChecked());
    QVERIFY(!entry().isEnabled());
    check->click();
    QVERIFY(check->isChecked());
    QVERIFY(entry().isEnabled());
    // Nothing for Save/Revert: the entry is not one of the database's settings.
    QVERIFY(!settings.isModified());

    QVERIFY(QFile::remove(entry().filePath()));
    settings.refresh();
    QVERIFY(!check->isChecked());
}

void TestStartAtLogin::settingsCheckFailureSnapsBack()
{
    UiFixture fixture;
    QVERIFY(fixture.start());
    GeneralSettings settings(fixture.context());
    settings.QWidget::show();
    QVERIFY(QTest::qWaitForWindowExposed(&settings));
    auto *check = settings.findChild<QCheckBox *>(u"startAtLoginCheck"_s);
    auto *message = settings.findChild<QLabel *>(u"startAtLoginMessage"_s);
    QVERIFY(check && message);
    QVERIFY(!message->isVisible());
    QVERIFY(blockAutostartFolder());
    check->click();
    QVERIFY(!check->isChecked());
    QVERIFY(message->isVisible());
    QVERIFY2(message->text().contains(QDir::toNativeSeparators(XdgAutostart::defaultDirectory())),
             qPrintable(message->text()));

    // Once it works again the message goes.
    QVERIFY(QFile::remove(XdgAutostart::defaultDirectory()));
    check->click();
    QVERIFY(check->isChecked());
    QVERIFY(!message->isVisible());
}

QTEST_MAIN(TestStartAtLogin)

#include "TestStartAtLogin.moc"
