#include "GoalsCard.h"

#include "PageSection.h"
#include "PeriodNavigator.h"
#include "ProblemStyle.h"
#include "app/GoalMonitor.h"
#include "reports/ReportThread.h"
#include "util/DurationText.h"

#include <QGridLayout>
#include <QLabel>
#include <QProgressBar>
#include <QVBoxLayout>

namespace stint {

namespace {

// The bar's scale: a thousandth of the limit.
constexpr int kBarSteps = 1000;

QString targetText(const Goal &goal)
{
    const QString limit = DurationText::format(goal.limit());
    if (goal.type == Goal::Type::AtMost)
        return goal.per == Goal::Per::Day ? GoalsCard::tr("at most %1 a day").arg(limit)
                                          : GoalsCard::tr("at most %1 a week").arg(limit);
    return goal.per == Goal::Per::Day ? GoalsCard::tr("at least %1 a day").arg(limit)
                                      : GoalsCard::tr("at least %1 a week").arg(limit);
}

} // namespace

struct GoalsCard::Result
{
    PeriodNavigator::Span span = PeriodNavigator::Span::Day;
    QDate date;
    QString error;
    QList<GoalProgress> progress;
};

GoalsCard::GoalsCard(UiContext context, PeriodNavigator *navigator, QWidget *parent)
    : QWidget(parent)
    , m_context(std::move(context))
    , m_navigator(navigator)
    , m_gate([this] { read(); })
{
    setObjectName(QStringLiteral("goalsCard"));
    auto *content = new QWidget(this);
    auto *contentLayout = new QVBoxLayout(content);
    contentLayout->setContentsMargins(0, 0, 0, 0);
    m_problem = new QLabel(content);
    m_problem->setObjectName(QStringLiteral("goalsProblemLabel"));
    m_problem->setWordWrap(true);
    m_problem->setTextFormat(Qt::PlainText);
    setProblemStyle(*m_problem, true);
    m_problem->hide();
    m_rows = new QWidget(content);
    m_rowsLayout = new QVBoxLayout(m_rows);
    m_rowsLayout->setContentsMargins(0, 0, 0, 0);
    contentLayout->addWidget(m_problem);
    contentLayout->addWidget(m_rows);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(pageSection(tr("Goals"), content, this));
    hide(); // until a read finds goals for the period
    connect(m_navigator, &PeriodNavigator::periodChanged, this, &GoalsCard::refresh);
}

GoalsCard::~GoalsCard() = default;

void GoalsCard::refresh()
{
    m_gate.request();
}

void GoalsCard::read()
{
    Result request;
    request.span = m_navigator->span();
    request.date = m_navigator->date();
    m_context.reports.run(
        this,
        [request](ReportEngine &engine) mutable {
            const bool day = request.span == PeriodNavigator::Span::Day;
            const bool week = request.span == PeriodNavigator::Span::Week;
            QList<Goal> goals;
            std::optional<QTime> daySummary;
            if (!day && !week)
                return request;
            if (!Goals::load(engine.reader(), &goals, &daySummary, &request.error))
                return request;
            const auto progress = Goals::progress(engine, goals, request.date, day, week);
            if (progress)
                request.progress = *progress;
            else
                request.error = engine.error();
            return request;
        },
        [this](const Result &result) {
            m_gate.finished();
            // A newer request is already queued when the user moved on.
            if (result.span == m_navigator->span() && result.date == m_navigator->date())
                show(result);
        });
}

void GoalsCard::show(const Result &result)
{
    m_progress = result.progress;
    m_problem->setText(result.error);
    m_problem->setVisible(!result.error.isEmpty());
    // Rebuilt each time: a handful of rows, and the goals may have changed in Settings.
    while (QLayoutItem *item = m_rowsLayout->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    for (const GoalProgress &progress : m_progress) {
        auto *row = new QWidget(m_rows);
        auto *rowLayout = new QGridLayout(row);
        rowLayout->setContentsMargins(0, 0, 0, 0);
        auto *name = new QLabel(GoalMonitor::goalName(progress.goal), row);
        name->setObjectName(QStringLiteral("goalName"));
        name->setTextFormat(Qt::PlainText);
        auto *figures =
            new QLabel(tr("%1 of %2").arg(DurationText::format(progress.spent), targetText(progress.goal)), row);
        figures->setObjectName(QStringLiteral("goalFigures"));
        auto *bar = new QProgressBar(row);
        bar->setObjectName(QStringLiteral("goalBar"));
        bar->setRange(0, kBarSteps);
        bar->setValue(int(std::min(1.0, progress.fraction()) * kBarSteps));
        bar->setTextVisible(false);
        bar->setProperty("met", progress.met());
        bar->setProperty("crossed", progress.crossed());
        // Reached is good news, exceeded is not; on the way, the usual colour.
        if (progress.crossed()) {
            QPalette palette = bar->palette();
            palette.setColor(QPalette::Highlight,
                             progress.met() ? QColor(QStringLiteral("#2e9d4f")) : QColor(QStringLiteral("#d0453a")));
            bar->setPalette(palette);
        }
        const QString state = progress.goal.type == Goal::Type::AtMost
            ? (progress.crossed() ? tr("over the limit") : tr("within the limit"))
            : (progress.crossed() ? tr("reached") : tr("not reached yet"));
        bar->setAccessibleName(tr("%1: %2, %3").arg(name->text(), figures->text(), state));
        bar->setToolTip(state);
        rowLayout->addWidget(name, 0, 0);
        rowLayout->addWidget(figures, 0, 1, Qt::AlignRight);
        rowLayout->addWidget(bar, 1, 0, 1, 2);
        m_rowsLayout->addWidget(row);
    }
    setVisible(!m_progress.isEmpty() || !result.error.isEmpty());
}

} // namespace stint
