#pragma once

#include "Page.h"
#include "PeriodNavigator.h"
#include "RefreshGate.h"
#include "TimelineStrip.h"
#include "UiContext.h"
#include "reports/Summary.h"

#include <QHash>
#include <QString>

class QLabel;
class QPushButton;

namespace stint {

class BarList;
class DonutChart;
class ElidedLabel;
class GoalsCard;
class HostSelector;
class StackedBarChart;
struct Event;

// "Where did my time go": the total, the score, the top apps, titles and categories, the category
// breakdown, time per hour or day and a strip of the period, for a day, week, month or year.
// Clicking an app or a category shows only its time everywhere. Everything is read on the
// reading thread; the current window comes live from the datastore between commits.
class ActivityPage final : public Page
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ActivityPage)

public:
    // Share of active time above which the page suggests writing category rules.
    static constexpr double kUncategorizedHintShare = 0.3;
    static constexpr int kTopEntries = 10;
    static constexpr int kStripSlots = 480;

    explicit ActivityPage(UiContext context, QWidget *parent = nullptr);
    ~ActivityPage() override;

    QString title() const override;
    QIcon icon() const override;
    void refresh() override;

    PeriodNavigator *navigator() const { return m_navigator; }
    const ReportFilter &filter() const { return m_filter; }
    void setFilter(const ReportFilter &filter);
    // The summary on screen (of the period and filter shown).
    const Summary &summary() const { return m_summary; }

    // Keys the charts report, and the category filter they stand for.
    static QString categoryKey(const QStringList &category);
    static QStringList categoryOfKey(const QString &key);

protected:
    void changeEvent(QEvent *event) override;

Q_SIGNALS:
    // The user asked to edit the category rules (from the "mostly uncategorized" hint).
    void showCategoryRulesRequested();
    // A read finished and its result is on screen.
    void shown();

private:
    struct Result;
    // The columns of the time-per-slot chart: hours of a day from the start of day, days of a week
    // or month, months of a year. Built on the reading thread with the summary.
    static void fillColumns(Result &result);
    void startRead();
    void showResult(const Result &result);
    void showCurrentActivity(const QString &bucketId, const Event &event);
    void showCurrentText();
    // Paused, away, not recording or cannot save, under the current window.
    void showRecordingStatus();
    void toggleApp(const QString &app);
    void toggleCategory(const QString &key);
    void openColumn(int column);
    void updateFilterBar();
    QList<TimelineStrip::Tick> stripTicks(spans::Period period) const;
    void updateToday();

    UiContext m_context;
    RefreshGate m_gate;
    ReportFilter m_filter;
    Summary m_summary;

    PeriodNavigator *m_navigator = nullptr;
    HostSelector *m_hostSelector = nullptr;
    QWidget *m_filterBar = nullptr;
    QLabel *m_filterLabel = nullptr;
    QLabel *m_errorLabel = nullptr;
    QLabel *m_uncategorizedHint = nullptr;
    QLabel *m_activeTime = nullptr;
    QLabel *m_activeCaption = nullptr;
    QLabel *m_productivity = nullptr;
    ElidedLabel *m_current = nullptr;
    // The window in focus, as the last heartbeat told, and the names of the apps seen so far (read
    // on the reading thread; empty while asked, the id itself when the system has none).
    QString m_currentApp;
    QString m_currentTitle;
    qint64 m_currentDuration = 0;
    QHash<QString, QString> m_appNames;
    QLabel *m_recording = nullptr;
    QPushButton *m_resume = nullptr;
    QLabel *m_perTimeTitle = nullptr;
    BarList *m_topApps = nullptr;
    BarList *m_topTitles = nullptr;
    BarList *m_topCategories = nullptr;
    DonutChart *m_categories = nullptr;
    StackedBarChart *m_perTime = nullptr;
    QList<QDate> m_columnDates; // the day or month each column of m_perTime stands for
    TimelineStrip *m_strip = nullptr;
    GoalsCard *m_goals = nullptr;
};

} // namespace stint
