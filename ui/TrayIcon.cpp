#include "TrayIcon.h"

#include "DurationText.h"
#include "TimerMenu.h"
#include "app/Tracker.h"
#include "integration/Autostart.h"
#include "reports/ReportThread.h"
#include "util/Clock.h"
#include "watchers/PauseController.h"
#include "watchers/WindowWatcher.h"

#include <QDir>
#include <QMenu>
#include <QMessageBox>
#include <QSystemTrayIcon>

namespace stint {

namespace {
constexpr qint64 kMinuteMs = 60'000;

QString iconFor(TrayIcon::State state)
{
    switch (state) {
    case TrayIcon::State::Tracking:
        return QStringLiteral(":/icons/tray-tracking.svg");
    case TrayIcon::State::Away:
        return QStringLiteral(":/icons/tray-away.svg");
    case TrayIcon::State::Paused:
        return QStringLiteral(":/icons/tray-paused.svg");
    case TrayIcon::State::CannotSave:
        return QStringLiteral(":/icons/tray-unsaved.svg");
    case TrayIcon::State::NotRecording:
        break;
    }
    return QStringLiteral(":/icons/tray-off.svg");
}
} // namespace

TrayIcon::TrayIcon(UiContext context, QObject *parent)
    : QObject(parent)
    , m_context(std::move(context))
    , m_menu(std::make_unique<QMenu>())
    , m_autostart(Autostart::create())
    , m_todayGate([this] { readToday(); })
{
    m_menu->setObjectName(QStringLiteral("trayMenu"));
    QAction *open = addAction(tr("Open Stint"), QStringLiteral("openAction"));
    m_menu->setDefaultAction(open);
    connect(open, &QAction::triggered, this, &TrayIcon::openWindowRequested);
    m_menu->addSeparator();

    Tracker &tracker = m_context.tracker;
    PauseController *pause = tracker.pauseController();
    QAction *pause15 = addAction(tr("Pause for 15 minutes"), QStringLiteral("pause15Action"));
    QAction *pause60 = addAction(tr("Pause for 1 hour"), QStringLiteral("pause60Action"));
    QAction *pauseTomorrow = addAction(tr("Pause until tomorrow"), QStringLiteral("pauseTomorrowAction"));
    m_resume = addAction(tr("Resume"), QStringLiteral("resumeAction"));
    m_pauseActions = {pause15, pause60, pauseTomorrow};
    if (pause) {
        connect(pause15, &QAction::triggered, pause, [pause] { pause->pauseFor(15 * kMinuteMs); });
        connect(pause60, &QAction::triggered, pause, [pause] { pause->pauseFor(60 * kMinuteMs); });
        connect(pauseTomorrow, &QAction::triggered, this, &TrayIcon::pauseUntilTomorrow);
        connect(m_resume, &QAction::triggered, pause, &PauseController::resume);
    }
    m_menu->addSeparator();
    m_timers = new TimerMenu(m_context, m_menu.get());
    m_menu->addMenu(m_timers);
    connect(m_timers, &TimerMenu::manualTimeRequested, this, &TrayIcon::manualTimeRequested);
    m_menu->addSeparator();
    m_startAtLogin = addAction(tr("Start at login"), QStringLiteral("startAtLoginAction"));
    m_startAtLogin->setCheckable(true);
    connect(m_startAtLogin, &QAction::triggered, this, &TrayIcon::setStartAtLogin);
    // The entry may change behind Stint's back (the CLI, Settings, the user): read it each time.
    connect(m_menu.get(), &QMenu::aboutToShow, this, [this] { m_startAtLogin->setChecked(m_autostart->isEnabled()); });
    m_startAtLogin->setChecked(m_autostart->isEnabled());
    m_menu->addSeparator();
    QAction *quit = addAction(tr("Quit"), QStringLiteral("quitAction"));
    connect(quit, &QAction::triggered, this, &TrayIcon::quitRequested);

    // Everything the icon shows comes from the status, read after each change has happened.
    connect(&tracker.status(), &RecordingStatus::changed, this, &TrayIcon::updateState);
    if (WindowWatcher *windows = tracker.windowWatcher()) {
        connect(windows, &WindowWatcher::recorded, this, [this](const WindowInfo &window) {
            m_currentApp = window.app;
            updateToolTip();
        });
    }
    connect(&tracker.datastore(), &Datastore::committed, this, [this] { m_todayGate.request(); });

    updateState();
    if (isTrayAvailable())
        createIcon();
    m_todayGate.request();
}

TrayIcon::~TrayIcon() = default;

bool TrayIcon::isTrayAvailable()
{
    return QSystemTrayIcon::isSystemTrayAvailable();
}

void TrayIcon::createIcon()
{
    m_icon = new QSystemTrayIcon(this);
    m_icon->setObjectName(QStringLiteral("trayIcon"));
    m_icon->setContextMenu(m_menu.get());
    m_icon->setIcon(QIcon(m_iconName));
    m_icon->setToolTip(m_toolTip);
    connect(m_icon, &QSystemTrayIcon::activated, this, [this](QSystemTrayIcon::ActivationReason reason) {
        if (reason == QSystemTrayIcon::Trigger)
            Q_EMIT toggleWindowRequested();
    });
}

bool TrayIcon::show()
{
    // A tray that appeared after Stint started (a panel that comes up later at login) is used too.
    if (!m_icon && isTrayAvailable())
        createIcon();
    if (!m_icon)
        return false;
    m_icon->show();
    return true;
}

bool TrayIcon::isShown() const
{
    return m_icon && m_icon->isVisible();
}

void TrayIcon::showNotice(const QString &title, const QString &message)
{
    if (isShown())
        m_icon->showMessage(title, message, QIcon(QStringLiteral(":/icons/stint.svg")));
}

QAction *TrayIcon::addAction(const QString &text, const QString &objectName)
{
    QAction *action = m_menu->addAction(text);
    action->setObjectName(objectName);
    return action;
}

void TrayIcon::pauseUntilTomorrow()
{
    // The next day starts at the user's start-of-day time, which the reports know.
    const qint64 now = m_context.clock->nowNanos();
    m_context.reports.run(
        this,
        [now](ReportEngine &engine) {
            const ReportCalendar &calendar = engine.calendar();
            return calendar.dayStart(calendar.dateOf(now).addDays(1));
        },
        [this](qint64 tomorrow) {
            if (PauseController *pause = m_context.tracker.pauseController())
                pause->pauseUntil(tomorrow);
        });
}

void TrayIcon::setStartAtLogin(bool enabled)
{
    // The Flatpak portal may wait for the user's answer; no second request meanwhile.
    m_startAtLogin->setEnabled(false);
    const QString problem = m_autostart->change(enabled);
    m_startAtLogin->setEnabled(true);
    m_startAtLogin->setChecked(m_autostart->isEnabled());
    if (problem.isEmpty())
        return;
    // Not modal: the tray menu has no window to block, and the tracker keeps running meanwhile.
    auto *box = new QMessageBox(QMessageBox::Warning, tr("Stint"), problem);
    box->setObjectName(QStringLiteral("startAtLoginError"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->show();
}

void TrayIcon::refreshToday()
{
    m_todayGate.request();
}

void TrayIcon::readToday()
{
    const qint64 now = m_context.clock->nowNanos();
    m_context.reports.run(
        this,
        [now](ReportEngine &engine) -> qint64 {
            const auto summary = engine.summary(engine.calendar().day(engine.calendar().dateOf(now)));
            return summary ? summary->activeTime : -1;
        },
        [this](qint64 active) {
            m_todayActive = active;
            updateToolTip();
            m_todayGate.finished();
        });
}

void TrayIcon::updateState()
{
    // The state first: the icon, the tooltip and the menu are all made from it. (Setting the
    // icon before the state once made the icon show the state before each change.)
    const RecordingStatus &status = m_context.tracker.status();
    m_state = status.state();
    m_iconName = iconFor(m_state);
    const bool watching = m_context.tracker.isWatching();
    for (QAction *action : std::as_const(m_pauseActions))
        action->setEnabled(watching);
    m_resume->setEnabled(status.isPaused());
    if (m_icon)
        m_icon->setIcon(QIcon(m_iconName));
    updateToolTip();
}

void TrayIcon::updateToolTip()
{
    const RecordingStatus &status = m_context.tracker.status();
    QStringList lines;
    switch (m_state) {
    case State::Tracking:
        lines << tr("Stint is tracking");
        break;
    case State::Away:
        lines << tr("Stint: you are away");
        break;
    case State::Paused:
        if (const auto until = status.pausedUntil())
            lines << tr("Stint is paused until %1").arg(DurationText::moment(*until, m_context.clock->nowNanos()));
        else
            lines << tr("Stint is paused");
        break;
    case State::NotRecording:
        lines << tr("Stint is not recording");
        break;
    case State::CannotSave:
        lines << tr("Stint cannot save: %1").arg(status.saveError())
              << tr("It keeps what it records in memory and tries again.");
        break;
    }
    const DataLocation &location = m_context.tracker.location();
    if (!location.isDefault()) {
        const QString path = QDir::toNativeSeparators(location.databasePath());
        lines << (location.testing() ? tr("Testing database: %1").arg(path) : tr("Database: %1").arg(path));
    }
    if (m_todayActive >= 0)
        lines << tr("Today: %1 active").arg(DurationText::format(m_todayActive));
    if (m_state == State::Tracking && !m_currentApp.isEmpty())
        lines << tr("Now: %1").arg(m_currentApp);
    m_toolTip = lines.join(QLatin1Char('\n'));
    if (m_icon)
        m_icon->setToolTip(m_toolTip);
}

} // namespace stint
