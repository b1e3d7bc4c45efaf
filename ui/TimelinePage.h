#pragma once

#include "Page.h"
#include "RefreshGate.h"
#include "TimelineView.h"
#include "UiContext.h"
#include "reports/ReportCalendar.h"

class QLabel;

namespace stint {

class DatePicker;
class HostSelector;
class ManualTimeClient;
class ReportEngine;

// Every bucket's events on one zoomable time axis. Only the visible range and a margin around it
// are read, on the reading thread; moving past what was read reads again.
class TimelinePage final : public Page
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TimelinePage)

public:
    explicit TimelinePage(UiContext context, QWidget *parent = nullptr);

    QString title() const override;
    QIcon icon() const override;
    void refresh() override;

    TimelineView *view() const { return m_view; }

    // Shows `period` (a day, week, ... of the Activity page), up to its end or now, whichever comes
    // first; of a period longer than the view can hold, its latest part.
    void showPeriod(spans::Period period);
    // Shows the whole day `date` (by the user's start of day).
    void showDate(QDate date);
    // Moves by the visible span: -1 earlier, +1 later.
    void page(int direction);
    // Puts now near the right edge, keeping the span.
    void goToNow();

    // The lanes of every bucket of `host` (of all hosts when empty; entries by hand always) over
    // `range`, with categories from the engine's rules; a running timer reaches to `now`. Runs on
    // the reading thread.
    static std::optional<TimelineView::Data> read(ReportEngine &engine, spans::Period range, const QString &host,
                                                  QString *error, qint64 now = 0);

    // Right-click menus of the view: "Add entry…" over a stretch, "Edit entry…" on an entry.
    ManualTimeClient *manualTime() const { return m_manual; }
    void addEntry(spans::Period stretch);
    void editEntry(qint64 id);

Q_SIGNALS:
    // A read finished and its result is on screen.
    void shown();

private:
    void startRead();
    void ensureLoaded();
    void updateRangeLabel();
    void updatePicker();
    void showStretchMenu(spans::Period stretch, TimelineView::Hit hit, QPoint globalPos);

    UiContext m_context;
    RefreshGate m_gate;
    TimelineView *m_view = nullptr;
    QLabel *m_rangeLabel = nullptr;
    QLabel *m_errorLabel = nullptr;
    DatePicker *m_picker = nullptr;
    HostSelector *m_hostSelector = nullptr;
    ManualTimeClient *m_manual = nullptr;
    // With the stored start of day; it comes with each read from the reading thread.
    ReportCalendar m_calendar;
};

} // namespace stint
