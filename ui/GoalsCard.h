#pragma once

#include "RefreshGate.h"
#include "UiContext.h"
#include "reports/Goals.h"

#include <QWidget>

class QLabel;
class QVBoxLayout;

namespace stint {

class PeriodNavigator;

// The goals of the day or week the navigator shows, each with a bar of the time counted against
// it, coloured when an "at least" goal is reached or an "at most" goal exceeded. Hidden when the
// period has no goals (a month or a year never has).
class GoalsCard final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(GoalsCard)

public:
    GoalsCard(UiContext context, PeriodNavigator *navigator, QWidget *parent = nullptr);
    ~GoalsCard() override;

    // Reads again (after commits; the navigator's changes are followed without it).
    void refresh();
    const QList<GoalProgress> &progress() const { return m_progress; }

private:
    struct Result;
    void read();
    void show(const Result &result);

    UiContext m_context;
    PeriodNavigator *m_navigator = nullptr;
    RefreshGate m_gate;
    QWidget *m_rows = nullptr;
    QVBoxLayout *m_rowsLayout = nullptr;
    QLabel *m_problem = nullptr;
    QList<GoalProgress> m_progress;
};

} // namespace stint
