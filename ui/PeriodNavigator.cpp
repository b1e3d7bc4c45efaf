#include "PeriodNavigator.h"

#include "DatePicker.h"

#include <QButtonGroup>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QSignalBlocker>
#include <QToolButton>

namespace stint {

PeriodNavigator::PeriodNavigator(QWidget *parent)
    : QWidget(parent)
    , m_date(m_calendar.today())
    , m_today(m_date)
{
    setObjectName(QStringLiteral("periodNavigator"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(6);

    // Day / Week / Month / Year as one segmented choice.
    auto *group = new QButtonGroup(this);
    const struct
    {
        Span span;
        const char *name;
        QString text;
        QString tip;
    } spansInfo[] = {
        {Span::Day, "dayButton", tr("&Day"), tr("Show one day")},
        {Span::Week, "weekButton", tr("&Week"), tr("Show one week")},
        {Span::Month, "monthButton", tr("&Month"), tr("Show one month")},
        {Span::Year, "yearButton", tr("&Year"), tr("Show one year")},
    };
    for (const auto &info : spansInfo) {
        auto *button = new QToolButton(this);
        button->setObjectName(QString::fromLatin1(info.name));
        button->setText(info.text);
        button->setToolTip(info.tip);
        button->setCheckable(true);
        button->setAutoRaise(true);
        button->setToolButtonStyle(Qt::ToolButtonTextOnly);
        group->addButton(button, int(info.span));
        layout->addWidget(button);
        m_spanButtons[int(info.span)] = button;
    }
    m_spanButtons[0]->setChecked(true);
    connect(group, &QButtonGroup::idClicked, this, [this](int id) { setSpan(Span(id)); });

    m_previous = new QToolButton(this);
    m_previous->setObjectName(QStringLiteral("previousPeriodButton"));
    m_previous->setArrowType(Qt::LeftArrow);
    m_previous->setAutoRaise(true);
    m_previous->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Left));
    m_previous->setToolTip(tr("Previous period (%1)").arg(m_previous->shortcut().toString(QKeySequence::NativeText)));
    connect(m_previous, &QToolButton::clicked, this, &PeriodNavigator::previous);
    m_next = new QToolButton(this);
    m_next->setObjectName(QStringLiteral("nextPeriodButton"));
    m_next->setArrowType(Qt::RightArrow);
    m_next->setAutoRaise(true);
    m_next->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Right));
    m_next->setToolTip(tr("Next period (%1)").arg(m_next->shortcut().toString(QKeySequence::NativeText)));
    connect(m_next, &QToolButton::clicked, this, &PeriodNavigator::next);

    m_label = new QLabel(this);
    m_label->setObjectName(QStringLiteral("periodLabel"));
    QFont bold = m_label->font();
    bold.setBold(true);
    bold.setPointSizeF(bold.pointSizeF() * 1.15);
    m_label->setFont(bold);
    m_label->setAlignment(Qt::AlignCenter);

    m_todayButton = new QToolButton(this);
    m_todayButton->setObjectName(QStringLiteral("todayButton"));
    m_todayButton->setText(tr("&Today"));
    m_todayButton->setAutoRaise(true);
    m_todayButton->setToolTip(tr("Go to the period that contains today"));
    connect(m_todayButton, &QToolButton::clicked, this, &PeriodNavigator::goToday);

    m_picker = new DatePicker(this);
    connect(m_picker, &QDateEdit::dateChanged, this, &PeriodNavigator::setDate);

    // The period in the middle, between its arrows.
    layout->addStretch(1);
    layout->addWidget(m_previous);
    layout->addWidget(m_label);
    layout->addWidget(m_next);
    layout->addStretch(1);
    layout->addWidget(m_todayButton);
    layout->addWidget(m_picker);
    updateControls();
}

spans::Period PeriodNavigator::periodOf(const ReportCalendar &calendar, Span span, QDate date)
{
    switch (span) {
    case Span::Day:
        return calendar.day(date);
    case Span::Week:
        return calendar.week(date);
    case Span::Month:
        return calendar.month(date);
    case Span::Year:
        return calendar.year(date);
    }
    return calendar.day(date);
}

QString PeriodNavigator::periodText() const
{
    const QLocale locale;
    switch (m_span) {
    case Span::Day: {
        const QString day = locale.toString(m_date, tr("dddd, d MMMM yyyy"));
        if (m_date == m_today)
            return tr("Today, %1").arg(locale.toString(m_date, tr("d MMMM yyyy", "date format (QLocale::toString)")));
        if (m_date == m_today.addDays(-1))
            return tr("Yesterday, %1")
                .arg(locale.toString(m_date, tr("d MMMM yyyy", "date format (QLocale::toString)")));
        return day;
    }
    case Span::Week: {
        const QDate first = m_calendar.firstDayOfWeek(m_date);
        const QDate last = first.addDays(6);
        return tr("%1 – %2").arg(locale.toString(first, tr("d MMM", "date format (QLocale::toString)")),
                                 locale.toString(last, tr("d MMM yyyy", "date format (QLocale::toString)")));
    }
    case Span::Month:
        return locale.toString(m_date, tr("MMMM yyyy", "date format (QLocale::toString)"));
    case Span::Year:
        return locale.toString(m_date, tr("yyyy", "date format (QLocale::toString)"));
    }
    return {};
}

void PeriodNavigator::setCalendar(const ReportCalendar &calendar)
{
    if (calendar.startOfDay() == m_calendar.startOfDay() && calendar.startOfWeek() == m_calendar.startOfWeek()
        && calendar.zone() == m_calendar.zone())
        return;
    m_calendar = calendar;
    updateControls();
}

void PeriodNavigator::markDaysWithData(ReportThread &reports)
{
    m_picker->markDaysWithData(reports);
}

void PeriodNavigator::setToday(QDate today)
{
    if (today == m_today || !today.isValid())
        return;
    // Following today along while the user looks at it (the page stays open overnight).
    const bool wasOnToday = m_date == m_today;
    m_today = today;
    if (wasOnToday && m_span == Span::Day)
        setDate(today);
    updateControls();
}

void PeriodNavigator::setSpan(Span span)
{
    if (span == m_span)
        return;
    m_span = span;
    updateControls();
    Q_EMIT periodChanged();
}

void PeriodNavigator::setDate(QDate date)
{
    if (!date.isValid())
        return;
    date = std::min(date, m_today);
    if (date == m_date) {
        updateControls();
        return;
    }
    m_date = date;
    updateControls();
    Q_EMIT periodChanged();
}

QDate PeriodNavigator::stepped(int direction) const
{
    switch (m_span) {
    case Span::Day:
        return m_date.addDays(direction);
    case Span::Week:
        return m_date.addDays(7 * direction);
    case Span::Month:
        return m_date.addMonths(direction);
    case Span::Year:
        return m_date.addYears(direction);
    }
    return m_date;
}

void PeriodNavigator::previous()
{
    setDate(stepped(-1));
}

void PeriodNavigator::next()
{
    // The next period starts after today's date is shown only when it contains today.
    if (!nextStartsByToday())
        return;
    setDate(std::min(stepped(1), m_today));
}

bool PeriodNavigator::nextStartsByToday() const
{
    return periodOf(m_calendar, m_span, stepped(1)).start <= periodOf(m_calendar, Span::Day, m_today).start;
}

void PeriodNavigator::goToday()
{
    setDate(m_today);
}

void PeriodNavigator::updateControls()
{
    m_spanButtons[int(m_span)]->setChecked(true);
    m_label->setText(periodText());
    const bool containsToday = periodOf(m_calendar, m_span, m_date) == periodOf(m_calendar, m_span, m_today);
    m_next->setEnabled(!containsToday && nextStartsByToday());
    m_todayButton->setEnabled(!containsToday);
    const QSignalBlocker blocker(m_picker);
    m_picker->setMaximumDate(m_today);
    m_picker->setDate(m_date);
}

} // namespace stint
