#include "Desktop.h"

#include "MainWindow.h"
#include "RawDataPage.h"
#include "SettingsPage.h"
#include "app/Tracker.h"
#include "reports/ReportThread.h"

namespace stint {

Desktop::Desktop(Tracker &tracker, QObject *parent)
    : QObject(parent)
    , m_tracker(tracker)
    , m_reports(std::make_unique<ReportThread>(tracker.location().databasePath()))
    , m_window(std::make_unique<MainWindow>(UiContext{tracker, *m_reports, tracker.clock()}))
{
    addPages();
    m_window->restoreLastPage();
}

// The window goes first: its pages post their last reads to the reading thread.
Desktop::~Desktop()
{
    m_window.reset();
    m_reports.reset();
}

void Desktop::addPages()
{
    const UiContext context{m_tracker, *m_reports, m_tracker.clock()};
    m_window->addPage(new RawDataPage(context));
    m_window->addPage(new SettingsPage(context));
}

void Desktop::start(bool minimized)
{
    if (!minimized)
        m_window->show();
}

} // namespace stint
