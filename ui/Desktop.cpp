#include "Desktop.h"

#include "ActivityPage.h"
#include "MainWindow.h"
#include "ManualTimeDialog.h"
#include "QuitController.h"
#include "RawDataPage.h"
#include "SearchDialog.h"
#include "SettingsPage.h"
#include "TimelinePage.h"
#include "TrayIcon.h"
#include "TrayNotifier.h"
#include "TrendsPage.h"
#include "app/GoalMonitor.h"
#include "app/Tracker.h"
#include "integration/Notifier.h"
#include "reports/ReportThread.h"

#include <QAction>
#include <QDeadlineTimer>
#include <QMessageBox>
#include <QSettings>
#include <QTimer>

namespace stint {

namespace {
const QString kTrayNoticeKey = QStringLiteral("notices/keptInTray");
// How much of the Timeline shows on each side of a search result's moment.
constexpr qint64 kSearchMargin = 3600LL * 1'000'000'000;
} // namespace

Desktop::Desktop(Tracker &tracker, QObject *parent)
    : QObject(parent)
    , m_tracker(tracker)
    , m_reports(std::make_unique<ReportThread>(tracker.location().databasePath()))
    , m_window(std::make_unique<MainWindow>(context()))
    , m_tray(std::make_unique<TrayIcon>(context()))
    , m_quit(std::make_unique<QuitController>(tracker, *m_reports, m_window.get()))
    , m_notifier(Notifier::createSystem())
{
    // Goals are told through the desktop's notifications, else through the tray.
    if (!m_notifier)
        m_notifier = std::make_unique<TrayNotifier>(*m_tray);
    m_goals = std::make_unique<GoalMonitor>(tracker.datastore(), *m_reports, *m_notifier, tracker.clock());
    addPages();
    m_window->restoreLastPage();

    auto *quitAction = new QAction(tr("Quit"), m_window.get());
    quitAction->setObjectName(QStringLiteral("windowQuitAction"));
    quitAction->setShortcut(QKeySequence::Quit);
    m_window->addAction(quitAction);
    connect(quitAction, &QAction::triggered, this, &Desktop::requestQuit);

    connect(m_window.get(), &MainWindow::closeRequested, this, &Desktop::windowCloseRequested);
    connect(m_tray.get(), &TrayIcon::toggleWindowRequested, this, &Desktop::toggleWindow);
    connect(m_tray.get(), &TrayIcon::openWindowRequested, this, &Desktop::showWindow);
    connect(m_tray.get(), &TrayIcon::quitRequested, this, &Desktop::requestQuit);
    connect(m_tray.get(), &TrayIcon::manualTimeRequested, this, [this] {
        auto *dialog = m_window->findChild<ManualTimeDialog *>();
        if (!dialog)
            dialog = new ManualTimeDialog(context(), m_window.get());
        dialog->show();
        dialog->raise();
        dialog->activateWindow();
    });
    // Once per extension (Tracker remembers whom it told): otherwise its lane stays empty unexplained.
    connect(&m_tracker, &Tracker::extensionRefused, this, [this](const QString &origin) {
        m_tray->showNotice(tr("Browser extension refused"),
                           tr("A browser extension tried to send activity to Stint and was refused — review in "
                              "Settings → Data → Browser extensions.\n%1")
                               .arg(origin));
    });
    connect(m_quit.get(), &QuitController::readyToQuit, this, [this] {
        m_window->setClosingAllowed(true);
        m_window->close();
        Q_EMIT readyToQuit();
    });
}

// The window goes first: its pages post their last reads to the reading thread.
Desktop::~Desktop()
{
    m_goals.reset();
    m_quit.reset();
    m_tray.reset();
    m_window.reset();
    m_reports.reset();
}

void Desktop::addPages()
{
    const UiContext shared = context();
    auto *activity = new ActivityPage(shared);
    auto *settings = new SettingsPage(shared);
    auto *trends = new TrendsPage(shared);
    m_window->addPage(activity);
    m_window->addPage(trends);
    auto *timeline = new TimelinePage(shared);
    m_window->addPage(timeline);
    m_window->addPage(new RawDataPage(shared));
    m_window->addPage(settings);
    // A week or month of the trends opens on the Activity page.
    connect(trends, &TrendsPage::periodActivated, this, [this, activity](PeriodNavigator::Span span, QDate date) {
        activity->navigator()->setSpan(span);
        activity->navigator()->setDate(date);
        m_window->showPage(m_window->indexOf(activity));
    });
    // "Uncategorized is large" leads to the category rules.
    connect(activity, &ActivityPage::showCategoryRulesRequested, this, [this, settings] {
        m_window->showPage(m_window->pageCount() - 1);
        settings->showCategoryRules();
    });
    // Ctrl+F on any page searches the whole history; a result opens the Timeline at its moment.
    auto *search = new SearchDialog(shared, m_window.get());
    auto *searchAction = new QAction(tr("Search…"), m_window.get());
    searchAction->setObjectName(QStringLiteral("windowSearchAction"));
    searchAction->setShortcut(QKeySequence::Find);
    m_window->addAction(searchAction);
    connect(searchAction, &QAction::triggered, search, &SearchDialog::showSearch);
    connect(search, &SearchDialog::timelineRequested, this, [this, timeline](qint64 moment) {
        m_window->showPage(m_window->indexOf(timeline));
        timeline->showPeriod({moment - kSearchMargin, moment + kSearchMargin});
    });
    // From Activity to Timeline: the Timeline opens on the period Activity was showing.
    connect(m_window.get(), &MainWindow::pageChanged, this, [activity, timeline](Page *previous, Page *current) {
        if (previous == activity && current == timeline)
            timeline->showPeriod(activity->navigator()->period());
    });
}

UiContext Desktop::context() const
{
    return UiContext{m_tracker, *m_reports, m_tracker.clock()};
}

void Desktop::start(bool minimized)
{
    const bool inTray = m_tray->show();
    if (!minimized)
        showWindow();
    if (inTray)
        return;
    // At login the panel may come up after Stint: look for a tray a little longer before the
    // window stands in for the icon.
    auto *poll = new QTimer(this);
    poll->setInterval(250);
    const QDeadlineTimer deadline(m_trayWait);
    connect(poll, &QTimer::timeout, this, [this, poll, deadline, minimized] {
        const bool found = m_tray->show();
        if (!found && !deadline.hasExpired())
            return;
        poll->stop();
        poll->deleteLater();
        if (!found && minimized)
            showWindow();
    });
    poll->start();
}

void Desktop::requestQuit()
{
    m_quit->requestQuit();
}

void Desktop::windowCloseRequested()
{
    if (m_tray->isShown()) {
        m_window->hide();
        QSettings settings;
        if (!settings.value(kTrayNoticeKey, false).toBool()) {
            m_tray->showNotice(tr("Stint keeps tracking"),
                               tr("Stint is still running in the tray. Choose Quit in its menu to stop tracking."));
            settings.setValue(kTrayNoticeKey, true);
        }
        return;
    }
    if (m_confirmQuit) {
        if (m_confirmQuit())
            requestQuit();
        return;
    }
    // open(), not exec(): the tray, the watchers and SIGTERM keep working behind the question.
    auto *box = new QMessageBox(QMessageBox::Question, tr("Quit Stint?"),
                                tr("There is no system tray to keep Stint in. Quit Stint and stop tracking?"),
                                QMessageBox::Yes | QMessageBox::No, m_window.get());
    box->setObjectName(QStringLiteral("confirmQuitBox"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::finished, this, [this](int answer) {
        if (answer == QMessageBox::Yes)
            requestQuit();
    });
    box->open();
}

void Desktop::toggleWindow()
{
    // A window behind others is brought forward: only the one in front hides.
    if (m_window->isVisible() && !m_window->isMinimized() && m_window->isActiveWindow())
        m_window->hide();
    else
        showWindow();
}

void Desktop::showWindow()
{
    m_window->showNormal();
    m_window->raise();
    m_window->activateWindow();
}

} // namespace stint
