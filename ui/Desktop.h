#pragma once

#include "UiContext.h"

#include <QObject>

#include <chrono>
#include <functional>
#include <memory>

namespace stint {

class GoalMonitor;
class MainWindow;
class Notifier;
class QuitController;
class ReportThread;
class Tracker;
class TrayIcon;

// The desktop side of Stint around a running Tracker: the reading thread, the main window with its
// pages, the tray icon and the quit path. With a tray, closing the window keeps Stint tracking in
// the tray; without one, Stint is a normal window and closing it asks whether to quit.
class Desktop final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Desktop)

public:
    explicit Desktop(Tracker &tracker, QObject *parent = nullptr);
    ~Desktop() override;

    // Shows the tray icon where there is a tray, and the window unless `minimized` (which only
    // applies when the tray icon can stand in for the window). Without a tray yet, it keeps
    // looking for one for trayWait(), then shows the window if the start was minimized.
    void start(bool minimized);
    // Every way to quit ends here: the menu, the tray, closing without a tray, SIGTERM, logout.
    void requestQuit();
    // Shows, raises and activates the main window (the tray's Open, a second start of Stint).
    void showWindow();

    MainWindow &mainWindow() const { return *m_window; }
    ReportThread &reports() const { return *m_reports; }
    TrayIcon &trayIcon() const { return *m_tray; }
    QuitController &quitController() const { return *m_quit; }
    GoalMonitor &goalMonitor() const { return *m_goals; }

    // Test seam: answers "quit Stint?" when the window is closed without a tray.
    void setQuitConfirmation(std::function<bool()> confirm) { m_confirmQuit = std::move(confirm); }
    // How long a start looks for a tray that is not there yet (a panel that starts after Stint at
    // login); a test seam.
    void setTrayWait(std::chrono::milliseconds wait) { m_trayWait = wait; }

Q_SIGNALS:
    // The final commit landed; the event loop may end.
    void readyToQuit();

private:
    // What every page and the tray read and write through.
    UiContext context() const;
    void addPages();
    void windowCloseRequested();
    void toggleWindow();

    Tracker &m_tracker;
    std::unique_ptr<ReportThread> m_reports;
    std::unique_ptr<MainWindow> m_window;
    std::unique_ptr<TrayIcon> m_tray;
    std::unique_ptr<QuitController> m_quit;
    std::unique_ptr<Notifier> m_notifier;
    std::unique_ptr<GoalMonitor> m_goals;
    std::function<bool()> m_confirmQuit;
    std::chrono::milliseconds m_trayWait{15'000};
};

} // namespace stint
