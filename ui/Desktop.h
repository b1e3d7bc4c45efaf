#pragma once

#include <QObject>

#include <memory>

namespace stint {

class MainWindow;
class ReportThread;
class Tracker;

// The desktop side of Stint around a running Tracker: the reading thread, the main window with its
// pages, the tray icon and the quit path.
class Desktop final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Desktop)

public:
    explicit Desktop(Tracker &tracker, QObject *parent = nullptr);
    ~Desktop() override;

    // Shows the window, unless `minimized` and a tray icon can stand in for it.
    void start(bool minimized);

    MainWindow &mainWindow() const { return *m_window; }
    ReportThread &reports() const { return *m_reports; }

private:
    void addPages();

    Tracker &m_tracker;
    std::unique_ptr<ReportThread> m_reports;
    std::unique_ptr<MainWindow> m_window;
};

} // namespace stint
