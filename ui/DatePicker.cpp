#include "DatePicker.h"

#include "reports/ReportEngine.h"
#include "reports/ReportThread.h"

#include <QCalendarWidget>
#include <QEvent>
#include <QKeyEvent>
#include <QLineEdit>
#include <QLocale>
#include <QTextCharFormat>

namespace stint {

DatePicker::DatePicker(QWidget *parent)
    : QDateEdit(parent)
{
    setObjectName(QStringLiteral("datePicker"));
    setCalendarPopup(true);
    // The locale's short format, with the year in full so a typed year is never read in another century.
    QString format = QLocale().dateFormat(QLocale::ShortFormat);
    if (!format.contains(QLatin1String("yyyy")))
        format.replace(QLatin1String("yy"), QLatin1String("yyyy"));
    setDisplayFormat(format);
    // Each key would otherwise apply a half-typed date ("1" of "15 Jan" is the 1st).
    setKeyboardTracking(false);
    setToolTip(tr("Pick a date (days with data are bold)"));
}

void DatePicker::markDaysWithData(ReportThread &reports)
{
    if (m_reports)
        return;
    m_reports = &reports;
    QCalendarWidget *calendar = calendarWidget();
    calendar->installEventFilter(this);
    connect(calendar, &QCalendarWidget::currentPageChanged, this, &DatePicker::readShownPage);
}

bool DatePicker::eventFilter(QObject *watched, QEvent *event)
{
    // Read again each time the popup opens: data may have come in since.
    if (watched == calendarWidget() && event->type() == QEvent::Show)
        readShownPage();
    return QDateEdit::eventFilter(watched, event);
}

void DatePicker::keyPressEvent(QKeyEvent *event)
{
    // Typing over the whole text (Ctrl+A first) writes the date from its first section on;
    // QDateEdit would otherwise refuse the first characters as a whole date.
    const QString typed = event->text();
    if (!typed.isEmpty() && typed.at(0).isPrint() && lineEdit()->hasSelectedText()
        && lineEdit()->selectedText() == lineEdit()->text()) {
        setCurrentSectionIndex(0);
        setSelectedSection(currentSection());
    }
    // A full section ("15") already moves on: the separator typed after it must not skip another.
    const bool separator = !typed.isEmpty() && typed.at(0).isPrint() && !typed.at(0).isLetterOrNumber();
    if (separator && m_movedOn) {
        m_movedOn = false;
        event->accept();
        return;
    }
    const int section = currentSectionIndex();
    QDateEdit::keyPressEvent(event);
    m_movedOn = !separator && !typed.isEmpty() && typed.at(0).isLetterOrNumber() && currentSectionIndex() != section;
}

void DatePicker::readShownPage()
{
    QCalendarWidget *calendar = calendarWidget();
    // The page shows up to six weeks around the month.
    const QDate month(calendar->yearShown(), calendar->monthShown(), 1);
    const QDate first = month.addDays(-7);
    const QDate last = month.addMonths(1).addDays(13);
    const quint64 generation = ++m_generation;
    struct Result
    {
        std::optional<QList<QDate>> days;
        QString error;
    };
    m_reports->run(
        this,
        [first, last](ReportEngine &engine) {
            Result result;
            result.days = daysWithData(engine, first, last, &result.error);
            return result;
        },
        [this, generation](Result result) {
            // A newer page's read is on its way.
            if (generation != m_generation)
                return;
            QCalendarWidget *shown = calendarWidget();
            for (const QDate &day : std::as_const(m_marked))
                shown->setDateTextFormat(day, {});
            m_marked = result.days.value_or(QList<QDate>());
            QTextCharFormat bold;
            bold.setFontWeight(QFont::Bold);
            for (const QDate &day : std::as_const(m_marked))
                shown->setDateTextFormat(day, bold);
            if (!result.days)
                qWarning("Could not read the days with data: %s", qPrintable(result.error));
            Q_EMIT daysMarked();
        });
}

std::optional<QList<QDate>> DatePicker::daysWithData(ReportEngine &engine, QDate first, QDate last, QString *error)
{
    EventReader &reader = engine.reader();
    const auto buckets = reader.buckets(false);
    if (!buckets) {
        *error = reader.error();
        return std::nullopt;
    }
    QList<QDate> days;
    for (QDate day = first; day <= last; day = day.addDays(1)) {
        const spans::Period period = engine.calendar().day(day);
        for (const Bucket &bucket : std::as_const(*buckets)) {
            const auto has = reader.hasEvents(bucket.id, {period.start, period.end});
            if (!has) {
                *error = reader.error();
                return std::nullopt;
            }
            if (*has) {
                days.append(day);
                break;
            }
        }
    }
    return days;
}

} // namespace stint
