#pragma once

#include "UiContext.h"

#include <QMenu>

namespace stint {

class ManualTimeClient;

// The tray's "Timer" menu: stop what runs, start a recent label again, start a new timer, open
// the manual time list. Starting from here stops the running timer (one at a time).
class TimerMenu final : public QMenu
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TimerMenu)

public:
    explicit TimerMenu(UiContext context, QWidget *parent = nullptr);

    ManualTimeClient *client() const { return m_client; }

Q_SIGNALS:
    // "Manual time…": the list of timers and entries.
    void manualTimeRequested();

private:
    void rebuild();
    void askLabel();

    UiContext m_context;
    ManualTimeClient *m_client = nullptr;
};

} // namespace stint
