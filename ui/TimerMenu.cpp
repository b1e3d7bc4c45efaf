#include "TimerMenu.h"

#include "DurationText.h"
#include "ManualTimeClient.h"
#include "util/Clock.h"

#include <QInputDialog>

namespace stint {

TimerMenu::TimerMenu(UiContext context, QWidget *parent)
    : QMenu(parent)
    , m_context(std::move(context))
    , m_client(new ManualTimeClient(m_context, this))
{
    setObjectName(QStringLiteral("timerMenu"));
    setTitle(tr("Timer"));
    connect(m_client, &ManualTimeClient::stateChanged, this, &TimerMenu::rebuild);
    // Running times move on: the labels are made again each time the menu opens.
    connect(this, &QMenu::aboutToShow, this, &TimerMenu::rebuild);
    rebuild();
    m_client->refresh();
}

void TimerMenu::rebuild()
{
    clear();
    const ManualTimeClient::State &state = m_client->state();
    const qint64 now = m_context.clock->nowNanos();
    for (const ManualEntry &timer : state.running) {
        QAction *stop =
            addAction(tr("Stop “%1” (%2)").arg(timer.label, DurationText::format(timer.endAt(now) - timer.start)));
        stop->setObjectName(QStringLiteral("stopTimerAction"));
        connect(stop, &QAction::triggered, m_client, [this, timer] { m_client->stop(timer); });
    }
    if (!state.running.isEmpty())
        addSeparator();
    for (const QString &label : state.recentLabels) {
        //: tray menu: start a timer with a label used before
        QAction *start = addAction(tr("Start “%1”").arg(label));
        start->setObjectName(QStringLiteral("startRecentAction"));
        connect(start, &QAction::triggered, m_client, [this, label] { m_client->start(label, {}, false); });
    }
    QAction *fresh = addAction(tr("Start timer…"));
    fresh->setObjectName(QStringLiteral("startTimerAction"));
    connect(fresh, &QAction::triggered, this, &TimerMenu::askLabel);
    addSeparator();
    QAction *list = addAction(tr("Manual time…"));
    list->setObjectName(QStringLiteral("manualTimeAction"));
    connect(list, &QAction::triggered, this, &TimerMenu::manualTimeRequested);
}

void TimerMenu::askLabel()
{
    // Not modal: the tray has no window to block, and tracking goes on meanwhile.
    auto *ask = new QInputDialog;
    ask->setObjectName(QStringLiteral("timerLabelDialog"));
    ask->setAttribute(Qt::WA_DeleteOnClose);
    ask->setWindowTitle(tr("Start timer"));
    ask->setLabelText(tr("What are you doing?"));
    ask->setComboBoxEditable(true);
    ask->setComboBoxItems(m_client->state().recentLabels);
    ask->setTextValue(QString());
    connect(ask, &QInputDialog::textValueSelected, m_client, [this](const QString &text) {
        if (!text.trimmed().isEmpty())
            m_client->start(text.trimmed(), {}, false);
    });
    ask->show();
}

} // namespace stint
