#pragma once

#include <QDate>
#include <QDateEdit>
#include <QList>

#include <optional>

namespace stint {

class ReportEngine;
class ReportThread;

// A date box with a calendar popup that takes a typed date only when it is finished (Enter or
// leaving the box), not at every key, and marks in bold the days that hold any event.
class DatePicker final : public QDateEdit
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DatePicker)

public:
    explicit DatePicker(QWidget *parent = nullptr);

    // Marks days with data whenever the calendar is shown or turns a page, read through `reports`.
    void markDaysWithData(ReportThread &reports);

    // The days from `first` to `last` on which some bucket has an event, cut by the engine's
    // calendar. Runs on the reading thread.
    static std::optional<QList<QDate>> daysWithData(ReportEngine &engine, QDate first, QDate last, QString *error);

Q_SIGNALS:
    // Days with data are marked on the page the calendar shows.
    void daysMarked();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    void readShownPage();

    ReportThread *m_reports = nullptr;
    QList<QDate> m_marked;
    quint64 m_generation = 0;
    // The last typed character filled a section and moved on to the next one.
    bool m_movedOn = false;
};

} // namespace stint
