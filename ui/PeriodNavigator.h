#pragma once

#include "reports/ReportCalendar.h"

#include <QDate>
#include <QWidget>

class QLabel;
class QToolButton;

namespace stint {

class DatePicker;
class ReportThread;

// Picks the period a page shows: a day, week, month or year (as the report calendar cuts them,
// with the user's start of day and week), stepped with previous/next, back to today, or chosen
// with a date picker (a typed date applies on Enter or leaving the box).
class PeriodNavigator final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PeriodNavigator)

public:
    enum class Span { Day, Week, Month, Year };

    explicit PeriodNavigator(QWidget *parent = nullptr);

    Span span() const { return m_span; }
    QDate date() const { return m_date; }
    QDate today() const { return m_today; }
    const ReportCalendar &calendar() const { return m_calendar; }

    // The UTC range of a span around `date` by `calendar`.
    static spans::Period periodOf(const ReportCalendar &calendar, Span span, QDate date);
    spans::Period period() const { return periodOf(m_calendar, m_span, m_date); }
    QString periodText() const;

    // The calendar with the stored start of day and week (it comes from the reading thread).
    void setCalendar(const ReportCalendar &calendar);
    // Bold days in the date picker's calendar where there is data, read through `reports`.
    void markDaysWithData(ReportThread &reports);
    // The day "today" is; later days cannot be chosen.
    void setToday(QDate today);

    void setSpan(Span span);
    void setDate(QDate date);
    void previous();
    void next();
    void goToday();

Q_SIGNALS:
    void periodChanged();

private:
    QDate stepped(int direction) const;
    // Whether the next period starts no later than today (so "next" may go there).
    bool nextStartsByToday() const;
    void updateControls();

    ReportCalendar m_calendar;
    Span m_span = Span::Day;
    QDate m_date;
    QDate m_today;
    QToolButton *m_spanButtons[4] = {};
    QToolButton *m_previous = nullptr;
    QToolButton *m_next = nullptr;
    QToolButton *m_todayButton = nullptr;
    QLabel *m_label = nullptr;
    DatePicker *m_picker = nullptr;
};

} // namespace stint
