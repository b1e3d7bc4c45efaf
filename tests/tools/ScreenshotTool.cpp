// stint-screenshots: writes the PNG screenshots of docs/screenshots/. It generates a 30-day
// history that ends yesterday (the benchmark's generator), opens Stint's desktop on it with a
// tracker that watches a fixed window, and grabs every page of the main window and the tray menu.
// Run it under Xvfb (docs/screenshots/make-screenshots.sh) or with QT_QPA_PLATFORM=offscreen.
#include "Desktop.h"
#include "HistoryGenerator.h"
#include "MainWindow.h"
#include "Page.h"
#include "TimelinePage.h"
#include "TimelineView.h"
#include "TrayIcon.h"
#include "app/Tracker.h"
#include "i18n/Translations.h"
#include "model/Timestamp.h"
#include "watchers/IdleBackend.h"
#include "watchers/WindowBackend.h"

#include <QAbstractButton>
#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QMenu>
#include <QPalette>
#include <QStyleFactory>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace {

// The window the screenshots' tracker sees: always the same, and the user never idle.
class StillWindow final : public stint::WindowBackend
{
public:
    QString name() const override { return u"screenshots"_s; }
    std::optional<stint::WindowInfo> activeWindow() override
    {
        return stint::WindowInfo{u"Code"_s, u"TrayIcon.cpp - stint - Code"_s};
    }
};

class NeverIdle final : public stint::IdleBackend
{
public:
    QString name() const override { return u"screenshots"_s; }
    std::optional<qint64> idleMillis() override { return 0; }
};

QPalette darkPalette()
{
    QPalette palette;
    palette.setColor(QPalette::Window, QColor(0x2b, 0x2d, 0x31));
    palette.setColor(QPalette::WindowText, QColor(0xe6, 0xe6, 0xe6));
    palette.setColor(QPalette::Base, QColor(0x1f, 0x21, 0x24));
    palette.setColor(QPalette::AlternateBase, QColor(0x2b, 0x2d, 0x31));
    palette.setColor(QPalette::Text, QColor(0xe6, 0xe6, 0xe6));
    palette.setColor(QPalette::Button, QColor(0x35, 0x38, 0x3d));
    palette.setColor(QPalette::ButtonText, QColor(0xe6, 0xe6, 0xe6));
    palette.setColor(QPalette::Highlight, QColor(0x3d, 0x99, 0x70));
    palette.setColor(QPalette::HighlightedText, Qt::white);
    palette.setColor(QPalette::ToolTipBase, QColor(0x35, 0x38, 0x3d));
    palette.setColor(QPalette::ToolTipText, QColor(0xe6, 0xe6, 0xe6));
    palette.setColor(QPalette::PlaceholderText, QColor(0x9a, 0x9a, 0x9a));
    palette.setColor(QPalette::Disabled, QPalette::Text, QColor(0x80, 0x80, 0x80));
    palette.setColor(QPalette::Disabled, QPalette::ButtonText, QColor(0x80, 0x80, 0x80));
    return palette;
}

void fail(const QString &message)
{
    std::fprintf(stderr, "stint-screenshots: %s\n", qUtf8Printable(message));
}

// Gives the reading thread time to answer and the page time to paint.
void settle()
{
    QTest::qWait(2500);
}

bool save(QWidget &widget, const QDir &out, const QString &name)
{
    const QString path = out.filePath(name + u".png"_s);
    if (!widget.grab().save(path)) {
        fail(u"cannot write %1"_s.arg(path));
        return false;
    }
    std::printf("wrote %s\n", qUtf8Printable(QDir::toNativeSeparators(path)));
    return true;
}

void click(QWidget &root, const QString &objectName)
{
    if (auto *button = root.findChild<QAbstractButton *>(objectName))
        button->click();
    else
        fail(u"no button %1; the screenshot shows the default view"_s.arg(objectName));
}

} // namespace

int main(int argc, char **argv)
{
    // Local times in the pictures are those of the generated history's zone.
    qputenv("TZ", "Europe/Berlin");
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(u"stint-screenshots"_s);
    QCommandLineParser parser;
    parser.setApplicationDescription(u"Writes Stint's screenshots into DIR."_s);
    parser.addHelpOption();
    parser.addOption({u"dark"_s, u"Use a dark palette (file names end in -dark)."_s});
    parser.addOption({u"language"_s, u"Show Stint in this shipped language (de, fr, ...)."_s, u"code"_s});
    parser.addPositionalArgument(u"DIR"_s, u"Where the PNG files go."_s);
    parser.process(app);
    if (parser.positionalArguments().size() != 1)
        parser.showHelp(2);
    const QDir out(parser.positionalArguments().first());
    if (!QDir().mkpath(out.path())) {
        fail(u"cannot create %1"_s.arg(out.path()));
        return 1;
    }
    stint::Translations translations;
    if (parser.isSet(u"language"_s)) {
        const QString language = parser.value(u"language"_s);
        if (translations.install(language) != language) {
            fail(u"no translation for %1"_s.arg(language));
            return 1;
        }
    }
    const bool dark = parser.isSet(u"dark"_s);
    const QString suffix = dark ? u"-dark"_s : QString();
    QTemporaryDir config;
    qputenv("XDG_CONFIG_HOME", QFile::encodeName(config.path()));
    if (dark) {
        QApplication::setStyle(QStyleFactory::create(u"Fusion"_s));
        QApplication::setPalette(darkPalette());
    }

    QTemporaryDir data;
    stint::bench::HistoryOptions history;
    // The tracker below records as the demo's computer, so "All computers" shows one computer,
    // not the demo's and this machine's (whose lanes would be empty).
    qputenv("STINT_HOSTNAME", history.host.toUtf8());
    history.days = 30;
    history.firstDay = QDate::currentDate().addDays(-history.days);
    history.zone = QTimeZone(QByteArrayLiteral("Europe/Berlin"));
    history.databasePath = QDir(data.path()).filePath(u"stint.db"_s);
    const stint::bench::HistoryResult generated = stint::bench::generateHistory(history);
    if (!generated.error.isEmpty()) {
        fail(generated.error);
        return 1;
    }

    stint::Tracker tracker(stint::DataLocation(data.path(), false));
    QString error;
    stint::PlatformBackends backends;
    backends.window = std::make_unique<StillWindow>();
    backends.idle = std::make_unique<NeverIdle>();
    if (!tracker.start(&error) || !tracker.startWatching(std::move(backends), {}, &error)) {
        fail(error);
        return 1;
    }

    stint::Desktop desktop(tracker);
    stint::MainWindow &window = desktop.mainWindow();
    window.resize(1280, 820);
    window.show();
    if (!QTest::qWaitForWindowExposed(&window))
        fail(u"the window was not exposed; pictures may be empty"_s);

    bool ok = true;
    const QDate yesterday = QDate::currentDate().addDays(-1);
    const QTimeZone zone = history.zone;
    for (int index = 0; index < window.pageCount(); ++index) {
        window.showPage(index);
        stint::Page *page = window.currentPage();
        QString name = page->objectName().remove(u"Page"_s);
        if (name == u"activity"_s) {
            // Yesterday is the newest full day of the history; a week shows its shape.
            click(*page, u"previousPeriodButton"_s);
            settle();
            ok = save(window, out, u"activity-day"_s + suffix) && ok;
            click(*page, u"weekButton"_s);
            click(*page, u"previousPeriodButton"_s); // the last full week
        } else if (auto *timeline = qobject_cast<stint::TimelinePage *>(page)) {
            timeline->view()->setVisibleRange(
                {stint::Timestamp::fromDateTime(QDateTime(yesterday, QTime(8, 0), zone)),
                 stint::Timestamp::fromDateTime(QDateTime(yesterday, QTime(18, 0), zone))});
        } else if (name == u"rawData"_s) {
            name = u"raw-data"_s;
            settle();
            if (auto *buckets = page->findChild<QTableView *>(u"bucketsTable"_s)) {
                const auto found = buckets->model()->match(buckets->model()->index(0, 0), Qt::DisplayRole,
                                                           u"aw-watcher-window"_s, 1, Qt::MatchStartsWith);
                if (!found.isEmpty())
                    buckets->selectRow(found.first().row());
            }
        }
        settle();
        ok = save(window, out, name + suffix) && ok;
        if (auto *tabs = page->findChild<QTabWidget *>(); tabs && name == u"settings"_s) {
            tabs->setCurrentIndex(1); // General: start at login, language, recording
            settle();
            ok = save(window, out, u"settings-general"_s + suffix) && ok;
        }
    }

    // The tray menu, as it pops up from the icon.
    QMenu *menu = desktop.trayIcon().menu();
    menu->popup(window.geometry().center());
    settle();
    ok = save(*menu, out, u"tray-menu"_s + suffix) && ok;
    menu->hide();
    return ok && tracker.shutdown().ok() ? 0 : 1;
}
