#pragma once

#include "Page.h"
#include "RefreshGate.h"
#include "TimelineView.h"
#include "UiContext.h"

class QLabel;

namespace stint {

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

    // The lanes of every bucket over `range`, with categories from the engine's rules. Runs on the
    // reading thread.
    static std::optional<TimelineView::Data> read(ReportEngine &engine, spans::Period range, QString *error);

Q_SIGNALS:
    // A read finished and its result is on screen.
    void shown();

private:
    void startRead();
    void ensureLoaded();
    void updateRangeLabel();

    UiContext m_context;
    RefreshGate m_gate;
    TimelineView *m_view = nullptr;
    QLabel *m_rangeLabel = nullptr;
    QLabel *m_errorLabel = nullptr;
};

} // namespace stint
