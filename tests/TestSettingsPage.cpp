// The Settings page: category rules edited, counted live against the reports engine, checked like
// the reports check them and saved; recording settings saved and applied to the running watchers.
#include "AboutDialog.h"
#include "CategoryEditor.h"
#include "Desktop.h"
#include "FakeBackends.h"
#include "MainWindow.h"
#include "RawDataPage.h"
#include "SettingsPage.h"
#include "UiFixture.h"
#include "reports/ReportEngine.h"
#include "settings/SettingKeys.h"

#include <QCheckBox>
#include <QDialog>
#include <QDoubleSpinBox>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTableWidget>
#include <QTest>
#include <QTimeEdit>
#include <QTreeWidget>

using namespace stint;
using namespace stint::test;

namespace {

const QString kWindows = u"aw-watcher-window_testhost"_s;
constexpr qint64 kSecond = UiFixture::kSecond;

// 20 min of notes, 10 min of mail, 5 min of a terminal (Work > Programming in the defaults).
bool fill(UiFixture &fixture)
{
    QList<QJsonObject> windows;
    for (int i = 0; i < 4; ++i)
        windows.append(window(u"Editor"_s, u"notes.txt"_s));
    for (int i = 0; i < 2; ++i)
        windows.append(window(u"Mailer"_s, u"Inbox"_s));
    windows.append(window(u"konsole"_s, u"~/src"_s));
    return fixture.start() && fixture.createBucket(kWindows, u"currentwindow"_s)
        && fixture.record(kWindows, windows, 300);
}

QTreeWidgetItem *findItem(QTreeWidget *tree, const QString &name)
{
    const auto items = tree->findItems(name, Qt::MatchExactly | Qt::MatchRecursive);
    return items.isEmpty() ? nullptr : items.first();
}

// The summary of the last 7 days as the engine computes it from the stored settings.
std::optional<Summary> weekSummary(UiFixture &fixture)
{
    ReportEngine engine(fixture.databasePath());
    if (!engine.loadSettings())
        return std::nullopt;
    const qint64 now = fixture.clock().nowNanos();
    return engine.summary({now - 7 * 24 * 3600 * kSecond, now});
}

qint64 ownTime(const Summary &summary, const QStringList &name)
{
    for (const CategoryTotal &node : summary.categories) {
        if (node.name == name)
            return node.own;
    }
    return 0;
}

} // namespace

class TestSettingsPage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void liveCountsMatchTheEngine();
    void addedRuleIsSavedAndUsed();
    void badRegexBlocksSaving();
    void importsAndExportsCategoryFiles();
    void afkTimeoutIsSavedAndApplied();
    void badPrivacyRuleIsNotSaved();
    void pagesAreInTheMainWindow();
    void invalidStoredValueIsNamedAndReplaced();
    void aboutNamesVersionLicenceAndQt();
    void commandLineValueIsShownBesideTheSetting();
    void categoriesExplainTheScore();

private:
    QTemporaryDir m_config;
};

void TestSettingsPage::initTestCase()
{
    QVERIFY(m_config.isValid());
    UiFixture::initUiTestCase(m_config);
}

void TestSettingsPage::liveCountsMatchTheEngine()
{
    UiFixture fixture;
    QVERIFY(fill(fixture));
    SettingsPage page(fixture.context());
    page.show();
    page.refresh();
    auto *tree = page.findChild<QTreeWidget *>(u"categoryTree"_s);
    QVERIFY(tree);
    CategoryEditor *editor = page.categoryEditor();
    // Nothing stored: the default rules, counted.
    const CategoryRules defaults = CategoryRules::defaults();
    QTRY_COMPARE(editor->ruleCount(), int(defaults.rules().size()));
    QTRY_VERIFY(editor->matchedTime(-1).has_value());

    const auto summary = weekSummary(fixture);
    QVERIFY(summary);
    QCOMPARE(*editor->matchedTime(-1), ownTime(*summary, CategoryRules::uncategorized()));
    QCOMPARE(*editor->matchedTime(-1), 30 * 60 * kSecond); // notes and mail
    for (int i = 0; i < int(defaults.rules().size()); ++i)
        QCOMPARE(*editor->matchedTime(i), ownTime(*summary, defaults.nameOf(i)));
    QTreeWidgetItem *programming = findItem(tree, u"Programming"_s);
    QVERIFY(programming);
    QCOMPARE(programming->data(CategoryEditor::kTimeColumn, Qt::UserRole).toLongLong(), 5 * 60 * kSecond);
    auto *uncategorized = page.findChild<QLabel *>(u"uncategorizedLabel"_s);
    QVERIFY(uncategorized);
    QVERIFY2(uncategorized->text().contains(u"30 min"_s), qPrintable(uncategorized->text()));

    // Selecting a rule says what it matched.
    tree->setCurrentItem(programming);
    auto *match = page.findChild<QLabel *>(u"categoryMatchLabel"_s);
    QVERIFY(match);
    QVERIFY2(match->text().contains(u"5 min"_s), qPrintable(match->text()));
    QVERIFY(fixture.tracker().shutdown().ok());
}

void TestSettingsPage::addedRuleIsSavedAndUsed()
{
    UiFixture fixture;
    QVERIFY(fill(fixture));
    SettingsPage page(fixture.context());
    page.show();
    page.refresh();
    CategoryEditor *editor = page.categoryEditor();
    auto *tree = page.findChild<QTreeWidget *>(u"categoryTree"_s);
    auto *add = page.findChild<QPushButton *>(u"addCategoryButton"_s);
    auto *name = page.findChild<QLineEdit *>(u"categoryNameEdit"_s);
    auto *regex = page.findChild<QLineEdit *>(u"categoryRegexEdit"_s);
    auto *save = page.findChild<QPushButton *>(u"saveCategoriesButton"_s);
    QVERIFY(tree && add && name && regex && save);
    QTRY_VERIFY(editor->ruleCount() > 0);
    const int before = editor->ruleCount();
    QVERIFY(!save->isEnabled());

    QTest::mouseClick(add, Qt::LeftButton);
    QCOMPARE(editor->ruleCount(), before + 1);
    name->setText(u"Note taking"_s);
    QTest::keyClick(name, Qt::Key_Return);
    QVERIFY(findItem(tree, u"Note taking"_s));
    regex->setText(u"notes\\.txt"_s);
    // The unsaved rule is counted at once.
    QTRY_COMPARE(editor->matchedTime(before).value_or(-1), 20 * 60 * kSecond);
    QVERIFY(save->isEnabled());
    QTest::mouseClick(save, Qt::LeftButton);
    QTRY_VERIFY(!save->isEnabled());

    // Stored in ActivityWatch's format, and the reports categorize with it.
    const QJsonValue stored =
        UiFixture::wait(fixture.tracker().datastore().setting(settings::storageKey(settings::kCategories)));
    QString error;
    const auto rules = CategoryRules::fromJson(stored, &error);
    QVERIFY2(rules, qPrintable(error));
    QCOMPARE(rules->rules().size(), before + 1);
    QCOMPARE(rules->rules().last().name, QStringList{u"Note taking"_s});
    QCOMPARE(rules->rules().last().regex, u"notes\\.txt"_s);
    QVERIFY(fixture.commit());
    const auto summary = weekSummary(fixture);
    QVERIFY(summary);
    QCOMPARE(ownTime(*summary, {u"Note taking"_s}), 20 * 60 * kSecond);
    QCOMPARE(ownTime(*summary, CategoryRules::uncategorized()), 10 * 60 * kSecond);

    // The reading thread the other pages use picks them up too.
    std::optional<QStringList> top;
    QObject receiver;
    const qint64 now = fixture.clock().nowNanos();
    fixture.context().reports.run(
        &receiver,
        [now](ReportEngine &engine) {
            const auto s = engine.summary({now - 7 * 24 * 3600 * kSecond, now});
            return s && !s->categories.isEmpty() ? s->categories.first().name : QStringList();
        },
        [&top](QStringList result) { top = result; });
    QTRY_VERIFY(top.has_value());
    QCOMPARE(*top, QStringList{u"Note taking"_s});
    QVERIFY(fixture.tracker().shutdown().ok());
}

void TestSettingsPage::badRegexBlocksSaving()
{
    UiFixture fixture;
    QVERIFY(fill(fixture));
    SettingsPage page(fixture.context());
    page.show();
    page.refresh();
    CategoryEditor *editor = page.categoryEditor();
    auto *tree = page.findChild<QTreeWidget *>(u"categoryTree"_s);
    auto *regex = page.findChild<QLineEdit *>(u"categoryRegexEdit"_s);
    auto *save = page.findChild<QPushButton *>(u"saveCategoriesButton"_s);
    auto *errorLabel = page.findChild<QLabel *>(u"categoryErrorLabel"_s);
    QVERIFY(tree && regex && save && errorLabel);
    QTRY_VERIFY(editor->ruleCount() > 0);
    QTreeWidgetItem *programming = findItem(tree, u"Programming"_s);
    QVERIFY(programming);
    tree->setCurrentItem(programming);

    regex->setText(u"konsole|(unclosed"_s);
    QVERIFY(errorLabel->isVisible());
    QVERIFY2(errorLabel->text().contains(u"Programming"_s) && errorLabel->text().contains(u"(unclosed"_s),
             qPrintable(errorLabel->text()));
    QVERIFY(!save->isEnabled());
    QVERIFY(!editor->matchedTime(-1)); // nothing counted for rules the reports would refuse

    regex->setText(u"konsole|xterm"_s);
    QVERIFY(!errorLabel->isVisible());
    QVERIFY(save->isEnabled());
    QTRY_COMPARE(editor->matchedTime(-1).value_or(-1), 30 * 60 * kSecond);
    QVERIFY(fixture.tracker().shutdown().ok());
}

void TestSettingsPage::importsAndExportsCategoryFiles()
{
    UiFixture fixture;
    QVERIFY(fill(fixture));
    SettingsPage page(fixture.context());
    page.show();
    page.refresh();
    CategoryEditor *editor = page.categoryEditor();
    QTRY_VERIFY(editor->ruleCount() > 0);
    QTemporaryDir dir;

    // ActivityWatch's export file; "Work" is named only through its child, so it gets a rule of its own.
    const QJsonObject awExport{
        {u"categories"_s,
         QJsonArray{QJsonObject{{u"name"_s, QJsonArray{u"Work"_s, u"Notes"_s}},
                                {u"rule"_s, QJsonObject{{u"type"_s, u"regex"_s}, {u"regex"_s, u"notes"_s}}},
                                {u"data"_s, QJsonObject{{u"color"_s, u"#112233"_s}}}}}}};
    const QString importPath = dir.filePath(u"aw.json"_s);
    QFile file(importPath);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(QJsonDocument(awExport).toJson());
    file.close();
    QString error;
    QVERIFY2(editor->importFrom(importPath, &error), qPrintable(error));
    QCOMPARE(editor->ruleCount(), 2);
    QVERIFY(editor->isModified());
    QTRY_COMPARE(editor->matchedTime(1).value_or(-1), 20 * 60 * kSecond);

    const QString exportPath = dir.filePath(u"out.json"_s);
    QVERIFY2(editor->exportTo(exportPath, &error), qPrintable(error));
    QFile exported(exportPath);
    QVERIFY(exported.open(QIODevice::ReadOnly));
    const auto rules = CategoryRules::fromJson(QJsonDocument::fromJson(exported.readAll()).object(), &error);
    QVERIFY2(rules, qPrintable(error));
    QCOMPARE(rules->rules().size(), 2);
    QCOMPARE(rules->nameOf(1), (QStringList{u"Work"_s, u"Notes"_s}));
    QCOMPARE(rules->colorOf(1), u"#112233"_s);

    // A file with a bad regex changes nothing and says why.
    QFile bad(dir.filePath(u"bad.json"_s));
    QVERIFY(bad.open(QIODevice::WriteOnly));
    bad.write(R"([{"name": ["X"], "rule": {"type": "regex", "regex": "("}}])");
    bad.close();
    QVERIFY(!editor->importFrom(bad.fileName(), &error));
    QVERIFY2(error.contains(u"regex"_s), qPrintable(error));
    QCOMPARE(editor->ruleCount(), 2);
    // So does one that names a key twice, which would lose one of its values.
    QVERIFY(bad.open(QIODevice::WriteOnly | QIODevice::Truncate));
    bad.write(R"([{"name": ["X"], "name": ["Y"], "rule": {"type": "regex", "regex": "x"}}])");
    bad.close();
    QVERIFY(!editor->importFrom(bad.fileName(), &error));
    QVERIFY2(error.contains(u"the key \"name\" comes twice"_s), qPrintable(error));
    QCOMPARE(editor->ruleCount(), 2);
    // And one whose name holds a lone surrogate, which is no character.
    QVERIFY(bad.open(QIODevice::WriteOnly | QIODevice::Truncate));
    bad.write(R"([{"name": ["X\udc00"], "rule": {"type": "regex", "regex": "x"}}])");
    bad.close();
    QVERIFY(!editor->importFrom(bad.fileName(), &error));
    QVERIFY2(error.contains(u"not valid Unicode"_s), qPrintable(error));
    QCOMPARE(editor->ruleCount(), 2);
    QVERIFY(fixture.tracker().shutdown().ok());
}

void TestSettingsPage::afkTimeoutIsSavedAndApplied()
{
    UiFixture fixture;
    QVERIFY(fill(fixture));
    QString error;
    QVERIFY2(fixture.tracker().startWatching(makeFakes(WindowInfo{u"Editor"_s, u"notes.txt"_s}).backends, {}, &error),
             qPrintable(error));
    QCOMPARE(fixture.tracker().watcherSettings().afkTimeoutSeconds, WatcherSettings::kDefaultAfkTimeoutSeconds);

    SettingsPage page(fixture.context());
    page.show();
    page.refresh();
    auto *afk = page.findChild<QDoubleSpinBox *>(u"afkTimeoutSpin"_s);
    auto *poll = page.findChild<QDoubleSpinBox *>(u"pollIntervalSpin"_s);
    auto *save = page.findChild<QPushButton *>(u"saveSettingsButton"_s);
    auto *message = page.findChild<QLabel *>(u"settingsMessageLabel"_s);
    QVERIFY(afk && poll && save && message);
    QCOMPARE(afk->minimum(), WatcherSettings::kMinAfkTimeoutSeconds);
    QCOMPARE(afk->maximum(), WatcherSettings::kMaxAfkTimeoutSeconds);
    QCOMPARE(poll->minimum(), WatcherSettings::kMinPollSeconds);
    QCOMPARE(poll->maximum(), WatcherSettings::kMaxPollSeconds);
    QTRY_COMPARE(afk->value(), WatcherSettings::kDefaultAfkTimeoutSeconds);
    QVERIFY(!save->isEnabled());

    afk->setValue(300);
    QVERIFY(save->isEnabled());
    QTest::mouseClick(save, Qt::LeftButton);
    QTRY_COMPARE(fixture.tracker().watcherSettings().afkTimeoutSeconds, 300.0);
    QVERIFY(!save->isEnabled());
    QVERIFY2(message->text().contains(u"Saved"_s), qPrintable(message->text()));
    // Only what changed is written.
    Datastore &store = fixture.tracker().datastore();
    QCOMPARE(UiFixture::wait(store.setting(settings::storageKey(settings::kAfkTimeout))).toDouble(), 300.0);
    QVERIFY(UiFixture::wait(store.setting(settings::storageKey(settings::kPollInterval))).isNull());
    QVERIFY(fixture.tracker().shutdown().ok());
}

void TestSettingsPage::badPrivacyRuleIsNotSaved()
{
    UiFixture fixture;
    QVERIFY(fill(fixture));
    SettingsPage page(fixture.context());
    page.show();
    page.refresh();
    auto *table = page.findChild<QTableWidget *>(u"privacyRulesTable"_s);
    auto *add = page.findChild<QPushButton *>(u"privacyRulesTableAddButton"_s);
    auto *save = page.findChild<QPushButton *>(u"saveSettingsButton"_s);
    auto *message = page.findChild<QLabel *>(u"settingsMessageLabel"_s);
    auto *afk = page.findChild<QDoubleSpinBox *>(u"afkTimeoutSpin"_s);
    QVERIFY(table && add && save && message && afk);
    QTRY_COMPARE(afk->value(), WatcherSettings::kDefaultAfkTimeoutSeconds);

    QTest::mouseClick(add, Qt::LeftButton);
    QCOMPARE(table->rowCount(), 1);
    table->item(0, 1)->setText(u"bank ("_s);
    QVERIFY(!save->isEnabled());
    QVERIFY2(message->text().contains(u"Privacy rules"_s) && message->text().contains(u"bank ("_s),
             qPrintable(message->text()));

    table->item(0, 1)->setText(u"bank|tax"_s);
    QVERIFY(save->isEnabled());
    QTest::mouseClick(save, Qt::LeftButton);
    QTRY_VERIFY(message->text().contains(u"Saved"_s));
    const QJsonValue stored =
        UiFixture::wait(fixture.tracker().datastore().setting(settings::storageKey(settings::kPrivacyRules)));
    QString error;
    const auto rules = PrivacyRules::fromJson(stored, &error);
    QVERIFY2(rules, qPrintable(error));
    QCOMPARE(rules->rules().size(), 1);
    QCOMPARE(rules->rules().first().pattern.title(), u"bank|tax"_s);
    QCOMPARE(rules->rules().first().action, PrivacyRules::Action::Drop);
    QVERIFY(fixture.tracker().shutdown().ok());
}

void TestSettingsPage::pagesAreInTheMainWindow()
{
    UiFixture fixture;
    QVERIFY(fixture.start());
    Desktop desktop(fixture.tracker());
    MainWindow &window = desktop.mainWindow();
    auto *rawData = window.findChild<RawDataPage *>(u"rawDataPage"_s);
    auto *settingsPage = window.findChild<SettingsPage *>(u"settingsPage"_s);
    QVERIFY(rawData && settingsPage);
    int rawIndex = -1;
    int settingsIndex = -1;
    for (int i = 0; i < window.pageCount(); ++i) {
        window.showPage(i);
        if (window.currentPage() == rawData)
            rawIndex = i;
        if (window.currentPage() == settingsPage)
            settingsIndex = i;
    }
    QVERIFY(rawIndex >= 0 && settingsIndex == rawIndex + 1);
    QCOMPARE(settingsPage->windowTitle(), QString()); // a page, not a window
    QVERIFY(!settingsPage->icon().isNull() && !rawData->icon().isNull());

    // The category editor can be reached from elsewhere.
    auto *tabs = settingsPage->findChild<QTabWidget *>(u"settingsTabs"_s);
    QVERIFY(tabs);
    tabs->setCurrentIndex(2);
    settingsPage->showCategoryRules();
    QCOMPARE(tabs->currentWidget(), settingsPage->categoryEditor());
    QVERIFY(fixture.tracker().shutdown().ok());
}

void TestSettingsPage::invalidStoredValueIsNamedAndReplaced()
{
    UiFixture fixture;
    QVERIFY(fill(fixture));
    Datastore &store = fixture.tracker().datastore();
    const QString key = settings::storageKey(settings::kStartOfDay);
    QVERIFY(UiFixture::wait(store.setSetting(key, u"25:99"_s)).ok());
    QVERIFY(fixture.commit());
    SettingsPage page(fixture.context());
    page.show();
    page.refresh();
    auto *message = page.findChild<QLabel *>(u"settingsMessageLabel"_s);
    auto *save = page.findChild<QPushButton *>(u"saveSettingsButton"_s);
    auto *startOfDay = page.findChild<QTimeEdit *>(u"startOfDayEdit"_s);
    QVERIFY(message && save && startOfDay);
    QTRY_VERIFY(message->text().contains(u"startOfDay"_s));
    QVERIFY2(message->text().contains(u"25:99"_s), qPrintable(message->text()));
    QCOMPARE(startOfDay->time(), ReportCalendar::defaultStartOfDay());
    QVERIFY(save->isEnabled()); // saving replaces the value the reports refuse

    startOfDay->setTime(QTime(5, 30));
    QTest::mouseClick(save, Qt::LeftButton);
    QTRY_VERIFY(message->text().contains(u"Saved"_s));
    QCOMPARE(UiFixture::wait(store.setting(key)).toString(), u"05:30"_s);
    QVERIFY(fixture.tracker().shutdown().ok());
}

void TestSettingsPage::aboutNamesVersionLicenceAndQt()
{
    UiFixture fixture;
    SettingsPage page(fixture.context());
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    QVERIFY(!page.findChild<QDialog *>(u"aboutDialog"_s));
    auto *about = page.findChild<QPushButton *>(u"aboutButton"_s);
    QVERIFY(about);
    QTest::mouseClick(about, Qt::LeftButton);
    auto *dialog = page.findChild<QDialog *>(u"aboutDialog"_s);
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isVisible());
    QVERIFY(dialog->findChild<QLabel *>(u"aboutVersionLabel"_s)->text().contains(QStringLiteral(STINT_VERSION)));
    const QString license = dialog->findChild<QLabel *>(u"aboutLicenseLabel"_s)->text();
    QVERIFY(license.contains(u"GPL-3.0-or-later"_s));
    QVERIFY(license.contains(u"GNU General Public License"_s));
    QVERIFY(dialog->findChild<QLabel *>(u"aboutQtLabel"_s)->text().contains(QString::fromLatin1(qVersion())));
    QVERIFY(dialog->findChild<QPushButton *>(u"aboutQtButton"_s));
    dialog->reject();
    QTRY_VERIFY(!page.findChild<QDialog *>(u"aboutDialog"_s));
}

// --afk-timeout 20 is what recording uses, whatever is stored: the form says so beside the setting.
void TestSettingsPage::commandLineValueIsShownBesideTheSetting()
{
    UiFixture fixture;
    QVERIFY(fixture.start());
    QString error;
    QVERIFY2(fixture.tracker().startWatching(makeFakes(WindowInfo{u"Editor"_s, u"notes.txt"_s}).backends,
                                             Tracker::Overrides{std::nullopt, 20.0}, &error),
             qPrintable(error));
    SettingsPage page(fixture.context());
    page.show();
    page.refresh();
    auto *afk = page.findChild<QDoubleSpinBox *>(u"afkTimeoutSpin"_s);
    auto *note = page.findChild<QLabel *>(u"afkTimeoutOverrideLabel"_s);
    QVERIFY(afk && note);
    QTRY_COMPARE(afk->value(), WatcherSettings::kDefaultAfkTimeoutSeconds); // the stored setting, to edit
    QVERIFY(!note->isHidden());
    QVERIFY2(note->text().contains(u"20 s"_s) && note->text().contains(u"--afk-timeout"_s), qPrintable(note->text()));
    QVERIFY(!page.findChild<QLabel *>(u"pollIntervalOverrideLabel"_s)); // not given: nothing to say
    QVERIFY(fixture.tracker().shutdown().ok());
}

// The productivity score is explained beside the rules, with the range these rules give it.
void TestSettingsPage::categoriesExplainTheScore()
{
    UiFixture fixture;
    QVERIFY(fill(fixture));
    SettingsPage page(fixture.context());
    page.show();
    page.refresh();
    auto *help = page.findChild<QLabel *>(u"scoreHelpLabel"_s);
    QVERIFY(help);
    const auto [low, high] = CategoryRules::defaults().scoreRange();
    QVERIFY(low < 0 && high > 0);
    const QLocale locale;
    const QString range = u"between %1 and %2"_s.arg(locale.toString(low, 'f', 1), locale.toString(high, 'f', 1));
    QTRY_VERIFY2(help->text().contains(range), qPrintable(help->text()));
    QVERIFY2(help->text().contains(u"weighted by the time"_s), qPrintable(help->text()));
}

QTEST_MAIN(TestSettingsPage)
#include "TestSettingsPage.moc"
