// The language choice in Settings: it is saved, the user is told it applies after a restart, and a
// window built after German was chosen speaks German (Stint's own labels and Qt's buttons).
#include "Desktop.h"
#include "LanguageChooser.h"
#include "MainWindow.h"
#include "SettingsPage.h"
#include "TrayIcon.h"
#include "UiFixture.h"
#include "i18n/Translations.h"

#include <QAction>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QListWidget>
#include <QMenu>
#include <QPushButton>
#include <QTabWidget>
#include <QTest>

using namespace stint;
using namespace stint::test;

class TestLanguage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_config.isValid());
        UiFixture::initUiTestCase(m_config); // CTest runs it with LC_ALL=C.UTF-8: the system's language is English
    }

    void choosingALanguageIsSavedForTheNextStart()
    {
        QVERIFY(Translations::active().isEmpty());
        LanguageChooser chooser;
        auto *combo = chooser.findChild<QComboBox *>(u"languageCombo"_s);
        auto *note = chooser.findChild<QLabel *>(u"languageRestartNote"_s);
        QVERIFY(combo && note);
        QCOMPARE(combo->currentIndex(), 0); // the system's language until the user picks one
        QCOMPARE(combo->count(), Translations::shipped().size() + 2);

        const int german = combo->findData(u"de"_s);
        QVERIFY(german > 0);
        QCOMPARE(combo->itemText(german), u"Deutsch"_s);
        QCOMPARE(combo->itemText(combo->findData(u"pt_BR"_s)), u"Português (Brasil)"_s);
        combo->setCurrentIndex(german);
        QCOMPARE(Translations::configuredLanguage(), u"de"_s);
        QVERIFY(!note->isHidden());
        QVERIFY2(note->text().contains(u"Deutsch"_s), qPrintable(note->text()));

        // A new chooser shows the saved choice.
        LanguageChooser again;
        QCOMPARE(again.findChild<QComboBox *>(u"languageCombo"_s)->currentData().toString(), u"de"_s);
    }

    void windowSpeaksTheChosenLanguage()
    {
        Translations::setConfiguredLanguage(u"de"_s); // as main() reads it at the next start
        Translations translations;
        QCOMPARE(translations.install(Translations::configuredLanguage()), u"de"_s);
        QCOMPARE(Translations::active(), u"de"_s);

        UiFixture fixture;
        QVERIFY(fixture.start());
        Desktop desktop(fixture.tracker());
        auto *navigation = desktop.mainWindow().findChild<QListWidget *>(u"navigation"_s);
        QVERIFY(navigation);
        QStringList pages;
        for (int row = 0; row < navigation->count(); ++row)
            pages << navigation->item(row)->text();
        QVERIFY2(pages.contains(u"Einstellungen"_s), qPrintable(pages.join(u", "_s)));
        QVERIFY2(pages.contains(u"Aktivität"_s), qPrintable(pages.join(u", "_s)));

        QAction *quit = desktop.trayIcon().menu()->findChild<QAction *>(u"quitAction"_s);
        QVERIFY(quit);
        QCOMPARE(quit->text(), u"Beenden"_s);

        // Dates and numbers follow the chosen language, and Qt's own strings: a dialog's button.
        QCOMPARE(QLocale().dayName(1), u"Montag"_s);
        QDialogButtonBox buttons(QDialogButtonBox::Cancel);
        QCOMPARE(buttons.button(QDialogButtonBox::Cancel)->text(), u"Abbrechen"_s);

        translations.remove();
        QCOMPARE(quit->text(), u"Beenden"_s); // built in German; a restart changes it
        QVERIFY(Translations::active().isEmpty());
        QCOMPARE(QLocale(), QLocale::system());
    }

    void chooserTellsWhenNothingChanges()
    {
        // This run speaks English: choosing English needs no restart.
        LanguageChooser chooser;
        auto *combo = chooser.findChild<QComboBox *>(u"languageCombo"_s);
        auto *note = chooser.findChild<QLabel *>(u"languageRestartNote"_s);
        combo->setCurrentIndex(combo->findData(u"en"_s));
        QVERIFY(note->isHidden());
        QCOMPARE(Translations::configuredLanguage(), u"en"_s);
        combo->setCurrentIndex(0);
        QVERIFY(Translations::configuredLanguage().isEmpty());
    }

private:
    QTemporaryDir m_config;
};

QTEST_MAIN(TestLanguage)
#include "TestLanguage.moc"
